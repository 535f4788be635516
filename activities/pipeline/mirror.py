"""The database mirror of a story's progress, written by the step doing the work.

Each step writes only its own facts (`contracts.progress` names who writes what), in
one statement and without an activity of its own, so the history holds the work and
not its bookkeeping, and a story can be read when no worker is up.
"""

from __future__ import annotations

import json
from uuid import UUID

from contracts.progress import STAGE_PERCENT
from contracts.vocabulary import TERMINAL_STATUSES, Stage, WorkStatus
from db.engine import run_sql

# now() as JSON writes it (ISO 8601), the form the workflow's own timestamps take.
_NOW = "trim(both '\"' from to_json(now())::text)"
# A settled story is never moved back by a late write, nor one reopened for redrawing.
_STILL_RUNNING = "status NOT IN ({}) AND stage IS DISTINCT FROM '{}'".format(
    ", ".join(f"'{status}'" for status in TERMINAL_STATUSES), Stage.REDRAWING.value
)
_ENTER_STAGE = f"""
    UPDATE stories
       SET status = 'running', stage = $1, percent = greatest(percent, $2),
           progress = coalesce(progress, jsonb_build_object())
                      || jsonb_build_object('started_at', coalesce(progress ->> 'started_at', {_NOW}),
                                            'updated_at', {_NOW})
                      || $3::jsonb
     WHERE id = $4 AND {_STILL_RUNNING}
"""
_RECORD_NARRATION = f"""
    UPDATE stories
       SET progress = coalesce(progress, jsonb_build_object())
                      || jsonb_build_object('narration', $1::text, 'updated_at', {_NOW})
     WHERE id = $2 AND {_STILL_RUNNING}
"""
# The story's own narration publishes each scene as it is spoken: the scene's audio and
# offset, and how many scenes can be played, in one statement. A narration in another
# voice (or of a story already settled) leaves the story's scenes as they are until it
# switches the story over whole (narration._record).
_PUBLISH_SCENE = f"""
    WITH own AS (
        UPDATE stories
           SET progress = coalesce(progress, jsonb_build_object())
                          || jsonb_build_object(
                                 'narrated_scenes',
                                 greatest(coalesce((progress ->> 'narrated_scenes')::int, 0), $3::int),
                                 'updated_at', {_NOW})
         WHERE id = $1 AND audio_voice = $2 AND {_STILL_RUNNING}
        RETURNING id
    )
    UPDATE story_scenes SET audio_url = $4, timestamp_seconds = $5
     WHERE story_id IN (SELECT id FROM own) AND scene_number = $3
"""
_RECORD_OUTCOME = f"""
    UPDATE stories
       SET status = $1, stage = $1, percent = 100, error_code = $2, error_message = $3,
           progress = coalesce(progress, jsonb_build_object())
                      || jsonb_build_object('updated_at', {_NOW})
                      || CASE WHEN $4 THEN jsonb_build_object('narration', 'failed') ELSE jsonb_build_object() END
     WHERE id = $5
"""


async def enter_stage(story_id: str, stage: Stage, **facts: object) -> None:
    """The story is running `stage`; `facts` are merged into its progress record."""
    await run_sql(_ENTER_STAGE, stage.value, STAGE_PERCENT[stage], json.dumps(facts), UUID(story_id))


async def record_narration(story_id: str, status: WorkStatus) -> None:
    """How the story's own narration stands; a later narration in another voice of a
    finished story leaves its record alone."""
    await run_sql(_RECORD_NARRATION, status.value, UUID(story_id))


async def publish_scene(story_id: str, voice: str, scene_number: int, audio_key: str, offset_seconds: float) -> None:
    """Scene `scene_number` of the story's own narration can be played."""
    await run_sql(_PUBLISH_SCENE, UUID(story_id), voice, scene_number, audio_key, offset_seconds)


async def record_outcome(
    story_id: str, status: str, error_code: str | None, error_message: str | None, narration_failed: bool
) -> None:
    """How the story ended. Status, stage and percent move together, so no reader sees
    a finished story at 97%."""
    await run_sql(_RECORD_OUTCOME, status, error_code, error_message, narration_failed, UUID(story_id))
