"""One dataclass argument (and result) per activity and workflow, as Temporal
recommends: fields can be added later without breaking running workflows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from contracts.story import SceneDraft, StoryBrief, StoryText


@dataclass(frozen=True)
class StoryRef:
    story_id: str


@dataclass(frozen=True)
class ProgressSnapshot:
    """The workflow's progress, mirrored into `stories` so it outlives workers."""

    story_id: str
    status: str
    stage: str
    percent: int
    # Serialised StoryProgress; `version` orders concurrent writes.
    progress: dict
    version: int
    error_code: str | None = None
    error_message: str | None = None


@dataclass(frozen=True)
class LoadedStory:
    brief: StoryBrief
    user_id: str
    hero_id: str | None
    voice: str
    narrate: bool
    illustrate: bool


@dataclass(frozen=True)
class WriteStoryInput:
    story_id: str
    brief: StoryBrief
    # A draft that failed its check is written again with what the check found.
    attempt: int = 0
    guidance: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ExtractScenesInput:
    story_id: str
    brief: StoryBrief
    story: StoryText
    # Set for a text that is no story of ours (the app's extract-scenes): whose it is,
    # so its costs are theirs; nothing is mirrored into a story row. `story_id` is then
    # the extraction's own id.
    user_id: str | None = None


@dataclass(frozen=True)
class SaveStoryInput:
    story_id: str
    story: StoryText
    scenes: list[SceneDraft]
    generation_metadata: dict = field(default_factory=dict)
    # What production will make, written beside the saved story so that progress read
    # from the database knows which pictures and narration to wait for.
    narrate: bool = True
    illustrate: bool = True
    # The story's language, for checking the scenes before they are saved (save_checked_story).
    language: str | None = None


@dataclass(frozen=True)
class NarrateInput:
    # Ids and the voice: the scene texts are read from the database, so a new
    # narration in another voice needs nothing else.
    story_id: str
    user_id: str
    voice: str


@dataclass(frozen=True)
class NarrateTextInput:
    """A text the app asks to hear with no story of ours behind it (already through the gate)."""

    user_id: str
    text: str
    voice: str
    language: str


@dataclass(frozen=True)
class NarrationResult:
    audio_key: str
    duration_seconds: float
    scene_offsets_seconds: list[float]
    scene_audio_keys: list[str]
    file_size_bytes: int = 0


@dataclass(frozen=True)
class IllustrateSceneInput:
    story_id: str
    user_id: str
    scene_number: int
    # A regeneration draws revision n > 0 to a new key; a retry redraws revision 0.
    revision: int = 0
    prompt_override: str | None = None


@dataclass(frozen=True)
class IllustrationResult:
    scene_number: int
    image_key: str


@dataclass(frozen=True)
class IllustrationFailure:
    story_id: str
    scene_number: int
    error_type: str
    message: str


@dataclass(frozen=True)
class FinishStoryInput:
    story_id: str
    narration_failed: bool = False
    error_code: str | None = None
    error_message: str | None = None


@dataclass(frozen=True)
class FinishedStory:
    status: str
    completed_scenes: int
    failed_scenes: int


@dataclass(frozen=True)
class AvatarInput:
    hero_id: str
    user_id: str
    generation_id: str


@dataclass(frozen=True)
class AvatarResult:
    hero_id: str
    generation_id: str
    avatar_key: str
    visual_profile: dict
    revised_prompt: str | None = None
    file_size_bytes: int = 0
    image_size: str = "1024x1024"


@dataclass(frozen=True)
class ErasureInput:
    """One story, one hero, or (neither given) everything of the user."""

    user_id: str
    story_id: str | None = None
    hero_id: str | None = None


@dataclass(frozen=True)
class ErasureResult:
    objects_deleted: int
    rows_deleted: int


@dataclass(frozen=True)
class MaintenanceResult:
    rate_limit_rows: int
    cache_entries: int


@dataclass(frozen=True)
class ModerateBriefInput:
    story_id: str
    brief: StoryBrief


@dataclass(frozen=True)
class ModerateStoryInput:
    story_id: str
    brief: StoryBrief
    story: StoryText


@dataclass(frozen=True)
class CheckStoryInput:
    story_id: str
    brief: StoryBrief
    story: StoryText


@dataclass(frozen=True)
class StoryCheck:
    """A written story after its check: the text to use (mild fear words swapped),
    or, when it failed, what to do better on the next draft."""

    story: StoryText | None
    reason_codes: list[str] = field(default_factory=list)
    guidance: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.story is not None


@dataclass(frozen=True)
class ModerateScenesInput:
    story_id: str
    language: str
    scenes: list[SceneDraft]
    # As in ExtractScenesInput: set for scenes of no story of ours, with the hero's name
    # kept from the AI reviewer (a story of ours reads both from its row).
    user_id: str | None = None
    hero_name: str | None = None


@dataclass(frozen=True)
class CheckInputsInput:
    user_id: str
    content_type: str  # hero | event | prompt
    content_id: str
    fields: dict[str, str | None]
    # None: the text has no language of its own and is checked in all five.
    language: str | None = None
    # A public custom event, which every family may read, gets the strictest check.
    public: bool = False


