"""Running stories straight on Temporal, with an in-process worker on a fresh queue."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path

from temporalio import activity
from temporalio.client import Client

from activities.providers import Providers
from activities.providers.chaos import Chaos, parse_chaos
from activities.providers.errors import provider_unavailable
from activities.providers.offline import OfflineImageProvider, OfflineSpeechProvider, OfflineTextProvider
from activities.storage import LocalStorage
from contracts.names import story_workflow_id
from contracts.policy import current_policy, load_policy
from contracts.request import StoryRequest
from contracts.workflows import story_workflow_input
from db.tables import Heroes, Stories
from worker.composition import activity_names, build_activities, build_worker
from worker.providers import build_providers, with_chaos
from worker.settings import WorkerSettings
from workflows.story import StoryWorkflow


async def create_story_row(user_id: str, *, event: str = "magical_forest_adventure", language: str = "en",
                           target_duration: int = 60, narrate: bool = True, illustrate: bool = True,
                           num_scenes: int | None = None) -> str:
    hero_id, story_id = uuid.uuid4(), uuid.uuid4()
    await Heroes.insert(Heroes(id=hero_id, user_id=user_id, name="Pip", primary_trait="brave", secondary_trait="kind",
                               appearance="red hair and a green scarf"))
    await Stories.insert(Stories(
        id=story_id, user_id=user_id, hero_id=hero_id, event_type="built_in", event_data=json.dumps({"event": event}),
        language=language, audio_voice="nova", status="queued", stage="queued",
        generation_metadata=json.dumps({"request": StoryRequest(
            target_duration=target_duration, narrate=narrate, illustrate=illustrate, num_scenes=num_scenes).stored()}),
    ))
    return str(story_id)


class FirstAttemptFails(Chaos):
    """Every provider call fails with a retryable error on its activity's first
    attempt and succeeds on the next: retries exercised, deterministically."""

    def __init__(self) -> None:
        super().__init__({})

    async def strike(self, capability: str) -> None:
        if activity.info().attempt == 1:
            raise provider_unavailable(f"{capability} is busy on a first attempt")


def openai_providers(fake, media_dir: Path, monkeypatch) -> Providers:
    """The providers a worker builds from its environment when OPENAI_API_KEY points at `fake`."""
    monkeypatch.setenv("OPENAI_API_KEY", fake.api_key)
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    monkeypatch.setenv("STORYLOOM_SAFETY_SALT", "test-salt")
    monkeypatch.delenv("STORYLOOM_PROVIDER", raising=False)
    settings = WorkerSettings.from_environment()
    assert settings.provider == "openai", "a key alone chooses OpenAI"
    return build_providers(settings, LocalStorage(media_dir))


@contextlib.asynccontextmanager
async def story_worker(client: Client, media_dir: Path, chaos: str | None = None, first_attempts_fail: bool = False,
                       providers: Providers | None = None, storage=None, ai_filtering: bool = True,
                       injector: Chaos | None = None):
    """Yields the task queue of a worker built from real providers (offline unless given);
    `injector` stands before every provider call when given (a test's own faults)."""
    providers = providers or Providers(OfflineTextProvider(), OfflineSpeechProvider(), OfflineImageProvider())
    faults = parse_chaos(chaos)
    injector = injector or (FirstAttemptFails() if first_attempts_fail else Chaos(faults) if faults else None)
    if injector is not None:
        providers = with_chaos(providers, injector)
    activities = build_activities(providers, storage or LocalStorage(media_dir), ai_filtering)
    policy = load_policy(required_activities=activity_names(activities))
    task_queue = f"test-{uuid.uuid4()}"
    async with build_worker(client, policy, activities, task_queue=task_queue):
        yield task_queue


async def run_story(client: Client, task_queue: str, story_id: str, user_id: str):
    return await client.execute_workflow(
        StoryWorkflow.run, story_workflow_input(current_policy(), story_id, user_id), id=story_workflow_id(story_id), task_queue=task_queue
    )


HISTORIES = Path(__file__).resolve().parents[1] / "histories"


async def keep_history(client: Client, workflow_id: str, name: str) -> None:
    """With STORYLOOM_RECORD_HISTORIES=1, saves the run's history for the replay test
    (tests/unit/test_replay.py), which fails when workflow code stops being deterministic."""
    if os.environ.get("STORYLOOM_RECORD_HISTORIES") != "1":
        return
    history = await client.get_workflow_handle(workflow_id).fetch_history()
    HISTORIES.mkdir(exist_ok=True)
    (HISTORIES / f"{name}.json").write_text(history.to_json())
