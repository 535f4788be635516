"""What provider calls cost: providers report tokens, characters and images to
the meter of the activity they run in; the activity prices and records them."""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
from dataclasses import dataclass, field

# USD per unit, under the models' own names (seed 001's models and today's ones).
# Override with STORYLOOM_PRICES='{"gpt-4o": {"input_per_1m": 2.5, ...}}'.
DEFAULT_PRICES: dict[str, dict[str, float]] = {
    "gpt-4o": {"input_per_1m": 2.50, "output_per_1m": 10.00},
    "gpt-4o-mini": {"input_per_1m": 0.15, "output_per_1m": 0.60},
    "gpt-4o-mini-tts": {"characters_per_1m": 15.00},
    "tts-1": {"characters_per_1m": 15.00},
    "tts-1-hd": {"characters_per_1m": 30.00},
    "whisper-1": {"per_audio_minute": 0.006},
    "gpt-image-1": {"per_image": 0.063},
    "dall-e-3": {"per_image": 0.080},
}


def prices() -> dict[str, dict[str, float]]:
    configured = os.environ.get("STORYLOOM_PRICES")
    return {**DEFAULT_PRICES, **(json.loads(configured) if configured else {})}


@dataclass
class Meter:
    # model -> {"input_tokens", "output_tokens", "characters", "images"}, and "audio_seconds"
    # for the models that listen (transcription)
    by_model: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, model: str, *, input_tokens: int = 0, output_tokens: int = 0, characters: int = 0,
            images: int = 0, audio_seconds: float = 0) -> None:
        counts = self.by_model.setdefault(model, {"input_tokens": 0, "output_tokens": 0, "characters": 0, "images": 0})
        counts["input_tokens"] += input_tokens
        counts["output_tokens"] += output_tokens
        counts["characters"] += characters
        counts["images"] += images
        if audio_seconds:
            counts["audio_seconds"] = round(counts.get("audio_seconds", 0) + audio_seconds, 3)

    @property
    def tokens(self) -> int:
        return sum(c["input_tokens"] + c["output_tokens"] for c in self.by_model.values())

    def cost_usd(self, table: dict[str, dict[str, float]] | None = None) -> float:
        table = table or prices()
        total = 0.0
        for model, counts in self.by_model.items():
            price = table.get(model, {})
            total += counts["input_tokens"] * price.get("input_per_1m", 0) / 1e6
            total += counts["output_tokens"] * price.get("output_per_1m", 0) / 1e6
            total += counts["characters"] * price.get("characters_per_1m", 0) / 1e6
            total += counts["images"] * price.get("per_image", 0)
            total += counts.get("audio_seconds", 0) / 60 * price.get("per_audio_minute", 0)
        return round(total, 6)


_METER: contextvars.ContextVar[Meter | None] = contextvars.ContextVar("storyloom_meter", default=None)


@contextlib.contextmanager
def metering():
    meter = Meter()
    token = _METER.set(meter)
    try:
        yield meter
    finally:
        _METER.reset(token)


def report(model: str, **counts: int) -> None:
    """Called by providers after each paid call; a no-op outside a metered activity."""
    meter = _METER.get()
    if meter is not None:
        meter.add(model, **counts)
