"""Records computed from the results data, with their lineage, as derived facts.

From the medals of the imported data files (never from the articles), Podium works
out the records the seed article speaks of, for both seasons:

* most gold medals by one athlete at a single Games;
* most gold medals in individual events by one athlete at a single Games;
* most career gold medals by one athlete;
* most gold medals by one nation at a single Games (from the medal table, the
  authority for nation counts; a team medal counts once there).

A record's lineage is walked in the order of the Games: a new mark is a
``pod:Record`` whose value beats the standing one, with ``pod:supersedes`` the mark
it broke; athletes level on the best value at the Games where it was set share the
mark (several ``pod:holder``). A later mark that only equals a record does not
supersede it. Athletes the data has under two ids count as one where an
``owl:sameAs`` link joins the ids (see :mod:`graph.linking`).

Known gaps, named in every rule: from 2018 the data has no medal (and no NOC) on
team-event rows, so team golds from 2018 on are missing at athlete level; Bjørn
Dæhlie has no rows at all.

Examples
--------
>>> rows = [MedalRow("a", "games/x-1980", 1980, "Winter", "e1", False, "Gold", "USA"),
...         MedalRow("a", "games/x-1980", 1980, "Winter", "e2", False, "Gold", "USA"),
...         MedalRow("b", "games/y-1984", 1984, "Winter", "e3", False, "Gold", "GDR")]
>>> [(m.value, m.holders, m.games) for m in single_games_lineage(rows, "Winter")]
[(2, ('a',), 'games/x-1980')]
>>> [(m.value, m.holders, m.games) for m in career_lineage(rows, "Winter")]
[(2, ('a',), 'games/x-1980')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from pyoxigraph import RdfFormat, Store

from .names import ID_BASE
from .store import query_store

__all__ = ["MedalRow", "Mark", "GRAPH_RECORDS", "CATEGORIES", "medal_rows", "nation_tallies",
           "canonical_map", "merge_ids", "single_games_lineage", "career_lineage", "nation_lineage",
           "compute_records", "DATA_GAP"]

POD = "https://w3id.org/podium/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
GRAPH_RECORDS = ID_BASE + "graph/derived/records"
DATA_GAP = ("from 2018 on the data has no medal and no NOC on team-event rows (relays, team "
            "sprints...), so team golds from 2018 on are missing at athlete level; Bjørn Dæhlie "
            "has no rows")

_PREFIX = f"PREFIX pod: <{POD}>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"

# Simple patterns joined in Python: one big SPARQL join across the named graphs took
# 30 s on the full data; these four scans take about a second.
_MEDALS_QUERY = _PREFIX + """
SELECT DISTINCT ?m ?event ?type ?winner ?noc WHERE {
  ?source a pod:DataFile .
  GRAPH ?source { ?m a pod:Medal ; pod:inEvent ?event ; pod:medalType ?type ; pod:awardedTo ?winner ;
                     pod:forNation ?nation }
  ?nation pod:nocCode ?noc  # stated once per import, in whichever data file named the nation first
}"""
_EVENTS_QUERY = _PREFIX + """
SELECT DISTINCT ?event ?games ?team WHERE { ?event pod:partOfGames ?games ; pod:teamEvent ?team }"""
_MEMBERS_QUERY = _PREFIX + """
SELECT DISTINCT ?team ?athlete WHERE { ?medal pod:awardedTo ?team . ?team pod:member ?athlete }"""
_GAMES_QUERY = _PREFIX + """
SELECT DISTINCT ?games ?year ?season WHERE { ?games a pod:Games ; pod:year ?year ; pod:season ?season }"""
_TALLY_QUERY = _PREFIX + """
SELECT DISTINCT ?t ?games ?noc ?golds ?medals WHERE {
  ?source a pod:DataFile .
  GRAPH ?source { ?t a pod:MedalTally ; pod:atGames ?games ; pod:tallyOf/pod:nocCode ?noc ;
                     pod:golds ?golds ; pod:medals ?medals . }
}"""

_SAME_AS_QUERY = _PREFIX + """
SELECT ?a ?b WHERE { GRAPH <%s> { ?a owl:sameAs ?b } }""" % (ID_BASE + "graph/derived/data")


class MedalRow(NamedTuple):
    """One medal of one athlete (a team medal gives a row for each member)."""

    athlete: str
    games: str
    year: int
    season: str
    event: str
    team_event: bool
    medal: str  # Gold, Silver or Bronze
    noc: str | None


@dataclass(frozen=True)
class Mark:
    """One mark in a record's lineage."""

    value: int
    holders: tuple[str, ...]
    games: str
    year: int


