"""Scenes from any story text: even groups of paragraphs, emotion, importance, prompts.

Works on model-written stories too: only paragraphs, sentences and keyword cues in
the five languages are used, never the composer's own structure.
"""

from __future__ import annotations

import re

from activities.providers.offline.composer import invent_protagonist
from activities.providers.offline.events import GENERIC, SETTINGS, fold, setting_for, story_names
from activities.providers.offline.looks import derive_visual_profile, describe_look
from activities.providers.offline.scene_reading import PASSING_PLACES, SceneReading, is_worn, read_scene, time_for
from activities.providers.offline.vocabulary.companions import COMPANIONS
from activities.providers.offline.vocabulary.objects import OBJECTS
from activities.providers.offline.vocabulary.places import PLACES
from contracts.pace import MAX_SCENES, MIN_SCENES, count_words
from contracts.story import SceneDraft, StoryBrief, StoryText
from contracts.vocabulary import EMOTIONS

_SENTENCE = re.compile(r"\S.*?(?:[.!?…]+(?:\s*[»”“\"’)])*(?=\s+(?![a-zà-ÿ»”’)])|\s*$)|$)", re.S)

# Keyword stems (accent-folded) that hint at an emotion, in en, es, fr, de, it.
EMOTION_CUES: dict[str, tuple[str, ...]] = {
    "joyful": ("laugh", "giggl", "happy", "cheer", "danc", "smil", "rio", "risa", "feliz", "alegr", "baila", "sonri",
               "rire", "rit", "heureu", "joie", "joyeu", "danse", "dansa", "lach", "kicher", "froh", "frohlich", "glucklich",
               "tanz", "risat", "ride", "felic", "allegr", "gioia", "ballo", "balla"),
    "peaceful": ("sleep", "bed", "blanket", "dream", "yawn", "quiet", "soft", "calm", "still", "dorm", "cama", "manta",
                 "sueno", "bostez", "tranquil", "suave", "calma", "lit", "couverture", "reve", "bail", "calme", "doux",
                 "schlaf", "bett", "decke", "traum", "gahn", "ruhig", "sanft", "still", "letto", "coperta", "sogn",
                 "sbadigl", "piano", "dolce"),
    "exciting": ("suddenly", "whoosh", "quick", "zoom", "hurr", "jump", "rush", "de repente", "rapido", "zas", "salt",
                 "soudain", "vite", "hop", "saut", "plotzlich", "schnell", "wusch", "spring", "improvvis", "veloc",
                 "zac", "salt", "sfrecci", "sauste", "trombe"),
    "mysterious": ("secret", "glow", "whisper", "mysteri", "strange", "hidden", "sparkl", "shimmer", "secreto", "brill",
                   "susurr", "misteri", "escond", "secret", "lumin", "chuchot", "myster", "cache", "scintill",
                   "geheim", "leucht", "flust", "versteck", "funkel", "schimmer", "segret", "sussurr", "nascost",
                   "luccic"),
    "heartwarming": ("hug", "thank", "friend", "love", "together", "abraz", "graci", "amig", "juntos", "cariño",
                     "calin", "merci", "ami", "ensemble", "umarm", "dank", "freund", "zusammen", "abbracc", "grazie",
                     "amic", "insieme"),
    "adventurous": ("journey", "path", "explor", "climb", "across", "river", "adventure", "camino", "aventur",
                    "trep", "cruz", "chemin", "aventure", "grimp", "travers", "weg", "abenteuer", "kletter", "uber",
                    "sentier", "avventur", "arrampic", "attravers"),
    "contemplative": ("think", "thought", "wonder", "remember", "pens", "record", "pregunt", "pense", "souvien",
                      "demand", "dacht", "denk", "erinner", "frag", "pensier", "ricord", "chies"),
}




_MOODS = {
    "joyful": "joyful, warm glowing light, cheerful colours",
    "peaceful": "peaceful, soft dusk blues, calm and cosy",
    "exciting": "exciting yet gentle, bright lively colours, a sense of wonder",
    "mysterious": "gently mysterious, soft violet light with glowing lights, magical, never dark or scary",
    "heartwarming": "heartwarming, rosy warm light, friends close together",
    "adventurous": "adventurous, fresh bright colours, a path leading onward",
    "contemplative": "quiet and thoughtful, soft lavender light",
}

_COMPANION_WORDS = {
    "squirrel": "a friendly red squirrel", "owl": "a wise old owl", "dragon": "a small friendly green dragon",
    "goat": "a kind mountain goat", "turtle": "a gentle sea turtle", "fish": "a little orange fish",
    "sheep": "a fluffy cloud sheep", "bird": "a little blue swallow", "mouse": "a tiny clockwork mouse",
    "grownup": "a kind old grown-up helper", "rabbit": "a soft moon rabbit", "robot": "a friendly little robot",
    "ladybug": "a ladybug", "snail": "a wise snail", "cat": "a fluffy cloud kitten", "duck": "a white goose",
    "moth": "a glowing moth", "whale": "a gentle cloud whale", "fox": "a friendly fox", "hedgehog": "a little hedgehog",
}


