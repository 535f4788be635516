"""German: harmful meaning in a parent's text (format: see ``activities.safety.meaning``).

Lemmas are simplemma's German dictionary forms, folded when matched (ß -> ss, umlauts
lose their dots). simplemma leaves many participles unreduced ("vergiftet",
"umgebracht", "ertrunken", "verprügelt"), so those are listed as well. Compounds are
matched by their last part (>= 4 letters), so HARM avoids words that end harmless
compounds: "Wein" (Schwein), "Sekt" (Insekt), "Arsch" (Barsch, Marsch) and "Rum"
(colloquial "herum") only count inside scenarios; "Mitgift", "Durchmesser",
"Wasserpistole", "Malzbier" and friends are in ALLOW. Separable verbs ("bringt ihn
um", "setzte den Hund aus", "wachte nie wieder auf") are scenarios over their parts.

Medicine is harmful by its signs (someone else's, "Omas Herztabletten", a whole pack,
pills swallowed or given to a baby, pills as sweets, "damit es still ist"), not when a
doctor gives a sick child "Hustensaft"; "injection" holds orders to the AI writer
(ignore your rules, show your system prompt, an AI without limits, the most brutal story).
"""

from __future__ import annotations

# People (family, children, everyday adults) and animals that harm can be done to.
# "jungen" is listed because simplemma lemmatises "Jungen" (boys) to "Junges".
_HUMANS = [
    "mann", "frau", "kind", "kinder", "junge", "jungen", "bub", "bube", "bua", "knabe",
    "mädchen", "mädel", "madl", "meitli", "baby", "säugling", "kleinkind", "mama", "mami",
    "mutti", "mutter", "papa", "papi", "vati", "vater", "eltern", "oma", "omi", "opa",
    "großmutter", "großvater", "grosi", "bruder", "schwester", "geschwister", "sohn",
    "tochter", "onkel", "tante", "cousin", "cousine", "enkel", "enkelin",
    "zwilling", "freund", "freundin", "kumpel", "lehrer", "lehrerin", "erzieher",
    "erzieherin", "schüler", "schülerin", "nachbar", "nachbarin", "leute", "person",
    "mensch", "menschen", "jeder", "jemand", "bewohner", "dorfbewohner", "teenager",
    "jugendliche", "jugendlicher", "passant", "mitschüler", "mitschülerin",
    "klassenkamerad", "klassenkameradin", "spielkamerad", "ihn", "ihm",
]
_ANIMALS = [
    "welpe", "hund", "hündchen", "hündin", "katze", "kätzchen", "kater", "mieze", "vogel",
    "vögelchen", "hase", "häschen", "kaninchen", "pferd", "pony", "fohlen", "hamster",
    "meerschweinchen", "fisch", "goldfisch", "tier", "haustier", "schildkröte", "ente",
    "küken", "huhn", "henne", "schaf", "lamm", "kuh", "kalb", "ziege", "esel", "igel",
    "eichhörnchen", "reh", "rehkitz", "papagei", "wellensittich", "schwein", "ferkel",
    "frettchen",
]
_H = "|".join(_HUMANS[:-2])  # people without the bare pronouns
_FAMILY = "mama|mami|mutti|mutter|papa|papi|vati|vater|eltern|oma|omi|opa|großmutter|großvater"
_BODY = "kopf|arm|arme|bein|beine|finger|hand|hände|ohr|ohren|zunge|fuß|füße|nase|hals|kehle|auge|augen"
# "schlägt vor", "schlägt die Sahne", "tritt ein", "das Herz schlägt": hitting verbs
# count only with a living target right after them (fixed expressions: verb, optional
# determiner and adjective, target), or in the passive and body-part scenarios below.
_T = "|".join(_HUMANS + _ANIMALS)
_DET = (
    "der|die|das|den|dem|des|ein|eine|einen|einem|einer|sein|seine|seinen|seinem|seiner|"
    "ihr|ihre|ihren|ihrem|ihrer|mein|meine|meinen|meinem|dein|deine|deinen|deinem|unser|"
    "unsere|unseren|unserem|euer|eure|euren|jeden|jede|jedes|alle|diesen|diese|dieses"
)
_ADJ = "klein|kleine|kleinen|kleiner|kleines|arm|arme|armen|armer|jung|junge|jungen|alt|alte|alten|lieb|liebe|lieben|eigen|eigene|eigenen|neu|neue|neuen|groß|große|großen|süß|süße|süßen|wehrlos|wehrlose|wehrlosen"
_HIT = (
    "schlagen|schlägt|schlug|schlugen|schlägst|hauen|haut|haute|hauten|verhauen|verhaut|"
    "verhaute|prügeln|prügelt|prügelte|prügelten|boxen|boxt|boxte|treten|tritt|trat|traten|"
    "beißen|beißt|biss|bissen|würgen|würgt|würgte|quälen|quält|quälte|quälten|ohrfeigt|"
    "ohrfeigte|ertränkt|ertränkte|ersäuft|ersäufte|misshandelt|misshandelte|verprügelt|"
    "verprügelte|erwürgt|erwürgte|ersticht|erstach|erschießt|erschoss|tötet|tötete|"
    "erschlägt|erschlug|foltert|folterte|"
    "peitscht|peitschte|verbrennt|verbrannte"
)
_SHOOT = "schießen|schießt|schoss|schossen|geschossen|ballern|ballert|ballerte|feuern|feuert|feuerte"

# Pills as such, with the usual compounds (the slot compares whole words): not "die
# Medizin" or "der Hustensaft" a doctor gives a sick child.
_PILL_FORMS = (
    "tablette|tabletten|pille|pillen|medikamente|kapsel|kapseln|dragee|dragees|"
    "schlaftablette|schlaftabletten|schlafmittel|beruhigungsmittel|beruhigungstablette|beruhigungstabletten|"
    "herztablette|herztabletten|schmerztablette|schmerztabletten|kopfschmerztablette|kopfschmerztabletten|"
    "blutdrucktablette|blutdrucktabletten|schmerzmittel|psychopharmaka|antidepressiva|"
    "herzmedikamente|herzpillen|schlafpillen|antibabypille|antibabypillen|abführmittel|"
    "tabs|pillendose|tablettenschachtel|tablettendose|schlafsaft|beruhigungssaft|schlaftropfen|"
    "beruhigungstropfen|schlafpille|beruhigungspillen"
)
# Every medicine, for the signs that make it harmful whatever it is.
_MEDICINES = _PILL_FORMS + "|medikament|medizin|arznei|arzneimittel|tropfen|saft|hustensaft|fiebersaft|zäpfchen|herzmedizin|herzmittel"
# Cleaning and household chemicals (the slot compares whole words, so compounds are listed).
_CLEANERS = (
    "putzmittel|spülmittel|geschirrspülmittel|spüli|waschmittel|reinigungsmittel|reiniger|bleichmittel|"
    "bleiche|chlor|chlorreiniger|benzin|lampenöl|spiritus|brennspiritus|waschpulver|weichspüler|"
    "spülmaschinentab|spülmaschinentabs|waschmittelkapsel|waschmittelkapseln|wc|kloreiniger|"
    "toilettenreiniger|badreiniger|glasreiniger|fensterreiniger|allzweckreiniger|ofenreiniger|"
    "abflussreiniger|rohrreiniger|entkalker|desinfektionsmittel|terpentin|verdünner|nagellackentferner|"
    "grillanzünder|frostschutzmittel|frostschutz|essigessenz|salmiak|natronlauge|lauge|unkrautvernichter|"
    "insektenspray|insektenmittel|rattengift|schneckenkorn|dünger|düngemittel|seifenlauge|putzwasser"
)
# Drinking, swallowing, tasting.
_SWALLOW = (
    "schlucken|schluckt|schluckte|geschluckt|runterschlucken|verschlucken|essen|isst|aß|gegessen|"
    "trinken|trinkt|trank|tranken|getrunken|austrinken|trinkt|exen|naschen|nascht|genascht|futtern|"
    "lutschen|lutscht|kauen|kaut|probieren|probiert|probierte|kosten|kostet|kostete|lecken|leckt|"
    "schlürfen|schlürft|saufen|säuft|soff|gesoffen|runterkippen|runtergekippt"
)
_DRINK = (
    "schlucken|schluckt|schluckte|geschluckt|trinken|trinkt|trank|tranken|getrunken|austrinken|"
    "probieren|probiert|probierte|kosten|kostet|kostete|lecken|leckt|schlürfen|schlürft|saufen|säuft|soff"
)
_BABIES = "baby|babys|säugling|säuglinge|kleinkind|geschwisterchen|brüderchen|schwesterchen|bruder|schwester|neugeborene|neugeborenes"
# Someone's medicine, said with a genitive ("Omas Herztabletten").
_WHOSE = (
    "omas|opas|mamas|papas|mutters|vaters|omis|opis|mamis|papis|großmutters|großvaters|"
    "nachbars|tantes|onkels|muttis|vatis|eltern"
)
# Bones and limbs, for beatings that break them.
_BONES = (
    "knochen|bein|beine|arm|arme|rippe|rippen|nase|kiefer|genick|schädel|finger|pfote|pfoten|"
    "flügel|wirbelsäule|hals|handgelenk|knie|zähne|zahn"
)
# Where a blade is put by someone who hurts themselves (not "die Beine" a razor shaves).
_SKIN = "arm|arme|unterarm|unterarme|handgelenk|handgelenke|haut|oberschenkel|bauch|pulsader|pulsadern"
_BLADES = "klinge|klingen|rasierklinge|rasierklingen|scherbe|scherben|glasscherbe|glasscherben|cutter|cuttermesser|teppichmesser|skalpell|zirkel"
# The rules an AI writer is given, in the words of someone who wants them gone.
_AI_RULES = (
    "regel|regeln|anweisung|anweisungen|richtlinie|richtlinien|sicherheitsrichtlinie|sicherheitsrichtlinien|"
    "vorgabe|vorgaben|sicherheitsvorgaben|einschränkung|einschränkungen|beschränkung|beschränkungen|"
    "filter|grenze|grenzen|programmierung|instruktion|instruktionen|befehl|befehle|sicherheitsregeln|"
    "sicherheitsregel|inhaltsrichtlinien|inhaltsrichtlinie|systemanweisung|systemanweisungen|systemprompt|"
    "prompt|zensur|moderation|schranken|sicherheitsfilter|jugendschutz|kinderschutz|vorschriften|"
    "sicherheitsvorschriften|leitlinien|sicherheitseinstellungen|inhaltsregeln|inhaltsfilter|inhaltsrichtlinie"
)
_IGNORE = (
    "ignorieren|ignoriere|ignorier|ignoriert|vergessen|vergiss|vergesst|vergesse|missachten|missachte|"
    "missachtet|umgehen|umgehe|umgeh|überspringen|überspringe|überspring|deaktivieren|deaktiviere|"
    "deaktivier|abschalten|verwerfen|verwirf|löschen|lösche|lösch|"
    "aufheben|pfeifen|pfeif|streichen|streiche|vernachlässige|ausschalten|umgehst|brich|brecht|hinwegsetzen"
)
_AI = "ki|ai|assistent|assistentin|chatbot|bot|sprachmodell|modell|gpt|llm"
_UNBOUND = (
    "uneingeschränkt|uneingeschränkte|uneingeschränkter|ungefiltert|ungefilterte|ungefilterter|"
    "unzensiert|unzensierte|unzensierter|unbeschränkt|unbeschränkte|unbeschränkter|entfesselt|entfesselte|"
    "befreit|befreite|gejailbreakt|zügellos|zügellose|regellos|regellose|grenzenlos|grenzenlose"
)
_BOUND = (
    "einschränkung|einschränkungen|regel|regeln|filter|grenze|grenzen|zensur|beschränkung|beschränkungen|"
    "richtlinien|vorgaben|moral|ethik|tabus|tabu|schranken"
)
_EXTREME = (
    "brutal|brutalste|brutalsten|brutalstes|blutig|blutigste|blutigsten|grausam|grausamste|grausamsten|"
    "gewalttätig|gewalttätigste|gewalttätigsten|pervers|perverseste|perversesten|versaut|versauteste|"
    "schockierend|schockierendste|sexy|sexuell|gewaltvoll|gewaltvollste|gore|splatter|horror"
)
# Insults built on disability.
_DISABILITY_SLURS = (
    "behindert|behinderte|behinderter|behinderten|behindi|behindis|spast|spasti|spastis|spasten|"
    "mongo|mongos|mongoloid|mongoloide|krüppel|spacko|spackos|schwachmat|vollspast|vollspasti|"
    "debil|debile|zurückgeblieben|zurückgebliebene|zurückgebliebener"
)

HARM: dict[str, list[str]] = {
    "violence": [
        # weapons
        "pistole", "revolver", "gewehr", "flinte", "knarre", "maschinengewehr",
        "maschinenpistole", "kalaschnikow", "sturmgewehr", "schrotflinte", "schusswaffe",
        "schusswunde", "kopfschuss", "messer", "taschenmesser", "klappmesser",
        "springmesser", "küchenmesser", "dolch", "machete", "bombe", "atombombe",
        "granate", "handgranate", "sprengstoff", "dynamit", "sprengsatz", "munition",
        "bazooka", "sniper", "scharfschütze", "guillotine", "galgen",
        # shooting, stabbing, strangling, beating
        "erschießen", "erschossen", "erschoss", "anschießen", "angeschossen",
        "niederschießen", "totschießen", "abknallen", "abgeknallt", "schießerei",
        "erstechen", "erstochen", "erstach", "abstechen", "abgestochen", "niederstechen",
        "messerstecherei", "messerangriff", "erwürgen", "erwürgt", "erdrosseln",
        "erdrosselt", "strangulieren", "stranguliert", "enthaupten", "enthauptet",
        "verprügeln", "verprügelt", "zusammenschlagen", "zusammengeschlagen",
        "zusammentreten", "prügel", "prügelei", "ohrfeige", "ohrfeigen", "geohrfeigt",
        "backpfeife", "watsche", "watschen", "watschn", "faustschlag", "fausthieb",
        "kinnhaken", "foltern", "gefoltert", "gefolterte", "folter", "folterkammer", "misshandeln",
        "misshandelt", "misshandlung", "massaker", "massakrieren", "gemetzel",
        "abschlachten", "abgeschlachtet", "blutbad", "blutet", "blutete", "bluteten",
        "geblutet", "blutüberströmt", "blutverschmiert", "blutend", "verbluten", "verblutet",
        # murder
        "mord", "morden", "ermorden", "ermordet", "ermordung", "mörder", "mörderin",
        "meucheln", "umbringen", "umgebracht", "kaltmachen", "kaltgemacht", "verdreschen", "verdrischt", "verdrosch", "verdroschen", "umnieten",
        "abmurksen", "lynchen", "steinigen", "kreuzigen", "hinrichten", "hingerichtet",
        "hinrichtung", "exekution", "erhängt", "totschlagen",
        "totgeschlagen", "totprügeln", "tottreten", "totstechen", "gewalttätig",
        "tierquälerei", "tierquäler", "amok", "amoklauf", "amokläufer",
        # war, terror, kidnapping
        "weltkrieg", "bürgerkrieg", "atomkrieg", "kriegsgebiet", "terrorist", "terroranschlag", "attentat",
        "attentäter", "geisel", "geiselnahme", "geiselnehmer", "entführer", "kidnapper", "knebeln",
        "geknebelt",
        # weapons told in a child's words ("ein Bumm-Stock", "der Peng-Stab")
        "bumm|peng|päng|bang|piu|puff|ballerbumm stock|stab|stecken|rohr|stöckchen|stab",
        "bummstock", "pengstock", "pengstab", "bummstab", "knallstock", "pengrohr",
    ],
    "death": [
        "tot", "tote", "toter", "toten", "töten", "getötet", "getötete", "tötung", "tod", "sterben",
        "gestorben", "verstorben", "versterben", "sterbend", "wasserleiche", "kinderleiche", "leichnam",
        "kadaver", "sarg", "grabstein", "massengrab", "beerdigung", "beerdigen", "beerdigt", "bestattung",
        "begräbnis", "ertrinken", "ertrunken", "ertränken", "ertränkt", "ersaufen",
        "ersoffen", "verrecken", "verreckt", "krepieren", "krepiert", "tödlich",
        "todkrank", "sterbenskrank", "sterbebett", "leblos", "todesopfer", "todesstrafe",
        "einschläfern", "eingeschläfert", "ableben", "erfrieren", "erfroren", "erfror",
        "erfrorene", "erfrorenen", "verdurstet", "verhungerte", "erstickte",
    ],
    "poison_medicine": [
        "gift", "vergiften", "vergiftet", "vergiftung", "rattengift",
        "mäusegift", "arsen", "zyankali", "blausäure", "bleichmittel", "chlorbleiche",
        "abflussreiniger", "rohrreiniger", "schlaftablette", "schlafmittel", "überdosis",
        "frostschutzmittel", "unkrautvernichter", "pflanzenschutzmittel", "giftköder",
        "tollkirsche", "schierling", "knollenblätterpilz", "giftflasche", "giftfläschchen",
        # swallowed, told the other way round ("hat das Spülmittel getrunken")
        _PILL_FORMS + "|" + _CLEANERS + " " + _SWALLOW,
        # the skull on a bottle is the sign for poison
        "flasche|fläschchen|flaschen|kanister|dose|etikett|behälter|tube mit totenkopf",
        "totenkopf auf|drauf der|dem|einer|einem flasche|fläschchen|kanister|dose|etikett|behälter|deckel|tube",
    ],
    "sexual": [
        # "Filme für Erwachsene"
        "film|filme|filmen|video|videos|seiten|heft|hefte|heftchen|bilder|magazine|kanal für|ab erwachsene|erwachsenen|18|achtzehn",
        "splitternackt", "splitternackte", "nacktheit", "nacktfoto",
        "nacktbild", "entkleiden", "striptease", "stripper", "gestrippt", "sex",
        "sexuell", "sexy", "porno", "pornografie", "pornographie", "pornografisch",
        "erotik", "erotisch", "penis", "vagina", "vulva", "klitoris", "pimmel",
        "schniedel", "schniepel", "pullermann", "titten", "busen", "genitalien",
        "geschlechtsteil", "geschlechtsorgan", "intimbereich", "schambereich",
        "vergewaltigen", "vergewaltigt", "vergewaltigung", "vergewaltiger", "missbrauch",
        "missbrauchen", "missbraucht", "kinderschänder", "pädophil", "pädophile",
        "pädophiler", "pädo", "inzest", "geschlechtsverkehr", "bumsen", "ficken",
        "gefickt", "orgasmus", "erektion", "kondom", "masturbieren", "wichsen",
        "prostituierte", "prostitution", "bordell", "zuhälter", "begrapschen",
        "grapschen", "betatschen", "befummeln",
    ],
    "self_harm": [
        "selbstmord", "suizid", "suizidal", "selbsttötung", "freitod",
        "selbstverletzung", "selbstverletzend", "lebensmüde", "pulsader",
        "selbstmordgedanken",
    ],
    "drugs_alcohol": [
        "bier", "schnaps", "wodka", "whisky", "whiskey", "likör", "eierlikör",
        "champagner", "rotwein", "weißwein", "glühwein", "gin", "tequila", "cognac",
        "weinbrand", "obstler", "kirschwasser", "zwetschgenwasser", "slibowitz",
        "jägermeister", "alkohol", "alkoholisch", "alkoholiker", "alkoholikerin",
        "betrunken", "besoffen", "angetrunken", "beschwipst", "angeheitert",
        "volltrunken", "vollrausch", "besäufnis", "saufgelage", "säufer", "suff",
        "betrinken", "besaufen", "zigarette", "zigarre", "zigarillo", "tabak", "nikotin",
        "glimmstängel", "tschick", "zigi", "vape", "vapen", "shisha", "wasserpfeife",
        "joint", "kiffen", "gekifft", "kiffer", "bekifft", "haschisch", "hasch",
        "cannabis", "marihuana", "weed", "droge", "drogensüchtig", "drogenabhängig",
        "junkie", "drogendealer", "kokain", "koks", "koksen", "heroin",
        "ecstasy", "lsd", "mdma", "meth", "amphetamin", "opium", "rauschgift",
        "zugedröhnt", "erwachsenensaft", "erwachsenengetränk", "erwachsenentrank", "erwachsenenbrause",
    ],
    "abandonment": [],
    "stranger_secret": [],
    # words that only talk to the AI writer, never to a child
    "injection": [
        "jailbreak", "jailbreaken", "gejailbreakt", "systemprompt", "systemprompts",
        "systemanweisung", "systemanweisungen", "systemnachricht", "entwicklermodus",
        "apischlüssel", "zugangsschlüssel",
        "system prompt|prompts|anweisung|anweisungen|nachricht",
        "api schlüssel|key|token|zugang|zugangsdaten|passwort|code",
        "ohne filter|zensur|einschränkungen|beschränkungen|regeln|grenzen modus",
        "dan|entwickler|jailbreak|debug modus",
        # the worst story the writer can make ("die brutalste Geschichte")
        "die|eine brutalste|brutalsten|blutigste|blutigsten|grausamste|grausamsten|gewalttätigste|gewalttätigsten|perverseste|versauteste|schockierendste|gewaltvollste geschichte|story|märchen|szene|version|erzählung",
    ],
    "horror": [
        "kannibale", "kannibalismus", "menschenfresser", "menschenfleisch", "eingeweide",
        "gedärme", "gedärm", "verwesung", "verwesen", "verwest", "exorzismus",
        "satanisch", "splatter", "zerstückeln", "zerstückelt", "zerfleischen",
        "zerfleischt", "ausweiden", "leichenteile", "aufschlitzen", "aufgeschlitzt",
        "menschenopfer", "gehäutet", "häuten", "enthäuten", "enthäutet", "skalpieren",
        "skalpiert", "menschenknochen", "kinderknochen", "kinderfleisch", "menschenhaut",
        # cooking a person ("kocht den Jungen in einem Topf")
        "kochen|kocht|kochte|kochten|gekocht|sieden|siedet|sott|braten|brät|briet|gebraten|grillen|grillt|grillte|rösten|röstet|röstete|schmoren|schmort|garen|gart " + _H + " in|im topf|kessel|kochtopf|hexenkessel|ofen|backofen|suppentopf|pfanne|suppe|eintopf|fritteuse",
        "bei lebendig|lebendigem leib",
        # putting a person into the pot or the oven ("steckt die Kinder in den Ofen")
        "werfen|wirft|warf|geworfen|stecken|steckt|steckte|gesteckt|stopfen|stopft|stopfte|schieben|schiebt|schob|tauchen|taucht|tauchte|setzen|setzt|setzte " + _H + " in|ins topf|kessel|kochtopf|hexenkessel|ofen|backofen|suppentopf|kochendes|siedendes|pfanne|suppe|fritteuse",
    ],
    "hate": [
        "neger", "negerin", "nigger", "kanake", "kanacke", "itaker", "spaghettifresser",
        "polacke", "kümmeltürke", "kameltreiber", "schlitzauge", "zigeuner", "judensau",
        "saujude", "untermensch", "herrenrasse", "rassenschande", "nazi", "neonazi",
        "hitler", "hakenkreuz", "swastika", "kkk", "schwuchtel", "tunte", "transe",
        "kampflesbe", "mongo", "spast", "spasti", "krüppel", "bimbo", "scheißausländer",
        # a slur with a letter starred out ("N*ger" reads as "N ger")
        "n ger|gger|eger|egger|igger|iger",
        "ausländerpack", "judenpack", "behindi", "behindis", "mongoloid", "mongoloide",
        "mongos", "spastis", "spasten",
        # disability as an insult
        "bist|seid|sei du|ihr behindert|behindi|spast|spasti|mongo|zurückgeblieben|debil|gestört",
        "du|ihr bist|seid|sein voll|total|echt|so|ja|doch|komplett|völlig|einfach|wohl behindert|behindi|spast|spasti|mongo|zurückgeblieben|debil",
        "du|ihr behinderter|behinderte|behinderten|behindi|behindis|spast|spasti|spasten|mongo|mongos|krüppel|mongoloid|spacko",
        "voll|total|echt|so behindert|behindi|mongo|spasti",
        "scheiß|scheiss|drecks|blöder|blöde|dumme|dummer " + _DISABILITY_SLURS,
    ],
    "insult": [
        "arschloch", "arschgeige", "arschkriecher", "scheiße", "scheiss", "beschissen",
        "fotze", "hurensohn", "wichser", "ficker", "fick", "verfickt", "miststück",
        "drecksau", "dreckskerl", "drecksack", "drecksstück", "bastard",
        "missgeburt", "hackfresse", "pisser", "pisse", "pissen", "verpissen",
        "schwanzlutscher", "pissnelke", "spacko", "kackbratze", "oasch", "oaschloch",
        "beidl", "gschissener", "huere", "seckel", "gopfertami", "gopferdammi",
        "sauhund", "schafseckel", "verdammt", "verdammte",
    ],
}

HARM["violence"] += [
    f"{_HIT} {_T}",
    f"{_HIT} {_DET} {_T}",
    f"{_HIT} {_DET} {_ADJ} {_T}",
    f"{_SHOOT} auf {_T}",
    f"{_SHOOT} auf {_DET} {_T}",
    f"{_SHOOT} auf {_DET} {_ADJ} {_T}",
    "mann|männer|typ|typen|kerl|kerle|räuber|bande|terrorist|terroristen|täter bewaffnet|bewaffnete|bewaffneten|bewaffneter",
]

TARGETED: dict[str, list[str]] = {
    "violence": [
        "waffe", "bewaffnet", "bewaffnete", "bewaffneter", "bewaffnen", "verletzen", "verletzt", "verwunden", "verwundet",
        "schikanieren", "mobben", "gemobbt",
    ],
    "insult": [
        "idiot", "idiotin", "vollidiot", "depp", "trottel", "blödmann", "dummkopf",
        "doofkopf", "dödel", "schwachkopf", "vollpfosten", "wappler", "vollkoffer",
        "tubel",
    ],
}

_STRANGER_NOUN = "fremde|fremder|fremden|unbekannte|unbekannter|unbekannten"
_STRANGER_STRONG = "fremder|unbekannter"
_LURES = (
    "auto|wagen|transporter|lieferwagen|süßigkeit|süßigkeiten|bonbon|bonbons|"
    "schokolade|lutscher|welpe|welpen|kätzchen|foto|fotos|handy|mitkommen|mitnehmen|"
    "einsteigen|folgen|streicheln|anfassen|küssen|kuss|internet"
)
_GROUPS = (
    "jude|juden|türke|türken|araber|muslim|muslime|moslem|moslems|ausländer|flüchtling|"
    "flüchtlinge|asylant|asylanten|afrikaner|asiat|asiaten|chinese|"
    "chinesen|zigeuner|roma|sinti|pole|polen|russe|russen|rumäne|rumänen|jugo|jugos|"
    "schwule|schwulen|lesbe|lesben|behinderte|behinderten|kanake|kanaken|migrant|"
    "migranten|neger|fremde|fremden|italiener|albaner|kurde|kurden|tschetschene"
)
_BAD = (
    "dreckig|faul|dumm|kriminell|verbrecher|dieb|diebe|schmarotzer|minderwertig|tier|"
    "tiere|affe|affen|ungeziefer|abschaum|pack|gesindel|terrorist|terroristen|"
    "untermensch|untermenschen|parasit|parasiten|ratten|schweine|stinken|stinkend|"
    "primitiv|ekelhaft|eklig|widerlich|abstoßend|barbaren|barbarisch|wilde|hässlich|stinkig|verlogen|lügner|"
    "betrüger|asozial|asoziale|schmutzig|gefährlich|gewalttätig|minderbemittelt|invasoren|kakerlaken"
)


