"""Usage rows of served requests, written in batches by one task of each API process.

A request only hands its row over (no connection, no round trip of its own); the
writer inserts what has gathered every quarter second, or at once when a batch is
full, in one round trip. Still one row per request. A clean shutdown writes what is
left; readers of usage (the parent's usage summary, account deletion) flush first, so
within a process nothing is read before it is written.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from api.services.usage import usage_row, write_usage_rows

log = structlog.get_logger("storyloom.api")

FLUSH_EVERY_SECONDS = 0.25
BATCH_ROWS = 500
# Rows kept while the database is away; beyond this the oldest go (and are logged).
MAX_PENDING_ROWS = 50_000


class UsageQueue:
    def __init__(self, write: Callable[[list[tuple]], Awaitable[None]] = write_usage_rows) -> None:
        self._write = write
        self._pending: list[tuple] = []
        self._full = asyncio.Event()
        self._lock = asyncio.Lock()
        self._task: asyncio.Task | None = None

    def put(self, **row: Any) -> None:
        self._pending.append(usage_row(**row))
        if len(self._pending) > MAX_PENDING_ROWS:
            dropped = len(self._pending) - MAX_PENDING_ROWS
            del self._pending[:dropped]
            log.error("usage_rows_dropped", rows=dropped)
        if len(self._pending) >= BATCH_ROWS:
            self._full.set()

    async def flush(self) -> None:
        """Writes every row handed over so far (rows of a failed write are kept for the next)."""
        async with self._lock:
            while self._pending:
                batch, self._pending = self._pending[:BATCH_ROWS], self._pending[BATCH_ROWS:]
                try:
                    await self._write(batch)
                except BaseException:
                    self._pending[:0] = batch
                    raise

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="usage-writer")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        try:
            await self.flush()
        except Exception:
            log.exception("usage_rows_not_written_at_shutdown", rows=len(self._pending))

    async def _run(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._full.wait(), FLUSH_EVERY_SECONDS)
            except asyncio.TimeoutError:
                pass
            self._full.clear()
            try:
                await self.flush()
            except Exception:  # the database is away: keep the rows, try again shortly
                log.warning("usage_rows_waiting", rows=len(self._pending))
                await asyncio.sleep(1.0)
