"""Indexes: those of the seed schema, plus three for Storyloom's own queries.

Where the seed names two indexes with the same definition, one is kept:
``idx_stories_user_recent`` is ``idx_stories_user_created``, ``idx_cache_expiry``
is ``idx_cache_expires``, and ``idx_usage_request`` is the index behind the
UNIQUE (request_id) constraint. ``idx_events_public`` appears twice in the seed;
the partial (``WHERE is_public``) definition is the one used.

Added: ``idx_stories_custom_event`` (the foreign key's ON DELETE SET NULL would
scan stories otherwise), ``idx_stories_unfinished`` (workers and the API find
queued/running stories to reconcile with Temporal) and ``idx_flags_user``.
"""


from db.ddl import sql_migration

ID = "2026-11-22T10:00:03:000000"
VERSION = "1.38.0"
DESCRIPTION = "indexes"

INDEXES = {
    # heroes
    "idx_heroes_user_id": "heroes (user_id)",
    "idx_heroes_user_active": "heroes (user_id, is_active)",
    # stories
    "idx_stories_user_created": "stories (user_id, created_at DESC)",
    "idx_stories_hero": "stories (hero_id)",
    "idx_stories_favorite": "stories (user_id, is_favorite)",
    "idx_stories_favorites": "stories (user_id, is_favorite) WHERE is_favorite = true",
    "idx_stories_language": "stories (language)",
    "idx_stories_user_hero_created": "stories (user_id, hero_id, created_at DESC)",
    "idx_stories_custom_event": "stories (custom_event_id)",
    "idx_stories_unfinished": "stories (status, updated_at) WHERE status IN ('queued', 'running')",
    # story_scenes
    "idx_scenes_story": "story_scenes (story_id)",
    "idx_scenes_importance": "story_scenes (story_id, importance)",
    # story_illustrations
    "idx_illustrations_story": "story_illustrations (story_id)",
    "idx_illustrations_status": "story_illustrations (status)",
    "idx_illustrations_scene": "story_illustrations (scene_id)",
    # custom_events
    "idx_events_user": "custom_events (user_id)",
    "idx_events_public": "custom_events (is_public, category) WHERE is_public = true",
    "idx_events_favorite": "custom_events (user_id, is_favorite)",
    # hero_gallery
    "idx_gallery_hero": "hero_gallery (hero_id)",
    "idx_gallery_primary": "hero_gallery (hero_id, is_primary)",
    # api_usage
    "idx_usage_user_created": "api_usage (user_id, created_at DESC)",
    "idx_usage_function_created": "api_usage (function_name, created_at DESC)",
    "idx_usage_status": "api_usage (status, created_at DESC)",
    "idx_usage_recent": "api_usage (created_at DESC)",
    "idx_usage_user_function_time": "api_usage (user_id, function_name, created_at DESC)",
    # rate_limits
    "idx_limits_user_function": "rate_limits (user_id, function_name)",
    "idx_limits_window": "rate_limits (window_end)",
    # cache_entries
    "idx_cache_expires": "cache_entries (expires_at)",
    "idx_cache_accessed": "cache_entries (last_accessed_at)",
    # content_flags
    "idx_flags_content": "content_flags (content_type, content_id)",
    "idx_flags_severity": "content_flags (severity, created_at DESC)",
    "idx_flags_unreviewed": "content_flags (reviewed_at NULLS FIRST)",
    "idx_flags_type_severity_time": "content_flags (content_type, severity, created_at DESC)",
    "idx_flags_user": "content_flags (user_id) WHERE user_id IS NOT NULL",
}

FORWARDS = "\n".join(
    f"CREATE INDEX IF NOT EXISTS {name} ON {definition};" for name, definition in INDEXES.items()
)
BACKWARDS = "\n".join(f"DROP INDEX IF EXISTS {name};" for name in INDEXES)


forwards = sql_migration(ID, DESCRIPTION, FORWARDS, BACKWARDS)
