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
    from contracts.activities import (
        CHECK_STORY,
        EXTRACT_SCENES,
        FINISH_STORY,
        LOAD_CHECKED_BRIEF,
        LOAD_STORY_BRIEF,
        MODERATE_BRIEF,
        MODERATE_SCENES,
        MODERATE_STORY,
        NARRATE_STORY,
        RECORD_PROGRESS,
        SAVE_CHECKED_STORY,
        SAVE_STORY,
        WRITE_STORY,
        CheckStoryInput,
        ExtractScenesInput,
        FinishStoryInput,
        IllustrateSceneInput,
        LoadedStory,
        ModerateBriefInput,
        ModerateScenesInput,
        ModerateStoryInput,
        NarrateInput,
        ProgressSnapshot,
        SaveStoryInput,
        StoryRef,
        WriteStoryInput,
    )
    from contracts.names import scene_workflow_id
    from contracts.pace import count_words, reading_seconds, scene_start_estimates
    from contracts.progress import SceneProgress, StoryProgress
    from contracts.story import SceneDraft, StoryBrief, StoryText
    from contracts.vocabulary import Stage, WorkStatus
    from contracts.workflows import SavedStory, StoryOutcome, StoryWorkflowInput
    from workflows.failures import reason_of, reasons_of
    from workflows.scene import SceneIllustrationWorkflow
    from workflows.steps import run_activity


MODERATION_PATCH = "moderate-inputs-story-and-scenes"
# A failed draft is written again by write_story with guidance, checked by check_story.
WRITE_CHECK_PATCH = "write-check-rewrite"
# Each step writes its own progress to the database; runs recorded before this
# mirrored every stage through a record_progress activity and replay that way.
STEPS_WRITE_PROGRESS_PATCH = "steps-write-their-own-progress"
CANCELLED, STOPPED_MESSAGE = "CANCELLED", "stopped by its owner"


