"""Entity linking: the articles' athletes and events to the results data, and one
athlete's two data ids to each other.

Seed nations and Games need no link: the importer gives them the seed's own IRIs
(``nation/NOR``, ``games/lake-placid-1980``). Athletes and events do:

* **Seed athlete to data athlete.** Candidates share the folded first and last name
  (:func:`graph.names.fold`, so Klæbo = Klaebo and Løwstrøm = Loewstroem), also
  after dropping non-ASCII letters (the 1896–2016 rows spell Bjørgen ``Bjrgen``)
  and suffixes (``Michael Fred Phelps, II``). A candidate is scored on the name
  (rapidfuzz token-set ratio of the folded names), the nation, the discipline and,
  strongest, a medal of the same type in the same Games and discipline. The best
  candidate is linked when its score reaches :data:`THRESHOLD` and no other candidate
  ties it; every other case is reported as unmatched with why.
* **Seed event to data event.** Same Games, discipline and sex, and the same distance
  (``50 km`` / ``50 kilometres``).
* **One athlete under two data ids.** The 2018+ rows got new ids where the names
  differed (data README quirk 4): a pre-2018 id and a 2018+ id are merged when the
  older name is the newer one with its non-ASCII letters removed (``Marit Bjrgen`` /
  ``Marit Bjørgen``) and they share a nation and a sport. The importer finds these
  pairs while it has the rows in memory (:func:`same_athlete_pairs`) and writes them
  to the data's derived graph; ``podium link --report`` lists them.

Links are ``owl:sameAs`` triples in the graph ``.../id/graph/derived/links``, each with
a ``pod:DerivedFact`` giving the rule and a ``pod:matchScore``. ``owl:sameAs`` rather
than rewriting to one canonical IRI: every row keeps the IRI its file gave it, a
wrong link is removed by deleting one triple, and queries that want one person per
set follow the links (the record computation does, :func:`graph.records_compute.canonical_map`).

Examples
--------
>>> name_parts("Michael Fred Phelps, II")  # fold() reads "ae" as æ, on both sides alike
('michal', 'phelps')
>>> strip_non_ascii("Marit Bjørgen")
'Marit Bjrgen'
>>> distance("Cross Country Skiing 50 kilometres (Classical), Men"), distance("Men's 50 km mass start")
('50', '50')
"""

from __future__ import annotations

import re
from pathlib import Path
from collections import defaultdict
from dataclasses import dataclass, field

from pyoxigraph import NamedNode, RdfFormat, Store
from rapidfuzz import fuzz

from .names import ID_BASE, fold
from .store import DEFAULT_STORE, open_store, query_store

__all__ = ["GRAPH_LINKS", "THRESHOLD", "MERGE_RULE", "Link", "LinkReport", "DataAthlete", "link_store",
           "same_athlete_pairs", "name_parts", "strip_non_ascii", "distance", "link"]

GRAPH_LINKS = ID_BASE + "graph/derived/links"
THRESHOLD = 0.75
POD = "https://w3id.org/podium/ontology#"
_PREFIX = (f"PREFIX pod: <{POD}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
           "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")
_SUFFIX = re.compile(r",?\s+(?:II|III|IV|Jr\.?|Sr\.?)$")
_DISTANCE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?)\b", re.I)


def strip_non_ascii(name: str) -> str:
    """The name as the 1896–2016 rows write it: every non-ASCII letter removed."""
    return "".join(ch for ch in name if ord(ch) < 128)


def name_parts(name: str) -> tuple[str, str]:
    """The folded first and last name, without a suffix such as ``, II``."""
    tokens = fold(_SUFFIX.sub("", name)).split()
    return (tokens[0], tokens[-1]) if tokens else ("", "")


def distance(label: str) -> str | None:
    """The distance in km an event label names, if any."""
    match = _DISTANCE.search(label)
    return match.group(1).replace(",", ".") if match else None


