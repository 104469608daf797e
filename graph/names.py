"""Readable, deterministic IRIs and the folding of names for matching.

Names keep their diacritics in labels; for matching, every spelling is folded to
one key, so that the article's transliterations (Klaebo, Hoesflot, Loewstroem) and
the real letters (Klæbo, Høsflot, Løwstrøm) meet.

Examples
--------
>>> fold("Johannes Høsflot Klæbo") == fold("Johannes Hoesflot Klaebo")
True
>>> fold("Martin Løwstrøm Nyenget") == fold("Martin Loewstroem Nyenget")
True
>>> slug("Milano Cortina 2026")
'milano-cortina-2026'
>>> str(entity_iri("athlete", "johannes-hosflot-klaebo"))
'https://w3id.org/podium/id/athlete/johannes-hosflot-klaebo'
"""

from __future__ import annotations

import re

from rdflib import URIRef
from unidecode import unidecode

__all__ = ["ID_BASE", "GRAPH_DERIVED", "GRAPH_ONTOLOGY", "NATIONAL_PODIUM_RULE", "fold", "slug", "entity_iri",
           "source_iri", "national_podium_iri"]

ID_BASE = "https://w3id.org/podium/id/"
GRAPH_DERIVED = URIRef(ID_BASE + "graph/derived")
GRAPH_ONTOLOGY = URIRef("https://w3id.org/podium/ontology")
# The rule of a pod:NationalPodium, in words; the seed's and the data's are the same.
NATIONAL_PODIUM_RULE = ("The medals one nation won in one event, when there are two or more, "
                        "form that nation's podium in the event.")

# Written forms of the Nordic and German letters in English copy: ø as oe, æ as ae,
# å as aa, ü as ue. unidecode turns the real letters into o, ae, a, u; folding the
# digraphs as well makes both spellings meet. Both sides of a comparison are folded
# the same way, so a name that really has "oe" (Joel, Zoe) still matches itself.
_DIGRAPHS = (("oe", "o"), ("ae", "a"), ("aa", "a"), ("ue", "u"))
_SLUG_SAFE = re.compile(r"[^a-z0-9]+")
_KEY_SAFE = re.compile(r"[^a-z0-9 ]+")


def fold(name: str) -> str:
    """The matching key of a name: ASCII, lower case, transliterations folded, single spaces."""
    key = unidecode(name).lower().replace("-", " ")
    key = _KEY_SAFE.sub("", key)
    for digraph, letter in _DIGRAPHS:
        key = key.replace(digraph, letter)
    return " ".join(key.split())


def slug(text: str) -> str:
    """A readable IRI segment: ASCII letters and digits joined by hyphens (ø→o, æ→ae)."""
    return _SLUG_SAFE.sub("-", unidecode(text).lower()).strip("-")


def entity_iri(kind: str, key: str) -> URIRef:
    """The IRI of an entity of a kind (athlete, nation, event...) by its slug or code."""
    return URIRef(f"{ID_BASE}{kind}/{key}")


def national_podium_iri(event_key: str, noc: str) -> URIRef:
    """The IRI of the medals one nation won in one event (a ``pod:NationalPodium``).

    >>> str(national_podium_iri("milano-cortina-2026-cross-country-skiing-men-50-km-mass-start", "NOR"))
    'https://w3id.org/podium/id/national-podium/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/NOR'
    """
    return entity_iri("national-podium", f"{event_key}/{noc}")


def source_iri(source_id: str) -> URIRef:
    """The IRI of a source, which is also the name of the graph of what it states."""
    return entity_iri("source", source_id)
