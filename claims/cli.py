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

    from claims.classify import load_classifier

    cfg = settings(model=model, batch_size=batch_size)
    texts = [line.strip() for line in sys.stdin if line.strip()]
    classifier = load_classifier(cfg.model, batch_size=cfg.batch_size, threads=cfg.threads)
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
    from claims.classify import load_classifier

    cfg = settings(model=model, batch_size=batch_size)
    classifier = load_classifier(cfg.model, batch_size=cfg.batch_size, threads=cfg.threads)
    if benchmark is None:
        evaluation = evaluate_split(classifier, data)
    else:
        evaluation = evaluate_benchmark(classifier, benchmark, benchmark_dir)
    typer.echo(format_evaluation(evaluation), nl=False)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["app", "main", "eval_app", "err", "settings", "show_progress", "DbOption", "FormatOption", "Path"]
