"""Offline storybook pictures with Pillow: soft shapes, gradients, one recognisable hero.

Every picture is a pure function of its request: the randomness comes from
``random.Random`` seeded with the story seed (and scene number), never from time, so
identical requests give identical PNG bytes. The hero is drawn from one visual
profile with exact colours, the same in every scene and in the avatar.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from activities.providers.offline.composer import invent_protagonist
from activities.providers.offline.cpu import off_the_loop
from activities.providers.offline.events import GENERIC, SETTINGS, Companion, setting_for
from activities.providers.offline.looks import derive_visual_profile
from activities.providers.offline.scenes import story_names, things_in, time_of_day
from contracts.story import HeroProfile, IllustrationRequest
from contracts.vocabulary import EMOTIONS

__all__ = ["OfflineImageProvider", "derive_visual_profile", "hero_colors", "render_scene", "render_avatar"]

SIZE = 1024
RGB = tuple[int, int, int]

# ----------------------------------------------------------------------- colours

NAMED: dict[str, RGB] = {
    "red": (222, 70, 66), "orange": (245, 150, 60), "yellow": (250, 210, 60), "green": (80, 175, 95),
    "blue": (70, 130, 220), "purple": (150, 95, 200), "pink": (240, 140, 180), "teal": (40, 170, 170),
    "brown": (140, 95, 60), "black": (50, 50, 60), "white": (245, 245, 245), "grey": (150, 150, 160),
    "gray": (150, 150, 160), "navy": (50, 70, 140), "gold": (235, 190, 60), "silver": (200, 205, 215),
    "turquoise": (60, 200, 200), "violet": (160, 110, 220), "lilac": (200, 170, 230), "mint": (150, 230, 190),
    "beige": (225, 205, 170), "cream": (250, 240, 215), "magenta": (220, 70, 170), "lime": (170, 220, 70),
    "coral": (250, 130, 110), "peach": (255, 190, 150), "maroon": (140, 50, 60), "olive": (130, 140, 60),
}
HAIR: dict[str, RGB] = {
    "black": (45, 38, 40), "brown": (112, 72, 42), "blonde": (236, 198, 108), "red": (196, 84, 40),
    "white": (228, 228, 234), "grey": (170, 170, 178), "silver": (205, 208, 216), "blue": (80, 120, 210),
    "pink": (236, 130, 170), "purple": (140, 90, 190), "green": (80, 160, 100), "orange": (230, 130, 50),
    "auburn": (150, 62, 40), "golden": (236, 190, 90), "dark": (58, 44, 40), "light": (210, 170, 110),
}
SKIN: dict[str, RGB] = {
    "light": (252, 222, 200), "fair": (246, 212, 186), "pale": (252, 228, 212), "medium": (226, 176, 134),
    "olive": (206, 164, 116), "tan": (200, 146, 100), "brown": (156, 104, 70), "dark": (112, 74, 50),
    "deep": (96, 62, 42),
}
EYES: dict[str, RGB] = {
    "brown": (110, 70, 40), "blue": (60, 120, 210), "green": (70, 150, 90), "hazel": (150, 110, 50),
    "grey": (120, 130, 140), "gray": (120, 130, 140), "amber": (200, 140, 40), "black": (40, 35, 35),
}


def _hashed_color(text: str) -> RGB:
    digest = hashlib.sha256(text.encode()).digest()
    return (70 + digest[0] % 160, 70 + digest[1] % 160, 70 + digest[2] % 160)


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
    return _hashed_color(text) if text else table[fallback]


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))  # type: ignore[return-value]


def _shade(c: RGB, f: float) -> RGB:
    return tuple(max(0, min(255, int(round(v * f)))) for v in c)  # type: ignore[return-value]


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


def _ell(d: ImageDraw.ImageDraw, cx: float, cy: float, rx: float, ry: float, fill, outline=None, width: int = 1):
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=fill, outline=outline, width=width)


def _limb(d: ImageDraw.ImageDraw, a: tuple[float, float], b: tuple[float, float], width: float, fill):
    d.line((a, b), fill=fill, width=max(1, int(width)))
    r = width / 2
    for x, y in (a, b):
        _ell(d, x, y, r, r, fill)


def draw_hero(d: ImageDraw.ImageDraw, look: HeroLook, x: float, y: float, s: float, pose: str = "stand",
              facing: int = 1, mood: str = "joyful") -> None:
    """The hero with feet at (x, y); about 330*s pixels tall."""
    lift = -26 * s if pose == "jump" else 0
    y = y + lift
    P = lambda px, py: (x + px * s * facing, y + py * s)  # noqa: E731
    ink = (60, 45, 50)
    pants = _shade(look.outfit2, 0.8)
    shoe = (96, 62, 44) if look.skin != (96, 62, 44) else (80, 50, 40)

    # Behind the body: cape, backpack, long hair, braids, ponytail.
    style = look.hair_style
    if look.clothing == "cape":
        d.polygon([P(-50, -196), P(50, -196), P(92, -58), P(-92, -58)], fill=look.accent)
    if "backpack" in look.features:
        d.rounded_rectangle((*P(-78, -190), *P(-40, -100)) if facing > 0 else (*P(-40, -190), *P(-78, -100)),
                            radius=int(12 * s), fill=look.outfit2)
    hx, hy = P(0, -265)
    if "long" in style or "wavy" in style:
        d.rounded_rectangle((hx - 74 * s, hy - 40 * s, hx + 74 * s, hy + 95 * s), radius=int(40 * s), fill=look.hair)
        if "wavy" in style or "curly" in style:
            for k in range(6):
                _ell(d, hx - 74 * s + k * 29.6 * s, hy + 95 * s, 16 * s, 14 * s, look.hair)
    if "braid" in style:
        for side in (-1, 1):
            for k in range(5):
                _ell(d, hx + side * 62 * s, hy + (10 + k * 24) * s, (17 - k) * s, 14 * s, look.hair)
            _ell(d, hx + side * 62 * s, hy + 128 * s, 9 * s, 7 * s, look.accent)
    if "ponytail" in style:
        _ell(d, hx - facing * 72 * s, hy - 10 * s, 26 * s, 44 * s, look.hair)
        _ell(d, hx - facing * 58 * s, hy - 34 * s, 10 * s, 10 * s, look.accent)
    if "curly" in style and "long" not in style:
        for k in range(9):
            angle = math.pi * (0.95 + k * 0.1375)
            _ell(d, hx + math.cos(angle) * 66 * s, hy + math.sin(angle) * 62 * s + 8 * s, 22 * s, 22 * s, look.hair)

    # Legs and shoes.
    if pose == "sit":
        for side in (-1, 1):
            _limb(d, P(side * 22, -92), P(side * 22 + 70, -80), 30 * s, pants)
            _ell(d, *P(side * 22 + 88, -78), 14 * s, 20 * s, shoe)
    else:
        stride = 16 if pose == "walk" else 0
        for side in (-1, 1):
            foot = P(side * 24 + side * stride, -10)
            _limb(d, P(side * 20, -100), foot, 30 * s, pants)
            _ell(d, foot[0] + 8 * s * facing, foot[1] + 4 * s, 24 * s, 12 * s, shoe)

    # Body by clothing style.
    body_top, body_bottom = -205, -88
    if look.clothing == "dress":
        d.polygon([P(-48, body_top), P(48, body_top), P(88, -70), P(-88, -70)], fill=look.outfit)
        d.rectangle((*P(-48, -150), *P(48, -140)) if facing > 0 else (*P(48, -150), *P(-48, -140)), fill=look.outfit2)
    elif look.clothing in ("raincoat", "jacket"):
        d.rounded_rectangle(_box(P(-60, body_top), P(60, -64)), radius=int(26 * s), fill=look.outfit)
        for k in range(3):
            _ell(d, *P(8, -178 + k * 36), 6 * s, 6 * s, look.outfit2)
    elif look.clothing == "overalls":
        d.rounded_rectangle(_box(P(-58, body_top), P(58, body_bottom)), radius=int(26 * s), fill=look.outfit2)
        d.rounded_rectangle(_box(P(-46, -165), P(46, -80)), radius=int(14 * s), fill=look.outfit)
        for side in (-1, 1):
            _limb(d, P(side * 34, -165), P(side * 40, -200), 10 * s, look.outfit)
    elif look.clothing in ("sweater", "pajamas"):
        d.rounded_rectangle(_box(P(-62, body_top), P(62, body_bottom)), radius=int(30 * s), fill=look.outfit)
        for k in range(3):
            yy = -170 + k * 28
            d.line((P(-58, yy), P(58, yy)), fill=look.outfit2, width=max(1, int(8 * s)))
    else:  # adventurer / casual: shirt with a little vest
        d.rounded_rectangle(_box(P(-60, body_top), P(60, body_bottom)), radius=int(28 * s), fill=look.outfit)
        if look.clothing == "adventurer":
            d.polygon([P(-60, -196), P(-20, -196), P(-26, -96), P(-60, -96)], fill=look.outfit2)
            d.polygon([P(60, -196), P(20, -196), P(26, -96), P(60, -96)], fill=look.outfit2)
        d.rectangle(_box(P(-60, -104), P(60, -90)), fill=_shade(look.outfit2, 0.7))

    if "scarf" in look.features:
        d.rounded_rectangle(_box(P(-48, -214), P(48, -192)), radius=int(10 * s), fill=look.accent)
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
        _limb(d, shoulder, P(*hand), 26 * s, look.outfit)
        _ell(d, *P(*hand), 14 * s, 14 * s, look.skin)

    # Neck, head, ears.
    d.rectangle(_box(P(-14, -214), P(14, -196)), fill=look.skin)
    for side in (-1, 1):
        _ell(d, hx + side * 60 * s, hy + 4 * s, 11 * s, 15 * s, look.skin)
    _ell(d, hx, hy, 62 * s, 62 * s, look.skin)

    # Face.
    sleepy = pose == "sleepy"
    for side in (-1, 1):
        ex, ey = hx + side * 23 * s + 4 * s * facing, hy + 2 * s
        if sleepy:
            d.arc((ex - 11 * s, ey - 6 * s, ex + 11 * s, ey + 8 * s), 20, 160, fill=ink, width=max(1, int(4 * s)))
        else:
            _ell(d, ex, ey, 11 * s, 13 * s, (255, 255, 255))
            _ell(d, ex + 2 * s * facing, ey + 1 * s, 8 * s, 9 * s, look.eyes)
            _ell(d, ex + 2 * s * facing, ey + 1 * s, 4 * s, 4.5 * s, (30, 25, 30))
            _ell(d, ex + 5 * s * facing, ey - 3 * s, 2.2 * s, 2.2 * s, (255, 255, 255))
        _ell(d, hx + side * 40 * s + 4 * s * facing, hy + 24 * s, 10 * s, 6 * s, _mix(look.skin, (240, 110, 120), 0.45))
    mx, my = hx + 4 * s * facing, hy + 30 * s
    if mood in ("joyful", "exciting", "heartwarming", "adventurous") and not sleepy:
        d.chord((mx - 15 * s, my - 12 * s, mx + 15 * s, my + 12 * s), 0, 180, fill=(170, 60, 70))
    else:
        d.arc((mx - 13 * s, my - 10 * s, mx + 13 * s, my + 8 * s), 20, 160, fill=ink, width=max(1, int(4 * s)))
    if "freckles" in look.features:
        for fx, fy in ((-34, 16), (-28, 22), (-40, 22), (34, 16), (28, 22), (40, 22)):
            _ell(d, hx + fx * s, hy + fy * s, 2.4 * s, 2.4 * s, _shade(look.skin, 0.72))

    # Hair on top (fringe), by style.
    d.pieslice((hx - 66 * s, hy - 68 * s, hx + 66 * s, hy + 40 * s), 180, 360, fill=look.hair)
    for k in range(5):
        _ell(d, hx - 44 * s + k * 22 * s, hy - 24 * s, 16 * s, 12 * s, look.hair)
    if "curly" in style:
        for k in range(7):
            angle = math.pi * (1.05 + k * 0.15)
            _ell(d, hx + math.cos(angle) * 58 * s, hy + math.sin(angle) * 56 * s - 6 * s, 18 * s, 18 * s, look.hair)

    if "glasses" in look.features:
        for side in (-1, 1):
            ex = hx + side * 23 * s + 4 * s * facing
            _ell(d, ex, hy + 2 * s, 18 * s, 17 * s, None, outline=(60, 60, 80), width=max(2, int(4 * s)))
        d.line((hx - 5 * s + 4 * s * facing, hy, hx + 5 * s + 4 * s * facing, hy), fill=(60, 60, 80), width=max(2, int(4 * s)))
    if "hat" in look.features or look.clothing == "hat":
        d.ellipse((hx - 80 * s, hy - 58 * s, hx + 80 * s, hy - 34 * s), fill=look.accent)
        d.chord((hx - 52 * s, hy - 110 * s, hx + 52 * s, hy - 10 * s), 180, 360, fill=look.accent)
    if "ribbon" in look.features:
        bx, by = hx + 46 * s * facing, hy - 48 * s
        d.polygon([(bx, by), (bx - 24 * s, by - 16 * s), (bx - 24 * s, by + 16 * s)], fill=look.accent)
        d.polygon([(bx, by), (bx + 24 * s, by - 16 * s), (bx + 24 * s, by + 16 * s)], fill=look.accent)
        _ell(d, bx, by, 7 * s, 7 * s, _shade(look.accent, 0.8))
    if "crown" in look.features:
        d.polygon([(hx - 36 * s, hy - 58 * s), (hx - 36 * s, hy - 96 * s), (hx - 18 * s, hy - 74 * s), (hx, hy - 102 * s),
                   (hx + 18 * s, hy - 74 * s), (hx + 36 * s, hy - 96 * s), (hx + 36 * s, hy - 58 * s)], fill=(240, 196, 60))


def _box(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


# ----------------------------------------------------------------------- companions

FLYERS = {"bird", "fish", "whale", "moth"}


def draw_companion(d: ImageDraw.ImageDraw, comp: Companion, x: float, y: float, s: float, facing: int = 1) -> None:
    """A friendly companion standing (or floating) with its bottom centre at (x, y)."""
    kind, c = comp.kind, comp.color
    dark = _shade(c, 0.7)
    light = _mix(c, (255, 255, 255), 0.55)
    ink = (50, 40, 45)
    F = facing

    def eyes(ex, ey, r=7.0, gap=16.0):
        for side in (-1, 1):
            _ell(d, ex + side * gap * s, ey, r * s, r * 1.15 * s, (255, 255, 255))
            _ell(d, ex + side * gap * s + 1.5 * s * F, ey + 1 * s, r * 0.6 * s, r * 0.7 * s, ink)
            _ell(d, ex + side * gap * s + 3 * s * F, ey - 2 * s, r * 0.22 * s, r * 0.22 * s, (255, 255, 255))

    def blush(ex, ey, gap=26.0):
        for side in (-1, 1):
            _ell(d, ex + side * gap * s, ey, 7 * s, 4.5 * s, (245, 150, 160))

    if kind in ("squirrel", "rabbit", "fox", "cat", "mouse", "hedgehog", "goat", "sheep"):
        # Tail first, behind the body.
        if kind == "squirrel":
            _ell(d, x - 58 * s * F, y - 100 * s, 44 * s, 70 * s, c)
            _ell(d, x - 50 * s * F, y - 150 * s, 30 * s, 30 * s, light)
        elif kind == "fox":
            _ell(d, x - 62 * s * F, y - 44 * s, 56 * s, 22 * s, c)
            _ell(d, x - 106 * s * F, y - 44 * s, 18 * s, 16 * s, (250, 248, 240))
        elif kind == "cat":
            d.arc((x - 100 * s, y - 120 * s, x - 20 * s, y - 10 * s) if F > 0 else (x + 20 * s, y - 120 * s, x + 100 * s, y - 10 * s),
                  90, 270, fill=c, width=int(14 * s))
        elif kind == "rabbit":
            _ell(d, x - 44 * s * F, y - 40 * s, 16 * s, 16 * s, (252, 252, 252))
        elif kind == "mouse":
            d.arc((x - 120 * s, y - 60 * s, x - 20 * s, y + 10 * s) if F > 0 else (x + 20 * s, y - 60 * s, x + 120 * s, y + 10 * s),
                  180, 300, fill=dark, width=int(6 * s))
        body_ry = 46 if kind != "goat" else 40
        if kind == "sheep":
            for k in range(7):
                angle = 2 * math.pi * k / 7
                _ell(d, x + math.cos(angle) * 40 * s, y - 58 * s + math.sin(angle) * 26 * s, 31 * s, 29 * s, (200, 204, 222))
            for k in range(7):
                angle = 2 * math.pi * k / 7
                _ell(d, x + math.cos(angle) * 40 * s, y - 58 * s + math.sin(angle) * 26 * s, 28 * s, 26 * s, c)
            _ell(d, x, y - 58 * s, 48 * s, 36 * s, c)
        elif kind == "hedgehog":
            spikes = []
            for k in range(15):
                angle = math.pi + math.pi * k / 14
                r = 70 if k % 2 == 0 else 54
                spikes.append((x - 6 * s * F + math.cos(angle) * r * s, y - 10 * s + math.sin(angle) * r * 0.9 * s))
            d.polygon(spikes, fill=c)
            _ell(d, x + 6 * s * F, y - 30 * s, 50 * s, 30 * s, _mix(c, (250, 230, 200), 0.6))
        elif kind == "goat":
            for side in (-1, 1):
                _limb(d, (x + side * 26 * s, y - 50 * s), (x + side * 30 * s, y), 12 * s, dark)
            _ell(d, x, y - 70 * s, 56 * s, body_ry * s, c)
        else:
            _ell(d, x, y - 48 * s, 44 * s, body_ry * s, c)
            _ell(d, x + 6 * s * F, y - 40 * s, 26 * s, 28 * s, light)
        # Head.
        hx, hy = x + 22 * s * F, y - (112 if kind != "goat" else 132) * s
        if kind == "hedgehog":
            hx, hy = x + 48 * s * F, y - 36 * s
        if kind == "rabbit":
            for side in (-1, 1):
                _ell(d, hx + side * 14 * s, hy - 58 * s, 11 * s, 34 * s, c)
                _ell(d, hx + side * 14 * s, hy - 58 * s, 5 * s, 24 * s, (250, 190, 200))
        elif kind == "mouse":
            for side in (-1, 1):
                _ell(d, hx + side * 30 * s, hy - 30 * s, 22 * s, 22 * s, c)
                _ell(d, hx + side * 30 * s, hy - 30 * s, 13 * s, 13 * s, (250, 190, 200))
            d.rectangle((x - 4 * s, y - 110 * s, x + 4 * s, y - 86 * s), fill=(230, 190, 70))
            d.rectangle((x - 16 * s, y - 116 * s, x + 16 * s, y - 108 * s), fill=(230, 190, 70))
        elif kind in ("squirrel", "fox", "cat"):
            for side in (-1, 1):
                d.polygon([(hx + side * 12 * s, hy - 30 * s), (hx + side * 34 * s, hy - 62 * s), (hx + side * 38 * s, hy - 20 * s)], fill=c)
        elif kind == "goat":
            for side in (-1, 1):
                d.arc((hx + side * 14 * s - 18 * s, hy - 62 * s, hx + side * 14 * s + 18 * s, hy - 20 * s), 200, 340,
                      fill=(200, 180, 150), width=int(7 * s))
        head_r = 26 if kind == "hedgehog" else 38
        head_fill = (150, 132, 142) if kind == "sheep" else (_mix(c, (250, 230, 200), 0.6) if kind == "hedgehog" else c)
        _ell(d, hx, hy, head_r * s, head_r * 0.92 * s, head_fill)
        if kind == "fox":
            _ell(d, hx + 10 * s * F, hy + 12 * s, 20 * s, 14 * s, (250, 248, 240))
        if kind == "goat":
            d.polygon([(hx - 6 * s, hy + 26 * s), (hx + 6 * s, hy + 26 * s), (hx, hy + 46 * s)], fill=(230, 225, 215))
        eyes(hx + 4 * s * F, hy - 4 * s, r=6 if kind == "hedgehog" else 7, gap=10 if kind == "hedgehog" else 14)
        _ell(d, hx + 12 * s * F, hy + 12 * s, 5 * s, 4 * s, ink)
        blush(hx + 4 * s * F, hy + 12 * s, gap=20 if kind != "hedgehog" else 14)
        return

    if kind in ("owl", "duck", "bird"):
        fly = kind == "bird"
        cy = y - (60 if not fly else 0) * s
        if kind == "duck":  # the goose: long neck
            _ell(d, x, y - 48 * s, 52 * s, 40 * s, c)
            _limb(d, (x + 26 * s * F, y - 60 * s), (x + 34 * s * F, y - 130 * s), 24 * s, c)
            _ell(d, x + 36 * s * F, y - 140 * s, 24 * s, 22 * s, c)
            d.polygon([(x + 54 * s * F, y - 144 * s), (x + 84 * s * F, y - 136 * s), (x + 54 * s * F, y - 128 * s)], fill=(245, 150, 50))
            eyes(x + 38 * s * F, y - 146 * s, r=5, gap=8)
            for side in (-1, 1):
                _ell(d, x + side * 18 * s, y - 4 * s, 14 * s, 6 * s, (245, 150, 50))
            return
        if fly:
            for side in (-1, 1):
                d.polygon([(x, cy), (x + side * 64 * s, cy - 50 * s), (x + side * 40 * s, cy + 4 * s)], fill=dark)
            _ell(d, x, cy, 34 * s, 24 * s, c)
            _ell(d, x + 30 * s * F, cy - 14 * s, 20 * s, 18 * s, c)
            d.polygon([(x + 46 * s * F, cy - 16 * s), (x + 62 * s * F, cy - 12 * s), (x + 46 * s * F, cy - 8 * s)], fill=(245, 170, 60))
            _ell(d, x + 34 * s * F, cy - 18 * s, 3.5 * s, 3.5 * s, ink)
            return
        # owl
        for side in (-1, 1):
            d.polygon([(x + side * 26 * s, cy - 64 * s), (x + side * 40 * s, cy - 96 * s), (x + side * 46 * s, cy - 58 * s)], fill=dark)
        _ell(d, x, cy, 52 * s, 64 * s, c)
        _ell(d, x, cy + 14 * s, 34 * s, 40 * s, light)
        for side in (-1, 1):
            _ell(d, x + side * 50 * s, cy + 6 * s, 14 * s, 36 * s, dark)
            _ell(d, x + side * 20 * s, cy - 28 * s, 19 * s, 19 * s, (250, 240, 210))
        eyes(x, cy - 28 * s, r=10, gap=20)
        d.polygon([(x - 7 * s, cy - 12 * s), (x + 7 * s, cy - 12 * s), (x, cy + 2 * s)], fill=(240, 170, 60))
        for side in (-1, 1):
            _ell(d, x + side * 16 * s, cy + 62 * s, 10 * s, 6 * s, (240, 170, 60))
        return

    if kind in ("fish", "whale"):
        big = 2.2 if kind == "whale" else 1.0
        cx, cy = x, y
        rx, ry = 46 * s * big, 30 * s * big
        d.polygon([(cx - rx * 0.8 * F, cy), (cx - (rx + 40 * s * big) * F, cy - 30 * s * big),
                   (cx - (rx + 34 * s * big) * F, cy + 26 * s * big)], fill=dark)
        _ell(d, cx, cy, rx, ry, c)
        _ell(d, cx + 6 * s * F, cy + ry * 0.35, rx * 0.7, ry * 0.45, light)
        _ell(d, cx + rx * 0.5 * F, cy - ry * 0.25, 7 * s * min(big, 1.4), 7 * s * min(big, 1.4), (255, 255, 255))
        _ell(d, cx + rx * 0.52 * F, cy - ry * 0.22, 4 * s * min(big, 1.4), 4 * s * min(big, 1.4), ink)
        d.arc((cx + rx * 0.45 * F - 12 * s, cy, cx + rx * 0.45 * F + 12 * s, cy + 14 * s), 20, 160, fill=ink, width=max(2, int(3 * s)))
        return

    if kind == "turtle":
        for side in (-1, 1):
            _ell(d, x + side * 40 * s, y - 10 * s, 16 * s, 12 * s, light)
        _ell(d, x + 62 * s * F, y - 40 * s, 24 * s, 22 * s, light)
        eyes(x + 66 * s * F, y - 46 * s, r=5, gap=8)
        d.chord((x - 62 * s, y - 100 * s, x + 62 * s, y + 10 * s), 180, 360, fill=c)
        for k in range(3):
            _ell(d, x - 30 * s + k * 30 * s, y - 52 * s, 12 * s, 10 * s, dark)
        return

    if kind == "dragon":
        d.polygon([(x - 30 * s * F, y - 40 * s), (x - 110 * s * F, y - 20 * s), (x - 34 * s * F, y - 10 * s)], fill=c)
        for side in (-1, 1):
            d.polygon([(x - 6 * s * F, y - 110 * s), (x - 6 * s * F + side * 62 * s, y - 170 * s),
                       (x - 6 * s * F + side * 40 * s, y - 96 * s)], fill=light)
        _ell(d, x, y - 62 * s, 50 * s, 56 * s, c)
        _ell(d, x + 8 * s * F, y - 52 * s, 30 * s, 38 * s, (250, 236, 170))
        hx, hy = x + 24 * s * F, y - 138 * s
        for side in (-1, 1):
            d.polygon([(hx + side * 16 * s, hy - 26 * s), (hx + side * 24 * s, hy - 52 * s), (hx + side * 30 * s, hy - 22 * s)],
                      fill=(250, 220, 120))
        _ell(d, hx, hy, 42 * s, 36 * s, c)
        _ell(d, hx + 26 * s * F, hy + 12 * s, 24 * s, 16 * s, light)
        eyes(hx + 2 * s * F, hy - 6 * s, r=8, gap=15)
        blush(hx + 2 * s * F, hy + 14 * s, gap=24)
        return

    if kind == "robot":
        _limb(d, (x - 18 * s, y - 40 * s), (x - 20 * s, y - 4 * s), 14 * s, dark)
        _limb(d, (x + 18 * s, y - 40 * s), (x + 20 * s, y - 4 * s), 14 * s, dark)
        d.rounded_rectangle((x - 44 * s, y - 110 * s, x + 44 * s, y - 34 * s), radius=int(18 * s), fill=c)
        _ell(d, x, y - 72 * s, 14 * s, 14 * s, (250, 200, 90))
        d.rounded_rectangle((x - 40 * s, y - 180 * s, x + 40 * s, y - 116 * s), radius=int(16 * s), fill=light)
        d.rounded_rectangle((x - 30 * s, y - 166 * s, x + 30 * s, y - 130 * s), radius=int(10 * s), fill=(60, 80, 110))
        for side in (-1, 1):
            _ell(d, x + side * 13 * s, y - 148 * s, 6 * s, 7 * s, (120, 230, 250))
        d.line((x, y - 180 * s, x, y - 204 * s), fill=dark, width=max(2, int(4 * s)))
        _ell(d, x, y - 208 * s, 8 * s, 8 * s, (250, 120, 120))
        return

    if kind == "ladybug":
        _ell(d, x + 44 * s * F, y - 40 * s, 24 * s, 22 * s, (50, 50, 60))
        eyes(x + 50 * s * F, y - 44 * s, r=5, gap=9)
        d.chord((x - 56 * s, y - 100 * s, x + 56 * s, y + 8 * s), 180, 360, fill=c)
        d.line((x, y - 100 * s, x, y - 46 * s), fill=(50, 50, 60), width=max(2, int(3 * s)))
        for px, py in ((-28, -70), (26, -74), (-14, -56), (16, -58), (-38, -52), (36, -54)):
            _ell(d, x + px * s, y + py * s, 7 * s, 7 * s, (50, 50, 60))
        return

    if kind == "snail":
        _ell(d, x + 10 * s * F, y - 14 * s, 62 * s, 14 * s, _mix(c, (250, 230, 200), 0.6))
        _ell(d, x + 62 * s * F, y - 40 * s, 16 * s, 30 * s, _mix(c, (250, 230, 200), 0.6))
        eyes(x + 64 * s * F, y - 58 * s, r=5, gap=7)
        for r, col in ((44, c), (32, dark), (22, c), (12, dark)):
            _ell(d, x - 6 * s * F, y - 56 * s, r * s, r * s, col)
        return

    if kind == "moth":
        glow = (255, 244, 190)
        for side in (-1, 1):
            _ell(d, x + side * 34 * s, y - 16 * s, 34 * s, 26 * s, glow)
            _ell(d, x + side * 26 * s, y + 14 * s, 22 * s, 18 * s, c)
        _ell(d, x, y, 12 * s, 30 * s, _shade(c, 0.8))
        eyes(x, y - 24 * s, r=5, gap=7)
        return

    # grownup: a kind helper (clockmaker, weather wizard) in a long robe
    d.polygon([(x - 40 * s, y - 250 * s), (x + 40 * s, y - 250 * s), (x + 70 * s, y), (x - 70 * s, y)], fill=c)
    d.rectangle((x - 70 * s, y - 24 * s, x + 70 * s, y), fill=dark)
    for side in (-1, 1):
        _limb(d, (x + side * 40 * s, y - 236 * s), (x + side * 62 * s, y - 150 * s), 22 * s, c)
        _ell(d, x + side * 62 * s, y - 146 * s, 12 * s, 12 * s, (240, 205, 180))
    _ell(d, x, y - 292 * s, 48 * s, 48 * s, (240, 205, 180))
    d.chord((x - 50 * s, y - 344 * s, x + 50 * s, y - 270 * s), 180, 360, fill=(235, 235, 240))
    d.chord((x - 34 * s, y - 300 * s, x + 34 * s, y - 230 * s), 0, 180, fill=(235, 235, 240))
    eyes(x + 2 * s * F, y - 296 * s, r=6, gap=15)
    for side in (-1, 1):
        _ell(d, x + side * 16 * s + 2 * s * F, y - 296 * s, 13 * s, 12 * s, None, outline=(90, 80, 80), width=max(2, int(3 * s)))
    if comp.name == "Nimbus":  # the weather wizard's starry hat
        d.polygon([(x - 58 * s, y - 326 * s), (x + 58 * s, y - 326 * s), (x + 10 * s, y - 430 * s)], fill=c)
        _ell(d, x, y - 326 * s, 62 * s, 10 * s, dark)
        _star(d, x + 6 * s, y - 372 * s, 10 * s, (250, 220, 90))


def _star(d: ImageDraw.ImageDraw, x: float, y: float, r: float, fill) -> None:
    pts = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.45
        pts.append((x + math.cos(angle) * rr, y + math.sin(angle) * rr))
    d.polygon(pts, fill=fill)


# ----------------------------------------------------------------------- light and palette

EMOTION_SKY: dict[str, tuple[RGB, RGB]] = {
    "joyful": ((110, 185, 250), (255, 232, 170)),
    "peaceful": ((90, 110, 190), (196, 186, 232)),
    "exciting": ((80, 165, 255), (255, 206, 130)),
    "mysterious": ((120, 90, 190), (214, 170, 236)),
    "heartwarming": ((244, 160, 150), (255, 224, 186)),
    "adventurous": ((96, 180, 240), (206, 242, 214)),
    "contemplative": ((150, 160, 214), (232, 218, 240)),
}
TIME_TINT: dict[str, tuple[RGB, float, RGB, float]] = {
    "morning": ((170, 215, 255), 0.25, (255, 236, 200), 0.3),
    "day": ((110, 185, 250), 0.0, (255, 245, 210), 0.0),
    "dusk": ((130, 110, 200), 0.4, (255, 170, 130), 0.5),
    "night": ((52, 62, 132), 0.62, (108, 100, 176), 0.55),
}


@dataclass(frozen=True)
class Light:
    top: RGB
    bottom: RGB
    time: str
    emotion: str
    shade: float  # 1.0 by day; a little lower at dusk and night, never dark

    def tone(self, color: RGB) -> RGB:
        """A scenery colour under this light (tinted, dimmed softly at night)."""
        tinted = _mix(color, self.bottom, 0.18)
        return _shade(tinted, self.shade)


def make_light(emotion: str, time: str, setting: str) -> Light:
    top, bottom = EMOTION_SKY.get(emotion, EMOTION_SKY["peaceful"])
    tt, ta, bt, ba = TIME_TINT[time]
    top, bottom = _mix(top, tt, ta), _mix(bottom, bt, ba)
    if setting == "underwater_treasure_hunt":
        top, bottom = _mix((120, 215, 235), top, 0.25), _mix((40, 130, 190), bottom, 0.2)
    elif setting == "space_exploration":
        top, bottom = _mix((44, 46, 118), top, 0.2), _mix((120, 86, 176), bottom, 0.25)
    elif setting == "dream_world_adventure":
        top, bottom = _mix((176, 150, 230), top, 0.35), _mix((255, 200, 222), bottom, 0.3)
    elif setting in ("time_travel_mission", "weather_wizard_training"):
        top, bottom = _mix((238, 214, 180), top, 0.25), _mix((214, 170, 128), bottom, 0.2)
    shade = {"morning": 1.0, "day": 1.0, "dusk": 0.93, "night": 0.8}[time]
    return Light(top, bottom, time, emotion, shade)


class Painter:
    """A 1024x1024 canvas with the few soft-shape helpers the scenes need."""

    def __init__(self, light: Light) -> None:
        self.light = light
        self.image = _gradient(light.top, light.bottom)
        self.draw = ImageDraw.Draw(self.image)
        self._glow = Image.new("L", (256, 256), 0)
        self._glow_draw = ImageDraw.Draw(self._glow)
        self._glow_color: RGB = (255, 240, 200)

    def glow(self, x: float, y: float, r: float, strength: int = 160) -> None:
        """Queue a soft glow (applied in one pass by ``apply_glow``)."""
        q = 0.25
        self._glow_draw.ellipse((x * q - r * q, y * q - r * q, x * q + r * q, y * q + r * q), fill=strength)

    def apply_glow(self, color: RGB) -> None:
        mask = self._glow.filter(ImageFilter.GaussianBlur(6)).resize((SIZE, SIZE), Image.BILINEAR)
        self.image.paste(Image.new("RGB", (SIZE, SIZE), color), (0, 0), mask)
        self.draw = ImageDraw.Draw(self.image)

    def band(self, top_y: float, color: RGB, rng: random.Random, bumps: int = 4, amp: float = 40, bottom: float = SIZE) -> None:
        """A rolling ground band (hills) from ``top_y`` down."""
        pts = [(0, bottom)]
        phase = rng.uniform(0, math.pi * 2)
        for k in range(0, 33):
            px = k * SIZE / 32
            py = top_y + math.sin(phase + k / 32 * math.pi * bumps) * amp
            pts.append((px, py))
        pts.append((SIZE, bottom))
        self.draw.polygon(pts, fill=color)


def _gradient(top: RGB, bottom: RGB) -> Image.Image:
    mask = Image.linear_gradient("L").resize((SIZE, SIZE))
    return Image.composite(Image.new("RGB", (SIZE, SIZE), bottom), Image.new("RGB", (SIZE, SIZE), top), mask)


def _cloud(d: ImageDraw.ImageDraw, x: float, y: float, w: float, color: RGB) -> None:
    for dx, dy, r in ((-0.35, 0.05, 0.28), (0.0, -0.12, 0.36), (0.34, 0.02, 0.3), (0.0, 0.1, 0.3)):
        _ell(d, x + dx * w, y + dy * w, r * w, r * w * 0.8, color)


def _sky_lights(p: Painter, rng: random.Random, layout: random.Random, outdoor: bool) -> None:
    """Sun by day, moon and stars at night, a low sun at dusk, glowing motes when mysterious."""
    d, light = p.draw, p.light
    sx, my = layout.uniform(140, 880), layout.uniform(110, 200)
    if light.time == "night":
        if outdoor:
            _ell(d, sx, my, 54, 54, (252, 246, 214))
            _ell(d, sx + 22, my - 12, 46, 46, _mix(light.top, (252, 246, 214), 0.15))
        p.glow(sx, my, 150, 120)
        for _ in range(60):
            _star(d, rng.uniform(0, SIZE), rng.uniform(0, 520), rng.uniform(4, 9), _mix((255, 250, 220), light.top, 0.15))
    elif light.time == "dusk":
        if outdoor:
            _ell(d, sx, 430, 80, 80, (255, 190, 120))
        p.glow(sx, 430, 260, 170)
        for _ in range(8):
            _star(d, rng.uniform(0, SIZE), rng.uniform(0, 260), rng.uniform(3, 7), (255, 246, 220))
    else:
        if outdoor:
            _ell(d, sx, 150, 70, 70, (255, 236, 150))
        p.glow(sx, 150, 170, 150)
    if light.emotion == "mysterious":
        for _ in range(14):
            p.glow(rng.uniform(60, 960), rng.uniform(200, 760), rng.uniform(14, 30), 220)


# ----------------------------------------------------------------------- settings


def _forest(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 790
    for row, (base, scale) in enumerate(((620, 0.7), (700, 1.0))):
        xs = sorted(layout.uniform(-40, 1060) for _ in range(7 - row * 2))
        for x in xs:
            x += rng.uniform(-30, 30)
            trunk = L.tone((120, 84, 60) if row else (140, 104, 80))
            d.rounded_rectangle((x - 22 * scale, base - 200 * scale, x + 22 * scale, base + 40), radius=10, fill=trunk)
            leaf = L.tone((70, 150, 90) if row else (110, 180, 120))
            for dx, dy, r in ((-60, -230, 80), (60, -240, 80), (0, -300, 95), (0, -210, 90)):
                _ell(d, x + dx * scale, base + dy * scale, r * scale, r * scale * 0.9, leaf)
    p.band(ground - 30, L.tone((110, 185, 110)), layout, bumps=3, amp=18)
    for _ in range(7):
        x = rng.uniform(40, 980)
        y = rng.uniform(ground, 990)
        cap = L.tone((230, 110, 120)) if rng.random() < 0.5 else L.tone((250, 180, 90))
        d.rectangle((x - 7, y - 30, x + 7, y), fill=(245, 235, 215))
        d.chord((x - 30, y - 56, x + 30, y - 14), 180, 360, fill=cap)
        p.glow(x, y - 30, 40, 90)
    for _ in range(18):
        p.glow(rng.uniform(0, SIZE), rng.uniform(300, 760), 10, 230)
    return ground


def _dragon_hills(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(560, L.tone((140, 200, 150)), layout, bumps=2, amp=60)
    wx = layout.uniform(620, 860)
    d.rectangle((wx - 40, 470, wx + 40, 720), fill=L.tone((170, 220, 250)))
    for k in range(6):
        d.line((wx - 30 + k * 12, 480, wx - 30 + k * 12, 710), fill=L.tone((230, 245, 255)), width=3)
    d.chord((layout.uniform(80, 300) - 110, 600, layout.uniform(80, 300) + 110, 820), 180, 360, fill=L.tone((120, 110, 130)))
    p.band(690, L.tone((110, 180, 110)), layout, bumps=3, amp=40)
    p.band(ground - 10, L.tone((130, 200, 120)), layout, bumps=2, amp=16)
    for _ in range(20):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground, 1000)
        _ell(d, x, y, 6, 6, L.tone(rng.choice([(255, 220, 90), (255, 255, 255), (250, 160, 190)])))
    return ground


def _sea_floor(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 820
    for k in range(5):
        x = 120 + k * 200 + layout.uniform(-40, 40)
        d.polygon([(x, 0), (x + 60, 0), (x + 200, 700), (x + 150, 700)], fill=_mix(L.top, (255, 255, 255), 0.12))
    for _ in range(8):
        x = layout.uniform(0, SIZE)
        h = layout.uniform(220, 420)
        col = L.tone((60, 160, 110))
        for k in range(10):
            y = ground - k * h / 10
            _ell(d, x + math.sin(k * 0.9 + rng.uniform(-0.2, 0.2)) * 18, y, 16, h / 18, col)
    p.band(ground, L.tone((246, 222, 170)), layout, bumps=2, amp=14)
    for _ in range(6):
        x = rng.uniform(30, 990)
        col = L.tone(rng.choice([(250, 120, 140), (250, 170, 90), (200, 120, 220)]))
        for k in range(4):
            _ell(d, x + (k - 1.5) * 22, ground + 10 - k % 2 * 30 - 30, 16, 40, col)
    for _ in range(10):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground + 30, 1010)
        d.pieslice((x - 16, y - 14, x + 16, y + 14), 180, 360, fill=L.tone((250, 200, 210)))
    for _ in range(24):
        x, y, r = rng.uniform(0, SIZE), rng.uniform(80, 780), rng.uniform(5, 16)
        _ell(d, x, y, r, r, None, outline=(235, 250, 255), width=2)
    return ground


def _cloud_castle(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 800
    cx = layout.uniform(560, 800)
    wall = L.tone((250, 226, 240))
    d.rectangle((cx - 150, 330, cx + 150, 640), fill=wall)
    for tx in (-150, 0, 150):
        d.rectangle((cx + tx - 40, 240 if tx else 190, cx + tx + 40, 640), fill=wall)
        d.polygon([(cx + tx - 52, 240 if tx else 190), (cx + tx + 52, 240 if tx else 190), (cx + tx, 150 if tx else 90)],
                  fill=L.tone((240, 150, 190)))
    d.chord((cx - 40, 520, cx + 40, 640), 180, 360, fill=L.tone((200, 150, 200)))
    bands = [(240, 90, 90), (250, 170, 80), (250, 230, 100), (120, 200, 120), (110, 160, 240), (170, 120, 220)]
    rx = layout.uniform(300, 500)
    for k, col in enumerate(bands):
        r = 420 - k * 26
        d.arc((rx - r, 620 - r, rx + r, 620 + r), 180, 360, fill=_mix(col, L.top, 0.25), width=26)
    for _ in range(6):
        _cloud(d, rng.uniform(0, SIZE), rng.uniform(80, 420), rng.uniform(90, 170), _mix((255, 255, 255), L.top, 0.12))
    for k in range(9):
        _cloud(d, k * 130 + rng.uniform(-20, 20), ground + 40 + rng.uniform(-20, 20), 230, _mix((255, 255, 255), L.bottom, 0.1))
    d.rectangle((0, ground + 90, SIZE, SIZE), fill=_mix((255, 255, 255), L.bottom, 0.1))
    return ground


def _clock_tower(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 820
    cx = layout.uniform(380, 640)
    d.ellipse((cx - 260, 90, cx + 260, 610), fill=L.tone((250, 238, 205)), outline=L.tone((170, 120, 60)), width=18)
    for k in range(12):
        a = k * math.pi / 6
        _ell(d, cx + math.cos(a) * 215, 350 + math.sin(a) * 215, 12, 12, L.tone((150, 100, 60)))
    minute = rng.uniform(0, math.pi * 2)
    d.line((cx, 350, cx + math.cos(minute) * 180, 350 + math.sin(minute) * 180), fill=(110, 80, 60), width=12)
    d.line((cx, 350, cx + math.cos(minute * 3) * 120, 350 + math.sin(minute * 3) * 120), fill=(110, 80, 60), width=16)
    _ell(d, cx, 350, 20, 20, (200, 150, 60))
    for _ in range(5):
        gx, gy, gr = layout.uniform(0, SIZE), layout.uniform(80, 700), layout.uniform(50, 110)
        gear = L.tone((230, 184, 80))
        for k in range(10):
            a = k * math.pi / 5 + rng.uniform(0, 0.3)
            _ell(d, gx + math.cos(a) * gr, gy + math.sin(a) * gr, gr * 0.22, gr * 0.22, gear)
        _ell(d, gx, gy, gr, gr, gear)
        _ell(d, gx, gy, gr * 0.35, gr * 0.35, L.tone((250, 230, 190)))
    d.rectangle((0, ground - 10, SIZE, SIZE), fill=L.tone((196, 150, 110)))
    for k in range(9):
        d.line((k * 128, ground - 10, k * 128 - 60, SIZE), fill=L.tone((176, 130, 94)), width=4)
    return ground


def _space(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 840
    for _ in range(90):
        _star(d, rng.uniform(0, SIZE), rng.uniform(0, 800), rng.uniform(2, 7), (255, 250, 225))
    for k in range(3):
        x, y, r = layout.uniform(80, 940), layout.uniform(120, 520), layout.uniform(40, 110)
        col = L.tone(layout.choice([(250, 170, 120), (140, 200, 250), (230, 140, 200), (170, 230, 160)]))
        if k == 0:
            d.arc((x - r * 1.8, y - r * 0.5, x + r * 1.8, y + r * 0.5), 150, 390, fill=(250, 230, 180), width=10)
        _ell(d, x, y, r, r, col)
        _ell(d, x - r * 0.3, y - r * 0.3, r * 0.3, r * 0.22, _mix(col, (255, 255, 255), 0.4))
    rx, ry = layout.uniform(700, 900), layout.uniform(560, 680)
    d.polygon([(rx - 40, ry + 90), (rx + 40, ry + 90), (rx + 40, ry - 60), (rx, ry - 130), (rx - 40, ry - 60)], fill=(235, 235, 245))
    _ell(d, rx, ry - 30, 20, 20, (120, 200, 240))
    d.polygon([(rx - 40, ry + 40), (rx - 80, ry + 110), (rx - 40, ry + 90)], fill=(240, 110, 110))
    d.polygon([(rx + 40, ry + 40), (rx + 80, ry + 110), (rx + 40, ry + 90)], fill=(240, 110, 110))
    p.glow(rx, ry + 120, 40, 200)
    d.chord((-300, ground - 60, SIZE + 300, ground + 700), 180, 360, fill=L.tone((210, 210, 226)))
    for _ in range(8):
        x, y, r = rng.uniform(0, SIZE), rng.uniform(ground, 1000), rng.uniform(14, 40)
        _ell(d, x, y, r, r * 0.4, L.tone((186, 186, 206)))
    return ground


def _tiny_world(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 830
    for _ in range(14):
        x = layout.uniform(-20, 1040)
        top = layout.uniform(60, 400)
        w = layout.uniform(26, 50)
        bend = layout.uniform(-80, 80)
        d.polygon([(x - w, ground + 40), (x + w, ground + 40), (x + bend, top)], fill=L.tone(layout.choice([(90, 170, 90), (120, 190, 100), (70, 150, 80)])))
    for _ in range(3):
        x, y = layout.uniform(80, 940), layout.uniform(200, 420)
        d.line((x, y, x + rng.uniform(-20, 20), ground + 20), fill=L.tone((90, 160, 80)), width=16)
        col = L.tone(layout.choice([(250, 150, 180), (250, 220, 90), (170, 150, 250), (250, 250, 250)]))
        for k in range(8):
            a = k * math.pi / 4
            _ell(d, x + math.cos(a) * 70, y + math.sin(a) * 70, 52, 52, col)
        _ell(d, x, y, 44, 44, (250, 200, 70))
    for _ in range(6):
        x, y = rng.uniform(40, 980), rng.uniform(300, 760)
        _ell(d, x, y, 18, 22, _mix(L.top, (255, 255, 255), 0.6))
        _ell(d, x - 6, y - 8, 5, 6, (255, 255, 255))
    p.band(ground, L.tone((150, 110, 80)), layout, bumps=2, amp=10)
    for _ in range(12):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground + 30, 1010)
        _ell(d, x, y, rng.uniform(20, 50), rng.uniform(12, 22), L.tone((176, 160, 150)))
    return ground


def _weather_workshop(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 820
    wx = layout.uniform(300, 720)
    sky_top, sky_bottom = _mix(L.top, (140, 200, 250), 0.5), _mix(L.bottom, (200, 230, 255), 0.5)
    d.ellipse((wx - 190, 110, wx + 190, 520), fill=sky_bottom, outline=L.tone((150, 110, 80)), width=20)
    d.chord((wx - 180, 120, wx + 180, 510), 180, 360, fill=sky_top)
    bands = [(240, 90, 90), (250, 170, 80), (250, 230, 100), (120, 200, 120), (110, 160, 240), (170, 120, 220)]
    for k, col in enumerate(bands):
        r = 150 - k * 14
        d.arc((wx - r, 380 - r, wx + r, 380 + r), 180, 360, fill=col, width=14)
    for shelf_y in (300, 470, 640):
        for side in (0, 1):
            x0 = 30 if side == 0 else SIZE - 300
            d.rectangle((x0, shelf_y, x0 + 270, shelf_y + 16), fill=L.tone((150, 100, 70)))
            for k in range(4):
                jx = x0 + 30 + k * 64
                jar = rng.choice([(255, 230, 120), (220, 240, 255), (180, 220, 250), (250, 200, 230)])
                d.rounded_rectangle((jx - 22, shelf_y - 70, jx + 22, shelf_y), radius=12, fill=_mix(jar, (255, 255, 255), 0.3),
                                    outline=(200, 210, 220), width=3)
                _ell(d, jx, shelf_y - 34, 12, 12, jar)
                p.glow(jx, shelf_y - 34, 30, 110)
    d.rectangle((0, ground - 10, SIZE, SIZE), fill=L.tone((170, 130, 100)))
    d.ellipse((160, ground + 20, 860, ground + 170), fill=L.tone((120, 140, 200)))
    for _ in range(16):
        x, y = rng.uniform(0, SIZE), rng.uniform(80, 760)
        for k in range(3):
            a = k * math.pi / 3
            d.line((x - math.cos(a) * 10, y - math.sin(a) * 10, x + math.cos(a) * 10, y + math.sin(a) * 10), fill=(255, 255, 255), width=3)
    return ground


def _animal_meadow(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(600, L.tone((150, 210, 130)), layout, bumps=2, amp=40)
    bx = layout.uniform(640, 860)
    d.rectangle((bx - 90, 470, bx + 90, 620), fill=L.tone((220, 90, 80)))
    d.polygon([(bx - 110, 480), (bx + 110, 480), (bx, 390)], fill=L.tone((170, 70, 70)))
    d.rectangle((bx - 30, 540, bx + 30, 620), fill=L.tone((250, 240, 220)))
    px = layout.uniform(160, 420)
    d.ellipse((px - 160, 690, px + 160, 770), fill=L.tone((110, 180, 230)))
    p.band(ground - 20, L.tone((130, 200, 110)), layout, bumps=3, amp=14)
    for _ in range(40):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground - 10, 1010)
        col = L.tone(rng.choice([(250, 120, 120), (255, 220, 90), (255, 255, 255), (200, 150, 250)]))
        for k in range(5):
            a = k * math.pi * 2 / 5
            _ell(d, x + math.cos(a) * 7, y + math.sin(a) * 7, 6, 6, col)
        _ell(d, x, y, 4, 4, (250, 200, 60))
    return ground


def _dream_sky(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 820
    for _ in range(40):
        _star(d, rng.uniform(0, SIZE), rng.uniform(0, 700), rng.uniform(3, 8), (255, 248, 220))
    for _ in range(4):
        x, y, w = layout.uniform(60, 960), layout.uniform(220, 560), layout.uniform(120, 220)
        d.chord((x - w, y - 50, x + w, y + 160), 0, 180, fill=L.tone((180, 150, 200)))
        d.ellipse((x - w, y - 40, x + w, y + 40), fill=L.tone((150, 210, 160)))
        if rng.random() < 0.5:
            d.rectangle((x - 30, y - 90, x + 30, y - 20), fill=L.tone((250, 220, 200)))
            d.polygon([(x - 44, y - 90), (x + 44, y - 90), (x, y - 130)], fill=L.tone((230, 130, 160)))
    for k in range(6):
        x = k * 190 + rng.uniform(-30, 30)
        d.rounded_rectangle((x - 110, ground - 10 + rng.uniform(-20, 20), x + 110, ground + 90), radius=50,
                            fill=_mix(L.tone(rng.choice([(250, 210, 230), (210, 220, 250), (250, 240, 210)])), (255, 255, 255), 0.2))
    d.rectangle((0, ground + 60, SIZE, SIZE), fill=_mix(L.bottom, (255, 255, 255), 0.3))
    for _ in range(10):
        p.glow(rng.uniform(0, SIZE), rng.uniform(100, 700), 16, 200)
    return ground


def _meadow(p: Painter, rng: random.Random, layout: random.Random) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(620, L.tone((150, 210, 140)), layout, bumps=2, amp=50)
    tx = layout.uniform(120, 900)
    d.rounded_rectangle((tx - 26, 420, tx + 26, 690), radius=10, fill=L.tone((130, 90, 60)))
    for dx, dy, r in ((-80, -40, 100), (80, -30, 100), (0, -110, 120), (0, 10, 100)):
        _ell(d, tx + dx, 420 + dy, r, r * 0.85, L.tone((100, 180, 100)))
    p.band(ground - 20, L.tone((140, 206, 120)), layout, bumps=3, amp=14)
    d.polygon([(440, SIZE), (580, SIZE), (530, ground - 10), (500, ground - 10)], fill=L.tone((230, 210, 160)))
    for _ in range(36):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground - 10, 1010)
        col = L.tone(rng.choice([(250, 110, 100), (255, 220, 90), (255, 255, 255), (200, 150, 250)]))
        _ell(d, x, y, 7, 7, col)
        _ell(d, x, y, 3, 3, (250, 200, 60))
    return ground


SETTING_PAINTERS = {
    "magical_forest_adventure": _forest,
    "friendly_dragon_encounter": _dragon_hills,
    "underwater_treasure_hunt": _sea_floor,
    "cloud_castle_journey": _cloud_castle,
    "time_travel_mission": _clock_tower,
    "space_exploration": _space,
    "miniature_world_discovery": _tiny_world,
    "weather_wizard_training": _weather_workshop,
    "animal_language_learning": _animal_meadow,
    "dream_world_adventure": _dream_sky,
    GENERIC: _meadow,
}
INDOOR = {"time_travel_mission", "weather_wizard_training"}
UNDERWATER = {"underwater_treasure_hunt"}


# ----------------------------------------------------------------------- props from the scene text


def _props(p: Painter, things: list[str], rng: random.Random, ground: float, avoid_x: float) -> None:
    d = p.draw
    spots = [x for x in (150, 300, 720, 880) if abs(x - avoid_x) > 170]
    rng.shuffle(spots)
    for thing, x in zip(things, spots):
        y = ground + rng.uniform(20, 90)
        if thing == "lantern":
            d.line((x, y - 120, x, y - 70), fill=(110, 90, 70), width=4)
            d.rounded_rectangle((x - 24, y - 76, x + 24, y - 16), radius=10, fill=(255, 210, 110), outline=(150, 100, 60), width=4)
            p.glow(x, y - 46, 70, 170)
        elif thing == "rainbow":
            for k, col in enumerate([(240, 90, 90), (250, 170, 80), (250, 230, 100), (120, 200, 120), (110, 160, 240)]):
                r = 110 - k * 12
                d.arc((x - r, y - 60 - r, x + r, y - 60 + r), 180, 360, fill=col, width=12)
        elif thing == "key":
            _ell(d, x, y - 40, 20, 20, None, outline=(230, 180, 60), width=8)
            d.line((x + 18, y - 40, x + 70, y - 40), fill=(230, 180, 60), width=8)
            d.line((x + 58, y - 40, x + 58, y - 24), fill=(230, 180, 60), width=8)
            p.glow(x + 20, y - 40, 50, 120)
        elif thing in ("pearl", "star"):
            if thing == "pearl":
                _ell(d, x, y - 30, 26, 26, (250, 246, 240))
            else:
                _star(d, x, y - 40, 34, (255, 222, 90))
            p.glow(x, y - 34, 70, 180)
        elif thing == "treasure chest":
            d.rounded_rectangle((x - 60, y - 70, x + 60, y), radius=10, fill=(170, 110, 60), outline=(230, 180, 60), width=6)
            d.chord((x - 60, y - 110, x + 60, y - 30), 180, 360, fill=(190, 125, 70))
        elif thing == "map":
            d.polygon([(x - 60, y - 10), (x + 60, y - 20), (x + 54, y - 90), (x - 56, y - 80)], fill=(245, 225, 180))
            d.line((x - 40, y - 40, x, y - 60, x + 36, y - 36), fill=(200, 90, 80), width=5)
        elif thing == "flowers":
            for k in range(3):
                fx = x + (k - 1) * 30
                d.line((fx, y, fx, y - 60), fill=(90, 160, 80), width=5)
                _ell(d, fx, y - 64, 16, 16, rng.choice([(250, 120, 150), (255, 220, 90), (190, 150, 250)]))
        elif thing == "leaf boat":
            d.chord((x - 70, y - 60, x + 70, y + 10), 0, 180, fill=(110, 180, 90))
        elif thing == "snowflakes":
            for _ in range(6):
                sx, sy = x + rng.uniform(-60, 60), y - rng.uniform(60, 200)
                for k in range(3):
                    a = k * math.pi / 3
                    d.line((sx - math.cos(a) * 9, sy - math.sin(a) * 9, sx + math.cos(a) * 9, sy + math.sin(a) * 9), fill=(255, 255, 255), width=3)
        elif thing == "bubbles":
            for _ in range(6):
                r = rng.uniform(6, 16)
                _ell(d, x + rng.uniform(-40, 40), y - rng.uniform(40, 220), r, r, None, outline=(235, 250, 255), width=3)
        elif thing == "pillows":
            d.rounded_rectangle((x - 60, y - 50, x + 60, y), radius=22, fill=(250, 230, 240))


# ----------------------------------------------------------------------- rendering


_HERO_SPOTS = (0.5, 0.34, 0.66, 0.42, 0.6, 0.5)


def render_scene(request: IllustrationRequest) -> Image.Image:
    scene = request.scene
    total = max(1, request.total_scenes, scene.scene_number)
    index = max(0, scene.scene_number - 1)
    setting = setting_for(request.event_key, request.event_text)
    emotion = scene.emotion if scene.emotion in EMOTIONS else "peaceful"
    hero = request.hero or invent_protagonist(request.story_seed, request.language)
    names = story_names(hero.name, setting)
    time = time_of_day(scene.text_segment, index, total, names)
    light = make_light(emotion, time, setting)
    look = hero_look(derive_visual_profile(hero))

    seed_text = f"{request.story_seed}|{setting}|{request.language}"
    layout_seed = f"layout|{seed_text}"
    rng = random.Random(f"scene|{seed_text}|{scene.scene_number}")

    p = Painter(light)
    _sky_lights(p, rng, random.Random(layout_seed), outdoor=setting not in INDOOR | UNDERWATER)
    ground = SETTING_PAINTERS[setting](p, rng, random.Random(layout_seed + "|setting"))
    p.apply_glow(_mix((255, 246, 210), light.bottom, 0.2))
    d = p.draw

    # Where everybody stands in this scene.
    last = index == total - 1 and total > 1
    spot = _HERO_SPOTS[index % len(_HERO_SPOTS)] + rng.uniform(-0.05, 0.05)
    hx = SIZE * spot
    facing = 1 if hx < SIZE / 2 else -1
    if index == 0:
        pose = "wave"
    elif last:
        pose = "sleepy" if rng.random() < 0.5 else "sit"
    elif index == total - 2:
        pose = "cheer"
    else:
        pose = ("walk", "reach", "point", "jump", "stand")[(index + rng.randrange(5)) % 5]
    hs = rng.uniform(0.92, 1.08)
    feet = ground + rng.uniform(40, 110)

    things = things_in(scene.text_segment, names)
    _props(p, [t for t in things if t not in ("cozy bed", "clouds", "river", "gears", "clock", "rocket", "mushrooms", "bridge", "comet")],
           rng, ground, hx)

    companions = SETTINGS[setting].companions
    side = -facing
    placements = []
    for k, comp in enumerate(companions):
        offset = (170 + k * 150) * (side if k == 0 else -side if rng.random() < 0.5 else side)
        cx = min(max(hx + offset, 90), SIZE - 90)
        cs = rng.uniform(0.85, 1.05) * (1.15 if comp.kind == "grownup" else 1.0)
        if comp.kind in ("ladybug", "snail"):
            cs *= 1.9  # in the tiny world, a ladybug is as big as a pony
        if comp.kind in FLYERS or setting in UNDERWATER and comp.kind in ("turtle", "fish"):
            cy = feet - rng.uniform(260, 380)
        else:
            cy = feet + rng.uniform(-30, 20)
        placements.append((cy, comp, cx, cs))
    for cy, comp, cx, cs in sorted(placements, key=lambda item: item[0]):
        draw_companion(d, comp, cx, cy, cs, facing=1 if cx < hx else -1)
    draw_hero(d, look, hx, feet, hs, pose=pose, facing=facing, mood=emotion)

    # Finishing sparkles for the feeling of the scene (never over the hero).
    for _ in range({"exciting": 14, "joyful": 8, "heartwarming": 6, "mysterious": 10}.get(emotion, 4)):
        x, y = rng.uniform(30, 990), rng.uniform(40, 520)
        if abs(x - hx) < 160 and y > feet - 420:
            continue
        if setting in UNDERWATER:
            r = rng.uniform(6, 14)
            _ell(d, x, y, r, r, None, outline=(240, 252, 255), width=3)
            continue
        col = (255, 150, 180) if emotion == "heartwarming" else (255, 240, 160)
        _star(d, x, y, rng.uniform(6, 14), col)
    return p.image


def render_avatar(hero: HeroProfile, seed: int) -> Image.Image:
    profile = derive_visual_profile(hero)
    look = hero_look(profile)
    rng = random.Random(f"avatar|{seed}|{hero.name}")
    back = _mix(look.accent, (255, 255, 255), 0.55)
    light = Light(_mix(back, (255, 255, 255), 0.35), _mix(look.outfit2, (255, 255, 255), 0.45), "day", "joyful", 1.0)
    p = Painter(light)
    for _ in range(8):
        p.glow(rng.uniform(60, 960), rng.uniform(60, 960), rng.uniform(40, 90), 120)
    p.apply_glow((255, 252, 235))
    d = p.draw
    _ell(d, 512, 470, 380, 380, _mix(back, (255, 255, 255), 0.4))
    for _ in range(14):
        x, y = rng.uniform(40, 984), rng.uniform(40, 984)
        if math.hypot(x - 512, y - 470) > 400:
            _star(d, x, y, rng.uniform(8, 18), (255, 236, 150))
    draw_hero(d, look, 512, 1150, 2.7, pose="wave", facing=1, mood="joyful")
    return p.image


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=6)
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
