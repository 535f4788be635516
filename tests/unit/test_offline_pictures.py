"""Offline pictures: 1024x1024 PNGs, deterministic, one recognisable hero, distinct scenes."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image

from activities.providers.offline import OfflineImageProvider, derive_visual_profile
from activities.providers.offline.composer import write_story_text
from activities.providers.offline.looks import PROFILE_KEYS
from activities.providers.offline.pictures import HAIR, hero_colors
from activities.providers.offline.scenes import extract_scenes
from contracts.story import HeroProfile, IllustrationRequest, SceneDraft, StoryBrief
from contracts.vocabulary import BUILT_IN_EVENTS, LANGUAGES

HERO = HeroProfile("Luna", "brave", "kind", appearance="curly red hair, green eyes, a yellow raincoat and glasses")


def open_png(data: bytes) -> Image.Image:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def colours(image: Image.Image) -> set[tuple[int, int, int]]:
    return {rgb for _count, rgb in image.convert("RGB").getcolors(maxcolors=1 << 22)}


def story_requests(hero=HERO, event="magical_forest_adventure", language="en", seed=5, event_text=None):
    brief = StoryBrief(language, 300, seed, hero, event, event_text=event_text, scene_count=6)
    scenes = extract_scenes(write_story_text(brief), brief)
    return [IllustrationRequest(s, language, seed, hero, event, event_text, len(scenes)) for s in scenes]


async def test_scene_pictures_are_square_pngs_and_deterministic():
    provider = OfflineImageProvider()
    assert provider.name == "offline"
    request = story_requests()[2]
    first = await provider.illustrate(request)
    assert open_png(first).size == (1024, 1024)
    assert await provider.illustrate(request) == first


async def test_one_story_six_distinct_pictures_with_the_same_hero():
    provider = OfflineImageProvider()
    expected = hero_colors(HERO)
    started = time.perf_counter()
    pictures = [await provider.illustrate(r) for r in story_requests()]
    per_image = (time.perf_counter() - started) / len(pictures)
    assert per_image < 1.0, per_image
    assert len(set(pictures)) == 6
    images = [open_png(p).convert("RGB") for p in pictures]
    for image in images:
        found = colours(image)
        for part, rgb in expected.items():
            assert rgb in found, (part, rgb)
    # Different scenes differ substantially, not in a handful of pixels.
    small = [i.resize((64, 64)).tobytes() for i in images]
    for a in range(6):
        for b in range(a + 1, 6):
            changed = sum(
                1 for k in range(0, len(small[a]), 3)
                if sum(abs(small[a][k + c] - small[b][k + c]) for c in range(3)) > 30
            )
            assert changed > 200, (a, b, changed)


@pytest.mark.parametrize("event", [*BUILT_IN_EVENTS, None])
async def test_every_setting_renders_with_hero_and_companions(event):
    hero = HeroProfile("Max", "curious", "funny", visual_profile={"hair_color": "purple", "skin_tone": "dark",
                                                                  "color_palette": ["orange", "teal", "pink"]})
    scene = SceneDraft(3, "They walked on and found a lantern under the stars.", "prompt", "mysterious", "major")
    request = IllustrationRequest(scene, "en", 77, hero, event, "a castle in the clouds" if event is None else None, 5)
    image = open_png(await OfflineImageProvider().illustrate(request)).convert("RGB")
    found = colours(image)
    assert HAIR["purple"] in found
    assert all(rgb in found for rgb in hero_colors(hero).values())


async def test_prompt_stories_draw_the_invented_hero_consistently():
    requests = story_requests(hero=None, event=None, language="it", event_text="un viaggio nello spazio")
    provider = OfflineImageProvider()
    pictures = [open_png(await provider.illustrate(r)).convert("RGB") for r in requests[:3]]
    shared = colours(pictures[0]) & colours(pictures[1]) & colours(pictures[2])
    from activities.providers.offline.composer import invent_protagonist

    assert set(hero_colors(invent_protagonist(5, "it")).values()) <= shared


async def test_avatar_is_deterministic_and_matches_the_scenes():
    provider = OfflineImageProvider()
    avatar = await provider.draw_avatar(HERO, 3)
    assert open_png(avatar).size == (1024, 1024)
    assert await provider.draw_avatar(HERO, 3) == avatar
    assert await provider.draw_avatar(HERO, 4) != avatar
    found = colours(open_png(avatar))
    assert all(rgb in found for rgb in hero_colors(HERO).values())


@pytest.mark.parametrize(
    ("language", "appearance", "hair", "eyes", "feature"),
    [
        ("en", "curly red hair, green eyes, a yellow raincoat and glasses", "red", "green", "glasses"),
        ("es", "pelo rizado y castaño, ojos azules y un vestido rojo con pecas", "brown", "blue", "freckles"),
        ("fr", "des cheveux blonds et longs, des yeux verts et des lunettes", "blonde", "green", "glasses"),
        ("de", "kurze schwarze Haare, braune Augen, dunkle Haut und ein grüner Schal", "black", "brown", "scarf"),
        ("it", "capelli rossi e ricci, occhi azzurri, un cappello blu e lentiggini", "red", "blue", "freckles"),
    ],
)
def test_visual_profile_from_appearance_in_five_languages(language, appearance, hair, eyes, feature):
    profile = derive_visual_profile(HeroProfile("Ada", "kind", "brave", appearance=appearance))
    assert set(profile) == set(PROFILE_KEYS)
    assert profile["hair_color"] == hair
    assert profile["eye_color"] == eyes
    assert feature in profile["distinctive_features"]
    assert len(profile["color_palette"]) == 3
    assert language in LANGUAGES


def test_visual_profile_keeps_given_values_and_is_stable():
    given = {"hair_color": "silver", "hair_style": "braids", "color_palette": ["#112233", "gold", "mint"]}
    profile = derive_visual_profile(HeroProfile("Ada", "kind", "brave", visual_profile=given))
    assert profile["hair_color"] == "silver" and profile["hair_style"] == "braids"
    assert profile["color_palette"] == ["#112233", "gold", "mint"]
    assert hero_colors(HeroProfile("Ada", "kind", "brave", visual_profile=given))["outfit"] == (0x11, 0x22, 0x33)
    nobody = HeroProfile("Zoe", "kind", "brave")
    assert derive_visual_profile(nobody) == derive_visual_profile(nobody)
