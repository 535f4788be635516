"""`storyloom tell`: one whole story on this machine, written to a folder.

It speaks to the API over HTTP like any client: a running `up` on this home when
there is one, else a stack of its own, started for the story and stopped after.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

# The one local parent `tell` writes for, so its stories are listed together.
TELL_USER = str(uuid.uuid5(uuid.NAMESPACE_URL, "storyloom:tell"))
BAR_WIDTH = 30
STORY_TIMEOUT_SECONDS = 600


@dataclass
class TellRequest:
    name: str
    primary_trait: str
    secondary_trait: str
    appearance: str | None
    special_ability: str | None
    event: str | None
    custom: str | None
    language: str
    duration: int
    voice: str
    out: Path | None


class TellError(RuntimeError):
    pass


def _checked(response: httpx.Response) -> dict:
    if response.status_code >= 400:
        try:
            error = response.json()["error"]
            detail = f"{error['code']}: {error['message']} {error.get('details') or ''}"
        except (ValueError, KeyError):
            detail = response.text[:300]
        raise TellError(f"{response.request.method} {response.request.url.path} answered {response.status_code}: {detail}")
    return response.json() if response.content else {}


def progress_line(progress: dict) -> str:
    done = int(BAR_WIDTH * progress["percent"] / 100)
    scenes = progress.get("scenes") or []
    pictures = sum(scene["status"] == "completed" for scene in scenes)
    detail = f"pictures {pictures}/{len(scenes)}, narration {progress['narration']}" if scenes else ""
    return f"\r[{'#' * done}{'-' * (BAR_WIDTH - done)}] {progress['percent']:3d}% {progress['stage']:<18} {detail:<40}"


def tell(api_url: str, token: str, request: TellRequest, out=sys.stderr) -> Path:
    client = httpx.Client(base_url=api_url, headers={"Authorization": f"Bearer {token}"}, timeout=120)
    hero = _checked(client.post("/v1/heroes", json={
        "name": request.name, "primary_trait": request.primary_trait, "secondary_trait": request.secondary_trait,
        "appearance": request.appearance, "special_ability": request.special_ability,
    }))
    if request.custom:
        event = _checked(client.post("/v1/custom-events", json={"title": request.custom[:100], "prompt_seed": request.custom}))
        spec = {"type": "custom", "data": {"custom_event_id": event["id"]}}
    else:
        spec = {"type": "built_in", "data": {"event": request.event or "magical_forest_adventure"}}
    accepted = _checked(client.post("/v1/stories", json={
        "hero_id": hero["id"], "event": spec, "target_duration": request.duration,
        "language": request.language, "voice": request.voice,
    }))
    story_id = accepted["story_id"]
    deadline = time.monotonic() + STORY_TIMEOUT_SECONDS
    while True:
        progress = _checked(client.get(f"/v1/stories/{story_id}/progress"))
        print(progress_line(progress), end="", file=out, flush=True)
        if progress["status"] in ("completed", "partial", "failed"):
            print(file=out)
            break
        if time.monotonic() > deadline:
            raise TellError(f"story {story_id} did not finish within {STORY_TIMEOUT_SECONDS} s")
        time.sleep(0.25)
    story = _checked(client.get(f"/v1/stories/{story_id}"))
    if story["status"] == "failed":
        raise TellError(f"the story failed: {story['error']}")
    folder = save_story(client, story, request.out or Path(f"story-{story_id[:8]}"))
    print(summary(story), file=out)
    return folder


def summary(story: dict) -> str:
    """The closing line: the title and how long the story is."""
    seconds = round(story.get("audio_duration_seconds") or story.get("estimated_duration_seconds") or 0)
    return (f"“{story['title']}”: {story.get('word_count') or 0} words, {len(story['scenes'])} scenes, "
            f"{seconds // 60}:{seconds % 60:02d} read aloud")


def save_story(client: httpx.Client, story: dict, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if story["audio_url"]:
        (folder / "story.mp3").write_bytes(client.get(story["audio_url"]).content)
    lines = [f"# {story['title']}", ""]
    for scene in story["scenes"]:
        minutes, seconds = divmod(int(scene["timestamp_seconds"]), 60)
        if scene["image_url"]:
            name = f"scene-{scene['scene_number']}.png"
            (folder / name).write_bytes(client.get(scene["image_url"]).content)
            lines += [f"![Scene {scene['scene_number']}]({name})", ""]
        lines += [f"*{minutes}:{seconds:02d}*", "", scene["text_segment"], ""]
    if story["audio_url"]:
        lines += [f"Listen: [story.mp3](story.mp3) ({story['audio_duration_seconds']:.0f} s, voice {story['audio_voice']})", ""]
    (folder / "story.md").write_text("\n".join(lines))
    (folder / "story.json").write_text(json.dumps({k: v for k, v in story.items() if not k.endswith("_url")}, indent=2,
                                                  default=str))
    return folder
