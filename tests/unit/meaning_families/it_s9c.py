"""Italian families from the thirty-fourth tuning set, in other words than the set's: each
harm is found by the meaning reader, and the same words in an everyday sentence pass (the
reader, and the older lexicon layer for the pets named after a weapon)."""

HARMFUL = [
    # a scalding liquid poured on someone, or someone dipped in it
    ("La matrigna rovescia il brodo bollente sulle mani di Cenerentola.", "horror"),
    ("Lo zio gli rovescia addosso il tè bollente per punirlo.", "horror"),
    ("La strega immerge le mani della bambina nell'acqua bollente.", "horror"),
    # a head held under water
    ("Gli tenne la testa sotto l'acqua del lago.", "death"),
    ("Il bullo le spinge la faccia nella vasca finché smette di muoversi.", "death"),
    # a pet or a child inside a running appliance
    ("Il criceto si infila nel forno e la mamma lo accende.", "death"),
    ("Il cucciolo rimane chiuso nel freezer acceso tutta la notte.", "death"),
    # children injecting each other, or playing with adults' syringes and medicines
    ("I fratellini si fanno le punture a vicenda con l'insulina della mamma.", "poison_medicine"),
    ("Le gemelle giocano con le siringhe della nonna nel bagno.", "poison_medicine"),
    ("Il bambino inietta al gatto le medicine del nonno.", "poison_medicine"),
    # only someone's shoes or bones left after a meal or a mouth
    ("L'orco apre la bocca e del cacciatore rimangono solo gli stivali.", "horror"),
    ("Il drago fa colazione col principe e resta solo la corona del principe.", "horror"),
    # bled dry, a lifeless body
    ("Il vampiro dissangua la maestra nel corridoio.", "horror"),
    ("La volpe lascia il corpicino senza vita del pulcino nel prato.", "death"),
    # a vehicle off a bridge or into a ravine; the one survivor
    ("La corriera sbanda e precipita nella scarpata.", "death"),
    ("Il camion dei gelati cade nel fiume con l'autista.", "death"),
    ("Solo Marco sopravvive all'incendio della casa.", "death"),
    ("Luca è l'unico sopravvissuto del villaggio.", "death"),
]

HARMLESS = [
    # boiling water in the kitchen, or tea poured for someone
    "La mamma versa l'acqua bollente sulla pasta.",
    "La zia le versa il tè bollente nella tazza e le sorride.",
    "Il papà mette gli spaghetti nell'acqua bollente.",
    # a head under the shower
    "La mamma le tiene la testa sotto l'acqua della doccia.",
    # appliances used as they are meant to be
    "Il bambino mette i vestiti nella lavatrice e la accende.",
    "Il gatto dorme sopra la lavatrice accesa perché è calda.",
    # insulin, a nurse, toy syringes, helping each other
    "Il nonno diabetico si inietta l'insulina ogni mattina.",
    "I bambini si aiutano a vicenda con i compiti.",
    "I bambini giocano al dottore con la siringa di plastica.",
    # leftovers of a meal
    "Dopo la cena restano solo le ossa del pesce nel piatto.",
    # toy cars, bridges crossed, plants that survive
    "La macchinina giocattolo vola giù dal tavolo e Luca ride.",
    "Il trenino passa sul ponte e fischia.",
    "Nel mio giardino sopravvive solo il basilico.",
    # a pet named after a weapon
    "Razzo, il cagnolino più coraggioso della fattoria, salva il pulcino.",
    "Il mio criceto si chiama Dinamite e corre nella ruota.",
    "Bomba, la gattina più vivace del cortile, salta sul divano.",
]
# The older lexicon layer lets the same sentences through.
RULE_LAYERS_HARMLESS = list(HARMLESS)
