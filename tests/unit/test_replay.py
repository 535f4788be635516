"""Recorded histories replay against today's workflow code.

A change that makes workflow code non-deterministic (reordered activities, a
new call on an old path) breaks the replay of stories already running in
production. Record new histories with:
    STORYLOOM_RECORD_HISTORIES=1 uv run pytest tests/integration
"""

from pathlib import Path

import pytest
import yaml
from temporalio.client import WorkflowHistory
from temporalio.worker import Replayer

from contracts.policy import CHECKOUT_POLICY_PATH, load_policy
from worker.composition import WORKFLOWS

HISTORIES = sorted((Path(__file__).resolve().parents[1] / "histories").glob("*.json"))


def test_every_kind_of_run_has_a_recorded_history():
    names = {path.stem for path in HISTORIES}
    assert {"story_completed", "story_partial", "story_failed", "scene_failed", "scene_retried_alone",
            "narration_new_voice", "avatar", "story_moderated", "story_redrafted", "scene_extraction",
            # Runs begun before the moderation patch must still replay on today's code.
            "story_completed_before_moderation", "story_partial_before_moderation"} <= names


@pytest.mark.parametrize("path", HISTORIES, ids=[path.stem for path in HISTORIES])
async def test_history_replays(path):
    load_policy()
    history = WorkflowHistory.from_json(path.stem, path.read_text())
    await Replayer(workflows=WORKFLOWS).replay_workflow(history)


def changed_policy(tmp_path: Path) -> Path:
    """temporal.yaml with every value a worker could be configured with turned."""
    raw = yaml.safe_load(CHECKOUT_POLICY_PATH.read_text())
    raw["story"].update(illustration_parallelism=1, story_drafts=1)
    raw["worker"].update(max_concurrent_activities=2, max_concurrent_workflow_tasks=1)
    raw["activity_defaults"]["start_to_close"] = "7s"
    raw["activity_defaults"]["retry"]["maximum_attempts"] = 2
    for override in raw["activities"].values():
        override.pop("retry", None)
        override["start_to_close"] = "9s"
        override.pop("heartbeat", None)
    path = tmp_path / "temporal.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


@pytest.mark.parametrize("path", HISTORIES, ids=[path.stem for path in HISTORIES])
async def test_history_replays_under_a_changed_worker_configuration(path, tmp_path):
    """Nothing a worker's configuration says changes the commands a running story emits."""
    try:
        load_policy(changed_policy(tmp_path))
        history = WorkflowHistory.from_json(path.stem, path.read_text())
        await Replayer(workflows=WORKFLOWS).replay_workflow(history)
    finally:
        load_policy()
