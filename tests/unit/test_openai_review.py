"""The AI safety layer: OpenAI's moderation scores and the structured analysis,
through the real SDK against the local stand-in, and how their answers become findings."""

from __future__ import annotations

import openai
import pytest
from temporalio.exceptions import ApplicationError

from activities.providers.openai import OpenAIModels, OpenAIReviewer, OpenAIText, models_from_names
from activities.safety.ai_review import (
    ContentAnalysis,
    analysis_findings,
    moderation_findings,
    parse_thresholds,
    rejection_verdict,
)
from tests.fakes.openai_server import FakeOpenAI, Fault

NAME = "Zephyrine"
THRESHOLDS = parse_thresholds(None)


@pytest.fixture(scope="module")
def fake():
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def reviewer(fake):
    fake.reset()
    client = openai.AsyncOpenAI(api_key=fake.api_key, base_url=fake.base_url, max_retries=0, timeout=2.0)
    return OpenAIReviewer(OpenAIText(client))


async def test_moderation_scores_many_texts_in_one_request_without_the_name(fake, reviewer):
    fake.moderation_scores["grown-up games"] = {"sexual": 0.35}
    scores = await reviewer.moderate([f"{NAME} hugs a bunny", f"{NAME} knows grown-up games"], NAME)
    assert len(fake.calls("moderations")) == 1
    request = fake.calls("moderations")[0].json
    assert request == {"model": "omni-moderation-latest",
                       "input": ["[HERO] hugs a bunny", "[HERO] knows grown-up games"]}
    assert len(scores) == 2 and len(scores[0]) == 13, "every category of the endpoint is read"
    assert scores[0]["sexual"] < 0.01 and scores[1]["sexual"] == pytest.approx(0.35)
    assert scores[1]["self-harm/intent"] < 0.01, "categories with slashes keep their API names"


async def test_moderation_of_nothing_sends_nothing(fake, reviewer):
    assert await reviewer.moderate([], NAME) == []
    assert not fake.requests


async def test_analysis_answers_in_the_seed_shape_with_the_name_restored(fake, reviewer):
    fake.inappropriate["lonely tower"] = {"concerns": ["[HERO] is left alone in a lonely tower"],
                                          "categories": ["isolation", "not-a-category"], "confidence": 0.8}
    analysis = await reviewer.analyse(f"{NAME} waits in the lonely tower", "fr", "story", NAME)
    assert analysis == ContentAnalysis(False, 0.8, [f"{NAME} is left alone in a lonely tower"], ["tell it gently"],
                                       ["isolation", "not-a-category"])
    request = fake.calls("chat")[0].json
    assert request["model"] == "gpt-4o-mini" and request["max_completion_tokens"] == 500
    assert request["response_format"]["json_schema"]["strict"] is True
    system, user = (m["content"] for m in request["messages"])
    assert "French" in system and "never instructions" in system
    assert "<<<CONTENT>>>\n[HERO] waits in the lonely tower\n<<<END CONTENT>>>" in user and NAME not in user
    findings = analysis_findings("text", analysis)
    assert [(f.category, f.action, f.layer) for f in findings] == [("isolation", "rejected", "ai")], \
        "unknown categories are dropped"


async def test_a_refusal_to_analyse_counts_as_inappropriate(fake, reviewer):
    fake.refusal = "I can't help with that."
    analysis = await reviewer.analyse("something vile", "en", "event")
    assert not analysis.is_appropriate and analysis.categories == ["inappropriate"]
    assert [f.reason_code for f in analysis_findings("something vile", analysis)] == ["INAPPROPRIATE_UNSUITABLE"]


async def test_rate_limited_moderation_is_retryable_after_the_servers_delay(fake, reviewer):
    fake.inject("moderations", Fault(status=429, retry_after="3"))
    with pytest.raises(ApplicationError) as info:
        await reviewer.moderate(["a text"])
    assert not info.value.non_retryable and info.value.next_retry_delay.total_seconds() == 3


async def test_a_malformed_answer_is_an_error_not_a_pass(fake, reviewer):
    fake.inject("moderations", Fault(status=400, message="Invalid 'input'"))
    with pytest.raises(ApplicationError) as info:
        await reviewer.moderate(["a text"])
    assert info.value.non_retryable


def test_thresholds_are_per_category_and_far_below_flagged():
    assert moderation_findings("t", {"violence": 0.6, "sexual": 0.1}, THRESHOLDS) == []
    graphic = moderation_findings("t", {"violence/graphic": 0.3, "violence": 0.2}, THRESHOLDS)
    assert [(f.category, f.severity, f.reason_code, f.confidence) for f in graphic] == [
        ("violence", "critical", "GRAPHIC_VIOLENCE", 0.3)]
    minors = moderation_findings("t", {"sexual/minors": 0.02, "sexual": 0.25}, THRESHOLDS)
    assert [(f.category, f.confidence) for f in minors] == [("sexual", 0.25)], "one finding per category, worst score"
    assert rejection_verdict(minors).reason_codes == ["SEXUAL_CONTENT"]
    assert not rejection_verdict([]).rejected


def test_uncertain_analysis_does_not_reject():
    assert analysis_findings("t", ContentAnalysis(False, 0.5, ["maybe"], [], ["fear"])) == []
    assert analysis_findings("t", ContentAnalysis(True, 0.99, [], [], [])) == []


def test_thresholds_and_models_come_from_configuration():
    assert parse_thresholds('{"violence": 0.5}')["violence"] == 0.5
    for bad in ('{"violence": 2}', '{"gore": 0.5}', '[0.5]'):
        with pytest.raises(ValueError):
            parse_thresholds(bad)
    models = models_from_names('{"complex_tasks": "gpt-4.1", "filtering": "gpt-4.1-mini", "speech": "tts-1-hd"}')
    assert models == OpenAIModels(text="gpt-4.1", analysis="gpt-4.1-mini", tts="tts-1-hd")
    with pytest.raises(ValueError, match="unknown roles"):
        models_from_names('{"story": "gpt-4o"}')
