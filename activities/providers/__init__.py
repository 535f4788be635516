"""What every AI capability must offer, whichever service (or none) stands behind it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol

from activities.safety.ai_review import ContentAnalysis
from contracts.story import HeroProfile, IllustrationRequest, Narration, SceneDraft, SpokenScene, StoryBrief, StoryText


class TextProvider(Protocol):
    name: str

    async def write_story(self, brief: StoryBrief, guidance: list[str] | None = None) -> StoryText:
        """`guidance`: what the child-safety check found in an earlier draft, to avoid."""
        ...

    async def extract_scenes(self, story: StoryText, brief: StoryBrief) -> list[SceneDraft]: ...


class SpeechProvider(Protocol):
    name: str

    async def narrate(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None
    ) -> Narration: ...

    def narrate_scenes(
        self, segments: list[str], language: str, voice: str, hero_name: str | None = None, start: int = 0
    ) -> AsyncIterator[SpokenScene]:
        """The segments from `start` on, one scene at a time, in order, each handed over
        as soon as it is spoken (with its word timings), so the first can be published
        while the others are made. The whole story is read at one pace whatever `start` is."""
        ...


class ImageProvider(Protocol):
    name: str

    async def illustrate(self, request: IllustrationRequest) -> bytes: ...

    async def draw_avatar(self, hero: HeroProfile, seed: int) -> bytes: ...


class ContentReviewer(Protocol):
    """The AI safety layer: per-category moderation scores for many texts at once,
    and a structured analysis of one text. The child's name is passed separately
    so that a provider can keep it to itself."""

    name: str

    async def moderate(self, texts: list[str], hero_name: str | None = None) -> list[dict[str, float]]: ...

    async def analyse(
        self, text: str, language: str, content_type: str, hero_name: str | None = None
    ) -> ContentAnalysis: ...


@dataclass(frozen=True)
class Providers:
    text: TextProvider
    speech: SpeechProvider
    images: ImageProvider
    # None when no AI reviewer is configured: the offline layers stand alone.
    reviewer: ContentReviewer | None = None
