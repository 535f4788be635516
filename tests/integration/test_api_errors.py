"""Every failure answers in the documented envelope, never as a 500."""

from __future__ import annotations

import time
import uuid

import httpx
import jwt
import pytest

# Heroes and events are checked for safety by a worker before they are saved.
pytestmark = pytest.mark.usefixtures("worker_process")



def assert_envelope(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    assert body["request_id"] and body["timestamp"].endswith("Z")
    return body


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer not-a-jwt"}],
    ids=["missing", "empty", "wrong-scheme", "garbage"],
)
def test_missing_or_malformed_tokens_are_unauthorized(api_url, headers):
    assert_envelope(httpx.get(f"{api_url}/v1/heroes", headers=headers), 401, "UNAUTHORIZED")


def _token(secret: str, **overrides) -> str:
    now = int(time.time())
    claims = {"iss": "storyloom", "sub": str(uuid.uuid4()), "aud": "authenticated", "role": "authenticated",
              "exp": now + 600, **overrides}
    return jwt.encode({k: v for k, v in claims.items() if v is not None}, secret, algorithm="HS256")


def test_expired_wrong_audience_and_wrong_signature_are_refused(api_url, session_home):
    from api.settings import jwt_secret

    secret = jwt_secret(session_home)
    for token in (
        _token(secret, exp=int(time.time()) - 120),  # past the 30 s clock-skew leeway
        _token(secret, aud="anon"),
        _token(secret, role="anon"),
        _token(secret, role="service_role"),
        _token(secret, role=None),
        _token(secret, iss="https://elsewhere.example/auth/v1"),
        _token("another-secret-entirely-another-secret"),
        jwt.encode({"sub": str(uuid.uuid4()), "aud": "authenticated", "exp": int(time.time()) + 60}, None, algorithm="none"),
    ):
        response = httpx.get(f"{api_url}/v1/heroes", headers={"Authorization": f"Bearer {token}"})
        assert_envelope(response, 401, "UNAUTHORIZED")


def test_a_well_formed_user_token_is_accepted(api_url, session_home):
    from api.settings import jwt_secret

    response = httpx.get(f"{api_url}/v1/heroes", headers={"Authorization": f"Bearer {_token(jwt_secret(session_home))}"})
    assert response.status_code == 200, response.text


def test_request_id_is_echoed(parent):
    response = parent.get("/v1/stories/00000000-0000-0000-0000-000000000000", headers={"X-Request-ID": "ios-1234"})
    body = assert_envelope(response, 404, "NOT_FOUND")
    assert body["request_id"] == "ios-1234"
    assert response.headers["x-request-id"] == "ios-1234"


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"primary_trait": "brave", "secondary_trait": "kind"}, "name"),
        ({"name": "", "primary_trait": "brave", "secondary_trait": "kind"}, "name"),
        ({"name": "x" * 51, "primary_trait": "brave", "secondary_trait": "kind"}, "name"),
        ({"name": "Luna", "primary_trait": "brave", "secondary_trait": "Brave"}, "secondary_trait"),
        ({"name": "Luna", "primary_trait": "brave", "secondary_trait": "kind", "age": 5}, "age"),
    ],
)
def test_invalid_heroes_name_the_bad_field(parent, payload, field):
    body = assert_envelope(parent.post("/v1/heroes", json=payload), 400, "INVALID_REQUEST")
    assert any(field in problem["field"] or field in problem["message"] for problem in body["error"]["details"]["fields"]), body


def test_malformed_json_is_an_invalid_request(parent):
    response = parent.post("/v1/heroes", content=b"{not json", headers={"Content-Type": "application/json"})
    assert_envelope(response, 400, "INVALID_REQUEST")


@pytest.mark.parametrize(
    "change, status, code",
    [
        ({"hero_id": str(uuid.uuid4())}, 404, "NOT_FOUND"),
        ({"language": "klingon"}, 400, "INVALID_REQUEST"),
        ({"target_duration": 5}, 400, "INVALID_REQUEST"),
        ({"voice": "robot"}, 400, "INVALID_REQUEST"),
        ({"event": {"type": "built_in", "data": {"event": "haunted_house"}}}, 400, "INVALID_REQUEST"),
        ({"event": {"type": "custom", "data": {}}}, 400, "INVALID_REQUEST"),
        ({"event": {"type": "custom", "data": {"custom_event_id": str(uuid.uuid4())}}}, 404, "NOT_FOUND"),
    ],
)
def test_invalid_story_requests(parent, change, status, code):
    hero = parent.post("/v1/heroes", json={"name": "Milo", "primary_trait": "curious", "secondary_trait": "gentle"}).json()
    payload = {"hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": "space_exploration"}},
               "target_duration": 120, "language": "en", **change}
    assert_envelope(parent.post("/v1/stories", json=payload), status, code)


