"""The worker process: polls the story task queue and runs workflows and activities.

    python -m worker        (or `storyloom worker`)

Reads DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and the activity settings
from the environment, and temporal.yaml for queues, timeouts and concurrency.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from datetime import timedelta

import structlog
from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionStartWorkflow,
    ScheduleAlreadyRunningError,
    ScheduleIntervalSpec,
    ScheduleOverlapPolicy,
    SchedulePolicy,
    ScheduleSpec,
)
from temporalio.worker import Worker
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

from activities.language import warm_up
from activities.pipeline.avatars import AvatarActivities
from activities.pipeline.erasure import ErasureActivities
from activities.pipeline.illustration import IllustrationActivities
from activities.pipeline.maintenance import MaintenanceActivities
from activities.pipeline.moderation import ModerationActivities
from activities.pipeline.narration import NarrationActivities
from activities.pipeline.progress import ProgressActivities
from activities.pipeline.story import StoryActivities
from activities.providers import Providers
from activities.safety.guard import ContentGuard
from activities.storage import LocalStorage, Storage
from contracts.codec import data_converter
from contracts.environment import TemporalTarget
from contracts.policy import TemporalPolicy, load_policy
from db.engine import close_pool, open_pool
from worker.providers import build_providers
from worker.settings import WorkerSettings
from workflows.avatar import AvatarWorkflow
from workflows.erasure import ErasureWorkflow
from workflows.input_check import InputCheckWorkflow
from workflows.maintenance import SCHEDULE_ID, MaintenanceWorkflow
from workflows.narration import NarrationWorkflow, TextNarrationWorkflow
from workflows.scene import SceneIllustrationWorkflow
from workflows.scene_extraction import SceneExtractionWorkflow
from workflows.story import StoryWorkflow

log = structlog.get_logger("storyloom.worker")

WORKFLOWS = [
    StoryWorkflow, SceneIllustrationWorkflow, NarrationWorkflow, TextNarrationWorkflow, AvatarWorkflow, ErasureWorkflow, MaintenanceWorkflow,
    InputCheckWorkflow, SceneExtractionWorkflow,
]


def build_storage(settings: WorkerSettings) -> Storage:
    if settings.storage == "supabase":
        from activities.storage.supabase import SupabaseStorage

        return SupabaseStorage(settings.supabase_url, settings.supabase_service_role_key)
    return LocalStorage(settings.media_dir)


def activities_from_settings(settings: WorkerSettings, storage: Storage | None = None) -> list[Callable]:
    storage = storage or build_storage(settings)
    return build_activities(
        build_providers(settings, storage), storage, settings.ai_content_filtering, settings.moderation_thresholds
    )


def build_activities(
    providers: Providers, storage: Storage, ai_filtering: bool = True, moderation_thresholds: dict | None = None
) -> list[Callable]:
    guard = ContentGuard(providers.reviewer, ai_filtering, moderation_thresholds)
    story = StoryActivities(providers.text)
    moderation = ModerationActivities(providers.text, guard)
    narration = NarrationActivities(providers.speech, storage)
    illustration = IllustrationActivities(providers.images, storage, guard)
    progress = ProgressActivities()
    avatars = AvatarActivities(providers.images, storage)
    return [
        story.load_story_brief,
        story.write_story,
        story.extract_scenes,
        story.save_story,
        moderation.load_checked_brief,
        moderation.moderate_brief,
        moderation.moderate_story,
        moderation.check_story,
        moderation.moderate_scenes,
        moderation.save_checked_story,
        moderation.check_inputs,
        narration.narrate_story,
        narration.narrate_text,
        illustration.illustrate_scene,
        illustration.record_illustration_failure,
        progress.record_progress,
        progress.finish_story,
        progress.settle_story,
        avatars.generate_avatar,
        ErasureActivities(storage).erase,
        MaintenanceActivities().clean_expired,
    ]


def activity_names(activities: list[Callable]) -> tuple[str, ...]:
    return tuple(function.__name__ for function in activities)


MAINTENANCE_EVERY = timedelta(minutes=10)


async def ensure_maintenance_schedule(client: Client, task_queue: str) -> None:
    """Creates the housekeeping schedule once; every worker asks, the first one creates."""
    try:
        await client.create_schedule(
            SCHEDULE_ID,
            Schedule(
                action=ScheduleActionStartWorkflow(MaintenanceWorkflow.run, id=SCHEDULE_ID, task_queue=task_queue),
                spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=MAINTENANCE_EVERY)]),
                policy=SchedulePolicy(overlap=ScheduleOverlapPolicy.SKIP),
            ),
        )
    except ScheduleAlreadyRunningError:
        pass


WORKFLOW_TASK_POLLS = 8

# The sandbox still guards every workflow against I/O and nondeterminism, but our own
# workflow and contract modules (pure, checked by the package rules) are imported once
# rather than again for every run: a scene's child used to spend most of its first task
# re-importing them.
WORKFLOW_RUNNER = SandboxedWorkflowRunner(
    restrictions=SandboxRestrictions.default.with_passthrough_modules("workflows", "contracts")
)


def build_worker(client: Client, policy: TemporalPolicy, activities: list[Callable], task_queue: str | None = None) -> Worker:
    return Worker(
        client,
        task_queue=task_queue or policy.story_task_queue,
        workflows=WORKFLOWS,
        activities=activities,
        max_concurrent_activities=policy.max_concurrent_activities,
        max_concurrent_workflow_tasks=policy.max_concurrent_workflow_tasks,
        workflow_runner=WORKFLOW_RUNNER,
        # A story starts its scene children together, and a child's first task comes on
        # the shared (non-sticky) queue: with the SDK's default one poller there, the six
        # children waited in line for it (160 ms for the average child).
        max_concurrent_workflow_task_polls=WORKFLOW_TASK_POLLS,
        nonsticky_to_sticky_poll_ratio=1.0,
    )


async def run_worker(stop: asyncio.Event) -> None:
    settings = WorkerSettings.from_environment()
    storage = build_storage(settings)
    activities = activities_from_settings(settings, storage)
    policy = load_policy(required_activities=activity_names(activities))
    target = TemporalTarget.of(policy)
    client = await Client.connect(target.address, namespace=target.namespace, data_converter=data_converter(settings.home))
    await asyncio.to_thread(warm_up)  # the safety check's dictionaries, before the first task
    await open_pool()
    try:
        await ensure_maintenance_schedule(client, target.task_queue)
        await storage.prepare()  # Supabase: the private buckets, created when absent
        worker = build_worker(client, policy, activities)
        async with worker:
            log.info("worker_started", task_queue=target.task_queue, provider=settings.provider,
                     storage=settings.storage, temporal=target.address)
            await stop.wait()
            log.info("worker_stopping")
    finally:
        await close_pool()


def main() -> None:
    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await run_worker(stop)

    asyncio.run(serve())


if __name__ == "__main__":
    main()