# key: (slug, label, measure, scope, season, individual only, holder class)
CATEGORIES = {
    f"most-{kind}golds-athlete-single-{season.lower()}-games": (
        f"Most {'individual-event ' if kind else ''}gold medals by one athlete at a single {season} Olympics",
        f"Olympic gold medals{' in individual events' if kind else ''}", "SingleGames", season, bool(kind), "Athlete")
    for season in ("Winter", "Summer") for kind in ("", "individual-")
} | {
    f"most-career-{season.lower()}-golds-athlete": (
        f"Most career {season} Olympic gold medals by one athlete", f"{season} Olympic gold medals",
        "Career", season, False, "Athlete")
    for season in ("Winter", "Summer")
} | {
    f"most-golds-nation-single-{season.lower()}-games": (
        f"Most gold medals by one nation at a single {season} Olympics",
        "Olympic gold medals won by the nation", "SingleGames", season, False, "Nation")
    for season in ("Winter", "Summer")
}


def canonical_map(store: Store) -> dict[str, str]:
    """Each data athlete linked by ``owl:sameAs`` to another, mapped to one IRI of the set.

    The canonical IRI is the smallest of the set (a stable choice); seed IRIs are left out.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for row in query_store(store, _SAME_AS_QUERY):
        a, b = row["a"].value, row["b"].value
        if "/athlete/olympics-" not in a or "/athlete/olympics-" not in b:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def _games_info(store: Store) -> dict[str, tuple[int, str]]:
    return {r["games"].value: (int(r["year"].value), r["season"].value.rsplit("#", 1)[-1])
            for r in query_store(store, _GAMES_QUERY)}


def merge_ids(store: Store, rows: Iterable[MedalRow]) -> list[MedalRow]:
    """The rows, distinct and sorted, with each athlete under two ids (``owl:sameAs``) under one."""
    canon = canonical_map(store)
    return sorted({row._replace(athlete=canon.get(row.athlete, row.athlete)) for row in rows})


def medal_rows(store: Store, merge: bool = True) -> list[MedalRow]:
    """Every medal of the data files, one row per athlete, ids merged by ``owl:sameAs``."""
    games = _games_info(store)
    events = {r["event"].value: (r["games"].value, r["team"].value == "true")
              for r in query_store(store, _EVENTS_QUERY)}
    members: dict[str, list[str]] = defaultdict(list)
    for r in query_store(store, _MEMBERS_QUERY):
        members[r["team"].value].append(r["athlete"].value)
    rows = set()
    for r in query_store(store, _MEDALS_QUERY):
        event = r["event"].value
        games_iri, team_event = events[event]
        year, season = games[games_iri]
        winner = r["winner"].value
        noc = r["noc"].value
        medal = r["type"].value.rsplit("#", 1)[-1]
        for athlete in members.get(winner, [winner]):
            rows.add(MedalRow(athlete, games_iri, year, season, event,
                              team_event, medal, noc))
    return merge_ids(store, rows) if merge else sorted(rows)


def nation_tallies(store: Store) -> dict[tuple[str, str], tuple[int, int, int, str]]:
    """The medal table: (games IRI, NOC) to (golds, medals, year, season), editions summed."""
    games = _games_info(store)
    tallies: dict[tuple[str, str], list] = {}
    for r in query_store(store, _TALLY_QUERY):
        key = (r["games"].value, r["noc"].value)
        entry = tallies.setdefault(key, [0, 0, *games[key[0]]])
        entry[0] += int(r["golds"].value)
        entry[1] += int(r["medals"].value)
    return {key: tuple(value) for key, value in tallies.items()}


def _lineage(per_games: dict[tuple[int, str], Counter]) -> list[Mark]:
    marks: list[Mark] = []
    best = 0
    for (year, games), counts in sorted(per_games.items()):
        if not counts:
            continue
        top = max(counts.values())
        if top > best:
            holders = tuple(sorted(h for h, n in counts.items() if n == top))
            marks.append(Mark(top, holders, games, year))
            best = top
    return marks


def single_games_lineage(rows: Iterable[MedalRow], season: str, individual_only: bool = False) -> list[Mark]:
    """Marks of most golds by one athlete at a single Games of a season."""
    per_games: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for row in rows:
        if row.season == season and row.medal == "Gold" and not (individual_only and row.team_event):
            per_games[(row.year, row.games)][row.athlete] += 1
    return _lineage(per_games)


def career_lineage(rows: Iterable[MedalRow], season: str | None) -> list[Mark]:
    """Marks of most career golds by one athlete (of one season, or of both if None)."""
    by_games: dict[tuple[int, str], list[str]] = defaultdict(list)
    for row in rows:
        if row.medal == "Gold" and (season is None or row.season == season):
            by_games[(row.year, row.games)].append(row.athlete)
    total: Counter = Counter()
    per_games: dict[tuple[int, str], Counter] = {}
    for key in sorted(by_games):
        winners = Counter(by_games[key])
        total.update(winners)
        # Only athletes who added golds at these Games can set a mark here.
        per_games[key] = Counter({a: total[a] for a in winners})
    return _lineage(per_games)


def nation_lineage(tallies: dict, season: str, noc: str | None = None) -> list[Mark]:
    """Marks of most golds by a nation at a single Games (all nations, or one's own record)."""
    per_games: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for (games, nation), (golds, _medals, year, games_season) in tallies.items():
        if games_season == season and (noc is None or nation == noc):
            per_games[(year, games)][f"{ID_BASE}nation/{nation}"] += golds
    return _lineage(per_games)


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def compute_records(store: Store, medals: Iterable[MedalRow] | None = None) -> dict[str, list[Mark]]:
    """Compute every record lineage from the store's data and write it to the records graph.

    The graph ``.../id/graph/derived/records`` is replaced. Returns the lineages by
    category slug. ``medals``: the data's medals as the importer mapped them (ids not
    yet merged), to skip reading them back from the store; by default they are read.
    """
    rows = medal_rows(store) if medals is None else merge_ids(store, medals)
    tallies = nation_tallies(store)
    lineages: dict[str, list[Mark]] = {}
    for season in ("Winter", "Summer"):
        s = season.lower()
        lineages[f"most-golds-athlete-single-{s}-games"] = single_games_lineage(rows, season)
        lineages[f"most-individual-golds-athlete-single-{s}-games"] = single_games_lineage(rows, season, True)
        lineages[f"most-career-{s}-golds-athlete"] = career_lineage(rows, season)
        lineages[f"most-golds-nation-single-{s}-games"] = nation_lineage(tallies, season)
    g = f"<{GRAPH_RECORDS}>"
    lines: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {p} {o} {g} .\n")

    sources = sorted({r["source"].value for r in query_store(
        store, _PREFIX + "SELECT ?source WHERE { ?source a pod:DataFile }")})
    for key, marks in sorted(lineages.items()):
        label, measure, scope, season, individual, holder_class = CATEGORIES[key]
        category = f"<{ID_BASE}category/{key}>"
        add(category, RDF_TYPE, f"<{POD}RecordCategory>")
        add(category, "<http://www.w3.org/2000/01/rdf-schema#label>", _lit(label))
        add(category, f"<{POD}measure>", _lit(measure))
        add(category, f"<{POD}scope>", f"<{POD}{scope}>")
        add(category, f"<{POD}season>", f"<{POD}{season}>")
        add(category, f"<{POD}individualEventsOnly>", _lit("true" if individual else "false")
            + "^^<http://www.w3.org/2001/XMLSchema#boolean>")
        add(category, f"<{POD}holderClass>", f"<{POD}{holder_class}>")
        rule = f"<{ID_BASE}derived/records/{key}>"
        add(rule, RDF_TYPE, f"<{POD}DerivedFact>")
        basis = ("the medal table (a team medal counts once)" if holder_class == "Nation" else
                 "the athletes' medals (a team medal counts for every member)")
        add(rule, f"<{POD}rule>", _lit(
            f"{label}: counted from {basis} of the data files, Games by Games in order; a new mark "
            f"beats the standing one. Data gap: {DATA_GAP}."))
        for source in sources:
            add(rule, "<http://www.w3.org/ns/prov#wasDerivedFrom>", f"<{source}>")
        previous = None
        for mark in marks:
            games_key = mark.games.rsplit("/", 1)[-1]
            record = f"<{ID_BASE}record/data-{key}-{games_key}>"
            add(record, RDF_TYPE, f"<{POD}Record>")
            add(record, f"<{POD}category>", category)
            add(record, f"<{POD}value>", f'"{mark.value}"^^<http://www.w3.org/2001/XMLSchema#integer>')
            add(record, f"<{POD}setAt>", f"<{mark.games}>")
            add(record, "<http://www.w3.org/2000/01/rdf-schema#label>",
                _lit(f"{label}: {mark.value}, {games_key}"))
            for holder in mark.holders:
                add(record, f"<{POD}holder>", f"<{holder}>")
            if previous:
                add(record, f"<{POD}supersedes>", previous)
            add(record, "<http://www.w3.org/ns/prov#wasDerivedFrom>", rule)
            previous = record
        if previous:
            add(previous, f"<{POD}stillStands>",
                '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>')
    from pyoxigraph import NamedNode

    if store.contains_named_graph(NamedNode(GRAPH_RECORDS)):
        store.remove_graph(NamedNode(GRAPH_RECORDS))
    store.bulk_load(input="".join(lines).encode("utf-8"), format=RdfFormat.N_QUADS)
    return lineages
