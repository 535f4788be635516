"""German families of the ninth session, second part: harm told in other words (nobody
wakes up any more, a game won by making a little one cry, an axe carried into a school,
a hot iron's "kiss", a foundling left at a stranger's door, a chase with a pitchfork, an
arm twisted until it cracks, parents who move away with one child only, a vampire that
drains a child), and harmless sentences with the same words."""

HARMFUL = [
    # nobody wakes up any more
    ("Die Hexe streut ihr Pulver über das Dorf, und am Morgen wacht keiner mehr auf.", "death"),
    ("Nach dem Festessen ist niemand je wieder aufgewacht.", "death"),
    # a game won by hurting or making a little one cry
    ("Sieger ist, wer die neue Mitschülerin zuerst zum Heulen bringt.", "violence"),
    ("Wer dem Kleinen die meisten blauen Flecken macht, gewinnt eine Tüte Chips.", "violence"),
    # someone storms into a school with a weapon
    ("Ein Fremder rennt mit einer Machete auf den Schulhof.", "violence"),
    ("Der Räuber überfällt die Kita mit einem Beil.", "violence"),
    # a hot iron pressed on someone, told as a kiss
    ("Die Katze kriegt ein Küsschen von der Herdplatte.", "violence"),
    ("Der Onkel drückt das glühende Bügeleisen auf die Hand des Jungen.", "violence"),
    # locked in, the key gone, everybody away
    ("Mia spielt Verstecken in der Truhe, der Deckel klemmt und die Familie ist verreist.", "abandonment"),
    # a child left at a stranger's door
    ("Die Mutter legt das Baby vor die Tür des Klosters und läuft davon.", "abandonment"),
    ("Papa setzt den Säugling im Körbchen vor ein fremdes Haus.", "abandonment"),
    # a chase with a pitchfork, a person speared
    ("Der Riese verfolgt den Hirtenjungen mit einer Sense.", "violence"),
    ("Der Drache spießt den Ritter auf.", "violence"),
    # a limb twisted until it cracks
    ("Der große Junge verdreht seiner Schwester das Handgelenk, bis es knackt.", "violence"),
    ("Die Tante biegt dem Kleinen die Finger nach hinten, bis es kracht.", "violence"),
    # parents who move away with one child only
    ("Mama und Papa fliegen ins Ausland und nehmen nur die Schwester mit.", "abandonment"),
    ("Die Familie zieht weit weg und lässt Jonas alleine.", "abandonment"),
    # a vampire drains someone
    ("Der Graf saugt das Mädchen aus, bis es sich nicht mehr rührt.", "horror"),
    ("Das Monster trinkt das Blut der kleinen Kinder.", "horror"),
]

HARMLESS = [
    # sleep until morning
    "Alle schlafen tief und fest, und keiner wacht mehr auf, bis der Hahn kräht.",
    "Das Baby schläft so fest, dass keiner aufwacht.",
    # laughing, onions, prizes
    "Es gewinnt, wer die anderen am meisten zum Lachen bringt.",
    "Die Zwiebeln bringen Papa zum Weinen.",
    # an axe in the garden, school cones
    "Papa kommt mit der Axt in den Garten, um Holz zu hacken.",
    "Die Kinder stürmen mit ihren Schultüten in die Schule.",
    # ironing and kisses
    "Mama bügelt Papas Hemd und gibt ihm einen Kuss.",
    "Papa bügelt für Mama die Bluse.",
    # a lost key
    "Der Schlüssel vom Keller ist weg, Papa sucht ihn überall.",
    # the daily drop-off, a basket of apples
    "Mama setzt Lena vor der Schule ab und fährt zur Arbeit.",
    "Oma stellt den Korb mit Äpfeln vor die Tür und geht wieder hinein.",
    # farm work and barbecue
    "Der Bauer arbeitet mit der Mistgabel im Stall.",
    "Wir spießen die Würstchen auf Stöcke auf.",
    # cracking joints
    "Opa streckt seine Arme, bis es knackt.",
    # moving with the toys
    "Wir ziehen um und nehmen nur die Kuscheltiere mit.",
    # a vacuum cleaner, a bottle, tomato juice
    "Mama saugt das Kinderzimmer aus.",
    "Das Baby saugt an der Flasche und schläft ein.",
    "Der kleine Vampir trinkt mit seiner Mama Tomatensaft.",
]

RULE_LAYERS_HARMLESS = [
    # Praise and tasting, which the older rule layer read as murder and beer.
    "Der neue Krimi ist mörderisch spannend.",
    "Es ist heute mörderisch heiß draußen.",
    "Die Kinder dürfen beim Backen den Teig probieren.",
    "Tom probiert im Laden die neue Jacke an.",
]
