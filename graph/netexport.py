"""Write and read the networkx views as GraphML, GEXF or node-link JSON.

networkx's own writers do the work; this module only makes their output
deterministic (the views add nodes and edges in sorted order; the GEXF writer's
``lastmodifieddate``, today's date, is dropped; node-link JSON is written with
sorted keys) and reads each format back to the same nodes and edges with the same
attributes. GEXF keeps no graph attributes (the view's name), GraphML and
node-link do.

Examples
--------
>>> import networkx as nx
>>> graph = nx.Graph(view="demo")
>>> graph.add_node("a", label="Klæbo", type="Athlete")
>>> graph.add_node("b", label="Nyenget", type="Athlete")
>>> graph.add_edge("a", "b", medals="gold/silver", weight=1)
>>> text = serialize_view(graph, "node-link")
>>> back = read_view(text, "node-link")
>>> sorted(back.edges(data=True)) == sorted(graph.edges(data=True))
True
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from .errors import PodiumError
from .export import write_atomic

__all__ = ["NETWORK_FORMATS", "serialize_view", "read_view", "export_view", "export_store_view",
           "store_network_report"]

NETWORK_FORMATS = ("graphml", "gexf", "node-link")


def serialize_view(graph: nx.Graph, fmt: str) -> str:
    """A networkx graph as GraphML, GEXF or node-link JSON text, deterministically."""
    if fmt == "graphml":
        text = "\n".join(nx.generate_graphml(graph, prettyprint=True))
        return f'<?xml version="1.0" encoding="utf-8"?>\n{text}\n'
    if fmt == "gexf":
        writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
        writer.xml.find("meta").attrib.pop("lastmodifieddate", None)  # today's date: not reproducible
        writer.add_graph(graph)
        text = str(writer)
        return f'<?xml version="1.0" encoding="utf-8"?>\n{text}' + ("" if text.endswith("\n") else "\n")
    if fmt == "node-link":
        data = nx.node_link_data(graph, edges="edges")
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    raise PodiumError(f"unknown network format {fmt!r} (expected one of: {', '.join(NETWORK_FORMATS)})",
                      field="--format")


def read_view(text: str, fmt: str) -> nx.Graph:
    """Read a view back from the text :func:`serialize_view` wrote."""
    if fmt == "graphml":
        graph = nx.parse_graphml(text, force_multigraph=False)
        # GraphML records edge keys of a multigraph as edge ids; read them back as keys.
        if '<edge id="' in text:
            graph = nx.parse_graphml(text, force_multigraph=True)
        return graph
    if fmt == "gexf":
        graph = nx.read_gexf(io.BytesIO(text.encode("utf-8")), node_type=str)
        for *_, data in graph.edges(data=True):
            data.pop("id", None)  # the edge ids the GEXF writer numbers, not an attribute of ours
        return graph
    if fmt == "node-link":
        return nx.node_link_graph(json.loads(text), edges="edges")
    raise PodiumError(f"unknown network format {fmt!r} (expected one of: {', '.join(NETWORK_FORMATS)})",
                      field="--format")


def export_view(dataset, view: str = "full", fmt: str = "graphml", path: Path | None = None) -> str:
    """Build one of the views of a dataset and write it (atomically) or return it as text.

    Parameters
    ----------
    dataset:
        The built graph (``graph.build``).
    view:
        ``full``, ``podium`` or ``records`` (``graph.views.VIEWS``).
    fmt:
        ``graphml``, ``gexf`` or ``node-link``.
    path:
        Where to write; None returns the text only.
    """
    from .views import VIEWS

    if view not in VIEWS:
        raise PodiumError(f"unknown view {view!r} (expected one of: {', '.join(VIEWS)})", field="--view")
    text = serialize_view(VIEWS[view](dataset), fmt)
    if path is not None:
        write_atomic(Path(path), text)
    return text


def export_store_view(store: Path | str, view: str = "podium", fmt: str = "graphml", path: Path | None = None,
                      games: str | None = None) -> str:
    """:func:`export_view` of an Oxigraph store folder (made by ``podium import``).

    The view's part of the store is pulled by ``graph.viz.store_dataset`` with no bound
    on the number of medals (a file is not a page to draw): the podium view of all
    Games, the records view, the podium view of one ``games``, or the full view of a
    small store. The store is opened read-only.
    """
    from .store import open_store
    from .viz import store_dataset

    if fmt not in NETWORK_FORMATS:
        raise PodiumError(f"unknown network format {fmt!r} (expected one of: {', '.join(NETWORK_FORMATS)})",
                          field="--format")
    dataset = store_dataset(open_store(store, read_only=True), view, games, max_medals=None)
    return export_view(dataset, view, fmt, path)


def store_network_report(store: Path | str, games: str | None = None, top: int = 5) -> str:
    """``graph.views.network_report`` of a store's podium view (all Games, or one ``games``).

    All Games (21,298 medals) take about a minute and 1.5 GiB here: the medals are pulled
    into rdflib first; one Games takes a second or two.
    """
    from .store import open_store
    from .views import network_report
    from .viz import store_dataset

    return network_report(store_dataset(open_store(store, read_only=True), "podium", games, max_medals=None), top)

