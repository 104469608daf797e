"""Logins for remote stores: HTTP Basic against a small real server (Digest: see the Virtuoso tests).

The server is werkzeug's, on a free loopback port in a thread: it asks for Basic
credentials and accepts Graph Store ``PUT`` requests from user ``podium``, password
``s3cret``, and counts what it received.
"""

from __future__ import annotations

import threading

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from graph.cli import main

PASSWORD_VARIABLE = "PODIUM_TEST_STORE_PASSWORD"


@pytest.fixture(scope="module")
def basic_store():
    received: list[tuple[str, str]] = []

    @Request.application
    def app(request: Request) -> Response:
        login = request.authorization
        if login is None or (login.type, login.username, login.password) != ("basic", "podium", "s3cret"):
            return Response("login required\n", 401, {"WWW-Authenticate": 'Basic realm="store"'})
        received.append((request.method, request.args["graph"]))
        return Response(status=204)

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/store", received
    server.shutdown()
    thread.join(timeout=10)


def test_push_answers_a_basic_challenge(basic_store, monkeypatch, seed_dataset, capsys):
    url, received = basic_store
    received.clear()
    monkeypatch.setenv(PASSWORD_VARIABLE, "s3cret")
    assert main(["push", "--graph-store", url, "--user", "podium", "--password-env", PASSWORD_VARIABLE]) == 0
    expected = sorted(str(graph.identifier) for graph in seed_dataset.graphs() if len(graph))
    assert received == [("PUT", iri) for iri in expected]
    assert capsys.readouterr().err.startswith(f"pushed {len(expected)} graphs, ")


def test_a_wrong_password_is_one_line_and_exit_2(basic_store, monkeypatch, capsys):
    url, received = basic_store
    monkeypatch.setenv(PASSWORD_VARIABLE, "wrong")
    assert main(["push", "--graph-store", url, "--user", "podium", "--password-env", PASSWORD_VARIABLE]) == 2
    assert capsys.readouterr().err == f"podium: error: --graph-store: {url} refused the login of user 'podium' (401)\n"


def test_user_without_password_variable_is_one_line_and_exit_2(basic_store, capsys):
    url, _ = basic_store
    assert main(["push", "--graph-store", url, "--user", "podium"]) == 2
    assert capsys.readouterr().err == (
        "podium: error: --password-env: --user needs --password-env VAR (the variable holding the password)\n")
