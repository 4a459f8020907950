"""Placeholders pasted from a template or a shell ("%s", "{0}", "${HOME}", "<name>"): a
question holding one was copied before it was filled in, so its words are not what the reader
means. "%s %d {0} ${HOME}" was answered from "home", and "what did blair say about {topic}"
with Blair's words on other things: the reply names the placeholder and asks for the words.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

_PLACEHOLDER = lazy(
    r"\$\{[^{}\s]{1,40}\}"  # a shell's ${HOME}
    r"|\$\([^()]{1,40}\)"  # a shell's $(command)
    r"|(?<![\w%])%(?:\(\w{1,40}\))?[-+ #0]?\d*(?:\.\d+)?[sdifrx](?![\w%])"  # printf's %s, %(x)s
    r"|(?<![\w%])%[A-Z_]{2,40}%(?![\w%])"  # a Windows shell's %USERPROFILE%
    r"|\{\{?\s*\w{0,40}(?:\.\w{1,40})*\s*\}\}?"  # str.format's {0}, {name}; a template's {{x}}
    r"|<[a-z][a-z ]{0,30}>"  # an example's <name>, <subject> (markup was read already)
)


def placeholder_in(question: str) -> str | None:
    """Return the first placeholder of a template `question` holds, or None."""
    if not any(mark in question for mark in "%{$<"):  # most questions: no placeholder
        return None
    found = _PLACEHOLDER.search(question)
    return None if found is None else found[0]


def placeholder_reply(placeholder: str) -> str:
    """Return the reply to a question holding `placeholder`: what it is, what to do."""
    return (
        f"“{placeholder}” is a placeholder from a template, not words of a question: put "
        "the words you mean in its place and ask again."
    )


def code_reply(element: str) -> str:
    """Return the reply to a question that was only a pasted `element` of code ("script")."""
    return (
        f"That was a {'style sheet' if element == 'style' else element} pasted from a web page "
        f"(“<{element}>”), not words of a question: ask about the articles in words, for "
        "example “What did … say about …?”."
    )
