"""The layers of diffreport: data flows one way, and no module reaches back up.

Every module under ``diffreport/`` is read with ``ast``; every import counts,
those inside functions too (a lazy import is still a dependency), except those
under ``if TYPE_CHECKING:`` (annotations only). Each module belongs to the layer
named by its first component (``diffreport.analyze.numbers`` is ``analyze``).
A module may import its own layer and the layers below it, never one above.

``from diffreport import name`` resolves the package root's lazy re-exports to
their home (``compare`` is ``api``); reading the root's own ``__version__`` adds no
dependency, since Python runs the root before any module of the package.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "diffreport"

#: layers from the top down; a layer imports only itself and the layers after it
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"__init__", "_entry", "__main__"}),  # the package root and the entry points
    frozenset({"cli"}),
    frozenset({"batch"}),
    frozenset({"api"}),
    frozenset({"display"}),
    frozenset({"render"}),
    frozenset({"series"}),
    frozenset({"analyze"}),
    frozenset({"align"}),
    frozenset({"segment"}),
    frozenset({"normalize"}),
    frozenset({"reading"}),
    # base modules every layer may import
    frozenset(
        {"lexicon", "data", "model", "options", "errors", "textdiff", "_gc", "_ngrams", "output"}
    ),
)


@dataclass(frozen=True)
class Import:
    """One import statement's target inside the package, and where it is."""

    module: str
    target: str
    line: int


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    """Every module of the package by its dotted name."""
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    """The index in ``LAYERS`` of a dotted module name (0 is the top)."""
    parts = module.split(".")
    name = parts[1] if len(parts) > 1 else "__init__"
    for k, names in enumerate(LAYERS):
        if name in names:
            return k
    raise AssertionError(f"{module} is in no layer: add {name!r} to LAYERS")


@cache
def _root_exports() -> dict[str, str]:
    """Names the package root re-exports lazily -> the module each comes from."""
    tree = ast.parse(modules()["diffreport"].read_text(encoding="utf-8"))
    exported: list[str] = []
    home: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        if node.targets[0].id == "__all__":
            exported = list(ast.literal_eval(node.value))
        elif node.targets[0].id == "_HOME":
            home = ast.literal_eval(node.value)
    return {name: "diffreport" + home.get(name, ".api") for name in exported}


def _resolve(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The package modules an import statement in ``module`` depends on."""
    if isinstance(node, ast.Import):
        yield from (a.name for a in node.names if a.name.split(".")[0] == "diffreport")
        return
    base = node.module or ""
    if node.level:
        package = module if modules()[module].name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    if base.split(".")[0] != "diffreport":
        return
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        if sub in modules():
            yield sub
        elif base == "diffreport" and alias.name == "__version__":
            continue  # the root's own constant: the root has already run
        elif base == "diffreport" and alias.name in _root_exports():
            yield _root_exports()[alias.name]
        else:
            yield base


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import under ``node``, in functions too, not under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            for other in child.orelse:
                yield from _statements(other)
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        yield from _statements(child)


@cache
def imports() -> tuple[Import, ...]:
    """Every import of a package module by a package module."""
    found: list[Import] = []
    for module, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _statements(tree):
            for target in dict.fromkeys(_resolve(module, node)):
                if target != module:
                    found.append(Import(module, target, node.lineno))
    return tuple(found)


def _where(i: Import) -> str:
    return f"{modules()[i.module].relative_to(PACKAGE.parent)}:{i.line}"


def test_the_import_walk_sees_lazy_imports_and_skips_type_checking() -> None:
    seen = {(i.module, i.target) for i in imports()}
    # api imports the stages inside its functions; render.common needs RenderOptions
    # only for an annotation
    assert ("diffreport.api", "diffreport.align") in seen
    assert ("diffreport.render.common", "diffreport.render") not in seen


def test_every_module_is_in_a_layer() -> None:
    for module in modules():
        layer(module)


def test_no_module_imports_a_higher_layer() -> None:
    wrong = [
        f"{_where(i)}: {i.module} imports {i.target}, a higher layer"
        for i in imports()
        if layer(i.target) < layer(i.module)
    ]
    assert not wrong, "\n".join(wrong)


#: what a renderer or a view may read: finished results and the text helpers
_FINISHED = frozenset({"render", "display", *LAYERS[-1]})


def test_renderers_and_display_import_no_pipeline_stage() -> None:
    wrong = [
        f"{_where(i)}: {i.module} imports {i.target}, a pipeline stage"
        for i in imports()
        if layer(i.module) in (layer("diffreport.render"), layer("diffreport.display"))
        and i.target.split(".")[1] not in _FINISHED
    ]
    assert not wrong, "\n".join(wrong)


def test_the_model_imports_nothing_of_diffreport() -> None:
    wrong = [
        f"{_where(i)}: {i.module} imports {i.target}"
        for i in imports()
        if i.module == "diffreport.model"
    ]
    assert not wrong, "\n".join(wrong)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle() -> None:
    edges: dict[str, set[str]] = {}
    for i in imports():
        edges.setdefault(i.module, set()).add(i.target)
    cycles = _cycles(edges)
    lines = []
    for cycle in cycles:
        members = set(cycle)
        lines.append(" <-> ".join(cycle))
        lines += [
            f"    {_where(i)}: {i.module} imports {i.target}"
            for i in imports()
            if i.module in members and i.target in members
        ]
    assert not cycles, "\n".join(lines)


#: the size a newcomer can hold in mind: a module at most this many lines ...
MAX_MODULE_LINES = 600
#: ... and a function (or method) at most this many, from its ``def`` to its last line
MAX_FUNCTION_LINES = 80


#: jinja2's code of the templates, written by scripts/build_templates.py: read by no one
GENERATED = PACKAGE / "render" / "compiled"


def written() -> list[Path]:
    """The modules people write and read: all but the generated ones (``__init__`` is not)."""
    return [
        path
        for path in modules().values()
        if path.parent != GENERATED or path.name == "__init__.py"
    ]


def test_no_module_is_too_long_to_read() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE.parent)}: {lines} lines (at most {MAX_MODULE_LINES})"
        for path in written()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not wrong, "\n".join(wrong)


def test_no_function_is_too_long_to_read() -> None:
    wrong = []
    for path in written():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                    wrong.append(f"{where}: {node.name} is {lines} lines")
    assert not wrong, "\n".join(wrong)
