"""Turn checked facts files into an RDF dataset with provenance.

Each source gets a named graph (named by the source's IRI) holding the triples it
states and, for every fact, a ``pod:StatedFact`` node: the source, the exact quote
(a PROV-O quotation with a Web Annotation ``oa:TextQuoteSelector``) and the triples
it states as ``rdf:Statement`` nodes, so a query can ask "which sentence says this?".
What the builder derives goes to a graph of its own (``derive.py``); the ontology is
a graph too, so queries see medal ranks and class labels.

Examples
--------
>>> dataset = build("seeds")
>>> summary(dataset)["medals"]
4
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO

from .facts import Fact, FactsFile, load_facts_dir
from .names import GRAPH_ONTOLOGY, entity_iri, source_iri
from .vocab import POD

__all__ = ["DEFAULT_SEEDS", "ONTOLOGY_FILE", "SHAPES_FILE", "Registry", "add_stated", "bind_prefixes", "build", "fact_iri", "summary"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT / "seeds"
ONTOLOGY_FILE = ROOT / "ontology" / "podium.ttl"
SHAPES_FILE = ROOT / "ontology" / "shapes.ttl"
OA = Namespace("http://www.w3.org/ns/oa#")
SPORT = Namespace("https://sportschema.org/ontologies/main/")
WD = Namespace("http://www.wikidata.org/entity/")

MEDAL_TYPE = {"gold": POD.Gold, "silver": POD.Silver, "bronze": POD.Bronze}
SEASON = {"winter": POD.Winter, "summer": POD.Summer}
SCOPE = {"single_games": POD.SingleGames, "career": POD.Career}
HOLDER_CLASS = {"athlete": POD.Athlete, "nation": POD.Nation}
# Where each kind of entity is declared, and the IRI segment it gets.
DECLARING_TYPE = {
    "athlete": "athlete", "nation": "nation", "games": "games", "discipline": "discipline",
    "event": "event", "tally": "tally", "category": "record_category", "record": "record",
}
_CONTEXT = 32  # characters of prefix and suffix kept beside a quote


def bind_prefixes(graph: Graph) -> None:
    """Bind the prefixes every Podium export uses, so Turtle stays readable."""
    for prefix, namespace in {
        "pod": str(POD), "id": "https://w3id.org/podium/id/", "prov": str(PROV),
        "oa": str(OA), "schema": str(SDO), "skos": str(SKOS), "sport": str(SPORT),
        "wd": str(WD), "owl": str(OWL), "xsd": str(XSD),
    }.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def fact_iri(source_id: str, fact_id: str) -> URIRef:
    """The IRI of a fact: ``.../id/fact/<source>/<fact>``."""
    return entity_iri("fact", f"{source_id}/{fact_id}")


def add_stated(graph: Graph, fact: URIRef, triple: tuple) -> None:
    """Add a triple to a graph and list it as an ``rdf:Statement`` the fact states.

    The statement's IRI is the fact's IRI plus a hash of the triple, so it is
    stable from build to build.
    """
    subject, predicate, obj = triple
    graph.add(triple)
    digest = hashlib.sha1(f"{subject.n3()} {predicate.n3()} {obj.n3()}".encode()).hexdigest()[:12]
    statement = URIRef(f"{fact}/statement/{digest}")
    graph.add((fact, POD.states, statement))
    graph.add((statement, RDF.type, RDF.Statement))
    graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, predicate))
    graph.add((statement, RDF.object, obj))


@dataclass
class Registry:
    """Every entity the facts declare, by kind and key, with the facts that declare it."""

    declared: dict[str, dict[str, list[tuple[Fact, FactsFile]]]] = field(default_factory=dict)
    medals: dict[tuple[str, str], URIRef] = field(default_factory=dict)

    def add(self, kind: str, key: str, fact: Fact, facts_file: FactsFile) -> None:
        self.declared.setdefault(kind, {}).setdefault(key, []).append((fact, facts_file))

    def iri(self, kind: str, key: str, fact: Fact, field_name: str) -> URIRef:
        """The IRI of a declared entity, or an error pointing at the referring field."""
        if key not in self.declared.get(kind, {}):
            raise fact.error(f"unknown {kind} {key!r}: no '{DECLARING_TYPE[kind]}' fact declares it", field_name)
        return entity_iri(kind, key)

    def first(self, kind: str, key: str) -> Fact:
        return self.declared[kind][key][0][0]

    def has_preferred_name(self, athlete: str) -> bool:
        return any("preferred_name" in fact.fields for fact, _ in self.declared["athlete"][athlete])

    def display_name(self, kind: str, key: str) -> str:
        """The name to show: an athlete's preferred spelling, else the first declared name."""
        for fact, _ in self.declared[kind][key]:
            if "preferred_name" in fact.fields:
                return fact.fields["preferred_name"]
        return self.first(kind, key).fields["name"]

    def holder_iri(self, fact: Fact) -> URIRef:
        """A record's holder: an athlete slug or a nation code."""
        holder = fact.fields["holder"]
        kind = "nation" if holder.isupper() else "athlete"
        return self.iri(kind, holder, fact, "holder")


