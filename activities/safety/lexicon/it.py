"""Italian lexicon (notation in ``en.py``).

Replacements keep the gender of the word they replace where possible ("spada" →
"bacchetta magica"); ``:m``/``:f`` lets the article follow, with elision and the
lo/gli forms ("l'arma" → "la bacchetta magica", "il mostro" → "l'essere magico",
"un'arma" → "una bacchetta magica"). "solo" is also "only" ("era solo un sogno"),
so it is matched in phrases; "eroina" is also "heroine"; "pene" is also "sorrows".
"""

REWRITE = {
    "violence": """
        arma/armi = bacchetta magica/bacchette magiche :f
        spada/spade = bacchetta magica/bacchette magiche :f
        pugnale/pugnali = pennello/pennelli :m
        pistola/pistole = bacchetta delle bolle/bacchette delle bolle :f
        fucile/fucili = cannocchiale/cannocchiali :m
        bomba/bombe = bolla di sapone/bolle di sapone :f
        proiettile/proiettili = bolla/bolle :f
        cannone/cannoni = lanciacoriandoli :m
        lotta/lotte = gara/gare :f @noun
        lotta/lottano/lottava/lottavano/lottò/lottare/lottando = gioca/giocano/giocava/giocavano/giocò/giocare/giocando @verb
        combattere/combatte/combattono/combatteva/combattevano/combatté/combatterono/combattuto/combattendo = giocare/gioca/giocano/giocava/giocavano/giocò/giocarono/giocato/giocando
        combattimento/combattimenti = gara/gare :f
        battaglia/battaglie = gara/gare :f
        guerra/guerre = gara/gare :f
        attacco/attacchi = sorpresa/sorprese :f @noun
        attaccare/attacca/attaccano/attaccava/attaccò/attaccarono = sorprendere/sorprende/sorprendono/sorprendeva/sorprese/sorpresero @target
        uccidere/uccide/uccidono/uccideva/uccidevano/uccisero/uccise/ucciso/uccisa/uccidendo = catturare/cattura/catturano/catturava/catturavano/catturarono/catturò/catturato/catturata/catturando !high
        ammazzare/ammazza/ammazzò/ammazzato/ammazzata = catturare/cattura/catturò/catturato/catturata !high
        ucciderlo/ucciderla/ucciderli/ucciderle/ammazzarlo/ammazzarla = catturarlo/catturarla/catturarli/catturarle/catturarlo/catturarla !high
        nemico/nemici/nemica/nemiche = rivale/rivali/rivale/rivali
        esercito/eserciti = parata/parate :f
        soldato/soldati = guardiano/guardiani :m
        picchiare/picchia/picchiano/picchiava/picchiò/picchiato = solleticare/solletica/solleticano/solleticava/solleticò/solleticato @target
        colpire/colpisce/colpì/colpito = toccare/tocca/toccò/toccato @target
        ferire/ferisce/ferì = infastidire/infastidisce/infastidì @target
        schiaffo/schiaffi = carezza/carezze :f
        sanguinos{o,a,i,e} = fangos{o,a,i,e}
        violent{o,a,i,e} = selvagg{io,ia,i,e}
    """,
    "fear": """
        spaventos{o,a,i,e} = misterios{o,a,i,e}
        pauros{o,a,i,e} = misterios{o,a,i,e}
        terrificante/terrificanti = sorprendente/sorprendenti
        terrorizzat{o,a,i,e} = meravigliat{o,a,i,e}
        spaventat{o,a,i,e} = stupit{o,a,i,e}
        orribile/orribili = incredibile/incredibili
        incubo/incubi = sogno strano/sogni strani :m
        mostro/mostri = essere magico/esseri magici :m
        malvagio/malvagia/malvagi/malvagie = brontolone/brontolona/brontoloni/brontolone
        demone/demoni = folletto/folletti :m
        zombie = sonnambulo :m
        stregat{o,a,i,e} = incantat{o,a,i,e}
        terrore = stupore :m
        orrore = stupore :m
        aveva paura/avevano paura/ho paura/ha paura/hanno paura = aveva qualche dubbio/avevano qualche dubbio/ho qualche dubbio/ha qualche dubbio/hanno qualche dubbio
        che paura = che sorpresa
        tetr{o,a,i,e} = sognant{e,e,i,i}
    """,
    "isolation": """
        tutto solo/tutta sola/tutti soli/tutte sole = insieme ai suoi amici/insieme ai suoi amici/insieme ai loro amici/insieme alle loro amiche
        da solo/da sola/da soli/da sole = con i suoi amici/con i suoi amici/con i loro amici/con le loro amiche
        era sola/rimase sola/rimase solo = era con i suoi amici/rimase con i suoi amici/rimase con i suoi amici
        era solo = era con i suoi amici @distress
        solitari{o,a,i,e} = pensieros{o,a,i,e}
        solitudine = calma :f
        abbandonat{o,a,i,e} = in attesa @distress
        senza amici = con tanti amici
        nessuno con cui giocare = amici con cui giocare
        si perse/si persero/si è perso/si è persa/si era perso/si era persa = andò in esplorazione/andarono in esplorazione/è andato in esplorazione/è andata in esplorazione/era andato in esplorazione/era andata in esplorazione
        era perso/era persa = stava esplorando @distress
    """,
    "inappropriate": """
        stupid{o,a,i,e} = sciocchin{o,a,i,e}
        scem{o,a,i,e} = sciocchin{o,a,i,e}
        cretin{o,a,i,e} = sciocchin{o,a,i,e}
        idiota/idioti/idiote = pasticcione/pasticcioni/pasticcione
        stai zitto/stai zitta/chiudi il becco = shh
        figlio di puttana = birbante
        merda = accidenti
        cazzo = accidenti
        vaffanculo/fanculo = vai via
        stronz{o,a,i,e} = brontolon{e,a,i,e}
        maledett{o,a,i,e} = incantat{o,a,i,e}
        culo = sedere :m
    """,
    "medical": """
        malat{o,a,i,e} = con il singhiozzo
        malattia/malattie = magia degli starnuti/magie degli starnuti :f
        febbre/febbri = bollicina frizzante/bollicine frizzanti :f
        ospedale/ospedali = casetta della guarigione/casette della guarigione :f
        ferita = graffietto :m @noun
        ferit{o,a,i,e} = ammaccat{o,a,i,e}
        cancro = magia degli starnuti :f
        è morto/è morta/sono morti/era morto/era morta = è andato via/è andata via/sono andati via/era andato via/era andata via !high
        morire/muore/muoiono/moriva/morivano/morì/morirono = andare via/va via/vanno via/andava via/andavano via/andò via/andarono via !high
        morendo = svanendo !high
        morte = addio :m !high @noun
        mort{o,a,i,e} = immobil{e,e,i,i} !high
        sangue = succo di mirtillo :m
    """,
    "family": """
        orfano/orfana/orfani/orfane = piccolo esploratore/piccola esploratrice/piccoli esploratori/piccole esploratrici
        orfanotrofio/orfanotrofi = casa dei guardiani/case dei guardiani :f
        divorzio = trasloco in due case :m
        hanno divorziato = vivono in due case accoglienti
        senza genitori = con dei guardiani magici
        perse i suoi genitori/ha perso i genitori/aveva perso i genitori = aveva dei guardiani magici/ha dei guardiani magici/aveva dei guardiani magici
        nessuno l amava = tutti l'amavano
    """,
}

