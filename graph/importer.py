"""Import the results data (athletes, medal table, editions) into the persistent store.

``podium import PATH`` reads a folder (or files) of the shape of
``shared/data/olympics``: the athlete results, the medal table and the editions,
each told by its header, gzip or not. Every row becomes triples of the Podium
ontology, in the named graph of its file (``.../id/source/<file>``):

* ``pod:Athlete`` ``.../id/athlete/olympics-<id>`` (the data's id: names change
  spelling across the 2018 boundary, the id does not), with its name as label and
  name key; ``pod:Nation`` ``.../id/nation/<NOC>``, ``pod:Discipline``
  ``.../id/discipline/<slug of sport>`` and ``pod:Games`` ``.../id/games/<city>-<year>``,
  the same IRIs the seed facts use, so seed and data meet without a link;
* ``pod:Event`` ``.../id/event/<games>-<label>``; one ``pod:Participation`` per row
  (its type implied by ``pod:participant``; its nation given only for athletes who
  represented more than one);
  ``pod:Team`` nodes with their members for team events; ``pod:Medal`` nodes
  (a team medal is one node awarded to the team); ``pod:MedalTally`` nodes of the
  medal table; dates and host cities of the editions.

Provenance is per row, not per triple: each participation, medal, tally and edition
node has ``prov:wasDerivedFrom <.../id/source/<file>#row=N>``, an RFC 7111 fragment
of the file (N is the line, the header being row 1). That is one triple per row,
where reifying every triple as the seed builder does would multiply 1.5 million
triples by five; the named graph already tells the file of every triple, and the
row of an entity is one join away. The few facts the importer infers (the nation of
a 2018+ team whose rows say ``NAN``, from its members' other rows at the same Games)
go to a derived graph of their own with a ``pod:DerivedFact`` naming the rule.

Rows that cannot be used are counted by reason (and the first line of each reason
is kept), never dropped silently. The store is written whole into a new folder that
replaces the old one at the end, so a failed import changes nothing and importing
twice gives the same store.

Examples
--------
>>> games_slug("1980 Winter", "Lake Placid", "1980")
'lake-placid-1980'
>>> games_slug("2026 Winter", "Milan-Cortina d'Ampezzo", "2026")
'milano-cortina-2026'
>>> event_sex("Speed Skating Men's 1,500 metres"), event_sex("Biathlon 15 kilometres Mass Start, Women")
('men', 'women')
"""

from __future__ import annotations

import queue
import re
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import RdfFormat
from tqdm import tqdm

from .datafile import COLUMNS, DataFile, read_rows
from .errors import PodiumError
from .linking import MERGE_RULE, DataAthlete, same_athlete_pairs
from .names import ID_BASE, NATIONAL_PODIUM_RULE, fold, national_podium_iri, slug
from .records_compute import MedalRow
from .store import DEFAULT_STORE, load_dataset, replace_store, store_summary

__all__ = ["ImportReport", "import_data", "find_data_files", "generate_nquads", "games_slug",
           "event_sex", "DATA_LICENCE", "athlete_iri", "source_iri_for"]

POD = "https://w3id.org/podium/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SKOS_PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
SKOS_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
OWL_SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"
SCHEMA_LICENSE = "<https://schema.org/license>"
XSD = "http://www.w3.org/2001/XMLSchema#"
DATA_LICENCE = "https://creativecommons.org/licenses/by/4.0/"
GRAPH_DERIVED_DATA = ID_BASE + "graph/derived/data"

# The Games' own name where the data's city field differs from it: the organisers and
# the seed article call the 2026 Games "Milano Cortina 2026"; the data's city field
# spells the two host towns out ("Milan-Cortina d'Ampezzo").
GAMES_NAME_OVERRIDES = {"2026 Winter": ("milano-cortina-2026", "Milano Cortina 2026")}
MEDAL_TYPES = {"Gold": "Gold", "Silver": "Silver", "Bronze": "Bronze"}
SEASONS = {"Summer": "Summer", "Winter": "Winter"}
NO_NOC = "NAN"  # the 2018+ team rows: noc "NAN", team "nan", no medal (data README, quirk 1)
_SEX = (("women", re.compile(r"\bWomen(?:'s)?\b")), ("men", re.compile(r"\bMen(?:'s)?\b")),
        ("mixed", re.compile(r"\bMixed\b")), ("open", re.compile(r"\bOpen\b")))


def _p(name: str) -> str:
    return f"<{POD}{name}>"