def _stems(text: str, names: tuple[str, ...] = ()) -> str:
    """Folded words of ``text`` between spaces, leaving out names (Luna is not the moon)."""
    skip = {fold(n) for n in names}
    words = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)*", fold(text)) if w not in skip]
    return " " + " ".join(words) + " "


_PATTERNS: dict[str, re.Pattern] = {}


def _pattern(cue: str) -> re.Pattern:
    """Long cues match as word beginnings; short ones only as whole words (or plurals)."""
    pattern = _PATTERNS.get(cue)
    if pattern is None:
        cue = cue.strip()
        if len(cue) <= 4:
            pattern = re.compile(rf" {re.escape(cue)}(?:s|es|e|n|en|a|o|i)?(?= )")
        else:
            pattern = re.compile(rf" {re.escape(cue)}")
        _PATTERNS[cue] = pattern
    return pattern


def _count(stems: str, cue: str) -> int:
    return len(_pattern(cue).findall(stems))




def emotion_scores(text: str, names: tuple[str, ...] = ()) -> dict[str, int]:
    stems = _stems(text, names)
    return {emotion: sum(_count(stems, cue) for cue in cues) for emotion, cues in EMOTION_CUES.items()}








def default_scene_count(words: int) -> int:
    return max(MIN_SCENES, min(MAX_SCENES, round(words / 140)))


# ------------------------------------------------------------------ splitting


