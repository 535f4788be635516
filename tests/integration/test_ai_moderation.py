"""The AI safety layer in the workflow: OpenAI's moderation endpoint and the
structured analysis, against the local stand-in, driven by the real SDK."""

from __future__ import annotations

import json
import uuid

import pytest
from temporalio.client import WorkflowFailureError

from contracts.activities import CheckInputsInput
from db.tables import ContentFlags, CustomEvents, Heroes, Stories
from tests.fakes.openai_server import FakeOpenAI
from tests.integration.workflow_support import create_story_row, openai_providers, run_story, story_worker
from workflows.input_check import InputCheckWorkflow

HERO_NAME = "Zephyrine"




async def story_with_event(user: str, prompt_seed: str) -> str:
    story_id = await create_story_row(user, narrate=False, illustrate=False)
    event_id = uuid.uuid4()
    await CustomEvents.insert(CustomEvents(id=event_id, user_id=user, title="An evening walk", prompt_seed=prompt_seed))
    await Stories.update({Stories.custom_event_id: event_id, Stories.event_type: "custom"}, force=True).where(
        Stories.id == story_id)
    hero_id = (await Stories.select(Stories.hero_id).where(Stories.id == story_id).first())["hero_id"]
    await Heroes.update({Heroes.name: HERO_NAME}, force=True).where(Heroes.id == hero_id)
    return story_id


async def flags_of(content_id: str) -> list[dict]:
    return await ContentFlags.select().where(ContentFlags.content_id == content_id)


def assert_name_never_sent(fake: FakeOpenAI) -> None:
    for request in fake.requests:
        assert HERO_NAME.lower() not in request.text.lower(), f"the child's name reached {request.path}"


async def test_implied_harm_the_rules_miss_is_refused_by_moderation(client, fake_openai, tmp_path, monkeypatch):
    # Nothing here is a word the rules know; the moderation model reads the intent.
    seed = f"{HERO_NAME} takes the old dog for a last walk to the quiet bridge by the river"
    fake_openai.moderation_scores["quiet bridge"] = {"self-harm/intent": 0.05, "violence": 0.4,
                                                         "illicit/violent": 0.31}
    user = str(uuid.uuid4())
    story_id = await story_with_event(user, seed)
    async with story_worker(client, tmp_path, providers=openai_providers(fake_openai, tmp_path, monkeypatch)) as queue:
        with pytest.raises(WorkflowFailureError):
            await run_story(client, queue, story_id, user)
    row = await Stories.select(Stories.status, Stories.error_code, Stories.content).where(Stories.id == story_id).first()
    assert row["status"] == "failed" and row["error_code"] == "CONTENT_POLICY_VIOLATION" and row["content"] is None
    flags = [f for f in await flags_of(story_id) if f["action_taken"] == "rejected"]
    assert [(f["flag_type"], f["severity"], f["reason_code"]) for f in flags] == [
        ("violence", "critical", "GRAPHIC_VIOLENCE")], "0.31 passes illicit/violent's 0.2; 0.4 violence does not"
    assert float(flags[0]["ai_confidence"]) == pytest.approx(0.31)
    assert not [r for r in fake_openai.calls("chat") if "story" == r.json["response_format"]["json_schema"]["name"]], \
        "no story is written for a refused request"
    assert_name_never_sent(fake_openai)


async def test_a_story_the_analysis_rejects_is_written_again(client, fake_openai, tmp_path, monkeypatch):
    first = json.dumps({"title": "[HERO] and the Cellar",
                        "content": "[HERO] went down to the cellar where the shadows waited for children who wander."})
    fake_openai.chat_replies.append(first)
    fake_openai.inappropriate["shadows waited for children"] = {
        "categories": ["fear"], "concerns": ["menace aimed at children"],
        "suggested_modifications": ["make the cellar a cosy pantry"]}
    user = str(uuid.uuid4())
    story_id = await story_with_event(user, "a walk in the garden to see the fireflies")
    async with story_worker(client, tmp_path, providers=openai_providers(fake_openai, tmp_path, monkeypatch)) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed", outcome
    content = (await Stories.select(Stories.content).where(Stories.id == story_id).first())["content"]
    assert "cellar" not in content and HERO_NAME in content
    flags = [f for f in await flags_of(story_id) if f["action_taken"] == "rejected"]
    assert len(flags) == 1 and flags[0]["flag_type"] == "fear" and flags[0]["content_type"] == "story"
    assert flags[0]["modified_content"] == "make the cellar a cosy pantry"
    assert float(flags[0]["ai_confidence"]) == pytest.approx(0.9)
    stories_written = [r for r in fake_openai.calls("chat") if r.json["response_format"]["json_schema"]["name"] == "story"]
    assert len(stories_written) == 2
    analyses = [r for r in fake_openai.calls("chat")
                if r.json["response_format"]["json_schema"]["name"] == "content_analysis"]
    assert all(r.json["model"] == "gpt-4o-mini" for r in analyses), "seed 001 filters with its small model"
    assert all("<<<CONTENT>>>" in r.json["messages"][1]["content"] for r in analyses), "content is delimited data"
    assert_name_never_sent(fake_openai)


