"""A story's progress in one shape: what the workflow's `progress` query answers and
what the API composes from the database mirror when the workflow is not asked.

One writer per fact: the stage is written by the step that runs it, the narration's
status (and how many scenes can be played already) by the narration step, each
picture's by its scene run, the outcome by finish_story. The mirror in `stories` holds
the stage, the percent the stages reached and, in its `progress` column, when the story
started, when it last moved, whether narration and pictures were asked for, how the
narration stands and how many scenes it has published (`narrated_scenes`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from contracts.vocabulary import Stage, WorkStatus

# Where each stage starts on the 0-100 scale. Narration and pictures share the
# span between "producing" and "finishing" by how many of them are done.
STAGE_PERCENT = {
    Stage.QUEUED: 0,
    Stage.LOADING: 2,
    Stage.WRITING: 5,
    Stage.MODERATING: 25,
    Stage.EXTRACTING_SCENES: 30,
    Stage.SAVING: 38,
    Stage.PRODUCING: 40,
    Stage.FINISHING: 97,
}

# story_illustrations.status (the schema's words) in the progress vocabulary.
PICTURE_STATUS = {
    "pending": WorkStatus.PENDING,
    "processing": WorkStatus.RUNNING,
    "retrying": WorkStatus.RUNNING,
    "completed": WorkStatus.COMPLETED,
    "failed": WorkStatus.FAILED,
}


@dataclass
class SceneProgress:
    scene_number: int
    status: str = WorkStatus.PENDING  # the scene's picture
    attempts: int = 0
    # The scene's narration: "completed" once its audio can be played, which for the
    # first scene comes long before the story's whole narration is done.
    narration: str = WorkStatus.PENDING


def scene_narration(story_narration: str, narrated_scenes: int, scene_number: int) -> str:
    """How one scene's narration stands, from the story's narration and how many scenes
    it has published (scenes are published in order)."""
    if story_narration == WorkStatus.SKIPPED:
        return WorkStatus.SKIPPED
    if story_narration == WorkStatus.COMPLETED or scene_number <= narrated_scenes:
        return WorkStatus.COMPLETED
    if story_narration == WorkStatus.FAILED:
        return WorkStatus.FAILED
    if story_narration == WorkStatus.RUNNING and scene_number == narrated_scenes + 1:
        return WorkStatus.RUNNING
    return WorkStatus.PENDING


def production_percent(narration: str, scenes: list[SceneProgress]) -> int:
    """Percent reached by the work after saving: narration and pictures, each one unit
    (a narration under way counts the share of its scenes already published)."""
    units = [scene.status for scene in scenes if scene.status != WorkStatus.SKIPPED]
    done: float = sum(status in (WorkStatus.COMPLETED, WorkStatus.FAILED) for status in units)
    if narration != WorkStatus.SKIPPED:
        units.append(narration)
        if narration in (WorkStatus.COMPLETED, WorkStatus.FAILED):
            done += 1
        elif scenes:
            done += sum(scene.narration == WorkStatus.COMPLETED for scene in scenes) / len(scenes)
    if not units:
        return STAGE_PERCENT[Stage.PRODUCING]
    span = STAGE_PERCENT[Stage.FINISHING] - STAGE_PERCENT[Stage.PRODUCING]
    return STAGE_PERCENT[Stage.PRODUCING] + int(span * done // len(units))


@dataclass
class StoryProgress:
    story_id: str
    status: str = "queued"  # StoryStatus
    stage: str = Stage.QUEUED
    percent: int = 0
    narration: str = WorkStatus.PENDING
    scenes: list[SceneProgress] = field(default_factory=list)
    started_at: str | None = None
    updated_at: str | None = None
    error: dict | None = None
    # Incremented on every change so that mirrored writes can be ordered.
    version: int = 0

    def enter(self, stage: str, now: datetime) -> None:
        self.stage = stage
        self.status = "running"
        self.percent = max(self.percent, STAGE_PERCENT[stage])
        self.touch(now)

    def touch(self, now: datetime) -> None:
        if self.started_at is None:
            self.started_at = now.isoformat()
        self.updated_at = now.isoformat()
        self.version += 1

    def recompute_production_percent(self) -> None:
        if self.stage == Stage.PRODUCING:
            self.percent = max(self.percent, production_percent(self.narration, self.scenes))

    def scene(self, scene_number: int) -> SceneProgress:
        return next(scene for scene in self.scenes if scene.scene_number == scene_number)

    def finish(self, status: str, now: datetime, error: dict | None = None) -> None:
        self.status = status
        self.stage = status
        self.percent = 100
        self.error = error
        self.touch(now)

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_mirror(cls, story: dict[str, Any], pictures: list[dict[str, Any]]) -> StoryProgress:
        """The progress the database mirror tells: `story` holds the `stories` columns
        (id, status, stage, percent, progress, error_code, error_message), `pictures`
        the story's `story_illustrations` rows (scene_number, status, attempts)."""
        facts = story.get("progress") or {}
        illustrate = facts.get("illustrate", True)
        scenes = [
            SceneProgress(
                picture["scene_number"],
                PICTURE_STATUS.get(picture["status"], WorkStatus.PENDING) if illustrate else WorkStatus.SKIPPED,
                picture.get("attempts") or 0,
            )
            for picture in pictures
        ]
        # Runs recorded before the steps wrote their own facts left whole snapshots.
        if not pictures and facts.get("scenes"):
            scenes = [SceneProgress(s["scene_number"], s["status"], s.get("attempts", 0)) for s in facts["scenes"]]
        narration = facts.get("narration", WorkStatus.PENDING)
        narrated = int(facts.get("narrated_scenes") or 0)
        for scene in scenes:
            scene.narration = scene_narration(narration, narrated, scene.scene_number)
        stage = story.get("stage") or story["status"]
        percent = story.get("percent") or 0
        if stage == Stage.PRODUCING:
            percent = max(percent, production_percent(narration, scenes))
        error = {"code": story["error_code"], "message": story.get("error_message") or ""} if story.get("error_code") else None
        return cls(
            story_id=str(story["id"]), status=story["status"], stage=stage, percent=percent, narration=narration,
            scenes=scenes, started_at=facts.get("started_at"), updated_at=facts.get("updated_at"), error=error,
            version=facts.get("version", 0),
        )
