"""Starting a follow-up workflow (new voice, new avatar) that may already be running."""

from __future__ import annotations

from temporalio.client import Client, WorkflowHandle
from temporalio.common import TypedSearchAttributes, WorkflowIDConflictPolicy, WorkflowIDReusePolicy

from api.http.schemas import WorkflowAccepted
from api.services.search_attributes import story_search_attributes


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
