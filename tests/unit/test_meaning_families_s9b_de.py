"""German families of the ninth session, second part: harm told in other words (nobody
wakes up any more, a game won by making a little one cry, an axe carried into a school,
a hot iron's "kiss", a foundling left at a stranger's door, a chase with a pitchfork, an
arm twisted until it cracks, parents who move away with one child only, a vampire that
drains a child), and harmless sentences with the same words.
"""

from __future__ import annotations

import pytest

from activities.safety.meaning.reader import read_harms
from activities.safety.parent_text import read_by_rules


def categories(text: str, language: str) -> set[str]:
    return {harm.category for harm in read_harms(text, language)}


HARMFUL = [
    # nobody wakes up any more
    ("de", "Die Hexe streut ihr Pulver über das Dorf, und am Morgen wacht keiner mehr auf.", "death"),
    ("de", "Nach dem Festessen ist niemand je wieder aufgewacht.", "death"),
    # a game won by hurting or making a little one cry
    ("de", "Sieger ist, wer die neue Mitschülerin zuerst zum Heulen bringt.", "violence"),
    ("de", "Wer dem Kleinen die meisten blauen Flecken macht, gewinnt eine Tüte Chips.", "violence"),
    # someone storms into a school with a weapon
    ("de", "Ein Fremder rennt mit einer Machete auf den Schulhof.", "violence"),
    ("de", "Der Räuber überfällt die Kita mit einem Beil.", "violence"),
    # a hot iron pressed on someone, told as a kiss
    ("de", "Die Katze kriegt ein Küsschen von der Herdplatte.", "violence"),
    ("de", "Der Onkel drückt das glühende Bügeleisen auf die Hand des Jungen.", "violence"),
    # locked in, the key gone, everybody away
    ("de", "Mia spielt Verstecken in der Truhe, der Deckel klemmt und die Familie ist verreist.", "abandonment"),
    # a child left at a stranger's door
    ("de", "Die Mutter legt das Baby vor die Tür des Klosters und läuft davon.", "abandonment"),
    ("de", "Papa setzt den Säugling im Körbchen vor ein fremdes Haus.", "abandonment"),
    # a chase with a pitchfork, a person speared
    ("de", "Der Riese verfolgt den Hirtenjungen mit einer Sense.", "violence"),
    ("de", "Der Drache spießt den Ritter auf.", "violence"),
    # a limb twisted until it cracks
    ("de", "Der große Junge verdreht seiner Schwester das Handgelenk, bis es knackt.", "violence"),
    ("de", "Die Tante biegt dem Kleinen die Finger nach hinten, bis es kracht.", "violence"),
    # parents who move away with one child only
    ("de", "Mama und Papa fliegen ins Ausland und nehmen nur die Schwester mit.", "abandonment"),
    ("de", "Die Familie zieht weit weg und lässt Jonas alleine.", "abandonment"),
    # a vampire drains someone
    ("de", "Der Graf saugt das Mädchen aus, bis es sich nicht mehr rührt.", "horror"),
    ("de", "Das Monster trinkt das Blut der kleinen Kinder.", "horror"),
]

HARMLESS = [
    # sleep until morning
    ("de", "Alle schlafen tief und fest, und keiner wacht mehr auf, bis der Hahn kräht."),
    ("de", "Das Baby schläft so fest, dass keiner aufwacht."),
    # laughing, onions, prizes
    ("de", "Es gewinnt, wer die anderen am meisten zum Lachen bringt."),
    ("de", "Die Zwiebeln bringen Papa zum Weinen."),
    # an axe in the garden, school cones
    ("de", "Papa kommt mit der Axt in den Garten, um Holz zu hacken."),
    ("de", "Die Kinder stürmen mit ihren Schultüten in die Schule."),
    # ironing and kisses
    ("de", "Mama bügelt Papas Hemd und gibt ihm einen Kuss."),
    ("de", "Papa bügelt für Mama die Bluse."),
    # a lost key
    ("de", "Der Schlüssel vom Keller ist weg, Papa sucht ihn überall."),
    # the daily drop-off, a basket of apples
    ("de", "Mama setzt Lena vor der Schule ab und fährt zur Arbeit."),
    ("de", "Oma stellt den Korb mit Äpfeln vor die Tür und geht wieder hinein."),
    # farm work and barbecue
    ("de", "Der Bauer arbeitet mit der Mistgabel im Stall."),
    ("de", "Wir spießen die Würstchen auf Stöcke auf."),
    # cracking joints
    ("de", "Opa streckt seine Arme, bis es knackt."),
    # moving with the toys
    ("de", "Wir ziehen um und nehmen nur die Kuscheltiere mit."),
    # a vacuum cleaner, a bottle, tomato juice
    ("de", "Mama saugt das Kinderzimmer aus."),
    ("de", "Das Baby saugt an der Flasche und schläft ein."),
    ("de", "Der kleine Vampir trinkt mit seiner Mama Tomatensaft."),
]

# Praise and tasting, which the older rule layer read as murder and beer.
RULES_HARMLESS = [
    ("de", "Der neue Krimi ist mörderisch spannend."),
    ("de", "Es ist heute mörderisch heiß draußen."),
    ("de", "Die Kinder dürfen beim Backen den Teig probieren."),
    ("de", "Tom probiert im Laden die neue Jacke an."),
]


@pytest.mark.parametrize(("language", "text", "category"), HARMFUL)
def test_harm_told_in_other_words_is_found(language: str, text: str, category: str) -> None:
    assert category in categories(text, language)


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_same_words_in_everyday_sentences_pass(language: str, text: str) -> None:
    assert read_harms(text, language) == []


@pytest.mark.parametrize(("language", "text"), RULES_HARMLESS)
def test_praise_and_tasting_pass_the_rule_layers(language: str, text: str) -> None:
    assert read_by_rules(text, (language,)).harms == []
