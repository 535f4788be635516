"""Chooses the providers behind each capability from the settings."""

from __future__ import annotations

from activities.chaos import Chaos, ChaosImages, ChaosSpeech, ChaosText, parse_chaos
from activities.contracts import IllustrationRequest
from activities.providers import ImageProvider, SpeechProvider, TextProvider
from activities.settings import ActivitySettings
from activities.storage import Storage


def avatar_reference(storage: Storage):
    """Loads the hero's stored avatar, the reference picture for each scene."""

    async def load(request: IllustrationRequest) -> bytes | None:
        key = request.hero.avatar_key if request.hero else None
        return await storage.get(key) if key and await storage.exists(key) else None

    return load


def build_providers(settings: ActivitySettings, storage: Storage) -> tuple[TextProvider, SpeechProvider, ImageProvider]:
    if settings.provider == "openai":
        from activities.openai_provider import build_openai_providers, make_client

        client = make_client(settings.openai_api_key, settings.openai_base_url)
        text, speech, images = build_openai_providers(
            client, safety_salt=settings.safety_salt, reference_loader=avatar_reference(storage)
        )
    elif settings.provider == "offline":
        from activities.offline import OfflineImageProvider, OfflineSpeechProvider, OfflineTextProvider

        text, speech, images = OfflineTextProvider(), OfflineSpeechProvider(), OfflineImageProvider()
    else:
        raise ValueError(f"unknown provider {settings.provider!r}")
    faults = parse_chaos(settings.chaos)
    if not faults:
        return text, speech, images
    chaos = Chaos(faults)
    return ChaosText(text, chaos), ChaosSpeech(speech, chaos), ChaosImages(images, chaos)
