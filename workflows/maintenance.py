"""MaintenanceWorkflow: expired rate-limit windows and cache entries removed,
every few minutes, by a Temporal schedule the worker creates at start-up
(`workflows.worker.ensure_maintenance_schedule`)."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from activities.inputs import MaintenanceResult
    from workflows.steps import run_activity

SCHEDULE_ID = "storyloom-maintenance"


@workflow.defn
class MaintenanceWorkflow:
    @workflow.run
    async def run(self) -> MaintenanceResult:
        return await run_activity("clean_expired", result_type=MaintenanceResult)