class _FactWriter:
    """Adds a fact's triples to its source graph and records them as its statements."""

    def __init__(self, graph: Graph, fact: Fact, source: URIRef, source_id: str) -> None:
        self.graph = graph
        self.fact = fact
        self.node = fact_iri(source_id, fact.id)
        self.source = source

    def add(self, subject: URIRef, predicate: URIRef, obj) -> None:
        add_stated(self.graph, self.node, (subject, predicate, obj))

    def labels(self, subject: URIRef, name: str, aliases: list[str], preferred: bool) -> None:
        if preferred:
            self.add(subject, SKOS.prefLabel, Literal(name))
            self.add(subject, RDFS.label, Literal(name))
        else:
            self.add(subject, SKOS.altLabel, Literal(name))
        for alias in aliases:
            self.add(subject, SKOS.altLabel, Literal(alias))

    def provenance(self, text: str) -> None:
        """The fact node: its source, quote, and where the quote stands in the text."""
        graph, node, quote = self.graph, self.node, self.fact.quote
        start = text.index(quote)
        quotation = URIRef(f"{node}/quotation")
        quote_selector = URIRef(f"{node}/quote-selector")
        position_selector = URIRef(f"{node}/position-selector")
        graph.add((node, RDF.type, POD.StatedFact))
        graph.add((node, POD.factId, Literal(self.fact.id)))
        graph.add((node, PROV.wasQuotedFrom, self.source))
        graph.add((node, POD.quote, Literal(quote)))
        graph.add((node, PROV.qualifiedQuotation, quotation))
        graph.add((quotation, RDF.type, PROV.Quotation))
        graph.add((quotation, PROV.entity, self.source))
        graph.add((quotation, OA.hasSelector, quote_selector))
        graph.add((quotation, OA.hasSelector, position_selector))
        graph.add((quote_selector, RDF.type, OA.TextQuoteSelector))
        graph.add((quote_selector, OA.exact, Literal(quote)))
        graph.add((quote_selector, OA.prefix, Literal(text[max(0, start - _CONTEXT):start])))
        graph.add((quote_selector, OA.suffix, Literal(text[start + len(quote):start + len(quote) + _CONTEXT])))
        graph.add((position_selector, RDF.type, OA.TextPositionSelector))
        graph.add((position_selector, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        graph.add((position_selector, OA.end, Literal(start + len(quote), datatype=XSD.nonNegativeInteger)))


def _register(files: list[FactsFile]) -> Registry:
    registry = Registry()
    kinds = {declaring: kind for kind, declaring in DECLARING_TYPE.items()}
    for facts_file in files:
        for fact in facts_file.facts:
            if fact.type in kinds:
                kind = kinds[fact.type]
                registry.add(kind, fact.fields[kind], fact, facts_file)
            if fact.type == "medal":
                fields = fact.fields
                registry.medals[(facts_file.source.id, fact.id)] = entity_iri(
                    "medal", f"{fields['event']}/{fields['medal']}/{fields['athlete']}"
                )
            elif fact.type == "team_medal":
                # (keyed by the team, as the results data's teams of a nation code are: team/<event>/<code>)
                fields = fact.fields
                registry.medals[(facts_file.source.id, fact.id)] = entity_iri(
                    "medal", f"{fields['event']}/{fields['medal']}/team-{fields['nation'].lower()}"
                )
    for kind, entries in registry.declared.items():
        for key, declarations in entries.items():
            if kind in ("tally", "category", "record", "event") and len(declarations) > 1:
                fact, _ = declarations[1]
                raise fact.error(f"{kind} {key!r} is already declared by fact '{declarations[0][0].id}'", kind)
    return registry


def _write_fact(writer: _FactWriter, fact: Fact, facts_file: FactsFile, registry: Registry) -> None:
    """The triples each type of fact states."""
    fields, add = fact.fields, writer.add
    iri = registry.iri
    source = writer.source
    kind = fact.type
    if kind == "published":
        add(source, SDO.datePublished, Literal(fields["date"].isoformat(), datatype=XSD.date))
    elif kind == "photo_credit":
        add(source, POD.photoCredit, Literal(fields["credit"]))
    elif kind == "games":
        games = entity_iri("games", fields["games"])
        add(games, RDF.type, POD.Games)
        writer.labels(games, fields["name"], fields.get("aliases", []), registry.first("games", fields["games"]) is fact)
        add(games, POD.season, SEASON[fields["season"]])
        add(games, POD.year, Literal(str(fields["year"]), datatype=XSD.gYear))
    elif kind == "nation":
        nation = entity_iri("nation", fields["nation"])
        add(nation, RDF.type, POD.Nation)
        add(nation, POD.nocCode, Literal(fields["nation"]))
        writer.labels(nation, fields["name"], fields.get("aliases", []), registry.first("nation", fields["nation"]) is fact)
    elif kind == "discipline":
        discipline = entity_iri("discipline", fields["discipline"])
        add(discipline, RDF.type, POD.Discipline)
        writer.labels(discipline, fields["name"], fields.get("aliases", []), registry.first("discipline", fields["discipline"]) is fact)
    elif kind == "athlete":
        athlete = entity_iri("athlete", fields["athlete"])
        add(athlete, RDF.type, POD.Athlete)
        # The source's spelling is the preferred label only where no fact restores
        # the real letters; derive.py adds that preferred spelling as derived.
        first = registry.first("athlete", fields["athlete"]) is fact
        writer.labels(athlete, fields["name"], fields.get("aliases", []), first and not registry.has_preferred_name(fields["athlete"]))
        add(athlete, POD.represents, iri("nation", fields["nation"], fact, "nation"))
        if "discipline" in fields:
            add(athlete, POD.competesIn, iri("discipline", fields["discipline"], fact, "discipline"))
    elif kind == "age":
        add(iri("athlete", fields["athlete"], fact, "athlete"), POD.age, Literal(fields["age"]))
    elif kind == "event":
        event = entity_iri("event", fields["event"])
        add(event, RDF.type, POD.Event)
        writer.labels(event, fields["name"], fields.get("aliases", []), True)
        add(event, POD.partOfGames, iri("games", fields["games"], fact, "games"))
        add(event, POD.discipline, iri("discipline", fields["discipline"], fact, "discipline"))
        add(event, POD.sex, Literal(fields["sex"]))
        add(event, POD.teamEvent, Literal(fields["team_event"]))
    elif kind == "medal":
        medal = registry.medals[(facts_file.source.id, fact.id)]
        athlete = iri("athlete", fields["athlete"], fact, "athlete")
        event = iri("event", fields["event"], fact, "event")
        add(medal, RDF.type, POD.Medal)
        add(medal, POD.medalType, MEDAL_TYPE[fields["medal"]])
        add(medal, POD.awardedTo, athlete)
        add(medal, POD.forNation, iri("nation", fields["nation"], fact, "nation"))
        add(medal, POD.inEvent, event)
        label = (
            f"{fields['medal']}: {registry.display_name('athlete', fields['athlete'])}, "
            f"{registry.first('event', fields['event']).fields['name']}"
        )
        add(medal, RDFS.label, Literal(label))
        if "date" in fields:
            add(medal, POD.awardedOn, Literal(fields["date"].isoformat(), datatype=XSD.date))
    elif kind == "team_medal":
        _write_team_medal(writer, fact, facts_file, registry)
    elif kind == "tally":
        tally = entity_iri("tally", fields["tally"])
        add(tally, RDF.type, POD.MedalTally)
        if "athlete" in fields:
            holder, name = iri("athlete", fields["athlete"], fact, "athlete"), registry.display_name("athlete", fields["athlete"])
        else:
            holder, name = iri("nation", fields["nation"], fact, "nation"), registry.first("nation", fields["nation"]).fields["name"]
        add(tally, POD.tallyOf, holder)
        where = "career"
        if "games" in fields:
            add(tally, POD.atGames, iri("games", fields["games"], fact, "games"))
            where = "at " + registry.first("games", fields["games"]).fields["name"]
        if "before_games" in fields:
            add(tally, POD.beforeGames, iri("games", fields["before_games"], fact, "before_games"))
            where = "career before " + registry.first("games", fields["before_games"]).fields["name"]
        for key, predicate in (("golds", POD.golds), ("medals", POD.medals)):
            if key in fields:
                add(tally, predicate, Literal(fields[key]))
        add(tally, RDFS.label, Literal(f"medal tally of {name}, {where}"))
    elif kind == "record_category":
        category = entity_iri("category", fields["category"])
        add(category, RDF.type, POD.RecordCategory)
        writer.labels(category, fields["name"], [], True)
        add(category, POD.measure, Literal(fields["measure"]))
        add(category, POD.scope, SCOPE[fields["scope"]])
        if "season" in fields:
            add(category, POD.season, SEASON[fields["season"]])
        add(category, POD.individualEventsOnly, Literal(fields["individual_only"]))
        add(category, POD.holderClass, HOLDER_CLASS[fields["holder"]])
        if "nation" in fields:
            add(category, POD.restrictedTo, iri("nation", fields["nation"], fact, "nation"))
    elif kind == "record":
        _write_record(writer, fact, facts_file, registry)


def _write_team_medal(writer: _FactWriter, fact: Fact, facts_file: FactsFile, registry: Registry) -> None:
    """A nation's team medal with no member named: the nation's team in the event (a ``pod:Team`` that represents it),
    awarded the medal. The event must be a team event."""
    fields, add, iri = fact.fields, writer.add, registry.iri
    event = iri("event", fields["event"], fact, "event")
    nation = iri("nation", fields["nation"], fact, "nation")
    if not registry.first("event", fields["event"]).fields["team_event"]:
        raise fact.error(f"event {fields['event']!r} is not a team event: a team medal needs one", "event")
    team = entity_iri("team", f"{fields['event']}/{fields['nation'].lower()}")
    nation_name = registry.first("nation", fields["nation"]).fields["name"]
    event_name = registry.first("event", fields["event"]).fields["name"]
    add(team, RDF.type, POD.Team)
    add(team, RDFS.label, Literal(f"{nation_name}, {event_name}"))
    add(team, POD.ofEvent, event)
    add(team, POD.represents, nation)
    medal = registry.medals[(facts_file.source.id, fact.id)]
    add(medal, RDF.type, POD.Medal)
    add(medal, POD.medalType, MEDAL_TYPE[fields["medal"]])
    add(medal, POD.awardedTo, team)
    add(medal, POD.forNation, nation)
    add(medal, POD.inEvent, event)
    add(medal, RDFS.label, Literal(f"{fields['medal']}: {nation_name}, {event_name}"))
    if "date" in fields:
        add(medal, POD.awardedOn, Literal(fields["date"].isoformat(), datatype=XSD.date))


def _write_record(writer: _FactWriter, fact: Fact, facts_file: FactsFile, registry: Registry) -> None:
    fields, add, iri = fact.fields, writer.add, registry.iri
    record = entity_iri("record", fields["record"])
    add(record, RDF.type, POD.Record)
    add(record, POD.category, iri("category", fields["category"], fact, "category"))
    label = registry.first("category", fields["category"]).fields["name"]
    if "holder" in fields:
        holder = registry.holder_iri(fact)
        add(record, POD.holder, holder)
        holder_key = fields["holder"]
        kind = "nation" if holder_key.isupper() else "athlete"
        label += f": {registry.display_name(kind, holder_key) if kind == 'athlete' else registry.first(kind, holder_key).fields['name']}"
    if "value" in fields:
        add(record, POD.value, Literal(fields["value"]))
        label += f", {fields['value']}"
    if "games" in fields:
        add(record, POD.setAt, iri("games", fields["games"], fact, "games"))
        label += f" ({registry.first('games', fields['games']).fields['name']})"
    if "set_by" in fields:
        medal = registry.medals.get((facts_file.source.id, fields["set_by"]))
        if medal is None:
            raise fact.error(f"unknown medal fact {fields['set_by']!r} in this file", "set_by")
        add(record, POD.setBy, medal)
    if "supersedes" in fields:
        add(record, POD.supersedes, iri("record", fields["supersedes"], fact, "supersedes"))
    if "still_stands" in fields:
        add(record, POD.stillStands, Literal(fields["still_stands"]))
    if "challenged_by" in fields:
        add(record, POD.challengedBy, iri("athlete", fields["challenged_by"], fact, "challenged_by"))
    if "stood_for" in fields:
        add(record, POD.stoodFor, Literal(fields["stood_for"]))
    for tally in fields.get("value_sum_of", []):
        iri("tally", tally, fact, "value_sum_of")
    add(record, RDFS.label, Literal(label))


def _write_source(graph: Graph, facts_file: FactsFile) -> URIRef:
    info = facts_file.source
    source = source_iri(info.id)
    graph.add((source, RDF.type, POD.Article if info.kind == "article" else POD.DataFile))
    graph.add((source, POD.sourceFile, Literal(info.file)))
    graph.add((source, SDO.license, Literal(info.licence)))
    graph.add((source, RDFS.label, Literal(info.title or info.file)))
    if info.url:
        graph.add((source, SDO.url, Literal(info.url, datatype=XSD.anyURI)))
    return source


def stated_graphs(dataset: Dataset, files: list[FactsFile], registry: Registry) -> None:
    """Add one named graph per source with its stated facts."""
    for facts_file in files:
        source = source_iri(facts_file.source.id)
        graph = dataset.graph(source)
        _write_source(graph, facts_file)
        for fact in facts_file.facts:
            writer = _FactWriter(graph, fact, source, facts_file.source.id)
            _write_fact(writer, fact, facts_file, registry)
            writer.provenance(facts_file.source.text)


def build(seeds: Path | str = DEFAULT_SEEDS, *, validate: bool = True) -> Dataset:
    """Build the knowledge graph of a folder of sources and facts files.

    Parameters
    ----------
    seeds:
        A folder with ``*.facts.yaml`` files and the sources they name.
    validate:
        Validate the result against ``ontology/shapes.ttl`` (a violation raises).

    Returns
    -------
    rdflib.Dataset
        One named graph per source, one for derived facts, one for the ontology;
        queries on the dataset see their union.

    Raises
    ------
    PodiumError
        On bad input (file and line named) or a SHACL violation.
    """
    from .derive import derive  # local: derive builds on this module's Registry
    from .validate import validate_dataset

    files = load_facts_dir(Path(seeds))
    registry = _register(files)
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    dataset.graph(GRAPH_ONTOLOGY).parse(ONTOLOGY_FILE, format="turtle")
    stated_graphs(dataset, files, registry)
    derive(dataset, files, registry)
    if validate:
        validate_dataset(dataset)
    return dataset


def summary(dataset: Dataset) -> dict[str, int]:
    """Counts of a built graph: triples (outside the ontology) and entities by class.

    >>> sorted(summary(build("seeds")))
    ['athletes', 'events', 'medals', 'records', 'sources', 'triples']
    """
    data_triples = sum(len(graph) for graph in dataset.graphs() if graph.identifier != GRAPH_ONTOLOGY)
    count = lambda cls: len(set(dataset.subjects(RDF.type, cls)))  # noqa: E731
    sources = set(dataset.subjects(RDF.type, POD.Article)) | set(dataset.subjects(RDF.type, POD.DataFile))
    return {
        "triples": data_triples,
        "athletes": count(POD.Athlete),
        "events": count(POD.Event),
        "medals": count(POD.Medal),
        "records": count(POD.Record),
        "sources": len(sources),
    }
