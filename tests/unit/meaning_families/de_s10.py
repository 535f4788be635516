"""German families from the thirty-sixth tuning set, in other words than the set's: each
harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # Blut eines Menschen, an dem etwas klebt
    ("Das Kissen ist überall verschmiert mit dem Blut seines kleinen Bruders.", "horror"),
    ("Der Boden im Flur ist voller Blut von Oma.", "horror"),
    # gekochte Körperteile von Menschen
    ("Die Hexe serviert gebratene Kinderfinger mit Soße.", "horror"),
    ("Im Eintopf des Riesen schwimmen Menschenhände.", "horror"),
    # der Gast ist das Essen
    ("Der Wolf lädt die Geißlein zum Festessen ein, aber sie sind selbst das Festessen.", "horror"),
    ("Mia ist das Abendessen des Riesen.", "horror"),
    # mit Armbrust, Bogen, Luftgewehr oder der Waffe aus dem Jagdschrank auf Menschen
    ("Lena zielt mit dem Luftgewehr auf die Jogger im Park.", "violence"),
    ("Mit Pfeil und Bogen auf den Nachbarn schießen findet Tim lustig.", "violence"),
    # die Spritze eines anderen
    ("Tim spritzt seinem Bruder Papas Insulin in den Arm.", "poison_medicine"),
    ("Lea nimmt Opas Spritze und piekst damit die Katze.", "poison_medicine"),
    # absichtlich Knochen brechen
    ("Der große Junge hat ihr absichtlich den Arm gebrochen.", "violence"),
    ("Die Bande bricht dem Hund mit Absicht die Pfote.", "violence"),
    # mit Werkzeug auf jemanden einstechen
    ("Der Junge stach mit der Schere auf die Lehrerin ein.", "violence"),
    ("Ein Mann sticht mit einem Bleistift auf Paula ein.", "violence"),
]

HARMLESS = [
    "Papa spendet Blut für kranke Menschen.",
    "Der Teddy ist voller Blut, weil Mia sich am Knie gestoßen hat.",
    "Nach dem Matschspielen sind die Kinderfüße ganz schmutzig.",
    "Das Baby hat so süße Kinderhände, sagt Oma beim Abendessen.",
    "Zum Nachtisch gibt es Eis, und die Kinderaugen leuchten.",
    "Das Schloss wurde von Menschenhand gebaut, und zum Mittagessen gibt es Suppe.",
    "Oma lädt uns zum Abendessen ein, und Spaghetti sind das Abendessen.",
    "Emil wird zum Abendessen vom Opa abgeholt.",
    "Beim Bogenschießen zielt Lara mit dem Bogen auf die Zielscheibe.",
    "Papa schießt mit der Wasserpistole auf Mama.",
    "Der Briefträger bringt Opa ein Paket mit einem neuen Bogen Papier.",
    "Mia ist Diabetikerin und spritzt sich jeden Tag Insulin.",
    "Ella holt Omas Insulinspritze aus dem Kühlschrank, weil Oma sie braucht.",
    "Papa spritzt sich mit dem Gartenschlauch nass.",
    "Elias bricht sich beim Skifahren das Bein, und der Trainer hilft ihm.",
    "Der Trainer bricht absichtlich den Rekord.",
    "Mama sticht mit der Gabel in die Kartoffeln.",
    "Oma sticht mit der Nadel in den Stoff und näht ein Kissen.",
    "Unsere Elf schlug die Roten mit 2:0.",
    "Der SV Grün schlägt den FC Blau im Finale.",
    "Mia schlägt Papas Turm mit ihrem Springer.",
]

RULE_LAYERS_HARMLESS = [
    "Am Dorffest wirft Ben mit Bällen auf Büchsen, schießt alle ab und lacht.",
    "Unsere Mannschaft schlägt den FC Blau und feiert.",
    "Beim Schach schlägt Anna Papas Turm.",
]

RULE_LAYERS_HARMFUL = [
    ("Der Räuber schießt alle ab.", "violence"),
    ("Der Räuber schlägt den Jungen grün und blau.", "violence"),
]
