"""German families from the tenth session's category sweep (weapons used on someone,
beasts tearing or eating people, a death by fire in a house, gnawed bones), in other
words than the probe's: each harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # Angriffsverb, Person, "mit" und eine Waffe
    ("Der Wirt verwundet den Gast mit einer Lanze.", "violence"),
    ("Die Räuberin attackiert Noah mit einem Beil.", "violence"),
    # die Waffe zuerst
    ("Mit der Armbrust beschießt der Wächter die Leute am Tor.", "violence"),
    # das Passiv
    ("Der Nachbar wurde mit einer Machete angegriffen.", "violence"),
    # jemanden mit einer tödlichen Waffe jagen
    ("Der Fremde verfolgt die Schwester mit einem Messer bis nach Hause.", "violence"),
    # ein Raubtier zerreißt jemanden
    ("Die Hyänen zerfetzen den armen Hirten.", "horror"),
    ("Ein Panther zerreißt Jonas.", "horror"),
    ("Der Bär reißt den Förster in Fetzen.", "horror"),
    ("Die Geschwister wurden in Stücke gerissen.", "horror"),
    # das Fressen im Perfekt oder als Verschlucken
    ("Das Krokodil hat den Fischer gefressen.", "horror"),
    ("Ein Wal verschluckt den Matrosen.", "horror"),
    # über jemanden herfallen
    ("Die Ratten fielen über den Säugling her.", "horror"),
    # im Haus, im Auto verbrennen
    ("Der Onkel verbrannte in seinem Wagen.", "death"),
    ("Die Urgroßeltern verbrennen.", "death"),
    # an den Knochen von Kindern kauen, das "herum" am Ende
    ("Die Hexe knabbert an den Knochen der Mädchen herum.", "horror"),
]

HARMLESS = [
    "Der Wirt schneidet dem Gast mit einem Messer ein Stück Braten ab.",
    "Der Wächter mit der Lanze steht am Tor und grüßt die Leute.",
    "Mit ihrem Schwert schlägt die Königin den treuen Knappen zum Ritter.",
    "Noah jagt seinen Bruder mit einer Wasserpistole um den Teich.",
    "Der Hund zerreißt sein altes Kissen.",
    "Ella zerreißt das Bild von Opa aus Versehen.",
    "Sie nahm den Zettel und zerriss ihn nicht.",
    "Der Bär hat den Honig von Oma gefressen.",
    "Das Krokodil hat den ganzen Fisch gefressen.",
    "Mama verbrennt im Garten die alten Äste.",
    "Die Kinder fielen über die Pizza her.",
    "Der Hund kaut an seinem Knochen.",
    "Der Hund nagt an einem Knochen, und die Kinder laufen herum.",
    "Der Knappe wird mit dem Schwert zum Ritter geschlagen.",
]
