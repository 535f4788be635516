"""With no worker to check a parent's text, the API says so in the documented
envelope (503), within its STORYLOOM_INPUT_CHECK_TIMEOUT, and saves nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from tests.conftest import _stop, _storyloom, _wait_for_http, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def api_without_workers(database_url, temporal_address, session_home, tmp_path):
    """A second API whose story queue no worker polls."""
    config = tmp_path / "temporal.yaml"
    config.write_text((ROOT / "temporal.yaml").read_text().replace("stories: storyloom-stories",
                                                                    f"stories: nobody-{uuid.uuid4().hex[:8]}"))
    port = free_port()
    process, log_path = _storyloom(session_home, "api-no-workers", "api", "--port", str(port), extra_env={
        "STORYLOOM_TEMPORAL_CONFIG": str(config), "STORYLOOM_INPUT_CHECK_TIMEOUT": "1"})
    url = f"http://127.0.0.1:{port}"
    _wait_for_http(f"{url}/functions/v1/health", process, log_path)
    yield url
    _stop(process)


def test_a_hero_that_cannot_be_checked_is_a_503_and_is_not_saved(api_without_workers, token_for):
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    response = httpx.post(f"{api_without_workers}/v1/heroes", headers=headers, timeout=30,
                          json={"name": "Luna", "primary_trait": "brave", "secondary_trait": "kind"})
    assert response.status_code == 503, response.text
    body = response.json()
    assert body["error"]["code"] == "SERVICE_UNAVAILABLE" and body["request_id"]
    heroes = httpx.get(f"{api_without_workers}/v1/heroes", headers=headers, timeout=30)
    assert heroes.status_code == 200 and heroes.json() == [], "nothing was saved"