@dataclass
class Link:
    """One link: which seed entity, which data entity, how sure, and why."""

    kind: str
    seed: str
    seed_label: str
    data: str | None
    data_label: str
    score: float
    rule: str


@dataclass
class LinkReport:
    """What linking found: the links, the unmatched seed entities, the merged ids."""

    links: list[Link] = field(default_factory=list)
    unmatched: list[Link] = field(default_factory=list)
    merged: list[tuple[str, str, str, str]] = field(default_factory=list)  # old, new, old name, new name

    def lines(self) -> list[str]:
        """The report as ``podium link --report`` prints it."""
        out = ["matched:"]
        for link in self.links:
            out.append(f"  {link.kind:8} {link.seed_label} -> {link.data_label} <{link.data}> "
                       f"score {link.score:.2f}: {link.rule}")
        out.append("not matched:")
        out.extend(f"  {link.kind:8} {link.seed_label}: {link.rule}" for link in self.unmatched)
        if not self.unmatched:
            out.append("  (none)")
        out.append(f"data athletes under two ids, merged by owl:sameAs: {len(self.merged)}")
        for old, new, old_name, new_name in self.merged[:5]:
            out.append(f"  {old_name} <{old}> = {new_name} <{new}>")
        if len(self.merged) > 5:
            out.append(f"  ... and {len(self.merged) - 5} more")
        return out


def _rows(store: Store, text: str):
    return query_store(store, _PREFIX + text)


def _seed_athletes(store: Store) -> dict[str, dict]:
    found: dict[str, dict] = defaultdict(lambda: {"labels": set(), "nocs": set(), "disciplines": set(),
                                                   "medals": set(), "label": ""})
    for r in _rows(store, """SELECT ?a ?label ?pref WHERE { ?src a pod:Article .
            GRAPH ?src { ?a a pod:Athlete . { ?a skos:prefLabel ?label } UNION { ?a skos:altLabel ?label } }
            OPTIONAL { ?a skos:prefLabel ?pref } }"""):
        entry = found[r["a"].value]
        entry["labels"].add(r["label"].value)
        if r["pref"] is not None:
            entry["label"] = max(entry["label"], r["pref"].value)
    for r in _rows(store, """SELECT ?a ?noc WHERE { ?src a pod:Article .
            GRAPH ?src { ?a a pod:Athlete ; pod:represents/pod:nocCode ?noc } }"""):
        found[r["a"].value]["nocs"].add(r["noc"].value)
    for r in _rows(store, """SELECT ?a ?d WHERE { ?src a pod:Article .
            GRAPH ?src { ?a a pod:Athlete ; pod:competesIn ?d } }"""):
        found[r["a"].value]["disciplines"].add(r["d"].value)
    for r in _rows(store, """SELECT ?a ?games ?d ?type WHERE { ?src a pod:Article .
            GRAPH ?src { ?m a pod:Medal ; pod:awardedTo ?a ; pod:inEvent ?e ; pod:medalType ?type .
                         ?e pod:partOfGames ?games ; pod:discipline ?d } }"""):
        found[r["a"].value]["medals"].add((r["games"].value, r["d"].value, r["type"].value))
    return dict(found)


def _seed_name_parts(seeds: dict[str, dict]) -> dict[str, set[tuple[str, str]]]:
    """The (first, last) name keys each seed athlete is looked up by: each label, as written
    and with its letters beyond ASCII dropped (how the 1896–2016 rows write names)."""
    return {seed_iri: {name_parts(variant) for label in seed["labels"] if " " in label
                       for variant in (label, strip_non_ascii(label))}
            for seed_iri, seed in seeds.items()}


