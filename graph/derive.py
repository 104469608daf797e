"""Facts the builder derives from stated facts, kept apart and marked as derived.

Every derived triple lives in the derived graph and is listed by a
``pod:DerivedFact`` node with its rule in words and the facts it comes from
(``prov:wasDerivedFrom``), so a query can always tell stated from derived.

The rules:

- ``preferred-name``: an athlete's spelling with the letters the article
  transliterated restored (Klaebo -> Klæbo); allowed only where both fold alike.
- ``medal-date``: "on Friday" or the article's own day, resolved against the
  article's date.
- ``record-set-on``: a record is set on the day of the medal that set it.
- ``record-value``: a record's value as the sum of the tallies it counts (Klæbo's
  five before the Games + six at them = 11).
- ``career-after-games``: a career tally after a Games = before + at the Games.
- ``tally-as-of`` and ``record-as-of``: a source's counts hold on its date.
- ``birth-years``: the years a stated age on a date allows.
- ``stood-years``: how many years a broken record stood.
- ``name-key``: every label folded for matching, with or without diacritics.
- ``national-podium``: the medals one nation won in one event, when there are two
  or more, grouped in one ``pod:NationalPodium`` (what teammates shared).
"""

from __future__ import annotations

import datetime as dt

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from .build import Registry, add_stated, fact_iri
from .facts import ARTICLE_DATE, WEEKDAYS, Fact, FactsFile
from .names import GRAPH_DERIVED, NATIONAL_PODIUM_RULE, entity_iri, fold, national_podium_iri
from .vocab import POD

__all__ = ["derive", "resolve_day", "birth_year_range"]


def resolve_day(day: str, article_date: dt.date) -> dt.date:
    """The date a relative day names, seen from an article's date.

    >>> resolve_day("Friday", dt.date(2026, 2, 21))
    datetime.date(2026, 2, 20)
    >>> resolve_day("article date", dt.date(2026, 2, 21))
    datetime.date(2026, 2, 21)
    """
    if day == ARTICLE_DATE:
        return article_date
    back = (article_date.weekday() - WEEKDAYS.index(day)) % 7
    return article_date - dt.timedelta(days=back)


def birth_year_range(age: int, on: dt.date) -> tuple[int, int]:
    """The earliest and latest birth year of someone who is ``age`` on a date.

    >>> birth_year_range(29, dt.date(2026, 2, 21))
    (1996, 1997)
    """
    latest = on.replace(year=on.year - age) if not (on.month == 2 and on.day == 29) else on.replace(year=on.year - age, day=28)
    earliest = latest.replace(year=latest.year - 1) + dt.timedelta(days=1)
    return earliest.year, latest.year


class _Derivation:
    """One derived fact: its node, rule, origins, and the triples it states."""

    def __init__(self, graph: Graph, rule: str, key: str, text: str, origins: list[URIRef]) -> None:
        self.graph = graph
        self.node = entity_iri("derived", f"{rule}/{key}")
        graph.add((self.node, RDF.type, POD.DerivedFact))
        graph.add((self.node, POD.rule, Literal(text)))
        graph.add((self.node, POD.factId, Literal(f"{rule}/{key}")))
        for origin in origins:
            graph.add((self.node, PROV.wasDerivedFrom, origin))

    def add(self, subject: URIRef, predicate: URIRef, obj) -> None:
        add_stated(self.graph, self.node, (subject, predicate, obj))


