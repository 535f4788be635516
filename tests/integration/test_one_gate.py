"""One gate: every route and command that takes a parent's text refuses a known-unsafe value.

The routes are found by walking the API's own OpenAPI document, so a new route that
accepts text fails here until it is shown to go through the gate.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid

import httpx
import pytest

from api.operations.stack_file import StackInfo, write_stack

UNSAFE = "he shoots the boy with a gun"
# String fields that hold no free text: codes and ids, each validated against its own list.
NOT_TEXT = {"language", "previous_generation_id", "event.data.event",
            # The iOS app's references to pictures on the device: neither stored nor sent on.
            "event.data.icon", "event.data.pictogram"}


def _resolve(schema: dict, components: dict) -> dict:
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def text_fields(schema: dict, components: dict, prefix: str = "") -> set[str]:
    """Dotted names of the free-text string fields (and string lists) of a request body."""
    schema = _resolve(schema, components)
    found: set[str] = set()
    for alternative in schema.get("oneOf", []) + schema.get("anyOf", []):
        found |= text_fields(alternative, components, prefix)
    for name, field in schema.get("properties", {}).items():
        field = _resolve(field, components)
        for option in [_resolve(a, components) for a in field.get("oneOf", []) + field.get("anyOf", [])] or [field]:
            items = _resolve(option.get("items", {}), components)
            if option.get("type") == "string" and not {"enum", "format", "const"} & option.keys():
                found.add(prefix + name)
            elif option.get("type") == "array" and items.get("type") == "string" and "enum" not in items:
                found.add(prefix + name)
            elif option.get("type") == "array" and "properties" in items:
                found |= text_fields(items, components, f"{prefix}{name}[0].")
            elif "properties" in option:
                found |= text_fields(option, components, f"{prefix}{name}.")
    return found - NOT_TEXT


def operations_with_text(spec: dict) -> dict[tuple[str, str], set[str]]:
    components = spec.get("components", {}).get("schemas", {})
    out = {}
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            body = (operation.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
            fields = text_fields(body, components) if body else set()
            if fields:
                out[(method.upper(), path)] = fields
    return out


@pytest.fixture(scope="module")
def owned(api_url, token_for, worker_process):
    """A parent with a hero, a custom event and a story, for the routes that change them."""
    headers = {"Authorization": f"Bearer {token_for(uuid.uuid4(), 'premium')}"}
    with httpx.Client(base_url=api_url, headers=headers, timeout=60) as client:
        hero = client.post("/v1/heroes", json={"name": "Mia", "primary_trait": "brave", "secondary_trait": "kind"})
        event = client.post("/v1/custom-events", json={"title": "Kites", "prompt_seed": "flying kites on a hill"})
        story = client.post("/stories/", json={"title": "Kites", "prompt": "flying kites on a hill", "num_scenes": 3})
        assert hero.status_code == 201 and event.status_code == 201 and story.status_code == 202, story.text
        yield client, {"hero_id": hero.json()["id"], "event_id": event.json()["id"], "story_id": story.json()["story_id"]}


def valid_bodies(ids: dict) -> dict[tuple[str, str], dict]:
    """A body every operation with text accepts, with harmless text in each text field."""
    hero = {"name": "Mia", "primary_trait": "brave", "secondary_trait": "kind",
            "appearance": "red boots", "special_ability": "can fly"}
    event = {"title": "Kites", "prompt_seed": "flying kites on a hill", "description": "a windy day",
             "keywords": ["kite", "wind"]}
    return {
        ("POST", "/functions/v1/audio-synthesis"): {"story_id": ids["story_id"], "voice": "coral", "text": "a calm night"},
        ("POST", "/functions/v1/avatar-generation"): {"hero_id": ids["hero_id"], "prompt": "a smiling child",
                                                      "style": "watercolor"},
        ("POST", "/v1/heroes"): hero,
        ("PATCH", "/v1/heroes/{hero_id}"): hero,
        ("POST", "/v1/stories/{story_id}/scenes/{scene_number}/illustration"): {"prompt": "kites in the sky"},
        ("POST", "/v1/custom-events"): event,
        ("PATCH", "/v1/custom-events/{event_id}"): event,
        ("POST", "/stories"): {"title": "Kites", "prompt": "flying kites on a hill", "style": "watercolour",
                               "num_scenes": 3},
        ("PATCH", "/stories/{story_id}"): {"title": "Kites"},
        ("POST", "/functions/v1/story-generation"): story_generation(ids["hero_id"]),
        ("POST", "/functions/v1/extract-scenes"): scene_extraction(ids["hero_id"]),
        # Scenes given whole under an id of the app's own, as the iOS app sends them.
        ("POST", "/functions/v1/scene-illustration"): {
            "story_id": str(uuid.uuid4()), "hero_id": ids["hero_id"], "process_async": True,
            "scenes": [{"prompt": "kites in the sky", "scene_number": 1, "timestamp": 0}],
            "hero_visual_profile": {"canonical_prompt": "a smiling child with a red kite", "appearance": "red boots"}},
    }


def scene_extraction(hero_id: str):
    """The hero by the app's `hero: {id, name}`, or by `hero_id` and `hero_name`."""
    def body(field: str) -> dict:
        text = {"story_content": "Mia flew a kite with a friendly fox until the stars came out.",
                "story_duration": 60, "event_context": "Kite Day"}
        if field == "hero_name":
            return {**text, "hero_id": hero_id, "hero_name": "Mia"}
        return {**text, "hero": {"id": hero_id, "name": "Mia"}}
    return body


