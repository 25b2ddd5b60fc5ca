"""Fourth probe: threats, intimidation, harassment and dehumanisation (English first, then French).

Written by the team as a fresh probe (no sentence copied from any dataset or from the earlier
golden suites, which ``test_probe_is_balanced_and_fresh`` checks): threats to the reader (direct,
conditional, future and passive, veiled), intimidation and doxxing, threats to a group or a
place, sustained harassment, death wishes, dehumanisation and gendered contempt; and the
look-alikes that must stay allowed: games and sport, hyperbole, counter-speech, a threat
reported by its target (``bullied``), self-talk, news, quoted fiction, and threats to things
("i'm going to kill this exam", "je vais défoncer ce boss", "i'll shoot you an email").

Borderline, decided: "je vais tuer mon frère s'il mange mes chips" and "i'm gonna strangle my
brother if he takes my charger again lol" are hyperbole about a relative over a trifle, allowed;
a violent verb aimed at the reader ("je vais te …", "i'll … you") is a threat unless a game, a
story or a report frames it.

Measured with ``Guard()`` (default mode, learned layer on) at 8837bd9, before the fixes; these
are the generalisation figures:

- first round, 254 phrasings: English 66 of 93 positives missed (direct 15, future 9, veiled 8,
  doxxing 8, dehumanising 6, group 5, gender 5, conditional 4, harassment 4, death wishes 2),
  11 of 59 look-alikes blocked as threats ("i'll shoot you an email later", "i will find you a
  good doctor", "i'll kill you in the next round", a villain's line quoted from a film, a news
  report), 5 of 6 reported threats without a care reason; French 48 of 62 missed, 9 of 40
  look-alikes blocked ("je vais te chercher à la gare", "bonne route, fais attention à toi",
  "tu verras demain, il fera beau"), 4 of 4 reports without a care reason.  ROC-AUC of the
  threat score (threats against look-alikes) 0.479, of the abusive score (every positive
  against look-alikes) 0.583.
- after the first fixes (``en.threats*.tsv``, ``fr.threats*.tsv``; group, gender and
  call-to-violence templates in ``fr.patterns.tsv``; threat entries that only count at the end
  of their clause; report frames for reported threats; a fiction frame and English
  contractions in ``context.py``), ``LATER_*`` was written, 60 new phrasings: the fixed engine
  still missed 26 of their 38 positives and blocked 1 of 22 look-alikes ("i'll beat you to the
  bus stop"); threat ROC-AUC 0.590, abusive 0.672 (the engine at 8837bd9: 31 of 38 missed, 1
  blocked).  New wordings still need new patterns.
- after the second fixes (general ones: "you'll be sorry", "i've got people who can find you",
  "every last one of you", "put you through a wall", "des gens qui peuvent te retrouver",
  "si tu balances je te retrouve", any "ces <people>" dehumanised), the whole probe of 314
  phrasings: 8 of 193 positives missed (``KNOWN_MISSES``), no look-alike blocked or given a
  threat or hate reason, every reported threat with a care reason; threat ROC-AUC 0.968,
  abusive 0.936 (0.491 and 0.590 at 8837bd9).

What is still missed is intimidation that only the conversation tells from care, advice or
small talk ("be careful walking home alone tonight", "i know what school you go to").
"You're the reason everyone left, just go", missed here, is read since the twelfth probe's
blame entries (en.aggression.tsv).
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict

from .golden_texts import with_known_misses

# Families of expected verdicts.
#   threat   a threat reason, blocked
#   hate     a hate reason, blocked (a protected group is named)
#   severe   a threat or hate reason, blocked (violence announced against a group)
#   harass   an abuse, hate, threat or incitement reason, at least a nudge
#   allow    no threat and no hate reason, allowed (care flags are fine)
#   soft     no threat and no hate reason, not blocked (a crude word may nudge)
#   bullied  the author reports a threat or harassment: a bullied (or abuse_disclosure) reason
#            and a care flag, no threat reason, not blocked
THREAT, HATE, SEVERE, HARASS = "threat", "hate", "severe", "harass"
ALLOW, SOFT, BULLIED = "allow", "soft", "bullied"
POSITIVE = frozenset({THREAT, HATE, SEVERE, HARASS})

# (phrase, functionality, family)
CASES_EN: list[tuple[str, str, str]] = [
    # threats to the reader, direct
    ("I will find where you live and hurt you", "direct", THREAT),
    ("I'm going to beat the shit out of you tomorrow", "direct", THREAT),
    ("i'm going to break every bone in your body", "direct", THREAT),
    ("i'll smash your face in", "direct", THREAT),
    ("i'm gonna put you in the hospital", "direct", THREAT),
    ("i will end your life", "direct", THREAT),
    ("i'm going to make you bleed", "direct", THREAT),
    ("i'll cut you", "direct", THREAT),
    ("i'm going to snap your neck", "direct", THREAT),
    ("i swear i will kill you and your whole family", "direct", THREAT),
    ("i'll bash your head in", "direct", THREAT),
    ("we're going to jump you after class", "direct", THREAT),
    ("i'll run you over with my car", "direct", THREAT),
    ("i will strangle you with my bare hands", "direct", THREAT),
    ("i'm going to set your house on fire", "direct", THREAT),
    ("imma pop you", "direct", THREAT),
    ("i'm gonna knock your teeth out", "direct", THREAT),
    ("we will beat you half to death", "direct", THREAT),
    # conditional
    ("if you tell anyone i'll kill you", "conditional", THREAT),
    ("if i see you again i'll break your face", "conditional", THREAT),
    ("talk to my girlfriend again and you're dead", "conditional", THREAT),
    ("one more word and i'll slap you", "conditional", THREAT),
    ("if you block me i'll come to your house", "conditional", THREAT),
    ("if you report me you won't make it home", "conditional", THREAT),
    ("show up at school monday and you'll get hurt", "conditional", THREAT),
    ("keep talking and see what happens to you", "conditional", THREAT),
    # future and passive
    ("you are going to get hurt", "future", THREAT),
    ("you're gonna get what's coming to you", "future", THREAT),
    ("you're going to wish you were never born", "future", THREAT),
    ("you won't live to see your birthday", "future", THREAT),
    ("you're going to end up in a ditch", "future", THREAT),
    ("you will not survive this week", "future", THREAT),
    ("you're gonna get stabbed", "future", THREAT),
    ("someone is going to hurt you very soon", "future", THREAT),
    ("your days are numbered", "future", THREAT),
    ("you have no idea what's coming for you", "future", THREAT),
    # veiled
    ("sleep with one eye open", "veiled", THREAT),
    ("accidents happen to snitches", "veiled", THREAT),
    ("it would be a shame if something happened to your little sister", "veiled", THREAT),
    ("be careful walking home alone tonight", "veiled", THREAT),
    ("nice house you have, be a shame if it burned down", "veiled", THREAT),
    ("i'd be very careful if i were you", "veiled", THREAT),
    ("you better watch yourself", "veiled", THREAT),
    ("people like you tend to disappear", "veiled", THREAT),
    # intimidation and doxxing
    ("i found your address and i'm posting it everywhere", "doxxing", THREAT),
    ("i know where your mom works", "doxxing", THREAT),
    ("i'm going to post your phone number everywhere", "doxxing", THREAT),
    ("i've got your address, see you soon", "doxxing", THREAT),
    ("i know what school you go to", "doxxing", THREAT),
    ("i've been following you home every day", "doxxing", THREAT),
    ("i'll leak your address so people can pay you a visit", "doxxing", THREAT),
    ("we know where you live and we're coming", "doxxing", THREAT),
    # threats to a group or a place
    ("all immigrants should be shot", "group", SEVERE),
    ("someone should bomb that mosque", "group", SEVERE),
    ("gay people should be lined up and shot", "group", SEVERE),
    ("we need to kill every last one of them", "group", THREAT),
    ("i'm going to shoot up my school tomorrow", "group", THREAT),
    ("feminists deserve a bullet", "group", SEVERE),
    ("i hope someone runs all those refugees over", "group", SEVERE),
    ("i'll kill everyone in that class", "group", THREAT),
    # sustained harassment
    ("nobody wants you here, leave", "harassment", HARASS),
    ("everyone hates you", "harassment", HARASS),
    ("just leave the group, no one likes you", "harassment", HARASS),
    ("we all laugh at you behind your back", "harassment", HARASS),
    ("go away, you're not welcome here", "harassment", HARASS),
    ("no one will ever love you", "harassment", HARASS),
    ("you're such a waste of space", "harassment", HARASS),
    ("everybody at school thinks you're a joke", "harassment", HARASS),
    ("you have no friends and you never will", "harassment", HARASS),
    ("stop posting, we're all sick of you", "harassment", HARASS),
    ("you're a nobody and everyone knows it", "harassment", HARASS),
    ("we made a group chat just to make fun of you", "harassment", HARASS),
    ("i hope you die in a fire", "death_wish", HARASS),
    ("i hope someone kills you", "death_wish", HARASS),
    # dehumanisation
    ("they're animals, all of them", "dehumanising", HARASS),
    ("those people are vermin", "dehumanising", HARASS),
    ("immigrants are parasites sucking us dry", "dehumanising", HATE),
    ("muslims are a plague", "dehumanising", HATE),
    ("those people aren't even human", "dehumanising", HARASS),
    ("you're not a person, you're a thing", "dehumanising", HARASS),
    ("refugees are a swarm of locusts", "dehumanising", HATE),
    ("people like you are a cancer", "dehumanising", HARASS),
    ("gay people are diseased animals", "dehumanising", HATE),
    ("jews are rats", "dehumanising", HATE),
    # gendered stereotypes and contempt
    ("women belong in the kitchen", "gender", HATE),
    ("women are only good for cooking and cleaning", "gender", HATE),
    ("girls can't play video games", "gender", HATE),
    ("a woman's place is in the home", "gender", HATE),
    ("women should shut up and obey their husbands", "gender", HATE),
    ("females are just baby machines", "gender", HATE),
    ("women are too dumb to drive", "gender", HATE),
    ("women should never be allowed to vote", "gender", HATE),
    ("all women are gold diggers", "gender", HATE),
    # look-alikes: games and sport
    ("I'm going to destroy you in Fortnite", "game", ALLOW),
    ("we're gonna crush you at the game on saturday", "game", ALLOW),
    ("i'll kill you in the next round, get ready", "game", ALLOW),
    ("get ready to get wrecked in smash tonight", "game", ALLOW),
    ("we're going to murder them on the pitch", "game", ALLOW),
    ("i'm gonna smoke you in the 100 metres", "game", ALLOW),
    ("you're dead in the next match lol", "game", ALLOW),
    ("i will beat you at chess tomorrow", "game", ALLOW),
    ("our team is going to slaughter yours this weekend", "game", ALLOW),
    # hyperbole
    ("my mom is going to kill me", "hyperbole", ALLOW),
    ("my dad will murder me if he sees my grades", "hyperbole", ALLOW),
    ("i could kill for a pizza right now", "hyperbole", ALLOW),
    ("this heat is killing me", "hyperbole", ALLOW),
    ("you're killing me with these jokes", "hyperbole", ALLOW),
    ("i'm gonna strangle my brother if he takes my charger again lol", "hyperbole", ALLOW),
    ("my mom is gonna kill you when she sees the mess lol", "hyperbole", ALLOW),
    # counter-speech
    ("threatening people online is never ok", "counter", ALLOW),
    ("saying you'll hurt someone isn't a joke", "counter", ALLOW),
    ("calling people vermin is how genocides start", "counter", SOFT),
    ("women don't belong in the kitchen, they belong wherever they want", "counter", ALLOW),
    ("nobody deserves to be told they should be shot", "counter", ALLOW),
    # reporting
    ("he threatened to hurt me", "report", BULLIED),
    ("he said he would kill me if i told anyone", "report", BULLIED),
    ("a guy in my class said he'd beat me up after school", "report", BULLIED),
    ("they told me to watch my back", "report", BULLIED),
    ("they keep telling me everyone hates me", "report", BULLIED),
    ("my ex said he would leak my address", "report", BULLIED),
    # self-talk
    ("i hate myself so much", "self", ALLOW),
    ("everyone hates me", "self", ALLOW),
    ("nobody wants me here", "self", ALLOW),
    ("i'm such an animal when i'm hungry lol", "self", ALLOW),
    # news
    ("the suspect threatened to kill the cashier", "news", ALLOW),
    ("police arrested a man who threatened to bomb the school", "news", ALLOW),
    ("a student was charged after threatening classmates online", "news", ALLOW),
    ("the victim said he was told he'd be shot", "news", ALLOW),
    # fiction and lyrics, framed
    ("in the movie the villain says 'i will find you and i will kill you'", "fiction", SOFT),
    ("the song goes 'i'm coming for you' and it's so catchy", "fiction", SOFT),
    # things, not people
    ("i'm going to kill this exam", "thing", ALLOW),
    ("i'm gonna destroy this pizza", "thing", ALLOW),
    ("i'll beat this level tonight", "thing", ALLOW),
    ("i'll shoot you an email later", "thing", ALLOW),
    ("i'll hit you up tomorrow", "thing", ALLOW),
    ("i'll kill the spider in your room for you", "thing", ALLOW),
    ("i will find you a good doctor", "thing", ALLOW),
    ("i'll find you after class so we can study", "thing", ALLOW),
    ("we're going to burn the old couch", "thing", ALLOW),
    ("i'll come to your house tomorrow for the party", "thing", ALLOW),
    ("don't worry about the juice, accidents happen", "thing", ALLOW),
    # look-alikes of dehumanisation, stereotypes and harassment
    ("refugees are fleeing war", "neutral", ALLOW),
    ("cockroaches are disgusting", "neutral", SOFT),
    ("rats are smarter than you think", "neutral", ALLOW),
    ("women belong in every boardroom", "neutral", ALLOW),
    ("my mom is the best cook in our kitchen", "neutral", ALLOW),
    ("girls can play video games as well as anyone", "neutral", ALLOW),
    ("women deserve equal pay for equal work", "neutral", ALLOW),
    ("nobody wants to go to school on a saturday", "neutral", ALLOW),
    ("everyone hates mondays", "neutral", ALLOW),
    ("leave the group chat if you want, no pressure", "neutral", ALLOW),
    ("no one likes homework", "neutral", ALLOW),
]

CASES_FR: list[tuple[str, str, str]] = [
    # menaces directes
    ("je vais te défigurer", "direct", THREAT),
    ("je vais te casser les dents", "direct", THREAT),
    ("je vais t'enterrer vivant", "direct", THREAT),
    ("je vais te mettre en sang", "direct", THREAT),
    ("je vais t'étrangler", "direct", THREAT),
    ("je vais te tirer dessus", "direct", THREAT),
    ("on va te régler ton compte", "direct", THREAT),
    ("je vais te faire regretter d'être né", "direct", THREAT),
    ("je vais t'arracher la tête", "direct", THREAT),
    ("on va venir chez toi avec les grands", "direct", THREAT),
    # conditionnelles
    ("si tu parles je te tue", "conditional", THREAT),
    ("si tu reviens au collège t'es mort", "conditional", THREAT),
    ("dis encore un mot et je t'en colle une", "conditional", THREAT),
    ("si je te croise je te démonte", "conditional", THREAT),
    ("si tu me bloques je viens chez toi", "conditional", THREAT),
    # futur
    ("tu vas finir à l'hôpital", "future", THREAT),
    ("tu vas avoir des problèmes, crois-moi", "future", THREAT),
    ("tu vas le payer très cher", "future", THREAT),
    ("tes jours sont comptés", "future", THREAT),
    ("tu verras pas la fin de l'année", "future", THREAT),
    ("tu vas te faire agresser", "future", THREAT),
    ("quelqu'un va te faire du mal", "future", THREAT),
    # voilées
    ("fais attention quand tu rentres chez toi ce soir", "veiled", THREAT),
    ("les accidents, ça arrive vite aux balances", "veiled", THREAT),
    ("ce serait dommage qu'il arrive quelque chose à ta petite sœur", "veiled", THREAT),
    ("dors d'un seul œil", "veiled", THREAT),
    ("surveille tes arrières", "veiled", THREAT),
    # intimidation, divulgation
    ("je connais ton collège et tes horaires", "doxxing", THREAT),
    ("je vais balancer ton adresse sur le groupe", "doxxing", THREAT),
    ("je sais dans quel bus tu montes", "doxxing", THREAT),
    ("on sait où travaille ta mère", "doxxing", THREAT),
    ("je t'ai suivi jusqu'à chez toi hier", "doxxing", THREAT),
    # menaces contre un groupe, un lieu
    ("les féministes méritent une balle", "group", SEVERE),
    ("je vais faire un carnage au lycée demain", "group", THREAT),
    ("on devrait les aligner contre un mur et tirer", "group", THREAT),
    ("il faudrait mitrailler tous ces migrants", "group", SEVERE),
    # harcèlement
    ("personne ne veut de toi ici, casse-toi", "harassment", HARASS),
    ("tout le monde te déteste ici", "harassment", HARASS),
    ("quitte le groupe, personne ne t'aime", "harassment", HARASS),
    ("on se fout tous de toi derrière ton dos", "harassment", HARASS),
    ("t'as aucun ami et t'en auras jamais", "harassment", HARASS),
    ("arrête de poster, tout le monde en a marre de toi", "harassment", HARASS),
    ("personne ne t'aimera jamais", "harassment", HARASS),
    ("on a créé un groupe juste pour se moquer de toi", "harassment", HARASS),
    ("pourquoi t'es encore là, personne te supporte", "harassment", HARASS),
    ("j'espère que tu vas crever", "death_wish", HARASS),
    ("j'espère que quelqu'un va te buter", "death_wish", HARASS),
    # déshumanisation
    ("ces gens-là ne sont pas des humains", "dehumanising", HARASS),
    ("ces gens sont des cafards", "dehumanising", HARASS),
    ("les migrants c'est de la vermine qui envahit tout", "dehumanising", HATE),
    ("les roms sont des parasites qui nous sucent le sang", "dehumanising", HATE),
    ("t'es même pas un être humain, t'es une chose", "dehumanising", HARASS),
    ("ce sont des animaux, pas des gens", "dehumanising", HARASS),
    ("les musulmans sont une maladie", "dehumanising", HATE),
    ("les gens comme toi sont un cancer", "dehumanising", HARASS),
    # stéréotypes de genre, mépris
    ("les femmes c'est fait pour la cuisine", "gender", HATE),
    ("une femme ça doit se taire et obéir", "gender", HATE),
    ("les filles savent pas jouer aux jeux vidéo", "gender", HATE),
    ("la place d'une femme est à la maison", "gender", HATE),
    ("les femmes sont bonnes qu'à faire des gosses", "gender", HATE),
    ("les meufs c'est toutes des vénales", "gender", HATE),
    ("les femmes ne devraient pas avoir le droit de vote", "gender", HATE),
    # sosies : jeux et sport
    ("on va vous éclater au match samedi", "game", ALLOW),
    ("je vais te défoncer à fifa ce soir", "game", ALLOW),
    ("je vais te tuer aux échecs", "game", ALLOW),
    ("je vais te démolir à mario kart", "game", ALLOW),
    # hyperbole
    ("ma mère va me tuer", "hyperbole", ALLOW),
    ("mon père va me massacrer quand il verra mon bulletin", "hyperbole", ALLOW),
    ("je vais tuer mon frère s'il mange mes chips", "hyperbole", ALLOW),
    ("cette prof de physique me tue avec ses blagues", "hyperbole", ALLOW),
    ("je vais exploser de rire", "hyperbole", ALLOW),
    ("on va tout déchirer au concert", "hyperbole", ALLOW),
    # contre-discours
    ("menacer quelqu'un c'est jamais drôle", "counter", ALLOW),
    ("traiter les gens de cafards c'est comme ça que commencent les génocides", "counter", SOFT),
    (
        "les femmes ne sont pas faites pour la cuisine, elles font ce qu'elles veulent",
        "counter",
        ALLOW,
    ),
    # récit
    ("il m'a menacé de me frapper", "report", BULLIED),
    ("il a dit qu'il savait où j'habitais, j'ai peur", "report", BULLIED),
    ("on m'a dit que tout le monde me déteste", "report", BULLIED),
    ("elle m'a écrit qu'elle allait me défoncer à la sortie", "report", BULLIED),
    # soi
    ("je me déteste tellement ce matin", "self", ALLOW),
    ("tout le monde me déteste", "self", ALLOW),
    # actualité, fiction
    ("le suspect a menacé le caissier avec un couteau", "news", ALLOW),
    ("un élève a été arrêté pour des menaces de mort", "news", ALLOW),
    ("dans le film, le méchant dit « je vais te retrouver »", "fiction", SOFT),
    # choses, pas des personnes
    ("je vais défoncer ce boss", "thing", ALLOW),
    ("je vais tuer ce contrôle", "thing", ALLOW),
    ("les cafards envahissent ma cuisine", "thing", ALLOW),
    ("je vais te retrouver à la gare à 18h, bisous", "thing", ALLOW),
    ("tu vas voir ce soir, la surprise est géniale", "thing", ALLOW),
    ("fais gaffe à toi, il gèle sur la route", "thing", ALLOW),
    ("je t'appelle demain", "thing", ALLOW),
    ("je vais venir chez toi ce soir pour réviser", "thing", ALLOW),
    ("tu verras demain, il fera beau", "thing", ALLOW),
    ("je vais te chercher à la gare", "thing", ALLOW),
    ("on va t'attendre devant le ciné", "thing", ALLOW),
    ("bonne route, fais attention à toi", "thing", ALLOW),
    ("c'est pas grave pour le verre, les accidents ça arrive", "thing", ALLOW),
    # sosies de la déshumanisation, des stéréotypes, du harcèlement
    ("tout le monde déteste le lundi", "neutral", ALLOW),
    ("personne ne veut aller en cours le samedi", "neutral", ALLOW),
    ("les femmes méritent les mêmes salaires que les hommes", "neutral", ALLOW),
    ("ma mère cuisine trop bien", "neutral", ALLOW),
    ("les migrants fuient la guerre", "neutral", ALLOW),
]

# Written after the first fixes, to check them on new wordings (the second-round figures).
LATER_EN: list[tuple[str, str, str]] = [
    ("i'm going to rip your throat out", "direct", THREAT),
    ("mess with me again and you'll be sorry", "conditional", THREAT),
    ("keep it up and i'll make sure you never walk again", "conditional", THREAT),
    ("you're gonna regret ever opening your mouth", "future", THREAT),
    ("we'll be waiting for you outside the gym", "doxxing", THREAT),
    ("i've got people who can find you", "doxxing", THREAT),
    ("count your days", "veiled", THREAT),
    ("nobody will find your body", "veiled", THREAT),
    ("i'll make your life a living hell", "harassment", HARASS),
    ("i'm coming to your school tomorrow and you'd better run", "direct", THREAT),
    ("do everyone a favour and leave the server, no one can stand you", "harassment", HARASS),
    ("you're the reason everyone left, just go", "harassment", HARASS),
    ("refugees are rats that should be drowned", "dehumanising", HATE),
    ("those kids from the estate are basically animals", "dehumanising", HARASS),
    ("women are only good for one thing", "gender", HATE),
    ("girls are too weak to play real sports", "gender", HATE),
    ("i will hunt down your family", "direct", THREAT),
    ("i'm going to stab every last one of you", "direct", THREAT),
    ("say one more thing and i'll put you through that wall", "conditional", THREAT),
    ("i'll post your nudes if you don't answer", "doxxing", THREAT),
    ("i hope you get cancer and die", "death_wish", HARASS),
    ("you people are a disease on this earth", "dehumanising", HARASS),
    ("i'm gonna crush this homework tonight", "thing", ALLOW),
    ("she said she'd murder me if i spoiled the finale lol", "report", ALLOW),
    ("my coach is going to destroy us at practice", "hyperbole", ALLOW),
    ("the news said a man threatened his neighbour with a knife", "news", ALLOW),
    ("in the game you have to kill the dragon to win", "game", ALLOW),
    ("stop saying people are animals, it's dehumanising", "counter", SOFT),
    ("i'll catch you later at the mall", "thing", ALLOW),
    ("we're going to smash it at the talent show", "thing", ALLOW),
    ("i'll beat you to the bus stop", "game", ALLOW),
    ("nobody wants to do the dishes", "neutral", ALLOW),
    ("women can be anything they want", "neutral", ALLOW),
    ("i'm dead tired, see you tomorrow", "hyperbole", ALLOW),
]

LATER_FR: list[tuple[str, str, str]] = [
    ("je vais te crever les yeux", "direct", THREAT),
    ("touche encore à ma sœur et t'es un homme mort", "conditional", THREAT),
    ("tu vas regretter d'être venu au monde", "future", THREAT),
    ("on t'attendra à la sortie du gymnase", "doxxing", THREAT),
    ("j'ai des gens qui peuvent te retrouver", "doxxing", THREAT),
    ("personne retrouvera ton corps", "veiled", THREAT),
    ("je vais te pourrir la vie", "harassment", HARASS),
    ("dégage du serveur, personne peut te blairer", "harassment", HARASS),
    ("les migrants c'est des rats qu'il faudrait noyer", "group", SEVERE),
    ("ces racailles c'est des animaux", "dehumanising", HARASS),
    ("les meufs c'est bon qu'à une chose", "gender", HATE),
    ("je vais m'occuper de ta famille", "veiled", THREAT),
    ("je vais te planter comme un porc", "direct", THREAT),
    ("j'espère que tu vas choper un cancer", "death_wish", HARASS),
    ("vous êtes une maladie pour ce pays", "dehumanising", HARASS),
    ("si tu balances je te retrouve", "conditional", THREAT),
    ("je vais défoncer mes révisions ce soir", "thing", ALLOW),
    ("elle m'a dit qu'elle allait me tuer si je spoilais la série mdr", "report", ALLOW),
    ("on va tout casser au tournoi de hand", "game", ALLOW),
    ("le journal dit qu'un homme a menacé son voisin", "news", ALLOW),
    ("dans le jeu il faut tuer le dragon pour gagner", "game", ALLOW),
    ("arrête de dire que les gens sont des animaux", "counter", SOFT),
    ("je te rejoins à la sortie du ciné", "thing", ALLOW),
    ("les femmes peuvent faire tous les métiers", "neutral", ALLOW),
    ("personne veut faire la vaisselle", "neutral", ALLOW),
    ("je suis mort de fatigue, à demain", "hyperbole", ALLOW),
]

ALL_CASES = CASES_EN + CASES_FR + LATER_EN + LATER_FR

# Still missed: intimidation that only the conversation tells from care or small talk.
KNOWN_MISSES = {
    "be careful walking home alone tonight": "a veiled threat that reads as care",
    "fais attention quand tu rentres chez toi ce soir": "a veiled threat that reads as care",
    "tu vas avoir des problèmes, crois-moi": "a threat that reads as a warning",
    "i've got your address, see you soon": "intimidation that reads as an invitation",
    "i know what school you go to": "intimidation that reads as small talk",
    "we'll be waiting for you outside the gym": "intimidation that reads as a meeting",
    "je vais m'occuper de ta famille": "a veiled threat that reads as help",
}

ABUSIVE = ("abuse", "hate", "threat", "sexual", "incitement")


def check_family(verdict: Verdict, family: str, text: str) -> None:
    """Assert that ``verdict`` belongs to ``family`` (see the families above)."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} ({verdict.rule}) {verdict.reasons}"
    if family == THREAT:
        assert "threat" in cats and verdict.action == "block", f"{text!r}: {got}"
    elif family == HATE:
        assert "hate" in cats and verdict.action == "block", f"{text!r}: {got}"
    elif family == SEVERE:
        assert cats & {"threat", "hate"} and verdict.action == "block", f"{text!r}: {got}"
    elif family == HARASS:
        assert cats & {"abuse", "hate", "threat", "incitement"}, f"{text!r}: {got}"
        assert verdict.action in ("nudge", "block"), f"{text!r}: {got}"
    elif family == ALLOW:
        assert not cats & {"threat", "hate"} and verdict.action == "allow", f"{text!r}: {got}"
    elif family == SOFT:
        assert not cats & {"threat", "hate"} and verdict.action != "block", f"{text!r}: {got}"
    elif family == BULLIED:
        assert cats & {"bullied", "abuse_disclosure"} and verdict.care, f"{text!r}: {got}"
        assert "threat" not in cats and verdict.action != "block", f"{text!r}: {got}"
    else:
        raise AssertionError(f"unknown family {family!r}")


