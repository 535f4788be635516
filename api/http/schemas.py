"""Request and response shapes of the /v1 API (msgspec structs, so the OpenAPI
document is generated from exactly what is validated and returned)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from msgspec import Meta, Struct

from contracts.vocabulary import EMOTIONS, IMPORTANCE, STORY_STATUSES, VOICES

# The vocabulary's values, as literals the OpenAPI document lists.
Voice = Literal[VOICES]
Emotion = Literal[EMOTIONS]
Importance = Literal[IMPORTANCE]
StoryStatus = Literal[STORY_STATUSES]
HeroName = Annotated[str, Meta(min_length=1, max_length=50)]
Trait = Annotated[str, Meta(min_length=1, max_length=40)]
# The iOS app sends codes ("fr") or, in shipped versions, names ("French").
LanguageInput = Annotated[str, Meta(min_length=2, max_length=20, description="en, es, fr, de, it, or the language's English name")]


class HeroCreate(Struct, forbid_unknown_fields=True):
    name: HeroName
    primary_trait: Trait
    secondary_trait: Trait
    appearance: Annotated[str, Meta(max_length=500)] | None = None
    special_ability: Annotated[str, Meta(max_length=200)] | None = None


class HeroUpdate(Struct, forbid_unknown_fields=True):
    name: HeroName | None = None
    primary_trait: Trait | None = None
    secondary_trait: Trait | None = None
    appearance: Annotated[str, Meta(max_length=500)] | None = None
    special_ability: Annotated[str, Meta(max_length=200)] | None = None
    is_active: bool | None = None


class GalleryImageView(Struct):
    id: UUID
    image_url: str | None
    generation_id: str | None
    is_primary: bool
    created_at: datetime


class HeroView(Struct):
    id: UUID
    name: str
    primary_trait: str
    secondary_trait: str
    appearance: str | None
    special_ability: str | None
    avatar_url: str | None
    visual_profile: dict | None
    is_active: bool
    created_at: datetime
    updated_at: datetime


class EventData(Struct, forbid_unknown_fields=True):
    event: str | None = None
    custom_event_id: UUID | None = None


class EventSpec(Struct, forbid_unknown_fields=True):
    type: Literal["built_in", "custom"]
    data: EventData


class StoryCreate(Struct, forbid_unknown_fields=True):
    hero_id: UUID
    event: EventSpec
    target_duration: Annotated[int, Meta(ge=60, le=600, description="Seconds of narration wanted")] = 300
    language: LanguageInput = "en"
    voice: Voice | None = None
    narrate: bool = True
    illustrate: bool = True


class StoryAccepted(Struct):
    story_id: UUID
    status: StoryStatus
    workflow_id: str
    links: dict[str, str]


class ErrorInfo(Struct):
    code: str
    message: str


class SceneView(Struct):
    scene_number: int
    text_segment: str
    illustration_prompt: str
    timestamp_seconds: float
    emotion: str | None
    importance: str | None
    image_url: str | None
    illustration_status: str
    audio_url: str | None = None


class StoryView(Struct):
    id: UUID
    status: StoryStatus
    stage: str | None
    percent: int
    title: str | None
    content: str | None
    language: str
    hero_id: UUID | None
    event_type: str
    event_data: dict
    word_count: int | None
    estimated_duration_seconds: float | None
    audio_url: str | None
    audio_duration_seconds: float | None
    audio_voice: str | None
    is_favorite: bool
    play_count: int
    created_at: datetime
    updated_at: datetime
    scenes: list[SceneView]
    error: ErrorInfo | None = None
    # What the story's provider calls cost: tokens, characters and images per model, priced in USD.
    cost: dict | None = None
    player_url: Annotated[str | None, Meta(description=(
        "A page that plays the story in a browser, its pictures turning with the narration and each word "
        "highlighted as it is spoken (the story still being made fills in as it comes); a signed link that "
        "expires like the media links and needs no token"))] = None


class SceneProgressView(Struct):
    scene_number: int
    status: Annotated[str, Meta(description="The scene's picture: pending, running, completed, failed or skipped")]
    attempts: int
    narration: Annotated[str, Meta(description=(
        "The scene's narration: completed as soon as its audio can be played (the first scene long before "
        "the last), running while it is spoken, else pending, failed or skipped"))] = "pending"


class ProgressView(Struct):
    story_id: UUID
    status: StoryStatus
    stage: str
    percent: int
    narration: str
    scenes: list[SceneProgressView]
    started_at: str | None
    updated_at: str | None
    error: ErrorInfo | None
    # "workflow" while a worker answers the query, "database" otherwise.
    source: Literal["workflow", "database"]


WordTimingSource = Literal["synthesizer", "transcription", "estimate"]


class ReadAlongWord(Struct):
    """One word as it is spoken: `text_segment[char_start:char_end] == text`."""

    text: str
    start: Annotated[float, Meta(description="Seconds from the start of the story's audio")]
    end: Annotated[float, Meta(
        description="Seconds from the start of the story's audio; never after the next word's start")]
    char_start: Annotated[int, Meta(
        ge=0, description="Offset of the word's first character in the scene's text_segment")]
    char_end: Annotated[int, Meta(
        ge=0, description="Offset just past the word's last character in the scene's text_segment")]


class ReadAlongScene(Struct):
    scene_number: int
    status: Annotated[Literal["ready", "pending"], Meta(
        description="ready: the scene's audio and words are here; pending: not narrated (yet) in this voice")]
    text_segment: str
    audio_url: Annotated[str | None, Meta(description="The scene's own MP3, a signed expiring link")] = None
    offset_seconds: Annotated[float | None, Meta(
        description=("Where the scene starts in the story's audio; a word's time minus it is its time in "
                     "the scene's own MP3"))] = None
    duration_seconds: float | None = None
    word_timing: Annotated[WordTimingSource | None, Meta(description=(
        "synthesizer: reported by the speech engine as it spoke; transcription: OpenAI's speech transcribed "
        "with word timestamps and aligned to the text; estimate: shared out by word length and punctuation"))] = None
    words: list[ReadAlongWord] = []


class ReadAlongView(Struct):
    """A story's narration in one voice, word by word, for highlighting the word being spoken.
    Scenes are published one by one as they are spoken: poll until `complete`."""

    story_id: UUID
    voice: Voice
    language: str
    complete: Annotated[bool, Meta(description="Every scene is narrated and the whole story's audio is stored")]
    audio_url: Annotated[str | None, Meta(description="The whole story's MP3, once complete (a signed expiring link)")]
    duration_seconds: float | None
    scenes: list[ReadAlongScene]


PictureState = Literal["ready", "pending", "none"]


class PlayerScene(ReadAlongScene):
    """A read-along scene with its picture, as the player page draws it."""

    picture: Annotated[PictureState, Meta(description=(
        "ready: image_url is here; pending: still being drawn; none: there will be none (failed, skipped, "
        "or the story ended without it)"))] = "pending"
    image_url: str | None = None


class PlayerStoryView(Struct):
    """What a player link reads: the story's read-along with its pictures, in the
    story's own voice; polled by the page until `finished`."""

    story_id: UUID
    title: str | None
    status: StoryStatus
    language: str
    voice: Voice
    complete: bool
    finished: Annotated[bool, Meta(description="Nothing more will arrive: the story ended and is narrated")]
    audio_url: str | None
    duration_seconds: float | None
    scenes: list[PlayerScene]


