"""Check the seed article's claims against the results data.

Each claim the seed article makes about counts and records (Heiden's five golds of
1980, all in individual races; Klæbo's five golds before Milano Cortina and six at
it; the previous career record of eight; Phelps's 23; Norway's record 18 golds and
its 40 medals; Norway's own earlier record) is read from the seed graph (its stated
value and the exact quote) and computed from the imported data. The verdict is:

``agrees``
    the data gives the stated value;
``disagrees``
    the data is complete for the claim and gives another value;
``cannot be checked``
    the data lacks what the claim needs, and the reason names the gap: from 2018 on
    the data has no medal on team-event rows (relays, team sprints), it has no medal
    dates, and the medal table closes on the last day of the Games while an article
    counts as of its own date (the seed's "40 overall" is dated 21 February 2026; the
    medal table closes on the 22nd).

The checks also go into the store, as ``pod:ClaimCheck`` nodes in the graph
``.../id/graph/derived/claims`` (replaced on every run), each pointing at the stated
fact it checks.

Examples
--------
>>> verdict_for(5, 5, missing=0)
('agrees', '')
>>> verdict_for(6, 4, missing=2)[0]
'cannot be checked'
>>> verdict_for(5, 4, missing=0)[0]
'disagrees'
"""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Store

from .errors import PodiumError
from .names import ID_BASE
from .records_compute import (DATA_GAP, MedalRow, canonical_map, career_lineage, medal_rows,
                              nation_lineage, nation_tallies, single_games_lineage)
from .store import DEFAULT_STORE, open_store, query_store

__all__ = ["Check", "GRAPH_CLAIMS", "check_claims", "check_claims_in", "format_checks", "verdict_for"]

GRAPH_CLAIMS = ID_BASE + "graph/derived/claims"
POD = "https://w3id.org/podium/ontology#"
_PREFIX = (f"PREFIX pod: <{POD}>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
           "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")
MILANO_CORTINA = ID_BASE + "games/milano-cortina-2026"
LAKE_PLACID = ID_BASE + "games/lake-placid-1980"
NORWAY = "NOR"
MEDAL_TABLE_CLOSES = "2026-02-22"  # editions.csv: closing ceremony of 2026 Winter (read below)


@dataclass
class Check:
    """One claim checked: what it says, where, the two values, the verdict and why."""

    id: str
    fact: str
    claim: str
    quote: str
    stated: str
    computed: str
    verdict: str
    reason: str


def verdict_for(stated: int, computed: int, *, missing: int) -> tuple[str, str]:
    """The verdict on a count, given how many relevant data rows lack their medal.

    A count below the stated one, with at least as many medal-less team rows as the
    difference, cannot be checked; any other difference disagrees.
    """
    if computed == stated:
        return "agrees", ""
    if computed < stated and computed + missing >= stated:
        return "cannot be checked", (
            f"the data shows {computed}, and {missing} of the athlete's team-event rows from 2018 on "
            f"have no medal in the data (data gap: {DATA_GAP})")
    if missing:
        return "disagrees", f"even counting all {missing} medal-less team rows the data cannot give {stated}"
    return "disagrees", "the data is complete here and gives another value"


def _one(store: Store, query: str):
    rows = list(query_store(store, _PREFIX + query))
    return rows[0] if rows else None


def _quote(store: Store, fact_id: str) -> tuple[str, str]:
    row = _one(store, f"""SELECT ?f ?q WHERE {{ ?f a pod:StatedFact ; pod:factId "{fact_id}" ; pod:quote ?q }}""")
    if row is None:
        raise PodiumError(f"the store holds no stated fact {fact_id!r}: import with the seeds "
                          "(podium import PATH, without --no-seeds)")
    return row["f"].value, row["q"].value


def _value(store: Store, subject: str, prop: str) -> int | None:
    row = _one(store, f"SELECT ?v WHERE {{ <{subject}> pod:{prop} ?v }}")
    return int(row["v"].value) if row else None


