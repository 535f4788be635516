"""API-side settings, read from the environment once at start-up."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from contracts.environment import TemporalTarget, chosen_provider, media_dir, storyloom_home
from contracts.policy import TemporalPolicy, load_policy


def jwt_secret(home: Path | None = None) -> str:
    """SUPABASE_JWT_SECRET, else a secret generated once and kept under the home,
    so that tokens minted by `storyloom token` survive restarts."""
    configured = os.environ.get("SUPABASE_JWT_SECRET")
    if configured:
        return configured
    path = (home or storyloom_home()) / "jwt-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


@dataclass(frozen=True)
class ApiSettings:
    home: Path
    media_dir: Path
    jwt_secret: str
    # temporal.yaml, read once; and where Temporal is, with the namespace and queue
    # stories run on (read as the worker reads them).
    policy: TemporalPolicy
    temporal: TemporalTarget
    # Absolute base for media links (STORYLOOM_PUBLIC_URL; `storyloom api` defaults it to
    # the address it listens on). A request's own Host header is never trusted for it.
    public_url: str | None
    media_link_ttl_seconds: int
    # STORYLOOM_INPUT_CHECK_TIMEOUT: how long a request waits for its text to be checked
    # before answering 503 (the check is an activity, retried through provider 429s).
    input_check_timeout_seconds: float = 30.0
    # The Supabase project whose JWKS verifies asymmetric (RS256/ES256) tokens.
    supabase_url: str | None = None
    supabase_service_role_key: str | None = None
    # Where clients reach Supabase, when the API reaches it by an internal name.
    supabase_public_url: str | None = None
    # Which provider the workers use (the same rule as theirs), for the health check.
    provider: str = "offline"
    openai_api_key: str | None = None
    openai_base_url: str = "https://api.openai.com/v1"
    # Proxies whose X-Forwarded-Host/-Proto name the public address (STORYLOOM_TRUSTED_PROXIES).
    trusted_proxies: frozenset[str] = frozenset({"127.0.0.1", "::1"})
    # ALLOWED_ORIGINS (the deployment guide's name): web origins that may call the API from
    # a browser, comma-separated. None by default: the iOS app needs no CORS.
    allowed_origins: tuple[str, ...] = ()

    @property
    def storage(self) -> str:
        """Supabase Storage when its URL and service key are set, else local files."""
        return "supabase" if self.supabase_url and self.supabase_service_role_key else "local"

    @classmethod
    def from_environment(cls) -> "ApiSettings":
        home = storyloom_home()
        policy = load_policy()
        return cls(
            home=home,
            media_dir=media_dir(home),
            jwt_secret=jwt_secret(home),
            policy=policy,
            temporal=TemporalTarget.of(policy),
            public_url=(os.environ.get("STORYLOOM_PUBLIC_URL") or "").rstrip("/") or None,
            media_link_ttl_seconds=int(os.environ.get("STORYLOOM_MEDIA_URL_TTL", "3600")),
            input_check_timeout_seconds=float(os.environ.get("STORYLOOM_INPUT_CHECK_TIMEOUT", "30")),
            supabase_url=(os.environ.get("SUPABASE_URL") or "").rstrip("/") or None,
            supabase_service_role_key=os.environ.get("SUPABASE_SERVICE_ROLE_KEY") or None,
            supabase_public_url=(os.environ.get("SUPABASE_PUBLIC_URL") or "").rstrip("/") or None,
            provider=chosen_provider(),
            openai_api_key=os.environ.get("OPENAI_API_KEY") or None,
            openai_base_url=(os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1").rstrip("/"),
            allowed_origins=tuple(
                part.strip().rstrip("/") for part in os.environ.get("ALLOWED_ORIGINS", "").split(",") if part.strip()
            ),
            trusted_proxies=frozenset(
                part.strip() for part in os.environ.get("STORYLOOM_TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
                if part.strip()
            ),
        )
