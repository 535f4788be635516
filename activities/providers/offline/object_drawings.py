"""Objects drawn: the things a scene names, small and recognisable.

Each object of the object vocabulary (``vocabulary/objects.py``) has a drawing here, either its own (a lantern,
a comet, a treasure chest, a kite...) or its family's (a fruit, an instrument, a
toy, a paper...), with the object's own colour; what is worn (a hat, boots, a
raincoat) belongs to the hero's looks, which stay the same in every picture, so it is
not drawn as a thing on the ground. Every drawing stands with its bottom centre at
(x, y) at scale ``s`` (about 90 px tall at 1); ``where`` says whether it belongs on
the ground, in the air (a balloon, a kite) or in the sky (the moon, a comet).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from activities.providers.offline.canvas import RGB, Painter, ell, hashed_color, mix, shade, star
from activities.providers.offline.daylight import MOON, SUN

WHITE: RGB = (255, 255, 255)
INK: RGB = (60, 50, 56)
GOLD: RGB = (240, 196, 70)
WOOD: RGB = (176, 120, 76)


Draw = Callable[[Painter, float, float, float], None]


@dataclass(frozen=True)
class Thing:
    draw: Draw
    where: str = "ground"  # ground, air, sky
    glows: bool = False


# ----------------------------------------------------------------------- the sky


def _star_object(p: Painter, x, y, s):
    star(p.draw, x, y - 50 * s, 44 * s, (255, 214, 80))
    p.glow(x, y - 50 * s, 70 * s, 200)


def _moon(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 60 * s, 56 * s, 56 * s, MOON)
    for cx, cy, r in ((-18, -70, 10), (14, -44, 8), (20, -80, 6)):
        ell(d, x + cx * s, y + cy * s, r * s, r * s, shade(MOON, 0.92))
    p.glow(x, y - 60 * s, 110 * s, 150)


def _sun(p: Painter, x, y, s):
    d = p.draw
    for k in range(12):
        a = k * math.pi / 6
        d.line(
            (
                x + math.cos(a) * 60 * s,
                y - 60 * s + math.sin(a) * 60 * s,
                x + math.cos(a) * 84 * s,
                y - 60 * s + math.sin(a) * 84 * s,
            ),
            fill=SUN,
            width=max(2, int(8 * s)),
        )
    ell(d, x, y - 60 * s, 50 * s, 50 * s, SUN)
    p.glow(x, y - 60 * s, 120 * s, 160)


def _planet(p: Painter, x, y, s):
    d = p.draw
    d.arc((x - 90 * s, y - 80 * s, x + 90 * s, y - 40 * s), 150, 390, fill=(250, 220, 160), width=max(2, int(8 * s)))
    ell(d, x, y - 60 * s, 46 * s, 46 * s, (150, 190, 250))
    ell(d, x - 14 * s, y - 74 * s, 14 * s, 10 * s, (200, 226, 255))
    d.arc((x - 90 * s, y - 80 * s, x + 90 * s, y - 40 * s), -10, 170, fill=(250, 220, 160), width=max(2, int(8 * s)))


def _comet(p: Painter, x, y, s):
    """A comet or a shooting star: a bright head and a long soft tail."""
    d = p.draw
    hx, hy = x + 50 * s, y - 70 * s
    for k in range(6):
        t = k / 6
        ell(
            d,
            hx - (40 + k * 30) * s,
            hy + (16 + k * 10) * s,
            (22 - k * 3) * s,
            (14 - k * 2) * s,
            mix((255, 240, 170), (180, 210, 255), t),
        )
    star(d, hx, hy, 30 * s, (255, 236, 140))
    p.glow(hx, hy, 70 * s, 220)


def _cloud(p: Painter, x, y, s):
    d = p.draw
    for dx, dy, r in ((-40, -40, 30), (0, -58, 40), (40, -40, 32), (0, -30, 34)):
        ell(d, x + dx * s, y + dy * s, r * s, r * 0.8 * s, (252, 252, 255))


def _rainbow(p: Painter, x, y, s):
    d = p.draw
    for k, col in enumerate(
        ((240, 90, 90), (250, 170, 80), (250, 230, 100), (120, 200, 120), (110, 160, 240), (170, 120, 220))
    ):
        r = (110 - k * 12) * s
        d.arc((x - r, y - r, x + r, y + r), 180, 360, fill=col, width=max(2, int(12 * s)))


def _snowflake(p: Painter, x, y, s):
    d = p.draw
    cx, cy = x, y - 50 * s
    for k in range(3):
        a = k * math.pi / 3
        d.line(
            (
                cx - math.cos(a) * 36 * s,
                cy - math.sin(a) * 36 * s,
                cx + math.cos(a) * 36 * s,
                cy + math.sin(a) * 36 * s,
            ),
            fill=(236, 246, 255),
            width=max(2, int(6 * s)),
        )
    for k in range(6):
        a = k * math.pi / 3
        ell(d, cx + math.cos(a) * 36 * s, cy + math.sin(a) * 36 * s, 6 * s, 6 * s, (236, 246, 255))


def _raindrop(p: Painter, x, y, s, col: RGB = (120, 190, 250)):
    d = p.draw
    ell(d, x, y - 30 * s, 22 * s, 24 * s, col)
    d.polygon([(x - 20 * s, y - 38 * s), (x + 20 * s, y - 38 * s), (x, y - 84 * s)], fill=col)
    ell(d, x - 7 * s, y - 34 * s, 5 * s, 7 * s, mix(col, WHITE, 0.6))


# ----------------------------------------------------------------------- round things and food


def _round(col: RGB, r: float = 34, leaf: bool = True, shine: bool = True, stem: RGB = (120, 90, 60)) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        cy = y - r * s
        ell(d, x, cy, r * s, r * 0.95 * s, col)
        if shine:
            ell(d, x - r * 0.35 * s, cy - r * 0.35 * s, r * 0.22 * s, r * 0.16 * s, mix(col, WHITE, 0.6))
        if leaf:
            d.line((x, cy - r * s, x + 4 * s, cy - (r + 14) * s), fill=stem, width=max(2, int(4 * s)))
            ell(d, x + 14 * s, cy - (r + 10) * s, 12 * s, 6 * s, (100, 180, 90))

    return draw


def _cherries(p: Painter, x, y, s):
    d = p.draw
    for side in (-1, 1):
        d.line((x + side * 20 * s, y - 22 * s, x, y - 80 * s), fill=(100, 140, 70), width=max(2, int(4 * s)))
        ell(d, x + side * 20 * s, y - 22 * s, 20 * s, 20 * s, (220, 40, 60))
    ell(d, x + 10 * s, y - 84 * s, 14 * s, 7 * s, (100, 180, 90))


def _berries(col: RGB) -> Draw:
    def draw(p: Painter, x, y, s):
        for k, (dx, dy) in enumerate(((-16, -14), (16, -14), (0, -34), (-8, -50), (10, -52))):
            ell(p.draw, x + dx * s, y + dy * s, 14 * s, 14 * s, shade(col, 1 - k * 0.04))

    return draw


def _strawberry(p: Painter, x, y, s):
    d = p.draw
    d.polygon(
        [
            (x - 32 * s, y - 70 * s),
            (x + 32 * s, y - 70 * s),
            (x + 20 * s, y - 20 * s),
            (x, y),
            (x - 20 * s, y - 20 * s),
        ],
        fill=(230, 60, 70),
    )
    ell(d, x, y - 66 * s, 32 * s, 14 * s, (230, 60, 70))
    for k in range(7):
        ell(d, x + ((k % 3) - 1) * 14 * s, y - (56 - (k // 3) * 16) * s, 2.5 * s, 3.5 * s, (255, 230, 120))
    for k in range(5):
        a = math.pi * (1.1 + k * 0.2)
        d.polygon(
            [
                (x, y - 76 * s),
                (x + math.cos(a) * 26 * s, y - 76 * s + math.sin(a) * 10 * s - 4 * s),
                (x + math.cos(a) * 14 * s, y - 70 * s),
            ],
            fill=(90, 170, 80),
        )


def _banana(p: Painter, x, y, s):
    d = p.draw
    d.arc((x - 60 * s, y - 110 * s, x + 40 * s, y), 20, 150, fill=(250, 220, 80), width=max(3, int(24 * s)))
    ell(d, x + 34 * s, y - 40 * s, 5 * s, 6 * s, (120, 90, 60))


def _pear(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 30 * s, 32 * s, 30 * s, (190, 220, 90))
    ell(d, x, y - 66 * s, 20 * s, 24 * s, (190, 220, 90))
    d.line((x, y - 88 * s, x + 4 * s, y - 102 * s), fill=(120, 90, 60), width=max(2, int(4 * s)))


def _grapes(p: Painter, x, y, s):
    d = p.draw
    for row, n in enumerate((4, 3, 2, 1)):
        for k in range(n):
            ell(d, x + (k - (n - 1) / 2) * 22 * s, y - (76 - row * 20) * s, 12 * s, 12 * s, (150, 90, 190))
    ell(d, x + 12 * s, y - 96 * s, 16 * s, 8 * s, (100, 180, 90))


def _watermelon(p: Painter, x, y, s):
    d = p.draw
    d.pieslice((x - 60 * s, y - 60 * s, x + 60 * s, y + 60 * s), 180, 360, fill=(90, 170, 80))
    d.pieslice((x - 52 * s, y - 52 * s, x + 52 * s, y + 52 * s), 180, 360, fill=(240, 90, 100))
    for k in range(5):
        ell(d, x + (k - 2) * 18 * s, y - 24 * s - (k % 2) * 10 * s, 3 * s, 5 * s, INK)


def _pumpkin(p: Painter, x, y, s):
    d = p.draw
    for dx in (-26, 26, 0):
        ell(d, x + dx * s, y - 36 * s, 30 * s, 36 * s, (246, 150, 50) if dx else (250, 166, 70))
    d.rectangle((x - 5 * s, y - 84 * s, x + 5 * s, y - 68 * s), fill=(110, 140, 70))


def _carrot(p: Painter, x, y, s):
    d = p.draw
    d.polygon([(x - 18 * s, y - 80 * s), (x + 18 * s, y - 80 * s), (x, y)], fill=(246, 140, 50))
    for k in (-1, 0, 1):
        ell(d, x + k * 10 * s, y - 92 * s, 6 * s, 16 * s, (100, 180, 90))


def _cake(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 56 * s, y - 60 * s, x + 56 * s, y), radius=int(10 * s), fill=(250, 220, 190))
    d.rectangle((x - 56 * s, y - 60 * s, x + 56 * s, y - 44 * s), fill=(250, 160, 190))
    for k in range(5):
        ell(d, x + (k - 2) * 22 * s, y - 44 * s, 10 * s, 8 * s, (250, 160, 190))
    d.rectangle((x - 4 * s, y - 88 * s, x + 4 * s, y - 60 * s), fill=(120, 180, 240))
    ell(d, x, y - 94 * s, 5 * s, 8 * s, (255, 200, 80))
    ell(d, x, y - 50 * s, 6 * s, 6 * s, (230, 50, 70))


def _cookie(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 34 * s, 36 * s, 34 * s, (214, 160, 100))
    for dx, dy in ((-12, -44), (10, -24), (14, -48), (-14, -20)):
        ell(d, x + dx * s, y + dy * s, 5 * s, 5 * s, (110, 70, 50))


def _ice_cream(p: Painter, x, y, s):
    d = p.draw
    d.polygon([(x - 24 * s, y - 60 * s), (x + 24 * s, y - 60 * s), (x, y)], fill=(226, 180, 110))
    ell(d, x, y - 70 * s, 28 * s, 24 * s, (250, 190, 210))
    ell(d, x, y - 96 * s, 22 * s, 20 * s, (250, 240, 200))
    ell(d, x + 4 * s, y - 118 * s, 6 * s, 6 * s, (220, 40, 60))


def _wedge(col: RGB, dots: RGB | None = None) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        d.polygon([(x - 50 * s, y), (x + 50 * s, y), (x + 50 * s, y - 30 * s), (x - 40 * s, y - 70 * s)], fill=col)
        if dots:
            for dx, dy in ((-20, -36), (10, -20), (24, -40)):
                ell(d, x + dx * s, y + dy * s, 7 * s, 6 * s, dots)

    return draw


def _pancakes(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 6 * s, 60 * s, 10 * s, (240, 240, 246))
    for k in range(4):
        ell(d, x, y - (18 + k * 12) * s, 50 * s, 10 * s, (230, 180, 110))
    ell(d, x, y - 66 * s, 16 * s, 8 * s, (255, 236, 150))


def _honey_pot(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 40 * s, 40 * s, 40 * s, (230, 170, 60))
    d.rectangle((x - 30 * s, y - 84 * s, x + 30 * s, y - 70 * s), fill=(200, 140, 50))
    d.chord((x - 30 * s, y - 86 * s, x + 30 * s, y - 50 * s), 0, 180, fill=(250, 200, 70))


def _candy(p: Painter, x, y, s):
    d = p.draw
    for side in (-1, 1):
        d.polygon(
            [(x + side * 20 * s, y - 40 * s), (x + side * 46 * s, y - 58 * s), (x + side * 46 * s, y - 22 * s)],
            fill=(250, 150, 190),
        )
    ell(d, x, y - 40 * s, 24 * s, 20 * s, (240, 90, 140))
    d.arc((x - 16 * s, y - 56 * s, x + 16 * s, y - 24 * s), 200, 340, fill=WHITE, width=max(2, int(4 * s)))


def _egg(p: Painter, x, y, s, col: RGB = (252, 246, 230)):
    ell(p.draw, x, y - 40 * s, 30 * s, 40 * s, col)


# ----------------------------------------------------------------------- treasures


def _chest(p: Painter, x, y, s, full: bool = False):
    d = p.draw
    if full:
        for k in range(7):
            ell(d, x + (k - 3) * 14 * s, y - 80 * s - (k % 2) * 8 * s, 12 * s, 12 * s, GOLD)
        p.glow(x, y - 80 * s, 80 * s, 200)
    d.rounded_rectangle(
        (x - 60 * s, y - 70 * s, x + 60 * s, y),
        radius=int(10 * s),
        fill=(170, 110, 60),
        outline=GOLD,
        width=max(2, int(6 * s)),
    )
    d.chord(
        (x - 60 * s, y - 110 * s if not full else y - 140 * s, x + 60 * s, y - 30 * s if not full else y - 60 * s),
        180,
        360,
        fill=(190, 125, 70),
    )
    d.rectangle((x - 10 * s, y - 56 * s, x + 10 * s, y - 36 * s), fill=GOLD)


def _key(p: Painter, x, y, s):
    d = p.draw
    ell(d, x - 30 * s, y - 40 * s, 20 * s, 20 * s, None, outline=GOLD, width=max(2, int(8 * s)))
    d.line((x - 12 * s, y - 40 * s, x + 46 * s, y - 40 * s), fill=GOLD, width=max(2, int(8 * s)))
    for k in (28, 42):
        d.line((x + k * s, y - 40 * s, x + k * s, y - 22 * s), fill=GOLD, width=max(2, int(8 * s)))
    p.glow(x, y - 40 * s, 50 * s, 120)


def _map(p: Painter, x, y, s):
    d = p.draw
    d.polygon(
        [(x - 60 * s, y - 10 * s), (x + 60 * s, y - 20 * s), (x + 54 * s, y - 90 * s), (x - 56 * s, y - 80 * s)],
        fill=(245, 225, 180),
    )
    d.line(
        (x - 40 * s, y - 40 * s, x, y - 60 * s, x + 30 * s, y - 36 * s), fill=(200, 90, 80), width=max(2, int(5 * s))
    )
    d.line((x + 24 * s, y - 44 * s, x + 36 * s, y - 28 * s), fill=(200, 60, 60), width=max(2, int(5 * s)))
    d.line((x + 36 * s, y - 44 * s, x + 24 * s, y - 28 * s), fill=(200, 60, 60), width=max(2, int(5 * s)))


def _crown(p: Painter, x, y, s):
    d = p.draw
    d.polygon(
        [
            (x - 46 * s, y),
            (x - 46 * s, y - 60 * s),
            (x - 23 * s, y - 30 * s),
            (x, y - 70 * s),
            (x + 23 * s, y - 30 * s),
            (x + 46 * s, y - 60 * s),
            (x + 46 * s, y),
        ],
        fill=GOLD,
    )
    for dx, col in ((-24, (220, 60, 90)), (0, (80, 160, 240)), (24, (90, 200, 120))):
        ell(d, x + dx * s, y - 16 * s, 7 * s, 7 * s, col)
    p.glow(x, y - 30 * s, 60 * s, 120)


def _pearl(p: Painter, x, y, s):
    d = p.draw
    d.pieslice((x - 50 * s, y - 50 * s, x + 50 * s, y + 30 * s), 180, 360, fill=(240, 200, 210))
    ell(d, x, y - 30 * s, 24 * s, 24 * s, (250, 246, 240))
    ell(d, x - 8 * s, y - 38 * s, 7 * s, 6 * s, WHITE)
    p.glow(x, y - 30 * s, 60 * s, 200)


def _shell(p: Painter, x, y, s):
    d = p.draw
    d.pieslice((x - 44 * s, y - 80 * s, x + 44 * s, y + 8 * s), 200, 340, fill=(250, 190, 180))
    for k in range(5):
        a = math.pi * (1.15 + k * 0.175)
        d.line(
            (x, y - 4 * s, x + math.cos(a) * 42 * s, y - 36 * s + math.sin(a) * 42 * s),
            fill=(230, 150, 150),
            width=max(2, int(3 * s)),
        )
    ell(d, x, y - 6 * s, 10 * s, 6 * s, (236, 170, 160))


def _gem(col: RGB) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        d.polygon(
            [
                (x - 34 * s, y - 50 * s),
                (x - 20 * s, y - 70 * s),
                (x + 20 * s, y - 70 * s),
                (x + 34 * s, y - 50 * s),
                (x, y),
            ],
            fill=col,
        )
        d.polygon([(x - 34 * s, y - 50 * s), (x + 34 * s, y - 50 * s), (x, y)], fill=shade(col, 0.85))
        p.glow(x, y - 40 * s, 60 * s, 170)

    return draw


def _coins(p: Painter, x, y, s):
    d = p.draw
    for k in range(4):
        ell(d, x + (k % 2) * 10 * s - 5 * s, y - (8 + k * 10) * s, 28 * s, 8 * s, shade(GOLD, 0.9 + 0.03 * k))
    ell(d, x + 36 * s, y - 26 * s, 24 * s, 24 * s, GOLD)
    star(d, x + 36 * s, y - 26 * s, 10 * s, shade(GOLD, 0.85))
    p.glow(x, y - 30 * s, 50 * s, 120)


def _necklace(p: Painter, x, y, s):
    d = p.draw
    for k in range(11):
        a = math.pi * (0.1 + k * 0.08)
        ell(d, x + math.cos(a) * 46 * s, y - 60 * s + math.sin(a) * 50 * s, 6 * s, 6 * s, (250, 246, 240))
    ell(d, x, y - 6 * s, 10 * s, 10 * s, (120, 200, 250))


def _ring(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 30 * s, 26 * s, 26 * s, None, outline=GOLD, width=max(2, int(7 * s)))
    d.polygon(
        [(x - 10 * s, y - 60 * s), (x, y - 74 * s), (x + 10 * s, y - 60 * s), (x, y - 52 * s)], fill=(150, 220, 250)
    )
    p.glow(x, y - 60 * s, 30 * s, 150)


def _medal(p: Painter, x, y, s):
    d = p.draw
    d.polygon(
        [(x - 20 * s, y - 100 * s), (x - 4 * s, y - 100 * s), (x + 6 * s, y - 50 * s), (x - 10 * s, y - 50 * s)],
        fill=(80, 130, 220),
    )
    d.polygon(
        [(x + 20 * s, y - 100 * s), (x + 4 * s, y - 100 * s), (x - 6 * s, y - 50 * s), (x + 10 * s, y - 50 * s)],
        fill=(220, 80, 90),
    )
    ell(d, x, y - 30 * s, 26 * s, 26 * s, GOLD)
    star(d, x, y - 30 * s, 14 * s, shade(GOLD, 0.8))


# ----------------------------------------------------------------------- light


def _lantern(p: Painter, x, y, s):
    d = p.draw
    d.line((x, y - 120 * s, x, y - 90 * s), fill=(110, 90, 70), width=max(2, int(4 * s)))
    d.arc((x - 16 * s, y - 130 * s, x + 16 * s, y - 100 * s), 180, 360, fill=(110, 90, 70), width=max(2, int(4 * s)))
    d.rounded_rectangle(
        (x - 28 * s, y - 90 * s, x + 28 * s, y - 10 * s),
        radius=int(12 * s),
        fill=(255, 214, 110),
        outline=(150, 100, 60),
        width=max(2, int(5 * s)),
    )
    d.rectangle((x - 32 * s, y - 12 * s, x + 32 * s, y), fill=(150, 100, 60))
    p.glow(x, y - 50 * s, 90 * s, 200)


def _lamp(p: Painter, x, y, s):
    d = p.draw
    d.rectangle((x - 6 * s, y - 80 * s, x + 6 * s, y), fill=(170, 150, 130))
    ell(d, x, y - 4 * s, 30 * s, 8 * s, (170, 150, 130))
    d.polygon(
        [(x - 40 * s, y - 80 * s), (x + 40 * s, y - 80 * s), (x + 26 * s, y - 130 * s), (x - 26 * s, y - 130 * s)],
        fill=(255, 226, 150),
    )
    p.glow(x, y - 100 * s, 90 * s, 170)


def _candle(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 4 * s, 30 * s, 8 * s, (200, 170, 120))
    d.rounded_rectangle((x - 12 * s, y - 70 * s, x + 12 * s, y - 4 * s), radius=int(4 * s), fill=(250, 240, 220))
    ell(d, x, y - 84 * s, 7 * s, 13 * s, (255, 200, 80))
    p.glow(x, y - 84 * s, 60 * s, 210)


def _flashlight(p: Painter, x, y, s):
    d = p.draw
    d.polygon(
        [(x + 30 * s, y - 40 * s), (x + 140 * s, y - 80 * s), (x + 140 * s, y), (x + 30 * s, y - 30 * s)],
        fill=(255, 246, 200),
    )
    d.rounded_rectangle((x - 40 * s, y - 44 * s, x + 20 * s, y - 26 * s), radius=int(8 * s), fill=(90, 130, 220))
    d.rectangle((x + 20 * s, y - 48 * s, x + 32 * s, y - 22 * s), fill=(200, 200, 210))


# ----------------------------------------------------------------------- toys and things at home


def _balloon(col: RGB) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        d.line((x, y - 70 * s, x + 6 * s, y), fill=(120, 110, 110), width=max(1, int(2 * s)))
        ell(d, x, y - 110 * s, 34 * s, 42 * s, col)
        d.polygon([(x - 6 * s, y - 66 * s), (x + 6 * s, y - 66 * s), (x, y - 74 * s)], fill=col)
        ell(d, x - 12 * s, y - 124 * s, 7 * s, 11 * s, mix(col, WHITE, 0.5))

    return draw


def _kite(p: Painter, x, y, s):
    d = p.draw
    cy = y - 90 * s
    d.polygon([(x, cy - 60 * s), (x + 40 * s, cy), (x, cy + 60 * s), (x - 40 * s, cy)], fill=(240, 90, 90))
    d.polygon([(x, cy - 60 * s), (x + 40 * s, cy), (x, cy)], fill=(250, 210, 80))
    d.polygon([(x, cy + 60 * s), (x - 40 * s, cy), (x, cy)], fill=(250, 210, 80))
    d.line(
        (x, cy + 60 * s, x - 20 * s, cy + 100 * s, x + 10 * s, cy + 130 * s),
        fill=(120, 110, 110),
        width=max(1, int(3 * s)),
        joint="curve",
    )
    for k in range(3):
        ell(d, x - 14 * s + k * 10 * s, cy + (84 + k * 16) * s, 7 * s, 4 * s, (120, 160, 240))


def _ball(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 36 * s, 36 * s, 36 * s, (240, 90, 90))
    d.chord((x - 36 * s, y - 72 * s, x + 36 * s, y), 300, 60, fill=(250, 220, 90))
    d.chord((x - 36 * s, y - 72 * s, x + 36 * s, y), 120, 240, fill=(90, 150, 240))


def _teddy(p: Painter, x, y, s):
    d = p.draw
    col = (200, 140, 90)
    for side in (-1, 1):
        ell(d, x + side * 24 * s, y - 12 * s, 18 * s, 14 * s, col)
        ell(d, x + side * 34 * s, y - 46 * s, 12 * s, 20 * s, col)
        ell(d, x + side * 22 * s, y - 110 * s, 12 * s, 12 * s, col)
    ell(d, x, y - 44 * s, 32 * s, 36 * s, col)
    ell(d, x, y - 40 * s, 18 * s, 20 * s, (240, 200, 160))
    ell(d, x, y - 96 * s, 28 * s, 26 * s, col)
    ell(d, x, y - 88 * s, 12 * s, 9 * s, (240, 200, 160))
    for side in (-1, 1):
        ell(d, x + side * 10 * s, y - 102 * s, 3.5 * s, 3.5 * s, INK)
    ell(d, x, y - 90 * s, 4 * s, 3 * s, INK)


def _doll(p: Painter, x, y, s, col: RGB = (240, 130, 170)):
    d = p.draw
    d.polygon(
        [(x - 20 * s, y - 70 * s), (x + 20 * s, y - 70 * s), (x + 34 * s, y - 10 * s), (x - 34 * s, y - 10 * s)],
        fill=col,
    )
    for side in (-1, 1):
        d.line((x + side * 12 * s, y - 10 * s, x + side * 12 * s, y), fill=(240, 206, 180), width=max(2, int(6 * s)))
    ell(d, x, y - 86 * s, 20 * s, 20 * s, (248, 214, 190))
    d.pieslice((x - 22 * s, y - 110 * s, x + 22 * s, y - 80 * s), 180, 360, fill=(230, 180, 90))
    for side in (-1, 1):
        ell(d, x + side * 7 * s, y - 86 * s, 2.5 * s, 2.5 * s, INK)


def _block(col: RGB, letter: bool = True) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        d.rounded_rectangle((x - 34 * s, y - 68 * s, x + 34 * s, y), radius=int(8 * s), fill=col)
        d.rounded_rectangle(
            (x - 22 * s, y - 56 * s, x + 22 * s, y - 12 * s), radius=int(6 * s), fill=mix(col, WHITE, 0.5)
        )
        if letter:
            star(d, x, y - 34 * s, 14 * s, shade(col, 0.8))

    return draw


def _spinning_top(p: Painter, x, y, s):
    d = p.draw
    d.polygon([(x - 44 * s, y - 50 * s), (x + 44 * s, y - 50 * s), (x, y)], fill=(90, 160, 240))
    d.chord((x - 44 * s, y - 80 * s, x + 44 * s, y - 20 * s), 180, 360, fill=(240, 110, 110))
    d.rectangle((x - 4 * s, y - 100 * s, x + 4 * s, y - 78 * s), fill=WOOD)


def _present(p: Painter, x, y, s, col: RGB = (240, 110, 140)):
    d = p.draw
    d.rectangle((x - 40 * s, y - 64 * s, x + 40 * s, y), fill=col)
    d.rectangle((x - 8 * s, y - 64 * s, x + 8 * s, y), fill=(250, 220, 100))
    d.rectangle((x - 40 * s, y - 40 * s, x + 40 * s, y - 28 * s), fill=(250, 220, 100))
    for side in (-1, 1):
        ell(d, x + side * 14 * s, y - 74 * s, 14 * s, 10 * s, (250, 220, 100))


def _pinwheel(p: Painter, x, y, s):
    d = p.draw
    d.line((x, y, x, y - 80 * s), fill=WOOD, width=max(2, int(5 * s)))
    for k, col in enumerate(((240, 90, 90), (250, 210, 80), (90, 160, 240), (120, 200, 120))):
        a = k * math.pi / 2
        d.polygon(
            [
                (x, y - 90 * s),
                (x + math.cos(a) * 36 * s, y - 90 * s + math.sin(a) * 36 * s),
                (x + math.cos(a + 0.8) * 26 * s, y - 90 * s + math.sin(a + 0.8) * 26 * s),
            ],
            fill=col,
        )


def _swing(p: Painter, x, y, s):
    d = p.draw
    for side in (-1, 1):
        d.line((x + side * 60 * s, y, x + side * 40 * s, y - 180 * s), fill=WOOD, width=max(2, int(10 * s)))
        d.line(
            (x + side * 30 * s, y - 176 * s, x + side * 30 * s, y - 50 * s),
            fill=(140, 120, 100),
            width=max(1, int(3 * s)),
        )
    d.line((x - 50 * s, y - 180 * s, x + 50 * s, y - 180 * s), fill=WOOD, width=max(2, int(10 * s)))
    d.rounded_rectangle((x - 36 * s, y - 54 * s, x + 36 * s, y - 44 * s), radius=int(4 * s), fill=(240, 120, 100))


def _puzzle(p: Painter, x, y, s):
    d = p.draw
    col = (120, 190, 240)
    d.rectangle((x - 34 * s, y - 68 * s, x + 34 * s, y), fill=col)
    ell(d, x, y - 72 * s, 12 * s, 12 * s, col)
    ell(d, x + 38 * s, y - 34 * s, 12 * s, 12 * s, col)


def _yarn(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 36 * s, 36 * s, 36 * s, (230, 110, 150))
    for k in range(4):
        d.arc(
            (x - 30 * s, y - 66 * s + k * 8 * s, x + 30 * s, y - 6 * s - k * 8 * s),
            200 + k * 20,
            340 + k * 10,
            fill=(250, 170, 200),
            width=max(1, int(3 * s)),
        )
    d.line((x + 30 * s, y - 20 * s, x + 70 * s, y - 4 * s), fill=(230, 110, 150), width=max(1, int(3 * s)))


def _book(col: RGB, open_: bool = False) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        if open_:
            for side in (-1, 1):
                d.polygon(
                    [
                        (x, y - 10 * s),
                        (x + side * 60 * s, y - 20 * s),
                        (x + side * 60 * s, y - 80 * s),
                        (x, y - 70 * s),
                    ],
                    fill=(250, 248, 240),
                    outline=col,
                    width=max(2, int(5 * s)),
                )
                for k in range(3):
                    d.line(
                        (x + side * 12 * s, y - (56 - k * 12) * s, x + side * 48 * s, y - (62 - k * 12) * s),
                        fill=(190, 190, 200),
                        width=max(1, int(2 * s)),
                    )
        else:
            d.rounded_rectangle((x - 40 * s, y - 80 * s, x + 40 * s, y), radius=int(6 * s), fill=col)
            d.rectangle((x + 28 * s, y - 76 * s, x + 36 * s, y - 4 * s), fill=(250, 248, 240))
            star(d, x - 4 * s, y - 44 * s, 14 * s, (250, 220, 100))

    return draw


def _letter(p: Painter, x, y, s, col: RGB = (250, 246, 236)):
    d = p.draw
    d.rectangle((x - 50 * s, y - 64 * s, x + 50 * s, y), fill=col, outline=(200, 190, 180), width=max(1, int(3 * s)))
    d.line(
        (x - 50 * s, y - 64 * s, x, y - 28 * s, x + 50 * s, y - 64 * s), fill=(200, 190, 180), width=max(1, int(3 * s))
    )
    ell(d, x, y - 28 * s, 9 * s, 9 * s, (220, 70, 80))


def _picture(col: RGB) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        d.rectangle((x - 46 * s, y - 80 * s, x + 46 * s, y), fill=WHITE, outline=col, width=max(2, int(6 * s)))
        ell(d, x - 16 * s, y - 54 * s, 10 * s, 10 * s, (250, 200, 80))
        d.polygon([(x - 38 * s, y - 8 * s), (x - 4 * s, y - 48 * s), (x + 38 * s, y - 8 * s)], fill=(120, 190, 120))

    return draw


def _paper_boat(p: Painter, x, y, s, col: RGB = (250, 250, 246)):
    d = p.draw
    d.polygon([(x - 60 * s, y - 30 * s), (x + 60 * s, y - 30 * s), (x + 40 * s, y), (x - 40 * s, y)], fill=col)
    d.polygon([(x - 30 * s, y - 30 * s), (x + 30 * s, y - 30 * s), (x, y - 84 * s)], fill=shade(col, 0.92))


def _sailboat(p: Painter, x, y, s):
    d = p.draw
    d.chord((x - 70 * s, y - 50 * s, x + 70 * s, y + 10 * s), 0, 180, fill=(200, 110, 80))
    d.line((x, y - 20 * s, x, y - 140 * s), fill=(120, 90, 70), width=max(2, int(5 * s)))
    d.polygon([(x + 4 * s, y - 136 * s), (x + 4 * s, y - 30 * s), (x + 60 * s, y - 30 * s)], fill=WHITE)
    d.polygon([(x - 4 * s, y - 110 * s), (x - 4 * s, y - 30 * s), (x - 44 * s, y - 30 * s)], fill=(240, 120, 110))


def _canoe(p: Painter, x, y, s, col: RGB = (200, 120, 70)):
    d = p.draw
    d.chord((x - 80 * s, y - 50 * s, x + 80 * s, y + 10 * s), 0, 180, fill=col)
    d.line((x - 20 * s, y - 60 * s, x + 30 * s, y), fill=WOOD, width=max(2, int(5 * s)))
    ell(d, x + 32 * s, y - 2 * s, 8 * s, 14 * s, WOOD)


def _raft(p: Painter, x, y, s):
    d = p.draw
    for k in range(5):
        d.rounded_rectangle(
            (x - 60 * s + k * 24 * s, y - 20 * s, x - 40 * s + k * 24 * s, y), radius=int(8 * s), fill=WOOD
        )
    d.line((x, y - 16 * s, x, y - 100 * s), fill=(140, 100, 70), width=max(2, int(5 * s)))
    d.polygon([(x + 4 * s, y - 96 * s), (x + 4 * s, y - 40 * s), (x + 50 * s, y - 60 * s)], fill=(240, 230, 200))


def _wheels(d, x, y, s, xs: tuple[float, ...], r: float = 16) -> None:
    for wx in xs:
        ell(d, x + wx * s, y - r * s, r * s, r * s, (60, 60, 70))
        ell(d, x + wx * s, y - r * s, r * 0.4 * s, r * 0.4 * s, (200, 200, 210))


def _bicycle(p: Painter, x, y, s, col: RGB = (230, 80, 80)):
    d = p.draw
    for wx in (-44, 44):
        ell(d, x + wx * s, y - 30 * s, 30 * s, 30 * s, None, outline=(60, 60, 70), width=max(2, int(6 * s)))
    d.line(
        (x - 44 * s, y - 30 * s, x, y - 30 * s, x + 24 * s, y - 76 * s, x - 20 * s, y - 76 * s, x - 44 * s, y - 30 * s),
        fill=col,
        width=max(2, int(6 * s)),
    )
    d.line((x + 24 * s, y - 76 * s, x + 44 * s, y - 30 * s), fill=col, width=max(2, int(6 * s)))
    d.line((x - 20 * s, y - 76 * s, x - 24 * s, y - 90 * s), fill=(60, 60, 70), width=max(2, int(5 * s)))
    d.line((x + 24 * s, y - 76 * s, x + 20 * s, y - 96 * s), fill=(60, 60, 70), width=max(2, int(5 * s)))


def _scooter(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 50 * s, y - 22 * s, x + 40 * s, y - 12 * s), radius=int(4 * s), fill=(90, 180, 220))
    d.line((x + 36 * s, y - 16 * s, x + 30 * s, y - 110 * s), fill=(90, 180, 220), width=max(2, int(7 * s)))
    d.line((x + 14 * s, y - 110 * s, x + 46 * s, y - 110 * s), fill=(60, 60, 70), width=max(2, int(7 * s)))
    _wheels(d, x, y, s, (-44, 40), 12)


def _sled(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 60 * s, y - 44 * s, x + 50 * s, y - 30 * s), radius=int(6 * s), fill=(220, 70, 70))
    d.line((x - 70 * s, y - 6 * s, x + 60 * s, y - 6 * s), fill=(150, 150, 160), width=max(2, int(6 * s)))
    d.arc((x + 40 * s, y - 40 * s, x + 80 * s, y), 270, 90, fill=(150, 150, 160), width=max(2, int(6 * s)))
    for k in (-40, 30):
        d.line((x + k * s, y - 30 * s, x + k * s, y - 6 * s), fill=(150, 150, 160), width=max(2, int(5 * s)))


def _vehicle(col: RGB, kind: str) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        if kind == "car":
            d.rounded_rectangle((x - 70 * s, y - 56 * s, x + 70 * s, y - 16 * s), radius=int(16 * s), fill=col)
            d.chord((x - 44 * s, y - 100 * s, x + 40 * s, y - 30 * s), 180, 360, fill=col)
            d.chord((x - 32 * s, y - 88 * s, x + 28 * s, y - 40 * s), 180, 360, fill=(200, 230, 250))
            _wheels(d, x, y, s, (-40, 40))
        elif kind == "bus":
            d.rounded_rectangle((x - 90 * s, y - 110 * s, x + 90 * s, y - 16 * s), radius=int(16 * s), fill=col)
            for k in range(4):
                d.rectangle(
                    (x - 76 * s + k * 40 * s, y - 96 * s, x - 46 * s + k * 40 * s, y - 66 * s), fill=(200, 230, 250)
                )
            _wheels(d, x, y, s, (-56, 56))
        elif kind == "train":
            d.rounded_rectangle((x - 80 * s, y - 80 * s, x + 40 * s, y - 16 * s), radius=int(10 * s), fill=col)
            d.rectangle((x + 20 * s, y - 120 * s, x + 80 * s, y - 16 * s), fill=shade(col, 0.85))
            d.rectangle((x + 32 * s, y - 108 * s, x + 68 * s, y - 80 * s), fill=(200, 230, 250))
            d.rectangle((x - 60 * s, y - 110 * s, x - 36 * s, y - 80 * s), fill=(60, 60, 70))
            for k in range(3):
                ell(
                    d,
                    x - 48 * s + k * 10 * s,
                    y - (124 + k * 16) * s,
                    (10 + k * 4) * s,
                    (8 + k * 3) * s,
                    (236, 236, 240),
                )
            _wheels(d, x, y, s, (-56, -16, 30, 64), 14)
        elif kind == "tractor":
            d.rectangle((x - 70 * s, y - 70 * s, x + 30 * s, y - 30 * s), fill=col)
            d.rectangle((x - 60 * s, y - 120 * s, x - 10 * s, y - 70 * s), outline=col, width=max(2, int(6 * s)))
            ell(d, x - 40 * s, y - 40 * s, 40 * s, 40 * s, (60, 60, 70))
            ell(d, x - 40 * s, y - 40 * s, 16 * s, 16 * s, (250, 210, 80))
            _wheels(d, x, y, s, (34,), 22)

    return draw


def _airplane(p: Painter, x, y, s):
    d = p.draw
    cy = y - 60 * s
    d.rounded_rectangle((x - 80 * s, cy - 16 * s, x + 80 * s, cy + 16 * s), radius=int(16 * s), fill=(240, 240, 246))
    d.polygon(
        [(x - 10 * s, cy), (x + 20 * s, cy), (x - 20 * s, cy + 60 * s), (x - 40 * s, cy + 60 * s)], fill=(90, 150, 230)
    )
    d.polygon(
        [(x - 66 * s, cy - 10 * s), (x - 80 * s, cy - 50 * s), (x - 60 * s, cy - 50 * s), (x - 50 * s, cy - 10 * s)],
        fill=(230, 90, 90),
    )
    for k in range(4):
        ell(d, x - 20 * s + k * 22 * s, cy - 4 * s, 6 * s, 6 * s, (150, 200, 240))


def _rocket(p: Painter, x, y, s):
    d = p.draw
    d.polygon(
        [
            (x - 30 * s, y - 30 * s),
            (x + 30 * s, y - 30 * s),
            (x + 30 * s, y - 130 * s),
            (x, y - 180 * s),
            (x - 30 * s, y - 130 * s),
        ],
        fill=(235, 235, 245),
    )
    ell(d, x, y - 110 * s, 14 * s, 14 * s, (120, 200, 240))
    for side in (-1, 1):
        d.polygon(
            [(x + side * 30 * s, y - 70 * s), (x + side * 60 * s, y - 20 * s), (x + side * 30 * s, y - 30 * s)],
            fill=(240, 110, 110),
        )
    d.polygon([(x - 16 * s, y - 30 * s), (x + 16 * s, y - 30 * s), (x, y + 10 * s)], fill=(255, 190, 80))
    p.glow(x, y - 10 * s, 40 * s, 200)


def _helicopter(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 60 * s, 50 * s, 36 * s, (250, 200, 70))
    d.chord((x - 6 * s, y - 90 * s, x + 50 * s, y - 40 * s), 270, 90, fill=(200, 230, 250))
    d.line((x - 40 * s, y - 60 * s, x - 110 * s, y - 70 * s), fill=(250, 200, 70), width=max(2, int(10 * s)))
    d.line((x - 90 * s, y - 100 * s, x + 90 * s, y - 100 * s), fill=(80, 80, 90), width=max(2, int(5 * s)))
    d.line((x, y - 96 * s, x, y - 104 * s), fill=(80, 80, 90), width=max(2, int(6 * s)))
    d.line((x - 40 * s, y - 16 * s, x + 40 * s, y - 16 * s), fill=(80, 80, 90), width=max(2, int(5 * s)))


def _hot_air_balloon(p: Painter, x, y, s):
    d = p.draw
    for k, col in enumerate(((240, 100, 100), (250, 210, 80), (100, 170, 240))):
        d.chord((x - (70 - k * 24) * s, y - 200 * s, x + (70 - k * 24) * s, y - 60 * s), 0, 360, fill=col)
    for side in (-1, 1):
        d.line(
            (x + side * 40 * s, y - 80 * s, x + side * 20 * s, y - 36 * s),
            fill=(120, 100, 90),
            width=max(1, int(3 * s)),
        )
    d.rounded_rectangle((x - 24 * s, y - 36 * s, x + 24 * s, y), radius=int(6 * s), fill=WOOD)


def _carpet(p: Painter, x, y, s):
    d = p.draw
    d.polygon(
        [(x - 80 * s, y - 30 * s), (x + 70 * s, y - 40 * s), (x + 80 * s, y - 14 * s), (x - 70 * s, y - 4 * s)],
        fill=(180, 60, 90),
    )
    d.polygon(
        [(x - 60 * s, y - 26 * s), (x + 56 * s, y - 34 * s), (x + 62 * s, y - 18 * s), (x - 54 * s, y - 10 * s)],
        fill=(240, 190, 80),
    )
    p.glow(x, y - 20 * s, 60 * s, 100)


def _broom(p: Painter, x, y, s):
    d = p.draw
    d.line((x - 60 * s, y - 100 * s, x + 30 * s, y - 30 * s), fill=WOOD, width=max(2, int(7 * s)))
    d.polygon(
        [(x + 20 * s, y - 44 * s), (x + 44 * s, y - 20 * s), (x + 70 * s, y), (x + 30 * s, y)], fill=(230, 190, 100)
    )


def _tent(p: Painter, x, y, s):
    d = p.draw
    d.polygon([(x - 80 * s, y), (x + 80 * s, y), (x, y - 120 * s)], fill=(240, 150, 80))
    d.polygon([(x - 20 * s, y), (x + 20 * s, y), (x, y - 70 * s)], fill=(120, 80, 60))
    d.line((x, y - 120 * s, x, y - 140 * s), fill=WOOD, width=max(2, int(4 * s)))
    d.polygon([(x, y - 140 * s), (x + 24 * s, y - 133 * s), (x, y - 126 * s)], fill=(90, 160, 230))


def _soft(col: RGB, kind: str) -> Draw:
    """A blanket, a pillow or a bed: soft things of a bedtime."""

    def draw(p: Painter, x, y, s):
        d = p.draw
        if kind == "pillow":
            d.rounded_rectangle((x - 50 * s, y - 44 * s, x + 50 * s, y), radius=int(20 * s), fill=col)
            d.line((x - 30 * s, y - 22 * s, x + 30 * s, y - 22 * s), fill=shade(col, 0.9), width=max(1, int(3 * s)))
        elif kind == "blanket":
            d.rounded_rectangle((x - 60 * s, y - 36 * s, x + 60 * s, y), radius=int(12 * s), fill=col)
            for k in range(4):
                d.rectangle(
                    (x - 50 * s + k * 28 * s, y - 30 * s, x - 38 * s + k * 28 * s, y - 6 * s), fill=shade(col, 0.88)
                )
        elif kind == "hammock":
            for side in (-1, 1):
                d.line((x + side * 80 * s, y, x + side * 80 * s, y - 110 * s), fill=WOOD, width=max(2, int(8 * s)))
            d.chord((x - 80 * s, y - 130 * s, x + 80 * s, y - 40 * s), 0, 180, fill=col)

    return draw


def _bed(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 90 * s, y - 110 * s, x - 70 * s, y), radius=int(6 * s), fill=WOOD)
    d.rectangle((x - 80 * s, y - 40 * s, x + 90 * s, y - 10 * s), fill=WOOD)
    d.rounded_rectangle((x - 76 * s, y - 60 * s, x + 86 * s, y - 36 * s), radius=int(10 * s), fill=(250, 246, 240))
    d.rounded_rectangle((x - 66 * s, y - 80 * s, x - 20 * s, y - 56 * s), radius=int(10 * s), fill=(250, 230, 240))
    d.rounded_rectangle((x - 30 * s, y - 66 * s, x + 88 * s, y - 38 * s), radius=int(10 * s), fill=(130, 170, 236))


def _cup(p: Painter, x, y, s, col: RGB = (240, 130, 130)):
    d = p.draw
    d.rounded_rectangle((x - 26 * s, y - 54 * s, x + 26 * s, y), radius=int(10 * s), fill=col)
    d.arc((x + 14 * s, y - 44 * s, x + 44 * s, y - 14 * s), 270, 90, fill=col, width=max(2, int(6 * s)))
    for k in range(2):
        d.arc(
            (x - 14 * s + k * 16 * s, y - 100 * s, x - 4 * s + k * 16 * s, y - 60 * s),
            90,
            270,
            fill=(230, 230, 236),
            width=max(1, int(3 * s)),
        )


def _teapot(p: Painter, x, y, s):
    d = p.draw
    col = (140, 190, 230)
    d.polygon([(x + 30 * s, y - 30 * s), (x + 70 * s, y - 60 * s), (x + 34 * s, y - 20 * s)], fill=col)
    d.arc((x - 66 * s, y - 60 * s, x - 26 * s, y - 20 * s), 90, 270, fill=col, width=max(2, int(7 * s)))
    ell(d, x, y - 36 * s, 40 * s, 34 * s, col)
    ell(d, x, y - 72 * s, 10 * s, 8 * s, shade(col, 0.8))


def _bowl(p: Painter, x, y, s, col: RGB = (240, 200, 120)):
    d = p.draw
    d.chord((x - 50 * s, y - 70 * s, x + 50 * s, y), 0, 180, fill=col)
    ell(d, x, y - 36 * s, 48 * s, 8 * s, shade(col, 0.85))


def _spoon(p: Painter, x, y, s):
    d = p.draw
    d.line((x - 40 * s, y - 10 * s, x + 20 * s, y - 40 * s), fill=(200, 200, 210), width=max(2, int(6 * s)))
    ell(d, x + 32 * s, y - 46 * s, 16 * s, 11 * s, (200, 200, 210))


def _bottle(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 22 * s, y - 70 * s, x + 22 * s, y), radius=int(10 * s), fill=(150, 220, 200))
    d.rectangle((x - 10 * s, y - 96 * s, x + 10 * s, y - 68 * s), fill=(150, 220, 200))
    d.rectangle((x - 10 * s, y - 104 * s, x + 10 * s, y - 94 * s), fill=WOOD)
    d.rectangle((x - 14 * s, y - 50 * s, x + 14 * s, y - 24 * s), fill=(245, 225, 180))


def _box(p: Painter, x, y, s):
    d = p.draw
    d.rectangle((x - 44 * s, y - 60 * s, x + 44 * s, y), fill=(210, 170, 120))
    d.polygon(
        [(x - 44 * s, y - 60 * s), (x - 60 * s, y - 80 * s), (x - 16 * s, y - 80 * s), (x, y - 60 * s)],
        fill=(190, 150, 100),
    )
    d.line((x - 44 * s, y - 40 * s, x + 44 * s, y - 40 * s), fill=(170, 130, 90), width=max(1, int(3 * s)))


def _basket(p: Painter, x, y, s):
    d = p.draw
    d.arc((x - 44 * s, y - 110 * s, x + 44 * s, y - 20 * s), 180, 360, fill=WOOD, width=max(2, int(7 * s)))
    d.polygon(
        [(x - 56 * s, y - 60 * s), (x + 56 * s, y - 60 * s), (x + 40 * s, y), (x - 40 * s, y)], fill=(210, 160, 100)
    )
    for k in range(4):
        d.line(
            (x - 50 * s, y - (48 - k * 12) * s, x + 50 * s, y - (48 - k * 12) * s),
            fill=(180, 130, 80),
            width=max(1, int(3 * s)),
        )


def _bucket(p: Painter, x, y, s, col: RGB = (90, 170, 240)):
    d = p.draw
    d.polygon([(x - 40 * s, y - 70 * s), (x + 40 * s, y - 70 * s), (x + 30 * s, y), (x - 30 * s, y)], fill=col)
    d.arc((x - 40 * s, y - 110 * s, x + 40 * s, y - 40 * s), 200, 340, fill=(120, 120, 130), width=max(1, int(4 * s)))


def _spade(p: Painter, x, y, s):
    d = p.draw
    d.line((x, y - 120 * s, x, y - 40 * s), fill=WOOD, width=max(2, int(7 * s)))
    d.polygon(
        [(x - 22 * s, y - 44 * s), (x + 22 * s, y - 44 * s), (x + 18 * s, y - 6 * s), (x, y), (x - 18 * s, y - 6 * s)],
        fill=(180, 186, 200),
    )


def _watering_can(p: Painter, x, y, s):
    d = p.draw
    col = (120, 190, 120)
    d.polygon(
        [(x + 30 * s, y - 30 * s), (x + 80 * s, y - 80 * s), (x + 86 * s, y - 72 * s), (x + 34 * s, y - 16 * s)],
        fill=col,
    )
    d.rounded_rectangle((x - 40 * s, y - 70 * s, x + 36 * s, y), radius=int(10 * s), fill=col)
    d.arc((x - 30 * s, y - 100 * s, x + 20 * s, y - 50 * s), 180, 360, fill=col, width=max(2, int(7 * s)))


def _mirror(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 70 * s, 40 * s, 54 * s, GOLD)
    ell(d, x, y - 70 * s, 32 * s, 46 * s, (210, 236, 250))
    d.line((x - 14 * s, y - 90 * s, x + 4 * s, y - 110 * s), fill=WHITE, width=max(2, int(5 * s)))
    d.rectangle((x - 6 * s, y - 18 * s, x + 6 * s, y), fill=GOLD)


def _toothbrush(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 60 * s, y - 20 * s, x + 40 * s, y - 8 * s), radius=int(6 * s), fill=(100, 170, 240))
    for k in range(5):
        d.line(
            (x + 18 * s + k * 6 * s, y - 20 * s, x + 18 * s + k * 6 * s, y - 40 * s),
            fill=WHITE,
            width=max(1, int(4 * s)),
        )


def _clock(p: Painter, x, y, s, alarm: bool = False):
    d = p.draw
    if alarm:
        for side in (-1, 1):
            ell(d, x + side * 28 * s, y - 96 * s, 14 * s, 12 * s, (240, 90, 90))
            d.line(
                (x + side * 26 * s, y - 16 * s, x + side * 36 * s, y), fill=(120, 120, 130), width=max(2, int(5 * s))
            )
    ell(d, x, y - 54 * s, 44 * s, 44 * s, (240, 90, 90) if alarm else GOLD)
    ell(d, x, y - 54 * s, 36 * s, 36 * s, (252, 248, 236))
    d.line((x, y - 54 * s, x, y - 82 * s), fill=INK, width=max(2, int(4 * s)))
    d.line((x, y - 54 * s, x + 20 * s, y - 54 * s), fill=INK, width=max(2, int(5 * s)))


def _hourglass(p: Painter, x, y, s):
    d = p.draw
    d.rectangle((x - 34 * s, y - 100 * s, x + 34 * s, y - 90 * s), fill=WOOD)
    d.rectangle((x - 34 * s, y - 10 * s, x + 34 * s, y), fill=WOOD)
    d.polygon([(x - 26 * s, y - 90 * s), (x + 26 * s, y - 90 * s), (x, y - 50 * s)], fill=(210, 236, 250))
    d.polygon([(x - 26 * s, y - 10 * s), (x + 26 * s, y - 10 * s), (x, y - 50 * s)], fill=(210, 236, 250))
    d.polygon([(x - 16 * s, y - 10 * s), (x + 16 * s, y - 10 * s), (x, y - 30 * s)], fill=(240, 200, 110))


def _telescope(p: Painter, x, y, s):
    d = p.draw
    for side in (-1, 0, 1):
        d.line((x, y - 60 * s, x + side * 30 * s, y), fill=WOOD, width=max(2, int(5 * s)))
    d.line((x - 50 * s, y - 40 * s, x + 60 * s, y - 100 * s), fill=(90, 110, 180), width=max(3, int(22 * s)))
    ell(d, x + 62 * s, y - 101 * s, 14 * s, 14 * s, (200, 230, 250))


def _compass(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 40 * s, 40 * s, 40 * s, GOLD)
    ell(d, x, y - 40 * s, 32 * s, 32 * s, (250, 248, 240))
    d.polygon([(x, y - 70 * s), (x + 8 * s, y - 40 * s), (x - 8 * s, y - 40 * s)], fill=(220, 70, 70))
    d.polygon([(x, y - 10 * s), (x + 8 * s, y - 40 * s), (x - 8 * s, y - 40 * s)], fill=(90, 100, 130))


def _magnifier(p: Painter, x, y, s):
    d = p.draw
    d.line((x + 14 * s, y - 30 * s, x + 50 * s, y), fill=WOOD, width=max(3, int(12 * s)))
    ell(d, x - 10 * s, y - 56 * s, 34 * s, 34 * s, (210, 236, 250), outline=(90, 90, 110), width=max(2, int(7 * s)))
    d.arc((x - 30 * s, y - 76 * s, x + 6 * s, y - 40 * s), 190, 260, fill=WHITE, width=max(2, int(4 * s)))


def _umbrella(p: Painter, x, y, s, col: RGB = (240, 90, 110)):
    d = p.draw
    d.line((x, y - 120 * s, x, y - 16 * s), fill=(90, 80, 80), width=max(2, int(5 * s)))
    d.arc((x, y - 30 * s, x + 24 * s, y), 0, 180, fill=(90, 80, 80), width=max(2, int(5 * s)))
    d.chord((x - 76 * s, y - 170 * s, x + 76 * s, y - 70 * s), 180, 360, fill=col)
    for k in range(4):
        ell(d, x - 57 * s + k * 38 * s, y - 120 * s, 19 * s, 8 * s, col)


def _suitcase(p: Painter, x, y, s, col: RGB = (200, 120, 80)):
    d = p.draw
    d.rounded_rectangle((x - 50 * s, y - 70 * s, x + 50 * s, y), radius=int(10 * s), fill=col)
    d.arc((x - 20 * s, y - 90 * s, x + 20 * s, y - 60 * s), 180, 360, fill=(90, 70, 60), width=max(2, int(6 * s)))
    for k in (-30, 30):
        d.rectangle((x + k * s - 4 * s, y - 70 * s, x + k * s + 4 * s, y), fill=shade(col, 0.8))


def _backpack(p: Painter, x, y, s):
    d = p.draw
    col = (90, 160, 120)
    d.rounded_rectangle((x - 40 * s, y - 90 * s, x + 40 * s, y), radius=int(20 * s), fill=col)
    d.rounded_rectangle((x - 28 * s, y - 44 * s, x + 28 * s, y - 10 * s), radius=int(8 * s), fill=shade(col, 0.85))
    d.arc((x - 20 * s, y - 110 * s, x + 20 * s, y - 80 * s), 180, 360, fill=shade(col, 0.7), width=max(2, int(6 * s)))


def _rope(p: Painter, x, y, s, ladder: bool = False):
    d = p.draw
    if ladder:
        for side in (-1, 1):
            d.line(
                (x + side * 24 * s, y - 160 * s, x + side * 24 * s, y), fill=(200, 170, 120), width=max(2, int(5 * s))
            )
        for k in range(6):
            d.line(
                (x - 24 * s, y - (14 + k * 28) * s, x + 24 * s, y - (14 + k * 28) * s),
                fill=WOOD,
                width=max(2, int(6 * s)),
            )
        return
    for k in range(3):
        ell(
            d,
            x,
            y - (16 + k * 6) * s,
            (44 - k * 8) * s,
            (14 - k * 2) * s,
            None,
            outline=(200, 170, 120),
            width=max(2, int(6 * s)),
        )


def _flag(p: Painter, x, y, s):
    d = p.draw
    d.line((x, y, x, y - 140 * s), fill=WOOD, width=max(2, int(5 * s)))
    d.polygon([(x, y - 140 * s), (x + 70 * s, y - 120 * s), (x, y - 96 * s)], fill=(240, 90, 90))


def _bell(p: Painter, x, y, s):
    d = p.draw
    d.chord((x - 40 * s, y - 110 * s, x + 40 * s, y - 20 * s), 180, 360, fill=GOLD)
    d.rectangle((x - 40 * s, y - 66 * s, x + 40 * s, y - 20 * s), fill=GOLD)
    ell(d, x, y - 20 * s, 44 * s, 8 * s, shade(GOLD, 0.85))
    ell(d, x, y - 12 * s, 10 * s, 10 * s, shade(GOLD, 0.7))
    ell(d, x, y - 114 * s, 8 * s, 8 * s, shade(GOLD, 0.8))


def _notes(d, x, y, s) -> None:
    for k in range(2):
        nx, ny = x + (k * 30 - 10) * s, y - (120 + k * 20) * s
        ell(d, nx, ny, 8 * s, 6 * s, INK)
        d.line((nx + 7 * s, ny, nx + 7 * s, ny - 26 * s), fill=INK, width=max(1, int(3 * s)))


def _music_box(p: Painter, x, y, s):
    _present(p, x, y, s, (170, 120, 220))
    _notes(p.draw, x, y, s)


def _drum(p: Painter, x, y, s):
    d = p.draw
    d.rectangle((x - 46 * s, y - 70 * s, x + 46 * s, y - 8 * s), fill=(230, 80, 80))
    ell(d, x, y - 70 * s, 46 * s, 12 * s, (250, 246, 236))
    ell(d, x, y - 8 * s, 46 * s, 10 * s, (200, 60, 60))
    for k in range(5):
        d.line(
            (x - 40 * s + k * 20 * s, y - 66 * s, x - 30 * s + k * 20 * s, y - 12 * s),
            fill=GOLD,
            width=max(1, int(3 * s)),
        )
    _notes(d, x, y, s)


def _string_instrument(col: RGB) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        ell(d, x, y - 34 * s, 34 * s, 34 * s, col)
        ell(d, x, y - 74 * s, 24 * s, 24 * s, col)
        ell(d, x, y - 40 * s, 9 * s, 9 * s, shade(col, 0.5))
        d.rectangle((x - 6 * s, y - 150 * s, x + 6 * s, y - 80 * s), fill=shade(col, 0.7))
        for k in (-3, 0, 3):
            d.line((x + k * s, y - 150 * s, x + k * s, y - 20 * s), fill=(240, 236, 220), width=1)
        _notes(d, x + 40 * s, y + 20 * s, s)

    return draw


def _horn(col: RGB) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        d.line((x - 60 * s, y - 50 * s, x + 20 * s, y - 50 * s), fill=col, width=max(2, int(10 * s)))
        d.polygon(
            [(x + 20 * s, y - 56 * s), (x + 60 * s, y - 80 * s), (x + 60 * s, y - 20 * s), (x + 20 * s, y - 44 * s)],
            fill=col,
        )
        _notes(d, x + 30 * s, y + 10 * s, s)

    return draw


def _keys_instrument(p: Painter, x, y, s):
    d = p.draw
    d.rectangle((x - 70 * s, y - 80 * s, x + 70 * s, y - 30 * s), fill=(60, 50, 60))
    d.rectangle((x - 66 * s, y - 56 * s, x + 66 * s, y - 34 * s), fill=WHITE)
    for k in range(10):
        d.line((x - 66 * s + k * 14 * s, y - 56 * s, x - 66 * s + k * 14 * s, y - 34 * s), fill=(60, 50, 60), width=1)
        if k % 3 != 2:
            d.rectangle((x - 62 * s + k * 14 * s, y - 56 * s, x - 56 * s + k * 14 * s, y - 46 * s), fill=(60, 50, 60))
    for k in (-60, 60):
        d.rectangle((x + k * s - 5 * s, y - 30 * s, x + k * s + 5 * s, y), fill=(60, 50, 60))
    _notes(d, x, y + 20 * s, s)


def _xylophone(p: Painter, x, y, s):
    d = p.draw
    for k, col in enumerate(
        ((240, 90, 90), (250, 170, 80), (250, 220, 90), (120, 200, 120), (110, 160, 240), (170, 120, 220))
    ):
        h = 70 - k * 8
        d.rounded_rectangle(
            (x - 66 * s + k * 22 * s, y - h * s, x - 48 * s + k * 22 * s, y), radius=int(4 * s), fill=col
        )
    _notes(d, x, y + 20 * s, s)


def _pencil(col: RGB) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        d.polygon(
            [(x - 60 * s, y - 20 * s), (x + 40 * s, y - 70 * s), (x + 50 * s, y - 54 * s), (x - 50 * s, y - 4 * s)],
            fill=col,
        )
        d.polygon([(x + 40 * s, y - 70 * s), (x + 70 * s, y - 78 * s), (x + 50 * s, y - 54 * s)], fill=(240, 210, 170))
        ell(d, x + 66 * s, y - 74 * s, 5 * s, 5 * s, shade(col, 0.6))

    return draw


def _paintbox(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 60 * s, y - 40 * s, x + 60 * s, y), radius=int(6 * s), fill=(240, 240, 246))
    for k, col in enumerate(((240, 90, 90), (250, 210, 80), (90, 160, 240), (120, 200, 120))):
        ell(d, x - 42 * s + k * 28 * s, y - 20 * s, 10 * s, 8 * s, col)


def _paintbrush(p: Painter, x, y, s):
    d = p.draw
    d.line((x - 50 * s, y - 10 * s, x + 30 * s, y - 70 * s), fill=WOOD, width=max(2, int(8 * s)))
    d.polygon(
        [(x + 26 * s, y - 66 * s), (x + 40 * s, y - 80 * s), (x + 58 * s, y - 96 * s), (x + 36 * s, y - 60 * s)],
        fill=(90, 150, 240),
    )


def _magic_wand(p: Painter, x, y, s):
    d = p.draw
    d.line((x - 40 * s, y - 10 * s, x + 20 * s, y - 90 * s), fill=(80, 60, 90), width=max(2, int(7 * s)))
    star(d, x + 26 * s, y - 100 * s, 22 * s, (255, 226, 110))
    p.glow(x + 26 * s, y - 100 * s, 60 * s, 200)


def _dream_catcher(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 100 * s, 40 * s, 40 * s, None, outline=WOOD, width=max(2, int(6 * s)))
    for k in range(6):
        a = k * math.pi / 3
        d.line(
            (x, y - 100 * s, x + math.cos(a) * 38 * s, y - 100 * s + math.sin(a) * 38 * s),
            fill=(220, 210, 200),
            width=1,
        )
    for k in (-20, 0, 20):
        d.line((x + k * s, y - 60 * s, x + k * s, y - 20 * s), fill=(200, 190, 180), width=max(1, int(2 * s)))
        ell(d, x + k * s, y - 16 * s, 6 * s, 12 * s, (250, 240, 230))


def _snowman(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 40 * s, 44 * s, 40 * s, (250, 252, 255))
    ell(d, x, y - 106 * s, 32 * s, 30 * s, (250, 252, 255))
    d.polygon([(x, y - 108 * s), (x + 30 * s, y - 102 * s), (x, y - 98 * s)], fill=(246, 140, 50))
    for side in (-1, 1):
        ell(d, x + side * 10 * s, y - 116 * s, 3.5 * s, 3.5 * s, INK)
    d.rectangle((x - 24 * s, y - 150 * s, x + 24 * s, y - 130 * s), fill=(60, 60, 80))
    d.rectangle((x - 34 * s, y - 134 * s, x + 34 * s, y - 128 * s), fill=(60, 60, 80))
    d.rectangle((x - 30 * s, y - 84 * s, x + 30 * s, y - 74 * s), fill=(230, 80, 80))


def _sandcastle(p: Painter, x, y, s):
    d = p.draw
    col = (240, 210, 150)
    d.rectangle((x - 56 * s, y - 50 * s, x + 56 * s, y), fill=col)
    for k in (-40, 0, 40):
        d.rectangle((x + k * s - 14 * s, y - 86 * s, x + k * s + 14 * s, y - 50 * s), fill=col)
        d.polygon(
            [(x + k * s - 16 * s, y - 86 * s), (x + k * s + 16 * s, y - 86 * s), (x + k * s, y - 110 * s)],
            fill=shade(col, 0.92),
        )
    d.line((x, y - 110 * s, x, y - 130 * s), fill=WOOD, width=max(1, int(3 * s)))
    d.polygon([(x, y - 130 * s), (x + 18 * s, y - 124 * s), (x, y - 118 * s)], fill=(240, 90, 90))


def _bubbles(p: Painter, x, y, s):
    d = p.draw
    for dx, dy, r in ((-20, -60, 20), (20, -96, 14), (0, -130, 10), (26, -40, 12)):
        ell(d, x + dx * s, y + dy * s, r * s, r * s, None, outline=(200, 230, 250), width=max(2, int(3 * s)))
        ell(d, x + (dx - r * 0.4) * s, y + (dy - r * 0.4) * s, r * 0.2 * s, r * 0.2 * s, WHITE)


def _flower(col: RGB, petals: int = 6, big: bool = False) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        h = 140 if big else 80
        d.line((x, y, x, y - h * s), fill=(90, 160, 80), width=max(2, int((8 if big else 5) * s)))
        ell(d, x + 14 * s, y - h * 0.4 * s, 14 * s, 6 * s, (100, 180, 90))
        r = (34 if big else 18) * s
        for k in range(petals):
            a = k * 2 * math.pi / petals
            ell(d, x + math.cos(a) * r, y - h * s + math.sin(a) * r, r * 0.7, r * 0.7, col)
        ell(d, x, y - h * s, r * 0.6, r * 0.6, (120, 80, 50) if big else (250, 200, 60))

    return draw


def _tulip(p: Painter, x, y, s):
    d = p.draw
    d.line((x, y, x, y - 80 * s), fill=(90, 160, 80), width=max(2, int(5 * s)))
    ell(d, x + 14 * s, y - 30 * s, 16 * s, 6 * s, (100, 180, 90))
    d.chord((x - 22 * s, y - 120 * s, x + 22 * s, y - 70 * s), 0, 180, fill=(240, 90, 110))
    d.polygon(
        [
            (x - 22 * s, y - 96 * s),
            (x - 12 * s, y - 118 * s),
            (x, y - 100 * s),
            (x + 12 * s, y - 118 * s),
            (x + 22 * s, y - 96 * s),
        ],
        fill=(240, 90, 110),
    )


def _dandelion(p: Painter, x, y, s):
    d = p.draw
    d.line((x, y, x, y - 90 * s), fill=(90, 160, 80), width=max(2, int(4 * s)))
    for k in range(14):
        a = k * 2 * math.pi / 14
        d.line(
            (x, y - 90 * s, x + math.cos(a) * 26 * s, y - 90 * s + math.sin(a) * 26 * s), fill=(240, 240, 240), width=1
        )
        ell(d, x + math.cos(a) * 26 * s, y - 90 * s + math.sin(a) * 26 * s, 3 * s, 3 * s, WHITE)


def _clover(p: Painter, x, y, s):
    d = p.draw
    d.line((x, y, x, y - 50 * s), fill=(80, 150, 70), width=max(2, int(4 * s)))
    for k in range(4):
        a = k * math.pi / 2 + math.pi / 4
        ell(d, x + math.cos(a) * 14 * s, y - 60 * s + math.sin(a) * 14 * s, 13 * s, 13 * s, (90, 180, 90))


def _leaf(p: Painter, x, y, s, col: RGB = (110, 180, 90)):
    d = p.draw
    d.polygon(
        [(x - 40 * s, y - 10 * s), (x - 10 * s, y - 60 * s), (x + 40 * s, y - 70 * s), (x + 20 * s, y - 20 * s)],
        fill=col,
    )
    d.line((x - 40 * s, y - 10 * s, x + 40 * s, y - 70 * s), fill=shade(col, 0.75), width=max(1, int(3 * s)))


def _feather(p: Painter, x, y, s):
    d = p.draw
    d.ellipse((x - 16 * s, y - 100 * s, x + 16 * s, y - 10 * s), fill=(130, 190, 240))
    d.line((x, y, x, y - 100 * s), fill=(80, 110, 160), width=max(1, int(3 * s)))


def _nut(col: RGB, cap: RGB, cone: bool = False) -> Draw:
    def draw(p: Painter, x, y, s):
        d = p.draw
        if cone:
            for k in range(5):
                ell(d, x, y - (14 + k * 14) * s, (26 - k * 3) * s, 10 * s, shade(col, 0.9 + 0.02 * k))
            return
        ell(d, x, y - 28 * s, 24 * s, 28 * s, col)
        d.chord((x - 26 * s, y - 64 * s, x + 26 * s, y - 30 * s), 180, 360, fill=cap)
        d.line((x, y - 62 * s, x + 4 * s, y - 74 * s), fill=cap, width=max(2, int(4 * s)))

    return draw


def _stone(p: Painter, x, y, s):
    d = p.draw
    ell(d, x, y - 20 * s, 40 * s, 22 * s, (170, 170, 180))
    ell(d, x - 10 * s, y - 28 * s, 12 * s, 6 * s, (200, 200, 210))


def _nest(p: Painter, x, y, s):
    d = p.draw
    for k in range(3):
        _egg(p, x + (k - 1) * 22 * s, y - 16 * s, s * 0.6, (200, 230, 250))
    d.chord((x - 56 * s, y - 60 * s, x + 56 * s, y), 0, 180, fill=(160, 120, 80))
    for k in range(5):
        d.arc(
            (x - 50 * s, y - 40 * s + k * 6 * s, x + 50 * s, y + k * 2 * s),
            10,
            170,
            fill=(130, 96, 64),
            width=max(1, int(3 * s)),
        )


def _mushroom(p: Painter, x, y, s):
    d = p.draw
    d.rounded_rectangle((x - 12 * s, y - 50 * s, x + 12 * s, y), radius=int(6 * s), fill=(246, 236, 216))
    d.chord((x - 46 * s, y - 96 * s, x + 46 * s, y - 30 * s), 180, 360, fill=(230, 90, 100))
    for dx, dy in ((-20, -76), (10, -84), (24, -66)):
        ell(d, x + dx * s, y + dy * s, 7 * s, 6 * s, WHITE)


def _robot_toy(p: Painter, x, y, s):
    from activities.providers.offline.companion_drawings import draw_companion

    draw_companion(p, "robot", x, y, s * 0.5)


def _generic(concept: str) -> Draw:
    """Something precious the tables do not know: a little glowing keepsake in its own colour."""
    col = hashed_color(concept)

    def draw(p: Painter, x, y, s):
        d = p.draw
        d.rounded_rectangle((x - 30 * s, y - 60 * s, x + 30 * s, y), radius=int(16 * s), fill=col)
        ell(d, x, y - 30 * s, 12 * s, 12 * s, mix(col, WHITE, 0.6))
        star(d, x + 30 * s, y - 64 * s, 10 * s, (255, 230, 120))
        p.glow(x, y - 30 * s, 50 * s, 120)

    return draw


THINGS: dict[str, Thing] = {
    "star": Thing(_star_object, "sky", True),
    "moon": Thing(_moon, "sky", True),
    "sun": Thing(_sun, "sky", True),
    "planet": Thing(_planet, "sky"),
    "shooting_star": Thing(_comet, "sky", True),
    "comet": Thing(_comet, "sky", True),
    "cloud": Thing(_cloud, "sky"),
    "rainbow": Thing(_rainbow, "sky"),
    "snowflake": Thing(_snowflake, "air"),
    "raindrop": Thing(_raindrop, "air"),
    "icicle": Thing(lambda p, x, y, s: _raindrop(p, x, y, s, (210, 236, 250)), "air"),
    "balloon": Thing(_balloon((240, 90, 110)), "air"),
    "kite": Thing(_kite, "air"),
    "hot_air_balloon": Thing(_hot_air_balloon, "sky"),
    "lantern": Thing(_lantern, glows=True),
    "map": Thing(_map),
    "key": Thing(_key, glows=True),
    "treasure_chest": Thing(_chest),
    "treasure": Thing(lambda p, x, y, s: _chest(p, x, y, s, full=True), glows=True),
    "shell": Thing(_shell),
    "pearl": Thing(_pearl, glows=True),
    "crown": Thing(_crown, glows=True),
    "teddy_bear": Thing(_teddy),
    "doll": Thing(_doll),
    "ball": Thing(_ball),
    "book": Thing(_book((90, 130, 210))),
    "letter": Thing(_letter),
    "music_box": Thing(_music_box),
    "umbrella": Thing(_umbrella),
    "paper_boat": Thing(_paper_boat),
    "sailboat": Thing(_sailboat),
    "canoe": Thing(_canoe),
    "raft": Thing(_raft),
    "bicycle": Thing(_bicycle),
    "scooter": Thing(_scooter),
    "sled": Thing(_sled),
    "train": Thing(_vehicle((90, 140, 220), "train")),
    "car": Thing(_vehicle((240, 100, 90), "car")),
    "airplane": Thing(_airplane, "sky"),
    "rocket": Thing(_rocket, glows=True),
    "helicopter": Thing(_helicopter, "sky"),
    "tractor": Thing(_vehicle((220, 70, 60), "tractor")),
    "bus": Thing(_vehicle((250, 200, 60), "bus")),
    "necklace": Thing(_necklace),
    "ring": Thing(_ring, glows=True),
    "backpack": Thing(_backpack),
    "suitcase": Thing(_suitcase),
    "tent": Thing(_tent),
    "blanket": Thing(_soft((150, 190, 240), "blanket")),
    "pillow": Thing(_soft((250, 230, 240), "pillow")),
    "bed": Thing(_bed),
    "cake": Thing(_cake),
    "cookie": Thing(_cookie),
    "honey_pot": Thing(_honey_pot),
    "apple": Thing(_round((230, 60, 60))),
    "pear": Thing(_pear),
    "banana": Thing(_banana),
    "cherry": Thing(_cherries),
    "strawberry": Thing(_strawberry),
    "raspberry": Thing(_berries((230, 70, 110))),
    "blueberry": Thing(_berries((80, 100, 200))),
    "lemon": Thing(_round((250, 226, 80), r=30)),
    "grapes": Thing(_grapes),
    "plum": Thing(_round((150, 80, 160), r=28)),
    "watermelon": Thing(_watermelon),
    "pumpkin": Thing(_pumpkin),
    "carrot": Thing(_carrot),
    "candy": Thing(_candy),
    "ice_cream": Thing(_ice_cream),
    "pancake": Thing(_pancakes),
    "pizza": Thing(_wedge((246, 200, 110), dots=(220, 70, 60))),
    "cheese": Thing(_wedge((250, 214, 90), dots=(236, 190, 70))),
    "flower": Thing(_flower((250, 130, 160))),
    "seed": Thing(lambda p, x, y, s: _egg(p, x, y, s * 0.4, (170, 120, 80))),
    "acorn": Thing(_nut((190, 130, 70), (140, 100, 60))),
    "chestnut": Thing(_nut((150, 90, 60), (110, 70, 50))),
    "pine_cone": Thing(_nut((170, 120, 80), (140, 100, 60), cone=True)),
    "leaf": Thing(_leaf),
    "feather": Thing(_feather),
    "sunflower": Thing(_flower((250, 200, 50), petals=12, big=True)),
    "tulip": Thing(_tulip),
    "daisy": Thing(_flower((252, 252, 252), petals=10)),
    "dandelion": Thing(_dandelion),
    "clover": Thing(_clover),
    "stone": Thing(_stone),
    "crystal": Thing(_gem((170, 220, 250)), glows=True),
    "jewel": Thing(_gem((220, 80, 130)), glows=True),
    "gold_coin": Thing(_coins, glows=True),
    "nest": Thing(_nest),
    "egg": Thing(_egg),
    "snowman": Thing(_snowman),
    "snowball": Thing(_round((250, 252, 255), r=26, leaf=False)),
    "sandcastle": Thing(_sandcastle),
    "bubble": Thing(_bubbles, "air"),
    "bell": Thing(_bell),
    "drum": Thing(_drum),
    "tambourine": Thing(lambda p, x, y, s: _drum(p, x, y, s * 0.7)),
    "flute": Thing(_horn((200, 200, 214))),
    "violin": Thing(_string_instrument((190, 110, 60))),
    "piano": Thing(_keys_instrument),
    "guitar": Thing(_string_instrument((220, 150, 80))),
    "trumpet": Thing(_horn(GOLD)),
    "harp": Thing(_string_instrument(GOLD)),
    "xylophone": Thing(_xylophone),
    "harmonica": Thing(_horn((200, 200, 214))),
    "accordion": Thing(_keys_instrument),
    "paintbrush": Thing(_paintbrush),
    "crayon": Thing(_pencil((240, 90, 90))),
    "pencil": Thing(_pencil((250, 200, 60))),
    "chalk": Thing(_pencil((246, 246, 250))),
    "paintbox": Thing(_paintbox),
    "sticker": Thing(lambda p, x, y, s: star(p.draw, x, y - 30 * s, 30 * s, (250, 150, 190))),
    "notebook": Thing(_book((120, 190, 140))),
    "diary": Thing(_book((200, 100, 150))),
    "postcard": Thing(_picture((240, 150, 90))),
    "photo": Thing(_picture((250, 250, 250))),
    "drawing": Thing(_picture((120, 170, 240))),
    "telescope": Thing(_telescope),
    "compass": Thing(_compass),
    "clock": Thing(_clock),
    "alarm_clock": Thing(lambda p, x, y, s: _clock(p, x, y, s, alarm=True)),
    "hourglass": Thing(_hourglass),
    "magnifying_glass": Thing(_magnifier),
    "flashlight": Thing(_flashlight, glows=True),
    "lamp": Thing(_lamp, glows=True),
    "candle": Thing(_candle, glows=True),
    "basket": Thing(_basket),
    "present": Thing(_present),
    "ribbon": Thing(lambda p, x, y, s: _present(p, x, y, s * 0.6, (120, 170, 240))),
    "marble": Thing(_round((120, 180, 240), r=18, leaf=False)),
    "puzzle": Thing(_puzzle),
    "yarn_ball": Thing(_yarn),
    "spinning_top": Thing(_spinning_top),
    "building_block": Thing(_block((240, 120, 100))),
    "puppet": Thing(_doll),
    "robot": Thing(_robot_toy),
    "toy": Thing(_block((120, 180, 240))),
    "swing": Thing(_swing),
    "pinwheel": Thing(_pinwheel),
    "kaleidoscope": Thing(_telescope),
    "magic_wand": Thing(_magic_wand, glows=True),
    "mirror": Thing(_mirror),
    "dream_catcher": Thing(_dream_catcher),
    "flying_carpet": Thing(_carpet, "air"),
    "broom": Thing(_broom),
    "watering_can": Thing(_watering_can),
    "bucket": Thing(_bucket),
    "spade": Thing(_spade),
    "rope": Thing(_rope),
    "rope_ladder": Thing(lambda p, x, y, s: _rope(p, x, y, s, ladder=True)),
    "flag": Thing(_flag),
    "medal": Thing(_medal),
    "cup": Thing(_cup),
    "teapot": Thing(_teapot),
    "spoon": Thing(_spoon),
    "bowl": Thing(_bowl),
    "bottle": Thing(_bottle),
    "box": Thing(_box),
    "toothbrush": Thing(_toothbrush),
    "hammock": Thing(_soft((240, 170, 110), "hammock")),
    "mushroom": Thing(_mushroom),
}


def thing_for(concept: str) -> Thing:
    """The drawing of an object concept; a keepsake for one the table does not know."""
    return THINGS.get(concept) or Thing(_generic(concept))


