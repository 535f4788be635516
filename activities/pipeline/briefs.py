"""Reads a story's request, hero and event from the database into a StoryBrief."""

from __future__ import annotations

import uuid
from dataclasses import replace

from temporalio.exceptions import ApplicationError

from contracts.activities import LoadedStory
from contracts.request import StoryRequest
from contracts.story import HeroProfile, StoryBrief
from contracts.vocabulary import DEFAULT_VOICE
from db.tables import CustomEvents, Heroes, Stories


def story_seed(story_id: str) -> int:
    """Stable per story, so a retried step writes the same story again."""
    return uuid.UUID(story_id).int % (2**31)


def not_found(what: str) -> ApplicationError:
    return ApplicationError(f"{what} was not found", type="NotFound", non_retryable=True)


async def story_owner(story_id: str) -> str | None:
    row = await Stories.select(Stories.user_id).where(Stories.id == story_id).first()
    return str(row["user_id"]) if row else None


async def load_hero(hero_id) -> HeroProfile:
    row = await Heroes.select().where(Heroes.id == hero_id).output(load_json=True).first()
    if row is None:
        raise not_found(f"hero {hero_id}")
    return HeroProfile(
        name=row["name"],
        primary_trait=row["primary_trait"],
        secondary_trait=row["secondary_trait"],
        appearance=row["appearance"],
        special_ability=row["special_ability"],
        visual_profile=row["visual_profile"],
        avatar_key=row["avatar_url"],
    )


def with_app_profile(hero: HeroProfile, profile: dict) -> HeroProfile:
    """The hero as stored, completed by the look the iOS app sent with its scenes (already
    through the gate): what the hero's own record says wins, the app's fills the gaps,
    and its description of the avatar travels with the hero to every picture."""
    given = {key: value for key, value in profile.items() if key not in ("canonical_prompt", "appearance") and value}
    return replace(
        hero,
        appearance=hero.appearance or profile.get("appearance"),
        visual_profile={**given, **(hero.visual_profile or {})} or None,
        canonical_prompt=profile.get("canonical_prompt") or hero.canonical_prompt,
    )


async def load_brief(story_id: str) -> LoadedStory:
    story = await Stories.select().where(Stories.id == story_id).output(load_json=True).first()
    if story is None:
        raise not_found(f"story {story_id}")
    request = StoryRequest.from_stored((story["generation_metadata"] or {}).get("request"))
    event_data = story["event_data"] or {}
    hero = await load_hero(story["hero_id"]) if story["hero_id"] is not None else None
    event_text = story["prompt"]
    if story["custom_event_id"] is not None:
        event = await CustomEvents.select().where(CustomEvents.id == story["custom_event_id"]).first()
        if event is None:
            raise not_found(f"custom event {story['custom_event_id']}")
        event_text = f"{event['title']}: {event['prompt_seed']}"
    if hero is not None and (story["generation_metadata"] or {}).get("hero_visual_profile"):
        hero = with_app_profile(hero, story["generation_metadata"]["hero_visual_profile"])
    brief = StoryBrief(
        language=story["language"],
        target_duration_seconds=request.target_duration,
        seed=story_seed(story_id) if request.seed is None else request.seed,
        hero=hero,
        event_key=event_data.get("event") if story["event_type"] == "built_in" else None,
        event_text=event_text,
        title_hint=story["title"],
        style=story["style"],
        scene_count=request.num_scenes,
    )
    return LoadedStory(
        brief=brief,
        user_id=str(story["user_id"]),
        hero_id=str(story["hero_id"]) if story["hero_id"] else None,
        voice=story["audio_voice"] or DEFAULT_VOICE,
        narrate=request.narrate,
        illustrate=request.illustrate,
    )
