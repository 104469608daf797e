"""Entity linking: the seed's people and events to the data, and one athlete under two ids."""

from __future__ import annotations

import pytest

from graph.cli import main
from graph.importer import athlete_iri
from graph.linking import DataAthlete, link, name_parts, same_athlete_pairs, strip_non_ascii
from support import import_slice

ID = "https://w3id.org/podium/id/"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return import_slice(tmp_path_factory, "linking")


@pytest.fixture(scope="module")
def report(store_dir):
    return link(store_dir)


def test_every_seed_person_resolves_to_the_data(report):
    found = {link.seed.rsplit("/", 1)[-1]: (link.data, link.data_label, link.score)
             for link in report.links if link.kind == "athlete"}
    assert found == {
        "johannes-hosflot-klaebo": (athlete_iri("136452"), "Johannes Høsflot Klæbo", 1.0),
        "martin-lowstrom-nyenget": (athlete_iri("149341"), "Martin Nyenget", 1.0),
        "emil-iversen": (athlete_iri("136458"), "Emil Iversen", 1.0),
        "johannes-dale-skjevdal": (athlete_iri("148985"), "Johannes Dale-Skjevdal", 1.0),
        "eric-heiden": (athlete_iri("47192"), "Eric Arthur Heiden", 1.0),
        "michael-phelps": (athlete_iri("94406"), "Michael Fred Phelps, II", 0.9),
    }
    assert report.unmatched == []


def test_rules_say_how_each_matched(report):
    rules = {link.seed.rsplit("/", 1)[-1]: link.rule for link in report.links}
    assert rules["martin-lowstrom-nyenget"] == (
        "same first and last name; middle name(s) only in the article; same nation NOR; same discipline "
        "cross-country-skiing; silver medal at the same Games and discipline (milano-cortina-2026, cross-country-skiing)")
    assert rules["eric-heiden"].startswith("same first and last name; middle name(s) or suffix only in the data")
    assert rules["johannes-hosflot-klaebo"].startswith("same name once folded (diacritics, oe=ø, ae=æ)")


def test_seed_events_link_to_data_events(report):
    found = {link.seed.rsplit("/", 1)[-1]: link.data.rsplit("/", 1)[-1] for link in report.links if link.kind == "event"}
    assert found == {
        "milano-cortina-2026-cross-country-skiing-men-50-km-mass-start":
            "milano-cortina-2026-cross-country-skiing-50-kilometres-classical-men",
        "milano-cortina-2026-biathlon-men-15-km-mass-start": "milano-cortina-2026-biathlon-mass-start-15-kilometres-men",
    }


def test_bjorgen_under_two_ids_is_merged(report):
    assert report.merged == [(athlete_iri("11943"), athlete_iri("136633"), "Marit Bjrgen", "Marit Bjørgen")]


def test_same_athlete_pairs_needs_nation_and_sport():
    old = DataAthlete({"Marit Bjrgen"}, {"NOR"}, {"Cross Country Skiing"}, 2002, 2014)
    other_nation = DataAthlete({"Marit Bjørgen"}, {"SWE"}, {"Cross Country Skiing"}, 2018, 2018)
    same_ascii = DataAthlete({"Marit Bjrgen"}, {"NOR"}, {"Cross Country Skiing"}, 2018, 2018)
    assert same_athlete_pairs({"1": old, "2": other_nation}) == []
    assert same_athlete_pairs({"1": old, "2": same_ascii}) == []  # same spelling kept its id


def test_name_helpers():
    assert name_parts("Eric Arthur Heiden") == name_parts("Eric Heiden") == ("eric", "heiden")
    assert name_parts("Martin Løwstrøm Nyenget") == name_parts("Martin Loewstroem Nyenget")
    assert strip_non_ascii("Ole Einar Bjørndalen") == "Ole Einar Bjrndalen"


def test_cli_link_report(store_dir, capsys):
    assert main(["link", "--store", str(store_dir), "--report"]) == 0
    out = capsys.readouterr().out
    assert "  athlete  Martin Løwstrøm Nyenget -> Martin Nyenget <" + athlete_iri("149341") + "> score 1.00:" in out
    assert "not matched:\n  (none)\n" in out
    assert main(["link", "--store", str(store_dir)]) == 0
    assert capsys.readouterr().out == "8 links, 0 not matched, 1 athletes under two ids (--report for details)\n"
