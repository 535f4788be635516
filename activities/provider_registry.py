"""Chooses the providers behind each capability from the settings."""

from __future__ import annotations

from activities.chaos import Chaos, ChaosImages, ChaosSpeech, ChaosText, parse_chaos
from activities.providers import ImageProvider, SpeechProvider, TextProvider
from activities.settings import ActivitySettings


def build_providers(settings: ActivitySettings) -> tuple[TextProvider, SpeechProvider, ImageProvider]:
    if settings.provider != "offline":
        raise ValueError(f"unknown provider {settings.provider!r}")
    from activities.offline import OfflineImageProvider, OfflineSpeechProvider, OfflineTextProvider

    text, speech, images = OfflineTextProvider(), OfflineSpeechProvider(), OfflineImageProvider()
    faults = parse_chaos(settings.chaos)
    if not faults:
        return text, speech, images
    chaos = Chaos(faults)
    return ChaosText(text, chaos), ChaosSpeech(speech, chaos), ChaosImages(images, chaos)
