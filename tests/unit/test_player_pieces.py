"""The player's small pieces: its words in every language, its signed links, and the
page's Content-Security-Policy."""

from __future__ import annotations

import re
import uuid

import pytest

from api.http.errors import ApiError
from api.http.languages import LANGUAGE_CODES
from api.http.player_page import content_security_policy, player_html
from api.http.player_strings import PLAYER_STRINGS, player_strings
from api.services.media_links import MediaSigner
from api.services.player_links import PlayerSigner

PLACEHOLDER = re.compile(r"\{\w+\}")


def test_every_language_has_every_word_with_the_same_blanks():
    assert set(PLAYER_STRINGS) == set(LANGUAGE_CODES)
    english = PLAYER_STRINGS["en"]
    for language, strings in PLAYER_STRINGS.items():
        assert strings.keys() == english.keys(), language
        for name, text in strings.items():
            assert text.strip(), (language, name)
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(english[name])), (language, name)
    for name in english:
        if name not in ("pause",):
            assert len({PLAYER_STRINGS[code][name] for code in LANGUAGE_CODES}) >= 4, f"{name} is translated"
    assert player_strings("xx") == english


def test_the_page_escapes_the_title_and_speaks_its_language():
    page = player_html('Mila & the <script>"moon"</script>', "de")
    assert '<html lang="de">' in page
    assert "<title>Mila &amp; the &lt;script&gt;&quot;moon&quot;&lt;/script&gt;</title>" in page
    assert "<script>" not in page and "Abspielen" in page and "Anhalten" in page
    untitled = player_html(None, "it")
    assert "<title>Una storia di Storyloom</title>" in untitled
    assert '<h1 id="story-title">Una storia di Storyloom</h1>' in untitled


def test_the_policy_allows_this_origin_and_the_media_store_only():
    assert "img-src 'self';" in content_security_policy()
    supabase = content_security_policy("https://project.supabase.co/storage/v1")
    assert "img-src 'self' https://project.supabase.co;" in supabase
    assert "media-src 'self' https://project.supabase.co;" in supabase
    assert "script-src 'self';" in supabase and "connect-src 'self';" in supabase


def test_a_player_link_opens_its_story_as_its_owner_until_it_expires():
    signer = PlayerSigner("secret", 600)
    story, owner = uuid.uuid4(), uuid.uuid4()
    link = signer.url("http://here/", story, owner, now=1000)
    query = dict(part.split("=") for part in link.split("?")[1].split("&"))
    assert link.startswith(f"http://here/player/{story}?owner={owner}&expires=1600&signature=")
    admitted = signer.admit(story, owner, 1600, query["signature"], now=1599)
    assert (admitted.story_id, admitted.owner) == (story, owner)
    refusals = [
        (story, owner, 1600, query["signature"], 1601),  # expired
        (uuid.uuid4(), owner, 1600, query["signature"], 1000),  # another story
        (story, uuid.uuid4(), 1600, query["signature"], 1000),  # another owner
        (story, owner, 1700, query["signature"], 1000),  # a later expiry
        (story, owner, 1600, "ü" * 64, 1000),  # not even ASCII
        (story, owner, 1600, "", 1000),  # none
    ]
    for arguments in refusals:
        with pytest.raises(ApiError) as refused:
            signer.admit(*arguments[:4], now=arguments[4])
        assert (refused.value.status, refused.value.code) == (403, "UNAUTHORIZED")
    other_key = PlayerSigner("another secret", 600)
    with pytest.raises(ApiError):
        other_key.admit(story, owner, 1600, query["signature"], now=1000)


def test_player_and_media_links_are_signed_under_different_keys():
    media = MediaSigner("secret", 600).url("http://here", f"story-audio/{uuid.uuid4()}/x.mp3", now=1000)
    media_signature = media.rsplit("signature=", 1)[1]
    player = PlayerSigner("secret", 600)
    assert player._key != MediaSigner("secret", 600)._key
    with pytest.raises(ApiError):
        player.admit(uuid.uuid4(), uuid.uuid4(), 1600, media_signature, now=1000)
