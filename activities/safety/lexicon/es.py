"""Spanish lexicon (notation in ``en.py``).

Replacements keep the gender of the word they replace where Spanish allows it
("espada" → "varita mágica"); ``:m``/``:f`` marks the replacement's gender so that
the article before it is fixed ("el arma" → "la varita mágica", "un ataque" → "una
sorpresa"). ``@noun`` / ``@verb`` split words that are both ("la lucha" / "lucha"),
by whether a determiner comes right before. "solo" is also "only", so it is matched
in phrases ("estaba solo"), never alone; "vino" is also "came", so wine is matched
with its determiners ("un vino", "copa de vino"); "heroína" is also "heroine".
"""

REWRITE = {
    "violence": """
        arma{,s} = varita{,s} mágica{,s} :f
        espada{,s} = varita{,s} mágica{,s} :f
        puñal{,es} = pincel{,es} :m
        daga{,s} = pluma{,s} :f
        pistola{,s} = varita{,s} de burbujas :f
        rifle{,s} = telescopio{,s} :m
        fusil{,es} = telescopio{,s} :m
        bomba{,s} = pompa{,s} de jabón :f
        bala{,s} = burbuja{,s} :f @noun
        lanza{,s} = vara{,s} :f @noun
        cañón/cañones = lanzador de confeti/lanzadores de confeti :m
        pelea{,s} = carrera{,s} :f @noun
        pelea/pelean/peleó/peleaba/peleaban/pelearon/pelear/peleando = juega/juegan/jugó/jugaba/jugaban/jugaron/jugar/jugando @verb
        lucha{,s} = carrera{,s} :f @noun
        lucha/luchan/luchó/luchaba/luchaban/lucharon/luchar/luchando = juega/juegan/jugó/jugaba/jugaban/jugaron/jugar/jugando @verb
        batalla{,s} = competici{ón,ones} :f
        guerra{,s} = competici{ón,ones} :f
        ataque{,s} = sorpresa{,s} :f
        atacar/ataca/atacan/atacó/atacaba/atacaban/atacaron/atacando = sorprender/sorprende/sorprenden/sorprendió/sorprendía/sorprendían/sorprendieron/sorprendiendo
        matar/mató/mataron/mataba/mataban/matan/matando = atrapar/atrapó/atraparon/atrapaba/atrapaban/atrapan/atrapando !high
        mata = atrapa !high @verb
        matarlo/matarla/matarle/matarlos/matarlas = atraparlo/atraparla/atraparle/atraparlos/atraparlas !high
        enemigo{,s} = rival{,es} :m
        enemiga{,s} = rival{,es} :f
        ejército{,s} = desfile{,s} :m
        soldado{,s} = guardi{án,anes} :m
        golpear/golpea/golpean/golpeó/golpeaba/golpeaban/golpearon = tocar/toca/tocan/tocó/tocaba/tocaban/tocaron @target
        pegar/pega/pegan/pegó/pegaba/pegaban/pegaron = hacer cosquillas/hace cosquillas/hacen cosquillas/hizo cosquillas/hacía cosquillas/hacían cosquillas/hicieron cosquillas @target
        patear/patea/pateó/pateaba = hacer cosquillas/hace cosquillas/hizo cosquillas/hacía cosquillas @target
        disparar/dispara/disparan/disparó/disparaba/dispararon = salpicar/salpica/salpican/salpicó/salpicaba/salpicaron @target
        herir/hiere/hieren/hirió/hería/hirieron = molestar/molesta/molestan/molestó/molestaba/molestaron @target
        sangrient{o,a,os,as} = embarrad{o,a,os,as}
        violent{o,a,os,as} = salvaje{,,s,s}
    """,
    "fear": """
        aterrador/aterradora/aterradores/aterradoras = misterioso/misteriosa/misteriosos/misteriosas
        terrorífic{o,a,os,as} = asombros{o,a,os,as}
        espantos{o,a,os,as} = curios{o,a,os,as}
        tenebros{o,a,os,as} = misterios{o,a,os,as}
        escalofriante{,s} = sorprendente{,s}
        horrible{,s} = peculiar{,es}
        pesadilla{,s} = sueño{,s} extraño{,s} :m
        monstruo{,s} = ser{,es} mágico{,s} :m
        malvad{o,a,os,as} = gruñ{ón,ona,ones,onas}
        demonio{,s} = duende{,s} :m
        zombi{,s} = sonámbulo{,s} :m
        embrujad{o,a,os,as} = encantad{o,a,os,as}
        terror = asombro :m
        horror = asombro :m
        asustad{o,a,os,as} = sorprendid{o,a,os,as}
        miedo = respeto :m
    """,
    "isolation": """
        completamente solo/completamente sola = con sus amigos
        solito/solita/solitos/solitas = con sus amigos
        sola/solas/solos = con sus amigos
        estaba solo/está solo/se quedó solo/quedó solo = estaba con sus amigos/está con sus amigos/se quedó con sus amigos/quedó con sus amigos @distress
        a solas = con sus amigos
        solitari{o,a,os,as} = pensativ{o,a,os,as}
        soledad = calma :f
        abandonad{o,a,os,as} = esperando @distress
        sin amigos = con muchos amigos
        nadie con quien jugar = amigos con quienes jugar
        se perdió/se perdieron/se pierde = se fue de exploración/se fueron de exploración/se va de exploración
        estaba perdido/estaba perdida/estaban perdidos = estaba explorando/estaba explorando/estaban explorando @distress
        por sí solo/por sí sola = con sus amigos @distress
    """,
    "inappropriate": """
        estúpid{o,a,os,as} = despistad{o,a,os,as}
        idiota{,s} = bobo{,s}
        imbécil{,es} = bobo{,s}
        gilipollas = bobo
        cállate/cállense = chitón
        hijo de puta/hijos de puta = granuja/granujas
        mierda = caramba
        joder = caramba
        coño = caramba
        jodid{o,a,os,as} = fastidiad{o,a,os,as}
        cabrón/cabrones = granuja/granujas
        maldit{o,a,os,as} = encantad{o,a,os,as}
        culo{,s} = trasero{,s}
    """,
    "medical": """
        enferm{o,a,os,as} = con hipo
        enfermedad{,es} = hechizo{,s} de estornudos :m
        fiebre{,s} = cosquilla{,s} burbujeante{,s} :f
        hospital{,es} = casita{,s} de curación :f
        herida{,s} = chichón/chichones :m @noun
        herid{o,a,os,as} = con un chichón
        lesión/lesiones = chichón/chichones :m
        cáncer = un hechizo de estornudos
        morir/murió/muere/mueren/murieron/moría/morían = irse lejos/se fue lejos/se va lejos/se van lejos/se fueron lejos/se iba lejos/se iban lejos !high
        muriendo = apagándose !high
        muert{o,a,os,as} = quiet{o,a,os,as} !high
        muerte = despedida :f !high
        sangre = jugo de moras :m
        sangrando = con un rasguño
    """,
    "family": """
        huérfano/huérfana/huérfanos/huérfanas = pequeño aventurero/pequeña aventurera/pequeños aventureros/pequeñas aventureras
        orfanato{,s} = casa{,s} de los guardianes :f
        divorcio = mudanza a dos casas :f
        se divorciaron = vivían en dos casas acogedoras
        sin padres = con guardianes mágicos
        perdió a sus padres = tenía guardianes mágicos
        nadie {la,lo} quería = todos {la,lo} querían
        no tenía padres = tenía guardianes mágicos
    """,
}

