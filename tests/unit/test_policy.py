from datetime import timedelta

import pytest
import yaml

from contracts.policy import CHECKOUT_POLICY_PATH, PolicyError, load_policy, parse_duration, parse_policy
from worker.composition import activities_from_settings, activity_names


def raw_policy() -> dict:
    return yaml.safe_load(CHECKOUT_POLICY_PATH.read_text())


def test_shipped_policy_covers_every_registered_activity(tmp_path):
    from worker.settings import WorkerSettings

    settings = WorkerSettings(home=tmp_path, media_dir=tmp_path / "media", provider="offline")
    names = activity_names(activities_from_settings(settings))
    policy = load_policy(required_activities=names)
    assert set(names) <= set(policy.activities)
    narrate = policy.activity("narrate_story")
    assert narrate.heartbeat == timedelta(seconds=30)
    assert "ContentPolicyViolation" in narrate.retry.non_retryable_error_types
    assert policy.activity("record_progress").retry.maximum_attempts == 0  # unlimited


@pytest.mark.parametrize("text, seconds", [("500ms", 0.5), ("30s", 30), ("5m", 300), ("1h", 3600), (12, 12)])
def test_durations(text, seconds):
    assert parse_duration(text, "x") == timedelta(seconds=seconds)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda raw: raw["activities"]["write_story"].update(start_to_close="soon"), "not a duration"),
        (lambda raw: raw["activities"]["narrate_story"].update(heartbeat="20m"), "heartbeat must be shorter"),
        (lambda raw: raw["activity_defaults"]["retry"].update(backoff=0.5), "backoff"),
        (lambda raw: raw["activity_defaults"]["retry"].update(maximum_interval="100ms"), "maximum_interval"),
        (lambda raw: raw["story"].update(illustration_parallelism=0), "illustration_parallelism"),
        (lambda raw: raw["activities"]["write_story"].update(timeout="5s"), "unknown keys"),
        (lambda raw: raw.pop("task_queues"), "task_queues"),
    ],
)
def test_bad_policies_are_refused_with_the_reason(mutate, message):
    raw = raw_policy()
    mutate(raw)
    with pytest.raises(PolicyError, match=message):
        parse_policy(raw)


def test_missing_activity_policy_is_named():
    with pytest.raises(PolicyError, match="paint_the_moon"):
        parse_policy(raw_policy(), required_activities=("write_story", "paint_the_moon"))


def test_missing_file_and_bad_yaml(tmp_path):
    with pytest.raises(PolicyError, match="no Temporal policy file"):
        load_policy(tmp_path / "absent.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("task_queues: [unclosed")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policy(broken)
    load_policy()  # leave the shipped policy loaded for other tests
