"""Per-user, per-function rate limits, counted in PostgreSQL (``rate_limits``).

Litestar's built-in rate limiter keeps its counts in the process, so with
several API processes the limit would multiply. Here every count is one row
of ``rate_limits`` and every request is counted by one atomic
``INSERT ... ON CONFLICT (user_id, function_name, window_start) DO UPDATE``:
PostgreSQL serialises concurrent requests on that row, in one process or many.

Limits (seed 000, "Rate Limiting"):

==================== ====== ======= =====
function             free   premium burst
==================== ====== ======= =====
story-generation     10/h   50/h    3
audio-synthesis      15/h   75/h    5
avatar-generation    8/h    40/h    2
scene-illustration   25/h   100/h   10
extract-scenes       10/h   50/h    3
==================== ====== ======= =====

The seed names no limit for extract-scenes; the app calls it once after each story,
so it has story-generation's.

Windows
    **Fixed** windows aligned to the clock, in UTC: the hourly window of a
    request starts at ``date_trunc('hour', now)`` and ends an hour later, so
    everybody's quota resets on the hour and ``X-RateLimit-Reset`` is the
    next full hour. The clock is the database's (``now()``) unless the caller
    passes ``now`` (tests), so several API hosts agree on the window. A fixed
    window lets a client spend its quota at the end of one hour and again at
    the start of the next; that is the usual price of one row per window.

Burst
    ``burst`` is the most requests of one function a user may make within one
    fixed **minute** (:data:`BURST_WINDOW`, aligned to the minute), on top of
    and independent of the hourly cap: a request must fit both. It stops a
    client from spending the whole hour's quota in a few seconds (a free
    user may start at most 3 stories a minute and 10 an hour). Both tiers
    share the seed's single burst value. The burst count is a second row of
    the same table, with ``function_name = "<function>:burst"`` and a
    one-minute window, within every constraint of the table.

Refused requests are not counted
    The increment is conditional (``... DO UPDATE ... WHERE request_count <
    limit``), so a row never exceeds its limit and a refused request changes
    nothing; a request that fits the hour but not the minute has its hourly
    increment rolled back (both counts move in one transaction, hourly row
    first, so concurrent requests lock in the same order). A client hammering
    a closed window therefore neither uses up later quota nor pushes its
    reset later (with fixed windows the reset could not move anyway).

What the answer describes
    An allowed request reports the hourly window (limit, what remains of it,
    its reset). A refused request reports the window that refused it: the
    hour (``window="1h"``) or, for a burst refusal, the minute
    (``window="1m"``, ``limit`` = burst).

Connections
    Rate limiting is the server's business, not the user's: counts are written
    as the connecting role (the tables' owner, not subject to row level
    security) on a connection of their own, committed at once. Call
    :func:`consume` before opening a ``user_transaction``; inside any Piccolo
    transaction it refuses to run (a second pooled connection taken while the
    request holds one can exhaust the pool, and the counts must not wait for,
    or roll back with, the request's own work).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import asyncpg

from api.http.errors import ApiError
from db.engine import owner_connection

__all__ = [
    "BURST_SUFFIX",
    "BURST_WINDOW",
    "HOURLY_WINDOW",
    "LIMITS",
    "FunctionLimit",
    "RateDecision",
    "consume",
    "enforce",
]

HOURLY_WINDOW = timedelta(hours=1)
BURST_WINDOW = timedelta(minutes=1)
BURST_SUFFIX = ":burst"
RATE_LIMITED_MESSAGE = "Rate limit exceeded. Please try again later."


@dataclass(frozen=True)
class FunctionLimit:
    """Hourly limits per tier, and the per-minute burst shared by both tiers."""

    free: int
    premium: int
    burst: int

    def hourly(self, tier: str) -> int:
        """The hourly limit of `tier`; an unknown tier gets the free limit."""
        return self.premium if tier == "premium" else self.free


LIMITS: Mapping[str, FunctionLimit] = {
    "story-generation": FunctionLimit(free=10, premium=50, burst=3),
    "audio-synthesis": FunctionLimit(free=15, premium=75, burst=5),
    "avatar-generation": FunctionLimit(free=8, premium=40, burst=2),
    "scene-illustration": FunctionLimit(free=25, premium=100, burst=10),
    "extract-scenes": FunctionLimit(free=10, premium=50, burst=3),
}


def _iso_z(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class RateDecision:
    """What :func:`consume` decided, and everything the response should say about it."""

    allowed: bool
    limit: int
    remaining: int
    reset_at: datetime
    retry_after_seconds: int
    window: str  # "1h" or, for a burst refusal, "1m"
    # The windows an allowed request was counted in, so a refused request can give it back.
    counted_in: tuple[datetime, datetime] | None = field(default=None, compare=False)

    def headers(self) -> dict[str, str]:
        """``X-RateLimit-*`` headers (plus the standard ``Retry-After`` on a refusal)."""
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(int(self.reset_at.timestamp())),
        }
        if not self.allowed:
            headers["X-RateLimit-Retry-After"] = str(self.retry_after_seconds)
            headers["Retry-After"] = str(self.retry_after_seconds)
        return headers

    def to_error(self) -> ApiError:
        """The documented 429 (``RATE_LIMITED``) for a refused request."""
        return ApiError(
            429,
            "RATE_LIMITED",
            RATE_LIMITED_MESSAGE,
            details={"limit": self.limit, "window": self.window, "reset_at": _iso_z(self.reset_at)},
            retry_after=self.retry_after_seconds,
            headers=self.headers(),
        )


# One request more, unless the window's row already holds `limit` requests
# (then no row comes back). Concurrent inserts of the same key wait for each
# other and the loser takes the DO UPDATE branch, whose WHERE is evaluated on
# the locked, latest version of the row: the count is exact.
_COUNT_ONE = """
INSERT INTO rate_limits AS r (user_id, function_name, request_count, window_start, window_end)
VALUES ($1, $2, 1, $3, $4)
ON CONFLICT (user_id, function_name, window_start)
DO UPDATE SET request_count = r.request_count + 1
      WHERE r.request_count < $5
