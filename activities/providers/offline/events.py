"""Language-neutral facts about each adventure: friends, setting keywords, picture hints."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from contracts.vocabulary import BUILT_IN_EVENTS

GENERIC = "meadow"  # custom and prompt stories without a recognisable setting


@dataclass(frozen=True)
class Companion:
    name: str
    kind: str  # what the picture draws: squirrel, owl, dragon, turtle, fish, ...
    color: tuple[int, int, int]


@dataclass(frozen=True)
class Setting:
    key: str
    scene: str  # English description for illustration prompts
    companions: tuple[Companion, Companion]


SETTINGS: dict[str, Setting] = {
    "magical_forest_adventure": Setting(
        "magical_forest_adventure",
        "a magical forest of tall friendly trees, glowing mushrooms and fireflies",
        (Companion("Pip", "squirrel", (196, 120, 64)), Companion("Olla", "owl", (150, 118, 92))),
    ),
    "friendly_dragon_encounter": Setting(
        "friendly_dragon_encounter",
        "rolling green dragon hills with a sparkling waterfall and a cosy cave",
        (Companion("Fumi", "dragon", (120, 190, 140)), Companion("Tilda", "goat", (236, 230, 220))),
    ),
    "underwater_treasure_hunt": Setting(
        "underwater_treasure_hunt",
        "a sunny sea floor with coral, swaying kelp, shells and bubbles",
        (Companion("Tula", "turtle", (110, 170, 120)), Companion("Bips", "fish", (255, 160, 60))),
    ),
    "cloud_castle_journey": Setting(
        "cloud_castle_journey",
        "a castle made of soft clouds high in the sky with a rainbow bridge",
        (Companion("Nimbo", "sheep", (250, 250, 255)), Companion("Stella", "bird", (120, 170, 240))),
    ),
    "time_travel_mission": Setting(
        "time_travel_mission",
        "a cosy clock tower full of golden gears and a big round clock face",
        (Companion("Tick", "mouse", (180, 180, 196)), Companion("Tock", "grownup", (120, 90, 160))),
    ),
    "space_exploration": Setting(
        "space_exploration",
        "outer space with friendly planets, stars, a little rocket and the moon",
        (Companion("Zuzu", "rabbit", (240, 236, 250)), Companion("Bip", "robot", (170, 200, 220))),
    ),
    "miniature_world_discovery": Setting(
        "miniature_world_discovery",
        "a tiny world among giant grass blades, flowers and dewdrops",
        (Companion("Lilli", "ladybug", (230, 60, 60)), Companion("Momo", "snail", (214, 170, 110))),
    ),
    "weather_wizard_training": Setting(
        "weather_wizard_training",
        "a weather workshop in a round tower with jars of clouds, rainbows and snowflakes",
        (Companion("Puff", "cat", (200, 210, 235)), Companion("Nimbus", "grownup", (90, 110, 180))),
    ),
    "animal_language_learning": Setting(
        "animal_language_learning",
        "a sunny animal meadow with a pond, a barn and wildflowers",
        (Companion("Mira", "rabbit", (200, 170, 140)), Companion("Gus", "duck", (250, 250, 245))),
    ),
    "dream_world_adventure": Setting(
        "dream_world_adventure",
        "a dreamy sky of floating islands, pillow clouds and gentle stars",
        (Companion("Luma", "moth", (250, 230, 150)), Companion("Oli", "whale", (150, 170, 230))),
    ),
    GENERIC: Setting(
        GENERIC,
        "a wide flowery meadow with a winding path, a little hill and a big tree",
        (Companion("Fino", "fox", (232, 130, 60)), Companion("Nell", "hedgehog", (150, 110, 80))),
    ),
}

# Words (any of the five languages) that point a free text at one of the settings.
_SETTING_CUES: dict[str, tuple[str, ...]] = {
    "magical_forest_adventure": (
        "forest", "wood", "tree", "mushroom", "firefl", "bosque", "arbol", "seta", "foret", "arbre",
        "champignon", "wald", "baum", "pilz", "glühwürm", "gluhwurm", "bosco", "foresta", "albero", "fung",
    ),
    "friendly_dragon_encounter": ("dragon", "drach", "drago"),
    "underwater_treasure_hunt": (
        "sea", "ocean", "underwater", "mermaid", "fish", "treasure", "coral", "mar", "oceano", "pez",
        "tesoro", "sirena", "mer", "poisson", "tresor", "sirene", "meer", "fisch", "schatz", "unterwasser",
        "nixe", "pesce", "mare", "sirena",
    ),
    "cloud_castle_journey": (
        "cloud", "castle", "rainbow", "sky", "nube", "castillo", "arcoiris", "cielo", "nuage", "chateau",
        "arc-en-ciel", "ciel", "wolke", "schloss", "burg", "regenbogen", "himmel", "nuvola", "castello",
        "arcobaleno",
    ),
    "time_travel_mission": (
        "time", "clock", "dinosaur", "past", "future", "tiempo", "reloj", "dinosaurio", "pasado", "futuro",
        "temps", "horloge", "dinosaure", "passe", "zeit", "uhr", "dinosaurier", "zukunft", "tempo",
        "orologio", "passato",
    ),
    "space_exploration": (
        "space", "star", "planet", "moon", "rocket", "astronaut", "espacio", "estrella", "planeta", "luna",
        "cohete", "espace", "etoile", "planete", "lune", "fusee", "weltraum", "stern", "planet", "mond",
        "rakete", "spazio", "stella", "pianeta", "razzo",
    ),
    "miniature_world_discovery": (
        "tiny", "miniature", "small", "ant", "insect", "ladybug", "diminut", "pequen", "hormiga", "mariquita",
        "minuscule", "fourmi", "coccinelle", "winzig", "klein", "ameise", "marienkafer", "minuscol",
        "formica", "coccinella",
    ),
    "weather_wizard_training": (
        "weather", "wizard", "rain", "snow", "storm", "wind", "clima", "tiempo", "mago", "lluvia", "nieve",
        "meteo", "sorcier", "magicien", "pluie", "neige", "wetter", "zauberer", "regen", "schnee",
        "pioggia", "neve", "mago",
    ),
    "animal_language_learning": (
        "animal", "farm", "talk", "meadow", "bird", "dog", "cat", "rabbit", "granja", "hablar", "perro",
        "gato", "conejo", "ferme", "parler", "chien", "chat", "lapin", "tier", "bauernhof", "sprechen",
        "hund", "katze", "hase", "animale", "fattoria", "parlare", "cane", "gatto", "coniglio",
    ),
    "dream_world_adventure": (
        "dream", "sleep", "pillow", "night", "sueno", "almohada", "noche", "reve", "oreiller", "nuit",
        "traum", "kissen", "nacht", "sogno", "cuscino", "notte",
    ),
}


def fold(text: str) -> str:
    """Lower case without accents, for keyword matching in any of the five languages."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _matches(word: str, cue: str) -> bool:
    if len(cue) <= 4:  # short cues only as whole words (or plurals): "sea" is not "season"
        return word in (cue, cue + "s", cue + "es")
    return word.startswith(cue)


def setting_for(event_key: str | None, event_text: str | None = None) -> str:
    """The setting a story takes place in: the event's own, else one guessed from text."""
    if event_key in BUILT_IN_EVENTS:
        return event_key
    if event_text:
        words = re.findall(r"[a-z]+(?:-[a-z]+)*", fold(event_text))
        best, best_score = GENERIC, 0
        for key, cues in _SETTING_CUES.items():
            score = sum(1 for word in words for cue in cues if _matches(word, cue))
            if score > best_score:
                best, best_score = key, score
        return best
    return GENERIC


def story_names(hero_name: str, setting: str) -> tuple[str, ...]:
    """Names in a story that must not be read as words (a hero called Luna, Stella the swallow)."""
    return (hero_name, *(c.name for c in SETTINGS[setting].companions))
