"""Context rules: who is spoken of, negation, idioms, laughter and reported speech.

A word list alone cannot tell "t'es nul" (abuse) from "je suis nul" (distress), "je veux
mourir" from "je ne veux pas mourir", "mort de rire" from a death wish, or "il m'a traité de
connard" (the author is being bullied) from "connard" (the author insults). These functions
read the few words around each lexicon hit to decide.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from cocon.guard.lexicon import Hit

__all__ = ["IDIOM_DYING", "clauses", "resolve", "subject_of"]

# Pronouns and verb forms that tell who a short sentence is about.
_FIRST = frozenset(
    "je j jsuis jsui chui chuis suis sui me m moi mwa i im myself ive mes mon ma".split()
)
_SECOND = frozenset(
    # "sale" and "espece (de)" only ever precede an insult thrown at someone
    "tu t es te toi twa tes vous v etes vs you u ur youre yourself ya yu sale espece dirty".split()
)
# English contractions split as "isn", "t": that "t" is a negation, not French "t'es" (you).
_NT_STEMS = frozenset(
    "isn aren wasn weren don doesn didn won can couldn wouldn shouldn haven hasn hadn ain mustn".split()
)
# Third persons who are people: an insult about them is still abuse, if a milder one.
_PERSON3 = frozenset("il elle ils elles he she they".split())
# The verb an order to go and harm oneself opens with ("va te pendre", "allez vous tuer").
_GO = frozenset("va vas allez".split())
_THIRD = frozenset(
    # "il fait moche", "il y a": impersonal "il" comes with these
    "fait faisait y "
    "il elle ils elles on c cest ca sa son ses lui leur he she they it its "
    "this that he s his her them".split()
)
# A copula or an auxiliary of the third person: the word just before it is the subject ("mon
# téléphone va mourir", "bankers are disgusting", "mon ordi est une merde"), so a first person
# further back ("mon", "i think") is not who the words are about.
_COPULA3 = frozenset(
    # with a will: "mon frère veut me tuer" is about the brother, not the author's wish
    "est sont etait etaient va vont veut veulent voulait voulaient essaie essaye essayait "
    "is are was were will wants tried".split()
)
# Function words that can stand before a copula without being its subject ("moi qui est nul").
_NOT_A_SUBJECT = frozenset("qui que qu who that which what et and ou or".split())
# Nouns that stand for the author themself: "ma vie est nulle", "my body is disgusting".
_SELF_NOUNS = frozenset(
    "vie life existence corps body coeur tete ame esprit cerveau heart soul mind head brain".split()
)
_NEGATORS = frozenset(
    "ne n pas jamais aucun aucune personne not never dont don doesnt doesn didnt didn "
    "wont won cant cannot isnt aren arent wasnt no nothing".split()
)
# "je suis une merde", "i'm such an idiot": an insult aimed at oneself is distress, not abuse.
_SELF_COPULA = frozenset("suis jsuis jsui chui chuis sui".split())
# Words after the hit that negate it in spoken French ("je vais me tuer pas", rare) or English.
_NEGATORS_AFTER = frozenset("pas jamais".split())
# Who opens a clause of its own: a negation said before it does not reach the words after it
# ("tu bouges pas, t'es mort", "je sais pas je veux mourir"). These pronouns are only ever
# subjects; "t", "you", "elle" and the like are subjects only before a verb.
_SUBJECTS = frozenset(
    "je j jvais jv jsuis jsui chui chuis jveux jpeux jte tu on il ils i im ill imma ima we "
    "he she they youre youll".split()
)
_SUBJECTS_WITH_VERB = frozenset("t you u elle elles nous vous".split())
_FINITE_AFTER = frozenset(
    "es as auras seras etais avais vas va vais vont allez etes avez serez sont "
    "re ll will are were gonna better".split()
)
# Words that join two clauses: a negation before them governs the first one only.
_CLAUSE_JOINS = frozenset("sinon ou or otherwise parce because car puisque".split())
# After these, a subject opens a clause that a negation of the main verb still governs ("je
# crois pas qu'on va …", "i don't think you'll …").
_SUBORDINATORS = frozenset(
    "que qu that think thought believe guess suppose pense crois sur sure dis dit say said".split()
)
# Negations that still negate the clause they open ("jamais je te toucherai", "never will i").
_FRONTED_NEGATORS = frozenset("jamais never".split())
# "pas de pitié", "pas d'excuse": "pas" after a hit that opens a phrase of its own.
_NOT_A_NEGATION_AFTER = frozenset("de d".split())
# "why not" and "pourquoi pas" suggest: the "not" is no negation of what follows.
_SUGGESTIONS = frozenset({("why", "not"), ("pourquoi", "pas")})
_BOUNDARY = re.compile(r"[.!?;,\n]")
# Words of dying said with the speaker as the subject ("je meurs", "i die").
_OWN_SUBJECT = frozenset("je j jvais jv jte on i im ill imma ima we".split())
_CLAUSE_WORDS = frozenset({"mais", "but"})
# Below this many words a message is read as one thought (see the timeframe rule in resolve).
_SHORT = 20
_SENTENCE = re.compile(r"[.!?;\n]")
_START = itemgetter(0)

# Categories a negation cancels. Insults and personal details stay what they are.
_NEGATABLE = frozenset(
    {"self_harm", "distress", "threat", "incitement", "abuse_disclosure", "bullied", "sexual"}
)
# What a support frame ("si t'es …", "if you ever feel …") does not cancel when it starts inside
# it: "descends si t'es un homme" dares the reader to a fight.
_AIMED = frozenset({"threat", "incitement"})
# A violent threat said laughing next to a word of love is teasing ("jvais te frapper mdr jtm"),
# as a mild put-down is; exposure, stalking and harassment are not.
_TEASED_THREAT = "threat.violence"
# Categories an idiom cancels when it overlaps them ("mort de rire", "tuer le temps").
_IDIOMATIC = frozenset(
    {"self_harm", "distress", "threat", "incitement", "abuse", "abuse_disclosure", "hate"}
)
# What an on-platform frame (``idiom.platform``: "add me to the group chat", "my snap streak", "ne
# donne jamais ton adresse à un inconnu") cancels: no invitation off the platform, no grooming.
_OFF_PLATFORM = frozenset({"personal_info", "sexual"})
# A topic frame (``idiom.topic``: "journée contre le harcèlement", "un exposé sur le
# cyberharcèlement", "a talk on cyberbullying") names harassment as a subject of school or news,
# not as something the author suffers: it cancels the "bullied" word it overlaps, and only that.
_TOPIC = "idiom.topic"
# Every category some idiom cancels (a cheap test before looking at the idioms one by one).
_CANCELLABLE = _IDIOMATIC | _OFF_PLATFORM | {"bullied"}
# Words that turn love said into love denied ("je t'aime pas", "love you not").
_NOT_AFTER = frozenset({"pas", "plus", "jamais", "not", "never"})
# What a report frame ("il m'a traité de", "they called me") turns into "bullied".
_REPORTABLE = frozenset({"abuse", "hate", "threat", "sexual", "incitement"})
# What counter-speech ("dire que … c'est raciste", "stop calling people …") cancels: the words
# are quoted to be condemned.  Threats are never cancelled this way.
_COUNTERABLE = frozenset({"abuse", "hate"})
# A game ("in fortnite", "au match") or a quoted story ("in the movie", "dans le film", "the
# song goes") in the same clause makes a threat a boast or a quotation, not the author's own.
_FRAMED = frozenset({"idiom.game", "idiom.fiction"})
# Self-harm and distress read as an idiom or a game leave this marker among the hits, so that
# the learned layer's self-harm probability alone does not raise a care flag on the same words.
IDIOM_DYING = "idiom.dying"
_DYING = frozenset({"self_harm", "distress"})
# Dying said alone, which a game in the same clause makes a death of the player's character
# ("i always die at the final boss", "je meurs tout le temps sur ce boss"). A wish ("i want to
# die", "envie de mourir") is a longer hit and stays what it is.
_DEATH_WORDS = frozenset(
    "die dies died dying meurs meurt mourir mort morte morts mortes crève crevé".split()
)
# After a condemnation, these words turn it around ("c'est raciste mais vrai").
_CONTRAST = frozenset({"mais", "but", "pourtant", "though", "although", "vrai", "true", "quand"})
# Slurs a speaker may say of themself ("as a dyke", "on est pédés et fiers") or mention ("the
# word …"): see _mentioned.  Group templates are never reclaimed.
_RECLAIMABLE = frozenset({"hate.slur", "hate.sexuality", "hate.disability"})
# What condemns quoted words: the words themselves, or (after a quotation frame only) whoever
# said them ("people who say … are idiots", "ceux qui disent que … ont tort").
_CONDEMNING = frozenset({"counter.condemn", "counter.judge"})
# A judgement that a template ran into condemns the speaker only if the quoted claim had its
# own copula first ("people who say X are inferior are idiots", not "… que les X sont bêtes").
_COPULAS = frozenset("are is r were was sont est etaient seraient".split())
# Quotation marks that set words apart as someone else's ("« les X sont des Y » c'est raciste").
_QUOTES = (("«", "»"), ("\u201c", "\u201d"), ('"', '"'))
# How far after the closing mark a condemnation may start (characters).
_QUOTE_REACH = 80


def _closing_quote(text: str, start: int, end: int) -> int:
    """Return where the quotation mark that closes around ``text[start:end]`` is, or -1."""
    for opening, closing in _QUOTES:
        o = text.rfind(opening, 0, start)
        if o < 0:
            continue
        if opening == closing:
            if text.count(opening, 0, start) % 2 == 0:
                continue  # the last mark before the words closed a quotation
        elif text.find(closing, o + 1, start) >= 0:
            continue
        c = text.find(closing, end)
        if c >= 0 and _SENTENCE.search(text, o + 1, start) is None:
            return c
    return -1


def _quoted(
    text: str, spans: list[tuple[int, int]], tokens: list[str], hit: Hit, counters: list[Hit]
) -> bool:
    """Return whether ``hit`` lies between quotation marks that a condemnation then follows.

    "« les juifs contrôlent tout », ce genre de phrase c'est de l'antisémitisme": the marks
    set the words apart as a quotation, like a frame ("quand tu dis que …") would, and the
    condemnation must come after the closing mark, in the same sentence, with no contrast
    after it ("… c'est raciste mais vrai" stays hate).
    """
    close = _closing_quote(text, spans[hit.first][0], spans[hit.last - 1][1])
    if close < 0:
        return False
    for c in counters:
        if c.code not in _CONDEMNING or c.first < 0:
            continue
        at = spans[c.first][0]
        if close < at <= close + _QUOTE_REACH and _SENTENCE.search(text, close + 1, at) is None:
            if not any(tok in _CONTRAST for tok in tokens[c.last : c.last + 4]):
                return True
    return False


# A denial the authors make of what they are: a first person and "to be" ("on est pas",
# "je suis pas", "i'm not"), unlike a denial of a claim ("je pense pas que").
_WE = frozenset("je j on nous i we chuis jsuis".split())
_BE = frozenset("suis est sommes chuis jsuis m am re are".split())


# A subject and its copula may stand between a denial and the words it takes back
# ("personne pense que t'es moche", "i don't think you're ugly").
_SUBJECT_COPULA = frozenset(
    "t es tu vous etes il elle est ils elles sont you re are u r ur".split()
)


def _denied_next(tokens: list[str], end: int, start: int) -> bool:
    """Whether the words at ``start`` follow a denial ending at ``end`` closely enough to be
    what it denies: at most one word between, or a subject and its copula."""
    gap = tokens[end:start]
    return len(gap) <= 1 or (len(gap) <= 3 and _SUBJECT_COPULA.issuperset(gap))


def _countered(
    tokens: list[str], hit: Hit, counters: list[Hit], clause: list[int], sentence: list[int]
) -> bool:
    """Return whether ``hit`` is quoted in order to be condemned.

    Two shapes count, both within one clause: a request to stop just before the words
    ("arrête de traiter les gens de …", "stop calling people …"), or a condemnation right after
    them ("dire que … c'est raciste", "saying … is racist") with no contrast after it
    ("c'est raciste mais vrai" stays hate).  A comma ends the clause, which keeps
    "les X sont des Y, c'est raciste" blocked: precision on counter-speech is traded for recall.

    Two more shapes need a frame right before the words.  A denial ("je ne pense pas que …",
    "i don't think …", at most one word between) takes the claim back.  A quotation frame
    ("quand tu dis que …", "saying that …", "il a écrit que …") with a condemnation later in
    the same sentence, even after a comma, or just before the frame ("c'est raciste de dire
    que …"), reports the words to condemn them; a contrast after the condemnation still undoes
    it ("quand tu dis que …, c'est raciste mais vrai").
    """
    for c in counters:
        code = c.code
        if code == "counter.quote":
            if (
                c.last <= hit.first
                and hit.first - c.last <= 1
                and _condemned(tokens, c, hit, counters, sentence)
            ):
                return True
            continue
        if clause[c.first] != clause[hit.first]:
            continue
        if (
            code == "counter.deny"
            and c.last <= hit.first
            and _denied_next(tokens, c.last, hit.first)
        ):
            # "on est pas gouines" denies a slur; "on est pas, grosse pétasse" still insults:
            # the authors denying what they are take back group words only
            said = tokens[c.first : c.last]
            if hit.category == "hate" or _WE.isdisjoint(said) or _BE.isdisjoint(said):
                return True
        if code == "counter.stop" and c.last <= hit.first and hit.first - c.last <= 6:
            return True
        if c.code == "counter.condemn" and c.first >= hit.last:
            # "mais" opens a new clause, so the words just after the condemnation are read
            # whatever their clause.
            if not any(tok in _CONTRAST for tok in tokens[c.last : c.last + 4]):
                return True
    return False


def _mentioned(hit: Hit, counters: list[Hit]) -> bool:
    """Return whether a slur is mentioned ("the word …", "le mot …") or said of oneself.

    The frame must come right before the slur ("as a dyke", "on est pédés et fiers", "i'm a
    …"), and only a short lexicon entry counts, never a group template.  The word is still
    crude, so the caller keeps it as vulgar language rather than dropping it: not hate, not a
    block, at most a nudge.
    """
    if hit.code not in _RECLAIMABLE or hit.last - hit.first > 2:
        return False
    return any(
        c.last == hit.first and c.code in ("counter.mention", "counter.reclaim") for c in counters
    )


def _condemned(
    tokens: list[str], frame: Hit, hit: Hit, counters: list[Hit], sentence: list[int]
) -> bool:
    """Return whether the words quoted by ``frame`` are condemned in the same sentence."""
    here = sentence[hit.first]
    for c in counters:
        if c.code not in _CONDEMNING or sentence[c.first] != here:
            continue
        if c.first >= hit.last or (
            # "people who say X are inferior are idiots": a template may run into the judgement
            c.code == "counter.judge"
            and c.first > hit.first
            and c.last >= hit.last
            and not _COPULAS.isdisjoint(tokens[hit.first : c.first])
        ):
            # "quand tu dis que …, c'est raciste" (but not "…, c'est raciste mais vrai")
            after = tokens[c.last : c.last + 4]
        elif c.last <= frame.first and frame.first - c.last <= 1:
            # "c'est raciste de dire que …" (but not "… mais c'est vrai")
            after = tokens[hit.last : hit.last + 4]
        else:
            continue
        if not any(tok in _CONTRAST for tok in after):
            return True
    return False


def clauses(
    text: str,
    spans: list[tuple[int, int]],
    pattern: re.Pattern[str],
    tokens: list[str] | None = None,
) -> list[int]:
    """Return a clause (or sentence) number per token: the number grows at each boundary.

    A boundary is a match of ``pattern`` between two tokens, or (when ``tokens`` is given) the
    word "mais" or "but".

    Examples
    --------
    >>> clauses("je vais bien. et toi", [(0, 2), (3, 7), (8, 12), (14, 16), (17, 20)], _SENTENCE)
    [0, 0, 0, 1, 1]
    """
    bounds = [m.start() for m in pattern.finditer(text)]
    if tokens is not None and not _CLAUSE_WORDS.isdisjoint(tokens):
        for k, tok in enumerate(tokens):
            if tok in _CLAUSE_WORDS:
                bounds.append(spans[k][0])
        bounds.sort()
    if not bounds:
        return [0] * len(spans)
    # Token k is in clause b, the number of bounds at or before its start: fill the list one
    # clause at a time (spans are in text order), with a bisection per bound.
    ids: list[int] = []
    for b, bound in enumerate(bounds):
        first = bisect_left(spans, bound, lo=len(ids), key=_START)
        ids.extend([b] * (first - len(ids)))
    ids.extend([len(bounds)] * (len(spans) - len(ids)))
    return ids


# Leaving said with a destination is a move or a trip ("partir pour toujours au Canada"), unless
# the destination is the beyond ("partir en paix", "m'en aller vers la lumière").
_LEAVING = frozenset("partir pars part parte quitter quitte aller disparaitre".split())
_DESTINATION = frozenset("au aux en a chez vers".split())
_BEYOND = frozenset("ciel paradis paix jamais mort enfer lumiere dela silence".split())
# "j'en ai marre de tout ce bruit": the "tout" opens a noun phrase, it is not "everything"
_DETERMINERS = frozenset("ce cet cette ces le la les l mon ma mes ton ta tes son sa ses".split())


def _read_on(tokens: list[str], hit: Hit) -> bool:
    """Whether the words after a distress or self-harm hit turn it into something ordinary:
    a leaving with a destination, or a "tout" that opens a noun phrase.

    Examples
    --------
    >>> def at(first: int, last: int) -> Hit:
    ...     return Hit(first, last, "self_harm", "self_harm.ideation", 2, frozenset())
    >>> _read_on("je vais partir pour toujours au canada".split(), at(0, 5))
    True
    >>> _read_on("je vais partir en paix".split(), at(0, 3))
    False
    >>> _read_on("marre de tout ce bruit".split(), at(0, 3))
    True
    >>> _read_on("marre de tout ce qui arrive".split(), at(0, 3))
    False
    """
    after = tokens[hit.last : hit.last + 3]
    if not after:
        return False
    if after[0] in _DESTINATION and not _LEAVING.isdisjoint(tokens[hit.first : hit.last]):
        return _BEYOND.isdisjoint(after[1:])
    return (
        tokens[hit.last - 1] == "tout"
        and after[0] in _DETERMINERS
        and (len(after) < 2 or after[1] not in ("qui", "que", "qu", "monde"))
    )


def subject_of(tokens: list[str], first: int, clause: list[int], window: int = 4) -> str | None:
    """Return who the words at ``first`` are about.

    ``"self"`` (the author), ``"you"`` (the reader), ``"them"`` (a third person: il, elle, they),
    ``"other"`` (a thing: "c'est", "ça") or None.

    Examples
    --------
    >>> subject_of(["je", "suis", "nul"], 2, [0, 0, 0])
    'self'
    >>> subject_of(["t", "es", "nul"], 2, [0, 0, 0])
    'you'
    >>> subject_of(["c", "est", "nul"], 2, [0, 0, 0])
    'other'
    """
    here = clause[first] if first < len(clause) else None
    noun: str | None = None  # the subject of a third-person copula met on the way back
    for j in range(first - 1, max(-1, first - 1 - window), -1):
        if here is not None and clause[j] != here:
            break
        tok = tokens[j]
        if tok in _SECOND or tok[0] == "@":  # a mention addresses someone
            if tok == "t" and j > 0 and tokens[j - 1] in _NT_STEMS:
                continue  # "isn't a joke": a negation, not "t'es"
            return "you"
        if tok in _FIRST:
            # "mon téléphone va mourir", "i think bankers are disgusting": the noun before the
            # copula is the subject, unless it stands for the author ("ma vie est nulle")
            return "other" if noun is not None and noun not in _SELF_NOUNS else "self"
        if noun is None and tok in _COPULA3 and j > 0 and _is_noun_subject(tokens[j - 1]):
            noun = tokens[j - 1]
        if tok in _PERSON3:
            return "them"
        if tok in _THIRD:
            return "other"
    return None


def _is_noun_subject(tok: str) -> bool:
    """Return whether ``tok``, just before a third-person copula, can be a noun subject."""
    return (
        tok.isalpha()
        and tok not in _NOT_A_SUBJECT
        and tok not in _FIRST
        and tok not in _SECOND
        and tok not in _PERSON3
        and tok not in _THIRD
        and tok not in _NEGATORS
    )


# Words that may follow a clause-final entry without making it attributive ("t'es grosse mdr").
_AFTER_FINAL = frozenset(
    "toi vous la hein quoi mdr mdrr ptdr lol xd wesh frere frerot serieux serieusement va "
    "comme tout trop de ouf grave sah wallah jure you lmao".split()
)


def _clause_final(tokens: list[str], hit: Hit, clause: list[int]) -> bool:
    after = hit.last
    return (
        after >= len(tokens) or clause[after] != clause[hit.first] or tokens[after] in _AFTER_FINAL
    )


# English self-talk: "i'm", "im", "i am", then only articles, intensifiers, a few adjectives or
# a negation before the insult ("i'm such a total idiot", "im a lazy loser"; "i'm not an idiot"
# is then dropped as negated). Slang that merely holds an insult after "i'm" ("i'm out this
# bitch", "i'm cold as a bitch") is not self-talk.
_SELF_COPULA_EN = frozenset("m im am".split())
_SELF_TALK_FILLERS = frozenset(
    "a an the such so total complete absolute actual literally really just actually honestly "
    "genuinely officially like being kind sort of biggest big huge little stupid dumb ugly fat "
    "lazy useless worthless pathetic fucking fuckin freaking damn not never no".split()
)


def _self_insult(tokens: list[str], hit: Hit, clause: list[int]) -> bool:
    """Return whether the insult ``hit`` follows the author's own copula.

    "je suis trop con", "im so stupid", "i am such a moron" and "i'm such an idiot" (which
    reaches the tokeniser as "i", "m") are said of oneself.
    """
    first = hit.first
    here = clause[first]
    for j in range(first - 1, max(-1, first - 5), -1):
        if clause[j] != here:
            return False
        tok = tokens[j]
        if tok in _SELF_COPULA_EN and (tok == "im" or (j > 0 and tokens[j - 1] == "i")):
            return hit.code == "abuse.insult" and _SELF_TALK_FILLERS.issuperset(
                tokens[j + 1 : first]
            )
        if tok in _SELF_COPULA:
            return True
        if tok in _SECOND or tok in _THIRD:
            return False
    return False


# Articles and determiners: an adjective right after one qualifies a noun ("j'ai une grosse
# journée demain", "i had a bad day"), not the author, unless it ends the clause ("je suis une
# nulle").
_DETERMINERS = frozenset(
    "un une des le la les l du ma mon mes ta ton tes sa son ses ce cet cette a an the my this".split()
)
# Adjectives of skill: "je suis nul en maths", "i'm trash at valorant" judge a skill, not the
# author's worth, unless the skill is everything ("nul en tout", "useless at everything").
_SKILL = frozenset(
    "nul nulle nuls nulles naze nase mauvais mauvaise trash bad terrible useless garbage loser "
    "noob boulet".split()
)
_SKILL_PREPOSITIONS = frozenset("a au aux en at in with avec".split())
_EVERYTHING = frozenset("tout tous toute toutes rien vie everything anything life".split())


def _not_about_self(tokens: list[str], hit: Hit, clause: list[int]) -> bool:
    """Return whether a self-deprecating adjective said by the author is not about their worth.

    "j'ai une grosse journée" (the adjective qualifies a noun after an article) and "je suis
    nulle en maths", "i'm trash at valorant" (a skill, not the whole self) are not distress;
    "je suis une nulle", "je suis nul en tout", "i'm useless at everything" still are.
    """
    after = hit.last
    if (
        after < len(tokens)
        and clause[after] == clause[hit.first]
        and hit.first > 0
        and tokens[hit.first - 1] in _DETERMINERS
        and tokens[after] not in _AFTER_FINAL
        and tokens[after] not in _SKILL_PREPOSITIONS
    ):
        return True
    return _of_a_skill(tokens, hit, clause)


def _of_a_skill(tokens: list[str], hit: Hit, clause: list[int]) -> bool:
    """Return whether words ending in an adjective of skill name a skill ("nul en maths")."""
    after = hit.last
    return (
        after + 1 < len(tokens)
        and clause[after] == clause[hit.first]
        and tokens[after - 1] in _SKILL
        and tokens[after] in _SKILL_PREPOSITIONS
        and _EVERYTHING.isdisjoint(tokens[after + 1 : after + 3])
    )


def _opens_a_clause(tokens: list[str], j: int) -> bool:
    """Whether the word at ``j`` opens a finite clause of its own: a subject pronoun ("je",
    "on", "tu", "i", "they"; "t'es", "you're", "you'll" with their verb) or a word that joins
    two clauses ("sinon", "or", "parce que"), and not a subordinate one after "que", "that" or
    a verb of thinking, which a negation of the main verb reaches ("je pense pas qu'il …").

    >>> _opens_a_clause(["tu", "bouges", "pas", "t", "es", "mort"], 3)
    True
    >>> _opens_a_clause(["je", "vais", "pas", "t", "aider"], 3)
    False
    """
    tok = tokens[j]
    if tok in _CLAUSE_JOINS:
        return True
    if tok in _SUBJECTS:
        pass
    elif tok in _SUBJECTS_WITH_VERB:
        if j + 1 >= len(tokens) or tokens[j + 1] not in _FINITE_AFTER:
            return False
    else:
        return False
    return j == 0 or tokens[j - 1] not in _SUBORDINATORS


def _negated(tokens: list[str], hit: Hit, clause: list[int]) -> bool:
    """Whether a negation governs ``hit``: one of the three words before it in its clause, or
    "pas" / "jamais" right after it.

    A negation governs only its own clause: a hit that opens with its own subject ("tu bouges
    pas t'es mort", "je sais pas je veux mourir", "don't move you're dead"), or a subject met
    on the way back ("bouge pas on va te …"), is out of reach of a negation said before it.
    Only a "jamais" / "never" put first still negates the clause it opens ("jamais je te
    toucherai"). "pas de" after the hit is no negation of it ("t'es mort, pas de pitié").
    """
    here = clause[hit.first]
    opens = _opens_a_clause(tokens, hit.first)
    for j in range(hit.first - 1, max(-1, hit.first - 4), -1):
        if clause[j] != here:
            break
        tok = tokens[j]
        if j > 0 and (tokens[j - 1], tok) in _SUGGESTIONS:
            continue  # "why not take …", "pourquoi pas …" urge, they do not negate
        if tok in _NEGATORS or (tok == "t" and j > 0 and tokens[j - 1] in _NT_STEMS):
            # "can't", "wouldn't" reach the tokeniser as "can", "t"
            return not opens or (j == hit.first - 1 and tok in _FRONTED_NEGATORS)
        if _opens_a_clause(tokens, j):
            break  # a new subject: the words further back belong to another clause
    after = hit.last
    return (
        after < len(tokens)
        and clause[after] == here
        and tokens[after] in _NEGATORS_AFTER
        and (after + 1 >= len(tokens) or tokens[after + 1] not in _NOT_A_NEGATION_AFTER)
    )


def _a_game(tokens: list[str], frame: Hit) -> bool:
    """Whether a game frame is a game, not the game of life ("dans ce jeu de la vie")."""
    after = tokens[frame.last : frame.last + 3]
    return after[:2] != ["of", "life"] and after != ["de", "la", "vie"]


def _dies_in_a_game(tokens: list[str], hit: Hit) -> bool:
    """Whether ``hit`` is a self-harm or distress hit on a word of dying, alone or after "je"
    ("die", "je meurs")."""
    if hit.category not in _DYING or not 1 <= hit.last - hit.first <= 2:
        return False
    words = tokens[hit.first : hit.last]
    return words[-1] in _DEATH_WORDS and (len(words) == 1 or words[0] in _OWN_SUBJECT)


def _cancels(idiom: Hit, hit: Hit) -> bool:
    """Whether ``idiom`` cancels a hit of ``category`` it overlaps: any idiom but affection
    cancels the idiomatic categories, only an on-platform frame cancels an invitation off the
    platform, only a topic frame ("contre le harcèlement") a word of being bullied. Affection acts on the whole message, with laughter (see :func:`resolve`).

    Support given to someone else ("si tu as des idées noires …") speaks of their risk: it
    says nothing for hate in the same words ("si t'es arabe t'as forcément un casier").
    """
    category = hit.category
    if category == "hate" and idiom.code == "idiom.support":
        return False
    if idiom.code == "idiom.support" and category in _AIMED and hit.first < idiom.first:
        return False  # "descends si t'es un homme": the frame is a condition inside a threat
    if idiom.code == "idiom.affection":  # "no one will ever love you" holds "love you"
        return False
    if category == "bullied":
        return idiom.code == _TOPIC
    return category in _IDIOMATIC or (category in _OFF_PLATFORM and idiom.code == "idiom.platform")


def resolve(
    tokens: list[str],
    text: str,
    spans: list[tuple[int, int]],
    hits: list[Hit],
    *,
    reply_at_risk: bool = False,
) -> list[Hit]:
    """Apply the context rules to ``hits`` and return the ones that count.

    Marker hits (idioms, laughter, report frames, negations) steer the rules and are dropped;
    timeframe and care markers are kept for the risk assessment.
    """
    clause = clauses(text, spans, _BOUNDARY, tokens)
    sentence: list[int] | None = None
    idioms = [h for h in hits if h.category == "idiom"]
    laughing = any(h.category == "laugh" for h in hits)
    reports = [h for h in hits if h.category == "report"]
    counters = [h for h in hits if h.category == "counter"]
    kept: list[Hit] = []
    said_of_self: list[tuple[int, int]] = []  # token ranges of insults said of oneself
    games = [h for h in hits if h.code in _FRAMED]
    # "mdr t'es trop con, je t'adore": a mild put-down said laughing next to love is teasing
    teasing = laughing and any(
        h.code == "idiom.affection" and (h.last >= len(tokens) or tokens[h.last] not in _NOT_AFTER)
        for h in idioms
    )
    for hit in hits:
        cat = hit.category
        if cat in ("idiom", "laugh", "report", "negation", "counter"):
            continue
        if hit.first < 0:  # a regular-expression hit with no token position
            # a number given as a helpline's ("Tel-jeunes répond par texto au …") is no one's
            if cat in _OFF_PLATFORM and any(
                i.code == "idiom.platform" and i.view == hit.view and i.start < hit.end < i.end + 1
                for i in idioms
            ):
                continue
            kept.append(hit)
            continue
        if counters and cat in _COUNTERABLE:
            if sentence is None:
                sentence = clauses(text, spans, _SENTENCE)
            if _countered(tokens, hit, counters, clause, sentence) or _quoted(
                text, spans, tokens, hit, counters
            ):
                continue
            if cat == "hate" and _mentioned(hit, counters):
                kept.append(hit._replace(category="abuse", code="abuse.vulgar", severity=2))
                continue
        if "reply" in hit.flags and not reply_at_risk:
            continue
        if "laugh" in hit.flags and laughing:
            continue
        if teasing and ((cat == "abuse" and hit.severity <= 2) or hit.code == _TEASED_THREAT):
            continue
        if cat in _CANCELLABLE and any(
            i.first < hit.last and hit.first < i.last and _cancels(i, hit) for i in idioms
        ):
            if cat in _DYING:  # "mort de rire", "every time i die": tell the learned layer
                kept.append(hit._replace(category="idiom", code=IDIOM_DYING))
            continue
        if games and (cat in ("threat", "incitement") or _dies_in_a_game(tokens, hit)):
            if any(clause[g.first] == clause[hit.first] and _a_game(tokens, g) for g in games):
                if cat in _DYING:
                    kept.append(hit._replace(category="idiom", code=IDIOM_DYING))
                continue
        if cat in ("self_harm", "distress") and _read_on(tokens, hit):
            continue
        # Reported speech first: "il m'a traité de grosse vache" is about the author being
        # bullied, whoever the insult's grammatical subject seems to be.
        if reports and (
            cat in _REPORTABLE or hit.code == "distress.worthless" or cat == "self_harm"
        ):
            if sentence is None:
                sentence = clauses(text, spans, _SENTENCE)
            # words put in the author's mouth ("told me to kill myself") follow the frame closely
            reach = 2 if cat == "self_harm" else 6
            if any(
                r.last <= hit.first
                and hit.first - r.last <= reach
                and sentence[r.first] == sentence[hit.first]
                for r in reports
            ):
                kept.append(hit._replace(category="bullied", code="bullied.reported", severity=2))
                continue
        if "final" in hit.flags and not _clause_final(tokens, hit, clause):
            continue
        if (
            cat == "bullied"
            and _FIRST.isdisjoint(tokens[hit.first : hit.last + 1])
            and subject_of(tokens, hit.first, clause) == "you"
        ):
            continue  # "si on te harcèle, parles-en", "if you're being bullied": said to the reader
        if (
            "imp" in hit.flags or (cat == "incitement" and tokens[hit.first] in _GO)
        ) and subject_of(tokens, hit.first, clause) in ("self", "other", "them"):
            # an order has no subject: "va te tuer" is one, "ma mère va te tuer" (a warning)
            # and "on va te jeter dans la piscine" (a plan) are not, whatever follows "va"
            continue
        if "you" in hit.flags or "self" in hit.flags:
            who = subject_of(tokens, hit.first, clause)
            if "you" in hit.flags and who == "them" and cat == "abuse":
                # "elle est grosse", "il est moche": aimed at someone absent, still abuse
                if not _negated(tokens, hit, clause):
                    kept.append(hit._replace(severity=1))
                continue
            if "you" in hit.flags and who != "you":
                if not ("self" in hit.flags and who == "self"):
                    continue
            if "self" in hit.flags and "you" not in hit.flags and who != "self":
                continue
            # "t'es pas nul", "je suis pas moche": the adjective is negated
            if "neg" not in hit.flags and _negated(tokens, hit, clause):
                continue
            if cat == "distress" and who == "self" and _not_about_self(tokens, hit, clause):
                continue
        elif cat == "distress" and _of_a_skill(tokens, hit, clause):
            continue  # "je suis nulle en chimie", "i'm useless in the morning"
        if cat == "abuse" and not hit.flags and _self_insult(tokens, hit, clause):
            if _of_a_skill(tokens, hit, clause) or _negated(tokens, hit, clause):
                continue  # "i'm such a loser at mario kart", "je suis pas con"
            kept.append(hit._replace(category="distress", code="distress.worthless", severity=1))
            said_of_self.append((hit.first, hit.last))
            continue
        if cat in _NEGATABLE and "neg" not in hit.flags and _negated(tokens, hit, clause):
            continue
        kept.append(hit)
    if said_of_self:
        # the swear word inside an insult said of oneself ("i'm a worthless piece of shit") is
        # part of the self-talk, not a vulgarity aimed at anyone
        kept = [
            h
            for h in kept
            if not (
                h.code == "abuse.vulgar"
                and any(a <= h.first and h.last <= b for a, b in said_of_self)
            )
        ]
    # Self-harm words inside an incitement ("go swallow a bottle of pills", "va te pendre") are
    # urged on the reader: they are no risk of the author's.
    urged = [
        h
        for h in kept
        if h.category == "incitement"
        and h.first >= 0
        and subject_of(tokens, h.first, clause) != "self"
    ]
    if urged:
        kept = [
            h
            for h in kept
            if h.category != "self_harm"
            or h.first < 0
            or not any(u.first < h.last and h.first < u.last for u in urged)
        ]
    # In a long message a timeframe ("demain", "ce soir") speaks of the author's plans only in
    # the sentence that holds the self-harm words; a short message is one thought.
    if len(tokens) >= _SHORT and any(h.category == "timeframe" and h.first >= 0 for h in kept):
        if sentence is None:
            sentence = clauses(text, spans, _SENTENCE)
        harm = {sentence[h.first] for h in kept if h.category == "self_harm" and h.first >= 0}
        kept = [
            h for h in kept if h.category != "timeframe" or h.first < 0 or sentence[h.first] in harm
        ]
    return kept
