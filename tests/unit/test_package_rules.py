"""The rule between the rooms (docs/architecture.md), checked on every import statement.

contracts is the floor and imports nothing of the project; workflows stand on it alone;
activities and db never reach up into workflows or the API; the API never runs
activities itself; the worker's composition root is the one place that sees them all.
"""

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = {"contracts", "api", "workflows", "activities", "db", "worker"}
# package → the packages of ours it may import (besides itself)
ALLOWED = {
    "contracts": set(),
    "db": {"contracts"},
    "activities": {"contracts", "db"},
    "workflows": {"contracts"},
    "api": {"contracts", "db", "workflows"},
    "worker": {"contracts", "db", "workflows", "activities"},
}
# The operations room starts every kind of process, the worker included.
OPERATIONS_MAY_ALSO = {"worker"}
# Workflow code runs in Temporal's sandbox: the standard library's pure parts and temporalio only.
WORKFLOW_THIRD_PARTY = {"temporalio"}
WORKFLOW_FORBIDDEN_STDLIB = {"os", "socket", "subprocess", "threading", "random", "time", "pathlib", "io", "shutil"}


def imported_top_levels(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def modules_of(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_every_package_is_listed():
    packages = {path.parent.name for path in ROOT.glob("*/__init__.py")} - {"tests"}
    assert packages == PROJECT


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_packages_import_only_what_they_may(package):
    for path in modules_of(package):
        allowed = ALLOWED[package] | {package}
        if path.parent.name == "operations" and package == "api":
            allowed |= OPERATIONS_MAY_ALSO
        bad = (imported_top_levels(path) & PROJECT) - allowed
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


@pytest.mark.parametrize("path", modules_of("workflows"), ids=lambda path: path.name)
def test_workflow_modules_import_nothing_that_does_io(path):
    imported = imported_top_levels(path) - PROJECT - {"__future__"}
    third_party = {name for name in imported if name not in sys.stdlib_module_names}
    assert third_party <= WORKFLOW_THIRD_PARTY, f"workflows/{path.name} imports {third_party - WORKFLOW_THIRD_PARTY}"
    assert not imported & WORKFLOW_FORBIDDEN_STDLIB, f"workflows/{path.name} imports {imported & WORKFLOW_FORBIDDEN_STDLIB}"


def test_importing_the_api_loads_no_activity():
    """Held to at run time too: the API process never imports activity code."""
    import subprocess

    probe = "import sys, api.http.app; print(sorted(m for m in sys.modules if m.split('.')[0] in ('activities', 'worker')))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_importing_the_workflows_loads_only_contracts():
    import subprocess

    probe = ("import sys, workflows.story, workflows.scene, workflows.narration, workflows.avatar, workflows.erasure, "
             "workflows.maintenance, workflows.input_check; "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'api', 'activities', 'db', 'worker', 'piccolo', "
             "'asyncpg', 'openai', 'litestar', 'supabase', 'httpx', 'yaml', 'cryptography'}))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