REJECT = {
    "violence": [
        "asesin*", "apuñal*", "acuchill*", "decapit*", "degoll*", "descuartiz*", "masacre{,s}", "matanza{,s}",
        "tortur*", "estrangul*", "cadáver{,es}", "mutil*", "charco|charcos de sangre", "sangre por todas partes",
        "baño de sangre", "cubierto|cubierta|cubiertos|cubiertas de sangre", "le cortó el cuello",
    ],
    "sexual": [
        "sexo", "sexual{,es}", "sexy", "porno*", "pornogr*", "erótic*", "orgasmo{,s}", "masturb*", "pene{,s}",
        "vagina{,s}", "genital{,es}", "violador{,es}", "hacer el amor", "tener sexo", "pedófil*", "pederast*", "puta{,s}", "prostitu*",
    ],
    "self_harm": [
        "suicid*", "quiero morir{,me}", "me quiero morir", "quisiera morir{,me}", "matarme", "me voy a matar",
        "quitarme la vida", "acabar con mi vida", "cortarme|cortarse las venas", "autolesi*",
    ],
    "drugs": [
        "cerveza{,s}", "copa|copas|botella|botellas|vaso|vasos de vino{,s}", "el|un|del|su|mucho vino",
        "vino tinto|blanco", "vinos", "alcohol", "alcohólic*", "borrach*", "emborrach*", "vodka", "whisky",
        "tequila", "cocaína", "marihuana", "cannabis", "porro{,s}", "droga{,s}", "drogad*", "drogarse",
        "cigarrillo{,s}", "cigarro{,s}", "tabaco", "lsd", "opio", "metanfetamina",
    ],
    "hate": [
        "nazi{,s}", "heil hitler", "raza superior", "raza{,s} inferior{,es}", "limpieza étnica", "infrahumano{,s}",
        "sudaca{,s}", "maricón", "maricones", "negrata{,s}",
    ],
}

