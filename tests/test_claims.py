"""`podium check-claims` on a slice of the real data: every claim of the seed, its verdict and why."""

from __future__ import annotations

import json

import pytest

from graph.claims import check_claims, format_checks
from graph.cli import main
from graph.store import open_store, query_store
from support import import_slice

GAP = "from 2018 on the data has no medal and no NOC on team-event rows"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return import_slice(tmp_path_factory, "claims")


@pytest.fixture(scope="module")
def checks(store_dir):
    return {check.id: check for check in check_claims(store_dir)}


def test_every_claim_has_a_verdict(checks):
    assert {key: (c.stated, c.computed, c.verdict) for key, c in checks.items()} == {
        "tally-heiden-1980": ("5", "5", "agrees"),
        "record-heiden-individual": ("all 5 individual", "5 of 5 individual", "agrees"),
        "record-heiden-1980": ("5 (Heiden, 1980)", "5 (Eric Arthur Heiden, lake-placid-1980)", "agrees"),
        "record-heiden-individual-stands": (
            "5, still standing", "5 (Eric Arthur Heiden, lake-placid-1980); Klæbo 2026: 4", "agrees"),
        "tally-klaebo-before": ("5", "2 (individual events only)", "cannot be checked"),
        "tally-klaebo-at-games": ("6", "4 (individual events only)", "cannot be checked"),
        "record-career-eight": ("8", "8 (Ole Einar Bjrndalen, sochi-2014)", "agrees"),
        "record-klaebo-career": ("11", "6 (individual events only)", "cannot be checked"),
        "tally-phelps-career": ("23", "23", "agrees"),
        "tally-norway-golds": ("18", "18 (medal table)", "agrees"),
        "tally-norway-medals": ("40", "41 (medal table)", "cannot be checked"),
        "record-norway-18": ("18", "18; best before 16 (beijing-2022)", "agrees"),
        "record-norway-previous": ("broken (no value stated)", "previous record 16 (beijing-2022)",
                                   "cannot be checked"),
    }


def test_quotes_are_the_articles_words(checks):
    assert checks["tally-heiden-1980"].quote == "Eric Heiden, who won five golds at the 1980 Lake Placid Olympics"
    assert checks["tally-phelps-career"].quote == "American Michael Phelps, who has 23"


def test_reasons_name_the_data_gap_and_the_claims_time(checks):
    assert "4 of the athlete's team-event rows from 2018 on have no medal" in checks["tally-klaebo-before"].reason
    assert GAP in checks["tally-klaebo-before"].reason
    assert "6 - 2 = 4 individual golds, and the data has 4" in checks["tally-klaebo-at-games"].reason
    medals = checks["tally-norway-medals"].reason
    assert "closing on 2026-02-22" in medals and "dated 2026-02-21" in medals
    assert "no medal dates" in checks["record-norway-previous"].reason
    assert "2004: 6, 2008: 8, 2012: 4, 2016: 5" in checks["tally-phelps-career"].reason


def test_verdicts_go_into_the_graph(store_dir, checks):
    store = open_store(store_dir)
    try:
        found = sorted((r["fact"].value.rsplit("/", 1)[-1], r["v"].value.rsplit("#", 1)[-1]) for r in query_store(store, """
            PREFIX pod: <https://w3id.org/podium/ontology#>
            SELECT ?fact ?v WHERE { GRAPH <https://w3id.org/podium/id/graph/derived/claims> {
              ?c a pod:ClaimCheck ; pod:checks ?fact ; pod:verdict ?v } }"""))
    finally:
        del store
    assert len(found) == len(checks) == 13
    assert ("tally-norway-golds", "CannotBeChecked") in found and ("tally-norway-golds", "Agrees") in found


def test_cli_json_is_a_list_of_objects(store_dir, capsys):
    assert main(["check-claims", "--store", str(store_dir), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 13
    assert {"claim", "quote", "stated", "computed", "verdict", "reason"} <= set(data[0])
    assert data[0]["claim"] == "Eric Heiden won five golds at Lake Placid 1980"


def test_cli_table(store_dir, capsys):
    assert main(["check-claims", "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["claim", "stated", "computed", "verdict"]
    assert "Michael Phelps has 23 Olympic golds" in out and "cannot be checked" in out


def test_format_checks_table_and_json_agree(checks):
    values = list(checks.values())
    assert [c["id"] for c in json.loads(format_checks(values, "json"))] == list(checks)


def test_no_store_is_one_line_exit_2(tmp_path, capsys):
    assert main(["check-claims", "--store", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err == f"podium: error: {tmp_path / 'none'}: no store here: run `podium import PATH --store DIR` first\n"
