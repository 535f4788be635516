"""One plugin wires Storyloom into a Litestar app: routes, auth, errors, state."""

from __future__ import annotations

from litestar.config.app import AppConfig
from litestar.datastructures import State
from litestar.middleware import DefineMiddleware
from litestar.plugins import InitPluginProtocol

from api.http.auth import PUBLIC_PATHS, BearerTokenMiddleware
from api.http.cors import cors_for
from api.http.docs_page import docs_assets
from api.http.errors import handle_exception
from api.http.jwks import JwksCache, TokenVerifier, jwks_url
from api.http.metering import metering_middleware
from api.http.openapi_truth import tell_the_truth
from api.http.player_page import player_assets
from api.http.request_bodies import request_body_middleware
from api.http.request_ids import request_id_middleware
from api.http.routes.codec import codec_decode, codec_encode, codec_preflight_middleware
from api.http.routes.custom_events import CustomEventController
from api.http.routes.functions import FunctionsController
from api.http.routes.health import health
from api.http.routes.heroes import HeroController
from api.http.routes.me import MeController
from api.http.routes.media import download_media
from api.http.routes.player import player_data, player_page
from api.http.routes.prompt_stories import PromptStoryController
from api.http.routes.stories import StoryController
from api.http.tokens import accepted_issuers
from api.services.media_links import MediaSigner
from api.services.player_links import PlayerSigner
from api.services.stored_media import LocalMedia, SupabaseMedia
from api.services.supabase_links import SupabaseSigner
from api.services.temporal_client import TemporalConnection
from api.services.usage_queue import UsageQueue
from api.settings import ApiSettings
from contracts.codec import data_converter
from db.engine import close_pool, open_pool

ROUTES = [
    health, FunctionsController, HeroController, StoryController, CustomEventController, MeController,
    PromptStoryController, codec_encode, codec_decode, player_page, player_data,
]


class StoryloomPlugin(InitPluginProtocol):
    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        settings = self.settings
        usage = UsageQueue()
        jwks = JwksCache(jwks_url(settings.supabase_url)) if settings.supabase_url else None
        if settings.storage == "supabase":
            signer = SupabaseSigner(settings.supabase_url, settings.supabase_service_role_key,
                                    settings.media_link_ttl_seconds, public_url=settings.supabase_public_url)
            media = SupabaseMedia(settings.supabase_url, settings.supabase_service_role_key)
            app_config.on_shutdown.extend([signer.aclose, media.aclose])
        else:
            # Local files are served by the API itself, behind its own signed links.
            signer = MediaSigner(settings.jwt_secret, settings.media_link_ttl_seconds)
            media = LocalMedia(settings.media_dir)
            app_config.route_handlers.append(download_media)
        app_config.state = State(
            {
                "verifier": TokenVerifier(settings.jwt_secret, jwks, issuers=accepted_issuers(settings.supabase_url)),
                "settings": settings,
                "policy": settings.policy,
                "signer": signer,
                # Player pages are served here whichever store holds the media.
                "player_signer": PlayerSigner(settings.jwt_secret, settings.media_link_ttl_seconds),
                # Reads the records stored beside the media (read-along words).
                "media": media,
                "temporal": TemporalConnection(settings.temporal.address, settings.temporal.namespace,
                                               data_converter(settings.home)),
                "usage": usage,
            }
        )
        app_config.route_handlers.extend([*ROUTES, docs_assets(), player_assets()])
        if settings.allowed_origins:
            app_config.cors_config = cors_for(settings.allowed_origins)
        app_config.middleware[:0] = [
            codec_preflight_middleware,
            request_id_middleware,
            DefineMiddleware(BearerTokenMiddleware, exclude=PUBLIC_PATHS),
            metering_middleware,
            request_body_middleware,
        ]
        app_config.exception_handlers[Exception] = handle_exception
        app_config.on_startup.extend([tell_the_truth, open_pool, usage.start])
        # The usage writer's last rows go out before the pool closes.
        app_config.on_shutdown.extend([usage.stop, close_pool])
        if jwks is not None:
            app_config.on_shutdown.append(jwks.aclose)
        return app_config
