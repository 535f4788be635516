"""Pictures for scenes the iOS app sends with their prompts, for a story it keeps itself.

The app asks scene-illustration for one picture at a time under a fresh random story id
of its own, with the scene's `prompt`, the hero's id and how the hero looks
(`hero_visual_profile`). Such a request becomes a story row of kind `app_scenes`, owned
by the caller, with those scenes and a picture row each, and every scene is drawn by
the same scene workflow a story's pictures are (`story-<id>-scene-<n>`): stored under the
user's folder, signed, followed through `/v1/stories/<id>/progress`, erased with the
account. The hero is the caller's own, drawn from its stored look and avatar, completed
by what the app sent. The same request again finds the story and draws nothing twice.

Another account's story id is as good as unknown (404), and nothing is drawn into it;
the prompts and the look the app sends pass the gate before anything is saved.
"""

from __future__ import annotations

import json
from uuid import UUID

from asyncpg import UniqueViolationError
from litestar import Request
from temporalio.service import RPCError

from api.http.errors import ApiError, not_found, service_unavailable
from api.http.schemas import HeroVisualProfile, SceneIllustrationRequest, SceneInput
from api.services.illustration_runs import start_scene_run
from api.services.input_checks import accepted_language, checked_fields
from contracts.request import StoryRequest
from contracts.vocabulary import APP_SCENES, DEFAULT_LANGUAGE, Stage, WorkStatus
from db.engine import user_transaction
from db.tables import Heroes, Stories, StoryIllustrations, StoryScenes


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(400, "INVALID_REQUEST", "The request is not valid", {"fields": [{"field": field, "message": message}]})


def scene_prompt(scene: SceneInput) -> str | None:
    return scene.prompt or scene.illustration_prompt


def given_whole(data: SceneIllustrationRequest) -> bool:
    """Whether the scenes come with their prompts (what a story we do not know needs);
    a request that gives some and not others is 400."""
    with_prompt = [scene for scene in data.scenes if scene_prompt(scene)]
    if with_prompt and len(with_prompt) != len(data.scenes):
        missing = next(scene.scene_number for scene in data.scenes if not scene_prompt(scene))
        raise _invalid("scenes", f"scene {missing} has no prompt, though others have theirs")
    return bool(with_prompt)


def profile_texts(profile: HeroVisualProfile | None) -> dict[str, str | None]:
    if profile is None:
        return {}
    texts = {}
    for name in profile.__struct_fields__:
        value = getattr(profile, name)
        texts[f"hero_visual_profile.{name}"] = ", ".join(value) if isinstance(value, list) else value
    return texts


async def check_client_texts(request: Request, story_id: UUID, data: SceneIllustrationRequest,
                             stored: dict[int, dict] | None = None) -> None:
    """Every prompt and scene text the client sends, and the look it describes, through the
    gate; a story's own scene sent back word for word (the seed's flow) was checked when it
    was written."""
    ours = {tuple(text.split()) for row in (stored or {}).values()
            for text in (row["text_segment"], row["illustration_prompt"]) if text}
    fields: dict[str, str | None] = {}
    for index, scene in enumerate(data.scenes):
        for name in ("prompt", "illustration_prompt", "text_segment"):
            text = getattr(scene, name)
            if text and tuple(text.split()) not in ours:
                fields[f"scenes[{index}].{name}"] = text
    fields.update(profile_texts(data.hero_visual_profile))
    await checked_fields(request, "prompt", str(story_id), fields)


async def adopt_app_story(request: Request, data: SceneIllustrationRequest) -> None:
    """The app's own story, made ours to draw (see the module docstring), its scene runs started."""
    user = request.user.user_id
    if data.hero_id is None:
        raise _invalid("hero_id", "scenes of a story we do not know are drawn for one of your heroes")
    async with user_transaction(user):
        if not await Heroes.exists().where((Heroes.id == data.hero_id) & (Heroes.is_active == True)):  # noqa: E712
            raise not_found("Hero")
    await check_client_texts(request, data.story_id, data)
    numbers = sorted({scene.scene_number for scene in data.scenes})
    if len(numbers) != len(data.scenes):
        raise _invalid("scenes", "each scene_number once")
    language = accepted_language(request.headers.get("accept-language", "")) or DEFAULT_LANGUAGE
    try:
        async with user_transaction(user):
            await _insert(user, data, language)
    except UniqueViolationError:
        # Taken: by the same request sent twice at once (then it is ours now), or by
        # another account's story, which is as good as unknown and never drawn into.
        async with user_transaction(user):
            if await Stories.exists().where(Stories.id == data.story_id):
                return
        raise not_found("Story") from None
    await _start(request, {"id": data.story_id, "user_id": user}, numbers)


async def _insert(user: str, data: SceneIllustrationRequest, language: str) -> None:
    profile = {name: value for name, value in (
        (name, getattr(data.hero_visual_profile, name)) for name in HeroVisualProfile.__struct_fields__)
        if value} if data.hero_visual_profile else None
    metadata = {"request": StoryRequest(narrate=False, illustrate=True).stored(), "hero_visual_profile": profile}
    await Stories.insert(Stories(
        id=data.story_id, user_id=user, hero_id=data.hero_id, event_type=APP_SCENES, event_data="{}",
        language=language, status="running", stage=Stage.PRODUCING.value,
        progress=json.dumps({"narration": WorkStatus.SKIPPED.value, "illustrate": True}),
        generation_metadata=json.dumps(metadata),
    ))
    for scene in sorted(data.scenes, key=lambda scene: scene.scene_number):
        prompt = scene_prompt(scene)
        rows = await StoryScenes.insert(StoryScenes(
            story_id=data.story_id, scene_number=scene.scene_number, text_segment=scene.text_segment or prompt,
            illustration_prompt=prompt, timestamp_seconds=scene.timestamp_seconds or scene.timestamp or 0,
            emotion=scene.emotion, importance=scene.importance,
        )).returning(StoryScenes.id)
        await StoryIllustrations.insert(StoryIllustrations(
            story_id=data.story_id, scene_id=rows[0]["id"], scene_number=scene.scene_number))


async def _start(request: Request, story: dict, numbers: list[int]) -> None:
    """One run of the scene workflow a scene; if Temporal cannot take them, the pictures
    are failed (a repeat of the request draws them again) and the client hears 503."""
    state = request.app.state
    try:
        client = await state.temporal.client()
        for number in numbers:
            await start_scene_run(client, state.policy.story_task_queue, story, number, revision=0)
    except (RPCError, OSError, RuntimeError) as error:
        async with user_transaction(story["user_id"]):
            await StoryIllustrations.update({StoryIllustrations.status: "failed"}, force=True).where(
                (StoryIllustrations.story_id == story["id"]) & (StoryIllustrations.status == "pending"))
            await Stories.update({Stories.status: "partial", Stories.stage: "partial", Stories.percent: 100},
                                 force=True).where(Stories.id == story["id"])
        raise service_unavailable("Pictures cannot be drawn right now; please try again shortly", error) from None
