"""The OpenAI provider: story text, scenes, moderation, speech and images through the `openai` SDK.

The client is built by the caller with ``max_retries=0`` so that Temporal owns retries;
every failure is classified once by ``error_to_application_error``.
"""

from __future__ import annotations

import openai

from activities.providers import Providers
from activities.providers.openai.config import (
    HERO_PLACEHOLDER,
    NameMask,
    OpenAIModels,
    acting_for,
    current_safety_identifier,
    models_from_names,
    safety_identifier,
)
from activities.providers.openai.errors import error_to_application_error, retry_after_seconds
from activities.providers.openai.images import OpenAIImages
from activities.providers.openai.review import OpenAIReviewer
from activities.providers.openai.speech import OpenAISpeech, split_for_speech
from activities.providers.openai.text import OpenAIText


def make_client(api_key: str, base_url: str | None = None, timeout: float = 120.0) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key=api_key, base_url=base_url, max_retries=0, timeout=timeout)


def build_openai_providers(client: openai.AsyncOpenAI, models: OpenAIModels | None = None,
                           safety_salt: str | None = None, reference_loader=None) -> Providers:
    models = models or OpenAIModels()
    text = OpenAIText(client, models, safety_salt)
    return Providers(text, OpenAISpeech(client, models), OpenAIImages(client, models, safety_salt, reference_loader),
                     OpenAIReviewer(text))


__all__ = [
    "HERO_PLACEHOLDER", "NameMask", "OpenAIImages", "OpenAIModels", "OpenAIReviewer", "OpenAISpeech", "OpenAIText",
    "acting_for", "build_openai_providers", "current_safety_identifier", "error_to_application_error", "make_client",
    "models_from_names", "retry_after_seconds", "safety_identifier", "split_for_speech",
]
