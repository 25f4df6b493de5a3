"""Shared by the view migrations: run a SQL file shipped in ``db/``, drop views.

Files are split on ``;`` at the end of a line, so a comment in them must not
end a line with a semicolon.
"""

from collections.abc import Sequence
from importlib.resources import files

from alembic import op


def execute_file(name: str) -> None:
    sql = files("db").joinpath(name).read_text(encoding="utf-8")
    for statement in sql.split(";\n"):
        if statement.strip():
            op.execute(statement)


def drop_views(views: Sequence[str]) -> None:
    for view in reversed(views):
        op.execute(f"DROP VIEW IF EXISTS {view}")
