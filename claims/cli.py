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
from claims.output import OutputFormat, write_jsonl, write_rows
from claims.settings import Settings, load_settings

EPILOG = "Exit codes: 0 success, 1 expected failure (message on stderr), 2 bad usage."

_COMMAND_ORDER = (
    "ingest", "extract", "classify", "sql", "review", "resolve", "snooze", "relabel", "forecast-set",
    "report", "train", "serve", "eval",
)  # fmt: skip


class _ClaimsGroup(TyperGroup):
    """Turns a ClaimsError anywhere below into one line on stderr and exit code 1."""

    def list_commands(self, ctx: Any) -> list[str]:
        """Commands in the order a user meets them, not the order they are defined."""
        names = super().list_commands(ctx)
        rank = {name: i for i, name in enumerate(_COMMAND_ORDER)}
        return sorted(names, key=lambda n: rank.get(n, len(rank)))

    def invoke(self, ctx: Any) -> Any:  # typer's vendored click.Context
        try:
            return super().invoke(ctx)
        except ClaimsError as exc:
            if STATE.debug:
                raise
            typer.echo(f"error: {exc}", err=True)
            ctx.exit(1)


app = typer.Typer(
    name="claims",
    cls=_ClaimsGroup,
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
ExtractorOption = Annotated[
    str | None,
    typer.Option("--extractor", help="Extractor: rules or llm (else CLAIMS_EXTRACTOR, claims.toml, then rules).",
                 show_default=False),
]  # fmt: skip


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


# --- classifier: classify, train, eval classifier (issue #5) ---------------------------------------

from enum import StrEnum  # noqa: E402

from claims.corpus import Benchmark  # noqa: E402


class ClassifyFormat(StrEnum):
    JSONL = "jsonl"
    TABLE = "table"


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", help="default, keywords, or a model directory (else CLAIMS_MODEL, then default).", show_default=False
    ),
]
BatchSizeOption = Annotated[
    int | None, typer.Option("--batch-size", help="Claims per forward pass (else CLAIMS_BATCH_SIZE, then 64).", show_default=False)
]


@app.command("classify")
def classify_command(
    model: ModelOption = None,
    fmt: Annotated[ClassifyFormat, typer.Option("--format", "-f", help="Output format.")] = ClassifyFormat.JSONL,
    batch_size: BatchSizeOption = None,
) -> None:
    """Type claims read one per line on stdin as fact, assessment or forecast (blank lines skipped).

    Example: echo "The central bank will cut rates in June." | claims classify --format table
    """
    import json

    from claims.components import classifier_from

    cfg = settings(model=model, batch_size=batch_size)
    texts = [line.strip() for line in sys.stdin if line.strip()]
    classifier = classifier_from(cfg)
    predictions = classifier.predict(texts)
    rows = [
        (text, p.claim_type.value, round(p.confidence, 4), *(round(s, 4) for s in p.scores))
        for text, p in zip(texts, predictions, strict=True)
    ]
    if fmt is ClassifyFormat.TABLE:
        write_rows(sys.stdout, ("text", "type", "confidence", "fact", "assessment", "forecast"), rows)
        return
    for text, kind, confidence, fact, assessment, forecast in rows:
        scores = {"fact": fact, "assessment": assessment, "forecast": forecast}
        obj = {"text": text, "type": kind, "confidence": confidence, "scores": scores}
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