def _paragraphs(content: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", content.replace("\r\n", "\n")) if p.strip()]


def _sentences(paragraph: str) -> list[str]:
    return [m.group(0).strip() for m in _SENTENCE.finditer(paragraph) if m.group(0).strip()]


def _partition(sizes: list[int], groups: int) -> list[int]:
    """Start indices of ``groups`` contiguous groups whose word counts are as even as possible."""
    n = len(sizes)
    prefix = [0]
    for size in sizes:
        prefix.append(prefix[-1] + size)
    mean = prefix[-1] / groups
    inf = float("inf")
    # cost[g][i]: best cost of splitting the first i units into g groups
    cost = [[inf] * (n + 1) for _ in range(groups + 1)]
    back = [[0] * (n + 1) for _ in range(groups + 1)]
    cost[0][0] = 0.0
    for g in range(1, groups + 1):
        for i in range(g, n - (groups - g) + 1):
            for j in range(g - 1, i):
                if cost[g - 1][j] == inf:
                    continue
                c = cost[g - 1][j] + (prefix[i] - prefix[j] - mean) ** 2
                if c < cost[g][i]:
                    cost[g][i], back[g][i] = c, j
    starts, i = [], n
    for g in range(groups, 0, -1):
        i = back[g][i]
        starts.append(i)
    return sorted(starts)


def split_story(content: str, count: int) -> list[str]:
    """``count`` text segments covering every word of ``content`` in order.

    Whole paragraphs are grouped when there are enough of them; otherwise sentences
    (and, for a very short text, words). "\\n\\n".join(result) restores the paragraphs
    whenever paragraphs were grouped.
    """
    paragraphs = _paragraphs(content)
    if not paragraphs:
        return []
    if len(paragraphs) >= count:
        units = [(p, i) for i, p in enumerate(paragraphs)]
    else:
        units = [(s, i) for i, p in enumerate(paragraphs) for s in _sentences(p)]
        if len(units) < count:
            units = [(w, i) for i, p in enumerate(paragraphs) for w in p.split()]
    count = min(count, len(units))
    starts = _partition([max(count_words(u), 1) for u, _ in units], count) + [len(units)]
    segments = []
    for a, b in zip(starts, starts[1:]):
        parts: list[str] = []
        last_paragraph = None
        for text, paragraph in units[a:b]:
            if parts and paragraph == last_paragraph:
                parts[-1] += " " + text
            else:
                parts.append(text)
            last_paragraph = paragraph
        segments.append("\n\n".join(parts))
    return segments


# ------------------------------------------------------------------ labelling




def _emotions(segments: list[str], names: tuple[str, ...] = ()) -> list[str]:
    total = len(segments)
    climax = total - 2
    labels = []
    for index, text in enumerate(segments):
        scores = emotion_scores(text, names)
        if index == total - 1:
            labels.append("peaceful")
            continue
        if index == 0:
            labels.append("peaceful" if scores["peaceful"] >= scores["joyful"] + 3 else "joyful")
            continue
        candidates = {k: float(v) for k, v in scores.items() if k not in ("peaceful",)}
        candidates["joyful"] *= 0.6  # the opening is the joyful one; the middle varies
        if index != climax:
            candidates["heartwarming"] *= 0.75  # friends are everywhere; keep it for the big moments
        if index == climax:
            candidates["exciting"] += 1  # the climax leans towards excitement
        best = max(candidates.values())
        if best <= 0:
            labels.append("exciting" if index == climax else "adventurous")
            continue
        # Prefer a different feeling from the previous scene when scores tie.
        ordered = sorted(candidates, key=lambda k: (-candidates[k], k == labels[-1], EMOTIONS.index(k)))
        labels.append(ordered[0])
    return labels


def _importance(segments: list[str]) -> list[str]:
    total = len(segments)
    climax = total - 2 if total >= 3 else total - 1
    sizes = sorted(count_words(s) for s in segments)
    median = sizes[len(sizes) // 2]
    labels = []
    for index, text in enumerate(segments):
        if index in (0, climax):
            labels.append("key")
        elif index == total - 1 or count_words(text) >= median:
            labels.append("major")
        else:
            labels.append("minor")
    return labels


def _setting_phrase(setting: str, reading: SceneReading) -> str:
    phrase = SETTINGS[setting].scene
    if reading.bedtime:
        return f"a cosy child's bedroom with a window showing {phrase}"
    return phrase


_TIME_PHRASES = {
    "morning": "in fresh morning sunshine",
    "day": "on a bright, sunny afternoon",
    "sunset": "at golden sunset with a pink sky",
    "evening": "in the blue evening as night falls, the first stars coming out",
    "night": "at night under a friendly moon and twinkling stars",
}
# Companions that are the friends already in every picture ("the friends went on").
_GROUP_WORDS = frozenset({"friend"})
_BEDCLOTHES = frozenset({"bed", "blanket", "pillow"})


def _english_plural(vocabulary: dict, concept: str) -> str:
    """"fireflies" from "the fireflies": the vocabulary's English plural, without its article."""
    return vocabulary[concept]["en"]["def_pl"].removeprefix("the ")


def illustration_prompt(
    text: str, index: int, total: int, setting: str, look: str, emotion: str, names: tuple[str, ...] = (),
    language: str = "en",
) -> str:
    """The English prompt for a model's picture of one scene, from the reading the offline
    picture is drawn from: the place and time of day the scene names, bedtime, and the
    companions and things it names in the vocabularies' English words."""
    reading = read_scene(text, language, names)
    friends = SETTINGS[setting].companions
    companions = [_COMPANION_WORDS.get(c.kind, f"a friendly {c.kind}") for c in friends]
    known = {c.kind for c in friends}
    extra = [f"friendly {_english_plural(COMPANIONS, n.concept)}" if n.plural
             else f"a friendly {COMPANIONS[n.concept]['draw']}"
             for n in reading.companions if n.concept not in known and n.concept not in _GROUP_WORDS][:2]
    things = [_english_plural(OBJECTS, n.concept) if n.plural else OBJECTS[n.concept]["draw"]
              for n in reading.objects
              if not is_worn(n.concept) and not (reading.bedtime and n.concept in _BEDCLOTHES)][:4]
    when = _TIME_PHRASES[time_for(reading, index, total)]
    places = [PLACES[p]["draw"] for p in reading.names("places") if p not in PASSING_PLACES]
    where = f"; this scene: the {places[0]}" if places and not reading.bedtime else ""
    parts = [
        "Soft watercolor storybook illustration for a children's bedtime story",
        f"Setting: {_setting_phrase(setting, reading)}{where}, {when}",
        f"The hero: {look}, the same look in every picture",
        "Companions close by: " + ", ".join(companions + extra),
    ]
    if things:
        parts.append("Details: " + ", ".join(things))
    parts.append(f"Mood: {_MOODS.get(emotion, emotion)}")
    parts.append("Gentle rounded shapes, bright soft colours, child-friendly, nothing frightening, no text")
    return ". ".join(parts) + "."


def extract_scenes(story: StoryText, brief: StoryBrief) -> list[SceneDraft]:
    content = story.content or ""
    words = count_words(content)
    count = brief.scene_count or default_scene_count(words)
    count = max(MIN_SCENES, min(MAX_SCENES, count))
    segments = split_story(content, count)
    if not segments:
        return []
    hero = brief.hero or invent_protagonist(brief.seed, brief.language)
    look = describe_look(derive_visual_profile(hero))
    setting = setting_for(brief.event_key, brief.event_text)
    if setting == GENERIC and not brief.event_key:
        setting = setting_for(None, story.title + " " + content)
    names = story_names(hero.name, setting)
    emotions = _emotions(segments, names)
    importance = _importance(segments)
    total = len(segments)
    return [
        SceneDraft(
            scene_number=index + 1,
            text_segment=text,
            illustration_prompt=illustration_prompt(text, index, total, setting, look, emotions[index], names,
                                                    brief.language),
            emotion=emotions[index],
            importance=importance[index],
        )
        for index, text in enumerate(segments)
    ]
