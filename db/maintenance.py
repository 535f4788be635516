"""Housekeeping of rows whose time has passed: ended rate-limit windows and
expired cache entries. Run every few minutes by the MaintenanceWorkflow."""

from __future__ import annotations

from datetime import datetime

from db.engine import run_sql


async def delete_ended_rate_limit_windows(now: datetime | None = None) -> int:
    """Rows of windows that ended by `now` (default: the database clock); how many."""
    rows = await run_sql(
        """
        WITH gone AS (DELETE FROM rate_limits WHERE window_end <= coalesce($1::timestamptz, now()) RETURNING 1)
        SELECT count(*)::int AS deleted FROM gone
        """,
        now,
    )
    return rows[0]["deleted"]


async def delete_expired_cache_entries() -> int:
    """Through the migration's cleanup_expired_cache(); how many."""
    rows = await run_sql("SELECT cleanup_expired_cache() AS deleted")
    return rows[0]["deleted"]
