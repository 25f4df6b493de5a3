"""Regenerate the command outputs pasted into README.md.

Each block of the form

    <!-- run -->
    ```console
    $ claims sql "SELECT 1"
    ...output...
    ```

is re-run: the ``$ `` lines are executed in order, in one scratch directory that
holds a copy of ``seeds/``, and the output under each is replaced by what the
command printed (stdout, then stderr). ``--check`` exits 1 when the README would
change, which is what the docs test and CI use.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"(<!-- run -->\n```console\n)(.*?)(```)", re.S)


def _env(bin_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env.update({"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "COLUMNS": "120", "NO_COLOR": "1"})
    for key in [k for k in env if k.startswith("CLAIMS_")]:
        del env[key]
    # bf16 (chosen on CPUs that have it) moves probabilities by up to about 0.01; fp32 prints the
    # same on every machine, so the README's outputs check the same everywhere.
    env["CLAIMS_PRECISION"] = "fp32"
    return env


def run_commands(body: str, workdir: Path, env: dict[str, str]) -> str:
    out: list[str] = []
    for line in body.splitlines():
        if not line.startswith("$ "):
            continue
        command = line[2:]
        done = subprocess.run(command, shell=True, cwd=workdir, env=env, capture_output=True, text=True)
        out.append(line)
        # Paths under the scratch directory are printed relative to it, so reruns match.
        printed = (done.stdout + done.stderr).rstrip("\n").replace(f"{workdir}/", "")
        if printed:
            out.append(printed)
    return "\n".join(out) + "\n"


def render(readme: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        shutil.copytree(ROOT / "seeds", workdir / "seeds")
        env = _env(Path(sys.executable).parent)
        return BLOCK.sub(lambda m: m.group(1) + run_commands(m.group(2), workdir, env) + m.group(3), readme)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the README is out of date")
    args = parser.parse_args()
    path = ROOT / "README.md"
    current = path.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            import difflib

            diff = difflib.unified_diff(current.splitlines(), fresh.splitlines(), "README.md", "regenerated", lineterm="")
            sys.stderr.write("README.md is out of date: run `make readme`\n" + "\n".join(list(diff)[:60]) + "\n")
            return 1
        return 0
    path.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
