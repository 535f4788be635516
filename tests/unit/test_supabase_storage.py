"""SupabaseStorage and SupabaseSigner through the real `supabase` client, against a local fake Storage API."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from storage3.exceptions import StorageApiError

import activities.storage.supabase as supabase_storage
from activities.storage import Storage
from activities.storage.supabase import StorageBackendError, SupabaseStorage, split_key
from api.services.supabase_links import SupabaseSigner
from contracts.names import AUDIO, AVATARS, BUCKETS, ILLUSTRATIONS
from tests.fakes.supabase_storage import FakeSupabaseStorage

KEY = "service-role-test-key"


@pytest.fixture
def fake():
    with FakeSupabaseStorage(service_role_key=KEY) as server:
        yield server


@pytest.fixture
async def storage(fake):
    backend = SupabaseStorage(fake.url, KEY)
    yield backend
    await backend.aclose()


@pytest.fixture
async def ready(storage):
    await storage.ensure_buckets()
    return storage


def test_keys_split_into_bucket_and_path():
    assert split_key("story-audio/u/s/alloy/story.mp3") == ("story-audio", "u/s/alloy/story.mp3")
    for bad in ("nope/x.png", "story-audio", "story-audio/", "story-audio/a/../b", "story-audio/a//b"):
        with pytest.raises(ValueError):
            split_key(bad)


async def test_buckets_created_private_when_absent_and_idempotent(fake, storage):
    typed: Storage = storage  # the protocol, statically; and its members at run time
    assert typed.name == "supabase" and all(callable(getattr(typed, name)) for name in ("put", "exists", "get", "delete_prefix"))
    with pytest.raises(StorageBackendError):
        await storage.check()
    assert sorted(await storage.ensure_buckets()) == sorted(BUCKETS)
    assert set(fake.buckets) == set(BUCKETS)
    assert all(bucket["public"] is False for bucket in fake.buckets.values())
    assert await storage.ensure_buckets() == []
    await storage.check()
    creations = [request for request in fake.requests if request == ("POST", "/storage/v1/bucket")]
    assert len(creations) == len(BUCKETS)


async def test_an_existing_public_bucket_is_made_private(fake, storage):
    fake.create_bucket({"id": AVATARS, "public": True})
    with pytest.raises(StorageBackendError):
        await storage.check()
    assert sorted(await storage.ensure_buckets()) == sorted(BUCKETS)
    assert fake.buckets[AVATARS]["public"] is False
    await storage.check()


async def test_put_exists_get_round_trip_with_content_type(fake, ready):
    key = f"{AUDIO}/user-1/story-1/alloy/story.mp3"
    assert not await ready.exists(key)
    await ready.put(key, b"ID3 first", "audio/mpeg")
    assert await ready.exists(key)
    assert await ready.get(key) == b"ID3 first"
    assert fake.objects[(AUDIO, "user-1/story-1/alloy/story.mp3")].content_type == "audio/mpeg"
    # A retried activity overwrites its own upload.
    await ready.put(key, b"ID3 second", "audio/mpeg")
    assert await ready.get(key) == b"ID3 second"
    picture = f"{ILLUSTRATIONS}/user-1/story-1/scene-1.png"
    await ready.put(picture, b"\x89PNG", "image/png")
    assert fake.objects[(ILLUSTRATIONS, "user-1/story-1/scene-1.png")].content_type == "image/png"
    with pytest.raises(FileNotFoundError):
        await ready.get(f"{AUDIO}/user-1/missing.mp3")


async def test_delete_prefix_removes_nested_objects_and_counts(fake, ready, monkeypatch):
    monkeypatch.setattr(supabase_storage, "PAGE", 2)  # exercise paging of listings and removals
    doomed = [
        f"{AUDIO}/u1/s1/alloy/story.mp3", f"{AUDIO}/u1/s1/alloy/scene-1.mp3", f"{AUDIO}/u1/s1/alloy/scene-2.mp3",
        f"{AUDIO}/u1/s1/alloy/timing.json", f"{AUDIO}/u1/s1/echo/story.mp3",
    ]
    kept = [f"{AUDIO}/u1/s2/alloy/story.mp3", f"{AUDIO}/u10/s1/alloy/story.mp3", f"{ILLUSTRATIONS}/u1/s1/scene-1.png"]
    for key in doomed + kept:
        await ready.put(key, key.encode(), "application/octet-stream")
    assert await ready.delete_prefix(f"{AUDIO}/u1/s1/") == len(doomed)
    for key in doomed:
        assert not await ready.exists(key)
    for key in kept:
        assert await ready.exists(key)
    assert await ready.delete_prefix(f"{AUDIO}/u1/s1") == 0
    # A prefix naming one object removes that object.
    assert await ready.delete_prefix(f"{ILLUSTRATIONS}/u1/s1/scene-1.png") == 1
    assert await ready.delete_prefix(f"{AUDIO}/u1") == 1
    assert await ready.exists(f"{AUDIO}/u10/s1/alloy/story.mp3")


async def test_signed_url_downloads_without_a_key_and_expires(fake, ready):
    key = f"{AVATARS}/u1/hero-1/gen-1.png"
    await ready.put(key, b"\x89PNG avatar", "image/png")
    signer = SupabaseSigner(fake.url, KEY, ttl_seconds=60)
    try:
        await signer.check(BUCKETS)
        fake.buckets[AUDIO]["public"] = True
        with pytest.raises(RuntimeError):
            await signer.check(BUCKETS)
        fake.buckets[AUDIO]["public"] = False
        link = (await signer.urls_async([key]))[key]
        assert link.startswith(f"{fake.url}/storage/v1/object/sign/{AVATARS}/u1/hero-1/gen-1.png?token=")
        assert await signer.urls_async([key]) == {key: link}  # cached
        assert await signer.urls_async([None]) == {}
        async with httpx.AsyncClient() as http:
            response = await http.get(link)
            assert response.status_code == 200
            assert response.content == b"\x89PNG avatar"
            assert response.headers["content-type"] == "image/png"

            token = parse_qs(urlsplit(link).query)["token"][0]
            tampered = link.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
            assert (await http.get(tampered)).status_code == 400
            # A token for one object does not open another.
            other = f"{AVATARS}/u1/hero-1/gen-2.png"
            await ready.put(other, b"other", "image/png")
            assert (await http.get(link.replace("gen-1.png", "gen-2.png"))).status_code == 400
            assert (await http.get(link.split("?")[0])).status_code == 400

            fake.advance(61)
            expired = await http.get(link)
            assert expired.status_code == 400
            assert expired.json()["message"] == "jwt expired"
    finally:
        await signer.aclose()


async def test_batch_signing(fake, ready):
    keys = [f"{ILLUSTRATIONS}/u1/s1/scene-{n}.png" for n in (1, 2)] + [f"{AUDIO}/u1/s1/alloy/story.mp3"]
    for key in keys:
        await ready.put(key, key.encode(), "application/octet-stream")
    signer = SupabaseSigner(fake.url, KEY, ttl_seconds=60)
    try:
        links = await signer.urls_async([*keys, None, f"{AUDIO}/u1/missing.mp3"])
        assert set(links) == set(keys)
        async with httpx.AsyncClient() as http:
            for key, link in links.items():
                response = await http.get(link)
                assert response.status_code == 200 and response.content == key.encode()
    finally:
        await signer.aclose()


def test_relative_signed_urls_are_made_absolute():
    signer = SupabaseSigner("https://project.supabase.co/", KEY, ttl_seconds=60)
    assert signer.absolute("/object/sign/story-audio/a/b.mp3?token=t") == \
        "https://project.supabase.co/storage/v1/object/sign/story-audio/a/b.mp3?token=t"
    public = SupabaseSigner("http://kong:8000", KEY, ttl_seconds=60, public_url="https://media.example")
    assert public.absolute("http://kong:8000/storage/v1/object/sign/x/y?token=t") == \
        "https://media.example/storage/v1/object/sign/x/y?token=t"


async def test_unsigned_and_public_access_refused(fake, ready):
    key = f"{AUDIO}/u1/s1/alloy/story.mp3"
    await ready.put(key, b"secret", "audio/mpeg")
    base = f"{fake.url}/storage/v1"
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"{base}/object/public/{key}")).status_code == 400
        assert (await http.get(f"{base}/object/{key}")).status_code == 401
        assert (await http.get(f"{base}/object/authenticated/{key}")).status_code == 401
        assert (await http.get(f"{base}/object/{key}", headers={"Authorization": "Bearer wrong"})).status_code == 401
        assert (await http.get(f"{base}/object/{key}", headers={"apikey": fake.anon_key})).status_code == 403
        assert (await http.get(f"{base}/bucket")).status_code == 401
        assert (await http.post(f"{base}/object/sign/{key}", json={"expiresIn": 60})).status_code == 401
        ok = await http.get(f"{base}/object/{key}", headers={"Authorization": f"Bearer {KEY}", "apikey": KEY})
        assert ok.status_code == 200 and ok.content == b"secret"
    wrong = SupabaseStorage(fake.url, "not-the-key")
    try:
        with pytest.raises(StorageApiError):
            await wrong.exists(key)
        with pytest.raises(StorageApiError):
            await wrong.put(key, b"overwrite", "audio/mpeg")
    finally:
        await wrong.aclose()
    assert await ready.get(key) == b"secret"


def test_an_erased_users_cached_links_are_forgotten_and_no_one_elses():
    signer = SupabaseSigner("https://project.supabase.co", KEY, ttl_seconds=60)
    for key in (f"{AUDIO}/u1/s1/alloy/story.mp3", f"{AVATARS}/u1/h1/a.png", f"{AUDIO}/u10/s2/alloy/story.mp3"):
        signer._remember(key, f"https://link/{key}", now=1000)
    signer.forget_user("u1")
    assert signer._cached(f"{AUDIO}/u1/s1/alloy/story.mp3", 1001) is None
    assert signer._cached(f"{AVATARS}/u1/h1/a.png", 1001) is None
    assert signer._cached(f"{AUDIO}/u10/s2/alloy/story.mp3", 1001) is not None, "u10 is not u1"
