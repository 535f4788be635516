"""The words Storyloom's parts share: languages, voices, events, statuses, stages.

Enums name each value once; the plain tuples beside them are what schemas, SQL
checks and JSON-schema enums are built from.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    ES = "es"
    FR = "fr"
    DE = "de"
    IT = "it"


class Voice(StrEnum):
    CORAL = "coral"
    NOVA = "nova"
    FABLE = "fable"
    ALLOY = "alloy"
    ECHO = "echo"
    ONYX = "onyx"
    SHIMMER = "shimmer"


class BuiltInEvent(StrEnum):
    MAGICAL_FOREST_ADVENTURE = "magical_forest_adventure"
    FRIENDLY_DRAGON_ENCOUNTER = "friendly_dragon_encounter"
    UNDERWATER_TREASURE_HUNT = "underwater_treasure_hunt"
    CLOUD_CASTLE_JOURNEY = "cloud_castle_journey"
    TIME_TRAVEL_MISSION = "time_travel_mission"
    SPACE_EXPLORATION = "space_exploration"
    MINIATURE_WORLD_DISCOVERY = "miniature_world_discovery"
    WEATHER_WIZARD_TRAINING = "weather_wizard_training"
    ANIMAL_LANGUAGE_LEARNING = "animal_language_learning"
    DREAM_WORLD_ADVENTURE = "dream_world_adventure"


class Emotion(StrEnum):
    JOYFUL = "joyful"
    PEACEFUL = "peaceful"
    EXCITING = "exciting"
    MYSTERIOUS = "mysterious"
    HEARTWARMING = "heartwarming"
    ADVENTUROUS = "adventurous"
    CONTEMPLATIVE = "contemplative"


class Importance(StrEnum):
    KEY = "key"
    MAJOR = "major"
    MINOR = "minor"


class StoryStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    PARTIAL = "partial"
    FAILED = "failed"


class WorkStatus(StrEnum):
    """A piece of a story's production: its narration, or one scene's picture."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    SKIPPED = "skipped"


class Stage(StrEnum):
    """Where a story is. A finished story's stage is its final status."""

    QUEUED = "queued"
    LOADING = "loading"
    WRITING = "writing"
    MODERATING = "moderating"
    EXTRACTING_SCENES = "extracting_scenes"
    SAVING = "saving"
    PRODUCING = "producing"
    FINISHING = "finishing"
    # A settled story whose pictures are drawn again reads as running in this stage
    # until the last scene run settles it (set by the API, cleared by settle_story).
    REDRAWING = "redrawing"


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


LANGUAGES = values(Language)
VOICES = values(Voice)
BUILT_IN_EVENTS = values(BuiltInEvent)
EMOTIONS = values(Emotion)
IMPORTANCE = values(Importance)
STORY_STATUSES = values(StoryStatus)
TERMINAL_STATUSES = (StoryStatus.COMPLETED.value, StoryStatus.PARTIAL.value, StoryStatus.FAILED.value)
REDRAWING_STAGE = Stage.REDRAWING.value

DEFAULT_LANGUAGE = Language.EN.value
# The voice of the deployment guide's examples, used when neither request nor settings name one.
DEFAULT_VOICE = Voice.CORAL.value

# The kind (stories.event_type) of a story row holding pictures of scenes the iOS app
# sent with their prompts, for a story it keeps itself: no title and no text of ours.
APP_SCENES = "app_scenes"
