"""Apply Storyloom's migrations (the Piccolo app ``storyloom``) to a database.

``apply_migrations`` is the synchronous entry (CLI, test fixtures);
``apply_migrations_async`` is for code already running in an event loop (the
API's startup). Both return the ids of the migrations they applied, so a second
run returns ``[]``.

Concurrency: every run holds a PostgreSQL advisory lock on its own connection
for the whole run, so several processes starting at once apply each migration
exactly once (the others wait, then find nothing left to do). Within one
process runs are also serialised, because Piccolo finds its engine through a
module-level lookup (see below).

Which engine runs them: Piccolo's ``MigrationManager`` and its ``migration``
bookkeeping table find the engine through ``PICCOLO_CONF``. For the duration of
a run we point that lookup at a pool-less engine for the requested URL. That
lets the caller pass any URL, and keeps migrations off the application's pool,
which belongs to the event loop that opened it (the sync entry may run in a
worker thread with its own loop).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import threading
from collections.abc import AsyncIterator

import asyncpg
from piccolo.apps.migrations.commands.backwards import run_backwards
from piccolo.apps.migrations.commands.forwards import run_forwards
from piccolo.apps.migrations.tables import Migration
from piccolo.conf.apps import Finder

from db import settings

APP_NAME = "storyloom"

# pg_advisory_lock key: "storyloom migrations" (any constant that other
# software sharing the database is unlikely to use).
MIGRATION_LOCK_KEY = 0x53_4C_4D_49_47  # "SLMIG"

_PROCESS_LOCK = threading.Lock()


class MigrationError(RuntimeError):
    """Piccolo reported a failed migration run."""


@contextlib.asynccontextmanager
async def _process_lock() -> AsyncIterator[None]:
    # Polling instead of `to_thread(lock.acquire)`: a cancelled waiter must
    # never end up owning the lock.
    while not _PROCESS_LOCK.acquire(blocking=False):
        await asyncio.sleep(0.05)
    try:
        yield
    finally:
        _PROCESS_LOCK.release()


@contextlib.asynccontextmanager
async def _advisory_lock(database_url: str) -> AsyncIterator[None]:
    connection = await asyncpg.connect(dsn=database_url)
    try:
        await connection.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
        try:
            yield
        finally:
            await connection.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
    finally:
        await connection.close()


@contextlib.asynccontextmanager
async def _engine_for(database_url: str) -> AsyncIterator[None]:
    """Point Piccolo's engine lookup at a pool-less engine for `database_url`."""
    from db.piccolo_conf import StoryloomPostgresEngine

    finder = Finder()
    conf = finder.get_piccolo_conf_module()
    if conf is None:  # pragma: no cover - Piccolo raises first
        raise MigrationError("Piccolo configuration module not found")
    application_engine = conf.DB
    # Bind every application table to the application engine now, so that a
    # table first used by other code while the lookup is redirected does not
    # keep the migration engine for good.
    for table_class in finder.get_app_registry().get_table_classes(APP_NAME):
        if table_class._meta._db is None:
            table_class._meta.db = application_engine
    previous_migration_db = Migration._meta._db

    migration_engine = StoryloomPostgresEngine(config={"dsn": database_url})
    conf.DB = migration_engine
    Migration._meta.db = migration_engine
    try:
        yield
    finally:
        conf.DB = application_engine
        Migration._meta._db = previous_migration_db


async def _applied_ids() -> set[str]:
    if not await Migration.table_exists().run():
        return set()
    return set(await Migration.get_migrations_which_ran(app_name=APP_NAME))


async def apply_migrations_async(database_url: str | None = None) -> list[str]:
    """Apply the migrations not yet applied; return their ids, oldest first."""
    url = database_url or settings.require_database_url()
    async with _process_lock(), _advisory_lock(url), _engine_for(url):
        before = await _applied_ids()
        # Piccolo narrates each run on stdout; callers report the applied ids instead.
        with contextlib.redirect_stdout(io.StringIO()) as narration:
            result = await run_forwards(app_name=APP_NAME, migration_id="all")
        if not result.success:
            raise MigrationError(f"migrations failed: {result.message}\n{narration.getvalue()}")
        after = await _applied_ids()
    return sorted(after - before)


async def rollback_migrations_async(
    database_url: str | None = None, migration_id: str = "all"
) -> None:
    """Undo migrations down to and including `migration_id` (``"all"``: every one).

    Meant for development and tests: the tables and their rows are dropped.
    """
    url = database_url or settings.require_database_url()
    async with _process_lock(), _advisory_lock(url), _engine_for(url):
        result = await run_backwards(
            app_name=APP_NAME, migration_id=migration_id, auto_agree=True
        )
        if not result.success:
            raise MigrationError(f"rollback failed: {result.message}")


def _run(coroutine):
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    # Called from code running inside an event loop, where asyncio.run refuses
    # to start: run the coroutine on a loop of its own in a helper thread.
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["result"] = asyncio.run(coroutine)
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="storyloom-migrate")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def apply_migrations(database_url: str | None = None) -> list[str]:
    """Synchronous :func:`apply_migrations_async`.

    From a running event loop prefer ``await apply_migrations_async(...)``;
    this works there too, but blocks the loop while a helper thread runs the
    migrations (so it must not be called while that loop is itself migrating).
    """
    return _run(apply_migrations_async(database_url))


def rollback_migrations(database_url: str | None = None, migration_id: str = "all") -> None:
    """Synchronous :func:`rollback_migrations_async`."""
    _run(rollback_migrations_async(database_url, migration_id))
