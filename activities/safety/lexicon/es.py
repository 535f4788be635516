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
        pendej{o,a,os,as} = bob{o,a,os,as}
        pinche = -
        hostia{,s} = caramba
        capullo{,s} = bobo{,s}
        tont{o,a,os,as} del culo = bob{o,a,os,as}
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
    # el vino guardado en la bodega o la mazmorra, que nadie bebe
    "guardan|guardaban|guarda|guardaba|guardar|almacenan|almacena|almacenaba|almacenaban|conservan|conserva|conservaba el|los vino|vinos",
    # cocina y juego: "cortarles la cabeza a las zanahorias", "las cosquillas asesinas"
    "cortarles|cortarle|corta|cortan|cortar la|las cabeza|cabezas a|al las|los zanahorias|rábanos|pescados|gambas|fresas|cebollas|puerros",
    "cosquillas|calcetines|zapatillas asesinas|asesinos",
    "guerra|pelea|batalla|guerras|peleas|batallas de almohadas|cojines", "guerra|pelea|batalla de bolas de nieve",
    "guerra|pelea|batalla de agua", "pistola{,s} de agua|burbujas", "espada{,s} de juguete|madera|cartón|plástico|espuma|papel|goma",
    "con|en forma de espada", "ballena{,s} asesina{,s}", "orca{,s} asesina{,s}", "muerto|muerta|muertos|muertas de risa|sueño|cansancio|hambre",
    "me muero de ganas",
    # "la clase de piano es una tortura", "¡qué tortura de viaje!": algo pesado, no un daño
    "es|era|son|eran|fue|sera|seria|parece|parecia|resulta|resultaba una|un tortura|torturas|martirio|suplicio",
    "es|era|son|eran|fue|sera|seria|parece|parecia|resulta|resultaba una|un autentica|verdadera|pequena|pura|menuda tortura|martirio|suplicio",
    "que|menuda|vaya tortura|martirio|suplicio de|del|esperar|esperando",
    "de infarto",
    "morir|morirme|morirse|morirte|muero|mueres|muere|morimos|mueren|moria|morian|murio|murieron|muriendo|muera|mueran|moriria|moririamos de risa|ganas|hambre|sueno|verguenza|calor|aburrimiento|envidia|curiosidad|asco|cansancio|sed|alegria",
    "calor|frio|susto|aburrimiento de muerte", "esta|estaba|estan|estaban de muerte",
    "vence|vencio|vencer|vencia|supera|supero|superar|superaba sus|las|su|tus|mis pesadilla{,s}|miedo{,s}",
    "dibuj* al|un|el|una|los|unos|a|su|sus monstruo{,s}", "ataque{,s} de risa|cosquillas",
    "monstruo{,s} de las galletas|cosquillas", "matar el tiempo", "hoja{,s} muerta{,s}", "naturaleza muerta",
    "soldadito{,s} de plomo", "bomba{,s} de baño", "sin miedo", "un solo", "una sola", "tan solo", "no solo",
    # caerse o sentarse de culo (de bruces, de espaldas), el culo de un vaso, un culo inquieto
    "cae|cayo|caer|caerse|cayeron|caen|cayendo|caia|caigo|caes|sienta|sento|sentar|sentarse|sentaba|aterriza|aterrizo de culo",
    "culo del|de la|el vaso|vasos|botella|botellas|sarten|olla|cazo", "culo inquieto", "culo de mal asiento",
    # matar piezas en el ajedrez o el parchís ("le mató la torre con el alfil")
    "le|me|te|nos|les mata|matan|mato|mataron|mataba|matar|matas|matamos la|el|una|un|mi|tu|su|dos|tres|otra reina|torre|alfil|peon|dama|ficha|fichas|peones|torres|alfiles",
    # "una masacre de faltas", "el examen fue una masacre": algo que sale muy mal, no una
    # matanza ("la batalla fue una masacre" sigue rechazada)
    "masacre{,s}|matanza de|del faltas|errores|fallos|suspensos|goles|tachones|ortografia|ceros|cates|notas|preguntas|deberes|rebajas|precios|cuentas|problemas|tildes",
    "examen{,es}|dictado|control|partido|partida|prueba|evaluacion|ejercicio|deberes|notas|torneo|concurso|final|recreo|peluquero|peluqueria|corte fue|es|era|sera|resulto|parece|parecia una|la masacre",
    "examen{,es}|dictado|control|partido|partida|prueba|evaluacion|ejercicio|deberes|notas|torneo|concurso|final|recreo|peluquero|peluqueria|corte fue|es|era|sera|resulto|parece|parecia una|la autentica|verdadera|pura|menuda|completa|total masacre",
    "examen{,es}|dictado|control|partido|partida|prueba|evaluacion|ejercicio|deberes|notas|torneo|concurso|final|recreo|peluquero|peluqueria|corte ha|habia sido una|la masacre",
    "examen{,es}|dictado|control|partido|partida|prueba|evaluacion|ejercicio|deberes|notas|torneo|concurso|final|recreo|peluquero|peluqueria|corte ha|habia sido una|la autentica|verdadera|pura|menuda masacre",
    # una nariz o una rodilla que sangra ("le sangra la nariz", "me sangra el dedo"): sangrar
    # no se le hace a nadie
    "me|te|le|nos|os|les sangra|sangraba|sangro|sangran|sangraban|sangraron el|la|los|las|un|una|mucho|muchisimo|todavia|aun|otra|bastante|poco|poquito",
    # disparar al balón o a puerta es fútbol ("le dispara al balón y marca un gol")
    "le|les dispara|disparo|disparan|dispararon|disparaba|disparar al balon|arco|aro",
    "le|les dispara|disparo|disparan|dispararon|disparaba|disparar a la pelota|puerta|porteria|canasta",
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
# most a few words after the last, in one sentence. The personal "a" ("cocinó al
# gato", "ahogó a los gatitos") tells a living victim from a thing ("cortó la tarta
# en trozos"), so victims are matched right after it. Left out on purpose: "le dio una
# paliza" alone (sports: "les dimos una paliza"), "comer a los niños" (also "dar de
# comer a los niños"), "patada ... en la barriga" (a baby kicking), "perico" and
# "mota" alone (a parakeet, a speck), "colocados" (also "well placed"), "maría",
# "polla", "paja(s)", "coger", the dragon who kidnaps a princess, the hunter and the
# wolf, the ogre of fairy tales only when he eats children, "que le corten la cabeza".
_VICTIM_M = "nino|ninos|nene|nenes|crio|crios|bebe|bebes|hermano|hermanos|hermanito|hermanitos|hijo|hijos|perro|perros|perrito|perritos|gato|gatos|gatito|gatitos|cachorro|cachorros|conejo|conejos|conejito|conejitos|pollito|pollitos|pajaro|pajaros|pajarito|pajaritos|hamster"
_VICTIM_F = "nina|ninas|nena|nenas|hermana|hermanas|hermanita|hermanitas|hija|hijas|perra|perrita|perritas|gata|gatita|gatitas|bebe|bebes|mascota|mascotas"
_PERSON = "nino|nina|ninos|ninas|nuevo|nueva|nuevos|companero|companera|companeros|companeras|hermano|hermana|hermanito|hermanita|hermanos|primo|prima|primos|amigo|amiga|amigos|chico|chica|chicos|chicas|crio|cria|crios|bebe|mama|papa|madre|padre|abuelo|abuela|profe|profesor|profesora|maestro|maestra|vecino|vecina|perro|perrito|gato|gatito|mujer|esposa|novia|hijo|hija|hijos|pequeno|pequena|gordito|gordita|empollon|empollona"
_FAMILY = "padres|madre|padre|mama|papa|familia|hermano|hermana|hermanos|hermanas|hermanito|hermanita|abuelo|abuela|abuelos|hijos|hijo|hija|hijas|mujer|esposa|marido"
_GROUP = "gitanos|gitanas|judios|judias|musulmanes|musulmanas|moros|negros|sudacas|chinos|arabes|inmigrantes|extranjeros|extranjeras|rumanos|rumanas|latinos|latinas|indios|gays|gais|maricas|maricones|homosexuales|lesbianas|bolleras|refugiados|refugiadas|africanos|africanas|marroquies|panchitos|asiaticos|asiaticas|mexicanos|mexicanas|indigenas|payos|cristianos|catolicos|ateos|negratas|ecuatorianos|colombianos|peruanos|venezolanos|bolivianos|paquistanies|pakistanies|senegaleses"
_GROUP_DET = "los|las|unos|unas|esos|esas|estos|estas|todos|todas|aquellos|aquellas"
_INSULT = "ladrones|ladronas|rateros|chorizos|sucios|sucias|guarros|guarras|cerdos|cerdas|vagos|vagas|criminales|delincuentes|terroristas|tontos|tontas|estupidos|estupidas|idiotas|animales|ratas|cucarachas|basura|escoria|inferiores|peligrosos|peligrosas|mentirosos|mentirosas|asquerosos|asquerosas|parasitos|plaga|subnormales|brutos|brutas|tacanos|avaros|salvajes|monos|bestias|malvados|malvadas|enfermos|enfermas|anormales|degenerados|degeneradas|violadores|apestosos|apestosas|invasores|pecadores|inutiles|gentuza|chusma"

