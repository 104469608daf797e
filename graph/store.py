"""The persistent Oxigraph store: open it, fill it in one swap, load the seeds, query it.

Large graphs (the 130 years of results) live in an embedded Oxigraph store on disk
(``build/store`` by default); the small seed graph may stay in memory as an
``rdflib.Dataset``. A store is never changed in place by an import: the new content
is bulk-loaded into a sibling folder that replaces the old one only once it is
complete (:func:`replace_store`), so a failed import leaves the previous store as it
was. Queries run on Oxigraph directly (:func:`query_store`); the union of all named
graphs is the default graph, as for the seed dataset.

Examples
--------
>>> from pyoxigraph import Store
>>> store = Store()                                    # in memory, for the example
>>> load_nquads(store, '<http://ex/a> <http://ex/p> "1" <http://ex/g> .\\n')
>>> [row["o"].value for row in query_store(store, "SELECT ?o WHERE { ?s ?p ?o }")]
['1']
>>> [row["s"].value for row in query_store(store, "SELECT ?s WHERE { ?s ?p ?o }",
...                                         {"o": "1"})]
['http://ex/a']
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store, Variable
from rdflib import Dataset
from rdflib.term import BNode, Identifier
from rdflib.term import Literal as RdfLiteral
from rdflib.term import URIRef

from .errors import PodiumError

__all__ = ["DEFAULT_STORE", "open_store", "replace_store", "load_nquads", "load_dataset",
           "replace_graphs", "load_seeds", "oxigraph_term", "query_store", "rdflib_term", "store_summary"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

DEFAULT_STORE = Path("build") / "store"
T = TypeVar("T")


def open_store(path: Path | str = DEFAULT_STORE, *, must_exist: bool = True, read_only: bool = False) -> Store:
    """Open the persistent store in a folder.

    Parameters
    ----------
    path:
        The store's folder.
    must_exist:
        If true (the default), a folder that holds no store is an error that says to run
        ``podium import`` first, instead of silently creating an empty store.
    read_only:
        Open it for reading only (``query``, ``export``, ``viz``): no lock is taken, so
        any number of readers may open it while another process or object has it open.

    Raises
    ------
    PodiumError
        When the folder holds no store, or Oxigraph cannot open it (locked by another process).
    """
    path = Path(path)
    if must_exist and not (path / "CURRENT").exists():
        raise PodiumError("no store here: run `podium import PATH --store DIR` first", file=str(path))
    try:
        return Store.read_only(str(path)) if read_only else Store(str(path))
    except OSError as error:
        raise PodiumError(f"cannot open the store: {error}", file=str(path)) from None


def replace_store(path: Path | str, fill: Callable[[Store], T]) -> T:
    """Fill a new store with ``fill(store)`` and put it in place of ``path`` only if that succeeds.

    The new store is written to a sibling folder ``<path>.new-*``; on success the old
    folder is moved aside and removed, on any error the new folder is removed and the
    old store is untouched. Returns what ``fill`` returns.

    Oxigraph has no ``close()``: a store closes when its last reference goes, so the
    store is handed to ``fill`` and collected before its folder is renamed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Unique sibling names: RocksDB locks by path within a process, and a store that some
    # object still references stays open (and locked) after its folder was renamed.
    fresh = Path(tempfile.mkdtemp(prefix=path.name + ".new-", dir=path.parent))
    old = path.with_name(fresh.name.replace(".new-", ".old-"))
    try:
        store = Store(str(fresh))
        result = fill(store)
        store.flush()
    except BaseException:
        store = None
        gc.collect()
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    del store
    gc.collect()
    if path.exists():
        os.replace(path, old)
    os.replace(fresh, path)
    shutil.rmtree(old, ignore_errors=True)
    return result


def load_nquads(store: Store, text: str | bytes) -> None:
    """Bulk-load N-Quads text (the fastest way into Oxigraph)."""
    store.bulk_load(input=text, format=RdfFormat.N_QUADS)


def load_dataset(store: Store, dataset: Dataset) -> None:
    """Load every named graph of an rdflib dataset (such as the seed graph) into the store."""
    load_nquads(store, dataset.serialize(format="nquads"))


def replace_graphs(store: Store, dataset: Dataset) -> list[tuple[str, int]]:
    """Put every named graph of an rdflib dataset into the store, replacing the graph of that name.

    One SPARQL update (``DROP SILENT GRAPH``, then ``INSERT DATA``), which Oxigraph runs
    as one transaction: a reader sees the old graphs or the new ones, never a mix. The
    triples are written as N-Triples terms by rdflib's serialiser. Returns each graph's
    IRI and triple count, sorted by IRI.

    >>> from rdflib import URIRef
    >>> store, dataset = Store(), Dataset()
    >>> load_nquads(store, '<http://ex/old> <http://ex/p> "0" <http://ex/g> .\\n')
    >>> _ = dataset.graph(URIRef("http://ex/g")).add((URIRef("http://ex/new"), URIRef("http://ex/p"), RdfLiteral("1")))
    >>> replace_graphs(store, dataset)
    [('http://ex/g', 1)]
    >>> [quad.subject.value for quad in store]
    ['http://ex/new']
    """
    graphs = sorted((g for g in dataset.graphs() if len(g) and isinstance(g.identifier, URIRef)),
                    key=lambda g: str(g.identifier))
    drops = "".join(f"DROP SILENT GRAPH <{g.identifier}> ;\n" for g in graphs)
    inserts = "".join(f"GRAPH <{g.identifier}> {{\n{g.serialize(format='nt')}}}\n" for g in graphs)
    store.update(f"{drops}INSERT DATA {{\n{inserts}}}")
    return [(str(g.identifier), len(g)) for g in graphs]


