"""How a hero looks, read from a parent's appearance text and written in a story's language.

The parent's words are never copied. The text (in any of the five languages) is read
into language-neutral ids, a :class:`Looks` (``"brown"`` hair, ``"curly"``, a
``("yellow", "raincoat")``, ``"freckles"``...), and :func:`describe_looks` writes those
ids back from the curated forms below, natively and with agreement:

- Spanish, French and Italian colours agree with the garment's gender and number
  ("un impermeable amarillo", "une robe bleue", "degli stivali rossi");
- German colours take the ending they need after "trug ... einen/eine/ein" or with no
  article in the plural ("einen gelben Regenmantel", "eine rote Jacke", "rote Stiefel");
- hair is always "the hair" of the language ("el pelo", "les cheveux", "i capelli",
  German "Haare", or "Locken"/"Zöpfe"/"einen Pferdeschwanz" when the style names it).

Words are recognised by their folded surface form first and then by their folded
lemma (:func:`activities.language.lemmas.words`); German compounds are also
recognised by their last part ("Winterjacke" is a "Jacke", "hellblau" is "blau").
A word in no vocabulary is ignored. Everything here is pure and deterministic.

Entry conventions (each block per language):

- ``"match"``: extra words that recognise the entry, lower case; several words
  separated by spaces must follow each other; ``a|b`` accepts either word; a leading
  ``=`` matches the written word exactly, accents kept (``"=moño"``, not "mono").
- colours: ``"form"`` (en), ``"forms"`` (es/fr/it: m, f, m pl, f pl), ``"stem"`` (de,
  declined here; ``"indecl"`` for "lila"/"rosa"). Their forms are matched too.
- clothes: ``"word"`` + ``"g"`` (en: "sg"/"pl"; de: "m"/"f"/"n"/"pl") or ``"indef"``
  + ``"g"`` (es/fr/it: "m"/"f"/"mpl"/"fpl"); the colour follows the noun phrase in
  es/fr/it and precedes the noun in en/de.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from activities.language.lemmas import LANGUAGES, Word, fold, words

__all__ = [
    "CLOTHES", "COLORS", "EXTRAS", "EYE_COLORS", "HAIR_COLORS", "HAIR_STYLES", "PATTERNS",
    "Looks", "describe_looks", "looks_in_english", "read_looks",
]

# --------------------------------------------------------------------------- colours
# Colours of clothes (and, through GENERIC_TO_HAIR / GENERIC_TO_EYE, of hair and eyes).
COLORS: dict[str, dict] = {
    "red": {
        "en": {"match": ["red", "scarlet", "crimson"], "form": "red"},
        "es": {"match": ["colorado", "colorada", "carmesí"], "forms": ["rojo", "roja", "rojos", "rojas"]},
        "fr": {"match": ["écarlate"], "forms": ["rouge", "rouge", "rouges", "rouges"]},
        "de": {"match": ["knallrot", "feuerrot", "kirschrot"], "stem": "rot"},
        "it": {"match": ["scarlatto"], "forms": ["rosso", "rossa", "rossi", "rosse"]},
    },
    "orange": {
        "en": {"match": ["orange"], "form": "orange"},
        "es": {"match": ["anaranjado", "anaranjada", "anaranjados", "anaranjadas", "naranjas"],
               "forms": ["naranja", "naranja", "naranja", "naranja"]},
        "fr": {"match": ["oranges", "orangé", "orangée", "orangés", "orangées"],
               "forms": ["orange", "orange", "orange", "orange"]},
        "de": {"match": ["orange", "orangen", "oranger", "oranges", "orangene", "orangenen"], "stem": "orangefarben"},
        "it": {"match": ["arancio"], "forms": ["arancione", "arancione", "arancioni", "arancioni"]},
    },
    "yellow": {
        "en": {"match": [], "form": "yellow"},
        "es": {"match": [], "forms": ["amarillo", "amarilla", "amarillos", "amarillas"]},
        "fr": {"match": [], "forms": ["jaune", "jaune", "jaunes", "jaunes"]},
        "de": {"match": ["zitronengelb", "quietschgelb"], "stem": "gelb"},
        "it": {"match": [], "forms": ["giallo", "gialla", "gialli", "gialle"]},
    },
    "green": {
        "en": {"match": [], "form": "green"},
        "es": {"match": [], "forms": ["verde", "verde", "verdes", "verdes"]},
        "fr": {"match": [], "forms": ["vert", "verte", "verts", "vertes"]},
        "de": {"match": ["grasgrün", "tannengrün"], "stem": "grün"},
        "it": {"match": [], "forms": ["verde", "verde", "verdi", "verdi"]},
    },
    "blue": {
        "en": {"match": ["navy"], "form": "blue"},
        "es": {"match": ["celeste", "celestes"], "forms": ["azul", "azul", "azules", "azules"]},
        "fr": {"match": [], "forms": ["bleu", "bleue", "bleus", "bleues"]},
        "de": {"match": ["himmelblau", "marineblau"], "stem": "blau"},
        "it": {"match": ["azzurro", "azzurra", "azzurri", "azzurre", "celeste", "celesti"],
               "forms": ["blu", "blu", "blu", "blu"]},
    },
    "turquoise": {
        "en": {"match": ["teal", "aqua"], "form": "turquoise"},
        "es": {"match": [], "forms": ["turquesa", "turquesa", "turquesa", "turquesa"]},
        "fr": {"match": ["turquoises"], "forms": ["turquoise", "turquoise", "turquoise", "turquoise"]},
        "de": {"match": ["türkis", "türkise", "türkisen", "türkiser", "türkises"], "stem": "türkisfarben"},
        "it": {"match": [], "forms": ["turchese", "turchese", "turchesi", "turchesi"]},
    },
    "purple": {
        "en": {"match": ["violet"], "form": "purple"},
        "es": {"match": ["violeta", "violetas", "púrpura"], "forms": ["morado", "morada", "morados", "moradas"]},
        "fr": {"match": ["pourpre"], "forms": ["violet", "violette", "violets", "violettes"]},
        "de": {"match": ["violett", "violette", "violetten", "violetter", "violettes", "lilafarben"],
               "stem": "lila", "indecl": True},
        "it": {"match": ["porpora", "viola"], "forms": ["viola", "viola", "viola", "viola"]},
    },
    "lilac": {
        "en": {"match": ["lavender", "mauve"], "form": "lilac"},
        "es": {"match": ["lavanda", "malva"], "forms": ["lila", "lila", "lila", "lila"]},
        "fr": {"match": ["mauve", "mauves", "lavande"], "forms": ["lilas", "lilas", "lilas", "lilas"]},
        "de": {"match": ["flieder", "lavendel", "lavendelfarben"], "stem": "fliederfarben"},
        "it": {"match": ["lavanda", "glicine"], "forms": ["lilla", "lilla", "lilla", "lilla"]},
    },
    "pink": {
        "en": {"match": [], "form": "pink"},
        "es": {"match": ["rosado", "rosada", "rosados", "rosadas", "fucsia"], "forms": ["rosa", "rosa", "rosa", "rosa"]},
        "fr": {"match": ["fuchsia"], "forms": ["rose", "rose", "roses", "roses"]},
        "de": {"match": ["pink", "pinke", "pinken", "pinker", "pinkes", "rosafarben"], "stem": "rosa", "indecl": True},
        "it": {"match": ["rosato", "rosata", "fucsia"], "forms": ["rosa", "rosa", "rosa", "rosa"]},
    },
    "brown": {
        "en": {"match": [], "form": "brown"},
        "es": {"match": ["café", "castaño", "castaña", "castaños", "castañas"],
               "forms": ["marrón", "marrón", "marrones", "marrones"]},
        "fr": {"match": ["brun", "brune", "bruns", "brunes"], "forms": ["marron", "marron", "marron", "marron"]},
        "de": {"match": [], "stem": "braun"},
        "it": {"match": ["castano", "castana", "castani", "castane"],
               "forms": ["marrone", "marrone", "marroni", "marroni"]},
    },
    "beige": {
        "en": {"match": ["cream"], "form": "beige"},
        "es": {"match": ["beis", "crema"], "forms": ["beige", "beige", "beiges", "beiges"]},
        "fr": {"match": ["crème"], "forms": ["beige", "beige", "beiges", "beiges"]},
        "de": {"match": ["beige", "beigen", "beiger", "beiges", "cremefarben"], "stem": "beigefarben"},
        "it": {"match": ["crema"], "forms": ["beige", "beige", "beige", "beige"]},
    },
    "black": {
        "en": {"match": [], "form": "black"},
        "es": {"match": [], "forms": ["negro", "negra", "negros", "negras"]},
        "fr": {"match": [], "forms": ["noir", "noire", "noirs", "noires"]},
        "de": {"match": ["pechschwarz", "rabenschwarz"], "stem": "schwarz"},
        "it": {"match": [], "forms": ["nero", "nera", "neri", "nere"]},
    },
    "white": {
        "en": {"match": [], "form": "white"},
        "es": {"match": [], "forms": ["blanco", "blanca", "blancos", "blancas"]},
        "fr": {"match": [], "forms": ["blanc", "blanche", "blancs", "blanches"]},
        "de": {"match": ["schneeweiß"], "stem": "weiß"},
        "it": {"match": [], "forms": ["bianco", "bianca", "bianchi", "bianche"]},
    },
    "grey": {
        "en": {"match": ["gray"], "form": "grey"},
        "es": {"match": [], "forms": ["gris", "gris", "grises", "grises"]},
        "fr": {"match": [], "forms": ["gris", "grise", "gris", "grises"]},
        "de": {"match": [], "stem": "grau"},
        "it": {"match": [], "forms": ["grigio", "grigia", "grigi", "grigie"]},
    },
    "silver": {
        "en": {"match": ["silvery"], "form": "silver"},
        "es": {"match": ["plata"], "forms": ["plateado", "plateada", "plateados", "plateadas"]},
        "fr": {"match": ["argent"], "forms": ["argenté", "argentée", "argentés", "argentées"]},
        "de": {"match": ["silber", "silberfarben"], "stem": "silbern"},
        "it": {"match": ["argento", "argenteo", "argentea"], "forms": ["argentato", "argentata", "argentati", "argentate"]},
    },
    "gold": {
        "en": {"match": ["gold"], "form": "golden"},
        "es": {"match": ["oro"], "forms": ["dorado", "dorada", "dorados", "doradas"]},
        "fr": {"match": [], "forms": ["doré", "dorée", "dorés", "dorées"]},
        "de": {"match": ["gold", "goldfarben"], "stem": "golden"},
        "it": {"match": ["oro"], "forms": ["dorato", "dorata", "dorati", "dorate"]},
    },
}

# A clothes colour said of hair or eyes.
GENERIC_TO_HAIR = {
    "red": "red", "orange": "red", "yellow": "blond", "gold": "golden", "brown": "brown", "black": "black",
    "white": "white", "grey": "grey", "silver": "silver", "pink": "pink", "blue": "blue", "turquoise": "blue",
    "purple": "purple", "lilac": "purple", "green": "green", "beige": "blond",
}
GENERIC_TO_EYE = {
    "blue": "blue", "turquoise": "blue", "green": "green", "brown": "brown", "grey": "grey", "silver": "grey",
    "black": "dark", "gold": "amber", "yellow": "amber",
}

# Hair colours: "form" is the adjective for "hair" (es "el pelo", fr "les cheveux", it
# "i capelli"); "alone" words say the hair colour without naming hair ("a blonde girl").
HAIR_COLORS: dict[str, dict] = {
    "blond": {
        "draw": "blond",
        "en": {"match": ["blond", "blonde", "fair", "flaxen"], "alone": ["blond", "blonde", "fair"], "form": "blond"},
        "es": {"match": ["rubio", "rubia", "rubios", "rubias"], "alone": ["rubio", "rubia"], "form": "rubio"},
        "fr": {"match": ["blond", "blonde", "blonds", "blondes"], "alone": ["blond", "blonde"], "form": "blonds"},
        "de": {"match": ["blond", "blonde", "blonden", "blonder", "blondes", "strohblond", "goldblond", "hellblond",
                         "weißblond", "dunkelblond"], "alone": ["blond", "blonde", "strohblond"], "stem": "blond"},
        "it": {"match": ["biondo", "bionda", "biondi", "bionde"], "alone": ["biondo", "bionda"], "form": "biondi"},
    },
    "golden": {
        "draw": "golden",
        "en": {"match": [], "form": "golden"},
        "es": {"match": [], "form": "dorado"},
        "fr": {"match": [], "form": "dorés"},
        "de": {"match": [], "stem": "golden"},
        "it": {"match": [], "form": "dorati"},
    },
    "brown": {
        "draw": "brown",
        "en": {"match": ["brown", "brunette"], "alone": ["brunette"], "form": "brown"},
        "es": {"match": ["castaño", "castaña", "castaños", "castañas"], "form": "castaño"},
        "fr": {"match": ["châtain", "châtaine", "châtains", "châtaines", "brun", "brune", "bruns", "brunes"],
               "alone": ["châtain", "châtaine", "brune"], "form": "châtains"},
        "de": {"match": ["brünett", "brünette"], "alone": ["brünett", "brünette"], "stem": "braun"},
        "it": {"match": ["castano", "castana", "castani", "castane"], "form": "castani"},
    },
    "chestnut": {
        "draw": "chestnut brown",
        "en": {"match": ["chestnut", "auburn"], "form": "chestnut"},
        "es": {"match": ["caoba"], "form": "castaño"},
        "fr": {"match": [], "form": "châtains"},
        "de": {"match": ["kastanienbraun", "kastanienbraune", "kastanienbraunen"], "stem": "kastanienbraun"},
        "it": {"match": [], "form": "castani"},
    },
    "dark": {
        "draw": "dark brown",
        "en": {"match": ["dark"], "form": "dark"},
        "es": {"match": ["oscuro", "oscura", "oscuros", "moreno", "morena"], "alone": ["moreno", "morena"],
               "form": "oscuro"},
        "fr": {"match": ["foncé", "foncés", "foncée"], "form": "foncés"},
        "de": {"match": ["dunkel", "dunkle", "dunklen", "dunkler", "dunkles"], "stem": "dunkel"},
        "it": {"match": ["scuro", "scuri", "scura", "bruno", "bruni"], "form": "scuri"},
    },
    "black": {
        "draw": "black",
        "en": {"match": [], "form": "black"},
        "es": {"match": [], "form": "negro"},
        "fr": {"match": [], "form": "noirs"},
        "de": {"match": [], "stem": "schwarz"},
        "it": {"match": [], "form": "neri"},
    },
    "red": {
        "draw": "red",
        "en": {"match": ["ginger", "redhead", "redheaded"], "alone": ["ginger", "redhead", "redheaded"], "form": "red"},
        "es": {"match": ["pelirrojo", "pelirroja", "pelirrojos", "rojizo", "rojiza", "cobrizo"],
               "alone": ["pelirrojo", "pelirroja"], "form": "rojizo"},
        "fr": {"match": ["roux", "rousse", "rousses"], "alone": ["roux", "rousse"], "form": "roux"},
        "de": {"match": ["rothaarig", "rotblond", "kupferrot", "rotschopf"], "alone": ["rothaarig", "rotschopf"],
               "stem": "rot"},
        "it": {"match": ["ramato", "ramati", "rossiccio", "rossicci"], "form": "rossi"},
    },
    "white": {
        "draw": "white",
        "en": {"match": ["snowy"], "form": "white"},
        "es": {"match": [], "form": "blanco"},
        "fr": {"match": [], "form": "blancs"},
        "de": {"match": [], "stem": "weiß"},
        "it": {"match": [], "form": "bianchi"},
    },
    "grey": {
        "draw": "grey",
        "en": {"match": [], "form": "grey"},
        "es": {"match": ["canoso", "canosa"], "form": "gris"},
        "fr": {"match": [], "form": "gris"},
        "de": {"match": [], "stem": "grau"},
        "it": {"match": [], "form": "grigi"},
    },
    "silver": {
        "draw": "silver",
        "en": {"match": [], "form": "silver"},
        "es": {"match": [], "form": "plateado"},
        "fr": {"match": [], "form": "argentés"},
        "de": {"match": [], "stem": "silbern"},
        "it": {"match": [], "form": "argentati"},
    },
    "pink": {
        "draw": "pink",
        "en": {"match": [], "form": "pink"},
        "es": {"match": [], "form": "rosa"},
        "fr": {"match": [], "form": "roses"},
        "de": {"match": [], "stem": "rosa", "indecl": True},
        "it": {"match": [], "form": "rosa"},
    },
    "blue": {
        "draw": "blue",
        "en": {"match": [], "form": "blue"},
        "es": {"match": [], "form": "azul"},
        "fr": {"match": [], "form": "bleus"},
        "de": {"match": [], "stem": "blau"},
        "it": {"match": [], "form": "blu"},
    },
    "purple": {
        "draw": "purple",
        "en": {"match": [], "form": "purple"},
        "es": {"match": [], "form": "morado"},
        "fr": {"match": [], "form": "violets"},
        "de": {"match": [], "stem": "lila", "indecl": True},
        "it": {"match": [], "form": "viola"},
    },
    "green": {
        "draw": "green",
        "en": {"match": [], "form": "green"},
        "es": {"match": [], "form": "verde"},
        "fr": {"match": [], "form": "verts"},
        "de": {"match": [], "stem": "grün"},
        "it": {"match": [], "form": "verdi"},
    },
}

# Eye colours: "form" is the adjective for "the eyes" (es "los ojos", fr "les yeux", it "gli occhi").
EYE_COLORS: dict[str, dict] = {
    "blue": {"en": {"match": [], "form": "blue"}, "es": {"match": [], "form": "azules"},
             "fr": {"match": [], "form": "bleus"}, "de": {"match": [], "stem": "blau"},
             "it": {"match": [], "form": "azzurri"}},
    "green": {"en": {"match": [], "form": "green"}, "es": {"match": [], "form": "verdes"},
              "fr": {"match": [], "form": "verts"}, "de": {"match": [], "stem": "grün"},
              "it": {"match": [], "form": "verdi"}},
    "brown": {"en": {"match": [], "form": "brown"}, "es": {"match": ["cafés"], "form": "marrones"},
              "fr": {"match": [], "form": "marron"}, "de": {"match": [], "stem": "braun"},
              "it": {"match": ["marroni"], "form": "castani"}},
    "hazel": {"en": {"match": ["hazel"], "form": "hazel"}, "es": {"match": ["avellana"], "form": "color avellana"},
              "fr": {"match": ["noisette"], "form": "noisette"},
              "de": {"match": ["haselnussbraun", "haselnussbraune", "haselnussbraunen"], "stem": "haselnussbraun"},
              "it": {"match": ["nocciola"], "form": "nocciola"}},
    "grey": {"en": {"match": [], "form": "grey"}, "es": {"match": [], "form": "grises"},
             "fr": {"match": [], "form": "gris"}, "de": {"match": [], "stem": "grau"},
             "it": {"match": [], "form": "grigi"}},
    "dark": {"en": {"match": [], "form": "dark"}, "es": {"match": ["oscuros"], "form": "oscuros"},
             "fr": {"match": [], "form": "foncés"}, "de": {"match": [], "stem": "dunkel"},
             "it": {"match": [], "form": "scuri"}},
    "amber": {"en": {"match": ["amber"], "form": "amber"}, "es": {"match": ["ámbar"], "form": "color ámbar"},
              "fr": {"match": ["ambre"], "form": "ambre"},
              "de": {"match": ["bernsteinfarben", "bernsteinfarbene", "bernsteinfarbenen"], "stem": "bernsteinfarben"},
              "it": {"match": ["ambra"], "form": "ambra"}},
}

# Shade words ("light blue", "bleu foncé") are skipped next to a colour.
SHADES: dict[str, tuple[str, ...]] = {
    "en": ("light", "dark", "pale", "bright", "deep"),
    "es": ("claro", "clara", "claros", "claras", "oscuro", "oscura", "oscuros", "oscuras", "intenso", "intensa"),
    "fr": ("clair", "claire", "clairs", "claires", "foncé", "foncée", "foncés", "foncées", "pâle", "vif", "vive"),
    "de": ("hell", "helle", "hellen", "heller", "helles", "dunkel", "dunkle", "dunklen", "dunkler", "dunkles"),
    "it": ("chiaro", "chiara", "chiari", "chiare", "scuro", "scura", "scuri", "scure", "acceso", "accesa"),
}
# German colour compounds: "hellblau", "dunkelbraun", "knallrot"...
_DE_COLOR_PREFIXES = ("hell", "dunkel", "himmel", "knall", "tief", "blass", "zart", "pastell", "leucht", "neon",
                      "marine", "tannen", "gras", "zitronen", "kirsch", "feuer", "schnee", "raben", "pech", "stroh",
                      "platin", "weiss", "gold", "silber", "mint", "eis", "baby", "royal", "kobalt", "kupfer", "rost",
                      "oliv", "flaschen", "apfel", "moos", "signal", "quietsch")

# ------------------------------------------------------------------------------ hair
HAIR_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("hair", "hairs", "haired", "locks", "hairdo", "hairstyle"),
    "es": ("pelo", "cabello", "cabellos", "melena", "pelito"),
    "fr": ("cheveu", "cheveux", "chevelure", "coiffure"),
    "de": ("haar", "haare", "haaren", "frisur", "schopf", "mähne"),
    "it": ("capello", "capelli", "chioma", "capigliatura", "pettinatura"),
}

# Styles by kind: one length, one texture and one arrangement at most. "nouns" are hair
# words that carry the style ("curls", "trenzas", "Locken"). Arrangements give the phrase
# "in" that follows the hair (or "noun" for en when no adjective precedes "hair"; German
# always names the arrangement as the noun).
HAIR_STYLES: dict[str, dict] = {
    "long": {
        "kind": "length",
        "en": {"match": ["long"], "form": "long"},
        "es": {"match": ["largo", "larga", "largos", "largas"], "form": "largo"},
        "fr": {"match": ["long", "longue", "longs", "longues"], "form": "longs"},
        "de": {"match": ["lang", "lange", "langen", "langes"], "stem": "lang"},
        "it": {"match": ["lungo", "lunga", "lunghi", "lunghe"], "form": "lunghi"},
    },
    "short": {
        "kind": "length",
        "en": {"match": ["short"], "form": "short"},
        "es": {"match": ["corto", "corta", "cortos", "cortas"], "form": "corto"},
        "fr": {"match": ["court", "courte", "courts", "courtes"], "form": "courts"},
        "de": {"match": ["kurz", "kurze", "kurzen", "kurzes"], "stem": "kurz"},
        "it": {"match": ["corto", "corta", "corti", "corte"], "form": "corti"},
    },
    "curly": {
        "kind": "texture",
        "en": {"match": ["curly", "frizzy", "curled"], "nouns": ["curl", "curls", "ringlet", "ringlets"], "form": "curly"},
        "es": {"match": ["rizado", "rizada", "rizados", "rizadas", "crespo", "crespa", "rizoso"],
               "nouns": ["rizo", "rizos", "tirabuzón", "tirabuzones", "bucle", "bucles"], "form": "rizado"},
        "fr": {"match": ["bouclé", "bouclée", "bouclés", "bouclées", "frisé", "frisée", "frisés", "frisées", "crépu",
                         "crépus"], "nouns": ["boucle", "boucles", "frisette", "frisettes"], "form": "bouclés"},
        "de": {"match": ["lockig", "lockige", "lockigen", "lockiges", "kraus", "krause", "krausen", "gelockt",
                         "gelockte", "gelockten"], "nouns": ["locke", "locken", "lockenkopf", "löckchen"],
               "stem": "lockig", "noun": "Locken"},
        "it": {"match": ["riccio", "ricci", "riccia", "ricce", "ricciuto", "ricciuta", "ricciuti", "crespo", "crespi"],
               "nouns": ["ricciolo", "riccioli", "boccolo", "boccoli"], "form": "ricci"},
    },
    "straight": {
        "kind": "texture",
        "en": {"match": ["straight", "sleek"], "form": "straight"},
        "es": {"match": ["liso", "lisa", "lisos", "lisas", "lacio", "lacia", "lacios"], "form": "liso"},
        "fr": {"match": ["raide", "raides", "lisse", "lisses"], "form": "raides"},
        "de": {"match": ["glatt", "glatte", "glatten", "glattes"], "stem": "glatt"},
        "it": {"match": ["liscio", "liscia", "lisci", "lisce"], "form": "lisci"},
    },
    "wavy": {
        "kind": "texture",
        "en": {"match": ["wavy"], "form": "wavy"},
        "es": {"match": ["ondulado", "ondulada", "ondulados", "onduladas"], "form": "ondulado"},
        "fr": {"match": ["ondulé", "ondulée", "ondulés", "ondulées"], "form": "ondulés"},
        "de": {"match": ["wellig", "wellige", "welligen", "gewellt", "gewellte", "gewellten"], "stem": "wellig"},
        "it": {"match": ["mosso", "mossa", "mossi", "ondulato", "ondulata", "ondulati"], "form": "mossi"},
    },
    "spiky": {
        "kind": "texture",
        "en": {"match": ["spiky", "spiked"], "form": "spiky"},
        "es": {"match": ["de punta", "en punta"], "form": "de punta"},
        "fr": {"match": ["hérissé", "hérissés", "hérissée", "hérissées", "en pétard"], "form": "hérissés"},
        "de": {"match": ["stachelig", "stachelige", "stacheligen", "abstehend", "abstehende", "abstehenden",
                         "strubbelig", "strubbelige", "strubbeligen"], "stem": "abstehend"},
        "it": {"match": ["ritto", "ritti", "dritti in testa", "a punta", "a spazzola"], "form": "ritti"},
    },
    "braids": {
        "kind": "arrangement",
        "en": {"nouns": ["braid", "braids", "braided", "plait", "plaits", "plaited"], "noun": "braids", "in": "in braids"},
        "es": {"nouns": ["trenza", "trenzas", "trenzado", "trenzada"], "in": "recogido en trenzas"},
        "fr": {"nouns": ["tresse", "tresses", "natte", "nattes", "tressé", "tressés", "natté", "nattés"],
               "in": "en tresses"},
        "de": {"nouns": ["zopf", "zöpfe", "zöpfen", "geflochten", "geflochtene", "geflochtenen"], "noun": "Zöpfe",
               "g": "pl"},
        "it": {"nouns": ["treccia", "trecce", "intrecciati"], "in": "raccolti in trecce"},
    },
    "pigtails": {
        "kind": "arrangement",
        "en": {"nouns": ["pigtail", "pigtails", "bunches"], "noun": "pigtails", "in": "in pigtails"},
        "es": {"nouns": ["coletas", "coletitas"], "in": "recogido en dos coletas"},
        "fr": {"nouns": ["couette", "couettes"], "in": "en couettes"},
        "de": {"nouns": ["zöpfchen", "rattenschwanz", "rattenschwänze", "rattenschwänzchen"], "noun": "Zöpfe",
               "g": "pl", "count": "zwei"},
        "it": {"nouns": ["codini"], "in": "raccolti in due codini"},
    },
    "ponytail": {
        "kind": "arrangement",
        "en": {"nouns": ["ponytail", "ponytails", "pony tail"], "noun": "a ponytail", "in": "in a ponytail"},
        "es": {"nouns": ["coleta"], "in": "recogido en una coleta"},
        "fr": {"nouns": ["queue de cheval", "queues de cheval"], "in": "en queue de cheval"},
        "de": {"nouns": ["pferdeschwanz", "pferdeschwänze"], "noun": "Pferdeschwanz", "g": "m"},
        "it": {"nouns": ["coda di cavallo", "codino"], "in": "raccolti in una coda di cavallo"},
    },
    "bun": {
        "kind": "arrangement",
        "en": {"nouns": ["bun", "topknot"], "noun": "a bun", "in": "in a bun"},
        "es": {"nouns": ["=moño", "=moñito", "=moños"], "in": "recogido en un moño"},
        "fr": {"nouns": ["chignon"], "in": "en chignon"},
        "de": {"nouns": ["dutt", "haarknoten"], "noun": "Dutt", "g": "m"},
        "it": {"nouns": ["chignon", "crocchia"], "in": "raccolti in uno chignon"},
    },
}
_STYLE_KINDS = ("length", "texture", "arrangement")
# Styles that describe hair even when no hair word is near ("she is curly-headed").
_STYLES_WITHOUT_HAIR = {"curly", "wavy", "spiky"}

EYE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("eye", "eyes", "eyed"),
    "es": ("ojo", "ojos", "ojitos"),
    "fr": ("oeil", "yeux"),
    "de": ("auge", "augen", "äuglein"),
    "it": ("occhio", "occhi", "occhietti"),
}

# Other parts of a face: a colour said of them ("fair skin", "una nariz roja") is not a
# hair, eye or clothes colour, and is not described.
OTHER_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("skin", "complexion", "nose", "lip", "lips", "cheek", "cheeks", "face", "tooth", "teeth", "fur", "nail",
           "nails", "skinned"),
    "es": ("piel", "tez", "nariz", "labio", "labios", "mejilla", "mejillas", "cara", "diente", "dientes", "uñas"),
    "fr": ("peau", "teint", "nez", "lèvre", "lèvres", "joue", "joues", "visage", "dent", "dents", "ongles"),
    "de": ("haut", "teint", "hautfarbe", "nase", "lippe", "lippen", "wange", "wangen", "backe", "backen", "gesicht",
           "zahn", "zähne", "fingernägel"),
    "it": ("pelle", "carnagione", "naso", "labbro", "labbra", "guancia", "guance", "viso", "faccia", "dente", "denti",
           "unghie"),
}

# ------------------------------------------------------------------------- clothes
CLOTHES: dict[str, dict] = {
    "raincoat": {
        "draw": "raincoat",
        "en": {"match": ["raincoat", "raincoats", "rain coat", "rain jacket", "mackintosh", "slicker"],
               "word": "raincoat", "g": "sg"},
        "es": {"match": ["impermeable", "impermeables", "chubasquero", "chubasqueros"],
               "indef": "un impermeable", "g": "m"},
        "fr": {"match": ["imperméable", "imperméables", "ciré", "cirés", "k way"], "indef": "un imperméable", "g": "m"},
        "de": {"match": ["regenmantel", "regenmäntel", "regenjacke", "regenjacken", "friesennerz"],
               "word": "Regenmantel", "g": "m"},
        "it": {"match": ["impermeabile", "impermeabili", "mantellina"], "indef": "un impermeabile", "g": "m"},
    },
    "dress": {
        "draw": "dress",
        "en": {"match": ["dress", "dresses", "frock", "gown"], "word": "dress", "g": "sg"},
        "es": {"match": ["vestido", "vestidos", "vestidito"], "indef": "un vestido", "g": "m"},
        "fr": {"match": ["robe", "robes"], "indef": "une robe", "g": "f"},
        "de": {"match": ["kleid", "kleider", "kleidchen"], "word": "Kleid", "g": "n"},
        "it": {"match": ["vestito", "vestiti", "vestitino", "abito", "abitino"], "indef": "un vestito", "g": "m"},
    },
    "tshirt": {
        "draw": "T-shirt",
        "en": {"match": ["t shirt|shirts", "tshirt", "tshirts", "tee"], "word": "T-shirt", "g": "sg"},
        "es": {"match": ["camiseta", "camisetas"], "indef": "una camiseta", "g": "f"},
        "fr": {"match": ["tee shirt|shirts", "t shirt|shirts", "tshirt", "teeshirt"], "indef": "un tee-shirt", "g": "m"},
        "de": {"match": ["t shirt|shirts", "tshirt", "tshirts"], "word": "T-Shirt", "g": "n"},
        "it": {"match": ["maglietta", "magliette", "t shirt", "tshirt"], "indef": "una maglietta", "g": "f"},
    },
    "jumper": {
        "draw": "sweater",
        "en": {"match": ["jumper", "jumpers", "sweater", "sweaters", "pullover", "jersey"], "word": "jumper", "g": "sg"},
        "es": {"match": ["jersey", "jerséis", "suéter", "suéteres"], "indef": "un jersey", "g": "m"},
        "fr": {"match": ["pull", "pulls", "pullover", "tricot", "chandail"], "indef": "un pull", "g": "m"},
        "de": {"match": ["pullover", "pulli", "pullis", "strickpullover"], "word": "Pullover", "g": "m"},
        "it": {"match": ["maglione", "maglioni", "maglioncino", "pullover"], "indef": "un maglione", "g": "m"},
    },
    "hoodie": {
        "draw": "hoodie",
        "en": {"match": ["hoodie", "hoodies", "hoody", "sweatshirt"], "word": "hoodie", "g": "sg"},
        "es": {"match": ["sudadera", "sudaderas"], "indef": "una sudadera", "g": "f"},
        "fr": {"match": ["sweat à capuche", "sweat", "sweatshirt"], "indef": "un sweat à capuche", "g": "m"},
        "de": {"match": ["kapuzenpullover", "kapuzenpulli", "hoodie", "sweatshirt"], "word": "Kapuzenpullover",
               "g": "m"},
        "it": {"match": ["felpa", "felpe"], "indef": "una felpa", "g": "f"},
    },
    "jacket": {
        "draw": "jacket",
        "en": {"match": ["jacket", "jackets", "anorak"], "word": "jacket", "g": "sg"},
        "es": {"match": ["chaqueta", "chaquetas", "cazadora", "chamarra"], "indef": "una chaqueta", "g": "f"},
        "fr": {"match": ["veste", "vestes", "blouson", "anorak"], "indef": "une veste", "g": "f"},
        "de": {"match": ["jacke", "jacken", "anorak"], "word": "Jacke", "g": "f"},
        "it": {"match": ["giacca", "giacche", "giacchetta", "giubbotto"], "indef": "una giacca", "g": "f"},
    },
    "coat": {
        "draw": "coat",
        "en": {"match": ["coat", "coats", "overcoat"], "word": "coat", "g": "sg"},
        "es": {"match": ["abrigo", "abrigos"], "indef": "un abrigo", "g": "m"},
        "fr": {"match": ["manteau", "manteaux"], "indef": "un manteau", "g": "m"},
        "de": {"match": ["mantel", "mäntel"], "word": "Mantel", "g": "m"},
        "it": {"match": ["cappotto", "cappotti", "cappottino"], "indef": "un cappotto", "g": "m"},
    },
    "cape": {
        "draw": "cape",
        "en": {"match": ["cape", "capes", "cloak", "cloaks"], "word": "cape", "g": "sg"},
        "es": {"match": ["capa", "capas"], "indef": "una capa", "g": "f"},
        "fr": {"match": ["cape", "capes"], "indef": "une cape", "g": "f"},
        "de": {"match": ["umhang", "umhänge", "cape"], "word": "Umhang", "g": "m"},
        "it": {"match": ["mantello", "mantelli", "mantellina"], "indef": "un mantello", "g": "m"},
    },
    "scarf": {
        "draw": "scarf",
        "en": {"match": ["scarf", "scarves", "scarfs"], "word": "scarf", "g": "sg"},
        "es": {"match": ["bufanda", "bufandas"], "indef": "una bufanda", "g": "f"},
        "fr": {"match": ["écharpe", "écharpes", "foulard"], "indef": "une écharpe", "g": "f"},
        "de": {"match": ["schal", "schals", "halstuch"], "word": "Schal", "g": "m"},
        "it": {"match": ["sciarpa", "sciarpe"], "indef": "una sciarpa", "g": "f"},
    },
    "hat": {
        "draw": "hat",
        "en": {"match": ["hat", "hats"], "word": "hat", "g": "sg"},
        "es": {"match": ["sombrero", "sombreros"], "indef": "un sombrero", "g": "m"},
        "fr": {"match": ["chapeau", "chapeaux"], "indef": "un chapeau", "g": "m"},
        "de": {"match": ["hut", "hüte", "strohhut", "sonnenhut", "zauberhut"], "word": "Hut", "g": "m"},
        "it": {"match": ["cappello", "cappelli"], "indef": "un cappello", "g": "m"},
    },
    "cap": {
        "draw": "cap",
        "en": {"match": ["cap", "caps", "baseball cap"], "word": "cap", "g": "sg"},
        "es": {"match": ["gorra", "gorras", "gorrita"], "indef": "una gorra", "g": "f"},
        "fr": {"match": ["casquette", "casquettes"], "indef": "une casquette", "g": "f"},
        "de": {"match": ["kappe", "kappen", "basecap", "schirmmütze", "baseballkappe"], "word": "Kappe", "g": "f"},
        "it": {"match": ["cappellino", "cappellini", "berretto con visiera"], "indef": "un cappellino", "g": "m"},
    },
    "beanie": {
        "draw": "woolly hat",
        "en": {"match": ["beanie", "beanies", "woolly hat", "bobble hat", "wool hat", "toque"], "word": "woolly hat",
               "g": "sg"},
        "es": {"match": ["gorro", "gorros", "gorrito"], "indef": "un gorro", "g": "m"},
        "fr": {"match": ["bonnet", "bonnets"], "indef": "un bonnet", "g": "m"},
        "de": {"match": ["mütze", "mützen", "wollmütze", "pudelmütze", "bommelmütze"], "word": "Mütze", "g": "f"},
        "it": {"match": ["berretto", "berretti", "berretta", "cuffia"], "indef": "un berretto", "g": "m"},
    },
    "boots": {
        "draw": "boots",
        "en": {"match": ["boot", "boots"], "word": "boots", "g": "pl"},
        "es": {"match": ["bota", "botas", "botines"], "indef": "unas botas", "g": "fpl"},
        "fr": {"match": ["botte", "bottes", "bottine", "bottines"], "indef": "des bottes", "g": "fpl"},
        "de": {"match": ["stiefel", "stiefeln", "stiefelchen"], "word": "Stiefel", "g": "pl"},
        "it": {"match": ["stivale", "stivali", "stivaletti"], "indef": "degli stivali", "g": "mpl"},
    },
    "wellies": {
        "draw": "rain boots",
        "en": {"match": ["wellies", "welly", "wellington|wellingtons", "gumboot|gumboots", "rain boot|boots",
                         "rainboots"], "word": "wellies", "g": "pl"},
        "es": {"match": ["bota|botas de agua|lluvia", "katiuskas"], "indef": "unas botas de agua", "g": "fpl"},
        "fr": {"match": ["botte|bottes de pluie|caoutchouc"], "indef": "des bottes de pluie", "g": "fpl"},
        "de": {"match": ["gummistiefel", "gummistiefeln", "regenstiefel"], "word": "Gummistiefel", "g": "pl"},
        "it": {"match": ["stivale|stivali di gomma|pioggia", "galosce"], "indef": "degli stivali di gomma",
               "g": "mpl"},
    },
    "sneakers": {
        "draw": "sneakers",
        "en": {"match": ["sneaker", "sneakers", "trainers", "runners", "plimsolls"], "word": "sneakers", "g": "pl"},
        "es": {"match": ["zapatilla|zapatillas de deporte", "deportivas", "tenis"],
               "indef": "unas zapatillas de deporte", "g": "fpl"},
        "fr": {"match": ["basket", "baskets", "tennis", "sneakers"], "indef": "des baskets", "g": "fpl"},
        "de": {"match": ["turnschuh", "turnschuhe", "turnschuhen", "sneaker", "sneakers", "sportschuhe"],
               "word": "Turnschuhe", "g": "pl"},
        "it": {"match": ["scarpa|scarpe da ginnastica", "scarpette|scarpe sportive", "sneakers"],
               "indef": "delle scarpe da ginnastica", "g": "fpl"},
    },
    "shoes": {
        "draw": "shoes",
        "en": {"match": ["shoe", "shoes"], "word": "shoes", "g": "pl"},
        "es": {"match": ["zapato", "zapatos"], "indef": "unos zapatos", "g": "mpl"},
        "fr": {"match": ["chaussure", "chaussures", "souliers"], "indef": "des chaussures", "g": "fpl"},
        "de": {"match": ["schuh", "schuhe", "schuhen"], "word": "Schuhe", "g": "pl"},
        "it": {"match": ["scarpa", "scarpe", "scarpette"], "indef": "delle scarpe", "g": "fpl"},
    },
    "sandals": {
        "draw": "sandals",
        "en": {"match": ["sandal", "sandals"], "word": "sandals", "g": "pl"},
        "es": {"match": ["sandalia", "sandalias"], "indef": "unas sandalias", "g": "fpl"},
        "fr": {"match": ["sandale", "sandales"], "indef": "des sandales", "g": "fpl"},
        "de": {"match": ["sandale", "sandalen"], "word": "Sandalen", "g": "pl"},
        "it": {"match": ["sandalo", "sandali"], "indef": "dei sandali", "g": "mpl"},
    },
    "dungarees": {
        "draw": "dungarees",
        "en": {"match": ["dungarees", "overalls", "dungaree"], "word": "dungarees", "g": "pl"},
        "es": {"match": ["peto", "petos", "mono vaquero"], "indef": "un peto", "g": "m"},
        "fr": {"match": ["salopette", "salopettes"], "indef": "une salopette", "g": "f"},
        "de": {"match": ["latzhose", "latzhosen"], "word": "Latzhose", "g": "f"},
        "it": {"match": ["salopette"], "indef": "una salopette", "g": "f"},
    },
    "skirt": {
        "draw": "skirt",
        "en": {"match": ["skirt", "skirts"], "word": "skirt", "g": "sg"},
        "es": {"match": ["falda", "faldas", "faldita"], "indef": "una falda", "g": "f"},
        "fr": {"match": ["jupe", "jupes", "jupette"], "indef": "une jupe", "g": "f"},
        "de": {"match": ["rock", "röcke", "röckchen", "minirock"], "word": "Rock", "g": "m"},
        "it": {"match": ["gonna", "gonne", "gonnellina"], "indef": "una gonna", "g": "f"},
    },
    "trousers": {
        "draw": "trousers",
        "en": {"match": ["trousers", "pants", "leggings"], "word": "trousers", "g": "pl"},
        "es": {"match": ["pantalón", "pantalones"], "indef": "unos pantalones", "g": "mpl"},
        "fr": {"match": ["pantalon", "pantalons"], "indef": "un pantalon", "g": "m"},
        "de": {"match": ["hose", "hosen"], "word": "Hose", "g": "f"},
        "it": {"match": ["pantalone", "pantaloni"], "indef": "dei pantaloni", "g": "mpl"},
    },
    "jeans": {
        "draw": "jeans",
        "en": {"match": ["jeans", "denims"], "word": "jeans", "g": "pl"},
        "es": {"match": ["vaquero|vaqueros", "tejanos", "jeans"], "indef": "unos vaqueros", "g": "mpl"},
        "fr": {"match": ["jean", "jeans"], "indef": "un jean", "g": "m"},
        "de": {"match": ["jeans", "jeanshose"], "word": "Jeans", "g": "f"},
        "it": {"match": ["jeans"], "indef": "dei jeans", "g": "mpl"},
    },
    "shorts": {
        "draw": "shorts",
        "en": {"match": ["shorts"], "word": "shorts", "g": "pl"},
        "es": {"match": ["pantalón|pantalones corto|cortos", "pantaloncitos", "shorts"],
               "indef": "unos pantalones cortos", "g": "mpl"},
        "fr": {"match": ["short", "shorts", "bermuda"], "indef": "un short", "g": "m"},
        "de": {"match": ["shorts", "kurze hose"], "word": "Shorts", "g": "pl"},
        "it": {"match": ["pantaloncini", "pantaloncino", "pantaloni corti", "shorts"], "indef": "dei pantaloncini",
               "g": "mpl"},
    },
    "pyjamas": {
        "draw": "pyjamas",
        "en": {"match": ["pyjamas", "pajamas", "pjs", "pyjama", "pajama", "nightie", "nightgown"], "word": "pyjamas",
               "g": "pl"},
        "es": {"match": ["pijama", "pijamas", "camisón"], "indef": "un pijama", "g": "m"},
        "fr": {"match": ["pyjama", "pyjamas", "chemise de nuit"], "indef": "un pyjama", "g": "m"},
        "de": {"match": ["schlafanzug", "schlafanzüge", "pyjama", "nachthemd"], "word": "Schlafanzug", "g": "m"},
        "it": {"match": ["pigiama", "pigiamino", "camicia da notte"], "indef": "un pigiama", "g": "m"},
    },
    "shirt": {
        "draw": "shirt",
        "en": {"match": ["shirt", "shirts", "blouse"], "word": "shirt", "g": "sg"},
        "es": {"match": ["camisa", "camisas", "blusa"], "indef": "una camisa", "g": "f"},
        "fr": {"match": ["chemise", "chemises", "chemisier"], "indef": "une chemise", "g": "f"},
        "de": {"match": ["hemd", "hemden", "hemdchen", "bluse"], "word": "Hemd", "g": "n"},
        "it": {"match": ["camicia", "camicie", "camicetta"], "indef": "una camicia", "g": "f"},
    },
    "backpack": {
        "draw": "backpack",
        "en": {"match": ["backpack", "backpacks", "rucksack", "schoolbag"], "word": "backpack", "g": "sg"},
        "es": {"match": ["mochila", "mochilas"], "indef": "una mochila", "g": "f"},
        "fr": {"match": ["sac à dos", "cartable"], "indef": "un sac à dos", "g": "m"},
        "de": {"match": ["rucksack", "rucksäcke", "ranzen", "schulranzen"], "word": "Rucksack", "g": "m"},
        "it": {"match": ["zaino", "zaini", "zainetto"], "indef": "uno zaino", "g": "m"},
    },
    "crown": {
        "draw": "crown",
        "en": {"match": ["crown", "crowns"], "word": "crown", "g": "sg"},
        "es": {"match": ["corona", "coronas"], "indef": "una corona", "g": "f"},
        "fr": {"match": ["couronne", "couronnes"], "indef": "une couronne", "g": "f"},
        "de": {"match": ["krone", "kronen", "krönchen"], "word": "Krone", "g": "f"},
        "it": {"match": ["corona", "corone", "coroncina"], "indef": "una corona", "g": "f"},
    },
    "tiara": {
        "draw": "tiara",
        "en": {"match": ["tiara", "tiaras", "diadem"], "word": "tiara", "g": "sg"},
        "es": {"match": ["tiara", "tiaras"], "indef": "una tiara", "g": "f"},
        "fr": {"match": ["diadème", "diadèmes", "tiare"], "indef": "un diadème", "g": "m"},
        "de": {"match": ["diadem", "diademe", "tiara"], "word": "Diadem", "g": "n"},
        "it": {"match": ["diadema", "tiara"], "indef": "un diadema", "g": "m"},
    },
    "bow": {
        "draw": "hair bow",
        "en": {"match": ["bow", "bows", "hair bow"], "word": "bow", "g": "sg"},
        "es": {"match": ["lazo", "lazos", "lacito"], "indef": "un lazo", "g": "m"},
        "fr": {"match": ["noeud", "noeuds"], "indef": "un nœud", "g": "m"},
        "de": {"match": ["schleife", "schleifen", "haarschleife"], "word": "Schleife", "g": "f"},
        "it": {"match": ["fiocco", "fiocchi", "fiocchetto"], "indef": "un fiocco", "g": "m"},
    },
    "ribbon": {
        "draw": "ribbon",
        "en": {"match": ["ribbon", "ribbons"], "word": "ribbon", "g": "sg"},
        "es": {"match": ["cinta", "cintas"], "indef": "una cinta", "g": "f"},
        "fr": {"match": ["ruban", "rubans"], "indef": "un ruban", "g": "m"},
        "de": {"match": ["band", "bänder", "bändchen", "schleifenband"], "word": "Band", "g": "n"},
        "it": {"match": ["nastro", "nastri", "nastrino"], "indef": "un nastro", "g": "m"},
    },
    "headband": {
        "draw": "headband",
        "en": {"match": ["headband", "headbands", "hairband", "alice band"], "word": "headband", "g": "sg"},
        "es": {"match": ["diadema", "diademas", "cinta del pelo"], "indef": "una diadema", "g": "f"},
        "fr": {"match": ["serre tête", "bandeau", "bandeaux"], "indef": "un serre-tête", "g": "m"},
        "de": {"match": ["haarreif", "haarreifen", "haarband", "stirnband"], "word": "Haarreif", "g": "m"},
        "it": {"match": ["cerchietto", "cerchietti", "fascia per capelli"], "indef": "un cerchietto", "g": "m"},
    },
    "gloves": {
        "draw": "gloves",
        "en": {"match": ["glove", "gloves"], "word": "gloves", "g": "pl"},
        "es": {"match": ["guante", "guantes"], "indef": "unos guantes", "g": "mpl"},
        "fr": {"match": ["gant", "gants"], "indef": "des gants", "g": "mpl"},
        "de": {"match": ["handschuh", "handschuhe", "handschuhen"], "word": "Handschuhe", "g": "pl"},
        "it": {"match": ["guanto", "guanti"], "indef": "dei guanti", "g": "mpl"},
    },
    "mittens": {
        "draw": "mittens",
        "en": {"match": ["mitten", "mittens", "mitts"], "word": "mittens", "g": "pl"},
        "es": {"match": ["manopla", "manoplas", "mitones"], "indef": "unas manoplas", "g": "fpl"},
        "fr": {"match": ["moufle", "moufles", "mitaines"], "indef": "des moufles", "g": "fpl"},
        "de": {"match": ["fäustling", "fäustlinge", "fäustlingen", "fausthandschuhe"], "word": "Fäustlinge", "g": "pl"},
        "it": {"match": ["muffola", "muffole", "manopole"], "indef": "delle muffole", "g": "fpl"},
    },
    "socks": {
        "draw": "socks",
        "en": {"match": ["sock", "socks", "tights", "stockings"], "word": "socks", "g": "pl"},
        "es": {"match": ["calcetín", "calcetines", "medias"], "indef": "unos calcetines", "g": "mpl"},
        "fr": {"match": ["chaussette", "chaussettes", "collants"], "indef": "des chaussettes", "g": "fpl"},
        "de": {"match": ["socke", "socken", "strümpfe", "strumpfhose"], "word": "Socken", "g": "pl"},
        "it": {"match": ["calzino", "calzini", "calzettoni", "calze"], "indef": "dei calzini", "g": "mpl"},
    },
    "tutu": {
        "draw": "tutu",
        "en": {"match": ["tutu", "tutus"], "word": "tutu", "g": "sg"},
        "es": {"match": ["tutú", "tutús"], "indef": "un tutú", "g": "m"},
        "fr": {"match": ["tutu", "tutus"], "indef": "un tutu", "g": "m"},
        "de": {"match": ["tutu", "tutus", "tüllrock"], "word": "Tutu", "g": "n"},
        "it": {"match": ["tutù"], "indef": "un tutù", "g": "m"},
    },
    "apron": {
        "draw": "apron",
        "en": {"match": ["apron", "aprons", "pinafore"], "word": "apron", "g": "sg"},
        "es": {"match": ["delantal", "delantales", "mandil"], "indef": "un delantal", "g": "m"},
        "fr": {"match": ["tablier", "tabliers"], "indef": "un tablier", "g": "m"},
        "de": {"match": ["schürze", "schürzen", "kittel"], "word": "Schürze", "g": "f"},
        "it": {"match": ["grembiule", "grembiuli", "grembiulino"], "indef": "un grembiule", "g": "m"},
    },
}

# ------------------------------------------------------------------------ patterns
# "adj" words come before the garment in en/de ("a striped jumper"); the others are
# nouns that follow it ("a dress with stars", "a pois"). "form" follows the garment.
PATTERNS: dict[str, dict] = {
    "striped": {
        "draw": "with stripes",
        "en": {"adj": ["striped", "stripy", "stripey"], "match": ["stripe", "stripes"], "form": "with stripes"},
        "es": {"adj": ["rayado", "rayada", "rayados", "rayadas"], "match": ["raya", "rayas"], "form": "a rayas"},
        "fr": {"adj": ["rayé", "rayée", "rayés", "rayées"], "match": ["rayure", "rayures"], "form": "à rayures"},
        "de": {"adj": ["gestreift", "gestreifte", "gestreiften", "gestreifter", "gestreiftes", "geringelt",
                       "geringelte", "geringelten", "geringelter", "geringeltes"],
               "match": ["streifen", "ringel", "ringeln"], "form": "mit Streifen"},
        "it": {"adj": ["rigato", "rigata", "rigati", "rigate"], "match": ["riga", "righe", "righine"], "form": "a righe"},
    },
    "spotted": {
        "draw": "with polka dots",
        "en": {"adj": ["spotted", "spotty", "dotted", "dotty"], "match": ["spot", "spots", "dot", "dots", "polka dot|dots"],
               "form": "with polka dots"},
        "es": {"adj": [], "match": ["lunar", "lunares", "topos", "puntitos"], "form": "de lunares"},
        "fr": {"adj": [], "match": ["pois"], "form": "à pois"},
        "de": {"adj": ["gepunktet", "gepunktete", "gepunkteten", "gepunkteter", "gepunktetes"],
               "match": ["punkt", "punkte", "punkten", "pünktchen", "tupfen"], "form": "mit Punkten"},
        "it": {"adj": [], "match": ["pois", "puntini", "pallini"], "form": "a pois"},
    },
    "starry": {
        "draw": "with stars",
        "en": {"adj": ["starry"], "match": ["star", "stars"], "form": "with stars"},
        "es": {"adj": ["estrellado", "estrellada"], "match": ["estrella", "estrellas", "estrellitas"],
               "form": "con estrellas"},
        "fr": {"adj": ["étoilé", "étoilée", "étoilés", "étoilées"], "match": ["étoile", "étoiles"], "form": "à étoiles"},
        "de": {"adj": [], "match": ["stern", "sterne", "sternen", "sternchen"], "form": "mit Sternen"},
        "it": {"adj": ["stellato", "stellata"], "match": ["stella", "stelle", "stelline"], "form": "a stelle"},
    },
    "flowery": {
        "draw": "with flowers",
        "en": {"adj": ["flowery", "flowered", "floral"], "match": ["flower", "flowers"], "form": "with flowers"},
        "es": {"adj": ["floreado", "floreada", "floreados", "floreadas"], "match": ["flor", "flores", "florecitas"],
               "form": "de flores"},
        "fr": {"adj": ["fleuri", "fleurie", "fleuris", "fleuries"], "match": ["fleur", "fleurs"], "form": "à fleurs"},
        "de": {"adj": ["geblümt", "geblümte", "geblümten", "geblümter", "geblümtes"], "match": ["blume", "blumen",
                                                                                          "blümchen"],
               "form": "mit Blumen"},
        "it": {"adj": ["fiorato", "fiorata", "fiorati", "fiorate"], "match": ["fiore", "fiori", "fiorellini"],
               "form": "a fiori"},
    },
    "checked": {
        "draw": "with a checked pattern",
        "en": {"adj": ["checked", "checkered", "chequered", "plaid", "tartan"], "match": ["check", "checks"],
               "form": "with a checked pattern"},
        "es": {"adj": [], "match": ["cuadros", "cuadritos"], "form": "de cuadros"},
        "fr": {"adj": [], "match": ["carreaux", "carreau"], "form": "à carreaux"},
        "de": {"adj": ["kariert", "karierte", "karierten", "karierter", "kariertes"], "match": ["karo", "karos"],
               "form": "mit Karomuster"},
        "it": {"adj": [], "match": ["quadri", "quadretti", "quadrettoni"], "form": "a quadri"},
    },
}

# -------------------------------------------------------------------------- extras
# Faces and glasses. "where": "have" (had freckles) or "wear" (always wore glasses).
EXTRAS: dict[str, dict] = {
    "freckles": {
        "where": "have", "draw": "freckles",
        "en": {"match": ["freckle", "freckles", "freckled"], "form": "freckles"},
        "es": {"match": ["peca", "pecas", "pecoso", "pecosa", "pecosos", "pecosas"], "form": "pecas"},
        "fr": {"match": ["rousseur", "tache|taches de son"], "form": "des taches de rousseur"},
        "de": {"match": ["sommersprosse", "sommersprossen", "sommersprossig", "sommersprossige"],
               "form": "Sommersprossen"},
        "it": {"match": ["lentiggine", "lentiggini", "efelide", "efelidi", "lentigginoso", "lentigginosa"],
               "form": "le lentiggini"},
    },
    "rosy_cheeks": {
        "where": "have", "draw": "rosy cheeks",
        "en": {"match": ["rosy|red|pink cheek|cheeks|cheeked"], "form": "rosy cheeks"},
        "es": {"match": ["mejilla|mejillas sonrosada|sonrosadas|rosada|rosadas|colorada|coloradas|roja|rojas|rosa",
                         "mofletes"], "form": "las mejillas sonrosadas"},
        "fr": {"match": ["joue|joues rose|roses|rosée|rosées|rouge|rouges"], "form": "les joues roses"},
        "de": {"match": ["rosig|rosige|rosigen|rot|rote|roten|rosa wange|wangen|backe|backen|bäckchen",
                         "pausbacken", "pausbäckchen"], "form": "rosige Wangen"},
        "it": {"match": ["guancia|guance rosea|rosee|rossa|rosse|rosa|rosate|rosata"], "form": "le guance rosee"},
    },
    "dimples": {
        "where": "have", "draw": "dimples",
        "en": {"match": ["dimple", "dimples"], "form": "dimples"},
        "es": {"match": ["hoyuelo", "hoyuelos"], "form": "hoyuelos"},
        "fr": {"match": ["fossette", "fossettes"], "form": "des fossettes"},
        "de": {"match": ["grübchen"], "form": "Grübchen"},
        "it": {"match": ["fossetta", "fossette"], "form": "le fossette"},
    },
    "glasses": {
        "where": "wear", "draw": "glasses",
        "en": {"match": ["glasses", "spectacles", "specs", "eyeglasses"], "form": "glasses"},
        "es": {"match": ["gafas", "gafitas", "lentes", "anteojos"], "form": "gafas"},
        "fr": {"match": ["lunettes"], "form": "des lunettes"},
        "de": {"match": ["brille", "brillen"], "form": "eine Brille"},
        "it": {"match": ["occhiali", "occhialini"], "form": "gli occhiali"},
    },
}

# --------------------------------------------------------------- small grammar words
# Words a colour may be separated from its noun by ("a red and blue jumper").
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("a an the her his their my our its your very really so quite little big new old".split()),
    "es": frozenset("un una unos unas uno el la los las lo su sus mi mis tu tus muy bien".split()),
    "fr": frozenset("un une des le la les l du de d son sa ses mon ma mes ton ta tes tres bien petit petite".split()),
    "de": frozenset("ein eine einen einem einer eines der die das den dem des ihr ihre ihren ihrem ihrer sein seine "
                    "seinen seinem seiner mein meine meinen sehr ganz kleine kleinen kleines".split()),
    "it": frozenset("un uno una il lo la i gli le l del della dei degli delle suo sua suoi sue mio mia molto "
                    "tutto".split()),
}
_CONJUNCTIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"and", "or", "n"}), "es": frozenset({"y", "e", "o"}), "fr": frozenset({"et", "ou"}),
    "de": frozenset({"und", "oder"}), "it": frozenset({"e", "ed", "o"}),
}
# A colour after one of these describes the noun before it ("her coat is yellow").
_COPULAS: dict[str, frozenset[str]] = {
    "en": frozenset({"is", "are", "was", "were", "be", "been", "looks", "look"}),
    "de": frozenset({"ist", "sind", "war", "waren", "bin", "bist", "seid"}),
}
_ADJECTIVE_FIRST = {"en", "de"}  # where a colour comes before its noun
_UNKNOWN_BUDGET = 2  # unknown words a colour may be separated from its noun by
_STRONG_BREAK = frozenset(".!?;\n")
_SOFT_BREAK = frozenset(",:()/")


# ============================================================================ Looks
@dataclass(frozen=True)
class Looks:
    """What a hero looks like, as language-neutral ids.

    ``clothes`` lists ``(colour id or None, clothing id)`` in the order the text
    names them; ``patterns`` lists ``(clothing id, pattern id)``; ``extras`` holds
    ``freckles``, ``rosy_cheeks``, ``dimples`` and ``glasses``.
    """

    hair_color: str | None = None
    hair_styles: tuple[str, ...] = ()
    eye_color: str | None = None
    clothes: tuple[tuple[str | None, str], ...] = ()
    patterns: tuple[tuple[str, str], ...] = ()
    extras: tuple[str, ...] = ()

    @property
    def richness(self) -> int:
        """How many things were recognised (a coloured garment counts twice)."""
        return (
            (self.hair_color is not None) + len(self.hair_styles) + (self.eye_color is not None)
            + sum(1 + (color is not None) for color, _ in self.clothes) + len(self.patterns) + len(self.extras)
        )

    @property
    def is_empty(self) -> bool:
        return self.richness == 0


# ======================================================================= the lexicon
@dataclass
class _Lexicon:
    single: dict[str, dict[str, Any]]
    exact: dict[str, dict[str, Any]]
    phrases: dict[str, list[tuple[tuple[frozenset[str], ...], dict[str, Any]]]]
    suffixes: tuple[tuple[str, dict[str, Any]], ...]  # German compound heads, longest first


_NOUN_KINDS = ("hair", "eyes", "clothing", "extra", "other", "pattern_noun")


def _de_adjective(stem: str, ending: str, indecl: bool = False) -> str:
    """A German adjective with its ending ("gelb" + "en"; "dunkel" + "e" is "dunkle")."""
    if indecl or not ending:
        return stem
    if stem.endswith("el") and ending.startswith("e"):
        return stem[:-2] + "l" + ending
    return stem + ending


def _de_forms(block: dict) -> list[str]:
    stem = block["stem"]
    if block.get("indecl"):
        return [stem]
    return [stem] + [_de_adjective(stem, e) for e in ("e", "en", "er", "es", "em")]


def _block_words(block: dict, *keys: str) -> list[str]:
    found: list[str] = []
    for key in keys:
        value = block.get(key)
        if isinstance(value, str):
            found.append(value)
        elif value:
            found.extend(value)
    return found


@lru_cache(maxsize=8)
def _lexicon(language: str) -> _Lexicon:
    single: dict[str, dict[str, Any]] = {}
    exact: dict[str, dict[str, Any]] = {}
    phrases: dict[str, list[tuple[tuple[frozenset[str], ...], dict[str, Any]]]] = {}

    def add(text: str, feats: dict[str, Any]) -> None:
        text = text.strip()
        if not text:
            return
        if text.startswith("="):
            slot = exact.setdefault(text[1:].lower(), {})
        elif " " in text:
            tokens = tuple(frozenset(fold(alt) for alt in part.split("|")) for part in text.split())
            for first in tokens[0]:
                phrases.setdefault(first, []).append((tokens, feats))
            return
        else:
            slot = single.setdefault(fold(text), {})
        for key, value in feats.items():
            slot.setdefault(key, value)

    # Multi-word and specific entries first: the first meaning given for a word wins per key.
    for eid, entry in EXTRAS.items():
        for word in entry[language]["match"]:
            add(word, {"extra": eid})
    for cid, entry in CLOTHES.items():
        for word in entry[language]["match"]:
            add(word, {"clothing": cid})
    for sid, entry in HAIR_STYLES.items():
        block = entry[language]
        for word in block.get("nouns", ()):
            add(word, {"hair": sid})
        for word in block.get("match", ()):
            add(word, {"style": sid})
        if "form" in block:
            add(block["form"], {"style": sid})
    for word in HAIR_NOUNS[language]:
        add(word, {"hair": ""})
    for word in EYE_NOUNS[language]:
        add(word, {"eyes": True})
    for word in OTHER_NOUNS[language]:
        add(word, {"other": True})
    for pid, entry in PATTERNS.items():
        block = entry[language]
        for word in block["adj"]:
            add(word, {"pattern": pid})
        for word in block["match"]:
            add(word, {"pattern": pid, "pattern_noun": True})
    for hid, entry in HAIR_COLORS.items():
        block = entry[language]
        alone = {fold(w) for w in block.get("alone", ())}
        words_ = _block_words(block, "match", "form") + (_de_forms(block) if "stem" in block else [])
        for word in words_:
            feats: dict[str, Any] = {"hair_color": hid}
            if fold(word) in alone:
                feats["alone"] = True
            add(word, feats)
    for yid, entry in EYE_COLORS.items():
        block = entry[language]
        for word in _block_words(block, "match") + ([block["form"]] if " " not in block.get("form", " ") else []):
            add(word, {"eye_color": yid})
        if "stem" in block:
            for word in _de_forms(block):
                add(word, {"eye_color": yid})
    for cid, entry in COLORS.items():
        block = entry[language]
        feats = {"color": cid}
        if cid in GENERIC_TO_HAIR:
            feats["hair_color"] = GENERIC_TO_HAIR[cid]
        if cid in GENERIC_TO_EYE:
            feats["eye_color"] = GENERIC_TO_EYE[cid]
        words_ = _block_words(block, "match", "form", "forms") + (_de_forms(block) if "stem" in block else [])
        for word in words_:
            add(word, feats)
    for word in SHADES[language]:
        add(word, {"shade": True})

    suffixes: list[tuple[str, dict[str, Any]]] = []
    if language == "de":
        for key, feats in single.items():
            if len(key) >= 4 and any(k in feats for k in ("hair", "eyes", "clothing", "extra", "other")):
                suffixes.append((key, feats))
        suffixes.sort(key=lambda item: (-len(item[0]), item[0]))
    for first in phrases:
        phrases[first].sort(key=lambda item: -len(item[0]))
    return _Lexicon(single, exact, phrases, tuple(suffixes))


# ========================================================================== reading
@dataclass(frozen=True)
class _Item:
    start: int  # first token
    end: int  # one past the last token
    feats: dict[str, Any]

    def is_noun(self) -> bool:
        return any(k in self.feats for k in ("hair", "eyes", "clothing", "extra", "other")) or bool(
            self.feats.get("pattern_noun"))


_DE_ENDINGS = ("en", "er", "es", "em", "e")


def _lookup_word(word: Word, language: str, lex: _Lexicon) -> dict[str, Any] | None:
    exact = lex.exact.get(word.text.lower())
    if exact:
        return exact
    for key in (word.folded, word.lemma):
        if key in lex.single:
            return lex.single[key]
    if language != "de":
        return None
    candidates = [word.folded] + [word.folded[: -len(e)] for e in _DE_ENDINGS if word.folded.endswith(e)
                                  and len(word.folded) - len(e) >= 3]
    for key in candidates:
        if key in lex.single:
            return lex.single[key]
    # Colour compounds: "hellblau", "dunkelbraunen", "knallrote".
    for key in candidates:
        for prefix in _DE_COLOR_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix) + 2:
                feats = lex.single.get(key[len(prefix):])
                if feats and any(k in feats for k in ("color", "hair_color")):
                    return feats
    # Noun compounds by their last part: "Winterjacke", "Lieblingskleid".
    for key in (word.folded, word.lemma):
        for suffix, feats in lex.suffixes:
            if key.endswith(suffix) and len(key) - len(suffix) >= 3:
                return feats
    return None


def _recognise(tokens: list[Word], language: str) -> list[_Item]:
    lex = _lexicon(language)
    items: list[_Item] = []
    i = 0
    while i < len(tokens):
        found: _Item | None = None
        for key in dict.fromkeys((tokens[i].folded, tokens[i].lemma)):
            for parts, feats in lex.phrases.get(key, ()):
                end = i + len(parts)
                if end <= len(tokens) and all(
                    tokens[i + k].folded in alts or tokens[i + k].lemma in alts for k, alts in enumerate(parts)
                ):
                    found = _Item(i, end, feats)
                    break
            if found:
                break
        if found is None:
            feats = _lookup_word(tokens[i], language, lex)
            if feats:
                found = _Item(i, i + 1, feats)
        if found:
            items.append(found)
            i = found.end
        else:
            i += 1
    return items


class _Reader:
    """Attaches colours, styles and patterns to the noun they describe."""

    def __init__(self, text: str, language: str):
        self.language = language
        self.tokens = words(text, language)
        self.text = text or ""
        self.items = _recognise(self.tokens, language)
        self.at: dict[int, _Item] = {}
        for item in self.items:
            for position in range(item.start, item.end):
                self.at[position] = item
        self.functions = _FUNCTION_WORDS[language]
        self.conjunctions = _CONJUNCTIONS[language]

    def _gap(self, left: int, right: int) -> str:
        """The characters between token `left` and the token `right` = left + 1."""
        return self.text[self.tokens[left].end: self.tokens[right].start]

    def walk(self, item: _Item, step: int) -> _Item | None:
        """The first noun from `item` in direction `step` (+1 right, -1 left), or None."""
        unknown = 0
        position = item.end if step > 0 else item.start - 1
        previous = item.end - 1 if step > 0 else item.start
        while 0 <= position < len(self.tokens):
            gap = self._gap(min(previous, position), max(previous, position))
            if any(c in _STRONG_BREAK for c in gap):
                return None
            if any(c in _SOFT_BREAK for c in gap) and unknown:
                return None
            other = self.at.get(position)
            if other is not None and other is not item:
                if other.is_noun():
                    return other
                position = (other.end if step > 0 else other.start - 1)
                previous = (other.end - 1 if step > 0 else other.start)
                continue
            word = self.tokens[position].folded
            if word in self.conjunctions:
                if unknown:
                    return None
            elif word not in self.functions:
                unknown += 1
                if unknown > _UNKNOWN_BUDGET:
                    return None
            previous = position
            position += step
        return None

    def target(self, item: _Item, adjective_like: bool) -> _Item | None:
        first = 1 if adjective_like and self.language in _ADJECTIVE_FIRST else -1
        before = self.tokens[item.start - 1].folded if item.start > 0 else ""
        if first == 1 and before in _COPULAS.get(self.language, ()):
            first = -1
        return self.walk(item, first) or self.walk(item, -first)

    def shade_only(self, item: _Item) -> bool:
        """A shade word ("dark", "clair") next to a colour only qualifies that colour."""
        if not item.feats.get("shade"):
            return False
        for position in (item.start - 1, item.end):
            neighbour = self.at.get(position)
            if neighbour is not None and neighbour is not item and (
                "color" in neighbour.feats or "hair_color" in neighbour.feats
            ) and not neighbour.feats.get("shade"):
                return True
        return not any(k in item.feats for k in ("hair_color", "eye_color", "color"))

    def read(self) -> Looks:
        hair_color: str | None = None
        alone_hair: str | None = None
        styles: dict[str, str] = {}
        eye_color: str | None = None
        clothes: dict[str, str | None] = {}  # in order of first mention
        patterns: dict[str, str] = {}
        extras: list[str] = []

        def add_style(style_id: str) -> None:
            kind = HAIR_STYLES[style_id]["kind"]
            styles.setdefault(kind, style_id)

        for item in self.items:
            feats = item.feats
            if "clothing" in feats:
                clothes.setdefault(feats["clothing"], None)
            elif "hair" in feats:
                if feats["hair"]:
                    add_style(feats["hair"])
            elif "extra" in feats:
                if feats["extra"] not in extras:
                    extras.append(feats["extra"])

        for item in self.items:
            feats = item.feats
            if item.is_noun() and not feats.get("pattern_noun"):
                continue  # ("ricci" is both a hair word and its style: the noun pass added it)
            if "pattern" in feats:
                noun = self.target(item, adjective_like=not feats.get("pattern_noun"))
                if noun is not None and "clothing" in noun.feats:
                    patterns.setdefault(noun.feats["clothing"], feats["pattern"])
                continue
            if "style" in feats:
                noun = self.target(item, adjective_like=True)
                if noun is not None and "hair" in noun.feats:
                    add_style(feats["style"])
                elif noun is None and feats["style"] in _STYLES_WITHOUT_HAIR:
                    add_style(feats["style"])
                continue
            if not any(k in feats for k in ("color", "hair_color", "eye_color")) or self.shade_only(item):
                continue
            noun = self.target(item, adjective_like=True)
            kind = next((k for k in _NOUN_KINDS if noun is not None and noun.feats.get(k) is not None), None)
            if kind == "hair":
                if hair_color is None and feats.get("hair_color"):
                    hair_color = feats["hair_color"]
            elif kind == "eyes":
                if eye_color is None and feats.get("eye_color"):
                    eye_color = feats["eye_color"]
            elif kind == "clothing" and feats.get("color"):
                cid = noun.feats["clothing"]
                if clothes.get(cid) is None:
                    clothes[cid] = feats["color"]
            elif kind in (None, "clothing") and feats.get("alone"):
                if alone_hair is None:
                    alone_hair = feats["hair_color"]

        ordered_styles = tuple(styles[k] for k in _STYLE_KINDS if k in styles)
        return Looks(
            hair_color=hair_color or alone_hair,
            hair_styles=ordered_styles,
            eye_color=eye_color,
            clothes=tuple((color, cid) for cid, color in clothes.items()),
            patterns=tuple(patterns.items()),
            extras=tuple(e for e in EXTRAS if e in extras),
        )


def read_looks(text: str, language: str | None = None) -> Looks:
    """The looks an appearance text describes, as vocabulary ids.

    With ``language`` None (or not one of the five), the text is read as each of the
    five languages and the richest reading is kept (ties go to the earlier language in
    en, es, fr, de, it). Words in no vocabulary are ignored.
    """
    if not text or not text.strip():
        return Looks()
    if language in LANGUAGES:
        return _Reader(text, language).read()
    best = Looks()
    for candidate in LANGUAGES:
        looks = _Reader(text, candidate).read()
        if looks.richness > best.richness:
            best = looks
    return best


# ========================================================================== writing
def _join(parts: list[str], language: str) -> str:
    parts = [p for p in parts if p]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    last = parts[-1]
    conj = {"en": "and", "es": "y", "fr": "et", "de": "und", "it": "e"}[language]
    if language == "es" and fold(last)[:1] == "i" or language == "es" and fold(last)[:2] == "hi" and \
            fold(last)[:3] not in ("hie", "hia", "hio", "hiu"):
        conj = "e"
    return f"{', '.join(parts[:-1])} {conj} {last}"


def _styles_by_kind(looks: Looks) -> dict[str, str]:
    found: dict[str, str] = {}
    for style in looks.hair_styles:
        if style in HAIR_STYLES:
            found.setdefault(HAIR_STYLES[style]["kind"], style)
    return found


def _hair_phrase(looks: Looks, language: str) -> str | None:
    color = looks.hair_color if looks.hair_color in HAIR_COLORS else None
    styles = _styles_by_kind(looks)
    if color is None and not styles:
        return None
    length, texture, arrangement = (styles.get(k) for k in _STYLE_KINDS)
    if language == "en":
        adjectives = [HAIR_STYLES[s]["en"]["form"] for s in (length, texture) if s]
        if color:
            adjectives.append(HAIR_COLORS[color]["en"]["form"])
        if not adjectives:
            return HAIR_STYLES[arrangement]["en"]["noun"]
        phrase = " ".join(adjectives) + " hair"
        return f"{phrase} {HAIR_STYLES[arrangement]['en']['in']}" if arrangement else phrase
    if language == "de":
        noun, gender, count = "Haare", "pl", ""
        if arrangement:
            block = HAIR_STYLES[arrangement]["de"]
            noun, gender, count = block["noun"], block["g"], block.get("count", "")
        elif texture == "curly":
            noun, texture = HAIR_STYLES["curly"]["de"]["noun"], None
        ending = {"m": "en", "f": "e", "n": "es", "pl": "e"}[gender]

        def decline(block: dict) -> str:
            return _de_adjective(block["stem"], ending, block.get("indecl", False))

        shape = [decline(HAIR_STYLES[s]["de"]) for s in (length, texture) if s]
        words_ = [", ".join(shape)] if shape else []
        if color:
            words_.append(decline(HAIR_COLORS[color]["de"]))
        article = {"m": "einen", "f": "eine", "n": "ein", "pl": count}[gender]
        return " ".join(w for w in [article, *words_, noun] if w)
    noun = {"es": "el pelo", "fr": "les cheveux", "it": "i capelli"}[language]
    adjectives = ([HAIR_COLORS[color][language]["form"]] if color else []) + [
        HAIR_STYLES[s][language]["form"] for s in (length, texture) if s
    ]
    if arrangement:  # "el pelo rubio recogido en trenzas": one adjective at most before it
        adjectives = adjectives[:1]
    phrase = f"{noun} {_join(adjectives, language)}" if adjectives else noun
    if arrangement:
        phrase += " " + HAIR_STYLES[arrangement][language]["in"]
    return phrase


def _eyes_phrase(looks: Looks, language: str) -> str | None:
    if looks.eye_color not in EYE_COLORS:
        return None
    block = EYE_COLORS[looks.eye_color][language]
    if language == "en":
        return f"{block['form']} eyes"
    if language == "de":
        return f"{_de_adjective(block['stem'], 'e')} Augen"
    noun = {"es": "los ojos", "fr": "les yeux", "it": "gli occhi"}[language]
    return f"{noun} {block['form']}"


def _with_article_en(phrase: str) -> str:
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def _clothing_phrase(color: str | None, clothing: str, pattern: str | None, language: str) -> str | None:
    if clothing not in CLOTHES:
        return None
    block = CLOTHES[clothing][language]
    color = color if color in COLORS else None
    tail = f" {PATTERNS[pattern][language]['form']}" if pattern in PATTERNS else ""
    if language == "en":
        phrase = f"{COLORS[color]['en']['form']} {block['word']}" if color else block["word"]
        return (phrase if block["g"] == "pl" else _with_article_en(phrase)) + tail
    if language == "de":
        gender = block["g"]
        article = {"m": "einen", "f": "eine", "n": "ein", "pl": ""}[gender]
        adjective = ""
        if color:
            cblock = COLORS[color]["de"]
            adjective = _de_adjective(cblock["stem"], {"m": "en", "f": "e", "n": "es", "pl": "e"}[gender],
                                      cblock.get("indecl", False))
        return " ".join(w for w in (article, adjective, block["word"]) if w) + tail
    phrase = block["indef"]
    if color:
        index = {"m": 0, "f": 1, "mpl": 2, "fpl": 3}[block["g"]]
        phrase += " " + COLORS[color][language]["forms"][index]
    return phrase + tail


def _features(looks: Looks) -> list[tuple[str, str]]:
    """Every describable feature as (kind, id), most telling first."""
    features: list[tuple[str, str]] = []
    if (looks.hair_color in HAIR_COLORS) or _styles_by_kind(looks):
        features.append(("hair", ""))
    clothes = [cid for _color, cid in looks.clothes if cid in CLOTHES]
    if clothes:
        features.append(("clothing", clothes[0]))
    if looks.eye_color in EYE_COLORS:
        features.append(("eyes", ""))
    features.extend(("extra", e) for e in EXTRAS if e in looks.extras)
    features.extend(("clothing", cid) for cid in clothes[1:])
    return features


MAX_FEATURES = 3

_SENTENCES = {
    # (have only, wear only, both) with {name}, {have}, {wear}
    "en": ("{name} had {have}.", "{name} always wore {wear}.", "{name} had {have}{comma} and always wore {wear}."),
    "es": ("{name} tenía {have}.", "{name} siempre llevaba {wear}.",
           "{name} tenía {have}{comma} y siempre llevaba {wear}."),
    "fr": ("{name} avait {have}.", "{name} portait toujours {wear}.",
           "{name} avait {have}{comma} et portait toujours {wear}."),
    "de": ("{name} hatte {have}.", "{name} trug immer {wear}.", "{name} hatte {have} und trug immer {wear}."),
    "it": ("{name} aveva {have}.", "{name} indossava sempre {wear}.",
           "{name} aveva {have}{comma} e indossava sempre {wear}."),
}


def describe_looks(looks: Looks, language: str, name: str) -> str | None:
    """One sentence saying how `name` looks, in `language`, from at most three features.

    Features are chosen in a fixed order (hair, the first garment, eyes, freckles,
    rosy cheeks, dimples, glasses, further garments). None when nothing is known.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language!r}")
    patterns = dict(looks.patterns)
    colors = {cid: color for color, cid in looks.clothes}
    have: list[str] = []
    wear: list[str] = []
    patterned: set[str] = set()
    for kind, fid in _features(looks)[:MAX_FEATURES]:
        if kind == "hair":
            phrase = _hair_phrase(looks, language)
            target = have
        elif kind == "eyes":
            phrase = _eyes_phrase(looks, language)
            target = have
        elif kind == "clothing":
            phrase = _clothing_phrase(colors.get(fid), fid, patterns.get(fid), language)
            target = wear
            if phrase and fid in patterns:
                patterned.add(phrase)
        else:
            phrase = EXTRAS[fid][language]["form"]
            target = wear if EXTRAS[fid]["where"] == "wear" else have
        if phrase:
            target.append(phrase)
    if not have and not wear:
        return None
    # A garment "with stars" goes last, so "with stars and glasses" never reads as one thing.
    wear.sort(key=lambda phrase: phrase in patterned)
    have_text, wear_text = _join(have, language), _join(wear, language)
    only_have, only_wear, both = _SENTENCES[language]
    if not wear:
        return only_have.format(name=name, have=have_text)
    if not have:
        return only_wear.format(name=name, wear=wear_text)
    conj = {"en": "and", "es": "y", "fr": "et", "de": "und", "it": "e"}[language]
    comma = "," if f" {conj} " in f" {have_text} " or (language == "es" and " e " in have_text) else ""
    return both.format(name=name, have=have_text, wear=wear_text, comma=comma)


