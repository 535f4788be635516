"""MaintenanceWorkflow: expired rate-limit windows and cache entries removed,
every few minutes, by a Temporal schedule the worker creates at start-up
(`worker.composition.ensure_maintenance_schedule`)."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from contracts.activities import CLEAN_EXPIRED, MaintenanceResult
    from workflows.steps import run_activity

SCHEDULE_ID = "storyloom-maintenance"


@workflow.defn
class MaintenanceWorkflow:
    @workflow.run
    async def run(self) -> MaintenanceResult:
        return await run_activity(CLEAN_EXPIRED)
