"""Keeps Temporal told that a long provider call is still alive."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable
from typing import TypeVar

from temporalio import activity

T = TypeVar("T")


# At most this long between heartbeats; a shorter heartbeat timeout beats faster.
LONGEST_BEAT_SECONDS = 5.0
# Beats per heartbeat timeout: one late beat (a busy event loop) is not a death.
BEATS_PER_TIMEOUT = 3


def beat_interval() -> float:
    """Seconds between heartbeats: a third of the activity's heartbeat timeout, at most
    five. A fixed interval longer than the timeout `temporal.yaml` sets would have the
    server give up on a living activity and run it again."""
    timeout = activity.info().heartbeat_timeout
    if not timeout:
        return LONGEST_BEAT_SECONDS
    return min(LONGEST_BEAT_SECONDS, timeout.total_seconds() / BEATS_PER_TIMEOUT)


@contextlib.asynccontextmanager
async def heartbeating(every_seconds: float | None = None) -> AsyncIterator[None]:
    """Heartbeats while the body runs, so a dead worker is noticed after the heartbeat
    timeout instead of after the whole start-to-close timeout."""
    every_seconds = every_seconds or beat_interval()

    async def beat() -> None:
        while True:
            activity.heartbeat()
            await asyncio.sleep(every_seconds)

    beating = asyncio.create_task(beat())
    try:
        yield
    finally:
        beating.cancel()


async def while_heartbeating(work: Awaitable[T], every_seconds: float | None = None) -> T:
    """Awaits `work`, heartbeating meanwhile."""
    async with heartbeating(every_seconds):
        return await work
