"""Offline story writing: native templates per language, sized to the requested duration.

A story is built as paragraphs of candidate sentences, each with a priority. The
must-have sentences (the arc: home, look, call, friends, every episode's turn, bed)
come first; richer sentences are added by priority until the word count reaches
``target_duration_seconds * NARRATION_WORDS_PER_MINUTE / 60``.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field

from activities.providers.offline.bank import bank
from activities.providers.offline.events import SETTINGS, fold, setting_for
from activities.providers.offline.understanding import Understood, understand, understand_ability, understood_setting
from activities.providers.offline.vocabulary.appearance import describe_looks, read_looks
from activities.providers.offline.weaving import weave
from contracts.pace import NARRATION_WORDS_PER_MINUTE, count_words
from contracts.story import HeroProfile, SceneDraft, StoryBrief, StoryText
from contracts.vocabulary import LANGUAGES

MIN_EPISODES, MAX_EPISODES = 3, 5
_VOWELS = set("aeiouyàâäéèêëîïôöûüœæ")


def target_words(seconds: int) -> float:
    return seconds * NARRATION_WORDS_PER_MINUTE / 60.0


def story_language(language: str | None) -> str:
    language = (language or "").strip().lower()[:2]
    return language if language in LANGUAGES else "en"


# --------------------------------------------------------------------------- traits


def trait_key(word: str) -> str | None:
    """The canonical trait behind a word in any of the five languages, if known."""
    folded = fold(word.strip())
    for language in LANGUAGES:
        for key, trait in bank(language)["traits"].items():
            if folded in (fold(form) for form in trait["forms"]):
                return key
    return None


def trait_phrase(language: str, word: str) -> tuple[str | None, str]:
    """(canonical trait, a phrase that completes "always …" without agreement trouble).

    A trait already written in the story's language is the bank's own word ("so
    brave", "tan valiente"); a known trait in another language uses the story
    language's own phrase ("con mucho valor"); an unknown trait is not copied: the
    hero is simply kind.
    """
    material = bank(language)
    word = re.sub(r"[<>\"“”«»„]", "", word).strip().lower() or "kind"
    for key, trait in material["traits"].items():
        if fold(word) in (fold(form) for form in trait["forms"]):
            return key, f"{material['intensifier']} {word}"
    key = trait_key(word) or "kind"
    return key, material["traits"][key]["quality"]


# ------------------------------------------------------------------ protagonists


def invent_protagonist(seed: int, language: str) -> HeroProfile:
    """A gentle hero for stories written from a prompt alone (same seed, same hero)."""
    language = story_language(language)
    rng = random.Random(f"protagonist|{seed}|{language}")
    invented = bank(language)["invented"]
    first, second = rng.sample(["curious", "kind", "brave", "cheerful", "gentle", "clever", "creative"], 2)
    return HeroProfile(
        name=rng.choice(invented["names"]),
        primary_trait=first,
        secondary_trait=second,
        appearance=rng.choice(invented["appearances"]),
    )


def story_hero(brief: StoryBrief) -> HeroProfile:
    return brief.hero if brief.hero is not None else invent_protagonist(brief.seed, brief.language)


def _name_fields(language: str, name: str) -> dict[str, str]:
    if language == "de":
        genitive = name + ("’" if name[-1:].lower() in "sßxz" else "s")
    else:
        genitive = name + "’s"
    de_name = ("d'" if name[:1].lower() in _VOWELS else "de ") + name
    return {"name": name, "name_gen": genitive, "de_name": de_name}


# ------------------------------------------------------------------ composition


@dataclass
class _Line:
    text: str
    priority: int
    repeatable: bool = False
    chosen: bool = False


@dataclass
class _Paragraph:
    lines: list[_Line] = field(default_factory=list)

    def add(self, text: str | None, priority: int, repeatable: bool = False) -> None:
        if text:
            self.lines.append(_Line(text, priority, repeatable))

    def render(self) -> str:
        return " ".join(line.text for line in self.lines if line.chosen)


class _Picker:
    """Draws from a list without repeating until every item has been used."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._decks: dict[str, list] = {}

    def __call__(self, key: str, items: list):
        deck = self._decks.get(key)
        if not deck:
            deck = list(items)
            self._rng.shuffle(deck)
            self._decks[key] = deck
        return deck.pop()


def episode_count(brief: StoryBrief) -> int:
    words = target_words(brief.target_duration_seconds)
    if brief.scene_count:
        # Enough episodes for the requested scenes, but a long story needs more
        # episodes than three to fill its minutes.
        wanted = max(brief.scene_count, 5 if words >= 1100 else 4 if words >= 800 else 3)
    else:
        wanted = 3 if words < 300 else 4 if words < 900 else 5
    # A one-minute story has room for three short episodes, not six.
    room = 3 + max(0, int((words - 130) // 70))
    return max(MIN_EPISODES, min(MAX_EPISODES, wanted, room))


class _Composer:
    def __init__(self, brief: StoryBrief) -> None:
        self.brief = brief
        self.language = story_language(brief.language)
        self.m = bank(self.language)
        self.hero = story_hero(brief)
        self.custom = brief.event_key not in SETTINGS and bool(brief.event_text)
        understood = understand(brief.event_text, self.language) if self.custom else Understood()
        self.setting = understood_setting(understood) or setting_for(brief.event_key, brief.event_text)
        self.pack = self.m["events"][self.setting]
        companions = SETTINGS[self.setting].companions
        self.rng = random.Random(
            f"story|{brief.seed}|{self.language}|{brief.event_key}|{brief.event_text}|{self.hero.name}"
        )
        self.pick = _Picker(self.rng)
        self.target = target_words(brief.target_duration_seconds)
        self.short = self.target < 250
        self.trait1, tp1 = trait_phrase(self.language, self.hero.primary_trait or "kind")
        self.trait2, tp2 = trait_phrase(self.language, self.hero.secondary_trait or "curious")
        names = _name_fields(self.language, self.hero.name.strip() or "Luna")
        ability = understand_ability(self.hero.special_ability, self.language)
        self.weave = weave(understood, ability, self.language, names, {c.kind: c.name for c in companions})
        self.looks = describe_looks(read_looks(self.hero.appearance or "", None), self.language, names["name"])
        self.fields = {
            **names,
            "friend": companions[0].name,
            "friend2": companions[1].name,
            "tp1": tp1,
            "tp2": tp2,
        }
        self.episodes = episode_count(brief)

    # -- helpers -----------------------------------------------------------

    def say(self, template: str, **extra: str) -> str:
        return template.format(**{**self.fields, **extra})

    def choose(self, key: str, **extra: str) -> str:
        items = self.m[key]
        if self.short and len(items) > 2:
            # A one-minute story picks among the two most compact wordings.
            items = sorted(items, key=lambda t: (count_words(t), t))[:2]
        return self.say(self.pick(key, items), **extra)

    def trait_action(self, which: int, variant: int) -> str:
        key = self.trait1 if which == 1 else self.trait2
        if key is not None:
            actions = self.m["traits"][key]["actions"]
            return self.say(actions[variant % len(actions)])
        return self.choose("trait_apposition", tp=self.fields[f"tp{which}"])

    def ability_action(self) -> str | None:
        return self.weave.say("ability_turn") if self.weave.has_ability else None

    def episode_plan(self) -> list[tuple[str, str]]:
        own = list(self.pack["episodes"])
        generic = list(self.m["generic_episodes"])
        self.rng.shuffle(generic)
        n = self.episodes
        if self.short and len(own) >= n:
            # Little room: one of the most compact choices of episodes, in story order.
            choices = [list(c) for c in itertools.combinations(range(len(own)), n)]
            size = {tuple(c): sum(count_words(own[i][1]) for i in c) for c in choices}
            smallest = min(size.values())
            compact = [c for c in choices if size[tuple(c)] <= smallest + 3]
            return [own[i] for i in self.rng.choice(compact)]
        if len(own) >= n:
            # Keep the climax (the last one) and the order; drop from the middle.
            keep = sorted(self.rng.sample(range(len(own) - 1), n - 1)) + [len(own) - 1]
            return [own[i] for i in keep]
        fill = generic[: n - len(own)]
        if not own:
            return fill
        return own[:-1] + fill + own[-1:]

    # -- the arc -----------------------------------------------------------

    def build(self) -> list[_Paragraph]:
        f = self.fields
        paragraphs: list[_Paragraph] = []
        refrain = self.say(self.pick("refrain", self.m["refrains"]))

        opening = _Paragraph()
        opening.add(self.choose("home"), 0)
        opening.add(self.choose("love"), 3)
        opening.add(self.choose("home_life"), 5)
        opening.add(self.looks, 0)
        opening.add(self.choose("trait_intro"), 3)
        if self.weave.has_ability:
            opening.add(self.weave.say("ability_intro"), 3)
        opening.add(self.choose("evening"), 5)
        opening.add(self.choose("home_life"), 6)
        paragraphs.append(opening)
        paragraphs.append(self.set_piece("morning", 7))

        call = _Paragraph()
        calls = self.pack["call"]
        woven = self.weave
        if self.custom:
            # The setting's call comes first: it tells when the adventure began ("One
            # evening, ..."), and the woven lines follow without a time of their own, so
            # a new companion never arrives "that morning" before an evening's call.
            call.add(self.say(calls[0]), 0 if woven.companion_is_known else 2)
            for key, wanted in (("meet", woven.has_companion and not woven.companion_is_known),
                                ("wish", woven.companion_wishes),
                                ("trouble", woven.has_obstacle),
                                ("hero_wish", woven.has_goal and not woven.companion_wishes),
                                ("promise", woven.promise_fits and not woven.companion_helps),
                                ("helper_promise", woven.companion_helps)):
                if wanted:
                    call.add(woven.say(key), 0)
        else:
            call.add(self.say(calls[0]), 0)
        call.add(self.say(calls[1]), 4)
        call.add(self.say(calls[2]), 5)
        call.add(self.say(self.pack["friends"]), 0)
        call.add(refrain, 4, repeatable=True)
        paragraphs.append(call)

        plan = self.episode_plan()
        # Which gift solves each episode: both traits first, then the special ability.
        turns = [(1, 0), (2, 0)] + ([("ability", 0)] if woven.has_ability else []) + [(1, 1), (2, 1)]
        details = list(self.pack["details"])
        for number, (problem, fix) in enumerate(plan):
            paragraphs.append(self.journey())
            episode = _Paragraph()
            if number > 0:
                episode.add(self.choose("transition"), 4)
            episode.add(self.say(problem), 2)
            for line, priority in self.woven_episode(number, len(plan)):
                episode.add(line, priority)
            if details:
                episode.add(self.say(details.pop(0)), 4)
            else:
                episode.add(self.choose("wonder"), 5)
            first = turns[number % len(turns)]
            episode.add(self.turn(first), 1 if number < 2 else 3)
            episode.add(self.choose("friend_say"), 4)
            episode.add(self.choose("friend_help"), 5)
            episode.add(self.say(fix), 0)
            spare = [t for t in turns if t not in turns[: len(plan)]]
            if number < len(spare):
                episode.add(self.turn(spare[number]), 5)
            else:
                episode.add(self.choose("trait_apposition", tp=f["tp1" if number % 2 else "tp2"]), 6)
            episode.add(self.choose("joy"), 4)
            episode.add(refrain, 4 if number == len(plan) - 1 else 6, repeatable=True)
            paragraphs.append(episode)
            if number == len(plan) // 2 - 1:
                paragraphs.append(self.set_piece("picnic", 7))

        resolution = _Paragraph()
        if woven.has_goal:
            resolution.add(woven.say("goal_done"), 0)
        if woven.has_obstacle:
            resolution.add(woven.say("solved"), 0)
        if woven.companion_helps:
            resolution.add(woven.say("thanks_helper"), 2)
        elif woven.has_companion:
            resolution.add(woven.say("thanks"), 2)
        resolution.add(self.say(self.pack["goal_done"]), 2)
        resolution.add(self.choose("resolution"), 4)
        resolution.add(self.choose("thanks"), 3)
        resolution.add(self.choose("reflect"), 6)
        resolution.add(self.choose("way_home"), 4)
        resolution.add(self.choose("reflect"), 6)
        paragraphs.append(resolution)

        ending = _Paragraph()
        ending.add(self.choose("ending_home"), 4)
        ending.add(self.choose("ending_pajamas"), 5)
        ending.add(self.choose("ending_extra"), 6)
        ending.add(self.choose("ending_bed"), 0)
        ending.add(self.choose("ending_thoughts"), 5)
        ending.add(refrain, 3, repeatable=True)
        ending.add(self.choose("ending_extra"), 6)
        ending.add(self.choose("ending_eyes"), 3)
        ending.add(self.choose("ending_breath"), 4)
        for line in self.m["goodnights"]:
            ending.add(self.say(line), 6)
        ending.add(self.choose("goodnight"), 0)
        paragraphs.append(ending)
        return paragraphs

    def woven_episode(self, number: int, episodes: int) -> list[tuple[str, int]]:
        """What the parent's event adds to episode `number`: the way to its place,
        whoever else was named joining, the companion at the hero's side, something
        found, the wish practised."""
        woven, lines = self.weave, []
        if not self.custom:
            return lines
        if number == 0 and woven.has_place:
            lines += [(woven.say("set_off"), 1), (woven.say("at_place"), 3)]
        if number == 0 and woven.has_second_companion:
            lines.append((woven.say("joined"), 1))
        if number == 1 and woven.has_object:
            lines.append((woven.say("found"), 1))
        if woven.has_goal and number == episodes - 2:
            lines += [(woven.say("practice"), 1), (woven.say("try_again"), 3)]
        elif woven.has_obstacle and number == episodes - 2:
            lines += [(woven.say("struggle"), 1), (woven.say("try_again"), 3)]
        if woven.has_companion and number in (1, episodes - 1):
            lines.append((woven.say("beside"), 3))
        return lines

    def turn(self, which) -> str:
        kind, variant = which
        if kind == "ability":
            return self.ability_action() or self.trait_action(1, 1)
        return self.trait_action(kind, variant)

    def set_piece(self, key: str, priority: int) -> _Paragraph:
        piece = _Paragraph()
        for line in self.m[key]:
            piece.add(self.say(line), priority)
        return piece

    def journey(self) -> _Paragraph:
        """A calm stretch of road between two episodes (only long stories keep it)."""
        journey = _Paragraph()
        journey.add(self.choose("journey"), 6)
        journey.add(self.choose("wonder"), 6)
        journey.add(self.choose("friend_say"), 7)
        journey.add(self.choose("journey"), 7)
        journey.add(self.choose("wonder"), 8)
        journey.add(self.choose("journey"), 8)
        return journey

    # -- sizing --------------------------------------------------------------

    def fit(self, paragraphs: list[_Paragraph]) -> None:
        target = self.target
        # Very short stories have little room to manoeuvre: allow a little more.
        upper = target * (1.14 if target < 250 else 1.08)
        total = 0
        used: set[str] = set()
        ordered = sorted(
            ((line.priority, p, i, line) for p, para in enumerate(paragraphs) for i, line in enumerate(para.lines)),
            key=lambda item: item[:3],
        )
        for priority, _p, _i, line in ordered:
            words = count_words(line.text)
            if priority == 0:
                line.chosen, total = True, total + words
                used.add(line.text)
        for priority, _p, _i, line in ordered:
            if priority == 0 or total >= target:
                continue
            if line.text in used and not line.repeatable:
                continue  # never the same sentence twice (the refrain excepted)
            words = count_words(line.text)
            if total + words <= upper:
                line.chosen, total = True, total + words
                used.add(line.text)

    def title(self) -> str:
        if self.brief.title_hint and self.brief.title_hint.strip():
            # A /stories title is the parent's name for the story (checked like any input).
            return re.sub(r"\s+", " ", self.brief.title_hint).strip()[:200]
        if self.custom and self.weave.has_companion:
            return self.weave.say("title_companion")
        if self.custom and self.weave.has_place:
            return self.weave.say("title_place")
        if self.custom and self.weave.has_goal:
            return self.weave.say("title_goal")  # the wish is the adventure
        titles = self.m["custom_titles"] if self.custom else self.pack["titles"]
        return self.say(self.rng.choice(titles))

    def write(self) -> StoryText:
        title = self.title()
        paragraphs = self.build()
        self.fit(paragraphs)
        text = "\n\n".join(p for p in (para.render() for para in paragraphs) if p)
        text = re.sub(r"[ \t]+", " ", text)
        if self.language == "es":
            text = spanish_conjunctions(text)
        return StoryText(title=title, content=text)


def spanish_conjunctions(text: str) -> str:
    """"y" becomes "e" before an /i/ sound ("Luna e Inés"), as Spanish requires."""
    return re.sub(r"\b([Yy]) (?=(?:[IiÍí]|[Hh][IiÍí])(?![aeoáéó]))", lambda m: ("E" if m.group(1) == "Y" else "e") + " ", text)


def write_story_text(brief: StoryBrief) -> StoryText:
    return _Composer(brief).write()


class OfflineTextProvider:
    """Stories and scenes without any model: templates written natively per language."""

    name = "offline"

    async def write_story(self, brief: StoryBrief, guidance: list[str] | None = None) -> StoryText:
        # The composer only writes from child-safe vocabularies; another seed is its other draft.
        return write_story_text(brief)

    async def extract_scenes(self, story: StoryText, brief: StoryBrief) -> list[SceneDraft]:
        from activities.providers.offline.scenes import extract_scenes

        return extract_scenes(story, brief)
