"""A child's data in Temporal is encrypted; operators read it through the codec
endpoint (with their credential, or from the stack's own UI), with the real CLI."""

from __future__ import annotations

import json
import re
import subprocess
import uuid

import httpx
import pytest
from temporalio.client import Client

from api.http.routes.codec import operator_token
from api.operations.embedded_temporal import temporal_cli
from tests.integration.test_api_stories import wait_for_terminal

pytestmark = pytest.mark.usefixtures("worker_process")
NAME = "Zephyrine"


@pytest.fixture(scope="module")
def story_id(api_url, token_for):
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    with httpx.Client(base_url=api_url, headers=headers, timeout=60) as client:
        hero = client.post("/v1/heroes", json={"name": NAME, "primary_trait": "brave", "secondary_trait": "kind",
                                               "appearance": "silver curls and a green scarf"})
        story = client.post("/v1/stories", json={"hero_id": hero.json()["id"], "target_duration": 60,
                                                 "event": {"type": "built_in", "data": {"event": "space_exploration"}}})
        finished = wait_for_terminal(client, story.json()["story_id"])
        assert finished["status"] == "completed"
        return finished["id"]


async def test_temporal_holds_no_readable_child_data(temporal_address, story_id):
    plain_client = await Client.connect(temporal_address)  # no keys: what Temporal itself stores
    history = await plain_client.get_workflow_handle(f"story-{story_id}").fetch_history()
    raw = history.to_json()
    assert NAME not in raw and "silver" not in raw
    assert "YmluYXJ5L2VuY3J5cHRlZA" in raw, "payloads are marked binary/encrypted"  # base64 of the encoding


def _scheduled_result_payloads(history_json: dict) -> list[dict]:
    return [event["activityTaskCompletedEventAttributes"]["result"]["payloads"][0]
            for event in history_json["events"] if "activityTaskCompletedEventAttributes" in event
            and event["activityTaskCompletedEventAttributes"].get("result")]


async def test_operators_decode_through_the_codec_endpoint(api_url, temporal_address, story_id, session_home):
    plain_client = await Client.connect(temporal_address)
    history = json.loads((await plain_client.get_workflow_handle(f"story-{story_id}").fetch_history()).to_json())
    payloads = _scheduled_result_payloads(history)
    assert payloads
    refused = httpx.post(f"{api_url}/codec/decode", json={"payloads": payloads})
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "UNAUTHORIZED"
    wrong = httpx.post(f"{api_url}/codec/decode", json={"payloads": payloads},
                       headers={"Authorization": "Bearer not-the-operator"})
    assert wrong.status_code == 401
    decoded = httpx.post(f"{api_url}/codec/decode", json={"payloads": payloads},
                         headers={"Authorization": f"Bearer {operator_token(session_home)}"})
    assert decoded.status_code == 200, decoded.text
    import base64

    texts = [base64.b64decode(p["data"]).decode() for p in decoded.json()["payloads"]]
    assert any(NAME in text for text in texts), "the brief with the hero's name, readable again"


def test_the_temporal_cli_reads_a_history_with_the_operator_credential(api_url, temporal_address, story_id,
                                                                      session_home):
    command = [temporal_cli(), "workflow", "show", "--workflow-id", f"story-{story_id}", "--address", temporal_address,
               "--output", "json"]
    hidden = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert hidden.returncode == 0, hidden.stderr
    assert NAME not in hidden.stdout
    shown = subprocess.run(command + ["--codec-endpoint", f"{api_url}/codec",
                                      "--codec-auth", f"Bearer {operator_token(session_home)}"],
                           capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert "YmluYXJ5L2VuY3J5cHRlZA" not in shown.stdout, "every payload was decoded"
    assert any(NAME in _plain(data) for data in re.findall(r'"data": "([A-Za-z0-9+/=]+)"', shown.stdout))


def _plain(data: str) -> str:
    import base64

    return base64.b64decode(data).decode("utf-8", errors="replace")


def test_a_foreign_page_gets_no_cors_grant(api_url):
    preflight = httpx.options(f"{api_url}/codec/decode", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers
    assert httpx.post(f"{api_url}/codec/decode", json={"payloads": []},
                      headers={"Origin": "http://evil.example"}).status_code == 401
