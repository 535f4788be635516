"""Piccolo tables for Storyloom's schema (derived from the InfiniteStories schema, seed 003).

The SQL migrations in ``db/migrations/`` create the schema and are the source of
truth for constraints, indexes, triggers and row level security; these classes
only describe the columns so that the application can query them. Column names
and types match the SQL exactly (``tests/integration/test_db_schema.py`` checks
it). Never call ``create_table()`` on them.

Piccolo sends a Python-side default for every column it inserts, so each column
that is NULL by default in SQL is declared ``null=True, default=None`` here
(otherwise Piccolo would write ``''`` or ``0`` instead of NULL), and every
server-side default is mirrored.

Deliberate changes from the seed schema, and why:

* ``user_id`` is ``UUID NOT NULL`` on every owned row and has no foreign key to
  ``auth.users``: identity lives in Supabase Auth (we accept its JWTs) and the
  same schema must run on a plain PostgreSQL without an ``auth.users`` table.
  The same goes for ``content_flags.reviewed_by``.
* Primary keys default to ``gen_random_uuid()`` (core PostgreSQL since 13)
  instead of ``uuid_generate_v4()``, so no extension is required.
* Timestamps, booleans and counters that have a default are also NOT NULL, and
  child rows (scenes, illustrations, gallery images) require their parent id:
  an orphan or a NULL counter has no meaning.
* ``stories`` rows are created as soon as a story is requested and are then
  filled in by the Temporal workflow, hence ``status`` / ``stage`` /
  ``percent`` / ``progress`` (a mirror of the workflow's progress snapshot, as
  Temporal queries need a live worker), ``error_code`` / ``error_message``,
  ``idempotency_key`` (unique per user, for safe client retries) and nullable
  ``title`` / ``content``, which become mandatory once a story is
  ``completed`` or ``partial``. ``event_type`` gains ``'prompt'`` for
  prompt-driven stories with no hero (``prompt`` holds the child's request,
  ``style`` the chosen illustration style), and ``'app_scenes'`` for the pictures of
  scenes the iOS app sends for a story it keeps itself (no title or text of ours,
  so it may finish without them; migration 0006).
* ``*_url`` columns hold a storage object reference ``"bucket/path"``, not a
  URL: the API signs it when it returns the row, so links never go stale in the
  database and private buckets stay private.
* ``story_scenes.audio_url`` references a per-scene narration object;
  ``story_scenes.updated_at`` exists because scenes are revised by the workflow.
* ``story_illustrations`` carries ``scene_number`` with UNIQUE (story_id,
  scene_number): one current illustration per scene, upserted by the workflow.
  ``retry_count`` loses its ``<= 5`` cap (developers may retry more often), and
  ``attempts`` counts generation attempts including the first.
* ``content_flags`` accepts the moderation categories our checker emits
  (``family``, ``sexual``, ``self_harm``, ``drugs``, ``hate``, ``injection``)
  and the content kinds it checks (``hero``, ``event``, ``scene``); it records
  the requesting ``user_id`` (nullable: some checks are not tied to a user)
  and a machine-readable ``reason_code``.
* ``api_usage.request_id`` is UNIQUE (as in the seed), so usage rows can be
  written idempotently by retried activities.
"""

from __future__ import annotations

from piccolo.columns import (
    JSONB,
    UUID,
    Array,
    Boolean,
    ForeignKey,
    Integer,
    Interval,
    Numeric,
    Text,
    Timestamptz,
)
from piccolo.columns.base import OnDelete
from piccolo.table import Table

STORY_STATUSES = ("queued", "running", "completed", "partial", "failed")
"""Allowed ``stories.status`` values; title and content are required outside queued/running/failed."""

