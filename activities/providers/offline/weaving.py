"""Understood pieces written into a story's own language.

The composer's arc asks for sentences here ("a companion arrives", "the hero's gift
solves it", "at last the wish comes true"); each is a native template per language
filled with phrases from the curated vocabularies, never with a parent's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from activities.providers.offline.understanding import Goal, Understood, acted_on
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
    table = COMPANIONS if kind == "companion" else OBJECTS
    return table[concept][language]


def goal_thing(goal: Goal, fallback_thing: tuple[str, str] | None) -> tuple[str, str] | None:
    """What the goal acts on: the thing named with it, else the story's fallback."""
    thing = (goal.thing, goal.thing_kind) if goal.thing else fallback_thing
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
    thing_for_goal = (understood.objects[0], "object") if understood.objects else (
        (others[0], "companion") if others else None)
    goal_text, named_by_goal = None, None
    # A broad wish ("play") is told only when nothing more particular is named with it.
    for goal in sorted(understood.goals, key=lambda goal: bool(ACTIONS[goal.action].get("generic"))):
        if not ACTIONS[goal.action].get("goal", True):
            continue
        if goal.thing and goal.thing == companion:
            continue  # "help the dragon": the dragon is the companion, not the wish
        goal_text, named_by_goal = goal_phrase(goal, language, thing_for_goal)
        if goal_text:
            break
    known = (known_companions or {}).get(COMPANIONS[companion]["draw"]) if companion else None
    if known:
        fields.update(c_indef=known, c_def=known, C_def=known)
    elif companion:
        forms = COMPANIONS[companion][language]
        fields.update(c_indef=forms["indef"], c_def=forms["def"], C_def=capitalise(forms["def"]))
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
    who = fields.get("c_def") if companion else fields.get("name", "")
    fields.update(who=who, C_who=capitalise(who))
    ability_text = goal_phrase(ability, language)[0] if ability else None
    if ability_text:
        fields["ability"] = ability_text
    return Weave(
        language=language, fields=fields, has_companion=bool(companion), companion_is_known=bool(known),
        has_goal=bool(goal_text),
        has_obstacle=bool(obstacle and companion), has_place=bool(understood.places), has_object=bool(objects),
        has_ability=bool(ability_text), has_second_companion=bool(joining),
    )
