"""InputCheckWorkflow: a parent's text checked before it is saved, as a short
workflow, so every moderation decision sits in one place (an activity) and in
the Temporal UI beside the stories."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from contracts.activities import CHECK_INPUTS, CheckedInputs, CheckInputsInput
    from workflows.steps import run_activity


@workflow.defn
class InputCheckWorkflow:
    @workflow.run
    async def run(self, request: CheckInputsInput) -> CheckedInputs:
        return await run_activity(CHECK_INPUTS, request)
