"""Workflow arguments and results, and the workflow ids derived from API-chosen ids."""

from __future__ import annotations

from dataclasses import dataclass

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from activities.contracts import IllustrationRequest


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
    story_id: str
    user_id: str
    request: IllustrationRequest
