"""The light of a picture: the sky for the time of day, the feeling's palette, and what
shines in the sky (sun, moon, stars).

Stars are drawn in one place only, ``sky_stars``, which refuses to put them in a
daytime sky or under water: the rule is kept by construction, not by each scene.
"""

from __future__ import annotations

import random

from activities.providers.offline.canvas import RGB, Light, Painter, ell, mix, shade, star

TIMES = ("morning", "day", "sunset", "evening", "night")
DAYLIGHT = frozenset({"morning", "day"})
STARRY = frozenset({"evening", "night"})

# The sky for each time of day (top, bottom), how much the feeling may colour it, and
# how much scenery is dimmed: a night picture is dark blue with a moon, never black.
TIME_SKY: dict[str, tuple[RGB, RGB, float, float]] = {
    "morning": ((150, 204, 250), (255, 226, 196), 0.3, 1.0),
    "day": ((96, 178, 248), (220, 240, 255), 0.3, 1.0),
    "sunset": ((120, 96, 186), (255, 160, 112), 0.15, 0.88),
    "evening": ((44, 52, 118), (140, 108, 170), 0.12, 0.7),
    "night": ((16, 22, 58), (46, 52, 108), 0.08, 0.55),
}
EMOTION_SKY: dict[str, tuple[RGB, RGB]] = {
    "joyful": ((110, 185, 250), (255, 232, 170)),
    "peaceful": ((90, 110, 190), (196, 186, 232)),
    "exciting": ((80, 165, 255), (255, 206, 130)),
    "mysterious": ((120, 90, 190), (214, 170, 236)),
    "heartwarming": ((244, 160, 150), (255, 224, 186)),
    "adventurous": ((96, 180, 240), (206, 242, 214)),
    "contemplative": ((150, 160, 214), (232, 218, 240)),
}
# Where the place itself colours the light (water, space, a warm room), and how much.
PLACE_SKY: dict[str, tuple[RGB, RGB, float]] = {
    "sea_floor": ((110, 210, 232), (36, 120, 184), 0.7),
    "space": ((24, 26, 80), (86, 60, 140), 0.85),
    "dream_sky": ((176, 150, 230), (255, 200, 222), 0.35),
}
INDOOR_WALL: tuple[RGB, RGB] = ((246, 226, 200), (226, 196, 160))

SKY_STAR: RGB = (255, 250, 222)  # the colour of sky stars, and of nothing else
MOON: RGB = (252, 246, 214)
SUN: RGB = (255, 226, 120)


def make_light(emotion: str, time: str, backdrop: str, indoor: bool) -> Light:
    top, bottom, feeling, dim = TIME_SKY[time]
    e_top, e_bottom = EMOTION_SKY.get(emotion, EMOTION_SKY["peaceful"])
    top, bottom = mix(top, e_top, feeling), mix(bottom, e_bottom, feeling)
    if backdrop in PLACE_SKY:
        p_top, p_bottom, weight = PLACE_SKY[backdrop]
        weight = weight if time in DAYLIGHT else weight * 0.6
        top, bottom = mix(top, shade(p_top, dim), weight), mix(bottom, shade(p_bottom, dim), weight)
    if indoor:
        # A lit room: warm walls, a little dimmer at night (the window shows the sky).
        wall_top, wall_bottom = INDOOR_WALL
        room = 1.0 if time in DAYLIGHT else 0.86 if time == "sunset" else 0.74
        top, bottom = shade(mix(wall_top, top, 0.12), room), shade(mix(wall_bottom, bottom, 0.12), room)
        dim = max(dim, 0.78)
    return Light(top, bottom, time, emotion, dim, bottom)


def sky_stars(
    p: Painter,
    rng: random.Random,
    count: int,
    top: float = 0,
    bottom: float = 520,
    left: float = 0,
    right: float = 1024,
    underwater: bool = False,
    always: bool = False,
) -> None:
    """Twinkling stars, only where there are stars to see: in an evening or night sky
    (or in space, ``always``), never by day and never under water."""
    if underwater or (not always and p.light.time not in STARRY):
        return
    if not always and p.light.time == "evening":
        count = max(1, count // 4)
    for _ in range(count):
        star(p.draw, rng.uniform(left, right), rng.uniform(top, bottom), rng.uniform(3, 8), SKY_STAR)


def sky_lights(p: Painter, rng: random.Random, layout: random.Random) -> None:
    """Sun by day, a low sun at sunset, the moon and stars in the evening and at night."""
    d, time = p.draw, p.light.time
    x = layout.uniform(140, 880)
    if time == "night":
        y = layout.uniform(110, 190)
        ell(d, x, y, 54, 54, MOON)
        ell(d, x + 22, y - 12, 46, 46, p.light.top)  # a crescent
        p.glow(x, y, 150, 110)
        sky_stars(p, rng, 60)
    elif time == "evening":
        y = layout.uniform(220, 300)
        ell(d, x, y, 50, 50, mix(MOON, p.light.top, 0.1))
        p.glow(x, y, 120, 90)
        sky_stars(p, rng, 40, bottom=360)
    elif time == "sunset":
        ell(d, x, 470, 86, 86, (255, 184, 116))
        p.glow(x, 470, 280, 170)
    elif time == "morning":
        y = layout.uniform(260, 340)
        ell(d, x, y, 66, 66, mix(SUN, (255, 255, 255), 0.25))
        p.glow(x, y, 200, 150)
    else:
        y = layout.uniform(110, 170)
        ell(d, x, y, 70, 70, SUN)
        p.glow(x, y, 170, 150)


def window_view(p: Painter, x0: float, y0: float, x1: float, y1: float, rng: random.Random) -> None:
    """A window onto the sky of this time of day, with its frame (an indoor scene's clock)."""
    d, time = p.draw, p.light.time
    top, bottom, _, _ = TIME_SKY[time]
    steps = 12
    for k in range(steps):
        t = k / (steps - 1)
        d.rectangle((x0, y0 + (y1 - y0) * k / steps, x1, y0 + (y1 - y0) * (k + 1) / steps), fill=mix(top, bottom, t))
    cx = (x0 + x1) / 2
    if time == "night":
        ell(d, cx + (x1 - x0) * 0.2, y0 + 50, 24, 24, MOON)
        ell(d, cx + (x1 - x0) * 0.2 + 10, y0 + 44, 20, 20, top)
        sky_stars(p, rng, 14, top=y0 + 10, bottom=y1 - 20, left=x0 + 10, right=x1 - 10)
    elif time == "evening":
        sky_stars(p, rng, 16, top=y0 + 10, bottom=y1 - 20, left=x0 + 10, right=x1 - 10)
    elif time == "sunset":
        ell(d, cx, y1 - 30, 40, 40, (255, 184, 116))
    else:
        ell(d, cx - (x1 - x0) * 0.2, y0 + 50, 30, 30, SUN)
    frame = p.light.tone((250, 250, 246))
    d.rectangle((x0, y0, x1, y1), outline=frame, width=14)
    d.line((cx, y0, cx, y1), fill=frame, width=10)
    d.line((x0, (y0 + y1) / 2, x1, (y0 + y1) / 2), fill=frame, width=10)
