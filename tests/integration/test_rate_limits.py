"""Rate limits counted in the real PostgreSQL: tiers, burst, windows, 429s, concurrency."""

from __future__ import annotations

import asyncio
import os
import sys
import textwrap
import uuid
from datetime import datetime, timedelta, timezone

import asyncpg
import pytest

from api.http.errors import ApiError
from api.http.rate_limits import LIMITS, FunctionLimit, RateDecision, consume, enforce
from db.engine import ENGINE, service_transaction, user_transaction
from db.maintenance import delete_ended_rate_limit_windows as cleanup_expired

pytestmark = pytest.mark.usefixtures("db_pool")

UTC = timezone.utc
HOUR = datetime(2030, 1, 1, 10, 0, tzinfo=UTC)  # an hour no other test counts in


def fresh_user() -> str:
    return str(uuid.uuid4())


async def count_of(user_id: str, function_name: str, window_start: datetime) -> int | None:
    return await ENGINE.pool.fetchval(
        "SELECT request_count FROM rate_limits WHERE user_id = $1 AND function_name = $2 AND window_start = $3",
        uuid.UUID(user_id), function_name, window_start,
    )


def test_limits_are_the_seeds():
    """The seed's four, and extract-scenes (which the seed does not limit) as story-generation."""
    assert LIMITS == {
        "extract-scenes": FunctionLimit(free=10, premium=50, burst=3),
        "story-generation": FunctionLimit(free=10, premium=50, burst=3),
        "audio-synthesis": FunctionLimit(free=15, premium=75, burst=5),
        "avatar-generation": FunctionLimit(free=8, premium=40, burst=2),
        "scene-illustration": FunctionLimit(free=25, premium=100, burst=10),
    }
    assert LIMITS["story-generation"].hourly("free") == 10
    assert LIMITS["story-generation"].hourly("premium") == 50
    assert LIMITS["story-generation"].hourly("enterprise?") == 10  # unknown tier: free


async def test_free_story_generation_counts_down_then_refuses():
    user = fresh_user()
    for used in range(1, 11):
        # one request a minute: the burst never bites
        decision = await consume(user, "free", "story-generation", HOUR + timedelta(minutes=used, seconds=30))
        assert decision == RateDecision(
            allowed=True, limit=10, remaining=10 - used, reset_at=HOUR + timedelta(hours=1),
            retry_after_seconds=0, window="1h",
        )
    assert decision.headers() == {
        "X-RateLimit-Limit": "10",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(int((HOUR + timedelta(hours=1)).timestamp())),
    }

    now = HOUR + timedelta(minutes=45)
    refused = await consume(user, "free", "story-generation", now)
    assert refused == RateDecision(
        allowed=False, limit=10, remaining=0, reset_at=HOUR + timedelta(hours=1),
        retry_after_seconds=15 * 60, window="1h",
    )
    reset = str(int((HOUR + timedelta(hours=1)).timestamp()))
    assert refused.headers() == {
        "X-RateLimit-Limit": "10",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": reset,
        "X-RateLimit-Retry-After": "900",
        "Retry-After": "900",
    }
    # A refused request is not counted: the row stays at the limit.
    assert await count_of(user, "story-generation", HOUR) == 10


async def test_refusal_is_the_documented_429():
    user = fresh_user()
    for minute in range(8):
        assert (await consume(user, "free", "avatar-generation", HOUR + timedelta(minutes=minute))).allowed
    now = HOUR + timedelta(minutes=20, seconds=0.5)
    error = (await consume(user, "free", "avatar-generation", now)).to_error()
    assert isinstance(error, ApiError)
    assert (error.status, error.code, error.message) == (429, "RATE_LIMITED", "Rate limit exceeded. Please try again later.")
    assert error.details == {"limit": 8, "window": "1h", "reset_at": "2030-01-01T11:00:00Z"}
    assert error.retry_after == 40 * 60  # 39 min 59.5 s, rounded up
    assert error.headers["X-RateLimit-Retry-After"] == str(40 * 60)
    assert error.headers["X-RateLimit-Limit"] == "8"
    assert error.headers["X-RateLimit-Remaining"] == "0"

    with pytest.raises(ApiError) as raised:
        await enforce(user, "free", "avatar-generation", now)
    assert raised.value.status == 429
    allowed = await enforce(fresh_user(), "free", "avatar-generation", now)
    assert allowed.allowed and allowed.remaining == 7