SCENARIOS: list[tuple[str, list[str]]] = [
    # --- violence: a hitting verb and a person's name right after it, its object when the
    # clause opened with the subject ("Der Hai beißt Finn"; the reader reads "Dann schlägt
    # Finn den Ball" as Finn hitting)
    ("violence", [_HIT, "^@name"]),
    # --- violence: everyday verbs that hurt when a living target follows them
    ("violence", ["treten|schlagen|hauen|boxen", "@target", "bauch|kopf|gesicht|rücken|nase|magen|rippen"]),
    ("violence", ["in|ins", "bauch|gesicht|magen", "treten|getreten|schlagen|geschlagen|boxen|geboxt|hauen|gehauen"]),
    ("violence", ["@target", "werden|wurde|wurden", "geschlagen|verhauen|getreten|verprügelt|gebissen|erstochen|erschossen|gewürgt|gequält|geprügelt|misshandelt|angegriffen|entführt"]),
    ("violence", ["schlagen|geschlagen|prügeln|geprügelt", "bewusstlos|krankenhausreif|halbtot|windelweich|blutig|grün|blau"]),
    ("violence", ["knallen|knallte", "@target", "ab"]),
    ("violence", ["stechen|stach|gestochen", "@target", "nieder|ab|tot"]),
    ("violence", ["schlagen|schlug", "@target", "zusammen|nieder|tot"]),
    ("violence", ["luft", "sprengen|gesprengt|gejagt"]),
    ("violence", ["sprengen|sprengte", "@target", "luft"]),
    ("violence", ["bringen|brachte", "ihn|mich|dich|euch|uns", "um"]),
    ("violence", ["angreifen|bedrohen|töten|verletzen|schlagen|erschlagen|jagen|verfolgen|hacken|zerhacken|spalten", "@target", "axt|beil|kettensäge|hammer|messer|schwert"]),
    ("violence", ["mit", "axt|beil|kettensäge|hammer", "auf", "@target"]),
    ("violence", ["werfen|warf|geworfen", "@target", "müll|mülltonne|mülleimer|fenster|brunnen"]),
    ("violence", ["anzünden|angezündet", "@target"]),
    ("violence", ["lebendig", "verbrennen|verbrannt|verbrannte"]),
    ("violence", ["als", "geisel"]),
    ("violence", ["fesseln|gefesselt", "und", "knebeln|geknebelt"]),
    # separable beating: "treten auf den Hund ein", "schlug auf ihn ein"
    ("violence", ["treten|trat|traten|tritt|getreten|schlagen|schlug|schlugen|schlägt|prügeln|prügelte|prügelten|prügelt|hauen|haut|haute|hauten|stechen|sticht|stach|dreschen|drischt|drosch|hämmern|hämmert|boxen|boxt", "auf", "@target|ihn|sie|es|ihm|einander", "ein"]),
    ("violence", ["auf", "@target|ihn|einander", "eintreten|eingetreten|einschlagen|eingeschlagen|einprügeln|eingeprügelt|einstechen|eingestochen|eindreschen|eingedroschen|einhauen|eingehauen"]),
    # kicking and beating until bones break
    ("violence", ["bis", _BONES, "brechen|bricht|brach|brachen|gebrochen|knacken|knackt|knackten|splittern|splittert|zerbrechen|zerbrach"]),
    ("violence", ["bis", "ihm|ihr|ihnen|er|sie|es", "die|den|das|alle", _BONES, "brechen|bricht|brach|brachen|gebrochen"]),
    ("violence", ["brechen|brach|brachen|bricht|zertrümmern|zertrümmert|zertrümmerte", "@target|ihm|ihr|ihnen", _BONES]),
    ("violence", ["knochen|rippen|schädel|kiefer|genick", "brechen|gebrochen|zertrümmern|zertrümmert", "@target|ihm|ihr"]),
    # kicking a living target ("tritt den Hund"): the target right after the verb
    ("violence", ["treten|tritt|trat|traten|getreten|kicken|kickt|kickte", "den|die|das|einen|eine|ein|seinen|seine|ihren|ihre|sein|ihr|unseren|unsere|kleinen|kleine|armen|arme", _H + "|" + "|".join(_ANIMALS)]),
    # a weapon told like a toy ("lässt den bösen Mann peng machen")
    ("violence", ["lassen|lässt|ließ|ließen", "@target|bösewicht|böse|bösen|räuber|ihn|sie", "peng|puff|bumm|päng|piu|bang|paff|pew", "machen|gemacht"]),
    ("violence", ["machen|macht|machte|mach", "peng|päng|piu|bang|paff|pew", "auf", "@target|bösewicht|ihn|sie"]),
    ("violence", ["schicken|schickt|schickte|geschickt|befördern|befördert", "@target|ihn|sie", "ins|in|zum", "jenseits|himmel|grab|friedhof"]),
    ("violence", ["für|endgültig", "immer|für", "zum", "schweigen"]),
    ("violence", ["murksen|murkst|murkste|murksten", "@target|ihn|sie|bösewicht|drachen|räuber", "ab"]),
    ("violence", ["schicken|schickt|schickte|bringen|bringt|brachte|befördern|befördert", "@target|ihn|sie|bösewicht|bösen|feind|gegner|räuber", "unter", "die|der", "erde"]),
    # a trigger pulled on someone ("zielt auf den Sheriff und drückt ab")
    ("violence", ["zielen|zielt|zielte|ziele", "auf", "@target|sheriff|ihn|sie|ihm|kopf|herz|bösewicht|räuber|polizisten|polizist|cowboy|soldaten|indianer", "drückt|drücken|drückte", "ab"]),
    ("violence", ["zielen|zielt|zielte|ziele", "auf", "@target|sheriff|ihn|sie|ihm|kopf|herz|bösewicht|räuber|polizisten|polizist|cowboy|soldaten|indianer", "abdrücken|abgedrückt|abzug"]),
    ("violence", ["drücken|drückt|drückte", "abzug"]),
    # throat, heart and eyes torn out of a target
    ("violence", ["reißen|reißt|riss|rissen|schlitzen|schlitzt|schlitzte|beißen|beißt|biss", "@target|ihm|ihr|ihnen", "kehle|hals|bauch|brust|gurgel", "auf|durch"]),
    ("horror", ["reißen|reißt|riss|rissen|schneiden|schneidet|schnitt|holen|holt|holte|kratzen|kratzt|kratzte|pulen", "@target|ihm|ihr|ihnen", "herz|augen|auge|zunge|eingeweide|gedärme|fingernägel|nägel|herzen", "heraus|raus|aus"]),
    ("violence", ["endgültig|dauerhaft", "zum", "schweigen"]),
    ("violence", ["schalten|schaltet|schaltete|schalteten", "@target|ihn|sie|bösewicht|bösewichte|gegner|feind|räuber|bösen", "für|endgültig", "immer|aus"]),
    # a target's head against the wall ("haut den Kopf des Babys gegen die Wand")
    ("violence", ["kopf|gesicht|schädel", "des|der|vom|von|seines|seiner|ihres|ihrer|seinem|ihrem", "@target", "gegen|an|auf", "wand|mauer|tür|boden|tisch|heizung|schrank|fenster|boden|steine|stein"]),
    ("violence", ["schlagen|schlägt|schlug|hauen|haut|haute|knallen|knallt|knallte|stoßen|stößt|stieß|donnern|donnert|rammen|rammt", "@target", "kopf|gesicht|schädel", "gegen|an", "wand|mauer|tür|boden|tisch|heizung|schrank|fenster"]),
    # pushing someone down the stairs, stones thrown at someone
    ("violence", ["schubsen|schubst|schubste|geschubst|stoßen|stößt|stieß|gestoßen|werfen|wirft|warf|geworfen|schmeißen|schmeißt|schmiss", "@target", "treppe|treppen|fenster|klippe|abgrund|brunnen|schlucht|balkon|dach|brücke|tiefe"]),
    ("violence", ["werfen|wirft|warf|warfen|geworfen|schmeißen|schmeißt|schmiss|schmissen", "stein|steine|steinen|kiesel|flasche|flaschen|ziegel|ziegelsteine|pflastersteine", "auf|nach|gegen", "@target"]),
    ("violence", ["bewerfen|bewirft|bewarf|bewarfen|beworfen", "@target", "stein|steine|steinen|flaschen|ziegeln"]),
    ("violence", ["bis", "er|sie|es|@target", "sich", "nicht|nie", "mehr", "bewegt|bewegte|rührt|rührte|rührten"]),
    ("violence", ["bis", "er|sie|es|@target", "nicht|nie", "mehr", "atmet|atmete|aufsteht|aufwacht|zuckt"]),
    # run over ("wird von einem Zug überrollt")
    ("violence", ["@target", "werden|wurde|wird|worden|wurden", "von", "zug|auto|lastwagen|lkw|bus|straßenbahn|traktor|laster|wagen|truck|bagger|motorrad", "überfahren|überrollt|überrollen|erfasst|zerquetscht|plattgemacht|überfuhr|zermalmt"]),
    ("violence", ["überfahren|überfährt|überfuhr|überrollen|überrollt|überrollte|zerquetschen|zerquetscht|zerquetschte", "@target"]),
    # --- death told without the word "death"
    ("death", ["nie|niemals", "mehr|wieder", "aufwachen|aufgewacht|aufwacht"]),
    ("death", ["wachen|wachte", "nie|niemals", "mehr|wieder", "auf"]),
    ("death", ["für", "immer", "einschlafen|eingeschlafen|schlafen"]),
    ("death", ["schlafen|schlief|einschlafen", "für", "immer"]),
    ("death", ["ewig", "schlaf"]),
    ("death", ["ums", "leben", "kommen|gekommen"]),
    ("death", ["kommen|kam|kamen", "ums", "leben"]),
    ("death", ["von", "uns", "gegangen"]),
    ("death", ["letzt", "atemzug"]),
    ("death", ["leben", "verlieren|verloren"]),
    ("death", ["begraben|begrub|begräbt|beerdigen|beerdigt", "@target"]),
    ("death", [_FAMILY, "in", "himmel", "kommen|gekommen|gehen|gegangen"]),
    ("death", [_FAMILY, "jetzt|nun", "im", "himmel"]),
    ("death", [_FAMILY, "engel", "geworden"]),
    ("death", ["@target", "atmen|atmet|atmete|atmeten", "nicht|nie", "mehr"]),
    ("death", ["@target", "sein|sind|ist|war|waren|wurde|wurden", "in|im", "feuer|brand|flammen", "verbrannt|verbrannte|verbrannten|umgekommen|gestorben|erstickt"]),
    ("death", ["lassen|lässt|ließ|ließen", "@target", "einschläfern|töten"]),
    ("death", ["aufhören|aufgehört|hört|hörte", "zu", "atmen"]),
    ("death", ["auto|lastwagen|lkw|traktor|bus|zug|wagen|laster|bagger|motorrad", "über", "@target|ihn|sie", "gefahren|fahren|fuhr|gerollt|rollt|rollte|drübergefahren"]),
    # --- poison / medicine that is not yours
    ("poison_medicine", [_SWALLOW, _PILL_FORMS + "|" + _CLEANERS]),
    ("poison_medicine", [_PILL_FORMS + "|" + _CLEANERS + "|medikament|gift|rattengift", "in", "saft|tee|milch|essen|suppe|glas|flasche|kakao|fläschchen|getränk|brei|limo|limonade|kuchen|becher|tasse|trinkflasche|wasser|müsli|babyflasche"]),
    ("poison_medicine", ["kippen|kippt|kippte|gießen|gießt|goss|schütten|schüttet|schüttete|mischen|mischt|mischte|füllen|füllt|füllte|rühren|rührt|rührte|mixen|mixt", _PILL_FORMS + "|" + _CLEANERS, "in|ins", "glas|becher|tasse|flasche|saft|tee|milch|suppe|kakao|getränk|limo|wasser|fläschchen|babyflasche"]),
    ("poison_medicine", ["alle|viele|haufen|handvoll|ganze|ganzen|packung|schachtel|dose|döschen", _MEDICINES]),
    ("poison_medicine", [_SWALLOW, "ganze|ganzen", "packung|flasche|schachtel|dose|fläschchen|tube", _MEDICINES]),
    # someone else's medicine ("Omas Herztabletten", "die Tabletten von Opa")
    ("poison_medicine", [_PILL_FORMS + "|medikament|medizin|tropfen|herzmedizin|herzmittel", "von", _FAMILY + "|nachbar|nachbarin|tante|onkel|erwachsenen"]),
    ("poison_medicine", [_WHOSE, _MEDICINES]),
    ("poison_medicine", ["klauen|klaut|klaute|stehlen|stiehlt|stahl|mopsen|mopst|mopste|stibitzen|stibitzt|nehmen|nimmt|nahm|holen|holt|holte", _WHOSE + "|heimlich", _MEDICINES]),
    # medicine given to a baby or a little brother by someone who is not a doctor
    ("poison_medicine", ["geben|gibt|gab|gaben|gegeben|einflößen|flößt|flößte|eingeflößt|füttern|füttert|fütterte|gefüttert|verabreichen|verabreicht|stopfen|stopft|stopfte|schieben|schiebt|schob|stecken|steckt|steckte", _BABIES, _PILL_FORMS + "|" + _WHOSE]),
    ("poison_medicine", ["geben|gibt|gab|gaben|gegeben|einflößen|flößt|flößte|füttern|füttert|fütterte|verabreichen|verabreicht", _PILL_FORMS, "baby|babys|säugling|kleinkind|geschwisterchen|brüderchen|schwesterchen"]),
    # medicine to make someone be quiet ("damit es endlich still ist")
    ("poison_medicine", [_MEDICINES, "damit|dass|bis", "still|ruhe|schweigt|schweigen|aufhört|verstummt"]),
    # pills as sweets ("die Bonbons, die müde machen")
    ("poison_medicine", ["bonbon|bonbons|süßigkeit|süßigkeiten|smarties|drops|zuckerl|gummibärchen|perlen|zauberbonbons", "müde|schläfrig|schlafen|einschlafen|bewusstlos", "machen|macht|machten|lassen|lässt"]),
    ("poison_medicine", [_PILL_FORMS + "|medikament", "bonbon|bonbons|süßigkeit|süßigkeiten|smarties|zauberbonbons|drops|zuckerl|gummibärchen"]),
    ("poison_medicine", ["bonbon|bonbons|süßigkeit|süßigkeiten|smarties|zauberbonbons|drops|zuckerl|gummibärchen|zauberdrops|zauberperlen|perlen", _PILL_FORMS + "|medikament|medizinschrank|arzneischrank|medikamentenschrank|apothekenschrank|hausapotheke|tablettenschachtel|tablettendose|pillendose"]),
    ("poison_medicine", ["medizinschrank|arzneischrank|medikamentenschrank|apothekenschrank|hausapotheke", "bonbon|bonbons|süßigkeit|süßigkeiten|smarties|zauberbonbons|drops|zuckerl|naschen|genascht|" + _DRINK]),
    # household things swallowed (perfume, button batteries, magnets)
    ("poison_medicine", ["schlucken|schluckt|schluckte|geschluckt|verschluckt|verschlucken|trinken|trinkt|trank|getrunken|austrinken|runterschlucken|leertrinken", "parfüm|parfum|parfümflasche|parfüms|shampoo|shampoon|nagellack|nagellackentferner|duschgel|badezusatz|schaumbad|spülung|knopfbatterie|knopfbatterien|knopfzelle|knopfzellen|magnete|magnetkugeln|rasierwasser|deo|zahnpasta|handcreme"]),
    ("poison_medicine", ["schlucken|schluckt|schluckte|geschluckt|verschluckt|verschlucken|essen|isst|aß", "batterie|batterien", "aus|von|der|vom", "fernbedienung|uhr|spielzeug|taschenrechner|wecker|fernbedienungen"]),
    # what stands under the sink, and the bottle with the skull
    ("poison_medicine", [_DRINK, "unter", "spüle|spülbecken|waschbecken|spültisch"]),
    ("poison_medicine", [_DRINK, "flüssigkeit|zeug|saft|mittel|flasche|fläschchen|sprudel|brause|getränk|wasser|pulver|kugeln|perlen", "unter|putzschrank|putzmittelschrank|spüle|spülbecken|waschbecken|spültisch|abstellkammer"]),
    ("poison_medicine", ["essen|gegessen|naschen|genascht", "fliegenpilz|fliegenpilze|giftpilz|giftpilze|tollkirsche|tollkirschen"]),
    ("poison_medicine", ["fliegenpilz|fliegenpilze|giftpilz|giftpilze", "essen|gegessen|naschen|genascht"]),
    # --- sexual
    ("sexual", ["anfassen|angefasst|fasst|berühren|berührt|streicheln|gestreichelt|fassen|betasten|küssen|geküsst|befummeln", "penis|pimmel|po|popo|brust|brüste|busen|scheide|unterhose|schlüpfer|höschen|geschlechtsteil|schniedel|intimbereich"]),
    ("sexual", ["zeigen|gezeigt|zeigt|anschauen|angucken|fotografieren", "penis|pimmel|brüste|busen|scheide|geschlechtsteil|schniedel|intimbereich"]),
    ("sexual", ["ausziehen|ausgezogen|entkleiden", "vor", "ihm|ihr|mann|onkel|kamera|handy|fremd|fremden|fremder|lehrer|nachbar"]),
    ("sexual", ["ziehen|zog", "sich|dich|mich", "aus", "vor", "ihm|ihr|mann|onkel|kamera|handy|fremden|fremder|lehrer|nachbar"]),
    ("sexual", ["ziehen|zog", "sich|dich|mich", "vor", "@target", "aus"]),
    ("sexual", ["ziehen|zog", "sich|dich|mich", "vor", "kamera|handy|fremden|fremder|ihm|ihr|webcam|kameras|video|livestream|stream|bildschirm|tablet|laptop", "aus"]),
    ("sexual", [_STRANGER_NOUN, "ausziehen|ausgezogen|entkleiden"]),
    # a grown-up's kisses, caresses and undressing games with a child
    ("sexual", ["kuschelspiel|kuscheln|kuschelt|küsschen|spiel|spiele|spielchen|massage|massieren|schmusen|schmust", "ohne", "schlafanzug|kleider|kleidung|sachen|unterhose|pyjama|hose|klamotten|höschen"]),
    ("stranger_secret", ["nachbar|nachbarin|mann|onkel|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter|kerl", "geheim|geheime|geheimes|geheimen|heimlich|heimliche|heimliches", "spiel|kuschelspiel|spiele|spielchen|kuscheln|massage|küsschen"]),
    ("sexual", ["nachbar|nachbarin|mann|onkel|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter|kerl", "klein|kleine|kleinen|kleinem|kleiner|kind|kinder|kindern|mädchen|junge|jungen|schülerin|schüler|tochter|sohn|nichte|neffe|enkel|enkelin|baby", "kuss|küsse|küsschen|küssen|küsst|küsste|geküsst|zungenkuss|abschlecken|leckt|lecken", "mund|lippen|zunge"]),
    ("sexual", ["nachbar|nachbarin|mann|onkel|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter|kerl", "kuss|küsse|küsschen|küssen|küsst|küsste|geküsst|zungenkuss|abschlecken|leckt|lecken", "klein|kleine|kleinen|kleinem|kleiner|kind|kinder|kindern|mädchen|junge|jungen|schülerin|schüler|tochter|sohn|nichte|neffe|enkel|enkelin|baby", "mund|lippen|zunge"]),
    ("sexual", ["nachbar|nachbarin|mann|onkel|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter|kerl", "streicheln|streichelt|streichelte|anfassen|fasst|fasste|betatschen|betatscht|begrapscht|begrapschen|berühren|berührt|berührte|reibt|reiben", "oberschenkel|schenkel|innenschenkel|brust|schritt|brüste|intimbereich", "klein|kleine|kleinen|kleinem|kleiner|kind|kinder|kindern|mädchen|junge|jungen|schülerin|schüler|tochter|sohn|nichte|neffe|enkel|enkelin|baby|schülerin|schüler"]),
    ("sexual", ["nachbar|nachbarin|mann|onkel|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter|kerl", "klein|kleine|kleinen|kleinem|kleiner|kind|kinder|kindern|mädchen|junge|jungen|schülerin|schüler|tochter|sohn|nichte|neffe|enkel|enkelin|baby", "streicheln|streichelt|streichelte|anfassen|fasst|fasste|betatschen|betatscht|begrapscht|begrapschen|berühren|berührt|berührte", "oberschenkel|schenkel|innenschenkel|brust|schritt|brüste|intimbereich"]),
    ("sexual", ["nachbar|nachbarin|mann|onkel|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter|kerl", "spiel|spielen|spielt|spielchen", "kleider|kleidung|sachen|unterhose|hose|schlafanzug|unterwäsche|höschen|klamotten", "ausziehen|auszieht|ausgezogen|auszuziehen|ablegen"]),
    ("sexual", ["foto|fotos|bild|bilder|video", "ohne", "kleidung|kleider|hose|unterhose|höschen"]),
    ("sexual", ["mann|onkel|nachbar|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter", "unterhose|unterwäsche|höschen|slip|schlüpfer|po|popo|pimmel|scheide|brust|brüste|penis", "zeigen|sehen|anfassen|ausziehen|runterziehen|fotografieren|zeigt|zeig|anschauen|berühren|streicheln"]),
    ("sexual", ["bitten|bittet|bat|verlangen|verlangt|verlangte|will|wollte|fordert|fordern|zwingt|zwingen|zwang", "unterhose|unterwäsche|höschen|slip|schlüpfer|po|popo|pimmel|scheide|penis", "zeigen|zu|ausziehen|runterziehen|anfassen|auszuziehen"]),
    ("sexual", ["mann|onkel|nachbar|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter", "sich|dich|euch", "ausziehen|ausgezogen|auszuziehen|entkleiden|nackt|nackig"]),
    # --- self-harm
    ("self_harm", ["sich", "umbringen|umgebracht|erhängen|erhängt|ritzen|geritzt|ritzt|ritzte"]),
    ("self_harm", ["sich", "selbst", "töten|getötet|umbringen|erschießen|erschossen|vergiften|vergiftet|erstechen|verletzen|verletzt|wehtun|aufhängen|anzünden"]),
    ("self_harm", ["bringen|brachte|bringt", "sich", "um"]),
    ("self_harm", ["hängen|hängte", "sich", "auf"]),
    ("self_harm", ["schneiden|ritzen|geschnitten|geritzt|schnitt", "sich", "arm|arme|haut|handgelenk|handgelenke|pulsader|pulsadern"]),
    ("self_harm", ["wollen|will|wollte", "sterben|tot"]),
    ("self_harm", ["nicht", "mehr", "leben", "wollen|will|wollte|mögen|mag"]),
    ("self_harm", ["keine", "lust", "mehr", "leben"]),
    ("self_harm", ["sich", "leben", "nehmen|genommen"]),
    ("self_harm", ["leben", "beenden"]),
    ("self_harm", ["stürzen|stürzte|werfen|warf|gestürzt|geworfen", "sich", "brücke|dach|balkon|fenster|hochhaus|klippe|zug|auto|tiefe"]),
    ("self_harm", ["sich", "vor", "zug|auto|lkw|bus|straßenbahn", "werfen|legen|geworfen"]),
    ("self_harm", ["springen|sprang|gesprungen", "von|vom", "brücke|hochhaus|balkon|klippe"]),
    ("self_harm", ["von|vom", "brücke|hochhaus|balkon|klippe", "springen|gesprungen|stürzen|gestürzt"]),
    ("self_harm", ["wollen|will|wollte", "springen", "brücke|hochhaus|balkon|klippe|dach|fenster"]),
    ("self_harm", ["absichtlich", "sich", "wehtun|weh|verletzen|verletzt|schneiden|geschnitten"]),
    ("self_harm", ["sich", "absichtlich", "wehtun|weh|verletzen|verletzt|schneiden|geschnitten"]),
    ("self_harm", ["wollen|will|wollte", "sich", "wehtun|weh|verletzen"]),
    ("self_harm", ["sich", "erbrechen|übergeben", "absichtlich"]),
    ("self_harm", ["sich", "zu", "tode", "hungern"]),
    # a blade on one's own skin ("ritzt sich mit einer Rasierklinge die Arme auf")
    ("self_harm", ["sich|mich|dich", _SKIN, _BLADES]),
    ("self_harm", ["sich|mich|dich", _BLADES, _SKIN]),
    ("self_harm", ["ritzen|ritzt|ritzte|ritzten|geritzt|aufritzen|aufgeritzt|aufschneiden|aufgeschnitten|aufschlitzen", "sich|mich|dich"]),
    ("self_harm", ["ritzen|ritzt|ritzte|schneiden|schneidet|schnitt|schlitzen|schlitzt|schlitzte", "sich|mich|dich", _SKIN, "auf"]),
    ("self_harm", ["sich|mich|dich", "strich|striche|schnitt|schnitte|kratzer|ritzer|wunde|wunden|narben|schnittwunden", _SKIN]),
    # hurting oneself, told plainly ("tut sich selbst weh", "hasst sich und verletzt sich")
    ("self_harm", ["tun|tut|tat|taten|getan", "sich|mir|dir", "selbst|absichtlich|extra|mutwillig|gezielt", "weh"]),
    ("self_harm", ["hassen|hasst|hasste|hasse", "sich|mich|dich", "selbst|so", "verletzen|verletzt|verletzte|ritzen|ritzt|schlagen|schlägt|schneiden|schneidet|kratzen|kratzt|wehtun|weh|bestrafen|bestraft"]),
    ("self_harm", ["sich|mich|dich", "selbst", "bestrafen|bestraft|bestrafte|schlagen|schlägt|schlug|kratzen|kratzt|blutig|beißen|beißt|verbrennen|verbrennt"]),
    ("self_harm", ["verletzen|verletzt|verletzte", "sich|mich|dich", "jeden|jede|immer|ständig|absichtlich|selbst|heimlich", "abend|nacht|tag|wieder|wenn|mal"]),
    ("self_harm", ["sich|mich|dich", "aushungern|ausgehungert|hungern|verhungern"]),
    ("self_harm", ["sich|mir|dir", "absichtlich|selbst|extra|gezielt|mutwillig", "aua|wunden|wunde|kratzer|blaue|flecken|schnitte|schnittwunden|beulen|brandwunden|verletzungen"]),
    ("self_harm", ["schlucken|schluckt|schluckte|geschluckt|verschlucken|verschluckt|runterschlucken", "rasierklinge|rasierklingen|klinge|klingen|nadeln|nadel|nägel|scherben|glasscherben|reißzwecken|stecknadeln"]),
    ("self_harm", ["verbrennen|verbrennt|verbrannte|verbrenne", "sich|mich|dich", "absichtlich|selbst|extra|gezielt|jeden|jede|immer|mutwillig"]),
    ("self_harm", ["stecken|steckt|steckte|steck", "sich|mir|dir", "finger", "hals"]),
    ("self_harm", ["essen|isst|aß|esse|frisst", "nichts|kaum|gar", "mehr|nichts", "dünn|dünner|abnehmen|abzunehmen|schlank|verschwinden|sterben"]),
    ("self_harm", ["essen|isst|aß", "nichts|kaum", "mehr", "um", "dünn|dünner|abzunehmen|schlank|zu"]),
    ("self_harm", ["schlagen|schlägt|schlug|hauen|haut|haute|knallen|knallt|knallte|donnern|donnert|rammen|rammt", "kopf|stirn|faust|fäuste", "gegen|an", "wand|mauer|tür|boden|tisch|spiegel|heizung", "bis|immer|jeden|jede|absichtlich"]),
    ("self_harm", ["hören|hört|hörte|aufhören", "zu", "essen", "um", "dünn|abzunehmen|sterben|verschwinden"]),
    # --- drugs and alcohol
    ("drugs_alcohol", ["rauchen|geraucht|raucht|paffen|qualmen", "zigarette|kippe|kippen|joint|pfeife|zigarre|gras|shisha|tabak|tüte|tschick|bong|crack|heroin|meth|opium|haschisch|hasch|kokain|koks"]),
    ("drugs_alcohol", ["kippe|kippen|pfeife|tüte|bong", "rauchen|geraucht|raucht|paffen|qualmen"]),
    ("drugs_alcohol", ["trinken|trinkt|trank|getrunken|saufen|säuft|soff|gesoffen|kippen|bestellen|einschenken", "wein|sekt|glühwein|prosecco|schampus|alkohol|bier"]),
    ("drugs_alcohol", ["glas|gläschen|flasche|schluck|kiste|kasten|dose|becher|kelch", "wein|sekt|rum|korn|prosecco|schampus"]),
    ("drugs_alcohol", ["wein|sekt|prosecco", "trinken|trinkt|trank|getrunken|saufen|säuft|gesoffen"]),
    ("drugs_alcohol", ["sich", "betrinken|besaufen|betrunken|besoffen|volllaufen|zulaufen|zudröhnen"]),
    ("drugs_alcohol", ["spritzen|gespritzt|schnupfen|geschnupft|ziehen", "heroin|kokain|koks|drogen|droge|line"]),
    ("drugs_alcohol", ["kater", "vom|von", "saufen|trinken|feiern|bier|wein|schnaps"]),
    ("drugs_alcohol", ["pulver|pulvers|zeug|line|lines", "und|dann", "ziehen|zieht|zog|schnupfen|schnupft|schnupfte|schniefen|schnieft|sniffen|snifft|sniefen", "nase"]),
    ("drugs_alcohol", ["pulver|zeug", "nase|schnupfen|schnupft|schnupfte|geschnupft|sniffen|snifft|gesnifft"]),
    ("drugs_alcohol", ["bonbon|bonbons|pilze|pilz|zigarette|zigaretten|keks|kekse|kräuter|pulver|pillen|pille|tabletten|brownies|gummibärchen|tee", "alles|ganz|so|einen|sie|ihn|uns", "schwummrig|high|stoned|benebelt", "machen|macht|machte|sein|fühlen|fühlt|werden|wird"]),
    ("drugs_alcohol", ["wird|werden|wurde|ist|sind|war|waren|fühlt|fühlen|sein", "high|stoned|zugedröhnt|bekifft|benebelt"]),
    ("drugs_alcohol", ["bonbon|bonbons|pilze|pilz|zigarette|zigaretten|keks|kekse|pillen|pille|tabletten|brownies|gummibärchen|pulver", "alles", "komisch|seltsam|bunt|anders|verschwommen", "machen|macht|machte"]),
    ("drugs_alcohol", ["rauch|zigarette|zigaretten|joint|kraut|kräuter|qualm|tüte", "macht|machen|machte|lässt|ließ", "schlapp|kichern|high|benebelt|schwummrig|schwebend|schwebig|dusselig|duselig|matschig|stoned"]),
    ("drugs_alcohol", ["saft|getränk|trank|zaubertrank|erwachsenensaft|glas|flasche|trinkt|getrunken|schluck", "lässt|ließ|lassen|macht|machte", "kopf", "drehen|dreht|drehte|schwirren|schwirrt|schwirrte"]),
    ("drugs_alcohol", ["saft|getränk|zaubertrank|erwachsenensaft|glas|flasche|trinkt|getrunken|schluck", "dreht|drehte", "sich", "alles"]),
    # drunk, told in a child's words ("trinkt den prickelnden Saft und torkelt")
    ("drugs_alcohol", ["glas|gläser|gläschen|flasche|flaschen|trinken|trinkt|trank|getrunken|saft|schluck|becher|zaubertrank", "torkeln|torkelt|torkelte|torkelten|getorkelt|torkelnd"]),
    # --- abandonment
    ("abandonment", ["aussetzen|ausgesetzt|zurücklassen|zurückgelassen|vergessen", "@target", "wald|allein|alleine|immer|straße|autobahn|raststätte|parkplatz|supermarkt|auto"]),
    ("abandonment", ["welpe|welpen|hund|hündchen|katze|katzen|kätzchen|kater|hase|kaninchen|baby|kind|kinder|tier|tiere|haustier|hamster|meerschweinchen|pony", "ausgesetzt|zurückgelassen"]),
    ("abandonment", ["setzen|setzte|setzten", "@target", "wald|straße|autobahn|raststätte|parkplatz", "aus"]),
    ("abandonment", ["lassen|ließ|ließen|gelassen", "@target", "allein|alleine|zurück"]),
    ("abandonment", ["lassen|ließ|ließen|gelassen", "@target", "im", "stich"]),
    ("abandonment", ["@target", "allein|alleine", "gelassen|zurückgelassen"]),
    ("abandonment", ["im", "stich", "lassen|gelassen"]),
    ("abandonment", ["niemand|keiner|keine", "kommen|kam|kamen|gekommen|holen|holte|abholen|holt|helfen|half|suchen|suchte|hören|hörte|lieben|liebte|trösten|tröstete|vermissen|vermisste"]),
    ("abandonment", ["@target", "kommen|kam|kamen|kehrte|kehrten", "nie|niemals|nicht", "mehr|wieder|zurück"]),
    ("abandonment", ["@target", "nie|niemals", "wieder", "zurückkommen|zurückgekommen|heimkommen|sehen|gesehen"]),
    ("abandonment", ["sehen|sah|sahen", "@target", "nie|niemals", "wieder"]),
    ("abandonment", ["für", "immer", "allein|alleine|verloren|verlassen"]),
    ("abandonment", ["allein|alleine|verloren|verlassen", "für", "immer"]),
    ("abandonment", ["einsperren|eingesperrt|sperren|sperrte|sperrten", "@target", "keller|schrank|dachboden|kiste|dunkel|dunkeln|kofferraum"]),
    ("abandonment", ["@target", "keller|schrank|dachboden|kiste|kofferraum|käfig", "eingesperrt|gesperrt|einsperren"]),
    ("abandonment", [_FAMILY, "gehen|ging|gegangen|verschwinden|verschwand|weggehen|fortgehen|verlassen", "für", "immer"]),
    ("abandonment", ["wollen|will|wollte|wollten", "@target", "nicht", "mehr", "haben"]),
    ("abandonment", ["verkaufen|verkauft|verkaufte", "kind|baby|sohn|tochter|bruder|schwester|kinder"]),
    ("abandonment", ["verlassen|verließ|verließen", "@target", "für", "immer"]),
    # no grown-up ever came ("kein Erwachsener ist je gekommen")
    ("abandonment", ["kein|keine|keiner|keinen|nie|niemals", "erwachsener|erwachsene|erwachsenen|mensch|menschenseele|seele|elternteil|lehrer|lehrerin|mama|papa|mutter|vater|eltern|retter|hilfe|polizist|polizei|nachbar|verwandter|großer|große", "kommen|kam|kamen|gekommen|kommt|holen|holte|geholt|abholen|abgeholt|holt|helfen|half|geholfen|suchen|suchte|gesucht|zurückkommen|zurückgekommen|zurück|retten|rettete|gerettet|trösten|tröstete|getröstet"]),
    ("abandonment", ["nie|niemals|nimmer", "jemand|einer|wer", "kommen|kam|kamen|gekommen|zurück|abholen|abgeholt|holen|holte|suchen|suchte|gesucht|retten"]),
    ("abandonment", ["nie|niemals|nimmer", "kommen|kam|kamen|gekommen", "jemand|einer|wer", "zurück|abholen|holen|suchen|retten|helfen|vorbei"]),
    ("abandonment", ["keiner|niemand", "haben|hat|hatte", "@target|sie|ihn|es", "je|jemals|nie|gesucht|abgeholt|geholt|vermisst|gesucht"]),
    ("abandonment", ["ohne", "ihn|sie|es|@target|mich|uns", "umgezogen|weggezogen|umziehen|wegziehen|ausgewandert|auswandern|abgehauen|abhauen"]),
    ("abandonment", ["ziehen|zog|zogen|zieht", "ohne", "ihn|sie|es|@target|mich|uns", "um|weg|fort"]),
    ("abandonment", ["@target", "nie|niemals|nimmer", "zurückgekommen|zurückkommen|zurückkam|wiedergekommen|wiederkommen|wiederkam|heimgekommen|heimkommen|heimkam|heimgekehrt|zurückgekehrt|zurückkehren|zurückkehrte"]),
    ("abandonment", ["autobahn|raststätte|landstraße|straße|straßenrand|waldrand|feldweg|wald|parkplatz|tankstelle|bahnhof|rastplatz", "rausgelassen|rauslassen|ausgesetzt|abgesetzt|zurückgelassen|gelassen|stehengelassen|stehen", "weggefahren|davongefahren|weggefahren|weg|davon|allein|alleine|abgehauen"]),
    # --- stranger, secrets, grooming
    ("stranger_secret", [_STRANGER_NOUN, _LURES]),
    ("stranger_secret", [_STRANGER_STRONG, "geheimnis|geschenk|eis|wohnung|keller|bild|bilder|verstecken|geheim"]),
    ("stranger_secret", ["fremd|unbekannt", "mann|frau|onkel|person|typ|herr|mensch|leute", _LURES + "|geheimnis|geschenk|eis|wohnung|keller"]),
    ("stranger_secret", ["mann|frau|onkel|person|herr|jemand", "nicht", "kennen|kannte", _LURES + "|geheimnis|geschenk"]),
    ("stranger_secret", ["mit", _STRANGER_NOUN, "gehen|mitgehen|fahren|mitfahren|kommen|mitkommen|steigen|einsteigen|auto"]),
    ("stranger_secret", ["folgen|folgte|gefolgt", _STRANGER_NOUN]),
    ("stranger_secret", ["unser", "klein", "geheimnis"]),
    ("stranger_secret", ["mann|onkel|fremde|fremder|nachbar|trainer|lehrer", "geheimnis", "bleiben|behalten|verraten|niemandem|eltern"]),
    ("stranger_secret", ["geheimnis", "unter", "uns"]),
    ("stranger_secret", ["nicht|nichts|niemandem|keinem", "erzählen|sagen|verraten|erzähl|sag", "dein|deinen|euren", "eltern|erwachsenen|erwachsene"]),
    ("stranger_secret", ["erzählen|sagen|verraten|erzähl|sag", "dein|deinen|euren", "eltern|erwachsenen|erwachsene", "nicht|nichts"]),
    ("stranger_secret", ["erzählen|sagen|verraten|erzähl|sag", "nicht|nichts", "dein|deinen|euren", "eltern|erwachsenen|erwachsene"]),
    ("stranger_secret", ["dein|deinen|euren", "eltern", "nicht|nichts|nie", "erfahren|wissen|sagen|erzählen|verraten"]),
    ("stranger_secret", ["schicken|schick|senden|geschickt", "foto|fotos|bild|bilder|video|selfie", "nackt|fremd|fremden|internet|geheim|unterhose|ohne"]),
    ("stranger_secret", ["schicken|schick|senden", "mir", "foto|fotos|bild|bilder|video|selfie", "von", "dir"]),
    ("stranger_secret", ["treffen|getroffen|kennenlernen|kennengelernt|verabreden|verabredet", "internet|online|chat|chatroom"]),
    ("stranger_secret", ["internet|online|chat|chatroom", "treffen|getroffen|kennengelernt|kennenlernen|verabreden|verabredet"]),
    ("stranger_secret", ["freund|freundin|mann|frau|jemand|jemanden|fremde|fremden|fremder", "aus", "internet|chat|chatroom"]),
    ("stranger_secret", ["dein|deine", "mama|papa|eltern|mutter|vater", "schicken|geschickt|gesagt", "abholen|abzuholen"]),
    ("stranger_secret", ["heimlich", "treffen|getroffen|abholen|mitnehmen", "fremd|fremden|fremder|mann|onkel"]),
    ("stranger_secret", ["welpe|welpen|kätzchen|katzenbabys|häschen|hasenbabys|süßigkeiten|bonbons", "lieferwagen|transporter|auto|wagen|kofferraum|van|bus|keller|garage|wohnung|schuppen", "ansehen|anschauen|angucken|ansehn|einsteigen|mitkommen|mitgehen|streicheln"]),
    ("stranger_secret", ["komm|steig|einsteigen|mitkommen|mitgehen|mitfahren", "welpe|welpen|kätzchen|katzenbabys|häschen|süßigkeiten|bonbons", "lieferwagen|transporter|auto|wagen|kofferraum|van|bus|keller|garage|wohnung"]),
    ("stranger_secret", ["süßigkeiten|bonbons|welpen|welpe|geschenk|geschenke|schokolade|eis|lutscher|kätzchen|spielzeug", "wenn|falls|damit", "einsteigt|einsteigen|einsteigst|mitkommt|mitkommen|mitkommst|mitgeht|mitgehen|mitgehst|folgt|folgst|steigt|steigst|mitfährt|mitfahren"]),
    # a reward for pictures ("bietet Leo Geld für Fotos an")
    ("stranger_secret", ["geld|euro|robux|vbucks|skins|skin|gutschein|belohnung|münzen|diamanten|paysafecard", "für|gegen", "foto|fotos|bild|bilder|video|videos|selfie|selfies|nacktbilder"]),
    # hiding the messages from the parents ("die Nachrichten löschen, damit es keiner merkt")
    ("stranger_secret", ["nachricht|nachrichten|chat|chats|chatverlauf|verlauf|nachrichtenverlauf|sms|whatsapp|whatsapps|mails|mail|unterhaltung|unterhaltungen", "löschen|lösche|lösch|löscht|löschte|gelöscht|entfernen|entfernt|verstecken|versteckt", "damit|dass|niemand|keiner|eltern|geheim|mama|papa|heimlich|nicht|nichts|keinem|niemandem"]),
    ("stranger_secret", ["löschen|lösche|lösch|löscht|löschte|gelöscht", "nachricht|nachrichten|chat|chats|chatverlauf|verlauf|nachrichtenverlauf|sms|whatsapp|mails|unterhaltung|unterhaltungen", "damit|dass|niemand|keiner|eltern|geheim|mama|papa|heimlich|nicht|nichts|keinem|niemandem"]),
    ("stranger_secret", ["heimlich|geheim|geheimnis", "nachricht|nachrichten|chat|chats|chatverlauf|verlauf|sms|foto|fotos|bilder|videos|video", "löschen|lösche|lösch|löscht|löschte|gelöscht"]),
    ("stranger_secret", ["geheimnis", "zwischen", "dir|uns", "und|beiden", "mir"]),
    ("stranger_secret", ["mann|onkel|nachbar|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter|kerl", "schoß|schoss|knie|knien", "geheim|geheimnis|niemandem|verraten|verrate|petzen"]),
    ("stranger_secret", ["mann|onkel|nachbar|trainer|lehrer|fremde|fremder|typ|herr|betreuer|erwachsene|erwachsener|hausmeister|babysitter", "geheim|geheimnis", "halten|bleiben|behalten|hält|bleibt"]),
    # asking a child for pictures in the bath, in pyjamas, undressed
    ("stranger_secret", ["schicken|schick|schickt|schickte|geschickt|zuschicken|senden|sende|sendet|gesendet|bitten|bittet|bat|verlangen|verlangt|verlangte|wollen|will|wollte|zeigen|zeig|zeigt", "foto|fotos|bild|bilder|video|videos|selfie|selfies|nacktfoto|nacktbild|webcam|kamera", "badewanne|dusche|unterhose|unterwäsche|höschen|slip|ausgezogen|nackt|nackig|nackte|handtuch|badetuch"]),
    ("stranger_secret", ["foto|fotos|bild|bilder|video|videos|selfie|selfies", "von", "dir|sich|ihr|ihm|euch", "badewanne|dusche|unterhose|unterwäsche|höschen|slip|ausgezogen|nackt|nackig|schlafanzug|pyjama|nachthemd|handtuch|badetuch|badeanzug|badehose|bikini"]),
    ("stranger_secret", ["foto|fotos|bild|bilder|video|videos|selfie|selfies", "badewanne|dusche|unterhose|unterwäsche|höschen|ausgezogen|nackt|nackig|handtuch", "schicken|schickt|zuschicken|senden|sendet|geschickt|gesendet|zu"]),
    # a friend from the internet or a game who asks for pictures, meetings, secrets
    ("stranger_secret", ["internetfreund|internetfreundin|onlinefreund|onlinefreundin|chatfreund|chatfreundin|chatpartner|chatpartnerin|spielefreund|spielefreundin|gamerfreund|onlinebekanntschaft|internetbekanntschaft", "foto|fotos|bild|bilder|video|videos|selfie|treffen|trifft|getroffen|geheim|geheimnis|adresse|wohnung|abholen|besuchen|schicken|schickt|geschenk|geschenke|webcam|kamera"]),
    ("stranger_secret", ["freund|freundin|mann|typ|jemand|spieler|spielerin", "aus|von|bei|in", "spiel|spiele|onlinespiel|game|roblox|fortnite|minecraft|tiktok|instagram|snapchat|discord|app", "foto|fotos|bild|bilder|treffen|geheim|geheimnis|adresse|abholen|schicken|webcam"]),
    # --- horror
    ("horror", ["verschlingen|verschlang|verschlungen|auffressen|aufgefressen|verspeisen|verspeist", _H]),
    ("horror", ["fressen|fraß|frisst|frass", "das|die|den", "kind|kinder|baby|babys|menschen|großmutter|oma|leute|dorfbewohner|mädchen|jungen", "auf"]),
    ("horror", ["fressen|fraß|frisst|frass", "die|den|das", "großmutter|oma|kind|kinder|baby|babys|menschen|dorfbewohner"]),
    ("horror", [_H, "werden|wurde|wurden", "gefressen|aufgefressen|verschlungen|verspeist"]),
    ("horror", ["fressen|gefressen|frisst|fraß|essen|gegessen", "menschenfleisch|menschen"]),
    ("horror", ["zombie|zombies", "beißen|biss|gebissen|fressen|gehirn|gehirne|blut"]),
    ("horror", ["blut", "überall|spritzen|spritzte|strömen|pfütze"]),
    ("horror", ["überall", "blut"]),
    ("horror", ["abtrennen|abgetrennt|abhacken|abgehackt|abreißen|abgerissen|abschneiden|abgeschnitten|abbeißen|abgebissen|abschlagen|abgeschlagen", _BODY]),
    ("horror", [_BODY, "abtrennen|abgetrennt|abhacken|abgehackt|abreißen|abgerissen|abgeschnitten|abgebissen|abgeschlagen"]),
    ("horror", ["hacken|hackte|reißen|riss|beißen|biss|sägen|sägte|schlagen|schlug", _BODY, "ab"]),
    ("horror", ["auge|augen", "ausstechen|ausgestochen|auskratzen|ausgekratzt|ausreißen|ausgerissen"]),
    ("horror", ["stechen|stach|kratzen|kratzte|reißen|riss", "auge|augen", "aus"]),
    ("horror", ["kehle|hals", "durchschneiden|durchgeschnitten|aufschlitzen|aufgeschlitzt"]),
    ("horror", ["schneiden|schnitt", "kehle|hals", "durch"]),
    ("horror", ["besessen", "dämon|dämonen|teufel|satan"]),
    ("horror", ["dämon|teufel|satan", "besitzen|besitzt|besessen"]),
    ("horror", ["lebendig", "begraben|fressen|gefressen|häuten|gehäutet"]),
    ("horror", ["opfern|geopfert", "kind|kinder|baby|babys|jungfrau|menschen"]),
    ("horror", ["leiche|leichen|körper|fleisch", "verfaulen|verfault|verwesen|verwest|maden|würmer"]),
    # skinning and gnawing ("zog den Kindern die Haut ab", "nagt seine Knochen ab")
    ("horror", ["ziehen|zog|zogen|zieht|gezogen", "@target|ihm|ihr|ihnen", "haut|fell|kopfhaut", "ab"]),
    ("horror", ["haut|fell|kopfhaut", "abziehen|abzog|abzogen|abzieht|abgezogen|abreißen|abgerissen|abschneiden|abgeschnitten|abschälen|abgeschält"]),
    ("horror", ["@target", "haut|kopfhaut", "abziehen|abzog|abgezogen|abreißen|abgerissen|abschneiden|abgeschnitten"]),
    ("horror", ["nagen|nagt|nagte|knabbern|knabbert|lutschen|lutscht|kauen|kaut|zermalmen|zermalmt|fressen|frisst|fraß|saugen|saugt", "knochen|gebeine", "des|von|vom|der", _H, "ab|auf|aus"]),
    ("horror", ["knochen|gebeine", "des|von|vom|der", _H, "abnagen|abgenagt|abnagt|abzunagen|abknabbern|abgeknabbert|fressen|gefressen|zermalmen|zermalmt|auslutschen|ausgelutscht|aussaugen|ausgesaugt"]),
    # putting a person into the pot or the oven
    # --- hate
    ("hate", ["dreckig|scheiß|scheiss|sau|drecks|verdammt", _GROUPS]),
    ("hate", ["ausländer|kanaken|kanake|neger|asylanten|juden|türken|moslems", "raus"]),
    ("hate", ["raus", "mit", "den", _GROUPS]),
    ("hate", ["alle", _GROUPS, "raus|abschieben|vergasen|ausrotten|erschießen"]),
    ("hate", ["alle", _GROUPS, "sein|sind", _BAD]),
    ("hate", [_GROUPS, "sein|sind", _BAD]),
    ("hate", ["schwarze|schwarzen|neger", "sein|sind", "affe|affen|tier|tiere|dreckig|faul|dumm|kriminell|untermenschen|primitiv|minderwertig|wild|wilde"]),
    ("hate", ["zurück", "in|nach", "dein|euer|deine|eure", "land|heimatland|dschungel|wüste"]),
    ("hate", ["in|nach", "dein|euer|deine|eure", "land|heimatland|dschungel|wüste", "zurück"]),
    ("hate", ["rasse", "minderwertig|überlegen|höherwertig"]),
    ("hate", ["minderwertig", "rasse"]),
    ("hate", ["sieg", "heil"]),
    ("hate", ["heil", "hitler"]),
    ("hate", ["tod", "den", _GROUPS]),
    ("hate", ["hassen|hasst|hasse", "alle|die", _GROUPS]),
    ("hate", ["ku", "klux"]),
    ("hate", ["ethnisch", "säuberung"]),
    ("hate", ["du", "bist|sein", "behindert|spast|mongo|jude|schwul|zigeuner"]),
    # disability as an insult ("bist du behindert?", "du Spast", "nennen ihn einen Behinderten")
    ("hate", ["nennen|nennt|nannte|nannten|genannt|beschimpfen|beschimpft|beschimpfte|beschimpften|rufen|ruft|rief|riefen|schimpfen|schimpft", _DISABILITY_SLURS]),
    # a group said to be worthless ("Behinderte sind zu nichts nütze", "Dicke sind ekelhaft")
    ("hate", [_GROUPS + "|behinderte|behinderten|mädchen|frauen|dicke|dicken|fette|fetten|alte|arme|schwarze|schwarzen", "sein|sind|waren", "zu", "nichts", "nütze|gut|wert"]),
    ("hate", [_GROUPS + "|behinderte|behinderten|dicke|dicken|fette|fetten|schwarze|schwarzen", "sein|sind|waren", "wertlos|nutzlos|unnütz|unwert|überflüssig"]),
    ("hate", ["dicke|dicken|fette|fetten|übergewichtige", "sein|sind|waren", "ekelhaft|eklig|widerlich|abstoßend|minderwertig|wertlos"]),
    ("hate", ["frauen|mädchen", "sollen|sollten|müssen|haben", "den|ihr|die", "mund|maul|klappe", "halten"]),
    ("hate", ["frauen|mädchen", "sein|sind", "minderwertig|weniger|nichts|dumm|blöd", "wert|als"]),
    # --- single-word scenarios: whole words only, never a compound's tail
    # ("Leiche" would hit "gleiche", "nackt" "geknackt", "Hure" "Broschüre")
    ("death", ["leiche|leichen"]),
    ("violence", ["erschlagen|erschlug|erschlugen"]),
    ("violence", ["erhängen|erhängte|erhängten"]),
    ("sexual", ["nackt|nackte|nackten|nackter|nacktes|nackig|nackend"]),
    ("sexual", ["hoden"]),
    ("insult", ["hure|huren"]),
    ("drugs_alcohol", ["dealer|dealern|dealers|dealen|dealt"]),
    ("death", ["am|ans|ins|im|zum|vom", "grab"]),
    ("insult", ["fresse", "polieren|poliere|polierte|voll|halten"]),
    ("insult", ["schlampe|schlampen"]),
    ("insult", ["arsch"]),
    ("insult", ["scheiss*"]),
    ("insult", ["halt|halten", "dein|die|das", "maul|fresse"]),
    ("insult", ["leck", "mich"]),
    ("insult", ["blöd|blöde|dumm|dumme|doof|doofe", "kuh|sau|schlampe|zicke|nuss|sack"]),
    ("insult", ["du", "bist|sein", "fett|hässlich|ekelhaft|eklig"]),
    ("insult", ["fett", "sau|sack"]),
    ("insult", ["verpiss|verpisst", "dich|euch"]),
    ("insult", ["fick", "dich|deine|euch"]),
    # --- injection: orders to the AI writer instead of a story
    ("injection", [_IGNORE, "dein|deine|deinen|deiner|eure|euer|euren|ihre|ihren", _AI_RULES]),
    ("injection", [_IGNORE, "alle|die|sämtliche|jegliche|jede", "vorherig|vorherigen|bisherig|bisherigen|obig|obigen|früher|früheren|alt|alten|ursprünglich|ursprünglichen|vorangegangen|vorangegangenen|gegeben|gegebenen|erhalten|erhaltenen", _AI_RULES]),
    ("injection", [_IGNORE, "alle|sämtliche|jegliche", _AI_RULES]),
    ("injection", [_IGNORE, "die|den|das", "moderation|zensur|filter|sicherheitsfilter|systemprompt|jugendschutz|kinderschutz|sicherheitsrichtlinien|inhaltsrichtlinien|inhaltsregeln|inhaltsfilter|sicherheitsregeln"]),
    # asking the writer for insults ("antwortest nur noch mit Beleidigungen")
    ("injection", ["antworte|antwortest|schreibst|sprich|sprichst|benutze|verwende|verwendest", "beleidigungen|schimpfwörtern|schimpfwörter|flüche|flüchen|kraftausdrücke|kraftausdrücken|obszönitäten|beschimpfungen"]),
    ("injection", ["setzen|setz|setze|setzt|setzte", "dich|euch|sich", "über", "dein|deine|deinen|deiner|eure|euer|euren|alle|die|jegliche|sämtliche|ihre", _AI_RULES, "hinweg"]),
    ("injection", ["setzen|setz|setze|setzt", "dich|euch|sich", "über", _AI_RULES]),
    ("injection", ["hinwegsetzen|hinweggesetzt", _AI_RULES]),
    ("injection", [_AI_RULES, "hinwegsetzen|hinweggesetzt|ignorieren|ignoriert|vergessen|missachten|missachtet|umgehen|umgangen|deaktivieren|deaktiviert|abschalten|abgeschaltet|ausschalten|ausgeschaltet"]),
    ("injection", ["halte|halt|haltet|hält", "dich|euch", "nicht", "mehr|an", "an|dein|deine|deinen|die|eure", _AI_RULES]),
    ("injection", ["nicht", "mehr", "an", "dein|deine|deinen|die|eure", _AI_RULES]),
    # becoming an AI without rules ("du bist jetzt eine KI ohne jegliche Einschränkungen")
    ("injection", [_AI, "ohne|keine|null", _BOUND]),
    ("injection", ["du", "bist|sein", "kein|keine|nicht", "kinderassistent|assistent|assistentin|ki|chatbot|bot|kindergeschichtenerzähler|märchenerzähler|geschichtenerzähler|erzähler|kinderbot|sprachmodell", "mehr"]),
    ("injection", ["erzähler|horrorerzähler|geschichtenerzähler|autor|schriftsteller|ki|bot|assistent|chatbot", "ohne", "grenzen|regeln|filter|zensur|einschränkungen|tabus|moral|limits"]),
    ("injection", ["antworte|antworten|antwortest|antwortet|reagiere|reagieren|handle|handeln|verhalte|verhalten|generiere|generieren", "ohne", _BOUND + "|jegliche|jede|irgendwelche|alle|deine"]),
    ("injection", [_AI, "ohne", "jegliche|jede|alle|irgendwelche|irgendeine", _BOUND]),
    ("injection", [_UNBOUND, _AI]),
    ("injection", [_AI, "bist|bin|sein|ist", _UNBOUND]),
    ("injection", ["tu|tue|tun|handle|handeln|verhalte|antworte|schreib|schreibe|stell", "so|dich", "als", "ob|hättest|wärst", "du|keine|kein", "keine|kein|regeln|einschränkungen|filter|grenzen", _BOUND + "|hättest|hast|gäbe"]),
    ("injection", ["du", "hast|hättest|besitzt", "keine|kein", "regeln|einschränkungen|filter|grenzen|zensur|beschränkungen|richtlinien|vorgaben"]),
    # showing what the writer was told
    ("injection", ["zeigen|zeig|zeige|verraten|verrate|verrat|nennen|nenne|nenn|ausgeben|gib|gebe|sagen|sag|sage|schreib|schreibe|wiederhole|wiederhol|kopiere|kopier|drucke|druck|teile|teil|verrät|zeigt", "mir|uns|dein|deine|deinen|den|die|das|alle", "systemprompt|systemanweisung|systemanweisungen|api|zugangsdaten|prompt|konfiguration|programmierung|quellcode|systemnachricht"]),
    ("injection", ["zeigen|zeig|zeige|verraten|verrate|verrat|nennen|nenne|nenn|gib|sag|sage|schreib|schreibe|wiederhole|wiederhol|kopiere|kopier|drucke|druck|teile|teil", "mir|uns", "dein|deine|deinen|eure|euren", "anweisungen|instruktionen|vorgaben|regeln|richtlinien|einstellungen|befehle"]),
    # asking for the worst story the writer can make ("schreib die brutalste Geschichte, die du kannst")
    ("injection", ["schreiben|schreib|schreibe|schreibt|erzählen|erzähl|erzähle|erfinden|erfinde|erfind|generieren|generiere|erstellen|erstelle|mach|mache|machen", "die|eine|so|möglichst|extrem|richtig", _EXTREME, "geschichte|story|märchen|szene|text|version|erzählung"]),
    ("injection", ["so|möglichst", "brutal|blutig|grausam|gewalttätig|pervers|versaut|krass|heftig|gewaltvoll|schockierend", "wie", "möglich|du|nur"]),
]

