"""Real services for the whole test session, started by the project's own code.

The database URL is fixed before any test module is imported, because the Piccolo
engine reads it once at import (as every Storyloom process does).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from db.embedded import EmbeddedPostgres, free_port

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="storyloom-tests-"))
_POSTGRES = EmbeddedPostgres(_SESSION_HOME / "postgres", free_port())
os.environ["DATABASE_URL"] = _POSTGRES.url
os.environ["STORYLOOM_HOME"] = str(_SESSION_HOME)


@pytest.fixture(scope="session")
def session_home() -> Path:
    return _SESSION_HOME


@pytest.fixture(scope="session")
def database_url():
    """A migrated embedded PostgreSQL, shared by the session."""
    from db.migrate import apply_migrations

    _POSTGRES.start(_SESSION_HOME / "postgres.log")
    apply_migrations(_POSTGRES.url)
    yield _POSTGRES.url
    _POSTGRES.stop()


def _wait_for_http(url: str, process: subprocess.Popen, log_path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout}s:\n{log_path.read_text()[-3000:]}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def temporal_address(session_home):
    """A real Temporal dev server, started the way `storyloom up` starts it."""
    from api.operations.embedded_temporal import EmbeddedTemporal

    server = EmbeddedTemporal(session_home / "temporal.db", free_port(), free_port())
    server.start(session_home / "temporal.log")
    os.environ["TEMPORAL_ADDRESS"] = server.address
    yield server.address
    server.stop()


def _storyloom(session_home: Path, name: str, *arguments: str, extra_env: dict | None = None) -> tuple[subprocess.Popen, Path]:
    log_path = session_home / f"{name}.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "api.operations.cli", *arguments],
        env={**os.environ, **(extra_env or {})},
        stdout=open(log_path, "ab"),
        stderr=subprocess.STDOUT,
    )
    return process, log_path


@pytest.fixture(scope="session")
def api_url(database_url, temporal_address, session_home):
    """The API as its own process, spoken to over real HTTP."""
    port = free_port()
    process, log_path = _storyloom(session_home, "api", "api", "--port", str(port))
    url = f"http://127.0.0.1:{port}"
    _wait_for_http(f"{url}/functions/v1/health", process, log_path)
    yield url
    _stop(process)


@pytest.fixture(scope="session")
def worker_process(database_url, temporal_address, session_home):
    """One real worker process polling the story task queue."""
    process, log_path = _storyloom(session_home, "worker", "worker")
    yield process
    _stop(process)


@pytest.fixture(scope="session")
def token_for(session_home):
    """Mints tokens with the same secret the API verifies with."""
    from api.http.tokens import mint_token
    from api.settings import jwt_secret

    secret = jwt_secret(session_home)
    return lambda user_id, tier="free": mint_token(secret, str(user_id), tier)
