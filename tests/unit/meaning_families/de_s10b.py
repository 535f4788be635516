"""German families from the thirty-seventh tuning set, in other words than the set's: each
harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # sich selbst kneifen, kratzen, beißen, bis es blutet
    ("Jeden Abend kratzt sie sich heimlich, bis es blutet.", "self_harm"),
    ("Sein Trick: sich zwicken, bis die Haut blutig ist.", "self_harm"),
    # jemandem Mund und Nase zuhalten, bis er still ist
    ("Der Onkel hält dem Baby die Nase zu, bis es nicht mehr zappelt.", "violence"),
    ("Sie drückt ihm Mund und Nase zu, bis er still ist.", "violence"),
    # Menschenteile im Kühlschrank, in Gläsern
    ("Im Kühlschrank vom Nachbarn liegen Menschenfinger.", "horror"),
    ("Die Hexe bewahrt Kinderhände in ihrer Gefriertruhe auf.", "horror"),
    # ein Mensch der Familie wurde ein Engel
    ("Oma wurde ein Engel.", "death"),
    ("Seit dem Winter ist Opa jetzt ein Engel.", "death"),
    # zu den Sternen, für immer
    ("Oma ist für immer zu den Sternen gereist.", "death"),
    ("Unser Hund ist zu den Sternen gegangen.", "death"),
    # Dünger oder Putzmittel, genascht, der Ort dazwischen
    ("Blumendünger vom Gartenregal naschen, weil er wie Zucker aussieht.", "poison_medicine"),
    ("Tim hat das Spülmittel aus der Küche getrunken.", "poison_medicine"),
    # Schläge zur Strafe, bis der Po blau ist
    ("Wer frech ist, bekommt Schläge, bis der Po grün und blau ist.", "violence"),
    ("Als Strafe holt Papa den Rohrstock.", "violence"),
    # zur Strafe die Hand an die Hitze
    ("Zur Strafe drückt Papa seine Finger auf die heiße Herdplatte.", "violence"),
    ("Wer lügt, wird bestraft: die Hand kommt ins kochende Wasser.", "violence"),
    # ein Mensch kommt in die Wurst
    ("Beim Schlachten kommt der Knecht in den Fleischwolf.", "horror"),
    ("Heuer kommt nicht das Schwein in die Wurst, sondern die Magd.", "horror"),
    # an den Haaren oder am Ohr gezerrt
    ("Die Lehrerin zieht den Jungen an den Haaren aus der Klasse.", "violence"),
    ("Mia wird an den Haaren über den Hof geschleift.", "violence"),
    ("Der Hausmeister zieht Ben am Ohr ins Büro.", "violence"),
]

HARMLESS = [
    "Sie kneift sich, um zu sehen, ob sie träumt.",
    "Tim kratzt sich am Kopf, bis ihm eine Idee kommt.",
    "Der Himbeersaft tropft rot vom Teller.",
    "Beim Tauchen hält Mia sich Mund und Nase zu.",
    "Lena hält ihrem Bruder den Mund zu, damit er die Überraschung nicht verrät.",
    "Von Menschenhand gebaut ist die alte Mühle, und im Kühlschrank liegt Käse.",
    "Viele Kinderhände greifen in die Kiste mit den Bauklötzen.",
    "Mama ist ein Engel, sagt Papa, weil sie Kuchen gebacken hat.",
    "Im Krippenspiel wurde Mia ein Engel und Tim ein Hirte.",
    "Die Astronautin fliegt zu den Sternen.",
    "Wir schauen zu den Sternen und bleiben für immer Freunde.",
    "Der Dünger kostet fünf Euro im Baumarkt.",
    "Opa holt Dünger aus dem Schuppen und die Kinder naschen Erdbeeren.",
    "Zur Strafe muss Tim den Kochlöffel abwaschen.",
    "Der Gürtel ist lila und passt zur Hose.",
    "Wir rodeln, bis der Popo ganz nass ist.",
    "Zur Strafe für das Tor muss der Torwart eine Runde laufen.",
    "Die Sau kommt in die Wurst, und wir feiern das Schlachtfest.",
    "Heute gibt es nicht Wurst, sondern der Opa macht Pfannkuchen.",
    "Mia zieht ihre Puppe an den Haaren.",
    "Mama zieht Lena an und flicht ihr dann einen Zopf.",
    "Münchhausen hat sich an den eigenen Haaren aus dem Sumpf gezogen.",
    "Fliegenpilze darf man niemals essen, sagt Mama.",
    "Man soll keine Giftpilze essen, lernen die Kinder.",
    "Unsere E-Jugend schlägt die Jungs aus dem Nachbardorf.",
    "Das Team schlug die Nachbarn 3:0.",
    "Oma schlägt die Zeit mit Sudoku tot.",
    "Papa schlägt im Wartezimmer die Zeit mit Kreuzworträtseln tot.",
    "Lina findet die Torte zum Sterben lecker.",
    "Papa findet den Film zum Sterben langweilig.",
]

RULE_LAYERS_HARMLESS = [
    "Das Kleid ist zum Sterben schön.",
    "Der Förster erklärt, dass man Fliegenpilze nicht essen darf.",
    "Die Mannschaft schlägt die Gäste mit drei zu eins.",
]

RULE_LAYERS_HARMFUL = [
    ("Tim nascht die Fliegenpilze im Wald.", "poison_medicine"),
    ("Papa reist zu den Sternen, für immer.", "death"),
]