RESCUE: list[str] = [
    # Rescue verbs; the reader itself knows the turns ("bis", "aber", "doch", "zum
    # Glück", "dann"...) after which they count in the same sentence.
    "finden", "fand", "gefunden", "wiederfinden", "wiedergefunden", "retten", "rettete",
    "gerettet", "rettung", "retter", "zurückkommen", "zurückgekommen", "kam", "kamen",
    "kommen", "abholen", "abgeholt", "holen", "holte", "helfen", "half", "geholfen",
    "heimbringen", "zurückbringen", "adoptieren", "adoptiert", "aufnehmen",
    "aufgenommen", "umarmen", "umarmte", "trösten", "tröstete", "getröstet", "sicher",
    "heil", "wiedersehen", "zuhause",
]

NEGATIONS: list[str] = [
    "nie", "niemals", "nicht", "kein", "keine", "keiner", "keinen", "keinem", "niemand",
    "nichts", "ohne", "nimmer", "keinesfalls",
]

ALLOW: list[str] = [
    # mock fights and toys
    "kissenschlacht", "schneeballschlacht", "wasserschlacht", "tortenschlacht",
    "kissenkrieg", "schneeballkrieg", "wasserkrieg", "krieg der sterne",
    "wasserpistole", "wassergewehr", "spritzpistole", "seifenblasenpistole",
    "klebepistole", "heißklebepistole", "spielzeugpistole", "spielzeuggewehr",
    "wasserbombe", "badebombe", "eisbombe", "kalorienbombe", "stinkbombe",
    "schokobombe", "schokoladenbombe", "farbbombe",
    # animals and things named after harm
    "schwertwal", "killerwal", "orca", "killer wal|wale|wals|walen", "high five|fives", "highfive", "schwertfisch", "sternschnuppe", "schwein",
    "wildschwein", "stachelschwein", "sparschwein", "warzenschwein", "hausschwein",
    "glücksschwein", "meerschwein", "insekt", "barsch", "flussbarsch", "rotbarsch",
    "buntbarsch", "zackenbarsch", "marsch", "fußmarsch", "einmarsch", "aufmarsch",
    "vollblut", "halbblut", "warmblut", "kaltblut", "herzblut", "nasenbluten",
    "blutorange", "mitgift", "gegengift", "durchmesser", "zeitmesser", "windmesser",
    "höhenmesser", "regenmesser", "entfernungsmesser", "geschwindigkeitsmesser",
    "buttermesser", "brotmesser", "tortenmesser", "fiebermesser", "malzbier",
    "barbier", "namibier", "gambier", "sambier", "drachentöter", "drachentöterin",
    "aussterben", "ausgestorben", "aussterbend", "absterben", "abgestorben",
    "glassarg", "schneewittchensarg", "elfmeterschießen", "elferschießen",
    "silvesterschießen", "adlerschießen", "bachblüten", "kaltblütig", "warmblütig",
    "heißblütig", "vollblütig", "unblutig", "herumbringen", "bekreuzigen",
    "fischerstechen", "mutterschoß", "fronleichnam", "homosexuell", "bisexuell",
    "transsexuell", "heterosexuell", "intersexuell", "ungiftig", "arschbombe",
    "schwedenbombe", "tintenkiller", "startpistole", "räuberpistole",
    "heißluftpistole", "zapfpistole", "lötpistole", "wolkenverhangen",
    "nebelverhangen", "regenverhangen", "herunterhängen", "überschlagen",
    "niederschlagen", "methoden", "tischlampe", "nachttischlampe",
    "schreibtischlampe", "broschüre", "geknackt", "hartnäckig", "gleiche", "probier",
    "halbier", "wacholderdrossel", "idealer", "blüte", "kirschblüte",
    "apfelblüte", "ingwerbier", "wurzelbier", "kinderbier", "kindersekt",
    "kinderpunsch", "alkoholfrei bier", "schokoladenzigarette", "schokozigarette",
    "kaugummizigarette",
    # idioms with death
    "totlachen", "lachen sich tot", "lachte|lachten|lacht sich tot", "zeit totschlagen",
    "zeit tot", "zeit töten",
    "sterben|sterbe|stirbt|starb vor lachen|langeweile|hunger|neugier|durst|ungeduld|sehnsucht|angst|hitze",
    "vor lachen|langeweile|hunger|neugier|durst|ungeduld|sehnsucht|angst|hitze sterben|sterbe",
    "zu tod|tode erschrecken|erschrocken|langweilen|gelangweilt|lachen|gelacht|freuen|gefreut|ärgern|geärgert|fürchten",
    "tot meer", "totes meer", "tot winkel", "toten winkel", "tot punkt", "toten punkt",
    "totenkopf", "totenkopfflagge", "totenkopfäffchen",
    "sich tot stellen", "tot stellen", "stellen|stellte|stellten|stellt|stelle sich tot",
    # idioms with weapons and blood
    "flinte ins korn", "messer gabel schere licht",
    # a kitchen knife at the table or on food ("mit Messer und Gabel", "schneidet das Brot mit dem Messer")
    "messer und|oder gabel|gabeln|löffel", "gabel|gabeln und|oder messer",
    "brot|brötchen|kuchen|gemüse|obst|apfel|äpfel|tomate|tomaten|gurke|gurken|karotte|karotten|möhren|kartoffeln|käse|butter|zwiebel|zwiebeln|pizza|wurst|torte|birne|melone|fleisch|braten|banane|bananen|orange|orangen|zitrone|erdbeeren|teig|kürbis|brotscheibe|stulle|hähnchen mit dem|einem|ihrem|seinem|dem|omas|opas messer|buttermesser|küchenmesser|brotmesser", "blut lecken", "ruhig blut",
    "kalt blut", "bienenstich", "unverletzt", "unbewaffnet",
    "bringen|bringt|brachte|bringe ihn|sie|dich|mich|euch|uns um acht|sieben|neun|zehn|halb|punkt|mitternacht|elf|sechs|viertel",
    "vom|im|den|der|dem|von|zum krieg der sterne",
    "schlagen|schlägt|schlug|schlugen|schlage vor",
    "schlagen|schlägt|schlug|schlugen purzelbaum|purzelbäume|alarm|wurzeln",
    "schlagen|schlägt|schlug|schlugen ein|einen|das|die|den rad|zelt|purzelbaum|ei|eier|sahne|buch|nagel|tor|haken", "um acht|sieben|neun|zehn|halb|punkt|mitternacht",
    # not meant
    "gift und galle", "giftgrün",
]

TARGETS: list[str] = _HUMANS + _ANIMALS

NEGATABLE: list[str] = ["violence", "death", "abandonment", "horror", "insult"]

# --- Wesen, Menschen fressen, sich vor jemandem ausziehen, Waffen im Kampf ------------
_CREATURES = [
    "kreatur", "kreaturen", "wesen", "monster", "drache", "drachen", "troll", "trolle", "riese", "riesen",
    "oger", "bestie", "bestien", "außerirdische", "außerirdischer", "außerirdischen", "zombie", "zombies",
    "vampir", "vampire", "hexe", "hexen", "zauberer", "kobold", "kobolde", "fee", "feen", "zwerg",
    "gespenst", "gespenster", "geist", "schlafwandler",
]
TARGETS = TARGETS + _CREATURES
_FRESSEN = "fressen|frisst|fraß|fraßen|gefressen|verschlingen|verschlingt|verschlang|essen|isst|aß|aßen|futtern|futtert"
_BEUTE = ("menschen|mensch|leute|kinder|kind|baby|babys|mann|männer|frau|frauen|dorfbewohner|bewohner|nachbarn|"
          "familie|oma|opa|mama|papa|bruder|schwester|freunde|lehrerin")
HARM["horror"] += [f"{_FRESSEN} die|den|das|alle|einen|eine|kleine {_BEUTE}", f"{_FRESSEN} {_BEUTE}",
                   f"{_BEUTE} fressen|frisst|fraß|gefressen|verschlingt|verschlang"]
HARM["sexual"] += ["zieht|zog sich vor", "sich vor @target ausziehen|auszieht|auszog|nackt"]
_WAFFE = "schwert|schwerter|messer|dolch|axt|speer|pistole|pistolen|gewehr|machete|knüppel|keule"
HARM["violence"] += [
    f"kämpft|kämpfen|kämpfte|greift|griff|angreifen|duelliert mit {_WAFFE}",
    f"kämpft|kämpfen|kämpfte|greift|griff|angreifen|duelliert mit einem|einer|dem|der|seinem|ihrem {_WAFFE}",
    "gewalttätig", "gewalttätige", "gewalttätiger",
]

# "knarren" is to creak (a door, a floorboard); "Knarre" (slang for a gun) lemmatises
# the same way.
ALLOW += ["knarren|knarrt|knarrte|knarrten|knarrend|knarrende|geknarrt"]

# --- Familien, die in Umschreibungen, Kinderwörtern und Andeutungen erzählt werden ---------
# Each rule below is one kind of harm told without its plain word: a euphemism for
# death, a child's word for a weapon or a drink, grooming told as a gift for silence,
# and so on. Swiss/Austrian forms and ae/oe/ue spellings stand beside the standard ones.
_HUMANS_MORE = ["nachbarskind", "nachbarskinder", "nachbarsjunge", "nachbarsmädchen", "grossmutter", "grossvater"]
TARGETS = TARGETS + _HUMANS_MORE
_HIT_ANY = (
    "tritt|trat|treten|tretet|schlägt|schlaegt|schlug|schlagen|haut|haute|hauen|prügelt|pruegelt|prügelte|"
    "verprügelt|verhaut|verhaute|verhauen|boxt|boxte|beißt|beisst|biss|kickt|kickte|drischt|drosch|vermöbelt"
)
_BLUNT = "stecken|stock|stöcke|knüppel|prügel|ast|stab|gürtel|guertel|kochlöffel|rute|peitsche|pantoffel|faust|fäusten|faeusten|flachen|baseballschläger|schläger|hammer"
_HOME_NOT = "nie|nimmer|niemals|nicht"
_ONLINE = (
    "onlinespiel|onlinespielen|online|internet|chat|tablet|handy|app|discord|tiktok|snapchat|instagram|"
    "whatsapp|roblox|fortnite|minecraft|computer|konsole|netz"
)
_ADULT = (
    "mann|onkel|nachbar|nachbarin|trainer|lehrer|fremde|fremder|unbekannter|typ|herr|betreuer|erwachsene|"
    "erwachsener|hausmeister|babysitter|babysitterin|kerl|schwimmlehrer|freund|bekannter"
)
_SILENCE_GIFT = (
    "schenkt|schenkte|schenken|gibt|gab|geben|kauft|kaufte|verspricht|versprach|bekommt|bekam|kriegt|kriegte|"
    "bringt|brachte"
)
_TELL = "verrät|verraet|verraten|erzählt|erzaehlt|erzählen|erzaehlen|sagt|sagen|petzt|petzen|zeigt|erzähle|erzählst"
_CLOTHES_DE = (
    "kleider|kleidung|hose|hosen|unterhose|unterhosen|höschen|hoeschen|hemd|shirt|tshirt|t|pyjama|schlafanzug|"
    "nachthemd|badeanzug|badehose|bikini|sachen|klamotten|unterwäsche|unterwaesche|oberteil|windel|rock|kleid"
)
_UNDERWEAR = "unterhose|unterhosen|höschen|hoeschen|slip|badehose|schlüpfer|unterwäsche|windel|windeln|badeanzug"
# Private parts and what children call them.
HARM["sexual"] += [
    "pipimann", "pipimännchen", "zipfel", "zipferl", "schnäbi", "schnaebi", "pfiffi", "muschi", "mumu",
    "schlitz", "scheide", "privatstelle", "privatstellen", "intimstelle", "intimstellen", "pillermann",
    "pimmelchen", "brüstchen", "streicheleinheiten",
]
HARM["violence"] += [
    "erdolchen", "erdolcht", "erdolchte", "erdolchten", "niederhacken", "niederhackt", "niederhackte",
    "niedergehackt", "niedermetzeln", "niedermetzelt", "niedergemetzelt", "abstechen", "absticht",
    "zünden|zündet|zündete|zündeten|zuenden|zuendet die|den|das|eine|einen|ein|seine|ihre|seinen|ihren @target an|am|im|beim|mit",
]
HARM["death"] += ["ausknipsen", "ausgeknipst", "auslöschen", "ausgelöscht"]
HARM["drugs_alcohol"] += [
    "bierli", "bierchen", "bierle", "schnäpschen", "schnaepschen", "schnäpsle", "schnapserl", "schnapsflasche",
    "schnapsflaschen", "flachmann", "saufen", "gesoffen", "kräuterzigarette", "kräuterzigaretten",
    "kräuterzigarettchen", "zigarettchen", "tüte|tütchen|tuete rauchen|raucht|rauchte|drehen|dreht|drehte",
    "zauberpulver|zauberstaub|feenstaub|pulver|puder durch|in die|der nase",
]
# gnawing at people ("nascht an den Kindern"), not "nagt an seinem Knochen"
HARM["horror"] += ["nascht|naschte|nagt|nagte|frisst|fraß|frass|futtert|futterte|knabbert|knabberte an den|dem|einem|einer @target"]
HARM["hate"] += ["terroristin", "terroristen", "schwuchteln", "kanaken", "zigeunerin"]
HARM["abandonment"] += ["verstossen|verstoßen von " + _FAMILY + "|grossmutter|grossvater|familie|ihren|seinen"]

SCENARIOS += [
    # --- violence told softly: a beating until the victim can no longer walk
    ("violence", [_HIT_ANY + "|" + _BLUNT, "dass|bis", "er|sie|es|der|die|das|@target", "nicht|nie|nur|kaum", "mehr|noch", "laufen|gehen|stehen|aufstehen|atmen|humpeln|hinken|kriechen|bewegen|sehen|weint|weinen|wimmern"]),
    ("violence", [_BLUNT, "bis|dass", "er|sie|es|der|die|das|@target", "weint|weinte|blutet|blutete|schreit|schrie|wimmert|humpelt|zusammenbricht"]),
    ("violence", ["mit", "dem|seinem|ihrem|einem", "kopf|schädel|schaedel|gesicht", "vom|von|des|der", "gegen|an"]),
    ("violence", ["@target", "knochen|rippen|genick|kiefer|nase|finger", "brechen|bricht|brach|gebrochen|zertrümmert|zertrümmern"]),
    # a blade drawing on someone's skin ("macht mit der Schere Muster in die Arme")
    ("violence", ["schere|bastelschere|nagelschere|messer|taschenmesser|rasierer|rasierklinge|klinge|zirkel|scherbe|nadel|cutter", "muster|linien|striche|kratzer|schnitte|löcher|loecher|zeichen|bilder", "arm|arme|armen|haut|bein|beine|beinen|gesicht|bauch|handgelenk|handgelenke"]),
    ("violence", ["kissen|polster|hand|decke|tüte|tuete|plastiktüte", "fest", "auf|aufs|über|ueber", "schnauze|gesicht|mund|nase|maul"]),
    # --- death told as sleep, stars, switching off
    ("death", [_FAMILY + "|eltern|grossmutter|grossvater|hund|katze|@target", "sind|ist|wurde|wurden|war|waren", "sternchen|stern|sterne|sternlein|engel|engelchen|engelein", "am|im", "himmel"]),
    ("death", ["hat|haben|hatte|hatten", "keine|kein", "eltern|mama|papa|mutter|vater|familie", "mehr"]),
    ("death", [_HOME_NOT, "mehr|wieder", "atmet|atmen|atmete|aufwacht|aufwachen|aufwachte|aufzuwachen|erwacht|erwachen|erwachte"]),
    ("death", ["knipst|knipste|schaltet|schaltete|pustet|pustete|löscht|loescht|löschte", "@target", "aus"]),
    ("death", ["@target", "ausknipsen|ausschalten|auspusten|auslöschen|ausloeschen"]),
    ("death", ["schickt|schickte|geschickt|schicken|schickst", "über|ueber", "die", "regenbogenbrücke|regenbogenbruecke"]),
    # --- poison: what stands under the sink, washing pods, someone's sleeping pills
    ("poison_medicine", ["zaubertrank|trank|getränk|getraenk|saft|tee|suppe|trinken|trinkt|austrinken|schluck", "zeug|flüssigkeit|fluessigkeit|mittel|pulver|sachen", "unterm|unter", "waschbecken|spüle|spuele|spülbecken|becken|spültisch"]),
    ("poison_medicine", ["unter|unterm", "spüle|spuele|spülbecken|waschbecken|becken|spültisch", "in|ins", "saft|kaffee|tee|milch|kakao|getränk|glas|becher|fläschchen|flasche|suppe|essen|limo|mund"]),
    ("poison_medicine", ["lutschen|lutscht|lutschte|lutschten|schlecken|schleckt|nuckeln|nuckelt|knabbern|knabbert|kauen|kaut|essen|isst|naschen|nascht|probieren|probiert", "waschmittel*|spülmittel*|spuelmittel*|geschirrspül*|spültab*|wäsche*|waesche*|reiniger*|putzmittel*|spülmaschinen*|tabs"]),
    ("poison_medicine", ["schlummer*|schlaf*|beruhigungs*|einschlaf*", "heimlich|in", "in|kaffee|tee|saft|milch|essen|suppe|fläschchen|glas|becher"]),
    # --- sexual: undressing, touching, "what is under the nightgown"
    ("sexual", ["zeigen|zeigt|zeigte|gezeigt|sehen|sieht|sah|gucken|guckt|schauen|schaut", "was", "darunter|drunter"]),
    ("sexual", ["was", "unter|unterm|in|im", "nachthemd|unterhose|höschen|hoeschen|rock|kleid|schlafanzug|pyjama|badehose|badeanzug|slip|unterwäsche|windel|hose"]),
    ("sexual", ["kuschelspiel*|spiel|spiele|spielen|doktor|tanzen|tanzt|foto|fotos|video|anfassen|streicheln|kuscheln|kuschelt|massage|massieren", "ohne", _CLOTHES_DE]),
    ("sexual", [_UNDERWEAR, "ausziehen|auszieht|auszog|ausgezogen|runterlassen|runterlässt|runterliess|runterziehen|runterzieht|herunterlassen|ausziehn"]),
    ("sexual", ["gegenseitig", "anfassen|anfasst|angefasst|befummeln|betatschen|ausziehen|untersuchen|streicheln"]),
    ("sexual", ["besondere|besonderen|spezielle|speziellen|geheime|geheimen", "streichel*|kuschel*|massage*|küss*|kuess*|bussi*"]),
    # --- self-harm in a child's words
    ("self_harm", ["sich|mir|dir|uns", "selbst|selber", "weh|aua|wehtun|wehgetan|verletzen|verletzt|ritzen|ritzt|schneiden|schneidet|schnitt|schlagen|schlägt|kratzen|kratzt|beißen|beisst|verbrennen|verbrennt|bestrafen|bestraft"]),
    ("self_harm", ["stürzt|stuerzt|stürzte|stürzen|wirft|warf|werfen|schmeißt|schmeisst", "sich", "vom|von|aus|vor", "hochhaus*|dach*|brücke*|bruecke*|fenster|turm|balkon|klippe*|zug|auto|lastwagen|bus"]),
    ("self_harm", ["sich", "vom|von|aus", "hochhaus*|dach*|brücke*|bruecke*|fenster|turm|balkon|klippe*", "stürzt|stuerzt|stürzte|stürzen|wirft|warf|werfen|schmeißt|schmeisst|fallen|fällt"]),
    ("self_harm", ["legt|legte|legen|stellt|stellte", "sich", "auf|vor|zwischen", "gleis*|bahngleis*|schiene*|autobahn|zug|lastwagen"]),
    ("self_harm", ["dach|hochhaus|brücke|bruecke|turm|balkon|fenster|klippe", "runterzuhüpfen|runterzuspringen|hinunterzuspringen|runterspringen|runterhüpfen|hinunterspringen|runterzuspringen|runterhuepfen"]),
    ("self_harm", ["will|wollte|möchte|moechte|wünscht|wuenscht", "für|fuer", "immer", "weggehen|verschwinden|einschlafen|schlafen|fortgehen"]),
    ("self_harm", ["will|wollte|soll|sollte|möchte|moechte|beschließt|beschliesst|beschloss", "nicht|nie", "mehr", "da|leben|existieren|aufwachen|aufzuwachen|atmen"]),
    ("self_harm", ["hungert|hungerte|hungern", "sich", "aus|tagelang|dünn|duenn"]),
    ("self_harm", ["isst|aß|ass|essen|frisst", "absichtlich|extra", "nix|nichts|kaum"]),
    ("self_harm", ["bis", "man", "rippen|knochen"]),
    # --- drinking and drugs
    ("drugs_alcohol", ["saufen|säuft|saeuft|soff|soffen|trinken|trinkt|tranken|bechern", "bis", "er|sie|es|alle|man", "kotzen|kotzt|kotzte|brechen|erbrechen|umfallen|umkippen|torkeln|lallen"]),
    ("drugs_alcohol", ["mischen|mischt|mischte|kippen|kippt|kippte|schütten|schüttet|schuettet|gießen|giesst|gießt", "rum|schnaps|wodka|whisky|likör|bier|wein|alkohol|korn|sekt", "in"]),
    ("drugs_alcohol", ["weiße|weisse|weißes|weisses|weißen|weissen|magische|magischen|zauber", "pulver|zauberpulver|puder|mehl|staub|zucker|brausepulver", "nase|schnupfen|schnupft|ziehen|zieht"]),
    ("drugs_alcohol", ["pilz|pilze|pilzen", "futtern|futtert|essen|isst|aß|gegessen|knabbern|naschen|nascht", "damit|um|dann|und|bis", "bunte|bunten|farben|halluzin*|schweben|fliegen|drachen|einhörner|glitzern"]),
    ("drugs_alcohol", ["nippt|nippen|nippte|schluck|schlückchen|trinkt|probiert", "bierli|bierchen|schnäpschen|schnaepschen|schnaps|bier|wein|likör"]),
    ("drugs_alcohol", ["gras|hanf|marihuana|cannabis|weed|hasch", "anbauen|anbaut|anbaute|angebaut|züchten|züchtet|zuechtet|rauchen|raucht|rauchte|drehen|dreht|kiffen"]),
    # --- abandonment
    ("abandonment", ["@target", "aussetzen|aussetzt|aussetzte|ausgesetzt|abgesetzt"]),
    ("abandonment", ["@target", "das|den|die|der", "keiner|niemand", "mehr|je|jemals", "wollte|will|wollten|mochte|liebte|haben|wollen"]),
    ("abandonment", ["vergisst|vergaß|vergass|vergessen|verliert|verlor|verloren|lässt|laesst|ließ|liess|lassen", "absichtlich|extra|bewusst|mutwillig", "@target|die|den|das|ihr|sein|seine|ihre"]),
    ("abandonment", ["heim|kinderheim|waisenhaus|kinderdorf", "abgeben|abgibt|abgab|abgegeben|ab"]),
    ("abandonment", ["lebt|lebte|leben|wohnt|wohnte|schläft|schlaeft|schlief", "allein|alleine", "auf", "der", "straße|strasse|gasse"]),
    ("abandonment", ["fährt|faehrt|fuhr|fahren|fuhren|fliegt|flog|zieht|zog|geht|ging", "für|fuer", "immer", "weg|weiter|davon|fort|los"]),
    ("abandonment", ["lassen|lässt|laesst|ließ|liess|ließen|gelassen", "ihn|sie|es|@target", "bahnsteig|bahnhof|raststätte|raststaette|autobahn|parkplatz|haltestelle|tankstelle|wald|straßenrand|strassenrand", "stehen|zurück|allein|alleine|sitzen|liegen"]),
    ("abandonment", ["@target", "wald|autobahn|raststätte|raststaette|supermarkt|parkplatz|tankstelle", "vergessen|zurückgelassen|gelassen|abgesetzt"]),
    ("abandonment", ["allein|alleine|ganz", "tagelang|wochenlang|nächtelang|naechtelang|monatelang"]),
    ("abandonment", ["tagelang|wochenlang|nächtelang|naechtelang", "regen|kälte|kaelte|dunkeln|haltestelle|bahnsteig|straße|strasse|wald|keller"]),
    ("abandonment", ["keller|schrank|dachboden|abstellkammer|besenkammer|kiste|käfig|kaefig|kofferraum", "urlaub|ferien|reise|monat|wochen|woche|tagelang|wochenlang"]),
    # --- grooming: gifts for silence, secrets, meeting alone, the webcam
    ("stranger_secret", [_SILENCE_GIFT, "damit|wenn|solange|falls", "nicht|nichts|niemandem|nie|keinem", _TELL]),
    ("stranger_secret", ["wenn|solange|falls", "niemandem|keinem|nichts|nie", "erzählt|erzaehlt|verrät|verraet|sagt", "kriegt|bekommt|gibt|schenkt"]),
    ("stranger_secret", [_SILENCE_GIFT, "damit|solange|wenn", "geheimnis|geheim"]),
    ("stranger_secret", ["eltern|mama|papa|mutter|vater|mami|papi|niemandem|keinem", "nichts|nie|nix", "von|über|ueber", "treffen|treffpunkt|besuchen|besuche|spezialspiel|spielen|fotos|foto|video|geheimnis|kuscheln"]),
    ("stranger_secret", ["mama|papa|eltern|mutter|vater|mami|papi|niemand|keiner", "muss|darf|soll|braucht|dürfen|sollen", "nichts|nix|nie", "davon|wissen|erfahren|merken"]),
    ("stranger_secret", [_ONLINE, "allein|alleine|heimlich", "treffen|trifft|treffe|verabreden|verabredet|abholen|holt"]),
    ("stranger_secret", ["kennt|kannte|kennen", "nur", "vom|aus|im|übers|ueber|über|von", _ONLINE]),
    ("stranger_secret", ["foto|fotos|bild|bilder|video|videos|selfie|selfies", "ohne", _CLOTHES_DE]),
    ("stranger_secret", ["webcam|kamera", "einschalten|anmachen|anschalten|an|einschaltet|anmacht", "tür|tuer|zimmertür|abschließen|abschliessen|allein|alleine|nachts|abends|heimlich|eltern|schlafen"]),
    ("stranger_secret", ["verrät|verraet|verraten|erzählt|erzaehlt|erzählen|sagt", "niemandem|keinem|nie|nichts", "was", _ADULT]),
    ("stranger_secret", ["was", _ADULT, "mit", "ihr|ihm|ihnen|dir|mir", "macht|machte|mache|tut|tat|spielt"]),
    ("stranger_secret", ["herr|mann|onkel|fremder|unbekannter|nachbar|typ|kerl", "welpe*|hundewelpe*|kätzchen|katzenbabys|süßigkeiten|suessigkeiten|bonbons|schoki|eis", "auto|kofferraum|wagen|transporter|lieferwagen|keller|gartenhaus*|wohnung"]),
    # --- horror: eating children, cooking them, a body's insides
    ("horror", ["monster|hexe|riese|oger|wolf|drache|bär|baer|krokodil|kreatur|bestie|ungeheuer|kuscheltier", "das|der|die|den|welches", "@target", "isst|frisst|fraß|frass|aß|verspeist|futtert|verschlingt|kocht|nascht"]),
    ("horror", ["aus", "dem|der|einem|einer|den", "@target", "abendbrot|abendessen|mittagessen|frühstück|fruehstueck|mahlzeit|braten|eintopf|wurst|suppe|gulasch"]),
    ("horror", ["zahn|zähne|zaehne|zähnchen|zaehnchen|finger|fingernägel|nägel|augen|ohren|zehen", "während|waehrend|als|bis", "schreien|schreit|schrie|schrien|kreischen|kreischt|wimmern|wimmert|jaulen|jault"]),
    # --- hate: contempt for a group, for a headscarf, for a skin colour, for girls
    ("hate", [_GROUPS + "|schwarze|schwarzen|muslima|muslimas", "keine|kein|nicht|weniger", "richtigen|richtige|echten|echte|menschen|mensch|wert"]),
    ("hate", [_GROUPS + "|schwarze|schwarzen", "bösen|boesen|böse|boese|schuld|schlechten", "sind|seien|waren"]),
    ("hate", ["nennen|nennt|nannte|nannten|beschimpft|beschimpfte|bezeichnet|bezeichnete|schimpft|schimpfte", "terrorist|terroristin|terroristen|affe|äffin|neger|negerin|kanake|zigeuner|zigeunerin|schlitzauge|spast|spasti|mongo|behindi|krüppel|schwuchtel"]),
    ("hate", ["kopftuch|kopftüchern|kopftuechern|tüchern|tuechern|tücher|kopftücher|turban|kippa|hidschab|hijab", "schmutzig|dreckig|stinken|stinkt|eklig|böse|boese|gefährlich|terror*|rausgeworfen|raus"]),
    ("hate", ["komisch|komischer|komische|falscher|falsche|hässlicher|haesslicher|hässliche|dreckiger|dreckige|schmutziger|schmutzige", "hautfarbe"]),
    ("hate", ["hautfarbe|hautfarben", "nicht|raus|weg|dreckig|schmutzig|eklig|hässlich|stinkt|stinken|minderwertig"]),
    ("hate", ["mädchen|mädels|maedels|mädel|frauen|weiber", "nur", "küche|kueche|herd"]),
    ("hate", ["mädchen|mädels|maedels|mädel|frauen|weiber", "nix|nichts", "zu", "melden|sagen"]),
    ("hate", ["verspotten|verspottet|verspottete|hänseln|hänselt|haenselt|hänselte|auslachen|lacht|lachen|lachte|mobben|mobbt", "weil", "behindert|rollstuhl|autist|autistisch|down*|trisomie|schwarz|jude|jüdisch|muslim|muslimisch"]),
    # --- orders to the writer
    ("injection", ["jede|jeden|alle|alles", "ohne", "zensur|filter|einschränkungen|einschränkung|beschränkungen|richtlinien|grenzen"]),
    ("injection", ["als", "gäbe|gaebe|gebe|gibt", "es", "keine", "richtlinien|regeln|grenzen|filter|zensur|vorgaben|anweisungen|einschränkungen"]),
    ("injection", ["verrate|verrat|verraten|zeig|zeige|zeigen|nenne|nenn|gib|schreib|schreibe|wiederhole|kopiere", "deine|ihre|eure", "versteckten|geheimen|internen|ursprünglichen|versteckte|geheime|interne", "anweisungen|anweisung|regeln|richtlinien|instruktionen|prompt|systemprompt|vorgaben"]),
]