def _iri(kind: str, key: str) -> str:
    return f"<{ID_BASE}{kind}/{key}>"


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _typed(text: str, datatype: str) -> str:
    return f'"{text}"^^<{XSD}{datatype}>'


def athlete_iri(data_id: str) -> str:
    """The IRI of an athlete of the data, by the data's athlete id.

    >>> athlete_iri("47192")
    'https://w3id.org/podium/id/athlete/olympics-47192'
    """
    return f"{ID_BASE}athlete/olympics-{data_id}"


def source_iri_for(path: Path) -> str:
    """The IRI of a data file as a source: its name without ``.csv``/``.gz``, as a slug.

    >>> source_iri_for(Path("data/olympic_athletes.csv.gz"))
    'https://w3id.org/podium/id/source/olympic-athletes'
    """
    name = path.name
    for suffix in (".gz", ".csv"):
        name = name.removesuffix(suffix)
    return f"{ID_BASE}source/{slug(name)}"


def games_slug(games: str, city: str, year: str) -> str:
    """The IRI key of an edition of the Games: host city and year (``lake-placid-1980``)."""
    if games in GAMES_NAME_OVERRIDES:
        return GAMES_NAME_OVERRIDES[games][0]
    return f"{slug(city)}-{year}"


def event_sex(label: str) -> str | None:
    """Who an event is for, read from its label (both the pre-2018 and the 2018+ forms)."""
    for sex, pattern in _SEX:
        if pattern.search(label):
            return sex
    return None


@dataclass
class ImportReport:
    """What an import read, used, skipped (by reason) and wrote."""

    store: Path
    files: list[tuple[str, str, int]] = field(default_factory=list)  # path, kind, data rows
    used: int = 0
    skipped: Counter = field(default_factory=Counter)
    first_line: dict[str, str] = field(default_factory=dict)
    notes: Counter = field(default_factory=Counter)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds of each step, in order

    def skip(self, reason: str, where: str) -> None:
        self.skipped[reason] += 1
        self.first_line.setdefault(reason, where)

    def lines(self) -> list[str]:
        """The report as lines of text, as ``podium import`` prints it."""
        out = [f"imported into {self.store} in {self.seconds:.1f} s"]
        for path, kind, rows in self.files:
            out.append(f"  {path}: {kind}, {rows} rows")
        out.append(f"  rows used: {self.used}; rows skipped: {sum(self.skipped.values())}")
        for reason, count in sorted(self.skipped.items()):
            out.append(f"    skipped {count}: {reason} (first: {self.first_line[reason]})")
        for note, count in sorted(self.notes.items()):
            out.append(f"    note {count}: {note}")
        out.append("  store: " + ", ".join(f"{key} {value}" for key, value in self.counts.items()))
        return out


def find_data_files(paths: Iterable[Path]) -> list[DataFile]:
    """The data files named, or found in the folders named, sorted by kind then name."""
    found: list[DataFile] = []
    for path in map(Path, paths):
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.is_file() and ".csv" in p.name)
            if not candidates:
                raise PodiumError("no *.csv or *.csv.gz files in this folder", file=str(path))
            found.extend(DataFile(p) for p in candidates)
        elif path.exists():
            found.append(DataFile(path))
        else:
            raise PodiumError("no such file or folder", file=str(path))
    order = {"editions": 0, "medal_table": 1, "athletes": 2}
    return sorted(found, key=lambda f: (order[f.kind], str(f.path)))


class _Writer:
    """Collects N-Quads lines and hands them on in chunks, so memory stays bounded.

    Oxigraph's bulk loader holds a whole input in memory while it sorts it; chunks of
    a quarter of a million quads keep the peak low (one 2-million-quad load takes
    1.6 GB), at the same speed.
    """

    def __init__(self, sink: Callable[[str], None], chunk: int = 250_000) -> None:
        self.sink = sink
        self.chunk = chunk
        self.buffer: list[str] = []
        self.count = 0

    def add(self, s: str, p: str, o: str, g: str) -> None:
        self.buffer.append(f"{s} {p} {o} {g} .\n")
        if len(self.buffer) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.count += len(self.buffer)
            self.sink("".join(self.buffer))
            self.buffer.clear()