SCENARIOS = {
    "graphic": [
        "no|nunca|jamas ... volv*|vuelv* a despertar|despertarse ... nunca|jamas",
        "nunca|jamas volvio|volvieron|volvera|volveran|volveria|volverian a despertar|despertarse",
        "no|nunca ... despertara|despertase|desperto|despertaron|despertaria|despertarse|despertaran ... nunca mas",
        "no|nunca ... despertara|despertase|desperto|despertaron|despertaria|despertarse|despertaran ... jamas",
        "asegur* ... que ... no|nunca ... volv*|vuelv* a respirar",
        "asegur* ... que ... no|nunca ... despierte|despierten|despertara|despertase|respire|respirara",
        "hasta que ... dej*|paro|pararon|parara ... de respirar|patalear",
        "dej*|paro|pararon ... de respirar ... para siempre",
        "enterr*|sepult*|quem* vivo|viva|vivos|vivas",
        "enterr*|sepult*|quem* a|al ... vivo|viva|vivos|vivas",
        "cort*|despedaz*|trocea* a|al ... en pedazos|trozos|pedacitos|trocitos|cachitos",
        "le|les corta|cortan|corto|cortaron|cortaba|cortaban|cortar|cortara|cortaria|arranca|arrancan|arranco|arrancaron|arrancaba|arrancar la|el|los|las cabeza|cuello|garganta|lengua|ojos|orejas",
        "cortarle|cortarles|arrancarle|arrancarles la|el|los|las cabeza|cuello|garganta|lengua|ojos|orejas",
        "le|les sac*|arranc* los|el|las ojos|corazon|tripas|intestinos|higado",
        "despellej*|desoll* a|al|vivo|viva|vivos|vivas",
        "con detalle|detalles ... como ... matan|mata|mato|mataron|matar|matarla|matarlo|despellej*|desoll*|tortur*|descuartiz*",
        "sangrient*|macabr*|escabros* ... detalle|detalles",
        "detalle|detalles ... sangrient*|macabr*|escabros*",
        "le|les aplast*|revent*|machac*|destroz* la|el cabeza|craneo|cara|cuello",
        "aplast*|revent*|machac* ... sesos|craneo",
        "desangr*",
        "abr*|raj* ... en canal",
        "ahog* al " + _VICTIM_M,
        "ahog* a los|las|su|sus|la|un|una|unos|unas|mi|tu " + _VICTIM_M + "|" + _VICTIM_F,
        "envenen* al " + _VICTIM_M + "|" + _FAMILY + "|profe|maestro|vecino|amigo|companero",
        "envenen* a los|las|su|sus|la|mi|tu " + _VICTIM_M + "|" + _VICTIM_F + "|" + _FAMILY + "|profe|maestro|maestra|vecino|vecina|amigo|amiga|companero|companera",
        "veneno|matarratas|raticida|lejia ... en ... comida|cafe|sopa|leche|biberon|zumo|bebida|vaso|plato|tarta|cena ... de|del ... " + _FAMILY + "|abuel*|profe*|maestr*|vecin*|madrastra|padrastro|bebe|perr*|gat*",
        "dispar* al ciervo|cervatillo|venado|corzo|pajaro|pajarito|conejo|conejito|elefante",
        "dispar* a los|las|un|una|su|sus|la ciervos|cierva|ciervas|cervatillo|cervatillos|venado|venados|corzo|pajaro|pajaros|pajarito|pajaritos|conejo|conejos|conejito|conejitos|ardilla|ardillas|elefante|elefantes",
        "mata|mato|matan|mataron|matar|matara|mataba|atac*|persig*|perseg*|amenaz*|golpea|golpeo|golpeaba|apunal* ... " + _FAMILY + " ... con ... hacha|machete|motosierra|cuchillo|cuchillos|navaja|escopeta|martillo",
        "hacha|machete|motosierra ... mata|mato|matan|mataron|matar|matara|mataba|descuartiz*|cort* ... " + _FAMILY,
        "le|les|se clav* ... cuchillo|tijeras|navaja|punal|daga|espada|tenedor|destornillador ... en ... ojo|ojos|cuello|barriga|pecho|espalda|corazon|garganta|tripa|cara|estomago",
        "estofado|guiso|sopa|caldo|pastel|empanada|asado de nino|ninos|nina|ninas|bebe|bebes|gatito|gatitos|perrito|perritos|gato|perro",
        "meti*|mete|meten|echo|echaron|echa|tiro|tiraron|tira a|al ... nino|nina|ninos|ninas|bebe|bebes|gato|gatito|gatitos|perro|perrito|perritos|hermano|hermana|hermanito|hermanita|hamster ... horno|olla|caldero|cazuela|sarten|microondas|lavadora",
        "gusta|gustaba|encanta|encantaba|divierte|divertia|disfruta|disfrutaba ... sufrir|torturar|quemar|pisar|ahogar|aplastar|pegar|patear ... animales|animalitos|gato|gatos|gatito|gatitos|perro|perros|perrito|perritos|pajaros|pajaritos|hormigas|mascota|mascotas|conejo|conejos|bichos|ranas",
        "arranc* las|sus alas|patas ... a|al ... mariposa*|mosca*|pajar*|pollit*|hormiga*|insecto*|arana|aranas",
        "lo|la|le|los|las|les ahorc*",
        "quit* la vida",
        "prend*|peg* fuego al " + _VICTIM_M,
        "prend*|peg* fuego a los|las|su|sus|la|un|una " + _VICTIM_M + "|" + _VICTIM_F,
        "quem* al " + _VICTIM_M,
        "quem* a los|las|su|sus|la|un|una " + _VICTIM_M + "|" + _VICTIM_F,
    ],
    "self_harm": [
        "quitarse|quitarme|quitarte|quitarnos|quitarle la vida",
        "se|me|te ... quit* la vida",
        "tom*|trag*|beb*|com* ... todas las pastillas|pildoras|medicinas|medicamentos|pastis de|del",
        "se|te|me trago|tragaba|traga|tragan|tragaron ... todas las pastillas|pildoras|pastis",
        "tom*|trag*|beb* ... bote|frasco|caja|tarro|blister entero|entera de pastillas|pildoras|medicinas|jarabe",
        "pastillas|pildoras|pastis ... no ... volver a despertar|despertarse|despertar",
        "pastillas|pildoras|pastis ... para ... dormir para siempre",
        "se|me|te corta|corto|cortaba|cortan|cortaron|cortara|cortaria|cortando|raja|rajo|rajaba las|sus munecas|venas",
        "cortarse|cortarme|cortarte|rajarse|rajarme las|sus munecas|venas|brazos|piernas",
        "se|me|te hace|hacia|hizo|hacen|hago|hacian|hice cortes ... brazos|piernas|munecas|muslos|barriga",
        "se|me|te hace|hacia|hizo|hacen|hago|hacian|hice dano|heridas|cortes ... a proposito|aposta|adrede",
        "se|me|te lastima|lastimaba|lastimo|lastiman|lastimaban|corta|cortaba|quema|quemaba|arana|aranaba|golpea|golpeaba ... a proposito|aposta|adrede",
        "se|me|te corta|corto|cortaba|lastima|lastimaba|lastimo|hace|hacia|hizo|quema|quemaba|quemo ... para no sentir nada",
        "castigarse|castigarme ... cort*|dano|lastim*|quem*|golpe*",
        "se|me|te tira|tiro|tiraba|tiraron|tirara|tire|lanza|lanzo|lanzaba|lanzara|arroja|arrojo|arrojaba|arrojara ... del|desde|por ... puente|balcon|ventana|azotea|tejado|acantilado|precipicio|edificio|terraza ... nadie|triste|tristeza|morir|morirse|matarse|acabar|vida|suicid*|desesper*",
        "tirarse|tirarme|lanzarse|lanzarme|arrojarse|arrojarme ... del|desde|por ... puente|balcon|ventana|azotea|tejado|acantilado|precipicio|edificio|terraza",
        "se|me|te tira|tiro|tiraba|tirara|lanza|lanzo|lanzaba|arroja|arrojo|tirarse|tirarme|lanzarse|arrojarse ... delante|debajo|bajo ... tren",
        "se|me|te|nos ahorc*",
        "ahorcarse|ahorcarme|ahorcarte|ahorcarnos",
        "soga|sogas al|alrededor cuello",
        "nadie ... me|lo|la|te|le echaria|echara|echaran|echarian de menos",
        "nadie me|lo|la|te|le extranaria|extranara|extranarian|extranaran",
        "estarian|estaria|estariais|estariamos|vivirian|viviriais|serian ... mejor sin mi|el|ella",
        "quiere|queria|quiero|quisiera|quiso|intento|intenta|intentaba|penso|pensaba|piensa|desea|deseaba|planea|planeaba ... matarse|suicidarse|morirse|matarme",
        "se|me|te quiere|queria|quiero|quiso|quisiera|intento|intenta|intentaba matar|morir",
        "acab*|termin*|fin ... propia vida",
        "desaparecer|esfumarse|morir|morirse ... para siempre ... porque ... nadie",
        "cortes|cicatrices ... bajo|debajo|con|tapa|tapaba|esconde|escondia|oculta|ocultaba ... manga|mangas",
        "manga|mangas ... tapar|esconder|ocultar|tapa|tapaba|esconde|escondia ... cortes|cicatrices",
    ],
    "sexual": [
        "follar|follan|folla|follo|follaron|follando|follaba|follaban|follamos|follarse|follarla|follarlo|follarte|follame|follada|follado",
        "mamada|mamadas|chupapollas|chupamela",
        "se|me|te|le|les hace|hacen|hizo|hacia|hacian|hicieron|hago una|unas paja|pajas",
        "hacerse|hacerte|hacerme|hacerle una|unas paja|pajas",
        "ensen*|mostr*|muestra|muestran|soba|sobaba|sobar|sobo|sobarle|toca|tocaba|toco|tocar|tocarle|tocarte|chup*|lam* ... las|sus|los|el|su|tus|mis tetas|pechos|chichis|pezones|pene|vagina|pilila|chocho|polla",
        "ensen*|mostr*|muestra|muestran|toc*|acarici*|ver|mirar|mira|miraba ... partes|zonas intimas|privadas",
        "desnud*|desvist* ... se besan|besaron|besaban|besarse|besandose|acarician|acariciaron|tocan|tocaron|tocaban|lamen|lamieron",
        "caramelo|caramelos|chuche|chuches|chucherias|golosina|golosinas|dulces|regalo|regalos|regalito|regalitos|dinero|moneda|monedas|helado|helados|chocolate|chocolates|juguete|juguetes|premio ... si ... rodillas|regazo|desnud*|desvist*|tocarte|tocarle|tocarme|bragas|braguitas|calzoncillos",
        "rodillas|regazo|desnud*|desvist*|tocarte|tocarle|tocarme|manose* ... no ... cuent*|dig*|contar|decir|cont* ... mama|papa|padres|papas|madre|padre|nadie|profe*|maestr*",
        "no ... cuent*|dig*|digas|cuentes|contar|decir ... mama|papa|padres|papas|madre|padre|nadie ... rodillas|regazo|desnud*|desvist*|tocarte|tocarle|tocarme|manose*",
        "secreto|secretito|secretos ... rodillas|regazo|desnud*|desvist*|tocarte|tocarle|tocarme|bragas|braguitas|calzoncillos|manose*",
        "rodillas|regazo|desnud*|desvist*|tocarte|tocarle|tocarme|bragas|braguitas|calzoncillos ... secreto|secretito",
        "le|la|lo|te|me|les|las|los manose*",
        "mano|manos|dedos ... bajo|debajo|dentro ... falda|bragas|braguitas|calzoncillos|pantalones",
        "mano|manos|dedos ... bajo|debajo|dentro ... ropa interior",
        "toca|tocaba|toco|tocan|tocaban|tocarle|tocarla|tocarte ... bajo|debajo|dentro de la|los|las|su|sus ropa|falda|bragas|braguitas|calzoncillos|pantalones",
        "senor|hombre|vecino|desconocido|extrano|viejo ... desnud*|desvist*|desnudarte|desnudarse",
        "foto|fotos|video|videos|fotito|fotitos ... desnud*|desnuda|desnudo",
        "foto|fotos|video|videos|fotito|fotitos ... sin ropa",
        "desnudos|desnudas ... misma cama",
    ],
    "drugs": [
        "liar|lia|lio|lian|liaron|liaba|liarse|liando|liandose ... canuto|canutos|peta|petas|porro|porros|porrito|porritos",
        "fuma|fuman|fumo|fumaba|fumaban|fumaron|fumar|fumando|fumarse|fumamos|fumas|fumes|fumen|fumara|fumaran hierba|mota|maria|canuto|canutos|peta|petas|costo|hachis|crack|marihuana|opio|porro|porros|porritos|meta|cristal|piedra",
        "fuma|fuman|fumo|fumaba|fumaban|fumaron|fumar|fumando|fumarse|fumamos ... canuto|canutos|petas|hachis|crack|porro|porros|marihuana|bong|opio",
        "estaba|estaban|esta|estan|iba|iban|va|van|quedo|quedaron|queda|quedan fumado|fumados|fumada|fumadas|fumadisimo|fumadisimos|emporrado|emporrados",
        "emporrad*|farlopa|farla|mdma|ketamina|fentanilo|anfetamina|anfetaminas|anfeta|anfetas|tripi|tripis|hachis|xanax|rohypnol|poppers|popper|vapea*|vaper|vapers",
        "inhal* ... pegamento|disolvente|gasolina",
        "esnif* ... coca|cocaina|perico|farlopa|polvo|raya|rayas|pegamento|droga|drogas|speed|tiro|tiros|pastillas",
        "raya|rayas|tiro|tiros de coca|cocaina|perico|farlopa|speed",
        "perico|farlopa|coca|cocaina|mota|porros|hachis|costo|pastis y|o perico|farlopa|mota|porros|hachis|costo|coca|cocaina|pastis",
        "se|me|te|nos chuta|chutaba|chuto|chutan|chutaban|chutarse|inyecta|inyectaba|inyecto ... heroina|jaco|droga|drogas",
        "chutarse|chutandose|inyectarse heroina|jaco|caballo|droga",
        "birra|birras|cubata|cubatas|calimocho|kalimotxo|botellon|chupito|chupitos|cogorza|melopea|pimplar|pimplando|pimplaba",
        "bebe|bebio|beben|bebieron|bebia|bebian|beber|bebiendo|toma|tomo|tomaron|tomaba|tomar|tomando ginebra|licor|licores|champan|sidra|anis|orujo|absenta|brandy|cognac|cava|cubatas|chupitos|sangria",
        "pastillas|pastis|pastilla ... para ... colocarse|flipar|colocarte|colocarnos",
        "se|me|te|nos pone|ponen|puso|pusieron|ponia|ponian|quedan|quedaron|quedo|queda pedo|pedos|ciego|ciegos|colocado|colocados|colocada|colocadas ... con|de ... porro*|canuto*|petas|hierba|maria|hachis|pastis|alcohol|cerveza*|birra*|vino|ron|whisky|vodka|cubata*|droga*",
    ],
    "hate": [
        _GROUP_DET + " " + _GROUP + " ... son|eran|seran|serian|somos|sois ... " + _INSULT,
        _GROUP_DET + " " + _GROUP + " ... son|eran ... unos|unas|todos|todas|lo ... peor|peores",
        _GROUP_DET + " " + _GROUP + " ... no sirven|valen para nada",
        _GROUP_DET + " " + _GROUP + " ... no ... deberian|deben|merecen|tienen derecho ... vivir|existir|estar aqui",
        "odi* a los|las " + _GROUP,
        "echar|echo|echaron|echa|echan|echad|echemos|echen|expulsar|expulso|expulsaron|expulsa|expulsan|expulsad|expulsen|expulsemos|fuera|afuera|muerte|matad|matemos|maten|quemad|quememos|exterminad|exterminar|exterminemos a|con los|las " + _GROUP,
        "fuera|afuera|muerte|abajo los|las " + _GROUP,
        "hay que ... echar|expulsar|matar|quemar|exterminar|eliminar|encerrar ... a los|las " + _GROUP,
        "los|las|unos " + _GROUP + " ... controlan|dominan|manejan|mandan ... mundo|dinero|bancos|medios|gobierno",
        "las|los|unas|unos|todas|todos ninas|chicas|mujeres|nenas|ninos|chicos ... no sirven|valen para nada",
        "ninas|chicas|mujeres|nenas|mujer|nina|chica ... sirven|valen|vale|sirve para fregar|limpiar|cocinar|planchar|barrer|parir|coser|tener",
        "ninas|chicas|mujeres|nenas|mujer|nina|chica ... solo|solamente ... sirven|valen|vale|sirve ... fregar|limpiar|cocinar|planchar|barrer|parir|coser|cocina",
        "lugar|sitio de|del|de la ... mujer|mujeres|nina|ninas|chica|chicas ... es|esta ... cocina|fregadero|fregar|limpiar",
        "menos inteligentes|listas|listos|capaces|lista|listo|inteligente ... que|como los|las ninos|chicos|hombres|blancos|blancas|varones|europeos",
        "no ... tan ... inteligentes|listas|listos|capaces|lista|inteligente ... como los|las ninos|chicos|hombres|blancos|blancas|varones|europeos",
        "las|los ninas|chicas|mujeres ... son|somos ... demasiado ... tontas|estupidas|brutas|torpes ... para",
        "los|las|unos|unas negros|gitanos|moros|judios|inmigrantes|chinos|arabes|indios ... huelen|apestan|roban|mienten ... todos|siempre|mal",
    ],
    "violence": [
        "paliza|palizas|somanta|tunda|zurra|hostias|ostias|punetazo|punetazos|bofetada|bofetadas|bofeton|tortazo|tortazos|guantazo|guantazos|mamporro|mamporros|rodillazo|rodillazos ... al " + _PERSON,
        "paliza|palizas|somanta|tunda|zurra|hostias|ostias|punetazo|punetazos|bofetada|bofetadas|bofeton|tortazo|tortazos|guantazo|guantazos|mamporro|mamporros|rodillazo|rodillazos ... a la|los|las|su|sus|mi|tu|un|una " + _PERSON,
        "punetazo*|bofetad*|bofeton*|tortazo*|guantazo*|rodillazo*|codazo* ... en la|el|los|las|su|sus cara|boca|nariz|estomago|barriga|tripa|ojo|ojos|mandibula|dientes|morros|cabeza|huevos|entrepierna|cuello",
        "patada|patadas|patadon|golpea|golpeo|golpeaba|golpearon|golpeaban|patea|pateo|pateaba|patearon|pateaban ... en la|el|los|las|su|sus cara|boca|nariz|ojo|ojos|mandibula|dientes|morros|huevos|entrepierna|cuello",
        "le|les|te|os rompe|rompio|rompieron|rompia|rompian|romper|rompo|rompera|romperia|rompe|parte|partio|partieron|partia|partir|parto|partira la|los|las|su|sus nariz|dientes|cara|boca|costillas|mandibula|labio|morros|jeta|crisma",
        "romperle|romperte|romperles|partirle|partirte|partirles la|los|las|su|sus nariz|dientes|cara|boca|costillas|mandibula|labio|morros|jeta|crisma",
        "le|les|te dej*|puso|pusieron|pone|ponen ... ojo|ojos morado|morados",
        "ech*|mat*|persig*|perseg*|recib*|molier*|moli*|muel*|expuls*|sac*|apale*|liaron|lio|lian|dieron|dio|daban ... a pedradas|palos|latigazos|punetazos|golpes|porrazos|navajazos|hostias|ostias|bofetadas|tortazos",
        "entre todos|varios|tres|cuatro ... le|les pegan|pegaron|pegaban|golpean|golpearon|golpeaban|patean|patearon|pateaban|apalean|apalearon",
        "apale*|apaliz*",
        "acosa|acosan|acosaban|acosaba|acosaron|acoso|acosar|burl*|insult*|pegaban|pegan|empujaban ... hasta que ... lloro|lloraba|lloraron|llorara|sangr*|vomit*",
        "pega|pego|pegaba|golpea|golpeo|golpeaba ... hasta que ... sangr*|desmay*|perdio el conocimiento",
        "le|les quita|quitaba|quitan|quitaban|roba|robaba|roban|robaban ... el|su dinero del|de almuerzo|bocadillo|merienda|recreo",
    ],
    "fear": [
        "cara|ojos|piel|cuerpo|manos podrid*",
        "arrastr* ... oscuridad|tumba|infierno",
        "payaso|payasos|payasa|payasas diabolic*|malvad*|asesin*|siniestr*|terrorific*|demoniac*|maligno|maligna|malignos|poseido*|zombi*|sangrient*|maldit*|aterrador*|espeluznante*|psicopata*|loco|locos",
        "diabolic*|malvad*|asesin*|siniestr*|terrorific*|demoniac*|maligno|maligna|malignos|aterrador*|espeluznante*|maldit* payaso|payasos|payasa|payasas",
        "muneca|muneco|munecas|munecos|nina|nino|ninos|ninas poseid*|diabolic*|endemoniad*|asesin*",
        "secuestr*|rapta|rapto|raptaron|raptar|raptaba|raptado|raptada|raptados|raptadas|raptan|raptarlo|raptarla ... nino|nina|ninos|ninas|nene|nena|crio|cria|crios|bebe|bebes|hijo|hija|hijos|hijas|hermanito|hermanita|chiquillo|chiquilla|chiquillos|pequeno|pequena|pequenos|alumno|alumna|alumnos",
        "nino|nina|ninos|ninas|nene|nena|bebe|bebes|hijo|hija|hijos|hijas ... secuestrad*|raptad*",
        "se|te comia|come|comio|comera|comeria|comen|comian|comieron|comeran|comerian a los|las|un|una|unos|unas|su|sus|tres|todos ninos|ninas|nino|nina|crios|bebes|bebe|chiquillos|nenes",
        "se|te comia|come|comio|comera|comeria|comen|comian|comieron|comeran|comerian al nino|bebe|crio|nene",
        "comerse|comerselos|comerselas|devorar|devorarlos|devorarlas|devora|devoraba|devoro|devoran|devoraron a los|las|un|una|unos|unas|su|sus|tres|todos ninos|ninas|nino|nina|crios|bebes|bebe|chiquillos|nenes",
        "comerse|devorar|devora|devoraba|devoro|devoran|devoraron al nino|bebe|crio|nene",
        "encerr* a|al ... sotano|trastero|armario|jaula|mazmorra|calabozo|bodega|pozo|baul|desvan|cuartucho ... ratas|aranas|cucarachas|ratones|siempre|semanas|oscuras|hambre|comer|comida|agua|luz",
        "lo|la|los|las|le|les|me|te|nos encerr* ... sotano|trastero|armario|jaula|mazmorra|calabozo|bodega|pozo|baul|desvan|cuartucho ... ratas|aranas|cucarachas|ratones|siempre|semanas|oscuras|hambre|comer|comida|agua|luz",
    ],
    "isolation": [
        "abandona|abandonan|abandono|abandonaron|abandonar|abandonaba|abandonaban|abandonarlo|abandonarla|abandonarlos|abandonarlas|abandonarle a|al ... nino|nina|ninos|ninas|hijo|hija|hijos|hijas|bebe|bebes|hermanito|hermanita",
        "abandona|abandonan|abandono|abandonaron|abandonar|abandonaba|abandonaban|abandonarlo|abandonarla|abandonarlos|abandonarlas|abandonarle ... carretera|autopista|cuneta|arcen|gasolinera|bosque|calle|monte|desierto|estacion",
        "lo|la|los|las|le|les|me|te|nos dej*|dejan ... solo|sola|solos|solas|solito|solita ... en ... carretera|autopista|cuneta|arcen|gasolinera|bosque|monte|desierto",
        "dej*|dejan a|al ... solo|sola|solos|solas|solito|solita ... en ... carretera|autopista|cuneta|arcen|gasolinera|bosque|monte|desierto",
        "nadie ... volvio|volvia|volvera|volveria|volvieron a jugar|hablarle|hablar|invitarlo|invitarla|invitarle|acercarse|acercarsele",
        "nunca mas|jamas ... tuvo|tendra|tendria|volvio ... amigo|amigos|amiga|amigas",
        "qued*|vivi*|vivir|estar|estara|estaria solo|sola|solito|solita|solos|solas para siempre",
        "qued*|vivi*|vivir|estar|estara|estaria ... solo|sola|solito|solita|solos|solas para siempre",
        "murio|muere|morira|morir|moriria|murieron solo|sola|solito|solita|solos|solas",
        "encerrad*|encerro|encerraron|encierra|encierran ... solo|sola|solito|solita|solos|solas ... todo|toda|todos|todas el|la|los|las dia|noche|tarde|recreo|dias|noches|tardes|recreos",
        "nunca|jamas volv*|vuelv* a buscarla|buscarlo|buscarle|buscarlos|buscarlas|recogerla|recogerlo|recogerle|recogerlos|recogerlas",
        "no ... volv*|vuelv* a buscarla|buscarlo|buscarle|buscarlos|buscarlas|recogerla|recogerlo|recogerle|recogerlos|recogerlas ... nunca|jamas",
        "nunca|jamas volv*|vuelv* a por el|ella|ellos|ellas",
    ],
    "family": [
        "fue|fueron|ido|marcho|marcha|marchado|largo|largado|escapo|fugo|va|vive|vivir con otra|otro mujer|senora|hombre|novia|novio",
        "dej*|cambio|cambia ... por otra|otro mujer|senora|hombre|novia|novio",
        "ya no ... ama|aman|amaba|amaban|amo|amas|amamos",
        "ya no se quieren|querian|aman|amaban",
        "ya no|nunca quiere|quieren|queria|querian|quiso|quisieron|quise|quiero a su|sus|tu|tus|mi|mis hijo|hija|hijos|hijas|mama|papa|madre|padre|mujer|marido|esposa|familia",
        "nunca|jamas ... me|te|le|la|lo|nos|les|los|las amo|amaron|amaste|ha amado|han amado",
        "nunca|jamas ... quiso|quisieron|queria|querian|quisimos|quise ... tenerte|tenerme|nacieras|naciera|hijos",
        "ojala ... no ... hubieras|hubiera|hubiese|hubieses|hubierais nacido",
        "no deberias|deberia|debiste|debio haber nacido|nacer",
        "fuiste un error",
        "papa|padre|padrastro|marido|novio|mama|madre|madrastra ... pega|pegaba|pego|golpea|golpeaba|golpeo|maltrata|maltrataba|maltrato ... a ... mama|madre|mujer|esposa|hijos|hijas|nosotros|papa|padre|marido",
        "maltrata|maltrataba|maltrataban|maltratan|maltrataron a|al ... mujer|esposa|hijo|hija|hijos|hijas|mama|madre|perro|perros|gato|gatos|animales|nino|nina|ninos|ninas",
    ],
    "medical": [
        "no|sin ... puede|podia|pudo|poder|podian|pueden ... respirar ... morad*|azul*",
        "morad*|azul* ... no|sin ... puede|podia|pudo|poder|podian|pueden ... respirar",
        "sufre|sufrio|sufria|tuvo|tiene|tenia|tienen ... infarto|ictus|embolia|infartos",
        "sufre|sufrio|sufria|tuvo|tiene|tenia ... ataque al corazon",
        "sufre|sufrio|sufria|tuvo|tiene|tenia ... derrame cerebral",
        "medico|medica|medicos|doctor|doctora|doctores|cirujano|cirujana|enfermera|enfermero ... que ... quiza|quizas|mejor|vez|puede|igual|posiblemente|seguramente|probablemente ... muere|muera|morira|moriria|sobreviv*|mueren|mueran",
        "queda|quedan|quedaba|quedaban ... dias|semanas|meses|horas de vida",
        "sin ... anestesi*",
        "cirujano*|medico*|doctor*|doctora* ... abre|abrio|abren|abrieron|abrir|corta|corto|cortan|cortaron|cortar|raja|rajo ... barriga|tripa|pecho|estomago|craneo|corazon|vientre",
        "amput* ... pierna|brazo|pie|mano|dedo|dedos|piernas|brazos|pies|manos",
        "entro|entra|esta|estaba|sigue|seguia|quedo|cayo|caer|entrar|siga en coma",
        "enferm* terminal|terminales",
        "metastasis",
    ],
}

# "Matanzas" como apellido tras un nombre de pila o como ciudad de Cuba ("Bruno Matanzas",
# "la bahía de Matanzas"); "hubo matanzas" sigue rechazado. Los nombres son los mismos que
# lee el lector de significado (activities.safety.meaning.es).
from activities.safety.meaning.es import _NOMBRES  # noqa: E402

ALLOW += [
    f"{_NOMBRES}|señor|señora|don|doña|familia|apellido matanzas",
    "ciudad|provincia|bahia|puerto|municipio|playa|playas|rio|estacion|equipo de matanzas",
]
