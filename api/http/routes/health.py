"""GET /functions/v1/health: can this deployment make a story right now?"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from datetime import datetime, timezone

import httpx
from litestar import Request, Response, get
from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest, GetSystemInfoRequest

from api.http.schemas import HealthView
from db.engine import run_sql

# A worker that polled within this window counts as alive.
WORKER_SEEN_WITHIN_SECONDS = 90
CHECK_TIMEOUT_SECONDS = 3.0
# The deployment guide's buckets, which the workers create when absent.
STORAGE_BUCKETS = ("story-assets", "hero-avatars", "story-audio", "story-illustrations")


_PROVIDER_CHECK_SECONDS = 60
_provider_checked: dict[str, tuple[float, dict]] = {}


async def openai_reachable(base_url: str, api_key: str | None) -> dict:
    """Lists the models with the configured key, at most once a minute (a health
    probe must not spend the provider's rate limits)."""
    cached = _provider_checked.get(base_url)
    if cached and time.monotonic() - cached[0] < _PROVIDER_CHECK_SECONDS:
        return cached[1]
    async with httpx.AsyncClient(timeout=CHECK_TIMEOUT_SECONDS - 0.5) as client:
        response = await client.get(f"{base_url}/models", headers={"Authorization": f"Bearer {api_key}"})
    if response.status_code != 200:
        raise RuntimeError(f"OpenAI answered {response.status_code} to a models listing")
    result = {"provider": "openai", "base_url": base_url}
    _provider_checked[base_url] = (time.monotonic(), result)
    return result


async def _timed(check) -> dict:
    started = time.perf_counter()
    try:
        detail = await asyncio.wait_for(check(), CHECK_TIMEOUT_SECONDS)
        result = {"status": "ok", **(detail or {})}
    except Exception as error:  # a health check reports every failure instead of raising it
        result = {"status": "error", "error": str(error) or type(error).__name__}
    result["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


@get("/functions/v1/health", summary="Health of the database, Temporal, workers and storage", tags=["health"])
async def health(request: Request) -> Response[HealthView]:
    state = request.app.state

    async def database() -> None:
        await run_sql("SELECT 1")

    async def temporal() -> dict:
        client = await state.temporal.client()
        await client.workflow_service.get_system_info(GetSystemInfoRequest())
        return {"address": state.temporal.address}

    async def worker() -> dict:
        client = await state.temporal.client()
        described = await client.workflow_service.describe_task_queue(
            DescribeTaskQueueRequest(
                namespace=client.namespace,
                task_queue=TaskQueue(name=state.policy.story_task_queue),
                task_queue_type=TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
            )
        )
        now = datetime.now(timezone.utc)
        alive = [
            poller for poller in described.pollers
            if (now - poller.last_access_time.ToDatetime(timezone.utc)).total_seconds() < WORKER_SEEN_WITHIN_SECONDS
        ]
        if not alive:
            raise RuntimeError(f"no worker is polling task queue {state.policy.story_task_queue}")
        return {"pollers": len(alive), "task_queue": state.policy.story_task_queue}

    async def storage() -> dict:
        if state.settings.storage == "supabase":
            await state.signer.check(STORAGE_BUCKETS)
            return {"backend": "supabase"}
        probe = state.settings.media_dir / f".health-{uuid.uuid4().hex}"
        state.settings.media_dir.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(probe.write_bytes, b"ok")
        await asyncio.to_thread(probe.unlink)
        return {"backend": "local"}

    async def provider() -> dict:
        settings = state.settings
        if settings.provider != "openai":
            return {"provider": settings.provider, "capabilities": ["text", "moderation", "speech", "images"]}
        return await openai_reachable(settings.openai_base_url, settings.openai_api_key)

    names = ("database", "temporal", "worker", "storage", "provider")
    results = await asyncio.gather(*(_timed(check) for check in (database, temporal, worker, storage, provider)))
    checks = dict(zip(names, results))
    healthy = all(check["status"] == "ok" for check in checks.values())
    # Which API this is: `up` checks that the API answering on its port is the one it started.
    instance = {"X-Storyloom-Instance": os.environ["STORYLOOM_INSTANCE"]} if os.environ.get("STORYLOOM_INSTANCE") else {}
    return Response(HealthView(status="healthy" if healthy else "degraded", checks=checks),
                    status_code=200 if healthy else 503, headers=instance)
