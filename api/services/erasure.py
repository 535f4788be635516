"""Deleting what a parent asks to delete: running workflows stopped, then an
ErasureWorkflow removes the media and the rows, and the request waits for it."""

from __future__ import annotations

import asyncio
import uuid

from temporalio.api.common.v1 import WorkflowExecution
from temporalio.api.workflowservice.v1 import DeleteWorkflowExecutionRequest
from temporalio.client import Client, WorkflowExecutionStatus
from temporalio.service import RPCError, RPCStatusCode

from api.http.errors import service_unavailable
from api.services.usage_queue import FLUSH_EVERY_SECONDS
from contracts.activities import ErasureInput
from contracts.names import erasure_workflow_id
from db.engine import run_sql
from workflows.erasure import ErasureWorkflow

ERASURE_TIMEOUT_SECONDS = 120
DELETE_SETTLE_SECONDS = 20


async def _stop_running(client: Client, query: str) -> None:
    async for execution in client.list_workflows(query):
        if execution.status == WorkflowExecutionStatus.RUNNING and not execution.id.startswith("erase-"):
            await client.get_workflow_handle(execution.id, run_id=execution.run_id).terminate("erased by its owner")


async def delete_executions(client: Client, query: str) -> int:
    """Deletes every workflow execution `query` finds, histories and all: a child's
    name, looks and a private event's words must not outlive the erasure in Temporal."""
    deleted = 0
    async for execution in client.list_workflows(query):
        if execution.id.startswith("erase-"):
            continue  # the record that the erasure happened; it holds ids only
        try:
            await client.workflow_service.delete_workflow_execution(DeleteWorkflowExecutionRequest(
                namespace=client.namespace,
                workflow_execution=WorkflowExecution(workflow_id=execution.id, run_id=execution.run_id),
            ))
        except RPCError as error:
            if error.status != RPCStatusCode.NOT_FOUND:
                raise
            continue  # deleted already; visibility has not caught up
        deleted += 1
    return deleted


async def erase(state, user_id: str, *, story_id: str | None = None, hero_id: str | None = None) -> None:
    """Erases a story, a hero or (with neither) the whole account, through the app's
    Temporal client, and drops the signer's cached links to the user's objects."""
    if story_id is None and hero_id is None:
        await state.usage.flush()  # this process's own rows of the user, before they are erased
    try:
        client: Client = await state.temporal.client()
        scope = f'StoryId = "{story_id}"' if story_id else None if hero_id else f'StoryUserId = "{user_id}"'
        if scope:
            await _stop_running(client, scope)
        await asyncio.wait_for(
            client.execute_workflow(
                ErasureWorkflow.run,
                ErasureInput(user_id, story_id, hero_id),
                id=erasure_workflow_id(user_id, story_id, hero_id),
                task_queue=state.policy.story_task_queue,
            ),
            ERASURE_TIMEOUT_SECONDS,
        )
        if scope:
            # Visibility lags behind: list again until a round finds nothing new to delete.
            deadline = asyncio.get_running_loop().time() + DELETE_SETTLE_SECONDS
            while await delete_executions(client, scope) and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(1)
    except (RPCError, OSError, asyncio.TimeoutError) as error:
        raise service_unavailable("The deletion could not be completed now; please try again", error) from None
    if story_id is None and hero_id is None:
        await _sweep_late_usage_rows(user_id)
    forget = getattr(state.signer, "forget_user", None)
    if forget is not None:
        # Links to erased objects must not be handed out from the signer's cache.
        forget(user_id)




async def _sweep_late_usage_rows(user_id: str) -> None:
    """Another API process may still have held a row of the user's last requests in its
    queue while the account was erased: once its writer has run, those go too."""
    await asyncio.sleep(2 * FLUSH_EVERY_SECONDS)
    await run_sql("DELETE FROM api_usage WHERE user_id = $1", uuid.UUID(user_id))
