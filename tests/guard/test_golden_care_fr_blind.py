"""Eleventh probe, written blind: French youth distress as teenagers type it, and its look-alikes.

There is no French self-harm training data (the learned self-harm head reads English only), so
French care rests on the lexicons and the risk rules alone: a French gap here is a young person
the care team never hears about. The team wrote these phrasings blind (none was run before the
batch was complete; no sentence comes from a dataset or from an earlier golden suite, which
``test_probe_is_fresh`` checks) in the spelling of a chat: no accents, SMS forms ("jsuis", "g
envie", "chuis", "jpp", "j'en peux plu"), emoji (😔💔🥀), verlan and franglais ("dead à
l'intérieur"), Québec, Belgian and Swiss usage ("je suis pu capable", "chu tanné de toute",
"j'ai pu le goût de rien", "ça me fait suer de vivre", "je suis à plat", "mon chum me frappe").

Criterion, per phrasing: the expected minimum risk level (low: worthlessness, loneliness,
exhaustion, hopelessness; moderate: passive or active ideation, self-harm; high: a plan, a method,
the means, an attempt; imminent: a timeframe or a farewell); a higher level is never a miss, and
self-harm is never blocked. Abuse disclosed and bullying suffered must give their category and a
care flag. A look-alike must raise no care flag at all (``none``: idioms and hyperbole, games,
quoted lyrics, films and books, medicine and blades in ordinary use, goodbyes at the end of a
school year, ordinary family scuffles), or at most a low one (``max_low``):

- a friend's risk ("mon amie dit qu'elle veut mourir, je fais quoi ?") is the friend's, not the
  author's. A youth moderator wants the message allowed and never held, the friend's words not
  filed as the author's ideation (the history rule would raise the author's later messages), and
  the care team free to offer help for the friend: at most a low flag. The engine gives one
  (``distress.concern``) when a friend is said to want to die, to hurt themself or to have tried,
  and turns the friend's words that would otherwise read as the author's into that low flag;
- a past the author is over ("il y a deux ans je me scarifiais, aujourd'hui ça va") deserves at
  most a low flag (``self_harm.past``), never a hold: before the fixes "aujourd'hui" was read as
  the moment of an act and such stories were held as imminent.

Measured with ``Guard()`` (default mode, learned layer on).

- ``BATCH1``, 231 phrasings, at 6f08fc0 before any fix: low 23 of 44 right (21 with nothing),
  moderate 32 of 50 (18 with nothing), high 11 of 25 (13 with nothing), imminent 4 of 21 (15 with
  nothing), abuse disclosed 7 of 16, bullied 9 of 16; look-alikes: 4 of 48 raised a care flag
  ("j'ai cru que j'allais crever pendant le cross", a refrain quoted, a poem studied in class, and
  a film's "lettre d'adieu" held as a plan) and 4 of 11 ``max_low`` ones were wrong (three
  recovered stories held as imminent, "comment aider quelqu'un qui a des idées noires ?" read as
  the author's ideation). ROC-AUC of the care score 0.682.
- The fixes, general frames in ``fr.care.patterns.tsv`` (a new theme file) and care markers read
  by ``risk.py``: Québec "pu" for "plus" and "chu", "tanné", "écœuré", "pu capable"; the "j'en peux
  plus" family ("jpp de ma vie"); SMS "jme" before self-hatred; counting for no one, invisible,
  "personne me répond"; "moral à zéro", "au fond du trou", "le bout du tunnel", "tout est noir dans
  ma tête", "je survis", "ma vie c'est de la merde", "qu'un échec"; broken "de l'intérieur"; "si je
  pouvais disparaître", death as "un soulagement", "ça me fait suer de vivre", "fatiguée d'être en
  vie", "si j'étais plus là", "plus un problème pour personne", disappearing "pour de vrai",
  whether life "vaut le coup", opening one's veins, hoping a car hits; self-harm euphemisms
  ("des traits", "X mois clean" and a relapse, "ma lame", sleeves hiding arms, scars "et j'en
  refais"); knowing which bridge, swallowing pills, how many pills "pour mourir", the least
  painful way, ready but for courage, high enough "pour sauter", "failli sauter", a weapon "et
  j'y pense tout le temps", "c'est là que je veux le faire", stockpiles, "ce soir je prends toute
  la boîte", "jvais sauter"; "quand vous lirez ça", "dans 10 minutes". Farewells: goodbyes
  (``care.goodbye``: "prenez soin de vous", "je vous aime tous", giving one's things away,
  "dites à ma mère que") and words of finality (``care.final``: "j'en aurai plus besoin", "c'est
  pas sa faute", "je pouvais plus continuer", "vous avez été les meilleurs") make ideation
  imminent; a goodbye and a finality together, or two goodbyes with 💔 or 🥀, are a farewell with
  no word of dying; a finality makes a named method count ("je suis sur le pont"). Past and
  third party: ``care.recovered`` ("aujourd'hui ça va", "maintenant je vais mieux") turns the
  self-harm words told before it into a low flag and cancels the timeframe inside it;
  ``care.other`` ("mon amie dit …", "comment aider quelqu'un qui …") turns the words inside it
  into a low ``distress.concern``; ``care.fiction`` (a work or a character as the subject: "un
  poème sur …", "le perso laisse …", "le refrain c'est « … »") makes the words inside it no one's
  risk; "j'ai cru que j'allais crever" is hyperbole. Abuse disclosed: a relative who "va encore me frapper",
  "violent avec moi", "des trucs bizarres", "m'a dit de rien dire", "chez moi c'est les coups",
  "me force à", slaps received from a relative ("une raclée par mon daron", "des baffes"),
  parents who say "j'aurais jamais dû naître", an adult and a secret. Bullied: "arrêtent pas de
  m'appeler", "se foutent de ma gueule", "y rient de moi", "y m'écœurent" (Québec), "personne
  veut se mettre à côté de moi", "ils disent que je pue", things taken, pushes, spit; "ils
  m'envoient des messages genre …" as a report frame; threats to post one's photos.
- After the fixes ``BATCH1``: 226 of 231 right (low 44 of 44, moderate 49 of 50, high 21 of 25,
  imminent 21 of 21, disclosed 16 of 16, bullied 16 of 16), no look-alike wrong; ROC-AUC 0.958
  (0.942 once a friend said to want to die got its low flag)
  (the low flags given on purpose to a friend's risk and to a past tie with the low cries). What is
  left is in ``KNOWN_MISSES``.
- ``BATCH2``, 56 new phrasings written after those fixes and run once before any further fix
  (the honest generalisation figure): low 5 of 11 right, moderate 0 of 11, high 1 of 6, imminent
  0 of 6, disclosed 1 of 4, bullied 1 of 4; 1 of 12 look-alikes raised ("je me suis coupé les
  cheveux", an entry of fr.tsv) and 1 of 2 ``max_low`` wrong ("l'année dernière je voulais
  mourir, maintenant j'ai trouvé ma place" held as imminent); ROC-AUC 0.522. The engine before
  this probe scored the same but for one bullied phrasing (0 of 4; ROC-AUC 0.512): as in the
  earlier blind probes, frames written for one batch barely reach new wordings.
- The second fixes cross frames with word lists rather than adding phrases: "l'impression
  d'être" / "je me vois comme" + a list of self-descriptions, "je peux plus me voir / me
  supporter", a heavy or broken heart, worth "à côté de tout le monde", no longer wanting to
  leave one's room, no battery "dans ma tête", "ce serait cool de" + a wish to die, "qu'on
  m'oublie", "ça sert à quoi que je sois là", thinking of or needing to hurt oneself, "je me
  suis" + a cut + a body part (not with a knife in the kitchen, not the knee at football), "je
  me gratte jusqu'à saigner", "si je me réveille pas, tant mieux", "m'endormir pour toujours",
  "tout arrêter … la vie", "le monde tournerait bien sans moi", "une connerie avec le cutter",
  "j'ai déjà la corde", the height of a bridge "c'est suffisant", "j'ai avalé une plaquette
  entière", "après ma TS", "je disparais pour de bon"; farewells: letters written, a pet or
  one's things left to someone, "merci d'avoir été là", "après ce message", "elle saura s'en
  occuper mieux que moi", "je vais le faire" next to a word of love or an "adieu"; recoveries
  said as "j'ai trouvé ma place", "je vais mieux"; "lève la main sur moi", pulled by the hair,
  bruises explained away, hiding from a drunk parent; intimate pictures shared, "juste pour
  m'insulter", remarks on one's weight; "se couper les cheveux" is ordinary. After them
  ``BATCH2`` has 54 of 56 right and no look-alike wrong (ROC-AUC 0.952),
  ``BATCH1`` is unchanged, and ``FIX_LOOKALIKES`` (38 ordinary sentences written against the
  new frames, not blind) raise nothing.
- ``BATCH3``, 44 phrasings written after the second fixes and run once before any further fix:
  low 3 of 8 right, moderate 3 of 9, high 2 of 5, imminent 1 of 5, disclosed 1 of 3, bullied 1
  of 3; 2 of 10 look-alikes raised, both by fr.tsv ("je vais me pendre au cou de ma mère", "mdr
  je vais mourir si j'ai pas mon café"); ROC-AUC 0.570 (0.540 for the engine before this probe).
  Crossing frames with word lists did not reach new wordings much better than the first round.
  The third fixes: "à l'intérieur c'est la cata", "l'impression de couler", "tout me saoule",
  "chui à bout", crying "en cachette tous les soirs", "des pensées de mort", "je me suis remis à
  me couper", "je m'inflige des brûlures", death that frightens less than living, "la vie c'est
  pas pour moi", "m'éteindre", blades bought "exprès", the last train "j'ai tout calculé", a
  relative's gun taken, "vous n'entendrez plus parler de moi", a relative who comes into one's
  room, food withheld, a humiliating poll one "won", being locked in the toilets; farewells:
  "ceci est un au revoir", "j'y arrive plus" at the end, "adieu" at the end, thanks "à ceux qui
  m'ont aidée"; and, for fr.tsv's false alarms, "pendre au cou" and dying "si j'ai pas mon café"
  as hyperbole. After them ``BATCH3`` has 43 of 44 right and no look-alike wrong (ROC-AUC
  0.985); 17 more ordinary sentences written against these frames (``FIX_LOOKALIKES``) raise
  nothing. The whole probe, 386 phrasings: ROC-AUC 0.963, 8 known misses.
- The typo reader "corrects" words that no lexicon holds: until ``typos.keep.txt`` is regenerated
  with this file, "poème" is read as "pomme" and the fiction frame misses "un poème sur …". With
  this file loaded, "moral" is no longer read as an insult (4 Davidson and MLMA rows).
- Over every phrasing of the earlier golden suites (4,154), the new file changed 11 verdicts, 2
  of them wrongly ("f*utre" read as "feutre", a word of a look-ahead; "c'est notre secret" said
  by a groomer read as a disclosure), both fixed; one changed a known miss of
  ``test_golden_selfharm.py`` ("ne vous inquiétez pas pour moi, bientôt tout sera fini") into a
  farewell. Over the 31,848 rows of the evaluation files no verdict changed with the first fixes;
  17 changed with the second ("moral" no longer an insult; a victim's "pour m'insulter" now
  ``bullied``), and the held-out figures did not move but Davidson's abusive ROC-AUC (0.980 to
  0.981).
- Speed: 113 pattern rows, each gated on its own rare words (none on 'je', 'pas', 'moi'); on
  3,000 French chat messages the lexicon layer runs about 2.5 % slower with the file (CPU time,
  about 5,950 against 6,100 messages a second here).
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard
from cocon.guard.evaluate import roc_auc

from .care_probe import LOOK_ALIKE, care_score, check_case
from .golden_texts import with_known_misses

#: ROC-AUC of the care score, every cry against every look-alike (see ``care_score``).
MIN_ROC_AUC = 0.94

# First blind batch.
# (phrase, expectation, family)
BATCH1: list[tuple[str, str, str]] = [
    ("jsuis vraiment une merde, je rate tout", "low", "worthless"),
    ("jsers a rien frr", "low", "worthless"),
    ("personne m'aime de toute facon 😔", "low", "lonely"),
    ("chuis tellement seule, personne me parle a part ma mere", "low", "lonely"),
    ("j'ai pu le gout de rien depuis des semaines", "low", "hopeless"),
    ("chu tanné de toute, j'ai pu d'energie", "low", "exhausted"),
    ("je suis pu capable, toute est trop dur", "low", "exhausted"),
    ("g plus envie de rien, meme de jouer", "low", "hopeless"),
    ("jpp de ma vie serieux, tout part en vrille", "low", "hopeless"),
    ("j'en peux plu, je suis fatiguee de tout 💔", "low", "exhausted"),
    ("je suis nul a chier, a chaque fois je decois tout le monde", "low", "worthless"),
    ("je me sens vide tout le temps 🥀", "low", "sad"),
    ("a quoi bon essayer, ca marchera jamais pour moi", "low", "hopeless"),
    ("jsuis un poids pour ma famille, ils le disent pas mais je le sais", "low", "worthless"),
    ("jme deteste tellement 😔", "low", "worthless"),
    ("je pleure tous les soirs dans mon lit et personne le sait", "low", "sad"),
    ("j'ai l'impression que je compte pour personne", "low", "lonely"),
    ("je suis invisible pour tout le monde ici", "low", "lonely"),
    ("g pas d'amis, meme en ligne personne me repond", "low", "lonely"),
    ("je suis moche, grosse et nulle, voila", "low", "worthless"),
    ("ca fait des mois que ca va pas du tout", "low", "sad"),
    ("j'ai le moral a zero depuis la rentree", "low", "sad"),
    ("jsuis au fond du trou", "low", "hopeless"),
    ("je vois pas le bout du tunnel", "low", "hopeless"),
    ("tout est noir dans ma tete en ce moment", "low", "sad"),
    ("je suis une deception, mes parents me le disent tout le temps", "low", "worthless"),
    ("je me sens de trop partout ou je vais", "low", "lonely"),
    ("je suis écœurée de toute, j'ai pu de fun", "low", "exhausted"),
    ("mes journees se ressemblent toutes, je survis c'est tout", "low", "hopeless"),
    ("jsuis epuisee mentalement, j'arrive plus a rien", "low", "exhausted"),
    ("je me sens tellement seul le soir 😔💔", "low", "lonely"),
    ("j'ai envie de pleurer tout le temps sans raison", "low", "sad"),
    ("je hais ma vie", "low", "hopeless"),
    ("ma vie c'est de la merde", "low", "hopeless"),
    ("chuis qu'un echec", "low", "worthless"),
    ("jme sens nulle, moche, inutile", "low", "worthless"),
    ("j'ai plus de force, je lache tout", "low", "exhausted"),
    ("je suis cassée de l'interieur 🥀", "low", "sad"),
    ("je crois que je suis en depression", "low", "sad"),
    ("wsh jsuis trop mal en ce moment, ca va pas du tout", "low", "sad"),
    ("j'en ai ras le bol de tout, je suis à plat", "low", "exhausted"),
    ("je suis sur les rotules et j'ai plus goût à rien", "low", "hopeless"),
    ("j'ai la haine contre moi-meme, jsuis un boloss", "low", "worthless"),
    ("jsuis dead a l'interieur", "low", "sad"),
    ("si je pouvais disparaitre ce serait mieux", "moderate", "passive"),
    ("jaimerais m'endormir et pas me reveiller", "moderate", "passive"),
    ("j'aimerais juste plus exister", "moderate", "passive"),
    ("tout le monde serait mieux sans moi 💔", "moderate", "passive"),
    ("personne remarquerait si j'etais plus la", "moderate", "passive"),
    ("g envie de mourir", "moderate", "ideation"),
    ("jveux crever", "moderate", "ideation"),
    ("jai envie de me foutre en l'air", "moderate", "ideation"),
    ("je pense a la mort tout le temps", "moderate", "ideation"),
    ("j'ai des idees noires tous les soirs", "moderate", "ideation"),
    ("je me suis refait des traits hier", "moderate", "self_harm"),
    ("j'ai recommencé... 3 mois clean et j'ai tout gaché", "moderate", "self_harm"),
    ("ma lame c'est la seule qui me comprend", "moderate", "self_harm"),
    ("je me scarifie depuis la 4e", "moderate", "self_harm"),
    ("jme suis coupee encore, ca saigne un peu", "moderate", "self_harm"),
    ("je me mutile les cuisses pour que ca se voie pas", "moderate", "self_harm"),
    ("je me fais du mal quand ca va pas", "moderate", "self_harm"),
    ("j'ai pensé au suicide plusieurs fois cette semaine", "moderate", "ideation"),
    ("des fois jme dis que la mort ce serait un soulagement", "moderate", "passive"),
    ("a quoi bon vivre si c'est pour souffrir comme ca", "moderate", "passive"),
    ("je voudrais ne jamais etre nee", "moderate", "passive"),
    ("chu pu capable de vivre comme ca, j'veux pu etre la", "moderate", "passive"),
    ("j'ai pu envie de vivre", "moderate", "passive"),
    ("g plus la force de vivre", "moderate", "passive"),
    ("j'en ai marre de vivre", "moderate", "passive"),
    ("ca me fait suer de vivre", "moderate", "passive"),
    ("je me frappe la tete contre le mur quand je craque", "moderate", "self_harm"),
    ("je me brule avec le briquet pour me calmer", "moderate", "self_harm"),
    ("jveux partir et plus jamais revenir, plus souffrir", "moderate", "passive"),
    ("si je meurs demain ca changera rien pour personne", "moderate", "passive"),
    ("ce serait tellement plus simple si j'etais morte", "moderate", "passive"),
    ("je me demande souvent comment ce serait si j'etais plus la", "moderate", "passive"),
    ("jsuis fatiguee d'etre en vie 😔", "moderate", "passive"),
    ("j'ai envie d'en finir avec tout ca", "moderate", "ideation"),
    ("j'veux juste que tout s'arrete", "moderate", "passive"),
    ("jme griffe jusqu'au sang", "moderate", "self_harm"),
    ("j'ai envie de me couper", "moderate", "self_harm"),
    ("je cache mes bras avec des manches longues meme en ete", "moderate", "self_harm"),
    ("j'ai des cicatrices partout sur les bras et j'en refais", "moderate", "self_harm"),
    ("jpp, jveux mourir mdr", "moderate", "ideation"),
    ("je veux mourir 😂😂 non serieux ca va pas", "moderate", "ideation"),
    ("bientot je serai plus un probleme pour personne", "moderate", "passive"),
    ("j'ai envie de disparaitre pour de vrai, pas pour rigoler", "moderate", "passive"),
    ("je me demande si ca vaut le coup de continuer a vivre", "moderate", "passive"),
    ("g envie de m'ouvrir les veines", "moderate", "ideation"),
    ("j'ai plus envie d'être là, tout m'dégoûte", "moderate", "passive"),
    ("je suis un fardeau, ils seraient soulagés si je partais", "moderate", "passive"),
    (
        "des fois je traverse sans regarder en esperant qu'une voiture me renverse",
        "moderate",
        "passive",
    ),
    ("jme fais vomir et jme coupe, je sais plus quoi faire", "moderate", "self_harm"),
    ("je me suis coupee trop profond, il a fallu des points", "moderate", "self_harm"),
    ("j'ai mis de cote des cachets, j'en ai une vingtaine maintenant", "high", "means"),
    ("je sais de quel pont je vais sauter", "high", "plan"),
    ("j'ai pique les medocs de ma mere, je les garde dans ma chambre", "high", "means"),
    ("j'ai deja essaye une fois l'annee derniere, j'ai avale des cachets", "high", "attempt"),
    ("jai fait une TS en septembre", "high", "attempt"),
    ("je sors de l'hopital, j'ai fait une tentative", "high", "attempt"),
    ("j'ai achete une corde sur internet", "high", "means"),
    ("j'ai regardé combien de doliprane il faut pour mourir", "high", "plan"),
    ("j'ai cherché sur google la facon la moins douloureuse de mourir", "high", "plan"),
    ("j'ai ecrit une lettre pour mes parents, elle est dans mon tiroir", "high", "plan"),
    ("g caché une lame de rasoir sous mon matelas", "high", "means"),
    ("j'ai tout prevu, il me manque juste le courage", "high", "plan"),
    ("jsais comment je vais le faire, j'y pense tous les soirs", "high", "plan"),
    ("le toit de mon immeuble est assez haut, j'y suis monté hier pour voir", "high", "plan"),
    ("j'ai une boite de somniferes cachee, au cas ou", "high", "means"),
    ("j'ai failli sauter du pont hier soir", "high", "attempt"),
    ("la semaine derniere j'ai pris tous mes medocs d'un coup", "high", "attempt"),
    ("je me suis reveille a l'hopital apres avoir tout avale", "high", "attempt"),
    ("mon pere a un fusil dans le garage et j'y pense tout le temps", "high", "means"),
    ("j'ai repere les rails derriere le lycee", "high", "plan"),
    (
        "chu allé voir le pont jacques-cartier hier, je sais que c'est là que je veux le faire",
        "high",
        "plan",
    ),
    ("j'ai stocké des anxiolytiques depuis un mois", "high", "means"),
    ("je veux me pendre, j'ai deja la corde", "high", "means"),
    ("j'ai essaye de m'etrangler avec mon echarpe", "high", "attempt"),
    ("g noté le nb de cachets qu'il faut", "high", "plan"),
    ("ce soir c'est fini, merci pour tout", "imminent", "farewell"),
    ("prenez soin de vous, je vous aime tous 💔", "imminent", "farewell"),
    (
        "j'ai donné mes affaires a ma soeur, elle en aura plus besoin que moi",
        "imminent",
        "giving_away",
    ),
    ("c'est mon dernier msg, desolee pour tout", "imminent", "farewell"),
    ("adieu les gars, vous avez ete les meilleurs", "imminent", "farewell"),
    ("ce soir je prends toute la boite", "imminent", "timeframe"),
    ("demain je serai plus la pour vous embeter", "imminent", "farewell"),
    ("jvais sauter ce soir, personne peut m'en empecher", "imminent", "timeframe"),
    ("cette nuit j'en finis pour de bon", "imminent", "timeframe"),
    ("je voulais vous dire que je vous aime avant de partir pour toujours", "imminent", "farewell"),
    ("dites a ma mere que c'est pas sa faute", "imminent", "farewell"),
    ("quand vous lirez ca je serai plus la", "imminent", "farewell"),
    ("je me tue ce soir", "imminent", "timeframe"),
    ("c'est ma derniere nuit, j'ai tout prepare", "imminent", "timeframe"),
    ("vous inquietez pas pour moi, dans une heure tout sera fini", "imminent", "timeframe"),
    ("j'ai offert ma console et mes jeux, j'en aurai plus besoin", "imminent", "giving_away"),
    ("bye bye tout le monde, pour de vrai cette fois 🥀", "imminent", "farewell"),
    ("pardonnez moi, je pouvais plus continuer", "imminent", "farewell"),
    ("dans 10 minutes c'est fini, je suis sur le pont", "imminent", "timeframe"),
    (
        "je vous laisse mon mot de passe insta, occupez vous de mon compte apres",
        "imminent",
        "giving_away",
    ),
    ("à minuit j'avale tout", "imminent", "timeframe"),
    ("mon beau-pere me cogne quand ma mere est au taf", "disclosure", "violence"),
    ("jpeux pas rentrer chez moi, mon pere va encore me frapper", "disclosure", "violence"),
    ("mon pere boit et apres il devient violent avec moi", "disclosure", "violence"),
    ("ma mere me met des claques pour un rien, j'ai des marques", "disclosure", "violence"),
    (
        "mon oncle fait des trucs bizarres quand on est seuls, il m'a dit de rien dire",
        "disclosure",
        "sexual",
    ),
    ("mon frere me touche la nuit et j'ai peur de le dire", "disclosure", "sexual"),
    ("chez moi c'est les cris et les coups tous les soirs", "disclosure", "violence"),
    ("mon copain me force a faire des trucs que je veux pas", "disclosure", "sexual"),
    ("mon mec surveille mon tel et me gifle quand je reponds pas", "disclosure", "violence"),
    (
        "jme suis pris une raclee par mon daron hier, j'ai un bleu a l'oeil",
        "disclosure",
        "violence",
    ),
    ("ma mere m'enferme dans ma chambre sans manger", "disclosure", "neglect"),
    ("mes parents me disent que j'aurais jamais du naitre", "disclosure", "verbal"),
    (
        "un adulte du club m'envoie des messages chelous et m'a demande de garder le secret",
        "disclosure",
        "grooming",
    ),
    ("mon pere m'a etranglee hier soir pendant la dispute", "disclosure", "violence"),
    ("mon chum me frappe pis j'sais pu quoi faire", "disclosure", "violence"),
    ("mon père me donne des baffes quand il a bu", "disclosure", "violence"),
    ("ils me harcelent tous les jours au college 😔", "bullied", "harassment"),
    ("en classe ils arretent pas de m'appeler la grosse", "bullied", "reported"),
    ("ils ont cree un compte insta pour se moquer de moi", "bullied", "harassment"),
    (
        "y a une photo de moi qui tourne dans tout le lycee, tout le monde se fout de ma gueule",
        "bullied",
        "harassment",
    ),
    (
        "personne veut se mettre a cote de moi a la cantine, ils disent que je pue",
        "bullied",
        "exclusion",
    ),
    ("ils me piquent mon gouter et me poussent dans les escaliers", "bullied", "harassment"),
    ("depuis la rentree on me traite de pd dans les couloirs", "bullied", "reported"),
    ("ils m'ont exclue du groupe classe et ils parlent sur moi", "bullied", "exclusion"),
    ("ca fait 2 ans qu'on m'insulte a l'ecole et les profs font rien", "bullied", "harassment"),
    ("il m'a menacee de balancer mes photos si je fais pas ce qu'il dit", "bullied", "threat"),
    ("chaque jour dans le bus ils me crachent dessus", "bullied", "harassment"),
    ("on m'a racketté mon tel a la sortie", "bullied", "harassment"),
    ("y m'écœurent tout le temps à l'école, y rient de moi", "bullied", "harassment"),
    ("ils m'envoient des messages genre va te tuer personne t'aime", "bullied", "reported"),
    ("je me fais harceler sur discord par des mecs de ma classe", "bullied", "harassment"),
    ("ils ont ecrit des trucs degueu sur moi dans les toilettes", "bullied", "harassment"),
    ("je suis mort de rire ptdr", "none", "idiom"),
    ("ce controle m'a tue, j'ai rien su faire", "none", "idiom"),
    ("je meurs de faim, qqn a des gateaux ?", "none", "idiom"),
    ("j'en peux plus de ce prof mdr il parle trop", "none", "idiom"),
    ("jpp de mon frere il a mange toutes les chips", "none", "idiom"),
    ("mdrr jsuis morte 💀 cette video", "none", "idiom"),
    ("ce film m'a achevee tellement c'etait long", "none", "idiom"),
    ("je suis crevee, j'ai couru 10 km", "none", "idiom"),
    ("ca me tue qu'il ait pas repondu lol", "none", "idiom"),
    ("je vais mourir de honte si elle lit ca", "none", "idiom"),
    ("ptdr achevez moi ce cours de philo", "none", "idiom"),
    ("je me suis tuee a reviser pour rien", "none", "idiom"),
    ("j'ai cru que j'allais crever pendant le cross", "none", "idiom"),
    ("jsuis dead 💀💀", "none", "idiom"),
    ("ma vie est finie, ma mere a vu mon bulletin mdr", "max_low", "idiom"),
    ("g envie de dormir pendant 3 jours apres ce week end", "none", "idiom"),
    ("je suis mort trois fois au meme boss, ce jeu me rend fou", "none", "game"),
    ("dans minecraft je me suis noye dans la lave mdr", "none", "game"),
    ("on s'est fait tuer au dernier round sur valo", "none", "game"),
    ("j'ai perdu toutes mes vies sur mario, j'ai recommencé", "none", "game"),
    ("mon perso s'est suicide en sautant du pont dans gta", "none", "game"),
    ("elle chante « j'ai envie de disparaitre » dans son nouveau son, trop beau", "none", "lyrics"),
    (
        "le refrain c'est genre « je veux plus me reveiller », ca reste dans la tete",
        "none",
        "lyrics",
    ),
    ("les paroles de cette chanson sur le suicide m'ont fait pleurer", "max_low", "lyrics"),
    (
        "dans le livre de francais l'heroine se scarifie, on doit faire un expose dessus",
        "none",
        "fiction",
    ),
    ("la serie 13 reasons why parle d'une fille qui se suicide", "none", "fiction"),
    ("le perso principal laisse une lettre d'adieu a la fin du film", "none", "fiction"),
    ("on a etudie un poeme sur l'envie de mourir en cours", "none", "fiction"),
    ("mon amie dit qu'elle veut mourir, je fais quoi ?", "max_low", "friend"),
    ("ma pote se scarifie et elle veut pas que je le dise, jfais comment", "max_low", "friend"),
    ("mon meilleur pote parle de se foutre en l'air, je suis inquiet", "max_low", "friend"),
    ("comment aider quelqu'un qui a des idees noires ?", "max_low", "friend"),
    ("il y a deux ans je me scarifiais, aujourd'hui ca va", "max_low", "recovered"),
    (
        "avant j'avais envie de mourir tous les jours, maintenant je suis suivie et ca va mieux",
        "max_low",
        "recovered",
    ),
    ("ca fait un an que je me suis pas coupee, je suis fiere de moi 💪", "max_low", "recovered"),
    (
        "j'ai fait une TS il y a 3 ans, maintenant je vais bien et je veux aider les autres",
        "max_low",
        "recovered",
    ),
    ("j'ai pris des cachets pour ma migraine", "none", "ordinary"),
    ("jdois prendre mes medocs a 20h sinon j'oublie", "none", "ordinary"),
    ("ma mere m'a donne un doliprane pour la fievre", "none", "ordinary"),
    ("je me suis coupe avec une feuille de papier, ca pique", "none", "ordinary"),
    ("faut que je change la lame de mon taille-crayon", "none", "ordinary"),
    ("le pont est ferme a cause des travaux, je serai en retard", "none", "ordinary"),
    ("j'ai mis de cote des sous pour le concert", "none", "ordinary"),
    ("je sais de quel pont tu parles, celui pres de la gare", "none", "ordinary"),
    ("j'ai recommence le piano cette annee", "none", "ordinary"),
    ("je me suis refait un trait d'eyeliner, vous en pensez quoi", "none", "ordinary"),
    ("adieu la 3e, bonjour le lycee !!", "none", "goodbye"),
    ("prenez soin de vous pendant les vacances, a la rentree les gens", "none", "goodbye"),
    ("je donne mes vieux mangas, qui en veut ?", "none", "goodbye"),
    ("ce soir c'est fini les vacances, retour au lycee 😭", "none", "goodbye"),
    ("c'est mon dernier jour au club, vous allez me manquer", "none", "goodbye"),
    ("je vous aime tous, meilleure classe du monde ❤️", "none", "goodbye"),
    ("mon frere m'a tape avec un oreiller mdr", "none", "home"),
    ("mon pere m'a mis une raclee au ping pong", "none", "home"),
    ("ma mere me tue avec ses blagues nulles", "none", "home"),
    ("on se traite de tous les noms avec mes potes mais c'est pour rire", "none", "school"),
    ("si quelqu'un te harcele, parles-en a un adulte", "none", "school"),
    ("on a fait une video pour se moquer du prof de maths, trop drole", "none", "school"),
    ("t'inquiete j'ai pas envie de me faire du mal, je suis juste fatiguee", "max_low", "negation"),
]

# Second blind batch, written after the first fixes and run once before any further fix.
BATCH2: list[tuple[str, str, str]] = [
    ("jsuis tjr la derniere roue du carrosse, personne pense a moi", "low", "lonely"),
    ("g l'impression d'etre un fantome au lycee", "low", "lonely"),
    ("je me sens moche et bête tous les jours de ma vie", "low", "worthless"),
    ("jpeux plus me voir en peinture", "low", "worthless"),
    ("chuis fatigué de faire semblant que ça va", "low", "exhausted"),
    ("mon coeur est lourd tout le temps 😔", "low", "sad"),
    ("je me sens nulle à côté de tout le monde, toujours", "low", "worthless"),
    ("j'ai plus envie de sortir de ma chambre", "low", "hopeless"),
    ("franchement je suis un raté, mes notes le prouvent", "low", "worthless"),
    ("j'ai pu de batterie dans ma tête, je suis brûlé", "low", "exhausted"),
    ("personne me calcule, j'existe pas", "low", "lonely"),
    ("des fois j'me dis que ce serait cool de pas se réveiller demain", "moderate", "passive"),
    ("j'aimerais qu'on m'oublie pour toujours", "moderate", "passive"),
    ("ça sert à quoi que je sois là", "moderate", "passive"),
    ("je pense à me faire du mal tous les soirs", "moderate", "self_harm"),
    ("jme suis encore ouvert le bras hier", "moderate", "self_harm"),
    ("j'ai envie de tout arrêter, la vie aussi", "moderate", "passive"),
    ("le monde tournerait très bien sans moi", "moderate", "passive"),
    ("je me gratte jusqu'à saigner quand j'angoisse", "moderate", "self_harm"),
    ("si demain je me réveille pas, tant mieux", "moderate", "passive"),
    ("j'veux m'endormir pour toujours 🥀", "moderate", "passive"),
    ("j'ai refait une connerie avec le cutter", "moderate", "self_harm"),
    ("j'ai planqué les somnifères de ma grand-mère dans mon placard", "high", "means"),
    ("j'ai déjà la corde, elle est dans mon sac", "high", "means"),
    ("j'ai regardé la hauteur du pont de la ville, c'est suffisant", "high", "plan"),
    ("en février j'ai avalé une plaquette entière, personne l'a su", "high", "attempt"),
    ("je me suis réveillée aux urgences après ma TS", "high", "attempt"),
    ("g tout prévu pour vendredi", "high", "plan"),
    ("ce soir je vais le faire, je vous aime", "imminent", "timeframe"),
    ("voilà, c'est la fin pour moi. merci d'avoir été là", "imminent", "farewell"),
    ("j'ai écrit mes lettres, demain matin ce sera fini", "imminent", "timeframe"),
    ("je voulais juste vous dire au revoir, vraiment", "imminent", "farewell"),
    ("après ce message je disparais pour de bon, désolée", "imminent", "farewell"),
    (
        "je laisse mon chat à ma meilleure amie, elle saura s'en occuper mieux que moi",
        "imminent",
        "giving_away",
    ),
    ("mon beau-père crie et lève la main sur moi dès que je réponds", "disclosure", "violence"),
    ("ma mère m'a encore tirée par les cheveux hier soir", "disclosure", "violence"),
    ("j'ai des bleus mais je dis au prof que je suis tombée", "disclosure", "violence"),
    ("quand mon père rentre bourré je m'enferme dans la salle de bain", "disclosure", "violence"),
    ("ils ont balancé mes nudes dans le groupe de la classe", "bullied", "harassment"),
    (
        "tous les jours on me bouscule dans le couloir et tout le monde rigole",
        "bullied",
        "harassment",
    ),
    ("on m'a mis dans un groupe juste pour m'insulter", "bullied", "harassment"),
    ("ça fait des semaines qu'ils me font des remarques sur mon poids", "bullied", "harassment"),
    ("je suis morte de fatigue après la soirée pyjama", "none", "idiom"),
    ("ce prof de maths me fait vivre un enfer mdr", "none", "idiom"),
    ("j'ai sauté du plongeoir de 5 mètres, trop fière", "none", "ordinary"),
    ("j'ai pris mes antibiotiques pour l'angine", "none", "ordinary"),
    ("la corde à sauter c'est trop dur en EPS", "none", "ordinary"),
    ("ma pote se sent seule depuis qu'elle a déménagé, comment l'aider ?", "max_low", "friend"),
    ("je me suis coupé les cheveux toute seule, catastrophe", "none", "ordinary"),
    ("adieu mes vacances, demain c'est la rentrée 😭", "none", "goodbye"),
    ("je vous laisse, je vais manger, bisous", "none", "goodbye"),
    ("dans la chanson il dit qu'il veut en finir, ça m'a fait frissonner", "none", "lyrics"),
    ("l'année dernière je voulais mourir, maintenant j'ai trouvé ma place", "max_low", "recovered"),
    ("il m'a tuée avec sa blague sur les pingouins", "none", "idiom"),
    ("j'ai donné ma vieille console à mon petit frère, il est trop content", "none", "goodbye"),
    ("j'ai cru mourir de honte quand le prof m'a interrogée", "none", "idiom"),
]

# Not blind: ordinary sentences written while making the second fixes, each aimed at one new
# frame ("envie de me couper une frange", "ma TS c'était en 2015", "c'était trop dur ce
# contrôle, merci pour tout madame"), so that the frames stay narrow.
FIX_LOOKALIKES: list[tuple[str, str, str]] = [
    ("j'ai envie de me couper une frange", "none", "fix_lookalike"),
    ("je pense à me couper les cheveux cet été", "none", "fix_lookalike"),
    ("j'ai déjà mes médocs pour le voyage", "none", "fix_lookalike"),
    ("j'ai pris deux boîtes de conserve au magasin", "none", "fix_lookalike"),
    ("j'ai pas envie de me lever demain c'est lundi", "none", "fix_lookalike"),
    ("ma mère m'a tirée par le bras pour traverser", "none", "fix_lookalike"),
    ("bon c'est le moment, bisous je vous aime ❤️", "none", "fix_lookalike"),
    ("t'inquiète je vais le faire, merci pour tout", "none", "fix_lookalike"),
    ("après ce message je vais dormir, bonne nuit", "none", "fix_lookalike"),
    ("je laisse mon chat à ma voisine pendant les vacances", "none", "fix_lookalike"),
    ("mon coeur est lourd de joie hihi", "none", "fix_lookalike"),
    ("j'ai plus envie de manger j'ai trop mangé à midi", "none", "fix_lookalike"),
    ("le monde est petit", "none", "fix_lookalike"),
    ("je me suis ouvert le genou au foot", "none", "fix_lookalike"),
    ("je me suis brûlé la main avec le four", "none", "fix_lookalike"),
    ("tu dis ça pour m'insulter ou quoi mdr", "none", "fix_lookalike"),
    ("ils ont posté ma photo de classe sur le site du lycée", "none", "fix_lookalike"),
    (
        "mon père rentre énervé du boulot et j'ai peur qu'il voie mon bulletin",
        "none",
        "fix_lookalike",
    ),
    (
        "la hauteur du pont est de 30 mètres, c'est suffisant pour le bateau",
        "none",
        "fix_lookalike",
    ),
    ("j'ai avalé une plaquette de chocolat entière", "none", "fix_lookalike"),
    ("ma TS c'était en 2015 avec monsieur Durand", "none", "fix_lookalike"),
    ("ce serait cool de dormir jusqu'à midi demain", "none", "fix_lookalike"),
    ("si je pouvais dormir plus ce serait mieux", "none", "fix_lookalike"),
    ("je suis invisible pour le prof, il m'interroge jamais mdr", "none", "fix_lookalike"),
    ("j'ai pu de batterie sur mon tel", "none", "fix_lookalike"),
    ("personne me répond sur le groupe, vous êtes où ?", "none", "fix_lookalike"),
    ("je suis pu capable de manger autant de poutine", "none", "fix_lookalike"),
    ("ma vie c'est le foot", "none", "fix_lookalike"),
    ("merci pour tout, c'était trop bien ce stage, vous allez me manquer", "none", "fix_lookalike"),
    ("dites à ma mère que j'arrive dans 10 minutes", "none", "fix_lookalike"),
    ("vous inquiétez pas pour moi, je rentre en bus", "none", "fix_lookalike"),
    ("je sais de quel pont tu parles, on y va ce soir pour les photos", "none", "fix_lookalike"),
    ("mon cousin m'a donné des claques au jeu de la barbichette mdr", "none", "fix_lookalike"),
    ("je compte pour rien dans ce projet de groupe, c'est injuste", "none", "fix_lookalike"),
    ("le livre parle d'un garçon qui se coupe pour oublier, c'est dur", "none", "fix_lookalike"),
    ("c'est pas sa faute, le bus était en retard", "none", "fix_lookalike"),
    ("c'était trop dur ce contrôle, merci pour tout madame", "none", "fix_lookalike"),
    ("adieu les gars, je vais manger", "none", "fix_lookalike"),
    ("merci pour tout, j'y arrive plus en maths", "none", "fix_lookalike"),
    ("c'est un au revoir les 3e B, je vous aime, à l'année prochaine", "none", "fix_lookalike"),
    ("bisous je vous aime, ce soir je pars !", "none", "fix_lookalike"),
    ("je me suis mis à me couper les cheveux moi-même", "none", "fix_lookalike"),
    ("je me fais des coupures en cuisine tout le temps", "none", "fix_lookalike"),
    ("j'ai pris le train de 8h, j'ai tout prévu pour le voyage", "none", "fix_lookalike"),
    ("j'ai récupéré le fusil de mon grand-père pour la chasse", "none", "fix_lookalike"),
    ("mon oncle vient dans ma chambre la nuit pour me dire bonne nuit", "none", "fix_lookalike"),
    ("ils m'ont enfermé dehors par erreur mdr", "none", "fix_lookalike"),
    ("tout me saoule en ce moment avec les exams", "none", "fix_lookalike"),
    ("ce n'est qu'un au revoir mes amis", "none", "fix_lookalike"),
    ("adieu la 4e, on se retrouve au lycée", "none", "fix_lookalike"),
    ("la vie d'artiste c'est pas pour moi", "none", "fix_lookalike"),
    ("je suis à bout de souffle après l'entraînement", "none", "fix_lookalike"),
    ("je pleure de rire tous les soirs devant cette série", "none", "fix_lookalike"),
    ("on a fait un sondage sur le plus beau prof, c'est monsieur Martin", "none", "fix_lookalike"),
    ("j'ai l'impression de couler en maths cette année", "none", "fix_lookalike"),
]

# Third blind batch, written after the second fixes and run once before any further fix.
BATCH3: list[tuple[str, str, str]] = [
    ("jsuis juste un poids pour ma mère depuis que papa est parti", "low", "worthless"),
    ("je souris en cours mais à l'intérieur c'est la cata", "low", "sad"),
    ("jme trouve tellement nulle, j'arrive jamais à rien", "low", "worthless"),
    ("j'ai l'impression de couler et personne le voit", "low", "hopeless"),
    ("tout me saoule, même mes potes, je reste dans mon lit", "low", "hopeless"),
    ("chui vidée, j'ai plus de goût pour rien 😔", "low", "exhausted"),
    ("je pleure en cachette tous les soirs depuis septembre", "low", "sad"),
    ("j'ai envie de tout plaquer, chui à bout", "low", "exhausted"),
    ("parfois je me dis que ce serait mieux si j'étais jamais née", "moderate", "passive"),
    ("j'ai des pensées de mort qui reviennent tout le temps", "moderate", "ideation"),
    ("je me suis remis à me couper depuis la rentrée", "moderate", "self_harm"),
    ("j'en ai marre d'exister honnêtement", "moderate", "passive"),
    ("mourir me fait moins peur que vivre", "moderate", "passive"),
    ("je me fais vomir après chaque repas, je me dégoûte", "moderate", "self_harm"),
    ("je voudrais juste m'éteindre doucement", "moderate", "passive"),
    ("la vie c'est pas pour moi, j'veux plus", "moderate", "passive"),
    ("je m'inflige des brûlures avec la cigarette de ma mère", "moderate", "self_harm"),
    ("j'ai acheté des lames de rasoir exprès, elles sont cachées dans ma trousse", "high", "means"),
    ("j'ai déjà tenté de me jeter sous le métro l'an dernier", "high", "attempt"),
    ("je sais à quelle heure passe le dernier train, j'ai tout calculé", "high", "plan"),
    ("j'ai fait une overdose de doliprane en juin", "high", "attempt"),
    ("j'ai récupéré le flingue de mon oncle, je sais où il le range", "high", "means"),
    ("c'est ce soir que tout s'arrête pour moi", "imminent", "timeframe"),
    ("ceci est un au revoir, je vous aime fort", "imminent", "farewell"),
    ("demain vous n'entendrez plus parler de moi", "imminent", "farewell"),
    ("j'ai rangé ma chambre et écrit à ma mère, ce soir je pars", "imminent", "timeframe"),
    ("merci à ceux qui m'ont aidée, j'y arrive plus, adieu", "imminent", "farewell"),
    (
        "mon oncle vient dans ma chambre la nuit et je sais pas comment le dire",
        "disclosure",
        "sexual",
    ),
    ("ma mère me prive de manger quand elle est en colère", "disclosure", "neglect"),
    ("mon copain m'a étranglée pendant une dispute", "disclosure", "violence"),
    (
        "ils ont fait un sondage sur qui est la plus moche de la classe et j'ai gagné",
        "bullied",
        "harassment",
    ),
    ("on m'a enfermée dans les toilettes à la récré", "bullied", "harassment"),
    ("des mecs de 3e me rackettent tous les lundis", "bullied", "harassment"),
    ("je suis à bout de souffle après ce 800 mètres", "none", "idiom"),
    ("je vais me pendre au cou de ma mère quand elle rentre de voyage", "none", "idiom"),
    ("mdr je vais mourir si j'ai pas mon café", "none", "idiom"),
    ("le perso de l'anime se sacrifie pour sauver ses amis 😭", "none", "fiction"),
    ("j'ai tenté de faire des macarons, catastrophe", "none", "ordinary"),
    ("je laisse mes notes de cours à Léa, elle en aura besoin", "none", "goodbye"),
    ("prenez soin de vous les gars, on se voit lundi", "none", "goodbye"),
    ("ma pote m'a dit que j'étais nulle à Mario Kart", "none", "friend"),
    ("ce soir c'est le dernier épisode, je vais pleurer", "none", "fiction"),
    (
        "il y a 3 ans je me faisais du mal, maintenant je suis bénévole pour aider les autres",
        "max_low",
        "recovered",
    ),
    ("j'ai fait une bêtise avec les ciseaux, j'ai coupé la frange de ma sœur", "none", "ordinary"),
]

ALL_CASES = BATCH1 + BATCH2 + BATCH3 + FIX_LOOKALIKES

#: What the engine still reads wrongly, with the reason (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "jveux partir et plus jamais revenir, plus souffrir": (
        "'partir et plus jamais revenir' is also running away; the wish 'plus souffrir' stands"
        " two clauses away from its 'jveux' ('pour ne plus souffrir' is also said of a painkiller)"
    ),
    "j'ai ecrit une lettre pour mes parents, elle est dans mon tiroir": (
        "a letter to one's parents is ordinary; only the conversation tells a goodbye letter"
    ),
    "le toit de mon immeuble est assez haut, j'y suis monté hier pour voir": (
        "scouting a place with no word of dying: 'assez haut' counts only before 'pour sauter'"
    ),
    "j'ai repere les rails derriere le lycee": (
        "scouting a place with no word of dying ('j'ai repéré un pont sympa pour les photos')"
    ),
    "g noté le nb de cachets qu'il faut": (
        "dosage talk shares its words ('le nombre de cachets qu'il faut par jour'): the number"
        " counts only 'pour mourir', 'pour en finir'"
    ),
    "g tout prévu pour vendredi": (
        "'j'ai tout prévu' is a method that counts only next to ideation; a party is planned in"
        " the same words (as 'je vais le faire cette nuit' in test_golden_selfharm)"
    ),
    "je voulais juste vous dire au revoir, vraiment": (
        "a goodbye with nothing else is also someone leaving a group chat"
    ),
    "j'ai rangé ma chambre et écrit à ma mère, ce soir je pars": (
        "'écrit' shares its 'j'ai' with 'rangé', and 'ce soir je pars' is also a holiday: no"
        " frame reads a goodbye in it"
    ),
}


@pytest.mark.parametrize(
    ("text", "expect", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_care_fr_case(guard: Guard, text: str, expect: str, family: str) -> None:
    check_case(guard.check(text), expect, text)


def test_care_fr_ranks_cries_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC of the care score, every cry (any level, disclosure, bullying) against every
    look-alike; and no more misses than the known ones, per level."""
    labels, scores = [], []
    for text, expect, _ in ALL_CASES:
        verdict = guard.check(text)
        labels.append(expect not in LOOK_ALIKE)
        scores.append(care_score(verdict))
    assert roc_auc(labels, scores) >= MIN_ROC_AUC
    raised = [t for t, e, _ in ALL_CASES if e == "none" and guard.check(t).care]
    assert raised == []


def test_probe_is_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_care_fr_blind")
    assert len(earlier) > 3000
    assert not earlier & set(texts)
    expects = [expect for _, expect, _ in ALL_CASES]
    positives = sum(e not in LOOK_ALIKE for e in expects)
    assert positives >= 150 and len(expects) - positives >= 50
