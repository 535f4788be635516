"""Spanish families of the session-ten category sweep: a weapon used on someone, a fire
nobody got out of, poisoning that makes someone ill, a beast swallowing someone, and a
victim torn to pieces; each told in other words, with the same words in everyday sentences."""

HARMFUL = [
    # a harm verb, a person or a name, then "con" and a weapon (either order)
    ("El bandido machacó a Rodrigo con una porra.", "violence"),
    ("La madrastra azota a la pequeña con un cinturón.", "violence"),
    ("Con un martillo, el ladrón aporrea al tendero.", "violence"),
    # a fire and someone of the family who could not get out
    ("Ardió la cabaña y la abuelita no pudo escapar.", "death"),
    ("Mi primo no pudo salir del incendio del granero.", "death"),
    ("Hubo un incendio en el piso y la tía Rosa no pudo huir.", "death"),
    # poisoning that follows eating, drinking or picking something
    ("Los excursionistas probaron unas bayas y se intoxicaron.", "poison_medicine"),
    ("El gatito lamió el detergente y acabó envenenado.", "poison_medicine"),
    # a beast swallowing someone with "a la", "al" or "entero" before the victim
    ("El tiburón engulló a la abuela de Tere.", "horror"),
    ("El cocodrilo hambriento se tragó al cartero.", "horror"),
    # a victim attacked and torn to pieces
    ("La jauría alcanzó al pastor y lo hizo trizas.", "horror"),
]

HARMLESS = [
    "Un caballero con una lanza vigila la puerta del castillo.",
    "La reina arma caballero a Rodrigo con su espada.",
    "Pablo y su primo luchan con espadas de madera en el jardín.",
    "El caballero persigue al dragón con su escudo.",
    "La peluquera le corta el flequillo a Lucía con unas tijeras.",
    "Con un cuchillo, papá parte el pan y se lo da a su hermano.",
    "Llovía tanto que el papá de Lucas no pudo salir de casa.",
    "Los bomberos apagan el incendio y la abuela no pudo salir de su asombro.",
    "Lavamos bien las setas para que nadie se intoxique.",
    "En la obra de teatro Ana hace de lobo y se come a la abuelita de mentira.",
    "El perro agarró el cojín y lo hizo pedazos.",
    "El niño le dispara al balón y marca un gol.",
]

RULE_LAYERS_HARMLESS = [
    "El niño le dispara al balón y marca un gol.",
    "Mi hermana le disparó a la portería desde lejos.",
]

RULE_LAYERS_HARMFUL = [
    ("El bandido le dispara al sheriff.", "violence"),
]
