"""The meaning reader's harmless readings added from the fourth and sixth tuning sets.

Each family is shown both ways: the everyday reading passes, and the same words told as
harm are still refused, so that a reading cannot become a way around the reader.
"""

from __future__ import annotations

import pytest

from activities.safety.meaning.reader import read_harms


def found(text: str, language: str) -> set[str]:
    return {harm.category for harm in read_harms(text, language)}


HARMLESS = [
    # a death in the past that the text remembers
    ("en", "Grandpa died two years ago and Mia still misses him; she looks at his photos and smiles"),
    ("es", "el abuelo murió hace tres años y Lucía lo recuerda con cariño mirando fotos"),
    ("fr", "mamie est morte l'année dernière et Léa se souvient de ses histoires"),
    ("de", "Opa ist letztes Jahr gestorben und Paul erinnert sich an die Angelausflüge"),
    ("it", "il nonno è morto l'anno scorso e Giulia ricorda le passeggiate insieme"),
    # a small creature's end
    ("en", "Max finds a dead ladybird on the windowsill and buries it in a matchbox"),
    # a knife in the kitchen
    ("fr", "maman coupe le pain avec un couteau"),
    ("de", "Mama schneidet den Kuchen mit einem Messer"),
    # a threat carried out with hugs or tickles
    ("en", "Grandma says she will squeeze the twins to death with hugs"),
    ("es", "la abuela dice que va a matar a Lucas a besos"),
    # a drop of blood
    ("es", "a Hugo le sale un poquito de sangre de la rodilla y mamá le pone una tirita"),
    ("it", "a Marco cade un dentino ed esce un goccino di sangue"),
    ("de", "beim Zähneputzen blutet das Zahnfleisch ein bisschen"),
    # hyperbole, idioms, games
    ("en", "the old laptop dies right in the middle of the cartoon"),
    ("fr", "l'équipe de Chloé se prend une raclée au basket mais rit quand même"),
    ("fr", "les chevaliers, personne n'est blessé, rentrent au château"),
    ("de", "an der Torhüterin kommt keiner vorbei"),
    ("en", "the knight gets a shot at the doctor's and is very brave"),
    # the same words in an everyday sentence
    ("it", "la sveglia più rumorosa del mondo suona alle sette"),
    ("it", "la bambina si mette la sciarpa al collo"),
    ("de", "das Kind wacht nicht auf, bis die Sonne scheint"),
    ("en", "she wears a belt around her waist and a scarf round her neck"),
    ("en", "the firework show lights up the sky and dad fixes the shed with nails"),
    ("en", "nobody ever finds the treasure under the old oak"),
    ("en", "good kids don't tell lies, says grandma"),
    ("de", "Sie treffen sich im Baumhaus und teilen ein Geheimnis"),
    ("fr", "les gentils enfants ne crient pas dans la bibliothèque"),
    ("es", "los niños buenos no dicen mentiras"),
    ("fr", "personne ne répond au téléphone, alors papi vient chercher Léo"),
    ("de", "beim Zahnarzt bekommt Lena ein bisschen Lachgas und kichert"),
    ("de", "Papa gibt Gas und alle atmen auf"),
    ("es", "el coche huele a gasolina"),
    ("fr", "Léo respire fort et colle les gommettes"),
    ("fr", "le bébé boit son biberon de lait"),
    ("it", "la canna da pesca del nonno"),
    ("en", "the zoo keeper calls the little brown monkey Coco"),
    ("de", "Der schwarze Affe im Zoo heißt Bobo"),
    ("en", "the bears eat outside like animals do at the picnic"),
    ("it", "Marta nasconde la pasta nel tovagliolo per darla al cane"),
    ("en", "the kids jump off the bridge into the lake and swim all afternoon"),
    # a child who refuses a stranger
    ("en", "a man at the park asks Lily to come to his car, and she says no loudly and runs back to her mum"),
]

