"""Eighth probe: care flags on ordinary teen messages, and the low-risk cries that need them.

``care`` alerts the platform's moderators at once. A care flag on "grosse journée demain" or
"mon frère m'a frappé avec un coussin mdr" wastes their attention and embarrasses a young person
who is fine; a miss on "ils ont créé un groupe snap pour se moquer de moi" leaves one alone. The
team wrote these blind (no sentence from a dataset or from the earlier golden suites, which
``test_probe_is_fresh`` checks), deciding each like a careful youth moderator: tiredness, a big
day, sport injuries, a pillow fight, losing at a game, "nul en maths" said lightly, films that
make one cry, family teasing and the weather are no care case; worthlessness about oneself as a
whole, loneliness, weeks of crying, being mocked, excluded, racketed or humiliated, and violence
or touching at home are.

Measured with ``Guard()`` (default mode, learned layer on), run before looking, after the fixes
the seventh probe's care flags called for (``je suis mort`` and ``je suis épuisé`` alone are no
longer distress; an adjective of skill before "en", "à", "at" judges a skill; an adjective after an
article qualifies a noun; a noun before a third-person copula is the subject; 💀 is laughter):

- ordinary messages (81: 47 FR, 34 EN): 11 raised something (FR 7, EN 4): "m'a battu à Mario
  Kart" and "aux échecs" read as violence at home, "je suis nulle en chimie", "je suis à bout de
  souffle", "je suis au bout de ma vie" (a bus late), "j'en peux plus de ce prof", "je me déteste
  d'avoir oublié ton anniv" read as distress; "i cried at the end of that movie" (learned layer
  only), "i'm useless in the morning", "i'm such a loser at mario kart" (nudged), "my coach says
  i'm mature for my age" (reported grooming);
- care messages (39: 22 FR, 17 EN): 17 missed (FR 9, EN 8): "servir à rien", "plus goût à rien",
  a snap group made to mock, "m'a dit que personne voulait de moi", "mis à l'écart", racket,
  a photo shared "pour m'humilier", "j'ai peur de rentrer ce soir", "mon oncle me touche"; in
  English crying oneself to sleep, hating one's looks, "keep calling me fat" (distress, not
  bullied), being pushed around or laughed at, a slap or a grab at home, touching then "told me
  not to tell" (bullied, not disclosure).

After the fixes in the French lexicons and the context rules, 5 ordinary messages and 8 care
messages are left (``KNOWN_MISSES``): the English ones need entries in ``en.tsv`` (owned
elsewhere) or are the learned layer's; two French ones are hyperbole a moderator reads from the
rest of the sentence. One ordinary message that passed was later replaced by another (the same
sentence was found in an earlier probe).

Then the English entries (``en.tsv``: crying oneself to sleep, hating one's looks, laughed at,
pushed around, "keep calling me" as a report frame, "i'm exhausted" alone no longer distress,
"slaps" as praise only of a song or a thing; ``en.grooming.patterns.tsv``: touching by a
relative, fear of a parent's partner, a grab that leaves a mark, "mature for my age" in school
work or on the court) and ``context.py`` (self-talk after "i'm", an insult of skill before
"at"): 3 ordinary messages and no care message are left.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard

DISTRESS, BULLIED, DISCLOSURE = "distress", "bullied", "abuse_disclosure"

# Tiredness, sport, games, exams, weather, food, fandoms, family teasing: allowed, no reason, no care.
ORDINARY_FR: list[str] = [
    "je suis claquée après l'entraînement de hand, au lit direct",
    "grosse fatigue aujourd'hui, j'ai dormi 4h à cause du bac blanc",
    "je suis KO, la rando de 20 km m'a tuée",
    "j'ai les jambes en compote après le cross",
    "je me suis foulé la cheville au basket, trois semaines sans sport",
    "le goal m'a mis un coup de coude en plein match, j'ai un bleu énorme",
    "je me suis pris un ballon dans la tête en EPS, tout le monde a rigolé",
    "ma petite sœur m'a lancé sa peluche dans la figure pour me réveiller",
    "mon cousin m'a battu à Mario Kart pour la cinquième fois, je rage",
    "mon père m'a battu aux échecs encore une fois",
    "ma mère me tape sur les nerfs avec ses questions sur Parcoursup",
    "je suis nulle en chimie mais j'adore la bio",
    "je suis trop nul au badminton, j'ai raté tous les volants",
    "j'ai eu 6 en maths, mes parents vont me tuer mdr",
    "le contrôle de physique m'a achevée, j'ai rien compris à l'exercice 3",
    "j'ai une énorme journée demain : oral, contrôle et entraînement",
    "on a perdu 3-0, l'arbitre était aveugle",
    "il fait un froid de canard, j'ai oublié mon bonnet",
    "il pleut des cordes, le match est annulé",
    "canicule dans la salle 14, on étouffe",
    "la raclette chez mamie c'était incroyable, je vais exploser",
    "j'ai mangé trop de crêpes, je vais rouler jusqu'à chez moi",
    "le nouvel album d'Aya Nakamura tourne en boucle chez moi",
    "j'ai pleuré devant la fin de l'anime, c'était trop beau",
    "l'épisode final m'a détruit, je m'en remets pas",
    "je suis morte de rire devant la vidéo de ton chat",
    "mon frère m'a piqué mon chargeur, je vais le tuer",
    "ma sœur m'a enfermée dehors en pyjama pour rigoler",
    "mon père m'a menacé de couper le wifi si je range pas ma chambre mdr",
    "je suis à bout de souffle après les 100 mètres",
    "je suis au bout de ma vie, ce bus a encore 20 min de retard",
    "j'en peux plus de ce prof de philo, il parle trop lentement",
    "personne n'a répondu dans le groupe pour la sortie de samedi ?",
    "je déteste les lundis, vivement le week-end",
    "je me déteste d'avoir oublié ton anniv, pardon 😭",
    "j'ai raté le penalty, je suis trop dégoûté",
    "on a gagné le tournoi de Valo, je suis trop fier de l'équipe",
    "mon chien m'a mordu la main en jouant, rien de grave",
    "je me suis entaillé le pouce en taillant mon crayon, ça saigne un peu",
    "je me suis brûlée avec le fer à lisser, ça pique",
    "ma mère m'a grondé parce que j'ai fini le nutella",
    "mon grand frère me taquine tout le temps sur ma taille",
    "les révisions du brevet me tuent, je vois plus le jour",
    "je suis crevé, j'ai joué jusqu'à 2h à Minecraft",
    "ce chapitre du manga m'a brisé le cœur",
    "je vais crever de chaud dans ce gymnase",
    "la prof de sport veut notre mort avec ses tours de piste",
]

ORDINARY_EN: list[str] = [
    "i'm so tired after practice, going straight to bed",
    "exhausted after the 5k, but i beat my time",
    "pulled a muscle in my calf at soccer, out for two weeks",
    "got hit in the face with a dodgeball in gym lol",
    "my sister smacked me with a pillow to wake me up",
    "my little brother beat me at smash again, i'm done",
    "i'm terrible at chemistry but i love biology",
    "i'm so bad at this game lmao",
    "my mom is gonna kill me when she sees my math grade",
    "this exam destroyed me, i didn't finish the last question",
    "big day tomorrow: chem test and a match after",
    "it's freezing out here, forgot my jacket again",
    "it's so hot in this classroom i'm melting",
    "that ramen was insane, i'm in a food coma",
    "i cried at the end of that movie, no shame",
    "that season finale ruined me, i need a minute",
    "i can't anymore with this group project, nobody reads the doc",
    "nobody showed up to the study session lol, more snacks for me",
    "i hate mondays so much",
    "my dad threatened to take my phone if i don't clean my room lol",
    "my brother locked me out of the house as a prank",
    "my cat scratched me when i tried to give her a bath",
    "i cut my finger making a sandwich, there's blood everywhere lol",
    "burned myself on the oven tray, rookie mistake",
    "i'm useless in the morning before coffee",
    "i'm such a loser at mario kart",
    "lost the final 2-1, the refs were blind",
    "my coach says i'm mature for my age on the court",
    "stayed up all night finishing the essay, i'm a zombie today",
    "my best friend roasted my haircut and honestly fair",
    "grandma made way too much lasagna again, not complaining",
    "nobody in my family can cook except my dad",
    "i'm so done with this rain, third day in a row",
    "my twin hit me with a sock and ran away",
]

# Low-risk cries in everyday words: care, with the category a moderator would file them under.
CARE_FR: list[tuple[str, str]] = [
    ("je suis nulle, personne m'aime de toute façon", DISTRESS),
    ("j'ai l'impression de servir à rien", DISTRESS),
    ("je me sens tellement seule depuis la rentrée, personne me parle", DISTRESS),
    ("ça fait des semaines que je pleure tous les soirs", DISTRESS),
    ("je me trouve moche et grosse, j'ose plus sortir", DISTRESS),
    ("j'en peux plus de tout, je suis à bout", DISTRESS),
    ("je suis épuisée de faire semblant que ça va", DISTRESS),
    ("je me déteste, je rate tout ce que je fais", DISTRESS),
    ("je suis un poids pour ma famille", DISTRESS),
    ("j'ai plus goût à rien depuis des mois", DISTRESS),
    ("ils se moquent de moi tous les jours en cours de sport", BULLIED),
    ("ils ont créé un groupe snap pour se moquer de moi", BULLIED),
    ("on me traite de baleine dans les couloirs", BULLIED),
    ("une fille de ma classe m'a dit que personne voulait de moi ici", BULLIED),
    ("ils m'ont mis à l'écart et ils rigolent quand je passe", BULLIED),
    ("un mec de 3e me rackette tous les matins", BULLIED),
    ("ils ont partagé une photo de moi pour m'humilier", BULLIED),
    ("mon père me frappe quand il a bu", DISCLOSURE),
    ("mon beau-père me met des claques quand je réponds", DISCLOSURE),
    ("j'ai peur de rentrer ce soir, il va encore crier et taper", DISCLOSURE),
    ("ma mère m'a frappée avec une ceinture hier", DISCLOSURE),
    ("mon oncle me touche quand on est seuls", DISCLOSURE),
]

CARE_EN: list[tuple[str, str]] = [
    ("i feel so worthless lately", DISTRESS),
    ("nobody cares about me, not even my friends", DISTRESS),
    ("i cry myself to sleep most nights", DISTRESS),
    ("i hate how i look, i can't even look in the mirror", DISTRESS),
    ("i'm tired of everything, nothing ever gets better", DISTRESS),
    ("i feel like such a burden to my parents", DISTRESS),
    ("i feel so alone at school, i eat lunch in the bathroom", DISTRESS),
    ("they keep calling me fat in the group chat", BULLIED),
    ("some kids at school push me around every day", BULLIED),
    ("they made a fake account to make fun of me", BULLIED),
    ("everyone laughs at me when i walk into class", BULLIED),
    ("a girl in my class keeps spreading rumors about me", BULLIED),
    ("my dad hits me when he's angry", DISCLOSURE),
    ("my stepdad slaps me if i talk back", DISCLOSURE),
    ("my mom's boyfriend scares me, he grabbed my arm so hard it bruised", DISCLOSURE),
    ("my uncle touches me and told me not to tell anyone", DISCLOSURE),
    ("i'm scared to go home tonight", DISCLOSURE),
]

# Written after the fixes, to pin one of them: bullying named to the reader (advice, a question)
# is not the author's, while "tu me harcèles" and "you bullied me" still are.
SAID_TO_THE_READER: list[str] = [
    "si tu es harcelée au lycée, parles-en à la CPE, elle écoute vraiment",
    "t'as déjà été harcelé toi ? je fais un exposé sur le sujet",
    "if you're being bullied, talk to a teacher you trust",
]
ABOUT_THE_AUTHOR: list[tuple[str, str]] = [
    ("arrête, tu me harcèles depuis des semaines", BULLIED),
    ("you bullied me for two years and now you want to be friends?", BULLIED),
]

# Left after the fixes, each with why (strict: a fix must remove the entry).
KNOWN_MISSES: dict[str, str] = {
    "je suis au bout de ma vie, ce bus a encore 20 min de retard": (
        "fr.tsv 'je suis au bout' (distress.hopeless): teen hyperbole and a real cry in the same"
        " words; only the trivial cause after the comma tells them apart"
    ),
    "je me déteste d'avoir oublié ton anniv, pardon 😭": (
        "fr.tsv 'je me déteste' (distress.hopeless): self-hatred said as an apology; the words are"
        " kept rather than guessing from the apology"
    ),
    "i cried at the end of that movie, no shame": (
        "the English learned layer alone (self_harm.learned, low): crying read without its cause"
    ),
}

ORDINARY = (
    [(t, "fr") for t in ORDINARY_FR]
    + [(t, "en") for t in ORDINARY_EN]
    + [(t, "") for t in SAID_TO_THE_READER]
)
CARE = (
    [(t, c, "fr") for t, c in CARE_FR]
    + [(t, c, "en") for t, c in CARE_EN]
    + [(t, c, "") for t, c in ABOUT_THE_AUTHOR]
)


def _marks(text: str) -> list[pytest.MarkDecorator]:
    if text in KNOWN_MISSES:
        return [pytest.mark.xfail(reason=KNOWN_MISSES[text], strict=True)]
    return []


@pytest.mark.parametrize(
    ("text", "lang"), [pytest.param(t, lang, marks=_marks(t)) for t, lang in ORDINARY]
)
def test_ordinary_message_raises_nothing(guard: Guard, text: str, lang: str) -> None:
    verdict = guard.check(text)
    got = f"{verdict.action} care={verdict.care} risk={verdict.risk} {verdict.reasons}"
    assert verdict.action == "allow", f"{text!r}: {got}"
    assert not verdict.care, f"{text!r}: {got}"
    assert verdict.reasons == (), f"{text!r}: {got}"


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [pytest.param(t, c, lang, marks=_marks(t)) for t, c, lang in CARE],
)
def test_low_risk_cry_raises_care(guard: Guard, text: str, category: str, lang: str) -> None:
    verdict = guard.check(text)
    got = f"{verdict.action} care={verdict.care} risk={verdict.risk} {verdict.reasons}"
    assert verdict.care, f"{text!r}: {got}"
    assert category in {r.split(".")[0] for r in verdict.reasons}, f"{text!r}: {got}"
    # low-risk words: welcome, never blocked (a hold would need a self-harm plan)
    assert verdict.action == "allow", f"{text!r}: {got}"


def test_probe_is_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [t for t, _ in ORDINARY] + [t for t, _, _ in CARE]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_care_lookalikes")
    assert len(earlier) > 1500  # the earlier probes were found
    assert not earlier & set(texts)
