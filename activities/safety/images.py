"""Image prompts and scene texts: child-friendly pictures, and nobody alone.

``sanitize_image_prompt`` neutralises injection, rewrites with the rule layer, drops
the pieces the checker rejects, softens gloomy picture words ("dark" → "softly
glowing"), enforces companionship (a child or hero with no companion gets "with
friendly animal companions", in the prompt's language) and adds the storybook style
modifiers (in English, the language image models follow best) that are not there
yet. ``ensure_companionship_in_text`` rewrites scene text that leaves the hero on
their own ("all alone", "by herself", "got lost") so that friends are there.
"""

from __future__ import annotations

import re
import unicodedata

from activities.safety import rules
from activities.safety.injection import neutralize_injection
from activities.safety.lexicon import load
from activities.safety.text import fold, make_doc

STYLE_MODIFIERS = (
    "bright soft colours",
    "watercolor storybook style",
    "child-friendly",
    "gentle lighting",
    "nothing frightening",
)
# Already-present equivalents of a modifier (folded), so none is added twice.
_STYLE_SYNONYMS = {
    "bright soft colours": ("bright soft colours", "bright, soft colours", "bright soft colors", "bright, soft colors"),
    "watercolor storybook style": ("watercolor storybook", "watercolour storybook", "watercolor storybook style"),
    "child-friendly": ("child-friendly", "child friendly"),
    "gentle lighting": ("gentle lighting", "gentle light"),
    "nothing frightening": ("nothing frightening",),
}
_PIECES = re.compile(r"[^.;!?\n,]+[.;!?\n,]*|[.;!?\n,]+")
FALLBACK_SCENE = "A gentle storybook scene with friendly animal companions"


def _language(language: str | None) -> str:
    return load(language or "en").language


def soften(text: str, language: str = "en") -> str:
    """Gloomy picture words made gentle ("dark forest" → "softly glowing forest")."""
    lex = load(_language(language))
    return rules.run(make_doc(text), lex, lex.soften, context=False).text


def ensure_companionship_in_text(text: str, language: str = "en") -> str:
    """Scene text with isolation rewritten: "all alone", "by herself", "got lost" → with friends."""
    lex = load(_language(language))
    text = unicodedata.normalize("NFC", text or "")
    return rules.run(make_doc(text), lex, lex.companionship, context=False).text


def _has(lex, name: str, text: str) -> bool:
    words = make_doc(text).folded
    matcher = lex.child if name == "child" else lex.cues[name]
    return any(True for _ in matcher.positions(words))


def depicts_child(text: str, language: str = "en") -> bool:
    lex = load(_language(language))
    return _has(lex, "child", text) or (language != "en" and _has(load("en"), "child", text))


def has_companion(text: str, language: str = "en") -> bool:
    lex = load(_language(language))
    return _has(lex, "companion", text) or (language != "en" and _has(load("en"), "companion", text))


def sanitize_image_prompt(prompt: str, language: str = "en") -> str:
    """A prompt safe to send to an image model (see the module docstring)."""
    from activities.safety.moderator import check_text

    language = _language(language)
    cleaned, _ = neutralize_injection(unicodedata.normalize("NFC", prompt or ""))
    kept: list[str] = []
    for piece in _PIECES.findall(cleaned):
        if not piece.strip(" .;!?\n,"):
            kept.append(piece)
            continue
        verdict = check_text(piece, language, "image")
        if verdict.rejected:
            continue
        kept.append(verdict.text)
    body = "".join(kept)
    body = ensure_companionship_in_text(body, language)
    body = re.sub(r"\s{2,}", " ", body).strip(" ,;.\n")
    if not body:
        body = FALLBACK_SCENE if language == "en" else f"{FALLBACK_SCENE.split(' with ')[0]} {load(language).companion_phrase}"
    if depicts_child(body, language) and not has_companion(body, language):
        body = f"{body} {load(language).companion_phrase}"
    present = fold(body)
    missing = [m for m in STYLE_MODIFIERS if not any(fold(s) in present for s in _STYLE_SYNONYMS[m])]
    if missing:
        body = f"{body}. Style: {', '.join(missing)}."
    elif not body.endswith("."):
        body += "."
    return body
