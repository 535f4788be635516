"""Chooses the providers behind each capability from the settings."""

from __future__ import annotations

from dataclasses import replace

from activities.providers import Providers
from activities.providers.chaos import Chaos, ChaosImages, ChaosSpeech, ChaosText, parse_chaos
from activities.storage import Storage
from contracts.story import IllustrationRequest
from worker.settings import WorkerSettings


def avatar_reference(storage: Storage):
    """Loads the hero's stored avatar, the reference picture for each scene."""

    async def load(request: IllustrationRequest) -> bytes | None:
        key = request.hero.avatar_key if request.hero else None
        return await storage.get(key) if key and await storage.exists(key) else None

    return load


def build_providers(settings: WorkerSettings, storage: Storage) -> Providers:
    if settings.provider == "openai":
        from activities.providers.openai import build_openai_providers, make_client, models_from_names

        client = make_client(settings.openai_api_key, settings.openai_base_url)
        providers = build_openai_providers(
            client, models_from_names(settings.models), safety_salt=settings.safety_salt,
            reference_loader=avatar_reference(storage),
        )
    elif settings.provider == "offline":
        from activities.providers.offline import OfflineImageProvider, OfflineSpeechProvider, OfflineTextProvider

        providers = Providers(OfflineTextProvider(), OfflineSpeechProvider(), OfflineImageProvider())
    else:
        raise ValueError(f"unknown provider {settings.provider!r}")
    faults = parse_chaos(settings.chaos)
    return with_chaos(providers, Chaos(faults)) if faults else providers


def with_chaos(providers: Providers, chaos: Chaos) -> Providers:
    """The same providers, each call first passing the injector (the reviewer is left as is)."""
    return replace(providers, text=ChaosText(providers.text, chaos), speech=ChaosSpeech(providers.speech, chaos),
                   images=ChaosImages(providers.images, chaos))
