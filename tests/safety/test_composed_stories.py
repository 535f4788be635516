"""The offline writer's own stories must pass the safety check: a false positive
here would fail a harmless story in every run. Every built-in event, in every
language, at the shortest and longest lengths, with three seeds."""

from __future__ import annotations

import pytest

from activities.contracts import BUILT_IN_EVENTS, LANGUAGES, HeroProfile, StoryBrief
from activities.offline.composer import write_story_text
from activities.offline.scenes import extract_scenes
from activities.safety import check_text

HERO = HeroProfile(name="Lola", primary_trait="brave", secondary_trait="kind",
                   appearance="curly hair and a yellow raincoat", special_ability="talks to the wind")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_composed_story_and_scene_passes(language):
    refused = []
    for event in BUILT_IN_EVENTS:
        for seconds in (60, 300):
            for seed in (1, 2, 3):
                brief = StoryBrief(language, seconds, seed, HERO, event)
                story = write_story_text(brief)
                scenes = extract_scenes(story, brief)
                texts = [(story.title, language), (story.content, language)]
                texts += [(s.text_segment, language) for s in scenes] + [(s.illustration_prompt, "en") for s in scenes]
                for text, text_language in texts:
                    verdict = check_text(text, text_language, "story")
                    if verdict.rejected:
                        refused.append((event, seconds, seed, verdict.reason_codes,
                                        [f.original for f in verdict.findings if f.action == "rejected"]))
    assert not refused, refused