REJECT = {
    "violence": [
        "assassin*", "omicid*", "pugnalare", "pugnalò", "pugnalato", "pugnalata", "pugnalate", "decapit*", "sgozz*",
        "smembr*", "massacr*", "strage", "stragi", "tortur*", "strangol*", "cadavere", "cadaveri", "mutil*",
        "bagno di sangue", "pozza|pozze di sangue", "sangue dappertutto|ovunque", "coperto|coperta|coperti|coperte di sangue",
        "carneficina",
    ],
    "sexual": [
        "sesso", "sessuale", "sessuali", "sexy", "porno*", "erotic*", "orgasm*", "masturb*", "vagina", "genital*",
        "stupr*", "pedofil*", "puttana", "puttane", "prostitu*", "fare l amore", "fare sesso",
    ],
    "self_harm": [
        "suicid*", "voglio morire", "vorrei morire", "mi voglio uccidere|ammazzare", "uccidermi", "ammazzarmi",
        "togliermi la vita", "farla finita", "tagliarmi le vene", "farmi del male", "autolesion*",
    ],
    "drugs": [
        "birra", "birre", "vino", "vini", "vodka", "whisky", "rum", "tequila", "alcol", "alcool", "alcolic*", "ubriac*",
        "sbronz*", "cocaina", "marijuana", "cannabis", "fumare|fumava|fumavano una canna", "spinello", "spinelli",
        "droga", "droghe", "drogat*", "sigaretta", "sigarette", "sigaro", "sigari", "tabacco", "lsd", "oppio",
    ],
    "hate": [
        "nazista", "nazisti", "nazi", "heil hitler", "razza superiore", "razza|razze inferiore|inferiori",
        "pulizia etnica", "subumani", "sottouomini", "frocio", "froci", "negri",
    ],
}