class _Deriver:
    def __init__(self, dataset: Dataset, files: list[FactsFile], registry: Registry) -> None:
        self.dataset = dataset
        self.graph = dataset.graph(GRAPH_DERIVED)
        self.files = files
        self.registry = registry
        self.medal_dates: dict[URIRef, tuple[dt.date, URIRef]] = {}
        self.record_years: dict[URIRef, tuple[int, URIRef]] = {}

    def derivation(self, rule: str, key: str, text: str, origins: list[URIRef]) -> _Derivation:
        return _Derivation(self.graph, rule, key, text, origins)

    def facts(self, fact_type: str):
        for facts_file in self.files:
            for fact in facts_file.facts:
                if fact.type == fact_type:
                    yield fact, facts_file

    @staticmethod
    def published(facts_file: FactsFile) -> tuple[dt.date, URIRef] | None:
        for fact in facts_file.facts:
            if fact.type == "published":
                return fact.fields["date"], fact_iri(facts_file.source.id, fact.id)
        return None

    def source_date(self, fact: Fact, facts_file: FactsFile, field_name: str) -> tuple[dt.date, URIRef]:
        published = self.published(facts_file)
        if published is None:
            raise fact.error("the source has no 'published' fact to date this against", field_name)
        return published

    # --- the rules ---------------------------------------------------------------

    def preferred_names(self) -> None:
        for fact, facts_file in self.facts("athlete"):
            preferred = fact.fields.get("preferred_name")
            if preferred is None:
                continue
            if fold(preferred) != fold(fact.fields["name"]):
                raise fact.error(
                    f"preferred name {preferred!r} is not a re-spelling of {fact.fields['name']!r}",
                    "preferred_name",
                )
            athlete = entity_iri("athlete", fact.fields["athlete"])
            derived = self.derivation(
                "preferred-name", fact.fields["athlete"],
                "The athlete's name with the letters the source transliterated restored "
                "(ø written oe, æ written ae); both spellings fold to the same key.",
                [fact_iri(facts_file.source.id, fact.id)],
            )
            derived.add(athlete, SKOS.prefLabel, Literal(preferred))
            derived.add(athlete, RDFS.label, Literal(preferred))
            words = {fold(word): word for word in preferred.split()}
            for alias in fact.fields.get("aliases", []):
                respelled = " ".join(words.get(fold(word), word) for word in alias.split())
                if respelled != alias:
                    derived.add(athlete, SKOS.altLabel, Literal(respelled))

    def medal_dates_from_days(self) -> None:
        for fact, facts_file in [*self.facts("medal"), *self.facts("team_medal")]:
            medal = self.registry.medals[(facts_file.source.id, fact.id)]
            origin = fact_iri(facts_file.source.id, fact.id)
            if "date" in fact.fields:
                self.medal_dates[medal] = (fact.fields["date"], origin)
                continue
            if "day" not in fact.fields:
                continue
            article_date, published = self.source_date(fact, facts_file, "day")
            day = resolve_day(fact.fields["day"], article_date)
            what = "the article's own date" if fact.fields["day"] == ARTICLE_DATE else f"the last {fact.fields['day']} on or before the article's date"
            derived = self.derivation(
                "medal-date", f"{facts_file.source.id}/{fact.id}",
                f"The medal was won on {what}, as the article reports it.",
                [origin, published],
            )
            derived.add(medal, POD.awardedOn, Literal(day.isoformat(), datatype=XSD.date))
            self.medal_dates[medal] = (day, derived.node)

    def tallies(self) -> None:
        before: dict[tuple[str, str], tuple[Fact, FactsFile]] = {}
        at: dict[tuple[str, str], tuple[Fact, FactsFile]] = {}
        for fact, facts_file in self.facts("tally"):
            as_of, published = self.source_date(fact, facts_file, "tally")
            tally = entity_iri("tally", fact.fields["tally"])
            self.derivation(
                "tally-as-of", fact.fields["tally"],
                "A count a source gives holds on the source's date.",
                [fact_iri(facts_file.source.id, fact.id), published],
            ).add(tally, POD.asOf, Literal(as_of.isoformat(), datatype=XSD.date))
            athlete = fact.fields.get("athlete")
            if athlete and "golds" in fact.fields:
                if "before_games" in fact.fields:
                    before[(athlete, fact.fields["before_games"])] = (fact, facts_file)
                elif "games" in fact.fields:
                    at[(athlete, fact.fields["games"])] = (fact, facts_file)
        for (athlete, games), (before_fact, before_file) in sorted(before.items()):
            if (athlete, games) not in at:
                continue
            at_fact, at_file = at[(athlete, games)]
            key = f"{athlete}-career-after-{games}"
            tally = entity_iri("tally", key)
            golds = before_fact.fields["golds"] + at_fact.fields["golds"]
            as_of, published = self.source_date(at_fact, at_file, "tally")
            derived = self.derivation(
                "career-after-games", key,
                "Career golds after a Games = career golds before the Games + golds at the Games.",
                [fact_iri(before_file.source.id, before_fact.id), fact_iri(at_file.source.id, at_fact.id)],
            )
            derived.add(tally, RDF.type, POD.MedalTally)
            derived.add(tally, POD.tallyOf, entity_iri("athlete", athlete))
            derived.add(tally, POD.golds, Literal(golds))
            derived.add(tally, POD.asOf, Literal(as_of.isoformat(), datatype=XSD.date))
            name = self.registry.display_name("athlete", athlete)
            games_name = self.registry.first("games", games).fields["name"]
            derived.add(tally, RDFS.label, Literal(f"medal tally of {name}, career after {games_name}"))

    def records(self) -> None:
        for fact, facts_file in self.facts("record"):
            fields = fact.fields
            record = entity_iri("record", fields["record"])
            origin = fact_iri(facts_file.source.id, fact.id)
            if "games" in fields:
                year = self.registry.first("games", fields["games"]).fields["year"]
                self.record_years[record] = (year, origin)
            if "set_by" in fields:
                medal = self.registry.medals[(facts_file.source.id, fields["set_by"])]
                if medal in self.medal_dates:
                    day, medal_origin = self.medal_dates[medal]
                    self.derivation(
                        "record-set-on", fields["record"],
                        "A record is set on the day of the medal that set it.",
                        [origin, medal_origin],
                    ).add(record, POD.setOn, Literal(day.isoformat(), datatype=XSD.date))
                    self.record_years[record] = (day.year, origin)
            if "value_sum_of" in fields:
                self.record_value(fact, facts_file, record, origin)
            if "still_stands" in fields:
                as_of, published = self.source_date(fact, facts_file, "still_stands")
                self.derivation(
                    "record-as-of", fields["record"],
                    "A source's word that a record still stands holds on the source's date.",
                    [origin, published],
                ).add(record, POD.asOf, Literal(as_of.isoformat(), datatype=XSD.date))

    def record_value(self, fact: Fact, facts_file: FactsFile, record: URIRef, origin: URIRef) -> None:
        total, origins = 0, [origin]
        for tally_key in fact.fields["value_sum_of"]:
            tally_fact, tally_file = self.registry.declared["tally"][tally_key][0]
            if "golds" not in tally_fact.fields:
                raise fact.error(f"tally {tally_key!r} counts no golds to sum", "value_sum_of")
            total += tally_fact.fields["golds"]
            origins.append(fact_iri(tally_file.source.id, tally_fact.id))
        self.derivation(
            "record-value", fact.fields["record"],
            "The record's value is the sum of the gold tallies its quote refers to.",
            origins,
        ).add(record, POD.value, Literal(total))

    def stood_years(self) -> None:
        for fact, facts_file in self.facts("record"):
            if "supersedes" not in fact.fields:
                continue
            newer = entity_iri("record", fact.fields["record"])
            older = entity_iri("record", fact.fields["supersedes"])
            if newer in self.record_years and older in self.record_years:
                (new_year, new_origin), (old_year, old_origin) = self.record_years[newer], self.record_years[older]
                self.derivation(
                    "stood-years", fact.fields["supersedes"],
                    "A broken record stood for the year it was broken minus the year it was set.",
                    sorted({new_origin, old_origin, fact_iri(facts_file.source.id, fact.id)}),
                ).add(older, POD.stoodYears, Literal(new_year - old_year))

    def birth_years(self) -> None:
        for fact, facts_file in self.facts("age"):
            on, published = self.source_date(fact, facts_file, "age")
            earliest, latest = birth_year_range(fact.fields["age"], on)
            athlete = entity_iri("athlete", fact.fields["athlete"])
            derived = self.derivation(
                "birth-years", fact.fields["athlete"],
                "Someone who is N years old on date D was born after D minus N+1 years and on or before D minus N years.",
                [fact_iri(facts_file.source.id, fact.id), published],
            )
            derived.add(athlete, POD.birthYearEarliest, Literal(str(earliest), datatype=XSD.gYear))
            derived.add(athlete, POD.birthYearLatest, Literal(str(latest), datatype=XSD.gYear))

    def national_podiums(self) -> None:
        by_group: dict[tuple[str, str], dict[URIRef, URIRef]] = {}
        for fact, facts_file in [*self.facts("medal"), *self.facts("team_medal")]:
            medal = self.registry.medals[(facts_file.source.id, fact.id)]
            group = by_group.setdefault((fact.fields["event"], fact.fields["nation"]), {})
            group.setdefault(medal, fact_iri(facts_file.source.id, fact.id))
        for (event, nation), medals in sorted(by_group.items()):
            if len(medals) < 2:
                continue
            podium = national_podium_iri(event, nation)
            derived = self.derivation(
                "national-podium", f"{event}/{nation}", NATIONAL_PODIUM_RULE, sorted(medals.values()),
            )
            derived.add(podium, RDF.type, POD.NationalPodium)
            derived.add(podium, RDFS.label, Literal(
                f"medals of {self.registry.display_name('nation', nation)} in "
                f"{self.registry.display_name('event', event)}"))
            for medal in sorted(medals):
                derived.add(podium, POD.podiumMedal, medal)

    def name_keys(self) -> None:
        for kind, entries in sorted(self.registry.declared.items()):
            if kind not in ("athlete", "nation", "games", "discipline", "event"):
                continue
            for key, declarations in sorted(entries.items()):
                subject = entity_iri(kind, key)
                labels = {
                    str(label)
                    for predicate in (SKOS.prefLabel, SKOS.altLabel)
                    for label in self.dataset.objects(subject, predicate)
                }
                derived = self.derivation(
                    "name-key", f"{kind}/{key}",
                    "Every label folded for matching: ASCII, lower case, oe/ae/aa/ue read as o/a/a/u.",
                    sorted({fact_iri(f.source.id, fact.id) for fact, f in declarations}),
                )
                for name_key in sorted({fold(label) for label in labels}):
                    derived.add(subject, POD.nameKey, Literal(name_key))


def derive(dataset: Dataset, files: list[FactsFile], registry: Registry) -> Graph:
    """Add the derived graph to a dataset of stated facts, and return it."""
    deriver = _Deriver(dataset, files, registry)
    deriver.preferred_names()
    deriver.medal_dates_from_days()
    deriver.tallies()
    deriver.records()
    deriver.stood_years()
    deriver.birth_years()
    deriver.national_podiums()
    deriver.name_keys()
    return deriver.graph