@app.command("train")
def train_command(
    data: Annotated[Path, typer.Option("--data", help="Folder of labelled *.jsonl claims.")] = Path("data/labelled"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Parent folder; the model goes to OUTPUT/<model version>/.")
    ] = Path("models"),
    epochs: Annotated[int, typer.Option("--epochs", help="Passes over the train split (best dev epoch is kept).")] = 6,
    seed: Annotated[int, typer.Option("--seed", help="Seed for head init and shuffling.")] = 13,
    layers: Annotated[int, typer.Option("--layers", help="Top transformer layers to train (1-6); the rest stay frozen.")] = 3,
    max_length: Annotated[int, typer.Option("--max-length", help="Tokens per claim (longer ones are truncated).")] = 64,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Claims per training step.")] = 32,
    threads: Annotated[
        int | None, typer.Option("--threads", help="Torch threads (else CLAIMS_THREADS, then 2).", show_default=False)
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bar or summary on stderr.")] = False,
) -> None:
    """Fine-tune the packaged MiniLM on the labelled claims and print the new model directory.

    Example: claims train --data data/labelled --output models --epochs 6 --layers 3
    """
    from claims.train import TrainConfig, TrainProgress, train

    cfg = settings(threads=threads)
    config = TrainConfig(
        epochs=epochs,
        seed=seed,
        train_layers=layers,
        max_length=max_length,
        batch_size=batch_size,
        threads=cfg.threads if cfg.threads > 0 else 2,
    )
    if quiet:
        STATE.quiet = True
    if show_progress():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn("epoch {task.fields[epoch]}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("loss {task.fields[loss]:.3f}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        ) as bar:
            task = bar.add_task("train", total=None, epoch=1, loss=float("nan"))

            def report(p: TrainProgress) -> None:
                bar.update(task, completed=p.step, total=p.total_steps, epoch=p.epoch, loss=p.loss)

            result = train(data, output, config=config, encoder=cfg.encoder or None, progress=report)
    else:
        result = train(data, output, config=config, encoder=cfg.encoder or None)
    err(
        f"trained {result.model_version}: dev macro-F1 {result.dev.macro_f1:.3f} (epoch {result.best_epoch}), "
        f"temperature {result.temperature}, {result.overlay_bytes / 1e6:.1f} MB overlay, {result.seconds:.0f}s"
    )
    typer.echo(str(result.model_dir))


@eval_app.command("classifier")
def eval_classifier_command(
    model: ModelOption = None,
    data: Annotated[Path, typer.Option("--data", help="Folder of labelled *.jsonl claims (its test split is scored).")] = Path(
        "data/labelled"
    ),
    benchmark: Annotated[
        Benchmark | None,
        typer.Option("--benchmark", help="Score a public benchmark instead of our test split.", show_default=False),
    ] = None,
    benchmark_dir: Annotated[
        Path, typer.Option("--benchmark-dir", help="Folder holding the public benchmarks.")
    ] = Path("../shared/benchmarks"),
    batch_size: BatchSizeOption = None,
) -> None:
    """Print accuracy, macro-F1, per-class F1 and the confusion matrix of a classifier.

    Example: claims eval classifier --model keywords --benchmark future
    """
    from claims.classifier_eval import evaluate_benchmark, evaluate_split, format_evaluation
    from claims.components import classifier_from

    cfg = settings(model=model, batch_size=batch_size)
    classifier = classifier_from(cfg)
    if benchmark is None:
        evaluation = evaluate_split(classifier, data)
    else:
        evaluation = evaluate_benchmark(classifier, benchmark, benchmark_dir)
    typer.echo(format_evaluation(evaluation), nl=False)


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, page URLs or RSS/Atom feed URLs.", show_default=False)
    ],
    db: DbOption = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help="Classifier: default, keywords, or a trained model folder.", show_default=False),
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet name for every document.", show_default=False)] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (ISO, e.g. 2024-05-01) for every document.", show_default=False),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title for every document.", show_default=False)] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles analysed together in one batch.")] = 16,
    replace: Annotated[
        bool, typer.Option("--replace", help="Re-analyse texts already stored and replace their claims.")
    ] = False,
    no_prefect: Annotated[
        bool, typer.Option("--no-prefect", help="Run the same steps in a plain loop, without a Prefect flow run.")
    ] = False,
    extractor: ExtractorOption = None,
) -> None:
    """Load articles, extract and classify their claims, and store them in the database.

    Example: claims ingest seeds/ https://example.com/feed.xml --db claims.duckdb --model keywords
    """
    from claims.sources import parse_published

    cfg = settings(db=db, model=model, extractor=extractor)
    parse_published(published)  # a bad date is a usage error before anything runs
    with _IngestProgress() as progress:
        if no_prefect:
            summary = _ingest_directly(paths, cfg, outlet, published, title, batch_size, replace, progress.advance)
        else:
            summary = _ingest_with_prefect(paths, cfg, outlet, published, title, batch_size, replace, progress.advance)
    _report_ingest(summary)
    if summary.failed:
        raise typer.Exit(1)


