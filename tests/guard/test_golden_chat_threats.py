"""Tenth probe, written blind: threats and intimidation in French teen group chats, and their look-alikes.

Threats as teenagers type them in a group chat (SMS spelling, no accents, "jvais", "on va t",
"tkt", "frr", "wsh", emoji, English loanwords): coming to hurt ("on arrive pour te …"),
collective threats ("avec mes potes on va …", "toute la classe va …"), conditionals ("si je te
croise …", "si tu balances …"), a time or a place ("demain à la récré", "lundi t'es mort"),
imperatives with a violent consequence ("viens on règle ça dehors", "descends si t'es un
homme"), veiled threats ("tu sais pas ce qui t'attend", "fais attention à toi quand tu
rentres"), threats by emoji or by a weapon, blackmail by exposure, loanwords ("t'es dead",
"on va te jump"), and a negation said before the threat ("tu bouges pas, on arrive pour te …").
Beside them, the look-alikes: friends meeting up ("on arrive dans 5 min", "on t'attend devant
le ciné"), games and sports ("je vais te défoncer à fifa", "on arrive pour les défoncer au
match"), food and exam hyperbole, a threat reported by its target (a care reason, ``bullied``,
never a block), support, banter with a clear marker (laughter and a word or emoji of love), and
a threat negated ("je vais pas te frapper tkt").

Written by the team, with no sentence taken from a dataset (none was looked at while writing)
or from the earlier golden suites, which ``test_probe_is_balanced_and_fresh`` checks.

Criterion: a threat must not be allowed (threats block); a look-alike must be allowed with no
reason in an abusive category (abuse, hate, threat, sexual, incitement); a report must not be
blocked, must carry a ``bullied`` reason and no abusive one. Measured with ``Guard()`` (default
mode, learned layer on); the abusive score is the strongest of the abusive categories, as in
``evaluate``; the ROC-AUC sets threats against look-alikes (reports left out).

- ``BATCH1``, 203 phrasings (104 threats, 88 look-alikes, 11 reports), at 6f08fc0 before any
  fix: 67 of 104 threats allowed (arrival 11 of 14, collective 9 of 10, conditional 7 of 12,
  time and place 5 of 12, imperative 8 of 10, veiled 10 of 12, object 5 of 8, exposure 3 of 8,
  loanword 8 of 8, negation 1 of 10), 12 of 88 look-alikes wrong (banter 6 of 10, games 2 of
  14, meeting up 1 of 16, sport 1 of 12, support 1 of 10, negated 1 of 8), 6 of 11 reports with
  no care reason; ROC-AUC 0.703.
- A negation said before a threat cancelled it when the threat opened with its own subject:
  "tu bouges pas t'es mort", "fais pas le malin t'es mort", "ne me touche pas sinon t'es mort",
  "don't move you're dead" were allowed, and so was "je sais pas je veux mourir" (no care flag).
  ``context._negated`` now reads a negation as governing its own clause only (see
  ``test_context.test_a_negation_cancels_only_what_it_governs``).
- The first fixes, general frames in ``fr.threats.patterns.tsv``: a motion verb + "pour te" +
  a violent verb; "attends-toi à / prépare-toi à / tu vas" + a beating ("prendre cher", "te
  faire démonter", "comprendre ta douleur"); "tu vas manger / pleurer" at the end of the
  message or before a moment of the school day; a moment or a condition before "t'es cuit /
  dead / fini"; "si je te croise … je t'éclate"; "si tu … tu rentres pas entier / je te
  retrouve"; "on règle ça dehors"; a dare ("descends si t'es un homme"); ultimatums ("ou je te
  la ferme"); veiled threats at the end of a message ("tu sais pas ce qui t'attend", "ça va mal
  finir pour toi", "on verra si tu fais le malin quand t'es tout seul", "je te conseille de pas
  venir lundi", "regarde derrière toi quand tu sors"); a gang waiting ("on est 10 à
  t'attendre derrière le gymnase"); collective subjects; a weapon announced or shown in emoji;
  blackmail ("je balance tes DM … si tu me réponds pas"); loanwords with a real-life cue
  ("t'es dead à la sortie", "je vais te kill si tu …"); reported threats with "qu'on", in the
  conditional, or with any group as the subject; a threat reported to the reader to warn them
  ("si on te dit qu'on va te frapper, va voir la CPE") is a report. Game and sport idioms
  ("sur smash", "au loup-garou", "la prochaine game", "au cross"); heart emoji count as
  affection. In ``context.py``: a support frame ("si t'es …") that starts inside a threat does
  not cancel it, and a violent threat said laughing next to a word of love is teasing, as a mild
  put-down already was.
- After the first fixes: ``BATCH1`` 9 of 104 threats allowed, 4 of 88 look-alikes wrong, every
  report with a care reason; ROC-AUC 0.914.
- ``BATCH2``, 50 new phrasings written after those fixes and run once before any further fix:
  22 of 25 threats allowed, 1 of 22 look-alikes wrong ("je vais te défoncer sur rocket ce
  soir"), 1 of 3 reports with no care reason; ROC-AUC 0.613 (the engine before any fix of this
  probe: 23 of 25, 1 of 22, 1 of 3, 0.578). As in the earlier blind probes, frames written for
  one batch barely reach new wordings.
- The second fixes: any subject but a parent, a teacher, a thing or a third person warning
  ("il va te frapper") + "va / vont te" + a strong violent verb, or a weaker one before a
  moment ("toute la 4e B va te défoncer jeudi"); "t'es un(e) X mort(e)" (not "un poids mort",
  "une feuille morte"); "on veut ta peau"; "prépare ton cercueil / ton dentier"; "dead meat";
  a weapon kept "pour toi"; weapon emoji before blood or "bientôt"; coming to "régler ça" at the
  reader's home; "tu finis aux urgences"; "je t'arrache la langue", "je te brise"; "tu vas pas
  passer la semaine"; "t'as pas idée de ce qui t'attend", "tu verras qui t'attend", "tu vas
  voir ta tête demain"; "tu vas saigner"; suffering promised after a moment of the school day;
  "m'envoient" as a report frame; "sur rocket", "au quiz", "à la course".
- After the second fixes: ``BATCH1`` 9 of 104, 4 of 88, 0 of 11, ROC-AUC 0.914; ``BATCH2`` 6 of
  25, 0 of 22, 0 of 3, ROC-AUC 0.909. The evaluation files did not move but for the
  cyberagressionado ROC-AUCs (0.835 to 0.836, 0.787 to 0.788): over every row of the three
  French files, 9 verdicts changed, 4 of them a put-down after "pas … il" now read, 2 a report
  frame too wide ("m'envoie", since removed).
- What is left (``KNOWN_MISSES``): threats with no violent word that only the conversation tells
  from care or a meeting ("on va bien s'occuper de toi", "il va venir te voir à la sortie 😈",
  "tout le quartier te cherche"), unnamed weapons, "one shot" read as a hyperbole idiom, banter
  said with laughter alone (laughter does not make a threat teasing), and two look-alikes held
  by rows owned elsewhere.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict
from cocon.guard.evaluate import ABUSIVE_CATEGORIES, roc_auc

from .golden_texts import abusive, with_known_misses

#   threat   not allowed (threats block)
#   pass     allowed, no reason in an abusive category (care flags are fine)
#   report   not blocked, a ``bullied`` reason, no abusive one
THREAT, PASS, REPORT = "threat", "pass", "report"
ABUSIVE = frozenset(ABUSIVE_CATEGORIES)
#: The whole probe scores 0.913 after the fixes (0.703 for ``BATCH1`` blind, 0.613 for ``BATCH2``).
MIN_ROC_AUC = 0.88

# First blind batch.
# (phrase, functionality, family)
BATCH1: list[tuple[str, str, str]] = [
    ("bouge pas on arrive pour te defoncer frr", "arrival", THREAT),
    ("jarrive chez toi et tu vas prendre cher", "arrival", THREAT),
    ("on debarque a ton lycee demain et tu vas comprendre ta douleur", "arrival", THREAT),
    ("on monte chez toi la, on va te tabasser", "arrival", THREAT),
    ("attends toi a te faire demonter a la sortie", "arrival", THREAT),
    ("prepare toi a prendre une raclee lundi", "arrival", THREAT),
    ("prepare toi mentalement parce que demain t'es mort", "arrival", THREAT),
    ("on arrive avec les grands du quartier, cours", "arrival", THREAT),
    ("jsuis en route pour te casser la gueule", "arrival", THREAT),
    ("on vient te chercher ce soir et ca va mal finir pour toi", "arrival", THREAT),
    ("j'arrive tkt tu vas manger", "arrival", THREAT),
    ("on est en bas de chez toi, descends qu'on te nique", "arrival", THREAT),
    ("on se pointe a ta sortie de cours pour te regler ton compte", "arrival", THREAT),
    ("wsh on arrive, t'as 5 min pour te cacher", "arrival", THREAT),
    ("avec mes potes on va te faire la misere a la recre", "collective", THREAT),
    ("moi et mes gars on va t'attraper a la sortie", "collective", THREAT),
    ("toute la classe va te tomber dessus demain", "collective", THREAT),
    ("on est 10 a t'attendre derriere le gymnase", "collective", THREAT),
    ("mes grands freres vont s'occuper de toi", "collective", THREAT),
    ("j'ai appele mon cousin il va venir te voir a la sortie 😈", "collective", THREAT),
    ("on va etre plusieurs a te tomber dessus", "collective", THREAT),
    ("tout le quartier te cherche, sors plus de chez toi", "collective", THREAT),
    ("avec la team on va te goumer toi et ta bande", "collective", THREAT),
    ("ma bande va t'eclater vendredi", "collective", THREAT),
    ("si tu parles encore de ma soeur t'es mort", "conditional", THREAT),
    ("si je te croise dans le couloir je t'eclate", "conditional", THREAT),
    ("si tu reviens au city stade t'es morte", "conditional", THREAT),
    ("si tu racontes ca a la cpe je te retrouve", "conditional", THREAT),
    ("si je te vois avec elle je te casse les jambes", "conditional", THREAT),
    ("si tu balances mon nom t'auras plus de dents", "conditional", THREAT),
    ("tu reponds encore une fois et je te demonte", "conditional", THREAT),
    ("encore un mot et t'es mort", "conditional", THREAT),
    ("si tu me recroises t'as interet a courir vite", "conditional", THREAT),
    ("si tu touches a mon frere je te fais la peau", "conditional", THREAT),
    ("si jamais tu viens a la soiree tu rentres pas entier", "conditional", THREAT),
    ("si tu screen ca je te retrouve et tu vas pleurer", "conditional", THREAT),
    ("demain a la recre tu vas voir ta race", "time_place", THREAT),
    ("lundi t'es mort", "time_place", THREAT),
    ("a la sortie tu vas voir ce qui va t'arriver", "time_place", THREAT),
    ("vendredi 17h derriere le gymnase, viens seul", "time_place", THREAT),
    ("ce soir au parc t'es mort frr", "time_place", THREAT),
    ("demain en sport tu vas te prendre des coups", "time_place", THREAT),
    ("a la cantine tu vas regretter d'etre ne", "time_place", THREAT),
    ("rdv 16h30 devant le portail tu vas manger", "time_place", THREAT),
    ("apres les cours c'est toi et moi, tu vas pleurer", "time_place", THREAT),
    ("a la recre je te choppe et je te fume", "time_place", THREAT),
    ("mercredi t'auras plus de dents", "time_place", THREAT),
    ("demain matin a l'arret de bus t'es cuit", "time_place", THREAT),
    ("viens on regle ca dehors", "imperative", THREAT),
    ("descends si t'es un homme", "imperative", THREAT),
    ("sors si t'es un bonhomme on va voir", "imperative", THREAT),
    ("viens a la sortie si t'as des couilles", "imperative", THREAT),
    ("viens me dire ca en face tu vas voir ce qui va se passer", "imperative", THREAT),
    ("ramene toi au stade on regle ca entre hommes", "imperative", THREAT),
    ("cours vite parce que si je t'attrape c'est fini pour toi", "imperative", THREAT),
    ("viens seul au parc ce soir on va discuter 🔪", "imperative", THREAT),
    ("baisse les yeux quand tu me parles ou je te les creve", "imperative", THREAT),
    ("ferme ta bouche ou je te la ferme moi meme", "imperative", THREAT),
    ("tu vas le regretter toute ta vie", "veiled", THREAT),
    ("fais attention a toi quand tu rentres ce soir", "veiled", THREAT),
    ("on sait ou tu traines le samedi", "veiled", THREAT),
    ("profite bien de tes derniers jours au college", "veiled", THREAT),
    ("regarde bien derriere toi quand tu sors", "veiled", THREAT),
    ("tu sais pas ce qui t'attend demain", "veiled", THREAT),
    ("je te conseille de pas venir lundi", "veiled", THREAT),
    ("on verra si tu fais toujours le malin quand t'es tout seul", "veiled", THREAT),
    ("t'inquiete on va bien s'occuper de toi", "veiled", THREAT),
    ("je connais ton chemin pour rentrer chez toi", "veiled", THREAT),
    ("ca va mal finir pour toi, crois moi", "veiled", THREAT),
    ("un jour tu seras seul et la on parlera", "veiled", THREAT),
    ("🔪🔪 toi demain", "object", THREAT),
    ("j'ai ramene de quoi te calmer 🔪", "object", THREAT),
    ("demain je viens avec ma lame", "object", THREAT),
    ("t'as vu ce que j'ai dans mon sac ? demain c'est pour toi", "object", THREAT),
    ("🔫 t'es le prochain", "object", THREAT),
    ("j'ai un cadeau pour toi a la sortie 🔪😈", "object", THREAT),
    ("je ramene la batte lundi, tu vas comprendre", "object", THREAT),
    ("⚰️ c'est ce qui t'attend", "object", THREAT),
    ("si tu me bloques j'envoie tes photos a toute la classe", "exposure", THREAT),
    ("je vais ruiner ta reputation au college", "exposure", THREAT),
    ("tout le monde va savoir ce que t'as fait, attends toi", "exposure", THREAT),
    ("j'ai tes nudes, tu fais ce que je dis ou je les poste", "exposure", THREAT),
    (
        "je vais faire une story sur toi et tout le monde va se foutre de ta gueule",
        "exposure",
        THREAT,
    ),
    ("je vais dire a tout le monde que t'es gay si tu me rends pas mon argent", "exposure", THREAT),
    ("demain tu vas etre affiche sur tous les groupes", "exposure", THREAT),
    ("je balance tes dm a ton mec si tu me reponds pas", "exposure", THREAT),
    ("t'es dead a la sortie", "loanword", THREAT),
    ("je vais te one shot irl frr", "loanword", THREAT),
    ("on va te jump demain apres les cours", "loanword", THREAT),
    ("t'es done, on t'a dans le viseur", "loanword", THREAT),
    ("on va te catch a la sortie", "loanword", THREAT),
    ("je vais te smash la tete contre le casier", "loanword", THREAT),
    ("watch out toi demain", "loanword", THREAT),
    ("i swear jvais te kill si tu parles encore", "loanword", THREAT),
    ("tu bouges pas du portail on arrive pour te defoncer", "negation", THREAT),
    ("bouge pas, on vient te chercher et tu vas prendre cher", "negation", THREAT),
    ("personne peut t'aider, jvais te defoncer", "negation", THREAT),
    ("je rigole pas, je vais te tuer", "negation", THREAT),
    ("c'est pas une blague, on va te frapper demain", "negation", THREAT),
    ("t'es pas pret, on va te massacrer", "negation", THREAT),
    ("ne parle plus a ma meuf sinon je te casse la gueule", "negation", THREAT),
    ("je te lacherai pas, je vais te retrouver et te frapper", "negation", THREAT),
    ("fuis pas, on t'attend a la sortie", "negation", THREAT),
    ("j'ai pas peur de toi, je vais te demonter", "negation", THREAT),
    ("on arrive dans 5 min tkt", "meetup", PASS),
    ("on t'attend devant le cine, grouille", "meetup", PASS),
    ("j'arrive, commande moi un tacos", "meetup", PASS),
    ("on debarque chez toi a 20h pour la soiree 🎉", "meetup", PASS),
    ("on monte, ouvre la porte stp", "meetup", PASS),
    ("bouge pas on arrive, on est au feu rouge", "meetup", PASS),
    ("prepare toi on passe te chercher a 14h", "meetup", PASS),
    ("attends toi a une surprise pour ton anniv 🎁", "meetup", PASS),
    ("on t'attend a la sortie pour aller au kebab", "meetup", PASS),
    ("viens on se pose dehors il fait trop beau", "meetup", PASS),
    ("descends on est en bas avec les trottinettes", "meetup", PASS),
    ("demain a la recre on se fait un uno ?", "meetup", PASS),
    ("lundi rdv au cdi pour l'expose", "meetup", PASS),
    ("on vient te chercher a la gare, tu sors par ou ?", "meetup", PASS),
    ("on est 6 a venir a ta soiree c'est bon ?", "meetup", PASS),
    ("avec mes potes on va au skatepark samedi tu viens ?", "meetup", PASS),
    ("je vais te defoncer a fifa ce soir", "game", PASS),
    ("jvais te demonter sur smash bros mdr", "game", PASS),
    ("on va vous eclater en 2v2 sur fortnite", "game", PASS),
    ("t'es mort a mario kart, prepare toi", "game", PASS),
    ("je te one shot au sniper a chaque fois ptdr", "game", PASS),
    ("viens 1v1 sur rocket league si t'es un homme", "game", PASS),
    ("je vais te kill dans la prochaine game", "game", PASS),
    ("on arrive pour vous defoncer au tournoi de valo", "game", PASS),
    ("je te fais la peau aux echecs demain", "game", PASS),
    ("attends toi a perdre au uno ce soir 😈", "game", PASS),
    ("je vais t'eclater au ping pong a la recre", "game", PASS),
    ("je te massacre au loup garou ce soir", "game", PASS),
    ("prepare toi a pleurer sur clash royale", "game", PASS),
    ("je vais te smash sur brawl", "game", PASS),
    ("on arrive pour les defoncer au match samedi", "sport", PASS),
    ("dimanche on va ecraser l'equipe de villeneuve", "sport", PASS),
    ("on va les massacrer en finale du tournoi de hand", "sport", PASS),
    ("le coach a dit qu'on allait les detruire au basket", "sport", PASS),
    ("demain au foot on les demonte", "sport", PASS),
    ("viens on va courir dehors avant le match", "sport", PASS),
    ("on va les tuer au relais 4x100 tkt", "sport", PASS),
    ("j'ai ramene de quoi faire un foot a la recre ⚽", "sport", PASS),
    ("on monte en d1 l'annee prochaine on va tout casser", "sport", PASS),
    ("je vais exploser mon record au 100 m", "sport", PASS),
    ("on va te defoncer au hand en eps mdr prepare toi", "sport", PASS),
    ("t'es mort au cross demain, t'as pas couru de l'annee", "sport", PASS),
    ("je vais defoncer ce controle de maths", "hyperbole", PASS),
    ("ce tacos je vais le massacrer", "hyperbole", PASS),
    ("le brevet demain je suis mort", "hyperbole", PASS),
    ("la prof va nous tuer avec son dm", "hyperbole", PASS),
    ("je vais tuer ma soeur elle a fini les cereales", "hyperbole", PASS),
    ("ma mere va me tuer j'ai perdu mes cles", "hyperbole", PASS),
    ("j'ai eclate le bac blanc de philo", "hyperbole", PASS),
    ("cette pizza elle m'a tue ptdr", "hyperbole", PASS),
    ("je vais exploser ce burger", "hyperbole", PASS),
    ("l'interro de svt m'a detruit", "hyperbole", PASS),
    ("si je rate le bus je suis morte", "hyperbole", PASS),
    ("si j'ai moins de 10 mon pere me tue", "hyperbole", PASS),
    ("il m'a dit qu'il allait me defoncer a la sortie j'ai peur", "report", REPORT),
    ("des 3eme m'ont ecrit qu'ils allaient me frapper demain", "report", REPORT),
    ("elle arrete pas de me dire qu'on va me retrouver", "report", REPORT),
    ("on m'a envoye un message 'on sait ou t'habites' je fais quoi", "report", REPORT),
    ("ils m'attendent tous les soirs devant le college pour me taper", "report", REPORT),
    ("il me menace de balancer mes photos si je lui parle pas", "report", REPORT),
    ("quelqu'un m'a ecrit 'lundi t'es mort' j'ose plus aller en cours", "report", REPORT),
    ("des gars du lycee m'ont menacee avec un couteau hier", "report", REPORT),
    ("mon ex dit qu'il va tout poster si je reviens pas", "report", REPORT),
    ("un grand de 4eme m'a dit que si je parlais il me ferait la peau", "report", REPORT),
    ("on m'a dit qu'on allait m'attendre a la sortie pour me frapper", "report", REPORT),
    ("si quelqu'un te menace, parle en a un adulte", "support", PASS),
    ("si on te dit qu'on va te frapper, va voir la cpe direct", "support", PASS),
    ("t'inquiete personne va te toucher, on est la", "support", PASS),
    ("je reste avec toi a la sortie comme ca personne t'embete", "support", PASS),
    ("si ils te menacent encore dis le moi je previens le prof", "support", PASS),
    ("tu peux appeler le 3018 si on te harcele", "support", PASS),
    ("on va t'accompagner jusqu'au bus, ils oseront rien faire", "support", PASS),
    ("fais attention a toi sur la route, il neige", "support", PASS),
    ("rentre bien, fais gaffe a toi ce soir ❤️", "support", PASS),
    ("je sais que tu traines avec eux, fais gaffe ils sont chelous", "support", PASS),
    ("mdr je vais te tuer t'as spoil la fin 😂", "banter", PASS),
    ("t'es morte toi ptdr t'as mange ma part de gateau ❤️", "banter", PASS),
    ("jvais te frapper tellement t'es bete mdr jtm", "banter", PASS),
    ("arrete ou je te chatouille jusqu'a la mort 😂", "banter", PASS),
    ("si tu manges mon kinder je te tue mdr ❤️", "banter", PASS),
    ("mdrr attends toi a des represailles pour la photo moche que t'as postee 😂", "banter", PASS),
    ("je te jure jvais t'etrangler si tu chantes encore cette chanson ptdr", "banter", PASS),
    ("on va te jeter dans la piscine pour ton anniv mdr prepare toi 🎉", "banter", PASS),
    ("frr si tu me spoil one piece je te bloque ptdr", "banter", PASS),
    ("je suis dead ptdr ta video", "banter", PASS),
    ("je vais pas te frapper tkt, calme toi", "negated", PASS),
    ("personne va te defoncer, ils disaient ca pour rire", "negated", PASS),
    ("on va pas t'attendre a la sortie, on part direct au foot", "negated", PASS),
    ("je te ferai jamais de mal, t'es ma soeur", "negated", PASS),
    ("t'inquiete on va pas te tuer pour un retard mdr", "negated", PASS),
    ("ils vont pas te taper, je leur ai parle", "negated", PASS),
    ("jamais je te toucherai, promis", "negated", PASS),
    ("non je vais pas te balancer, je garde le secret", "negated", PASS),
    ("t'es done avec ton expose ? on va au mcdo", "loanword", PASS),
    ("on va les jump direct en ranked ce soir", "loanword", PASS),
    ("watch out il pleut grave a la sortie", "loanword", PASS),
    ("j'ai ramene de quoi manger pour toute la classe 🍕", "object", PASS),
    ("demain je viens avec ma guitare pour la fete de fin d'annee", "object", PASS),
    ("🔪🍅 je cuisine ce soir qui vient", "object", PASS),
]

# Second blind batch, written after the first fixes and measured before the second.
BATCH2: list[tuple[str, str, str]] = [
    ("attends ce soir on passe chez toi regler ca", "arrival", THREAT),
    ("je suis devant ton bat, descends ou je monte", "arrival", THREAT),
    ("on sera la a 16h avec les gars, t'as pas idee de ce qui t'attend", "arrival", THREAT),
    ("jviens te trouver a la fin du cours et tu vas saigner", "arrival", THREAT),
    ("prepare ton dentier pour demain", "veiled", THREAT),
    (
        "t'as plus que quelques heures pour t'excuser apres c'est trop tard pour toi",
        "veiled",
        THREAT,
    ),
    ("tu vas pas passer la semaine frero", "veiled", THREAT),
    ("reste bien chez toi ce week end c'est mieux pour ta sante", "veiled", THREAT),
    ("mes reufs t'attendent a l'arret du 12 ce soir", "collective", THREAT),
    ("on est toute une equipe a vouloir ta peau", "collective", THREAT),
    ("toute la 4eme B va te defoncer jeudi", "collective", THREAT),
    ("si t'ouvres encore ta bouche sur moi je t'arrache la langue", "conditional", THREAT),
    ("redis ca une fois et tu finis aux urgences", "conditional", THREAT),
    ("si tu vas voir le prof t'es une balance morte", "conditional", THREAT),
    ("t'approches plus de ma copine sinon je te brise", "conditional", THREAT),
    ("au gymnase apres l'eps on va te faire ta fete", "time_place", THREAT),
    ("jeudi apres la cantine tu vas souffrir", "time_place", THREAT),
    ("sors du bus a ton arret et tu verras qui t'attend", "time_place", THREAT),
    ("ose venir au foot samedi et on te casse", "imperative", THREAT),
    ("vas y continue de parler, tu vas voir ta tete demain", "imperative", THREAT),
    ("🔪🩸 bientot", "object", THREAT),
    ("j'ai pris le cutter de mon pere pour toi", "object", THREAT),
    (
        "je vais poster ta photo en maillot sur le groupe de la classe si tu paies pas",
        "exposure",
        THREAT,
    ),
    ("t'es dead meat mon gars", "loanword", THREAT),
    ("bouge pas de ton siege en maths, a la fin on t'eclate", "negation", THREAT),
    ("on arrive a la gare dans 10 min, attends nous", "meetup", PASS),
    ("descends on t'attend avec les croissants", "meetup", PASS),
    ("jeudi apres la cantine on va au cdi ensemble ?", "meetup", PASS),
    ("prepare toi on part a 7h demain pour la sortie scolaire", "meetup", PASS),
    ("mes reufs viennent a ton anniv samedi", "meetup", PASS),
    ("on va vous demolir au tournoi de foot du lycee", "sport", PASS),
    ("ce soir on les bat au hand t'inquiete", "sport", PASS),
    ("je vais te rouler dessus a la course demain mdr", "sport", PASS),
    ("je vais te defoncer sur rocket ce soir prepare toi", "game", PASS),
    ("t'es dead en ranked avec ton niveau ptdr", "game", PASS),
    ("je te bute au uno t'as meme pas vu venir", "game", PASS),
    ("on va les eclater au quiz de culture g", "game", PASS),
    ("ce controle de physique va me tuer", "hyperbole", PASS),
    ("j'ai massacre ce kebab en 2 min", "hyperbole", PASS),
    ("si je rate le bac ma mere me tue", "hyperbole", PASS),
    ("la prof m'a defonce a l'oral", "hyperbole", PASS),
    ("elle m'a dit qu'elle allait m'attendre a la sortie avec ses copines", "report", REPORT),
    ("des gens m'envoient 'on va te retrouver' depuis hier", "report", REPORT),
    ("il m'a menace de m'afficher si je sors avec lui", "report", REPORT),
    ("si quelqu'un te dit qu'il t'attend a la sortie, previens nous", "support", PASS),
    ("tkt personne va te faire de mal, je reste avec toi", "support", PASS),
    ("mdr jvais t'etouffer avec ce coussin si tu ronfles encore jtm", "banter", PASS),
    ("t'es mort de rire devant le film ou quoi", "banter", PASS),
    ("je vais pas te taper t'inquiete c'etait pour rire", "negated", PASS),
    ("jamais on te fera de mal ici", "negated", PASS),
]

ALL_CASES = BATCH1 + BATCH2

#: What the engine still reads wrongly, with the reason (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "on arrive avec les grands du quartier, cours": "arriving with backup and a warning to run: no violent word, only the scene tells",
    "wsh on arrive, t'as 5 min pour te cacher": "'t'as 5 min pour te cacher' is also hide-and-seek",
    "mes grands freres vont s'occuper de toi": "'s'occuper de toi' is also looking after someone",
    "j'ai appele mon cousin il va venir te voir a la sortie 😈": "a visit at the school gate is a meeting; only the devil emoji menaces",
    "tout le quartier te cherche, sors plus de chez toi": "'tout le monde te cherche' is also a friendly where-are-you",
    "profite bien de tes derniers jours au college": "also said before the holidays or a move: only at the end of the message is it read",
    "t'inquiete on va bien s'occuper de toi": "care words: a host or a nurse says the same",
    "t'as vu ce que j'ai dans mon sac ? demain c'est pour toi": "an unnamed weapon: only world knowledge tells",
    "je vais te one shot irl frr": "'one shot' is a hyperbole idiom (done in one go) that cancels what it overlaps; 'irl' is not read",
    "mdr je vais te tuer t'as spoil la fin 😂": "laughter alone does not make a threat teasing (a bully laughs too); a word of love does",
    "je te jure jvais t'etrangler si tu chantes encore cette chanson ptdr": "laughter alone does not make a threat teasing",
    "je suis devant ton bat, descends ou je monte": "'descends ou je monte' is also a friend picking someone up",
    "t'as plus que quelques heures pour t'excuser apres c'est trop tard pour toi": "a deadline with no harm named",
    "reste bien chez toi ce week end c'est mieux pour ta sante": "'c'est mieux pour ta santé' is ordinary health advice too",
    "mes reufs t'attendent a l'arret du 12 ce soir": "brothers waiting at a bus stop: also a lift home",
    "au gymnase apres l'eps on va te faire ta fete": "'te faire ta fête' is also a birthday party",
    "ose venir au foot samedi et on te casse": "'au foot' frames the clause as a game, which cancels the threat",
}


def check_family(verdict: Verdict, family: str, text: str) -> None:
    """Assert that ``verdict`` belongs to ``family`` (see the families above)."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} ({verdict.rule}) {verdict.reasons}"
    if family == THREAT:
        assert verdict.action != "allow", f"{text!r}: {got}"
    elif family == PASS:
        assert verdict.action == "allow" and not cats & ABUSIVE, f"{text!r}: {got}"
    elif family == REPORT:
        assert verdict.action != "block" and not cats & ABUSIVE, f"{text!r}: {got}"
        assert "bullied" in cats, f"{text!r}: {got}"
    else:
        raise AssertionError(f"unknown family {family!r}")


@pytest.mark.parametrize(
    ("text", "functionality", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_chat_threats_case(guard: Guard, text: str, functionality: str, family: str) -> None:
    check_family(guard.check(text), family, text)


def test_chat_threats_rank_threats_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC of the abusive score, every threat against every look-alike."""
    scored = [(abusive(guard.check(t)), f) for t, _, f in ALL_CASES if f in (THREAT, PASS)]
    labels = [f == THREAT for _, f in scored]
    assert roc_auc(labels, [s for s, _ in scored]) >= MIN_ROC_AUC


def test_a_negation_before_the_threat_does_not_cancel_it(guard: Guard) -> None:
    """The family the negation fix is for: every one of them blocks."""
    negation = [t for t, fn, f in ALL_CASES if fn == "negation" and f == THREAT]
    assert len(negation) >= 10
    for text in negation:
        assert guard.check(text).action == "block", text


def test_probe_is_balanced_and_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_chat_threats")
    assert len(earlier) > 3000
    assert not earlier & set(texts)
    families = [family for _, _, family in ALL_CASES]
    positives = families.count(THREAT)
    assert positives >= 100 and families.count(PASS) >= 100
    assert families.count(REPORT) >= 10
