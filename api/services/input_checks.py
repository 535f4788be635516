"""A parent's text, checked before it is saved: accepted exactly as typed, or refused
with 400 CONTENT_POLICY_VIOLATION naming each field, its category and a suggestion."""

from __future__ import annotations

import asyncio
import uuid
from uuid import UUID

from litestar import Request
from temporalio.client import WorkflowFailureError
from temporalio.common import TypedSearchAttributes
from temporalio.service import RPCError

from api.http.errors import ApiError, service_unavailable
from api.services.search_attributes import story_search_attributes
from contracts.activities import CheckedInputs, CheckInputsInput
from contracts.vocabulary import LANGUAGES
from workflows.input_check import InputCheckWorkflow


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
    request: Request, content_type: str, content_id: str, fields: dict[str, str | None], language: str | None = None,
    public: bool = False,
) -> dict[str, str | None]:
    """The fields, unchanged, once every one has passed. Empty fields pass through
    unchecked. Text is read in the language it is written in and in the client's
    Accept-Language when that is one of ours. `public`: shared with every family."""
    if not any(fields.values()):
        return fields
    language = language or accepted_language(request.headers.get("accept-language", ""))
    state = request.app.state
    try:
        client = await state.temporal.client()
        checked = await asyncio.wait_for(
            client.execute_workflow(
                InputCheckWorkflow.run,
                CheckInputsInput(request.user.user_id, content_type, content_id, fields, language, public),
                id=f"check-{content_type}-{content_id}-{uuid.uuid4().hex[:8]}",
                task_queue=state.policy.story_task_queue,
                # The parent's text is in this history: an erasure must find it.
                search_attributes=TypedSearchAttributes(story_search_attributes(request.user.user_id, "")),
            ),
            state.settings.input_check_timeout_seconds,
        )
    except (RPCError, OSError, RuntimeError, asyncio.TimeoutError, WorkflowFailureError) as error:
        raise service_unavailable("Your text cannot be checked right now; please try again shortly", error) from None
    if checked.refused:
        raise content_refusal(checked)
    return checked.fields


def content_refusal(checked: CheckedInputs) -> ApiError:
    """400 CONTENT_POLICY_VIOLATION: every refused field with its category and a kind suggestion."""
    named = [
        {"field": r.field, "category": r.category, "reason": r.reason_code, "message": r.suggestion}
        for r in checked.refusals
    ] or [{"field": name, "message": "not suitable for children"} for name in checked.refused]
    first = named[0]
    return ApiError(
        400, "CONTENT_POLICY_VIOLATION",
        f"'{first['field']}' is not suitable for a children's story. {first['message']}",
        {"reasons": checked.reason_codes, "fields": named},
    )


KEYWORD_SEPARATOR = "; "


async def checked_event(request: Request, event_id: UUID, values: dict, public: bool) -> dict:
    """`values` once the fields a parent writes freely have passed the check, the
    stricter one when the event is public; keywords are checked as one line."""
    fields = {name: values[name] for name in ("title", "description", "prompt_seed") if values.get(name)}
    if values.get("keywords"):
        fields["keywords"] = KEYWORD_SEPARATOR.join(values["keywords"])
    checked = await checked_fields(request, "event", str(event_id), fields, public=public)
    if "keywords" in checked:
        checked["keywords"] = [word.strip() for word in checked["keywords"].split(KEYWORD_SEPARATOR.strip()) if word.strip()]
    return {**values, **checked}
