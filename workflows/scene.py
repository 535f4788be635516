"""SceneIllustrationWorkflow: one scene's picture, with a history of its own.

It runs as a child of StoryWorkflow, and again on its own when a developer retries
a failed scene; its id (`story-<id>-scene-<n>`) accepts a new run only after a failure.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from activities.inputs import IllustrateSceneInput, IllustrationFailure, IllustrationResult
    from workflows.failures import reason_of
    from workflows.inputs import SceneIllustrationInput
    from workflows.steps import run_activity


@workflow.defn
class SceneIllustrationWorkflow:
    @workflow.run
    async def run(self, request: SceneIllustrationInput) -> IllustrationResult:
        scene_number = request.request.scene.scene_number
        try:
            return await run_activity(
                "illustrate_scene",
                IllustrateSceneInput(request.story_id, request.user_id, request.request),
                IllustrationResult,
            )
        except ActivityError as failure:
            code, message = reason_of(failure)
            await run_activity(
                "record_illustration_failure",
                IllustrationFailure(request.story_id, scene_number, code, message, attempts=0),
            )
            # Failing the run (not returning a "failed" result) is what lets the
            # same workflow id be started again under ALLOW_DUPLICATE_FAILED_ONLY.
            raise ApplicationError(
                f"scene {scene_number} has no picture: {message}", type="IllustrationFailed", non_retryable=True
            ) from failure
