"""qabot: answer questions about a folder of news articles with quoted, sourced passages.

Data flows one way, one stage package after another (no module imports a later stage):

    text/ (analyzer, sentences) -> ingest/ (files, pages, feeds' items -> Article)
    -> fetching/ (pages and feeds saved as article files) -> attribution/ (Quote, speakers)
    -> engines/ (BM25 over analysed passages) -> indexing/ (Passage, generations on disk,
    the live Index) -> search/ (Question -> answer() -> Answer) -> alerts/
    -> front ends: cli/, console.py, bot/ (Telegram)

Everything up to `answer()` is plain Python with no I/O in the hot path; the front ends only
format an `Answer`.
"""

__version__ = "0.1.0"
