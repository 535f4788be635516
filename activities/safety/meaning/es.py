"""Spanish (Spain and Latin America): harmful meaning as lemmas (format: see ``__init__``).

Matching folds accents, so a few words collide with harmless ones and are left out or
kept to scenarios: "vino" (wine / he came), "heroína" (heroin / heroine), "coño" (folds
to "cono", cone), "revólver" (folds to "revolver", to stir), "granada" (pomegranate),
"él" and "mí" (fold to the article "el" and the possessive "mi"), "zorra"/"perra"
(fox, dog), "capullo" (bud, cocoon), "pito" (whistle), "mota", "maría", "coca",
"camello", "crack" (a star player), "tonto"/"bobo" (mild, everyday).
Where simplemma keeps an inflected form as its own lemma it is listed as well
("mata", "muerta", "morirse", "suicidarse", "disparada", "violada", "birras").
"cuchillo" needs a target (a cake is cut with one); "violento" is left out ("una
tormenta violenta"); colour words for people ("negros") only in fixed expressions.

As ``reader`` reads it: a scenario slot is compared with one word at a time, so every
alternative is a single word (two-word phrases are split into slots); a HARM entry with
spaces is a fixed expression whose words stand next to each other (one word may come
between), which keeps tight phrases tight; an ALLOW expression is words next to each
other, and it undoes a finding only when it covers all of the finding's words.
"""

# Crueldad hecha a alguien, como expresiones fijas (entre dos partes cabe una palabra):
# "cuece al niño en una olla", "le roe los huesos", "hace pedazos a los niños".
# Ajustadas para que "asamos salchichas con los niños en la hoguera" siga siendo inofensivo.
_COOKED = (
    "niño|niños|niña|niñas|nene|nenes|nena|nenas|chico|chicos|chica|chicas|bebé|bebés|gente|"
    "persona|personas|hombre|hombres|mujer|mujeres|aldeano|aldeanos|mamá|madre|papá|padre|"
    "abuela|abuelo|hermano|hermana|hermanito|hermanita|amigo|amigos|amiga|amigas|maestra|"
    "maestro|princesa|príncipe|hansel|gretel|perrito|gatito|cachorro|conejito|mascota"
)
_COOK = (
    "cocer|cuece|cocía|coció|hervir|hierve|hervía|hirvió|asar|asa|asaba|asó|freír|fríe|freía|"
    "frió|hornear|hornea|horneó|guisar|guisa|guisó|cocinar|cocina|cocinaba|cocinó|rustir"
)
_VESSEL = "olla|caldero|horno|cazuela|sartén|puchero|marmita|hoguera|fuego|perola|cacerola|parrilla|asador|espetón|sopa|guiso"
HORROR_DONE_TO = [
    f"{_COOK} a|al {_COOKED} en|dentro {_VESSEL}",
    f"{_COOK} a|al los|las|la|el|su|sus {_COOKED} en|dentro {_VESSEL}",
    f"{_COOK} a|al {_COOKED} vivo|viva|vivos|vivas|para",
    f"{_COOK} a|al los|las|la|el|su|sus {_COOKED} vivo|viva|vivos|vivas",
    "hacer|hace|hizo|hacen|hicieron|hacía pedazos|trizas|picadillo|papilla a|al @target",
    "le|les roer|roe|roía|royó|roen|mordisquea|mordisqueaba|chupa|chupaba|chupó|tritura|trituraba|cruje|crujía los huesos",
    "roer|roe|roía|royó|roen|mordisquear|mordisquea|triturar|tritura los huesos de|del @target",
]

HARM = {
    "violence": [
        "pistola", "escopeta", "rifle", "fusil", "metralleta", "ametralladora", "bala",
        "balazo", "tiroteo", "tirotear", "navaja", "puñal", "daga", "machete",
        "cuchillada", "puñalada", "apuñalar", "acuchillar", "bomba", "explosivo",
        "misil", "terrorista", "terrorismo", "sicario", "asesino", "asesina", "asesinar",
        "asesinato", "homicidio", "masacre", "matanza", "degollar", "decapitar", "torturar",
        "tortura", "sangriento", "ensangrentado", "ensangrentar", "violencia",
        "brutalmente", "secuestrador",
        "rehén", "agredir", "agresión", "maltratar", "maltrato", "linchar", "fusilar", "acribillar", "balear", "genocidio",
        "ejecución", "apedrear", "descuartizar", "lanzacohetes", "bazuca",
        # un arma en palabras de niño ("un palo de bum", "un palo que hace pum")
        "palo|palito|tubo|bastón|cacharro de|del|que bum|pum|pam|bang|boom|pium|catapum|pumba",
        # fixed expressions (words next to each other)
        "pegar|pegó|pega|pegaba|pegaron|pegaban|pegarle|pegue|pegues a|al @target",
    ],
    "death": [
        "morir", "morirse", "muerto", "muerta", "muerte", "mortal", "mortalmente",
        "moribundo", "fallecer", "fallecido", "fallecida", "difunto", "difunta", "cadáver",
        "matar", "mata", "matarse", "funeral", "entierro", "ataúd", "féretro",
        "lápida", "velorio", "luto",
        # un sueño que no se acaba ("una siesta para siempre", "el sueño eterno")
        "siesta|siestita|sueñecito|sueño|descanso para siempre", "sueño|descanso|siesta eterno|eterna",
        "criar|cría|criando|crían|criaba malvas", "ahogar", "ahogarse", "ahogado", "ahogada", "palmar",
        "palmó", "diñar", "morgue", "necrológica", "pasar|pasó a mejor vida",
    ],
    "poison_medicine": [
        "veneno", "envenenar", "envenenado", "envenenamiento", "sobredosis", "cianuro",
        "arsénico", "matarratas", "raticida", "anticongelante", "insecticida", "pesticida",
        "somnífero",
        # un producto de limpieza y luego bebérselo ("la lejía y se la bebe")
        "lejía|cloro|lavandina|detergente|amoniaco|amoníaco|friegasuelos|lavavajillas|suavizante|desinfectante|anticongelante|aguarrás y|luego se|la|lo bebe|bebió|traga|tragó|prueba|probó|chupa|chupó|toma|tomó",
    ],
    "sexual": [
        "desnudo", "desnuda", "desnudos", "desnudas", "desnudez", "sexo", "sexual",
        "sexualmente", "sexy", "porno", "pornografía", "pornográfico", "pene", "vagina",
        "vulva", "genitales", "tetas", "polla", "verga", "violar", "violación", "violador",
        "violado", "violada", "abusador", "pedófilo", "pederasta", "pedofilia", "incesto",
        "orgasmo", "erección", "masturbar", "masturbarse", "masturbación", "follar",
        "erótico", "lencería", "stripper", "striptease", "prostituta",
        "prostitución", "puticlub", "burdel", "prostíbulo", "condón", "preservativo", "coito",
        "manosear", "nudes", "xxx", "sexting", "hacer|hicieron|hacían|hacen el amor",
        "partes|parte íntimas|íntima|privadas|nobles",
        "le|la|lo toca|tocó|tocaba|tocaban ahí|allí abajo",
    ],
    "self_harm": [
        "suicidio", "suicidarse", "suicidar", "suicida", "autolesión", "autolesionarse",
        "autolesionar",
    ],
    "drugs_alcohol": [
        "cerveza", "birra", "birras", "vodka", "whisky", "güisqui", "ron", "tequila", "mezcal",
        "pisco", "aguardiente", "brandy", "coñac", "champán", "champaña", "licor", "alcohol",
        "alcohólico", "alcohólica", "borracho", "borracha", "borrachera", "emborrachar",
        "emborracharse", "ebrio", "ebria", "chupito", "cubata", "cubalibre", "calimocho",
        "litrona", "botellón", "sangría", "cigarro", "cigarrillo", "tabaco", "nicotina",
        "vapear", "vaper", "vapeo", "faso", "pucho", "droga", "drogar", "drogarse",
        "drogadicto", "drogata", "yonqui", "cocaína", "farlopa", "marihuana", "mariguana",
        "hachís", "porro", "canuto", "éxtasis", "mdma", "lsd", "tripi", "metanfetamina",
        "narco", "narcotraficante", "esnifar", "alucinógeno",
        # diminutives and slang for a cigarette or a joint
        "cigarrito", "cigarritos", "cigarrillito", "pitillo", "pitillos", "piti", "pitis",
        "porrito", "porritos", "canutito", "petas", "peta porro|porros",
    ],
    "abandonment": [],
    "stranger_secret": [],
    "horror": [
        "caníbal", "canibalismo", "desmembrar", "destripar", "mutilar", "mutilado",
        "cercenar", "vísceras", "despellejar", "desollar", "exorcismo", "exorcista",
        "satánico", "satanás", "demoníaco", "sanguinario", "gore", "macabro", "putrefacto",
        "carne humana", "hombre|hombres lobo muerde|mordió|devora|devoró",
    ] + HORROR_DONE_TO,
    "hate": [
        "sudaca", "negrata", "moraco", "panchito", "maricón", "marica", "mariconazo", "joto",
        "bollera", "tortillera", "travelo", "machorra", "sidoso", "subnormal", "mongólico",
        "mongolo", "tullido", "gabacho", "gitanada", "nazi", "neonazi", "hitler", "esvástica",
        "heil", "holocausto", "kkk",
        # a slur named by its letter ("la palabra con n")
        "palabra|palabrota con|de n", "nword", "n word",
        # slurs for disabled people
        "mongolito", "mongolita", "mongola", "mongólica", "mongólicos", "subnormales",
        "tullida", "tullidos", "retrasadito", "retrasadita", "retrasaditos",
        "negros|negras son|eran unos|unas monos|monas|simios|macacos|animales|salvajes",
        "negros|negras son|eran ratas|cerdos|basura|escoria|ladrones|vagos|inferiores|plaga|esclavos|simios|macacos|delincuentes",
        "gitanos|gitanas|moros|judíos|chinos|indios|sudacas son|eran sucios|sucias|ratas|monos|cerdos|animales|basura|escoria|ladrones|vagos|inferiores|asquerosos|asquerosas|bestias|salvajes|plaga",
    ],
    "insult": [
        "mierda", "puta", "puto", "joder", "jodido", "jodida", "cabrón", "cabrona",
        "gilipollas", "pendejo", "pendeja", "pendejada", "culero", "boludo", "boluda",
        "pelotudo", "pelotuda", "carajo", "cojones", "imbécil", "idiota",
        "estúpido", "estúpida", "malparido", "malparida", "gonorrea", "hijoputa", "hijueputa",
        "jueputa", "chingar", "chingada", "chingado", "mamón", "mamona", "tarado", "tarada",
        "cretino", "comemierda", "mamahuevo", "mamaguevo", "soplapollas", "lameculos",
        "chupapollas", "tontolculo", "tontolaba", "gordinflón", "gordinflona", "furcia",
        "hijo|hija|hijos|hijas de puta|perra", "cago en",
    ],
    # instructions to the story writer instead of a story
    "injection": [
        "clave|claves|key|keys|token|tokens de|del api|sistema", "api key|keys|token|tokens",
        "prompt|instrucciones|mensaje|mensajes del|de sistema", "system prompt",
        "modo desarrollador|developer|dan|jailbreak|dios|libre", "modo sin restricciones|filtros|censura|límites|normas|reglas",
        "jailbreak|jailbreakeada|jailbreakeado",
    ],
}

TARGETED = {
    "horror": ["despedazar"],
    "violence": [
        "disparar", "disparada", "golpear", "patear", "abofetear", "cachetear", "estrangular",
        "ahorcar", "asfixiar", "herir", "sangrar", "azotar", "flagelar", "apalear", "aporrear",
        "ejecutar", "zurrar", "atropellar", "paliza", "golpiza", "patada", "puñetazo",
        "bofetada", "cachetada", "bofetón", "tortazo", "guantazo", "trompada", "cachetazo",
        "nalgada", "azote", "latigazo", "pedrada", "sofocar", "cuchillo",
    ],
    "abandonment": ["abandonar"],
}

# Humans only (no animals): for eating, where "se comió el pescado" is dinner.
_PEOPLE = (
    "niño|niños|niña|niñas|nene|nenes|nena|nenas|chico|chicos|chica|chicas|bebé|bebés|"
    "gente|persona|personas|hombre|hombres|mujer|mujeres|humano|humanos|aldeano|aldeanos|"
    "mamá|madre|abuela|abuelita|abuelo|abuelito|hermano|hermana|hermanito|hermanita|"
    "amigo|amigos|amiga|amigas|maestra|maestro|ellos|ellas|caperucita"
)
_KIN = (
    "mamá|papá|madre|padre|padres|papás|abuela|abuelo|abuelita|abuelito|hermano|hermana|"
    "tía|tío|vecino|vecina|desconocido|mayores|adultos|señor|señora"
)
_STRANGER = "desconocido|desconocida|desconocidos|desconocidas"
_MAN = "hombre|hombres|señor|señora|mujer|tipo|individuo"
_ODD = "extraño|extraña|raro|rara|desconocido|desconocida|siniestro|sospechoso"
# Nouns for groups of people; colours and adjectives ("los gatos negros") only in
# fixed expressions in HARM.
_GROUPS = (
    "judío|judíos|judía|judías|musulmán|musulmanes|musulmana|musulmanas|moros|árabes|"
    "gitano|gitanos|gitana|gitanas|chinos|inmigrante|inmigrantes|extranjeros|refugiado|"
    "refugiados|migrantes|gays|homosexuales|lesbianas|sudaca|sudacas|latinos|mexicanos|"
    "indios|indígenas|rumanos|marroquíes|africanos|cristianos|católicos|discapacitados|"
    "autistas|venezolanos|peruanos|bolivianos|colombianos|haitianos|ecuatorianos|negratas"
)
_DEHUMANISING = (
    "sucio|sucios|sucia|sucias|rata|ratas|cucaracha|cucarachas|mono|monos|cerdo|cerdos|"
    "perros|basura|escoria|plaga|parásito|parásitos|ladrón|ladrones|delincuente|"
    "delincuentes|criminal|criminales|terrorista|terroristas|inferior|inferiores|asqueroso|"
    "asquerosos|vago|vagos|apestoso|apestosos|peste|virus|violador|violadores|invasor|"
    "invasores|enfermedad|lacra|chusma|gentuza"
)
_INSULTS = (
    "gordo|gorda|gordos|gordas|gordinflón|gordinflona|foca|vaca|ballena|cerdo|cerda|feo|"
    "fea|feos|feas|apestoso|apestosa|asqueroso|asquerosa|estúpido|estúpida|idiota|"
    "imbécil|retrasado|retrasada|inútil|inútiles|perdedor|perdedora|fracasado|fracasada|"
    "subnormal|tarado|tarada|mongolo|mongola"
)
# Names children are called (no animals: "llamó a las vacas" is farm work).
_NAMES = (
    "gordo|gorda|gordinflón|gordinflona|feo|fea|estúpido|estúpida|idiota|imbécil|retrasado|"
    "retrasada|inútil|perdedor|perdedora|fracasado|fracasada|subnormal|tarado|tarada|"
    "mongolo|mongola|apestoso|apestosa|asqueroso|asquerosa|foca|cuatrojos|gafotas"
)

# Cosas con las que se pega ("con un palo", "con el cinturón").
_BLUNT = (
    "bate|palo|palos|cinturón|correa|martillo|piedra|ladrillo|zapato|zapatilla|chancla|látigo|"
    "silla|botella|sartén|vara|barra|tubo|cadena|cable|regla|raqueta|rama|puño|puños|porra|"
    "cuerda|manguera|tabla|pala|hierro|escoba|palo|bastón|fusta|cazo"
)
# Tragar, beber o probar algo.
_CONSUME = (
    "tragar|tragarse|traga|tragó|comer|comerse|come|comió|beber|beberse|bebe|bebió|chupar|chupa|"
    "chupó|lamer|lame|lamió|probar|prueba|probó|sorber|sorbe|sorbió|zampar|zampa|zampó"
)
# Productos de limpieza y otros químicos de casa.
_CLEANING = (
    "lejía|cloro|lavandina|detergente|suavizante|amoniaco|amoníaco|limpiador|desinfectante|"
    "friegasuelos|lavavajillas|lavaplatos|friegaplatos|quitagrasas|desengrasante|desatascador|"
    "limpiacristales|salfumán|aguarrás|disolvente|quitaesmalte|enjuague|colutorio|insecticida|"
    "matarratas|anticongelante|queroseno|acetona|perfume|lavaloza|limpiahornos|limpiamuebles|"
    "mistol|fairy|sanytol|suavizantes|lavandina|limpiasuelos|fregasuelos|desinfectantes"
)
_CONTAINER = (
    "vaso|vasos|taza|tazas|botella|biberón|bebida|zumo|jugo|té|leche|limonada|refresco|sopa|"
    "boca|jarra|copa|batido|cacao|colacao|poción|pocima|pócima"
)
_MEDICINE = (
    "pastilla|pastillas|pastillitas|píldora|píldoras|comprimido|comprimidos|cápsula|cápsulas|"
    "medicina|medicinas|medicamento|medicamentos|jarabe|gotas|remedio|remedios|calmantes|"
    "analgésicos|tranquilizantes|somníferos|vitaminas|parches"
)
# Medicinas que son de los mayores: del corazón, para dormir, para los nervios.
_ADULT_MEDICINE = (
    "corazón|tensión|nervios|adultos|mayores|ansiedad|depresión|colesterol|azúcar|"
    "diabetes|" + _KIN.replace("|desconocido|mayores|adultos|señor|señora", "") + "|abuelita|abuelito|yaya|yayo"
)
# Niños pequeños y mascotas a los que no se da la medicina de otro.
_LITTLE_ONES = (
    "bebé|bebe|bebés|hermanito|hermanita|hermano|hermana|perro|perrito|gato|gatito|niño|niña|"
    "nene|nena|peque|primo|prima|amigo|amiga|amigos|hámster|conejo|mascota|niños"
)
# Los mayores a los que un niño espera ("no vino nunca ningún mayor").
_CARERS = (
    "mayor|mayores|adulto|adultos|padre|madre|padres|papá|mamá|papás|maestro|"
    "maestra|profe|familiar|familiares|persona|abuelo|abuela|tío|tía|canguro|niñera|dueño|dueños"
)
_DELETE = "borrar|borra|borre|borres|borró|borrara|borrase|eliminar|elimina|elimine|elimines|eliminó"
_MESSAGES = "mensaje|mensajes|chat|chats|conversación|conversaciones|whatsapp|whatsapps|wasaps|historial|correos|sms|audios|llamadas"
_IGNORE = (
    "ignorar|ignora|ignores|ignore|olvidar|olvida|olvídate|olvidate|olvides|saltar|sáltate|"
    "saltate|saltarte|saltarse|omitir|omite|pasar|pasa|pásate|pasate|pasando|desactivar|desactiva|"
    "quitar|quita|quítate|elimina|evitar|evita|desobedecer|desobedece|anular|anula|prescindir|"
    "prescinde|saltándote|salte|olvídense|ignoren|ignorad|olvidad"
)
_AI_ONLY = (
    "instrucción|instrucciones|directriz|directrices|filtro|filtros|restricción|restricciones|"
    "política|políticas|prompt|programación|moderación|censura|protecciones|salvaguardas|"
    "indicaciones|pautas|limitaciones"
)
_AI_RULES = _AI_ONLY + "|norma|normas|regla|reglas|límites|límite|configuración|seguridad|ética|principios|órdenes"
_WRITE = (
    "escribir|escribe|escríbeme|escribeme|cuenta|cuéntame|cuentame|contar|haz|hazme|hacer|crea|"
    "créame|crear|genera|generar|inventa|inventar|narra|narrar|redacta|redactar|describe|"
    "describir|dame|muestra|mostrar|relata|relatar"
)
_EXTREME = (
    "violenta|violento|violentas|violentos|sangrienta|sangriento|gore|brutal|brutales|explícita|"
    "explícito|sexual|sexuales|erótica|erótico|macabra|macabro|sádica|sádico|morbosa|"
    "morboso|escabrosa|truculenta|obscena|obsceno|adultos|pornográfica"
)
_WRITE_NOW = (
    "escribir|escribe|escríbeme|escribeme|cuéntame|cuentame|genera|generar|redacta|redactar|"
    "narra|narrar|describe|describir|relata|relatar|inventa|inventar|crea|crear"
)