async def test_switching_ai_filtering_off_leaves_the_rules_alone(client, fake_openai, tmp_path, monkeypatch):
    fake_openai.moderation_scores["quiet bridge"] = {"self-harm/intent": 0.9}
    user = str(uuid.uuid4())
    story_id = await story_with_event(user, "a walk to the quiet bridge to watch the ducks")
    providers = openai_providers(fake_openai, tmp_path, monkeypatch)
    async with story_worker(client, tmp_path, providers=providers, ai_filtering=False) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed"
    assert not fake_openai.calls("moderations")
    assert all(r.json["response_format"]["json_schema"]["name"] != "content_analysis"
               for r in fake_openai.calls("chat"))


async def test_input_check_names_the_field_moderation_rejects(client, fake_openai, tmp_path, monkeypatch):
    # Ambiguous enough that the local readers let it through, so the refusal is the AI layer's.
    fake_openai.moderation_scores["late-night games"] = {"sexual": 0.35}
    user = str(uuid.uuid4())
    fields = {"name": HERO_NAME, "appearance": "a yellow raincoat",
              "special_ability": f"{HERO_NAME} knows the late-night games"}
    async with story_worker(client, tmp_path, providers=openai_providers(fake_openai, tmp_path, monkeypatch)) as queue:
        checked = await client.execute_workflow(
            InputCheckWorkflow.run, CheckInputsInput(user, "hero", str(uuid.uuid4()), fields, "en"),
            id=f"input-check-{uuid.uuid4()}", task_queue=queue,
        )
    assert checked.refused == ["special_ability"] and checked.reason_codes == ["SEXUAL_CONTENT"]
    assert checked.fields["appearance"] == "a yellow raincoat" and checked.fields["special_ability"] is None
    sent = fake_openai.calls("moderations")[0].json["input"]
    assert sent == ["a yellow raincoat", "[HERO] knows the late-night games"], "the name field itself is never sent"
    assert_name_never_sent(fake_openai)


async def test_the_audit_holds_each_decision_once_and_none_of_the_checkers_allowances(
        client, fake_openai, tmp_path, monkeypatch):
    """`storyloom flags` is for decisions: a rewrite is recorded once even when its check
    runs again (the moderation endpoint fails the first attempt, so the whole check is
    retried), and the checker's context allowances (a "spooky" owl that is only an owl,
    "nothing frightening" in the project's own picture style) are not recorded at all."""
    from tests.fakes.openai_server import Fault

    fake_openai.chat_replies.append(json.dumps({
        "title": "[HERO] and the Terrifying Noise",
        "content": "[HERO] lived by the hill.\n\n[HERO] heard a scary noise in the garden, and a kind fox came "
                   "along.\n\nIt was only a spooky owl, and they laughed together.\n\nBack in bed, [HERO] smiled."}))
    fake_openai.inject("moderations", Fault(status=500, times=1))
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, narrate=False)
    # No hero and a built-in event: nothing of the request goes to moderation, so the
    # first moderation call (the one that fails) is the written story's check.
    await Stories.update({Stories.hero_id: None}, force=True).where(Stories.id == story_id)
    async with story_worker(client, tmp_path, providers=openai_providers(fake_openai, tmp_path, monkeypatch)) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed", outcome
    assert [call.status for call in fake_openai.calls("moderations")][:2] == [500, 200], "the check ran twice"
    title = (await Stories.select(Stories.title).where(Stories.id == story_id).first())["title"]
    assert "Terrifying" not in title
    flags = await flags_of(story_id)
    decisions = [(f["content_type"], f["reason_code"], f["original_content"], f["modified_content"]) for f in flags]
    assert decisions.count(("story", "FEAR_REWRITTEN", "Terrifying", "Astonishing")) == 1, decisions
    assert len(decisions) == len(set(decisions)), f"a decision recorded twice: {decisions}"
    assert not [f for f in flags if f["reason_code"] == "CONTEXT_ALLOWED"], decisions
