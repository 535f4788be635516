"""A story's `player_url` over real HTTP: a signed, expiring link that opens the player
page and its JSON without a token, for that story read as its owner; every way of
getting it wrong answers 400, 403 or 404 in the error envelope, never a 500."""

from __future__ import annotations

import time
import uuid
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from api.services.player_links import PlayerSigner

pytestmark = pytest.mark.usefixtures("worker_process")

STORY_TIMEOUT_SECONDS = 180


@pytest.fixture(scope="module")
def owner_id() -> str:
    return str(uuid.uuid4())


@pytest.fixture(scope="module")
def owner(api_url, token_for, owner_id):
    with httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token_for(owner_id)}"},
                      timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def story(owner):
    hero = owner.post("/v1/heroes", json={"name": "Mila", "primary_trait": "curious", "secondary_trait": "kind"}).json()
    accepted = owner.post("/v1/stories", json={
        "hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "space_exploration"}},
        "target_duration": 60, "language": "de", "voice": "nova"}).json()
    deadline = time.monotonic() + STORY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        body = owner.get(f"/v1/stories/{accepted['story_id']}").json()
        if body["status"] in ("completed", "partial", "failed"):
            assert body["status"] == "completed", body
            return body
        time.sleep(0.5)
    raise AssertionError("the story did not finish")


@pytest.fixture(scope="module")
def signer(session_home) -> PlayerSigner:
    """The API's own signer (the stack's secret, the default lifetime), for links the API would not make."""
    from api.settings import jwt_secret

    return PlayerSigner(jwt_secret(session_home), 3600)


def split(url: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}", {k: v[0] for k, v in parse_qs(parts.query).items()}


def data_url(url: str) -> str:
    base, query = split(url)
    return f"{base}/story.json?{urlencode(query)}"


def assert_refused(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["code"] == code and body["request_id"] and body["timestamp"]


def test_the_story_carries_a_link_that_opens_without_a_token(api_url, owner, owner_id, story, session_home):
    link = story["player_url"]
    base, query = split(link)
    assert base == f"{api_url}/player/{story['id']}"
    assert set(query) == {"owner", "expires", "signature"} and query["owner"] == owner_id
    assert 3500 < int(query["expires"]) - time.time() <= 3600, "the media links' lifetime"
    page = httpx.get(link)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="de">' in page.text and f"<title>{story['title']}</title>" in page.text
    assert page.headers["cache-control"] == "no-store"
    policy = dict(part.split(" ", 1) for part in page.headers["content-security-policy"].split("; "))
    assert policy == {"default-src": "'none'", "script-src": "'self'", "style-src": "'self'", "img-src": "'self'",
                      "media-src": "'self'", "connect-src": "'self'", "base-uri": "'none'", "form-action": "'none'",
                      "frame-ancestors": "'none'"}
    assert "<script>" not in page.text and " style=" not in page.text and "http" not in page.text, \
        "no inline script or style, and nothing from another host"
    for asset in ("player.js", "player.css", "icon.svg"):
        served = httpx.get(f"{api_url}/player-assets/{asset}")
        text = served.text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # a name, not an address
        assert served.status_code == 200 and "http://" not in text and "https://" not in text
    log = (session_home / "api.log").read_text(errors="replace")
    assert f"/player/{story['id']}" in log and query["signature"] not in log, "logged, without its signature"


def test_the_json_twin_is_the_read_along_with_pictures(owner, story):
    twin = httpx.get(data_url(story["player_url"]))
    assert twin.status_code == 200 and twin.headers["cache-control"] == "no-store"
    view = twin.json()
    read_along = owner.get(f"/v1/stories/{story['id']}/read-along").json()
    assert (view["story_id"], view["title"], view["status"], view["language"], view["voice"]) == (
        story["id"], story["title"], "completed", "de", "nova")
    assert view["complete"] and view["finished"] and view["duration_seconds"] == read_along["duration_seconds"]
    for scene, spoken, made in zip(view["scenes"], read_along["scenes"], story["scenes"], strict=True):
        assert scene["words"] == spoken["words"] and scene["offset_seconds"] == spoken["offset_seconds"]
        assert scene["picture"] == "ready"
        assert split(scene["image_url"])[0] == split(made["image_url"])[0]
        assert httpx.get(scene["image_url"]).headers["content-type"] == "image/png"
        assert httpx.get(scene["audio_url"]).headers["content-type"] == "audio/mpeg"


def test_the_functions_door_carries_the_link_too(api_url, token_for):
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4())}"}
    hero = httpx.post(f"{api_url}/v1/heroes", headers=headers,
                      json={"name": "Luca", "primary_trait": "brave", "secondary_trait": "kind"}).json()
    answer = httpx.post(f"{api_url}/functions/v1/story-generation", headers=headers, timeout=180, json={
        "hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "friendly_dragon_encounter"}},
        "target_duration": 60, "language": "Italian"}).json()
    link = answer["data"]["player_url"]
    assert split(link)[0].endswith(f"/player/{answer['data']['story_id']}")
    page = httpx.get(link)
    assert page.status_code == 200 and '<html lang="it">' in page.text


