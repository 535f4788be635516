"""Scene illustrations: one picture per scene, stored under a deterministic key."""

from __future__ import annotations

import hashlib

from temporalio import activity

from activities.heartbeat import while_heartbeating
from activities.inputs import IllustrateSceneInput, IllustrationFailure, IllustrationResult
from activities.providers import ImageProvider
from activities.storage import Storage, scene_image_key
from db.tables import StoryIllustrations


def _scene_row(story_id: str, scene_number: int):
    return (StoryIllustrations.story_id == story_id) & (StoryIllustrations.scene_number == scene_number)


class IllustrationActivities:
    def __init__(self, images: ImageProvider, storage: Storage) -> None:
        self.images = images
        self.storage = storage

    @activity.defn
    async def illustrate_scene(self, request: IllustrateSceneInput) -> IllustrationResult:
        scene = request.request.scene
        key = scene_image_key(request.user_id, request.story_id, scene.scene_number)
        row = await StoryIllustrations.select(StoryIllustrations.status, StoryIllustrations.image_url).where(
            _scene_row(request.story_id, scene.scene_number)
        ).first()
        if row and row["status"] == "completed" and row["image_url"] == key and await self.storage.exists(key):
            return IllustrationResult(scene.scene_number, key)
        await StoryIllustrations.update(
            {StoryIllustrations.status: "processing", StoryIllustrations.attempts: StoryIllustrations.attempts + 1},
            force=True,
        ).where(_scene_row(request.story_id, scene.scene_number))
        png = await while_heartbeating(self.images.illustrate(request.request))
        await self.storage.put(key, png, "image/png")
        await StoryIllustrations.update(
            {
                StoryIllustrations.status: "completed",
                StoryIllustrations.image_url: key,
                StoryIllustrations.error_message: None,
                StoryIllustrations.generation_id: f"{self.images.name}-{hashlib.sha256(png).hexdigest()[:16]}",
                StoryIllustrations.revised_prompt: scene.illustration_prompt,
            },
            force=True,
        ).where(_scene_row(request.story_id, scene.scene_number))
        return IllustrationResult(scene.scene_number, key)

    @activity.defn
    async def record_illustration_failure(self, failure: IllustrationFailure) -> None:
        await StoryIllustrations.update(
            {StoryIllustrations.status: "failed", StoryIllustrations.error_message: f"{failure.error_type}: {failure.message}"},
            force=True,
        ).where(_scene_row(failure.story_id, failure.scene_number))
