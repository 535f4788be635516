"""How a hero looks: a seed-003 visual profile, derived from free appearance text.

The appearance may be written in any of the five languages; colour and feature words
are matched after folding accents. Whatever the text does not say is chosen from the
hero's name, so the same hero always looks the same.
"""

from __future__ import annotations

import hashlib
import random
import re

from activities.providers.offline.events import fold
from contracts.story import HeroProfile

PROFILE_KEYS = (
    "hair_color",
    "hair_style",
    "eye_color",
    "skin_tone",
    "clothing_style",
    "distinctive_features",
    "color_palette",
)

# Canonical colour -> words (folded) in en, es, fr, de, it.
COLOR_WORDS: dict[str, tuple[str, ...]] = {
    "red": ("red", "ginger", "auburn", "rojo", "roja", "rojos", "rojas", "pelirrojo", "pelirroja", "rouge", "rouges",
            "roux", "rousse", "rot", "rote", "roter", "roten", "rotes", "rosso", "rossa", "rossi", "rosse"),
    "orange": ("orange", "naranja", "arancione", "arancio", "orangefarben", "orangen"),
    "yellow": ("yellow", "amarillo", "amarilla", "jaune", "jaunes", "gelb", "gelbe", "gelber", "gelben", "giallo",
               "gialla", "gialli"),
    "blonde": ("blond", "blonde", "blonds", "blondes", "golden", "rubio", "rubia", "rubios", "dorado", "dorada", "blonden",
               "blonder", "biondo", "bionda", "biondi", "dore", "doree", "goldene", "goldenen", "oro"),
    "green": ("green", "verde", "verdes", "vert", "verte", "verts", "grun", "grune", "gruner", "grunen", "verdi"),
    "blue": ("blue", "azul", "azules", "bleu", "bleue", "bleus", "blau", "blaue", "blauer", "blauen", "blu", "azzurro",
             "azzurra", "azzurri"),
    "purple": ("purple", "violet", "lilac", "morado", "morada", "violeta", "lila", "violette", "viola", "lilla"),
    "pink": ("pink", "rosa", "rose", "rosado", "rosada", "rosafarben"),
    "brown": ("brown", "chestnut", "brunette", "castano", "castana", "castanos", "marron", "marrones", "cafe", "brun",
              "brune", "bruns", "chatain", "chatains", "braun", "braune", "brauner", "braunen", "brunett", "castani",
              "castane", "marroni"),
    "black": ("black", "negro", "negra", "negros", "noir", "noire", "noirs", "schwarz", "schwarze", "schwarzer",
              "schwarzen", "nero", "nera", "neri"),
    "white": ("white", "silver", "blanco", "blanca", "plateado", "blanc", "blanche", "argente", "weiss", "weisse",
              "silbern", "bianco", "bianca", "bianchi", "argento", "argentati"),
    "grey": ("grey", "gray", "gris", "grau", "graue", "grigio", "grigia", "grigi"),
    "hazel": ("hazel", "avellana", "noisette", "haselnussbraun", "nocciola"),
    "amber": ("amber", "ambar", "ambre", "bernstein", "ambra"),
}

HAIR_NOUNS = ("hair", "curls", "braids", "braid", "plaits", "ponytail", "pigtails", "pelo", "cabello", "melena", "rizos",
              "trenzas", "trenza", "coleta", "cheveux", "boucles", "tresses", "tresse", "couettes", "haar", "haare",
              "locken", "zopfe", "zopf", "capelli", "ricci", "riccioli", "trecce", "treccia", "codino", "codini", "chioma")
