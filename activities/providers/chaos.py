"""Fault injection for tests and benchmarks (`STORYLOOM_CHAOS`), around real providers.

    STORYLOOM_CHAOS='{"illustration": {"latency_ms": [4000, 7000], "transient": 0.1}}'

Per capability: `latency_ms` [p50, p95] drawn from a log-normal distribution,
`transient` the probability of a retryable failure, `permanent` of a final one.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass

from activities.providers import ImageProvider, SpeechProvider, TextProvider
from activities.providers.errors import invalid_provider_request, provider_unavailable
from contracts.story import HeroProfile, IllustrationRequest, Narration, SceneDraft, SpokenScene, StoryBrief, StoryText

CAPABILITIES = ("text", "moderation", "scenes", "narration", "illustration", "avatar")
_Z95 = 1.6448536269514722  # the standard normal's 95th percentile


class ChaosConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Fault:
    latency_ms: tuple[float, float] | None = None
    transient: float = 0.0
    permanent: float = 0.0

    def latency_seconds(self, rng: random.Random) -> float:
        if not self.latency_ms:
            return 0.0
        p50, p95 = self.latency_ms
        sigma = max(math.log(p95) - math.log(p50), 0.0) / _Z95
        return rng.lognormvariate(math.log(p50), sigma) / 1000.0


def parse_chaos(text: str | None) -> dict[str, Fault]:
    if not text or not text.strip():
        return {}
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise ChaosConfigError(f"STORYLOOM_CHAOS is not JSON: {error}") from None
    if not isinstance(raw, dict):
        raise ChaosConfigError("STORYLOOM_CHAOS must be a JSON object keyed by capability")
    faults = {}
    for capability, spec in raw.items():
        if capability not in CAPABILITIES:
            raise ChaosConfigError(f"STORYLOOM_CHAOS: unknown capability {capability!r}; use {CAPABILITIES}")
        if not isinstance(spec, dict) or set(spec) - {"latency_ms", "transient", "permanent"}:
            raise ChaosConfigError(f"STORYLOOM_CHAOS.{capability}: use latency_ms, transient, permanent")
        latency = spec.get("latency_ms")
        if latency is not None:
            if not (isinstance(latency, list) and len(latency) == 2 and 0 < latency[0] <= latency[1]):
                raise ChaosConfigError(f"STORYLOOM_CHAOS.{capability}.latency_ms must be [p50, p95] with 0 < p50 <= p95")
            latency = (float(latency[0]), float(latency[1]))
        probabilities = {key: float(spec.get(key, 0.0)) for key in ("transient", "permanent")}
        if not all(0.0 <= value <= 1.0 for value in probabilities.values()):
            raise ChaosConfigError(f"STORYLOOM_CHAOS.{capability}: probabilities must lie in [0, 1]")
        faults[capability] = Fault(latency, **probabilities)
    return faults


class Chaos:
    def __init__(self, faults: dict[str, Fault], rng: random.Random | None = None) -> None:
        self.faults = faults
        self.rng = rng or random.Random()

    async def strike(self, capability: str) -> None:
        fault = self.faults.get(capability)
        if fault is None:
            return
        delay = fault.latency_seconds(self.rng)
        if delay:
            await asyncio.sleep(delay)
        roll = self.rng.random()
        if roll < fault.permanent:
            raise invalid_provider_request(f"injected permanent {capability} failure")
        if roll < fault.permanent + fault.transient:
            raise provider_unavailable(f"injected transient {capability} failure")


class ChaosText:
    def __init__(self, inner: TextProvider, chaos: Chaos) -> None:
        self.inner, self.chaos, self.name = inner, chaos, inner.name

    async def write_story(self, brief: StoryBrief, guidance: list[str] | None = None) -> StoryText:
        await self.chaos.strike("text")
        return await self.inner.write_story(brief, guidance)

    async def extract_scenes(self, story: StoryText, brief: StoryBrief) -> list[SceneDraft]:
        await self.chaos.strike("scenes")
        return await self.inner.extract_scenes(story, brief)


class ChaosSpeech:
    def __init__(self, inner: SpeechProvider, chaos: Chaos) -> None:
        self.inner, self.chaos, self.name = inner, chaos, inner.name

    async def narrate(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None
    ) -> Narration:
        await self.chaos.strike("narration")
        return await self.inner.narrate(segments, language, voice, hero_name)

    async def narrate_scenes(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None, start: int = 0
    ) -> AsyncIterator[SpokenScene]:
        """One strike per scene, all under way together, as a provider's requests for
        the scenes go out together: a scene is handed over once its strike is through
        and it is spoken."""
        strikes = [asyncio.ensure_future(self.chaos.strike("narration")) for _ in list(segments)[start:]]
        scenes = self.inner.narrate_scenes(segments, language, voice, hero_name, start)
        try:
            for strike in strikes:
                await strike
                yield await anext(scenes)
        finally:
            for strike in strikes:
                strike.cancel()
            await asyncio.gather(*strikes, return_exceptions=True)
            await scenes.aclose()


class ChaosImages:
    def __init__(self, inner: ImageProvider, chaos: Chaos) -> None:
        self.inner, self.chaos, self.name = inner, chaos, inner.name

    async def illustrate(self, request: IllustrationRequest) -> bytes:
        await self.chaos.strike("illustration")
        return await self.inner.illustrate(request)

    async def draw_avatar(self, hero: HeroProfile, seed: int) -> bytes:
        await self.chaos.strike("avatar")
        return await self.inner.draw_avatar(hero, seed)
