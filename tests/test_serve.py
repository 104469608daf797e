"""``podium serve``: the SPARQL endpoint, tested over real HTTP on a loopback port.

The server is the real command (``python -m graph serve --port 0``) started once for
the module; the tests read the address it prints and stop it at the end.
"""

from __future__ import annotations

import gc
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from graph.cli import main
from graph.export import serialize
from graph.queries import list_queries, run_query
from graph.remote import query_endpoint
from support import example_params, stop_process

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 2.0  # the server's query time limit in these tests
CAP = 200_000  # the server's result-size cap in these tests (bytes)
POD = "https://w3id.org/podium/ontology#"
NYENGET = "https://w3id.org/podium/id/athlete/martin-lowstrom-nyenget"
SILVER = f"SELECT ?athlete WHERE {{ ?medal <{POD}medalType> <{POD}Silver> ; <{POD}awardedTo> ?athlete }}"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~3,000^3 rows


def start_server(*args: str) -> tuple[subprocess.Popen, str]:
    """Start ``podium serve --port 0 ARGS``; wait (bounded) for the URL it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "graph", "serve", "--port", "0", *args],
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and process.poll() is None:
        ready, _, _ = select.select([process.stderr], [], [], 0.5)
        if ready:
            line = process.stderr.readline()
            if line.startswith("serving "):
                break
    else:
        stop_server(process)
        pytest.fail(f"podium serve did not start: {line or process.stderr.read()}")
    # Keep reading what the server logs, so a full pipe never blocks it.
    threading.Thread(target=process.stderr.read, daemon=True).start()
    return process, line.split()[1]


def stop_server(process: subprocess.Popen) -> None:
    """Stop `podium serve` as Ctrl-C would."""
    stop_process(process, timeout=15, how=signal.SIGINT)


@pytest.fixture(scope="module")
def endpoint():
    process, url = start_server("--timeout", str(TIMEOUT), "--max-result-bytes", str(CAP), "--workers", "2")
    yield url
    stop_server(process)


def post(url: str, query: str, accept: str | None = None, **kwargs) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    return httpx.post(url, data={"query": query}, headers=headers, timeout=30, **kwargs)


# --- Every query file gives over HTTP what it gives locally ------------------------------

@pytest.mark.parametrize("query", list_queries(), ids=lambda query: query.name)
def test_every_query_file_over_http_equals_the_local_result(endpoint, seed_dataset, query):
    params = example_params(query)
    local = run_query(seed_dataset, query, params)
    remote = query_endpoint(endpoint, query, params)
    assert remote.variables == local.variables
    assert remote.rows == local.rows
    assert local.rows, f"{query.name} gives no rows on the seed graph: the comparison would prove nothing"


# --- The protocol: where the query is, and the formats by Accept --------------------------

def test_get_form_post_and_direct_post_give_the_same_answer(endpoint):
    by_get = httpx.get(endpoint, params={"query": SILVER}, headers={"Accept": "text/csv"})
    by_form = post(endpoint, SILVER, "text/csv")
    direct = httpx.post(endpoint, content=SILVER, headers={
        "Accept": "text/csv", "Content-Type": "application/sparql-query"})
    assert by_get.text == by_form.text == direct.text == f"athlete\r\n{NYENGET}\r\n"


@pytest.mark.parametrize("accept, media_type, body", [
    ("text/csv", "text/csv; charset=utf-8", f"athlete\r\n{NYENGET}\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", f"?athlete\n<{NYENGET}>\n"),
    ("application/sparql-results+json", "application/sparql-results+json",
     '{"head":{"vars":["athlete"]},"results":{"bindings":[{"athlete":{"type":"uri","value":"%s"}}]}}' % NYENGET),
    (None, "application/sparql-results+json", None),
    ("*/*", "application/sparql-results+json", None),
    ("text/html, application/sparql-results+xml;q=0.9, */*;q=0.1", "application/sparql-results+xml", None),
])
def test_select_results_come_in_the_format_the_accept_header_asks_for(endpoint, accept, media_type, body):
    response = post(endpoint, SILVER, accept)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == media_type
    if body is not None:
        assert response.text == body
    if media_type.endswith("+json"):
        assert response.json()["results"]["bindings"][0]["athlete"]["value"] == NYENGET
    if media_type.endswith("+xml"):
        uri = ET.fromstring(response.content).find(".//{http://www.w3.org/2005/sparql-results#}uri")
        assert uri is not None and uri.text == NYENGET


@pytest.mark.parametrize("accept, rdflib_format", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                                   ("application/n-triples", "nt"), (None, "turtle")])
def test_construct_comes_as_turtle_or_json_ld(endpoint, accept, rdflib_format):
    query = f"CONSTRUCT {{ ?medal <{POD}awardedTo> ?athlete }} WHERE {{ ?medal <{POD}medalType> <{POD}Silver> ; <{POD}awardedTo> ?athlete }}"
    response = post(endpoint, query, accept)
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format=rdflib_format)
    assert [str(o) for o in graph.objects(None, URIRef(f"{POD}awardedTo"))] == [NYENGET]


def test_describe_gives_the_athletes_triples(endpoint):
    response = post(endpoint, f"DESCRIBE <{NYENGET}>", "text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    names = {str(o) for o in graph.objects(URIRef(NYENGET), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))}
    assert names == {"Martin Løwstrøm Nyenget"}


def test_ask_answers_true_and_false(endpoint):
    assert post(endpoint, f"ASK {{ ?m <{POD}awardedTo> <{NYENGET}> }}").json()["boolean"] is True
    assert post(endpoint, f"ASK {{ ?m <{POD}awardedTo> <{NYENGET}-nobody> }}").json()["boolean"] is False


def test_a_format_the_result_cannot_take_is_406(endpoint):
    response = post(endpoint, SILVER, "text/turtle")
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text


def test_default_and_named_graph_parameters_select_the_graphs(endpoint):
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?m <{POD}awardedTo> ?a }}"
    derived = httpx.get(endpoint, params={"query": query, "default-graph-uri": "https://w3id.org/podium/id/graph/derived"},
                        headers={"Accept": "text/csv"})
    union = httpx.get(endpoint, params={"query": query}, headers={"Accept": "text/csv"})
    assert derived.text == "n\r\n0\r\n"  # medals are stated by the source, not derived
    assert union.text == "n\r\n4\r\n"


# --- Refusals: updates, malformed queries, too much, too long -----------------------------

@pytest.mark.parametrize("how", ["sparql-update body", "update form field", "update in the query field"])
def test_an_update_is_refused_with_403_and_changes_nothing(endpoint, how):
    update = f"DELETE WHERE {{ ?m <{POD}awardedTo> ?a }}"
    if how == "sparql-update body":
        response = httpx.post(endpoint, content=update, headers={"Content-Type": "application/sparql-update"})
    elif how == "update form field":
        response = httpx.post(endpoint, data={"update": update})
    else:
        response = post(endpoint, update)
    assert response.status_code == 403
    assert response.text == "SPARQL Update is refused: this endpoint is read-only\n"
    assert post(endpoint, SILVER, "text/csv").text == f"athlete\r\n{NYENGET}\r\n"


def test_a_federated_query_is_refused_so_the_server_never_calls_other_servers(endpoint):
    response = post(endpoint, f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}")
    assert response.status_code == 403
    assert response.text.startswith("federated queries (SERVICE) are refused")
    # A variable or a string that merely says "service" is no federated query.
    assert post(endpoint, 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) }', "text/csv").text == (
        "service\r\nSERVICE\r\n")


def test_a_malformed_query_is_400_with_the_parsers_message(endpoint):
    response = post(endpoint, "SELECT ?x WHERE { ?x ?y }")
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.text.startswith("malformed query: error at 1:")


def test_no_query_is_400(endpoint):
    response = httpx.get(endpoint)
    assert response.status_code == 400
    assert "give the query in 'query'" in response.text


def test_a_result_over_the_size_cap_is_refused_with_422(endpoint):
    response = post(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert response.status_code == 422
    assert response.text.startswith(f"result too large: over {CAP} bytes")


def test_a_runaway_query_is_cut_off_while_other_requests_are_served(endpoint):
    expected = f"athlete\r\n{NYENGET}\r\n"
    with ThreadPoolExecutor(1) as pool:
        runaway = pool.submit(post, endpoint, RUNAWAY)
        time.sleep(0.3)  # let it reach a worker
        answers = [post(endpoint, SILVER, "text/csv") for _ in range(5)]
        still_running = not runaway.done()
        cut = runaway.result()
    assert [answer.text for answer in answers] == [expected] * 5
    assert still_running, "the quick queries should be answered while the runaway one runs"
    assert cut.status_code == 503
    assert cut.text == f"query cancelled: it ran longer than {TIMEOUT:g} s (the server's timeout)\n"
    # The killed worker is replaced: the server goes on answering, on both workers.
    with ThreadPoolExecutor(4) as pool:
        after = list(pool.map(lambda _: post(endpoint, SILVER, "text/csv").text, range(8)))
    assert after == [expected] * 8


# --- The page, and everything else --------------------------------------------------------

def test_the_query_page_is_self_contained_html(endpoint):
    response = httpx.get(endpoint.removesuffix("sparql"))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<textarea" in response.text and 'fetch("sparql"' in response.text
    assert not re.search(r'(src|href)="(https?:)?//', response.text)


def test_an_unknown_path_is_404_and_a_wrong_method_405(endpoint):
    assert httpx.get(endpoint.removesuffix("sparql") + "nothing").status_code == 404
    wrong = httpx.put(endpoint, content=b"x")
    assert wrong.status_code == 405
    assert set(wrong.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


def test_a_taken_port_is_one_line_and_exit_2(endpoint, capsys):
    port = endpoint.split(":")[2].split("/")[0]
    assert main(["serve", "--port", port]) == 2
    err = capsys.readouterr().err
    assert err == f"podium: error: --port: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_a_missing_store_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["serve", "--store", str(tmp_path / "nothing")]) == 2
    assert capsys.readouterr().err == f"podium: error: {tmp_path / 'nothing'}: --store: no such Oxigraph store directory\n"


def test_serve_store_serves_an_oxigraph_store_directory(tmp_path, seed_dataset):
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_load(serialize(seed_dataset, "nq", with_ontology=True).encode(), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    gc.collect()
    process, url = start_server("--store", str(tmp_path / "store"))
    try:
        query = next(query for query in list_queries() if query.name == "medal-tally")
        params = example_params(query)
        assert query_endpoint(url, query, params).rows == run_query(seed_dataset, query, params).rows
    finally:
        stop_server(process)


# --- The page in a real browser (Debian's Chromium through Playwright, offline) ----------

CHROMIUM = os.environ.get("PODIUM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser_page():
    if os.environ.get("PODIUM_SKIP_BROWSER") == "1":
        pytest.skip("PODIUM_SKIP_BROWSER=1: browser tests skipped on request")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium, or PODIUM_SKIP_BROWSER=1",
                    pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=30_000)
        yield chromium.new_page()
        chromium.close()


def test_the_query_page_runs_a_query_and_shows_a_table(endpoint, browser_page):
    page = browser_page
    page.goto(endpoint.removesuffix("sparql"))
    page.click("button[type=submit]")
    page.wait_for_selector("table", timeout=15_000)
    rows = page.eval_on_selector_all("table tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent))")
    assert rows[0] == ["athlete", "name", "type"]
    assert [f"<{NYENGET}>", "Martin Løwstrøm Nyenget", f"<{POD}Silver>"] in rows[1:]
    assert page.text_content("#status").startswith("4 rows")

    page.fill("#query", "SELECT ?x WHERE { ?x ?y }")
    page.click("button[type=submit]")
    page.wait_for_selector(".error", timeout=15_000)
    assert page.text_content("#status").startswith("400")
    assert page.text_content(".error").startswith("malformed query: error at 1:")
