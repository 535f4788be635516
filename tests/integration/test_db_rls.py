"""Row level security, as seen through `db.engine.user_transaction`."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

import asyncpg
import pytest
import pytest_asyncio
from piccolo.engine.exceptions import TransactionError

from db.engine import service_transaction, user_transaction
from db.tables import (
    ApiUsage,
    CacheEntries,
    ContentFlags,
    CustomEvents,
    Heroes,
    HeroGallery,
    RateLimits,
    Stories,
    StoryIllustrations,
    StoryScenes,
)

pytestmark = pytest.mark.usefixtures("db_pool")

RLS_DENIED = asyncpg.InsufficientPrivilegeError  # both "violates row-level security" and "permission denied"
POLICY = "row-level security policy"


@dataclass
class World:
    """One user's rows, created by a worker (no RLS)."""

    user_id: uuid.UUID
    hero: uuid.UUID
    story: uuid.UUID
    scene: uuid.UUID
    illustration: uuid.UUID
    gallery: uuid.UUID
    private_event: uuid.UUID
    public_event: uuid.UUID
    usage: uuid.UUID
    limit: uuid.UUID


async def _insert(row) -> uuid.UUID:
    table = type(row)
    result = await table.insert(row).returning(table._meta.primary_key)
    return result[0][table._meta.primary_key._meta.name]


async def build_world(user_id: uuid.UUID) -> World:
    now = dt.datetime.now(dt.timezone.utc)
    async with service_transaction():
        hero = await _insert(Heroes(user_id=user_id, name="Mila", primary_trait="brave", secondary_trait="kind"))
        private_event = await _insert(CustomEvents(user_id=user_id, title="Lost tooth", prompt_seed="tooth"))
        public_event = await _insert(
            CustomEvents(user_id=user_id, title="First snow", prompt_seed="snow", is_public=True)
        )
        story = await _insert(
            Stories(user_id=user_id, hero_id=hero, event_type="built_in", event_data=json.dumps({"e": 1}))
        )
        scene = await _insert(
            StoryScenes(
                story_id=story, scene_number=1, text_segment="Once", illustration_prompt="forest",
                timestamp_seconds=Decimal("0"),
            )
        )
        illustration = await _insert(StoryIllustrations(story_id=story, scene_id=scene, scene_number=1))
        gallery = await _insert(HeroGallery(hero_id=hero, image_url="avatars/mila.png"))
        usage = await _insert(ApiUsage(user_id=user_id, function_name="stories", status="success"))
        limit = await _insert(
            RateLimits(
                user_id=user_id, function_name="stories",
                window_start=now, window_end=now + dt.timedelta(minutes=1),
            )
        )
        await _insert(ContentFlags(user_id=user_id, content_id=story, content_type="story", flag_type="fear"))
        await _insert(
            CacheEntries(key=f"k-{uuid.uuid4()}", value="{}", expires_at=now + dt.timedelta(hours=1))
        )
    return World(user_id, hero, story, scene, illustration, gallery, private_event, public_event, usage, limit)


@pytest_asyncio.fixture
async def alice():
    return await build_world(uuid.uuid4())


@pytest_asyncio.fixture
async def bob():
    return await build_world(uuid.uuid4())


async def test_user_transaction_switches_role_and_claims(alice):
    async with user_transaction(str(alice.user_id).upper()) as transaction:
        row = await transaction.connection.fetchrow(
            "SELECT current_user AS role, auth.uid() AS uid, auth.role() AS claim"
        )
    assert (row["role"], row["uid"], row["claim"]) == ("authenticated", alice.user_id, "authenticated")

    # Transaction-local: the pooled connection comes back clean.
    async with service_transaction() as transaction:
        row = await transaction.connection.fetchrow(
            "SELECT current_user AS role, auth.uid() AS uid, session_user AS session"
        )
    assert row["uid"] is None
    assert row["role"] == row["session"] != "authenticated"


async def test_user_transaction_rejects_bad_ids_and_nesting(alice):
    with pytest.raises(ValueError):
        async with user_transaction("not-a-uuid"):
            pass
    with pytest.raises(TransactionError):
        async with service_transaction():
            async with user_transaction(alice.user_id):
                pass
    with pytest.raises(RuntimeError):
        async with user_transaction(alice.user_id):
            async with service_transaction():
                pass


async def test_heroes_are_private(alice, bob):
    async with user_transaction(alice.user_id):
        visible = {row["id"] for row in await Heroes.select(Heroes.id)}
        updated = await Heroes.update({Heroes.name: "Hacked"}).where(Heroes.id == bob.hero).returning(Heroes.id)
        deleted = await Heroes.delete().where(Heroes.id == bob.hero).returning(Heroes.id)
        own = await Heroes.update({Heroes.name: "Mila II"}).where(Heroes.id == alice.hero).returning(Heroes.id)
    assert alice.hero in visible and bob.hero not in visible
    assert (updated, deleted) == ([], [])
    assert own == [{"id": alice.hero}]
    assert await Heroes.select(Heroes.name).where(Heroes.id == bob.hero) == [{"name": "Mila"}]


async def test_cannot_insert_rows_for_someone_else(alice, bob):
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await Heroes.insert(
                Heroes(user_id=bob.user_id, name="Mole", primary_trait="shy", secondary_trait="smart")
            )
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await Stories.insert(Stories(user_id=bob.user_id, event_type="prompt", prompt="x"))
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await ApiUsage.insert(ApiUsage(user_id=bob.user_id, function_name="stories"))
    # Moving an own row to another user is refused too.
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await Heroes.update({Heroes.user_id: bob.user_id}).where(Heroes.id == alice.hero)


