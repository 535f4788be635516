"""Workflow arguments and results, and the workflow ids derived from API-chosen ids."""

from __future__ import annotations

from dataclasses import dataclass

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    # The vocabulary the API validates requests against, owned by the activities
    # that act on it and re-exported here for the API (which imports workflows only).
    from activities.contracts import BUILT_IN_EVENTS, LANGUAGES, REDRAWING_STAGE, VOICES, SceneDraft  # noqa: F401
    # Workflows that run one activity take that activity's own argument.
    from activities.inputs import AvatarInput as AvatarWorkflowInput  # noqa: F401
    from activities.inputs import CheckedInputs  # noqa: F401
    from activities.inputs import CheckInputsInput as InputCheckWorkflowInput  # noqa: F401
    from activities.inputs import ErasureInput as ErasureWorkflowInput  # noqa: F401
    from activities.inputs import IllustrateSceneInput as SceneIllustrationInput  # noqa: F401
    from activities.inputs import NarrateInput as NarrationWorkflowInput  # noqa: F401


def story_workflow_id(story_id: str) -> str:
    return f"story-{story_id}"


def scene_workflow_id(story_id: str, scene_number: int) -> str:
    return f"story-{story_id}-scene-{scene_number}"


@dataclass(frozen=True)
class StoryWorkflowInput:
    # The story row the API inserted holds the request; the workflow reads it from there.
    story_id: str
    user_id: str


@dataclass(frozen=True)
class StoryOutcome:
    story_id: str
    status: str
    completed_scenes: int
    failed_scenes: int



def narration_workflow_id(story_id: str, voice: str) -> str:
    return f"story-{story_id}-narration-{voice}"


def avatar_workflow_id(hero_id: str, generation_id: str) -> str:
    return f"hero-{hero_id}-avatar-{generation_id}"




def erasure_workflow_id(user_id: str, story_id: str | None = None, hero_id: str | None = None) -> str:
    if story_id:
        return f"erase-story-{story_id}"
    if hero_id:
        return f"erase-hero-{hero_id}"
    return f"erase-user-{user_id}"



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