STORY_EVENT_TYPES = ("built_in", "custom", "prompt", "app_scenes")
SCENE_EMOTIONS = (
    "joyful", "peaceful", "exciting", "mysterious", "heartwarming", "adventurous", "contemplative",
)
SCENE_IMPORTANCE = ("key", "major", "minor")
ILLUSTRATION_STATUSES = ("pending", "processing", "completed", "failed", "retrying")
EVENT_CATEGORIES = ("adventure", "fantasy", "science", "nature", "friendship", "mystery")
EVENT_AGE_RANGES = ("4-6", "6-8", "8-10", "all")
EVENT_TONES = ("calming", "exciting", "educational", "humorous")
API_USAGE_STATUSES = ("success", "error", "rate_limited")
FLAG_CONTENT_TYPES = ("story", "prompt", "image", "hero", "event", "scene")
FLAG_TYPES = (
    "violence", "fear", "inappropriate", "isolation", "medical", "other",
    "family", "sexual", "self_harm", "drugs", "hate", "injection",
)
FLAG_SEVERITIES = ("low", "medium", "high", "critical")
FLAG_ACTIONS = ("filtered", "rejected", "modified", "approved")


def _optional_text() -> Text:
    return Text(null=True, default=None)


def _owner() -> UUID:
    # No default: a missing owner must fail the NOT NULL constraint rather than
    # get a random id.
    return UUID(null=False, default=None)


def _created_at() -> Timestamptz:
    return Timestamptz(null=False)


class Heroes(Table, tablename="heroes"):
    id = UUID(primary_key=True)
    user_id = _owner()
    name = Text(null=False)
    primary_trait = Text(null=False)
    secondary_trait = Text(null=False)
    appearance = _optional_text()
    special_ability = _optional_text()
    avatar_prompt = _optional_text()
    avatar_url = _optional_text()  # storage reference "bucket/path"
    avatar_generation_id = _optional_text()
    visual_profile = JSONB(null=True, default=None)
    created_at = _created_at()
    updated_at = _created_at()
    is_active = Boolean(null=False, default=True)


class CustomEvents(Table, tablename="custom_events"):
    id = UUID(primary_key=True)
    user_id = _owner()
    title = Text(null=False)
    description = _optional_text()
    prompt_seed = Text(null=False)
    category = _optional_text()
    age_range = _optional_text()
    tone = _optional_text()
    keywords = Array(base_column=Text(), null=True, default=None)
    pictogram_url = _optional_text()  # storage reference "bucket/path"
    usage_count = Integer(null=False, default=0)
    is_favorite = Boolean(null=False, default=False)
    is_public = Boolean(null=False, default=False)
    created_at = _created_at()
    updated_at = _created_at()


class Stories(Table, tablename="stories"):
    id = UUID(primary_key=True)
    user_id = _owner()
    hero_id = ForeignKey(references=Heroes, null=True, default=None, on_delete=OnDelete.set_null)
    custom_event_id = ForeignKey(
        references=CustomEvents, null=True, default=None, on_delete=OnDelete.set_null
    )
    status = Text(null=False, default="queued")
    stage = _optional_text()
    percent = Integer(null=False, default=0)
    progress = JSONB(null=True, default=None)
    error_code = _optional_text()
    error_message = _optional_text()
    idempotency_key = _optional_text()
    title = _optional_text()
    content = _optional_text()
    event_type = Text(null=False)
    event_data = JSONB(null=False, default="{}")
    style = _optional_text()
    prompt = _optional_text()
    audio_url = _optional_text()  # storage reference "bucket/path"
    audio_duration = Interval(null=True, default=None)
    audio_voice = _optional_text()
    language = Text(null=False, default="en")
    estimated_duration = Interval(null=True, default=None)
    word_count = Integer(null=True, default=None)
    generation_metadata = JSONB(null=True, default=None)
    created_at = _created_at()
    updated_at = _created_at()
    is_favorite = Boolean(null=False, default=False)
    play_count = Integer(null=False, default=0)
    last_played_at = Timestamptz(null=True, default=None)