async def test_own_inserts_work(alice):
    async with user_transaction(alice.user_id):
        hero = await _insert(
            Heroes(user_id=alice.user_id, name="Leo", primary_trait="curious", secondary_trait="funny")
        )
        story = await _insert(
            Stories(user_id=alice.user_id, hero_id=hero, custom_event_id=alice.private_event, event_type="custom")
        )
        await _insert(
            StoryScenes(
                story_id=story, scene_number=1, text_segment="Hi", illustration_prompt="sun",
                timestamp_seconds=Decimal("1.5"),
            )
        )
        await _insert(ApiUsage(user_id=alice.user_id, function_name="stories", request_id=str(uuid.uuid4())))
    assert await Stories.count().where(Stories.user_id == alice.user_id) == 2


async def test_stories_are_private_and_cannot_borrow_heroes(alice, bob):
    async with user_transaction(alice.user_id):
        visible = {row["id"] for row in await Stories.select(Stories.id)}
        updated = await Stories.update({Stories.is_favorite: True}).where(Stories.id == bob.story).returning(Stories.id)
        deleted = await Stories.delete().where(Stories.id == bob.story).returning(Stories.id)
    assert alice.story in visible and bob.story not in visible
    assert (updated, deleted) == ([], [])

    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await Stories.insert(Stories(user_id=alice.user_id, hero_id=bob.hero, event_type="built_in"))
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await Stories.update({Stories.hero_id: bob.hero}).where(Stories.id == alice.story)
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await Stories.insert(
                Stories(user_id=alice.user_id, custom_event_id=bob.private_event, event_type="custom")
            )
    # Somebody else's public event may inspire a story.
    async with user_transaction(alice.user_id):
        await _insert(Stories(user_id=alice.user_id, custom_event_id=bob.public_event, event_type="custom"))


async def test_scenes_and_illustrations_follow_their_story(alice, bob):
    async with user_transaction(alice.user_id):
        scenes = {row["id"] for row in await StoryScenes.select(StoryScenes.id)}
        illustrations = {row["id"] for row in await StoryIllustrations.select(StoryIllustrations.id)}
        updated = await StoryScenes.update({StoryScenes.text_segment: "Hacked"}).where(
            StoryScenes.id == bob.scene
        ).returning(StoryScenes.id)
        deleted = await StoryScenes.delete().where(StoryScenes.story_id == bob.story).returning(StoryScenes.id)
        gone = await StoryIllustrations.delete().where(
            StoryIllustrations.id == bob.illustration
        ).returning(StoryIllustrations.id)
    assert alice.scene in scenes and bob.scene not in scenes
    assert alice.illustration in illustrations and bob.illustration not in illustrations
    assert (updated, deleted, gone) == ([], [], [])
    assert await StoryScenes.count().where(StoryScenes.id == bob.scene) == 1

    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await StoryScenes.insert(
                StoryScenes(
                    story_id=bob.story, scene_number=2, text_segment="x", illustration_prompt="y",
                    timestamp_seconds=Decimal("3"),
                )
            )
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            # Own story, but a scene of Bob's story.
            await StoryIllustrations.insert(
                StoryIllustrations(story_id=alice.story, scene_id=bob.scene, scene_number=2)
            )


async def test_gallery_follows_its_hero(alice, bob):
    async with user_transaction(alice.user_id):
        visible = {row["id"] for row in await HeroGallery.select(HeroGallery.id)}
    assert alice.gallery in visible and bob.gallery not in visible
    with pytest.raises(RLS_DENIED, match=POLICY):
        async with user_transaction(alice.user_id):
            await HeroGallery.insert(HeroGallery(hero_id=bob.hero, image_url="avatars/x.png"))


async def test_public_events_are_readable_but_not_writable(alice, bob):
    async with user_transaction(alice.user_id):
        visible = {row["id"] for row in await CustomEvents.select(CustomEvents.id)}
        updated = await CustomEvents.update({CustomEvents.title: "Mine"}).where(
            CustomEvents.id == bob.public_event
        ).returning(CustomEvents.id)
    assert {alice.private_event, alice.public_event, bob.public_event} <= visible
    assert bob.private_event not in visible
    assert updated == []


async def test_usage_and_rate_limits_are_private(alice, bob):
    async with user_transaction(alice.user_id):
        usage = {row["id"] for row in await ApiUsage.select(ApiUsage.id)}
        limits = {row["id"] for row in await RateLimits.select(RateLimits.id)}
        bumped = await RateLimits.update({RateLimits.request_count: RateLimits.request_count + 1}).where(
            RateLimits.id.is_in([alice.limit, bob.limit])
        ).returning(RateLimits.id)
    assert alice.usage in usage and bob.usage not in usage
    assert alice.limit in limits and bob.limit not in limits
    assert bumped == [{"id": alice.limit}]
    # Usage rows are append-only for users.
    with pytest.raises(RLS_DENIED, match="permission denied"):
        async with user_transaction(alice.user_id):
            await ApiUsage.update({ApiUsage.status: "error"}).where(ApiUsage.id == alice.usage)


@pytest.mark.parametrize("table", [ContentFlags, CacheEntries], ids=lambda t: t._meta.tablename)
async def test_operator_tables_are_closed_to_users(alice, table):
    with pytest.raises(RLS_DENIED, match="permission denied"):
        async with user_transaction(alice.user_id):
            await table.select().limit(1)
    async with service_transaction():
        assert await table.count() > 0


async def test_workers_see_everything(alice, bob):
    async with service_transaction():
        owners = {row["user_id"] for row in await Heroes.select(Heroes.user_id).where(
            Heroes.id.is_in([alice.hero, bob.hero])
        )}
    assert owners == {alice.user_id, bob.user_id}