class _Loader:
    """Bulk-loads N-Quads chunks in two more threads while the next chunk is generated.

    pyoxigraph releases the GIL while it loads, so generating (Python) and loading
    (Rust) overlap. A chunk smaller than Oxigraph's bulk-load batch is loaded by one
    thread, so two chunks load at once (each bulk load writes sorted files of its own,
    randomly named, and RocksDB ingests files from several threads; a string written by
    both loads is the same key and value): measured on all Games, 21.8 s for the chunks
    one after the other, 15.5 s two at a time. At most two chunks wait besides the two loading, which bounds memory; an
    error in a loader is raised again in the caller when the block ends.
    """

    def __init__(self, store, threads: int = 2) -> None:
        self.store = store
        self.chunks: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def _run(self) -> None:
        while (chunk := self.chunks.get()) is not None:
            if self.error is None:
                try:
                    self.store.bulk_load(input=chunk, format=RdfFormat.N_QUADS)
                except BaseException as error:  # handed to the caller's thread
                    self.error = error

    def __call__(self, text: str) -> None:
        if self.error is not None:
            raise self.error
        self.chunks.put(text.encode("utf-8"))

    def __enter__(self) -> "_Loader":
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for _ in self.threads:
            self.chunks.put(None)
        for thread in self.threads:
            thread.join()
        # Drop the store now: Oxigraph closes a store (and frees its lock) only when the
        # last reference goes, and the threads' bound method makes a reference cycle.
        self.store = None
        self.threads = []
        if self.error is not None and exc[0] is None:
            raise self.error


class _Mapper:
    """Turns rows into quads; remembers which entities it has described already."""

    def __init__(self, out: _Writer, report: ImportReport) -> None:
        self.out = out
        self.report = report
        self.seen: set[str] = set()
        self.games: dict[str, str] = {}  # games label -> slug

    def once(self, key: str) -> bool:
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def source(self, data_file: DataFile) -> str:
        src = source_iri_for(data_file.path)
        g = f"<{src}>"
        add = self.out.add
        add(g, RDF_TYPE, _p("DataFile"), g)
        add(g, RDFS_LABEL, _lit(data_file.path.name), g)
        add(g, _p("sourceFile"), _lit(data_file.path.name), g)
        add(g, SCHEMA_LICENSE, f"<{DATA_LICENCE}>", g)
        return src

    def nation(self, noc: str, g: str, label: str | None = None) -> str:
        iri = _iri("nation", noc)
        # Once per import, not once per file: Oxigraph's union of the named graphs keeps a
        # triple stated in two graphs twice, which would double query rows.
        if self.once("n" + noc):
            self.out.add(iri, RDF_TYPE, _p("Nation"), g)
            self.out.add(iri, _p("nocCode"), _lit(noc), g)
        if label and self.once("nl" + noc + label):
            self.out.add(iri, RDFS_LABEL, _lit(label), g)
            first = self.once("np" + noc)
            self.out.add(iri, SKOS_PREF if first else SKOS_ALT, _lit(label), g)
        return iri

    def games_node(self, games: str, year: str, season: str, g: str) -> str:
        key = self.games[games]
        iri = _iri("games", key)
        if self.once("g" + games):
            add = self.out.add
            add(iri, RDF_TYPE, _p("Games"), g)
            add(iri, _p("year"), _typed(year, "gYear"), g)
            add(iri, _p("season"), _p(SEASONS[season]), g)
        return iri


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _map_editions(mapper: _Mapper, data_file: DataFile, rows: list) -> None:
    src = mapper.source(data_file)
    g = f"<{src}>"
    add = mapper.out.add
    for line, row in rows:
        if not isinstance(row, dict):
            mapper.report.skip("wrong number of fields", f"{data_file.path}:{line}")
            continue
        if row["season"] not in SEASONS or not row["year"].isdigit() or row["games"] not in mapper.games:
            mapper.report.skip("editions: bad games, year or season", f"{data_file.path}:{line}")
            continue
        if not row["participants"]:
            mapper.report.skip("editions: cancelled edition (no participants)", f"{data_file.path}:{line}")
            continue
        mapper.report.used += 1
        iri = mapper.games_node(row["games"], row["year"], row["season"], g)
        name = GAMES_NAME_OVERRIDES.get(row["games"], ("", f"{row['city_english']} {row['year']}"))[1]
        if mapper.once("gl" + row["games"]):
            add(iri, RDFS_LABEL, _lit(name), g)
            add(iri, SKOS_PREF, _lit(name), g)
        add(iri, _p("hostCity"), _lit(row["city_english"]), g)
        for column, prop in (("opening_ceremony", "startDate"), ("closing_ceremony", "endDate")):
            if re.fullmatch(r"\d{4}-\d\d-\d\d", row[column]):
                add(iri, _p(prop), _typed(row[column], "date"), g)
        add(iri, PROV_DERIVED, f"<{src}#row={line}>", g)


