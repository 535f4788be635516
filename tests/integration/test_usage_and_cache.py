"""api_usage rows and the cache_entries cache, against the real PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from api.services import response_cache as cache
from api.services.usage import record_usage, usage_status, usage_summary
from contracts import names
from db.engine import ENGINE, service_transaction, user_transaction
from db.maintenance import delete_expired_cache_entries

pytestmark = pytest.mark.usefixtures("db_pool")


def fresh_id() -> str:
    return str(uuid.uuid4())


# --- usage -----------------------------------------------------------------


@pytest.mark.parametrize(
    "http_status, expected",
    [(200, "success"), (201, "success"), (202, "success"), (304, "success"),
     (400, "error"), (401, "error"), (404, "error"), (408, "error"), (429, "rate_limited"),
     (500, "error"), (503, "error")],
)
def test_usage_status(http_status, expected):
    assert usage_status(http_status) == expected


async def test_a_request_id_is_recorded_once():
    user, request_id = fresh_id(), fresh_id()
    first = dict(
        user_id=user, function_name="story-generation", request_id=request_id, status="success",
        response_time_ms=1234.4, tokens_used=2100, cost_estimate=0.0123456789,
        metadata={"model": "gpt-5", "story_id": uuid.UUID(int=7)},
    )
    await record_usage(**first)
    await record_usage(**{**first, "status": "error", "error_code": "TIMEOUT", "tokens_used": 5})
    rows = await ENGINE.pool.fetch("SELECT * FROM api_usage WHERE request_id = $1", request_id)
    assert len(rows) == 1
    row = rows[0]
    assert row["user_id"] == uuid.UUID(user)
    assert (row["function_name"], row["status"], row["response_time_ms"], row["tokens_used"]) == (
        "story-generation", "success", 1234, 2100,
    )
    assert row["cost_estimate"] == Decimal("0.012346")
    assert row["error_code"] is None and row["error_message"] is None
    assert json.loads(row["metadata"]) == {"model": "gpt-5", "story_id": str(uuid.UUID(int=7))}


async def test_an_error_row():
    user, request_id = fresh_id(), fresh_id()
    await record_usage(
        user_id=user, function_name="audio-synthesis", request_id=request_id, status="error",
        response_time_ms=80, error_code="OPENAI_ERROR", error_message="x" * 5000,
    )
    row = await ENGINE.pool.fetchrow("SELECT * FROM api_usage WHERE request_id = $1", request_id)
    assert (row["status"], row["error_code"], row["metadata"], row["cost_estimate"]) == ("error", "OPENAI_ERROR", None, None)
    assert len(row["error_message"]) == 2000


async def test_bad_usage_is_refused_before_the_database():
    common = dict(user_id=fresh_id(), function_name="story-generation", request_id=fresh_id(), response_time_ms=1)
    with pytest.raises(ValueError):
        await record_usage(**common, status="ok")
    with pytest.raises(ValueError):
        await record_usage(**{**common, "response_time_ms": -1}, status="success")
    with pytest.raises(ValueError):
        await record_usage(**common, status="success", cost_estimate=-0.5)
    with pytest.raises(RuntimeError):
        async with service_transaction():
            await record_usage(**common, status="success")


async def test_usage_summary():
    user, other = fresh_id(), fresh_id()
    rows = [
        ("story-generation", "success", 1000, 1500, "0.010000"),
        ("story-generation", "success", 3000, 2500, "0.020000"),
        ("story-generation", "error", 500, None, None),
        ("story-generation", "rate_limited", 5, None, None),
        ("audio-synthesis", "success", 200, 10, "0.001500"),
    ]
    for function_name, status, elapsed, tokens, cost in rows:
        await record_usage(
            user_id=user, function_name=function_name, request_id=fresh_id(), status=status,
            response_time_ms=elapsed, tokens_used=tokens, cost_estimate=cost,
        )
    # Another user's row, and one of ours from before `since`: neither counts.
    await record_usage(user_id=other, function_name="story-generation", request_id=fresh_id(),
                       status="success", response_time_ms=1, tokens_used=99, cost_estimate=9)
    await ENGINE.pool.execute(
        "INSERT INTO api_usage (user_id, function_name, status, tokens_used, created_at)"
        " VALUES ($1, 'story-generation', 'success', 1000000, now() - interval '3 days')",
        uuid.UUID(user),
    )
    since = datetime.now(timezone.utc) - timedelta(days=1)
    summary = await usage_summary(user, since)
    assert summary == {
        "since": since.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "requests": 5, "successes": 3, "errors": 1, "rate_limited": 1,
        "tokens_used": 4010, "cost_estimate": 0.0315,
        "functions": {
            "audio-synthesis": {
                "requests": 1, "successes": 1, "errors": 0, "rate_limited": 0,
                "tokens_used": 10, "cost_estimate": 0.0015, "avg_response_time_ms": 200.0,
            },
            "story-generation": {
                "requests": 4, "successes": 2, "errors": 1, "rate_limited": 1,
                "tokens_used": 4000, "cost_estimate": 0.03, "avg_response_time_ms": 1126.2,
            },
        },
    }
    empty = await usage_summary(fresh_id(), since)
    assert empty["requests"] == 0 and empty["cost_estimate"] == 0.0 and empty["functions"] == {}


async def test_the_user_sees_their_usage_through_rls():
    """The rows are the user's: under their own RLS they read them back, and only theirs."""
    user, request_id = fresh_id(), fresh_id()
    await record_usage(user_id=user, function_name="avatar-generation", request_id=request_id,
                       status="success", response_time_ms=10)
    async with user_transaction(user) as transaction:
        rows = await transaction.connection.fetch("SELECT request_id FROM api_usage")
    assert [row["request_id"] for row in rows] == [request_id]


