"""Draws the README's example pictures: one five-minute story per language, written by
the offline composer and illustrated by the offline picture provider, as a strip of its
scenes (docs/examples/<language>.png). Prints the README's block for each story: title,
opening, and what each picture shows (place, time of day, the companions and things the
scene names).

    uv run python docs/examples/draw_examples.py [--out docs/examples] [--tile 200]

No stack, no key, no network: the same offline providers `storyloom up` runs with.
The output is deterministic (fixed seeds), so running it again changes nothing unless
the composer or the pictures changed.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from PIL import Image

from activities.providers.offline.composer import write_story_text
from activities.providers.offline.pictures import plan_picture, render_scene
from activities.providers.offline.scenes import extract_scenes
from contracts.pace import count_words
from contracts.story import HeroProfile, IllustrationRequest, StoryBrief

SECONDS = 300
GAP = 4
EXAMPLES = [
    ("en", 21, "magical_forest_adventure",
     HeroProfile("Luna", "brave", "kind", appearance="red curly hair and a yellow raincoat",
                 special_ability="talks to fireflies")),
    ("es", 22, "space_exploration",
     HeroProfile("Mateo", "valiente", "amable", appearance="pelo castaño y una bufanda verde")),
    ("fr", 23, "cloud_castle_journey",
     HeroProfile("Camille", "curieuse", "gentille", appearance="des tresses brunes et un ciré jaune")),
    ("de", 24, "underwater_treasure_hunt",
     HeroProfile("Jonas", "mutig", "freundlich", appearance="blonde Haare und eine rote Mütze")),
    ("it", 25, "animal_language_learning",
     HeroProfile("Giulia", "coraggiosa", "gentile", appearance="capelli neri e un vestito a fiori")),
]


# How the README names each language, its strip and its figures.
LABELS = {
    "en": ("English", "English scenes", "words", "scenes"),
    "es": ("Español", "Escenas", "palabras", "escenas"),
    "fr": ("Français", "Scènes", "mots", "scènes"),
    "de": ("Deutsch", "Szenen", "Wörter", "Szenen"),
    "it": ("Italiano", "Scene", "parole", "scene"),
}
QUOTED_SENTENCES = 3


def shown(plan) -> str:
    """What one picture shows, in a few words: place, time of day, what the scene names."""
    named = [c if n == 1 else f"{c} ×{n}" for c, n in plan.companions] + list(plan.things)
    place = plan.backdrop.replace("_", " ")
    return f"{place}, {plan.time}" + (": " + ", ".join(n.replace("_", " ") for n in named) if named else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    parser.add_argument("--tile", type=int, default=200)
    arguments = parser.parse_args()
    out = Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    for language, seed, event, hero in EXAMPLES:
        brief = StoryBrief(language, SECONDS, seed, hero, event)
        story = write_story_text(brief)
        drafts = extract_scenes(story, brief)
        requests = [IllustrationRequest(d, language, seed, hero, event, None, len(drafts)) for d in drafts]
        tile = arguments.tile
        strip = Image.new("RGB", (len(requests) * (tile + GAP) - GAP, tile), (255, 255, 255))
        for k, request in enumerate(requests):
            strip.paste(render_scene(request).resize((tile, tile), Image.LANCZOS), (k * (tile + GAP), 0))
        path = out / f"{language}.png"
        strip.save(path, format="PNG", optimize=True)
        name, alt, words, scenes = LABELS[language]
        opening = " ".join(re.split(r"(?<=[.!?])\s+", story.content.split("\n\n", 1)[0])[:QUOTED_SENTENCES])
        print(f"**{name}** · *{story.title}* · {count_words(story.content)} {words}, {len(drafts)} {scenes}")
        print(f"> {opening}")
        print()
        print(f"![{alt}](docs/examples/{path.name})")
        print()
        print("<sub>" + " · ".join(f"{k + 1} {shown(plan_picture(r))}" for k, r in enumerate(requests)) + "</sub>")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
