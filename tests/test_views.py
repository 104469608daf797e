"""The networkx views on the seed graph, their exports, and the round trips."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import RDF, Literal

from graph.errors import PodiumError
from graph.netexport import NETWORK_FORMATS, export_view, read_view, serialize_view
from graph.views import VIEWS, full_view, network_report, podium_view, records_view

ID = "https://w3id.org/podium/id/"
POD = "https://w3id.org/podium/ontology#"
KLAEBO, NYENGET, IVERSEN = (ID + "athlete/johannes-hosflot-klaebo", ID + "athlete/martin-lowstrom-nyenget",
                            ID + "athlete/emil-iversen")
HEIDEN, PHELPS, DALE = ID + "athlete/eric-heiden", ID + "athlete/michael-phelps", ID + "athlete/johannes-dale-skjevdal"
EVENT_50KM = ID + "event/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start"
PLAIN = (str, int, float, bool)


def test_views_table_names_the_three_functions():
    assert VIEWS == {"full": full_view, "podium": podium_view, "records": records_view}


@pytest.fixture(scope="module")
def views(seed_dataset):
    return {name: make(seed_dataset) for name, make in VIEWS.items()}


# --- What each view holds --------------------------------------------------------------------

def test_every_node_has_a_label_and_a_type_and_plain_attributes(views):
    for name, graph in views.items():
        for node, data in graph.nodes(data=True):
            assert isinstance(node, str)
            assert data["type"], (name, node)
            assert data["label"] or node == '""', (name, node)  # only the empty literal has an empty label
            assert all(isinstance(value, PLAIN) for value in data.values()), (name, node, data)
        for *_, data in graph.edges(data=True):
            assert all(isinstance(value, PLAIN) for value in data.values()), (name, data)


def test_full_view_has_one_edge_per_data_triple(seed_dataset, views):
    graph = views["full"]
    assert isinstance(graph, nx.MultiDiGraph)
    data_triples = {(s, p, o) for s, p, o, g in seed_dataset.quads((None, None, None, None))
                    if str(g.identifier if hasattr(g, "identifier") else g) != "https://w3id.org/podium/ontology"}
    assert graph.number_of_edges() == len(data_triples) == 2540  # `podium build` prints 2540 triples


def test_full_view_labels_types_and_literal_nodes(views):
    graph = views["full"]
    assert graph.nodes[KLAEBO] == {"label": "Johannes Høsflot Klæbo", "type": "Athlete", "kind": "iri"}
    assert graph.nodes[POD + "Gold"] == {"label": "gold", "type": "MedalType", "kind": "iri"}
    eighteen = Literal(18).n3()
    assert graph.nodes[eighteen] == {"label": "18", "type": "Literal", "kind": "literal", "value": "18",
                                     "datatype": "http://www.w3.org/2001/XMLSchema#integer", "lang": ""}
    silver = ID + "medal/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/silver/martin-lowstrom-nyenget"
    assert graph.nodes[silver]["type"] == "Medal"
    assert graph.edges[silver, NYENGET, POD + "awardedTo"] == {"predicate": POD + "awardedTo", "label": "pod:awardedTo"}
    assert graph.has_edge(ID + "tally/norway-at-milano-cortina-2026", Literal(40).n3(), POD + "medals")


def test_full_view_leaves_out_the_ontology_graph(views):
    # pod:Gold is a node (medals point at it), but its own triples (rank, comment) are not edges.
    assert list(views["full"].out_edges(POD + "Gold")) == []


def test_podium_view_is_the_norwegian_triangle_of_the_50_km(views):
    graph = views["podium"]
    assert isinstance(graph, nx.Graph) and not graph.is_directed()
    assert sorted(graph.nodes) == sorted([IVERSEN, HEIDEN, DALE, KLAEBO, NYENGET, PHELPS])
    assert graph.nodes[NYENGET] == {"label": "Martin Løwstrøm Nyenget", "type": "Athlete", "nation": "NOR"}
    assert graph.nodes[HEIDEN]["nation"] == "USA"
    edge = {"podiums": 1, "teammates": True, "event": EVENT_50KM, "event_label": "Men's 50 km mass start",
            "nation": "NOR"}
    assert sorted(graph.edges(data=True)) == sorted([
        (IVERSEN, KLAEBO, {**edge, "medals": "gold/bronze"}),
        (IVERSEN, NYENGET, {**edge, "medals": "silver/bronze"}),
        (KLAEBO, NYENGET, {**edge, "medals": "gold/silver"}),
    ])


def test_records_view_heiden_to_klaebo_and_norway_breaking_its_own_record(views):
    graph = views["records"]
    assert isinstance(graph, nx.DiGraph) and graph.is_directed()
    eight = ID + "record/most-career-winter-golds-athlete-eight"
    norway = ID + "nation/NOR"
    assert dict(graph.nodes(data=True)) == {
        HEIDEN: {"label": "Eric Heiden", "type": "Athlete"},
        KLAEBO: {"label": "Johannes Høsflot Klæbo", "type": "Athlete"},
        PHELPS: {"label": "Michael Phelps", "type": "Athlete"},
        norway: {"label": "Norway", "type": "Nation"},
        eight: {"label": "holder not named (Most career Winter Olympic gold medals by one athlete, 8)",
                "type": "Record"},
    }
    single = ID + "record/most-golds-athlete-single-winter-games-"
    assert graph.edges[HEIDEN, KLAEBO] == {
        "record": ID + "category/most-golds-athlete-single-winter-games",
        "record_label": "Most gold medals by one athlete at a single Winter Olympics",
        "old_mark": single + "heiden-1980", "new_mark": single + "klaebo-2026", "breaks": 1,
        "lineage": f"{single}heiden-1980 -> {single}klaebo-2026",
        "old_value": 5, "new_value": 6, "stood_years": 46, "set_on": "2026-02-21",
        "old_set_at": "Lake Placid 1980", "new_set_at": "Milano Cortina 2026",
    }
    career = graph.edges[eight, KLAEBO]
    assert (career["old_value"], career["new_value"]) == (8, 11)
    assert "set_on" not in career and "stood_years" not in career  # the source gives neither
    assert (career.get("old_set_at"), career["new_set_at"]) == (None, "Milano Cortina 2026")
    own = ID + "record/most-golds-norway-single-winter-games-"
    assert graph.edges[norway, norway] == {
        "record": ID + "category/most-golds-norway-single-winter-games",
        "record_label": "Norway's most gold medals at a single Winter Olympics",
        "old_mark": own + "2026-friday", "new_mark": own + "18", "breaks": 2,
        "lineage": f"{own}before-2026 -> {own}2026-friday; {own}2026-friday -> {own}18",
        "new_value": 18, "stood_years": 0, "set_on": "2026-02-21",
        "old_set_at": "Milano Cortina 2026", "new_set_at": "Milano Cortina 2026",
    }
    assert graph.number_of_edges() == 3


def test_views_see_team_members_as_podium_athletes(seed_dataset):
    # A team medal in the same event as an individual medal: the team's members share the podium.
    from rdflib import Dataset, Namespace, URIRef

    pod = Namespace(POD)
    dataset = Dataset(default_union=True)
    for triple in seed_dataset.triples((None, None, None)):
        dataset.add(triple)
    team, medal = URIRef(ID + "team/nor-test"), URIRef(ID + "medal/test/silver/nor-test")
    for triple in ((team, RDF.type, pod.Team), (team, pod.member, URIRef(HEIDEN)), (team, pod.member, URIRef(PHELPS)),
                   (medal, RDF.type, pod.Medal), (medal, pod.awardedTo, team), (medal, pod.medalType, pod.Silver),
                   (medal, pod.forNation, URIRef(ID + "nation/USA")),
                   (medal, pod.inEvent, URIRef(ID + "event/milano-cortina-2026-biathlon-men-15-km-mass-start"))):
        dataset.add(triple)
    graph = podium_view(dataset)
    assert graph.edges[DALE, HEIDEN]["medals"] == "gold/silver"
    assert graph.edges[DALE, HEIDEN]["nation"] == "NOR/USA" and graph.edges[DALE, HEIDEN]["teammates"] is False
    assert graph.edges[HEIDEN, PHELPS] == {"podiums": 1, "teammates": True, "medals": "silver/silver",
                                           "nation": "USA", "event_label": "Men's 15 km mass start",
                                           "event": ID + "event/milano-cortina-2026-biathlon-men-15-km-mass-start"}


# --- Exports: deterministic, and read back to the same graph ---------------------------------

def _edges(graph: nx.Graph) -> list:
    if graph.is_multigraph():
        return sorted((u, v, str(k), sorted(d.items())) for u, v, k, d in graph.edges(keys=True, data=True))
    return sorted((u, v, sorted(d.items())) for u, v, d in graph.edges(data=True))


@pytest.mark.parametrize("fmt", NETWORK_FORMATS)
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_export_reads_back_to_the_same_graph(views, view, fmt):
    graph = views[view]
    text = serialize_view(graph, fmt)
    back = read_view(text, fmt)
    assert (back.is_directed(), back.is_multigraph()) == (graph.is_directed(), graph.is_multigraph())
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert _edges(back) == _edges(graph)
    if fmt != "gexf":  # GEXF has no graph attributes
        assert back.graph["view"] == view


@pytest.mark.parametrize("fmt", NETWORK_FORMATS)
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_exports_are_deterministic(seed_dataset, views, view, fmt):
    assert serialize_view(VIEWS[view](seed_dataset), fmt) == serialize_view(views[view], fmt)


def test_gexf_has_no_date_of_today(views):
    assert "lastmodifieddate" not in serialize_view(views["podium"], "gexf")


def test_export_view_writes_a_file_that_networkx_reads(seed_dataset, tmp_path):
    path = tmp_path / "podium.graphml"
    text = export_view(seed_dataset, "podium", "graphml", path)
    assert path.read_text(encoding="utf-8") == text
    graph = nx.read_graphml(path)
    assert graph.nodes[KLAEBO]["label"] == "Johannes Høsflot Klæbo"
    assert graph.edges[KLAEBO, NYENGET]["medals"] == "gold/silver"


def test_export_view_errors(seed_dataset, tmp_path):
    with pytest.raises(PodiumError,
                       match=r"^--view: unknown view 'medals' \(expected one of: full, podium, records\)$"):
        export_view(seed_dataset, "medals", "graphml")
    with pytest.raises(PodiumError, match=r"^--format: unknown network format 'dot'"):
        export_view(seed_dataset, "podium", "dot")
    with pytest.raises(PodiumError, match="output folder does not exist"):
        export_view(seed_dataset, "podium", "graphml", tmp_path / "missing" / "x.graphml")


# --- Network figures -------------------------------------------------------------------------

def test_network_report(seed_dataset):
    assert network_report(seed_dataset, top=3) == "\n".join([
        "podium network: 6 athletes, 3 edges (shared podiums), 4 components",
        "components (largest first):",
        "  1. 3: Emil Iversen, Johannes Høsflot Klæbo, Martin Løwstrøm Nyenget",
        "  2. 1: Eric Heiden",
        "  3. 1: Johannes Dale-Skjevdal",
        "  4. 1: Michael Phelps",
        "degree centrality (top 3):",
        "  0.400  Emil Iversen",
        "  0.400  Johannes Høsflot Klæbo",
        "  0.400  Martin Løwstrøm Nyenget",
        "betweenness centrality (top 3):",
        "  0.000  Emil Iversen",
        "  0.000  Eric Heiden",
        "  0.000  Johannes Dale-Skjevdal",
    ])