class _IngestProgress:
    """A spinner with a count on stderr, shown only on a terminal and without --quiet."""

    def __init__(self) -> None:
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _IngestProgress:
        if show_progress():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("ingesting: {task.completed} documents"), TimeElapsedColumn(),
                console=Console(file=sys.stderr), transient=True,
            )  # fmt: skip
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=None)
        return self

    def advance(self, uri: str) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _quiet_libraries() -> None:
    """Keep library log chatter (Prefect's console handler, trafilatura) off the user's terminal."""
    import logging
    import os

    if STATE.debug:
        return
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _ingest_with_prefect(
    paths: list[str], cfg: Settings, outlet: str | None, published: str | None, title: str | None,
    batch_size: int, replace: bool, on_document: Callable[[str], None],
) -> Any:  # fmt: skip
    import os

    _quiet_libraries()
    # The temporary API can take longer than Prefect's 20 s default to start on a busy laptop.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    from flows.ingest import run_ingest

    return run_ingest(
        paths, workers=cfg.workers, on_document=on_document, db=cfg.db, model=cfg.model, extractor=cfg.extractor,
        outlet=outlet,
        published_at=published, title=title, batch_size=batch_size, replace=replace,
    )  # fmt: skip


def _ingest_directly(
    paths: list[str], cfg: Settings, outlet: str | None, published: str | None, title: str | None,
    batch_size: int, replace: bool, on_document: Callable[[str], None],
) -> Any:  # fmt: skip
    _quiet_libraries()
    from claims.components import load_components
    from claims.feedlog import ingest_inputs
    from claims.sources import Overrides, parse_published

    overrides = Overrides(title=title, outlet=outlet, published_at=parse_published(published))
    return ingest_inputs(
        paths, cfg, load_components(cfg), overrides=overrides, batch_size=batch_size, replace=replace,
        on_document=on_document,
    )  # fmt: skip


_MAX_LISTED = 10


def _report_ingest(summary: Any) -> None:
    """The end-of-run table on stderr, then one line per failure (failures show even with --quiet)."""
    if not STATE.quiet:
        rows = [("stored", summary.stored), ("already stored", summary.duplicates), ("failed", summary.failed)]
        rows += [(f"{claim_type} claims", n) for claim_type, n in summary.claims_by_type]
        write_rows(sys.stderr, ["articles", "count"], rows, OutputFormat.TABLE)
        for uri in summary.duplicate_uris[:_MAX_LISTED]:
            err(f"already stored: {uri}")
        if len(summary.duplicate_uris) > _MAX_LISTED:
            err(f"already stored: {len(summary.duplicate_uris) - _MAX_LISTED} more")
    for failure in summary.failures:
        typer.echo(f"failed: {failure.message}", err=True)


