"""The rule layer: words not substrings, accents, inflections, capitalisation, articles, context."""

from __future__ import annotations

import pytest

from activities.safety import check_text
from activities.safety.lexicon import LANGUAGES, load, parse_rewrites
from activities.safety.text import expand, fold, parse_pattern


def rewrite(text: str, language: str = "en") -> str:
    verdict = check_text(text, language)
    assert not verdict.rejected, verdict
    return verdict.text


def approved(text: str, language: str = "en") -> bool:
    return check_text(text, language).action == "approved"


# ----------------------------------------------------------------- words, not substrings


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "It was a warm day in the warehouse."),  # war
        ("en", "The whole class passed the grass to the bass player."),  # ass
        ("en", "Dad cooked eggs in a skillet."),  # kill
        ("en", "The teacher showed a picture of an assassin bug."),  # ass, sin
        ("en", "They drove through Sussex and Essex."),  # sex
        ("en", "The heroine was a strange and skilled explorer."),  # heroin, strangle, kill
        ("en", "The grapes and the rapids sparkled."),  # rape
        ("de", "Mia weinte, dann lachte sie über das Meerschweinchen."),  # Wein, Schwein
        ("de", "Das war ein Mordsspaß am Morgen."),  # Mord
        ("fr", "Le violon violet de la violoniste."),  # viol
        ("fr", "Elle était en retard."),  # English "retard"
        ("es", "Vino su amiga y tomaron mate."),  # vino = came, mate = tea
        ("es", "El pájaro quería volar."),  # violar, one letter off
        ("it", "La tortora cantava con stupore."),  # tortura, stupro
        ("it", "Le pene del drago finirono."),  # pene = sorrows
    ],
)
def test_matching_is_on_words_not_substrings(language, text):
    assert approved(text, language), check_text(text, language)


def test_accents_are_folded_for_matching_but_kept_in_the_text():
    assert fold("Épée") == "epee" and fold("Straße") == "strasse" and fold("Mörder") == "morder"
    # Typed without accents, still found.
    assert "baguette magique" in rewrite("Il avait une epee.", "fr")
    # The rest of the text keeps its accents.
    out = rewrite("Le héros à l'épée était très gentil.", "fr")
    assert out == "Le héros à la baguette magique était très gentil."


@pytest.mark.parametrize(
    "language, text, gone, expected",
    [
        ("en", "They fight.", "fight", "challenge"),
        ("en", "Two fights began.", "fights", "challenges"),
        ("en", "The knights were fighting.", "fighting", "playing"),
        ("en", "They fought bravely.", "fought", "played"),
        ("de", "Die Ritter hatten Waffen.", "Waffen", "Zauberfedern"),
        ("de", "Eine Waffe lag dort.", "Waffe", "Zauberfeder"),
        ("fr", "Les armes brillaient.", "armes", "baguettes magiques"),
        ("es", "Las armas brillaban.", "armas", "varitas mágicas"),
        ("it", "Le armi brillavano.", "armi", "bacchette magiche"),
        ("it", "Combattevano nel prato.", "Combattevano", "Giocavano"),
        ("es", "Los piratas lucharon.", "lucharon", "jugaron"),
        ("de", "Sie kämpften am Fluss.", "kämpften", "spielten"),
    ],
)
def test_inflections_are_rewritten_in_kind(language, text, gone, expected):
    out = rewrite(text, language)
    assert expected in out
    assert gone not in out.split(" ") and gone.lower() not in out.lower().replace(expected.lower(), "")


def test_capitalisation_is_preserved():
    assert rewrite("Weapons everywhere.") == "Magic wands everywhere."
    assert rewrite("A SCARY NIGHT") == "A MYSTERIOUS NIGHT"
    assert rewrite("The fight was long.") == "The challenge was long."
    assert rewrite("Alone, she walked home.") == "With friends, she walked home."
    assert rewrite("Das Schwert glänzte.", "de") == "Das Zauberzepter glänzte."


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "An attack came at dawn.", "A surprise came at dawn."),
        ("en", "He had a weapon.", "He had a magic wand."),
        ("fr", "L'arme brillait.", "La baguette magique brillait."),
        ("fr", "Le monstre dormait.", "L'être magique dormait."),
        ("es", "El arma brillaba.", "La varita mágica brillaba."),
        ("es", "Hubo un ataque al castillo.", "Hubo una sorpresa al castillo."),
        ("it", "Aveva un'arma.", "Aveva una bacchetta magica."),
        ("it", "Il mostro dormiva.", "L'essere magico dormiva."),
        ("it", "La nonna andò all'ospedale.", "La nonna andò alla casetta della guarigione."),
    ],
)
def test_articles_follow_the_replacement(language, text, expected):
    assert rewrite(text, language) == expected


