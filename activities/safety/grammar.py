"""Keeping the article right when a noun is replaced.

Lexicons prefer replacements of the same gender as the word they replace, so that
articles and adjectives stay right. What remains is sound: "an axe" → "a balloon",
French "l'arme" → "la baguette", Spanish "el arma" → "la varita", Italian
"lo scudo" / "l'arma" / "un'arma". Given the article before the replaced word, the
replacement and its gender, these functions return the article to write instead
(or ``None`` when it is already right). German articles are left alone: German
replacements always keep the gender (and so the case forms) of the original.
"""

from __future__ import annotations

from activities.safety.text import fold, match_case

_VOWELS = set("aeiou")


def _starts_with_vowel(word: str, h_is_vowel: bool = False) -> bool:
    first = fold(word[:1])
    return first in _VOWELS or (h_is_vowel and first == "h")


def _en_an(word: str) -> bool:
    w = fold(word)
    if w.startswith(("uni", "use", "usu", "uto", "eu", "one", "once", "ewe")):
        return False
    if w.startswith(("hour", "honest", "honour", "honor", "heir")):
        return True
    return w[:1] in _VOWELS


def _italian_strong(word: str) -> bool:
    """Italian words taking lo / gli / uno: s + consonant, z, gn, ps, x, y, pn."""
    w = fold(word)
    if not w:
        return False
    if w[0] == "s" and len(w) > 1 and w[1] not in _VOWELS:
        return True
    return w.startswith(("z", "gn", "ps", "x", "y", "pn"))


# Spanish: article → (kind, plural)
_ES = {
    "el": ("def", False), "la": ("def", False), "los": ("def", True), "las": ("def", True),
    "un": ("ind", False), "una": ("ind", False), "unos": ("ind", True), "unas": ("ind", True),
    "del": ("del", False), "al": ("al", False),
    "este": ("este", False), "esta": ("este", False), "estos": ("este", True), "estas": ("este", True),
    "ese": ("ese", False), "esa": ("ese", False), "esos": ("ese", True), "esas": ("ese", True),
    "ningun": ("ningun", False), "ninguna": ("ningun", False),
    "algun": ("algun", False), "alguna": ("algun", False), "algunos": ("algun", True), "algunas": ("algun", True),
    "otro": ("otro", False), "otra": ("otro", False), "otros": ("otro", True), "otras": ("otro", True),
}
_ES_FORMS = {
    ("def", False, "m"): "el", ("def", False, "f"): "la", ("def", True, "m"): "los", ("def", True, "f"): "las",
    ("ind", False, "m"): "un", ("ind", False, "f"): "una", ("ind", True, "m"): "unos", ("ind", True, "f"): "unas",
    ("del", False, "m"): "del", ("del", False, "f"): "de la", ("al", False, "m"): "al", ("al", False, "f"): "a la",
    ("este", False, "m"): "este", ("este", False, "f"): "esta", ("este", True, "m"): "estos", ("este", True, "f"): "estas",
    ("ese", False, "m"): "ese", ("ese", False, "f"): "esa", ("ese", True, "m"): "esos", ("ese", True, "f"): "esas",
    ("ningun", False, "m"): "ningún", ("ningun", False, "f"): "ninguna",
    ("algun", False, "m"): "algún", ("algun", False, "f"): "alguna", ("algun", True, "m"): "algunos", ("algun", True, "f"): "algunas",
    ("otro", False, "m"): "otro", ("otro", False, "f"): "otra", ("otro", True, "m"): "otros", ("otro", True, "f"): "otras",
}

# French: article → (kind, plural); elided forms are written without the apostrophe.
_FR = {
    "le": ("def", False), "la": ("def", False), "l": ("def", False), "les": ("def", True),
    "un": ("ind", False), "une": ("ind", False), "du": ("du", False), "au": ("au", False),
    "ce": ("ce", False), "cet": ("ce", False), "cette": ("ce", False),
    "mon": ("mon", False), "ma": ("mon", False), "ton": ("ton", False), "ta": ("ton", False),
    "son": ("son", False), "sa": ("son", False), "d": ("de", None), "de": ("de", None),
}


