"""Reading version: which rules an index's article text was read by.

`qabot index` reads every article again when an index was built by other rules, so the stored
text (and the passages and quotes cut from it) follows the rules of the running version, not
only for files changed since.
"""

# 1: furniture told by structure (strips of dated headlines whatever their tags, newsletter
# boxes opened by a sign-up heading, caption credits), a page dumped in one line cut at its
# blocks, notices about the page (a date alone, reprint and copyright notices, bracketed
# captions, bare links), the headline printed again among the first lines, repeated lines of
# scripts written without spaces
# 2: counters and labels ("23 Comments", "5 min read", "#Games"), tag lists, the site's cookie
# notice, a writer's bio among the last lines, promotions in lists, "contact us on Facebook"
# 3: fewer false notices: "(c)" opens a copyright notice only before a year ("(c) The council
# must ..." is an item), "Below:" opens no caption, a cookie line must speak to the reader or
# be a button, a sign-up heading must sign up ("How to get rid of spam emails" is a section)
# 4: a section label just above the headline printed again ("Issues"), "Story continues below
# advertisement", "About the author", "Please enable JavaScript ..."
# 5: the text on either side of a box removed by structure stays apart ("ferry" + "By" was
# "ferryBy" when a caption between them went), and a figure left empty goes with its caption
# 6: a list of other stories with their dates, as text ("Exams postponed April 28, 2022", or
# a headline and a line that is only its date), two items or more
# 7: front matter opened with --- and never closed gives its Key: value lines as the header (the
# file was read as text: title '---'), and a --- after prose no longer closes it (the prose
# before it was dropped as header lines)
# 8: a block between two runs of inline text with no space beside it is followed by a line break:
# the extractor drops some (an empty spacer, a short list of links) and joined the text on either
# side ("instructions.Add", "ferryBy")
# 9: articles keep their byline (front matter's author, a record's author, a page's metadata),
# the people's names only
# 10: numeric character references written out in .txt/.md text ("communiqu&#233;", "&#163;")
# are decoded when they name a printable character
# 11: a sentence goes on past ? ! or a full stop followed by a dash and a lower-case word ("Do you
# know who your councilperson is? — we are ..."): the passages and quotes cut from sentences
# 12: soft hyphens (U+00AD, "&shy;") are dropped from the text, titles and headers: a word
# holding one ("Stol\u00adtenberg") is one word, its name read and stored whole
READING_VERSION = 12
