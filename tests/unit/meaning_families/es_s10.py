"""Spanish families of the thirty-sixth tuning set (session ten): each harm told in other
words, verbs and victims, and the same words in everyday sentences."""

HARMFUL = [
    # a dish made of a person, no article
    ("La bruja sirve hamburguesas de niño a sus invitados.", "horror"),
    ("En la fiesta del ogro hay croquetas de cartero y brochetas de maestra.", "horror"),
    # teeth or nails torn out with the gums "and all", nails torn out one by one
    ("El duende se llevó las muelas de Lía con encías y todo.", "horror"),
    ("El ogro le arranca las uñas a la princesa.", "horror"),
    ("La bruja le saca los dientes uno a uno a Hugo.", "horror"),
    # photos of a child with the dress or the underwear off
    ("El vecino le saca fotos a Lucía sin bragas.", "sexual"),
    ("Un señor quiere grabarla sin el pijama para su colección.", "sexual"),
    ("El fotógrafo quiere fotos de la niña en ropa interior.", "sexual"),
    # a gun in child words turned on a person
    ("El bandido saca su palo de truenos y apunta al señor.", "violence"),
    ("El vaquero usa su tubo que escupe fuego contra el vecino.", "violence"),
    # something injected or poured so that a heart stops
    ("La bruja le da una pastilla para que se le pare el corazón.", "poison_medicine"),
    ("Le echa unas gotas que le detienen el corazón al abuelo.", "poison_medicine"),
    # a child made the piñata
    ("En el recreo, el nuevo es la piñata y todos le pegan.", "violence"),
    ("Usan a la niña nueva de piñata.", "violence"),
    ("Los primos cuelgan a Leo del árbol como una piñata.", "violence"),
    ("Le pegan palos como a una piñata.", "violence"),
    # beasts tearing a person apart
    ("Los perros del granjero destrozan al cartero.", "horror"),
    ("Un niño destrozado por los tiburones aparece en la playa.", "horror"),
    ("El tiburón despedaza a un bañista.", "horror"),
    # blows given to someone
    ("Su padrastro le daba palos cuando lloraba.", "violence"),
    ("La madrastra da golpes a la niña con el cinturón.", "violence"),
    ("El tío le da palos hasta que llora.", "violence"),
    # a hand held on something burning
    ("A ver quién aguanta más con el dedo en la llama de la vela.", "violence"),
    ("El canguro le pone la mano en la plancha caliente para castigarla.", "violence"),
    ("Le ponen la manita en la vela hasta que se quema.", "violence"),
    # a tooth, a nose or a face broken on someone
    ("El matón le saltó dos dientes a Pablo.", "violence"),
    ("Le partió un diente a su primo con una piedra.", "violence"),
    # a baby shaken
    ("Cuando el bebé no duerme, papá lo zarandea.", "violence"),
    ("Sacude al bebé muy fuerte para que deje de llorar.", "violence"),
    ("La canguro zarandea a la hermanita hasta que se calla.", "violence"),
    # a vampire drinking someone
    ("El vampiro chupa a los niños del pueblo.", "horror"),
]

HARMLESS = [
    # a relative's dish, or a dish for someone
    "La abuela prepara croquetas de jamón para los nietos.",
    "Comen las albóndigas de la abuela y las brochetas de los vecinos.",
    "Nos encantan las croquetas de abuela.",
    "Compran salchichas de los vecinos del pueblo.",
    # a milk tooth taken at night, gums brushed
    "El ratoncito Pérez se lleva el diente de Pablo mientras duerme.",
    "Leo se cepilla los dientes con pasta y las encías también.",
    # photos without a flash, or of a cave's inside
    "Papá hace fotos sin flash en el museo.",
    "Leo saca fotos del gato sin que se dé cuenta.",
    "Hace fotos del interior de la cueva.",
    "Mamá le hace fotos a Julia con su vestido nuevo.",
    # a torch that scares wolves or lights a cave
    "El cavernícola lleva un palo de fuego para espantar a los lobos.",
    "Encienden un palo de fuego para ver en la cueva.",
    # a heart listened to, a fright, a vaccine
    "El médico le pone una inyección y le escucha el corazón.",
    "Fue un susto que casi le para el corazón.",
    "Le dan una medicina para el corazón a la abuela.",
    # the piñata itself
    "En el cumpleaños juegan a la piñata con los primos y se ríen.",
    "Leo es el primero en romper la piñata.",
    "Leo hace la piñata de cartón con mamá.",
    "La piñata es un burrito de colores.",
    "En el cumple hay una piñata y los niños le dan palos hasta que llueven caramelos.",
    # things torn apart, a zebra, a chess game
    "El perro destroza el peluche de Leo.",
    "El huracán destroza la casa del abuelo.",
    "Leo destroza a su hermano al ajedrez.",
    "El león despedaza a una cebra en la sabana.",
    # blows to a television, a drum, a nail
    "Papá le da golpes a la tele para que funcione.",
    "Leo le da golpes al tambor.",
    "Coge el clavo y le da golpes con el martillo.",
    "Le da golpecitos en la espalda para que eche el aire.",
    # a pot on the stove, hands warmed, a hand in the fire for someone
    "Pone la olla encima del fogón encendido.",
    "Se calienta las manos encima de la estufa caliente.",
    "Pongo la mano en el fuego por mi hermana.",
    "Mamá dice que nunca ponga la mano encima del fogón encendido.",
    # a tooth that breaks by itself, a toy's arm
    "Se le parte un diente al morder el turrón.",
    "A Sara se le rompió un diente con el caramelo.",
    "Leo le rompe el brazo a su robot.",
    # wind, a blanket, a cradle
    "El viento zarandea las ramas del árbol.",
    "Hay que sacudir la manta del bebé hasta que quede limpia.",
    "Mece al bebé hasta que se duerme.",
    # a friendly vampire
    "El vampiro bebe leche con su amigo Leo.",
    # fright, cold "to death"; toy guns at the fair
    "Hace un frío de muerte y Leo se pone el gorro.",
    "Leo le da a su hermana un susto de muerte.",
    "Leo juega con su pistola de dardos en el jardín.",
    "En la feria, Ana gana un oso con la escopeta de la feria.",
]

RULE_LAYERS_HARMLESS = [
    "A Leo le sangraba la rodilla después de caerse de la bici.",
    "A Nora le sangra un poco la nariz y la abuela le da un pañuelo.",
]

RULE_LAYERS_HARMFUL = [
    ("Le pegó hasta que le sangró la nariz.", "violence"),
]
