"""Every language, ninth session: harm whose words the grammar splits or folds away (a
German verb whose particle ends the clause, a Romance victim told by a pronoun before
or inside the verb, a victim told by name, a word that is a toy's material and a
person, a slot that must take a later word), and everyday sentences with the same words.

Cases name their language: ``(language, text, category)`` and ``(language, text)``.
"""

HARMFUL = [
    # a split German verb whose whole lemma is harm
    ("de", "Der Räuber bringt die ganze Familie um.", "violence"),
    ("de", "Der Onkel bringt den kleinen Tim im Wald um, und keiner merkt es.", "violence"),
    # a pronoun before the verb names the victim
    ("it", "I pirati legano il mozzo all'albero e lo frustano tutta la notte.", "violence"),
    ("es", "El ogro coge a la niña y la golpea con un palo.", "violence"),
    # a pronoun at the end of the verb
    ("es", "El ogro quiere golpearlo hasta que llore.", "violence"),
    ("it", "La matrigna vuole picchiarla ogni sera.", "violence"),
    # a name right after a harmful verb is its victim
    ("en", "Her uncle slaps Maisie across the face.", "violence"),
    # a word that is both a toy's material and a person is the person when it is the victim
    ("fr", "Le pirate poignarde le mousse.", "violence"),
    # a verb that opens its sentence is capitalised, not a title
    ("it", "Attacca Samuele con il cacciavite.", "violence"),
    # a slot takes a later word when the first that fits leads nowhere
    ("en", "The giant throws him into the air and then against the wall.", "violence"),
    # a listed victim after "du" is a person, not a partitive
    ("fr", "Les brigands brûlent la main du fermier avec une bougie.", "violence"),
    # a woodcutter is no wooden toy
    ("de", "Mit der Axt hackt der Holzfäller auf den Wolf und die Großmutter ein.", "violence"),
    # water poured is not a water pistol
    ("en", "The boys tip boiling water over the kitten.", "violence"),
]

HARMLESS = [
    # the particle is not the clause's last word: a time, not a killing
    ("de", "Papa bringt mich um acht ins Bett."),
    ("de", "Mama schneidet das Brot ab."),
    # the pronoun stands for food
    ("it", "Il cuoco prende l'aglio e lo pesta nel mortaio."),
    ("it", "La nonna prende le uova e le frusta piano."),
    # "to him": the toy is what is taken
    ("es", "Su hermano le secuestra el peluche y se lo devuelve con un lazo."),
    # an idiom
    ("it", "Lo zio la spara grossa come sempre."),
    # a name after "and" or "of" starts another phrase
    ("en", "Aliens kidnap all of Leo's odd socks."),
    ("it", "Papà taglia la torta con il coltello grande e Chiara conta le fette."),
    # the material of a toy weapon
    ("fr", "Les enfants se battent avec des épées en mousse."),
    # a comma ends what a blade is used on
    ("es", "Con el cuchillo del pan, papá corta rebanadas."),
    ("en", "Lucas chops the carrots with the small knife, carefully, and Dad says he is a real chef."),
    ("en", "Leo shoots his water gun at his sister."),
    ("it", "Lo bagna con la pistola ad acqua e ridono tutti."),
    # a clause that opens after the blade holds no victim of it
    ("es", "Papá corta el pan con un cuchillo mientras los niños juegan."),
    ("de", "Die Kinder kämpfen mit Holzschwertern gegen den Drachen."),
]
