"""networkx views of the graph: the whole RDF graph, shared podiums, record lineage.

Every view uses IRIs (as strings) for node ids and gives every node a ``label``
(``skos:prefLabel``, else ``rdfs:label``, diacritics kept) and a ``type`` (the short
name of its class: Athlete, Event, Medal, Record, Nation, ...). Attribute values are
plain ``str``/``int``/``float``/``bool``, so every view can be written as GraphML.
Nodes and edges are added in sorted order, so exports are deterministic.

- ``full``: every triple (outside the ontology graph) as an edge of a
  ``MultiDiGraph``, keyed by its predicate IRI; literals are nodes too.
- ``podium``: athletes, with an edge between two athletes who shared a podium.
- ``records``: record lineage, an edge from an earlier holder to the later holder
  who broke the record.

Examples
--------
>>> from graph.build import build
>>> view = podium_view(build("seeds"))
>>> klaebo = "https://w3id.org/podium/id/athlete/johannes-hosflot-klaebo"
>>> emil = "https://w3id.org/podium/id/athlete/emil-iversen"
>>> view.edges[klaebo, emil]["medals"]
'gold/bronze'
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable

import networkx as nx
from rdflib import RDF, RDFS, SKOS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .names import GRAPH_ONTOLOGY, ID_BASE
from .vocab import POD

__all__ = ["full_view", "podium_view", "records_view", "VIEWS", "network_report", "EXACT_BETWEENNESS_MAX",
           "BETWEENNESS_SAMPLE"]

_RANK = {POD.Gold: 1, POD.Silver: 2, POD.Bronze: 3}
EXACT_BETWEENNESS_MAX = 2000
# A report of the whole history (31,723 athletes in 1,686 components) stays readable:
MAX_COMPONENTS_LISTED = 10
MAX_NAMES_LISTED = 12
BETWEENNESS_SAMPLE = 500


# --- Labels and types ----------------------------------------------------------------------

def _label(dataset: Graph, node: Node) -> str:
    """skos:prefLabel, else rdfs:label (smallest, for determinism), else a short form of the IRI."""
    if isinstance(node, Literal):
        return str(node)
    for predicate in (SKOS.prefLabel, RDFS.label):
        labels = sorted(str(label) for label in dataset.objects(node, predicate))
        if labels:
            return labels[0]
    return _short(dataset, node)


def _short(dataset: Graph, node: Node) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    text = str(node)
    if text.startswith(ID_BASE):
        return text[len(ID_BASE):]
    try:
        return dataset.namespace_manager.normalizeUri(node)
    except Exception:  # rdflib cannot shorten every IRI; the full IRI is a fine label
        return text


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _type(dataset: Graph, node: Node) -> str:
    """The short name of the node's class; a pod: class wins over others; Literal/Resource otherwise."""
    if isinstance(node, Literal):
        return "Literal"
    classes = sorted(str(cls) for cls in dataset.objects(node, RDF.type))
    if not classes:
        return "Resource"
    ours = [cls for cls in classes if cls.startswith(str(POD))]
    return _local_name((ours or classes)[0])


def _node_id(node: Node) -> str:
    """IRIs as themselves; literals in N-Triples syntax (so "18" and an IRI never collide)."""
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, BNode):
        return f"_:{node}"
    return node.n3()


def _data_triples(dataset: Graph) -> Iterable[tuple[Node, Node, Node]]:
    """Every triple outside the ontology graph, once, sorted."""
    if isinstance(dataset, Dataset):
        triples = {(s, p, o) for s, p, o, g in dataset.quads((None, None, None, None))
                   if getattr(g, "identifier", g) != GRAPH_ONTOLOGY}
    else:
        triples = set(dataset)
    return sorted(triples)


# --- The views -----------------------------------------------------------------------------

def full_view(dataset: Graph) -> nx.MultiDiGraph:
    """The whole RDF graph (without the ontology's own triples) as a MultiDiGraph.

    One edge per triple, keyed by the predicate IRI, with ``predicate`` (the IRI)
    and ``label`` (its prefixed name, ``pod:awardedTo``). Literal nodes have the id
    of their N-Triples form and attributes ``value``, ``datatype`` and ``lang``.

    Hand-built rather than rdflib's ``rdflib_to_networkx_multidigraph``: that keeps
    rdflib terms as node ids (GraphML needs strings) and follows the store's order
    (exports must be deterministic).
    """
    graph = nx.MultiDiGraph(view="full")
    triples = list(_data_triples(dataset))
    nodes = {node for s, _, o in triples for node in (s, o)}
    for node in sorted(nodes, key=_node_id):
        attributes = {"label": _label(dataset, node), "type": _type(dataset, node),
                      "kind": "literal" if isinstance(node, Literal) else "blank" if isinstance(node, BNode) else "iri"}
        if isinstance(node, Literal):
            attributes.update(value=str(node), datatype=str(node.datatype or ""), lang=node.language or "")
        graph.add_node(_node_id(node), **attributes)
    for s, p, o in triples:
        graph.add_edge(_node_id(s), _node_id(o), key=str(p), predicate=str(p), label=_short(dataset, p))
    return graph


