"""The package layout: stages import only earlier stages, and each exports its public names."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import qabot

PACKAGE = Path(qabot.__file__).parent
# in the order data flows; a module may import its own stage and earlier ones only
STAGES = [
    "base",
    "text",
    "ingest",
    "fetching",
    "attribution",
    "engines",
    "indexing",
    "search",
    "alerts",
    "front",
]
BASE_MODULES = {"records", "errors", "config", "config_file", "fileio", "first_use", "__init__"}
FRONT_MODULES = {
    "console",
    "terminal_text",
    "line_editing",
    "typed_bytes",
    "cli",
    "__main__",
    "bot",
}
PUBLIC_PACKAGES = [
    "text",
    "ingest",
    "fetching",
    "attribution",
    "engines",
    "indexing",
    "search",
    "alerts",
    "bot",
]


def _stage(module: str) -> str:
    """Return the stage of a dotted module name inside qabot ("qabot.search.answer")."""
    parts = module.split(".")
    head = parts[1] if len(parts) > 1 else "__init__"
    if head in BASE_MODULES:
        return "base"
    if head in FRONT_MODULES:
        return "front"
    return head


@cache
def _tree(path: Path) -> ast.Module:
    """Return a module's syntax tree, parsed once a run: four tests read every module, and
    parsing them all takes ~1.4 CPU-s."""
    return ast.parse(path.read_text(encoding="utf-8"))


def _statements(nodes: list[Any]) -> Iterator[Any]:
    """Yield `nodes` and every statement nested in their bodies (a function's, a branch's, a
    handler's or a case's). An import is a statement, so it is never inside an expression:
    skipping the expressions, most of a tree, finds the same imports as `ast.walk` in about a
    fifth of the time (~1.5 CPU-s over the package)."""
    for node in nodes:
        yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            children = getattr(node, field, None)
            if isinstance(children, list):
                yield from _statements(children)


@cache
def _import_nodes(path: Path) -> tuple[ast.Import | ast.ImportFrom, ...]:
    """Return a module's import statements, at any depth (a function imports on first use)."""
    return tuple(
        n for n in _statements(_tree(path).body) if isinstance(n, ast.Import | ast.ImportFrom)
    )


def _imports(path: Path) -> list[str]:
    found = []
    for node in _import_nodes(path):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return [name for name in found if name == "qabot" or name.startswith("qabot.")]


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_module_imports_no_later_stage(path: Path) -> None:
    module = "qabot." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    own = STAGES.index(_stage(module))
    later = [
        name for name in _imports(path) if name != "qabot" and STAGES.index(_stage(name)) > own
    ]
    assert later == []


@pytest.mark.parametrize("package", PUBLIC_PACKAGES)
def test_stage_package_documents_and_exports_its_public_names(package: str) -> None:
    module = importlib.import_module(f"qabot.{package}")
    assert module.__doc__ and len(module.__doc__.split()) > 15
    for name in module.__all__:
        assert hasattr(module, name), name


@pytest.mark.parametrize("package", ["search", "attribution", "ingest", "indexing"])
def test_a_name_imported_on_first_use_is_named_by_no_module_of_its_package(package: str) -> None:
    # a module, once imported, binds its name on the package: a name spelt the same would
    # never reach the package's `__getattr__` and stand for the module (it is imported at once)
    module = importlib.import_module(f"qabot.{package}")
    submodules = {info.name for info in pkgutil.iter_modules(module.__path__)}
    assert not submodules & set(module._HOMES)


def test_core_stages_never_import_telegram() -> None:
    core = [p for p in MODULES if "bot" not in p.relative_to(PACKAGE).parts]
    for path in core:
        names = _import_nodes(path)
        modules = [getattr(n, "module", None) or "" for n in names] + [
            a.name for n in names if isinstance(n, ast.Import) for a in n.names
        ]
        assert not any(m.split(".")[0] == "telegram" for m in modules), path


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in MODULES
        if _stage("qabot." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)) == "front"
    ],
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_front_ends_never_reach_engines(path: Path) -> None:
    assert not [name for name in _imports(path) if name.startswith("qabot.engines")]


def _compiled_on_import(tree: ast.AST) -> list[int]:
    """Return the lines of the `re.compile` calls run as a module is imported: those outside
    any function (a class body runs on import too)."""
    if isinstance(tree, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        return []
    found = []
    if (
        isinstance(tree, ast.Call)
        and isinstance(tree.func, ast.Attribute)
        and isinstance(tree.func.value, ast.Name)
        and (tree.func.value.id, tree.func.attr) == ("re", "compile")
    ):
        found.append(tree.lineno)
    for child in ast.iter_child_nodes(tree):
        found.extend(_compiled_on_import(child))
    return found


def test_no_module_compiles_a_pattern_as_it_is_imported() -> None:
    # a pattern compiled at import costs every `qabot` start, whether or not the command uses
    # it: `qabot.text.patterns.lazy` compiles on first use. records.py, which depends on
    # nothing of ours (importing `qabot.text.patterns` would import the text stage), keeps its
    # one short pattern
    compiled = {
        path.relative_to(PACKAGE).as_posix(): lines
        for path in MODULES
        if path != PACKAGE / "records.py" and (lines := _compiled_on_import(_tree(path)))
    }
    assert compiled == {}
