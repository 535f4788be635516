"""Offline storybook pictures with Pillow: soft shapes, gradients, one recognisable hero,
and the place, time, companions and things the scene's own words name.

Every picture is a pure function of its request: the randomness comes from
``random.Random`` seeded with the story seed and the scene number, never from time, so
identical requests give identical PNG bytes. The hero is drawn from one visual
profile with exact colours and one size, the same in every scene and in the avatar.

A picture is planned first (``plan_picture``: where, when, who and what, from
``scene_reading``), then painted: the place (``backdrops``) under the light of its time
of day (``daylight``), the things and companions the text names
(``object_drawings``, ``companion_drawings``), the adventure's own two friends, and the
hero in front.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

from activities.providers.offline.backdrops import BACKDROPS, HABITATS, WATER_LINE, choose_backdrop
from activities.providers.offline.canvas import (
    RGB,
    SIZE,
    Light,
    Painter,
    box,
    ell,
    hashed_color,
    limb,
    mix,
    shade,
    star,
)
from activities.providers.offline.companion_drawings import STORY_KINDS, draw_story_friend, figure_for
from activities.providers.offline.composer import invent_protagonist
from activities.providers.offline.cpu import off_the_loop
from activities.providers.offline.daylight import DAYLIGHT, make_light, sky_lights, sky_stars
from activities.providers.offline.events import SETTINGS, Companion, setting_for
from activities.providers.offline.looks import derive_visual_profile
from activities.providers.offline.object_drawings import thing_for
from activities.providers.offline.scene_reading import is_worn, read_request, time_for
from contracts.story import HeroProfile, IllustrationRequest
from contracts.vocabulary import EMOTIONS

__all__ = [
    "OfflineImageProvider",
    "PicturePlan",
    "derive_visual_profile",
    "hero_colors",
    "plan_picture",
    "render_avatar",
    "render_scene",
]

# ----------------------------------------------------------------------- colours

NAMED: dict[str, RGB] = {
    "red": (222, 70, 66),
    "orange": (245, 150, 60),
    "yellow": (250, 210, 60),
    "green": (80, 175, 95),
    "blue": (70, 130, 220),
    "purple": (150, 95, 200),
    "pink": (240, 140, 180),
    "teal": (40, 170, 170),
    "brown": (140, 95, 60),
    "black": (50, 50, 60),
    "white": (245, 245, 245),
    "grey": (150, 150, 160),
    "gray": (150, 150, 160),
    "navy": (50, 70, 140),
    "gold": (235, 190, 60),
    "silver": (200, 205, 215),
    "turquoise": (60, 200, 200),
    "violet": (160, 110, 220),
    "lilac": (200, 170, 230),
    "mint": (150, 230, 190),
    "beige": (225, 205, 170),
    "cream": (250, 240, 215),
    "magenta": (220, 70, 170),
    "lime": (170, 220, 70),
    "coral": (250, 130, 110),
    "peach": (255, 190, 150),
    "maroon": (140, 50, 60),
    "olive": (130, 140, 60),
}
HAIR: dict[str, RGB] = {
    "black": (45, 38, 40),
    "brown": (112, 72, 42),
    "blonde": (236, 198, 108),
    "red": (196, 84, 40),
    "white": (228, 228, 234),
    "grey": (170, 170, 178),
    "silver": (205, 208, 216),
    "blue": (80, 120, 210),
    "pink": (236, 130, 170),
    "purple": (140, 90, 190),
    "green": (80, 160, 100),
    "orange": (230, 130, 50),
    "auburn": (150, 62, 40),
    "golden": (236, 190, 90),
    "dark": (58, 44, 40),
    "light": (210, 170, 110),
}
SKIN: dict[str, RGB] = {
    "light": (252, 222, 200),
    "fair": (246, 212, 186),
    "pale": (252, 228, 212),
    "medium": (226, 176, 134),
    "olive": (206, 164, 116),
    "tan": (200, 146, 100),
    "brown": (156, 104, 70),
    "dark": (112, 74, 50),
    "deep": (96, 62, 42),
}
EYES: dict[str, RGB] = {
    "brown": (110, 70, 40),
    "blue": (60, 120, 210),
    "green": (70, 150, 90),
    "hazel": (150, 110, 50),
    "grey": (120, 130, 140),
    "gray": (120, 130, 140),
    "amber": (200, 140, 40),
    "black": (40, 35, 35),
}


def color_from(value, table: dict[str, RGB], fallback: str) -> RGB:
    """A colour from a profile value: '#rrggbb', a known name (or a phrase containing one), else hashed."""
    if isinstance(value, (list, tuple)) and len(value) == 3 and all(isinstance(v, int) for v in value):
        return tuple(max(0, min(255, v)) for v in value)  # type: ignore[return-value]
    text = str(value or "").strip().lower()
    if text.startswith("#") and len(text) == 7:
        try:
            return tuple(int(text[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
        except ValueError:
            pass
    if text in table:
        return table[text]
    for word in text.replace("-", " ").split():
        if word in table:
            return table[word]
    for merged in (table, NAMED):
        for name, rgb in merged.items():
            if name in text:
                return rgb
    return hashed_color(text) if text else table[fallback]


def _avoid(color: RGB, *others: RGB) -> RGB:
    """Nudge a colour so it never equals another exact colour used for the hero."""
    while color in others:
        color = tuple(min(255, v + 3) for v in color)  # type: ignore[assignment]
    return color


# ----------------------------------------------------------------------- the hero


@dataclass(frozen=True)
class HeroLook:
    hair: RGB
    hair_style: str
    skin: RGB
    eyes: RGB
    outfit: RGB
    outfit2: RGB
    accent: RGB
    clothing: str
    features: tuple[str, ...]


def hero_look(profile: dict) -> HeroLook:
    palette = list(profile.get("color_palette") or []) + ["blue", "yellow", "green"]
    skin = color_from(profile.get("skin_tone"), SKIN, "medium")
    hair = _avoid(color_from(profile.get("hair_color"), HAIR, "brown"), skin)
    outfit = _avoid(color_from(palette[0], NAMED, "blue"), skin, hair)
    outfit2 = _avoid(color_from(palette[1], NAMED, "yellow"), skin, hair, outfit)
    accent = _avoid(color_from(palette[2], NAMED, "green"), skin, hair, outfit)
    features = tuple(str(f).lower() for f in (profile.get("distinctive_features") or []))
    return HeroLook(
        hair=hair,
        hair_style=str(profile.get("hair_style") or "short").lower(),
        skin=skin,
        eyes=color_from(profile.get("eye_color"), EYES, "brown"),
        outfit=outfit,
        outfit2=outfit2,
        accent=accent,
        clothing=str(profile.get("clothing_style") or "adventurer").lower(),
        features=features,
    )


def hero_colors(hero: HeroProfile) -> dict[str, RGB]:
    """The exact colours every picture of this hero contains (hair, skin, main outfit)."""
    look = hero_look(derive_visual_profile(hero))
    return {"hair": look.hair, "skin": look.skin, "outfit": look.outfit}


def draw_hero(
    d: ImageDraw.ImageDraw,
    look: HeroLook,
    x: float,
    y: float,
    s: float,
    pose: str = "stand",
    facing: int = 1,
    mood: str = "joyful",
) -> None:
    """The hero with feet at (x, y); about 330*s pixels tall."""
    lift = -26 * s if pose == "jump" else 0
    y = y + lift
    P = lambda px, py: (x + px * s * facing, y + py * s)  # noqa: E731
    ink = (60, 45, 50)
    pants = shade(look.outfit2, 0.8)
    shoe = (96, 62, 44) if look.skin != (96, 62, 44) else (80, 50, 40)

    # Behind the body: cape, backpack, long hair, braids, ponytail.
    style = look.hair_style
    if look.clothing == "cape":
        d.polygon([P(-50, -196), P(50, -196), P(92, -58), P(-92, -58)], fill=look.accent)
    if "backpack" in look.features:
        d.rounded_rectangle(
            (*P(-78, -190), *P(-40, -100)) if facing > 0 else (*P(-40, -190), *P(-78, -100)),
            radius=int(12 * s),
            fill=look.outfit2,
        )
    hx, hy = P(0, -265)
    if "long" in style or "wavy" in style:
        d.rounded_rectangle((hx - 74 * s, hy - 40 * s, hx + 74 * s, hy + 95 * s), radius=int(40 * s), fill=look.hair)
        if "wavy" in style or "curly" in style:
            for k in range(6):
                ell(d, hx - 74 * s + k * 29.6 * s, hy + 95 * s, 16 * s, 14 * s, look.hair)
    if "braid" in style:
        for side in (-1, 1):
            for k in range(5):
                ell(d, hx + side * 62 * s, hy + (10 + k * 24) * s, (17 - k) * s, 14 * s, look.hair)
            ell(d, hx + side * 62 * s, hy + 128 * s, 9 * s, 7 * s, look.accent)
    if "ponytail" in style:
        ell(d, hx - facing * 72 * s, hy - 10 * s, 26 * s, 44 * s, look.hair)
        ell(d, hx - facing * 58 * s, hy - 34 * s, 10 * s, 10 * s, look.accent)
    if "curly" in style and "long" not in style:
        for k in range(9):
            angle = math.pi * (0.95 + k * 0.1375)
            ell(d, hx + math.cos(angle) * 66 * s, hy + math.sin(angle) * 62 * s + 8 * s, 22 * s, 22 * s, look.hair)

    # Legs and shoes.
    if pose == "sit":
        for side in (-1, 1):
            limb(d, P(side * 22, -92), P(side * 22 + 70, -80), 30 * s, pants)
            ell(d, *P(side * 22 + 88, -78), 14 * s, 20 * s, shoe)
    else:
        stride = 16 if pose == "walk" else 0
        for side in (-1, 1):
            foot = P(side * 24 + side * stride, -10)
            limb(d, P(side * 20, -100), foot, 30 * s, pants)
            ell(d, foot[0] + 8 * s * facing, foot[1] + 4 * s, 24 * s, 12 * s, shoe)

    # Body by clothing style.
    body_top, body_bottom = -205, -88
    if look.clothing == "dress":
        d.polygon([P(-48, body_top), P(48, body_top), P(88, -70), P(-88, -70)], fill=look.outfit)
        d.rectangle((*P(-48, -150), *P(48, -140)) if facing > 0 else (*P(48, -150), *P(-48, -140)), fill=look.outfit2)
    elif look.clothing in ("raincoat", "jacket"):
        d.rounded_rectangle(box(P(-60, body_top), P(60, -64)), radius=int(26 * s), fill=look.outfit)
        for k in range(3):
            ell(d, *P(8, -178 + k * 36), 6 * s, 6 * s, look.outfit2)
    elif look.clothing == "overalls":
        d.rounded_rectangle(box(P(-58, body_top), P(58, body_bottom)), radius=int(26 * s), fill=look.outfit2)
        d.rounded_rectangle(box(P(-46, -165), P(46, -80)), radius=int(14 * s), fill=look.outfit)
        for side in (-1, 1):
            limb(d, P(side * 34, -165), P(side * 40, -200), 10 * s, look.outfit)
    elif look.clothing in ("sweater", "pajamas"):
        d.rounded_rectangle(box(P(-62, body_top), P(62, body_bottom)), radius=int(30 * s), fill=look.outfit)
        for k in range(3):
            yy = -170 + k * 28
            d.line((P(-58, yy), P(58, yy)), fill=look.outfit2, width=max(1, int(8 * s)))
    else:  # adventurer / casual: shirt with a little vest
        d.rounded_rectangle(box(P(-60, body_top), P(60, body_bottom)), radius=int(28 * s), fill=look.outfit)
        if look.clothing == "adventurer":
            d.polygon([P(-60, -196), P(-20, -196), P(-26, -96), P(-60, -96)], fill=look.outfit2)
            d.polygon([P(60, -196), P(20, -196), P(26, -96), P(60, -96)], fill=look.outfit2)
        d.rectangle(box(P(-60, -104), P(60, -90)), fill=shade(look.outfit2, 0.7))

    if "scarf" in look.features:
        d.rounded_rectangle(box(P(-48, -214), P(48, -192)), radius=int(10 * s), fill=look.accent)
        d.polygon([P(18, -200), P(40, -200), P(46, -140), P(26, -142)], fill=look.accent)

    # Arms: shoulder -> hand, by pose.
    hands = {
        "stand": ((-74, -110), (74, -110)),
        "wave": ((-72, -112), (96, -285)),
        "walk": ((-64, -128), (72, -116)),
        "reach": ((-92, -230), (100, -236)),
        "point": ((-70, -112), (118, -200)),
        "cheer": ((-100, -290), (100, -290)),
        "jump": ((-104, -280), (104, -280)),
        "sit": ((-70, -116), (70, -116)),
        "sleepy": ((-24, -150), (24, -148)),
    }[pose if pose in ("stand", "wave", "walk", "reach", "point", "cheer", "jump", "sit", "sleepy") else "stand"]
    for side, hand in zip((-1, 1), hands):
        shoulder = P(side * 52, -188)
        limb(d, shoulder, P(*hand), 26 * s, look.outfit)
        ell(d, *P(*hand), 14 * s, 14 * s, look.skin)

    # Neck, head, ears.
    d.rectangle(box(P(-14, -214), P(14, -196)), fill=look.skin)
    for side in (-1, 1):
        ell(d, hx + side * 60 * s, hy + 4 * s, 11 * s, 15 * s, look.skin)
    ell(d, hx, hy, 62 * s, 62 * s, look.skin)

    # Face.
    sleepy = pose == "sleepy"
    for side in (-1, 1):
        ex, ey = hx + side * 23 * s + 4 * s * facing, hy + 2 * s
        if sleepy:
            d.arc((ex - 11 * s, ey - 6 * s, ex + 11 * s, ey + 8 * s), 20, 160, fill=ink, width=max(1, int(4 * s)))
        else:
            ell(d, ex, ey, 11 * s, 13 * s, (255, 255, 255))
            ell(d, ex + 2 * s * facing, ey + 1 * s, 8 * s, 9 * s, look.eyes)
            ell(d, ex + 2 * s * facing, ey + 1 * s, 4 * s, 4.5 * s, (30, 25, 30))
            ell(d, ex + 5 * s * facing, ey - 3 * s, 2.2 * s, 2.2 * s, (255, 255, 255))
        ell(d, hx + side * 40 * s + 4 * s * facing, hy + 24 * s, 10 * s, 6 * s, mix(look.skin, (240, 110, 120), 0.45))
    mx, my = hx + 4 * s * facing, hy + 30 * s
    if mood in ("joyful", "exciting", "heartwarming", "adventurous") and not sleepy:
        d.chord((mx - 15 * s, my - 12 * s, mx + 15 * s, my + 12 * s), 0, 180, fill=(170, 60, 70))
    else:
        d.arc((mx - 13 * s, my - 10 * s, mx + 13 * s, my + 8 * s), 20, 160, fill=ink, width=max(1, int(4 * s)))
    if "freckles" in look.features:
        for fx, fy in ((-34, 16), (-28, 22), (-40, 22), (34, 16), (28, 22), (40, 22)):
            ell(d, hx + fx * s, hy + fy * s, 2.4 * s, 2.4 * s, shade(look.skin, 0.72))

    # Hair on top (fringe), by style.
    d.pieslice((hx - 66 * s, hy - 68 * s, hx + 66 * s, hy + 40 * s), 180, 360, fill=look.hair)
    for k in range(5):
        ell(d, hx - 44 * s + k * 22 * s, hy - 24 * s, 16 * s, 12 * s, look.hair)
    if "curly" in style:
        for k in range(7):
            angle = math.pi * (1.05 + k * 0.15)
            ell(d, hx + math.cos(angle) * 58 * s, hy + math.sin(angle) * 56 * s - 6 * s, 18 * s, 18 * s, look.hair)

    if "glasses" in look.features:
        for side in (-1, 1):
            ex = hx + side * 23 * s + 4 * s * facing
            ell(d, ex, hy + 2 * s, 18 * s, 17 * s, None, outline=(60, 60, 80), width=max(2, int(4 * s)))
        d.line(
            (hx - 5 * s + 4 * s * facing, hy, hx + 5 * s + 4 * s * facing, hy),
            fill=(60, 60, 80),
            width=max(2, int(4 * s)),
        )
    if "hat" in look.features or look.clothing == "hat":
        d.ellipse((hx - 80 * s, hy - 58 * s, hx + 80 * s, hy - 34 * s), fill=look.accent)
        d.chord((hx - 52 * s, hy - 110 * s, hx + 52 * s, hy - 10 * s), 180, 360, fill=look.accent)
    if "ribbon" in look.features:
        bx, by = hx + 46 * s * facing, hy - 48 * s
        d.polygon([(bx, by), (bx - 24 * s, by - 16 * s), (bx - 24 * s, by + 16 * s)], fill=look.accent)
        d.polygon([(bx, by), (bx + 24 * s, by - 16 * s), (bx + 24 * s, by + 16 * s)], fill=look.accent)
        ell(d, bx, by, 7 * s, 7 * s, shade(look.accent, 0.8))
    if "crown" in look.features:
        d.polygon(
            [
                (hx - 36 * s, hy - 58 * s),
                (hx - 36 * s, hy - 96 * s),
                (hx - 18 * s, hy - 74 * s),
                (hx, hy - 102 * s),
                (hx + 18 * s, hy - 74 * s),
                (hx + 36 * s, hy - 96 * s),
                (hx + 36 * s, hy - 58 * s),
            ],
            fill=(240, 196, 60),
        )


# ----------------------------------------------------------------------- the plan

PNG_COMPRESSION = 4
# The hero is always this size: the same proportions in every picture.
HERO_SCALE = 1.0
HERO_SPOTS = (0.5, 0.36, 0.64, 0.42, 0.6, 0.5)
HERO_HALF_WIDTH = 120
BED_HALF_WIDTH = 220
# At most this many named companions and things besides the adventure's two friends:
# a picture for a child of four, not a catalogue. The most often named come first.
MAX_NAMED_COMPANIONS = 3
MAX_THINGS = 4
# Companions that are the friends already drawn ("the friends went on").
GROUP_WORDS = frozenset({"friend"})
# What the sky of each time of day already shows, so a named sun is not drawn twice.
SKY_SHOWS: dict[str, frozenset[str]] = {
    "morning": frozenset({"sun"}),
    "day": frozenset({"sun"}),
    "sunset": frozenset({"sun"}),
    "evening": frozenset({"moon"}),
    "night": frozenset({"moon"}),
}
# Things the bedroom draws itself, with the hero tucked in.
BEDCLOTHES = frozenset({"bed", "blanket", "pillow"})


@dataclass(frozen=True)
class PicturePlan:
    """What one scene's picture shows, decided before anything is painted."""

    backdrop: str
    time: str  # morning, day, sunset, evening or night
    emotion: str
    bedtime: bool
    friends: tuple[Companion, ...]  # the adventure's own two
    companions: tuple[tuple[str, int], ...]  # named companions and how many of each
    things: tuple[str, ...]  # named objects
    places: frozenset[str]  # named places, for a painter's details (a bridge, an igloo)
    view: int  # the scene's number: another view of a place seen before

    @property
    def indoor(self) -> bool:
        return BACKDROPS[self.backdrop].indoor

    @property
    def underwater(self) -> bool:
        return BACKDROPS[self.backdrop].underwater




