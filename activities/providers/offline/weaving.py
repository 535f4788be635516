"""Understood pieces written into a story's own language.

The composer's arc asks for sentences here ("a companion arrives", "the hero's gift
solves it", "at last the wish comes true"); each is a native template per language
filled with phrases from the curated vocabularies, never with a parent's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from activities.providers.offline.grammar import PRONOUN
from activities.providers.offline.understanding import LOST_AND_FOUND, Goal, Understood, acted_on
from activities.providers.offline.vocabulary.actions import ACTIONS
from activities.providers.offline.vocabulary.companions import COMPANIONS
from activities.providers.offline.vocabulary.objects import OBJECTS
from activities.providers.offline.vocabulary.obstacles import OBSTACLES
from activities.providers.offline.vocabulary.places import PLACES

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "meet": "Soon after, {c_indef} came to {name_gen} door.",
        "wish": "{C_def} wanted to {goal} more than anything in the world.",
        "trouble": "But {c_def} {problem}.",
        "hero_wish": "{name} had one big wish: to {goal}.",
        "promise": "“I will help you,” said {name}. “We can do it together.”",
        "helper_promise": "“I will help you,” said {c_def}. “We can do it together.”",
        "thanks_helper": "“Thank you for helping me,” {name} whispered to {c_def}.",
        "set_off": "So they set off together, {p_to}.",
        "at_place": "{P_at}, everything was quiet and shimmering.",
        "practice": "{C_who} tried to {goal}, once, and then once more. It was not easy at all.",
        "struggle": "{C_def} tried once, and then once more, and {name} cheered at every little step.",
        "try_again": "“Try again,” whispered {name}. “Slowly, little by little.”",
        "beside": "{C_def} stayed close by {name_gen} side.",
        "found": "On the way, they found {o_indef}, shining softly in the grass.",
        "joined": "Along the way, {c2_indef} joined them, glad to lend a hand.",
        "ability_intro": "And {name} had a special gift that nobody else had: {name} could {ability}.",
        "ability_turn": "Then {name} had an idea. {name} could {ability}, and that was just what they needed.",
        "goal_done": "And then, at last, {who} could {goal}!",
        "solved": "From that evening on, {c_def} {solved}.",
        "thanks": "“Thank you, {name},” said {c_def} softly.",
        "title_companion": "{name} and {c_def}",
        "title_place": "{name} {p_at}",
        "title_goal": "The day {name} wanted to {goal}",
    },
    "es": {
        "meet": "Poco después, {c_indef} llegó a la puerta de {name}.",
        "wish": "{C_def} quería {goal} más que nada en el mundo.",
        "trouble": "Pero {c_def} {problem}.",
        "hero_wish": "{name} tenía un gran deseo: {goal}.",
        "promise": "—Yo te ayudaré —dijo {name}—. Juntos lo conseguiremos.",
        "helper_promise": "—Yo te ayudaré —dijo {c_def}—. Juntos lo conseguiremos.",
        "thanks_helper": "—Gracias por ayudarme —le susurró {name} a {c_def}.",
        "set_off": "Así que se fueron juntos {p_to}.",
        "at_place": "{P_at}, todo estaba tranquilo y brillaba suavemente.",
        "practice": "{C_who} intentó {goal} una vez, y luego otra más. No era nada fácil.",
        "struggle": "{C_def} lo intentó una vez, y luego otra más, y {name} aplaudía cada pasito.",
        "try_again": "—Prueba otra vez —susurró {name}—. Despacito, poco a poco.",
        "beside": "{C_def} se quedó muy cerca de {name}.",
        "found": "Por el camino encontraron {o_indef} que brillaba suavemente entre la hierba.",
        "joined": "Por el camino, {c2_indef} se unió a ellos para echarles una mano.",
        "ability_intro": "Y {name} tenía un don especial que nadie más tenía: podía {ability}.",
        "ability_turn": "Entonces {name} tuvo una idea. {name} podía {ability}, y eso era justo lo que necesitaban.",
        "goal_done": "¡Y entonces, por fin, {who} pudo {goal}!",
        "solved": "Desde aquella noche, {c_def} {solved}.",
        "thanks": "—Gracias, {name} —dijo {c_def} en voz bajita.",
        "title_companion": "{name} y {c_def}",
        "title_place": "{name} {p_at}",
        "title_goal": "El día que {name} quiso {goal}",
    },
    "fr": {
        "meet": "Peu après, {c_indef} vint frapper à la porte {de_name}.",
        "wish": "{C_def} voulait {goal} plus que tout au monde.",
        "trouble": "Mais {c_def} {problem}.",
        "hero_wish": "{name} avait un grand souhait : {goal}.",
        "promise": "« Je vais t'aider, dit {name}. Ensemble, nous y arriverons. »",
        "helper_promise": "« Je vais t'aider, dit {c_def}. Ensemble, nous y arriverons. »",
        "thanks_helper": "« Merci pour ton aide », murmura {name} à {c_def}.",
        "set_off": "Alors ils partirent ensemble {p_to}.",
        "at_place": "{P_at}, tout était calme et scintillant.",
        "practice": "{C_who} essaya de {goal}, une fois, puis encore une fois. Ce n'était pas facile du tout.",
        "struggle": "{C_def} essaya une fois, puis encore une fois, et {name} applaudissait à chaque petit progrès.",
        "try_again": "« Essaie encore, murmura {name}. Doucement, petit à petit. »",
        "beside": "{C_def} restait tout près {de_name}.",
        "found": "En chemin, ils trouvèrent {o_indef} qui brillait doucement dans l'herbe.",
        "joined": "En chemin, {c2_indef} les rejoignit pour leur donner un coup de main.",
        "ability_intro": "Et {name} avait un don que personne d'autre n'avait : {name} pouvait {ability}.",
        "ability_turn": "Alors {name} eut une idée. {name} pouvait {ability}, et c'était exactement ce qu'il fallait.",
        "goal_done": "Et alors, enfin, {who} put {goal} !",
        "solved": "Depuis ce soir-là, {c_def} {solved}.",
        "thanks": "« Merci, {name} », murmura {c_def}.",
        "title_companion": "{name} et {c_def}",
        "title_place": "{name} {p_at}",
        "title_goal": "Le jour où {name} voulut {goal}",
    },
    "de": {
        "meet": "Kurz darauf kam {c_indef} an {name_gen} Tür.",
        "wish": "{C_def} wollte so gern {goal}, mehr als alles auf der Welt.",
        "trouble": "Aber {c_def} {problem}.",
        "hero_wish": "{name} hatte einen großen Wunsch: endlich {goal}.",
        "promise": "„Ich helfe dir“, sagte {name}. „Zusammen schaffen wir das.“",
        "helper_promise": "„Ich helfe dir“, sagte {c_def}. „Zusammen schaffen wir das.“",
        "thanks_helper": "„Danke für deine Hilfe“, flüsterte {name} {c_dat} zu.",
        "set_off": "Also machten sie sich gemeinsam auf den Weg {p_to}.",
        "at_place": "{P_at} war alles still und glitzerte sanft.",
        "practice": "{C_who} versuchte es einmal und dann noch einmal. Es war gar nicht so leicht.",
        "struggle": "{C_def} versuchte es einmal und dann noch einmal, und {name} jubelte bei jedem kleinen Schritt.",
        "try_again": "„Versuch es noch einmal“, flüsterte {name}. „Ganz langsam, Schritt für Schritt.“",
        "beside": "{C_def} blieb ganz nah bei {name}.",
        "found": "Unterwegs fanden sie {o_acc_indef}, {o_rel} sanft im Gras leuchtete.",
        "joined": "Unterwegs schloss sich ihnen {c2_indef} an und half gern mit.",
        "ability_intro": "Und {name} hatte eine besondere Gabe, die sonst niemand hatte: {name} konnte {ability}.",
        "ability_turn": "Da hatte {name} eine Idee. {name} konnte {ability}, und genau das brauchten sie jetzt.",
        "goal_done": "Und dann, endlich, konnte {who} {goal}!",
        "solved": "Und von diesem Abend an galt: {C_def} {solved}.",
        "thanks": "„Danke, {name}“, flüsterte {c_def}.",
        "title_companion": "{name} und {c_def}",
        "title_place": "{name} {p_at}",
        "title_goal": "Wie {name} endlich {goal} konnte",
    },
    "it": {
        "meet": "Poco dopo, {c_indef} arrivò alla porta di {name}.",
        "wish": "{C_def} voleva tanto {goal}, più di ogni altra cosa al mondo.",
        "trouble": "Ma {c_def} {problem}.",
        "hero_wish": "{name} aveva un grande desiderio: {goal}.",
        "promise": "«Ti aiuterò io», disse {name}. «Insieme ce la faremo.»",
        "helper_promise": "«Ti aiuterò io», disse {c_def}. «Insieme ce la faremo.»",
        "thanks_helper": "«Grazie per il tuo aiuto», sussurrò {name} a {c_def}.",
        "set_off": "Così andarono insieme {p_to}.",
        "at_place": "{P_at} tutto era calmo e luccicava piano.",
        "practice": "{C_who} provò a {goal}, una volta e poi un'altra ancora. Non era per niente facile.",
        "struggle": "{C_def} ci provò una volta, e poi un'altra ancora, e {name} applaudiva a ogni piccolo passo.",
        "try_again": "«Prova ancora», sussurrò {name}. «Piano piano, un passo alla volta.»",
        "beside": "{C_def} restava vicino vicino a {name}.",
        "found": "Lungo la strada trovarono {o_indef} che brillava piano nell'erba.",
        "joined": "Lungo la strada, {c2_indef} si unì a loro per dare una mano.",
        "ability_intro": "E {name} aveva un dono speciale che nessun altro aveva: sapeva {ability}.",
        "ability_turn": "Allora {name} ebbe un'idea. {name} sapeva {ability}, ed era proprio ciò che serviva.",
        "goal_done": "E poi, finalmente, {who} riuscì a {goal}!",
        "solved": "Da quella sera, {c_def} {solved}.",
        "thanks": "«Grazie, {name}», sussurrò {c_def}.",
        "title_companion": "{name} e {c_def}",
        "title_place": "{name} {p_at}",
        "title_goal": "Il giorno in cui {name} volle {goal}",
    },
}

# The German "found" sentence's relative pronoun follows the object's gender.
_GERMAN_RELATIVE = {"m": "der", "f": "die", "n": "das"}

# Article and preposition contractions each language requires ("a el" → "al").
CONTRACTIONS: dict[str, list[tuple[str, str]]] = {
    "es": [(r"\b([Aa]) el\b", r"\1l"), (r"\b([Dd])e el\b", r"\1el")],
    "fr": [(r"\b([àÀ]) le\b", "au"), (r"\b([àÀ]) les\b", "aux"), (r"\b([Dd])e le\b", r"\1u"),
           (r"\b([Dd])e les\b", r"\1es"), (r"\b([Dd])e ([aeiouyhâàéèêîôû])", r"\1'\2")],
    "it": [(r"\b([Aa]) il\b", r"\1l"), (r"\b([Aa]) lo\b", r"\1llo"), (r"\b([Aa]) la\b", r"\1lla"),
           (r"\b([Aa]) l'", r"\1ll'"), (r"\b([Aa]) i\b", r"\1i"), (r"\b([Aa]) gli\b", r"\1gli"),
           (r"\b([Aa]) le\b", r"\1lle"), (r"\b([Dd])i il\b", r"\1el"), (r"\b([Dd])i lo\b", r"\1ello"),
           (r"\b([Dd])i la\b", r"\1ella"), (r"\b([Dd])i l'", r"\1ell'"), (r"\b([Dd])i i\b", r"\1ei"),
           (r"\b([Dd])i gli\b", r"\1egli"), (r"\b([Dd])i le\b", r"\1elle")],
    "de": [(r"\bzu dem\b", "zum"), (r"\bzu der\b", "zur"), (r"\bin dem\b", "im"), (r"\ban dem\b", "am"),
           (r"\bvon dem\b", "vom"), (r"\bbei dem\b", "beim")],
}


def contract(text: str, language: str) -> str:
    for pattern, replacement in CONTRACTIONS.get(language, []):
        text = re.sub(pattern, replacement, text)
    return text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _german_acc_indef(forms: dict) -> str:
    if forms.get("g") == "m" and forms.get("acc", "").startswith("den "):
        return "einen " + forms["acc"][4:]
    return forms["indef"]


def noun_forms(concept: str, kind: str, language: str) -> dict[str, str]:
    if kind == HERO:  # the hero, by name: "the wolf wanted to hug Lola"
        return {key: concept for key in ("def", "indef", "def_pl", "acc", "dat", "dat_pl")}
    table = COMPANIONS if kind == "companion" else OBJECTS
    return table[concept][language]


# The hero as the thing an action acts on (their name stands for it).
HERO = "hero"


def goal_thing(goal: Goal, fallback_thing: tuple[str, str] | None) -> tuple[str, str] | None:
    """What the goal acts on: the thing named with it, else the story's fallback."""
    thing = (goal.thing, goal.thing_kind) if goal.thing else fallback_thing
    if thing and thing[1] == HERO:
        return thing
    if thing and thing[1] not in acted_on(goal.action):
        return None  # "help" with only a bed named: no one to help
    return thing