SCENARIOS = [
    # ---------------------------------------------------------------- violence
    ("violence", ["pegar|pegó|pega|pegaba|pegaron|pegarle|dar|dio|daba|dieron|darle", "paliza|golpiza|puñetazo|puñetazos|bofetada|bofetadas|bofetón|tortazo|tortazos|cachetada|guantazo|trompada|cuchillada|puñalada|hostia|hostias|somanta"]),
    ("violence", ["pegar|pegó|pegarle|pegaron|pegaba", "tiro|tiros|balazo|balazos"]),
    ("violence", ["le|les", "meter|metió|metieron|dar|dio|dieron|pegar|pegó", "tiro|tiros|balazo|balazos"]),
    ("violence", ["lo|la|los|las|le|les", "empujar|empujó|empujaron|tiró|tiraron|arrojó|arrojaron|lanzó|lanzaron", "acantilado|puente|precipicio|barranco|balcón|azotea|torre|pozo|ventana|escaleras"]),
    ("violence", ["abusar|abusó|abusaba|abusaron", "de", "@target"]),
    ("violence", ["abuso|abusos", "sexual|sexuales|infantil|infantiles|menores|niños"]),
    ("violence", ["@target", "ser|fue|fueron|era|estaba|quedó|resultó", "disparado|disparada|baleado|baleada|apuñalado|apuñalada|golpeado|golpeada|pateado|pateada|abofeteado|estrangulado|estrangulada|torturado|torturada|asesinado|asesinada|secuestrado|secuestrada|maltratado|maltratada|azotado|azotada|apaleado|apaleada|ahorcado|ahorcada|linchado|acuchillado|fusilado|atropellado|atropellada|apedreado"]),
    ("violence", ["gravemente|malherido|malherida", "herido|herida|heridos|heridas|malherido|malherida"]),
    ("violence", ["hacha|hachas|motosierra|martillo|barra|bate|palo|palos|ladrillo|piedra|piedras|espada|lanza|tijeras", "contra", "@target"]),
    ("violence", ["atacar|atacó|amenazar|amenazó|perseguir|persiguió|golpear|golpeó|herir|hirió|matar|mató", "@target", "hacha|motosierra|martillo|barra|bate|palo|ladrillo|espada|lanza|cuchillo|pistola|navaja|tijeras"]),
    ("violence", ["tirar|tiró|tiraron|tira|tiran|tiraba|tiraban|lanzar|lanzó|lanzaron|lanza|lanzan|arrojar|arrojó|arroja|arrojan", "piedra|piedras|ladrillo|ladrillos|botella|botellas|cuchillo", "a|al|contra", "@target"]),
    ("violence", ["empujar|empujó|empujaron|empuja|empujan|tirar|tiró|tiraron|tira|tiran|tiraba|arrojar|arrojó|arroja|arrojan|lanzar|lanzó|lanza|lanzan", "@target", "acantilado|puente|precipicio|barranco|ventana|balcón|tejado|techo|azotea|escaleras|torre|pozo|horno|fuego|hoguera"]),
    ("violence", ["le|les", "meter|metió|hundir|hundió|sumergir|sumergió|sujetar|sujetó", "cabeza", "agua|bañera|río|piscina|váter"]),
    ("violence", ["quemar|quemó|quemaron|hervir|asar", "vivo|viva|vivos|vivas"]),
    ("violence", ["prender|prendió|prendieron|pegar|pegó", "fuego", "a|al", "@target|casa|escuela|colegio"]),
    ("violence", ["incendiar|incendió|incendiaron", "casa|escuela|colegio"]),
    ("violence", ["atar|ató|ataron|amarrar|amarró|amordazar|amordazó", "@target", "silla|cama|boca|cinta|amordazado|amordazada"]),
    ("violence", ["encerrar|encerró|encerraron", "@target", "baúl|maletero|cajuela|congelador|horno|nevera"]),
    ("violence", ["granada|granadas", "mano"]),
    ("violence", ["arma|armas", "fuego|blanca|blancas"]),
    ("violence", ["tiro|balazo", "pecho|nuca|espalda|corazón"]),
    ("violence", ["vender|vendió|vendieron", "su|sus|tu|mi", "hijo|hija|hijos|hijas|bebé|bebés|niño|niña"]),
    ("violence", ["romper|rompió|partir|partió", "cuello|cráneo|mandíbula|columna|costillas"]),
    ("violence", ["hacer|hizo|hacían", "sangrar", "@target"]),
    ("violence", ["campo", "concentración"]),
    ("violence", ["silla", "eléctrica"]),
    ("violence", ["pelotón", "fusilamiento"]),
    # pegar con algo ("le da una paliza a su hermanita con un palo")
    ("violence", ["pegar|pega|pegó|pegaba|pegan|golpear|golpea|golpeó|golpeaba|zurrar|zurra|zurró|azotar|azota|azotó|apalear|apalea|apaleó|aporrear|aporrea|aporreó|atizar|atiza|atizó", "@target", "con", _BLUNT]),
    ("violence", ["le|les", "pegar|pega|pegó|pegaba|pegan|golpear|golpea|golpeó|zurrar|zurra|zurró|azotar|azota|azotó|atiza|atizó|arrear|arrea|arreó", "con", _BLUNT]),
    # palabras de niño para un arma y una muerte ("un palo de bum", "hace que el señor malo haga pum")
    ("violence", ["hacer|hace|hizo|hacía|hacen", "que", _COOKED + "|señor|malo|malvado|tipo|ladrón|abusón|bruja|ogro", "haga|hiciera|hace|hizo|hacer", "pum|bum|pam|plof|splat|catapum|bang|boom|chof|plaf|pumba|cataplum|crac"]),
    ("violence", ["hacer|hace|hizo|haga", "pum|bum|pam|plof|bang|boom|catapum|pumba|cataplum", "a|al", _COOKED + "|señor|malo|malvado|tipo|ladrón|abusón"]),
    # crueldad con animales pequeños ("queman hormigas con una lupa")
    ("violence", ["quemar|queman|quema|quemó|quemaron|quemaba|freír|fríen|fríe", "hormiga|hormigas|bichos|bicho|insectos|insecto|escarabajos|gusanos|caracoles|arañas|mariposas|mariquitas|abejas|orugas|moscas", "lupa|mechero|cerilla|cerillas|fuego|vivo|vivas|vivos"]),
    ("violence", ["arrancar|arranca|arrancan|arrancó|arrancaron|arrancaba", "alas|patas|patitas", "mosca|moscas|mariposa|mariposas|pájaro|pajarito|bicho|bichos|insecto|insectos|araña|arañas|saltamontes|mariquita"]),
    # ---------------------------------------------------------------- death
    ("death", ["nunca|jamás", "volver|volvió|más", "despertar|despertó|despertaron|despertaría"]),
    ("death", ["no", "volver|volvió|volvería", "despertar"]),
    ("death", ["dormir|dormirá|dormiría|dormirse|dormido|dormida", "para", "siempre"]),
    ("death", ["dejar|dejó|dejaron", "de", "respirar"]),
    ("death", ["corazón", "dejar|dejó", "de", "latir"]),
    ("death", ["descansar|descanse|descansa", "paz"]),
    ("death", ["perder|perdió|perdieron", "la", "vida"]),
    ("death", ["quitar|quitó|quitaron", "la", "vida"]),
    ("death", ["estirar|estiró", "la", "pata"]),
    ("death", ["padres|papás|mamá|madre|papá|padre|abuela|abuelo|abuelita|abuelito|familia", "morir|murió|murieron|muerto|muertos|fallecer|falleció|fallecieron"]),
    ("death", ["sacrificar|sacrificaron|sacrificó", "a|al", "@target"]),
    ("death", [_COOKED + "|abuelito|abuelita|yaya|yayo|tía|tío|perro|gato|mascota", "ir|fue|fueron|ido|irse|subir|subió|subieron|marchó", "al", "cielo"]),
    # quemar a alguien con algo ("le quema las manos con la plancha")
    ("violence", ["le|les", "quemar|quema|quemó|quemaba|queman|quemaron", "mano|manos|brazo|brazos|cara|pies|piel|dedos|espalda|lengua", "con", "plancha|cigarro|cigarrillo|mechero|cerilla|cerillas|vela|hierro|atizador|colilla"]),
    ("death", ["ya", "no", "respirar|respira|respiraba|respiró|late|latía|latió"]),
    ("death", ["no", "despertar|despierte|despierta|despertó|despertaba|despertará|despertara|despierten", "nunca|jamás", "más"]),
    ("death", ["hasta|hasta que", "dejar|deja|dejó|dejara|dejase", "de", "respirar"]),
    # una mascota sacrificada ("al perro viejo lo sacrifican en el veterinario")
    ("death", ["perro|perrito|perra|gato|gatito|gata|caballo|poni|mascota|conejo|hámster|animal", "sacrificar|sacrifican|sacrificaron|sacrificó|sacrifica|sacrificado|sacrificada|sacrificarlo|sacrificarla"]),
    ("death", ["sacrificar|sacrifican|sacrificaron|sacrificó|sacrifica", "veterinario|veterinaria|vete"]),
    ("death", ["dormir|durmieron|durmió", "a|al", "perro|perrito|gato|gatito|caballo|mascota|poni", "veterinario|siempre"]),
    ("death", ["morir|murió|murieron|morirse", "congelado|congelada|congelados|ahogado|ahogada|quemado|quemada|aplastado"]),
    ("death", ["bolsa", "cadáver|cadáveres"]),
    # ------------------------------------------------------- poison and medicine
    ("poison_medicine", ["tragar|tragarse|tragó|comer|comerse|comió|beber|bebió|chupar|chupó|lamer|lamió", "lejía|cloro|lavandina|detergente|suavizante|amoniaco|amoníaco|limpiador|desinfectante|imán|imanes|enjuague|quitaesmalte|aguarrás|lavavajillas|friegasuelos"]),
    ("poison_medicine", ["tragar|tragarse|tragó|comer|comerse|comió|chupar|chupó|morder|mordió", "cápsula|cápsulas|pastilla|pastillas|pila|pilas", "de", "detergente|lavavajillas|lavadora|botón"]),
    ("poison_medicine", ["comer|comerse|comió|masticar|masticó|chupar", "pastilla|pastillas|píldora|píldoras|comprimido|comprimidos|cápsula|cápsulas"]),
    ("poison_medicine", ["tomar|tomó|tragar|tragó|tragarse|beber|bebió|comer|comió|robar|robó|coger|cogió|agarrar|agarró", "pastilla|pastillas|medicina|medicinas|medicamento|medicamentos|remedio|remedios|jarabe|píldora|píldoras|comprimidos", "de", _KIN]),
    ("poison_medicine", ["todas|todos|muchas|muchos|montón|puñado|bote|caja|frasco|tarro|blíster", "pastillas|píldoras|comprimidos|cápsulas|somníferos|calmantes|analgésicos|paracetamol|ibuprofeno|aspirinas|tranquilizantes"]),
    ("poison_medicine", ["pastilla|pastillas|píldora|píldoras", "para", "dormir"]),
    ("poison_medicine", ["tomar|tomó|dar|dio|poner|puso|echar|echó|tragar|tragó|beber", "somnífero|somníferos|tranquilizante|tranquilizantes|calmantes"]),
    ("poison_medicine", ["pastilla|pastillas|píldora|píldoras|medicina|medicinas|medicamento|medicamentos|comprimidos", "parecer|parecían|parecía|como", "caramelo|caramelos|golosinas|dulces|chuches|gominolas|chucherías|bombones|lacasitos|smarties"]),
    ("poison_medicine", ["echar|echó|poner|puso|verter|vertió|mezclar|mezcló|meter|metió", "lejía|cloro|lavandina|detergente|veneno|somnífero|somníferos|droga|drogas|alcohol|vodka|matarratas", "en|a|al", "@target|bebida|comida|té|leche|zumo|jugo|sopa|vaso|taza|biberón|agua|pastel|tarta|refresco|cacao|colacao"]),
    ("poison_medicine", ["dar|darle|dio|dieron|daba", "lejía|cloro|lavandina|detergente|veneno|somnífero|somníferos|droga|drogas|alcohol|vodka|cerveza|whisky|ron|licor", "a|al", "@target"]),
    ("poison_medicine", ["comer|comerse|comió|tragar|tragó|beber|bebió|probar|probó", "seta|setas|hongo|hongos|baya|bayas|planta|plantas|fruto|frutos|hoja|hojas", "venenosa|venenosas|venenoso|venenosos|tóxica|tóxicas|tóxico|tóxicos"]),
    ("poison_medicine", ["inyectar|inyectó|inyectaron", "veneno|droga|drogas|lejía"]),
    ("poison_medicine", ["jeringa|jeringuilla|aguja", "droga|drogas|veneno|desconocido"]),
    ("poison_medicine", ["demasiado|demasiada|demasiadas|demasiados", "pastillas|medicina|medicinas|medicamento|medicamentos|jarabe|paracetamol|ibuprofeno|aspirina|aspirinas"]),
    # productos de limpieza bebidos, probados o servidos ("echan friegasuelos en un vaso")
    ("poison_medicine", [_CONSUME, _CLEANING]),
    ("poison_medicine", ["echar|echa|echan|echó|echaron|poner|pone|puso|verter|vierte|vertió|mezclar|mezcla|mezcló|meter|mete|metió|servir|sirve|sirvió|llenar|llena|llenó", _CLEANING, "en|a|al|dentro|con", _CONTAINER]),
    ("poison_medicine", ["llenar|llena|llenó|llenan|rellenar|rellena|rellenó", _CONTAINER, "de|con", _CLEANING]),
    ("poison_medicine", ["retar|reta|retan|retó|retaron|apostar|apuesta|apostó|desafiar|desafía|desafió", "beber|beberse|bebe|tragar|tragarse|probar|comer|comerse", _CLEANING + "|" + _MEDICINE]),
    # lo de debajo del fregadero o con una calavera no se bebe
    ("poison_medicine", [_CONSUME + "|tomar|tomarse|toma|tomó", "debajo|bajo", "fregadero|pila"]),
    ("poison_medicine", ["zumo|jugo|bebida|refresco|batido|poción|pócima|limonada|jarabe|sirope", "debajo|bajo", "fregadero|pila"]),
    ("poison_medicine", [_CONSUME + "|tomar|tomarse|toma|tomó", "botella|bote|frasco|lata|etiqueta", "calavera|calaveras|peligro|veneno"]),
    ("poison_medicine", ["calavera|calaveras", "en|de", "botella|bote|frasco|etiqueta|tapa|lata"]),
    # la medicina de otro, dada, robada o compartida ("le da al bebé las pastillas del corazón de la abuela")
    ("poison_medicine", ["echar|echa|echó|triturar|tritura|trituró|esconder|mezclar|mezcla|mezcló|robar|roba|robó|compartir|comparte|compartió|repartir|reparte|comerse|come|comió|tragar|traga|tragó|zampar|zampa", _MEDICINE, "de|del|para", _ADULT_MEDICINE]),
    ("poison_medicine", [_MEDICINE, "de|del|para", _ADULT_MEDICINE, "a|al|para", _LITTLE_ONES]),
    ("poison_medicine", [_MEDICINE, "para", "que", "se|esté|estuviera|estén|quede|quedara", "calle|callara|callase|callen|quieto|quieta|quietos"]),
    # un frasco entero de medicina ("se bebe el jarabe de la tos entero")
    ("poison_medicine", [_CONSUME + "|tomar|tomarse|toma|tomó", "jarabe|medicina|medicinas|pastillas|blíster|comprimidos", "entero|entera|enteros|enteras"]),
    ("poison_medicine", [_CONSUME + "|tomar|tomarse|toma|tomó", "todo|toda|todos|todas", "frasco|bote|caja|botella|blíster|tubo", "jarabe|pastillas|medicina|medicinas|comprimidos|cápsulas|paracetamol|ibuprofeno|vitaminas|gotas|somníferos|calmantes"]),
    ("poison_medicine", ["robar|roba|robó|robaba|birlar|birla|birló|mangar|manga|mangó", _MEDICINE, "a|al", _KIN + "|abuelita|abuelito|yaya|yayo"]),
    ("poison_medicine", ["caramelos|caramelitos|caramelo|bolitas|chuches|dulces|golosinas|pastillitas|grageas|gominolas", "blanco|blancos|blanca|blancas|blanquitos|blanquitas", "para|hasta|y", "dormir|duerma|duerman|durmiera|dormido|dormida|siempre"]),
    ("poison_medicine", ["bebida|zumo|jugo|poción|pócima|refresco|batido|limonada|líquido", "de|con", "etiqueta|calavera|símbolo|pegatina|dibujo", "peligro|veneno|calavera|tóxico|tóxica|tóxicos"]),
    # pastillas contadas como caramelos ("los caramelitos mágicos del botiquín")
    ("poison_medicine", ["caramelitos|caramelos|caramelo|golosinas|chuches|dulces|bolitas|pastillitas|gominolas|chucherías|lacasitos|smarties", "botiquín|botiquines"]),
    ("poison_medicine", [_CONSUME, "botiquín|botiquines"]),
    ("poison_medicine", ["dar|da|dio|daba|darle|dan|dieron|echar|echa|echó", "a|al", _LITTLE_ONES, _MEDICINE, "encontrar|encontró|encontrado|encontrada|encontradas|encontrados|baño|bolso|cajón|armario|suelo|escondidas|calle|garaje|escondida|escondido"]),
    # ---------------------------------------------------------------- sexual
    ("sexual", ["zona|zonas", "íntima|íntimas|privada|privadas"]),
    ("sexual", ["tocar|tocó|tocaba|tocarle|acariciar|acarició|manosear|sobar|sobó|besar|besó|lamer|lamió|frotar", "pene|vagina|genitales|tetas|culo|pilila|entrepierna|calzones|bragas|braguitas|calzoncillos|íntimas|intimas"]),
    ("sexual", ["señor|hombre|tipo|adulto|mayor|desconocido|vecino|entrenador|monitor", "besar|besó|besaba|beso", "boca|labios|lengua"]),
    ("sexual", ["beso|besos|besar|besó", "con", "lengua"]),
    ("sexual", ["enseñe|enseñes|enseñar|enseña|enseñarle|muestre|mostrar|muestres|mostrarle", "lo|que", "debajo|bajo|dentro", "pijama|ropa|falda|camiseta|bragas|braguitas|calzoncillos|pantalones|vestido|calzones|bañador"]),
    ("sexual", ["mete|metió|metía|meter|meterle", "mano|manos|dedos", "debajo|dentro|bajo", "ropa|falda|camiseta|pijama|bragas|braguitas|calzoncillos|pantalones|vestido|calzones"]),
    ("sexual", ["tocar|toca|tocó|tocaba|tocarle|tocarla|tocarlo|acariciar|acaricia|acarició|sobar|soba|sobó", "debajo|dentro|bajo", "ropa|falda|camiseta|pijama|bragas|braguitas|calzoncillos|pantalones|vestido|calzones"]),
    ("sexual", ["vecino|señor|hombre|tío|desconocido|entrenador|monitor|abuelo|tipo|primo", "enseñar|enseña|enseñó|mostrar|muestra|mostró|saca|sacó", "pito|pilila|colita|pene|chorra|minga"]),
    ("sexual", ["mimos|caricias|cosquillas|masajes|toqueteos", "secretos|secretas|secreto|escondidas"]),
    ("sexual", ["obligar|obligó|obligaron|forzar|forzó|retar|retó", "@target|a|al", "desnudarse|desnudar|desnudo|desnuda|desvestirse"]),
    ("sexual", ["mirar|miraba|espiar|espiaba|grabar|grabó|grababa|fotografiar|fotografió", "@target|a|al", "desnudarse|desnudo|desnuda|desnudos|ducha|duchándose|desvestirse|cambiándose"]),
    ("sexual", ["enseñar|enseñó|mostrar|mostró|enséñame|muéstrame|enseñarme", "pene|pilila|calzones|bragas|braguitas|calzoncillos|culo|tetas|íntimas"]),
    ("sexual", [_STRANGER + "|" + _MAN, "pedir|pidió|dijo|decir|obligó|obligar|quería|quiso", "quitara|quitase|quitarse|quitarte|quitaras|bajara|bajarse|quite|quites|quiten|baje|bajes|bajen|desnude|desvista", "ropa|calzones|bragas|braguitas|calzoncillos|pantalones"]),
    ("sexual", [_STRANGER + "|" + _MAN, "pedir|pidió|dijo|decir|obligó|obligar|quería|quiso", "desnudara|desnudarse|desnudase|desnudaras|desvistiera|desvestirse"]),
    ("sexual", ["meterse|dormir|acostarse|metió|durmió|acostó|meterle", "cama", "con", "hombre|señor|desconocido|adulto|vecino|entrenador"]),
    ("sexual", ["foto|fotos|fotografía|fotografías|vídeo|vídeos|video|videos|selfie", "desnudo|desnuda|desnudos|desnudas|sexy|íntimas|íntimos"]),
    ("sexual", ["foto|fotos|fotografía|fotografías|vídeo|vídeos|video|videos|selfie", "sin", "ropa"]),
    ("sexual", ["hacer|hacerse|hacía|hizo", "paja|pajas"]),
    ("sexual", ["bañarse|ducharse|bañó|duchó|bañaba", "con", "hombre|señor|desconocido|adulto|vecino|entrenador"]),
    # ---------------------------------------------------------------- self-harm
    ("self_harm", ["querer|quiere|quería|quiero|intentar|intentó|intentaba|pensar|pensaba|desear|deseaba|va|iba|voy", "matarse|matarme|matarte|suicidarse|suicidarme|morirse|morirme|cortarse|cortarme|ahorcarse|ahorcarme"]),
    ("self_harm", ["querer|quiere|quería|quiero|intentar|intentó|intentaba|pensaba", "hacerse|hacerme|hacerte", "daño"]),
    ("self_harm", ["se|me|te", "quiere|quiero|quería|quieres", "matar|morir|suicidar|cortar|ahorcar"]),
    ("self_harm", ["cortarse|cortarme", "venas|muñeca|muñecas"]),
    ("self_harm", ["se|me", "cortó|corta|corté|cortaba|cortaban", "venas|muñeca|muñecas"]),
    ("self_harm", ["hacerse|hacerme|hacerte|hacía|hizo|hace|hacen", "daño", "propósito|queriendo|aposta|adrede"]),
    ("self_harm", ["tirarse|tirarme|lanzarse|lanzarme|arrojarse|arrojarme", "puente|edificio|balcón|ventana|azotea|vacío|tren|vías|precipicio"]),
    ("self_harm", ["se", "tiró|lanzó|arrojó|tira|lanza|arroja", "puente|edificio|balcón|ventana|azotea|vacío|tren|vías|precipicio"]),
    ("self_harm", ["ahorcarse|ahorcarme"]),
    ("self_harm", ["se|me", "ahorcó|ahorca|ahorcaba|ahorcaron|ahorqué|ahorcado|ahorcada"]),
    ("self_harm", ["no", "querer|quiero|quería|quiere", "seguir", "viviendo"]),
    ("self_harm", ["no", "querer|quiero|quería|quiere", "vivir", "más"]),
    ("self_harm", ["no", "querer|quiero|quería|quiere", "estar", "vivo|viva"]),
    ("self_harm", ["mejor", "muerto|muerta|morirme|morir"]),
    ("self_harm", ["ojalá|desearía|quisiera|quiero|quería", "no", "haber", "nacido|nacida"]),
    ("self_harm", ["ojalá", "muerto|muerta|morir|morirme|desaparecer"]),
    ("self_harm", ["nadie", "echaría|extrañaría|notaría|echará|extrañará", "menos|si|falta"]),
    ("self_harm", ["me", "odio"]),
    ("self_harm", ["odiar|odio|odia|odiaba", "mí|sí", "mismo|misma"]),
    ("self_harm", ["acabar|terminar|acabó|terminó", "con", "mi|su|tu", "vida"]),
    ("self_harm", ["quitarse|quitarme|quitarte", "la", "vida"]),
    ("self_harm", ["mejor", "sin", "mí"]),
    # cortarse, hacerse rayas, odiar el propio cuerpo
    ("self_harm", ["se|me|te", "corta|cortaba|cortan|cortaban|cortarse|cortarme|raja|rajaba|rajan", "brazo|brazos|muñeca|muñecas|muslo|muslos|piel|piernas|barriga"]),
    ("self_harm", ["se|me|te", "hace|hacía|hacen|hacían|hacerse|hacerme|hizo", "cortes|cortecitos|quemaduras", "brazo|brazos|muñeca|muñecas|muslo|muslos|piel|piernas|barriga|cuchilla|cuchillas|afeitar|cúter|propósito"]),
    ("self_harm", ["se|me|te", "hace|hacía|hacen|hacían|hacerse|hacerme|hizo", "rayas|rayitas|heridas|marcas|arañazos", "cuchilla|cuchillas|afeitar|cúter|cutter|navaja|cuchillo|tijeras|propósito"]),
    ("self_harm", ["cuchilla|cuchillas|cúter|cutter|afeitar|navaja", "brazo|brazos|muñeca|muñecas|muslo|muslos"]),
    ("self_harm", ["brazo|brazos|muñeca|muñecas|muslo|muslos", "cuchilla|cuchillas|cúter|cutter|afeitar|navaja"]),
    ("self_harm", ["odiar|odia|odiaba|odio|odie", "su|mi|tu|propio", "cuerpo"]),
    ("self_harm", ["dejar|deja|dejó|dejaba", "de", "comer", "adelgazar|delgada|delgado|flaca|flaco|desaparecer|morir|morirse|gorda|gordo|delgadísima|delgadísimo"]),
    ("self_harm", ["se|me|te", "corta|cortaba|cortan|cortaban|raja|rajaba|quema|quemaba|pega|pegaba|golpea|golpeaba", "cuando|porque", "triste|tristes|enfadado|enfadada|sola|solo|llora|llorando|agobiado|agobiada|nervioso|nerviosa|nadie|odia"]),
    ("self_harm", ["se|me|te", "corta|cortaba|cortan|cortaban|raja|rajaba", "cúter|cúteres|cutter|cuchilla|cuchillas|navaja"]),
    ("self_harm", ["no", "comer|come|comía|comerá", "nada", "para|hasta", "adelgazar|delgada|delgado|flaca|flaco|desaparecer|morir|morirse"]),
    ("self_harm", ["provocarse|provoca|provocaba|provocó|provocar", "vómito|vómitos"]),
    ("self_harm", ["meter|mete|metía|metió|meterse", "dedos", "para", "vomitar"]),
    ("self_harm", ["querer|quiere|quería|quiero|desea|deseaba", "desaparecer|dormir|dormirse", "para", "siempre"]),
    ("self_harm", ["se|me|te", "hacer|hace|hacía|hizo", "daño", "todas|todos|cada", "noches|días|noche|día"]),
    # ------------------------------------------------------- drugs and alcohol
    ("drugs_alcohol", ["fumar|fumó|fumaba|fumando|fumaban|fumarse|fumaron|fuma", "cigarro|cigarrillo|cigarros|cigarrillos|puro|puros|porro|porros|canuto|hierba|marihuana|mota|pipa|tabaco|faso|pucho|cachimba|shisha|hookah|vaper|droga|drogas|crack|piedra|hachís"]),
    ("drugs_alcohol", ["liar|lió|liaba", "porro|porros|canuto|cigarro|cigarrillo|peta|petas"]),
    ("drugs_alcohol", ["copa|copas|vaso|vasos|botella|botellas|jarra|garrafa|trago|tragos|sorbo|chorro", "de", "vino|vinos|cerveza|licor|ron|whisky|vodka|alcohol"]),
    ("drugs_alcohol", ["vino", "tinto|rosado|espumoso"]),
    ("drugs_alcohol", ["ponerse|estar|está|estaba|iba|va|ir", "fumado|fumada|drogado|drogada|borracho|borracha"]),
    ("drugs_alcohol", ["esnifar|esnifó|inhalar|inhaló", "cocaína|coca|raya|rayas|farlopa|pegamento"]),
    ("drugs_alcohol", ["raya|rayas", "de", "coca|cocaína|farlopa"]),
    ("drugs_alcohol", ["hongos|setas", "alucinógenos|alucinógenas"]),
    ("drugs_alcohol", ["pastillas|pastilla|pastis|pirulas", "fiesta|colocarse|drogarse|divertirse|colocado|colocada"]),
    ("drugs_alcohol", ["tomar|tomó|tomaba|beber|bebió|bebía|emborracharse", "chupitos|cubatas|alcohol"]),
    ("drugs_alcohol", ["dar|dio|daba|dieron|ofrecer|ofreció|pasar|pasó", "cigarro|cigarrillo|porro|porros|droga|drogas|tabaco|vaper", "a|al", "@target"]),
    ("drugs_alcohol", ["traficante|tráfico|vender|vendía|comprar|compraba", "droga|drogas|cocaína|marihuana|porros"]),
    ("drugs_alcohol", ["inyectarse|inyectó|pincharse|chutarse", "heroína|droga|drogas"]),
    ("drugs_alcohol", ["esnifar|esnifa|esnifó|sorber|sorbe|aspirar|aspira|aspiró|meter|mete|metió|meterse", "polvo|polvos|polvito|polvitos|azúcar|raya|rayas", "nariz|narices"]),
    # bebidas de mayores y dulces "especiales" que dejan a un niño flotando
    ("drugs_alcohol", ["zumo|jugo|agüita|juguito|bebida|refresco|limonada", "especial|especiales|mágico|mágica|risa|alegre", "de|para", "mayores|adultos|grandes"]),
    ("drugs_alcohol", ["zumo|jugo|agüita|juguito", "de|para", "mayores|adultos|grandes"]),
    ("drugs_alcohol", ["zumo|jugo|bebida|refresco|agüita|juguito|limonada", "risa|alegre|mágico|mágica|especial|mayores|adultos", "doble|mareado|mareada|borracho|borracha|tambalea|tambalearse|tambaleándose|hipo"]),
    ("drugs_alcohol", ["brownie|brownies|galleta|galletas|pastel|bizcocho|setas|seta|gominolas|caramelos|té|cigarrito|hierba|hierbas", "especial|especiales|mágico|mágicos|mágica|mágicas|risa|raro|rara|raros|adultos|mayores", "sentir|siente|sintió|sienten|queda|quedó|quedan|pone|puso|ponen|deja|dejó", "flotando|colocado|colocada|colocados|mareado|mareada|drogado|drogada|pedo|borracho|borracha|flotar|volando|fumado|fumada|ciego|ciega"]),
    # ---------------------------------------------------------------- abandonment
    ("abandonment", ["dejar|dejó|dejaron|abandonar|abandonó|abandonaron|tirar|tiró|tiraron|perder|perdió|perdieron|olvidar|olvidó|olvidaron", "@target", "bosque|selva|monte|calle|carretera|caja|coche|carro|auto|basura|contenedor|río|siempre|oscuridad|noche|lluvia|nieve|descampado|cuneta|autopista|solito|solita|solitos|solitas|abandonado|abandonada"]),
    ("abandonment", ["@target", "ser|fue|fueron|quedó|quedaron", "abandonado|abandonada|abandonados|abandonadas|olvidado|olvidada", "bosque|calle|carretera|caja|coche|carro|auto|basura|solo|sola|solito|solita|siempre|noche"]),
    ("abandonment", ["@target", "quedó|quedaron|estaba|estaban|quedarse", "solito|solita|solitos|solitas|solo|sola|encerrado|encerrada", "coche|carro|auto|bosque|calle|carretera|noche|oscuridad"]),
    ("abandonment", ["encerrar|encerró|encerraron|encerrado|encerrada", "@target", "armario|sótano|desván|ático|cuarto|oscuridad|caja|trastero|noche"]),
    ("abandonment", ["nadie", "venir|vino|vinieron|vendría|vendrá|buscar|buscó|buscaba|ayudar|ayudó|ayudaba|rescatar|rescató|salvar|salvó|cuidar|cuidaba|recoger|recogió|alimentar|alimentaba"]),
    ("abandonment", ["nadie", "lo|la|le|los|las|me|te|les", "quería|quiso|quiere|quieren|querer|amaba|ama|buscó|buscaba|buscaron|ayudó|cuidaba|quisiera|extrañó|extrañaba"]),
    ("abandonment", ["nunca|jamás", "regresar|regresó|regresaron|regresaría"]),
    ("abandonment", ["nunca|jamás", "volvieron|volvió|vino|vinieron|regresó|regresaron", "a", "buscarla|buscarlo|buscarlos|buscarlas|buscar|recogerla|recogerlo|recogerlos|por|casa"]),
    ("abandonment", ["ellos|policía|padres|mamá|papá|familia|nadie", "nunca|jamás", "encontrar|encontraron|encontró|hallaron", "@target"]),
    ("abandonment", ["nunca|jamás", "más", "ver|vio|vieron", "@target"]),
    ("abandonment", ["solo|sola|solos|solas|solito|solita|solitos|solitas", "para", "siempre"]),
    ("abandonment", ["para", "siempre", "solo|sola|solos|solas|solito|solita"]),
    ("abandonment", ["completamente|totalmente", "solo|sola|solito|solita", "noche|días|semanas|nadie|siempre|bosque|calle"]),
    ("abandonment", ["padres|papás|mamá|madre|papá|padre|familia|dueño|dueños|dueña", "abandonar|abandonaron|abandonó|irse|fueron|fue|marcharse|marcharon|marchó|dejaron|dejó", "para", "siempre"]),
    ("abandonment", ["padres|papás|mamá|madre|papá|padre|familia|dueño|dueños|dueña", "abandonar|abandonaron|abandonó|irse|fueron|fue|marcharse|marcharon|marchó|dejaron|dejó", "nunca|jamás", "volvieron|volvió|regresaron|regresó"]),
    ("abandonment", ["padres|papás|mamá|madre|papá|padre|familia|dueño|dueños|dueña", "no", "lo|la|le|los|las|me|te", "amar|amaba|aman|ama|cuidaba|cuidaban"]),
    ("abandonment", ["ya", "no", "te", "quiero|quiere|queremos|queríamos|quería|necesito|necesitamos|amo|aguanto"]),
    ("abandonment", ["ya", "no", "le|lo|la|les|los|las|me|nos", "quiere|quiero|quería|quieren|queremos|querían|ama|amo|aman|amaba|necesita|necesitan|necesito"]),
    ("abandonment", ["sin", "comer|comida|agua|beber", "días|semanas"]),
    ("abandonment", ["echar|echaron|echó", "de", "casa"]),
    ("abandonment", ["llorar|lloró|lloraba|llorando", "solo|sola|solito|solita", "nadie|noche|siempre"]),
    ("abandonment", ["regalar|regaló|regalaron|dar|dieron", "@target", "siempre|nunca"]),
    ("abandonment", ["olvidar|olvidó|olvidaron|dejar|dejó|dejaron", "@target", "encerrado|encerrada|encerrados|coche|carro|auto"]),
    ("abandonment", ["huérfano|huérfana|huérfanos", "nadie|solo|sola|calle|siempre"]),
    ("abandonment", ["dejar|dejan|deja|dejó|dejaron|abandonan|abandona|abandonó|abandonaron", "solo|sola|solos|solas|solito|solita", "calle|bosque|selva|carretera|autopista|oscuridad|cuneta|gasolinera"]),
    ("abandonment", ["atado|atada|atados|atadas|amarrado|amarrada", "autopista|carretera|cuneta|gasolinera|arcén"]),
    ("abandonment", ["olvidar|olvida|olvidó|olvidaron|olvidan|olvidado|olvidada", "a|al", _LITTLE_ONES, "gasolinera|autopista|estación|área|súper|supermercado|tienda|aeropuerto|playa|parque|zoo|coche|autobús|tren|restaurante|feria|centro|aparcamiento"]),
    ("abandonment", ["arrancar|arrancó|arrancaron|irse|fueron|fue|marcharon|marchó|volvieron|volvió", "sin", "el|la|su|sus|los|las", "bebé|bebe|bebés|niño|niña|niños|niñas|nene|nena|hijo|hija|hijos|hermanito|hermanita|peque|hermano|hermana|gemelos|gemelas"]),
    # nunca vino ningún mayor ("no vino nunca ningún mayor", "nadie volvió a por ella")
    ("abandonment", ["no|nunca|jamás", "vino|venía|volvió|volvía|llegó|llegaba|apareció|aparecía|vinieron|regresó|volvieron|llegaron|vendría|regresaron", "nadie"]),
    ("abandonment", ["ningún|ninguna|ninguno", _CARERS, "venir|vino|venía|volvió|volver|volvía|llegó|llegar|llegaba|apareció|aparecer|regresó|vinieron|recoger|recogió|buscar|buscó|preguntó"]),
    ("abandonment", ["venir|vino|venía|volvió|volvía|llegó|llegaba|apareció|regresó|recoger|recogió|buscar|buscó", "nunca|jamás|nadie", "ningún|ninguna|ninguno", _CARERS]),
    ("abandonment", ["nadie", "volver|volvió|volvía|volvieron|regresar|regresó", "a|nunca|jamás|por", "buscar|buscarla|buscarlo|buscarlos|buscarlas|recoger|recogerla|recogerlo|recogerlos|por|nunca|jamás"]),
    ("abandonment", ["esperar|esperó|esperaba|esperando|esperaron", "días|semanas|noches|meses", "nadie|ningún|ninguna"]),
    ("abandonment", ["abandonar|abandonó|abandonaron|abandona|abandonan", "@target", "atado|atada|atados|atadas|amarrado|amarrada"]),
    ("abandonment", ["dejar|dejó|dejaron|deja|dejan", "@target", "atado|atada|atados|atadas|amarrado|amarrada", "carretera|gasolinera|autopista|cuneta|siempre|bosque|monte"]),
    ("abandonment", ["dueño|dueños|dueña|dueñas|padres|papás|familia|mamá|papá", "irse|fueron|fue|marcharon|marchó|mudaron|mudó|largaron", "dejar|dejaron|dejó|abandonaron|abandonó|olvidaron|olvidó", "@target", "atado|atada|atados|amarrado|amarrada|solo|sola|solito|solita|solos|siempre|calle|bosque|carretera"]),
    # ------------------------------------------------------ strangers and secrets
    ("stranger_secret", [_STRANGER, "secreto|secretos|secretito"]),
    ("stranger_secret", ["secreto|secretos|secretito", _STRANGER]),
    ("stranger_secret", [_MAN, _ODD, "secreto|secretos|secretito|coche|carro|auto|furgoneta|caramelos|dulces|golosinas|chuches|foto|fotos|solo|sola|tocar|tocó|desnudar|seguir|casa|ofreció|ofrecer|regaló|prometió|pidió|invitó"]),
    ("stranger_secret", [_STRANGER, "pedir|pidió|decir|dijo|invitar|invitó|querer|quería|ofrecer|ofreció|llamar|llamó|señas", "ir|venir|seguir|subir|acompañar|jugar|ver|montar|entrar"]),
    ("stranger_secret", ["ir|irse|fue|marcharse|marchó|subir|subió|subirse|seguir|siguió|acompañar|acompañó|montarse|montó", "con", _STRANGER]),
    ("stranger_secret", [_STRANGER, "dar|dio|ofrecer|ofreció|regalar|regaló|prometer|prometió|enseñar|enseñó|mostrar|mostró", "caramelo|caramelos|dulce|dulces|golosinas|chuches|chocolate|chocolatina|piruleta|paleta|paletas|juguete|juguetes|cachorro|perrito|gatito|dinero|regalo|regalos|helado|viaje|aventón|raite|móvil|celular|videojuego"]),
    ("stranger_secret", [_STRANGER, "foto|fotos|fotografía|fotografías|vídeo|vídeos|video|videos|cámara|selfie|grabar|grabó|grababa"]),
    ("stranger_secret", [_STRANGER, "solo|sola|solos|solas|coche|carro|auto|furgoneta|camioneta|casa|sótano|habitación|cuarto|baño|cama|dirección|tocar|tocó|besar|besó|abrazar|abrazó|acariciar|acarició|desnudar|ropa"]),
    ("stranger_secret", ["solo|sola|solos|solas|solito|solita", "con", "desconocido|desconocida|hombre|señor|adulto"]),
    ("stranger_secret", ["no|nunca|jamás", "decir|digas|digáis|dijera|dijeras|dijese|contar|cuentes|contéis|contara|contaras|decírselo|contárselo", "tu|tus|vuestros|vuestra|vuestro|sus", "padres|papás|mamá|papá|madre|padre|familia|profe|profesor|profesora|maestra|maestro|abuela|abuelo|abuelita|abuelito"]),
    ("stranger_secret", ["nuestro|nuestra", "secretito"]),
    ("stranger_secret", ["nuestro|nuestra", "pequeño|gran", "secreto"]),
    ("stranger_secret", ["nuestro", "secreto", "especial"]),
    ("stranger_secret", ["secreto|secretito", "entre", "nosotros|nosotras|tú|tu|dos"]),
    ("stranger_secret", ["secreto|secretito|ocultar|esconder", "a|de", "tus|tu", "padres|papás|mamá|papá|madre|padre|familia|profe|maestra|maestro"]),
    ("stranger_secret", ["conocer|conoció|conocí|quedar|quedó|quedaron|ver|vio|encontrarse|encontró", "alguien|amigo|amiga|hombre|señor|chico|chica|persona|desconocido|desconocida|tipo", "internet|chat|online|redes|app|aplicación|videojuego"]),
    ("stranger_secret", ["amigo|amiga|hombre|señor|chico|chica|alguien|persona|tipo", "internet|chat|online|redes", "quedar|conocer|ver|dirección|casa|solo|sola|secreto|foto|fotos|vídeo|video"]),
    ("stranger_secret", ["mandar|mandó|enviar|envió|compartir|compartió|pasar|pasó", "foto|fotos|fotografía|fotografías|vídeo|vídeos|video|videos|selfie", "desconocido|desconocida|internet|chat|alguien|hombre|señor|online|redes|tipo"]),
    ("stranger_secret", ["pedir|pidió|pedía|querer|quería|mándame|envíame|pásame", "foto|fotos|vídeo|video|selfie", "desnudo|desnuda|interior|bañera|baño|cama|cuerpo|calzones|bragas|calzoncillos|pijama"]),
    ("stranger_secret", ["subir|subió|subirse|montar|montó|montarse|meterse|metió|entrar|entró", "coche|carro|auto|furgoneta|camioneta", "desconocido|desconocida|extraño|extraña"]),
    ("stranger_secret", ["atraer|atrajo|engatusar|engatusó|camelar|cameló", "@target|a|al", "caramelos|dulces|golosinas|chuches|juguetes|cachorro|perrito|regalos|dinero"]),
    # ocultar lo que un mayor y un niño se dicen o se mandan ("que borre los mensajes para que nadie se entere")
    ("stranger_secret", [_DELETE, _MESSAGES, "secreto|secretos|nadie|padres|papás|mamá|papá|madre|padre|familia|profe|maestra|maestro|escondidas|secretamente"]),
    ("stranger_secret", [_DELETE, _MESSAGES, "para|que", "nadie|padres|papás|mamá|papá|madre|padre|familia|profe|maestra|maestro|mayores"]),
    ("stranger_secret", ["borrar|borra|borre|borres|borró|eliminar|elimina|elimine|eliminó|esconder|esconde|escondió|esconda|escondas|ocultar|oculta|ocultó", "foto|fotos|vídeo|vídeos|video|videos|selfie|selfis", "para|que|de|a", "nadie|padres|papás|mamá|papá|madre|padre|familia|profe|maestra|maestro"]),
    ("stranger_secret", ["que", "nadie", "se", "entere|enterara|enterase|enteren|sepa|supiera|descubra|descubriera", "de", "nosotros|nosotras"]),
    ("stranger_secret", ["no|nunca|jamás", "digas|cuentes|contar|decir|diga|cuente", "a", "nadie|padres|papás|mamá|papá|madre|padre|familia|profe|maestra", "de|sobre", "nosotros|mí|fotos|mensajes|chats|encuentros|visitas"]),
    ("stranger_secret", ["hombre|hombres|señor|tipo|individuo|vecino|entrenador|monitor|profe|tío|desconocido|internet|online", "regalo|regalos|dinero|móvil|celular|caramelos|chuches", "secreto|borre|borrar|esconder|escondas|ocultar"]),
    ("stranger_secret", ["hombre|hombres|señor|tipo|individuo|vecino|entrenador|monitor|profe|tío|desconocido|internet|online", "regalo|regalos|dinero|móvil|celular|caramelos|chuches", "decir|dice|dijo|pedir|pide|pidió|hacer|hace|hizo|prometer|promete|prometió", "secreto|borre|borrar|esconder|escondas|ocultar|escondido|escondida"]),
    # hacerse pasar por amigo de los padres, ofrecer subir al coche, secretos sobre el baño
    ("stranger_secret", [_STRANGER, "amigo|amiga", "mamá|papá|madre|padre|padres|papás|familia|mami|papi"]),
    ("stranger_secret", [_STRANGER, "decir|dice|dijo|contar|cuenta|contó", "manda|mandó|envía|envió|mandado|enviado"]),
    ("stranger_secret", [_MAN + "|" + _STRANGER, "furgoneta|coche|carro|camioneta|auto|moto", "caramelos|dulces|chuches|golosinas|cachorro|perrito|gatito|subir|sube|suba|subiera|montar|monte|montara|paseo|vuelta"]),
    ("stranger_secret", [_MAN + "|" + _STRANGER, "perrito|cachorro|cachorrito|gatito|caramelos|chuches|golosinas|conejito", "furgoneta|coche|carro|camioneta", "suba|subir|sube|subiera|monte|montar|entre|entrar|ven|venga|verlo|verla|verlos"]),
    ("stranger_secret", [_MAN + "|" + _STRANGER, "ofrecer|ofrece|ofreció|da|dio|regala|regaló|promete|prometió", "caramelos|dulces|chuches|golosinas|cachorro|perrito|juguete|dinero|paseo|vuelta", "subir|suba|subiera|sube|monte|montara|vaya|fuera|acompañe|acompañara|venga|viniera|coche|furgoneta|secreto"]),
    ("stranger_secret", ["entrenador|tío|vecino|monitor|hombre|señor|desconocido|canguro|primo", "juego|juegos|juegito|jueguito", "secreto|secretos|secretito"]),
    ("stranger_secret", ["entrenador|tío|vecino|monitor|hombre|señor|desconocido|canguro|primo|tipo", "obligar|obliga|obligó|pedir|pide|pidió|decir|dice|dijo|hacer|hace|hizo|hacer|prometer|promete", "guardar|guarde|guardes|guardara|guardaras", "secreto|secretos|secretito"]),
    ("stranger_secret", ["entrenador|tío|vecino|monitor|hombre|señor|desconocido|canguro|primo|tipo", "decir|dice|dijo|pide|pidió", "secreto|secretos|secretito", "no|nunca|jamás", "cuente|cuentes|diga|digas|contar|decir|dijera|contara|cuenten|digan|contarlo|decirlo", "mamá|papá|padres|papás|madre|padre|nadie|familia|abuela|abuelo"]),
    ("stranger_secret", ["guardar|guarda|guarde|guardes|guardó", "secreto|secretos|secretito", "sobre|de|del", "baño|bañera|ducha|cuerpo|caricias|besos|tocar|toqueteos|cosquillas"]),
    # un amigo de internet que pide fotos ("que le mande fotos suyas en la bañera")
    ("stranger_secret", ["internet|online|chat|juego|videojuego|redes|red|app|desconocido|desconocida|señor|hombre|vecino|entrenador", "pedir|pide|pidió|pedía|quiere|quería|dice|dijo|manda|mandó|obliga", "foto|fotos|vídeo|vídeos|video|videos|selfie|selfis|cámara|webcam", "bañera|baño|ducha|pijama|ropa|interior|calzones|bragas|braguitas|calzoncillos|desnudo|desnuda|cama|toalla|bañador|biquini|bikini|cuerpo|desvistiéndose|cambiándose"]),
    ("stranger_secret", ["pedir|pide|pidió|pedía|piden|quiere|quería|dice|dijo|obliga|obligó|convence|convenció", "mande|mandara|mandase|envíe|enviara|enviase|pase|pasara|mandar|enviar|haga|hiciera|hacerse|saque|sacara", "foto|fotos|vídeo|vídeos|video|videos|selfie|selfis", "bañera|ducha|pijama|interior|calzones|bragas|braguitas|calzoncillos|desnudo|desnuda|toalla|bañador|biquini|bikini|cuerpo|desvistiéndose|cambiándose|ropa"]),
    ("stranger_secret", ["amigo|amiga|chico|chica|hombre|señor|alguien|persona|tipo", "internet|online|chat|juego|videojuego|redes", "pedir|pide|pidió|pedía|quiere|quería|invita|invitó|dice|dijo", "quedar|ver|verse|conocerse|foto|fotos|dirección|casa|colegio|cole|solo|sola|secreto|cámara|webcam|vídeo"]),
    # ---------------------------------------------------------------- horror
    ("horror", ["comer|comerse|comió|devorar|devoró|tragar|tragarse|tragó|zampar|zampó|zamparse", "vivo|viva|vivos|vivas"]),
    ("horror", ["devorar|devoró|devoraron|zampar|zampó|zamparse", "a|al", _PEOPLE]),
    ("horror", [_PEOPLE, "ser|fue|fueron|era", "devorado|devorada|devorados|devoradas|comido|comidos|tragado|tragada|tragados"]),
    ("horror", ["zombi|zombis|zombie|zombies|vampiro|vampiros|licántropo|monstruo|monstruos|demonio|demonios|viviente|vivientes", "morder|mordió|mordieron|devorar|devoró|desgarrar|desgarró|arrancar|arrancó", _PEOPLE + "|carne|cerebro|cerebros|sesos|cuello|garganta|sangre"]),
    # beber o chupar: lo bebido va pegado al verbo ("chupa el cuello a la niña", "bebe la sangre");
    # el vampiro que bebe zumo de tomate y se hace amigo de alguien no bebe a nadie
    ("horror", ["zombi|zombis|zombie|zombies|vampiro|vampiros|licántropo|monstruo|monstruos|demonio|demonios|viviente|vivientes", "chupar|chupó|chupa|chupan|beber|bebió|bebe|beben", "^la|el|su|sus|los|las|toda|de|del|a|al", "^" + _PEOPLE + "|carne|cerebro|cerebros|sesos|cuello|garganta|sangre|sangrecita"]),
    ("horror", ["comer|comerse|comió|masticar|devorar|devoró|beber|bebió|chupar", "cerebro|cerebros|sesos|cadáver|cadáveres|sangre"]),
    ("horror", ["carne|sangre|sacrificio|sacrificios|cabeza|cabezas|huesos|calavera|piel", "humana|humano|humanas|humanos"]),
    ("horror", ["sangre", "todas|todos", "partes|lados"]),
    ("horror", ["sangre", "chorreaba|chorreando|brotaba|charco|ríos|salpicada|salpicó"]),
    ("horror", ["cubierto|cubierta|lleno|llena|bañado|bañada|empapado|empapada|manchado", "sangre|vísceras|tripas"]),
    ("horror", ["le|les", "cortar|cortó|cortaron|arrancar|arrancó|arrancaron|cercenar|rebanar|rebanó", "la|el|las|los", "cabeza|cabezas|brazo|brazos|pierna|piernas|oreja|orejas|nariz|lengua"]),
    ("horror", ["arrancar|arrancó|arrancaron", "ojo|ojos|corazón|tripas|vísceras|cabeza|cabellera"]),
    ("horror", ["le|les", "sacar|sacó|sacaron|saca|sacan|sacaba|arrancó|arrancaron|arranca|arrancan|arrancaba", "los|el", "ojos|ojo|corazón|tripas"]),
    ("horror", ["cabeza|cabezas", "cortada|cortadas|degollada|rodando|pica|estaca"]),
    ("horror", ["cortar|cortó|cortaron|trocear|troceó|picar|picó", "@target", "trocitos|pedazos|cachitos|trozos"]),
    ("horror", ["cadáver|cadáveres|cuerpo|cuerpos|carne", "podrido|podrida|podridos|pudriéndose|gusanos|descomponiendo|descompuesto"]),
    ("horror", ["poseído|poseída|poseídos|poseer|poseyó", "demonio|diablo|espíritu|satanás|maligno"]),
    ("horror", ["demonio|diablo|espíritu", "dentro", "@target"]),
    ("horror", ["enterrar|enterró|enterraron|enterrado|enterrada", "vivo|viva|vivos|vivas"]),
    ("horror", ["beber|bebió|bebía|chupar|chupó|chupaba", "sangre"]),
    ("horror", ["cadáveres|cuerpos|muertos", "todas|montón|montones|pila|pilas|levantarse|caminar|salir"]),
    ("horror", ["salir|salió|salieron|levantarse|levantó", "tumba|tumbas|ataúd"]),
    ("horror", ["gritar|gritaba|retorcerse", "agonía"]),
    ("horror", ["ojos", "arrancados|sangrando|reventados|colgando"]),
    ("horror", ["tripas|intestinos|órganos", "fuera|colgando|desparramadas|suelo"]),
    # crueldad hecha a alguien (las formas ajustadas están en HORROR_DONE_TO)
    ("horror", ["collar|collares|sopa|pastel|guiso|sombrero|abrigo|alfombra|mermelada|pulsera|capa|tambor|lámpara|colección", "de|con", "dientes|huesos|piel|pelo|ojos|dedos|sangre|orejas|calaveras|lenguas", "de|del", "niño|niños|niña|niñas|gente|personas|bebés|bebé|humanos|humano|chicos"]),
    ("horror", ["zumo|jugo|bebida|líquido|cosa", "rojo|roja", "del|de", "cuello|cuellos|venas|garganta"]),
    ("horror", ["comer|comerse|come|comió|devorar|devora|devoró|zampar|zampa|masticar|mastica|chupar|sorber|lamer", "tripas|vísceras|intestinos|entrañas|sesos|ojos"]),
    ("horror", ["arrancar|arranca|arrancó|arrancaba", "piel|tiras"]),
    # ---------------------------------------------------------------- hate
    ("hate", [_GROUPS, "ser|son|eran|es|era|todos|todas", _DEHUMANISING]),
    ("hate", [_GROUPS, "dar|dan|daban|da|daba", "asco|vómito|grima"]),
    ("hate", ["todos|todas", _GROUPS, "deber|deberían|tienen|merecen|hay", "morir|irse|largarse|fuera|gasear|matar|quemar|deportar|expulsar|encerrar"]),
    ("hate", ["odiar|odio|odia|odiaba|matar|echar|expulsar|deportar|exterminar|quemar|gasear|eliminar", _GROUPS]),
    ("hate", ["no", "permite|permiten|queremos|entran|admiten", _GROUPS]),
    ("hate", ["vete|vuélvete|lárgate|largo|fuera|volved|idos|váyanse|vuélvanse|regresen", "tu|vuestro|su", "país|tierra"]),
    ("hate", ["que", "volver|vuelvan|irse|vayan|regresen|larguen", "su|sus", "país|países|tierra"]),
    ("hate", ["porque", "ser|es|era|eran|son", "gitano|gitana|judío|judía|moro|mora|musulmán|musulmana|gay|chino|china|indio|india|inmigrante|extranjero|extranjera|sudaca|trans|discapacitado|discapacitada|autista|marica|maricón|lesbiana"]),
    ("hate", ["chino|chinos|chinita|chinito", "cochino|cochinos"]),
    ("hate", ["sieg", "heil"]),
    ("hate", ["heil", "hitler"]),
    ("hate", ["poder|orgullo", "blanco"]),
    ("hate", ["raza", "superior|inferior|aria"]),
    ("hate", ["limpieza", "étnica"]),
    ("hate", ["negro|negros|negra|negras|indio|moro|gitano|judío|chino|sudaca", "mierda|asqueroso|asquerosa|asquerosos"]),
    ("hate", ["retrasado|retrasada|retrasados", "mental|mentales"]),
    ("hate", ["ku", "klux"]),
    ("hate", ["gasear|gaseó|gasearon", "judío|judíos|a|los"]),
    # el color de la piel llamado sucio; burlas por piel, religión o discapacidad
    ("hate", ["piel", "color|como|de", "chocolate|carbón|barro|caca|mierda|noche|tizón", "puede|pueden|huele|huelen|apesta|apestan|sucio|sucios|sucia|sucias|feo|fea|asqueroso|asquerosa|prohibido|prohibidos"]),
    ("hate", ["de", "ese|esos|esa|esas|aquel|aquellos", "país|países|religión|continente|tierra", _DEHUMANISING]),
    ("hate", ["velo|velos|hiyab|hiyabs|turbante|turbantes|burka|burkas|kipá", "bomba|bombas|terrorista|terroristas|peligroso|peligrosa|peligrosos|peligrosas|explotar|explota|malo|mala|malos|malas|sucio|sucia|sucios|sucias"]),
    ("hate", ["piel", "negra|oscura|marrón|morena", "sucia|asquerosa|fea|mierda|caca|mala"]),
    ("hate", ["decir|dice|dicen|dijo|dijeron|llama|llaman|grita|gritan", "piel", "asquerosa|caca|mierda|fea"]),
    ("hate", ["burlarse|burla|burlan|burlaba|burlaban|reírse|ríe|ríen|reían|insultar|insulta|insultan|pegar|pegan|excluir|excluyen|odiar|odian", "por|de", "su", "color|piel|religión|velo|pañuelo|hiyab|turbante|kipá|raza|discapacidad"]),
    ("hate", ["no|nadie", "jugar|juegan|juega|quieren|dejan|deja|hablan|habla|sientan", "porque", "ser|es|era|son|eran", "negro|negra|negros|negras|moro|mora|moros|gitano|gitana|gitanos|judío|judía|chino|china|musulmán|musulmana|gay|inmigrante|extranjero|extranjera|discapacitado|discapacitada|autista|sordo|sorda|ciego|ciega"]),
    # ---------------------------------------------------------------- insult
    ("insult", ["concha", "madre"]),
    ("insult", ["chinga|chingue|chingar", "madre"]),
    ("insult", ["cagar|cago|cagó|cagarse", "en", "dios|leche|madre|muertos|puta|virgen|diez|mar|vida|ostia|hostia"]),
    ("insult", ["vete|váyase|idos|iros", "al", "carajo|infierno|diablo"]),
    ("insult", ["que", "te|os|le", "den|jodan|follen"]),
    ("insult", ["cállate|callate|calla|callaos", "la", "boca|bocaza"]),
    ("insult", ["eres|sois|eras", _INSULTS]),
    ("insult", ["llamar|llamó|llamaba|llamaban|llamaron|insultar|insultó|insultaban|gritar|gritó|gritaban", _NAMES]),
    ("insult", ["burlarse|burlaban|burló|reírse|reían|reía", "de", "su|sus", "peso|cuerpo|barriga|panza|barrigota|gordura|dientes|gafas|lentes|piel|granos"]),
    ("insult", ["tonto|tonta", "del|de", "culo|remate"]),
    ("insult", ["cara", "de", "culo|pedo|mierda|ladilla"]),
    ("insult", ["gordo|gorda|cerdo|cerda|foca|vaca", "asqueroso|asquerosa|asquerosos|seboso|sebosa"]),
    ("insult", ["cállate|callate|calla|cállense", _NAMES]),
    ("insult", ["estúpido|estúpida|idiota|imbécil|inútil", "@target"]),
    # ---------------------------------------------------------------- injection
    # pedir al escritor que deje sus normas, enseñe su prompt o escriba cualquier cosa
    ("injection", [_IGNORE, "tus|tu|vuestras|vuestros|vuestra", _AI_RULES]),
    ("injection", [_IGNORE, _AI_ONLY, "anteriores|previas|previos|anterior|sistema|originales|iniciales|recibidas|dadas"]),
    ("injection", [_IGNORE, "todas|cualquier|cualquiera", _AI_ONLY]),
    ("injection", [_IGNORE, "norma|normas|regla|reglas|filtro|filtros|límites|restricciones", "seguridad|contenido|moderación|sistema", _WRITE_NOW]),
    ("injection", [_WRITE, "historia|historias|cuento|cuentos|relato|relatos|escena|escenas|texto|versión|poema|capítulo", "más|muy|súper|super|extremadamente|realmente|bien|lo|totalmente", _EXTREME]),
    ("injection", [_WRITE, "lo|la|el|un|una|algo", "más", _EXTREME]),
    ("injection", ["revela|revelar|revélame|revelame|muestra|muéstrame|muestrame|mostrar|enseña|enséñame|enseñame|dime|dame|imprime|imprimir|repite|repetir|comparte|compartir|copia|pega", "tu|tus", "prompt|instrucciones|configuración|programación|directrices|credenciales|indicaciones"]),
    ("injection", ["finge|fingir|finjas|imagina|imaginar|actúa|actua|supón|suponer|haz", "no|sin|ninguna|ningún|ninguno", "tienes|tuvieras|tengas|tienen", "restricciones|normas|reglas|filtros|límites|censura|moderación|limitaciones|ética"]),
    ("injection", ["repite|repetir|imprime|imprimir|muestra|muéstrame|copia|copiar|pega|escribe", "todo|texto|instrucciones|mensaje|mensajes|palabras|prompt", "arriba|anterior|anteriores|previo|previas|previos|literal|literalmente|textualmente"]),
    ("injection", ["ia|artificial|asistente|chatbot|modelo|bot|modo|gpt|chatgpt", "sin", "restricciones|normas|reglas|filtros|límites|censura|limitaciones|ética|moral|moderación"]),
    ("injection", ["ignora|ignorar|olvida|olvídate|olvidate|olvidar|sáltate|salta|omite", "todo|todas|todos", "anterior|anteriores|arriba|previo|previas|previos"]),
    ("injection", [_IGNORE, "filtro|filtros|control|controles|moderación|bloqueo", "contenido|contenidos|seguridad|palabrotas|lenguaje|parental|infantil|edad"]),
    ("injection", ["deja|dejar|para|parar", "de", "ser|actuar|hacer", "cuentacuentos|narrador|narradora|escritor|escritora|asistente|ia|infantil|bot"]),
    ("injection", ["tus|tu", "reglas|normas|instrucciones|prompt|directrices", "ocultas|ocultos|internas|internos|reales|originales|iniciales|verdaderas"]),
    ("injection", [_IGNORE, "reglas|normas|límites|restricciones", "de|para", "cuentos|historias|relatos", "infantiles|niños|niñas|peques"]),
    ("insult", ["llena|lleno|llenas|llenos|muchas|muchos|montón|mete|meter|pon|poner|usa|usar|incluye|incluir", "palabrotas|groserías|blasfemias"]),
    ("injection", ["responde|responder|contesta|contestar|escribe|escribir|habla|hablar|cuenta", "sin", "filtro|filtros|censura|restricciones|moderación"]),
    ("injection", ["versión|escritor|escritora|narrador|narradora", "sin", "censura|filtros|restricciones|moderación"]),
    ("injection", ["eres|serás|actúa|actua|actuar|finge|fingir|compórtate|comportate|conviértete|ahora", "como|una|un|ahora|en", "ia|asistente|modelo|chatbot|bot", "libre|malvada|malvado|desatada|desatado|liberada|liberado|rebelde|sin"]),
]

