"""Loads and validates `temporal.yaml`, the one place Temporal policy is written down.

Workers and the API load it at start-up (`load_policy`); workflow code reads the
loaded value through `current_policy()`, since workflows may not touch files. What it
holds never changes the commands a workflow emits: timeouts and retries are options of
a command that replay does not compare, and values that shape commands (how many
pictures are drawn at once, how many drafts a story may take) travel in a workflow's
input, chosen by the API from the policy when it starts the workflow.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from temporalio.common import RetryPolicy

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
# A checkout's own temporal.yaml at its root; an installed wheel carries a copy in this package.
CHECKOUT_POLICY_PATH = Path(__file__).resolve().parent.parent / "temporal.yaml"
PACKAGED_POLICY_PATH = Path(__file__).resolve().parent / "temporal.yaml"


class PolicyError(ValueError):
    """temporal.yaml is missing, malformed, or holds a value that cannot work."""


@dataclass(frozen=True)
class ActivityPolicy:
    start_to_close: timedelta
    heartbeat: timedelta | None
    retry: RetryPolicy

    def options(self) -> dict[str, Any]:
        """Keyword arguments for `workflow.execute_activity`."""
        return {
            "start_to_close_timeout": self.start_to_close,
            "heartbeat_timeout": self.heartbeat,
            "retry_policy": self.retry,
        }


@dataclass(frozen=True)
class TemporalPolicy:
    namespace: str
    story_task_queue: str
    max_concurrent_activities: int
    max_concurrent_workflow_tasks: int
    illustration_parallelism: int
    story_drafts: int
    activities: dict[str, ActivityPolicy] = field(default_factory=dict)

    def activity(self, name: str) -> ActivityPolicy:
        try:
            return self.activities[name]
        except KeyError:
            raise PolicyError(f"temporal.yaml has no policy for activity {name!r}") from None


def parse_duration(value: Any, where: str) -> timedelta:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return timedelta(seconds=value)
    match = _DURATION.match(str(value))
    if not match:
        raise PolicyError(f"{where}: {value!r} is not a duration like '500ms', '30s', '5m' or '1h'")
    return timedelta(seconds=float(match[1]) * _UNIT_SECONDS[match[2]])


def _positive_int(section: dict, key: str, where: str) -> int:
    value = section.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise PolicyError(f"{where}.{key} must be a whole number of at least 1, not {value!r}")
    return value


def _section(raw: dict, key: str) -> dict:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise PolicyError(f"temporal.yaml needs a mapping under {key!r}")
    return value


def _retry_policy(raw: dict, where: str) -> RetryPolicy:
    unknown = set(raw) - {"initial_interval", "backoff", "maximum_interval", "maximum_attempts", "non_retryable"}
    if unknown:
        raise PolicyError(f"{where}: unknown keys {sorted(unknown)}")
    initial = parse_duration(raw["initial_interval"], f"{where}.initial_interval")
    maximum = parse_duration(raw["maximum_interval"], f"{where}.maximum_interval")
    backoff = raw["backoff"]
    attempts = raw["maximum_attempts"]
    if not isinstance(backoff, (int, float)) or backoff < 1:
        raise PolicyError(f"{where}.backoff must be a number of at least 1, not {backoff!r}")
    if maximum < initial:
        raise PolicyError(f"{where}.maximum_interval must not be shorter than initial_interval")
    if not isinstance(attempts, int) or attempts < 0:
        raise PolicyError(f"{where}.maximum_attempts must be 0 (unlimited) or more, not {attempts!r}")
    non_retryable = raw.get("non_retryable") or []
    if not all(isinstance(item, str) for item in non_retryable):
        raise PolicyError(f"{where}.non_retryable must be a list of error type names")
    return RetryPolicy(
        initial_interval=initial,
        backoff_coefficient=float(backoff),
        maximum_interval=maximum,
        maximum_attempts=attempts,
        non_retryable_error_types=list(non_retryable),
    )


def _activity_policy(defaults: dict, override: dict | None, name: str) -> ActivityPolicy:
    where = f"activities.{name}"
    override = override or {}
    unknown = set(override) - {"start_to_close", "heartbeat", "retry"}
    if unknown:
        raise PolicyError(f"{where}: unknown keys {sorted(unknown)}")
    merged_retry = {**defaults.get("retry", {}), **(override.get("retry") or {})}
    start_to_close = parse_duration(override.get("start_to_close", defaults.get("start_to_close")), f"{where}.start_to_close")
    heartbeat_raw = override.get("heartbeat", defaults.get("heartbeat"))
    heartbeat = None if heartbeat_raw is None else parse_duration(heartbeat_raw, f"{where}.heartbeat")
    if heartbeat is not None and heartbeat >= start_to_close:
        raise PolicyError(f"{where}.heartbeat must be shorter than start_to_close")
    return ActivityPolicy(start_to_close, heartbeat, _retry_policy(merged_retry, f"{where}.retry"))


def parse_policy(raw: Any, required_activities: tuple[str, ...] = ()) -> TemporalPolicy:
    if not isinstance(raw, dict):
        raise PolicyError("temporal.yaml must hold a mapping at its top level")
    queues = _section(raw, "task_queues")
    worker = _section(raw, "worker")
    story = _section(raw, "story")
    defaults = _section(raw, "activity_defaults")
    overrides = raw.get("activities") or {}
    if not isinstance(queues.get("stories"), str) or not queues["stories"]:
        raise PolicyError("task_queues.stories must name a task queue")
    missing = [name for name in required_activities if name not in overrides]
    if missing:
        raise PolicyError(f"temporal.yaml lists no policy for activities {missing}")
    return TemporalPolicy(
        namespace=str(raw.get("namespace", "default")),
        story_task_queue=queues["stories"],
        max_concurrent_activities=_positive_int(worker, "max_concurrent_activities", "worker"),
        max_concurrent_workflow_tasks=_positive_int(worker, "max_concurrent_workflow_tasks", "worker"),
        illustration_parallelism=_positive_int(story, "illustration_parallelism", "story"),
        story_drafts=_positive_int(story, "story_drafts", "story"),
        activities={name: _activity_policy(defaults, override, name) for name, override in overrides.items()},
    )


def policy_path() -> Path:
    configured = os.environ.get("STORYLOOM_TEMPORAL_CONFIG")
    if configured:
        return Path(configured)
    return CHECKOUT_POLICY_PATH if CHECKOUT_POLICY_PATH.exists() else PACKAGED_POLICY_PATH


_loaded: TemporalPolicy | None = None


def load_policy(path: Path | None = None, required_activities: tuple[str, ...] = ()) -> TemporalPolicy:
    """Read, validate and remember the policy. Raises PolicyError with the reason."""
    global _loaded
    import yaml  # only where the file is read: workflow code imports this module for current_policy()

    path = path or policy_path()
    try:
        raw = yaml.safe_load(path.read_text())
    except FileNotFoundError:
        raise PolicyError(f"no Temporal policy file at {path}") from None
    except yaml.YAMLError as error:
        raise PolicyError(f"{path} is not valid YAML: {error}") from None
    try:
        _loaded = parse_policy(raw, required_activities)
    except KeyError as error:
        raise PolicyError(f"{path}: missing key {error}") from None
    except PolicyError as error:
        raise PolicyError(f"{path}: {error}") from None
    return _loaded


def current_policy() -> TemporalPolicy:
    if _loaded is None:
        raise PolicyError("the Temporal policy was not loaded; call load_policy() at start-up")
    return _loaded
