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
from .netexport import NETWORK_FORMATS, export_store_view, export_view, store_network_report
from .queries import FORMATS as QUERY_FORMATS
from .queries import answer, describe_queries, parse_param_args
from .store import DEFAULT_STORE
from .views import VIEWS, network_report

__all__ = ["cli", "main", "DEFAULT_OUTPUT"]

DEFAULT_OUTPUT = Path("build") / "podium.ttl"
EXIT_BAD_INPUT = 2


# --- Shared options: the same flag means the same thing in every command -------------------

def seeds_option(command: Callable) -> Callable:
    return click.option(
        "--seeds", type=click.Path(path_type=Path), default=DEFAULT_SEEDS, show_default="seeds/",
        help="Folder of source articles and their *.facts.yaml files.",
    )(command)


def store_option(default: Path | None = None, help_text: str | None = None,
                 dest: str = "store") -> Callable[[Callable], Callable]:
    """--store DIR: an Oxigraph store folder (made by ``podium import``).

    The data commands read and write ``build/store`` by default; the others work on
    the seed graph unless a store is given.
    """
    def decorate(command: Callable) -> Callable:
        return click.option(
            "--store", dest, type=click.Path(path_type=Path, file_okay=False), default=default,
            show_default=str(default) if default else False,
            help=help_text or "Work on this Oxigraph store (made by `podium import`) instead of the seed graph.",
        )(command)

    return decorate


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
@store_option(help_text="Load the graph into this Oxigraph store instead of writing Turtle: each of its named "
                        "graphs replaces the store's graph of the same name.")
def build_command(seeds: Path, output: Path, no_validate: bool, store: Path | None) -> None:
    """Build the knowledge graph from the seed facts, validate it, write Turtle.

    Prints one line: where it wrote and the graph's counts.
    """
    if store is not None:
        from .store import load_seeds

        graphs = load_seeds(store, seeds, validate=not no_validate)
        click.echo(f"loaded {len(graphs)} graphs, {sum(n for _, n in graphs)} triples into {store}")
        return
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
    "-f", "--format", "fmt", type=click.Choice(sorted(RDF_FORMATS) + list(NETWORK_FORMATS)), default="ttl",
    show_default=True,
    help="RDF format: Turtle, N-Triples, JSON-LD, TriG (one named graph per source) or N-Quads; "
         "or a network format (GraphML, GEXF, node-link JSON) of one --view.",
)
@output_option(None, "File to write (written atomically).")
@click.option("--with-ontology", is_flag=True, help="Include the ontology's own triples.")
@click.option("--view", type=click.Choice(sorted(VIEWS)), default=None,
              help="For graphml/gexf/node-link: the networkx view to write (default: full).")
@store_option(help_text="Write this Oxigraph store (made by `podium import`) instead of the seed graph: "
                        "nq, nt, ttl or trig, sorted; or a network format of its podium (default) or "
                        "records view.")
@click.option("--games", metavar="IRI", help="With --store and a network format: only the medals of these "
                                             "Games, e.g. games/milano-cortina-2026.")
def export_command(seeds: Path, fmt: str, output: Path | None, with_ontology: bool, view: str | None,
                   store: Path | None, games: str | None) -> None:
    """Write the graph in another RDF format, or a networkx view of it."""
    from .export import serialize

    if games is not None and store is None:
        raise PodiumError("--games narrows a view of a store: give --store DIR too", field="--games")
    if fmt in NETWORK_FORMATS or view is not None:
        view = view or ("podium" if store is not None else "full")
        text = export_view_command(seeds, fmt, view, output, store, games)
        if output is None:
            click.echo(text, nl=False)
        else:
            where = f" of {store}" if store is not None else ""
            click.echo(f"wrote {output} ({view} view{where}, {fmt})", err=True)
        return
    if games is not None:
        raise PodiumError("--games narrows a network view of a store: give --format graphml|gexf|node-link",
                          field="--games")
    if store is not None:
        from .storeexport import export_store

        written = export_store(store, fmt, output, with_ontology=with_ontology)
        if output is None:
            click.echo(written.decode("utf-8"), nl=False)
        else:
            click.echo(f"wrote {output} ({fmt})", err=True)
        return
    dataset = build(seeds)
    if output is None:
        click.echo(serialize(dataset, fmt, with_ontology=with_ontology), nl=False)
    else:
        export(dataset, output, fmt, with_ontology=with_ontology)
        click.echo(f"wrote {output} ({fmt})", err=True)


