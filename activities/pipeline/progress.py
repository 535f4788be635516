"""Mirrors workflow progress into PostgreSQL and settles a story's final status."""

from __future__ import annotations

import json
import uuid

from temporalio import activity

from activities.pipeline.mirror import record_outcome
from contracts.activities import FinishedStory, FinishStoryInput, ProgressSnapshot, StoryRef
from contracts.vocabulary import APP_SCENES, REDRAWING_STAGE
from db.engine import run_sql
from db.tables import Stories, StoryIllustrations


class ProgressActivities:
    @activity.defn
    async def record_progress(self, snapshot: ProgressSnapshot) -> None:
        # Snapshots can arrive out of order (scenes finish together); an older one never wins.
        await run_sql(
            """
            UPDATE stories
               SET status = $1, stage = $2, percent = $3, progress = $4::jsonb,
                   error_code = $5, error_message = $6
             WHERE id = $7
               AND coalesce((progress ->> 'version')::int, -1) < $8
            """,
            snapshot.status, snapshot.stage, snapshot.percent, json.dumps(snapshot.progress),
            snapshot.error_code, snapshot.error_message, uuid.UUID(snapshot.story_id), snapshot.version,
        )

    @activity.defn
    async def finish_story(self, request: FinishStoryInput) -> FinishedStory:
        statuses = await StoryIllustrations.select(StoryIllustrations.status).where(
            StoryIllustrations.story_id == request.story_id
        )
        completed = sum(row["status"] == "completed" for row in statuses)
        failed = sum(row["status"] == "failed" for row in statuses)
        code, message = request.error_code, request.error_message
        if code is None and request.narration_failed:
            code, message = "NARRATION_FAILED", "the story's narration could not be made"
        status = "failed" if code else ("partial" if failed else "completed")
        # Status, stage and percent move together, so no reader sees a finished story at 97%.
        await record_outcome(request.story_id, status, code, message, request.narration_failed)
        return FinishedStory(status, completed, failed)

    @activity.defn
    async def settle_story(self, ref: StoryRef) -> str:
        """After a scene run outside its story's workflow: `partial` becomes
        `completed` once every scene has its picture (and back, if one was lost)."""
        statuses = await StoryIllustrations.select(StoryIllustrations.status).where(
            StoryIllustrations.story_id == ref.story_id
        )
        story = await Stories.select(Stories.status, Stories.stage, Stories.event_type).where(
            Stories.id == ref.story_id).first()
        # Every scene of the app's own story was asked for when it came: a pending one is on its way.
        app_scenes = story is not None and story["event_type"] == APP_SCENES
        going = ("processing", "retrying", "pending") if app_scenes else ("processing", "retrying")
        if any(row["status"] in going for row in statuses):
            status_if_settled = None  # another scene run is still going; it will settle
        else:
            status_if_settled = "partial" if any(row["status"] == "failed" for row in statuses) else "completed"
        reopened = story is not None and story["status"] == "running" and (
            story["stage"] == REDRAWING_STAGE or app_scenes)
        if story is None or not (reopened or story["status"] in ("completed", "partial")) or status_if_settled is None:
            return story["status"] if story else "missing"
        await Stories.update({Stories.status: status_if_settled, Stories.stage: status_if_settled, Stories.percent: 100},
                             force=True).where(
            Stories.id == ref.story_id
        )
        return status_if_settled
