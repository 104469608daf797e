"""`podium import` on small slices of the real results data (tests/data/olympics-slice)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat

from graph.cli import main
from graph.importer import athlete_iri, import_data
from graph.store import open_store, query_store

DATA = Path(__file__).resolve().parent / "data"
SLICE = DATA / "olympics-slice"
ID = "https://w3id.org/podium/id/"
PREFIX = "PREFIX pod: <https://w3id.org/podium/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    store_dir = tmp_path_factory.mktemp("import") / "store"
    report = import_data([SLICE], store_dir, seeds="seeds")
    return store_dir, report


def rows(store_dir: Path, query: str) -> list[tuple]:
    store = open_store(store_dir)
    try:
        return sorted(tuple(term.value if term is not None else None for term in solution)
                      for solution in query_store(store, PREFIX + query))
    finally:
        del store


def dump(store_dir: Path) -> list[bytes]:
    """The store's quads, sorted, blank node labels blanked (only the ontology's owl:oneOf
    lists have blank nodes, and Oxigraph labels them afresh on every load)."""
    store = open_store(store_dir)
    try:
        lines = store.dump(format=RdfFormat.N_QUADS).splitlines()
    finally:
        del store
    return sorted(re.sub(rb"_:[0-9a-f]+", b"_:b", line) for line in lines)


def test_report_counts_rows_read_used_and_skipped(imported):
    _, report = imported
    files = {Path(path).name: (kind, count) for path, kind, count in report.files}
    assert files == {"editions.csv": ("editions", 62), "medal_table.csv": ("medal_table", 72),
                     "olympic_athletes.csv.gz": ("athletes", 189)}
    assert dict(report.skipped) == {"exact duplicate of an earlier row": 1,
                                    "editions: cancelled edition (no participants)": 5}
    assert report.first_line["exact duplicate of an earlier row"].endswith("olympic_athletes.csv.gz:190")
    assert report.used == 188 + 72 + 57


def test_heidens_five_golds_of_1980_come_from_their_rows(imported):
    store_dir, _ = imported
    found = rows(store_dir, f"""SELECT ?label ?row WHERE {{
        ?m a pod:Medal ; pod:awardedTo <{athlete_iri('47192')}> ; pod:medalType pod:Gold ;
           pod:inEvent ?e ; prov:wasDerivedFrom ?row . ?e pod:partOfGames <{ID}games/lake-placid-1980> ;
           <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }}""")
    assert [label for label, _ in found] == [
        "Speed Skating Men's 1,000 metres, 1980 Winter", "Speed Skating Men's 1,500 metres, 1980 Winter",
        "Speed Skating Men's 10,000 metres, 1980 Winter", "Speed Skating Men's 5,000 metres, 1980 Winter",
        "Speed Skating Men's 500 metres, 1980 Winter"]
    # Each medal points at its row (RFC 7111 row = line of the file, header = row 1).
    text = gzip.decompress((SLICE / "olympic_athletes.csv.gz").read_bytes()).decode("utf-8").splitlines()
    for label, row in found:
        line = int(row.rsplit("#row=", 1)[1])
        assert row.startswith(f"{ID}source/olympic-athletes#row=")
        assert text[line - 1].startswith("47192,Eric Arthur Heiden,") and text[line - 1].endswith(",Gold")
        assert label.split(",")[0] in text[line - 1]


def test_games_meet_the_seeds_iris_with_dates_and_host_city(imported):
    store_dir, _ = imported
    found = rows(store_dir, f"""SELECT ?g ?start ?end ?city WHERE {{
        VALUES ?g {{ <{ID}games/lake-placid-1980> <{ID}games/milano-cortina-2026> }}
        ?g pod:startDate ?start ; pod:endDate ?end ; pod:hostCity ?city }}""")
    assert found == [(f"{ID}games/lake-placid-1980", "1980-02-13", "1980-02-24", "Lake Placid"),
                     (f"{ID}games/milano-cortina-2026", "2026-02-06", "2026-02-22", "Milan-Cortina d'Ampezzo")]


def test_nyenget_silver_in_the_2026_fifty_km(imported):
    store_dir, _ = imported
    found = rows(store_dir, f"""SELECT ?type ?nation WHERE {{
        ?m pod:awardedTo <{athlete_iri('149341')}> ; pod:medalType ?type ; pod:forNation ?nation ;
           pod:inEvent <{ID}event/milano-cortina-2026-cross-country-skiing-50-kilometres-classical-men> }}""")
    assert found == [("https://w3id.org/podium/ontology#Silver", f"{ID}nation/NOR")]


def test_national_podiums_group_one_nations_medals_in_one_event(imported):
    store_dir, _ = imported
    found = rows(store_dir, f"""SELECT ?type ?athlete ?graph WHERE {{
        GRAPH ?graph {{ <{ID}national-podium/milano-cortina-2026-cross-country-skiing-50-kilometres-classical-men/NOR>
                        a pod:NationalPodium ; pod:podiumMedal ?m }}
        ?m pod:medalType ?type ; pod:awardedTo ?athlete }}""")
    assert [(t.rsplit("#", 1)[1], a) for t, a, _ in found] == [
        ("Bronze", athlete_iri("136458")), ("Gold", athlete_iri("136452")), ("Silver", athlete_iri("149341"))]
    assert {g for _, _, g in found} == {f"{ID}graph/derived/data"}
    # Only a nation with two or more medals in an event has one: Heiden's golds of 1980 are alone.
    podiums = rows(store_dir, "SELECT ?p WHERE { GRAPH ?g { ?p a pod:NationalPodium } }")
    assert not [p for (p,) in podiums if "/USA" in p]
    assert len(podiums) == 6


def test_complete_team_event_before_2018_is_one_team_medal(imported):
    store_dir, _ = imported
    event = f"{ID}event/sochi-2014-cross-country-skiing-women-team-sprint"
    found = rows(store_dir, f"""SELECT ?team ?member WHERE {{
        ?m pod:inEvent <{event}> ; pod:medalType pod:Gold ; pod:awardedTo ?team .
        ?team a pod:Team ; pod:member ?member }}""")
    assert {team for team, _ in found} == {f"{ID}team/sochi-2014-cross-country-skiing-women-team-sprint/norway"}
    assert athlete_iri("11943") in {member for _, member in found}  # Marit Bjørgen (pre-2018 id)
    assert len(found) == 2


def test_2018_team_rows_have_no_medal_and_a_derived_nation(imported):
    store_dir, _ = imported
    event = f"{ID}event/milano-cortina-2026-cross-country-skiing-relay-4-x-7-5-kilometres-men"
    assert rows(store_dir, f"SELECT ?m WHERE {{ ?m pod:inEvent <{event}> }}") == []
    found = rows(store_dir, f"""SELECT ?team ?nation ?g WHERE {{
        ?team pod:ofEvent <{event}> ; pod:member <{athlete_iri('136452')}> .
        GRAPH ?g {{ ?team pod:represents ?nation }} }}""")
    assert found == [(f"{event.replace('/event/', '/team/')}/nor", f"{ID}nation/NOR", f"{ID}graph/derived/data")]
    assert rows(store_dir, f"SELECT ?t WHERE {{ <{event}> pod:teamEvent ?t }}") == [("true",)]


def test_medal_table_tally_is_the_authority_for_norway_2026(imported):
    store_dir, _ = imported
    found = rows(store_dir, f"""SELECT ?golds ?medals WHERE {{
        <{ID}tally/milano-cortina-2026-nor> pod:tallyOf <{ID}nation/NOR> ; pod:atGames <{ID}games/milano-cortina-2026> ;
            pod:golds ?golds ; pod:medals ?medals }}""")
    assert found == [("18", "41")]


def test_importing_twice_gives_the_same_store(imported, tmp_path):
    store_dir, _ = imported
    again = tmp_path / "store"
    import_data([SLICE], again, seeds="seeds")
    first = dump(again)
    import_data([SLICE], again, seeds="seeds")  # over an existing store
    assert dump(again) == first == dump(store_dir)


def test_unusable_rows_are_counted_by_reason(tmp_path):
    report = import_data([DATA / "bad" / "unusable_rows.csv"], tmp_path / "store", derive=False)
    assert dict(report.skipped) == {"unknown medal 'Tin'": 1, "athlete id is not a number": 1,
                                    "wrong number of fields": 1}
    assert report.used == 2


@pytest.mark.parametrize("name, message", [
    ("truncated.csv.gz", "truncated or corrupt gzip data"),
    ("missing_column.csv", ":1: medal: missing column(s) medal in what looks like an athlete results file"),
    ("latin1.csv", ":4: not UTF-8 text (invalid start byte at byte 14 of the line)"),
])
def test_malformed_file_is_one_line_exit_2_and_the_store_unchanged(imported, tmp_path, capsys, name, message):
    store_dir = tmp_path / "store"
    import_data([SLICE], store_dir, derive=False)
    before = dump(store_dir)
    capsys.readouterr()
    assert main(["import", "-q", "--store", str(store_dir), str(DATA / "bad" / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"podium: error: {DATA / 'bad' / name}")
    assert message in err
    assert dump(store_dir) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # no half-written store left


def test_cli_import_prints_the_report(tmp_path, capsys):
    assert main(["import", "-q", "--no-seeds", "--store", str(tmp_path / "s"), str(SLICE / "medal_table.csv")]) == 0
    out = capsys.readouterr().out
    assert "medal_table.csv: medal_table, 72 rows" in out
    assert "rows used: 72; rows skipped: 0" in out


def test_gzip_or_not_gives_the_same_store(tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "olympic_athletes.csv").write_bytes(gzip.decompress((SLICE / "olympic_athletes.csv.gz").read_bytes()))
    import_data([plain / "olympic_athletes.csv"], tmp_path / "a", derive=False)
    import_data([SLICE / "olympic_athletes.csv.gz"], tmp_path / "b", derive=False)
    a, b = dump(tmp_path / "a"), dump(tmp_path / "b")
    # Only the source's file name differs (the same source IRI: the name without .csv/.gz).
    assert sorted(set(a) ^ set(b)) == sorted(
        f'<{ID}source/olympic-athletes> <{p}> "{name}" <{ID}source/olympic-athletes> .'.encode()
        for p in ("http://www.w3.org/2000/01/rdf-schema#label", "https://w3id.org/podium/ontology#sourceFile")
        for name in ("olympic_athletes.csv", "olympic_athletes.csv.gz"))
    assert len(a) == len(b) > 1500


def test_many_small_chunks_loaded_two_at_a_time_give_the_same_store(tmp_path, monkeypatch):
    """The import bulk-loads chunks two at a time; with chunks of 40 quads the slice makes
    dozens of them, and the store must hold exactly the quads of one single load."""
    from pyoxigraph import Store

    from graph import importer
    from graph.importer import ImportReport, find_data_files, generate_nquads

    whole: list[str] = []
    count = generate_nquads(find_data_files([SLICE]), whole.append, ImportReport(store=tmp_path))
    single = Store(str(tmp_path / "single"))
    single.bulk_load(input="".join(whole).encode("utf-8"), format=RdfFormat.N_QUADS)
    single.flush()
    del single
    loaded: list[int] = []
    monkeypatch.setattr(importer._Writer.__init__, "__defaults__", (40,))
    monkeypatch.setattr(importer._Loader, "__call__",
                        lambda self, text, call=importer._Loader.__call__: (loaded.append(1), call(self, text))[1])
    import_data([SLICE], tmp_path / "chunked", derive=False)
    assert len(loaded) >= count // 40 > 20
    assert dump(tmp_path / "chunked") == dump(tmp_path / "single")
