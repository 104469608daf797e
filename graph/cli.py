"""The ``podium`` command: a thin layer over the ``graph`` package.

Each command calls one function of the package. Bad input raises ``PodiumError``
anywhere below; it becomes one line on stderr and exit code 2 here, in one place
(``main``), never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Sequence

import click

from .build import DEFAULT_SEEDS, build, summary
from .errors import PodiumError
from .export import RDF_FORMATS, export

__all__ = ["cli", "main", "DEFAULT_OUTPUT"]

DEFAULT_OUTPUT = Path("build") / "podium.ttl"
EXIT_BAD_INPUT = 2


# --- Shared options: the same flag means the same thing in every command -------------------

def seeds_option(command: Callable) -> Callable:
    return click.option(
        "--seeds", type=click.Path(path_type=Path), default=DEFAULT_SEEDS, show_default="seeds/",
        help="Folder of source articles and their *.facts.yaml files.",
    )(command)


def output_option(default: Path | None, help_text: str) -> Callable[[Callable], Callable]:
    def decorate(command: Callable) -> Callable:
        return click.option(
            "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=default,
            show_default=str(default) if default else "standard output", help=help_text,
        )(command)

    return decorate


def _output_path(path: Path, default: Path) -> Path:
    """The default output folder is created; a folder the user names must exist."""
    if path == default:
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


# --- Commands ------------------------------------------------------------------------------

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="podium")
def cli() -> None:
    """Podium: a knowledge graph of athletes, events, medals and records."""


@cli.command("build")
@seeds_option
@output_option(DEFAULT_OUTPUT, "Where to write the graph as Turtle.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (faster; for debugging only).")
def build_command(seeds: Path, output: Path, no_validate: bool) -> None:
    """Build the knowledge graph from the seed facts, validate it, write Turtle.

    Prints one line: where it wrote and the graph's counts.
    """
    dataset = build(seeds, validate=not no_validate)
    export(dataset, _output_path(output, DEFAULT_OUTPUT), "ttl")
    counts = summary(dataset)
    click.echo(
        f"wrote {output}: {counts['triples']} triples, {counts['athletes']} athletes, "
        f"{counts['events']} events, {counts['medals']} medals, {counts['records']} records, "
        f"{counts['sources']} sources"
    )


@cli.command("export")
@seeds_option
@click.option(
    "-f", "--format", "fmt", type=click.Choice(sorted(RDF_FORMATS)), default="ttl", show_default=True,
    help="RDF format: Turtle, N-Triples, JSON-LD, TriG (one named graph per source) or N-Quads.",
)
@output_option(None, "File to write (written atomically).")
@click.option("--with-ontology", is_flag=True, help="Include the ontology's own triples.")
def export_command(seeds: Path, fmt: str, output: Path | None, with_ontology: bool) -> None:
    """Write the graph in another RDF format."""
    from .export import serialize

    dataset = build(seeds)
    if output is None:
        click.echo(serialize(dataset, fmt, with_ontology=with_ontology), nl=False)
    else:
        export(dataset, output, fmt, with_ontology=with_ontology)
        click.echo(f"wrote {output} ({fmt})", err=True)


# --- [queries] commands: query, network (relationship questions) ---------------------------


# --- [viz] commands: viz ---------------------------------------------------------------------


# --- [data] commands: import, link, check-claims --------------------------------------------


# --- [remote] commands: serve, push -----------------------------------------------------------


# --- [extract] commands: extract, add -------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with explicit arguments; return the exit code."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="podium", standalone_mode=False)
    except PodiumError as error:
        click.echo(f"podium: error: {error}", err=True)
        return EXIT_BAD_INPUT
    except click.exceptions.Abort:
        click.echo("podium: aborted", err=True)
        return 1
    except click.ClickException as error:
        error.show()
        return EXIT_BAD_INPUT
    except click.exceptions.Exit as done:
        return done.exit_code
    return 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
