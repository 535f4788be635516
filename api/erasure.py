"""Deleting what a parent asks to delete: running workflows stopped, then an
ErasureWorkflow removes the media and the rows, and the request waits for it."""

from __future__ import annotations

import asyncio

from temporalio.client import Client, WorkflowExecutionStatus
from temporalio.service import RPCError

from api.errors import service_unavailable
from workflows.erasure import ErasureWorkflow
from workflows.inputs import ErasureWorkflowInput, erasure_workflow_id

ERASURE_TIMEOUT_SECONDS = 120


async def _stop_running(client: Client, query: str) -> None:
    async for execution in client.list_workflows(query):
        if execution.status == WorkflowExecutionStatus.RUNNING and not execution.id.startswith("erase-"):
            await client.get_workflow_handle(execution.id, run_id=execution.run_id).terminate("erased by its owner")


async def erase(state, user_id: str, *, story_id: str | None = None, hero_id: str | None = None) -> None:
    """Erases a story, a hero or (with neither) the whole account, through the app's
    Temporal client, and drops the signer's cached links to the user's objects."""
    try:
        client: Client = await state.temporal.client()
        if story_id:
            await _stop_running(client, f'StoryId = "{story_id}"')
        elif not hero_id:
            await _stop_running(client, f'StoryUserId = "{user_id}"')
        await asyncio.wait_for(
            client.execute_workflow(
                ErasureWorkflow.run,
                ErasureWorkflowInput(user_id, story_id, hero_id),
                id=erasure_workflow_id(user_id, story_id, hero_id),
                task_queue=state.policy.story_task_queue,
            ),
            ERASURE_TIMEOUT_SECONDS,
        )
    except (RPCError, OSError, asyncio.TimeoutError) as error:
        raise service_unavailable("The deletion could not be completed now; please try again", error) from None
    forget = getattr(state.signer, "forget_user", None)
    if forget is not None:
        # Links to erased objects must not be handed out from the signer's cache.
        forget(user_id)