@pytest.mark.parametrize("where", ["page", "data"])
def test_a_tampered_or_expired_link_is_refused(api_url, story, owner_id, signer, where):
    def opened(url: str) -> httpx.Response:
        return httpx.get(url if where == "page" else data_url(url))

    base, query = split(story["player_url"])
    signature = query["signature"]
    flipped = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    assert_refused(opened(f"{base}?{urlencode({**query, 'signature': flipped})}"), 403, "UNAUTHORIZED")
    assert_refused(opened(f"{base}?{urlencode({**query, 'signature': 'é' * 64})}"), 403, "UNAUTHORIZED")
    assert_refused(opened(f"{base}?{urlencode({**query, 'expires': int(query['expires']) + 60})}"), 403,
                   "UNAUTHORIZED")
    assert_refused(opened(f"{base}?{urlencode({**query, 'owner': str(uuid.uuid4())})}"), 403, "UNAUTHORIZED")
    other_story = f"{api_url}/player/{uuid.uuid4()}"
    assert_refused(opened(f"{other_story}?{urlencode(query)}"), 403, "UNAUTHORIZED")
    # Signed by the API's own key, but expired an hour ago.
    expired = signer.url(api_url, story["id"], owner_id, now=time.time() - 7200)
    assert_refused(opened(expired), 403, "UNAUTHORIZED")
    # A media link's signature opens no player.
    media_base, media_query = split(story["audio_url"])
    assert_refused(opened(f"{base}?{urlencode({**query, **media_query})}"), 403, "UNAUTHORIZED")
    assert httpx.get(f"{media_base}?{urlencode(media_query)}").status_code == 200


@pytest.mark.parametrize("where", ["page", "data"])
def test_a_malformed_link_is_400(story, where):
    base, query = split(story["player_url"])
    if where == "data":
        base += "/story.json"
    for broken in ({k: v for k, v in query.items() if k != "signature"}, {**query, "owner": "someone"},
                   {**query, "expires": "tomorrow"}, {}):
        assert_refused(httpx.get(f"{base}?{urlencode(broken)}"), 400, "INVALID_REQUEST")


def test_a_link_to_a_deleted_story_or_someone_elses_is_404(api_url, token_for, owner_id, signer):
    stranger_id = str(uuid.uuid4())
    stranger = httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token_for(stranger_id)}"}, timeout=60)
    hero = stranger.post("/v1/heroes", json={"name": "Noa", "primary_trait": "brave", "secondary_trait": "kind"})
    accepted = stranger.post("/v1/stories", json={
        "hero_id": hero.json()["id"], "event": {"type": "built_in", "data": {"event": "magical_forest_adventure"}},
        "target_duration": 60, "language": "en", "narrate": False, "illustrate": False}).json()
    story_id = accepted["story_id"]
    deadline = time.monotonic() + STORY_TIMEOUT_SECONDS
    while stranger.get(f"/v1/stories/{story_id}").json()["status"] not in ("completed", "partial", "failed"):
        assert time.monotonic() < deadline
        time.sleep(0.5)
    theirs = stranger.get(f"/v1/stories/{story_id}").json()["player_url"]
    assert httpx.get(theirs).status_code == 200

    # A link made for this story but another owner (which only the API's key can sign) reads nothing:
    # the page reads as the link's owner, and the database shows an owner only their own stories.
    mixed = signer.url(api_url, story_id, owner_id)
    assert_refused(httpx.get(mixed), 404, "NOT_FOUND")
    assert_refused(httpx.get(data_url(mixed)), 404, "NOT_FOUND")

    # With no pictures asked for and no narration, the page has nothing to wait for.
    view = httpx.get(data_url(theirs)).json()
    assert view["finished"] and not view["complete"] and view["audio_url"] is None
    assert {scene["picture"] for scene in view["scenes"]} == {"none"}
    assert {scene["status"] for scene in view["scenes"]} == {"pending"}

    assert stranger.delete(f"/v1/stories/{story_id}").status_code == 204
    assert_refused(httpx.get(theirs), 404, "NOT_FOUND")
    assert_refused(httpx.get(data_url(theirs)), 404, "NOT_FOUND")
    stranger.close()


def test_the_player_is_not_part_of_the_api_document(api_url):
    document = httpx.get(f"{api_url}/schema/openapi.json").json()
    assert not [path for path in document["paths"] if path.startswith("/player")]
    story = next(schema for name, schema in document["components"]["schemas"].items() if name.endswith("StoryView"))
    assert "player_url" in story["properties"]
