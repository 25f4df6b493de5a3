"""Task runners for the flows: threads in the flow's process, or a Dask cluster for big backfills.

``task_runner("threads", workers)`` is Prefect's thread pool (the default: loads
and stores overlap, the model batch runs in the flow's thread).
``task_runner("dask", workers)`` fans the analyse tasks (extraction and
classification, the CPU-bound part) out over a Dask cluster: a ``LocalCluster`` of
``workers`` single-threaded processes started for the flow run, or the running
cluster at ``address`` (a ``tcp://`` scheduler on this or other machines). Each
worker process loads the models once and keeps them.

Writes never leave the flow's process: DuckDB takes one writing process, so with
a runner whose tasks run elsewhere (:func:`runs_elsewhere`) the flow runs its
database tasks (list, load, store) itself and only analysis goes to the workers.
Dask needs the ``dask`` extra: ``pip install 'claims[dask]'``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from prefect.context import FlowRunContext
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from claims.errors import ConfigError


class RunnerKind(StrEnum):
    THREADS = "threads"
    DASK = "dask"


def _threads(workers: int, address: str | None) -> TaskRunner[Any]:
    return ThreadPoolTaskRunner(max_workers=max(1, workers))


def _dask(workers: int, address: str | None) -> TaskRunner[Any]:
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise ConfigError("runner", "dask needs the prefect-dask package; pip install 'claims[dask]'") from exc
    if address:
        return DaskTaskRunner(address=address)
    # processes, one thread each: spaCy and torch hold the GIL for most of a batch.
    return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "processes": True, "threads_per_worker": 1,
                                          "dashboard_address": None})  # fmt: skip


RUNNERS = {RunnerKind.THREADS: _threads, RunnerKind.DASK: _dask}


def task_runner(kind: str = "threads", workers: int = 4, *, address: str | None = None) -> TaskRunner[Any]:
    """The task runner named ``kind`` with ``workers`` threads or processes (``address``: a running Dask scheduler)."""
    try:
        build = RUNNERS[RunnerKind(kind)]
    except ValueError as exc:
        choices = ", ".join(k.value for k in RunnerKind)
        raise ConfigError("runner", f"unknown task runner {kind!r}; choose one of: {choices}") from exc
    return build(workers, address)


def runs_elsewhere(runner: TaskRunner[Any] | None) -> bool:
    """True when ``runner`` runs tasks in other processes (they cannot share the flow's database engine)."""
    return runner is not None and not isinstance(runner, ThreadPoolTaskRunner)


def current_runs_elsewhere() -> bool:
    """:func:`runs_elsewhere` for the flow run in progress (False outside a flow run)."""
    context = FlowRunContext.get()
    return runs_elsewhere(context.task_runner if context is not None else None)


__all__ = ["RUNNERS", "RunnerKind", "current_runs_elsewhere", "runs_elsewhere", "task_runner"]