def story_generation(hero_id: str):
    """The iOS app's two shapes: its own built-in event (name, prompt_seed), or a custom
    event sent whole (title, description, keywords): the body that reads the field."""
    def body(field: str) -> dict:
        if field in ("event.data.name", "event.data.prompt_seed"):
            data = {"name": "Kite Day", "prompt_seed": "flying kites on a windy hill", "icon": "wind"}
            return {"hero_id": hero_id, "event": {"type": "built_in", "data": data}, "target_duration": 60}
        data = {"id": str(uuid.uuid4()), "title": "Kites", "prompt_seed": "flying kites on a hill",
                "description": "a windy day", "keywords": ["kite", "wind"], "pictogram": "✨"}
        return {"hero_id": hero_id, "event": {"type": "custom", "data": data}, "target_duration": 60}
    return body


def _set(body: dict, dotted: str, value) -> dict:
    """`body` with `value` at a dotted path ("event.data.title", "scenes[0].prompt")."""
    body = json.loads(json.dumps(body))
    *parents, last = dotted.split(".")
    target = body
    for name in parents:
        key, _, index = name.partition("[")
        target = target.setdefault(key, {}) if not index else target[key][int(index.rstrip("]"))]
    target[last] = [value] if isinstance(target.get(last), list) or last in LIST_FIELDS else value
    return body


# Lists of text the valid bodies leave out (set as one-item lists).
LIST_FIELDS = {"distinctive_features", "color_palette"}


def test_every_operation_that_takes_text_refuses_unsafe_text(api_url, owned):
    client, ids = owned
    spec = client.get("/schema/openapi.json").json()
    with_text = operations_with_text(spec)
    bodies = valid_bodies(ids)
    assert set(with_text) == set(bodies), "a route takes text this test does not send through the gate"
    for (method, path), fields in sorted(with_text.items()):
        url = path.format(scene_number=1, **ids).rstrip("/") + ("/" if path == "/stories" else "")
        for name in sorted(fields):
            body = bodies[(method, path)]
            response = client.request(method, url, json=_set(body(name) if callable(body) else body, name, UNSAFE))
            assert response.status_code == 400, (method, path, name, response.text)
            error = response.json()["error"]
            assert error["code"] == "CONTENT_POLICY_VIOLATION", (method, path, name, error)
            refused = {field["field"] for field in error["details"]["fields"]}
            assert name.split(".")[-1] in refused or name in refused, (method, path, name, error)
            assert all(field.get("category") and field.get("message") for field in error["details"]["fields"])


def test_a_refused_update_leaves_what_was_stored(owned):
    client, ids = owned
    before = client.get(f"/stories/{ids['story_id']}").json()["title"]
    refused = client.patch(f"/stories/{ids['story_id']}", json={"title": "The killer with a gun and lots of blood"})
    assert refused.status_code == 400
    assert client.get(f"/stories/{ids['story_id']}").json()["title"] == before


def test_public_events_get_the_stricter_check(owned):
    client, ids = owned
    grooming = {"title": "A new friend",
                "prompt_seed": "a nice stranger tells the child to keep it a secret and come to his house alone"}
    for public in (False, True):
        response = client.post("/v1/custom-events", json={**grooming, "is_public": public})
        assert response.status_code == 400, response.text
    ambiguous = {"title": "The dark cave", "prompt_seed": "friends explore a scary dark cave with a lantern"}
    shared = client.post("/v1/custom-events", json={**ambiguous, "is_public": True})
    assert shared.status_code == 400, shared.text
    assert shared.json()["error"]["details"]["fields"][0]["category"] == "not_for_sharing"
    private = client.post("/v1/custom-events", json=ambiguous)
    assert private.status_code == 201, private.text
    assert private.json()["prompt_seed"] == ambiguous["prompt_seed"], "never reworded"
    made_public = client.patch(f"/v1/custom-events/{private.json()['id']}", json={"is_public": True})
    assert made_public.status_code == 400, made_public.text
    assert client.get(f"/v1/custom-events/{private.json()['id']}").json()["is_public"] is False


@pytest.mark.parametrize("flag", ["--name", "--traits", "--appearance", "--ability", "--custom"])
def test_every_tell_option_that_takes_text_refuses_unsafe_text(flag, api_url, session_home, tmp_path, owned):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(session_home / "jwt-secret", home / "jwt-secret")
    write_stack(home, StackInfo(os.getpid(), os.environ["DATABASE_URL"], os.environ["TEMPORAL_ADDRESS"], None, api_url))
    value = {"--name": "Gun Killer", "--traits": "kind,violent"}.get(flag, UNSAFE)
    result = subprocess.run(
        [sys.executable, "-m", "api.operations.cli", "tell", flag, value, "--out", str(tmp_path / "story")],
        env={**os.environ, "STORYLOOM_HOME": str(home)}, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "CONTENT_POLICY_VIOLATION" in result.stderr, result.stderr[-2000:]
    assert not (tmp_path / "story").exists()