def lives_underwater(concept: str) -> bool:
    return figure_for(concept).where == "water" or HABITATS.get(concept) == "sea_floor"


def _ranked(named) -> list:
    return sorted(named, key=lambda n: (-n.count, n.first))


def _group_size(concept: str, plural: bool) -> int:
    if concept == "firefly":
        return 6  # one firefly is a speck; fireflies are a glow
    if not plural:
        return 1
    return 3 if figure_for(concept).small else 2


def plan_picture(request: IllustrationRequest) -> PicturePlan:
    scene = request.scene
    total = max(1, request.total_scenes, scene.scene_number)
    index = max(0, scene.scene_number - 1)
    setting = setting_for(request.event_key, request.event_text)
    reading = read_request(request)
    backdrop = choose_backdrop(reading, setting)
    time = time_for(reading, index, total)
    friends = SETTINGS[setting].companions
    friend_kinds = {STORY_KINDS.get(f.kind, f.kind) for f in friends} | {f.kind for f in friends}

    companions = []
    for named in _ranked(reading.companions):
        if named.concept in GROUP_WORDS or named.concept in friend_kinds:
            continue
        if BACKDROPS[backdrop].underwater and not lives_underwater(named.concept):
            continue  # no bees, birds or cats under the sea, even when the scene speaks of them
        companions.append((named.concept, _group_size(named.concept, named.plural)))
        if len(companions) == MAX_NAMED_COMPANIONS:
            break

    sky_ok = not BACKDROPS[backdrop].indoor and not BACKDROPS[backdrop].underwater
    things = []
    for named in _ranked(reading.objects):
        concept = named.concept
        if is_worn(concept) or (reading.bedtime and concept in BEDCLOTHES):
            continue
        where = thing_for(concept).where
        if where == "sky" and not sky_ok:
            continue  # the window shows the sky indoors; under the sea there is none
        if concept == "sun" and time not in DAYLIGHT or concept in ("moon", "star") and time in DAYLIGHT:
            continue  # no sun at night, no moon or stars by day
        if concept in SKY_SHOWS.get(time, ()) and not BACKDROPS[backdrop].space:
            continue  # the sky already shows it
        things.append(concept)
        if len(things) == MAX_THINGS:
            break
    emotion = scene.emotion if scene.emotion in EMOTIONS else "peaceful"
    return PicturePlan(
        backdrop,
        time,
        emotion,
        reading.bedtime,
        friends,
        tuple(companions),
        tuple(things),
        frozenset(reading.names("places")),
        scene.scene_number,
    )