def _data_athlete(store: Store, seed_iri: str, canon: dict[str, str]) -> str | None:
    row = _one(store, f"""SELECT ?d WHERE {{ GRAPH <{ID_BASE}graph/derived/links> {{ <{seed_iri}> owl:sameAs ?d }} }}""")
    return canon.get(row["d"].value, row["d"].value) if row else None


def _team_rows_without_medal(store: Store, athletes: set[str], games_filter) -> int:
    """2018+ team-event participations of these athlete IRIs (their rows carry no medal)."""
    if not athletes:
        return 0
    values = " ".join(f"<{a}>" for a in sorted(athletes))
    count = 0
    for r in query_store(store, _PREFIX + f"""SELECT DISTINCT ?p ?g ?year WHERE {{ VALUES ?a {{ {values} }}
            ?p pod:participant ?a ; pod:ofEvent ?e . ?e pod:teamEvent true ; pod:partOfGames ?g .
            ?g pod:year ?year }}"""):
        year = int(r["year"].value)
        if year >= 2018 and games_filter(r["g"].value, year):
            count += 1
    return count


def _golds(rows: list[MedalRow], athlete: str | None, keep) -> list[MedalRow]:
    return [r for r in rows if r.athlete == athlete and r.medal == "Gold" and keep(r)]


def _ids_of(canon: dict[str, str], athlete: str | None) -> set[str]:
    return {athlete} | {a for a, c in canon.items() if c == athlete} if athlete else set()