_FR_ELIDE = {"le": "l'", "la": "l'", "je": "j'", "me": "m'", "te": "t'", "se": "s'", "de": "d'", "ne": "n'", "que": "qu'"}
_FR_FULL = {"l": "le", "j": "je", "m": "me", "t": "te", "s": "se", "d": "de", "n": "ne", "qu": "que"}


def _fr_form(kind: str, gender: str, vowel: bool) -> str:
    fem = gender == "f"
    if kind == "def":
        return "l'" if vowel else ("la" if fem else "le")
    if kind == "ind":
        return "une" if fem else "un"
    if kind == "du":
        return "de l'" if vowel else ("de la" if fem else "du")
    if kind == "au":
        return "à l'" if vowel else ("à la" if fem else "au")
    if kind == "ce":
        return "cette" if fem else ("cet" if vowel else "ce")
    if kind in ("mon", "ton", "son"):
        return kind if (vowel or not fem) else kind[0] + "a"
    if kind == "de":
        return "d'" if vowel else "de"
    raise KeyError(kind)


# Italian: the definite article, alone or as the tail of a preposition ("del", "nello", "all'").
_IT_TAILS = {"il": ("def", False), "lo": ("def", False), "la": ("def", False), "l": ("def", False),
             "i": ("def", True), "gli": ("def", True), "le": ("def", True)}
_IT_IND = {"un": False, "uno": False, "una": False}


def _it_parse(article: str) -> tuple[str, str, bool] | None:
    """(preposition stem, kind, plural) for il/lo/la/l'/i/gli/le/un/uno/una/un' and del, nello, all'…"""
    a = fold(article)
    if a in _IT_IND:
        return "", "ind", False
    if a in _IT_TAILS:
        kind, plural = _IT_TAILS[a]
        return "", kind, plural
    for stem in ("de", "a", "da", "ne", "su"):
        if a.startswith(stem) and len(a) > len(stem):
            tail = a[len(stem):]
            mapping = {"l": "il", "llo": "lo", "lla": "la", "ll": "l", "i": "i", "gli": "gli", "lle": "le"}
            if tail in mapping:
                kind, plural = _IT_TAILS[mapping[tail]]
                return stem, kind, plural
    return None


def _it_form(stem: str, kind: str, plural: bool, gender: str, word: str) -> str:
    vowel = _starts_with_vowel(word)
    strong = _italian_strong(word)
    fem = gender == "f"
    if kind == "ind":
        if fem:
            return "un'" if vowel else "una"
        return "uno" if strong else "un"
    if plural:
        base = "le" if fem else ("gli" if (vowel or strong) else "i")
    elif vowel:
        base = "l'"
    else:
        base = "la" if fem else ("lo" if strong else "il")
    if not stem:
        return base
    tails = {"il": "l", "lo": "llo", "la": "lla", "l'": "ll'", "i": "i", "gli": "gli", "le": "lle"}
    return stem + tails[base]


def adjust_article(language: str, article: str, replacement: str, gender: str | None) -> str | None:
    """The article to write before ``replacement`` instead of ``article`` (None: keep it)."""
    if not replacement:
        return None
    a = fold(article).replace("’", "'").rstrip("'")
    new: str | None = None
    if language == "en":
        if a in ("a", "an"):
            new = "an" if _en_an(replacement) else "a"
    elif language == "es" and gender in ("m", "f") and a in _ES:
        kind, plural = _ES[a]
        new = _ES_FORMS.get((kind, plural, gender))
    elif language == "fr" and gender in ("m", "f") and a in _FR:
        kind, plural = _FR[a]
        if plural:
            return None
        new = _fr_form(kind, gender, _starts_with_vowel(replacement, h_is_vowel=True))
    elif language == "fr":
        # Elision before any word ("le tuer" → "l'attraper", "j'attaque" → "je surprends").
        vowel = _starts_with_vowel(replacement, h_is_vowel=True)
        if vowel and a in _FR_ELIDE:
            new = _FR_ELIDE[a]
        elif not vowel and a in _FR_FULL and article.endswith(("'", "’")):
            new = _FR_FULL[a]
    elif language == "it" and gender in ("m", "f"):
        parsed = _it_parse(a)
        if parsed:
            new = _it_form(*parsed, gender, replacement)
    if new is None or fold(new) == fold(article).replace("’", "'"):
        return None
    if article.endswith("’"):
        new = new.replace("'", "’")
    return match_case(article, new)