RETURNING r.request_count
"""


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("`now` must be timezone-aware")
    return moment.astimezone(timezone.utc)


def _hour_start(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def _minute_start(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds()))


def _refused(limit: int, reset_at: datetime, now: datetime, window: str) -> RateDecision:
    return RateDecision(False, limit, 0, reset_at, _seconds_until(reset_at, now), window)


class _BurstRefused(Exception):
    """Rolls the hourly increment back when the minute is full."""


async def consume(
    user_id: str | uuid.UUID,
    tier: str,
    function_name: str,
    now: datetime | None = None,
    *,
    pool: asyncpg.Pool | None = None,
) -> RateDecision:
    """Count one request of `user_id` to `function_name`, if it fits; say whether it did.

    `now` (timezone-aware) replaces the database clock (tests); `pool` replaces
    the engine's pool (another process, in tests). Raises ``ValueError`` for a
    function without limits.
    """
    try:
        limits = LIMITS[function_name]
    except KeyError:
        raise ValueError(f"no rate limits for function {function_name!r}") from None
    user = uuid.UUID(str(user_id))
    hourly_limit = limits.hourly(tier)
    given = _utc(now) if now is not None else None
    async with owner_connection(pool) as connection:
        try:
            async with connection.transaction():
                moment = given or _utc(await connection.fetchval("SELECT now()"))
                hour_start = _hour_start(moment)
                hour_end = hour_start + HOURLY_WINDOW
                count = await connection.fetchval(
                    _COUNT_ONE, user, function_name, hour_start, hour_end, hourly_limit
                )
                if count is None:  # the hour is full; nothing was written
                    return _refused(hourly_limit, hour_end, moment, "1h")
                minute_start = _minute_start(moment)
                burst_count = await connection.fetchval(
                    _COUNT_ONE, user, function_name + BURST_SUFFIX,
                    minute_start, minute_start + BURST_WINDOW, limits.burst,
                )
                if burst_count is None:  # the minute is full: undo the hourly increment
                    raise _BurstRefused(minute_start + BURST_WINDOW, moment)
        except _BurstRefused as refusal:
            reset_at, moment = refusal.args
            return _refused(limits.burst, reset_at, moment, "1m")
    return RateDecision(True, hourly_limit, hourly_limit - count, hour_end, 0, "1h", (hour_start, minute_start))


_GIVE_BACK = """
UPDATE rate_limits SET request_count = request_count - 1
WHERE user_id = $1 AND function_name = $2 AND window_start = $3 AND request_count > 0
"""


async def give_back(user_id: str | uuid.UUID, function_name: str, decision: RateDecision,
                    *, pool: asyncpg.Pool | None = None) -> None:
    """Un-count a request that was refused as invalid: a typo in a body, or a text
    refused by the safety check, costs no quota."""
    if decision.counted_in is None:
        return
    hour_start, minute_start = decision.counted_in
    user = uuid.UUID(str(user_id))
    async with owner_connection(pool) as connection:
        async with connection.transaction():
            await connection.execute(_GIVE_BACK, user, function_name, hour_start)
            await connection.execute(_GIVE_BACK, user, function_name + BURST_SUFFIX, minute_start)


async def enforce(
    user_id: str | uuid.UUID, tier: str, function_name: str, now: datetime | None = None
) -> RateDecision:
    """:func:`consume`, raising the 429 :class:`ApiError` when the request does not fit."""
    decision = await consume(user_id, tier, function_name, now)
    if not decision.allowed:
        raise decision.to_error()
    return decision
