"""StoryWorkflow: one bedtime story from request to finished media.

Deterministic and free of I/O: every side effect is an activity, referenced by name.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from temporalio import workflow
from temporalio.common import WorkflowIDReusePolicy
from temporalio.exceptions import ActivityError, ApplicationError, ChildWorkflowError, is_cancelled_exception

with workflow.unsafe.imports_passed_through():
    from activities.contracts import (
        SceneDraft,
        StoryBrief,
        StoryText,
        count_words,
        reading_seconds,
        scene_start_estimates,
    )
    from activities.inputs import (
        CheckStoryInput,
        ExtractScenesInput,
        FinishedStory,
        FinishStoryInput,
        LoadedStory,
        ModerateBriefInput,
        ModerateScenesInput,
        ModerateStoryInput,
        NarrateInput,
        NarrationResult,
        ProgressSnapshot,
        SaveStoryInput,
        StoryCheck,
        StoryRef,
        WriteStoryInput,
    )
    from workflows.failures import reason_of, reasons_of
    from workflows.inputs import (
        SceneIllustrationInput,
        StoryOutcome,
        StoryWorkflowInput,
        SavedStory,
        scene_workflow_id,
    )
    from workflows.policy import current_policy
    from workflows.steps import run_activity
    from workflows.progress import SceneProgress, StoryProgress
    from workflows.scene import SceneIllustrationWorkflow


MODERATION_PATCH = "moderate-inputs-story-and-scenes"
# A failed draft is written again by write_story with guidance, checked by check_story.
WRITE_CHECK_PATCH = "write-check-rewrite"
# Drafts a story may take before it fails its check for good.
STORY_DRAFTS = 3
CANCELLED, STOPPED_MESSAGE = "CANCELLED", "stopped by its owner"


@workflow.defn
class StoryWorkflow:
    def __init__(self) -> None:
        self._progress: StoryProgress | None = None
        self._saved: SavedStory | None = None
        # (reason code, message, content-policy reasons) once the story has failed.
        self._failure: tuple[str, str, list[str]] | None = None

    @workflow.query
    def progress(self) -> StoryProgress:
        return self._progress or StoryProgress(story_id="")

    @workflow.update
    async def story_saved(self) -> SavedStory:
        """Answers once the story's text and scenes are saved (narration and pictures
        go on): how the API's story-generation function replies early."""
        await workflow.wait_condition(lambda: self._saved is not None or self._failure is not None)
        if self._saved is None:
            code, message, reasons = self._failure
            raise ApplicationError(message, {"reasons": reasons}, type=code, non_retryable=True)
        return self._saved

    @workflow.run
    async def run(self, request: StoryWorkflowInput) -> StoryOutcome:
        self._progress = StoryProgress(story_id=request.story_id)
        try:
            return await self._tell(request)
        except (ActivityError, ChildWorkflowError, ApplicationError, asyncio.CancelledError) as failure:
            if is_cancelled_exception(failure):
                # Stopped by its owner: the workflow writes the outcome itself, last, so
                # no progress write still in flight can flip the story back.
                self._failure = (CANCELLED, STOPPED_MESSAGE, [])
                await self._finish_failed(request.story_id, CANCELLED, STOPPED_MESSAGE)
                raise
            code, message = reason_of(failure)
            self._failure = (code, message, reasons_of(failure))
            await self._finish_failed(request.story_id, code, message)
            raise ApplicationError(message, type=code, non_retryable=True) from failure

    async def _tell(self, request: StoryWorkflowInput) -> StoryOutcome:
        story_id = request.story_id
        await self._enter("loading")
        loaded: LoadedStory = await run_activity("load_story_brief", StoryRef(story_id), LoadedStory)
        # Runs begun before moderation existed replay without it (their histories lack it).
        moderated = workflow.patched(MODERATION_PATCH)
        if moderated:
            brief = await run_activity("moderate_brief", ModerateBriefInput(story_id, loaded.brief), StoryBrief)
            loaded = replace(loaded, brief=brief)

        await self._enter("writing")
        story: StoryText = await run_activity("write_story", WriteStoryInput(story_id, loaded.brief), StoryText)
        if moderated and workflow.patched(WRITE_CHECK_PATCH):
            await self._enter("moderating")
            story = await self._checked_story(story_id, loaded.brief, story)
        elif moderated:
            await self._enter("moderating")
            story = await run_activity("moderate_story", ModerateStoryInput(story_id, loaded.brief, story), StoryText)

        await self._enter("extracting_scenes")
        scenes: list[SceneDraft] = await run_activity(
            "extract_scenes", ExtractScenesInput(story_id, loaded.brief, story), list[SceneDraft]
        )
        if moderated:
            scenes = await run_activity(
                "moderate_scenes", ModerateScenesInput(story_id, loaded.brief.language, scenes), list[SceneDraft]
            )

        await self._enter("saving")
        await run_activity("save_story", SaveStoryInput(story_id, story, scenes))
        words = count_words(story.content)
        self._saved = SavedStory(
            story_id, story.title, story.content, words, round(reading_seconds(words)), scenes,
            scene_start_estimates(scenes),
        )
        self._progress.scenes = [
            SceneProgress(scene.scene_number, "pending" if loaded.illustrate else "skipped") for scene in scenes
        ]
        self._progress.narration = "pending" if loaded.narrate else "skipped"

        await self._enter("producing")
        narration_failed = False
        work = [self._illustrate_all(request, loaded, scenes)]
        if loaded.narrate:
            work.append(self._narrate(request, loaded))
        results = await asyncio.gather(*work, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, (ActivityError, ChildWorkflowError)):
                raise result
        narration_failed = self._progress.narration == "failed"

        await self._enter("finishing")
        finished: FinishedStory = await run_activity(
            "finish_story", FinishStoryInput(story_id, narration_failed=narration_failed), FinishedStory
        )
        self._progress.finish(finished.status, workflow.now())
        await self._mirror()
        return StoryOutcome(story_id, finished.status, finished.completed_scenes, finished.failed_scenes)

    async def _checked_story(self, story_id: str, brief: StoryBrief, story: StoryText) -> StoryText:
        """Check → write again with the findings as guidance → check, a bounded number
        of times; each draft and each check is its own activity in the history."""
        check: StoryCheck = await run_activity("check_story", CheckStoryInput(story_id, brief, story), StoryCheck)
        for attempt in range(1, STORY_DRAFTS):
            if check.story is not None:
                break
            story = await run_activity(
                "write_story", WriteStoryInput(story_id, brief, attempt, check.guidance), StoryText
            )
            check = await run_activity("check_story", CheckStoryInput(story_id, brief, story), StoryCheck)
        if check.story is None:
            raise ApplicationError(
                "the story did not pass the child-safety check, even when written again",
                {"reasons": check.reason_codes}, type="CONTENT_POLICY_VIOLATION", non_retryable=True,
            )
        return check.story

    async def _narrate(self, request: StoryWorkflowInput, loaded: LoadedStory) -> None:
        self._progress.narration = "running"
        try:
            await run_activity(
                "narrate_story", NarrateInput(request.story_id, request.user_id, loaded.voice), NarrationResult
            )
        except ActivityError:
            self._progress.narration = "failed"
            raise
        else:
            self._progress.narration = "completed"
        finally:
            self._progress.recompute_production_percent()
            await self._mirror()

    async def _illustrate_all(self, request: StoryWorkflowInput, loaded: LoadedStory, scenes: list[SceneDraft]) -> None:
        if not loaded.illustrate:
            return
        gate = asyncio.Semaphore(current_policy().illustration_parallelism)

        async def one(scene: SceneDraft) -> None:
            async with gate:
                await self._illustrate(request, scene)

        await asyncio.gather(*(one(scene) for scene in scenes))

    async def _illustrate(self, request: StoryWorkflowInput, scene: SceneDraft) -> None:
        progress = self._progress.scene(scene.scene_number)
        progress.status = "running"
        try:
            await workflow.execute_child_workflow(
                SceneIllustrationWorkflow.run,
                SceneIllustrationInput(request.story_id, request.user_id, scene.scene_number),
                id=scene_workflow_id(request.story_id, scene.scene_number),
                id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
                # Children carry the story's search attributes, so one filter finds them all.
                search_attributes=workflow.info().typed_search_attributes,
                execution_timeout=timedelta(hours=1),
            )
        except ChildWorkflowError:
            # A scene without its picture leaves the story `partial`, not failed:
            # a developer can run that scene's workflow again later.
            progress.status = "failed"
        else:
            progress.status = "completed"
        progress.attempts += 1
        self._progress.recompute_production_percent()
        await self._mirror()

    async def _enter(self, stage: str) -> None:
        self._progress.enter(stage, workflow.now())
        await self._mirror()

    async def _mirror(self) -> None:
        progress = self._progress
        progress.touch(workflow.now())
        error = progress.error or {}
        await run_activity(
            "record_progress",
            ProgressSnapshot(
                story_id=progress.story_id,
                status=progress.status,
                stage=progress.stage,
                percent=progress.percent,
                progress=progress.as_dict(),
                version=progress.version,
                error_code=error.get("code"),
                error_message=error.get("message"),
            ),
        )

    async def _finish_failed(self, story_id: str, code: str, message: str) -> None:
        self._progress.finish("failed", workflow.now(), {"code": code, "message": message})
        await run_activity("finish_story", FinishStoryInput(story_id, error_code=code, error_message=message), FinishedStory)
        await self._mirror()
