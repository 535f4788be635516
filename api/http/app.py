"""The Litestar application factory (`uvicorn --factory api.http.app:create_app`)."""

from __future__ import annotations

import multiprocessing

from litestar import Litestar
from litestar.openapi import OpenAPIConfig

from api.http.docs_page import docs_page
from api.http.logging import configure_logging
from api.http.plugin import StoryloomPlugin
from api.settings import ApiSettings
from contracts.processes import die_with_parent


def create_app(settings: ApiSettings | None = None) -> Litestar:
    if multiprocessing.parent_process() is not None:
        # One of several API processes (`storyloom api --workers N`): it goes when the
        # process that started it goes, even by `kill -9`.
        die_with_parent()
    configure_logging()
    return Litestar(
        plugins=[StoryloomPlugin(settings or ApiSettings.from_environment())],
        openapi_config=OpenAPIConfig(
            title="Storyloom",
            version="0.1.0",
            description="Personalised bedtime stories: written, checked, narrated and illustrated.",
            path="/schema",
            render_plugins=[docs_page()],
        ),
    )
