"""Keeps Temporal told that a long provider call is still alive."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

from temporalio import activity

T = TypeVar("T")


async def while_heartbeating(work: Awaitable[T], every_seconds: float = 5.0) -> T:
    """Awaits `work`, heartbeating meanwhile, so a dead worker is noticed after the
    heartbeat timeout instead of after the whole start-to-close timeout."""

    async def beat() -> None:
        while True:
            activity.heartbeat()
            await asyncio.sleep(every_seconds)

    beating = asyncio.create_task(beat())
    try:
        return await work
    finally:
        beating.cancel()
