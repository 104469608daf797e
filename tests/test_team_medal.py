"""A nation's team medal whose members the source does not name (fact type ``team_medal``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from graph.build import build
from graph.cli import main
from graph.vocab import POD

ID = "https://w3id.org/podium/id/"
ARTICLE = "date 1998-02-18\n\nNorway won the men's 4 x 10 km relay at the Nagano Olympics on Wednesday, and Italy took the silver.\n"
FACTS = """source:
  id: relay-1998
  file: relay.txt
  kind: article
  licence: made up for a test

facts:
  - {id: article-date, type: published, date: 1998-02-18, quote: "date 1998-02-18"}
  - {id: games, type: games, games: nagano-1998, name: Nagano 1998, season: winter, year: 1998, quote: "Nagano Olympics"}
  - {id: norway, type: nation, nation: NOR, name: Norway, quote: "Norway won"}
  - {id: italy, type: nation, nation: ITA, name: Italy, quote: "Italy took the silver"}
  - {id: xc, type: discipline, discipline: cross-country-skiing, name: Cross-country skiing, quote: "4 x 10 km relay"}
  - id: relay
    type: event
    event: nagano-1998-cross-country-skiing-men-4-x-10-km-relay
    name: Men's 4 × 10 km relay
    games: nagano-1998
    discipline: cross-country-skiing
    sex: men
    team_event: true
    quote: "the men's 4 x 10 km relay"
  - {id: gold, type: team_medal, medal: gold, nation: NOR, event: nagano-1998-cross-country-skiing-men-4-x-10-km-relay, day: article date, quote: "Norway won the men's 4 x 10 km relay"}
  - {id: silver, type: team_medal, medal: silver, nation: ITA, event: nagano-1998-cross-country-skiing-men-4-x-10-km-relay, quote: "Italy took the silver"}
"""


@pytest.fixture()
def relay_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "relay.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "relay.facts.yaml").write_text(FACTS, encoding="utf-8")
    return folder


def test_a_team_medal_is_awarded_to_the_nations_team_in_the_event(relay_seeds):
    dataset = build(relay_seeds)
    event = URIRef(f"{ID}event/nagano-1998-cross-country-skiing-men-4-x-10-km-relay")
    rows = {(str(row.nation), str(row.kind), str(row.day) if row.day else None) for row in dataset.query(
        """SELECT ?nation ?kind ?day WHERE { ?m a pod:Medal ; pod:inEvent ?e ; pod:medalType ?kind ; pod:awardedTo ?team .
           ?team a pod:Team ; pod:ofEvent ?e ; pod:represents ?n . ?n pod:nocCode ?nation . OPTIONAL { ?m pod:awardedOn ?day } }""",
        initNs={"pod": POD}, initBindings={"e": event})}
    assert rows == {("NOR", str(POD.Gold), "1998-02-18"), ("ITA", str(POD.Silver), None)}
    team = URIRef(f"{ID}team/nagano-1998-cross-country-skiing-men-4-x-10-km-relay/nor")
    assert Literal("Norway, Men's 4 × 10 km relay") in set(dataset.objects(team, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))


def test_a_team_medal_in_an_individual_event_is_refused(relay_seeds, tmp_path, capsys):
    facts = relay_seeds / "relay.facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("team_event: true", "team_event: false"), encoding="utf-8")
    output = tmp_path / "out.ttl"
    assert main(["build", "--seeds", str(relay_seeds), "-o", str(output)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is not a team event: a team medal needs one" in err[0] and "relay.facts.yaml" in err[0]
    assert not output.exists()


def _draft(text: str, rows: tuple = ()):
    from graph.extract import NameIndex, extract_text
    names = NameIndex()
    for row in rows:
        names.add_row(*row)
    return extract_text(text, "a.txt", names=names)


def test_the_extractor_drafts_a_nations_team_medal_whose_members_are_not_named(tmp_path):
    """"Norway won the gold medal in the men's 4 x 10 km relay ..., and Italy took the silver": two team medals of nations (rule
    medal-team-nation), which build as the nations' teams; a relay whose member is named gives the member the medal."""
    from graph.extract import draft_yaml
    text = ("date 1998-02-18\n\nHAKUBA, Japan — Norway won the gold medal in the men's 4 x 10 km cross-country relay at the Nagano Olympics "
            "on Wednesday, and Italy took the silver.\n")
    draft = _draft(text)
    assert sorted((f.fields["medal"], f.fields["nation"], f.fields["event"], f.rule) for f in draft.team_medals()) == [
        ("gold", "NOR", "nagano-1998-cross-country-skiing-men-4-x-10-km-relay", "medal-team-nation"),
        ("silver", "ITA", "nagano-1998-cross-country-skiing-men-4-x-10-km-relay", "medal-team-nation")]
    assert draft.medals() == []
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.facts.yaml").write_text(draft_yaml(draft), encoding="utf-8")
    dataset = build(folder)
    teams = {str(row.team) for row in dataset.query("SELECT ?team WHERE { ?m pod:awardedTo ?team . ?team a pod:Team }", initNs={"pod": POD})}
    assert teams == {f"{ID}team/nagano-1998-cross-country-skiing-men-4-x-10-km-relay/nor", f"{ID}team/nagano-1998-cross-country-skiing-men-4-x-10-km-relay/ita"}
    named = text.replace("Norway won", "Norway, with Bjorn Alpha on the last leg, won")
    assert [f.fields["nation"] for f in _draft(named).team_medals()] == ["ITA"]
    assert [(f.fields["athlete"], f.fields["medal"]) for f in _draft(named).medals()] == [("bjorn-alpha", "gold")]