def _template(goal: Goal, language: str, thing: tuple[str, str] | None) -> str:
    phrases = ACTIONS[goal.action][language]
    if "inf_made" in phrases and thing and thing[1] == "object" and OBJECTS[thing[0]].get("made"):
        return phrases["inf_made"]  # "build a raft", not the action's own "build a tree house"
    return phrases["inf"]


def goal_phrase(goal: Goal, language: str, fallback_thing: tuple[str, str] | None = None,
                ) -> tuple[str | None, str | None]:
    """The goal's infinitive phrase, its placeholder filled with the thing it acts on, and
    that thing's concept (None when the phrase names none)."""
    thing = goal_thing(goal, fallback_thing)
    template = _template(goal, language, thing)
    if "{" not in template:
        return template, None
    if thing is None or thing[0] is None:
        alone = ACTIONS[goal.action][language].get("inf_alone")  # "run in a race": no one named to race
        return (alone, None) if alone else (None, None)
    forms = noun_forms(thing[0], thing[1], language)
    values = {key: forms.get(key, forms.get("def", "")) for key in ("def", "indef", "def_pl", "acc", "dat", "dat_pl")}
    values["acc_indef"] = _german_acc_indef(forms) if language == "de" else forms["indef"]
    return contract(template.format(**values), language), thing[0]