# --- [queries] commands: query, network (relationship questions) ---------------------------

def export_view_command(seeds: Path, fmt: str, view: str, output: Path | None, store: Path | None = None,
                        games: str | None = None) -> str:
    """``podium export`` in a network format: one call of ``graph.netexport.export_view`` on the
    seed graph, or of ``export_store_view`` on a store."""
    if fmt not in NETWORK_FORMATS:
        formats = ", ".join(NETWORK_FORMATS)
        raise PodiumError(f"a view is written in a network format (one of: {formats}), not {fmt!r}", field="--view")
    if store is not None:
        return export_store_view(store, view, fmt, output, games)
    return export_view(build(seeds), view, fmt, output)


@cli.command("query")
@click.argument("query", required=False)
@seeds_option
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A value for one of the query's parameters (repeat for several).")
@click.option("-f", "--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="table for reading; csv, tsv, json or xml: the W3C SPARQL result formats.")
@click.option("--list", "list_only", is_flag=True, help="List the query files with their questions and parameters.")
@click.option("--endpoint", metavar="URL", help="Run it on this remote SPARQL endpoint instead of the seed graph.")
@store_option()
def query_command(query: str | None, seeds: Path, params: tuple[str, ...], fmt: str, list_only: bool,
                  endpoint: str | None, store: Path | None) -> None:
    """Run a query file (a name from queries/, or a path) on the graph built from the seeds.

    Example: podium query medal-tally --param nation=NOR --param games=games/milano-cortina-2026
    """
    if list_only:
        click.echo(describe_queries())
        return
    if query is None:
        raise PodiumError("give a query name or file (podium query --list shows them)", field="QUERY")
    if endpoint:  # [remote]
        from .remote import answer_endpoint

        text = answer_endpoint(endpoint, query, parse_param_args(params), fmt)
    else:
        text = answer(query, parse_param_args(params), fmt, seeds, store=store)
    click.echo(text, nl=not text.endswith("\n"))


@cli.command("network")
@seeds_option
@click.option("--top", type=click.IntRange(min=1), default=5, show_default=True,
              help="How many leaders to show for each centrality.")
@store_option(help_text="Analyse this Oxigraph store (made by `podium import`) instead of the seed graph.")
@click.option("--games", metavar="IRI", help="With --store: only the medals of these Games, e.g. "
                                             "games/milano-cortina-2026 (all Games take about a minute).")
def network_command(seeds: Path, top: int, store: Path | None, games: str | None) -> None:
    """Print the podium network's components and its degree and betweenness centrality leaders."""
    if store is not None:
        click.echo(store_network_report(store, games, top))
        return
    if games is not None:
        raise PodiumError("--games narrows the network of a store: give --store DIR too", field="--games")
    click.echo(network_report(build(seeds), top))


# --- [viz] commands: viz ---------------------------------------------------------------------

DEFAULT_HTML = Path("build") / "podium.html"


@cli.command("viz")
@seeds_option
@output_option(DEFAULT_HTML, "Where to write the interactive HTML view.")
@click.option("--view", default="full", show_default=True,
              help="Which view to draw: full (every triple, provenance too), podium (athletes who shared a "
                   "podium) or records (who broke whose record).")
@click.option("--static", "static", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write a static figure (podium network and record timeline) to FILE.svg or FILE.png instead.")
@store_option(help_text="Draw this Oxigraph store (made by `podium import`) instead of the seed graph: the records "
                        "view, the podium view of one --games, or the full view of a small store.")
@click.option("--games", metavar="IRI", help="With --store and --view podium: only the medals of these Games, "
                                             "e.g. games/milano-cortina-2026.")
def viz_command(seeds: Path, output: Path, view: str, static: Path | None, store: Path | None,
                games: str | None) -> None:
    """Draw the graph: an interactive, self-contained HTML page, or a static figure.

    The HTML page works offline: click a node for its properties and source
    sentences, search a name with or without diacritics, drag and zoom.
    """
    from .figures import write_static
    from .viz import check_view, write_html, write_store_html

    if store is not None:
        if static is not None:
            raise PodiumError("static figures are drawn from the seed graph, not from a store", field="--static")
        path = write_store_html(store, _output_path(output, DEFAULT_HTML), view, games)
        click.echo(f"wrote {path} ({view} view of {store}{', ' + games if games else ''})")
        return
    if games is not None:
        raise PodiumError("--games narrows the podium view of a store: give --store DIR too", field="--games")
    if static is not None:
        path = write_static(build(seeds), static)
        click.echo(f"wrote {path} (podium network and record timeline)")
        return
    check_view(view)
    path = write_html(build(seeds), _output_path(output, DEFAULT_HTML), view)
    click.echo(f"wrote {path} ({view} view)")


# --- [data] commands: import, link, check-claims --------------------------------------------

DATA_STORE_HELP = "Folder of the persistent Oxigraph store."


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option(DEFAULT_STORE, DATA_STORE_HELP)
@seeds_option
@click.option("--no-seeds", is_flag=True, help="Do not load the seed articles' graph into the store.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars.")
def import_command(paths: tuple[Path, ...], store: Path, seeds: Path, no_seeds: bool, quiet: bool) -> None:
    """Import results data (a folder like shared/data/olympics, or its CSV files, gzip or not).

    Builds a new store with the data, the seed graph, the entity links and the computed
    records, and puts it in place of --store only when all went well. Prints what was
    read, used and skipped (by reason).
    """
    from .importer import import_data

    report = import_data(paths, store, seeds=None if no_seeds else seeds, progress=not quiet)
    click.echo("\n".join(report.lines()))


@cli.command("link")
@store_option(DEFAULT_STORE, DATA_STORE_HELP)
@click.option("--report", "show_report", is_flag=True, help="List every match (score and rule) and every miss.")
def link_command(store: Path, show_report: bool) -> None:
    """Link the articles' athletes and events to the imported data (owl:sameAs, with score and rule)."""
    from .linking import link

    report = link(store)
    if show_report:
        click.echo("\n".join(report.lines()))
    else:
        click.echo(f"{len(report.links)} links, {len(report.unmatched)} not matched, "
                   f"{len(report.merged)} athletes under two ids (--report for details)")


@cli.command("check-claims")
@store_option(DEFAULT_STORE, DATA_STORE_HELP)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="A text table, or JSON (a list of objects).")
def check_claims_command(store: Path, fmt: str) -> None:
    """Check every claim of the seed article against the imported data: agrees, disagrees or cannot be checked."""
    from .claims import check_claims, format_checks

    click.echo(format_checks(check_claims(store), fmt), nl=False)


# --- [remote] commands: serve, push -----------------------------------------------------------

def login_options(command: Callable) -> Callable:
    """--user and --password-env: a login for a remote store (the password stays out of argv)."""
    command = click.option("--password-env", metavar="VAR",
                           help="Name of the environment variable holding the password.")(command)
    return click.option("--user", help="User name for a store that needs a login (HTTP Basic or Digest).")(command)


@cli.command("serve")
@seeds_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@store_option(help_text="Serve this Oxigraph store directory (read-only) instead of building from --seeds.",
              dest="store_path")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=5.0, show_default=True,
              help="Seconds a query may run before it is cancelled (503).")
