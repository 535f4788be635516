"""Chooses the providers behind each capability from the settings."""

from __future__ import annotations

from activities.providers import ImageProvider, SpeechProvider, TextProvider
from activities.settings import ActivitySettings


def build_providers(settings: ActivitySettings) -> tuple[TextProvider, SpeechProvider, ImageProvider]:
    if settings.provider == "offline":
        from activities.offline import OfflineImageProvider, OfflineSpeechProvider, OfflineTextProvider

        return OfflineTextProvider(), OfflineSpeechProvider(), OfflineImageProvider()
    raise ValueError(f"unknown provider {settings.provider!r}")
