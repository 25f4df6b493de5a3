"""The ``claims`` command line: one thin command per user action.

Commands parse options, call one library function and render the result. Data
goes to stdout; messages, summaries and progress go to stderr. Only this module
catches ``ClaimsError``: it prints ``error: <message>`` and exits 1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import click
import typer
from typer.core import TyperGroup

from claims import __version__
from claims.errors import ClaimsError
from claims.output import OutputFormat, write_rows
from claims.settings import Settings, load_settings

EPILOG = "Exit codes: 0 success, 1 expected failure (message on stderr), 2 bad usage."

class _ClaimsGroup(TyperGroup):
    """Turns a ClaimsError anywhere below into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimsError as exc:
            if STATE.debug:
                raise
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


app = typer.Typer(
    name="claims",
    cls=_ClaimsGroup,
    help="Turn articles into a DuckDB database of atomic, typed, attributed claims.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score extraction and classification on labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


class _State:
    debug = False
    quiet = False


STATE = _State()

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="DuckDB file (else CLAIMS_DB, claims.toml, then ./claims.duckdb).", show_default=False),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]


def err(message: str) -> None:
    """A message for the user on stderr (hidden with --quiet)."""
    if not STATE.quiet:
        typer.echo(message, err=True)


def settings(**overrides: Any) -> Settings:
    return load_settings(**overrides)


def show_progress() -> bool:
    return not STATE.quiet and sys.stderr.isatty()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or summaries on stderr.")] = False,
) -> None:
    """Turn articles into a DuckDB database of atomic, typed, attributed claims.

    Example: claims ingest seeds/ && claims sql "SELECT claim_type, count(*) FROM claims GROUP BY 1"
    """
    STATE.debug = debug
    STATE.quiet = quiet


@app.command("sql")
def sql_command(
    query: Annotated[str | None, typer.Argument(help="SQL to run (omit with --saved).", show_default=False)] = None,
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    saved: Annotated[
        str | None, typer.Option("--saved", help="Run a saved query from db/queries by name.", show_default=False)
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="A named parameter as KEY=VALUE, for :KEY in the query.", show_default=False),
    ] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow statements that change the database.")] = False,
) -> None:
    """Run SQL against the claims database and print the rows.

    Example: claims sql "SELECT claim_type, count(*) AS n FROM claims GROUP BY 1" --format csv
    """
    from claims import queries

    cfg = settings(db=db)
    params = queries.parse_params(param or [])
    text = queries.resolve_query(query, saved)
    with queries.open_for_query(cfg, write=write) as session:
        result = session.run(text, params)
        write_rows(sys.stdout, result.columns, result.rows, fmt)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["app", "main", "eval_app", "err", "settings", "show_progress", "DbOption", "FormatOption", "Path"]
