"""The first real path, over real HTTP: hero → story → workflow → media."""

from __future__ import annotations

import hashlib
import io
import time
import uuid

import httpx
import pytest
from PIL import Image

pytestmark = pytest.mark.usefixtures("worker_process")

STORY_TIMEOUT_SECONDS = 180


@pytest.fixture(scope="module")
def parent(api_url, token_for):
    user_id = uuid.uuid4()
    client = httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token_for(user_id)}"}, timeout=30)
    yield client
    client.close()


@pytest.fixture(scope="module")
def hero(parent):
    response = parent.post(
        "/v1/heroes",
        json={"name": "Luna", "primary_trait": "brave", "secondary_trait": "kind",
              "appearance": "curly brown hair and a yellow raincoat", "special_ability": "talks to fireflies"},
    )
    assert response.status_code == 201, response.text
    return response.json()


def wait_for_terminal(client: httpx.Client, story_id: str) -> dict:
    deadline = time.monotonic() + STORY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        story = client.get(f"/v1/stories/{story_id}").json()
        if story["status"] in ("completed", "partial", "failed"):
            return story
        time.sleep(0.5)
    raise AssertionError(f"story {story_id} did not finish within {STORY_TIMEOUT_SECONDS}s: {story}")


@pytest.fixture(scope="module")
def finished_story(parent, hero):
    response = parent.post(
        "/v1/stories",
        json={"hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "magical_forest_adventure"}},
              "target_duration": 60, "language": "en", "voice": "fable"},
    )
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["status"] == "queued"
    assert accepted["workflow_id"] == f"story-{accepted['story_id']}"
    return wait_for_terminal(parent, accepted["story_id"])


def test_health_reports_every_dependency(api_url):
    deadline = time.monotonic() + 60
    while True:
        response = httpx.get(f"{api_url}/functions/v1/health")
        body = response.json()
        if response.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(1)  # the worker may still be registering its first poll
    assert response.status_code == 200, body
    assert body["status"] == "healthy"
    assert set(body["checks"]) == {"database", "temporal", "worker", "storage", "provider"}
    assert body["checks"]["provider"]["provider"] == "offline"


def test_hero_is_created_and_readable(parent, hero):
    assert uuid.UUID(hero["id"])
    assert hero["name"] == "Luna" and hero["primary_trait"] == "brave"
    assert parent.get(f"/v1/heroes/{hero['id']}").json()["id"] == hero["id"]


def test_story_completes_with_scenes_audio_and_pictures(finished_story):
    story = finished_story
    assert story["status"] == "completed", story
    assert story["title"] and "Luna" in story["content"]
    assert 3 <= len(story["scenes"]) <= 6
    assert story["audio_duration_seconds"] > 20
    offsets = [scene["timestamp_seconds"] for scene in story["scenes"]]
    assert offsets[0] == 0 and offsets == sorted(offsets) and offsets[-1] < story["audio_duration_seconds"]
    for scene in story["scenes"]:
        assert scene["illustration_status"] == "completed"
        assert scene["emotion"] in ("joyful", "peaceful", "exciting", "mysterious", "heartwarming", "adventurous", "contemplative")
        assert scene["importance"] in ("key", "major", "minor")


def test_media_links_download_without_a_token(finished_story):
    audio = httpx.get(finished_story["audio_url"])
    assert audio.status_code == 200 and audio.headers["content-type"] == "audio/mpeg"
    assert audio.content[:3] == b"ID3" or audio.content[0] == 0xFF  # an MP3 frame or tag
    digests = set()
    for scene in finished_story["scenes"]:
        picture = httpx.get(scene["image_url"])
        assert picture.status_code == 200
        image = Image.open(io.BytesIO(picture.content))
        assert image.format == "PNG" and image.size == (1024, 1024)
        digests.add(hashlib.sha256(picture.content).hexdigest())
    assert len(digests) == len(finished_story["scenes"]), "every scene has its own picture"


def test_tampered_or_expired_media_links_are_refused(finished_story):
    url = finished_story["audio_url"]
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    response = httpx.get(tampered)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "UNAUTHORIZED"
    base, _, query = url.partition("?")
    params = dict(part.split("=") for part in query.split("&"))
    expired = httpx.get(base, params={"expires": 1, "signature": params["signature"]})
    assert expired.status_code == 403
    accented = httpx.get(base, params={"expires": params["expires"], "signature": "é" * 64})
    assert accented.status_code == 403 and accented.json()["error"]["code"] == "UNAUTHORIZED"