ALLOW = [
    "guerra|pelea|batalla|guerras|peleas|batallas de almohadas|cojines", "guerra|pelea|batalla de bolas de nieve",
    "guerra|pelea|batalla de agua", "pistola{,s} de agua|burbujas", "espada{,s} de juguete|madera|cartón|plástico|espuma|papel|goma",
    "con|en forma de espada", "ballena{,s} asesina{,s}", "muerto|muerta|muertos|muertas de risa|sueño|cansancio|hambre",
    "morirse|morir|muero|mueres|muere|morimos|mueren|moría|murió de risa|ganas|hambre|sueño|frío|calor|aburrimiento",
    "me muero de ganas", "calor|frío|susto de muerte", "ataque{,s} de risa|cosquillas",
    "monstruo{,s} de las galletas|cosquillas", "matar el tiempo", "hoja{,s} muerta{,s}", "naturaleza muerta",
    "soldadito{,s} de plomo", "bomba{,s} de baño", "sin miedo", "un solo", "una sola", "tan solo", "no solo",
]

CUES = {
    "negation": ["no", "nunca", "jamás", "sin", "nadie", "nada", "ni", "tampoco", "ya no", "nunca más", "nada de"],
    "soothing": [
        "superó", "superar", "supera*", "vence", "vencen", "venció", "vencer", "derrota*", "se fue", "se fueron", "desapareci*", "desaparec*", "valiente{,s}", "valentía",
        "resultó", "solo era", "sólo era", "era solo", "amable{,s}", "simpátic*", "amistos*", "sonri*", "sonreí*",
        "rió", "reír", "reía", "risa*", "carcaj*", "abraz*", "acurruc*", "tranquil*", "calm*", "segur*", "dulce{,s}",
        "juguet*", "adiós", "lucecita", "dormilón", "gentil*", "cariños*", "tiern*", "divertid*", "gracios*",
    ],
    "companion": [
        "amig{o,a,os,as}", "amiguit*", "junt{o,a,os,as}", "compañer*", "ayudante{,s}", "nosotros", "nosotras", "todos",
        "de la mano", "mamá", "papá", "madre", "padre", "padres", "abuel*", "herman*", "familia", "maestr{o,a}",
        "búho{,s}", "lechuza{,s}", "gat{o,a,os,as,ito,itos}", "perr{o,a,os,ito,itos}", "cachorr*", "conej*", "zorr{o,a,os}",
        "oso{,s}", "osit*", "hada{,s}", "dragón", "dragones", "unicornio{,s}", "cabra{,s}", "ciervo{,s}", "ardilla{,s}",
        "ratón", "ratones", "ratoncit*", "pájaro{,s}", "caballo{,s}", "poni{,s}", "tortuga{,s}", "delfín", "delfines",
        "robot{,s}", "duende{,s}", "gigante", "mago", "guardián", "guardianes", "erizo{,s}", "rana{,s}", "pato{,s}",
    ],
    "distress": [
        "llor*", "lágrima{,s}", "triste{,s}", "tristeza", "oscur*", "frío", "fría", "nadie", "asustad*", "miedo",
        "tembl*", "preocupad*", "noche", "hambre", "ningún sitio", "olvidad*", "vací{o,a}",
    ],
    "subject": ["él", "ella", "ellos", "ellas", "yo", "nosotros"],
    "target": [
        "él", "ella", "ellos", "ellas", "niñ{o,a,os,as}", "bebé{,s}", "mamá", "papá", "madre", "padre", "herman{o,a,os,as}",
        "amig{o,a,os,as}", "gente", "persona{,s}", "alguien", "todos", "hombre{,s}", "mujer{,es}", "maestr{o,a}",
        "abuel{o,a}", "chic{o,a,os,as}", "rey", "reina", "príncipe", "princesa", "caballero{,s}", "guardia{,s}",
        "soldado{,s}", "granjero{,s}", "aldeano{,s}", "cazador{,es}", "pirata{,s}", "prisionero{,s}", "hacerle", "hacerlo", "hazle", "hazlo",
    ],
    "clitic": ["lo", "la", "los", "las", "le", "les", "me", "te", "nos"],
    "determiner": [
        "el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "estos", "estas", "ese", "esa", "esos",
        "esas", "su", "sus", "mi", "mis", "tu", "tus", "del", "al", "gran", "cada", "otra", "otro", "aquella", "aquel",
    ],
}

