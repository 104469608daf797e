"""`podium query|export|viz|build --store DIR`: the commands on an imported store (the slice)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Store, parse
from rdflib import Dataset, Graph

import graph.viz
from graph.cli import main
from graph.importer import athlete_iri, import_data
from graph.netexport import read_view
from graph.store import open_store
from support import SLICE, import_slice

ID = "https://w3id.org/podium/id/"
ONTOLOGY = "https://w3id.org/podium/ontology"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return import_slice(tmp_path_factory, "store-cli")


def _quads(store_dir: Path) -> set[str]:
    store = open_store(store_dir, read_only=True)
    return {str(quad) for quad in store if not str(quad.subject).startswith("_:")
            and not str(quad.object).startswith("_:")}


# --- query ------------------------------------------------------------------------------------

def test_query_on_the_store_as_a_table(store_dir, capsys):
    code, out, err = run(capsys, "query", "medal-tally", "--store", store_dir,
                         "--param", "nation=USA", "--param", "games=games/lake-placid-1980")
    assert (code, err) == (0, "")
    assert out == ("nation_name   | games_name       | golds | medals | as_of | basis\n"
                   "--------------+------------------+-------+--------+-------+-------\n"
                   "United States | Lake Placid 1980 | 6     | 12     |       | stated\n")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_query_on_the_store_in_every_w3c_format(store_dir, capsys, fmt):
    code, out, _ = run(capsys, "query", "podium-sweeps", "--store", store_dir, "--format", fmt)
    assert code == 0
    assert "Martin Nyenget" in out and "Martin Løwstrøm Nyenget" in out  # the data's sweep and the seed's
    if fmt == "json":
        assert len(json.loads(out)["results"]["bindings"]) == 2


def test_query_on_a_folder_without_a_store_is_one_line_exit_2(tmp_path, capsys):
    code, out, err = run(capsys, "query", "podium-sweeps", "--store", tmp_path / "none")
    assert (code, out) == (2, "")
    assert err == f"podium: error: {tmp_path / 'none'}: no store here: run `podium import PATH --store DIR` first\n"


# --- export -----------------------------------------------------------------------------------

def test_export_nquads_is_sorted_every_quad_once_without_the_ontology(store_dir, capsys):
    code, out, _ = run(capsys, "export", "--store", store_dir, "--format", "nq")
    assert code == 0
    lines = out.splitlines()
    assert lines == sorted(set(lines))
    store = Store()
    store.load(out.encode(), format=RdfFormat.N_QUADS)
    assert {str(q) for q in store} == {q for q in _quads(store_dir) if not q.endswith(f"<{ONTOLOGY}>")}
    assert run(capsys, "export", "--store", store_dir, "--format", "nq")[1] == out  # deterministic


def test_export_ntriples_is_the_union_each_triple_once(store_dir, capsys):
    out = run(capsys, "export", "--store", store_dir, "--format", "nt", "--with-ontology")[1]
    lines = out.splitlines()
    assert lines == sorted(set(lines))
    # NOR's code is stated by the seed article and by the medal table: one line.
    assert lines.count(f'<{ID}nation/NOR> <https://w3id.org/podium/ontology#nocCode> "NOR" .') == 1


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("trig", "trig")])
def test_export_turtle_and_trig_hold_the_same_triples_as_ntriples(store_dir, capsys, fmt, rdflib_format):
    text = run(capsys, "export", "--store", store_dir, "--format", fmt)[1]
    assert run(capsys, "export", "--store", store_dir, "--format", fmt)[1] == text  # deterministic
    nt = run(capsys, "export", "--store", store_dir, "--format", "nt")[1]
    parsed = Dataset() if fmt == "trig" else Graph()
    parsed.parse(data=text, format=rdflib_format)
    union = {(s, p, o) for s, p, o, _ in parsed.quads()} if fmt == "trig" else set(parsed)
    assert union == set(Graph().parse(data=nt, format="nt"))
    assert text.startswith("@prefix ")


def test_export_store_to_a_file(store_dir, tmp_path, capsys):
    target = tmp_path / "store.nq"
    code, out, err = run(capsys, "export", "--store", store_dir, "--format", "nq", "-o", target)
    assert (code, out, err) == (0, "", f"wrote {target} (nq)\n")
    assert len(list(parse(path=str(target), format=RdfFormat.N_QUADS))) > 6000


def test_export_store_refuses_jsonld_and_games_without_a_network_format(store_dir, tmp_path, capsys):
    target = tmp_path / "x.jsonld"
    code, out, err = run(capsys, "export", "--store", store_dir, "--format", "jsonld", "-o", target)
    assert (code, out) == (2, "")
    assert err == ("podium: error: --format: a store is written as nq, nt, trig, ttl, not jsonld "
                   "(JSON-LD of millions of triples has no canonical order)\n")
    assert not target.exists()
    code, _, err = run(capsys, "export", "--store", store_dir, "--format", "ttl", "--games", "games/lake-placid-1980")
    assert (code, err) == (2, "podium: error: --games: --games narrows a network view of a store: "
                              "give --format graphml|gexf|node-link\n")
    code, _, err = run(capsys, "export", "--store", store_dir, "--format", "ttl", "--view", "podium")
    assert (code, err) == (2, "podium: error: --view: a view is written in a network format "
                              "(one of: graphml, gexf, node-link), not 'ttl'\n")


# --- network views of a store: export in network formats, podium network ---------------------

def test_export_store_podium_view_of_one_games_as_graphml(store_dir, tmp_path, capsys):
    target = tmp_path / "lake-placid.graphml"
    code, out, err = run(capsys, "export", "--store", store_dir, "--format", "graphml", "--view", "podium",
                         "--games", "games/lake-placid-1980", "-o", target)
    assert (code, out, err) == (0, "", f"wrote {target} (podium view of {store_dir}, graphml)\n")
    view = read_view(target.read_text(encoding="utf-8"), "graphml")
    assert (view.number_of_nodes(), view.number_of_edges()) == (10, 16)
    heiden = athlete_iri("47192")
    assert view.nodes[heiden]["label"] == "Eric Arthur Heiden"
    assert view.degree(heiden) == 9  # five golds of 1980: a podium shared with every other medallist
    shared = {view.nodes[v]["label"]: view.edges[heiden, v] for v in view.neighbors(heiden)}
    assert (shared["Kay Arne Stenshjemmet"]["podiums"], shared["Kay Arne Stenshjemmet"]["medals"],
            shared["Kay Arne Stenshjemmet"]["event_label"]) == (
        2, "gold/silver; gold/silver",
        "Speed Skating Men's 1,500 metres, 1980 Winter; Speed Skating Men's 5,000 metres, 1980 Winter")


def test_export_store_records_view_has_the_whole_lineage(store_dir, capsys):
    code, out, _ = run(capsys, "export", "--store", store_dir, "--format", "node-link", "--view", "records")
    assert code == 0
    data = json.loads(out)
    breaks = {(e["source"].rsplit("/", 1)[-1], e["target"].rsplit("/", 1)[-1], e["new_value"]) for e in data["edges"]
              if e["record_label"] == "Most gold medals by one athlete at a single Winter Olympics"}
    assert breaks == {("eric-heiden", "johannes-hosflot-klaebo", 6)}


def test_network_of_one_games_on_the_store(store_dir, capsys):
    code, out, err = run(capsys, "network", "--store", store_dir, "--games", "games/lake-placid-1980", "--top", "1")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "podium network: 10 athletes, 16 edges (shared podiums), 1 components"
    assert out.splitlines()[-4:] == [
        "degree centrality (top 1):", "  1.000  Eric Arthur Heiden",
        "betweenness centrality (top 1):", "  0.778  Eric Arthur Heiden",
    ]


def test_network_of_the_whole_store_and_bad_options(store_dir, capsys):
    code, out, _ = run(capsys, "network", "--store", store_dir, "--top", "1")
    assert code == 0
    assert out.splitlines()[:2] == ["podium network: 29 athletes, 40 edges (shared podiums), 9 components",
                                    "components (largest first):"]
    assert "  3. 3: Emil Iversen, Johannes Høsflot Klæbo, Martin Løwstrøm Nyenget" in out.splitlines()
    code, out, err = run(capsys, "network", "--games", "games/lake-placid-1980")
    assert (code, out, err) == (2, "", "podium: error: --games: --games narrows the network of a store: "
                                       "give --store DIR too\n")
    code, out, err = run(capsys, "network", "--store", store_dir, "--games", "games/nowhere-1999")
    assert (code, out, err) == (2, "", "podium: error: --games: no medals of "
                                       "https://w3id.org/podium/id/games/nowhere-1999 in the store\n")


# --- build --store -----------------------------------------------------------------------------

def test_build_store_loads_the_seed_graphs_and_replaces_them(tmp_path, capsys):
    folder = tmp_path / "store"
    import_data([SLICE], folder, seeds=None, derive=False)
    assert run(capsys, "query", "podium-sweeps", "--store", folder)[1].count("Løwstrøm") == 0
    code, out, err = run(capsys, "build", "--store", folder, "--no-validate")
    assert (code, err) == (0, "")
    assert re.fullmatch(rf"loaded 3 graphs, \d+ triples into {re.escape(str(folder))}\n", out)
    once = _quads(folder)
    assert f"<{ID}graph/derived>" in {q.rsplit(" ", 1)[-1] for q in once}
    # The seed's sweep, now in the store next to the data's.
    assert run(capsys, "query", "podium-sweeps", "--store", folder)[1].count("Martin Løwstrøm Nyenget") == 1
    assert run(capsys, "build", "--store", folder, "--no-validate")[0] == 0
    assert _quads(folder) == once  # replaced, not added twice


def test_build_store_with_bad_seeds_leaves_the_store_unchanged(tmp_path, seeds_copy, capsys):
    folder = tmp_path / "store"
    shutil.copytree(SLICE.parent / "olympics-slice", tmp_path / "data")
    import_data([tmp_path / "data"], folder, seeds="seeds", derive=False)
    before = _quads(folder)
    facts = next(seeds_copy.glob("*.facts.yaml"))
    facts.write_text(facts.read_text(encoding="utf-8") + "\n  - : [\n", encoding="utf-8")
    code, out, err = run(capsys, "build", "--store", folder, "--seeds", seeds_copy)
    assert (code, out) == (2, "")
    assert err.startswith("podium: error: ") and len(err.splitlines()) == 1
    assert _quads(folder) == before


# --- viz --store ----------------------------------------------------------------------------

def _page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="podium-data">(.*?)</script>', text, re.S)
                      .group(1))


def test_viz_store_records_view(store_dir, tmp_path, capsys):
    target = tmp_path / "records.html"
    code, out, _ = run(capsys, "viz", "--store", store_dir, "--view", "records", "-o", target)
    assert (code, out) == (0, f"wrote {target} (records view of {store_dir})\n")
    labels = {node["label"] for node in _page_data(target)["nodes"]}
    assert {"Eric Heiden", "Eric Arthur Heiden", "Johannes Høsflot Klæbo"} <= labels


def test_viz_store_podium_view_of_one_games(store_dir, tmp_path, capsys):
    target = tmp_path / "podium.html"
    code, out, _ = run(capsys, "viz", "--store", store_dir, "--view", "podium", "--games",
                       "games/lake-placid-1980", "-o", target)
    assert code == 0 and out.endswith("(podium view of " + f"{store_dir}, games/lake-placid-1980)\n")
    data = _page_data(target)
    heiden = f"{ID}athlete/olympics-47192"
    assert {n["id"]: n["label"] for n in data["nodes"]}[heiden] == "Eric Arthur Heiden"
    assert not any("Klæbo" in n["label"] for n in data["nodes"])  # only 1980 medallists


def test_viz_store_full_view_of_a_small_store_and_its_bound(store_dir, tmp_path, capsys, monkeypatch):
    target = tmp_path / "full.html"
    assert run(capsys, "viz", "--store", store_dir, "-o", target)[0] == 0
    assert target.stat().st_size > 100_000
    monkeypatch.setattr(graph.viz, "STORE_FULL_VIEW_MAX_QUADS", 1000)
    code, out, err = run(capsys, "viz", "--store", store_dir, "-o", tmp_path / "big.html")
    assert (code, out) == (2, "")
    assert re.fullmatch(r"podium: error: --view: the full view draws every triple and this store has [\d,]+ quads "
                        r"\(at most 1,000 are drawn\): use --view records, or --view podium --games "
                        r"games/<city>-<year>\n", err)
    assert not (tmp_path / "big.html").exists()


def test_viz_store_podium_view_bound_and_bad_options(store_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(graph.viz, "STORE_PODIUM_VIEW_MAX_MEDALS", 10)
    code, _, err = run(capsys, "viz", "--store", store_dir, "--view", "podium", "-o", tmp_path / "p.html")
    assert code == 2 and re.search(r"the podium view of the whole store has \d+ medals \(at most 10 are drawn\): "
                                   r"give --games games/<city>-<year>$", err.strip())
    code, _, err = run(capsys, "viz", "--store", store_dir, "--view", "podium", "--games", "games/nowhere-1900",
                       "-o", tmp_path / "p.html")
    assert (code, err) == (2, f"podium: error: --games: no medals of {ID}games/nowhere-1900 in the store\n")
    code, _, err = run(capsys, "viz", "--view", "podium", "--games", "games/lake-placid-1980")
    assert (code, err) == (2, "podium: error: --games: --games narrows the podium view of a store: "
                              "give --store DIR too\n")
    code, _, err = run(capsys, "viz", "--store", store_dir, "--static", tmp_path / "x.svg")
    assert code == 2 and "--static" in err