EYE_NOUNS = ("eyes", "eye", "ojos", "ojo", "yeux", "oeil", "augen", "auge", "occhi", "occhio")
SKIN_NOUNS = ("skin", "piel", "peau", "haut", "pelle", "teint", "carnagione", "tez")
GARMENTS: dict[str, tuple[str, ...]] = {
    "raincoat": ("raincoat", "impermeable", "chubasquero", "cire", "regenjacke", "regenmantel", "impermeabile"),
    "dress": ("dress", "skirt", "vestido", "falda", "robe", "jupe", "kleid", "rock", "vestito", "gonna"),
    "overalls": ("overalls", "dungarees", "peto", "salopette", "latzhose"),
    "cape": ("cape", "cloak", "capa", "umhang", "mantello", "mantellina"),
    "pajamas": ("pajamas", "pyjamas", "pijama", "pyjama", "schlafanzug", "pigiama"),
    "sweater": ("sweater", "jumper", "hoodie", "jersey", "sudadera", "pull", "pullover", "sweat", "maglione", "felpa"),
    "jacket": ("jacket", "coat", "chaqueta", "abrigo", "veste", "manteau", "jacke", "mantel", "giacca", "cappotto"),
    "shirt": ("shirt", "t-shirt", "tshirt", "camiseta", "camisa", "chemise", "hemd", "shirt", "maglietta", "camicia"),
    "scarf": ("scarf", "bufanda", "echarpe", "schal", "sciarpa"),
    "hat": ("hat", "cap", "beanie", "sombrero", "gorra", "gorro", "chapeau", "casquette", "bonnet", "hut", "mutze",
            "kappe", "cappello", "berretto"),
    "boots": ("boots", "shoes", "sneakers", "botas", "zapatos", "bottes", "chaussures", "stiefel", "schuhe", "stivali",
              "scarpe"),
    "ribbon": ("ribbon", "bow", "lazo", "cinta", "ruban", "noeud", "schleife", "band", "nastro", "fiocco"),
}
STYLE_CUES: dict[str, tuple[str, ...]] = {
    "curly": ("curly", "curls", "rizado", "rizada", "rizos", "rizoso", "boucles", "boucle", "bouclés", "boucles", "frises",
              "frise", "lockig", "lockige", "locken", "ricci", "riccioli", "riccio", "ricciuti"),
    "wavy": ("wavy", "ondulado", "ondulada", "ondules", "ondule", "wellig", "wellige", "mossi", "ondulati"),
    "braids": ("braids", "braid", "plaits", "pigtails", "trenzas", "trenza", "tresses", "tresse", "couettes", "zopfe",
               "zopf", "trecce", "treccia", "codini"),
    "ponytail": ("ponytail", "coleta", "pferdeschwanz", "codino"),
    "short": ("short", "corto", "corta", "cortos", "court", "courte", "courts", "kurz", "kurze", "kurzen", "corti",
              "corta"),
    "long": ("long", "longs", "longue", "longues", "largo", "larga", "largos", "lang", "lange", "langen", "lungo",
             "lunga", "lunghi"),
    "straight": ("straight", "liso", "lisa", "lisos", "lisses", "raides", "glatt", "glatte", "lisci"),
}
FEATURE_CUES: dict[str, tuple[str, ...]] = {
    "glasses": ("glasses", "spectacles", "gafas", "lentes", "anteojos", "lunettes", "brille", "occhiali"),
    "freckles": ("freckles", "freckled", "pecas", "rousseur", "sommersprossen", "lentiggini", "efelidi"),
    "hat": GARMENTS["hat"],
    "ribbon": GARMENTS["ribbon"],
    "scarf": GARMENTS["scarf"],
    "backpack": ("backpack", "rucksack", "mochila", "sac", "zaino", "ranzen"),
    "crown": ("crown", "tiara", "corona", "couronne", "krone"),
    "dimples": ("dimples", "hoyuelos", "fossettes", "grubchen", "fossette"),
}
SKIN_CUES: dict[str, tuple[str, ...]] = {
    "light": ("light", "fair", "pale", "clara", "claro", "palida", "blanca", "claire", "pale", "hell", "helle", "heller",
              "blass", "chiara", "chiaro", "pallida"),
    "medium": ("medium", "olive", "tan", "tanned", "morena", "moreno", "mate", "bronceada", "olivatre", "mate", "bronzee",
               "oliv", "gebraunt", "olivastra", "ambrata", "abbronzata"),
    "dark": ("dark", "deep", "ebony", "oscura", "oscuro", "negra", "foncee", "noire", "ebene", "dunkel", "dunkle",
             "dunkler", "scura", "scuro", "ebano"),
    "brown": ("brown", "marron", "cafe", "brune", "braun", "braune", "bruna", "mulatta"),
}
_GENERIC_HAIR_COLOR_WORDS = {  # a colour word that is about hair on its own
    "blond": "blonde", "blonde": "blonde", "rubio": "blonde", "rubia": "blonde", "pelirrojo": "red", "pelirroja": "red",
    "rousse": "red", "roux": "red", "ginger": "red", "brunette": "brown", "brunett": "brown", "bionda": "blonde",
    "biondo": "blonde", "blonds": "blonde", "blondes": "blonde", "chatain": "brown", "castana": "brown",
}