def looks_in_english(looks: Looks) -> str:
    """A plain English description for picture prompts ("curly brown hair, a yellow raincoat")."""
    parts: list[str] = []
    color = looks.hair_color if looks.hair_color in HAIR_COLORS else None
    styles = _styles_by_kind(looks)
    if color or styles:
        length, texture, arrangement = (styles.get(k) for k in _STYLE_KINDS)
        adjectives = [HAIR_STYLES[s]["en"]["form"] for s in (length, texture) if s]
        if color:
            adjectives.append(HAIR_COLORS[color]["draw"])
        if adjectives:
            hair = " ".join(adjectives) + " hair"
            parts.append(f"{hair} {HAIR_STYLES[arrangement]['en']['in']}" if arrangement else hair)
        else:
            parts.append(HAIR_STYLES[arrangement]["en"]["noun"])
    eyes = _eyes_phrase(looks, "en")
    if eyes:
        parts.append(eyes)
    parts.extend(EXTRAS[e]["draw"] for e in EXTRAS if e in looks.extras and EXTRAS[e]["where"] == "have")
    patterns = dict(looks.patterns)
    for clothing_color, cid in looks.clothes:
        if cid not in CLOTHES:
            continue
        draw = CLOTHES[cid]["draw"]
        phrase = f"{COLORS[clothing_color]['en']['form']} {draw}" if clothing_color in COLORS else draw
        if CLOTHES[cid]["en"]["g"] != "pl":
            phrase = _with_article_en(phrase)
        if patterns.get(cid) in PATTERNS:
            phrase += " " + PATTERNS[patterns[cid]]["draw"]
        parts.append(phrase)
    parts.extend(EXTRAS[e]["draw"] for e in EXTRAS if e in looks.extras and EXTRAS[e]["where"] == "wear")
    return ", ".join(parts)
