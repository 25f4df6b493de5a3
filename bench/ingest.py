"""End-to-end ingest: articles/s with and without Prefect, memory, and where the time goes.

One process, the same generated articles (``bench/articles.py``: varied texts
from ``seeds/`` and ``data/gold/``, 3/4 JSON and 1/4 HTML files) and the same
loaded models for every path; each run writes a fresh DuckDB file:

- **library loop**: ``claims.feedlog.ingest_inputs`` (what ``claims ingest --no-prefect``
  runs: ``claims.pipeline.ingest`` over the loaded documents), the baseline;
- **Prefect flow**: ``flows.ingest.run_ingest`` (what ``claims ingest`` runs) with
  the thread-pool runner, against a Prefect API started once beforehand
  (``prefect_test_harness``: a temporary local server). Server start-up and the
  first (warm-up) flow run are reported on their own line, not as per-article cost;
- **Prefect flow, Dask** (``--runner dask``): the same flow with analysis fanned
  out over a Dask ``LocalCluster`` of ``--dask-workers`` single-threaded processes
  started once (stores stay in the flow process: DuckDB has one writer).

Targets: Prefect overhead <= 15% of the library loop's time; peak RSS < 2 GB and
flat in the number of articles (RSS shown after 50, 100 and all articles). The
stage table times load / extract / classify / store inside the library loop
(timers around the stage calls; ``--profile`` adds a cProfile of one loop run).

Timings are the median of ``--repeats`` interleaved runs (the machine is shared),
with the best run next to it; CPU seconds of this process and of the Prefect
server (a separate process, on the same cores here) are printed too.

Usage: python bench/ingest.py [--articles 200] [--model default|keywords] [--batch-size 16]
       [--workers 4] [--repeats 1] [--runner threads|dask] [--dask-workers 2] [--profile] [--int8]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Quiet Prefect's console logging before it is imported (the CLI does the same).
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import write_articles  # noqa: E402

from claims import feedlog, pipeline  # noqa: E402
from claims.components import Components  # noqa: E402
from claims.settings import Settings, load_settings  # noqa: E402
from claims.sources import Overrides  # noqa: E402
from machine import cpu_name  # noqa: E402 - bench/machine.py (scripts run from bench/)

CHECKPOINTS = (50, 100, 200, 500, 1000, 2000, 5000)


# --------------------------------------------------------------------------- machine and memory




def machine_line() -> str:
    import prefect
    import spacy
    import torch

    return (
        f"machine: {cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"torch {torch.__version__} ({torch.get_num_threads()} threads), spaCy {spacy.__version__}, "
        f"prefect {prefect.__version__}"
    )


def _status_mb(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_mb() -> float:
    return _status_mb("VmRSS")


def reset_peak() -> None:
    """Reset the kernel's peak-RSS mark (VmHWM) so each path reports its own peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass  # then peaks are cumulative over the process; the table still shows RSS per checkpoint


def peak_mb() -> float:
    return _status_mb("VmHWM")


def _server_pids() -> list[int]:
    """The Prefect API server the harness started (a uvicorn child process of this one)."""
    me, pids = str(os.getpid()), []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[1] == me and b"uvicorn" in (stat.parent / "cmdline").read_bytes():
                pids.append(int(stat.parent.name))
        except (OSError, IndexError):
            continue
    return pids


def server_cpu_s() -> float:
    """CPU seconds the Prefect server process has used so far (user + system)."""
    total = 0
    for pid in _server_pids():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


def settle(limit_s: float = 90.0) -> None:
    """Wait until the Prefect server has worked off what the last flow run sent it (it shares our cores)."""
    deadline = time.monotonic() + limit_s
    last = server_cpu_s()
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = server_cpu_s()
        if now - last < 0.05:
            return
        last = now


# --------------------------------------------------------------------------- timing around the stages


@dataclass
class StageTimes:
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(("load", "extract", "classify", "store"), 0.0))
    words: int = 0
    claims: int = 0

    def add(self, stage: str, start: float) -> None:
        self.seconds[stage] += time.perf_counter() - start