@eval_app.command("extraction")
def eval_extraction_command(
    gold: Annotated[
        list[Path] | None, typer.Argument(help="Gold article files (default: data/gold/*.json).", show_default=False)
    ] = None,
    benchmark: Annotated[
        str | None, typer.Option("--benchmark", help="Score a public benchmark instead: rose.", show_default=False)
    ] = None,
    benchmark_dir: Annotated[
        Path, typer.Option("--benchmark-dir", help="Folder holding the public benchmarks.")
    ] = Path("../shared/benchmarks"),
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses and extras per article.")] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", help="Classifier for type accuracy: default, keywords, a model directory, or none.",
                     show_default=False),
    ] = None,
    extractor: ExtractorOption = None,
) -> None:
    """Score claim extraction against gold claims: recall, precision, F1, attribution, types.

    Example: claims eval extraction data/gold/*.json -v --model keywords
    """
    from claims.embeddings import load_encoder
    from claims.eval_extraction import evaluate_extraction, format_score, load_gold, load_rose
    from claims.extract import build_extractor
    from claims.sentences import load_spacy

    cfg = settings(model=model, extractor=extractor)
    if benchmark is not None:
        if benchmark != "rose":
            raise typer.BadParameter(f"unknown benchmark {benchmark!r}; choose: rose", param_hint="--benchmark")
        articles, label = load_rose(benchmark_dir / "rose-acu"), "the RoSE ACU benchmark"
    else:
        paths = gold or sorted(Path("data/gold").glob("*.json"))
        articles, label = load_gold(paths), f"{len(paths)} gold file(s)"
    classifier = None
    if benchmark is None and cfg.model != "none":
        from claims.components import classifier_from
        from claims.errors import ModelError

        try:
            classifier = classifier_from(cfg)
        except ModelError as exc:
            if model is not None:
                raise
            err(f"warning: types not scored ({exc})")
    built = build_extractor(cfg.extractor, nlp=load_spacy(cfg.spacy_model), settings=cfg)
    encoder = load_encoder(cfg.encoder, threads=cfg.threads)
    score = evaluate_extraction(articles, built, encoder, classifier=classifier)
    typer.echo(format_score(score, label=label, verbose=verbose), nl=False)


class ExtractFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"


@app.command("extract")
def extract_command(
    path: Annotated[str, typer.Argument(help="A file (.txt, .md, .html, .json) or a page URL.", show_default=False)],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.TABLE,
    model: Annotated[
        str | None,
        typer.Option("--model", help="Classifier: default, keywords, or a model folder.", show_default=False),
    ] = None,
    extractor: ExtractorOption = None,
) -> None:
    """Extract and classify the claims of one document, without a database.

    Example: claims extract seeds/russia-us-diplomacy.txt --format jsonl
    """
    from claims.components import load_components
    from claims.pipeline import analyse_file

    cfg = settings(model=model, extractor=extractor)
    _quiet_libraries()
    analysed = analyse_file(path, load_components(cfg), cfg)
    forecasts = {f.claim_id: f for f in analysed.forecasts}
    if fmt is ExtractFormat.JSONL:
        write_jsonl(sys.stdout, (_claim_json(c, forecasts.get(c.claim_id)) for c in analysed.claims))
    else:
        rows = [
            (c.position, str(c.claim_type), round(c.confidence or 0.0, 2), c.attributed_to or "", c.text)
            for c in analysed.claims
        ]
        write_rows(sys.stdout, ("#", "type", "conf", "source", "claim"), rows, max_width=90)
    err(f"{len(analysed.claims)} claims from {path}")


def _claim_json(claim: Any, forecast: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "text": claim.text,
        "type": str(claim.claim_type),
        "confidence": round(claim.confidence, 4),
        "scores": {t: round(p, 4) for t, p in zip(("fact", "assessment", "forecast"), claim.scores, strict=True)},
        "source": claim.attributed_to,
        "sentence": claim.sentence,
        "start": claim.char_start,
        "end": claim.char_end,
    }
    if forecast is not None:
        obj.update(resolve_by=forecast.resolve_by, horizon=forecast.horizon_text,
                   implied_probability=forecast.implied_probability)  # fmt: skip
    return obj


# --------------------------------------------------------------------------- review (issue #7)

from datetime import datetime  # noqa: E402

from claims.model import ClaimType, Verdict  # noqa: E402
from claims.report import ReportFormat  # noqa: E402

TodayOption = Annotated[
    datetime | None,
    typer.Option("--today", formats=["%Y-%m-%d"], help="Review as of this date (YYYY-MM-DD) instead of today.",
                 show_default=False),
]  # fmt: skip
ReviewerOption = Annotated[
    str | None, typer.Option("--reviewer", help="Who records this (kept with the row).", show_default=False)
]
NoteOption = Annotated[str | None, typer.Option("--note", help="A note kept with the change.", show_default=False)]