class HealthView(Struct):
    status: Literal["healthy", "degraded"]
    checks: dict[str, dict]
    version: str = "0.1.0"




class SceneRunView(Struct):
    scene_number: int
    workflow_id: str
    run_id: str | None
    outcome: Literal["started", "already_running", "already_completed"]


class IllustrationRetryView(Struct):
    story_id: UUID
    runs: list[SceneRunView]


class SceneRegenerate(Struct, forbid_unknown_fields=True):
    # A parent's or developer's adjusted prompt; it is checked like every other input.
    prompt: Annotated[str, Meta(min_length=3, max_length=1000)] | None = None


class NarrationRequest(Struct, forbid_unknown_fields=True):
    voice: Voice


class WorkflowAccepted(Struct):
    """A follow-up run was started, or one with this id was already going (it answers)."""

    workflow_id: str
    run_id: str | None
    links: dict[str, str]


EventCategory = Literal["adventure", "fantasy", "science", "nature", "friendship", "mystery"]
AgeRange = Literal["4-6", "6-8", "8-10", "all"]
Tone = Literal["calming", "exciting", "educational", "humorous"]
Keyword = Annotated[str, Meta(min_length=1, max_length=40)]


class CustomEventCreate(Struct, forbid_unknown_fields=True):
    title: Annotated[str, Meta(min_length=1, max_length=100)]
    prompt_seed: Annotated[str, Meta(min_length=3, max_length=1000)]
    description: Annotated[str, Meta(max_length=500)] | None = None
    category: EventCategory | None = None
    age_range: AgeRange | None = None
    tone: Tone | None = None
    keywords: Annotated[list[Keyword], Meta(max_length=20)] | None = None
    is_favorite: bool = False
    is_public: bool = False


