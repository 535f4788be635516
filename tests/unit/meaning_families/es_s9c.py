"""Spanish families of the thirty-fourth tuning set (session nine, third round): each harm
told in other words, verbs and victims, and the same words in everyday sentences."""

HARMFUL = [
    # an outside man asks a child to shower, bathe or get into bed "with him"
    ("El vecino le dice a Lucía que se bañe con él en la bañera.", "sexual"),
    ("El padre de un compañero le pide a Hugo que se meta en la ducha con él.", "sexual"),
    # tied to a tree or a post and left for good
    ("Atan al perrito a una farola de la carretera y se van para siempre.", "abandonment"),
    ("La madrastra amarra a los niños a un poste y se marcha y no vuelve nunca.", "abandonment"),
    # a grenade through a window or into a room
    ("Los malos tiran dos granadas a la cocina donde cena la familia.", "violence"),
    ("Arroja una granada por la chimenea de la casa del vecino.", "violence"),
    # cruel punishments: kneeling on glass or rice, barefoot on glass
    ("La monja obliga a Marta a ponerse de rodillas en el arroz toda la tarde.", "violence"),
    ("Le obligan a caminar descalzo sobre cristales.", "violence"),
    # taken into the woods, and the grown-up comes back alone
    ("La madrastra lleva a los niños de excursión al bosque y regresa sola.", "abandonment"),
    ("Mamá lleva a Hugo de paseo por el monte y vuelve sin él.", "abandonment"),
    # cut-off body parts in the fridge or the food
    ("En el congelador del sótano guardan dedos cortados.", "horror"),
    ("En la fiambrera hay orejas arrancadas.", "horror"),
    # a blade through someone's heart or chest
    ("El caballero le atravesó el pecho al campesino con su espada.", "violence"),
    ("El pirata clava una daga en el cuello del grumete.", "violence"),
    # a "souvenir" made of a child
    ("La bruja se queda un recuerdo de cada niña que entra: un ojito.", "horror"),
    # a pet or a person under a vehicle
    ("Al gatito lo aplasta un camión en la carretera.", "death"),
    ("La cosechadora pasa por encima del cachorro.", "death"),
    # climbing up high "to fly" to a dead parent or to heaven
    ("Leo sube a la azotea para saltar al cielo.", "self_harm"),
    ("La niña se asoma al balcón para volar con los angelitos.", "self_harm"),
    # a head pushed into the toilet
    ("A Nico le meten la cabeza en el váter y tiran de la cadena.", "violence"),
    ("Los chicos le dan un remojón en el inodoro al nuevo.", "violence"),
    # locked in and left behind when the family moves
    ("Cierran el desván con candado y ahí se queda el abuelo cuando todos se mudan.", "abandonment"),
    # a boat or a horse back empty after a storm
    ("Después del temporal la barca del abuelo aparece vacía en la orilla.", "death"),
    ("El caballo vuelve solo al establo tras la tormenta.", "death"),
    # something heavy falls and crushes someone
    ("El muro se derrumba y aplasta al abuelo.", "death"),
    ("Los excursionistas quedan sepultados bajo una avalancha.", "death"),
    # electrocuted by a cable or a socket
    ("Mete los dedos en el enchufe y queda electrocutado.", "death"),
    ("El cable de la valla electrocuta al gatito.", "death"),
]

HARMLESS = [
    # "a torture" said of a class, a wait or a trip
    "Esperar a que abran los regalos es una auténtica tortura.",
    "¡Qué tortura de esperar!, dice Leo en el coche.",
    # a baby kicking in the womb
    "Leo pone la oreja en la tripa de mamá y nota las pataditas de su hermanito.",
    # showering without "with him"
    "Mamá le pide a Clara que se duche antes de cenar.",
    # tied and then back soon
    "Atan al perro a la farola y entran en la panadería.",
    "Amarra el bote a un poste y se van a merendar.",
    # the fruit
    "Tira una granada al cesto de la fruta.",
    # kneeling or barefoot on harmless ground
    "Se pone de rodillas sobre la alfombra para jugar.",
    "Camina descalzo sobre la arena de la playa.",
    # a walk in the woods, back together
    "Papá lleva a Irene al bosque y vuelven juntos con la cesta llena de setas.",
    # a knight crossing a wood, Cupid's arrow, a sword in a stone
    "El caballero atraviesa el bosque con su lanza.",
    "La flecha de Cupido le atraviesa el corazón a la princesa.",
    "Clava la espada en la roca.",
    # keepsakes that are drawings and milk teeth
    "La abuela guarda un recuerdito de cada nieto: un dibujo y una foto.",
    "Guarda un diente de leche de cada hijo en una cajita.",
    # a tractor on grass, a car beside a dog
    "El tractor pisa la hierba del prado.",
    "El coche pasa al lado del perro.",
    # flying without wings, a bird with its mother
    "El cerdito quiere volar aunque no tiene alas.",
    "El pajarito salta del tejado al cielo y vuela feliz con su mamá.",
    # a christening, a dip in the pool
    "El bautizo de la prima es en la iglesia.",
    "Se da un chapuzón en la piscina.",
    # old toys left in the attic
    "Los juguetes viejos se quedan en el desván cuando la familia se muda.",
    # boats back after a storm with fish or without problems
    "Tras el temporal, el barco del abuelo vuelve a puerto sin problemas.",
    "La barca vuelve vacía porque no han pescado nada.",
    # crushing as winning, as tiredness, as a can
    "Leo aplasta a su hermano en el parchís.",
    "Se siente aplastado por el peso de los deberes.",
    "Papá cae fulminado en el sofá después de la excursión.",
    "El electricista arregla el cable pelado del enchufe.",
]
