"""SceneExtractionWorkflow: the scenes of a story the app keeps itself (its
extract-scenes function), by the same two steps a story of ours takes: the provider's
extraction, then the scene check. Nothing is saved: the scenes are the answer."""

from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from contracts.activities import EXTRACT_SCENES, MODERATE_SCENES, ExtractScenesInput, ModerateScenesInput
    from contracts.story import SceneDraft
    from contracts.workflows import SceneExtractionInput
    from workflows.steps import run_activity


@workflow.defn
class SceneExtractionWorkflow:
    @workflow.run
    async def run(self, request: SceneExtractionInput) -> list[SceneDraft]:
        brief = request.brief
        scenes = await run_activity(EXTRACT_SCENES, ExtractScenesInput(
            request.extraction_id, brief, request.story, user_id=request.user_id))
        return await run_activity(MODERATE_SCENES, ModerateScenesInput(
            request.extraction_id, brief.language, scenes, user_id=request.user_id,
            hero_name=brief.hero.name if brief.hero else None))
