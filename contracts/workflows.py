"""Workflow arguments and results that are not one activity's own."""

from __future__ import annotations

from dataclasses import dataclass

from contracts.policy import TemporalPolicy
from contracts.story import SceneDraft, StoryBrief, StoryText

# What a story ran with before these values travelled in its input; recorded
# histories of those runs replay with them.
DEFAULT_ILLUSTRATION_PARALLELISM = 6
DEFAULT_STORY_DRAFTS = 3


@dataclass(frozen=True)
class StoryWorkflowInput:
    # The story row the API inserted holds the request; the workflow reads it from there.
    story_id: str
    user_id: str
    # Values that shape the commands the workflow emits travel here, chosen by the API
    # when it starts the story, so no worker's configuration can change a running story.
    illustration_parallelism: int = DEFAULT_ILLUSTRATION_PARALLELISM
    # Drafts a story may take before it fails its child-safety check for good.
    story_drafts: int = DEFAULT_STORY_DRAFTS


def story_workflow_input(policy: TemporalPolicy, story_id: str, user_id: str) -> StoryWorkflowInput:
    """A new story's input, with today's policy pinned into it."""
    return StoryWorkflowInput(story_id, user_id, policy.illustration_parallelism, policy.story_drafts)


@dataclass(frozen=True)
class StoryOutcome:
    story_id: str
    status: str
    completed_scenes: int
    failed_scenes: int


@dataclass(frozen=True)
class SavedStory:
    """What the `story_saved` update answers once text and scenes are stored."""

    story_id: str
    title: str
    content: str
    word_count: int
    estimated_duration_seconds: int
    scenes: list[SceneDraft]
    # Offsets at the reading pace until the narration measures them exactly.
    scene_timestamps_seconds: list[float]


@dataclass(frozen=True)
class SceneExtractionInput:
    """Scenes of a text the app keeps itself (its extract-scenes), already through the gate."""

    user_id: str
    # The extraction's own id (no story row has it): what its content checks are filed under.
    extraction_id: str
    brief: StoryBrief
    story: StoryText
