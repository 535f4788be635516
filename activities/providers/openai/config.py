"""Models, per-user safety identifiers and the child's-name mask."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace

from activities.providers.acting_user import acting_for, acting_user  # noqa: F401  (acting_for re-exported)

HERO_PLACEHOLDER = "[HERO]"
_PLACEHOLDER_RE = re.compile(r"\[\s*hero\s*\]", re.IGNORECASE)


@dataclass(frozen=True)
class OpenAIModels:
    text: str = "gpt-4o"
    text_fallback: str | None = "gpt-4o-mini"
    tts: str = "gpt-4o-mini-tts"
    image: str = "gpt-image-1"
    moderation: str = "omni-moderation-latest"
    # Word timestamps of the narration, for read-along; None: the proportional estimate.
    # whisper-1 is the one transcription model that answers verbose_json with word times.
    transcription: str | None = "whisper-1"
    # Seed 001 reviews content with its "filtering" model.
    analysis: str = "gpt-4o-mini"
    temperature: float = 0.8
    scene_size: str = "1536x1024"
    avatar_size: str = "1024x1024"
    image_quality: str = "medium"


# STORYLOOM_MODELS names models as seed 001's MODEL_SELECTION does, plus the three
# capabilities it leaves to their own sections.
MODEL_ROLES = {
    "complex_tasks": "text", "simple_tasks": "text_fallback", "filtering": "analysis",
    "speech": "tts", "images": "image", "moderation": "moderation", "transcription": "transcription",
}
# Roles that may be switched off with null.
OPTIONAL_ROLES = ("simple_tasks", "transcription")


def models_from_names(raw: str | None) -> OpenAIModels:
    """OpenAIModels from STORYLOOM_MODELS='{"complex_tasks": "gpt-4o", ...}' (unset roles keep defaults)."""
    if not raw:
        return OpenAIModels()
    configured = json.loads(raw)
    if not isinstance(configured, dict):
        raise ValueError("STORYLOOM_MODELS must be a JSON object")
    unknown = sorted(set(configured) - set(MODEL_ROLES))
    if unknown:
        raise ValueError(f"STORYLOOM_MODELS: unknown roles {unknown}; expected some of {sorted(MODEL_ROLES)}")
    for role, model in configured.items():
        if not (isinstance(model, str) and model.strip()) and not (role in OPTIONAL_ROLES and model is None):
            raise ValueError(f"STORYLOOM_MODELS: {role} must name a model, not {model!r}")
    return replace(OpenAIModels(), **{MODEL_ROLES[role]: model for role, model in configured.items()})


def safety_identifier(user_id: str | None, salt: str | None) -> str | None:
    """A stable, non-reversible id for OpenAI abuse monitoring: sha256(salt + user id)."""
    if not user_id or not salt:
        return None
    return hashlib.sha256(f"{salt}:{user_id}".encode()).hexdigest()


def current_safety_identifier(salt: str | None) -> str | None:
    return safety_identifier(acting_user(), salt)


class NameMask:
    """Keeps the child's name inside Storyloom: masked in requests, restored in results."""

    def __init__(self, name: str | None, placeholder: str = HERO_PLACEHOLDER) -> None:
        self.name = (name or "").strip()
        self.placeholder = placeholder
        parts = [self.name] + [p for p in self.name.split() if len(p) > 1] if self.name else []
        # The full name first, then its parts (a first name alone), whole words only.
        alternatives = "|".join(re.escape(p) for p in sorted(set(parts), key=len, reverse=True))
        # A possessive or genitive ending stays outside the mask ("Mia's", German "Mias").
        self._pattern = (
            re.compile(rf"(?<!\w)(?:{alternatives})(?=(?:['’]?s)?(?!\w))", re.IGNORECASE) if alternatives else None
        )
        self._spoken = (
            re.compile(rf"(?<!\w)(?:{alternatives})(?:['’]?s)?(?!\w)", re.IGNORECASE) if alternatives else None
        )

    def hide(self, text: str | None, replacement: str | None = None) -> str:
        if not text or self._pattern is None:
            return text or ""
        return self._pattern.sub(replacement or self.placeholder, text)

    def restore(self, text: str, replacement: str | None = None) -> str:
        if not text:
            return text
        return _PLACEHOLDER_RE.sub(replacement if replacement is not None else (self.name or "the hero"), text)

    def spoken_parts(self, text: str) -> list[tuple[str, bool]]:
        """`text` cut around each mention of the name (with its possessive ending):
        (part, is_name) pairs in order, empty parts left out."""
        if self._spoken is None:
            return [(text, False)] if text else []
        parts: list[tuple[str, bool]] = []
        position = 0
        for match in self._spoken.finditer(text):
            parts.append((text[position:match.start()], False))
            parts.append((match.group(0), True))
            position = match.end()
        parts.append((text[position:], False))
        return [(part, is_name) for part, is_name in parts if part]

    def leaks(self, text: str) -> bool:
        return bool(self._pattern and self._pattern.search(text or ""))