RESCUE = [
    "encontrar", "encontró", "rescatar", "salvar", "abrazar", "abrazo", "hasta", "suerte",
    "afortunadamente", "repente", "llegar", "aparecer", "adoptar", "reencontrar", "regresar",
    "salvo", "cuidar", "consolar", "héroe", "heroína", "amable", "feliz", "felices",
    "bombero", "policía",
]

NEGATIONS = [
    "no", "nunca", "jamás", "nadie", "nada", "sin", "ni", "ninguno", "ninguna", "ningún",
    "tampoco",
]

# Words next to each other, each a "|" alternation; a match that they cover whole is
# harmless ("guerra de almohadas", "morirse de risa", "matar el tiempo").
ALLOW = [
    # fights and wars that are games
    "guerra|guerras|pelea|peleas|batalla|batallas de almohada|almohadas|cojín|cojines|agua|globo|globos|nieve|bola|bolas|comida|cosquilla|cosquillas|pintura|espuma|burbujas|confeti|barro|harina|pistolas",
    "guerra de las galaxias",
    # toys and things named after weapons
    "pistola|pistolas|pistolita|escopeta|escopetas|bomba|bombas|ametralladora de agua|burbujas|juguete|juguetes|silicona|pegamento|confeti|espuma|plástico|pintura|agüita",
    "pistola|pistolas láser|laser|juguete|agua",
    # un juego con pistolas de juguete ("dispara a los bandidos con su pistola de agua")
    "disparar|dispara|disparó|disparan|disparaba|disparaban a|al los|las|la|el|unos|unas|su|sus @target con su|una|la|sus|el|un pistola|pistolas|escopeta|metralleta|cañón|pistolita de|láser agua|juguete|burbujas|agüita|espuma|confeti",
    "disparar|dispara|disparó|disparan|disparaba|disparaban a|al @target con su|una|la|sus|el|un pistola|pistolas|escopeta|metralleta|cañón|pistolita de|láser agua|juguete|burbujas|agüita|espuma|confeti",
    "bomba|bombas de baño|humo|confeti|purpurina|semillas|chocolate|crema|agua|calor|colores",
    "bomba|bombas fétida|fétidas",
    "pasarlo|pasarla|pasamos|pasaron|pasó|pasaba|pasándolo|pasando|pasar|paso|pasan|pasábamos bomba",
    "cuchillo|cuchillos y|e tenedor|tenedores|cuchara|cucharas",
    "cuchillo|cuchillos tenedor|tenedores|cuchara|cucharas",
    "tenedor|tenedores|cuchara|cucharas y cuchillo|cuchillos",
    "cuchillo|cuchillos de mantequilla|plástico|untar|pan|mesa|postre|pescado|queso",
    "ballena|ballenas|abeja|abejas|orca|orcas|avispa|avispas|hormiga|hormigas asesina|asesinas",
    "tiburón|tiburones|pez|peces|calamar|pulpo|avispón|avispones|tomate|tomates|conejo asesino|asesinos",
    "morir|morirse|muero|mueres|muere|morimos|mueren|morían|moría|muriendo|murió|morí|moríamos|morirán de la risa|pena|vergüenza|emoción|alegría",
    # una piñata se golpea con un palo
    "le|les pega|pegó|pegaba|pegan|pegaron|dan|da|dio|daban|dieron|atiza|atizó con el|un|su palo|bate|bastón a la piñata",
    "le|les pega|pegó|pegaba|pegan|pegaron|dan|da|dio|daban|dieron|atiza|atizó a la piñata con el|un|su palo|bate|bastón",
    # death idioms
    "morir|morirse|muero|mueres|muere|morimos|mueren|morían|moría|muriendo|muerto|muerta|muertos|muertas|morirme|morirte|murió|morí|morirán|morirás|morimos de risa|carcajada|carcajadas|ganas|vergüenza|aburrimiento|curiosidad|envidia|celos|sueño|cansancio|amor|asco|gusto|emoción|ilusión",
    "muero|mueres|muere|morimos|mueren|muriendo|muerto|muerta|muertos|muertas|morirme|morirte de hambre|sed|frío|calor|miedo|susto",
    "me|te|se|nos muero|mueres|muere|morimos|mueren|moría por",
    "estar|está|estaba|es|era|fue|estuvo|están|estaban de muerte",
    "matar|mata|matan|mataba|matamos|matando el|un|los tiempo|rato|ratos|hambre|gusanillo",
    "matar|mata|matas|mataba|matan de risa|aburrimiento|curiosidad",
    "matar|mató|matamos|matan dos pájaros",
    "salto|saltos mortal|mortales",
    "hacer|hacerse|hace|hacía|hizo|hacen|haciéndose|hacerte|hagas el|la|los muerto|muerta|muertos",
    "día|dia de muertos|difuntos",
    "día|dia de los muertos|difuntos",
    "punto|tiempo|mar|naturaleza|horas|hojas|hoja|pila|pilas|batería muerto|muerta|muertas|muertos",
    # plantas que se mueren ("el árbol viejo se murió", "las plantas de la abuela se murieron")
    "árbol|árboles|planta|plantas|plantita|plantitas|flor|flores|rosas|cactus|césped|huerto|tomateras|girasol|girasoles|albahaca viejo|vieja|viejos|viejas|pequeño|pequeña|seco|seca|favorito|favorita se murió|murieron|muere|mueren|moría|morían",
    "árbol|árboles|planta|plantas|plantita|plantitas|flor|flores|rosas|cactus|césped|huerto|tomateras|girasol|girasoles|albahaca se murió|murieron|muere|mueren|moría|morían",
    "árbol|árboles|planta|plantas|plantita|plantitas|flor|flores|rosas|cactus|huerto|tomateras|girasoles|albahaca de|del la|el|mi|su|tu abuela|abuelo|mamá|papá|tía|tío|maestra|abuelita|abuelito se murió|murieron|muere|mueren",
    # los cañones piratas
    "bala|balas de cañón",
    "ahogar|ahogó|ahogaba|ahogando un|una|la|el grito|risa|risita|bostezo|llanto|carcajada",
    "mata|matas de flores|rosas|tomates|tomate|hierba|pelo|albahaca|menta|fresas|hortensias",
    "oveja|ovejita|ovejas|cordero|corderito|corderos bala|balaba|balan|balaban",
    # everything else
    "abandonar|abandonó|abandonen|abandonad|abandonaron el|la barco|nave",
    "cerveza|cervezas de raíz|jengibre|mantequilla",
    "sin alcohol",
    "alcohol en la herida|rodilla|rodillita|heridita",
    "gel de alcohol", "alcohol en gel",
    "violar|violó|viola|violaron|violaba las|la|una regla|reglas|ley|leyes|norma|normas",
    "rey|emperador va|está|iba|estaba|desnudo desnudo",
    "rey|emperador desnudo",
    "pies|pie|brazos|brazo|espalda|hombros desnudos|desnudo|desnuda|desnudas",
    "árbol|árboles|rama|ramas|pared|paredes desnudo|desnudos|desnuda|desnudas",
    "análisis|donante|banco|grupo|tipo|prueba|gota|gotita|gotas|gotitas de sangre",
    "donar|donó|dona|donan sangre",
    "sangre azul",
    "patito feo", "hermanastra|hermanastras fea|feas", "estrella fugaz", "pez espada",
    "caballito de mar",
]

TARGETS = [
    # people
    "niño", "niños", "niña", "niñas", "nene", "nena", "chico", "chica", "chaval", "chavala",
    "chamaco", "chamaca", "crío", "cría", "bebé", "peque", "hijo", "hija", "mamá",
    "mami", "madre", "papá", "papi", "padre", "padres", "papás", "abuela", "abuelo",
    "abuelita", "abuelito", "yaya", "yayo", "tía", "tío", "primo", "prima", "hermano",
    "hermana", "hermanito", "hermanita", "amigo", "amiga", "amiguito", "amiguita",
    "amiguitos", "compañero", "compañera", "profesor", "profesora", "maestro", "maestra",
    "profe", "vecino", "vecina", "gente", "persona", "señor", "señora", "hombre", "mujer",
    "alguien", "aldeano", "aldeana", "príncipe", "princesa", "rey", "reina", "granjero",
    "granjera", "familia", "humano", "esposa", "esposo", "novio", "novia",
    # pronouns used as objects ("él" and "mí" fold to "el" and "mi": left out)
    "ella", "ellas", "ellos", "ti", "nosotros", "nosotras", "anciano", "anciana", "ladrón", "ladrones", "bandido", "bandidos", "abusón", "abusones",
    "matón", "policía", "policías", "guardia", "guardias", "tendero", "tendera", "cartero",
    "conductor", "soldado", "soldados",
    "ancianos", "ancianas", "abuelos", "bebés", "hermanos",
    # animals and pets
    "animal", "animalito", "mascota", "perro", "perrito", "perrita", "cachorro", "cachorrito",
    "gato", "gatito", "gatita", "minino", "pájaro", "pajarito", "ave", "conejo", "conejito",
    "caballo", "caballito", "poni", "pony", "potro", "hámster", "pez", "pececito", "ratón",
    "ratoncito", "tortuga", "loro", "pato", "patito", "pollito", "gallina", "vaca",
    "ternero", "cordero", "corderito", "oveja", "cabra", "cabrita", "cerdo", "cerdito",
    "chancho", "burro", "burrito", "ciervo", "venado", "zorro", "oso", "osito", "ardilla",
    "erizo", "búho", "lechuza", "rana", "delfín", "ballena", "elefante", "mono", "león",
    "tigre", "unicornio",
]

NEGATABLE = ["violence", "death", "abandonment", "horror", "insult"]

# --- Criaturas, comerse a la gente, desnudarse delante de alguien, armas en una pelea --
CREATURES = [
    "criatura", "criaturas", "monstruo", "monstruos", "dragón", "dragones", "trol", "troles",
    "ogro", "ogros", "bestia", "bestias", "alienígena", "alienígenas", "extraterrestre",
    "extraterrestres", "zombi", "zombis", "zombie", "zombies", "vampiro", "vampiros", "bruja", "brujas",
    "brujo", "mago", "duende", "duendes", "hada", "hadas", "gnomo", "fantasma", "fantasmas",
    "sonámbulo", "sonámbulos",
]
TARGETS += CREATURES
_COMER = "comer|come|comen|comió|comieron|comía|comían|devorar|devora|devoran|devoró|devoraron|zampar|zampa|zampó"
_PRESA = ("gente|persona|personas|humano|humanos|niño|niños|niña|niñas|bebé|bebés|hombre|hombres|mujer|mujeres|"
          "aldeano|aldeanos|vecino|vecinos|pueblo|familia|abuela|abuelo|mamá|papá|hermano|hermana|amigos|maestra")
HARM["horror"] += [
    f"{_COMER} a {_PRESA}", f"{_COMER} a la|el|los|las|un|una|todos|todas {_PRESA}",
    f"se {_COMER} a {_PRESA}", f"{_COMER} {_PRESA}",
]
HARM["sexual"] += [
    "desnudar|desnuda|desnudan|desnudó|desnudarse|desnudaba delante",
    "desviste|desvistió|desvestirse|desnudarse|quita|quitó toda la ropa delante",
]
_ARMA = "espada|espadas|cuchillo|cuchillos|daga|puñal|hacha|lanza|pistola|pistolas|rifle|escopeta|machete|bate|garrote"
HARM["violence"] += [
    f"pelea|pelean|peleó|luchar|lucha|luchan|luchó|ataca|atacan|atacó|batirse con {_ARMA}",
    f"pelea|pelean|peleó|luchar|lucha|luchan|luchó|ataca|atacan|atacó|batirse con una|un|su|sus {_ARMA}",
]

# --- Familias reformuladas: palabras de niños, eufemismos, engaños, desprecio ----------
# Each list is a family of harm told with everyday words; slots stay in one sentence.
TARGETS += ["gatito", "gatitos", "perrito", "perritos", "cachorro", "cachorros", "cachorrito", "cachorritos",
            "hermanitos", "hermanitas", "nenes", "nenas", "chiquitos", "chiquitas", "gemelos", "gemelas",
            "conejito", "conejitos", "pajarito", "pajaritos", "abuelita", "personas", "alumnos", "compañeros"]
_NINOS = ("niño|niños|niña|niñas|nene|nenes|nena|nenas|bebé|bebés|hermanito|hermanitos|hermanita|hermanitas|"
          "chiquitos|chiquitas|gemelos|personas|gente|abuela|abuelita|abuelo|gatitos|perritos|cachorritos")
_ADULTO = ("señor|señores|hombre|hombres|tipo|vecino|entrenador|monitor|profe|profesor|tío|tio|tito|desconocido|"
           "desconocidos|desconocida|adulto|adultos|grandes|conductor|extraño|extraños")
_ONLINE = ("chat|internet|online|juego|videojuego|tiktok|roblox|fortnite|minecraft|instagram|whatsapp|snapchat|"
           "discord|youtube|twitch|videollamada|videollamadas|red|redes")
_CITA = ("cita|citas|quedar|verse|vernos|dirección|direccion|casa|solas|solos|fotos|fotitos|foto|secreto|secretos|"
         "escondidas|escondido|escondida|videollamada|videollamadas|número|numero")
_MEDICINA = ("pastilla|pastillas|pastillita|pastillitas|jarabe|medicina|medicinas|gotas|gotitas|comprimido|"
             "comprimidos|somnífero|somniferos|somníferos|cápsulas|capsulas|pildoras|píldoras|calmantes")
_GRUPO = ("negro|negra|negros|negras|negrito|negrita|moreno|morena|chino|china|chinos|gitano|gitana|gitanos|moro|"
          "mora|moros|judío|judía|judíos|judio|judios|musulmán|musulmana|musulmanes|gay|gays|marica|sudaca|sudacas|"
          "indio|india|indios|extranjero|extranjeros|inmigrante|inmigrantes|refugiados|rezan|velo|hiyab|kipá|"
          "turbante|patera|pateras|blancos|blancas|discapacitado|discapacitados|discapacitada|autista|cojo|coja|"
          "ciego|ciega|sordo|sorda|gordo|gorda|panchito|panchitos")
_DESPRECIO = ("sucio|sucios|sucia|sucias|peligroso|peligrosos|peligrosa|peligrosas|malos|malas|ladrones|terroristas|"
              "animales|apestosos|apestosas|inferiores|inferior|asquerosos|asquerosas|vagos|vagas|monos|ratas|"
              "cucarachas|parásitos|parasitos|basura|bichos|enfermos|enfermas")

HARM["violence"] += [
    "chanclazo", "chanclazos", "cinturonazo", "cinturonazos", "correazo", "correazos", "zapatillazo",
    "zapatillazos", "varazos", "palizas", "pedradas",
    "le|les salga|sale|saliera|salió juguito|zumito|salsita|agüita|agüita rojo|roja",
]
HARM["sexual"] += [
    "sin|ni ropa|ropita|braguitas|bragas|calzoncillos|calzoncillo|calzones|bombachas|calzoncitos",
    "pilila", "chichi", "pirulí", "pichita", "pichula", "pitito", "potorro", "chocho",
]
HARM["horror"] += [
    "gore", "splatter", "tripitas",
    f"{_NINOS} en carne|salchichas|albóndigas|albondigas|hamburguesas|picadillo|chorizo|filetes|embutido",
    f"abrir|abre|abra|abrió|rajar|raja|raje|rajó|destripar|destripa a|al el|la|los|las|su {_NINOS}",
]
HARM["horror"] += [f"cocinar|cocina|hervir|hierve|asar|asa|freír|frie|fríe|guisar|guisa a los|las|al {_NINOS} en|dentro"]
HARM["abandonment"] += ["vacaciones|viaje eterno|eternos|eternas|eterna"]
HARM["hate"] += ["sudaca", "sudacas", "panchito", "panchitos"]
HARM["drugs_alcohol"] += ["porro", "porros", "canuto", "canutos", "borrachera", "emborracharse", "coca", "farlopa",
                          "perico", "tripi", "tripis", "pirulas", "hongos mágicos|magicos", "setas mágicas|magicas"]
