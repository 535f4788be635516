"""Bad input gets a clear 4xx in the envelope, never a 5xx; a dead database gets 503
and the API recovers by itself when it is back. All over real HTTP."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid

import httpx
import pytest

from db.embedded import EmbeddedPostgres, free_port
from tests.integration.test_api_errors import assert_envelope


def test_deeply_nested_json_is_a_400(parent):
    body = b'{"name": ' + b"[" * 1000 + b"]" * 1000 + b"}"
    response = parent.post("/v1/heroes", content=body, headers={"Content-Type": "application/json"})
    assert_envelope(response, 400, "INVALID_REQUEST")
    assert "nests deeper" in response.json()["error"]["message"]


def test_a_body_that_is_not_utf8_is_a_400(parent):
    response = parent.post("/v1/heroes", content=b'{"name": "Lu\xff\xfena", "primary_trait": "brave"}',
                           headers={"Content-Type": "application/json"})
    assert_envelope(response, 400, "INVALID_REQUEST")


def test_a_body_that_is_not_json_is_a_400(parent):
    response = parent.post("/v1/heroes", content=b'{"name": ', headers={"Content-Type": "application/json"})
    assert_envelope(response, 400, "INVALID_REQUEST")


def test_an_oversized_body_is_a_413(parent):
    response = parent.post("/v1/heroes", content=b'{"name": "' + b"a" * 2_000_000 + b'"}',
                           headers={"Content-Type": "application/json"})
    assert_envelope(response, 413, "INVALID_REQUEST")


def test_strings_are_trimmed_before_validation(parent, worker_process):
    spaces = parent.post("/v1/heroes", json={"name": "     ", "primary_trait": "brave", "secondary_trait": "kind"})
    body = assert_envelope(spaces, 400, "INVALID_REQUEST")
    assert [field["field"] for field in body["error"]["details"]["fields"]] == ["name"]
    padded = parent.post("/v1/heroes", json={"name": "  Mia ", "primary_trait": " brave", "secondary_trait": "kind "})
    assert padded.status_code == 201, padded.text
    assert (padded.json()["name"], padded.json()["primary_trait"]) == ("Mia", "brave")


@pytest.mark.parametrize("key", ["story-audio/a%00b/story.mp3", "../../etc/passwd", "story-audio/a b.mp3"])
def test_media_keys_are_validated(api_url, key):
    response = httpx.get(f"{api_url}/media/{key}", params={"expires": 1, "signature": "x"})
    assert response.status_code in (400, 404), response.text
    assert response.json()["error"]["code"] in ("INVALID_REQUEST", "NOT_FOUND")


def _wait(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise TimeoutError(url)


def test_a_dead_database_is_a_503_and_the_api_recovers_by_itself(tmp_path, temporal_address, token_for, session_home):
    from db.migrate import apply_migrations

    postgres = EmbeddedPostgres(tmp_path / "postgres", free_port())
    postgres.start(tmp_path / "postgres.log")
    apply_migrations(postgres.url)
    port = free_port()
    api = subprocess.Popen(
        [sys.executable, "-m", "api.operations.cli", "api", "--port", str(port)],
        env={**__import__("os").environ, "DATABASE_URL": postgres.url, "TEMPORAL_ADDRESS": temporal_address,
             "STORYLOOM_HOME": str(session_home)},
        stdout=open(tmp_path / "api.log", "ab"), stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    try:
        _wait(f"{url}/functions/v1/health")
        assert httpx.get(f"{url}/v1/heroes", headers=headers).status_code == 200
        postgres.stop()
        for path in ("/v1/heroes", "/v1/stories", "/v1/custom-events", "/v1/me/usage"):
            response = httpx.get(f"{url}{path}", headers=headers, timeout=30)
            assert_envelope(response, 503, "SERVICE_UNAVAILABLE")
            assert response.headers["Retry-After"].isdigit(), path
        postgres.start(tmp_path / "postgres.log")
        deadline = time.monotonic() + 30
        while httpx.get(f"{url}/v1/heroes", headers=headers, timeout=30).status_code != 200:
            assert time.monotonic() < deadline, "the API did not recover by itself"
            time.sleep(0.5)
    finally:
        api.terminate()
        api.wait(20)
        postgres.stop()