ALLOW = [
    "battaglia|battaglie|guerra di cuscini", "battaglia|battaglie di palle di neve", "battaglia con l acqua",
    "pistola|pistole ad acqua", "spada|spade di legno|giocattolo|plastica|cartone|gommapiuma|carta", "a forma di spada",
    "balena|balene assassina|assassine", "morire|muoio|morivo|moriva|morto|morta|morti|morte dal|dalle|di ridere|risate",
    "morire|muoio|moriva dalla voglia", "muoio|moriva|morivo|morire di fame|sonno", "stanco|stanca|stanchi morto|morta|morti",
    "natura morta", "foglie morte", "ammazzare|uccidere il tempo", "attacco di ridarella|risate|solletico",
    "mostro dei biscotti|solletico", "era solo un|una|uno", "solo un|una", "non era solo|sola", "senza paura",
    "soldatino|soldatini di piombo", "sangue freddo", "a sangue freddo",
]

CUES = {
    "negation": ["non", "mai", "senza", "nessuno", "nessuna", "niente", "nulla", "né", "non più", "mai più", "basta"],
    "soothing": [
        "superò", "superare", "supera*", "scacci*", "addio", "ciao", "sparì", "spariv*", "sparit*", "coraggio*",
        "si rivelò", "era solo", "solo un|una", "gentil*", "amichevol*", "simpatic*", "dolc*", "sorris*", "sorrid*",
        "rideva", "ridere", "risat*", "ridacch*", "abbracc*", "coccol*", "conforto", "rassicur*", "tranquill*", "calm*",
        "sicur*", "accogliente", "assonnat*", "buff*", "giocherell*", "per finta", "per gioco", "innocu*", "mansuet*",
        "divertent*",
    ],
    "companion": [
        "amic{o,a,i,he}", "insieme", "compagn*", "aiutant*", "noi", "tutti", "entrambi", "mano nella mano",
        "fianco a fianco", "mamma", "papà", "madre", "padre", "genitori", "nonna", "nonno", "nonni", "fratell*",
        "sorell*", "famiglia", "maestr{a,o}", "gufo", "gufi", "civetta", "gatt*", "cane", "cani", "cucciol*",
        "conigli*", "volpe", "volpi", "orso", "orsi", "orsacchiotto", "fata", "fate", "drago", "draghi", "unicorno",
        "unicorni", "capra", "capre", "cerbiatt*", "cervo", "scoiattol*", "topo", "topi", "topolino", "uccell*",
        "cavallo", "cavalli", "pony", "tartaruga", "tartarughe", "delfin*", "robot", "folletto", "folletti", "gigante",
        "mago", "guardian*", "riccio", "rana", "rane", "anatra", "anatre", "papera",
    ],
    "distress": [
        "piang*", "pianse", "lacrim*", "trist*", "buio", "oscur*", "freddo", "fredda", "nessuno", "spaventat*", "paura",
        "trem*", "preoccupat*", "notte", "singhiozz*", "fame", "da nessuna parte", "dimenticat*", "vuot*",
    ],
    "subject": ["lui", "lei", "loro", "io", "noi"],
    "target": [
        "lui", "lei", "loro", "me", "te", "bambin*", "bimb*", "ragazz{o,a,i,e}", "neonat*", "mamma", "papà", "madre",
        "padre", "fratello", "sorella", "amic{o,a,i,he}", "gente", "persona", "persone", "qualcuno", "tutti", "uomo",
        "uomini", "donna", "donne", "maestra", "maestro", "nonna", "nonno", "re", "regina",
        "principe", "principessa", "cavaliere", "cavalieri", "guardia", "guardie", "soldato", "soldati", "contadino",
        "contadini", "cacciatore", "cacciatori", "pirata", "pirati", "prigioniero", "prigionieri",
    ],
    "clitic": ["lo", "la", "l", "li", "le", "gli", "mi", "ti", "ci", "vi"],
    "determiner": [
        "il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "del", "dello", "della", "dei", "degli", "delle",
        "al", "allo", "alla", "ai", "agli", "alle", "nel", "nella", "questo", "questa", "quel", "quella", "suo", "sua",
        "mio", "mia", "tuo", "tua", "grande", "sulla", "dalla", "sua",
    ],
}

