"""One streaming writer for every listing command: table, json or csv.

JSON is a list of objects keyed by column name; CSV has one header row; the
table is a rich table. Rows are written as they come (table excepted, which
needs its widths).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TextIO


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _cell(value: Any, float_digits: int = 3) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{float_digits}f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _pipe_width() -> int:
    """Table width when not writing to a terminal: $COLUMNS, else wide enough not to fold much."""
    try:
        return max(40, int(os.environ.get("COLUMNS", "200")))
    except ValueError:
        return 200


def write_rows(
    out: TextIO,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: OutputFormat = OutputFormat.TABLE,
    *,
    title: str | None = None,
    max_width: int | None = 60,
) -> int:
    """Write ``rows`` under ``columns`` to ``out`` in ``fmt``; returns the row count."""
    count = 0
    if fmt is OutputFormat.CSV:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else _jsonable(v) for v in row])
            count += 1
        return count
    if fmt is OutputFormat.JSON:
        out.write("[")
        for row in rows:
            obj = {c: _jsonable(v) for c, v in zip(columns, row, strict=True)}
            out.write(("\n  " if count == 0 else ",\n  ") + json.dumps(obj, ensure_ascii=False))
            count += 1
        out.write("\n]\n" if count else "]\n")
        return count
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=max_width)
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
        count += 1
    Console(file=out, soft_wrap=False, width=None if out.isatty() else _pipe_width()).print(table)
    return count


def write_jsonl(out: TextIO, objects: Iterable[dict[str, Any]]) -> int:
    count = 0
    for obj in objects:
        out.write(json.dumps({k: _jsonable(v) for k, v in obj.items()}, ensure_ascii=False) + "\n")
        count += 1
    return count
