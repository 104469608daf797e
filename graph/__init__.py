"""Podium: an RDF knowledge graph of athletes, events, medals and records.

The public API mirrors the ``podium`` command line:

>>> import graph
>>> dataset = graph.build("seeds")            # podium build
>>> graph.summary(dataset)["athletes"]
6
>>> turtle = graph.serialize(dataset, "ttl")  # podium export --format ttl
"""

from .build import build, summary
from .errors import PodiumError
from .export import export, serialize
from .names import fold, slug

__all__ = ["PodiumError", "build", "export", "fold", "serialize", "slug", "summary"]
