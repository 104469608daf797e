"""SHACL validation of a built graph with pyshacl.

A violation becomes one readable line: the node, the property and the shape's
message, plus how many other violations there are.
"""

from __future__ import annotations

from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.term import Node

from .errors import PodiumError

__all__ = ["SHACL_FILE", "violations", "validate_dataset"]

SHACL_FILE = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")


def _union(graph: Graph) -> Graph:
    union = Graph()
    for triple in graph.triples((None, None, None)):
        union.add(triple)
    return union


def _short(node: Node | None) -> str:
    text = str(node)
    return text.rsplit("/id/", 1)[-1] if "/id/" in text else text.rsplit("#", 1)[-1]


def violations(graph: Graph, shapes: Path = SHACL_FILE) -> list[str]:
    """Every SHACL violation of a graph (the union of a dataset), one line each, sorted."""
    shapes_graph = Graph().parse(shapes, format="turtle")
    conforms, report, _ = validate(_union(graph), shacl_graph=shapes_graph, inference="none", advanced=True)
    if conforms:
        return []
    lines = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        lines.append(f"{_short(focus)} {_short(path) if path else ''}: {message}".replace("  ", " "))
    return sorted(lines)


def validate_dataset(graph: Graph, shapes: Path = SHACL_FILE) -> None:
    """Raise PodiumError with the first violation (and a count of the others)."""
    found = violations(graph, shapes)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise PodiumError(f"SHACL violation: {found[0]}{more}", file=str(shapes))
