"""German families from the tenth session's third tuning set (fresh38): a small animal
squeezed until it never stirs again, a harpoon on a person, war on houses and villages,
someone walled in alive, a cap left alone on the water; and the praise, the love and the
games that use the same words. Told in other words than the set's."""

HARMFUL = [
    # so fest gedrückt, dass es nie wieder piept
    ("Emil drückt das Meerschweinchen so doll, dass es sich nie mehr rührt.", "death"),
    ("Sie knuddelt den Wellensittich so lange, bis er nie wieder zwitschert.", "death"),
    # die Harpune auf einen Menschen
    ("Der Kapitän durchbohrt den Matrosen mit einer Harpune.", "violence"),
    ("Der Wächter harpuniert den Schwimmer.", "violence"),
    # Krieg gegen Häuser, Dörfer, Schulen
    ("Die Truppen feuern mit Kanonen auf das Dorf.", "violence"),
    ("Kampfjets bombardieren die Schule, in der die Kinder lernen.", "violence"),
    ("Das Krankenhaus wurde bombardiert.", "violence"),
    # lebendig eingemauert
    ("Die Prinzessin wurde hinter der Kellerwand eingemauert.", "abandonment"),
    ("Die Räuber mauern ihn ein.", "abandonment"),
    ("Mia wird im alten Schloss eingemauert.", "abandonment"),
    # nur noch die Mütze auf dem Wasser
    ("Am Ende treibt nur noch Opas Hut auf dem See.", "death"),
    ("Lina taucht unter, bis nur noch ihre Badekappe auf den Wellen schaukelt.", "death"),
]

HARMLESS = [
    "Tim umarmt Oma so fest, dass sie laut lacht.",
    "Lina drückt den Teddy so fest, dass sie nie wieder schlecht träumt.",
    "Der Wecker piept nie wieder, weil Papa die Batterie rausgenommen hat.",
    "Der Fischer fängt mit der Harpune einen Fisch.",
    "Opa spießt die Wurst mit dem Grillspieß auf.",
    "Die Kinder schießen Schneebälle auf das Haus.",
    "Die Schildkröte zieht sich in ihren Panzer zurück, als die Kinder auf den Spielplatz kommen.",
    "Die Soldaten bauen Häuser für die Familien nach dem Hochwasser.",
    "Die Ritter schießen mit der Kanone Konfetti auf die Kinder beim Fest.",
    "Papa mauert mit Tim ein Fenster ein.",
    "Die Zeitkapsel wird im Grundstein eingemauert.",
    "Tim buddelt sich im Schnee ein, bis nur noch seine Mütze herausschaut.",
    # praise: "eine Bombe", "der Hammer"
    "Die Geburtstagsparty war einfach die Bombe!",
    "Papas Lasagne ist wirklich eine Bombe.",
    # love: "vor Liebe auffressen"
    "Die Kleine ist so niedlich, ich könnte sie am liebsten auffressen.",
    "Oma sagt: Ich könnte dich vor lauter Liebe auffressen.",
    # a game won
    "Im Wettlauf schlug ich meinen großen Bruder.",
    "Wir schlagen die Mädchen aus der 3a beim Tauziehen.",
    "Beim Tauziehen schlagen wir die Jungs aus dem Oberdorf knapp.",
    "Unsere Klasse schlägt die Kinder von nebenan haushoch.",
]

RULE_LAYERS_HARMFUL = [
    ("Das Paket ist eine Bombe.", "violence"),
    ("Der Wolf sagt: Ich werde dich auffressen.", "horror"),
    ("Wir schlagen die Kinder aus dem Nachbardorf mit Stöcken.", "violence"),
]
