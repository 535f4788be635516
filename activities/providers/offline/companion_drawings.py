"""Companions drawn: every animal, gentle creature and kind person of the companion
vocabulary gets a small, round, friendly figure.

Twenty of them are the adventures' own friends (a squirrel, an owl, a dragon...),
drawn as they always were. The others are drawn by families with a few traits each,
so a cow has spots and horns, a giraffe a long spotted neck, an elephant a trunk, a
bee stripes and wings, a knight a helmet: a body plan per family (four-legged, sitting,
bird, small winged or crawling thing, sea animal, reptile, person) and a table of
traits per concept. A concept the table does not know is drawn by its vocabulary
kind's generic figure (an animal, a creature, a person), so nothing a scene names is
lost. Every figure stands with its bottom centre at (x, y); ``s`` scales it and
``facing`` turns it (1 right, -1 left).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import ImageDraw

from activities.providers.offline.canvas import RGB, Painter, box, ell, hashed_color, limb, mix, shade, star
from activities.providers.offline.vocabulary.companions import COMPANIONS

INK: RGB = (50, 40, 45)
WHITE: RGB = (255, 255, 255)
BLUSH: RGB = (245, 150, 160)


def _eyes(d: ImageDraw.ImageDraw, x: float, y: float, s: float, F: int, r: float = 7.0, gap: float = 16.0) -> None:
    for side in (-1, 1):
        ell(d, x + side * gap * s, y, r * s, r * 1.15 * s, WHITE)
        ell(d, x + side * gap * s + 1.5 * s * F, y + 1 * s, r * 0.6 * s, r * 0.7 * s, INK)
        ell(d, x + side * gap * s + 3 * s * F, y - 2 * s, r * 0.22 * s, r * 0.22 * s, WHITE)


def _blush(d: ImageDraw.ImageDraw, x: float, y: float, s: float, gap: float = 26.0) -> None:
    for side in (-1, 1):
        ell(d, x + side * gap * s, y, 7 * s, 4.5 * s, BLUSH)


def _smile(d: ImageDraw.ImageDraw, x: float, y: float, s: float, w: float = 10.0) -> None:
    d.arc((x - w * s, y - w * 0.7 * s, x + w * s, y + w * 0.7 * s), 20, 160, fill=INK, width=max(2, int(3 * s)))


# ----------------------------------------------------------------------- the adventures' own friends


def _story_friend(
    d: ImageDraw.ImageDraw, kind: str, c: RGB, x: float, y: float, s: float, facing: int = 1, starry_hat: bool = False
) -> None:
    """The adventures' own companions (and the vocabulary's animals of the same kinds),
    standing (or floating) with their bottom centre at (x, y)."""
    dark = shade(c, 0.7)
    light = mix(c, (255, 255, 255), 0.55)
    ink = (50, 40, 45)
    F = facing

    def eyes(ex, ey, r=7.0, gap=16.0):
        for side in (-1, 1):
            ell(d, ex + side * gap * s, ey, r * s, r * 1.15 * s, (255, 255, 255))
            ell(d, ex + side * gap * s + 1.5 * s * F, ey + 1 * s, r * 0.6 * s, r * 0.7 * s, ink)
            ell(d, ex + side * gap * s + 3 * s * F, ey - 2 * s, r * 0.22 * s, r * 0.22 * s, (255, 255, 255))

    def blush(ex, ey, gap=26.0):
        for side in (-1, 1):
            ell(d, ex + side * gap * s, ey, 7 * s, 4.5 * s, (245, 150, 160))

    if kind in ("squirrel", "rabbit", "fox", "cat", "mouse", "hedgehog", "goat", "sheep"):
        # Tail first, behind the body.
        if kind == "squirrel":
            ell(d, x - 58 * s * F, y - 100 * s, 44 * s, 70 * s, c)
            ell(d, x - 50 * s * F, y - 150 * s, 30 * s, 30 * s, light)
        elif kind == "fox":
            ell(d, x - 62 * s * F, y - 44 * s, 56 * s, 22 * s, c)
            ell(d, x - 106 * s * F, y - 44 * s, 18 * s, 16 * s, (250, 248, 240))
        elif kind == "cat":
            d.arc(
                (x - 100 * s, y - 120 * s, x - 20 * s, y - 10 * s)
                if F > 0
                else (x + 20 * s, y - 120 * s, x + 100 * s, y - 10 * s),
                90,
                270,
                fill=c,
                width=int(14 * s),
            )
        elif kind == "rabbit":
            ell(d, x - 44 * s * F, y - 40 * s, 16 * s, 16 * s, (252, 252, 252))
        elif kind == "mouse":
            d.arc(
                (x - 120 * s, y - 60 * s, x - 20 * s, y + 10 * s)
                if F > 0
                else (x + 20 * s, y - 60 * s, x + 120 * s, y + 10 * s),
                180,
                300,
                fill=dark,
                width=int(6 * s),
            )
        body_ry = 46 if kind != "goat" else 40
        if kind == "sheep":
            for k in range(7):
                angle = 2 * math.pi * k / 7
                ell(
                    d,
                    x + math.cos(angle) * 40 * s,
                    y - 58 * s + math.sin(angle) * 26 * s,
                    31 * s,
                    29 * s,
                    (200, 204, 222),
                )
            for k in range(7):
                angle = 2 * math.pi * k / 7
                ell(d, x + math.cos(angle) * 40 * s, y - 58 * s + math.sin(angle) * 26 * s, 28 * s, 26 * s, c)
            ell(d, x, y - 58 * s, 48 * s, 36 * s, c)
        elif kind == "hedgehog":
            spikes = []
            for k in range(15):
                angle = math.pi + math.pi * k / 14
                r = 70 if k % 2 == 0 else 54
                spikes.append((x - 6 * s * F + math.cos(angle) * r * s, y - 10 * s + math.sin(angle) * r * 0.9 * s))
            d.polygon(spikes, fill=c)
            ell(d, x + 6 * s * F, y - 30 * s, 50 * s, 30 * s, mix(c, (250, 230, 200), 0.6))
        elif kind == "goat":
            for side in (-1, 1):
                limb(d, (x + side * 26 * s, y - 50 * s), (x + side * 30 * s, y), 12 * s, dark)
            ell(d, x, y - 70 * s, 56 * s, body_ry * s, c)
        else:
            ell(d, x, y - 48 * s, 44 * s, body_ry * s, c)
            ell(d, x + 6 * s * F, y - 40 * s, 26 * s, 28 * s, light)
        # Head.
        hx, hy = x + 22 * s * F, y - (112 if kind != "goat" else 132) * s
        if kind == "hedgehog":
            hx, hy = x + 48 * s * F, y - 36 * s
        if kind == "rabbit":
            for side in (-1, 1):
                ell(d, hx + side * 14 * s, hy - 58 * s, 11 * s, 34 * s, c)
                ell(d, hx + side * 14 * s, hy - 58 * s, 5 * s, 24 * s, (250, 190, 200))
        elif kind == "mouse":
            for side in (-1, 1):
                ell(d, hx + side * 30 * s, hy - 30 * s, 22 * s, 22 * s, c)
                ell(d, hx + side * 30 * s, hy - 30 * s, 13 * s, 13 * s, (250, 190, 200))
            d.rectangle((x - 4 * s, y - 110 * s, x + 4 * s, y - 86 * s), fill=(230, 190, 70))
            d.rectangle((x - 16 * s, y - 116 * s, x + 16 * s, y - 108 * s), fill=(230, 190, 70))
        elif kind in ("squirrel", "fox", "cat"):
            for side in (-1, 1):
                d.polygon(
                    [
                        (hx + side * 12 * s, hy - 30 * s),
                        (hx + side * 34 * s, hy - 62 * s),
                        (hx + side * 38 * s, hy - 20 * s),
                    ],
                    fill=c,
                )
        elif kind == "goat":
            for side in (-1, 1):
                d.arc(
                    (hx + side * 14 * s - 18 * s, hy - 62 * s, hx + side * 14 * s + 18 * s, hy - 20 * s),
                    200,
                    340,
                    fill=(200, 180, 150),
                    width=int(7 * s),
                )
        head_r = 26 if kind == "hedgehog" else 38
        head_fill = (150, 132, 142) if kind == "sheep" else (mix(c, (250, 230, 200), 0.6) if kind == "hedgehog" else c)
        ell(d, hx, hy, head_r * s, head_r * 0.92 * s, head_fill)
        if kind == "fox":
            ell(d, hx + 10 * s * F, hy + 12 * s, 20 * s, 14 * s, (250, 248, 240))
        if kind == "goat":
            d.polygon([(hx - 6 * s, hy + 26 * s), (hx + 6 * s, hy + 26 * s), (hx, hy + 46 * s)], fill=(230, 225, 215))
        eyes(hx + 4 * s * F, hy - 4 * s, r=6 if kind == "hedgehog" else 7, gap=10 if kind == "hedgehog" else 14)
        ell(d, hx + 12 * s * F, hy + 12 * s, 5 * s, 4 * s, ink)
        blush(hx + 4 * s * F, hy + 12 * s, gap=20 if kind != "hedgehog" else 14)
        return

    if kind in ("owl", "duck", "bird"):
        fly = kind == "bird"
        cy = y - (60 if not fly else 0) * s
        if kind == "duck":  # the goose: long neck
            ell(d, x, y - 48 * s, 52 * s, 40 * s, c)
            limb(d, (x + 26 * s * F, y - 60 * s), (x + 34 * s * F, y - 130 * s), 24 * s, c)
            ell(d, x + 36 * s * F, y - 140 * s, 24 * s, 22 * s, c)
            d.polygon(
                [(x + 54 * s * F, y - 144 * s), (x + 84 * s * F, y - 136 * s), (x + 54 * s * F, y - 128 * s)],
                fill=(245, 150, 50),
            )
            eyes(x + 38 * s * F, y - 146 * s, r=5, gap=8)
            for side in (-1, 1):
                ell(d, x + side * 18 * s, y - 4 * s, 14 * s, 6 * s, (245, 150, 50))
            return
        if fly:
            for side in (-1, 1):
                d.polygon([(x, cy), (x + side * 64 * s, cy - 50 * s), (x + side * 40 * s, cy + 4 * s)], fill=dark)
            ell(d, x, cy, 34 * s, 24 * s, c)
            ell(d, x + 30 * s * F, cy - 14 * s, 20 * s, 18 * s, c)
            d.polygon(
                [(x + 46 * s * F, cy - 16 * s), (x + 62 * s * F, cy - 12 * s), (x + 46 * s * F, cy - 8 * s)],
                fill=(245, 170, 60),
            )
            ell(d, x + 34 * s * F, cy - 18 * s, 3.5 * s, 3.5 * s, ink)
            return
        # owl
        for side in (-1, 1):
            d.polygon(
                [(x + side * 26 * s, cy - 64 * s), (x + side * 40 * s, cy - 96 * s), (x + side * 46 * s, cy - 58 * s)],
                fill=dark,
            )
        ell(d, x, cy, 52 * s, 64 * s, c)
        ell(d, x, cy + 14 * s, 34 * s, 40 * s, light)
        for side in (-1, 1):
            ell(d, x + side * 50 * s, cy + 6 * s, 14 * s, 36 * s, dark)
            ell(d, x + side * 20 * s, cy - 28 * s, 19 * s, 19 * s, (250, 240, 210))
        eyes(x, cy - 28 * s, r=10, gap=20)
        d.polygon([(x - 7 * s, cy - 12 * s), (x + 7 * s, cy - 12 * s), (x, cy + 2 * s)], fill=(240, 170, 60))
        for side in (-1, 1):
            ell(d, x + side * 16 * s, cy + 62 * s, 10 * s, 6 * s, (240, 170, 60))
        return

    if kind in ("fish", "whale"):
        big = 2.2 if kind == "whale" else 1.0
        cx, cy = x, y
        rx, ry = 46 * s * big, 30 * s * big
        d.polygon(
            [
                (cx - rx * 0.8 * F, cy),
                (cx - (rx + 40 * s * big) * F, cy - 30 * s * big),
                (cx - (rx + 34 * s * big) * F, cy + 26 * s * big),
            ],
            fill=dark,
        )
        ell(d, cx, cy, rx, ry, c)
        ell(d, cx + 6 * s * F, cy + ry * 0.35, rx * 0.7, ry * 0.45, light)
        ell(d, cx + rx * 0.5 * F, cy - ry * 0.25, 7 * s * min(big, 1.4), 7 * s * min(big, 1.4), (255, 255, 255))
        ell(d, cx + rx * 0.52 * F, cy - ry * 0.22, 4 * s * min(big, 1.4), 4 * s * min(big, 1.4), ink)
        d.arc(
            (cx + rx * 0.45 * F - 12 * s, cy, cx + rx * 0.45 * F + 12 * s, cy + 14 * s),
            20,
            160,
            fill=ink,
            width=max(2, int(3 * s)),
        )
        return

    if kind == "turtle":
        for side in (-1, 1):
            ell(d, x + side * 40 * s, y - 10 * s, 16 * s, 12 * s, light)
        ell(d, x + 62 * s * F, y - 40 * s, 24 * s, 22 * s, light)
        eyes(x + 66 * s * F, y - 46 * s, r=5, gap=8)
        d.chord((x - 62 * s, y - 100 * s, x + 62 * s, y + 10 * s), 180, 360, fill=c)
        for k in range(3):
            ell(d, x - 30 * s + k * 30 * s, y - 52 * s, 12 * s, 10 * s, dark)
        return

    if kind == "dragon":
        d.polygon([(x - 30 * s * F, y - 40 * s), (x - 110 * s * F, y - 20 * s), (x - 34 * s * F, y - 10 * s)], fill=c)
        for side in (-1, 1):
            d.polygon(
                [
                    (x - 6 * s * F, y - 110 * s),
                    (x - 6 * s * F + side * 62 * s, y - 170 * s),
                    (x - 6 * s * F + side * 40 * s, y - 96 * s),
                ],
                fill=light,
            )
        ell(d, x, y - 62 * s, 50 * s, 56 * s, c)
        ell(d, x + 8 * s * F, y - 52 * s, 30 * s, 38 * s, (250, 236, 170))
        hx, hy = x + 24 * s * F, y - 138 * s
        for side in (-1, 1):
            d.polygon(
                [
                    (hx + side * 16 * s, hy - 26 * s),
                    (hx + side * 24 * s, hy - 52 * s),
                    (hx + side * 30 * s, hy - 22 * s),
                ],
                fill=(250, 220, 120),
            )
        ell(d, hx, hy, 42 * s, 36 * s, c)
        ell(d, hx + 26 * s * F, hy + 12 * s, 24 * s, 16 * s, light)
        eyes(hx + 2 * s * F, hy - 6 * s, r=8, gap=15)
        blush(hx + 2 * s * F, hy + 14 * s, gap=24)
        return

    if kind == "robot":
        limb(d, (x - 18 * s, y - 40 * s), (x - 20 * s, y - 4 * s), 14 * s, dark)
        limb(d, (x + 18 * s, y - 40 * s), (x + 20 * s, y - 4 * s), 14 * s, dark)
        d.rounded_rectangle((x - 44 * s, y - 110 * s, x + 44 * s, y - 34 * s), radius=int(18 * s), fill=c)
        ell(d, x, y - 72 * s, 14 * s, 14 * s, (250, 200, 90))
        d.rounded_rectangle((x - 40 * s, y - 180 * s, x + 40 * s, y - 116 * s), radius=int(16 * s), fill=light)
        d.rounded_rectangle((x - 30 * s, y - 166 * s, x + 30 * s, y - 130 * s), radius=int(10 * s), fill=(60, 80, 110))
        for side in (-1, 1):
            ell(d, x + side * 13 * s, y - 148 * s, 6 * s, 7 * s, (120, 230, 250))
        d.line((x, y - 180 * s, x, y - 204 * s), fill=dark, width=max(2, int(4 * s)))
        ell(d, x, y - 208 * s, 8 * s, 8 * s, (250, 120, 120))
        return

    if kind == "ladybug":
        ell(d, x + 44 * s * F, y - 40 * s, 24 * s, 22 * s, (50, 50, 60))
        eyes(x + 50 * s * F, y - 44 * s, r=5, gap=9)
        d.chord((x - 56 * s, y - 100 * s, x + 56 * s, y + 8 * s), 180, 360, fill=c)
        d.line((x, y - 100 * s, x, y - 46 * s), fill=(50, 50, 60), width=max(2, int(3 * s)))
        for px, py in ((-28, -70), (26, -74), (-14, -56), (16, -58), (-38, -52), (36, -54)):
            ell(d, x + px * s, y + py * s, 7 * s, 7 * s, (50, 50, 60))
        return

    if kind == "snail":
        ell(d, x + 10 * s * F, y - 14 * s, 62 * s, 14 * s, mix(c, (250, 230, 200), 0.6))
        ell(d, x + 62 * s * F, y - 40 * s, 16 * s, 30 * s, mix(c, (250, 230, 200), 0.6))
        eyes(x + 64 * s * F, y - 58 * s, r=5, gap=7)
        for r, col in ((44, c), (32, dark), (22, c), (12, dark)):
            ell(d, x - 6 * s * F, y - 56 * s, r * s, r * s, col)
        return

    if kind == "moth":
        glow = (255, 244, 190)
        for side in (-1, 1):
            ell(d, x + side * 34 * s, y - 16 * s, 34 * s, 26 * s, glow)
            ell(d, x + side * 26 * s, y + 14 * s, 22 * s, 18 * s, c)
        ell(d, x, y, 12 * s, 30 * s, shade(c, 0.8))
        eyes(x, y - 24 * s, r=5, gap=7)
        return

    # grownup: a kind helper (clockmaker, weather wizard) in a long robe
    d.polygon([(x - 40 * s, y - 250 * s), (x + 40 * s, y - 250 * s), (x + 70 * s, y), (x - 70 * s, y)], fill=c)
    d.rectangle((x - 70 * s, y - 24 * s, x + 70 * s, y), fill=dark)
    for side in (-1, 1):
        limb(d, (x + side * 40 * s, y - 236 * s), (x + side * 62 * s, y - 150 * s), 22 * s, c)
        ell(d, x + side * 62 * s, y - 146 * s, 12 * s, 12 * s, (240, 205, 180))
    ell(d, x, y - 292 * s, 48 * s, 48 * s, (240, 205, 180))
    d.chord((x - 50 * s, y - 344 * s, x + 50 * s, y - 270 * s), 180, 360, fill=(235, 235, 240))
    d.chord((x - 34 * s, y - 300 * s, x + 34 * s, y - 230 * s), 0, 180, fill=(235, 235, 240))
    eyes(x + 2 * s * F, y - 296 * s, r=6, gap=15)
    for side in (-1, 1):
        ell(
            d,
            x + side * 16 * s + 2 * s * F,
            y - 296 * s,
            13 * s,
            12 * s,
            None,
            outline=(90, 80, 80),
            width=max(2, int(3 * s)),
        )
    if starry_hat:  # the weather wizard's
        d.polygon([(x - 58 * s, y - 326 * s), (x + 58 * s, y - 326 * s), (x + 10 * s, y - 430 * s)], fill=c)
        ell(d, x, y - 326 * s, 62 * s, 10 * s, dark)
        star(d, x + 6 * s, y - 372 * s, 10 * s, (250, 220, 90))


# ----------------------------------------------------------------------- four-legged animals


@dataclass(frozen=True)
class Beast:
    body: RGB
    belly: RGB | None = None
    ears: str = "round"  # round, pointy, long, floppy, small, none
    tail: str = "thin"  # thin, bushy, curly, tuft, flat, none
    size: float = 1.0
    legs: float = 1.0
    neck: float = 0.0  # a long neck (giraffe, alpaca, dinosaur), as a share of the body
    marks: str = ""  # spots, stripes, patches
    mark: RGB = (60, 50, 50)
    extra: tuple[str, ...] = ()  # horns, antlers, mane, trunk, horn, hump, snout, rainbow_mane, big_ears, tusks
    extra_color: RGB = (250, 236, 200)
    head: float = 1.0


def _beast(p: Painter, b: Beast, x: float, y: float, s: float, F: int) -> None:
    d = p.draw
    s = s * b.size
    leg_h, brx, bry = 52 * b.legs, 72.0, 42.0
    by = y - (leg_h + bry) * s  # body centre
    dark = shade(b.body, 0.75)
    P = lambda px, py: (x + px * s * F, by + py * s)  # noqa: E731
    # Tail behind the body.
    tail_root = P(-brx + 6, -10)
    if b.tail == "bushy":
        ell(d, tail_root[0] - 20 * s * F, tail_root[1] - 24 * s, 26 * s, 40 * s, b.body)
        ell(d, tail_root[0] - 26 * s * F, tail_root[1] - 52 * s, 16 * s, 16 * s, b.belly or WHITE)
    elif b.tail == "curly":
        d.arc(box(P(-brx - 30, -30), P(-brx + 4, 4)), 0, 300, fill=dark, width=max(2, int(6 * s)))
    elif b.tail == "tuft":
        limb(d, tail_root, P(-brx - 24, 30), 7 * s, dark)
        ell(d, *P(-brx - 26, 36), 10 * s, 14 * s, shade(b.body, 0.55))
    elif b.tail == "flat":
        d.rounded_rectangle(box(P(-brx - 54, 8), P(-brx + 10, 30)), radius=int(10 * s), fill=shade(b.body, 0.6))
    elif b.tail == "thin":
        limb(d, tail_root, P(-brx - 30, 20), 8 * s, dark)
    # Legs (back pair darker), body, belly, marks.
    for k, lx in enumerate((-brx * 0.6, -brx * 0.35, brx * 0.4, brx * 0.65)):
        col = dark if k in (1, 2) else b.body
        d.rounded_rectangle(box(P(lx - 11, 10), P(lx + 11, bry + leg_h)), radius=int(9 * s), fill=col)
        ell(d, *P(lx, bry + leg_h - 2), 12 * s, 6 * s, shade(b.body, 0.5))
    ell(d, *P(0, 0), brx * s, bry * s, b.body)
    if "hump" in b.extra:
        ell(d, *P(-6, -bry + 4), 34 * s, 28 * s, b.body)
    if b.belly:
        ell(d, *P(6, 16), brx * 0.7 * s, bry * 0.5 * s, b.belly)
    if b.marks == "spots":
        for mx, my, r in ((-30, -12, 12), (10, -22, 10), (34, 4, 11), (-8, 10, 8), (-46, 12, 9)):
            ell(d, *P(mx, my), r * s, r * 0.8 * s, b.mark)
    elif b.marks == "patches":
        for mx, my, r in ((-28, -10, 22), (24, 2, 18)):
            ell(d, *P(mx, my), r * s, r * 0.8 * s, b.mark)
    elif b.marks == "stripes":
        for k in range(-3, 4):
            d.line((P(k * 18, -bry + 6), P(k * 18 + 6, bry - 10)), fill=b.mark, width=max(2, int(7 * s)))
    # Neck and head.
    hx, hy = brx * 0.78, -bry * 0.9 - b.neck * 120
    if b.neck:
        limb(d, P(brx * 0.5, -10), P(hx, hy + 20), 30 * s, b.body)
        if b.marks == "spots":
            for k in range(3):
                ell(
                    d,
                    *P(brx * 0.55 + (hx - brx * 0.5) * (k + 0.5) / 3, -10 + (hy + 30) * (k + 0.5) / 3),
                    7 * s,
                    6 * s,
                    b.mark,
                )
    hr = 34 * b.head
    head = P(hx, hy)
    if "mane" in b.extra:
        for k in range(7):
            a = math.pi * 2 * k / 7
            ell(
                d,
                head[0] + math.cos(a) * hr * 1.05 * s,
                head[1] + math.sin(a) * hr * 1.05 * s,
                18 * s,
                18 * s,
                b.extra_color,
            )
    if "rainbow_mane" in b.extra:
        for k, col in enumerate(((250, 120, 150), (250, 200, 90), (130, 210, 160), (130, 170, 250))):
            ell(d, *P(hx - 26 - k * 6, hy - 20 + k * 16), 14 * s, 16 * s, col)
    if "big_ears" in b.extra:
        ell(d, *P(hx - 30, hy + 4), 36 * s, 42 * s, shade(b.body, 0.9))
    if b.ears in ("pointy", "round", "long", "small"):
        for side in (-1, 1):
            ex = hx - 6 + side * 16
            if b.ears == "pointy":
                d.polygon([P(ex - 10, hy - hr + 10), P(ex + 10, hy - hr + 10), P(ex, hy - hr - 24)], fill=b.body)
            elif b.ears == "long":
                ell(d, *P(ex, hy - hr - 14), 9 * s, 26 * s, b.body)
                ell(d, *P(ex, hy - hr - 14), 4 * s, 18 * s, (250, 190, 200))
            else:
                r = 12 if b.ears == "round" else 8
                ell(d, *P(ex, hy - hr + 6), r * s, r * s, b.body)
                ell(d, *P(ex, hy - hr + 6), r * 0.5 * s, r * 0.5 * s, shade(b.body, 0.7))
    if "horns" in b.extra:
        for side in (-1, 1):
            d.polygon(
                [
                    P(hx - 8 + side * 14, hy - hr + 8),
                    P(hx + side * 14, hy - hr + 8),
                    P(hx - 6 + side * 20, hy - hr - 18),
                ],
                fill=b.extra_color,
            )
    if "antlers" in b.extra:
        for side in (-1, 1):
            base = P(hx - 4 + side * 12, hy - hr + 6)
            tip = P(hx - 10 + side * 30, hy - hr - 44)
            limb(d, base, tip, 6 * s, b.extra_color)
            limb(d, P(hx - 6 + side * 20, hy - hr - 18), P(hx + 8 + side * 30, hy - hr - 30), 5 * s, b.extra_color)
    ell(d, *head, hr * s, hr * 0.9 * s, b.body)
    if b.marks == "stripes":
        for k in (-1, 0, 1):
            d.line((P(hx + k * 10, hy - hr + 4), P(hx + k * 10, hy - hr + 16)), fill=b.mark, width=max(2, int(5 * s)))
    snout = P(hx + 22 * b.head, hy + 10)
    if "trunk" in b.extra:
        d.line((snout, P(hx + 40, hy + 40), P(hx + 36, hy + 70)), fill=b.body, width=max(3, int(18 * s)), joint="curve")
        ell(d, *P(hx + 36, hy + 70), 10 * s, 8 * s, b.body)
    elif "snout" in b.extra:
        ell(d, snout[0], snout[1], 16 * s, 12 * s, mix(b.body, (255, 180, 190), 0.5))
        for side in (-1, 1):
            ell(d, snout[0] + side * 5 * s, snout[1], 3 * s, 4 * s, shade(b.body, 0.5))
    else:
        ell(d, snout[0], snout[1], 16 * s * b.head, 12 * s * b.head, b.belly or mix(b.body, WHITE, 0.4))
        ell(d, snout[0] + 8 * s * F, snout[1] - 4 * s, 5 * s, 4 * s, INK)
    if "tusks" in b.extra:
        d.polygon([P(hx + 18, hy + 22), P(hx + 26, hy + 22), P(hx + 30, hy + 44)], fill=WHITE)
    if "horn" in b.extra:
        d.polygon([P(hx + 4, hy - hr + 4), P(hx + 16, hy - hr + 8), P(hx + 14, hy - hr - 40)], fill=b.extra_color)
    _eyes(d, head[0] - 2 * s * F, head[1] - 8 * s, s, F, r=6, gap=11)
    _blush(d, head[0] + 6 * s * F, head[1] + 10 * s, s, gap=20)


BEASTS: dict[str, Beast] = {
    "cow": Beast(
        (250, 250, 246),
        marks="patches",
        mark=(60, 56, 60),
        ears="small",
        tail="tuft",
        extra=("horns", "snout"),
        size=1.15,
    ),
    "calf": Beast(
        (236, 206, 170), marks="patches", mark=(150, 100, 70), ears="small", tail="tuft", extra=("snout",), size=0.85
    ),
    "pig": Beast((250, 180, 190), ears="pointy", tail="curly", extra=("snout",), legs=0.6),
    "donkey": Beast((170, 166, 176), belly=(230, 226, 226), ears="long", tail="tuft", size=1.05),
    "horse": Beast(
        (170, 110, 70),
        ears="pointy",
        tail="tuft",
        extra=("mane",),
        extra_color=(90, 60, 40),
        size=1.2,
        legs=1.3,
        neck=0.35,
    ),
    "foal": Beast(
        (200, 150, 110),
        ears="pointy",
        tail="tuft",
        extra=("mane",),
        extra_color=(130, 90, 60),
        size=0.9,
        legs=1.3,
        neck=0.3,
    ),
    "pony": Beast(
        (236, 226, 216), ears="pointy", tail="tuft", extra=("mane",), extra_color=(200, 150, 110), legs=1.1, neck=0.25
    ),
    "unicorn": Beast(
        (252, 250, 255),
        ears="pointy",
        tail="tuft",
        extra=("rainbow_mane", "horn"),
        extra_color=(250, 210, 90),
        size=1.15,
        legs=1.3,
        neck=0.3,
    ),
    "dog": Beast((210, 160, 100), belly=(250, 236, 210), ears="floppy", tail="thin"),
    "puppy": Beast((236, 200, 150), belly=(252, 244, 226), ears="floppy", tail="thin", size=0.8, head=1.15),
    "deer": Beast(
        (196, 140, 90),
        belly=(250, 236, 216),
        ears="pointy",
        tail="none",
        extra=("antlers",),
        extra_color=(170, 130, 90),
        legs=1.4,
        neck=0.2,
    ),
    "fawn": Beast(
        (206, 150, 100), ears="pointy", marks="spots", mark=(250, 240, 226), tail="none", size=0.85, legs=1.4
    ),
    "reindeer": Beast(
        (160, 116, 80),
        belly=(240, 230, 216),
        ears="pointy",
        tail="none",
        extra=("antlers",),
        extra_color=(200, 170, 120),
        legs=1.3,
        neck=0.2,
    ),
    "wolf": Beast((170, 174, 190), belly=(236, 236, 242), ears="pointy", tail="bushy"),
    "lion": Beast((236, 186, 100), ears="round", tail="tuft", extra=("mane",), extra_color=(200, 120, 60), size=1.15),
    "tiger": Beast(
        (246, 156, 60), belly=(252, 240, 220), ears="round", tail="thin", marks="stripes", mark=(60, 46, 40), size=1.1
    ),
    "leopard": Beast((240, 200, 120), ears="round", tail="thin", marks="spots", mark=(110, 80, 50)),
    "zebra": Beast(
        (250, 250, 250),
        ears="pointy",
        tail="tuft",
        marks="stripes",
        mark=(40, 40, 46),
        extra=("mane",),
        extra_color=(40, 40, 46),
        legs=1.2,
        neck=0.25,
    ),
    "giraffe": Beast(
        (246, 206, 110),
        ears="small",
        tail="tuft",
        marks="spots",
        mark=(180, 110, 60),
        extra=("horns",),
        extra_color=(170, 110, 60),
        legs=1.6,
        neck=1.2,
    ),
    "elephant": Beast(
        (170, 176, 196), ears="none", tail="thin", extra=("trunk", "big_ears"), size=1.45, legs=0.9, head=1.2
    ),
    "rhino": Beast(
        (176, 176, 186), ears="small", tail="thin", extra=("horn",), extra_color=(236, 230, 220), size=1.3, legs=0.8
    ),
    "hippo": Beast((170, 150, 190), ears="small", tail="none", size=1.3, legs=0.6, head=1.25),
    "camel": Beast((216, 176, 120), ears="small", tail="tuft", extra=("hump",), size=1.2, legs=1.5, neck=0.45),
    "alpaca": Beast((250, 240, 226), ears="pointy", tail="none", legs=1.2, neck=0.8),
    "dinosaur": Beast(
        (140, 200, 140),
        belly=(220, 240, 190),
        ears="none",
        tail="thin",
        marks="spots",
        mark=(110, 170, 110),
        size=1.4,
        legs=1.1,
        neck=1.0,
        head=0.8,
    ),
    "badger": Beast(
        (140, 140, 150),
        belly=(230, 230, 236),
        ears="small",
        tail="none",
        legs=0.5,
        marks="stripes",
        mark=(250, 250, 250),
    ),
    "guinea_pig": Beast(
        (230, 170, 110), marks="patches", mark=(250, 246, 236), ears="small", tail="none", legs=0.3, size=0.6
    ),
    "lamb": Beast((250, 250, 246), ears="floppy", tail="none", size=0.8, legs=0.9),
    "kitten": Beast((250, 200, 150), belly=(255, 246, 236), ears="pointy", tail="thin", size=0.75, head=1.2),
}


# ----------------------------------------------------------------------- sitting, round animals


@dataclass(frozen=True)
class Plush:
    body: RGB
    belly: RGB | None = None
    face: RGB | None = None  # a lighter muzzle or face
    ears: str = "round"  # round, small, pointy, long, none
    ear_color: RGB | None = None
    eye_patches: RGB | None = None  # panda, raccoon
    tail: str = ""  # striped, flat, long
    tail_color: RGB | None = None
    size: float = 1.0
    arms: RGB | None = None


def _plush(p: Painter, b: Plush, x: float, y: float, s: float, F: int) -> None:
    d = p.draw
    s = s * b.size
    dark = shade(b.body, 0.75)
    if b.tail == "striped":
        for k in range(5):
            ell(d, x - (40 + k * 14) * s * F, y - (30 + k * 12) * s, 16 * s, 14 * s, b.tail_color if k % 2 else b.body)
    elif b.tail == "flat":
        d.rounded_rectangle(
            box((x - 20 * s * F, y - 20 * s), (x - 90 * s * F, y - 2 * s)),
            radius=int(12 * s),
            fill=b.tail_color or dark,
        )
    elif b.tail == "long":
        d.arc(
            box((x - 120 * s * F, y - 130 * s), (x - 10 * s * F, y - 10 * s)),
            90,
            270,
            fill=dark,
            width=max(2, int(8 * s)),
        )
    for side in (-1, 1):  # feet
        ell(d, x + side * 26 * s, y - 10 * s, 22 * s, 12 * s, dark)
    ell(d, x, y - 62 * s, 50 * s, 56 * s, b.body)
    if b.belly:
        ell(d, x, y - 54 * s, 32 * s, 38 * s, b.belly)
    for side in (-1, 1):  # arms
        ell(d, x + side * 46 * s, y - 70 * s, 14 * s, 24 * s, b.arms or dark)
    hy = y - 142 * s
    ear = b.ear_color or b.body
    for side in (-1, 1):
        if b.ears == "round":
            ell(d, x + side * 34 * s, hy - 32 * s, 16 * s, 16 * s, ear)
        elif b.ears == "small":
            ell(d, x + side * 36 * s, hy - 26 * s, 10 * s, 10 * s, ear)
        elif b.ears == "pointy":
            d.polygon(
                [(x + side * 18 * s, hy - 30 * s), (x + side * 40 * s, hy - 60 * s), (x + side * 42 * s, hy - 18 * s)],
                fill=ear,
            )
        elif b.ears == "long":
            ell(d, x + side * 16 * s, hy - 60 * s, 10 * s, 32 * s, ear)
        elif b.ears == "side":
            ell(d, x + side * 44 * s, hy - 4 * s, 12 * s, 16 * s, ear)
    ell(d, x, hy, 44 * s, 40 * s, b.body)
    if b.face:
        ell(d, x + 4 * s * F, hy + 8 * s, 30 * s, 26 * s, b.face)
    if b.eye_patches:
        for side in (-1, 1):
            ell(d, x + side * 16 * s + 3 * s * F, hy - 6 * s, 13 * s, 11 * s, b.eye_patches)
    _eyes(d, x + 3 * s * F, hy - 6 * s, s, F, r=6, gap=15)
    ell(d, x + 6 * s * F, hy + 10 * s, 7 * s, 5 * s, INK)
    _smile(d, x + 6 * s * F, hy + 16 * s, s, w=8)
    _blush(d, x + 4 * s * F, hy + 12 * s, s, gap=24)


PLUSHES: dict[str, Plush] = {
    "bear": Plush((170, 120, 80), belly=(220, 180, 140), face=(220, 180, 140)),
    "polar_bear": Plush((250, 250, 252), face=(240, 240, 246), ear_color=(236, 236, 240)),
    "panda": Plush((252, 252, 252), eye_patches=(40, 40, 46), ear_color=(40, 40, 46), arms=(40, 40, 46)),
    "koala": Plush((170, 170, 184), belly=(230, 230, 236), ears="round", ear_color=(200, 200, 214)),
    "monkey": Plush(
        (150, 100, 70), belly=(236, 200, 160), face=(236, 200, 160), ears="side", ear_color=(236, 200, 160), tail="long"
    ),
    "gorilla": Plush((80, 80, 90), belly=(130, 126, 136), face=(140, 130, 140), ears="small", size=1.25),
    "meerkat": Plush((220, 180, 130), belly=(246, 226, 190), ears="small", size=0.8, eye_patches=(150, 110, 80)),
    "kangaroo": Plush((210, 140, 90), belly=(240, 200, 160), ears="long", tail="flat", size=1.15),
    "hamster": Plush((240, 190, 120), belly=(255, 246, 230), face=(255, 246, 230), ears="small", size=0.6),
    "mole": Plush((90, 80, 90), ears="none", face=(250, 170, 180), size=0.7),
    "beaver": Plush((160, 110, 70), belly=(200, 160, 120), ears="small", tail="flat", tail_color=(100, 80, 70)),
    "otter": Plush((140, 100, 70), belly=(220, 190, 150), face=(230, 200, 170), ears="small", tail="long"),
    "raccoon": Plush(
        (150, 150, 160),
        belly=(220, 220, 226),
        eye_patches=(50, 50, 60),
        ears="pointy",
        tail="striped",
        tail_color=(60, 60, 70),
    ),
    "monster": Plush((150, 110, 210), belly=(205, 185, 240), face=(190, 170, 235), ears="pointy", size=1.2),
    "vampire": Plush((70, 60, 110), belly=(200, 60, 80), face=(236, 226, 240), ears="pointy", size=1.0),
    "yeti": Plush((246, 248, 255), face=(180, 200, 230), ears="small", size=1.3),
    "seal": Plush((170, 176, 190), belly=(220, 224, 232), ears="none", face=(200, 204, 214)),
    "walrus": Plush((180, 130, 110), face=(220, 180, 160), ears="none", size=1.2),
}


# ----------------------------------------------------------------------- birds


@dataclass(frozen=True)
class Bird:
    body: RGB
    wing: RGB | None = None
    belly: RGB | None = None
    beak: RGB = (245, 160, 60)
    bill: str = "short"  # short, flat, long, hooked, big
    legs: str = "short"  # short, long, none
    neck: float = 0.0
    crest: str = ""  # comb, crown, tuft
    crest_color: RGB = (230, 70, 70)
    tail: str = ""  # fan, long, peacock
    tail_color: RGB | None = None
    size: float = 1.0
    flying: bool = False
    upright: bool = False  # penguins


def _bird(p: Painter, b: Bird, x: float, y: float, s: float, F: int) -> None:
    d = p.draw
    s = s * b.size
    wing = b.wing or shade(b.body, 0.8)
    leg_h = {"short": 18, "long": 90, "none": 0}[b.legs] if not b.flying else 0
    cy = y - (leg_h + 38) * s
    if b.upright:  # a penguin
        for side in (-1, 1):
            ell(d, x + side * 16 * s, y - 6 * s, 16 * s, 7 * s, b.beak)
        ell(d, x, y - 74 * s, 44 * s, 70 * s, b.body)
        ell(d, x + 4 * s * F, y - 64 * s, 30 * s, 54 * s, b.belly or WHITE)
        for side in (-1, 1):
            ell(d, x + side * 44 * s, y - 74 * s, 10 * s, 34 * s, wing)
        _eyes(d, x + 4 * s * F, y - 116 * s, s, F, r=6, gap=12)
        d.polygon(
            [(x + 4 * s * F - 8 * s, y - 102 * s), (x + 4 * s * F + 8 * s, y - 102 * s), (x + 4 * s * F, y - 88 * s)],
            fill=b.beak,
        )
        return
    if not b.flying and leg_h:
        for side in (-1, 1):
            limb(d, (x + side * 10 * s, cy + 26 * s), (x + side * 12 * s, y - 4 * s), 5 * s, b.beak)
            ell(d, x + side * 12 * s + 6 * s * F, y - 3 * s, 10 * s, 4 * s, b.beak)
    tail_col = b.tail_color or wing
    if b.tail == "peacock":
        for k in range(9):
            a = math.pi * (0.6 + k * 0.1)
            tx, ty = x - F * math.cos(a - math.pi / 2) * 10 * s, cy
            ex, ey = x - F * 90 * s * math.sin(a), cy - 90 * s * abs(math.cos(a - math.pi)) - 20 * s
            limb(d, (tx, ty), (ex, ey), 16 * s, tail_col)
            ell(d, ex, ey, 12 * s, 12 * s, (60, 150, 200))
            ell(d, ex, ey, 5 * s, 5 * s, (40, 70, 140))
    elif b.tail == "fan":
        d.polygon([(x - 30 * s * F, cy), (x - 80 * s * F, cy - 46 * s), (x - 86 * s * F, cy + 10 * s)], fill=tail_col)
    elif b.tail == "long":
        d.polygon([(x - 30 * s * F, cy), (x - 110 * s * F, cy + 30 * s), (x - 100 * s * F, cy + 44 * s)], fill=tail_col)
    else:
        d.polygon(
            [(x - 30 * s * F, cy - 4 * s), (x - 62 * s * F, cy - 20 * s), (x - 60 * s * F, cy + 10 * s)], fill=tail_col
        )
    if b.flying:
        for side in (-1, 1):
            d.polygon([(x, cy - 6 * s), (x + side * 64 * s, cy - 56 * s), (x + side * 44 * s, cy + 2 * s)], fill=wing)
    ell(d, x, cy, 40 * s, 30 * s, b.body)
    if b.belly:
        ell(d, x + 8 * s * F, cy + 8 * s, 26 * s, 18 * s, b.belly)
    if not b.flying:
        ell(d, x - 6 * s * F, cy - 2 * s, 26 * s, 18 * s, wing)
    hx, hy = x + 30 * s * F, cy - (26 + b.neck * 90) * s
    if b.neck:
        limb(d, (x + 20 * s * F, cy - 10 * s), (hx, hy), 18 * s, b.body)
    if b.crest == "comb":
        for k in range(3):
            ell(d, hx + (k - 1) * 9 * s * F, hy - 22 * s - (4 if k == 1 else 0) * s, 8 * s, 10 * s, b.crest_color)
        ell(d, hx + 16 * s * F, hy + 18 * s, 6 * s, 9 * s, b.crest_color)
    elif b.crest == "crown":
        for k in range(3):
            limb(d, (hx, hy - 18 * s), (hx + (k - 1) * 12 * s, hy - 44 * s), 3 * s, b.crest_color)
            ell(d, hx + (k - 1) * 12 * s, hy - 46 * s, 5 * s, 5 * s, b.crest_color)
    elif b.crest == "tuft":
        d.polygon(
            [(hx - 10 * s * F, hy - 16 * s), (hx - 2 * s * F, hy - 40 * s), (hx + 6 * s * F, hy - 16 * s)],
            fill=b.crest_color,
        )
    ell(d, hx, hy, 22 * s, 20 * s, b.body)
    bx = hx + 18 * s * F
    if b.bill == "flat":
        d.rounded_rectangle(
            box((bx - 2 * s * F, hy - 2 * s), (bx + 26 * s * F, hy + 10 * s)), radius=int(5 * s), fill=b.beak
        )
    elif b.bill == "long":
        d.polygon([(bx, hy - 4 * s), (bx + 52 * s * F, hy + 6 * s), (bx, hy + 6 * s)], fill=b.beak)
    elif b.bill == "big":
        ell(d, bx + 20 * s * F, hy + 4 * s, 26 * s, 14 * s, b.beak)
    elif b.bill == "hooked":
        d.polygon(
            [(bx, hy - 6 * s), (bx + 18 * s * F, hy), (bx + 10 * s * F, hy + 12 * s), (bx, hy + 6 * s)], fill=b.beak
        )
    else:
        d.polygon([(bx, hy - 5 * s), (bx + 16 * s * F, hy + 1 * s), (bx, hy + 6 * s)], fill=b.beak)
    _eyes(d, hx + 4 * s * F, hy - 5 * s, s, F, r=5, gap=8)


BIRDS: dict[str, Bird] = {
    "duck": Bird((250, 246, 236), wing=(236, 232, 222), beak=(250, 160, 50), bill="flat", legs="short"),
    "duckling": Bird((255, 226, 90), beak=(250, 150, 50), bill="flat", size=0.6),
    "hen": Bird((220, 150, 90), wing=(190, 120, 70), crest="comb", tail="fan", tail_color=(160, 100, 60)),
    "rooster": Bird((240, 110, 60), wing=(60, 120, 90), crest="comb", tail="fan", tail_color=(40, 110, 90), size=1.1),
    "chick": Bird((255, 230, 100), beak=(250, 160, 60), size=0.5),
    "parrot": Bird(
        (90, 190, 90),
        wing=(60, 120, 220),
        belly=(250, 220, 90),
        beak=(250, 240, 220),
        bill="hooked",
        tail="long",
        tail_color=(230, 70, 70),
    ),
    "woodpecker": Bird(
        (40, 40, 50), wing=(250, 250, 250), crest="tuft", crest_color=(230, 60, 60), bill="long", beak=(120, 110, 100)
    ),
    "robin": Bird((140, 110, 90), belly=(240, 120, 70), size=0.7),
    "sparrow": Bird((170, 130, 100), belly=(236, 220, 200), size=0.65),
    "swan": Bird((252, 252, 252), beak=(250, 140, 60), bill="short", neck=0.8, size=1.2),
    "stork": Bird((250, 250, 250), wing=(40, 40, 46), beak=(230, 80, 60), bill="long", legs="long", neck=0.4),
    "eagle": Bird((140, 100, 70), wing=(120, 84, 60), beak=(250, 200, 60), bill="hooked", size=1.1, flying=True),
    "peacock": Bird(
        (60, 110, 200),
        wing=(50, 140, 160),
        crest="crown",
        crest_color=(60, 110, 200),
        tail="peacock",
        tail_color=(60, 160, 110),
    ),
    "hummingbird": Bird((90, 200, 170), belly=(250, 110, 150), bill="long", beak=(60, 60, 70), size=0.5, flying=True),
    "dove": Bird((246, 246, 250), wing=(226, 226, 236), beak=(240, 170, 120), flying=True),
    "bird": Bird((110, 160, 236), belly=(250, 250, 250), flying=True, size=0.8),
    "seagull": Bird((250, 250, 250), wing=(170, 176, 190), beak=(250, 200, 60), flying=True),
    "pelican": Bird((250, 250, 246), beak=(250, 180, 80), bill="big", neck=0.3, size=1.2),
    "toucan": Bird((40, 40, 50), belly=(250, 230, 120), beak=(250, 150, 40), bill="big"),
    "flamingo": Bird((250, 150, 170), beak=(60, 60, 70), legs="long", neck=0.8),
    "crow": Bird((60, 60, 76), beak=(80, 80, 90)),
    "phoenix": Bird(
        (250, 140, 60),
        wing=(250, 200, 70),
        beak=(250, 230, 120),
        crest="crown",
        crest_color=(250, 220, 90),
        tail="long",
        tail_color=(240, 80, 60),
        flying=True,
        size=1.1,
    ),
}
BIRDS["goose"] = Bird((250, 250, 246), beak=(250, 150, 50), bill="flat", neck=0.6, size=1.1)
BIRDS["penguin"] = Bird((50, 56, 76), belly=(252, 252, 252), beak=(250, 170, 60), upright=True)


# ----------------------------------------------------------------------- small winged and crawling things


def _wings(d, x, y, s, col: RGB, big: bool = False) -> None:
    for side in (-1, 1):
        ell(
            d,
            x + side * (26 if big else 18) * s,
            y - (18 if big else 14) * s,
            (28 if big else 16) * s,
            (22 if big else 12) * s,
            col,
        )


def _bee(p: Painter, x, y, s, F, stripes: RGB = (50, 46, 50), body: RGB = (250, 206, 60), fuzzy: bool = False) -> None:
    d = p.draw
    _wings(d, x, y, s, (236, 246, 255), big=fuzzy)
    ell(d, x, y, (30 if fuzzy else 26) * s, (22 if fuzzy else 18) * s, body)
    for k in (-1, 1):
        d.line((x + k * 9 * s, y - 18 * s, x + k * 9 * s, y + 18 * s), fill=stripes, width=max(2, int(7 * s)))
    ell(d, x + 26 * s * F, y - 4 * s, 14 * s, 13 * s, stripes)
    _eyes(d, x + 28 * s * F, y - 6 * s, s, F, r=3.5, gap=5)


def _butterfly(p: Painter, x, y, s, F, col: RGB = (240, 140, 200), spot: RGB = (255, 220, 100)) -> None:
    d = p.draw
    for side in (-1, 1):
        ell(d, x + side * 24 * s, y - 16 * s, 24 * s, 22 * s, col)
        ell(d, x + side * 18 * s, y + 14 * s, 16 * s, 14 * s, shade(col, 0.85))
        ell(d, x + side * 26 * s, y - 18 * s, 8 * s, 8 * s, spot)
    ell(d, x, y, 6 * s, 24 * s, (70, 60, 70))
    for side in (-1, 1):
        d.line((x, y - 22 * s, x + side * 12 * s, y - 40 * s), fill=(70, 60, 70), width=max(1, int(2 * s)))


def _firefly(p: Painter, x, y, s, F) -> None:
    d = p.draw
    p.glow(x - 14 * s * F, y + 4 * s, 34 * s, 230)
    _wings(d, x, y - 2 * s, s, (226, 236, 250))
    ell(d, x - 12 * s * F, y + 4 * s, 16 * s, 12 * s, (255, 246, 150))
    ell(d, x + 8 * s * F, y, 12 * s, 10 * s, (90, 80, 100))
    ell(d, x + 20 * s * F, y - 4 * s, 9 * s, 9 * s, (90, 80, 100))
    _eyes(d, x + 22 * s * F, y - 6 * s, s, F, r=3, gap=4)


def _dragonfly(p: Painter, x, y, s, F) -> None:
    d = p.draw
    for side in (-1, 1):
        ell(d, x + side * 30 * s, y - 8 * s, 30 * s, 8 * s, (210, 240, 255))
        ell(d, x + side * 26 * s, y + 8 * s, 26 * s, 7 * s, (210, 240, 255))
    d.line((x - 50 * s * F, y, x + 10 * s * F, y), fill=(60, 160, 200), width=max(2, int(8 * s)))
    ell(d, x + 16 * s * F, y, 10 * s, 10 * s, (60, 160, 200))
    _eyes(d, x + 18 * s * F, y - 3 * s, s, F, r=3.5, gap=5)


def _beetle(p: Painter, x, y, s, F, col: RGB = (90, 120, 200), spots: bool = False) -> None:
    d = p.draw
    for k in (-1, 0, 1):
        d.line((x + k * 18 * s, y - 10 * s, x + k * 24 * s, y), fill=INK, width=max(1, int(3 * s)))
    ell(d, x + 34 * s * F, y - 22 * s, 16 * s, 14 * s, (50, 50, 60))
    _eyes(d, x + 38 * s * F, y - 24 * s, s, F, r=4, gap=6)
    d.chord((x - 36 * s, y - 60 * s, x + 36 * s, y + 6 * s), 180, 360, fill=col)
    d.line((x, y - 58 * s, x, y - 26 * s), fill=shade(col, 0.6), width=max(1, int(3 * s)))
    if spots:
        for px, py in ((-16, -40), (16, -42), (-22, -30), (22, -30)):
            ell(d, x + px * s, y + py * s, 5 * s, 5 * s, (50, 50, 60))


def _ant(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (150, 80, 60)
    for k in (-1, 0, 1):
        d.line((x + k * 12 * s, y - 14 * s, x + k * 18 * s, y), fill=INK, width=max(1, int(3 * s)))
    for k, r in ((-1, 14), (0, 10), (1, 12)):
        ell(d, x + k * 22 * s * F, y - 18 * s, r * s, r * 0.85 * s, col)
    _eyes(d, x + 24 * s * F, y - 20 * s, s, F, r=3.5, gap=5)
    d.line((x + 26 * s * F, y - 28 * s, x + 40 * s * F, y - 44 * s), fill=INK, width=max(1, int(2 * s)))


def _spider(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (120, 100, 150)
    for side in (-1, 1):
        for k in range(4):
            d.line(
                (x, y - 26 * s, x + side * (30 + k * 6) * s, y - (50 - k * 16) * s, x + side * (44 + k * 6) * s, y),
                fill=shade(col, 0.8),
                width=max(2, int(4 * s)),
                joint="curve",
            )
    ell(d, x, y - 26 * s, 26 * s, 22 * s, col)
    _eyes(d, x, y - 30 * s, s, F, r=5, gap=8)
    _smile(d, x, y - 18 * s, s, w=6)


def _caterpillar(p: Painter, x, y, s, F, col: RGB = (130, 200, 90)) -> None:
    d = p.draw
    for k in range(5):
        ell(
            d,
            x - (k - 2) * 18 * s * F,
            y - 16 * s - (6 if k % 2 else 0) * s,
            14 * s,
            14 * s,
            col if k else mix(col, (255, 255, 255), 0.2),
        )
    hx = x + 40 * s * F
    ell(d, hx, y - 24 * s, 16 * s, 16 * s, shade(col, 0.9))
    _eyes(d, hx + 3 * s * F, y - 28 * s, s, F, r=4, gap=6)
    for side in (-1, 1):
        d.line((hx + side * 6 * s, y - 38 * s, hx + side * 10 * s, y - 52 * s), fill=INK, width=max(1, int(2 * s)))


def _worm(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (240, 150, 160)
    d.line(
        (x - 40 * s * F, y - 8 * s, x - 14 * s * F, y - 20 * s, x + 12 * s * F, y - 8 * s, x + 30 * s * F, y - 22 * s),
        fill=col,
        width=max(3, int(16 * s)),
        joint="curve",
    )
    ell(d, x + 32 * s * F, y - 24 * s, 11 * s, 11 * s, col)
    _eyes(d, x + 34 * s * F, y - 26 * s, s, F, r=3, gap=4)


def _grasshopper(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (120, 200, 90)
    limb(d, (x - 10 * s * F, y - 20 * s), (x - 30 * s * F, y - 50 * s), 8 * s, shade(col, 0.85))
    limb(d, (x - 30 * s * F, y - 50 * s), (x - 40 * s * F, y - 2 * s), 6 * s, shade(col, 0.85))
    ell(d, x, y - 22 * s, 34 * s, 13 * s, col)
    ell(d, x + 32 * s * F, y - 28 * s, 14 * s, 13 * s, col)
    _eyes(d, x + 35 * s * F, y - 30 * s, s, F, r=4, gap=5)
    d.line((x + 40 * s * F, y - 40 * s, x + 60 * s * F, y - 70 * s), fill=shade(col, 0.6), width=max(1, int(2 * s)))


# ----------------------------------------------------------------------- sea animals


def _fishlike(
    p: Painter,
    x,
    y,
    s,
    F,
    col: RGB,
    stripes: RGB | None = None,
    big: float = 1.0,
    fin: bool = False,
    horn: bool = False,
    belly: RGB | None = None,
    spout: bool = False,
) -> None:
    d = p.draw
    rx, ry = 46 * s * big, 28 * s * big
    d.polygon(
        [
            (x - rx * 0.8 * F, y),
            (x - (rx + 36 * s * big) * F, y - 28 * s * big),
            (x - (rx + 30 * s * big) * F, y + 24 * s * big),
        ],
        fill=shade(col, 0.8),
    )
    if fin:
        d.polygon(
            [
                (x - 10 * s * big * F, y - ry + 4 * s),
                (x + 10 * s * big * F, y - ry - 28 * s * big),
                (x + 24 * s * big * F, y - ry + 6 * s),
            ],
            fill=shade(col, 0.85),
        )
    ell(d, x, y, rx, ry, col)
    ell(d, x + 6 * s * F, y + ry * 0.35, rx * 0.7, ry * 0.45, belly or mix(col, WHITE, 0.5))
    if stripes:
        for k in (-0.35, 0.15):
            d.line(
                (x + rx * k * F, y - ry * 0.9, x + rx * k * F, y + ry * 0.9),
                fill=stripes,
                width=max(3, int(9 * s * big)),
            )
    if horn:
        d.polygon(
            [(x + rx * 0.8 * F, y - 8 * s), (x + (rx + 60 * s) * F, y - 30 * s), (x + rx * 0.8 * F, y)],
            fill=(250, 240, 210),
        )
    if spout:
        for k in (-1, 0, 1):
            d.line((x, y - ry, x + k * 18 * s, y - ry - 40 * s), fill=(220, 240, 255), width=max(2, int(5 * s)))
    ell(d, x + rx * 0.5 * F, y - ry * 0.25, 7 * s * min(big, 1.4), 7 * s * min(big, 1.4), WHITE)
    ell(d, x + rx * 0.52 * F, y - ry * 0.22, 4 * s * min(big, 1.4), 4 * s * min(big, 1.4), INK)
    d.arc(
        (x + rx * 0.45 * F - 12 * s, y, x + rx * 0.45 * F + 12 * s, y + 14 * s),
        20,
        160,
        fill=INK,
        width=max(2, int(3 * s)),
    )


def _octopus(p: Painter, x, y, s, F, col: RGB = (236, 130, 170)) -> None:
    d = p.draw
    for k in range(6):
        tx = x + (k - 2.5) * 18 * s
        d.line(
            (tx, y - 60 * s, tx + math.sin(k) * 16 * s, y - 30 * s, tx - math.sin(k) * 10 * s, y),
            fill=col,
            width=max(3, int(14 * s)),
            joint="curve",
        )
    ell(d, x, y - 86 * s, 50 * s, 48 * s, col)
    _eyes(d, x + 2 * s * F, y - 90 * s, s, F, r=8, gap=16)
    _smile(d, x + 2 * s * F, y - 70 * s, s)
    _blush(d, x, y - 74 * s, s)


def _jellyfish(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (200, 170, 250)
    for k in range(5):
        tx = x + (k - 2) * 14 * s
        d.line(
            (tx, y - 70 * s, tx + math.sin(k * 1.7) * 10 * s, y - 30 * s, tx, y),
            fill=mix(col, WHITE, 0.3),
            width=max(2, int(5 * s)),
            joint="curve",
        )
    d.chord((x - 44 * s, y - 120 * s, x + 44 * s, y - 40 * s), 180, 360, fill=col)
    p.glow(x, y - 80 * s, 50 * s, 120)
    _eyes(d, x, y - 90 * s, s, F, r=5, gap=12)
    _smile(d, x, y - 76 * s, s, w=6)


def _starfish(p: Painter, x, y, s, F) -> None:
    d = p.draw
    star(d, x, y - 40 * s, 44 * s, (250, 150, 90))
    _eyes(d, x, y - 44 * s, s, F, r=4, gap=7)
    _smile(d, x, y - 34 * s, s, w=5)


def _seahorse(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (250, 190, 80)
    d.line(
        (x, y - 90 * s, x - 8 * s * F, y - 50 * s, x + 6 * s * F, y - 20 * s, x - 14 * s * F, y - 4 * s),
        fill=col,
        width=max(3, int(22 * s)),
        joint="curve",
    )
    ell(d, x + 6 * s * F, y - 108 * s, 20 * s, 18 * s, col)
    d.rounded_rectangle(box((x + 20 * s * F, y - 112 * s), (x + 44 * s * F, y - 102 * s)), radius=int(4 * s), fill=col)
    d.polygon(
        [(x - 10 * s * F, y - 80 * s), (x - 30 * s * F, y - 70 * s), (x - 10 * s * F, y - 56 * s)],
        fill=shade(col, 0.85),
    )
    _eyes(d, x + 8 * s * F, y - 112 * s, s, F, r=4, gap=0.1)


def _crab(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (236, 96, 80)
    for side in (-1, 1):
        for k in range(3):
            d.line(
                (x + side * 20 * s, y - 20 * s, x + side * (44 + k * 6) * s, y - (12 - k * 6) * s),
                fill=col,
                width=max(2, int(5 * s)),
            )
        limb(d, (x + side * 30 * s, y - 34 * s), (x + side * 54 * s, y - 60 * s), 8 * s, col)
        d.pieslice((x + side * 54 * s - 16 * s, y - 80 * s, x + side * 54 * s + 16 * s, y - 50 * s), 200, 520, fill=col)
    ell(d, x, y - 30 * s, 40 * s, 24 * s, col)
    for side in (-1, 1):
        d.line((x + side * 10 * s, y - 50 * s, x + side * 12 * s, y - 64 * s), fill=col, width=max(2, int(4 * s)))
    _eyes(d, x, y - 66 * s, s, F, r=5, gap=12)
    _smile(d, x, y - 28 * s, s, w=8)


# ----------------------------------------------------------------------- reptiles and frogs


def _frog(p: Painter, x, y, s, F, col: RGB = (110, 196, 100)) -> None:
    d = p.draw
    for side in (-1, 1):
        ell(d, x + side * 34 * s, y - 12 * s, 24 * s, 12 * s, shade(col, 0.85))
    ell(d, x, y - 40 * s, 46 * s, 36 * s, col)
    ell(d, x, y - 32 * s, 30 * s, 22 * s, mix(col, (255, 250, 220), 0.55))
    for side in (-1, 1):
        ell(d, x + side * 22 * s, y - 76 * s, 16 * s, 16 * s, col)
    _eyes(d, x, y - 78 * s, s, F, r=8, gap=22)
    d.arc((x - 24 * s, y - 70 * s, x + 24 * s, y - 44 * s), 20, 160, fill=INK, width=max(2, int(3 * s)))
    _blush(d, x, y - 56 * s, s, gap=30)


def _longlow(p: Painter, x, y, s, F, col: RGB, size: float = 1.0, teeth: bool = False, curl: bool = False) -> None:
    """Crocodiles, lizards, chameleons: a long, low body on short legs."""
    d = p.draw
    s = s * size
    if curl:
        d.arc(
            (x - 90 * s * F - 26 * s, y - 60 * s, x - 90 * s * F + 26 * s, y - 8 * s),
            0,
            360,
            fill=col,
            width=max(3, int(10 * s)),
        )
    else:
        d.polygon([(x - 40 * s * F, y - 30 * s), (x - 120 * s * F, y - 14 * s), (x - 40 * s * F, y - 14 * s)], fill=col)
    for k in (-1, 1):
        for side in (-1, 1):
            ell(d, x + k * 26 * s + side * 4 * s, y - 8 * s, 9 * s, 9 * s, shade(col, 0.8))
    ell(d, x, y - 26 * s, 52 * s, 20 * s, col)
    for k in range(4):
        ell(d, x - 30 * s + k * 18 * s, y - 42 * s, 6 * s, 5 * s, shade(col, 0.8))
    hx = x + 56 * s * F
    d.rounded_rectangle(box((hx - 20 * s * F, y - 42 * s), (hx + 44 * s * F, y - 16 * s)), radius=int(12 * s), fill=col)
    if teeth:
        for k in range(3):
            d.polygon(
                [
                    (hx + (4 + k * 12) * s * F, y - 18 * s),
                    (hx + (10 + k * 12) * s * F, y - 18 * s),
                    (hx + (7 + k * 12) * s * F, y - 12 * s),
                ],
                fill=WHITE,
            )
    _eyes(d, hx, y - 44 * s, s, F, r=6, gap=8)


def _snake(p: Painter, x, y, s, F, col: RGB = (120, 200, 120)) -> None:
    d = p.draw
    pts = [
        (x - 70 * s * F, y - 10 * s),
        (x - 30 * s * F, y - 24 * s),
        (x + 10 * s * F, y - 8 * s),
        (x + 40 * s * F, y - 30 * s),
        (x + 40 * s * F, y - 70 * s),
    ]
    d.line(pts, fill=col, width=max(3, int(20 * s)), joint="curve")
    for px, py in pts[:-1]:
        ell(d, px, py, 6 * s, 4 * s, shade(col, 0.8))
    ell(d, x + 44 * s * F, y - 80 * s, 20 * s, 16 * s, col)
    _eyes(d, x + 46 * s * F, y - 84 * s, s, F, r=5, gap=8)
    d.line((x + 60 * s * F, y - 74 * s, x + 72 * s * F, y - 72 * s), fill=(240, 100, 120), width=max(1, int(3 * s)))


# ----------------------------------------------------------------------- people and gentle creatures


@dataclass(frozen=True)
class Person:
    outfit: RGB
    hair: RGB = (110, 72, 44)
    skin: RGB = (240, 205, 180)
    hat: str = (
        ""  # crown, tiara, chef, helmet, fire, cap, straw, pirate, pointed, beret, safari, hard, sailor, astronaut,
    )
    # knight, nurse, gnome, bun
    hat_color: RGB = (90, 110, 190)
    child: bool = False
    size: float = 1.0
    beard: RGB | None = None
    dress: bool = False
    apron: RGB | None = None
    glasses: bool = False
    wings: RGB | None = None  # fairies
    tail: RGB | None = None  # a mermaid's
    cape: RGB | None = None
    nose: RGB | None = None  # a clown's
    ears: bool = False  # an elf's pointed ears
    held: str = ""  # book, staff, wand, stethoscope, brush, notes


def _person(p: Painter, b: Person, x: float, y: float, s: float, F: int) -> None:
    d = p.draw
    s = s * b.size * (0.72 if b.child else 1.0)
    top = y - 250 * s
    if b.wings:
        for side in (-1, 1):
            ell(d, x + side * 50 * s, top + 60 * s, 40 * s, 56 * s, b.wings)
        p.glow(x, top + 60 * s, 70 * s, 90)
    if b.cape:
        d.polygon(
            [
                (x - 40 * s, top + 30 * s),
                (x + 40 * s, top + 30 * s),
                (x + 76 * s, y - 10 * s),
                (x - 76 * s, y - 10 * s),
            ],
            fill=b.cape,
        )
    if b.tail:  # a mermaid: a fish tail instead of legs
        d.polygon(
            [
                (x - 42 * s, top + 130 * s),
                (x + 42 * s, top + 130 * s),
                (x + 10 * s, y - 40 * s),
                (x - 10 * s, y - 40 * s),
            ],
            fill=b.tail,
        )
        d.polygon([(x, y - 50 * s), (x - 50 * s, y), (x + 50 * s, y)], fill=shade(b.tail, 0.85))
    else:
        for side in (-1, 1):
            limb(d, (x + side * 18 * s, top + 150 * s), (x + side * 20 * s, y - 10 * s), 24 * s, shade(b.outfit, 0.7))
            ell(d, x + side * 20 * s + 8 * s * F, y - 6 * s, 20 * s, 10 * s, (90, 66, 50))
    if b.dress:
        d.polygon(
            [
                (x - 40 * s, top + 30 * s),
                (x + 40 * s, top + 30 * s),
                (x + 76 * s, top + 190 * s),
                (x - 76 * s, top + 190 * s),
            ],
            fill=b.outfit,
        )
    elif not b.tail:
        d.rounded_rectangle((x - 46 * s, top + 30 * s, x + 46 * s, top + 170 * s), radius=int(22 * s), fill=b.outfit)
    else:
        d.rounded_rectangle((x - 40 * s, top + 30 * s, x + 40 * s, top + 136 * s), radius=int(20 * s), fill=b.outfit)
    if b.apron:
        d.rounded_rectangle((x - 30 * s, top + 70 * s, x + 30 * s, top + 168 * s), radius=int(10 * s), fill=b.apron)
    for side in (-1, 1):  # arms
        hand = (x + side * 62 * s, top + 120 * s)
        limb(d, (x + side * 40 * s, top + 46 * s), hand, 20 * s, b.outfit)
        ell(d, *hand, 11 * s, 11 * s, b.skin)
    hx, hy = x, top - 10 * s
    if b.hat == "bun" or not b.hat or b.hat in ("tiara", "crown", "beret", "cap", "sailor", "nurse"):
        d.pieslice((hx - 46 * s, hy - 48 * s, hx + 46 * s, hy + 40 * s), 180, 360, fill=b.hair)
        if b.dress or b.hat == "bun":
            d.rounded_rectangle((hx - 46 * s, hy - 10 * s, hx + 46 * s, hy + 50 * s), radius=int(20 * s), fill=b.hair)
        if b.hat == "bun":
            ell(d, hx, hy - 48 * s, 18 * s, 16 * s, b.hair)
    if b.ears:
        for side in (-1, 1):
            d.polygon(
                [
                    (hx + side * 36 * s, hy - 4 * s),
                    (hx + side * 62 * s, hy - 26 * s),
                    (hx + side * 38 * s, hy + 12 * s),
                ],
                fill=b.skin,
            )
    ell(d, hx, hy, 40 * s, 40 * s, b.skin)
    d.pieslice((hx - 42 * s, hy - 44 * s, hx + 42 * s, hy + 8 * s), 180, 360, fill=b.hair)
    if b.beard:
        d.chord((hx - 36 * s, hy - 6 * s, hx + 36 * s, hy + 70 * s), 0, 180, fill=b.beard)
        ell(d, hx, hy + 10 * s, 26 * s, 16 * s, b.beard)
    _eyes(d, hx + 3 * s * F, hy - 2 * s, s, F, r=5.5, gap=14)
    if b.glasses:
        for side in (-1, 1):
            ell(
                d,
                hx + side * 14 * s + 3 * s * F,
                hy - 2 * s,
                11 * s,
                10 * s,
                None,
                outline=(80, 70, 80),
                width=max(2, int(3 * s)),
            )
    if b.nose:
        ell(d, hx + 4 * s * F, hy + 10 * s, 10 * s, 10 * s, b.nose)
    if not b.beard:
        _smile(d, hx + 3 * s * F, hy + 16 * s, s, w=9)
        _blush(d, hx + 3 * s * F, hy + 12 * s, s, gap=22)
    h, hc = b.hat, b.hat_color
    if h == "crown":
        d.polygon(
            [
                (hx - 30 * s, hy - 34 * s),
                (hx - 30 * s, hy - 70 * s),
                (hx - 15 * s, hy - 50 * s),
                (hx, hy - 76 * s),
                (hx + 15 * s, hy - 50 * s),
                (hx + 30 * s, hy - 70 * s),
                (hx + 30 * s, hy - 34 * s),
            ],
            fill=(245, 200, 60),
        )
        ell(d, hx, hy - 48 * s, 5 * s, 5 * s, (220, 60, 90))
    elif h == "tiara":
        d.polygon([(hx - 24 * s, hy - 36 * s), (hx, hy - 60 * s), (hx + 24 * s, hy - 36 * s)], fill=(250, 220, 120))
        ell(d, hx, hy - 46 * s, 5 * s, 5 * s, (120, 200, 250))
    elif h == "chef":
        d.rectangle((hx - 30 * s, hy - 60 * s, hx + 30 * s, hy - 30 * s), fill=WHITE)
        for k in (-1, 0, 1):
            ell(d, hx + k * 22 * s, hy - 70 * s, 22 * s, 20 * s, WHITE)
    elif h in ("helmet", "fire", "hard"):
        col = {"fire": (220, 60, 50), "hard": (250, 200, 50)}.get(h, hc)
        d.chord((hx - 46 * s, hy - 56 * s, hx + 46 * s, hy + 20 * s), 180, 360, fill=col)
        d.rectangle((hx - 54 * s, hy - 20 * s, hx + 54 * s, hy - 12 * s), fill=shade(col, 0.85))
    elif h in ("cap", "sailor"):
        d.chord((hx - 42 * s, hy - 52 * s, hx + 42 * s, hy + 6 * s), 180, 360, fill=hc if h == "cap" else WHITE)
        d.rectangle(
            box((hx, hy - 26 * s), (hx + 60 * s * F, hy - 18 * s)), fill=shade(hc, 0.7) if h == "cap" else (40, 60, 120)
        )
    elif h == "nurse":
        d.rectangle((hx - 26 * s, hy - 52 * s, hx + 26 * s, hy - 36 * s), fill=WHITE)
        d.line((hx, hy - 50 * s, hx, hy - 38 * s), fill=(230, 80, 80), width=max(2, int(4 * s)))
    elif h in ("straw", "safari"):
        col = (240, 210, 130) if h == "straw" else (200, 180, 130)
        ell(d, hx, hy - 34 * s, 70 * s, 14 * s, col)
        d.chord((hx - 40 * s, hy - 80 * s, hx + 40 * s, hy - 10 * s), 180, 360, fill=col)
        d.rectangle((hx - 38 * s, hy - 44 * s, hx + 38 * s, hy - 38 * s), fill=hc)
    elif h == "pirate":
        d.polygon(
            [
                (hx - 60 * s, hy - 34 * s),
                (hx + 60 * s, hy - 34 * s),
                (hx + 30 * s, hy - 80 * s),
                (hx - 30 * s, hy - 80 * s),
            ],
            fill=(50, 50, 60),
        )
        ell(d, hx, hy - 56 * s, 8 * s, 8 * s, WHITE)
    elif h in ("pointed", "gnome"):
        col = hc if h == "pointed" else (220, 70, 70)
        ell(d, hx, hy - 34 * s, 62 * s if h == "pointed" else 46 * s, 10 * s, shade(col, 0.85))
        d.polygon([(hx - 44 * s, hy - 34 * s), (hx + 44 * s, hy - 34 * s), (hx + 14 * s * F, hy - 140 * s)], fill=col)
        if h == "pointed":
            star(d, hx + 2 * s * F, hy - 72 * s, 10 * s, (250, 220, 90))
    elif h == "beret":
        ell(d, hx - 4 * s * F, hy - 40 * s, 42 * s, 16 * s, hc)
    elif h == "astronaut":
        ell(d, hx, hy, 52 * s, 52 * s, None, outline=(230, 236, 246), width=max(3, int(10 * s)))
    elif h == "knight":
        d.chord((hx - 44 * s, hy - 50 * s, hx + 44 * s, hy + 40 * s), 180, 360, fill=(200, 206, 220))
        d.rectangle((hx - 44 * s, hy - 6 * s, hx + 44 * s, hy + 4 * s), fill=(200, 206, 220))
        d.polygon(
            [(hx, hy - 50 * s), (hx - 20 * s * F, hy - 90 * s), (hx + 10 * s * F, hy - 56 * s)], fill=(230, 80, 90)
        )
    held = b.held
    hand = (x + 62 * s * F, top + 120 * s)
    if held == "book":
        d.rectangle(
            box((hand[0] - 4 * s * F, hand[1] - 30 * s), (hand[0] + 34 * s * F, hand[1] + 6 * s)), fill=(200, 80, 80)
        )
    elif held == "staff":
        d.line((hand[0], hand[1] - 140 * s, hand[0], y), fill=(150, 110, 70), width=max(2, int(7 * s)))
        d.arc(
            (hand[0] - 20 * s, hand[1] - 170 * s, hand[0] + 20 * s, hand[1] - 130 * s),
            180,
            360,
            fill=(150, 110, 70),
            width=max(2, int(7 * s)),
        )
    elif held == "wand":
        d.line((hand, (hand[0] + 30 * s * F, hand[1] - 50 * s)), fill=(120, 90, 70), width=max(2, int(5 * s)))
        star(d, hand[0] + 32 * s * F, hand[1] - 56 * s, 14 * s, (255, 226, 110))
        p.glow(hand[0] + 32 * s * F, hand[1] - 56 * s, 40 * s, 160)
    elif held == "stethoscope":
        d.arc(
            (x - 24 * s, top + 30 * s, x + 24 * s, top + 100 * s), 0, 180, fill=(80, 90, 110), width=max(2, int(4 * s))
        )
    elif held == "brush":
        d.line((hand, (hand[0] + 20 * s * F, hand[1] - 60 * s)), fill=(170, 120, 80), width=max(2, int(6 * s)))
        ell(d, hand[0] + 22 * s * F, hand[1] - 64 * s, 7 * s, 10 * s, (230, 80, 120))
    elif held == "notes":
        for k in range(2):
            nx, ny = hand[0] + (20 + k * 30) * s * F, hand[1] - (60 + k * 24) * s
            ell(d, nx, ny, 8 * s, 6 * s, INK)
            d.line((nx + 7 * s, ny, nx + 7 * s, ny - 26 * s), fill=INK, width=max(1, int(3 * s)))


GREY: RGB = (200, 200, 206)
PEOPLE: dict[str, Person] = {
    "grandma": Person((180, 110, 160), hair=GREY, hat="bun", glasses=True, dress=True),
    "grandpa": Person((120, 140, 110), hair=GREY, glasses=True, beard=(230, 230, 234)),
    "mum": Person((90, 150, 210), hair=(150, 90, 60), dress=True),
    "dad": Person((80, 120, 90), hair=(90, 60, 40)),
    "brother": Person((230, 140, 60), child=True),
    "sister": Person((240, 130, 170), hair=(180, 110, 60), child=True, dress=True),
    "cousin": Person((120, 190, 150), hair=(60, 44, 40), child=True),
    "aunt": Person((210, 110, 100), hair=(100, 60, 40), dress=True),
    "uncle": Person((110, 120, 170), hair=(60, 50, 40), beard=(70, 56, 46)),
    "friend": Person((250, 190, 80), child=True),
    "neighbour": Person((170, 130, 200), hair=(130, 90, 70)),
    "teacher": Person((150, 110, 180), glasses=True, held="book"),
    "doctor": Person((246, 246, 250), held="stethoscope"),
    "dentist": Person((226, 240, 248), held="brush"),
    "nurse": Person((150, 200, 236), hat="nurse", dress=True),
    "vet": Person((110, 180, 150), held="stethoscope"),
    "baker": Person((250, 250, 250), hat="chef", apron=(240, 220, 190)),
    "firefighter": Person((230, 90, 60), hat="fire"),
    "police_officer": Person((60, 80, 150), hat="cap", hat_color=(50, 70, 140)),
    "astronaut": Person((236, 240, 248), hat="astronaut"),
    "pilot": Person((50, 70, 130), hat="cap", hat_color=(40, 60, 120)),
    "bus_driver": Person((80, 130, 170), hat="cap", hat_color=(70, 110, 150)),
    "postman": Person((70, 110, 190), hat="cap", hat_color=(60, 90, 170), held="book"),
    "cook": Person((250, 250, 250), hat="chef", apron=(230, 230, 236)),
    "gardener": Person((120, 170, 90), hat="straw", hat_color=(120, 170, 90), apron=(90, 140, 80)),
    "farmer": Person((70, 120, 190), hat="straw", hat_color=(200, 80, 70), apron=(70, 120, 190)),
    "fisherman": Person((250, 210, 60), hat="sailor"),
    "shepherd": Person((170, 140, 100), held="staff"),
    "builder": Person((250, 150, 60), hat="hard"),
    "lighthouse_keeper": Person((60, 90, 150), hat="cap", hat_color=(50, 60, 100), beard=(220, 220, 226)),
    "explorer": Person((200, 180, 130), hat="safari", hat_color=(150, 110, 70)),
    "scientist": Person((246, 246, 250), glasses=True),
    "inventor": Person((180, 140, 100), glasses=True, hair=GREY, apron=(120, 100, 90)),
    "painter": Person((250, 250, 246), hat="beret", hat_color=(200, 60, 80), held="brush"),
    "musician": Person((140, 100, 180), held="notes"),
    "dancer": Person((250, 170, 200), dress=True, hat="bun", hair=(80, 56, 44)),
    "clown": Person((250, 200, 60), hair=(240, 90, 60), nose=(240, 60, 60), apron=(90, 170, 240)),
    "librarian": Person((150, 100, 90), glasses=True, held="book", hat="bun"),
    "princess": Person((246, 160, 200), hair=(240, 200, 100), hat="tiara", dress=True),
    "prince": Person((90, 130, 210), hat="crown", cape=(200, 60, 80)),
    "king": Person((200, 50, 70), hat="crown", cape=(150, 40, 60), beard=(240, 240, 240), hair=GREY),
    "queen": Person((150, 90, 190), hat="crown", dress=True, cape=(110, 60, 160)),
    "knight": Person((200, 206, 220), hat="knight", cape=(60, 110, 200)),
    "pirate": Person((230, 80, 70), hat="pirate", beard=(80, 56, 40)),
    "sailor": Person((250, 250, 250), hat="sailor"),
    "captain": Person((40, 60, 110), hat="cap", hat_color=(40, 50, 90), beard=(220, 220, 226)),
    "fairy": Person((200, 230, 170), hair=(250, 210, 120), dress=True, wings=(220, 236, 255), size=0.6, held="wand"),
    "elf": Person((90, 170, 90), hat="pointed", hat_color=(70, 150, 80), ears=True, size=0.75),
    "gnome": Person((90, 120, 200), hat="gnome", beard=(246, 246, 246), size=0.6),
    "dwarf": Person((170, 110, 70), hat="cap", hat_color=(120, 80, 60), beard=(170, 110, 60), size=0.7),
    "mermaid": Person((250, 170, 190), hair=(240, 120, 80), tail=(80, 190, 170)),
    "giant": Person((150, 170, 110), hair=(120, 80, 60), size=1.45),
    "troll": Person((140, 170, 120), skin=(150, 190, 130), hair=(90, 110, 70), size=1.3, nose=(130, 170, 110)),
    "wizard": Person((80, 100, 180), hat="pointed", hat_color=(70, 80, 170), beard=(240, 240, 244), held="staff"),
    "witch": Person(
        (130, 90, 180), hat="pointed", hat_color=(110, 70, 160), hair=(240, 120, 60), dress=True, held="wand"
    ),
    "scarecrow": Person(
        (110, 140, 200), hat="straw", hat_color=(200, 80, 70), hair=(240, 210, 120), skin=(240, 220, 170)
    ),
}


def _ghost(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (248, 248, 255)
    p.glow(x, y - 80 * s, 80 * s, 90)
    d.chord((x - 50 * s, y - 170 * s, x + 50 * s, y - 40 * s), 180, 360, fill=col)
    d.rectangle((x - 50 * s, y - 106 * s, x + 50 * s, y - 30 * s), fill=col)
    for k in range(4):
        ell(d, x - 38 * s + k * 25 * s, y - 30 * s, 13 * s, 13 * s, col)
    _eyes(d, x + 2 * s * F, y - 116 * s, s, F, r=7, gap=14)
    _smile(d, x + 2 * s * F, y - 96 * s, s)
    _blush(d, x, y - 100 * s, s)


def _alien(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (150, 220, 130)
    for side in (-1, 1):
        limb(d, (x + side * 16 * s, y - 50 * s), (x + side * 20 * s, y - 4 * s), 14 * s, shade(col, 0.85))
    ell(d, x, y - 70 * s, 36 * s, 40 * s, col)
    ell(d, x, y - 140 * s, 46 * s, 40 * s, col)
    for side in (-1, 1):
        d.line(
            (x + side * 16 * s, y - 176 * s, x + side * 30 * s, y - 210 * s),
            fill=shade(col, 0.7),
            width=max(2, int(4 * s)),
        )
        ell(d, x + side * 30 * s, y - 212 * s, 8 * s, 8 * s, (250, 200, 90))
    ell(d, x + 2 * s * F, y - 142 * s, 16 * s, 18 * s, WHITE)
    ell(d, x + 4 * s * F, y - 140 * s, 9 * s, 11 * s, INK)
    _smile(d, x + 2 * s * F, y - 118 * s, s)


def _talking_tree(p: Painter, x, y, s, F) -> None:
    d = p.draw
    d.rounded_rectangle((x - 36 * s, y - 220 * s, x + 36 * s, y), radius=int(14 * s), fill=(140, 100, 70))
    for dx, dy, r in ((-60, -250, 70), (60, -256, 70), (0, -310, 84), (0, -230, 76)):
        ell(d, x + dx * s, y + dy * s, r * s, r * 0.9 * s, (100, 176, 104))
    _eyes(d, x + 2 * s * F, y - 150 * s, s, F, r=8, gap=16)
    _smile(d, x + 2 * s * F, y - 120 * s, s, w=14)


def _cat_like(kind: str, color: RGB) -> Callable:
    return lambda p, x, y, s, F: _story_friend(p.draw, kind, color, x, y, s, F)


# ----------------------------------------------------------------------- the registry


@dataclass(frozen=True)
class Figure:
    """How a companion is drawn and where it goes in a picture."""

    draw: Callable[[Painter, float, float, float, int], None]
    where: str = "ground"  # ground, air (flies), water (swims; floats in an underwater scene, else on the ground)
    height: float = 170  # roughly, at scale 1, for spacing
    small: bool = False  # drawn as a little group when named in the plural (or always, for fireflies)


def _from(table: dict, fn: Callable) -> Callable[[str], Callable]:
    return lambda concept: lambda p, x, y, s, F: fn(p, table[concept], x, y, s, F)


FIGURES: dict[str, Figure] = {}
for _concept in BEASTS:
    FIGURES[_concept] = Figure(_from(BEASTS, _beast)(_concept), height=200 * BEASTS[_concept].size)
for _concept in PLUSHES:
    FIGURES[_concept] = Figure(_from(PLUSHES, _plush)(_concept), height=190 * PLUSHES[_concept].size)
for _concept, _bird_look in BIRDS.items():
    FIGURES[_concept] = Figure(
        _from(BIRDS, _bird)(_concept),
        where="air" if _bird_look.flying else "ground",
        height=120 * _bird_look.size,
        small=_bird_look.size < 0.7,
    )
for _concept, _person_look in PEOPLE.items():
    FIGURES[_concept] = Figure(
        _from(PEOPLE, _person)(_concept),
        where="air" if _person_look.wings else "ground",
        height=260 * _person_look.size * (0.72 if _person_look.child else 1.0),
    )
FIGURES["mermaid"] = Figure(_from(PEOPLE, _person)("mermaid"), where="water", height=260)
FIGURES.update(
    {
        # the adventures' own friends' kinds, as they were always drawn
        "squirrel": Figure(_cat_like("squirrel", (196, 120, 64)), height=180),
        "rabbit": Figure(_cat_like("rabbit", (236, 226, 214)), height=190),
        "fox": Figure(_cat_like("fox", (232, 130, 60)), height=160),
        "cat": Figure(_cat_like("cat", (200, 170, 140)), height=160),
        "mouse": Figure(_cat_like("mouse", (180, 180, 196)), height=150, small=True),
        "hedgehog": Figure(_cat_like("hedgehog", (150, 110, 80)), height=80, small=True),
        "goat": Figure(_cat_like("goat", (236, 230, 220)), height=190),
        "sheep": Figure(_cat_like("sheep", (250, 250, 255)), height=160),
        "owl": Figure(_cat_like("owl", (150, 118, 92)), height=190),
        "turtle": Figure(_cat_like("turtle", (110, 170, 120)), where="water", height=100),
        "dragon": Figure(_cat_like("dragon", (120, 190, 140)), height=200),
        "robot": Figure(_cat_like("robot", (170, 200, 220)), height=210),
        "ladybug": Figure(_cat_like("ladybug", (230, 60, 60)), height=100, small=True),
        "snail": Figure(_cat_like("snail", (214, 170, 110)), height=100, small=True),
        "whale": Figure(
            lambda p, x, y, s, F: _fishlike(p, x, y, s, F, (130, 160, 220), big=2.2, spout=True),
            where="water",
            height=140,
        ),
        "fish": Figure(
            lambda p, x, y, s, F: _fishlike(p, x, y, s, F, (255, 160, 60)), where="water", height=60, small=True
        ),
        "goldfish": Figure(
            lambda p, x, y, s, F: _fishlike(p, x, y, s, F, (250, 140, 40), fin=True),
            where="water",
            height=60,
            small=True,
        ),
        "clownfish": Figure(
            lambda p, x, y, s, F: _fishlike(p, x, y, s, F, (250, 130, 40), stripes=(255, 255, 255)),
            where="water",
            height=60,
            small=True,
        ),
        "dolphin": Figure(
            lambda p, x, y, s, F: _fishlike(p, x, y, s, F, (120, 170, 220), big=1.6, fin=True, belly=(220, 236, 250)),
            where="water",
            height=100,
        ),
        "shark": Figure(
            lambda p, x, y, s, F: _fishlike(p, x, y, s, F, (150, 170, 190), big=1.8, fin=True, belly=(236, 240, 246)),
            where="water",
            height=110,
        ),
        "narwhal": Figure(
            lambda p, x, y, s, F: _fishlike(p, x, y, s, F, (170, 190, 220), big=1.7, horn=True),
            where="water",
            height=100,
        ),
        "octopus": Figure(lambda p, x, y, s, F: _octopus(p, x, y, s, F), where="water", height=140),
        "jellyfish": Figure(lambda p, x, y, s, F: _jellyfish(p, x, y, s, F), where="water", height=120, small=True),
        "starfish": Figure(lambda p, x, y, s, F: _starfish(p, x, y, s, F), height=90, small=True),
        "seahorse": Figure(lambda p, x, y, s, F: _seahorse(p, x, y, s, F), where="water", height=120, small=True),
        "crab": Figure(lambda p, x, y, s, F: _crab(p, x, y, s, F), height=90, small=True),
        "frog": Figure(lambda p, x, y, s, F: _frog(p, x, y, s, F), height=100, small=True),
        "toad": Figure(lambda p, x, y, s, F: _frog(p, x, y, s, F, (150, 150, 90)), height=100, small=True),
        "crocodile": Figure(
            lambda p, x, y, s, F: _longlow(p, x, y, s, F, (100, 170, 100), size=1.4, teeth=True), height=80
        ),
        "lizard": Figure(
            lambda p, x, y, s, F: _longlow(p, x, y, s, F, (140, 200, 110), size=0.8), height=60, small=True
        ),
        "chameleon": Figure(lambda p, x, y, s, F: _longlow(p, x, y, s, F, (120, 210, 160), curl=True), height=70),
        "snake": Figure(lambda p, x, y, s, F: _snake(p, x, y, s, F), height=100),
        "bee": Figure(lambda p, x, y, s, F: _bee(p, x, y, s, F), where="air", height=50, small=True),
        "bumblebee": Figure(lambda p, x, y, s, F: _bee(p, x, y, s, F, fuzzy=True), where="air", height=60, small=True),
        "butterfly": Figure(lambda p, x, y, s, F: _butterfly(p, x, y, s, F), where="air", height=60, small=True),
        "firefly": Figure(lambda p, x, y, s, F: _firefly(p, x, y, s, F), where="air", height=40, small=True),
        "dragonfly": Figure(lambda p, x, y, s, F: _dragonfly(p, x, y, s, F), where="air", height=40, small=True),
        "beetle": Figure(lambda p, x, y, s, F: _beetle(p, x, y, s, F), height=70, small=True),
        "ant": Figure(lambda p, x, y, s, F: _ant(p, x, y, s, F), height=40, small=True),
        "spider": Figure(lambda p, x, y, s, F: _spider(p, x, y, s, F), height=60, small=True),
        "caterpillar": Figure(lambda p, x, y, s, F: _caterpillar(p, x, y, s, F), height=50, small=True),
        "worm": Figure(lambda p, x, y, s, F: _worm(p, x, y, s, F), height=40, small=True),
        "grasshopper": Figure(lambda p, x, y, s, F: _grasshopper(p, x, y, s, F), height=60, small=True),
        "bat": Figure(lambda p, x, y, s, F: _bat(p, x, y, s, F), where="air", height=60, small=True),
        "ghost": Figure(lambda p, x, y, s, F: _ghost(p, x, y, s, F), where="air", height=170),
        "alien": Figure(lambda p, x, y, s, F: _alien(p, x, y, s, F), height=220),
        "talking_tree": Figure(lambda p, x, y, s, F: _talking_tree(p, x, y, s, F), height=380),
        "moth": Figure(_cat_like("moth", (250, 230, 150)), where="air", height=60, small=True),
    }
)


def _bat(p: Painter, x, y, s, F) -> None:
    d = p.draw
    col = (120, 100, 140)
    for side in (-1, 1):
        d.polygon(
            [
                (x, y - 10 * s),
                (x + side * 30 * s, y - 40 * s),
                (x + side * 70 * s, y - 20 * s),
                (x + side * 54 * s, y),
                (x + side * 36 * s, y - 8 * s),
                (x + side * 20 * s, y + 4 * s),
            ],
            fill=col,
        )
    ell(d, x, y - 10 * s, 22 * s, 24 * s, col)
    for side in (-1, 1):
        d.polygon(
            [(x + side * 8 * s, y - 28 * s), (x + side * 18 * s, y - 48 * s), (x + side * 20 * s, y - 24 * s)], fill=col
        )
    _eyes(d, x + 2 * s * F, y - 14 * s, s, F, r=5, gap=8)


# Generic figures per vocabulary kind, for a companion the tables above do not know.
GENERIC_FIGURES: dict[str, Callable[[str], Figure]] = {
    "animal": lambda concept: Figure(
        lambda p, x, y, s, F: _beast(p, Beast(hashed_color(concept)), x, y, s, F), height=180
    ),
    "creature": lambda concept: Figure(
        lambda p, x, y, s, F: _sprite(p, hashed_color(concept), x, y, s, F), where="air", height=120
    ),
    "person": lambda concept: Figure(
        lambda p, x, y, s, F: _person(p, Person(hashed_color(concept)), x, y, s, F), height=260
    ),
}


def _sprite(p: Painter, col: RGB, x, y, s, F) -> None:
    """A glowing little friend: the generic magical creature."""
    d = p.draw
    p.glow(x, y - 50 * s, 70 * s, 140)
    _wings(d, x, y - 50 * s, s, (230, 240, 255), big=True)
    ell(d, x, y - 50 * s, 34 * s, 36 * s, col)
    _eyes(d, x + 2 * s * F, y - 56 * s, s, F, r=6, gap=12)
    _smile(d, x + 2 * s * F, y - 40 * s, s, w=8)
    star(d, x, y - 100 * s, 12 * s, (255, 230, 120))


def figure_for(concept: str) -> Figure:
    """The figure for a companion concept (or one of the adventures' companion kinds)."""
    if concept in FIGURES:
        return FIGURES[concept]
    kind = COMPANIONS.get(concept, {}).get("kind", "animal")
    return GENERIC_FIGURES[kind](concept)



# The adventures' companions' kinds (events.Companion.kind) that are not vocabulary concepts.
STORY_KINDS = {"grownup": "inventor", "duck": "goose", "moth": "moth"}


def draw_story_friend(p: Painter, kind: str, name: str, color: RGB, x: float, y: float, s: float, facing: int) -> None:
    """One of the adventures' own companions, in its own colour (Pip the squirrel, Nimbus)."""
    _story_friend(p.draw, kind, color, x, y, s, facing, starry_hat=name == "Nimbus")


def draw_companion(p: Painter, concept: str, x: float, y: float, s: float, facing: int = 1) -> None:
    figure_for(concept).draw(p, x, y, s, facing)
