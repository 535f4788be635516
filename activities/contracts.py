"""Plain dataclasses exchanged between workflows, activities and providers.

They travel through Temporal's default JSON converter, so they hold only
JSON-friendly values: never media bytes (those go to storage, and a key travels).
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("en", "es", "fr", "de", "it")
VOICES = ("coral", "nova", "fable", "alloy", "echo", "onyx", "shimmer")
EMOTIONS = ("joyful", "peaceful", "exciting", "mysterious", "heartwarming", "adventurous", "contemplative")
IMPORTANCE = ("key", "major", "minor")
BUILT_IN_EVENTS = (
    "magical_forest_adventure",
    "friendly_dragon_encounter",
    "underwater_treasure_hunt",
    "cloud_castle_journey",
    "time_travel_mission",
    "space_exploration",
    "miniature_world_discovery",
    "weather_wizard_training",
    "animal_language_learning",
    "dream_world_adventure",
)

# The calm bedtime reading pace. The composer sizes stories with it and the
# narrator speaks at it, so a story's length in words maps to its length in time.
NARRATION_WORDS_PER_MINUTE = 130
MIN_SCENES = 3
MAX_SCENES = 6


def count_words(text: str) -> int:
    return len(text.split())


def reading_seconds(words: int) -> float:
    """How long `words` take to read aloud at the bedtime pace."""
    return words * 60.0 / NARRATION_WORDS_PER_MINUTE


def scene_start_estimates(scenes: list["SceneDraft"]) -> list[float]:
    """Where each scene starts at the reading pace, before narration measures it."""
    starts, words = [], 0
    for scene in scenes:
        starts.append(round(reading_seconds(words), 3))
        words += count_words(scene.text_segment)
    return starts


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


@dataclass(frozen=True)
class StoryBrief:
    """Everything a text provider needs to write one story."""

    language: str
    target_duration_seconds: int
    seed: int
    hero: HeroProfile | None = None
    # A built-in event key (BUILT_IN_EVENTS), or None for custom and prompt stories.
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


# A settled story whose pictures are drawn again reads as running in this stage until
# the last scene run settles it (set by the API, cleared by the settle_story activity).
REDRAWING_STAGE = "redrawing"