def _data_athletes(store: Store, wanted: set[tuple[str, str]]):
    """Data athletes whose preferred name has one of the wanted (first, last) keys, by key.

    Oxigraph filters the stored name keys (``pod:nameKey``, folded at import) with one
    regular expression, so only candidates reach Python: 3 s less than folding all
    157,000 names here. ``name_parts`` of each candidate's label then decides exactly.
    """
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    wanted = {key for key in wanted if key[0] and key[1]}
    if not wanted:
        return by_key, labels
    # Keys are folded (letters, digits, single spaces), so they need no escaping in the pattern.
    pattern = "^(?:" + "|".join(f"{first}(?: .+)? {last}" for first, last in sorted(wanted)) + ")(?: .+)?$"
    query = """SELECT DISTINCT ?a ?label WHERE { ?src a pod:DataFile .
            GRAPH ?src { ?a pod:nameKey ?key . FILTER(REGEX(?key, "%s")) ?a skos:prefLabel ?label } }""" % pattern
    for r in _rows(store, query):
        a, label = r["a"].value, r["label"].value
        if "/athlete/" in a and name_parts(label) in wanted:
            labels[a].add(label)
            by_key[name_parts(label)].add(a)
    return by_key, labels


def _details(store: Store, athletes: set[str]) -> dict[str, dict]:
    """Nations and disciplines of the candidate athletes only."""
    info: dict[str, dict] = defaultdict(lambda: {"nocs": set(), "disciplines": set()})
    if not athletes:
        return info
    values = " ".join(f"<{a}>" for a in sorted(athletes))
    for r in _rows(store, f"""SELECT ?a ?noc ?d WHERE {{ VALUES ?a {{ {values} }}
            {{ ?a pod:represents/pod:nocCode ?noc }} UNION {{ ?a pod:competesIn ?d }} }}"""):
        if r["noc"] is not None:
            info[r["a"].value]["nocs"].add(r["noc"].value)
        if r["d"] is not None:
            info[r["a"].value]["disciplines"].add(r["d"].value)
    return info


def _data_medals(store: Store, athletes: set[str]) -> dict[str, set]:
    medals: dict[str, set] = defaultdict(set)
    if not athletes:
        return medals
    values = " ".join(f"<{a}>" for a in sorted(athletes))
    for r in _rows(store, f"""SELECT ?a ?games ?d ?type WHERE {{ VALUES ?a {{ {values} }}
            ?src a pod:DataFile .
            GRAPH ?src {{ ?m a pod:Medal ; pod:awardedTo ?a ; pod:inEvent ?e ; pod:medalType ?type .
                          ?e pod:partOfGames ?games ; pod:discipline ?d }} }}"""):
        medals[r["a"].value].add((r["games"].value, r["d"].value, r["type"].value))
    return medals


def _score(seed: dict, label: str, data: dict, medals: set) -> tuple[float, list[str]]:
    seed_keys = {fold(_SUFFIX.sub("", x)) for x in seed["labels"] if " " in x}
    data_key = fold(_SUFFIX.sub("", label))
    name = max((fuzz.token_set_ratio(k, data_key) / 100 for k in seed_keys), default=0.0)
    why = []
    if data_key in seed_keys:
        why.append("same name once folded (diacritics, oe=ø, ae=æ)")
    elif any(set(data_key.split()) > set(k.split()) for k in seed_keys):
        why.append("same first and last name; middle name(s) or suffix only in the data")
    elif any(set(k.split()) > set(data_key.split()) for k in seed_keys):
        why.append("same first and last name; middle name(s) only in the article")
    else:
        why.append(f"similar name ({name:.2f})")
    score = 0.5 * name
    if seed["nocs"] & data["nocs"]:
        score += 0.2
        why.append("same nation " + ",".join(sorted(seed["nocs"] & data["nocs"])))
    if seed["disciplines"] & data["disciplines"]:
        score += 0.1
        why.append("same discipline " + ",".join(d.rsplit("/", 1)[-1] for d in sorted(seed["disciplines"] & data["disciplines"])))
    same_medal = seed["medals"] & medals
    if same_medal:
        score += 0.2
        games, disc, kind = sorted(same_medal)[0]
        why.append(f"{kind.rsplit('#', 1)[-1].lower()} medal at the same Games and discipline "
                   f"({games.rsplit('/', 1)[-1]}, {disc.rsplit('/', 1)[-1]})")
    elif not seed["medals"]:
        score += 0.2 * name  # nothing to compare: the name carries that weight too
    return round(min(score, 1.0), 2), why


