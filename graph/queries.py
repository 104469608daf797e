"""Query files: their headers, parameters, running them, and result formats.

A query file (``queries/*.rq``) starts with a comment header that ends at the
first blank line::

    # title: Medal tally of a nation at one Games
    # question: How many golds and medals did a nation win at one Games?
    # description: The counts as the sources state them (not counted from medals).
    # param: nation | string | | NOC code of the nation, e.g. NOR
    # param: games | iri | | the Games, e.g. games/milano-cortina-2026
    # column: golds | the number of gold medals

A ``param`` line gives the name (the query's variable ``?name``), a type, a
default (empty: the parameter is required) and its meaning; a ``column`` line
says what a result column means. Parameter types:

``iri``
    An IRI, written in full or relative to ``https://w3id.org/podium/id/``
    (``athlete/emil-iversen``).
``name``
    A name in any spelling, with or without diacritics: it is folded with
    :func:`graph.names.fold` before binding, so a query matches it against
    ``pod:nameKey`` (``Klaebo``, ``Klæbo`` and ``klæbo`` all bind ``"klabo"``).
``string``, ``integer``, ``date``
    A plain, ``xsd:integer`` or ``xsd:date`` literal.

A query runs on an rdflib ``Graph``/``Dataset`` or on an Oxigraph ``Store`` (the
imported data, ``graph.store``), with the same rows. Parameters are bound with
rdflib's ``initBindings``, or Oxigraph's ``substitutions`` (never pasted into the
query text). For an engine without them (a remote SPARQL endpoint),
:func:`values_clause` writes the same bindings as a trailing ``VALUES`` clause of
properly serialised RDF terms; the query files use their parameters only in
plain triple patterns, where both ways give the same rows.

Examples
--------
>>> from graph.build import build
>>> query = load_query("medal-tally")
>>> [param.name for param in query.params]
['nation', 'games']
>>> result = run_query(build("seeds"), query, {"nation": "NOR", "games": "games/milano-cortina-2026"})
>>> result.variables
['nation_name', 'games_name', 'golds', 'medals', 'as_of', 'basis']
>>> result.rows
[('Norway', 'Milano Cortina 2026', '18', '40', '2026-02-21', 'stated')]
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pyoxigraph import QueryBoolean, QuerySolutions, Store
from pyoxigraph import Variable as OxVariable
from rdflib import XSD, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result
from rdflib.term import BNode, Identifier

from .errors import PodiumError
from .names import ID_BASE, fold
from .store import oxigraph_term, rdflib_term

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "QUERIES_DIR", "PARAM_TYPES", "FORMATS", "Param", "QueryFile", "QueryResult",
    "parse_header", "list_queries", "load_query", "bind_params", "values_clause",
    "run_query", "format_result", "parse_param_args", "describe_queries", "answer",
]

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
PARAM_TYPES = ("iri", "name", "string", "integer", "date")
FORMATS = ("table", "csv", "tsv", "json", "xml")

_HEADER_KEY = re.compile(r"#\s*(title|question|description|param|column)\s*:\s?(.*)$")
# Prefixes used to shorten IRIs in the table format only (the W3C formats keep full IRIs).
_TABLE_PREFIXES = (
    ("id:", ID_BASE),
    ("pod:", "https://w3id.org/podium/ontology#"),
    ("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos:", "http://www.w3.org/2004/02/skos/core#"),
    ("prov:", "http://www.w3.org/ns/prov#"),
    ("schema:", "https://schema.org/"),
)


class Param(NamedTuple):
    """One declared parameter: ``# param: name | type | default | meaning``.

    ``default`` is None for a required parameter; ``line`` is its line in the file.
    """

    name: str
    type: str
    default: str | None
    meaning: str
    line: int = 0


@dataclass(frozen=True)
class QueryFile:
    """A query file: its header fields, parameters and full text."""

    name: str
    path: Path
    title: str
    question: str
    description: str
    params: list[Param] = field(default_factory=list)
    text: str = ""
    columns: dict[str, str] = field(default_factory=dict)


@dataclass
class QueryResult:
    """Rows of a SELECT (or ASK) query as plain strings, with the RDF terms kept.

    ``rows`` hold IRIs as strings and literals as their lexical form (None where a
    variable is unbound); ``terms`` hold the same cells as rdflib terms, which the
    W3C formats need; ``raw`` is the engine's own result object.
    """

    variables: list[str]
    rows: list[tuple[str | None, ...]]
    terms: list[tuple[Identifier | None, ...]]
    raw: Any = None
    query: QueryFile | None = None


# --- Reading query files -------------------------------------------------------------------

def parse_header(text: str, file: str = "<query>") -> tuple[dict[str, str], list[Param]]:
    """The header fields and parameters of a query text.

    ``column`` lines are returned in the fields as ``column:NAME``.

    A header line without a known key continues the field above it.

    >>> fields, params = parse_header(
    ...     "# title: T\\n# question: Who?\\n#   (really)\\n# param: x | iri | | a thing\\n\\nSELECT ?x {}")
    >>> fields["question"], params[0].name, params[0].default
    ('Who? (really)', 'x', None)
    """
    fields: dict[str, str] = {}
    params: list[Param] = []
    last: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            break
        if not stripped.startswith("#"):
            raise PodiumError("the header must end with a blank line before the query", file=file, line=number)
        match = _HEADER_KEY.match(stripped)
        if match and match.group(1) == "param":
            params.append(_parse_param(match.group(2), file, number))
            last = None
        elif match and match.group(1) == "column":
            column, _, meaning = match.group(2).partition("|")
            last = f"column:{column.strip()}"
            fields[last] = meaning.strip()
        elif match:
            last = match.group(1)
            fields[last] = match.group(2).strip()
        elif last is not None and stripped.lstrip("#").strip():
            fields[last] = f"{fields[last]} {stripped.lstrip('#').strip()}"
    return fields, params


def _parse_param(spec: str, file: str, line: int) -> Param:
    parts = [part.strip() for part in spec.split("|")]
    if len(parts) != 4 or not parts[0]:
        raise PodiumError("expected '# param: name | type | default | meaning'", file=file, line=line)
    name, kind, default, meaning = parts
    if kind not in PARAM_TYPES:
        raise PodiumError(f"param {name!r}: unknown type {kind!r} (expected one of: {', '.join(PARAM_TYPES)})",
                          file=file, line=line)
    return Param(name, kind, default or None, meaning, line)


def _read_query(path: Path) -> QueryFile:
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PodiumError(f"cannot read query file: {error}", file=shown) from None
    fields, params = parse_header(text, shown)
    for key in ("title", "question"):
        if not fields.get(key):
            raise PodiumError(f"the header has no '# {key}:' line", file=shown, line=1)
    body = _body(text)
    for param in params:
        if not re.search(rf"[?$]{re.escape(param.name)}\b", body):
            raise PodiumError(f"param {param.name!r} is declared but the query never uses ?{param.name}",
                              file=shown, line=param.line)
    name = path.name[:-3] if path.name.endswith(".rq") else path.name
    columns = {key[len("column:"):]: value for key, value in fields.items() if key.startswith("column:")}
    return QueryFile(name, path, fields["title"], fields["question"], fields.get("description", ""), params, text,
                     columns)


def _body(text: str) -> str:
    """The query text without comment lines (so a param named in a comment does not count)."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def _shown(path: Path) -> str:
    """A path as the user should see it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def list_queries(folder: Path = QUERIES_DIR) -> list[QueryFile]:
    """Every query file of a folder, sorted by name.

    >>> [query.name for query in list_queries()][:3]
    ['athlete-medals', 'evidence', 'gold-leaders']
    """
    return [_read_query(path) for path in sorted(folder.glob("*.rq"))]


def load_query(name_or_path: str | Path) -> QueryFile:
    """A query file by name (``medal-tally``, from ``queries/``) or by path.

    Raises
    ------
    PodiumError
        When there is no such query, or its header is malformed.
    """
    candidate = Path(name_or_path)
    if candidate.is_file():
        return _read_query(candidate)
    if candidate.parent != Path(".") or (candidate.suffix == ".rq" and not (QUERIES_DIR / candidate).is_file()):
        raise PodiumError("no such query file", file=str(candidate))
    path = QUERIES_DIR / (candidate.name if candidate.suffix == ".rq" else f"{candidate.name}.rq")
    if not path.is_file():
        known = ", ".join(query.name for query in list_queries())
        raise PodiumError(f"unknown query {str(name_or_path)!r} (known: {known})", file=_shown(QUERIES_DIR))
    return _read_query(path)


# --- Parameters ----------------------------------------------------------------------------

def _term(param: Param, value: str, file: str) -> Identifier:
    """The RDF term a parameter value binds, by the parameter's type."""
    def bad(why: str) -> PodiumError:
        return PodiumError(f"param {param.name!r}: {why}", file=file, line=param.line)

    if param.type == "iri":
        iri = value if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) else ID_BASE + value.lstrip("/")
        if not value or re.search(r'[\s<>"{}|\\^`]', iri):
            raise bad(f"not an IRI: {value!r}")
        return URIRef(iri)
    if param.type == "name":
        return Literal(fold(value))
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise bad(f"not an integer: {value!r}")
        return Literal(int(value))
    if param.type == "date":
        try:
            return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            raise bad(f"not a date (YYYY-MM-DD): {value!r}") from None
    return Literal(value)