def _awardees(dataset: Graph, awardee: Node) -> list[Node]:
    """The athletes a medal counts for: the athlete, or a team's members."""
    members = sorted(dataset.objects(awardee, POD.member))
    return members or [awardee]


def _athlete_node(graph: nx.Graph, dataset: Graph, athlete: Node) -> str:
    node = str(athlete)
    if node not in graph:
        nations = sorted(str(code) for code in dataset.objects(athlete, POD.represents / POD.nocCode))
        graph.add_node(node, label=_label(dataset, athlete), type=_type(dataset, athlete),
                       nation=" ".join(nations))
    return node


def podium_view(dataset: Graph) -> nx.Graph:
    """Athletes as nodes; an edge between two athletes who won medals in the same event.

    Node attributes: ``label``, ``type`` (Athlete), ``nation`` (NOC code). Edge
    attributes: ``event`` (IRI) and ``event_label``, ``nation`` (the NOC code if both
    won for one nation, else both codes joined by ``/``), ``teammates`` (same nation),
    ``medals`` (``gold/silver``: the better placed first) and ``podiums`` (how many
    they shared; not ``weight``, which GEXF would turn into a float). Two athletes
    sharing several podiums get one edge whose text attributes list each podium,
    joined by ``; ``.
    """
    graph = nx.Graph(view="podium")
    for athlete in sorted(dataset.subjects(RDF.type, POD.Athlete)):
        _athlete_node(graph, dataset, athlete)
    by_event: dict[Node, list[tuple[int, str, str, str]]] = defaultdict(list)
    for medal in sorted(set(dataset.subjects(RDF.type, POD.Medal))):
        event = dataset.value(medal, POD.inEvent)
        kind = dataset.value(medal, POD.medalType)
        codes = sorted(str(code) for code in dataset.objects(medal, POD.forNation / POD.nocCode))
        nation = codes[0] if codes else ""
        if event is None or kind is None:
            continue
        for awardee in dataset.objects(medal, POD.awardedTo):
            for athlete in _awardees(dataset, awardee):
                node = _athlete_node(graph, dataset, athlete)
                by_event[event].append((_RANK.get(kind, 9), _label(dataset, kind), node, nation))
    shared: dict[tuple[str, str], list[dict[str, str | bool]]] = defaultdict(list)
    for event in sorted(by_event):
        podium = sorted(set(by_event[event]))
        for i, (_, medal1, athlete1, nation1) in enumerate(podium):
            for _, medal2, athlete2, nation2 in podium[i + 1:]:
                if athlete1 == athlete2:
                    continue
                nations = [nation1] if nation1 == nation2 else sorted({nation1, nation2})
                shared[tuple(sorted((athlete1, athlete2)))].append({
                    "event": str(event), "event_label": _label(dataset, event), "nation": "/".join(nations),
                    "teammates": nation1 == nation2 and bool(nation1), "medals": f"{medal1}/{medal2}",
                })
    for (u, v), podiums in sorted(shared.items()):
        graph.add_edge(
            u, v, podiums=len(podiums), teammates=all(p["teammates"] for p in podiums),
            **{key: "; ".join(str(p[key]) for p in podiums) for key in ("event", "event_label", "nation", "medals")},
        )
    return graph