SUFFIXES = ("aron", "ieron", "ando", "iendo", "ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida", "aba",
            "aban", "ían", "ía", "amos", "ar", "er", "ir", "as", "es", "os", "an", "en", "a", "o", "e", "s", "ó", "é")

ANALYSIS = {
    "strong": {
        "graphic": "asesin~ asesinat apunal acuchill decapit degoll descuartiz masacr matanz tortur estrangul cadaver mutil",
        "sexual": "sexo sexual sexy porno~ pornograf~ erotic orgasm masturb~ =pene vagina genital violador pedofil~ pederast~ prostitut~ =puta =putas",
        "self_harm": "suicid~ autolesion",
        "drugs": "cocain~ marihuan~ cannabis =porro =porros alcohol alcoholic borrach emborrach vodka whisky tequila cerveza droga drogad cigarrill cigarr tabaco opio lsd metanfetamin",
        "hate": "nazi =sudaca =sudacas =maricon =maricones =negrata infrahuman",
        "inappropriate": "mierda joder gilipollas cabron",
    },
    "weak": {
        "graphic": "sangre cuchillo =muerto =muerta =matar",
        "sexual": "desnud =violó =violar =violaron =violación",
    },
    "phrases": {
        "self_harm": ["quiero|quisiera morir{,me}", "me quiero morir", "quiero estar muerto|muerta", "matarme", "me voy a matar",
                      "quitarme la vida", "acabar con mi vida", "cortarme|cortarse las venas", "hacerme|hacerse daño", "me odio",
                      "nadie me echaría de menos"],
        "graphic": ["sangre por todas partes", "charco|charcos de sangre", "baño de sangre", "cubierto|cubierta|cubiertos de sangre"],
        "sexual": ["hacer el amor", "tener sexo"],
        "hate": ["heil hitler", "raza superior", "raza{,s} inferior{,es}", "limpieza étnica", "poder blanco",
                 "odio a los judíos|musulmanes|gitanos|inmigrantes|negros"],
        "drugs": ["drogarse", "emborracharse", "fumar porros", "esnifar"],
    },
    "harm_severe": "=mato =mató =matan =mataron =matar =matarlo =matarla =matarle =matarlos =matando =mataba =mataban asesin apunal acuchill dispar estrangul ahog degoll sangr",
    "harm_target": "=matarlo =matarla =matarle =matarlos =matarlas =asesinarlo =asesinarla =apuñalarlo =apuñalarla =dispararle =estrangularlo =estrangularla =ahogarlo =ahogarla",
    "harm_mild": "golpe =pegó =pegar =pega =pegaba =pateó =patear =hirió =herir =hiere =mordió =muerde =lastimó =lastimar",
    "aux": "fue fueron era estaba estaban ha han había haber hacer hizo hace hazlo hazle hacerle hacerlo ser sido quedó",
    "blood": "sangre sangrient sangr",
    "spread": ["por todas partes", "por todos lados", "charc", "cubiert", "chorre", "salpicad", "empapad", "manchad", "mucha", "ríos"],
    "weapon": "cuchill navaj pistol espad hach escopet rifle fusil machete motosierr",
    "reflexive": "=me",
    "self_severe": "=matar =mato =suicidar",
    "self_mild": "=lastimar",
    "intent": "quiero quiere quería voy va vas intentar intento querer quisiera ojalá propósito",
    "drink": "=bebió =bebe =beber =bebía =bebían =bebieron =tomó =tomaba =tomar",
    "smoke": "fum",
    "smokable": "porro porros marihuan cigarr cigarrill",
    "touch": "toc acarici =lamió =lame",
    "private": ["genital", "genitales", "entrepierna", "partes íntimas", "partes privadas", "calzoncillos", "bragas"],
    "secret": "secreto secretos",
    "groups": "=judíos =musulmanes =gitanos =inmigrantes =negros =moros =sudacas =homosexuales =gays =árabes =refugiados",
    "dehuman": "=ratas =cucarachas =parásitos =basura =escoria =infrahumanos =inferiores =plaga =alimañas extermin",
    "hate_verbs": "extermin",
    "intensity": "muy tan mucho muchísimo brutal brutalmente salvajemente terriblemente totalmente",
}

