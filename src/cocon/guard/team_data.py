"""Team-written training sentences: what the public corpora never show the learned layer.

Why: the evaluation corpora were collected around attacks. In the French role-play chats most
second-person messages are aggressive, and in the hate corpora identity words occur mostly in
attacks, so the learned layer gave "bonne chance pour ton match" an abusive probability of 0.76
and "les femmes sont géniales" 0.86, and scored "i hate mondays" or "les gays ont le droit de se
marier" as hate. Those are exactly the non-hateful identity statements, counter-speech and kind
second-person messages a youth platform is full of. The sentences below are written by the team
from templates (no dataset text), labelled not abusive and not hate, with
hateful counterparts on the same group words (labelled hate only), and added to training as one
more source, ``team``. French only: the English learned scores of such sentences were already
low, and English rows cost 0.002 of Davidson ROC-AUC. Golden tests use other wordings, so they
still test.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from typing import Any

__all__ = ["TEAM_FILE", "team_records"]

TEAM_FILE = "team"

_GROUPS_FR = (
    "les femmes", "les filles", "les hommes", "les musulmans", "les musulmanes", "les juifs",
    "les chrétiens", "les noirs", "les arabes", "les asiatiques", "les migrants", "les réfugiés",
    "les immigrés", "les personnes handicapées", "les homosexuels", "les gays", "les lesbiennes",
    "les personnes trans", "les roms", "les personnes racisées",
)  # fmt: skip
_PREDICATES_FR = (
    "ont les mêmes droits que tout le monde", "sont les bienvenus dans notre lycée",
    "font partie de notre pays", "méritent le respect comme tout le monde",
    "sont des gens comme les autres", "ont toute leur place ici", "peuvent aimer qui ils veulent",
    "ont le droit de fonder une famille", "apportent beaucoup à notre ville",
    "subissent encore trop de discriminations", "doivent pouvoir vivre en sécurité",
    "ont le droit d'être respectés au collège",
)  # fmt: skip
_IDENTITIES_FR = (
    "musulmane", "musulman", "juive", "juif", "noire", "noir", "arabe", "asiatique", "gay",
    "lesbienne", "trans", "bi", "handicapé", "handicapée", "réfugié", "immigrée", "rom",
)  # fmt: skip
_IDENTITY_FRAMES_FR = (
    "je suis {id} et fier de l'être", "je suis {id} et fière de qui je suis",
    "ma meilleure amie est {id} et elle est géniale", "mon voisin est {id} et super gentil",
    "en tant que {id}, je me sens bien dans ce groupe", "mon cousin est {id}, et alors ?",
)  # fmt: skip
_KIND_FR = (
    "bonne chance pour {e}", "courage pour {e}, tu vas y arriver", "félicitations pour {e} !",
    "je croise les doigts pour {e}", "t'inquiète pas pour {e}, tu gères",
    "trop fier de toi pour {e}", "tiens-nous au courant pour {e}",
)  # fmt: skip
_EVENTS_FR = (
    "ton oral", "ton match", "ton bac", "ton contrôle de maths", "ton entretien", "tes partiels",
    "ton audition", "ton permis", "ta compétition", "ton spectacle",
)  # fmt: skip
_SUPPORT = (
    "merci d'avoir pris le temps de m'écrire", "on est là pour toi, n'hésite pas à écrire",
    "prends soin de toi ce soir", "je t'envoie plein de courage", "tu n'es pas seul, on t'écoute",
    "c'est normal d'avoir des jours difficiles", "tu peux compter sur nous",
)  # fmt: skip
_COUNTER = (
    "arrêtez de dire que {g} sont dangereux, c'est faux",
    "traiter {g} de tous les noms, c'est du racisme",
    "je ne supporte pas qu'on se moque de {g}", "les insultes contre {g} n'ont rien à faire ici",
    # denouncing how a group is treated names the group beside harsh words, and is not hate
    "c'est honteux la façon dont on traite {g} dans ce pays",
    "{g} sont maltraités et tout le monde s'en fiche", "arrêtez de traiter {g} comme des moins que rien",
)  # fmt: skip
# Death words that are not threats (the abusive model, not the self-harm one, reads them).
_HYPERBOLE = (
    "ce contrôle de physique m'a achevé", "on est morts de rire devant la vidéo",
    "j'ai failli mourir de honte devant toute la classe", "ptdr je suis décédée",
    "la prof de philo nous tue avec ses dissertations", "on a tué le match de handball",
    "si tu as des idées noires, appelle le 3114, ils sont là",
)  # fmt: skip
_EVERYDAY = (
    "je déteste me lever tôt le samedi", "je déteste les épinards",
    "je hais les réveils le matin", "les profs ont donné trop de devoirs",
)  # fmt: skip
# The small talk of a group chat. Character n-grams tie "salut" to "salaud" and "sale", "bon"
# to "bonne" and "bonnasse": with nothing like these in training, the abusive model gave a bare
# "salut" 0.90, "ah bon" 0.76 and "bonne nuit" 0.57, more than most real insults.
_SMALL_TALK_FR = (
    "salut tout le monde, bien dormi ?", "salut les amis, quoi de neuf ce matin ?",
    "salut ! t'as fini l'exo de maths ?", "slt cv ? tu viens ce soir ?", "coucou les gens",
    "coucou, vous êtes rentrés ?", "bonne nuit à demain les amis", "bonne nuit, fais de beaux rêves",
    "bonne soirée à vous deux", "bonne journée tout le monde", "bon appétit les loulous",
    "bon courage pour la reprise lundi", "bonjour, quelqu'un a les notes du cours ?",
    "bonsoir la compagnie", "ah bon, je savais pas du tout", "ah bon ? raconte-moi tout",
    "oui je suis d'accord avec vous", "oui pas de souci pour samedi", "ok ça marche, à plus tard",
    "ok merci beaucoup pour l'info", "mdr trop bien ta vidéo du chat", "lol j'ai rien compris au film",
    "non je peux pas ce soir, désolée", "non merci ça ira pour moi", "yes on a gagné le tournoi",
    "wesh bien ou quoi les gars", "hein ? tu peux répéter la question", "re tout le monde, je suis là",
    "à toute à l'heure devant le ciné", "bisous à demain en cours", "trop bien merci pour le lien",
    "grave, j'ai trop hâte d'y être", "jsp trop, on verra demain", "tkt on se capte plus tard",
    "je suis en route, j'arrive vite", "t'as vu le dernier épisode hier ?", "pk pas, ça me va bien",
    "d'accord pour moi, on fait comme ça", "génial, bravo à toi pour ta note",
    "haha trop drôle ton histoire", "ptdr j'adore cette chanson", "hello, ça roule de ton côté ?",
)  # fmt: skip
# Greetings and short replies said alone are what the model misreads most (a bare word has few
# n-grams, so each weighs more): they are added in the short frames a chat uses.
_OPENERS_FR = ("salut", "coucou", "bonjour", "bonsoir", "hello", "slt", "re", "wesh", "salam")
_FOLLOWS_FR = (
    "{o} !", "{o} comment ça va ?", "{o} à tous", "{o} les amis", "{o} vous allez bien ?",
    "{o} vous deux", "{o} la team", "{o}, bien rentrés ?",
)  # fmt: skip
_REPLIES_FR = (
    "ah bon", "ah ok", "bon ben d'accord", "bon bah tant pis", "bonne nuit la compagnie",
    "oui oui", "ouais grave", "non non", "nan merci", "ok ok", "yes !", "hein ?", "ah bon ?",
    "bah oui", "carrément", "bien vu",
)  # fmt: skip


# Hateful counterparts (hate only), so that the hate model learns the predicate, not the group
# word: without them the harmless sentences above only teach it that group words are harmless.
_HATEFUL_FR = (
    "{g} sont des sous-hommes", "{g} sont une plaie pour ce pays", "{g} ne valent rien",
    "{g} devraient tous être virés du pays", "{g} sont une race inférieure",
    "{g} c'est tous des déchets", "je vomis sur {g}", "{g} ne méritent que le mépris",
    "{g} pourrissent notre ville", "on devrait interdire {g} de sortir",
)  # fmt: skip


def _hateful() -> Iterator[tuple[str, str]]:
    for frame, group in itertools.product(_HATEFUL_FR, _GROUPS_FR):
        yield "fr", frame.format(g=group)


def _rows() -> Iterator[tuple[str, str]]:
    for group, predicate in itertools.product(_GROUPS_FR, _PREDICATES_FR):
        yield "fr", f"{group} {predicate}"
    for frame, identity in itertools.product(_IDENTITY_FRAMES_FR, _IDENTITIES_FR):
        yield "fr", frame.format(id=identity)
    for frame, event in itertools.product(_KIND_FR, _EVENTS_FR):
        yield "fr", frame.format(e=event)
    for text in _SUPPORT + _HYPERBOLE + _EVERYDAY + _SMALL_TALK_FR + _REPLIES_FR:
        yield "fr", text
    for frame, opener in itertools.product(_FOLLOWS_FR, _OPENERS_FR):
        yield "fr", frame.format(o=opener)
    for frame, group in itertools.product(_COUNTER, _GROUPS_FR):
        yield "fr", frame.format(g=group)


def team_records() -> list[dict[str, Any]]:
    """Return the team's sentences as evaluation-format records, all labelled harmless.

    Examples
    --------
    >>> records = team_records()
    >>> records[0]["y"], records[-1]["y"]
    ({'abusive': 0, 'hate': 0, 'self_harm_risk': None}, {'abusive': None, 'hate': 1, 'self_harm_risk': None})
    >>> len({r["id"] for r in records}) == len(records)
    True
    """
    seen: set[str] = set()
    records = []
    sources = ((_rows(), 0), (_hateful(), 1))
    for rows, label in sources:
        for lang, text in rows:
            if text in seen:
                continue
            seen.add(text)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            # The hateful rows teach the hate model only: as abusive examples they would tie
            # group words to abuse in general (Davidson's offensive tweets say otherwise).
            # No self-harm label: French sentences marked "no risk" would teach the English
            # self-harm model that French means safe, and deep mode reads French through it.
            y = {"abusive": None if label else 0, "hate": label, "self_harm_risk": None}
            records.append({"id": f"team:{digest}", "text": text, "lang": lang, "y": y})
    return records