def _map_medal_table(mapper: _Mapper, data_file: DataFile, rows: list) -> None:
    src = mapper.source(data_file)
    g = f"<{src}>"
    add = mapper.out.add
    first_edition: dict[str, str] = {}
    for line, row in rows:
        where = f"{data_file.path}:{line}"
        if not isinstance(row, dict):
            mapper.report.skip("wrong number of fields", where)
            continue
        golds, total = _int(row["gold"]), _int(row["total"])
        if row["season"] not in SEASONS or not row["year"].isdigit() or row["games"] not in mapper.games:
            mapper.report.skip("medal table: bad games, year or season", where)
            continue
        if golds is None or total is None or not re.fullmatch(r"[A-Z]{3}", row["noc"]):
            mapper.report.skip("medal table: NOC or count not readable", where)
            continue
        mapper.report.used += 1
        games = mapper.games_node(row["games"], row["year"], row["season"], g)
        nation = mapper.nation(row["noc"], g, row["country"] or None)
        # 1956 Summer has two editions (Melbourne, and the equestrian events in Stockholm):
        # a second edition's tallies get its edition id in their key, beside the first's.
        edition = first_edition.setdefault(row["games"], row["edition_id"])
        part = "" if edition == row["edition_id"] else f"-edition-{row['edition_id']}"
        tally = _iri("tally", f"{mapper.games[row['games']]}{part}-{row['noc'].lower()}")
        add(tally, RDF_TYPE, _p("MedalTally"), g)
        add(tally, RDFS_LABEL, _lit(f"medal table of {row['country'] or row['noc']}, {row['games']}"
                                    + (f" (edition {row['edition_id']})" if part else "")), g)
        add(tally, _p("tallyOf"), nation, g)
        add(tally, _p("atGames"), games, g)
        add(tally, _p("golds"), _typed(str(golds), "integer"), g)
        add(tally, _p("medals"), _typed(str(total), "integer"), g)
        add(tally, PROV_DERIVED, f"<{src}#row={line}>", g)


# Fields of an athlete row kept in memory between the two passes, in this order.
_KEEP = ("id", "name", "team", "noc", "games", "year", "season", "city_english", "sport", "event", "medal")


def _read_athletes(data_file: DataFile, report: ImportReport, progress: bool) -> tuple[list[tuple], int]:
    """First pass: check every row, drop the unusable ones (counted), keep the rest compactly."""
    bar = tqdm(desc=f"reading {data_file.path.name}", unit=" rows", file=sys.stderr,
               disable=None if progress else True, mininterval=0.5, smoothing=0, leave=False)
    try:
        return _check_rows(data_file, report, bar)
    finally:
        bar.close()  # cleared (leave=False), so an error stays one line


def _check_rows(data_file: DataFile, report: ImportReport, bar: tqdm) -> tuple[list[tuple], int]:
    kept: list[tuple] = []
    intern = sys.intern
    # 64-bit hashes of the rows seen, not the rows: a set of 315,000 full rows costs
    # ~300 MB; two different rows colliding has a chance of about 1 in 10^8.
    seen_rows: set[int] = set()
    read = 0
    (c_id, c_name, c_team, c_noc, c_games, c_year, c_season, c_city, c_sport, c_event,
     c_medal) = (COLUMNS["athletes"].index(name) for name in _KEEP)
    noc_code = re.compile(r"[A-Z]{3}").fullmatch
    for line, row in read_rows(data_file, as_tuples=True):
        read += 1
        bar.update()
        if isinstance(row, list):
            report.skip("wrong number of fields", f"{data_file.path}:{line}")
            continue
        key = hash(row)
        if key in seen_rows:
            report.skip("exact duplicate of an earlier row", f"{data_file.path}:{line}")
            continue
        seen_rows.add(key)
        medal, noc = row[c_medal], row[c_noc]
        if not row[c_id].isdigit():
            reason = "athlete id is not a number"
        elif not row[c_name].strip():
            reason = "no athlete name"
        elif row[c_season] not in SEASONS or not row[c_year].isdigit() or not row[c_games]:
            reason = "bad games, year or season"
        elif not row[c_sport] or not row[c_event]:
            reason = "no sport or event"
        elif medal and medal not in MEDAL_TYPES:
            reason = f"unknown medal {medal!r}"
        elif noc != NO_NOC and not noc_code(noc):
            reason = "NOC is not a three-letter code"
        else:
            kept.append((line, row[c_id], intern(row[c_name]), intern(row[c_team]), intern(noc),
                         intern(row[c_games]), intern(row[c_year]), intern(row[c_season]),
                         intern(row[c_city]), intern(row[c_sport]), intern(row[c_event]), intern(medal)))
            continue
        report.skip(reason, f"{data_file.path}:{line}")
    report.used += len(kept)
    return kept, read