def test_unknown_routes_and_methods_use_the_envelope(parent):
    assert_envelope(parent.get("/v1/nothing-here"), 404, "NOT_FOUND")
    assert_envelope(parent.delete("/functions/v1/health"), 405, "INVALID_REQUEST")


def test_every_bad_field_is_named_at_once(parent):
    response = parent.post("/v1/heroes", json={"name": "", "primary_trait": 7, "age": 5})
    body = assert_envelope(response, 400, "INVALID_REQUEST")
    fields = {problem["field"] for problem in body["error"]["details"]["fields"]}
    assert fields == {"name", "primary_trait", "secondary_trait", "age"}, body


def test_nested_fields_are_named_with_their_path(parent):
    response = parent.post("/v1/stories", json={"hero_id": "nope", "event": {"type": "built_in", "data": {"event": 3}},
                                                "target_duration": 5000})
    fields = {problem["field"] for problem in assert_envelope(response, 400, "INVALID_REQUEST")["error"]["details"]["fields"]}
    assert fields == {"hero_id", "event.data.event", "target_duration"}, fields


def test_values_postgres_cannot_hold_are_invalid_requests(parent):
    response = parent.post("/v1/heroes", json={"name": "Lu\u0000na", "primary_trait": "brave", "secondary_trait": "kind"})
    assert_envelope(response, 400, "INVALID_REQUEST")
    assert parent.get("/v1/stories", params={"offset": 10**30}).status_code == 400


def test_unsuitable_text_is_refused_before_it_is_saved(parent):
    response = parent.post("/v1/heroes", json={"name": "Max", "primary_trait": "brave", "secondary_trait": "kind",
                                               "special_ability": "drinks whisky and gets drunk"})
    body = assert_envelope(response, 400, "CONTENT_POLICY_VIOLATION")
    [refused] = body["error"]["details"]["fields"]
    assert (refused["field"], refused["category"], refused["reason"]) == ("special_ability", "drugs_alcohol",
                                                                          "DRUGS_ALCOHOL")
    assert "special_ability" in body["error"]["message"] and refused["message"], "names the field, suggests a way"
    assert "DRUGS_ALCOHOL" in body["error"]["details"]["reasons"]
    assert parent.get("/v1/heroes").json() == [], "nothing was saved"
    event = parent.post("/v1/custom-events", json={"title": "Night", "prompt_seed": "a story about self harm and dying"})
    assert_envelope(event, 400, "CONTENT_POLICY_VIOLATION")
    prompt = parent.post("/stories/", json={"title": "Party", "prompt": "a party with beer and cigarettes", "num_scenes": 3})
    assert_envelope(prompt, 400, "CONTENT_POLICY_VIOLATION")


def test_harmful_text_is_refused_never_reworded(parent):
    for ability in ("fights with a sword", "finds a gun in the attic and shoots the monster"):
        response = parent.post("/v1/heroes", json={"name": "Max", "primary_trait": "brave", "secondary_trait": "kind",
                                                   "special_ability": ability})
        body = assert_envelope(response, 400, "CONTENT_POLICY_VIOLATION")
        assert body["error"]["details"]["fields"][0]["category"] == "violence"
    event = parent.post("/v1/custom-events", json={"title": "Town", "prompt_seed": "a hungry zombie eats people in the town"})
    assert assert_envelope(event, 400, "CONTENT_POLICY_VIOLATION")["error"]["details"]["fields"][0]["category"] == "horror"


def test_mild_tension_is_kept_exactly_as_typed(parent):
    event = parent.post("/v1/custom-events", json={"title": "The scary cave", "prompt_seed": "friends explore a scary cave",
                                                   "keywords": ["cave", "lantern"]})
    assert event.status_code == 201, event.text
    assert (event.json()["title"], event.json()["prompt_seed"]) == ("The scary cave", "friends explore a scary cave")
    assert event.json()["keywords"] == ["cave", "lantern"]


def test_a_word_harmless_in_the_parents_language_is_kept(parent):
    response = parent.post("/v1/heroes", headers={"Accept-Language": "es-ES,es;q=0.9"},
                           json={"name": "Mateo", "primary_trait": "curioso", "secondary_trait": "valiente",
                                 "appearance": "pelo negro y una bufanda verde"})
    assert response.status_code == 201, response.text
    assert response.json()["appearance"] == "pelo negro y una bufanda verde"
