"""Every language, tenth session: people told by their given names where a capital
says nothing (German nouns, a sentence's first word), a German name after its verb
that is its object only when the clause opened with the subject, a name in another
phrase than the verb, a scenario's last word that begins an idiom, a family name
spelt like a word of death, and a creature's everyday prey.

Cases name their language: ``(language, text, category)`` and ``(language, text)``.
"""

HARMFUL = [
    # a German given name is a victim
    ("de", "Der Hai beißt Finn ins Bein.", "violence"),
    ("de", "Papa schlägt Lena, bis sie weint.", "violence"),
    ("de", "Der große Hund beißt Emil.", "violence"),
    ("de", "Der böse Wolf frisst Emil.", "horror"),
    ("de", "Der Onkel sticht mit dem Schraubenzieher auf Luis ein.", "violence"),
    # a name opens a scenario at the start of its sentence
    ("en", "Freddie gets locked in the basement and nobody comes.", "violence"),
    ("en", "Then Alfie gets stabbed behind the shed.", "violence"),
    # the graves of a churchyard are still graves; a nickname that names its victims is no surname
    ("en", "The graves in the old churchyard are open and the bodies are gone.", "death"),
    ("es", "Pepe Mataniños", "violence"),
    # a creature eating a person, not its prey, even when the prey comes first
    ("en", "The shark eats the little boy.", "horror"),
    ("en", "The crocodile eats the fish and the children.", "horror"),
    # a title's capitals make no family name, and names make no title
    ("en", "Why Did Lily Die?", "death"),
    ("es", "La Noche Que Lucía Murió", "death"),
    ("en", "Freddie and Amelia kidnap Oliver.", "violence"),
    # the water itself, after its article, is no toy's material
    ("fr", "Le méchant verse l'eau bouillante sur la main de Léo.", "violence"),
]

HARMLESS = [
    # a German name after the verb is its subject when the clause opened otherwise
    ("de", "Dann schießt Finn ein Tor."),
    ("de", "Heute schlägt Lukas Opas Dame beim Schach."),
    ("de", "Nach dem Spiel schlägt Max den Ball weit weg."),
    # an article makes a name-like word a noun
    ("de", "Die kleine Fee fängt den Ball."),
    # a name after a comma and "und" belongs to another phrase
    ("de", "Der Riese tritt in einen Kuchen, und Mila hilft ihm beim Backen."),
    # a sentence's first word is a name only when it is a given name
    ("en", "Then the toys get locked in the cupboard for the night."),
    # a chance at something, and a jab at the dentist
    ("en", "Archie finally gets a shot at being goalie."),
    ("en", "Leo gets a shot at the dentist and then he is fine."),
    # the scenario's last word begins an idiom
    ("fr", "Victor s'est pris une claque... de vent en pleine figure sur la digue."),
    # a harm word of death written as a family name after a given name
    ("en", "Hazel Graves and her cat go to the fair."),
    ("en", "Lily Coffin builds a sandcastle."),
    # a creature's everyday prey is no victim
    ("it", "Il coccodrillo dello zoo mangia il pesce."),
    ("es", "La serpiente del zoo se come un ratón."),
    ("de", "Das Krokodil im Zoo verschlingt zehn Fische auf einmal."),
]

RULE_LAYERS_HARMLESS: list[tuple[str, str]] = []
RULE_LAYERS_HARMFUL: list[tuple[str, str, str]] = []