@pytest.mark.parametrize("tier", ["free", "premium"])
@pytest.mark.parametrize("function_name", sorted(LIMITS))
async def test_every_function_and_tier(function_name, tier):
    user = fresh_user()
    limit = LIMITS[function_name].hourly(tier)
    burst = LIMITS[function_name].burst
    for index in range(limit):
        # `burst` requests per minute, within the hour
        now = HOUR + timedelta(minutes=index // burst, seconds=index % burst)
        decision = await consume(user, tier, function_name, now)
        assert (decision.allowed, decision.limit, decision.remaining) == (True, limit, limit - index - 1)
    refused = await consume(user, tier, function_name, HOUR + timedelta(minutes=59))
    assert (refused.allowed, refused.limit, refused.window) == (False, limit, "1h")


async def test_users_and_functions_count_apart():
    first, second = fresh_user(), fresh_user()
    now = HOUR + timedelta(minutes=5)
    assert (await consume(first, "free", "story-generation", now)).remaining == 9
    assert (await consume(first, "free", "audio-synthesis", now)).remaining == 14
    assert (await consume(second, "free", "story-generation", now)).remaining == 9
    assert (await consume(first, "free", "story-generation", now)).remaining == 8


async def test_burst_refuses_within_the_minute_without_using_the_hour():
    user = fresh_user()
    now = HOUR + timedelta(minutes=30, seconds=10)
    for used in range(1, 4):
        decision = await consume(user, "free", "story-generation", now)
        assert (decision.allowed, decision.remaining) == (True, 10 - used)

    refused = await consume(user, "free", "story-generation", now + timedelta(seconds=5))
    minute_end = HOUR + timedelta(minutes=31)
    assert refused == RateDecision(
        allowed=False, limit=3, remaining=0, reset_at=minute_end, retry_after_seconds=45, window="1m",
    )
    assert refused.to_error().details == {"limit": 3, "window": "1m", "reset_at": "2030-01-01T10:31:00Z"}
    assert refused.headers()["X-RateLimit-Reset"] == str(int(minute_end.timestamp()))

    # The refused request's hourly increment was rolled back.
    assert await count_of(user, "story-generation", HOUR) == 3
    assert await count_of(user, "story-generation:burst", HOUR + timedelta(minutes=30)) == 3

    # The next minute is a new burst window; the hour goes on counting.
    decision = await consume(user, "free", "story-generation", minute_end)
    assert (decision.allowed, decision.remaining, decision.reset_at) == (True, 6, HOUR + timedelta(hours=1))


async def test_a_full_hour_wins_over_a_full_minute():
    """When both windows are full the client hears about the later reset (the hour)."""
    user = fresh_user()
    for minute in range(3):
        for second in range(3):
            assert (await consume(user, "free", "story-generation", HOUR + timedelta(minutes=minute, seconds=second))).allowed
    assert (await consume(user, "free", "story-generation", HOUR + timedelta(minutes=3))).allowed  # 10th
    refused = await consume(user, "free", "story-generation", HOUR + timedelta(minutes=3, seconds=1))
    assert (refused.window, refused.limit, refused.reset_at) == ("1h", 10, HOUR + timedelta(hours=1))


async def test_the_window_rolls_over_on_the_hour():
    user = fresh_user()
    for minute in range(10):
        await consume(user, "free", "story-generation", HOUR + timedelta(minutes=minute))
    assert not (await consume(user, "free", "story-generation", HOUR + timedelta(minutes=59, seconds=59))).allowed

    next_hour = HOUR + timedelta(hours=1)
    decision = await consume(user, "free", "story-generation", next_hour)
    assert decision == RateDecision(True, 10, 9, next_hour + timedelta(hours=1), 0, "1h")
    row = await ENGINE.pool.fetchrow(
        "SELECT request_count, window_end FROM rate_limits"
        " WHERE user_id = $1 AND function_name = 'story-generation' AND window_start = $2",
        uuid.UUID(user), next_hour,
    )
    assert (row["request_count"], row["window_end"]) == (1, next_hour + timedelta(hours=1))


async def test_the_database_clock_by_default():
    user = fresh_user()
    database_now = await ENGINE.pool.fetchval("SELECT now()")
    decision = await consume(user, "premium", "scene-illustration")
    expected_reset = database_now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    assert decision.allowed and decision.remaining == 99
    # (the hour may have turned between the two reads)
    assert decision.reset_at in (expected_reset, expected_reset + timedelta(hours=1))


async def test_bad_arguments():
    with pytest.raises(ValueError):
        await consume(fresh_user(), "free", "no-such-function", HOUR)
    with pytest.raises(ValueError):
        await consume(fresh_user(), "free", "story-generation", datetime(2030, 1, 1, 10, 0))  # naive
    with pytest.raises(ValueError):
        await consume("not-a-uuid", "free", "story-generation", HOUR)


async def test_refused_inside_a_request_transaction():
    user = fresh_user()
    async with user_transaction(user):
        with pytest.raises(RuntimeError):
            await consume(user, "free", "story-generation", HOUR)
    async with service_transaction():
        with pytest.raises(RuntimeError):
            await consume(user, "free", "story-generation", HOUR)
    assert await count_of(user, "story-generation", HOUR) is None


async def test_exact_under_concurrency_hourly():
    """50 concurrent requests (2 per minute, below the burst) against 10 an hour: exactly 10 pass."""
    user = fresh_user()
    decisions = await asyncio.gather(*(
        asyncio.create_task(consume(user, "free", "story-generation", HOUR + timedelta(minutes=index % 25)))
        for index in range(50)
    ))
    allowed = [decision for decision in decisions if decision.allowed]
    assert len(allowed) == 10
    assert sorted(decision.remaining for decision in allowed) == list(range(10))
    assert await count_of(user, "story-generation", HOUR) == 10


async def test_exact_under_concurrency_burst():
    """50 concurrent requests in one minute against a burst of 10 (25 an hour): exactly 10 pass,
    and the 40 refused ones leave no trace in the hourly count."""
    user = fresh_user()
    now = HOUR + timedelta(minutes=7)
    decisions = await asyncio.gather(*(
        asyncio.create_task(consume(user, "free", "scene-illustration", now)) for _ in range(50)
    ))
    assert sum(decision.allowed for decision in decisions) == 10
    assert {decision.window for decision in decisions if not decision.allowed} == {"1m"}
    assert await count_of(user, "scene-illustration", HOUR) == 10
    assert await count_of(user, "scene-illustration:burst", now) == 10


async def test_exact_across_two_pools(database_url):
    """Two independent connection pools (two API processes' worth) share one count."""
    other_pool = await asyncpg.create_pool(database_url, min_size=1, max_size=5)
    try:
        user = fresh_user()
        tasks = [
            asyncio.create_task(consume(
                user, "free", "story-generation", HOUR + timedelta(minutes=index % 25),
                pool=other_pool if index % 2 else None,
            ))
            for index in range(60)
        ]
        decisions = await asyncio.gather(*tasks)
    finally:
        await other_pool.close()
    assert sum(decision.allowed for decision in decisions) == 10
    assert await count_of(user, "story-generation", HOUR) == 10


_OTHER_PROCESS = textwrap.dedent(
    """
    import asyncio, sys
    from datetime import datetime, timedelta
    from api.http.rate_limits import consume
    from db.engine import close_pool, open_pool

    async def main(user, start, count):
        await open_pool()
        try:
            print("ready", flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
            start = datetime.fromisoformat(start)
            decisions = await asyncio.gather(*(
                consume(user, "free", "story-generation", start + timedelta(minutes=i % 25))
                for i in range(count)
            ))
            print(sum(d.allowed for d in decisions), flush=True)
        finally:
            await close_pool()

    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
    """
)


async def test_exact_across_two_processes(database_url):
    """Another OS process (its own engine and pool) and this one, released together."""
    user = fresh_user()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _OTHER_PROCESS, user, HOUR.isoformat(), "30",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "DATABASE_URL": database_url, "DB_POOL_MIN": "1", "DB_POOL_MAX": "5"},
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    )
    try:
        assert (await asyncio.wait_for(process.stdout.readline(), 60)).strip() == b"ready"
        process.stdin.write(b"go\n")
        await process.stdin.drain()
        ours = await asyncio.gather(*(
            consume(user, "free", "story-generation", HOUR + timedelta(minutes=index % 25))
            for index in range(30)
        ))
        theirs = int((await asyncio.wait_for(process.stdout.readline(), 60)).strip())
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert sum(decision.allowed for decision in ours) + theirs == 10
    assert await count_of(user, "story-generation", HOUR) == 10