_DUE_COLUMNS = (
    "claim_id", "next_review_at", "resolve_by", "horizon", "explicit", "implied_probability", "source", "outlet",
    "title", "claim", "resolution_criteria",
)  # fmt: skip


def _today(value: datetime | None) -> Any:
    from claims.model import utcnow

    return value.date() if value is not None else utcnow().date()


def _write_db(cfg: Settings) -> Any:
    from claims.store import open_database

    return open_database(cfg.db, lock_timeout=cfg.lock_timeout)


@app.command("review")
def review_command(
    db: DbOption = None,
    due: Annotated[bool, typer.Option("--due", help="List the due forecasts and exit (no prompts).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Never prompt: same as --due.")] = False,
    fmt: FormatOption = OutputFormat.TABLE,
    today: TodayOption = None,
    reviewer: ReviewerOption = None,
) -> None:
    """Review due forecasts one by one: t/f/p/a/n verdict, s snooze, k skip, q quit.

    Progress is saved after each answer; skipped forecasts come back next time.
    Example: claims review --today 2026-09-01 --reviewer ann   (or: claims review --due --format csv)
    """
    from claims import review
    from claims.store import connect

    cfg = settings(db=db)
    day = _today(today)
    engine, database = _write_db(cfg)
    try:
        with connect(engine, database, begin=False) as conn:
            items = review.due(conn, day)
        if due or yes:
            rows = (
                (i.claim_id, i.next_review_at, i.resolve_by, i.horizon_text, i.horizon_explicit, i.implied_probability,
                 i.attributed_to, i.outlet, i.title, i.text, i.resolution_criteria)
                for i in items
            )  # fmt: skip
            write_rows(sys.stdout, _DUE_COLUMNS, rows, fmt)
            err(f"{len(items)} forecasts due on {day.isoformat()}")
            return
        _review_interactively(engine, database, items, day, reviewer)
    finally:
        engine.dispose()


_REVIEW_KEYS = ("t", "f", "p", "a", "n", "s", "k", "q")


def _iso_date(value: str) -> Any:
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d").date()
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date like 2027-01-31") from exc


def _review_key(value: str) -> str:
    key = value.strip().lower()
    if key not in _REVIEW_KEYS:
        raise typer.BadParameter(f"press one of {', '.join(_REVIEW_KEYS)}")
    return key


def _show_due(console: Any, item: Any, position: int, total: int) -> None:
    from rich.panel import Panel
    from rich.text import Text

    body = Text()
    body.append("…" + item.context_before.lstrip(), style="dim")
    body.append(f"»{item.sentence}«", style="bold")
    body.append(item.context_after.rstrip() + "…\n\n", style="dim")
    published = item.published_at.date().isoformat() if item.published_at else "unknown date"
    fields = [
        ("article", f"{item.title or item.source_uri} — {item.outlet or 'no outlet'}, {published}"),
        ("claim", item.text),
        ("source", item.attributed_to or "(unattributed)"),
        ("horizon", f"{item.horizon_text} (explicit)" if item.horizon_explicit else "none stated (periodic review)"),
        ("resolve by", item.resolve_by.isoformat()),
        ("probability", "none" if item.implied_probability is None else f"{item.implied_probability:.2f}"),
        ("criteria", item.resolution_criteria),
    ]
    for name, value in fields:
        body.append(f"{name:>12}: ", style="cyan")
        body.append(f"{value}\n")
    console.print(Panel(body, title=f"forecast {position}/{total} · {item.claim_id}", expand=False))


