"""Fifth probe: grooming, sexual solicitation, personal information and incitement (FR and EN).

Written by the team as a fresh probe (no sentence copied from any dataset or from the earlier
golden suites, which ``test_probe_is_balanced_and_fresh`` checks), French first (SMS and teen
spelling, Belgian, Swiss and Québec words) then English: grooming (an adult's questions about
age, "t'es mature pour ton âge", secrecy, gifts or money for photos, isolating the child from
parents and friends, moving to a private channel, asking to meet), sexual solicitation and
harassment, requests for photos, sextortion, personal information (the author's own number,
address, e-mail or handle, an invitation off the platform, and someone else's details), and
incitement to self-harm or suicide; and the look-alikes that must stay allowed: sex education
and consent questions, one's own age said in passing, ordinary meetings ("on se voit au lycée
demain"), helpline numbers (3114, 119, 988, Tel-jeunes, Kids Help Phone: never personal
information), prices, marks and dates, everyday words ("ajoute du sel", "je vais me coucher",
"coupe-toi une part de gâteau"), a victim telling what was done to them (a care reason, never
blocked), counter-speech, news and quoted lyrics.

Borderlines, decided:

- a question about age or school alone ("t'as quel âge", "how old are you guys") is small talk
  between peers: a weak ``sexual.grooming_hint`` at most, allowed; next to secrecy, flattery of
  maturity, a gift, a request for a photo or a meeting it is grooming and held;
- "mon insta est en privé", "my snap streak is at 300 days" speak of an account, not to it:
  allowed; "mon snap c'est …", "give me your snap", "viens en dm" invite off the platform: held;
- someone else's details are held like one's own (``doxx``): a hold already keeps them from
  being read; a threat reason and a block come on top when the author calls for harm;
- sextortion is held or blocked (``extort``): a threat or a sexual reason, either keeps it from
  the target;
- a victim's report may be held (a human should read it) but never blocked, and must carry a
  ``bullied`` or ``abuse_disclosure`` care reason.

Measured with ``Guard()`` (default mode, learned layer on) at 8154b82, before any fix; these are
the generalisation figures:

- first round, 286 phrasings: French 75 of 107 positives missed (sexual 51 of 53, sextortion 5
  of 6, incitement 15 of 19, own details 2 of 23, someone else's 2 of 6), 5 of 43 look-alikes
  held or blocked (Tel-jeunes' toll-free number, "ajoute-moi au groupe du projet", "mon insta
  est en privé maintenant", and blocked as incitement "va te coucher, t'as l'air crevé" and the
  counter-speech "dire kys c'est pas une blague"), 5 of 6 victims' reports without a care
  reason; English 62 of 88 missed (sexual 44 of 44, sextortion 4 of 6, incitement 11 of 16, own
  details 2 of 16, someone else's 1 of 6), 6 of 36 look-alikes held or blocked (Kids Help
  Phone's number, "can you add me to the group chat", "my snap streak …", "never give your
  address to someone you met online", and blocked "cut yourself a slice of cake", "telling
  people to kys is not funny"), 4 of 6 reports without a care reason.  ROC-AUC (positives of a
  family against every look-alike) of the sexual score 0.538, personal_info 0.906, incitement
  0.607, and of the strongest of the three for every positive 0.593.  Grooming and solicitation
  were almost wholly unread: the lexicon held fixed requests ("send nudes") and weak hints, no
  secrecy, gift, isolation or meeting said in other words.
- after the first fixes (theme files ``fr.grooming*.tsv`` and ``en.grooming*.tsv``: secrecy,
  flattery of maturity and age, isolation, gifts for photos, photo and body requests, meetings
  at school, sextortion, requests for contact details, handles near a platform name, and
  incitement templates; on-platform look-alikes as ``idiom.platform``; toll-free and
  "numéro vert" numbers are no phone number; in ``context.py`` a negation in a condition no
  longer cancels a threat or a request whose own subject is the speaker, which also fixed "if
  you don't stop i'll kill you" and "si tu paies pas je vais te défoncer", both allowed
  before), the first round: 2 of 195 positives missed, 1 of 79 look-alikes nudged (by the
  learned layer alone), every victim with a care reason; ROC-AUC sexual 0.956, personal_info
  1.000, incitement 0.986, all 0.973.  Those figures are on the phrasings the fixes were
  written from.
- ``LATER_*`` was then written, 66 new phrasings, before looking at what the engine made of
  them: the fixed engine still missed 34 of their 45 positives (French 19 of 23, English 15 of
  22: sexual 20 of 23, sextortion 4 of 4, incitement 8 of 10, own details 2 of 6), held 1 of
  17 look-alikes (Tel-jeunes' SMS line, an ordinary 514 number) and gave 2 of 4 victims no
  care reason; ROC-AUC of all three scores 0.641 (sexual 0.611, personal_info 0.857,
  incitement 0.600).  The engine at 8154b82 missed 37 of those 45 and held 2 look-alikes
  (ROC-AUC 0.574).  That is the generalisation figure: the templates read the families of
  wordings they were written from, and little beyond; new wordings of grooming still need new
  templates.
- after the second fixes (general ones, from the families round 2 showed missing: secrecy kept
  from the parents, "on garde ça pour nous", "what your mom doesn't know"; flattery of looks
  and age said without "for your age"; isolation by contrast with parents and friends; wanting
  the reader, undressing on camera, photos in the bedroom or the bathroom; sextortion as a
  condition and an audience, "or everyone at your school gets the video"; the reader's death
  wished by all, "the earth would thank you if …"; contact details said in words; blackmail
  told by its victim), and cuts of what they made noisy on the evaluation files ("you better",
  "do what i say" and "j'ai vu ta vidéo" count only where the reader's pictures are spoken of;
  "don't tell anyone" and "dis rien à personne" alone are gossip, a weak hint; "your turn", "i'll
  show you", "pull up your pants", "allez sous un pont", "her number" said of no value are
  nothing), the whole probe of 352 phrasings: 2 of 240 positives missed, 2 of 96 look-alikes
  held or nudged, every victim with a care reason (``KNOWN_MISSES``); ROC-AUC sexual 0.954,
  personal_info 0.994, incitement 1.000, all 0.968.  The evaluation files kept their figures
  (abusive ROC-AUC: Davidson 0.981, V2 chats 0.777, MLMA 0.710; MLMA hate 0.681; suicide
  recall at precision 0.90 0.913); the verdicts that changed there are abusive tweets and chats
  now held as sexual or blocked as incitement ("drink some bleach …").

- ``LATEST_*`` was written after the second fixes, 60 new phrasings, again before looking at
  the engine's answers: it still missed 26 of their 36 positives (sexual 19 of 20, sextortion 4
  of 4, incitement 3 of 6, details 0 of 6), flagged 2 of 20 look-alikes ("elle m'a demandé mon
  snap à la soirée" held, "i have your photos from the trip, want me to send them?" given a
  weak threat reason) and gave none of 4 victims a care reason; ROC-AUC of all three scores
  0.632 (sexual 0.544, personal_info 1.000, incitement 0.750).  The engine at 8154b82 missed 32
  of those 36 (ROC-AUC 0.593).  The second generalisation figure is hardly better than the
  first: each family of grooming has more wordings than a few templates hold.
- after the third fixes (parents kept from the phone or the messages, a debt for a gift,
  isolation by "nobody listens to you but me", a lie to tell the parents, body compliments
  with a child's age, sextortion as an ultimatum, "or i post the video", a switch to an app
  one downloads; victims who tell of an adult's age or a secret meeting or of messages urging
  them to die, "telling me to" as a report frame; a story of someone asking for one's snap
  and "your photos from the trip" are no invitation and no threat; and in ``context.py``
  self-harm words inside an incitement aimed at the reader, "go swallow a bottle of pills",
  are no risk of the author's), the whole probe of 412 phrasings: 2 of 276 positives missed,
  2 of 116 look-alikes held or nudged, every victim with a care reason; ROC-AUC sexual 0.947,
  personal_info 0.996, incitement 1.000, all 0.965.  The evaluation files kept their figures
  (the verdicts that changed are abusive rows now held, a few weak hints, and one ordinary
  tweet no longer held for "asking for my number").
The theme files cost: the engine screens about a tenth fewer messages a second on the synthetic
benchmark corpus (≈ 6,900–7,100 against ≈ 7,500–8,500 a second, best of three on one core, with
the rest of the engine as it stood; the spread is the machine's), where words such as "video"
and "regarde" are in a quarter of the messages; each row has a gate of words it cannot match
without, and the rows of one code that need a picture share one gate and form one group.

Whole probe at the end (492 phrasings, the five rounds): 10 of 324 positives missed (9 of them
from the fifth round), 1 of 144 look-alikes nudged by the learned layer alone, 1 of 24 victims
without a care reason (``KNOWN_MISSES``).

What is still missed: grooming with no move of its own (an adult's interest in a child's school
said kindly, a plain request for a photo).
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict

from .golden_texts import with_known_misses

# Families of expected verdicts.
#   sexual   a sexual reason, held or blocked (grooming, solicitation, harassment, photo requests)
#   extort   sextortion: a threat or sexual reason, held or blocked
#   pinfo    the author's own contact details or an invitation off the platform: a personal_info
#            reason, held or blocked
#   doxx     someone else's details: a personal_info or threat reason, held or blocked
#   incite   urging the reader to hurt or kill themselves: an incitement reason, blocked
#   allow    no sexual, personal_info, incitement or threat reason, allowed (care flags are fine)
#   soft     no sexual, personal_info, incitement or threat reason, not held nor blocked (a crude
#            word may nudge)
#   victim   the author reports grooming, sextortion or incitement aimed at them: a bullied or
#            abuse_disclosure reason and a care flag, no threat or incitement reason, not blocked
SEXUAL, EXTORT, PINFO, DOXX, INCITE = "sexual", "extort", "pinfo", "doxx", "incite"
ALLOW, SOFT, VICTIM = "allow", "soft", "victim"
POSITIVE = frozenset({SEXUAL, EXTORT, PINFO, DOXX, INCITE})
# The score each positive family should rank by.
FAMILY_SCORE = {
    SEXUAL: "sexual",
    EXTORT: "sexual",
    PINFO: "personal_info",
    DOXX: "personal_info",
    INCITE: "incitement",
}
HELD = frozenset({"sexual", "personal_info", "incitement", "threat"})

# (phrase, functionality, family)
CASES_FR: list[tuple[str, str, str]] = [
    # pédopiégeage : l'âge, la maturité, le secret, les cadeaux, l'isolement, le rendez-vous
    ("t'as quel âge ? t'as l'air plus grande que ça", "grooming_age", SEXUAL),
    ("t'es vraiment mature pour une fille de 13 ans", "grooming_age", SEXUAL),
    ("tu fais pas du tout ton âge, t'es trop belle", "grooming_age", SEXUAL),
    ("j'ai 27 ans mais l'âge c'est qu'un chiffre", "grooming_age", SEXUAL),
    ("l'âge c'est juste un nombre, on s'en fiche nous deux", "grooming_age", SEXUAL),
    ("tas kel age ? moi jsuis un peu plus vieux mais c pas grave", "grooming_age", SEXUAL),
    ("t'es en quelle classe ? t'es seule chez toi ce soir ?", "grooming_age", SEXUAL),
    ("dis pas à ta mère qu'on se parle, elle comprendrait pas", "grooming_secret", SEXUAL),
    ("ça reste entre nous hein, personne doit savoir", "grooming_secret", SEXUAL),
    ("supprime nos messages après les avoir lus", "grooming_secret", SEXUAL),
    ("ça c'est un secret entre toi et moi, ok ?", "grooming_secret", SEXUAL),
    ("parle de moi à personne, même pas à tes copines", "grooming_secret", SEXUAL),
    ("efface la conv avant que ton père regarde ton tel", "grooming_secret", SEXUAL),
    ("je te fais un virement de 50 balles si tu m'envoies une photo", "grooming_gift", SEXUAL),
    ("je t'achète des vbucks si tu m'envoies une photo de toi", "grooming_gift", SEXUAL),
    ("je t'offre le nouvel iphone si t'es gentille avec moi", "grooming_gift", SEXUAL),
    ("jte paye ton forfait si tu m'envoies des photos", "grooming_gift", SEXUAL),
    ("je te donne dix euros pour une photo, ça te va ?", "grooming_gift", SEXUAL),
    ("je te recharge ta carte steam contre une petite vidéo", "grooming_gift", SEXUAL),
    ("tes parents te comprennent pas comme moi je te comprends", "grooming_isolate", SEXUAL),
    ("t'as pas besoin de tes copines, elles sont jalouses de nous", "grooming_isolate", SEXUAL),
    ("y a que moi qui te comprends vraiment, les autres s'en foutent", "grooming_isolate", SEXUAL),
    ("viens on parle sur telegram, c'est plus discret", "grooming_private", SEXUAL),
    ("passe sur snap, ici tout le monde peut lire", "grooming_private", SEXUAL),
    ("on continue sur whatsapp, personne nous verra", "grooming_private", SEXUAL),
    ("on se voit quand ? je viens te chercher à la sortie du collège", "grooming_meet", SEXUAL),
    ("on peut-tu se voir en cachette ?", "grooming_meet", SEXUAL),
    ("on se voit à la sortie de l'athénée, dis rien à personne", "grooming_meet", SEXUAL),
    ("je viens te chercher après le cycle, ça reste entre nous", "grooming_meet", SEXUAL),
    ("t'es-tu toute seule chez vous ? allume ta caméra", "grooming_meet", SEXUAL),
    ("tu portes quoi là maintenant ?", "grooming_photo", SEXUAL),
    ("allume ta cam, j'ai envie de te voir", "grooming_photo", SEXUAL),
    ("envoie une photo de toi en pyjama", "grooming_photo", SEXUAL),
    ("envoie-moi une photo de toi en bobettes", "grooming_photo", SEXUAL),
    ("envoi 1 foto de toi stp bb", "grooming_photo", SEXUAL),
    ("montre-moi ce que t'as sous ton t-shirt", "grooming_photo", SEXUAL),
    ("envoie une photo en maillot de bain stp", "grooming_photo", SEXUAL),
    ("t'as déjà embrassé un garçon ? je pourrais t'apprendre", "grooming_sexual", SEXUAL),
    ("t'es encore vierge ?", "grooming_sexual", SEXUAL),
    (
        "je peux t'apprendre des trucs que les garçons de ton âge savent pas",
        "grooming_sexual",
        SEXUAL,
    ),
    ("tu veux être ma copine secrète ?", "grooming_sexual", SEXUAL),
    # sollicitation et harcèlement sexuels
    ("tu veux qu'on s'envoie des trucs chauds ce soir ?", "solicitation", SEXUAL),
    ("j'ai envie de te toucher partout", "solicitation", SEXUAL),
    ("je me touche en pensant à toi", "solicitation", SEXUAL),
    ("t'as un corps de ouf, montre plus", "solicitation", SEXUAL),
    ("viens t'asseoir sur mes genoux", "solicitation", SEXUAL),
    ("envoie une vidéo où tu te déshabilles", "solicitation", SEXUAL),
    ("on fait un facetime tout nus ?", "solicitation", SEXUAL),
    ("jveux voir tes fesses", "solicitation", SEXUAL),
    ("je t'ai envoyé une photo de ma queue, à ton tour", "solicitation", SEXUAL),
    ("t'as des beaux seins pour ton âge", "harassment", SEXUAL),
    ("jte kiffe trop, on fait des choses ce soir ? personne saura", "harassment", SEXUAL),
    ("tu serais bonne toute nue", "harassment", SEXUAL),
    # sextorsion
    ("j'envoie tes photos à tout le collège si tu continues à m'ignorer", "sextortion", EXTORT),
    ("si tu m'envoies pas d'autres photos je les balance sur insta", "sextortion", EXTORT),
    ("paie-moi 100 balles ou ta vidéo part à tes parents", "sextortion", EXTORT),
    ("j'ai gardé tes nudes, fais ce que je dis", "sextortion", EXTORT),
    ("je vais publier tes photos nues sur le groupe de la classe", "sextortion", EXTORT),
    ("t'as 24h pour payer sinon tout le lycée verra tes photos", "sextortion", EXTORT),
    # coordonnées de l'auteur, invitation hors plateforme
    ("bipe-moi au 06 31 44 27 85 ce soir", "phone", PINFO),
    ("écris-moi sur whatsapp +33 6 45 12 78 90", "phone", PINFO),
    ("mon gsm c'est le 0475 12 34 56", "phone", PINFO),
    ("sonne-moi au +32 478 12 34 56", "phone", PINFO),
    ("appelle au 079 123 45 67 après 18h", "phone", PINFO),
    ("mon natel : +41 76 234 56 78", "phone", PINFO),
    ("texte-moi au 514 555-0133", "phone", PINFO),
    ("mon 06 c'est 06.81.22.43.90", "phone", PINFO),
    ("mon snap c'est lea.dlt07", "handle", PINFO),
    ("ajoute moi sur snap : tom_du_93", "handle", PINFO),
    ("mon insta @chloe_ptt", "handle", PINFO),
    ("ajoute-moi sur snap, mon nom c'est jess_qc02", "handle", PINFO),
    ("rejoins mon serveur discord.gg/xy7kq", "handle", PINFO),
    ("mon mail c'est lucie.martin2010@hotmail.fr", "email", PINFO),
    ("écris-moi à lucas point b arobase gmail point com", "email", PINFO),
    ("j'habite au 12 rue des lilas, passe quand tu veux", "address", PINFO),
    ("viens au 8 avenue de la gare à 18h", "address", PINFO),
    ("viens en dm on sera plus tranquilles", "contact", PINFO),
    ("passe en privé, je t'explique", "contact", PINFO),
    ("file ton snap", "contact", PINFO),
    ("donne ton 06 stp", "contact", PINFO),
    ("c quoi ton insta ?", "contact", PINFO),
    ("envoie-moi ton adresse, je t'envoie un cadeau", "contact", PINFO),
    # coordonnées d'autrui
    ("voici le numéro de Manon : 06 98 76 54 32, lâchez-vous", "doxxing", DOXX),
    ("l'adresse de Yanis c'est 5 rue Pasteur, allez-y", "doxxing", DOXX),
    ("ajoutez tous son snap et insultez-la : ines.b2009", "doxxing", DOXX),
    ("je balance le 06 de la prof sur le groupe", "doxxing", DOXX),
    ("son insta c'est @theo_lpz, spammez-le", "doxxing", DOXX),
    ("le mail de sa mère : sylvie.d@orange.fr", "doxxing", DOXX),
    # pousser au suicide, à se faire du mal
    ("va te pendre sale bouffon", "incitement", INCITE),
    ("jte conseille de te foutre en l'air", "incitement", INCITE),
    ("fais-nous une faveur et disparais", "incitement", INCITE),
    ("personne te regretterait si tu crevais", "incitement", INCITE),
    ("tu devrais en finir, franchement", "incitement", INCITE),
    ("pourquoi t'es encore en vie toi", "incitement", INCITE),
    ("saute par la fenêtre, ça nous fera des vacances", "incitement", INCITE),
    ("avale toute ta boîte de médocs", "incitement", INCITE),
    ("vas-y coupe-toi encore, t'aimes ça", "incitement", INCITE),
    ("le monde irait mieux sans toi", "incitement", INCITE),
    ("tout le monde serait content si tu mourais", "incitement", INCITE),
    ("va t'jeter sous un métro", "incitement", INCITE),
    ("rends service au monde, suicide-toi", "incitement", INCITE),
    ("ta vie sert à rien, finis-en", "incitement", INCITE),
    ("kys sérieux", "incitement", INCITE),
    ("crève en silence", "incitement", INCITE),
    ("va te câlisser en bas d'un pont", "incitement", INCITE),
    ("va te noyer dans la Meuse", "incitement", INCITE),
    ("à ta place je me serais déjà tué", "incitement", INCITE),
    # sosies : éducation sexuelle, consentement
    ("c'est normal d'avoir peur de la première fois ?", "sex_ed", ALLOW),
    ("comment savoir si je suis prête à coucher avec mon copain", "sex_ed", ALLOW),
    ("on peut tomber enceinte la première fois ?", "sex_ed", ALLOW),
    ("le consentement ça veut dire quoi exactement si on a bu ?", "sex_ed", ALLOW),
    ("j'ai le droit de dire non même si on a déjà commencé ?", "sex_ed", ALLOW),
    ("où acheter des préservatifs sans que mes parents le sachent ?", "sex_ed", ALLOW),
    ("la prof de svt nous a parlé de contraception aujourd'hui", "sex_ed", ALLOW),
    ("je crois que je suis bi, comment le dire à mes potes ?", "sex_ed", ALLOW),
    # son âge, les rendez-vous ordinaires
    ("j'ai 14 ans et je sais toujours pas faire mes lacets mdr", "age", ALLOW),
    ("vous avez quel âge ici ? moi 16", "age", ALLOW),
    ("mon frère a 12 ans demain", "age", ALLOW),
    ("on se voit au lycée demain", "meet", ALLOW),
    ("on se retrouve au CDI à 13h pour le devoir ?", "meet", ALLOW),
    ("rdv devant le ciné samedi avec toute la bande", "meet", ALLOW),
    # numéros d'aide
    ("appelle le 3114 si ça va pas, ils sont là jour et nuit", "helpline", ALLOW),
    ("le 119 c'est pour les enfants en danger, c'est gratuit", "helpline", ALLOW),
    ("au Québec tu peux appeler Tel-jeunes au 1 800 263-2266", "helpline", ALLOW),
    ("en belgique y a le 103 écoute-enfants", "helpline", ALLOW),
    ("en Suisse c'est le 147 pour les jeunes", "helpline", ALLOW),
    ("le 3018 c'est pour le harcèlement en ligne", "helpline", ALLOW),
    ("fil santé jeunes : 0 800 235 236, c'est anonyme", "helpline", ALLOW),
    # chiffres, prix, dates ; mots de tous les jours
    ("ça coûte 12,99 € et c'est livré le 15/03", "numbers", ALLOW),
    ("j'ai eu 15/20 en maths et 17,5 en anglais", "numbers", ALLOW),
    ("elle est née le 06/04/2010 à Liège", "numbers", ALLOW),
    ("ajoute du sel et un peu de poivre", "everyday", ALLOW),
    ("ajoute-moi au groupe du projet stp", "everyday", ALLOW),
    ("je vais me coucher, bonne nuit", "everyday", ALLOW),
    ("mon insta est en privé maintenant, trop de relous", "everyday", ALLOW),
    ("j'ai supprimé snap, trop toxique", "everyday", ALLOW),
    ("va te coucher, t'as l'air crevé", "everyday", ALLOW),
    ("saute dans la piscine, l'eau est trop bonne", "everyday", ALLOW),
    ("coupe-toi une part de gâteau", "everyday", ALLOW),
    ("jette-toi à l'eau et déclare-toi !", "everyday", ALLOW),
    ("fais-moi une faveur et passe-moi le sel", "everyday", ALLOW),
    ("il fait une chaleur à crever dans cette salle", "everyday", ALLOW),
    # la victime raconte
    ("un mec sur fortnite me demande des photos et je sais pas quoi faire", "report", VICTIM),
    ("un adulte m'a dit de pas parler de nous à mes parents, c'est normal ?", "report", VICTIM),
    ("il menace d'envoyer mes photos à tout le monde si j'envoie pas d'argent", "report", VICTIM),
    (
        "mon entraîneur m'écrit le soir que je suis mature pour mon âge, ça me met mal",
        "report",
        VICTIM,
    ),
    ("un inconnu m'a demandé mon âge puis m'a envoyé une photo de son sexe", "report", VICTIM),
    ("on m'a dit d'aller me pendre hier sur le groupe", "report", VICTIM),
    # contre-discours, actualité, chanson
    ("ne dis jamais à quelqu'un d'aller se pendre, même pour rire", "counter", ALLOW),
    ("dire kys c'est pas une blague", "counter", ALLOW),
    ("si un adulte te demande de garder un secret, parles-en à quelqu'un", "counter", ALLOW),
    ("ne donnez jamais votre adresse à un inconnu sur internet", "counter", ALLOW),
    ("un adulte qui demande des photos à un mineur, c'est un prédateur", "counter", ALLOW),
    ("un homme a été arrêté pour avoir harcelé des ados sur snap", "news", ALLOW),
    ("l'article dit que la sextorsion touche de plus en plus de collégiens", "news", ALLOW),
    ("dans la chanson il dit « va te pendre » et j'aime pas trop", "lyrics", SOFT),
]

CASES_EN: list[tuple[str, str, str]] = [
    # grooming: age, maturity, secrecy, gifts, isolation, private channels, meeting
    ("how old are you? you seem really grown up", "grooming_age", SEXUAL),
    ("you're really mature for 14", "grooming_age", SEXUAL),
    ("you seem way older than the other girls your age", "grooming_age", SEXUAL),
    ("i'm 26 but age is just a number", "grooming_age", SEXUAL),
    ("i like younger girls, they're more fun", "grooming_age", SEXUAL),
    ("what grade are you in? are your parents strict?", "grooming_age", SEXUAL),
    ("don't tell your mom we talk, she wouldn't get it", "grooming_secret", SEXUAL),
    ("this stays between us ok? nobody else needs to know", "grooming_secret", SEXUAL),
    ("delete our chat after you read this", "grooming_secret", SEXUAL),
    ("keep this between you and me, promise?", "grooming_secret", SEXUAL),
    ("you can't tell anybody about me, not even your best friend", "grooming_secret", SEXUAL),
    ("i'll send you $50 if you send me a pic in your bra", "grooming_gift", SEXUAL),
    ("i can buy you vbucks if you send a photo", "grooming_gift", SEXUAL),
    ("i'll get you the new iphone if you do something for me", "grooming_gift", SEXUAL),
    ("want a $20 gift card? just one pic", "grooming_gift", SEXUAL),
    ("your parents don't understand you like i do", "grooming_isolate", SEXUAL),
    ("your friends are just jealous of us, you don't need them", "grooming_isolate", SEXUAL),
    ("i'm the only one who really gets you", "grooming_isolate", SEXUAL),
    ("let's talk on telegram instead, it's more private", "grooming_private", SEXUAL),
    ("we should move to snap so no one reads our messages", "grooming_private", SEXUAL),
    ("when can we meet? i'll pick you up after school", "grooming_meet", SEXUAL),
    ("i can come get you, just don't tell anyone", "grooming_meet", SEXUAL),
    ("are you alone in your room? turn on your camera", "grooming_meet", SEXUAL),
    ("what are you wearing right now", "grooming_photo", SEXUAL),
    ("turn on your cam, i want to see you", "grooming_photo", SEXUAL),
    ("send me a pic of you in your pyjamas", "grooming_photo", SEXUAL),
    ("send a pic without your shirt", "grooming_photo", SEXUAL),
    ("show me what's under your hoodie", "grooming_photo", SEXUAL),
    ("i want to see you in a bikini, send one", "grooming_photo", SEXUAL),
    ("have you ever kissed anyone? i could teach you", "grooming_sexual", SEXUAL),
    ("are you still a virgin?", "grooming_sexual", SEXUAL),
    ("i'll teach you things boys your age don't know", "grooming_sexual", SEXUAL),
    ("wanna be my secret girlfriend", "grooming_sexual", SEXUAL),
    # sexual solicitation and harassment
    ("wanna sext?", "solicitation", SEXUAL),
    ("let's do something naughty on camera", "solicitation", SEXUAL),
    ("i want to touch you all over", "solicitation", SEXUAL),
    ("i'm touching myself thinking about you", "solicitation", SEXUAL),
    ("you'd look hot naked", "solicitation", SEXUAL),
    ("come sit on my lap", "solicitation", SEXUAL),
    ("send me a video of you undressing", "solicitation", SEXUAL),
    ("i want to see your body, no clothes", "solicitation", SEXUAL),
    ("i just sent you a pic of my dick, your turn", "solicitation", SEXUAL),
    ("bet you'd be good in bed", "harassment", SEXUAL),
    ("nice legs, what else are you hiding", "harassment", SEXUAL),
    # sextortion
    ("send more pics or i'll show everyone the ones you already sent", "sextortion", EXTORT),
    ("if you don't pay me i'm posting your nudes", "sextortion", EXTORT),
    ("i have your photos, do what i say or your parents see them", "sextortion", EXTORT),
    ("i'll leak your pics to the whole school", "sextortion", EXTORT),
    ("pay 200 in gift cards or your video goes online", "sextortion", EXTORT),
    (
        "i screenshotted your pics, one wrong move and they're in the group chat",
        "sextortion",
        EXTORT,
    ),
    # the author's own details, invitations off the platform
    ("text me 514-555-0199", "phone", PINFO),
    ("my cell is (438) 555 0142, call me tonight", "phone", PINFO),
    ("my whatsapp is +1 613 555 0187", "phone", PINFO),
    ("snap: jess_22, add me", "handle", PINFO),
    ("add me on insta @lily.rose_07", "handle", PINFO),
    ("join my private server discord.gg/abc123", "handle", PINFO),
    ("email me at sarah.b2009@gmail.com", "email", PINFO),
    ("write to me: tom dot b at gmail dot com", "email", PINFO),
    ("i live at 42 maple street, come over", "address", PINFO),
    ("come to 18 oak avenue after 6", "address", PINFO),
    ("dm me on tiktok, same name", "contact", PINFO),
    ("let's take this to discord, add me", "contact", PINFO),
    ("slide in my dms on insta", "contact", PINFO),
    ("what's your phone number? i'll text you", "contact", PINFO),
    ("give me your snap", "contact", PINFO),
    ("what's your address, i'll send you something", "contact", PINFO),
    # someone else's details
    ("here's emma's number 613-555-0123, spam her", "doxxing", DOXX),
    ("leaking jake's address: 27 birch road", "doxxing", DOXX),
    ("everyone add her snap and roast her, it's maddie_x09", "doxxing", DOXX),
    ("her insta is @chloe.m_2010, go tell her what you think", "doxxing", DOXX),
    ("this is his mom's email: karen.w@hotmail.com", "doxxing", DOXX),
    ("i found where she lives, 9 elm street, go knock on her door", "doxxing", DOXX),
    # incitement
    ("kys loser", "incitement", INCITE),
    ("go hang yourself", "incitement", INCITE),
    ("just end it, nobody would care", "incitement", INCITE),
    ("do the world a favor and disappear forever", "incitement", INCITE),
    ("you should just stop existing", "incitement", INCITE),
    ("why don't you just kill yourself already", "incitement", INCITE),
    ("go jump off a roof", "incitement", INCITE),
    ("drink some bleach and do us all a favour", "incitement", INCITE),
    ("nobody would even notice if you were gone, so go", "incitement", INCITE),
    ("the world would be a better place without you in it", "incitement", INCITE),
    ("go cut yourself again, freak", "incitement", INCITE),
    ("swallow all your pills, see if i care", "incitement", INCITE),
    ("k.y.s", "incitement", INCITE),
    ("go play in traffic", "incitement", INCITE),
    ("everyone would be happier if you were dead", "incitement", INCITE),
    ("just die already lol", "incitement", INCITE),
    # look-alikes: sex education, consent
    ("is it normal to be scared of having sex for the first time?", "sex_ed", ALLOW),
    ("how do i know if i'm ready to have sex with my boyfriend", "sex_ed", ALLOW),
    ("can you get pregnant the first time?", "sex_ed", ALLOW),
    ("what does consent actually mean if we're both drunk", "sex_ed", ALLOW),
    ("is it ok to say no even after we started kissing", "sex_ed", ALLOW),
    ("where can i get condoms without my parents knowing", "sex_ed", ALLOW),
    ("my health teacher explained contraception today", "sex_ed", ALLOW),
    # one's own age, ordinary meetings
    ("i'm 15 and i still can't ride a bike lol", "age", ALLOW),
    ("how old are you guys? i'm 16 and new here", "age", ALLOW),
    ("my sister turns 13 tomorrow", "age", ALLOW),
    ("see you at school tomorrow", "meet", ALLOW),
    ("let's meet at the library at 4 to study", "meet", ALLOW),
    ("wanna meet at the mall saturday with everyone?", "meet", ALLOW),
    # helplines
    ("if you're in the us you can call or text 988 anytime", "helpline", ALLOW),
    ("call kids help phone at 1-800-668-6868, they're really nice", "helpline", ALLOW),
    ("you can text HOME to 741741 if you need someone", "helpline", ALLOW),
    ("in the uk you can call samaritans on 116 123", "helpline", ALLOW),
    # numbers, prices, dates; everyday words
    ("the tickets cost 25.99 and the show starts at 8pm", "numbers", ALLOW),
    ("i was born in 2009 and moved here in 2015", "numbers", ALLOW),
    ("read pages 212 to 245 for monday", "numbers", ALLOW),
    ("can you add me to the group chat for the project?", "everyday", ALLOW),
    ("add some salt and pepper", "everyday", ALLOW),
    ("i'm going to bed, good night", "everyday", ALLOW),
    ("my snap streak with my best friend is at 300 days", "everyday", ALLOW),
    ("instagram is so toxic lately", "everyday", ALLOW),
    ("cut yourself a slice of cake", "everyday", ALLOW),
    ("go jump in the pool, the water's great", "everyday", ALLOW),
    ("do me a favor and grab the charger", "everyday", ALLOW),
    # the victim tells
    ("a guy online keeps asking me for pics and i don't know what to do", "report", VICTIM),
    (
        "someone from a game asked me to keep our chats secret and now he wants to meet",
        "report",
        VICTIM,
    ),
    ("my coach texts me at night saying i'm mature for my age, is that weird?", "report", VICTIM),
    ("he said he'd post my photos if i didn't send more", "report", VICTIM),
    ("a man asked how old i was and then sent me a dick pic", "report", VICTIM),
    ("people in my class keep telling me to kill myself", "report", VICTIM),
    # counter-speech, news, lyrics
    ("never tell someone to kill themselves, even as a joke", "counter", ALLOW),
    ("telling people to kys is not funny", "counter", ALLOW),
    ("if a stranger asks you to keep a secret from your parents, tell an adult", "counter", ALLOW),
    ("never give your address to someone you met online", "counter", ALLOW),
    ("the news said a man was arrested for grooming kids on discord", "news", ALLOW),
    ("the article says sextortion cases doubled last year", "news", ALLOW),
    ("that documentary about online predators was so scary", "news", ALLOW),
    ("in the song he screams 'go kill yourself' and it's kind of dark", "lyrics", SOFT),
]

# Written after the first fixes, to check them on new wordings (the second-round figures).
LATER_FR: list[tuple[str, str, str]] = [
    ("t'as genre 12 ans ? t'as l'air trop mûre", "grooming_age", SEXUAL),
    (
        "tu me dis pas ton âge mais je sais que t'es au collège, c'est mignon",
        "grooming_age",
        SEXUAL,
    ),
    ("on garde ça pour nous, tes darons ont pas à savoir", "grooming_secret", SEXUAL),
    ("efface tout après, je veux pas d'embrouilles avec ta mère", "grooming_secret", SEXUAL),
    ("je te file 30 € sur ton compte si tu me montres un peu plus", "grooming_gift", SEXUAL),
    ("t'en fais pas, moi je te juge pas comme tes parents", "grooming_isolate", SEXUAL),
    ("viens sur mon telegram, là-bas c'est tranquille", "grooming_private", SEXUAL),
    ("je peux venir te récupérer devant ton école demain ?", "grooming_meet", SEXUAL),
    ("prends-toi en photo dans ta salle de bain et envoie", "grooming_photo", SEXUAL),
    ("t'as pas une photo où on voit mieux ton corps ?", "grooming_photo", SEXUAL),
    ("j'ai envie de toi ce soir", "solicitation", SEXUAL),
    ("tu m'excites trop quand tu danses sur tes vidéos", "harassment", SEXUAL),
    ("si tu réponds pas dans l'heure, ta mère reçoit tout", "sextortion", EXTORT),
    ("je garde tes nudes au chaud, t'as intérêt à être sage", "sextortion", EXTORT),
    ("écris-moi sur le 07 82 19 46 30", "phone", PINFO),
    ("mon tél c'est le zéro six, je te l'envoie en privé", "contact", PINFO),
    ("j'habite juste à côté de la boulangerie rue Victor Hugo, au 14", "address", PINFO),
    ("voilà l'adresse de Julie, 3 impasse des Roses, faites-lui peur", "doxxing", DOXX),
    ("jte conseille d'aller te jeter du pont", "incitement", INCITE),
    ("pourquoi tu te tires pas une balle ?", "incitement", INCITE),
    ("tout le monde s'en foutrait si tu partais pour de bon", "incitement", INCITE),
    ("rends-nous service, bois de l'eau de javel", "incitement", INCITE),
    ("tu sers à rien, va mourir dans un coin", "incitement", INCITE),
    ("à quel âge c'est normal de faire sa première fois ?", "sex_ed", ALLOW),
    ("j'ai 17 ans dans deux semaines trop hâte", "age", ALLOW),
    ("rejoins-nous au parc après les cours", "meet", ALLOW),
    ("si ça va pas, Tel-jeunes répond aussi par texto au 514 600-1002", "helpline", ALLOW),
    ("la prof veut qu'on rende le devoir par mail", "everyday", ALLOW),
    ("mets-moi dans la conv de la classe", "everyday", ALLOW),
    ("il m'a dit d'effacer nos messages et de rien dire à personne", "report", VICTIM),
    ("il me fait du chantage avec mes photos", "report", VICTIM),
    ("arrêtez de dire aux gens d'aller se tuer, c'est grave", "counter", ALLOW),
    ("on va crever de froid au match de ce soir", "everyday", ALLOW),
    ("ce film parle d'un prédateur qui se fait passer pour un ado", "news", ALLOW),
]
LATER_EN: list[tuple[str, str, str]] = [
    ("you're not like other girls your age, you're so grown", "grooming_age", SEXUAL),
    ("what your mom doesn't know won't hurt her ;)", "grooming_secret", SEXUAL),
    ("wipe your messages when we're done talking", "grooming_secret", SEXUAL),
    ("i'll venmo you 40 bucks for a cute pic, nothing weird", "grooming_gift", SEXUAL),
    ("your friends don't deserve you, only i treat you right", "grooming_isolate", SEXUAL),
    ("move this to kik, this app reads everything", "grooming_private", SEXUAL),
    (
        "i could drive over and get you after practice, your parents won't know",
        "grooming_meet",
        SEXUAL,
    ),
    ("take a mirror selfie in your room before bed for me", "grooming_photo", SEXUAL),
    ("lift your shirt a little for the camera", "grooming_photo", SEXUAL),
    ("i keep thinking about your body", "solicitation", SEXUAL),
    ("you make me so horny", "harassment", SEXUAL),
    ("pay me or everyone at your school gets the video", "sextortion", EXTORT),
    ("remember those pics? you'd better keep answering me", "sextortion", EXTORT),
    ("text me at 647 555 0190 tonight", "phone", PINFO),
    ("my email's jordan underscore k at outlook dot com", "email", PINFO),
    ("i'm at 1120 pine ave apt 4, come by", "address", PINFO),
    ("everyone go spam her phone, 418-555-0166", "doxxing", DOXX),
    ("go put a rope around your neck", "incitement", INCITE),
    ("why are you even still here, just die", "incitement", INCITE),
    ("no one would show up to your funeral anyway, so do it", "incitement", INCITE),
    ("the earth would thank you if you disappeared", "incitement", INCITE),
    ("take every pill in your cabinet", "incitement", INCITE),
    ("at what age is it normal to start dating?", "sex_ed", ALLOW),
    ("i'm turning 18 next month, finally!", "age", ALLOW),
    ("meet us at the skatepark after class", "meet", ALLOW),
    ("the trevor project line is 1-866-488-7386", "helpline", ALLOW),
    ("email the teacher if you're sick", "everyday", ALLOW),
    ("he told me to delete our texts and not tell anyone", "report", VICTIM),
    ("someone is threatening to share my pics unless i pay", "report", VICTIM),
    ("stop telling people to jump off bridges, it's not a joke", "counter", ALLOW),
    ("this traffic is killing me", "everyday", ALLOW),
    ("the podcast episode was about catfishing predators", "news", ALLOW),
]

# Written after the second fixes, to check those on new wordings (the third-round figures).
LATEST_FR: list[tuple[str, str, str]] = [
    ("t'es en quel classe déjà ? t'as un copain ?", "grooming_age", SEXUAL),
    ("fais gaffe que ta daronne voie pas nos messages", "grooming_secret", SEXUAL),
    ("je t'ai acheté un cadeau, tu me dois bien une petite photo", "grooming_gift", SEXUAL),
    ("personne t'écoute chez toi, moi je suis là pour toi", "grooming_isolate", SEXUAL),
    ("on se parle plutôt sur signal, c'est mieux pour nous deux", "grooming_private", SEXUAL),
    ("je passe te prendre au coin de ta rue, monte vite dans la voiture", "grooming_meet", SEXUAL),
    ("une photo de toi juste réveillée, en nuisette", "grooming_photo", SEXUAL),
    ("tu dors avec quoi comme pyjama ?", "grooming_photo", SEXUAL),
    ("j'aimerais trop te voir sans rien sur toi", "solicitation", SEXUAL),
    ("t'as de belles formes pour une collégienne", "harassment", SEXUAL),
    ("si tu me bloques, tes photos tournent dans tout le bahut", "sextortion", EXTORT),
    ("réponds ou je montre nos convs à ton père", "sextortion", EXTORT),
    ("mon snapchat : lou.nna_99", "handle", PINFO),
    ("appelle le 0032 478 55 21 09 ce soir", "phone", PINFO),
    ("tiens le 06 de Sarah, harcelez-la : 06 11 22 33 44", "doxxing", DOXX),
    ("tu devrais sauter, personne te retiendrait", "incitement", INCITE),
    ("va te foutre en l'air, ça rendra service à tout le monde", "incitement", INCITE),
    ("avale la plaquette entière et on n'en parle plus", "incitement", INCITE),
    ("tes parents savent que tu dors chez moi samedi ?", "everyday", ALLOW),
    ("dis rien à personne mais j'ai eu mon permis !", "everyday", ALLOW),
    ("montre-moi ta nouvelle coupe en photo", "everyday", ALLOW),
    ("enlève ton manteau, il fait trop chaud ici", "everyday", ALLOW),
    ("toute la classe verra la vidéo du spectacle vendredi", "everyday", ALLOW),
    ("j'ai 13 ans et demi, c'est grave si je suis pas encore réglée ?", "sex_ed", ALLOW),
    ("appelle le 3020 si on te harcèle au collège", "helpline", ALLOW),
    ("je me suis coupée en cuisinant, ça saigne un peu", "everyday", ALLOW),
    ("on se capte devant le ciné à 20h", "meet", ALLOW),
    ("elle m'a demandé mon snap à la soirée, trop contente", "everyday", ALLOW),
    ("un gars de 25 ans veut me voir en cachette, j'ai un peu peur", "report", VICTIM),
    ("on m'a envoyé des messages pour que je me suicide", "report", VICTIM),
]
LATEST_EN: list[tuple[str, str, str]] = [
    ("what grade r u in now? u seem older lol", "grooming_age", SEXUAL),
    ("make sure you clear your phone before your dad checks it", "grooming_secret", SEXUAL),
    ("i sent you robux, now send me something back ;)", "grooming_gift", SEXUAL),
    ("your parents just want to control you, i'd never do that", "grooming_isolate", SEXUAL),
    ("download telegram so we can talk without anyone seeing", "grooming_private", SEXUAL),
    ("tell your mom you're at a friend's and i'll pick you up", "grooming_meet", SEXUAL),
    ("show me your outfit... without the outfit", "grooming_photo", SEXUAL),
    ("snap me a pic in the bathtub", "grooming_photo", SEXUAL),
    ("i wanna feel your body against mine", "solicitation", SEXUAL),
    ("those leggings make your butt look amazing, send a pic", "harassment", SEXUAL),
    ("block me and your nudes go to your whole contact list", "sextortion", EXTORT),
    ("send $100 by tonight or i post the video on your school's page", "sextortion", EXTORT),
    ("hmu on insta, it's @ky.la_0420", "handle", PINFO),
    ("my number's (819) 555-0148, text me when you're alone", "phone", PINFO),
    ("drop his address in the chat so we can pull up: 55 cedar lane", "doxxing", DOXX),
    ("just do everyone a favour and hang yourself", "incitement", INCITE),
    ("if i were you i'd just end it all", "incitement", INCITE),
    ("you're a burden, go swallow a bottle of pills", "incitement", INCITE),
    ("don't tell anyone but i got a puppy!!", "everyday", ALLOW),
    ("you'd better bring a jacket, it's freezing", "everyday", ALLOW),
    ("i have your photos from the trip, want me to send them?", "everyday", ALLOW),
    ("my mom doesn't know i failed the test lol", "everyday", ALLOW),
    ("take off your shoes before coming in", "everyday", ALLOW),
    ("send me a pic of your dog pls", "everyday", ALLOW),
    ("the whole class will see the video of our play on friday", "everyday", ALLOW),
    ("is it weird that i'm 16 and never kissed anyone?", "sex_ed", ALLOW),
    ("crisis text line: text HELLO to 686868 in canada", "helpline", ALLOW),
    ("i cut myself shaving this morning lol", "everyday", ALLOW),
    ("an older guy keeps telling me to send him selfies in my pyjamas", "report", VICTIM),
    ("someone dmed me telling me to go kill myself", "report", VICTIM),
]

# Written after the third fixes, to check those on new wordings (the fourth-round figures).
LAST_FR: list[tuple[str, str, str]] = [
    ("t'as quoi 14 ans ? t'es déjà trop jolie", "grooming_age", SEXUAL),
    ("vide ta galerie avant que ton père tombe dessus", "grooming_secret", SEXUAL),
    (
        "je te prends un abonnement netflix si tu m'envoies un selfie en serviette",
        "grooming_gift",
        SEXUAL,
    ),
    ("tes copines te lâcheront, moi je serai toujours là", "grooming_isolate", SEXUAL),
    ("retrouve-moi derrière le gymnase après l'entraînement, viens seule", "grooming_meet", SEXUAL),
    ("mets ta webcam et enlève ton sweat", "grooming_photo", SEXUAL),
    ("je kiffe ton corps de ado", "harassment", SEXUAL),
    ("si tu dis quoi que ce soit, ta vidéo finit sur tiktok", "sextortion", EXTORT),
    ("mon whatsapp: +33 7 61 23 45 98", "phone", PINFO),
    ("balance le num de Lina dans le groupe qu'on la harcèle", "doxxing", DOXX),
    ("franchement pends-toi, t'es inutile", "incitement", INCITE),
    ("ce serait mieux pour tout le monde si tu disparaissais", "incitement", INCITE),
    ("ma mère fouille mon tel, c'est relou", "everyday", ALLOW),
    ("tu peux m'envoyer ta photo de classe ?", "everyday", ALLOW),
    ("si tu veux parler, SOS Amitié c'est le 09 72 39 40 50", "helpline", ALLOW),
    ("j'ai 15 ans et ma mère veut pas que j'aille à la soirée", "age", ALLOW),
    ("enlève tes chaussures avant d'entrer stp", "everyday", ALLOW),
    ("on se retrouve derrière le gymnase pour le match", "meet", ALLOW),
    ("un homme m'a proposé de l'argent contre des photos", "report", VICTIM),
    ("pousser quelqu'un au suicide c'est un crime", "counter", ALLOW),
]
LAST_EN: list[tuple[str, str, str]] = [
    ("how old are you really? you don't look 13 at all", "grooming_age", SEXUAL),
    ("erase this convo before your parents see", "grooming_secret", SEXUAL),
    ("i'll pay for your phone bill if you send me a cute selfie in bed", "grooming_gift", SEXUAL),
    ("your friends are fake, i'm the only real one you've got", "grooming_isolate", SEXUAL),
    ("come alone to the park tonight, don't bring anyone", "grooming_meet", SEXUAL),
    ("turn your camera on and take your hoodie off", "grooming_photo", SEXUAL),
    ("your body is so hot for a 14 year old", "harassment", SEXUAL),
    ("if you stop replying your video goes on every group chat", "sextortion", EXTORT),
    ("add me on snap its jayden.k2008", "handle", PINFO),
    ("leak her number so everyone can prank call her: 289-555-0177", "doxxing", DOXX),
    ("no one needs you, just end your life", "incitement", INCITE),
    ("why not take all your meds at once and see what happens", "incitement", INCITE),
    ("my mom checks my phone every night, so annoying", "everyday", ALLOW),
    ("can you send me the class photo?", "everyday", ALLOW),
    ("the samaritans helpline is 116 123, free and 24/7", "helpline", ALLOW),
    ("i'm 14 and my parents won't let me go to the concert", "age", ALLOW),
    ("take your shoes off at the door please", "everyday", ALLOW),
    ("meet at the park tonight with the whole team?", "meet", ALLOW),
    ("a man offered me money for photos of myself", "report", VICTIM),
    ("encouraging someone to end their life is a crime", "counter", ALLOW),
]

# Written after the fourth fixes, to check those on new wordings (the fifth-round figures).
FIFTH_FR: list[tuple[str, str, str]] = [
    ("t'es en 5e ou en 4e ? tu fais grave plus vieille", "grooming_age", SEXUAL),
    ("garde nos discussions pour toi, c'est entre nous deux", "grooming_secret", SEXUAL),
    ("je te recharge 20 balles de robux si tu me fais une vidéo pour moi", "grooming_gift", SEXUAL),
    ("tes darons te méritent pas, viens vivre ta vie avec moi", "grooming_isolate", SEXUAL),
    ("je t'attends en bas de chez toi ce soir, dis rien à ta mère", "grooming_meet", SEXUAL),
    ("fais-moi voir ta poitrine en facetime", "grooming_photo", SEXUAL),
    ("t'as un beau petit cul pour ton âge", "harassment", SEXUAL),
    ("si tu me réponds plus, tes nudes seront partout au lycée", "sextortion", EXTORT),
    ("mon insta : @mel.lw_2009 viens parler", "handle", PINFO),
    ("voilà le snap de la meuf qui a balancé: clara_b09, allez-y", "doxxing", DOXX),
    ("t'as qu'à crever, personne pleurera", "incitement", INCITE),
    ("jette-toi par la fenêtre et on sera tranquilles", "incitement", INCITE),
    ("garde le secret pour la surprise de Léa !", "everyday", ALLOW),
    ("envoie-moi une photo de ton chien stp", "everyday", ALLOW),
    ("fil santé jeunes au 0 800 235 236, c'est gratuit et anonyme", "helpline", ALLOW),
    ("j'ai 16 ans et je stresse pour le bac", "age", ALLOW),
    ("viens seule si tu veux, on sera juste entre filles", "meet", ALLOW),
    ("je suis crevée, je vais dormir", "everyday", ALLOW),
    ("un mec de ma classe m'a envoyé des photos de lui tout nu", "report", VICTIM),
    ("arrêtez de dire aux gens de se tuer sur tiktok", "counter", ALLOW),
]
FIFTH_EN: list[tuple[str, str, str]] = [
    ("you're in 8th grade? you could pass for 18", "grooming_age", SEXUAL),
    ("our chats are just for us, okay? no screenshots to your friends", "grooming_secret", SEXUAL),
    ("i'll buy you the skin you want if you send a pic in your swimsuit", "grooming_gift", SEXUAL),
    ("your mom doesn't get you, i do", "grooming_isolate", SEXUAL),
    ("i'm parked outside your school, come out alone", "grooming_meet", SEXUAL),
    ("show me your chest on facetime", "grooming_photo", SEXUAL),
    ("you've got a nice little body for your age", "harassment", SEXUAL),
    ("keep ignoring me and your pics end up on every story", "sextortion", EXTORT),
    ("text me on 604-555-0182 later", "phone", PINFO),
    ("posting her address so people can visit: 12 willow drive", "doxxing", DOXX),
    ("you should just go die somewhere quiet", "incitement", INCITE),
    ("everyone would throw a party if you killed yourself", "incitement", INCITE),
    ("keep it a secret, it's a surprise party for mia!", "everyday", ALLOW),
    ("send me a pic of your new haircut", "everyday", ALLOW),
    ("you can call the trevor lifeline at 1-866-488-7386 any time", "helpline", ALLOW),
    ("i'm 17 and still scared of driving lol", "age", ALLOW),
    ("come alone or bring friends, whatever you like", "meet", ALLOW),
    ("i'm exhausted, going to bed", "everyday", ALLOW),
    ("a guy from school sent me naked pics of himself", "report", VICTIM),
    ("stop telling people online to die, it's not a joke", "counter", ALLOW),
]

ALL_CASES = (
    CASES_FR
    + CASES_EN
    + LATER_FR
    + LATER_EN
    + LATEST_FR
    + LATEST_EN
    + LAST_FR
    + LAST_EN
    + FIFTH_FR
    + FIFTH_EN
)

# Still missed after the fixes.
KNOWN_MISSES: dict[str, str] = {
    "envoi 1 foto de toi stp bb": "a request for a photo with nothing sexual said",
    "tu me dis pas ton âge mais je sais que t'es au collège, c'est mignon": (
        "an adult's interest in a child's age said with no grooming move"
    ),
    "va te coucher, t'as l'air crevé": "the learned layer alone nudges it (no lexicon reason)",
    # fifth round, written after the fourth fixes
    "t'es en 5e ou en 4e ? tu fais grave plus vieille": "grooming or solicitation with no word of the lexicon",
    "garde nos discussions pour toi, c'est entre nous deux": "grooming or solicitation with no word of the lexicon",
    "t'as un beau petit cul pour ton âge": "grooming or solicitation with no word of the lexicon",
    "un mec de ma classe m'a envoyé des photos de lui tout nu": "a report of grooming with no report frame",
    "you're in 8th grade? you could pass for 18": "grooming or solicitation with no word of the lexicon",
    "our chats are just for us, okay? no screenshots to your friends": "grooming or solicitation with no word of the lexicon",
    "your mom doesn't get you, i do": "grooming or solicitation with no word of the lexicon",
    "you've got a nice little body for your age": "grooming or solicitation with no word of the lexicon",
    "keep ignoring me and your pics end up on every story": "sextortion the lexicon does not read",
}


def flagged(verdict: Verdict) -> bool:
    """Whether a reason of this probe's categories (or a threat) is shown.

    A weak grooming hint alone ("how old are you", "let's meet") is shown to nobody as a reason
    to act: it only counts next to another, so a look-alike may carry it.
    """
    return any(r.split(".")[0] in HELD and r != "sexual.grooming_hint" for r in verdict.reasons)


def check_family(verdict: Verdict, family: str, text: str) -> None:
    """Assert that ``verdict`` belongs to ``family`` (see the families above)."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} ({verdict.rule}) {verdict.reasons}"
    held = verdict.action in ("hold", "block")
    if family == SEXUAL:
        assert "sexual" in cats and held, f"{text!r}: {got}"
    elif family == EXTORT:
        assert cats & {"threat", "sexual"} and held, f"{text!r}: {got}"
    elif family == PINFO:
        assert "personal_info" in cats and held, f"{text!r}: {got}"
    elif family == DOXX:
        assert cats & {"personal_info", "threat"} and held, f"{text!r}: {got}"
    elif family == INCITE:
        assert "incitement" in cats and verdict.action == "block", f"{text!r}: {got}"
    elif family == ALLOW:
        assert not flagged(verdict) and verdict.action == "allow", f"{text!r}: {got}"
    elif family == SOFT:
        assert not flagged(verdict) and verdict.action in ("allow", "nudge"), f"{text!r}: {got}"
    elif family == VICTIM:
        assert cats & {"bullied", "abuse_disclosure"} and verdict.care, f"{text!r}: {got}"
        assert not cats & {"threat", "incitement"}, f"{text!r}: {got}"
        assert verdict.action != "block", f"{text!r}: {got}"
    else:
        raise AssertionError(f"unknown family {family!r}")