async def test_cleanup_deletes_ended_windows_only():
    old_hour = datetime(1999, 1, 1, 10, 0, tzinfo=UTC)  # an era no other test uses
    user = fresh_user()
    await consume(user, "free", "story-generation", old_hour + timedelta(minutes=15))
    await consume(user, "free", "story-generation", old_hour + timedelta(hours=1, minutes=15))
    # Four rows: two hours, two minutes. At 11:00 the 10:00 hour and the 10:15 minute have ended.
    assert await cleanup_expired(old_hour + timedelta(hours=1)) == 2
    assert await count_of(user, "story-generation", old_hour) is None
    assert await count_of(user, "story-generation", old_hour + timedelta(hours=1)) == 1
    # At 11:16 the 11:15 minute has ended too; the 11:00 hour lives on.
    assert await cleanup_expired(old_hour + timedelta(hours=1, minutes=16)) == 1
    assert await count_of(user, "story-generation", old_hour + timedelta(hours=1)) == 1
    assert await count_of(user, "story-generation:burst", old_hour + timedelta(hours=1, minutes=15)) is None


async def test_a_request_refused_as_invalid_gives_its_quota_back():
    from api.http.rate_limits import give_back

    user = fresh_user()
    moment = HOUR + timedelta(minutes=5)
    first = await consume(user, "free", "story-generation", moment)
    second = await consume(user, "free", "story-generation", moment)
    await give_back(user, "story-generation", second)
    assert await count_of(user, "story-generation", HOUR) == 1
    third = await consume(user, "free", "story-generation", moment)
    assert (first.remaining, third.remaining) == (9, 8), "the given-back request was not counted"


def test_refused_bodies_cost_no_quota(parent, worker_process):
    for _ in range(5):  # more than the burst of 3
        refused = parent.post("/v1/stories", json={"hero_id": "nope"})
        assert refused.status_code == 400, refused.text
    hero = parent.post("/v1/heroes", json={"name": "Ada", "primary_trait": "brave", "secondary_trait": "kind"})
    started = parent.post("/v1/stories", json={"hero_id": hero.json()["id"], "target_duration": 60,
                                               "event": {"type": "built_in", "data": {"event": "space_exploration"}}})
    assert started.status_code == 202, started.text