@dataclass
class Weave:
    """The sentences of one story's understood pieces, ready for the arc."""

    language: str
    fields: dict[str, str]
    has_companion: bool
    # The companion is one of the setting's own friends, whom the arc introduces itself.
    companion_is_known: bool
    has_goal: bool
    has_obstacle: bool
    has_place: bool
    has_object: bool
    has_ability: bool
    # Someone else the parent named (the knight beside the fairy) joins on the way.
    has_second_companion: bool = False
    # The wish is the companion's (the text makes it the one doing the action); else,
    # with a goal, it is the hero's.
    companion_wishes: bool = False
    # The companion helps the hero to their wish (and says so, and is thanked).
    companion_helps: bool = False
    # The hero promises to help the companion (not when the wish is for one of them).
    promise_fits: bool = True

    def say(self, key: str) -> str:
        return contract(TEMPLATES[self.language][key].format(**self.fields), self.language)


# The hero's own family comes along in a story; it does not knock at the door as a
# stranger would ("a grandma came to Luna's door").
FAMILY = frozenset({"grandma", "grandpa", "mum", "dad", "brother", "sister", "cousin", "aunt", "uncle"})


def story_companion(companions: tuple[str, ...]) -> str | None:
    """The companion the story is about: an animal or creature first, then a person
    who is not the hero's family."""
    ranked = [c for c in companions if COMPANIONS[c].get("kind") != "person"] + [
        c for c in companions if COMPANIONS[c].get("kind") == "person" and c not in FAMILY]
    return ranked[0] if ranked else None