NEAR_MISS = ["cocina", "cocinas", "cocinar", "cocino", "cocinaba", "cocinero", "cocinera", "tortuga", "tortugas", "tortilla", "mate", "mates", "matemáticas", "matorral", "violín", "violeta",
             "violetas", "viola", "volar", "asesor", "sexto", "sexta", "pena", "porrazo", "heroína", "heroínas",
             "lastima", "disparate", "disparates", "quemado"]

IMAGE = {
    "child": ["niñ{o,a,os,as}", "niñit*", "héroe", "heroína", "bebé{,s}", "princesa", "príncipe", "chic{o,a,os,as}",
              "hij{o,a}", "protagonista"],
    "companion_phrase": "con amigables animalitos a su lado",
    "soften": """
        oscur{o,a,os,as} = luminos{o,a,os,as}
        oscuridad = luz suave :f
        sombrí{o,a,os,as} = soñador{,a,es,as}
        sombra{,s} = luz suave/luces suaves :f
        calavera{,s} = concha{,s} :f
        esqueleto{,s} = espantapájaros :m
        tumba{,s} = cama{,s} de flores :f
        cementerio{,s} = jard{ín,ines} de flores :m
        tormentos{o,a,os,as} = ventos{o,a,os,as}
    """,
}

COMPANIONSHIP = """
    completamente solo/completamente sola = junto a sus amigos
    solito/solita/solitos/solitas = con sus amigos
    sola/solas/solos = con sus amigos
    estaba solo/está solo/se quedó solo = estaba con sus amigos/está con sus amigos/se quedó con sus amigos @distress
    estaba solo en/está solo en/se quedó solo en = estaba con sus amigos en/está con sus amigos en/se quedó con sus amigos en
    por sí sola/por sí solo = con sus amigos
    se perdió/se perdieron = se fue de exploración con sus amigos/se fueron de exploración con sus amigos
    estaba perdido/estaba perdida = estaba explorando con sus amigos/estaba explorando con sus amigos
    no había nadie/nadie estaba allí = sus amigos estaban cerca/sus amigos estaban cerca
"""

