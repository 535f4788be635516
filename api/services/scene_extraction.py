"""The iOS app's extract-scenes: scenes of a story the app keeps itself.

The app sends the story's text back after story-generation (or a story it has from
elsewhere) with the hero, the story's length and the event's name. The text is a
client's text like any other: it passes the gate first. The scenes are then made by
the same extraction and scene check a story of ours goes through
(`SceneExtractionWorkflow`), and answered with their starts stretched to the length the
app gave; the same request within a day is answered from the cache.
"""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid5

import msgspec
from litestar import Request

from api.http.errors import ApiError, not_found
from api.http.languages import normalize_language
from api.http.schemas import GeneratedScene, SceneExtractionData, SceneExtractionRequest
from api.services import response_cache
from api.services.app_events import our_event
from api.services.input_checks import accepted_language, checked_fields
from api.services.workflow_starts import run_and_wait
from contracts import names
from contracts.pace import count_words, reading_seconds, scene_starts_within
from contracts.story import HeroProfile, SceneDraft, StoryBrief, StoryText
from contracts.vocabulary import DEFAULT_LANGUAGE
from contracts.workflows import SceneExtractionInput
from db.engine import user_transaction
from db.tables import Heroes
from workflows.scene_extraction import SceneExtractionWorkflow


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(400, "INVALID_REQUEST", "The request is not valid", {"fields": [{"field": field, "message": message}]})


def hero_of(data: SceneExtractionRequest) -> tuple[UUID, dict[str, str]]:
    """The hero's id, and the name the app gave under the field it came in (`hero_name`,
    or `name` for the app's `hero: {id, name}`; both are names, kept from the AI reviewer)."""
    if data.hero is not None and data.hero_id is not None and data.hero.id != data.hero_id:
        raise _invalid("hero.id", "names another hero than hero_id")
    if data.hero is not None and data.hero_name and data.hero.name and data.hero.name != data.hero_name:
        raise _invalid("hero.name", "differs from hero_name")
    hero_id = data.hero_id or (data.hero.id if data.hero else None)
    if hero_id is None:
        raise _invalid("hero_id", "the story's hero: hero_id, or hero with its id")
    if data.hero_name:
        return hero_id, {"hero_name": data.hero_name}
    return hero_id, {"name": data.hero.name} if data.hero is not None and data.hero.name else {}


async def load_hero(user_id: str, hero_id: UUID) -> HeroProfile:
    """One of the caller's heroes (row-level security hides everyone else's): 404 otherwise."""
    async with user_transaction(user_id):
        row = await Heroes.select().where((Heroes.id == hero_id) & (Heroes.is_active == True)).output(  # noqa: E712
            load_json=True).first()
    if row is None:
        raise not_found("Hero")
    return HeroProfile(
        name=row["name"], primary_trait=row["primary_trait"], secondary_trait=row["secondary_trait"],
        appearance=row["appearance"], special_ability=row["special_ability"], visual_profile=row["visual_profile"],
        avatar_key=row["avatar_url"],
    )


def answered_scenes(scenes: list[SceneDraft], duration_seconds: float | None) -> list[GeneratedScene]:
    starts = scene_starts_within([scene.text_segment for scene in scenes], duration_seconds)
    return [
        GeneratedScene(scene_number=scene.scene_number, text_segment=scene.text_segment,
                       illustration_prompt=scene.illustration_prompt, timestamp_seconds=start, timestamp=start,
                       emotion=scene.emotion, importance=scene.importance)
        for scene, start in zip(scenes, starts)
    ]


async def extract_scenes(request: Request, data: SceneExtractionRequest) -> tuple[SceneExtractionData, bool]:
    """The scenes, and whether they came from the cache."""
    user = request.user.user_id
    hero_id, given_name = hero_of(data)
    hero = await load_hero(user, hero_id)
    language = normalize_language(data.language) if data.language else (
        accepted_language(request.headers.get("accept-language", "")) or DEFAULT_LANGUAGE)
    fingerprint = names.scene_extraction_fingerprint(data.story_content, data.story_duration, str(hero_id),
                                                     data.event_context, language)
    key = names.scene_extraction_cache_key(user, fingerprint)
    cached = await response_cache.get(key)
    if cached is not None:
        return msgspec.convert(cached, SceneExtractionData), True
    extraction_id = str(uuid5(NAMESPACE_URL, f"storyloom:scenes:{user}:{fingerprint}"))
    # A name the app gives that is not the hero's own is a text of the client's too.
    other_name = {field: name for field, name in given_name.items() if name.strip().lower() != hero.name.strip().lower()}
    await checked_fields(request, "story", extraction_id, {
        "story_content": data.story_content, "event_context": data.event_context, **other_name,
    }, language)
    event_key = our_event(data.event_context) if data.event_context else None
    words = count_words(data.story_content)
    brief = StoryBrief(
        language=language,
        target_duration_seconds=round(data.story_duration or reading_seconds(words)),
        seed=UUID(extraction_id).int % (2**31),
        hero=hero,
        event_key=event_key,
        event_text=None if event_key else data.event_context,
    )
    scenes = await run_and_wait(
        request, SceneExtractionWorkflow.run,
        SceneExtractionInput(user, extraction_id, brief, StoryText("", data.story_content)),
        names.scene_extraction_workflow_id(user, fingerprint),
    )
    if not scenes:
        raise _invalid("story_content", "no scenes could be made of this text")
    answer = SceneExtractionData(answered_scenes(scenes, data.story_duration), len(scenes))
    await response_cache.put(key, msgspec.to_builtins(answer), response_cache.STORY_TTL)
    return answer, False
