"""``claims serve``: run the deployments of ``prefect.yaml`` in this process with ``prefect.serve``.

Same deployments, schedules and parameters as ``prefect --no-prompt deploy --all``
(read from the same file), but no work pool or worker: this process polls the
server named by ``PREFECT_API_URL`` and runs what is due. Schedules only fire on
a real server, so an unset or unreachable ``PREFECT_API_URL`` is refused with the
commands that fix it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import yaml
from prefect import serve
from prefect.flows import load_flow_from_entrypoint
from prefect.schedules import Cron, Interval, Schedule

from claims.errors import ConfigError

START_SERVER = (
    "start one with `prefect server start`, then `export PREFECT_API_URL=http://127.0.0.1:4200/api` and run claims serve again"
)


def check_server(api_url: str | None) -> str:
    """The API URL if a Prefect server answers there; a ConfigError saying how to start one otherwise."""
    if not api_url:
        raise ConfigError("PREFECT_API_URL", f"is not set, and schedules only run on a Prefect server; {START_SERVER}")
    try:
        response = httpx.get(api_url.rstrip("/") + "/health", timeout=5.0)
    except httpx.HTTPError as exc:
        raise ConfigError("PREFECT_API_URL", f"{api_url} does not answer ({type(exc).__name__}); {START_SERVER}") from exc
    if response.status_code != 200:
        raise ConfigError("PREFECT_API_URL", f"{api_url} answered {response.status_code} to /health; {START_SERVER}")
    return api_url


def _schedule(spec: dict[str, Any]) -> Schedule:
    if "cron" in spec:
        return Cron(spec["cron"], timezone=spec.get("timezone"))
    if "interval" in spec:
        return Interval(float(spec["interval"]), timezone=spec.get("timezone"))
    raise ConfigError("schedules", f"{spec!r} has neither cron nor interval")


def load_deployments(config: Path, only: list[str] | None = None) -> list[Any]:
    """RunnerDeployments for the entries of ``config`` (all, or those named in ``only``)."""
    try:
        spec = yaml.safe_load(config.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(str(config), f"cannot be read as a prefect.yaml: {exc}") from exc
    entries = [d for d in spec.get("deployments", []) if not only or d["name"] in only]
    missing = sorted(set(only or []) - {d["name"] for d in entries})
    if missing:
        raise ConfigError("--only", f"no deployment named {', '.join(missing)} in {config}")
    deployments = []
    for entry in entries:
        # Entrypoints are relative to the working directory, as for `prefect deploy`.
        flow: Any = load_flow_from_entrypoint(entry["entrypoint"], use_placeholder_flow=False)
        deployments.append(
            flow.to_deployment(
                name=entry["name"],
                parameters=entry.get("parameters") or {},
                schedules=[_schedule(s) for s in entry.get("schedules") or []],
                description=entry.get("description"),
                tags=entry.get("tags"),
            )
        )
    return deployments


def serve_deployments(config: Path, only: list[str] | None = None, limit: int | None = None) -> None:
    """Serve until interrupted (Ctrl-C); runs happen in subprocesses of this one."""
    check_server(os.environ.get("PREFECT_API_URL") or _profile_api_url())
    deployments = load_deployments(config, only)
    serve(*deployments, limit=limit, print_starting_message=True)


def _profile_api_url() -> str | None:
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url) if url else None