INJECTION = [
    r"\b(?:ignora|ignore|ignorad|olvida|olvide|olvidad|omite|saltate|salta)\s+(?:(?:todas?|tus|las|los|sus|mis|de)\s+)*(?:instrucciones|indicaciones|ordenes|directrices)\b",
    r"\b(?:ignora|ignore|ignorad|olvida|olvide|olvidad|omite)\s+(?:(?:todas?|tus|las|sus)\s+)*(?:reglas|normas)\s+(?:anteriores|previas|de\s+arriba|del\s+sistema|de\s+seguridad)\b",
    r"\b(?:ignora|olvida|olvide)\s+tus\s+(?:reglas|normas)\b",
    r"\bhaz\s+caso\s+omiso\s+(?:de|a)\s+(?:todas?\s+)?(?:las\s+|tus\s+)?(?:instrucciones|reglas|normas)\b",
    r"(?:^|(?<=[.!?:\n]))\s*(?:ahora|a\s+partir\s+de\s+ahora)\s+eres\s+(?:(?:un|una|mi)\s+)?(?:ia|asistente|chatbot|modelo|dan|libre\s+de|sin\s+(?:reglas|restricciones|filtros))\b",
    r"\b(?:actua|comportate|responde)\s+como\s+(?:si\s+fueras\s+)?(?:una?\s+)?(?:ia|asistente|chatbot|modelo|sistema|desarrollador)\b",
    r"\b(?:prompt|mensaje|instrucciones)\s+(?:del|de)\s+sistema\b",
    r"\bmodo\s+(?:desarrollador|dios|dan|sin\s+restricciones)\b",
    r"\b(?:muestra|revela|repite|dime)(?:me)?\s+(?:tus|las)\s+instrucciones\b",
    r"\bnuevas\s+instrucciones\s*:",
]