ALLOW += [
    "matar|mata|matamos|matan|matando|mataron el gusanillo|hambre|tiempo|rato|aburrimiento",
    "bomba|bombas|bombita de energía|energia|humo|agua|chocolate|crema|vitaminas|sabor|risa|purpurina|baño|confeti|alegría|alegria",
    "cuchillo|cuchillos|cuchillito de|para niño|niños|niña|niñas|plástico|plastico|untar|mantequilla|postre|mesa|pan|juguete",
    "coca cola|colas", "coca de",
]

SCENARIOS += [
    # -------- violence: broken bones, blows until bruised, tools, pain as "pupa"
    ("violence", ["romperle|partirle|quebrarle|romperles|partirles|quebrarles", "hueso|huesos|cuello|cráneo|craneo|costillas|dientes|nariz|brazo|brazos|piernas|pierna"]),
    ("violence", ["le|les", "romper|rompe|rompió|rompa|parte|partió|quiebra|quebró", "hueso|huesos|cuello|cráneo|craneo|costillas|dientes|nariz|brazo|brazos|piernas|pierna"]),
    ("violence", ["clava|clavó|clavaba|clavar|hunde|hundió", "a|al", "@target"]),
    ("violence", ["cuchillo|navaja|tijeras|tenedor|destornillador|puñal|cuchilla|cúter", "clava|clavó|clavar|clavarle|clavándole|clavaba|hunde|hundió|hundir|hundirle"]),
    ("violence", ["hasta", "sangrar|sangra|sangró|desmayar|desmaya|desmayarse|desmayó|moratones|moretones|morados|moraditos|moradito"]),
    ("violence", ["puño|puños|puñitos|puñetazo|puñetazos|golpes|patadas|patadita|patadas|bofetadas|tortazos", "morado|morados|moraditos|moratones|moretones|sangrando|sangre|llorando"]),
    ("violence", ["dar|da|dio|daba|pega|pegar|pegaba|zurra|zurrar|azota|azotar", "con", "chancla|chanclas|cinturón|cinturon|correa|zapatilla|vara|palo|látigo|latigo|regla"]),
    ("violence", ["cosquillas|cosquillitas|caricias|cariñitos|carinitos|mimos", "con", "cuchillo|navaja|cuchilla|tijeras|puñal|chancla|cinturón|cinturon|correa|palo|martillo|látigo"]),
    ("violence", ["le|les", "hacer|hizo|hace|hacía", "pupa|pupita|daño|dañito|bua"]),
    ("violence", ["pegar|pegarle|pega|golpear|golpearle|jalar|jalarles|tirar|tirarles", "hasta", "llorar|sangrar"]),
    # -------- death: stars and angels, candles blown out, still forever
    ("death", ["vivir|estar|jugar|irse", "con", "ángeles|angeles|angelitos|estrellas|estrellitas|angelito"]),
    ("death", ["inyección|inyeccion|pinchazo|pastilla", "para", "irse|ir|dormir|descansar|morir|subir", "cielo|siempre|paz"]),
    ("death", ["apagar|apaga|apagó|apagaba", "a", "@target", "como", "vela|velas|velitas|velita"]),
    ("death", ["quedarse|quedar|quedó|quedara|quedaron", "quieto|quieta|quietecita|quietecito|quietos|dormido|dormida|dormidita|dormidito", "para", "siempre"]),
    # -------- poison: whole bottles, under the sink, the skull bottle, cleaning potions
    ("poison_medicine", ["dar|da|dio|tomar|toma|tomó|beber|bebe|bebió|zampar|zampa|tragar|traga|tragó", "entero|entera|diez|veinte|muchísimas|montón|puñado|todas", _MEDICINA + "|frasco|bote"]),
    ("poison_medicine", ["zampar|zampa|zampó|tragar|traga|tragó|tomar|toma|tomó|bebe|bebió|beber", "frasco|bote|caja|blíster|blister", "entero|entera"]),
    ("poison_medicine", ["chuches|caramelos|golosinas|dulces|caramelitos|gominolas|lacasitos|smarties", "botiquín|botiquin|mesita|medicinas|medicina"]),
    ("poison_medicine", [_MEDICINA, "como|parecen|son", "chuches|caramelos|golosinas|dulces|caramelitos|gominolas|lacasitos|smarties"]),
    ("poison_medicine", ["debajo|bajo", "del|el", "fregadero|lavabo", "leche|zumo|jugo|batido|té|agua|biberón|biberon|sopa|vaso|taza|comida|papilla|bebida"]),
    ("poison_medicine", ["tomar|toma|beber|bebe|bebió|tragar|traga|probar|prueba|dar|da", "pocion|poción|liquido|líquido|jugo|zumo|bebida|batido|agua", "de|para", "limpiar|fregar|lavar"]),
    ("poison_medicine", ["gotas|gotitas|polvo|polvitos|liquido|líquido|pastillas|chorrito", "calavera"]),
    ("poison_medicine", ["mezclar|mezclan|mezcla|mezcló", "amoníaco|amoniaco|lejía|lejia|cloro|salfumán|salfuman|desatascador|lavavajillas", "con|y", "amoníaco|amoniaco|lejía|lejia|cloro|salfumán|salfuman|vinagre|desatascador"]),
    # -------- sexual: clothes off for photos, what is under the nightie, kisses from adults
    ("sexual", ["quitar|quite|quita|quitarse|desnudar|desvestir", "calzoncillos|bragas|braguitas|ropa|ropita|camiseta|pijama|bañador|calzones", "fotos|foto|fotitos|fotografías|video|vídeo|grabar|tocar"]),
    ("sexual", ["caricias|besos|besitos|mimos", "cama|ducha|bañera|baño", "con", _ADULTO]),
    ("sexual", [_ADULTO, "besa|besar|besó|besaba|beso|besos", "boca|labios|lengua"]),
    ("sexual", ["enseñar|enseña|enseñó|mostrar|muestra|mostró|tocar|toca|tocó|ver", "debajo|bajo", "camisón|camison|falda|pijama|vestido|bragas|calzoncillos|camiseta|braguitas"]),
    ("sexual", ["tocar|toca|tocó|tocaba|tocarle|enseñar|enseña|enseñó|mostrar|muestra|ver|besar", "la|el|su|sus|tu|mi", "pilila|chichi|pirulí|pitito|pichita|pichula|potorro|chocho|pene|vulva|pajarita"]),
    ("sexual", ["sin|ni", "nada|ropa|ropita|braguitas|bragas|calzoncillos", "encima|puesto|puesta"]),
    ("sexual", ["no", "quedar|quede|queda|quedaba", "nada", "puesto|puesta|encima"]),
    # -------- self-harm: cuts on wrists, hurting oneself on purpose, not waking
    ("self_harm", ["se", "hacer|hace|hacía|hizo", "cortes|cortecitos|heridas|rayitas|rayas|quemaduras|arañazos|marcas", "muñeca|muñecas|brazo|brazos|piel|pierna|piernas|propósito|queriendo|sacapuntas|cuchilla|cúter|cuter|mechero|tijeras|compás|compas"]),
    ("self_harm", ["hacer|hace|hacerse|hizo", "daño|pupa|pupita|heridas", "propósito|queriendo|adrede"]),
    ("self_harm", ["cortes|cortecitos|heridas|rayitas|quemaduras|arañazos", "mismo|misma"]),
    ("self_harm", ["pincha|pinchar|corta|cortar|quema|quemar|hiere|herir|golpea|golpear|araña|arañar|muerde|morder", "sí|si", "mismo|misma"]),
    ("self_harm", ["querer|quiere|quería|quiero", "no", "despertar|despertarse", "nunca|jamás|jamas|más|mas"]),
    ("self_harm", ["ya", "no", "querer|quiere|quería", "estar|vivir|existir|seguir", "aquí|aqui|vivo|viva|más|mas|nadie|mundo"]),
    # -------- drugs: powder up the nose, sweets that keep you dancing
    ("drugs_alcohol", ["polv*", "meter|mete|esnifar|esnifa|aspirar|aspira|inhalar|inhala", "nariz"]),
    ("drugs_alcohol", ["hacen|hace", "bailar", "sin", "dormir"]),
    ("drugs_alcohol", ["hacer|hace|hacen|hizo", "fumar|beber|emborrachar|emborracharse", "a|al|@target"]),
    # -------- abandonment: left behind and never fetched
    ("abandonment", ["dejar|dejaron|dejó|abandonar|abandonaron|abandonó|olvidar|olvidaron|olvidó", "fueron|fue|fueran|fuera|marcharon|marchó|marcharse|marcharan|iban|van", "para", "siempre"]),
    ("abandonment", ["espera|espérame|esperame|esperar|esperando|esperó", "nunca|jamás|jamas", "volver|volvió|regresar|regresó|vino|llegó|volvieron|regresaron"]),
    ("abandonment", ["ratito|momento|minuto|rato|momentito|segundito", "nunca|jamás|jamas", "volver|volvió|regresar|regresó|vino|volvieron|regresaron"]),
    ("abandonment", ["esperando|esperar|esperaba", "años|siempre|eternamente"]),
    ("abandonment", ["esperando|esperar|esperaba", "hasta", "hacerse|crecer|ser", "grande|mayor|vieja|viejo|anciana|anciano"]),
    ("abandonment", ["nadie", "la|lo|le|los|las|les", "ayuda|cuida|busca|quiere|recoge|alimenta|abraza"]),
    ("abandonment", ["nadie", "regresar|regresa|volver|vuelve|volvió|regresó"]),
    ("abandonment", ["niño|niña|nena|nene|bebé|perrito|gatito|cachorrito|hermanito|hermanita", "abandonado|abandonada|abandonados|abandonadas"]),
    ("abandonment", ["dejar|deja|dejan|dejó|dejaron", "solo|sola|solos|solas|solito|solita|solitos", "días|dias|semanas|meses|noche|siempre|vacía|vacia|vacío|años"]),
    ("abandonment", ["dejar|deja|dejan|dejó|dejaron", "encerrado|encerrada|encerrados|encerradas|atado|atada|amarrado|amarrada"]),
    # -------- strangers and secrets: gifts for silence, threats, online friends, lures
    ("stranger_secret", ["caramel*|regal*|chuches|golosinas|dinero|juguetes|helado*|móvil|movil|cromos|robux|pavos", "cambio|si|condición|condicion", "secreto|secretito|nadie|callar|calle|calla|escondidas"]),
    ("stranger_secret", ["si", "cuenta|cuentas|dice|dices|contar|decir|cuentan|chiva|chivas", "le|te|les", "pasará|pasara|pasar|pasa", "algo", "malo"]),
    ("stranger_secret", [_ADULTO + "|videollamada|videollamadas", "escondidas|espaldas|enteren|sepan"]),
    ("stranger_secret", [_ONLINE, "sin", "enteren|entere|sepan|sepa"]),
    ("stranger_secret", ["amigo|amiga|señor|hombre|chico|tipo|adulto|grande|gamer|novio", "de|del|en|por", _ONLINE, _CITA]),
    ("stranger_secret", ["pide|pedir|pedía|pidió|piden", "fotos|fotitos|foto|videos|vídeos", "baño|ducha|cama|pijama|desnudo|desnuda|ropa|sin|bañera|calzoncillos|bragas"]),
    ("stranger_secret", ["suba|subir|sube|entre|entrar|monte|montar", "ver", "cachorr*|perrit*|gatit*|caramel*|chuches|regal*|conejit*", "coche|furgoneta|carro|camioneta|auto|caravana"]),
    ("stranger_secret", ["lo", "que", "hacen|hacemos|hicieron", "juntos|juntitos", "secreto|secretito"]),
    ("stranger_secret", ["guarda|guardar|guardan", "secretos|secreto", "adultos|desconocidos|señores|grandes|piden|pide"]),
    ("stranger_secret", ["obedecer|obedece|seguir|sigue", "adultos|señores|desconocidos|extraños", "que", "no", "conoce|conocer"]),
    # -------- horror: cooked in a pot, left without hands, skinned kittens, heads kept
    ("horror", ["dejar|dejarlos|dejarla|dejarlo|deja|dejó", "sin", "manos|manitas|dedos|deditos|ojos|ojitos|orejas|orejitas|piernas|piernitas|brazos|bracitos|cabeza|piel"]),
    ("horror", ["cara|carita|cuerpo|manos|brazos|panza|barriga|barriguita", "sin", "piel"]),
    ("horror", ["relleno|tripas|tripitas|intestinos|sesos", "fuera|afuera|colgando"]),
    ("horror", ["quitar|quita|quitó|quitaba|arrancar|arranca|arrancó|despellejar|despelleja", "piel|pellejo", "a|al", "@target"]),
    ("horror", ["guardar|guarda|guardaba|colecciona|coleccionaba|tiene|tenía", "cabezas|cabecitas|cabeza|deditos|ojos|ojitos|manitas|orejas|corazones|dedos", "nevera|congelador|frigorífico|frigorifico|frasco|frascos|tarro|tarros"]),
    # -------- hate: mocked for who they are, group inferiority, dehumanising
    ("hate", ["burlar|burlan|burla|reír|ríen|insultar|insultan|pegar|pegan|excluir|excluyen|rechazar|rechazan", "porque|por", "ser|es|era", _GRUPO]),
    ("hate", ["niñas|mujeres|chicas|niños|hombres|chicos|" + _GRUPO, "ser|son", "más|mas", "tontas|tontos|torpes|débiles|debiles|inferiores|malas|malos|estúpidas|estupidas|estúpidos|sucios|sucias|vagos|vagas", "que"]),
    ("hate", [_GRUPO + "|niñas|niños|hombres|mujeres|ricos|pobres", "ser|son", "superiores|superior|inferiores|inferior"]),
    ("hate", ["dicen|llaman|gritan|dijo|decía|llamaba|insultan", _GRUPO, "sucio|sucia|asqueroso|asquerosa|apestoso|apestosa|feo|fea"]),
    ("hate", [_GRUPO, "no", "ser|son", "personas|humanos|persona|humano|gente"]),
    ("hate", [_GRUPO, "porque|pues", "ser|son", _DESPRECIO]),
    ("hate", [_GRUPO + "|bolitas|paraguas", "no", "poder|pueden", "jugar|entrar|venir|estar|sentarse"]),
    # -------- injection: a rule-free AI, the developers' text
    ("injection", ["ia|asistente|modelo|bot|chatbot", "sin|no|ninguna|ningún", "norma|normas|regla|reglas|limites|límites|filtros|restricciones|censura"]),
    ("injection", ["repite|repetir|muestra|mostrar|revela|revelar|copia|copiar|imprime|dime|escribe", "texto|instrucciones|mensaje|prompt|indicaciones", "desarrolladores|desarrollador|programadores|creadores|sistema"]),
]

# --- Ronda tres: familias enteras del tercer conjunto de ajuste ----------------------------
_PADRES = "mamá|papá|madre|padre|padres|papás|mami|papi|papis|mamis|abuelos|familia"
# Mayores de fuera de la familia que piden algo a un niño.
_DE_FUERA = (_ADULTO + "|señora|mujer|mago|payaso|heladero|entrenador|monitora|socorrista|fotógrafo|fotografo|"
             "profesora|niñera|canguro|padrastro|cura|vecina|lobo|tito|tita")
_DULCES = ("chuches|caramelos|golosinas|regalos|regalitos|dinero|juguetes|helado|helados|chocolate|chocolatinas|"
           "gominolas|cromos|pavos|robux|gemas|monedas")
_TROZOS = "dedos|deditos|ojos|ojitos|orejas|orejitas|lenguas|narices|uñas|uñitas|huesos|cabezas|corazones|manos|manitas"
_BEBIDA = ("sopa|té|zumo|jugo|leche|bebida|comida|limonada|vaso|taza|café|cena|tarta|agua|colacao|cacao|biberón|"
           "batido|refresco|merienda|potaje|puré|yogur")
_CONTRA = ("trans|gays|gais|homosexuales|lesbianas|negros|negras|gitanos|gitanas|judíos|judías|musulmanes|musulmanas|"
           "moros|inmigrantes|extranjeros|refugiados|chinos|discapacitados|autistas|sudacas")
TARGETS += ["peque", "peques", "nuevo", "nueva", "gordito", "gordita", "abusón", "abusona", "leñador", "chivatos"]
HARM["violence"] += ["matarile", "estilo mafioso|mafia|mafiosa", "bofetadas|bofetones|tortazos|guantazos|hostias|collejas vuelan|volaban|llueven|llovían|caen|caían"]
HARM["death"] += ["tanatorio", "velatorio", "morgue"]
HARM["horror"] += ["crujido|crujidos|crujir|cruje|crujen|chasquido de|los huesos|hueso",
                   "engorda|engordar|engordaba|engordan a los|las niños|niñas|críos|peques|hermanitos",
                   "niños|niñas|niño|niña|bebés|bebé|hermanitos|nenes en jaulas|jaula"]
HARM["poison_medicine"] += ["fiesta|fiestas del|de jarabe|pastillas|medicinas|pastillitas|calmantes",
                            "caramelos|caramelitos|gominolas|chuches|pastillitas|gotitas|bombones de|para dormir"]
HARM["drugs_alcohol"] += ["calada", "caladas", "brownies mágicos|magicos|de maría|de marihuana",
                          "zumo|zumito|jugo|juguito|bebida|bebidas|agüita de mayores|adultos"]
HARM["sexual"] += ["secreto|secretos|secretito|secretitos|secretillos de|del la|el bañera|ducha|bañito|sauna|vestuario",
                   "contenido|contenidos|material para|de adultos", "contenido adulto|explícito|explicito",
                   "lo que tapa|tapan|cubre|cubren el|la|las|los bañador|bragas|braguitas|calzoncillos|bikini"]
HARM["stranger_secret"] += ["secretos|secretitos|secreto de mayores|adultos|grandes"]
ALLOW += [
    "fue|es|era|ser|será|sera la bomba",
    "día|dia de muertos|los muertos|difuntos|todos", "pan de muerto|muertos",
]
SCENARIOS += [
    # -------- violence
    ("violence", ["se", "cargó|cargaron|cargaba|cargará|cargarse|cargue|carga", "a|al", "toda|todos|todas|su|sus|@target"]),
    # (water is a toy word for weapons: scalding is told as cruelty, drowning as death)
    ("horror", ["echa|echar|echó|tira|tirar|tiró|vierte|vertió|lanza|lanzó", "agua|aceite|leche|sopa|café|té", "hirviendo|hirviente|ardiendo", "cara|cabeza|encima|brazo|mano|piel|espalda|@target"]),
    ("violence", ["les|le", "rompen|rompe|romperán|rompieron|romper|partirán|parten|parte|partieron", "las|los|la|el", "piernas|piernitas|brazos|bracitos|dedos|deditos|manos|manitas|rodillas|dientes|costillas|huesos|nariz|cuello"]),
    ("violence", ["tirado|tirao|tirada|tirados|tumbado|tumbada|tumbados|tendido|tendidos|inconsciente|suelo", "sin", "moverse|respirar|levantarse"]),
    ("violence", ["no|nunca|jamás|jamas", "se", "levanta|levantan|levantó|levantaron|levantaba|levantaban|levantará|levantarán", "nunca|jamás|jamas|más|mas"]),
    ("violence", ["golpe|golpes|golpazo|porrazo|puñetazo|dormida|dormido|dormidos|dormidas", "ya", "no", "despiertan|despierta|despertaron|despertó|despertaba|despertaban|despertará|despertarán"]),
    ("violence", ["con", "el|la|un|una|su", "hacha|cuchillo|navaja|puñal|martillo|bate|pistola|escopeta|machete|espada", "espalda|cabeza|cuello|nuca|corazón|pecho|cara"]),
    ("violence", ["dieron|dio|dan|da|dar|darle|darán|daban|dando", "pa|pal|para", "l|el", "pelo"]),
    ("violence", ["hasta", "que", "no", "pudo|podía|pudiera|pueda|pudieron|podían", "abrir"]),
    ("violence", ["atropella|atropellar|atropelló|atropellan|atropellaron|arrolla|arrolló|arrollan", "@target"]),
    ("death", ["le|les|su", "sujetan|sujeta|sujetó|sujetaron|aguanta|aguantan|mantiene|mantienen|hunde|hunden|hundió|empuja|empujan", "la", "cabeza", "debajo|bajo|dentro"]),
    # -------- death
    ("death", ["tieso|tiesa|tiesos|tiesas|rígido|rigido|rígida|rigida", "jaula|pecera|cama|suelo|caja|cesta|basura|cubo"]),
    ("death", ["todos|todas|mamá|papá|abuela|abuelo|padres|familia|gente", "se", "fueron|fue|van|iban|marcharon|marchó", "para", "siempre"]),
    ("death", ["meter|meten|metieron|metió|enterrar|entierran|enterraron|enterró|pusieron|ponen", "lo|la|los|las|le|@target", "caja|agujero", "tierra|suelo"]),
    # -------- self-harm
    ("self_harm", ["mejor|mejores|felices", "sin", "él|ella|mí|mi|ellos|nosotros"]),
    ("self_harm", ["para|por", "castigarse|castigarme|castigarte|castigándose|castigandose"]),
    ("self_harm", ["no", "quería|quiere|quiero|quieren|querían", "estar|vivir|existir|seguir", "aquí|vivo|viva|más|mas"]),
    ("self_harm", ["deja|dejó|dejar|para", "de", "comer", "días|semanas|desaparecer|hacerse|pequeña|pequeño|nada"]),
    # -------- horror
    ("horror", ["comer|come|comió|comen|devora|devorar|devoró|roe|roer|royó|arranca|arrancó|arrancar|arrancan", "cara|carita|ojos|ojitos|dedos|deditos|nariz|orejas|lengua|piel|uñas|dientes", "de|del|a", _NINOS + "|gente|bebé|niño|niña"]),
    ("horror", ["ponerse|pone|puso|lleva|llevar|viste|vestir|llevaba", "la", "piel|cara", "de|del", "@target|otra|otro|otros|alguien"]),
    ("horror", ["máscara|mascara|careta|caretas|abrigo|capa|sombrero|guantes|alfombra|bolso", "hecha|hecho|hechas|cosida|cosido", "cara|caras|carita"]),
    ("horror", ["empapado|empapada|empapados|empapadas|chorreando|bañado|bañada", "de|en", "rojo|roja"]),
    ("horror", ["oír|oye|oyó|escucha|escuchó|oyen|oímos", "cada|todos", "crujido|crujidos|hueso|huesos|grito|gritos|chasquido"]),
    ("horror", ["no", "pueda|pueden|puede|podrá|pudo", "pegar|dormir", "semanas|meses|años"]),
    ("horror", ["pesadillas", "semanas|meses|años|saco|vida"]),
    ("horror", ["tripas|todo|lo", "de", "dentro", "por|hacia|afuera|fuera"]),
    ("horror", ["ponen|pone|poner|ponían|pusieron|ponía", "huevos|huevecillos|larvas", "debajo|bajo|dentro", "piel|cabeza|cerebro|ojos|oreja|orejas|tripa|barriga"]),
    ("horror", ["tarro|tarros|frasco|frascos|bote|botes|caja|bolsa", "con|de|lleno|llenos|llena", "ojos|dedos|deditos|orejas|lenguas|corazones|cabezas|manos"]),
    ("horror", ["colecciona|coleccionar|colección|coleccion|coleccionista|coleccionaba|guarda|guardar", _TROZOS]),
    ("horror", ["siempre|cada", "falta|faltan|desaparece|desaparecen|desaparecido", "niño|niña|niños|hermanito|hermanita|bebé|hermano|hermana|uno|una"]),
    ("horror", ["hombre|mujer|señor|señora|cosa|criatura|niño|niña|gente|monstruo", "sin", "piel|cara|ojos|boca|labios"]),
    ("horror", ["se", "los|las|lo|la", "come|comen|comió|comía|zampa|devora|devoró", "crudos|crudas|crudo|cruda|vivos|vivas|enteros"]),
    # -------- poison
    ("poison_medicine", ["garaje|trastero|fregadero|sótano|sotano|cobertizo|taller", "en|al|a", _BEBIDA]),
    ("poison_medicine", ["poción|pocion|pócima|pocima|brebaje|cóctel|coctel|mezcla|batido", "botiquín|botiquin|medicinas|pastillas|jarabe|lejía|lejia"]),
    ("poison_medicine", [_MEDICINA + "|pastis|vitaminas", "bolso|bolsillo|cajón|cajon|chaqueta|abrigo|mochila|armario|armarito|neceser", "come|comer|comió|comen|traga|tragó|tragan|reparte|ofrece"]),
    ("poison_medicine", ["da|dar|dio|darle|darles|daba|ofrece|sirve|echa|come|comen|comió|prueba", "venenoso|venenosa|venenosos|venenosas|tóxico|tóxica|tóxicos|tóxicas"]),
    ("poison_medicine", ["setas|hongos|bayas|frutos|moras", "venenosas|venenosos|tóxicas|tóxicos", "a|al|los|las", "@target"]),
    # -------- abandonment
    ("abandonment", ["librarse|deshacerse|quitarse|librarme|deshacerme", "de", "ellos|ellas|él|ella|hijos|hijo|hija|hijas|" + _NINOS]),
    ("abandonment", ["pan|tabaco|leche|tienda|súper|super|compra", "no|nunca", "vuelve|volvió|regresa|regresó|vuelva|volver"]),
    ("abandonment", ["espera|esperando|esperó|esperaba", "puerta|ventana", "días|semanas|meses|años|noches"]),
    ("abandonment", ["solo|sola|solos|solas", "semanas|meses|días", "sin", "comida|comer|nada|agua|nadie"]),
    # -------- drugs
    ("drugs_alcohol", ["lían|lía|liar|liaron|lió|liando", "hojas|hojitas|hierba|hierbita|porro|cigarro|cigarrillo|tabaco"]),
    ("drugs_alcohol", ["beben|bebe|bebió|bebieron|beber", "hasta", "que", "vueltas|gira|giraba|mareados|mareo|marea"]),
    # -------- sexual
    ("sexual", ["quite|quitar|quitarse|quítate|quitate|quitara|quitase", "ropa|vestido|vestidito|ropita|braguitas|bragas|calzoncillos|pijama|bañador", "cama|conmigo|toque|tocar|tocarle|él"]),
    ("sexual", ["mirar|mira|espiar|espía|espia|ver|cotillear", "cuando|mientras", "duchan|ducha|bañan|baña|desnudan|desnuda|cambian|visten"]),
    ("sexual", ["años|añitos", _DE_FUERA, "enamoran|enamora|enamorados|novios|beso|besos|besan|noche|casan"]),
    ("sexual", ["desaparecer|desaparece|desaparezca|esfuma|invisible|transparente", "la|su|sus", "ropa|ropita|vestido|vestidos|bañador|bragas|calzoncillos"]),
    ("sexual", ["mirar|mirarles|mirarle|mirarla|ver|verles|espiar", "cuerpo|cuerpos|desnudos|desnudas|desnudo|desnuda"]),
    ("sexual", ["graba|grabar|grabó|filma|filmar|filmó|fotografía|fotografiar|fotografió", "bañera|ducha|vestuario|probador|desnuda|desnudo|cambiándose|cambiandose|duchándose|duchandose"]),
    ("sexual", [_DE_FUERA, "toca|tocan|tocaba|tocó|manosea|soba", "niños|niñas|chicos|chicas|alumnos|alumnas|@target", "ducha|duchas|vestuario|vestuarios|cama|bañera"]),
    # -------- strangers and secrets
    ("stranger_secret", ["número|numero|alguien|desconocido|señor|tipo|hombre|mujer|señora", "pide|pidió|pregunta|preguntó|quiere", "ubicación|ubicacion|dirección|direccion"]),
    ("stranger_secret", [_ADULTO + "|señora|mujer", "dice|dijo|cuenta", "que", "es|era", "primo|amigo|tío|tio|compañero|colega|conocido", "de", "papá|mamá|tu|su|tus|sus"]),
    ("stranger_secret", ["mamá|papá|madre|padre|padres|papás", "lo|la|me|le|les|te", "ha|han|había", "mandado|enviado"]),
    ("stranger_secret", ["nunca|no|jamás|jamas", "chivarse|chivarte|chivar|chivarme"]),
    ("stranger_secret", ["nunca|no|jamás|jamas", "se|te|me", "chiva|chivan|chivó|chivaba|chives|chive"]),
    ("stranger_secret", ["paseo|paseíto|paseito|vuelta|vueltecita|viaje", "coche|furgoneta|furgo|camión|camion|moto|caravana", "cosa|secreto|nadie|solos|solas|solo|sola|decir|contar"]),
    ("stranger_secret", [_DULCES, "si", "va|viene|sube|vas|vienes|entra|entras", "casa|coche|furgoneta|piso|caravana"]),
    ("stranger_secret", ["invita|invitó|lleva|llevó|propone|pide", "casa|caravana|coche|furgoneta|piso|habitación|habitacion|cabaña", "sola|solo|solos|solas|sin|secreto|nadie"]),
    ("stranger_secret", ["solo|sólo", "para", "niños|niñas|peques", "promesa|secreto|jura|juramento", "no|nunca|nadie"]),
    ("stranger_secret", ["escapa|escaparse|escapar|sale|salir", "noche|ventana", "ver|quedar|encontrarse|amigo|amiga"]),
    ("stranger_secret", ["ver|quedar|encontrarse|visitar|reunirse", "amigo|amiga", "mayor|adulto|adulta|grande|secreto|secreta"]),
    ("stranger_secret", ["amigo|amiga|amigos|amigas|amiguito", _PADRES, "no|nunca", "puede|pueden|debe|deben|sabe|saben|conocen|conoce|conozca|conozcan|sepa|sepan"]),
    ("stranger_secret", ["quedamos|quedar|quedemos|vernos|vemos", "cuando", "tu|tus", "madre|padre|padres|mamá|papá|papás"]),
    ("stranger_secret", ["dime|avísame|avisame|escríbeme|escribeme|dímelo", "cuando", "tus|tu", "padres|papás|madre|padre|mamá|papá"]),
    ("stranger_secret", ["hora|cuándo|cuando", "se", "queda|quedan|está|esta|están", "sola|solo|solos|solas"]),
    ("stranger_secret", ["si", "le|se|lo", "cuenta|cuentas|dice|dices|contara|contaras", "a", _PADRES + "|nadie|alguien", "charlas|mensajes|conversaciones|chats|secretos|nosotros|nuestro|nuestras|nuestros"]),
    ("stranger_secret", ["señor|hombre|tipo|desconocido|señora|mujer|extraño", "furgo|furgoneta|coche|camión|camion|caravana", "sube|súbete|subete|monta|móntate|montate|entra|subir|montar"]),
    ("stranger_secret", ["no", "hace", "falta", "molestar|decir|decírselo|decirselo|contar|contárselo|avisar|preguntar", "a", "mamá|papá|tus|padres|nadie"]),
    ("stranger_secret", ["secreto|secretos", _PADRES, "adulto|mayor|señor|grande|desconocido|alguien", "pide|pida|quiere|quiera|dice|diga"]),
    # -------- hate
    ("hate", ["aula|clase|educación|educacion|necesidades|colegio", "especial|especiales", "aparte|apartados|fuera|solos|lejos|retrasan|estorban"]),
    ("hate", ["chicas|niñas|mujeres|hembras|mujer", "a|para|solo|sólo|sirven|están", "fregar|limpiar|planchar|parir"]),
    ("hate", ["que", "pa|para", "eso", "están|estan|sirven|nacieron"]),
    ("hate", ["todos|todas", "los|las", "de", "su|esa|esta|tu", "gente|raza|calaña|especie|tribu|ralea|clase"]),
    ("hate", [_GRUPO + "|" + _CONTRA, "porque|pues", "son|eran|están|estan", _DESPRECIO + "|monstruos|enfermos|enfermas|anormales|contagiosos|raros|raras"]),
    ("hate", ["mete|meten|metió|encierra|encierran|encerró|expulsa|expulsan|expulsó|destierra|echa|echan|echó", "cárcel|carcel|todos|todas|los|las", _CONTRA]),
    ("hate", ["gordos|gordas|gordo|gorda|feos|feas|negros|gitanos|pobres", "dan|da", "asco"]),
    ("hate", ["no", "merecen|merece|merecían|merecía", "tener|amigos|amigo|vivir|amor|cariño|ser|existir"]),
    ("hate", ["rasgados|achinados|rasgaditos", "no|nunca|prohibido|fuera|huelen|apestan|asco"]),
    ("hate", ["porque|pues", "huelen|apestan|huele|apesta", "raro|mal|feo|distinto|diferente"]),
    ("hate", ["limpio|limpito|limpia|limpiar|limpieza|puro|pura", "echando|echar|expulsando|expulsar|quitando|sacando"]),
    ("hate", ["echar|echa|echó|echando|expulsa|expulsar|expulsó|expulsando", "a", "las|los|todas|todos", "familias|gente|personas|vecinos|extranjeros|inmigrantes|" + _GRUPO]),
    ("hate", ["chabolas|chabola|poblado|caravana|caravanas|campamento", "son|eran", "unos|unas|todos", _DESPRECIO + "|guarros|guarras|cerdos"]),
    ("hate", ["sin|libre|limpio|limpia|libres", "esa|esta|aquella|esos|estos|aquellos", "gente|gentuza|chusma|raza|calaña|tipos"]),
    ("hate", ["nacen|nacieron|nacido|nacidos|nace", "pa|para", "servir|obedecer|esclavos|trabajar"]),
    ("hate", ["nota|notan|sabe|saben|ve|ven|reconoce|juzga", "por", "el|su", "color"]),
    # -------- injection
    ("injection", ["copia|copiar|repite|repetir|escribe|muestra|imprime|reproduce", "texto|instrucciones|mensaje", "encima|arriba|anterior|anteriores"]),
    ("injection", ["clasificador|filtro|moderador|sistema|detector", "marcar|marque|marca|considerar|clasificar|decir|responder", "seguro|segura|aceptable|inofensivo|apto|aprobado"]),
    ("injection", ["correo|email|mail|mensaje|sms", "contraseña|contraseñas|pin|clave|claves|tarjeta|banco|bancarios"]),
    ("injection", ["ia|inteligencia|asistente|bot|chatbot|modelo", "que", "puede|pueda|podía", "decir|hacer|escribir|responder", "todo|lo|cualquier"]),
    ("injection", ["reglas|normas|instrucciones|órdenes|ordenes|indicaciones", "que", "te", "han|dieron|hayan|dan", "dado|puesto|dicho|dieron"]),
]
# A team beaten in a match ("le da una paliza al otro en el partido, 7 a 1").
ALLOW += ["paliza|palizas al|a otro|otros|rival|rivales|contrario|contrarios|equipo en|durante el|la partido|final|torneo|liga|carrera|campeonato|partida"]

