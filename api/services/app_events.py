"""The events the iOS app sends to story-generation, made into Storyloom's own.

- `{"event": key}` or `{"custom_event_id": id}`: ours, unchanged.
- The app's built-in events (`{"name": "Bedtime Adventure", "prompt_seed": …, "icon": …}`):
  a name that is one of our events (its key or its title) becomes that event; any other
  is told from the app's own sentence, checked by the gate like any text a client sends.
- A custom event sent whole (`{"id", "title", "prompt_seed", …}`): the parent's event with
  that id when there is one (theirs or public), otherwise saved as their private event
  under the app's id, through the gate as `POST /v1/custom-events` would.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from uuid import NAMESPACE_URL, UUID, uuid5

from asyncpg import UniqueViolationError
from litestar import Request

from api.http.errors import ApiError, not_found
from api.http.schemas import AgeRange, AppEventSpec, EventCategory, Tone
from api.services.input_checks import checked_event, checked_fields
from contracts.vocabulary import BUILT_IN_EVENTS
from db.engine import user_transaction
from db.tables import CustomEvents


@dataclass(frozen=True)
class ResolvedEvent:
    event_type: str
    event_data: dict[str, str] = field(default_factory=dict)
    custom_event_id: UUID | None = None
    # What the story is told from when the event is the app's own (no key of ours).
    prompt: str | None = None

    @property
    def cache_part(self) -> str | None:
        return self.event_data.get("event") or self.event_data.get("name") or (
            str(self.custom_event_id) if self.custom_event_id else None)


def our_event(name: str) -> str | None:
    """The key of ours a name stands for: the key itself, or its title in any spelling
    ("Space Exploration", "space-exploration")."""
    folded = "_".join(name.strip().lower().replace("-", " ").split())
    return folded if folded in BUILT_IN_EVENTS else None


# The app's words that mean one of ours.
APP_WORDS = {"Adventure": "adventure", "Imagination": "fantasy", "Learning": "science", "Calming": "calming",
             "Exciting": "exciting", "Educational": "educational", "Funny": "humorous", "4-6 years": "4-6",
             "All Ages": "all"}


def _ours(value: str | None, allowed: object) -> str | None:
    value = APP_WORDS.get(value or "", value)
    return value if value in typing.get_args(allowed) else None


def _invalid(field_name: str, message: str) -> ApiError:
    return ApiError(400, "INVALID_REQUEST", "The request is not valid",
                    {"fields": [{"field": f"event.data.{field_name}", "message": message}]})


async def resolve_event(request: Request, spec: AppEventSpec) -> ResolvedEvent:
    data = spec.data
    if spec.type == "built_in":
        if data.event:
            return ResolvedEvent("built_in", {"event": data.event})
        if not data.name:
            raise _invalid("event", f"expected one of {', '.join(BUILT_IN_EVENTS)}, or the app's name and prompt_seed")
        key = our_event(data.name)
        if key is not None:
            return ResolvedEvent("built_in", {"event": key})
        seed = data.prompt_seed or data.name
        checked = await checked_fields(request, "event", str(app_event_id(data.name)),
                                       {"name": data.name, "prompt_seed": seed})
        return ResolvedEvent("built_in", {"name": checked["name"]}, prompt=f"{checked['name']}: {checked['prompt_seed']}")
    if data.custom_event_id:
        return ResolvedEvent("custom", {"custom_event_id": str(data.custom_event_id)}, data.custom_event_id)
    if data.id is None:
        raise _invalid("custom_event_id", "required for custom events (or the event itself, with its id)")
    await _known_or_saved(request, data)
    return ResolvedEvent("custom", {"custom_event_id": str(data.id)}, data.id)


def app_event_id(name: str) -> UUID:
    """The id the gate's audit files an app event's words under: the same for one name."""
    return uuid5(NAMESPACE_URL, f"storyloom:app-event:{name.strip().lower()}")


async def _known_or_saved(request: Request, data) -> None:
    user = request.user.user_id
    async with user_transaction(user):
        if await CustomEvents.exists().where(CustomEvents.id == data.id):
            return
    if not data.title or not data.prompt_seed:
        raise _invalid("title", "a custom event sent whole needs its title and prompt_seed")
    values = await checked_event(request, data.id, {
        "title": data.title, "prompt_seed": data.prompt_seed, "description": data.description,
        "keywords": data.keywords, "category": _ours(data.category, EventCategory),
        "tone": _ours(data.tone, Tone), "age_range": _ours(data.age_range, AgeRange),
    }, public=False)
    try:
        async with user_transaction(user):
            await CustomEvents.insert(CustomEvents(id=data.id, user_id=user, **values))
    except UniqueViolationError:
        # The id is another family's private event: as good as unknown.
        raise not_found("Custom event") from None
