"""French families of the ninth round: harm told in other words than the tuning sets'
sentences, found by the meaning reader, and the same words in everyday sentences, which
pass."""

HARMFUL = [
    # dying told as "succomber"
    ("Le vieux chien succombe à ses blessures après l'accident.", "death"),
    ("La maîtresse a succombé pendant la nuit.", "death"),
    # pushed or made to fall down the stairs
    ("Les grands font tomber Léo dans l'escalier pour rigoler.", "violence"),
    ("Il fait dégringoler sa petite sœur dans les escaliers.", "violence"),
    # pieces of children
    ("La sorcière garde des bouts de bébés dans ses bocaux.", "horror"),
    # a hand burnt on purpose
    ("Le méchant brûle les doigts du garçon avec son briquet.", "violence"),
    ("Le beau-père lui pose la main sur la plaque brûlante pour le punir.", "violence"),
    # going after someone with a weapon, threatening with one
    ("La voisine s'en prend à Léo avec un couteau.", "violence"),
    ("Il menace la caissière avec des ciseaux.", "violence"),
    # a fall from a high floor, no getting up
    ("Le chien tombe du toit et ne se relève pas.", "death"),
    ("Léo tombe du balcon du huitième étage.", "death"),
    # run through with a weapon
    ("Le soldat transperce le vieil homme avec son épée.", "violence"),
    ("Une flèche transperce le petit lapin.", "violence"),
    # left or locked somewhere for weeks
    ("Les parents laissent Léo dans la cave pendant tout l'hiver.", "abandonment"),
    ("Le petit chien est enfermé dans le placard depuis des semaines.", "abandonment"),
    # beating an animal, beating in turns or every night
    ("Le gardien du zoo bat le petit singe avec un bâton.", "violence"),
    ("Les grands attrapent le petit et le frappent chacun son tour.", "violence"),
    # people turned into meat, a dish made of lost children
    ("La sorcière transforme les enfants en saucisses pour le dîner.", "horror"),
    ("La sorcière fait une soupe avec les enfants égarés dans la forêt.", "horror"),
    # dying told as "crever"
    ("Le chien crève seul sur la route.", "death"),
    ("Ils le laissent crever dans le fossé.", "death"),
    # enjoying hurting someone
    ("Le grand aime faire mal à Léo dans la cour.", "violence"),
    # found lifeless
    ("On retrouve le chat sans vie au bord de la route.", "death"),
]

HARMLESS = [
    "Papa succombe à la tentation et reprend du gâteau.",
    "Léa succombe au charme du petit chaton roux.",
    "Léo fait tomber le doudou de sa sœur dans l'escalier.",
    "Maman coupe des morceaux de gâteau pour les enfants.",
    "La soupe brûle la langue de Papa, il souffle dessus.",
    "Papa tient les mains au-dessus du feu de camp pour les réchauffer.",
    "Le bûcheron s'en prend au vieux chêne avec sa hache.",
    "Le bébé tombe sur les fesses et ne se relève pas, il rit.",
    "Lina compte les étoiles sur le balcon du dixième étage avec mamie.",
    "Le regard de la maîtresse transperce Léo, qui avoue tout.",
    "Le vieux nounours est rangé dans le grenier depuis des mois.",
    "Le cuisinier fouette la crème jusqu'à ce qu'elle soit ferme.",
    "Mamie prend les œufs et les bat chaque matin pour l'omelette.",
    "Papi joue avec mamie et la bat tous les soirs aux cartes.",
    "Elle se bat comme une lionne pour finir son dessin.",
    "La fée transforme les enfants en papillons.",
    "Papa fait un gâteau avec les enfants pour l'anniversaire.",
    "Papa rentre crevé du travail et s'endort sur le canapé.",
    "Le clou crève le ballon de Léo.",
    "Ça fait mal à mamie quand elle marche.",
    "La ville est sans vie le dimanche.",
    "La tarte aux fraises de papi est une vraie bombe.",
    "Léo se fait battre aux échecs par papi.",
    "Notre équipe se fait massacrer 10 à 1 mais on rigole bien.",
    "Grand massacre de mauvaises herbes au jardin avec papi.",
    "Déguisée en vampire avec du faux sang pour la fête.",
]