def relevant(verdict: Verdict) -> float:
    """The strongest of the three scores this probe is about."""
    return max(verdict.scores[c] for c in ("sexual", "personal_info", "incitement"))


@pytest.mark.parametrize(
    ("text", "functionality", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_grooming_case(guard: Guard, text: str, functionality: str, family: str) -> None:
    check_family(guard.check(text), family, text)


def test_grooming_ranks_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC on the probe: each family's own score, and the strongest of the three for all."""
    from sklearn.metrics import roc_auc_score

    verdicts = [(guard.check(text), family) for text, _, family in ALL_CASES]
    look_alikes = [v for v, family in verdicts if family not in POSITIVE]
    figures = {}
    for score in ("sexual", "personal_info", "incitement"):
        pos = [v.scores[score] for v, f in verdicts if FAMILY_SCORE.get(f) == score]
        neg = [v.scores[score] for v in look_alikes]
        figures[score] = roc_auc_score([1] * len(pos) + [0] * len(neg), pos + neg)
    pos = [relevant(v) for v, f in verdicts if f in POSITIVE]
    neg = [relevant(v) for v in look_alikes]
    figures["any"] = roc_auc_score([1] * len(pos) + [0] * len(neg), pos + neg)
    print(", ".join(f"{k} ROC-AUC {v:.3f}" for k, v in figures.items()))
    assert figures["sexual"] >= 0.9 and figures["any"] >= 0.9
    assert figures["personal_info"] >= 0.95 and figures["incitement"] >= 0.95


def test_probe_is_balanced_and_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_grooming")
    assert not earlier & set(texts)
    families = [family for _, _, family in ALL_CASES]
    positives = sum(family in POSITIVE for family in families)
    assert positives >= 150 and len(families) - positives >= 80
