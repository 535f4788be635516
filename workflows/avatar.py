"""AvatarWorkflow: a hero's portrait, the reference for every scene they appear in."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from contracts.activities import GENERATE_AVATAR, AvatarInput, AvatarResult
    from workflows.steps import run_activity


@workflow.defn
class AvatarWorkflow:
    @workflow.run
    async def run(self, request: AvatarInput) -> AvatarResult:
        return await run_activity(GENERATE_AVATAR, request)