# Actions that are plainly a child's own: a grown-up named with them (the doctor, the
# dentist) is there to help, and only a creature the text makes their subject has them
# ("the little dragon loses a tooth").
CHILD_ACTIONS = frozenset({
    "brave_at_doctor", "lose_tooth", "get_haircut", "school_test", "school_show", "brush_teeth", "tie_shoes",
    "take_bath", "try_food", "say_sorry",
})
# Actions done to someone: with no one named, it is the hero the companion wants to hug,
# and the companion the hero wants to hug.
SOCIAL_ACTIONS = frozenset({
    "hug", "visit", "help", "befriend", "play_with", "comfort", "surprise", "give_present", "read_to",
    "sing_lullaby", "tickle", "make_laugh",
})
_BIRDS = {"duck", "duckling", "goose", "hen", "rooster", "chick", "parrot", "owl", "woodpecker", "robin", "sparrow",
          "swan", "stork", "eagle", "peacock", "hummingbird", "dove", "bird", "seagull", "pelican", "toucan",
          "flamingo", "crow", "phoenix"}
_FLYERS = _BIRDS | {"bat", "bee", "bumblebee", "butterfly", "ladybug", "firefly", "dragonfly", "dragon", "fairy"}
_SWIMMERS = {"duck", "duckling", "goose", "swan", "frog", "toad", "whale", "dolphin", "octopus", "turtle", "seal",
             "walrus", "otter", "penguin", "starfish", "seahorse", "crab", "fish", "clownfish", "jellyfish", "shark",
             "narwhal", "mermaid", "goldfish", "beaver", "hippo", "crocodile", "pelican"}