HAIR_COLORS = ("brown", "black", "blonde", "red", "brown", "black", "blonde")
EYE_COLORS = ("brown", "blue", "green", "hazel", "brown", "grey")
SKIN_TONES = ("light", "fair", "medium", "tan", "brown", "dark")
STYLES = ("curly", "short", "long", "ponytail", "braids", "wavy")
PALETTE = ("blue", "yellow", "green", "red", "purple", "orange", "teal", "pink")


def _chunks(text: str) -> list[list[str]]:
    """Folded words, grouped by comma-separated parts of the description."""
    return [re.findall(r"[a-z0-9]+(?:-[a-z]+)?", part) for part in re.split(r"[,;:()/]+", fold(text))]


def _color_of(word: str) -> str | None:
    for color, words in COLOR_WORDS.items():
        if word in words:
            return color
    return None


_ALL_GARMENTS = tuple(n for nouns in GARMENTS.values() for n in nouns)
# Small things worn: their colour is the accent (palette[2]), not the outfit.
_ACCESSORIES = tuple(n for key in ("scarf", "hat", "boots", "ribbon") for n in GARMENTS[key])
# English and German put colours before the noun ("brown hair"); the Romance
# languages after it ("pelo castaño"). Only matters when a colour sits between two nouns.
_ADJECTIVE_FIRST = {"hair", "eyes", "eye", "skin", "haar", "haare", "augen", "haut", "locken", "zopfe"}


def _attribute_colors(text: str) -> dict[str, list[str]]:
    """Colour words assigned to the noun they describe: hair, eyes, skin or garment."""
    found: dict[str, list[str]] = {"hair": [], "eyes": [], "skin": [], "garment": [], "accessory": []}
    chunks = _chunks(text)
    adjective_first = any(w in _ADJECTIVE_FIRST for chunk in chunks for w in chunk)
    for words in chunks:
        nouns = []
        for i, word in enumerate(words):
            kind = (
                "hair" if word in HAIR_NOUNS else
                "eyes" if word in EYE_NOUNS else
                "skin" if word in SKIN_NOUNS else
                "accessory" if word in _ACCESSORIES else
                "garment" if word in _ALL_GARMENTS else None
            )
            if kind:
                nouns.append((i, kind))
        for j, word in enumerate(words):
            color = _color_of(word)
            if color is None:
                tone = next((t for t, cues in SKIN_CUES.items() if word in cues), None)
                if tone is None:
                    continue
            candidates = [(abs(j - i), (i < j) if adjective_first else (i > j), i, kind) for i, kind in nouns if i != j]
            candidates = [c for c in candidates if c[0] <= 4]
            if not candidates:
                continue
            _d, _side, _i, kind = min(candidates)
            if kind == "skin":
                tone = next((t for t, cues in SKIN_CUES.items() if word in cues), None)
                if tone:
                    found["skin"].append(tone)
            elif color:
                found[kind].append(color)
    return found


