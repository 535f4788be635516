"""/v1/custom-events: a parent's own adventures, private or shared."""

from __future__ import annotations

from uuid import UUID, uuid4

import msgspec
from litestar import Controller, Request, delete, get, patch, post
from litestar.status_codes import HTTP_201_CREATED

from api.http.errors import not_found
from api.http.schemas import CustomEventCreate, CustomEventUpdate, CustomEventView
from api.services.input_checks import checked_event
from db.engine import user_transaction
from db.tables import CustomEvents

EVENT_COLUMNS = (
    CustomEvents.id, CustomEvents.user_id, CustomEvents.title, CustomEvents.prompt_seed, CustomEvents.description,
    CustomEvents.category, CustomEvents.age_range, CustomEvents.tone, CustomEvents.keywords,
    CustomEvents.usage_count, CustomEvents.is_favorite, CustomEvents.is_public, CustomEvents.created_at,
    CustomEvents.updated_at,
)


def event_view(row: dict, user_id: str) -> CustomEventView:
    owner = row.pop("user_id")
    return CustomEventView(**row, is_own=str(owner) == user_id)





class CustomEventController(Controller):
    path = "/v1/custom-events"
    tags = ["custom events"]

    @post("/", status_code=HTTP_201_CREATED, summary="Create a custom event")
    async def create_event(self, request: Request, data: CustomEventCreate) -> CustomEventView:
        event_id = uuid4()
        values = await checked_event(request, event_id, msgspec.structs.asdict(data), bool(data.is_public))
        async with user_transaction(request.user.user_id):
            await CustomEvents.insert(CustomEvents(id=event_id, user_id=request.user.user_id, **values))
            row = await CustomEvents.select(*EVENT_COLUMNS).where(CustomEvents.id == event_id).first()
        return event_view(row, request.user.user_id)

    @get("/", summary="Your custom events, and public ones when asked")
    async def list_events(self, request: Request, include_public: bool = False) -> list[CustomEventView]:
        async with user_transaction(request.user.user_id):
            query = CustomEvents.select(*EVENT_COLUMNS).order_by(CustomEvents.created_at, ascending=False)
            if not include_public:
                query = query.where(CustomEvents.user_id == request.user.user_id)
            rows = await query
        return [event_view(row, request.user.user_id) for row in rows]

    @get("/{event_id:uuid}", summary="Get a custom event")
    async def get_event(self, request: Request, event_id: UUID) -> CustomEventView:
        async with user_transaction(request.user.user_id):
            row = await CustomEvents.select(*EVENT_COLUMNS).where(CustomEvents.id == event_id).first()
        if row is None:
            raise not_found("Custom event")
        return event_view(row, request.user.user_id)

    @patch("/{event_id:uuid}", summary="Change a custom event")
    async def update_event(self, request: Request, event_id: UUID, data: CustomEventUpdate) -> CustomEventView:
        changes = {name: value for name, value in msgspec.structs.asdict(data).items() if value is not None}
        user = request.user.user_id
        owned = (CustomEvents.id == event_id) & (CustomEvents.user_id == user)
        async with user_transaction(user):
            stored = await CustomEvents.select(*EVENT_COLUMNS).where(owned).first()
        if stored is None:
            raise not_found("Custom event")
        public = changes.get("is_public", stored["is_public"])
        if public and not stored["is_public"]:
            # Sharing an event shares its stored words too: they get the public check.
            changes = {name: stored[name] for name in ("title", "description", "prompt_seed", "keywords")} | changes
        changes = await checked_event(request, event_id, changes, bool(public))
        async with user_transaction(user):
            if changes:
                await CustomEvents.update(
                    {getattr(CustomEvents, name): value for name, value in changes.items()}, force=True
                ).where(owned)
            row = await CustomEvents.select(*EVENT_COLUMNS).where(owned).first()
        return event_view(row, user)

    @delete("/{event_id:uuid}", summary="Delete a custom event (stories made from it stay)")
    async def delete_event(self, request: Request, event_id: UUID) -> None:
        user = request.user.user_id
        async with user_transaction(user):
            deleted = await CustomEvents.delete().where(
                (CustomEvents.id == event_id) & (CustomEvents.user_id == user)
            ).returning(CustomEvents.id)
        if not deleted:
            raise not_found("Custom event")
