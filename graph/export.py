"""Write a built graph in the RDF formats, deterministically and atomically.

The same input gives byte-identical files: triples are copied into a fresh graph
in sorted order before serialising (rdflib's serialisers follow the store's order),
and N-Triples/N-Quads lines are sorted. Files are written to a temporary file beside
the target and renamed, so a failure never leaves a half-written file.

Examples
--------
>>> from graph.build import build
>>> text = serialize(build("seeds"), "nt")
>>> text.splitlines()[0].startswith("<https://w3id.org/podium/id/")
True
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .build import bind_prefixes
from .errors import PodiumError
from .names import GRAPH_ONTOLOGY

__all__ = ["RDF_FORMATS", "serialize", "write_atomic", "export"]

# CLI name -> (rdflib format, keeps named graphs)
RDF_FORMATS = {
    "ttl": ("turtle", False),
    "nt": ("nt", False),
    "jsonld": ("json-ld", True),
    "trig": ("trig", True),
    "nq": ("nquads", True),
}


def _sorted_union(dataset: Graph, with_ontology: bool) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    quads = dataset.quads((None, None, None, None)) if isinstance(dataset, Dataset) else ((*t, None) for t in dataset)
    triples = {(s, p, o) for s, p, o, g in quads if with_ontology or _name(g) != GRAPH_ONTOLOGY}
    for triple in sorted(triples):
        graph.add(triple)
    return graph


def _name(graph) -> object:
    return getattr(graph, "identifier", graph)


def _sorted_dataset(dataset: Dataset, with_ontology: bool) -> Dataset:
    copy = Dataset()
    bind_prefixes(copy)
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not len(graph) or (graph.identifier == GRAPH_ONTOLOGY and not with_ontology):
            continue
        target = copy.graph(graph.identifier)
        for triple in sorted(graph):
            target.add(triple)
    return copy


def serialize(dataset: Dataset, fmt: str = "ttl", *, with_ontology: bool = False) -> str:
    """The graph as text in one of RDF_FORMATS.

    Turtle and N-Triples hold the union of all graphs; TriG, N-Quads and JSON-LD keep
    one named graph per source (and the derived graph). The ontology graph is left
    out unless ``with_ontology``: it has a file of its own.
    """
    if fmt not in RDF_FORMATS:
        raise PodiumError(f"unknown format {fmt!r} (expected one of: {', '.join(RDF_FORMATS)})", field="--format")
    rdflib_format, keeps_graphs = RDF_FORMATS[fmt]
    if keeps_graphs and isinstance(dataset, Dataset):
        target = _sorted_dataset(dataset, with_ontology)
    else:
        target = _sorted_union(dataset, with_ontology)
    text = target.serialize(format=rdflib_format)
    if fmt == "jsonld":
        text = _canonical_json(json.loads(text))
    if fmt in ("nt", "nq"):
        text = "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
    return text


def _sorted_json(value):
    """JSON with every array sorted: RDF's node and value sets have no order.

    rdflib's JSON-LD writer walks subjects in set order, which changes from run to
    run; sorting afterwards is simpler than re-implementing the writer. Podium writes
    no ``@list`` values, the only JSON-LD arrays whose order means something.
    """
    if isinstance(value, dict):
        return {key: _sorted_json(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def _canonical_json(value) -> str:
    return json.dumps(_sorted_json(value), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write text (UTF-8) or bytes to path through a temporary file and a rename.

    The file gets the usual permissions (0666 less the umask), not the owner-only
    mode of the temporary file.
    """
    folder = path.parent
    if not folder.is_dir():
        raise PodiumError("output folder does not exist", file=str(folder))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export(dataset: Dataset, path: Path, fmt: str = "ttl", *, with_ontology: bool = False) -> Path:
    """Serialise a graph and write it to path atomically; return the path."""
    write_atomic(path, serialize(dataset, fmt, with_ontology=with_ontology))
    return path
