"""`podium add`: a second article grows the graph and links its entities to the seed's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import URIRef

from graph.add import add
from graph.build import build
from graph.cli import main
from graph.extract_names import DATA_FILE
from graph.names import source_iri
from graph.vocab import POD

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "extract_devset" / "train_wikipedia_biathlon_2026_men_mass_start.txt"


def test_add_links_known_athletes_and_grows_the_graph(seeds_copy):
    report = add(ARTICLE, seeds_copy)
    assert report.linked["athlete"] == ["Johannes Dale-Skjevdal (johannes-dale-skjevdal)"]
    assert report.new["athlete"] == ["Sturla Holm Lægreid (sturla-holm-laegreid)", "Quentin Fillon Maillet (quentin-fillon-maillet)"]
    assert report.possible == ["event milano-cortina-2026-biathlon-men-mass-start ~ milano-cortina-2026-biathlon-men-15-km-mass-start "
                               "(same Games, discipline, sex and format)"]
    assert (report.before["medals"], report.after["medals"]) == (4, 7)
    assert (report.before["sources"], report.after["sources"]) == (1, 2)
    dataset = build(seeds_copy)
    source = source_iri("train-wikipedia-biathlon-2026-men-mass-start")
    graph = dataset.graph(source)
    medal = URIRef("https://w3id.org/podium/id/medal/milano-cortina-2026-biathlon-men-mass-start/gold/johannes-dale-skjevdal")
    assert (medal, POD.awardedTo, URIRef("https://w3id.org/podium/id/athlete/johannes-dale-skjevdal")) in graph


def test_add_refuses_an_article_already_there_and_writes_nothing(seeds_copy, capsys):
    add(ARTICLE, seeds_copy)
    before = sorted(p.name for p in seeds_copy.iterdir())
    assert main(["add", str(ARTICLE), "--seeds", str(seeds_copy)]) == 2
    assert "already in the seeds folder" in capsys.readouterr().err
    assert sorted(p.name for p in seeds_copy.iterdir()) == before


def test_add_needs_a_licence(seeds_copy, tmp_path, capsys):
    article = tmp_path / "nolicence.txt"
    shutil.copyfile(ROOT / "seeds" / "000_76d85414e33cee7f.txt", article)
    assert main(["add", str(article), "--seeds", str(seeds_copy)]) == 2
    assert "no licence" in capsys.readouterr().err
    assert not (seeds_copy / "nolicence.txt").exists()


def test_add_command_reports_links(seeds_copy, capsys):
    assert main(["add", str(ARTICLE), "--seeds", str(seeds_copy)]) == 0
    out = capsys.readouterr().out
    assert "linked athletes: Johannes Dale-Skjevdal (johannes-dale-skjevdal)" in out
    assert "graph: sources 1 -> 2, athletes 6 -> 8, events 2 -> 3, medals 4 -> 7, records 9 -> 9" in out


@pytest.mark.skipif(not DATA_FILE.is_file(), reason=f"the results data is not at {DATA_FILE} (set PODIUM_DATA)")
def test_add_an_article_whose_sport_only_the_results_data_names(seeds_copy, tmp_path):
    """A report that never names its sport ("won the 1,000 meters", "was second at 1:20.12"): the medals the results data
    places in the women's 1,000 m speed skating are added, the discipline quoted by its event's sentence (rule
    ``discipline-data``) where it had no quote and the draft did not build."""
    article = tmp_path / "blair.txt"
    article.write_text("licence: made up for a test\n\ndate 1994-02-24\n\nHAMAR, Norway — Bonnie Blair of the United States won the "
                       "1,000 meters at the Winter Olympics on Wednesday. Anke Baier of Germany was second at 1:20.12 and Qiaobo "
                       "Ye of China was third at 1:20.22.\n", encoding="utf-8")
    report = add(article, seeds_copy)
    assert (report.before["medals"], report.after["medals"]) == (4, 6)
    facts = (seeds_copy / "blair.facts.yaml").read_text(encoding="utf-8")
    assert "rule discipline-data" in facts and "discipline: speed-skating" in facts
