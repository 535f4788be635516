"""The settings every process kind reads the same way, read by one function each, so
the API, the worker and the CLI can never disagree on where Temporal is, which
namespace and task queue a story uses, where the home is or which provider runs.

Each process builds its own settings object once, at start-up, from these.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from contracts.policy import TemporalPolicy

# "offline" needs no key and no network; "openai" is chosen by default when
# OPENAI_API_KEY is set, and STORYLOOM_PROVIDER overrides either way.
PROVIDERS = ("offline", "openai")
DEFAULT_TEMPORAL_ADDRESS = "127.0.0.1:7233"


def storyloom_home(environ: Mapping[str, str] = os.environ) -> Path:
    return Path(environ.get("STORYLOOM_HOME", ".storyloom")).resolve()


def media_dir(home: Path, environ: Mapping[str, str] = os.environ) -> Path:
    return Path(environ.get("STORYLOOM_MEDIA_DIR") or home / "media").resolve()


def chosen_provider(environ: Mapping[str, str] = os.environ) -> str:
    api_key = environ.get("OPENAI_API_KEY") or None
    provider = environ.get("STORYLOOM_PROVIDER", "").strip().lower() or ("openai" if api_key else "offline")
    if provider not in PROVIDERS:
        raise ValueError(f"STORYLOOM_PROVIDER must be one of {PROVIDERS}, not {provider!r}")
    if provider == "openai" and not api_key:
        raise ValueError("STORYLOOM_PROVIDER=openai needs OPENAI_API_KEY")
    return provider


@dataclass(frozen=True)
class TemporalTarget:
    """Where a process finds Temporal and the queue stories run on."""

    address: str
    namespace: str
    task_queue: str

    @classmethod
    def of(cls, policy: TemporalPolicy, environ: Mapping[str, str] = os.environ) -> TemporalTarget:
        # temporal.yaml names the namespace and queue; TEMPORAL_NAMESPACE overrides the
        # namespace for a deployment, the same way for every process kind.
        return cls(
            address=environ.get("TEMPORAL_ADDRESS") or DEFAULT_TEMPORAL_ADDRESS,
            namespace=environ.get("TEMPORAL_NAMESPACE") or policy.namespace,
            task_queue=policy.story_task_queue,
        )