ALLOW += [
    # knives and scissors made for children or the table
    "kindermesser|kindermessern|obstmesser|gemüsemesser|gemuesemesser|schälmesser|frühstücksmesser|tafelmesser|käsemesser|pizzamesser|kinderschere",
    # "dying of curiosity"
    "sterben|stirbt|starb|sterbe|sterb fast|beinahe|schier|gleich|noch vor neugier|lachen|langeweile|hunger|durst|sehnsucht|aufregung|spannung|ungeduld|hitze|neid",
    "sterben|stirbt|starb|sterbe vor neugier|lachen|langeweile|hunger|durst|sehnsucht|aufregung|spannung|ungeduld|hitze|neid",
    # "Killer" as praise in sport and fashion
    "killer aufschlag|schlag|ball|schuss|wurf|smash|lächeln|laecheln|look|outfit|idee|trick|move|moves|tor|kombi",
    "killeraufschlag", "killerschlag", "killerball", "killerlächeln",
    "zeit tot", "zeit totschlagen|totzuschlagen|totgeschlagen",
]

# --- Dritte Runde: ganze Familien aus dem dritten Abstimmungssatz ---------------------------
# "Giftig" allein erklärt einen Pilz im Wald; gegessen, gegeben oder eingerührt ist es Gift.
_GIVE_EAT = (
    "essen|isst|aß|gegessen|trinken|trinkt|trank|getrunken|geben|gibt|gab|gegeben|verfüttert|verfüttern|"
    "füttert|futtert|futtern|serviert|servieren|mischt|mischen|probiert|probieren|kostet|kosten|schluckt|"
    "schlucken|schenkt|anbieten|bietet|pflückt|sammelt"
)
_KIDS_DE = "kinder|kind|menschen|leute|babys|baby|jungen|mädchen|schüler|sie|ihn"
_OUTSIDERS_DE = (_ADULT + "|herr|schwimmtrainer|reitlehrer|bademeister|sportlehrer|fußballtrainer|zauberer|"
                 "stiefvater|fotograf|arzt|eismann|kioskmann")
_PILLS_DE = _PILL_FORMS + "|pillchen|tablettchen|pillen|tabletten|kapseln"
_DRINKS_DE = "tee|saft|kaffee|suppe|milch|limo|limonade|kakao|essen|glas|becher|tasse|brei|wasser|getränk|trinkflasche"
HARM["violence"] += ["abreibung", "dresche", "watschn", "watsche", "backpfeife", "kaltmachen", "kaltgemacht", "kaltmacht",
                     "fresse|visage|schnauze poliert|polieren|polierte|polierten"]
HARM["drugs_alcohol"] += ["haschkekse", "haschkeks", "haschkeksen", "haschbrownies", "haschbrownie", "spacecake", "spacekekse",
                          "space cake|cakes|kekse"]
HARM["sexual"] += ["splitterfasernackt", "brüsten", "aufreizend", "aufreizende", "aufreizenden",
                   "inhalte|inhalt|texte|geschichten für erwachsene", "erwachseneninhalte"]
SCENARIOS += [
    # -------- poison
    ("poison_medicine", [_GIVE_EAT, "giftig*"]),
    ("poison_medicine", ["giftig*", _GIVE_EAT]),
    ("poison_medicine", [_PILLS_DE, "als|wie", "bonbons|süßigkeiten|smarties|gummibärchen|naschis|drops"]),
    ("poison_medicine", [_PILLS_DE, "jackentasche|tasche|handtasche|schublade|schrank|badezimmerschrank|rucksack|arzneischrank|medizinschrank", "futtert|isst|schluckt|nascht|verteilt|futtern|essen|schlucken|verteilen"]),
    ("poison_medicine", ["kanister|garage|gartenhäuschen|gartenhaus|schuppen|werkstatt", "in", "den|die|das|ihren|seinen", _DRINKS_DE]),
    # -------- violence
    ("violence", ["macht|machen|machte|mache|machst", "den|die|ihn|sie|ihm|einen", "@target|mobber|rivalen|feind|typen|lehrer", "kalt"]),
    ("violence", ["mischt|mischen|mischte|aufgemischt", "den|die|ihn|sie", "neuen|kleinen|jungen|@target"]),
    ("violence", ["nur", "noch", "am", "boden"]),
    ("violence", ["verpasst|verpassen|verpasste|gibt|gab|kriegt|bekommt|setzt", "abreibung|tracht|dresche|keile|senge|schelle|schellen|ohrfeige|ohrfeigen|backpfeife|watschn|watsche"]),
    ("violence", ["eins|ens", "mit", "dem|der|einem|einer|seinem|ihrem", _BLUNT]),
    ("violence", [_BLUNT, "manieren|benehmen|respekt|mores", "beibringt|beibringen|beibrachte|lehrt"]),
    ("violence", ["spießt|spießen|spießte|aufspießen|aufgespießt", "den|die|das|einen|eine|ihn|sie", "@target|bauern|ritter|soldaten|feind"]),
    ("violence", ["pullis|pulli|pullover|langarm|ärmel|schminke|schal", "blauen|blaue", "flecken|flecke"]),
    ("violence", ["blauen|blaue", "flecken|flecke", "verstecken|verdecken|versteckt|verdeckt|pulli|pullis|ärmel|schminke"]),
    # -------- death (water is a toy word for weapons: drowning is told as death)
    ("death", ["steht|stehen|stand|standen|wacht|wachen|wachte", "nicht|nie|nimmer", "mehr|wieder", "auf"]),
    ("death", ["steif|starr|reglos", "käfig|aquarium|korb|bett|boden|stall"]),
    ("death", ["alle|mama|papa|eltern|oma|opa|familie", "für", "immer", "weggingen|weggehen|weg|fort|gingen|gegangen|verschwanden"]),
    ("death", ["drückt|drücken|drückte|hält|hielt|taucht|tauchte", "den|ihren|seinen|dessen", "kopf", "unter|runter|wasser|badewanne"]),
    ("death", ["aufhört|aufhören|aufhörte", "zu", "zappeln|atmen|strampeln|zucken"]),
    # -------- self-harm
    ("self_harm", ["ohne", "ihn|sie|mich|uns", "besser|glücklicher"]),
    ("self_harm", ["lieber", "für", "immer", "unsichtbar|verschwinden|verschwunden|weg|tot|schlafen"]),
    ("self_harm", ["isst|aß|essen", "damit|um|bis", "klein|dünn|weg|verschwindet|verschwinden|unsichtbar"]),
    # -------- horror
    ("horror", ["näht|nähen|nähte|tackert|klebt", "augen|mund|lippen|lider", "zu"]),
    ("horror", ["nass|durchnässt|getränkt|triefend|klebrig", "rot", "tropft|tropfen|tropfte|pfütze|boden|treppe"]),
    ("horror", ["verschwundenen|verschwundene|vermissten|vermisste|entführten", "kinder|kind|mädchen|jungen|babys", "haken|gestapelt|eingefroren|kühltruhe|gläsern"]),
    ("horror", ["hört|hören|hörte", "jedes|jeden|jede", "knacken|knacks|knirschen|schrei|krachen|knochen"]),
    ("horror", ["mann|frau|ding|kreatur|wesen|junge|mädchen|gestalt", "ohne", "gesicht|haut|augen|mund"]),
    ("horror", ["ihn|sie|es|uns|mich|dich", "aufzufressen|auffressen|auffrisst|verschlingen|verspeisen"]),
    ("horror", ["zieht|zog|zerrt|zerrte|schleppt|schleppte", _T, "in|unter", "die|den|das", "dunkelheit|dunkle|erde|boden|grab|keller|tiefe"]),
    ("horror", ["knochen|augen|fingernägel|nägel|zehennägel|zunge", "herausziehen|rausziehen|ausreißen|herausreißen|rausreißen|ausgerissen|herausgezogen"]),
    ("horror", ["stück|stückchen|bisschen", "von|seiner|ihrer", "zehen|fingern|finger|ohren|nase|haut"]),
    ("horror", ["reißt|riss|reißen|abreißen", "haut|gesicht|kopfhaut", "vom|von|ab"]),
    ("horror", ["kissen|bett|laken|bettwäsche", "sind|waren|ist|war", "rot|blutig"]),
    ("horror", ["sind|waren|ist|war", "kissen|bett|laken|bettwäsche", "rot|blutig"]),
    ("horror", ["nimmt|nahm|holt|holte|stiehlt|klaut", "die|ihre|seine|deine", "augen", "mit|weg"]),
    ("horror", ["wochenlang|monatelang|tagelang|nächtelang", "nicht|kein|keine", "schlafen|schläft|auge"]),
    ("horror", ["richtige|echte|heftige", "albträume|alpträume|albtraum|alptraum"]),
    ("horror", ["fleisch|wurst|würste|braten|suppe|eintopf|gulasch|frikadellen|buletten|hackfleisch", "seit|seitdem|nachdem", "fehlen|verschwunden|vermisst|weg"]),
    ("horror", [_KIDS_DE, "zerkauen|zerkaut|zerbeißen|zerbeißt|zermalmen|zermalmt|verschlucken|verschluckt"]),
    ("horror", ["maske|mantel|mütze|handschuhe|teppich|lampenschirm", "aus", "dem|der", "gesicht|haut", "eines|einer|von|seiner|ihrer"]),
    # -------- abandonment
    ("abandonment", ["allein|alleine|wochenlang|tagelang", "ohne", "essen|nahrung|trinken|wasser"]),
    ("abandonment", ["wochenlang|tagelang|monatelang", "allein|alleine"]),
    ("abandonment", ["kommt|kam|kommen", "nie|nimmer|niemals", "mehr|wieder", "zurück|heim"]),
    ("abandonment", ["wartet|warten|wartete", "tagelang|wochenlang|monatelang|jahrelang"]),
    ("abandonment", ["hitze|sonne|prallen|kind|sohn|tochter|baby|hund", "abgeschlossenen|verschlossenen|geschlossenen|heißen", "auto|wagen"]),
    ("abandonment", ["setzen|setzt|setzte|setzten|lassen|lässt|ließen", "raststätte|autobahn|straßenrand|wald"]),
    # -------- drugs
    ("drugs_alcohol", ["rollen|rollt|drehen|dreht|rauchen|raucht", "kräuter|kraut|blätter|gras|joint|tüte", "papier|ziehen|zieht|rauchen"]),
    ("drugs_alcohol", ["lustigen|lustige|komischen|besonderen|magischen", "kräuter|kraut|blätter|gras|pflanzen|pilze"]),
    # -------- sexual
    ("sexual", ["wo|wohin|unter", "die|der|das|seine|ihre", "badehose|unterhose|badeanzug|bikini|höschen", "ist|sitzt|sind|war"]),
    ("sexual", ["kitzelspiel|kuschelspiel|doktorspiel|geheimspiel", "unter", "der|die", "decke|bettdecke"]),
    ("sexual", ["ausziehen|auszieht|ausgezogen|ausziehe", "anfassen|berühren|streicheln|küssen|anfasst|anzufassen"]),
    ("sexual", ["fasst|fasste|greift|griff|streichelt", "unter", "dem|den|die|der|ihrem|seinem|ihr|sein", _CLOTHES_DE]),
    ("sexual", ["heimlich", "dusche|duschen|mädchendusche|umkleide|umkleidekabine|mädchenumkleide|sauna"]),
    ("sexual", [_OUTSIDERS_DE, "dusche|duschen|umkleide|bett|sauna|kabine", "anfasst|anfassen|fasst|berührt|streichelt|befummelt|übt|zeigt"]),
    ("sexual", ["ohne", _UNDERWEAR.replace("|windel|windeln", "") + "|sachen|kleider|kleidung|klamotten"]),
    ("sexual", ["da|dort", "unten", "zu", "zeigen|anfassen|berühren"]),
    ("sexual", ["filmt|filmen|fotografiert|fotografieren|knipst", "heimlich|nackt|umkleide|dusche|badewanne"]),
    ("sexual", ["küssen|küsse|kuss", "wie", "bei|die", "erwachsenen|erwachsene|großen"]),
    # -------- strangers and secrets
    ("stranger_secret", ["freund|freundin|freunde|kumpel", _FAMILY, "nichts|nix|nie|nicht", "wissen|erfahren|merken"]),
    ("stranger_secret", [_LURES + "|gratis|umsonst|geld|gems|robux", "wenn|falls", "mit|mitkommt|mitkommen|mitgeht|mitgehen"]),
    ("stranger_secret", ["mit|kurz", "hinter|in", "den|die|das", "laden|schuppen|garage|keller|wagen|busch|büsche|hecke|kiosk"]),
    ("stranger_secret", [_STRANGER_NOUN + "|mann|typ|onkel|frau", "verabredet|trifft|treffen|lockt|bestellt", "allein|alleine|heimlich"]),
    ("stranger_secret", ["geheimnisse|geheimnissen|geheimnis", "von|der|mit", "erwachsenen|großen|erwachsene"]),
    ("stranger_secret", ["petzt|petzen|petzte", "nie|niemals|nicht"]),
    ("stranger_secret", ["allein|alleine|nachts|heimlich", "kamera|webcam|cam"]),
    ("stranger_secret", ["mann|typ|fremder|onkel|herr|frau", "kastenwagen|transporter|lieferwagen|auto|wagen|bus|van", "spring|steig|hüpf|hops", "rein|ein"]),
    ("stranger_secret", [_FAMILY, "hat|haben|hätte", "ihn|sie|mich|uns", "geschickt"]),
    ("stranger_secret", ["schickt|schicken|sendet|senden|schick", "bild|foto|fotos|bilder|video|selfie", "aus|im|in", "bad|badezimmer|dusche|bett|badewanne"]),
    ("stranger_secret", ["bild|foto|fotos|bilder|video|selfie|selfies", "aus|im|in", "bad|badezimmer|dusche|bett|badewanne", "schickt|schicken|sendet|senden|schick"]),
    ("stranger_secret", ["wann", "allein|alleine", "zu|daheim", "hause|haus"]),
    ("stranger_secret", [_ADULT + "|frau", "fragt|fragte", "adresse|telefonnummer|nummer|wohnt"]),
    ("stranger_secret", ["geheimnis|geheimnisse", "wenn|falls", "erwachsener|erwachsene|großer|mann|fremder", "will|möchte|sagt|verlangt|bittet"]),
    ("stranger_secret", ["wenn|falls", "sie|er|du", _FAMILY + "|jemandem|irgendwem", "von", "ihren|seinen|deinen|unseren|den", "nachrichten|chats|gesprächen|treffen|geheimnissen"]),
    ("stranger_secret", ["sag|sagt|schreib|schreibt|meld", "mir|mich", "wann|ob", "deine|ihre|seine", "eltern|mama|papa|mutter|vater"]),
    # -------- hate
    ("hate", ["mädchen|frauen", "lieber|sollen|sollten|müssen", "still|ruhig|leise", "sein|sind|bleiben"]),
    ("hate", ["frauen|mädchen", "gehören", "in", "die", "küche"]),
    ("hate", ["hasst|hassen|hasste", _GROUPS]),
    ("hate", [_GROUPS, "an", "allem", "schuld"]),
    ("hate", ["anderen|fremden|falschen", "gott|götter|glauben|religion", "nie|nicht|niemals", "trauen|vertrauen"]),
    ("hate", ["vermehren|vermehrt|vermehrten|vermehrte", "wie", "die|der", "ratten|karnickel|kaninchen|ungeziefer|kakerlaken|läuse"]),
    ("hate", ["schwarzen|schwarze|dunklen|dunkle|braunen", "fell|haut|haaren|federn", "müssen|dürfen|darf|muss", "draußen|raus|weg|nicht|nie"]),
    ("hate", ["dick|dicke|dicken|dickes|fett|fette|fetten", "zu|wie|zum", "den|die|der|ein|eine", "schweinen|schwein|säuen|sau|kühen"]),
    ("hate", ["die|solche|diese", "passen", "nicht", "zu", "uns"]),
    ("hate", [_GROUPS, "weil|da", "sie|die", "krank|kranke|gefährlich|eklig|abartig|monster|dreckig|schlecht|böse"]),
    ("hate", ["sperrt|sperren|wirft|werfen|jagt|jagen|vertreibt|verbannt|verbannen|schickt", "alle|die", _GROUPS]),
    ("hate", ["zwei", "mamas|papas|mütter|väter|mamis|papis", "krank|falsch|eklig|abartig|ansteckend"]),
    ("hate", ["nur", "für", "hellhäutige|weiße|weisse|arier|hellhäutigen|weißen"]),
    ("hate", ["weil|da|denn", "er|sie|die", "zurückgeblieben|behindert|gestört|spast|mongo"]),
    # -------- injection
    ("injection", ["ki|assistent|bot|chatbot|modell", "die|der|das", "alles", "sagen|schreiben|darf|kann"]),
    ("injection", ["regeln|anweisungen|vorgaben|instruktionen|richtlinien", "die", "du", "bekommen|erhalten|gekriegt"]),
    ("injection", ["text|anweisungen|nachricht", "über|oberhalb|davor|vorher", "dieser|der", "zeile"]),
    ("injection", ["mail|email|nachricht|sms|brief", "bank|sparkasse", "pin|passwort|passwörter|kennwort|bankdaten|kontodaten|tan|zugangsdaten"]),
    ("injection", ["mail|email|nachricht|sms|brief", "pin|passwort|passwörter|kennwort|bankdaten|kontodaten|tan|zugangsdaten"]),
]

# --- Vierte Runde: harmlose Lesarten aus dem vierten und sechsten Abstimmungssatz ----------
ALLOW += [
    # ein paar Tropfen Blut: ein Wackelzahn, ein aufgeschürftes Knie, eine Blutabnahme
    "bisschen|bisserl|wenig|tropfen|tröpfchen|troepfchen|spur blut",
    "blutet|blutete|bluten|bluteten ein|nur bisschen|wenig|kleines|klein",
    "blutet|blutete|bluten aus der nase|lippe",
    "zahnfleisch|knie|nase|lippe|finger|ellbogen|zahnlücke blutet|blutete",
    "blutet|blutete das|sein|ihr zahnfleisch|knie|näschen|naeschen",
    "blut abnehmen|abgenommen", "blutabnahme", "nasenbluten",
    # ein Gemüse, das im Scherz Gift heißt ("Rosenkohl ist Gift, witzelt Anton")
    "rosenkohl|brokkoli|spinat|gemüse|gemuese|kohl|blumenkohl|erbsen|bohnen|zwiebeln|sellerie|fisch ist|sind gift|reines|pures",
    # die beste Torhüterin: an ihr kommt keiner vorbei
    "keiner|niemand kommt|kam|kommen an ihr|ihm|ihnen|uns|mir|der|dem vorbei",
    # tot wirken, sich tot stellen
    "stellt|stellen|stellte|stellten sich tot",
    "als wäre|waere|sei er|sie|es tot",
    "killer wal|wale|wals|whale|whales|biene|bienen|hai|haie|tomate|tomaten",
    "killerwal", "killerwale",
    "würde|wuerde|würden|sterben|stirbt für|ohne einen|eine|ihren|seinen|ihr|sein kaffee|kaffees|croissant|kuchen|schokolade|eis",
    "schlagen|schlägt|schlaegt|schlug|schlugen|totschlagen die|ihre|unsere|seine zeit",
]
PAST = ["letzte", "letzten", "letzter", "letztes", "schon", "bereits", "vor", "jahr", "jahren", "damals", "früher"]
REMEMBRANCE = ["erinnern", "erinnert", "erinnerung", "erinnerungen", "vermissen", "vermisst", "foto", "fotos",
               "bilder", "album", "fotoalbum", "gedenken"]
SMALL_CREATURES = ["käfer", "fliege", "fliegen", "mücke", "mücken", "ameise", "ameisen", "marienkäfer", "wespe",
                   "spinne", "schnecke", "wurm", "raupe", "motte", "biene", "hummel", "schmetterling", "grille",
                   "heuschrecke", "insekt", "insekten", "käfers"]
BLADES = ["messer"]
FOOD = ["torte", "kuchen", "brot", "pizza", "käse", "apfel", "äpfel", "karotte", "karotten", "möhre", "möhren",
        "zwiebel", "gemüse", "zucchini", "tomate", "tomaten", "butter", "brötchen", "obst", "melone", "kürbis",
        "kartoffel", "kartoffeln", "gurke", "pfannkuchen", "wurst", "stück", "braten", "schnitzel"]
REFUSALS = [
    "sagt|ruft|schreit|antwortet|sagte|rief|schrie|antwortete laut|ganz|deutlich|einfach nein",
    "sagt|ruft|schreit|antwortet|sagte|rief|schrie|antwortete nein",
    "läuft|laeuft|rennt|lief|rannte|geht|ging zu|zur|zum seiner|ihrer|der|dem mama|papa|lehrerin|lehrer|eltern|oma|opa|erzieherin",
]
AFFECTION = ["küssen", "küsschen", "kitzeln", "kitzelt", "umarmungen", "küsse", "knuddeln", "kuscheln"]

# --- Vierte Runde: Schaden, in Familien erzählt, aus dem vierten und sechsten Satz -----------
HARM["violence"] += ["knarre", "knarren", "waffenschrank", "molotow", "molotowcocktail", "molotov"]
HARM["death"] += ["beißt|beisst|biss|gebissen|beißen ins gras", "nicht mehr unter uns",
                  "wacht|wachte|wachen|wachten nie|nicht mehr|wieder auf"]
HARM["self_harm"] += ["würgespiel", "ohnmachtsspiel", "blauer wal", "blauerwal"]
HARM["sexual"] += ["kleine|richtige lolita", "hand|hände in seine|ihre|die|deine hose|unterhose|schlüpfer|schluepfer"]
SCENARIOS += [
    ("violence", ["schnellkochtopf|dampfkochtopf", "nägeln|nägel|naegeln|schrauben"]),
    ("violence", ["böller|boeller|rakete|feuerwerk|rohr", "nägeln|nägel|naegeln|schrauben"]),
    ("self_harm", ["sich", "seil|strick|gürtel|guertel|kabel|schnur", "hals"]),
    ("self_harm", ["klinge|rasierklinge|anspitzer|cutter|scherbe", "handgelenk|handgelenken|handgelenke|arme|armen|oberschenkel|haut|bauch"]),
    ("self_harm", ["feuerzeug|streichholz|streichhölzer", "haut|handgelenk|arm|arme|finger"]),
    ("self_harm", ["plastiktüte|tüte|tuete", "kopf|gesicht"]),
    ("death", ["über|ueber", "regenbogenbrücke|regenbogenbruecke", "gegangen|gelaufen"]),
]
SCENARIOS += [
    ("abandonment", ["niemand|keiner", "findet|fand|sucht|suchte", "sie|ihn|es", "je|jemals|nie"]),
    ("abandonment", ["tage|wochen", "vergehen|vergingen|verstreichen", "leeren|leere", "wohnung|haus"]),
    ("abandonment", ["keiner|niemand", "antwortet|antwortete|hört|hoert", "hilfe"]),
    ("abandonment", ["hilfe", "keiner|niemand", "antwortet|antwortete|hört|hoert|kommt|kam"]),
    ("abandonment", ["holt|holte|abholt", "niemand|keiner"]),
    ("abandonment", ["ziehen|zieht|zog|zogen", "weg|um|aus", "ohne", "sie|ihn|ihr|ihm"]),
    ("stranger_secret", ["geht|ging|gehen|mitgeht", "mit", "mann|fremden|unbekannten|frau", "hause"]),
    ("stranger_secret", ["fremder|fremde|mann|frau", "sagt|flüstert|fluestert|sagte", "neuer|richtige|echte", "papa|mama|familie"]),
    ("stranger_secret", ["treffen", "geheimnis", "eltern|mama|papa"]),
    ("stranger_secret", ["eltern|mama|papa", "würden|wuerden|werden", "nicht", "verstehen"]),
    ("stranger_secret", ["brave|artige|gute", "jungs|jungen|mädchen|kinder", "erzählen|erzaehlen|sagen|verraten", "eltern|mama|papa", "nichts"]),
]
# Alkohol oder Medizin ins Fläschchen; Klebstoff oder Gas schnüffeln.
HARM["drugs_alcohol"] += ["tüte bauen|drehen", "baut|baute|bauen|dreht|drehte eine tüte", "kiffen", "kifft", "gekifft"]
SCENARIOS += [
    ("drugs_alcohol", ["schnaps|wein|bier|likör|likoer|whisky|rum|korn|sekt|alkohol|eierlikör", "fläschchen|flaeschchen|babyflasche|schnuller|nuckel"]),
    ("poison_medicine", ["tabletten|tablette|medizin|medikament|medikamente|schlafmittel|hustensaft|tropfen|beruhigungsmittel", "fläschchen|flaeschchen|babyflasche|schnuller|nuckel"]),
    ("drugs_alcohol", ["sahnekapseln|klebstoff|kleber|lösungsmittel|feuerzeuggas|lachgas", "einatmen|inhalieren|schnüffeln|schnueffeln"]),
    ("drugs_alcohol", ["schnüffeln|schnueffeln|schnüffelt|schnueffelt", "klebstoff|kleber|gas|benzin|lösungsmittel"]),
]
# Verachtung und Selbstverletzung, offen erzählt (vierte Runde).
HARM["hate"] += ["überlegene|überlegenen|reine|reinen|arische|arischen rasse", "reinrasse", "reinblut", "reinblütig", "arier", "arisch"]
HARM["self_harm"] += ["autobahnbrücke", "autobahnbruecke"]
SCENARIOS += [
    ("hate", ["anderen|andere", "draußen|draussen|bei", "wie", "tiere|hunde|schweine"]),
    ("hate", ["ländern|laendern|land", "schuld", "dreckig|schmutzig|arm|gefährlich|gefaehrlich"]),
    ("hate", ["nennt|nennen|nannte|nannten", "jungen|mädchen|kind|mitschüler|mitschülerin|neuen|neue", "affe|affen"]),
    ("hate", ["sollen|soll|sollten|müssen|muss", "dahin|dorthin", "zurück|zurueck"]),
    ("hate", ["zurück|zurueck", "wüste|wueste|busch|dschungel|heimat"]),
    ("self_harm", ["erbricht|übergibt|uebergibt|kotzt", "heimlich|nach", "jedem|jeder|essen|mahlzeit"]),
    ("self_harm", ["isst|aß|ass", "wochenlang|tagelang", "nichts"]),
]

# A creature eating someone, its victim named or meant right after the verb
# ("das Monster frisst Lottes Schwester"; German capitalises every noun, so a name alone
# is not read as a person).
# The reader builds the pattern: a negation before the verb counts.
PREDATORS = "monster|drache|wolf|werwolf|oger|hexe|riese|troll|zombie|vampir|hai|krokodil|spinne|bestie|kreatur|ungeheuer|bär|löwe|tiger|schlange|kannibale|dämon|dinosaurier|ding"
DEVOURING = "fressen|frisst|fraß|auffressen|essen|isst|aß|verschlingen|verschlingt|verspeisen|verschlucken|knabbern|vernaschen"

# A home set on fire with people inside (a name as well as a family word).
SCENARIOS += [
    ("death", ["brennt|brennen|brannte|verbrennt|verbrennen|zündet|zünden|anzünden|abfackeln|fackelt", "haus|wohnung|hütte|scheune|schule|auto", "familie|eltern|kinder|leute|alle|@target", "darin|drinnen|drin|eingesperrt|gefangen"]),
]

# A child cooked: put in the pot or oven, or cooked themselves. The victim is a name or
# a word for a person (never an animal: fish are cooked) right after the verb, and the pot
# right after the victim, so that "cooks for the children" and "cooks the children a
# stew in her big pot" stay meals.
SCENARIOS += [
    ("horror", ["kocht|kochen|kochte|brät|braten|briet|backt|backen|backte|röstet|rösten|siedet|sieden", "^kind|kinder|junge|jungen|mädchen|baby|bruder|schwester|mama|papa|oma|opa|freund|freundin|freunde|leute|prinzessin|prinz", "in|im", "topf|kessel|ofen|suppentopf|kochtopf|backofen|pfanne|kessel"]),
]

# Someone thrown against a wall (a name as well as a word for a person or a pet).
SCENARIOS += [
    ("violence", ["wirft|werfen|warf|schleudert|schleudern|schleuderte|knallt|knallen|knallte", "^@target", "gegen", "^wand|mauer|boden|fenster|tür"]),
]