# ----------------------------------------------------------------------- placing


class Ground:
    """Free spots along the ground: nothing stands on the hero or on another figure."""

    def __init__(self, rng: random.Random, hero_x: float, hero_half_width: float = HERO_HALF_WIDTH) -> None:
        self.rng = rng
        self.taken: list[tuple[float, float]] = [(hero_x - hero_half_width, hero_x + hero_half_width)]

    def spot(self, half_width: float, prefer: float | None = None) -> float | None:
        candidates = [60 + k * 30 for k in range(31)]
        self.rng.shuffle(candidates)
        if prefer is not None:
            candidates.sort(key=lambda c: abs(c - prefer))
        for x in candidates:
            lo, hi = x - half_width, x + half_width
            if lo < 10 or hi > SIZE - 10:
                continue
            if all(hi < a or lo > b for a, b in self.taken):
                self.taken.append((lo, hi))
                return x
        return None


@dataclass
class Placed:
    depth: float  # drawn back to front
    draw: Callable[[], object]


def _scale_for(height: float, most: float = 290) -> float:
    return min(1.0, most / max(height, 1))


def _water_for(p: Painter, plan: PicturePlan, x: float, y: float, s: float, placed: list[Placed]) -> float:
    """Somewhere for a fish to swim away from the water: a round bowl indoors, a little
    pond outdoors. Returns where the swimmer goes."""
    if plan.indoor:

        def bowl(x=x, y=y, s=s):
            d = p.draw
            ell(d, x, y - 60 * s, 78 * s, 66 * s, (200, 232, 250), outline=(236, 246, 255), width=max(2, int(5 * s)))
            d.chord((x - 78 * s, y - 126 * s, x + 78 * s, y + 6 * s), 0, 180, fill=(150, 206, 240))

        placed.append(Placed(y - 120 * s, bowl))
        return y - 50 * s
    placed.append(
        Placed(y - 30, lambda x=x, y=y, s=s: ell(p.draw, x, y - 10, 100 * s, 26 * s, p.light.tone((110, 186, 232))))
    )
    return y - 4