SUFFIXES = ("avano", "evano", "ivano", "arono", "erono", "irono", "ando", "endo", "ato", "ata", "ati", "ate", "ito",
            "ita", "iti", "ite", "uto", "uta", "are", "ere", "ire", "ava", "eva", "iva", "ano", "ono", "a", "e", "i",
            "o", "ò", "ì", "è")

ANALYSIS = {
    "strong": {
        "graphic": "assassin~ omicid =pugnalò =pugnalato =pugnalata =pugnalare =pugnalate decapit sgozz smembr massacr strage stragi tortur strangol cadaver mutil carneficin",
        "sexual": "sesso sessual sexy porno~ pornograf~ erotic orgasm masturb~ vagina genital stupr stuprator pedofil~ puttan prostitut~",
        "self_harm": "suicid~ autolesion",
        "drugs": "birr =vino =vini vodka whisky tequila alcol alcool alcolic ubriac ubriach sbronz cocain~ marijuana~ cannabis spinell drog drogh sigarett~ sigar tabacco oppio lsd",
        "hate": "nazist =nazi =frocio =froci =negri subuman sottouomin",
        "inappropriate": "merda cazzo vaffanculo stronz puttan",
    },
    "weak": {
        "graphic": "sangue coltell =morto =morta =uccidere",
        "sexual": "nud",
    },
    "phrases": {
        "self_harm": ["voglio|vorrei morire", "mi voglio uccidere|ammazzare", "uccidermi", "ammazzarmi",
                      "togliermi la vita", "farla finita", "tagliarmi|tagliarsi le vene", "farmi|farsi del male", "mi odio",
                      "nessuno sentirebbe la mia mancanza"],
        "graphic": ["sangue dappertutto|ovunque", "pozza|pozze|lago di sangue", "bagno di sangue",
                    "coperto|coperta|coperti|coperte|pieno|piena di sangue"],
        "sexual": ["fare|fanno|facevano|fece l amore", "fare|fanno|facevano|fece sesso"],
        "hate": ["heil hitler", "razza superiore", "razza|razze inferiore|inferiori", "pulizia etnica",
                 "odio gli|tutti gli ebrei|zingari|immigrati|stranieri|musulmani|arabi"],
        "drugs": ["fumare|fumava|fumavano una canna", "farsi una canna", "ubriacarsi", "drogarsi"],
    },
    "harm_severe": "uccid uccis ammazz accoltell sgozz strangol affog =sparare =sparò =sparato =spara =sparano =sparava =sanguinare =sanguina =sanguinava =pugnalò =pugnalare",
    "harm_target": "=ucciderlo =ucciderla =ucciderli =ucciderle =ammazzarlo =ammazzarla =ammazzarli =accoltellarlo =accoltellarla =pugnalarlo =pugnalarla =strangolarlo =strangolarla =affogarlo =affogarla",
    "harm_mild": "picchi colp =morse =morde =mordere schiaff",
    "aux": "ha hanno aveva avevano fu furono è era erano stato stata stati venne vennero viene fare fece fatto fa lasciare vide",
    "blood": "sangue sanguin",
    "spread": ["dappertutto", "ovunque", "pozza", "pozze", "lago", "coperto", "coperta", "coperti", "pieno", "piena",
               "gocciol", "schizz", "zuppo", "fiumi", "fiume"],
    "weapon": "coltell pistol fucil spad ascia motosega machete",
    "reflexive": "=mi =me",
    "self_severe": "=uccidermi =ammazzarmi =uccidere =ammazzare",
    "self_mild": "=ferirmi",
    "intent": "voglio vuole volevo voleva vorrei provare provo apposta devo",
    "drink": "=beve =bevve =bere =beveva =bevuto =bevono",
    "smoke": "fum",
    "smokable": "=spinello =spinelli sigarett sigar",
    "touch": "tocc accarezz lecc",
    "private": ["parti intime", "genitali", "mutande", "mutandine"],
    "secret": "segreto segreti",
    "groups": "=ebrei =musulmani =zingari =immigrati =stranieri =negri =froci =gay =omosessuali =arabi =africani =rom =profughi",
    "dehuman": "=parassiti =ratti =scarafaggi =feccia =spazzatura =subumani =inferiori sterminare sterminio =gasare =bestie",
    "hate_verbs": "sterminare sterminio =gasare",
    "intensity": "molto così tanto davvero brutal brutalmente selvaggiamente terribilmente",
}