class TimedExtractor:
    def __init__(self, inner: Any, times: StageTimes) -> None:
        self.inner, self.times = inner, times
        self.name, self.version = inner.name, inner.version

    def extract(self, article: Any) -> Any:
        return self.extract_many([article])[0]

    def extract_many(self, articles: Sequence[Any]) -> Any:
        start = time.perf_counter()
        out = self.inner.extract_many(articles)
        self.times.add("extract", start)
        self.times.words += sum(len(a.text.split()) for a in articles)
        return out


class TimedClassifier:
    def __init__(self, inner: Any, times: StageTimes) -> None:
        self.inner, self.times = inner, times
        self.name, self.version = inner.name, inner.version

    def predict(self, texts: Sequence[str]) -> Any:
        start = time.perf_counter()
        out = self.inner.predict(texts)
        self.times.add("classify", start)
        self.times.claims += len(texts)
        return out


def timed_iter(items: Iterable[Any], times: StageTimes) -> Iterator[Any]:
    iterator = iter(items)
    while True:
        start = time.perf_counter()
        try:
            item = next(iterator)
        except StopIteration:
            return
        times.add("load", start)
        yield item


def _timed_call(fn: Callable[..., Any], times: StageTimes, stage: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times.add(stage, start)

    return wrapper


# --------------------------------------------------------------------------- runs


@dataclass
class Run:
    seconds: float
    articles: int
    claims: int
    failed: int
    peak_mb: float
    rss_at: dict[int, float]
    extra: dict[str, float] = field(default_factory=dict)
    cpu: float = 0.0  # CPU seconds of this process (all its threads) during the run
    server_cpu: float = 0.0  # CPU seconds the Prefect server spent on this run, until it went idle

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


class Checkpoints:
    """Counts settled documents; records RSS when the count reaches 50, 100, 200, ... and the last one."""

    def __init__(self, total: int) -> None:
        self.total, self.count, self.rss = total, 0, {}

    def __call__(self, uri: str) -> None:
        self.count += 1
        if self.count in CHECKPOINTS or self.count == self.total:
            self.rss[self.count] = rss_mb()


def run_library(folder: Path, settings: Settings, components: Components, batch_size: int, total: int,
                *, wait: bool = True) -> Run:  # fmt: skip
    times = StageTimes()
    timed = Components(TimedExtractor(components.extractor, times), TimedClassifier(components.classifier, times))
    checkpoints = Checkpoints(total)
    saved = pipeline.store_batch, pipeline.split_known, feedlog.iter_loaded
    pipeline.store_batch = _timed_call(saved[0], times, "store")  # type: ignore[assignment]
    pipeline.split_known = _timed_call(saved[1], times, "store")  # type: ignore[assignment]
    feedlog.iter_loaded = lambda *a, **k: timed_iter(saved[2](*a, **k), times)  # type: ignore[assignment]
    _fresh(settings.db)
    if wait:
        settle()
    reset_peak()
    start, cpu = time.perf_counter(), time.process_time()
    try:
        summary = feedlog.ingest_inputs([str(folder)], settings, timed, overrides=Overrides(), batch_size=batch_size,
                                        on_document=checkpoints)  # fmt: skip
    finally:
        pipeline.store_batch, pipeline.split_known, feedlog.iter_loaded = saved  # type: ignore[assignment]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Run(seconds, summary.stored, summary.claims, summary.failed, peak_mb(), checkpoints.rss,
               extra=dict(times.seconds) | {"words": times.words, "claims": times.claims}, cpu=cpu)  # fmt: skip


def _fresh(db: str) -> None:
    """Every run writes a new database at the same path (the flow's settings, and so its model cache key, stay equal)."""
    for path in (Path(db), Path(db + ".wal")):
        path.unlink(missing_ok=True)


