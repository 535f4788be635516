"""A parent's text, checked before it is saved: rewritten where it can be,
refused with 400 CONTENT_POLICY_VIOLATION where it cannot."""

from __future__ import annotations

import asyncio
import uuid

from litestar import Request
from temporalio.client import WorkflowFailureError
from temporalio.service import RPCError

from api.errors import ApiError
from workflows.input_check import InputCheckWorkflow
from workflows.inputs import InputCheckWorkflowInput

CHECK_TIMEOUT_SECONDS = 20


async def checked_fields(
    request: Request, content_type: str, content_id: str, fields: dict[str, str | None], language: str | None = None
) -> dict[str, str | None]:
    """The fields as they may be saved. Empty fields pass through unchecked."""
    if not any(fields.values()):
        return fields
    state = request.app.state
    try:
        client = await state.temporal.client()
        checked = await asyncio.wait_for(
            client.execute_workflow(
                InputCheckWorkflow.run,
                InputCheckWorkflowInput(request.user.user_id, content_type, content_id, fields, language),
                id=f"check-{content_type}-{content_id}-{uuid.uuid4().hex[:8]}",
                task_queue=state.policy.story_task_queue,
            ),
            CHECK_TIMEOUT_SECONDS,
        )
    except (RPCError, OSError, RuntimeError, asyncio.TimeoutError, WorkflowFailureError) as error:
        raise ApiError(503, "SERVICE_UNAVAILABLE", "Your text cannot be checked right now; please try again shortly",
                       {"reason": str(error) or type(error).__name__}, retry_after=30) from None
    if checked.refused:
        raise ApiError(
            400, "CONTENT_POLICY_VIOLATION", "Some of this is not suitable for a children's story",
            {"reasons": checked.reason_codes, "fields": [{"field": name, "message": "not suitable for children"}
                                                          for name in checked.refused]},
        )
    return checked.fields