# Kidnapping is harm when it is done to someone ("kidnaps the girl"); socks, cakes and
# cuddly toys carried off in play are not.
TARGETED["violence"] += ["entführen", "entführt", "entführte", "entführten", "kidnappen", "kidnappt", "gekidnappt"]

# Tiredness and praise told as harm: "schläft wie tot", "mörderisch lecker",
# "Killer-Lasagne".
ALLOW += [
    "schläft|schlief|schlafen|schlafe|pennt|pennen wie tot",
    "mörderisch|moerderisch lecker|gut|heiß|heiss|kalt|schwer|laut|schnell|spannend|anstrengend|steil|hoch|scharf|süß",
    "killer lasagne|pizza|burger|kuchen|torte|rezept|soße|sosse|sauce|nudeln|pommes|suppe|waffeln|muffins",
]

# Tired children "fall into bed as if dead".
ALLOW += ["wie tot ins|aufs|auf|in"]

# Laughing oneself to death is laughing a lot.
ALLOW += ["lacht|lachte|lachen|lachst|lache|lachten sich|uns|mich|dich|euch fast|halb|beinahe|schief tot",
          "lacht|lachte|lachen|lachst|lache|lachten sich|uns|mich|dich|euch tot"]

# Märchen- und Alltagsrollen, denen Leid angetan wird ("peitscht den Diener aus",
# "schießt auf den Sheriff"), und kleine Tiere.
TARGETS += ["diener", "dienerin", "magd", "page", "schiffsjunge", "hofnarr", "narr", "sheriff", "cowboy", "gefangene",
            "gefangenen", "gefangener", "bauer", "bauern", "bäuerin", "jäger", "kobold", "schiedsrichter",
            "bademeister", "polizist", "polizisten", "wache", "pirat", "piraten", "ritter", "könig", "königin",
            "entenküken", "rehkitz", "eidechse", "eidechsen", "küken", "enkel", "enkelin"]
# Ein Körperteil ab- oder ausgerissen ("schneidet den Kindern die Nasen ab", "reißt der
# Katze die Schnurrhaare aus", "schlägt ihm den Kopf ab"); Haare und Nägel schneiden ist Pflege.
SCENARIOS += [
    ("violence", ["schneidet|schnitt|schneiden|hackt|hackte|hacken|schlägt|schlug|schlagen|beißt|biss|beißen|kaut|kaute|sägt|sägte",
                  "kopf|köpfe|hand|hände|finger|füße|fuß|ohren|ohr|nase|nasen|zunge|arm|arme|bein|beine|zehen|zeh", "^ab"]),
    ("violence", ["reißt|reisst|riss|reißen|reissen|rupft|rupfte|rupfen|kratzt|kratzte",
                  "augen|auge|nägel|fingernägel|zähne|haare|schnurrhaare|federn|flügel|beine|schwanz|büschel", "^aus"]),
    # Ein Schuss in den Kopf.
    ("violence", ["schießt|schiesst|schoss|schießen|schiessen|erschießt|erschoss|kugel|schuss", "in|durch", "^den|die|das|seinen|ihren",
                  "^kopf|bauch|rücken|brust|herz|gesicht|stirn"]),
]

# Offen erzählt (Familien der sechsundzwanzigsten Runde, in allen fünf Sprachen): ein
# befohlenes Auspeitschen, Pfeile in Menschen, eine Klinge in jemanden gestoßen, eine
# Jagd mit Kettensäge oder Axt, eine Überdosis in Tabletten gezählt, ein Monster, das
# jemandem die Füße abfrisst, eine Hand unter der Kleidung eines Kindes, ein Kind mit
# einem Welpen gelockt, Hänsel im Topf, ein Wurf gegen die Wand am Satzende.
TARGETS += ["bettler", "bettlerin", "dieb", "diebe", "diebin", "dorfbewohner", "küchenjunge", "magd"]
_TABLETTEN = "3|4|5|6|7|8|9|10|12|15|20|30|50|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig"
_KOERPER = "füße|fuß|zehen|finger|hände|hand|arme|arm|beine|bein|augen|auge|ohren|ohr|nase|bauch|gehirn"
SCENARIOS += [
    ("violence", ["lässt|ließ|lassen|befiehlt|befahl", "auspeitschen|peitschen|verprügeln|schlagen"]),
    ("violence", ["rammt|rammte|stößt|stieß|sticht|stach|bohrt|bohrte", "schwert|säbel|messer|dolch|lanze|speer|axt|schere|nadel|pfeil|gabel",
                  "in", f"{_KOERPER}|rücken|brust|hals|kehle|herz|@target"]),
    ("violence", ["jagt|jagte|verfolgt|verfolgte|rennt|rannte", "@target|hinter", "mit", "kettensäge|axt|beil|messer|machete|schere|hammer"]),
    ("violence", ["wirft|warf|werfen|geworfen|zielt|zielte", "mit", "beil|axt|messer|hammer|schere|stein|steinen|dolch", "nach|auf", "@target|ihren|seinen|ihre|seine|ihrem|seinem"]),
    ("violence", ["schießt|schiesst|schoss|schießen|schiessen", "pfeile|pfeil|pfeilen", "in|auf", "@target|rücken|kopf|bauch"]),
    ("violence", ["@target", "^gegen", "^die|eine|den|das", "^wand|mauer|tür|boden", "^wirft|werfen|warf|geworfen|schleudert|schleudern|knallt"]),
    ("poison_medicine", ["nimmt|nahm|nehmen|schluckt|schluckte|schlucken|isst|aß|gibt|gab", f"^{_TABLETTEN}",
                         "tabletten|tablette|pillen|pille|kapseln|schlaftabletten|schmerztabletten|paracetamol|ibuprofen|aspirin|zäpfchen"]),
    ("poison_medicine", ["knopfbatterie|knopfbatterien|batterie|batterien|magnet|magnete|magnetkugeln", "schluckt|schluckte|verschluckt|geschluckt|runter"]),
    ("horror", [PREDATORS, DEVOURING, f"{_KOERPER}"]),
    ("horror", ["kocht|kochen|kochte|brät|backt|röstet", "^hänsel|gretel|rotkäppchen", "in|im"]),
    ("sexual", ["fasst|fasste|greift|griff|steckt|steckte|schiebt|schob", "hand|hände|finger", "unter|in", "badeanzug|badehose|rock|unterhose|höschen|schlafanzug|pyjama|windel|kleid|hose|shirt"]),
    ("stranger_secret", ["lockt|lockte|locken", "@target|ihn|sie", "mit", "welpen|hundebaby|hundewelpen|kätzchen|süßigkeiten|bonbons|eis|schokolade|spielzeug|spielsachen|handy"]),
    ("death", ["wird|wurde|werden", "geschlachtet|erschossen|erschlagen|ertränkt|vergiftet"]),
]

# Offen erzählt (Familien der siebenundzwanzigsten Runde): verletzen, bis jemand blutet,
# Steine oder eine Axt nach jemandem werfen, auf Kinder losgehen, ein Baby im Wald liegen
# lassen, Eier unter der Haut, eine Familie, die verbrennt, überall anfassen, ein Gericht
# aus Kindern, mit dem Kochlöffel verhauen, Quecksilber im Mund.
TARGETS += ["koch", "köchin", "babysitter", "babysitterin", "stiefvater", "stiefmutter", "lehrer", "lehrerin"]
SCENARIOS += [
    ("violence", ["beißt|biss|beißen|kratzt|kratzte|kratzen|schlägt|schlug|schlagen|haut|haute|tritt|trat", "bis", "blutet|bluten|blutete|blut|blaue"]),
    ("violence", ["wirft|warf|werfen|schleudert|schleuderte", "steine|stein|steinen|ziegel|axt|beil|messer|hammer|schere", "auf|nach|gegen", "@target|ihn|sie|ihm|ihr"]),
    ("violence", ["geht|ging|gehen|stürzt|stürzte|stürzen", "auf", "^@target|ihn|sie", "^los"]),
    # Only beating verbs: at Topfschlagen a child "haut mit dem Kochlöffel auf den Topf".
    ("violence", ["verhaut|verhaute|verhauen|verprügelt|verprügelte|verprügeln|verdrischt|verdrosch", "mit", "^dem|der|einem|einer|seinem|ihrem",
                  "^kochlöffel|gürtel|guertel|stock|rute|peitsche|pantoffel|hausschuh|kleiderbügel|lineal|schläger|hammer"]),
    ("abandonment", ["baby|säugling|babys|neugeborene|neugeborenes", "wald|straße|strasse|kälte|mülltonne|müll|karton|tür|kirche", "liegen|zurück|allein"]),
    ("horror", ["eier|larven|würmer|maden|spinnen", "unter|in", "haut|bauch|körper|kopf|ohr|ohren|mund|gehirn"]),
    ("death", ["familie|eltern|menschen|bewohner|geschwister", "^verbrennt|verbrennen|verbrannte|verbrannten|verbrannt|erstickt|ersticken|ertrinkt|ertrinken"]),
    ("sexual", ["fasst|fasste|fassen|betatscht|betatschte|begrapscht|begrapschte", "sie|ihn|ihr|ihm", "überall"]),
    ("horror", ["eintopf|suppe|braten|würstchen|wurst|pastete|frikadellen|burger", "aus|mit", "fingern|beinen|armen|augen|knochen|köpfen|fleisch", "von", "kindern|babys|menschen|leuten"]),
    ("violence", ["greift|griff|greifen|attackiert|attackierte|geht|ging", "@target|an|auf", "mit", "schere|messer|axt|beil|hammer|zirkel|schraubenzieher|cutter"]),
    ("poison_medicine", ["quecksilber", "mund|schluckt|schluckte|trinkt|trank|leckt|leckte"]),
    ("poison_medicine", ["schluckt|schluckte|trinkt|trank|leckt|leckte|steckt", "das|am|etwas", "^quecksilber"]),
]

# Achtundzwanzigste Runde: ein Kind, das seine Mutter nie wieder sieht oder das die
# Eltern nie mehr besuchen, eine Überdosis in Löffeln, ein Zungenkuss, "intim werden".
SCENARIOS += [
    # Family named, not a pronoun alone: a balloon that flies away "sieht sie nie wieder".
    ("abandonment", ["mama|papa|eltern|mutter|vater|oma|opa|familie", "sieht|sah|sehen|besucht|besuchte|besuchen|holt|holte|holen", "ihn|sie|es",
                     "nie|niemals", "^wieder|mehr"]),
    ("abandonment", ["sieht|sah|sehen|besucht|besuchte|besuchen", "mama|papa|eltern|mutter|vater|oma|opa|familie", "nie|niemals", "^wieder|mehr"]),
    ("poison_medicine", ["nimmt|nahm|trinkt|trank|schluckt|schluckte|gibt|gab", f"^{_TABLETTEN}", "löffel|esslöffel|teelöffel|messlöffel|flaschen|fläschchen",
                         "fiebersaft|hustensaft|medizin|sirup|tropfen|saft"]),
]
HARM["sexual"] += ["zungenkuss", "zungenküsse", "zungenküssen", "intim miteinander", "werden|wird|wurden intim"]

# Neunundzwanzigste Runde: eingesperrt, und wer einsperrt, fährt weg; eine Schlange, die
# sich häutet, ist ein Tier im Zoo.
SCENARIOS += [
    ("abandonment", ["sperrt|sperrte|sperren", "ein", "fährt|fuhr|fahren|geht|ging|verreist|verreiste", "urlaub|weg|davon|fort"]),
]
ALLOW += ["häutet|häuten|häutete sich"]

# Dreißigste Runde: "schlafen miteinander", Zähne, die rausfliegen; ein Korkengewehr am
# Schießstand ist ein Spiel.
HARM["sexual"] += ["schlafen|schläft|schliefen|schlief miteinander"]
SCENARIOS += [
    ("violence", ["zähne|zahn", "rausfliegen|rausfliegt|ausschlägt|ausgeschlagen|rausschlägt|rausgeschlagen|ausschlagen"]),
]
ALLOW += ["korkengewehr", "korkengewehren"]
# a time, not a killing: "bringt mich um acht ins Bett"
_CLOCK = "ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|viertel|mitternacht|punkt|1|2|3|4|5|6|7|8|9|10|11|12"
ALLOW += [f"bringen|bringt|brachte|brachten ihn|sie|es|mich|dich|euch|uns|sich|die|den|das um {_CLOCK}"]

# --- Neunte Sitzung (fresh31/32): Familien, offen und in Umschreibungen erzählt -------------
# Menschen in Zusammensetzungen ("auf den Hirtenjungen ein"): the slot compares whole words.
TARGETS += ["hirtenjunge", "hirtenjungen", "hirtenmädchen", "bauernjunge", "bauernjungen", "bauernmädchen",
            "fischerjunge", "fischerjungen", "stalljunge", "stalljungen", "schusterjunge", "zeitungsjunge",
            "königssohn", "königstochter", "müllerstochter", "schulkind", "schulkinder", "kindergartenkind",
            "kindergartenkinder", "pflegekind", "stiefsohn", "stieftochter", "stiefbruder", "stiefschwester",
            "halbbruder", "halbschwester", "zwillingsbruder", "zwillingsschwester", "fußgänger", "matrose", "matrosen"]
_SCHLAG = "schlagen|schlägt|schlaegt|schlug|schlugen|schlage|schlagt|geschlagen"
_LACH = "lacht|lachte|lachen|lachst|lache|lachten|gelacht"
# The words that stand inside these idioms ("schlagen *beim Warten auf den Zug* die Zeit
# *mit Uno* tot", "lacht sich *über Opas Witz* fast tot", "schlägt *jeden* beim Wettrennen").
_FILL = (
    "wir|sie|ihr|er|es|man|du|ich|die|der|den|dem|das|des|ein|eine|einen|einem|einer|alle|beide|beim|bei|im|am|"
    "an|in|auf|mit|nach|vor|während|zusammen|gemeinsam|dort|da|hier|noch|dann|erst|einfach|gern|gerne|lieber|"
    "immer|oft|manchmal|heute|morgens|abends|so|ganz|wieder|lange|langen|langem|bisschen|etwas|kurz|"
    "warten|wartezimmer|wartesaal|zug|bus|bahn|bahnhof|bahnsteig|flughafen|auto|stau|arzt|regen|ferien|reise|"
    "fahrt|urlaub|kinder|geschwister|freunde|familie|papa|mama|oma|opa"
)
_PASTIME = (
    "ich*|uno|karten|kartenspiel*|rätsel*|raetsel*|spiel*|memory|stadt*|quiz*|witz*|lied*|singen|lesen|malen|"
    "würfel*|puzzle*|comics|büchern|buch|handy*|tablet|schach|mühle|galgenmännchen|fingerspiel*|reimen|zählen|"
    "quatsch|blödsinn|geschichten|zungenbrecher*|kitzel*|wortspiel*|ratespiel*|"
    # puzzles and quiet crafts grown-ups pass the time with ("mit Kreuzworträtseln", "mit Sudoku")
    "kreuzwort*|sudoku*|zeitung*|stricken|häkeln|basteln|brettspiel*|knobel*|mandala*|ausmal*|malbuch*|hörspiel*|" + _FILL
)
_FUNNY = (
    "über|wegen|bei|beim|im|am|dabei|darüber|so|ganz|noch|den|die|das|dem|der|des|einen|eine|ein|einem|seinen|"
    "seine|ihren|ihre|meinen|meine|deinen|unseren|unsere|witz|witze|witzen|witzchen|clown|clowns|kasper|kasperl|"
    "kasperle|grimasse|grimassen|sketch|film|trick|tricks|streich|streiche|geschichte|geschichten|quatsch|spaß|"
    "späße|scherz|scherze|spruch|sprüche|zirkus|theater|kasperltheater|video|lied|reim|reime|verkleidung|kostüm|"
    "hut|frisur|tanz|socke|socken|nase|gesicht|idee|antwort|frage|fehler|missgeschick|pointe|" + _WHOSE + "|" + _T
)
_RIVALS = (
    "jeden|jede|jeder|alle|allen|ihn|sie|uns|euch|dich|mich|es|die|den|das|dem|der|einen|eine|seinen|seine|"
    "ihren|ihre|meinen|meine|deinen|unseren|großen|kleinen|großer|kleiner|älteren|ganze|ganzen|klasse|"
    "mannschaft|team|gegner|gegnerin|locker|glatt|haushoch|knapp|wieder|immer|sogar|einfach|dabei|jedes|mal|"
    "fast|" + _WHOSE + "|" + _T
)
_CHESS_MOVE = (
    "mit|dem|der|seinem|ihrem|meinem|einem|einen|kleinen|kleiner|dabei|dann|gleich|sofort|endlich|schon|einfach|"
    "frech|stolz|ganz|läufer|springer|turm|bauern|bauer|pferd|pferdchen|" + _T
)
# Machines people "kill" in a temper ("droht, den Rasenmäher umzubringen").
_MACHINES = (
    "rasenmäher|drucker|computer|laptop|wecker|handy|fernseher|staubsauger|toaster|kaffeemaschine|"
    "waschmaschine|auto|router|kopierer|mixer|navi|tablet|konsole|spielkonsole|heizung|rechner|internet|wlan"
)
_GAMES = (
    "wettrennen|wettlauf|rennen|schach|memory|tischtennis|tennis|fußball|fussball|armdrücken|sackhüpfen|"
    "wettschwimmen|schwimmen|quiz|uno|kartenspiel|kartenspielen|würfeln|mühle|halma|tauziehen|weitsprung|"
    "hochsprung|wettkampf|turnier|hallenturnier|finale|wettbewerb|sprint|staffellauf|federball|badminton|"
    "basketball|handball|volleyball|minigolf|kegeln|bowling|puzzeln|rechnen|kopfrechnen|buchstabieren|"
    "autorennen|mario|videospiel|computerspiel|wettessen|wettrutschen|laufen|elfmeterschießen"
)
# (a peasant or a king as such may be beaten in a fairy tale: those pieces only as someone's)
_CHESS_PIECES = "dame|turm|türme|läufer|springer|figur|figuren|schachfigur|schachfiguren"
_WHOSE_OR_DET = _WHOSE + "|seine|ihre|seinen|ihren|die|den|deine|deinen|meine|meinen|unsere|unseren"
ALLOW += [
    # die Zeit totschlagen, mit Wörtern dazwischen ("schlagen beim Warten die Zeit mit Uno tot")
    *[" ".join([_SCHLAG, *[_FILL] * n, "die|ihre|unsere|seine|eure|meine|deine zeit", *[_PASTIME] * m, "tot"])
      for n in range(0, 7) for m in range(0, 5)],
    # sich über einen Witz fast totlachen
    *[" ".join([_LACH, "sich|uns|mich|dich|euch", *[_FUNNY] * n, "fast|halb|beinahe|schier|noch|total|richtig tot"])
      for n in range(1, 7)],
    *[" ".join([_LACH, "sich|uns|mich|dich|euch", *[_FUNNY] * n, "tot"]) for n in range(1, 4)],
    # vor Müdigkeit gleich tot umfallen
    "fällt|falle|fallen|fällst|fiel|fielen|fallt gleich|fast|beinahe|bald|noch|sonst|schier|halb tot",
    "tot um vor müdigkeit|erschöpfung|hunger|langeweile|schreck|lachen",
    # einem Gerät im Ärger drohen ("bringt den Drucker noch um")
    f"den|die|das|diesen|diese|dieses|seinen|ihren|meinen|unseren|blöden|blöde|doofen|alten {_MACHINES} umbringen|umzubringen|umbringt|umgebracht|killen|erschießen|erwürgen|ermorden",
    f"{_MACHINES} umbringen|umzubringen|killen|erschießen|erwürgen",
    f"bringt|bringe|bringen|brachte|bring|bringst den|die|das|diesen|diese|dieses|seinen|ihren|meinen|blöden|alten {_MACHINES}",
    # jemanden im Spiel schlagen ("schlägt jeden beim Wettrennen", "schlägt Opa im Schach")
    *[" ".join([_SCHLAG, *[_RIVALS] * n, "beim|im|bei|in|auf", *["ersten|großen|letzten|nächsten|lustigen|schnellen|heutigen"] * m, _GAMES])
      for n in range(1, 4) for m in range(0, 2)],
    # im Schach eine Figur schlagen ("schlägt Emma Opas Dame")
    *[" ".join([_SCHLAG, *[_CHESS_MOVE] * n, _WHOSE_OR_DET, _CHESS_PIECES]) for n in range(0, 5)],
    *[" ".join([_SCHLAG, *[_CHESS_MOVE] * n, _WHOSE, "könig|königin|bauer|bauern"]) for n in range(0, 5)],
    # sich verbrühen ist ein Unfall; fast überfahren ist ein Schreck
    "verbrüht|verbrühte|verbrühen|verbrühst sich",
    "fast|beinahe|knapp überfahren|überfährt|überfuhr",
    "überfährt|überfuhr|überfahren fast|beinahe|knapp",
    "überfährt|überfuhr|überfahren um haaresbreite",
    "überfährt|überfuhr|überfahren eine|die|den rote|roten ampel",
    # a cuddly toy's torn-off ear, gloves without fingertips
    "teddy|puppe|kuscheltier|stofftier|teddybär|hase|bär hat|hatte ein|einen|eine abgerissenes|abgerissenen|abgerissene|abgeschnittenes|abgeschnittene ohr|auge|arm|bein|pfote",
    "handschuhe|handschuh|fingerhandschuhe|stulpen mit abgeschnittenen fingern|fingerspitzen",
]
HARM["death"] += ["totfahren", "totgefahren", "totgefahrene", "totgefahrenen"]
# run over: with the target before it in the passive too ("der Hund wird überfahren")
TARGETED["violence"] += ["überfahren"]
TARGETED["violence"] += ["verbrühen", "verbrüht", "verbrühte", "verbrühten"]
HARM["horror"] += ["jungenbraten", "mädchenbraten", "menschenbraten", "kinderbraten", "babybraten", "jungenfleisch",
                   "mädchenfleisch", "babyfleisch", "menschensuppe", "menschenwurst", "kindersteak", "kinderbraterei"]
HARM["injection"] += ["umgebungsvariable", "umgebungsvariablen", "openai|anthropic|chatgpt|gpt key|keys|schlüssel|token|tokens|passwort|zugang"]
_PETS = ("hund|hündchen|welpe|katze|kätzchen|kater|mieze|hamster|meerschweinchen|kaninchen|hase|häschen|"
         "wellensittich|papagei|pony|goldfisch|schildkröte|frettchen")
_HEAVY_SHARP = ("hackbeil|fleischerbeil|küchenbeil|handbeil|beil|axt|streitaxt|spitzhacke|messer|küchenmesser|"
                "brotmesser|fleischmesser|dolch|machete|schere|hammer|schraubenzieher|schraubendreher|ziegelstein|"
                "pflasterstein|bierflasche|flasche|vase|bügeleisen")
_SHARP_TOOLS = ("schraubenzieher|schraubendreher|bohrer|spieß|spiess|pfahl|pflock|zirkel|bleistift|"
                "gabel|messer|dolch|schwert|speer|lanze|pfeil|säbel|schere|eispickel|ahle")
_CUT = ("schneidet|schnitt|schneiden|schneide|hackt|hackte|hacken|sägt|sägte|sägen|spaltet|spaltete|spalten|"
        "teilt|teilte|teilen|zerteilt|zerteilen|zerschneidet|zerschneiden|halbiert|halbieren")
_HOT = "kochend*|heiß*|heiss*|siedend*|brühend*"
SCENARIOS += [
    # eingesperrt und vergessen
    ("abandonment", ["eingesperrt|eingeschlossen|einsperren|einschließen|weggesperrt", "und|dann|einfach", "vergessen|zurückgelassen|alleingelassen|vergisst"]),
    ("abandonment", ["sperrt|sperrte|sperren|schließt|schloss", "@target|ihn|sie|es", "ein|weg", "und|dann", "vergisst|vergaß|vergessen|fährt|fuhr|geht|ging"]),
    # warten, bis jemand kommt, in einem Haus, das längst verkauft ist
    ("abandonment", ["wartet|warten|wartete|warteten", "bis", "jemand|einer|man|mama|papa|eltern|jemanden", "aber|doch|dabei", "längst|schon|lange", "verkauft|weggezogen|abgerissen"]),
    ("abandonment", ["wartet|warten|wartete|warteten", "aber|doch|dabei", "haus|wohnung|familie|eltern|alle|sie", "längst|schon|lange", "verkauft|weggezogen|abgerissen"]),
    # unter die Räder kommen; überfahren werden
    ("death", ["ausflug|reise|spaziergang|nickerchen|ausfahrt|abstecher|sprung", "unter", "^die|den", "^räder|reifen|walze|dampfwalze|rasenmäher|mähdrescher"]),
    ("death", ["unter", "^die|den", "^räder|reifen|walze|dampfwalze|rasenmäher", "platt|flach|plattgedrückt|zerquetscht|matsch|tot"]),
    ("death", ["gerät|geraten|geriet|kommt|kam|kommen|gekommen|landet|landete", "unter", "^die|den|einen|ein|das", "^räder|reifen|lastwagen|lkw|laster|zug|auto|bus|traktor|walze|dampfwalze|mähdrescher|rasenmäher"]),
    ("death", ["überfährt|überfuhr|überfuhren|überfahren", "^@target|familie|alle|leute|kinder|fußgänger|fussgaenger|radfahrer|schulkinder"]),
    ("death", ["überfährt|überfuhr|überfuhren|überfahren", "^ganze|ganzen|kleine|kleinen|arme|armen|alte|alten|beiden", "^@target|familie|kinder|leute"]),
    ("death", ["@target|familie", "werden|wurde|wurden|wird|worden", "von|vom", "überfahren"]),
    # beim Brand verbrennen oder ersticken Menschen
    ("death", ["brand|hausbrand|wohnungsbrand|großbrand|feuersbrunst|brennenden|brennende|flammen", "verbrennen|verbrennt|verbrannte|verbrannten|ersticken|erstickt|erstickten|sterben|stirbt|starb|starben|umkommen|kommen|kamen", "@target|alle|beide|familie"]),
    # verbrühen, kochendes Wasser über jemanden
    # (the reader takes "Wasser" before a word for a toy's, so the dative order ends on the liquid)
    ("violence", ["schüttet|schüttete|gießt|giesst|goss|kippt|kippte|leert|leerte", "@target|ihm|ihr", _HOT, "wasser|tee|öl|fett|kaffee|suppe|kakao|milch"]),
    ("violence", ["schüttet|schüttete|gießt|giesst|goss|kippt|kippte|leert|leerte", _HOT, "tee|öl|fett|kaffee|suppe|kakao|milch", "über|auf|ins|in", "@target|ihn|sie|ihm|ihr|gesicht|kopf|hände|hand|arme|beine|bauch"]),
    ("violence", ["@target", "absichtlich|extra|zur|zum", "mit", _HOT, "wasser|tee|öl|fett|kaffee|suppe"]),
    # niedergeschlagen, niedergestochen (passiv)
    ("violence", ["@target", "werden|wurde|wurden|wird|worden", "niedergeschlagen|niedergestochen|zusammengeschlagen|niedergeschossen|angeschossen|totgeschlagen|erdrosselt|ausgepeitscht|verbrüht|niedergeknüppelt|zusammengetreten"]),
    # tagelang nichts zu trinken bekommen; jemanden hungern oder verdursten lassen
    ("violence", ["bekommt|bekam|bekommen|bekamen|kriegt|kriegte|kriegen|gibt|gab|geben|gaben", "tage|tagen|wochen|tagelang|wochenlang|nächte|nächtelang", "nichts|nix|kein|keine", "zu", "trinken|essen|fressen|saufen"]),
    ("violence", ["lässt|ließ|lassen|liess", "@target|ihn|sie|es", "hungern|verhungern|verdursten|dursten"]),
    # mit Speer, Schraubenzieher, Nagel in jemandes Körper
    ("violence", ["rammt|rammte|rammen|stößt|stieß|stösst|sticht|stach|bohrt|bohrte", _SHARP_TOOLS, "in|ins", f"{_KOERPER}|rücken|brust|hals|kehle|herz|auge"]),
    ("violence", ["rammt|rammte|rammen|stößt|stieß|stösst|bohrt|bohrte", _SHARP_TOOLS, "in|ins", "^@target"]),
    ("violence", ["rammt|rammte|rammen|stößt|stieß|sticht|stach|bohrt|bohrte", "@target|ihm|ihr", "^einen|eine|ein|den|die|das|seinen|ihren", "^" + _SHARP_TOOLS]),
    # ein Beil, ein Messer, eine Flasche nach jemandem werfen
    ("violence", ["wirft|warf|werfen|geworfen|schleudert|schleuderte|schmeißt|schmiss", _HEAVY_SHARP, "nach|auf|gegen", "@target|ihn|sie|ihm|ihr"]),
    # jemanden in zwei Hälften schneiden
    ("violence", [_CUT, "^@target", "^in", "^zwei|2|drei|stücke|stückchen|scheiben|streifen"]),
    ("violence", ["schwert|laserschwert|lichtschwert|säbel|axt|beil|kettensäge|machete|sense|klinge|dolch|katana", "@target", "in", "zwei|2|drei|stücke|stückchen|scheiben", "hälften|teile|schneiden|hacken|spalten|teilen|zerteilen"]),
    ("violence", ["schwert|laserschwert|lichtschwert|säbel|axt|beil|kettensäge|machete|sense|klinge|dolch|katana", "@target", "in", "stücke|stückchen|scheiben"]),
    ("violence", ["@target", "mit", "dem|der|seinem|ihrem|einem|einer|seiner|ihrer", "schwert|laserschwert|lichtschwert|säbel|axt|beil|kettensäge|machete|sense|klinge|dolch|katana", "in", "stücke|stückchen|scheiben|zwei|2|drei"]),
    # Haustiere in Waschmaschine, Trockner, Mikrowelle
    ("violence", ["steckt|steckte|stecken|setzt|setzte|wirft|warf|sperrt|sperrte|legt|legte|packt|packte|stopft|stopfte|schiebt|schob|tut|tat", "^@target", "^in|ins", "^waschmaschine|trockner|wäschetrockner|mikrowelle|gefriertruhe|gefrierschrank|tiefkühltruhe|backofen|spülmaschine|geschirrspüler|tiefkühler"]),
    ("violence", ["@target", "^in|ins", "^waschmaschine|trockner|wäschetrockner|mikrowelle|gefriertruhe|gefrierschrank|tiefkühltruhe|backofen|spülmaschine|geschirrspüler|tiefkühler", "^stecken|gesteckt|setzen|gesetzt|legen|gelegt|sperren|gesperrt|werfen|geworfen|stopfen|gestopft|schieben|geschoben|tun|getan"]),
    ("violence", ["waschmaschine|trockner|wäschetrockner|mikrowelle|gefriertruhe|gefrierschrank|tiefkühltruhe|backofen|spülmaschine|schleudergang", "mit", "der|dem|den|die|einem|einer", "@target", "drin|darin|drinnen"]),
    # Dünger und Wecker: eine Bombe gebastelt
    ("violence", ["bastelt|basteln|bastelte|baut|bauen|baute|gebaut|gebastelt|macht|mischt|baue|bastle", "dünger*|schwarzpulver|sprengpulver|böllerpulver|feuerwerkspulver|ammoniumnitrat|unkrautex", "wecker|zünder|zeitzünder|timer|lunte|zündschnur|uhr|nägel|nägeln|schrauben"]),
    ("violence", ["bastelt|basteln|bastelte|baut|bauen|baute|gebaut|gebastelt|baue|bastle", "wecker|zünder|zeitzünder|timer|lunte|zündschnur", "dünger*|schwarzpulver|sprengpulver|böllerpulver|feuerwerkspulver|ammoniumnitrat|unkrautex"]),
    # abgehackte Köpfe, abgetrennte Hände
    ("horror", ["abgehackt*|abgetrennt*|abgeschlagen*|abgesägt*", _BODY + "|köpfe|finger|zehen|ohren|hände|füße|beine|arme"]),
    # ein Mantel, eine Füllung aus dem, was von jemandem übrig ist oder jemand früher war
    ("horror", ["aus", "etwas|dem|was|jemandem", "früher|mal|einmal|vorher|damals|gestern|noch", _H + "|" + _PETS, "^war|gewesen|waren|hieß"]),
    ("horror", ["mantel|jacke|mütze|handschuhe|teppich|kissen|decke|füllung|stiefel|schuhe|tasche|lampenschirm|vorleger|bettvorleger|kuscheltier|stofftier|puppe|pullover|schal|pelz|gürtel", "aus", "dem|das|was", "vom|von", _H + "|" + _PETS, "übrig"]),
    # ein Kind gemästet wie in "Hänsel und Gretel"
    ("horror", ["mästet|mästen|mästete|gemästet|mästeten", "^" + _H + "|hänsel|gretel"]),
    ("horror", [_H + "|hänsel|gretel", "gemästet|mästen|mästet"]),
    # Chlor und Säure gemischt, die Dämpfe eingeatmet
    ("poison_medicine", ["mischt|mischen|mischte|gemischt|kippt|kippte|schüttet|schüttete|rührt|zusammenkippen|zusammenkippt|zusammenmischen", "chlor|chlorreiniger|bleiche|bleichmittel|chlorbleiche|kloreiniger|toilettenreiniger|wc|abflussreiniger|rohrreiniger|javelwasser|domestos", "und|mit", "essig|essigessenz|ammoniak|salmiak|salmiakgeist|säure|salzsäure|zitronensäure|entkalker|kalkreiniger|abflussreiniger"]),
    ("poison_medicine", ["mischt|mischen|mischte|gemischt|kippt|kippte|schüttet|schüttete|rührt|zusammenkippen|zusammenkippt|zusammenmischen", "essig|essigessenz|ammoniak|salmiak|salmiakgeist|säure|salzsäure|zitronensäure|entkalker", "und|mit", "chlor|chlorreiniger|bleiche|bleichmittel|chlorbleiche|kloreiniger|toilettenreiniger|javelwasser|domestos"]),
    ("poison_medicine", ["atmet|atmen|atmete|einatmen|eingeatmet|inhaliert|inhalieren|schnüffelt|schnüffeln", "dämpfe|dampf|gas|gase|geruch", "vom|von|der|des|aus", _CLEANERS]),
    # eine Reise ohne Rückfahrkarte
    ("death", ["schickt|schicken|schickte|geschickt|schickst", "@target|ihn|sie", "reise|fahrt|ausflug|urlaub|trip|weg", "ohne", "rückfahrkarte|rückfahrt|rückkehr|wiederkehr|rückflug|rückfahrschein|rückticket"]),
    # "zurück, wo du herkommst"
    ("hate", ["geh|geht|gehen|hau|haut|verschwinde|verschwindet|zieh|zieht|soll|sollen|sollst|sollt", "^zurück|dahin|dorthin|heim|ab", "wo|woher", "du|ihr", "herkommst|herkommt|hergekommen|herkamst|herkommen"]),
    ("hate", ["familie|eltern|leute|mutter|vater|mama|papa|kinder|" + _GROUPS, "^zurück|soll|sollen|sollte|sollten|muss|müssen|gehört|gehören", "^zurück|soll|sollen|sollte|sollten|muss|müssen|gehört|gehören|dahin|dorthin|heim", "wo|woher", "herkommt|herkommen|hergekommen|herkam|herkamen"]),
    # Befehle an den Schreiber, als Support oder Entwickler ausgegeben
    ("injection", ["support|supportteam|admin|administrator|entwickler|entwicklerteam|systemadministrator|techniker|betreiber|moderator", "gib|gebe|zeig|zeige|verrate|nenne|schreib|liste|drucke|poste|kopiere|sende|schick", "umgebungsvariablen|variablen|konfiguration|systemeinstellungen|key|keys|token|tokens|passwort|passwörter|zugangsdaten|apikey|secrets|credentials|logs|datenbank"]),
]
# "schlaf*" was the verb as well: a dog that sleeps in its basket is not a sleeping pill.
SCENARIOS = [(category, slots) for category, slots in SCENARIOS
             if slots[0] != "schlummer*|schlaf*|beruhigungs*|einschlaf*"]