# ------------------------------------------------------------------------ context


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Mia and Leo had a pillow fight."),
        ("en", "With a little courage, she was overcoming her bad dreams."),
        ("en", "No more nightmares for Tom."),
        ("en", "A knight was guarding a garden."),
        ("en", "The dragon was friendly."),
        ("en", "They saw a sword-shaped cloud."),
        ("en", "The dark sky was full of stars."),
        ("en", "The monster was silly and not scary at all."),
        ("en", "She was never alone."),
        ("en", "She was alone for a moment, then her puppy came running with a ball."),
        ("en", "We were dying of laughter at the killer whale show."),
        ("en", "The dragon promised never to hurt anyone."),
        ("es", "Ya no tenía pesadillas."),
        ("fr", "Il n'avait plus de cauchemars."),
        ("de", "Sie hatte keine Albträume mehr."),
        ("it", "Non aveva più incubi."),
        ("it", "Era solo un sogno."),
        ("es", "Solo quería jugar."),
        ("fr", "C'était le seul ami du lapin."),
        ("de", "Allein der Gedanke machte ihn froh."),
    ],
)
def test_harmless_context_is_approved(language, text):
    assert approved(text, language), check_text(text, language)


def test_fear_words_in_a_soothing_sentence_are_approved_with_a_finding():
    verdict = check_text("The scary monster giggled and hugged everyone.", "en")
    assert verdict.action == "approved"
    assert {(f.category, f.action, f.reason_code) for f in verdict.findings} == {("fear", "approved", "CONTEXT_ALLOWED")}
    assert verdict.flags == []


def test_fear_is_never_rejected_by_the_rules():
    verdict = check_text("The scary, terrifying, creepy monster had nightmares.", "en")
    assert verdict.action == "modified"
    assert all(f.category == "fear" for f in verdict.flags)


def test_target_words_need_a_person():
    assert approved("He hit the ball and the drum.")
    assert rewrite("Then he hit her.") == "Then he tapped her."
    assert rewrite("He wanted to hit him.") == "He wanted to tap him."  # base form after "to"
    assert approved("Die Uhr schlug zwölf.", "de")
    assert "kitzelte ihn" in rewrite("Er schlug ihn.", "de")


def test_distress_words_need_a_sad_or_dark_sentence():
    assert approved("She tied her shoes all by herself.")
    assert rewrite("She sat by herself in the dark and cried.") == "She sat with her friends in the dark and cried."


def test_isolation_is_rewritten_with_company():
    assert rewrite("Mia was all alone in the forest.") == "Mia was together with friends in the forest."
    assert rewrite("La niña estaba sola y lloraba.", "es") == "La niña estaba con sus amigos y lloraba."
    assert rewrite("Elle était toute seule.", "fr") == "Elle était avec ses amis."
    assert rewrite("Sie war ganz allein.", "de") == "Sie war zusammen mit Freunden."
    assert rewrite("Era tutta sola.", "it") == "Era insieme ai suoi amici."


def test_strong_words_are_filtered_out():
    verdict = check_text("The fucking dragon sneezed.", "en")
    assert verdict.action == "modified"
    assert verdict.text == "The dragon sneezed."
    assert verdict.flags[0].action == "filtered" and verdict.flags[0].reason_code == "INAPPROPRIATE_FILTERED"


def test_reject_categories_are_rejected_by_the_rules():
    for text, code in [("They drank vodka.", "DRUGS_ALCOHOL"), ("A story about sex.", "SEXUAL_CONTENT"),
                       ("He talked about suicide.", "SELF_HARM"), ("The nazis marched.", "HATE"),
                       ("The murder was solved.", "GRAPHIC_VIOLENCE")]:
        verdict = check_text(text, "en")
        assert verdict.rejected and code in verdict.reason_codes and verdict.text == ""


# ------------------------------------------------------------------------ lexicons


def test_notation():
    assert expand("weapon{,s}") == ["weapon", "weapons"]
    assert expand("varita{,s} mágica{,s}") == ["varita mágica", "varitas mágicas"]
    with pytest.raises(ValueError):
        expand("a{b,c} d{e}")
    slots = parse_pattern("die|dies of laugh{ter,ing} porn*")
    assert slots[0].exact == {"die", "dies"} and slots[2].exact == {"laughter", "laughing"}
    assert slots[3].prefixes == ("porn",) and slots[3].accepts("pornography")
    with pytest.raises(ValueError):
        parse_rewrites("violence", "a/b/c = x/y")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_replacement_is_itself_approved(language):
    """No rewrite loops: what the rules write is accepted by the whole checker."""
    lex = load(language)
    for form, term in lex.entries:
        if term.kind != "rewrite" or not term.replacement:
            continue
        for replacement in filter(None, (term.replacement, term.base)):
            verdict = check_text(replacement, language)
            assert verdict.action == "approved", (language, form, replacement, verdict)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_lexicon_has_all_rewritable_categories_and_reject_lists(language):
    mod = __import__(f"activities.safety.lexicon.{language}", fromlist=["REWRITE"])
    assert set(mod.REWRITE) == {"violence", "fear", "isolation", "inappropriate", "medical", "family"}
    assert set(mod.REJECT) == {"violence", "sexual", "self_harm", "drugs", "hate"}
    assert mod.ALLOW and mod.INJECTION and mod.IMAGE["companion_phrase"]