def _link_athletes(store: Store, report: LinkReport) -> None:
    seeds = _seed_athletes(store)
    keys = _seed_name_parts(seeds)
    by_key, info = _data_athletes(store, set().union(*keys.values()) if keys else set())
    candidates = {seed_iri: set().union(*(by_key.get(key, set()) for key in seed_keys))
                  for seed_iri, seed_keys in keys.items()}
    pool = set().union(*candidates.values()) if candidates else set()
    medals = _data_medals(store, pool)
    details = _details(store, pool)
    for seed_iri, seed in sorted(seeds.items()):
        seed_label = seed["label"] or sorted(seed["labels"])[0]
        scored = []
        for data_iri in candidates[seed_iri]:
            label = sorted(info[data_iri])[0]
            score, why = _score(seed, label, details[data_iri], medals.get(data_iri, set()))
            scored.append((score, data_iri, label, why))
        scored.sort(key=lambda item: (-item[0], item[1]))
        if not scored:
            report.unmatched.append(Link("athlete", seed_iri, seed_label, None, "", 0.0,
                                         "no data athlete with the same first and last name"))
            continue
        best = [item for item in scored if item[0] == scored[0][0]]
        score, data_iri, label, why = scored[0]
        if score < THRESHOLD:
            report.unmatched.append(Link("athlete", seed_iri, seed_label, data_iri, label, score,
                                         f"best candidate {label} scores {score:.2f} < {THRESHOLD}: "
                                         + "; ".join(why)))
        elif len(best) > 1:
            report.unmatched.append(Link("athlete", seed_iri, seed_label, None, "", score,
                                         f"{len(best)} candidates tie at {score:.2f}: "
                                         + ", ".join(item[2] for item in best)))
        else:
            report.links.append(Link("athlete", seed_iri, seed_label, data_iri, label, score, "; ".join(why)))


def _link_events(store: Store, report: LinkReport) -> None:
    seed_events = list(_rows(store, """SELECT ?e ?label ?games ?d ?sex WHERE { ?src a pod:Article .
            GRAPH ?src { ?e a pod:Event ; skos:prefLabel ?label ; pod:partOfGames ?games ; pod:discipline ?d .
                         OPTIONAL { ?e pod:sex ?sex } } }"""))
    for r in sorted(seed_events, key=lambda r: r["e"].value):
        seed_label, km = r["label"].value, distance(r["label"].value)
        sex = r["sex"].value if r["sex"] else None
        found = []
        for d in _rows(store, """SELECT DISTINCT ?e ?label ?sex WHERE { ?src a pod:DataFile .
                GRAPH ?src { ?e a pod:Event ; skos:prefLabel ?label ; pod:partOfGames ?games ; pod:discipline ?d .
                             OPTIONAL { ?e pod:sex ?sex } } }""".replace("?games", f"<{r['games'].value}>")
                       .replace("?d .", f"<{r['d'].value}> .")):
            if (d["sex"].value if d["sex"] else None) == sex and km and distance(d["label"].value) == km:
                found.append((d["e"].value, d["label"].value))
        rule = f"same Games, discipline, sex ({sex}) and distance ({km} km)"
        if len(found) == 1:
            report.links.append(Link("event", r["e"].value, seed_label, found[0][0], found[0][1], 1.0, rule))
        else:
            report.unmatched.append(Link("event", r["e"].value, seed_label, None, "", 0.0,
                                         f"{len(found)} data events with the {rule}"))


@dataclass
class DataAthlete:
    """What the id merge needs to know of one data athlete."""

    names: set[str] = field(default_factory=set)
    nocs: set[str] = field(default_factory=set)
    sports: set[str] = field(default_factory=set)
    first_year: int = 9999
    last_year: int = 0


