"""Against a real Prefect server (schedules only fire there): deploy --all, and claims serve
running a scheduled ingest end to end. The server runs on 127.0.0.1 with a temp PREFECT_HOME."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.server

ROOT = Path(__file__).parents[2]
ARTICLE = (
    "The ministry said exports rose by four percent in March. "
    "Officials expect the new port to open by 2027. Critics call the plan a costly mistake."
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(check, what: str, timeout: float) -> object:  # type: ignore[no-untyped-def]
    """Poll ``check`` until it returns something truthy, for at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")


class Server:
    def __init__(self, home: Path) -> None:
        self.port = _free_port()
        self.api = f"http://127.0.0.1:{self.port}/api"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {
            "PREFECT_HOME": str(home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            "PREFECT_UI_ENABLED": "false",
            "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        self.client_env = self.env | {"PREFECT_API_URL": self.api, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
        _wait_for(self._healthy, "the Prefect server to answer", 90)

    def _healthy(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"prefect server exited with {self.proc.returncode}")
        try:
            return httpx.get(f"{self.api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def post(self, path: str, body: dict[str, object]) -> object:
        response = httpx.post(f"{self.api}{path}", json=body, timeout=10)
        response.raise_for_status()
        return response.json()

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("prefect-home"))
    yield running
    running.stop()


def test_deploy_all_creates_every_deployment_of_prefect_yaml(server: Server) -> None:
    pool = subprocess.run(
        [sys.executable, "-m", "prefect", "work-pool", "create", "claims-local", "--type", "process"],
        cwd=ROOT, env=server.client_env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert pool.returncode == 0, pool.stdout + pool.stderr
    deploy = subprocess.run(
        [sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--all"],
        cwd=ROOT, env=server.client_env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    found = server.post("/deployments/filter", {})
    assert isinstance(found, list)
    by_name = {d["name"]: d for d in found}
    assert sorted(by_name) == ["feeds", "train", "watched-folder", "weekly-review"]
    schedules = {
        name: [s["schedule"].get("interval") or s["schedule"].get("cron") for s in d["schedules"]]
        for name, d in by_name.items()
    }
    assert schedules == {"watched-folder": [3600.0], "feeds": [1800.0], "weekly-review": ["0 9 * * 1"], "train": []}
    assert {d["work_pool_name"] for d in found} == {"claims-local"}


def test_claims_serve_runs_a_scheduled_ingest(server: Server, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (inbox / "b.md").write_text("# Port\n\n" + ARTICLE.replace("four", "six"), encoding="utf-8")
    db = tmp_path / "served.duckdb"
    config = tmp_path / "prefect.yaml"
    config.write_text(
        "deployments:\n"
        "  - name: test-inbox\n"
        "    entrypoint: flows/ingest.py:ingest\n"
        f"    parameters: {{paths: ['{inbox}'], db: '{db}', model: keywords}}\n"
        "    schedules:\n"
        "      - interval: 5\n",
        encoding="utf-8",
    )
    serving = subprocess.Popen(
        [sys.executable, "-c", "from claims.cli import main; main()", "serve", "--config", str(config)],
        cwd=ROOT, env=server.client_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip

    def completed_run() -> object:
        if serving.poll() is not None:
            raise AssertionError(f"claims serve exited: {serving.stderr.read() if serving.stderr else ''}")
        runs = server.post(
            "/flow_runs/filter",
            {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}, "deployments": {"name": {"any_": ["test-inbox"]}}},
        )
        return runs

    try:
        runs = _wait_for(completed_run, "a scheduled ingest run to complete", 150)
    finally:
        os.killpg(serving.pid, signal.SIGINT)
        try:
            serving.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(serving.pid, signal.SIGKILL)
            serving.wait(timeout=10)
    assert isinstance(runs, list) and runs[0]["name"] == f"ingest {inbox}"
    assert runs[0]["state"]["message"].startswith("stored 2 articles") or "already stored" in runs[0]["state"]["message"]

    from claims.store import Database, connect, count_rows, make_engine

    database = Database(str(db), lock_timeout=30)
    engine = make_engine(database)
    with connect(engine, database, begin=False) as conn:
        assert (count_rows(conn, "articles"), count_rows(conn, "claims") > 0) == (2, True)
    engine.dispose()


def test_claims_serve_without_a_server_says_how_to_start_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {"PREFECT_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", "from claims.cli import main; main()", "serve"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        "error: PREFECT_API_URL: is not set, and schedules only run on a Prefect server; start one with "
        "`prefect server start`, then `export PREFECT_API_URL=http://127.0.0.1:4200/api` and run claims serve again\n"
    )
