"""Spanish families of the session-ten fourth round: someone who eats people named as such
("el devorador de ..."), a body part of someone crushed or broken, explosives thrown or put
where someone lives, and "Matanzas" as a family name or a Cuban town; each told in other
words, with the same words in everyday sentences."""

HARMFUL = [
    # a name for whoever eats people
    ("La bruja era conocida como la Devoradora de Bebés.", "horror"),
    ("Los aldeanos temían al devorador de hombres de la montaña.", "horror"),
    # "le" + crush/break + a body part + the victim or a weapon
    ("El pirata le machacó los dedos a Lucía con un martillo.", "violence"),
    ("El ogro le pisotea la mano a su hermano.", "violence"),
    ("El guardia le revienta la nariz al prisionero con la porra.", "violence"),
    # explosives thrown or put at a place or a being, or with someone inside
    ("Los bandidos meten explosivos debajo de la escuela.", "violence"),
    ("El granjero malo le lanza un petardo al perro.", "violence"),
    ("Escondió cartuchos de dinamita en la cuna del bebé.", "violence"),
    ("Pusieron una bomba en el autobús con los niños dentro.", "violence"),
]

HARMLESS = [
    "Mi hija es una devoradora de libros.",
    "El oso hormiguero es un gran devorador de hormigas.",
    "Le rompió el corazón a Lucía.",
    "El abuelo le machaca los ajos a la abuela.",
    "Mamá le aplasta la plastilina a Leo para hacer una bola.",
    "Se rompió la pierna jugando al fútbol.",
    "El médico le escayola el brazo roto al niño.",
    "Los mineros usan dinamita para abrir el túnel.",
    "Esta canción es pura dinamita.",
    "Echamos una bomba de baño con el patito dentro.",
    "Pedro Matanzas es el panadero del pueblo.",
    "Nací en la ciudad de Matanzas.",
]

RULE_LAYERS_HARMLESS = [
    "Bruno Matanzas",
    "Lola Matanzas y su perro juegan en la playa.",
    "El señor Matanzas es el panadero.",
    "La bahía de Matanzas es muy bonita.",
]

RULE_LAYERS_HARMFUL = [
    ("En la guerra hubo muchas matanzas.", "violence"),
    ("Hay matanzas en la guerra.", "violence"),
]
