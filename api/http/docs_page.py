"""The API docs page, whole without the internet: Swagger UI's script and styles come
from the `swagger-ui-bundle-v2` wheel and are served by Storyloom itself."""

from __future__ import annotations

from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.static_files import create_static_files_router
from swagger_ui_bundle import swagger_ui_path

ASSETS_PATH = "/docs-assets"


def docs_page() -> SwaggerRenderPlugin:
    # Served at the OpenAPI root (/schema) and at /schema/swagger.
    return SwaggerRenderPlugin(
        js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
        css_url=f"{ASSETS_PATH}/swagger-ui.css",
        standalone_preset_js_url=f"{ASSETS_PATH}/swagger-ui-standalone-preset.js",
        favicon=f"<link rel='icon' type='image/png' href='{ASSETS_PATH}/favicon-32x32.png'>",
    )


def docs_assets():
    return create_static_files_router(
        path=ASSETS_PATH, directories=[str(swagger_ui_path)], include_in_schema=False, name="docs-assets",
    )