def _short(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _names(store: Store, iris) -> str:
    """The preferred labels of some entities, for a computed value's text."""
    names = []
    for iri in iris:
        row = _one(store, f"SELECT ?l WHERE {{ <{iri}> skos:prefLabel ?l }}")
        names.append(row["l"].value if row else _short(iri))
    return ", ".join(names)


def check_claims_in(store: Store, *, write: bool = True) -> list[Check]:
    """Check every claim of the seed against the data in the store (and record the checks).

    Raises
    ------
    PodiumError
        If the store holds no seed facts or no data.
    """
    rows = medal_rows(store)
    if not rows:
        raise PodiumError("the store holds no results data: run `podium import PATH` first")
    canon = canonical_map(store)
    tallies = nation_tallies(store)
    closing = _one(store, f"SELECT ?d WHERE {{ <{MILANO_CORTINA}> pod:endDate ?d }}")
    closes = closing["d"].value if closing else "the last day of the Games"
    checks: list[Check] = []
    athlete = {name: _data_athlete(store, ID_BASE + "athlete/" + name, canon)
               for name in ("eric-heiden", "johannes-hosflot-klaebo", "michael-phelps")}
    heiden, klaebo, phelps = athlete["eric-heiden"], athlete["johannes-hosflot-klaebo"], athlete["michael-phelps"]

    def add(fact_id: str, claim: str, stated: str, computed: str, verdict: str, reason: str,
            check_id: str | None = None) -> None:
        checks.append(Check(check_id or fact_id, fact_id, claim, _quote(store, fact_id)[1], stated,
                            computed, verdict, reason))

    def unlinked(fact_id: str, claim: str, stated: str, who: str) -> None:
        add(fact_id, claim, stated, "-", "cannot be checked",
            f"{who} is not linked to an athlete of the data (see podium link --report)")

    # 1. Heiden's five golds at Lake Placid 1980, all individual.
    stated = _value(store, ID_BASE + "tally/heiden-at-lake-placid-1980", "golds")
    claim = "Eric Heiden won five golds at Lake Placid 1980"
    if heiden is None:
        unlinked("tally-heiden-1980", claim, str(stated), "Eric Heiden")
    else:
        golds = _golds(rows, heiden, lambda r: r.games == LAKE_PLACID)
        verdict, reason = verdict_for(stated, len(golds), missing=0)
        add("tally-heiden-1980", claim, str(stated), str(len(golds)), verdict,
            reason or "golds of Eric Arthur Heiden (linked) at 1980 Winter: "
            + ", ".join(sorted(_short(r.event).split("speed-skating-")[-1] for r in golds)))
        individual = [r for r in golds if not r.team_event]
        add("record-heiden-individual", "All of Heiden's 1980 wins were in individual races",
            f"all {stated} individual", f"{len(individual)} of {len(golds)} individual",
            "agrees" if golds and len(individual) == len(golds) == stated else "disagrees",
            "every one of his 1980 golds is in an event the data marks as individual"
            if len(individual) == len(golds) else "some of his golds are in team events")

    # 2. Heiden's five was the single-Winter-Games record until Klæbo in 2026.
    lineage = single_games_lineage(rows, "Winter")
    before = [m for m in lineage if m.year < 2026]
    standing = before[-1] if before else None
    stated = _value(store, ID_BASE + "record/most-golds-athlete-single-winter-games-heiden-1980", "value")
    computed = f"{standing.value} ({_names(store, standing.holders)}, {_short(standing.games)})" if standing else "-"
    ok = standing is not None and standing.value == stated and heiden in standing.holders and standing.games == LAKE_PLACID
    add("record-heiden-1980", "Heiden's 5 golds at Lake Placid 1980 were the record for one athlete at a single Winter Games, standing until 2026",
        f"{stated} (Heiden, 1980)", computed, "agrees" if ok else "disagrees",
        "in the data no athlete reached 5 golds at one Winter Games before 1980, nor beat it before 2026 "
        "(2018+ team golds are missing at athlete level, which could only add golds to athletes with team events)"
        if ok else "the data's record before 2026 is another mark")

    # 2b. Heiden's record of individual-event golds still stands.
    individual = single_games_lineage(rows, "Winter", individual_only=True)
    last = individual[-1] if individual else None
    stated = _value(store, ID_BASE + "record/most-individual-golds-athlete-single-winter-games-heiden-1980", "value")
    if last is not None:
        klaebo_individual = len(_golds(rows, klaebo, lambda r: r.games == MILANO_CORTINA and not r.team_event))
        ok = heiden in last.holders and last.games == LAKE_PLACID and last.value == stated
        add("record-heiden-individual",
            "Heiden's record for individual-event golds at a single Winter Games still stands (2026-02-21)",
            f"{stated}, still standing",
            f"{last.value} ({_names(store, last.holders)}, {_short(last.games)}); "
            f"Klæbo 2026: {klaebo_individual}", "agrees" if ok else "disagrees",
            "individual-event medals are complete in the data, 2018+ included (only team rows lack "
            "medals), and no one has beaten the 1980 mark" if ok else "the data's standing mark is another",
            "record-heiden-individual-stands")

    # 3. Klæbo: five golds before these Games, six at them.
    for fact_id, tally, claim, keep, scope in (
        ("tally-klaebo-before", "klaebo-career-before-milano-cortina-2026",
         "Klæbo entered the Milano Cortina Games with five Olympic golds",
         lambda r: r.year < 2026, lambda games, year: year < 2026),
        ("tally-klaebo-at-games", "klaebo-at-milano-cortina-2026",
         "Klæbo won six golds at Milano Cortina 2026",
         lambda r: r.games == MILANO_CORTINA, lambda games, year: games == MILANO_CORTINA),
    ):
        stated = _value(store, ID_BASE + "tally/" + tally, "golds")
        if klaebo is None:
            unlinked(fact_id, claim, str(stated), "Klæbo")
            continue
        golds = _golds(rows, klaebo, keep)
        missing = _team_rows_without_medal(store, _ids_of(canon, klaebo), scope)
        verdict, reason = verdict_for(stated, len(golds), missing=missing)
        if fact_id == "tally-klaebo-at-games":
            reason = (reason + "; " if reason else "") + (
                f"the article is dated 2026-02-21 and says two of his golds came in team events: "
                f"{stated} - 2 = {stated - 2} individual golds, and the data has {len(golds)}"
                + (" (it has no medal dates; the Games closed on " + closes + ")"))
        add(fact_id, claim, str(stated), f"{len(golds)} (individual events only)" if missing else str(len(golds)),
            verdict, reason)

    # 4. The previous career record of eight Winter golds.
    career = career_lineage(rows, "Winter")
    before = [m for m in career if m.year < 2026]
    standing = before[-1] if before else None
    stated = _value(store, ID_BASE + "record/most-career-winter-golds-athlete-eight", "value")
    if standing:
        computed = f"{standing.value} ({_names(store, standing.holders)}, {_short(standing.games)})"
        verdict = "agrees" if standing.value == stated else "cannot be checked"
        reason = (f"the most career Winter golds before 2026 in the data; data gap: {DATA_GAP}, so other "
                  "athletes may have reached eight too (the article names no holder)")
    else:
        computed, verdict, reason = "-", "cannot be checked", "no Winter golds in the data"
    add("record-career-eight", "The previous record for career Winter Olympic golds was eight", str(stated),
        computed, verdict, reason)

    # 5. Klæbo broke and extended that record (11 by the seed's own sum, 5 + 6).
    stated = _value(store, ID_BASE + "record/most-career-winter-golds-athlete-klaebo-2026", "value")
    claim = "Klæbo has broken and extended the career Winter golds record (5 + 6 = 11)"
    if klaebo is None:
        unlinked("record-klaebo-career", claim, str(stated), "Klæbo")
    else:
        golds = _golds(rows, klaebo, lambda r: r.season == "Winter")
        missing = _team_rows_without_medal(store, _ids_of(canon, klaebo), lambda games, year: True)
        verdict, reason = verdict_for(stated, len(golds), missing=missing)
        add("record-klaebo-career", claim, str(stated), f"{len(golds)} (individual events only)", verdict, reason)

    # 6. Phelps's 23.
    stated = _value(store, ID_BASE + "tally/phelps-career", "golds")
    claim = "Michael Phelps has 23 Olympic golds"
    if phelps is None:
        unlinked("tally-phelps-career", claim, str(stated), "Michael Phelps")
    else:
        golds = _golds(rows, phelps, lambda r: True)
        missing = _team_rows_without_medal(store, _ids_of(canon, phelps), lambda games, year: True)
        verdict, reason = verdict_for(stated, len(golds), missing=missing)
        years = Counter(r.year for r in golds)
        add("tally-phelps-career", claim, str(stated), str(len(golds)), verdict,
            reason or "golds by Games: " + ", ".join(f"{y}: {n}" for y, n in sorted(years.items()))
            + "; his career ended in 2016, where team medals are complete")

    # 7. Norway: 18 golds (a record) and 40 medals, as of 2026-02-21.
    nor = tallies.get((MILANO_CORTINA, NORWAY))
    golds_stated = _value(store, ID_BASE + "tally/norway-at-milano-cortina-2026", "golds")
    medals_stated = _value(store, ID_BASE + "tally/norway-at-milano-cortina-2026", "medals")
    if nor is None:
        add("tally-norway-golds", "Norway won 18 golds at Milano Cortina", str(golds_stated), "-",
            "cannot be checked", "no medal table row for NOR at 2026 Winter")
    else:
        golds, medals = nor[0], nor[1]
        if golds == golds_stated:
            verdict, reason = "agrees", (f"the medal table counts the whole Games (closing {closes}); the claim "
                                         "is dated 2026-02-21, and the counts are equal")
        else:
            verdict, reason = "cannot be checked", (f"the medal table counts the whole Games (closing {closes}) and "
                                                    "the data has no medal dates; the claim is dated 2026-02-21")
        add("tally-norway-golds", "Norway won 18 golds at Milano Cortina (as of 2026-02-21)", str(golds_stated),
            f"{golds} (medal table)", verdict, reason)
        if medals == medals_stated:
            verdict, reason = "agrees", "the medal table's total"
        else:
            verdict, reason = "cannot be checked", (
                f"the medal table ({medals}) counts the whole Games, closing on {closes}; the article's count "
                f"is dated 2026-02-21 and the data has no medal dates, so the {medals - medals_stated:+d} "
                "may have been won after the article")
        add("tally-norway-golds", "Norway had 40 medals in total at Milano Cortina (as of 2026-02-21)",
            str(medals_stated), f"{medals} (medal table)", verdict, reason, "tally-norway-medals")

        # 8. "a record 18th gold": Norway's own record, and its previous record.
        own = nation_lineage(tallies, "Winter", NORWAY)
        previous = [m for m in own if m.year < 2026]
        prev = previous[-1] if previous else None
        allcomers = [m for m in nation_lineage(tallies, "Winter") if m.year < 2026]
        stated = _value(store, ID_BASE + "record/most-golds-norway-single-winter-games-18", "value")
        ok = prev is not None and golds >= stated > prev.value
        add("record-norway-18", "18 golds is a record for Norway at a single Winter Games", str(stated),
            f"{golds}; best before {prev.value} ({_short(prev.games)})" if prev else str(golds),
            "agrees" if ok else "disagrees",
            (f"medal table; the best of any nation before 2026 was {allcomers[-1].value} "
             f"({', '.join(_short(h) for h in allcomers[-1].holders)}, {_short(allcomers[-1].games)})")
            if allcomers else "medal table")
        add("record-norway-previous", "Norway broke its own single-Winter-Games gold record on Friday "
            "(2026-02-20) with Dale-Skjevdal's biathlon mass start gold", "broken (no value stated)",
            f"previous record {prev.value} ({_short(prev.games)})" if prev else "-", "cannot be checked",
            f"the medal table confirms Norway's previous record ({prev.value if prev else '-'}) was beaten, "
            "but the data has no medal dates, so which gold (and which day) broke it cannot be checked")
    if write:
        _write(store, checks)
    return checks


_VERDICT_IRI = {"agrees": "Agrees", "disagrees": "Disagrees", "cannot be checked": "CannotBeChecked"}


def _write(store: Store, checks: list[Check]) -> None:
    g = f"<{GRAPH_CLAIMS}>"
    lines = []

    def lit(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    for check in checks:
        node = f"<{ID_BASE}check/{check.id}>"
        fact, _ = _quote(store, check.fact)
        for p, o in (("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{POD}ClaimCheck>"),
                     ("http://www.w3.org/2000/01/rdf-schema#label", lit(check.claim)),
                     (POD + "checks", f"<{fact}>"), (POD + "verdict", f"<{POD}{_VERDICT_IRI[check.verdict]}>"),
                     (POD + "statedValue", lit(check.stated)), (POD + "computedValue", lit(check.computed)),
                     (POD + "reason", lit(check.reason))):
            lines.append(f"{node} <{p}> {o} {g} .\n")
    graph = NamedNode(GRAPH_CLAIMS)
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    store.bulk_load(input="".join(lines).encode("utf-8"), format=RdfFormat.N_QUADS)


def check_claims(store: Path | str = DEFAULT_STORE) -> list[Check]:
    """Open the store in a folder and check the seed's claims (``podium check-claims``)."""
    return check_claims_in(open_store(store))


def format_checks(checks: list[Check], fmt: str = "table") -> str:
    """The checks as a text table (claim, stated, computed, verdict; then reason and quote) or JSON."""
    if fmt == "json":
        return json.dumps([{k: v for k, v in asdict(c).items()} for c in checks], ensure_ascii=False, indent=2) + "\n"
    ws = max([len("stated")] + [len(c.stated) for c in checks])
    wc = max([len("computed")] + [len(c.computed) for c in checks])
    head = f"{'claim':<50}  {'stated':<{ws}}  {'computed':<{wc}}  verdict"
    out = [head, "-" * (len(head) + 10)]
    for c in checks:
        claim = textwrap.wrap(c.claim, 50)
        out.append(f"{claim[0]:<50}  {c.stated:<{ws}}  {c.computed:<{wc}}  {c.verdict}")
        out.extend(claim[1:])
        out.extend(textwrap.wrap(f"reason: {c.reason}", 110, initial_indent="    ", subsequent_indent="      "))
        out.extend(textwrap.wrap(f'quote: "{c.quote}"', 110, initial_indent="    ", subsequent_indent="      "))
    return "\n".join(out) + "\n"
