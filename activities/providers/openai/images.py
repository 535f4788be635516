"""Scene illustrations and avatars through the images endpoints (gpt-image-1)."""

from __future__ import annotations

import base64
import binascii
from typing import Awaitable, Callable

import openai

from activities.providers import usage_meter
from activities.providers.errors import invalid_provider_request
from activities.providers.offline.looks import derive_visual_profile, describe_look
from activities.providers.openai.config import NameMask, OpenAIModels, current_safety_identifier
from activities.providers.openai.errors import error_to_application_error
from activities.safety.injection import neutralize_injection
from contracts.story import HeroProfile, IllustrationRequest

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

EMOTION_LIGHT = {
    "joyful": "warm golden daylight, sunny yellows and soft oranges",
    "peaceful": "calm dusk blues and lavender, soft evening light",
    "exciting": "lively bright colours, sparkling light",
    "mysterious": "gentle violet with softly glowing lights, never dark",
    "heartwarming": "cozy warm pinks and ambers, tender glow",
    "adventurous": "fresh greens and sky blues, clear bright light",
    "contemplative": "soft pastel twilight, quiet and still",
}
EVENT_SETTING = {
    "magical_forest_adventure": "an enchanted forest with glowing mushrooms and friendly woodland animals",
    "friendly_dragon_encounter": "green hills with a small, friendly, smiling dragon",
    "underwater_treasure_hunt": "a sunlit sea floor with coral, shells and kind fish",
    "cloud_castle_journey": "a castle of fluffy clouds in a pastel sky",
    "time_travel_mission": "a whimsical clock-filled workshop opening onto another age",
    "space_exploration": "a starry sky with a cozy rocket and smiling planets",
    "miniature_world_discovery": "a tiny world among giant flowers and friendly insects",
    "weather_wizard_training": "a weather workshop with rainbow jars and little clouds",
    "animal_language_learning": "a flowery meadow full of chatting animals",
    "dream_world_adventure": "a soft dream sky of moons, stars and floating pillows",
}
STYLE = ("Children's storybook illustration, soft rounded shapes, bright gentle colours, painterly texture, "
         "friendly faces, companions near the hero, nothing frightening, no text or letters in the picture.")

# Finds the hero's avatar PNG for a request (e.g. from storage), or None.
ReferenceLoader = Callable[[IllustrationRequest], Awaitable[bytes | None]]


def hero_look(hero: HeroProfile | None) -> str:
    if hero is None:
        return "a small, kind child"
    return describe_look(derive_visual_profile(hero))


def _clean(text: str | None, mask: NameMask) -> str:
    cleaned, _ = neutralize_injection(mask.hide(text or "", "the hero"))
    return cleaned


def scene_prompt(request: IllustrationRequest, with_reference: bool) -> str:
    mask = NameMask(request.hero.name if request.hero else None)
    scene = request.scene
    setting = EVENT_SETTING.get(request.event_key or "", "")
    if not setting and request.event_text:
        setting = _clean(request.event_text, mask)[:300]
    parts = [
        STYLE,
        f"Scene {scene.scene_number} of {request.total_scenes}: {_clean(scene.illustration_prompt, mask)}",
        f"Setting: {setting}." if setting else "",
        f"Mood and light: {EMOTION_LIGHT.get(scene.emotion, EMOTION_LIGHT['peaceful'])}.",
        f"The hero is {hero_look(request.hero)}; drawn exactly the same as in every other scene.",
        f"The hero as first drawn: {_clean(request.hero.canonical_prompt, mask)[:400]}."
        if request.hero and request.hero.canonical_prompt else "",
        "Keep the hero's face, hair, skin and clothing colours and proportions exactly as in the reference image."
        if with_reference else "",
    ]
    return " ".join(p for p in parts if p)


def avatar_prompt(hero: HeroProfile) -> str:
    mask = NameMask(hero.name)
    ability = _clean(hero.special_ability, mask)
    parts = [
        STYLE,
        f"A friendly full-body character portrait of {hero_look(hero)}, smiling, on a plain soft pastel background,",
        f"looking {_clean(hero.primary_trait, mask)} and {_clean(hero.secondary_trait, mask)}.",
        f"A small hint of their special ability: {ability}." if ability else "",
        "Centered, the whole figure visible; the reference look for every illustration of this hero.",
    ]
    return " ".join(p for p in parts if p)


def _png_from(result, model: str) -> bytes:
    usage_meter.report(model, images=len(result.data or []))
    return _decoded_png(result)


def _decoded_png(result) -> bytes:
    data = result.data[0].b64_json if result.data else None
    if not data:
        raise invalid_provider_request("openai: image answer holds no b64_json")
    try:
        png = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise invalid_provider_request("openai: image answer is not base64") from exc
    if not png.startswith(PNG_SIGNATURE):
        raise invalid_provider_request("openai: image answer is not a PNG")
    return png


class OpenAIImages:
    name = "openai"

    def __init__(self, client: openai.AsyncOpenAI, models: OpenAIModels | None = None,
                 safety_salt: str | None = None, reference_loader: ReferenceLoader | None = None) -> None:
        self.client = client
        self.models = models or OpenAIModels()
        self.safety_salt = safety_salt
        self.reference_loader = reference_loader

    def _extra(self) -> dict:
        extra: dict = {"quality": self.models.image_quality}
        identifier = current_safety_identifier(self.safety_salt)
        if identifier:
            extra["safety_identifier"] = identifier
        if not self.models.image.startswith("gpt-image"):
            extra = {"response_format": "b64_json"}  # dall-e: no quality names / safety ids of gpt-image
        return extra

    async def _generate(self, prompt: str, size: str) -> bytes:
        try:
            result = await self.client.images.generate(model=self.models.image, prompt=prompt, n=1, size=size,
                                                       **self._extra())
        except openai.OpenAIError as exc:
            raise error_to_application_error(exc) from exc
        return _png_from(result, self.models.image)

    async def _edit(self, prompt: str, size: str, reference_png: bytes) -> bytes:
        try:
            result = await self.client.images.edit(model=self.models.image, prompt=prompt, n=1, size=size,
                                                   image=("hero.png", reference_png, "image/png"), **self._extra())
        except openai.OpenAIError as exc:
            raise error_to_application_error(exc) from exc
        return _png_from(result, self.models.image)

    async def illustrate(self, request: IllustrationRequest, reference_png: bytes | None = None) -> bytes:
        if reference_png is None and self.reference_loader is not None and request.hero is not None:
            reference_png = await self.reference_loader(request)
        if reference_png:
            return await self._edit(scene_prompt(request, True), self.models.scene_size, reference_png)
        return await self._generate(scene_prompt(request, False), self.models.scene_size)

    async def draw_avatar(self, hero: HeroProfile, seed: int) -> bytes:
        # The images API takes no seed; the look comes from the visual profile, which is stable.
        return await self._generate(avatar_prompt(hero), self.models.avatar_size)