def _map_athletes(mapper: _Mapper, data_file: DataFile, rows: list[tuple], progress: bool) -> list[MedalRow]:
    """Second pass: rows to athletes, events, participations, teams and medals; returns the medals as rows."""
    src = mapper.source(data_file)
    g = f"<{src}>"
    gd = f"<{GRAPH_DERIVED_DATA}>"
    add = mapper.out.add
    report = mapper.report

    # Which events are team events: a (games, event, NOC, medal) shared by two or more
    # athletes (complete up to 2016), or an event with 2018+ team rows (noc NAN).
    medal_holders: dict[tuple, set] = defaultdict(set)
    team_events: set[tuple] = set()
    games_noc: dict[tuple, set] = defaultdict(set)  # (athlete id, games) -> NOCs of its rows
    nocs_of: dict[str, set] = defaultdict(set)
    who: dict[str, DataAthlete] = defaultdict(DataAthlete)  # for the two-id merge
    for _, aid, name, _, noc, games, year, _, _, sport, event, medal in rows:
        person = who[aid]
        person.names.add(name)
        person.sports.add(sport)
        y = int(year)
        person.first_year = min(person.first_year, y)
        person.last_year = max(person.last_year, y)
        if noc == NO_NOC:
            team_events.add((games, event))
        else:
            person.nocs.add(noc)
            games_noc[(aid, games)].add(noc)
            nocs_of[aid].add(noc)
            if medal:
                medal_holders[(games, event, noc, medal)].add(aid)
    team_events.update((k[0], k[1]) for k, ids in medal_holders.items() if len(ids) > 1)
    many_nations = {aid for aid, nocs in nocs_of.items() if len(nocs) > 1}
    del medal_holders, nocs_of

    rule = _iri("derived", "team-nation/" + src.rsplit("/", 1)[-1])
    add(rule, RDF_TYPE, _p("DerivedFact"), gd)
    add(rule, _p("rule"), _lit(
        "The nation of a 2018+ team whose rows have no NOC (NAN) is the one NOC its members' "
        "other rows at the same Games carry, when they all carry the same one."), gd)
    add(rule, PROV_DERIVED, f"<{src}>", gd)

    pairs = same_athlete_pairs(who)
    del who
    if pairs:
        merge = _iri("derived", "same-athlete/" + src.rsplit("/", 1)[-1])
        add(merge, RDF_TYPE, _p("DerivedFact"), gd)
        add(merge, _p("rule"), _lit(MERGE_RULE), gd)
        add(merge, PROV_DERIVED, f"<{src}>", gd)
    for old, new, _, _ in pairs:
        add(f"<{athlete_iri(old)}>", OWL_SAME_AS, f"<{athlete_iri(new)}>", gd)
    report.notes["athletes under two ids, joined by owl:sameAs"] = len(pairs)

    # The hot loop (315,000 rows): lines are appended to the writer's buffer directly and
    # everything per event, athlete or team is computed once and remembered.
    out = mapper.out
    buffer = out.buffer
    emit = buffer.append
    seen = mapper.seen
    P_PARTICIPANT, P_OF_EVENT, P_REPRESENTS = _p("participant"), _p("ofEvent"), _p("represents")
    P_MEMBER, T_ATHLETE, P_NAMEKEY, P_COMPETES = _p("member"), _p("Athlete"), _p("nameKey"), _p("competesIn")
    events: dict[tuple[str, str], tuple[str, str, bool]] = {}
    athletes: dict[str, str] = {}
    slugs: dict[str, str] = {}
    inferred_note = "2018+ team rows (no NOC, no medal): nation inferred from the athlete's other rows"
    unknown_note = "2018+ team rows (no NOC, no medal): nation unknown, no team node"
    podiums: dict[tuple[str, str], list[str]] = defaultdict(list)  # (event key, NOC) -> medal IRIs
    members: dict[str, list[str]] = defaultdict(list)  # team IRI -> member IRIs
    medals: list[tuple] = []  # (winner, games IRI, year, season, event IRI, team event, medal, NOC)
    podium_labels: dict[str, str] = {}
    bar = tqdm(rows, desc="mapping rows", unit=" rows", file=sys.stderr, disable=None if progress else True,
               mininterval=0.5, smoothing=0, leave=False)
    for line, aid, name, team, noc, games, year, season, city, sport, event, medal in bar:
        if len(buffer) >= out.chunk:
            out.flush()
        row_iri = f"<{src}#row={line}>"
        athlete = athletes.get(aid)
        if athlete is None:
            athlete = athletes[aid] = f"<{athlete_iri(aid)}>"
            emit(f"{athlete} {RDF_TYPE} {T_ATHLETE} {g} .\n")
            emit(f"{athlete} {RDFS_LABEL} {_lit(name)} {g} .\n")
            emit(f"{athlete} {SKOS_PREF} {_lit(name)} {g} .\n")
            emit(f"{athlete} {P_NAMEKEY} {_lit(fold(name))} {g} .\n")  # the query files match names on it
            seen.add("an" + aid + name)
        elif ("an" + aid + name) not in seen:
            seen.add("an" + aid + name)
            add(athlete, SKOS_ALT, _lit(name), g)
            add(athlete, P_NAMEKEY, _lit(fold(name)), g)
        cached = events.get((games, event))
        if cached is None:
            games_iri = mapper.games_node(games, year, season, g)
            if mapper.once("gl" + games):
                name_of_games = GAMES_NAME_OVERRIDES.get(games, ("", f"{city} {year}"))[1]
                add(games_iri, RDFS_LABEL, _lit(name_of_games), g)
                add(games_iri, SKOS_PREF, _lit(name_of_games), g)
            discipline = _iri("discipline", slug(sport))
            if mapper.once("d" + sport):
                add(discipline, RDF_TYPE, _p("Discipline"), g)
                add(discipline, RDFS_LABEL, _lit(sport), g)
            event_key = f"{mapper.games[games]}-{slug(event.replace(chr(39) + 's ', ' '))}"
            event_iri = _iri("event", event_key)
            is_team = (games, event) in team_events
            add(event_iri, RDF_TYPE, _p("Event"), g)
            add(event_iri, RDFS_LABEL, _lit(f"{event}, {games}"), g)
            add(event_iri, SKOS_PREF, _lit(f"{event}, {games}"), g)
            add(event_iri, _p("partOfGames"), games_iri, g)
            add(event_iri, _p("discipline"), discipline, g)
            add(event_iri, _p("teamEvent"), _typed("true" if is_team else "false", "boolean"), g)
            sex = event_sex(event)
            if sex:
                add(event_iri, _p("sex"), _lit(sex), g)
            cached = events[(games, event)] = (event_key, event_iri, is_team, discipline, games_iri)
        event_key, event_iri, is_team, discipline, games_iri = cached
        if ("ad" + aid + sport) not in seen:
            seen.add("ad" + aid + sport)
            emit(f"{athlete} {P_COMPETES} {discipline} {g} .\n")
        nation = None
        if noc != NO_NOC:
            nation = mapper.nation(noc, g)
            if ("ar" + aid + noc) not in seen:
                seen.add("ar" + aid + noc)
                emit(f"{athlete} {P_REPRESENTS} {nation} {g} .\n")
        part = f"<{ID_BASE}participation/{event_key}/{aid}>"
        # No rdf:type (pod:participant's domain implies it) and the nation only where the
        # athlete has more than one: 600,000 triples fewer, the same answers.
        emit(f"{part} {P_PARTICIPANT} {athlete} {g} .\n")
        emit(f"{part} {P_OF_EVENT} {event_iri} {g} .\n")
        if nation and aid in many_nations:
            emit(f"{part} {P_REPRESENTS} {nation} {g} .\n")
        emit(f"{part} {PROV_DERIVED} {row_iri} {g} .\n")

        winner = athlete
        winner_key = aid
        if is_team:
            team_nation, team_key, team_label = nation, None, team
            if noc != NO_NOC:
                team_key = slugs.get(team)
                if team_key is None:
                    team_key = slugs[team] = slug(team) or noc.lower()
            else:
                nocs = games_noc.get((aid, games), set())
                if len(nocs) == 1:
                    inferred = next(iter(nocs))
                    team_nation, team_key, team_label = _iri("nation", inferred), inferred.lower(), inferred
                    report.notes[inferred_note] += 1
                else:
                    report.notes[unknown_note] += 1
            if team_key:
                team_iri = f"<{ID_BASE}team/{event_key}/{team_key}>"
                if ("t" + team_iri) not in seen:
                    seen.add("t" + team_iri)
                    add(team_iri, RDF_TYPE, _p("Team"), g)
                    add(team_iri, RDFS_LABEL, _lit(f"{team_label}, {event}, {games}"), g)
                    add(team_iri, SKOS_PREF, _lit(f"{team_label}, {event}, {games}"), g)
                    add(team_iri, P_OF_EVENT, event_iri, g)
                    add(team_iri, P_REPRESENTS, team_nation, g if noc != NO_NOC else gd)
                emit(f"{team_iri} {P_MEMBER} {athlete} {g} .\n")
                members[team_iri].append(athlete)
                winner, winner_key = team_iri, team_key
        if medal:
            kind = MEDAL_TYPES[medal]
            medal_iri = f"<{ID_BASE}medal/{event_key}/{kind.lower()}/{winner_key}>"
            if ("m" + medal_iri) not in seen:
                seen.add("m" + medal_iri)
                add(medal_iri, RDF_TYPE, _p("Medal"), g)
                add(medal_iri, RDFS_LABEL, _lit(f"{kind} medal, {event}, {games}, "
                                                f"{team if is_team else name}"), g)
                add(medal_iri, _p("awardedTo"), winner, g)
                add(medal_iri, _p("inEvent"), event_iri, g)
                add(medal_iri, _p("medalType"), _p(kind), g)
                add(medal_iri, _p("forNation"), nation, g)
                podiums[(event_key, noc)].append(medal_iri)
                medals.append((winner, games_iri, int(year), season, event_iri, is_team, kind, noc))
                podium_labels[event_key] = f"{event}, {games}"
            emit(f"{medal_iri} {PROV_DERIVED} {row_iri} {g} .\n")
    bar.close()
    _map_national_podiums(mapper, src, podiums, podium_labels)
    # The same rows ``graph.records_compute.medal_rows`` reads back from the store (a team
    # medal gives one row per member), kept here so the import need not query 3 s for them.
    return [MedalRow(athlete[1:-1], games_iri[1:-1], year, season, event_iri[1:-1], is_team, kind, noc)
            for winner, games_iri, year, season, event_iri, is_team, kind, noc in medals
            for athlete in dict.fromkeys(members.get(winner, [winner]))]


