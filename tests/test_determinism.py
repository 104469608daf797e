"""The same input builds byte-identical exports, and exports parse back to the same graph."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from graph.export import RDF_FORMATS, serialize
from graph.names import GRAPH_ONTOLOGY

ROOT = Path(__file__).resolve().parent.parent


def build_in_fresh_process(tmp_path: Path, name: str, seed: str) -> bytes:
    """Run `podium build` in a new interpreter with its own hash seed."""
    output = tmp_path / name
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "graph", "build", "-o", str(output)], cwd=ROOT, env=env, check=True, capture_output=True)
    return output.read_bytes()


def test_two_builds_give_byte_identical_turtle(tmp_path):
    assert build_in_fresh_process(tmp_path, "a.ttl", "1") == build_in_fresh_process(tmp_path, "b.ttl", "2")


@pytest.mark.parametrize("fmt", ["trig", "jsonld"])
def test_two_exports_in_fresh_processes_are_identical(tmp_path, fmt):
    outputs = []
    for seed in ("3", "4"):
        output = tmp_path / f"{seed}.{fmt}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "graph", "export", "-f", fmt, "-o", str(output)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        outputs.append(output.read_bytes())
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_serialising_twice_is_identical(seed_dataset, fmt):
    assert serialize(seed_dataset, fmt) == serialize(seed_dataset, fmt)


def data_union(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if getattr(g, "identifier", g) != GRAPH_ONTOLOGY:
            union.add((s, p, o))
    return union


@pytest.mark.parametrize("fmt, rdflib_format", [("ttl", "turtle"), ("nt", "nt")])
def test_union_formats_parse_back_isomorphic(seed_dataset, fmt, rdflib_format):
    parsed = Graph().parse(data=serialize(seed_dataset, fmt), format=rdflib_format)
    assert len(parsed) == len(data_union(seed_dataset))
    assert isomorphic(parsed, data_union(seed_dataset))


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_graph_formats_keep_one_named_graph_per_source(seed_dataset, fmt, rdflib_format):
    parsed = Dataset()
    parsed.parse(data=serialize(seed_dataset, fmt), format=rdflib_format)
    names = sorted(str(g.identifier) for g in parsed.graphs() if len(g))
    assert names == [
        "https://w3id.org/podium/id/graph/derived",
        "https://w3id.org/podium/id/source/klaebo-50km-record-2026-02-21",
    ]
    for name in names:
        original = seed_dataset.graph(URIRef(name))
        assert isomorphic(parsed.graph(URIRef(name)), original)
