"""``podium serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph.

The pieces, each a well-kept library doing what it is good at:

- **pyoxigraph** parses and runs the queries and writes every result format
  (SPARQL JSON, XML, CSV, TSV; Turtle, JSON-LD, N-Triples, RDF/XML);
- **werkzeug** reads the HTTP request (forms, the ``Accept`` header's q-values) and
  builds the responses; **waitress** serves it (a production WSGI server, pure Python);
- **pebble** runs each query in a pool of worker processes and *kills* a worker whose
  query outlives the time limit, then starts a fresh one. A running query cannot be
  interrupted inside a thread, so this is the only way to make the limit real.

What is hand-written is the thin SPARQL Protocol layer: where the query is found in
a request (GET ``query=``, POST form, POST ``application/sparql-query``), which status
an outcome gets, and the small HTML page at ``/``.

==========================================  =====================================
outcome                                     status
==========================================  =====================================
results                                     200, in the negotiated format
malformed query                             400, the parser's message
SPARQL Update (any form)                    403, the endpoint is read-only
federated query (``SERVICE``)                403, the server calls no other server
no acceptable format for this result        406
result larger than ``max_result_bytes``     422
over ``timeout`` seconds                    503, the query is killed
any other failure while evaluating          500, one line
==========================================  =====================================

Examples
--------
>>> from graph.build import build
>>> app = SparqlApp(build("seeds"), workers=1)
>>> status, media_type, body = app.execute("ASK { ?medal <https://w3id.org/podium/ontology#awardedTo> ?athlete }")
>>> status, media_type, body
(200, 'application/sparql-results+json', b'{"head":{},"boolean":true}')
>>> app.execute("SELEC nothing")[0]
400
>>> app.close()
"""

from __future__ import annotations

import io
import multiprocessing
import signal
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pebble import ProcessPool
from pebble.common import ProcessExpired
from rdflib import Dataset
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from .errors import PodiumError
from .export import serialize
from .remote import sparql_keywords
from .serve_page import PAGE

__all__ = [
    "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RESULT_BYTES",
    "SOLUTION_TYPES", "GRAPH_TYPES", "SparqlApp", "serve",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_RESULT_BYTES = 16 * 1024 * 1024

# Media types by result kind, the first one being the default (no or "*/*" Accept).
SOLUTION_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_TEXT = "text/plain; charset=utf-8"


# --- The worker side: one pyoxigraph store per worker process --------------------------------

_STORE: ox.Store | None = None


def _open_store(nquads: bytes | None, store_path: str | None) -> None:
    """Pool initializer: load the graph into this worker's own store.

    SIGTERM gets its default action back: pebble's handler is Python code, which
    cannot run while the worker is inside a query, so killing would wait seconds.
    """
    global _STORE
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if store_path is not None:
        _STORE = ox.Store.read_only(store_path)
    else:
        _STORE = ox.Store()
        _STORE.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)


class _ResultTooLarge(Exception):
    pass