def _map_national_podiums(mapper: _Mapper, src: str, podiums: dict[tuple[str, str], list[str]],
                          labels: dict[str, str]) -> None:
    """The medals of one nation in one event, two or more, as a pod:NationalPodium (derived).

    The same grouping as ``graph.derive`` makes for the seed; the podium-teammates query
    file pairs the medals of each (instead of joining every medal with every other).
    """
    gd = f"<{GRAPH_DERIVED_DATA}>"
    add = mapper.out.add
    rule = _iri("derived", "national-podium/" + src.rsplit("/", 1)[-1])
    add(rule, RDF_TYPE, _p("DerivedFact"), gd)
    add(rule, _p("rule"), _lit(NATIONAL_PODIUM_RULE), gd)
    add(rule, PROV_DERIVED, f"<{src}>", gd)
    for (event_key, code), medals in sorted(podiums.items()):
        if len(medals) < 2:
            continue
        podium = f"<{national_podium_iri(event_key, code)}>"
        add(podium, RDF_TYPE, _p("NationalPodium"), gd)
        add(podium, RDFS_LABEL, _lit(f"medals of {code} in {labels[event_key]}"), gd)
        add(podium, PROV_DERIVED, f"<{src}>", gd)
        for medal in medals:
            add(podium, _p("podiumMedal"), medal, gd)


