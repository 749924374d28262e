"""Issue 13: lawner's import graph has no circle, and the imports that ran back up a layer are gone.

The graph is read from the source with ``ast``: every ``import`` and ``from ... import`` of a
lawner module, those inside functions included (a deferred import is still a dependency).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import lawner

ROOT = Path(lawner.__file__).parent
# no circle is left (issue 13 took apart the last, extract <-> statute: the sanctions table and
# statute.check moved down to lawner.sanctions); any circle, old or new, fails the tests below
KNOWN_CYCLES: list[list[str]] = []
KNOWN_PART_CYCLES: list[list[str]] = []


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """lawner module -> the lawner modules it imports (a package's ``__init__`` is the package)."""
    modules = {module_name(p): p for p in ROOT.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:  # "from . import extensions" imports a module
                    sub = f"{source}.{alias.name}"
                    targets.add(sub if sub in modules else source)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read():
    graph = import_graph()
    assert "lawner.ner.onnx" in graph["lawner.ner.model"]  # a deferred import, inside a method
    assert "lawner.segment.text" in graph["lawner.assemble"]
    assert "lawner.extensions" in graph["lawner.components.base"]  # "from .. import extensions"


def test_no_import_circle():
    assert cycles(import_graph()) == KNOWN_CYCLES


def test_no_circle_between_packages():
    """Folded to lawner's top level (``lawner.normalize.penalties`` -> ``normalize``), no two
    parts import each other, directly or around a loop; the package ``__init__`` is left out."""
    graph = import_graph()
    top = {}
    for name, targets in graph.items():
        if name == "lawner":
            continue
        part = name.split(".")[1]
        top.setdefault(part, set()).update(t.split(".")[1] for t in targets if t != "lawner")
    top = {part: targets - {part} for part, targets in top.items()}
    assert cycles(top) == KNOWN_PART_CYCLES


def test_the_back_edges_of_issue_13_are_gone():
    graph = import_graph()
    # the NER head and its ONNX backend: the model runs on the backend, the backend never imports the model
    assert "lawner.ner.model" not in graph["lawner.ner.onnx"]
    # the record's assembly sits below the components: the skip ranges come from lawner.segment.text
    assembly = [m for m in graph if m == "lawner.assemble" or m.startswith("lawner.assemble.")]
    assert not {t for m in assembly for t in graph[m] if t.startswith("lawner.components")}
    # the normalizers take no patterns from the span finders (the shared pieces are in lawner.patterns)
    normalize = [m for m in graph if m == "lawner.normalize" or m.startswith("lawner.normalize.")]
    assert all(not t.startswith("lawner.find") for m in normalize for t in graph[m])
    assert graph["lawner.patterns"] == set()  # a leaf: only data
    # the one processing path checks records against a code's table without the statute reader,
    # which runs that path over a code's text
    assert "lawner.statute" not in graph["lawner.extract"]
    assert {"lawner.extract", "lawner.statute", "lawner.pipeline"}.isdisjoint(graph["lawner.sanctions"])


def test_the_finders_and_their_matching_helpers_need_no_spacy():
    """``lawner.find`` (patterns and the helpers that search them in windows and choose among
    matches) imports nothing from spaCy and nothing from the components that adapt it."""
    graph = import_graph()
    finders = [m for m in graph if m == "lawner.find" or m.startswith("lawner.find.")]
    assert "lawner.find.match" in finders
    assert not {t for m in finders for t in graph[m] if t.startswith("lawner.components")}
    for path in (Path(lawner.__file__).parent / "find").glob("*.py"):
        assert not re.search(r"^\s*(?:from|import)\s+spacy\b", path.read_text(encoding="utf-8"), re.M), path.name


# the stage table of the README's "Pipeline" section, top to bottom
STAGES = [
    {"prepare"},
    {"segment"},
    {"normalize"},
    {"find"},
    {"ner"},
    {"assemble"},
    {"components"},
    {"pipeline", "rules_engine", "extract"},
    {"batch"},
]


def test_no_stage_imports_a_later_stage():
    """The README's stage table is the import order: prepare, segment, normalize, find, ner,
    assemble, the spaCy adapters, run, write; no stage imports one below it."""
    stage_of = {part: i for i, parts in enumerate(STAGES) for part in parts}
    back = sorted(
        (name, target)
        for name, targets in import_graph().items()
        if name != "lawner" and name.split(".")[1] in stage_of
        for target in targets
        if target != "lawner"
        and target.split(".")[1] in stage_of
        and stage_of[target.split(".")[1]] > stage_of[name.split(".")[1]]
    )
    assert back == []
    assert {p.name for p in ROOT.iterdir() if p.is_dir() and (p / "__init__.py").exists()} >= {
        "prepare",
        "segment",
        "normalize",
        "find",
        "ner",
        "assemble",
        "components",
        "batch",
    }
