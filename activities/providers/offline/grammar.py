"""Just enough grammar to tell who does an action in a parent's event, and what on.

The composer reads words, not a parse; these small, closed word lists (articles,
prepositions, pronouns, conjunctions per language) let it find clause boundaries and
each clause's subject: "Sam goes to the doctor and gets a sticker" is Sam's doing, not
the doctor's, and in "Léo perd son doudou et papa le retrouve" papa finds, not Léo.
A clause whose subject cannot be told (German puts it after the verb: "Im Wald tanzt der
Igel") has none: the composer then gives the wish to the hero.
"""

from __future__ import annotations

import re

from activities.language.lemmas import Word

# Someone the text makes the subject who is no companion the composer knows: a name
# ("Sam"), a pronoun ("she"), a noun ("the family").
SOMEONE = "-"
# A pronoun as the subject ("she flies away"): someone the text named before.
PRONOUN = "pronoun"

# Punctuation that ends a sentence, and punctuation that ends a clause within one.
SENTENCE_END = re.compile(r"[.!?;:…\n]")
CLAUSE_END = re.compile(r"[.!?;:…\n,()«»\"“”„—–]| - ")

DETERMINERS = {
    "en": {"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "these", "those",
           "some", "every", "each", "one", "two", "three", "all"},
    "es": {"el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "mi", "mis", "tu", "tus", "nuestro",
           "nuestra", "este", "esta", "ese", "esa", "aquel", "aquella", "estos", "estas", "todos", "todas", "cada",
           "dos", "tres"},
    "fr": {"le", "la", "les", "l", "un", "une", "des", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes",
           "notre", "nos", "leur", "leurs", "ce", "cet", "cette", "ces", "tous", "toutes", "chaque", "deux", "trois"},
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "sein",
           "seine", "ihr", "ihre", "mein", "meine", "dein", "deine", "unser", "unsere", "dieser", "diese", "dieses",
           "alle", "jeder", "jede", "zwei", "drei"},
    "it": {"il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "suo", "sua", "suoi", "sue", "mio", "mia",
           "tuo", "tua", "nostro", "nostra", "questo", "questa", "quel", "quello", "quella", "tutti", "tutte", "ogni",
           "due", "tre"},
}
# Adjectives that stand before a noun often enough to skip on the way to a subject.
ADJECTIVES_BEFORE = {
    "en": {"little", "small", "tiny", "big", "great", "huge", "old", "young", "grumpy", "shy", "friendly", "kind",
           "sleepy", "lonely", "clumsy", "baby", "brave", "new", "best", "good", "bad", "funny", "sad", "happy",
           "hungry", "cheeky", "fluffy", "giant", "magic", "magical", "silly", "wise", "curious", "pet", "mummy",
           "daddy", "very", "lost", "naughty", "cute", "brown", "white", "black", "red", "blue", "green", "yellow",
           "pink", "purple", "orange", "grey", "gray", "golden"},
    "es": {"pequeño", "pequeña", "gran", "viejo", "vieja", "buen", "buena", "mejor", "nuevo", "nueva", "querido",
           "querida", "pobre"},
    "fr": {"petit", "petite", "petits", "petites", "grand", "grande", "gros", "grosse", "vieux", "vieille", "vieil",
           "jeune", "bon", "bonne", "meilleur", "meilleure", "nouveau", "nouvelle", "joli", "jolie", "gentil",
           "gentille", "mechant", "mechante", "beau", "belle", "drole"},
    "de": {"kleine", "kleiner", "kleines", "kleinen", "große", "großer", "großes", "alte", "alter", "altes",
           "junge", "junger", "liebe", "lieber", "liebes", "beste", "bester", "neue", "neuer", "neues", "freche",
           "frecher", "freches", "müde", "müder", "brave", "braver", "grimmige", "grimmiger", "mutige", "mutiger",
           "grosse", "grosser", "grosses", "mude", "muder"},
    "it": {"piccolo", "piccola", "grande", "gran", "vecchio", "vecchia", "buon", "buona", "nuovo", "nuova",
           "caro", "cara", "povero", "povera", "migliore", "bel", "bella"},
}
PREPOSITIONS = {
    "en": {"at", "to", "in", "on", "under", "with", "for", "from", "of", "by", "into", "onto", "behind", "near",
           "during", "after", "before", "about", "through", "over", "without", "inside", "outside", "beside", "like"},
    "es": {"a", "al", "en", "con", "de", "del", "para", "por", "sin", "sobre", "bajo", "tras", "hacia", "desde",
           "durante", "entre", "hasta", "junto", "como"},
    "fr": {"a", "au", "aux", "en", "dans", "avec", "de", "du", "d", "pour", "par", "sans", "sur", "sous", "chez",
           "vers", "pendant", "apres", "avant", "derriere", "devant", "pres", "comme", "entre", "depuis"},
    "de": {"an", "am", "auf", "aus", "bei", "beim", "in", "im", "ins", "mit", "nach", "von", "vom", "zu", "zum",
           "zur", "für", "fur", "unter", "über", "uber", "hinter", "neben", "vor", "während", "wahrend", "ohne",
           "durch", "gegen", "um", "wie"},
    "it": {"a", "al", "allo", "alla", "ai", "agli", "alle", "in", "nel", "nello", "nella", "nei", "negli", "nelle",
           "con", "di", "del", "dello", "della", "dei", "degli", "delle", "da", "dal", "dallo", "dalla", "dai",
           "su", "sul", "sullo", "sulla", "sui", "per", "tra", "fra", "sotto", "sopra", "dietro", "durante",
           "dopo", "prima", "come", "verso"},
}
PRONOUNS = {
    "en": {"he", "she", "they", "we", "i", "you", "it", "everyone", "everybody", "nobody", "someone", "somebody"},
    "es": {"el", "ella", "ellos", "ellas", "nosotros", "yo", "tu", "todos", "nadie", "alguien"},
    "fr": {"il", "elle", "ils", "elles", "on", "nous", "je", "tu", "vous", "tout", "personne", "quelqu"},
    "de": {"er", "sie", "es", "wir", "ich", "du", "ihr", "man", "alle", "jemand", "niemand"},
    "it": {"lui", "lei", "loro", "noi", "io", "tu", "voi", "tutti", "nessuno", "qualcuno"},
}
# Words that start a new clause (and so perhaps a new subject).
CONJUNCTIONS = {
    "en": {"and", "but", "so", "then", "when", "while", "because", "until", "till", "if", "as", "or", "after",
           "before", "whilst", "since"},
    "es": {"y", "e", "pero", "cuando", "mientras", "porque", "hasta", "si", "o", "luego", "entonces", "aunque",
           "despues", "pues"},
    "fr": {"et", "mais", "quand", "lorsque", "pendant", "parce", "jusqu", "si", "ou", "puis", "alors", "donc",
           "car", "lorsqu", "tandis", "comme"},
    "de": {"und", "aber", "als", "wenn", "weil", "bis", "oder", "dann", "denn", "doch", "während", "wahrend",
           "nachdem", "bevor", "damit", "sondern"},
    "it": {"e", "ed", "ma", "quando", "mentre", "perche", "finche", "se", "o", "poi", "allora", "dopo", "cosi",
           "pero", "oppure"},
}
# Words that open a clause without being its subject: adverbs of time and manner.
LEAD_INS = {
    "en": {"one", "day", "night", "today", "tonight", "yesterday", "tomorrow", "suddenly", "soon", "later",
           "now", "once", "every", "morning", "evening", "afternoon", "finally", "at", "last", "always", "never",
           "first", "also", "even", "just", "only", "still", "all", "sometimes", "together", "there", "here",
           "upon", "time", "long", "ago", "little", "by"},
    "es": {"un", "dia", "noche", "hoy", "ayer", "manana", "de", "repente", "pronto", "luego", "despues", "ahora",
           "una", "vez", "cada", "siempre", "nunca", "tambien", "por", "fin", "al", "final", "esta", "tarde",
           "ya", "solo", "entonces", "juntos", "alli", "aqui", "todas", "las", "noches", "mañana"},
    "fr": {"un", "jour", "soir", "matin", "nuit", "aujourd", "hui", "hier", "demain", "soudain", "bientot",
           "puis", "ensuite", "maintenant", "une", "fois", "chaque", "toujours", "jamais", "aussi", "enfin",
           "ce", "cet", "cette", "ici", "la", "tout", "a", "coup", "ensemble", "tous", "les", "soirs", "jours",
           "il", "etait", "y"},
    "de": {"eines", "tages", "abends", "morgens", "heute", "gestern", "morgen", "plötzlich", "plotzlich",
           "bald", "dann", "danach", "jetzt", "einmal", "immer", "nie", "auch", "endlich", "zusammen", "dort",
           "hier", "jeden", "abend", "tag", "nachts", "es", "war"},
    "it": {"un", "giorno", "sera", "mattina", "notte", "oggi", "ieri", "domani", "all", "improvviso",
           "presto", "poi", "dopo", "adesso", "ora", "una", "volta", "ogni", "sempre", "mai", "anche",
           "finalmente", "insieme", "li", "qui", "c", "era", "tutte", "le"},
}
# Action words that are also adjectives ("a secret garden", "un jardin secret").
ADJECTIVE_ACTIONS = {
    "en": frozenset({"secret"}),
    "es": frozenset({"secreto", "secreta", "secretos", "secretas"}),
    "fr": frozenset({"secret", "secrete", "secrets", "secretes"}),
    "it": frozenset({"segreto", "segreta", "segreti", "segrete"}),
}
# English words after which "secret" is a noun ("a secret with Mum", "a secret and").
_EN_AFTER_NOUN = {"with", "to", "and", "about", "from", "for", "that", "of", "is", "was", "in", "on", "under",
                  "but", "so", "or", "which", "nobody", "no", "only", "between", "they", "he", "she", "it"}