def records_view(dataset: Graph) -> nx.DiGraph:
    """Record lineage: an edge from an earlier holder to the holder who broke the record.

    Nodes are holders (athletes, nations) of any record; a mark whose holder the
    source does not name stands for itself (its node is the record IRI, type Record,
    label ``holder not named (...)``). Edge attributes describe the break:
    ``record`` (category IRI) and ``record_label``, ``old_mark`` and ``new_mark``
    (IRIs), ``old_value``, ``new_value``, ``set_on`` (date of the new mark),
    ``old_set_at`` and ``new_set_at`` (the Games' names) and ``stood_years``; an
    attribute the sources leave unknown is left out (GraphML has no null). A holder
    who broke a record more than once in a row (Norway's own record, twice) gets one
    edge: ``breaks`` counts them, ``lineage`` lists each
    break as ``old -> new``, oldest first, joined by ``; ``, and the other
    attributes describe the latest break.
    """
    graph = nx.DiGraph(view="records")
    marks = sorted(set(dataset.subjects(RDF.type, POD.Record)))
    # A mark's place in its lineage: how many marks it supersedes, directly or not.
    depth = {mark: len(set(dataset.transitive_objects(mark, POD.supersedes))) - 1 for mark in marks}

    def holder_of(mark: Node) -> Node:
        return dataset.value(mark, POD.holder) or mark

    for holder in sorted({holder_of(mark) for mark in marks}):
        if holder in marks:
            graph.add_node(str(holder), label=f"holder not named ({_label(dataset, holder)})", type="Record")
        else:
            graph.add_node(str(holder), label=_label(dataset, holder), type=_type(dataset, holder))
    breaks: dict[tuple[str, str], list[tuple[Node, Node]]] = defaultdict(list)
    for new in sorted(marks, key=lambda mark: (depth[mark], str(mark))):
        for old in sorted(dataset.objects(new, POD.supersedes)):
            breaks[(str(holder_of(old)), str(holder_of(new)))].append((old, new))
    for (u, v), found in sorted(breaks.items()):
        old, new = found[-1]
        category = dataset.value(new, POD.category)
        attributes: dict[str, str | int] = {
            "record": str(category), "record_label": _label(dataset, category),
            "old_mark": str(old), "new_mark": str(new), "breaks": len(found),
            "lineage": "; ".join(f"{earlier} -> {later}" for earlier, later in found),
        }
        for key, term in (("old_value", dataset.value(old, POD.value)), ("new_value", dataset.value(new, POD.value)),
                          ("stood_years", dataset.value(old, POD.stoodYears))):
            if term is not None:
                attributes[key] = int(term)
        set_on = dataset.value(new, POD.setOn)
        if set_on is not None:
            attributes["set_on"] = str(set_on)
        for key, mark in (("old_set_at", old), ("new_set_at", new)):
            games = dataset.value(mark, POD.setAt)
            if games is not None:
                attributes[key] = _label(dataset, games)
        graph.add_edge(u, v, **attributes)
    return graph


VIEWS: dict[str, Callable[[Graph], nx.Graph]] = {"full": full_view, "podium": podium_view, "records": records_view}


# --- Network figures -----------------------------------------------------------------------

def network_report(dataset: Graph, top: int = 5) -> str:
    """Components, degree and betweenness centrality leaders of the podium view, as text.

    >>> from graph.build import build
    >>> print(network_report(build("seeds"), top=1).splitlines()[0])
    podium network: 6 athletes, 3 edges (shared podiums), 4 components
    """
    graph = podium_view(dataset)
    label = lambda node: graph.nodes[node]["label"]  # noqa: E731
    components = sorted(nx.connected_components(graph), key=lambda nodes: (-len(nodes), sorted(map(label, nodes))))
    lines = [f"podium network: {graph.number_of_nodes():,} athletes, {graph.number_of_edges():,} edges "
             f"(shared podiums), {len(components):,} components"]
    lines.append("components (largest first):")
    for number, nodes in enumerate(components[:MAX_COMPONENTS_LISTED], start=1):
        names = sorted(map(label, nodes))
        more = f" ... and {len(names) - MAX_NAMES_LISTED:,} more" if len(names) > MAX_NAMES_LISTED else ""
        lines.append(f"  {number}. {len(nodes):,}: {', '.join(names[:MAX_NAMES_LISTED])}{more}")
    if len(components) > MAX_COMPONENTS_LISTED:
        rest = components[MAX_COMPONENTS_LISTED:]
        lines.append(f"  ... and {len(rest):,} more components of {len(rest[-1])} to {len(rest[0])} athletes")
    # Exact betweenness costs O(nodes x edges); past EXACT_BETWEENNESS_MAX athletes it is
    # estimated from BETWEENNESS_SAMPLE sampled sources, with a fixed seed so the report is stable.
    sample = None if graph.number_of_nodes() <= EXACT_BETWEENNESS_MAX else BETWEENNESS_SAMPLE
    betweenness = nx.betweenness_centrality(graph, k=sample, seed=0 if sample else None)
    estimated = f", estimated from {sample} sampled athletes" if sample else ""
    for title, scores in (("degree centrality", nx.degree_centrality(graph)),
                          (f"betweenness centrality{estimated}", betweenness)):
        lines.append(f"{title} (top {top}):")
        leaders = sorted(scores.items(), key=lambda item: (-item[1], label(item[0])))[:top]
        lines += [f"  {score:.3f}  {label(node)}" for node, score in leaders]
    return "\n".join(lines)
