"""The schema the migrations build: idempotence, columns, constraints, indexes, triggers."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import json
import os
import re
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from db.engine import ENGINE, service_transaction
from db.migrate import (
    APP_NAME,
    apply_migrations,
    apply_migrations_async,
    rollback_migrations_async,
)
from db.tables import (
    ALL_TABLES,
    CacheEntries,
    ContentFlags,
    Heroes,
    RateLimits,
    Stories,
    StoryIllustrations,
    StoryScenes,
)

pytestmark = pytest.mark.usefixtures("db_pool")

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MIGRATION_IDS = [
    "2026-11-22T10:00:01:000000",
    "2026-11-22T10:00:02:000000",
    "2026-11-22T10:00:03:000000",
    "2026-11-22T10:00:04:000000",
    "2026-11-22T10:00:05:000000",
    "2026-12-08T10:00:06:000000",
]
TABLE_NAMES = {
    "heroes", "stories", "story_scenes", "story_illustrations", "custom_events",
    "hero_gallery", "api_usage", "rate_limits", "cache_entries", "content_flags",
}


async def fetch(sql: str, *args) -> list[dict]:
    async with service_transaction() as transaction:
        return [dict(row) for row in await transaction.connection.fetch(sql, *args)]


async def make_hero(user_id, **fields) -> uuid.UUID:
    values = {"name": "Mila", "primary_trait": "brave", "secondary_trait": "kind", **fields}
    async with service_transaction():
        rows = await Heroes.insert(Heroes(user_id=user_id, **values)).returning(Heroes.id)
    return rows[0]["id"]


async def make_story(user_id, **fields) -> uuid.UUID:
    values = {"event_type": "built_in", "event_data": json.dumps({"event": "bedtime"}), **fields}
    async with service_transaction():
        rows = await Stories.insert(Stories(user_id=user_id, **values)).returning(Stories.id)
    return rows[0]["id"]


async def make_scene(story_id, number: int = 1, **fields) -> uuid.UUID:
    values = {
        "text_segment": "Once upon a time",
        "illustration_prompt": "a quiet forest",
        "timestamp_seconds": Decimal("0"),
        **fields,
    }
    async with service_transaction():
        rows = await StoryScenes.insert(
            StoryScenes(story_id=story_id, scene_number=number, **values)
        ).returning(StoryScenes.id)
    return rows[0]["id"]


def violated(excinfo) -> str:
    return excinfo.value.constraint_name


# --- migrations ---------------------------------------------------------------


async def test_migrations_recorded_once(database_url):
    rows = await fetch(
        "SELECT name FROM migration WHERE app_name = $1 ORDER BY name", APP_NAME
    )
    assert [row["name"] for row in rows] == MIGRATION_IDS


async def test_rerunning_migrations_applies_nothing(database_url):
    assert await apply_migrations_async(database_url) == []
    # The sync entry also works from inside a running event loop.
    assert apply_migrations(database_url) == []
    assert apply_migrations() == []  # DATABASE_URL from the environment


class _Rollback(Exception):
    pass


@pytest.mark.parametrize(
    "module",
    [
        "storyloom_0001_roles_auth", "storyloom_0002_tables", "storyloom_0003_indexes",
        "storyloom_0004_functions_triggers", "storyloom_0005_rls", "storyloom_0006_app_scenes",
    ],
)
async def test_migration_sql_can_run_again(module):
    # Piccolo records a migration after committing it: a crash in between
    # means the same SQL runs a second time, which must be harmless.
    sql = importlib.import_module(f"db.migrations.{module}").FORWARDS
    with pytest.raises(_Rollback):
        async with service_transaction() as transaction:
            await transaction.connection.execute(sql)
            raise _Rollback


def test_missing_database_url_is_reported_clearly():
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-c", "import db.engine"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "DATABASE_URL is not set" in result.stderr


def _scratch_url(database_url: str, name: str) -> str:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


async def test_concurrent_processes_and_rollback_on_a_fresh_database(database_url):
    name = f"storyloom_scratch_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(dsn=database_url)
    await admin.execute(f"CREATE DATABASE {name}")
    url = _scratch_url(database_url, name)
    try:
        script = (
            "import json, sys\n"
            "from db.migrate import apply_migrations\n"
            "print('RESULT=' + json.dumps(apply_migrations(sys.argv[1])))\n"
        )
        env = {**os.environ, "DATABASE_URL": url}
        processes = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-c", script, url, cwd=PROJECT_ROOT, env=env,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            for _ in range(3)
        ]
        outputs = await asyncio.gather(*(p.communicate() for p in processes))
        applied: list[str] = []
        for process, (out, err) in zip(processes, outputs):
            assert process.returncode == 0, err.decode()
            line = next(l for l in out.decode().splitlines() if l.startswith("RESULT="))
            applied += json.loads(line.removeprefix("RESULT="))
        assert sorted(applied) == MIGRATION_IDS  # each applied exactly once

        await rollback_migrations_async(url)
        scratch = await asyncpg.connect(dsn=url)
        try:
            left = await scratch.fetchval(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1)",
                list(TABLE_NAMES),
            )
            recorded = await scratch.fetchval("SELECT count(*) FROM migration")
        finally:
            await scratch.close()
        assert (left, recorded) == (0, 0)
        # And forwards again after a full rollback.
        assert await apply_migrations_async(url) == MIGRATION_IDS
    finally:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        await admin.close()


# --- tables match the Piccolo classes -------------------------------------------


def _normalise_piccolo_type(column) -> str:
    kind = column.column_type.lower()
    kind = kind.replace("timestamptz", "timestamp with time zone")
    return re.sub(r",\s+", ",", kind)


@pytest.mark.parametrize("table", ALL_TABLES, ids=lambda t: t._meta.tablename)
async def test_piccolo_tables_match_the_database(table):
    rows = await fetch(
        """
        SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
               NOT a.attnotnull AS nullable
        FROM pg_attribute a
        WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
        """,
        f"public.{table._meta.tablename}",
    )
    in_database = {row["name"]: (row["type"], row["nullable"]) for row in rows}
    in_piccolo = {
        column._meta.db_column_name: (_normalise_piccolo_type(column), column._meta.null)
        for column in table._meta.columns
    }
    assert in_piccolo == in_database


async def test_every_table_has_rls_enabled():
    rows = await fetch(
        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
        "AND relkind = 'r' AND relrowsecurity"
    )
    assert TABLE_NAMES <= {row["relname"] for row in rows}


async def test_roles_and_auth_helpers_exist():
    rows = await fetch(
        "SELECT rolname, rolcanlogin FROM pg_roles "
        "WHERE rolname IN ('authenticated', 'anon', 'service_role')"
    )
    assert {row["rolname"]: row["rolcanlogin"] for row in rows} == {
        "authenticated": False, "anon": False, "service_role": False,
    }
    async with service_transaction() as transaction:
        connection = transaction.connection
        assert await connection.fetchval("SELECT auth.uid()") is None
        await connection.execute(
            "SELECT set_config('request.jwt.claim.sub', '8a5e2f59-8c47-4f8e-9d2a-0d9b1f3c2a11', true),"
            " set_config('request.jwt.claim.role', 'authenticated', true)"
        )
        assert str(await connection.fetchval("SELECT auth.uid()")) == "8a5e2f59-8c47-4f8e-9d2a-0d9b1f3c2a11"
        assert await connection.fetchval("SELECT auth.role()") == "authenticated"


# --- indexes ------------------------------------------------------------------

SEED_INDEXES = {
    "idx_heroes_user_id", "idx_heroes_user_active",
    "idx_stories_user_created", "idx_stories_hero", "idx_stories_favorite",
    "idx_stories_favorites", "idx_stories_language", "idx_stories_user_hero_created",
    "idx_scenes_story", "idx_scenes_importance",
    "idx_illustrations_story", "idx_illustrations_status", "idx_illustrations_scene",
    "idx_events_user", "idx_events_public", "idx_events_favorite",
    "idx_gallery_hero", "idx_gallery_primary",
    "idx_usage_user_created", "idx_usage_function_created", "idx_usage_status",
    "idx_usage_recent", "idx_usage_user_function_time",
    "idx_limits_user_function", "idx_limits_window",
    "idx_cache_expires", "idx_cache_accessed",
    "idx_flags_content", "idx_flags_severity", "idx_flags_unreviewed",
    "idx_flags_type_severity_time",
}
PARTIAL_INDEXES = {
    "idx_stories_favorites": "WHERE (is_favorite = true)",
    "idx_events_public": "WHERE (is_public = true)",
    "idx_stories_unfinished": "WHERE (status = ANY",
    "idx_flags_user": "WHERE (user_id IS NOT NULL)",
}


async def test_indexes_exist():
    rows = await fetch("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
    definitions = {row["indexname"]: row["indexdef"] for row in rows}
    assert SEED_INDEXES <= definitions.keys()
    for name, predicate in PARTIAL_INDEXES.items():
        assert predicate in definitions[name], definitions[name]
    assert "created_at DESC" in definitions["idx_stories_user_created"]
    assert "reviewed_at NULLS FIRST" in definitions["idx_flags_unreviewed"]
    # Constraint-backed unique indexes.
    for name in (
        "api_usage_request_id_key", "stories_user_idempotency_key",
        "story_scenes_story_scene_number", "story_illustrations_story_scene_number",
        "rate_limits_user_function_window",
    ):
        assert "UNIQUE" in definitions[name]


# --- constraints ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        ({"secondary_trait": "brave"}, "valid_traits"),
        ({"name": ""}, "hero_name_length"),
        ({"name": "x" * 51}, "hero_name_length"),
    ],
)
async def test_hero_checks(new_user_id, fields, constraint):
    with pytest.raises(asyncpg.CheckViolationError) as excinfo:
        await make_hero(new_user_id(), **fields)
    assert violated(excinfo) == constraint


async def test_hero_name_of_fifty_characters_is_accepted(new_user_id):
    await make_hero(new_user_id(), name="x" * 50)


async def test_owner_is_required():
    with pytest.raises(asyncpg.NotNullViolationError):
        await make_hero(None)


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        ({"status": "completed"}, "stories_text_when_done"),
        ({"status": "completed", "title": "The Owl"}, "stories_text_when_done"),
        ({"status": "partial", "content": "Once..."}, "stories_text_when_done"),
        ({"status": "cancelled"}, "stories_status_check"),
        ({"percent": 101}, "stories_percent_check"),
        ({"percent": -1}, "stories_percent_check"),
        ({"event_type": "other"}, "stories_event_type_check"),
        ({"language": "nl"}, "stories_language_check"),
        ({"word_count": 0}, "stories_word_count_check"),
        ({"play_count": -1}, "stories_play_count_check"),
    ],
)
async def test_story_checks(new_user_id, fields, constraint):
    with pytest.raises(asyncpg.CheckViolationError) as excinfo:
        await make_story(new_user_id(), **fields)
    assert violated(excinfo) == constraint


@pytest.mark.parametrize("status", ["queued", "running", "failed"])
async def test_unfinished_story_may_lack_text(new_user_id, status):
    await make_story(new_user_id(), status=status)


async def test_finished_story_and_prompt_story_accepted(new_user_id):
    user = new_user_id()
    await make_story(user, status="completed", title="The Owl", content="Once...", word_count=2, percent=100)
    await make_story(user, event_type="prompt", prompt="a dragon who is afraid of the dark", style="watercolor")


@pytest.mark.parametrize("status", ["completed", "partial"])
async def test_a_story_of_the_apps_scenes_finishes_without_text_of_ours(new_user_id, status):
    """The pictures of scenes the app keeps itself: no title or text is ours to hold."""
    await make_story(new_user_id(), event_type="app_scenes", status=status, percent=100)


async def test_idempotency_key_is_unique_per_user(new_user_id):
    first, second = new_user_id(), new_user_id()
    await make_story(first, idempotency_key="req-1")
    await make_story(second, idempotency_key="req-1")  # another user: fine
    await make_story(first)  # NULL keys never collide
    await make_story(first)
    with pytest.raises(asyncpg.UniqueViolationError) as excinfo:
        await make_story(first, idempotency_key="req-1")
    assert violated(excinfo) == "stories_user_idempotency_key"


async def test_scene_checks(new_user_id):
    story = await make_story(new_user_id())
    await make_scene(story, 1, emotion="peaceful", importance="key", audio_url="audio/s1.mp3")
    with pytest.raises(asyncpg.UniqueViolationError) as excinfo:
        await make_scene(story, 1)
    assert violated(excinfo) == "story_scenes_story_scene_number"
    for fields, constraint in [
        ({"emotion": "angry"}, "story_scenes_emotion_check"),
        ({"importance": "huge"}, "story_scenes_importance_check"),
        ({"timestamp_seconds": Decimal("-0.5")}, "story_scenes_timestamp_check"),
    ]:
        with pytest.raises(asyncpg.CheckViolationError) as excinfo:
            await make_scene(story, 2, **fields)
        assert violated(excinfo) == constraint
    with pytest.raises(asyncpg.CheckViolationError) as excinfo:
        await make_scene(story, 0)
    assert violated(excinfo) == "story_scenes_scene_number_check"


async def test_illustration_checks(new_user_id):
    story = await make_story(new_user_id())
    scene = await make_scene(story, 1)

    async def illustrate(number: int, **fields):
        async with service_transaction():
            await StoryIllustrations.insert(
                StoryIllustrations(story_id=story, scene_number=number, **fields)
            )

    await illustrate(1, scene_id=scene, retry_count=9, attempts=10)  # no cap on retries
    with pytest.raises(asyncpg.UniqueViolationError) as excinfo:
        await illustrate(1)
    assert violated(excinfo) == "story_illustrations_story_scene_number"
    for fields, constraint in [
        ({"status": "lost"}, "story_illustrations_status_check"),
        ({"retry_count": -1}, "story_illustrations_retry_count_check"),
        ({"attempts": -1}, "story_illustrations_attempts_check"),
    ]:
        with pytest.raises(asyncpg.CheckViolationError) as excinfo:
            await illustrate(2, **fields)
        assert violated(excinfo) == constraint


async def test_illustration_upsert_per_scene(new_user_id):
    story = await make_story(new_user_id())
    async with service_transaction() as transaction:
        for status in ("processing", "completed"):
            await transaction.connection.execute(
                "INSERT INTO story_illustrations (story_id, scene_number, status, attempts)"
                " VALUES ($1, 1, $2, 1)"
                " ON CONFLICT (story_id, scene_number) DO UPDATE"
                " SET status = excluded.status, attempts = story_illustrations.attempts + 1",
                story, status,
            )
    rows = await StoryIllustrations.select(
        StoryIllustrations.status, StoryIllustrations.attempts
    ).where(StoryIllustrations.story_id == story)
    assert rows == [{"status": "completed", "attempts": 2}]


async def test_content_flag_categories():
    async def flag(**fields):
        async with service_transaction():
            await ContentFlags.insert(ContentFlags(content_id=uuid.uuid4(), **fields))

    for flag_type in ("family", "sexual", "self_harm", "drugs", "hate", "injection", "violence"):
        await flag(flag_type=flag_type, content_type="hero", reason_code="x")
    for content_type in ("event", "scene", "story", "prompt", "image"):
        await flag(content_type=content_type, flag_type="other", user_id=uuid.uuid4())
    with pytest.raises(asyncpg.CheckViolationError) as excinfo:
        await flag(flag_type="spam")
    assert violated(excinfo) == "content_flags_flag_type_check"
    with pytest.raises(asyncpg.CheckViolationError) as excinfo:
        await flag(ai_confidence=Decimal("1.5"))
    assert violated(excinfo) == "content_flags_ai_confidence_check"


async def test_rate_limit_window_must_move_forward(new_user_id):
    now = dt.datetime.now(dt.timezone.utc)
    with pytest.raises(asyncpg.CheckViolationError) as excinfo:
        async with service_transaction():
            await RateLimits.insert(
                RateLimits(user_id=new_user_id(), function_name="stories", window_start=now, window_end=now)
            )
    assert violated(excinfo) == "valid_window"


async def test_api_usage_request_id_unique(new_user_id):
    user = new_user_id()
    request_id = f"req-{uuid.uuid4()}"
    insert = (
        "INSERT INTO api_usage (user_id, function_name, request_id, status) VALUES ($1, 'stories', $2, $3)"
    )
    async with service_transaction() as transaction:
        await transaction.connection.execute(insert, user, request_id, "success")
    with pytest.raises(asyncpg.UniqueViolationError):
        async with service_transaction() as transaction:
            await transaction.connection.execute(insert, user, request_id, "error")
    with pytest.raises(asyncpg.CheckViolationError):
        async with service_transaction() as transaction:
            await transaction.connection.execute(insert, user, f"req-{uuid.uuid4()}", "timeout")


async def test_deleting_a_hero_keeps_its_stories(new_user_id):
    user = new_user_id()
    hero = await make_hero(user)
    story = await make_story(user, hero_id=hero)
    async with service_transaction():
        await Heroes.delete().where(Heroes.id == hero)
    rows = await Stories.select(Stories.hero_id).where(Stories.id == story)
    assert rows == [{"hero_id": None}]


async def test_deleting_a_story_removes_scenes_and_illustrations(new_user_id):
    story = await make_story(new_user_id())
    scene = await make_scene(story, 1)
    async with service_transaction():
        await StoryIllustrations.insert(StoryIllustrations(story_id=story, scene_id=scene, scene_number=1))
        await Stories.delete().where(Stories.id == story)
    assert await StoryScenes.count().where(StoryScenes.story_id == story) == 0
    assert await StoryIllustrations.count().where(StoryIllustrations.story_id == story) == 0


# --- triggers and functions -------------------------------------------------------


async def test_updated_at_trigger(new_user_id):
    hero = await make_hero(new_user_id())
    before = (await Heroes.select(Heroes.updated_at).where(Heroes.id == hero).first())["updated_at"]
    await asyncio.sleep(0.01)
    async with service_transaction():
        # Piccolo does not touch updated_at here: the trigger must.
        await Heroes.update({Heroes.name: "Nova"}).where(Heroes.id == hero)
    after = (await Heroes.select(Heroes.updated_at).where(Heroes.id == hero).first())["updated_at"]
    assert after > before


async def test_cleanup_expired_cache():
    now = dt.datetime.now(dt.timezone.utc)
    stale, fresh = f"stale-{uuid.uuid4()}", f"fresh-{uuid.uuid4()}"
    async with service_transaction():
        await CacheEntries.insert(
            CacheEntries(key=stale, value=json.dumps({"a": 1}), expires_at=now - dt.timedelta(minutes=1)),
            CacheEntries(key=fresh, value=json.dumps({"a": 2}), expires_at=now + dt.timedelta(hours=1)),
        )
    async with service_transaction() as transaction:
        deleted = await transaction.connection.fetchval("SELECT cleanup_expired_cache()")
    assert deleted >= 1
    keys = {row["key"] for row in await CacheEntries.select(CacheEntries.key)}
    assert fresh in keys and stale not in keys


async def test_engine_is_the_piccolo_engine():
    assert Heroes._meta.db is ENGINE
    assert ENGINE.pool is not None
