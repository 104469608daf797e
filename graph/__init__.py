"""Podium: an RDF knowledge graph of athletes, events, medals and records.

The public API mirrors the ``podium`` command line:

>>> import graph
>>> dataset = graph.build("seeds")            # podium build
>>> graph.summary(dataset)["athletes"]
6
>>> turtle = graph.serialize(dataset, "ttl")  # podium export --format ttl
>>> graph.run_query(dataset, "medal-tally", {"nation": "NOR", "games": "games/milano-cortina-2026"}).rows[0][2:4]
('18', '40')

The other commands live in their own modules, so that ``import graph`` stays light:
``graph.views`` and ``graph.netexport`` (networkx), ``graph.viz`` and ``graph.figures``
(pictures), ``graph.importer``, ``graph.store``, ``graph.linking`` and ``graph.claims``
(results data), ``graph.serve`` and ``graph.remote`` (SPARQL protocols),
``graph.extract`` and ``graph.add`` (articles to facts).
"""

from .build import build, summary
from .errors import PodiumError
from .export import export, serialize
from .names import fold, slug
from .queries import format_result, list_queries, load_query, run_query

__all__ = [
    "PodiumError",
    "build",
    "export",
    "fold",
    "format_result",
    "list_queries",
    "load_query",
    "run_query",
    "serialize",
    "slug",
    "summary",
]
