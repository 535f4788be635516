"""Recorded histories replay against today's workflow code.

A change that makes workflow code non-deterministic (reordered activities, a
new call on an old path) breaks the replay of stories already running in
production. Record new histories with:
    STORYLOOM_RECORD_HISTORIES=1 uv run pytest tests/integration
"""

from pathlib import Path

import pytest
from temporalio.client import WorkflowHistory
from temporalio.worker import Replayer

from workflows.policy import load_policy
from workflows.worker import WORKFLOWS

HISTORIES = sorted((Path(__file__).resolve().parents[1] / "histories").glob("*.json"))


def test_every_kind_of_run_has_a_recorded_history():
    names = {path.stem for path in HISTORIES}
    assert {"story_completed", "story_partial", "story_failed", "scene_failed", "scene_retried_alone",
            "narration_new_voice", "avatar", "story_moderated", "story_redrafted",
            # Runs begun before the moderation patch must still replay on today's code.
            "story_completed_before_moderation", "story_partial_before_moderation"} <= names


@pytest.mark.parametrize("path", HISTORIES, ids=[path.stem for path in HISTORIES])
async def test_history_replays(path):
    load_policy()
    history = WorkflowHistory.from_json(path.stem, path.read_text())
    await Replayer(workflows=WORKFLOWS).replay_workflow(history)
