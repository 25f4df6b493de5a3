"""Track records: what is due, who forecast well, and how calibrated the wording is.

**Reads:** :class:`~claims.store.ForecastRecord` rows (each forecast with its
latest verdict), claim counts per month and type, and an injected ``today``.
**Adds:** a :class:`Report` and its renderings (Markdown, HTML, a PNG
calibration plot).

Scoring rules (the SQL views ``forecast_scores_by_source`` /
``forecast_scores_by_outlet`` of migration 0003 follow the same ones):

- A forecast is **scored** only when its ``resolve_by`` is before ``today`` and
  its latest verdict is ``true`` or ``false``. Every other forecast is listed,
  not scored (partly / ambiguous / annulled verdicts, verdicts given early).
- A **hit** is a forecast whose wording leaned the right way: implied
  probability ≥ 0.5 and it came true, or < 0.5 and it did not. A forecast with
  no estimative word is a plain assertion (leans "true").
- The **Brier score** is the mean of ``(p - o)²`` over scored forecasts with an
  implied probability ``p`` (``o`` = 1 for true, 0 for false); lower is better.
  Its **Murphy decomposition** (Murphy 1973, "A new vector partition of the
  probability score", *J. Applied Meteorology* 12) groups forecasts by their
  distinct probability — wording gives few distinct values, so the identity
  ``brier = reliability - resolution + uncertainty`` holds exactly.
- The calibration plot bins probabilities in tenths and shows, per bin, the
  observed frequency against the mean forecast and the number of forecasts.

All arithmetic is in pure functions; only :func:`calibration_png` imports
matplotlib (Agg backend).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from claims import store
from claims.errors import ConfigError
from claims.store import Connection, ForecastRecord

__all__ = [
    "CalibrationBin",
    "Decomposition",
    "Report",
    "ReportFormat",
    "Scores",
    "brier_score",
    "build_report",
    "calibration_bins",
    "calibration_png",
    "is_hit",
    "is_scored",
    "load_report",
    "murphy_decomposition",
    "render_html",
    "render_markdown",
    "score",
    "write_report",
]

UNATTRIBUTED = "(unattributed)"
NO_OUTLET = "(no outlet)"
SCORED_VERDICTS = frozenset({"true", "false"})


@dataclass(frozen=True, slots=True)
class Scores:
    n: int  # scored forecasts
    hits: int
    hit_rate: float | None
    brier: float | None  # over the scored forecasts that have an implied probability
    n_brier: int


@dataclass(frozen=True, slots=True)
class Decomposition:
    brier: float
    reliability: float  # lower is better: forecasts match observed frequencies
    resolution: float  # higher is better: forecasts separate what happens from what does not
    uncertainty: float  # base rate o(1-o): how hard the set was


@dataclass(frozen=True, slots=True)
class CalibrationBin:
    lower: float
    upper: float
    n: int
    mean_forecast: float | None
    observed: float | None


@dataclass(frozen=True, slots=True)
class Report:
    today: date
    attention: tuple[ForecastRecord, ...]  # open and due or overdue; never-looked-at overdue first
    overall: Scores
    decomposition: Decomposition | None
    by_source: tuple[tuple[str, Scores], ...]
    by_outlet: tuple[tuple[str, Scores], ...]
    calibration: tuple[CalibrationBin, ...]
    not_scored: tuple[tuple[ForecastRecord, str], ...]  # judged forecasts left out, with the reason
    open_not_due: int
    counts_by_month: tuple[tuple[str, str, int], ...]


# --------------------------------------------------------------------------- arithmetic


def brier_score(pairs: Sequence[tuple[float, int]]) -> float:
    """Mean squared difference between probability and outcome (1 or 0)."""
    if not pairs:
        raise ValueError("a Brier score needs at least one forecast")
    return sum((p - o) ** 2 for p, o in pairs) / len(pairs)


def murphy_decomposition(pairs: Sequence[tuple[float, int]]) -> Decomposition:
    """Reliability, resolution and uncertainty, grouping forecasts by their distinct probability."""
    if not pairs:
        raise ValueError("a Brier decomposition needs at least one forecast")
    n = len(pairs)
    base_rate = sum(o for _, o in pairs) / n
    groups: dict[float, list[int]] = {}
    for p, o in pairs:
        groups.setdefault(p, []).append(o)
    reliability = sum(len(os) * (p - sum(os) / len(os)) ** 2 for p, os in groups.items()) / n
    resolution = sum(len(os) * (sum(os) / len(os) - base_rate) ** 2 for os in groups.values()) / n
    return Decomposition(
        brier=brier_score(pairs),
        reliability=reliability,
        resolution=resolution,
        uncertainty=base_rate * (1 - base_rate),
    )


def calibration_bins(pairs: Sequence[tuple[float, int]], bins: int = 10) -> tuple[CalibrationBin, ...]:
    """Equal-width probability bins (the last one closed) with counts, mean forecast and observed rate."""
    members: list[list[tuple[float, int]]] = [[] for _ in range(bins)]
    for p, o in pairs:
        members[min(int(p * bins + 1e-9), bins - 1)].append((p, o))
    return tuple(
        CalibrationBin(
            lower=i / bins,
            upper=(i + 1) / bins,
            n=len(m),
            mean_forecast=sum(p for p, _ in m) / len(m) if m else None,
            observed=sum(o for _, o in m) / len(m) if m else None,
        )
        for i, m in enumerate(members)
    )


def is_scored(record: ForecastRecord, today: date) -> bool:
    """Counts in scores: its horizon has passed and its latest verdict is true or false."""
    return record.resolve_by < today and record.verdict in SCORED_VERDICTS


def is_hit(record: ForecastRecord) -> bool:
    leaned_true = record.implied_probability is None or record.implied_probability >= 0.5
    return leaned_true == (record.verdict == "true")


def _pairs(records: Sequence[ForecastRecord]) -> list[tuple[float, int]]:
    return [(r.implied_probability, int(r.verdict == "true")) for r in records if r.implied_probability is not None]


def score(records: Sequence[ForecastRecord]) -> Scores:
    """Hits and Brier score over already-scored records."""
    pairs = _pairs(records)
    hits = sum(is_hit(r) for r in records)
    return Scores(
        n=len(records),
        hits=hits,
        hit_rate=hits / len(records) if records else None,
        brier=brier_score(pairs) if pairs else None,
        n_brier=len(pairs),
    )


def _grouped(records: Sequence[ForecastRecord], key: Callable[[ForecastRecord], str]) -> tuple[tuple[str, Scores], ...]:
    groups: dict[str, list[ForecastRecord]] = {}
    for record in records:
        groups.setdefault(key(record), []).append(record)
    return tuple((name, score(groups[name])) for name in sorted(groups, key=lambda g: (-len(groups[g]), g)))


def _not_scored_reason(record: ForecastRecord, today: date) -> str | None:
    if record.verdict is None:
        return None
    if record.verdict not in SCORED_VERDICTS:
        return f"verdict {record.verdict}"
    if record.resolve_by >= today:
        return f"judged before its horizon ({record.resolve_by.isoformat()})"
    return None


def build_report(
    records: Sequence[ForecastRecord], counts_by_month: Sequence[tuple[str, str, int]], today: date
) -> Report:
    """Assemble every figure of the track record as of ``today``."""
    open_records = [r for r in records if r.status == "open"]
    attention = [r for r in open_records if r.next_review_at <= today or r.resolve_by < today]
    attention.sort(key=lambda r: (r.looked_at or r.resolve_by >= today, r.next_review_at, r.claim_id))
    scored = [r for r in records if is_scored(r, today)]
    pairs = _pairs(scored)
    not_scored = tuple((r, reason) for r in records if (reason := _not_scored_reason(r, today)) is not None)
    return Report(
        today=today,
        attention=tuple(attention),
        overall=score(scored),
        decomposition=murphy_decomposition(pairs) if pairs else None,
        by_source=_grouped(scored, lambda r: r.attributed_to or UNATTRIBUTED),
        by_outlet=_grouped(scored, lambda r: r.outlet or NO_OUTLET),
        calibration=calibration_bins(pairs),
        not_scored=not_scored,
        open_not_due=len(open_records) - len(attention),
        counts_by_month=tuple(counts_by_month),
    )


# --------------------------------------------------------------------------- rendering


def _num(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _tables(report: Report) -> list[tuple[str, str, list[str], list[list[str]]]]:
    """(title, intro, header, rows) for each section, shared by Markdown and HTML."""
    today = report.today
    attention_rows = [
        [
            r.claim_id,
            r.next_review_at.isoformat(),
            r.resolve_by.isoformat(),
            str(max((today - r.resolve_by).days, 0)),
            "yes" if r.looked_at else "no",
            r.attributed_to or UNATTRIBUTED,
            r.outlet or NO_OUTLET,
            r.text,
        ]
        for r in report.attention
    ]
    o = report.overall
    d = report.decomposition
    overall_rows = [
        [str(o.n), str(o.hits), _pct(o.hit_rate), _num(o.brier), str(o.n_brier)]
        + ([_num(d.reliability), _num(d.resolution), _num(d.uncertainty)] if d else ["–", "–", "–"])
    ]
    group_header = ["n scored", "hits", "hit rate", "Brier"]

    def group_rows(groups: tuple[tuple[str, Scores], ...]) -> list[list[str]]:
        return [[name, str(s.n), str(s.hits), _pct(s.hit_rate), _num(s.brier)] for name, s in groups]

    calibration_rows = [
        [f"{b.lower:.1f}–{b.upper:.1f}", str(b.n), _num(b.mean_forecast, 2), _num(b.observed, 2)]
        for b in report.calibration
    ]
    types = sorted({t for _, t, _ in report.counts_by_month})
    months = sorted({m for m, _, _ in report.counts_by_month})
    count = {(m, t): n for m, t, n in report.counts_by_month}
    month_rows = [[m] + [str(count.get((m, t), 0)) for t in types] for m in months]
    not_scored_rows = [[r.claim_id, r.verdict or "", reason, r.text] for r, reason in report.not_scored]
    return [
        (
            "Due and overdue",
            "Open forecasts due for review or past their horizon; overdue ones nobody has looked at come first.",
            ["claim_id", "review", "resolve_by", "days overdue", "looked at", "source", "outlet", "forecast"],
            attention_rows,
        ),
        (
            "Scores",
            "Forecasts whose horizon has passed and whose latest verdict is true or false. "
            f"{report.open_not_due} open forecasts are not due yet.",
            ["n scored", "hits", "hit rate", "Brier", "n with probability", "reliability", "resolution", "uncertainty"],
            overall_rows,
        ),
        ("By source", "", ["source", *group_header], group_rows(report.by_source)),
        ("By outlet", "", ["outlet", *group_header], group_rows(report.by_outlet)),
        (
            "Calibration",
            "Observed frequency against the implied probability, per bin.",
            ["probability", "forecasts", "mean forecast", "observed"],
            calibration_rows,
        ),
        ("Judged but not scored", "", ["claim_id", "verdict", "why not scored", "forecast"], not_scored_rows),
        ("Claims per type by published month", "Month of publication (else ingestion), UTC.", ["month", *types], month_rows),
    ]


def _md_cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, image: str | None = None) -> str:
    """The report as Markdown; ``image`` is the calibration PNG's path relative to the file."""
    lines = [f"# Forecast track record — {report.today.isoformat()}", ""]
    for title, intro, header, rows in _tables(report):
        lines += [f"## {title}", ""]
        if intro:
            lines += [intro, ""]
        if title == "Calibration" and image:
            lines += [f"![calibration plot]({image})", ""]
        if not rows:
            lines += ["(none)", ""]
            continue
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "|".join("---" for _ in header) + "|")
        lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def render_html(report: Report, png: bytes | None = None) -> str:
    """The report as one self-contained HTML page (the PNG embedded as base64)."""
    esc = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Forecast track record — {report.today.isoformat()}</title>",
        "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style>",
        "</head><body>",
        f"<h1>Forecast track record — {report.today.isoformat()}</h1>",
    ]
    for title, intro, header, rows in _tables(report):
        parts.append(f"<h2>{esc(title)}</h2>")
        if intro:
            parts.append(f"<p>{esc(intro)}</p>")
        if title == "Calibration" and png:
            encoded = base64.b64encode(png).decode("ascii")
            parts.append(f'<img alt="calibration plot" src="data:image/png;base64,{encoded}">')
        if not rows:
            parts.append("<p>(none)</p>")
            continue
        parts.append("<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def calibration_png(bins: Sequence[CalibrationBin]) -> bytes:
    """A reliability diagram (observed vs forecast) over a bar chart of forecasts per bin, as PNG bytes."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 6), dpi=100)
    top, bottom = figure.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    top.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    filled = [b for b in bins if b.n]
    top.plot(
        [b.mean_forecast for b in filled], [b.observed for b in filled], marker="o", color="tab:blue", label="forecasts"
    )
    for b in filled:
        top.annotate(f"n={b.n}", (b.mean_forecast or 0, b.observed or 0), textcoords="offset points", xytext=(5, -12))
    top.set_xlim(0, 1)
    top.set_ylim(-0.02, 1.02)
    top.set_ylabel("observed frequency")
    top.set_title("Calibration of implied probabilities")
    top.legend(loc="upper left")
    width = bins[0].upper - bins[0].lower if bins else 0.1
    bottom.bar([b.lower + width / 2 for b in bins], [b.n for b in bins], width=width * 0.9, color="tab:grey")
    bottom.set_xlabel("implied probability")
    bottom.set_ylabel("forecasts")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


class ReportFormat(StrEnum):
    MD = "md"
    HTML = "html"


def load_report(conn: Connection, today: date) -> Report:
    """Read every forecast and claim count from the database and build the report."""
    return build_report(store.forecast_records(conn), store.claim_counts_by_month(conn), today)


def write_report(report: Report, fmt: ReportFormat, out: str | Path | None = None) -> tuple[str, list[Path]]:
    """Render ``report``; with ``out``, write it there (Markdown gets its PNG beside it).

    Returns the rendered text and the files written (empty without ``out``).
    """
    png = calibration_png(report.calibration) if fmt is ReportFormat.HTML or out is not None else None
    if fmt is ReportFormat.HTML:
        rendered = render_html(report, png)
    else:
        image = f"{Path(out).stem}-calibration.png" if out is not None else None
        rendered = render_markdown(report, image)
    if out is None:
        return rendered, []
    target = Path(out)
    written = [target]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rendered, encoding="utf-8")
        if fmt is ReportFormat.MD and png is not None:
            image_path = target.with_name(f"{target.stem}-calibration.png")
            image_path.write_bytes(png)
            written.append(image_path)
    except OSError as exc:
        raise ConfigError("--out", f"cannot write {target}: {exc.strerror}; pick a writable path") from exc
    return rendered, written
