"""NarrationWorkflow: a finished story told again in another voice."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from activities.inputs import NarrationResult
    from workflows.inputs import NarrationWorkflowInput
    from workflows.steps import run_activity


@workflow.defn
class NarrationWorkflow:
    @workflow.run
    async def run(self, request: NarrationWorkflowInput) -> NarrationResult:
        return await run_activity("narrate_story", request, NarrationResult)
