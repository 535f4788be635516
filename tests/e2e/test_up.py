"""`storyloom up` as a new user runs it: a fresh home, a story, a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from db.embedded import free_port

pytestmark = pytest.mark.e2e


def storyloom(home: Path, *arguments: str, **kwargs) -> subprocess.Popen:
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("DATABASE_URL", "TEMPORAL_ADDRESS", "SUPABASE_JWT_SECRET")}
    environment["STORYLOOM_HOME"] = str(home)
    return subprocess.Popen([sys.executable, "-m", "api.operations.cli", *arguments], env=environment, **kwargs)


class Stack:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.port, self.pg_port, self.temporal_port, self.ui_port = (free_port() for _ in range(4))
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.output = home / "up.out"

    def up(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        self.process = storyloom(
            self.home, "up", "--port", str(self.port), "--pg-port", str(self.pg_port),
            "--temporal-port", str(self.temporal_port), "--ui-port", str(self.ui_port),
            stdout=open(self.output, "ab"), stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output.read_text()
            try:
                healthy = httpx.get(f"{self.url}/functions/v1/health", timeout=3).status_code == 200
            except httpx.TransportError:
                healthy = False
            # `up` announces itself once it has seen the API answer; wait for both.
            if healthy and "Press Ctrl+C to stop." in self.output.read_text():
                return
            time.sleep(0.5)
        raise AssertionError("the stack did not become healthy:\n" + self.output.read_text())

    def stop(self, signum: int = signal.SIGINT) -> int:
        self.process.send_signal(signum)
        return self.process.wait(90)


def mint(home: Path, user: str) -> str:
    result = storyloom(home, "token", "--user", user, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = result.communicate(timeout=60)
    assert result.returncode == 0, err
    token = out.decode().strip()
    assert token.count(".") == 2 and "\n" not in token, "only the JWT on stdout"
    return token


def test_up_makes_a_story_and_keeps_it_across_a_restart(stack):
    stack.up()
    printed = stack.output.read_text()
    assert stack.url in printed and f"{stack.url}/schema" in printed and f"127.0.0.1:{stack.ui_port}" in printed

    user = str(uuid.uuid4())
    client = httpx.Client(base_url=stack.url, headers={"Authorization": f"Bearer {mint(stack.home, user)}"}, timeout=30)
    hero = client.post("/v1/heroes", json={"name": "Noor", "primary_trait": "curious", "secondary_trait": "gentle"}).json()
    accepted = client.post(
        "/v1/stories",
        json={"hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "underwater_treasure_hunt"}},
              "target_duration": 90, "language": "de"},
    )
    assert accepted.status_code == 202, accepted.text
    story_id = accepted.json()["story_id"]
    deadline = time.monotonic() + 240
    while (story := client.get(f"/v1/stories/{story_id}").json())["status"] not in ("completed", "partial", "failed"):
        assert time.monotonic() < deadline, story
        time.sleep(0.5)
    assert story["status"] == "completed", story
    assert 3 <= len(story["scenes"]) <= 6 and story["audio_duration_seconds"] >= 20
    assert_home_is_private(stack.home)
    # The stack's own Temporal UI decodes histories in the browser, with no credential.
    ui = f"http://127.0.0.1:{stack.ui_port}"
    preflight = httpx.options(f"{stack.url}/codec/decode", headers={"Origin": ui, "Access-Control-Request-Method": "POST"})
    assert preflight.headers["access-control-allow-origin"] == ui
    assert httpx.post(f"{stack.url}/codec/decode", json={"payloads": []}, headers={"Origin": ui}).status_code == 200

    assert stack.stop(signal.SIGINT) == 0
    assert not (stack.home / "stack.json").exists()

    stack.up()
    again = client.get(f"/v1/stories/{story_id}").json()
    assert again["status"] == "completed" and again["content"] == story["content"]
    assert httpx.get(again["audio_url"]).status_code == 200
    assert all(httpx.get(scene["image_url"]).status_code == 200 for scene in again["scenes"])
    assert stack.stop(signal.SIGTERM) == 0


def assert_home_is_private(home: Path) -> None:
    """A child's data and the stack's secrets are readable by their owner only."""
    import stat

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(home) in (0o700, 0o711), oct(mode(home))  # 0711: PostgreSQL's own user passes through
    for name in ("temporal.db", "jwt-secret", "payload-keys.json"):
        assert mode(home / name) == 0o600, (name, oct(mode(home / name)))
    private = [path for folder in ("logs", "media") for path in (home / folder).rglob("*")]
    assert private and all(mode(path) in (0o600, 0o700) for path in private), [
        (str(path), oct(mode(path))) for path in private if mode(path) not in (0o600, 0o700)]


def test_a_second_worker_joins_a_running_stack(stack):
    stack.up()
    joined = storyloom(stack.home, "worker", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            pollers = httpx.get(f"{stack.url}/functions/v1/health").json()["checks"]["worker"].get("pollers", 0)
            if pollers >= 2 or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert pollers >= 2
    finally:
        joined.send_signal(signal.SIGTERM)
        assert joined.wait(30) == 0


def test_up_refuses_a_home_that_is_already_running(stack):
    stack.up()
    second = storyloom(stack.home, "up", "--port", str(free_port()), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output, _ = second.communicate(timeout=60)
    assert second.returncode != 0 and b"already running" in output
