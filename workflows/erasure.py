"""ErasureWorkflow: deleting a story, a hero or an account, durably."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from activities.inputs import ErasureResult
    from workflows.inputs import ErasureWorkflowInput
    from workflows.steps import run_activity


@workflow.defn
class ErasureWorkflow:
    @workflow.run
    async def run(self, request: ErasureWorkflowInput) -> ErasureResult:
        return await run_activity("erase", request, ErasureResult)
