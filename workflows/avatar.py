"""AvatarWorkflow: a hero's portrait, the reference for every scene they appear in."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from activities.inputs import AvatarResult
    from workflows.inputs import AvatarWorkflowInput
    from workflows.steps import run_activity


@workflow.defn
class AvatarWorkflow:
    @workflow.run
    async def run(self, request: AvatarWorkflowInput) -> AvatarResult:
        return await run_activity("generate_avatar", request, AvatarResult)
