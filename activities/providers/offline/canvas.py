"""The offline pictures' canvas: colours, soft shapes and one 1024x1024 painter.

Everything here is a pure function of its arguments; randomness is always passed in
as a seeded ``random.Random``, so the same request draws the same pixels.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

SIZE = 1024
RGB = tuple[int, int, int]
Point = tuple[float, float]

# The glow layer is drawn at a quarter of the size and blurred: soft, and cheap.
GLOW_SCALE = 0.25


def hashed_color(text: str) -> RGB:
    """A mid-bright colour that belongs to a word, the same on every run."""
    digest = hashlib.sha256(text.encode()).digest()
    return (70 + digest[0] % 160, 70 + digest[1] % 160, 70 + digest[2] % 160)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))  # type: ignore[return-value]


def shade(c: RGB, f: float) -> RGB:
    return tuple(max(0, min(255, int(round(v * f)))) for v in c)  # type: ignore[return-value]


def ell(d: ImageDraw.ImageDraw, cx: float, cy: float, rx: float, ry: float, fill, outline=None, width: int = 1) -> None:
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=fill, outline=outline, width=width)


def limb(d: ImageDraw.ImageDraw, a: Point, b: Point, width: float, fill) -> None:
    """A thick line with round ends (arms, legs, stalks)."""
    d.line((a, b), fill=fill, width=max(1, int(width)))
    r = width / 2
    for x, y in (a, b):
        ell(d, x, y, r, r, fill)


def box(a: Point, b: Point) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


def star(d: ImageDraw.ImageDraw, x: float, y: float, r: float, fill, points: int = 5) -> None:
    pts = []
    for k in range(points * 2):
        angle = -math.pi / 2 + k * math.pi / points
        rr = r if k % 2 == 0 else r * 0.45
        pts.append((x + math.cos(angle) * rr, y + math.sin(angle) * rr))
    d.polygon(pts, fill=fill)


def cloud(d: ImageDraw.ImageDraw, x: float, y: float, w: float, color: RGB) -> None:
    for dx, dy, r in ((-0.35, 0.05, 0.28), (0.0, -0.12, 0.36), (0.34, 0.02, 0.3), (0.0, 0.1, 0.3)):
        ell(d, x + dx * w, y + dy * w, r * w, r * w * 0.8, color)


def gradient(top: RGB, bottom: RGB, size: tuple[int, int] = (SIZE, SIZE)) -> Image.Image:
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


@dataclass(frozen=True)
class Light:
    """The light a picture is drawn under: its sky, the time of day and the feeling."""

    top: RGB
    bottom: RGB
    time: str  # morning, day, sunset, evening or night
    emotion: str
    shade: float  # 1.0 by day; lower towards night
    tint: RGB  # the colour scenery leans towards

    def tone(self, color: RGB) -> RGB:
        """A scenery colour under this light (tinted, dimmed towards night)."""
        return shade(mix(color, self.tint, 0.18), self.shade)


class Painter:
    """A 1024x1024 canvas under one light, with the few soft-shape helpers scenes need."""

    def __init__(self, light: Light) -> None:
        self.light = light
        self.image = gradient(light.top, light.bottom)
        self.draw = ImageDraw.Draw(self.image)
        self._new_glow()

    def _new_glow(self) -> None:
        side = int(SIZE * GLOW_SCALE)
        self._glow = Image.new("L", (side, side), 0)
        self._glow_draw = ImageDraw.Draw(self._glow)
        self._glowing = False

    def glow(self, x: float, y: float, r: float, strength: int = 160) -> None:
        """Queue a soft glow (applied in one pass by ``apply_glow``)."""
        q = GLOW_SCALE
        self._glow_draw.ellipse((x * q - r * q, y * q - r * q, x * q + r * q, y * q + r * q), fill=strength)
        self._glowing = True

    def apply_glow(self, color: RGB) -> None:
        """Lay the queued glows over the picture in ``color`` and start a fresh layer."""
        if self._glowing:
            mask = self._glow.filter(ImageFilter.GaussianBlur(6)).resize((SIZE, SIZE), Image.BILINEAR)
            self.image.paste(Image.new("RGB", (SIZE, SIZE), color), (0, 0), mask)
            self.draw = ImageDraw.Draw(self.image)
        self._new_glow()

    def begin_figures(self) -> None:
        """Draw what follows (companions, things, the hero) on a layer of its own, so the
        glows queued meanwhile shine behind them rather than wash over them."""
        self._figures = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self._figures)

    def end_figures(self, glow_color: RGB) -> None:
        """Lay the glows on the place, then the figures over it, in their own colours."""
        figures = self._figures
        self.apply_glow(glow_color)
        self.image.paste(figures, (0, 0), figures)
        self.draw = ImageDraw.Draw(self.image)

    def mirror(self) -> None:
        """Flip what is drawn so far left to right (another view of the same place)."""
        self.image = self.image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        self.draw = ImageDraw.Draw(self.image)
        self._glow = self._glow.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        self._glow_draw = ImageDraw.Draw(self._glow)

    def band(
        self, top_y: float, color: RGB, rng: random.Random, bumps: float = 4, amp: float = 40, bottom: float = SIZE
    ) -> None:
        """A rolling ground band (hills) from ``top_y`` down."""
        pts = [(0.0, bottom)]
        phase = rng.uniform(0, math.pi * 2)
        for k in range(0, 33):
            px = k * SIZE / 32
            py = top_y + math.sin(phase + k / 32 * math.pi * bumps) * amp
            pts.append((px, py))
        pts.append((float(SIZE), bottom))
        self.draw.polygon(pts, fill=color)
