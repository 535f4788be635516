"""Where a scene happens, painted: one painter per kind of place, and the choice of
place from what the scene's text names.

A painter draws the background of a 1024x1024 picture under its light and returns
where the ground is (the hero and companions stand on it). ``view`` (the scene's
number) and ``layout`` (seeded per scene) move things around, so two scenes in the same
place are two views of it; ``places`` are the places the scene names, for details
(a bridge over the river, an igloo in the snow, a lighthouse on the beach).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from activities.providers.offline.canvas import RGB, SIZE, Painter, cloud, ell, mix, shade
from activities.providers.offline.daylight import sky_stars, window_view
from activities.providers.offline.events import GENERIC
from activities.providers.offline.scene_reading import PASSING_PLACES, SceneReading
from activities.providers.offline.vocabulary.places import PLACES


def _forest(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
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
                ell(d, x + dx * scale, base + dy * scale, r * scale, r * scale * 0.9, leaf)
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


def _dragon_hills(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(560, L.tone((140, 200, 150)), layout, bumps=2, amp=60)
    wx = layout.uniform(620, 860)
    d.rectangle((wx - 40, 470, wx + 40, 720), fill=L.tone((170, 220, 250)))
    for k in range(6):
        d.line((wx - 30 + k * 12, 480, wx - 30 + k * 12, 710), fill=L.tone((230, 245, 255)), width=3)
    d.chord(
        (layout.uniform(80, 300) - 110, 600, layout.uniform(80, 300) + 110, 820), 180, 360, fill=L.tone((120, 110, 130))
    )
    p.band(690, L.tone((110, 180, 110)), layout, bumps=3, amp=40)
    p.band(ground - 10, L.tone((130, 200, 120)), layout, bumps=2, amp=16)
    for _ in range(20):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground, 1000)
        ell(d, x, y, 6, 6, L.tone(rng.choice([(255, 220, 90), (255, 255, 255), (250, 160, 190)])))
    return ground


def _sea_floor(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 820
    for k in range(5):
        x = 120 + k * 200 + layout.uniform(-40, 40)
        d.polygon([(x, 0), (x + 60, 0), (x + 200, 700), (x + 150, 700)], fill=mix(L.top, (255, 255, 255), 0.12))
    for _ in range(8):
        x = layout.uniform(0, SIZE)
        h = layout.uniform(220, 420)
        col = L.tone((60, 160, 110))
        for k in range(10):
            y = ground - k * h / 10
            ell(d, x + math.sin(k * 0.9 + rng.uniform(-0.2, 0.2)) * 18, y, 16, h / 18, col)
    p.band(ground, L.tone((246, 222, 170)), layout, bumps=2, amp=14)
    for _ in range(6):
        x = rng.uniform(30, 990)
        col = L.tone(rng.choice([(250, 120, 140), (250, 170, 90), (200, 120, 220)]))
        for k in range(4):
            ell(d, x + (k - 1.5) * 22, ground + 10 - k % 2 * 30 - 30, 16, 40, col)
    for _ in range(10):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground + 30, 1010)
        d.pieslice((x - 16, y - 14, x + 16, y + 14), 180, 360, fill=L.tone((250, 200, 210)))
    for _ in range(24):
        x, y, r = rng.uniform(0, SIZE), rng.uniform(80, 780), rng.uniform(5, 16)
        ell(d, x, y, r, r, None, outline=(235, 250, 255), width=2)
    return ground


def _cloud_castle(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 800
    cx = layout.uniform(560, 800)
    wall = L.tone((250, 226, 240))
    d.rectangle((cx - 150, 330, cx + 150, 640), fill=wall)
    for tx in (-150, 0, 150):
        d.rectangle((cx + tx - 40, 240 if tx else 190, cx + tx + 40, 640), fill=wall)
        d.polygon(
            [(cx + tx - 52, 240 if tx else 190), (cx + tx + 52, 240 if tx else 190), (cx + tx, 150 if tx else 90)],
            fill=L.tone((240, 150, 190)),
        )
    d.chord((cx - 40, 520, cx + 40, 640), 180, 360, fill=L.tone((200, 150, 200)))
    bands = [(240, 90, 90), (250, 170, 80), (250, 230, 100), (120, 200, 120), (110, 160, 240), (170, 120, 220)]
    rx = layout.uniform(300, 500)
    for k, col in enumerate(bands):
        r = 420 - k * 26
        d.arc((rx - r, 620 - r, rx + r, 620 + r), 180, 360, fill=mix(col, L.top, 0.25), width=26)
    for _ in range(6):
        cloud(d, rng.uniform(0, SIZE), rng.uniform(80, 420), rng.uniform(90, 170), mix((255, 255, 255), L.top, 0.12))
    for k in range(9):
        cloud(
            d,
            k * 130 + rng.uniform(-20, 20),
            ground + 40 + rng.uniform(-20, 20),
            230,
            mix((255, 255, 255), L.bottom, 0.1),
        )
    d.rectangle((0, ground + 90, SIZE, SIZE), fill=mix((255, 255, 255), L.bottom, 0.1))
    return ground


def _clock_tower(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 820
    cx = layout.uniform(380, 640)
    d.ellipse((cx - 260, 90, cx + 260, 610), fill=L.tone((250, 238, 205)), outline=L.tone((170, 120, 60)), width=18)
    for k in range(12):
        a = k * math.pi / 6
        ell(d, cx + math.cos(a) * 215, 350 + math.sin(a) * 215, 12, 12, L.tone((150, 100, 60)))
    minute = rng.uniform(0, math.pi * 2)
    d.line((cx, 350, cx + math.cos(minute) * 180, 350 + math.sin(minute) * 180), fill=(110, 80, 60), width=12)
    d.line((cx, 350, cx + math.cos(minute * 3) * 120, 350 + math.sin(minute * 3) * 120), fill=(110, 80, 60), width=16)
    ell(d, cx, 350, 20, 20, (200, 150, 60))
    for _ in range(5):
        gx, gy, gr = layout.uniform(0, SIZE), layout.uniform(80, 700), layout.uniform(50, 110)
        gear = L.tone((230, 184, 80))
        for k in range(10):
            a = k * math.pi / 5 + rng.uniform(0, 0.3)
            ell(d, gx + math.cos(a) * gr, gy + math.sin(a) * gr, gr * 0.22, gr * 0.22, gear)
        ell(d, gx, gy, gr, gr, gear)
        ell(d, gx, gy, gr * 0.35, gr * 0.35, L.tone((250, 230, 190)))
    d.rectangle((0, ground - 10, SIZE, SIZE), fill=L.tone((196, 150, 110)))
    for k in range(9):
        d.line((k * 128, ground - 10, k * 128 - 60, SIZE), fill=L.tone((176, 130, 94)), width=4)
    return ground


def _space(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 840
    sky_stars(p, rng, 90, bottom=800, always=True)
    for k in range(3):
        x, y, r = layout.uniform(80, 940), layout.uniform(120, 520), layout.uniform(40, 110)
        col = L.tone(layout.choice([(250, 170, 120), (140, 200, 250), (230, 140, 200), (170, 230, 160)]))
        if k == 0:
            d.arc((x - r * 1.8, y - r * 0.5, x + r * 1.8, y + r * 0.5), 150, 390, fill=(250, 230, 180), width=10)
        ell(d, x, y, r, r, col)
        ell(d, x - r * 0.3, y - r * 0.3, r * 0.3, r * 0.22, mix(col, (255, 255, 255), 0.4))
    rx, ry = layout.uniform(700, 900), layout.uniform(560, 680)
    d.polygon(
        [(rx - 40, ry + 90), (rx + 40, ry + 90), (rx + 40, ry - 60), (rx, ry - 130), (rx - 40, ry - 60)],
        fill=(235, 235, 245),
    )
    ell(d, rx, ry - 30, 20, 20, (120, 200, 240))
    d.polygon([(rx - 40, ry + 40), (rx - 80, ry + 110), (rx - 40, ry + 90)], fill=(240, 110, 110))
    d.polygon([(rx + 40, ry + 40), (rx + 80, ry + 110), (rx + 40, ry + 90)], fill=(240, 110, 110))
    p.glow(rx, ry + 120, 40, 200)
    d.chord((-300, ground - 60, SIZE + 300, ground + 700), 180, 360, fill=L.tone((210, 210, 226)))
    for _ in range(8):
        x, y, r = rng.uniform(0, SIZE), rng.uniform(ground, 1000), rng.uniform(14, 40)
        ell(d, x, y, r, r * 0.4, L.tone((186, 186, 206)))
    return ground


def _tiny_world(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 830
    for _ in range(14):
        x = layout.uniform(-20, 1040)
        top = layout.uniform(60, 400)
        w = layout.uniform(26, 50)
        bend = layout.uniform(-80, 80)
        d.polygon(
            [(x - w, ground + 40), (x + w, ground + 40), (x + bend, top)],
            fill=L.tone(layout.choice([(90, 170, 90), (120, 190, 100), (70, 150, 80)])),
        )
    for _ in range(3):
        x, y = layout.uniform(80, 940), layout.uniform(200, 420)
        d.line((x, y, x + rng.uniform(-20, 20), ground + 20), fill=L.tone((90, 160, 80)), width=16)
        col = L.tone(layout.choice([(250, 150, 180), (250, 220, 90), (170, 150, 250), (250, 250, 250)]))
        for k in range(8):
            a = k * math.pi / 4
            ell(d, x + math.cos(a) * 70, y + math.sin(a) * 70, 52, 52, col)
        ell(d, x, y, 44, 44, (250, 200, 70))
    for _ in range(6):
        x, y = rng.uniform(40, 980), rng.uniform(300, 760)
        ell(d, x, y, 18, 22, mix(L.top, (255, 255, 255), 0.6))
        ell(d, x - 6, y - 8, 5, 6, (255, 255, 255))
    p.band(ground, L.tone((150, 110, 80)), layout, bumps=2, amp=10)
    for _ in range(12):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground + 30, 1010)
        ell(d, x, y, rng.uniform(20, 50), rng.uniform(12, 22), L.tone((176, 160, 150)))
    return ground


def _weather_workshop(
    p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]
) -> float:
    d, L = p.draw, p.light
    ground = 820
    wx = layout.uniform(300, 720)
    sky_top, sky_bottom = mix(L.top, (140, 200, 250), 0.5), mix(L.bottom, (200, 230, 255), 0.5)
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
                d.rounded_rectangle(
                    (jx - 22, shelf_y - 70, jx + 22, shelf_y),
                    radius=12,
                    fill=mix(jar, (255, 255, 255), 0.3),
                    outline=(200, 210, 220),
                    width=3,
                )
                ell(d, jx, shelf_y - 34, 12, 12, jar)
                p.glow(jx, shelf_y - 34, 30, 110)
    d.rectangle((0, ground - 10, SIZE, SIZE), fill=L.tone((170, 130, 100)))
    d.ellipse((160, ground + 20, 860, ground + 170), fill=L.tone((120, 140, 200)))
    for _ in range(16):
        x, y = rng.uniform(0, SIZE), rng.uniform(80, 760)
        for k in range(3):
            a = k * math.pi / 3
            d.line(
                (x - math.cos(a) * 10, y - math.sin(a) * 10, x + math.cos(a) * 10, y + math.sin(a) * 10),
                fill=(255, 255, 255),
                width=3,
            )
    return ground


def _animal_meadow(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
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
            ell(d, x + math.cos(a) * 7, y + math.sin(a) * 7, 6, 6, col)
        ell(d, x, y, 4, 4, (250, 200, 60))
    return ground


def _dream_sky(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 820
    sky_stars(p, rng, 40, bottom=700)
    for _ in range(4):
        x, y, w = layout.uniform(60, 960), layout.uniform(220, 560), layout.uniform(120, 220)
        d.chord((x - w, y - 50, x + w, y + 160), 0, 180, fill=L.tone((180, 150, 200)))
        d.ellipse((x - w, y - 40, x + w, y + 40), fill=L.tone((150, 210, 160)))
        if rng.random() < 0.5:
            d.rectangle((x - 30, y - 90, x + 30, y - 20), fill=L.tone((250, 220, 200)))
            d.polygon([(x - 44, y - 90), (x + 44, y - 90), (x, y - 130)], fill=L.tone((230, 130, 160)))
    for k in range(6):
        x = k * 190 + rng.uniform(-30, 30)
        d.rounded_rectangle(
            (x - 110, ground - 10 + rng.uniform(-20, 20), x + 110, ground + 90),
            radius=50,
            fill=mix(L.tone(rng.choice([(250, 210, 230), (210, 220, 250), (250, 240, 210)])), (255, 255, 255), 0.2),
        )
    d.rectangle((0, ground + 60, SIZE, SIZE), fill=mix(L.bottom, (255, 255, 255), 0.3))
    for _ in range(10):
        p.glow(rng.uniform(0, SIZE), rng.uniform(100, 700), 16, 200)
    return ground


def _meadow(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(620, L.tone((150, 210, 140)), layout, bumps=2, amp=50)
    tx = layout.uniform(120, 900)
    d.rounded_rectangle((tx - 26, 420, tx + 26, 690), radius=10, fill=L.tone((130, 90, 60)))
    for dx, dy, r in ((-80, -40, 100), (80, -30, 100), (0, -110, 120), (0, 10, 100)):
        ell(d, tx + dx, 420 + dy, r, r * 0.85, L.tone((100, 180, 100)))
    p.band(ground - 20, L.tone((140, 206, 120)), layout, bumps=3, amp=14)
    d.polygon([(440, SIZE), (580, SIZE), (530, ground - 10), (500, ground - 10)], fill=L.tone((230, 210, 160)))
    for _ in range(36):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground - 10, 1010)
        col = L.tone(rng.choice([(250, 110, 100), (255, 220, 90), (255, 255, 255), (200, 150, 250)]))
        ell(d, x, y, 7, 7, col)
        ell(d, x, y, 3, 3, (250, 200, 60))
    return ground


def _tree(d, L, x: float, base: float, scale: float, leaf: RGB = (100, 176, 104), trunk: RGB = (130, 92, 64)) -> None:
    d.rounded_rectangle((x - 16 * scale, base - 150 * scale, x + 16 * scale, base), radius=8, fill=L.tone(trunk))
    for dx, dy, r in ((-46, -170, 62), (46, -176, 62), (0, -226, 74), (0, -160, 70)):
        ell(d, x + dx * scale, base + dy * scale, r * scale, r * scale * 0.9, L.tone(leaf))


def _pine(d, L, x: float, base: float, scale: float, snow: bool = False) -> None:
    d.rectangle((x - 10 * scale, base - 40 * scale, x + 10 * scale, base), fill=L.tone((120, 86, 60)))
    for k in range(3):
        w, top = (90 - k * 22) * scale, base - (40 + k * 60) * scale
        d.polygon([(x - w, top), (x + w, top), (x, top - 110 * scale)], fill=L.tone((60, 130, 96)))
        if snow:
            d.polygon(
                [(x - w * 0.45, top - 60 * scale), (x + w * 0.45, top - 60 * scale), (x, top - 110 * scale)],
                fill=L.tone((246, 250, 255)),
            )


def _flowers(d, L, rng: random.Random, count: int, top: float, bottom: float = 1010) -> None:
    for _ in range(count):
        x, y = rng.uniform(0, SIZE), rng.uniform(top, bottom)
        col = L.tone(rng.choice([(250, 120, 120), (255, 220, 90), (255, 255, 255), (200, 150, 250), (250, 160, 200)]))
        ell(d, x, y, 7, 7, col)
        ell(d, x, y, 3, 3, L.tone((250, 200, 60)))


def _lit_window(d, L, x0: float, y0: float, x1: float, y1: float) -> None:
    """A house window: lit warm yellow from evening on, reflecting the sky by day."""
    lit = L.time in ("evening", "night", "sunset")
    d.rectangle((x0, y0, x1, y1), fill=(255, 214, 120) if lit else L.tone((190, 220, 245)))
    d.line(((x0 + x1) / 2, y0, (x0 + x1) / 2, y1), fill=L.tone((250, 246, 236)), width=5)
    d.line((x0, (y0 + y1) / 2, x1, (y0 + y1) / 2), fill=L.tone((250, 246, 236)), width=5)


def _cottage(p: Painter, x: float, base: float, scale: float, wall: RGB, roof: RGB) -> None:
    d, L = p.draw, p.light
    w, h = 130 * scale, 150 * scale
    d.rectangle((x - w, base - h, x + w, base), fill=L.tone(wall))
    d.polygon(
        [(x - w - 24 * scale, base - h), (x + w + 24 * scale, base - h), (x, base - h - 120 * scale)], fill=L.tone(roof)
    )
    d.rounded_rectangle(
        (x - 26 * scale, base - 90 * scale, x + 26 * scale, base), radius=int(20 * scale), fill=L.tone((200, 70, 70))
    )
    for side in (-1, 1):
        cx = x + side * 80 * scale
        _lit_window(d, L, cx - 28 * scale, base - 118 * scale, cx + 28 * scale, base - 62 * scale)
        if L.time in ("evening", "night"):
            p.glow(cx, base - 90 * scale, 60 * scale, 90)
    d.rectangle(
        (x + 56 * scale, base - h - 100 * scale, x + 84 * scale, base - h - 40 * scale), fill=L.tone((150, 100, 80))
    )


def _hills(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(560, L.tone((170, 214, 160)), layout, bumps=1.5, amp=70)
    p.band(650, L.tone((140, 200, 130)), layout, bumps=2.5, amp=50)
    for _ in range(4):
        _tree(d, L, layout.uniform(40, 980), layout.uniform(640, 720), layout.uniform(0.45, 0.7))
    p.band(ground - 20, L.tone((130, 200, 115)), layout, bumps=2, amp=18)
    x = layout.uniform(380, 640)
    d.polygon(
        [(x - 90, SIZE), (x + 90, SIZE), (x + 14, ground - 20), (x - 14, ground - 20)], fill=L.tone((232, 214, 170))
    )
    for k in range(7):  # a little fence
        fx = 40 + k * 46
        d.rectangle((fx, ground - 60, fx + 10, ground), fill=L.tone((236, 226, 210)))
    d.rectangle((30, ground - 48, 40 + 6 * 46 + 10, ground - 40), fill=L.tone((236, 226, 210)))
    _flowers(d, L, rng, 30, ground)
    return ground


def _mountains(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    snowy = "snowy_mountains" in places or view % 2 == 0
    for k in range(4):
        x, h, w = layout.uniform(-60, 1080), layout.uniform(330, 470), layout.uniform(220, 340)
        top = 720 - h
        rock = L.tone(layout.choice([(150, 156, 186), (132, 140, 176), (168, 170, 196)]))
        d.polygon([(x - w, 720), (x + w, 720), (x, top)], fill=rock)
        d.polygon([(x, top), (x + w, 720), (x + w * 0.35, 720)], fill=shade(rock, 0.88))
        if snowy or k % 2 == 0:
            d.polygon(
                [(x - w * 0.28, top + h * 0.28), (x + w * 0.28, top + h * 0.28), (x, top)], fill=L.tone((250, 252, 255))
            )
    p.band(700, L.tone((120, 180, 120)), layout, bumps=2, amp=20)
    for _ in range(7):
        _pine(d, L, layout.uniform(0, SIZE), layout.uniform(720, 760), layout.uniform(0.5, 0.8), snow=snowy)
    p.band(ground - 10, L.tone((140, 196, 124)), layout, bumps=2, amp=14)
    _flowers(d, L, rng, 16, ground)
    return ground


def _cave(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    d.rectangle((0, 0, SIZE, SIZE), fill=L.tone((110, 96, 120)))
    mouth = layout.uniform(320, 700)
    d.ellipse((mouth - 260, 180, mouth + 260, 900), fill=L.tone((150, 132, 150)))
    for _ in range(9):  # rocks and hanging stones
        x = layout.uniform(0, SIZE)
        d.polygon([(x - 30, 0), (x + 30, 0), (x, layout.uniform(80, 200))], fill=L.tone((96, 84, 110)))
    for _ in range(8):  # glowing crystals
        x, y = rng.uniform(40, 980), rng.uniform(300, 760)
        col = rng.choice([(150, 220, 250), (230, 160, 250), (160, 250, 200)])
        d.polygon([(x - 12, y), (x, y - 44), (x + 12, y), (x, y + 12)], fill=col)
        p.glow(x, y - 16, 40, 150)
    d.rectangle((0, ground - 10, SIZE, SIZE), fill=L.tone((132, 116, 122)))
    for _ in range(14):
        ell(
            d,
            rng.uniform(0, SIZE),
            rng.uniform(ground + 20, 1010),
            rng.uniform(20, 46),
            rng.uniform(10, 18),
            L.tone((112, 100, 110)),
        )
    return ground


def _waves(d, L, y0: float, y1: float, color: RGB, rng: random.Random) -> None:
    for _ in range(18):
        x, y = rng.uniform(0, SIZE), rng.uniform(y0 + 10, y1 - 10)
        d.arc((x - 26, y - 8, x + 26, y + 8), 200, 340, fill=L.tone(color), width=4)


def _beach(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    sea = L.tone((80, 170, 220))
    d.rectangle((0, 560, SIZE, 720), fill=sea)
    _waves(d, L, 560, 720, (220, 240, 255), rng)
    if "lighthouse" in places or view % 2 == 1:
        lx = layout.uniform(100, 300)
        d.polygon([(lx - 40, 600), (lx + 40, 600), (lx + 26, 330), (lx - 26, 330)], fill=L.tone((250, 250, 250)))
        for k in range(3):
            y = 360 + k * 80
            d.rectangle((lx - 34 + k * 4, y, lx + 34 - k * 4, y + 30), fill=L.tone((220, 80, 80)))
        d.rectangle((lx - 30, 290, lx + 30, 330), fill=(255, 230, 140))
        if L.time in ("evening", "night"):
            p.glow(lx, 310, 120, 160)
    bx = layout.uniform(620, 900)  # a sailboat on the horizon
    d.chord((bx - 60, 560, bx + 60, 620), 0, 180, fill=L.tone((200, 110, 80)))
    d.polygon([(bx, 470), (bx, 580), (bx + 50, 580)], fill=L.tone((255, 255, 255)))
    if "island" in places:
        ix = layout.uniform(400, 700)
        d.chord((ix - 110, 520, ix + 110, 640), 180, 360, fill=L.tone((150, 200, 110)))
    p.band(700, L.tone((246, 222, 170)), layout, bumps=2, amp=16)
    d.rectangle((0, 740, SIZE, SIZE), fill=L.tone((250, 226, 176)))
    px = layout.choice([110, 900])  # a palm
    d.line((px, 820, px + 40, 520), fill=L.tone((160, 110, 70)), width=26)
    for a in range(6):
        ang = math.pi * (1.05 + a * 0.18)
        d.line(
            (px + 40, 520, px + 40 + math.cos(ang) * 130, 520 + math.sin(ang) * 60 + 40),
            fill=L.tone((80, 170, 90)),
            width=22,
        )
    for _ in range(8):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground + 20, 1010)
        d.pieslice((x - 14, y - 12, x + 14, y + 12), 180, 360, fill=L.tone((250, 200, 210)))
    return ground


def _river(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 820
    p.band(560, L.tone((160, 210, 150)), layout, bumps=2, amp=40)
    for _ in range(5):
        _tree(d, L, layout.uniform(20, 1000), layout.uniform(620, 660), layout.uniform(0.4, 0.6))
    p.band(650, L.tone((130, 196, 120)), layout, bumps=2, amp=10)
    water = L.tone((100, 180, 230))
    tilt = layout.uniform(-40, 40)
    d.polygon([(0, 680 - tilt), (SIZE, 680 + tilt), (SIZE, 790 + tilt), (0, 790 - tilt)], fill=water)
    _waves(d, L, 690, 780, (230, 246, 255), rng)
    if "bridge" in places:
        bx = layout.uniform(300, 720)
        d.arc((bx - 200, 600, bx + 200, 860), 190, 350, fill=L.tone((170, 120, 80)), width=34)
        for k in range(9):
            x = bx - 160 + k * 40
            d.line((x, 640 + abs(k - 4) * 9, x, 700 + abs(k - 4) * 9), fill=L.tone((150, 100, 70)), width=8)
    else:  # stepping stones across
        for k in range(6):
            x = 120 + k * 160 + layout.uniform(-20, 20)
            ell(d, x, 740 + (x - 512) / 512 * tilt, 44, 18, L.tone((160, 160, 170)))
    p.band(ground - 20, L.tone((126, 196, 112)), layout, bumps=2, amp=10)
    for _ in range(10):  # reeds
        x = rng.uniform(0, SIZE)
        for k in range(3):
            d.line(
                (x + k * 8, ground - 10, x + k * 8 + rng.uniform(-10, 10), ground - 80),
                fill=L.tone((90, 150, 80)),
                width=5,
            )
    _flowers(d, L, rng, 18, ground)
    return ground


def _lake(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    p.band(560, L.tone((150, 206, 146)), layout, bumps=2, amp=36)
    for _ in range(6):
        _tree(d, L, layout.uniform(0, SIZE), layout.uniform(600, 640), layout.uniform(0.35, 0.55), leaf=(90, 160, 100))
    lx = layout.uniform(380, 640)
    d.ellipse((lx - 420, 620, lx + 420, 800), fill=L.tone((96, 176, 226)))
    d.ellipse((lx - 330, 650, lx + 330, 760), fill=L.tone((120, 192, 234)))
    for _ in range(6):  # lily pads with a flower
        x, y = lx + rng.uniform(-320, 320), rng.uniform(670, 770)
        d.pieslice((x - 26, y - 12, x + 26, y + 12), 30, 330, fill=L.tone((90, 170, 90)))
        if rng.random() < 0.5:
            ell(d, x, y - 4, 7, 6, L.tone((250, 170, 200)))
    p.band(ground - 10, L.tone((136, 200, 120)), layout, bumps=2, amp=10)
    for _ in range(12):
        x = rng.uniform(0, SIZE)
        d.line((x, ground, x, ground - 70), fill=L.tone((110, 150, 80)), width=5)
        ell(d, x, ground - 74, 6, 16, L.tone((140, 100, 70)))
    return ground


def _garden(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(600, L.tone((150, 210, 140)), layout, bumps=2, amp=20)
    d.rounded_rectangle((-20, 520, SIZE + 20, 640), radius=50, fill=L.tone((90, 160, 96)))  # hedge
    if view % 2 == 0:
        _cottage(p, layout.uniform(700, 880), 620, 0.7, (250, 236, 210), (200, 100, 90))
    for k in range(3):  # an apple tree or two
        if k < 2:
            tx = layout.uniform(80, 600)
            _tree(d, L, tx, 700, 0.8)
            for _ in range(6):
                ell(d, tx + rng.uniform(-70, 70), 700 - rng.uniform(140, 230) * 0.8, 9, 9, L.tone((230, 70, 70)))
    p.band(ground - 20, L.tone((130, 200, 110)), layout, bumps=2, amp=8)
    for row in range(2):  # flower beds
        y = 880 + row * 70
        d.rounded_rectangle((40, y - 24, SIZE - 40, y + 20), radius=18, fill=L.tone((150, 110, 80)))
        for k in range(18):
            x = 70 + k * 50 + rng.uniform(-8, 8)
            d.line((x, y, x, y - 34), fill=L.tone((80, 150, 80)), width=4)
            ell(
                d,
                x,
                y - 38,
                11,
                11,
                L.tone(rng.choice([(250, 110, 140), (255, 210, 80), (180, 140, 250), (255, 150, 90)])),
            )
    for k in range(12):  # picket fence
        fx = k * 90 + 20
        d.polygon(
            [
                (fx, ground - 40),
                (fx + 24, ground - 40),
                (fx + 24, ground - 100),
                (fx + 12, ground - 114),
                (fx, ground - 100),
            ],
            fill=L.tone((250, 248, 240)),
        )
    return ground


def _jungle(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    for _ in range(8):
        x = layout.uniform(-20, 1040)
        d.rounded_rectangle((x - 18, 200, x + 18, 780), radius=10, fill=L.tone((120, 96, 70)))
    for _ in range(22):  # big leaves
        x, y = layout.uniform(-40, 1060), layout.uniform(60, 620)
        w, a = layout.uniform(60, 120), layout.uniform(0, math.pi)
        col = L.tone(layout.choice([(50, 140, 80), (70, 170, 90), (40, 120, 70), (90, 190, 100)]))
        d.ellipse((x - w, y - w * 0.4, x + w, y + w * 0.4), fill=col)
        d.line((x - w * 0.9, y, x + w * 0.9, y), fill=shade(col, 0.8), width=4)
    for _ in range(7):  # hanging vines
        x = rng.uniform(0, SIZE)
        d.line((x, 0, x + rng.uniform(-30, 30), rng.uniform(300, 560)), fill=L.tone((70, 140, 70)), width=7)
    for _ in range(8):
        x, y = rng.uniform(40, 980), rng.uniform(300, 700)
        col = L.tone(rng.choice([(250, 100, 120), (255, 170, 60), (240, 90, 200)]))
        for k in range(5):
            a = k * math.pi * 2 / 5
            ell(d, x + math.cos(a) * 12, y + math.sin(a) * 12, 11, 11, col)
    p.band(ground - 20, L.tone((80, 160, 90)), layout, bumps=3, amp=14)
    for _ in range(14):
        x = rng.uniform(0, SIZE)
        d.polygon(
            [(x - 30, SIZE), (x + 30, SIZE), (x + rng.uniform(-40, 40), ground + rng.uniform(-20, 60))],
            fill=L.tone((60, 140, 80)),
        )
    return ground


def _desert(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    savanna = "savanna" in places
    p.band(600, L.tone((240, 200, 140) if not savanna else (220, 200, 120)), layout, bumps=1.5, amp=50)
    p.band(690, L.tone((246, 214, 150) if not savanna else (210, 196, 110)), layout, bumps=2.5, amp=30)
    if savanna:
        for _ in range(3):  # flat-topped acacias
            x = layout.uniform(60, 960)
            d.line((x, 720, x + 10, 560), fill=L.tone((130, 96, 70)), width=16)
            d.ellipse((x - 120, 520, x + 140, 580), fill=L.tone((110, 150, 80)))
    if "oasis" in places or view % 2 == 1:
        ox = layout.uniform(250, 760)
        d.ellipse((ox - 160, 700, ox + 160, 760), fill=L.tone((100, 190, 220)))
        d.line((ox + 120, 720, ox + 150, 520), fill=L.tone((160, 110, 70)), width=20)
        for a in range(6):
            ang = math.pi * (1.05 + a * 0.18)
            d.line(
                (ox + 150, 520, ox + 150 + math.cos(ang) * 110, 520 + math.sin(ang) * 50 + 36),
                fill=L.tone((80, 170, 90)),
                width=18,
            )
    for _ in range(3):  # round friendly cacti
        x = layout.uniform(40, 980)
        col = L.tone((90, 170, 110))
        d.rounded_rectangle((x - 26, 650, x + 26, 790), radius=26, fill=col)
        d.rounded_rectangle((x - 70, 690, x - 44, 740), radius=13, fill=col)
        d.rounded_rectangle((x - 70, 726, x - 20, 750), radius=12, fill=col)
        ell(d, x, 648, 10, 10, L.tone((250, 130, 160)))
    p.band(ground - 10, L.tone((250, 222, 160) if not savanna else (226, 206, 120)), layout, bumps=2, amp=12)
    for _ in range(10):
        x, y = rng.uniform(0, SIZE), rng.uniform(ground + 20, 1010)
        d.arc((x - 40, y - 8, x + 40, y + 8), 200, 340, fill=L.tone((226, 190, 130)), width=4)
    return ground


def _snow(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    if "iceberg" in places or "north_pole" in places or "south_pole" in places:
        d.rectangle((0, 600, SIZE, 720), fill=L.tone((90, 160, 210)))
        for _ in range(3):
            x = layout.uniform(60, 960)
            d.polygon(
                [(x - 110, 640), (x - 60, 520), (x + 10, 480), (x + 90, 560), (x + 120, 640)],
                fill=L.tone((230, 244, 255)),
            )
    p.band(600, L.tone((226, 236, 250)), layout, bumps=1.5, amp=60)
    for _ in range(6):
        _pine(d, L, layout.uniform(0, SIZE), layout.uniform(660, 720), layout.uniform(0.5, 0.8), snow=True)
    if "igloo" in places or view % 2 == 0:
        ix = layout.uniform(620, 880)
        d.chord((ix - 120, 620, ix + 120, 860), 180, 360, fill=L.tone((246, 250, 255)))
        for k in range(3):
            d.arc(
                (ix - 120 + k * 2, 620 + k * 40, ix + 120 - k * 2, 860), 180, 360, fill=L.tone((200, 214, 236)), width=3
            )
        d.chord((ix - 40, 680, ix + 40, 800), 180, 360, fill=L.tone((120, 140, 180)))
    p.band(ground - 20, L.tone((240, 246, 255)), layout, bumps=2, amp=14)
    for _ in range(40):  # falling snow
        x, y = rng.uniform(0, SIZE), rng.uniform(0, 1000)
        ell(d, x, y, 4, 4, (255, 255, 255))
    return ground


def _castle(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(640, L.tone((150, 206, 140)), layout, bumps=1.2, amp=40)
    cx = layout.uniform(360, 660)
    stone = L.tone((200, 196, 210) if "ice_palace" not in places else (210, 236, 255))
    roof = L.tone(layout.choice([(90, 110, 200), (200, 90, 110), (140, 90, 180)]))
    d.rectangle((cx - 200, 400, cx + 200, 660), fill=stone)
    for k in range(9):  # battlements
        if k % 2 == 0:
            d.rectangle((cx - 200 + k * 44, 370, cx - 200 + k * 44 + 40, 400), fill=stone)
    for tx in (-220, 220, 0):
        top = 260 if tx else 200
        d.rectangle((cx + tx - 50, top, cx + tx + 50, 660), fill=shade(stone, 0.95))
        d.polygon([(cx + tx - 64, top), (cx + tx + 64, top), (cx + tx, top - 120)], fill=roof)
        d.line((cx + tx, top - 120, cx + tx, top - 170), fill=L.tone((120, 100, 90)), width=4)
        d.polygon([(cx + tx, top - 170), (cx + tx + 46, top - 156), (cx + tx, top - 142)], fill=L.tone((250, 210, 80)))
        _lit_window(d, L, cx + tx - 16, top + 50, cx + tx + 16, top + 100)
    d.chord((cx - 60, 540, cx + 60, 760), 180, 360, fill=L.tone((130, 96, 80)))
    d.polygon([(cx - 60, SIZE), (cx + 60, SIZE), (cx + 40, 660), (cx - 40, 660)], fill=L.tone((220, 206, 176)))
    p.band(ground - 10, L.tone((136, 200, 124)), layout, bumps=2, amp=10)
    _flowers(d, L, rng, 20, ground)
    return ground


def _village(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 810
    p.band(600, L.tone((160, 206, 150)), layout, bumps=1.5, amp=30)
    walls = [(250, 226, 200), (246, 210, 180), (220, 230, 246), (250, 240, 210), (236, 206, 220)]
    roofs = [(200, 90, 80), (170, 100, 70), (90, 120, 180), (210, 130, 70)]
    x = layout.uniform(-60, 40)
    while x < SIZE + 60:
        w, h = layout.uniform(80, 120), layout.uniform(160, 240)
        base = 720
        d.rectangle((x, base - h, x + w * 2, base), fill=L.tone(layout.choice(walls)))
        d.polygon(
            [(x - 14, base - h), (x + w * 2 + 14, base - h), (x + w, base - h - 90)], fill=L.tone(layout.choice(roofs))
        )
        for wx in (x + w * 0.5, x + w * 1.5):
            _lit_window(d, L, wx - 20, base - h + 40, wx + 20, base - h + 90)
            if L.time in ("evening", "night"):
                p.glow(wx, base - h + 65, 40, 80)
        d.rounded_rectangle((x + w - 20, base - 70, x + w + 20, base), radius=14, fill=L.tone((150, 96, 70)))
        x += w * 2 + layout.uniform(20, 60)
    if "market" in places or view % 2 == 1:  # striped market awnings
        for k in range(3):
            ax = layout.uniform(60, 860)
            for s_ in range(5):
                d.rectangle(
                    (ax + s_ * 24, 640, ax + s_ * 24 + 24, 680),
                    fill=L.tone((230, 90, 90) if s_ % 2 else (250, 250, 250)),
                )
            d.rectangle((ax, 680, ax + 120, 740), fill=L.tone((190, 140, 100)))
    d.rectangle((0, 720, SIZE, SIZE), fill=L.tone((206, 196, 186)))
    for row in range(8):  # cobbles
        y = 740 + row * 36
        for k in range(16):
            ell(d, k * 68 + (row % 2) * 34 + rng.uniform(-4, 4), y, 28, 12, L.tone((186, 176, 170)))
    lx = layout.choice([120, 900])  # a street lamp
    d.line((lx, ground + 20, lx, 520), fill=L.tone((70, 70, 90)), width=10)
    d.rounded_rectangle((lx - 22, 480, lx + 22, 530), radius=8, fill=(255, 226, 140))
    if L.time not in ("morning", "day"):
        p.glow(lx, 505, 90, 170)
    return ground


def _house(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    ground = 800
    p.band(620, L.tone((150, 210, 140)), layout, bumps=1.5, amp=30)
    hx = layout.uniform(560, 760) if view % 2 else layout.uniform(260, 460)
    tx = hx + (300 if hx < 512 else -300)
    _tree(d, L, tx, 700, 1.2)
    _cottage(p, hx, 700, 1.2, (250, 238, 214), (196, 96, 84))
    p.band(ground - 20, L.tone((136, 204, 120)), layout, bumps=2, amp=8)
    d.polygon([(hx - 40, 700), (hx + 40, 700), (hx + 120, SIZE), (hx - 120, SIZE)], fill=L.tone((226, 206, 170)))
    _flowers(d, L, rng, 30, ground)
    return ground


def _room(p: Painter, floor: float, wall: RGB, boards: RGB) -> None:
    """Wall, skirting and floorboards of an indoor scene."""
    d, L = p.draw, p.light
    d.rectangle((0, 0, SIZE, floor), fill=L.tone(wall))
    d.rectangle((0, floor, SIZE, SIZE), fill=L.tone(boards))
    for k in range(1, 9):
        y = floor + k * (SIZE - floor) / 8
        d.line((0, y, SIZE, y), fill=L.tone(shade(boards, 0.88)), width=3)
    d.rectangle((0, floor - 16, SIZE, floor), fill=L.tone(shade(wall, 0.8)))


def _bedroom(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    floor = 780
    wall = layout.choice([(200, 214, 240), (236, 214, 230), (214, 232, 214)])
    _room(p, floor, wall, (206, 164, 120))
    for k in range(14):  # little stars or dots on the wallpaper
        x, y = 40 + (k % 7) * 150 + (k // 7) * 75, 90 + (k // 7) * 140
        ell(d, x, y, 6, 6, L.tone(shade(wall, 0.9)))
    wx = layout.uniform(560, 780)
    window_view(p, wx - 130, 130, wx + 130, 430, rng)
    d.rectangle((wx - 170, 110, wx - 120, 470), fill=L.tone((240, 150, 160)))  # curtains
    d.rectangle((wx + 120, 110, wx + 170, 470), fill=L.tone((240, 150, 160)))
    sx = layout.uniform(60, 200)  # a shelf with toys
    d.rectangle((sx, 320, sx + 260, 336), fill=L.tone((170, 120, 80)))
    for k in range(4):
        col = L.tone(layout.choice([(240, 120, 120), (120, 180, 240), (250, 210, 90), (150, 210, 140)]))
        d.rounded_rectangle((sx + 16 + k * 60, 270, sx + 56 + k * 60, 320), radius=8, fill=col)
    lamp = layout.uniform(80, 300)  # a night lamp
    d.rectangle((lamp - 8, floor - 170, lamp + 8, floor), fill=L.tone((200, 180, 150)))
    d.polygon(
        [(lamp - 50, floor - 170), (lamp + 50, floor - 170), (lamp + 30, floor - 240), (lamp - 30, floor - 240)],
        fill=(255, 226, 150),
    )
    if L.time not in ("morning", "day"):
        p.glow(lamp, floor - 200, 160, 170)
    d.ellipse((200, floor + 80, 820, floor + 210), fill=L.tone((236, 170, 190)))  # rug
    return floor


def _kitchen(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    floor = 790
    _room(p, floor, (250, 236, 200), (196, 150, 110))
    for row in range(5):  # tiles behind the counter
        for k in range(22):
            d.rectangle((k * 48, 470 + row * 40, k * 48 + 44, 470 + row * 40 + 36), fill=L.tone((236, 242, 246)))
    wx = layout.uniform(400, 620)
    window_view(p, wx - 110, 140, wx + 110, 390, rng)
    d.rectangle((0, 660, SIZE, floor - 16), fill=L.tone((170, 120, 90)))  # cupboards
    d.rectangle((0, 650, SIZE, 672), fill=L.tone((230, 220, 210)))
    for k in range(6):
        d.rectangle((20 + k * 170, 690, 170 + k * 170, 760), outline=L.tone((140, 96, 70)), width=4)
        ell(d, 95 + k * 170, 700, 6, 6, L.tone((230, 200, 120)))
    px = layout.uniform(120, 300)  # a pot with soup
    d.rounded_rectangle((px - 60, 580, px + 60, 652), radius=14, fill=L.tone((220, 90, 80)))
    for k in range(3):
        d.arc((px - 30 + k * 30 - 10, 520, px - 30 + k * 30 + 10, 570), 90, 270, fill=L.tone((255, 255, 255)), width=4)
    jx = layout.uniform(720, 900)  # jars on a shelf
    d.rectangle((jx - 110, 300, jx + 110, 314), fill=L.tone((170, 120, 80)))
    for k in range(3):
        d.rounded_rectangle(
            (jx - 90 + k * 64, 240, jx - 50 + k * 64, 300),
            radius=10,
            fill=L.tone([(250, 200, 90), (240, 120, 110), (160, 210, 140)][k]),
        )
    return floor


def _living_room(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    floor = 790
    wall = layout.choice([(246, 222, 200), (226, 230, 246), (240, 226, 236)])
    _room(p, floor, wall, (190, 140, 100))
    for k in range(0, SIZE, 64):  # striped wallpaper
        d.rectangle((k, 0, k + 24, floor - 16), fill=L.tone(shade(wall, 0.95)))
    fx = layout.uniform(100, 260)  # a fireplace
    d.rectangle((fx - 120, 540, fx + 120, floor), fill=L.tone((200, 120, 100)))
    d.rectangle((fx - 140, 520, fx + 140, 546), fill=L.tone((160, 100, 80)))
    d.chord((fx - 70, 610, fx + 70, 760), 180, 360, fill=(60, 40, 40))
    d.rectangle((fx - 70, 685, fx + 70, floor), fill=(60, 40, 40))
    for k in range(3):
        ell(d, fx - 30 + k * 30, 740, 18, 34, (255, 170 + k * 20, 80))
    p.glow(fx, 720, 150, 180)
    wx = layout.uniform(560, 800)
    window_view(p, wx - 110, 150, wx + 110, 400, rng)
    sofa = L.tone(layout.choice([(120, 150, 210), (210, 120, 120), (130, 180, 140)]))
    sx = layout.uniform(560, 820)
    d.rounded_rectangle((sx - 190, 560, sx + 190, 700), radius=40, fill=sofa)
    d.rounded_rectangle((sx - 210, 640, sx + 210, 740), radius=30, fill=shade(sofa, 0.9))
    d.ellipse((240, floor + 70, 860, floor + 200), fill=L.tone((220, 170, 120)))
    return floor


def _bathroom(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    floor = 800
    _room(p, floor, (210, 236, 246), (226, 230, 236))
    for row in range(8):
        for k in range(22):
            d.rectangle((k * 48, 440 + row * 44, k * 48 + 44, 440 + row * 44 + 40), fill=L.tone((236, 248, 252)))
    window_view(p, 700, 120, 880, 330, rng)
    bx = layout.uniform(220, 360)
    d.rounded_rectangle((bx - 200, 620, bx + 200, 780), radius=60, fill=L.tone((250, 252, 255)))
    for _ in range(14):  # foam
        ell(
            d,
            bx + rng.uniform(-170, 170),
            620 + rng.uniform(-30, 10),
            rng.uniform(16, 30),
            rng.uniform(14, 24),
            (255, 255, 255),
        )
    for _ in range(8):
        r = rng.uniform(8, 18)
        ell(d, bx + rng.uniform(-200, 200), rng.uniform(380, 580), r, r, None, outline=L.tone((180, 220, 240)), width=3)
    return floor


def _library(p: Painter, rng: random.Random, layout: random.Random, view: int, places: frozenset[str]) -> float:
    d, L = p.draw, p.light
    floor = 790
    _room(p, floor, (236, 216, 186), (170, 120, 86))
    wood = L.tone((150, 100, 70))
    left = layout.uniform(0, 60)
    for shelf in range(2):  # two tall bookcases
        x0 = left + shelf * 560
        d.rectangle((x0, 80, x0 + 420, floor - 16), fill=wood)
        for row in range(5):
            y = 110 + row * 130
            d.rectangle((x0 + 16, y, x0 + 404, y + 110), fill=L.tone((110, 70, 50)))
            x = x0 + 22
            while x < x0 + 390:
                w = rng.uniform(16, 30)
                h = rng.uniform(70, 106)
                col = L.tone(
                    rng.choice([(200, 80, 80), (80, 120, 200), (90, 160, 100), (230, 180, 70), (160, 100, 180)])
                )
                d.rectangle((x, y + 110 - h, x + w, y + 110), fill=col)
                x += w + 3
    lx = left + 470  # a reading lamp
    d.line((lx, floor, lx, 460), fill=L.tone((90, 80, 70)), width=8)
    d.chord((lx - 50, 420, lx + 50, 500), 180, 360, fill=(120, 170, 120))
    p.glow(lx, 480, 120, 150)
    return floor


@dataclass(frozen=True)
class Backdrop:
    paint: Callable[[Painter, random.Random, random.Random, int, frozenset[str]], float]
    indoor: bool = False  # a room or a cave: no sun, moon or stars but through a window
    underwater: bool = False
    space: bool = False  # stars at any hour


BACKDROPS: dict[str, Backdrop] = {
    "forest": Backdrop(_forest),
    "dragon_hills": Backdrop(_dragon_hills),
    "sea_floor": Backdrop(_sea_floor, underwater=True),
    "cloud_castle": Backdrop(_cloud_castle),
    "clock_tower": Backdrop(_clock_tower, indoor=True),
    "space": Backdrop(_space, space=True),
    "tiny_world": Backdrop(_tiny_world),
    "weather_workshop": Backdrop(_weather_workshop, indoor=True),
    "animal_meadow": Backdrop(_animal_meadow),
    "dream_sky": Backdrop(_dream_sky),
    "meadow": Backdrop(_meadow),
    "hills": Backdrop(_hills),
    "mountains": Backdrop(_mountains),
    "cave": Backdrop(_cave, indoor=True),
    "beach": Backdrop(_beach),
    "river": Backdrop(_river),
    "lake": Backdrop(_lake),
    "garden": Backdrop(_garden),
    "jungle": Backdrop(_jungle),
    "desert": Backdrop(_desert),
    "snow": Backdrop(_snow),
    "castle": Backdrop(_castle),
    "village": Backdrop(_village),
    "house": Backdrop(_house),
    "bedroom": Backdrop(_bedroom, indoor=True),
    "kitchen": Backdrop(_kitchen, indoor=True),
    "living_room": Backdrop(_living_room, indoor=True),
    "bathroom": Backdrop(_bathroom, indoor=True),
    "library": Backdrop(_library, indoor=True),
}

# Where the water is in the places that have some, for a fish or a duck to swim in.
WATER_LINE: dict[str, float] = {"river": 750, "lake": 720, "beach": 650}

# Each adventure's own place, for scenes that name none.
SETTING_BACKDROPS: dict[str, str] = {
    "magical_forest_adventure": "forest",
    "friendly_dragon_encounter": "dragon_hills",
    "underwater_treasure_hunt": "sea_floor",
    "cloud_castle_journey": "cloud_castle",
    "time_travel_mission": "clock_tower",
    "space_exploration": "space",
    "miniature_world_discovery": "tiny_world",
    "weather_wizard_training": "weather_workshop",
    "animal_language_learning": "animal_meadow",
    "dream_world_adventure": "dream_sky",
    GENERIC: "meadow",
}

# The place vocabulary's concepts, drawn. A place not listed is drawn as its setting
# (the vocabulary's ``setting``), so every place the reader knows has a picture.
PLACE_BACKDROPS: dict[str, str] = {
    "pond": "lake",
    "lake": "lake",
    "swimming_pool": "lake",
    "river": "river",
    "stream": "river",
    "bridge": "river",
    "waterfall": "dragon_hills",
    "sea": "beach",
    "beach": "beach",
    "island": "beach",
    "harbour": "beach",
    "lighthouse": "beach",
    "boat": "beach",
    "ship": "beach",
    "coral_reef": "sea_floor",
    "underwater": "sea_floor",
    "submarine": "sea_floor",
    "aquarium": "sea_floor",
    "bathtub": "bathroom",
    "bathroom": "bathroom",
    "forest": "forest",
    "wood": "forest",
    "enchanted_forest": "forest",
    "fairyland": "forest",
    "campsite": "forest",
    "tent": "forest",
    "treehouse": "forest",
    "jungle": "jungle",
    "meadow": "meadow",
    "field": "meadow",
    "park": "meadow",
    "garden": "garden",
    "orchard": "garden",
    "farm": "animal_meadow",
    "barn": "animal_meadow",
    "stable": "animal_meadow",
    "zoo": "animal_meadow",
    "mountain": "mountains",
    "snowy_mountains": "mountains",
    "hill": "hills",
    "valley": "hills",
    "cave": "cave",
    "desert": "desert",
    "oasis": "desert",
    "savanna": "desert",
    "north_pole": "snow",
    "south_pole": "snow",
    "igloo": "snow",
    "iceberg": "snow",
    "ice_rink": "snow",
    "castle": "castle",
    "palace": "castle",
    "tower": "castle",
    "ice_palace": "castle",
    "cloud_castle": "cloud_castle",
    "clouds": "cloud_castle",
    "rainbow": "cloud_castle",
    "sky": "cloud_castle",
    "hot_air_balloon": "cloud_castle",
    "windmill": "meadow",
    "village": "village",
    "town": "village",
    "town_square": "village",
    "market": "village",
    "bakery": "village",
    "shop": "village",
    "toy_shop": "village",
    "sweet_shop": "village",
    "ice_cream_parlour": "village",
    "school": "village",
    "kindergarten": "village",
    "playground": "meadow",
    "circus": "village",
    "fairground": "village",
    "theatre": "village",
    "cinema": "village",
    "train_station": "village",
    "train": "village",
    "airport": "village",
    "library": "library",
    "museum": "library",
    "attic": "library",
    "space_station": "space",
    "moon": "space",
    "space": "space",
    "planet": "space",
    "stars": "space",
    "observatory": "space",
    "home": "house",
    "grandparents_house": "house",
    "cabin": "house",
    "kitchen": "kitchen",
    "bedroom": "bedroom",
    "living_room": "living_room",
    "garden_shed": "tiny_world",
    "greenhouse": "tiny_world",
    "flower_bed": "tiny_world",
    "anthill": "tiny_world",
    "dollhouse": "tiny_world",
    "sandpit": "tiny_world",
    "nest": "forest",
    "dreamland": "dream_sky",
    "toyland": "dream_sky",
}
# Places a scene mentions in passing (scene_reading.PASSING_PLACES: "the clouds drifted
# by") set the scene only in the adventure they belong to (the sky in a space story),
# and then with half a vote.
# Home is often passed through ("they left home", "headed home"): half a vote, so a
# scene at home is drawn there and a scene that leaves it is drawn where it goes.
HALF_VOTE_PLACES = frozenset({"home"})
# Companions and objects that belong somewhere: each is half a vote for its place, so
# an octopus and a pearl keep a "forest of seaweed" under the sea.
HABITATS: dict[str, str] = {
    **{
        c: "sea_floor"
        for c in (
            "octopus",
            "jellyfish",
            "starfish",
            "seahorse",
            "crab",
            "clownfish",
            "shark",
            "dolphin",
            "whale",
            "narwhal",
            "mermaid",
            "fish",
            "turtle",
        )
    },
    **{o: "sea_floor" for o in ("pearl", "shell", "treasure_chest", "submarine")},
    **{c: "space" for c in ("astronaut", "alien")},
    **{o: "space" for o in ("rocket", "planet", "shooting_star", "comet")},
    **{c: "snow" for c in ("polar_bear", "penguin", "reindeer", "yeti", "walrus")},
    **{o: "snow" for o in ("snowman", "snowball", "sled")},
    **{
        c: "animal_meadow"
        for c in ("cow", "calf", "pig", "hen", "rooster", "chick", "donkey", "horse", "foal", "farmer")
    },
}
# Places that, in an adventure, are that adventure's own place: the weather wizard's
# tower is the workshop, the cloud castle's towers are cloud towers, the tiny world is
# a garden seen from very close.
OWN_PLACES: dict[str, frozenset[str]] = {
    "cloud_castle_journey": frozenset({"castle", "palace", "tower", "cloud_castle", "clouds", "sky", "rainbow"}),
    "time_travel_mission": frozenset({"tower", "museum", "library"}),
    "weather_wizard_training": frozenset({"tower"}),
    "space_exploration": frozenset({"moon", "planet", "stars", "sky", "space", "space_station", "observatory"}),
    "underwater_treasure_hunt": frozenset({"sea", "underwater", "coral_reef", "forest", "wood"}),  # kelp forests
    "miniature_world_discovery": frozenset({"garden", "flower_bed", "anthill", "greenhouse"}),
    "dream_world_adventure": frozenset({"sky", "clouds", "dreamland", "rainbow"}),
    "friendly_dragon_encounter": frozenset({"hill", "valley", "waterfall"}),
}
PLACE_VOTE, PASSING_VOTE, HABITAT_VOTE, SETTING_VOTE = 1.0, 0.5, 0.5, 0.25
UNDERWATER_ACTIONS = frozenset({"dive", "breathe_underwater", "swim_with"})


def backdrop_for_place(place: str, setting: str, actions: tuple[str, ...] = ()) -> str:
    if place in OWN_PLACES.get(setting, ()):
        return SETTING_BACKDROPS[setting]
    if place == "sea" and (SETTING_BACKDROPS.get(setting) == "sea_floor" or UNDERWATER_ACTIONS & set(actions)):
        return "sea_floor"
    drawn = PLACE_BACKDROPS.get(place)
    if drawn is None:
        drawn = SETTING_BACKDROPS.get(PLACES.get(place, {}).get("setting", GENERIC), "meadow")
    return drawn


def choose_backdrop(reading: SceneReading, setting: str) -> str:
    """Where a scene is drawn: a bedroom at bedtime; else where its words put it (the
    places it names, each mention a vote, helped by the companions and things that
    live somewhere); else the adventure's own place. Between equal votes the
    adventure's own place wins, then the place named first."""
    if reading.bedtime:
        return "bedroom"
    own = SETTING_BACKDROPS.get(setting, "meadow")
    votes: dict[str, float] = {}
    first: dict[str, int] = {}

    def vote(backdrop: str, weight: float, position: int) -> None:
        votes[backdrop] = votes.get(backdrop, 0.0) + weight
        first[backdrop] = min(first.get(backdrop, position), position)

    own_places = OWN_PLACES.get(setting, frozenset())
    for named in reading.places:
        passing = named.concept in PASSING_PLACES
        if passing and named.concept not in own_places:
            continue
        weight = (PASSING_VOTE if passing or named.concept in HALF_VOTE_PLACES else PLACE_VOTE) * named.count
        vote(backdrop_for_place(named.concept, setting, reading.actions), weight, named.first)
    if votes:
        for named in (*reading.companions, *reading.objects):
            if named.concept in HABITATS:
                vote(HABITATS[named.concept], HABITAT_VOTE, named.first)
    if not votes:
        return own
    if own in votes:
        votes[own] += SETTING_VOTE
    return max(votes, key=lambda b: (votes[b], -first[b]))