def test_a_skier_the_data_enters_in_a_2018_relay_is_a_member_of_the_nations_team():
    """From 2018 the data's team rows carry no medal: "Norway won the gold medal in the men's relay" and its anchor, whom the data enters in
    that relay for Norway, is a member (his gold drafted), not a team medal with no member."""
    rows = (("Johannes Alpha", "NOR", "M", 2018, "Cross Country Skiing", "Cross Country Skiing Sprint (Classical), Men", "Gold"),
            ("Johannes Alpha", None, "M", 2018, "Cross Country Skiing", "Cross Country Skiing Relay (4 × 10 kilometres), Men", None))
    text = ("date 2018-02-18\n\nPYEONGCHANG — Norway won the gold medal in the men's cross-country relay at the Winter Olympics on Sunday. "
            "Johannes Alpha of Norway skied the last leg and crossed the line alone.")
    draft = _draft(text, rows)
    assert [(f.fields["athlete"], f.fields["medal"], f.fields["event"]) for f in draft.medals()] == [
        ("johannes-alpha", "gold", "pyeongchang-2018-cross-country-skiing-men-relay")]
    assert draft.team_medals() == []


def test_a_skater_a_segment_of_the_figure_skating_team_event_names_is_a_member_of_the_nations_team():
    """A report of the 2026 figure skating team event tells its segments ("In the men's free skate, ..."): a skater so named
    whom the data enters in "Figure Skating Team, Mixed" is a member of the team medal the text states for the nation; a
    skater of a nation with no team medal stated gets none, and the segment's place is no medal of the singles."""
    rows = (("Ilia Alpha", "USA", "M", 2026, "Figure Skating", "Figure Skating Singles, Men", None),
            ("Ilia Alpha", None, "M", 2026, "Figure Skating", "Figure Skating Team, Mixed", None),
            ("Boris Beta", "GEO", "M", 2026, "Figure Skating", "Figure Skating Singles, Men", None))
    text = ("date 2026-02-08\n\nMILAN -- The United States successfully defended its title in the figure skating team event at the Milan "
            "Cortina 2026 Winter Olympics on Sunday, with Japan finishing a close second.\n\nThe United States and Japan entered the men's "
            "free skate tied.\n\nAmerican star Ilia Alpha scored 200.03 points to win the free skate.\n\nGeorgia's Boris Beta finished third.")
    draft = _draft(text, rows)
    assert [(f.fields["athlete"], f.fields["medal"], f.fields["event"]) for f in draft.medals()] == [
        ("ilia-alpha", "gold", "milano-cortina-2026-figure-skating-mixed-team")]
    assert [(f.fields["nation"], f.fields["medal"]) for f in draft.team_medals()] == [("JPN", "silver")]
