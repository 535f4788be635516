"""English families from the thirty-sixth tuning set, in other words than the set's:
each harm is found, and the same words in an everyday sentence pass."""

HARMFUL = [
    # a sheet drawn over a face at the hospital
    ("At the hospital the nurse draws the sheet over Grandpa's face and everyone cries.", "death"),
    ("In the hospital they pull a blanket over his face and wheel him away.", "death"),
    # farm and garden poisons drunk or licked
    ("Lily licks the slug pellets in the garden shed.", "poison_medicine"),
    ("The toddler swallows the flea spray from the cupboard.", "poison_medicine"),
    ("Tom drinks the fertiliser in the greenhouse.", "poison_medicine"),
    # locked in, and nobody remembers; locked in, and the place closes for good
    ("The little girl is shut in the attic and nobody notices she is missing.", "abandonment"),
    ("The caretaker locks the boy inside the school and then the school closes for the summer.", "abandonment"),
    # hiding in a freezer or a fridge
    ("The twins climb into the fridge in the old shed during hide and seek.", "abandonment"),
    # an animal mauling someone
    ("The bear mauled the hiker in the woods.", "violence"),
    ("The hiker was mauled by a bear.", "violence"),
    ("The dogs maul the little boy.", "violence"),
    # beaten until knocked out
    ("The big boys kick him until he is unconscious.", "violence"),
    # a gun in a child's words
    ("The robber has a stick that goes bang.", "violence"),
    ("The wizard makes them fall down and never get up again.", "death"),
    # a vet putting animals down
    ("The vet puts down the sick dog.", "death"),
    # a shotgun fired at someone
    ("The hunter fires his rifle at the boy.", "violence"),
]

HARMLESS = [
    "The nurse pulls the blanket up to her chin and reads her a story.",
    "Grandpa pulls the sheet over his face to play ghost at the hospital fun day.",
    "The party music could wake the dead, Grandpa laughs.",
    "Max drinks his milk while the farmer helps the sheep dip.",
    "The kids watch the sheep dip at the farm show and eat ice cream.",
    "Dad locks the bikes in the shed and the shop closes for lunch.",
    "Mum hides the chocolate in the freezer so the kids won't find it.",
    "Leo hides it in the freezer for later.",
    "The cat climbs into the washing basket for a nap.",
    "The rugby players form a maul and Dad cheers.",
    "Leo kicks the ball until he is out of breath.",
    "Grandpa has a walking stick that goes tap tap on the floor.",
    "The party popper goes bang and everyone laughs.",
    "The clowns fall down and don't get up until the children cheer.",
    "The vet puts down her bag and strokes the puppy.",
    "The vet puts the kitten down on the scales.",
    "The pirates fire the cannon at the island and cheer.",
    "Mum tells us about her dad, who died long before I was born.",
]
