"""`podium extract`: the seed article's draft matches the curated facts; the dev set's figures hold."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from graph.build import build, summary
from graph.cli import main
from graph.extract import NameIndex, draft_yaml, extract, extract_text, load_name_index
from graph.extract_eval import evaluate, medal_keys, record_keys
from graph.extract_eval import main as eval_main
from graph.errors import PodiumError
from graph.extract_names import DATA_FILE
from graph.facts import load_facts_file

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_76d85414e33cee7f.txt"
SEED_FACTS = ROOT / "seeds" / "000_76d85414e33cee7f.facts.yaml"
DEVSET = ROOT / "tests" / "extract_devset"
needs_data = pytest.mark.skipif(not DATA_FILE.is_file(), reason=f"the results data is not at {DATA_FILE} (set PODIUM_DATA)")


@pytest.fixture(scope="module")
def names() -> NameIndex:
    return load_name_index(ROOT / "seeds")


@pytest.fixture(scope="module")
def seed_draft(names):
    return extract(SEED_ARTICLE, names=names)


def _curated(fact_type: str) -> list[dict]:
    return [dict(f.fields) for f in load_facts_file(SEED_FACTS).facts if f.type == fact_type]


def test_seed_medals_match_the_curated_medals(seed_draft):
    drafted = sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"], m.fields["event"], m.fields["day"]) for m in seed_draft.medals())
    curated = sorted((m["medal"], m["athlete"], m["nation"], m["event"], m["day"]) for m in _curated("medal"))
    assert drafted == curated
    assert ("silver", "martin-lowstrom-nyenget", "NOR", "milano-cortina-2026-cross-country-skiing-men-50-km-mass-start", "article date") in drafted
    assert ("gold", "johannes-dale-skjevdal", "NOR", "milano-cortina-2026-biathlon-men-15-km-mass-start", "Friday") in drafted


def test_seed_records_match_the_curated_records(seed_draft):
    assert record_keys([r.fields for r in seed_draft.records()]) == record_keys(_curated("record"))
    by_holder = {(r.fields["category"], r.fields.get("holder"), r.fields.get("value")) for r in seed_draft.records()}
    assert ("most-golds-athlete-single-winter-games", "eric-heiden", 5) in by_holder
    assert ("most-career-winter-golds-athlete", None, 8) in by_holder
    assert ("most-career-olympic-golds-athlete", "michael-phelps", 23) in by_holder
    assert ("most-golds-norway-single-winter-games", "NOR", 18) in by_holder
    categories = {c.fields["category"] for c in seed_draft.of_type("record_category")}
    assert categories == {c["category"] for c in _curated("record_category")}


def test_seed_draft_restores_the_curated_spellings(seed_draft):
    athletes = {a.fields["athlete"]: a.fields for a in seed_draft.of_type("athlete")}
    assert athletes["johannes-hosflot-klaebo"]["name"] == "Johannes Hoesflot Klaebo"
    assert athletes["johannes-hosflot-klaebo"]["preferred_name"] == "Johannes Høsflot Klæbo"
    assert athletes["martin-lowstrom-nyenget"]["preferred_name"] == "Martin Løwstrøm Nyenget"
    games = {g.fields["games"]: g.fields for g in seed_draft.of_type("games")}
    assert games["milano-cortina-2026"]["aliases"] == ["Milan Cortina"]


def test_every_drafted_quote_is_in_the_article_and_the_draft_builds(seed_draft, tmp_path):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert all(fact.quote in text for fact in seed_draft.facts)
    (tmp_path / SEED_ARTICLE.name).write_text(text, encoding="utf-8")
    (tmp_path / "draft.facts.yaml").write_text(draft_yaml(seed_draft), encoding="utf-8")
    counts = summary(build(tmp_path))
    assert (counts["medals"], counts["records"], counts["events"]) == (4, 9, 2)


def test_draft_comments_give_rule_and_confidence(seed_draft):
    text = draft_yaml(seed_draft, explain=True)
    assert "# confidence 0.95, rule medal-won\n  #   'NAME won|took|claimed ... gold|silver|bronze'\n  - id: medal-klaebo-gold" in text


def test_extract_text_reads_an_ellipsis_and_a_nation_after_the_name():
    text = ("date 2022-02-18 The women's biathlon mass start of the Beijing 2022 Olympics was held on 18 February. "
            "Justine Braisaz-Bouchet of France won the event. Tiril Eckhoff of Norway won the silver medal, "
            "and Marte Olsbu Røiseland, also of Norway, bronze.")
    draft = extract_text(text, "a.txt", names=NameIndex())
    assert sorted((m.fields["medal"], m.fields["athlete"], m.fields["nation"]) for m in draft.medals()) == [
        ("bronze", "marte-olsbu-roiseland", "NOR"), ("gold", "justine-braisaz-bouchet", "FRA"), ("silver", "tiril-eckhoff", "NOR")]


def test_hedged_medals_are_not_drafted():
    text = "date 2026-02-10 Norway's Emil Iversen could win gold in the men's 50km mass start at the Milano Cortina 2026 Winter Olympics."
    assert extract_text(text, "a.txt", names=NameIndex()).medals() == []


@needs_data
def test_devset_figures(names):
    """The figures after the rules were fixed against each batch (the README gives the first runs too)."""
    scores = evaluate(DEVSET, names)
    assert scores["train"]["medals"].precision == 1.0 and scores["train"]["medals"].recall == 1.0
    # (the counts marked "sixteenth session" changed then: the prose's team medals of nations with no member named are
    # expected, as the news guide writes them, and drafted, fact type team_medal; and the data's newer relay labels, "Relay
    # (4 × 6 kilometres), Mixed", are read, so relay members the page names join their team by the data)
    # every split but held out 21, whose wrong medal is told below, and held out 34, measured last (its first run); held out 8
    # since the sixteenth session: Fontana's 2018 relay silver, by the data's entry of her in Italy's relay, which the annotator
    # left out (she is named for her 2014 medals only); held out 19 and 22 since the seventeenth session (rule medal-data-rival's
    # true medals, told below, that the annotators left out)
    assert all(scores[split]["medals"].precision == 1.0 for split in scores if split not in ("heldout21", "heldout34", "heldout42", "heldout43", "heldout3", "heldout53", "heldout56", "heldout8",
                                                                                          "heldout19", "heldout22"))
    assert all(scores[split]["records"].precision == 1.0 for split in scores if split not in ("heldout18", "heldout26", "heldout34", "heldout49", "heldout56"))
    # held out 2's 10th medal: Takagi's 1500 m silver, "two days after her silver medal in the 1500m event" (the rule medal-data)
    assert (scores["heldout"]["medals"].right, scores["heldout2"]["medals"].right) == (16, 10)
    # (held out 4: of 28 since the sixteenth session, two team medals of nations added; Kodaira is still missed)
    assert (scores["heldout3"]["medals"].right, scores["heldout4"]["medals"].right) == (12, 26)
    assert scores["heldout4"]["records"].right == scores["heldout4"]["records"].expected == 9
    # held out 5, first run 0.67/0.62 medals and 1.00/0.07 records; after this round (not held out any more):
    assert (scores["heldout5"]["medals"].right, scores["heldout5"]["medals"].drafted, scores["heldout5"]["medals"].expected) == (42, 42, 42)
    # of 15 records, Lim Hyo-jun's is missed: no nation (the data spells him Im Hyo-Jun, 2018 only)
    assert (scores["heldout5"]["records"].right, scores["heldout5"]["records"].drafted, scores["heldout5"]["records"].expected) == (14, 14, 15)
    # held out 6, first run 1.00 (55/55) / 0.77 (55/71) medals and 1.00 (6/6) / 0.55 (6/11) records; after this round:
    # of 71 medals, the 2018 pairs' gold and silver (4) are read but not drafted: neither the text nor the results data
    # (NAN for 2018 pairs rows; Savchenko rows of two nations) gives the skaters' nation
    # (sixteenth session: 67/67/71 before)
    assert (scores["heldout6"]["medals"].right, scores["heldout6"]["medals"].drafted, scores["heldout6"]["medals"].expected) == (69, 69, 73)
    assert (scores["heldout6"]["records"].right, scores["heldout6"]["records"].drafted, scores["heldout6"]["records"].expected) == (11, 11, 11)
    # held out 7, first run 0.95 (20/21) / 0.61 (20/33) medals and 1.00 (1/1) / 0.50 (1/2) records; after this round (and
    # one expected medal added in the fifteenth session, Bjorndalen's 2006 individual silver, said in its file):
    # (sixteenth session: 34/34/34 before)
    assert (scores["heldout7"]["medals"].right, scores["heldout7"]["medals"].drafted, scores["heldout7"]["medals"].expected) == (35, 35, 38)
    assert (scores["heldout7"]["records"].right, scores["heldout7"]["records"].drafted, scores["heldout7"]["records"].expected) == (2, 2, 2)
    # held out 8, first run 0.63 (12/19) / 0.50 (12/24) medals and 1.00 (1/1) / 0.25 (1/4) records; after one precision
    # guard (a team medal of another competition named before "won by") and the families of the ninth round:
    # (sixteenth session: 24/24/24 before)
    assert (scores["heldout8"]["medals"].right, scores["heldout8"]["medals"].drafted, scores["heldout8"]["medals"].expected) == (27, 28, 30)
    assert (scores["heldout8"]["records"].right, scores["heldout8"]["records"].drafted, scores["heldout8"]["records"].expected) == (4, 4, 4)
    # held out 9 and 10 (Winter Games 1980-2002, annotated blind), first runs: held out 9 medals 1.00 (7/7) / 0.26 (7/27),
    # records 0.00 (0/2) / 0.00 (0/1); held out 10 medals 0.50 (3/6) / 0.18 (3/17), records none drafted / 0.00 (0/1).
    # After this round (precision guards and general families; not held out any more):
    # (sixteenth session: 19/19/27 before)
    # (seventeenth session: 19/19/28 before; rule medal-data-rival, the rivals a winner's sentence names, their colour the data's)
    assert (scores["heldout9"]["medals"].right, scores["heldout9"]["medals"].drafted, scores["heldout9"]["medals"].expected) == (21, 21, 28)
    assert (scores["heldout9"]["records"].right, scores["heldout9"]["records"].drafted, scores["heldout9"]["records"].expected) == (1, 1, 1)
    assert (scores["heldout10"]["medals"].right, scores["heldout10"]["medals"].drafted, scores["heldout10"]["medals"].expected) == (9, 9, 17)
    assert (scores["heldout10"]["records"].right, scores["heldout10"]["records"].drafted, scores["heldout10"]["records"].expected) == (0, 0, 1)
    # held out 11 (Games 1924-2026, annotated blind after the round above), first run 1.00 (4/4) / 0.15 (4/26) medals, none
    # of 2 records; with the rule medal-data (the results data confirming a medal the words state):
    # (and Shaun White's 2006 halfpipe gold since the facts file's exact "Shaun White" gives way to the data's variant at
    # those Games, "Shaun Roger White", twelfth session)
    # (and Franz Keller's 1968 Nordic combined gold since a clause with a colour and no event takes the data's one medal of
    # that colour where the article names its event, sixteenth session)
    # (sixteenth session: 13/13/26 before)
    assert (scores["heldout11"]["medals"].right, scores["heldout11"]["medals"].drafted, scores["heldout11"]["medals"].expected) == (16, 16, 31)
    assert (scores["heldout11"]["records"].right, scores["heldout11"]["records"].drafted, scores["heldout11"]["records"].expected) == (0, 0, 2)
    # held out 12 (event pages 1964-2022, annotated blind; measured once with medal-data in): first run 0.85 (17/20) / 0.57
    # (17/30) medals, none of 2 records; held out 13 (event pages 1956-2022, annotated blind after the round on 12), first
    # run 0.52 (13/25) / 0.46 (13/28) medals, 1.00 (1/1) / 0.50 (1/2) records. After the rounds (not held out any more):
    # (and Kim Ki-hoon's 1992 gold and world record since "Kim" alone names him, a family name written first)
    assert (scores["heldout12"]["medals"].right, scores["heldout12"]["medals"].drafted, scores["heldout12"]["medals"].expected) == (27, 27, 30)
    assert (scores["heldout12"]["records"].right, scores["heldout12"]["records"].drafted, scores["heldout12"]["records"].expected) == (1, 1, 2)
    # (sixteenth session: 21/21/28 before)
    # (seventeenth session: 22/22/30 before, rule medal-data-rival)
    assert (scores["heldout13"]["medals"].right, scores["heldout13"]["medals"].drafted, scores["heldout13"]["medals"].expected) == (25, 25, 30)  # (White's 2010 gold too)
    assert (scores["heldout13"]["records"].right, scores["heldout13"]["records"].drafted, scores["heldout13"]["records"].expected) == (1, 1, 2)
    # held out 14 (event pages 1948-2022 and a biography, annotated blind after the round on 13), first run 0.84 (16/19) /
    # 0.40 (16/40) medals (the three wrong: one podium under "10-km-classical" and a name glued to the word before it),
    # 1.00 (2/2) / 0.33 (2/6) records; after this round:
    # (and after the round on 18: a short track skater's biography and the Games she returned for, two more; after the
    # round on 29 and 30, one more: "won the A and the B"; sixteenth session, three more: the 1988 women's singles podium,
    # each said with a colour and no event, takes the data's one medal of that colour in the event the page names)
    assert (scores["heldout14"]["medals"].right, scores["heldout14"]["medals"].drafted, scores["heldout14"]["medals"].expected) == (35, 35, 40)
    assert (scores["heldout14"]["records"].right, scores["heldout14"]["records"].drafted, scores["heldout14"]["records"].expected) == (2, 2, 6)
    # held out 15 (13 event pages 1932-2018 and a biography, annotated blind after the round on 14; a 14th article, a Voice
    # of America report, was measured, 1.00 (2/2) / 1.00 (2/2), but is not committed: US government work, possibly with
    # wire copy), first run 0.50 (10/20) / 0.36 (10/28) medals (six wrong: a bobsleigh crew's "20 pairs" read as the
    # pairs event), none of 2 records; after this round:
    assert (scores["heldout15"]["medals"].right, scores["heldout15"]["medals"].drafted, scores["heldout15"]["medals"].expected) == (25, 25, 28)
    assert (scores["heldout15"]["records"].right, scores["heldout15"]["records"].drafted, scores["heldout15"]["records"].expected) == (1, 1, 2)
    # held out 16 (12 event pages 1952-2022, annotated blind after the round on 15), first run 0.95 (21/22) / 0.60 (21/35)
    # medals, 0.00 (0/1) / 0.00 (0/1) records (both wrong facts: a "she" of the next sentence given to a skater named in a
    # collision); after this round:
    assert (scores["heldout16"]["medals"].right, scores["heldout16"]["medals"].drafted, scores["heldout16"]["medals"].expected) == (32, 32, 35)
    assert (scores["heldout16"]["records"].right, scores["heldout16"]["records"].drafted, scores["heldout16"]["records"].expected) == (1, 1, 1)
    # held out 17 (12 event pages 1960-2022, annotated blind after the round on 16), first run 0.96 (23/24) / 0.59 (23/39)
    # medals (the wrong one: Manfred Geyer's relay bronze under "relay", the page title's event, where the annotator wrote
    # the legs), records 1/1; after two general fixes (a relay title takes the legs its text gives; "going one better
    # from her silver medal at the 1956 Olympics"):
    assert (scores["heldout17"]["medals"].right, scores["heldout17"]["medals"].drafted, scores["heldout17"]["medals"].expected) == (35, 35, 39)
    assert (scores["heldout17"]["records"].right, scores["heldout17"]["records"].drafted, scores["heldout17"]["records"].expected) == (1, 1, 1)
    # held out 18 (12 pages 1932-2026, annotated blind after the round on 17), first run 0.91 (20/22) / 0.56 (20/36)
    # medals, 0.50 (1/2) / 0.20 (1/5) records; after one round of two general fixes (a short track skater's biography
    # read as short track; "returned yet again for the 1994 Games") and the later rounds, no wrong medal is left (Fanny
    # Smith's silver, read from a World Cup paragraph, went with the round after held out 22; Grafström's 1932 silver
    # under "individual" with the round after held out 24); the wrong record, Grafström's career medals read as a record
    assert (scores["heldout18"]["medals"].right, scores["heldout18"]["medals"].drafted, scores["heldout18"]["medals"].expected) == (30, 30, 36)
    assert (scores["heldout18"]["records"].right, scores["heldout18"]["records"].drafted, scores["heldout18"]["records"].expected) == (3, 4, 5)
    # held out 19 (11 Wikipedia pages 1936-2022, annotated blind after the round on 18), first run 1.00 (13/13) / 0.59 (13/22)
    # medals, 1/1 records; after one round of general fixes (a plural's possessive nation, "French sisters A and B",
    # "edged out B by 0.04 seconds", "in front of B", relay members and lone surnames the results data confirms):
    # (seventeenth session: 22/22/22 before; Vincent Jay's 2010 pursuit bronze by rule medal-data-rival, true in the results
    # data, which the annotator left out: the page names him as the leader overtaken, not his place)
    assert (scores["heldout19"]["medals"].right, scores["heldout19"]["medals"].drafted, scores["heldout19"]["medals"].expected) == (22, 23, 22)
    assert (scores["heldout19"]["records"].right, scores["heldout19"]["records"].drafted, scores["heldout19"]["records"].expected) == (1, 1, 1)
    # held out 20, 21 and 22 (4, 9 and 11 Wikipedia pages 1924-2026, annotated blind after the round on 19, in parallel, by
    # sport), first runs: 20 medals 1.00 (7/7) / 0.58 (7/12); 21 medals 0.62 (5/8) / 0.25 (5/20); 22 medals 0.87 (13/15) /
    # 0.54 (13/24), records 1.00 (2/2) / 0.50 (2/4). After one round of general fixes (a biography opening with the dates of
    # a life, the season's other competitions, the sentence after another dated competition, biathlon's individual without
    # its distance, "The winner was the first racer over the finish line, A", colours paired with events in order, a
    # middle given name of the data, a list of Games' years), the one wrong medal left is Sven Fischer's sprint gold in the
    # 2006 pursuit page ("sprint winner Sven Fischer": right, but the annotator leaves a medal of another event out)
    # (after the round on 29 and 30, one more: a biography's one medal of named Games, the data's one of that colour)
    assert (scores["heldout20"]["medals"].right, scores["heldout20"]["medals"].drafted, scores["heldout20"]["medals"].expected) == (10, 10, 12)
    # (sixteenth session: 11/12/20 before)
    assert (scores["heldout21"]["medals"].right, scores["heldout21"]["medals"].drafted, scores["heldout21"]["medals"].expected) == (11, 12, 22)
    # (seventeenth session: 16/16/24 before; Uytdehaage's 2002 1500 m silver by rule medal-data-rival, true in the results
    # data, which the annotator left out: the prose names him for the world record only)
    assert (scores["heldout22"]["medals"].right, scores["heldout22"]["medals"].drafted, scores["heldout22"]["medals"].expected) == (16, 17, 24)
    assert (scores["heldout22"]["records"].right, scores["heldout22"]["records"].drafted, scores["heldout22"]["records"].expected) == (2, 2, 4)
    # held out 23 and 24 (8 and 9 pages 1924-2022, six biographies, annotated blind after the round on 20-22, by sport),
    # first runs: 23 medals 0.80 (8/10) / 0.38 (8/21); 24 medals 0.89 (16/18) / 0.62 (16/26), records 1.00 (1/1) / 0.25
    # (1/4). After two guards and one id (another competition's "that event"; "the FIL World Luge Championships"; biathlon's
    # sprint and pursuit without their distance) and a biography's medal record lines ("two gold medals (Men's doubles:
    # 1972, Men's singles: 1984)") and athlete nouns ("luger", "biathlete"), no wrong medal is left
    assert (scores["heldout23"]["medals"].right, scores["heldout23"]["medals"].drafted, scores["heldout23"]["medals"].expected) == (18, 18, 21)
    assert (scores["heldout24"]["medals"].right, scores["heldout24"]["medals"].drafted, scores["heldout24"]["medals"].expected) == (25, 25, 26)
    assert (scores["heldout24"]["records"].right, scores["heldout24"]["records"].drafted, scores["heldout24"]["records"].expected) == (3, 3, 4)
    # held out 25 and 26 (7 and 5 pages 1952-2022, six biographies; four pages of 25 name no medallist in their prose),
    # annotated blind after the round on 23 and 24, first runs: 25 medals - (0/0) / 0.00 (0/3); 26 medals 0.88 (7/8) /
    # 0.58 (7/12), records 0.50 (1/2) / 1.00 (1/1). After one guard ("In pair 3, ... B became second" is a standing), the
    # wrong record left is Sven Kramer's Olympic record of an earlier Games, named as held before the race ("the Olympic
    # record holder was Sven Kramer"), which this annotator leaves out
    assert (scores["heldout25"]["medals"].right, scores["heldout25"]["medals"].drafted, scores["heldout25"]["medals"].expected) == (0, 0, 3)
    assert (scores["heldout26"]["medals"].right, scores["heldout26"]["medals"].drafted, scores["heldout26"]["medals"].expected) == (12, 12, 12)
    assert (scores["heldout26"]["records"].right, scores["heldout26"]["records"].drafted, scores["heldout26"]["records"].expected) == (1, 2, 1)
    # held out 27 and 28 (7 and 9 pages 1948-2022, six biographies, annotated blind after the round before them, which was
    # made on the set before them only), first runs: 27 medals 0.33 (4/12) / 0.25 (4/16), a record missed (0/1); 28
    # medals 1.00 (13/13) / 0.52 (13/25), records 1.00 (3/3) / 0.60 (3/5). Six of 27's eight wrong medals were right
    # medals under another id (a cross-country mass start the text gives 50 km, "after 50 kilometres"); after a round of
    # general readings (the race's distance, a championships' opening with its year after, a one-sport biography's
    # "combined", "Olympic Games", "on the 1,000 m", each subject pronoun, "being beaten by"; none wrong on any split):
    assert (scores["heldout27"]["medals"].right, scores["heldout27"]["medals"].drafted, scores["heldout27"]["medals"].expected) == (15, 15, 16)
    assert (scores["heldout27"]["records"].right, scores["heldout27"]["records"].drafted, scores["heldout27"]["records"].expected) == (0, 0, 1)
    assert (scores["heldout28"]["medals"].right, scores["heldout28"]["medals"].drafted, scores["heldout28"]["medals"].expected) == (19, 19, 25)
    assert (scores["heldout28"]["records"].right, scores["heldout28"]["records"].drafted, scores["heldout28"]["records"].expected) == (3, 3, 5)
    # held out 29 and 30 (7 and 3 pages 1948-2026, five biographies, annotated blind after the round on 27 and 28, which
    # never saw them), first runs: 29 medals 0.88 (14/16) / 0.78 (14/18); 30 medals 1.00 (5/5) / 0.83 (5/6); no records.
    # The two wrong: "whose result was first improved by" read as a place, and a 2014 medal told in a "with" clause after
    # "in 2014". After a round of general readings ("won the A and the B, placing third in the C", a list of merits' line
    # "1968 Olympic silver medal, 1,500 meters", a biography's one medal of named Games the data has one of, a page titled
    # by the nickname, "a speed skater from the Netherlands"):
    # A second round after held out 30 (a pronoun subject named again later as an object, "became Olympic Champion", a name
    # ending in "Jr." before the lead's brackets, "Finn" as a given name, "ahead of three skaters winning Olympic silver",
    # a place at named Games the data confirms, an event named past the medal's clause, a crew's medal with a remark after
    # it, a sweep's one nation, "and the X at another competition" after these Games, "the inaugural ... champion") drafts
    # 16 more medals and a record of the sets above, none wrong; then "a member of the (silver medal-)winning relay team"
    # two more, and Bjørndalen's 2002 individual gold in held out 9, read before from "the gold-medal winning relay team"
    # under the wrong event's name by luck, is left (a "silver medal-winning" team is no win of the event).
    assert (scores["heldout29"]["medals"].right, scores["heldout29"]["medals"].drafted, scores["heldout29"]["medals"].expected) == (18, 18, 18)
    assert (scores["heldout30"]["medals"].right, scores["heldout30"]["medals"].drafted, scores["heldout30"]["medals"].expected) == (6, 6, 6)
    # held out 31 and 32 (9 and 7 pages 1956-2026, six biographies, annotated blind while the rounds above were made, first
    # run on the code of those rounds): 31 medals 1.00 (18/18) / 0.78 (18/23); 32 medals 1.00 (10/10) / 0.36 (10/28), a
    # record missed (0/1). After a round of general readings (a title "– Men's" of a sport of one event a sex, "Germany,
    # represented by A, B, C and D", "the Swiss crew, driven by A", "which was the 1,000 meters", a biography's first pronoun
    # for its sex, words of kin only before names, a later verb phrase after a title of another competition, each named
    # event at each named Games, a subject pronoun before a name named later, "A tied with B", a surname folding to a stop
    # word ("Aas"), the medal words nearest the name, "in the 4x5 km", a sport from the data's event, "the Commonwealth of
    # Independent States", "followed by teammate Walliser"):
    assert (scores["heldout31"]["medals"].right, scores["heldout31"]["medals"].drafted, scores["heldout31"]["medals"].expected) == (21, 21, 23)
    assert (scores["heldout32"]["medals"].right, scores["heldout32"]["medals"].drafted, scores["heldout32"]["medals"].expected) == (22, 22, 28)
    assert (scores["heldout32"]["records"].right, scores["heldout32"]["records"].drafted, scores["heldout32"]["records"].expected) == (0, 0, 1)
    # held out 33 (7 pages 1952-2014, three biographies, annotated blind after those rounds), first run 0.86 (12/14) /
    # 0.60 (12/20) medals, no records stated; after two guards (an event named in another subject's clause with its own
    # verb; "won two medals at the 1954 FIS Nordic World Ski Championships with a silver in the relay"):
    # held out 34 (8 pages 1968-2022, three biographies, annotated blind after the guards on 33; measured at the end of the
    # session, no round after it): first run 0.94 (17/18) / 0.89 (17/19) medals, 0.25 (1/4) / 0.50 (1/2) records. After a
    # round on 33 and 34 (a person's page without a birth date, "he won the large hill and placed second in the new normal
    # hill event", "was the runner-up in the giant slalom", each colour at the Games said after it, "the Boys' 1000 m" of the
    # Youth Olympics, a biography's record at its passage's Games, a previous record's year not the passage's): the two
    # records still wrong are held before the race ("the world record holder is Pavel Kulizhnikov"), which this annotator
    # leaves out and the set's others expect
    assert (scores["heldout33"]["medals"].right, scores["heldout33"]["medals"].drafted, scores["heldout33"]["medals"].expected) == (19, 19, 20)
    assert scores["heldout34"]["medals"].expected == 19
    assert (scores["heldout34"]["records"].right, scores["heldout34"]["records"].drafted, scores["heldout34"]["records"].expected) == (2, 4, 2)
    # held out 36 (9 Wikipedia pages 1936-2026, three biographies, annotated blind while the round on 33 and 34 was made, first
    # run on its commit): 0.92 (12/13) / 0.40 (12/30) medals, 1.00 (1/1) / 0.50 (1/2) records (the wrong medal: a 2026 "dual
    # moguls" gold under the moguls);
    # twelve of its eighteen misses were one luge team relay, an event the extractor did not know. After a round of general
    # readings (luge's team relay, pairs written "A / B", "Austria, with A, B, and C / D, won silver, and Latvia, with ...,
    # bronze", "won by Germany's A, B, C / D", another competition's standings in the sentence before, "gold over 500
    # meters" of a biography whose lead names its sport, "Four years later ... in Albertville", "was able to repeat his
    # triumph", "defended her 1928 and 1932 title", "the ladies' individual skating event", "along with brakeman B",
    # "dual moguls", "the sixth gold Olympic medal, more than any other luger had ever won"):
    assert (scores["heldout36"]["medals"].right, scores["heldout36"]["medals"].drafted, scores["heldout36"]["medals"].expected) == (30, 30, 30)
    assert (scores["heldout36"]["records"].right, scores["heldout36"]["records"].drafted, scores["heldout36"]["records"].expected) == (2, 2, 2)
    # held out 35 (8 Wikipedia pages 1932-2014, three biographies, annotated blind while the rounds above were made, first run
    # on b156e5c): 0.74 (14/19) / 0.67 (14/21) medals, no record of 2 (the wrong: a pursuit page's podium under the sprint
    # that "None of the sprint medalists won a medal in the pursuit" names, and a 2002 result changed by a disqualification).
    # After a round (the lone format of the title's event, "the sprint medalists" describing athletes, a disqualification
    # and the medals given after it or its appeal, "The silver medalist became Italy's A", "her 10th Olympic medal,
    # equaling the Winter Olympic record for women held by ... B", a description line above a biography's lead, "Birger
    # Ruud" after "Birger Johannes Ruud", "The greatest success was winning", 'the "flying dentist" became', "but he went on
    # to victory", "the only team sprint event of the season"; the scorer takes an athlete's full-name aliases):
    assert (scores["heldout35"]["medals"].right, scores["heldout35"]["medals"].drafted, scores["heldout35"]["medals"].expected) == (21, 21, 21)
    assert (scores["heldout35"]["records"].right, scores["heldout35"]["records"].drafted, scores["heldout35"]["records"].expected) == (2, 2, 2)
    assert (scores["heldout34"]["medals"].right, scores["heldout34"]["medals"].drafted) == (19, 19)   # Keller's 1968 gold since this round, Lim's since 42/43
    # held out 37 (9 pages 1924-2010, three biographies, one Olympics Wiki page, annotated blind while the round on 35 was
    # made, first run on 123151b): 0.92 (12/13) / 0.46 (12/26) medals, records 1.00 (1/1) / 1.00. After a round ("With
    # partner Irina Rodnina, he is a two-time (1976, 1980) Olympic champion", "pair skater", a phonetic match of two
    # romanisations, a biography's title as its subject's alias, "two-man bobsleigh races for women", "Olympic champions
    # were the Bob USA II with A and B", "Silver and bronze went to ... A and B as well as C and D", "she beat Chinese Wang
    # Manli", a place in the name's own relative clause, "ending up on the podium" by the data's colour), the two left are
    # a hedged 1924 curling medal pair ("if the official IOC records are correct"):
    assert (scores["heldout37"]["medals"].right, scores["heldout37"]["medals"].drafted, scores["heldout37"]["medals"].expected) == (24, 24, 26)
    assert (scores["heldout37"]["records"].right, scores["heldout37"]["records"].drafted, scores["heldout37"]["records"].expected) == (1, 1, 1)
    # held out 38 and 39 (7 and 8 pages 1928-2022, six biographies, annotated blind while the round on 37 was made, first runs
    # on de2011a): 38 medals 0.94 (17/18) / 0.81 (17/21); 39 medals 0.43 (3/7) / 0.13 (3/23), records none of 2 (four wrong:
    # a section of a biography, "Billy Fiske - Bobsled Career", read as a page of the 1936 Games it names last, and a
    # married name). After a round (distances listed in a cross-country biography, a place after "at", another
    # competition's medal and a year without Games in the data's clause, an Olympic predicate beside another competition's,
    # colours after their years, "raced in pairs", a record of an event the extractor does not know, a section of a
    # person's page, "five-man" bobsleigh, "As driver of ...", "His American team-mates were ...", "and his team-mates, ...",
    # the Olympics Wiki's "Short Track 2018/...", "Olympic champion of the 1500 metres A", each event at the Games said after
    # it, a figure skating overview's section "Men", a page title's name as the alias of a married name):
    assert (scores["heldout38"]["medals"].right, scores["heldout38"]["medals"].drafted, scores["heldout38"]["medals"].expected) == (20, 20, 21)
    # (sixteenth session: 20/20/23 before)
    assert (scores["heldout39"]["medals"].right, scores["heldout39"]["medals"].drafted, scores["heldout39"]["medals"].expected) == (20, 20, 25)
    # held out 40 and 41 (7 and 10 pages 1948-2026, six biographies, annotated blind while the round on 38 and 39 was made,
    # first runs on b33f5c2, measured last): 40 medals 0.57 (8/14) / 0.42 (8/19); 41 medals 0.92 (11/12) / 0.55 (11/20), records
    # 1.00 (5/5) / 0.71 (5/7). Three guards after them (a World Cup race's event is not the next sentence's; "won that race"
    # of a race the sentence before dates; a snowboarder's giant slalom), no reading of their misses; the wrong medal left,
    # Tom Sandberg's 1984 gold under the "15 km individual" (the annotator writes the Nordic combined individual), is right
    # since the Nordic combined id fix after held out 54:
    # (sixteenth session: 9/9/19 before)
    # (seventeenth session: 9/9/20 before, rule medal-data-rival)
    assert (scores["heldout40"]["medals"].right, scores["heldout40"]["medals"].drafted, scores["heldout40"]["medals"].expected) == (10, 10, 20)
    assert (scores["heldout41"]["medals"].right, scores["heldout41"]["medals"].drafted, scores["heldout41"]["medals"].expected) == (14, 14, 20)
    assert (scores["heldout41"]["records"].right, scores["heldout41"]["records"].drafted, scores["heldout41"]["records"].expected) == (6, 6, 7)
    # held out 42 and 43 (8 and 9 pages 1952-2022, six biographies, annotated blind while the guards above were made, first
    # runs on ebf08a9, measured at the end of the session, no round after them): 42 medals 0.93 (13/14) / 0.76 (13/17); 43
    # medals 0.71 (10/14) / 0.37 (10/27), records 1.00 (4/4) / 0.33 (4/12)
    assert (scores["heldout42"]["medals"].right, scores["heldout42"]["medals"].drafted, scores["heldout42"]["medals"].expected) == (14, 15, 17)
    # (after them, two fixes of this session's own code, not readings of their misses: "Yan" alone after "Yan Wengang of
    # China", a family name written first, and the subject of "..., but was then disqualified"; 43 drafts one wrong medal less)
    # (Axel Jungk's skeleton medal is silver since the twelfth session: the results data's 2022 labels, "Skeleton, Men", are
    # read for their sport, so the data check sees his silver where the text's words read a gold)
    assert (scores["heldout43"]["medals"].right, scores["heldout43"]["medals"].drafted, scores["heldout43"]["medals"].expected) == (12, 14, 27)
    assert (scores["heldout43"]["records"].right, scores["heldout43"]["records"].drafted, scores["heldout43"]["records"].expected) == (5, 5, 12)
    # held out 44 and 45 (7 and 6 pages 1952-2022, six biographies, annotated blind while the two fixes above were made, first
    # runs on 2c89e50, measured at the end of the session, no round after them): 44 medals 0.80 (12/15) / 0.67 (12/18); 45
    # medals 0.78 (7/9) / 0.64 (7/11), records 1.00 (1/1) / 0.25 (1/4)
    # After a round on 41 to 45's misses (next session): an adverb opening a sentence ("Finally A set a new Olympic record
    # ... on the way to win the tenth heat and the gold medal"), "a day after the men's slalom races" no event of the page,
    # "won both the slalom and the giant slalom events", "gold in the A and the B", a biathlon distance alone as the data's
    # event, "won both individual events" (the data's golds exactly two), another person's medal of other Games in a
    # biography left out; the other splits gain from the same readings:
    assert (scores["heldout44"]["medals"].right, scores["heldout44"]["medals"].drafted, scores["heldout44"]["medals"].expected) == (17, 17, 18)
    # (held out 45's Neuner sisters: the text gives Angelika gold and Doris silver in the 1992 luge singles, the results data
    # the other way round; since the round after held out 46 and 47 a medal the data contradicts is not drafted, with a warning;
    # since the eleventh session a team or crew event before 2018 is judged so too: Linichuk and Karponosov's ice dance gold
    # read at 1976, where the data has them with no medal, is not drafted)
    assert (scores["heldout45"]["medals"].right, scores["heldout45"]["medals"].drafted, scores["heldout45"]["medals"].expected) == (5, 5, 11)
    assert (scores["heldout45"]["records"].right, scores["heldout45"]["records"].drafted, scores["heldout45"]["records"].expected) == (2, 2, 4)
    # held out 46 and 47 (6 and 9 pages 1948-2022, six biographies, annotated blind while the round above was made, first runs
    # on 1afee44): 46 medals 1.00 (12/12) / 0.75 (12/16); 47 medals 0.92 (11/12) / 0.42 (11/26), records 1.00 (3/3) / 1.00. After
    # a round (events each with its year after one colour, each colour at the Games said after it, honours' letters after a
    # name, a data name's bracketed name change, a family name that is a venue word, a medal the results data contradicts):
    assert (scores["heldout46"]["medals"].right, scores["heldout46"]["medals"].drafted, scores["heldout46"]["medals"].expected) == (12, 12, 16)
    assert (scores["heldout47"]["medals"].right, scores["heldout47"]["medals"].drafted, scores["heldout47"]["medals"].expected) == (24, 24, 26)
    assert (scores["heldout47"]["records"].right, scores["heldout47"]["records"].drafted, scores["heldout47"]["records"].expected) == (3, 3, 3)
    # held out 48 and 49 (7 and 8 pages 1952-2022, six biographies, annotated blind while the round above was made, first runs
    # on 613a4e2): 48 medals 0.75 (6/8) / 0.60 (6/10); 49 medals 1.00 (17/17) / 0.53 (17/32), records 1.00 (1/1) / 1.00. After a
    # round (a life whose birthplace follows a comma is a biography; the title's name with a double surname is an alias; in a
    # biography, another's medal in the passage's event the data confirms; "a former speed skater who won three gold medals";
    # "retained her Olympic title by beating ..."; a month inside a name; "lost ... to A and B"; an aside in brackets;
    # teammates "along with countrymen A, B and C"; after 50 and 51, "a short track speedskater" of one sport and "5000 m
    # short-track relay"). 49's record now drafted and wrong: "World record holder Catriona Le May
    # Doan" (a standing record, which this annotator leaves out; the name was not read before):
    assert (scores["heldout48"]["medals"].right, scores["heldout48"]["medals"].drafted, scores["heldout48"]["medals"].expected) == (10, 10, 10)
    assert (scores["heldout49"]["medals"].right, scores["heldout49"]["medals"].drafted, scores["heldout49"]["medals"].expected) == (27, 27, 32)
    assert (scores["heldout49"]["records"].right, scores["heldout49"]["records"].drafted, scores["heldout49"]["records"].expected) == (1, 2, 1)
    # held out 50 and 51 (5 and 5 pages 1956-2026, six biographies, annotated blind while the round above was made, first runs
    # on 6f27379): 50 medals 1.00 (8/8) / 0.73 (8/11); 51 medals 0.89 (8/9) / 0.44 (8/18). After a round (a list of titles, each
    # with its years right before it, "the 2010 Olympic champion, the 2002 & 2006 Olympic bronze medalist, a three-time World
    # champion", shared with the partner named before; the scorer reads 'Nicole "Nikki" L. Stone' as "Nikki Stone" too, as its
    # annotator writes her).
    # Since this round held out 3's page also drafts "Quentin Fillon Maillet, the winner of the sprint" (a gold of the same
    # Games the results data confirms, which its annotator left out):
    assert (scores["heldout50"]["medals"].right, scores["heldout50"]["medals"].drafted, scores["heldout50"]["medals"].expected) == (8, 8, 11)
    assert (scores["heldout51"]["medals"].right, scores["heldout51"]["medals"].drafted, scores["heldout51"]["medals"].expected) == (15, 15, 18)
    assert (scores["heldout3"]["medals"].drafted, scores["heldout3"]["medals"].expected) == (13, 12)
    # held out 52 and 53 (7 and 4 pages 1968-2022, six biographies, annotated blind while the rounds above were made, first runs
    # on 852dbfa): 52 medals 1.00 (11/11) / 0.44 (11/25); 53 medals 0.67 (4/6) / 0.36 (4/11), records none of 2 found. After a
    # round on 53 ("would recover to win", an excerpt that starts after a person page's lead, "where she won three gold
    # medals" after "Her main success dates from the 1988 Winter Olympics", "one of the ... speed skaters", a title alias with
    # a particle, a standing "at the end of the first day"); 52 had no reading. 53's wrong medal: Shelley Rudman's 2006 silver,
    # told in passing in Amy Williams's biography ("a spot won by Shelley Rudman, who went on to win the silver medal"):
    # (sixteenth session: 11/11/25 before)
    assert (scores["heldout52"]["medals"].right, scores["heldout52"]["medals"].drafted, scores["heldout52"]["medals"].expected) == (18, 18, 27)
    assert (scores["heldout53"]["medals"].right, scores["heldout53"]["medals"].drafted, scores["heldout53"]["medals"].expected) == (9, 10, 11)
    # held out 54 and 55 (3 and 4 pages 1936-2022, six biographies, annotated blind while the round on 53 was made, first runs
    # on 2fbae6d, measured last): 54 medals 0.33 (2/6) / 0.20 (2/10); 55 medals 1.00 (4/4) / 0.33 (4/12). 54's four wrong
    # medals were right medals under ids of their own ("15 km individual", "3 x 10 km team" of Nordic combined, which the
    # annotators write `individual` and `team`); after that one id fix (no reading of their misses), 54 is 1.00 (6/6) / 0.60,
    # and held out 40's last wrong medal (Tom Sandberg's 1984 gold) is right. Later, two readings of 55's misses ("With his wife
    # Ludmila Belousova he was a two-time Olympic champion (1964, 1968)", the teammates of a sentence's second medal):
    assert (scores["heldout54"]["medals"].right, scores["heldout54"]["medals"].drafted, scores["heldout54"]["medals"].expected) == (6, 6, 10)
    assert (scores["heldout55"]["medals"].right, scores["heldout55"]["medals"].drafted, scores["heldout55"]["medals"].expected) == (11, 11, 12)
    # held out 56 and 57 (4 and 3 pages 1936-1998, six biographies, annotated blind while the readings of 55 were made, first
    # runs on 3f66420, measured last with no round after them): 56 medals 0.75 (6/8) / 0.30 (6/20), records 0.00 (0/1); 57
    # medals 1.00 (2/2) / 0.50 (2/4). 56's wrong: Émile Allais's World Championship silvers of the biography's 1936 passage,
    # and "most career Olympic medals" of an alpine skier that its annotator does not count as a record:
    assert (scores["heldout56"]["medals"].right, scores["heldout56"]["medals"].drafted, scores["heldout56"]["medals"].expected) == (6, 8, 20)
    assert (scores["heldout56"]["records"].right, scores["heldout56"]["records"].drafted, scores["heldout56"]["records"].expected) == (0, 1, 0)
    assert (scores["heldout57"]["medals"].right, scores["heldout57"]["medals"].drafted, scores["heldout57"]["medals"].expected) == (2, 2, 4)
    assert len(list(DEVSET.glob("*.txt"))) == 471  # 4 train, 6 + 3 + 4 + 6 + 15 + 13 + 14 + 12 + 11 + 10 + 13 + 12 + 12 + 13 + 13 + 12 + 12 + 12 + 11 + 4 + 9 + 11 + 8 + 9 + 7 + 5 + 7 + 9 + 7 + 3 + 9 + 7 + 7 + 8 + 8 + 9 + 9 + 7 + 8 + 7 + 10 + 8 + 9 + 7 + 6 + 6 + 9 + 7 + 8 + 5 + 5 + 7 + 4 + 3 + 4 + 4 + 3 held out


NOTHING_DRAFTED = [
    "heldout10_wikipedia_1994_winter_olympics_medal_table.txt", "heldout10_wikipedia_espen_bredesen_biography.txt",
    "heldout10_wikipedia_nordic_combined_1992_overview.txt", "heldout10_wikipedia_short_track_1994_overview.txt",
    "heldout10_wikipedia_short_track_2002_overview.txt", "heldout10_wikipedia_ski_jumping_1988_overview.txt",
    "heldout11_wikipedia_biathlon_1984_overview.txt", "heldout11_wikipedia_bobsleigh_1964_four_man.txt",
    "heldout11_wikipedia_curling_2010_overview.txt", "heldout11_wikipedia_games_1924_medal_winners.txt",
    "heldout11_wikipedia_nordic_combined_1988_overview.txt",
    "heldout13_wikipedia_luge_1968_doubles.txt",
    "heldout13_wikipedia_xc_2006_men_relay.txt",
    "heldout14_wikipedia_skeleton_1948_men.txt", "heldout15_wikipedia_figure_skating_2006_ice_dance.txt",
    "heldout15_wikipedia_speed_skating_1932_men_500m.txt", "heldout15_wikipedia_xc_2002_women_pursuit.txt",
    "heldout18_wikipedia_speed_skating_2002_women_1500m.txt", "heldout19_wikipedia_biathlon_2002_men_individual.txt",
    "heldout21_wikipedia_nordic_combined_2022_team.txt", "heldout21_wikipedia_ski_jumping_1924_normal_hill.txt",
    "heldout21_wikipedia_xc_1998_men_10km.txt", "heldout22_wikipedia_figure_skating_1988_men_singles.txt",
    "heldout25_wikipedia_alpine_2006_men_giant_slalom.txt", "heldout25_wikipedia_biathlon_1992_women_relay.txt",
    "heldout25_wikipedia_hubert_strolz_biography.txt", "heldout25_wikipedia_klavdiya_boyarskikh_biography.txt",
    "heldout25_wikipedia_lydia_wideman_biography.txt", "heldout25_wikipedia_nordic_combined_1988_individual.txt",
    "heldout25_wikipedia_ski_jumping_1968_large_hill.txt", "heldout28_wikipedia_luge_2018_doubles.txt",
    "heldout37_wikipedia_curling_1924_men.txt",
    "heldout40_wikipedia_alpine_1948_men_downhill.txt", "heldout40_wikipedia_samppa_lajunen_biography.txt",
    "heldout41_wikipedia_ondrej_nepela_biography.txt", "heldout41_wikipedia_skeleton_2014_men.txt",
    "heldout42_wikipedia_biathlon_2002_men_pursuit.txt", "heldout42_wikipedia_bjarne_andersson_biography.txt",
    "heldout43_wikipedia_luge_2022_doubles.txt", "heldout43_wikipedia_terry_mcdermott_biography.txt",
    "heldout45_wikipedia_luge_1992_women_singles.txt", "heldout45_wikipedia_natalia_linichuk_biography.txt",
    "heldout45_wikipedia_speed_skating_1960_women_1000m.txt",
    "heldout46_wikipedia_heikki_hasu_biography.txt", "heldout46_wikipedia_lars_bystol_biography.txt",
    "heldout50_wikipedia_nordic_combined_1956_individual.txt", "heldout51_wikipedia_speed_skating_2014_men_500m_ru.txt",
    "heldout52_wikipedia_aleksandr_tikhonov_biography.txt",
    "heldout52_wikipedia_simon_ammann_biography.txt", "heldout54_wikipedia_sverre_stenersen_biography.txt",
    "heldout55_wikipedia_ice_hockey_1936_men.txt", "heldout56_wikipedia_jean_claude_killy_biography.txt",
    "heldout57_wikipedia_john_curry_biography.txt", "heldout57_wikipedia_jonny_moseley_biography.txt",
    "heldout8_wikipedia_nordic_combined_2010_large_hill.txt", "heldout8_wikipedia_xc_2010_men_relay.txt",
    "heldout9_fandom_ice_hockey_1980_men.txt", "heldout9_wikipedia_bobsleigh_1998_two_man.txt",
    "heldout9_wikipedia_luge_1998_overview.txt", "heldout9_wikipedia_norway_at_the_1994_winter_olympics.txt",
]


@needs_data
def test_every_devset_draft_builds(names, tmp_path):
    nothing = []
    for article in sorted(DEVSET.glob("*.txt")):
        folder = tmp_path / article.stem
        folder.mkdir()
        (folder / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
        try:
            draft = extract(article, names=names)
        except PodiumError as error:  # exit 2 for the user; the draft of a page that names no medallist is empty
            assert "nothing drafted" in str(error) or "nothing to draft" in str(error), article.name
            nothing.append(article.name)
            continue
        (folder / f"{article.stem}.facts.yaml").write_text(draft_yaml(draft), encoding="utf-8")
        assert summary(build(folder))["sources"] == 1, article.name
    # (since the sixteenth session five team pages draft the team medals their prose states of nations, team_medal facts,
    # which build: the 2014 and 2010 women's relays, the 2022 mixed relay, the 2018 alpine mixed team and short track relay)
    # held out 8: four pages whose prose names no medallist of the event (the two biographies draft their medals now);
    # held out 9 and 10: eight pages that state no medal of their own, and two whose medals the rules do not read
    # (skaters named by surname only, "taking both individual events"; a win "two days before" in another event's page is
    # read since the round after held out 28);
    # held out 11: five pages that state no medal of their own, and two whose medals the rules do not read (a curling team
    # in a record sentence; "Shaun White, the gold medalist for this event": the results data has no 2006 row of him, so
    # the rule medal-data cannot confirm it); held out 12: the 1964 two-man (a copy that breaks the line between the two
    # names; drafted since the round after held out 22; Kim Ki-hoon's biography since the round after held out 28);
    # held out 13: two relays that name no medallist of their own, and three whose medals the rules do not read ("With his
    # win, Thomas Köhler became the first", "had already wrapped up the gold medal
    # performance", a biography's Olympic gold in a list of results); held out 14: one whose medal the rules do not read
    # (a silver of 1948 inferred from one of 1928; "the Battle of the Carmens", naming no event, drafts since the sixteenth
    # session); held out 15: two pages without a medal in their prose (a record page, an
    # ice dance copy that stops after the compulsory dance) and three whose medals the rules do not read (places told by
    # time gaps, a surname-only gold; Finn Helgesen's biography, "Finn" read as a demonym, drafts since the round after held out
    # 30);
    # held out 18 (first run): "was able to beat"; held out 19 (first run): a copy that stops
    # before the result, and two whose medals the rules do not read ("a Finnish double victory in which Hyvärinen
    # triumphed in front of Kallakorpi": the page names ski jumping, of one event at those Games, but no event, read since
    # the round after held out 32 by the data's one event; a biography's "James Edmound Shea Jr." won gold, drafted since
    # the round after held out 30); held out 20-22: a copy of the 1988 men's singles that stops before
    # the result, and four whose medals the rules do not read (a biography's "finished second to Georg Thoma" after "a
    # favourite": its "who won the Nordic combined event at the 1964 Winter Olympics" is drafted since the round after
    # held out 30, its subject's one 1964 gold in the results data; "later the normal hill event at the 1984 Winter
    # Olympics" with no discipline, a team event whose sex the
    # text never gives, "The winner of the competition A also won a silver medal ... at the 1936 Summer Olympics", and
    # Dæhlie, whose nation neither the text nor the results data gives); held out 23 and 24: a biography whose medals the
    # rules do not read ("won all three Nordic skiing events (18 km, 50 km and combined)"; "the inaugural women's
    # skeleton champion" is read since the round after held out 30); held out 25 and 26: four pages that name no medallist in their prose, and three biographies
    # whose medals the rules do not read ("won all of them, including the 1952 Winter Olympics", "win all Olympic events"
    # with a relay, "won the combination" in a machine translation); held out 27 and 28: a luge doubles of 2018 whose sex
    # the text never gives (the results data has no nation and no medal for team events from 2018 on); the 2002 biathlon
    # overview ("who won each of the three men's individual events, as well as participating in the gold-medal winning relay team") drafted one gold by luck, under the wrong event's name,
    # until the round after held out 30; "He earned a gold medal at the 1960 Winter Olympics in ski jumping" (no hill, two
    # events) is drafted since the round after held out 30: its subject's one 1960 gold in the results data; held out 33:
    # two biographies without a birth date drafted nothing on their first run ("won a gold medal in the 3 x 5 km at the
    # 1956 Winter Olympics ... and a silver medal in the 10 km at the 1952 Winter Olympics", one Games a pair; "he won the
    # large hill and placed second in the new normal hill event"), both read since the round after held out 34; held out 37:
    # a 1924 curling page whose one medallist named has two medals "if the official IOC records are correct" (a hedge); held
    # out 40 and 41 (measured last, no reading of their misses): a machine translation of
    # the 1948 downhill ("push forward to the second place"), a machine-translated biography ("the Gundersen method", "the
    # relay"), "1972 Olympic champion" with no event, and the 2014 skeleton's gold told as stripped and restored; held out
    # 42 and 43 (measured last): medals of other events told in passing ("having won both of the previous individual
    # events", "Individual champion Andrea Henkel"), a relay silver, a luge doubles told by pairs, "a surprise winner on the
    # 500 m"; held out 45: a gold told only by the winning Olympic record time. Since the round after held out 44 and 45,
    # three draft: "won all three Nordic skiing events" and the 2002 biathlon pages ("won both individual events" and the
    # like, whose golds the results data has exactly as many of). Held out 45's 1992 luge singles drafts nothing since its two
    # medals are the results data's the other way round (see above); held out 46: "competed in the 1948 and 1952 Olympics. He won
    # a gold and a silver medal in the individual Nordic combined event, respectively" (the years in the sentence before) and
    # "qualify for the normal hill of the Olympics ... Once there, ... to win Olympic gold" (the event two clauses before); held
    # out 50 and 51: a 1956 Nordic combined page whose one medallist named is told by a possessive ("Franciszek Gąsienica
    # Groń's bronze medal was the first ... medal for Poland in nordic combined"), and a machine translation of a Russian article that tells the 2014 500 m by the runs ("rise from sixth to third
    # place", "In the fight for gold, Michel Mulder managed to get ahead of Smekens"); held out 52 (no reading of its misses): a
    # biathlon relay of four Games told by years only, a mixed relay told for the nations with two leg skiers each, "four
    # individual gold medals, in 2002 and 2010" with a "gold double–double"; held out 54 and 55 (measured last): a machine
    # translation's Nordic combined medals, and a 1936 ice hockey page that names the champion as a nation and one scorer
    # (Protopopov's "With his wife Ludmila Belousova he was a two-time Olympic champion (1964, 1968)" is read since); held out
    # 56 and 57 (measured last): "a triple Olympic champion, winning the three alpine events at the 1968 Winter Olympics", "He
    # was the 1976 Olympic and World Champion" (another competition's title in the same words), and "the 1998 Winter Olympics
    # held in Nagano, Japan where he won a gold medal" after two World Cup events in the same sentence
    assert nothing == NOTHING_DRAFTED


def test_devset_articles_carry_source_and_licence():
    for article in DEVSET.glob("*.txt"):
        head = article.read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("source: http") and head[1].startswith("licence: CC BY-SA"), article.name


def test_medal_keys_fold_transliterations():
    assert medal_keys([{"medal": "gold", "event": "e", "athlete": "johannes-hoesflot-klaebo"}]) == Counter(
        {("gold", "e", "johannes hosflot klabo"): 1})


def test_a_name_written_with_a_nickname_scores_as_either_form(tmp_path):
    """'Anton "Toni" Sailer' drafted as toni-sailer is right against an expected anton-sailer; another name is not."""
    article = tmp_path / "heldout_a.txt"
    article.write_text("title: Toni Sailer\n\nAnton \"Toni\" Sailer (born 1935) is an Austrian alpine skier. He won the gold "
                       "medal in the downhill at the 1956 Winter Olympics.\n", encoding="utf-8")
    expected = "medals:\n  - {medal: gold, athlete: %s, nation: AUT, event: cortina-d-ampezzo-1956-alpine-skiing-men-downhill}\n"
    for athlete, right in (("anton-sailer", 1), ("toni-sailer", 1), ("anton-sailor", 0)):
        article.with_suffix(".expected.yaml").write_text(expected % athlete, encoding="utf-8")
        medals = evaluate(tmp_path, NameIndex())["heldout"]["medals"]
        assert (medals.right, medals.drafted, medals.expected) == (right, 1, 1)


@pytest.mark.parametrize(("expected", "message"), [
    (None, "no expected facts beside the article"),
    ("medals:\n  - [gold\n", "a.expected.yaml:3: not YAML"),
    ("just a line\n", "expected facts are a mapping"),
])
def test_a_bad_development_set_is_one_line_and_exit_2(tmp_path, capsys, expected, message):
    (tmp_path / "heldout_a.txt").write_text("title: T\n\nNothing here.\n", encoding="utf-8")
    if expected is not None:
        (tmp_path / "heldout_a.expected.yaml").write_text(expected, encoding="utf-8")
    assert eval_main([str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and message in captured.err


def test_a_news_set_is_measured_on_texts_kept_elsewhere_and_names_the_reports_without_text(tmp_path, capsys):
    """The news set commits expected facts only; its texts come from another folder, and a report without one is named."""
    expected_dir, texts = tmp_path / "newsset", tmp_path / "texts"
    expected_dir.mkdir(), texts.mkdir()
    medal = "medals:\n  - {medal: gold, athlete: %s, nation: AUT, event: cortina-d-ampezzo-1956-alpine-skiing-men-downhill}\n"
    (expected_dir / "news9_a.expected.yaml").write_text("# source: https://example.org/a\n" + medal % "toni-sailer", encoding="utf-8")
    (expected_dir / "news9_b.expected.yaml").write_text("# source: https://example.org/b\n" + medal % "anderl-molterer",
                                                        encoding="utf-8")
    (texts / "news9_a.txt").write_text("title: Toni Sailer\n\nAnton \"Toni\" Sailer (born 1935) is an Austrian alpine skier. He "
                                       "won the gold medal in the downhill at the 1956 Winter Olympics.\n", encoding="utf-8")
    assert eval_main([str(expected_dir), "--texts", str(texts)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "news9 (1 articles) medals: precision 1.00 (1/1), recall 1.00 (1/1)"
    assert out[-1] == f"  not measured, no text in {texts}: news9_b.expected.yaml (source: https://example.org/b)"
    assert eval_main([str(expected_dir), "--texts", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"extract_eval: error: {tmp_path / 'nowhere'}: not a folder of article texts\n"


def test_an_empty_development_set_folder_is_one_line_and_exit_2(tmp_path, capsys):
    assert eval_main([str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"extract_eval: error: {tmp_path}: no article (*.txt) in the development set\n"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the article is empty"),
    (b"\x00\x01binary", "not a text file"),
    (b"caf\xe9 au lait", "not UTF-8 text"),
    (b"The weather in Oslo was fine.", "no medal or record found"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    assert main(["extract", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and str(article) in err


def test_extract_command_writes_the_draft(tmp_path, capsys):
    out = tmp_path / "draft.facts.yaml"
    assert main(["extract", str(SEED_ARTICLE), "-o", str(out)]) == 0
    assert "medal: silver\n    athlete: martin-lowstrom-nyenget" in out.read_text(encoding="utf-8")


def test_weekday_without_article_date_is_warned(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Norway's Emil Iversen won bronze on Friday in the men's cross-country 50km mass start at the Milano Cortina 2026 Winter Olympics.\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    captured = capsys.readouterr()
    assert "'on Friday' is not resolved, the article has no date" in captured.err
    assert "day:" not in captured.out


def test_the_same_article_gives_the_same_draft(names):
    first = draft_yaml(extract(SEED_ARTICLE, names=names))
    assert draft_yaml(extract(SEED_ARTICLE, names=names)) == first


def test_a_medal_that_cannot_be_drafted_says_why(tmp_path, capsys):
    article = tmp_path / "a.txt"  # an invented name: no nation in the text, none in the results data
    article.write_text("date 2026-02-15 Zorblat Quennefax won the gold medal in the women's 7.5 km sprint in biathlon "
                       "at the Milano Cortina 2026 Winter Olympics.", encoding="utf-8")
    assert main(["extract", str(article)]) == 2
    assert "nothing drafted: gold medal of Zorblat Quennefax not drafted: the athlete's nation is not stated" in capsys.readouterr().err


def test_the_page_title_names_the_event(names):
    draft = extract(DEVSET / "heldout3_wikipedia_luge_2018_women_singles.txt", names=names)
    assert sorted((m.fields["medal"], m.fields["athlete"], m.fields["event"]) for m in draft.medals()) == [
        ("bronze", "alex-gough", "pyeongchang-2018-luge-women-singles"),
        ("gold", "natalie-geisenberger", "pyeongchang-2018-luge-women-singles"),  # "Geizenberger ... replicated her 2014 success"
        ("silver", "dajana-eitberger", "pyeongchang-2018-luge-women-singles")]


def test_medal_keys_join_an_athletes_initials():
    """"J.J. Thomas" drafted as j-j-thomas is the expected jj-thomas; a name of one-letter words only as initials."""
    assert medal_keys([{"medal": "bronze", "event": "e", "athlete": "j-j-thomas"}]) == medal_keys(
        [{"medal": "bronze", "event": "e", "athlete": "jj-thomas"}])
    assert medal_keys([{"medal": "gold", "event": "e", "athlete": "lee-ho-suk"}]) == Counter({("gold", "e", "lee ho suk"): 1})
