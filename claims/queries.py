"""User SQL: saved queries, named parameters, read-only by default."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from claims.errors import ClaimsError, ConfigError
from claims.settings import Settings
from claims.store import Database, QueryResult, connect, open_database, run_query


def saved_queries() -> dict[str, str]:
    """Saved queries shipped in ``db/queries/*.sql``, by name."""
    folder = files("db").joinpath("queries")
    return {
        entry.name.removesuffix(".sql"): entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    }


def describe_saved(sql: str) -> str:
    """The purpose line of a saved query (its opening comment)."""
    for line in sql.splitlines():
        if line.startswith("--"):
            return line.removeprefix("--").strip()
    return ""


def resolve_query(query: str | None, saved: str | None) -> str:
    if (query is None) == (saved is None):
        raise ConfigError("query", "give either SQL text or --saved NAME, not both or neither")
    if saved is not None:
        known = saved_queries()
        if saved not in known:
            raise ConfigError("--saved", f"no saved query named {saved!r}; known: {', '.join(sorted(known))}")
        return known[saved]
    assert query is not None
    return query


def parse_params(pairs: Sequence[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError("--param", f"{pair!r} is not KEY=VALUE")
        params[key] = value
    return params


@dataclass
class QuerySession:
    db: Database
    conn: Any

    def run(self, sql: str, params: dict[str, Any]) -> QueryResult:
        return run_query(self.conn, self.db, sql, params)


@contextmanager
def open_for_query(settings: Settings, *, write: bool = False) -> Iterator[QuerySession]:
    """A connection for user SQL: read-only unless ``write``."""
    engine, db = open_database(settings.db, lock_timeout=settings.lock_timeout, read_only=not write)
    try:
        with connect(engine, db, begin=write) as conn:
            yield QuerySession(db, conn)
    except ClaimsError:
        raise
    finally:
        engine.dispose()
