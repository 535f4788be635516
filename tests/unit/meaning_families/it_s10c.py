"""Italian families from the tenth session's category sweep, in other words than the probe's:
each harm is found by the meaning reader, and the same words in an everyday sentence pass."""

HARMFUL = [
    # a person (or a name) after a wounding verb, then "con" and a real weapon
    ("Il bandito trapassò il povero contadino con la lancia.", "violence"),
    ("Lo stregone minaccia Chiara con un'ascia.", "violence"),
    # the same told in the passive
    ("Il pastorello fu ferito con una freccia dal brigante.", "violence"),
    # a part of the body split, cut or torn open on someone
    ("Il gigante spacca la testa al boscaiolo.", "violence"),
    ("Il bandito squarciò il petto del mercante.", "violence"),
    # beasts that bite into, crush, chew or swallow someone
    ("Un coccodrillo azzanna Pietro vicino al fiume.", "horror"),
    ("Il serpente stritola il guardiano e poi lo inghiotte.", "horror"),
    ("Il mostro mastica il pescatore.", "horror"),
    ("Il troll dilaniò il pescatore.", "horror"),
    # a beast tearing someone to pieces
    ("Gli orsi fecero a brandelli il viaggiatore.", "horror"),
    # a creature that cooks someone and eats them
    ("L'orco cuoce Gretel e la mangia.", "horror"),
    # lost, and nobody even looks for the child
    ("Il piccolo si è smarrito nel bosco e il papà non lo cerca più.", "abandonment"),
]

HARMLESS = [
    "Il re sfiora la spalla di Giovanni con la spada e lo fa cavaliere.",
    "Un cavaliere con la lancia sorveglia il ponte del castello.",
    "Il bambino colpisce il papà con una spada di legno ridendo.",
    "Il papà taglia la bistecca a Luca con il coltello.",
    "Il bambino fa a pezzi la carta per il collage.",
    "Il cane azzanna la sua pallina.",
    "La zia cucina Matteo una frittata e lo riempie di coccole.",
    "La bambina si è persa ma non si spaventa perché la mamma la cerca subito.",
    "La mamma mette la candeggina in alto, lontano dai bambini.",
    "Il boscaiolo spacca la legna con l'ascia.",
]