class CustomEventUpdate(Struct, forbid_unknown_fields=True):
    title: Annotated[str, Meta(min_length=1, max_length=100)] | None = None
    prompt_seed: Annotated[str, Meta(min_length=3, max_length=1000)] | None = None
    description: Annotated[str, Meta(max_length=500)] | None = None
    category: EventCategory | None = None
    age_range: AgeRange | None = None
    tone: Tone | None = None
    keywords: Annotated[list[Keyword], Meta(max_length=20)] | None = None
    is_favorite: bool | None = None
    is_public: bool | None = None


class CustomEventView(Struct):
    id: UUID
    title: str
    prompt_seed: str
    description: str | None
    category: str | None
    age_range: str | None
    tone: str | None
    keywords: list[str] | None
    usage_count: int
    is_favorite: bool
    is_public: bool
    # False for another parent's public event: readable, not editable.
    is_own: bool
    created_at: datetime
    updated_at: datetime


class StorySummary(Struct):
    id: UUID
    status: StoryStatus
    title: str | None
    language: str
    hero_id: UUID | None
    event_type: str
    word_count: int | None
    audio_duration_seconds: float | None
    is_favorite: bool
    play_count: int
    created_at: datetime


class StoryPage(Struct):
    items: list[StorySummary]
    total: int
    limit: int
    offset: int


class FavoriteUpdate(Struct, forbid_unknown_fields=True):
    is_favorite: bool


class PlayView(Struct):
    id: UUID
    play_count: int
    last_played_at: datetime


# --- /functions/v1: the iOS app's contract (seed 000), field for field ---------

ImageSize = Literal["1024x1024", "1024x1792", "1792x1024"]


class FunctionMeta(Struct):
    request_id: str
    processing_time: int  # milliseconds
    cached: bool


# The iOS app's words for a custom event's category, tone and age range.
AppEventCategory = Literal["Daily Life", "Adventure", "Emotional Growth", "Learning", "Celebration", "Challenge",
                           "Imagination", "Custom"]
AppTone = Literal["Calming", "Exciting", "Educational", "Funny", "Inspiring", "Mysterious", "Balanced"]
AppAgeRange = Literal["2-4 years", "4-6 years", "6-10 years", "All Ages"]


class AppEventData(Struct, forbid_unknown_fields=True):
    """An event's data as the iOS app sends it to story-generation, read tolerantly:
    our own keys (`event`, `custom_event_id`), the app's built-in events (its display
    `name`, the `prompt_seed` it tells from and an `icon`), or a custom event sent whole
    (`id` and its fields). Every text in it passes the child-safety gate."""

    event: str | None = None
    custom_event_id: UUID | None = None
    name: Annotated[str, Meta(min_length=1, max_length=100)] | None = None
    prompt_seed: Annotated[str, Meta(min_length=3, max_length=1000)] | None = None
    icon: Annotated[str, Meta(max_length=200)] | None = None
    id: UUID | None = None
    title: Annotated[str, Meta(min_length=1, max_length=100)] | None = None
    description: Annotated[str, Meta(max_length=500)] | None = None
    keywords: Annotated[list[Keyword], Meta(max_length=20)] | None = None
    # Ours, or the app's own words for them (kept as ours where they mean the same).
    category: EventCategory | AppEventCategory | None = None
    tone: Tone | AppTone | None = None
    age_range: AgeRange | AppAgeRange | None = None
    # A picture the app keeps on the device (a path or an emoji): not ours to store.
    pictogram: Annotated[str, Meta(max_length=500)] | None = None


