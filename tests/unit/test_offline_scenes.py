"""Scene extraction: even, complete, in order; emotions, importance and English prompts."""

from __future__ import annotations

import re

import pytest

from activities.providers.offline import OfflineTextProvider
from activities.providers.offline.composer import write_story_text
from activities.providers.offline.scenes import extract_scenes, split_story
from contracts.pace import MAX_SCENES, MIN_SCENES, count_words
from contracts.story import HeroProfile, StoryBrief, StoryText
from contracts.vocabulary import EMOTIONS, IMPORTANCE, LANGUAGES

HERO = HeroProfile(name="Luna", primary_trait="brave", secondary_trait="kind", appearance="red curly hair and a green scarf")


def words(text: str) -> list[str]:
    return text.split()


def brief(language="en", seconds=300, seed=4, event="underwater_treasure_hunt", scene_count=None, hero=HERO):
    return StoryBrief(language, seconds, seed, hero, event, scene_count=scene_count)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("seconds", [60, 300, 600])
def test_scenes_cover_the_story_exactly(language, seconds):
    b = brief(language, seconds)
    story = write_story_text(b)
    scenes = extract_scenes(story, b)
    assert MIN_SCENES <= len(scenes) <= MAX_SCENES
    assert [s.scene_number for s in scenes] == list(range(1, len(scenes) + 1))
    assert "\n\n".join(s.text_segment for s in scenes) == story.content
    for scene in scenes:
        assert scene.emotion in EMOTIONS and scene.importance in IMPORTANCE
        assert scene.text_segment.strip()


@pytest.mark.parametrize("count", [3, 4, 5, 6])
def test_scene_count_is_honoured_and_groups_are_even(count):
    b = brief("de", 300, scene_count=count)
    story = write_story_text(b)
    scenes = extract_scenes(story, b)
    assert len(scenes) == count
    sizes = [count_words(s.text_segment) for s in scenes]
    assert max(sizes) <= 3 * min(sizes), sizes


def test_any_model_written_text_works_by_sentences_when_paragraphs_are_few():
    text = (
        "Mira the cat woke up early. The sun was warm on the windowsill. She stretched and yawned.\n\n"
        "Then Mira found a shiny key under the rug! Where did it come from? She carried it to the garden, "
        "where an old door waited in the wall. The key fitted. Behind the door was a tiny meadow full of "
        "glowing flowers. Mira played there all afternoon, and at night she curled up in her basket and slept."
    )
    b = StoryBrief("en", 60, 1, None, None, event_text="a cat finds a key")
    scenes = extract_scenes(StoryText("Mira", text), b)
    assert len(scenes) == 3
    assert words(" ".join(s.text_segment for s in scenes)) == words(text)
    assert scenes[0].emotion in ("joyful", "peaceful") and scenes[-1].emotion == "peaceful"


def test_a_single_line_without_punctuation_is_split_by_words():
    text = "a very small story with no punctuation at all but enough words to share"
    segments = split_story(text, 4)
    assert len(segments) == 4
    assert words(" ".join(segments)) == words(text)


def test_emotions_and_importance_follow_position_and_cues():
    b = brief("en", 600, scene_count=6)
    scenes = extract_scenes(write_story_text(b), b)
    assert scenes[0].emotion in ("joyful", "peaceful")
    assert scenes[-1].emotion == "peaceful"
    assert scenes[0].importance == "key" and scenes[-2].importance == "key"
    assert {s.importance for s in scenes[1:-2]} <= {"major", "minor"}
    assert len({s.emotion for s in scenes}) >= 3
    sleepy = StoryText("t", "One.\n\nTwo.\n\nSuddenly, whoosh! They jumped and rushed and zoomed away quickly.\n\nThe end.")
    assert extract_scenes(sleepy, StoryBrief("en", 60, 1, HERO, None, scene_count=4))[2].emotion == "exciting"


@pytest.mark.parametrize("language", LANGUAGES)
def test_prompts_are_english_and_describe_the_hero_by_look(language):
    b = brief(language, 300, event="space_exploration")
    scenes = extract_scenes(write_story_text(b), b)
    for scene in scenes:
        prompt = scene.illustration_prompt
        assert "Luna" not in prompt
        assert prompt.startswith("Soft watercolor storybook illustration")
        assert "red curly hair" in prompt and "green" in prompt
        assert "rabbit" in prompt and "robot" in prompt  # the space friends, always present
        assert "outer space" in prompt
        assert re.search(r"\b(morning|afternoon|sunset|night)\b", prompt)
        assert "nothing frightening" in prompt
    assert "night" in scenes[-1].illustration_prompt


async def test_provider_extracts_scenes_for_prompt_stories_too():
    provider = OfflineTextProvider()
    b = StoryBrief("fr", 180, 9, None, None, event_text="un voyage sous la mer avec une tortue")
    story = await provider.write_story(b)
    scenes = await provider.extract_scenes(story, b)
    assert MIN_SCENES <= len(scenes) <= MAX_SCENES
    assert all("sea floor" in s.illustration_prompt for s in scenes)
    assert scenes == await provider.extract_scenes(story, b)
