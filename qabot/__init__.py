"""qabot: answer questions about a folder of news articles with quoted, sourced passages.

Data flows one way:

    article files -> Article (articles.py) -> Passage (chunking.py) + Quote (quotes.py)
    -> index generation on disk (index.py, engines/; read by live_index.py) -> Hit (retrieval.py)
    -> Answer (answer.py) -> console (console.py) | Telegram (telegram_app.py, telegram_bot.py)

Everything up to `answer()` is plain Python with no I/O in the hot path; the front ends only
format an `Answer`.
"""

__version__ = "0.1.0"
