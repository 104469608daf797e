"""Push to and query a real Oxigraph server (the ``oxigraph`` CLI from PyPI).

The fixture starts ``oxigraph serve`` on a free loopback port with an empty store in
a temporary folder and stops it at the end. ``--union-default-graph`` makes the
default graph the union of the named graphs, as Podium's queries expect.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from rdflib import XSD, Graph, Literal
from rdflib.compare import isomorphic

from graph.cli import main
from graph.queries import list_queries, run_query
from graph.remote import push, query_endpoint
from support import example_params, free_port, stop_process, wait_for_sparql

SOURCE = "https://w3id.org/podium/id/source/klaebo-50km-record-2026-02-21"
INTEGER_SUBTYPES = {XSD[name] for name in (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int",
    "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


def oxigraph_binary() -> str:
    beside_python = Path(sys.executable).parent / "oxigraph"
    found = str(beside_python) if beside_python.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server is not installed: pip install -e '.[test]' installs it")
    return found


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A running Oxigraph server: yields its base URL (``/query``, ``/update``, ``/store``)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
         "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    wait_for_sparql(f"{base}/query", process, 30, "oxigraph serve")
    yield base
    stop_process(process, timeout=10)


@pytest.fixture(scope="module")
def loaded(oxigraph, seed_dataset):
    """The Oxigraph server holding the seed graph (every push test leaves it so, too)."""
    push(seed_dataset, graph_store=f"{oxigraph}/store")
    return oxigraph


def stored_graph(base: str, iri: str) -> Graph:
    """One named graph as the store holds it (Graph Store Protocol GET)."""
    response = httpx.get(f"{base}/store", params={"graph": iri}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    return Graph().parse(data=response.text, format="nt")


def stored_graph_names(base: str) -> list[str]:
    response = httpx.post(f"{base}/query", data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"},
                          headers={"Accept": "text/csv"})
    return response.text.split("\r\n")[1:-1]


def as_oxigraph_stores_it(graph: Graph) -> Graph:
    """The graph with Oxigraph's one change: integer subtypes are stored as xsd:integer.

    Oxigraph keeps the value and its lexical form but not the derived datatype
    (``"1449"^^xsd:nonNegativeInteger``, an ``oa:end`` offset, reads back as
    ``"1449"^^xsd:integer``); the README lists this under dialect differences.
    """
    copy = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype in INTEGER_SUBTYPES:
            o = Literal(str(o), datatype=XSD.integer)
        copy.add((s, p, o))
    return copy


def assert_store_holds_the_seed_graph(base: str, dataset) -> None:
    local = {str(graph.identifier): graph for graph in dataset.graphs() if len(graph)}
    assert stored_graph_names(base) == sorted(local)
    assert SOURCE in local
    for iri, graph in local.items():
        assert isomorphic(stored_graph(base, iri), as_oxigraph_stores_it(graph)), iri


# --- Push ----------------------------------------------------------------------------------

def test_push_by_graph_store_protocol_twice_gives_the_same_store(oxigraph, seed_dataset, capsys):
    assert main(["push", "--graph-store", f"{oxigraph}/store"]) == 0
    out, err = capsys.readouterr()
    assert f"replaced <{SOURCE}>: {len(seed_dataset.graph(SOURCE))} triples\n" in out
    assert err.startswith("pushed 3 graphs, ")
    assert_store_holds_the_seed_graph(oxigraph, seed_dataset)
    assert main(["push", "--graph-store", f"{oxigraph}/store"]) == 0
    assert_store_holds_the_seed_graph(oxigraph, seed_dataset)


def test_push_by_sparql_update_replaces_each_graph(oxigraph, seed_dataset, capsys):
    httpx.post(f"{oxigraph}/update", data={"update": f"INSERT DATA {{ GRAPH <{SOURCE}> {{ <urn:x> <urn:y> <urn:z> }} }}"})
    assert main(["push", "--endpoint", f"{oxigraph}/update"]) == 0
    assert capsys.readouterr().err.endswith("(SPARQL Update)\n")
    assert_store_holds_the_seed_graph(oxigraph, seed_dataset)  # the stray triple is gone


# --- Query ---------------------------------------------------------------------------------

@pytest.mark.parametrize("query", list_queries(), ids=lambda query: query.name)
def test_every_query_file_on_oxigraph_equals_the_local_result(loaded, seed_dataset, query):
    params = example_params(query)
    local = run_query(seed_dataset, query, params)
    remote = query_endpoint(f"{loaded}/query", query, params)
    assert (remote.variables, remote.rows) == (local.variables, local.rows)
    assert local.rows


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_podium_query_endpoint_prints_the_same_formats_as_locally(loaded, capsys, fmt):
    args = ["query", "medal-tally", "-p", "nation=NOR", "-p", "games=games/milano-cortina-2026", "-f", fmt]
    assert main(args) == 0
    local = capsys.readouterr().out
    assert main(args + ["--endpoint", f"{loaded}/query"]) == 0
    remote = capsys.readouterr().out
    assert remote == local
    assert "Norway" in remote and "18" in remote and "40" in remote


# --- Failures: one line, exit 2 -----------------------------------------------------------

def test_a_server_that_is_down_is_one_line_and_exit_2(capsys):
    url = f"http://127.0.0.1:{free_port()}/query"
    assert main(["query", "gold-leaders", "--endpoint", url]) == 2
    assert capsys.readouterr().err == (
        f"podium: error: --endpoint: cannot connect to {url}: connection refused (is the server running?)\n")


def test_a_wrong_url_is_one_line_and_exit_2(oxigraph, capsys):
    assert main(["push", "--graph-store", f"{oxigraph}/no-such-path"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"podium: error: --graph-store: {oxigraph}/no-such-path answered 404 Not Found")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_query_endpoint_that_is_not_sparql_is_one_line_and_exit_2(oxigraph, capsys):
    assert main(["query", "gold-leaders", "--endpoint", f"{oxigraph}/update"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"podium: error: --endpoint: {oxigraph}/update answered 4")
    assert err.count("\n") == 1
