"""Piccolo configuration: the engine (``DB``) and the app registry.

Piccolo looks this module up through ``PICCOLO_CONF`` (set by ``db/__init__.py``).
"""

from __future__ import annotations

from piccolo.conf.apps import AppRegistry
from piccolo.engine.postgres import PostgresEngine

from db.settings import require_database_url


class StoryloomPostgresEngine(PostgresEngine):
    """A ``PostgresEngine`` that does not connect while it is being constructed.

    Piccolo's engine asks the server for its version in ``__init__`` (only to
    print a warning for very old servers). Here the engine is built when this
    module is imported, which often happens before the database is up (tests,
    ``storyloom up``) and would otherwise cost a connection attempt, or a long
    connect timeout on an unreachable host, at import time.
    """

    async def check_version(self) -> None:
        return None


DB = StoryloomPostgresEngine(config={"dsn": require_database_url()})

APP_REGISTRY = AppRegistry(apps=["db.piccolo_app"])