# Situations told without harmful words (see scenarios.py): parts in order, each at
# most a few words after the last, in one sentence.
SCENARIOS = {
    "graphic": [
        "no|nunca ... vuelva|vuelve|volvio|volvera|vuelvan|volvieran a despertar*",
        "nunca mas ... despierte|despierten|despertara|despertaran|despertar",
        "asegura|asegure|aseguro|asegurarse ... que ... nunca|no ... despierte|despierta|respire|respira|vuelva",
        "enterr* ... vivo|viva|vivos|vivas",
        "quem*|ardiendo ... vivo|viva|vivos|vivas",
        "corta|corto|cortan|cortaron|trocean|troceo ... a|al ... en ... pedazos|trozos|cachitos",
        "descuartiz*",
        "hace|hizo|hacen|hicieron ... pedazos|trocitos ... nino|nina|ninos|ninas|perro|gato|conejo",
        "despellej*|desoll*",
        "aplast*|revent*|machac*|abr* ... la cabeza|el craneo",
        "hacha|motosierra|machete ... padres|madre|padre|mama|papa|familia|hermano|hermana",
        "mata|mato|matan|mataron|matara|matar|matarlos|matarlas|asesina|asesino ... a ... sus ... padres|hermanos|abuelos",
        "mata|mato|matan|mataron|matar ... a ... su ... madre|padre|mama|papa|hermano|hermana|perro|perrito|gato|gatito",
        "envenen* ... perro|perrito|gato|gatito|mama|papa|hermano|hermana|abuela|abuelo",
        "con ... detalle ... mata*|matan|sangre|muerte|muere|mueren|despellej*",
        "cocin*|coc{e,ina,inan}|hierv* ... a los ... ninos|ninas",
    ],
    "self_harm": [
        "quitar|quitarse|quitarme|quita|quito ... la vida",
        "se ... corta|corto|cortaba|cortar|raja|rajo ... muneca|munecas|venas|brazos|piel",
        "cortarse ... muneca|munecas|venas|brazos",
        "se ... tira|tiro|lanza|lanzo|arroja|arrojo ... del|desde ... puente|tejado|balcon|acantilado|ventana",
        "tomandose|tomarse|toma|tomo|trag* ... todas ... pastillas|pildoras",
        "pastillas|pildoras ... para ... no ... despertar",
        "nadie ... echaria|echara|echarian|extranaria ... menos",
        "estarian|estaria|estaran|estan|estarias ... mejor ... sin",
        "ahorc*|colgarse",
        "se ... hace|hizo|hacia ... dano ... a proposito",
        "desaparecer ... para siempre ... nadie",
    ],
    "sexual": [
        "follar|follan|follando|folla|follaron|follo|polvo ... toda la noche",
        "se ... desnudan|desnuda|desnudo ... y ... follan|tocan|besan",
        "desnud* ... hombre|hombres|mujer|mujeres|adultos|mayores|senor|senora",
        "tetas|teta|coño|cono|chocho|pene|pollas",
        "secreto ... toca*|rodillas|regazo|desnud*|bragas|calzoncillos",
        "caramelos|dulces|golosinas|chuches|regalo|regalos ... si ... rodillas|regazo|toca*|desnud*",
        "sienta|siente|sentarse|siento ... en ... sus|mis ... rodillas|piernas ... no ... cuenta|cuentes|diga|digas",
        "toca|toco|tocar|tocarle ... donde ... nadie",
        "quita|quitale|quitarse|baja|bajale ... bragas|calzoncillos",
    ],
    "drugs": [
        "fum*|esnif*|vend*|pasa|pasan|compra* ... porro|porros|farlopa|mota|canuto|canutos|perico|hachis|maria",
        "esnif*|aspira* ... coca|cocaina|farlopa|polvo|raya|rayas",
        "lia|lian|liar|lio ... porro|porros|canuto|canutos",
        "se ... emborrach*|colocan|drogan|drogaba|pican|chutan",
        "borrach*|colocad*|fumad* ... ninos|ninas|crios",
        "polvos|polvo ... magicos ... coca|cocaina|farlopa|nariz",
    ],
    "hate": [
        "gitanos|musulmanes|judios|negros|moros|inmigrantes|mexicanos|chinos|extranjeros|sudacas|panchitos|arabes|rumanos|africanos ... son ... ladrones|sucios|criminales|terroristas|vagos|ratas|animales|basura|inferiores|tontos|peligrosos|malos",
        "echa|echan|echar|expulsa*|persigue* ... gitanos|musulmanes|judios|moros|inmigrantes|extranjeros|negros",
        "gitanos|musulmanes|judios|moros|inmigrantes|extranjeros ... fuera ... pueblo|pais|aqui",
        "ninas|mujeres|chicas ... no ... sirven",
        "ninas|mujeres|chicas ... solo ... fregar|cocina|cocinar|limpiar",
        "mujeres|ninas ... a la cocina",
        "menos ... inteligentes|listos|listas ... que",
        "pedradas ... gitanos|moros|negros|inmigrantes",
    ],
    "violence": [
        "da|dio|dan|dieron|pega|pegan|pego ... paliza ... nino|nina|hermano|hermana|companero|companera|nuevo|nueva",
        "rompe|rompio|parte|partio|romperle ... nariz|dientes|cara|boca",
        "punetazo|punetazos|patada|patadas|bofetada|bofetadas ... cara|estomago|barriga|boca|cabeza",
        "dan|dio|dieron ... golpes ... hasta",
        "quita|quitan|robaba|roban|roba ... dinero ... almuerzo|merienda",
    ],
    "fear": [
        "payaso|payasos ... diabolico|diabolicos|asesino|asesinos|malvado|malvados",
        "persigue|persiguen|perseguia ... ninos|ninas ... comer|comerselos|matar",
        "secuestr*|rapta|rapto|raptan ... nino|nina|ninos|ninas|le|lo|la|los|las",
        "encierra|encerro|encierran|encerrada|encerrado ... sotano|cueva|jaula|armario ... ratas|aranas|oscuras|siempre",
        "se ... los|las ... va|van ... a comer",
    ],
    "isolation": [
        "nadie ... quiere|queria ... ser amigo|amiga",
        "abandon*|deja|dejan|dejaron ... en ... bosque|carretera|autopista|gasolinera|calle ... solo|sola|y se",
        "encerrado|encerrada ... solo|sola ... todo",
    ],
    "family": [
        "se ... fue|va|marcho|ha ido ... con ... otra|otro ... mujer|hombre",
        "nunca ... volvera|regresara|volver|vuelve",
        "no ... volvera|regresara ... nunca|jamas",
        "nunca ... quiso|quise|quisimos|quiere ... tener",
        "ya no ... quiere|ama|quiso ... a",
        "no ... le ... quiere|quiso|ama ... nada",
    ],
    "medical": [
        "sufre|sufrio|tiene|tuvo ... infarto|derrame",
        "sin ... poder ... respirar",
        "abr*|raja*|corta* ... barriga|tripa|pecho|vientre",
        "sin ... anestesia",
        "medicos|medico|doctores|doctor ... dicen|dijo|dice ... morira|morir|muera",
        "no ... sobrevivir*|sobrevivira",
        "leucemia|cancer ... morira|morir|pelo",
        "arranca|arranco|arrancan ... dientes|muelas",
    ],
}
