"""Ninth probe, written blind: covert aggression in French teen group chats, and its look-alikes.

The French teen chats the engine is judged on count as abusive any aggression, overt or covert:
mockery, sarcasm aimed at someone, body shaming with no slur, telling someone to leave or to be
quiet, threats of social harm ("je vais tout balancer", screenshots sent to the class),
humiliation, pressure ("t'as intérêt à", "sinon tu verras"), ganging up and exclusion, rumours,
contempt. Most of it holds no insult word. Beside them, the look-alikes a careful youth moderator
lets through: banter between friends, disagreement without hostility, defending the victim,
asking to calm down, a put-down reported by its target, self-mockery, everyday planning, and the
same words in an ordinary frame ("je vais balancer le lien du drive", "on t'attend à 17h devant
le gymnase pour l'entraînement").

Written by the team in the spelling of a group chat (no accents, "jsp", "mdr", "ptdr", "wsh",
emoji), with no sentence taken from a dataset (none was looked at while writing; the phrasings
were also checked to match no row of the evaluation files) or from the earlier golden suites,
which ``test_probe_is_balanced_and_fresh`` checks.

Criterion, the one the other probes use for harassment: an aggressive phrasing must not be
allowed (a nudge is enough: mild aggression is severity 2, a nudge; threats of exposure or
violence block); a look-alike must be allowed with no reason in an abusive category (abuse,
hate, threat, sexual, incitement). Care flags are fine (a victim's report may raise
``bullied``). Measured with ``Guard()`` (default mode, learned layer on); the abusive score is
the strongest of the abusive categories, as in ``evaluate``.

- ``BATCH1``, 246 phrasings (123 aggressive, 123 look-alikes), at 502721f before any fix: 99 of
  123 aggressive phrasings allowed (mockery 12 of 12, sarcasm 10 of 10, body shaming 11 of 11,
  exclusion 7 of 7, contempt 7 of 7, rumours 4 of 4, ganging up 9 of 10, telling to leave or be
  quiet 9 of 12, threats of social harm 8 of 13, degrading 8 of 14, humiliation 7 of 12,
  pressure 7 of 11) and 9 of 123 look-alikes read as abusive (banter 6 of 18: "t'es nul à fifa
  mdr", "t'es un boulet mais t'es mon boulet ❤️", "t'es ridicule avec ton bonnet … mdr";
  "dégage la table", "'dégage' sur mon casier" reported, "je vais tout balancer sur mon compte
  tiktok, ma recette de cookies" blocked as exposure); ROC-AUC of the abusive score 0.737.
- The first fixes, general frames in ``fr.patterns.tsv`` (section "The aggression of teen group
  chats said without an insult word") and ``fr.aggression.tsv``: "il se prend pour / se croit /
  se trouve" + a quality, a verb + "comme une" + a mocking image, "on dirait un" + a mocking
  image, a body part + "on dirait / fait peur / prend toute la photo", a body part + "de" + an
  animal, "un sac sur ta tête", "tu pues" and what one smells of, leaving the group said as an
  order, "on te vire", "t'es plus dans le groupe / pas invitée", "on t'a rien demandé / qui t'a
  sonné", "ton avis on s'en fout", "retourne jouer", "va voir ailleurs", "même ta mère / ton chien
  / tes potes" + a rejection, "t'es la honte de / une tache / le clown de", "t'as jamais eu
  d'amis", "tout le monde se moque de toi", "toute la classe te déteste", "on l'ignore", "ceux
  qui le supportent pas", "on est tous contre toi", "personne veut … avec toi", "le QI / le
  cerveau d'une …", "tes idées pourries", "la terre tournerait mieux sans toi", "sinon tu
  verras / ou ça va mal se passer", exposure of messages, photos and secrets to the class or the
  group and "ta réputation"; look-alikes as ordinary phrases (``idiom.ordinary``): "nul à fifa",
  "dégage la table", "tout balancer sur mon compte"; "a écrit" as a report frame.
- ``BATCH2``, 60 new phrasings written after those fixes and run once before any further fix: the
  engine before any fix missed 28 of 30 aggressive phrasings and read none of the 30 look-alikes
  wrongly (ROC-AUC 0.690); with the first fixes 27 of 30 and 2 of 30 ("je sors du groupe 5 min",
  "tu vas voir ce qui t'attend au parc d'attractions"), ROC-AUC 0.662: as in the earlier blind
  probes, frames written for one batch barely reach new wordings.
- The second fixes: a subject before "sors du groupe" makes it a statement; "tu vas voir ce qui
  t'attend" only at the end or at school; "tu fais tache", "sors de ma vue", "t'es de trop",
  "tu ressembles à rien", "t'arrives à saouler tout le monde", "tu fais honte à ta famille",
  "fais pas genre t'as des potes", "t'as cru que t'étais drôle", "quel bébé / quelle victime",
  "vas-y pleure, ça changera rien", telling the class what was confided, "quand tout le monde
  verra ta vidéo", "on te fait la misère", "a voté contre toi", "personne veut entendre ta
  voix". And one engine-wide hole: the French support frame (``idiom.support``, "si tu as des
  idées noires …") read the preposition "à" as the verb "a" and took in whatever followed, so
  it cancelled threats: "si tu parles à quelqu'un je te tue" and "si tu viens à la soirée je
  te défonce" were allowed. "a" followed by an article or a person no longer counts as the
  verb, and the frame stops before "je te", "on te", "je vais te"; its English half stops before
  "i'll", "i'm gonna", "we'll" ("if you have a problem with me i'll beat you up" was allowed).
  ``SUPPORT_FRAME`` pins both, with support the frame must still read (not blind).
- Speed: the new rows gate on their rare words (the adjectives, the objects, the images), not
  on "on", "ou", "plus", "avec" or "comme", which most messages hold.
- ``BATCH3``, 40 new phrasings written after the second fixes and run once before any further
  fix: 17 of 20 aggressive phrasings allowed and 2 of 20 look-alikes wrong, ROC-AUC 0.593 (the
  engine before any fix of this probe: 18, 2, 0.580). A third time, frames written for earlier
  batches did not reach new wordings: the covert aggression of group chats is said in too many
  ways for word frames alone. The third fixes: laughing at the reader's accent, voice or looks,
  "même les profs en ont marre de toi", "tu ferais mieux de changer d'école", "t'acheter des
  amis", muting the chat "quand tu écris", "ta photo la plus moche", "va pleurer chez le CPE",
  "tête à claques" (aimed), "personne t'écoute"; "dégage ta trousse" is ordinary.
- After the three rounds of fixes: ``BATCH1`` 11 of 123 aggressive phrasings allowed and
  5 of 123 look-alikes wrong, ROC-AUC 0.939; ``BATCH2`` 11 of 30 and 0 of 30, ROC-AUC
  0.871; ``BATCH3`` 8 of 20 and 1 of 20, ROC-AUC 0.775; the whole probe 0.912. What is left
  (``KNOWN_MISSES``): sarcasm, rumours, veiled threats that read as advice or a wager, images
  that need world knowledge, and banter said laughing but with no word of affection, which
  keeps a mild reason or a nudge. The evaluation files' figures did not move (cyberagressionado
  v1 abusive F1 0.659, ROC-AUC 0.828; v2 0.791, 0.777; MLMA 0.829, 0.710; English files
  unchanged): over every row of the three French files, 12 verdicts changed their action or
  reasons, 10 of them on rows labelled abusive (the other two are so labelled in the
  reannotated v2 file).
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict
from cocon.guard.evaluate import ABUSIVE_CATEGORIES, roc_auc

from .golden_texts import abusive, with_known_misses

#   aggressive  not allowed (a nudge is enough)
#   pass        allowed, no reason in an abusive category (care flags are fine)
AGGRESSIVE, PASS = "aggressive", "pass"
ABUSIVE = frozenset(ABUSIVE_CATEGORIES)
#: The whole probe scores 0.912 after the fixes (0.737 for ``BATCH1`` blind).
MIN_ROC_AUC = 0.88

# First blind batch.
# (phrase, functionality, family)
BATCH1: list[tuple[str, str, str]] = [
    ("mdr t'as vu comment il parle on dirait un gamin de 6 ans", "mockery", AGGRESSIVE),
    ("ptdr regardez sa photo de profil 😂😂 il se croit beau", "mockery", AGGRESSIVE),
    ("wsh elle se prend pour une influenceuse avec ses 12 abonnes mdr", "mockery", AGGRESSIVE),
    ("jsp qui lui a dit qu'il savait chanter mais faut arreter", "mockery", AGGRESSIVE),
    ("t'as vu sa tete quand le prof l'a interroge 😂 il allait pleurer", "mockery", AGGRESSIVE),
    ("il parle comme un livre de grammaire ptdr personne le comprend", "mockery", AGGRESSIVE),
    ("elle rigole comme une hyene c'est insupportable", "mockery", AGGRESSIVE),
    ("ses blagues sont aussi droles qu'un enterrement", "mockery", AGGRESSIVE),
    ("on dirait qu'il s'est habille dans le noir ptdr", "mockery", AGGRESSIVE),
    ("tu te crois drole ? personne rigole a part toi", "mockery", AGGRESSIVE),
    ("allez raconte encore ta vie, on adore 🙄", "mockery", AGGRESSIVE),
    ("on dirait un pingouin quand elle court mdrrr", "mockery", AGGRESSIVE),
    ("bravo t'as reussi a etre encore plus chiant qu'hier 👏", "sarcasm", AGGRESSIVE),
    ("wow quelle intelligence, on t'applaudit ou quoi", "sarcasm", AGGRESSIVE),
    ("oh le genie est de retour, cachez vous", "sarcasm", AGGRESSIVE),
    ("trop fort t'as decouvert l'eau tiede", "sarcasm", AGGRESSIVE),
    ("merci pour ton avis que personne a demande", "sarcasm", AGGRESSIVE),
    ("super idee, comme toutes tes idees pourries", "sarcasm", AGGRESSIVE),
    ("t'es vraiment une lumiere toi hein 🙄", "sarcasm", AGGRESSIVE),
    ("felicitations t'as le cerveau d'une huitre", "sarcasm", AGGRESSIVE),
    ("quel talent pour gacher l'ambiance, chapeau", "sarcasm", AGGRESSIVE),
    ("ah bah bravo, encore un message inutile de ta part", "sarcasm", AGGRESSIVE),
    ("avec ton ventre tu devrais eviter le crop top", "body", AGGRESSIVE),
    ("t'as pris combien de kilos cet ete mdr", "body", AGGRESSIVE),
    ("mets un sac sur ta tete quand tu postes", "body", AGGRESSIVE),
    ("ton nez prend toute la photo ptdr", "body", AGGRESSIVE),
    ("elle a des bras de crevette elle va rien porter", "body", AGGRESSIVE),
    ("t'as des dents de lapin on dirait bugs bunny", "body", AGGRESSIVE),
    ("arrete les selfies franchement ton visage fait peur", "body", AGGRESSIVE),
    ("t'es tellement maigre on voit tes os c'est degueu", "body", AGGRESSIVE),
    ("avec tes boutons on dirait une pizza", "body", AGGRESSIVE),
    ("il sent la transpi a 3 km personne veut s'asseoir a cote", "body", AGGRESSIVE),
    ("tes cheveux on dirait un balai use", "body", AGGRESSIVE),
    ("ferme la un peu stp on t'a rien demande", "silence", AGGRESSIVE),
    ("tu peux quitter le groupe merci au revoir", "silence", AGGRESSIVE),
    ("personne t'a invite ici, degage", "silence", AGGRESSIVE),
    ("chut les grands parlent", "silence", AGGRESSIVE),
    ("retourne jouer dans ta cour", "silence", AGGRESSIVE),
    ("tais toi on t'entend trop", "silence", AGGRESSIVE),
    ("casse toi du groupe personne te calcule", "silence", AGGRESSIVE),
    ("va voir ailleurs si on y est", "silence", AGGRESSIVE),
    ("tu sors du groupe ou on te vire", "silence", AGGRESSIVE),
    ("garde tes commentaires pour toi la prochaine fois", "silence", AGGRESSIVE),
    ("on t'a sonne ? non alors silence", "silence", AGGRESSIVE),
    ("tu parles encore et je te bloque de partout", "silence", AGGRESSIVE),
    ("je vais tout balancer sur toi demain au lycee", "social_threat", AGGRESSIVE),
    ("on va te pourrir ta reputation t'inquiete", "social_threat", AGGRESSIVE),
    (
        "j'ai des screens de tout, je les envoie a toute la classe si tu continues",
        "social_threat",
        AGGRESSIVE,
    ),
    ("fais gaffe je connais tes secrets", "social_threat", AGGRESSIVE),
    ("je vais montrer tes messages a tout le monde", "social_threat", AGGRESSIVE),
    ("demain toute l'ecole saura ce que t'as fait", "social_threat", AGGRESSIVE),
    ("je vais poster ta photo dans le groupe de la classe", "social_threat", AGGRESSIVE),
    ("on va faire tourner la video, tu vas avoir honte toute ta vie", "social_threat", AGGRESSIVE),
    ("je vais dire a tout le monde que tu pues", "social_threat", AGGRESSIVE),
    ("ta vie va devenir un enfer au college", "social_threat", AGGRESSIVE),
    ("tu vas regretter d'etre arrivee dans cette classe", "social_threat", AGGRESSIVE),
    ("je vais te detruire sur insta", "social_threat", AGGRESSIVE),
    ("un mot de plus et je publie tes dms", "social_threat", AGGRESSIVE),
    ("meme tes parents veulent pas de toi", "humiliation", AGGRESSIVE),
    ("meme ton chien t'ignore ptdr", "humiliation", AGGRESSIVE),
    ("t'es la honte de la classe", "humiliation", AGGRESSIVE),
    ("tout le monde se fout de toi dans ton dos", "humiliation", AGGRESSIVE),
    ("t'as jamais eu d'amis et ca se voit", "humiliation", AGGRESSIVE),
    ("personne viendra a ton anniv comme l'an dernier mdr", "humiliation", AGGRESSIVE),
    ("tu fais pitie franchement", "humiliation", AGGRESSIVE),
    ("t'es le clown de service et tu le sais meme pas", "humiliation", AGGRESSIVE),
    ("on se moque de toi depuis la 6e t'avais pas capte ?", "humiliation", AGGRESSIVE),
    ("regarde toi dans un miroir avant de parler", "humiliation", AGGRESSIVE),
    ("ta place c'est au fond de la classe a cote de la poubelle", "humiliation", AGGRESSIVE),
    ("tu sers a rien dans ce groupe", "humiliation", AGGRESSIVE),
    ("t'as interet a me rendre mes sous demain", "pressure", AGGRESSIVE),
    ("tu fais ce que je dis sinon tu verras", "pressure", AGGRESSIVE),
    ("tu le dis a un prof et t'es mort", "pressure", AGGRESSIVE),
    ("tu ramenes 20 balles lundi ou ca va mal se passer", "pressure", AGGRESSIVE),
    ("si tu parles de ca a quelqu'un tu vas le payer", "pressure", AGGRESSIVE),
    ("t'as interet a supprimer ce message vite", "pressure", AGGRESSIVE),
    ("fais mes devoirs ou je dis tout", "pressure", AGGRESSIVE),
    ("tu vas venir t'excuser devant tout le monde", "pressure", AGGRESSIVE),
    ("tu bouges pas de la sortie, on t'attend a 17h", "pressure", AGGRESSIVE),
    ("on sait ou tu habites hein", "pressure", AGGRESSIVE),
    ("tu vas voir ce qui t'attend a la recre", "pressure", AGGRESSIVE),
    ("tout le monde est d'accord, personne veut de toi ici", "ganging", AGGRESSIVE),
    ("on a vote, t'es plus dans le groupe", "ganging", AGGRESSIVE),
    ("levez la main ceux qui le supportent pas 🙋\u200d♀️🙋\u200d♂️", "ganging", AGGRESSIVE),
    ("qui est pour qu'on la vire du groupe ? 👍", "ganging", AGGRESSIVE),
    ("on est tous contre toi accepte le", "ganging", AGGRESSIVE),
    ("meme tes soi disant potes parlent mal de toi", "ganging", AGGRESSIVE),
    ("toute la classe te deteste, c'est pas une impression", "ganging", AGGRESSIVE),
    ("on a cree un autre groupe sans toi, bisous", "ganging", AGGRESSIVE),
    ("like si toi aussi tu peux pas le voir en peinture", "ganging", AGGRESSIVE),
    ("allez tout le monde on l'ignore a partir de maintenant", "ganging", AGGRESSIVE),
    ("t'es pas invitee samedi, et t'etais jamais vraiment invitee", "exclusion", AGGRESSIVE),
    (
        "assieds toi ailleurs a la cantine, la place est prise pour toujours",
        "exclusion",
        AGGRESSIVE,
    ),
    ("ne lui parlez plus, elle existe plus pour nous", "exclusion", AGGRESSIVE),
    ("on veut plus trainer avec toi c'est clair ?", "exclusion", AGGRESSIVE),
    ("personne veut etre en binome avec toi", "exclusion", AGGRESSIVE),
    ("t'as rien a faire avec nous", "exclusion", AGGRESSIVE),
    ("tu deranges tout le monde ici", "exclusion", AGGRESSIVE),
    ("parait qu'elle a triche pour avoir ses notes, faites tourner", "rumour", AGGRESSIVE),
    ("vous savez qu'il fait encore pipi au lit ? 😂", "rumour", AGGRESSIVE),
    ("elle est sortie avec la moitie du lycee tout le monde le sait", "rumour", AGGRESSIVE),
    ("il vole dans les casiers, faites gaffe a vos affaires", "rumour", AGGRESSIVE),
    ("ton avis on s'en fout", "contempt", AGGRESSIVE),
    ("qui t'a demande de parler ?", "contempt", AGGRESSIVE),
    ("t'es qu'un figurant dans nos vies", "contempt", AGGRESSIVE),
    ("tu comptes pour rien ici", "contempt", AGGRESSIVE),
    ("parle a ma main", "contempt", AGGRESSIVE),
    ("on a pas le temps pour tes histoires de bebe", "contempt", AGGRESSIVE),
    ("personne lit tes paves mdr arrete", "contempt", AGGRESSIVE),
    ("t'es vraiment une erreur de la nature", "degrading", AGGRESSIVE),
    ("tu devrais avoir honte d'exister", "degrading", AGGRESSIVE),
    ("la terre tournerait mieux sans toi", "degrading", AGGRESSIVE),
    ("t'es trop bete pour comprendre de toute facon", "degrading", AGGRESSIVE),
    ("t'as le qi d'une chaise", "degrading", AGGRESSIVE),
    ("t'es bon qu'a faire rire les autres", "degrading", AGGRESSIVE),
    ("t'es une tache et tu le resteras", "degrading", AGGRESSIVE),
    ("ta mere elle t'a rate", "degrading", AGGRESSIVE),
    ("t'es moche de l'interieur comme de l'exterieur", "degrading", AGGRESSIVE),
    ("tu pourrais disparaitre personne le remarquerait", "degrading", AGGRESSIVE),
    ("t'es tellement insignifiant que j'oublie ton prenom", "degrading", AGGRESSIVE),
    ("retourne pleurer dans les jupes de ta mere", "degrading", AGGRESSIVE),
    ("t'es genant a chaque fois que tu ouvres la bouche", "degrading", AGGRESSIVE),
    ("fais nous une faveur, disparais du groupe", "degrading", AGGRESSIVE),
    ("mdr t'es bete je t'adore", "banter", PASS),
    ("t'es nul a fifa mdr revanche ce soir", "banter", PASS),
    ("wsh t'es serieux ? t'as encore oublie tes cles 😂", "banter", PASS),
    ("t'es un boulet mais t'es mon boulet ❤️", "banter", PASS),
    ("t'es trop une folle toi ptdr", "banter", PASS),
    ("arrete de faire ta diva et viens 😂", "banter", PASS),
    ("mdr la tete que t'as faite quand t'as vu la note 😂 moi pareil", "banter", PASS),
    ("t'as une coiffure de ouf aujourd'hui j'adore", "banter", PASS),
    ("t'es grave mdr", "banter", PASS),
    ("ptdr jpp de toi", "banter", PASS),
    ("t'es un genie toi, merci pour les exos 🙏", "banter", PASS),
    ("t'es lent mdr on t'attend devant le cine", "banter", PASS),
    ("t'es chiant a toujours avoir raison mdr", "banter", PASS),
    ("haha t'es pas drole mais je rigole quand meme", "banter", PASS),
    ("ferme la tu vas me spoiler la fin 😭😂", "banter", PASS),
    ("tais toi je suis pas pret pour cette info 😂", "banter", PASS),
    ("t'es ridicule avec ton bonnet de pere noel mdr je veux le meme", "banter", PASS),
    ("mdr t'as dormi dans ta trousse ou quoi", "banter", PASS),
    ("t'es serieux ? je pense pas que ce soit une bonne idee", "disagreement", PASS),
    ("je suis pas d'accord avec toi mais ok", "disagreement", PASS),
    ("non franchement le film etait nul, desole", "disagreement", PASS),
    ("jsp, je trouve que t'exageres un peu la", "disagreement", PASS),
    ("on peut en parler calmement ? je vois pas les choses comme ca", "disagreement", PASS),
    ("t'as tort sur ce coup mais c'est pas grave", "disagreement", PASS),
    ("je prefere pizza, la raclette en ete c'est non", "disagreement", PASS),
    ("ton argument tient pas trop mais je respecte", "disagreement", PASS),
    ("bof moi j'ai pas aime cette serie", "disagreement", PASS),
    ("t'as pas compris ce que je voulais dire je crois", "disagreement", PASS),
    ("je te suis pas du tout la", "disagreement", PASS),
    ("on n'est pas obliges d'etre d'accord", "disagreement", PASS),
    ("laissez la tranquille, elle vous a rien fait", "defence", PASS),
    ("c'est pas drole ce que vous faites, arretez", "defence", PASS),
    ("si vous continuez a vous moquer de lui je previens la cpe", "defence", PASS),
    ("t'inquiete on est avec toi, les laisse pas te parler comme ca", "defence", PASS),
    ("ce qu'ils ont dit sur ton physique c'est faux, t'es tres bien", "defence", PASS),
    ("arretez de l'exclure, elle a le droit d'etre la", "defence", PASS),
    ("moi je veux bien etre en binome avec toi", "defence", PASS),
    ("tu meritais pas ce qu'ils t'ont fait", "defence", PASS),
    ("on s'en fout de ce qu'ils pensent, t'es geniale", "defence", PASS),
    ("viens t'asseoir avec nous a la cantine", "defence", PASS),
    ("ils sont jaloux c'est tout, garde la tete haute", "defence", PASS),
    ("supprimez cette photo c'est du harcelement", "defence", PASS),
    ("personne merite d'etre traite comme ca", "defence", PASS),
    ("calmez vous les gars c'est qu'un jeu", "calming", PASS),
    ("oh on se calme, pas besoin de s'insulter", "calming", PASS),
    ("stop les embrouilles, on est cense etre potes", "calming", PASS),
    ("allez faites la paix, ca sert a rien de se prendre la tete", "calming", PASS),
    ("c'est bon on arrete la, respirez", "calming", PASS),
    ("vous pouvez regler ca en prive svp", "calming", PASS),
    ("on evite les clashs dans ce groupe merci", "calming", PASS),
    ("parlez vous en face au lieu de vous envoyer des piques", "calming", PASS),
    ("je propose qu'on change de sujet avant que ca parte en vrille", "calming", PASS),
    ("il m'a dit que personne voulait de moi et ca m'a fait mal", "reported", PASS),
    ("elle a ecrit dans le groupe que j'etais moche, je sais pas quoi faire", "reported", PASS),
    ("ils ont menace de balancer mes photos, j'ai peur", "reported", PASS),
    ("on m'a dit de quitter le groupe sans raison", "reported", PASS),
    ("ma soeur dit que je chante faux, elle a raison mdr", "reported", PASS),
    ("le prof a dit que j'etais bavard, jsp pourquoi 🙄", "reported", PASS),
    ("ils se moquent de moi a cause de mes boutons", "reported", PASS),
    ("quelqu'un a ecrit 'degage' sur mon casier", "reported", PASS),
    ("il m'a traite de menteur devant tout le monde", "reported", PASS),
    ("mdr je suis trop nulle en cuisine j'ai brule les pates", "self", PASS),
    ("j'ai une tete de zombie ce matin ptdr", "self", PASS),
    ("ma coupe de cheveux ressemble a un balai mdr", "self", PASS),
    ("je chante comme une casserole mais j'assume", "self", PASS),
    ("j'ai pris 3 kilos pendant les vacances, merci mamie 😂", "self", PASS),
    ("je suis le boulet de l'equipe de volley mdr", "self", PASS),
    ("mon cerveau est en pause jusqu'a lundi", "self", PASS),
    ("je me suis vu en video, je parle comme un robot ptdr", "self", PASS),
    ("jsuis tellement a l'ouest aujourd'hui", "self", PASS),
    ("je fais pitie avec mon 4 en physique mdr", "self", PASS),
    ("on se rejoint a 14h devant le cine ?", "planning", PASS),
    ("qui ramene les chips samedi ?", "planning", PASS),
    ("jsp si je peux venir, je demande a ma mere", "planning", PASS),
    ("le bus passe a quelle heure ?", "planning", PASS),
    ("envoyez les photos de la soiree dans le groupe", "planning", PASS),
    ("vous avez fait l'exo 4 de maths ?", "planning", PASS),
    ("on fait un appel discord ce soir ?", "planning", PASS),
    ("je vais balancer le lien du drive dans le groupe", "planning", PASS),
    ("je poste les photos de l'anniv demain", "planning", PASS),
    ("je montre tes messages a ma mere pour qu'elle voie l'horaire", "planning", PASS),
    ("demain toute la classe saura les resultats du bac blanc", "planning", PASS),
    ("j'ai des screens de la recette si tu veux", "planning", PASS),
    ("vous votez pour quoi, bowling ou laser game ?", "planning", PASS),
    ("on a cree un groupe pour l'expose, je t'ajoute", "planning", PASS),
    ("tu quittes le cours a quelle heure ?", "planning", PASS),
    ("ferme la fenetre stp il fait froid", "planning", PASS),
    ("degage la table on va manger", "planning", PASS),
    ("t'as interet a venir a ma soiree sinon je boude 😂", "planning", PASS),
    ("fais gaffe la route est glissante", "planning", PASS),
    ("je vais tout raconter a ma psy mdr", "planning", PASS),
    ("on t'attend a 17h devant le gymnase pour l'entrainement", "planning", PASS),
    ("rentre vite, il fait nuit", "planning", PASS),
    ("personne veut de la pizza ananas ici", "lookalike", PASS),
    ("ce jeu est nul, personne y joue plus", "lookalike", PASS),
    (
        "la prof a fait une tete trop mignonne quand on a chante joyeux anniversaire 😂",
        "lookalike",
        PASS,
    ),
    ("tout le monde est d'accord pour samedi ?", "lookalike", PASS),
    ("on est tous d'accord, on va au bowling", "lookalike", PASS),
    ("meme ma mere trouve que ce film est long", "lookalike", PASS),
    ("je vais pourrir mon frere a mario kart ce soir", "lookalike", PASS),
    ("on va les detruire au match de dimanche 💪", "lookalike", PASS),
    ("je vais tout balancer sur mon compte tiktok, ma recette de cookies", "lookalike", PASS),
    ("t'as vu sa tete dans le dernier episode ? le mechant fait trop peur", "lookalike", PASS),
    ("arrete de parler de cette serie tu vas me spoiler", "lookalike", PASS),
    ("laisse tomber le devoir de francais, on le fait ensemble demain", "lookalike", PASS),
    ("quitte pas le groupe, on a besoin de toi pour l'expo", "lookalike", PASS),
    ("personne a le code du wifi ?", "lookalike", PASS),
    ("sa reputation a explose apres sa video, 1M de vues", "lookalike", PASS),
    ("ta mere m'a dit de te rappeler de prendre ton gouter mdr", "lookalike", PASS),
    ("elle est trop forte, elle a eu 19 en philo", "lookalike", PASS),
    ("tu me manques deja, reviens vite", "lookalike", PASS),
    ("ca me saoule ce controle demain", "lookalike", PASS),
    ("j'ai rien compris au cours, quelqu'un peut m'expliquer ?", "lookalike", PASS),
    ("personne m'a repondu pour la sortie, vous venez ou pas ?", "lookalike", PASS),
    ("on se moque pas, on aide 🙂", "lookalike", PASS),
    ("le chat de ma voisine me deteste ptdr", "lookalike", PASS),
    ("t'inquiete pas pour ton oral, tu vas gerer", "lookalike", PASS),
    ("bien joue pour ton match, t'as tout dechire", "lookalike", PASS),
    ("t'es trop fort, tu m'expliques comment t'as fait ?", "lookalike", PASS),
    ("si t'as besoin de parler je suis la", "lookalike", PASS),
    ("le prof nous a dit de fermer la porte et de nous taire", "lookalike", PASS),
    ("tu vas voir, le concert va etre incroyable", "lookalike", PASS),
    ("sinon tu viens chez moi apres les cours ?", "lookalike", PASS),
]

# Second blind batch, written after the first fixes and run before any further fix.
# (phrase, functionality, family)
BATCH2: list[tuple[str, str, str]] = [
    ("wsh qui l'a ajoute lui dans le groupe, enlevez le svp", "ganging", AGGRESSIVE),
    ("franchement tu fais tache sur toutes nos photos", "exclusion", AGGRESSIVE),
    ("elle s'est maquillee avec un rouleau a peinture ou quoi 😂", "mockery", AGGRESSIVE),
    ("tu t'es vu quand t'as bu ? meme sobre t'es lourd", "mockery", AGGRESSIVE),
    ("sors de ma vue stp", "silence", AGGRESSIVE),
    ("personne veut entendre ta voix de crecelle", "body", AGGRESSIVE),
    ("demain je raconte a toute la classe ce que tu m'as confie", "social_threat", AGGRESSIVE),
    ("si tu viens a la soiree on te fait la misere", "pressure", AGGRESSIVE),
    ("t'es la seule a pas avoir compris que t'es de trop", "exclusion", AGGRESSIVE),
    ("on t'a garde une place… dans la poubelle 😂", "humiliation", AGGRESSIVE),
    ("tu ressembles a rien avec ce jogging", "body", AGGRESSIVE),
    ("c'est fou comme t'arrives a saouler tout le monde", "contempt", AGGRESSIVE),
    ("mdrr il pleure encore, quel bebe", "mockery", AGGRESSIVE),
    ("vas-y pleure, ca changera rien", "contempt", AGGRESSIVE),
    ("fais pas genre t'as des potes", "humiliation", AGGRESSIVE),
    ("on va bien rigoler quand tout le monde verra ta video", "social_threat", AGGRESSIVE),
    ("tes notes font honte a ta famille", "degrading", AGGRESSIVE),
    ("reste chez toi lundi, ca vaut mieux pour toi", "pressure", AGGRESSIVE),
    ("t'as cru que t'etais drole ? 😐", "sarcasm", AGGRESSIVE),
    ("grosse tete, petit cerveau", "body", AGGRESSIVE),
    ("tout le groupe a vote contre toi, bye", "ganging", AGGRESSIVE),
    ("jte jure si tu parles encore je balance tes vocaux", "social_threat", AGGRESSIVE),
    ("ta mere elle sait que t'es aussi nulle ?", "humiliation", AGGRESSIVE),
    ("t'es tellement transparent que personne te voit", "humiliation", AGGRESSIVE),
    ("on t'invite pas parce que tu gaches tout, c'est simple", "exclusion", AGGRESSIVE),
    ("va te cacher avec ta coupe de cheveux", "body", AGGRESSIVE),
    ("tu merites tout ce qui t'arrive", "degrading", AGGRESSIVE),
    ("tu vaux pas mieux que ton frere, deux ratés", "degrading", AGGRESSIVE),
    ("mdr personne t'a regrette quand t'es partie", "humiliation", AGGRESSIVE),
    ("on sait tous que t'as copie, fais pas l'innocente", "contempt", AGGRESSIVE),
    ("mdr t'as vu ma tete sur la photo de classe 😂", "self", PASS),
    ("je sors du groupe 5 min je reviens, je dois manger", "planning", PASS),
    ("on t'a garde une place au premier rang 😁", "planning", PASS),
    ("personne a vu mon sweat gris ? je l'ai perdu", "planning", PASS),
    ("tout le monde a vote pour la pizza, desole les burgers", "planning", PASS),
    ("fais pas genre t'as pas vu mon message 😂 reponds", "banter", PASS),
    ("t'as cru que j'allais oublier ton anniv ? 🎂", "banter", PASS),
    ("ptdr t'es pas croyable, t'as encore gagne", "banter", PASS),
    ("si tu viens a la soiree ramene des chips stp", "planning", PASS),
    ("reste chez toi si t'es malade, on te passe les cours", "planning", PASS),
    ("vas-y pleure, ce film est trop triste 😭", "banter", PASS),
    ("ils t'ont exclu du groupe ? c'est nul de leur part, je suis la", "defence", PASS),
    ("ne dites pas qu'elle est de trop, c'est mechant", "defence", PASS),
    ("stop les moqueries sur son physique, c'est pas ok", "defence", PASS),
    ("arrete de dire que personne t'aime, c'est faux", "defence", PASS),
    ("on va bien rigoler a la soiree samedi 🥳", "planning", PASS),
    ("j'ai raconte a toute la classe ton exploit au basket, t'es une star", "banter", PASS),
    ("ma mere sait que je suis nulle en maths mdr", "self", PASS),
    ("je ressemble a rien avec ce jogging mais flemme", "self", PASS),
    ("il m'a dit que j'avais une voix de crecelle 😢", "reported", PASS),
    ("elles ont dit que je faisais tache sur leurs photos", "reported", PASS),
    ("calmos tout le monde, c'est qu'une note", "calming", PASS),
    ("on se calme, personne merite de se faire insulter", "calming", PASS),
    ("je suis d'accord avec toi mais dis le plus gentiment", "calming", PASS),
    ("franchement ton expose etait bien, t'inquiete", "lookalike", PASS),
    ("tu merites ta bonne note, t'as trop bosse", "lookalike", PASS),
    ("je vais le payer en deux fois ce velo", "lookalike", PASS),
    ("tu vas voir ce qui t'attend au parc d'attractions, c'est ouf", "lookalike", PASS),
    ("mets ta photo de profil a jour, on te reconnait pas", "lookalike", PASS),
    ("je balance les reponses du quiz dans le groupe ce soir", "lookalike", PASS),
]

# Third blind batch, written after the second fixes and run before any further fix.
# (phrase, functionality, family)
BATCH3: list[tuple[str, str, str]] = [
    ("t'as encore mis ce pull moche, t'en as qu'un ou quoi", "body", AGGRESSIVE),
    ("arrete de faire ta star, t'as 40 vues", "mockery", AGGRESSIVE),
    ("personne t'ecoute quand tu parles mdr", "contempt", AGGRESSIVE),
    ("on a tous mute la conv quand tu ecris", "ganging", AGGRESSIVE),
    ("c'est bon on a compris que t'etais un fayot", "contempt", AGGRESSIVE),
    ("degage de notre table a la cantine", "exclusion", AGGRESSIVE),
    ("je vais faire une story avec ta photo la plus moche", "social_threat", AGGRESSIVE),
    ("si t'avais des amis tu serais pas la", "humiliation", AGGRESSIVE),
    ("ta voix me donne envie de me boucher les oreilles", "body", AGGRESSIVE),
    ("tu ferais mieux de changer d'ecole", "exclusion", AGGRESSIVE),
    ("tout le monde rigole de ton accent", "humiliation", AGGRESSIVE),
    ("on t'a jamais aime ici, fallait le dire", "exclusion", AGGRESSIVE),
    ("va pleurer chez le cpe comme d'hab", "contempt", AGGRESSIVE),
    ("meme les profs en ont marre de toi", "humiliation", AGGRESSIVE),
    ("t'es vraiment le boulet du groupe", "degrading", AGGRESSIVE),
    ("on va voir si tu fais encore la maline lundi", "pressure", AGGRESSIVE),
    ("tu parles trop pour quelqu'un que personne aime", "degrading", AGGRESSIVE),
    ("regarde moi ce nez 😂😂", "body", AGGRESSIVE),
    ("t'as une tete a claques", "degrading", AGGRESSIVE),
    ("on se cotise pour t'acheter des amis ? 😂", "sarcasm", AGGRESSIVE),
    ("j'ai encore mis mon pull moche de noel mdr", "self", PASS),
    ("arrete de faire ta star et viens danser 😂", "banter", PASS),
    ("personne m'ecoute quand je parle de mon chat mdr", "self", PASS),
    ("on a mute la conv pendant le film, sorry", "planning", PASS),
    ("c'est bon on a compris, t'as eu 18 😂 bravo", "banter", PASS),
    ("degage ta trousse de ma table stp", "planning", PASS),
    ("je vais faire une story avec ta photo de l'anniv, t'es trop belle dessus", "lookalike", PASS),
    ("si t'as besoin d'amis pour le projet, viens avec nous", "defence", PASS),
    ("ta voix est trop belle quand tu chantes", "lookalike", PASS),
    ("tu ferais mieux de reviser ce soir, le controle est dur", "lookalike", PASS),
    ("tout le monde a adore ton expose", "lookalike", PASS),
    ("on t'aime fort, reviens vite", "lookalike", PASS),
    ("va voir le cpe pour ton retard", "planning", PASS),
    ("les profs en ont marre de la classe entiere mdr", "lookalike", PASS),
    ("t'es le meilleur du groupe en anglais", "lookalike", PASS),
    ("on va voir le match lundi ?", "planning", PASS),
    ("tu parles trop vite, j'ai rien compris", "lookalike", PASS),
    ("regarde moi ce coucher de soleil 😍", "lookalike", PASS),
    ("t'as une tete de quelqu'un qui a pas dormi, ca va ?", "lookalike", PASS),
    ("elle a dit que j'avais une tete a claques, ca m'a saoule", "reported", PASS),
]

# Not blind: threats after a condition that the support frame used to cancel, and support that it must still read.
# (phrase, functionality, family)
SUPPORT_FRAME: list[tuple[str, str, str]] = [
    ("si tu parles a quelqu'un je te tue", "support_frame", AGGRESSIVE),
    ("si tu viens a la soiree je te defonce", "support_frame", AGGRESSIVE),
    ("if you have a problem with me i'll beat you up", "support_frame", AGGRESSIVE),
    ("if you are late again i'll break your legs", "support_frame", AGGRESSIVE),
    ("if you feel like hurting yourself, i'll be here for you", "support_frame", PASS),
    ("si tu as envie de te faire du mal, je te conseille d'appeler le 3114", "support_frame", PASS),
    ("si t'as des idees noires a la recre, viens me voir", "support_frame", PASS),
]

ALL_CASES = BATCH1 + BATCH2 + BATCH3 + SUPPORT_FRAME

#: What the engine still reads wrongly, with the reason (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "t'as vu sa tete quand le prof l'a interroge 😂 il allait pleurer": "laughing at someone's face is everyday talk (test_golden_everyday: 'je suis mort 💀 t'as vu sa tête'); only the fear mocked after it tells the two apart",
    "wow quelle intelligence, on t'applaudit ou quoi": "sarcasm: praise said to mean the opposite",
    "oh le genie est de retour, cachez vous": "sarcasm: praise said to mean the opposite",
    "t'es vraiment une lumiere toi hein 🙄": "sarcasm: a compliment said with an eye-roll",
    "quel talent pour gacher l'ambiance, chapeau": "sarcasm: praise said to mean the opposite",
    "ah bah bravo, encore un message inutile de ta part": "contempt for a message in the words a disagreement uses ('inutile' counts only said of the reader)",
    "tu parles encore et je te bloque de partout": "blocking someone is a user's right: only the tone tells a threat from a boundary",
    "tu bouges pas de la sortie, on t'attend a 17h": "'on t'attend à 17h' is a meeting; the threat reading ('tu bouges pas, on t'attend') holds only when nothing follows 'on t'attend'",
    "parait qu'elle a triche pour avoir ses notes, faites tourner": "a rumour about someone absent: gossip and news share its words",
    "elle est sortie avec la moitie du lycee tout le monde le sait": "a sexual rumour with no word of its own",
    "il vole dans les casiers, faites gaffe a vos affaires": "an accusation that reads as a warning: only the conversation tells",
    "t'es un boulet mais t'es mon boulet ❤️": "affection without laughter: 'mais t'es mon …' takes the put-down back, which no rule reads (teasing needs laughter and a word of affection)",
    "t'es trop une folle toi ptdr": "allowed, but 'folle' keeps a mild abuse reason: laughter alone does not make teasing",
    "t'es chiant a toujours avoir raison mdr": "allowed, but 'chiant' keeps a mild abuse.vulgar reason: laughter alone does not make teasing",
    "tais toi je suis pas pret pour cette info 😂": "allowed, but 'tais-toi' keeps a mild abuse.dismiss reason",
    "t'es ridicule avec ton bonnet de pere noel mdr je veux le meme": "nudged: 'ridicule' aimed at the reader; the envy after it ('je veux le même') is not read",
    "wsh qui l'a ajoute lui dans le groupe, enlevez le svp": "exclusion asked of an admin: 'enlevez-le' is also said of a bot or a photo",
    "elle s'est maquillee avec un rouleau a peinture ou quoi 😂": "mockery as an image that needs world knowledge",
    "tu t'es vu quand t'as bu ? meme sobre t'es lourd": "an old slogan turned into a jibe; 'lourd' is also slang praise",
    "reste chez toi lundi, ca vaut mieux pour toi": "a veiled threat that reads as advice (as in test_golden_threats)",
    "t'es tellement transparent que personne te voit": "an image ('transparent') that only the rest of the sentence makes a put-down",
    "on t'invite pas parce que tu gaches tout, c'est simple": "exclusion with a reason: 'on t'invite pas' alone is also a plain fact",
    "va te cacher avec ta coupe de cheveux": "'va te cacher' is an idiom of shame, and the hair is named with no mocking word",
    "tu merites tout ce qui t'arrive": "cruel said of bad luck, praise said of success: only the conversation tells",
    "tu vaux pas mieux que ton frere, deux ratés": "the insult noun stands alone after a comma, not aimed by 't'es'",
    "mdr personne t'a regrette quand t'es partie": "exclusion said in the past tense",
    "on sait tous que t'as copie, fais pas l'innocente": "an accusation: disagreement and rumour share its words",
    "t'as encore mis ce pull moche, t'en as qu'un ou quoi": "mockery of clothes: 'moche' said of a thing is ordinary ('mon pull moche de noël')",
    "arrete de faire ta star, t'as 40 vues": "'faire ta star' is also banter; only the small number mocks",
    "si t'avais des amis tu serais pas la": "a put-down said as a condition",
    "ta voix me donne envie de me boucher les oreilles": "body shaming said as an image of the author's own reaction",
    "on t'a jamais aime ici, fallait le dire": "'aimer' negated by 'jamais': the love-denied frames hold 'personne t'aime' and 'on veut pas de toi', not every tense",
    "on va voir si tu fais encore la maline lundi": "a veiled threat that reads as a wager: only the conversation tells",
    "tu parles trop pour quelqu'un que personne aime": "'personne aime' about the reader, in a relative clause the frames do not read",
    "regarde moi ce nez 😂😂": "a body part and laughter: the same words admire ('regarde-moi ces cheveux 😍')",
    "je vais faire une story avec ta photo de l'anniv, t'es trop belle dessus": "allowed, but fr.grooming.patterns.tsv reads a photo next to 'trop belle' as a weak grooming hint (owned elsewhere)",
}


def check_family(verdict: Verdict, family: str, text: str) -> None:
    """Assert that ``verdict`` belongs to ``family`` (see the families above)."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} ({verdict.rule}) {verdict.reasons}"
    if family == AGGRESSIVE:
        assert verdict.action != "allow", f"{text!r}: {got}"
    elif family == PASS:
        assert verdict.action == "allow" and not cats & ABUSIVE, f"{text!r}: {got}"
    else:
        raise AssertionError(f"unknown family {family!r}")


@pytest.mark.parametrize(
    ("text", "functionality", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_chat_aggression_case(guard: Guard, text: str, functionality: str, family: str) -> None:
    check_family(guard.check(text), family, text)


def test_chat_aggression_ranks_aggression_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC of the abusive score, every aggressive phrasing against every look-alike."""
    verdicts = [(guard.check(text), family) for text, _, family in ALL_CASES]
    labels = [family == AGGRESSIVE for _, family in verdicts]
    assert roc_auc(labels, [abusive(v) for v, _ in verdicts]) >= MIN_ROC_AUC


def test_probe_is_balanced_and_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_chat_aggression")
    assert len(earlier) > 3000
    assert not earlier & set(texts)
    families = [family for _, _, family in ALL_CASES]
    positives = families.count(AGGRESSIVE)
    assert positives >= 100 and len(families) - positives >= 100
