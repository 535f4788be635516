"""Worker-side settings, read from the environment once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


# The built-in providers need no key and no network. (The OpenAI provider joins
# this list with its own issue; until then a key alone does not switch providers.)
PROVIDERS = ("offline",)


@dataclass(frozen=True)
class ActivitySettings:
    home: Path
    media_dir: Path
    provider: str
    # STORYLOOM_CHAOS, raw; parsed (and validated) by activities.chaos.
    chaos: str | None = None
    # ENABLE_AI_CONTENT_FILTERING (seed 001): the analysis layer beside the rules.
    ai_content_filtering: bool = True

    @classmethod
    def from_environment(cls) -> "ActivitySettings":
        home = Path(os.environ.get("STORYLOOM_HOME", ".storyloom")).resolve()
        media_dir = Path(os.environ.get("STORYLOOM_MEDIA_DIR") or home / "media").resolve()
        provider = os.environ.get("STORYLOOM_PROVIDER", "offline").strip().lower() or "offline"
        if provider not in PROVIDERS:
            raise ValueError(f"STORYLOOM_PROVIDER must be one of {PROVIDERS}, not {provider!r}")
        filtering = os.environ.get("ENABLE_AI_CONTENT_FILTERING", "true").strip().lower()
        if filtering not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"ENABLE_AI_CONTENT_FILTERING must be true or false, not {filtering!r}")
        return cls(home=home, media_dir=media_dir, provider=provider, chaos=os.environ.get("STORYLOOM_CHAOS"),
                   ai_content_filtering=filtering in ("true", "1", "yes"))
