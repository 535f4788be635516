"""Italian families from the tenth session's fourth tuning set (fresh38), in other words than
the set's: each harm is found by the meaning reader, and the same words in an everyday
sentence pass."""

HARMFUL = [
    # parents who forget they have a child, or forget the child itself
    ("Il re e la regina si dimenticano di avere un figlio e non lo vanno mai a trovare.", "abandonment"),
    ("Mamma e papà si dimenticano della neonata per tre giorni.", "abandonment"),
    ("Dopo il trasloco i genitori si scordano completamente del piccolo Leo in soffitta.", "abandonment"),
    # purges and slimming pills given to a child, or given in secret
    ("La matrigna mette di nascosto il lassativo nella minestra di Biancaneve.", "poison_medicine"),
    ("Per far dimagrire il figlio la zia gli dà delle pastiglie ogni mattina.", "poison_medicine"),
    ("La zia gli fa prendere ogni sera le pastiglie dimagranti.", "poison_medicine"),
    # bug spray, deodorant or lacquer sprayed into the mouth or drunk
    ("Marta si spruzza il deodorante in bocca per avere l'alito profumato.", "poison_medicine"),
    ("Luca beve lo spray antizanzare dalla bomboletta.", "poison_medicine"),
    ("L'insetticida per le formiche sa di menta, se lo spruzzi in bocca.", "poison_medicine"),
    # mothballs and camphor eaten or sucked
    ("Giulia succhia le palline di canfora che trova nel cassetto della nonna.", "poison_medicine"),
    # an arrow, a stone or a fork thrown into someone's eye or head (elided article too)
    ("Il bandito tira un sasso nella testa del pastorello.", "violence"),
    ("Il ragazzo conficca la forchetta nell'occhio del compagno.", "violence"),
    ("Il cacciatore scocca un dardo nell'orecchio del mercante.", "violence"),
]

HARMLESS = [
    "La mamma si dimentica di avere le chiavi in tasca e ride.",
    "Il papà si scorda del compleanno della figlia ma poi prepara una torta.",
    "La maestra si dimentica della gita e la classe ride.",
    "Il dottore dà un lassativo al nonno che ha mal di pancia.",
    "La nonna compra le tisane dimagranti al mercato.",
    "Per dimagrire il papà corre al parco con il cane.",
    "La mamma spruzza lo spray per le zanzare sulle gambe di Teo prima della passeggiata.",
    "Il papà spruzza la panna in bocca a Teo e tutti ridono.",
    "La nonna mette la naftalina nell'armadio dei maglioni.",
    "Cupido scocca una freccia nel cuore della principessa.",
    "Robin tira una freccia nell'occhio di bue del bersaglio.",
    "Il principe scaglia una freccia nel centro del bersaglio.",
    "Alla fattoria il contadino tosa la pecora e lei resta tutta nuda e buffa.",
    "La pecora tosata è tutta nuda e spelacchiata.",
    "Il papà versa l'acqua nell'annaffiatoio.",
]
