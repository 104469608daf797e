"""`podium extract` rules: names matched to the results data, sentence shapes, team medals, records.

The sentences here are made up to exercise one rule each (they state no fact of the graph);
the dev set (tests/test_extract.py) measures the rules on real articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract import NameIndex, _sentences, extract, extract_text, load_name_index
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
    # (France's and Italy's members are not named: their nations' team medals)
    assert sorted((m.fields["medal"], m.fields["nation"], m.rule) for m in draft.team_medals()) == [
        ("bronze", "ITA", "medal-team-nation"), ("silver", "FRA", "medal-team-nation")]


def test_team_members_named_leg_by_leg_win_their_nations_medal():
    text = RELAY + ("Norway won the event, with Sweden taking the silver medal and Germany bronze. "
                    "In the first leg, Norway (Anders Lunde) and Sweden (Erik Lind) skied together. "
                    "In the last leg, Germany (Fritz Huber) fell behind and Finland (Gustav Makela) was fourth.")
    assert _medals(extract_text(text, "a.txt", names=NameIndex())) == [
        ("bronze", "fritz-huber", "GER"), ("gold", "anders-lunde", "NOR"), ("silver", "erik-lind", "SWE")]


def test_a_team_event_medal_without_named_members_is_the_nations_team_medal():
    draft = extract_text(RELAY + "Norway won the gold medal.", "a.txt", names=NameIndex())
    assert draft.medals() == []
    assert [(m.fields["medal"], m.fields["nation"], m.fields["event"]) for m in draft.team_medals()] == [
        ("gold", "NOR", "milano-cortina-2026-biathlon-men-4-x-7-5-km-relay")]



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


# --- Phrasing families of results prose (made-up sentences, one family each) ------------------------

GAMES = "date 2022-02-10 At the 2022 Winter Olympics in Beijing. "


def _events(text: str) -> list[tuple]:
    """(medal, athlete, nation, event without the Games, rule) of each drafted medal, in order."""
    draft = extract_text(GAMES + text, "a.txt", names=NameIndex())
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"], m.fields["event"].removeprefix("beijing-2022-"), m.rule)
                  for m in draft.medals())


@pytest.mark.parametrize("sentence, event", [
    ("In the women's downhill, Anna Alpha of Norway won gold.", "alpine-skiing-women-downhill"),
    ("In the women's super-G, Anna Alpha of Norway won gold.", "alpine-skiing-women-super-g"),
    ("In the women's moguls, Anna Alpha of Norway won gold.", "freestyle-skiing-women-moguls"),
    ("In the men's ski cross, Anna Alpha of Norway won gold.", "freestyle-skiing-men-ski-cross"),
    ("In the men's 1,500 metres speed skating, Anna Alpha of Norway won gold.", "speed-skating-men-1500-m"),
    ("In the men's normal hill individual ski jumping, Anna Alpha of Norway won gold.", "ski-jumping-men-normal-hill"),
    ("In the men's individual normal hill Nordic combined, Anna Alpha of Norway won gold.", "nordic-combined-men-normal-hill"),
    ("In the men's 500 m short track, Anna Alpha of Norway won gold.", "short-track-speed-skating-men-500-m"),
    ("In the women's big air snowboarding, Anna Alpha of Norway won gold.", "snowboarding-women-big-air"),
    ("In the men's singles figure skating, Anna Alpha of Norway won gold.", "figure-skating-men-singles"),
    ("In the four-man bobsleigh, Anna Alpha of Norway won gold.", "bobsleigh-men-four-man"),
    ("In the women's skeleton, Anna Alpha of Norway won gold.", "skeleton-women"),
    ("The snowboarding events were held at Genting. In the women's halfpipe, Anna Alpha of Norway won gold.", "snowboarding-women-halfpipe"),
])
def test_an_event_named_by_its_format_gets_its_discipline_and_sex(sentence, event):
    assert [e[3] for e in _events(sentence)] == [event]


def test_a_halfpipe_in_an_article_naming_no_discipline_is_not_guessed():
    draft = extract_text(GAMES + "In the women's halfpipe, Anna Alpha of Norway won gold.", "a.txt", names=NameIndex())
    assert draft.medals() == []
    assert "the event's Games, discipline or sex is not stated" in draft.warnings[0]


def test_won_the_event_and_won_alone_then_the_podium_completed():
    assert _events("Anna Alpha (NOR) won the women's downhill.") == [
        ("gold", "anna-alpha", "NOR", "alpine-skiing-women-downhill", "medal-won-event")]
    assert _events("In the women's super-G, Anna Alpha of Norway won. Berta Beta of Sweden and Carla Gamma of Finland completed the podium.") == [
        ("bronze", "carla-gamma", "FIN", "alpine-skiing-women-super-g", "medal-podium"),
        ("gold", "anna-alpha", "NOR", "alpine-skiing-women-super-g", "medal-won-event"),
        ("silver", "berta-beta", "SWE", "alpine-skiing-women-super-g", "medal-podium")]
    assert [e[:2] for e in _events("In the men's downhill, Anders Alpha of Switzerland won gold. "
                                   "The podium was completed by Bo Beta of Austria and Carl Gamma of France.")] == [
        ("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]


def test_three_names_took_the_medals_in_order():
    assert [e[:3] for e in _events("In the men's giant slalom, Anders Alpha of Norway, Bo Beta of Sweden and Carl Gamma "
                                   "of Finland took the medals.")] == [
        ("bronze", "carl-gamma", "FIN"), ("gold", "anders-alpha", "NOR"), ("silver", "bo-beta", "SWE")]


def test_places_relative_to_a_medallist_ahead_of_followed_by_behind():
    podium = [("bronze", "carl-gamma", "FRA"), ("gold", "anders-alpha", "SUI"), ("silver", "bo-beta", "AUT")]
    assert [e[:3] for e in _events("In the men's downhill, Anders Alpha of Switzerland claimed gold ahead of Bo Beta of Austria "
                                   "and Carl Gamma of France.")] == podium
    assert [e[:3] for e in _events("In the men's downhill, Anders Alpha of Switzerland won, followed by Bo Beta of Austria "
                                   "and Carl Gamma of France.")] == podium
    assert [e[:3] for e in _events("In the men's downhill, Carl Gamma of France took bronze behind Anders Alpha of Switzerland "
                                   "and Bo Beta of Austria.")] == podium
    assert [e[:3] for e in _events("In the men's downhill, Bo Beta of Austria took silver, 0.1 seconds behind Anders Alpha "
                                   "of Switzerland.")] == podium[1:]
    # "bronze behind A" alone leaves A's place open; "ahead of" four names is not a podium
    assert [e[:2] for e in _events("In the men's downhill, Carl Gamma of France took the bronze behind Anders Alpha of Switzerland.")] == [
        ("bronze", "carl-gamma")]
    assert [e[:2] for e in _events("In the men's downhill, Anders Alpha of Switzerland won gold ahead of Bo Beta of Austria, "
                                   "Carl Gamma of France, Dan Delta of Italy and Eric Epsilon of Norway.")] == [("gold", "anders-alpha")]


def test_the_silver_went_to_and_bronze_to_and_finished_second():
    assert [e[:3] for e in _events("In the men's downhill, Anders Alpha of Switzerland won gold. Silver went to Bo Beta of "
                                   "Austria and bronze to Carl Gamma of France.")] == [
        ("bronze", "carl-gamma", "FRA"), ("gold", "anders-alpha", "SUI"), ("silver", "bo-beta", "AUT")]
    assert [e[:3] for e in _events("Anders Alpha of Norway won the men's 15 km classical cross-country race in 37:54.8. "
                                   "Bo Beta of Sweden was second, 12 seconds behind, and Carl Gamma of Finland was third.")] == [
        ("bronze", "carl-gamma", "FIN"), ("gold", "anders-alpha", "NOR"), ("silver", "bo-beta", "SWE")]


def test_champion_defended_title_second_gold_of_the_games_and_a_medal_named_after():
    assert _events("The snowboarding events were held at Genting. In the women's halfpipe, Anna Alpha of Norway became "
                   "Olympic champion.")[0][:2] == ("gold", "anna-alpha")
    assert _events("In the men's slopestyle snowboard final, Anders Alpha of Norway defended his title.") == [
        ("gold", "anders-alpha", "NOR", "snowboarding-men-slopestyle", "medal-defended")]
    assert _events("In the women's slalom, Anna Alpha of Sweden won her second gold of the Games.")[0][:2] == ("gold", "anna-alpha")
    assert _events("In the women's downhill, Anna Alpha of Italy won her third Olympic medal, a silver.")[0][:2] == ("silver", "anna-alpha")


def test_a_results_list():
    assert [e[:3] + e[4:] for e in _events("Women's halfpipe snowboarding. Gold: Anna Alpha (NOR). Silver: Berta Beta (SWE). "
                                           "Bronze: Carla Gamma (FIN).")] == [
        ("bronze", "carla-gamma", "FIN", "medal-list"), ("gold", "anna-alpha", "NOR", "medal-list"),
        ("silver", "berta-beta", "SWE", "medal-list")]


def test_a_shared_medal_goes_to_each():
    assert [e[:3] + e[4:] for e in _events("In the men's halfpipe snowboarding, Bo Beta of Sweden and Carl Gamma of Finland "
                                           "shared the silver.")] == [
        ("silver", "bo-beta", "SWE", "medal-tie"), ("silver", "carl-gamma", "FIN", "medal-won")]
    assert _events("In the men's halfpipe snowboarding, Carl Gamma of Finland tied for bronze.")[0][:2] == ("bronze", "carl-gamma")


@pytest.mark.parametrize("sentence, event", [
    ("In the pairs figure skating, Anna Alpha and Bo Beta of China won gold.", "figure-skating-mixed-pairs"),
    ("In the ice dance, Anna Alpha and Bo Beta of China won gold.", "figure-skating-mixed-ice-dance"),
    ("In the men's doubles luge, Anna Alpha and Bo Beta of China won gold.", "luge-men-doubles"),
    ("In the two-man bobsleigh, Anna Alpha and Bo Beta of China won gold.", "bobsleigh-men-two-man"),
    ("In the men's team sprint cross-country skiing, China's Anna Alpha and Bo Beta won gold.", "cross-country-skiing-men-team-sprint"),
])
def test_both_members_of_a_pair_or_crew_win_the_medal(sentence, event):
    assert [e[:4] for e in _events(sentence)] == [("gold", "anna-alpha", "CHN", event), ("gold", "bo-beta", "CHN", event)]


def test_a_pair_ahead_of_a_pair_gives_no_places():
    assert [e[1] for e in _events("In the pairs, Anna Alpha and Bo Beta of China won gold ahead of Carla Gamma and "
                                  "Dan Delta of Canada.")] == ["anna-alpha", "bo-beta"]


def test_a_curling_team_medal_with_and_without_its_members():
    named = _events("In the women's curling tournament, Great Britain (Eve Alpha, Vicky Beta, Jen Gamma and Hailey Delta) won gold.")
    assert {(e[1], e[2], e[3]) for e in named} == {(n, "GBR", "curling-women") for n in ("eve-alpha", "vicky-beta", "jen-gamma", "hailey-delta")}
    draft = extract_text(GAMES + "In the men's ice hockey tournament, Finland won gold.", "a.txt", names=NameIndex())
    assert draft.medals() == [] and [(m.fields["medal"], m.fields["nation"]) for m in draft.team_medals()] == [("gold", "FIN")]


def test_a_misspelt_surname_is_the_person_named_in_full_before():
    text = ("date 2018-02-13 The women's singles luge at the 2018 Winter Olympics was held on 13 February. "
            "The defending champion was Nadia Geisenwald of Germany. Geizenwald posted the fastest times, "
            "and she repeated her 2014 success.")
    assert _events(text)[0][:2] == ("gold", "nadia-geisenwald")


def test_relay_members_named_only_in_the_leg_narrative_join_their_nations_medal_team():
    text = RELAY + ("Norway won the event, with Sweden taking the silver medal and Germany bronze. "
                    "In the first leg, Norway (Anders Lunde), Sweden (Erik Lind) and Germany (Fritz Huber) skied together. "
                    "In the last leg, Gustav Makela of Finland and Otto Weber of Germany fell behind. "
                    "At the finish line, Anders Lunde was faster than Sven Berg of Sweden.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert _medals(draft) == [("bronze", "fritz-huber", "GER"), ("bronze", "otto-weber", "GER"),
                              ("gold", "anders-lunde", "NOR"), ("silver", "erik-lind", "SWE"), ("silver", "sven-berg", "SWE")]


def test_a_leg_narrative_never_grows_a_full_team():
    text = ("date 2022-02-10 The men's team sprint in cross-country skiing at the 2022 Winter Olympics was held on 10 February. "
            "Norway (Anders Lunde and Bjorn Moe) won the gold medal. In the last leg, Carl Nesse of Norway fell.")
    assert [m[1] for m in _medals(extract_text(text, "a.txt", names=NameIndex()))] == ["anders-lunde", "bjorn-moe"]


# --- Negatives: hedges, other competitions, other Games, partial results ----------------------------

@pytest.mark.parametrize("sentence", [
    "Anna Alpha of Norway missed out on a medal.",
    "Anna Alpha of Norway finished fourth.",
    "Anna Alpha of Norway finished just off the podium in fourth.",
    "Anna Alpha of Norway, who had won silver in 2014, finished fifth.",
    "Anna Alpha of Norway had won bronze four years earlier.",
    "Anna Alpha of Norway, the world champion, was sixth.",
    "Anna Alpha of Norway won the World Cup downhill title in 2021.",
    "Anna Alpha of Norway won silver at the 2021 World Championships.",
    "Anna Alpha of Norway won gold at the 2018 Winter Olympics.",
    "Anna Alpha of Norway won gold in Pyeongchang four years ago.",
    "Anna Alpha of Norway, a silver medallist in Sochi, was ninth.",
    "In 2018, Anna Alpha of Norway won the women's downhill.",
    "Anna Alpha of Norway won her heat.",
    "Anna Alpha of Norway won her semifinal.",
    "Anna Alpha of Norway won her quarterfinal heat.",
    "Anna Alpha of Norway won the qualification.",
    "Anna Alpha of Norway qualified first.",
    "Anna Alpha of Norway won the first run.",
    "Anna Alpha of Norway was first after the first run.",
    "Anna Alpha of Norway came second in the first training run.",
    "Anna Alpha of Norway led after the first run.",
    "The defending champion Anna Alpha of Norway crashed.",
    "Anna Alpha of Norway, the 2018 gold medallist, fell.",
    "Anna Alpha of Norway was the favourite to win gold.",
    "Anna Alpha of Norway is a two-time Olympic champion.",
    "Anna Alpha of Norway won the downhill in Kitzbuehel last year.",
])
def test_medals_of_other_competitions_games_or_rounds_are_not_drafted(sentence):
    assert _events("In the women's downhill, the race was held in snow. " + sentence) == []


def test_a_relative_clause_about_another_games_does_not_hide_this_medal():
    assert [e[:2] for e in _events("In the women's downhill, Anna Alpha of Italy, who won gold in 2018, took silver.")] == [
        ("silver", "anna-alpha")]


def test_games_written_after_the_name_and_news_dated_during_the_games():
    assert _events_of("date 2018-02-14 Winter Olympics 2018: the pairs. Anna Alpha and Bo Beta of China won gold.") == [
        ("gold", "anna-alpha", "pyeongchang-2018-figure-skating-mixed-pairs"), ("gold", "bo-beta", "pyeongchang-2018-figure-skating-mixed-pairs")]
    draft = extract_text("date 2018-02-20 Italy's Anna Alpha won the women's downhill gold medal in PyeongChang. "
                         "She won silver at the 2014 Sochi Games.", "a.txt", names=NameIndex())
    assert [m.fields["event"] for m in draft.medals()] == ["pyeongchang-2018-alpine-skiing-women-downhill"]
    assert next(f for f in draft.of_type("games")).rule == "games-dated-city"


def _events_of(text: str) -> list[tuple]:
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in extract_text(text, "a.txt", names=NameIndex()).medals())


def test_a_results_list_above_the_text_goes_to_the_one_event_named_later():
    text = ("date 2022-02-15 Alpha wins the downhill\n\nGold: Anna Alpha (Italy)\nSilver: Berta Beta (Norway)\n"
            "Bronze: Carla Gamma (USA)\n\nAnna Alpha won the women's downhill at the 2022 Winter Olympics.")
    assert _events_of(text) == [("bronze", "carla-gamma", "beijing-2022-alpine-skiing-women-downhill"),
                                ("gold", "anna-alpha", "beijing-2022-alpine-skiing-women-downhill"),
                                ("silver", "berta-beta", "beijing-2022-alpine-skiing-women-downhill")]


def test_medals_named_in_brackets_and_respectively():
    draft = extract_text(GAMES + "In the men's slopestyle snowboarding, Bo Beta shared the podium with Anders Alpha (gold) "
                                 "and Carl Gamma (bronze) of Canada.", "a.txt", names=NameIndex())
    assert [(m.fields["medal"], m.fields["athlete"], m.fields["nation"], m.rule) for m in draft.medals()] == [
        ("bronze", "carl-gamma", "CAN", "medal-list")]
    assert "gold medal of Anders Alpha not drafted: the athlete's nation is not stated" in draft.warnings  # no guess
    assert [e[:2] + e[4:] for e in _events("In the men's slopestyle snowboarding, Anders Alpha (CAN) and Bo Beta (CHN) won gold "
                                           "and silver, respectively.")] == [
        ("gold", "anders-alpha", "medal-respectively"), ("silver", "bo-beta", "medal-respectively")]


def test_took_home_nabbing_earning_and_representing_in_a_pairs_event():
    assert [e[:3] for e in _events("In the pairs figure skating, Germany's Anna Alpha and Bo Beta took home the gold medal, with "
                                   "China's Carla Gamma and Dan Delta nabbing silver and Canada's Eve Epsilon and Fred Zeta "
                                   "earning bronze.")] == [
        ("bronze", "eve-epsilon", "CAN"), ("bronze", "fred-zeta", "CAN"), ("gold", "anna-alpha", "GER"), ("gold", "bo-beta", "GER"),
        ("silver", "carla-gamma", "CHN"), ("silver", "dan-delta", "CHN")]
    assert [e[:3] for e in _events("Anna Alpha and Bo Beta representing Germany won the gold medal in pairs figure skating.")] == [
        ("gold", "anna-alpha", "GER"), ("gold", "bo-beta", "GER")]


def test_repeated_as_champion_retained_gold_and_finished_behind_for_the_bronze():
    assert _events("In the men's singles figure skating, Anders Alpha of Japan repeated as gold medalist.")[0][:2] == ("gold", "anders-alpha")
    assert _events("The snowboarding events were held at Genting. In the women's halfpipe, American Anna Alpha retained "
                   "Olympic women's halfpipe gold.")[0][:2] == ("gold", "anna-alpha")
    assert [e[:2] for e in _events("In the two-man bobsleigh, Anders Alpha and Bo Beta of Germany won the gold medal. Carl Gamma "
                                   "and Dan Delta of Latvia finished 1.69 seconds behind for the bronze.")] == [
        ("bronze", "carl-gamma"), ("bronze", "dan-delta"), ("gold", "anders-alpha"), ("gold", "bo-beta")]


def test_the_event_named_in_the_medal_clause_is_the_medals_event():
    text = ("date 2018-02-18 At the 2018 Winter Olympics, Norway won the men's 4 × 10 km cross-country relay. Anders Alpha of Norway won gold "
            "in the men's sprint classic and Bo Beta of Norway took gold in the men's 15km+15km skiathlon and silver in the 15 km.")
    assert _events_of(text) == [("gold", "anders-alpha", "pyeongchang-2018-cross-country-skiing-men-sprint"),
                                ("gold", "bo-beta", "pyeongchang-2018-cross-country-skiing-men-skiathlon")]


def test_a_medal_described_before_or_after_a_name_is_not_this_events():
    assert [e[:2] for e in _events("In the men's halfpipe snowboarding, the event was won by Anders Alpha of the United States, who "
                                   "previously won this event in 2006 and 2010. Bo Beta of Japan, the 2014 silver medalist, took silver.")] == [
        ("gold", "anders-alpha"), ("silver", "bo-beta")]


@pytest.mark.parametrize("sentence", [
    "Challengers included Anna Alpha of Norway, who won the bronze medal in the previous edition.",
    "Challengers included Anna Alpha of Norway, who won the bronze medal in the Super-G a couple of days before.",
    "Anna Alpha of Norway won the bronze medal four years prior.",
    "Anna Alpha of Norway won the bronze medal earlier in the Games.",
])
def test_medals_of_earlier_editions_and_other_events_are_not_drafted(sentence):
    assert _events("In the women's downhill, the race was held in snow. " + sentence) == []


def test_a_possessor_or_an_edged_rival_is_not_the_subject():
    text = ("date 2022-02-09 In the men's 1500 m short track at the 2022 Winter Olympics, Anders Alpha of Korea captured his first "
            "gold medal. Canada's Bo Beta edged ROC's Carl Gamma to finish second, and Carl Gamma took bronze. "
            "Dan Delta of Hungary, Alpha's teammate in training, won the B final.")
    assert [(m.fields["medal"], m.fields["athlete"]) for m in extract_text(text, "a.txt", names=NameIndex()).medals()] == [
        ("gold", "anders-alpha"), ("silver", "bo-beta"), ("bronze", "carl-gamma")]
    text = ("date 2022-02-09 In the men's 1500 m short track at the 2022 Winter Olympics, Anders Alpha of Korea won gold. "
            "Bo Beta of China, Alpha's brother, won the race.")
    assert [m.fields["athlete"] for m in extract_text(text, "a.txt", names=NameIndex()).medals()] == ["anders-alpha", "bo-beta"]


def test_the_rounds_before_the_final_win_no_medal():
    text = ("date 2022-02-09 In the men's 1500 m short track at the 2022 Winter Olympics, Anders Alpha of Korea won the gold medal, "
            "Bo Beta of Canada the silver and Carl Gamma of Italy the bronze.\n\nSemifinals\n\n"
            "Dan Delta of Hungary won the race. Eric Epsilon of China came in second to advance.\n\nQuarterfinals\n\n"
            "Fred Zeta of Japan won the opening heat. Gus Eta of France won the race.")
    assert [(m.fields["medal"], m.fields["athlete"]) for m in extract_text(text, "a.txt", names=NameIndex()).medals()] == [
        ("gold", "anders-alpha"), ("silver", "bo-beta"), ("bronze", "carl-gamma")]


def test_a_medal_in_another_distance_and_the_ellipsis_with_representing():
    text = ("date 2022-02-09 The men's 1500 metres in short track speed skating at the 2022 Winter Olympics was held on 9 February. "
            "Anders Alpha of Korea became the Olympic champion. Bo Beta of Canada won silver, his first Olympic medal, and "
            "Carl Gamma, representing the Russian Olympic Committee, bronze. Dan Delta of China captured the gold in the 1000m on Monday.")
    assert [(m.fields["medal"], m.fields["athlete"], m.fields["nation"], m.fields["event"]) for m in extract_text(text, "a.txt", names=NameIndex()).medals()] == [
        ("gold", "anders-alpha", "KOR", "beijing-2022-short-track-speed-skating-men-1500-m"),
        ("silver", "bo-beta", "CAN", "beijing-2022-short-track-speed-skating-men-1500-m"),
        ("bronze", "carl-gamma", "ROC", "beijing-2022-short-track-speed-skating-men-1500-m")]


def test_champions_of_a_crew_held_on_for_silver_and_the_silver_medal_position():
    assert [e[:2] for e in _events("In the men's doubles luge, Anders Alpha and Bo Beta of Germany became Olympic doubles champions.")] == [
        ("gold", "anders-alpha"), ("gold", "bo-beta")]
    assert [e[:2] + e[4:] for e in _events("In the men's singles figure skating, Anders Alpha of Japan stumbled on a quad loop but did "
                                           "hold on for silver.")] == [("silver", "anders-alpha", "medal-champion")]
    assert [e[:2] for e in _events("In the men's doubles luge, Anders Alpha and Bo Beta of Austria, who finished in the silver medal "
                                   "position, had clocked 1:31.785.")] == [("silver", "anders-alpha"), ("silver", "bo-beta")]
    assert _events("In the men's figure skating, Anders Alpha of the United States secured a second successive victory.")[0][:4] == (
        "gold", "anders-alpha", "USA", "figure-skating-men-singles")


def test_a_news_digest_of_several_sports_keeps_each_medal_out_of_the_previous_event():
    text = ("date 2022-02-10 American Anders Alpha won the gold medal Thursday in the men's figure skating competition at the 2022 "
            "Beijing Winter Olympics. In snowboarding, American Berta Beta defended her 2018 gold medal in the women's halfpipe. "
            "Spain's Carla Gamma took the silver medal in the event. Austrian skier Dan Delta won gold in the Alpine combine race.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert [(m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in draft.medals()] == [
        ("gold", "anders-alpha", "beijing-2022-figure-skating-men-singles")]
    assert "medal of Carla Gamma (silver) not drafted: no event named before it" in draft.warnings


def test_the_event_of_a_leading_after_clause_is_not_the_subjects():
    text = ("date 2014-02-12 Luge at the Sochi Games. After compatriots Felix Alpha and Nadia Beta of Germany won the men's and "
            "women's singles, Tom Gamma and Tim Delta of Germany clocked the fastest times to win the title.")
    assert extract_text(text, "a.txt", names=NameIndex()).medals() == []


def test_news_dated_during_games_it_does_not_name_does_not_draft_other_games_medals():
    text = ("date 2022-02-10 (BEIJING) — Anders Alpha of the United States has his Olympic gold medal. At the 2018 Pyeongchang "
            "Games, Anders Alpha earned bronze in the team figure skating event.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert all(not m.fields["event"].startswith("pyeongchang-2018") for m in draft.medals())


def test_was_the_champion_was_the_silver_medalist_and_a_bracketed_medal_after_over():
    text = ("title: Alpine skiing at the 2022 Winter Olympics – Men's downhill\n\n"
            "Anders Alpha of Switzerland was the champion, Bo Beta of France was the silver medalist, and Carl Gamma of Austria "
            "took the bronze. Dan Delta of Italy was the silver medalist in 2018. Eric Epsilon of Norway was the defending champion.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert [(m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in draft.medals()] == [
        ("gold", "anders-alpha", "beijing-2022-alpine-skiing-men-downhill"), ("silver", "bo-beta", "beijing-2022-alpine-skiing-men-downhill"),
        ("bronze", "carl-gamma", "beijing-2022-alpine-skiing-men-downhill")]
    assert draft.of_type("games")[0].quote == "Alpine skiing at the 2022 Winter Olympics – Men's downhill"  # the title names the Games
    assert [e[:2] for e in _events("In the men's downhill, Anders Alpha of Norway won the gold medal, with a slight advantage over "
                                   "Bo Beta of Norway (silver) and Carl Gamma of Switzerland (bronze).")] == [
        ("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]


def test_runner_up_an_all_nation_podium_and_a_relay_named_by_its_legs():
    assert [e[:3] for e in _events("In the men's downhill, Anders Alpha of Norway won, and Bo Beta of Austria finished runner-up.")] == [
        ("gold", "anders-alpha", "NOR"), ("silver", "bo-beta", "AUT")]
    assert _events("In the men's downhill, Anders Alpha of Norway was runner-up in 2018.") == []
    assert [e[:3] for e in _events("In the men's downhill, Anders Alpha of Norway won. Bo Beta of Norway and Carl Gamma of Norway "
                                   "completed the all-Norwegian podium.")] == [
        ("bronze", "carl-gamma", "NOR"), ("gold", "anders-alpha", "NOR"), ("silver", "bo-beta", "NOR")]
    relay = _events("In the men's 4 × 7.5 km biathlon relay, the Norwegian team (Anders Alpha, Bo Beta, Carl Gamma and Dan Delta) won gold.")
    assert {(e[0], e[2], e[3]) for e in relay} == {("gold", "NOR", "biathlon-men-4-x-7-5-km-relay")} and len(relay) == 4


# --- Families added after the fifth held-out batch (made-up sentences, positive and negative) -------------

def test_bobsleigh_crews_keep_man_and_woman_in_the_event_slug():
    assert _events("In the two-man bobsleigh, Anders Alpha and Bo Beta of Germany won the gold medal.")[0][3] == "bobsleigh-men-two-man"
    assert _events("In the two-woman bobsleigh, Anna Alpha and Berta Beta of Germany won the gold medal.")[0][3] == "bobsleigh-women-two-woman"
    assert _events("In the four-man bobsleigh, Anders Alpha of Germany won gold.")[0][3] == "bobsleigh-men-four-man"


def test_medals_at_a_test_event_or_a_year_before_are_not_this_events():
    text = ("In the men's skeleton, the event was won by Anders Alpha from Norway, with Bo Beta from Sweden taking the silver medal. "
            "Outsiders Carl Gamma of Latvia and Bo Beta had proven to perform well, winning medals at the Olympic test event a year before.")
    assert [e[:2] for e in _events(text)] == [("gold", "anders-alpha"), ("silver", "bo-beta")]
    assert _events("In the men's skeleton, Anders Alpha of Norway won the test event a year before.") == []
    assert _events("In the men's skeleton, Anders Alpha of Norway won the event.")[0][:2] == ("gold", "anders-alpha")  # still read


def test_one_athlete_wins_one_medal_in_an_event_the_surer_rule_stays():
    text = ("In the women's moguls, Anna Alpha of Norway won gold. Berta Beta of Sweden won silver and Carla Gamma of Finland won bronze. "
            "Carla Gamma, Berta Beta and Anna Alpha took the medals.")   # the list's order would give Gamma gold: the surer reading stays
    draft = extract_text(GAMES + text, "a.txt", names=NameIndex())
    assert _medals(draft) == [("bronze", "carla-gamma", "FIN"), ("gold", "anna-alpha", "NOR"), ("silver", "berta-beta", "SWE")]
    assert any("gold medal of Carla Gamma not drafted: the text gives them another medal in the same event" in w for w in draft.warnings)


def test_the_title_holder_was_is_this_events_only_without_another_competitions_qualifier():
    assert _events("In the men's downhill, Anders Alpha of Norway won the gold medal, and the bronze medalist was Carl Gamma of Sweden.")[0][:2] == (
        "bronze", "carl-gamma")
    assert _events("In the men's downhill, the Olympic champion was Anders Alpha of Norway.")[0][:2] == ("gold", "anders-alpha")
    for qualifier in ("reigning world", "defending Olympic", "2018", "World Cup downhill", "former"):
        assert _events(f"In the men's downhill, the {qualifier} champion was Anders Alpha of Norway.") == [], qualifier
    assert _events("In the men's downhill, the 2018 bronze medalist was Carl Gamma of Sweden.") == []


@pytest.mark.parametrize("sentence", [
    "Anna Alpha of Norway was first after two runs.",
    "Anna Alpha of Norway was leading after the first run.",
    "Anna Alpha of Norway, the favourite, was second after the first run.",
    "Anna Alpha of Norway was expected to win gold but finished fourth.",
    "Anna Alpha of Norway, who won silver in the first run, crashed in the second.",
    "Anna Alpha of Norway was in third place after the first run.",
    "Anna Alpha of Norway was first to start.",
    "Anna Alpha of Norway was predicted to win the gold medal.",
    "Anna Alpha of Norway was tipped for gold.",
    "Anna Alpha of Norway, who had led after the first run, finished fifth.",
    "The favourite was Anna Alpha of Norway.",
])
def test_a_run_a_leader_a_start_order_or_a_favourite_is_no_medal(sentence):
    assert _events("In the women's giant slalom, " + sentence) == []


def test_a_medal_won_after_a_place_in_a_run_is_read():
    assert _events("In the women's giant slalom, Anna Alpha of Norway was second in the first run and won gold.")[0][:2] == ("gold", "anna-alpha")
    assert _events("In the women's giant slalom, Anna Alpha of Norway, who had led after the first run, finished second.")[0][:2] == (
        "silver", "anna-alpha")


def test_a_list_in_the_order_of_the_lead_is_not_the_podium_order():
    text = "In the women's moguls, Anna Alpha of Norway, Berta Beta of Sweden and Carla Gamma of Finland consecutively came to the lead and took the podium."
    assert _events(text) == []
    text = "In the women's moguls, Anna Alpha of Norway, Berta Beta of Sweden and Carla Gamma of Finland took the podium."
    assert [e[:2] for e in _events(text)] == [("bronze", "carla-gamma"), ("gold", "anna-alpha"), ("silver", "berta-beta")]


def test_an_ellipsis_before_citation_markers():
    text = "In the men's 1500 m short track, Anders Alpha of Canada won silver, and Bo Beta, representing Italy, bronze.[2][3]"
    assert [e[:3] for e in _events(text)] == [("bronze", "bo-beta", "ITA"), ("silver", "anders-alpha", "CAN")]


def test_gold_medals_in_two_events_of_one_sentence():
    text = "Anna Alpha of the Czech Republic won gold medals in the women's super-G in alpine skiing and in the women's parallel giant slalom in snowboarding."
    assert [(e[0], e[3]) for e in _events(text)] == [("gold", "alpine-skiing-women-super-g"), ("gold", "snowboarding-women-parallel-giant-slalom")]
    # one medal word per event: read event by event, the second is not given the first's medal
    text = "Anna Alpha of Norway won gold medals in the women's super-G and finished fourth in the women's downhill."
    assert [(e[0], e[3]) for e in _events(text)] == [("gold", "alpine-skiing-women-super-g")]
    # the silver is the subject's too, in the event named right after it (since the ninth round), never the super-G's
    assert [(e[0], e[3]) for e in _events("Anna Alpha of Norway won gold in the women's super-G and silver in the women's downhill.")] == [
        ("gold", "alpine-skiing-women-super-g"), ("silver", "alpine-skiing-women-downhill")]


def test_repeating_an_earlier_result_does_not_make_this_medal_another_games():
    text = "In the women's normal hill ski jumping, Anna Alpha of Germany repeated her 2018 performance and won the silver medal."
    assert _events(text)[0][:2] == ("silver", "anna-alpha")
    assert _events("In the women's normal hill ski jumping, Anna Alpha of Germany won the silver medal in 2018.") == []


def test_two_crews_sharing_gold_each_member_with_the_nation_of_the_crew():
    text = ("In the two-man bobsleigh, Anders Alpha and Bo Beta of Canada and Carl Gamma and Dan Delta of Germany shared gold. "
            "Erik Epsilon and Fred Zeta of Latvia won the bronze medal.")
    assert [e[:3] for e in _events(text)] == [
        ("bronze", "erik-epsilon", "LAT"), ("bronze", "fred-zeta", "LAT"), ("gold", "anders-alpha", "CAN"), ("gold", "bo-beta", "CAN"),
        ("gold", "carl-gamma", "GER"), ("gold", "dan-delta", "GER")]


def test_a_korean_name_romanised_another_way_in_the_results_data():
    index = NameIndex()
    index.add_row("Kim Seung-Hun", "KOR", "M", 2010, "Speed Skating")
    found = index.match("Kim Seung-hoon", games=2010, discipline="speed-skating")
    assert (found.noc, found.how) == ("KOR", "fuzzy")
    assert index.match("Kim Seung-hoon", games=2014) is None         # fuzzy only within the same Games
    assert index.match("Park Seung-hoon", games=2010) is None        # another family name
    assert index.match("Kim Dae-heon", games=2010) is None           # another given name


# --- Olympic and world records of an event -------------------------------------------------------

RACE = "date 2022-02-10 At the 2022 Winter Olympics, in the men's 10,000 m speed skating, "


def _records(text: str) -> list[tuple]:
    draft = extract_text(text, "a.txt", names=NameIndex())
    return sorted((r.fields["category"], r.fields["holder"]) for r in draft.records())


OR = "olympic-record-beijing-2022-speed-skating-men-10000-m"
WR = "world-record-beijing-2022-speed-skating-men-10000-m"


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway won gold and set an Olympic record.",
    "Anders Alpha of Norway won gold with a new Olympic record of 12:39.77.",
    "Anders Alpha of Norway won gold in Olympic record time.",
    "Anders Alpha of Norway won gold, edging the existing Olympic record by 0.37 seconds.",
    "Anders Alpha of Norway won gold, bettering the Olympic record.",
])
def test_an_olympic_record_set_in_the_race(sentence):
    assert _records(RACE + sentence) == [(OR, "anders-alpha")]


def test_a_world_record_broken_and_records_set_by_two_skaters_in_turn():
    assert _records(RACE + "Anders Alpha of Norway broke the world record.") == [(WR, "anders-alpha")]
    assert _records(RACE + "Anders Alpha of Norway won. During the race, first Bo Beta of Canada and then Anders Alpha set Olympic records.") == [
        (OR, "anders-alpha"), (OR, "bo-beta")]


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway finished under the impression that he had won the gold medal in a new Olympic record, but he was disqualified.",
    "Anders Alpha of Norway nearly broke the world record.",
    "Anders Alpha of Norway failed to beat the Olympic record.",
    "Anders Alpha of Norway won gold; he had set the Olympic record in 2018.",
    "Anders Alpha of Norway set the world record at the World Cup in Calgary.",
    "Anders Alpha of Norway set a new world record score in the short program.",
    "Anders Alpha of Norway broke his personal and the national record.",
    "Anders Alpha of Norway won gold; Bo Beta of Sweden had set the Olympic record four years earlier.",
    "The Olympic record was set by Bo Beta of Sweden in 2018.",
])
def test_records_hedged_elsewhere_or_of_a_part_of_the_event_are_not_drafted(sentence):
    assert _records(RACE + sentence) == []


def test_records_set_in_the_passive_one_per_event_and_per_team_member():
    text = ("date 2022-03-01 Norway at the 2022 Winter Olympics. Olympic speed skating records were set on the men's 5,000 metres by "
            "Anders Alpha of Norway, the men's team pursuit by Bo Beta of Norway, Carl Gamma of Norway and Dan Delta of Norway, and the "
            "women's team pursuit by Anna Alpha of Norway and Berta Beta of Norway.")
    prefix = "olympic-record-beijing-2022-speed-skating-"
    assert [(c.removeprefix(prefix), h) for c, h in _records(text)] == [
        ("men-5000-m", "anders-alpha"), ("men-team-pursuit", "bo-beta"), ("men-team-pursuit", "carl-gamma"),
        ("men-team-pursuit", "dan-delta"), ("women-team-pursuit", "anna-alpha"), ("women-team-pursuit", "berta-beta")]


def test_record_holders_named_before_or_after_their_title():
    text = (RACE + "The defending champion and the Olympic record holder Anders Alpha of Norway did not start. "
            "The silver medalist and world record holder, Bo Beta of Canada, qualified as well.")
    assert _records(text) == [(OR, "anders-alpha"), (WR, "bo-beta")]
    assert _records(RACE + "Carl Gamma of Sweden, the world record holder at this distance, won.") == [(WR, "carl-gamma")]
    assert _records(RACE + "Anders Alpha of Norway won gold, 0.1 s off the world record held by Bo Beta of Sweden.") == [(WR, "bo-beta")]
    assert _records(RACE + "The Olympic record was set by Bo Beta of Sweden.") == [(OR, "bo-beta")]


# --- Families added after the sixth held-out batch (made-up sentences, positive and negative) -------------

SPRINT = "date 2022-02-11 At the 2022 Winter Olympics, in the women's biathlon sprint, "


def test_finishing_in_first_position_in_a_race_summary_but_not_after_a_shooting():
    assert _events("In the women's biathlon sprint, Anna Alpha of Norway did not have difficulties preserving the lead and "
                   "eventually finishing in first position.")[0][:2] == ("gold", "anna-alpha")
    assert _events("In the women's biathlon sprint, Anna Alpha of Norway finished on the podium in third place.")[0][:2] == ("bronze", "anna-alpha")


@pytest.mark.parametrize("sentence", [
    "Anna Alpha of Norway was in first position after the first shooting.",
    "Anna Alpha of Norway did not finish in first position.",
    "Anna Alpha of Norway remained in the bronze medal position until the last shooting.",
    "Anna Alpha of Norway was in the silver medal position after the prone shooting.",
    "Anna Alpha of Norway finished in 21:06.2, which would have been enough for bronze.",
    "Anna Alpha of Norway had a time that was enough for silver in the first run.",
    "Anna Alpha of Norway, leading after the prone shooting, missed twice and finished fifth.",
])
def test_a_place_at_a_shooting_a_negated_place_or_a_time_that_would_have_been_enough_is_no_medal(sentence):
    assert _events("In the women's biathlon sprint, " + sentence) == []


def test_a_medal_position_kept_and_a_time_enough_for_a_medal():
    assert _events("In the women's biathlon sprint, Anna Alpha of Norway remained in the bronze medal position.")[0][:2] == ("bronze", "anna-alpha")
    assert _events("In the women's biathlon sprint, Anna Alpha of Norway finished in 21:06.2, good enough for bronze.")[0][:2] == ("bronze", "anna-alpha")
    # the name inside another's relative clause is not the subject of the "which was sufficient" clause
    text = ("In the women's biathlon sprint, Anna Alpha of Norway won gold. Berta Beta of Sweden, who started just before Anna Alpha, "
            "and after the second shooting was behind her by 0.1 seconds, won over a second on the last stretch, which was sufficient "
            "for an eventual silver medal.")
    assert [e[:2] for e in _events(text)] == [("gold", "anna-alpha"), ("silver", "berta-beta")]


def test_a_pair_crowned_after_a_segment_a_pair_leading_after_a_segment_and_a_pair_in_third():
    text = ("In the pair skating, Anna Alpha and Bo Beta of Germany became Olympic champions after finishing fourth in the short program. "
            "Carla Gamma and Dan Delta of China, leading after the short program, made a couple of mistakes in the free program and won "
            "silver. Eve Epsilon and Fred Zeta of Canada were third.")
    assert [e[:4] for e in _events(text)] == [
        ("bronze", "eve-epsilon", "CAN", "figure-skating-mixed-pairs"), ("bronze", "fred-zeta", "CAN", "figure-skating-mixed-pairs"),
        ("gold", "anna-alpha", "GER", "figure-skating-mixed-pairs"), ("gold", "bo-beta", "GER", "figure-skating-mixed-pairs"),
        ("silver", "carla-gamma", "CHN", "figure-skating-mixed-pairs"), ("silver", "dan-delta", "CHN", "figure-skating-mixed-pairs")]
    assert _events("In the pair skating, Anna Alpha and Bo Beta of Germany were third after the short program.") == []


def test_siblings_sharing_a_surname_are_two_athletes():
    assert [e[:3] for e in _events("In the men's doubles luge, Austrian brothers Anders and Bo Beta won the gold medal. The silver "
                                   "medal was also won by a pair of brothers, Carl and Dan Gamma of Latvia.")] == [
        ("gold", "anders-beta", "AUT"), ("gold", "bo-beta", "AUT"), ("silver", "carl-gamma", "LAT"), ("silver", "dan-gamma", "LAT")]
    draft = extract_text(GAMES + "In the men's doubles luge, Austrian brothers Anders and Bo Beta won the gold medal.", "a.txt", names=NameIndex())
    names = {f.fields["athlete"]: f.fields["name"] for f in draft.of_type("athlete")}
    assert names == {"anders-beta": "Anders", "bo-beta": "Bo Beta"}   # the name as written ("Anders Beta" never is)
    assert len({m.id for m in draft.medals()}) == 2


@pytest.mark.parametrize("sentence, athletes", [
    ("In the men's doubles luge, Anders and Bo Beta of Austria won gold.", ["bo-beta"]),       # siblings not said, name not known
    ("In the men's doubles luge, Kitzbuehel and Bo Beta of Austria won gold.", ["bo-beta"]),
    ("In the men's doubles luge, the brothers Norway and Bo Beta of Austria won gold.", ["bo-beta"]),
    ("In the men's doubles luge, the brothers Anna Alpha and Bo Beta of Austria won gold.", ["anna-alpha", "bo-beta"]),
])
def test_a_word_before_and_is_a_sibling_only_when_it_is_a_given_name_of_siblings(sentence, athletes):
    assert [e[1] for e in _events(sentence)] == athletes


@pytest.mark.parametrize("sentence", [
    "In the women's team pursuit speed skating, Anna Alpha, Berta Beta, and Carla Gamma of Japan set an Olympic record in the semifinals "
    "and eventually won the silver medal.",
    "In the women's team pursuit speed skating, Japan (Anna Alpha, Berta Beta and Carla Gamma) took silver.",
    "In the women's team pursuit speed skating, Anna Alpha, Berta Beta and Carla Gamma, representing Japan, won the silver medal.",
    "In the women's team pursuit speed skating, Japan's team of Anna Alpha, Berta Beta and Carla Gamma won silver.",
])
def test_a_teams_members_listed_with_their_nation_win_its_medal(sentence):
    assert [e[:3] for e in _events(sentence)] == [("silver", n, "JPN") for n in ("anna-alpha", "berta-beta", "carla-gamma")]


@pytest.mark.parametrize("sentence", [
    "In the women's team pursuit speed skating, Anna Alpha, Berta Beta, and Carla Gamma of Japan won the silver medal in the semifinals.",
    "In the women's team pursuit speed skating, Anna Alpha, Berta Beta, and Carla Gamma of Japan won silver in the semifinals and "
    "eventually finished fourth.",
])
def test_a_medal_word_of_a_round_stays_unread_in_a_coordinated_clause(sentence):
    assert _events(sentence) == []


PURSUIT = "date 2022-02-15 At the 2022 Winter Olympics, in the men's team pursuit speed skating, Anders Alpha of Norway won gold. "
PURSUIT_OR = "olympic-record-beijing-2022-speed-skating-men-team-pursuit"
PURSUIT_WR = "world-record-beijing-2022-speed-skating-men-team-pursuit"


@pytest.mark.parametrize("sentence, record", [
    ("Norway were the defending champion and the Olympic record holder at the beginning of the Olympics.", (PURSUIT_OR, "NOR")),
    ("Japan, the world record holder, did not reach the final.", (PURSUIT_WR, "JPN")),
    ("Before the Games, the world record was held by Japan.", (PURSUIT_WR, "JPN")),
    ("The world record holders were the United States.", (PURSUIT_WR, "USA")),
    ("At one of the world cup events, two months before the start of the Olympics, the US team set a new world record.", (PURSUIT_WR, "USA")),
])
def test_a_nations_record_named_before_the_games(sentence, record):
    assert record in _records(PURSUIT + sentence)


@pytest.mark.parametrize("text", [
    PURSUIT + "Norway were the former world record holder.",
    PURSUIT + "Norway could break the world record.",
    PURSUIT + "The US team set a new world record at the World Cup in Calgary.",
    RACE + "Anders Alpha of Norway won gold. Norway is the world record holder.",   # an individual event: no nation's record
])
def test_a_former_hoped_for_or_individual_events_nation_record_is_not_drafted(text):
    assert [r for r in _records(text) if r[1].isupper()] == []


def test_world_record_scores_of_the_total_but_not_of_a_segment():
    head = "date 2022-02-14 At the 2022 Winter Olympics, in the ice dance, Anna Alpha and Bo Beta of France won gold. "
    wr = "world-record-beijing-2022-figure-skating-mixed-ice-dance"
    assert _records(head + "Alpha and Beta also set new world record scores in both the rhythm dance and overall total.") == [
        (wr, "anna-alpha"), (wr, "bo-beta")]
    assert _records(head + "Alpha and Beta also set a new world record score in the rhythm dance.") == []


def test_the_silver_medal_was_won_by_is_a_silver_and_a_medal_word_away_from_the_verb_is_not_read():
    assert [e[:2] for e in _events("In the men's downhill, Anders Alpha of Norway won gold. The silver medal was won by Bo Beta of Sweden.")] == [
        ("gold", "anders-alpha"), ("silver", "bo-beta")]
    assert _events("In the men's downhill, the silver in the event was won by Bo Beta of Sweden.") == []
    assert [e[:2] for e in _events("In the men's doubles luge, the gold medal was won by Anders Alpha and Bo Beta of Austria, the silver "
                                   "medal by Carl Gamma and Dan Delta of Italy.")] == [
        ("gold", "anders-alpha"), ("gold", "bo-beta"), ("silver", "carl-gamma"), ("silver", "dan-delta")]


def test_an_ellipsis_followed_by_an_appositive_about_the_medal():
    text = ("In the women's biathlon sprint, Anna Alpha of Sweden won silver, her first Olympic medal, and Dora Delta of Italy bronze, "
            "her first individual Olympic medal.")
    assert [e[:3] for e in _events(text)] == [("bronze", "dora-delta", "ITA"), ("silver", "anna-alpha", "SWE")]


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway was victorious.",
    "Anders Alpha of Norway emerged victorious.",
    "Anders Alpha of Norway claimed victory.",
    "Anders Alpha of Norway triumphed.",
    "Anders Alpha of Norway was the winner.",
    "The winner was Anders Alpha of Norway.",
])
def test_victory_words_give_gold(sentence):
    assert _events("In the men's downhill, " + sentence)[0][:2] == ("gold", "anders-alpha")


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway was the winner of the first run.",
    "Anders Alpha of Norway claimed victory in the first training run.",
    "Anders Alpha of Norway was victorious in 2018.",
    "Anders Alpha of Norway was victorious at the World Cup in Wengen.",
    "Anders Alpha of Norway was expected to be victorious.",
    "The winner of the first run was Anders Alpha of Norway.",
    "The World Cup winner was Anders Alpha of Norway.",
])
def test_victory_words_of_a_run_another_competition_or_a_forecast_give_nothing(sentence):
    assert _events("In the men's downhill, " + sentence) == []


def test_a_relay_member_named_by_the_leg_skied_for_a_nation():
    head = "In the men's 4 × 10 km cross-country relay, "
    assert [e[:3] for e in _events(head + "Anders Alpha skied the anchor leg for Norway, which won gold.")] == [("gold", "anders-alpha", "NOR")]
    assert [e[:3] for e in _events(head + "Norway won gold. Anders Alpha skied the first leg for Norway.")] == [("gold", "anders-alpha", "NOR")]
    assert _events(head + "Sweden won silver. Anders Alpha skied the anchor leg for Norway, which finished fourth.") == []


def test_the_page_titles_event_takes_in_a_mention_with_its_distance():
    text = ("title: Biathlon at the 2018 Winter Olympics – Women's sprint\n\nThe women's 7.5 km sprint was held on 10 February. "
            "Anna Alpha of Germany won gold. The men's 10 km sprint was won by Anders Alpha of Norway.")
    assert _events_of(text) == [("gold", "anders-alpha", "pyeongchang-2018-biathlon-men-sprint"),   # (biathlon's sprint: one id)
                                ("gold", "anna-alpha", "pyeongchang-2018-biathlon-women-sprint")]


@pytest.mark.parametrize("sentence, podium", [
    ("Anders Alpha of Norway won the gold medal, with Bo Beta of Sweden and Carl Gamma of Finland taking silver and bronze.",
     [("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]),
    ("Anders Alpha of Norway, Bo Beta of Sweden and Carl Gamma of Finland won gold, silver and bronze, respectively.",
     [("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]),
    # (the one beaten to the gold is second: since the round after held out 14)
    ("Anders Alpha of Norway beat Bo Beta of Sweden to the gold.", [("gold", "anders-alpha"), ("silver", "bo-beta")]),
    ("Anders Alpha of Norway won the downhill, his first Olympic title.", [("gold", "anders-alpha")]),
    ("Anders Alpha of Norway was crowned Olympic champion.", [("gold", "anders-alpha")]),
    ("Anders Alpha of Norway won with a time of 1:42.69.", [("gold", "anders-alpha")]),
    ("Anders Alpha of Norway won, Bo Beta of Sweden was second and Carl Gamma of Finland third.",
     [("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]),
    ("Anders Alpha of Norway took the win ahead of Bo Beta of Sweden and Carl Gamma of Finland.",
     [("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]),
])
def test_more_race_summary_phrasings(sentence, podium):
    assert [e[:2] for e in _events("In the men's downhill, " + sentence)] == podium


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway finished second, but was later disqualified.",
    "Anders Alpha of Norway won gold but was stripped of the medal.",
    "Anders Alpha of Norway won the silver medal, later upgraded to gold.",
    "Anders Alpha of Norway was one of the favourites to win gold.",
    "Anders Alpha of Norway was among the contenders to win gold.",
    "Anders Alpha of Norway beat Bo Beta of Sweden to the lead in the first run.",
    "Anders Alpha of Norway and Bo Beta of Austria won gold and silver in the downhill and super-G.",
    "Anders Alpha of Norway and Bo Beta of Sweden were the silver and bronze medalists, respectively.",   # often a past title
    "Anders Alpha of Norway won the downhill in Kitzbuehel last year.",
])
def test_a_medal_taken_away_a_contender_a_lead_or_an_unordered_list_is_not_drafted(sentence):
    assert [e for e in _events("In the men's downhill, " + sentence) if e[1] == "anders-alpha"] == []


def test_one_skiers_place_in_a_relay_is_a_legs_and_a_team_placed_second_wins_silver():
    text = RELAY + ("Sweden won gold, while misses proved costly for second-placed Norway and third-placed Germany. "
                    "Here are their times: Sweden (Anders Lunde, Bjorn Moe, Carl Nesse and Dag Rustad). "
                    "Germany (Fritz Huber, Gerd Keller, Hans Lang and Jens Maier). "
                    "Fritz Huber got Germany off to a strong start, and he was first in and out of the opening shoot.")
    medals = _medals(extract_text(text, "a.txt", names=NameIndex()))
    assert ("bronze", "fritz-huber", "GER") in medals and ("gold", "fritz-huber", "GER") not in medals
    assert {m[0] for m in medals} == {"gold", "bronze"} and len(medals) == 8   # Norway's placing is hedged ("misses"): not read


def test_a_lone_name_in_a_results_list_is_not_a_pairs_medal():
    text = ("date 2018-02-23 A look at the medal winners of the pairs figure skating at the 2018 Winter Olympics.\n\n"
            "Bronze: Anna Alpha and Bo Beta of Canada — they came through.\n\nGold: Carl Gamma of Japan — he repeated.")
    assert [(m.fields["medal"], m.fields["athlete"]) for m in extract_text(text, "a.txt", names=NameIndex()).medals()] == [
        ("bronze", "anna-alpha"), ("bronze", "bo-beta")]


def test_the_event_after_the_medal_words_is_the_medals_and_a_place_between_two_events_is_not_read():
    head = "date 2018-03-01 Netherlands at the 2018 Winter Olympics. "
    assert _events_of(head + "Anna Alpha of the Netherlands, the 2014 champion in the women's 1500 m speed skating, won silver in the "
                             "women's 3000 m speed skating.") == [("silver", "anna-alpha", "pyeongchang-2018-speed-skating-women-3000-m")]
    assert _events_of(head + "Anna Alpha of the Netherlands took gold in the women's 1500 m speed skating; Berta Beta of the Netherlands "
                             "won silver in the women's 3000 m speed skating.") == [
        ("gold", "anna-alpha", "pyeongchang-2018-speed-skating-women-1500-m"), ("silver", "berta-beta", "pyeongchang-2018-speed-skating-women-3000-m")]
    assert _events_of(head + "In speed skating, Anna Alpha of the Netherlands won the women's 1500 m and finished second in the women's 3000 m.") == []


def test_two_medals_listed_after_two_names_go_in_order_but_a_medalist_clause_stays_its_own():
    assert [e[:2] for e in _events("In the men's downhill, Anders Alpha of Norway won gold, with Bo Beta of Sweden and Carl Gamma of "
                                   "Finland taking the silver and bronze medals.")] == [
        ("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]
    assert [e[:2] for e in _events("In the men's downhill, Anders Alpha of Norway won the gold medal, Bo Beta of Sweden took the silver, "
                                   "and the bronze medalist was Carl Gamma of Finland.")] == [
        ("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]


def test_a_crew_after_went_to_or_bagged_by_the_pair_or_duo_of():
    text = ("In the women's team sprint cross-country skiing, Anna Alpha and Berta Beta of Germany won gold. Silver went to the Swedish "
            "pair of Carla Gamma and Dora Delta. The bronze was bagged by the Finnish duo of Eva Epsilon and Fanny Zeta.")
    assert [e[:2] for e in _events(text)] == [("bronze", "eva-epsilon"), ("bronze", "fanny-zeta"), ("gold", "anna-alpha"), ("gold", "berta-beta"),
                                              ("silver", "carla-gamma"), ("silver", "dora-delta")]


def test_an_event_in_a_relative_clause_or_describing_the_athletes_is_not_the_medals():
    text = ("In the women's team sprint cross-country skiing, Germany's women's relay silver medallists, Anna Alpha and Berta Beta, "
            "won gold. Silver went to the Swedish pair of Carla Gamma and Dora Delta, who took gold and silver in the women's individual sprint.")
    assert {e[3] for e in _events(text)} == {"cross-country-skiing-women-team-sprint"}


def test_raced_to_victory_and_a_third_place_after_with():
    assert [e[:2] for e in _events("In the women's monobob, Anna Alpha of the United States surged to victory, with Carla Gamma of Canada "
                                   "in third.")] == [("bronze", "carla-gamma"), ("gold", "anna-alpha")]
    assert _events("In the women's monobob, Anna Alpha of the United States raced to victory in the first run.") == []
    assert [e[:2] for e in _events("In the women's monobob, Anna Alpha of the United States won gold, with Carla Gamma of Canada in third "
                                   "after the first run.")] == [("gold", "anna-alpha")]


def test_a_nations_medal_claimed_by_it_is_the_medal_named_never_a_gold():
    head = "In the men's 4 × 10 km cross-country relay, "
    members = "Norway (Anders Alpha, Bo Beta, Carl Gamma and Dan Delta)."
    assert {e[0] for e in _events(head + "the bronze was claimed by " + members)} == {"bronze"}
    assert {e[0] for e in _events(head + "the gold was won by " + members)} == {"gold"}
    assert _events(head + "the third place in the relay was claimed by " + members) == []


# --- Families added after the seventh held-out batch (made-up sentences, positive and negative) -----------

def test_a_format_whose_name_starts_with_a_discipline_is_the_format():
    assert [e[3] for e in _events("In the women's snowboard cross, Anna Alpha of Italy won gold.")] == ["snowboarding-women-snowboard-cross"]
    assert [e[3] for e in _events("In the men's snowboard cross, Anders Alpha of Austria won the event.")] == ["snowboarding-men-snowboard-cross"]
    assert [e[3] for e in _events("In the men's boardercross, Anders Alpha of Austria won gold.")] == ["snowboarding-men-snowboard-cross"]
    assert [e[3] for e in _events("In the women's SBX, Anna Alpha of Italy won gold.")] == ["snowboarding-women-snowboard-cross"]
    # a discipline before another format is still the discipline
    assert [e[3] for e in _events("In the women's snowboard halfpipe, Anna Alpha of Italy won gold.")] == ["snowboarding-women-halfpipe"]


def test_a_place_after_an_appositive_in_an_ellipsis():
    text = ("In the women's snowboard cross, the event was won by Anna Alpha of Italy. Berta Beta of France became second, "
            "and Carla Gamma of Sweden, the defending champion, third.")
    assert [e[:3] for e in _events(text)] == [("bronze", "carla-gamma", "SWE"), ("gold", "anna-alpha", "ITA"), ("silver", "berta-beta", "FRA")]
    # an appositive and no place: nothing for her
    text = ("In the women's snowboard cross, the event was won by Anna Alpha of Italy, and Carla Gamma of Sweden, the defending "
            "champion, fell.")
    assert [e[1] for e in _events(text)] == ["anna-alpha"]


def test_the_medalist_was_a_teammate_or_compatriot_named():
    text = ("In the men's super-G, Anders Alpha of Norway won the gold medal, Bo Beta of the United States took the silver, and "
            "the bronze medalist was U.S. teammate Carl Gamma of the United States.")
    assert ("bronze", "carl-gamma", "USA") in [e[:3] for e in _events(text)]
    assert _events("In the men's super-G, the 2014 bronze medalist was compatriot Carl Gamma of the United States.") == []


def test_a_gold_clinched_after_the_shooting_and_targets_that_are_not_a_hedge():
    text = ("In the men's 20 km individual biathlon, Anders Alpha of Germany hit 19 of the 20 targets and used a net time of 54:23.0 "
            "(with one penalty minute) to clinch the gold medal.")
    assert [e[:3] for e in _events(text)] == [("gold", "anders-alpha", "GER")]
    assert _events("In the men's 20 km individual biathlon, Anders Alpha of Germany targets the gold medal.") == []
    assert _events("In the men's 20 km individual biathlon, Anders Alpha of Germany targets a medal and hopes to clinch the gold.") == []


def test_a_nations_medal_with_the_athlete_who_won_it():
    head = "In the men's 20 km individual biathlon, Anders Alpha of Germany won gold. "
    # (biathlon's individual has its distance in its name: one id with "the individual", as the annotators write it)
    assert ("bronze", "bo-beta", "NOR", "biathlon-men-individual", "medal-nation-with") in _events(
        head + "Norway also won the bronze medal, with Bo Beta beating Carl Gamma by 0.8 seconds.")
    # not the clause's subject, an athlete of another nation, a hedge
    for sentence in ("Carl Gamma finished behind Norway, who won the bronze medal, with Bo Beta fourth.",
                     "Norway won the bronze medal, with Bo Beta of Sweden fourth.",
                     "Norway could have won the bronze medal, with Bo Beta in form."):
        assert [e[1] for e in _events(head + sentence)] == ["anders-alpha"], sentence


def _sexed(text: str, rows: list[tuple]) -> list[tuple]:
    index = NameIndex()
    for name, noc, sex in rows:
        index.add_row(name, noc, sex, 2014, "Snowboarding")
    draft = extract_text("date 2014-03-01 Canada at the 2014 Winter Olympics in Sochi. " + text, "a.txt", names=index)
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in draft.medals())


def test_an_events_sex_from_its_medallist_only_where_the_text_gives_it():
    rows = [("Carl Gamma", "CAN", "M"), ("Anna Alpha", "CAN", "F")]
    # a page of men's and women's events, no word of his sex: the event is not read
    text = ("Carl Gamma of Canada won a bronze in the slopestyle snowboarding event. Anna Alpha of Canada won the gold medal in "
            "the women's halfpipe snowboarding and her sister finished fifth.")
    assert _sexed(text, rows) == [("gold", "anna-alpha", "sochi-2014-snowboarding-women-halfpipe")]
    # the text says it: "he", "brothers"; or every sex the article gives is his
    assert _sexed("Carl Gamma of Canada won a bronze in the slopestyle snowboarding event. He was 20.", rows) == [
        ("bronze", "carl-gamma", "sochi-2014-snowboarding-men-slopestyle")]
    assert _sexed("Carl Gamma of Canada won a bronze in the slopestyle snowboarding event, a week after the men's big air.", rows) == [
        ("bronze", "carl-gamma", "sochi-2014-snowboarding-men-slopestyle")]


def test_a_name_the_results_data_shortens_to_its_first_family_name():
    index = NameIndex()
    index.add_row("Berta Beta", "FRA", "F", 2018, "Snowboarding")
    index.add_row("Carla Gamma", "SWE", "F", 2018, "Luge")
    text = ("date 2018-02-16 At the 2018 Winter Olympics, in the women's snowboard cross, Berta Beta de Sousa Mabileau won silver. "
            "In the women's snowboard cross, Carla Gamma de Sousa won bronze.")
    draft = extract_text(text, "a.txt", names=index)
    assert [(m.fields["athlete"], m.fields["nation"]) for m in draft.medals()] == [("berta-beta-de-sousa-mabileau", "FRA")]
    assert any("prefix match" in w for w in draft.warnings)   # a nation from a shortened name is warned; another sport's row gives none


def test_a_biographys_olympic_title_in_the_individual_sprint_with_a_pronoun():
    index = NameIndex()
    index.add_row("Anders Alpha", "NOR", "M", 2014, "Cross Country Skiing")
    bio = ("date 2020-01-01 Anders Alpha (born 1982) is a former Norwegian cross-country skier who competed at the 2014 Winter Olympics. "
           "Competing in three Winter Olympics, he became Olympic champion in the individual sprint event at Sochi in 2014.")
    medals = lambda text: [(m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in extract_text(text, "a.txt", names=index).medals()]
    assert medals(bio) == [("gold", "anders-alpha", "sochi-2014-cross-country-skiing-men-sprint")]
    # a pronoun sentence about a year other than the article's Games is not read
    assert medals(bio + " He became world champion in the individual sprint in 2009.") == [
        ("gold", "anders-alpha", "sochi-2014-cross-country-skiing-men-sprint")]
    # in a biography a Games year with "Olympic" is that Games' medal (the ninth round's biography families); the year of
    # a world title stays out (above), and so does an Olympic title whose year is no Winter Games'
    assert medals(bio.replace("at Sochi in 2014", "in 2010")) == [("gold", "anders-alpha", "vancouver-2010-cross-country-skiing-men-sprint")]
    assert medals(bio.replace("at Sochi in 2014", "in 2011")) == []


def test_three_world_best_scores_are_the_events_world_record_but_a_segments_is_not():
    head = "date 2010-02-26 At the 2010 Winter Olympics, in the ladies' singles figure skating, "
    draft = extract_text(head + "Anna Alpha from South Korea won the gold medal setting three world best scores.", "a.txt", names=NameIndex())
    assert [(r.fields["category"], r.fields["holder"]) for r in draft.records()] == [
        ("world-record-vancouver-2010-figure-skating-women-singles", "anna-alpha")]
    for sentence in ("Anna Alpha from South Korea won the gold medal setting a world best score in the short program.",
                     "Anna Alpha from South Korea won the gold medal and nearly set three world best scores."):
        assert extract_text(head + sentence, "a.txt", names=NameIndex()).records() == [], sentence


def test_team_members_named_with_with_or_represented_by():
    hockey = "date 2014-02-23 In the men's ice hockey tournament at the 2014 Winter Olympics, "
    assert [e[:3] for e in _events_of_nations(hockey + "Finland finished with the bronze medal, beating the United States, with captain "
                                                       "Teemu Alpha awarded as the MVP.")] == [("bronze", "teemu-alpha", "FIN")]
    # the name after "with" is another nation's: not Finland's member
    assert _events_of_nations(hockey + "Finland finished with the bronze medal, beating the United States, with the United States' "
                                       "captain Zach Beta injured.") == []
    relay = ("title: Biathlon 2018/Men's relay\n\nThe men's relay of Biathlon 2018 during the 2018 Winter Olympics was "
             "held on 23 February. The event was won by the team from Sweden, with Norway taking the silver medal. Norway, the leader "
             "in the World Cup standings, was represented by Anders Alpha and Bo Beta. The team with the fastest time after 4x7.5 "
             "kilometres is the winner.")
    assert _events_of_nations(relay) == [("silver", "anders-alpha", "NOR", "pyeongchang-2018-biathlon-men-4-x-7-5-km-relay"),
                                         ("silver", "bo-beta", "NOR", "pyeongchang-2018-biathlon-men-4-x-7-5-km-relay")]
    # without the page title's relay, legs alone name no event: the text's "men's relay" keeps its slug
    assert {e[3] for e in _events_of_nations(relay.replace("title: Biathlon 2018/Men's relay\n\n", "date 2018-02-23 "))} == {
        "pyeongchang-2018-biathlon-men-relay"}
    # represented by, with another nation between: nobody's member
    assert _events_of_nations(relay.replace("Norway, the leader in the World Cup standings, was", "Norway led France, which was")) == []


def _events_of_nations(text: str) -> list[tuple]:
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"], m.fields["event"])
                  for m in extract_text(text, "a.txt", names=NameIndex()).medals())


def test_finished_with_the_bronze_and_a_dateline_nation_is_not_the_athletes():
    assert [e[:3] for e in _events("In the men's snowboard cross, Anders Alpha of Austria claimed the gold medal. Bo Beta of Italy "
                                   "finished with the bronze medal.")] == [("bronze", "bo-beta", "ITA"), ("gold", "anders-alpha", "AUT")]
    assert _events("In the men's snowboard cross, Bo Beta of Italy finished with the fastest time in qualifying.") == []
    # "SOCHI, Russia -- NAME": a dateline, not the athlete's nation ("Russian NAME" still is)
    assert _events("In the men's 20 km individual biathlon, SOCHI, Russia -- Anders Alpha won gold.") == []
    assert [e[:3] for e in _events("In the men's 20 km individual biathlon, Russian Anders Alpha won gold.")] == [("gold", "anders-alpha", "RUS")]


def test_an_olympic_record_for_the_fastest_goal_is_not_the_events():
    head = "date 2018-02-21 At the 2018 Winter Olympics, in the women's ice hockey tournament, Finland won the bronze medal. "
    for sentence in ("Anna Alpha extended their lead, setting a new Olympic record for the fastest goal from the start of a period.",
                     "Anna Alpha set an Olympic record for the most goals in a game."):
        assert extract_text(head + sentence, "a.txt", names=NameIndex()).records() == [], sentence


# --- After the eighth held-out batch's first run --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In the men's 4 × 7.5 km biathlon relay, the last World Cup race before the Games was won by the Norwegian team of "
    "Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.",
    "In the men's 4 × 7.5 km biathlon relay, the World Championships were won by the Norwegian team of "
    "Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.",
])
def test_a_team_medal_of_another_competition_is_not_this_events(sentence):
    assert _events(sentence) == []


def test_a_team_medal_of_this_event_is_still_read_by_the_same_pattern():
    relay = _events("In the men's 4 × 7.5 km biathlon relay, the gold was won by the Norwegian team of "
                    "Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.")
    assert {(e[0], e[2]) for e in relay} == {("gold", "NOR")} and len(relay) == 4


# --- Families added after the eighth held-out batch (made-up sentences, positive and negative) ------------

def test_a_nations_name_that_is_a_given_name():
    # "Jordan", "Georgia": a person's given name where the text gives the person another nation, or the name list knows them
    assert [e[:3] for e in _events("In the men's 1000 m speed skating, Jordan Alpha of the United States won the event.")] == [
        ("gold", "jordan-alpha", "USA")]
    index = NameIndex()
    index.add_row("Georgia Beta", "CAN", "F", 2022, "Speed Skating")
    draft = extract_text(GAMES + "In the women's 1000 m speed skating, Georgia Beta won the gold medal.", "a.txt", names=index)
    assert _medals(draft) == [("gold", "georgia-beta", "CAN")]
    # a nation's name before a name nobody knows, with no other nation after it: the nation is read, not a given name
    assert _events("In the men's 1000 m speed skating, Jordan Alpha won the event.") == []


def test_a_dutch_particle_with_an_apostrophe_and_a_nickname_in_the_name():
    assert [e[:3] for e in _events("In the men's 1000 m short track, Jens van 't Alpha of the Netherlands won the event.")] == [
        ("gold", "jens-van-t-alpha", "NED")]
    # 'Anders ("Andy") Alpha': the name without the nickname; "Alpha" later is the same person
    text = ('title: Anders Alpha (skier)\n\nAnders ("Andy") Alpha is a Swiss freestyle skier who specializes in ski cross. '
            "He is an Olympic champion. Alpha won the gold medal at the 2010 Winter Olympics, ahead of the field.")
    index = NameIndex()
    index.add_row("Anders Alpha", "SUI", "M", 2010, "Freestyle Skiing")
    draft = extract_text(text, "a.txt", names=index)
    assert _medals(draft) == [("gold", "anders-alpha", "SUI")]
    assert draft.medals()[0].fields["event"] == "vancouver-2010-freestyle-skiing-men-ski-cross"


def test_a_past_result_the_medal_improves_on_is_not_another_games_medal():
    head = "In the women's 1000 m speed skating, "
    for sentence in ("Anna Alpha of the Netherlands won the event, improving on her silver in 2018.",
                     "Anna Alpha of the Netherlands won the gold medal, bettering her fourth place at the 2018 Games.",
                     "Anna Alpha of the Netherlands won gold, upgrading her bronze from 2018."):
        assert [e[:3] for e in _events(head + sentence)] == [("gold", "anna-alpha", "NED")], sentence
    # the medal words themselves of another year stay another Games'
    assert _events(head + "Anna Alpha of the Netherlands won silver in 2018, improving on her bronze in 2014.") == []


def test_a_medal_won_days_or_weeks_before_in_a_relative_clause_is_not_this_events():
    head = "In the men's 10,000 m speed skating, Anders Alpha of the Netherlands won gold. "
    for sentence in ("Bo Beta of Norway, who a few days previously won the gold medal in the 5000 m, finished seventh.",
                     "Bo Beta of Norway, who two weeks earlier won the gold medal at the European Championships, was seventh.",
                     "Bo Beta of Norway, who had previously won the gold medal, was seventh."):
        assert [e[:2] for e in _events(head + sentence)] == [("gold", "anders-alpha")], sentence
    assert [e[:2] for e in _events(head + "Bo Beta of Norway, who won the 5000 m two days before, took silver.")] == [
        ("gold", "anders-alpha"), ("silver", "bo-beta")]


@pytest.mark.parametrize("sentence", [
    "Anders Alpha and Bo Beta, both of Russia, won the gold and the silver medals, respectively.",
    "Anders Alpha and Bo Beta, both from Russia, won the gold medal and the silver medal, respectively.",
    "Anders Alpha and Bo Beta, both representing Russia, took gold and silver, respectively.",
])
def test_two_names_both_of_one_nation_win_the_medals_respectively(sentence):
    assert [e[:3] for e in _events("In the men's 1000 m short track, " + sentence)] == [
        ("gold", "anders-alpha", "RUS"), ("silver", "bo-beta", "RUS")]


def test_both_of_a_nation_needs_a_list_and_respectively_needs_as_many_medals():
    # one name before "both of": nobody's nation; two names for three medals: not read in order
    assert _events("In the men's 1000 m short track, Anders Alpha, both of whose skates broke, won gold.") == []
    assert _events("In the men's 1000 m short track, Anders Alpha and Bo Beta, both of Russia, won the gold, the silver "
                   "and the bronze medals, respectively.") == []


def test_a_place_at_a_point_of_the_course_or_a_name_time_was_lost_to_is_no_medal():
    head = "In the women's 7.5 km biathlon sprint, Anna Alpha of Slovakia won gold. "
    for sentence in ("Carla Gamma of Ukraine, who was fifth after the second shooting, by 5.9 km was second.",
                     "Carla Gamma of Ukraine at the halfway mark was third.",
                     "Carla Gamma of Ukraine after 5 km was second, but faded."):
        assert [e[:2] for e in _events(head + sentence)] == [("gold", "anna-alpha")], sentence
    assert [e[:2] for e in _events(head + "Carla Gamma of Ukraine finished second.")] == [("gold", "anna-alpha"), ("silver", "carla-gamma")]
    # "lost 2.2 seconds to Beta, taking bronze": the subject takes bronze, not the name time was lost to
    text = head + "Bo Beta of Russia won the silver medal. Carla Gamma of Ukraine lost 2.2 seconds to Beta at the finish, taking bronze."
    assert [e[:2] for e in _events(text)] == [("bronze", "carla-gamma"), ("gold", "anna-alpha"), ("silver", "bo-beta")]


_BIO_NAMES = NameIndex()   # the results data's sex of the biography's subject (the event's sex needs it where the text agrees)
_BIO_NAMES.add_row("Anders Alpha", "USA", "M", 2010, "Nordic Combined")
BIO = ("title: Anders Alpha\n\nAnders Alpha (born March 29, 1980, in Saranac Lake, New York) is an American former Nordic combined "
       "skier. His first World Cup victory came in 2004.\n\n")


def test_a_biographys_birth_date_is_not_the_article_date_and_its_olympic_section_is_its_games():
    draft = extract_text(BIO + "2010 Winter Olympics\n\nIn the 10 km individual large hill, Alpha won gold.", "a.txt", names=_BIO_NAMES)
    assert [(m.fields["medal"], m.fields["event"]) for m in draft.medals()] == [("gold", "vancouver-2010-nordic-combined-men-large-hill")]
    assert not draft.of_type("article-date")
    # each passage's Games are its medals' (a sentence or a section naming one Games, until another is named)
    text = BIO + "At the 2006 Winter Olympics, Alpha won silver in the 15 km individual.\n\n2010 Winter Olympics\n\nIn the 10 km individual large hill, Alpha won gold."
    assert sorted((m.fields["medal"], m.fields["event"]) for m in extract_text(text, "a.txt", names=_BIO_NAMES).medals()) == [
        ("gold", "vancouver-2010-nordic-combined-men-large-hill"), ("silver", "turin-2006-nordic-combined-men-individual")]


def test_a_biographys_medals_of_two_games_with_pronouns_and_its_subjects_nation():
    bio = "title: Anna Alpha\n\nAnna Alpha (born 4 May 1984) is a retired Norwegian cross-country skier. "
    text = bio + ("At the 2006 Winter Olympics she won gold in the 15 km classical. She won a silver medal in the 15 km classical "
                  "at the 2010 Winter Olympics.")
    assert _events_of_nations(text) == [("gold", "anna-alpha", "NOR", "turin-2006-cross-country-skiing-women-15-km"),
                                        ("silver", "anna-alpha", "NOR", "vancouver-2010-cross-country-skiing-women-15-km")]
    # a medal of a year without Games, or of another competition, in a biography: not an Olympic medal
    for sentence in ("In 2009 she won gold in the 15 km classical.", "She won gold in the 15 km classical at the 2009 World Championships.",
                     "At the 2010 Winter Olympics she was expected to win gold in the 15 km classical."):
        assert _events_of_nations(bio + sentence) == [], sentence
    # not a biography (no birth date): a page of one Games reads other years as other Games, as before
    assert _events_of_nations("title: Cross-country skiing at the 2010 Winter Olympics\n\nAt the 2006 Winter Olympics Anna Alpha of "
                              "Norway won gold in the women's 15 km classical.") == []


def test_nordic_combined_events_are_named_by_the_hill_and_a_leg_skier_joins_the_team_named_after():
    text = BIO + ("2010 Winter Olympics\n\nAlpha skied the final lap for the United States team consisting of Bo Beta, Carl Gamma "
                  "and Dan Delta in the team large hill/4x5 km, winning the silver medal.")
    assert sorted((m.fields["athlete"], m.fields["medal"], m.fields["event"]) for m in extract_text(text, "a.txt", names=_BIO_NAMES).medals()) == [
        ("anders-alpha", "silver", "vancouver-2010-nordic-combined-men-team"), ("bo-beta", "silver", "vancouver-2010-nordic-combined-men-team"),
        ("carl-gamma", "silver", "vancouver-2010-nordic-combined-men-team"), ("dan-delta", "silver", "vancouver-2010-nordic-combined-men-team")]
    # a leg skied for another team than the one listed: not a member
    other = text.replace("Alpha skied the final lap for the United States team consisting of", "Alpha watched the United States team of")
    assert "anders-alpha" not in {m.fields["athlete"] for m in extract_text(other, "a.txt", names=_BIO_NAMES).medals()}
    # ski jumping keeps its hills with their discipline
    jump = "date 2022-02-12 At the 2022 Winter Olympics, in the men's large hill ski jumping, Anders Alpha of Norway won gold."
    assert [m.fields["event"] for m in extract_text(jump, "a.txt", names=NameIndex()).medals()] == ["beijing-2022-ski-jumping-men-large-hill"]


def test_a_record_holder_described_by_another_title_first_and_a_time_faster_than_the_record():
    assert _records(RACE + "Anders Alpha of Italy was the 2021 world champion and the world record holder.") == [(WR, "anders-alpha")]
    assert _records(RACE + "Anders Alpha of Italy was the world champion and the former world record holder.") == []
    assert _records(RACE + "In pair 3, Anders Alpha of Italy skated faster than the Olympic record.") == [(OR, "anders-alpha")]
    assert _records(RACE + "Anders Alpha of Italy was faster than the Olympic record pace at the halfway mark.") == []
    assert _records(RACE + "Anders Alpha of Italy nearly skated faster than the Olympic record.") == []


# --- General mechanisms: one table of medal verbs, of places and podium steps, places listed in order ---------

_PODIUM3 = [("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]


@pytest.mark.parametrize("sentence, medals", [
    # the table of medal verbs (motion verbs reach a medal: "skied to silver"), "had to settle for"
    ("Anders Alpha of Norway skied to silver.", [("silver", "anders-alpha")]),
    ("Anders Alpha of Norway skated to bronze.", [("bronze", "anders-alpha")]),
    ("Anders Alpha of Norway had to settle for silver.", [("silver", "anders-alpha")]),
    ("Anders Alpha of Norway pocketed the bronze medal.", [("bronze", "anders-alpha")]),
    # places taken or reached, and podium steps
    ("Anders Alpha of Norway secured first place.", [("gold", "anders-alpha")]),
    ("Anders Alpha of Norway ended in third place.", [("bronze", "anders-alpha")]),
    ("Carl Gamma of Finland took the final podium spot.", [("bronze", "carl-gamma")]),
    ("Carl Gamma of Finland took the last spot on the podium.", [("bronze", "carl-gamma")]),
    ("Anders Alpha of Norway reached the top step of the podium.", []),   # "reached" is no verb of the table
    ("Anders Alpha of Norway claimed the top step of the podium.", [("gold", "anders-alpha")]),
    # a place word after "went to"
    ("Victory went to Anders Alpha of Norway.", [("gold", "anders-alpha")]),
    ("The title went to Anders Alpha of Norway.", [("gold", "anders-alpha")]),
    ("Second place went to Bo Beta of Sweden.", [("silver", "bo-beta")]),
    # places listed in the order of the names; a results line with NOC codes
    ("Anders Alpha of Norway, Bo Beta of Sweden and Carl Gamma of Finland finished first, second and third.", _PODIUM3),
    ("Anders Alpha of Norway became the Olympic champion, with Bo Beta of Sweden and Carl Gamma of Finland finishing second "
     "and third respectively.", _PODIUM3),
    ("Anders Alpha (NOR) won gold, Bo Beta (SWE) silver and Carl Gamma (FIN) bronze.", _PODIUM3),
])
def test_the_tables_of_medal_verbs_places_and_podium_steps(sentence, medals):
    assert [e[:2] for e in _events("In the men's downhill, " + sentence)] == medals


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway skied to the lead after the first split.",
    "Anders Alpha of Norway raced to silver in the first training run.",
    "Anders Alpha of Norway skied to silver at the 2018 Winter Olympics.",
    "Anders Alpha of Norway skied to silver at the World Cup in Wengen.",
    "Anders Alpha of Norway hoped to ski to gold.",
    "Anders Alpha of Norway took the final turn too wide.",          # not "took the final" (the event's final)
    "Anders Alpha of Norway secured first place after the first run.",
    "Anders Alpha of Norway secured first place in the World Cup standings.",
    "Anders Alpha of Norway was fourth, missing the final podium spot by 0.02 seconds.",
    "Anders Alpha of Norway could have taken the final podium spot.",
    "Victory in the first run went to Anders Alpha of Norway.",
    "The World Cup title went to Anders Alpha of Norway.",
    "First place after the first run went to Anders Alpha of Norway.",
    "Anders Alpha of Norway, Bo Beta of Sweden and Carl Gamma of Finland finished first, second and third in the first run.",
    "Anders Alpha of Norway, Bo Beta of Sweden and Carl Gamma of Finland finished first, second and third at the 2018 World Championships.",
    "Anders Alpha of Norway and Bo Beta of Sweden won the first and second runs.",
    "Anders Alpha of Norway and Bo Beta of Sweden finished fourth and fifth, respectively.",
    "Anders Alpha (NOR) led after the first run, Bo Beta (SWE) second and Carl Gamma (FIN) third.",
    "Anders Alpha of Norway had to settle for fourth place.",
    "Anders Alpha of Norway, who skied to silver in 2018, was fifth.",
])
def test_the_tables_keep_their_guards(sentence):
    assert _events("In the men's downhill, " + sentence) == []


@pytest.mark.parametrize("sentence, medals", [
    ("Anders Alpha of Norway took the gold. Bo Beta of Sweden, last year's world champion, took silver.",
     [("gold", "anders-alpha"), ("silver", "bo-beta")]),                      # an appositive between name and verb
    ("Anders Alpha of Norway, a two-time world champion, won the race.", [("gold", "anders-alpha")]),
    ("Defending champion Anders Alpha of Norway won again.", [("gold", "anders-alpha")]),
    ("Anders Alpha of Norway won with Bo Beta of Sweden second and Carl Gamma of Finland third.", _PODIUM3),
    ("Anders Alpha of Norway became the first Norwegian to win the event.", [("gold", "anders-alpha")]),
    ("It was the first Olympic gold for Anders Alpha of Norway.", [("gold", "anders-alpha")]),
    ("Anders Alpha of Norway was awarded the gold medal.", [("gold", "anders-alpha")]),
    ("Anders Alpha of Norway received the bronze medal.", [("bronze", "anders-alpha")]),
    ("Anders Alpha of Norway gave Norway its first gold medal.", [("gold", "anders-alpha")]),
])
def test_appositives_and_more_verbs_of_the_table(sentence, medals):
    assert [e[:2] for e in _events("In the men's downhill, " + sentence)] == medals


@pytest.mark.parametrize("sentence", [
    "Bo Beta of Sweden, the 2018 silver medallist, crashed.",
    "Bo Beta of Sweden, last year's world champion, won silver at the World Championships.",
    "Bo Beta of Sweden, the world champion, finished fourth.",
    "Bo Beta of Sweden, a two-time world champion, was expected to win gold.",
    "Anders Alpha of Norway was awarded the gold medal in 2018.",
    "Anders Alpha of Norway received the bronze medal at the World Championships.",
    "Anders Alpha of Norway gave Norway its first gold medal in 2018.",
    "Anders Alpha of Norway needed to win the race to take the title.",
    "Anders Alpha of Norway hoped to become the first Norwegian to win the event.",
    "It would have been the first gold for Anders Alpha of Norway.",
    "Anders Alpha of Norway won again at the World Cup in Wengen.",
])
def test_appositives_and_more_verbs_keep_the_guards(sentence):
    assert _events("In the men's downhill, " + sentence) == []


# --- News written during the Games (a dateline and "Olympic gold"), sled pilots, clauses about another result ------

def test_news_dated_during_the_games_that_says_olympic_gold_is_about_those_games():
    text = ("date 2022-02-12 Anders Alpha of Norway won Olympic gold in ski jumping on the large hill Saturday, holding off "
            "Bo Beta of Japan. Beta, who won gold on the normal hill on Sunday, earned silver. Carl Gamma of Germany, who is No. 1 "
            "in the World Cup rankings, finished third.")
    # without "men's" (and without the results data) the event's sex is not stated: nothing is drafted
    assert extract_text(text, "a.txt", names=NameIndex()).medals() == []
    men = text.replace("on the large hill", "on the men's large hill")
    assert [f.rule for f in extract_text(men, "a.txt", names=NameIndex()).of_type("games")] == ["games-dated-olympic"]
    assert _events_of(men) == [("bronze", "carl-gamma", "beijing-2022-ski-jumping-men-large-hill"),
                               ("gold", "anders-alpha", "beijing-2022-ski-jumping-men-large-hill"),
                               ("silver", "bo-beta", "beijing-2022-ski-jumping-men-large-hill")]
    # dated outside the Games' months, or without an Olympic word: no Games, no medal
    assert _events_of(men.replace("2022-02-12", "2022-06-12")) == []
    assert _events_of(men.replace("Olympic gold", "gold")) == []


def test_a_sled_driven_to_a_medal_and_a_relative_clause_that_failed_to_win():
    text = ("date 2010-02-27 At the 2010 Winter Olympics, Anders Alpha drove USA-1 to the Olympic gold medal in four-man bobsledding. "
            "German Bo Beta, who failed to win a gold medal for the first time in five Olympic events, had a nearly perfect final run "
            "to win the silver. Carl Gamma of Canada drove Canada-1 to the bronze.")
    assert sorted((m.fields["medal"], m.fields["athlete"]) for m in extract_text(text, "a.txt", names=_NAMES_USA).medals()) == [
        ("bronze", "carl-gamma"), ("gold", "anders-alpha"), ("silver", "bo-beta")]
    # a sled driven to the lead, or a medal in another year, is none
    assert _events("In the two-man bobsleigh, Anders Alpha of Norway drove his sled to the lead after the first run.") == []
    assert _events("In the two-man bobsleigh, Anders Alpha of Norway drove his sled to silver in 2018.") == []


_NAMES_USA = NameIndex()
_NAMES_USA.add_row("Anders Alpha", "USA", "M", 2010, "Bobsleigh")


# --- Biographies: a sport's distance alone, a Games year with an Olympic word, "won the <distance>" ---------------

_SKATER = NameIndex()
_SKATER.add_row("Anders Alpha", "NED", "M", 2006, "Speed Skating")
_SKATER.add_row("Anders Alpha", "NED", "M", 2010, "Speed Skating")
SKATER_BIO = "title: Anders Alpha\n\nAnders Alpha (born 12 March 1980) is a Dutch former speed skater. "


@pytest.mark.parametrize("sentence, medal", [
    ("He won a silver medal at the 2006 Winter Olympics in the 1500 m.", ("silver", "turin-2006-speed-skating-men-1500-m")),
    ("He won the silver medal in the 1500 metres at the 2006 Winter Olympics.", ("silver", "turin-2006-speed-skating-men-1500-m")),
    ("At the 2006 Winter Olympics in Turin, he won the 1500 m.", ("gold", "turin-2006-speed-skating-men-1500-m")),
    ("He became Olympic champion in the 1500 m at the 2010 Winter Olympics.", ("gold", "vancouver-2010-speed-skating-men-1500-m")),
    ("In 2006, he won the Olympic gold medal in the 1500 m.", ("gold", "turin-2006-speed-skating-men-1500-m")),
    ("He won Olympic gold in the 1500 m in 2006.", ("gold", "turin-2006-speed-skating-men-1500-m")),
    ("He represented the Netherlands at the 2006 Winter Olympics, where he won a bronze medal in the 10,000 m.",
     ("bronze", "turin-2006-speed-skating-men-10000-m")),
])
def test_a_skaters_biography_names_events_by_their_distance_and_games_by_their_year(sentence, medal):
    draft = extract_text(SKATER_BIO + sentence, "a.txt", names=_SKATER)
    assert [(m.fields["medal"], m.fields["event"], m.fields["nation"]) for m in draft.medals()] == [(*medal, "NED")]


@pytest.mark.parametrize("sentence", [
    "In 2005 he won the silver medal in the 1500 m at the World Championships.",
    "He won the 1500 m at the 2005 World Allround Championships.",
    "At the 2006 Winter Olympics he finished fourth in the 1500 m.",
    "At the 2006 Winter Olympics he was expected to win the 1500 m.",
    "In 2007, he won the 1500 m at the Olympic Oval in Calgary.",
    "He won the 1500 m in 2009 at the Olympic test event.",
    "After 800 m he was second in the 1500 m at the 2006 Winter Olympics.",
    "He won the national title in the 1500 m in 2006.",
])
def test_a_skaters_biography_keeps_other_competitions_places_and_checkpoints_out(sentence):
    assert extract_text(SKATER_BIO + sentence, "a.txt", names=_SKATER).medals() == []


def test_a_distance_alone_is_no_event_outside_a_one_sport_biography():
    # a race page: "after the 800 m" is a checkpoint, and "the 1500 m" alone needs the page's event to be read
    text = "date 2006-02-21 At the 2006 Winter Olympics, Anders Alpha of the Netherlands won gold in the 1500 m."
    assert extract_text(text, "a.txt", names=_SKATER).medals() == []


@pytest.mark.parametrize("sentence, medals", [
    ("Anders Alpha of Norway won the event ahead of his compatriot Bo Beta, with Carl Gamma of Finland taking bronze.",
     [("bronze", "carl-gamma", "FIN"), ("gold", "anders-alpha", "NOR"), ("silver", "bo-beta", "NOR")]),
    ("Norway's Anders Alpha won, with teammates Bo Beta and Carl Gamma second and third.",
     [("bronze", "carl-gamma", "NOR"), ("gold", "anders-alpha", "NOR"), ("silver", "bo-beta", "NOR")]),
    ("Norway took all three medals, with Anders Alpha winning gold ahead of Bo Beta and Carl Gamma.",
     [("bronze", "carl-gamma", "NOR"), ("gold", "anders-alpha", "NOR"), ("silver", "bo-beta", "NOR")]),
    ("Anders Alpha of Norway was the surprise winner.", [("gold", "anders-alpha", "NOR")]),
    ("Anders Alpha of Norway upset the favourites to win gold.", [("gold", "anders-alpha", "NOR")]),
])
def test_compatriots_teammates_a_nations_sweep_and_a_surprise_winner(sentence, medals):
    assert [e[:3] for e in _events("In the men's downhill, " + sentence)] == medals


@pytest.mark.parametrize("sentence", [
    "Norway's Anders Alpha led the first run, with teammates Bo Beta and Carl Gamma second and third.",
    "Norway's Anders Alpha won the first run, with teammates Bo Beta and Carl Gamma second and third after the first run.",
    "Norway hoped to take all three medals, with Anders Alpha, Bo Beta and Carl Gamma among the favourites.",
    "Anders Alpha of Norway was the surprise winner of the first training run.",
    "Anders Alpha of Norway was the surprise winner at the World Cup in Wengen.",
    "Anders Alpha of Norway was expected to upset the favourites.",
    "Anders Alpha of Norway finished ahead of his compatriot Bo Beta in the first run.",
])
def test_compatriots_teammates_sweeps_and_winners_keep_the_guards(sentence):
    assert _events("In the men's downhill, " + sentence) == []


_RELAY10 = "In the men's 4 × 10 km cross-country relay, "
_NOR4 = [("gold", "anders-alpha", "NOR"), ("gold", "bo-beta", "NOR"), ("gold", "carl-gamma", "NOR"), ("gold", "dan-delta", "NOR")]


@pytest.mark.parametrize("sentence", [
    "Anders Alpha, Bo Beta, Carl Gamma and Dan Delta won the relay for Norway.",
    "Norway won the relay with Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.",
    "Norway, with Anders Alpha, Bo Beta, Carl Gamma and Dan Delta, won the gold medal.",
    "The gold medal was won by Norway, whose team consisted of Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.",
    "Norway won gold. The Norwegian team consisted of Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.",
])
def test_a_teams_members_named_with_consisting_of_or_for_the_nation(sentence):
    assert [e[:3] for e in _events(_RELAY10 + sentence)] == _NOR4


@pytest.mark.parametrize("sentence", [
    "Norway won the relay at the World Championships with Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.",
    "Anders Alpha, Bo Beta, Carl Gamma and Dan Delta won the relay for Norway in 2018.",
    "Anders Alpha, Bo Beta, Carl Gamma and Dan Delta won the World Cup relay for Norway.",
    "Norway, with Anders Alpha, Bo Beta, Carl Gamma and Dan Delta, was expected to win gold.",
    "Norway finished fourth. The Norwegian team consisted of Anders Alpha, Bo Beta, Carl Gamma and Dan Delta.",
    "Sweden won gold, with Norway's Anders Alpha, Bo Beta, Carl Gamma and Dan Delta fourth.",
])
def test_a_teams_members_of_another_competition_a_forecast_or_another_nation_win_nothing(sentence):
    assert _events(_RELAY10 + sentence) == []


@pytest.mark.parametrize("sentence, medals", [
    ("Anders Alpha of Norway won gold in the men's 500 m and silver in the men's 1000 m.",
     [("gold", "speed-skating-men-500-m"), ("silver", "speed-skating-men-1000-m")]),
    ("Anders Alpha of Norway won gold in the men's 500 m and a bronze in the men's 1000 m.",
     [("bronze", "speed-skating-men-1000-m"), ("gold", "speed-skating-men-500-m")]),
    ("Anders Alpha of Norway won two medals, a gold in the men's 500 m and a silver in the men's 1000 m.",
     [("gold", "speed-skating-men-500-m"), ("silver", "speed-skating-men-1000-m")]),
    # a second medal hoped for, of another competition or another year: not drafted
    ("Anders Alpha of Norway won gold in the men's 500 m and was hoping for a silver in the men's 1000 m.",
     [("gold", "speed-skating-men-500-m")]),
    ("Anders Alpha of Norway won gold in the men's 500 m and had won silver in the men's 1000 m at the World Championships.", []),
    ("Anders Alpha of Norway won gold in the men's 500 m and a silver in the men's 1000 m in 2018.", []),
    ("Anders Alpha of Norway hoped to win two medals, a gold in the men's 500 m and a silver in the men's 1000 m.", []),
])
def test_each_medal_with_its_own_event_in_one_clause(sentence, medals):
    assert [(e[0], e[3]) for e in _events("In speed skating, " + sentence)] == medals


def test_a_biographys_medals_in_two_events_of_one_games():
    index = NameIndex()
    index.add_row("Anders Alpha", "NOR", "M", 2010, "Cross Country Skiing")
    bio = "title: Anders Alpha\n\nAnders Alpha (born 12 March 1980) is a Norwegian former cross-country skier. "
    for sentence in ("At the 2010 Winter Olympics, he won the silver medal in the 15 km freestyle and a bronze in the 4 × 10 km relay.",
                     "He earned two medals at the 2010 Winter Olympics in Vancouver, with a silver in the 15 km freestyle and a bronze "
                     "in the 4 × 10 km relay."):
        assert sorted((m.fields["medal"], m.fields["event"]) for m in extract_text(bio + sentence, "a.txt", names=index).medals()) == [
            ("bronze", "vancouver-2010-cross-country-skiing-men-4-x-10-km-relay"),
            ("silver", "vancouver-2010-cross-country-skiing-men-15-km")], sentence


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway took the lead in the second run and held on to win.",
    "Anders Alpha of Norway, aged 19, became the youngest Olympic champion in the event.",
    "Anders Alpha of Norway topped the podium.",
    "Anders Alpha of Norway finished on top of the podium.",
])
def test_holding_on_to_win_topping_the_podium_and_the_youngest_olympic_champion(sentence):
    assert [e[:2] for e in _events("In the men's downhill, " + sentence)] == [("gold", "anders-alpha")]


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway held on to win the first run.",
    "Anders Alpha of Norway needed to hold on to win.",
    "Anders Alpha of Norway became the youngest world champion in 2019.",
    "Anders Alpha of Norway became the first Norwegian Olympic champion in 1952.",
    "Anders Alpha of Norway topped the podium at the World Cup in Wengen.",
    "Anders Alpha of Norway topped the podium after the first run.",
    "Anders Alpha of Norway hoped to top the podium.",
    "Anders Alpha of Norway came back to win the World Cup title.",
])
def test_holding_on_topping_and_champions_of_other_competitions_runs_or_years_are_no_medal(sentence):
    assert _events("In the men's downhill, " + sentence) == []


def test_a_later_olympic_win_joined_by_and_also_and_a_relative_would_win_in_this_event():
    # Wikipedia's narrative: "who would win the silver medal in this event"; "..., and also won the Olympic race"
    assert [e[:2] for e in _events("In the men's luge singles, the test event was won by Germany's Bo Beta who would win the silver "
                                   "medal in this event.")] == [("silver", "bo-beta")]
    assert [e[:2] for e in _events("In the men's sprint cross-country skiing, Swede Anders Alpha won the two most recent World Cup "
                                   "events, and also won the Olympic race.")] == [("gold", "anders-alpha")]


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway would win the silver medal in this event if he skied cleanly.",
    "Anders Alpha of Norway would have won the silver medal.",
    "Anders Alpha of Norway won the World Cup race in Wengen, and also won the race in Kitzbuehel.",
    "Anders Alpha of Norway won the two most recent World Cup events, and also won the Olympic test event.",
    "Anders Alpha of Norway won the Olympic race in 2018, and would go on to win the World Cup title.",
])
def test_a_conditional_would_or_a_later_win_of_another_competition_is_no_medal(sentence):
    assert _events("In the men's downhill, " + sentence) == []


def test_the_youngest_olympic_gold_medalist_and_an_age_before_the_name():
    head = "In the women's slalom, "
    assert [e[:2] for e in _events(head + "Eighteen-year-old Anna Alpha of Norway became the youngest Olympic gold medalist in the "
                                          "event's history.")] == [("gold", "anna-alpha")]
    for sentence in ("Anna Alpha of Norway became the first Norwegian gold medalist at the 2018 Winter Olympics.",
                     "Anna Alpha of Norway became the youngest world championship gold medalist.",
                     "Anna Alpha of Norway hoped to become the youngest Olympic gold medalist."):
        assert _events(head + sentence) == [], sentence


def test_demonyms_of_historical_nations():
    assert [e[:3] for e in _events("In the men's downhill, Czechoslovak Anders Alpha won gold, and Yugoslav Bo Beta took silver.")] == [
        ("gold", "anders-alpha", "TCH"), ("silver", "bo-beta", "YUG")]
    assert [e[:3] for e in _events("In the men's downhill, Anders Alpha of West Germany won gold, and East German Bo Beta took "
                                   "silver.")] == [("gold", "anders-alpha", "FRG"), ("silver", "bo-beta", "GDR")]


_LAST_STARTER = "In the men's downhill, Anders Alpha of Norway was the last starter. "


@pytest.mark.parametrize("sentence, medals", [
    ("He won gold, with Bo Beta of Sweden taking silver.", [("gold", "anders-alpha"), ("silver", "bo-beta")]),
    ("He won the race, and Bo Beta of Sweden was second.", [("gold", "anders-alpha"), ("silver", "bo-beta")]),
    ("In the end he won gold, while Bo Beta of Sweden took silver.", [("gold", "anders-alpha"), ("silver", "bo-beta")]),
    # the compared name's relative clause is its own, never the subject's
    ("He finished fourth, behind Bo Beta of Sweden who won bronze.", []),
    ("He had won gold in 2018, and Bo Beta of Sweden won silver.", [("silver", "bo-beta")]),
])
def test_a_subject_pronoun_before_other_names(sentence, medals):
    assert [e[:2] for e in _events(_LAST_STARTER + sentence)] == medals


def test_a_pronoun_of_the_other_sex_than_the_texts_is_not_the_previous_subject():
    text = "In the women's downhill, Anders Alpha of Norway, his coach said, was ill. She won gold, with Bo Beta of Sweden taking silver."
    assert [e[:2] for e in _events(text)] == [("silver", "bo-beta")]


def test_a_biographys_lead_with_who_won_and_its_subjects_data_sex_where_the_text_gives_none():
    lead = "title: Anders Alpha\n\nAnders Alpha (born 12 March 1980) is a Dutch former speed skater who won the gold medal in the 1500 m at the 2006 Winter Olympics."
    assert [(m.fields["medal"], m.fields["event"]) for m in extract_text(lead, "a.txt", names=_SKATER).medals()] == [
        ("gold", "turin-2006-speed-skating-men-1500-m")]   # the birth year in brackets is no medal's year
    career = ("title: Anders Alpha\n\nAnders Alpha (born 12 March 1980) is a Dutch former speed skater.\n\nCareer\n\n"
              "At the 2006 Winter Olympics in Turin, Alpha won the 1500 m, ahead of Bo Beta of Canada.")
    assert sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in extract_text(career, "a.txt", names=_SKATER).medals()) == [
        ("gold", "anders-alpha", "turin-2006-speed-skating-men-1500-m"), ("silver", "bo-beta", "turin-2006-speed-skating-men-1500-m")]
    # a text word of the other sex ("she") keeps the data's sex out: no event sex, nothing drafted
    assert extract_text(career + " She was proud.", "a.txt", names=_SKATER).medals() == []


def test_is_the_olympic_champion_of_a_year_is_that_games_title():
    bio = SKATER_BIO + "He was the 2006 Olympic champion in the 1500 m."
    assert [(m.fields["medal"], m.fields["event"]) for m in extract_text(bio, "a.txt", names=_SKATER).medals()] == [
        ("gold", "turin-2006-speed-skating-men-1500-m")]
    for sentence in ("He is the 2005 world champion in the 1500 m.", "He is the reigning Olympic champion in the 1500 m."):
        assert extract_text(SKATER_BIO + sentence, "a.txt", names=_SKATER).medals() == [], sentence
    # in a page of other Games, that year's title is not this event's medal; the page's own year is
    assert _events("In the men's 1500 m speed skating, Anders Alpha of Norway is the 2018 Olympic champion.") == []
    assert [e[:2] for e in _events("In the men's 1500 m speed skating, Anders Alpha of Norway is the 2022 Olympic champion.")] == [
        ("gold", "anders-alpha")]


# --- Guards added after the ninth and tenth held-out batches (made-up sentences, positive and negative) -----------

@pytest.mark.parametrize("sentence", [
    "In the men's downhill, the defending champion raced for the first time since 2006, when Anders Alpha of Norway won the silver medal.",
    "In the men's downhill, no Swede had been on the podium since 2010, when Anders Alpha of Norway and Bo Beta of Sweden took silver and bronze.",
    "In the men's downhill, the course was last this icy in 2014, when 2010 champion Anders Alpha of Norway won gold.",
    "In the men's downhill, the course was as steep as in Sochi, where Anders Alpha of Norway won gold.",
])
def test_a_medal_in_a_when_or_where_clause_about_another_year_or_games_is_that_ones(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize("sentence, medals", [
    # the "when" clause ends at its comma, and the year of the article's own Games is no other year
    ("In the men's downhill, the course had been rebuilt since 2018, when it was widened, and Anders Alpha of Norway won the silver "
     "medal.", [("silver", "anders-alpha")]),
    ("In the men's downhill, the crowd waited until noon, when Anders Alpha of Norway won the silver medal.", [("silver", "anders-alpha")]),
    ("In the men's downhill, snow fell in 2022, when Anders Alpha of Norway won the silver medal.", [("silver", "anders-alpha")]),
])
def test_a_when_clause_of_this_games_or_a_closed_one_keeps_the_medal(sentence, medals):
    assert [e[:2] for e in _events(sentence)] == medals


@pytest.mark.parametrize("sentence", [
    "In the men's cross-country relay, the top men's medalists were Anders Alpha of Norway and Bo Beta of Norway, who won one gold and "
    "one silver.",
    "In the men's downhill, Anders Alpha of Norway won a gold and a bronze.",
    "In the men's downhill, Anders Alpha of Norway took two gold medals, and one silver.",
    "In the men's cross-country relay, Anders Alpha and Bo Beta of Norway each won 2 golds and 1 bronze.",
])
def test_a_tally_of_medals_of_several_kinds_is_no_medal_of_one_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize("sentence, medals", [
    ("In the men's downhill, Anders Alpha of Norway won a gold medal.", [("gold", "anders-alpha", "alpine-skiing-men-downhill")]),
    ("In the men's cross-country relay, Anders Alpha and Bo Beta of Norway won one gold medal.",
     [("gold", "anders-alpha", "cross-country-skiing-men-relay"), ("gold", "bo-beta", "cross-country-skiing-men-relay")]),
    # a medal with its own event each is no tally
    ("Anders Alpha of Norway won a gold in the men's super-G and a silver in the men's downhill.",
     [("gold", "anders-alpha", "alpine-skiing-men-super-g"), ("silver", "anders-alpha", "alpine-skiing-men-downhill")]),
])
def test_one_medal_or_medals_with_their_own_events_are_no_tally(sentence, medals):
    assert [(e[0], e[1], e[3]) for e in _events(sentence)] == medals


@pytest.mark.parametrize("sentence", [
    "Anna Alpha of Norway was the most successful female skier with two medals, one gold and one silver.",
    "Anna Alpha of Norway was the most successful athlete in the women's competition, taking two golds and a silver.",
    "Anna Alpha of Norway became the most successful athlete of the Games.",
    "Anna Alpha of Norway is the most decorated skier at these Olympics.",
])
def test_the_most_successful_athlete_of_these_games_is_no_career_record(sentence):
    assert _records(HEAD + sentence) == []


@pytest.mark.parametrize("sentence, record", [
    ("Anna Alpha of Norway was the most decorated athlete in Winter Olympics history.", "most-career-winter-medals-athlete"),
    ("Anna Alpha of Norway was the most successful female skier of all time.", "most-career-olympic-medals-female-skier"),
    ("Anna Alpha of Norway became the most successful female skier.", "most-career-olympic-medals-female-skier"),
    ("Anna Alpha of Norway is now the most decorated Olympic skier, with two medals in the women's competition.",
     "most-career-olympic-medals-skier"),
])
def test_the_most_successful_athlete_ever_or_since_now_is_a_career_record(sentence, record):
    assert _records(HEAD + sentence) == [(record, "anna-alpha")]


# --- A biography's medals of several Games in one sentence (after held out 9) ------------------------------------

_LUGERS = NameIndex()
for _year, _noc in ((1988, "GDR"), (1992, "GER"), (2006, "GER"), (2010, "GER")):
    _LUGERS.add_row("Bo Beta", _noc, "M", _year, "Luge")
    _LUGERS.add_row("Carl Gamma", _noc, "M", _year, "Luge")
LUGER_BIO = "title: Bo Beta\n\nBo Beta (born 1 May 1980) is a German luge athlete. "


def _bio_medals(text: str, names: NameIndex) -> list[tuple]:
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"], m.fields["event"], m.rule)
                  for m in extract_text(text, "a.txt", names=names).medals())


@pytest.mark.parametrize("sentence", [
    "He won Olympic silver in 2006 and gold in 2010 in the 1500 m.",
    "He won two Olympic medals in the 1500 m, a silver (2006) and a gold (2010).",
])
def test_a_biographys_medals_of_several_games_with_their_years(sentence):
    assert _bio_medals(SKATER_BIO + sentence, _SKATER) == [
        ("gold", "anders-alpha", "NED", "vancouver-2010-speed-skating-men-1500-m", "medal-years"),
        ("silver", "anders-alpha", "NED", "turin-2006-speed-skating-men-1500-m", "medal-years")]


def test_a_crews_medals_of_several_games_go_to_both_and_each_games_is_declared():
    text = LUGER_BIO + "Together with Carl Gamma he won two Olympic gold medals (2006, 2010) in men's doubles."
    assert _bio_medals(text, _LUGERS) == [
        ("gold", "bo-beta", "GER", "turin-2006-luge-men-doubles", "medal-years"),
        ("gold", "bo-beta", "GER", "vancouver-2010-luge-men-doubles", "medal-years"),
        ("gold", "carl-gamma", "GER", "turin-2006-luge-men-doubles", "medal-years"),
        ("gold", "carl-gamma", "GER", "vancouver-2010-luge-men-doubles", "medal-years")]
    draft = extract_text(text, "a.txt", names=_LUGERS)
    assert [(g.fields["games"], g.rule) for g in draft.of_type("games")] == [
        ("turin-2006", "games-biography-year"), ("vancouver-2010", "games-biography-year")]


def test_a_medals_nation_is_the_athletes_at_those_games_where_the_results_data_says_so():
    text = ("title: Bo Beta\n\nBo Beta (born 1 May 1966) is a former East German luge athlete. "
            "Together with Carl Gamma he won Olympic medals in men's doubles, a silver (1988) and a gold (1992).")
    draft = extract_text(text, "a.txt", names=_LUGERS)
    assert sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"]) for m in draft.medals()) == [
        ("gold", "bo-beta", "GER"), ("gold", "carl-gamma", "GER"), ("silver", "bo-beta", "GDR"), ("silver", "carl-gamma", "GDR")]
    assert sorted(n.fields["nation"] for n in draft.of_type("nation")) == ["GDR", "GER"]
    assert any(w.startswith("nation of Bo Beta at the 1992 Games is GER, not GDR, from results data") for w in draft.warnings)


@pytest.mark.parametrize("sentence", [
    "He won silver in 2005 and gold in 2007 at the World Championships in the 1500 m.",   # another competition
    "He won Olympic silver in 2005 and gold in 2007 in the 1500 m.",                      # no Winter Games those years
    "He hoped to win Olympic silver in 2006 and gold in 2010 in the 1500 m.",             # a hedge
    "He won Olympic silver in 2006 in the 1500 m and gold in 2010 in the 5000 m.",       # two events: which is whose is not read
])
def test_a_biographys_years_of_another_competition_a_hedge_or_two_events_give_no_medal(sentence):
    assert _bio_medals(SKATER_BIO + sentence, _SKATER) == []


def test_several_games_medals_need_a_biography_and_a_crew_event_for_two_people():
    assert _events("In the men's 1500 m speed skating, Anders Alpha of Norway won silver in 2006 and gold in 2010.") == []
    assert _bio_medals(LUGER_BIO + "With Carl Gamma he won Olympic gold in 2006 and silver in 2010 in men's singles.", _LUGERS) == []


# --- A relay's medal one skier won "for his team": the team's, with the legs the narrative names -------------------

_LEGS = ("On the first leg, Bjorn Moe of Norway fell behind. On the second leg, Carl Nesse of Norway caught up with Erik Lind of "
         "Sweden. On the third leg, Dag Rustad of Norway held on. ")


@pytest.mark.parametrize("sentence, medal", [
    ("In the last leg, Anders Lunde of Norway sprinted to the line to win the gold medal for his team.", "gold"),
    ("In the last leg, Anders Lunde of Norway took the silver for Norway.", "silver"),
    # a fifth skier named for a leg does not grow a full team: the first three named join the anchor
    ("On the last leg, Frank Olsen of Norway was ill. In the last leg, Anders Lunde of Norway won the gold medal for his team.", "gold"),
])
def test_a_relay_medal_won_for_the_team_goes_to_the_legs_named_of_that_nation(sentence, medal):
    medals = _medals(extract_text(RELAY + _LEGS + sentence, "a.txt", names=NameIndex()))
    assert medals == [(medal, "anders-lunde", "NOR"), (medal, "bjorn-moe", "NOR"), (medal, "carl-nesse", "NOR"), (medal, "dag-rustad", "NOR")]


@pytest.mark.parametrize("sentence, medals", [
    # without "for his team" the anchor's medal stays his own (as before)
    ("In the last leg, Anders Lunde of Norway won the gold medal.", [("gold", "anders-lunde", "NOR")]),
    # another Games' medal for the team is no medal of this relay, nor of its legs
    ("In the last leg, Anders Lunde of Norway won the gold medal for his team at the 2022 Winter Olympics.", []),
])
def test_a_relay_medal_without_for_the_team_or_of_other_games_grows_no_team(sentence, medals):
    assert _medals(extract_text(RELAY + _LEGS + sentence, "a.txt", names=NameIndex())) == medals


# --- A possessor's medal in an event, and a passive "won by" ----------------------------------------------------

@pytest.mark.parametrize("sentence, medals", [
    ("In the women's downhill, Anna Alpha of Norway won. Bo Beta of Sweden's silver medal in the women's downhill was the country's first.",
     [("gold", "anna-alpha"), ("silver", "bo-beta")]),
    ("In the women's downhill, Anna Alpha of Norway won by 0.3 seconds.", [("gold", "anna-alpha")]),
])
def test_a_possessors_medal_in_the_event_named_and_a_win_by_a_margin(sentence, medals):
    assert [e[:2] for e in _events(sentence)] == medals


@pytest.mark.parametrize("sentence", [
    # a passive "won by <Nation>" is no win of the possessor; a medal without its event named after it is not read
    "In the women's downhill, Bo Beta of Sweden's silver medal was the first in alpine skiing won by Sweden.",
    "In the women's downhill, Bo Beta of Sweden's silver medal in the 2018 downhill was the country's first.",
    "In the women's downhill, Bo Beta of Sweden's silver medal at the World Championships was the country's first.",
])
def test_a_possessors_medal_of_another_games_or_without_its_event_and_a_passive_won_by_are_no_medal(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize("sentence, medals", [
    ("Anna Alpha of Norway led the individual medal table with two gold medals (women's downhill and women's super-G).",
     [("gold", "anna-alpha", "alpine-skiing-women-downhill"), ("gold", "anna-alpha", "alpine-skiing-women-super-g")]),
    ("Anna Alpha of Norway won three silvers (women's downhill, women's super-G and women's slalom).",
     [("silver", "anna-alpha", "alpine-skiing-women-downhill"), ("silver", "anna-alpha", "alpine-skiing-women-slalom"),
      ("silver", "anna-alpha", "alpine-skiing-women-super-g")]),
])
def test_a_medal_count_with_its_events_in_brackets(sentence, medals):
    assert [(e[0], e[1], e[3]) for e in _events(sentence)] == medals


@pytest.mark.parametrize("sentence", [
    # the count and the events named disagree, another Games, a hedge
    "Anna Alpha of Norway led the individual medal table with three gold medals (women's downhill and women's super-G).",
    "Anna Alpha of Norway won two gold medals (women's downhill and women's super-G) at the World Championships.",
    "Anna Alpha of Norway hoped to win two gold medals (women's downhill and women's super-G).",
])
def test_a_medal_count_with_brackets_that_disagree_or_of_other_games_is_no_medal(sentence):
    assert _events(sentence) == []


# --- An overview page without a sex word: the event's sex from the data's event its medallist entered --------------

_ALPINE = NameIndex()
for _event in ("Alpine Skiing Men's Super G", "Alpine Skiing Men's Giant Slalom"):
    _ALPINE.add_row("Anders Alpha", "NOR", "M", 1994, "Alpine Skiing", _event)
_ALPINE.add_row("Carl Gamma", "SWE", "M", 1994, "Alpine Skiing", "Alpine Skiing Mixed Super G")
OVERVIEW = "title: Alpine skiing at the 1994 Winter Olympics\n\nTen nations won medals in alpine skiing. "


def _overview(text: str) -> list[tuple]:
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in extract_text(OVERVIEW + text, "a.txt", names=_ALPINE).medals())


def test_an_overviews_event_sex_from_the_data_event_its_medallist_entered():
    assert _overview("Anders Alpha of Norway led the individual medal table with two gold medals (super-G and giant slalom).") == [
        ("gold", "anders-alpha", "lillehammer-1994-alpine-skiing-men-giant-slalom"),
        ("gold", "anders-alpha", "lillehammer-1994-alpine-skiing-men-super-g")]
    assert _ALPINE.event_sex("Anders Alpha", 1994, "giant slalom") == "men"


def test_no_event_sex_from_the_data_where_the_text_gives_a_sex_the_event_is_mixed_or_not_entered():
    # a sex word anywhere in the article: the data's event is not read (the text's sexes rule, as before)
    assert _overview("Anders Alpha of Norway led the individual medal table with two gold medals (super-G and giant slalom). "
                     "Bo Beta of Sweden won the women's slalom.") == [("gold", "bo-beta", "lillehammer-1994-alpine-skiing-women-slalom")]
    assert _overview("Carl Gamma of Sweden won two gold medals (super-G and giant slalom).") == []   # mixed, and not entered
    assert _ALPINE.event_sex("Carl Gamma", 1994, "super-G") is None
    assert _ALPINE.event_sex("Anders Alpha", 1998, "super-G") is None                               # another Games


_ALPINE.add_row("Dag Delta", "NOR", "M", 1994, "Alpine Skiing", "Alpine Skiing Men's Downhill")
_ALPINE.add_row("Dag Delta", "NOR", "M", 1994, "Alpine Skiing", "Alpine Skiing Men's Super G")


def test_a_format_alone_in_a_disciplines_overview_and_super_g_before_a_name():
    # "super G." ends the event's name; the next name has no initial G
    assert _overview("Anders Alpha of Norway won the giant slalom. Dag Delta of Norway won gold in the downhill and silver in the "
                     "super G. Bo Beta of Sweden won two silvers and a bronze.") == [
        ("gold", "anders-alpha", "lillehammer-1994-alpine-skiing-men-giant-slalom"),
        ("gold", "dag-delta", "lillehammer-1994-alpine-skiing-men-downhill"),
        ("silver", "dag-delta", "lillehammer-1994-alpine-skiing-men-super-g")]


def test_a_format_alone_after_another_event_outside_a_disciplines_overview_is_still_no_event():
    assert [e[:2] for e in _events("In the women's slalom, Anna Alpha of Norway won gold. Bo Beta of Sweden won gold in the downhill.")] == [
        ("gold", "anna-alpha")]


@pytest.mark.parametrize("sentence, medals", [
    # "mogul" is the moguls' format; a middle initial is left out of the slug (the name keeps it)
    ("In the women's mogul competition, Anna B. Alpha of Norway won the first gold medal awarded.",
     [("gold", "anna-alpha", "freestyle-skiing-women-moguls")]),
    # leading initials stay: they are the name the athlete goes by
    ("In the men's mogul competition, J. R. Alpha of Norway won gold.", [("gold", "j-r-alpha", "freestyle-skiing-men-moguls")]),
])
def test_a_mogul_competition_and_a_middle_initial_left_out_of_the_slug(sentence, medals):
    assert [(e[0], e[1], e[3]) for e in _events(sentence)] == medals


def test_a_nation_that_sent_out_or_fielded_a_skier_is_the_skiers_and_joins_its_team():
    legs = ("Norway sent out Bjorn Moe on the first leg, and Sweden fielded Erik Lind. On the second leg, Norway passed Carl Nesse. "
            "In the last leg, Anders Lunde of Norway won the gold medal for his team.")
    draft = extract_text(RELAY + legs, "a.txt", names=NameIndex())
    assert _medals(draft) == [("gold", "anders-lunde", "NOR"), ("gold", "bjorn-moe", "NOR")]   # Nesse was passed: no nation, no medal
    assert {a.fields["athlete"]: a.fields["nation"] for a in draft.of_type("athlete")} == {"anders-lunde": "NOR", "bjorn-moe": "NOR"}


@pytest.mark.parametrize("sentence, record", [
    ("For Anna Alpha of the Netherlands this was her seventh gold medal, a Winter Olympic record at the time.",
     ("most-career-winter-golds-athlete", "anna-alpha", 7)),
    ("Anna Alpha of the Netherlands finished second: her 10th Olympic medal, an Olympic record.",
     ("most-career-olympic-medals-athlete", "anna-alpha", 10)),
])
def test_the_nth_medal_of_an_athlete_that_is_an_olympic_record(sentence, record):
    records = extract_text(HEAD + sentence, "a.txt", names=NameIndex()).records()
    assert [(r.fields["category"], r.fields["holder"], r.fields["value"]) for r in records] == [record]


@pytest.mark.parametrize("sentence", [
    "For Anna Alpha of the Netherlands it could have been her seventh gold medal, a Winter Olympic record.",
    "For Anna Alpha of the Netherlands this was her seventh gold medal, a World Cup record.",
    "For Anna Alpha of the Netherlands this was her seventh gold medal, an Olympic record time.",
])
def test_a_hedged_nth_medal_or_a_record_of_another_kind_is_no_career_record(sentence):
    assert _records(HEAD + sentence) == []


# --- After the twelfth held-out batch: a result changed later, a standing after a segment --------------------------

PAIRS = "title: Figure skating at the 2002 Winter Olympics – Pairs\n\n"


def test_the_original_result_is_kept_below_every_rule_and_a_later_medal_replaces_it():
    original = ("Originally, Anna Alpha and Bo Beta of Russia won the gold medal, while Cleo Gamma and Dan Delta of Canada won "
                "the silver.")
    draft = extract_text(PAIRS + original, "a.txt", names=NameIndex())
    assert {m.fields["athlete"]: (m.fields["medal"], m.confidence) for m in draft.medals()} == {
        "anna-alpha": ("gold", 0.5), "bo-beta": ("gold", 0.5), "cleo-gamma": ("silver", 0.5), "dan-delta": ("silver", 0.5)}
    assert any("silver medal of Cleo Gamma is the original result" in w for w in draft.warnings)
    later = " Later, Cleo Gamma and Dan Delta of Canada were awarded the gold medal as well."
    medals = {m.fields["athlete"]: m.fields["medal"] for m in extract_text(PAIRS + original + later, "a.txt", names=NameIndex()).medals()}
    assert (medals["cleo-gamma"], medals["dan-delta"], medals["anna-alpha"]) == ("gold", "gold", "gold")


def test_a_standing_compared_with_a_leader_after_a_segment_is_no_medal():
    standing = ("Anna Alpha and Bo Beta of Russia were in first place after the short program, while Cleo Gamma and Dan Delta "
                "of Canada were in second.")
    draft = extract_text(PAIRS + standing, "a.txt", names=NameIndex())
    assert (_medals(draft), draft.warnings) == ([], ["no medal or record found in the article"])
    final = "Anna Alpha and Bo Beta of Russia won the gold medal, while Cleo Gamma and Dan Delta of Canada were in second."
    assert ("silver", "cleo-gamma", "CAN") in _medals(extract_text(PAIRS + final, "a.txt", names=NameIndex()))


@pytest.mark.parametrize("title, sentence, event", [
    # the words after the dash name the page's event, even a format that names none alone ("individual", "sprint"), and a
    # distance the text gives it later is that event's
    ("Biathlon at the 1968 Winter Olympics – Individual", "The men's 20 kilometre individual biathlon competition was held on "
     "12 February. Anders Alpha of Norway won the gold medal.", "grenoble-1968-biathlon-men-individual"),
    ("Nordic combined at the 2006 Winter Olympics – Sprint", "The men's sprint Nordic combined competition was held in "
     "Pragelato. The start for the 7.5 kilometre race was staggered. Anders Alpha of Austria was the winner of the event.",
     "turin-2006-nordic-combined-men-sprint"),
])
def test_the_event_after_the_titles_dash_is_the_pages_event(title, sentence, event):
    assert [e[2] for e in _events_of(f"title: {title}\n\n{sentence}")] == [event]


@pytest.mark.parametrize("sentence, medals", [
    # a team that won "the competition" of another competition named before it in the sentence
    ("A World Cup event in the relay was held at Beitostolen on 20 November 2005, and Germany's team of Anders Alpha, "
     "Bo Beta, Carl Gamma and Dan Delta won the competition.", []),
    # a medal "in Salt Lake" (the 2002 Games, by a short name of their city) on a 2006 page
    ("Anders Alpha, Bo Beta, Carl Gamma and Dan Delta of Norway won the gold medal in Salt Lake.", []),
    # "the eighth event" of a series
    ("The eighth event was won by Anders Alpha of Latvia.", []),
    # the Games' own relay, for contrast
    ("Germany's team of Anders Alpha, Bo Beta, Carl Gamma and Dan Delta won the gold medal.",
     ["anders-alpha", "bo-beta", "carl-gamma", "dan-delta"]),
])
def test_another_competition_before_the_team_another_games_city_or_a_series_event_is_no_medal(sentence, medals):
    text = "title: Cross-country skiing at the 2006 Winter Olympics – Men's 4 × 10 kilometre relay\n\n" + sentence
    assert sorted(m.fields["athlete"] for m in extract_text(text, "a.txt", names=NameIndex()).medals()) == medals


def test_a_sled_named_by_its_nation_gives_its_pilots_nation_and_a_nation_subject_takes_the_medal_words_after_it():
    sleds = ("title: Bobsleigh at the 2022 Winter Olympics – Four-man\n\nGermany-2 driven by Anders Alpha won the silver "
             "medal, and Canada-1, driven by Bo Beta, won the bronze.")
    assert sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"]) for m in extract_text(sleds, "a.txt", names=NameIndex()).medals()) == [
        ("bronze", "bo-beta", "CAN"), ("silver", "anders-alpha", "GER")]
    relay = ("title: Biathlon at the 1980 Winter Olympics – Men's relay\n\nWith Norway's Anders Alpha taking two penalties "
             "on the third leg, the West Germans were able to take the bronze.")
    assert [m.fields["athlete"] for m in extract_text(relay, "a.txt", names=NameIndex()).medals()] == []


# --- After the fourteenth held-out batch ------------------------------------------------------------------------

def test_a_copy_that_lost_the_space_after_a_full_stop_still_splits_there():
    text = ("title: Cross-country skiing at the 2014 Winter Olympics – Women's 10 kilometre classical\n\nThe race was held at "
            "the Laura Cross Country Ski Complex.Anna Alpha of Poland won the gold medal.")
    assert _events_of(text) == [("gold", "anna-alpha", "sochi-2014-cross-country-skiing-women-10-km")]  # no style in the id


def test_a_double_surname_of_the_data_matches_its_first_part_in_an_article():
    index = NameIndex()
    index.add_row("Carole Montillet-Carles", "FRA", "F", 2002, "Alpine Skiing")
    assert (index.match("Carole Montillet", games=2002).noc, index.match("Carole Montillet", games=2002).how) == ("FRA", "variant")
    index.add_row("Anna Beta", "NOR", "F", 2002, "Biathlon")
    index.add_row("Anna Beta-Gamma", "SWE", "F", 2002, "Biathlon")
    assert (index.match("Anna Beta", games=2002).noc, index.match("Anna Beta", games=2002).how) == ("NOR", "exact")  # exact first


def test_the_texts_word_about_a_medallist_the_data_lacks_gives_the_events_sex():
    text = ("title: Ski jumping at the 2006 Winter Olympics – Normal hill individual\n\nAnders Alpha of Norway won his "
            "country's first gold, beating Bo Beta of Finland to the title by only one point.")
    assert _events_of(text) == [("gold", "anders-alpha", "turin-2006-ski-jumping-men-normal-hill"),
                                ("silver", "bo-beta", "turin-2006-ski-jumping-men-normal-hill")]
    hedged = text.replace("won his country's first gold, beating", "hoped to win gold, beating")
    assert _events_of(hedged) == []


def test_skated_well_enough_for_the_gold():
    text = "title: Figure skating at the 1988 Winter Olympics – Ladies' singles\n\nAnna Alpha of East Germany skated well enough for the gold."
    assert _events_of(text) == [("gold", "anna-alpha", "calgary-1988-figure-skating-women-singles")]


# --- After the fifteenth held-out batch -------------------------------------------------------------------------

def test_a_fandom_title_after_a_slash_and_crews_counted_as_pairs():
    text = ("title: Bobsleigh 2018/Women's two\n\nThe women's two of Bobsleigh 2018 during the 2018 Winter Olympics was held "
            "in PyeongChang. With 20 pairs competing, the event was won by Anna Alpha and Berit Beta from Germany.")
    assert _events_of(text) == [("gold", "anna-alpha", "pyeongchang-2018-bobsleigh-women-two-woman"),
                                ("gold", "berit-beta", "pyeongchang-2018-bobsleigh-women-two-woman")]


@pytest.mark.parametrize("sentence", [
    "The other two events were won by Anders Alpha of Italy.",                                   # a series' other events
    "The morning classical leg was won by Anders Alpha of Italy with Bo Beta of Italy in second.",  # a part of a pursuit
])
def test_the_other_events_of_a_series_or_a_leg_of_the_race_is_no_medal(sentence):
    text = "title: Luge at the 2018 Winter Olympics – Men's singles\n\n" + sentence
    assert _events_of(text) == []


def test_a_place_in_a_segment_of_the_ice_dance_is_no_medal():
    text = ("title: Figure skating at the 2006 Winter Olympics – Ice dance\n\nThere were a few surprises during the Compulsory "
            "Dance, which saw Anna Alpha and Bo Beta of Russia finishing second to the Italian team.")
    assert _events_of(text) == []
    final = text.replace("during the Compulsory Dance, which saw", "in the end, which saw")
    assert [e[0] for e in _events_of(final)] == ["silver", "silver"]


# --- After the sixteenth held-out batch -------------------------------------------------------------------------

DOWNHILL = "title: Alpine skiing at the 1998 Winter Olympics – Men's super-G\n\n"


@pytest.mark.parametrize("sentence, medals", [
    ("Anders Alpha of Austria won the gold medal, and Bo Beta of Austria tied for the silver with Carl Gamma of Switzerland.",
     [("gold", "anders-alpha"), ("silver", "bo-beta"), ("silver", "carl-gamma")]),
    ("Finnish skier Anders Alpha won the event by only 24 seconds over Swede Bo Beta.", [("gold", "anders-alpha"), ("silver", "bo-beta")]),
    ("The winner was the defending Olympic champion Anders Alpha of Norway.", [("gold", "anders-alpha")]),
    ("The silver medal was won by Polish jumper Anders Alpha.", [("silver", "anders-alpha")]),
    ("Anders Alpha of Germany had the fastest ski time, and despite three missed shots, he held off the field to win by 20 seconds.",
     [("gold", "anders-alpha")]),
])
def test_a_tie_with_a_margin_over_a_title_describing_the_winner_and_a_descriptor_after_won_by(sentence, medals):
    assert [(e[0], e[1]) for e in _events_of(DOWNHILL + sentence)] == medals


@pytest.mark.parametrize("sentence", [
    "The defending Olympic champion was Anders Alpha of Norway.",             # a title held before
    "The race was won by Polish jumper Anders Alpha in 2006.",                # other Games
    "Anders Alpha hoped to win by 20 seconds.",                               # a hedge
])
def test_those_phrasings_keep_their_guards(sentence):
    assert _events_of(DOWNHILL + sentence) == []


def test_a_name_after_a_collision_with_is_no_subject_for_the_next_sentences_she():
    text = ("title: Speed skating at the 1972 Winter Olympics – Women's 500 metres\n\nDuring her run, Anna Alpha of the "
            "United States had to stop to avoid a collision with Berit Beta of Canada. She won the race and the gold medal.")
    assert [(e[0], e[1]) for e in _events_of(text)] == [("gold", "anna-alpha")]


# --- After the seventeenth held-out batch (its first run is pinned in tests/test_extract.py) -------------------------

def test_a_relay_pages_title_takes_the_legs_its_text_gives_with_the_sex():
    text = ("title: Biathlon at the 1976 Winter Olympics – Men's relay\n\nThe Men's 4 x 7.5 kilometre biathlon relay "
            "competition at the 1976 Winter Olympics took place on 13 February. Anders Alpha skied the last leg for Norway, "
            "which won the gold medal.")
    assert {e[2] for e in _events_of(text)} == {"innsbruck-1976-biathlon-men-4-x-7-5-km-relay"}


@pytest.mark.parametrize("sentence, medals", [
    ("Anna Alpha of the United States won gold going one better from her silver medal at the 1956 Olympics.", [("gold", "anna-alpha")]),
    ("Anna Alpha of the United States won gold, improving on her silver medal at the 1956 Olympics.", [("gold", "anna-alpha")]),
    ("Anna Alpha of the United States won her silver medal at the 1956 Olympics.", []),   # that Games' medal
])
def test_a_past_medal_the_gold_goes_one_better_from_is_not_this_medals_games(sentence, medals):
    text = "title: Figure skating at the 1960 Winter Olympics – Ladies' singles\n\n" + sentence
    assert [(e[0], e[1]) for e in _events_of(text)] == medals


# --- After the eighteenth held-out batch (its first run is pinned in tests/test_extract.py) -------------------------

def test_a_short_track_skaters_biography_and_the_games_she_returned_for():
    bio = ("title: Anna Alpha\n\nAnna Alpha (born April 10, 1962) is an American short track speed skater. She qualified for "
           "the Albertville Olympics, where she won the 500-meter short track race. Alpha retired from competitive skating "
           "after the 1992 Games, but then returned yet again for the 1994 Games. She took a bronze in the 3000-meter relay.")
    assert ("bronze", "anna-alpha", "lillehammer-1994-short-track-speed-skating-women-3000-m-relay") in _events_of(bio)
    stayed = bio.replace("but then returned yet again for the 1994 Games", "and watched the 1994 Games on television")
    assert ("bronze", "anna-alpha", "lillehammer-1994-short-track-speed-skating-women-3000-m-relay") not in _events_of(stayed)


# --- After the nineteenth held-out batch (its first run is pinned in tests/test_extract.py) -------------------------

SPEED_PAGE = "title: Speed skating at the 2014 Winter Olympics – Men's 1500 metres\n\n"


def _drafted(text: str) -> list[tuple]:
    """(medal, athlete, nation) of each medal, or none where nothing is drafted at all."""
    try:
        draft = extract_text(text, "a.txt", names=NameIndex())
    except Exception:   # "no medal or record found": nothing drafted
        return []
    return _medals(draft)


@pytest.mark.parametrize("sentence, medals", [
    ("Poland's Anders Alpha won the gold medal, the Netherlands' Bo Beta took silver.", [("gold", "anders-alpha", "POL"), ("silver", "bo-beta", "NED")]),
    ("The United States' Bo Beta took silver.", [("silver", "bo-beta", "USA")]),
    ("The Smiths' Bo Beta took silver.", []),   # a family's possessive is no nation: the nation is not stated
])
def test_a_plurals_possessive_names_the_nation(sentence, medals):
    assert _drafted(SPEED_PAGE + sentence) == medals


@pytest.mark.parametrize("sentence, medals", [
    ("French sisters Anna Alpha (gold) and Berta Alpha (silver) became the first sisters to win gold and silver in the same event.",
     [("gold", "anna-alpha", "FRA"), ("silver", "berta-alpha", "FRA")]),
    # no group word after the demonym: only the first name is French, the second has no nation stated
    ("French skater Anna Alpha (gold) and Berta Alpha (silver) became the first to win gold and silver in the same event.",
     [("gold", "anna-alpha", "FRA")]),
])
def test_a_demonym_before_a_groups_word_is_each_listed_names_and_a_bracket_is_the_names_medal(sentence, medals):
    assert _drafted(SPEED_PAGE + sentence) == medals


@pytest.mark.parametrize("sentence, medals", [
    ("Austria's Anders Alpha won the gold medal, and teammate Bo Beta tied for the silver with Carl Gamma of Switzerland.",
     [("gold", "anders-alpha", "AUT"), ("silver", "bo-beta", "AUT"), ("silver", "carl-gamma", "SUI")]),
    ("Austria's Anders Alpha won the gold medal, and coach Bo Beta tied for the silver with Carl Gamma of Switzerland.",
     [("gold", "anders-alpha", "AUT"), ("silver", "carl-gamma", "SUI")]),
])
def test_a_bare_teammate_after_a_name_has_its_nation(sentence, medals):
    assert _drafted(SPEED_PAGE + sentence) == medals


@pytest.mark.parametrize("sentence, second", [
    ("Anders Alpha of Finland won the gold medal ahead of fellow Finn Bo Beta.", [("silver", "bo-beta", "FIN")]),
    ("Anders Alpha of Finland triumphed in front of Bo Beta of Sweden in front of 21,382 spectators.", [("silver", "bo-beta", "SWE")]),
    ("Anders Alpha of the United States edged out Bo Beta of Norway by 0.04 seconds to take the gold medal.", [("silver", "bo-beta", "NOR")]),
    ("Anders Alpha of the United States was the winner, edging Bo Beta of Norway by a scant two hundredths of a second.",
     [("silver", "bo-beta", "NOR")]),
    ("Anders Alpha of the United States won gold, edging Bo Beta of Norway in the second run.", []),   # a run's margin
    ("Anders Alpha of the United States won gold, beating Bo Beta of Norway by two seconds.", []),     # beaten, place unsaid
])
def test_the_one_edged_by_a_margin_or_in_front_of_the_winner_is_second(sentence, second):
    assert [m for m in _drafted(SPEED_PAGE + sentence) if m[0] != "gold"] == second


def test_an_infinitive_after_a_beaten_names_relative_clause_is_the_subjects_medal():
    text = SPEED_PAGE + "Italy's Anders Alpha held off Norway's Bo Beta, who had the best opener, to win bronze."
    assert _drafted(text) == [("bronze", "anders-alpha", "ITA")]
    kept = SPEED_PAGE + "Anders Alpha of Italy finished fourth, behind Norway's Bo Beta, who won bronze."
    assert ("bronze", "bo-beta", "NOR") in _drafted(kept)


@pytest.mark.parametrize("sentence, medals", [
    ("West Germany struggled early, Anders Alpha taking two penalty loops, but the West Germans were able to take the bronze, "
     "with Anders Alpha, Bo Beta, Carl Gamma and Dirk Delta.", 4),
    ("Russia won a comfortable gold medal, with Anders Alpha, Bo Beta, Carl Gamma and Dirk Delta.", 4),
    ("Russia hoped to win a comfortable gold medal, with Anders Alpha, Bo Beta, Carl Gamma and Dirk Delta.", 0),
])
def test_a_nations_team_medal_after_were_able_to_or_an_adjective(sentence, medals):
    text = "title: Biathlon at the 1980 Winter Olympics – Men's relay\n\n" + sentence
    assert len(_drafted(text)) == medals


# --- After held-out batches 20, 21 and 22 (their first runs are pinned in tests/test_extract.py) -------------------

def test_a_biography_opening_with_the_dates_of_a_life_reads_each_passages_games():
    bio = ("title: Anders Alpha\n\nAnders Alpha (23 January 1928 – 1 December 2003) was an Italian bobsledder. At the 1956 "
           "Winter Olympics in Cortina d'Ampezzo, he won silver medals in the 2-man and 4-man bobsled events. During the 1964 "
           "Winter Olympics in Innsbruck, Alpha and his teammate took the bronze medal in the 2-man bobsled.")
    assert _events_of(bio) == [("bronze", "anders-alpha", "innsbruck-1964-bobsleigh-men-two-man"),
                               ("silver", "anders-alpha", "cortina-d-ampezzo-1956-bobsleigh-men-four-man"),
                               ("silver", "anders-alpha", "cortina-d-ampezzo-1956-bobsleigh-men-two-man")]


@pytest.mark.parametrize("sentence", [
    "That same year Anders Alpha of Finland won the jumping competition at the Holmenkollen ski festival.",
    "Anders Alpha of Finland won the Four Hills Tournament in the normal hill.",
    "Anders Alpha of Finland won a national title in the normal hill.",
])
def test_the_seasons_other_competitions_give_no_olympic_medal(sentence):
    text = "title: Ski jumping at the 1964 Winter Olympics – Men's normal hill\n\n" + sentence
    assert _drafted(text) == []
    assert _drafted(text.replace(sentence, "Anders Alpha of Finland won the normal hill competition.")) == [("gold", "anders-alpha", "FIN")]


def test_the_sentence_after_another_dated_competition_is_that_competitions():
    page = "title: Figure skating at the 1988 Winter Olympics – Men's singles\n\n"
    other = ("At the 1987 Skate Canada, held at the same venue, both skaters debuted their programs. Anders Alpha of Canada came "
             "in first place, narrowly defeating Bo Beta.")
    assert _drafted(page + other) == []
    # the sentence after the next is not (a paragraph of the Games follows), nor a sentence naming the Games
    assert _drafted(page + other + " The crowd cheered. Anders Alpha of Canada came in first place.") == [("gold", "anders-alpha", "CAN")]
    assert _drafted(page + other.replace("came in first place", "came in first place at the Olympics")) == [("gold", "anders-alpha", "CAN")]


@pytest.mark.parametrize("sentence", [
    "Anders Alpha of Norway won the gold medal in the men's 20 km individual biathlon.",
    "Anders Alpha of Norway won the gold medal in the men's individual biathlon.",
])
def test_biathlons_individual_is_one_event_with_or_without_its_distance(sentence):
    text = "title: Biathlon at the 2026 Winter Olympics\n\n" + sentence
    assert _events_of(text) == [("gold", "anders-alpha", "milano-cortina-2026-biathlon-men-individual")]


@pytest.mark.parametrize("sentence, medal", [
    ("The winner was the first racer over the finish line, Anders Alpha of France.", "gold"),
    ("The winner of the competition Anders Alpha of France was carried off by the crowd.", "gold"),
    ("The silver medalist, Anders Alpha of France, qualified for the Olympics.", None),   # the last Games' medallist, as pages open
    ("The world champion, Anders Alpha of France, fell.", None),
])
def test_the_winner_named_after_a_description_or_of_the_competition(sentence, medal):
    text = "title: Biathlon at the 2006 Winter Olympics – Men's pursuit\n\n" + sentence
    assert _drafted(text) == ([(medal, "anders-alpha", "FRA")] if medal else [])


@pytest.mark.parametrize("sentence, medals", [
    ("Anders Alpha of Norway was a favourite for the event, and finished second to Bo Beta of Germany.",
     [("gold", "bo-beta", "GER"), ("silver", "anders-alpha", "NOR")]),
    ("Anders Alpha of Norway was a favourite and hoped to finish second to Bo Beta of Germany.", []),
    ("Anders Alpha of Norway was a favourite for the event, and could have finished second to Bo Beta of Germany.", []),
])
def test_a_hedge_of_one_predicate_is_not_the_next_ones_and_second_to_b_is_bs_gold(sentence, medals):
    text = "title: Nordic combined at the 1960 Winter Olympics – Men's individual\n\n" + sentence
    assert _drafted(text) == medals


def test_a_pair_written_by_its_surnames_with_a_slash_is_one_crew_and_compared_with_whole():
    text = ("title: Figure skating at the 2018 Winter Olympics – Ice dance\n\nAnna Alpha and Bo Beta of Canada skated first. "
            "Carla Gamma and Dan Delta of France skated next. The last to skate were Alpha/Beta, who scored less than "
            "Gamma/Delta in the free dance but still scored enough points overall to win the gold medal.")
    assert _drafted(text) == [("gold", "anna-alpha", "CAN"), ("gold", "bo-beta", "CAN")]


@pytest.mark.parametrize("text, place", [
    ("title: Figure skating at the 2010 Winter Olympics – Ice dancing\n\nAnna Alpha and Bo Beta became the first ice "
     "dancers from Canada and North America to win an Olympic gold medal.", "North America"),
    ("title: Anna Alpha\n\nAnna Alpha (born 1 April 1958) is an Austrian ski jumper. At the 1980 Winter Olympics in Lake "
     "Placid, New York, Alpha won a gold medal in the normal hill.", "New York"),
])
def test_a_continent_or_a_state_after_a_city_is_no_person(text, place):
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert all(place not in w for w in draft.warnings)


@pytest.mark.parametrize("sentence, medals", [
    ("Anna Alpha of the Netherlands won the gold medal and thereby successfully defended her 2018 title.", [("gold", "anna-alpha", "NED")]),
    ("Anna Alpha of the Netherlands won the gold medal in 2018.", []),   # another Games' medal
])
def test_a_year_of_the_athletes_past_title_is_not_the_medals_games(sentence, medals):
    assert _drafted("title: Short track speed skating at the 2022 Winter Olympics – Women's 1000 metres\n\n" + sentence) == medals


@pytest.mark.parametrize("sentence, event", [
    ("Anders Alpha of Norway won the gold medal in the men's 10 km sprint biathlon.", "milano-cortina-2026-biathlon-men-sprint"),
    ("Anders Alpha of Norway won the gold medal in the men's 12.5 km pursuit biathlon.", "milano-cortina-2026-biathlon-men-pursuit"),
    # the seed's convention for the mass start keeps its distance
    ("Anders Alpha of Norway won the gold medal in the men's 15 km mass start biathlon.", "milano-cortina-2026-biathlon-men-15-km-mass-start"),
])
def test_biathlons_sprint_and_pursuit_are_one_event_with_or_without_their_distance(sentence, event):
    assert _events_of("title: Biathlon at the 2026 Winter Olympics\n\n" + sentence) == [("gold", "anders-alpha", event)]


@pytest.mark.parametrize("sentence, medals", [
    ("The last 50 kilometre race at a World Championship was in 2003, and Anders Alpha of Norway won that event.", []),
    ("Anders Alpha of Norway won that event.", [("gold", "anders-alpha", "NOR")]),
    ("Anders Alpha of Norway also won five medals at the FIL World Luge Championships with two golds (Men's 50 km: 1978).", []),
    ("Anders Alpha of Norway won gold at the European Luge Championships.", []),
])
def test_that_event_after_another_competition_and_a_sports_world_championships_are_elsewhere(sentence, medals):
    assert _drafted("title: Cross-country skiing at the 2006 Winter Olympics – Men's 50 kilometre freestyle\n\n" + sentence) == medals


@pytest.mark.parametrize("sentence, medals", [
    ("Competing in five Winter Olympics, he earned two gold medals (Men's doubles: 1972, Men's singles: 1984) and one silver "
     "medal (Men's singles: 1980) for his efforts.",
     [("gold", "paul-alpha", "sapporo-1972-luge-men-doubles"), ("gold", "paul-alpha", "sarajevo-1984-luge-men-singles"),
      ("silver", "paul-alpha", "lake-placid-1980-luge-men-singles")]),
    # another competition's medal record, and counts that disagree with the lines
    ("He also won five medals at the FIL World Luge Championships with two golds (Men's singles: 1978, Men's doubles: 1971).", []),
    ("Competing in five Winter Olympics, he earned three gold medals (Men's doubles: 1972, Men's singles: 1984).", []),
])
def test_a_biographys_olympic_medal_record_lines_each_with_its_games(sentence, medals):
    bio = "title: Paul Alpha\n\nPaul Alpha (born 8 June 1952 in Chienes) is an Italian luger. " + sentence
    try:
        drafted = _events_of(bio)
    except Exception:   # nothing drafted
        drafted = []
    assert sorted(drafted) == sorted(medals)


@pytest.mark.parametrize("noun, event", [
    ("luger", "sapporo-1972-luge-men-singles"), ("biathlete", "sapporo-1972-biathlon-men-individual"),
    ("ski jumper", "sapporo-1972-ski-jumping-men-normal-hill"),
])
def test_a_biographys_athlete_noun_names_its_sport(noun, event):
    fmt = {"luger": "singles", "biathlete": "individual", "ski jumper": "normal hill"}[noun]
    bio = (f"title: Paul Alpha\n\nPaul Alpha (born 8 June 1950) is an Italian {noun}. At the 1972 Winter Olympics he won the "
           f"gold medal in the men's {fmt}.")
    assert _events_of(bio) == [("gold", "paul-alpha", event)]


def test_a_place_while_the_pairs_skate_is_a_standing():
    page = "title: Speed skating at the 2022 Winter Olympics – Men's 5000 metres\n\n"
    standing = "In pair 3, Anders Alpha of Norway improved the time by over 7 seconds, and Bo Beta of Sweden became second."
    assert _drafted(page + standing) == []
    assert _drafted(page + standing.replace("In pair 3, ", "")) == [("silver", "bo-beta", "SWE")]


# --- Biographies whose opening the readers missed (after held out 26) -----------------------------------------------

@pytest.mark.parametrize("opening", [
    # the dates of a life with the places of birth and death
    "Paul Alpha (April 12, 1909 in Zurich – March 4, 1981 in Zurich) was a Swiss bobsledder.",
    # a copy that lost the lead's name (a template): the title names the subject
    "is a Swiss bobsledder. He competed in the 1950s.",
])
def test_a_biography_opening_with_places_of_a_life_or_without_its_name(opening):
    text = (f"title: Paul Alpha\n\n{opening}\n\nAt the 1956 Winter Olympics, he won the gold medal in the four-man event. "
            "At the 1964 Winter Olympics, he won the bronze medal in the two-man event.")
    assert sorted(_events_of(text)) == [("bronze", "paul-alpha", "innsbruck-1964-bobsleigh-men-two-man"),
                                        ("gold", "paul-alpha", "cortina-d-ampezzo-1956-bobsleigh-men-four-man")]


def test_a_source_line_with_a_question_mark_stays_one_line_and_the_biography_is_read():
    text = ("source: https://en.wikipedia.org/?oldid=12&title=Paul_Alpha (a revision)\ntitle: Paul Alpha\n\n"
            "Paul Alpha (born 1 April 1958) is an Austrian former ski jumper.\n\nAt the 1980 Winter Olympics he won a gold "
            "medal in the individual normal hill event. At the 1976 Winter Olympics he won a silver medal in the large hill.")
    assert sorted(_events_of(text)) == [("gold", "paul-alpha", "lake-placid-1980-ski-jumping-men-normal-hill"),
                                        ("silver", "paul-alpha", "innsbruck-1976-ski-jumping-men-large-hill")]


def test_a_ski_jumpers_biography_reads_both_hills_and_names_the_team_event_as_annotated():
    bio = "title: Paul Alpha\n\nPaul Alpha (born 1 April 1958) is an Austrian former ski jumper.\n\n"
    text = bio + ("At the 1976 Winter Olympics he won a silver medal in the individual large hill.\n\n"
                  "At the 1980 Winter Olympics he won a gold medal in the individual normal hill event.")
    assert _events_of(text) == [("gold", "paul-alpha", "lake-placid-1980-ski-jumping-men-normal-hill"),
                                ("silver", "paul-alpha", "innsbruck-1976-ski-jumping-men-large-hill")]
    # the team event's id is `team-large-hill`, the annotators' convention
    assert _events_of(bio + "At the 1994 Winter Olympics he won gold in the team large hill.") == [
        ("gold", "paul-alpha", "lillehammer-1994-ski-jumping-men-team-large-hill")]


@pytest.mark.parametrize("where, games", [
    ("at Cortina d'Ampezzo in 1956", "cortina-d-ampezzo-1956"), ("in 2002 at Salt Lake City", "salt-lake-city-2002"),
])
def test_a_host_and_the_year_of_its_games_side_by_side_name_those_games(where, games):
    text = (f"title: Paul Alpha\n\nPaul Alpha (born 1 April 1920) was a Swiss bobsledder. He won the gold medal in the four-man "
            f"event {where}.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert [m.fields["event"] for m in draft.medals()] == [f"{games}-bobsleigh-men-four-man"]
    assert [g.fields["games"] for g in draft.of_type("games")] == [games]
    # a host and a year of no Games of its: no Games named
    assert extract_text(text.replace(where, "at Cortina d'Ampezzo in 1957"), "a.txt", names=NameIndex()).of_type("games") == []


def test_in_a_biography_he_is_its_subject_not_the_last_name_of_the_sentence_before():
    text = ("title: Paul Alpha\n\nPaul Alpha (born 4 April 1970) is a German former biathlete.\n\nAt the 1992 Winter Olympics, Alpha "
            "won gold in the men's 10 km sprint. The only race he lost was the 20 km individual, where the out-of-the-blue win "
            "by Bo Beta of Russia prevented him from a sweep.\n\nIn 1994 in Lillehammer, he won gold in the 20 km individual.")
    assert _events_of(text) == [("gold", "paul-alpha", "albertville-1992-biathlon-men-sprint"),
                                ("gold", "paul-alpha", "lillehammer-1994-biathlon-men-individual")]


@pytest.mark.parametrize("noun, sentence, event", [
    ("biathlete", "he was part of the gold-medal winning relay team", "lillehammer-1994-biathlon-men-relay"),
    ("luger", "he won the silver medal in the doubles", "lillehammer-1994-luge-men-doubles"),
])
def test_a_one_sport_biographys_lone_format_is_that_sports_event(noun, sentence, event):
    medal = "gold" if "gold" in sentence else "silver"
    bio = f"title: Paul Alpha\n\nPaul Alpha (born 4 April 1970) is a German former {noun}.\n\nAt the 1994 Winter Olympics, {sentence}."
    assert _events_of(bio) == [(medal, "paul-alpha", event)]
    # a page of many sports: "the relay" alone names no event
    page = f"title: 1994 Winter Olympics\n\nAt the 1994 Winter Olympics, Paul Alpha of Germany {sentence.split(' ', 1)[1]}."
    assert _drafted(page) == []


def test_a_relay_named_without_its_legs_takes_those_of_the_relay_its_medallist_entered_in_the_data():
    names = NameIndex()
    names.add_row("Paul Alpha", "GER", "M", 1992, "Biathlon", "Biathlon Men's 4 x 7.5 kilometres Relay", "Gold")
    names.add_row("Paul Alpha", "GER", "M", 1992, "Biathlon", "Biathlon Men's 10 kilometres Sprint", "Gold")
    text = ("title: Paul Alpha\n\nPaul Alpha (born 4 April 1970) is a German former biathlete.\n\nAt the 1992 Winter Olympics, "
            "he won gold in the 10 km sprint and gold in the relay.")
    draft = extract_text(text, "a.txt", names=names)
    assert sorted(m.fields["event"] for m in draft.medals()) == ["albertville-1992-biathlon-men-4-x-7-5-km-relay",
                                                                 "albertville-1992-biathlon-men-sprint"]
    assert any("legs of the men's biathlon relay of 1992 (4 × 7.5 km) from the results data" in w for w in draft.warnings)
    # not in the data: the relay keeps the words the text gives it
    assert "albertville-1992-biathlon-men-relay" in [m.fields["event"] for m in extract_text(text, "a.txt", names=NameIndex()).medals()]


@pytest.mark.parametrize("opening", ["At the Norwegian Championships", "At the U.S. Figure Skating Championships",
                                     "In the Soviet Championships"])
def test_a_sentence_opening_with_a_nations_championships_gives_no_olympic_medal(opening):
    page = "title: Biathlon at the 2026 Winter Olympics – Men's relay\n\n"
    sentence = f"{opening}, Anders Alpha, alongside Bo Beta and Carl Gamma of Norway, won the bronze medal in the relay."
    assert _drafted(page + sentence) == []
    assert _drafted(page + sentence.replace(f"{opening}, ", "")) != []


def test_gold_and_silver_medals_of_one_name_are_two_events_neither_named():
    bio = ("title: Paul Alpha\n\nPaul Alpha (born 1 April 1968) is a Norwegian former ski jumper.\n\nAt the 1993 World "
           "Championships he won gold in the team large hill. ")
    assert _events_of(bio + "He won gold and silver medals at the 1994 Winter Olympics.") == []
    assert _events_of(bio + "He won gold at the 1994 Winter Olympics in the normal hill.") == [
        ("gold", "paul-alpha", "lillehammer-1994-ski-jumping-men-normal-hill")]


# --- After held out 27 and 28 ------------------------------------------------------------------------------------

def test_the_sentence_after_one_opening_with_a_championships_and_its_year_is_that_competitions():
    bio = ("title: Anna Alpha\n\nAnna Alpha (born 18 March 1981) is a retired Norwegian biathlete.\n\nAt the 2010 Winter "
           "Olympics she won gold in the 15 km individual. At the Biathlon World Championships 2013 in Nove Mesto, she won medals in "
           "every event she entered. ")
    assert _events_of(bio + "She followed this up in the relay to take another gold medal.") == [
        ("gold", "anna-alpha", "vancouver-2010-biathlon-women-individual")]
    assert _events_of(bio.replace("At the Biathlon World Championships 2013 in Nove Mesto, she", "She")
                      + "She followed this up in the relay to take another gold medal.") == [
        ("gold", "anna-alpha", "vancouver-2010-biathlon-women-individual"), ("gold", "anna-alpha", "vancouver-2010-biathlon-women-relay")]


def test_an_alpine_skiers_combined_and_games_named_olympic_games():
    text = ("title: Henri Alpha\n\nHenri Alpha (December 5, 1925 – October 7, 1962) was a French alpine ski racer. At the 1948 "
            "Olympic Games he took the gold medal in the combined event, and the bronze medal in the downhill.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert sorted((m.fields["medal"], m.fields["event"]) for m in draft.medals()) == [
        ("bronze", "st-moritz-1948-alpine-skiing-men-downhill"), ("gold", "st-moritz-1948-alpine-skiing-men-combined")]
    assert [g.fields["games"] for g in draft.of_type("games")] == ["st-moritz-1948"]


def test_a_medal_of_games_the_text_never_names_is_not_drafted():
    from graph.extract import _Extractor
    text = ("title: Franz Alpha\n\nFranz Alpha (April 12, 1909 – March 4, 1981) was a Swiss bobsledder. At the 1956 Winter "
            "Olympics he won the gold medal in the four-man event.")
    reader = _Extractor(text, "a.txt", NameIndex(), None)
    draft = reader.run()
    key = next(iter(reader.events))
    assert reader.event_slug(key) == "cortina-d-ampezzo-1956-bobsleigh-men-four-man"
    assert [g.fields["games"] for g in draft.of_type("games")] == ["cortina-d-ampezzo-1956"]
    # Games read from words that do not name them (no quote declares them): no event id, so no medal refers to them
    del reader.games_seen[1956]
    assert reader.event_slug(key) is None


def test_a_cross_country_mass_start_takes_the_distance_the_text_gives_the_race():
    page = "title: Cross-Country Skiing 2018/Men's mass start\n\n"
    text = (page + "The men's mass start of Cross-Country Skiing 2018 during the 2018 Winter Olympics was held on 24 February 2018. "
            "The event was won by Anders Alpha from Finland.\n\nThe competitor with the fastest time after 50 kilometres is the winner.")
    assert _events_of(text) == [("gold", "anders-alpha", "pyeongchang-2018-cross-country-skiing-men-50-km-mass-start")]
    # biathlon's mass start keeps no distance (the annotators' convention)
    biathlon = text.replace("Cross-Country Skiing", "Biathlon").replace("50 kilometres", "15 kilometres")
    assert _events_of(biathlon) == [("gold", "anders-alpha", "pyeongchang-2018-biathlon-men-mass-start")]


def test_a_skaters_biography_on_the_distance_and_each_subject_pronoun_of_a_sentence():
    bio = "title: Monika Alpha\n\nMonika Alpha (born 1 March 1954) is a former West German speed skater.\n\n"
    sentence = ("The next year, 1972, was her best year; she first became National Allround Champion, then, one month later, she "
                "won gold on the 1,000 m at the 1972 Winter Olympics of Sapporo, and two weeks after that, she became World Sprint Champion.")
    assert _events_of(bio + sentence) == [("gold", "monika-alpha", "sapporo-1972-speed-skating-women-1000-m")]


def test_silver_being_beaten_by_b_gives_b_the_gold():
    bio = ("title: Paul Alpha\n\nPaul Alpha (born 25 May 1950) is a former Soviet speed skater.\n\nAt the 1976 Winter "
           "Olympics in Innsbruck, he won gold on the 500 m. As the defending 500 m Olympic Champion, he won silver at the 1980 "
           "Winter Olympics in Lake Placid, being beaten by Bo Beta of the United States.")
    assert _events_of(bio) == [("gold", "bo-beta", "lake-placid-1980-speed-skating-men-500-m"),
                               ("gold", "paul-alpha", "innsbruck-1976-speed-skating-men-500-m"),
                               ("silver", "paul-alpha", "lake-placid-1980-speed-skating-men-500-m")]


@pytest.mark.parametrize("page, sentence, medals", [
    ("Figure skating at the 1956 Winter Olympics – Men's singles",
     "Anders Alpha (USA) and his brother, Bo Alpha (USA), won gold and bronze respectively.",
     [("bronze", "bo-alpha"), ("gold", "anders-alpha")]),
    ("Figure skating at the 2022 Winter Olympics – Pairs",
     "Anna Alpha and Bo Beta of China won the gold medals, while Cora Gamma and Dan Delta, and Eva Epsilon and Fred Zeta, both "
     "representing Russia, won the silver and bronze, respectively.",
     [("bronze", "eva-epsilon"), ("bronze", "fred-zeta"), ("gold", "anna-alpha"), ("gold", "bo-beta"),
      ("silver", "cora-gamma"), ("silver", "dan-delta")]),
])
def test_respectively_after_a_brother_and_pairs_in_order(page, sentence, medals):
    assert sorted((m[0], m[1]) for m in _drafted(f"title: {page}\n\n{sentence}")) == medals


def test_a_pair_respectively_needs_twice_as_many_names_as_medals():
    sentence = ("Cora Gamma and Dan Delta, and Eva Epsilon, all representing Russia, won the silver and bronze, respectively.")
    assert _drafted(f"title: Figure skating at the 2022 Winter Olympics – Pairs\n\n{sentence}") == []


def test_the_second_of_his_three_gold_medals():
    page = "title: Alpine skiing at the 1956 Winter Olympics – Men's slalom\n\n"
    assert _drafted(page + "Anders Alpha of Austria won the second of his three gold medals at these Games.") == [
        ("gold", "anders-alpha", "AUT")]


def test_an_event_of_other_games_does_not_replace_the_pages_event():
    page = "title: Cross-country skiing at the 2006 Winter Olympics – Men's 50 kilometre freestyle\n\n"
    text = page + ("The last Olympic mass start race in 2002, won by Bo Beta of Austria, was a shorter 30 kilometre event.\n\n"
                   "Near the finish, Anders Alpha of Italy won Italy's second gold medal in cross-country skiing.")
    assert _events_of(text) == [("gold", "anders-alpha", "turin-2006-cross-country-skiing-men-50-km")]


def test_a_leads_for_nation_a_name_spaced_otherwise_and_a_demonstration_event():
    bio = ("title: Kim Ki-hoon\n\nKim Ki-hoon (born July 14, 1967) is a retired short track speed skater and the first gold "
           "medalist in the Winter Olympics for Korea.\n\n")
    assert _events_of_nations(bio + "Kim Kihoon defended his gold medal at the 1994 Winter Olympics in Lillehammer, winning "
                              "the 1000 metres.") == [("gold", "kim-ki-hoon", "KOR", "lillehammer-1994-short-track-speed-skating-men-1000-m")]
    # a demonstration event gives no Olympic medal
    assert _events_of_nations(bio + "He participated in the short-track demonstration event at the 1988 Winter Olympics in "
                              "Calgary, winning the gold medal in the 1500 metres.") == []


@pytest.mark.parametrize("noun, event", [("curler", "nagano-1998-curling-women"), ("skeleton racer", "nagano-1998-skeleton-women")])
def test_a_biography_of_a_sport_of_one_event_a_sex_names_that_event_by_its_noun(noun, event):
    bio = (f"title: Sandra Alpha\n\nSandra Alpha (June 11, 1963 – March 2, 2000) was a Canadian {noun}. At the 1998 Winter "
           "Olympics, she reached the final. She spearheaded a deserved 7-5 victory, and secured the gold medal for Canada.")
    assert _events_of(bio) == [("gold", "sandra-alpha", event)]
    # a biography naming two sports: which event is not read
    assert _drafted(bio.replace(f"Canadian {noun}.", f"Canadian {noun} and cross-country skier.")) == []


@pytest.mark.parametrize("page, sentence, medal", [
    ("Cross-Country Skiing 2018/Men's mass start", "The top seed was Dario Alpha of Switzerland, who had won the 15 kilometres the "
     "previous week, but Bo Beta was the world champion.", ("gold", "dario-alpha", "pyeongchang-2018-cross-country-skiing-men-15-km")),
    ("Alpine Skiing 2018/Women's downhill", "Challengers included Tina Alpha of Liechtenstein, who won the bronze medal in the "
     "Super-G a couple of days before.", ("bronze", "tina-alpha", "pyeongchang-2018-alpine-skiing-women-super-g")),
    ("Biathlon at the 2002 Winter Olympics – Men's sprint", "Ole Alpha of Norway, having won the men's 20 kilometre individual "
     "race two days before, came in as one of the favourites.", ("gold", "ole-alpha", "salt-lake-city-2002-biathlon-men-individual")),
])
def test_a_medal_of_another_event_of_these_games_told_as_won_days_before(page, sentence, medal):
    games = {"pyeongchang": "2018 Winter Olympics", "salt": "2002 Winter Olympics"}[medal[2].split("-")[0]]
    lead = f"title: {page}\n\nThe race was held during the {games}. "
    assert _events_of(lead + sentence) == [medal]
    # years before is another Games; a hedge is no medal
    assert _events_of(lead + sentence.replace("days before", "years before").replace("the previous week", "four years earlier")) == []
    assert _events_of(lead + sentence.replace(", who", ", who hoped to repeat what she").replace(", having won", ", having hoped to have won")) == []


@pytest.mark.parametrize("sentence, medal", [
    ("Klas Alpha of Sweden became the first Olympic biathlon champion on the back of a perfect shooting performance.", "gold"),
    ("Klas Alpha of Sweden was the first Olympic biathlon champion.", "gold"),
    ("Valeriy Alpha of the Soviet Union and Bo Beta of Norway had the joint second-fastest ski time, but while Alpha's two misses "
     "saw him win silver, Beta missed three and finished 6th.", "silver"),
])
def test_the_first_olympic_champion_and_a_possessors_medal(sentence, medal):
    page = "title: Biathlon at the 1960 Winter Olympics – Men's individual\n\n"
    assert [d for d in _drafted(page + sentence) if d[1] != "bo-beta"] == [(medal, "klas-alpha" if "Klas" in sentence else "valeriy-alpha",
                                                                              "SWE" if "Klas" in sentence else "URS")]
    # a hedge, or another competition, is no medal
    for changed in (sentence.replace("became the first Olympic", "hoped to become the first Olympic").replace("was the first Olympic", "was the first World")
                    .replace("saw him win silver", "could have seen him win silver"),):
        assert [d for d in _drafted(page + changed) if d[1] != "bo-beta"] == []


def test_events_won_in_a_row_each_with_its_medal():
    bio = "title: Toni Alpha\n\nToni Alpha (born 31 May 1975) is a Finnish former ski jumper. He competed from 1991 to 2004. "
    games = "At the 1992 Winter Olympics in Albertville, "
    assert _events_of(bio + games + "Alpha won the large hill and the team large hill, placing third in the normal hill.") == [
        ("bronze", "toni-alpha", "albertville-1992-ski-jumping-men-normal-hill"),
        ("gold", "toni-alpha", "albertville-1992-ski-jumping-men-large-hill"),
        ("gold", "toni-alpha", "albertville-1992-ski-jumping-men-team-large-hill")]
    # other words between two events leave the clause unread; a hedge or a round is no medal
    assert _drafted(bio + games + "Alpha won the large hill because of the normal hill.") == []
    assert _drafted(bio + games + "Alpha hoped he won the large hill and the team large hill.") == []


def test_a_list_of_merits_line_gives_its_years_games_and_event():
    bio = ("title: Ard Alpha\n\nAdrianus (\"Ard\") Alpha (born 16 September 1944 in Anna Paulowna, Noord-Holland) is a former "
           "speed skater from the Netherlands. He broke 18 world records.\n\nMerits\n\n1966 European Champion\n")
    assert _drafted(bio + "1968 Olympic silver medal, 1,500 meters\n") == [("silver", "ard-alpha", "NED")]
    assert _events_of(bio + "1968 Olympic silver medal, 1,500 meters\n") == [("silver", "ard-alpha", "grenoble-1968-speed-skating-men-1500-m")]
    # another competition's line, or a line without its event, is no Olympic medal of an event
    assert _drafted(bio + "1968 World silver medal, 1,500 meters\n") == []
    assert _drafted(bio + "1972 World & European Champion, 3 Olympic gold medals\n") == []


def test_a_page_titled_by_the_nickname_names_its_subject_so():
    text = "Adrianus (\"Ard\") Alpha (born 1944) is a Dutch speed skater. He won the silver medal in the 1500 m at the 1968 Winter Olympics."
    assert _drafted("title: Ard Alpha\n\n" + text) == [("silver", "ard-alpha", "NED")]
    assert _drafted("title: Adrianus Alpha\n\n" + text) == [("silver", "adrianus-alpha", "NED")]


@pytest.mark.parametrize("sentence, kept", [
    # "first" an adverb of a passive, not a place
    ("The early leader was Julian Alpha of Austria, whose result was first improved by Bo Beta.", False),
    ("The early leader was Julian Alpha of Austria, whose result was first.", True),
    # a medal of the year a "with" clause goes on about
    ("Sweden had won two medals in 2014, with Julian Alpha of Austria having won the silver medal.", False),
    ("Sweden had won two medals, with Julian Alpha of Austria having won the silver medal.", True),
])
def test_an_adverb_first_and_a_with_clause_of_another_year(sentence, kept):
    page = "title: Biathlon at the 2018 Winter Olympics – Men's sprint\n\n"
    assert any(d[1] == "julian-alpha" for d in _drafted(page + sentence)) is kept


def test_a_subject_pronoun_named_again_later_as_an_object_keeps_its_clause():
    bio = ("title: Cathy Alpha\n\nCathy Ann Alpha (born April 10, 1962) is an American short track speed skater. She returned "
           "for the 1994 Winter Olympics. ")
    sentence = "She won another gold in the 500 meters in a race in which Zhang Beta accused Alpha of grabbing her leg."
    assert _events_of(bio + sentence) == [("gold", "cathy-ann-alpha", "lillehammer-1994-short-track-speed-skating-women-500-m")]
    assert _events_of(bio + sentence.replace("She won", "She hoped to win")) == []


def test_a_demonym_given_name_a_capital_champion_and_the_compared_ones_medal():
    bio = "title: Finn Alpha\n\nFinn Alpha (25 April 1919 – 3 October 2011) was a speed skater from Norway. "
    sentence = ("He became Olympic Champion on the 500 m at the 1948 Winter Olympics in St. Moritz – a mere 0.1 seconds ahead "
                "of three skaters winning Olympic silver.")
    assert _drafted(bio + sentence) == [("gold", "finn-alpha", "NOR")]
    # on another page than his, "Finn" before a name is a demonym still
    assert _drafted("title: Speed skating at the 1948 Winter Olympics – Men's 500 metres\n\nFinn Alpha took silver.") == []


def test_a_name_ending_in_jr_before_the_brackets_of_the_lead():
    text = ("title: Jimmy Alpha\n\nJames Edmound Alpha Jr. (born June 10, 1968) is an American skeleton racer who won the gold "
            "medal at the 2002 Winter Olympics in Salt Lake City. He is the grandson of a speed skater.")
    assert _drafted(text) == [("gold", "james-edmound-alpha-jr", "USA")]


def test_an_event_named_past_the_medals_clause_is_not_the_pages_medal():
    page = "title: Cross-country skiing at the 1968 Winter Olympics – Men's 50 kilometre\n\n"
    sentence = ("Ole Alpha of Norway took his second gold medal of the Games after being a part of Norway's winning team in the "
                "4×10 kilometre relay earlier in the games.")
    assert _events_of(page + sentence) == [("gold", "ole-alpha", "grenoble-1968-cross-country-skiing-men-50-km")]
    # named in the medal's own clause, the event is the medal's
    assert _events_of(page + "Ole Alpha of Norway took the gold medal in the men's 4×10 kilometre relay.") == [
        ("gold", "ole-alpha", "grenoble-1968-cross-country-skiing-men-4-x-10-km-relay")]


def test_a_crews_medal_told_with_a_remark_after_it_and_a_sweeps_nation():
    page = "title: Bobsleigh at the 2022 Winter Olympics – Two-man\n\n"
    text = page + ("The event was won by Francesco Alpha and Thorsten Beta of Germany. Johannes Gamma and Florian Delta won the "
                   "silver medal, and Christoph Epsilon and Matthias Zeta the bronze medal, for each of them the first Olympic medal.")
    assert _drafted(text + " This was the only podium sweep at the 2022 Olympics.") == [
        ("bronze", "christoph-epsilon", "GER"), ("bronze", "matthias-zeta", "GER"), ("gold", "francesco-alpha", "GER"),
        ("gold", "thorsten-beta", "GER"), ("silver", "florian-delta", "GER"), ("silver", "johannes-gamma", "GER")]
    # without the sweep, or a sweep of other Games, the nations are not stated
    assert _drafted(text) == [("gold", "francesco-alpha", "GER"), ("gold", "thorsten-beta", "GER")]
    assert _drafted(text + " This was the only podium sweep at the 2018 Olympics.") == [
        ("gold", "francesco-alpha", "GER"), ("gold", "thorsten-beta", "GER")]


def test_a_second_thing_won_after_these_games_and_an_inaugural_champion():
    bio = "title: Toni Alpha\n\nAnton Alpha (born 1 April 1958) is an Austrian former ski jumper. He lives in Innsbruck. "
    sentence = ("Alpha also won a silver medal in the individual large hill at the 1976 Winter Olympics in Innsbruck and the ski "
                "jumping event at the Holmenkollen ski festival in 1975.")
    assert _events_of(bio + sentence) == [("silver", "anton-alpha", "innsbruck-1976-ski-jumping-men-large-hill")]
    assert _events_of(bio + sentence.replace("at the 1976 Winter Olympics in Innsbruck and", "at the 1975 Holmenkollen ski festival and")) == []
    skeleton = "title: Tristan Alpha\n\nTristan Alpha (born August 10, 1980) is an American skeleton racer. "
    assert _events_of(skeleton + "At the 2002 Winter Olympics, she became the inaugural women's skeleton champion.") == [
        ("gold", "tristan-alpha", "salt-lake-city-2002-skeleton-women")]
    assert _events_of(skeleton + "At the 2002 Winter Olympics, she hoped to become the inaugural women's skeleton champion.") == []


@pytest.mark.parametrize("sentence, medal", [
    ("Thomas Alpha of Sweden took the gold medal after being part of Sweden's winning Men's 4 x 10km relay team.",
     ("gold", "thomas-alpha", "sarajevo-1984-cross-country-skiing-men-4-x-10-km-relay")),
    ("Thomas Alpha of Sweden was a member of the silver medal-winning men's 4 x 10 km relay team.",
     ("silver", "thomas-alpha", "sarajevo-1984-cross-country-skiing-men-4-x-10-km-relay")),
    ("Thomas Alpha of Sweden was part of the team that won the men's 4 x 10 km relay in a fast time.",
     ("gold", "thomas-alpha", "sarajevo-1984-cross-country-skiing-men-4-x-10-km-relay")),
])
def test_a_member_of_a_winning_team(sentence, medal):
    page = "title: Cross-country skiing at the 1984 Winter Olympics – Men's 50 kilometre\n\n"
    assert medal in _events_of(page + sentence)
    # a hedge, or a team of another competition, is no medal
    assert medal not in _events_of(page + sentence.replace("Sweden was", "Sweden hoped to be").replace("after being", "after hoping to be"))
    assert medal not in _events_of(page + sentence.replace(" team", " team at the World Championships"))


def test_a_title_of_a_sport_of_one_event_a_sex_and_crews_named_by_their_nation():
    page = "title: Skeleton at the 2026 Winter Olympics – Men's\n\n"
    assert _events_of(page + "Matt Alpha of Great Britain won the event.") == [("gold", "matt-alpha", "milano-cortina-2026-skeleton-men")]
    assert _events_of("title: Luge at the 2026 Winter Olympics – Men's\n\nMatt Alpha of Great Britain won the event.") == []  # several events
    bob = "title: Bobsleigh at the 2026 Winter Olympics – Four-man\n\n"
    text = bob + ("Germany, represented by Johannes Alpha, Thorsten Beta, Jörn Gamma, and Georg Delta, won the event. Their "
                  "teammates won silver, and the Swiss crew, driven by Michael Epsilon, won bronze.")
    assert _drafted(text) == [("bronze", "michael-epsilon", "SUI"), ("gold", "georg-delta", "GER"), ("gold", "johannes-alpha", "GER"),
                              ("gold", "jorn-gamma", "GER"), ("gold", "thorsten-beta", "GER")]
    assert _drafted(text.replace("Germany, represented by", "Germany hoped for").replace("the Swiss crew, driven by", "the crew of")) == []


def test_a_tie_with_the_winner_and_a_surname_that_folds_to_a_word():
    page = "title: Speed skating at the 1960 Winter Olympics – Men's 1500 metres\n\n"
    first = "Yevgeny Alpha of the Soviet Union won the gold medal. "
    assert _events_of(page + first + "This time Alpha tied with Roald Aas of Norway.") == [
        ("gold", "roald-aas", "squaw-valley-1960-speed-skating-men-1500-m"), ("gold", "yevgeny-alpha", "squaw-valley-1960-speed-skating-men-1500-m")]
    # a tie for a place without a medal, or a tie of other Games, gives none
    assert _events_of(page + first + "This time Alpha tied with Roald Aas of Norway for fourth place.") == [
        ("gold", "yevgeny-alpha", "squaw-valley-1960-speed-skating-men-1500-m")]
    assert _events_of(page + first + "In 1956 Alpha tied with Roald Aas of Norway.") == [("gold", "yevgeny-alpha", "squaw-valley-1960-speed-skating-men-1500-m")]


def test_a_biographys_sex_from_its_first_pronoun_not_from_words_of_kin():
    bio = ("title: Dan Alpha\n\nDaniel Erwin Alpha (born June 17, 1965) is a retired American speed skater. A multiple world "
           "champion, he broke a ten-year Olympic jinx when he won a gold medal in his final race, which was the 1,000 meters in "
           "the 1994 Winter Games.")
    assert _events_of(bio) == [("gold", "daniel-erwin-alpha", "lillehammer-1994-speed-skating-men-1000-m")]
    # "He has three sisters" says nothing of his sex; without any pronoun, the sex is not stated
    assert _events_of(bio.replace("he broke", "Alpha broke").replace("when he won", "when Alpha won").replace("his final", "the final")
                      + " He has three sisters.") == [
        ("gold", "daniel-erwin-alpha", "lillehammer-1994-speed-skating-men-1000-m")]
    assert _events_of(bio.replace("he broke", "Alpha broke").replace("when he won", "when Alpha won").replace("his final", "the final")) == []


def test_followed_by_a_teammate_named_by_surname():
    page = "title: Alpine skiing at the 1984 Winter Olympics – Women's downhill\n\nSwitzerland's Maria Beta led the season. "
    assert _events_of(page + "Switzerland's Michela Alpha won the gold medal, followed by teammate Beta.") == [
        ("gold", "michela-alpha", "sarajevo-1984-alpine-skiing-women-downhill"), ("silver", "maria-beta", "sarajevo-1984-alpine-skiing-women-downhill")]
    assert _events_of(page + "Switzerland's Michela Alpha won the gold medal, followed by teammates Beta, Anna Gamma and Berta Delta.") == [
        ("gold", "michela-alpha", "sarajevo-1984-alpine-skiing-women-downhill")]


def test_an_event_of_another_subjects_clause_and_medals_counted_at_another_competition():
    bio = ("title: Debbie Alpha\n\nDeborah Rae Alpha (born December 6, 1963) is an American former alpine ski racer. At the 1984 "
           "Winter Olympics in Sarajevo, she won. ")
    sentence = ("Later in those games, Bill Beta of the United States became the first American man to win Olympic gold in alpine "
                "skiing, and Steve Gamma of the United States took the silver in the men's slalom.")
    assert _events_of(bio + sentence) == [("silver", "steve-gamma", "sarajevo-1984-alpine-skiing-men-slalom")]
    # an ellipsis without its own verb shares the event: "A won gold and B silver in the men's slalom"
    assert ("gold", "bill-beta", "sarajevo-1984-alpine-skiing-men-slalom") in _events_of(
        bio + "Later, Bill Beta of the United States won gold and Steve Gamma of the United States silver in the men's slalom.")
    xc = ("title: Mirja Alpha\n\nMirja Alpha (born 1931) is a former cross country skier from Finland. She won a gold medal in the "
          "3 x 5 km relay at the 1956 Winter Olympics. ")
    assert _events_of(xc + "Alpha also won two medals at the 1954 FIS Nordic World Ski Championships with a silver in the 3 x 5 km "
                      "relay and a bronze in the 10 km.") == [("gold", "mirja-alpha", "cortina-d-ampezzo-1956-cross-country-skiing-women-3-x-5-km-relay")]


# --- After held out 33 and 34 -------------------------------------------------------------------------------------

def test_a_youth_olympic_event_is_no_medal_of_the_games():
    bio = ("title: Lim Alpha\n\nLim Alpha (born 29 May 1996) is a South Korean short track speed skater. He took part in the 2010 "
           "Winter Olympics. ")
    assert _events_of(bio + "He won the gold medal in the men's 1000 m.") == [
        ("gold", "lim-alpha", "vancouver-2010-short-track-speed-skating-men-1000-m")]
    # "the Boys' 1000 m" is a Youth Olympic event, even where the sentence does not name the Youth Olympics
    assert _events_of(bio + "There, he won the gold medal on his debut in the Boys' 1000 m event, and the silver medal behind "
                      "fellow South Korean Yoon Beta in the Boys' 500 m event.") == []


def test_a_biographys_record_is_of_the_games_of_its_passage():
    bio = ("title: Erhard Alpha\n\nErhard Alpha (born 24 December 1944) is a former speed skater from Germany. He won the 500 m at "
           "the 1968 Winter Olympics. Anna Beta won gold at the 1960 Winter Olympics. ")
    text = bio + ("The next year, he became Olympic Champion on the 500 m again (setting a new Olympic record in the process) at the "
                  "1972 Winter Olympics in Sapporo.")
    records = [(r.fields["category"], r.fields["holder"]) for r in extract_text(text, "a.txt", names=NameIndex()).of_type("record")]
    assert records == [("olympic-record-sapporo-1972-speed-skating-men-500-m", "erhard-alpha")]


def test_a_year_of_a_previous_record_is_not_the_passages_games():
    bio = ("title: Lim Alpha\n\nLim Alpha (born 29 May 1996) is a South Korean short track speed skater. He is the champion of the "
           "men's 1500 m. He was selected for the 2018 Winter Olympics in Pyeongchang. ")
    text = bio + ("Upon his Olympic debut, Lim won the 1500 m, setting a new Olympic record of 2:10.485 in the process, beating "
                  "Lee Beta's previous record set at the 2010 games. He also won bronze in the men's 500 m.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert sorted(m.fields["event"] for m in draft.medals()) == ["pyeongchang-2018-short-track-speed-skating-men-1500-m",
                                                                 "pyeongchang-2018-short-track-speed-skating-men-500-m"]  # (not 2010: the passage stays 2018)
    assert [r.fields["category"] for r in draft.of_type("record")] == ["olympic-record-pyeongchang-2018-short-track-speed-skating-men-1500-m"]


# --- After held out 36 --------------------------------------------------------------------------------------------

LUGE_RELAY = "title: Luge at the 2022 Winter Olympics – Team relay\n\n"


def test_a_luge_team_relay_with_pairs_by_slashes_and_nations_with_their_members_between_commas():
    text = LUGE_RELAY + ("The event was won by Germany's Anna Alpha, Bo Beta, Carl Gamma / Dan Delta. Austria, with Eva Epsilon, Fred "
                         "Zeta, and Gus Eta / Hans Theta, won silver, and Latvia, with Ida Iota, Jan Kappa, and Kai Lambda / Lars Mu, bronze.")
    relay = "beijing-2022-luge-mixed-team-relay"
    assert _events_of(text) == sorted([("gold", a, relay) for a in ("anna-alpha", "bo-beta", "carl-gamma", "dan-delta")]
                                      + [("silver", a, relay) for a in ("eva-epsilon", "fred-zeta", "gus-eta", "hans-theta")]
                                      + [("bronze", a, relay) for a in ("ida-iota", "jan-kappa", "kai-lambda", "lars-mu")])
    # another competition's standings, told right before in the paragraph, are not the Games' places
    standings = LUGE_RELAY + ("Germany were leading the 2021–22 Luge World Cup before the Olympics. Latvia were second, and Austria third. "
                              "Austria, with Eva Epsilon and Fred Zeta, won silver.")
    assert _events_of(standings) == [("silver", "eva-epsilon", relay), ("silver", "fred-zeta", relay)]
    # "the 3000-meter team relay" of short track is its relay, not luge's event
    short = ("title: Cathy Alpha\n\nCathy Alpha (born April 10, 1962) is an American short track speed skater. At the 1994 Winter "
             "Olympics she took a bronze in the 3000-meter team relay.")
    assert [event for *_, event in _events_of(short)] == ["lillehammer-1994-short-track-speed-skating-women-3000-m-relay"]


def test_a_career_record_more_than_any_other_athlete_of_a_kind():
    text = LUGE_RELAY + ("The event was won by Germany's Anna Alpha, Bo Beta, Carl Gamma / Dan Delta. For Alpha this was the sixth "
                         "gold Olympic medal, more than any other luger had ever won.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert [(r.fields["category"], r.fields["holder"], r.fields["value"]) for r in draft.of_type("record")] == [
        ("most-career-olympic-golds-luger", "anna-alpha", 6)]
    assert [c.fields["name"] for c in draft.of_type("record_category")] == ["Most career Olympic gold medals by one luger"]
    hedged = text.replace("this was the sixth", "this could have been the sixth")
    assert extract_text(hedged, "a.txt", names=NameIndex()).of_type("record") == []


def test_a_biographys_distance_over_its_sport_and_the_games_four_years_later_by_their_city():
    bio = ("title: Uwe Alpha\n\nUwe Alpha (born December 13, 1963 in Warsaw) is a former German speed skater. He started as a figure "
           "skater at SC Dynamo Berlin in 1973. ")
    text = bio + ("At the 1988 Winter Olympics in Calgary, he won gold over 500 meters. Four years later he was able to repeat his "
                  "triumph over 500 meters in Albertville, this time for the all-German team.")
    assert _events_of(text) == [("gold", "uwe-alpha", "albertville-1992-speed-skating-men-500-m"),
                                ("gold", "uwe-alpha", "calgary-1988-speed-skating-men-500-m")]
    # "four years later" with no Olympic word and no host city of those Games: another competition's
    other = text.replace("in Albertville, this time for the all-German team", "at the world championships")
    assert _events_of(other) == [("gold", "uwe-alpha", "calgary-1988-speed-skating-men-500-m")]


def test_a_title_defended_of_two_earlier_games_and_the_ladies_individual_skating_event():
    page = ("title: Figure skating at the 1936 Winter Olympics – Ladies' singles\n\nThe ladies' individual skating event was held as "
            "part of the figure skating at the 1936 Winter Olympics. Twenty-six figure skaters from 13 nations competed.\n\nResults\n\n")
    assert _events_of(page + "Sonja Alpha of Norway successfully defended her 1928 and 1932 title again.") == [
        ("gold", "sonja-alpha", "garmisch-partenkirchen-1936-figure-skating-women-singles")]
    assert _events_of(page + "Sonja Alpha of Norway hoped to defend her 1928 and 1932 title again.") == []


def test_a_crew_partner_named_along_with_the_medallist():
    bio = ("title: Felix Alpha\n\nFelix Alpha (5 December 1921 – 31 January 1953) was a Swiss bobsledder. Competing in two Winter "
           "Olympics, he won the gold medal along with brakeman Fritz Beta in the two-man event at the 1948 Winter Olympics in St. Moritz.")
    draft = extract_text(bio, "a.txt", names=NameIndex())
    assert sorted((m.fields["athlete"], m.fields["nation"], m.fields["event"]) for m in draft.medals()) == [
        ("felix-alpha", "SUI", "st-moritz-1948-bobsleigh-men-two-man"), ("fritz-beta", "SUI", "st-moritz-1948-bobsleigh-men-two-man")]
    # in a four-man sled, one partner named is not the crew; an individual event has no partner
    assert [m.fields["athlete"] for m in extract_text(bio.replace("two-man", "four-man"), "a.txt", names=NameIndex()).medals()] == ["felix-alpha"]


def test_dual_moguls_is_an_event_of_its_own():
    bio = ("title: Jakara Alpha\n\nJakara Alpha (born 8 July 1998) is an Australian freestyle skier. She also won gold at the inaugural "
           "women’s dual moguls event at the 2026 Winter Olympics in Milan.")
    assert _events_of(bio) == [("gold", "jakara-alpha", "milano-cortina-2026-freestyle-skiing-women-dual-moguls")]


# --- After held out 35 --------------------------------------------------------------------------------------------

def test_the_pursuit_of_a_pursuit_page_and_medallists_of_another_event_named_in_passing():
    page = "title: Biathlon at the 2014 Winter Olympics – Women's pursuit\n\nThe women's 10 km pursuit was held on 11 February 2014.\n\n"
    text = page + ("In the pursuit competition, the start times were determined by the results of the Women's sprint held two days "
                   "earlier. None of the sprint medalists won a medal in the pursuit. Instead, Darya Alpha of Belarus became the "
                   "champion, with Tora Beta of Norway winning the silver medal, and Teja Gamma of Slovenia winning the bronze.")
    pursuit = "sochi-2014-biathlon-women-pursuit"
    assert _events_of(text) == [("bronze", "teja-gamma", pursuit), ("gold", "darya-alpha", pursuit), ("silver", "tora-beta", pursuit)]


XC_30 = ("title: Cross-country skiing at the 2002 Winter Olympics – Women's 30 kilometre classical\n\nThe race was held on 24 "
         "February.\n\nThe early leader was Russian Larisa Alpha. She won the race by almost two minutes over Italian Gabriella Beta. "
         "Stefania Gamma of Italy finished third and Norwegian Bente Delta finished in fourth place.\n\n")


def test_a_disqualified_winner_and_the_medals_given_after_it():
    after = ("After the competition, it was confirmed that Alpha had tested positive and was disqualified from all events in the "
             "2002 Winter Olympics. This brought Beta up to gold medal. The silver medalist became Italy's Stefania Gamma while "
             "Delta won the bronze.")
    event = "salt-lake-city-2002-cross-country-skiing-women-30-km"
    draft = extract_text(XC_30 + after, "a.txt", names=NameIndex())
    assert sorted((m.fields["medal"], m.fields["athlete"]) for m in draft.medals() if m.fields["event"] == event) == [
        ("bronze", "bente-delta"), ("silver", "stefania-gamma")]   # (Beta's gold the results data confirms; there is none here)
    assert any(w.startswith("gold medal of Larisa Alpha not drafted: disqualified ('After the competition") for w in draft.warnings)
    # a disqualification undone later: the original result stands (the reviewer is told to check it)
    restored = XC_30 + ("In November 2017, Alpha was disqualified for doping offences. On 1 February 2018, her results were restored "
                        "as a result of the successful appeal.")
    assert ("gold", "larisa-alpha") in {(m.fields["medal"], m.fields["athlete"]) for m in extract_text(restored, "a.txt", names=NameIndex()).medals()}
    # a hedge is no disqualification; a disqualification in a race without a medal of hers changes nothing
    hedged = XC_30 + "Alpha could have been disqualified from the race."
    assert ("gold", "larisa-alpha") in {(m.fields["medal"], m.fields["athlete"]) for m in extract_text(hedged, "a.txt", names=NameIndex()).medals()}
    other = XC_30 + "Bente Delta was disqualified in the sprint the week before."
    assert ("gold", "larisa-alpha") in {(m.fields["medal"], m.fields["athlete"]) for m in extract_text(other, "a.txt", names=NameIndex()).medals()}


def test_an_equalled_career_record_and_its_holder_before():
    text = XC_30 + ("For Gamma this was her 10th Olympic medal, equaling the Winter Olympic record for women held by Soviet/Unified "
                    "Team skier Raisa Epsilon.")
    records = extract_text(text, "a.txt", names=NameIndex()).of_type("record")
    assert sorted((r.fields["category"], r.fields["holder"], r.fields.get("value")) for r in records) == [
        ("most-career-winter-medals-female-athlete", "raisa-epsilon", 10), ("most-career-winter-medals-female-athlete", "stefania-gamma", 10)]
    people = {a.fields["athlete"]: a.fields["nation"] for a in extract_text(text, "a.txt", names=NameIndex()).of_type("athlete")}
    assert people["raisa-epsilon"] == "URS"   # "Soviet/Unified Team skier": the first of the two nations written together


def test_a_biographys_lead_below_a_description_line_and_its_subject_in_other_words():
    rows = [("Birger Alpha", "NOR", "M", year, "Ski Jumping", "Ski Jumping Men's Normal Hill, Individual", medal)
            for year, medal in ((1932, "Gold"), (1936, "Gold"), (1948, "Silver"))]
    index = NameIndex()
    for row in rows:
        index.add_row(*row)
    bio = ("title: Birger Alpha\n\nNorwegian ski jumper (1911–1998)\n\nBirger Johannes Alpha (23 August 1911 – 13 June 1998) was a "
           "Norwegian ski jumper. Birger Alpha also won the Olympic gold medal in 1932 and 1936.")
    draft = extract_text(bio, "a.txt", names=index)
    assert sorted((m.fields["medal"], m.fields["event"]) for m in draft.medals()) == [
        ("gold", "garmisch-partenkirchen-1936-ski-jumping-men-normal-hill"), ("gold", "lake-placid-1932-ski-jumping-men-normal-hill")]
    assert [(a.fields["athlete"], a.fields.get("aliases")) for a in draft.of_type("athlete")] == [("birger-johannes-alpha", ["Birger Alpha"])]
    skier = ("title: Heini Alpha\n\nHeini Alpha (born January 17, 1949) is a former Swiss ski racer. He won four giant slalom races in "
             "the World Cup. The greatest success was winning the gold medal in giant slalom at the 1976 Winter Olympics in Innsbruck.")
    assert _events_of(skier) == [("gold", "heini-alpha", "innsbruck-1976-alpine-skiing-men-giant-slalom")]
    skater = ("title: Erhard Alpha\n\nErhard Alpha (born 24 December 1944) is a former speed skater from Germany. He participated in "
              "the 1968 Winter Olympics in Grenoble. There, the \"flying dentist\" became Olympic Champion on the 500 m (a distance in "
              "which he was still the world record holder).")
    assert _events_of(skater) == [("gold", "erhard-alpha", "grenoble-1968-speed-skating-men-500-m")]


def test_went_on_to_victory_in_a_biography_is_its_subjects_one_gold_in_the_data():
    index = NameIndex()
    index.add_row("Jiri Alpha", "TCH", "M", 1968, "Ski Jumping", "Ski Jumping Men's Normal Hill, Individual", "Gold")
    index.add_row("Jiri Alpha", "TCH", "M", 1968, "Ski Jumping", "Ski Jumping Men's Large Hill, Individual", "Silver")
    bio = ("title: Jiri Alpha\n\nJiri Alpha (born February 4, 1941) is a Czech ski jumper. He travelled to the 1968 Winter Olympics in "
           "Grenoble. In the second jump he did not fare well, reaching only 72.5 meters, but he went on to victory.")
    assert [(m.fields["medal"], m.fields["event"], m.rule) for m in extract_text(bio, "a.txt", names=index).medals()] == [
        ("gold", "grenoble-1968-ski-jumping-men-normal-hill", "medal-data")]
    # the hedged clause before it is not read as a medal of its own
    assert [m.fields["medal"] for m in _draft_or_none_rules(bio.replace(", but he went on to victory", ""), index)] == []


def _draft_or_none_rules(text: str, index: NameIndex) -> list:
    from graph.errors import PodiumError

    try:
        return extract_text(text, "a.txt", names=index).medals()
    except PodiumError:   # "no medal or record found": nothing drafted
        return []


def test_another_competitions_event_of_the_season_is_not_the_games():
    page = "title: Cross-country skiing at the 2022 Winter Olympics – Women's team sprint\n\n"
    assert _events_of(page + "Jonna Alpha and Maja Beta of Sweden won the only team sprint event of the season.") == []
    jump = "title: Ski jumping at the 2006 Winter Olympics – Normal hill individual\n\n"
    assert _events_of(jump + "Lars Alpha of Norway won his country's first gold and his second international victory of the season.") == [
        ("gold", "lars-alpha", "turin-2006-ski-jumping-men-normal-hill")]


# --- After held out 37 --------------------------------------------------------------------------------------------

def test_a_crew_by_its_sled_and_two_colours_that_went_to_two_crews_in_order():
    page = ("title: Olympic Winter Games 2002 / Bobsleigh - two-man bobsleigh (women)\n\nFor the first time in history, the 2002 Winter "
            "Olympics hosted two-man bobsleigh races for women.\n\n")
    text = page + ("Olympic champions were the Bob USA II with Jill Alpha and Vonetta Beta of the United States. Silver and bronze went to "
                   "the two German bobsleighs with Sandra Gamma and Ulrike Delta as well as Susi Epsilon and Nicole Zeta.")
    event = "salt-lake-city-2002-bobsleigh-women-two-woman"
    assert _events_of_nations(text) == [
        ("bronze", "nicole-zeta", "GER", event), ("bronze", "susi-epsilon", "GER", event), ("gold", "jill-alpha", "USA", event),
        ("gold", "vonetta-beta", "USA", event), ("silver", "sandra-gamma", "GER", event), ("silver", "ulrike-delta", "GER", event)]
    # a name too many or too few for two crews of two: not read
    assert not any(m[0] in ("silver", "bronze") for m in _events_of_nations(text.replace(" as well as Susi Epsilon and Nicole Zeta", "")))


def test_a_name_beaten_after_a_demonym_is_no_subject_and_a_place_in_the_names_own_relative_clause():
    page = "title: Speed skating at the 2006 Winter Olympics – Women's 500 metres\n\n"
    text = page + ("Russian Svetlana Alpha won the race. In the last pair of the second round, she beat Chinese Wang Beta, runner-up in "
                   "the first round, by 0.13 seconds to secure the gold medal.")
    assert _events_of(text) == [("gold", "svetlana-alpha", "turin-2006-speed-skating-women-500-m")]
    five = "title: Speed skating at the 2002 Winter Olympics – Women's 5000 metres\n\n"
    smit = five + ("Gretha Gamma of the Netherlands, who broke the world record en route to finishing second, only started competing in "
                   "long track skating a year before the Games.")
    assert _events_of(smit) == [("silver", "gretha-gamma", "salt-lake-city-2002-speed-skating-women-5000-m")]


# --- After held out 38 and 39 -------------------------------------------------------------------------------------

def test_a_list_of_distances_in_a_cross_country_biography_and_a_place_after_at():
    bio = ("title: Nikolay Alpha\n\nNikolay Alpha (born 28 June 1955) is a Soviet cross-country skier. He was the first man in the "
           "sport to win three gold medals at a single Winter Olympics, in the 30 km, 50 km and 4×10 km relay at the 1980 Lake "
           "Placid Games.")
    assert _events_of(bio) == [("gold", "nikolay-alpha", "lake-placid-1980-cross-country-skiing-men-30-km"),
                               ("gold", "nikolay-alpha", "lake-placid-1980-cross-country-skiing-men-4-x-10-km-relay"),
                               ("gold", "nikolay-alpha", "lake-placid-1980-cross-country-skiing-men-50-km")]
    alpine = ("title: Josef Alpha\n\nJosef Alpha (born 20 April 1937 in Lienz) is a former Austrian alpine ski racer. At the 1964 Winter "
              "Olympics of Innsbruck, he took the bronze medal in giant slalom at Axamer Lizum and then won the gold in slalom.")
    assert _events_of(alpine) == [("bronze", "josef-alpha", "innsbruck-1964-alpine-skiing-men-giant-slalom"),
                                  ("gold", "josef-alpha", "innsbruck-1964-alpine-skiing-men-slalom")]


def test_skaters_racing_in_pairs_and_a_record_of_an_event_the_extractor_does_not_know():
    page = ("title: Speed skating at the 1924 Winter Olympics – Men's 500 metres\n\nThe event was won by Charles Alpha of the United "
            "States. Under the rules of the International Skating Union, athletes raced in pairs in a straight time-trial event. ")
    # "raced in pairs" names no pairs event: the record is of the page's event
    draft = extract_text(page + "Charles Alpha set a new world record.", "a.txt", names=NameIndex())
    assert [r.fields["category"] for r in draft.of_type("record")] == ["world-record-chamonix-1924-speed-skating-men-500-m"]
    # "in the 100 yard event": an event the extractor does not know is not the page's
    draft = extract_text(page + "Charles Alpha also set a new world record in the 100 yard event in 9.4 seconds.", "a.txt", names=NameIndex())
    assert [m.fields["event"] for m in draft.medals()] == ["chamonix-1924-speed-skating-men-500-m"]
    assert draft.of_type("record") == []


def test_a_section_of_a_persons_page_and_the_crews_named_for_its_subject():
    page = ("title: Billy Alpha - Bobsled Career\n\nAs driver of the first five-man U.S. Bobsled team to win the Olympics, Alpha became "
            "the youngest gold medalist in any winter sport (until eclipsed by Toni Beta in 1992), aged just 16 years at the 1928 Winter "
            "Olympics in St. Moritz, Switzerland. His American team-mates were Geoffrey Gamma, Nion Delta, Clifford Epsilon and Richard "
            "Zeta.\n\nAlpha competed again at the 1932 Winter Olympics at Lake Placid, New York, USA. The format of the race was altered "
            "to a four-man team, but again Alpha and his team-mates, Clifford Epsilon, Eddie Eta, and Jay Theta took gold.")
    five, four = "st-moritz-1928-bobsleigh-men-five-man", "lake-placid-1932-bobsleigh-men-four-man"
    index = NameIndex()   # (the results data's nations of the crews: the text gives none but "American team-mates")
    for name in ("Billy Alpha", "Geoffrey Gamma", "Nion Delta", "Clifford Epsilon", "Richard Zeta", "Eddie Eta", "Jay Theta"):
        index.add_row(name, "USA", "M", 1932 if name in ("Eddie Eta", "Jay Theta") else 1928, "Bobsleigh")
    draft = extract_text(page, "a.txt", names=index)
    assert sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in draft.medals()) == sorted([("gold", a, five) for a in ("billy-alpha", "geoffrey-gamma", "nion-delta", "clifford-epsilon", "richard-zeta")]
                                      + [("gold", a, four) for a in ("billy-alpha", "clifford-epsilon", "eddie-eta", "jay-theta")])


# --- After held out 40 and 41 -------------------------------------------------------------------------------------

def test_that_race_of_the_sentence_before_and_an_event_of_another_competition_is_not_the_next_sentences():
    page = "title: Cross-country skiing at the 2006 Winter Olympics – Men's team sprint\n\n"
    text = page + ("The most recent team sprint event in classic technique had been in Canmore, Canada, on 18 December 2004. Jens Alpha "
                   "and Eldar Beta won that race for Norway's first team. It was Sweden's Thobias Gamma and Björn Delta who won the gold.")
    assert [athlete for _, athlete, _ in _events_of(text)] == ["bjorn-delta", "thobias-gamma"]
    bio = ("title: Vincent Alpha\n\nVincent Alpha (born 18 May 1985) is a former French biathlete. Alpha also won the 20 km individual "
           "race at the 2009 World Cup event in Vancouver. He caused surprise by winning France's first gold medal at the 2010 Olympic Games.")
    assert _events_of(bio) == []   # (which event is not said; not the World Cup's)


def test_a_snowboarders_giant_slalom():
    bio = ("title: Ross Alpha\n\nRoss Alpha (born July 14, 1971) is a Canadian snowboarder who won a gold medal in the inaugural men's "
           "giant slalom event at the 1998 Winter Olympics.")
    assert _events_of(bio) == [("gold", "ross-alpha", "nagano-1998-snowboarding-men-giant-slalom")]


# --- After held out 42 and 43 (measured last) ----------------------------------------------------------------------

def test_a_family_name_first_alone_and_a_disqualification_of_the_sentences_subject():
    page = "title: Skeleton at the 2022 Winter Olympics – Men's\n\nYan Alpha of China won the bronze medal. "
    text = page + ("Boris Beta of Russia was in fourth place before the last run, but then Yan was the fastest in the last run and "
                   "won the bronze medal.")
    assert _events_of(text) == [("bronze", "yan-alpha", "beijing-2022-skeleton-men")]
    # a name of a nation that writes the given name first is no short form of it
    western = page.replace("Yan Alpha of China", "Yan Alpha of Norway")
    assert ("bronze", "yan-alpha", "beijing-2022-skeleton-men") in _events_of(western)
    bio = ("title: Lee Alpha\n\nLee Alpha (born January 6, 1976) is a retired South Korean short track speed skater. At the 1994 "
           "Winter Olympics she won the women's 1000 m. In 1998, at the Nagano Winter Olympics, Alpha won the 1000 m final again. "
           "Yang Beta of China crossed the line together with Alpha in a photo finish, but was then disqualified for cross tracking.")
    assert _events_of(bio) == [("gold", "lee-alpha", "lillehammer-1994-short-track-speed-skating-women-1000-m"),
                               ("gold", "lee-alpha", "nagano-1998-short-track-speed-skating-women-1000-m")]


# --- After held out 44 and 45 (a round on their misses and 41 to 43's) ---------------------------------------------------

def test_an_adverb_opening_a_sentence_and_the_heat_won_with_the_gold_medal():
    page = "title: Speed skating at the 1956 Winter Olympics – Men's 10,000 metres\n\n"
    text = page + ("Finally Sigvard Alpha of Sweden set a new Olympic record with 16:35.9 minutes on the way to win the tenth heat and "
                   "the gold medal.")
    assert _events_of(text) == [("gold", "sigvard-alpha", "cortina-d-ampezzo-1956-speed-skating-men-10000-m")]
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert [(r.fields["category"], r.fields["holder"]) for r in draft.records()] == [
        ("olympic-record-cortina-d-ampezzo-1956-speed-skating-men-10000-m", "sigvard-alpha")]
    # a heat won alone is no medal
    assert _events_of(page + "Sigvard Alpha of Sweden won the tenth heat. Bo Beta of Norway won the gold medal.") == [
        ("gold", "bo-beta", "cortina-d-ampezzo-1956-speed-skating-men-10000-m")]


def test_an_event_that_dates_the_race_is_not_the_one_spoken_of():
    page = "title: Alpine skiing at the 1952 Winter Olympics – Women's slalom\n\nA women's slalom event was held at the 1952 Winter Olympics. "
    text = page + ("The event took place on 20 February, a day after the men's slalom races. Anna Alpha of the United States posted "
                   "the best time of the second runs, enough to win the gold medal.")
    assert _events_of(text) == [("gold", "anna-alpha", "oslo-1952-alpine-skiing-women-slalom")]


def test_won_both_the_one_and_the_other_event_and_gold_in_two_events():
    bio = ("title: Anna Alpha\n\nAnna Alpha (April 19, 1932 – March 30, 2009) was an American alpine ski racer.\n\n"
           "At the 1952 Winter Olympics in Oslo, Norway, she was selected as captain of the U.S. women's team. ")
    both = [("gold", "anna-alpha", "oslo-1952-alpine-skiing-women-giant-slalom"), ("gold", "anna-alpha", "oslo-1952-alpine-skiing-women-slalom")]
    assert _events_of(bio + "She won both the slalom and the giant slalom events.") == both
    assert _events_of(bio + "She won gold in the slalom and the giant slalom.") == both
    # which two, or a place of its own in the second: not a list of golds
    assert _events_of(bio + "She won both events.") == []
    assert _events_of(bio + "She won gold in the slalom and was fourth in the giant slalom.") == [
        ("gold", "anna-alpha", "oslo-1952-alpine-skiing-women-slalom")]


# --- After held out 46 and 47 ----------------------------------------------------------------------------------------------

def test_events_each_with_its_year_after_one_colour_and_honours_after_a_name():
    bio = ("title: Karin Alpha\n\nKarin Alpha OC CQ (born 20 June 1961) is a former East German speed skater. She is a three-time "
           "Olympic gold medallist, winning the 500 metres in 1980, the 1000 metres in 1984 and the 1500 metres in 1984.")
    assert _events_of(bio) == [("gold", "karin-alpha", "lake-placid-1980-speed-skating-women-500-m"),
                               ("gold", "karin-alpha", "sarajevo-1984-speed-skating-women-1000-m"),
                               ("gold", "karin-alpha", "sarajevo-1984-speed-skating-women-1500-m")]
    # a count that is not the list's, or two colours: not read
    assert _events_of(bio.replace("three-time", "two-time")) == []
    assert _events_of(bio.replace("gold medallist", "gold and silver medallist")) == []


def test_a_korean_family_name_that_is_a_venue_word():
    page = "title: Short track speed skating at the 2014 Winter Olympics – Women's 1000 metres\n\n"
    assert _events_of(page + "Park Seung-hi of South Korea won the gold medal.") == [
        ("gold", "park-seung-hi", "sochi-2014-short-track-speed-skating-women-1000-m")]
    assert _events_of(page + "The race was held at the Iceberg Skating Palace in the Olympic Park. Anna Alpha of Norway won the "
                             "gold medal.") == [("gold", "anna-alpha", "sochi-2014-short-track-speed-skating-women-1000-m")]


# --- After held out 48 and 49 ----------------------------------------------------------------------------------------------

def test_a_life_with_the_birthplace_after_a_comma_is_a_biography_and_its_title_an_alias():
    bio = ("title: Arvo Alpha\n\nArvo Albert Alpha (April 12, 1924, Uurainen, Central Finland – April 28, 1999) was a Finnish "
           "cross-country skier. He won a silver medal in the 4 x 10 km relay at the 1956 Winter Olympics in Cortina d'Ampezzo.")
    assert _events_of(bio) == [("silver", "arvo-albert-alpha", "cortina-d-ampezzo-1956-cross-country-skiing-men-4-x-10-km-relay")]
    draft = extract_text(bio, "a.txt", names=NameIndex())
    assert [a.fields.get("aliases") for a in draft.of_type("athlete")] == [["Arvo Alpha"]]
    hyphen = ("title: Kerrin Lee-Alpha\n\nKerrin Anne Lee-Alpha (born September 21, 1966) is a former alpine ski racer from Canada. "
              "At the 1992 Winter Olympics in Albertville, Lee-Alpha won the gold medal in the women's downhill.")
    draft = extract_text(hyphen, "a.txt", names=NameIndex())
    assert "Kerrin Lee-Alpha" in next(iter(draft.of_type("athlete"))).fields["aliases"]


def test_a_month_inside_a_name_a_beaten_pair_and_an_aside_in_brackets():
    page = "title: Speed skating at the 2002 Winter Olympics – Women's 500 metres\n\n"
    assert _events_of(page + "Catriona Le May Doan of Canada won the gold medal.") == [
        ("gold", "catriona-le-may-doan", "salt-lake-city-2002-speed-skating-women-500-m")]
    sled = ("title: Bobsleigh at the 2022 Winter Olympics – Two-woman\n\nLaura Alpha and Deborah Beta of Germany won the event. "
            "Mariama Gamma and Alexandra Delta, also of Germany, won the silver medal. In the third run, Alpha and Beta set the track "
            "record again, and even though they lost 0.01 in the fourth run to Gamma and Delta, they won gold with the advantage of 0.77.")
    assert [(medal, athlete) for medal, athlete, _ in _events_of(sled)] == [
        ("gold", "deborah-beta"), ("gold", "laura-alpha"), ("silver", "alexandra-delta"), ("silver", "mariama-gamma")]
    bio = ("title: Walter Alpha\n\nWalter Alpha (born 15 February 1951) is a former Swiss ski jumper. At the 1972 Winter Olympics in "
           "Sapporo, Alpha won the silver medal in the large hill (since the ski jumping competitions were also considered the world "
           "championships, he was separately awarded a world championship medal in silver).")
    assert _events_of(bio) == [("silver", "walter-alpha", "sapporo-1972-ski-jumping-men-large-hill")]
    # (an aside naming where the medal was won is no aside: "won silver (at the world championships)")
    assert _events_of(bio.replace("(since the ski jumping competitions were also considered the world championships, he was "
                                  "separately awarded a world championship medal in silver)", "(at the world championships)")) == []


def test_teammates_named_along_with_the_subject_win_the_relay_too():
    bio = ("title: Lee Alpha\n\nLee Alpha (born June 25, 1986) is a South Korean short track speed skater. At the 2006 Winter "
           "Olympics, Lee also won gold in the men's 5000 m relay along with countrymen Ahn Beta, Seo Gamma and Song Delta.")
    assert [athlete for _, athlete, _ in _events_of(bio)] == ["ahn-beta", "lee-alpha", "seo-gamma", "song-delta"]
    assert {event for _, _, event in _events_of(bio)} == {"turin-2006-short-track-speed-skating-men-5000-m-relay"}


def test_a_short_track_speedskater_and_a_discipline_between_distance_and_format():
    bio = ("title: Lee Alpha\n\nLee Alpha (born June 25, 1986) is a South Korean short track speedskater. He won a gold medal as a "
           "part of 5000 m short-track relay team at the 2006 Winter Olympics held in Turin, Italy.")
    assert _events_of(bio) == [("gold", "lee-alpha", "turin-2006-short-track-speed-skating-men-5000-m-relay")]


# --- After held out 52 and 53 ----------------------------------------------------------------------------------------------

def test_an_excerpt_after_the_lead_of_a_persons_page_and_would_recover_to_win():
    bio = ("title: Johann Alpha\n\nIn 1994, the final year of his career, he also gained fame outside the speed skating world.\n\n"
           "Born in Drammen, Alpha became a national junior champion in 1987.\n\nAlpha made his Olympic debut in 1992, finished 7th "
           "in the 5000 m, five days after undergoing surgery. He would recover to win gold in the 1500 m (by only 0.04 seconds over "
           "countryman Ådne Beta) and silver in the 10000 m (behind Geir Gamma, another Norwegian).")
    names = NameIndex()
    names.add_row("Johann Alpha", "NOR", "M", 1992, "Speed Skating")   # (the excerpt names no nation of his: a name list's)

    def medals(text: str) -> list[tuple]:
        return sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in extract_text(text, "a.txt", names=names).medals())

    assert medals(bio) == [("gold", "johann-alpha", "albertville-1992-speed-skating-men-1500-m"),
                           ("silver", "johann-alpha", "albertville-1992-speed-skating-men-10000-m")]
    # (a hedge is still one: "would have won gold ... and silver")
    assert medals(bio.replace("He would recover to win gold", "He would have won gold")) == []


def test_a_nordic_combined_event_of_the_years_before_the_hills_named_them():
    bio = ("title: Klaus Alpha\n\nKlaus Alpha (born 3 February 1965) is an Austrian former Nordic combined skier. At the 1988 Winter "
           "Olympics in Calgary, he won silver in the 15 km individual and bronze in the 3 x 10 km team.")
    assert _events_of(bio) == [("bronze", "klaus-alpha", "calgary-1988-nordic-combined-men-team"),
                               ("silver", "klaus-alpha", "calgary-1988-nordic-combined-men-individual")]


def test_teammates_of_a_sentences_second_medal():
    bio = ("title: Johannes Alpha\n\nJohannes Alpha (born 20 May 1986) is a German luger. At the 2018 Winter Olympics, held in "
           "Pyeongchang, South Korea, Alpha won the bronze medal in the men's singles luge and the gold in the team relay luge, along "
           "with his teammates Natalie Beta, Tobias Gamma, and Tobias Delta.")
    assert _events_of(bio) == [("bronze", "johannes-alpha", "pyeongchang-2018-luge-men-singles")] + [
        ("gold", athlete, "pyeongchang-2018-luge-mixed-team-relay") for athlete in ("johannes-alpha", "natalie-beta", "tobias-delta", "tobias-gamma")]


# --- News reports (the first news batches, measured out of git) ------------------------------------------------------

def _news(text: str, names: NameIndex | None = None) -> list[tuple]:
    """(medal, athlete, event) of each medal drafted from a made-up news report, or none where nothing is drafted."""
    try:
        draft = extract_text(text, "a.txt", names=names or NameIndex())
    except Exception:   # "no medal or record found": nothing drafted
        return []
    return sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in draft.medals())


def test_a_news_sites_address_dates_the_report_and_the_date_names_its_games():
    body = "Anna Alpha of Norway won the Olympic women's downhill on Saturday, and Berta Beta of Austria took the silver."
    dated = f"source: https://www.example.com/news/2010/feb/28/alpha-wins/\nlicence: x\ntitle: Alpha wins\n\n{body}"
    assert _news(dated) == [("gold", "anna-alpha", "vancouver-2010-alpine-skiing-women-downhill"),
                            ("silver", "berta-beta", "vancouver-2010-alpine-skiing-women-downhill")]
    draft = extract_text(dated, "a.txt", names=NameIndex())
    date = draft.of_type("published")[0]
    assert (date.fields["date"], date.rule, date.quote) == ("2010-02-28", "published-url-date", "2010/feb/28")
    assert _news(dated.replace("/2010/feb/28/", "/1994-02-14/")) == [
        ("gold", "anna-alpha", "lillehammer-1994-alpine-skiing-women-downhill"), ("silver", "berta-beta", "lillehammer-1994-alpine-skiing-women-downhill")]
    # (no date, no Games: nothing is keyed; "the Olympic women's downhill" alone dates nothing)
    assert _news(f"title: Alpha wins\n\n{body}") == []
    # ("CBC Sports - Tuesday Feb. 18, 2014": a written date with the month's short form)
    assert _news(f"title: Alpha wins\n\nCBC Sports - Tuesday Feb. 18, 2014 10:59 ET\n\n{body}")[0][2] == "sochi-2014-alpine-skiing-women-downhill"


def test_a_datelines_host_city_and_the_games_in_a_host_name_the_reports_games():
    body = "Anna Alpha of Norway won the women's downhill. Her mother won silver at the 2006 Turin Games."
    assert _news(f"PYEONGCHANG, South Korea (AP) — {body}") == [("gold", "anna-alpha", "pyeongchang-2018-alpine-skiing-women-downhill")]
    assert _news(body) == [("gold", "anna-alpha", "turin-2006-alpine-skiing-women-downhill")]   # the latest Games named
    # (a host of two Games names neither; a dateline of another year than the report's date is no Games of the report)
    assert _news(f"INNSBRUCK, Austria (AP) — {body}") == [("gold", "anna-alpha", "turin-2006-alpine-skiing-women-downhill")]
    assert _news(f"date 2019-02-10 PYEONGCHANG, South Korea (AP) — {body}") == [("gold", "anna-alpha", "turin-2006-alpine-skiing-women-downhill")]
    assert _news("Anna Alpha of Germany won the women's downhill at the Winter Games in PyeongChang.") == [
        ("gold", "anna-alpha", "pyeongchang-2018-alpine-skiing-women-downhill")]


def test_a_ledes_name_in_capitals_and_the_event_its_next_sentence_names():
    text = ("date 1994-02-21 ANNA OLAVA ALPHA of Norway won her third speed skating gold medal of the Games yesterday, breaking her "
            "third world record. The student bettered her own record, clocking 7:14.13 in the women's 5,000 metres.")
    assert _news(text) == [("gold", "anna-olava-alpha", "lillehammer-1994-speed-skating-women-5000-m")]
    # (an event named further on is the lede's medal's only when it is the report's one event: since the eleventh session's
    # "report of one event" reading; with two events named, nothing)
    apart = text.replace(". The student", ".\n\nThe student")
    assert _news(apart) == [("gold", "anna-olava-alpha", "lillehammer-1994-speed-skating-women-5000-m")]
    assert _news(apart + " Earlier, Berit Beta of Norway won the women's 3,000 metres speed skating.") == [
        ("gold", "berit-beta", "lillehammer-1994-speed-skating-women-3000-m")]


def test_a_skating_distance_without_its_unit_and_an_appositives_event():
    text = ("date 1998-02-15 NAGANO, Japan (AP) -- Anna Alpha of the Netherlands gave the Dutch a gold medal in speed skating by "
            "setting an Olympic record in the women's 1,000. Berta Beta of Japan, gold medalist in the 500, won the bronze.")
    assert _news(text) == [("bronze", "berta-beta", "nagano-1998-speed-skating-women-1000-m"),
                           ("gold", "anna-alpha", "nagano-1998-speed-skating-women-1000-m")]
    # (a count is no distance: "in front of the 5,000 spectators")
    assert _news(text.replace("women's 1,000", "women's race in front of the 5,000 spectators")) == []


def test_news_phrasings_of_a_medal_and_a_nation():
    race = "date 2018-02-12 At the Winter Games in PyeongChang, "
    assert _news(race + "Natalie Alpha of Germany won a tense and at times historic battle in the Olympic women's luge. The "
                 "silver medal went to Germany's Dajana Beta. The bronze medal went to World champion Alex Gamma of Canada.") == [
        ("bronze", "alex-gamma", "pyeongchang-2018-luge-women-singles"), ("gold", "natalie-alpha", "pyeongchang-2018-luge-women-singles"),
        ("silver", "dajana-beta", "pyeongchang-2018-luge-women-singles")]
    assert _news(race + "Hermann Alpha of Austria made himself a legend with a stunning victory in the men's super giant slalom.") == [
        ("gold", "hermann-alpha", "pyeongchang-2018-alpine-skiing-men-super-g")]
    # ("hoped for a victory" is a hedge)
    assert _news(race + "Hermann Alpha of Austria had hoped to crown his career with a victory in the men's super giant slalom.") == []
    assert _news(race + "Hwang Alpha of South Korea won the gold medal in the short track speed skating men's 1,500 metres. Teammate "
                 "Lee Beta of South Korea took silver, and Semen Gamma claimed the bronze for the Russian Olympic Committee (ROC).") == [
        ("bronze", "semen-gamma", "pyeongchang-2018-short-track-speed-skating-men-1500-m"),
        ("gold", "hwang-alpha", "pyeongchang-2018-short-track-speed-skating-men-1500-m"),
        ("silver", "lee-beta", "pyeongchang-2018-short-track-speed-skating-men-1500-m")]


def test_an_event_told_in_passing_is_not_the_one_the_report_goes_on_with():
    text = ("date 2014-02-18 Jorrit Alpha of the Netherlands won the gold medal in the men's 10,000-metre speed skating race at the "
            "Sochi Olympics. Alpha won the bronze medal in the men's 5,000-metre race earlier in the games. Completing the sweep and "
            "winning bronze was Bob Beta of the Netherlands.")
    assert _news(text) == [("bronze", "bob-beta", "sochi-2014-speed-skating-men-10000-m"),
                           ("bronze", "jorrit-alpha", "sochi-2014-speed-skating-men-5000-m"),
                           ("gold", "jorrit-alpha", "sochi-2014-speed-skating-men-10000-m")]
    # ("three days after" a crash in one event, after a dateline, is no clause of the medal's event)
    text = ("date 1998-02-16\n\nHAKUBA, Japan, Feb. 16 (Monday) — Three days after surviving a crash on the men's downhill course at the "
            "1998 Winter Olympics, Austrian skier Hermann Alpha made himself a legend with a victory in the men's super-G. "
            "Switzerland's Didier Beta and Austria's Hans Gamma tied for the silver.")
    assert ("silver", "hans-gamma", "nagano-1998-alpine-skiing-men-super-g") in _news(text)
    assert all(event != "nagano-1998-alpine-skiing-men-downhill" for _, _, event in _news(text))


def test_news_places_a_one_two_a_bronze_behind_the_runner_up_and_a_pair_of_hills():
    skating = "date 1994-02-21 At the Lillehammer Olympics, Johann Alpha of Norway won the men's 10,000 metres speed skating. "
    assert _news(skating + "Kjell Beta made it a Norwegian one-two ahead of the Dutch defending champion, Bart Gamma.") == [
        ("bronze", "bart-gamma", "lillehammer-1994-speed-skating-men-10000-m"), ("gold", "johann-alpha", "lillehammer-1994-speed-skating-men-10000-m"),
        ("silver", "kjell-beta", "lillehammer-1994-speed-skating-men-10000-m")]
    assert ("silver", "jan-beta", "lillehammer-1994-speed-skating-men-10000-m") in _news(
        skating + "Jan Beta of Norway finished in 13:40.01 to make a 1-2 finish for the Norwegians.")
    # ("hoped to make it a one-two" is a hedge)
    assert _news(skating + "Jan Beta of Norway had hoped to make it a one-two.") == [("gold", "johann-alpha", "lillehammer-1994-speed-skating-men-10000-m")]
    skate = "date 2002-02-22 At the 2002 Winter Olympics, Sarah Alpha of the United States won the ladies' figure skating competition. "
    assert ("silver", "irina-gamma", "salt-lake-city-2002-figure-skating-women-singles") in _news(
        skate + "Michelle Beta of the United States settled for the bronze medal behind 22-year-old Russian Irina Gamma.")
    # (with no gold drafted for another, "bronze behind A" leaves A gold or silver)
    assert _news("date 2002-02-22 At the 2002 Winter Olympics, in the ladies' figure skating competition, Michelle Beta of the United "
                 "States settled for the bronze medal behind Irina Gamma of Russia.") == [
        ("bronze", "michelle-beta", "salt-lake-city-2002-figure-skating-women-singles")]
    jumps = ("date 2018-02-19 At the PyeongChang Olympics, Robert Alpha of Norway jumped 136 meters in the final round of the men's "
             "team ski jumping. Alpha also won bronze medals in the normal and large hill.")
    names = NameIndex()
    for event in ("Ski Jumping Men's Normal Hill, Individual", "Ski Jumping Men's Large Hill, Individual"):
        names.add_row("Robert Alpha", "NOR", "M", 2018, "Ski Jumping", event, "Bronze")
    assert _news(jumps, names) == [("bronze", "robert-alpha", "pyeongchang-2018-ski-jumping-men-large-hill"),
                                   ("bronze", "robert-alpha", "pyeongchang-2018-ski-jumping-men-normal-hill")]


def test_a_reports_one_sex_makes_its_event_s_and_a_medallist_of_its_one_event_is_read_by_the_data():
    report = ("date 1994-02-14 OYER, Norway — When Tommy Alpha of the United States crossed the finish line of the Olympic downhill "
              "yesterday, the crowd went silent. Alpha won the gold medal. \"I had no idea,\" Alpha said. He danced on his skis. "
              "Norway's Kjetil Beta took the silver.")
    assert _news(report) == [("gold", "tommy-alpha", "lillehammer-1994-alpine-skiing-men-downhill"),
                             ("silver", "kjetil-beta", "lillehammer-1994-alpine-skiing-men-downhill")]
    # (a report that gives both sexes names no sex of the event)
    assert _news(report + " Her sister watched.") == []
    names = NameIndex()
    names.add_row("Alex Gamma", "CAN", "F", 2018, "Luge", "Luge Singles, Women", "Bronze")
    luge = ("date 2018-02-13 At the Winter Games in PyeongChang, Natalie Alpha of Germany won the Olympic women's luge. The bronze "
            "medallist Alex Gamma (CAN) also made history.")
    assert ("bronze", "alex-gamma", "pyeongchang-2018-luge-women-singles") in _news(luge, names)
    assert ("bronze", "alex-gamma", "pyeongchang-2018-luge-women-singles") not in _news(luge)   # the data confirms it, or nothing


def test_a_headline_is_read_after_the_body_and_a_report_of_unnamed_games_drafts_nothing():
    report = ("title: Alpha wins 50-km cross country for 3rd Nagano gold\n\nFebruary 22, 1998\n\nNorway's Bjorn Alpha did not think "
              "he could win before the race. But he held off surprise challenger Niklas Beta of Sweden.")
    assert _news(report) == [("gold", "bjorn-alpha", "nagano-1998-cross-country-skiing-men-50-km")]
    # (a reference page's title is no headline: it names its Games)
    assert _news(report.replace("title: Alpha wins 50-km cross country for 3rd Nagano gold",
                                "title: Cross-country skiing at the 1998 Winter Olympics – Men's 50 kilometre")) == []
    # Games every naming of which is past name no Games of the report
    moguls = ("BOTH gold medallists from the 1992 Games in Albertville were beaten yesterday. Stine Alpha of Norway took gold in "
              "the women's moguls event.")
    assert _news(moguls) == []
    assert _news(moguls.replace("gold medallists from the 1992 Games", "skiers at the 1992 Games")) == [
        ("gold", "stine-alpha", "albertville-1992-freestyle-skiing-women-moguls")]
    # (a byline before the dateline)
    assert _news("By Patrick Gamma SOCHI, Russia (Reuters) - Sven Alpha of the Netherlands won the men's 5,000 metres speed "
                 "skating. He won the event at the 2006 Turin Games too.") == [("gold", "sven-alpha", "sochi-2014-speed-skating-men-5000-m")]


def test_a_round_ups_sections_and_sizes():
    roundup = ("title: Women's Giant Slalom\n\ndate 1998-02-20 Italy's Deborah Alpha won the women's giant slalom at the Nagano "
               "Olympics.\n\nCross country skiing\n\nLarissa Beta of Russia collected a bronze in the women's 30-kilometer race. Her "
               "Russian teammate Yulia Gamma took the gold medal.")
    assert _news(roundup) == [("bronze", "larissa-beta", "nagano-1998-cross-country-skiing-women-30-km"),
                              ("gold", "deborah-alpha", "nagano-1998-alpine-skiing-women-giant-slalom"),
                              ("gold", "yulia-gamma", "nagano-1998-cross-country-skiing-women-30-km")]
    assert _news("date 2006-02-26 Michael Alpha of Germany claimed victory in the inaugural men's 15km mass-start biathlon event "
                 "at the Winter Games.") == [("gold", "michael-alpha", "turin-2006-biathlon-men-15-km-mass-start")]
    # ("the 90-meter event": a ski jumping hill by its size is no event id)
    assert _news("date 2002-02-13 In ski jumping at the Salt Lake City Games, Sven Alpha of Germany took silver in the men's "
                 "90-meter event.") == []


def test_a_date_alone_on_its_line_an_event_not_re_dated_and_words_that_describe_a_sport():
    body = ("Jamie Alpha of the United States won the women's snowboard slopestyle competition at the Winter Olympics in South Korea on Monday. "
            "She was fifth at the Sochi Olympics in 2014.")
    assert _news(f"title: Alpha repeats\n\n2018-02-12\n\n{body}") == [("gold", "jamie-alpha", "pyeongchang-2018-snowboarding-women-slopestyle")]
    assert _news(f"title: Alpha repeats\n\n{body}") == [("gold", "jamie-alpha", "sochi-2014-snowboarding-women-slopestyle")]   # no date: the Games named
    bob = ("source: https://www.example.com/2010/02/22/lange-wins/\nlicence: x\ntitle: Lange wins\n\nAndre Alpha of Germany won the Olympic "
           "two-man bobsled Sunday night. He earned gold in the two-man and four-man events at the 2006 Turin Games.")
    assert _news(bob) == [("gold", "andre-alpha", "vancouver-2010-bobsleigh-men-two-man")]
    roundup = ("date 2010-02-14 At the Vancouver Olympics, Alexandre Alpha of Canada won the men's moguls ski race, ahead of "
               "Canadian-born Dale Beta of Australia. Johnny Gamma of the United States won a silver medal in Nordic combined, a first "
               "in the sport that combines ski jumping and a 10-kilometer cross-country ski race. French biathlete Vincent Delta "
               "captured a surprise gold medal in his Olympic debut. He won the men's 10-kilometer event.")
    assert _news(roundup) == [("gold", "alexandre-alpha", "vancouver-2010-freestyle-skiing-men-moguls"),
                              ("gold", "vincent-delta", "vancouver-2010-biathlon-men-10-km"),
                              ("silver", "dale-beta", "vancouver-2010-freestyle-skiing-men-moguls")]


def test_a_skating_reports_distance_after_winning_the():
    text = ("2022-02-12\n\nBEIJING (AP) — Gao Alpha of China thrilled the home crowd by becoming the first Chinese man to claim an "
            "Olympic gold medal in speedskating, winning the 500 meters on Saturday.")
    assert _news(text) == [("gold", "gao-alpha", "beijing-2022-speed-skating-men-500-m")]
    # (not in a relative clause: "who won the 5000 m two days before" is another race)
    assert _news(text.replace("winning the 500 meters", "after a skater who won the 500 meters")) == []


def test_her_title_before_a_sexless_event_of_a_report_is_the_womens():
    text = ("date 2014-02-15 At the Sochi Olympics, China's Zhou Alpha defended her Olympic 1,500m short track title Saturday while "
            "Victor Beta of Russia won the men's 1,000m.\n\nThe 22-year-old Alpha came good when it mattered most, racing to victory "
            "in 2min 19.140sec. Italy's Arianna Gamma claimed bronze in 2:19.416.")
    assert _news(text) == [("bronze", "arianna-gamma", "sochi-2014-short-track-speed-skating-women-1500-m"),
                           ("gold", "victor-beta", "sochi-2014-short-track-speed-skating-men-1000-m"),
                           ("gold", "zhou-alpha", "sochi-2014-short-track-speed-skating-women-1500-m")]


@needs_data
def test_a_sports_event_named_by_sex_alone_is_the_results_datas_one_event_of_that_sex_at_those_games(data_names):
    """'the women's bobsledding competition' of 2010 is the two-woman, the data's only women's bobsleigh event then; in
    2022, beside the monobob, it names no event."""
    text = ("source: https://www.example.com/%s/02/24/bobsled.html\n\nWHISTLER (AP) — Kaia Alpha and Hedda Beta of Canada won the "
            "women's bobsledding competition on Wednesday night at the %s Olympics.")
    assert _news(text % ("2010", "Vancouver"), data_names) == [
        ("gold", "hedda-beta", "vancouver-2010-bobsleigh-women-two-woman"), ("gold", "kaia-alpha", "vancouver-2010-bobsleigh-women-two-woman")]
    assert _news(text % ("2022", "Beijing"), data_names) == []
    jump = ("source: https://www.example.com/2014/02/11/jump.html\n\nSOCHI (AP) — Carina Alpha of Germany won the women's ski "
            "jumping at the Sochi Olympics on Tuesday.")
    assert _news(jump, data_names) == [("gold", "carina-alpha", "sochi-2014-ski-jumping-women-normal-hill")]
    # (the men's ski jumping of those Games has three events: no one of them is named)
    assert _news(jump.replace("women's", "men's").replace("Carina", "Carl"), data_names) == []


def test_two_mentions_of_one_event_that_one_id_names_are_one_event_and_one_medal():
    """'the women's 10 kilometres' and 'the women's 10km classic' differ only by the ski style, which the ids leave out:
    one event, one medal (two would be a duplicate id, and the build would refuse the draft)."""
    text = ("date 2006-02-27 With the Turin Winter Games wrapped up, we look back at the cross-country competition. Estonia's "
            "Kristina Alpha stormed to gold in the women's 10 kilometres. Alpha charged down the final stretch to win the women's 10km classic ahead of Norway's Marit Beta, who took "
            "silver.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    ids = [fact.id for fact in draft.facts]
    assert len(ids) == len(set(ids))
    assert _news(text) == [("gold", "kristina-alpha", "turin-2006-cross-country-skiing-women-10-km"),
                           ("silver", "marit-beta", "turin-2006-cross-country-skiing-women-10-km")]
    assert [f.fields["event"] for f in draft.of_type("event")] == ["turin-2006-cross-country-skiing-women-10-km"]


def test_cross_country_skiings_pursuit_is_named_by_its_format_and_a_sexless_mention_keeps_its_distance():
    text = ("date 2006-02-27 At the Turin Winter Games, Kristina Alpha of Estonia won the women's 2x7.5km pursuit. Eugeni Beta of "
            "Russia took Olympic gold in the men's 30km double pursuit ahead of Frode Gamma of Norway in second place.\n\n"
            "CROSS-COUNTRY SKIING - 2006 - Torino - 30km Double Pursuit - Russia - Eugeni Beta\n\n"
            "The Italian Pietro Delta held his nerve down the final stretch to claim the bronze.")
    assert _news(text) == [("bronze", "pietro-delta", "turin-2006-cross-country-skiing-men-pursuit"),
                           ("gold", "eugeni-beta", "turin-2006-cross-country-skiing-men-pursuit"),
                           ("gold", "kristina-alpha", "turin-2006-cross-country-skiing-women-pursuit"),
                           ("silver", "frode-gamma", "turin-2006-cross-country-skiing-men-pursuit")]


def test_the_team_combined_and_freeski_and_a_teams_medal_read_under_an_individual_event():
    base = "date 2026-02-09 Swiss skier Franjo Alpha won the men's downhill at the Milan Cortina Olympics on Saturday. "
    team = _news(base + "The team of Marco Beta and Loic Gamma of Switzerland won the gold in the men's team combined on Monday.")
    assert team == [("gold", "franjo-alpha", "milano-cortina-2026-alpine-skiing-men-downhill"),
                    ("gold", "loic-gamma", "milano-cortina-2026-alpine-skiing-men-team-combined"),
                    ("gold", "marco-beta", "milano-cortina-2026-alpine-skiing-men-team-combined")]
    # (a team of two named under the downhill: its medal is another event's, not the downhill's)
    assert _news(base + "The Swiss-1 team of Marco Beta and Loic Gamma of Switzerland tied for silver with the Austrian-1 team of "
                        "Vincent Delta and Manuel Epsilon.") == [("gold", "franjo-alpha", "milano-cortina-2026-alpine-skiing-men-downhill")]
    freeski = ("date 2026-02-09 Mathilde Alpha of Switzerland retained her Olympic freeski slopestyle title at the Milan Cortina "
               "Olympics. Alpha won the final with a score of 86.96, while Eileen Beta of China took silver behind her Swiss rival.")
    assert _news(freeski) == [("gold", "mathilde-alpha", "milano-cortina-2026-freestyle-skiing-women-slopestyle"),
                              ("silver", "eileen-beta", "milano-cortina-2026-freestyle-skiing-women-slopestyle")]


def _team_medals(text: str, names: NameIndex | None = None) -> list[tuple]:
    """(medal, nation, event) of each nation's team medal drafted from a made-up report (whose members it does not name)."""
    try:
        draft = extract_text(text, "a.txt", names=names or NameIndex())
    except Exception:   # nothing drafted
        return []
    return sorted((m.fields["medal"], m.fields["nation"], m.fields["event"]) for m in draft.team_medals())


def _warnings(text: str, names: NameIndex | None = None) -> list[str]:
    try:
        return extract_text(text, "a.txt", names=names or NameIndex()).warnings
    except Exception as error:   # nothing drafted: the warnings are in the message
        return [str(error)]


def test_a_nation_that_has_won_or_defeated_another_to_win_gold_holds_a_team_medal():
    """British copy's 'Canada have won the gold medal' and 'Canada, skipped by A, defeated Denmark 7-5 today to win the ...
    gold medal' are a team's gold (drafted for the members the text or the results data name; here none, so the nation's)."""
    have = "2002-02-22\n\nCanada have won the gold medal in the women's ice hockey at the Salt Lake City Olympics with victory over the United States."
    assert _team_medals(have) == [("gold", "CAN", "salt-lake-city-2002-ice-hockey-women")]
    assert ("gold", "CAN", "salt-lake-city-2002-ice-hockey-women") not in _team_medals(have.replace("have won", "have lost"))
    defeated = ("1998-02-15\n\nKARUIZAWA, Japan (CP) -- Canada, skipped by three-time world champion Sandra Alpha, defeated Denmark 7-5 "
                "today to win the first-ever Olympic women's curling gold medal at the Nagano Olympics.")
    assert _team_medals(defeated) == [("gold", "CAN", "nagano-1998-curling-women"), ("silver", "DEN", "nagano-1998-curling-women")]
    # (a win in the round robin is no medal)
    assert _team_medals(defeated.replace("gold medal", "round-robin game")) == []


def test_a_written_date_alone_on_its_line_below_a_sites_menus_dates_the_report():
    menus = "\n".join(f"  • Menu item {n}" for n in range(12))
    text = (f"source: http://www.example.com/slam/curling.html\n\n{menus}\n\n    Sunday, February 15, 1998\n\n    Canada goes "
            "straight to gold\n\n Anna Alpha of Canada won the Olympic women's downhill today.")
    assert _news(text) == [("gold", "anna-alpha", "nagano-1998-alpine-skiing-women-downhill")]
    # (a date inside a sentence that far down is no dateline)
    assert _news(text.replace("    Sunday, February 15, 1998", "She was born on February 15, 1978, in Oslo.")) == []


def test_took_out_a_rock_with_her_final_stone_is_no_title():
    text = ("date 1998-02-15 At the Nagano Olympics, Anna Alpha of Canada won the women's downhill. Later, in the men's curling, Sandra "
            "Beta of Canada took out a Danish rock with her final stone.")
    assert _news(text) == [("gold", "anna-alpha", "nagano-1998-alpine-skiing-women-downhill")]


def test_the_cross_country_race_of_a_nordic_combined_report_is_its_events_leg():
    text = ("date 2002-02-22 MIDWAY, Utah -- Samppa Alpha completed a sweep of the three Nordic combined events at the Salt Lake City "
            "Games. After leading Thursday's ski-jumping competition, Alpha began the men's 7.5-kilometer cross-country race 15 seconds "
            "ahead of Germany's Ronny Beta. Felix Gamma of Austria moved up eight spots to take the bronze.")
    assert _news(text) == []
    # (a cross-country race of its own is one)
    assert _news(text.replace("Nordic combined", "cross-country").replace("After leading Thursday's ski-jumping competition", "On Friday")) == [
        ("bronze", "felix-gamma", "salt-lake-city-2002-cross-country-skiing-men-7-5-km")]


def test_her_title_defended_in_an_event_is_that_events_gold():
    text = ("2022-02-07\n\nDutch speed skater Ireen Alpha skated into the record books in Beijing on Monday. Alpha defended her title "
            "in the 1500m, setting an Olympic record with a time of one minute 53.28 seconds. Miho Beta of Japan claimed the silver "
            "in 1:53.72, while the bronze went to Antoinette Gamma of the Netherlands.")
    assert _news(text) == [("bronze", "antoinette-gamma", "beijing-2022-speed-skating-women-1500-m"),
                           ("gold", "ireen-alpha", "beijing-2022-speed-skating-women-1500-m"),
                           ("silver", "miho-beta", "beijing-2022-speed-skating-women-1500-m")]
    # (her medal in another event, told in passing, is still not this one)
    assert _news(text.replace("defended her title in the 1500m", "two days after her silver medal in the 1500m")) == []


def test_an_undated_reports_games_from_earlier_games_told_as_so_many_years_ago():
    text = ("source: https://www.example.com/news/bobsled-report/\n\nLatvia's Oskars Alpha and Janis Beta took the bronze in the "
            "two-man bobsled. For the Americans, the event underscored a loss: Steve Gamma won bronze in two-man at the Sochi Games "
            "four years ago.")
    assert _news(text) == [("bronze", "janis-beta", "pyeongchang-2018-bobsleigh-men-two-man"),
                           ("bronze", "oskars-alpha", "pyeongchang-2018-bobsleigh-men-two-man")]
    # (not when the years do not lead to Winter Games, nor in a dated report, whose Games are its date's)
    assert _news(text.replace("four years ago", "three years ago")) == []
    assert _news(text.replace("/news/bobsled-report/", "/2022/02/15/bobsled-report/")) == []


def test_a_two_man_showdown_is_no_bobsleigh_event():
    text = ("date 2014-02-14 SOCHI, Russia — Yuzuru Alpha of Japan won the gold medal in Olympic men's figure skating at the Sochi "
            "Games. Kazakhstan's Denis Beta won bronze in a final that was a two-man showdown between Alpha and Patrick Gamma.")
    assert _news(text) == [("bronze", "denis-beta", "sochi-2014-figure-skating-men-singles"),
                           ("gold", "yuzuru-alpha", "sochi-2014-figure-skating-men-singles")]
    bob = "date 2014-02-17 At the Sochi Games, Alexander Alpha and Alexey Beta of Russia won the two-man bobsled."
    assert _news(bob) == [("gold", "alexander-alpha", "sochi-2014-bobsleigh-men-two-man"), ("gold", "alexey-beta", "sochi-2014-bobsleigh-men-two-man")]


@needs_data
def test_a_medal_of_an_event_the_results_data_does_not_hold_at_those_games_is_not_drafted(data_names):
    """The only Games a report names are another athlete's ('at Lake Placid in 1980'): no women's skeleton was held then, so
    the medal's Games are not those, and nothing is drafted rather than a wrong Games."""
    text = ("WHISTLER: Amy Alpha of Britain won the gold medal in the women's skeleton, ending her country's 30-year wait. This was Britain's first individual gold since Robin Beta won the men's figure skating title "
            "at Lake Placid in 1980.")
    assert _news(text, data_names) == []
    assert any("holds no women's skeleton event at the 1980 Games" in w for w in _warnings(text, data_names))
    # (the same report naming its own Games drafts the medal)
    assert _news(text.replace("WHISTLER:", "WHISTLER, at the Vancouver Olympics:"), data_names) == [
        ("gold", "amy-alpha", "vancouver-2010-skeleton-women")]


def test_a_rival_outraced_or_overtaken_is_not_the_winner():
    text = ("date 2018-02-24 PYEONGCHANG, South Korea (AP) — Ester Alpha of the Czech Republic won the women's parallel giant slalom "
            "snowboarding event. She outraced Selina Beta of Germany to the line in the final and won by .46 seconds.")
    assert _news(text) == [("gold", "ester-alpha", "pyeongchang-2018-snowboarding-women-parallel-giant-slalom")]
    overtook = ("date 2010-03-01 Petter Alpha of Norway won the men's 50km mass start classic cross country skiing gold medal at the "
                "Vancouver Olympic Winter Games. Alpha overtook German Axel Beta in the last meters to win the gold.")
    assert _news(overtook) == [("gold", "petter-alpha", "vancouver-2010-cross-country-skiing-men-50-km-mass-start")]


def test_a_news_sites_address_with_a_dashed_date_and_a_lede_medal_whose_event_comes_later():
    """'.../bs-xpm-2006-02-13-0602130036-story.html' dates the report; 'Armin Alpha, the reigning Olympic luge champion, ...
    winning his country's first gold medal of these Winter Games' is the gold of the report's one event, named paragraphs
    later ('in men's singles')."""
    text = ("source: https://www.example.com/news/bs-xpm-2006-02-13-0602130036-story.html\n\nCESANA PARIOL, Italy -- Hometown boy "
            "made good.\n\nIn the biting mountain cold, Armin Alpha of Italy, the reigning Olympic luge champion, warmed Italian "
            "hearts last night, winning his country's first gold medal of these Winter Games.\n\nAs a crowd cheered, Alpha held off "
            "a rival.\n\nThe United States has not won a medal in men's singles since the sport was added to the Olympics in 1964. "
            "Latvian long shot Martins Beta of Latvia was 0.247 back to earn the bronze.")
    assert _news(text) == [("bronze", "martins-beta", "turin-2006-luge-men-singles"), ("gold", "armin-alpha", "turin-2006-luge-men-singles")]
    # (a lede naming another sport than the report's one event is not that event's medal)
    assert ("gold", "armin-alpha", "turin-2006-luge-men-singles") not in _news(text.replace("luge champion", "bobsleigh champion"))


@needs_data
def test_a_crew_or_team_medal_before_2018_that_the_results_data_contradicts_is_not_drafted(data_names):
    """An undated report whose only Games are told in passing ('after the team's poor showing in Sochi in 2014') read a
    curling gold as 2014's; the data has John Shuster in the 2014 men's curling with no medal, and team rows before 2018
    are complete, so the medal is not drafted (from 2018 on the data's team rows have no medal: nothing is judged)."""
    text = ("Led by four-time Olympian John Shuster, the U.S.A. won its first-ever gold medal in men's curling, beating Sweden 10-7. "
            "Shuster was nearly kicked out of the national program after the team's poor showing in Sochi in 2014.")
    assert _news(text, data_names) == []
    assert any("has John Shuster in 'Curling Men's Curling' at the 2014 Games with no medal" in w for w in _warnings(text, data_names))

    # "the inaugural women's Olympic bobsled race": the sex before an Olympic word (and 2002's one women's bobsleigh event)
    bob = ("date 2002-02-20 PARK CITY, Utah — Jill Alpha and Vonetta Beta of the United States won the gold medal in the inaugural "
           "women's Olympic bobsled race at the Salt Lake City Games.")
    assert _news(bob, data_names) == [("gold", "jill-alpha", "salt-lake-city-2002-bobsleigh-women-two-woman"),
                                      ("gold", "vonetta-beta", "salt-lake-city-2002-bobsleigh-women-two-woman")]


def test_more_news_phrasings_of_the_eleventh_session():
    # a dateline with a colon names its host city's Games: "BEIJING: "
    roundup = ("BEIJING: Snowboarder Zoi Alpha of New Zealand made history yesterday. Alpha held her nerve to take the women's "
               "snowboard slopestyle title with the last run of the competition. New Zealand had previously won a bronze at the "
               "2018 Pyeongchang Games. Freestyle skier Jakara Beta of Australia won the women's moguls gold.")
    assert _news(roundup) == [("gold", "jakara-beta", "beijing-2022-freestyle-skiing-women-moguls"),
                              ("gold", "zoi-alpha", "beijing-2022-snowboarding-women-slopestyle")]
    # "seven more pairs of skaters": speed skaters two by two, not the pairs event
    pairs = ("date 2006-02-19 At the Turin Olympics, Marianne Alpha of the Netherlands won the women's 1,000 meters speed skating. "
             "Alpha set an early time and then had to wait for seven more pairs of skaters to go. Cindy Beta of Canada was second.")
    assert _news(pairs) == [("gold", "marianne-alpha", "turin-2006-speed-skating-women-1000-m"),
                            ("silver", "cindy-beta", "turin-2006-speed-skating-women-1000-m")]


@needs_data
def test_a_man_wins_no_womens_event_by_the_results_data(data_names):
    """A medal read under the women's event for an athlete the results data has as a man (at those Games, by the same name
    or its variant) is a misreading ("he won the downhill combined" read under the women's downhill a sentence named): not
    drafted, with a warning; a made-up name the data does not know is not judged."""
    text = "date 1994-02-26 LILLEHAMMER — Lasse Kjus of Norway won the women's downhill at the Lillehammer Olympics."
    assert _news(text, data_names) == []
    assert any("has Lasse Kjus" in w and "as a man" in w for w in _warnings(text, data_names))
    assert _news(text.replace("Lasse Kjus", "Lasse Alpha"), data_names) == [("gold", "lasse-alpha", "lillehammer-1994-alpine-skiing-women-downhill")]


def test_news_readings_of_the_fourth_round():
    # a sport inside quotation marks is no event's: a cross-country skier's relay, beside "the King of Biathlon"
    relay = ("date 2018-02-21 PYEONGCHANG — Norwegian cross-country skier Marit Alpha sealed her place among the greats. She had "
             "already equalled the record held by her compatriot Ole Beta, dubbed “the King of Biathlon”, when she won gold in the "
             "women’s 4 x 5 kilometre cross-country relay.")
    assert all("biathlon" not in event for _, _, event in _news(relay))
    # skeleton's "men's individual" is the discipline's event for men
    skeleton = "date 2026-02-20 CORTINA — Britain's Matt Alpha captured the men's individual skeleton gold at the Milan Cortina Games."
    assert _news(skeleton) == [("gold", "matt-alpha", "milano-cortina-2026-skeleton-men")]
    # "in the 5,000 relay" of a short track report is the relay; a rival "upset" is an object, not the winner
    track = ("date 2006-02-26 TURIN — Apolo Alpha of the United States made this another Olympics to remember at the short track. "
             "Alpha upset favored South Korean Ahn Beta to win gold in the men's 500 meters Saturday. Ahn and his South Korean teammates "
             "came back to win gold in the 5,000 relay.")
    assert _news(track) == [("gold", "ahn-beta", "turin-2006-short-track-speed-skating-men-5000-m-relay"),
                            ("gold", "apolo-alpha", "turin-2006-short-track-speed-skating-men-500-m")]


def test_news_readings_of_the_fifth_round():
    # "individual" names no short track event (an adjective: "the first individual short track gold"); short track's
    # "mixed team relay" is its mixed relay, luge's alone is the team relay
    track = ("date 2022-02-07 BEIJING — Arianna Alpha of Italy won individual short track gold in the "
             "women's 500m. Suzanne Beta of the Netherlands finished second and earned the silver medal. Alpha won a silver medal "
             "in the mixed team relay to start these Olympics.")
    assert _news(track) == [("gold", "arianna-alpha", "beijing-2022-short-track-speed-skating-women-500-m"),
                            ("silver", "arianna-alpha", "beijing-2022-short-track-speed-skating-mixed-relay"),
                            ("silver", "suzanne-beta", "beijing-2022-short-track-speed-skating-women-500-m")]
    # "got the silver"; "USA Luge" does not end the report's event; "who won the last three gold medals" are golds of Games before
    luge = ("date 2026-02-10 CORTINA — Julia Alpha of Germany rolled to the win in the women's singles race at the Milan Cortina "
            "Olympics, nearly a second ahead of Latvia's Elina Beta, who got the silver. Ashley Gamma of the United States got the bronze, the third singles medal ever for "
            "USA Luge. Alpha took over the crown from now-retired German great Natalie Delta, who won the last three gold medals.")
    assert _news(luge) == [("bronze", "ashley-gamma", "milano-cortina-2026-luge-women-singles"),
                           ("gold", "julia-alpha", "milano-cortina-2026-luge-women-singles"),
                           ("silver", "elina-beta", "milano-cortina-2026-luge-women-singles")]
    # "the pairs title went to A and B": the event named in the words that give the medal away, not the sentence's first
    pairs = ("date 2014-02-20 SOCHI — Anna Alpha of Russia won the women's figure skating singles. It is a first women's singles "
             "gold medal ever for Russia, after the pairs title went to Tatiana Beta and Maxim Gamma of Russia.")
    assert _news(pairs) == [("gold", "anna-alpha", "sochi-2014-figure-skating-women-singles"),
                            ("gold", "maxim-gamma", "sochi-2014-figure-skating-mixed-pairs"),
                            ("gold", "tatiana-beta", "sochi-2014-figure-skating-mixed-pairs")]


@needs_data
def test_the_results_data_places_a_medal_the_text_leaves_under_no_event_or_the_other_sexs(data_names):
    """A lede's medal told before any event, in a report naming several, goes to the one event the results data has it in
    (Sotnikova's gold: the women's singles, not the pairs or the men's); a medal read under the men's event for a woman the
    data knows goes to the article's women's event of that kind if the data has it there (Kostner's bronze), each with a
    warning; a Korean family name alone ("Kim") is the full name's seen before, the nation coming from the data."""
    text = ("date 2014-02-20\n\nRussia's Adelina Sotnikova wins the Sochi Olympic gold medal.\n\n"
            "SOCHI — Sotnikova overtook Kim Yuna in the free skate. It is a first women's singles gold medal ever for Russia and a "
            "third figure skating gold, after "
            "the pairs title went to Tatiana Volosozhar and Maxim Trankov.\n\nIt also shifts the focus from Evgeny Plushenko's "
            "withdrawal from the men's individual competition.\n\nKim put in a superb free skate but had to settle for silver. "
            "The bronze went to Carolina Kostner of Italy.")
    assert _news(text, data_names) == [("bronze", "carolina-kostner", "sochi-2014-figure-skating-women-singles"),
                                       ("gold", "adelina-sotnikova", "sochi-2014-figure-skating-women-singles"),
                                       ("gold", "maxim-trankov", "sochi-2014-figure-skating-mixed-pairs"),
                                       ("gold", "tatiana-volosozhar", "sochi-2014-figure-skating-mixed-pairs"),
                                       ("silver", "kim-yuna", "sochi-2014-figure-skating-women-singles")]
    warnings = _warnings(text, data_names)
    assert any("nation of Kim Yuna is KOR, from results data 'Yu-Na Kim' (KOR, 2014 Games, variant match" in w for w in warnings)
    assert any("Adelina Sotnikova: its event, named nowhere near it, is the one the results data has it in" in w for w in warnings)
    assert any("bronze medal of Carolina Kostner read under the men's event; drafted under the women's" in w for w in warnings)


def test_a_name_of_the_facts_gives_way_to_the_results_datas_variant_at_the_games_read():
    """ "Ted Ligety" of a facts file (no Games) and the data's 'Theodore Sharp "Ted" Ligety' of 2006: at those Games the
    data's row answers (its sex and medals are then known), elsewhere the exact name; a Korean name of the data in the
    other order ("Yu-Na Kim") is the news's "Kim Yuna"."""
    index = NameIndex()
    index.add_row("Ted Ligety", "USA", "M", None, None)
    index.add_row('Theodore Sharp "Ted" Ligety', "USA", "M", 2006, "Alpine Skiing", "Alpine Skiing Men's Combined", "Gold")
    at_games = index.match("Ted Ligety", games=2006)
    assert (at_games.name, at_games.how, at_games.games) == ('Theodore Sharp "Ted" Ligety', "variant", 2006)
    assert (index.match("Ted Ligety").name, index.match("Ted Ligety").how) == ("Ted Ligety", "exact")
    index.add_row("Yu-Na Kim", "KOR", "F", 2010, "Figure Skating", "Figure Skating Women's Singles", "Gold")
    assert index.match("Kim Yuna", games=2010).name == "Yu-Na Kim"
    assert index.match("Kim Yu-na", games=2010).name == "Yu-Na Kim"


def test_a_world_cup_title_that_describes_the_winner_names_no_other_competition():
    text = ("date 2006-02-20 TURIN — Benjamin Alpha of Austria, the overall World Cup leader, won the men's giant slalom yesterday. "
            "Joel Beta of France got the silver.")
    assert _news(text) == [("gold", "benjamin-alpha", "turin-2006-alpine-skiing-men-giant-slalom"),
                           ("silver", "joel-beta", "turin-2006-alpine-skiing-men-giant-slalom")]
    elsewhere = text.replace(", the overall World Cup leader,", "").replace("yesterday", "at the World Cup in Kranjska Gora")
    assert ("silver", "joel-beta", "turin-2006-alpine-skiing-men-giant-slalom") not in _news(elsewhere)


def test_an_address_with_the_date_in_eight_digits_dates_the_report():
    """ "/sport/loch-dominates-luge-20100215-o2y7.html": the report's date, so its Games are 2010's, not those of a year
    the text names in passing ("at the 1968 Olympics")."""
    text = ("source: https://www.theage.com.au/sport/alpha-dominates-luge-20100215-o2y7.html\n\nFelix Alpha of Germany won gold "
            "in the men's singles luge, well ahead of his teammates. Fleming won the gold medal in figure skating at the 1968 Olympics.")
    assert _news(text) == [("gold", "felix-alpha", "vancouver-2010-luge-men-singles")]


@needs_data
def test_a_round_ups_lone_format_of_its_sport_and_a_respectively_of_one_skater(data_names):
    """In a round-up's speed skating paragraph "the team pursuit" alone is that sport's event (the results data has one at
    those Games), so "clinched the team pursuit gold medal" is its gold, not the 500 m's named before; "also won silver
    and bronze in the 1,500 and 1,000 meters, respectively" gives one skater each medal in its event."""
    text = ("date 2018-02-25\n\nPYEONGCHANG — Girl power brought success on the speed skating track. Japan's Nao Kodaira won the "
            "500 meters, Japan's Nana Takagi won the mass start and was part of the group, alongside her younger sister Miho, that "
            "clinched the team pursuit gold medal.\n\nJapan's Miho Takagi also won silver and bronze in the 1,500 and 1,000 "
            "meters, respectively.")
    drafted = _news(text, data_names)
    assert ("gold", "nana-takagi", "pyeongchang-2018-speed-skating-women-team-pursuit") in drafted
    assert ("gold", "nana-takagi", "pyeongchang-2018-speed-skating-women-500-m") not in drafted
    assert ("silver", "miho-takagi", "pyeongchang-2018-speed-skating-women-1500-m") in drafted
    assert ("bronze", "miho-takagi", "pyeongchang-2018-speed-skating-women-1000-m") in drafted
    assert ("gold", "nao-kodaira", "pyeongchang-2018-speed-skating-women-500-m") in drafted


def test_the_event_inside_the_medal_words_is_the_medals():
    text = "date 2018-02-21 PYEONGCHANG — Anna Alpha of Austria took the women's downhill gold medal and was fifth in the women's super-G."
    assert _news(text) == [("gold", "anna-alpha", "pyeongchang-2018-alpine-skiing-women-downhill")]


def test_the_winter_games_by_their_number_and_a_skiathlon_told_by_its_halves():
    numbered = ("24th Winter Olympic Games Hosts: Beijing, China Dates : 4-20 February\n\n"
                "Anna Alpha of Norway won the women's mass start biathlon.")
    assert _news(numbered) == [("gold", "anna-alpha", "beijing-2022-biathlon-women-mass-start")]
    assert _news(numbered.replace("24th", "23rd")) == [("gold", "anna-alpha", "pyeongchang-2018-biathlon-women-mass-start")]
    halves = "Therese Alpha of Norway won the women's skiathlon 7.5km + 7.5km at the Beijing Olympics."
    assert _news(halves) == [("gold", "therese-alpha", "beijing-2022-cross-country-skiing-women-skiathlon")]
    # (the id names the skiathlon by its format, one a sex and Games; its name keeps the whole race's distance)
    event = extract_text(halves, "a.txt", names=NameIndex()).of_type("event")[0].fields
    assert (event["event"], event["name"]) == ("beijing-2022-cross-country-skiing-women-skiathlon", "Women's 15 km skiathlon")


@needs_data
def test_men_read_under_the_womens_mass_start_go_to_the_mens_by_the_results_data(data_names):
    """The 2022 data labels ("Biathlon Mass Start (15 kilometres), Men") are read for their sport, so a man's medal read under
    the women's mass start moves to the article's men's one where the data has it; a near spelling of a name of those Games
    ("Ponsilouma" for Ponsiluoma) is judged too."""
    text = ("24th Winter Olympic Games Hosts: Beijing, China\n\nBo's victory in the men's mass start biathlon was his fourth gold "
            "of the Games.\n\nJustine Braisaz-Bouchet of France took gold in the women's mass start event.\n\nMartin Ponsilouma of "
            "Sweden took silver with another Norwegian, Vetle Sjaastad Christiansen, winning bronze.")
    assert _news(text, data_names) == [("bronze", "vetle-sjastad-christiansen", "beijing-2022-biathlon-men-mass-start"),
                                       ("gold", "justine-braisaz-bouchet", "beijing-2022-biathlon-women-mass-start"),
                                       ("silver", "martin-ponsilouma", "beijing-2022-biathlon-men-mass-start")]


def test_news_games_readings_of_the_twelfth_session():
    # "XXIII Olympic Winter Games" (Roman numerals) before a past Games the report names ("at Vancouver 2010")
    roman = ("XXIII Olympic Winter Games\nVenue: Pyeongchang, South Korea\n\nThe Netherlands' Kjeld Alpha won the men's 1,000m "
             "speed skating final. Norway have won 36 medals, one short of the record set by USA at Vancouver 2010.")
    assert _news(roman) == [("gold", "kjeld-alpha", "pyeongchang-2018-speed-skating-men-1000-m")]
    # "the 2026 Milan-Cortina d’Ampezzo Winter Olympics": a year and a host as the report spells it; "a bronze in the mass
    # start in Beijing" is another Games' event, and the next medals are the report's event's
    spelled = ("Host nation Italy claimed its first gold medal of the 2026 Milan-Cortina d’Ampezzo Winter Olympics in women’s "
               "speedskating.\nFrancesca Alpha of Italy won the women’s 3,000 meters at the Milan Ice Skating Arena. Including a "
               "bronze in the women's mass start in Beijing, it was her third career Olympic medal.\nRagne Beta of Norway took silver.")
    assert _news(spelled) == [("gold", "francesca-alpha", "milano-cortina-2026-speed-skating-women-3000-m"),
                              ("silver", "ragne-beta", "milano-cortina-2026-speed-skating-women-3000-m")]
    # an undated report that says "Winter Olympics" and names one Winter host city only (its "OSLO:" dateline of 1952 aside)
    oslo = ("OSLO: Norwegian cross-country skiing star Marit Alpha, who won an eighth gold medal at last month's Winter Olympics, "
            "announced her retirement. She took bronze in the women's team sprint freestyle in Pyeongchang.")
    assert _news(oslo) == [("bronze", "marit-alpha", "pyeongchang-2018-cross-country-skiing-women-team-sprint")]
    # biathlon's pursuit is named by its format whatever distance the report gives
    pursuit = "date 2002-02-16 SALT LAKE CITY — Ole Alpha of Norway won the men's 12.5-kilometer pursuit biathlon."
    assert _news(pursuit) == [("gold", "ole-alpha", "salt-lake-city-2002-biathlon-men-pursuit")]


@needs_data
def test_a_skating_distance_goes_to_the_skating_sport_where_the_results_data_has_its_medals(data_names):
    """ "Zhou Yang of China won her second consecutive gold medal in the women's 1,500 meters" after a speed skating paragraph:
    the results data has her gold, and Ahn's and Grigorev's (a near spelling), in short track, so those events are short
    track's (warned); a medal told "in Salt Lake" in a 2010 report is not confirmed for 2010 by the data."""
    text = ("date 2014-02-15 SOCHI, Russia — Zbigniew Brodka of Poland won the men's 1,500 meters speed skating.\n\n"
            "Zhou Yang of China won her second consecutive gold medal in the women's 1,500 meters. Viktor Ahn of Russia won gold in "
            "the men's 1,000, with teammate Vladimir Grigorev taking the silver.")
    assert _news(text, data_names) == [("gold", "viktor-ahn", "sochi-2014-short-track-speed-skating-men-1000-m"),
                                       ("gold", "zbigniew-brodka", "sochi-2014-speed-skating-men-1500-m"),
                                       ("gold", "zhou-yang", "sochi-2014-short-track-speed-skating-women-1500-m"),
                                       ("silver", "vladimir-grigorev", "sochi-2014-short-track-speed-skating-men-1000-m")]
    salt_lake = ("date 2010-02-13 VANCOUVER — Simon Ammann of Switzerland won the normal hill ski jumping. Silver went to Poland's Adam "
                 "Malysz. Malysz, 32, won bronze in the normal hill and silver in the large hill in Salt Lake.")
    assert ("silver", "adam-malysz", "vancouver-2010-ski-jumping-men-large-hill") not in _news(salt_lake, data_names)


def test_a_when_clause_after_another_competition_tells_that_competitions_medal():
    text = ("Winter Olympics / Skiing: Alpha winds back the clock at Lillehammer\n\nGermany's Markus Alpha earned the biggest title "
            "of his career yesterday, nine years after his breakthrough at the 1985 World Championships.\n\nWhen he took the giant "
            "slalom crown in Bormio, Italy, he was a footloose racer.\n\nAlpha won the men's super-G by 0.08 seconds.")
    assert _news(text) == [("gold", "markus-alpha", "lillehammer-1994-alpine-skiing-men-super-g")]


def test_news_readings_of_news_29_and_30():
    # "SALT LAKE CITY - " (a dateline with a hyphen) names the report's Games, not the "Nagano Olympics in 1998" told after
    hyphen = ("SALT LAKE CITY - Sarah Alpha of the United States took the women's figure skating gold medal yesterday. This was not what Michelle Beta had waited four years to do after "
              "settling for silver at the Nagano Olympics in 1998.")
    assert _news(hyphen) == [("gold", "sarah-alpha", "salt-lake-city-2002-figure-skating-women-singles")]
    # "an Olympic record set at altitude in Salt Lake City in 2002": a record's Games, not the report's (none named: nothing)
    record = ("RICHMOND, British Columbia - Dutch speedskater Sven Alpha won the gold medal in the men's 5,000 meters in a games "
              "record, shaving six hundredths off Jochem Beta's Olympic record set at altitude in Salt Lake City in 2002.")
    assert _news(record) == []
    # "won the gold medal in the Nordic combined after finishing first in the 15-kilometer cross-country race": the race is
    # the Nordic combined's leg, no cross-country event
    combined = ("date 2002-02-17\n\nMIDWAY, Utah — Samppa Alpha of Finland won the gold medal in the Nordic combined at the Salt Lake "
                "City Olympics Sunday after finishing first in the men's 15-kilometer cross-country race.\nJaakko Beta, also of Finland, won "
                "the silver.")
    assert all("cross-country-skiing" not in event for _, _, event in _news(combined))
    # a report of one skeleton event (no sex said) names a freestyle event in passing: its medals are not that event's
    skeleton = ("Winter Olympics 2018: Lizzy Alpha retains skeleton gold\n\nLizzy Alpha of Britain claimed the skeleton gold on "
                "Saturday.\n\nGermany’s Jacqueline Beta took the silver.\n\nTheir two medals, along with a bronze for Izzy Gamma of "
                "Britain earlier in the women's freestyle skiing slopestyle, made it the country's greatest day in the Winter Games.")
    assert ("silver", "jacqueline-beta", "pyeongchang-2018-freestyle-skiing-women-slopestyle") not in _news(skeleton)


@needs_data
def test_a_biathlon_distance_alone_is_the_results_datas_event_of_that_distance(data_names):
    text = ("date 2006-02-25 TURIN — Michael Greis of Germany won the men's 15km mass start biathlon. Greis also won the men's 20km "
            "biathlon race.")
    assert ("gold", "michael-greis", "turin-2006-biathlon-men-individual") in _news(text, data_names)


def test_news_readings_of_news_31_and_32():
    # a masthead's founding date ("Est. May 19, 1883") is not the report's; the address's date is
    masthead = ("source: https://www.spokesman.com/stories/1998/feb/11/alpha-strikes-gold\n\nThe Spokesman-Review Newspaper\n"
                "Spokane, Washington  Est. May 19, 1883\n\nPicabo Alpha of the United States charged to an Olympic gold in the "
                "women's super-G.")
    assert _news(masthead) == [("gold", "picabo-alpha", "nagano-1998-alpine-skiing-women-super-g")]
    # "the men's giant slalom" of a report whose one sport is snowboarding; "finished first in the morning run" is a run's place
    board = ("date 1998-02-08 NAGANO, Japan — Snowboarding made its Olympic debut on Sunday. Ross Alpha of Canada won the "
             "men's giant slalom. Ueli Beta of Switzerland was third. "
             "Jasey Gamma of Canada, who finished first in the morning run, dropped to 15th place.")
    assert _news(board) == [("bronze", "ueli-beta", "nagano-1998-snowboarding-men-giant-slalom"),
                            ("gold", "ross-alpha", "nagano-1998-snowboarding-men-giant-slalom")]


def test_a_relay_read_under_speed_skating_is_short_tracks():
    text = ("date 2006-02-26 TURIN, Italy (AP) -- South Korea's Ahn Alpha led his country to its sixth gold medal in eight "
            "short-track speedskating events, winning the men's 5,000-meter relay in an Olympic record time Saturday night. Apolo "
            "Beta of the United States took bronze in the relay.")
    assert _news(text) == [("bronze", "apolo-beta", "turin-2006-short-track-speed-skating-men-5000-m-relay")]


@needs_data
def test_a_medal_read_under_an_event_its_athlete_did_not_enter_moves_where_the_results_data_has_it(data_names):
    """A medal read under an event the results data has its athlete not even enter at those Games (by the same name, or a
    variant keeping every word of the text's) goes to the article's one event where the data has it, else to the data's one
    event of that medal in the discipline read, warned; with neither, it is dropped. A made-up name is not judged."""
    dance = ("date 2006-02-20 TURIN, Italy -- Tatyana Navka and Roman Kostomarov of Russia made it three out of three for "
             "Russian figure skaters at the Winter Olympics. Navka and Kostomarov gave Russia a gold medal hat trick -- pairs, men's and dance.")
    assert _news(dance, data_names) == [("gold", "roman-kostomarov", "turin-2006-figure-skating-mixed-ice-dance"),
                                        ("gold", "tatyana-navka", "turin-2006-figure-skating-mixed-ice-dance")]
    assert any("gold medal of Tatyana Navka read under an event Tatyana Aleksandrovna Navka did not enter at the 2006 Games "
               "(turin-2006-figure-skating-mixed-pairs)" in w for w in _warnings(dance, data_names))
    made_up = dance.replace("Tatyana Navka", "Tatyana Alpha").replace("Roman Kostomarov", "Roman Beta").replace("Navka", "Alpha").replace("Kostomarov", "Beta")
    assert _news(made_up, data_names) == [("gold", "roman-beta", "turin-2006-figure-skating-mixed-pairs"),
                                          ("gold", "tatyana-alpha", "turin-2006-figure-skating-mixed-pairs")]
    # the article's own event where the data has it: a ski jumper third, read under the Alpine combined a sentence named
    jump = ("date 1994-02-25 LILLEHAMMER — Espen Bredesen's two jumps off the normal hill gave Norway the day, thrown in with the "
            "three medals won by Norwegians in the men's Alpine combined earlier in the day. German Dieter Thoma was third.")
    assert ("bronze", "dieter-thoma", "lillehammer-1994-ski-jumping-men-normal-hill") in _news(jump, data_names)
    assert not any(athlete == "dieter-thoma" and "combined" in event for _, athlete, event in _news(jump, data_names))
    # no such event: dropped, and said
    alpine = "date 1994-02-25 LILLEHAMMER — Dieter Thoma of Germany was third in the men's Alpine combined."
    assert _news(alpine, data_names) == []
    assert any("bronze medal of Dieter Thoma not drafted: the results data has Dieter Thoma at the 1994 Games only in" in w
               for w in _warnings(alpine, data_names))


@needs_data
def test_what_the_data_leaves_unsaid_or_names_otherwise_does_not_move_a_medal(data_names):
    """Not moved: a medal whose event the data names without the text's format ("Men's 50 kilometres" of 2010, the text's
    "50 km mass start"), a cross-country pursuit the data calls a skiathlon, a skating distance read under the other skating
    sport (judged later), and a name the data has only as a variant dropping one of the text's words ("Lee Kang-seok" is not
    the data's "Lee Ho-Seok")."""
    mass = "date 2010-02-28 WHISTLER — Petter Northug of Norway won the men's 50 km mass start at the Vancouver Olympics."
    assert _news(mass, data_names) == [("gold", "petter-northug", "vancouver-2010-cross-country-skiing-men-50-km-mass-start")]
    pursuit = "date 2006-02-12 PRAGELATO — Pietro Piller Cottrer of Italy won the bronze in the men's cross-country pursuit at the Turin Olympics."
    assert _news(pursuit, data_names) == [("bronze", "pietro-piller-cottrer", "turin-2006-cross-country-skiing-men-pursuit")]
    track = "date 2014-02-21 SOCHI — China's Zhou Yang won the women's 1,500 meters at the Sochi Olympics, her second straight gold in it."
    assert ("gold", "zhou-yang", "sochi-2014-short-track-speed-skating-women-1500-m") in _news(track, data_names)
    lee = "date 2006-02-14 TURIN — South Korea's Lee Kang-seok won the bronze in the men's 500 meters speed skating at the Turin Olympics."
    assert _news(lee, data_names) == [("bronze", "lee-kang-seok", "turin-2006-speed-skating-men-500-m")]


def test_two_double_hyphens_do_not_join_the_sentences_between_them():
    """pysbd keeps "TURIN, Italy -- A won. B took silver -- a first." as one sentence; the sentences are split as usual."""
    text = ("date 2006-02-20\n\nTURIN, Italy -- Anna Alpha of Russia won the women's figure skating singles at the Winter Olympics. "
            "Berta Beta of Italy took the silver -- her first medal.")
    assert _news(text) == [("gold", "anna-alpha", "turin-2006-figure-skating-women-singles"),
                           ("silver", "berta-beta", "turin-2006-figure-skating-women-singles")]
    assert [s.text for s in _sentences(text)][-2:] == [
        "TURIN, Italy -- Anna Alpha of Russia won the women's figure skating singles at the Winter Olympics.",
        "Berta Beta of Italy took the silver -- her first medal."]


def test_the_mixed_team_events_of_snowboard_cross_and_aerials():
    """"the mixed team snowboard cross" and "the title in mixed aerials" are the mixed team events the results data names
    "Team Cross" and "Team Aerials" (ids `...-mixed-team-snowboard-cross`, `...-mixed-team-aerials`); each member named wins."""
    cross = ("date 2022-02-12\n\nBEIJING -- Americans Lindsey Alpha and Nick Beta won the mixed team snowboard cross, making Beta "
             "the oldest ever Olympic snowboarding medalist.")
    assert _news(cross) == [("gold", "lindsey-alpha", "beijing-2022-snowboarding-mixed-team-snowboard-cross"),
                            ("gold", "nick-beta", "beijing-2022-snowboarding-mixed-team-snowboard-cross")]
    aerials = ("date 2026-02-21\n\nMILAN (AP) -- The United States won its 11th gold medal of the Games when the American trio of "
               "Kaila Alpha, Connor Beta and Chris Gamma took the title in mixed aerials.")
    assert _news(aerials) == [("gold", "chris-gamma", "milano-cortina-2026-freestyle-skiing-mixed-team-aerials"),
                              ("gold", "connor-beta", "milano-cortina-2026-freestyle-skiing-mixed-team-aerials"),
                              ("gold", "kaila-alpha", "milano-cortina-2026-freestyle-skiing-mixed-team-aerials")]


@needs_data
def test_a_race_by_its_distance_is_the_one_sports_and_a_lone_format_of_another_sport_is_not_joined_to_it(data_names):
    """"the 50-kilometer mass start race" of 2026 is cross-country skiing's (the one sport with a 50 km race then, in the
    results data's labels); "the women's mass start" of the speed skating paragraph after it is speed skating's own event,
    not joined to the cross-country race because it shares its format; its gold "also went to a Dutch skater: reigning
    world champion" of the name after."""
    text = ("date 2026-02-21\n\nMILAN (AP) — Anders Alpha of Norway completed his sweep of the men's events on Saturday.\n\n"
            "Alpha's triumph in the 50-kilometer mass start race was his sixth victory at the Milan Cortina Games, with Bernt "
            "Beta of Norway taking silver.\n\nCarl Gamma of the United States missed out on a third gold in long track "
            "speedskating, finishing fourth in the mass start.\n\nThe gold in the women's mass start also went to a Dutch skater: "
            "reigning world champion Marijke Delta of the Netherlands. Ivana Epsilon of Canada was the silver medalist, followed by "
            "Mia Zeta of the United States with the bronze.")
    assert _news(text, data_names) == [("bronze", "mia-zeta", "milano-cortina-2026-speed-skating-women-mass-start"),
                                       ("gold", "anders-alpha", "milano-cortina-2026-cross-country-skiing-men-50-km-mass-start"),
                                       ("gold", "marijke-delta", "milano-cortina-2026-speed-skating-women-mass-start"),
                                       ("silver", "bernt-beta", "milano-cortina-2026-cross-country-skiing-men-50-km-mass-start"),
                                       ("silver", "ivana-epsilon", "milano-cortina-2026-speed-skating-women-mass-start")]


def test_a_name_told_as_anothers_compatriot_is_not_the_pronoun_after_it():
    """"the record held by her compatriot Ole Alpha ... when she won gold in the women's relay": the gold is not his."""
    text = ("date 2018-02-22\n\nPYEONGCHANG — Marit Beta of Norway won bronze in the women's 30 km mass start. The 37-year-old had "
            "already equalled the record held by her compatriot Ole Alpha when she won gold in the women's 4 x 5 kilometre "
            "cross-country relay.")
    assert all(athlete != "ole-alpha" for _, athlete, _ in _news(text))
    assert ("bronze", "marit-beta", "pyeongchang-2018-cross-country-skiing-women-30-km-mass-start") in _news(text)


@needs_data
def test_a_russian_name_of_the_data_under_roc_and_under_rus_is_one_athlete(data_names):
    """The data's "Vic Wild" of 2018 and 2022 (ROC) and its 'Victor Ivan "Vic" Wild' of 2014 (RUS) are one man: at the 2014
    Games the 2014 row answers, so his gold read under the women's event moves to the men's, where the data has it."""
    match = data_names.match("Vic Wild", games=2014)
    assert (match.name, match.noc, match.games) == ('Victor Ivan "Vic" Wild', "RUS", 2014)
    text = ("date 2014-02-22\n\nSOCHI — Julia Dujmovits of Austria won the women's parallel slalom. Russian snowboarder Vic Wild "
            "managed to beat all his rivals in the men's parallel slalom event, bagging the gold medal.")
    assert ("gold", "vic-wild", "sochi-2014-snowboarding-men-parallel-slalom") in _news(text, data_names)


def test_an_appositives_event_a_nations_clause_and_the_sport_before_mixed():
    # "A, who won the four-man event at Vancouver, ... stayed in the bronze medal position": the appositive describes him
    bob = ("date 2014-02-18\n\nSOCHI — Alexander Alpha and Alexey Beta of Russia won the two-man bobsleigh at the Sochi Olympics. "
           "American pilot Steve Gamma, who won the four-man event at Vancouver, and was third after the first day, stayed in "
           "the bronze medal position.")
    assert ("bronze", "steve-gamma", "sochi-2014-bobsleigh-men-two-man") in _news(bob)
    assert not any(event.endswith("four-man") for _, _, event in _news(bob))
    # "..., and South Korea added another gold to its total after the short-track relay": the relay is the nation's clause's
    clause = ("date 2018-02-20\n\nPYEONGCHANG — France's Martin Alpha made history when he won his third gold medal at the "
              "Pyeongchang Olympics, and South Korea added another gold to its total after the short-track 3,000-meter relay.")
    assert _news(clause) == []
    assert any("medal of Martin Alpha (gold) not drafted: the event named is another athlete's" in w for w in _warnings(clause))
    # "anchoring his team to victory in the biathlon mixed relay": his event, its sport before "mixed"
    relay = ("date 2018-02-20\n\nPYEONGCHANG — Martin Alpha of France on Tuesday night earned a third gold medal at the Pyeongchang "
             "Winter Games by anchoring his team to victory in the biathlon mixed relay.")
    assert _news(relay) == [("gold", "martin-alpha", "pyeongchang-2018-biathlon-mixed-relay")]


def test_a_look_back_dated_in_other_games_time_is_about_the_games_it_dates():
    """A 2014 address, no word of the 2014 Games, and one Games told by a day of theirs ("on the afternoon of Feb. 15, 1994 in
    Lillehammer ... stunned the Winter Olympics"): the report's Games are 1994's. A 2006 report that names the 2002 Games
    in passing, by no day of theirs, stays 2006's."""
    back = ("source: https://www.example.com/story/history/2014/02/15/feb-15-the-golden-run/1/\n\nFeb. 15 - The Golden Run\n\n"
            "“It was the most unbelievable thing I’ve seen,” her coach proclaimed on the afternoon of Feb. 15, 1994 in "
            "Lillehammer, Norway when American Diann Alpha stunned the Winter Olympics by winning the women’s Super-G and giving the United "
            "States a most unexpected gold medal.")
    assert _news(back) == [("gold", "diann-alpha", "lillehammer-1994-alpine-skiing-women-super-g")]
    passing = ("source: https://www.example.com/archives/2006/02/21/1\n\nMarianne Beta of the Netherlands won gold in the women's "
               "1,000m speed skating. A coach had been banned from the Olympics for blood transfusions at "
               "the 2002 Salt Lake City Games.")
    assert _news(passing) == [("gold", "marianne-beta", "turin-2006-speed-skating-women-1000-m")]


def test_a_when_clause_of_another_year_tells_that_years_medals():
    text = ("date 2006-02-24\n\nTURIN — Shizuka Alpha of Japan won the women's figure skating singles at the Turin Olympics. "
            "When Midori Beta of Japan finished second to Kristi Gamma of the United States in 1992, Beta apologized.")
    assert _news(text) == [("gold", "shizuka-alpha", "turin-2006-figure-skating-women-singles")]


def test_nordic_combined_by_its_legs_and_a_nations_team_named_after_as():
    # "dominating the large hill ski jumping and 10km cross-country race" of a Nordic combined gold: its event, not ski jumping
    legs = ("date 2026-02-19\n\nPREDAZZO — Norway's Jens Alpha claimed his second Nordic combined gold of the Games, dominating the "
            "large hill ski jumping and 10km cross-country race at the Milan-Cortina Olympics.")
    assert _news(legs) == [("gold", "jens-alpha", "milano-cortina-2026-nordic-combined-men-large-hill")]
    # "Italy captured gold as A, B and C clocked ... in the men's team pursuit, with the United States taking silver": the
    # names after "as" are Italy's team (speed skating's team pursuit); the silver is the United States'
    team = ("date 2026-02-17\n\nMILAN — Italy captured gold as Davide Alpha, Andrea Beta and Michele Gamma clocked 3:39.20 in the "
            "men's team pursuit at the Milan-Cortina Olympics, with the United States taking silver.")
    assert _news(team) == [("gold", "andrea-beta", "milano-cortina-2026-speed-skating-men-team-pursuit"),
                           ("gold", "davide-alpha", "milano-cortina-2026-speed-skating-men-team-pursuit"),
                           ("gold", "michele-gamma", "milano-cortina-2026-speed-skating-men-team-pursuit")]
    assert _team_medals(team) == [("silver", "USA", "milano-cortina-2026-speed-skating-men-team-pursuit")]


def test_the_big_hill_a_lone_hill_of_a_ski_jumping_report_and_countrymen():
    """ "Countrymen" opens no name; "in the big-hill competition" is the large hill; a hill alone is an event of the one of
    ski jumping and Nordic combined a report names."""
    text = ("date 1994-02-25\n\nLILLEHAMMER — Ski jumping: Countrymen Espen Alpha of Norway and Lasse Beta win gold and silver medals "
            "at the Lillehammer Olympics.\n\nAlpha's two stylish jumps off the normal hill gave him the gold medal.\n\n"
            "Alpha had finished second to Jens Gamma of Germany in the big-hill competition Sunday.")
    drafted = _news(text)
    assert ("silver", "espen-alpha", "lillehammer-1994-ski-jumping-men-large-hill") in drafted
    assert ("gold", "jens-gamma", "lillehammer-1994-ski-jumping-men-large-hill") in drafted
    assert all(not athlete.startswith("countrymen") for _, athlete, _ in drafted)


def test_a_medal_at_earlier_games_named_with_their_city_after_at_which():
    text = ("date 2022-02-12\n\nZHANGJIAKOU — Ryoyu Alpha of Japan took silver in the men's large hill ski jumping at the Beijing "
            "Olympics. It is the first time since the 2014 Sochi Games, at which Noriaki Beta of Japan won a silver medal in the "
            "individual large hill, that a Japanese jumper has landed two medals.")
    assert _news(text) == [("silver", "ryoyu-alpha", "beijing-2022-ski-jumping-men-large-hill")]


def test_an_appositives_medal_before_the_medal_verb_is_not_the_medals_event():
    text = ("date 2022-02-12\n\nZHANGJIAKOU, China (AP) — Marius Alpha of Norway won Olympic gold in ski jumping on the men's large "
            "hill Saturday, holding off Ryoyu Beta of Japan.\n\nBeta, who won gold on the normal hill on Sunday, earned silver.")
    assert ("silver", "ryoyu-beta", "beijing-2022-ski-jumping-men-large-hill") in _news(text)
    assert ("silver", "ryoyu-beta", "beijing-2022-ski-jumping-men-normal-hill") not in _news(text)


def test_a_date_line_after_the_attribution_lines_and_a_dutch_particle_with_an_apostrophe():
    text = ("source: https://www.example.com/sport/dutch-win-relay-gold-c-1\n\n date 2026-02-20 The Dutch won their first relay gold.\n\n"
            "Jens van't Alpha of the Netherlands has claimed his third short track gold at the Milan/Cortina Winter Olympics as the Netherlands won "
            "the men's 5000m relay.")
    assert _news(text) == [("gold", "jens-van-t-alpha", "milano-cortina-2026-short-track-speed-skating-men-5000-m-relay")]


def test_the_crew_named_after_his_team_of_shares_the_pilots_medal():
    text = ("date 2022-02-20\n\nBEIJING — Francesco Alpha of Germany won the four-man bobsled gold at the Beijing Olympics on Sunday.\n\n"
            "Alpha described it as a great feeling as his team of Thorsten Beta, Candy Gamma and Alexander Delta finished their "
            "four runs in 3 minutes, 54.30 seconds.")
    assert _news(text) == [("gold", "alexander-delta", "beijing-2022-bobsleigh-men-four-man"),
                           ("gold", "candy-gamma", "beijing-2022-bobsleigh-men-four-man"),
                           ("gold", "francesco-alpha", "beijing-2022-bobsleigh-men-four-man"),
                           ("gold", "thorsten-beta", "beijing-2022-bobsleigh-men-four-man")]


def test_a_twelve_man_final_is_no_bobsleigh_and_the_upset_named_after_an_appositive_win_nothing():
    slope = ("date 2014-02-08\n\nSOCHI — Sage Alpha of the United States won the men's snowboard slopestyle at the Sochi Olympics. The 12-man "
             "final consisted of two runs for each rider. Staale Beta of Norway took silver.")
    assert _news(slope) == [("gold", "sage-alpha", "sochi-2014-snowboarding-men-slopestyle"),
                            ("silver", "staale-beta", "sochi-2014-snowboarding-men-slopestyle")]
    dance = ("date 2026-02-11\n\nMILAN — The French ice dance team of Laurence Alpha and Guillaume Beta upset the dominant team of the "
             "past four years, American stars Madison Gamma and Evan Delta, and claimed Olympic gold at the Milan Cortina Games.")
    assert all(athlete not in ("madison-gamma", "evan-delta") for _, athlete, _ in _news(dance))


@needs_data
def test_a_medal_with_no_event_named_near_it_takes_the_one_event_the_data_has_it_in(data_names):
    """A report that only ever calls its race "the 1,000 meters": the silver and bronze read ("was second", "was third")
    are the athletes' one silver and one bronze of those Games in the results data (the women's 1,000 m speed skating),
    warned. Not drafted without the data, nor where the data has two medals of the colour (Bedard's two golds of 1994)."""
    text = ("date 1994-02-24\n\nHAMAR, Norway — Bonnie Blair of the United States won the 1,000 meters at the Winter Olympics on "
            "Wednesday. Anke Baier of Germany was second at 1:20.12 and Qiaobo Ye of China was third at 1:20.22.")
    assert _news(text, data_names) == [("bronze", "qiaobo-ye", "lillehammer-1994-speed-skating-women-1000-m"),
                                       ("silver", "anke-baier", "lillehammer-1994-speed-skating-women-1000-m")]
    assert any("silver medal of Anke Baier: no event is named near it; drafted under the one event where the results data "
               "has it at the 1994 Games" in w for w in _warnings(text, data_names))
    assert _news(text) == []
    two_golds = "date 1994-02-23\n\nLILLEHAMMER — Myriam Bedard of Canada won gold at the Winter Olympics on Wednesday."
    assert _news(two_golds, data_names) == []
    assert any("medal of Myriam Bedard (gold) not drafted: no event named before it" in w for w in _warnings(two_golds, data_names))


@needs_data
def test_a_name_written_given_name_first_matches_the_datas_family_name_first(data_names):
    """"Qiaobo Ye" is the data's "Ye Qiaobo", "Dongmin Shin" its "Sin Dong-Min" (a family name romanised another way), at
    those Games; the given names must be equal."""
    assert data_names.match("Qiaobo Ye", games=1994).name == "Ye Qiaobo"
    assert data_names.match("Dongmin Shin", games=2026).name == "Sin Dong-Min"
    assert data_names.match("Dongho Shin", games=2026) is None


@needs_data
def test_a_report_that_names_no_games_is_of_the_one_games_where_the_data_has_its_medals(data_names):
    """No year, city or date: the downhill's gold, silver and bronze of Strobl, Kjus and Eberharter are all in the results
    data at 2002 only (Kjus's silver at 1998 too), so the report is of the 2002 Games, warned. Without the data nothing is
    drafted."""
    text = ("Fritz Strobl of Austria won the men's Olympic downhill on Sunday. Lasse Kjus of Norway took silver and "
            "Stephan Eberharter of Austria won bronze.")
    assert _news(text, data_names) == [("bronze", "stephan-eberharter", "salt-lake-city-2002-alpine-skiing-men-downhill"),
                                       ("gold", "fritz-strobl", "salt-lake-city-2002-alpine-skiing-men-downhill"),
                                       ("silver", "lasse-kjus", "salt-lake-city-2002-alpine-skiing-men-downhill")]
    assert any("the article names no Games: the 2002 Games are the one Winter Games where the results data has the medals"
               in w for w in _warnings(text, data_names))
    assert _news(text) == []
    # (Kjus's silver alone fits two Games: no guess)
    assert _news("Lasse Kjus of Norway took silver in the men's Olympic downhill on Sunday.", data_names) == []


def test_kilometres_written_k_and_biathlons_distances_tell_the_sex_of_its_races():
    """American copy's "10K sprint", "7.5K sprint" are distances; biathlon's sprint of 10 km is the men's and of 7.5 km the
    women's, two events (both ids drop the distance), so the men's gold read first does not become the women's."""
    text = ("date 2002-02-13\n\nSOLDIER HOLLOW, Utah — Ole Alpha of Norway won the gold medal in the biathlon 10K sprint at the Winter "
            "Olympics on Wednesday. In the women's 7.5K sprint, Kati Beta of Germany won gold.")
    assert _news(text) == [("gold", "kati-beta", "salt-lake-city-2002-biathlon-women-sprint"),
                           ("gold", "ole-alpha", "salt-lake-city-2002-biathlon-men-sprint")]


def test_the_mixed_team_cross_is_snowboardings_mixed_team_event():
    text = "date 2022-02-12\n\nBEIJING — Americans Nick Alpha and Lindsey Beta won the mixed team cross gold at the Winter Olympics on Saturday."
    assert _news(text) == [("gold", "lindsey-beta", "beijing-2022-snowboarding-mixed-team-snowboard-cross"),
                           ("gold", "nick-alpha", "beijing-2022-snowboarding-mixed-team-snowboard-cross")]


@needs_data
def test_aerial_skiers_of_both_sexes_told_at_once_each_take_their_sexs_event_from_the_data(data_names):
    """"Aerial skiers" are the aerials; a women's and a men's gold told in one mention: Stone's is confirmed by the data's
    women's aerials, which does not make Bergoust's the women's; his, and the medals read after under the same words, take
    the men's aerials where the data has them, warned. Without the data nothing of the men's is drafted."""
    text = ("date 1998-02-18\n\nNAGANO, Japan — Aerial skiers Nikki Stone and Eric Bergoust of the United States claimed gold medals "
            "at the Winter Olympics on Wednesday. France's Sebastian Foucras finished second and Dmitri Dashchinsky of Belarus won "
            "the bronze medal.")
    assert _news(text, data_names) == [("bronze", "dmitri-dashchinsky", "nagano-1998-freestyle-skiing-men-aerials"),
                                       ("gold", "eric-bergoust", "nagano-1998-freestyle-skiing-men-aerials"),
                                       ("gold", "nikki-stone", "nagano-1998-freestyle-skiing-women-aerials"),
                                       ("silver", "sebastian-foucras", "nagano-1998-freestyle-skiing-men-aerials")]
    assert any("gold medal of Eric Bergoust: the text leaves the event's sex or sport unsaid; drafted under the results data's "
               "'Freestyle Skiing Men's Aerials'" in w for w in _warnings(text, data_names))
    assert not any(athlete == "eric-bergoust" for _, athlete, _ in _news(text))


@needs_data
def test_a_medal_one_is_positioned_to_win_is_no_medal_and_a_race_by_kilometres_is_no_figure_skating_event(data_names):
    """"whose performance has him positioned to win the men's title" is a forecast (Hanyu did win, so the data would have
    confirmed it); "the men's classical-style 15-kilometer race" after a sentence on figure skating is a cross-country race
    (a distance in kilometres is no figure skating event), the 15 km of the silver and bronze read after it."""
    text = ("date 2014-02-14\n\nSOCHI, Russia — At figure skating, the rising temperatures had to do with Japanese teen Yuzuru Hanyu, "
            "whose white-hot performance has him positioned to win the men's title at the Sochi Olympics. Swiss skiers earned gold "
            "medals in the men's classical-style 15-kilometer race.\n\nCROSS COUNTRY: Sweden's Johan Olsson captured the silver, "
            "finishing 28.5 seconds behind Dario Cologna. Another Swede, Daniel Richardsson, took bronze.")
    # (Cologna, whom the silver medallist finished behind, is the 15 km's gold medallist in the results data: rule
    # medal-data-rival)
    assert _news(text, data_names) == [("bronze", "daniel-richardsson", "sochi-2014-cross-country-skiing-men-15-km"),
                                       ("gold", "dario-cologna", "sochi-2014-cross-country-skiing-men-15-km"),
                                       ("silver", "johan-olsson", "sochi-2014-cross-country-skiing-men-15-km")]


@needs_data
def test_a_nation_that_beat_another_to_win_the_final_holds_gold_and_the_beaten_nation_silver(data_names):
    """"Canada beat the United States 3-2 to win the women's ice hockey final": Canada's gold, the United States' silver (the
    final's loser); "the gold medal the Americans had taken from them four years ago" after it does not make the final another
    Games' event, so the players the report names next join Canada's gold where the results data lists them in that team."""
    text = ("date 2022-02-17\n\nBEIJING: Canada beat the United States 3-2 to win the women's ice hockey final at the Beijing Olympics "
            "on Thursday, reclaiming the gold medal the Americans had taken from them four years ago in Pyeongchang.\n\nCaptain "
            "Marie-Philip Poulin scored twice, after Canadian sharpshooter Sarah Nurse got the team going midway through the first period.")
    assert _news(text, data_names) == [("gold", "marie-philip-poulin", "beijing-2022-ice-hockey-women"),
                                       ("gold", "sarah-nurse", "beijing-2022-ice-hockey-women")]
    # (without the results data no player is a member: the nations' team medals)
    assert _team_medals(text) == [("gold", "CAN", "beijing-2022-ice-hockey-women"), ("silver", "USA", "beijing-2022-ice-hockey-women")]


def test_a_sentence_opening_with_the_subjects_age_or_nationality_speaks_of_the_previous_subject():
    """"The 29-year-old German dominated ... to bring home the gold medal" is the previous sentence's subject's gold; a
    nationality the person does not have ("The Austrian") is someone else's description, and nothing is drafted."""
    text = ("date 2022-02-11\n\nBEIJING — Anton Alpha of Germany left no doubt in Beijing. The 29-year-old German dominated the men's "
            "skeleton at the Winter Olympics to bring home the gold medal.")
    assert _news(text) == [("gold", "anton-alpha", "beijing-2022-skeleton-men")]
    assert _news(text.replace("29-year-old German", "29-year-old Austrian")) == []


def test_a_nations_possessive_or_an_events_words_may_stand_before_the_medal_word():
    """"giving Russia its second straight men's figure skating gold medal", "captured Japan's first figure skating gold",
    "managed only bronze", "seized the silver": the medal of the subject."""
    text = ("date 1998-02-14\n\nNAGANO, Japan — Ilya Alpha of Russia won the men's figure skating at the Winter Olympics. Actually, "
            "he was as near-perfect as a skater can be in giving Russia its second straight men's figure skating gold medal.")
    assert _news(text.replace("won the men's figure skating", "skated in the men's figure skating")) == [
        ("gold", "ilya-alpha", "nagano-1998-figure-skating-men-singles")]
    women = ("date 2006-02-24\n\nTURIN — At the Winter Olympics women's figure skating, Japan's Shizuka Alpha captured Japan's first "
             "figure skating gold after favorite Irina Beta of Russia tumbled and managed only bronze. Carla Gamma of the United States "
             "seized the silver.")
    assert _news(women) == [("bronze", "irina-beta", "turin-2006-figure-skating-women-singles"),
                            ("gold", "shizuka-alpha", "turin-2006-figure-skating-women-singles"),
                            ("silver", "carla-gamma", "turin-2006-figure-skating-women-singles")]


def test_a_later_verb_of_winning_whose_object_is_an_event_and_a_possessor_that_is_no_name():
    """"rocketed down Sestriere's Kandahar piste to take the men's Alpine skiing downhill": a gold (not "hoped to take"), and
    "Sestriere's Kandahar" is no person (a possessor is no word of the name after it)."""
    text = ("date 2006-02-12\n\nTURIN — Frenchman Antoine Alpha rocketed down Sestriere's Kandahar piste to take the men's Alpine skiing "
            "downhill at the Winter Olympics.")
    assert _news(text) == [("gold", "antoine-alpha", "turin-2006-alpine-skiing-men-downhill")]
    assert _news(text.replace("rocketed down", "hoped to race down").replace("to take", "and take")) == []
    assert not any("Kandahar" in w for w in _warnings(text))


def test_places_after_followed_by_or_ahead_of_a_nation_or_a_demonym_and_a_noun_before_the_names():
    """"followed by the Czech Republic's B and Norwegian C", "ahead of Dutch skater B and Norway's C": silver and bronze."""
    text = ("date 2014-02-17\n\nSOCHI — Darya Alpha took gold for Belarus in the women's biathlon mass start at the Winter Olympics, "
            "followed by the Czech Republic's Gabriela Beta and Norwegian Tiril Gamma.")
    assert _news(text) == [("bronze", "tiril-gamma", "sochi-2014-biathlon-women-mass-start"),
                           ("gold", "darya-alpha", "sochi-2014-biathlon-women-mass-start"),
                           ("silver", "gabriela-beta", "sochi-2014-biathlon-women-mass-start")]
    skating = ("date 2026-02-12\n\nMILAN — Italy's Francesca Alpha triumphed in the women's 5,000-meter speed skating race at the Winter "
               "Olympics, ahead of Dutch skater Merel Beta and Norway's Ragne Gamma.")
    assert _news(skating) == [("bronze", "ragne-gamma", "milano-cortina-2026-speed-skating-women-5000-m"),
                              ("gold", "francesca-alpha", "milano-cortina-2026-speed-skating-women-5000-m"),
                              ("silver", "merel-beta", "milano-cortina-2026-speed-skating-women-5000-m")]


def test_a_snowcross_final_and_a_crown_defended_in_an_event_without_the_article():
    """"won a crowded Snowcross final" names snowboard cross, also in a round-up of other sports' events; "defended his
    Olympic crown in men's snowboard cross" is that event's gold."""
    roundup = ("date 2018-02-16\n\nPYEONGCHANG — Anna Alpha of Sweden won the women's slalom at the Winter Olympics. Italy's Michela "
               "Beta won a crowded Snowcross final, winning gold in a photo finish. She had trained for years for the women's races.")
    assert ("gold", "michela-beta", "pyeongchang-2018-snowboarding-women-snowboard-cross") in _news(roundup)
    crown = ("date 2026-02-12\n\nMILAN — At the Winter Olympics, Austria's Anton Alpha successfully defended his Olympic crown in men's "
             "snowboard cross.")
    assert _news(crown) == [("gold", "anton-alpha", "milano-cortina-2026-snowboarding-men-snowboard-cross")]


def test_an_earlier_medal_sentence_keeps_the_reports_event_and_its_opening_description_keeps_the_subject():
    """"The 27-year-old clocked ..., lowering the previous Olympic record ... set by B": still the winner's sentence, so
    "Earlier, the Japanese skater has won silver in the 1,500m" is the winner's silver; an "Earlier" sentence does not make
    its event the report's, so the silver told after it is the 1,000 m's."""
    text = ("date 2022-02-17\n\nBEIJING — Miho Alpha of Japan won the women's 1,000m speed skating at the Winter Olympics here on "
            "Thursday, her first gold. The 27-year-old clocked 1:13.19, lowering the previous Olympic record set by Jorien Beta at "
            "PyeongChang 2018. Earlier, the Japanese skater has won silver in the 1,500m. Jutta Gamma of the Netherlands seized "
            "the silver in 1:13.83.")
    assert _news(text) == [("gold", "miho-alpha", "beijing-2022-speed-skating-women-1000-m"),
                           ("silver", "jutta-gamma", "beijing-2022-speed-skating-women-1000-m"),
                           ("silver", "miho-alpha", "beijing-2022-speed-skating-women-1500-m")]


def test_a_bobsleigh_drivers_crew_mate_named_by_a_role_shares_the_drivers_medal():
    """"Annen and brakeman Beat Hefti broke the track start record": Hefti shares Annen's bronze; "a four-man winner in
    2002" is no mention of this Games' four-man event; "wrapped up the two-man bobsleigh title" is the gold."""
    text = ("date 2006-02-20\n\nTURIN — Germany's Andre Alpha and Kevin Beta wrapped up the Olympic two-man bobsleigh title at the Winter "
            "Games. In heavy snow Alpha, a four-man winner in 2002, piloted the German sled to a final run of 56.36 seconds. Swiss "
            "driver Martin Gamma took the bronze. Gamma and brakeman Beat Delta broke the track start record.")
    assert _news(text) == [("bronze", "beat-delta", "turin-2006-bobsleigh-men-two-man"),
                           ("bronze", "martin-gamma", "turin-2006-bobsleigh-men-two-man"),
                           ("gold", "andre-alpha", "turin-2006-bobsleigh-men-two-man"),
                           ("gold", "kevin-beta", "turin-2006-bobsleigh-men-two-man")]


def test_a_skating_sprint_is_its_distance_and_a_win_in_minutes():
    """"the women's 500-meter sprint" of speed skating is its 500 m; "won in 4 minutes 17.43 seconds" is a win."""
    sprint = ("date 2006-02-14\n\nTURIN — Svetlana Alpha of Russia won gold in the women's 500-meter sprint speed skating at the "
              "Winter Olympics.")
    assert _news(sprint) == [("gold", "svetlana-alpha", "turin-2006-speed-skating-women-500-m")]
    minutes = ("date 1994-02-17\n\nHAMAR, Norway — In the women's 3,000-meter speedskating race of the Winter Olympics, Svetlana Alpha "
               "of Russia won in 4 minutes 17.43 seconds.")
    assert _news(minutes) == [("gold", "svetlana-alpha", "lillehammer-1994-speed-skating-women-3000-m")]


@needs_data
def test_a_medal_read_under_the_other_sexs_event_moves_where_its_sentence_names_the_event_without_a_sex(data_names):
    """"Hannah Teter and Gretchen Bleiler took gold and silver on the halfpipe with ... drama that took place here Sunday in the
    men's contest", their sex told by "her": the women's halfpipe, where the data has their medals (warned); not a medal whose
    sentence names no event ("Wang Meng of China won Reutter's race for her third gold medal")."""
    text = ("date 2006-02-13\n\nBARDONECCHIA, Italy — At the Winter Olympics, Hannah Teter and Gretchen Bleiler took gold and silver on "
            "the halfpipe with much of the last-minute drama that took place here Sunday in the men's contest. (Related items: "
            "White, Kass go 1-2 in men's halfpipe) Teter thanked her brothers. Bleiler was happy with her run.")
    assert _news(text, data_names) == [("gold", "hannah-teter", "turin-2006-snowboarding-women-halfpipe"),
                                       ("silver", "gretchen-bleiler", "turin-2006-snowboarding-women-halfpipe")]
    assert _news(text) == []
    unnamed = ("date 2006-02-13\n\nBARDONECCHIA, Italy — At the Winter Olympics, Shaun White won the men's halfpipe on Sunday. "
               "Hannah Teter won the race for her first gold medal. Teter thanked her brothers.")
    assert not any(athlete == "hannah-teter" for _, athlete, _ in _news(unnamed, data_names))


@needs_data
def test_a_russian_yo_written_e_is_the_same_name_so_a_man_is_not_drafted_in_a_womens_race(data_names):
    """The data's "Aleksandr Golubyov" is the news's "Aleksandr Golubev", a man: "Instead, Russian Aleksandr Golubev finished
    first" read under the women's 3,000 m is not drafted."""
    text = ("date 1994-02-17\n\nHAMAR, Norway — Gunda Alpha of Germany fell in the women's 3,000-meter speedskating race at the Winter "
            "Olympics. Dan Beta slipped again Monday. Instead, Russian Aleksandr Golubev finished first.")
    assert _news(text, data_names) == []
    assert any("Golubyov as a man" in w for w in _warnings(text, data_names))


def test_a_results_lines_nation_after_the_names_and_a_gold_line_after_a_bronze_line_is_another_event():
    """"Gold: A and B, Germany — ..." gives both their nation; a "Gold:" line after a "Bronze:" line is of another event, so
    it does not take the event the block before named last (its own block names none here: nothing drafted for it)."""
    text = ("date 2018-02-25\n\nGANGNEUNG, South Korea (AP) — A look at the figure skating medal winners at the Winter Olympics.\n\n"
            "Gold: Anna Alpha and Bruno Beta, Germany — In the ice dance they were the best.\n\n"
            "Silver: Carla Gamma and Dan Delta, China — Their lifts were spectacular.\n\n"
            "Bronze: Eva Epsilon and Felix Zeta, Canada — They came through.\n\n\n"
            "Gold: Gus Eta and Hanna Theta, France — After a fall in the short program, they were atop the podium.")
    assert _news(text) == [("bronze", "eva-epsilon", "pyeongchang-2018-figure-skating-mixed-ice-dance"),
                           ("bronze", "felix-zeta", "pyeongchang-2018-figure-skating-mixed-ice-dance"),
                           ("gold", "anna-alpha", "pyeongchang-2018-figure-skating-mixed-ice-dance"),
                           ("gold", "bruno-beta", "pyeongchang-2018-figure-skating-mixed-ice-dance"),
                           ("silver", "carla-gamma", "pyeongchang-2018-figure-skating-mixed-ice-dance"),
                           ("silver", "dan-delta", "pyeongchang-2018-figure-skating-mixed-ice-dance")]


def test_the_places_told_after_the_winners_description_in_the_next_sentence():
    """"Norway's A claimed the Nordic combined large hill gold. The 25-year-old crossed the line in 24:45.0, ahead of
    Austria's B and Finland's C": silver and bronze after the gold of the sentence before."""
    text = ("date 2026-02-17\n\nPREDAZZO, Italy — Norway's Jens Alpha claimed the men's Nordic combined large hill gold at the Winter Olympics. "
            "The 25-year-old crossed the line in 24:45.0, ahead of Austria's Johannes Beta and Finland's Ilkka Gamma.")
    assert _news(text) == [("bronze", "ilkka-gamma", "milano-cortina-2026-nordic-combined-men-large-hill"),
                           ("gold", "jens-alpha", "milano-cortina-2026-nordic-combined-men-large-hill"),
                           ("silver", "johannes-beta", "milano-cortina-2026-nordic-combined-men-large-hill")]


def test_her_gold_in_the_event_and_an_earlier_medal_of_these_games_in_the_event_its_sentence_names():
    """"claimed her second gold of the Games in the women's 1,000m" is that event's gold (her words before the event are
    this medal's); "Three days earlier, she had secured gold in the 500m" is these Games' 500 m gold, not another competition's."""
    text = ("date 2026-02-15\n\nMILAN — Italy's Francesca Alpha claimed her second gold of the Games in the women's 1,000m speed "
            "skating at the Winter Olympics. Three days earlier, she had secured gold in the 500m.")
    assert _news(text) == [("gold", "francesca-alpha", "milano-cortina-2026-speed-skating-women-1000-m"),
                           ("gold", "francesca-alpha", "milano-cortina-2026-speed-skating-women-500-m")]
    assert _news(text.replace("Three days earlier", "Three years earlier")) == [
        ("gold", "francesca-alpha", "milano-cortina-2026-speed-skating-women-1000-m")]


def test_a_win_told_before_any_event_is_not_the_next_sentences_event_that_has_its_own_winner():
    """"Finland's Mika Alpha won, six minutes ahead of B. Ekaterina Gamma won the first ever winter gold for Bulgaria in the
    women's 15km biathlon": the event the next sentence names is Gamma's gold, not Alpha's too."""
    text = ("date 1998-02-09\n\nNAGANO — At the Winter Olympics, Finland's Mika Alpha won, six minutes or more ahead of Bjorn Beta of "
            "Norway. Ekaterina Gamma of Bulgaria won the first ever winter gold for Bulgaria in the women's 15km biathlon individual.")
    assert _news(text) == [("gold", "ekaterina-gamma", "nagano-1998-biathlon-women-individual")]


@needs_data
def test_hockey_is_ice_hockey_and_a_final_won_by_beating_the_us_gives_both_teams_named_players_their_medals(data_names):
    """"Canada recovered ... to beat the U.S. 3-2 and earn a fourth consecutive women's hockey gold": Canada's gold and the
    United States' silver; the named players join their team's medal where the results data lists them in it (Poulin's
    nation, not stated, is the data's)."""
    text = ("date 2014-02-20\n\nSOCHI — Marie-Philip Poulin scored the overtime game-winner as Canada recovered from the brink of "
            "defeat to beat the U.S. 3-2 and earn a fourth consecutive women's hockey gold at the Sochi Olympics. Goals from Brianne "
            "Jenner and Poulin tied up the game. Earlier, the U.S. had come close to victory on goals from Meghan Duggan.")
    assert _news(text, data_names) == [("gold", "brianne-jenner", "sochi-2014-ice-hockey-women"),
                                       ("gold", "marie-philip-poulin", "sochi-2014-ice-hockey-women"),
                                       ("silver", "meghan-duggan", "sochi-2014-ice-hockey-women")]


@needs_data
def test_an_events_sex_from_the_one_sex_that_raced_that_distance_at_those_games(data_names):
    """"Iivo Niskanen of Finland took gold in cross-country's 50-kilometer mass start" of 2018: only the men raced 50 km (the
    women 30 km), so the event is the men's; a distance both sexes raced (the 10 km of 1998) stays open."""
    text = ("date 2018-02-24\n\nPYEONGCHANG, South Korea (AP) — Iivo Niskanen of Finland took gold in cross-country's 50-kilometer "
            "mass start at the Winter Olympics.")
    assert _news(text, data_names) == [("gold", "iivo-niskanen", "pyeongchang-2018-cross-country-skiing-men-50-km-mass-start")]
    assert _news(text) == []


def test_the_names_given_one_team_medal_share_the_nation_one_of_them_has():
    """"Jeongmin Alpha, Juneseo Beta, Jongun Gamma and Dongmin Delta of South Korea ... take the silver medal" in a relay: all
    four are Korean (the nation the text gives one of them); "Taking silver was Germany's A and B": the silver of both."""
    relay = ("date 2026-02-20\n\nMILAN — At the Winter Olympics, the Netherlands won the men's 5000m short track relay. Jeongmin Alpha, "
             "Juneseo Beta, Jongun Gamma and Dongmin Delta of South Korea got past the Italian team in the final corner to take the "
             "silver medal.")
    assert _news(relay) == [("silver", "dongmin-delta", "milano-cortina-2026-short-track-speed-skating-men-5000-m-relay"),
                            ("silver", "jeongmin-alpha", "milano-cortina-2026-short-track-speed-skating-men-5000-m-relay"),
                            ("silver", "jongun-gamma", "milano-cortina-2026-short-track-speed-skating-men-5000-m-relay"),
                            ("silver", "juneseo-beta", "milano-cortina-2026-short-track-speed-skating-men-5000-m-relay")]
    taking = ("date 2026-02-15\n\nCORTINA — Britain's Matt Alpha and Tabitha Beta won the skeleton mixed team event at the Winter "
              "Olympics. Taking silver was Germany's Susanne Gamma and Axel Delta.")
    assert ("silver", "susanne-gamma", "milano-cortina-2026-skeleton-mixed-team") in _news(taking)


def test_a_headlines_nation_for_a_surname_named_in_full_only_below_it():
    """"Norway's Dahlie Extends His Record" above "Bjorn Dahlie showed why ...": the medallist's nation, read again once the
    name is known (the headline's capitals made "Dahlie Extends" a name of its own when it was read)."""
    text = ("date 1998-02-22\n\nNorway's Dahlie Extends His Record\n\nHAKUBA, Japan — In the last race of the Nagano Games, Bjorn Dahlie "
            "won the men's 50-kilometer cross-country event at the Winter Olympics.")
    assert _news(text) == [("gold", "bjorn-dahlie", "nagano-1998-cross-country-skiing-men-50-km")]


def test_a_role_or_a_long_age_before_a_name_is_no_word_of_it():
    """"Pilot Christoph Alpha", "Twenty-two-year-old Joss Beta": the names without the words before them."""
    text = ("date 2014-02-13\n\nSOCHI — At the Winter Olympics, Twenty-two-year-old Joss Beta of the United States won the men's "
            "slopestyle freestyle skiing. Pilot Christoph Alpha of Germany won the two-man bobsleigh.")
    assert _news(text) == [("gold", "christoph-alpha", "sochi-2014-bobsleigh-men-two-man"),
                           ("gold", "joss-beta", "sochi-2014-freestyle-skiing-men-slopestyle")]


def test_the_super_g_alone_is_an_event_as_the_object_of_a_medals_words_but_not_in_another_years_sentence():
    """"to win a gold medal in the Olympic super-G" in a round-up names the super-G (no run of a combined, as the downhill and
    slalom are); "In 1992, she took gold in the super-G" names no event of these Games."""
    text = ("date 2014-02-15\n\nSOCHI — Zbigniew Alpha of Poland won the men's 1,500 meters speed skating at the Winter Olympics. "
            "Austria's Anna Beta became the third consecutive Austrian woman to win a gold medal in the Olympic super-G. Maria Gamma of "
            "Germany took the silver, her first medal. Beta wore a cheetah print on her helmet.")
    assert _news(text) == [("gold", "anna-beta", "sochi-2014-alpine-skiing-women-super-g"),
                           ("gold", "zbigniew-alpha", "sochi-2014-speed-skating-men-1500-m"),
                           ("silver", "maria-gamma", "sochi-2014-alpine-skiing-women-super-g")]
    other_year = text.replace("Austria's Anna Beta became", "In 1992, Austria's Anna Beta became")
    assert ("gold", "anna-beta", "sochi-2014-alpine-skiing-women-super-g") not in _news(other_year)


def test_a_dateline_below_the_page_dates_the_report_and_a_name_after_a_double_hyphen_keeps_its_first_word():
    """"Midway, Utah Feb. 20, 2002 (AP by Mark Long)--Ole Einar Alpha became ...": the report's date (2002, not the
    "Albertville Games in 1992" named later), and the whole name after "--"."""
    text = ("source: https://www.example.com/news/article.asp?id=1\n\nNorway's Alpha Wins Fourth Gold Medal\n\nposted: 01/01/2000\n\n"
            "Midway, Utah Feb. 20, 2002 (AP by Mark Long)--Ole Einar Alpha of Norway won the men's 10-kilometer biathlon sprint at "
            "the Winter Olympics.\n\nGermany started its run at the Albertville Games in 1992.")
    assert _news(text) == [("gold", "ole-einar-alpha", "salt-lake-city-2002-biathlon-men-sprint")]


@needs_data
def test_a_relay_told_by_its_whole_distance_is_the_datas_relay_of_those_legs(data_names):
    """"the men's 30-kilometer biathlon relay" of 2002 is the results data's 4 × 7.5 km relay (its id names the legs)."""
    text = ("date 2002-02-20\n\nMIDWAY, Utah — Ole Einar Bjoerndalen of Norway won his fourth gold medal of the Games when Norway won the "
            "men's 30-kilometer biathlon relay at the Winter Olympics on Wednesday.")
    assert ("gold", "ole-einar-bjoerndalen", "salt-lake-city-2002-biathlon-men-4-x-7-5-km-relay") in _news(text, data_names)


def test_a_career_told_with_had_twice_won_is_no_medal_of_these_games():
    """"The 34-year-old has followed a long road ... She already had twice won Olympic bronze": the description keeps the
    subject, and what she "had twice won" is her past, not a bronze of this event."""
    text = ("date 2018-02-15\n\nGANGNEUNG — In the pairs figure skating at the Winter Olympics, Germany's Aliona Alpha and Bruno Beta "
            "were flawless as the rest of the top contenders fell. The 34-year-old has followed a long and bumpy road to Olympic glory. "
            "She already had twice won Olympic bronze.")
    assert ("bronze", "aliona-alpha", "pyeongchang-2018-figure-skating-mixed-pairs") not in _news(text)
    assert _news(text.replace("already had twice won", "won")) == [("bronze", "aliona-alpha", "pyeongchang-2018-figure-skating-mixed-pairs")]


def test_games_a_look_back_says_its_stars_emerged_from_are_the_articles_not_past():
    """A 2021 look-back: "the biggest stars to emerge from the 1994 Lillehammer Winter Olympics" are of those Games (not
    past as "the gold medallists from the 1992 Games" are), so a gold of the report is of 1994, not of the 1992 Games
    named later."""
    text = ("source: https://www.example.org/2021/07/12/speed-skating-legends-memories\n\n(ATR) Speed skaters Johann Olav Alpha of Norway "
            "and Dan Beta of the United States were among the biggest stars to emerge from the 1994 Lillehammer Winter Olympics.\n\nAs a perennial favorite, Beta "
            "faltered at the 1992 Albertville Games. Four days later, Beta defied expectations finally winning a gold medal in the "
            "men's 1,000-meters speed skating, while shattering the world record.")
    assert _news(text) == [("gold", "dan-beta", "lillehammer-1994-speed-skating-men-1000-m")]


def test_a_nation_named_as_an_athletes_is_no_team_winning_a_medal():
    """"Kelsey Alpha of Canada won the gold in women's skicross" after a men's curling sentence: Canada is her nation, not a
    curling team that won gold."""
    text = ("date 2018-02-23\n\nGANGNEUNG — Switzerland topped Canada to win the bronze medal in men's curling at the Winter Olympics. "
            "The gold-medal game between the U.S. and Sweden is Saturday.\n\nKelsey Alpha of Canada won the gold in women's skicross, "
            "adding to the silver she won four years ago in Sochi.")
    assert ("gold", "CAN", "pyeongchang-2018-curling-men") not in _team_medals(text)
    # (a nation as the subject is a team)
    assert _team_medals("date 2018-02-24\n\nGANGNEUNG — Canada won the gold in men's curling at the Winter Olympics.") == [
        ("gold", "CAN", "pyeongchang-2018-curling-men")]


@pytest.mark.parametrize("sentence, expected", [
    # "took third" without "place"
    ("Germany's Carla Gamma took third in 1:40.12.", ("bronze", "carla-gamma")),
    # a hope in a participle between the name and the verb is not the subject's medal
    ("Carla Gamma of Germany, attempting to add Olympic gold to her world title, took bronze, 0.18 seconds behind Alpha.",
     ("bronze", "carla-gamma")),
    # "the might of" is a noun, no hedge
    ("Germany's Carla Gamma held off the might of American skiing to win the women's downhill.", ("gold", "carla-gamma")),
])
def test_a_place_taken_after_a_participle_or_a_noun_that_looks_like_a_hedge(sentence, expected):
    text = f"2018-02-21\n\nAnna Alpha of Norway won the women's downhill at the Pyeongchang Olympics. {sentence}"
    assert (*expected, "pyeongchang-2018-alpine-skiing-women-downhill") in _news(text)


FIGURE_SKATING_TEAM = ("date 2026-02-08\n\nMILAN -- The United States successfully defended its title in the figure skating team event at the "
                       "Milan Cortina 2026 Winter Olympics on Sunday, with Japan finishing a close second and host Italy taking bronze.\n\n"
                       "In the pairs free skate earlier in the evening, Japan's Anna Alpha and Boris Beta scored 155.55 points.\n\n"
                       "Georgia's Carla Gamma and David Delta placed second with 139.70 points.")


def test_the_figure_skating_team_event_its_nations_medals_and_no_medal_for_a_segments_place():
    """ "defended its title in the figure skating team event, with Japan finishing a close second and host Italy taking
    bronze": the nations' team medals of the mixed team event; "placed second" in its pairs free skate is the segment's
    place, not a pairs medal."""
    assert _team_medals(FIGURE_SKATING_TEAM) == [("bronze", "ITA", "milano-cortina-2026-figure-skating-mixed-team"),
                                                 ("gold", "USA", "milano-cortina-2026-figure-skating-mixed-team"),
                                                 ("silver", "JPN", "milano-cortina-2026-figure-skating-mixed-team")]
    assert _news(FIGURE_SKATING_TEAM) == []
    # (the same place in a report of the pairs event itself is a medal)
    pairs = FIGURE_SKATING_TEAM.replace("the figure skating team event", "the figure skating pairs event").replace("pairs free skate", "pairs event")
    assert ("silver", "carla-gamma", "milano-cortina-2026-figure-skating-mixed-pairs") in _news(pairs)


def test_a_hard_wrapped_report_is_read_across_its_line_ends_and_quoted_as_written():
    """A print layout's copy breaks its sentences at line ends ("... Kjetil Andre Aamodt and Janica\\nKostelic emerged ..."):
    the sentences run over the line breaks, and each quote keeps the text's own line breaks (the build's quote check)."""
    from graph.extract import _sentences

    wrapped = ("date 2006-02-19\n\nTURIN, Italy -- South Korea, good at only one sport, jumped over traditional\n"
               "winter sports powers on the gold medal tally at the Turin Olympic\nGames on Saturday.\n"
               "Anna Alpha of Norway, the overall World Cup leader this winter,\nwon the women's downhill on Saturday, a "
               "half second\nahead of Austrian Berta Beta and Sweden's Carla Gamma in a race that\nwas delayed twice by "
               "snow and wind on the lower part of the\ncourse at Sestriere, where the organisers had worked all night.\n")
    assert _news(wrapped) == [("bronze", "carla-gamma", "turin-2006-alpine-skiing-women-downhill"),
                              ("gold", "anna-alpha", "turin-2006-alpine-skiing-women-downhill"),
                              ("silver", "berta-beta", "turin-2006-alpine-skiing-women-downhill")]
    assert all(sentence.text in wrapped for sentence in _sentences(wrapped))
    assert any("\n" in sentence.text for sentence in _sentences(wrapped))


@pytest.mark.parametrize("date_line", ["Wednesday, February 11, 1998; 4:02 a.m. EST", "Wednesday, February 11, 1998; Page D1"])
def test_a_date_line_with_a_time_or_a_page_dates_the_report_and_a_medal_won_today_is_its_own(date_line):
    """A newspaper's date line below its menus, with a time or a page after a semicolon, dates the report; "redeemed herself
    for a disappointing performance in Lillehammer four years ago by winning gold today" is a medal of the report's day."""
    text = (f"Winter Olympics\n\n Olympics Front\n Speedskating section\n\nBy Paul Newberry\nAssociated Press\n{date_line}\n\n"
            "NAGANO, Japan — Anna Alpha of Germany redeemed herself for a disappointing performance in Lillehammer four years "
            "ago by winning gold today in the women's 3,000 meters speed skating.")
    assert _news(text) == [("gold", "anna-alpha", "nagano-1998-speed-skating-women-3000-m")]
    assert ("gold", "anna-alpha", "nagano-1998-speed-skating-women-3000-m") not in _news(text.replace("winning gold today", "winning gold"))