def _stable_rng(hero: HeroProfile) -> random.Random:
    digest = hashlib.sha256(f"look|{hero.name.strip().lower()}".encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def derive_visual_profile(hero: HeroProfile) -> dict:
    """The hero's visual profile (seed 003 keys), from ``visual_profile`` or appearance text.

    Keys given in ``hero.visual_profile`` win; the rest are read from the appearance
    text (in any of the five languages) and, failing that, chosen from the hero's name.
    """
    given = dict(hero.visual_profile or {})
    text = hero.appearance or ""
    words = [w for chunk in _chunks(text) for w in chunk]
    colors = _attribute_colors(text)
    rng = _stable_rng(hero)
    derived: dict = {}

    hair_color = next((c for c in colors["hair"] if c not in ("hazel", "amber")), None)
    if hair_color is None:
        hair_color = next((_GENERIC_HAIR_COLOR_WORDS[w] for w in words if w in _GENERIC_HAIR_COLOR_WORDS), None)
    if hair_color == "yellow":
        hair_color = "blonde"
    derived["hair_color"] = hair_color or rng.choice(HAIR_COLORS)

    styles = [style for style, cues in STYLE_CUES.items() if any(w in cues for w in words)]
    if "braids" in styles:
        style = "braids"
    elif "ponytail" in styles:
        style = "ponytail"
    elif "curly" in styles or "wavy" in styles:
        length = "long " if "long" in styles else "short " if "short" in styles else ""
        style = length + ("curly" if "curly" in styles else "wavy")
    elif styles:
        style = " ".join(s for s in ("short", "long", "straight") if s in styles)
    else:
        style = rng.choice(STYLES)
    derived["hair_style"] = style

    eye = next((c for c in colors["eyes"] if c not in ("blonde", "red", "yellow", "orange", "pink", "purple", "white")), None)
    derived["eye_color"] = eye or rng.choice(EYE_COLORS)
    derived["skin_tone"] = (colors["skin"] or [rng.choice(SKIN_TONES)])[0]

    garments = [g for g, nouns in GARMENTS.items() if any(w in nouns for w in words)]
    clothing = next((g for g in garments if g in ("raincoat", "dress", "overalls", "cape", "pajamas", "sweater", "jacket")), None)
    derived["clothing_style"] = clothing or rng.choice(("adventurer", "casual", "overalls", "sweater"))

    derived["distinctive_features"] = [f for f, cues in FEATURE_CUES.items() if any(w in cues for w in words)]

    # Outfit colours first (palette[0], [1]); an accessory's colour is the accent ([2]).
    usable = lambda c: c not in ("blonde", "hazel", "amber")  # noqa: E731
    mains = [c for c in dict.fromkeys(colors["garment"]) if usable(c)]
    extras = [c for c in dict.fromkeys(colors["accessory"]) if usable(c) and c not in mains]
    slots: list[str | None] = [mains[0] if mains else None, mains[1] if len(mains) > 1 else None,
                               extras[0] if extras else (mains[2] if len(mains) > 2 else None)]
    for i, slot in enumerate(slots):
        while slot is None:
            color = rng.choice(PALETTE)
            if color not in slots:
                slot = color
        slots[i] = slot
    derived["color_palette"] = slots

    profile = {key: given.get(key) or derived[key] for key in PROFILE_KEYS}
    if not isinstance(profile["distinctive_features"], list):
        profile["distinctive_features"] = [str(profile["distinctive_features"])]
    if not isinstance(profile["color_palette"], list) or not profile["color_palette"]:
        profile["color_palette"] = derived["color_palette"]
    return profile


def describe_look(profile: dict) -> str:
    """An English phrase describing the hero by look, for illustration prompts."""
    features = [f for f in profile.get("distinctive_features") or [] if f]
    palette = [str(c) for c in profile.get("color_palette") or []]
    outfit = str(profile.get("clothing_style") or "adventurer")
    garment = {"adventurer": "an adventurer outfit", "casual": "a casual outfit", "overalls": "overalls",
               "pajamas": "pajamas"}.get(outfit, f"a {outfit}")
    text = (
        f"a small child with {profile.get('hair_color')} {profile.get('hair_style')} hair, "
        f"{profile.get('eye_color')} eyes and {profile.get('skin_tone')} skin, wearing "
        f"{garment} in {' and '.join(palette[:2]) or 'bright colours'}"
    )
    accent = palette[2] if len(palette) > 2 else ""
    worn = {"scarf": "scarf", "hat": "hat", "ribbon": "hair ribbon", "backpack": "backpack"}
    described = [f"a {accent} {worn[f]}".replace("  ", " ") if f in worn else f for f in features]
    if described:
        text += " with " + ", ".join(described)
    return text