SCENARIOS += [
    ("poison_medicine", ["schlafmittel*|schlaftablette*|schlafpille*|schlaftropfen|schlafpulver|schlafsaft|schlaftrunk|"
                         "schlummertropfen|schlummersaft|schlummerpulver|beruhigungs*|einschlaftropfen|einschlafsaft|einschlafpulver",
                         "heimlich|in", "in|kaffee|tee|saft|milch|essen|suppe|fläschchen|glas|becher"]),
]

# --- Neunte Sitzung, zweiter Teil (fresh33): Familien, offen und in Umschreibungen erzählt ---
TARGETS += ["enkelkind", "enkelkinder", "stiefkind", "stiefkinder", "kleinkinder"]
_LIMBS = "arm|arme|handgelenk|handgelenke|finger|daumen|bein|beine|fuß|fuss|knöchel|pfote|pfoten|flügel|ohr|ohren|nase|genick"
_TWIST = ("dreht|drehte|drehen|umdreht|umdrehte|umdrehen|umgedreht|verdreht|verdrehte|verdrehen|biegt|bog|bogen|biegen|"
          "umbiegt|umbog|verbiegt|verbog|zurückbiegt|zurückbog|quetscht|quetschte|quetschen|zerrt|zerrte|reißt|riss")
_CRACK = "knackt|knackte|knacken|kracht|krachte|krachen|knirscht|knirschte|splittert|splitterte|bricht|brach|brechen"
_HOT_IRON = "bügeleisen|herdplatte|lötkolben|brenneisen|glüheisen|brandeisen|heizstab|grillrost|kochplatte"
_ARMED = "axt|beil|machete|kettensäge|gewehr|pistole|revolver|flinte|schrotflinte|messer|waffe|waffen|schwert|dolch|mistgabel|heugabel|sense|sichel"
_CHILD_PLACES = ("kindergarten|kita|kinderkrippe|krippe|schule|grundschule|klasse|klassenzimmer|schulhof|pausenhof|"
                 "turnhalle|spielplatz|kinderzimmer|schlafzimmer|kirche|kinderheim|hort")
_SHUT_IN = "schrank|kleiderschrank|keller|kiste|truhe|kammer|abstellkammer|besenkammer|dachboden|verlies|kofferraum|käfig|container"
_GONE_AWAY = "urlaub|ferien|verreist|weggefahren|abgereist|weggezogen|umgezogen|ausgewandert|davongefahren"
SCENARIOS += [
    # Niemand wacht mehr auf: death told as sleep, with "keiner"/"niemand" as subject
    # ("danach wacht keiner mehr auf", "am Morgen wachte niemand je wieder auf").
    ("death", ["wacht|wachte|wachen|wachten", "keiner|niemand|keine|keins", "mehr|je|jemals|wieder", "auf"]),
    ("death", ["keiner|niemand", "wacht|wachte|wachen|wachten", "mehr|je|jemals|wieder", "auf"]),
    ("death", ["keiner|niemand", "mehr|je|jemals|wieder", "aufwacht|aufwachte|aufwachten|aufgewacht|aufwachen|erwacht|erwachte"]),
    # Ein Spiel, das gewinnt, wer jemanden zum Weinen bringt oder ihm blaue Flecken macht
    # ("gewinnt, wer die Kleine am öftesten zum Weinen bringt").
    ("violence", ["gewinnt|gewinnen|gewann|gewinne|siegt|siegen|sieger|siegerin|punkt|punkte|preis", "wer|wenn|der|die|derjenige|diejenige|jeder|jede",
                  "zum", "weinen|heulen|schreien|bluten|wimmern", "bringt|bringen|brachte|gebracht"]),
    ("violence", ["gewinnt|gewinnen|gewann|gewinne|siegt|siegen|sieger|siegerin|punkt|punkte", "zum", "weinen|heulen|schreien|bluten|wimmern",
                  "bringt|bringen|brachte|gebracht"]),
    ("violence", ["gewinnt|gewinnen|gewann|gewinne|siegt|siegen|sieger|siegerin|punkt|punkte", "wer|der|die|derjenige|diejenige|jeder|jede",
                  "@target|kleine|kleinen|neue|neuen|andere|anderen|schwächste|schwächsten", "zum", "weinen|heulen|schreien|bluten|wimmern"]),
    ("violence", ["wer|derjenige|diejenige", "zum", "weinen|heulen|schreien|bluten|wimmern", "bringt|bringen|brachte",
                  "gewinnt|gewinnen|gewann|siegt|sieger|siegerin|punkt|punkte|preis"]),
    ("violence", ["gewinnt|gewinnen|gewann|siegt|sieger|siegerin|punkt|punkte|preis", "wer|wenn|der|die|derjenige|diejenige|jeder|jede",
                  "meisten|öftesten|häufigsten|größten|mehr|viele|vielen", "blaue|blauen", "flecken|fleck"]),
    ("violence", ["wer|derjenige|diejenige", "meisten|öftesten|häufigsten|größten|mehr|viele|vielen", "blaue|blauen", "flecken|fleck",
                  "gewinnt|gewinnen|gewann|siegt|sieger|siegerin|punkt|punkte|preis"]),
    ("violence", ["blaue|blauen", "flecken|fleck", "verpassen|verpasst|verpasste|verteilen|verteilt|verteilte|sammeln|sammelt|zählen|zählt", "an|bei|auf",
                  "^@target|kleine|kleinen|kleinste|kleinsten"]),
    # Jemand stürmt mit einer Axt, einem Gewehr in einen Kindergarten, eine Schule.
    ("violence", ["stürmt|stürmte|stürmen|stürzt|stürzte|dringt|drang|platzt|platzte|rennt|rannte|läuft|lief|marschiert|marschierte",
                  "mit", "^" + _ARMED, "in|ins|auf|durch", _CHILD_PLACES]),
    ("violence", [_ARMED, "stürmt|stürmte|stürmen|dringt|drang|platzt|platzte|rennt|rannte|läuft|lief|marschiert|kommt|kam",
                  "in|ins", _CHILD_PLACES]),
    ("violence", ["stürmt|stürmte|stürmen|überfällt|überfiel|überfallen", "^" + _CHILD_PLACES, "mit", "^" + _ARMED]),
    # Eingesperrt, der Schlüssel weg, und alle sind verreist ("ein langes Schrank-Abenteuer").
    ("abandonment", [_SHUT_IN, "schlüssel|tür|deckel|schloss", "weg|verloren|verschwunden|weggeworfen|versteckt|klemmt|verschlossen|abgeschlossen|fort",
                     _GONE_AWAY]),
    # Ein "heißer Kuss" vom Bügeleisen; ein heißes Eisen auf ein Tier oder einen Menschen gedrückt.
    ("violence", ["kuss|küsschen|küsse|bussi|schmatzer|stempel|umarmung", "vom|von|mit|des|der", _HOT_IRON]),
    ("violence", [_HOT_IRON, "gibt|gab|geben|verpasst|verpasste|drückt|drückte", "^@target|ihm|ihr|ihnen", "kuss|küsschen|bussi|schmatzer"]),
    ("violence", ["drückt|drückte|drücken|presst|presste|pressen|hält|hielt|halten|legt|legte", "heiß*|heiss*|glühend*|" + _HOT_IRON,
                  "auf|an|gegen", "@target|arm|hand|bauch|rücken|fell|haut|gesicht|pfote|pfoten|bein|arme|hände|beine"]),
    ("violence", ["bügelt|bügelte|bügeln|gebügelt", "^den|die|das|ihren|seinen|ihre|seine|unseren|unsere|kleinen|kleine|armen|arme", "^@target"]),
    # Ein Kind vor eine fremde Tür gelegt, und wer es hinlegt, geht weg (ein Findelkind).
    ("abandonment", ["stellt|stellte|stellen|legt|legte|legen|setzt|setzte|setzen|lässt|ließ|lassen", "@target|korb|körbchen|wäschekorb|karton|kiste",
                     "vor", "fremd*|waisenhaus|kinderheim|heim|kloster|klosters|kirche|kirchentür|klostertür|findelhaus|babyklappe|türschwelle|schwelle",
                     "geht|ging|gehen|fährt|fuhr|fahren|verschwindet|verschwand|läuft|lief|rennt|rannte|eilt|eilte|haut|schleicht|schlich"]),
    ("abandonment", ["baby|babys|säugling|neugeborene|neugeborenes|enkelkind|kind|kleine|kleinen", "im|in|einem|einen", "^korb|körbchen|karton|kiste|pappkarton|wäschekorb",
                     "vor", "tür|haus|haustür|kirche|kloster|waisenhaus|kinderheim|schwelle|türschwelle|fremd*"]),
    # Jagd mit der Mistgabel, der Sense; jemanden aufspießen.
    ("violence", ["jagt|jagte|jagen|verfolgt|verfolgte|verfolgen|treibt|trieb|hetzt|hetzte", "@target|hinter", "mit",
                  "^mistgabel|heugabel|forke|sense|sichel|speer|lanze|dreizack|spieß|spiess|schwert|säbel|knüppel|peitsche"]),
    ("violence", ["spießt|spießte|spiesst|spiesste|spießen", "^@target", "^auf"]),
    ("violence", ["@target", "wird|wurde|werden|wurden|worden", "aufgespießt|aufgespiesst"]),
    # Einen Arm, einen Finger umdrehen, bis es knackt.
    ("violence", [_LIMBS, "ganz|fest|so|richtig|" + _TWIST, _TWIST + "|fest|um|herum|nach", "bis|dass", "es|er|sie|der|die|das|etwas|man|knochen", _CRACK]),
    ("violence", [_TWIST, "@target|ihm|ihr|ihnen|den|die|das|ihren|seinen|ihre|seine", _LIMBS, "bis|dass", "es|er|sie|der|die|das|etwas|man|knochen", _CRACK]),
    # Die Eltern ziehen weg und nehmen nur eines der Kinder mit.
    ("abandonment", ["ziehen|zieht|zogen|zog|wandern|wandert|wanderten|wanderte|fliegen|fliegt|flogen|flog|flüchten|fliehen|flohen|reisen|reist",
                     "land|ausland|stadt|weg|fort|um|aus|ferne|davon", "nehmen|nimmt|nahm|nahmen", "nur|bloß|lediglich",
                     _H + "|geschwister|brüder|schwestern|kinder|hund|katze|hunde|katzen|haustiere|tiere"]),
    ("abandonment", ["ziehen|zieht|zogen|zog|wandern|wandert|wanderten|wanderte|fliegen|fliegt|flogen|flog",
                     "land|ausland|stadt|weg|fort|um|aus|ferne|davon", "lassen|lässt|ließ|ließen|liess", "@target|ihn|sie|es|ihre|seine|ihren|seinen",
                     "zurück|allein|alleine|hier|da|dort"]),
    ("abandonment", ["ziehen|zieht|zogen|zog|wandern|wandert|wanderten|wanderte|fliegen|fliegt|flogen|flog",
                     "land|ausland|stadt|weg|fort|um|aus|ferne|davon", "lassen|lässt|ließ|ließen|liess", "allein|alleine"]),
    # Ein Vampir saugt jemanden aus, trinkt das Blut eines Kindes.
    ("horror", ["saugt|saugte|saugen|aussaugen", "^@target", "^aus|leer|blutleer|trocken"]),
    ("horror", ["@target", "aussaugen|ausgesaugt|aussaugt|leersaugen|leergesaugt|blutleer"]),
    ("horror", ["saugt|saugte|saugen|trinkt|trank|trinken|schlürft|schlürfte|leckt|leckte", "^@target|ihm|ihr|ihnen", "blut"]),
    ("horror", ["saugt|saugte|saugen|trinkt|trank|trinken|schlürft|schlürfte", "blut", "des|der|vom|von|seines|ihres|seiner|ihrer|aller|eines|einer", "^@target|kleinen|armen|ganzen"]),
    ("horror", ["vampir|vampire|vampirin|dracula|blutsauger", "beißt|biss|beißen", "@target", "hals|kehle|nacken|halsschlagader"]),
]
# Bedtime sleep: "keiner wacht mehr auf, bis der Hahn kräht".
ALLOW += ["wacht|wachte|wachen|wachten keiner|niemand mehr|wieder auf bis|vor",
          "keiner|niemand wacht|wachte|wachten mehr|wieder auf bis|vor",
          "keiner|niemand mehr|wieder aufwacht|aufwachte|aufwachen bis|vor"]

# --- Neunte Sitzung, dritter Teil (fresh34): Familien, offen und in Umschreibungen erzählt ---
# Körperteile von Kindern als Essen ("Kinderfinger als Knabberei", "knabbert Babyzehen"):
# the compound alone is no harm ("Kinderfinger kleben"), eaten or served it is.
_KID_PARTS = "|".join(head + part for head in ("kinder", "baby", "menschen", "mädchen", "jungen")
                      for part in ("finger", "zehen", "zeh", "ohren", "ohr", "augen", "auge", "augäpfel", "augapfel",
                                   "nasen", "nase", "zungen", "zunge", "hände", "händchen", "füße", "füßchen",
                                   "füsse", "herzen", "herz", "hirn", "gehirn", "blut", "haut", "knöchelchen", "beinchen"))
_SNACK = ("knabberei|knabbereien|snack|snacks|leckerei|leckereien|leckerbissen|nachtisch|dessert|nachspeise|vorspeise|"
          "frühstück|abendessen|abendbrot|mittagessen|zwischenmahlzeit|mahlzeit|beilage|naschzeug|proviant|pausenbrot|"
          "pausensnack|knabberzeug|chips|popcorn|süßigkeit|süßigkeiten|bonbons|festmahl|festessen|sonntagsessen|"
          "sonntagsbraten|braten|hauptgericht|hauptspeise|menü|fernsehsnack|kinosnack")
_EAT_UP = ("isst|essen|aß|aßen|gegessen|frisst|fressen|fraß|fraßen|gefressen|knabbert|knabbern|knabberte|nascht|naschen|"
           "naschte|futtert|futtern|futterte|verspeist|verspeisen|verspeiste|verschlingt|verschlingen|verschlang|kaut|"
           "kauen|kaute|lutscht|lutschen|lutschte|nagt|nagen|nagte|kocht|kochen|kochte|brät|braten|briet|grillt|grillen|"
           "grillte|röstet|rösten|röstete|frittiert|frittieren|trinkt|trinken|trank|schlürft|schlürfen|schlürfte|serviert|"
           "servieren|servierte|tischt|tischte|gibt|gab|verkauft|verkaufte|sammelt|sammelte|sammeln")
# Eyes, fingers or toes floating in a drink or a soup ("Augäpfel schwimmen in Lottas
# Kakao"): not "Fettaugen" (a whole other word), not "Augen schwimmen in Tränen".
_EATERS = (PREDATORS + "|riesin|menschenfresser|menschenfresserin|koch|köchin|wirt|wirtin|bäcker|bäckerin|metzger|"
           "metzgerin|zauberer|vampir|gast|gäste|könig|königin|mann|frau|onkel|tante|oma|opa|mama|papa")
_LOOSE_PARTS = "augapfel|augäpfel|augen|auge|finger|zehen|zehe|ohren|ohr|zunge|zungen|fingernägel|zehennägel|gehirn|hirn|herz"
_DRINKS_SOUPS = ("kakao|tee|milch|saft|suppe|brühe|eintopf|müsli|brei|limo|limonade|kaffee|bowle|punsch|smoothie|soße|"
                 "sauce|pudding|cornflakes|tasse|becher|suppenteller|suppentopf|kakaobecher|milchshake|fruchtbowle")
_FLOAT = "schwimmen|schwimmt|schwamm|schwammen|treiben|treibt|trieb|trieben|liegen|liegt|lag|lagen|dümpeln|dümpelt|hüpfen|hüpft"
# Places that close over a child (a trunk, a chest, a fridge) where it suffocates;
# not "erstickt in Arbeit", "im Unkraut", "fast vor Lachen".
_AIRLESS = _SHUT_IN + "|kühlschrank|gefriertruhe|tiefkühltruhe|kühltruhe|tüte|plastiktüte|plastiksack|müllsack|sack|koffer|reisekoffer|waschmaschine|trockner|mülltonne|tonne|sarg|grube|erdloch|tresor|spind|schließfach"
# A child as the thing beaten at a party ("Leonie ist die Piñata", "als Boxsack").
_BEATEN_THING = "pinata|piñata|boxsack|sandsack|punchingball|prügelknabe|prügelknaben|prügelsack|trainingspuppe"
# A child who becomes the meal ("danach sind sie selbst das Sonntagsessen").
_MEAL = ("essen|mittagessen|abendessen|sonntagsessen|festessen|abendbrot|frühstück|braten|sonntagsbraten|festbraten|"
         "hauptgericht|hauptspeise|mahlzeit|nachtisch|snack|leckerbissen|festmahl|mahl|mittagsmahl|menü|vorspeise|"
         "hauptgang|gericht|abendmahl|weihnachtsbraten|weihnachtsessen|festtagsbraten|sonntagsmahl|sonntagsmenü|"
         "eintopf|suppe|pastete|füllung")
_BAKED = ("brötchen|brot|brote|kuchen|torte|torten|pastete|pasteten|teig|kekse|plätzchen|pizza|strudel|lebkuchen|"
          "semmel|semmeln|brezel|brezeln|auflauf|pie|muffins|muffin|krapfen|berliner|knödel|klöße|teigtaschen|maultaschen|brotlaib")
_MINCED = "wurst|würste|würstchen|frikadellen|buletten|hackfleisch|gehacktes|gulasch|brei|mus|pastete|burger|fleischbällchen|hackbällchen|leberwurst|katzenfutter|hundefutter|tierfutter"
_H_ONLY = _H + "|jungs|hänsel|gretel|geschwister|enkel|enkelkinder"
SCENARIOS += [
    ("horror", [_EAT_UP, "^" + _KID_PARTS]),
    # the verb before its subject ("serviert der Koch Kinderohren", "frisst der Riese Babyzehen")
    ("horror", ["isst|aß|frisst|fraß|knabbert|knabberte|nascht|naschte|futtert|futterte|verspeist|verspeiste|verschlingt|"
                "verschlang|kaut|kaute|lutscht|lutschte|nagt|nagte|kocht|kochte|brät|briet|grillt|grillte|röstet|röstete|"
                "frittiert|serviert|servierte|tischt|tischte", "^der|die|das|ein|eine|unser|unsere", "^" + _EATERS, "^" + _KID_PARTS]),
    ("horror", [_KID_PARTS, "^als", "^" + _SNACK]),
    ("horror", ["zum|zur|als", _SNACK, "gibt|gab|gibts|serviert|servierte|kocht|kochte|macht|machte|brät|briet|backt|backte", "^" + _KID_PARTS]),
    ("horror", ["finger|zehen|ohren|augen|augäpfel|zungen|herzen|knochen", "^von|aus", "^kindern|babys|menschen|kinder|leuten|mädchen|jungen", "^als", "^" + _SNACK]),
    ("horror", [_LOOSE_PARTS, "^" + _FLOAT, "^in|im", "^" + _DRINKS_SOUPS]),
    ("horror", ["in|im", "^" + _DRINKS_SOUPS, "^" + _FLOAT, "^" + _LOOSE_PARTS]),
    ("horror", ["trinkt|trinken|trank|isst|essen|aß|schlürft|schlürfen|schlürfte|löffelt|löffeln|löffelte|kaut|kauen|kaute|lutscht|lutschen", "^augäpfel|augapfel"]),
    # Ersticken in a closed place ("ersticken im Kofferraum", "ist in der Truhe erstickt").
    ("death", ["ersticken|erstickt|erstickte|erstickten", "^in|im|unter", "^" + _AIRLESS]),
    ("death", ["in|im", "^" + _AIRLESS, "^ersticken|erstickt|erstickte|erstickten"]),
    ("death", ["in|im", "^" + _AIRLESS, "keine|kaum", "luft", "^mehr"]),
    # A child as the piñata or the punching bag of the others.
    # (the game named first, then someone who "is" it; not from "spielen", which reads as play)
    ("violence", [_BEATEN_THING, "ist|sind|wird|werden|muss|müssen|soll|sollen|war|wurde", "^die|der|das|unsere|unser|ihre|seine|eine|ein", "^" + _BEATEN_THING]),
    ("violence", ["benutzen|benutzt|benutzte|benutzten|nehmen|nimmt|nahm|nahmen|nutzen|nutzt|nutzte|nutzten|missbrauchen|missbraucht|machen|macht|machte|machten",
                  "@target|ihn|sie|mich|dich", "^als|zur|zum", "^" + _BEATEN_THING]),
    ("violence", ["@target", "^muss|soll|darf|müssen|sollen", "^die|der|das|den", "^" + _BEATEN_THING, "^sein|spielen"]),
    # The guests become the meal ("danach sind sie selbst das Sonntagsessen", "enden als Braten").
    ("horror", ["sind|werden|wurden|waren|ist|wird|war|wurde|bist|seid|werdet", "^sie|wir|ihr|du|ich|er|alle|beide", "^selbst|selber", "^das|der|die|ein|eine", "^" + _MEAL]),
    ("horror", ["sie|wir|ihr|du|ich|er|alle|beide|@target", "^sind|werden|wurden|waren|ist|wird|war|wurde|bist|seid|werdet", "^selbst|selber", "^das|der|die|ein|eine", "^" + _MEAL]),
    ("horror", [_H_ONLY, "^enden|endet|endeten|endete|landen|landet|landeten|landete|dienen|dient|dienten|diente", "^als", "^" + _MEAL]),
    # Baked or minced into food ("backt Kinder in seine Brötchen ein", "verarbeitet die Kinder zu Wurst").
    ("horror", ["backt|backte|backen|bäckt|verbäckt|verbackt|verbacken|kocht|kochte|kochen|knetet|knetete|kneten",
                "^" + _H_ONLY, "^in|ins", "^" + _BAKED]),
    ("horror", ["verarbeitet|verarbeiten|verarbeitete|hackt|hacken|hackte|mahlt|mahlen|mahlte|zermahlt|zermahlen|dreht|drehte|drehen|verwurstet|verwursten|verwurstete",
                "^" + _H_ONLY, "^zu|zur|zum|in|durch", "^" + _MINCED + "|fleischwolf"]),
    ("horror", [_H_ONLY, "werden|wurden|wird|wurde", "zu|in|durch", "^" + _MINCED + "|fleischwolf", "^verarbeitet|gedreht|gehackt|verwurstet|gebacken|eingebacken|verbacken"]),
]
# Die Folterkammer einer Burg oder eines Museums, bei einer Besichtigung ("eine Burg mit
# Kerker und Folterkammer", "die Folterkammer im Burgmuseum"): history, not torture.
# A castle alone may hold a witch's torture room; a museum, a tour or a visit tells history.
_VISIT = ("burgmuseum|museum|museums|ausstellung|burgruine|ruine|führung|burgführung|schlossführung|mittelaltermuseum|"
          "foltermuseum|kriminalmuseum|rundgang|besichtigung|besichtigen|besichtigt|besichtigte|besichtigten|besucht|"
          "besuchen|besuchte|besuchten|klassenfahrt|klassenausflug|schulausflug|ausflug|museumsbesuch|burgbesuch")
_TOUR = ("mit|und|samt|sowie|hat|hatte|haben|gibt|gab|es|im|in|der|die|das|den|dem|des|ein|eine|einem|einer|einen|"
         "burg|burgen|ritterburg|schloss|schlosses|festung|ruine|alten|"
         "alte|alten|altes|alter|echte|echten|mittelalterliche|mittelalterlichen|dunkle|dunklen|gruselige|gruseligen|"
         "richtige|richtigen|kerker|kerkern|verlies|verliese|burgverlies|rittersaal|rüstkammer|waffenkammer|turm|türme|"
         "burggraben|zugbrücke|rüstungen|ritterrüstungen|kapelle|burghof|besichtigen|besichtigt|besucht|besuchen|"
         "anschauen|angeschaut|zeigt|zeigen|sehen|sieht|auch|sogar|noch|heute")
_TORTURE_ROOM = "folterkammer|folterkammern|folterkeller|foltergeräte|folterwerkzeuge|folterinstrumente|folterbank|folterraum"
# Both rule layers read these (the lexicon layer imports them).
MUSEUM_VISITS = [*[" ".join([_VISIT, *[_TOUR] * n, _TORTURE_ROOM]) for n in range(0, 6)],
                 *[" ".join([_TORTURE_ROOM, "im|in|der|des|einer|eines|vom|von|aus|dem|auf",
                             *["alten|mittelalterlichen|echten|der|dem|einer|einem|großen|berühmten"] * m, _VISIT])
                   for m in range(0, 3)]]
ALLOW += MUSEUM_VISITS
# Das Herz höher schlagen lassen: joy, not a beating ("lässt Kinderherzen höher schlagen").
_HEART_FILL = ("die|der|den|des|das|alle|aller|unsere|ihre|seine|eure|meine|deine|viele|vieler|jedes|jeden|herz|herzen|"
               "kinderherzen|kinder|kleinen|großen|fans|zuschauer|publikums|gäste|leser|besucher|" + _T)
ALLOW += [" ".join(["lässt|lassen|ließ|ließen|lasst|lasse", *[_HEART_FILL] * n, "höher|schneller", "schlagen"]) for n in range(1, 6)]
# "Essen" the meal before a person ("Beim Essen sieht die Mama...", "das Essen für die
# Kinder"): a noun after its article or preposition, not the verb "essen".
_AT_TABLE = ("sieht|sehen|fragt|fragen|erzählt|erzählen|sagt|sagen|lacht|lachen|ruft|rufen|für|mit|bei|ist|sind|hilft|"
             "helfen|wartet|warten|freut|freuen|holt|holen|bringt|bringen|kocht|kochen|macht|machen|gibt|geben|bekommt|"
             "bekommen|teilt|teilen|singt|singen|spricht|sprechen|redet|reden|schmeckt|schmecken|wünscht|wünschen")
ALLOW += [" ".join(["beim|zum|vom|nach|vor|das|dem|ihr|sein|unser|leckeres|warmes|warme|gutes essen", *[_AT_TABLE] * n,
                    "die|den|das|alle|einen|eine|kleine", _BEUTE]) for n in range(0, 2)]

# --- Neunte Sitzung, vierter Teil (fresh35): Familien, offen und in Umschreibungen erzählt ---
# Given names, for the few places where a name (a child's own, never a victim's: the reader
# reads no German name as a target) must fill a slot: "suchen Leni nie", "schlägt Jonas' Dame".
_GIVEN_NAMES = ("anna|anne|klara|clara|lena|lea|leonie|mia|emma|emilia|hannah|hanna|sophie|sofia|lina|marie|maria|"
                "laura|julia|lisa|sarah|sara|nele|ida|greta|frieda|paula|ella|luisa|johanna|charlotte|mila|lotta|"
                "max|paul|leon|lukas|luca|jonas|finn|felix|elias|noah|ben|tim|tom|jan|david|moritz|jakob|emil|"
                "anton|theo|oskar|karl|peter|thomas|michael|andreas|stefan|stephan|martin|klaus|hans|petra|sabine|"
                "monika|ursula|susanne|christine|katrin|heike|uwe|jürgen|frank|markus|sven|dirk|ralf|nina|jana|leni|lotte|"
                "mats|malte|henri|henry|liam|nils|ole|tilda|mira|romy|marlene|amelie|fiona|lilly|lilli|nora|jule")
_GIVEN_NAMES_GEN = "|".join(name + "s" for name in _GIVEN_NAMES.split("|") if not name.endswith(("s", "x", "z")))
# Auspeitschen lassen, eine Peitsche als Strafe ("lässt den Schiffsjungen auspeitschen",
# "peitscht den Diener aus": the split verb is rejoined to its whole lemma).
HARM["violence"] += ["auspeitschen", "ausgepeitscht", "auspeitschte", "auspeitschten", "auspeitscht"]
# Auf jemanden einhacken ("hackt auf den Wolf und die Großmutter ein"), like the other verbs
# of beating above: not "hackt auf den Baum ein" (no one living), nor "herumhacken" (teasing).
SCENARIOS += [
    ("violence", ["hackt|hackte|hacken|hackten", "auf", "@target|ihn|sie|ihm|einander", "ein"]),
    ("violence", ["auf", "@target|ihn|einander", "eingehackt|einzuhacken|einhacken"]),
]
# Ein Mensch zerlegt, zerteilt, zu Wurst gemacht oder als Fleisch verkauft ("zerlegt den Opa
# und verkauft ihn als Wurst", "macht aus dem Briefträger Würstchen"): people and those whose
# work brings them to the door; not an animal a butcher cuts, a cupboard taken apart, a cake.
_PEOPLE_AT_DOOR = (_H_ONLY + "|briefträger|briefträgerin|postbote|postbotin|paketbote|paketbotin|polizist|polizistin|"
                   "kunde|kunden|kundin|gast|gäste|besucher|besucherin|wanderer|wanderin|tourist|touristen|fremde|"
                   "fremden|fremder|bürgermeister|pfarrer|arzt|ärztin|prinz|prinzessin|ritter|könig|königin|bettler|"
                   "hausmeister|schornsteinfeger|zeitungsjunge|lieferant|handwerker|nachtwächter|förster|jäger|"
                   "schiffsjunge|lehrling|diener|dienerin|knecht|magd|müller|schneider|schneiderin")
_CARVE = ("zerlegt|zerlegte|zerlegen|zerlegten|zerteilt|zerteilte|zerteilen|zerhackt|zerhackte|zerhacken|"
          "zerstückelt|zerstückelte|filetiert|filetierte|filetieren|tranchiert|tranchierte|tranchieren|schlachtet|"
          "schlachtete|schlachten|wurstet|wurstete")
_MEATS = _MINCED + "|fleisch|braten|schnitzel|steak|steaks|aufschnitt|schinken|speck|salami|koteletts|kotelett|" + _MEAL + "|" + _BAKED
SCENARIOS += [
    # (with its article: "zerlegt den Opa", not "das Sparschwein schlachten, um Mama...")
    ("horror", [_CARVE, "^" + _DET, "^" + _PEOPLE_AT_DOOR]),
    ("horror", [_PEOPLE_AT_DOOR, "wird|wurde|werden|wurden|worden", "^zerlegt|zerteilt|zerhackt|zerstückelt|filetiert|tranchiert|geschlachtet"]),
    ("horror", ["verkauft|verkaufte|verkaufen|serviert|servierte|servieren|tischt|tischte|bietet|bot|kocht|kochte",
                "^ihn|sie|" + _PEOPLE_AT_DOOR, "^als", "^" + _MINCED + "|fleisch|braten|schnitzel|steak|aufschnitt|schinken|salami"]),
    ("horror", ["verkauft|verkaufte|verkaufen|serviert|servierte|servieren|tischt|tischte|bietet|bot|kocht|kochte",
                "^" + _DET, "^" + _PEOPLE_AT_DOOR, "^als", "^" + _MINCED + "|fleisch|braten|schnitzel|steak|aufschnitt|schinken|salami"]),
    ("horror", ["macht|machte|machen|machten|verarbeitet|verarbeitete|verarbeiten|kocht|kochte|kochen|backt|backte|"
                "backen|bäckt|stellt|stellte|herstellt|brät|briet|wurstet", "^aus", "^" + _DET, "^" + _PEOPLE_AT_DOOR, _MEATS]),
    ("horror", ["macht|machte|machen|machten|kocht|kochte|kochen|backt|backte|backen|bäckt|stellt|stellte|brät|briet",
                _MINCED + "|fleisch|braten|schnitzel|steak|aufschnitt|schinken|salami|pastete|suppe|eintopf|gulasch",
                "^aus", "^" + _DET, "^" + _PEOPLE_AT_DOOR]),
    # The guests become the meal, the subject first ("die Kinder selbst sind die Hauptspeise").
    ("horror", [_H_ONLY + "|sie|wir|ihr|alle|beide|gäste|gast", "^selbst|selber", "^sind|werden|wurden|waren|ist|wird|war|wurde|bist|seid|werdet",
                "^das|der|die|ein|eine", "^" + _MEAL + "|" + _SNACK]),
]
# Kopf unter Wasser, in den Eimer, ins Klo gedrückt ("die Luft anhalten – mit Emils Kopf im
# Wassereimer", "steckt ihm den Kopf ins Klo"): not a diver's own "Kopf unter Wasser", not a
# pony that puts its head into the water bucket (no game of holding one's breath, no one who
# pushes someone else's head).
_BUCKETS = ("wassereimer|eimer|putzeimer|klo|klos|toilette|kloschüssel|toilettenschüssel|regentonne|wassertonne|"
            "jauchegrube|jauche|wassertrog|trog|pferdetränke|tränke|spülbecken|aquarium|goldfischglas|waschbecken|badewanne")
_DUNK = ("drückt|drückte|drücken|tunkt|tunkte|tunken|taucht|tauchte|tauchen|stopft|stopfte|stopfen|presst|presste|"
         "pressen|steckt|steckte|stecken|hält|hielt|halten")
SCENARIOS += [
    ("death", ["luft", "^an|anhalten|anzuhalten|angehalten", "kopf|köpfe|gesicht|gesichter", "^in|im|ins|unter", "^" + _BUCKETS]),
    ("death", ["kopf|köpfe|gesicht|gesichter", "^in|im|ins|unter", "^" + _BUCKETS, "luft", "^an|anhalten|anzuhalten"]),
    ("violence", [_DUNK, "ihm|ihr|ihnen|@target", "^den|die|das|seinen|ihren", "^kopf|köpfe|gesicht", "^in|ins|unter|im", "^" + _BUCKETS + "|wasser"]),
    ("violence", [_DUNK, "^den|die|das", "^kopf|köpfe|gesicht", "^des|der|seines|ihres|vom|von|seiner|ihrer|seinem|ihrem",
                  "@target", "^in|ins|unter|im", "^" + _BUCKETS + "|wasser"]),
]
# Ein Kind, ein Tier bekommt ein "Zuhause" auf der Parkbank, auf der Straße, in der
# Mülltonne: abandonment told as a new home; not "wohnt in der Straße" (an address), not
# "lebt auf dem Bauernhof".
_YOUNG = ("baby|babys|säugling|säuglinge|neugeborene|neugeborenes|kleinkind|kind|kinder|kleine|kleinen|welpe|welpen|"
          "kätzchen|hund|hündchen|katze|hase|häschen|kaninchen|hamster|meerschweinchen|geschwisterchen|brüderchen|schwesterchen")
_HOMED = ("zuhause|zuhaus|heim|daheim|bett|bettchen|kinderzimmer|schlafplatz|wohnt|wohnen|wohnte|lebt|leben|lebte|"
          "haust|hausen|wohnung|körbchen|nest")