def same_athlete_pairs(athletes: dict[str, DataAthlete]) -> list[tuple[str, str, str, str]]:
    """Pairs (old id, new id, old name, new name) of one athlete under two data ids.

    A 2018+ id (first Games in 2018 or later) whose name has non-ASCII letters is the
    same athlete as the one pre-2018 id (last Games before 2018) whose name is that
    name with the non-ASCII letters dropped, when they share a nation and a sport.

    >>> old = DataAthlete({"Marit Bjrgen"}, {"NOR"}, {"Cross Country Skiing"}, 2002, 2014)
    >>> new = DataAthlete({"Marit Bjørgen"}, {"NOR"}, {"Cross Country Skiing"}, 2018, 2018)
    >>> same_athlete_pairs({"11943": old, "136633": new})
    [('11943', '136633', 'Marit Bjrgen', 'Marit Bjørgen')]
    """
    old_by_name: dict[str, list[str]] = defaultdict(list)
    for key, data in athletes.items():
        if data.last_year < 2018:
            for name in data.names:
                old_by_name[name].append(key)
    pairs = []
    for key, data in sorted(athletes.items()):
        if data.first_year < 2018:
            continue
        for name in sorted(data.names):
            ascii_name = strip_non_ascii(name)
            if ascii_name == name:
                continue  # an unchanged spelling would have kept the old id (data README, quirk 4)
            matches = [old for old in old_by_name.get(ascii_name, [])
                       if athletes[old].nocs & data.nocs and athletes[old].sports & data.sports]
            if len(matches) == 1:
                pairs.append((matches[0], key, ascii_name, name))
    return pairs


MERGE_RULE = ("one athlete under two data ids: a pre-2018 id and a 2018+ id whose names are equal "
              "once the non-ASCII letters of the newer are dropped, with a nation and a sport in common")


def _merged(store: Store) -> list[tuple[str, str, str, str]]:
    return [(r["a"].value, r["b"].value, r["la"].value, r["lb"].value) for r in _rows(
        store, """PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT ?a ?b ?la ?lb WHERE { GRAPH <%s> { ?a owl:sameAs ?b }
            ?a skos:prefLabel ?la . ?b skos:prefLabel ?lb } ORDER BY ?lb ?b""" % (ID_BASE + "graph/derived/data"))]


def link_store(store: Store) -> LinkReport:
    """Link the seed's athletes and events to the data, merge two-id athletes; write the links.

    The graph ``.../id/graph/derived/links`` is replaced by the links found.
    """
    report = LinkReport()
    _link_athletes(store, report)
    _link_events(store, report)
    report.merged = _merged(store)
    g = f"<{GRAPH_LINKS}>"
    same = "<http://www.w3.org/2002/07/owl#sameAs>"
    lines = []

    def add(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {p} {o} {g} .\n")

    def lit(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    for link in report.links:
        add(f"<{link.seed}>", same, f"<{link.data}>")
        fact = f"<{ID_BASE}derived/link/{link.kind}/{link.seed.rsplit('/', 1)[-1]}>"
        add(fact, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", f"<{POD}DerivedFact>")
        add(fact, f"<{POD}rule>", lit(f"entity link: {link.rule}"))
        add(fact, f"<{POD}matchScore>", f'"{link.score:.2f}"^^<http://www.w3.org/2001/XMLSchema#decimal>')
        add(fact, "<http://www.w3.org/ns/prov#wasDerivedFrom>", f"<{link.seed}>")
        add(fact, "<http://www.w3.org/ns/prov#wasDerivedFrom>", f"<{link.data}>")
    graph = NamedNode(GRAPH_LINKS)
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    if lines:
        store.bulk_load(input="".join(lines).encode("utf-8"), format=RdfFormat.N_QUADS)
    return report


def link(store: Path | str = DEFAULT_STORE) -> LinkReport:
    """Open the store in a folder and link it (``podium link``)."""
    return link_store(open_store(store))
