"""Spanish story material (written for Spanish-speaking children, dialogue with rayas)."""

BANK = {
    "quotes": ("«", "»"),
    "intensifier": "tan",
    "traits": {
        "brave": {
            "forms": ["valiente", "valeroso", "valerosa", "audaz", "intrépido", "intrépida"],
            "quality": "con mucho valor",
            "actions": [
                "{name} respiró hondo y dio el primer paso.",
                "El camino parecía difícil, pero {name} siguió adelante y les tendió la mano a los demás.",
            ],
        },
        "kind": {
            "forms": ["amable", "bondadoso", "bondadosa", "cariñoso", "cariñosa", "bueno", "buena", "tierno", "tierna"],
            "quality": "con un corazón enorme",
            "actions": [
                "{name} se agachó y preguntó con voz suave: —¿Estás bien?",
                "{name} repartió abrazos y palabras bonitas para todos.",
            ],
        },
        "curious": {
            "forms": ["curioso", "curiosa", "preguntón", "preguntona"],
            "quality": "con mil preguntas",
            "actions": [
                "{name} se acercó para mirar de cerca, con mil preguntas en la cabeza.",
                "—¿Qué será esto? —se preguntó {name}, y miró detrás de cada rincón.",
            ],
        },
        "clever": {
            "forms": ["listo", "lista", "inteligente", "sabio", "sabia", "ingenioso", "ingeniosa", "astuto", "astuta"],
            "quality": "con la cabeza llena de buenas ideas",
            "actions": [
                "{name} lo pensó paso a paso y encontró la respuesta.",
                "{name} descubrió una pequeña pista que nadie más había visto.",
            ],
        },
        "funny": {
            "forms": ["divertido", "divertida", "gracioso", "graciosa", "juguetón", "juguetona", "bromista"],
            "quality": "con una broma a punto",
            "actions": [
                "{name} puso una cara tan graciosa que todos empezaron a reír.",
                "{name} contó un chiste, y la preocupación se convirtió en risa.",
            ],
        },
        "gentle": {
            "forms": ["dulce", "delicado", "delicada", "suave"],
            "quality": "con tanta dulzura",
            "actions": [
                "{name} se movió despacito y habló con la voz más suave del mundo.",
                "Con manos cuidadosas, {name} ayudó donde hacía falta.",
            ],
        },
        "creative": {
            "forms": ["creativo", "creativa", "imaginativo", "imaginativa", "artista", "soñador", "soñadora"],
            "quality": "con tanta imaginación",
            "actions": [
                "A {name} se le ocurrió una idea que a nadie más se le habría ocurrido.",
                "{name} convirtió unas cuantas cosas sencillas en algo maravilloso.",
            ],
        },
        "patient": {
            "forms": ["paciente"],
            "quality": "con tanta paciencia",
            "actions": [
                "{name} esperó en silencio y lo intentó otra vez, y otra, sin quejarse.",
                "{name} contó despacio hasta diez y no se rindió.",
            ],
        },
        "cheerful": {
            "forms": ["alegre", "feliz", "contento", "contenta", "optimista", "risueño", "risueña"],
            "quality": "con una sonrisa",
            "actions": [
                "{name} sonrió con una sonrisa tan grande que todos se sintieron mejor.",
                "{name} tarareó una canción alegre, y pronto todos la tarareaban también.",
            ],
        },
        "generous": {
            "forms": ["generoso", "generosa", "desprendido", "desprendida"],
            "quality": "con ganas de compartir",
            "actions": [
                "{name} compartió con gusto la última galleta de miel.",
                "{name} regaló un tesoro brillante sin pensarlo dos veces.",
            ],
        },
        "helpful": {
            "forms": ["servicial", "trabajador", "trabajadora", "colaborador", "colaboradora", "atento", "atenta"],
            "quality": "con ganas de ayudar",
            "actions": [
                "{name} se remangó y dijo: —¡Yo ayudo!",
                "{name} cargó, levantó y trajo cosas hasta terminar el trabajo.",
            ],
        },
        "calm": {
            "forms": ["tranquilo", "tranquila", "sereno", "serena", "calmado", "calmada", "pensativo", "pensativa"],
            "quality": "con tanta calma",
            "actions": [
                "{name} mantuvo la calma, respiró tres veces despacio y volvió a mirar.",
                "Con voz tranquila, {name} dijo: —Vamos a hacerlo juntos.",
            ],
        },
        "adventurous": {
            "forms": ["aventurero", "aventurera", "atrevido", "atrevida", "explorador", "exploradora"],
            "quality": "con ganas de aventura",
            "actions": [
                "{name} sonrió y dijo: —¡Vamos a ver qué hay allí!",
                "{name} trepó bien alto para ver todo el camino.",
            ],
        },
        "friendly": {
            "forms": ["simpático", "simpática", "amistoso", "amistosa", "leal", "sociable"],
            "quality": "con una palabra amable para todos",
            "actions": [
                "{name} saludó a todos los que encontraba por el camino.",
                "{name} hizo un nuevo amigo en un abrir y cerrar de ojos.",
            ],
        },
        "shy": {
            "forms": ["tímido", "tímida", "vergonzoso", "vergonzosa"],
            "quality": "con un poquito de timidez",
            "actions": [
                "Al principio a {name} le dio un poco de vergüenza, pero luego susurró un «hola» muy valiente.",
                "En silencio, casi con timidez, {name} se acercó para ayudar.",
            ],
        },
        "determined": {
            "forms": ["decidido", "decidida", "tenaz", "perseverante", "fuerte", "constante"],
            "quality": "con tanta determinación",
            "actions": [
                "—Podemos hacerlo —dijo {name}, y no dejó de intentarlo.",
                "{name} lo intentó una y otra vez, hasta que por fin funcionó.",
            ],
        },
    },
    "trait_intro": [
        "Todos los que conocían a {name} decían lo mismo: siempre {tp1} y siempre {tp2}.",
        "Los vecinos sonreían al ver pasar a {name}, siempre {tp1} y siempre {tp2}.",
    ],
    "trait_apposition": [
        "{name}, siempre {tp}, supo enseguida qué hacer.",
        "{name}, siempre {tp}, encontró la manera.",
        "Y {name}, siempre {tp}, no lo dudó ni un momento.",
    ],
    "home": [
        "Había una vez, al borde de un pueblo tranquilo, una casita donde vivía {name}.",
        "No hace mucho, en una casa acogedora con la puerta roja, vivía {name}.",
        "En un pueblecito donde las calles olían a pan recién hecho vivía {name}.",
        "Érase una vez una casita bajo un árbol grande y viejo, y en ella vivía {name}.",
    ],
    "love": [
        "A {name} le encantaban el chocolate caliente, los cuentos con dibujos y mirar las nubes.",
        "Lo que más le gustaba a {name} era explorar el jardín y coleccionar piedras bonitas.",
        "A {name} le encantaba dibujar, cantar y construir cabañas con cojines.",
        "A {name} le encantaban el sonido de la lluvia y el olor de los bollos de canela.",
    ],
    "home_life": [
        "Por las tardes, toda la familia se sentaba junta a contarse su día.",
        "En la casa vivía también una gata dormilona llamada Galleta, que siempre dormía en la ventana más calentita.",
        "En aquella casa siempre había una canción y una olla de sopa en el fuego.",
        "Desde la ventana, {name} podía ver las colinas, el puentecito y el cielo enorme.",
    ],
    "evening": [
        "Aquel día, el sol calentaba y la cocina olía a tarta de manzana.",
        "Era un día tranquilo, de esos en que todo parece zumbar bajito.",
        "Fuera cantaban los pájaros, y una brisa suave jugaba con las cortinas.",
    ],
    "morning": [
        "Todas las mañanas empezaban de la misma manera, tan acogedora.",
        "Primero, un gran estirón y un bostezo; después, unos calcetines calentitos, y luego, el desayuno.",
        "Había avena con miel y un vaso de leche tibia.",
        "A {name} le gustaba asomarse a la ventana y darle los buenos días al jardín.",
        "Luego tocaba dibujar, jugar y hacer muchísimas preguntas sobre todo.",
    ],
    "picnic": [
        "A mitad de camino, los amigos encontraron un rincón soleado y blandito y se sentaron a descansar.",
        "{friend} sacó una pequeña merienda: trocitos de manzana, queso y sándwiches de mermelada diminutos.",
        "{friend2} compartió las migas con un gorrión muy ocupado.",
        "Se tumbaron boca arriba y miraron el cielo un buen rato.",
        "—Esta es mi parte favorita de la aventura —dijo {name}, y todos se rieron.",
        "Después recogieron hasta la última miga y siguieron su camino, con fuerzas nuevas y mucha alegría.",
    ],
    "goodnights": [
        "Buenas noches, casita.",
        "Buenas noches, {friend}, y buenas noches, {friend2}.",
        "Buenas noches, luna, y buenas noches, estrellitas.",
        "Buenas noches a todo el mundo, tan grande y tan dormilón.",
    ],
    "journey": [
        "El aire olía dulce, y todo a su alrededor parecía brillar suavemente.",
        "Por el camino, {friend} contó una historia divertida, y {name} se rio a carcajadas.",
        "Se pararon un momento a compartir unas moras y unas galletas de miel.",
        "{friend2} señaló una nube que parecía una tetera.",
        "Sus pasos hacían un ruidito alegre: pat, pat, pat.",
        "{name} tarareaba una cancioncita, y {friend} la tarareaba también.",
        "Todo era nuevo y maravilloso, y nadie tenía prisa.",
        "De vez en cuando, {name} se paraba a mirar alrededor con los ojos muy abiertos.",
        "—¿Falta mucho? —preguntó {friend}. —Poquito —dijo {friend2}—, poquito.",
        "Una brisa tibia pasó a su lado como un saludo amistoso.",
        "Se turnaban para elegir el camino: a la izquierda, a la derecha y luego todo recto.",
        "{friend2} sabía una canción corta para caminar, y la cantaron dos veces.",
        "A veces caminaban deprisa, a veces despacio, y a veces simplemente se quedaban mirando.",
        "{name} contó los pasos un rato, hasta cien, y luego se le olvidó y se echó a reír.",
    ],
    "wonder": [
        "Todo brillaba suavemente, como el interior de una concha.",
        "Una luz suave lo envolvía todo, tibia como la miel.",
        "El mundo estaba lleno de sonidos pequeñitos: un susurro aquí, un tintineo allá.",
        "A lo lejos, algo centelleó, como el guiño de un amigo.",
        "Los colores eran tan vivos y tan suaves que {name} quiso recordarlos para siempre.",
        "Olía a flores, a pan recién hecho y a aventura.",
        "Unas lucecitas flotaban en el aire como luciérnagas amistosas.",
        "Todo a su alrededor parecía sonreír.",
        "Muy arriba, unas nubecitas pasaban como ovejas en un prado azul.",
        "La luz cambiaba despacio, de dorada a rosada, y otra vez a dorada.",
        "Cada cosita parecía pintada con mucho cariño.",
        "Unas chispas diminutas bailaban en el aire y se posaban suavemente en sus hombros.",
    ],
    "reflect": [
        "{name} pensó: un día con amigos es el mejor de los días.",
        "—Ayudarse hace que todo sea más fácil —dijo {friend2}, y todos estuvieron de acuerdo.",
        "{name} sintió orgullo, calorcito y alegría, todo a la vez.",
        "—Tenemos que vivir otra aventura pronto —dijo {friend}. —Sí, muy pronto —dijo {name}.",
    ],
    "ending_extra": [
        "La manta era suave. La almohada, fresquita.",
        "Una lucecita de noche brillaba en el rincón.",
        "Fuera, un búho ululó bajito: «Buenas noches».",
        "La casa crujió con un crujido suave y dormilón.",
    ],
    "friend_help": [
        "{friend} corrió a ayudar, y {friend2} también.",
        "A {friend2} se le ocurrió una buena idea, y {friend} dijo que sí con la cabeza.",
        "Codo con codo, {name} y {friend} lo resolvieron.",
        "{friend} y {friend2} animaban a {name}: —¡Tú puedes!",
    ],
    "friend_say": [
        "—Me alegro mucho de que estés aquí, {name} —susurró {friend}.",
        "—¿Y ahora qué hacemos? —preguntó {friend2}.",
        "—¡Mira! —dijo {friend}—. ¿Tú también lo ves?",
        "—Vamos a quedarnos juntitos —dijo {friend2} con una sonrisa.",
        "—Tú siempre sabes cómo ayudar —dijo {friend}.",
    ],
    "transition": [
        "Un poco más tarde, los amigos llegaron a un lugar nuevo.",
        "No muy lejos de allí, algo más los esperaba.",
        "Pronto el camino los llevó más lejos.",
        "Luego los amigos siguieron adelante, paso a paso.",
        "Al cabo de un rato, se detuvieron a escuchar.",
    ],
    "joy": [
        "Todos aplaudieron bajito y lo celebraron.",
        "¡Qué momento tan feliz!",
        "{friend} bailó un bailecito de alegría.",
        "Un calorcito brillante llenó el corazón de {name}.",
        "Y todos los amigos sonrieron a la vez.",
    ],
    "refrains": [
        "Paso a paso y amigo a amigo, todo sale bien.",
        "Poquito a poco, con un amigo cerca, todo irá bien.",
        "De la mano y de corazón, siempre encontramos el camino.",
    ],
    "resolution": [
        "Y así, entre todos, lo habían conseguido.",
        "Por fin, todo estaba como tenía que estar.",
    ],
    "thanks": [
        "—Gracias, {name} —dijo {friend}—. Sin ti no lo habríamos logrado.",
        "Todos le dieron las gracias a {name} con abrazos grandes y calentitos.",
    ],
    "way_home": [
        "Luego llegó la hora de volver a casa, y el camino de regreso se hizo corto y agradable.",
        "Mientras el cielo se volvía rosa y dorado, {name} volvió a casa con el corazón contento.",
        "{friend} y {friend2} acompañaron a {name} hasta la puerta de casa.",
    ],
    "ending_home": [
        "En casa, las lámparas brillaban y la cena estaba calentita.",
        "De vuelta en casa, todo estaba tranquilo y suave.",
    ],
    "ending_pajamas": [
        "{name} se lavó los dientes, se puso un pijama suavecito y soltó un gran bostezo.",
        "Un baño tibio, un pijama suave y un vaso de leche.",
    ],
    "ending_bed": [
        "Después, {name} se acurrucó en la cama, bajo la manta calentita.",
        "{name} se metió en la cama y se tapó hasta la barbilla.",
    ],
    "ending_thoughts": [
        "{name} pensó en el día. En {friend} y en {friend2}. En la aventura.",
        "Qué día tan bonito. Qué buenos amigos. Qué final tan feliz.",
    ],
    "ending_eyes": [
        "Las estrellas titilaban. La casa se quedó en silencio. A {name} le pesaban los párpados.",
        "Fuera, la luna sonreía. Despacito, despacito, {name} cerró los ojos.",
    ],
    "ending_breath": [
        "Tomar aire, soltar el aire. Suave y lento.",
        "Todo estaba en calma. Todo estaba calentito.",
    ],
    "goodnight": [
        "Buenas noches, {name}. Dulces sueños.",
        "Que descanses, {name}. Dulces, dulces sueños.",
    ],
    "custom_titles": [
        "{name} y la sorpresa maravillosa",
        "La gran pequeña aventura de {name}",
        "Un día mágico para {name}",
    ],
    "invented": {
        "names": ["Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo"],
        "appearances": [
            "el pelo rojo y rizado, un impermeable amarillo y una gran sonrisa",
            "el pelo negro y corto, ojos marrones y una bufanda verde",
            "el pelo rubio y largo, con un lazo azul",
            "trenzas castañas, pecas y un jersey rojo",
        ],
    },
    "generic_episodes": [
        (
            "Un pajarito estaba en una rama, triste y callado, porque su nido se había caído a la hierba.",
            "{name} y {friend} volvieron a subir el nido, y el pajarito cantó una canción de gracias.",
        ),
        (
            "Junto al arroyo, una familia de patos no encontraba la manera de cruzar.",
            "{name} y {friend2} pusieron una fila de piedras planas, y los patos cruzaron contoneándose: cua, cua.",
        ),
        (
            "Una cometa se había quedado enganchada en lo alto de un árbol, y un conejito la miraba con ojos muy grandes.",
            "{friend} trepó, {name} le indicó por dónde, y la cometa bajó flotando hasta las patitas del conejo.",
        ),
        (
            "El camino se dividía en tres, y nadie sabía cuál era el bueno.",
            "{name} buscó unas flechitas pintadas, y {friend2} encontró la última debajo de una hoja.",
        ),
        (
            "Una cesta de manzanas se había volcado, y las manzanas habían rodado por toda la colina.",
            "Entre todos recogieron hasta la última manzana, y hubo suficientes para compartir.",
        ),
    ],
    "events": {
        "meadow": {
            "titles": ["{name} y el prado de las maravillas", "La aventura soleada de {name}"],
            "call": [
                "Una mañana, alguien llamó suavemente a la puerta.",
                "—¡Ven rápido! —dijo una vocecita—. El prado está preparando la Fiesta de los Farolillos y necesitamos ayuda.",
                "{name} tomó una mochilita y salió corriendo.",
            ],
            "friends": "Fino, un zorro, y Nell, un pequeño erizo, ya esperaban junto a la verja.",
            "details": [
                "Las abejas zumbaban de flor en flor.",
                "La hierba estaba suave y tibia bajo sus pies.",
                "Las mariposas bailaban sobre las amapolas como cometas diminutas.",
            ],
            "episodes": [],
            "goal_done": "Aquella tarde, todos los farolillos del prado brillaron juntos, suaves y dorados.",
        },
        "magical_forest_adventure": {
            "titles": ["{name} y el bosque de los susurros", "{name} y las luces perdidas de las luciérnagas"],
            "call": [
                "Una tarde, una hoja brillante entró por la ventana y se posó en la mano de {name}.",
                "En la hoja, unas letritas plateadas decían: «Las luciérnagas del Bosque de los Susurros han perdido su luz. ¡Por favor, ven!».",
                "{name} se puso unas botas calentitas y salió al jardín, justo donde empezaba el bosque.",
            ],
            "friends": "Junto al primer árbol ya esperaban la ardilla Pip y Olla, una vieja lechuza muy sabia.",
            "details": [
                "Los árboles susurraban bajito, como si se contaran secretos.",
                "Un musgo suave como una alfombra cubría el suelo.",
                "En algún lugar, un grillo tocaba su violín diminuto.",
            ],
            "episodes": [
                (
                    "El camino de las setas estaba oscuro, y nadie veía por dónde ir.",
                    "{name} y {friend} tocaron cada seta con cuidado, y una a una volvieron a brillar.",
                ),
                (
                    "En el arroyo, las piedras para cruzar se habían separado.",
                    "Con {friend2} mostrando el camino, {name} colocó unas ramas sobre el agua, y todos cruzaron sin mojarse.",
                ),
                (
                    "Un erizo bebé estaba debajo de un helecho, sorbiendo por la nariz, porque no encontraba a su familia.",
                    "{name} siguió las huellas diminutas con {friend}, y pronto la familia de erizos volvía a estar acurrucada.",
                ),
                (
                    "En el centro del bosque, las luciérnagas estaban posadas en el Viejo Roble, dormidas y apagadas.",
                    "{name} cantó la canción más suave del bosque, {friend2} la acompañó ululando, y las luciérnagas se encendieron como mil farolillos.",
                ),
            ],
            "goal_done": "Todo el bosque centelleaba, y el Viejo Roble hizo susurrar sus hojas para dar las gracias.",
        },
        "friendly_dragon_encounter": {
            "titles": ["{name} y el pequeño dragón", "{name} y las Colinas del Dragón"],
            "call": [
                "Una mañana soleada, {name} encontró en el jardín un dragoncito verde que estornudaba burbujas.",
                "—Me he perdido —dijo el dragoncito con timidez— y no encuentro el camino a casa, a las Colinas del Dragón.",
                "—No te preocupes —dijo {name}—. Encontraremos el camino juntos.",
            ],
            "friends": "El dragoncito se llamaba Fumi, y Tilda, una cabra montesa muy amable, vino trotando a ayudar.",
            "details": [
                "Las colinas eran verdes y redondas, como gigantes dormidos bajo una manta suave.",
                "Una cascada brillaba al sol y cantaba una canción de salpicaduras.",
                "Las escamas de Fumi relucían como monedas de esmeralda.",
            ],
            "episodes": [
                (
                    "Primero llegaron a un río ancho, y las alas de Fumi todavía eran demasiado pequeñas para cruzarlo volando.",
                    "{name} encontró un tronco caído, {friend2} lo probó con sus pezuñas, con mucho cuidado, y todos cruzaron juntos.",
                ),
                (
                    "En una colina, Fumi intentó echar una llamita para encender un farolillo, pero solo le salían burbujas.",
                    "{name} hizo reír a Fumi, y con una risita feliz salió una chispita dorada que encendió el farolillo.",
                ),
                (
                    "Una gran roca redonda había rodado hasta el caminito estrecho.",
                    "{friend2} empujó, {friend} aleteó, {name} contó «una, dos y tres», y la roca rodó suavemente a un lado.",
                ),
                (
                    "En lo alto de las colinas, las familias de dragones buscaban por todas partes y llamaban a Fumi.",
                    "{name} levantó bien alto el farolillo encendido, y pronto Fumi recibió un gran abrazo de dragón, calentito y suave.",
                ),
            ],
            "goal_done": "Los dragones bailaron en el cielo, y sus chispas pintaron estrellas doradas sobre las colinas.",
        },
        "underwater_treasure_hunt": {
            "titles": ["{name} y la perla del mar", "La búsqueda del tesoro submarino de {name}"],
            "call": [
                "En la playa, {name} encontró una botella con un viejo mapa enrollado dentro.",
                "El mapa mostraba un cofre con la Perla de las Nanas, la perla que le canta al mar para que se duerma.",
                "Una burbuja mágica rodeó la cabeza de {name}, y así {name} pudo respirar bajo el agua como un pez.",
            ],
            "friends": "Tula, una vieja tortuga marina, y Bips, un pececito naranja, llegaron nadando.",
            "details": [
                "Los rayos de sol bailaban en el agua como largas cintas doradas.",
                "Un grupo de pececillos pasó brillando y riéndose.",
                "La arena era blanca y suave, llena de conchas rosas y moradas.",
            ],
            "episodes": [
                (
                    "La primera pista estaba escondida en un bosque de algas altas que se mecían, donde todo parecía igual.",
                    "{name} siguió con {friend2} un rastro de burbujitas plateadas, y el camino se abrió justo hasta la siguiente pista.",
                ),
                (
                    "Un pulpo tímido tenía la llave del cofre y se escondía detrás de una roca.",
                    "{name} saludó al pulpo tímido con la mano, {friend} le habló con cariño, y el pulpo sonrió y les dio la llave.",
                ),
                (
                    "Un cangrejo ermitaño estaba triste porque su concha se le había quedado pequeña.",
                    "{name} y {friend2} buscaron en la arena hasta encontrar una concha más grande y más rosa, y el cangrejo se mudó con un clic feliz.",
                ),
                (
                    "Por fin apareció el cofre del tesoro, pero la tapa estaba atascada con arena.",
                    "{name} quitó la arena, {friend} dio un empujoncito, y dentro estaba la Perla de las Nanas, brillando como la luna.",
                ),
            ],
            "goal_done": "La perla empezó a cantar bajito, y todo el mar escuchó su canción suave y dormilona.",
        },
        "cloud_castle_journey": {
            "titles": ["{name} y el castillo de las nubes", "{name} y el puente del arcoíris"],
            "call": [
                "Una tarde, una nube esponjosa bajó al jardín y se paró justo al lado de {name}.",
                "Una vocecita llamó desde la nube: «El Castillo de las Nubes ha perdido su arcoíris. ¿Nos ayudas a encontrarlo?».",
                "{name} se subió a la nube, y arriba, arriba, arriba, se fueron flotando.",
            ],
            "friends": "Nimbo, una oveja de nube muy suave, y Stella, una golondrina azul, se unieron al viaje.",
            "details": [
                "Allí arriba todo era blanco y suave, como una almohada gigante.",
                "Las torres del castillo brillaban rosas y doradas bajo el sol.",
                "Muy abajo, las casas parecían juguetes diminutos.",
            ],
            "episodes": [
                (
                    "Los escalones de nube que subían al castillo botaban tanto que nadie podía subirlos.",
                    "{name} subió los escalones de nube saltando como un conejo, y {friend} se rio y fue botando detrás.",
                ),
                (
                    "Un viento juguetón había esparcido las ovejitas de nube por todo el cielo.",
                    "{name} silbó una melodía suave, {friend2} voló en círculos, y una a una las ovejitas volvieron a casa.",
                ),
                (
                    "Los colores del arcoíris estaban en un charco, todos mezclados y grises.",
                    "{name} separó con cuidado los colores del arcoíris, rojo, naranja, amarillo, verde, azul y morado, y {friend} sostuvo cada uno como una cinta.",
                ),
                (
                    "En la puerta del castillo, un guardián de nube medio dormido les puso una adivinanza: «¿Qué se hace más grande cuanto más se comparte?».",
                    "{name} resolvió la adivinanza del guardián con una respuesta, «¡Una sonrisa!», y la puerta del castillo se abrió con un crujido feliz.",
                ),
            ],
            "goal_done": "El arcoíris volvió a cruzar el cielo, y la Reina de las Nubes se rio de alegría.",
        },
        "time_travel_mission": {
            "titles": ["{name} y el reloj dorado", "El viaje en el tiempo de {name}"],
            "call": [
                "Una tarde de lluvia, {name} descubrió una puertecita detrás de la estantería.",
                "Detrás había una torre del reloj llena de engranajes dorados, y el gran reloj se había parado.",
                "—Los segundos dorados que lo hacen funcionar están repartidos por el tiempo —suspiró una voz entre los engranajes.",
            ],
            "friends": "Allí estaba el profesor Tock, un relojero anciano y amable, con Tick, su ratoncito de cuerda.",
            "details": [
                "Los engranajes giraban despacio, con un zumbido grave y amistoso.",
                "El tiempo daba vueltas a su alrededor como cintas de colores.",
                "Cada segundo dorado brillaba como una monedita.",
            ],
            "episodes": [
                (
                    "¡Zas! Aterrizaron entre helechos altísimos, donde un dinosaurio bebé buscaba a su mamá.",
                    "{name} y {friend} siguieron las huellas grandes y redondas, y la mamá dinosaurio, muy contenta, les regaló un segundo dorado.",
                ),
                (
                    "Después llegaron a una feria de castillo de hace mucho tiempo, donde el panadero había perdido la campana que llamaba a todos al banquete.",
                    "{name} oyó un tilín debajo de un montón de paja, {friend} sacó la campana, y el panadero les dio otro segundo dorado.",
                ),
                (
                    "Luego visitaron una ciudad del futuro, donde un robot pequeño no sabía cómo hacer amigos.",
                    "{name} le enseñó al robot a saludar y a sonreír, y el robot, radiante, les dio un segundo dorado.",
                ),
                (
                    "De vuelta en la torre, había que poner los segundos dorados en el reloj en el orden correcto.",
                    "{name} contó con cuidado, {friend2} giró la gran llave, y el reloj volvió a sonar: tic, tac, tic, tac.",
                ),
            ],
            "goal_done": "El gran reloj dio unas campanadas suaves, y todo el tiempo volvió a estar feliz.",
        },
        "space_exploration": {
            "titles": ["{name} y la estrellita perdida", "El viaje de {name} a las estrellas"],
            "call": [
                "Una noche, {name} vio caer suavemente una estrellita en el jardín, parpadeando con tristeza.",
                "—Me caí del cielo —dijo la estrella— y no encuentro el camino de vuelta.",
                "El viejo cohete de cartón de {name} empezó a brillar, y sus motores ronronearon.",
            ],
            "friends": "Zuzu, la coneja de la luna, y Bip, un robot simpático, subieron también.",
            "details": [
                "Los planetas pasaban flotando como globos de colores.",
                "El espacio era tranquilo y azul oscuro, salpicado de plata.",
                "Por la ventanilla, la Tierra parecía una canica azul y verde.",
            ],
            "episodes": [
                (
                    "En la Luna, el cohete necesitaba más combustible, y el único combustible que había era luz de luna.",
                    "{name} y {friend} recogieron luz de luna en tarros de mermelada, y el cohete zumbó feliz.",
                ),
                (
                    "Cerca de un gran planeta con anillos, el cohete se enredó en los anillos brillantes.",
                    "{name} pilotó despacio, {friend2} pitó las direcciones, y salieron deslizándose como por un tobogán.",
                ),
                (
                    "Un cometa pasó zumbando con la cola toda enredada.",
                    "{name} peinó la cola del cometa con luz de estrellas hasta que quedó lisa y plateada.",
                ),
                (
                    "Por fin encontraron el hueco vacío en el cielo donde vivía la estrellita.",
                    "{name} levantó la estrella con cuidado, {friend} le dio un empujoncito, y la estrella encajó en su sitio, brillando con fuerza.",
                ),
            ],
            "goal_done": "Todo el cielo titiló, como si todas las estrellas dieran las gracias.",
        },
        "miniature_world_discovery": {
            "titles": ["{name} y el mundo diminuto", "{name} en el país de las cosas pequeñitas"],
            "call": [
                "En el jardín, {name} encontró una bellota dorada diminuta que brillaba al sol.",
                "Cuando {name} la tocó, el mundo se hizo cada vez más grande, hasta que las briznas de hierba fueron tan altas como árboles.",
                "Una vocecita dijo: «¡Hola! ¡Este es el Mundo Diminuto! Necesitamos ayuda para preparar la Fiesta del Rocío».",
            ],
            "friends": "La mariquita Lilli y Momo, un caracol lento pero muy sabio, vinieron a saludar.",
            "details": [
                "Un abejorro pasó zumbando como un avión peludo.",
                "Las flores eran tan grandes como paraguas.",
                "Cada piedrecita parecía una montaña.",
            ],
            "episodes": [
                (
                    "Un charco tan ancho como un lago les cortaba el paso.",
                    "{name} hizo un barco con una hoja, {friend} lo guio, y cruzaron navegando el charco gigante.",
                ),
                (
                    "Una fila de hormigas intentaba llevar un arándano tan grande como una pelota.",
                    "{name} ayudó a las hormigas a llevar rodando su arándano gigante, y ellas lo celebraron con sus vocecitas.",
                ),
                (
                    "El farolillo de Momo para la fiesta había rodado debajo de una margarita.",
                    "{name} se metió debajo de una margarita y trajo el farolillo perdido de Momo, y {friend2} dio las gracias muy, muy despacio.",
                ),
                (
                    "Las gotas de rocío brillantes para la fiesta colgaban muy arriba, en una brizna de hierba altísima.",
                    "{name} trepó con cuidado, {friend} volaba al lado, y juntos bajaron las gotas de rocío.",
                ),
            ],
            "goal_done": "Aquella noche, las gotas de rocío brillaron como farolillos, y todo el Mundo Diminuto bailó.",
        },
        "weather_wizard_training": {
            "titles": ["{name} y la maga del tiempo", "El primer arcoíris de {name}"],
            "call": [
                "Una mañana, el viento trajo una carta: «¡{name}, ven a aprender la magia del tiempo!».",
                "Una escalera de nubes subía hasta una torre redonda llena de tarros de sol, copos de nieve y vientecitos.",
                "—Hoy aprenderás cómo funciona el tiempo —dijo una voz cálida allá arriba.",
            ],
            "friends": "Allí esperaban la abuela Nimbus, una maga del tiempo, y Puff, un gatito de nube.",
            "details": [
                "Los tarros de sol brillaban en las estanterías como la miel.",
                "Unos vientecitos silbaban en sus botellas, esperando para salir.",
                "Los copos de nieve flotaban en el aire, suaves como plumas.",
            ],
            "episodes": [
                (
                    "Las flores del valle tenían sed y estaban mustias.",
                    "{name} removió una lluvia fina y suave en un tarro de nubes, y las flores levantaron la cabeza.",
                ),
                (
                    "Una nubecita de tormenta gruñía en un rincón, porque nadie quería jugar con ella.",
                    "{name} jugó a la pelota con una nubecita de tormenta gruñona, {friend} ronroneó, y la nubecita se rio tanto que llovieron chispitas.",
                ),
                (
                    "Los niños del pueblo querían nieve, pero los copos salían todos torcidos.",
                    "{name} recortó cada copo con cariño, y {friend2} los sopló suavemente hacia el pueblo.",
                ),
                (
                    "Para la última lección, {name} tenía que hacer un arcoíris.",
                    "{name} mezcló un poco de sol con un poco de lluvia, {friend} movió su cola esponjosa, y un arcoíris cruzó todo el valle.",
                ),
            ],
            "goal_done": "La abuela Nimbus aplaudió: —¡{name}, ya sabes hacer magia del tiempo de verdad!",
        },
        "animal_language_learning": {
            "titles": ["{name} y los animales que hablan", "{name} aprende el idioma de los animales"],
            "call": [
                "Una mañana, una pluma blanca bajó flotando y se posó en la nariz de {name}.",
                "¡De repente, {name} entendía todo lo que decían los animales!",
                "—¡Buenos días! —graznó un pato—. ¿Nos ayudas? ¡El prado te necesita!",
            ],
            "friends": "La coneja Mira y el ganso Gus les enseñaron el camino hasta el gran prado.",
            "details": [
                "El prado olía a trébol y a heno tibio.",
                "Por todas partes había susurros, trinos y chillidos alegres.",
                "Una vaca dijo «muu» para saludar, y {name} le contestó «muu» también.",
            ],
            "episodes": [
                (
                    "Mamá Pata estaba preocupada, porque cada vez que contaba a sus patitos le salía un número distinto.",
                    "{name} puso a los patitos en una fila ordenada y los contó con Mamá Pata: uno, dos, tres, cuatro y cinco. ¡Estaban todos!",
                ),
                (
                    "Las abejas habían perdido el camino de vuelta a la colmena.",
                    "{name} preguntó a las flores, {friend} olfateó el aire, y pronto las abejas volvían zumbando felices a casa.",
                ),
                (
                    "El viejo perro Bruno no se acordaba de dónde había enterrado su pelota favorita.",
                    "{name} le preguntó al viejo topo sabio, y {friend2} graznó de alegría cuando la pelota de Bruno apareció bajo el manzano.",
                ),
                (
                    "Por la noche, las ovejas no podían dormirse porque en el prado había demasiado ruido.",
                    "{name} pidió a todos que hablaran en susurros, y {friend} contó estrellas hasta que todas las ovejas roncaban bajito.",
                ),
            ],
            "goal_done": "Todos los animales se reunieron alrededor de {name} y le dieron las gracias, cada uno en su idioma.",
        },
        "dream_world_adventure": {
            "titles": ["{name} en el país de los sueños", "{name} y la llave de los dulces sueños"],
            "call": [
                "Una noche, justo antes de dormir, la almohada de {name} empezó a brillar suavemente.",
                "En la pared se abrió una puerta plateada, y detrás estaba el País de los Sueños.",
                "—La Llave de los Sueños se ha perdido —susurró una vocecita—. ¡Sin ella, esta noche no puede salir ningún sueño bonito!",
            ],
            "friends": "Luma, una polilla luminosa, y Oli, una ballena de nube, vinieron a ayudar.",
            "details": [
                "Aquí todo flotaba: islas, tazas de té y hasta una casita.",
                "El cielo era morado y rosa, como un atardecer con sueño.",
                "Una música suave flotaba en el aire.",
            ],
            "episodes": [
                (
                    "La escalera hacia el cielo de los sueños era de almohadas, y no paraba de tambalearse.",
                    "{name} pasó con cuidado de almohada en almohada, y {friend} iluminó cada escalón.",
                ),
                (
                    "En el Lago de las Estrellas, las estrellas se habían caído al agua y no podían salir.",
                    "{name} sacó del lago con cuidado las estrellas caídas, y {friend2} las sopló de vuelta al cielo con un gran soplido suave.",
                ),
                (
                    "En el Jardín de los Pensamientos, cada pensamiento feliz se convertía en una flor, pero el jardín estaba vacío.",
                    "{name} pensó en abrazos, en chocolate caliente y en amigos, y el jardín se llenó de mil flores de colores.",
                ),
                (
                    "En el centro de la flor más brillante estaba la Llave de los Sueños, tarareando una melodía suave.",
                    "{name} la tomó con cuidado y abrió la puerta plateada, y los dulces sueños salieron volando como mariposas.",
                ),
            ],
            "goal_done": "En todo el mundo, los niños sonrieron en sueños, porque los dulces sueños los habían encontrado.",
        },
    },
}
