"""Workflow arguments and results, and the workflow ids derived from API-chosen ids."""

from __future__ import annotations

from dataclasses import dataclass

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    # The vocabulary the API validates requests against, owned by the activities
    # that act on it and re-exported here for the API (which imports workflows only).
    from activities.contracts import BUILT_IN_EVENTS, LANGUAGES, VOICES, SceneDraft  # noqa: F401


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


@dataclass(frozen=True)
class SceneIllustrationInput:
    # Ids only: the activity reads the scene, hero and event from the database,
    # so a retry started from the API or the CLI needs nothing else.
    story_id: str
    user_id: str
    scene_number: int
    revision: int = 0
    prompt_override: str | None = None


def narration_workflow_id(story_id: str, voice: str) -> str:
    return f"story-{story_id}-narration-{voice}"


def avatar_workflow_id(hero_id: str, generation_id: str) -> str:
    return f"hero-{hero_id}-avatar-{generation_id}"


@dataclass(frozen=True)
class NarrationWorkflowInput:
    story_id: str
    user_id: str
    voice: str


@dataclass(frozen=True)
class AvatarWorkflowInput:
    hero_id: str
    user_id: str
    generation_id: str


def erasure_workflow_id(user_id: str, story_id: str | None = None, hero_id: str | None = None) -> str:
    if story_id:
        return f"erase-story-{story_id}"
    if hero_id:
        return f"erase-hero-{hero_id}"
    return f"erase-user-{user_id}"


@dataclass(frozen=True)
class ErasureWorkflowInput:
    """One story, one hero, or (neither given) everything of the user."""

    user_id: str
    story_id: str | None = None
    hero_id: str | None = None


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
class InputCheckWorkflowInput:
    user_id: str
    content_type: str
    content_id: str
    fields: dict[str, str | None]
    language: str | None = None