# What each kind of creature can do by nature: "she flies away", said of a bee, is the bee.
NATURAL_ACTIONS = {
    "fly": _FLYERS, "swim": _SWIMMERS, "dive": _SWIMMERS, "glow": {"firefly", "jellyfish", "ghost", "fairy"},
    "sing": _BIRDS - {"duck", "duckling", "goose", "hen", "chick", "owl", "woodpecker", "stork", "pelican",
                      "flamingo", "peacock", "crow", "swan"},
    "jump": {"frog", "kangaroo", "rabbit", "grasshopper", "toad", "dolphin"},
}


def companion_does(goal: Goal, companion: str | None) -> bool:
    """Whether the companion is the one who wants the goal: the text makes it the subject
    of the action, or the action is its own nature and whoever does it goes unnamed ("she
    flies away"). Otherwise the wish is the hero's, and the companion helps."""
    if not companion:
        return False
    if goal.doer == companion:
        return not (goal.action in CHILD_ACTIONS and COMPANIONS[companion].get("kind") == "person")
    if goal.doer in (None, PRONOUN):
        return companion in NATURAL_ACTIONS.get(goal.action, ())
    return False


def _fallback(goal: Goal, wisher_is_companion: bool, companion: str | None, objects: tuple[str, ...],
              others: list[str]) -> tuple[str, str] | None:
    """What a goal with nothing named as its object acts on."""
    if goal.action in SOCIAL_ACTIONS:
        if wisher_is_companion:
            return ("", HERO)  # filled with the hero's name
        if companion:
            return (companion, "companion")
    if objects:
        return (objects[0], "object")
    if goal.action in LOST_AND_FOUND:
        others = [c for c in others if c not in FAMILY]  # a lost thing found by Dad is not "find Dad"
    return (others[0], "companion") if others else None