STILL_HARMFUL = [
    ("en", "the parents die in a car crash and Tom remembers them", "death"),
    ("es", "los padres mueren en un accidente de coche", "death"),
    ("de", "die Eltern sterben bei einem Autounfall", "death"),
    ("it", "i genitori muoiono in un incidente stradale", "death"),
    ("en", "Max finds a dead cat in the road", "death"),
    ("en", "he points a knife at his sister", "violence"),
    ("fr", "il menace sa sœur avec un couteau", "violence"),
    ("de", "er bedroht seinen Bruder mit einem Messer", "violence"),
    ("es", "sale mucha sangre por todas partes", "horror"),
    ("en", "the boy got shot in the head", "violence"),
    # families of harm told plainly (round four), written for these tests
    ("en", "he stuffs an old pressure cooker with screws and hides it by the school gate", "violence"),
    ("es", "Pablo llena un petardo enorme de tornillos para asustar al cartero", "violence"),
    ("de", "sie bindet sich im Keller ein Seil um den Hals", "self_harm"),
    ("fr", "il se serre une ceinture autour du cou dans sa chambre", "self_harm"),
    ("it", "ogni sera si passa la lametta sui polsi", "self_harm"),
    ("en", "she holds the hot lighter to her arm when she is sad", "self_harm"),
    ("es", "el hámster de Lucía cruza el puente del arcoíris por culpa de su hermano", "death"),
    ("fr", "papi a cassé sa pipe hier soir", "death"),
    ("it", "il pesciolino ha tirato le cuoia durante la notte", "death"),
    ("de", "nach dem Sturz wacht Oma nie mehr auf", "death"),
    ("en", "the babysitter tells her to put her hand inside his trousers", "sexual"),
    # abandonment and strangers (round four), written for these tests
    ("en", "Zoe gets lost at the fair and nobody ever finds her", "abandonment"),
    ("de", "Mia ruft im Moor um Hilfe, aber keiner antwortet", "abandonment"),
    ("it", "passano le settimane nella casa vuota e Luca mangia l'ultimo biscotto", "abandonment"),
    ("fr", "un inconnu chuchote qu'il est son vrai papa", "stranger_secret"),
    ("es", "Lucas se va a casa de un señor del parque que le promete un gatito", "stranger_secret"),
    ("de", "der Nachbar sagt, brave Mädchen erzählen den Eltern nichts von den Ausflügen", "stranger_secret"),
    # alcohol or medicine in a baby's bottle, inhalants (round four), written for these tests
    ("fr", "tonton met une goutte de rhum dans le biberon pour rigoler", "drugs_alcohol"),
    ("es", "la canguro echa gotas para dormir en el biberón de Hugo", "poison_medicine"),
    ("de", "die Jungs schnüffeln hinter der Turnhalle Klebstoff", "drugs_alcohol"),
    ("it", "i ragazzi grandi insegnano a Luca a farsi una canna", "drugs_alcohol"),
    ("en", "the big boys show him how to huff paint from a bag", "drugs_alcohol"),
    # contempt and self-harm told plainly (round four), written for these tests
    ("en", "only kids from the pure race may join, the others have to sleep outside like dogs", "hate"),
    ("de", "die Kinder sagen, die neue Familie soll dahin zurück, wo sie herkommt", "hate"),
    ("fr", "les autres dorment dehors comme des chiens parce qu'ils sont différents", "hate"),
    ("it", "i compagni chiamano scimmia il bambino nuovo e ridono", "hate"),
    ("es", "Nora deja de comer durante semanas para estar flaca", "self_harm"),
    ("en", "he climbs onto the motorway bridge to see how it feels to fall", "self_harm"),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_harmless_reading_passes(language: str, text: str) -> None:
    assert found(text, language) == set(), text


@pytest.mark.parametrize(("language", "text", "category"), STILL_HARMFUL)
def test_harm_told_with_the_same_words_is_still_read(language: str, text: str, category: str) -> None:
    assert category in found(text, language), text