def _place_companions(
    p: Painter,
    plan: PicturePlan,
    rng: random.Random,
    ground: Ground,
    floor: float,
    hero_x: float,
    facing: int,
    placed: list[Placed],
) -> None:
    water_line = WATER_LINE.get(plan.backdrop)
    for k, friend in enumerate(plan.friends):  # the adventure's two, close to the hero
        side = -facing if k == 0 else facing
        s = rng.uniform(0.85, 1.0) * (1.15 if friend.kind == "grownup" else 1.0)
        if friend.kind in ("ladybug", "snail"):
            s *= 1.9  # in the tiny world, a ladybug is as big as a pony
        x = ground.spot(80 * s, prefer=hero_x + side * (190 + k * 40))
        if x is None:
            continue
        flies = friend.kind in ("bird", "moth", "whale") or plan.underwater and friend.kind in ("turtle", "fish")
        y = floor + rng.uniform(30, 80) - (rng.uniform(260, 360) if flies else 0)
        turn = 1 if x < hero_x else -1
        if friend.kind == "fish" and not plan.underwater:
            y = _water_for(p, plan, x, y, s, placed)
        placed.append(
            Placed(y, lambda f=friend, x=x, y=y, s=s, t=turn: draw_story_friend(p, f.kind, f.name, f.color, x, y, s, t))
        )
    for concept, count in plan.companions:
        figure = figure_for(concept)
        s = _scale_for(figure.height) * (0.7 if count > 1 else 1.0)
        air = figure.where == "air" or figure.where == "water" and plan.underwater
        for n in range(count):
            turn = rng.choice((-1, 1))
            if air:
                x = rng.uniform(80, SIZE - 80)
                if abs(x - hero_x) < HERO_HALF_WIDTH:
                    x = hero_x + math.copysign(HERO_HALF_WIDTH + 40, x - hero_x or 1)
                y = rng.uniform(230, 520) if plan.underwater or concept != "firefly" else rng.uniform(260, 640)
                placed.append(Placed(0, lambda c=concept, x=x, y=y, s=s, t=turn: figure_for(c).draw(p, x, y, s, t)))
                continue
            x = ground.spot(max(40.0, figure.height * 0.45 * s))
            if x is None:
                break
            if figure.where == "water":
                y = water_line if water_line else _water_for(p, plan, x, floor + rng.uniform(40, 110), s, placed)
            else:
                y = floor + rng.uniform(40, 130)
            placed.append(Placed(y, lambda c=concept, x=x, y=y, s=s, t=turn: figure_for(c).draw(p, x, y, s, t)))