def _between(text: str, tokens: list[Word], i: int) -> str:
    """The text between token i - 1 and token i."""
    return text[tokens[i - 1].end:tokens[i].start] if i > 0 else ""


def sentence_numbers(text: str, tokens: list[Word]) -> list[int]:
    numbers, number = [], 0
    for i in range(len(tokens)):
        if i and SENTENCE_END.search(_between(text, tokens, i)):
            number += 1
        numbers.append(number)
    return numbers


def clause_numbers(text: str, tokens: list[Word], language: str) -> list[int]:
    """A number per word, the same for words of one clause: clauses end at punctuation and
    before a conjunction ("loses her teddy | and papa finds it")."""
    conjunctions = CONJUNCTIONS.get(language, set())
    numbers, number = [], 0
    for i, token in enumerate(tokens):
        if i and (CLAUSE_END.search(_between(text, tokens, i)) or token.folded in conjunctions):
            number += 1
        numbers.append(number)
    return numbers


def subjects(text: str, tokens: list[Word], spans: list, language: str,
             after_verb: set[int] | None = None) -> list[tuple[int, str]]:
    """`after_verb` collects where a German subject stands after its verb (it is not the
    verb's object). (position, who) for each clause whose subject stands at its start: a companion id, or
    SOMEONE. A clause that starts with its verb ("... and gets a sticker") keeps the
    subject before it."""
    clauses = clause_numbers(text, tokens, language)
    sentences = sentence_numbers(text, tokens)
    starts = {first: (entry, last) for first, entry, last in spans}
    found: list[tuple[int, str]] = []
    determiners = DETERMINERS.get(language, set())
    adjectives = {a for a in ADJECTIVES_BEFORE.get(language, set())}
    prepositions = PREPOSITIONS.get(language, set())
    pronouns = PRONOUNS.get(language, set())
    conjunctions = CONJUNCTIONS.get(language, set())
    leads = LEAD_INS.get(language, set())
    n = len(tokens)
    after_verb = after_verb if after_verb is not None else set()
    for s in range(n):
        if s and clauses[s] == clauses[s - 1]:
            continue
        clause, k = clauses[s], s
        sentence_start = s == 0 or sentences[s] != sentences[s - 1]

        def inside(i: int, clause: int = clause) -> bool:
            return i < n and clauses[i] == clause

        while inside(k) and tokens[k].folded in conjunctions:
            k += 1
        # Lead-ins and a prepositional phrase before the subject ("At the dentist Oscar ...").
        for _ in range(4):
            while inside(k) and tokens[k].folded in leads and k not in starts:
                k += 1
            if inside(k) and tokens[k].folded in prepositions and k not in starts:
                k += 1
                while inside(k) and (tokens[k].folded in determiners or tokens[k].folded in adjectives):
                    k += 1
                if inside(k):
                    k = starts[k][1] + 1 if k in starts else k + 1
                continue
            break
        had_determiner = False
        while inside(k) and (tokens[k].folded in determiners or tokens[k].folded in adjectives
                             or (k in starts and starts[k][0].kind == "obstacle" and had_determiner)):
            had_determiner = had_determiner or tokens[k].folded in determiners
            k += 1
        if not inside(k):
            continue
        who = None
        for ahead in range(k, min(n, k + 3)):
            if not inside(ahead):
                break
            if ahead in starts:
                entry = starts[ahead][0]
                if entry.kind == "companion" and (ahead == k or had_determiner):
                    who = entry.concept
                if entry.kind != "obstacle" or not had_determiner:
                    break
                continue
            word = tokens[ahead].folded
            if ahead > k and (word in prepositions or word in pronouns or word in conjunctions):
                break
            if not had_determiner:
                break
        if (who is None and language == "de" and not had_determiner and tokens[k].text.islower()
                and (k not in starts or starts[k][0].kind == "action")):
            # German puts the verb second: "Im Wald findet der Igel einen Apfel".
            j = k + 1
            if inside(j) and tokens[j].folded in {"der", "die", "das", "ein", "eine"}:
                while inside(j) and j not in starts and tokens[j].folded in determiners | adjectives:
                    j += 1
                if inside(j) and j in starts and starts[j][0].kind == "companion":
                    found.append((k, starts[j][0].concept))
                    after_verb.add(j)
                    continue
        if who is None:
            word = tokens[k]
            named = starts[k][0].kind if k in starts else None
            if named == "action":
                continue  # the clause starts with its verb: the subject is the one before
            if word.folded in pronouns and not had_determiner:
                who = PRONOUN
            elif had_determiner or named in ("companion", "object", "place"):
                who = SOMEONE
            elif word.text[:1].isupper() and not (sentence_start and k == s and word.folded in leads):
                who = SOMEONE  # a name ("Sam", "Léo")
                # A name with its companion beside it is that companion ("Hector le
                # hérisson", "Buster the dog").
                j = k + 1
                while inside(j) and j not in starts and tokens[j].folded in determiners | adjectives:
                    j += 1
                if j > k + 1 and inside(j) and j in starts and starts[j][0].kind == "companion":
                    who = starts[j][0].concept
        if who is None:
            continue
        if who == PRONOUN and found and found[-1][1] not in (SOMEONE, PRONOUN):
            who = found[-1][1]  # "the little owl counts the stars until she falls asleep"
        previous = found[-1] if found else None
        if (previous and tokens[s].folded in AND.get(language, ()) and sentences[previous[0]] == sentences[s]
                and _only_subject(previous[0], s, clauses, starts)):
            # "Giulia e il suo gatto fanno una gara": one subject of two, the hero's too.
            who = previous[1] if SOMEONE not in (previous[1], who) and PRONOUN not in (previous[1], who) else SOMEONE
            found[-1] = (previous[0], who)
        found.append((k, who))
    return found


