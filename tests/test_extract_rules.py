"""`podium extract` rules: names matched to the results data, sentence shapes, team medals, records.

The sentences here are made up to exercise one rule each (they state no fact of the graph);
the dev set (tests/test_extract.py) measures the rules on real articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract import NameIndex, extract, extract_text, load_name_index
from graph.extract_names import DATA_FILE, name_keys

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "extract_devset"
needs_data = pytest.mark.skipif(not DATA_FILE.is_file(), reason=f"the results data is not at {DATA_FILE} (set PODIUM_DATA)")


@pytest.fixture(scope="module")
def data_names() -> NameIndex:
    return load_name_index(None)


def _medals(draft) -> list[tuple]:
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"]) for m in draft.medals())


# --- Names and the results data ------------------------------------------------------------------

def test_name_keys_drop_middle_names_use_the_used_name_and_the_ascii_spelling():
    assert name_keys("Michel Theodoor Mulder") == ("michel theodoor mulder", {"michel mulder"})
    assert name_keys('Christine Diane "Chris" Witty')[1] == {"christine witty", "chris witty"}
    assert name_keys("Ireen Wüst") == ("ireen wust", {"ireen wst"})  # the pre-2018 rows drop letters beyond ASCII


def test_a_name_of_the_same_games_wins_over_other_games():
    index = NameIndex()
    index.add_row("Anna Example", "SWE", "F", 2014, "Biathlon")
    index.add_row("Anna Example", "FIN", "F", 2022, "Biathlon")
    assert index.match("Anna Example", games=2022).noc == "FIN"
    assert index.match("Anna Example") is None  # two nations and no Games to choose: no guess


def test_a_fuzzy_match_needs_the_same_games_surname_and_initial():
    index = NameIndex()
    index.add_row("Aleksandr Bolshunov", "ROC", "M", 2022, "Cross Country Skiing")
    assert index.match("Alexander Bolshunov", games=2022, discipline="cross-country-skiing").how == "fuzzy"
    assert index.match("Alexander Bolshunov", games=2018) is None
    assert index.match("Oleksandr Bolshunov", games=2022) is None   # another first letter
    assert index.match("Alexander Bolshakov", games=2022) is None   # another surname


@needs_data
def test_nations_from_the_results_data_for_names_the_text_leaves_bare(data_names):
    mulder = extract(DEVSET / "heldout_wikipedia_speed_skating_2014_men_500m.txt", names=data_names)
    assert ("gold", "michel-mulder", "NED") in _medals(mulder)
    assert any("nation of Michel Mulder is NED, from results data 'Michel Theodoor Mulder' (NED, 2014 Games, variant match" in w
               for w in mulder.warnings)
    skiathlon = extract(DEVSET / "heldout_wikipedia_xc_2022_men_skiathlon.txt", names=data_names)
    assert ("gold", "alexander-bolshunov", "ROC") in _medals(skiathlon)
    athlete = next(f for f in skiathlon.of_type("athlete") if f.fields["athlete"] == "alexander-bolshunov")
    assert (athlete.rule, athlete.note) == ("athlete-nation-data-fuzzy",
                                            "nation from results data 'Aleksandr Bolshunov' (ROC, 2022 Games, fuzzy match, score 89)")


@needs_data
def test_record_holders_found_by_used_name_and_ascii_spelling(data_names):
    draft = extract(DEVSET / "heldout2_wikipedia_speed_skating_2018_women_1000m.txt", names=data_names)
    holders = {(r.fields["category"], r.fields.get("holder")) for r in draft.records()}
    assert ("olympic-record-pyeongchang-2018-speed-skating-women-1000-m", "chris-witty") in holders
    witty = next(f for f in draft.of_type("athlete") if f.fields["athlete"] == "chris-witty")
    assert witty.fields["nation"] == "USA"


# --- Sentence shapes ---------------------------------------------------------------------------------

HEAD = "date 2018-02-10 The women's 3000 metres speed skating at the 2018 Winter Olympics was held on 10 February. "


def test_a_clause_after_but_without_a_new_subject_keeps_the_subject_and_a_compared_name_is_not_one():
    text = HEAD + ("Anna Alpha of the Netherlands won the gold medal. Berta Beta of Germany held a lead over Alpha's time, "
                   "but ultimately finished 0.08 seconds behind to take second place. Carla Gamma of Japan was fourth, "
                   "but Dora Delta of Canada finished third.")
    assert _medals(extract_text(text, "a.txt", names=NameIndex())) == [
        ("bronze", "dora-delta", "CAN"), ("gold", "anna-alpha", "NED"), ("silver", "berta-beta", "GER")]


def test_the_third_fastest_time_and_a_pronoun_sentence():
    text = HEAD + ("Anna Alpha of the Netherlands won the gold medal. Berta Beta of Germany opened faster than Alpha. "
                   "However, a slow last lap saw her cross the line 0.3 seconds down to take second place. "
                   "In the final pair Carla Gamma of Japan posted the third fastest time.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert _medals(draft) == [("bronze", "carla-gamma", "JPN"), ("gold", "anna-alpha", "NED"), ("silver", "berta-beta", "GER")]
    assert {m.fields["athlete"]: m.rule for m in draft.medals()}["berta-beta"] == "medal-pronoun"


def test_a_fastest_time_of_one_run_and_a_pronoun_sentence_about_another_year_are_not_medals():
    text = HEAD + ("Anna Alpha of the Netherlands won the gold medal. Berta Beta of Germany posted the second fastest time "
                   "in the first run. She won the silver medal in 2014.")
    assert _medals(extract_text(text, "a.txt", names=NameIndex())) == [("gold", "anna-alpha", "NED")]


# --- Team medals ------------------------------------------------------------------------------------

RELAY = "date 2026-02-15 The men's 4 × 7.5 km relay in biathlon at the Milano Cortina 2026 Winter Olympics was held on 15 February. "


def test_team_members_named_with_the_medal_win_it_each():
    text = RELAY + "The gold went to Norway (Anders Lunde, Bjorn Moe, Carl Nesse and Dag Rustad). France took silver and Italy won bronze."
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert _medals(draft) == [("gold", "anders-lunde", "NOR"), ("gold", "bjorn-moe", "NOR"), ("gold", "carl-nesse", "NOR"), ("gold", "dag-rustad", "NOR")]
    assert {m.rule for m in draft.medals()} == {"medal-team-member"}
    assert "team silver medal of France not drafted: the text does not name the team's members" in draft.warnings[0]


def test_team_members_named_leg_by_leg_win_their_nations_medal():
    text = RELAY + ("Norway won the event, with Sweden taking the silver medal and Germany bronze. "
                    "In the first leg, Norway (Anders Lunde) and Sweden (Erik Lind) skied together. "
                    "In the last leg, Germany (Fritz Huber) fell behind and Finland (Gustav Makela) was fourth.")
    assert _medals(extract_text(text, "a.txt", names=NameIndex())) == [
        ("bronze", "fritz-huber", "GER"), ("gold", "anders-lunde", "NOR"), ("silver", "erik-lind", "SWE")]


def test_a_team_event_medal_without_named_members_is_not_drafted():
    draft = extract_text(RELAY + "Norway won the gold medal.", "a.txt", names=NameIndex())
    assert draft.medals() == []
    assert draft.warnings[0].startswith("team gold medal of Norway not drafted")


# --- Records ----------------------------------------------------------------------------------------

def test_a_career_record_of_one_kind_of_athlete_with_a_pronoun():
    text = HEAD + ("Anna Alpha of the Netherlands finished second. "
                   "For her, this was the tenth Olympic medal, making her the most successful female speed skater.")
    records = extract_text(text, "a.txt", names=NameIndex()).records()
    assert [(r.fields["category"], r.fields["holder"]) for r in records] == [("most-career-olympic-medals-female-speed-skater", "anna-alpha")]


def test_a_record_of_all_nations_surpassed_and_equalled():
    text = ("The 2018 Winter Olympics were held in Pyeongchang. Athletes from Norway won the most medals overall, with 39, "
            "surpassing the previous record of 37 medals set by the United States at the 2010 Winter Olympics. "
            "Athletes from Germany and Norway tied for the most gold medals with 14 each, equaling the record set by "
            "Canada in 2010 for most gold medals won at a single Winter Olympics.")
    records = {r.fields["record"]: r.fields for r in extract_text(text, "a.txt", names=NameIndex()).records()}
    assert records["most-medals-nation-single-winter-games-nor-2018"]["supersedes"] == "most-medals-nation-single-winter-games-usa-2010"
    assert (records["most-medals-nation-single-winter-games-nor-2018"]["value"], records["most-medals-nation-single-winter-games-usa-2010"]["value"]) == (39, 37)
    assert "supersedes" not in records["most-golds-nation-single-winter-games-ger-2018"]  # equalled, not broken
    assert set(records) >= {"most-golds-nation-single-winter-games-can-2010", "most-golds-nation-single-winter-games-nor-2018"}