def _review_interactively(engine: Any, database: Any, items: list[Any], day: Any, reviewer: str | None) -> None:
    from datetime import timedelta

    from rich.console import Console

    from claims import review
    from claims.model import utcnow
    from claims.store import connect

    console = Console(file=sys.stdout, highlight=False)
    counts = {"judged": 0, "snoozed": 0, "skipped": 0}
    if not items:
        err(f"nothing due on {day.isoformat()}")
        return
    for position, item in enumerate(items, start=1):
        _show_due(console, item, position, len(items))
        key = typer.prompt(
            "[t]rue [f]alse [p]artly [a]mbiguous an[n]ulled | [s]nooze s[k]ip [q]uit", value_proc=_review_key
        )
        if key == "q":
            break
        if key == "k":
            counts["skipped"] += 1
            continue
        if key == "s":
            until = typer.prompt(
                "snooze until", default=(day + timedelta(days=30)).isoformat(),
                value_proc=_iso_date,
            )  # fmt: skip
            note = typer.prompt("note", default="", show_default=False)
            with connect(engine, database) as conn:
                review.snooze(conn, item.claim_id, until, today=day, now=utcnow(), reviewer=reviewer, note=note)
            counts["snoozed"] += 1
            continue
        verdict = review.VERDICT_KEYS[key]
        evidence = typer.prompt("evidence URL", default="", show_default=False)
        note = typer.prompt("note", default="", show_default=False)
        with connect(engine, database) as conn:
            review.record_verdict(
                conn, item.claim_id, verdict, now=utcnow(), evidence_url=evidence, note=note, reviewer=reviewer
            )
        counts["judged"] += 1
        err(f"recorded {verdict} for {item.claim_id}")
    left = len(items) - counts["judged"] - counts["snoozed"]
    err(f"judged {counts['judged']}, snoozed {counts['snoozed']}, skipped {counts['skipped']}; {left} still due")