def bind_params(query: QueryFile, params: dict[str, str] | None = None) -> dict[str, Identifier]:
    """The RDF terms to bind for the given parameter values and the declared defaults.

    >>> bind_params(load_query("athlete-medals"), {"athlete": "Klæbo"})
    {'athlete': rdflib.term.Literal('klabo')}
    """
    params = dict(params or {})
    file = _shown(query.path)
    declared = {param.name: param for param in query.params}
    for name in sorted(set(params) - set(declared)):
        known = ", ".join(declared) or "none"
        raise PodiumError(f"unknown parameter {name!r} (this query takes: {known})", file=file)
    bindings: dict[str, Identifier] = {}
    for param in query.params:
        value = params.get(param.name, param.default)
        if value is None:
            raise PodiumError(
                f"missing parameter {param.name!r} ({param.meaning}); give --param {param.name}=VALUE",
                file=file, line=param.line,
            )
        bindings[param.name] = _term(param, value, file)
    return bindings


def values_clause(bindings: dict[str, Identifier]) -> str:
    """Bindings as a trailing SPARQL ``VALUES`` clause, for engines without initBindings.

    Each value is written with its own RDF serialisation (``.n3()``), never pasted
    text. The grammar allows the clause after the whole query (``Query ::= ...
    ValuesClause``, as the tests do on rdflib); ``graph.remote.with_values`` puts it
    first in the WHERE group instead, where every store joins it before projection.

    >>> values_clause({"nation": Literal("NOR"), "games": URIRef("https://w3id.org/podium/id/games/x")})
    'VALUES (?nation ?games) { ("NOR" <https://w3id.org/podium/id/games/x>) }'
    """
    if not bindings:
        return ""
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    return f"VALUES ({names}) {{ ({values}) }}"


