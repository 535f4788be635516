"""Database settings, read from the environment once, when this module is imported.

* ``DATABASE_URL`` - a libpq/asyncpg DSN (``postgresql://user@host:port/db``).
  It is optional at import so that modules which never touch the database can
  still be imported; code that needs it calls :func:`require_database_url`,
  which fails with a message saying what to set.
* ``DB_POOL_MIN`` / ``DB_POOL_MAX`` - asyncpg pool bounds (defaults 1 and 10).
  Both are always passed to the pool: asyncpg's own ``min_size`` default (10)
  is larger than a small ``max_size`` and the pool refuses to start.
"""

from __future__ import annotations

import os


class DatabaseSettingsError(RuntimeError):
    """The database environment is missing or malformed."""


def _int_from_env(name: str, default: int, minimum: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise DatabaseSettingsError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise DatabaseSettingsError(f"{name} must be >= {minimum}, got {value}")
    return value


DATABASE_URL: str | None = os.environ.get("DATABASE_URL", "").strip() or None
DB_POOL_MIN: int = _int_from_env("DB_POOL_MIN", 1, minimum=0)
DB_POOL_MAX: int = _int_from_env("DB_POOL_MAX", 10, minimum=1)

if DB_POOL_MIN > DB_POOL_MAX:
    raise DatabaseSettingsError(
        f"DB_POOL_MIN ({DB_POOL_MIN}) must not exceed DB_POOL_MAX ({DB_POOL_MAX})"
    )


def require_database_url() -> str:
    """The configured DSN, or a clear error when DATABASE_URL was not set."""
    if DATABASE_URL is None:
        raise DatabaseSettingsError(
            "DATABASE_URL is not set: export a PostgreSQL DSN such as "
            "postgresql://postgres@127.0.0.1:5432/storyloom before starting Storyloom "
            "(`storyloom up` sets it for the embedded server)."
        )
    return DATABASE_URL
