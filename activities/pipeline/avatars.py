"""Hero avatars: the picture and the visual profile every scene of the hero follows."""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import replace

from PIL import Image
from temporalio import activity

from activities.pipeline.briefs import load_hero
from activities.pipeline.costs import on_behalf_of
from activities.pipeline.heartbeat import while_heartbeating
from activities.providers import ImageProvider
from activities.providers.offline.looks import derive_visual_profile, describe_look
from activities.storage import Storage
from contracts.activities import AvatarInput, AvatarResult
from contracts.names import hero_avatar_key
from db.engine import ENGINE
from db.tables import Heroes, HeroGallery


class AvatarActivities:
    def __init__(self, images: ImageProvider, storage: Storage) -> None:
        self.images = images
        self.storage = storage

    @activity.defn
    async def generate_avatar(self, request: AvatarInput) -> AvatarResult:
        hero = await load_hero(request.hero_id)
        # The profile is settled once (from the appearance when none was given) and
        # saved, so every later scene draws the hero from the same description.
        profile = hero.visual_profile or derive_visual_profile(hero)
        hero = replace(hero, visual_profile=profile)
        key = hero_avatar_key(request.user_id, request.hero_id, request.generation_id)
        if await self.storage.exists(key):
            png = await self.storage.get(key)  # drawn by an attempt that stopped before recording it
        else:
            seed = uuid.UUID(request.hero_id).int % (2**31)
            async with on_behalf_of(request.user_id):
                png = await while_heartbeating(self.images.draw_avatar(hero, seed))
            await self.storage.put(key, png, "image/png")
        description = f"A storybook portrait of the hero: {describe_look(profile)}"
        await self._record(request, key, profile, description)
        with Image.open(io.BytesIO(png)) as picture:
            size = f"{picture.width}x{picture.height}"
        return AvatarResult(request.hero_id, request.generation_id, key, profile, description, len(png), size)

    @staticmethod
    async def _record(request: AvatarInput, key: str, profile: dict, description: str) -> None:
        async with ENGINE.transaction():
            await Heroes.update(
                {Heroes.avatar_url: key, Heroes.avatar_generation_id: request.generation_id,
                 Heroes.visual_profile: json.dumps(profile), Heroes.avatar_prompt: description},
                force=True,
            ).where(Heroes.id == request.hero_id)
            already = await HeroGallery.exists().where(
                (HeroGallery.hero_id == request.hero_id) & (HeroGallery.generation_id == request.generation_id)
            )
            await HeroGallery.update({HeroGallery.is_primary: False}, force=True).where(
                HeroGallery.hero_id == request.hero_id
            )
            if already:
                await HeroGallery.update({HeroGallery.is_primary: True}, force=True).where(
                    (HeroGallery.hero_id == request.hero_id) & (HeroGallery.generation_id == request.generation_id)
                )
            else:
                await HeroGallery.insert(HeroGallery(
                    hero_id=request.hero_id, image_url=key, generation_id=request.generation_id,
                    prompt_used=description, is_primary=True,
                ))
