"""The offline writer's own stories must pass the safety check: a false positive
here would fail a harmless story in every run. Every built-in event, in every
language, at the shortest and longest lengths, with three seeds."""

from __future__ import annotations

import pytest

from activities.providers.offline.composer import write_story_text
from activities.providers.offline.scenes import extract_scenes
from activities.safety import check_text
from activities.safety.generated_text import review_generated
from contracts.story import HeroProfile, StoryBrief
from contracts.vocabulary import BUILT_IN_EVENTS, LANGUAGES

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
                for text in (story.title, story.content):
                    review = review_generated(text, language)
                    if not review.passed:
                        refused.append((event, seconds, seed, [f.original for f in review.failures]))
                texts = [(s.text_segment, language) for s in scenes] + [(s.illustration_prompt, "en") for s in scenes]
                for text, text_language in texts:
                    verdict = check_text(text, text_language, "story")
                    if verdict.rejected:
                        refused.append((event, seconds, seed, verdict.reason_codes,
                                        [f.original for f in verdict.findings if f.action == "rejected"]))
    assert not refused, refused


CUSTOM_EVENTS = {
    "en": ["a little hedgehog who wants to learn to swim in the duck pond",
           "Sofia helps a little dragon who is afraid of the dark find its favourite star",
           "Mo builds a raft with a beaver to visit his cousin across the river"],
    "es": ["un erizo pequeño que quiere aprender a nadar en el estanque",
           "un dragón que tiene miedo de la oscuridad y busca su estrella"],
    "fr": ["un petit hérisson qui veut apprendre à nager dans la mare aux canards",
           "un dragon qui a peur du noir cherche son étoile préférée"],
    "de": ["ein kleiner Igel, der im Ententeich schwimmen lernen will",
           "ein Drache, der Angst im Dunkeln hat, sucht seinen Lieblingsstern"],
    "it": ["un piccolo riccio che vuole imparare a nuotare nello stagno delle anatre",
           "un drago che ha paura del buio cerca la sua stella preferita",
           "un gufo e Marco costruiscono un aquilone per la festa del paese"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_stories_woven_from_custom_events_pass_their_own_check(language):
    failed = []
    for event_text in CUSTOM_EVENTS[language]:
        for story_language in LANGUAGES:
            for seconds in (60, 300):
                brief = StoryBrief(story_language, seconds, 5, HERO, None, event_text)
                story = write_story_text(brief)
                for text in (story.title, story.content):
                    review = review_generated(text, story_language)
                    if not review.passed:
                        failed.append((event_text, story_language, [f.original for f in review.failures]))
    assert not failed, failed