def load_seeds(store: Path | str, seeds: Path | str, *, validate: bool = True) -> list[tuple[str, int]]:
    """Build the seed graph (``graph.build``) and put its named graphs into the store folder.

    Each source's graph, the derived graph and the ontology graph replace the store's
    graphs of the same name (:func:`replace_graphs`); the imported data and the
    graphs computed from it are left as they are (``podium link`` and ``podium import``
    recompute those). Returns each graph's IRI and triple count.
    """
    from .build import build  # local: the store module does not need the builder otherwise

    dataset = build(Path(seeds), validate=validate)
    return replace_graphs(open_store(store), dataset)


def rdflib_term(term: Any) -> Identifier:
    """An Oxigraph term as the rdflib term the seed graph would give.

    Oxigraph types every plain literal ``xsd:string`` (RDF 1.1); rdflib keeps such
    literals without a datatype, so the datatype is dropped to give the same cells.

    >>> from pyoxigraph import Literal as L, NamedNode as N
    >>> rdflib_term(L("Norway")), rdflib_term(L("18", datatype=N("http://www.w3.org/2001/XMLSchema#integer")))
    (rdflib.term.Literal('Norway'), rdflib.term.Literal('18', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')))
    """
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return RdfLiteral(term.value, lang=term.language)
    datatype = term.datatype.value
    return RdfLiteral(term.value) if datatype == _XSD_STRING else RdfLiteral(term.value, datatype=URIRef(datatype))


def oxigraph_term(value: Any) -> Any:
    """An Oxigraph term for a binding: rdflib IRIs, blank nodes and literals are
    converted, Oxigraph terms kept, and any other Python value becomes a literal.

    >>> oxigraph_term(RdfLiteral("NOR"))
    <Literal value=NOR datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    """
    if isinstance(value, (NamedNode, BlankNode, Literal)):
        return value
    if isinstance(value, URIRef):
        return NamedNode(str(value))
    if isinstance(value, BNode):
        return BlankNode(str(value))
    if isinstance(value, RdfLiteral):
        return Literal(str(value), datatype=NamedNode(str(value.datatype))) if value.datatype \
            else Literal(str(value), language=value.language)
    return Literal(value)


def query_store(store: Store, text: str, bindings: Mapping[str, Any] | None = None):
    """Run a SPARQL query on the store, over the union of its graphs.

    Parameters
    ----------
    store:
        An Oxigraph store.
    text:
        The SPARQL query.
    bindings:
        Values for variables (by name without ``?``), substituted as RDF terms, never
        pasted into the text. rdflib ``URIRef`` and ``Literal`` values are converted.

    Returns
    -------
    The Oxigraph result: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT).
    """
    terms = {name: oxigraph_term(value) for name, value in (bindings or {}).items()}
    try:
        try:
            return store.query(text, use_default_graph_as_union=True,
                               substitutions={Variable(k): v for k, v in terms.items()} or None)
        except RuntimeError:
            if not terms:
                raise
            # Oxigraph substitutes only variables of the SELECT projection; for the others,
            # the same bindings as a VALUES block of serialised terms, first in the WHERE
            # group (where it joins the patterns as initBindings would, see graph.remote).
            from .remote import with_values  # local: only this fallback needs it

            names = " ".join(f"?{k}" for k in terms)
            values = " ".join(str(v) for v in terms.values())
            return store.query(with_values(text, f"VALUES ({names}) {{ ({values}) }}"),
                               use_default_graph_as_union=True)
    except SyntaxError as error:
        raise PodiumError(f"bad SPARQL: {error}") from None


def store_summary(store: Store) -> dict[str, int]:
    """Counts of the store: quads and entities of the main classes."""
    counts = {"quads": len(store)}
    pod = "https://w3id.org/podium/ontology#"
    patterns = {name: f"?s a <{pod}{name}>" for name in
                ("Athlete", "Games", "Event", "Medal", "Team", "MedalTally", "Record")}
    # A participation's type is implied by pod:participant, not stated (see graph.importer).
    patterns["Participation"] = f"?s <{pod}participant> ?athlete"
    for name, pattern in patterns.items():
        query = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {pattern} }}"
        counts[name] = int(next(iter(query_store(store, query)))["n"].value)
    return counts
