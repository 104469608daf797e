"""Remote SPARQL stores: push the graph to one, and run query files against one.

Podium speaks only the W3C protocols, so any SPARQL 1.1 store will do (Oxigraph,
Virtuoso, Fuseki, GraphDB, ...):

- :func:`push` uploads one named graph per source (and the derived and ontology
  graphs) with the SPARQL 1.1 Graph Store HTTP Protocol: ``PUT`` replaces a named
  graph whole, so pushing twice leaves the same store. Without a Graph Store URL it
  falls back to SPARQL 1.1 Update (``DROP SILENT GRAPH`` + ``INSERT``, one request
  per graph).
- :func:`query_endpoint` runs a query file through the SPARQL 1.1 Protocol, with
  its parameters as a ``VALUES`` block (:func:`graph.queries.values_clause`) put
  first in the query's WHERE group (:func:`with_values`),
  and returns the same :class:`graph.queries.QueryResult` as a local run, so every
  output format works the same.

Podium's queries read the *default graph* as the union of all named graphs, as the
local engine does: Virtuoso does so by default, Oxigraph needs ``--union-default-graph``.

HTTP goes through httpx. A wrong URL, a refused login or a server that is down
raises :class:`graph.errors.PodiumError` with one line saying which.

Examples
--------
>>> query_endpoint("http://127.0.0.1:9/sparql", "medal-tally", {"nation": "NOR", "games": "games/x"})
Traceback (most recent call last):
...
graph.errors.PodiumError: --endpoint: cannot connect to http://127.0.0.1:9/sparql: connection refused (is the server running?)
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import httpx
from rdflib import BNode, Dataset, Graph, Literal
from rdflib.query import Result

from .errors import PodiumError
from .export import serialize
from .queries import FORMATS, QueryFile, QueryResult, bind_params, format_result, load_query, values_clause

__all__ = [
    "Login", "PushReport", "answer_endpoint", "login_from_env", "push", "query_endpoint",
    "sparql_keywords", "sparql_request", "with_values",
]

DEFAULT_TIMEOUT = 60.0
RESULTS_JSON = "application/sparql-results+json"
UPDATE_CHUNK = 500  # triples per SPARQL Update request (Virtuoso limits an update's size)


@dataclass(frozen=True)
class Login:
    """A user name and password for a store that needs a login (HTTP Basic or Digest)."""

    user: str
    password: str


@dataclass(frozen=True)
class PushReport:
    """What a push did: the graphs replaced, with their triple counts, and how."""

    graphs: list[tuple[str, int]]
    protocol: str
    url: str

    @property
    def triples(self) -> int:
        return sum(count for _, count in self.graphs)


def login_from_env(user: str | None, password_env: str | None) -> Login | None:
    """A Login from ``--user`` and the name of the environment variable holding the password.

    The password itself is never a command-line argument (it would show in ``ps``).

    >>> login_from_env(None, None) is None
    True
    >>> login_from_env("dba", "PODIUM_NO_SUCH_VARIABLE")
    Traceback (most recent call last):
    ...
    graph.errors.PodiumError: --password-env: environment variable PODIUM_NO_SUCH_VARIABLE is not set
    """
    if user is None and password_env is None:
        return None
    if user is None:
        raise PodiumError("--password-env needs --user", field="--user")
    if password_env is None:
        raise PodiumError("--user needs --password-env VAR (the variable holding the password)", field="--password-env")
    password = os.environ.get(password_env)
    if password is None:
        raise PodiumError(f"environment variable {password_env} is not set", field="--password-env")
    return Login(user, password)


class _ChallengeAuth(httpx.Auth):
    """Answer the server's 401 challenge with Basic or Digest, whichever it asks for.

    httpx has both schemes but picks neither by itself; Virtuoso asks for Digest,
    most others for Basic. Credentials are sent only to a server that asks for them.
    """

    requires_request_body = True

    def __init__(self, login: Login) -> None:
        self.basic = httpx.BasicAuth(login.user, login.password)
        self.digest = httpx.DigestAuth(login.user, login.password)

    def auth_flow(self, request):
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("WWW-Authenticate", "").lower()
        if challenge.startswith("digest"):
            flow = self.digest.auth_flow(request)
            next(flow)  # the unauthenticated request, already answered above
            retry = flow.send(response)
        else:
            retry = next(self.basic.auth_flow(request))
        yield retry


def _client(login: Login | None, timeout: float) -> httpx.Client:
    return httpx.Client(auth=_ChallengeAuth(login) if login else None, timeout=timeout, follow_redirects=True)


def sparql_request(
    method: str, url: str, *, field: str = "--endpoint", login: Login | None = None,
    timeout: float = DEFAULT_TIMEOUT, **kwargs,
) -> httpx.Response:
    """One HTTP request to a store; any failure becomes a one-line PodiumError.

    ``field`` names the option the URL came from, so the message points at it.
    """
    try:
        with _client(login, timeout) as client:
            response = client.request(method, url, **kwargs)
    except httpx.UnsupportedProtocol:
        raise PodiumError(f"not an http(s) URL: {url!r}", field=field) from None
    except httpx.ConnectError as error:
        raise PodiumError(f"cannot connect to {url}: {_reason(error)}", field=field) from None
    except httpx.TimeoutException:
        raise PodiumError(f"{url} did not answer within {timeout:g} s", field=field) from None
    except httpx.HTTPError as error:
        raise PodiumError(f"request to {url} failed: {error}", field=field) from None
    if response.status_code in (401, 403):
        if login is None:
            raise PodiumError(f"{url} needs a login ({response.status_code}); give --user and --password-env",
                              field=field)
        raise PodiumError(f"{url} refused the login of user {login.user!r} ({response.status_code})", field=field)
    if response.status_code >= 400:
        raise PodiumError(f"{url} answered {response.status_code} {response.reason_phrase}: "
                          f"{_first_line(response.text)}", field=field)
    return response


def _reason(error: httpx.ConnectError) -> str:
    text = str(error)
    if "refused" in text.lower():
        return "connection refused (is the server running?)"
    if "name or service not known" in text.lower() or "nodename nor servname" in text.lower():
        return "unknown host"
    return text or type(error).__name__


def _first_line(text: str) -> str:
    """The first line of an error body; tags dropped, as some servers answer in HTML."""
    if text.lstrip().startswith("<"):
        text = re.sub(r"(?s)<(script|style|title).*?</\1>|<[^>]+>", "\n", text)
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0][:300] if lines else "(no message)"


# --- Query ---------------------------------------------------------------------------------

def query_endpoint(
    url: str, query: QueryFile | str | Path, params: dict[str, str] | None = None, *,
    login: Login | None = None, timeout: float = DEFAULT_TIMEOUT,
) -> QueryResult:
    """Run a query file on a remote SPARQL endpoint; the same result as a local run.

    Parameters
    ----------
    url:
        The SPARQL 1.1 Protocol query endpoint (``.../sparql``, Oxigraph's ``.../query``).
    query:
        A :class:`graph.queries.QueryFile`, or a query name or path.
    params:
        Parameter values as text, by name; sent as a ``VALUES`` clause after the query.

    Raises
    ------
    PodiumError
        On a bad parameter, an unreachable or failing endpoint, or an answer that is not
        SPARQL JSON results.
    """
    if not isinstance(query, QueryFile):
        query = load_query(query)
    text = with_values(query.text, values_clause(bind_params(query, params)))
    response = sparql_request(
        "POST", url, login=login, timeout=timeout, data={"query": text}, headers={"Accept": RESULTS_JSON},
    )
    try:
        raw = Result.parse(source=io.BytesIO(response.content), format="json", content_type=RESULTS_JSON)
    except Exception as error:  # the body is not SPARQL JSON (an HTML page, a proxy's answer)
        kind = response.headers.get("Content-Type", "no content type")
        raise PodiumError(f"{url} did not answer with SPARQL JSON results ({kind}): {error}",
                          field="--endpoint") from None
    if raw.type == "ASK":
        variables, terms = ["ask"], [(Literal(bool(raw.askAnswer)),)]
    else:
        variables = [str(var) for var in raw.vars]
        terms = [tuple(row.get(var) for var in raw.vars) for row in raw.bindings]
    rows = [tuple(None if term is None else str(term) for term in row) for row in terms]
    return QueryResult(variables, rows, terms, raw, query)


def answer_endpoint(url: str, query: str | Path, params: dict[str, str] | None = None, fmt: str = "table", *,
                    login: Login | None = None) -> str:
    """``podium query NAME --endpoint URL``: run a query file remotely and format the rows.

    The formats are those of a local run (:func:`graph.queries.format_result`).
    """
    if fmt not in FORMATS:
        raise PodiumError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})", field="--format")
    return format_result(query_endpoint(url, query, params, login=login), fmt)


# The few SPARQL tokens Podium looks for, found by a scan that steps over comments,
# strings, IRIs, variables and prefixed names (so "?service" or "ex:where" never match).
# A full parse (rdflib) costs about a hundred times more per request.
_TOKENS = re.compile(
    r'#[^\n]*|"""(?:[^\\]|\\.)*?"""|\'\'\'(?:[^\\]|\\.)*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\x00-\x20]*>|[?$]\w+|[A-Za-z_][\w.-]*:[\w.:%-]*|:[\w.:%-]*"
    r"|(?P<word>\b(?:WHERE|SERVICE)\b|[{}])",
    re.IGNORECASE,
)


def sparql_keywords(text: str):
    """The braces and the WHERE and SERVICE keywords of a query, as regex matches.

    >>> [m.group(0) for m in sparql_keywords('SELECT ?service WHERE { ?s ex:service "SERVICE" } # SERVICE')]
    ['WHERE', '{', '}']
    >>> [m.group(0) for m in sparql_keywords("SELECT * { SERVICE <http://x> { ?s ?p ?o } }")]
    ['{', 'SERVICE', '{', '}', '}']
    """
    return (match for match in _TOKENS.finditer(text) if match.group("word"))


def with_values(text: str, values: str) -> str:
    """The query with a VALUES block as the first element of its outer WHERE group.

    Inside the group, not after the query: SPARQL allows a trailing ``VALUES`` clause,
    but Virtuoso joins it *after* projection ("No column athlete" when the parameter
    is not selected), and after a GROUP BY it would not restrict the rows at all.
    First in the WHERE group it joins the triple patterns, as a local initBindings
    does, on every store. The scan skips comments, strings and IRIs; a query without
    a ``WHERE`` keyword gets the standard trailing clause.

    >>> with_values("SELECT ?n WHERE { ?x <http://p#a> ?n } # a { comment }", 'VALUES (?x) { (<http://x>) }')
    'SELECT ?n WHERE { VALUES (?x) { (<http://x>) }\\n ?x <http://p#a> ?n } # a { comment }\\n'
    """
    if not values:
        return text
    depth = 0
    seen_where = False
    for token in sparql_keywords(text):
        word = token.group(0)
        if word.upper() == "WHERE" and depth == 0:
            seen_where = True
        elif word == "{":
            if seen_where and depth == 0:
                at = token.end()
                return f"{text[:at]} {values}\n{text[at:].rstrip()}\n"
            depth += 1
        elif word == "}":
            depth -= 1
    return f"{text.rstrip()}\n{values}\n"


# --- Push ----------------------------------------------------------------------------------

def push(
    dataset: Dataset, *, endpoint: str | None = None, graph_store: str | None = None,
    login: Login | None = None, timeout: float = DEFAULT_TIMEOUT,
) -> PushReport:
    """Replace each named graph of the dataset in a remote store.

    With ``graph_store`` (the Graph Store Protocol URL: Oxigraph ``.../store``,
    Virtuoso ``.../sparql-graph-crud-auth``) each graph is sent by one ``PUT
    ?graph=IRI``. Otherwise each graph is replaced by one SPARQL Update request to
    ``endpoint`` (Oxigraph ``.../update``, Virtuoso ``.../sparql-auth``). Either way
    a second push leaves the store as the first did. Graphs go in IRI order, as
    sorted N-Triples (valid Turtle, which every Graph Store accepts).
    """
    if graph_store is None and endpoint is None:
        raise PodiumError("give --endpoint (SPARQL Update) or --graph-store (Graph Store Protocol)",
                          field="--endpoint")
    graphs = sorted((graph for graph in dataset.graphs() if len(graph)), key=lambda graph: str(graph.identifier))
    done: list[tuple[str, int]] = []
    for graph in graphs:
        iri = str(graph.identifier)
        triples = serialize(graph, "nt")
        if graph_store is not None:
            sparql_request(
                "PUT", graph_store, field="--graph-store", login=login, timeout=timeout,
                params={"graph": iri}, content=triples.encode("utf-8"),
                headers={"Content-Type": "text/turtle; charset=utf-8"},
            )
        else:
            for update in _update_requests(iri, graph):
                sparql_request(
                    "POST", endpoint, login=login, timeout=timeout,  # type: ignore[arg-type]
                    content=update.encode("utf-8"),
                    headers={"Content-Type": "application/sparql-update; charset=utf-8"},
                )
        done.append((iri, len(graph)))
    if graph_store is not None:
        return PushReport(done, "graph-store", graph_store)
    return PushReport(done, "update", endpoint)  # type: ignore[arg-type]


def _update_requests(iri: str, graph: Graph, chunk: int = UPDATE_CHUNK) -> list[str]:
    """SPARQL Update requests that replace one named graph, in bounded pieces.

    Pieces, because Virtuoso refuses an update whose generated SQL passes 10,000 lines
    (about a thousand triples). Triples with blank nodes all go in the first piece, so
    a blank node is never split across requests, as ``INSERT { } WHERE { }``: Virtuoso
    refuses blank nodes in ``INSERT DATA``, and a template with one empty solution
    inserts the same triples.

    >>> from rdflib import BNode, URIRef
    >>> g = Graph().add((URIRef("http://a"), URIRef("http://p"), BNode("b1")))
    >>> print(_update_requests("http://g", g)[0])
    DROP SILENT GRAPH <http://g> ;
    INSERT { GRAPH <http://g> {
    <http://a> <http://p> _:b1 .
    } } WHERE {}
    """
    blank = sorted(t for t in graph if any(isinstance(term, BNode) for term in t))
    plain = sorted(t for t in graph if not any(isinstance(term, BNode) for term in t))
    requests = []
    if blank:
        requests.append(f"INSERT {{ GRAPH <{iri}> {{\n{_ntriples(blank)}}} }} WHERE {{}}")
    for start in range(0, len(plain), chunk):
        requests.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{_ntriples(plain[start:start + chunk])}}} }}")
    requests[0] = f"DROP SILENT GRAPH <{iri}> ;\n{requests[0]}"
    return requests


def _ntriples(triples: list) -> str:
    piece = Graph()
    for triple in triples:
        piece.add(triple)
    return serialize(piece, "nt")
