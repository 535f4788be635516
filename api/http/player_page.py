"""The story player page: one HTML document in the story's language, its script and
styles served by Storyloom (`/player-assets/`), nothing from anywhere else.

The document carries no story data, only its title and the page's words; the script
reads the story (pictures, audio, words and their times) from the JSON twin that the
same signed link opens, and polls it while the story is still being made. The
Content-Security-Policy lets the page load its own script and styles and the media it
is given, and nothing else: no inline script, no other host (but Supabase Storage,
when the media live there).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from litestar.static_files import create_static_files_router

from api.http.player_strings import player_strings

ASSETS_PATH = "/player-assets"
ASSETS_DIR = Path(__file__).with_name("player_assets")

_PAGE = Template("""<!doctype html>
<html lang="$language">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>$title</title>
<link rel="icon" href="$assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="$assets/player.css">
<script src="$assets/player.js" defer></script>
</head>
<body data-strings="$strings">
<main class="player">
  <h1 id="story-title">$title</h1>
  <p id="status" class="status" role="status">$loading</p>
  <p id="announcer" class="visually-hidden" aria-live="polite"></p>
  <div id="pages" class="pages"></div>
  <div class="controls" role="group" aria-label="$controls">
    <button id="previous" type="button" disabled><span aria-hidden="true">◀</span> $previous</button>
    <button id="play" type="button" disabled>$play</button>
    <button id="next" type="button" disabled>$next <span aria-hidden="true">▶</span></button>
    <input id="position" type="range" min="0" max="0" step="0.1" value="0" aria-label="$position" disabled>
    <output id="clock" for="position" aria-hidden="true">0:00</output>
  </div>
  <p class="keys">$keys</p>
  <audio id="audio" preload="auto"></audio>
</main>
</body>
</html>
""")


def player_html(title: str | None, language: str) -> str:
    strings = player_strings(language)
    words = {name: escape(strings[name]) for name in ("loading", "controls", "previous", "play", "next",
                                                        "position", "keys")}
    return _PAGE.substitute(
        language=escape(language), title=escape(title or strings["untitled"]), assets=ASSETS_PATH,
        strings=escape(json.dumps(strings, ensure_ascii=False)), **words,
    )


def content_security_policy(media_base: str | None = None) -> str:
    """Only this origin, and the media store's when it is another (Supabase Storage)."""
    media = "'self'"
    if media_base:
        parts = urlsplit(media_base)
        media += f" {parts.scheme}://{parts.netloc}"
    return "; ".join([
        "default-src 'none'", "script-src 'self'", "style-src 'self'", f"img-src {media}",
        f"media-src {media}", "connect-src 'self'", "base-uri 'none'", "form-action 'none'",
        "frame-ancestors 'none'",
    ])


def page_headers(media_base: str | None = None) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(media_base),
        # The link is the key: keep it out of Referer headers and shared caches.
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
    }


def player_assets():
    return create_static_files_router(
        path=ASSETS_PATH, directories=[str(ASSETS_DIR)], include_in_schema=False, name="player-assets",
    )
