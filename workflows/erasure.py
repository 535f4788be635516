"""ErasureWorkflow: deleting a story, a hero or an account, durably."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from contracts.activities import ERASE, ErasureInput, ErasureResult
    from workflows.steps import run_activity


@workflow.defn
class ErasureWorkflow:
    @workflow.run
    async def run(self, request: ErasureInput) -> ErasureResult:
        return await run_activity(ERASE, request)