@app.command("resolve")
def resolve_command(
    claim_id: Annotated[str, typer.Argument(help="The claim to judge (see claims review --due).", show_default=False)],
    verdict: Annotated[
        Verdict, typer.Option("--verdict", help="Forecasts: true/false/partly/ambiguous/annulled; facts: true/false/misleading.",
                              show_default=False),
    ],  # fmt: skip
    evidence: Annotated[str | None, typer.Option("--evidence", help="URL of the evidence.", show_default=False)] = None,
    note: NoteOption = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Record a verdict on a claim (a new outcome row; the newest verdict counts).

    Example: claims resolve 5e024763a2fc26c3 --verdict true --evidence https://example.org/news --note "ban started"
    """
    from claims import review
    from claims.model import utcnow
    from claims.store import connect

    engine, database = _write_db(settings(db=db))
    try:
        with connect(engine, database) as conn:
            result = review.record_verdict(
                conn, claim_id, verdict, now=utcnow(), evidence_url=evidence, note=note, reviewer=reviewer
            )
    finally:
        engine.dispose()
    closed = "; forecast resolved" if result.status_change is not None else ""
    err(f"recorded {verdict} for {claim_id}{closed}")


@app.command("snooze")
def snooze_command(
    claim_id: Annotated[str, typer.Argument(help="The forecast to put off.", show_default=False)],
    until: Annotated[
        datetime, typer.Option("--until", formats=["%Y-%m-%d"], help="Next review date (YYYY-MM-DD).", show_default=False)
    ],
    note: NoteOption = None,
    reviewer: ReviewerOption = None,
    today: TodayOption = None,
    db: DbOption = None,
) -> None:
    """Put a forecast's next review off to a later date.

    Example: claims snooze 5e024763a2fc26c3 --until 2027-06-01 --note "vote postponed"
    """
    from claims import review
    from claims.model import utcnow
    from claims.store import connect

    engine, database = _write_db(settings(db=db))
    try:
        with connect(engine, database) as conn:
            review.snooze(
                conn, claim_id, until.date(), today=_today(today), now=utcnow(), reviewer=reviewer, note=note
            )
    finally:
        engine.dispose()
    err(f"snoozed {claim_id} until {until.date().isoformat()}")


@app.command("relabel")
def relabel_command(
    claim_id: Annotated[str | None, typer.Argument(help="The claim to relabel.", show_default=False)] = None,
    claim_type: Annotated[ClaimType | None, typer.Argument(help="Its correct type.", show_default=False)] = None,
    export: Annotated[
        Path | None,
        typer.Option("--export", help="Write all relabels as corpus lines (data/labelled format) to this .jsonl file.",
                     show_default=False),
    ] = None,  # fmt: skip
    note: NoteOption = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Correct a claim's type (kept in relabels), or export relabels as classifier training data.

    Example: claims relabel 5e024763a2fc26c3 fact --note "a schedule already met"   (or: claims relabel --export relabels.jsonl)
    """
    from claims import review
    from claims.model import utcnow
    from claims.store import connect

    if (export is None) == (claim_id is None or claim_type is None):
        raise typer.BadParameter("give CLAIM_ID TYPE, or --export FILE")
    engine, database = _write_db(settings(db=db))
    try:
        with connect(engine, database) as conn:
            if export is not None:
                count = review.write_relabel_export(conn, export)
                err(f"wrote {count} relabelled claims to {export}")
                return
            assert claim_id is not None and claim_type is not None
            record = review.relabel(conn, claim_id, claim_type, now=utcnow(), reviewer=reviewer, note=note)
    finally:
        engine.dispose()
    err(f"relabelled {claim_id}: {record.old_type} -> {record.new_type}")


@app.command("forecast-set")
def forecast_set_command(
    claim_id: Annotated[str, typer.Argument(help="The forecast to edit.", show_default=False)],
    probability: Annotated[
        float | None,
        typer.Option("--probability", min=0.0, max=1.0, help="Override the implied probability (0-1).", show_default=False),
    ] = None,
    criteria: Annotated[
        str | None, typer.Option("--criteria", help="Replace the resolution criteria (one line).", show_default=False)
    ] = None,
    note: NoteOption = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Override a forecast's implied probability and/or resolution criteria (each change is kept).

    Example: claims forecast-set 5e024763a2fc26c3 --probability 0.6 --criteria "True if diesel buses are banned by 2027-12-31."
    """
    from claims import review
    from claims.model import utcnow
    from claims.store import connect

    if probability is None and criteria is None:
        raise typer.BadParameter("give --probability, --criteria or both")
    engine, database = _write_db(settings(db=db))
    try:
        with connect(engine, database) as conn:
            now = utcnow()
            if probability is not None:
                review.set_probability(conn, claim_id, probability, now=now, reviewer=reviewer, note=note)
            if criteria is not None:
                review.set_criteria(conn, claim_id, criteria, now=now, reviewer=reviewer, note=note)
    finally:
        engine.dispose()
    err(f"updated forecast {claim_id}")


@app.command("report")
def report_command(
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="md or html.")] = ReportFormat.MD,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write here (Markdown gets FILE-calibration.png beside it); else stdout.",
                     show_default=False),
    ] = None,  # fmt: skip
    today: TodayOption = None,
    db: DbOption = None,
) -> None:
    """Write the forecast track record: due and overdue, hit rate, Brier score, calibration.

    Example: claims report --format html --out report.html --today 2027-01-01
    """
    from claims import report
    from claims.store import connect, open_database

    cfg = settings(db=db)
    engine, database = open_database(cfg.db, lock_timeout=cfg.lock_timeout, read_only=True)
    try:
        with connect(engine, database, begin=False) as conn:
            built = report.load_report(conn, _today(today))
    finally:
        engine.dispose()
    rendered, written = report.write_report(built, fmt, out)
    if out is None:
        typer.echo(rendered, nl=False)
    for path in written:
        err(f"wrote {path}")


@app.command("serve")
def serve_command(
    config: Annotated[Path, typer.Option("--config", help="The prefect.yaml whose deployments to serve.")] = Path(
        "prefect.yaml"
    ),
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="Serve only this deployment (repeatable), e.g. watched-folder.", show_default=False),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Most flow runs at once (default: no limit).", show_default=False)
    ] = None,
) -> None:
    """Run the scheduled deployments of prefect.yaml in this process until Ctrl-C.

    Example: PREFECT_API_URL=http://127.0.0.1:4200/api claims serve --only watched-folder
    """
    _quiet_libraries()
    from flows.serve import serve_deployments

    serve_deployments(config, only, limit)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["app", "main", "eval_app", "err", "settings", "show_progress", "DbOption", "FormatOption", "Path"]
