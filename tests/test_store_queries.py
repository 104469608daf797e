"""Query files on an Oxigraph store: the same rows as on rdflib, each fact counted once.

The store is imported from the checked-in slice of the real results data
(tests/data/olympics-slice) with the seed graph; the rdflib dataset is parsed from
that store's own dump, so both engines see exactly the same quads. Oxigraph's union
of named graphs repeats a triple once per graph that states it (the seed and the
medal table both name Norway), rdflib's does not: the query files select DISTINCT
rows so the two agree.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat
from rdflib import Dataset

from graph.errors import PodiumError
from graph.queries import FORMATS, answer, format_result, list_queries, run_query
from graph.store import open_store
from support import import_slice

ID = "https://w3id.org/podium/id/"
KLAEBO, NYENGET, IVERSEN = "Johannes Høsflot Klæbo", "Martin Løwstrøm Nyenget", "Emil Iversen"
MILANO = "Milano Cortina 2026"

# Every query file with the parameters of tests/test_queries.py, and more values for the data.
CASES = [
    ("athlete-medals", {"athlete": "Klæbo"}),
    ("athlete-medals", {"athlete": "Eric Arthur Heiden"}),
    ("evidence", {"entity": "athlete/martin-lowstrom-nyenget"}),
    ("gold-leaders", None),
    ("medal-tally", {"nation": "NOR", "games": "games/milano-cortina-2026"}),
    ("medal-tally", {"nation": "USA", "games": "games/lake-placid-1980"}),
    ("podium-sweeps", None),
    ("podium-teammates", None),
    ("record-breaks", None),
    ("record-lineage", {"record": "record/most-golds-athlete-single-winter-games-klaebo-2026"}),
    ("record-lineage", {"record": "category/most-golds-athlete-single-winter-games"}),
    ("records-standing", None),
]


@pytest.fixture(scope="module")
def slice_store_dir(tmp_path_factory) -> Path:
    return import_slice(tmp_path_factory, "store-queries")


@pytest.fixture(scope="module")
def slice_store(slice_store_dir):
    return open_store(slice_store_dir)


@pytest.fixture(scope="module")
def slice_dataset(slice_store) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(data=slice_store.dump(format=RdfFormat.N_QUADS), format="nquads")
    return dataset


def test_every_query_file_is_covered():
    assert {name for name, _ in CASES} == {query.name for query in list_queries()}


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_store_gives_the_same_rows_in_the_same_order_as_rdflib(slice_store, slice_dataset, name, params):
    on_store = run_query(slice_store, name, params)
    on_rdflib = run_query(slice_dataset, name, params)
    assert on_store.variables == on_rdflib.variables
    assert on_store.rows == on_rdflib.rows
    assert on_store.terms == on_rdflib.terms  # same datatypes too (no xsd:string on plain literals)
    assert len(set(on_store.rows)) == len(on_store.rows)


def test_podium_teammates_on_the_store_count_each_pair_once(slice_store):
    rows = run_query(slice_store, "podium-teammates").rows
    # The seed's 50 km (its own event node) and the data's 50 km classical: three pairs each, once.
    assert [row[3:] for row in rows if row[0] == "Men's 50 km mass start"] == [
        (KLAEBO, "gold", NYENGET, "silver"), (KLAEBO, "gold", IVERSEN, "bronze"), (NYENGET, "silver", IVERSEN, "bronze")]
    assert [row[3:] for row in rows if row[0].startswith("Cross Country Skiing 50 kilometres")] == [
        (KLAEBO, "gold", "Martin Nyenget", "silver"), (KLAEBO, "gold", IVERSEN, "bronze"),
        ("Martin Nyenget", "silver", IVERSEN, "bronze")]


def test_medal_tally_from_the_medal_table_is_stated_by_its_row(slice_store):
    # tests/data/olympics-slice/medal_table.csv line 16: 41,1980 Winter,1980,Winter,USA,United States,6,4,2,12,
    assert run_query(slice_store, "medal-tally", {"nation": "USA", "games": "games/lake-placid-1980"}).rows == [
        ("United States", "Lake Placid 1980", "6", "12", None, "stated")]
    # The article's 40 (as of 2026-02-21) and the medal table's 41 (the whole Games), each once.
    assert run_query(slice_store, "medal-tally", {"nation": "NOR", "games": "games/milano-cortina-2026"}).rows == [
        ("Norway", MILANO, "18", "40", "2026-02-21", "stated"), ("Norway", MILANO, "18", "41", None, "stated")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_output_format_is_the_same_on_the_store(slice_store, slice_dataset, fmt):
    params = {"nation": "NOR", "games": "games/milano-cortina-2026"}
    assert format_result(run_query(slice_store, "medal-tally", params), fmt) == \
        format_result(run_query(slice_dataset, "medal-tally", params), fmt)


def test_answer_runs_on_a_store_folder(slice_store_dir):
    text = answer("athlete-medals", {"athlete": "Eric Arthur Heiden"}, "csv", store=slice_store_dir)
    assert text.splitlines()[:2] == [
        "name,medal,event,games,nation,awarded_on",
        "Eric Arthur Heiden,gold,\"Speed Skating Men's 1,000 metres, 1980 Winter\",Lake Placid 1980,USA,"]
    assert len(text.splitlines()) == 6


def test_parameters_are_bound_as_terms_on_the_store(slice_store):
    assert run_query(slice_store, "athlete-medals", {"athlete": 'x" } UNION { ?s ?p ?o } #'}).rows == []
    assert run_query(slice_store, "medal-tally", {"nation": 'NOR" || true || "',
                                                  "games": "games/milano-cortina-2026"}).rows == []


def test_projected_parameters_use_oxigraph_substitutions(slice_store, tmp_path):
    path = tmp_path / "golds.rq"
    path.write_text(
        "# title: Golds\n# question: Golds of a tally?\n# param: tally | iri | | a tally\n\n"
        "PREFIX pod: <https://w3id.org/podium/ontology#>\n"
        "SELECT ?tally ?golds WHERE { ?tally pod:golds ?golds }\n", encoding="utf-8")
    assert run_query(slice_store, path, {"tally": "tally/lake-placid-1980-usa"}).rows == [
        (ID + "tally/lake-placid-1980-usa", "6")]


def test_syntax_error_on_the_store_names_the_file_and_line(slice_store, tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# title: Bad\n# question: Bad?\n\nSELECT ?x WHERE {\n  ?x zz:value ?y\n}\n", encoding="utf-8")
    with pytest.raises(PodiumError, match=rf"^{re.escape(str(path))}:5: SPARQL syntax error"):
        run_query(slice_store, path)


def test_a_folder_without_a_store_is_one_clear_error(tmp_path):
    with pytest.raises(PodiumError, match=r"no store here: run `podium import PATH --store DIR` first"):
        answer("podium-sweeps", store=tmp_path / "nothing")