def run_flow(folder: Path, settings: Settings, batch_size: int, workers: int, total: int, **runner: Any) -> Run:
    from flows.ingest import _models, run_ingest

    checkpoints = Checkpoints(total)
    _fresh(settings.db)
    settle()
    loads = _models.cache_info().misses
    server_before = server_cpu_s()
    reset_peak()
    start, cpu = time.perf_counter(), time.process_time()
    summary = run_ingest([str(folder)], workers=workers, on_document=checkpoints, db=settings.db, model=settings.model,
                         batch_size=batch_size, **runner)  # fmt: skip
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if _models.cache_info().misses != loads and total > 4:
        print(f"  ! the flow loaded its models again inside this timed run ({seconds:.1f} s)")
    settle()
    return Run(seconds, summary.stored, summary.claims, summary.failed, peak_mb(), checkpoints.rss,
               cpu=cpu, server_cpu=server_cpu_s() - server_before)


# --------------------------------------------------------------------------- output


def _rss_cells(run: Run, total: int) -> str:
    marks = [n for n in CHECKPOINTS if n < total] + [total]
    return "  ".join(f"{run.rss_at.get(n, float('nan')):>6.0f}" for n in marks)


def print_paths(rows: list[tuple[str, list[Run]]], total: int) -> None:
    marks = [n for n in CHECKPOINTS if n < total] + [total]
    base = statistics.median(r.seconds for r in rows[0][1])
    head = "  ".join(f"{'@' + str(n):>6}" for n in marks)
    print(f"{'path':<34}{'s':>7}{'best s':>8}{'articles/s':>12}{'time ratio':>12}{'CPU s':>7}{'claims':>8}{'peak MB':>9}"
          f"  RSS MB {head}")  # fmt: skip
    for name, runs in rows:
        mid = sorted(runs, key=lambda r: r.seconds)[len(runs) // 2]
        seconds = statistics.median(r.seconds for r in runs)
        cpu = statistics.median(r.cpu for r in runs)
        best = min(r.seconds for r in runs)
        print(f"{name:<34}{seconds:>7.1f}{best:>8.1f}{mid.articles / seconds:>12.2f}{seconds / base:>11.2f}x{cpu:>7.1f}{mid.claims:>8}"
              f"{max(r.peak_mb for r in runs):>9.0f}         {_rss_cells(mid, total)}")  # fmt: skip
        if any(r.failed for r in runs):
            print(f"  ! {max(r.failed for r in runs)} documents failed in {name}")


def print_stages(run: Run) -> None:
    total = run.seconds
    staged = {k: run.extra[k] for k in ("load", "extract", "classify", "store")}
    rest = total - sum(staged.values())
    words, claims = run.extra["words"], run.extra["claims"]
    notes = {
        "load": "read files, JSON/HTML (trafilatura)",
        "extract": f"spaCy parse + rules: {words / max(staged['extract'], 1e-9):,.0f} words/s",
        "classify": f"{claims / max(staged['classify'], 1e-9):,.0f} claims/s ({claims:,.0f} claims)",
        "store": "known-hash check + one file open per batch, one transaction per article",
        "other": "forecasts, batching, summary",
    }
    print(f"{'stage (library loop)':<22}{'s':>7}{'share':>8}  note")
    for name, seconds in [*staged.items(), ("other", rest)]:
        print(f"{name:<22}{seconds:>7.1f}{seconds / total:>8.0%}  {notes[name]}")


def print_profile(stats_path: str, top: int) -> None:
    """Two views of one cProfile run: the project's functions by cumulative time, everything by own time."""
    import pstats

    stats = pstats.Stats(stats_path).stats  # type: ignore[attr-defined]
    total = max(ct for (_, _, _, ct, _) in stats.values())
    rows = []
    for (filename, line, func), (_, calls, own, cumulative, _) in stats.items():
        short = filename.split("site-packages/")[-1].replace(str(Path(__file__).resolve().parent.parent) + "/", "")
        rows.append((cumulative, own, calls, f"{short}:{line}({func})" if line else func, "claims/" in short))
    print(f"cProfile of one library-loop run ({total:.1f} s with the profiler on; shares of that)")
    print(f"{'cum s':>7}{'share':>7}{'own s':>7}{'calls':>9}  project function, by cumulative time")
    for cumulative, own, calls, name, _ in sorted((r for r in rows if r[4]), reverse=True)[:top]:
        print(f"{cumulative:>7.1f}{cumulative / total:>7.0%}{own:>7.1f}{calls:>9}  {name}")
    print(f"\n{'own s':>7}{'share':>7}{'cum s':>7}{'calls':>9}  any function, by own time")
    for cumulative, own, calls, name, _ in sorted(rows, key=lambda r: -r[1])[:top]:
        print(f"{own:>7.1f}{own / total:>7.0%}{cumulative:>7.1f}{calls:>9}  {name}")


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", default="default", help="classifier: default (shipped transformer) or keywords")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="Prefect thread-pool workers (loads, stores)")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--runner", choices=("threads", "dask"), default="threads",
                        help="dask: also run the flow on a Dask LocalCluster")  # fmt: skip
    parser.add_argument("--dask-workers", type=int, default=2)
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of one library-loop run")
    parser.add_argument("--int8", action="store_true",
                        help="also run the library loop with the int8 classifier of bench/quantize.py")  # fmt: skip
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()

    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        root = Path(tmp)
        folder, warm = root / "articles", root / "warm"
        n, words = write_articles(folder, args.articles)
        write_articles(warm, 4)
        print(f"input: {n} articles, {words:,} words ({words / n:.0f} per article), every text distinct; "
              f"model {args.model}, batch {args.batch_size}, {args.workers} Prefect threads")  # fmt: skip

        # The settings the flow resolves for itself, so the library loop and the flow share the
        # flow's cached models (one set in this process, keyed by the model settings only).
        from flows.ingest import _components

        settings = load_settings(db=str(root / "bench.duckdb"), model=args.model, workers=args.workers)
        dask_settings = load_settings(db=settings.db, model=args.model, workers=args.dask_workers)
        start = time.perf_counter()
        components = _components(settings)
        load_s = time.perf_counter() - start
        int8 = None
        if args.int8:
            from quantize import quantised_copy

            int8 = Components(components.extractor, quantised_copy(components.classifier))  # type: ignore[arg-type]
            run_library(warm, settings, int8, args.batch_size, 4)
        run_library(warm, settings, components, args.batch_size, 4)  # warm spaCy and torch

        from prefect.testing.utilities import prefect_test_harness

        start = time.perf_counter()
        harness = prefect_test_harness(server_startup_timeout=120)
        harness.__enter__()
        server_s = time.perf_counter() - start
        try:
            first = run_flow(warm, settings, args.batch_size, args.workers, 4)
            cluster, dask_start_s, dask_warm = None, 0.0, None
            if args.runner == "dask":
                from distributed import LocalCluster

                start = time.perf_counter()
                cluster = LocalCluster(n_workers=args.dask_workers, processes=True, threads_per_worker=1,
                                       dashboard_address=None)  # fmt: skip
                dask_start_s = time.perf_counter() - start
                dask_warm = run_flow(warm, dask_settings, args.batch_size, args.dask_workers, 4, runner="dask",
                                     address=cluster.scheduler_address)  # fmt: skip

            library: list[Run] = []
            flows: list[Run] = []
            dasks: list[Run] = []
            int8s: list[Run] = []
            for r in range(args.repeats):
                order = ["library", "flow", "dask", "int8"] if r % 2 == 0 else ["int8", "dask", "flow", "library"]
                for path in order:
                    if path == "int8" and int8 is not None:
                        int8s.append(run_library(folder, settings, int8, args.batch_size, n))
                    elif path == "library":
                        library.append(run_library(folder, settings, components, args.batch_size, n))
                    elif path == "flow":
                        flows.append(run_flow(folder, settings, args.batch_size, args.workers, n))
                    elif path == "dask" and cluster is not None:
                        dasks.append(run_flow(folder, dask_settings, args.batch_size, args.dask_workers, n,
                                              runner="dask", address=cluster.scheduler_address))  # fmt: skip
            profile_path = None
            if args.profile:
                import cProfile

                profile_path = str(root / "ingest.prof")
                profiler = cProfile.Profile()
                settle()
                profiler.enable()
                run_library(folder, settings, components, args.batch_size, n, wait=False)
                profiler.disable()
                profiler.dump_stats(profile_path)
            workers_rss = _dask_worker_rss(cluster) if cluster is not None else []
            if cluster is not None:
                cluster.close()
        finally:
            harness.__exit__(None, None, None)

        print(f"one-off: models {load_s:.1f} s (classifier {getattr(components.classifier, 'precision', 'no torch')}); Prefect server start {server_s:.1f} s; first flow run "
              f"(4 articles) {first.seconds:.1f} s" + (f"; Dask cluster start {dask_start_s:.1f} s, first run "
              f"(models load in each worker) {dask_warm.seconds:.1f} s" if dask_warm else ""))  # fmt: skip
        print(f"timed: median of {args.repeats} run(s) per path, fresh database each\n")
        rows = [("library loop (no Prefect)", library), (f"Prefect flow (threads, {args.workers})", flows)]
        if dasks:
            rows.append((f"Prefect flow (Dask, {args.dask_workers} processes)", dasks))
        if int8s:
            rows.append(("library loop, int8 classifier", int8s))
        print_paths(rows, n)
        lib_s = statistics.median(r.seconds for r in library)
        flow_s = statistics.median(r.seconds for r in flows)
        overhead = flow_s / lib_s - 1
        best_overhead = min(r.seconds for r in flows) / min(r.seconds for r in library) - 1
        peak = max(r.peak_mb for r in library + flows)
        print(f"\nPrefect overhead: {overhead:+.1%} of the library loop's time "
              f"({(flow_s - lib_s) / n * 1000:+.0f} ms per article; best run against best run {best_overhead:+.1%}); "
              f"target <= 15%: {'met' if overhead <= 0.15 else 'NOT met'}")  # fmt: skip
        server = statistics.median(r.server_cpu for r in flows)
        lib_cpu, flow_cpu = statistics.median(r.cpu for r in library), statistics.median(r.cpu for r in flows)
        print(f"Prefect server (a separate process on the same cores): {server:.1f} CPU s for the flow run = "
              f"{server / n * 1000:.0f} ms per article, partly after the run ended (not in the times above)")  # fmt: skip
        print(f"Prefect overhead in CPU time: flow process "
              f"{flow_cpu / lib_cpu - 1:+.1%} ({(flow_cpu - lib_cpu) / n * 1000:+.0f} ms per article), with the server's "
              f"{(flow_cpu + server) / lib_cpu - 1:+.1%} ({(flow_cpu + server - lib_cpu) / n * 1000:+.0f} ms per article)")  # fmt: skip
        rises = ", ".join(f"{r.rss_at[max(r.rss_at)] - r.rss_at[min(r.rss_at)]:+.0f}" for r in library + flows if len(r.rss_at) > 1)
        print(f"peak RSS {peak:,.0f} MB (target < 2,048 MB: {'met' if peak < 2048 else 'NOT met'}); RSS change from "
              f"@{min(CHECKPOINTS)} to @{n}, library runs then flow runs: {rises or 'n/a'} MB")  # fmt: skip
        if dasks:
            dask_s = statistics.median(r.seconds for r in dasks)
            print(f"Dask: {n / dask_s:.2f} articles/s = {lib_s / dask_s:.2f}x the library loop, {flow_s / dask_s:.2f}x "
                  f"the threads flow; worker RSS {', '.join(f'{w:,.0f}' for w in workers_rss)} MB "
                  f"(flow process peak {max(r.peak_mb for r in dasks):,.0f} MB)")  # fmt: skip
        if int8s:
            int8_s = statistics.median(r.seconds for r in int8s)
            print(f"int8 classifier (bench/quantize.py, per-channel): {n / int8_s:.2f} articles/s = "
                  f"{lib_s / int8_s:.2f}x the library loop with the shipped classifier "
                  f"({getattr(components.classifier, 'precision', '?')}), same process and articles")  # fmt: skip
        print()
        print_stages(sorted(library, key=lambda r: r.seconds)[len(library) // 2])
        if profile_path:
            print()
            print_profile(profile_path, args.top)
    return 0


def _dask_worker_rss(cluster: Any) -> list[float]:
    from distributed import Client

    def rss() -> float:
        import psutil

        return float(psutil.Process().memory_info().rss) / 2**20

    with Client(cluster) as client:
        return sorted(client.run(rss).values())


if __name__ == "__main__":
    sys.exit(main())
