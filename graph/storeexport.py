"""Write an Oxigraph store (the imported data) in the RDF formats, deterministically.

``podium export --store DIR`` goes here; the seed graph is written by
:mod:`graph.export`. A store of millions of quads is never copied into rdflib (that
takes minutes and gigabytes, see the benchmark): Oxigraph writes N-Triples per
named graph, and the lines are sorted here, so the same store gives byte-identical
files whatever order Oxigraph keeps them in.

* ``nq``: every quad once, sorted (one named graph per source, as ``graph.export``);
* ``nt``: the union of the graphs, every triple once, sorted;
* ``ttl``, ``trig``: those sorted triples (quads) handed to Oxigraph's own
  serialiser with Podium's prefixes: it groups consecutive triples of one subject,
  so sorted input gives stable output.

JSON-LD is refused for a store: rdflib's writer (which ``graph.export`` makes
canonical by sorting its arrays) does not scale to millions of triples, and
Oxigraph's JSON-LD writer gives no canonical order. The ontology graph is left out
unless ``with_ontology``, as in ``graph.export``. Blank nodes (only the ontology's
``owl:oneOf`` lists have them) keep the labels the store gave them.

Examples
--------
>>> from pyoxigraph import Store
>>> from graph.store import load_nquads
>>> store = Store()
>>> load_nquads(store, '<http://ex/b> <http://ex/p> "2" <http://ex/g1> .\\n'
...                    '<http://ex/a> <http://ex/p> "1" <http://ex/g2> .\\n'
...                    '<http://ex/a> <http://ex/p> "1" <http://ex/g1> .\\n')
>>> print(dump_store(store, "nt").decode(), end="")
<http://ex/a> <http://ex/p> "1" .
<http://ex/b> <http://ex/p> "2" .
>>> print(dump_store(store, "nq").decode(), end="")
<http://ex/a> <http://ex/p> "1" <http://ex/g1> .
<http://ex/a> <http://ex/p> "1" <http://ex/g2> .
<http://ex/b> <http://ex/p> "2" <http://ex/g1> .
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Store, parse, serialize

from .errors import PodiumError
from .export import RDF_FORMATS, write_atomic
from .names import GRAPH_ONTOLOGY
from .store import open_store

__all__ = ["STORE_FORMATS", "PREFIXES", "dump_store", "export_store"]

STORE_FORMATS = ("nq", "nt", "trig", "ttl")
PREFIXES = {
    "pod": "https://w3id.org/podium/ontology#",
    "prov": "http://www.w3.org/ns/prov#", "oa": "http://www.w3.org/ns/oa#", "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#", "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _graphs(store: Store, with_ontology: bool) -> list:
    """The store's graphs to write, the default graph first, then the named graphs by IRI."""
    named = sorted((g for g in store.named_graphs() if with_ontology or g.value != str(GRAPH_ONTOLOGY)),
                   key=lambda g: str(g))
    return [DefaultGraph(), *named]


def _sorted_lines(store: Store, graphs: list, with_graph: bool) -> list[bytes]:
    """N-Triples (or N-Quads) lines of the graphs, each line once, sorted."""
    lines: set[bytes] = set()
    for graph in graphs:
        text = store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph)
        if with_graph and isinstance(graph, NamedNode):
            suffix = f" {graph} .".encode()
            # Oxigraph writes one triple a line, ending " ." (N-Triples has no other line form).
            lines.update(line[:-2] + suffix for line in text.splitlines() if line)
        else:
            lines.update(line for line in text.splitlines() if line)
    return sorted(lines)


def dump_store(store: Store, fmt: str = "nq", *, with_ontology: bool = False) -> bytes:
    """The store's content in one of STORE_FORMATS, as UTF-8 bytes (sorted, deterministic).

    Raises
    ------
    PodiumError
        For a format a store cannot be written in (``jsonld``) or an unknown one.
    """
    if fmt not in STORE_FORMATS:
        if fmt in RDF_FORMATS:
            raise PodiumError(f"a store is written as {', '.join(STORE_FORMATS)}, not {fmt} "
                              "(JSON-LD of millions of triples has no canonical order)", field="--format")
        raise PodiumError(f"unknown format {fmt!r} (expected one of: {', '.join(STORE_FORMATS)})", field="--format")
    quads = fmt in ("nq", "trig")
    lines = _sorted_lines(store, _graphs(store, with_ontology), with_graph=quads)
    text = b"".join(line + b"\n" for line in lines)
    if fmt in ("nq", "nt"):
        return text
    parsed = parse(text, format=RdfFormat.N_QUADS if quads else RdfFormat.N_TRIPLES)
    return serialize(parsed, format=RdfFormat.TRIG if quads else RdfFormat.TURTLE, prefixes=PREFIXES)


def export_store(store: Path | str, fmt: str = "nq", output: Path | None = None, *,
                 with_ontology: bool = False) -> bytes | Path:
    """Write the store folder's content: to ``output`` atomically (returns the path), else the bytes.

    The format is checked before the store is opened (read-only: a running
    ``podium serve`` or another reader may have it open too).
    """
    dump_store(Store(), fmt)  # checks the format on an empty store, before the (slow) dump
    data = dump_store(open_store(store, read_only=True), fmt, with_ontology=with_ontology)
    if output is None:
        return data
    write_atomic(Path(output), data)
    return Path(output)
