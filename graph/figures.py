"""Static figures of the graph, drawn with matplotlib (``podium viz --static``).

One figure, two panels: the podium network (the ``podium`` view of ``graph.views``:
athletes, linked when they shared a podium) and a record timeline (who held a
record, by default "most gold medals by one athlete at a single Winter Olympics",
from when, with what mark). Nodes keep the class colours and shapes of the HTML
view (``graph.viz.CLASS_STYLES``).

Layouts are fixed, not random (groups on circles, loners in a column; a step line
for the record), labels stand outwards from the drawing, and SVG ids and metadata
are fixed: the same graph gives the same bytes. tests/test_figures.py checks that
no two labels overlap on the seed graph.

Examples
--------
>>> from graph.build import build
>>> [(entry.holder, entry.value, entry.year) for entry in record_timeline(build("seeds"))]
[('Eric Heiden', 5, 1980), ('Johannes Høsflot Klæbo', 6, 2026)]
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from rdflib import RDFS, Dataset, URIRef

from .errors import PodiumError
from .export import write_atomic
from .names import entity_iri
from .viz import CLASS_STYLES, DEFAULT_STYLE, view_graph
from .vocab import POD

__all__ = [
    "DEFAULT_RECORD_CATEGORY", "FIGURE_SIZE", "DPI", "STATIC_FORMATS", "TimelineEntry",
    "record_timeline", "podium_layout", "draw_podium_network", "draw_record_timeline", "static_figure", "write_static",
]

DEFAULT_RECORD_CATEGORY = entity_iri("category", "most-golds-athlete-single-winter-games")
FIGURE_SIZE = (14.0, 6.5)  # inches
DPI = 100                  # PNG pixels per inch: 1400 x 650 pixels
STATIC_FORMATS = ("svg", "png")
# vis-network shape (graph.viz) -> matplotlib marker
_MARKERS = {
    "dot": "o", "square": "s", "diamond": "D", "triangle": "^", "triangleDown": "v", "hexagon": "h", "star": "*",
}
# Podium network layout, in data units (a group's circle has radius 1).
_GROUP_SPACING = 4.0
_LONER_GAP = 3.0
_LONER_STEP = 0.6

_TIMELINE = """
PREFIX pod: <https://w3id.org/podium/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?record ?value ?holder ?setOn ?year ?games ?stoodYears WHERE {
  ?record pod:category ?category ; pod:value ?value .
  OPTIONAL { ?record pod:holder ?h . ?h rdfs:label ?holder }
  OPTIONAL { ?record pod:setOn ?setOn }
  OPTIONAL { ?record pod:setAt ?g . ?g pod:year ?year ; rdfs:label ?games }
  OPTIONAL { ?record pod:stoodYears ?stoodYears }
}
"""


@dataclass(frozen=True)
class TimelineEntry:
    """One mark of a record: who set it, the value, the year (and date) it was set."""

    record: str
    holder: str
    value: int
    year: int
    date: str
    games: str
    stood_years: int | None = None


def record_timeline(dataset: Dataset, category: URIRef | str = DEFAULT_RECORD_CATEGORY) -> list[TimelineEntry]:
    """The marks of a record category in the order they were set (year, then value).

    A mark without a value, or without a year (neither ``pod:setOn`` nor ``pod:setAt`` a
    Games with a year), cannot be placed on a timeline and is left out.
    """
    entries = {}
    for row in dataset.query(_TIMELINE, initBindings={"category": URIRef(str(category))}):
        date = str(row.setOn) if row.setOn is not None else ""
        year = int(date[:4]) if date else (int(row.year) if row.year is not None else None)
        if year is None:
            continue
        entries[str(row.record)] = TimelineEntry(
            record=str(row.record), holder=str(row.holder or "(holder not named)"), value=int(row.value),
            year=year, date=date, games=str(row.games or ""),
            stood_years=int(row.stoodYears) if row.stoodYears is not None else None,
        )
    return sorted(entries.values(), key=lambda e: (e.year, e.date, e.value, e.record))


def podium_layout(graph: nx.Graph) -> dict:
    """Positions for the podium view: each group of podium-sharers on a circle, loners in a column.

    Groups (connected components of two or more athletes) stand left to right, the
    largest first, each on a circle of radius 1 (networkx's ``circular_layout``,
    members in label order); athletes who shared no podium stand in a column on the
    right. No randomness: the same graph gives the same picture.

    Examples
    --------
    >>> g = nx.Graph()
    >>> for name in ("A", "B", "C"): g.add_node(name, label=name)
    >>> g.add_edge("A", "B")
    >>> {node: (round(x, 2) + 0.0, round(y, 2) + 0.0) for node, (x, y) in sorted(podium_layout(g).items())}
    {'A': (1.0, 0.0), 'B': (-1.0, 0.0), 'C': (4.0, 0.0)}
    """
    label = lambda node: (str(graph.nodes[node].get("label", node)), str(node))  # noqa: E731
    groups = sorted((sorted(c, key=label) for c in nx.connected_components(graph) if len(c) > 1),
                    key=lambda members: (-len(members), label(members[0])))
    loners = sorted((node for node in graph if graph.degree(node) == 0), key=label)
    positions = {}
    for index, members in enumerate(groups):
        circle = nx.circular_layout(members, scale=1.0, center=(index * _GROUP_SPACING, 0.0))
        positions.update({node: (float(x), float(y)) for node, (x, y) in circle.items()})
    # right of the last circle (radius 1), leaving room for the labels of its right-hand side
    column_x = (len(groups) - 1) * _GROUP_SPACING + 1.0 + _LONER_GAP if groups else 0.0
    for index, node in enumerate(loners):
        positions[node] = (column_x, (len(loners) - 1) / 2 * _LONER_STEP - index * _LONER_STEP)
    return positions


def draw_podium_network(ax, graph: nx.Graph) -> None:
    """Draw the podium view on matplotlib axes: athletes, and who shared a podium with whom.

    Each edge is labelled with the medals of the two athletes (gold/silver) and each
    group with its event(s); labels stand outwards from their group, so none overlap.
    """
    positions = podium_layout(graph)
    types = {node: str(data.get("type", "")) for node, data in graph.nodes(data=True)}
    edges = sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
    nx.draw_networkx_edges(graph, positions, edgelist=[(u, v) for u, v, _ in edges], ax=ax, edge_color="#8c8c8c",
                           width=[1.5 * float(d.get("podiums", 1)) for _, _, d in edges])
    for node_type in sorted(set(types.values())):
        color, shape, _ = CLASS_STYLES.get(node_type, DEFAULT_STYLE)
        nx.draw_networkx_nodes(graph, positions, nodelist=sorted(n for n in graph if types[n] == node_type), ax=ax,
                               node_color=color, node_shape=_MARKERS.get(shape, "o"), node_size=320,
                               edgecolors="#333333", linewidths=0.6, label=node_type)
    centers = {}
    for component in nx.connected_components(graph):
        xs, ys = zip(*(positions[n] for n in component))
        for node in component:
            centers[node] = (sum(xs) / len(xs), sum(ys) / len(ys)) if len(component) > 1 else None
    for node, (x, y) in sorted(positions.items(), key=lambda item: str(item[0])):
        text = str(graph.nodes[node].get("label", node))
        center = centers[node]
        dx, dy = (x - center[0], y - center[1]) if center else (1.0, 0.0)
        if abs(dx) >= 0.3:   # label outwards, beside the node
            offset, ha, va = ((12 if dx > 0 else -12), 0), ("left" if dx > 0 else "right"), "center"
        else:                # label above or below the node
            offset, ha, va = (0, 12 if dy > 0 else -12), "center", ("bottom" if dy > 0 else "top")
        ax.annotate(text, (x, y), xytext=offset, textcoords="offset points", ha=ha, va=va, fontsize=10)
    for u, v, data in edges:
        (x1, y1), (x2, y2) = positions[u], positions[v]
        ax.annotate(str(data.get("medals", "")), ((x1 + x2) / 2, (y1 + y2) / 2), ha="center", va="center",
                    fontsize=9, color="#444444",
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"})
    for component in sorted(nx.connected_components(graph), key=lambda c: sorted(map(str, c))):
        if len(component) < 2:
            continue
        events = sorted({label for u, v, d in graph.subgraph(component).edges(data=True)
                         for label in str(d.get("event_label", "")).split("; ") if label})
        xs, ys = zip(*(positions[n] for n in component))
        ax.annotate("\n".join(events), (sum(xs) / len(xs), min(ys)), xytext=(0, -30), textcoords="offset points",
                    ha="center", va="top", fontsize=10, style="italic", color="#333333")
    loners = [n for n in graph if graph.degree(n) == 0]
    if loners:
        x = positions[loners[0]][0]
        top = max(positions[n][1] for n in loners)
        ax.annotate("no shared podium", (x, top), xytext=(0, 22), textcoords="offset points", ha="left",
                    va="bottom", fontsize=10, style="italic", color="#333333")
    handles, _ = ax.get_legend_handles_labels()
    handles.append(Line2D([], [], color="#8c8c8c", linewidth=1.5, label="shared a podium (their medals)"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=3, fontsize=9, frameon=False,
              markerscale=0.7)
    ax.set_title("Podium network: athletes who shared a podium", fontsize=12)
    xs, ys = zip(*positions.values()) if positions else ((0.0,), (0.0,))
    ax.set_xlim(min(xs) - 1.9, max(xs) + 2.6)
    ax.set_ylim(min(ys) - 1.0, max(ys) + 0.8)
    ax.set_axis_off()


def draw_record_timeline(ax, entries: list[TimelineEntry], title: str, measure: str = "value") -> None:
    """Draw the marks of a record as a step line: each mark holds until the next one."""
    if not entries:
        ax.text(0.5, 0.5, "no dated marks of this record", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    first, last = entries[0].year, entries[-1].year
    span = max(last - first, 4)
    end = last + max(2, round(span * 0.08))
    years = [entry.year for entry in entries] + [end]
    values = [entry.value for entry in entries]
    color = CLASS_STYLES["Record"][0]
    ax.step(years, values + values[-1:], where="post", color=color, linewidth=2.5)
    ax.plot([entry.year for entry in entries], values, "o", color=color, markersize=7, zorder=3)
    for index, entry in enumerate(entries):
        text = f"{entry.holder}: {entry.value}\n{entry.games or entry.year}" + (f", {entry.date}" if entry.date else "")
        is_last = index == len(entries) - 1
        ax.annotate(text, (entry.year, entry.value), xytext=(-8 if is_last else 8, 10), textcoords="offset points",
                    ha="right" if is_last else "left", va="bottom", fontsize=10)
        if entry.stood_years is not None and not is_last:
            middle = (entry.year + entries[index + 1].year) / 2
            ax.annotate(f"stood {entry.stood_years} years", (middle, entry.value), xytext=(0, -8),
                        textcoords="offset points", ha="center", va="top", fontsize=9, color="#555555")
    low, high = min(values), max(values)
    ax.set_ylim(max(0, low - 1.5), high + 1.5)
    ax.set_xlim(first - max(2, round(span * 0.08)), end)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("year the mark was set")
    ax.set_ylabel(f"the mark: {measure}")
    ax.set_title(title, fontsize=12)
    ax.grid(axis="y", color="#e5e5e5")
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)


def static_figure(dataset: Dataset, category: URIRef | str = DEFAULT_RECORD_CATEGORY) -> Figure:
    """The figure: podium network (left) and record timeline (right)."""
    with matplotlib.rc_context({"svg.hashsalt": "podium", "font.family": "DejaVu Sans"}):
        figure = Figure(figsize=FIGURE_SIZE, dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        network_axes, timeline_axes = figure.subplots(1, 2, width_ratios=(1.25, 1))
        draw_podium_network(network_axes, view_graph(dataset, "podium"))
        title = str(dataset.value(URIRef(str(category)), RDFS.label) or category)
        measure = str(dataset.value(URIRef(str(category)), POD.measure) or "value")
        draw_record_timeline(timeline_axes, record_timeline(dataset, category), _wrap(title, 48), measure)
    return figure


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


def write_static(dataset: Dataset, path: Path | str) -> Path:
    """Write the static figure as SVG or PNG (by the file's suffix), atomically; return the path.

    Raises
    ------
    PodiumError
        If the suffix is not .svg or .png, or the output folder does not exist.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in STATIC_FORMATS:
        raise PodiumError(f"unknown figure format {path.suffix or '(none)'!r} (expected .svg or .png)", file=str(path))
    if not path.parent.is_dir():
        raise PodiumError("output folder does not exist", file=str(path.parent))
    figure = static_figure(dataset)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "podium"}):
        # No date or software version in the file: the same graph gives the same bytes.
        metadata = {"Date": None, "Creator": None} if fmt == "svg" else {"Software": None}
        figure.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata)
    write_atomic(path, buffer.getvalue())
    return path
