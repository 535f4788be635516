"""What the `progress` query answers, and what is mirrored into PostgreSQL."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

TERMINAL_STATUSES = ("completed", "partial", "failed")

# Where each stage starts on the 0-100 scale. Narration and pictures share the
# span between "producing" and "finishing" by how many of them are done.
STAGE_PERCENT = {
    "queued": 0,
    "loading": 2,
    "writing": 5,
    "moderating": 25,
    "extracting_scenes": 30,
    "saving": 38,
    "producing": 40,
    "finishing": 97,
}


@dataclass
class SceneProgress:
    scene_number: int
    status: str = "pending"  # pending | running | completed | failed | skipped
    attempts: int = 0


@dataclass
class StoryProgress:
    story_id: str
    status: str = "queued"  # queued | running | completed | partial | failed
    stage: str = "queued"
    percent: int = 0
    narration: str = "pending"  # pending | running | completed | failed | skipped
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
        units = [scene.status for scene in self.scenes if scene.status != "skipped"]
        if self.narration != "skipped":
            units.append(self.narration)
        if not units:
            return
        done = sum(status in ("completed", "failed") for status in units)
        span = STAGE_PERCENT["finishing"] - STAGE_PERCENT["producing"]
        self.percent = max(self.percent, STAGE_PERCENT["producing"] + span * done // len(units))

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