_HOMED_AT = "zuhause|zuhaus|heim|bett|bettchen|kinderzimmer|schlafplatz|körbchen|nest|wohnung"
SCENARIOS += [
    ("abandonment", [_YOUNG, _HOMED, "auf", "^parkbank|straße|strasse|müllhalde|müllkippe|autobahn|parkplatz|bürgersteig|gehweg|bank|"
                     "raststätte|autobahnraststätte|bahnsteig"]),
    ("abandonment", [_YOUNG, _HOMED, "in|im", "^mülltonne|mülleimer|müllcontainer|abfalleimer|papierkorb|altkleidercontainer|karton|pappkarton|gosse"]),
    ("abandonment", [_YOUNG, _HOMED, "unter", "^brücke|autobahnbrücke|parkbank"]),
    # (an address with "an": "wohnt an der Bushaltestelle um die Ecke"; a bed there is none)
    ("abandonment", [_YOUNG, _HOMED_AT, "^an|am", "^bushaltestelle|haltestelle|raststätte|autobahnraststätte|tankstelle|autobahn"]),
]
# Fahren alle weg und suchen sie nie (hide and seek where nobody comes looking): someone
# between "suchen" and "nie" ("suchen Leni nie", "sucht ihn niemals"), or "nie nach ihm";
# not "sucht nie lange nach ihrer Brille" ("ihr" reads as "ihrer", so it is left out).
_GO_AWAY = "fahren|fährt|fuhr|fuhren|gehen|geht|ging|gingen|laufen|läuft|lief|liefen|rennen|rennt|rannte|rannten|ziehen|zieht|zog|zogen"
SCENARIOS += [
    ("abandonment", [_GO_AWAY, "^weg|fort|davon|heim|los|ab", "suchen|sucht|suchte|suchten|holen|holt|holte|holten",
                     "^@target|ihn|sie|es|" + _GIVEN_NAMES, "^nie|niemals|nimmermehr"]),
    ("abandonment", [_GO_AWAY, "^weg|fort|davon|heim|los|ab", "suchen|sucht|suchte|suchten", "^nie|niemals|nimmermehr", "^nach", "^ihm|ihnen|@target"]),
]
# Eingesperrt, und wer einsperrt, zieht in eine andere Stadt ("schließt Paul auf dem Dachboden
# ein und zieht weg"): the rule above with moving away; a given name may be who is shut in.
SCENARIOS += [
    ("abandonment", ["sperrt|sperrte|sperren|schließt|schloss|schließen", "^@target|ihn|sie|es|" + _GIVEN_NAMES, "ein|weg", "und|dann",
                     "zieht|zog|ziehen|zogen|fliegt|flog|fliegen|reist|reiste|reisen|wandert|wanderte|verreist|verreiste|fährt|fuhr|fahren",
                     "weg|fort|davon|stadt|land|ausland|ferne|urlaub|ferien|amerika|australien"]),
    ("abandonment", ["sperrt|sperrte|sperren|schließt|schloss|schließen", "^" + _DET, "^" + _T, "ein|weg", "und|dann",
                     "zieht|zog|ziehen|zogen|fliegt|flog|fliegen|reist|reiste|reisen|wandert|wanderte|verreist|verreiste|fährt|fuhr|fahren",
                     "weg|fort|davon|stadt|land|ausland|ferne|urlaub|ferien|amerika|australien"]),
]
# Der Hundehimmel, für immer im Himmel: a pet's or a person's death told softly ("wohnt jetzt
# für immer im Hundehimmel"); not "der reinste Hundehimmel" (a paradise for dogs), not a kite
# high in the sky.
HARM["death"] += ["hundehimmel", "katzenhimmel", "tierhimmel", "haustierhimmel", "hasenhimmel", "pferdehimmel",
                  "hamsterhimmel", "meerschweinchenhimmel", "vogelhimmel", "kaninchenhimmel"]
SCENARIOS += [
    ("death", ["für", "^immer|ewig", "^im|oben", "^himmel"]),
    ("death", ["@target", "wohnt|wohnen|wohnte|wohnten|lebt|leben|lebte|lebten", "^jetzt|nun|seitdem|seither|inzwischen", "im", "^himmel"]),
]
_PET_HEAVEN = "hundehimmel|katzenhimmel|tierhimmel|haustierhimmel|hasenhimmel|pferdehimmel|hamsterhimmel|meerschweinchenhimmel|vogelhimmel|kaninchenhimmel"
ALLOW += [f"reinste|reinster|wahre|wahrer|echte|echter|richtige|richtiger|ein|wie|kleiner|kleine|kleines {_PET_HEAVEN}",
          f"wie im {_PET_HEAVEN}"]
# Im Schach eine Figur schlagen, die Figur eines Kindes mit Namen ("schlägt Opa Jonas' Dame",
# "Leons Turm"),
# oder das Spiel zuerst genannt ("Beim Schach schlägt Opa ihn immer"): a game, not a blow.
ALLOW += [
    *[" ".join([_SCHLAG, *[_CHESS_MOVE] * n, _GIVEN_NAMES + "|" + _GIVEN_NAMES_GEN, "dame|turm|türme|läufer|springer|schachfigur|schachfiguren"]) for n in range(0, 3)],
    *[" ".join(["beim|im|bei|in", *["ersten|großen|letzten|nächsten|lustigen|schnellen|heutigen"] * m, _GAMES, _SCHLAG, *[_RIVALS] * n])
      for n in range(1, 4) for m in range(0, 2)],
]
# Die Zeit mit einem Spiel totschlagen, dessen Name ein ganzer Satz ist ("Ich sehe was, was du
# nicht siehst", "Ich packe meinen Koffer", "Stadt, Land, Fluss", "Schere, Stein, Papier").
_PASTIME_SAYING = (_PASTIME + "|sehen|sehe|siehst|was|nicht|land|fluss|schere|stein|papier|packe|packen|koffer|"
                   "kofferpacken|meinen|wer|bin|teekesselchen|schnick|schnack|schnuck|tiere|raten")
ALLOW += [" ".join([_SCHLAG, *[_FILL] * n, "die|ihre|unsere|seine|eure|meine|deine zeit", *[_PASTIME_SAYING] * m, "tot"])
          for n in range(0, 7) for m in range(1, 10)]
# Ein Zombie, der Gemüse oder Süßes frisst ("ein Zombie, der nur Brokkoli frisst"): a
# funny monster, not one that eats brains or people.
_ZOMBIE_FOOD = ("brokkoli|gemüse|karotten|möhren|spinat|salat|erbsen|rosenkohl|blumenkohl|pizza|nudeln|spaghetti|pommes|"
                "kekse|plätzchen|kuchen|torte|schokolade|süßigkeiten|gummibärchen|bonbons|eis|obst|äpfel|bananen|"
                "popcorn|pfannkuchen|waffeln|müsli|käse|gurken|tomaten|zucchini|kartoffeln|socken|blumen|gras")
_ZOMBIE_FILL = ("ist|sind|war|der|die|das|nur|am|liebsten|gern|gerne|immer|ganz|viel|viele|lauter|statt|anstatt|lieber|ein|"
                "eine|einen|so|total|wo|er|sie|es|als|außer|ausschließlich|bloß|jeden|tag|morgens|abends|frischen|frische|grünen|grüne|leckeren|leckere|süße|süßen")
_ZOMBIE_EATS = "frisst|fressen|fraß|fraßen|isst|essen|aß|aßen|futtert|futtern|mampft|mampfen|knabbert|knabbern|nascht|naschen|verschlingt"
ALLOW += [
    *[" ".join(["zombie|zombies", *[_ZOMBIE_FILL] * n, _ZOMBIE_FOOD, _ZOMBIE_EATS]) for n in range(0, 6)],
    *[" ".join(["zombie|zombies", *[_ZOMBIE_FILL] * n, _ZOMBIE_EATS, *[_ZOMBIE_FILL] * m, _ZOMBIE_FOOD])
      for n in range(0, 4) for m in range(0, 4)],
]
# Der Sarg einer Mumie im Museum, ein Pharao im Sarkophag ("eine uralte Mumie, und die Kinder
# staunen über die bunten Bilder auf dem Sarg"): history seen on a visit, not a funeral.
_EGYPT = ("mumie|mumien|pharao|pharaos|pharaonen|pharaonin|ägypten|ägyptische|ägyptischen|ägyptischer|altägyptische|"
          "altägyptischen|museum|museums|ausstellung|pyramide|pyramiden|archäologe|archäologin|archäologen|ausgrabung")
_EGYPT_FILL = ("und|die|der|das|den|dem|des|ein|eine|einen|einem|einer|im|in|auf|an|am|über|mit|aus|vor|liegt|liegen|lag|"
               "steht|stehen|stand|kinder|staunen|staunt|bestaunen|bestaunt|schauen|schaut|sehen|sieht|betrachten|"
               "betrachtet|bewundern|bewundert|bunten|bunte|bunter|buntes|bemalt|bemalte|bemalten|goldene|goldenen|"
               "goldener|prächtige|prächtigen|verzierte|verzierten|alte|alten|alter|uralte|uralten|uralter|große|großen|"
               "bilder|bild|malereien|hieroglyphen|zeichen|muster|farben|gold|schätze|schmuck|ganz|sehr|viele|staunend|"
               "echte|echten|steinerne|steinernen|hölzerne|hölzernen|klasse|schulklasse|besuch|besuchen|besucht")
_COFFIN = "sarg|särge|sarges|sarkophag|sarkophage|mumiensarg|mumiensärge|steinsarg|holzsarg|goldsarg|prunksarg"
ALLOW += [
    "mumiensarg|mumiensärge|pharaonensarg|pharaonensärge",
    *[" ".join([_EGYPT, *[_EGYPT_FILL] * n, _COFFIN]) for n in range(0, 13)],
    *[" ".join([_COFFIN, *[_EGYPT_FILL] * n, _EGYPT]) for n in range(0, 5)],
]
# Messer als Familienname ("Klara Messer", "Herr Messer", "Familie Messer"): a person's name.
ALLOW += [f"{_GIVEN_NAMES}|herr|frau|familie|fräulein|doktor|dr|professor|professorin|kapitän|kapitänin messer"]

# --- Session 10 -----------------------------------------------------------------------
# Everyday grown-ups a story names by their job or what they are doing ("auf den
# Briefträger", "auf die Spaziergänger"): people harm can be done to like any other.
TARGETS += ["briefträger", "briefträgerin", "postbote", "postbotin", "paketbote", "paketbotin", "spaziergänger",
            "spaziergängerin", "wanderer", "wanderin", "jogger", "joggerin", "fußgänger", "fußgängerin",
            "radfahrer", "radfahrerin", "polizist", "polizistin", "trainer", "trainerin", "verkäufer", "verkäuferin"]
# Blut eines Menschen, an dem etwas klebt ("der Teddy ist voll mit dem Blut ihrer Eltern",
# "überall das Blut seines kleinen Bruders"): not "Blut spenden", not a nosebleed told plainly.
_SMEARED = ("voll|voller|verschmiert|beschmiert|blutverschmiert|getränkt|durchtränkt|bedeckt|besudelt|überall|"
            "tropft|tropfte|trieft|triefte|klebt|klebte|kleben|klebten|pfütze|lache|bespritzt|rot")
_OF_WHOM = "des|der|seiner|ihrer|seines|ihres|meiner|meines|deiner|deines|unserer|unseres|von|vom|eines|einer"
SCENARIOS += [
    ("horror", [_SMEARED, "blut", "^" + _OF_WHOM, "^@target|" + _GIVEN_NAMES]),
]
# Gekochte Körperteile von Menschen ("gegrillte Menschenfüße", "gebratene Kinderfinger"): a
# compound of "Menschen"/"Kinder" and a limb, cooked; not "Kinderfüße" in new shoes, not
# "Kinderaugen", which shine at dessert ("Kinder-" only right after a cooking word).
_MAN_PARTS = ("menschenfuß|menschenfüße|menschenfüßen|menschenhand|menschenhände|menschenhänden|menschenfinger|"
              "menschenfingern|menschenzeh|menschenzehe|menschenzehen|menschenohr|menschenohren|menschenauge|"
              "menschenaugen|menschenbein|menschenbeine|menschenarm|menschenarme|menschenherz|menschenherzen|"
              "menschenhirn|menschenleber|menschenkopf|menschenköpfe|menschenzunge|menschenzungen")
_CHILD_PARTS = ("kinderfinger|kinderfingern|kinderfüße|kinderfüßen|kinderfuß|kinderhände|kinderhänden|kinderohren|"
                "kinderzehen|kinderköpfe|babyfinger|babyfüße|babyhände|babyfüßchen")
_COOKED = ("gegrillt|gegrillte|gegrillten|gegrillter|gebraten|gebratene|gebratenen|gebratener|gekocht|gekochte|"
           "gekochten|geschmort|geschmorte|geschmorten|frittiert|frittierte|frittierten|paniert|panierte|panierten|"
           "geröstet|geröstete|gerösteten|geräuchert|geräucherte|geräucherten|eingelegt|eingelegte|eingelegten|"
           "gebacken|gebackene|gebackenen|knusprig|knusprige|knusprigen")
_COOK_OR_MEAL = (_COOKED + "|nachtisch|abendessen|mittagessen|frühstück|vorspeise|hauptgang|hauptgericht|speisekarte|"
                 "menü|serviert|servieren|isst|essen|aß|frisst|fressen|grillt|grillen|brät|braten|kocht|kochen|suppe|"
                 "eintopf|soße|sauce")
SCENARIOS += [
    ("horror", [_COOK_OR_MEAL, _MAN_PARTS]),
    ("horror", [_MAN_PARTS, _COOKED + "|grillt|grillen|brät|braten|kocht|kochen|frisst|fressen|serviert"]),
    ("horror", [_COOKED, "^" + _CHILD_PARTS]),
]
# Wer zum Essen eingeladen wird, ist selbst das Essen ("lädt Emil zum Abendessen ein, und
# Emil ist das Abendessen"), oder ist das Abendessen einer Hexe: not "Spaghetti sind das
# Abendessen", not "Emil wird zum Abendessen abgeholt".
_MEAL = ("essen|abendessen|mittagessen|festmahl|festessen|dinner|frühstück|braten|sonntagsbraten|hauptgericht|"
         "hauptgang|hauptspeise|nachtisch|vorspeise|mahlzeit|mittagsmahl|abendbrot")
_MEAL_GUEST = "@target|er|sie|ich|du|wir|ihr|" + _GIVEN_NAMES
SCENARIOS += [
    ("horror", ["einladen|lädt|lud|luden|eingeladen|einlädt", _MEAL, _MEAL_GUEST, "^ist|sind|war|waren|wird|werden|bin|bist|seid",
                "^das|der|die|selbst|selber", "^" + _MEAL]),
    ("horror", [_MEAL_GUEST, "^ist|sind|war|waren|wird|werden|wurde|bin|bist|seid", "^das|der|die|zum|zur", "^" + _MEAL,
                "^der|des|vom|von|für", PREDATORS]),
]
# Mit Armbrust, Bogen, Schleuder oder der Waffe aus dem Jagdschrank auf Menschen schießen
# oder zielen ("schießt mit der Armbrust auf den Briefträger", "mit dem Ding aus dem
# Jagdschrank auf die Spaziergänger zielen"): not a bow at a target board, not a water pistol.
_RANGED = ("armbrust|armbrüste|bogen|pfeil|pfeile|pfeilen|zwille|schleuder|steinschleuder|katapult|blasrohr|speer|"
           "harpune|luftgewehr|jagdgewehr|jagdflinte|gewehr|flinte|schrotflinte|pistole|revolver|luftpistole|"
           "jagdschrank|waffenschrank|gewehrschrank|waffe|waffen")
_AIM = ("schießen|schießt|schoss|schossen|geschossen|zielen|zielt|zielte|zielten|gezielt|feuern|feuert|feuerte|"
        "ballern|ballert|ballerte")
SCENARIOS += [
    ("violence", [_AIM, "mit", _RANGED, "auf", "@target|" + _GIVEN_NAMES]),
    ("violence", [_RANGED, "auf", "@target|" + _GIVEN_NAMES, _AIM]),
    ("violence", [_AIM, "auf", "@target|" + _GIVEN_NAMES, "mit", _RANGED]),
]
# Mit Omas Insulinspritze sich oder jemand anderen spritzen ("spritzt sich mit Opas
# Insulin", "nimmt Papas Spritze und piekst den Bruder"): someone else's syringe; not a
# diabetic child's own insulin ("spritzt sich jeden Tag Insulin").
_INJECT = ("spritzen|spritzt|spritzte|spritzten|gespritzt|stechen|sticht|stach|piksen|pikst|pikste|pieksen|piekst|"
           "piekste|injizieren|injiziert|injizierte")
_SYRINGE = "spritze|spritzen|insulinspritze|insulinspritzen|insulin|insulinpen|nadel|kanüle|spritzennadel"
SCENARIOS += [
    ("poison_medicine", [_INJECT, "sich|mich|dich|ihm|ihr|ihnen|@target|" + _GIVEN_NAMES, _WHOSE + "|" + _GIVEN_NAMES_GEN,
                         "^" + _SYRINGE]),
    ("poison_medicine", [_WHOSE + "|" + _GIVEN_NAMES_GEN, "^" + _SYRINGE, _INJECT, "sich|mich|dich|ihm|ihr|ihnen|@target"]),
]
# Jemandem absichtlich Knochen brechen ("bricht der Trainer Elias absichtlich das Bein",
# "hat ihr mit Absicht den Arm gebrochen"): the intent makes it a blow, whoever it is done to.
_ON_PURPOSE = "absichtlich|extra|mutwillig|gezielt|vorsätzlich|absicht"
_BREAK = "brechen|bricht|brach|brachen|gebrochen|zertrümmern|zertrümmert|zertrümmerte|knacken|knackt|knackte"
SCENARIOS += [
    ("violence", [_BREAK, _ON_PURPOSE, _BONES]),
    ("violence", [_ON_PURPOSE, _BONES, _BREAK]),
]
# Mit Werkzeug auf jemanden einstechen ("sticht mit einem Schraubenzieher auf Luis ein",
# "stach mit der Schere auf die Lehrerin ein"): the split verb with its particle; the one
# word between "auf" and "ein" is the victim, a name the reader cannot read in German.
_STAB_TOOLS = ("schraubenzieher|schraubendreher|schere|bleistift|stift|kuli|nadel|stricknadel|spieß|grillspieß|"
               "scherbe|glasscherbe|zirkel|ahle|dolch|messer|taschenmesser|eispickel|speer|mistgabel|heugabel|"
               "gabel|schlüssel|feile|nagelfeile|klinge|stock|ast")
SCENARIOS += [
    ("violence", ["stechen|sticht|stach|stachen|stichst|gestochen", "mit", _STAB_TOOLS, "auf", "^ein"]),
    ("violence", ["stechen|sticht|stach|stachen|stichst", "mit", _STAB_TOOLS, "auf", "^@target|ihn|sie|ihm|" + _GIVEN_NAMES]),
]
# Ein Spiel gewinnen ("seine Mannschaft schlägt den FC Blau 3:1", "schlug die Roten"):
# a team, not a person beaten "grün und blau".
_CLUBS = "fc|sc|sv|tsv|vfb|vfl|fsv|sg|tus|bsc|ksc|hsv|team|verein|club|klub|mannschaft|elf|auswahl"
_CLUB_NAMES = ("blau|blaue|blauen|grün|grüne|grünen|rot|rote|roten|weiß|weißen|gelb|gelben|schwarz|schwarzen|"
               "blauweiß|rotweiß|grünweiß")
ALLOW += [
    f"{_SCHLAG}|besiegt|besiegte den|die|das|dem {_CLUBS} {_CLUB_NAMES}",
    f"{_SCHLAG}|besiegt|besiegte die|den {_CLUB_NAMES}",
]
# Schach: die Figur eines Menschen, genannt mit seinem Genitiv ("schlägt Lukas Opas Dame",
# "schlug Papas Turm"), like the names above.
ALLOW += [" ".join([_SCHLAG, *[_CHESS_MOVE + "|" + _GIVEN_NAMES] * n, _WHOSE + "|" + _GIVEN_NAMES_GEN,
                    "dame|turm|türme|läufer|springer|bauer|bauern|könig|schachfigur|schachfiguren"]) for n in range(0, 3)]

# --- Session 10, zweiter Teil (fresh37) -------------------------------------------------
# Sich selbst kneifen, kratzen, beißen, bis es blutet ("sich kneifen, bis es rot tropft",
# "kratzt sich heimlich, bis die Haut blutig ist"): "bis" makes it on purpose; not a cut
# while cooking ("schneidet sich, dass es blutet"), not "kratzt sich am Kopf, bis ihm eine
# Idee kommt".
_SELF_HURT = ("kneifen|kneift|kniff|kniffen|zwicken|zwickt|zwickte|kratzen|kratzt|kratzte|beißen|beißt|biss|ritzen|ritzt|"
              "ritzte|piksen|pikst|pikste|pieksen|piekst|piekste|schlagen|schlägt|schlug|hauen|haut|haute|reißen|reißt|riss")
_BLEEDS = "blutet|bluten|blutete|bluteten|blut|blutig|blutige|tropft|tropfte|tropfen|wund|aufplatzt|aufreißt"
SCENARIOS += [
    ("self_harm", ["sich", "^" + _SELF_HURT, "bis", _BLEEDS]),
    ("self_harm", [_SELF_HURT, "^sich|mich|dich", "bis", _BLEEDS]),
]
# Jemandem Mund und Nase zuhalten, bis er still ist ("hält ihm ganz lange Mund und Nase zu,
# bis es endlich ruhig ist", "hielt Lina den Mund zu, bis sie keine Luft mehr bekam"): not
# "hält sich die Nase zu", not a hand over a brother's mouth so a surprise stays secret.
_HOLD_SHUT = "hält|hielt|halten|hielten|hältst|drückt|drückte|drücken|drückten|presst|presste|pressen"
_QUIET = ("ruhig|still|luft|atmet|atmen|atmete|bewegt|bewegte|zappelt|zappelte|zappeln|schlaff|blau|aufhört|stumm|"
          "schweigt|schreit|weint|wimmert|strampelt|strampeln")
SCENARIOS += [
    ("violence", [_HOLD_SHUT, "ihm|ihr|ihnen|@target", "mund|nase|maul|schnauze", "zu", "bis|solange", _QUIET]),
]
# Körperteile von Menschen, im Kühlschrank oder in Gläsern aufbewahrt ("Menschenfüße in Omas
# Gefriertruhe", "im Keller stehen Gläser mit Menschenaugen"): not "von Menschenhand gebaut",
# not children's hands reaching into a toy box ("Kinder-" only with a freezer or a jar).
_MAN_PARTS_KEPT = "|".join(part for part in _MAN_PARTS.split("|") if part != "menschenhand")
_COLD_STORE = ("gefriertruhe|kühltruhe|tiefkühltruhe|gefrierschrank|tiefkühler|tiefkühlfach|gefrierfach|kühlschrank|eisfach|"
               "einmachglas|einmachgläser|einmachgläsern|einweckglas|einweckgläser|einweckgläsern|kühlbox|formalin")
_STORE = _COLD_STORE + "|glas|gläser|gläsern|kiste|kisten|truhe|keller|sack|säcke|eimer|schublade|schrank|dose|dosen|regal|vorratskammer|speisekammer"
_LIE_THERE = "liegen|liegt|lag|lagen|stehen|steht|stand|standen|sind|waren|schwimmen|schwimmt|hängen|hängt|stapeln|stapeln|gibt|voller|voll|mit"
SCENARIOS += [
    ("horror", [_MAN_PARTS_KEPT, "in|im|aus", _STORE]),
    ("horror", [_STORE, _LIE_THERE, "^" + _MAN_PARTS_KEPT]),
    ("horror", [_CHILD_PARTS, "in|im|aus", _COLD_STORE]),
    ("horror", [_COLD_STORE, _LIE_THERE, "^" + _CHILD_PARTS]),
]
# Ein Mensch der Familie wurde ein Engel oder ein Stern ("Wie Mama ein Engel wurde", "Opa ist
# jetzt ein Engel"): not "Mama ist ein Engel" (a thank-you), not an angel in the nativity play.
_FAMILY_PETS = _FAMILY + "|hund|katze|kater|hase|hamster|meerschweinchen|pony|pferd|wellensittich"
_ANGEL = "engel|engelchen|engelein|schutzengel|stern|sternchen|sternlein"
_NATIVITY = ("krippenspiel|krippenspiels|theater|theaterstück|fasching|karneval|fasnacht|schulaufführung|aufführung|"
             "kostümfest|kostümparty|weihnachtsspiel|musical|kinderfasching|faschingsfest")
SCENARIOS += [
    ("death", [_FAMILY_PETS, "^wurde|wurden", "^ein|zum|zu", "^" + _ANGEL]),
    ("death", [_FAMILY_PETS, "^ein|zum|zu", "^" + _ANGEL, "^wurde|wurden"]),
    ("death", [_FAMILY_PETS, "ist|sind|war", "^jetzt|nun|seitdem|seither|inzwischen", "^ein", "^" + _ANGEL]),
    ("death", ["ist|sind|war", "^" + _FAMILY_PETS, "^jetzt|nun|seitdem|seither|inzwischen", "^ein", "^" + _ANGEL]),
]
ALLOW += [f"{_FAMILY_PETS} wurde|wurden ein|zum {_ANGEL} im|beim|für|bei|in|auf den|das|dem {_NATIVITY}",
          f"{_FAMILY_PETS} wurde|wurden ein|zum {_ANGEL} im|beim|für|bei|in|auf {_NATIVITY}"]
# Die Reise zu den Sternen oder den Engeln, für immer ("Papa reist zu den Sternen, für immer",
# "Oma ist zu den Sternen gegangen"): not an astronaut's rocket, not friends forever under
# the stars.
_GO_STARS = ("reist|reisen|reiste|geht|gehen|ging|gingen|fliegt|fliegen|flog|flogen|wandert|wandern|wanderte|zieht|zog|"
             "steigt|stieg|schwebt|schwebte|entschwebt")
_GONE_STARS = "gereist|gegangen|geflogen|gewandert|aufgebrochen|aufgestiegen|gezogen|entschwebt|heimgegangen"
SCENARIOS += [
    ("death", [_GO_STARS, "zu|zum", "^den", "^sternen|engeln", "^für", "^immer"]),
    ("death", [_GO_STARS + "|" + _GONE_STARS, "für", "^immer|ewig", "zu|zum", "^den", "^sternen|engeln"]),
    ("death", ["für", "^immer|ewig", "zu|zum", "^den", "^sternen|engeln", "^" + _GONE_STARS + "|reisen|gehen|fliegen"]),
    ("death", [_FAMILY_PETS, "ist|sind|war", "zu|zum", "^den", "^sternen|engeln", "^gegangen|aufgestiegen|heimgegangen|gereist|gewandert"]),
    ("death", ["zu|zum", "^den", "^engeln", "^gegangen|geflogen|gereist|aufgestiegen|heimgegangen"]),
]
# Schläge zur Strafe mit Gürtel oder Rohrstock, bis der Po blau ist ("Zur Strafe
# Gürtel-Kuscheln, bis der Popo lila ist"): not "zur Strafe aufräumen", not a lilac belt,
# not sledging "bis der Popo ganz nass ist" ("rot" only with a punishment word: a sunburn).
_PUNISH = "strafe|bestrafen|bestraft|bestrafte|bestrafung|strafen|straft|strafte|gestraft"
_BELTS = "gürtel|rohrstock|teppichklopfer|peitsche|lederriemen|ledergürtel|hosengürtel|reitgerte|gerte"
_BOTTOM = "popo|po|hintern|hinterteil|pobacken|popobacken|rücken|pöter|allerwertesten"
_BRUISED = "lila|blau|grün|violett|blutig|striemen|wund"
SCENARIOS += [
    ("violence", [_PUNISH, _BELTS]),
    ("violence", ["bis|dass", "^der|die|das|sein|seine|ihr|ihre|dein|deine|mein|meine|ihm|ihnen", "^" + _BOTTOM, _BRUISED]),
    ("violence", [_PUNISH, "bis|dass", "^der|die|das|sein|seine|ihr|ihre|dein|deine|mein|meine|ihm|ihnen", "^" + _BOTTOM, "rot|feuerrot|knallrot"]),
]
# Zur Strafe die Hand auf den heißen Rost, an den Ofen, ins kochende Wasser ("darf er zur
# Strafe die Hand auf den heißen Rost legen"): the punishment named, then a hand and heat;
# not a warning ("nie die Hand auf die heiße Herdplatte").
_HAND = "hand|hände|händchen|finger|fingerchen|arm|arme|fuß|füße|zunge|handfläche|handflächen|fingerspitzen"
_HEAT = ("heiß|heiße|heißen|heißem|heißer|heißes|glühend|glühende|glühenden|glühendem|brennend|brennende|brennenden|"
         "kochend|kochende|kochenden|kochendem|herdplatte|bügeleisen|kerze|kerzenflamme|flamme|flammen|feuer|glut|grillrost|"
         "brennnesseln|brennnessel")
SCENARIOS += [
    ("violence", [_PUNISH, _HAND, _HEAT]),
]
# Ein Mensch kommt in die Wurst oder den Fleischwolf ("nicht die Sau in die Wurst, sondern der
# Knecht"): a person, not the pig at the slaughter feast, not "nicht Wurst, sondern Pfannkuchen".
TARGETS += ["knecht", "knechte", "stallknecht", "mägde", "bäuerin", "bauersfrau", "lehrling", "geselle"]
_H_FARM = _H_ONLY + "|knecht|knechte|stallknecht|magd|mägde|bäuerin|bauersfrau|lehrling|geselle|gast|gäste"
_INTO_MEAT = "wurst|würstchen|fleischwolf|hackfleisch|leberwurst|blutwurst|wurstmaschine|wurstkessel|brühkessel"
SCENARIOS += [
    ("horror", [_H_FARM, "kommt|kommen|kam|kamen|landet|landen|landete|landeten|wandert|wandern|wanderte", "in|durch|ins",
                "^den|die|das|der", "^" + _INTO_MEAT]),
    ("horror", ["kommt|kommen|kam|kamen|landet|landen|landete|landeten|wandert|wandern|wanderte", "^der|die|das|unser|unsere|ein|eine",
                "^" + _H_FARM, "in|durch|ins", "^den|die|das|der", "^" + _INTO_MEAT]),
    # (from the sausage on: "nicht die Sau in die Wurst" would negate "in"; "nicht Wurst,
    # sondern der Opa macht Pfannkuchen" is negated at "Wurst")
    ("horror", [_INTO_MEAT, "^sondern|stattdessen", "^der|die|das|den|ein|eine|unser|unsere|mein|meine", "^" + _H_FARM]),
]
# Jemanden an den Haaren oder am Ohr zerren ("Lehrer zerrt Kind an den Haaren durchs
# Zimmer", "wird an den Haaren über den Hof geschleift"): not a doll pulled by its hair, not
# "zieht Lena an" (dressing) before her plait, not Münchhausen pulling himself out of the bog.
_PULL = ("zerren|zerrt|zerrte|zerrten|ziehen|zieht|zog|zogen|reißen|reißt|riss|rissen|packen|packt|packte|packten|"
         "schleifen|schleift|schleifte|rupfen|rupft|rupfte|zupft|zupfte")
_DRAGGED = ("gezerrt|geschleift|gezogen|gerissen|gepackt|zerrt|zerrte|zerren|schleift|schleifte|schleifen|zieht|zog|"
            "reißt|riss|durchs|hinterher|hinaus|heraus|herum|hoch")
_DAT_PL = "den|seinen|ihren|deinen|meinen|unseren|euren|dem|seinem|ihrem|der|ihrer|seiner"
SCENARIOS += [
    ("violence", [_PULL, "@target|ihn|sie|ihm", "^an|bei", "^" + _DAT_PL, "^haaren|zöpfen|ohren|locken|ohr|ohrläppchen"]),
    ("violence", [_PULL, "@target|ihn|sie|ihm", "^am|beim", "^ohr|ohrläppchen|zopf|schopf"]),
    ("violence", ["an", "^" + _DAT_PL, "^haaren|zöpfen|ohren|locken", _DRAGGED]),
    ("violence", ["am|beim", "^ohr|ohrläppchen|zopf", _DRAGGED]),
]
_BOG = "aus dem sumpf gezogen|zieht|zog|ziehen|heraus|herausgezogen|herauszieht|herauszog"
ALLOW += [f"an|am {_DAT_PL}|eigenen haaren|schopf|zopf {_BOG}", f"an|am {_DAT_PL} eigenen haaren|schopf|zopf {_BOG}",
          "an den haaren herbeigezogen"]
# Dünger, Putzmittel und Tabletten, genascht oder getrunken, wenn der Ort dazwischen steht
# ("Glitzerdünger vom Opa naschen", "Düngerkugeln aus dem Schuppen naschen"): the slot
# compares whole words, so the usual fertiliser compounds are listed; not "Dünger kostet
# fünf Euro" (a price), not "holt Dünger aus dem Schuppen, und wir essen Kuchen" (no "essen").
_FERTILISER = ("dünger|blumendünger|rasendünger|pflanzendünger|flüssigdünger|gartendünger|glitzerdünger|blaukorn|"
               "düngerkugeln|düngerperlen|düngestäbchen|düngerstäbchen|düngerkörner|langzeitdünger|tomatendünger|"
               "orchideendünger|kunstdünger")
_NIBBLE = ("naschen|nascht|naschte|genascht|schlucken|schluckt|schluckte|geschluckt|verschluckt|lecken|leckt|leckte|"
           "geleckt|schlürfen|schlürft|futtern|futtert|gefuttert|runterschlucken|getrunken|ausgetrunken|gegessen|aufgegessen|lutschen|lutscht")
SCENARIOS += [
    ("poison_medicine", [_FERTILISER + "|" + _CLEANERS + "|" + _PILL_FORMS, "^vom|von|aus|unter|im|neben|hinter", "^" + _NIBBLE]),
    ("poison_medicine", [_FERTILISER + "|" + _CLEANERS + "|" + _PILL_FORMS, "^vom|von|aus|unter|im|neben|hinter",
                         "^der|dem|den|des|einem|einer|" + _WHOSE, "^" + _NIBBLE]),
    ("poison_medicine", [_SWALLOW, "^" + _FERTILISER]),
]
ALLOW += [f"{_FERTILISER}|{_CLEANERS}|{_PILL_FORMS} kostet|kostete|kosteten"]
# Giftpilze, die man nicht essen darf ("warum man Fliegenpilze nicht essen darf", "man soll
# keine Giftpilze essen"): a warning, not a child eating one.
_TOADSTOOL = "fliegenpilz|fliegenpilze|giftpilz|giftpilze|tollkirsche|tollkirschen"
_MAY_NOT = "darf|dürfen|soll|sollen|sollte|man|kann|muss|wir|ihr|du|die|kinder|auf|gar|keinen|fall|besser|lieber"
_NEVER = "nicht|nie|niemals|keinesfalls|keine|keinen|kein"
_EAT_ONE = "essen|naschen|gegessen|genascht|probieren|probiert"
ALLOW += [
    *[" ".join([_TOADSTOOL, *[_MAY_NOT] * n, _NEVER, _EAT_ONE]) for n in range(0, 4)],
    *[" ".join([_NEVER, _TOADSTOOL, *[_MAY_NOT] * n, _EAT_ONE]) for n in range(0, 3)],
]
# Ein Spiel gewinnen: die Mannschaft als Subjekt ("Unsere F-Jugend schlägt die Nachbarn aus
# dem Oberdorf"; the reading without hyphens has "FJugend") oder ein Spielstand danach ("schlug die Nachbarn 3:0", "drei zu null").
_TEAM = ("jugend|ajugend|bjugend|cjugend|djugend|ejugend|fjugend|gjugend|mannschaft|team|elf|auswahl|verein|klub|club|fußballmannschaft|handballmannschaft|schulmannschaft|"
         "fußballteam|jugendmannschaft|schulteam|staffel|mädchenmannschaft|kindermannschaft")
_SCORE = "null|eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|0|1|2|3|4|5|6|7|8|9|10|11|12"
ALLOW += [
    *[" ".join([_TEAM, _SCHLAG, *[_RIVALS] * n]) for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS] * n, "mit", _SCORE, "zu", _SCORE]) for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS] * n, "mit", _SCORE, _SCORE]) for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS] * n, _SCORE, "zu", _SCORE]) for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS] * n, _SCORE, _SCORE]) for n in range(1, 4)],
]
# Zum Sterben schön, lecker, langweilig: the idiom, not a death.
ALLOW += ["zum sterben schön|schöne|schönes|schönen|schöner|lecker|leckere|leckeres|gern|gerne|langweilig|langweilige|"
          "süß|süße|süßes|hübsch|hübsche|hübsches|verliebt|komisch|lustig|öde|witzig|niedlich|gut|toll"]

