"""The built wheel works on its own: installed into a fresh virtual environment
outside the checkout, `storyloom up` serves and `storyloom tell` makes a whole story."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from db.embedded import free_port

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The `storyloom` command of a fresh venv holding only the wheel and its dependencies."""
    place = tmp_path_factory.mktemp("wheel")
    uv = shutil.which("uv")
    assert uv, "uv builds and installs the wheel"
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(place / "dist"), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next((place / "dist").glob("storyloom-*.whl"))
    subprocess.run([uv, "venv", "--python", sys.executable, str(place / "venv")], check=True, capture_output=True)
    subprocess.run([uv, "pip", "install", "--python", str(place / "venv" / "bin" / "python"), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    return place / "venv" / "bin" / "storyloom"


def outside_the_checkout(tmp_path: Path) -> dict:
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("DATABASE_URL", "TEMPORAL_ADDRESS", "SUPABASE_JWT_SECRET", "VIRTUAL_ENV",
                                  "PYTHONPATH", "STORYLOOM_TEMPORAL_CONFIG")}
    environment["STORYLOOM_HOME"] = str(tmp_path / "home")
    return environment


def test_the_installed_wheel_tells_a_story(installed, tmp_path):
    out = tmp_path / "story"
    result = subprocess.run(
        [str(installed), "tell", "--name", "Lior", "--traits", "brave,kind", "--event", "space_exploration",
         "--duration", "60", "--pg-port", str(free_port()), "--out", str(out)],
        cwd=tmp_path, env=outside_the_checkout(tmp_path), capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (out / "story.md").read_text().startswith("# ")
    assert (out / "story.mp3").stat().st_size > 20_000 and list(out.glob("scene-*.png"))


def test_the_installed_wheel_runs_up(installed, tmp_path):
    port = free_port()
    process = subprocess.Popen(
        [str(installed), "up", "--port", str(port), "--pg-port", str(free_port()),
         "--temporal-port", str(free_port()), "--ui-port", str(free_port())],
        cwd=tmp_path, env=outside_the_checkout(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        health = None
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/functions/v1/health", timeout=5) as answer:
                    health = json.loads(answer.read())
                if health.get("status") == "healthy":
                    break
            except OSError:
                pass
            time.sleep(1)
        assert health and health["status"] == "healthy", health
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=90)
