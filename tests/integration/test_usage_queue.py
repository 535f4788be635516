"""Usage rows handed to the per-process writer: written in batches, one row per request,
none lost when the database is away for a while or when the process stops."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from api.services import usage_queue
from api.services.usage import write_usage_rows
from api.services.usage_queue import UsageQueue
from db.engine import ENGINE

pytestmark = pytest.mark.usefixtures("db_pool")


async def rows_of(user: str) -> int:
    found = await ENGINE.pool.fetchval("SELECT count(*) FROM api_usage WHERE user_id = $1", uuid.UUID(user))
    return int(found)


def hand_over(queue: UsageQueue, user: str, count: int) -> None:
    for _ in range(count):
        queue.put(user_id=user, function_name="get_progress", request_id=str(uuid.uuid4()), status="success",
                  response_time_ms=3)


async def test_rows_are_written_by_the_writer_and_by_a_flush():
    queue, user = UsageQueue(), str(uuid.uuid4())
    await queue.start()
    try:
        hand_over(queue, user, 3)
        assert await rows_of(user) == 0, "a request never waits for its row"
        await asyncio.sleep(usage_queue.FLUSH_EVERY_SECONDS * 3)
        assert await rows_of(user) == 3
        hand_over(queue, user, usage_queue.BATCH_ROWS + 7)  # more than a batch: two round trips
        await queue.flush()
        assert await rows_of(user) == usage_queue.BATCH_ROWS + 10
    finally:
        await queue.stop()


async def test_stopping_writes_what_is_left():
    queue, user = UsageQueue(), str(uuid.uuid4())
    await queue.start()
    hand_over(queue, user, 5)
    await queue.stop()
    assert await rows_of(user) == 5


async def test_rows_wait_while_the_database_is_away():
    away = True

    async def write_when_there(rows: list[tuple]) -> None:
        if away:
            raise ConnectionRefusedError("the database is away")
        await write_usage_rows(rows)

    queue, user = UsageQueue(write_when_there), str(uuid.uuid4())
    hand_over(queue, user, 4)
    with pytest.raises(ConnectionRefusedError):
        await queue.flush()
    away = False
    await queue.flush()
    assert await rows_of(user) == 4, "the rows of the failed write were kept, once each"


def test_a_bad_row_is_refused_when_handed_over():
    with pytest.raises(ValueError):
        UsageQueue().put(user_id=str(uuid.uuid4()), function_name="x", request_id=None, status="fine",
                         response_time_ms=1)