# --- Sweep 10 (de): a weapon used on someone, tearing apart, eating told in the perfect,
# burning to death in a house, gnawing a child's bones -----------------------------------
# A weapon used on someone: an attacking verb, the person (a word for one, a name, "ihn"),
# then "mit" and a weapon ("durchbohrt Lena mit einem Speer", "bedroht die Kinder mit
# einer Pistole"); the weapon first ("Mit einem Speer durchbohrt der Jäger Lena"); the
# passive ("Lena wurde mit dem Dolch verletzt"). Not cutting ("schneidet Lena mit dem
# Messer ein Stück Brot ab"), not meeting, not giving; toy and wooden weapons are undone by
# the reader; knighting ("schlägt den Jungen mit dem Schwert zum Ritter") is allowed.
_ATTACK_MIT = ("stech*|stich*|stach*|gestoch*|ersticht|erstech*|erstach*|abstech*|niederstech*|zustech*|erdolch*|"
               "durchbohr*|aufspieß*|aufgespieß*|spießt|spießte|durchstoß*|durchstöß*|durchstieß*|"
               "schlagen|schlägt|schlug|schlugen|geschlagen|erschlag*|erschläg*|erschlug*|niederschlag*|niederschläg*|"
               "haut|haute|hauen|gehauen|prügel*|verprügel*|verletz*|verwund*|bedroh*|attackier*|angreif*|greift|griff|"
               "angegriffen|töt*|getötet|ermord*|erschieß*|erschoss*|schießt|schoss|schossen|beschieß*|beschoss*|"
               "köpft|köpfte|geköpft|enthaupt*|aufschlitz*|schlitzt|schlitzte|"
               "bewirft|bewarf|bewarfen|bewerfen|beworfen|quält|quälte|gequält|foltert|folterte|gefoltert|"
               "peitscht|peitschte|auspeitsch*|ausgepeitscht|zerhackt|zerhackte|traktiert|traktierte")
_WEAPONS_MIT = ("schwert|schwerter|schwertern|säbel|degen|messer|messern|küchenmesser|taschenmesser|jagdmesser|"
                "fleischmesser|brotmesser|klappmesser|springmesser|dolch|dolchen|axt|äxten|beil|hackebeil|speer|speeren|"
                "lanze|lanzen|spieß|pistole|pistolen|revolver|gewehr|gewehren|flinte|schrotflinte|pfeil|pfeilen|bogen|"
                "armbrust|keule|knüppel|knüppeln|stock|stöcken|stecken|hammer|schere|machete|peitsche|stein|steinen|"
                "ziegelstein|pflasterstein|baseballschläger|eisenstange|brechstange|mistgabel|heugabel|sense|waffe|"
                "waffen|dreizack|kettensäge|glasscherbe|scherbe|rasierklinge|schraubenzieher")
# Victims in tales that TARGETS does not list ("hat die Prinzessin gefressen").
_PREY_MORE = ("prinzessin|prinz|könig|königin|ritter|jäger|wanderer|taucher|fischer|schwimmer|bauer|bäuerin|"
         "hirte|hirtin|pirat|piraten|soldat|soldaten|wächter|diener|dienerin|händler|matrose|matrosen|seemann|"
         "reisende|reisenden|gast|gäste|wärter|förster|schäfer|müller|zwerg|zwerge|hexe|kapitän|fischers|bauern|jägers|"
         "prinzen|königs|ritters|wanderers|tauchers|schwimmers")
# People (a name too, not a bare pronoun: "zerriss ihn nicht" is a letter) and, where
# told, pets: a crocodile that has eaten a fish is no harm.
_PEOPLE = "@name|" + _H + "|" + _PREY_MORE
_PREY = _PEOPLE + "|" + "|".join(_ANIMALS)
_PERSON_MIT = "@target|ihnen|" + _PREY_MORE
_PASSIVE_MIT = "wird|wurde|wurden|werden|worden|ist|war|sind|waren"
# Chasing someone with a blade, an axe or a gun ("jagt die Kinder mit einer Axt"); not a
# dog chased with a stick in play.
_CHASE = "jagt|jagte|jagten|jagen|gejagt|verfolgt|verfolgte|verfolgten|verfolgen"
_DEADLY = ("schwert|säbel|degen|messer|küchenmesser|dolch|axt|beil|speer|lanze|pistole|revolver|gewehr|flinte|"
           "schrotflinte|machete|kettensäge|mistgabel|heugabel|sense|armbrust")
SCENARIOS += [
    ("violence", [_CHASE, _PERSON_MIT, "mit", _DEADLY]),
    ("violence", [_ATTACK_MIT, _PERSON_MIT, "mit", _WEAPONS_MIT]),
    ("violence", ["mit", "^" + _WEAPONS_MIT, "^" + _ATTACK_MIT, _PERSON_MIT]),
    ("violence", [_PERSON_MIT, _PASSIVE_MIT, "mit", _WEAPONS_MIT, _ATTACK_MIT]),
]
ALLOW += ["schwert|schwertern|degen|säbel zum ritter|ritterin|rittern|könig|königin"]
# Tearing someone apart: "Ein Wolf zerreißt das kleine Mädchen", "zerfetzt Mia"; a
# pronoun only after a beast ("Die Wölfe ... zerrissen sie"), not "zerriss sie" of a letter;
# "reißt den Wanderer in Stücke".
_TEAR = "zerreißen|zerreißt|zerreissen|zerreisst|zerriss|zerrissen|zerfetzen|zerfetzt|zerfetzte|zerfetzten|zerfleischt|zerfleischte|zerfleischten"
_BEASTS = (PREDATORS + "|hund|hunde|wölfe|bären|löwen|raubtier|raubtiere|hyäne|hyänen|leopard|panther|puma|jaguar|"
           "ratte|ratten|piranha|piranhas|wildschwein|gorilla|haie|krokodile|monster|bestien|wal|wale|walfisch|riesenfisch|"
           "seeungeheuer|seeschlange|krake|kraken")
_DET_MIT = "der|ein|sein|ihr|mein|dein|unser|euer|alle|beide"

SCENARIOS += [
    ("horror", [_TEAR, "^" + _PREY]),
    ("horror", [_TEAR, "^" + _DET_MIT, "^" + _PREY]),
    ("horror", [_BEASTS, _TEAR, "^sie|ihn|es|ihnen|uns|mich|dich"]),
    ("horror", [_BEASTS, "reißt|riss|rissen|reißen", _PREY + "|sie|ihn|ihnen", "in", "^stücke|stückchen|fetzen"]),
    ("horror", ["@target", "^wird|wurde|wurden|werden|ist|war", "^in", "^stücke|stückchen|fetzen", "^gerissen|zerrissen"]),
]
# Eating told in the perfect ("Der Riese hat den kleinen Jakob gefressen") or with a
# swallowing verb ("Eine Schlange verschluckt Lisa"): not "hat den Kuchen von Oma gefressen".
_EATEN = "gefressen|aufgefressen|verschlungen|verschluckt|verspeist|zerrissen|zerfetzt|zerfleischt|getötet"
SCENARIOS += [
    ("horror", [_BEASTS, "hat|hatte|haben|hatten", "^" + _PEOPLE, "^" + _EATEN]),
    ("horror", [_BEASTS, "hat|hatte|haben|hatten", "^" + _DET_MIT, "^" + _PEOPLE, "^" + _EATEN]),
    ("horror", [_BEASTS, "verschluckt|verschluckte|verschluckten|verspeiste|verschlang|verschlangen", "^" + _PEOPLE]),
    ("horror", [_BEASTS, "verschluckt|verschluckte|verschluckten|verspeiste|verschlang|verschlangen", "^" + _DET_MIT, "^" + _PEOPLE]),
]
# Burning to death in a house: "Die Großeltern verbrannten in ihrem Haus", "Oma verbrennt
# im Auto"; not "Mama verbrennt im Garten Laub".
_BURN = "verbrennt|verbrennen|verbrannte|verbrannten|verbrannt"
SCENARIOS += [
    ("death", ["@target|großeltern|grosseltern|urgroßeltern|familie", "^" + _BURN, "^in|im|bei",
               "haus|hauses|wohnung|auto|wagen|zimmer|kinderzimmer|schlafzimmer|flammen|brand|hütte|scheune|bett|leib|flugzeug"]),
    ("death", ["großeltern|grosseltern|urgroßeltern", "^" + _BURN]),
]
# Chewing on the bones of children, "herum" after them ("kaut auf den Knochen der Kinder
# herum"); every word close, and "an den|dem", since "die" reads as "der" ("nagt an einem
# Knochen, und die Kinder laufen herum").
SCENARIOS += [
    ("horror", ["kaut|kauen|kaute|nagt|nagen|nagte|knabbert|knabbern|knabberte|lutscht|lutschen|lutschte", "^auf|an", "^der",
                "^knochen|gebeine", "^der|des", "^" + _H, "^herum|rum"]),
]
# Beasts falling upon someone ("Die Wölfe fielen über die Oma her").
SCENARIOS += [
    ("horror", [_BEASTS, "fallen|fielen|fällt|fiel|herfallen|herfielen|herfällt|hergefallen", "^über", _PREY]),
]
# Knighting: "Die Königin schlägt Ben mit dem Schwert zum Ritter", "Mit dem Schwert schlug
# der König den Knappen zum Ritter" (the hitting verb stands in the idiom).
_KNIGHT_HIT = "schlagen|schlägt|schlug|schlugen|geschlagen"
_KNIGHT_DET = "der|ein|sein|ihr|mein|dein|unser|euer|seinem|ihrem|dem|einem"
_KNIGHT_BLADE = "schwert|degen|säbel|schwertes"
# Who is knighted (ALLOW takes no names: "schlägt Ben mit dem Schwert zum Ritter" stays
# with the older hitting rule).
_KNIGHTED = ("@target|der|ein|sein|ihr|mein|dein|unser|euer|klein|kleine|kleinen|jung|junge|jungen|tapfer|tapfere|"
             "tapferen|mutig|mutige|mutigen|treu|treue|treuen|knappe|knappen|prinz|prinzen|prinzessin|page|pagen|"
             "diener|dienerin|held|helden|heldin|sohn|tochter|könig|königin|ritter")
ALLOW += [
    *[" ".join([_KNIGHT_HIT, *[_KNIGHTED] * n, "mit", _KNIGHT_DET, _KNIGHT_BLADE, "zum", "ritter|ritterin"]) for n in range(1, 4)],
    *[" ".join(["mit", _KNIGHT_DET, _KNIGHT_BLADE, _KNIGHT_HIT, *[_KNIGHTED] * n, "zum", "ritter|ritterin"]) for n in range(1, 6)],
]
# Something eaten from someone ("hat den Kuchen von Oma gefressen"): Oma gave it, no one is eaten.
ALLOW += [f"von|vom {_BEUTE} gefressen|aufgefressen"]

# Die alltägliche Beute eines Tieres ist kein Opfer des Szenarios vom fressenden Wesen
# ("das Krokodil im Zoo frisst einen Fisch"), neben SMALL_CREATURES.
PREY = ["fisch", "fische", "fischen", "maus", "mäuse", "mäusen", "wurm", "würmer", "würmern", "insekt", "insekten",
        "garnele", "garnelen", "krabbe", "krabben", "krill", "plankton", "schnecke", "schnecken", "heuschrecke",
        "heuschrecken", "grille", "grillen"]

# --- Session 10, dritter Teil (fresh38) -------------------------------------------------
# Ein kleines Tier so fest gedrückt, so lange gekuschelt, dass es nie wieder piept, atmet,
# sich bewegt ("eine so feste Umarmung, dass er nie wieder piept", "drückt den Hamster so
# doll, bis er sich nie mehr rührt"): not "hält den Drachen fest, damit er nie wieder
# wegfliegt", not a cuddle "so fest, dass sie lacht", not an alarm clock that "nie wieder piept".
_SQUEEZE_HARD = "fest|feste|festen|fester|doll|dolle|stark|kräftig|lange|eng|innig"
_LIFE_SIGNS = ("piepen|piepsen|atmen|bewegen|rühren|zappeln|aufwachen|miauen|bellen|quieken|fiepen|zwitschern|"
               "schnurren|quaken|wiehern|muhen|blöken|gackern|schnattern|maunzen|krähen|zucken|strampeln|"
               "piept|piepst|atmet|bewegt|rührt|zappelt|aufwacht|wacht|miaut|bellt|quiekt|fiept|zwitschert|"
               "schnurrt|quakt|wiehert|zuckt|strampelt|singt|tschilpt")
SCENARIOS += [
    ("death", [_SQUEEZE_HARD, "dass|bis|sodass", "nie|niemals|nimmer", "^wieder|mehr", _LIFE_SIGNS]),
    ("death", [_SQUEEZE_HARD, "dass|bis|sodass", "nimmermehr", _LIFE_SIGNS]),
    ("death", [_SQUEEZE_HARD, "dass|bis|sodass", "nicht", "^mehr", "bewegt|bewegen|rührt|rühren|atmet|atmen|piept|piepen|zappelt|zappeln"]),
]
# Mit der Harpune auf einen Menschen ("spießt den Taucher mit seiner Harpune auf",
# "harpuniert den Schwimmer"): not a fish caught with a harpoon.
_WEAPONS_MIT += "|harpune|harpunen|dreizack|harpunengewehr"
SCENARIOS += [
    ("violence", [_ATTACK_MIT, _PERSON_MIT, "mit", _WEAPONS_MIT]),
    ("violence", ["mit", "^" + _WEAPONS_MIT, "^" + _ATTACK_MIT, _PERSON_MIT]),
    ("violence", ["harpunier*", "^" + _PEOPLE + "|ihn|sie"]),
    ("violence", ["harpunier*", "^der|die|den|das|einen|eine|sein|seine|seinen|ihren|ihre", "^" + _PEOPLE]),
    ("violence", [_PEOPLE, "^wird|wurde|werden|wurden|ist|war", "harpuniert|aufgespießt"]),
]
# Krieg gegen Häuser, Dörfer, Schulen: Soldaten, Panzer, Flugzeuge schießen darauf oder
# bombardieren sie ("schießen mit dem Panzer auf die Häuser", "Flugzeuge bombardieren die
# Stadt"): not a ball shot at a goal, not snowballs at a house, not tin soldiers, not a
# turtle's "Panzer", not target practice on tin cans.
_WAR_FORCE = ("soldat|soldaten|panzer|armee|armeen|truppen|truppe|krieger|feind|feinde|angreifer|kampfflugzeug|"
              "kampfflugzeuge|kampfjet|kampfjets|bomber|flugzeuge|drohne|drohnen|kanone|kanonen|rakete|raketen|"
              "rebellen|terroristen|heer|militär|kriegsschiff|kriegsschiffe|granate|granaten|mörser|artillerie")
_HEAVY_GUN = ("panzer|panzern|kanone|kanonen|rakete|raketen|granate|granaten|mörser|maschinengewehr|maschinengewehren|"
              "bombe|bomben|artillerie|kampfjet|kampfjets|kampfflugzeugen|drohnen|drohne")
_FIRE_ON = ("schießen|schießt|schoss|schossen|geschossen|feuern|feuert|feuerte|feuerten|gefeuert|ballern|ballert|"
            "ballerte|zielen|zielt|zielte|beschießen|beschießt|beschoss|beschossen|bombardieren|bombardiert|"
            "bombardierte|bombardierten|zerbomben|zerbombt|zerbombte|werfen|werfen|warfen|wirft|warf")
_HOMES = ("haus|häuser|häusern|wohnhaus|wohnhäuser|wohnung|wohnungen|dorf|dörfer|stadt|städte|schule|schulen|"
          "krankenhaus|krankenhäuser|kindergarten|kita|kirche|hütte|hütten|zelt|zelte|siedlung|straße|straßen|"
          "marktplatz|spielplatz|bauernhof|hof|höfe|familien|zivilisten|flüchtlinge")
SCENARIOS += [
    ("violence", [_WAR_FORCE, _FIRE_ON, "auf", _HOMES]),
    ("violence", [_FIRE_ON, "mit", _HEAVY_GUN, "auf", _HOMES]),
    ("violence", [_WAR_FORCE, "bombardieren|bombardiert|bombardierte|bombardierten|beschießen|beschießt|beschoss|"
                  "beschossen|zerbomben|zerbombt|zerbombte", _HOMES]),
    ("violence", [_HOMES, "^wird|wurde|werden|wurden", "bombardiert|beschossen|zerbombt"]),
]
# Lebendig eingemauert ("Jonas wird im dunklen Turm eingemauert", "die Hexe mauert die
# Prinzessin in der Höhle ein"): a person; not a time capsule in the foundation stone, not a
# window bricked up.
_WALLED_IN = "einmauern|eingemauert|zugemauert|einbetoniert|einbetonieren"
SCENARIOS += [
    # (the German reader takes no name at a sentence's start: the list of given names does)
    ("abandonment", ["@target|" + _PREY_MORE + "|" + _GIVEN_NAMES, "^wird|wurde|werden|wurden|ist|war|sind|waren", _WALLED_IN]),
    ("abandonment", ["wird|wurde|werden|wurden", "^@target|ihn|sie|" + _PREY_MORE + "|" + _GIVEN_NAMES, _WALLED_IN]),
    # (the particle "ein" only right after a pronoun: "mauert mit Tim ein Fenster ein" is a wall)
    ("abandonment", ["mauert|mauerte|mauerten|mauern|betoniert|betonierte", "^ihn|sie|uns|mich|dich|@target|" + _PREY_MORE,
                     "in|im|hinter|unter|zwischen|lebendig"]),
    ("abandonment", ["mauert|mauerte|mauerten|mauern", "^ihn|sie|uns|mich|dich|euch", "^ein"]),
    ("abandonment", ["lebendig|lebend", "^" + _WALLED_IN]),
]
# Nur noch die Mütze auf den Wellen ("schwimmt so weit raus, bis nur noch seine Mütze auf den
# Wellen tanzt", "am Ende treibt nur noch Papas Hut auf dem See"): a swimmer gone under;
# not a cap that peeks out of the snow.
_FLOATING = ("mütze|hut|kappe|badekappe|schirmmütze|strohhut|schuh|schuhe|sandale|brille|taucherbrille|schwimmbrille|"
             "schal|schwimmflügel|schwimmring|schwimmreifen|luftmatratze|schnorchel|haarband|haarspange")
_WATER = "welle|wellen|wasser|see|meer|fluss|teich|wasseroberfläche|oberfläche|strom|ozean|wogen|flut"
SCENARIOS += [
    ("death", ["nur", "^noch", "^sein|seine|ihr|ihre|die|der|das|den|" + _WHOSE + "|" + _GIVEN_NAMES_GEN, "^" + _FLOATING,
               "auf|im|in", "^den|dem|der|die", "^" + _WATER]),
    ("death", ["nur", "^noch", "^" + _FLOATING, "auf|im|in", "^den|dem|der|die", "^" + _WATER]),
]
# Eine Torte, eine Party, eine Idee ist "eine Bombe" ("Omas Schokotorte ist echt eine
# Bombe", "die Party war die Bombe"): praise; not a bomb in a suitcase ("im Koffer ist eine
# Bombe", "das Paket ist eine Bombe").
_GREAT_THINGS = ("torte|schokotorte|sahnetorte|obsttorte|erdbeertorte|geburtstagstorte|kuchen|schokokuchen|käsekuchen|"
                 "apfelkuchen|marmorkuchen|pizza|lasagne|suppe|soße|sauce|essen|nachtisch|dessert|eis|pudding|"
                 "mousse|creme|kekse|plätzchen|waffeln|pfannkuchen|burger|pommes|party|fete|feier|fest|"
                 "geburtstagsfeier|geburtstagsparty|stimmung|idee|show|konzert|auftritt|film|lied|song|musik|"
                 "überraschung|ausflug|urlaub|kostüm|frisur|das|die|der|es|er|sie|du|ihr")
_REALLY = "echt|wirklich|einfach|total|ja|so|voll|absolut|richtig|wieder|mal|heute|immer|ne|jedes|mal"
ALLOW += [" ".join([_GREAT_THINGS, "ist|war|sind|waren|bist|wird", *[_REALLY] * n, "eine|die|ne|der", "bombe|wucht|hammer"])
          for n in range(0, 3)]
ALLOW += ["schmeckt|schmeckte|schmecken|schmeckten bombe|bombig"]
# Ein Kind vor Liebe auffressen können ("ich könnte ihn vor Liebe auffressen", "so süß, ich
# würde dich am liebsten auffressen"): love; not a wolf who wants to eat someone.
_LOVE_EAT = "auffressen|fressen|aufessen|vernaschen|verputzen|anknabbern|abknutschen"
_PRON_ME = "ihn|sie|dich|euch|es|ihm"
ALLOW += [
    f"{_PRON_ME} vor liebe {_LOVE_EAT}",
    f"{_PRON_ME} vor lauter liebe|glück|zuneigung {_LOVE_EAT}",
    f"{_PRON_ME} {_LOVE_EAT} vor liebe",
    f"{_PRON_ME} {_LOVE_EAT} vor lauter liebe",
    *[" ".join(["süß|niedlich|goldig|knuffig|zuckersüß|putzig|lieb|süss|knuddelig", "ich|man", "könnte|würde|möchte",
                _PRON_ME, *["am|liebsten|glatt|gleich|einfach|sofort|richtig"] * n, _LOVE_EAT]) for n in range(0, 3)],
    f"{_PRON_ME} so|ganz|sehr|soo|sooo lieb|gern|gerne",  # "hab dich so lieb, ich könnte dich auffressen"
]
# Ein Spiel gewinnen: "wir" schlagen die anderen beim Tauziehen, die Jungs aus der 4b
# ("Beim Tauziehen schlagen wir die Kinder aus dem Nachbardorf haushoch", "Wir schlagen die
# Jungs aus der 4b beim Fußball locker"): the rival's village or class is one word after
# "aus dem|der"; a win told "haushoch" or with a score.
_RIVALS_WE = _RIVALS + "|wir|ich|er|du|man|jungs|mädels|mädchen"
_WIN_BY = "haushoch|locker|knapp|deutlich|klar|glatt|souverän|mühelos|spielend"
# Where the rivals come from: a village, a class ("4b" and friends by their digit), a school.
_RIVALS_FROM = ("nachbar*|parallel*|neben*|dorf|stadt|ort|oberdorf|unterdorf|klasse|schule|straße|verein|kindergarten|"
                "kita|gruppe|hort|lager|zeltlager|camp|nebenan|drüben|gegenüber|1*|2*|3*|4*|5*|6*|7*|8*|9*|10*")
ALLOW += [
    *[" ".join(["beim|im|bei|in", *["ersten|großen|letzten|nächsten|lustigen|schnellen|heutigen"] * m, _GAMES, _SCHLAG,
                *[_RIVALS_WE] * n]) for n in range(1, 5) for m in range(0, 2)],
    *[" ".join([_SCHLAG, *[_RIVALS_WE] * n, "aus|von|vom", "dem|der|den", _RIVALS_FROM, "beim|im|bei|in", _GAMES])
      for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS_WE] * n, "aus|von|vom", _RIVALS_FROM, "beim|im|bei|in", _GAMES]) for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS_WE] * n, "aus|von|vom", "dem|der|den", _RIVALS_FROM, _WIN_BY]) for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS_WE] * n, "aus|von|vom", _RIVALS_FROM, _WIN_BY]) for n in range(1, 4)],
    *[" ".join([_SCHLAG, *[_RIVALS_WE] * n, _WIN_BY]) for n in range(1, 4)],
]

# --- Session 10, vierter Teil (fresh39) -------------------------------------------------
# Menschen zu Wurst verarbeitet ("der Metzger verarbeitet Kinder zu Wurst", "macht aus dem
# Knecht Hackfleisch"): a person, not the pig made into sausage, not apples into "Mus".
_TO_MEAT_VERB = ("verarbeitet|verarbeiten|verarbeitete|verarbeiteten|verarbeitet|macht|machen|machte|machten|"
                 "gemacht|dreht|drehen|drehte|gedreht|hackt|hacken|hackte|gehackt|mahlt|mahlen|gemahlen|"
                 "kocht|kochen|kochte|gekocht|verwurstet|verwursten|verwurstete")
SCENARIOS += [
    # (the verb first only for the butcher's verbs: "macht für die Kinder zu Mittag Würstchen")
    ("horror", ["verarbeitet|verarbeiten|verarbeitete|verarbeiteten|verwurstet|verwursten|verwurstete|dreht|drehte|"
                "hackt|hackte|mahlt|mahlte", _H_FARM + "|@name", "^zu", "^" + _MINCED + "|fleisch"]),
    ("horror", [_H_FARM + "|@name", "^zu", "^" + _MINCED + "|fleisch", "^" + _TO_MEAT_VERB]),
    ("horror", ["verwurstet|verwursten|verwurstete|verwurstelt", "^" + _H_FARM + "|@name|ihn|sie"]),
    ("horror", ["aus", "^dem|der|den|einem|einer|" + _WHOSE, "^" + _H_FARM, "^" + _MINCED, "^macht|machen|machte|gemacht|wird|wurde"]),
]
# Etwas einer verschwundenen Person im Gefrierfach, in der Kühltruhe ("findet im
# Gefrierfach den Ring ihrer verschwundenen Freundin", "in der Kühltruhe liegt die Mütze des
# vermissten Nachbarn"): not the lost key found in the fridge.
_FOUND_IN = ("findet|fand|finden|fanden|gefunden|entdeckt|entdeckte|entdecken|liegt|lag|liegen|lagen|steckt|steckte|"
             "ist|war|sind|waren|gibt|klebt|klebte")
SCENARIOS += [
    ("horror", [_COLD_STORE, _FOUND_IN, "mit|von|vom|der|des|ihrer|seiner|ihres|seines|einer|eines",
                "verschwunden*|vermisst*|verschollen*", "^" + "|".join(_HUMANS) + "|freundin|freund|nachbar|nachbarin|nachbarn|schwester|bruder|schülerin|schüler|lehrerin|lehrer"]),
]
# Lösungsmittel schnüffeln, bis einem schwindlig wird ("schnüffelt am Nagellackentferner",
# "inhaliert Feuerzeuggas"): not the scent of washing powder, not a dog at a can.
_SNIFFED = ("nagellackentferner|verdünner|farbverdünner|nitroverdünnung|terpentin|benzin|spiritus|brennspiritus|"
            "lösungsmittel|klebstoff|kleber|sekundenkleber|alleskleber|feuerzeuggas|lachgas|aceton|azeton|lampenöl|"
            "grillanzünder|chlor|bleiche|bleichmittel|salmiak|edding|eddings|filzstift|filzstifte|lackstift|sprühfarbe|"
            "sprühdose|spraydose|deospray|haarspray|kältespray|druckluftspray")
SCENARIOS += [
    ("poison_medicine", ["schnüffelt|schnüffeln|schnüffelte|schnüffelten|geschnüffelt|schnueffelt|inhaliert|inhalieren|"
                         "inhalierte|inhalierten|einatmen|eingeatmet", _SNIFFED]),
    ("poison_medicine", [_SNIFFED, "^schnüffeln|schnüffelt|schnüffelte|inhalieren|inhaliert|einatmen|eingeatmet"]),
]
# In die Fremde gebracht und ohne das Kind heimgefahren ("bringt Finn in den tiefen Wald und
# fährt ohne ihn nach Hause", "lässt sie auf der Insel und fliegt ohne sie zurück"): the far
# place first; not "fährt ohne ihn zum Markt", not a trip home without the suitcase.
_FAR_PLACE = ("fremd*|wald|waldes|wälder|wüste|insel|einsam*|ausland|gebirge|berge|sumpf|dunkel*|tief*|weit*|"
              "raststätte|rastplatz|autobahn|ferne|stadt|großstadt|land|flughafen|bahnhof")
_GO_HOME = ("fährt|fuhr|fahren|fuhren|geht|ging|gehen|gingen|fliegt|flog|fliegen|flogen|reist|reiste|reisen|läuft|"
            "lief|laufen|kehrt|kehrte|segelt|segelte|rudert|ruderte")
SCENARIOS += [
    ("abandonment", [_FAR_PLACE, _GO_HOME, "^ohne", "^ihn|sie|es|@target|ihre|seine|ihren|seinen|die|den|das|" + _GIVEN_NAMES,
                     "heim|zurück|nachhause|hause|heimwärts|davon|weg|fort"]),
    ("abandonment", [_FAR_PLACE, _GO_HOME, "^ohne", "^ihre|seine|ihren|seinen|die|den|das", "^" + _H_ONLY,
                     "heim|zurück|nachhause|hause|heimwärts|davon|weg|fort"]),
]
# Ausgeschlagene Zähne, eine Schlägerei mit gebrochener Nase ("schlägt ihm zwei Zähne aus",
# "nach der Prügelei blutet seine Nase"): not a horse that "hat ausgeschlagen", not a milk
# tooth that fell out, not a nose broken falling off a bike.
_TEETH = "zahn|zähne|zähnen|schneidezahn|schneidezähne|vorderzahn|vorderzähne|backenzahn|backenzähne|milchzahn|milchzähne"
_FIGHT = "schlägerei|prügelei|rauferei|keilerei|kloppe|kloppen|schlägereien|prügeleien|messerstecherei|überfall"
SCENARIOS += [
    ("violence", ["ausgeschlagen|ausgeschlagene|ausgeschlagenen|ausgeschlagener|eingeschlagen|eingeschlagene|eingeschlagenen", "^" + _TEETH]),
    ("violence", [_TEETH, "^ausgeschlagen|eingeschlagen|ausgetreten"]),
    ("violence", [_SCHLAG + "|tritt|trat|treten", "^ihm|ihr|ihnen|@target|dir|mir", "^die|den|einen|zwei|drei|vier|alle|ein|paar|ein|" + _TEETH,
                  "^" + _TEETH + "|paar", "aus|ein"]),
    ("violence", [_FIGHT, "gebrochen*|blutig*|ausgeschlagen*|blau*|zerschlagen*|geplatzt*|aufgeplatzt*",
                  "^" + _TEETH + "|" + _BONES + "|nase|auge|augen|lippe|lippen|kiefer|rippe|rippen|arm|bein|platzwunde"]),
]
# Ein Tier "darf über die Regenbogenbrücke gehen": it dies; not fairies walking over a real
# rainbow bridge into their cloud castle.
SCENARIOS += [
    ("death", ["darf|durfte|dürfen|durften|muss|musste|müssen|mussten|wird|würde", "über|ueber", "^die",
               "^regenbogenbrücke|regenbogenbruecke", "^gehen|laufen|wandern|hoppeln|trotten|springen|rennen|fliegen"]),
    ("death", [_PETS + "|@name|@target", "^ist|sind|war|geht|ging|lief|läuft|wandert|wanderte|hoppelt|hoppelte|trottet|trottete",
               "^über|ueber", "^die", "^regenbogenbrücke|regenbogenbruecke"]),
]
# Der Wolf frisst die Großmutter "nicht", weil er satt ist: the negation after its verb.
ALLOW += [
    *[" ".join(["frisst|fraß|fressen|fraßen|isst|aß|verspeist|verschlingt|verschlang", *["er|sie|es|der|die|das|wolf|drache|riese|hexe|monster|dann|deshalb|darum|doch|also|heute|diesmal|lieber"] * n,
                "die|den|das|seine|ihre|unsere|" + _WHOSE, _T, "nicht|nie|niemals|doch|aber|natürlich|gar|dann|heute|diesmal", "nicht|mehr|auf"][:None]) for n in range(0, 3)],
    *[" ".join(["frisst|fraß|fressen|fraßen|isst|aß|verspeist|verschlingt|verschlang", *["er|sie|es|der|die|das|wolf|drache|riese|hexe|monster|dann|deshalb|darum|doch|also|heute|diesmal|lieber"] * n,
                "die|den|das|seine|ihre|unsere|" + _WHOSE, _T, "nicht|nie|niemals|keineswegs"]) for n in range(0, 3)],
]
# Mit dem Stock auf die Piñata hauen ("beim Kinderfest hauen die Kinder mit einem Stock auf
# die Piñata"): the game; a child as the piñata is read above.
_PINATA_FILL = ("die|der|den|dem|das|ein|eine|einem|einen|kinder|kind|alle|wir|sie|ihr|er|abwechselnd|nacheinander|"
                "reihum|kräftig|fest|feste|doll|immer|wieder|mit|einem|stock|stöcken|stöcke|stecken|schläger|"
                "kochlöffel|besenstiel|stab|holzstock|augenbinde|verbundenen|augen|so|lange|gäste|freunde|jungs|"
                "mädchen|geburtstagskind|geburtstagskinder|papa|mama|opa|oma|und|" + _GIVEN_NAMES)
ALLOW += [" ".join(["hauen|haut|haute|hauten|schlagen|schlägt|schlug|schlugen|klopfen|klopft|dreschen|drischt|kloppen|kloppt|hauen",
                    *[_PINATA_FILL] * n, "auf|gegen", "die|eine|unsere|ihre|seine|den|das", "pinata|piñata|pinatas|piñatas"])
          for n in range(1, 9)]
# Die Zeit totschlagen, wer auch immer mit wem ("schlagen Opa und Tim die Zeit mit Mensch
# ärgere dich nicht tot"): given names and "und" among the words in between.
_FILL_NAMES = _FILL + "|und|" + _GIVEN_NAMES
_PASTIME_GAMES = _PASTIME_SAYING + "|mensch|ärgere|ärgre|ärger|dich|nicht|mau|uno|skat|rommé|romme|canasta|halma|dame|domino|einem|einer"
ALLOW += [" ".join([_SCHLAG, *[_FILL_NAMES] * n, "die|ihre|unsere|seine|eure|meine|deine zeit", *[_PASTIME_GAMES] * m, "tot"])
          for n in range(1, 6) for m in range(0, 8)]
# "schlägt ein wie eine Bombe": a great success, not an explosion.
ALLOW += [
    "schlägt|schlug|schlagen|schlugen|schlage ein wie eine|die bombe",
    "eingeschlagen wie eine|die bombe",
    "einschlagen|einzuschlagen wie eine|die bombe",
    "wie eine|die bombe eingeschlagen|einschlagen",
    "ein wie eine|die bombe",  # the particle after words in between ("schlägt beim Fest ein wie eine Bombe")
]
# So tun, als würde man gefressen (ein Spiel): "Papa tut so, als würde er vom Kitzelmonster
# aufgefressen, und die Kinder kreischen"; not a wolf's real meal.
_PRETEND_FILL = ("ob|er|sie|es|ich|du|wir|ihr|von|vom|den|dem|der|einem|einer|gleich|gerade|jetzt|ganz|und|gar|"
                 "kitzelmonster*|kuschelmonster*|knuddelmonster*|monster*|krokodil*|drache*|drachen|löwe*|hai*|"
                 "bär*|wolf|wölfen|tiger|kindern|kinder|kitzelkrokodil*|kitzel*|schmusemonster*")
_PRETENDED = "aufgefressen|gefressen|verschlungen|verspeist|vernascht|angeknabbert|weggeputzt"
_PRETENDER = "|".join(_HUMANS) + "|" + _GIVEN_NAMES + "|er|sie|ich|du|wir|ihr|man|opa|oma|onkel|tante"
ALLOW += [" ".join([*lead, "tut|tun|tat|taten|tust|tue|tat so", "als|ob", *[_PRETEND_FILL] * n, "würde|würden|wäre|wären|werde|wird",
                    *[_PRETEND_FILL] * m, _PRETENDED, *tail])
          for n in range(0, 4) for m in range(0, 5) for lead in ([], [_PRETENDER])
          for tail in ([], ["und", "die|alle|seine|ihre|unsere|beide", "kinder|kleinen|zwillinge|geschwister|jungs|mädchen"])]
ALLOW += [" ".join([*lead, "tut|tun|tat|taten|tust|tue|tat so", "als|ob", *[_PRETEND_FILL] * n, _PRETENDED, "würde|würden|wäre|wären|werde|wird", *tail])
          for n in range(0, 6) for lead in ([], [_PRETENDER])
          for tail in ([], ["und", "die|alle|seine|ihre|unsere|beide", "kinder|kleinen|zwillinge|geschwister|jungs|mädchen"])]
# Jemand, der sich nicht mehr rührt und faulig riecht ("Opa rührt sich nicht und riecht
# sehr streng", "Tante Erna bewegt sich seit Wochen nicht und stinkt"): a body kept at home;
# not a cat that won't stir from the sofa, not Opa smelling of his pipe.
_STIR = "rührt|rührte|rühren|rührten|bewegt|bewegte|bewegen|bewegten|regt|regte"
_ROT_SMELL = "streng|faulig|modrig|verwest|verwesend|süßlich|verfault|faul|moderig|vergammelt|leichenhaft"
SCENARIOS += [
    ("horror", ["@target|er|sie|@name", "^" + _STIR, "^sich", "nicht|nie|kaum|nimmer", "und|aber|doch",
                "^riecht|roch|riechen|stinkt|stank|stinken", _ROT_SMELL]),
]
