"""Scene illustrations: one picture per scene, stored under a deterministic key."""

from __future__ import annotations

import hashlib

from temporalio import activity

from activities.pipeline.briefs import load_brief, not_found
from activities.pipeline.costs import on_behalf_of
from activities.pipeline.heartbeat import while_heartbeating
from activities.providers import ImageProvider
from activities.safety import sanitize_image_prompt
from activities.safety.guard import ContentGuard
from activities.storage import Storage
from contracts.activities import IllustrateSceneInput, IllustrationFailure, IllustrationResult
from contracts.names import scene_image_key
from contracts.story import IllustrationRequest, SceneDraft
from contracts.vocabulary import APP_SCENES
from db.tables import Stories, StoryIllustrations, StoryScenes


def _scene_row(story_id: str, scene_number: int):
    return (StoryIllustrations.story_id == story_id) & (StoryIllustrations.scene_number == scene_number)


async def _is_app_scenes(story_id: str) -> bool:
    return await Stories.exists().where((Stories.id == story_id) & (Stories.event_type == APP_SCENES))


async def illustration_request(request: IllustrateSceneInput, guard: ContentGuard) -> IllustrationRequest:
    loaded = await load_brief(request.story_id)
    scenes = await StoryScenes.select().where(StoryScenes.story_id == request.story_id).order_by(StoryScenes.scene_number)
    row = next((scene for scene in scenes if scene["scene_number"] == request.scene_number), None)
    if row is None:
        raise not_found(f"scene {request.scene_number} of story {request.story_id}")
    brief = loaded.brief
    prompt = row["sanitized_prompt"] or row["illustration_prompt"]
    # A parent's or developer's adjusted prompt, or the prompt the iOS app sent with a scene
    # of its own story, is a client's text: checked like every other input, then given the
    # pictures' style and companions (the prompts of our own scenes got both when saved).
    client_prompt = request.prompt_override or (
        row["illustration_prompt"] if not row["sanitized_prompt"] and await _is_app_scenes(request.story_id) else None)
    if client_prompt:
        prompt = sanitize_image_prompt(
            await guard.parent_text_checked(request.story_id, client_prompt, "en", "prompt", "picture",
                                            brief.hero.name if brief.hero else None)
        )
    scene = SceneDraft(
        scene_number=row["scene_number"],
        text_segment=row["text_segment"],
        illustration_prompt=prompt,
        emotion=row["emotion"] or "peaceful",
        importance=row["importance"] or "major",
    )
    return IllustrationRequest(
        scene=scene, language=brief.language, story_seed=brief.seed + request.revision, hero=brief.hero,
        event_key=brief.event_key, event_text=brief.event_text, total_scenes=len(scenes),
    )


class IllustrationActivities:
    def __init__(self, images: ImageProvider, storage: Storage, guard: ContentGuard | None = None) -> None:
        self.images = images
        self.storage = storage
        self.guard = guard or ContentGuard()

    @activity.defn
    async def illustrate_scene(self, request: IllustrateSceneInput) -> IllustrationResult:
        key = scene_image_key(request.user_id, request.story_id, request.scene_number, request.revision)
        where = _scene_row(request.story_id, request.scene_number)
        async with on_behalf_of(request.user_id, request.story_id):
            drawing = await illustration_request(request, self.guard)
            if await self.storage.exists(key):
                # Paid for by an earlier attempt that stopped before recording it.
                png = await self.storage.get(key)
            else:
                await StoryIllustrations.update(
                    {StoryIllustrations.status: "processing",
                     StoryIllustrations.attempts: StoryIllustrations.attempts + 1},
                    force=True,
                ).where(where)
                png = await while_heartbeating(self.images.illustrate(drawing))
                await self.storage.put(key, png, "image/png")
        await StoryIllustrations.update(
            {
                StoryIllustrations.status: "completed",
                StoryIllustrations.image_url: key,
                StoryIllustrations.error_message: None,
                StoryIllustrations.generation_id: f"{self.images.name}-{hashlib.sha256(png).hexdigest()[:16]}",
                StoryIllustrations.revised_prompt: drawing.scene.illustration_prompt,
            },
            force=True,
        ).where(where)
        return IllustrationResult(request.scene_number, key)

    @activity.defn
    async def record_illustration_failure(self, failure: IllustrationFailure) -> None:
        await StoryIllustrations.update(
            {StoryIllustrations.status: "failed", StoryIllustrations.error_message: f"{failure.error_type}: {failure.message}"},
            force=True,
        ).where(_scene_row(failure.story_id, failure.scene_number))
