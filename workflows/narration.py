"""NarrationWorkflow: a finished story told again in another voice."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from contracts.activities import NARRATE_STORY, NARRATE_TEXT, NarrateInput, NarrateTextInput, NarrationResult
    from workflows.steps import run_activity


@workflow.defn
class NarrationWorkflow:
    @workflow.run
    async def run(self, request: NarrateInput) -> NarrationResult:
        return await run_activity(NARRATE_STORY, request)


@workflow.defn
class TextNarrationWorkflow:
    """A text the app sends to be read aloud with no story behind it."""

    @workflow.run
    async def run(self, request: NarrateTextInput) -> NarrationResult:
        return await run_activity(NARRATE_TEXT, request)