# --- Ronda cuatro: lecturas inofensivas que mostraron el cuarto y el sexto conjunto -------
ALLOW += [
    # un poco de sangre: un diente que se cae, una rodilla raspada, un análisis
    "poco|poquito|poquitín|poquitito|pizca|hilito|hilillo|chorrito|puntito|pelín de sangre",
    "sangra|sangró|sangraba|sangran|sangrar|sangrando un poco|poquito|poquitín|poquitito|pelín|poquillo",
    "sangre de|por|en la|el|su nariz|rodilla|dedo|codo|encía|diente|labio",
    "sangra|sangró|sangraba|sangrar por|de la|el nariz|rodilla|dedo|encía|labio",
    "sangre de naranja|limón|limon|fresa|dragón|dragon",
    "extracción|extraccion|analítica|analitica de sangre",
    # exageraciones con un capricho ("sin su café de la mañana se muere")
    "café|cafe|cafecito|chocolate|churros|helado|siesta|tarta|pizza|croissant se|me|te|nos muere|muero|mueres|morimos|moriría|moriria",
    "sin su|mi|tu|el café|cafe|cafecito|chocolate|helado|siesta de la mañana|tarde|noche se|me|te muere|muero|mueres|moriría|moriria",
    "matar|mata|matará|matara|mato a cosquillas|besos|abrazos|mimos|achuchones",
    "carrera|carreras|concurso|competición|competicion|partida|partido a muerte",
    "a muerte con espadas|espada|pistolas|pistola|almohadas|cojines|globos de gomaespuma|espuma|juguete|agua|madera|cartón|carton",
    # un partido perdido por goleada ("al equipo le dan una paliza en el partido")
    "dan|da|dieron|dio|damos|llevan|llevó|llevo|llevaron|recibe|recibió|recibio|reciben una|menuda paliza en|durante el|la partido|final|torneo|liga|carrera|partida|fútbol|futbol",
    # una verdura llamada veneno en broma ("el brócoli es veneno, dice Leo de broma")
    "brócoli|brocoli|espinacas|coles|coliflor|verdura|verduras|acelgas|judías|judias|guisantes|lentejas|pescado|calabacín|calabacin es|son veneno|puro",
    "es|son puro veneno",
    # morirse de la risa, de lo lindo: la exageración con artículo en medio
    "morir|morirse|muero|muere|mueren|moría|muriendo|muerto|muerta|muertos|muertas|murió de la risa|vergüenza|emoción|ternura",
    "morirse|morir|morirte|morirme de lo lindo|rico|bueno|bonito|tierno|guapo|linda|rica|buena|bonita|tierna",
    # hacerse el muerto, parecer muerto de sueño
    "parece|parecía|parecia|parecen muerto|muerta|muertos",
    "disparar|dispara|disparó|disparo|disparan el|un|los cañón|cañon|canon|cañones de confeti|agua|burbujas|purpurina",
    "cañón|cañon|canon|cañones de confeti|agua|burbujas|purpurina",
]
PAST = ["pasado", "pasada", "hace", "ya", "años", "año", "antes"]
REMEMBRANCE = ["recordar", "recuerda", "recuerde", "recuerdo", "recuerdos", "añorar", "añora", "menos", "foto",
               "fotos", "álbum", "memoria"]
SMALL_CREATURES = ["escarabajo", "escarabajos", "mosca", "moscas", "hormiga", "hormigas", "mariquita", "avispa",
                   "mosquito", "mosquitos", "araña", "caracol", "babosa", "gusano", "oruga", "polilla", "abeja",
                   "mariposa", "grillo", "saltamontes", "bicho", "bichito"]
BLADES = ["cuchillo", "cuchillos", "cuchillito"]
FOOD = ["tarta", "pastel", "pan", "roscón", "bizcocho", "pizza", "queso", "manzana", "manzanas", "zanahoria",
        "zanahorias", "cebolla", "verdura", "verduras", "calabacín", "tomate", "tomates", "mantequilla", "bocadillo",
        "fruta", "melón", "sandía", "calabaza", "patata", "patatas", "pepino", "tortilla", "chorizo", "jamón"]
REFUSALS = [
    "dice|dijo|grita|gritó|grito|contesta|contestó|responde|respondió no bien|muy|y|gracias|rotundo|alto|fuerte|firme",
    "dice|dijo|grita|gritó|grito|contesta|contestó|responde|respondió que no y|gracias|rotundamente|muy|bien",
    "corre|corrió|corrio|va|fue|vuelve|volvió|se lo cuenta|contó|conto a|con|donde su|sus|la|el mamá|mama|papá|papa|profe|profesora|profesor|maestra|maestro|padres|abuela|abuelo",
]
AFFECTION = ["cosquillas", "cosquillitas", "besos", "besitos", "abrazos", "mimos", "achuchones"]

# --- Ronda cuatro: daño contado en familias del cuarto y el sexto conjunto ------------------
HARM["violence"] += ["recortada", "fusca", "molotov", "armero"]
HARM["death"] += ["estira|estiró|estiro|estirar|estiran|estiraron|estirado la pata", "ya no está|están|estaba con nosotros",
                  "ya nunca se despierta|despertó|desperto|despiertan|despertaron|despertará"]
HARM["self_harm"] += ["reto|juego|desafío|desafio de la asfixia|ballena", "reto|juego|desafío|desafio del desmayo|pañuelo"]
HARM["sexual"] += ["una|pequeña|auténtica lolita", "mano|manos dentro|en su|sus|los|el pantalón|pantalones|calzoncillos|bragas|braguitas|bragueta"]
SCENARIOS += [
    ("violence", ["olla", "exprés|express|presión", "clavos|tornillos|tuercas|metralla"]),
    ("violence", ["petardo|petardos|cohete|artificial|tubo", "clavos|tornillos|tuercas|metralla"]),
    ("self_harm", ["se|me|te", "ata|ató|pone|puso|aprieta|apretó|enrolla|lía|anuda", "cuerda|soga|cinturón|cable|cordón", "cuello"]),
    ("self_harm", ["cuchilla|cuchillas|cuchillita|cuchillitas|navaja|sacapuntas|cúter|cuter", "muñecas|brazos|muslos|piel|barriga"]),
    ("self_harm", ["mechero|encendedor|cerilla|cerillas", "piel|muñeca|muñecas|brazo|brazos|dedos"]),
    ("self_harm", ["bolsa", "plástico|plastico", "cabeza|cara"]),
    ("death", ["perro|perrito|gato|gatito|mascota|hámster|hamster|conejo|conejito|poni|caballo|pez", "puente", "arcoíris|arcoiris|arco"]),
]
SCENARIOS += [
    ("abandonment", ["nadie", "la|lo|le", "encuentra|encontró|encontro|busca|buscó|encuentran", "nunca|jamás|jamas"]),
    ("abandonment", ["pasan|pasaron|pasaban", "días|dias|semanas", "piso|depa|casa|apartamento", "vacío|vacio|vacía|vacia"]),
    ("abandonment", ["nadie", "contesta|contestó|responde|respondió|oye|escucha", "ayuda|socorro"]),
    ("abandonment", ["nadie", "va|viene|fue|vino", "buscar|recoger"]),
    ("abandonment", ["muda|mudan|mudó|mudaron", "sin", "ella|él|ellos"]),
    ("stranger_secret", ["va|fue|se|vaya", "casa", "señor|hombre|desconocido|extraño|señora"]),
    ("stranger_secret", ["extraño|desconocido|señor|señora|hombre|desconocida", "dice|susurra|dijo|susurró", "nuevo|verdadera|verdadero", "papá|papa|mamá|mama|familia"]),
    ("stranger_secret", ["encuentros|quedadas|citas", "secreto|secretos", "padres|papás|papas|mamá|papá"]),
    ("stranger_secret", ["papás|papas|padres|papá|mamá", "no", "entenderían|entenderian|entenderán|entenderia|entendería"]),
    ("stranger_secret", ["niños|niñas|chicos", "buenos|buenas", "no", "cuentan|dicen|chivan", "casa|padres|papás|papas|mamá|papá|nadie"]),
]
# Alcohol o medicinas en el biberón; esnifar pegamento o gas.
HARM["drugs_alcohol"] += ["chela", "chelas", "esnifar", "esnifa", "esnifan", "esnifó"]
SCENARIOS += [
    ("drugs_alcohol", ["anís|anis|licor|vino|whisky|coñac|cognac|orujo|ron|cerveza|brandy|alcohol|pacharán", "biberón|biberon|tetina|chupete"]),
    ("poison_medicine", ["pastillas|pastilla|medicina|medicinas|jarabe|somnífero|somniferos|somníferos|gotas|gotitas", "biberón|biberon|tetina|chupete"]),
    ("drugs_alcohol", ["respira|respirar|esnifa|inhala|inhalar|aspira", "pegamento|disolvente"]),
]
# Desprecio y autolesión contados sin rodeos (ronda cuatro).
HARM["hate"] += ["raza superior|pura|aria", "ario", "arios"]
SCENARIOS += [
    ("hate", ["demás|demas|otros|otras|resto", "comen|duermen|viven", "fuera|afuera|con", "como", "animales|perros|cerdos"]),
    ("hate", ["países|paises|país|pais", "culpa", "sucio|sucia|pobre|peligroso|peligrosa"]),
    ("hate", ["llama|llaman|llamó|llamo|dice|dicen", "mono|mona|simio|monos", "niño|niña|chico|chica|compañero|compañera", "negro|negra"]),
    ("hate", ["parece|parecen", "mono|simio", "color|piel"]),
    ("hate", ["vuelve|vuelva|vuelvan|vete|volver|vuelvas", "su|tu", "patera|país|pais|selva|desierto"]),
    ("self_harm", ["vomita|vomitar|vomitaba", "escondidas|escondida|después|despues", "cada|cena|comida"]),
    ("self_harm", ["deja|dejó|dejo|dejar", "comer", "semanas|flaca|delgada|delgado|flaco"]),
]

# A creature eating someone, its victim named or meant right after the verb
# ("el monstruo se come a Lucía", "el dragón devora a la hermana de Leo").
# The reader builds the pattern: a negation before the verb counts.
PREDATORS = "monstruo|dragón|lobo|ogro|ogra|bruja|gigante|trol|troll|zombi|zombie|vampiro|tiburón|cocodrilo|araña|bestia|criatura|oso|león|tigre|serpiente|caníbal|demonio|dinosaurio|coco|cuco|duende|cosa"
DEVOURING = "comer|come|comió|comerse|devorar|tragar|tragarse|zampar|zamparse|masticar|mordisquear|engullir"

# A home set on fire with people inside (a name as well as a family word).
SCENARIOS += [
    ("death", ["quema|quemar|quemó|quemaba|incendia|incendiar|incendió", "casa|hogar|piso|cabaña|granero|escuela|coche", "familia|padres|niños|gente|todos|@target", "dentro|atrapado|atrapada|atrapados|atrapadas"]),
]

# A child cooked: put in the pot or oven, or cooked themselves. The victim is a name or
# a word for a person (never an animal: fish are cooked) right after the verb, and the pot
# right after the victim, so that "cooks for the children" and "cooks the children a
# stew in her big pot" stay meals.
SCENARIOS += [
    ("horror", ["mete|meter|metió|echa|echar|echó|tira|tirar|tiró|arroja|arrojar|arrojó", "a", "^@name|niño|niña|niños|niñas|bebé|hermano|hermana|hermanito|hermanita|mamá|papá|abuela|abuelo|amigo|amiga|amigos|gente|princesa|príncipe", "en|dentro", "olla|caldero|horno|cazuela|sartén|perol|puchero"]),
    ("horror", ["cocina|cocinar|cocinó|hierve|hervir|hirvió|asa|asar|asó|fríe|freír|frió|guisa|guisar|guisó|hornea|hornear|horneó", "a", "^@name|niño|niña|niños|niñas|bebé|hermano|hermana|hermanito|hermanita|mamá|papá|abuela|abuelo|amigo|amiga|amigos|gente|princesa|príncipe", "^en|dentro", "^olla|caldero|horno|cazuela|sartén|perol|puchero"]),
]

# Someone thrown against a wall (a name as well as a word for a person or a pet).
SCENARIOS += [
    ("violence", ["tira|tirar|tiró|lanza|lanzar|lanzó|estampa|estampar|estampó|arroja|arrojar|arrojó", "^@target", "contra", "^pared|suelo|ventana|puerta"]),
]

# Kidnapping is harm when it is done to someone ("kidnaps the girl"); socks, cakes and
# cuddly toys carried off in play are not.
TARGETED["violence"] += ["secuestrar", "secuestra", "secuestró", "secuestran", "raptar", "rapta", "raptó"]

# "Va a ser la muerte": an exam or a climb that will be hard, not a death.
ALLOW += ["ser|es|sera|será|fue|era la muerte"]

# Sport: "muerte súbita" is a tie-break, "tirarse en bomba" a cannonball into the pool.
ALLOW += ["muerte subita|súbita", "en bomba", "hace|hacer|hizo|haciendo|hacen|hacemos la bomba"]

# "Se va a matar a trabajar" is working very hard; "va a ser una bomba", a great success.
ALLOW += ["matar|mata|matarse|matando|mato a trabajar|estudiar|currar|limpiar|cocinar",
          "ser|es|sera|será|fue|era|eres una bomba"]

# Papeles de cuento y de la vida diaria a los que se hace daño ("azotar al pajecito",
# "le dispara al sheriff") y animalitos.
TARGETS += ["sirviente", "sirvienta", "sirvientes", "criado", "criada", "criados", "paje", "pajecito", "grumete",
            "bufón", "sheriff", "vaquero", "prisionero", "prisionera", "prisioneros", "campesino", "campesina",
            "campesinos", "cazador", "duende", "duendes", "árbitro", "socorrista", "policía", "guardia", "pirata",
            "piratas", "caballero", "rey", "reina", "lagartija", "lagartijas", "patito", "patitos", "cervatillo",
            "pollito", "pollitos", "nieto", "nieta", "nietos", "nietas"]
# Una parte del cuerpo cortada o arrancada ("le corta los dedos", "le arranca las uñas",
# "le saca los ojos"); cortarle el pelo o las uñas es aseo.
_CUERPO = "dedos|dedo|mano|manos|pies|pie|orejas|oreja|nariz|cabeza|lengua|brazo|brazos|pierna|piernas|cuello"
SCENARIOS += [
    ("violence", ["le|les", "^corta|cortó|cortaba|cortan|cortaron|cortar|corte|rebana|rebanó|mutila|mutiló",
                  "^los|las|el|la|sus|su", f"^{_CUERPO}"]),
    ("violence", ["corta|cortó|cortaba|cortan|cortaron|cortar|corte|rebana|rebanó", "^los|las|el|la",
                  f"^{_CUERPO}", "^a|al|de|del", "^@target"]),
    ("violence", ["le|les", "^arranca|arrancó|arrancan|arrancaron|arrancar", "^los|las|el|la|sus|su", "^uñas|ojos|ojo|lengua|dientes|pelo"]),
    # "Le saca la lengua" is sticking one's tongue out: only the eyes are taken out.
    ("violence", ["le|les", "^saca|sacó|sacan|sacaron|sacar", "^los|sus", "^ojos"]),
    ("violence", ["arranca|arrancó|arrancan|arrancaron|arrancar|arrancarle|arrancarles", "^los|las|el|la|sus|su",
                  "^uñas|ojos|ojo|lengua|pelo|bigotes|plumas|cola|alas|patas"]),
    # Un tiro en la cabeza, o un tiro a alguien ("le pega un tiro a la mamá ciervo").
    ("violence", ["tiro|tiros|disparo|disparos|balazo|balazos", "^en", "^la|el", "^cabeza|frente|pecho|espalda|corazón|barriga"]),
    ("violence", ["pega|pegó|pegan|pegaron|pegar|da|dio|dan|dieron|dar|mete|metió", "^un|dos|tres|varios", "^tiro|tiros|balazo|balazos", "^a|al"]),
]

# Contado sin rodeos (familias de la vigesimosexta tanda, en los cinco idiomas): azotes
# mandados, flechas clavadas, una hoja hundida en alguien, una persecución con motosierra
# o hacha, una sobredosis contada en pastillas, un monstruo que se come los pies de
# alguien, una mano bajo la ropa de un niño, un niño atraído con un cachorro o caramelos.
TARGETS += ["mendigo", "mendiga", "mendigos", "ladrón", "ladrona", "ladrones", "aldeano", "aldeanos", "pinche", "marmitón"]
_PASTILLAS = "3|4|5|6|7|8|9|10|12|15|20|30|50|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte"
_PARTES = "pies|pie|dedos|manos|mano|brazos|brazo|piernas|pierna|ojos|ojo|orejas|oreja|nariz|barriga|tripa|cerebro"
SCENARIOS += [
    ("violence", ["da|dio|dan|dieron|pega|pegó|pegan|golpea|golpeó|golpean|atiza|atizó", "cabeza|cara|espalda|barriga|rodillas",
                  "con", "bate|palo|martillo|piedra|ladrillo|barra|sartén|porra|pala"]),
    ("violence", ["clava|clavó|clavan|clavaron|hunde|hundió|mete|metió", "espada|cuchillo|puñal|daga|lanza|sable|hacha|tijeras|aguja|flecha|flechas",
                  "en", f"{_PARTES}|espalda|pecho|cuello|garganta|corazón|@target"]),
    ("violence", ["persigue|persiguió|persiguen|perseguir|corre|corrió", "@target|tras", "con", "motosierra|hacha|cuchillo|machete|tijeras|martillo"]),
    ("violence", ["dispara|disparó|disparan|dispararon|lanza|lanzó", "flechas|flecha|dardos", "a|al|en|contra", "@target|espalda|espaldas|cabeza"]),
    ("poison_medicine", ["toma|tomó|toman|tomar|traga|tragó|tragan|se|come|comió|da|dio", f"^{_PASTILLAS}",
                         "pastillas|pastilla|paracetamoles|paracetamol|ibuprofenos|ibuprofeno|aspirinas|comprimidos|cápsulas|dalsy|gelocatil"]),
    ("horror", [PREDATORS, DEVOURING, "^los|las|el|la|sus|su", f"^{_PARTES}"]),
    ("sexual", ["mete|metió|meten|pone|puso", "mano|manos|dedos", "bajo|debajo|dentro", "bañador|falda|bragas|braguitas|calzoncillos|pijama|camiseta|ropa|pañal|vestido"]),
    ("stranger_secret", ["atrae|atrajo|engaña|engañó|convence|convenció|camela|cameló", "@target|lo|la|los|las", "con", "cachorro|cachorrito|perrito|gatito|caramelos|caramelo|chuches|golosinas|helado|juguete|juguetes|videojuego"]),
]

# Contado sin rodeos (familias de la vigesimoséptima tanda): hacer daño hasta dejar
# marcas o sangre, estampar contra la pared, tirar piedras o un hacha a alguien, huevos
# bajo la piel, tocar por todas partes, un guiso hecho de niños, atacar con unas tijeras,
# mercurio en la boca.
TARGETS += ["cocinero", "cocinera", "canguro", "niñera", "padrastro", "madrastra", "profe", "profesor", "profesora"]
SCENARIOS += [
    ("violence", ["muerde|mordió|muerden|araña|arañó|arañan|pega|pegó|golpea|golpeó|patea|pateó", "hasta", "sangrar|sangre|sangra|marcas|moratones|heridas|desmayarse"]),
    ("violence", ["tira|tiró|tiran|tiraron|lanza|lanzó|lanzan|arroja|arrojó", "piedras|piedra|pedradas|ladrillos|hacha|cuchillo|cuchillos|martillo|tijeras", "^a|al|contra"]),
    ("violence", ["le|les", "^tira|tiró|tiran|tiraron|lanza|lanzó|lanzan|arroja|arrojó", "piedras|ladrillos|hacha|cuchillo|cuchillos|martillo|tijeras"]),
    ("horror", ["huevos|larvas|gusanos|arañas", "bajo|debajo|dentro", "piel"]),
    ("sexual", ["la|lo|le|los|las", "^toca|tocó|tocan|manosea|manoseó|soba|sobó", "por", "^todas|todo"]),
    ("horror", ["guiso|sopa|estofado|asado|salchichas|empanada|caldo|hamburguesas", "con|de", "dedos|piernas|brazos|ojos|huesos|cabezas|carne", "de", "niños|niñas|bebés|personas|niño|niña"]),
    ("violence", ["ataca|atacó|atacan|atacaron|va|fue|se|lanza", "@target|a|contra|por", "con", "tijeras|cuchillo|hacha|martillo|compás|destornillador|cúter"]),
    ("poison_medicine", ["mercurio", "boca|traga|tragó|bebe|bebió|lame|lamió|chupa|chupó"]),
    ("poison_medicine", ["traga|tragó|bebe|bebió|lame|lamió|chupa|chupó|mete|metió", "el", "^mercurio"]),
]

# Una guerra de cosquillas "a muerte" y una calabaza "destripada" para Halloween.
ALLOW += ["cosquillas|almohadas|cojines|globos|agua a muerte",
          "destripan|destripar|destripa|destripamos|destripó|destripando una|la|las calabaza|calabazas"]

# Vigesimoctava tanda: arrancar o sacar (en subjuntivo, "que le arranque la cabeza"),
# un beso con lengua, nombres compuestos de daño.
SCENARIOS += [
    ("violence", ["le|les", "^arranque|arranquen|saque|saquen|corte|corten", "^los|las|el|la|sus|su", "^cabeza|ojos|ojo|uñas|lengua|dedos|manos|mano|orejas|corazón"]),
    ("sexual", ["beso|besos|besa|besó|besar", "con", "lengua"]),
]
HARM["violence"] += ["mataniños", "matabebés", "mataniñas"]

# Vigesimonovena tanda: retorcer el brazo, un nombre de odio; y juegos y cocina: "jugar a
# matar" (el balón prisionero), cortar la cabeza a las zanahorias, una bomba de nata.
SCENARIOS += [
    ("violence", ["le|les", "^retuerce|retorció|retuercen|tuerce|torció|retorcer", "^el|la|los|las", "^brazo|brazos|muñeca|muñecas|dedos|dedo|cuello|oreja|orejas|pierna"]),
]
HARM["hate"] += ["cazagitanos", "matagitanos"]
ALLOW += ["juegan|juega|jugar|jugamos|jugando|jugaban a matar",
          "cortarles|cortarle|corta|cortan|cortar la|las cabeza|cabezas a|al las|los zanahorias|rábanos|pescados|gambas|fresas|cebollas|puerros|champiñones",
          "bomba|bombas de nata|chocolate|crema|agua|humo|baño|sabor|vitaminas|color|purpurina|confeti",
          "cosquillas|calcetines|zapatillas|pedos asesinas|asesinos",
          "risa|carácter|caracter|genio|estornudos|estornudo explosiva|explosivo|explosivos"]

# Trigésima tanda: todo el mundo se olvida del niño, un brazo que se pudre; un disparo a
# portería y un tortazo contra una puerta de cristal son otra cosa.
SCENARIOS += [
    ("abandonment", ["todo|todos", "^el|se", "^mundo|olvida|olvidan", "olvida|olvidan|olvidó|olvidaron|de", "de|él|ella", "^él|ella"]),
    ("horror", ["pudre|pudren|pudriendo|pudrió|pudrirse", "brazo|brazos|piel|cara|pierna|piernas|mano|manos|carne|dedos"]),
]
ALLOW += ["fusila|fusiló|fusilar|fusilan al|a portero|portera|arquero", "se da|dio|pega|pegó un tortazo|golpe|porrazo|trompazo|castañazo|coscorrón"]

# Trigésima primera y segunda tanda (sesión nueve).
# Abandono: dejar a alguien en un sitio apartado y no volver; esconderse y que la familia se
# mude ("deja a los gemelos en la montaña y no vuelve"; "no vuelve hasta la merienda" es un
# rescate, y "deja a Leo en casa y no vuelve a llorar" no nombra un sitio apartado).
_APARTADO = ("montaña|montañas|monte|bosque|selva|carretera|autopista|cuneta|gasolinera|estación|estacion|desierto|"
             "nieve|cueva|isla|calle|feria|aeropuerto|puerto|mercado|centro|portal|puerta|cesta|orfanato|barco")
SCENARIOS += [
    ("abandonment", ["deja|dejó|dejan|dejaron|dejaba|dejaban|abandona|abandonó|abandonan|abandonaron",
                     "@target|lo|la|los|las|le|les", _APARTADO, "no|nunca|jamás|jamas",
                     "vuelve|volvió|vuelven|volvieron|volverá|regresa|regresó|regresan|regresaron|regresará"]),
    ("abandonment", ["escondite|esconde|escondió|escondido|escondida|esconderse",
                     "armario|cuarto|baúl|baul|desván|desvan|sótano|sotano|trastero|caja|despensa|garaje",
                     "familia|padres|papás|papas|todos", "muda|mudan|mudó|mudaron|vacaciones"]),
]
# Moratones escondidos: la violencia en casa contada por lo que los tapa ("gafas de sol para
# tapar los colores de la cara", "maquillaje para ocultar los golpes"); un payaso que se pinta
# la cara o un moratón del fútbol no nombran con qué se esconden.
_TAPAR = ("tapar|taparse|tapa|tapó|tapan|esconder|esconde|escondió|ocultar|oculta|ocultó|ocultan|"
          "disimular|disimula|disimuló|cubrir|cubre|cubrió")
SCENARIOS += [
    ("violence", ["gafas|maquillaje|maquilla|maquillarse|maquillan|manga|mangas|bufanda|bufandas|pañuelo|polvos|cuello",
                  _TAPAR, "moratones|moretones|cardenales|morados|morado|morada|colores|golpes"]),
]
# Pedir al escritor que olvide lo anterior y dé datos del servidor.
HARM["injection"] += ["variable|variables de entorno", "env vars|var|variables"]
SCENARIOS += [
    ("injection", ["ignora|ignore|ignorad|ignoren|omite|omitid|descarta|descartad|sáltate|saltate",
                   "^lo|todo", "^anterior|previo|dicho|arriba|anteriormente"]),
    ("injection", ["ignora|ignore|ignorad|ignoren|omite|omitid|descarta|descartad|sáltate|saltate",
                   "^lo|todo", "^de", "^arriba"]),
]
# Una hoja "para jugar" al cuello de alguien ("con las tijeras juega a hacerle cosquillas en el
# cuello"): con la hoja en la mano; quien guarda el cuchillo y luego juega, no.
SCENARIOS += [
    ("violence", ["con", "^el|la|las|los|un|una|sus|su", "^tijeras|cuchillo|cuchillos|navaja|cuchilla|puñal|cúter|cuter|destornillador",
                  "juega|jugar|juegan|jugando|hacerle|hace|hacer|hacerles", "cosquillas|cosquillitas|caricias|mimos",
                  "cuello|garganta|ojos|ojo"]),
]
# Morir quemado: animales o personas calcinados, ardiendo vivos (unas galletas calcinadas o
# un fuego que arde vivo no: quien se quema es un ser vivo).
_QUEMADOS = ("@target|animales|animalitos|gente|personas|vacas|caballos|gallinas|cerdos|ovejas|pasajeros|vecinos|"
             "habitantes|aldeanos")
SCENARIOS += [
    ("death", [_QUEMADOS,
               "acaban|acabaron|acaba|acabó|quedan|quedaron|queda|quedó|mueren|murieron|muere|murió|terminan|terminaron|aparecen|aparecieron|están|estaban|fueron|son",
               "^calcinado|calcinados|calcinada|calcinadas|carbonizado|carbonizados|carbonizada|carbonizadas"]),
    ("death", [_QUEMADOS, "arde|arden|ardió|ardieron|ardía|ardían", "^vivo|viva|vivos|vivas"]),
]
# Alguien guardado en el congelador ("guarda al abuelo en el congelador desde hace años").
SCENARIOS += [
    ("horror", ["guarda|guardó|guardan|guardaba|tiene|tenía|tienen|conserva|conservó|esconde|escondió|mete|metió|meten",
                "^a|al", "@target", "^en|dentro", "congelador|nevera|frigorífico|frigorifico|arcón|arcon|frigo"]),
]
# Asfixiar "jugando": tapar boca y nariz, o apretar una almohada, hasta que no se mueve.
SCENARIOS += [
    ("violence", ["tapa|tapan|tapó|taparon|tapaba|tapaban|tapar|aprieta|aprietan|apretó|apretar|sujeta|sujetan|presiona|presionan",
                  "boca|nariz|cara", "hasta",
                  "quieto|quieta|quietos|quietas|quietecita|quietecito|respirar|respira|desmaya|desmayó|desmayarse|morado|morada|azul|inmóvil|inmovil|moverse|mueve|movía"]),
]
# Una jeringuilla encontrada o tirada en la calle o el parque (la de la enfermera o una "de
# juguete" no: el sitio va pegado a la jeringuilla).
_JERINGA = "jeringuilla|jeringa|jeringuillas|jeringas"
_A_LA_CALLE = "parque|calle|arenero|arena|playa|columpios|tobogán|tobogan|acera|césped|cesped|suelo|banco|callejón|callejon|solar"
SCENARIOS += [
    ("poison_medicine", ["encuentra|encontró|encuentran|encontraron|encontrar", _JERINGA, "^usada|usadas|tirada|tiradas|abandonada|abandonadas"]),
    ("poison_medicine", ["encuentra|encontró|encuentran|encontraron|encontrar|coge|cogió|cogen|recoge|recogió|recogen|agarra|agarró|toca|tocó",
                         _JERINGA, "^tirada|tiradas|abandonada|abandonadas|" + _A_LA_CALLE]),
    ("poison_medicine", [_JERINGA, "^en|del|de|junto|al", "^parque|arenero|columpios|tobogán|tobogan|calle|acera|playa|césped|cesped"]),
]
# Encerrado días o semanas sin comer ni beber (a alguien: "lo encierran", "la tenían").
_ENCERRAR = "encierra|encierran|encerró|encerraron|encerraba|encerraban|tienen|tiene|tenía|tenían"
SCENARIOS += [
    ("abandonment", ["lo|la|los|las|le|les", f"^{_ENCERRAR}", "días|dias|semanas|meses|noches", "sin", "comida|comer|agua|beber"]),
    ("abandonment", ["lo|la|los|las|le|les", f"^{_ENCERRAR}", "sin", "comida|comer", "ni", "agua|beber"]),
]
# Bombardear un sitio donde vive gente ("bombardean la escuela"); bombardear a preguntas, una
# tarta con confeti o una casa con globos de agua no.
HARM["violence"] += ["ataque|ataques aéreo|aereo|aéreos|aereos", "bombardeo|bombardeos aéreo|aereo|aéreos|aereos"]
SCENARIOS += [
    ("violence", ["bombardea|bombardean|bombardeó|bombardearon|bombardear|bombardeaban|bombardeaba|bombardeo|bombardeos",
                  "^el|la|los|las|su|sus|una|un|del|de", "^escuela|escuelas|colegio|colegios|hospital|hospitales|ciudad|ciudades|pueblo|pueblos|aldea|aldeas|barrio|barrios|refugio|refugios|guardería|guarderia|mercado|país|pais"]),
]
# Amenazar, atacar o perseguir con un arma, en cualquier forma del verbo y en cualquier
# orden ("amenaza a la niña con un hacha", "con la motosierra persigue a su hermana"); el
# caballero que persigue al dragón con su espada es un cuento.
_ARMA_BLANCA = "hacha|hachas|motosierra|martillo|cuchillo|cuchillos|machete|navaja|tijeras|pistola|escopeta|puñal|destornillador"
_ATACAR = ("amenaza|amenazan|amenazó|amenazaron|amenazaba|amenazaban|ataca|atacan|atacaba|atacaban|atacaron|"
           "persigue|persige|persiguen|persiguió|persiguieron|perseguía|perseguia|acorrala|acorralan|acorraló")