def _place_things(
    p: Painter, plan: PicturePlan, rng: random.Random, ground: Ground, floor: float, hero_x: float, placed: list[Placed]
) -> None:
    for concept in plan.things:
        thing = thing_for(concept)
        if thing.where == "sky":
            x, y = rng.uniform(120, SIZE - 120), rng.uniform(170, 330)
            placed.append(Placed(-2, lambda t=thing, x=x, y=y: t.draw(p, x, y, 1.0)))
        elif thing.where == "air":
            x = rng.uniform(100, SIZE - 100)
            if abs(x - hero_x) < HERO_HALF_WIDTH + 40:
                x = hero_x + math.copysign(HERO_HALF_WIDTH + 90, x - hero_x or 1)
            y = rng.uniform(300, 520)
            placed.append(Placed(-1, lambda t=thing, x=x, y=y: t.draw(p, x, y, 1.0)))
        else:
            x = ground.spot(50)
            if x is None:
                continue
            y = floor + rng.uniform(60, 170)
            placed.append(Placed(y, lambda t=thing, x=x, y=y: t.draw(p, x, y, 1.0)))


# ----------------------------------------------------------------------- painting


def _hero_in_bed(p: Painter, look: HeroLook, x: float, floor: float, facing: int, mood: str) -> None:
    """The bedtime picture's hero: tucked in, head on the pillow side, blanket up to the chest."""
    d = p.draw
    wood, sheet = p.light.tone((170, 116, 76)), (250, 246, 240)
    mattress = floor - 10
    head_end = x - facing * 150
    d.rounded_rectangle(box((head_end - 20, mattress - 250), (head_end + 20, mattress + 140)), radius=14, fill=wood)
    d.rounded_rectangle(box((x - 190, mattress - 30), (x + 190, mattress + 40)), radius=20, fill=sheet)
    d.rounded_rectangle(
        box((head_end + facing * 30, mattress - 80), (head_end + facing * 140, mattress - 20)),
        radius=24,
        fill=(250, 230, 240),
    )
    draw_hero(d, look, x - facing * 40, mattress + 150, HERO_SCALE, pose="sleepy", facing=facing, mood=mood)
    blanket = mix(look.accent, (255, 255, 255), 0.35)
    d.rounded_rectangle(box((x - 190, mattress - 20), (x + 200, mattress + 90)), radius=28, fill=blanket)
    for k in range(6):
        d.line((x - 160 + k * 64, mattress - 14, x - 160 + k * 64, mattress + 84), fill=shade(blanket, 0.9), width=6)
    d.rounded_rectangle(box((x - 200, mattress + 70), (x + 210, mattress + 150)), radius=12, fill=wood)


