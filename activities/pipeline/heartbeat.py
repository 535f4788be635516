"""Keeps Temporal told that a long provider call is still alive."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable
from typing import TypeVar

from temporalio import activity

T = TypeVar("T")


@contextlib.asynccontextmanager
async def heartbeating(every_seconds: float = 5.0) -> AsyncIterator[None]:
    """Heartbeats while the body runs, so a dead worker is noticed after the heartbeat
    timeout instead of after the whole start-to-close timeout."""

    async def beat() -> None:
        while True:
            activity.heartbeat()
            await asyncio.sleep(every_seconds)

    beating = asyncio.create_task(beat())
    try:
        yield
    finally:
        beating.cancel()


async def while_heartbeating(work: Awaitable[T], every_seconds: float = 5.0) -> T:
    """Awaits `work`, heartbeating meanwhile."""
    async with heartbeating(every_seconds):
        return await work
