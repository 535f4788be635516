"""SceneIllustrationWorkflow: one scene's picture, with a history of its own.

It runs as a child of StoryWorkflow, and again on its own when a developer retries
a failed scene; its id (`story-<id>-scene-<n>`) accepts a new run only after a failure.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from contracts.activities import (
        ILLUSTRATE_SCENE,
        RECORD_ILLUSTRATION_FAILURE,
        SETTLE_STORY,
        IllustrateSceneInput,
        IllustrationFailure,
        IllustrationResult,
        StoryRef,
    )
    from workflows.failures import reason_of
    from workflows.steps import run_activity


@workflow.defn
class SceneIllustrationWorkflow:
    @workflow.run
    async def run(self, request: IllustrateSceneInput) -> IllustrationResult:
        scene_number = request.scene_number
        try:
            result = await run_activity(ILLUSTRATE_SCENE, request)
        except ActivityError as failure:
            code, message = reason_of(failure)
            await run_activity(
                RECORD_ILLUSTRATION_FAILURE,
                IllustrationFailure(request.story_id, scene_number, code, message),
            )
            await self._settle_if_alone(request)
            # Failing the run (not returning a "failed" result) is what lets the
            # same workflow id be started again under ALLOW_DUPLICATE_FAILED_ONLY.
            raise ApplicationError(
                f"scene {scene_number} has no picture: {message}", type="IllustrationFailed", non_retryable=True
            ) from failure
        await self._settle_if_alone(request)
        return result

    @staticmethod
    async def _settle_if_alone(request: IllustrateSceneInput) -> None:
        """A retry or regeneration runs without its story's workflow, which has
        closed; the story's status is then settled here."""
        if workflow.info().parent is None:
            await run_activity(SETTLE_STORY, StoryRef(request.story_id))