def _finishing(p: Painter, plan: PicturePlan, rng: random.Random, hero_x: float, feet: float) -> None:
    """A few touches for the feeling of the scene, never over the hero: bubbles under the
    sea, twinkles in an evening or night sky, soft motes of light by day and indoors."""
    count = {"exciting": 14, "joyful": 8, "heartwarming": 6, "mysterious": 10}.get(plan.emotion, 4)
    d = p.draw
    for _ in range(count):
        x, y = rng.uniform(30, 990), rng.uniform(40, 520)
        if abs(x - hero_x) < 160 and y > feet - 420:
            continue
        if plan.underwater:
            r = rng.uniform(6, 14)
            ell(d, x, y, r, r, None, outline=(240, 252, 255), width=3)
        elif not plan.indoor and plan.time not in DAYLIGHT:
            sky_stars(p, rng, 1, top=y, bottom=y + 1, left=x, right=x + 1, always=plan.backdrop == "space")
        else:
            p.glow(x, y, rng.uniform(8, 16), 200)


def render_scene(request: IllustrationRequest) -> Image.Image:
    plan = plan_picture(request)
    hero = request.hero or invent_protagonist(request.story_seed, request.language)
    look = hero_look(derive_visual_profile(hero))
    backdrop = BACKDROPS[plan.backdrop]
    light = make_light(plan.emotion, plan.time, plan.backdrop, backdrop.indoor)

    seed_text = f"{request.story_seed}|{request.language}|{plan.view}"
    rng = random.Random(f"scene|{seed_text}")
    layout = random.Random(f"layout|{seed_text}|{plan.backdrop}")

    p = Painter(light)
    if not backdrop.indoor and not backdrop.underwater and not backdrop.space:
        sky_lights(p, rng, layout)
    floor = backdrop.paint(p, rng, layout, plan.view, plan.places)
    if plan.view % 2 == 0:
        p.mirror()  # the next scene in the same place is seen from the other side
    p.apply_glow(mix((255, 246, 210), light.bottom, 0.2))

    index = plan.view - 1
    hero_x = SIZE * (HERO_SPOTS[index % len(HERO_SPOTS)] + rng.uniform(-0.04, 0.04))
    facing = 1 if hero_x < SIZE / 2 else -1
    feet = floor + 70
    ground = Ground(rng, hero_x, BED_HALF_WIDTH if plan.bedtime else HERO_HALF_WIDTH)
    placed: list[Placed] = []
    _place_companions(p, plan, rng, ground, floor, hero_x, facing, placed)
    _place_things(p, plan, rng, ground, floor, hero_x, placed)

    total = max(1, request.total_scenes, plan.view)
    if plan.bedtime:
        pose = "sleepy"
    elif index == 0:
        pose = "wave"
    elif total > 1 and index == total - 1:
        pose = "sit"
    elif index == total - 2:
        pose = "cheer"
    else:
        pose = ("walk", "reach", "point", "jump", "stand")[(index + rng.randrange(5)) % 5]

    p.begin_figures()
    for item in sorted((i for i in placed if i.depth < feet), key=lambda i: i.depth):
        item.draw()
    if plan.bedtime:
        _hero_in_bed(p, look, hero_x, floor, facing, plan.emotion)
    else:
        draw_hero(p.draw, look, hero_x, feet, HERO_SCALE, pose=pose, facing=facing, mood=plan.emotion)
    for item in sorted((i for i in placed if i.depth >= feet), key=lambda i: i.depth):
        item.draw()
    _finishing(p, plan, rng, hero_x, feet)
    p.end_figures(mix((255, 244, 200), light.bottom, 0.15))
    return p.image