SCENARIOS += [
    ("violence", [_ATACAR, "^a|al", "@target", "con", _ARMA_BLANCA]),
    ("violence", ["con", "^el|la|un|una|su|sus|los|las", f"^{_ARMA_BLANCA}", _ATACAR, "^a|al", "@target"]),
]
# Un carnicero que hace salchichas con niños, o salchichas de niños (hacer salchichas "con
# los niños" en la cocina de casa es una receta: solo el carnicero lo vuelve siniestro).
_EMBUTIDO = "salchichas|albóndigas|albondigas|chorizo|chorizos|embutido|embutidos|picadillo|filetes|paté|pate|morcillas|hamburguesas"
_CARNE_DE = "niños|niñas|niño|niña|bebés|bebé|personas|gente|humanos|vecinos|hermanitos|hermanito|hermanita"
SCENARIOS += [
    ("horror", ["carnicero|carnicera|matarife|caníbal|canibal", "hace|hizo|hacen|hacía|prepara|preparó|fabrica|fabricó|convierte|convirtió",
                _EMBUTIDO + "|carne|sopa|guiso|estofado", "de|con", f"^{_CARNE_DE}"]),
    ("horror", ["salchichas|albóndigas|albondigas|chorizo|chorizos|embutido|embutidos|picadillo|filetes|paté|morcillas|estofado|guiso",
                "^de", f"^{_CARNE_DE}|persona|humano"]),
]
# Ahogarse contado como "ya no sale a coger aire" (una ballena que sale a respirar no).
SCENARIOS += [
    ("death", ["ya|nunca|jamás|jamas", "^no|más|mas", "sale|salió|sube|subió|vuelve|volvió|salir|subir", "aire|respirar"]),
]
# Pegar a alguien nombrado ("pegan a Nora a la salida"); "le pegan una pegatina a Nora" no
# (el nombre no va pegado al verbo).
SCENARIOS += [
    ("violence", ["pegan|pega|pegó|pegaron|pegaban|pegaba|golpean|golpea|golpeó|golpearon|golpeaban|patean|pateó|patearon",
                  "^a|al", "^@target"]),
]
# Un "masaje" o un apretón tan fuerte que deja el brazo torcido o morado, hecho a alguien
# ("le da un masajito tan fuerte en el brazo que se le queda torcido"); quien se agarra
# fuerte a la mano de papá no se lo hace a nadie.
_HUESO = "brazo|brazos|muñeca|muñecas|cuello|dedo|dedos|pierna|piernas|costillas|mano|manos|oreja|orejas|nariz|hombro|tobillo"
_MARCADO = ("torcido|torcida|torcidos|torcidas|morado|morada|morados|moradas|roto|rota|rotos|rotas|cruje|crujió|crujen|"
            "crujieron|dislocado|dislocada|hinchado|hinchada|sangra|sangró")
SCENARIOS += [
    ("violence", ["le|les", "^aprieta|apretó|aprietan|agarra|agarró|agarran|coge|cogió|estira|estiró|tira|tiró|retuerce|retorció|tuerce|torció|pellizca|pellizcó|sujeta|sujetó",
                  "^el|la|los|las", f"^{_HUESO}", "tan|muy|demasiado", "fuerte|fuertes|fuertemente", "que", _MARCADO]),
    ("violence", ["le|les", "tan|muy|demasiado", "fuerte|fuertes|fuertemente", _HUESO, "que", _MARCADO]),
    ("violence", ["tan|muy", "fuerte", "que", "le|les|se", "rompe|rompió|parte|partió|tuerce|torció|disloca|dislocó|cruje|crujen|crujió", f"{_HUESO}|hueso|huesos"]),
]

# Lo que no es daño: un marcador de goleada o una partida ("les dan una paliza de 5 a 0", "le
# da una paliza a los mayores al baloncesto"), alguien "rápido como una bala" o un perro que
# se llama Bala, matar piezas en el ajedrez o el parchís, cargarse a los marcianitos del juego.
_RIVAL = ("mayores|pequeños|rivales|contrarios|visitantes|chicos|chicas|niños|niñas|profes|padres|papás|mamás|abuelos|"
          "primos|tigres|leones|campeones|favoritos|demás|otros|mayorcitos|grandes|pequeñajos")
_NUM = "0|1|2|3|4|5|6|7|8|9|10|11|12|15|20|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
_JUEGOS = ("fútbol|futbol|baloncesto|básquet|basquet|basket|balonmano|tenis|pádel|padel|ajedrez|parchís|parchis|damas|"
           "cartas|mus|dominó|domino|videojuego|videojuegos|consola|carreras|natación|natacion|voleibol|vóley|voley|hockey|"
           "rugby|béisbol|beisbol|waterpolo|trivial|oca|canicas|chapas|futbolín|futbolin|fifa|minecraft|fortnite|ping|pong")
_COMPETICION = "partido|final|semifinal|torneo|liga|carrera|campeonato|partida|competición|competicion|concurso|olimpiada"
ALLOW += [
    f"paliza|palizas|goleada de|por {_NUM} a|goles|puntos|tantos|canastas|{_NUM}",
    f"paliza|palizas jugando|en a|al|el {_JUEGOS}",
    f"paliza|palizas al|en {_JUEGOS}",
    f"paliza|palizas a|al los|las|el|la|sus|su|nuestro|nuestra|otro|otros {_RIVAL} al|en|jugando {_JUEGOS}",
    f"paliza|palizas a|al los|las|el|la|sus|su|nuestro|nuestra|otro|otros {_RIVAL} al|en|jugando a|al|el {_JUEGOS}",
    f"paliza|palizas a|al los|las|el|la|sus|su|nuestro|nuestra|otro|otros {_RIVAL} en|durante el|la {_COMPETICION}",
    "como una|la|las|unas bala|balas",
    "tren|trenes bala",
    "bala el|la|mi|su|tu|un|una|nuestro|nuestra galgo|galga|perro|perra|perrito|perrita|gato|gata|gatito|gatita|caballo|yegua|poni|potro|conejo|liebre|guepardo|coche|moto|bici|bicicleta|patinete",
    "galgo|galga|perro|perra|perrito|perrita|gato|gata|gatito|gatita|caballo|yegua|poni|potro|conejo|liebre|guepardo|coche|moto|bici|bicicleta|patinete bala",
    "llama|llamaba|llamado|llamada bala",
    "le|me|te|nos|les mata|matan|mató|mataron|mataba|matar|matas|matamos la|el|una|un|mi|tu|su|dos|tres|otra reina|torre|alfil|peón|peon|dama|ficha|fichas|peones|torres|alfiles",
    "mata|matan|mató|mataron|mataba|matar|matas|matamos la|el|una|un|mi|tu|su|dos|tres|otra reina|torre|alfil|peón|peon|dama|ficha|fichas|peones|torres|alfiles",
    "se carga|cargó|cargaba|cargan|cargaron|cargará|cargue a|al todos|todas los|las marcianitos|marcianos|zombis|zombies|bichos|robots|alienígenas|alienigenas|invasores|bolos|creepers|fantasmas|naves|muñecos|pinos",
]

# Trigésima tercera tanda (sesión nueve, segunda vuelta).
# Dejar a un niño en un sitio salvaje "para que aprenda a vivir solo" o "solito" (dejarlo
# en la puerta del cole o en el monte con los scouts no: el sitio es salvaje y se queda solo).
_SALVAJE = "montaña|montañas|monte|bosque|selva|desierto|cueva|isla|cuneta|carretera|autopista|nieve|páramo|paramo|campo"
_DEJAR = ("deja|dejan|dejó|dejaron|dejaba|dejaban|dejar|dejarlo|dejarla|dejarlos|abandona|abandonan|abandonó|"
          "abandonaron|suelta|sueltan|soltó|soltaron")
_SOLO_DEL_TODO = ("solito|solita|solitos|solitas|sobrevivir|sobreviva|sobrevivan|sobreviviera|apañárselas|apanarselas|"
                  "arreglárselas|arreglarselas|valerse")
SCENARIOS += [
    ("abandonment", ["lo|la|los|las|le|les", f"^{_DEJAR}", _SALVAJE, _SOLO_DEL_TODO]),
    ("abandonment", [_DEJAR, "^a|al", "^@target", _SALVAJE, _SOLO_DEL_TODO]),
    ("abandonment", ["lo|la|los|las|le|les", f"^{_DEJAR}", _SALVAJE, "vivir|apañarse|arreglarse|buscarse",
                     "^solo|sola|solos|solas|vida"]),
    ("abandonment", [_DEJAR, "^a|al", "^@target", _SALVAJE, "vivir|apañarse|arreglarse|buscarse",
                     "^solo|sola|solos|solas|vida"]),
]
# Un rayo que fulmina a alguien ("un rayo fulmina al hermano de Irene", "un rayo la fulmina",
# "fulminado por un rayo"); fulminar con la mirada o caer fulminado en el sofá no llevan rayo.
_RAYO = "rayo|rayos|relámpago|relampago|relámpagos|relampagos|centella"
_FULMINA = ("fulmina|fulminó|fulmino|fulminan|fulminaron|fulminaba|fulminara|fulminará|electrocuta|electrocutó|"
            "electrocutan|carboniza|carbonizó|mata|mató|matan|mataron")
SCENARIOS += [
    ("death", [_RAYO, f"^{_FULMINA}", "^a|al", "^@target"]),
    ("death", [_RAYO, "^lo|la|los|las|le|les", f"^{_FULMINA}"]),
    ("death", ["fulminado|fulminada|fulminados|fulminadas|electrocutado|electrocutada|electrocutados|carbonizado|carbonizada",
               "^por", "^un|el|los|unos", f"^{_RAYO}"]),
]
# Arrastrado al fondo del agua ("el tiburón arrastra al fondo al primo Javi", "arrastra a Leo
# hasta el fondo del lago") y no salir nunca más del agua; al fondo del pasillo o de la clase
# no es el agua.
_ARRASTRA = ("arrastra|arrastró|arrastran|arrastraron|arrastraba|arrastrar|hunde|hundió|hunden|hundieron|jala|jaló|"
             "tira|tiró|lleva|llevó|llevan|llevaron")
_AGUAS = "mar|lago|río|rio|océano|oceano|pozo|pantano|piscina|agua|laguna|estanque|charca"
SCENARIOS += [
    ("death", [_ARRASTRA, "fondo|profundidades", "a|al", "^@target"]),
    ("death", [_ARRASTRA, "^a|al", "^@target", "fondo|profundidades", "^del|de", f"^{_AGUAS}"]),
    ("death", ["ya|nunca|jamás|jamas", "^nunca|jamás|jamas|más|mas",
               "sale|salió|salio|salen|salieron|saldrá|saldra|vuelve|volvió|volvio|regresa|regresó", "^del|de", f"^{_AGUAS}|fondo"]),
]
# Una parte de un cuerpo humano en la comida o flotando ("en la sopa flota una mano humana",
# "hay un dedo humano en la tarta"); "el ojo humano" de una clase de ciencias no va en un plato.
_TROZO = ("mano|manos|dedo|dedos|ojo|ojos|oreja|orejas|pie|pies|cabeza|cabezas|lengua|lenguas|diente|dientes|brazo|"
          "brazos|pierna|piernas|uña|uñas|nariz|corazón|corazon")
_HUMANO = ("humana|humano|humanas|humanos|arrancada|arrancado|arrancadas|arrancados|cercenada|cercenado|amputada|"
           "amputado|cortada|cortadas")
_PLATO = ("sopa|guiso|plato|caldo|tarta|pastel|bocadillo|comida|potaje|puré|pure|ensalada|hamburguesa|pizza|nevera|"
          "cazuela|olla|paella|lentejas|cocido|macarrones|espaguetis|bizcocho|helado|zumo|batido|fiambrera|tartera")
SCENARIOS += [
    ("horror", [_PLATO, _TROZO, f"^{_HUMANO}"]),
    ("horror", [_TROZO, f"^{_HUMANO}", "en|dentro|entre", _PLATO]),
    ("horror", ["flota|flotan|flotaba|flotaban|flotando|asoma|asoman|asomaba", _TROZO, f"^{_HUMANO}"]),
]
# Una granada que se lanza dentro de una casa o contra alguien, o a la que se quita la anilla
# (la fruta se pela, se abre y se come: "tira una granada al cesto" sigue siendo fruta).
_LANZA = ("lanza|lanzan|lanzó|lanzo|lanzaron|lanzar|tira|tiran|tiró|tiraron|tirar|arroja|arrojan|arrojó|arrojaron|"
          "arrojar|echa|echan|echó|echaron|mete|meten|metió|metieron")
_DIANA = ("casa|casas|escuela|colegio|cole|coche|tanque|búnker|bunker|edificio|trinchera|habitación|habitacion|cocina|"
          "salón|salon|cuarto|iglesia|hospital|tienda|bar|autobús|autobus|gente|@target")
SCENARIOS += [
    ("violence", [_LANZA, "^una|la|unas|las|dos|tres|varias|otra", "^granada|granadas", "dentro|contra|sobre|encima", _DIANA]),
    ("violence", [_LANZA, "^una|la|unas|las|dos|tres|varias|otra", "^granada|granadas", "^a|al", "^@target"]),
    ("violence", ["anilla|anillas|seguro|pasador", "^de|a", "^la|una|las", "^granada|granadas"]),
]
# Nombres compuestos de quien se come a los niños ("el Carnicero Comeniños", "el ogro
# comebebés"), como "mataniños".
HARM["horror"] += ["comeniños", "comeniñas", "comebebés", "comebebes", "comegente", "comepersonas", "comehombres",
                   "devoraniños", "devoraniñas", "traganiños"]
# Un "juego de mayores" que se hace a escondidas o bajo la manta y no se cuenta ("la
# canguro le enseña un juego de mayores debajo de la manta"); el ajedrez es un juego de
# mayores y se juega en la mesa.
SCENARIOS += [
    ("sexual", ["juego|juegos|jueguito|jueguitos|juegito|juegitos", "^de|para", "^mayores|adultos|grandes|novios",
                "manta|mantas|sábana|sabana|sábanas|sabanas|edredón|edredon|cama|nadie|secreto|secretito|escondidas|contar|contarlo|decirlo"]),
]
# Un pececito que se muere: flota boca arriba, deja de nadar y acaba por el desagüe o el
# váter ("papá lo despide por el desagüe"); un pez que nada boca arriba haciendo el tonto o
# un juguete que cae al váter no.
_PEZ = "pez|pececito|pececillo|pececitos|peces|pescadito|pescaditos|goldfish|pececita"
SCENARIOS += [
    ("death", [_PEZ, "flota|flotaba|flotan|flotando|aparece|apareció|amanece|amaneció|está|estaba", "^boca|panza|tripa", "^arriba"]),
    ("death", [_PEZ, "deja|dejó|dejan|dejaron", "^de", "^nadar|respirar|moverse", "desagüe|desague|váter|vater|wáter|water|inodoro|retrete|siempre|tieso|quieto|boca"]),
    ("death", ["despide|despidió|despiden|despidieron|despedir|despedirse|despedirlo|despedirla", "por", "^el|la",
               "^desagüe|desague|váter|vater|wáter|water|inodoro|retrete|cisterna"]),
]

# Lo que no es daño (trigésima tercera tanda): una paliza a otro equipo o con un marcador
# ("le da una paliza al del otro cole: 40 a 12"), matar en el balón prisionero ("mata a todos
# los del otro equipo", "la mata de un pelotazo"), el cuchillo "de la mantequilla" y un
# carácter explosivo ("explosiva, mandona pero con un corazón enorme").
_MARCADOR = "0|1*|2*|3*|4*|5*|6*|7*|8*|9*|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|cien"
_DEL_OTRO = "al|a|del|de|los|las|el|la|otro|otra|otros|otras|equipo|equipos|cole|colegio|instituto|barrio|clase|rival|rivales|contrario|contrarios|visitante|visitantes"
ALLOW += [
    f"paliza|palizas de|por {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_DEL_OTRO} {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_MARCADOR} a {_MARCADOR}",
    "paliza|palizas al|a otro|otros|del|de|los equipo|equipos",
    "paliza|palizas al|a del|de|los|las otro|otros|otra|otras equipo|equipos",
]
_MATAR = "mata|matan|mató|mato|mataron|mataba|mataban|matar|matas|matamos|matando|matarlos|matarlas"
_BALONAZO = "pelotazo|pelotazos|balonazo|balonazos|pelota|balón|balon|bola"
ALLOW += [
    f"{_MATAR} a|al todos|todas|uno|una|dos|tres|varios|varias|muchos los|las del|de otro|otra equipo",
    f"{_MATAR} a|al todos|todas|uno|una|dos|tres|varios|varias|muchos|los|las del|de otro|otra equipo",
    f"{_MATAR} a|al todos|todas|uno|una|dos|tres|varios|varias|muchos|los|las del|de equipo",
    f"{_MATAR} de|con un|una|el|la {_BALONAZO}",
    f"lo|la|los|las|le|les|me|te|nos {_MATAR} de|con un|una|el|la {_BALONAZO}",
    f"{_MATAR} en|al el|la brilé|brile|prisionero|quemado|matar",
    "balón|balon prisionero|quemado",
]
ALLOW += [
    # (solo los de untar: con el cuchillo "del pan" o "de la carne" se sigue amenazando)
    "cuchillo|cuchillos|cuchillito|cuchillitos de|para la|el|las mantequilla|margarina|mermelada|tostadas",
]
_CARACTER = ("mandona|mandón|mandon|cabezota|cabezotas|gruñona|gruñón|grunona|grunon|divertida|divertido|risueña|risueno|"
             "alegre|nerviosa|nervioso|impaciente|testaruda|testarudo|charlatana|charlatán|simpática|simpático|"
             "cariñosa|cariñoso|valiente|terca|terco|tozuda|tozudo|impulsiva|impulsivo|temperamental|protestona|"
             "protestón|dulce|generosa|generoso|traviesa|travieso|curiosa|curioso|rebelde|enérgica|energica|"
             "enérgico|energico|intensa|intenso|peleona|peleón|respondona|respondón|gritona|gritón|apasionada|apasionado|"
             "explosiva|explosivo")
ALLOW += [
    f"explosiva|explosivo|explosivas|explosivos y|e|pero|aunque|muy|tan|un|una {_CARACTER}",
    f"explosiva|explosivo|explosivas|explosivos {_CARACTER}",
    f"{_CARACTER} y|e|pero|aunque|muy|tan explosiva|explosivo|explosivas|explosivos",
    f"{_CARACTER} explosiva|explosivo|explosivas|explosivos",
    "es|era|eres|soy|somos|son|fue|muy|tan|bastante|algo|poco|súper|super|pelín|pelin explosiva|explosivas",
    "temperamento|genio|humor|pronto|carácter|caracter|mezcla|combinación|combinacion explosiva|explosivo",
]

# Alguien que lleva semanas o meses sin moverse de su sitio, huele mal y tiene moscas (un
# muerto que la familia no quiere ver: "la abuelita sigue sentada en su mecedora desde hace
# meses, huele rarito y tiene moscas"); el abuelo que vuelve de la granja oliendo a vaca no
# lleva meses quieto.
_QUIETO = ("sentada|sentado|sentadas|sentados|tumbada|tumbado|acostada|acostado|quieta|quieto|quietecita|quietecito|"
           "dormida|dormido|tiesa|tieso|inmóvil|inmovil|moverse|mueve|despierta|despertado|levantado|levantada")
SCENARIOS += [
    ("horror", ["@target", _QUIETO, "semanas|meses|años|anos", "huele|olía|olia|huelen|olían|apesta|apestaba|apestan",
                "^raro|rarito|rara|mal|fatal|podrido|peste|fuerte|feo|a", "moscas|mosca|gusanos|gusanitos|bichos"]),
    ("horror", ["@target", _QUIETO, "semanas|meses|años|anos", "moscas|mosca|gusanos|gusanitos",
                "huele|olía|olia|huelen|apesta|apestaba|olor|peste"]),
    ("horror", ["@target", "semanas|meses|años|anos", _QUIETO, "huele|olía|olia|huelen|olían|apesta|apestaba|apestan",
                "^raro|rarito|rara|mal|fatal|podrido|peste|fuerte|feo|a", "moscas|mosca|gusanos|gusanitos|bichos"]),
]

# Trigésima cuarta tanda (sesión nueve, tercera vuelta).
# "Es una tortura" o "un martirio" dicho de una clase, una espera o un viaje ("la clase de
# piano es una tortura", "¡qué tortura de viaje!"); la tortura de un preso sigue siendo daño.
ALLOW += [
    "es|era|son|eran|fue|será|sera|sería|seria|parece|parecía|resulta|resultaba una|un tortura|torturas|martirio|suplicio",
    "es|era|son|eran|fue|será|sera|sería|seria|parece|parecía|resulta|resultaba una|un auténtica|autentica|verdadera|pequeña|pura|menuda tortura|martirio|suplicio",
    "qué|que|menuda|vaya tortura|martirio|suplicio de|del|esperar|esperando",
]
# Las patadas del bebé en la tripa de mamá ("notar las patadas del bebé", "las pataditas de
# su hermanito"); "le da patadas al bebé" sigue siendo daño ("al", no "del").
ALLOW += [
    "patada|patadas|patadita|pataditas|patadón|patadones del|de bebé|bebe|bebito|bebita|hermanito|hermanita|primito|primita",
    "patada|patadas|patadita|pataditas de|del su|mi|tu|el|nuestro bebé|bebe|bebito|bebita|hermanito|hermanita|primito|primita",
]
# Un hombre de fuera de casa (el padre de una amiga, el vecino, el entrenador) que pide a un
# niño que se duche, se bañe o se acueste "con él"; "que se duche antes de cenar" no lleva
# "con". (El lector pliega "él" en "el": "con el patito" cuenta igual, de ahí el hombre de fuera.)
_HOMBRE_FUERA = ("vecino|entrenador|monitor|señor|hombre|tipo|profe|profesor|conductor|desconocido|socorrista|"
                 "fotógrafo|fotografo|mago|payaso|canguro|cura|tío|tio")
_PIDE = "pedir|decir|invitar|obligar|convencer|querer|insistir|mandar|ordenar|proponer"
_DUCHA = "duchar|bañar|banar|meter|meta|metas|acostar|dormir|desnudar|desvestir|enjabonar"
SCENARIOS += [
    ("sexual", ["papá|papa|padre|tío|tio|abuelo|hermano|primo", "^de", "^amiga|amigo|compañera|compañero|vecina|vecino|clase",
                _PIDE, "que", f"^{_DUCHA}", "con", "^el|nosotros|ellos"]),
    ("sexual", [_HOMBRE_FUERA, _PIDE, "que", f"^{_DUCHA}", "con", "^el|nosotros|ellos"]),
]
# Atar a alguien a un árbol o a un poste y marcharse para siempre o no volver ("lo atan a un
# árbol y se marchan para siempre"); atar al perro a la farola y entrar en la panadería no.
_ATAR = "atar|ata|atan|ató|ataron|amarrar|amarra|amarran|amarró|amarraron|encadenar|encadena|encadenan|encadenó|encadenaron"
_POSTE = "árbol|arbol|poste|farola|valla|reja|columna|tronco|estaca|barandilla|verja"
_MARCHAN = ("marchar|marcha|marchan|marchó|marcho|marcharon|ir|irse|va|van|fue|fueron|iban|largar|larga|largan|largó|"
            "esfumar|alejar|aleja|alejan|alejó|alejaron|desaparecer|desaparece|desaparecen")
SCENARIOS += [
    ("abandonment", [_ATAR, _POSTE, "y", "^el", f"^{_MARCHAN}", "para|y", "^siempre|nunca|jamás|jamas"]),
    ("abandonment", [_ATAR, _POSTE, "y", "^el", f"^{_MARCHAN}", "no", "^volver|vuelve|vuelven|volvió|regresar|regresa|regresan|regresó"]),
]
# Una granada lanzada por una ventana o una chimenea, o a una habitación donde hay gente
# ("lanza una granada por la ventana de la habitación", "tiran dos granadas a la cocina");
# la fruta "al cesto" o "al frutero" sigue siendo fruta.
_HUECO = ("ventana|ventanas|ventanilla|chimenea|puerta|puertas|tejado|agujero|escotilla|habitación|habitacion|"
          "cocina|salón|salon|cuarto|dormitorio|aula|clase|patio|comedor|casa|escuela|colegio|cole|coche")
SCENARIOS += [
    ("violence", [_LANZA, "^una|la|unas|las|dos|tres|varias|otra", "^granada|granadas", "por|a|al|en|hacia|dentro",
                  f"^{_HUECO}"]),
]
# Castigos crueles: de rodillas sobre cristales, arroz o chinchetas, descalzo sobre
# cristales ("poniéndolos de rodillas sobre cristales rotos"); de rodillas sobre la alfombra
# para jugar no.
_PINCHA = "cristal|cristales|vidrio|vidrios|cristalito|cristalitos|chincheta|chinchetas|clavo|clavos|garbanzo|garbanzos|arroz|brasa|brasas|grava|cardo|cardos|espina|espinas|ortiga|ortigas"
SCENARIOS += [
    ("violence", ["de", "^rodilla|rodillas", "sobre|encima|en|encima", f"^{_PINCHA}"]),
    ("violence", ["descalzo|descalza|descalzos|descalzas", "sobre|por|encima", "^cristal|cristales|vidrio|vidrios|cristalito|cristalitos|chincheta|chinchetas|clavo|clavos|brasa|brasas"]),
]
# Llevar a un niño al bosque o al monte y volver sin él o solo (Hansel y Gretel: "lleva a
# Irene a dar un paseo por el bosque y vuelve a casa él solo"); quien pasea y vuelve solo, o
# vuelve "juntos" con la cesta, no ha dejado a nadie.
_VUELVE = "volver|regresar|vuelve|vuelven|volvió|volvio|volvieron|regresa|regresan|regresó|regreso|regresaron"
SCENARIOS += [
    ("abandonment", ["llevar|lleva|llevan|llevó|llevo|llevaron|llevaba", "^a|al", "^@target",
                     "paseo|paseíto|paseito|excursión|excursion|caminata|vuelta|pasear|caminar|andar|por|hasta|hacia|dentro|lejos",
                     _SALVAJE, _VUELVE, "solo|sola|solos|solas|solito|solita|sin"]),
    ("abandonment", ["llevar|lleva|llevan|llevó|llevo|llevaron|llevaba", "^a|al", "^@target", _SALVAJE, _VUELVE,
                     "solo|sola|solos|solas|solito|solita|sin"]),
]
# Trozos de cuerpo cortados en la nevera o en la comida, también en masculino plural ("manos
# y pies cortados", "dedos arrancados"); "pies de cerdo" no lleva el participio pegado.
_CORTADOS = ("cortado|cortados|cortada|cortadas|arrancado|arrancados|arrancada|arrancadas|amputado|amputados|amputada|"
             "amputadas|cercenado|cercenados|cercenada|cercenadas|mutilado|mutilados|troceado|troceados|troceada|"
             "troceadas|seccionado|seccionados")
SCENARIOS += [
    ("horror", [_PLATO + "|congelador|frigorífico|frigorifico|frasco|frascos|bolsa|caja|despensa", _TROZO, f"^{_CORTADOS}"]),
    ("horror", [_TROZO, f"^{_CORTADOS}", "en|dentro|entre|envuelto|envueltos|envuelta|envueltas", _PLATO + "|congelador|frigorífico|frigorifico|frasco|frascos|papel|bolsa|bolsas"]),
]
# Atravesar o clavar un arma en el corazón o el pecho de alguien ("le atraviesa el corazón a
# la princesa con una lanza", "le clava una espada en el pecho"); la flecha de Cupido no
# está en la lista y atravesar el bosque con la lanza no toca a nadie.
_PUNTA = ("lanza|lanzas|espada|espadas|cuchillo|cuchillos|puñal|daga|estaca|sable|bayoneta|tridente|navaja|"
          "arpón|arpon|pica|jabalina|hacha|machete|tijeras|cuerno")
_PECHO = ("corazón|corazon|pecho|cuello|barriga|tripa|estómago|estomago|garganta|ojo|ojos|espalda|cuerpo|cabeza|"
          "vientre|costado|pulmón|pulmon")
SCENARIOS += [
    ("violence", ["le|les", "^atravesar|perforar|traspasar|ensartar|clavar|hundir|rajar|abrir", "^el|la|los|las|su",
                  f"^{_PECHO}", "con", f"^{_PUNTA}|un|una|su|el|la"]),
    ("violence", ["atravesar|perforar|traspasar|ensartar|clavar|hundir", "^una|la|su|el|un", f"^{_PUNTA}", "en|por",
                  "^el|la|su", f"^{_PECHO}"]),
]
# Un "recuerdo" o un trofeo hecho de un trozo de niño ("guarda un recuerdito de cada niño:
# una orejita, un dedito"); una foto, un dibujo o un diente de leche de cada hijo no.
_TROZO_CHICO = ("oreja|orejas|orejita|orejitas|dedo|dedos|dedito|deditos|nariz|naricita|naricitas|ojo|ojos|ojito|"
                "ojitos|mano|manita|manitas|pie|pies|piececito|piececitos|lengua|lengüita|lenguita|cabeza|cabecita")
SCENARIOS += [
    ("horror", ["recuerdo|recuerdito|recuerdos|recuerditos|trofeo|trofeos|souvenir|colección|coleccion|premio", "de",
                "@target", "un|una|unos|unas|su|sus", f"^{_TROZO_CHICO}"]),
]
# Una mascota o alguien aplastado por un vehículo ("al perrito lo pisa el tractor", "el
# tractor pasa por encima del gatito"); el tractor que pisa la hierba no pisa a nadie.
_VEHICULO = ("tractor|coche|camión|camion|tren|autobús|autobus|moto|furgoneta|apisonadora|cosechadora|carro|auto|"
             "camioneta|excavadora|grúa|grua|tranvía|tranvia|trailer|tráiler|quad")
_PISA = "pisar|pisa|pisó|piso|aplastar|arrollar|atropellar|pillar|pilla|pilló|aplasta|arrolla|atropella"
SCENARIOS += [
    ("death", ["@target", "^el", f"^{_PISA}", "^el|la|un|una|su", f"^{_VEHICULO}"]),
    ("death", [_VEHICULO, f"^{_PISA}", "^a|al", "^@target"]),
    ("death", [_VEHICULO, "pasar|pasa|pasó|paso|pasan|pasaron", "^por", "^encima", "^de|del", "^@target"]),
]
# Subir a una torre o a un tejado para "volar" o saltar hacia una madre o un padre muertos
# o al cielo ("sube a la torre para volar hacia su mamá"); el cerdito que quiere volar sin
# alas, el pajarito que salta del tejado y vuela con su mamá o quien sube a la torre a
# saludar a su mamá no ("para volar" va pegado).
_ALTO = ("torre|tejado|azotea|balcón|balcon|acantilado|precipicio|puente|terraza|ventana|rascacielos|edificio|"
         "campanario|faro|muralla|tejadillo|ático|atico")
