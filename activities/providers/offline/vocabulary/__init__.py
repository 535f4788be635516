"""Curated, child-safe vocabularies the offline composer understands and writes with.

A parent's custom event and hero fields are never copied into a story. They are read
into *concepts* the composer knows (a hedgehog, the duck pond, learning to swim, being
afraid of the dark), and each concept is written in the story's own language from the
forms listed here, each written natively. A word that is in no vocabulary is left out.

Every vocabulary module maps a concept id (an English snake_case key) to an entry:

- ``"draw"`` (companions, objects, places): the English word a picture draws;
- one block per language, ``"en"``, ``"es"``, ``"fr"``, ``"de"``, ``"it"``, holding
  ``"match"``, the words that recognise the concept in a parent's text, as dictionary
  forms (a noun's singular, a verb's infinitive), lower case, accents kept. A match of
  several words ("duck pond", "ride bike") needs those lemmas in that order, at most
  three words apart. German compounds are also recognised by their last part
  ("Ententeich" ends in "teich").

Noun concepts (companions, objects) give, per language, ready-to-use phrases:
``def`` ("the hedgehog", "el erizo", "le hérisson", "der Igel", "il riccio"),
``indef`` ("a hedgehog", ...), ``def_pl`` ("the hedgehogs", ...), ``g`` (gender, m/f/n)
and, for German, ``acc``/``dat`` (definite accusative/dative: "den Igel", "dem Igel")
and ``dat_pl`` ("den Igeln"). Places give ``def``, ``at`` (where: "by the pond",
"am Teich") and ``to`` (where to: "to the pond", "zum Teich").

Action concepts give an infinitive phrase ``inf`` that completes "wanted to …" and
"could …" ("swim", "nadar", "nager", "schwimmen", "nuotare"); an action that takes a
thing has a placeholder (``{def}``, ``{indef}``, ``{def_pl}``, ``{acc}``, ``{dat}``,
``{dat_pl}``) filled from a noun concept ("find {def}", "{acc} finden").
Obstacle concepts give ``problem`` ("was afraid of the dark") and ``solved`` ("was
not afraid of the dark any more"), predicates for a companion as subject.
"""
