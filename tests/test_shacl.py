"""SHACL: the seed graph conforms; broken graphs do not, with a readable message."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Literal, URIRef

from graph.build import build
from graph.errors import PodiumError
from graph.validate import validate_dataset, violations
from graph.vocab import POD

MEDAL = URIRef("https://w3id.org/podium/id/medal/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/silver/martin-lowstrom-nyenget")


@pytest.fixture()
def fresh() -> Dataset:
    return build("seeds", validate=False)


def remove_everywhere(dataset: Dataset, triple) -> None:
    for graph in list(dataset.graphs()):
        graph.remove(triple)


def test_seed_graph_conforms(seed_dataset):
    assert violations(seed_dataset) == []


def test_medal_without_athlete_violates(fresh):
    remove_everywhere(fresh, (MEDAL, POD.awardedTo, None))
    assert violations(fresh) == [
        "medal/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/silver/martin-lowstrom-nyenget "
        "awardedTo: a medal is awarded to exactly one athlete or team"
    ]
    with pytest.raises(PodiumError, match="SHACL violation: .*a medal is awarded to exactly one athlete or team"):
        validate_dataset(fresh)


def test_medal_of_unknown_type_violates(fresh):
    remove_everywhere(fresh, (MEDAL, POD.medalType, None))
    fresh.graph(URIRef("urn:test")).add((MEDAL, POD.medalType, URIRef("https://w3id.org/podium/ontology#Tin")))
    assert any("a medal is gold, silver or bronze" in line for line in violations(fresh))


def test_record_superseding_another_category_violates(fresh):
    klaebo_career = URIRef("https://w3id.org/podium/id/record/most-career-winter-golds-athlete-klaebo-2026")
    heiden = URIRef("https://w3id.org/podium/id/record/most-golds-athlete-single-winter-games-heiden-1980")
    remove_everywhere(fresh, (klaebo_career, POD.supersedes, None))
    fresh.graph(URIRef("urn:test")).add((klaebo_career, POD.supersedes, heiden))
    assert any("supersedes only a record of its own category" in line for line in violations(fresh))


def test_negative_tally_violates(fresh):
    tally = URIRef("https://w3id.org/podium/id/tally/phelps-career")
    remove_everywhere(fresh, (tally, POD.golds, None))
    fresh.graph(URIRef("urn:test")).add((tally, POD.golds, Literal(-1)))
    assert any("0 or more" in line for line in violations(fresh))


def test_national_podium_of_one_medal_violates(fresh):
    podium = URIRef("https://w3id.org/podium/id/national-podium/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/NOR")
    for medal in list(fresh.objects(podium, POD.podiumMedal))[:2]:
        remove_everywhere(fresh, (podium, POD.podiumMedal, medal))
    assert violations(fresh) == [
        "national-podium/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/NOR "
        "podiumMedal: a national podium groups two or more medals"
    ]