# --- cache -----------------------------------------------------------------


def test_key_patterns_and_ttls():
    hero, story = uuid.UUID(int=1), uuid.UUID(int=2)
    assert names.story_cache_key(hero, "built_in", "magical_forest", "en", 5) == (
        f"story:{hero}:built_in:magical_forest:en:5"
    )
    assert names.audio_cache_key(story, "coral", "fr") == f"audio:{story}:coral:fr"
    assert names.avatar_cache_key(hero, "gen_abc123") == f"avatar:{hero}:gen_abc123"
    assert names.scene_cache_key(story, 3, "gen_1") == f"scene:{story}:3:gen_1"
    # A missing part, and a part that tries to look like two parts.
    assert names.story_cache_key(None, "prompt", None, "en", 5) == "story:-:prompt:-:en:5"
    assert names.avatar_cache_key("a:b", "c") == "avatar:a%3Ab:c"
    assert names.response_cache_key(hero, "/v1/stories", "page=2") == f"api:{hero}:%2Fv1%2Fstories:page%3D2"
    assert (cache.STORY_TTL, cache.AUDIO_TTL, cache.AVATAR_TTL, cache.SCENE_TTL, cache.API_RESPONSE_TTL) == (
        timedelta(hours=24), timedelta(days=7), timedelta(days=30), timedelta(days=30), timedelta(hours=1),
    )
    assert cache.TTLS["story"] == cache.STORY_TTL and cache.TTLS["api"] == cache.API_RESPONSE_TTL


async def entry(key: str):
    return await ENGINE.pool.fetchrow("SELECT * FROM cache_entries WHERE key = $1", key)


async def test_put_get_and_hit_counting():
    key = names.story_cache_key(fresh_id(), "built_in", "space_adventure", "en", 5)
    assert await cache.get(key) is None  # a miss changes nothing
    assert await entry(key) is None

    value = {"title": "The Moon Boat", "scenes": [1, 2, 3], "ok": True, "émoji": "🌙"}
    await cache.put(key, value, cache.STORY_TTL)
    stored = await entry(key)
    assert stored["access_count"] == 0
    assert stored["size_bytes"] == len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
    database_now = await ENGINE.pool.fetchval("SELECT now()")
    assert abs(stored["expires_at"] - (database_now + cache.STORY_TTL)) < timedelta(seconds=5)

    assert await cache.get(key) == value
    assert await cache.get(key) == value
    after = await entry(key)
    assert after["access_count"] == 2
    assert after["last_accessed_at"] >= stored["last_accessed_at"]

    # Putting again replaces the value, the expiry and the count.
    await cache.put(key, {"title": "Another"}, cache.API_RESPONSE_TTL)
    replaced = await entry(key)
    assert replaced["access_count"] == 0
    assert replaced["expires_at"] < stored["expires_at"]
    assert await cache.get(key) == {"title": "Another"}

    assert await cache.delete(key) is True
    assert await cache.delete(key) is False
    assert await cache.get(key) is None


async def test_hits_count_exactly_under_concurrency():
    key = names.audio_cache_key(fresh_id(), "coral", "en")
    await cache.put(key, {"audio": "bucket/path.mp3"}, cache.AUDIO_TTL)
    results = await asyncio.gather(*(asyncio.create_task(cache.get(key)) for _ in range(30)))
    assert results == [{"audio": "bucket/path.mp3"}] * 30
    assert (await entry(key))["access_count"] == 30


async def test_expired_entries_are_misses_until_cleaned_up():
    expired = names.avatar_cache_key(fresh_id(), "gen_old")
    live = names.avatar_cache_key(fresh_id(), "gen_new")
    await cache.put(expired, {"url": "avatars/old.png"}, cache.AVATAR_TTL)
    await cache.put(live, {"url": "avatars/new.png"}, cache.AVATAR_TTL)
    await ENGINE.pool.execute(
        "UPDATE cache_entries SET expires_at = now() - interval '1 second' WHERE key = $1", expired
    )
    assert await cache.get(expired) is None
    assert (await entry(expired))["access_count"] == 0  # a miss is not a hit

    assert await delete_expired_cache_entries() >= 1
    assert await entry(expired) is None
    assert await cache.get(live) == {"url": "avatars/new.png"}


async def test_a_short_ttl_expires_by_the_database_clock():
    key = names.response_cache_key(fresh_id(), "/v1/heroes")
    await cache.put(key, {"heroes": []}, timedelta(milliseconds=200))
    assert await cache.get(key) == {"heroes": []}
    await asyncio.sleep(0.4)
    assert await cache.get(key) is None


async def test_delete_prefix():
    story, other_story = fresh_id(), fresh_id()
    for number in (1, 2, 3):
        await cache.put(names.scene_cache_key(story, number, "gen"), {"n": number}, cache.SCENE_TTL)
    await cache.put(names.scene_cache_key(other_story, 1, "gen"), {"n": 1}, cache.SCENE_TTL)
    assert await cache.delete_prefix(f"scene:{story}:") == 3
    assert await cache.get(names.scene_cache_key(story, 2, "gen")) is None
    assert await cache.get(names.scene_cache_key(other_story, 1, "gen")) == {"n": 1}
    # LIKE wildcards in a prefix are plain characters.
    assert await cache.delete_prefix("scene:%") == 0
    with pytest.raises(ValueError):
        await cache.delete_prefix("")


async def test_cache_arguments_and_transactions():
    with pytest.raises(ValueError):
        await cache.put("k", {}, timedelta(0))
    async with user_transaction(fresh_id()):
        with pytest.raises(RuntimeError):
            await cache.get("k")
