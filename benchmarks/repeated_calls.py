"""Work done twice in an article's analysis: the calls that repeat one made before (issue 13).

    python benchmarks/repeated_calls.py FOLDER [--articles 1000] [--top 25]

Reads the first articles of FOLDER (a `scale_corpus.py` corpus, the BBC folder, any articles
folder), wraps every function and method of `qabot.attribution`, `qabot.text` and
`qabot.indexing.chunking`, runs `analyze_article` on each article and counts, per function,
its calls, those whose arguments (hashable ones; a method's include its object) repeat an
earlier call of the same article, and the CPU seconds inside it (inclusive, wrapper included:
tiny functions called per character look dearer than they are). The figure to read is the
last column, the CPU of the repeated calls: a pure function high there is worth keeping its
result (the twenty-seventh session found `speaker_before` so, 42-48% of its calls). Whether a
function is pure is for the reader to check; the counts only point.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import importlib
import inspect
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from index_stages import read_some

PACKAGES = ("qabot.attribution", "qabot.text")
MODULES = ("qabot.indexing.chunking",)


class Census:
    """Per function: calls, repeated calls (this article), CPU seconds inside."""

    def __init__(self) -> None:
        self.calls: collections.Counter[str] = collections.Counter()
        self.repeated: collections.Counter[str] = collections.Counter()
        self.seconds: collections.Counter[str] = collections.Counter()
        self._seen: set[tuple[str, object]] = set()

    def next_article(self) -> None:
        self._seen.clear()

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def counted(*args: Any, **kwargs: Any) -> Any:
            key: object = (args, tuple(sorted(kwargs.items())))
            try:
                if (name, key) in self._seen:
                    self.repeated[name] += 1
                else:
                    self._seen.add((name, key))
            except TypeError:  # an unhashable argument: not counted either way
                pass
            self.calls[name] += 1
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - started

        return counted


def _modules() -> list[Any]:
    found = [importlib.import_module(name) for name in MODULES]
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            found.append(importlib.import_module(f"{package_name}.{info.name}"))
    return found


def install(census: Census) -> None:
    """Wrap every function and method of the modules, wherever a module imported it."""
    wrapped: dict[int, Callable[..., Any]] = {}
    for module in _modules():
        for name, value in list(vars(module).items()):
            if inspect.isfunction(value) and value.__module__ == module.__name__:
                wrapped[id(value)] = census.wrap(f"{module.__name__}.{name}", value)
            elif inspect.isclass(value) and value.__module__ == module.__name__:
                for method_name, method in list(vars(value).items()):
                    if inspect.isfunction(method) and not method_name.startswith("__"):
                        label = f"{module.__name__}.{name}.{method_name}"
                        # a class that takes no new attributes keeps its methods unwrapped
                        with contextlib.suppress(AttributeError, TypeError):
                            setattr(value, method_name, census.wrap(label, method))
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("qabot"):
            for name, value in list(vars(module).items()):
                if inspect.isfunction(value) and id(value) in wrapped:
                    setattr(module, name, wrapped[id(value)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    options = parser.parse_args()
    census = Census()
    install(census)
    from qabot.indexing.analysis import analyze_article

    articles = read_some(options.folder, options.articles)
    for article in articles:
        census.next_article()
        analyze_article(article)

    def repeated_seconds(name: str) -> float:
        return census.seconds[name] * census.repeated[name] / census.calls[name]

    print(f"{len(articles):,} articles; CPU s inclusive, wrappers included")
    print(f"{'function':64s} {'calls':>9s} {'repeated':>9s} {'CPU s':>8s} {'repeated s':>10s}")
    for name in sorted(census.calls, key=repeated_seconds, reverse=True)[: options.top]:
        print(
            f"{name[:64]:64s} {census.calls[name]:9,d} {census.repeated[name]:9,d} "
            f"{census.seconds[name]:8.3f} {repeated_seconds(name):10.3f}"
        )


if __name__ == "__main__":
    main()
