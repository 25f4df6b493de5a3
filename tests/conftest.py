"""Shared fixtures. Expensive models load once per test session."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The pinned spaCy pipeline, loaded once."""
    from claims.sentences import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def default_classifier():  # type: ignore[no-untyped-def]
    """The shipped claim-type classifier (MiniLM overlay), loaded once, on 2 threads."""
    from claims.classify import load_classifier

    return load_classifier("default", batch_size=32, threads=2)


class LocalWeb:
    """A local HTTP server for page and feed tests: routes set per test, requests counted per path."""

    def __init__(self) -> None:
        import collections
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.routes: dict[str, tuple[int, str, bytes, bool]] = {}
        self.hits: collections.Counter[str] = collections.Counter()
        self.release = threading.Event()  # a "hanging" route answers once this is set
        self.release_at = 0  # ... or once this many requests are in flight at the same time
        self.in_flight = 0
        lock = threading.Lock()
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server API
                with lock:
                    web.hits[self.path] += 1
                    web.in_flight += 1
                    if web.release_at and web.in_flight >= web.release_at:
                        web.release.set()
                status, content_type, body, hang = web.routes.get(self.path, (404, "text/plain", b"not here", False))
                if hang:
                    web.release.wait(10)
                with lock:
                    web.in_flight -= 1
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def route(
        self, path: str, body: str | bytes, *, status: int = 200, content_type: str = "text/html; charset=utf-8",
        hang: bool = False,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, content_type, data, hang)
        return self.url(path)

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def web():  # type: ignore[no-untyped-def]
    """A local HTTP server (never the network): ``web.route(path, body, ...)`` returns the URL."""
    server = LocalWeb()
    yield server
    server.close()


@pytest.fixture(scope="session")
def prefect_harness():  # type: ignore[no-untyped-def]
    """One temporary Prefect API (SQLite in a temp folder) for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
