"""The Piccolo engine, its connection pool, and transactions with or without RLS.

Row level security does not apply to superusers or to a table's owner, and the
app connects as one of them. Queries made for a user therefore run inside
:func:`user_transaction`, which switches the transaction to the
``authenticated`` role and publishes the user id as the JWT subject, the way
Supabase does; every Piccolo query awaited inside the ``async with`` block
(in the same task) uses that transaction's connection, so the policies filter
it. Both settings are transaction-local: the pooled connection is clean again
when the block ends, committed or rolled back.

Piccolo keeps the current transaction in a context variable: don't
``asyncio.gather`` several queries inside one transaction (they would share
one connection), and don't expect a task created inside the block to be
covered once the block has ended.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import AsyncIterator
from uuid import UUID

import asyncpg
from piccolo.engine.postgres import PostgresTransaction

from db import settings
from db.piccolo_conf import DB as ENGINE

__all__ = ["ENGINE", "open_pool", "close_pool", "user_transaction", "service_transaction", "owner_connection", "run_sql"]

USER_ROLE = "authenticated"

# The user a `user_transaction` of the current context acts for, if any.
_acting_user: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "storyloom_acting_user", default=None
)


async def open_pool() -> None:
    """Open the engine's asyncpg pool (idempotent) with DB_POOL_MIN/DB_POOL_MAX.

    Open it on the event loop that will use it (e.g. the API's lifespan).
    """
    if ENGINE.pool is not None:
        return
    # Both bounds are passed: asyncpg's min_size defaults to 10 and a pool
    # with max_size below that refuses to start.
    await ENGINE.start_connection_pool(
        min_size=settings.DB_POOL_MIN, max_size=settings.DB_POOL_MAX
    )


async def close_pool() -> None:
    """Close the pool if one is open."""
    if ENGINE.pool is not None:
        await ENGINE.close_connection_pool()


@contextlib.asynccontextmanager
async def user_transaction(user_id: UUID | str) -> AsyncIterator[PostgresTransaction]:
    """A transaction in which the database sees `user_id` as the authenticated user.

    Nesting is refused: inside another transaction Piccolo would reuse the
    outer one, and the role switch would leak into it (or, the other way
    round, an outer service transaction would silently run under RLS).
    """
    subject = str(UUID(str(user_id)))  # validates, and normalises the spelling
    async with ENGINE.transaction(allow_nested=False) as transaction:
        # The role and the claims in one statement (set_config('role', …, true) is
        # SET LOCAL ROLE): one round trip, on a path every request takes.
        await transaction.connection.execute(
            "SELECT set_config('role', $2, true), set_config('request.jwt.claim.sub', $1, true),"
            " set_config('request.jwt.claim.role', $2, true)",
            subject,
            USER_ROLE,
        )
        token = _acting_user.set(subject)
        try:
            yield transaction
        finally:
            _acting_user.reset(token)


@contextlib.asynccontextmanager
async def service_transaction() -> AsyncIterator[PostgresTransaction]:
    """A plain transaction as the connecting role (workers; not subject to RLS).

    Nested in another service transaction it joins the outer one (Piccolo's
    behaviour); nested in a :func:`user_transaction` it is refused, since it
    would silently run under the user's RLS.
    """
    if _acting_user.get() is not None:
        raise RuntimeError("service_transaction() cannot run inside a user_transaction()")
    async with ENGINE.transaction() as transaction:
        yield transaction


@contextlib.asynccontextmanager
async def owner_connection(pool: asyncpg.Pool | None = None) -> AsyncIterator[asyncpg.Connection]:
    """A connection of its own, as the connecting role (no RLS), outside any request transaction.

    `pool` defaults to the engine's pool (without one, a fresh connection is
    opened and closed). Refused inside a Piccolo transaction of the current
    context: a connection of its own there would not see that transaction's rows,
    and the rows it writes (a counted request, a usage row) must not roll back with it.
    """
    if ENGINE.current_transaction.get() is not None:
        raise RuntimeError(
            "rate limits, usage and the cache use a connection of their own: "
            "call them outside user_transaction()/service_transaction()"
        )
    pool = pool if pool is not None else ENGINE.pool
    if pool is not None:
        async with pool.acquire() as connection:
            yield connection
    else:
        connection = await ENGINE.get_new_connection()
        try:
            yield connection
        finally:
            await connection.close()


async def run_sql(sql: str, *arguments: object) -> list[dict]:
    """One statement (numbered `$n` parameters) on a connection of its own; its rows."""
    async with owner_connection() as connection:
        return [dict(row) for row in await connection.fetch(sql, *arguments)]