def render_avatar(hero: HeroProfile, seed: int) -> Image.Image:
    profile = derive_visual_profile(hero)
    look = hero_look(profile)
    rng = random.Random(f"avatar|{seed}|{hero.name}")
    back = mix(look.accent, (255, 255, 255), 0.55)
    top, bottom = mix(back, (255, 255, 255), 0.35), mix(look.outfit2, (255, 255, 255), 0.45)
    p = Painter(Light(top, bottom, "day", "joyful", 1.0, bottom))
    for _ in range(8):
        p.glow(rng.uniform(60, 960), rng.uniform(60, 960), rng.uniform(40, 90), 120)
    p.apply_glow((255, 252, 235))
    d = p.draw
    ell(d, 512, 470, 380, 380, mix(back, (255, 255, 255), 0.4))
    for _ in range(14):
        x, y = rng.uniform(40, 984), rng.uniform(40, 984)
        if math.hypot(x - 512, y - 470) > 400:
            star(d, x, y, rng.uniform(8, 18), (255, 236, 150))
    draw_hero(d, look, 512, 1150, 2.7, pose="wave", facing=1, mood="joyful")
    return p.image


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    # zlib level 4: half level 6's time for a picture, about a tenth more bytes
    image.save(buffer, format="PNG", compress_level=PNG_COMPRESSION)
    return buffer.getvalue()


def scene_png(request: IllustrationRequest) -> bytes:
    return _png(render_scene(request))


def avatar_png(hero: HeroProfile, seed: int) -> bytes:
    return _png(render_avatar(hero, seed))


class OfflineImageProvider:
    """Storybook pictures drawn with Pillow; same request, same bytes."""

    name = "offline"

    async def illustrate(self, request: IllustrationRequest) -> bytes:
        return await off_the_loop(scene_png, request)

    async def draw_avatar(self, hero: HeroProfile, seed: int) -> bytes:
        return await off_the_loop(avatar_png, hero, seed)