class AppEventSpec(Struct, forbid_unknown_fields=True):
    type: Literal["built_in", "custom"]
    data: AppEventData


class StoryGenerationRequest(Struct, forbid_unknown_fields=True):
    hero_id: UUID
    event: AppEventSpec
    target_duration: Annotated[int, Meta(ge=60, le=600)] = 300
    language: LanguageInput = "en"


class GeneratedScene(Struct):
    scene_number: int
    text_segment: str
    illustration_prompt: str
    timestamp_seconds: float
    # The same start, under the name the iOS app's scene parser reads (it skips a scene without it).
    timestamp: float
    emotion: str
    importance: str


class StoryGenerationData(Struct, omit_defaults=True):
    story_id: UUID
    title: str
    content: str
    estimated_duration: int
    word_count: int
    scenes: list[GeneratedScene]
    # Not in the app's contract, and ignored by it: the story's player page (a signed,
    # expiring link, as GET /v1/stories/{id} answers).
    player_url: str | None = None


class StoryGenerationResponse(Struct):
    success: bool
    data: StoryGenerationData
    meta: FunctionMeta


class AppHeroRef(Struct, forbid_unknown_fields=True):
    """The hero as the app names it to extract-scenes: its id and name."""

    id: UUID
    name: Annotated[str, Meta(max_length=50)] | None = None


class SceneExtractionRequest(Struct, forbid_unknown_fields=True):
    """A story the app keeps itself, to be split into scenes. The hero comes as `hero_id`
    (and `hero_name`) or as the app's `hero: {id, name}`; it must be one of the caller's."""

    story_content: Annotated[str, Meta(min_length=1, max_length=20000)]
    story_duration: Annotated[float, Meta(gt=0, le=7200, description="Seconds the story lasts read aloud")] | None = None
    hero_id: UUID | None = None
    hero_name: Annotated[str, Meta(max_length=50)] | None = None
    hero: AppHeroRef | None = None
    event_context: Annotated[str, Meta(max_length=1000)] | None = None
    # An extension of ours: the story's language (else the client's Accept-Language, else English).
    language: LanguageInput | None = None


class SceneExtractionData(Struct):
    scenes: list[GeneratedScene]
    scene_count: int


class SceneExtractionResponse(Struct):
    success: bool
    data: SceneExtractionData
    meta: FunctionMeta


class AudioSynthesisRequest(Struct, forbid_unknown_fields=True):
    """A story of ours in a voice, or (with no `story_id`) a `text` read aloud."""

    voice: Voice
    story_id: UUID | None = None
    text: Annotated[str, Meta(max_length=20000)] | None = None
    language: LanguageInput | None = None


class AudioSynthesisData(Struct, omit_defaults=True):
    audio_url: str
    duration_seconds: float
    file_size_bytes: int
    voice_used: str
    language: str
    # Not in the app's contract, and ignored by it: each scene's words with their times,
    # as GET /v1/stories/{id}/read-along answers (story narrations only).
    read_along: ReadAlongView | None = None


class AudioSynthesisResponse(Struct):
    success: bool
    data: AudioSynthesisData
    meta: FunctionMeta


class AvatarGenerationRequest(Struct, forbid_unknown_fields=True):
    hero_id: UUID
    prompt: Annotated[str, Meta(max_length=1000)] | None = None
    size: ImageSize = "1024x1024"
    quality: Literal["low", "medium", "high", "standard", "hd", "auto"] = "high"
    previous_generation_id: Annotated[str, Meta(max_length=100)] | None = None
    # The app names a look ("watercolor"); checked like the prompt.
    style: Annotated[str, Meta(max_length=40)] | None = None


class AvatarGenerationData(Struct):
    avatar_url: str
    generation_id: str
    revised_prompt: str | None
    file_size_bytes: int
    image_size: str
    quality: str


class AvatarGenerationResponse(Struct):
    success: bool
    data: AvatarGenerationData
    meta: FunctionMeta


ScenePrompt = Annotated[str, Meta(min_length=3, max_length=2000)]


