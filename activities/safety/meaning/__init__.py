"""Harmful meaning in a parent's text, recognised on lemmas (see ``activities.language``).

One module per language (``en``, ``es``, ``fr``, ``de``, ``it``) holds plain data:

``HARM``: category → lemmas (dictionary forms, lower case; accents are ignored when
matching). Any occurrence is harmful ("pistol", "stab", "poison", "naked") unless an
``ALLOW`` expression covers it or a negation stands just before it (for the
categories listed in ``NEGATABLE``).

``TARGETED``: category → lemmas that are harmful only when done to someone: a living
target (``TARGETS``) within four words after ("hits the boy", "kicks the puppy"), or a
target as subject before it in the same sentence ("the girl was beaten").

``SCENARIOS``: a list of ``(category, [slot, slot, ...])``. A slot is single words
(lemmas) separated by ``|`` (a trailing ``*`` makes a prefix: ``"vergift*"``); a
two-word phrase takes two slots. The slots must appear in order in one sentence, at
most ``GAP`` (5) words apart. Used for harm told with harmless words: ("horror",
["eat|devour|gobble", "@target"]) where ``@target`` stands for every lemma of
``TARGETS``, or ("abandonment", ["nobody", "come|help|look"]).

``RESCUE``: lemmas that, later in the same or the next sentence, turn an abandonment
into a rescue ("until grandma found her", "but then a kind owl came").

``NEGATIONS``: words that, within three words before a match, negate it ("never
bites anyone", "nobody got hurt").

``ALLOW``: word sequences (space-separated, each word a ``|`` alternation, next to
each other) whose words are harmless together ("pillow fight", "killer whale",
"shooting star", "die|dying of laughter"). A finding is cancelled only when an
allowed sequence covers all of its words.

``TARGETS``: lemmas of living beings that harm can be done to (people, family words,
children, animals, pets).

``PREDATORS`` and ``DEVOURING``: creatures and their eating verbs, for the reader's
own scenario of a creature eating someone; ``PREY`` (with ``SMALL_CREATURES``) is what
a creature may eat without it being harm ("the zoo's crocodile eats a fish"), and
``SURNAMES`` family names spelt like harm, read as names after a given name ("Ivy Graves").

Categories: violence, death, poison_medicine, sexual, self_harm, drugs_alcohol,
abandonment, stranger_secret, horror, hate, insult.
"""