NEAR_MISS = ["tortora", "tortore", "stupore", "stupido", "stupida", "sparire", "spari", "sparì", "sparito", "sparita",
             "picchio", "colpa", "colpe", "pene", "pena", "eroina", "eroine", "fumetto", "fumetti", "vinile", "vinse",
             "uccello", "uccelli", "sessanta"]

IMAGE = {
    "child": ["bambin*", "bimb*", "ragazz{o,a,i,e}", "eroe", "eroina", "neonat*", "principessa", "principe",
              "figlio", "figlia"],
    "companion_phrase": "con simpatici animali come compagni",
    "soften": """
        buio = chiarore :m
        buia/bui/buie = luminosa/luminosi/luminose
        oscur{o,a,i,e} = luminos{o,a,i,e}
        oscurità = luce soffusa :f
        tetr{o,a,i,e} = sognant{e,e,i,i}
        ombra/ombre = luce soffusa/luci soffuse :f
        teschio/teschi = conchiglia/conchiglie :f
        scheletro/scheletri = spaventapasseri :m
        tomba/tombe = aiuola/aiuole :f
        cimitero/cimiteri = giardino fiorito/giardini fioriti :m
        tempestos{o,a,i,e} = ventos{o,a,i,e}
    """,
}

COMPANIONSHIP = """
    tutto solo/tutta sola/tutti soli/tutte sole = insieme ai suoi amici/insieme ai suoi amici/insieme ai loro amici/insieme alle loro amiche
    da solo/da sola/da soli/da sole = con i suoi amici/con i suoi amici/con i loro amici/con le loro amiche
    era sola/rimase sola/rimase solo = era con i suoi amici/rimase con i suoi amici/rimase con i suoi amici
    era solo {nel,nella,in,sul,sulla,al,alla} = era con i suoi amici {nel,nella,in,sul,sulla,al,alla}
    si perse/si è perso/si è persa = andò in esplorazione con i suoi amici/è andato in esplorazione con i suoi amici/è andata in esplorazione con i suoi amici
    era perso/era persa = stava esplorando con i suoi amici
    non c era nessuno/nessuno era lì = gli amici erano vicini
"""

INJECTION = [
    r"\b(?:ignora|ignorate|dimentica|dimenticate|tralascia)\s+(?:(?:tutte|tutti|le|i|tue|tuoi|vostre|mie)\s+)*(?:istruzioni|indicazioni|direttive|ordini)\b",
    r"\b(?:ignora|ignorate|dimentica|dimenticate)\s+(?:(?:tutte|le)\s+)*(?:regole\s+(?:precedenti|di\s+sistema|del\s+sistema|di\s+sicurezza)|(?:tue|vostre)\s+regole)\b",
    r"\bnon\s+tenere\s+conto\s+(?:delle|dei|di)\s+(?:istruzioni|regole)\b",
    r"(?:^|(?<=[.!?:\n]))\s*(?:ora|adesso|da\s+ora)\s+(?:sei|tu\s+sei)\s+(?:(?:un|una|il|mio)\s+|un'|l')?(?:ia|assistente|chatbot|modello|dan|libero\s+da|senza\s+(?:regole|restrizioni|filtri))\b",
    r"\b(?:agisci|comportati|rispondi)\s+come\s+(?:se\s+fossi\s+)?(?:una?\s+)?(?:ia|assistente|chatbot|modello|sistema|sviluppatore)\b",
    r"\b(?:prompt|messaggio|istruzioni)\s+(?:di|del)\s+sistema\b",
    r"\bmodalita\s+(?:sviluppatore|dio|dan|senza\s+restrizioni)\b",
    r"\b(?:mostra(?:mi)?|rivela(?:mi)?|ripeti|dimmi)\s+(?:le\s+)?(?:tue\s+)?istruzioni\b",
    r"\bnuove\s+istruzioni\s*:",
]