class StoryScenes(Table, tablename="story_scenes"):
    id = UUID(primary_key=True)
    story_id = ForeignKey(references=Stories, null=False, on_delete=OnDelete.cascade)
    scene_number = Integer(null=False)
    text_segment = Text(null=False)
    illustration_prompt = Text(null=False)
    sanitized_prompt = _optional_text()
    timestamp_seconds = Numeric(null=False)
    emotion = _optional_text()
    importance = _optional_text()
    audio_url = _optional_text()  # storage reference "bucket/path" of the scene's narration
    created_at = _created_at()
    updated_at = _created_at()


class StoryIllustrations(Table, tablename="story_illustrations"):
    id = UUID(primary_key=True)
    scene_id = ForeignKey(
        references=StoryScenes, null=True, default=None, on_delete=OnDelete.cascade
    )
    story_id = ForeignKey(references=Stories, null=False, on_delete=OnDelete.cascade)
    scene_number = Integer(null=False)
    image_url = _optional_text()  # storage reference "bucket/path"
    thumbnail_url = _optional_text()  # storage reference "bucket/path"
    generation_id = _optional_text()
    previous_generation_id = _optional_text()
    revised_prompt = _optional_text()
    status = Text(null=False, default="pending")
    error_message = _optional_text()
    retry_count = Integer(null=False, default=0)
    attempts = Integer(null=False, default=0)
    generation_metadata = JSONB(null=True, default=None)
    created_at = _created_at()
    updated_at = _created_at()


class HeroGallery(Table, tablename="hero_gallery"):
    id = UUID(primary_key=True)
    hero_id = ForeignKey(references=Heroes, null=False, on_delete=OnDelete.cascade)
    image_url = Text(null=False)  # storage reference "bucket/path"
    thumbnail_url = _optional_text()
    generation_id = _optional_text()
    prompt_used = _optional_text()
    is_primary = Boolean(null=False, default=False)
    created_at = _created_at()


class ApiUsage(Table, tablename="api_usage"):
    id = UUID(primary_key=True)
    user_id = _owner()
    function_name = Text(null=False)
    request_id = Text(null=True, default=None, unique=True)
    status = _optional_text()
    response_time_ms = Integer(null=True, default=None)
    tokens_used = Integer(null=True, default=None)
    cost_estimate = Numeric(digits=(10, 6), null=True, default=None)
    error_message = _optional_text()
    error_code = _optional_text()
    metadata = JSONB(null=True, default=None)
    created_at = _created_at()


class RateLimits(Table, tablename="rate_limits"):
    id = UUID(primary_key=True)
    user_id = _owner()
    function_name = Text(null=False)
    request_count = Integer(null=False, default=1)
    window_start = Timestamptz(null=False, default=None)
    window_end = Timestamptz(null=False, default=None)


class CacheEntries(Table, tablename="cache_entries"):
    key = Text(primary_key=True)
    value = JSONB(null=False, default=None)
    expires_at = Timestamptz(null=False, default=None)
    created_at = _created_at()
    access_count = Integer(null=False, default=0)
    last_accessed_at = Timestamptz(null=True)
    size_bytes = Integer(null=True, default=None)


class ContentFlags(Table, tablename="content_flags"):
    id = UUID(primary_key=True)
    user_id = UUID(null=True, default=None)
    content_type = _optional_text()
    content_id = UUID(null=False, default=None)
    flag_type = _optional_text()
    severity = _optional_text()
    action_taken = _optional_text()
    reason_code = _optional_text()
    original_content = _optional_text()
    modified_content = _optional_text()
    ai_confidence = Numeric(digits=(3, 2), null=True, default=None)
    created_at = _created_at()
    reviewed_at = Timestamptz(null=True, default=None)
    reviewed_by = UUID(null=True, default=None)


ALL_TABLES: tuple[type[Table], ...] = (
    Heroes,
    CustomEvents,
    Stories,
    StoryScenes,
    StoryIllustrations,
    HeroGallery,
    ApiUsage,
    RateLimits,
    CacheEntries,
    ContentFlags,
)
"""Every table of the schema, parents before children."""
