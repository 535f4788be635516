"""/v1/heroes: the children's heroes, each owned by one parent account."""

from __future__ import annotations

from uuid import UUID, uuid4

import msgspec
from litestar import Controller, Request, delete, get, patch, post
from litestar.status_codes import HTTP_201_CREATED, HTTP_202_ACCEPTED

from api.http.errors import ApiError, not_found
from api.http.schemas import GalleryImageView, HeroCreate, HeroUpdate, HeroView, WorkflowAccepted
from api.http.urls import base_url
from api.services.erasure import erase
from api.services.input_checks import checked_fields
from api.services.media_links import signed_urls
from api.services.workflow_starts import start_once
from contracts.activities import AvatarInput
from contracts.names import avatar_workflow_id
from db.engine import user_transaction
from db.tables import Heroes, HeroGallery
from workflows.avatar import AvatarWorkflow

HERO_COLUMNS = (
    Heroes.id, Heroes.name, Heroes.primary_trait, Heroes.secondary_trait, Heroes.appearance,
    Heroes.special_ability, Heroes.avatar_url, Heroes.visual_profile, Heroes.is_active,
    Heroes.created_at, Heroes.updated_at,
)


async def hero_views(request: Request, rows: list[dict]) -> list[HeroView]:
    links = await signed_urls(request.app.state.signer, base_url(request), [row["avatar_url"] for row in rows])
    return [HeroView(**{**row, "avatar_url": links.get(row["avatar_url"])}) for row in rows]


async def hero_view(request: Request, row: dict) -> HeroView:
    return (await hero_views(request, [row]))[0]


def validate_traits(primary: str, secondary: str) -> None:
    if primary.strip().lower() == secondary.strip().lower():
        raise ApiError(
            400, "INVALID_REQUEST", "The request is not valid",
            {"fields": [{"field": "secondary_trait", "message": "must differ from primary_trait"}]},
        )


class HeroController(Controller):
    path = "/v1/heroes"
    tags = ["heroes"]

    @post("/", status_code=HTTP_201_CREATED, summary="Create a hero")
    async def create_hero(self, request: Request, data: HeroCreate) -> HeroView:
        validate_traits(data.primary_trait, data.secondary_trait)
        hero_id = uuid4()
        fields = await checked_fields(request, "hero", str(hero_id), {
            "name": data.name.strip(), "primary_trait": data.primary_trait.strip(),
            "secondary_trait": data.secondary_trait.strip(), "appearance": data.appearance,
            "special_ability": data.special_ability,
        })
        async with user_transaction(request.user.user_id):
            await Heroes.insert(Heroes(id=hero_id, user_id=request.user.user_id, **fields))
            row = await Heroes.select(*HERO_COLUMNS).where(Heroes.id == hero_id).output(load_json=True).first()
        return await hero_view(request, row)

    @get("/", summary="List your heroes")
    async def list_heroes(self, request: Request) -> list[HeroView]:
        async with user_transaction(request.user.user_id):
            rows = await Heroes.select(*HERO_COLUMNS).order_by(Heroes.created_at).output(load_json=True)
        return await hero_views(request, rows)

    @get("/{hero_id:uuid}", summary="Get one hero")
    async def get_hero(self, request: Request, hero_id: UUID) -> HeroView:
        async with user_transaction(request.user.user_id):
            row = await Heroes.select(*HERO_COLUMNS).where(Heroes.id == hero_id).output(load_json=True).first()
        if row is None:
            raise not_found("Hero")
        return await hero_view(request, row)

    @post("/{hero_id:uuid}/avatar", status_code=HTTP_202_ACCEPTED, summary="Draw the hero's avatar",
          opt={"function": "avatar-generation"})
    async def create_avatar(self, request: Request, hero_id: UUID) -> WorkflowAccepted:
        """The avatar and the visual profile it settles are the reference for every
        scene picture of this hero."""
        state = request.app.state
        async with user_transaction(request.user.user_id):
            if not await Heroes.exists().where(Heroes.id == hero_id):
                raise not_found("Hero")
        generation_id = f"avatar-{uuid4().hex[:16]}"
        return await start_once(
            await state.temporal.client(), AvatarWorkflow.run,
            AvatarInput(str(hero_id), request.user.user_id, generation_id),
            workflow_id=avatar_workflow_id(str(hero_id), generation_id), task_queue=state.policy.story_task_queue,
            user_id=request.user.user_id, links={"hero": f"{base_url(request)}/v1/heroes/{hero_id}"},
        )

    @patch("/{hero_id:uuid}", summary="Change a hero")
    async def update_hero(self, request: Request, hero_id: UUID, data: HeroUpdate) -> HeroView:
        changes = {name: value for name, value in msgspec.structs.asdict(data).items() if value is not None}
        async with user_transaction(request.user.user_id):
            row = await Heroes.select(*HERO_COLUMNS).where(Heroes.id == hero_id).first()
        if row is None:
            raise not_found("Hero")
        merged = {**row, **changes}
        validate_traits(merged["primary_trait"], merged["secondary_trait"])
        texts = {name: value for name, value in changes.items() if isinstance(value, str)}
        changes.update(await checked_fields(request, "hero", str(hero_id), texts))
        async with user_transaction(request.user.user_id):
            if changes:
                await Heroes.update({getattr(Heroes, name): value for name, value in changes.items()}, force=True).where(
                    Heroes.id == hero_id
                )
            row = await Heroes.select(*HERO_COLUMNS).where(Heroes.id == hero_id).output(load_json=True).first()
        return await hero_view(request, row)

    @delete("/{hero_id:uuid}", summary="Delete a hero and its avatars (its stories stay)")
    async def delete_hero(self, request: Request, hero_id: UUID) -> None:
        async with user_transaction(request.user.user_id):
            if not await Heroes.exists().where(Heroes.id == hero_id):
                raise not_found("Hero")
        await erase(request.app.state, request.user.user_id, hero_id=str(hero_id))

    @get("/{hero_id:uuid}/gallery", summary="The hero's avatars, newest first")
    async def gallery(self, request: Request, hero_id: UUID) -> list[GalleryImageView]:
        async with user_transaction(request.user.user_id):
            if not await Heroes.exists().where(Heroes.id == hero_id):
                raise not_found("Hero")
            rows = await HeroGallery.select(
                HeroGallery.id, HeroGallery.image_url, HeroGallery.generation_id, HeroGallery.is_primary,
                HeroGallery.created_at,
            ).where(HeroGallery.hero_id == hero_id).order_by(HeroGallery.created_at, ascending=False)
        links = await signed_urls(request.app.state.signer, base_url(request), [row["image_url"] for row in rows])
        return [GalleryImageView(**{**row, "image_url": links.get(row["image_url"])}) for row in rows]
