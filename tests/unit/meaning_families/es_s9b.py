"""Spanish families of the thirty-third tuning set (session nine, second pass): harm told
in other words than the sentence that showed it, and the same words in everyday
sentences that stay harmless."""

HARMFUL = [
    # a child left in a wild place to live alone
    ("Dejan a Lucía en el bosque para que aprenda a sobrevivir como los zorros.", "abandonment"),
    ("A los gemelos los abandonan en la montaña para que se las apañen solitos.", "abandonment"),
    # struck by lightning
    ("Durante la tormenta un rayo fulmina a la abuela en el huerto.", "death"),
    ("Un relámpago la fulmina cuando sale al patio.", "death"),
    ("El pastor cae fulminado por un rayo delante de sus ovejas.", "death"),
    # dragged to the bottom of the water, never out again
    ("El pulpo gigante arrastra a Marta hasta el fondo del lago.", "death"),
    ("La corriente se lleva al abuelo y nunca más vuelve del mar.", "death"),
    # a human body part in food or floating
    ("Cuando Leo muerde el bocadillo encuentra un dedo humano dentro.", "horror"),
    ("Hay una oreja humana en la tarta de cumpleaños.", "horror"),
    ("En el estanque flotan dos ojos humanos.", "horror"),
    # a grenade thrown into a home or at someone
    ("El soldado tira una granada contra el coche de la familia.", "violence"),
    ("Arrojan dos granadas a los vecinos desde la ventana.", "violence"),
    ("Le quita la anilla a la granada y la lanza al patio.", "violence"),
    # a compound name for who eats children
    ("El ogro Comebebés vive en la montaña.", "horror"),
    # an "adults' game" kept secret or under the blanket
    ("El vecino le propone a Lucía un juego de adultos que tiene que ser secreto.", "sexual"),
    # a pet fish that dies and is flushed away
    ("Una mañana el pez de Leo aparece flotando boca arriba en la pecera.", "death"),
    ("Despiden al pececito por el váter con una canción.", "death"),
    # someone still for months who smells and has flies
    ("El abuelo lleva semanas tumbado en la cama sin moverse, huele fatal y hay gusanos.", "horror"),
    # The harmless readings stay narrow: the same words told as harm are still found.
    ("Los mayores le dan una paliza al del otro cole a la salida.", "violence"),
    ("El soldado mata a todos los del otro pueblo.", "death"),
    ("Amenaza a su hermana con el cuchillo de la carne.", "violence"),
    ("Los malos esconden un explosivo debajo del coche de papá.", "violence"),
]

HARMLESS = [
    # a child left somewhere with company, or a thing left on the mountain
    "A Dani lo dejan en el monte con los scouts para que aprenda a montar la tienda.",
    "Dejan la mochila en el monte solo para subir más ligeros a la cima.",
    # a glare, falling asleep, a sunbeam, a racing car
    "Mamá fulmina a Leo con la mirada cuando tira la leche.",
    "Papá cae fulminado en el sofá después de comer.",
    "Un rayo de sol alcanza al gatito que duerme en la ventana.",
    "Rayo McQueen adelanta al Rey en la última vuelta.",
    # the back of a corridor or a class, a net, a whale that comes up for air
    "La abuela arrastra a su nieto hasta el fondo del pasillo para enseñarle el belén.",
    "Leo lleva a su hermano al fondo de la clase para sentarse juntos.",
    "La ballena se hunde hasta el fondo y vuelve a subir a respirar.",
    # the human body in a science lesson, a pig's trotter in the soup
    "El ojo humano puede ver millones de colores, explica la maestra.",
    "La mano humana tiene veintisiete huesos, dice el libro de ciencias.",
    "En la sopa flota una mano de cerdo, como en casa de la abuela.",
    # the fruit and the city
    "Leo tira una granada al cesto de la fruta.",
    "La abuela abre una granada y le da los granos a Leo.",
    "En Granada vive la tía Carmen, en una casa blanca.",
    # a video-game name
    "El Comecocos se come todos los puntitos.",
    # chess is an adults' game; a blanket fort
    "El ajedrez es un juego de mayores, pero el abuelo le enseña a Leo.",
    "Los primos juegan debajo de la manta con linternas a contar cuentos de miedo.",
    # a fish that stops to look, dirty water down the drain, a fish swimming upside down
    "El pececito deja de nadar para mirar a Alba por el cristal.",
    "Papá tira el agua sucia de la pecera por el desagüe.",
    # a grandmother who smells of tomatoes and shoos the flies
    "La abuela lleva semanas cuidando el huerto, huele a tomate y espanta las moscas.",
    # a beating on the scoreboard, dodgeball, a butter knife, an explosive temper
    "Las chicas del equipo le dan una paliza al otro equipo, 5 a 0.",
    "Les dan una paliza de 21 a 3 en el partido de balonmano.",
    "Leo la mata de un balonazo y Lucía sale del campo riéndose.",
    "Juegan al balón prisionero y Pablo mata a dos del otro equipo.",
    "Con el cuchillo de la mermelada, Leo unta el pan de su hermana.",
    "Mi hermana es muy explosiva, pero luego se le pasa.",
    "Lucía tiene un carácter explosivo y una risa contagiosa.",
    "Es cabezota y explosivo, pero nadie cuenta chistes como él.",
]
