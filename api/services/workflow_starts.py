"""Starting a follow-up workflow (new voice, new avatar) that may already be running,
and waiting for one to end as the app's functions do."""

from __future__ import annotations

import asyncio

from litestar import Request
from temporalio.client import Client, WorkflowFailureError, WorkflowHandle
from temporalio.common import TypedSearchAttributes, WorkflowIDConflictPolicy, WorkflowIDReusePolicy
from temporalio.service import RPCError

from api.http.errors import ApiError, service_unavailable, workflow_failure
from api.http.schemas import WorkflowAccepted
from api.services.search_attributes import story_search_attributes

# How long a function waits for its workflow before answering 408 (the work goes on).
WAIT_TIMEOUT_SECONDS = 120
POLL_SECONDS = 0.3


async def start_or_join(
    client: Client, workflow_run, argument, *, workflow_id: str, task_queue: str, user_id: str, story_id: str = "",
) -> WorkflowHandle:
    """Starts the workflow unless a run with this id is going; then that run answers."""
    return await client.start_workflow(
        workflow_run,
        argument,
        id=workflow_id,
        task_queue=task_queue,
        id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE,
        id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
        search_attributes=TypedSearchAttributes(story_search_attributes(user_id, story_id)),
    )


async def start_once(
    client: Client, workflow_run, argument, *, workflow_id: str, task_queue: str, user_id: str,
    story_id: str = "", links: dict[str, str],
) -> WorkflowAccepted:
    handle = await start_or_join(client, workflow_run, argument, workflow_id=workflow_id, task_queue=task_queue,
                                 user_id=user_id, story_id=story_id)
    return WorkflowAccepted(workflow_id=workflow_id, run_id=handle.result_run_id, links=links)


def temporal_unavailable(error: BaseException) -> ApiError:
    return service_unavailable("This cannot be done right now; please try again shortly", error)


async def run_and_wait(request: Request, workflow_run, argument, workflow_id: str, story_id: str = ""):
    """Runs a follow-up workflow to its end (joining a run already going)."""
    state = request.app.state
    try:
        handle = await start_or_join(
            await state.temporal.client(), workflow_run, argument, workflow_id=workflow_id,
            task_queue=state.policy.story_task_queue, user_id=request.user.user_id, story_id=story_id,
        )
        return await asyncio.wait_for(handle.result(), WAIT_TIMEOUT_SECONDS)
    except WorkflowFailureError as failure:
        raise workflow_failure(failure) from None
    except asyncio.TimeoutError:
        raise ApiError(408, "TIMEOUT", "This is taking longer than usual; please try again shortly") from None
    except (RPCError, OSError, RuntimeError) as error:
        raise temporal_unavailable(error) from None


async def wait_until(check, timeout: float = WAIT_TIMEOUT_SECONDS):
    """`check()`'s first truthy answer, polled; 408 once `timeout` has passed."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = await check()
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise ApiError(408, "TIMEOUT", "This is taking longer than usual; please try again shortly")
        await asyncio.sleep(POLL_SECONDS)
