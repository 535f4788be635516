"""Housekeeping, run on a Temporal schedule rather than a scheduler of our own."""

from __future__ import annotations

from temporalio import activity

from contracts.activities import MaintenanceResult
from db.maintenance import delete_ended_rate_limit_windows, delete_expired_cache_entries


class MaintenanceActivities:
    @activity.defn
    async def clean_expired(self) -> MaintenanceResult:
        return MaintenanceResult(
            rate_limit_rows=await delete_ended_rate_limit_windows(),
            cache_entries=await delete_expired_cache_entries(),
        )