@dataclass(frozen=True)
class FieldRefusal:
    field: str
    category: str
    reason_code: str
    suggestion: str


@dataclass(frozen=True)
class CheckedInputs:
    # Each field exactly as typed (None where refused): a parent's text is never reworded.
    fields: dict[str, str | None]
    refused: list[str]
    reason_codes: list[str]
    refusals: list[FieldRefusal] = field(default_factory=list)


# ---- typed activity references ------------------------------------------------
# Workflows call activities by name, so their implementations (and the I/O libraries
# those import) stay out of workflow code; each reference carries the input and result
# types, so a call is still checked (workflows.steps) and a test holds every reference
# to the registered activity's own signature.

Input = TypeVar("Input")
Result = TypeVar("Result")


@dataclass(frozen=True)
class ActivityRef(Generic[Input, Result]):
    name: str
    input: Any  # the argument's type, or None for an activity that takes none
    result: Any  # the result's type, or None for an activity that returns nothing


# The brief loaded and through the gate in one step; runs recorded before it called the two below.
LOAD_CHECKED_BRIEF = ActivityRef[StoryRef, LoadedStory]("load_checked_brief", StoryRef, LoadedStory)
LOAD_STORY_BRIEF = ActivityRef[StoryRef, LoadedStory]("load_story_brief", StoryRef, LoadedStory)
WRITE_STORY = ActivityRef[WriteStoryInput, StoryText]("write_story", WriteStoryInput, StoryText)
EXTRACT_SCENES = ActivityRef[ExtractScenesInput, list[SceneDraft]]("extract_scenes", ExtractScenesInput, list[SceneDraft])
SAVE_STORY = ActivityRef[SaveStoryInput, None]("save_story", SaveStoryInput, None)
# The scenes checked, then saved with the story; returns them as saved.
SAVE_CHECKED_STORY = ActivityRef[SaveStoryInput, list[SceneDraft]](
    "save_checked_story", SaveStoryInput, list[SceneDraft])
MODERATE_BRIEF = ActivityRef[ModerateBriefInput, StoryBrief]("moderate_brief", ModerateBriefInput, StoryBrief)
# Kept for runs recorded before check_story existed (it writes a story again inside itself).
MODERATE_STORY = ActivityRef[ModerateStoryInput, StoryText]("moderate_story", ModerateStoryInput, StoryText)
CHECK_STORY = ActivityRef[CheckStoryInput, StoryCheck]("check_story", CheckStoryInput, StoryCheck)
MODERATE_SCENES = ActivityRef[ModerateScenesInput, list[SceneDraft]]("moderate_scenes", ModerateScenesInput, list[SceneDraft])
CHECK_INPUTS = ActivityRef[CheckInputsInput, CheckedInputs]("check_inputs", CheckInputsInput, CheckedInputs)
NARRATE_STORY = ActivityRef[NarrateInput, NarrationResult]("narrate_story", NarrateInput, NarrationResult)
NARRATE_TEXT = ActivityRef[NarrateTextInput, NarrationResult]("narrate_text", NarrateTextInput, NarrationResult)
ILLUSTRATE_SCENE = ActivityRef[IllustrateSceneInput, IllustrationResult](
    "illustrate_scene", IllustrateSceneInput, IllustrationResult)
RECORD_ILLUSTRATION_FAILURE = ActivityRef[IllustrationFailure, None](
    "record_illustration_failure", IllustrationFailure, None)
# Kept for runs recorded before each step wrote its own progress.
RECORD_PROGRESS = ActivityRef[ProgressSnapshot, None]("record_progress", ProgressSnapshot, None)
FINISH_STORY = ActivityRef[FinishStoryInput, FinishedStory]("finish_story", FinishStoryInput, FinishedStory)
SETTLE_STORY = ActivityRef[StoryRef, str]("settle_story", StoryRef, str)
GENERATE_AVATAR = ActivityRef[AvatarInput, AvatarResult]("generate_avatar", AvatarInput, AvatarResult)
ERASE = ActivityRef[ErasureInput, ErasureResult]("erase", ErasureInput, ErasureResult)
CLEAN_EXPIRED = ActivityRef[None, MaintenanceResult]("clean_expired", None, MaintenanceResult)

ACTIVITIES = (
    LOAD_CHECKED_BRIEF, LOAD_STORY_BRIEF, WRITE_STORY, EXTRACT_SCENES, SAVE_STORY, SAVE_CHECKED_STORY,
    MODERATE_BRIEF, MODERATE_STORY, CHECK_STORY,
    MODERATE_SCENES, CHECK_INPUTS, NARRATE_STORY, NARRATE_TEXT, ILLUSTRATE_SCENE, RECORD_ILLUSTRATION_FAILURE, RECORD_PROGRESS,
    FINISH_STORY, SETTLE_STORY, GENERATE_AVATAR, ERASE, CLEAN_EXPIRED,
)
