"""Every error the library raises, in one hierarchy, each naming the fix.

The library raises and never prints; only the CLI turns a ``ClaimsError`` into
``error: <message>`` on stderr. ``TransientError`` marks failures worth retrying
(timeouts, 5xx responses, a locked database file); everything else is terminal.
"""

from __future__ import annotations

from collections.abc import Sequence


class ClaimsError(Exception):
    """Base of every expected failure. ``str(err)`` is one sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class TransientError:
    """Mixin: the same call may succeed if retried later."""


class SourceError(ClaimsError):
    """A file, page or feed could not be loaded."""

    def __init__(self, uri: str, problem: str) -> None:
        self.uri = uri
        self.problem = problem
        super().__init__(f"{uri}: {problem}")


class TransientSourceError(SourceError, TransientError):
    """A fetch that timed out or got a 5xx answer."""


class ConfigError(ClaimsError):
    """A setting is missing or invalid."""

    def __init__(self, key: str, problem: str, looked_in: Sequence[str] = ()) -> None:
        self.key = key
        self.problem = problem
        self.looked_in = tuple(looked_in)
        where = f" (looked in: {', '.join(self.looked_in)})" if self.looked_in else ""
        super().__init__(f"{key}: {problem}{where}")


class ModelError(ClaimsError):
    """A model could not be loaded or used."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"model {path}: {problem}")


class TransientModelError(ModelError, TransientError):
    """A model served over HTTP (the ``llm`` extractor's endpoint) that timed out, could not be
    reached or answered 5xx; ``url`` is the address called."""

    def __init__(self, model: str, url: str, problem: str) -> None:
        self.url = url
        super().__init__(f"{model} at {url}", problem)


class StoreError(ClaimsError):
    """The database refused an operation."""

    def __init__(self, db_path: str, problem: str) -> None:
        self.db_path = db_path
        self.problem = problem
        super().__init__(f"{db_path}: {problem}")


class DatabaseLockedError(StoreError, TransientError):
    """Another process holds DuckDB's write lock on the file."""


class QueryError(StoreError):
    """A user's SQL failed."""


class ReviewError(ClaimsError):
    """A review action names an unknown claim or is not allowed."""

    def __init__(self, claim_id: str, problem: str) -> None:
        self.claim_id = claim_id
        self.problem = problem
        super().__init__(f"claim {claim_id}: {problem}")


def is_transient(exc: BaseException) -> bool:
    """True for failures worth retrying (used by Prefect retry conditions)."""
    return isinstance(exc, TransientError)
