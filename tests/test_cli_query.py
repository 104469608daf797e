"""`podium query`, `podium network` and `podium export` in network formats: exact output."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from graph.cli import main
from graph.queries import list_queries

TALLY = ["query", "medal-tally", "--param", "nation=NOR", "--param", "games=games/milano-cortina-2026"]
KLAEBO = "https://w3id.org/podium/id/athlete/johannes-hosflot-klaebo"
NYENGET = "https://w3id.org/podium/id/athlete/martin-lowstrom-nyenget"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- podium query ----------------------------------------------------------------------------

def test_query_list_shows_every_query_with_its_question_and_params(capsys):
    code, out, err = run(capsys, "query", "--list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == [
        "athlete-medals    Which medals has an athlete won, in which events, and when?",
        "                    --param athlete=...  the athlete's name or alias, e.g. Klæbo (name, required)",
    ]
    assert "medal-tally       How many gold medals, and how many medals in all, did a nation win at one Games?" in lines
    named = [line.split()[0] for line in lines if not line.startswith(" ")]
    assert named == [query.name for query in list_queries()]


def test_query_table_is_the_default(capsys):
    code, out, err = run(capsys, *TALLY)
    assert (code, err) == (0, "")
    assert out == (
        "nation_name | games_name          | golds | medals | as_of      | basis\n"
        "------------+---------------------+-------+--------+------------+-------\n"
        "Norway      | Milano Cortina 2026 | 18    | 40     | 2026-02-21 | stated\n"
    )


def test_query_record_breaks_table(capsys):
    code, out, _ = run(capsys, "query", "record-breaks")
    assert code == 0
    assert out.splitlines()[4] == (
        "Most gold medals by one athlete at a single Winter Olympics | Johannes Høsflot Klæbo | 6         "
        "| 2026-02-21 | Eric Heiden | 5         | Lake Placid 1980    | 46          | nearly 50-year"
    )


def test_query_csv(capsys):
    code, out, _ = run(capsys, *TALLY, "--format", "csv")
    assert code == 0
    assert out == ("nation_name,games_name,golds,medals,as_of,basis\r\n"
                   "Norway,Milano Cortina 2026,18,40,2026-02-21,stated\r\n")


def test_query_tsv(capsys):
    code, out, _ = run(capsys, *TALLY, "-f", "tsv")
    assert code == 0
    assert out.splitlines()[1].split("\t")[:3] == [
        '"Norway"', '"Milano Cortina 2026"', '"18"^^<http://www.w3.org/2001/XMLSchema#integer>']


def test_query_json(capsys):
    code, out, _ = run(capsys, "query", "athlete-medals", "-p", "athlete=Klaebo", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["head"]["vars"] == ["name", "medal", "event", "games", "nation", "awarded_on"]
    (binding,) = data["results"]["bindings"]
    assert binding["name"] == {"type": "literal", "value": "Johannes Høsflot Klæbo"}
    assert binding["medal"] == {"type": "literal", "value": "gold", "xml:lang": "en"}


def test_query_xml(capsys):
    code, out, _ = run(capsys, "query", "record-lineage", "-p",
                       "record=category/most-golds-athlete-single-winter-games", "-f", "xml")
    assert code == 0
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    results = ET.fromstring(out).findall("s:results/s:result", ns)
    assert [result.find("s:binding[@name='holder']/s:literal", ns).text for result in results] == [
        "Eric Heiden", "Johannes Høsflot Klæbo"]
    assert results[0].find("s:binding[@name='mark']/s:uri", ns).text == (
        "https://w3id.org/podium/id/record/most-golds-athlete-single-winter-games-heiden-1980")


def test_query_by_path(capsys, tmp_path):
    path = tmp_path / "count.rq"
    path.write_text("# title: Count\n# question: How many athletes?\n\n"
                    "PREFIX pod: <https://w3id.org/podium/ontology#>\n"
                    "SELECT (COUNT(?a) AS ?athletes) WHERE { ?a a pod:Athlete }\n", encoding="utf-8")
    code, out, _ = run(capsys, "query", str(path), "-f", "csv")
    assert (code, out) == (0, "athletes\r\n6\r\n")


# --- Errors: one line, file and line, exit 2 -------------------------------------------------

def test_unknown_query_name(capsys):
    code, out, err = run(capsys, "query", "medals")
    assert (code, out) == (2, "")
    assert err.startswith("podium: error: queries: unknown query 'medals' (known: athlete-medals, ")
    assert err.count("\n") == 1


def test_missing_parameter(capsys):
    code, out, err = run(capsys, "query", "medal-tally", "--param", "nation=NOR")
    assert (code, out) == (2, "")
    assert err == ("podium: error: queries/medal-tally.rq:6: missing parameter 'games' "
                   "(the Games, e.g. games/milano-cortina-2026); give --param games=VALUE\n")


def test_syntax_error_in_a_query_file(capsys, tmp_path):
    path = tmp_path / "broken.rq"
    path.write_text("# title: Broken\n# question: Broken?\n\nSELECT ?x WHERE {\n  ?x ?p\n}\n", encoding="utf-8")
    code, out, err = run(capsys, "query", str(path))
    assert (code, out) == (2, "")
    assert err == f"podium: error: {path}:5: SPARQL syntax error at column 3 near '?x ?p': Expected SelectQuery\n"
    assert err.count("\n") == 1


def test_bad_param_argument_and_no_query(capsys):
    code, _, err = run(capsys, "query", "medal-tally", "--param", "NOR")
    assert (code, err) == (2, "podium: error: --param: expected NAME=VALUE, got 'NOR'\n")
    code, _, err = run(capsys, "query")
    assert (code, err) == (2, "podium: error: QUERY: give a query name or file (podium query --list shows them)\n")


# --- podium network and podium export --format graphml|gexf|node-link ------------------------

def test_network(capsys):
    code, out, err = run(capsys, "network", "--top", "1")
    assert (code, err) == (0, "")
    assert out == (
        "podium network: 6 athletes, 3 edges (shared podiums), 4 components\n"
        "components (largest first):\n"
        "  1. 3: Emil Iversen, Johannes Høsflot Klæbo, Martin Løwstrøm Nyenget\n"
        "  2. 1: Eric Heiden\n"
        "  3. 1: Johannes Dale-Skjevdal\n"
        "  4. 1: Michael Phelps\n"
        "degree centrality (top 1):\n"
        "  0.400  Emil Iversen\n"
        "betweenness centrality (top 1):\n"
        "  0.000  Emil Iversen\n"
    )


@pytest.mark.parametrize(("fmt", "read"), [
    ("graphml", nx.read_graphml), ("gexf", nx.read_gexf),
    ("node-link", lambda path: nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")),
])
def test_export_podium_view_to_a_file(capsys, tmp_path, fmt, read):
    path = tmp_path / f"podium.{fmt}"
    code, out, err = run(capsys, "export", "--format", fmt, "--view", "podium", "-o", str(path))
    assert (code, out, err) == (0, "", f"wrote {path} (podium view, {fmt})\n")
    graph = read(path)
    assert graph.nodes[KLAEBO]["label"] == "Johannes Høsflot Klæbo"
    assert graph.edges[KLAEBO, NYENGET]["medals"] == "gold/silver"


def test_export_network_format_to_stdout_is_byte_identical_twice(capsys):
    first = run(capsys, "export", "-f", "graphml", "--view", "records")
    second = run(capsys, "export", "-f", "graphml", "--view", "records")
    assert first == second and first[0] == 0
    graph = nx.parse_graphml(first[1])
    assert graph.edges["https://w3id.org/podium/id/athlete/eric-heiden", KLAEBO]["stood_years"] == 46


def test_export_full_view_is_the_default_view(capsys):
    code, out, _ = run(capsys, "export", "-f", "node-link")
    assert code == 0
    data = json.loads(out)
    assert (data["graph"]["view"], data["multigraph"], len(data["edges"])) == ("full", True, 2540)


def test_export_rdf_formats_are_unchanged_and_reject_a_view(capsys):
    code, out, _ = run(capsys, "export", "-f", "nt")
    assert code == 0 and out.startswith("<https://w3id.org/podium/id/")
    code, out, err = run(capsys, "export", "-f", "ttl", "--view", "podium")
    assert (code, out) == (2, "")
    assert err == ("podium: error: --view: a view is written in a network format "
                   "(one of: graphml, gexf, node-link), not 'ttl'\n")


def test_every_new_command_has_help(capsys):
    for command in ("query", "network", "export"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and out.startswith(f"Usage: podium {command} [OPTIONS]")
