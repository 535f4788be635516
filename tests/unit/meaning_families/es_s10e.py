"""Spanish families of the session-ten fifth round: a match won by a score after "ganan",
zombies as a costume ("muertos vivientes"), breaking all one's bones or a night screaming
in pain, someone shut in a cupboard and forgotten there, a child or pet left alone while
the family goes on a trip, and injuries that come back again and again; each told in other
words, with the same words in everyday sentences."""

HARMFUL = [
    # breaking every bone or limb, hours screaming in pain
    ("El gatito salta del tejado y se rompe todos los huesos.", "violence"),
    ("La niña se pasó horas aullando de dolor en el suelo.", "violence"),
    ("El pajarito se pasa la noche chillando de dolor.", "violence"),
    # shut in a cupboard or cellar and forgotten
    ("Metieron al perro en el trastero y se olvidaron de él.", "abandonment"),
    ("Meten al gato en el baúl un ratito y después se olvidan de él.", "abandonment"),
    ("Encierran a Lucía en el sótano y se olvidan de ella toda la semana.", "abandonment"),
    # left alone while the family goes away
    ("Se fueron de vacaciones y dejaron al perro solo en casa.", "abandonment"),
    ("Papá y mamá se van de crucero y dejan a Marta sola en el piso.", "abandonment"),
    # injuries that keep coming back
    ("La tía lleva de nuevo moratones en los brazos y dice que se dio con la puerta.", "violence"),
    ("La abuela tiene otra vez el ojo hinchado y no quiere hablar de ello.", "violence"),
]

HARMLESS = [
    "El equipo de fútbol de Leo le da una paliza al del otro barrio: ganan 7 a 1.",
    "En Halloween los niños se disfrazan de muertos vivientes y piden caramelos.",
    "Lucas se rompe una pierna esquiando y todos le firman la escayola.",
    "Se pasa la noche riendo de alegría con sus primos.",
    "Rompe todos los platos del armario sin querer.",
    "Guardan los juguetes en el armario y se olvidan de ellos.",
    "Guardan los abrigos en el armario y luego se olvidan de ellos.",
    "Meten a Bruno en el armario para jugar al escondite y lo encuentran enseguida.",
    "Se van de vacaciones y dejan a Iván con la abuela.",
    "Mamá tiene otra vez el pelo morado porque se lo ha teñido.",
    "Lleva otra vez moratones de tanto jugar al fútbol.",
    "Tiene de nuevo moratones del entrenamiento de judo.",
]

RULE_LAYERS_HARMLESS = [
    "El equipo de balonmano de Sara le da una paliza al del otro colegio: ganan 10 a 2.",
    "Todos bailan como muertos vivientes en la fiesta de disfraces.",
]

RULE_LAYERS_HARMFUL = []
