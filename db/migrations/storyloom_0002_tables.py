"""The ten tables with their keys and constraints.

The reasons for each difference from the seed schema are listed in the
docstring of ``db/tables.py``; the Piccolo classes there mirror these columns.
Every constraint is named so that errors can be mapped to messages.
"""


from db.ddl import sql_migration

ID = "2026-11-22T10:00:02:000000"
VERSION = "1.38.0"
DESCRIPTION = "tables and constraints"

FORWARDS = r"""
CREATE TABLE IF NOT EXISTS heroes (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL,
    name                 text NOT NULL,
    primary_trait        text NOT NULL,
    secondary_trait      text NOT NULL,
    appearance           text,
    special_ability      text,
    avatar_prompt        text,
    avatar_url           text,
    avatar_generation_id text,
    visual_profile       jsonb,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    is_active            boolean NOT NULL DEFAULT true,
    CONSTRAINT hero_name_length CHECK (char_length(name) BETWEEN 1 AND 50),
    CONSTRAINT valid_traits CHECK (primary_trait <> secondary_trait)
);

CREATE TABLE IF NOT EXISTS custom_events (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL,
    title         text NOT NULL,
    description   text,
    prompt_seed   text NOT NULL,
    category      text,
    age_range     text,
    tone          text,
    keywords      text[],
    pictogram_url text,
    usage_count   integer NOT NULL DEFAULT 0,
    is_favorite   boolean NOT NULL DEFAULT false,
    is_public     boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT custom_events_category_check
        CHECK (category IN ('adventure', 'fantasy', 'science', 'nature', 'friendship', 'mystery')),
    CONSTRAINT custom_events_age_range_check CHECK (age_range IN ('4-6', '6-8', '8-10', 'all')),
    CONSTRAINT custom_events_tone_check
        CHECK (tone IN ('calming', 'exciting', 'educational', 'humorous')),
    CONSTRAINT custom_events_usage_count_check CHECK (usage_count >= 0)
);

CREATE TABLE IF NOT EXISTS stories (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL,
    hero_id             uuid REFERENCES heroes (id) ON DELETE SET NULL,
    custom_event_id     uuid REFERENCES custom_events (id) ON DELETE SET NULL,
    status              text NOT NULL DEFAULT 'queued',
    stage               text,
    percent             integer NOT NULL DEFAULT 0,
    progress            jsonb,
    error_code          text,
    error_message       text,
    idempotency_key     text,
    title               text,
    content             text,
    event_type          text NOT NULL,
    event_data          jsonb NOT NULL DEFAULT '{}'::jsonb,
    style               text,
    prompt              text,
    audio_url           text,
    audio_duration      interval,
    audio_voice         text,
    language            text NOT NULL DEFAULT 'en',
    estimated_duration  interval,
    word_count          integer,
    generation_metadata jsonb,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    is_favorite         boolean NOT NULL DEFAULT false,
    play_count          integer NOT NULL DEFAULT 0,
    last_played_at      timestamptz,
    CONSTRAINT stories_status_check
        CHECK (status IN ('queued', 'running', 'completed', 'partial', 'failed')),
    CONSTRAINT stories_percent_check CHECK (percent BETWEEN 0 AND 100),
    CONSTRAINT stories_text_when_done CHECK (
        status IN ('queued', 'running', 'failed')
        OR (title IS NOT NULL AND content IS NOT NULL)
    ),
    CONSTRAINT stories_event_type_check CHECK (event_type IN ('built_in', 'custom', 'prompt')),
    CONSTRAINT stories_language_check CHECK (language IN ('en', 'es', 'fr', 'de', 'it')),
    CONSTRAINT stories_word_count_check CHECK (word_count > 0),
    CONSTRAINT stories_play_count_check CHECK (play_count >= 0),
    CONSTRAINT stories_user_idempotency_key UNIQUE (user_id, idempotency_key)
);

CREATE TABLE IF NOT EXISTS story_scenes (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    story_id            uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    scene_number        integer NOT NULL,
    text_segment        text NOT NULL,
    illustration_prompt text NOT NULL,
    sanitized_prompt    text,
    timestamp_seconds   numeric NOT NULL,
    emotion             text,
    importance          text,
    audio_url           text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT story_scenes_scene_number_check CHECK (scene_number > 0),
    CONSTRAINT story_scenes_timestamp_check CHECK (timestamp_seconds >= 0),
    CONSTRAINT story_scenes_emotion_check CHECK (emotion IN (
        'joyful', 'peaceful', 'exciting', 'mysterious',
        'heartwarming', 'adventurous', 'contemplative'
    )),
    CONSTRAINT story_scenes_importance_check CHECK (importance IN ('key', 'major', 'minor')),
    CONSTRAINT story_scenes_story_scene_number UNIQUE (story_id, scene_number)
);

CREATE TABLE IF NOT EXISTS story_illustrations (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    scene_id               uuid REFERENCES story_scenes (id) ON DELETE CASCADE,
    story_id               uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    scene_number           integer NOT NULL,
    image_url              text,
    thumbnail_url          text,
    generation_id          text,
    previous_generation_id text,
    revised_prompt         text,
    status                 text NOT NULL DEFAULT 'pending',
    error_message          text,
    retry_count            integer NOT NULL DEFAULT 0,
    attempts               integer NOT NULL DEFAULT 0,
    generation_metadata    jsonb,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT story_illustrations_scene_number_check CHECK (scene_number > 0),
    CONSTRAINT story_illustrations_status_check
        CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'retrying')),
    CONSTRAINT story_illustrations_retry_count_check CHECK (retry_count >= 0),
    CONSTRAINT story_illustrations_attempts_check CHECK (attempts >= 0),
    CONSTRAINT story_illustrations_story_scene_number UNIQUE (story_id, scene_number)
);

CREATE TABLE IF NOT EXISTS hero_gallery (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    hero_id       uuid NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    image_url     text NOT NULL,
    thumbnail_url text,
    generation_id text,
    prompt_used   text,
    is_primary    boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS api_usage (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL,
    function_name    text NOT NULL,
    request_id       text,
    status           text,
    response_time_ms integer,
    tokens_used      integer,
    cost_estimate    numeric(10, 6),
    error_message    text,
    error_code       text,
    metadata         jsonb,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT api_usage_request_id_key UNIQUE (request_id),
    CONSTRAINT api_usage_status_check CHECK (status IN ('success', 'error', 'rate_limited')),
    CONSTRAINT api_usage_response_time_check CHECK (response_time_ms >= 0),
    CONSTRAINT api_usage_tokens_used_check CHECK (tokens_used >= 0),
    CONSTRAINT api_usage_cost_estimate_check CHECK (cost_estimate >= 0)
);

CREATE TABLE IF NOT EXISTS rate_limits (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL,
    function_name text NOT NULL,
    request_count integer NOT NULL DEFAULT 1,
    window_start  timestamptz NOT NULL,
    window_end    timestamptz NOT NULL,
    CONSTRAINT rate_limits_request_count_check CHECK (request_count > 0),
    CONSTRAINT valid_window CHECK (window_end > window_start),
    CONSTRAINT rate_limits_user_function_window UNIQUE (user_id, function_name, window_start)
);

CREATE TABLE IF NOT EXISTS cache_entries (
    key              text PRIMARY KEY,
    value            jsonb NOT NULL,
    expires_at       timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    access_count     integer NOT NULL DEFAULT 0,
    last_accessed_at timestamptz DEFAULT now(),
    size_bytes       integer,
    CONSTRAINT cache_entries_access_count_check CHECK (access_count >= 0),
    CONSTRAINT cache_entries_size_bytes_check CHECK (size_bytes > 0)
);

CREATE TABLE IF NOT EXISTS content_flags (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid,
    content_type     text,
    content_id       uuid NOT NULL,
    flag_type        text,
    severity         text,
    action_taken     text,
    reason_code      text,
    original_content text,
    modified_content text,
    ai_confidence    numeric(3, 2),
    created_at       timestamptz NOT NULL DEFAULT now(),
    reviewed_at      timestamptz,
    reviewed_by      uuid,
    CONSTRAINT content_flags_content_type_check CHECK (content_type IN (
        'story', 'prompt', 'image', 'hero', 'event', 'scene'
    )),
    CONSTRAINT content_flags_flag_type_check CHECK (flag_type IN (
        'violence', 'fear', 'inappropriate', 'isolation', 'medical', 'other',
        'family', 'sexual', 'self_harm', 'drugs', 'hate', 'injection'
    )),
    CONSTRAINT content_flags_severity_check
        CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    CONSTRAINT content_flags_action_taken_check
        CHECK (action_taken IN ('filtered', 'rejected', 'modified', 'approved')),
    CONSTRAINT content_flags_ai_confidence_check CHECK (ai_confidence BETWEEN 0 AND 1)
);

COMMENT ON COLUMN stories.progress IS 'Mirror of the story workflow''s progress snapshot.';
COMMENT ON COLUMN stories.audio_url IS 'Storage object reference "bucket/path", signed by the API on read.';
COMMENT ON COLUMN story_scenes.audio_url IS 'Storage object reference "bucket/path" of the scene narration.';
COMMENT ON COLUMN story_illustrations.image_url IS 'Storage object reference "bucket/path", signed by the API on read.';
COMMENT ON COLUMN heroes.avatar_url IS 'Storage object reference "bucket/path", signed by the API on read.';
"""

BACKWARDS = r"""
DROP TABLE IF EXISTS content_flags;
DROP TABLE IF EXISTS cache_entries;
DROP TABLE IF EXISTS rate_limits;
DROP TABLE IF EXISTS api_usage;
DROP TABLE IF EXISTS hero_gallery;
DROP TABLE IF EXISTS story_illustrations;
DROP TABLE IF EXISTS story_scenes;
DROP TABLE IF EXISTS stories;
DROP TABLE IF EXISTS custom_events;
DROP TABLE IF EXISTS heroes;
"""


forwards = sql_migration(ID, DESCRIPTION, FORWARDS, BACKWARDS)