def test_media_links_answer_byte_ranges(finished_story):
    """An <audio> element seeks by asking for ranges; without them Chromium plays only from the start."""
    url = finished_story["audio_url"]
    whole = httpx.get(url)
    size = len(whole.content)
    assert whole.headers["accept-ranges"] == "bytes" and int(whole.headers["content-length"]) == size
    for asked, first, last in (("bytes=0-9", 0, 9), ("bytes=1000-", 1000, size - 1), ("bytes=-300", size - 300,
                                                                                        size - 1),
                               (f"bytes=10-{size + 500}", 10, size - 1)):
        part = httpx.get(url, headers={"Range": asked})
        assert part.status_code == 206, asked
        assert part.headers["content-range"] == f"bytes {first}-{last}/{size}"
        assert part.content == whole.content[first:last + 1]
        assert part.headers["etag"] == whole.headers["etag"] and part.headers["content-type"] == "audio/mpeg"
    # If-Range: the range only while the file is the one the client holds part of.
    same = httpx.get(url, headers={"Range": "bytes=0-9", "If-Range": whole.headers["etag"]})
    assert same.status_code == 206 and len(same.content) == 10
    changed = httpx.get(url, headers={"Range": "bytes=0-9", "If-Range": '"another-version"'})
    assert changed.status_code == 200 and changed.content == whole.content
    # Several ranges, or a header we cannot read: the whole file, as the RFC allows.
    for unread in ("bytes=0-9,20-29", "lines=1-2", "bytes=9-2", "bytes=-"):
        answer = httpx.get(url, headers={"Range": unread})
        assert answer.status_code == 200 and answer.content == whole.content, unread
    past = httpx.get(url, headers={"Range": f"bytes={size}-"})
    assert past.status_code == 416 and past.headers["content-range"] == f"bytes */{size}"
    assert past.json()["error"]["code"] == "INVALID_REQUEST"
    assert httpx.get(url, headers={"Range": "bytes=-0"}).status_code == 416
    picture = httpx.get(finished_story["scenes"][0]["image_url"], headers={"Range": "bytes=0-7"})
    assert picture.status_code == 206 and picture.content == b"\x89PNG\r\n\x1a\n"


def test_progress_after_completion_comes_from_the_database(parent, finished_story):
    progress = parent.get(f"/v1/stories/{finished_story['id']}/progress").json()
    assert progress["status"] == "completed" and progress["percent"] == 100
    assert progress["source"] == "database"
    assert [scene["status"] for scene in progress["scenes"]] == ["completed"] * len(finished_story["scenes"])
    assert progress["narration"] == "completed"


def test_progress_while_running_is_written_by_the_steps_themselves(parent, hero):
    """No bookkeeping activity: each step writes its stage as it starts, so the mirror
    moves through the stages while the story runs, and never backwards."""
    accepted = parent.post(
        "/v1/stories",
        json={"hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "space_exploration"}},
              "target_duration": 120, "language": "fr"},
    ).json()
    seen = []
    deadline = time.monotonic() + STORY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        progress = parent.get(f"/v1/stories/{accepted['story_id']}/progress").json()
        seen.append((progress["source"], progress["stage"], progress["percent"]))
        if progress["status"] in ("completed", "partial", "failed"):
            break
        time.sleep(0.1)
    running_stages = {stage for source, stage, _ in seen if source == "database"} - {"queued", "completed"}
    assert running_stages, seen
    percents = [percent for _, _, percent in seen]
    assert percents == sorted(percents), "progress never goes backwards"
    assert seen[-1][2] == 100


def test_polling_an_unchanged_progress_answers_304(parent, finished_story):
    url = f"/v1/stories/{finished_story['id']}/progress"
    first = parent.get(url)
    tag = first.headers["ETag"]
    assert first.status_code == 200 and tag.startswith('"') and "no-cache" in first.headers["Cache-Control"]
    again = parent.get(url, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == tag
    assert parent.get(url, headers={"If-None-Match": '"another"'}).status_code == 200
    assert parent.get(url, headers={"If-None-Match": f'W/{tag}, "x"'}).status_code == 304


def test_another_parent_cannot_see_the_story(api_url, token_for, finished_story):
    stranger = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    for path in (f"/v1/stories/{finished_story['id']}", f"/v1/stories/{finished_story['id']}/progress"):
        response = httpx.get(f"{api_url}{path}", headers=stranger)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "NOT_FOUND"
