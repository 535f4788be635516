"""Worker-side settings, read from the environment once."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from activities.safety.ai_review import parse_thresholds
from contracts.environment import chosen_provider, media_dir, storyloom_home


@dataclass(frozen=True)
class WorkerSettings:
    home: Path
    media_dir: Path
    provider: str
    # STORYLOOM_CHAOS, raw; parsed (and validated) by activities.providers.chaos.
    chaos: str | None = None
    # ENABLE_AI_CONTENT_FILTERING (seed 001): the analysis layer beside the rules.
    ai_content_filtering: bool = True
    openai_api_key: str | None = None
    # OPENAI_BASE_URL: any server speaking OpenAI's API.
    openai_base_url: str | None = None
    # STORYLOOM_SAFETY_SALT: hashes user ids into OpenAI's safety_identifier.
    safety_salt: str | None = None
    supabase_url: str | None = None
    supabase_service_role_key: str | None = None
    # STORYLOOM_MODELS, raw JSON under seed 001's role names; parsed by the OpenAI provider.
    models: str | None = None
    # STORYLOOM_MODERATION_THRESHOLDS: moderation category -> the score that rejects.
    moderation_thresholds: dict[str, float] = field(default_factory=lambda: parse_thresholds(None))

    @property
    def storage(self) -> str:
        """Supabase Storage when its URL and service key are set, else local files."""
        return "supabase" if self.supabase_url and self.supabase_service_role_key else "local"

    @classmethod
    def from_environment(cls) -> "WorkerSettings":
        home = storyloom_home()
        api_key = os.environ.get("OPENAI_API_KEY") or None
        provider = chosen_provider()
        filtering = os.environ.get("ENABLE_AI_CONTENT_FILTERING", "true").strip().lower()
        if filtering not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"ENABLE_AI_CONTENT_FILTERING must be true or false, not {filtering!r}")
        return cls(home=home, media_dir=media_dir(home), provider=provider, chaos=os.environ.get("STORYLOOM_CHAOS"),
                   ai_content_filtering=filtering in ("true", "1", "yes"), openai_api_key=api_key,
                   openai_base_url=os.environ.get("OPENAI_BASE_URL") or None,
                   safety_salt=os.environ.get("STORYLOOM_SAFETY_SALT") or None,
                   supabase_url=(os.environ.get("SUPABASE_URL") or "").rstrip("/") or None,
                   supabase_service_role_key=os.environ.get("SUPABASE_SERVICE_ROLE_KEY") or None,
                   models=os.environ.get("STORYLOOM_MODELS") or None,
                   moderation_thresholds=parse_thresholds(os.environ.get("STORYLOOM_MODERATION_THRESHOLDS")))