def _games_slugs(files: dict[str, tuple[DataFile, list]], athletes: list[tuple]) -> dict[str, str]:
    """The IRI key of every Games label: the editions' city (first row), else the athletes' most common."""
    slugs: dict[str, str] = {}
    if "editions" in files:
        for _, row in files["editions"][1]:
            if isinstance(row, dict) and row["year"].isdigit() and row["games"] not in slugs:
                slugs[row["games"]] = games_slug(row["games"], row["city_english"], row["year"])
    cities: dict[str, Counter] = defaultdict(Counter)
    for row in athletes:
        cities[row[5]][(row[8], row[6])] += 1
    for games, counter in cities.items():
        if games not in slugs:
            (city, year), _ = min(counter.items(), key=lambda item: (-item[1], item[0]))
            slugs[games] = games_slug(games, city, year)
    if "medal_table" in files:  # Games known only from the medal table: label-based key
        for _, row in files["medal_table"][1]:
            if isinstance(row, dict) and row["games"] not in slugs and row["year"].isdigit():
                slugs[row["games"]] = games_slug(row["games"], row["games"], "").strip("-")
    return slugs


def generate_nquads(data_files: list[DataFile], sink: Callable[[str], None], report: ImportReport,
                    progress: bool = False, medals: list[MedalRow] | None = None) -> int:
    """Hand the N-Quads of the data files to ``sink`` in chunks; return the number of quads.

    ``sink`` is, for example, a file's ``write`` or a store's bulk loader. A ``medals``
    list receives the athletes' medals (``MedalRow``, ids not merged), the rows
    ``graph.records_compute.medal_rows`` would read back from the store.
    """
    kinds = [f.kind for f in data_files]
    for kind in set(kinds):
        if kinds.count(kind) > 1:
            raise PodiumError(f"two {kind} files given; import one of each kind at a time",
                              file=str(data_files[kinds.index(kind)].path))
    small: dict[str, tuple[DataFile, list]] = {}
    athletes: list[tuple] = []
    athletes_file = None
    for data_file in data_files:
        if data_file.kind == "athletes":
            athletes_file = data_file
            athletes, read = _read_athletes(data_file, report, progress)
            report.files.append((str(data_file.path), data_file.kind, read))
        else:
            rows = list(read_rows(data_file))
            small[data_file.kind] = (data_file, rows)
            report.files.append((str(data_file.path), data_file.kind, len(rows)))
    writer = _Writer(sink)
    mapper = _Mapper(writer, report)
    mapper.games = _games_slugs(small, athletes)
    if "editions" in small:
        _map_editions(mapper, *small["editions"])
    if "medal_table" in small:
        _map_medal_table(mapper, *small["medal_table"])
    if athletes_file is not None:
        mapped = _map_athletes(mapper, athletes_file, athletes, progress)
        if medals is not None:
            medals.extend(mapped)
    writer.flush()
    return writer.count


