"""Records computed from the data, with lineage, on a slice of the real data."""

from __future__ import annotations

import pytest

from graph.importer import ImportReport, athlete_iri, find_data_files, generate_nquads
from graph.records_compute import MedalRow, career_lineage, medal_rows, merge_ids, single_games_lineage
from graph.store import open_store, query_store
from support import SLICE, import_slice

ID = "https://w3id.org/podium/id/"
PREFIX = "PREFIX pod: <https://w3id.org/podium/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    store = open_store(import_slice(tmp_path_factory, "records"))
    yield store
    del store


def select(store, query):
    return sorted(tuple(t.value if t is not None else None for t in row) for row in query_store(store, PREFIX + query))


def test_heidens_five_in_1980_is_the_single_winter_games_record(records):
    found = select(records, f"""SELECT ?r ?value ?holder ?games WHERE {{ GRAPH <{ID}graph/derived/records> {{
        ?r pod:category <{ID}category/most-golds-athlete-single-winter-games> ; pod:value ?value ;
           pod:holder ?holder ; pod:setAt ?games ; pod:stillStands true }} }}""")
    assert found == [(f"{ID}record/data-most-golds-athlete-single-winter-games-lake-placid-1980", "5",
                      athlete_iri("47192"), f"{ID}games/lake-placid-1980")]


def test_career_winter_lineage_walks_back_through_supersedes(records):
    chain = select(records, f"""SELECT ?value ?games WHERE {{
        <{ID}record/data-most-career-winter-golds-athlete-sochi-2014> pod:supersedes* ?r .
        ?r pod:value ?value ; pod:setAt ?games }}""")
    # The mark of eight set at Sochi 2014 (Ole Einar Bjørndalen in the data) and the marks it superseded.
    assert chain[-1] == ("8", f"{ID}games/sochi-2014")
    assert [int(v) for v, _ in chain] == sorted(int(v) for v, _ in chain)


def test_records_are_derived_with_a_rule_naming_the_gap(records):
    rule = select(records, f"""SELECT ?rule ?src WHERE {{
        <{ID}record/data-most-golds-athlete-single-winter-games-lake-placid-1980> prov:wasDerivedFrom ?f .
        ?f a pod:DerivedFact ; pod:rule ?rule ; prov:wasDerivedFrom ?src }}""")
    assert {src for _, src in rule} == {f"{ID}source/editions", f"{ID}source/medal-table", f"{ID}source/olympic-athletes"}
    assert "from 2018 on the data has no medal and no NOC on team-event rows" in rule[0][0]


def test_nation_record_from_the_medal_table(records):
    found = select(records, f"""SELECT ?value ?games WHERE {{
        ?r pod:category <{ID}category/most-golds-nation-single-winter-games> ; pod:holder <{ID}nation/NOR> ;
           pod:value ?value ; pod:setAt ?games }}""")
    assert ("18", f"{ID}games/milano-cortina-2026") in found and ("16", f"{ID}games/beijing-2022") in found


def test_the_imports_own_medal_rows_are_the_ones_the_store_gives_back(records):
    """The import computes the records from the medals it mapped, not from a query: the same rows."""
    mapped: list[MedalRow] = []
    generate_nquads(find_data_files([SLICE]), lambda text: None, ImportReport(store=SLICE), medals=mapped)
    merged = merge_ids(records, mapped)
    assert merged == medal_rows(records)
    # Heiden's five 1980 golds, and a team medal that gives a row to each member.
    assert sum(r.athlete == athlete_iri("47192") and r.year == 1980 and r.medal == "Gold" for r in merged) == 5
    assert any(r.team_event for r in merged) and len({r.event for r in merged if r.team_event}) < len(
        [r for r in merged if r.team_event])


def row(athlete, year, event, medal="Gold", team=False):
    return MedalRow(athlete, f"games/{year}", year, "Winter", event, team, medal, "NOR")


def test_lineage_ties_share_a_mark_and_equalling_is_not_a_new_mark():
    rows = [row("a", 1980, "e1"), row("b", 1980, "e2"), row("c", 1984, "e3"), row("d", 1988, "e4"),
            row("d", 1988, "e5")]
    marks = single_games_lineage(rows, "Winter")
    assert [(m.value, m.holders, m.year) for m in marks] == [(1, ("a", "b"), 1980), (2, ("d",), 1988)]


def test_individual_only_leaves_team_golds_out():
    rows = [row("a", 1980, "e1"), row("a", 1980, "relay", team=True), row("b", 1984, "e2"), row("b", 1984, "e3")]
    assert [(m.value, m.holders) for m in single_games_lineage(rows, "Winter", individual_only=True)] == [
        (1, ("a",)), (2, ("b",))]
    assert [(m.value, m.holders) for m in single_games_lineage(rows, "Winter")] == [(2, ("a",))]


def test_career_counts_across_games():
    rows = [row("a", 1980, "e1"), row("b", 1984, "e2"), row("a", 1984, "e3"), row("b", 1988, "e4"),
            row("b", 1988, "e5")]
    assert [(m.value, m.holders, m.year) for m in career_lineage(rows, "Winter")] == [
        (1, ("a",), 1980), (2, ("a",), 1984), (3, ("b",), 1988)]