AND = {"en": {"and"}, "es": {"y", "e"}, "fr": {"et"}, "de": {"und"}, "it": {"e", "ed"}}


def _only_subject(position: int, next_clause: int, clauses: list[int], starts: dict) -> bool:
    """Whether the clause of the subject at `position` holds nothing after it (one or two
    words: a name, "mon chat Félix"), so the next clause's subject joins it."""
    end = starts[position][1] if position in starts else position
    return next_clause - end <= 2 and clauses[next_clause - 1] == clauses[position]


def doer(position: int, found: list[tuple[int, str]], sentence_of: list[int]) -> str | None:
    """Who does the action at `position`: the last subject before it in its sentence."""
    who = None
    for place, subject in found:
        if place <= position and sentence_of[place] == sentence_of[position]:
            who = subject
    return who


def is_adjective_use(text: str, tokens: list[Word], i: int, language: str) -> bool:
    """Whether the word at i is an adjective here: in English before a noun ("a secret
    garden"), elsewhere after a noun, not after an article ("un jardin secret", not "un
    secret")."""
    if language == "en":
        if i + 1 >= len(tokens) or CLAUSE_END.search(_between(text, tokens, i + 1)):
            return False
        return tokens[i + 1].folded not in _EN_AFTER_NOUN
    determiners = DETERMINERS.get(language, set()) | {"gran", "grand", "petit", "gros", "grande", "piccolo",
                                                       "nuestro", "notre", "nostro", "vostro", "votre"}
    k = i - 1
    return not (k >= 0 and tokens[k].folded in determiners)
