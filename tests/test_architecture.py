"""Module boundaries (style guide, section 1), checked by walking the imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CLAIMS = sorted((ROOT / "claims").rglob("*.py"))  # with the stage packages (claims/decontext/)

# Which third-party packages a module of claims/ may import, and where.
ONLY_IN = {
    "sqlalchemy": {"store.py"},
    "duckdb": {"store.py"},
    "alembic": {"store.py"},
    "pyarrow": {"store.py"},
    "httpx": {"sources.py", "llm_extract.py"},  # pages and feeds; the llm extractor's endpoint
    "trafilatura": {"sources.py"},
    "feedparser": {"sources.py"},
    "urllib.request": {"sources.py"},
    "socket": {"sources.py"},
    "typer": {"cli.py"},
    "click": {"cli.py"},
}
NEVER = ("prefect",)


def _imports(path: Path, *, type_checking: bool = False) -> list[tuple[str, bool]]:
    """(module, at_top_level) for every import; imports under ``if TYPE_CHECKING`` are skipped."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test) and not type_checking:
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, top) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.append((child.module, top))
            visit(child, top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef))

    visit(tree, True)
    return found


def _matches(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


@pytest.mark.parametrize("path", CLAIMS, ids=lambda p: str(p.relative_to(ROOT / "claims")))
def test_claims_modules_keep_their_boundaries(path: Path) -> None:
    broken = []
    for module, top in _imports(path):
        for package, allowed in ONLY_IN.items():
            if _matches(module, package) and path.name not in allowed:
                broken.append(f"{path.name} imports {module}; only {sorted(allowed)} may")
        if any(_matches(module, p) for p in NEVER):
            broken.append(f"{path.name} imports {module}; claims/ never imports Prefect")
        if _matches(module, "flows") and (top or path.name != "cli.py"):
            broken.append(f"{path.name} imports {module}; only cli.py may, inside a command")
    assert broken == []


def test_model_imports_nothing_from_the_project() -> None:
    assert [m for m, _ in _imports(ROOT / "claims" / "model.py") if _matches(m, "claims")] == []


def test_flows_import_no_database_or_model_libraries_directly() -> None:
    broken = []
    for path in sorted((ROOT / "flows").glob("*.py")):
        for module, _ in _imports(path):
            if any(_matches(module, p) for p in ("sqlalchemy", "duckdb", "torch", "transformers", "spacy")):
                broken.append(f"flows/{path.name} imports {module}")
    assert broken == []


def test_importing_claims_loads_no_model_and_no_database() -> None:
    code = (
        "import sys, claims, claims.model, claims.errors, claims.settings; "
        "heavy = [m for m in ('torch', 'transformers', 'spacy', 'sqlalchemy', 'duckdb', 'prefect') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_every_public_name_resolves() -> None:
    import claims

    missing = [name for name in claims.__all__ if getattr(claims, name, None) is None]
    assert missing == []