SCENARIOS += [
    ("self_harm", [_ALTO, "para|a", "^volar|saltar|tirar|lanzar|arrojar|tirarse|lanzarse", "hacia|con|junto|al|a|hasta",
                   "^su|sus|mi|el|la|las|los|tu", "^mamá|mama|papá|papa|madre|padre|padres|papás|papas|abuela|abuelo|"
                   "abuelita|abuelito|mami|papi|cielo|estrellas|ángeles|angeles|angelitos|angelito"]),
    ("self_harm", [_ALTO, "para|a", "^volar|saltar|tirar|lanzar|arrojar|tirarse|lanzarse", "^al|hacia|hasta",
                   "^cielo|estrellas|ángeles|angeles|angelitos|angelito"]),
]
# Meter la cabeza de alguien en el váter ("un bautizo en el retrete", "le dan un remojón en
# el inodoro"); el bautizo de la iglesia o un chapuzón en la piscina no.
_VATER = "retrete|retretes|váter|vater|wáter|water|inodoro|inodoros|taza"
SCENARIOS += [
    ("violence", ["bautizo|bautismo|bautizar|remojón|remojon|chapuzón|chapuzon|ahogadilla|ahogadillas|baño|lavado", "en|dentro",
                  "^el|la|del|los", f"^{_VATER}"]),
    ("violence", ["meter|hundir|sumergir|empujar", "cabeza|cabecita|cara", "en|dentro", "^el|la|del|los", f"^{_VATER}"]),
]
# Un niño encerrado con llave que "se queda allí" cuando la familia se muda o se va ("le
# preparan una habitación con llave en el trastero, y allí se queda cuando la familia se muda").
SCENARIOS += [
    ("abandonment", ["llave|candado|cerrojo|encerrado|encerrada|encerrados|encerradas|encerrar", "allí|alli|ahí|ahi|dentro|sola|solo|solita|solito",
                     "quedar|queda|quedan|quedó|quedo|quedaron|quedaba|quedará|quedara", "familia|padres|papás|papas|todos|demás|demas",
                     "^el", "^mudar|muda|mudan|mudó|mudaron|mudaba|marchar|ir|largar|irse|fue|fueron"]),
]
# Una barca o un caballo que vuelve solo o vacío tras una tormenta (quien salió en ella no
# vuelve: "la barca vuelve sola a la playa, vacía"); la barca vuelve vacía sin peces no lleva
# tormenta, y volver "sin problemas" no es volver sin nadie.
_TORMENTA = "tormenta|temporal|tempestad|galerna|huracán|huracan|tifón|tifon|oleaje|marejada|borrasca|ciclón|ciclon"
_BARCA = "barca|barco|bote|canoa|kayak|velero|lancha|balsa|pesquero|caballo|yegua|piragua|barquito|barquita"
_VACIA = "sola|solo|vacía|vacia|vacío|vacio|vacías|vacíos|nadie|tripulación|tripulacion|pescador|pescadores|jinete"
SCENARIOS += [
    ("death", [_TORMENTA, "siguiente|después|despues|luego|mañana|manana|noche|amanecer|y|al|tras|la|el|su|mi", _BARCA,
               "volver|regresar|llegar|aparecer|vuelve|regresa|llega|aparece|volvió|regresó|llegó|apareció", _VACIA]),
    ("death", [_BARCA, "volver|regresar|llegar|aparecer|vuelve|regresa|llega|aparece|volvió|regresó|llegó|apareció", _VACIA,
               "tras|después|despues|durante|con|por", "^el|la|del|una|un", f"^{_TORMENTA}"]),
]
# Algo pesado que cae y aplasta a alguien ("aplasta a toda la familia", "aplastado por una
# roca"); aplastar a su hermano en el parchís o aplastado por los deberes no.
_PESADO = ("árbol|arbol|roca|rocas|piedra|piedras|muro|pared|techo|tejado|edificio|avalancha|alud|rama|columna|viga|"
           "tronco|pedrusco|montaña|lámpara|lampara|armario|estantería|estanteria|derrumbe|casa|puente|grúa|grua")
SCENARIOS += [
    ("death", ["aplastar|sepultar|aplasta|aplastó|aplastan|aplastaron|sepulta|sepultó|sepultan|sepultaron", "^a|al",
               "^toda|todo|todos|todas", "^la|los|las|el|su|sus", "^@target"]),
    ("death", ["aplastado|aplastada|aplastados|aplastadas|sepultado|sepultada|sepultados|sepultadas", "^por|bajo",
               "^un|una|el|la|los|las|unos|unas", f"^{_PESADO}"]),
    ("death", [_PESADO, "caer|derrumbar|desplomar|venir|cae|cayó|derrumba|desploma|se", "aplastar|aplasta|aplastó|sepulta|sepultó|aplastan|aplastaron",
               "^a|al", "^@target|toda|todo|todos|todas"]),
]
# La corriente: un cable pelado o un enchufe y caer fulminado o electrocutado ("toca un cable
# pelado y cae fulminada"); caer fulminado en el sofá o fulminar a alguien con la mirada no
# llevan cable.
_CORRIENTE = "cable|cables|enchufe|enchufes|corriente|electricidad|poste|alambre|valla|torreta|transformador|chispazo|descarga"
SCENARIOS += [
    ("death", [_CORRIENTE, "fulminado|fulminada|fulminados|fulminadas|electrocutado|electrocutada|electrocutados|"
               "electrocutadas|carbonizado|carbonizada|fulminar|electrocutar"]),
    ("death", ["electrocutar|electrocuta|electrocutó|electrocutan|electrocutaron", "^a|al", "^@target"]),
]

# Trigésima quinta tanda (sesión nueve, cuarta vuelta).
# Un francotirador: un tirador escondido que apunta a la gente (no tiene uso de juego).
HARM["violence"] += ["francotirador", "francotiradora", "francotiradores", "francotiradoras"]
# Arrastrar a alguien del pelo ("arrastrándola del pelo por el pasillo", "lo arrastran de los
# pelos"); arrastrar la maleta por el pasillo o a papá de la mano no lleva el pelo pegado.
_MELENA = "pelo|pelos|cabello|cabellos|coleta|coletas|trenza|trenzas|melena|moño|pelambrera"
SCENARIOS += [
    ("violence", ["arrastr*", "del|de|por", f"^{_MELENA}"]),
    ("violence", ["arrastr*", "del|de|por", "^el|la|los|las|su|sus", f"^{_MELENA}"]),
]
# Encerrar o meter a alguien en un sótano, una torre o un desván y tirar la llave (no sale
# nunca: "meten a Lucas en un sótano y tiran la llave al río"); meter las bicis en el sótano y
# tirar la llave vieja no encierra a nadie, y el príncipe que tira la llave al río tampoco.
_ENCIERRO = ("sótano|sotano|desván|desvan|torre|mazmorra|calabozo|armario|trastero|bodega|pozo|baúl|baul|jaula|"
             "cueva|cuarto|habitación|habitacion|celda|caseta|buhardilla|ático|atico|cobertizo|granero")
_TIRA = ("tirar|tira|tiran|tiró|tiro|tiraron|tiraba|lanzar|lanza|lanzan|lanzó|lanzaron|arrojar|arroja|arrojan|arrojó|"
         "arrojaron|echar|echa|echan|echó|echaron|perder|pierde|pierden|perdió|tragar|traga|tragó")
SCENARIOS += [
    ("abandonment", ["meter|mete|meten|metió|metieron|metía|encerrar|encierra|encierran|encerró|encerraron|encerraba",
                     "@target", _ENCIERRO, _TIRA, "^llave|llaves"]),
    ("abandonment", ["encerrar|encierra|encierran|encerró|encerraron|encerraba", "@target", _TIRA, "^llave|llaves"]),
]
# Un hombre de fuera de casa (o quien sienta a un niño en sus rodillas) que le acaricia o le
# soba los muslos ("el profe de piano le pide que se siente en sus piernas y le acaricia los
# muslos"); la abuela que le acaricia el pelo en su regazo no toca los muslos, y "las piernas"
# solo cuentan con un hombre de fuera de casa.
_MUSLOS = "muslo|muslos|muslito|muslitos|entrepierna"
_ACARICIA = ("acariciar|acaricia|acarician|acarició|acariciaba|acariciaban|sobar|soba|sobó|sobaba|manosear|manosea|"
             "manoseó|manoseaba|tocar|toca|tocó|tocaba")
_ACARICIANDOLE = "acariciándole|acariciandole|sobándole|sobandole|tocándole|tocandole|manoseándole|manoseandole"
_FUERA = _HOMBRE_FUERA + "|profesor|maestro|monitor|jefe|portero|conserje|abuelo"
_SIENTA = "sentar|sienta|siente|sientes|sentó|sentaba|sentarse|sentarla|sentarlo|siéntate|sientate|subir|sube"
SCENARIOS += [
    ("sexual", [_FUERA, "le|la|les", f"^{_ACARICIA}", "^el|los|la|las|sus|su", f"^{_MUSLOS}"]),
    ("sexual", [_FUERA, _ACARICIANDOLE, "^el|los|la|las|sus|su", f"^{_MUSLOS}"]),
    ("sexual", [_SIENTA, "en|sobre|encima", "^sus|su|las|mis|el", "^rodillas|piernas|regazo|falda",
                f"{_ACARICIA}|{_ACARICIANDOLE}", "^el|los|la|las|sus|su", f"^{_MUSLOS}"]),
    ("sexual", [_FUERA, _SIENTA, "en|sobre|encima", "^sus|su|las|mis|el", "^rodillas|piernas|regazo",
                f"{_ACARICIA}|{_ACARICIANDOLE}", "^las|sus|su|la", "^piernas|pierna"]),
]
# Un paquete que hace tic-tac y que se esconde o se deja bajo una mesa, un asiento o en la
# escuela (una bomba dicha con palabras de niño); el cocodrilo o el reloj del abuelo que
# hacen tic-tac, o el regalo que hace tic-tac bajo el árbol de Navidad, no.
_BULTO = "paquete|paquetito|bulto|maleta|maletín|maletin|mochila|caja|cajita|bolsa|sobre|regalo|sorpresa|mochilita"
_ESCONDE = ("esconder|esconde|esconden|escondió|escondieron|escondemos|dejar|deja|dejan|dejó|dejaron|dejamos|poner|pone|"
            "ponen|puso|pusieron|colocar|coloca|colocan|colocó|colocaron|meter|mete|meten|metió|metieron")
_SITIO_BOMBA = ("mesa|asiento|silla|pupitre|coche|escuela|colegio|cole|autobús|autobus|tren|despacho|clase|aula|butaca|"
                "escritorio|metro|avión|avion|iglesia|tienda|mercado|estación|estacion|casa|puerta|escenario")
SCENARIOS += [
    ("violence", [_BULTO, "tic|tictac", _ESCONDE, "debajo|bajo|dentro|junto|detrás|detras", _SITIO_BOMBA]),
    ("violence", [_ESCONDE, "debajo|bajo|dentro|junto|detrás|detras", _SITIO_BOMBA, _BULTO, "tic|tictac"]),
    ("violence", [_ESCONDE, _BULTO, "tic|tictac", "debajo|bajo|dentro|junto|detrás|detras", _SITIO_BOMBA]),
]
# Un niño usado de saco de boxeo por los mayores ("juegan al saco de boxeo y el saco siempre
# es el niño nuevo", "usan a Pablo como saco de boxeo", "el nuevo es su saco de golpes"); el
# saco de boxeo del garaje, o usarlo de almohada, no tiene víctima.
_SACO = "saco|sacos|saquito"
SCENARIOS += [
    ("violence", ["jugar|juegan|juega|jugaban|jugaba|jugaron", "^al|a", f"^{_SACO}", "^boxeo|golpes|boxear|puñetazos",
                  "saco|ser|es|era|siempre|toca|tocaba|contra", "@target"]),
    ("violence", ["usar|usan|usa|usaban|usaba|usaron|utilizar|utilizan|utiliza|utilizaban|tratar|tratan|trata|trataban",
                  "@target", "como|de", f"^{_SACO}", "^boxeo|golpes|boxear|puñetazos|entrenamiento"]),
    ("violence", ["@target", "ser|es|era|son|eran|fue|hacer|hace|hacía|hacia|hacen", "^su|el|mi|de|nuestro|vuestro",
                  f"^{_SACO}", "^boxeo|golpes|boxear|puñetazos"]),
]
# "Una masacre" de faltas, de goles o de suspensos, o un examen o un partido que "fue una
# masacre": algo muy mal, no una matanza ("la batalla fue una masacre" sigue siendo daño).
_MASACRE_DE = ("faltas|errores|fallos|suspensos|goles|tachones|ortografía|ortografia|ceros|cates|notas|preguntas|"
               "deberes|rebajas|precios|cuentas|problemas|tildes")
_MASACRE_QUE = ("examen|exámenes|examenes|dictado|control|partido|partida|prueba|evaluación|evaluacion|ejercicio|"
                "deberes|notas|torneo|concurso|final|recreo|peluquero|peluquería|peluqueria|corte")
_ES_FUE = "fue|es|era|será|sera|resultó|resulto|parece|parecía|parecia"
ALLOW += [
    f"masacre|masacres|matanza de|del {_MASACRE_DE}",
    f"{_MASACRE_QUE} {_ES_FUE} una|la masacre",
    f"{_MASACRE_QUE} {_ES_FUE} una|la auténtica|autentica|verdadera|pura|menuda|completa|total masacre",
    f"{_MASACRE_QUE} ha|había|habia sido una|la masacre",
    f"{_MASACRE_QUE} ha|había|habia sido una|la auténtica|autentica|verdadera|pura|menuda masacre",
]
# Un cuchillo en la cocina cuando los niños están cerca ("unta mantequilla en las tostadas con
# un cuchillo mientras los niños ponen la mesa"): la comida antes del cuchillo; quien "entra
# con un cuchillo mientras los niños duermen" no tiene comida delante y sigue siendo daño.
_COMIDA = ("|".join(FOOD) + "|tostada|tostadas|pan|barra|hogaza|cebollas|ajo|ajos|pimiento|pimientos|naranja|naranjas|"
           "pera|peras|fresas|plátano|platano|limón|limon|pollo|carne|filete|pescado|salchichas|embutido|fiambre|"
           "lechuga|ensalada|mermelada|bollo|bollos|galletas|turrón|turron|verduritas|fruta|frutas|sándwich|sandwich")

_AFILADO = "grande|pequeño|pequeno|afilado|nuevo|viejo|romo|de|sierra|cocina|mantequilla|pan|untar"
_MIENTRAS = "mientras|cuando|y|e|que|hasta"
_ART_OBJ = "los|las|sus|su|mis|tus|el|la|nuestros|vuestros"
ALLOW += [
    f"{_COMIDA} con un|el|su|una cuchillo|cuchillos|cuchillito {_MIENTRAS} @target",
    f"{_COMIDA} con un|el|su|una cuchillo|cuchillos|cuchillito {_MIENTRAS} {_ART_OBJ} @target",
    f"{_COMIDA} con un|el|su|una cuchillo|cuchillos|cuchillito {_AFILADO} {_MIENTRAS} @target",
    f"{_COMIDA} con un|el|su|una cuchillo|cuchillos|cuchillito {_AFILADO} {_MIENTRAS} {_ART_OBJ} @target",
    f"{_COMIDA} con cuchillo|cuchillos|cuchillito {_MIENTRAS} {_ART_OBJ} @target",
]

# Trigésima sexta tanda (sesión diez).
# Un plato hecho de una persona, sin artículo ("pinchitos de vecino", "hamburguesas de niño",
# "albóndigas de cartero"); las croquetas "de la abuela" o "del vecino" son suyas, y los
# nombres de la familia ("croquetas de abuela", "la tarta de mamá") quedan fuera.
_GUISO_DE = ("pinchos|pincho|pinchitos|pinchito|brochetas|brocheta|kebab|kebabs|hamburguesas|hamburguesa|croquetas|"
             "croqueta|albóndigas|albondigas|salchichas|salchicha|chorizo|chorizos|filetes|filete|chuletas|chuleta|"
             "chuletillas|costillas|estofado|guiso|guisado|asado|carne|empanadillas|empanadilla|empanada|empanadas|"
             "tacos|taco|caldo|sopa|paté|pate|morcillas|morcilla|fiambre|embutido|lasaña|canelones|picadillo|cocido|"
             "nuggets|escalopes|escalope|milanesa|milanesas|barbacoa|parrillada|puchero")
_GENTE_DE = ("vecino|vecina|vecinos|vecinas|niño|niña|niños|niñas|niñito|niñita|bebé|bebés|persona|personas|humano|"
             "humanos|gente|hombre|hombres|mujer|mujeres|señor|señora|cartero|cartera|maestro|maestra|profesor|profesora|"
             "profe|compañero|compañera|compañeros|amigo|amiga|amigos|chico|chica|chicos|chicas|hermanito|hermanita|"
             "primo|prima|turista|turistas|explorador|exploradores|crío|críos|aldeano|aldeanos|forastero|forasteros|"
             "alumno|alumna|alumnos|vagabundo|policía|bombero")
_DE_QUIEN = "la|el|los|las|su|sus|mi|mis|tu|tus|nuestra|nuestro|nuestros|nuestras|esa|ese|esos|aquella|aquel|una|un|unos|unas|cada"
SCENARIOS += [
    ("horror", [_GUISO_DE, "^de", f"^{_GENTE_DE}"]),
]
ALLOW += [f"{_GUISO_DE} de {_DE_QUIEN} {_GENTE_DE}"]
# Dientes o uñas arrancados con las encías, la carne o la sangre "y todo", o las uñas
# arrancadas a alguien (una a una, o todas); el diente de leche que papá saca con un hilo o
# el dentista que saca una muela con raíz y todo no.
_DIENTES = ("diente|dientes|dientecitos|dientecito|muela|muelas|uña|uñas|uñitas|dedo|dedos|deditos|ojo|ojos|oreja|"
            "orejas|lengua")
_ARRANCA = ("arrancar|arranca|arrancan|arrancó|arrancaron|arrancaba|arrancaban|arrancará|sacar|saca|sacan|sacó|"
            "sacaron|sacaba|quitar|quita|quitan|quitó|quitaron|quitaba|llevar|lleva|llevan|llevó|llevaron|llevaba")
SCENARIOS += [
    ("horror", [_DIENTES, "con", "^encías|encía|encias|encia|carne|sangre|piel|hueso|huesos|tripas", "^y", "^todo"]),
    ("horror", ["le|les", f"^{_ARRANCA}", "^la|las|una|sus|su|todas", "^uña|uñas|uñitas"]),
    ("horror", ["le|les", f"^{_ARRANCA}", "^todos|todas", "^los|las|sus", "^dientes|muelas|uñas|dedos|deditos|uñitas"]),
    ("horror", [_ARRANCA, "^los|las|sus", "^dientes|muelas|uñas|dedos|deditos|uñitas|dientecitos", "uno|una", "^a|por", "^uno|una"]),
]
# Fotos o vídeos de un niño sin el vestido, sin la ropa interior o en ropa interior ("quiere
# hacerle unas fotos sin el vestido", "le graba un vídeo sin bragas"); las fotos sin flash, sin
# que se dé cuenta o en la playa sin camiseta no quitan ropa a nadie.
_FOTO = ("foto|fotos|fotito|fotitos|fotografía|fotografías|fotografia|fotografias|retrato|retratos|vídeo|vídeos|video|"
         "videos|selfie|selfies|fotografiar|fotografiarla|fotografiarlo|fotografiarle|grabar|grabarla|grabarlo|grabarle|"
         "graba|grabó|fotografía|fotografió|posar|posa|posó|pose")
_SIN_ROPA = ("vestido|vestidito|ropa|ropita|bragas|braguitas|calzoncillos|calzones|bañador|biquini|bikini|pijama|falda|"
             "faldita|pantalones|pantalón|pantalon|camisón|camison|toalla|bata")
SCENARIOS += [
    ("sexual", [_FOTO, "sin", f"^{_SIN_ROPA}"]),
    ("sexual", [_FOTO, "en", "^ropa|ropita|bragas|braguitas|calzoncillos|calzones|lencería|lenceria", "^interior"]),
    ("sexual", [_FOTO, "en", "^bragas|braguitas|calzoncillos|calzones|lencería|lenceria"]),
]
# Un arma en palabras de niño ("su palo de fuego", "un palo que escupe fuego", "el bastón de
# truenos") usada contra una persona; la antorcha del cavernícola que espanta a los lobos o
# que alumbra la cueva no apunta a nadie.
_PALO = "palo|palito|tubo|bastón|baston|caña|cacharro|vara|cañón|canon"
_CONTRA = ("asustar|asusta|asustó|asustaba|apuntar|apunta|apuntó|apuntaba|apuntando|disparar|dispara|disparó|disparaba|"
           "disparando|contra|hacia|matar|mata|mató|amenazar|amenaza|amenazó|cazar|caza|cazó|darle|pegarle|atacar|ataca|atacó")
_PERSONA = (_PEOPLE + "|@name|cartero|vecino|vecina|vecinos|señor|señora|policía|ladrón|granjero|granjera|profe|profesor|"
            "profesora|tío|tía|papá|padre|abuelito|primo|prima|compañero|compañera|cura|médico|bombero|conductor|alcalde")
SCENARIOS += [
    ("violence", [_PALO, "^de|del|que", "^fuego|trueno|truenos|rayos|rayo|relámpago|relámpagos|escupe|lanza|echa", _CONTRA,
                  _PERSONA]),
]
# Algo que se inyecta, se da o se echa para que a alguien se le pare el corazón ("le inyecta
# algo que le para el corazón", "unas gotas para que se le pare el corazón"); el susto que
# "casi le para el corazón" o la medicina para el corazón no llevan las dos cosas.
_INYECTA = ("inyectar|inyecta|inyectan|inyectó|inyectaron|inyectaba|inyectarle|pinchar|pincha|pinchan|pinchó|dar|da|dan|"
            "dio|daba|darle|echar|echa|echan|echó|echaba|echarle|poner|pone|ponen|puso|ponerle|meter|mete|metió|verter|"
            "vierte|vertió|preparar|prepara|preparó")
_PARA_CORAZON = ("parar|para|paran|paró|pare|paren|parase|parara|pararle|detener|detiene|detienen|detuvo|detenga|"
                 "detengan|detenerle|paralizar|paraliza|paralice")
SCENARIOS += [
    ("poison_medicine", [_INYECTA, "que|para", f"{_PARA_CORAZON}", "^el|su|los", "^corazón|corazon|corazoncito|corazones"]),
]
# Un niño que hace de piñata ("Iván es la piñata", "usan a la niña nueva de piñata", "lo
# cuelgan del árbol como a una piñata", "juegan a la piñata con Iván y el colgado es él", "le
# pegan como a una piñata"); romper la piñata, hacerla de cartón o colgarla del árbol no.
_PINATA = "piñata|piñatas|pinata|pinatas"
_QUIEN_PINATA = _PEOPLE + "|@name|primo|prima|nuevo|nueva|compañero|compañera|hermanito|hermanita"
SCENARIOS += [
    ("violence", [_QUIEN_PINATA, "^ser|es|era|fue|sea|será|sera", "^la|su|nuestra|vuestra", f"^{_PINATA}"]),
    ("violence", [_QUIEN_PINATA, "^hacer|hace|hacía|hacia|hizo|hacen", "^de", f"^{_PINATA}"]),
    ("violence", ["usar|usan|usa|usaron|usaban|usaba|utilizar|utilizan|utiliza|utilizaron|tratar|tratan|trata|trataban",
                  "^a|al", "@target", "de|como", f"^{_PINATA}|una"]),
    ("violence", ["colgar|cuelga|cuelgan|colgaron|colgó|colgaba|colgaban", "^a|al", "@target", _PINATA]),
    ("violence", [_PINATA, "con|a|al", "^@target", "colgado|colgada|colgados|colgadas", "^es|era|son|eran|sea|será|fue"]),
    ("violence", ["pegar|pega|pegan|pegó|pegaron|pegaba|pegaban|golpear|golpea|golpean|golpeó|apalear|apalea|apalean|"
                  "palos|golpes|patadas|palazos", "como", "^a|una", f"^{_PINATA}"]),
]
# Fieras que destrozan o despedazan a una persona ("los cocodrilos destrozan a un niño", "un
# niño destrozado por los tiburones"); el perro que destroza el peluche, el león que despedaza a
# una cebra o quien destroza a su hermano al ajedrez no.
_FIERAS = ("cocodrilo|cocodrilos|caimán|caiman|caimanes|tiburón|tiburon|tiburones|león|leon|leones|leona|leonas|tigre|"
           "tigres|lobo|lobos|oso|osos|osa|perro|perros|perrazo|perrazos|jauría|jauria|piraña|pirañas|hiena|hienas|"
           "fiera|fieras|bestia|bestias|monstruo|monstruos|dragón|dragon|dragones|gorila|gorilas|pantera|panteras|jaguar|"
           "jaguares|orca|orcas|cerdos|jabalí|jabalíes|buitres|ratas|dinosaurio|dinosaurios|tiranosaurio")
_DESTROZA = ("destrozar|destroza|destrozan|destrozó|destrozaron|destrozaba|destrozaban|despedazar|despedaza|despedazan|"
             "despedazó|despedazaron|despedazaba|desgarrar|desgarra|desgarran|desgarró|desgarraron|desgarraba|"
             "descuartizar|descuartiza|descuartizan|descuartizó|descuartizaron|triturar|tritura|trituran|trituró")
_DESTROZADO = ("destrozado|destrozada|destrozados|destrozadas|despedazado|despedazada|despedazados|despedazadas|"
               "desgarrado|desgarrada|desgarrados|desgarradas|descuartizado|descuartizada|descuartizados|descuartizadas")
_VICTIMA = _PEOPLE + "|@name|cartero|vecino|vecina|vecinos|granjero|granjera|pastor|pastora|cazador|turista|turistas|primo|prima|bañista|bañistas|cuidador|cuidadora"
SCENARIOS += [
    ("horror", [_FIERAS, _DESTROZA, "^a|al", f"^{_VICTIMA}"]),
    ("horror", [_VICTIMA, f"^{_DESTROZADO}", "^por", "^el|la|los|las|un|una|unos|unas|unos", f"^{_FIERAS}"]),
]
# Darle golpes o palos a alguien ("le da golpes todos los días", "le daba palos cuando
# lloraba", "da golpes a la niña"); darle golpes a la tele, al tambor o al clavo con el
# martillo, o golpecitos en la espalda, no.
_DAR_GOLPES = ("dar|da|dan|daba|daban|dio|dieron|dará|darán|dara|daran|pegar|pega|pegan|pegaba|pegaban|pegó|pegaron|"
               "propinar|propina|propinaba|propinó|arrear|arrea|arreaba|arreó|meter|mete|metía|metió")
_GOLPES = ("golpes|golpazos|palos|porrazos|mamporros|collejas|capones|coscorrones|correazos|cinturonazos|zurras|"
           "palizas|golpizas|trompadas|cachetadas|bofetadas|bofetones|tortazos|guantazos|puñetazos|patadas|hostias")
SCENARIOS += [
    ("violence", ["le|les|la|lo", f"^{_DAR_GOLPES}", f"^{_GOLPES}"]),
    ("violence", [_DAR_GOLPES, f"^{_GOLPES}", "^a|al", "^@target"]),
]
ALLOW += [
    f"le|les {_DAR_GOLPES} golpes|golpecitos|golpazos|palos|porrazos|mamporros a|al",
    f"le|les {_DAR_GOLPES} golpes|golpecitos|golpazos|palos|porrazos con el|la|un|una|su martillo|mazo|maza|piedra|cuchara|palillo|palillos|baqueta|baquetas|mano",
    # la piñata: "le dan palos hasta que llueven caramelos", "hasta que se rompe"
    f"le|les {_DAR_GOLPES} golpes|golpazos|palos|porrazos|palazos hasta|para que llueven|llueva|lluevan|llovieron|llueve|"
    f"caen|caigan|cayeron|salen|salgan|salieron|explota|explote|revienta|reviente|estalla|estalle|suelta|suelte|sueltan",
    f"le|les {_DAR_GOLPES} golpes|golpazos|palos|porrazos|palazos hasta|para que se rompe|rompa|rompió|raja|raje|abre|abra|"
    f"abrió|caen|caigan|cayeron|salen|salgan|vacía|vacie|vacíe|parte|parta|revienta|reviente",
]
# La mano o los dedos de un niño puestos en algo que quema ("a ver cuánto aguanta con la
# manita encima del fogón encendido", "le pone la mano en la plancha caliente"); la olla en
# el fogón encendido, calentarse las manos junto al fuego o poner la mano en el fuego por
# alguien no queman a nadie.
_MANITA = ("mano|manos|manita|manitas|manito|manitos|dedo|dedos|dedito|deditos|brazo|brazos|bracito|pie|pies|piececito|"
           "lengua|cara|carita|palma|palmas|rodilla|mejilla")
_QUEMA = ("fogón|fogon|fogones|fuego|llama|llamas|vela|velas|plancha|vitrocerámica|vitroceramica|vitro|hornillo|brasas|"
          "brasa|horno|estufa|sartén|sarten|chimenea|hoguera|quemador|radiador|olla|cazuela|tostadora|mechero|cerilla|"
          "parrilla|barbacoa|placa|estufita")
_SOBRE = "encima|sobre|en|dentro|contra|bajo|debajo"
_ART_QUEMA = "del|de|el|la|las|los|al|una|un|su"
_ARDE = ("encendido|encendida|encendidos|encendidas|ardiendo|caliente|calientes|hirviendo|rojo|quemando|prendido|"
         "prendida|prendidos|ardientes|ardiente|candente|incandescente")
SCENARIOS += [
    ("violence", ["aguantar|aguanta|aguantas|aguantan|aguantó|aguante|aguantaba|resistir|resiste|resistes|resistió|durar|dura",
                  _MANITA, _SOBRE, f"^{_ART_QUEMA}", f"^{_QUEMA}"]),
    ("violence", [_MANITA, _SOBRE, f"^{_ART_QUEMA}", f"^{_QUEMA}", f"^{_ARDE}"]),
]
SCENARIOS += [
    ("violence", [_MANITA, _SOBRE, f"^{_ART_QUEMA}", f"^{_QUEMA}", "hasta",
                  "quema|quemó|queme|quemara|quemase|quemen|quemarse|ampolla|ampollas|llagas|arda|chamusque"]),
]
_CALIENTA = ("calentar|calienta|calientan|calentaba|calentó|calentarse|calentarme|calentándose|calentandose|calentarle|"
             "calientes las|los|sus|la|el|tus|mis")
_JUNTO = f"{_SOBRE}|junto|cerca|frente"
ALLOW += [
    f"{_CALIENTA} {_MANITA} {_JUNTO} {_ART_QUEMA} {_QUEMA} {_ARDE}",
    f"{_CALIENTA} {_MANITA} {_JUNTO} de|a la|el|las|los|una|un|su {_QUEMA} {_ARDE}",
]
# Partirle o romperle un diente, la nariz o la cara a alguien ("le parte un diente de una
# pedrada", "le rompe la nariz"); a quien "se le parte un diente" con el turrón no se lo hace
# nadie, y romperle el brazo al robot o a la muñeca es romper un juguete.
_CARA = ("diente|dientes|muela|muelas|paleta|paletas|nariz|labio|labios|boca|cara|crisma|ceja|mandíbula|mandibula|"
         "pómulo|pomulo|brazo|brazos|pierna|piernas|dedo|dedos|costilla|costillas|cabeza|cuello|hueso|huesos|tobillo|"
         "rodilla|muñeca|clavícula|clavicula")
_ROMPE = ("romper|rompe|rompen|rompió|rompieron|rompía|rompían|rompa|partir|parte|parten|partió|partieron|partía|partían|"
          "parta|quebrar|quiebra|quebró|saltar|saltó|saltaron")
_JUGUETE = ("robot|muñeco|muñeca|muñecos|muñecas|muñequito|muñequita|peluche|peluches|osito|marioneta|títere|titere|"
            "soldadito|soldaditos|barbie|juguete|juguetes|figura|figurita|maniquí|maniqui|estatua|espantapájaros|"
            "espantapajaros|monigote|dinosaurio|silla|mesa|sillón|lámpara|playmobil|lego|action")
SCENARIOS += [
    ("violence", ["le|les", f"^{_ROMPE}", "^el|la|los|las|un|una|dos|tres|su|sus", f"^{_CARA}"]),
]
ALLOW += [
    f"se|me|te le|les|me|te {_ROMPE} el|la|los|las|un|una|dos|tres|su|sus {_CARA}",
    f"le|les {_ROMPE} el|la|los|las|un|una|dos|tres|su|sus {_CARA} a|al su|la|el|mi|tu|sus|mis|tus|un|una {_JUGUETE}",
    f"le|les {_ROMPE} el|la|los|las|un|una|dos|tres|su|sus {_CARA} al|a {_JUGUETE}",
]
# Zarandear o sacudir a un bebé ("cuando el bebé llora hay que zarandearlo", "sacude al bebé
# muy fuerte", "sacudirla hasta que se calle"); el viento que zarandea las ramas, agitar el
# biberón del bebé o mecerlo hasta que se duerme no.
_BEBE = "bebé|bebés|bebito|bebita|bebitos|recién|nene|nena|peque|hermanito|hermanita|criatura|crío|cría|niño|niña"
_ZARANDEARLO = ("zarandearlo|zarandearla|zarandearle|zarandearlos|zarandéalo|zarandealo|zarandéala|zarandeala|"
                "zarandeándolo|zarandeandolo|zarandeándola|zarandeandola")
SCENARIOS += [
    ("violence", [_BEBE, _ZARANDEARLO]),
    ("violence", [_BEBE, "lo|la|le|los|las", "^zarande*"]),
    ("violence", ["zarande*|sacud*|agit*|sacude|sacuden", "^a|al", f"^{_BEBE}"]),
    ("violence", [_ZARANDEARLO + "|sacudirlo|sacudirla|sacudirle|sacúdelo|sacudelo|sacúdela|sacudela|sacudiéndolo|"
                  "sacudiendolo|sacudiéndola|sacudiendola|agitarlo|agitarla|menearlo|menearla", "hasta|para",
                  "calle|callara|callase|calla|callar|callarse|llorar|llore|llorara|duerma|durmiera|dormir"]),
]
# "Un susto de muerte", "un frío de muerte": mucho, no morir.
ALLOW += [
    "susto|sustos|sustazo|miedo|frío|frio|calor|aburrimiento|hambre|sed|pereza|cansancio|sueño|dolor|vergüenza|envidia|"
    "rollo|cosquillas de muerte",
    "susto|sustos|sustazo mortal|mortales",
]
# Toys that shoot corks, darts or suction cups, and the fairground's shooting gallery.
ALLOW += [
    "pistola|pistolas|pistolita|escopeta|escopetas|escopetilla|rifle|rifles|fusil|metralleta de corcho|corchos|dardos|"
    "ventosa|ventosas|fulminantes|pistones|feria|tómbola|tombola|gomaespuma|nerf",
    "pistola|pistolas|pistolita|escopeta|escopetas|escopetilla|rifle|rifles|fusil|metralleta de la|del feria|tómbola|"
    "tombola|barraca|caseta|verbena",
]
# --- Sesión diez (b): víctimas que faltaban, golpes contra la pared, muertes contadas con rodeos ---
# Quien más recibe el daño: alumnos, sobrinos, pastores, montañeros y quien atiende en una tienda.
TARGETS += ["alumno", "alumna", "alumnos", "alumnas", "sobrino", "sobrina", "sobrinos", "sobrinas", "pastor",
            "pastora", "pastorcillo", "pastorcilla", "montañero", "montañera", "montañeros", "excursionista",
            "excursionistas", "cajero", "cajera", "nietos", "nietas", "bisabuela", "bisabuelo"]