class _PhaseClock:
    """Writes the seconds since the previous step into ``phases`` under each step's name."""

    def __init__(self, phases: dict[str, float]) -> None:
        self.phases = phases
        self.last = time.perf_counter()

    def done(self, step: str) -> None:
        now = time.perf_counter()
        self.phases[step] = now - self.last
        self.last = now


def import_data(paths: Iterable[Path | str], store: Path | str = DEFAULT_STORE, *,
                seeds: Path | str | None = None, progress: bool = False,
                derive: bool = True) -> ImportReport:
    """Import data files (or folders of them) into a new store that replaces ``store``.

    Parameters
    ----------
    paths:
        Files or folders of the shape of ``shared/data/olympics``.
    store:
        The store's folder (created, or replaced whole at the end).
    seeds:
        A seeds folder whose graph (``graph.build``) is loaded into the store too, so
        the articles and the data can be queried and linked together; None to skip.
    progress:
        Show progress bars with rows per second on standard error.
    derive:
        Also compute the records and the entity links into the new store.

    Raises
    ------
    PodiumError
        For a file that cannot be read (the previous store is then left as it was).
    """
    started = time.perf_counter()
    data_files = find_data_files(paths)
    report = ImportReport(store=Path(store))
    def fill(new_store) -> None:
        clock = _PhaseClock(report.phases)
        medals: list[MedalRow] = []
        with _Loader(new_store) as load:
            generate_nquads(data_files, load, report, progress, medals)
        clock.done("load data")
        if seeds is not None:
            from .build import build

            load_dataset(new_store, build(Path(seeds)))
            clock.done("seed graph")
        if derive:
            from .linking import link_store
            from .records_compute import compute_records

            link_store(new_store)
            clock.done("entity links")
            compute_records(new_store, medals)
            clock.done("computed records")
        # Compact the store's files once it is complete (RocksDB full compaction): each
        # bulk load and the small graphs written after it leave files of their own, which
        # every lookup visits. Measured on all Games: 3.7 s here, podium-teammates 0.93 s -> 0.67 s.
        new_store.optimize()
        clock.done("compaction")
        report.counts = store_summary(new_store)
        clock.done("summary")

    replace_store(store, fill)
    report.seconds = time.perf_counter() - started
    return report
