"""Names derived from ids: workflow ids, storage keys and cache keys.

Each is deterministic, so the same request always lands on the same workflow,
the same stored object and the same cache entry (what makes retries idempotent).
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

# ---- workflow ids -------------------------------------------------------------


def story_workflow_id(story_id: str) -> str:
    return f"story-{story_id}"


def scene_workflow_id(story_id: str, scene_number: int) -> str:
    return f"story-{story_id}-scene-{scene_number}"


def narration_workflow_id(story_id: str, voice: str) -> str:
    return f"story-{story_id}-narration-{voice}"


def text_fingerprint(text: str, voice: str, language: str) -> str:
    """The same words in the same voice and language: the same recording."""
    return hashlib.sha256(f"{language}\n{voice}\n{text}".encode()).hexdigest()[:32]


def text_narration_workflow_id(user_id: str, fingerprint: str) -> str:
    return f"narration-{user_id}-{fingerprint}"


def scene_extraction_fingerprint(content: str, duration: float | None, hero_id: str, context: str | None,
                                 language: str) -> str:
    """The same text, length, hero, event and language: the same scenes."""
    return hashlib.sha256(f"{language}\n{duration}\n{hero_id}\n{context}\n{content}".encode()).hexdigest()[:32]


def scene_extraction_workflow_id(user_id: str, fingerprint: str) -> str:
    return f"scenes-{user_id}-{fingerprint}"


def avatar_workflow_id(hero_id: str, generation_id: str) -> str:
    return f"hero-{hero_id}-avatar-{generation_id}"


def erasure_workflow_id(user_id: str, story_id: str | None = None, hero_id: str | None = None) -> str:
    if story_id:
        return f"erase-story-{story_id}"
    if hero_id:
        return f"erase-hero-{hero_id}"
    return f"erase-user-{user_id}"


# ---- storage keys ("bucket/path"), in the deployment guide's buckets ----------

AVATARS = "hero-avatars"
AUDIO = "story-audio"
ILLUSTRATIONS = "story-illustrations"
ASSETS = "story-assets"
BUCKETS = (ASSETS, AVATARS, AUDIO, ILLUSTRATIONS)


def narration_prefix(user_id: str, story_id: str, voice: str) -> str:
    """One folder per voice: the whole story, each scene with its words, and the timing record."""
    return f"{AUDIO}/{user_id}/{story_id}/{voice}"


def scene_audio_key(prefix: str, scene_number: int) -> str:
    return f"{prefix}/scene-{scene_number}.mp3"


def scene_words_key(prefix: str, scene_number: int) -> str:
    """The scene's read-along record (contracts.read_along.NarratedScene), beside its MP3."""
    return f"{prefix}/scene-{scene_number}.json"


def story_audio_key(prefix: str) -> str:
    return f"{prefix}/story.mp3"


def narration_record_key(prefix: str) -> str:
    """Written last: when it exists, the whole narration in this voice is stored (and paid for)."""
    return f"{prefix}/timing.json"


def text_narration_key(user_id: str, fingerprint: str) -> str:
    return f"{AUDIO}/{user_id}/texts/{fingerprint}.mp3"


def scene_image_key(user_id: str, story_id: str, scene_number: int, revision: int = 0) -> str:
    suffix = f"-r{revision}" if revision else ""
    return f"{ILLUSTRATIONS}/{user_id}/{story_id}/scene-{scene_number}{suffix}.png"


def hero_avatar_key(user_id: str, hero_id: str, generation_id: str) -> str:
    return f"{AVATARS}/{user_id}/{hero_id}/{generation_id}.png"


# ---- cache keys (the seed's api_cache table) -----------------------------------


def _cache_key(kind: str, *parts: object) -> str:
    return ":".join([kind, *("-" if part is None else quote(str(part), safe="") for part in parts)])


def story_cache_key(hero_id: object, event_type: object, event_id: object, language: object, duration: object) -> str:
    return _cache_key("story", hero_id, event_type, event_id, language, duration)


def text_audio_cache_key(user_id: object, fingerprint: object) -> str:
    return _cache_key("audio", "text", user_id, fingerprint)


def audio_cache_key(story_id: object, voice: object, language: object) -> str:
    return _cache_key("audio", story_id, voice, language)


def scene_extraction_cache_key(user_id: object, fingerprint: object) -> str:
    """Not in the seed (its extract-scenes cached nothing): per user, so erased with the account."""
    return _cache_key("scenes", user_id, fingerprint)


def avatar_cache_key(hero_id: object, generation_id: object) -> str:
    return _cache_key("avatar", hero_id, generation_id)


def scene_cache_key(story_id: object, scene_number: object, generation_id: object) -> str:
    return _cache_key("scene", story_id, scene_number, generation_id)


def response_cache_key(user_id: object, path: str, query: str = "") -> str:
    """A cached API response (not in the seed): per user, path and query string."""
    return _cache_key("api", user_id, path, query)