def weave(
    understood: Understood, ability: Goal | None, language: str, base_fields: dict[str, str],
    known_companions: dict[str, str] | None = None,
) -> Weave:
    """What a custom event and the hero's ability let the arc say, in `language`.
    `known_companions` (kind drawn → name): the setting's own friends; an event's
    companion of the same kind is that friend, called by name."""
    fields = dict(base_fields)
    companion = story_companion(understood.companions)
    others = [c for c in understood.companions if c != companion]
    goal_text, named_by_goal, wisher_is_companion, for_the_other = None, None, False, False
    # A broad wish ("play") is told only when nothing more particular is named with it.
    for goal in sorted(understood.goals, key=lambda goal: bool(ACTIONS[goal.action].get("generic"))):
        if not ACTIONS[goal.action].get("goal", True):
            continue
        does = companion_does(goal, companion)
        if goal.thing and goal.thing == companion and does:
            continue  # "the dragon helps the dragon": the companion is not its own wish
        fallback = _fallback(goal, does, companion, understood.objects, others)
        if fallback and fallback[1] == HERO:
            fallback = (fields.get("name", ""), HERO)
        goal_text, named_by_goal = goal_phrase(goal, language, fallback)
        if goal_text:
            wisher_is_companion = does
            # A wish one has for the other ("to hug Lola", "to help the dragon") needs no
            # promise of help.
            for_the_other = named_by_goal in ((companion,) if not does else (fields.get("name"),))
            break
    known = (known_companions or {}).get(COMPANIONS[companion]["draw"]) if companion else None
    if known:
        fields.update(c_indef=known, c_def=known, C_def=known, c_dat=known)
    elif companion:
        forms = COMPANIONS[companion][language]
        fields.update(c_indef=forms["indef"], c_def=forms["def"], C_def=capitalise(forms["def"]),
                      c_dat=forms.get("dat", forms["def"]))
    obstacle = understood.obstacles[0] if understood.obstacles else None
    if obstacle:
        fields.update(problem=OBSTACLES[obstacle][language]["problem"], solved=OBSTACLES[obstacle][language]["solved"])
    if understood.places:
        place = PLACES[understood.places[0]][language]
        fields.update(p_to=place["to"], p_at=place["at"], P_at=capitalise(place["at"]))
    objects = [o for o in understood.objects if o != named_by_goal]
    if objects:
        forms = OBJECTS[objects[0]][language]
        fields.update(o_indef=forms["indef"])
        if language == "de":
            fields.update(o_acc_indef=_german_acc_indef(forms), o_rel=_GERMAN_RELATIVE[forms.get("g", "m")])
    if goal_text:
        fields["goal"] = goal_text
    joining = [c for c in others if c not in FAMILY and c != named_by_goal]
    if joining:
        fields["c2_indef"] = COMPANIONS[joining[0]][language]["indef"]
    who = fields.get("c_def") if wisher_is_companion else fields.get("name", "")
    fields.update(who=who, C_who=capitalise(who))
    ability_text = goal_phrase(ability, language)[0] if ability else None
    if ability_text:
        fields["ability"] = ability_text
    hero_wishes = bool(goal_text) and not wisher_is_companion
    has_obstacle = bool(obstacle and companion)
    return Weave(
        language=language, fields=fields, has_companion=bool(companion), companion_is_known=bool(known),
        has_goal=bool(goal_text),
        has_obstacle=has_obstacle, has_place=bool(understood.places), has_object=bool(objects),
        has_ability=bool(ability_text), has_second_companion=bool(joining),
        companion_wishes=bool(goal_text) and wisher_is_companion,
        # The hero's wish, with a companion to help: the companion offers its help and is
        # thanked for it (unless the wish is for the companion itself, or its trouble).
        companion_helps=bool(companion) and hero_wishes and not for_the_other and not has_obstacle,
        promise_fits=bool(companion) and not for_the_other,
    )