@click.option("--max-result-bytes", type=click.IntRange(min=1), default=16 * 1024 * 1024, show_default=True,
              help="Largest result sent; a larger one is refused (422).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Queries run at once, each in its own worker process.")
def serve_command(seeds: Path, host: str, port: int, store_path: Path | None, timeout: float,
                  max_result_bytes: int, workers: int) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint, with a query page at /.

    GET or POST /sparql (form or application/sparql-query); results as SPARQL JSON,
    XML, CSV or TSV, graphs as Turtle, JSON-LD, N-Triples or RDF/XML, by Accept.
    Runs until Ctrl-C.
    """
    from .serve import serve

    def ready(url: str) -> None:
        click.echo(f"serving {url} (query page at {url.removesuffix('sparql')}); Ctrl-C stops", err=True)

    serve(None if store_path else build(seeds), store_path=store_path, host=host, port=port,
          workers=workers, timeout=timeout, max_result_bytes=max_result_bytes, on_ready=ready)


@cli.command("push")
@seeds_option
@click.option("--endpoint", help="SPARQL Update endpoint, used when no --graph-store is given "
              "(Oxigraph: .../update, Virtuoso: .../sparql-auth).")
@click.option("--graph-store", help="SPARQL 1.1 Graph Store Protocol URL "
              "(Oxigraph: .../store, Virtuoso: .../sparql-graph-crud-auth).")
@login_options
def push_command(seeds: Path, endpoint: str | None, graph_store: str | None, user: str | None,
                 password_env: str | None) -> None:
    """Upload the graph to a SPARQL store, one named graph per source.

    Each named graph (every source, the derived facts, the ontology) replaces the
    store's graph of the same name, so pushing twice gives the same store.
    """
    from .remote import login_from_env, push

    report = push(build(seeds), endpoint=endpoint, graph_store=graph_store,
                  login=login_from_env(user, password_env))
    for iri, count in report.graphs:
        click.echo(f"replaced <{iri}>: {count} triples")
    how = "Graph Store Protocol" if report.protocol == "graph-store" else "SPARQL Update"
    click.echo(f"pushed {len(report.graphs)} graphs, {report.triples} triples to {report.url} ({how})", err=True)



# --- [extract] commands: extract, add -------------------------------------------------------

def _date_option(command: Callable) -> Callable:
    return click.option(
        "--date", "article_date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
        help="The article's date (YYYY-MM-DD), where its text has none.",
    )(command)


@cli.command("extract")
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@output_option(None, "Where to write the drafted facts file (written atomically).")
@click.option("--explain", is_flag=True, help="Say in words which rule drafted each fact.")
@seeds_option
@_date_option
def extract_command(article: Path, output: Path | None, explain: bool, seeds: Path, article_date) -> None:
    """Draft a facts file from a plain-text Winter Olympics results article.

    Every fact quotes the article and says which rule drafted it, with a
    confidence, in a YAML comment. Review the draft before adding it.
    """
    from .extract import draft_facts

    text, warnings = draft_facts(article, seeds=seeds, date=article_date.date() if article_date else None, explain=explain)
    for warning in warnings:
        click.echo(f"podium: warning: {warning}", err=True)
    if output is None:
        click.echo(text, nl=False)
    else:
        from .export import write_atomic

        write_atomic(output, text)
        click.echo(f"wrote {output}", err=True)


@cli.command("add")
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@seeds_option
@click.option("--licence", default=None, help="The article's licence, where it has no 'licence:' line.")
@_date_option
def add_command(article: Path, seeds: Path, licence: str | None, article_date) -> None:
    """Extract an article's facts, link them to the graph and add the article as a new source.

    The article and its drafted facts file are copied into the seeds folder only
    if the whole folder still builds and validates. Prints what was linked and
    what is new; names that only nearly match are listed, never merged.
    """
    from .add import add

    report = add(article, seeds, licence=licence, date=article_date.date() if article_date else None)
    for line in report.lines():
        click.echo(line)



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
