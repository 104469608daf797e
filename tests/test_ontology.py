"""Ontology lint: it parses, every term is labelled and commented, no typo'd predicates,
and the Python vocabulary declares the same terms."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from graph.build import ONTOLOGY_FILE, SHAPES_FILE
from graph.vocab import POD

NS = str(POD)
KNOWN_PREDICATES = {
    RDF.type, RDFS.label, RDFS.comment, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range,
    RDFS.isDefinedBy, OWL.oneOf, OWL.inverseOf, OWL.disjointWith, OWL.versionIRI, OWL.versionInfo,
    URIRef("http://www.w3.org/2004/02/skos/core#closeMatch"),
    URIRef("http://purl.org/dc/terms/title"), URIRef("http://purl.org/dc/terms/description"),
    URIRef("http://purl.org/dc/terms/created"), URIRef("http://purl.org/dc/terms/modified"),
    URIRef("http://purl.org/dc/terms/license"), URIRef("http://purl.org/dc/terms/creator"),
    RDF.first, RDF.rest, POD.rank,
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def own_terms(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_core_classes_exist(ontology):
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    for name in ("Athlete", "Event", "Medal", "Record", "Nation", "Games", "Sport", "Discipline",
                 "Team", "MedalType", "Source", "RecordCategory", "MedalTally", "StatedFact", "DerivedFact"):
        assert URIRef(NS + name) in classes, name


def test_every_term_has_label_comment_and_defined_by(ontology):
    for term in sorted(own_terms(ontology)):
        assert ontology.value(term, RDFS.label), f"{term} has no rdfs:label"
        assert ontology.value(term, RDFS.comment), f"{term} has no rdfs:comment"
        assert ontology.value(term, RDFS.isDefinedBy), f"{term} has no rdfs:isDefinedBy"


def test_every_predicate_is_known(ontology):
    """Turtle accepts `rdfs:subClasOf` silently; this catches such typos."""
    unknown = {p for p in ontology.predicates() if p not in KNOWN_PREDICATES}
    assert unknown == set()


def test_properties_have_domain_or_range(ontology):
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    lacking = sorted(str(p) for p in properties if not (ontology.value(p, RDFS.domain) or ontology.value(p, RDFS.range)))
    assert lacking == []


def test_core_classes_are_aligned(ontology):
    schema, sport = "https://schema.org/", "https://sportschema.org/ontologies/main/"
    aligned = {str(o) for o in ontology.objects(POD.Athlete, RDFS.subClassOf)}
    assert {schema + "Person", sport + "Athlete"} <= aligned
    assert URIRef("http://www.wikidata.org/entity/Q5") in set(ontology.objects(POD.Athlete, URIRef("http://www.w3.org/2004/02/skos/core#closeMatch")))
    assert URIRef(sport + "CompetitorParticipation") in set(ontology.objects(POD.Medal, RDFS.subClassOf))
    assert URIRef(schema + "SportsEvent") in set(ontology.objects(POD.Event, RDFS.subClassOf))


def test_medal_types_have_ranks(ontology):
    assert [(str(ontology.value(m, RDFS.label)), ontology.value(m, POD.rank).toPython())
            for m in (POD.Gold, POD.Silver, POD.Bronze)] == [("gold", 1), ("silver", 2), ("bronze", 3)]


def test_python_vocabulary_matches_the_ontology(ontology):
    declared = {str(term)[len(NS):] for term in own_terms(ontology)}
    in_python = set(POD.__annotations__)
    assert declared == in_python


def test_shapes_parse_and_target_core_classes():
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    targets = set(shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert {POD.Athlete, POD.Medal, POD.Record, POD.Event, POD.StatedFact, POD.DerivedFact} <= targets
