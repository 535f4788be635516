"""What every AI capability must offer, whichever service (or none) stands behind it."""

from __future__ import annotations

from typing import Protocol

from activities.contracts import HeroProfile, IllustrationRequest, Narration, SceneDraft, StoryBrief, StoryText


class TextProvider(Protocol):
    name: str

    async def write_story(self, brief: StoryBrief) -> StoryText: ...

    async def extract_scenes(self, story: StoryText, brief: StoryBrief) -> list[SceneDraft]: ...


class SpeechProvider(Protocol):
    name: str

    async def narrate(self, segments: list[str], language: str, voice: str) -> Narration: ...


class ImageProvider(Protocol):
    name: str

    async def illustrate(self, request: IllustrationRequest) -> bytes: ...

    async def draw_avatar(self, hero: HeroProfile, seed: int) -> bytes: ...