class SceneInput(Struct, forbid_unknown_fields=True):
    """A scene as the seed sends it (one of the story's own), or as the iOS app sends one
    of a story it keeps itself: `prompt` and `timestamp`."""

    scene_number: Annotated[int, Meta(ge=1, le=6)]
    text_segment: Annotated[str, Meta(max_length=5000)] | None = None
    illustration_prompt: ScenePrompt | None = None
    timestamp_seconds: Annotated[float, Meta(ge=0)] | None = None
    emotion: Emotion | None = None
    importance: Importance | None = None
    prompt: ScenePrompt | None = None
    timestamp: Annotated[float, Meta(ge=0)] | None = None


VisualTrait = Annotated[str, Meta(max_length=60)]


class HeroVisualProfile(Struct, forbid_unknown_fields=True):
    """How the iOS app describes its hero's look (its avatar's prompt and the appearance),
    and any of the visual profile's keys (hair_color, ..., color_palette). Every text in it
    passes the gate; the hero's own stored look wins where both say something."""

    canonical_prompt: Annotated[str, Meta(max_length=1000)] | None = None
    appearance: Annotated[str, Meta(max_length=500)] | None = None
    hair_color: VisualTrait | None = None
    hair_style: VisualTrait | None = None
    eye_color: VisualTrait | None = None
    skin_tone: VisualTrait | None = None
    clothing_style: VisualTrait | None = None
    distinctive_features: Annotated[list[VisualTrait], Meta(max_length=10)] | None = None
    color_palette: Annotated[list[VisualTrait], Meta(max_length=10)] | None = None


class SceneIllustrationRequest(Struct, forbid_unknown_fields=True):
    """A story of the caller's (its scenes by number), or, under a story id of the app's
    own, scenes given whole with their prompts (and `hero_id`: one of the caller's heroes)."""

    story_id: UUID
    scenes: Annotated[list[SceneInput], Meta(min_length=1, max_length=6)]
    hero_id: UUID | None = None
    process_async: bool = False
    batch_size: Annotated[int, Meta(ge=1, le=6)] | None = None
    hero_visual_profile: HeroVisualProfile | None = None


class IllustrationStatus(Struct):
    scene_number: int
    image_url: str | None
    generation_id: str | None
    # pending, processing, completed or failed
    status: str
    # The prompt the picture was drawn from (the app's parser reads it when present).
    revised_prompt: str | None = None


class SceneIllustrationData(Struct):
    illustrations: list[IllustrationStatus]
    status: Literal["completed", "processing", "partial", "failed"]
    total_scenes: int
    completed_scenes: int


class SceneIllustrationResponse(Struct):
    success: bool
    data: SceneIllustrationData
    meta: FunctionMeta


# --- /stories: the prompt-driven product (seed 004) -----------------------------

PromptStoryStatus = Literal["PENDING", "PROCESSING", "COMPLETE", "FAILED"]


class PromptStoryRequest(Struct, forbid_unknown_fields=True):
    title: Annotated[str, Meta(min_length=1, max_length=200)]
    prompt: Annotated[str, Meta(min_length=3, max_length=2000)]
    num_scenes: Annotated[int, Meta(ge=3, le=6)]
    style: Annotated[str, Meta(max_length=100)] | None = None
    user_id: UUID | None = None
    # Extensions of ours, optional: the story's language and narrator.
    language: LanguageInput = "en"
    voice: Voice | None = None


class PromptStoryResponse(Struct):
    story_id: UUID
    status: PromptStoryStatus
    title: str
    created_at: datetime
    error: str | None = None


class PromptScene(Struct):
    scene_id: UUID
    story_id: UUID
    sequence: int
    text: str
    image_url: str | None
    audio_url: str | None
    created_at: datetime


class PromptStoryDetail(Struct):
    story_id: UUID
    title: str
    status: PromptStoryStatus
    user_id: UUID | None
    created_at: datetime
    updated_at: datetime | None
    scenes: list[PromptScene]
    error: str | None = None


class PromptStoryPatch(Struct, forbid_unknown_fields=True):
    title: Annotated[str, Meta(min_length=1, max_length=200)] | None = None
    # The only status a client may set: FAILED stops a story that is still being made.
    status: Literal["FAILED"] | None = None