@workflow.defn
class StoryWorkflow:
    def __init__(self) -> None:
        self._progress: StoryProgress | None = None
        self._saved: SavedStory | None = None
        # (reason code, message, content-policy reasons) once the story has failed.
        self._failure: tuple[str, str, list[str]] | None = None
        # False only while replaying a run recorded before STEPS_WRITE_PROGRESS_PATCH.
        self._steps_write_progress = True

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
        self._steps_write_progress = workflow.patched(STEPS_WRITE_PROGRESS_PATCH)
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
        await self._enter(Stage.LOADING)
        if self._steps_write_progress:
            # The newest patch implies the older ones, so a new run records one marker, not three.
            loaded = await run_activity(LOAD_CHECKED_BRIEF, StoryRef(story_id))
            moderated = True
        else:
            loaded = await run_activity(LOAD_STORY_BRIEF, StoryRef(story_id))
            # Runs begun before moderation existed replay without it (their histories lack it).
            moderated = workflow.patched(MODERATION_PATCH)
            if moderated:
                brief = await run_activity(MODERATE_BRIEF, ModerateBriefInput(story_id, loaded.brief))
                loaded = replace(loaded, brief=brief)

        await self._enter(Stage.WRITING)
        story: StoryText = await run_activity(WRITE_STORY, WriteStoryInput(story_id, loaded.brief))
        if moderated and (self._steps_write_progress or workflow.patched(WRITE_CHECK_PATCH)):
            await self._enter(Stage.MODERATING)
            story = await self._checked_story(request, loaded.brief, story)
        elif moderated:
            await self._enter(Stage.MODERATING)
            story = await run_activity(MODERATE_STORY, ModerateStoryInput(story_id, loaded.brief, story))

        await self._enter(Stage.EXTRACTING_SCENES)
        scenes: list[SceneDraft] = await run_activity(EXTRACT_SCENES, ExtractScenesInput(story_id, loaded.brief, story))
        if self._steps_write_progress:
            # Checking the scenes and saving them cost nothing to repeat: one step.
            await self._enter(Stage.SAVING)
            scenes = await run_activity(SAVE_CHECKED_STORY, SaveStoryInput(
                story_id, story, scenes, narrate=loaded.narrate, illustrate=loaded.illustrate,
                language=loaded.brief.language,
            ))
        else:
            if moderated:
                scenes = await run_activity(MODERATE_SCENES, ModerateScenesInput(story_id, loaded.brief.language, scenes))
            await self._enter(Stage.SAVING)
            await run_activity(SAVE_STORY, SaveStoryInput(
                story_id, story, scenes, narrate=loaded.narrate, illustrate=loaded.illustrate,
            ))
        words = count_words(story.content)
        self._saved = SavedStory(
            story_id, story.title, story.content, words, round(reading_seconds(words)), scenes,
            scene_start_estimates(scene.text_segment for scene in scenes),
        )
        self._progress.scenes = [
            SceneProgress(scene.scene_number, WorkStatus.PENDING if loaded.illustrate else WorkStatus.SKIPPED,
                          narration=WorkStatus.PENDING if loaded.narrate else WorkStatus.SKIPPED)
            for scene in scenes
        ]
        self._progress.narration = WorkStatus.PENDING if loaded.narrate else WorkStatus.SKIPPED

        await self._enter(Stage.PRODUCING)
        narration_failed = False
        work = [self._illustrate_all(request, loaded, scenes)]
        if loaded.narrate:
            work.append(self._narrate(request, loaded))
        results = await asyncio.gather(*work, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, (ActivityError, ChildWorkflowError)):
                raise result
        narration_failed = self._progress.narration == WorkStatus.FAILED

        await self._enter(Stage.FINISHING)
        finished = await run_activity(FINISH_STORY, FinishStoryInput(story_id, narration_failed=narration_failed))
        self._progress.finish(finished.status, workflow.now())
        await self._mirror_if_steps_do_not()
        return StoryOutcome(story_id, finished.status, finished.completed_scenes, finished.failed_scenes)

    async def _checked_story(self, request: StoryWorkflowInput, brief: StoryBrief, story: StoryText) -> StoryText:
        """Check → write again with the findings as guidance → check, a bounded number
        of times; each draft and each check is its own activity in the history."""
        story_id = request.story_id
        check = await run_activity(CHECK_STORY, CheckStoryInput(story_id, brief, story))
        for attempt in range(1, request.story_drafts):
            if check.story is not None:
                break
            story = await run_activity(
                WRITE_STORY, WriteStoryInput(story_id, brief, attempt, check.guidance),
                summary=f"draft {attempt + 1}, written again after the check: {', '.join(check.reason_codes)}",
            )
            check = await run_activity(CHECK_STORY, CheckStoryInput(story_id, brief, story))
        if check.story is None:
            raise ApplicationError(
                "the story did not pass the child-safety check, even when written again",
                {"reasons": check.reason_codes}, type="CONTENT_POLICY_VIOLATION", non_retryable=True,
            )
        return check.story

    async def _narrate(self, request: StoryWorkflowInput, loaded: LoadedStory) -> None:
        """One step that publishes each scene as it is spoken (the database mirror tells
        which scenes can be played meanwhile; this query knows only the end)."""
        self._progress.narration = WorkStatus.RUNNING
        try:
            await run_activity(NARRATE_STORY, NarrateInput(request.story_id, request.user_id, loaded.voice))
        except ActivityError:
            self._progress.narration = WorkStatus.FAILED
            raise
        else:
            self._progress.narration = WorkStatus.COMPLETED
        finally:
            for scene in self._progress.scenes:
                scene.narration = self._progress.narration
            self._progress.recompute_production_percent()
            await self._mirror_if_steps_do_not()

    async def _illustrate_all(self, request: StoryWorkflowInput, loaded: LoadedStory, scenes: list[SceneDraft]) -> None:
        if not loaded.illustrate:
            return
        gate = asyncio.Semaphore(request.illustration_parallelism)

        async def one(scene: SceneDraft) -> None:
            async with gate:
                await self._illustrate(request, scene)

        await asyncio.gather(*(one(scene) for scene in scenes))

    async def _illustrate(self, request: StoryWorkflowInput, scene: SceneDraft) -> None:
        progress = self._progress.scene(scene.scene_number)
        progress.status = WorkStatus.RUNNING
        try:
            await workflow.execute_child_workflow(
                SceneIllustrationWorkflow.run,
                IllustrateSceneInput(request.story_id, request.user_id, scene.scene_number),
                id=scene_workflow_id(request.story_id, scene.scene_number),
                id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
                # Children carry the story's search attributes, so one filter finds them all.
                search_attributes=workflow.info().typed_search_attributes,
                # What the Temporal UI lists beside the child's id.
                static_summary=f"Scene {scene.scene_number}: its picture",
                execution_timeout=timedelta(hours=1),
            )
        except ChildWorkflowError:
            # A scene without its picture leaves the story `partial`, not failed:
            # a developer can run that scene's workflow again later.
            progress.status = WorkStatus.FAILED
        else:
            progress.status = WorkStatus.COMPLETED
        progress.attempts += 1
        self._progress.recompute_production_percent()
        await self._mirror_if_steps_do_not()

    async def _enter(self, stage: Stage) -> None:
        self._progress.enter(stage, workflow.now())
        await self._mirror_if_steps_do_not()

    async def _mirror_if_steps_do_not(self) -> None:
        """Runs recorded before the steps wrote their own progress mirrored it here."""
        if self._steps_write_progress:
            return
        progress = self._progress
        progress.touch(workflow.now())
        error = progress.error or {}
        await run_activity(
            RECORD_PROGRESS,
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
        await run_activity(FINISH_STORY, FinishStoryInput(story_id, error_code=code, error_message=message))
        await self._mirror_if_steps_do_not()