# --- Running -------------------------------------------------------------------------------

def _execute(target: Graph | Store, query: QueryFile, bindings: dict[str, Identifier]) -> Result:
    """The one engine call: rdflib with initBindings, or an Oxigraph store.

    The query is parsed by rdflib first in both cases, so a syntax error names the
    file and line the same way whatever the engine.
    """
    try:
        prepared = prepareQuery(query.text)
    except Exception as error:  # pyparsing's ParseException, or rdflib's unknown-prefix error
        raise _syntax_error(error, query) from None
    if isinstance(target, Store):
        return _execute_store(target, query, prepared, bindings)
    return target.query(prepared, initBindings=bindings)


def _execute_store(store: Store, query: QueryFile, prepared: Any, bindings: dict[str, Identifier]) -> Result:
    """Run a query file on an Oxigraph store, over the union of its graphs; an rdflib Result.

    The union is the default graph, as in the seed ``Dataset(default_union=True)``.
    Parameters are bound as RDF terms, never pasted as text: with Oxigraph's
    ``substitutions`` (SEP-0007) where the query projects every bound variable, else
    (Oxigraph substitutes only projected variables, and the query files do not
    project their parameters) as a ``VALUES`` block of serialised terms put first in
    the WHERE group (:func:`graph.remote.with_values`), which joins the triple patterns
    as initBindings does.
    """
    from .remote import with_values  # local: only this engine needs the VALUES placement

    text = query.text
    projected = {str(var) for var in prepared.algebra.get("PV") or ()}
    substitutions = None
    if bindings and prepared.algebra.name == "SelectQuery" and set(bindings) <= projected:
        substitutions = {OxVariable(name): oxigraph_term(term) for name, term in bindings.items()}
    elif bindings:
        text = with_values(text, values_clause(bindings))
    try:
        raw = store.query(text, use_default_graph_as_union=True, substitutions=substitutions)
    except SyntaxError as error:
        raise PodiumError(f"SPARQL syntax error: {error}", file=_shown(query.path)) from None
    if isinstance(raw, QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(raw)
        return result
    if not isinstance(raw, QuerySolutions):
        raise PodiumError("only SELECT and ASK queries give rows, not CONSTRUCT or DESCRIBE", file=_shown(query.path))
    result = Result("SELECT")
    names = [var.value for var in raw.variables]
    result.vars = [Variable(name) for name in names]
    result.bindings = [
        {Variable(name): rdflib_term(term) for name, term in zip(names, solution) if term is not None}
        for solution in raw
    ]
    return result


def _syntax_error(error: Exception, query: QueryFile) -> PodiumError:
    line = getattr(error, "lineno", None)
    message = getattr(error, "msg", None) or str(error)
    if line is None:
        prefix = re.search(r"prefix\s*:\s*(\S+)", str(error), re.IGNORECASE)
        if prefix:
            line = next((n for n, text in enumerate(query.text.splitlines(), 1) if f"{prefix.group(1)}:" in text), None)
    column = getattr(error, "col", None)
    where = ""
    if column and line:
        text = query.text.splitlines()[line - 1].strip()
        where = f" at column {column} near {text[:40]!r}"
    return PodiumError(f"SPARQL syntax error{where}: {message}", file=_shown(query.path), line=line)


def run_query(target: Graph | Store, query: QueryFile | str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a query file on a graph with parameter values; rows as plain strings.

    Parameters
    ----------
    target:
        An rdflib Graph or Dataset (a Dataset with ``default_union=True`` queries all
        graphs), or an Oxigraph ``Store`` (queried over the union of its graphs).
    query:
        A :class:`QueryFile`, or a query name or path for :func:`load_query`.
    params:
        Parameter values as text, by parameter name.

    Raises
    ------
    PodiumError
        On a missing or unknown parameter, a bad value or a syntax error (file and line named).
    """
    if not isinstance(query, QueryFile):
        query = load_query(query)
    raw = _execute(target, query, bind_params(query, params))
    if raw.type == "ASK":
        variables, terms = ["ask"], [(Literal(bool(raw.askAnswer)),)]
    elif raw.type == "SELECT":
        variables = [str(var) for var in raw.vars]
        terms = [tuple(row) for row in raw]
    else:
        raise PodiumError(f"only SELECT and ASK queries give rows, not {raw.type}", file=_shown(query.path))
    rows = [tuple(None if term is None else str(term) for term in row) for row in terms]
    return QueryResult(variables, rows, terms, raw, query)


# --- Formats -------------------------------------------------------------------------------

def format_result(result: QueryResult, fmt: str = "table") -> str:
    """A result as text: an aligned ``table``, or the W3C SPARQL result formats.

    ``csv``, ``json`` and ``xml`` are rdflib's serialisers; ``tsv`` has none in
    rdflib, so it is written here: a ``?var`` header and terms in Turtle syntax.
    ``table`` shortens IRIs with the prefixes ``id:``, ``pod:``, ... for reading.

    >>> result = QueryResult(["a", "b"], [("x", None)], [(Literal("x"), None)])
    >>> print(format_result(result, "table"))
    a | b
    --+--
    x |
    >>> format_result(result, "tsv")
    '?a\\t?b\\n"x"\\t\\n'
    """
    if fmt == "table":
        return _table(result)
    if fmt == "tsv":
        return _tsv(result)
    if fmt in ("csv", "json", "xml"):
        stream = io.BytesIO()
        _as_rdflib_result(result).serialize(stream, encoding="utf-8", format=fmt)
        text = stream.getvalue().decode("utf-8")
        if fmt == "json":  # one stable layout, "head" first as in the W3C examples
            data = json.loads(text)
            text = json.dumps({"head": data.pop("head"), **data}, ensure_ascii=False, indent=2)
        return text if text.endswith("\n") else text + "\n"
    raise PodiumError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})", field="--format")


def _as_rdflib_result(result: QueryResult) -> Result:
    """An rdflib Result built from the terms, whatever engine produced them."""
    if result.variables == ["ask"] and isinstance(result.raw, Result) and result.raw.type == "ASK":
        return result.raw
    built = Result("SELECT")
    built.vars = [Variable(name) for name in result.variables]
    built.bindings = [
        {Variable(name): term for name, term in zip(result.variables, row) if term is not None}
        for row in result.terms
    ]
    return built


def _short(value: str | None) -> str:
    if value is None:
        return ""
    for prefix, namespace in _TABLE_PREFIXES:
        if value.startswith(namespace) and len(value) > len(namespace):
            return prefix + value[len(namespace):]
    return value


def _table(result: QueryResult) -> str:
    cells = [[_short(value).replace("\n", " ") for value in row] for row in result.rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(result.variables)]
    lines = [" | ".join(name.ljust(width) for name, width in zip(result.variables, widths))]
    lines.append("-+-".join("-" * width for width in widths))
    lines += [" | ".join(cell.ljust(width) for cell, width in zip(row, widths)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _tsv_term(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    # n3() escapes quotes and line breaks; TSV also forbids a raw tab inside a term.
    return term.n3().replace("\t", "\\t")


def _tsv(result: QueryResult) -> str:
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in result.terms]
    return "\n".join(lines) + "\n"


# --- For the command line ------------------------------------------------------------------

def parse_param_args(pairs: Sequence[str]) -> dict[str, str]:
    """``name=value`` arguments as a dict (the value may itself contain ``=``).

    >>> parse_param_args(["nation=NOR", "games=games/milano-cortina-2026"])
    {'nation': 'NOR', 'games': 'games/milano-cortina-2026'}
    """
    params: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise PodiumError(f"expected NAME=VALUE, got {pair!r}", field="--param")
        params[name.strip()] = value
    return params


def describe_queries(folder: Path = QUERIES_DIR) -> str:
    """Every query file with its question and parameters, for ``podium query --list``."""
    queries = list_queries(folder)
    width = max((len(query.name) for query in queries), default=0)
    lines = []
    for query in queries:
        lines.append(f"{query.name.ljust(width)}  {query.question}")
        for param in query.params:
            default = "required" if param.default is None else f"default {param.default}"
            lines.append(f"{'':{width}}    --param {param.name}=...  {param.meaning} ({param.type}, {default})")
    return "\n".join(lines)


def answer(query: str | Path, params: dict[str, str] | None = None, fmt: str = "table",
           seeds: Path | str | None = None, store: Path | str | None = None) -> str:
    """Run one query file on the graph of a seeds folder, or on a store, and format the rows.

    With ``store`` (a folder made by ``podium import``) the query runs on that Oxigraph
    store; otherwise the seeds folder is built. The query and its parameters are
    checked before the (slower) build or opening.
    """
    if fmt not in FORMATS:
        raise PodiumError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})", field="--format")
    query_file = load_query(query)
    bind_params(query_file, params)
    if store is not None:
        from .store import open_store  # local: the store is only needed here

        return format_result(run_query(open_store(store, read_only=True), query_file, params), fmt)
    from .build import DEFAULT_SEEDS, build  # local: building is only needed here

    dataset = build(seeds if seeds is not None else DEFAULT_SEEDS)
    return format_result(run_query(dataset, query_file, params), fmt)