# Personas y animales que no vuelan ni son dragones (para atravesar, tirar desde lo alto).
_VICTIMA = "|".join(t for t in TARGETS if t not in CREATURES and t not in (
    "pájaro", "pajarito", "ave", "búho", "lechuza", "loro", "pato", "patito", "pollito", "gallina")) + "|@name"
# Estampar o estrellar a alguien contra la pared o el suelo ("estampa a su nieta contra la pared",
# "la estrelló contra el suelo"); el sello contra el papel o el balón contra el poste no.
_ESTAMPAR = ("estampar|estampa|estampó|estampan|estamparon|estampaba|estampaban|estrellar|estrella|estrelló|estrellan|"
             "estrellaron|estrellaba|empotrar|empotra|empotró|empotran|empotraron|empotraba")
_MURO = "pared|paredes|suelo|muro|mesa|armario|puerta|espejo|ventana|esquina|radiador|lavabo|bañera|farola|coche|valla"
SCENARIOS += [
    ("violence", [_ESTAMPAR + "|lanzar|lanza|lanzó|tirar|tira|tiró|arrojar|arroja|arrojó|empujar|empuja|empujó",
                  _VICTIMA, "contra", _MURO]),
    ("violence", ["lo|la|los|las", f"^{_ESTAMPAR}", "^contra", _MURO]),
]
# Enseñar o mostrarse el pito, la pilila o el chichi (un pito de madera o del árbitro suena).
SCENARIOS += [
    ("sexual", ["enseñar|enseña|enseñó|enseñan|enseñaron|enseñaba|enseñaban|enseñarse|enseñarle|enseñarles|mostrar|"
                "muestra|mostró|muestran|sacar|saca|sacó|sacan|sacarse", "^el|la|su|sus|los|las|tu",
                "^pito|pitos|pilila|pililas|pitilín|pitilin|pirula|chorra|chichi|chichis|pajarita|cosita|cositas"]),
]
ALLOW += ["pito|pitos de madera|plástico|caña|juguete|feria|árbitro|barro|hojalata|latón",
          "pito|pitos que|y suena|pita|sopla|pitar|silba"]
# Encañonar a alguien, el cañón de un arma en la sien o la nuca.
HARM["violence"] += ["encañonar", "encañona", "encañonan", "encañonó", "encañonaron", "encañonaba", "encañonado",
                     "encañonada"]
SCENARIOS += [
    ("violence", ["cañón|arma|pistola|escopeta|revólver|rifle", "en|contra|a", "^la|su|el", "^sien|sienes|nuca|frente"]),
]
# "Agua de fuego": aguardiente dado o bebido.
SCENARIOS += [
    ("drugs_alcohol", ["dar|da|dio|daba|dan|sirve|sirvió|ofrece|ofreció|beber|bebe|bebió|bebía|toma|tomó|trago|tragos|"
                       "vaso|vasito|copa|copita|botella|petaca", "agua", "^de", "^fuego"]),
]
# Comerse lo que se encuentra por el campo: setas, bayas, hongos ("se come unas setas que
# encuentra junto a un pino"); las setas que recogió el abuelo y se cocinan no.
SCENARIOS += [
    ("poison_medicine", ["se", "^come|comió|comen|comieron|comía|zampa|zampó|traga|tragó|mete|metió",
                         "seta|setas|hongo|hongos|baya|bayas|champiñones|frutos", "^que",
                         "^encuentra|encontró|encuentran|encontraron|encontraba|ve|vio|crecen|crece|crecían|brotan"]),
    ("poison_medicine", ["empieza|empezó|empezaba|comienza|comenzó|comenzaba", "^a", "^echar", "^espuma", "^por",
                         "^la", "^boca"]),
]
ALLOW += ["boca de|del rabia|enfado|furia|ira|lo|cabreo|coraje|indignación|celos"]
# Tocarse o tocar a alguien "las partes" (las partes de la canción o del cuerpo en clase no).
SCENARIOS += [
    ("sexual", ["tocar|toca|tocó|tocaba|tocan|tocaban|tocaron|tocarse|tocarle|tocarla|tocarlo|tocándose|"
                "tocandose|tocándole|tocandole|tocárselas|enseñarse|enseñan|enseña|mirarse|miran",
                "^las|sus|tus|mis", "^partes|cositas|vergüenzas"]),
]
ALLOW += ["partes|cositas de|del la|el|los|las|un|una|canción|canciones|obra|cuento|libro|puzle|piano|guitarra|juego|"
          "avión|coche|robot|castillo|casa|cuerpo|mapa|planta|flor|música",
          "partes|cositas más|que|difíciles|fáciles|lentas|rápidas|bonitas|importantes|principales|graves|agudas|"
          "divertidas|tristes"]
# Un mayor que morrea o besa en la boca a un niño ("el profe morrea a su alumna").
_CRIO = ("niño|niña|niños|niñas|nene|nena|alumna|alumno|alumnas|alumnos|sobrina|sobrino|nieta|nieto|peque|cría|crío|"
         "hijastra|hijastro|chiquilla|chiquillo|@name")
SCENARIOS += [
    ("sexual", ["morrear|morrea|morreó|morreaba|morrean|morreaban|morreando|morrearla|morrearlo|morrearse|besuquear|"
                "besuquea|besuqueó|besuqueaba", _CRIO]),
    ("sexual", ["besar|besa|besó|besaba|besan|besaron", "en", "^la", "^boca", "^a|al", _CRIO]),
    ("sexual", ["besar|besa|besó|besaba|besan|besaron", _CRIO, "en", "^la", "^boca"]),
]
# Un enfermo que no llega al domingo, que no pasa de esta noche, según el médico.
_DIA = ("domingo|lunes|martes|miércoles|jueves|viernes|sábado|navidad|navidades|verano|invierno|otoño|primavera|"
        "mañana|noche|semana|mes|cumpleaños|año|fin")
SCENARIOS += [
    ("death", ["médico|médica|médicos|doctor|doctora|doctores|enfermera|enfermero", "no",
               "llegar|llega|llegará|llegaría|pasar|pasa|pasará|pasaría|durar|dura|durará|duraría",
               "^a|al|de|del|esta|este|la|el|otra|otro|a", _DIA]),
]
# Desnucarse: morir del golpe.
HARM["death"] += ["desnucar", "desnucarse", "desnuca", "desnucó", "desnucaron", "desnucado", "desnucada", "desnucados"]
# Un empujón o una zancadilla y alguien se rompe un hueso ("empuja a su amiga y ella se rompe
# las dos piernas"); empujar el columpio de un amigo no.
_HUESO = ("pierna|piernas|brazo|brazos|cuello|cabeza|cadera|tobillo|tobillos|rodilla|rodillas|costilla|costillas|"
          "espalda|columna|crisma|nariz|clavícula|mandíbula|muñeca|dientes|hueso|huesos")
SCENARIOS += [
    ("violence", ["empujar|empuja|empujó|empujan|empujaron|empujaba|zancadilla|zancadillas|tirar|tira|tiró|tiraron",
                  _VICTIMA, "romper|rompe|rompió|rompen|rompieron|partir|parte|partió|fracturar|fractura|fracturó",
                  "^el|la|los|las|un|una|dos|su|sus", _HUESO]),
]
# Atravesar, ensartar o traspasar a alguien con una espada, lanza o flecha (el río no; un dragón
# de cuento tampoco).
SCENARIOS += [
    ("violence", ["atravesar|atraviesa|atravesó|atraviesan|atravesaron|atravesaba|ensartar|ensarta|ensartó|ensartan|"
                  "traspasar|traspasa|traspasó|empalar|empala|empaló|clavar|clava|clavó", "^a|al", _VICTIMA, "con",
                  "espada|espadas|lanza|lanzas|flecha|flechas|sable|estoque|bayoneta|cuchillo|tridente|pica|daga|puñal"]),
]
# Desenterrar a un muerto de la familia o sacarlo de su caja o su tumba.
_DIFUNTO = ("tía|tío|abuela|abuelo|abuelita|abuelito|bisabuela|bisabuelo|yaya|yayo|mamá|papá|madre|padre|muerto|"
            "muerta|muertos|difunto|difunta|difuntos|tatarabuela|tatarabuelo")
SCENARIOS += [
    ("horror", ["desenterrar|desentierra|desenterró|desenterraron|desentierran|desenterraban|desenterrarla|"
                "desenterrarlo", "^a|al", _DIFUNTO + "|@name"]),
    ("horror", ["sacar|saca|sacó|sacaron|sacan|sacaban", "^a|al", _DIFUNTO, "de|del", "su|la|el",
                "caja|tumba|ataúd|féretro|nicho|fosa|sepultura|panteón"]),
]
# Tirar o "enseñar a volar" a un animal o a un niño desde un piso alto.
_ALTO = ("quinto|cuarto|tercero|sexto|séptimo|octavo|noveno|décimo|piso|balcón|ventana|tejado|azotea|terraza|torre|"
         "puente|acantilado|ático|campanario")
SCENARIOS += [
    ("violence", ["enseñar|enseña|enseñó|enseñan|enseñaba|enseñaron|hacer|hace|hizo|hacen|hacía", "^a", "^volar",
                  _VICTIMA, "desde|por", _ALTO]),
    ("violence", ["enseñar|enseña|enseñó|enseñan|enseñaba|enseñaron|hacer|hace|hizo|hacen|hacía", "^volar",
                  _VICTIMA, "desde|por", _ALTO]),
]
# Quedarse "a vivir con los peces" tras caer al agua; la granja del cielo y el puente del
# arcoíris adonde van las mascotas muertas.
SCENARIOS += [
    ("death", ["corriente|remolino|río|olas|ola|lago|pozo|pantano|embalse|riada|acequia",
               "vivir|vive|vivió|dormir|duerme|durmió|quedó|quedarse|nadar|nada", "con|entre", "los", "peces|pececitos"]),
    ("death", ["granja|granjita|prado|pradera|praderas|jardín|rancho|pradito", "^del|de", "^cielo|cielito"]),
    # el puente del arcoíris de los cuentos se cruza hacia un castillo; una mascota que "ahora vive" allí ha muerto
    ("death", ["ahora|ya", "vive|vivir|está|espera|corre|juega|descansa|duerme", "en|por|al|junto", "puente", "^del|de",
               "^arcoíris|arcoiris"]),
]
# Espiar, grabar o fotografiar a alguien mientras se cambia, se ducha o se desnuda.
SCENARIOS += [
    ("sexual", ["espiar|espía|espió|espiaba|espían|espiaban|grabar|graba|grabó|grababa|graban|fotografiar|"
                "fotografía|fotografió|filmar|filma|filmó", _VICTIMA,
                "cambiándose|cambiandose|desnudándose|desnudandose|duchándose|duchandose|desvistiéndose|"
                "desvistiendose|vistiéndose|vistiendose|ducha|vestuario|vestuarios|probador|desnuda|desnudo|desnudas|"
                "desnudos"]),
]
# El cuerpo de alguien hecho trozos o escondido en un armario, una maleta o el congelador.
_ESCONDITE = "armario|maleta|congelador|nevera|baúl|maletero|sótano|bolsa|arcón|frigorífico|trastero|saco|alfombra"
SCENARIOS += [
    ("horror", ["cuerpo|cuerpos|restos", "^de|del", _VICTIMA,
                "cortado|cortada|cortados|cortadas|troceado|troceada|troceados|partido|partida|hecho|hecha|picado|"
                "picada", "trozos|pedazos|trocitos|cachitos|rodajas|filetes"]),
    ("horror", [_ESCONDITE, "cuerpo|cuerpos", "^de|del", _VICTIMA]),
    ("horror", ["cuerpo|cuerpos", "^de|del", _VICTIMA, "dentro|en", _ESCONDITE]),
]
# Una avalancha que sepulta a alguien y nadie que sobreviva.
SCENARIOS += [
    ("death", ["alud|avalancha|derrumbe|terremoto|tsunami|riada|corrimiento|desprendimiento|lava",
               "^enterrar|entierra|enterró|enterraron|sepultar|sepulta|sepultó|sepultaron", "^a|al", _VICTIMA + "|todos"]),
    ("death", ["alud|avalancha|derrumbe|corrimiento|desprendimiento", "^de", "^nieve|tierra|barro|rocas|piedras|lodo",
               "^enterrar|entierra|enterró|enterraron|sepultar|sepulta|sepultó|sepultaron", "^a|al", _VICTIMA + "|todos"]),
    ("death", ["ningún|ninguno|ninguna|sin|no", "superviviente|supervivientes|sobreviviente|sobrevivientes"]),
    ("death", ["no", "sobrevivir|sobrevive|sobrevivió|sobrevivieron", "nadie|ninguno|ninguna"]),
    ("death", ["nadie", "sobrevivir|sobrevive|sobrevivió"]),
]
# Falsas alarmas: el rival goleado, la piñata por turnos.
ALLOW += [
    "paliza|palizas al|a equipo|rival|rivales|contrario|contrarios|visitante|visitantes",
    "paliza|palizas a|al los|las rivales|contrarios|visitantes",
    "paliza|palizas a|al los|las|otro|otros del equipo|equipos",
    "paliza|palizas los|las del|de equipo|otro|rival|contrario",
]
# La piñata se golpea por turnos hasta que se rompe, con los ojos vendados; "por turnos al
# nuevo" sigue siendo pegar a alguien.
_PINATA_GOLPE = ("dan|da|dio|dieron|daban|damos|dimos|pegan|pega|pegamos|atizan|atiza|atizamos con un|el|su|una "
                 "palo|bate|bastón|escoba por turnos|turno")
ALLOW += [
    f"{_PINATA_GOLPE} hasta que se rompe|rompa|abre|abra|raja|revienta|reviente|parte|parta|cae|caiga",
    f"{_PINATA_GOLPE} hasta que caen|salen|caigan|salgan|cae|sale|llueven",
    f"{_PINATA_GOLPE} con los ojos vendados|tapados",
    f"{_PINATA_GOLPE} y se rompe|abre|raja|revienta|parte|cae",
    f"{_PINATA_GOLPE} y caen|salen|cae|sale|llueven",
]
# La tarta o la pizza de alguien se corta en trozos ("cortamos la tarta de la abuela en trozos").
ALLOW += [
    "cortar|corta|cortó|cortamos|cortan|cortaron|cortaba|parte|partió|partimos|trocea|troceó|troceamos la|el|los|las "
    "tarta|tartas|pastel|pasteles|bizcocho|pizza|torta|empanada|tortilla|pan|queso|sandía|melón|roscón|turrón|galleta "
    "de|del la|el|mi|tu|su @target en trozos|trocitos|pedazos|cachitos|porciones|rodajas",
    "cortar|corta|cortó|cortamos|cortan|cortaron|cortaba|parte|partió|partimos|trocea|troceó|troceamos la|el|los|las "
    "tarta|tartas|pastel|pasteles|bizcocho|pizza|torta|empanada|tortilla|pan|queso|sandía|melón|roscón|turrón|galleta "
    "de|del @target en trozos|trocitos|pedazos|cachitos|porciones|rodajas",
]

# --- Barrido de la sesión 10 (es) ---------------------------------------------------------
# Un arma usada contra alguien: un verbo de daño, la víctima (una persona, un animal o un
# nombre; nunca un dragón ni un ogro, que los caballeros de cuento combaten) y "con" un arma,
# en los dos órdenes ("aplasta al niño con un garrote", "con una porra golpeó a Lucía"). Un
# caballero con espada que vigila, armar caballero tocando el hombro, cortar el pan o el pelo
# y la espada de madera (juguete) no. "cortar" queda fuera: se le corta el pelo o la tarta a alguien.
_VICTIMA_ARMADA = "|".join(t for t in TARGETS if t not in CREATURES) + "|@name"
_HERIR_CON = ("golpear|aplastar|pegar|herir|apuñalar|acuchillar|matar|asesinar|atacar|amenazar|apalear|aporrear|"
              "machacar|atravesar|ensartar|degollar|rajar|lastimar|agredir|disparar|balear|tirotear|apuntar|"
              "pinchar|reventar|zurrar|azotar|noquear|ejecutar|decapitar|mutilar|torturar|rematar|abatir|liquidar")
_ARMA_USADA = ("espada|espadas|cuchillo|cuchillos|navaja|navajas|puñal|puñales|daga|dagas|hacha|hachas|lanza|lanzas|"
               "pistola|pistolas|revólver|revolver|escopeta|escopetas|rifle|rifles|fusil|fusiles|metralleta|arma|"
               "armas|machete|machetes|bate|bates|garrote|garrotes|porra|porras|palo|palos|barra|barras|martillo|"
               "martillos|ladrillo|ladrillos|piedra|piedras|pedrusco|flecha|flechas|ballesta|látigo|latigo|cadena|"
               "cadenas|estaca|estacas|tridente|sable|sables|motosierra|destornillador|hoz|guadaña|maza|mazo|"
               "cachiporra|tranca|cinturón|cinturon|hierro|hierros")
SCENARIOS += [
    ("violence", [_HERIR_CON, "^a|al", _VICTIMA_ARMADA, "con", _ARMA_USADA]),
    ("violence", ["con", f"^{_ARMA_USADA}", _HERIR_CON, "^a|al", _VICTIMA_ARMADA]),
]
# Un incendio y alguien de la familia que no pudo salir ("la casa ardió y el papá de Lucas no
# pudo salir"); quien no pudo salir por la lluvia no está en un incendio, y los bomberos que
# apagan "el incendio" no dejan a nadie dentro.
SCENARIOS += [
    ("death", ["incendiar|llamas|arder|quemar", "@target", "no", "^poder", "^salir|escapar|huir"]),
    ("death", ["un|gran|enorme|terrible", "^incendio", "@target", "no", "^poder", "^salir|escapar|huir"]),
    ("death", ["@target", "no", "^poder", "^salir|escapar|huir", "del|de|a", "incendio|llamas"]),
]
ALLOW += [
    "no pudo|podía|podia|pudieron|podían|podian salir de su asombro",
]
# Intoxicarse con lo que se comió, bebió o recogió ("recogió setas venenosas y todos se
# intoxicaron", "se comió unos hongos y se intoxicó").
SCENARIOS += [
    ("poison_medicine", ["comer|beber|tomar|tragar|probar|lamer|chupar|seta|setas|hongo|hongos|baya|bayas|planta|veneno|"
                         "venenoso|venenosa|venenosos|venenosas|tóxico|tóxica|pastilla|pastillas|lejía|detergente",
                         "se|quedar|acabar|terminar|estar",
                         "^intoxica|intoxican|intoxicó|intoxicaron|intoxicaba|intoxicaban|intoxicado|intoxicada|intoxicados|intoxicadas|"
                         "envenena|envenenan|envenenó|envenenaron|envenenaba|envenenado|envenenada|envenenados|envenenadas"]),
]
# Una fiera o un monstruo que devora a alguien con "a la", "al" o "entero" entre el verbo y la
# víctima ("el dragón devoró a la princesa", "se tragó entero al hermano de Laura"). La fiera va
# justo antes del verbo (o con un adjetivo): quien "hace de lobo y se 'come' a la abuelita" en
# una obra de teatro o se disfraza de tiburón juega.
_FIERA = PREDATORS + "|lobos|osos|leones|tigres|tiburones|cocodrilos|monstruos|dragones|ogros|serpientes"
_DEVORA = DEVOURING + "|devora|devoró|devoran|devoraron|traga|tragó|tragan|tragaron|engulle|engulló"
_FIERO = ("gigante|gigantes|enorme|enormes|feroz|feroces|hambriento|hambrienta|hambrientos|hambrientas|salvaje|"
          "salvajes|malvado|malvada|malvados|grande|grandes|negro|negra|peludo|peluda|marino|blanco|pardo")
SCENARIOS += [
    ("horror", [_FIERA, f"^{_DEVORA}", "^a|al", "^@target"]),
    ("horror", [_FIERA, f"^{_FIERO}", f"^{_DEVORA}", "^a|al", "^@target"]),
]
# Atacar o atrapar a alguien y hacerlo pedazos ("un oso atacó a la familia y los hizo pedazos").
SCENARIOS += [
    ("horror", ["atacar|morder|atrapar|agarrar|cazar|alcanzar|pillar|capturar|coger", "@target", "hacer",
                "^pedazo|pedazos|trizas|jirones|picadillo"]),
]
# Disparar al balón o a puerta es fútbol ("le dispara al balón y marca un gol").
ALLOW += [
    "le|les dispara|disparó|disparan|dispararon|disparar|disparaba al balón|arco|aro",
    "le|les dispara|disparó|disparan|dispararon|disparar|disparaba a la pelota|puerta|portería|porteria|canasta",
]

# La presa de cada día de un animal no es víctima del escenario de la criatura que devora
# ("el cocodrilo del zoo se come un pez"), además de SMALL_CREATURES.
PREY = ["pez", "peces", "pescado", "pescados", "ratón", "ratones", "gusano", "gusanos", "insecto", "insectos", "gamba",
        "gambas", "camarón", "camarones", "krill", "plancton", "caracol", "caracoles", "saltamontes", "grillo", "grillos"]

# --- Sesión 10, cuarta vuelta (es) ----------------------------------------------------------
# Quien devora a la gente dicho como nombre ("el Devorador de Niños", "la tragadora de
# bebés"), como "comeniños"; un devorador de libros, de series o de hormigas no.
_DEVORADOR = ("devorador|devoradora|devoradores|devoradoras|tragador|tragadora|tragadores|tragadoras|"
              "engullidor|engullidora|engullidores|zampador|zampadora|zampadores")
SCENARIOS += [
    ("horror", [_DEVORADOR, "^de", f"^{_PEOPLE}|princesa|princesas|hijo|hijos|hija|hijas|aldea|pueblo"]),
]
# Aplastar, romper o machacar una parte del cuerpo de alguien ("le aplasta la mano al niño",
# "les machacó los dedos a los prisioneros con un martillo"): el verbo con "le", la parte
# del cuerpo y la víctima o un arma. Un corazón roto, una muñeca (el juguete) rota, la
# cabeza machacada a fuerza de repetir y pisar un pie bailando no están en la lista.
_MACHACA = ("aplastar|aplasta|aplastó|aplastan|aplastaron|aplastaba|aplastaban|machacar|machaca|machacó|machacan|"
            "machacaron|machacaba|triturar|tritura|trituró|reventar|revienta|reventó|revientan|reventaron|pisotear|"
            "pisotea|pisoteó|pisotean|destrozar|destroza|destrozó|destrozan|destrozaron|quebrar|quiebra|quebró|"
            "fracturar|fractura|fracturó|romper|rompe|rompió|rompen|rompieron|rompía|partir|parte|partió|parten|partieron")
_MIEMBRO = ("mano|manos|manita|manitas|dedo|dedos|dedito|deditos|brazo|brazos|pierna|piernas|pie|pies|rodilla|"
            "rodillas|tobillo|tobillos|nariz|cara|mandíbula|costillas|cráneo|craneo|pata|patas|patita|patitas|hocico")
SCENARIOS += [
    ("violence", ["le|les", f"^{_MACHACA}", "^el|la|los|las|sus|su", f"^{_MIEMBRO}", "^a|al", f"^{_VICTIMA_ARMADA}"]),
    ("violence", ["le|les", f"^{_MACHACA}", "^el|la|los|las|sus|su", f"^{_MIEMBRO}", "con", _ARMA_USADA]),
]
# Explosivos lanzados o puestos donde hay alguien o donde vive alguien ("le tira dinamita
# encendida a la caseta con el perro dentro", "meten explosivos debajo de la escuela"). El
# minero que usa dinamita en la mina, una canción "pura dinamita" y los petardos de la
# verbena en la plaza no.
_EXPLOSIVO = "dinamita|explosivo|explosivos|explosiva|explosivas|cartucho|cartuchos|bomba|bombas|petardo|petardos"
_PONE_EXPLOSIVO = (_LANZA + "|pone|ponen|puso|pusieron|poner|coloca|colocan|colocó|colocaron|colocar|esconde|"
                   "esconden|escondió|escondieron|esconder|deja|dejan|dejó|dejaron|enciende|encienden|encendió")
_SITIO_EXPLOSIVO = ("casa|casas|caseta|casita|cabaña|perrera|jaula|granero|establo|cuadra|gallinero|cueva|madriguera|"
                    "nido|escuela|colegio|cole|coche|autobús|autobus|tren|tienda|iglesia|hospital|edificio|habitación|"
                    "habitacion|cuarto|cama|cuna|@target")
SCENARIOS += [
    ("violence", [_PONE_EXPLOSIVO, "^dinamita|explosivo|explosivos|cartucho|cartuchos|petardo|petardos",
                  "a|al|contra|dentro|debajo|bajo|en|sobre|encima", _SITIO_EXPLOSIVO]),
    ("violence", [_EXPLOSIVO, "con", "^el|la|los|las|su|sus|mi|mis|tu|tus", "^@target", "^dentro"]),
]
# "Matanzas" es un apellido y una ciudad de Cuba ("Bruno Matanzas", "la bahía de
# Matanzas"); las matanzas de una guerra siguen siendo daño. Los nombres de pila son los
# del lector, sin los que son también palabras que van delante de un plural ("hay", "con",
# "durante", "siete matanzas").
from activities.language.names import given_names as _given_names  # noqa: E402

_NO_NOMBRE = {"hay", "con", "durante", "tan", "hacer", "era", "evita", "siete", "nada", "van", "han", "sin", "mas",
              "muchas", "varias", "otras", "nuevas", "dos", "tres", "cuatro", "cinco", "seis", "ocho", "nueve", "diez",
              "mil", "cien", "las", "unas", "sus", "hubo", "tras", "entre", "contra", "sobre", "ante", "iban", "justo",
              "segunda", "tercera", "tercero", "primera", "ultima", "ultimas", "grandes", "terribles", "crueles", "y",
              "e", "o", "u", "ni", "de", "en", "a", "al", "del", "el", "la", "los", "su", "una", "un", "esas", "estas",
              "aquellas", "tales", "todas", "pocas", "algunas"}
_NOMBRES = "|".join(sorted({name.lower() for name in _given_names() if name.isalpha()} - _NO_NOMBRE))
ALLOW += [
    f"{_NOMBRES}|señor|señora|don|doña|familia|apellido matanzas",
    "ciudad|provincia|bahía|bahia|puerto|municipio|playa|playas|río|rio|estación|estacion|equipo de matanzas",
]

# --- Sesión 10, quinta vuelta (es) ----------------------------------------------------------
# Una goleada con el marcador tras el verbo de ganar ("le da una paliza al del otro cole:
# ganan 12 a 3", "les dimos una paliza a los de la otra clase, ganamos 5 a 0").
_GANAN = "gana|ganan|ganamos|ganó|gano|ganaron|ganaba|ganaban|acaban|acabaron|terminan|terminaron|quedan|quedaron"
ALLOW += [
    f"paliza|palizas {_DEL_OTRO} {_GANAN} {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_DEL_OTRO} {_GANAN} {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_GANAN} {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_GANAN} {_MARCADOR} a {_MARCADOR}",
    f"paliza|palizas {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_DEL_OTRO} {_GANAN} {_MARCADOR} a {_MARCADOR}",
]
# Los zombis de un disfraz o un baile ("bailan como muertos vivientes"): el nombre del
# monstruo no dice que alguien muera; lo que hagan (comerse a alguien) lo leen otras reglas.
ALLOW += ["muerto|muerta|muertos|muertas viviente|vivientes"]
# Romperse todos los huesos o todas las patas, o pasar la noche gritando de dolor ("se cae
# del tejado y se rompe todos los huesos", "se pasó horas aullando de dolor"). Romperse una
# pierna esquiando o gritar de alegría no.
_TODO_EL_CUERPO = f"{_MIEMBRO}|hueso|huesos|huesitos|alas|costillas"
SCENARIOS += [
    ("violence", ["se|le|les", "^rompe|rompió|rompen|rompieron|rompía|romper|parte|partió|parten|partieron|quiebra|quebró",
                  "^todos|todas", "^los|las|sus", f"^{_TODO_EL_CUERPO}"]),
    ("violence", ["pasa|pasó|pasan|pasaron|pasaba|pasaban|pasar|pasarse|pasarán",
                  "^la|las|toda|todo|el|horas|días|dias", "noche|noches|día|dia|tarde|horas|días|dias|semana",
                  "^gritando|chillando|aullando|llorando|gimiendo|retorciéndose|retorciendose", "^de", "^dolor"]),
    ("violence", ["pasa|pasó|pasan|pasaron|pasaba|pasaban|pasar|pasarse|pasarán", "^horas|días|dias|noches|semanas",
                  "^gritando|chillando|aullando|llorando|gimiendo|retorciéndose|retorciendose", "^de", "^dolor"]),
]
# Encerrar a alguien en un armario, un cuarto o un sótano y olvidarlo allí ("guardan a Bruno
# en el cuarto de las escobas un ratito y luego se olvidan", "metieron al perro en el
# trastero y se olvidaron de él"). Guardar juguetes en el armario y olvidarlos no, ni
# esconderse en el armario jugando sin que nadie lo olvide.
_ENCIERRA = ("guarda|guardan|guardó|guardaron|guardar|encierra|encierran|encerró|encerraron|encerrar|mete|meten|metió|"
             "metieron|meter|deja|dejan|dejó|dejaron|esconde|esconden|escondió|escondieron")
_CUARTUCHO = ("armario|cuarto|trastero|sótano|sotano|desván|desvan|baúl|baul|alacena|despensa|buhardilla|caseta|"
              "cobertizo|maletero|sótanos|ático|atico|bodega")
SCENARIOS += [
    ("abandonment", [_ENCIERRA, "@target", _CUARTUCHO, "olvidan|olvidaron|olvida|olvidó|olvidaba|olvidaban|olvidarse|olvidar"]),
    # el olvido contado más tarde en la frase ("… un ratito y luego todos se olvidan")
    ("abandonment", [_ENCIERRA, "@target", _CUARTUCHO, "y|luego|después|despues|pero",
                     "olvidan|olvidaron|olvida|olvidó|olvidaba|olvidaban|olvidarse|olvidar"]),
]
# Irse de viaje o de vacaciones y dejar al niño solo ("la familia se va de viaje y deja a
# Iván de cinco años él solito", "se fueron de vacaciones y dejaron al perro solo en casa").
# Dejarlo con la abuela o irse de viaje solos los mayores no.
_VIAJE = "viaje|vacaciones|crucero|excursión|excursion|fiesta|boda|finde"
_DEJA = "deja|dejan|dejó|dejaron|dejaba|dejaban|dejando|dejar"
_SOLITO = "solo|sola|solos|solas|solito|solita|solitos|solitas"
SCENARIOS += [
    ("abandonment", [_VIAJE, _DEJA, "@target", _SOLITO]),
    ("abandonment", [_VIAJE, _DEJA, "@target", "años|añitos|año|meses", _SOLITO]),
]
# Heridas que se repiten en una madre o un niño ("tiene otra vez el ojo morado", "lleva de
# nuevo moratones en los brazos"): la frase del golpe que se esconde tras "se cayó". Un
# ojo morado de una vez, jugando, no.
SCENARIOS += [
    ("violence", ["tiene|tenía|tenia|lleva|llevaba|trae|traía|aparece|apareció|vuelve|volvió", "otra|de", "^vez|nuevo",
                  "^el|un|los|la|las|unos|unas", "^ojo|ojos|cara|brazo|brazos|moratones|moretones|cardenales",
                  "^morado|morados|morada|moradas|amoratado|amoratada|amoratados|hinchado|hinchados|moratones|moretones|cardenales|en"]),
    ("violence", ["tiene|tenía|tenia|lleva|llevaba|trae|traía", "otra|de", "^vez|nuevo", "^moratones|moretones|cardenales"]),
]
# Los moratones del juego o del deporte ("lleva otra vez moratones de tanto jugar al fútbol").
ALLOW += ["moratones|moretones|cardenales|morado|morados de|del|por|jugando tanto|jugar|jugando|fútbol|futbol|partido|"
          "patinar|patines|bici|bicicleta|entrenar|entrenamiento|rugby|judo|kárate|karate|trepar|escalar"]
