"""The task runners: the choice by name, and one real ingest run fanned out on a two-worker Dask LocalCluster.

Needs the ``dask`` extra (prefect-dask); ``pip install -e '.[dev]'`` installs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.errors import ConfigError

prefect_dask = pytest.importorskip(
    "prefect_dask", reason="prefect-dask is not installed; pip install -e '.[dev]' (or '.[dask]') to test the Dask runner"
)

SENTENCES = (
    "The ministry said exports rose by {i} percent in March.",
    "Officials expect the new port to open by 2027.",
    "Critics call the plan reckless.",
)


def test_threads_is_a_thread_pool_with_that_many_workers() -> None:
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.runners import runs_elsewhere, task_runner

    runner = task_runner("threads", 3)
    assert isinstance(runner, ThreadPoolTaskRunner)
    assert runner._max_workers == 3
    assert runs_elsewhere(runner) is False


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (None, (None, {"n_workers": 2, "processes": True, "threads_per_worker": 1, "dashboard_address": None})),
        ("tcp://10.0.0.5:8786", ("tcp://10.0.0.5:8786", {})),
    ],
)
def test_dask_is_a_local_cluster_of_single_threaded_processes_or_a_running_scheduler(
    address: str | None, expected: tuple[str | None, dict[str, object]]
) -> None:
    from flows.runners import runs_elsewhere, task_runner

    runner = task_runner("dask", 2, address=address)
    assert isinstance(runner, prefect_dask.DaskTaskRunner)
    assert (runner.address, runner.cluster_kwargs) == expected
    assert runs_elsewhere(runner) is True


def test_an_unknown_runner_names_the_choices() -> None:
    from flows.runners import task_runner

    with pytest.raises(ConfigError) as info:
        task_runner("ray", 2)
    assert str(info.value) == "runner: unknown task runner 'ray'; choose one of: threads, dask"


def _claims(db: Path) -> list[tuple[object, ...]]:
    from sqlalchemy import text

    from claims.store import Database, connect, make_engine

    database = Database(str(db))
    engine = make_engine(database)
    try:
        with connect(engine, database, begin=False) as conn:
            return [tuple(r) for r in conn.execute(text("SELECT claim_id, claim_type, text FROM claims ORDER BY claim_id"))]
    finally:
        engine.dispose()


@pytest.mark.model
def test_a_dask_run_analyses_on_the_workers_and_stores_what_the_threads_run_stores(
    prefect_harness, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from flows.ingest import _models, run_ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(" ".join(s.format(i=i) for s in SENTENCES), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")

    threads = run_ingest([str(folder)], workers=2, db=str(tmp_path / "threads.duckdb"), model="keywords", batch_size=4)
    calls = _models.cache_info()
    dask = run_ingest(
        [str(folder)], workers=2, runner="dask", db=str(tmp_path / "dask.duckdb"), model="keywords", batch_size=4
    )

    # The models were never asked for in this process: analysis ran in the worker processes.
    assert _models.cache_info() == calls
    assert (dask.stored, dask.duplicates, dask.failed, dask.claims_by_type) == (
        5, 0, 1, (("fact", 5), ("assessment", 5), ("forecast", 5)),
    )  # fmt: skip
    assert [f.message for f in dask.failures] == [f"{folder / 'empty.txt'}: is empty"]
    assert dask == threads
    # Written by the flow's process, one writer: the same rows as the threads run.
    assert _claims(tmp_path / "dask.duckdb") == _claims(tmp_path / "threads.duckdb")
    assert len(_claims(tmp_path / "dask.duckdb")) == 15
