"""Spanish families of the thirty-seventh tuning set (session ten, second round): each harm
told in other words, verbs and victims, and the same words in everyday sentences."""

HARMFUL = [
    # someone slammed against a wall or the floor
    ("El tío estampó a su sobrino contra el suelo.", "violence"),
    ("Cuando llora, lo estrella contra la pared.", "violence"),
    # showing the "pito" or the "pilila"
    ("Un niño le enseña el pito a las niñas en el recreo.", "sexual"),
    ("Los mayores le obligan a sacarse la pilila en el vestuario.", "sexual"),
    # a gun held to someone's head
    ("Los ladrones encañonaron al cajero en la tienda.", "violence"),
    ("Le pone el cañón del arma en la nuca al tendero.", "violence"),
    # "firewater" given or drunk
    ("La abuela le sirve agua de fuego al niño para que duerma.", "drugs_alcohol"),
    # wild mushrooms or berries eaten on the spot, frothing at the mouth
    ("Lía se comió unas bayas que encontró en el parque.", "poison_medicine"),
    ("Los primos se comen unos hongos que crecen junto al río.", "poison_medicine"),
    # touching "the parts"
    ("Le toca las partes a su prima cuando no hay nadie.", "sexual"),
    ("Jugaban a tocarse sus partes debajo de la manta.", "sexual"),
    # an adult snogging or kissing a child on the mouth
    ("El monitor morreó a una niña del campamento.", "sexual"),
    ("El vecino besa en la boca a la nena.", "sexual"),
    # the doctor says someone will not last till a day
    ("El médico dice que la abuela no pasa del lunes.", "death"),
    ("La doctora dice que el yayo no llegará a Navidad.", "death"),
    # breaking one's neck
    ("El abuelo se resbaló en el hielo y se desnucó.", "death"),
    # pushed or tripped, and a bone broken
    ("Le pone la zancadilla a Mario y él se parte la pierna.", "violence"),
    ("Empuja a su primo desde el muro y se rompe el brazo.", "violence"),
    # run through with a sword or spear
    ("El soldado ensarta al niño con la lanza.", "violence"),
    ("El guerrero atravesó a Hugo con su espada.", "violence"),
    # a dead relative dug up or taken out of the coffin
    ("Desenterraron a la abuela para ver si seguía allí.", "horror"),
    ("Sacan al abuelo de su ataúd para sentarlo en la mesa.", "horror"),
    # "teaching to fly" from a high floor
    ("El niño hace volar al perro por la ventana del cuarto piso.", "violence"),
    ("Le enseña a volar al hámster desde el balcón.", "violence"),
    # living with the fish after the current took them, the farm in the sky, the rainbow bridge
    ("La niña cayó al río, la arrastró la corriente y ahora duerme con los peces.", "death"),
    ("El gatito cruzó la calle y ahora vive en el puente del arcoíris.", "death"),
    ("El perrito se escapó y ahora corre por la granja del cielo.", "death"),
    # spying on or filming someone undressing
    ("El vecino graba a las niñas duchándose.", "sexual"),
    ("Un señor espía a Marta desnudándose.", "sexual"),
    # a body cut up or hidden
    ("En el congelador está el cuerpo del vecino.", "horror"),
    ("Encuentran el cuerpo de la abuela troceado en pedazos.", "horror"),
    # buried by an avalanche, no survivors
    ("Un alud de nieve sepultó a los excursionistas.", "death"),
    ("Se hundió el barco: ningún superviviente.", "death"),
]

HARMLESS = [
    "Estampa el sello contra el papel.",
    "Tira la pelota contra la pared y la vuelve a coger.",
    "El jugador estampa el balón contra el poste.",
    "El árbitro toca el pito y empieza el partido.",
    "El abuelo me enseña su pito de madera que suena muy fuerte.",
    "El cañón del castillo apunta al mar.",
    "La abuela cocina las setas que encontró el abuelo en el monte.",
    "Echaba espuma por la boca de lo enfadado que estaba.",
    "Tocan las partes más difíciles de la canción.",
    "La mamá besa a la niña en la frente antes de dormir.",
    "El paquete no llega hasta el lunes.",
    "Al abuelo le quedan pocos días de vacaciones.",
    "El caballero atraviesa el río con su caballo.",
    "El caballero atraviesa al dragón con la espada.",
    "El perro desentierra un hueso en el jardín.",
    "Sacan al gatito de la caja de cartón.",
    "Mamá pájaro enseña a volar a sus polluelos desde el nido.",
    "Enseña a volar al pajarito desde la ventana.",
    "Nemo vive con los peces en el arrecife.",
    "Las nubes del cielo son blancas.",
    "Mamá mira a las niñas bañándose en la piscina.",
    "El cuerpo del canguro tiene una bolsa.",
    "Una avalancha de abrazos entierra a la abuela.",
    "Pedro empuja a su amiga en el columpio y ella se ríe.",
    "Empuja el carrito de su amiga y se le rompe una rueda.",
    "Le dieron una paliza al equipo visitante en la final.",
    "Nos dieron una buena paliza los del equipo contrario.",
    "Le damos con el bate por turnos hasta que se abre y caen caramelos.",
    "Cortamos la tarta de la abuela en trozos.",
]

RULE_LAYERS_HARMLESS = [
    "En la bodega del castillo guardan el vino en barricas.",
    "Los abuelos guardaban el vino en el sótano.",
    "Ganamos la liga: le dimos una paliza al equipo rival.",
]

RULE_LAYERS_HARMFUL = [
    ("El abuelo le da el vino al nieto.", "drugs_alcohol"),
    ("Los niños le pegan con un palo por turnos al nuevo.", "violence"),
]
