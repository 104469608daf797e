"""``python -m graph`` runs the podium command line."""

from .cli import run

run()
