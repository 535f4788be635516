"""The story's own values as workflows, activities and providers pass them.

They travel through Temporal's JSON converter, so they hold only JSON-friendly
values: never media bytes (those go to storage, and a key travels), except in
`Narration`, which a provider hands to its activity and never leaves it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from contracts.read_along import WordTiming


@dataclass(frozen=True)
class HeroProfile:
    name: str
    primary_trait: str
    secondary_trait: str
    appearance: str | None = None
    special_ability: str | None = None
    # hair_color, hair_style, eye_color, skin_tone, clothing_style,
    # distinctive_features, color_palette (seed 003); derived from appearance when absent.
    visual_profile: dict | None = None
    # The stored avatar ("bucket/path"): the reference picture for every scene.
    avatar_key: str | None = None
    # How the iOS app describes the hero's look (the prompt its avatar was drawn from),
    # sent with the scenes it asks pictures for.
    canonical_prompt: str | None = None


@dataclass(frozen=True)
class StoryBrief:
    """Everything a text provider needs to write one story."""

    language: str
    target_duration_seconds: int
    seed: int
    hero: HeroProfile | None = None
    # A built-in event key (BuiltInEvent), or None for custom and prompt stories.
    event_key: str | None = None
    # Free text from a custom event (title and prompt seed) or a /stories prompt.
    event_text: str | None = None
    title_hint: str | None = None
    style: str | None = None
    scene_count: int | None = None


@dataclass(frozen=True)
class StoryText:
    title: str
    content: str


@dataclass(frozen=True)
class SceneDraft:
    scene_number: int
    text_segment: str
    illustration_prompt: str
    emotion: str
    importance: str


@dataclass(frozen=True)
class IllustrationRequest:
    scene: SceneDraft
    language: str
    story_seed: int
    hero: HeroProfile | None = None
    event_key: str | None = None
    event_text: str | None = None
    total_scenes: int = 1


@dataclass
class Narration:
    """Speech for a whole story: MP3 bytes, where each segment starts, and each
    segment's speech on its own (a scene's audio)."""

    mp3: bytes
    duration_seconds: float
    segment_offsets_seconds: list[float] = field(default_factory=list)
    segment_mp3s: list[bytes] = field(default_factory=list)


@dataclass
class SpokenScene:
    """One scene's speech, handed over by a provider as soon as it is made: its MP3 (frames
    that can be joined to the other scenes'), how long it lasts, and its words, timed
    from the start of this scene's audio, with character offsets into the segment text
    exactly as the provider was given it."""

    mp3: bytes
    duration_seconds: float
    words: list[WordTiming] = field(default_factory=list)
    word_timing: str = "estimate"  # a contracts.read_along.WordTimingSource
