"""Quote ranking at question time, for "who said ...?": candidates for the speaker, best first.

`who_said_answer` calls `rank_who_said` once a question is read as "who said Y?" and its
passages are found, with what the question and the articles tell of the speaker
(`speaker_clues`: the words that describe each speaker, a pronoun's gender, whom the words are
about) and, for "which <role> said ...?", how well each fits the role
(`who_said_roles.role_weight`); the
scoring it shares with one speaker's ranking (Okapi BM25, coverage, `Context`) stays in
`quote_ranking`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from qabot.records import Quote
from qabot.search.group_speakers import speaks_as_one
from qabot.search.performed_acts import acted_verbs, performs
from qabot.search.quote_meaning import by_meaning, stories_of
from qabot.search.quote_ranking import Context, term_coverage
from qabot.search.quote_surroundings import (
    held_or_beside,
    other_speakers,
    others_named,
)
from qabot.search.speaker_clues import surname_named
from qabot.search.who_said_facts import QuoteFacts, facts_of
from qabot.search.who_said_roles import ROLE_FIT, ROLE_WEIGHT
from qabot.search.who_said_written import (
    VERBATIM,
    VERBATIM_WORDS,
    plain_words,
    written_whole,
)
from qabot.search.word_forms import kin_forms, synonym_forms, with_kin
from qabot.text import terms_of

# what a quote gains whose cue is the verb asked ("who denied ...": "X denied that ..."): a reader
# who names the verb names how the words were put, which a paraphrase of them does not change
_CUE_ASKED = 0.5
# weight of the share of the question a quote's own words hold, against its passage's score (1 at
# best): a paraphrase's best passage often holds several speakers, and the one whose own words
# hold more of the question is the one asked about
_OWN = 2.0


# what words in quote marks gain over a report of them: a report is the writer's wording, the
# very words a reader's paraphrase of the same story tends to borrow, while the words a reader
# recalls as someone's are mostly the ones in quote marks ("who said the square was packed?":
# "You couldn't move for people", more than "Police said the square was crowded")
_DIRECT = 0.2


def rank_who_said(
    quotes: Sequence[Quote],
    terms: Sequence[str],
    context: Context,
    *,
    verb_stems: frozenset[str] = frozenset(),
    role_of: Callable[[Quote], float] | None = None,
    speaker_of: Callable[[Quote], str] | None = None,
    described_by: Callable[[Quote], frozenset[str]] | None = None,
    employer: Callable[[str], bool] | None = None,
    gender: str | None = None,
    owner_roles: Sequence[str] = (),
    wording: str = "",
    clause: Sequence[str] = (),
    refusal: bool = False,
    subjects: frozenset[str] = frozenset(),
    told: Callable[[Quote], frozenset[str]] | None = None,
    unnamed: Callable[[Quote], float] | None = None,
    rare_lacked: Callable[[Quote], bool] | None = None,
    story_of: Callable[[Quote], frozenset[str]] | None = None,
    criticised: Callable[[Quote], bool] | None = None,
    kept: dict[Quote, QuoteFacts] | None = None,
    openings: Callable[[Collection[str]], dict[str, str]] | None = None,
    role_terms: Sequence[str] = (),
    headlines: Callable[[str], Collection[str]] | None = None,
) -> list[Quote]:
    """Return "who said ...?" candidates best first.

    A quote is weighed by the share of the question's words it holds (other forms of a word
    count: "overcrowded" for "crowded", `kin_forms`; so do synonyms, `synonym_forms`), the
    score of the passage holding it (a paraphrase seldom repeats the quote's words, but the best
    passages still hold it, or end just before it: `beside`) and of its article, the cue verb
    asked, the role asked for (where a candidate holds it, one holding none of it loses
    `_NO_ROLE`). The attributing sentence counts without the words
    `described_by` gives for the speaker (name and role words: "Fund manager X said" is not
    about management). A question word that other
    speakers of the same article say too weighs less (`_SHARED`): it names the story, not the
    speaker; so does one its story's headline holds (`headlines`: an article's title terms by
    its id). Words in quote marks gain a little over a report (`_DIRECT`), whose sentence counts
    only for the words around the report (`words_around`). A speaker with several quotes in the
    best passages gains a little (a quote printed in two stories is one); a group
    ("officials", "campaigners", "the Residents Union", a name the articles write as a body:
    `written_as_body`, or one they describe others by, `employer`: "Gartner analyst X") never
    outranks a named person on equal evidence (one person left unnamed is no group: "one
    Bombay trader"; nor is a body's spokesperson holding the role asked: "who answered for the
    Tories?" of "Blair's spokesman": `group_speakers`), nor does someone the
    question names (the question is about them, not by them), in full or by a surname alone
    in the words said (`subjects`, `named_subjects`).
    A quote holding the question's `wording` whole, little words and all ("who said a report
    should have been taken"), is the one asked about: no bag of the same two words matches it.
    Where the question sets the scene before the words said ("during the row that ..."), a
    quote's own words are weighed against the clause said (`clause`, `said_clause`) only; where
    it asks who refused to speak (`refusal`), the sentence telling the refusal counts as them.
    A `gender` the question gives its speaker ("who said she ...") weighs down a person whose
    first name is of the other (`asked_gender`). The narration right before a quote (`told`)
    counts with its sentence, unless it names someone else quoted in the article
    (`others_named`). A quote whose article's matching passages lack the names the question
    asks about (`unnamed`: the share of their weight lacked) is from another story, and one
    lacking the question's rarest word weighs a little less (`rare_lacked`); a name its
    story is about (`story_of`) counts with its sentence, said or not. One the articles give a
    role of whom the question criticises (`criticised`) is no critic of them. What no question
    changes of a quote is worked out once (`who_said_facts`), and kept in `kept` when given.
    The first few are then weighed again by how close their meaning, and that of their story's
    opening (`openings`: article id -> its first passage), is to the question's `wording`
    (`quote_meaning`); one the question rules out (of the other gender, or whom it is about)
    gains nothing by it. Nor does one not holding the role asked (`role_terms`: "who was the
    commuter quoted ...?") whose own words name its holders ("Some commuters have ..."): the
    words are about them, not by one of them."""
    if not terms or not quotes:
        return []
    # each quote's terms and facts as kept (tuples, not copied: some 300 quotes a question);
    # `texts` gains other forms of words below
    texts: list[Sequence[str]] = [terms_of(quote.text) for quote in quotes]
    spoken = texts
    facts = facts_of(quotes, speaker_of, described_by, employer, kept)
    people = [fact.person for fact in facts]
    sentences: list[Sequence[str]] = [fact.sentence for fact in facts]
    if told is not None:
        named_others = others_named(quotes, people)
        sentences = [
            [*said, *(t for t in narration if t not in said)]
            # most quotes have no narration told: whom it names is asked only of one that has
            if (narration := told(q)) and not named_others(i) & narration
            else said
            for i, (q, said) in enumerate(zip(quotes, sentences, strict=True))
        ]
    vocabulary = set().union(*texts, *sentences) - set(terms)
    kin = kin_forms(terms, vocabulary)
    # a synonym counts too ("an error" for "a mistake"): a paraphrase seldom repeats the quote's
    # words; the lead still asks for the question's own words (`quote_evidence`)
    for word, asked in synonym_forms(terms, vocabulary).items():
        kin.setdefault(word, []).extend(t for t in asked if t not in kin[word])
    texts, sentences = with_kin(texts, kin), with_kin(sentences, kin)
    # a name the story is about counts with each of its quotes' sentences, said or not, and as
    # said by every speaker of the story: "who admitted Tottenham weren't at their best?" is
    # about a Tottenham player, whose words need not name Tottenham, and another Tottenham
    # story's quote that merely names it is no closer
    credited = [
        [n for n in sorted(about) if n not in said and n not in text]
        if story_of and (about := story_of(q))
        else []
        for q, text, said in zip(quotes, texts, sentences, strict=True)
    ]
    # the question's terms each quote's words and sentence hold, found once: the coverages
    # below and whom else an article's term is said by need no more of them
    asked_about = set(terms)
    own_held = [asked_about.intersection(text) for text in texts]
    said_held = [asked_about.intersection(said) for said in sentences]
    others = other_speakers(
        quotes,
        [
            mine.union(told, asked_about.intersection(named)) if named else mine | told
            for mine, told, named in zip(own_held, said_held, credited, strict=True)
        ],
        asked_about,
        people,
        headlines,
    )
    # "who said during the row that the claims were untrue": a quote's own words are held
    # against the clause said (`clause`), the setting is for its sentence and passage
    own = term_coverage(texts if clause else own_held, list(clause or terms), others)
    around = term_coverage(said_held, list(terms), others)
    if story_of is not None:
        extra = term_coverage(said_held, list(terms), others, credited)
        around = [held + more for held, more in zip(around, extra, strict=True)]
    if refusal:
        # "who declined to comment on the lawsuit?": what was refused is in the sentence telling
        # the refusal ("X declined to comment on the lawsuit, saying ..."), seldom in the words
        # said instead, so the sentence counts as the words' own
        own = [max(mine, said) for mine, said in zip(own, around, strict=True)]
    owners = frozenset(owner_roles)
    verbatim = plain_words(wording) if len(wording.split()) >= VERBATIM_WORDS else ""
    who = speaker_of or (lambda quote: quote.speaker)
    written = written_whole(quotes, verbatim, own, who, role_of) if verbatim else frozenset[int]()
    acted = acted_verbs(verb_stems)
    role_head = role_terms[-1] if role_terms else None  # "commuter" of "the commuter"
    scores: dict[int, float] = {}
    ruled_out: set[int] = set()  # of the other gender, or whom the question is about
    fits: dict[int, float] = {}  # how well each scored quote's speaker fits the role asked
    of_article: dict[str, float] = {}  # the score of each article's best passage, once
    for i, quote in enumerate(quotes):
        passage = held_or_beside(context, quote)
        if own[i] <= 0 and passage <= 0:
            continue
        article = of_article.get(quote.article_id)
        if article is None:
            article = of_article[quote.article_id] = context.article(quote.article_id)
        score = _OWN * own[i] + 0.5 * around[i] + passage + 0.5 * article
        if quote.kind == "direct":
            score += _DIRECT
        if verbatim and i in written:
            score += VERBATIM
        # the verb asked as the cue, or the act performed in the words ("I apologise," he said)
        fact = facts[i]
        if verb_stems.intersection(fact.cue_terms) or performs(quote.text, acted):
            score += _CUE_ASKED
        fit = fits[i] = role_of(quote) if role_of is not None else 0.0
        score += fit
        if unnamed is not None:  # "who spoke out over Arsenal ...": a story never naming Arsenal
            score -= _UNNAMED * unnamed(quote)
        if rare_lacked is not None and rare_lacked(quote):
            score -= _RARE_LACKED
        person = people[i]
        if fact.grouped and not speaks_as_one(person, fit):
            score -= 0.5  # "campaigners", "IPPR", "Gartner" (whose analyst is quoted too)
        unruled = score  # what the question tells of its speaker rules out those below
        if gender is not None and fact.gender not in (None, gender):
            score -= _OTHER_GENDER
        if asked_about and asked_about.issuperset(fact.person_terms):
            score -= 0.5  # "who said ... that injured Wayne Bridge": Bridge is the subject
        elif owners and described_by is not None and owners & fact.described:
            score -= 0.5  # "who said the minister's remarks ...": the minister is the subject
        elif surname_named(person, subjects):
            score -= 0.5  # "who called beating Moya his best win?": Moya is the subject
        elif criticised is not None and criticised(quote):
            score -= 0.5  # "who criticised Qantas ...?": not the Qantas chief executive
        elif role_head is not None and fit <= 0 and role_head in spoken[i]:
            score -= 0.5  # "which commuter ...?": "Some commuters have ..." is about them
        if score < unruled:
            ruled_out.add(i)  # lifted by no meaning (`by_meaning`)
        scores[i] = score
    if max(fits.values(), default=0.0) >= ROLE_FIT * ROLE_WEIGHT:
        # "which IFS economist said ...?": where a candidate holds the role asked, one holding
        # none of it is no answer, however well their story tells the rest
        for i, fit in fits.items():
            if fit <= 0:
                scores[i] -= _NO_ROLE
    # several statements, not one printed in two stories: a speaker's words count once each
    by_speaker: dict[str, dict[str, float]] = {}
    for i, score in scores.items():
        said = by_speaker.setdefault(people[i], {})
        words = " ".join(spoken[i])
        said[words] = max(score, said.get(words, score))
    # a statement weighed down below nothing (another story's, a group's) adds nothing, nor
    # takes anything from the speaker's best
    bonus = {
        speaker: _SEVERAL * max(0.0, sorted(values.values(), reverse=True)[1])
        if len(values) > 1
        else 0.0
        for speaker, values in by_speaker.items()
    }
    ranked = sorted(scores, key=lambda i: (-(scores[i] + bonus[people[i]]), i))
    # the first few again by meaning: a paraphrase shares the quote's sense, not its words
    ranked = by_meaning(
        ranked,
        lambda i: scores[i] + bonus[people[i]],
        lambda i: quotes[i].text,
        wording,
        ruled_out.__contains__,
        None if openings is None else stories_of(quotes, openings),
    )
    # the best candidate may be a paraphrase found only through its passage; anyone else shown
    # beside it must hold a word of the question in the quote or its sentence, or it is filler
    best = people[ranked[0]] if ranked else ""
    return [quotes[i] for i in ranked if people[i] == best or own[i] > 0 or around[i] > 0]


# what a speaker gains of their second-best statement: several statements in the best passages
# tell whom the story is about, but that score is mostly the passage and article the first
# already counts, so at a quarter it outweighed a quote of another speaker in the same passage
# holding much more of the question ("Blair is on the back foot" under a party leader's other
# words, a dev who-said loss the brief lists among seven); at a fifth it still outweighed a
# single quote of another speaker holding more of the question by a few hundredths
_SEVERAL = 0.15
# what a quote loses whose story lacks every name asked (`named_stories`): half the most its
# passage and article give (1.5), as another story's; 0.5 and 1.0 gain on the dev questions too
_UNNAMED = 0.75
# what a quote loses whose article's matching passages lack the question's rarest word
# (`rare_words.rarest_lacked`): a third of `_UNNAMED`, a word being weaker evidence of the story
# than a name
_RARE_LACKED = 0.25
# what a candidate whose first name is of the other gender than the question's pronoun loses
_OTHER_GENDER = 0.5
# what a candidate holding none of the role asked loses where another weighed holds it: 0.3 /
# 0.5 / 0.6 / 0.8 gained the same four dev who-said questions, 1.0 lost three of them back
_NO_ROLE = 0.5
