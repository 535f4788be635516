"""Times of day a story's text names, for the light of its pictures.

The schema is the package's (see ``__init__``), reduced to recognising: per language,
``match`` lists dictionary forms (a noun's singular, an adjective's base form) that say
which part of the day a scene is set in; several words in order ("good night",
"coucher de soleil") need those lemmas at most three words apart. The five times go
round the day: ``morning`` (sunrise, breakfast), ``day`` (noon, afternoon, sunshine),
``sunset`` (dusk, the sun going down), ``evening`` (supper, nightfall) and ``night``
(the moon's and the stars' time, and bedtime). Words with a second, commoner sense
are left out ("tarde" is the afternoon and the evening; "morgen" is also tomorrow),
so a scene that names no time keeps the one its place in the story gives it.
"""

TIMES: dict[str, dict] = {
    "morning": {
        "en": {"match": ["morning", "sunrise", "dawn", "daybreak", "breakfast"]},
        "es": {"match": ["amanecer", "alba", "madrugada", "desayuno", "por la mañana", "esta mañana", "aquella mañana", "una mañana"]},
        "fr": {"match": ["matin", "matinée", "aube", "aurore", "lever du soleil", "petit déjeuner"]},
        "de": {"match": ["sonnenaufgang", "morgengrauen", "frühstück", "vormittag", "morgens", "am morgen", "jeden morgen", "eines morgens"]},
        "it": {"match": ["mattina", "mattino", "mattinata", "alba", "aurora", "colazione"]},
    },
    "day": {
        "en": {"match": ["noon", "midday", "afternoon", "daylight", "daytime", "sunshine", "sunny", "sunlight"]},
        "es": {"match": ["mediodía", "soleado", "luz del sol", "pleno día", "sol brillaba", "sol calentaba"]},
        "fr": {"match": ["midi", "après midi", "ensoleillé", "plein jour", "grand soleil"]},
        "de": {"match": ["mittag", "nachmittag", "sonnenschein", "sonnig", "tageslicht", "sonnenlicht"]},
        "it": {"match": ["mezzogiorno", "pomeriggio", "soleggiato", "assolato", "luce del sole", "pieno giorno"]},
    },
    "sunset": {
        "en": {"match": ["sunset", "dusk", "twilight", "sundown"]},
        "es": {"match": ["atardecer", "ocaso", "crepúsculo", "puesta de sol", "puesta del sol"]},
        "fr": {"match": ["crépuscule", "couchant", "coucher de soleil", "coucher du soleil"]},
        "de": {"match": ["sonnenuntergang", "dämmerung", "abendrot", "abenddämmerung"]},
        "it": {"match": ["tramonto", "crepuscolo", "imbrunire"]},
    },
    "evening": {
        "en": {"match": ["evening", "supper", "dinner", "nightfall"]},
        "es": {"match": ["anochecer", "cena", "cenar"]},
        "fr": {"match": ["soir", "soirée", "dîner", "souper"]},
        "de": {"match": ["abend", "abendessen", "abends"]},
        "it": {"match": ["sera", "serata", "cena"]},
    },
    "night": {
        "en": {"match": ["night", "midnight", "moonlight", "starlight", "bedtime", "goodnight", "nighttime"]},
        "es": {"match": ["noche", "medianoche", "luz de luna", "luz de la luna"]},
        "fr": {"match": ["nuit", "minuit", "clair de lune"]},
        "de": {"match": ["nacht", "mitternacht", "mondschein", "mondlicht", "sternenlicht", "nachts"]},
        "it": {"match": ["notte", "mezzanotte", "buonanotte", "chiaro di luna", "nottata"]},
    },
}
