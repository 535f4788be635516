"""Run a block of SQL (several statements, ``$$`` bodies) from a migration.

Piccolo's ``engine.run_ddl`` / ``Table.raw`` go through asyncpg's ``fetch``,
which prepares the text as one statement (extended protocol) and rejects a
script with several commands. ``Connection.execute`` without arguments uses
the simple query protocol instead, which accepts a whole script, so migrations
send their SQL through the connection of the transaction that
``MigrationManager.run`` opened: a failing statement rolls the whole migration
back, and the migration is not recorded as applied.
"""

from __future__ import annotations

from piccolo.engine import engine_finder


async def execute_script(sql: str) -> None:
    engine = engine_finder()
    if engine is None:
        raise RuntimeError("Piccolo could not find its engine (is PICCOLO_CONF set?)")
    transaction = engine.current_transaction.get()
    if transaction is not None:
        await transaction.connection.execute(sql)
        return
    connection = await engine.get_new_connection()
    try:
        async with connection.transaction():
            await connection.execute(sql)
    finally:
        await connection.close()


def sql_migration(migration_id: str, description: str, forwards_sql: str, backwards_sql: str):
    """The `forwards` coroutine function of a migration that is one SQL script
    each way, as Piccolo's migration runner expects to find it in the module."""
    from piccolo.apps.migrations.auto.migration_manager import MigrationManager

    async def forwards() -> MigrationManager:
        manager = MigrationManager(migration_id=migration_id, app_name="storyloom", description=description)

        async def run() -> None:
            await execute_script(forwards_sql)

        async def run_backwards() -> None:
            await execute_script(backwards_sql)

        manager.add_raw(run)
        manager.add_raw_backwards(run_backwards)
        return manager

    return forwards
