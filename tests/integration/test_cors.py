"""CORS from ALLOWED_ORIGINS: a browser on a listed origin gets its preflight answered
(before any token is asked for) and may read the answers; any other origin gets no
grant; with ALLOWED_ORIGINS unset, nobody does."""

from __future__ import annotations

import uuid

import httpx
import pytest

from db.embedded import free_port
from tests.conftest import _stop, _storyloom, _wait_for_http

WEB_APP = "https://app.example.org"


@pytest.fixture(scope="module")
def api_for_the_web_app(database_url, temporal_address, session_home):
    port = free_port()
    process, log_path = _storyloom(session_home, "api-cors", "api", "--port", str(port),
                                   extra_env={"ALLOWED_ORIGINS": f"{WEB_APP}/, https://admin.example.org"})
    url = f"http://127.0.0.1:{port}"
    _wait_for_http(f"{url}/functions/v1/health", process, log_path)
    yield url
    _stop(process)


def preflight(url: str, origin: str) -> httpx.Response:
    return httpx.options(f"{url}/v1/stories", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type, idempotency-key"})


def test_a_listed_origin_is_granted_its_preflight_without_a_token(api_for_the_web_app):
    answer = preflight(api_for_the_web_app, WEB_APP)
    assert answer.status_code in (200, 204), answer.text
    assert answer.headers["access-control-allow-origin"] == WEB_APP
    assert "POST" in answer.headers["access-control-allow-methods"]
    allowed = answer.headers["access-control-allow-headers"].lower()
    assert {"authorization", "content-type", "idempotency-key"} <= {h.strip() for h in allowed.split(",")}


def test_answers_to_a_listed_origin_can_be_read(api_for_the_web_app, token_for):
    answer = httpx.get(f"{api_for_the_web_app}/v1/heroes", headers={
        "Origin": WEB_APP, "Authorization": f"Bearer {token_for(uuid.uuid4())}"})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == WEB_APP
    assert "etag" in answer.headers["access-control-expose-headers"].lower()


def test_another_origin_gets_no_grant(api_for_the_web_app):
    answer = preflight(api_for_the_web_app, "https://evil.example.com")
    assert "access-control-allow-origin" not in answer.headers


def test_with_no_allowed_origins_nobody_is_granted(api_url):
    answer = preflight(api_url, WEB_APP)
    assert "access-control-allow-origin" not in answer.headers
