"""A parent's text, checked before it is saved: rewritten where it can be,
refused with 400 CONTENT_POLICY_VIOLATION where it cannot."""

from __future__ import annotations

import asyncio
import uuid

from litestar import Request
from temporalio.client import WorkflowFailureError
from temporalio.service import RPCError

from api.errors import ApiError, service_unavailable
from workflows.input_check import InputCheckWorkflow
from workflows.inputs import LANGUAGES, InputCheckWorkflowInput

def accepted_language(header: str) -> str | None:
    """The first of our languages in an Accept-Language header (q-values in order)."""
    choices = []
    for position, part in enumerate(header.split(",")):
        tag, _, parameters = part.strip().partition(";")
        quality = 1.0
        if parameters.strip().startswith("q="):
            try:
                quality = float(parameters.strip()[2:])
            except ValueError:
                continue
        code = tag.strip().lower().replace("_", "-").split("-")[0]
        if code in LANGUAGES and quality > 0:
            choices.append((-quality, position, code))
    return min(choices)[2] if choices else None


async def checked_fields(
    request: Request, content_type: str, content_id: str, fields: dict[str, str | None], language: str | None = None
) -> dict[str, str | None]:
    """The fields as they may be saved. Empty fields pass through unchecked. Text
    with no language of its own is checked in the client's Accept-Language when
    that is one of ours, else in all five."""
    if not any(fields.values()):
        return fields
    language = language or accepted_language(request.headers.get("accept-language", ""))
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
            state.settings.input_check_timeout_seconds,
        )
    except (RPCError, OSError, RuntimeError, asyncio.TimeoutError, WorkflowFailureError) as error:
        raise service_unavailable("Your text cannot be checked right now; please try again shortly", error) from None
    if checked.refused:
        raise ApiError(
            400, "CONTENT_POLICY_VIOLATION", "Some of this is not suitable for a children's story",
            {"reasons": checked.reason_codes, "fields": [{"field": name, "message": "not suitable for children"}
                                                          for name in checked.refused]},
        )
    return checked.fields