class _CappedBuffer(io.BytesIO):
    """A bytes buffer that refuses to grow past a limit (the result-size cap)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.exceeded = False

    def write(self, data) -> int:  # type: ignore[override]
        if self.tell() + len(data) > self.limit:
            self.exceeded = True
            raise _ResultTooLarge()
        return super().write(data)


@dataclass(frozen=True)
class _Job:
    query: str
    solution_type: str | None
    graph_type: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_RESULT_BYTES


def _run(job: _Job) -> tuple[int, str, bytes]:
    """Run one query in a worker; return (status, media type, body)."""
    assert _STORE is not None, "worker store not opened"
    try:
        options: dict = {"use_default_graph_as_union": not job.default_graphs}
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
        results = _STORE.query(job.query, **options)
    except SyntaxError as error:
        if _is_update(job.query):
            return 403, _TEXT, b"SPARQL Update is refused: this endpoint is read-only\n"
        return 400, _TEXT, f"malformed query: {error}\n".encode()
    except ValueError as error:  # a bad graph IRI in default-graph-uri / named-graph-uri
        return 400, _TEXT, f"bad request: {error}\n".encode()
    is_graph = isinstance(results, ox.QueryTriples)
    media_type = job.graph_type if is_graph else job.solution_type
    if media_type is None:
        offered = GRAPH_TYPES if is_graph else SOLUTION_TYPES
        return 406, _TEXT, f"not acceptable: this result comes as one of {', '.join(offered)}\n".encode()
    fmt = GRAPH_TYPES[media_type] if is_graph else SOLUTION_TYPES[media_type]
    buffer = _CappedBuffer(job.max_bytes)
    try:
        results.serialize(buffer, format=fmt)
    except Exception as error:  # pyoxigraph wraps what our write() raised; or evaluation failed
        if not buffer.exceeded:
            return 500, _TEXT, f"query failed: {error}\n".encode()
        return 422, _TEXT, (
            f"result too large: over {job.max_bytes} bytes (the server's result-size cap); "
            "add a LIMIT or narrow the query\n"
        ).encode()
    return 200, media_type, buffer.getvalue()


def _is_update(text: str) -> bool:
    """Whether text is a SPARQL Update (parsed, never run: rdflib's parser only)."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:  # any parse failure means: not an update
        return False
    return True


# --- The HTTP side -------------------------------------------------------------------------

class SparqlApp:
    """The WSGI application: ``/`` the query page, ``/sparql`` the endpoint.

    Parameters
    ----------
    dataset:
        The graph to serve (an ``rdflib.Dataset`` from ``graph.build``), or None with
        ``store_path``.
    store_path:
        A pyoxigraph store directory to serve instead (opened read-only by each worker).
    workers:
        How many queries run at once (worker processes).
    timeout:
        Seconds a query may run before its worker is killed (503).
    max_result_bytes:
        The largest serialised result sent (422 past it).
    """

    def __init__(
        self,
        dataset: Dataset | None = None,
        *,
        store_path: Path | None = None,
        workers: int = 2,
        timeout: float = DEFAULT_TIMEOUT,
        max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
    ) -> None:
        if (dataset is None) == (store_path is None):
            raise ValueError("give either a dataset or a store_path")
        if store_path is not None:
            _check_store(store_path)
        nquads = None if dataset is None else serialize(dataset, "nq", with_ontology=True).encode()
        self.timeout = timeout
        self.max_result_bytes = max_result_bytes
        self.pool = ProcessPool(
            max_workers=workers, initializer=_open_store,
            initargs=(nquads, None if store_path is None else str(store_path)),
            context=multiprocessing.get_context("forkserver"),
        )
        self.urls = Map([
            Rule("/", endpoint="page", methods=["GET"]),
            Rule("/sparql", endpoint="sparql", methods=["GET", "POST"]),
        ])

    def close(self) -> None:
        """Stop the worker processes."""
        self.pool.stop()
        self.pool.join()

    def execute(
        self, query: str, accept: str = "", *, default_graphs: tuple[str, ...] = (),
        named_graphs: tuple[str, ...] = (),
    ) -> tuple[int, str, bytes]:
        """Run one query as the endpoint would: (status, media type, body)."""
        from werkzeug.datastructures import MIMEAccept
        from werkzeug.http import parse_accept_header

        accepted = parse_accept_header(accept, MIMEAccept)
        job = _Job(
            query, _negotiate(accepted, SOLUTION_TYPES), _negotiate(accepted, GRAPH_TYPES),
            default_graphs, named_graphs, self.max_result_bytes,
        )
        future = self.pool.schedule(_run, args=(job,), timeout=self.timeout)
        try:
            return future.result()
        except FutureTimeout:
            return 503, _TEXT, (
                f"query cancelled: it ran longer than {self.timeout:g} s (the server's timeout)\n"
            ).encode()
        except ProcessExpired as error:
            return 500, _TEXT, f"query worker died: {error}\n".encode()
        except Exception as error:  # anything else raised in the worker: one line, not a traceback
            return 500, _TEXT, f"query failed: {error}\n".encode()

    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            endpoint, _ = self.urls.bind_to_environ(environ).match()
            response = self._page() if endpoint == "page" else self._sparql(request)
        except HTTPException as error:
            allow = [(name, value) for name, value in error.get_headers(environ) if name == "Allow"]
            response = Response(f"{error.description}\n", status=error.code, headers=allow, content_type=_TEXT)
        return response(environ, start_response)

    def _page(self) -> Response:
        return Response(PAGE, content_type="text/html; charset=utf-8")

    def _sparql(self, request: Request) -> Response:
        query, update = _operation(request)
        if update:
            return Response("SPARQL Update is refused: this endpoint is read-only\n", 403, content_type=_TEXT)
        if not query:
            return Response("bad request: give the query in 'query' (GET or form POST) or as an "
                            "application/sparql-query body\n", 400, content_type=_TEXT)
        if any(match.group(0).upper() == "SERVICE" for match in sparql_keywords(query)):
            return Response("federated queries (SERVICE) are refused: this endpoint does not call other "
                            "servers\n", 403, content_type=_TEXT)
        status, media_type, body = self.execute(
            query, request.headers.get("Accept", ""),
            default_graphs=tuple(request.values.getlist("default-graph-uri")),
            named_graphs=tuple(request.values.getlist("named-graph-uri")),
        )
        if media_type.startswith("text/") and "charset" not in media_type:
            media_type += "; charset=utf-8"
        return Response(body, status, content_type=media_type)


def _negotiate(accepted, offered: dict) -> str | None:
    """The offered media type the client prefers; the first one when it names none."""
    if not accepted:
        return next(iter(offered))
    return accepted.best_match(list(offered))


def _operation(request: Request) -> tuple[str | None, bool]:
    """The query text of a SPARQL Protocol request, and whether it is an update."""
    content_type = request.mimetype
    if request.method == "POST" and content_type == "application/sparql-update":
        return None, True
    if request.method == "POST" and content_type == "application/sparql-query":
        return request.get_data(as_text=True), False
    if "update" in request.form or "update" in request.args:
        return None, True
    return request.values.get("query"), False


def _check_store(path: Path) -> None:
    if not Path(path).is_dir():
        raise PodiumError("no such Oxigraph store directory", file=str(path), field="--store")
    try:
        ox.Store.read_only(str(path))
    except OSError as error:
        raise PodiumError(f"not an Oxigraph store: {error}", file=str(path), field="--store") from None


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def serve(
    dataset: Dataset | None = None,
    *,
    store_path: Path | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    workers: int = 2,
    timeout: float = DEFAULT_TIMEOUT,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
    on_ready=None,
) -> None:
    """Serve the graph over HTTP until interrupted (Ctrl-C).

    ``on_ready(url)`` is called once the socket listens. Raises ``PodiumError`` when
    the port is taken or the store cannot be opened.
    """
    from waitress.server import create_server

    app = SparqlApp(dataset, store_path=store_path, workers=workers, timeout=timeout,
                    max_result_bytes=max_result_bytes)
    try:
        try:
            # Enough threads that requests queue in the worker pool, not at the socket.
            server = create_server(app, host=host, port=port, threads=max(8, 2 * workers),
                                   ident="podium", max_request_body_size=1024 * 1024)
        except OSError as error:
            raise PodiumError(f"cannot listen on {host}:{port}: {error.strerror}", field="--port") from None
        if on_ready is not None:
            on_ready(f"http://{host}:{server.effective_port}/sparql")
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
    finally:
        app.close()
