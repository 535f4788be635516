"""Media links name our own address, never a Host header; logs hold no signature."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

from tests.integration.test_api_stories import wait_for_terminal

pytestmark = pytest.mark.usefixtures("worker_process")


@pytest.fixture(scope="module")
def story(api_url, token_for):
    import uuid

    with httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token_for(uuid.uuid4())}"},
                      timeout=60) as client:
        hero = client.post("/v1/heroes", json={"name": "Noa", "primary_trait": "brave", "secondary_trait": "kind"})
        started = client.post("/v1/stories", json={"hero_id": hero.json()["id"], "target_duration": 60,
                                                   "event": {"type": "built_in", "data": {"event": "space_exploration"}}})
        finished = wait_for_terminal(client, started.json()["story_id"])
        assert finished["status"] == "completed", finished
        yield client, finished["id"]


def test_a_forged_host_header_does_not_move_media_links(api_url, story):
    client, story_id = story
    forged = client.get(f"/v1/stories/{story_id}", headers={"Host": "evil.example"}).json()
    assert urlsplit(forged["audio_url"]).netloc == urlsplit(api_url).netloc
    assert all(urlsplit(scene["image_url"]).netloc == urlsplit(api_url).netloc for scene in forged["scenes"])


def test_a_trusted_proxy_names_the_public_address(story):
    client, story_id = story
    proxied = client.get(f"/v1/stories/{story_id}",
                         headers={"X-Forwarded-Host": "stories.example.com", "X-Forwarded-Proto": "https"}).json()
    assert proxied["audio_url"].startswith("https://stories.example.com/media/")


def test_the_access_log_holds_no_signature(story, session_home):
    client, story_id = story
    link = client.get(f"/v1/stories/{story_id}").json()["audio_url"]
    signature = dict(part.split("=", 1) for part in urlsplit(link).query.split("&"))["signature"]
    assert httpx.get(link).status_code == 200
    log = (session_home / "api.log").read_text(errors="replace")
    assert "/media/" in log, "the download was logged"
    assert signature not in log
