"""The rules between packages (ARCHITECTURE.md), checked on every import statement."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# package → top-level modules of ours it must never import
FORBIDDEN = {
    "db": {"api", "workflows", "activities"},
    "activities": {"api", "workflows"},
    "workflows": {"api"},
    "api": {"activities"},
}
# Workflow modules run in Temporal's sandbox and must stay free of I/O libraries.
IO_LIBRARIES = {"piccolo", "asyncpg", "litestar", "openai", "supabase", "httpx", "db"}
WORKFLOW_MODULES = ("story.py", "scene.py", "narration.py", "avatar.py", "erasure.py", "maintenance.py", "input_check.py", "steps.py",
                    "progress.py", "inputs.py", "failures.py")


def imported_top_levels(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_packages_import_only_what_they_may(package):
    for path in (ROOT / package).rglob("*.py"):
        if package == "api" and path.name == "cli.py":
            continue  # the CLI runs the worker, which is the workflows package's entry point
        bad = imported_top_levels(path) & FORBIDDEN[package]
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


@pytest.mark.parametrize("name", WORKFLOW_MODULES)
def test_workflow_modules_import_no_io_library(name):
    bad = imported_top_levels(ROOT / "workflows" / name) & IO_LIBRARIES
    assert not bad, f"workflows/{name} imports {bad}"
