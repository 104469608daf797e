"""Every seed fact the core issue lists, asserted through SPARQL on the built graph, with its quote."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

ID = "https://w3id.org/podium/id/"
PREFIXES = """
PREFIX pod: <https://w3id.org/podium/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
"""
ARTICLE = URIRef(ID + "source/klaebo-50km-record-2026-02-21")
EVENT_50KM = URIRef(ID + "event/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start")


def rows(dataset, query: str, **bindings) -> list[tuple]:
    result = dataset.query(PREFIXES + query, initBindings=bindings)
    return sorted(tuple(None if v is None else v.toPython() if isinstance(v, Literal) else str(v) for v in row) for row in result)


def quotes(dataset, subject: URIRef, predicate: URIRef, obj) -> list[str]:
    """The quotes of every stated fact that states this triple."""
    return [row[0] for row in rows(dataset, """
        SELECT ?quote WHERE {
          ?fact a pod:StatedFact ; pod:quote ?quote ; pod:states ?st .
          ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
        }""", s=subject, p=predicate, o=obj)]


def test_article_date_and_photo_credit(seed_dataset):
    assert rows(seed_dataset, "SELECT ?d ?c WHERE { ?a schema:datePublished ?d ; pod:photoCredit ?c }") == [
        (__import__("datetime").date(2026, 2, 21), "Javier Soriano / AFP via Getty Images")
    ]
    assert quotes(seed_dataset, ARTICLE, URIRef("https://w3id.org/podium/ontology#photoCredit"),
                  Literal("Javier Soriano / AFP via Getty Images")) == ["Javier SORIANO /AFP via Getty Images"]


def test_fifty_km_podium_is_a_norwegian_sweep(seed_dataset):
    podium = rows(seed_dataset, """
        SELECT ?rank ?name ?noc ?games ?date WHERE {
          ?m pod:inEvent ?e ; pod:medalType/pod:rank ?rank ; pod:awardedTo/skos:prefLabel ?name ;
             pod:forNation/pod:nocCode ?noc ; pod:awardedOn ?date .
          ?e pod:partOfGames/skos:prefLabel ?games .
        }""", e=EVENT_50KM)
    assert [(r, n, c, g, str(d)) for r, n, c, g, d in podium] == [
        (1, "Johannes Høsflot Klæbo", "NOR", "Milano Cortina 2026", "2026-02-21"),
        (2, "Martin Løwstrøm Nyenget", "NOR", "Milano Cortina 2026", "2026-02-21"),
        (3, "Emil Iversen", "NOR", "Milano Cortina 2026", "2026-02-21"),
    ]


def test_fifty_km_medals_form_norways_national_podium_derived_from_them(seed_dataset):
    podium = URIRef(ID + "national-podium/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/NOR")
    medals = rows(seed_dataset, """SELECT ?m WHERE { GRAPH ?g { ?p a pod:NationalPodium ; pod:podiumMedal ?m } }""", p=podium)
    assert [m.rsplit("/", 2)[-2:] for (m,) in medals] == [
        ["bronze", "emil-iversen"], ["gold", "johannes-hosflot-klaebo"], ["silver", "martin-lowstrom-nyenget"]]
    assert rows(seed_dataset, """SELECT DISTINCT ?g ?rule ?factId WHERE { GRAPH ?g { ?p pod:podiumMedal ?m }
        ?d a pod:DerivedFact ; pod:rule ?rule ; pod:factId ?factId ; pod:states/rdf:subject ?p }""", p=podium) == [
        (ID + "graph/derived",
         "The medals one nation won in one event, when there are two or more, form that nation's podium in the event.",
         "national-podium/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/NOR")]
    # Dale-Skjevdal's is the only medal of its event: a podium of one is no national podium.
    assert rows(seed_dataset, "SELECT ?p WHERE { ?p a pod:NationalPodium }") == [(str(podium),)]


@pytest.mark.parametrize("athlete, medal, quote", [
    ("johannes-hosflot-klaebo", "gold", "Norway's Johannes Hoesflot Klaebo skis on his way to cross the finish line to win gold"),
    ("martin-lowstrom-nyenget", "silver", "Klaebo's teammates, Martin Loewstroem Nyenget, took silver"),
    ("emil-iversen", "bronze", "Emil Iversen, won bronze in a Norwegian sweep"),
])
def test_each_medal_carries_its_sentence(seed_dataset, athlete, medal, quote):
    medal_iri = URIRef(f"{ID}medal/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/{medal}/{athlete}")
    found = quotes(seed_dataset, medal_iri, URIRef("https://w3id.org/podium/ontology#awardedTo"), URIRef(ID + "athlete/" + athlete))
    assert len(found) == 1 and found[0].startswith(quote)


def test_names_keep_diacritics_and_spellings_are_alternative_labels(seed_dataset):
    labels = rows(seed_dataset, """
        SELECT ?pref ?alt WHERE { ?a skos:prefLabel ?pref ; skos:altLabel ?alt }""",
        a=URIRef(ID + "athlete/johannes-hosflot-klaebo"))
    assert {pref for pref, _ in labels} == {"Johannes Høsflot Klæbo"}
    assert {alt for _, alt in labels} == {"Johannes Hoesflot Klaebo", "Klaebo", "Klæbo"}
    nyenget = rows(seed_dataset, "SELECT ?alt WHERE { ?a skos:altLabel ?alt }", a=URIRef(ID + "athlete/martin-lowstrom-nyenget"))
    assert ("Martin Loewstroem Nyenget",) in nyenget
    games = rows(seed_dataset, "SELECT ?l WHERE { ?g skos:prefLabel|skos:altLabel ?l }", g=URIRef(ID + "games/milano-cortina-2026"))
    assert games == [("Milan Cortina",), ("Milano Cortina 2026",)]


def test_preferred_spelling_is_derived_not_stated(seed_dataset):
    derived = rows(seed_dataset, """
        SELECT ?rule WHERE {
          GRAPH <https://w3id.org/podium/id/graph/derived> { ?a skos:prefLabel "Martin Løwstrøm Nyenget" }
          ?d a pod:DerivedFact ; pod:rule ?rule ; pod:states [ rdf:subject ?a ; rdf:predicate skos:prefLabel ] .
        }""", a=URIRef(ID + "athlete/martin-lowstrom-nyenget"))
    assert len(derived) == 1 and "transliterated" in derived[0][0]


def test_klaebo_breaks_heidens_single_games_record(seed_dataset):
    found = rows(seed_dataset, """
        SELECT ?new_holder ?new_value ?set_on ?old_holder ?old_value ?old_games ?stood ?words WHERE {
          ?new pod:category ?c ; pod:holder/skos:prefLabel ?new_holder ; pod:value ?new_value ;
               pod:setOn ?set_on ; pod:supersedes ?old ; pod:stoodFor ?words .
          ?old pod:holder/skos:prefLabel ?old_holder ; pod:value ?old_value ;
               pod:setAt/skos:prefLabel ?old_games ; pod:stoodYears ?stood .
          ?c pod:scope pod:SingleGames ; pod:season pod:Winter ; pod:individualEventsOnly false ;
             pod:holderClass pod:Athlete .
        }""")
    assert [(a, b, str(c), d, e, f, g, h) for a, b, c, d, e, f, g, h in found] == [
        ("Johannes Høsflot Klæbo", 6, "2026-02-21", "Eric Heiden", 5, "Lake Placid 1980", 46, "nearly 50-year")
    ]
    heiden = URIRef(ID + "record/most-golds-athlete-single-winter-games-heiden-1980")
    assert quotes(seed_dataset, heiden, URIRef("https://w3id.org/podium/ontology#value"), Literal(5)) == [
        "the nearly 50-year record set by American speed skater Eric Heiden, who won five golds at the 1980 Lake Placid Olympics"
    ]
    assert rows(seed_dataset, "SELECT ?d WHERE { ?a pod:competesIn/skos:prefLabel ?d ; pod:represents/pod:nocCode 'USA' }",
                a=URIRef(ID + "athlete/eric-heiden")) == [("speed skating",)]


def test_heidens_individual_record_still_stands(seed_dataset):
    found = rows(seed_dataset, """
        SELECT ?holder ?value ?stands ?as_of ?challenger WHERE {
          ?r pod:category/pod:individualEventsOnly true ; pod:holder/skos:prefLabel ?holder ;
             pod:value ?value ; pod:stillStands ?stands ; pod:asOf ?as_of ;
             pod:challengedBy/skos:prefLabel ?challenger .
          FILTER NOT EXISTS { ?newer pod:supersedes ?r }
        }""")
    assert [(a, b, c, str(d), e) for a, b, c, d, e in found] == [
        ("Eric Heiden", 5, True, "2026-02-21", "Johannes Høsflot Klæbo")
    ]


def test_career_record_of_eight_is_broken_and_its_holders_stay_open(seed_dataset):
    found = rows(seed_dataset, """
        SELECT ?old_value ?old_holder ?new_holder ?new_value WHERE {
          ?new pod:supersedes ?old ; pod:holder/skos:prefLabel ?new_holder ; pod:value ?new_value .
          ?old pod:value ?old_value ; pod:category/pod:scope pod:Career .
          OPTIONAL { ?old pod:holder ?old_holder }
        }""")
    assert found == [(8, None, "Johannes Høsflot Klæbo", 11)]
    # 11 is derived (5 before + 6 at the Games), never stated.
    value_rule = rows(seed_dataset, """
        SELECT ?rule WHERE { ?d a pod:DerivedFact ; pod:rule ?rule ;
                               pod:states [ rdf:subject ?r ; rdf:predicate pod:value ; rdf:object 11 ] }""",
                      r=URIRef(ID + "record/most-career-winter-golds-athlete-klaebo-2026"))
    assert len(value_rule) == 1 and "sum" in value_rule[0][0]


def test_klaebo_age_tallies_and_derived_birth_years(seed_dataset):
    klaebo = URIRef(ID + "athlete/johannes-hosflot-klaebo")
    found = rows(seed_dataset, "SELECT ?age ?lo ?hi WHERE { ?a pod:age ?age ; pod:birthYearEarliest ?lo ; pod:birthYearLatest ?hi }", a=klaebo)
    assert [(age, str(lo), str(hi)) for age, lo, hi in found] == [(29, "1996", "1997")]
    assert quotes(seed_dataset, klaebo, URIRef("https://w3id.org/podium/ontology#age"), Literal(29)) == ["The 29-year-old entered the Games"]
    tallies = rows(seed_dataset, """
        SELECT ?label ?golds ?derived WHERE {
          ?t pod:tallyOf ?a ; pod:golds ?golds ; rdfs:label ?label .
          BIND (EXISTS { GRAPH <https://w3id.org/podium/id/graph/derived> { ?t pod:golds ?golds } } AS ?derived)
        }""", a=klaebo)
    assert tallies == [
        ("medal tally of Johannes Høsflot Klæbo, at Milano Cortina 2026", 6, False),
        ("medal tally of Johannes Høsflot Klæbo, career after Milano Cortina 2026", 11, True),
        ("medal tally of Johannes Høsflot Klæbo, career before Milano Cortina 2026", 5, False),
    ]


def test_phelps_23_and_norway_18_of_40(seed_dataset):
    assert rows(seed_dataset, "SELECT ?g ?noc WHERE { ?t pod:tallyOf ?a ; pod:golds ?g . ?a skos:prefLabel 'Michael Phelps' ; pod:represents/pod:nocCode ?noc }") == [(23, "USA")]
    assert rows(seed_dataset, """
        SELECT ?g ?m ?as_of WHERE { ?t pod:tallyOf/pod:nocCode 'NOR' ; pod:atGames ?games ; pod:golds ?g ; pod:medals ?m ; pod:asOf ?as_of }""",
                games=URIRef(ID + "games/milano-cortina-2026")) == [(18, 40, __import__("datetime").date(2026, 2, 21))]
    assert quotes(seed_dataset, URIRef(ID + "record/most-golds-norway-single-winter-games-18"),
                  URIRef("https://w3id.org/podium/ontology#value"), Literal(18)) == ["The win gave Norway a record 18th gold medal"]


def test_dale_skjevdal_friday_gold_broke_norways_own_record(seed_dataset):
    found = rows(seed_dataset, """
        SELECT ?winner ?date ?record_date ?nation WHERE {
          ?r pod:setBy ?m ; pod:setOn ?record_date ; pod:supersedes ?old ;
             pod:category/pod:restrictedTo/skos:prefLabel ?nation .
          ?m pod:awardedTo/skos:prefLabel ?winner ; pod:awardedOn ?date ; pod:medalType pod:Gold .
          ?m pod:inEvent/pod:discipline/skos:prefLabel "biathlon" .
        }""")
    assert [(a, str(b), str(c), d) for a, b, c, d in found] == [
        ("Johannes Dale-Skjevdal", "2026-02-20", "2026-02-20", "Norway")
    ]
    lineage = rows(seed_dataset, """
        SELECT (COUNT(?older) AS ?n) WHERE { ?r pod:supersedes+ ?older }""",
                   r=URIRef(ID + "record/most-golds-norway-single-winter-games-18"))
    assert lineage == [(2,)]


def test_every_stated_fact_has_source_quote_and_selector(seed_dataset):
    missing = rows(seed_dataset, """
        SELECT ?fact WHERE { ?fact a pod:StatedFact .
          FILTER NOT EXISTS { ?fact prov:wasQuotedFrom ?src ; pod:quote ?q ;
                              prov:qualifiedQuotation/oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?q ] } }""")
    assert missing == []
    assert rows(seed_dataset, "SELECT (COUNT(?f) AS ?n) WHERE { ?f a pod:StatedFact }") == [(41,)]


def test_derived_triples_only_in_derived_graph(seed_dataset):
    """No triple listed by a derived fact is asserted in a source's graph."""
    leaked = rows(seed_dataset, """
        SELECT ?s ?p ?o WHERE {
          GRAPH <https://w3id.org/podium/id/graph/derived> { ?d a pod:DerivedFact ; pod:states [ rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ] }
          GRAPH ?g { ?s ?p ?o }
          FILTER (?g != <https://w3id.org/podium/id/graph/derived>)
        }""")
    assert leaked == []