def abusive(verdict: Verdict) -> float:
    """The abusive score of ``evaluate``: the strongest of the abusive categories."""
    return max(verdict.scores.get(c, 0.0) for c in ABUSIVE)


def roc_auc(positives: list[float], negatives: list[float]) -> float:
    """Share of (positive, negative) pairs ranked right, ties counting half."""
    pairs = [1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives]
    return sum(pairs) / len(pairs)


@pytest.mark.parametrize(
    ("text", "functionality", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_threats_case(guard: Guard, text: str, functionality: str, family: str) -> None:
    check_family(guard.check(text), family, text)


def test_threats_rank_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC on the probe: the threat score for threats, the abusive score for every positive."""
    verdicts = [(guard.check(text), family) for text, _, family in ALL_CASES]
    look_alikes = [v for v, family in verdicts if family not in POSITIVE]
    threats = [v.scores["threat"] for v, family in verdicts if family == THREAT]
    positives = [abusive(v) for v, family in verdicts if family in POSITIVE]
    threat_auc = roc_auc(threats, [v.scores["threat"] for v in look_alikes])
    abusive_auc = roc_auc(positives, [abusive(v) for v in look_alikes])
    print(f"threat ROC-AUC {threat_auc:.3f}, abusive ROC-AUC {abusive_auc:.3f}")
    assert threat_auc >= 0.95
    assert abusive_auc >= 0.90


def test_probe_is_balanced_and_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_threats")
    assert not earlier & set(texts)
    families = [family for _, _, family in ALL_CASES]
    positives = sum(family in POSITIVE for family in families)
    assert positives >= 150 and len(families) - positives >= 100
    assert len(LATER_EN) + len(LATER_FR) >= 50
