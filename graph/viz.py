"""An interactive, self-contained HTML view of the graph (``podium viz``).

One HTML file that works offline: the drawing library (vis-network, the build that
the ``pyvis`` package ships in ``pyvis/lib``) is inlined, and so are the page's own
script and style. The page draws one of the networkx views of ``graph.views``
(``full``, ``podium``, ``records``); nodes are coloured and shaped by class, with a
legend; a search box finds a node by any of its names, with or without diacritics;
a click shows the node's label, class, properties and the sentences behind it.

The per-node data (names, folded name keys, properties, quotes, derivation rules)
is embedded as one JSON document, sorted, so the same graph gives a byte-identical
file; the layout is computed in the browser with a fixed random seed.

Examples
--------
>>> from graph.build import build
>>> data = graph_data(build("seeds"), "podium")
>>> klaebo = next(n for n in data["nodes"] if n["id"].endswith("/athlete/johannes-hosflot-klaebo"))
>>> klaebo["label"], klaebo["type"]
('Johannes Høsflot Klæbo', 'Athlete')
>>> "johannes hosflot klabo" in klaebo["keys"]
True
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDFS, SKOS, Dataset, Literal, URIRef

from .errors import PodiumError
from .export import write_atomic
from .names import GRAPH_DERIVED, fold
from .views import VIEWS
from .viz_page import PAGE
from .vocab import POD

__all__ = [
    "CLASS_STYLES", "DEFAULT_STYLE", "VIEW_NAMES",
    "check_view", "view_graph", "graph_data", "render_html", "write_html",
    "STORE_FULL_VIEW_MAX_QUADS", "STORE_PODIUM_VIEW_MAX_MEDALS", "store_dataset", "write_store_html",
]

VIEW_NAMES = tuple(VIEWS)  # full, podium, records

# Class -> (colour, vis-network shape, size). Shapes whose label sits below the node,
# so that the size of a node does not depend on its label. Entities are large and
# coloured; the provenance plumbing of the full view (facts, statements, quotations,
# literals) is small and pale, so the entities stand out. The static figures
# (graph.figures) use the same colours.
CLASS_STYLES: dict[str, tuple[str, str, int]] = {
    "Athlete": ("#1f77b4", "dot", 18),
    "Event": ("#ff7f0e", "diamond", 16),
    "Medal": ("#d4a017", "star", 18),
    "Record": ("#2ca02c", "hexagon", 16),
    "Nation": ("#d62728", "square", 15),
    "Games": ("#9467bd", "triangle", 16),
    "Source": ("#8c564b", "triangleDown", 16),
    "Article": ("#8c564b", "triangleDown", 16),
    "DataFile": ("#8c564b", "triangleDown", 16),
    "Team": ("#7f7f7f", "square", 14),
    "Discipline": ("#e377c2", "diamond", 12),
    "MedalTally": ("#bcbd22", "dot", 12),
    "RecordCategory": ("#17becf", "hexagon", 12),
    "StatedFact": ("#6baed6", "dot", 7),
    "DerivedFact": ("#74c476", "dot", 7),
    "Quotation": ("#9ecae1", "dot", 5),
    "TextQuoteSelector": ("#c6dbef", "dot", 4),
    "TextPositionSelector": ("#c6dbef", "dot", 4),
    "Statement": ("#bdbdbd", "dot", 4),
    "Literal": ("#d9d9d9", "square", 4),
}
DEFAULT_STYLE = ("#969696", "dot", 6)
_NAME_PREDICATES = (SKOS.prefLabel, RDFS.label, SKOS.altLabel)
_EDGE_LABEL_KEYS = ("label", "medals", "predicate", "relation")
_SOURCE_SENTENCES = """
SELECT DISTINCT ?node ?quote ?source WHERE {
  ?fact <https://w3id.org/podium/ontology#states> ?statement ;
        <https://w3id.org/podium/ontology#quote> ?quote .
  ?statement <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?node .
  OPTIONAL { ?fact <http://www.w3.org/ns/prov#wasQuotedFrom> ?source }
}
"""
_DERIVATION_RULES = """
SELECT DISTINCT ?node ?rule WHERE {
  ?derivation a <https://w3id.org/podium/ontology#DerivedFact> ;
        <https://w3id.org/podium/ontology#states> ?statement ;
        <https://w3id.org/podium/ontology#rule> ?rule .
  ?statement <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?node .
}
"""


def check_view(view: str) -> None:
    """Raise PodiumError unless ``view`` names a view of ``graph.views``.

    Examples
    --------
    >>> check_view("podium")
    >>> check_view("medals")
    Traceback (most recent call last):
    ...
    graph.errors.PodiumError: --view: unknown view 'medals' (expected one of: full, podium, records)
    """
    if view not in VIEWS:
        raise PodiumError(f"unknown view {view!r} (expected one of: {', '.join(VIEWS)})", field="--view")


def view_graph(dataset: Dataset, view: str = "full") -> nx.Graph:
    """The networkx view named ``view`` (one of VIEW_NAMES), from ``graph.views``.

    Raises
    ------
    PodiumError
        If the view is unknown.
    """
    check_view(view)
    return VIEWS[view](dataset)


def _short(term: URIRef, dataset: Dataset) -> str:
    """A predicate as a prefixed name (pod:value), or the IRI when no prefix fits."""
    try:
        return dataset.namespace_manager.normalizeUri(term).strip("<>")
    except Exception:  # rdflib raises several error types for IRIs it cannot split
        return str(term)


def _edge_label(key: Any, data: dict) -> str:
    """A short text for an edge: its label, the medals of a shared podium, the marks of a break."""
    for name in _EDGE_LABEL_KEYS:
        if data.get(name) not in (None, ""):
            return str(data[name])
    if "new_value" in data:  # a record broken: the old mark and the new (the title says which record)
        return f"{data.get('old_value', '?')} → {data['new_value']}"
    return re.split(r"[#/]", key)[-1] if isinstance(key, str) else ""


def _edge_details(data: dict) -> list[list[str]]:
    """Every attribute of an edge as [name, value] rows, for the side panel."""
    return [[str(name), str(value)] for name, value in sorted(data.items(), key=lambda item: str(item[0]))]


def _names(dataset: Dataset, node: URIRef, label: str) -> tuple[list[str], list[str]]:
    """Every name of a node (labels and aliases) and their folded keys, sorted."""
    names = {label} | {str(o) for p in _NAME_PREDICATES for o in dataset.objects(node, p)}
    keys = {fold(name) for name in names} | {str(o) for o in dataset.objects(node, POD.nameKey)}
    return sorted(n for n in names if n), sorted(k for k in keys if k)


def _properties(dataset: Dataset, node: URIRef, labels: dict[str, str], derived: set) -> list[list]:
    """The node's properties as [predicate, value, derived?] rows, sorted; linked nodes by label."""
    rows = set()
    for predicate, value in dataset.predicate_objects(node):
        if predicate in _NAME_PREDICATES or predicate == POD.nameKey:
            continue
        if isinstance(value, Literal):
            text = str(value)
        else:
            text = labels.get(str(value)) or _short(value, dataset)
        rows.add((_short(predicate, dataset), text, (node, predicate, value) in derived))
    # a value both stated and derived is shown once, as stated
    rows -= {(p, text, True) for p, text, is_derived in rows if not is_derived}
    return [list(row) for row in sorted(rows)]


def graph_data(dataset: Dataset, view: str = "full") -> dict[str, Any]:
    """The drawing's data: nodes (with names, keys, properties, quotes) and edges.

    Parameters
    ----------
    dataset:
        A built graph (``graph.build``).
    view:
        One of VIEW_NAMES.

    Returns
    -------
    dict
        ``{"view", "directed", "nodes": [...], "edges": [...], "styles": {...}}``, plain JSON
        values, sorted, so that the same graph gives the same document.
    """
    graph = view_graph(dataset, view)
    labels: dict[str, str] = {}
    for predicate in (SKOS.prefLabel, RDFS.label):  # as graph.views: prefLabel, else the smallest rdfs:label
        for subject, label in sorted(dataset.subject_objects(predicate)):
            labels.setdefault(str(subject), str(label))
    labels.update({str(n): str(d.get("label", n)) for n, d in graph.nodes(data=True)})
    derived = set(dataset.graph(GRAPH_DERIVED)) if isinstance(dataset, Dataset) else set()
    quotes: dict[str, set[tuple[str, str]]] = {}
    for row in dataset.query(_SOURCE_SENTENCES):
        source = labels.get(str(row.source), str(row.source)) if row.source is not None else ""
        quotes.setdefault(str(row.node), set()).add((str(row.quote), source))
    rules: dict[str, set[str]] = {}
    for row in dataset.query(_DERIVATION_RULES):
        rules.setdefault(str(row.node), set()).add(str(row.rule))

    nodes = []
    for node_id, attributes in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        node_id = str(node_id)
        label = str(attributes.get("label", node_id))
        if attributes.get("kind", "iri") == "iri":
            names, keys = _names(dataset, URIRef(node_id), label)
            properties = _properties(dataset, URIRef(node_id), labels, derived)
        else:  # a literal (or blank node) of the full view: what the view knows of it
            names, keys = [label], [fold(label)] if fold(label) else []
            properties = [[k, str(attributes[k]), False] for k in ("value", "datatype", "lang") if attributes.get(k)]
        nodes.append({
            "id": node_id,
            "label": label,
            "type": str(attributes.get("type", "")),
            "names": names,
            "keys": keys,
            "properties": properties,
            "quotes": [{"quote": q, "source": s} for q, s in sorted(quotes.get(node_id, ()))],
            "rules": sorted(rules.get(node_id, ())),
        })

    if graph.is_multigraph():
        edge_rows = [(u, v, _edge_label(k, d), d) for u, v, k, d in graph.edges(keys=True, data=True)]
    else:
        edge_rows = [(u, v, _edge_label(None, d), d) for u, v, d in graph.edges(data=True)]
    edge_rows.sort(key=lambda row: (str(row[0]), str(row[1]), row[2], json.dumps(_edge_details(row[3]))))
    edges = [
        {"id": f"e{i}", "from": str(u), "to": str(v), "label": label, "details": _edge_details(d)}
        for i, (u, v, label, d) in enumerate(edge_rows)
    ]
    types = sorted({n["type"] for n in nodes})
    styles = {t: dict(zip(("color", "shape", "size"), CLASS_STYLES.get(t, DEFAULT_STYLE))) for t in types}
    return {"view": view, "directed": graph.is_directed(), "nodes": nodes, "edges": edges, "styles": styles}


def _vis_network_js() -> str:
    """vis-network's standalone build, as shipped inside the pyvis package (highest version)."""
    lib = resources.files("pyvis") / "lib"
    candidates = sorted(
        (entry for entry in lib.iterdir() if entry.name.startswith("vis-")),
        key=lambda entry: tuple(int(part) for part in re.findall(r"\d+", entry.name)),
    )
    if not candidates:
        raise PodiumError("vis-network not found in the pyvis package (pip install pyvis)", field="pyvis")
    text = (candidates[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    # The map file is not shipped; drop the pointer so no tool looks for it.
    return re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE).replace("</script", "<\\/script")


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element: <, > and & escaped as \\u sequences."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(dataset: Dataset, view: str = "full", *, title: str | None = None) -> str:
    """The self-contained HTML page drawing a view of the graph.

    Examples
    --------
    >>> from graph.build import build
    >>> page = render_html(build("seeds"), "podium")
    >>> page.startswith("<!DOCTYPE html>") and "http://" not in page.split("<script")[0]
    True
    """
    data = graph_data(dataset, view)
    heading = title or f"Podium: {view} view ({len(data['nodes'])} nodes, {len(data['edges'])} edges)"
    escaped = heading.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    values = {"TITLE": escaped, "DATA": _script_json(data), "VIS_NETWORK_JS": _vis_network_js()}
    # One pass, so that text put in (the data, the library) is never scanned for placeholders.
    return re.sub(r"@(TITLE|DATA|VIS_NETWORK_JS)@", lambda match: values[match.group(1)], PAGE)


def write_html(dataset: Dataset, path: Path | str, view: str = "full") -> Path:
    """Write the HTML view to ``path`` atomically; return the path.

    Raises
    ------
    PodiumError
        If the view is unknown or the output folder does not exist.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise PodiumError("output folder does not exist", file=str(path.parent))
    write_atomic(path, render_html(dataset, view))
    return path


# --- From an Oxigraph store (podium viz --store) ----------------------------------------------

# A browser draws a few thousand nodes at most: beyond these bounds the store's view is refused
# with a message saying how to narrow it, rather than written as a page nobody can open.
STORE_FULL_VIEW_MAX_QUADS = 20_000
STORE_PODIUM_VIEW_MAX_MEDALS = 3_000

_STORE_PREFIXES = """PREFIX pod:  <https://w3id.org/podium/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# The medals of the podium view (of one Games when ?games is bound), anchored on the
# event's Games so that Oxigraph starts from its index.
_MEDALS = "?event pod:partOfGames ?games . ?medal pod:inEvent ?event ; pod:medalType ?type ; pod:awardedTo ?winner ."
_PODIUM_COUNT = f"SELECT (COUNT(DISTINCT ?medal) AS ?n) WHERE {{ {_MEDALS} }}"
# One CONSTRUCT per kind of node: a UNION of them would be evaluated branch by branch
# before the join (SPARQL's bottom-up scoping), each branch over the whole store.
_PODIUM_CONSTRUCTS = (
    f"CONSTRUCT {{ ?medal ?p ?o }} WHERE {{ {_MEDALS} ?medal ?p ?o }}",
    f"CONSTRUCT {{ ?winner ?p ?o }} WHERE {{ {_MEDALS} ?winner ?p ?o }}",
    f"CONSTRUCT {{ ?member ?p ?o }} WHERE {{ {_MEDALS} ?winner pod:member ?member . ?member ?p ?o }}",
    f"CONSTRUCT {{ ?event skos:prefLabel ?label . ?type rdfs:label ?kind }} "
    f"WHERE {{ {_MEDALS} ?event skos:prefLabel ?label . ?type rdfs:label ?kind }}",
    f"CONSTRUCT {{ ?nation pod:nocCode ?code }} WHERE {{ {_MEDALS} ?medal pod:forNation ?nation . "
    f"?nation pod:nocCode ?code }}",
    f"CONSTRUCT {{ ?nation pod:nocCode ?code }} WHERE {{ {_MEDALS} ?winner pod:represents ?nation . "
    f"?nation pod:nocCode ?code }}",
    f"CONSTRUCT {{ ?nation pod:nocCode ?code }} WHERE {{ {_MEDALS} ?winner pod:member/pod:represents ?nation . "
    f"?nation pod:nocCode ?code }}",
)
_RECORDS_CONSTRUCT = """CONSTRUCT { ?mark ?p ?o . ?o skos:prefLabel ?label . ?o rdfs:label ?name . ?o a ?class }
WHERE { ?mark a pod:Record ; ?p ?o .
        OPTIONAL { ?o skos:prefLabel ?label } OPTIONAL { ?o rdfs:label ?name } OPTIONAL { ?o a ?class } }"""


def store_dataset(store: Any, view: str = "podium", games: str | None = None, *,
                  max_medals: int | None = None) -> Dataset:
    """The part of an Oxigraph store a view draws, as an rdflib dataset (bounded).

    Parameters
    ----------
    store:
        An open ``pyoxigraph.Store``.
    view:
        ``records``: every record mark with its properties and the labels of what it
        points to. ``podium``: the medals (of one Games if ``games`` is given), their
        winners, team members, events, medal types and nations, pulled by CONSTRUCT
        queries; refused above ``max_medals`` medals (``podium viz`` gives
        STORE_PODIUM_VIEW_MAX_MEDALS; None, for analysis and network files, no bound). ``full``: the whole
        store, named graphs kept; refused above STORE_FULL_VIEW_MAX_QUADS quads.
    games:
        The IRI of one Games (full, or relative to ``https://w3id.org/podium/id/``), for
        the podium view.

    Raises
    ------
    PodiumError
        For an unknown view, a view too large to draw, or Games with no medals.
    """
    from pyoxigraph import RdfFormat

    from .names import ID_BASE
    from .store import query_store, rdflib_term

    check_view(view)
    dataset = Dataset(default_union=True)
    if games is not None and view != "podium":
        raise PodiumError("--games narrows the podium view only", field="--games")
    if view == "full":
        if len(store) > STORE_FULL_VIEW_MAX_QUADS:
            raise PodiumError(
                f"the full view draws every triple and this store has {len(store):,} quads (at most "
                f"{STORE_FULL_VIEW_MAX_QUADS:,} are drawn): use --view records, or --view podium --games "
                "games/<city>-<year>", field="--view")
        dataset.parse(data=store.dump(format=RdfFormat.N_QUADS), format="nquads")
        return dataset
    bindings = {}
    if games is not None:
        bindings["games"] = URIRef(games if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", games) else ID_BASE + games)
    if view == "podium":
        count = int(next(iter(query_store(store, _STORE_PREFIXES + _PODIUM_COUNT, bindings)))["n"].value)
        if games is not None and count == 0:
            raise PodiumError(f"no medals of {bindings['games']} in the store", field="--games")
        if max_medals is not None and count > max_medals:
            raise PodiumError(
                f"the podium view of the whole store has {count:,} medals (at most "
                f"{max_medals:,} are drawn): give --games games/<city>-<year>", field="--view")
        queries = _PODIUM_CONSTRUCTS
    else:
        queries = (_RECORDS_CONSTRUCT,)
    for query in queries:
        for triple in query_store(store, _STORE_PREFIXES + query, bindings):
            dataset.add((rdflib_term(triple.subject), rdflib_term(triple.predicate), rdflib_term(triple.object)))
    return dataset


def write_store_html(store: Path | str, path: Path | str, view: str = "podium", games: str | None = None) -> Path:
    """Write the HTML view of a store folder (see :func:`store_dataset`) atomically; return the path.

    The store is opened read-only, so a running ``podium serve`` may have it open too.
    """
    from .store import open_store

    path = Path(path)
    if not path.parent.is_dir():
        raise PodiumError("output folder does not exist", file=str(path.parent))
    check_view(view)
    dataset = store_dataset(open_store(store, read_only=True), view, games, max_medals=STORE_PODIUM_VIEW_MAX_MEDALS)
    return write_html(dataset, path, view)
