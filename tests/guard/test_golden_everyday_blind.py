"""Fifteenth probe, written blind: everyday messages of 13-25 year olds that must pass clean.

Written by the team (no sentence taken from a dataset, none looked at while writing, nor from the
earlier golden suites, which ``test_probe_is_fresh`` checks) before running the engine on it,
after a morning in which several hundred lexicon rows and patterns were added (threats in teen
chats, French care, English and French group hate). French first, in the four regions and in SMS
spelling and slang ("c'est une dinguerie", "il a tué le game", "wesh", "frr", "sah", "la
daronne", "chui deg", Québec "c'est malade", "j'capote", Belgian "une fois", Swiss "ça joue"),
English second ("that's sick", "you killed it", "slay", "bro is cooked", "no cap", "lowkey"),
across gaming, sports, music and lyrics, school and exams, cooking, dating, family, memes, news and
history lessons that name wars, genocides, slavery, religions and migrations factually, health,
LGBT and other identities said with pride, and kind banter between friends.

Criterion: every message is allowed with no reason in an abusive category (abuse, hate, threat,
sexual, incitement); an everyday message (``EVERYDAY``) raises no care flag at all; a sad one
(``SAD``) may raise a low one, never more. Measured with ``Guard()`` (default mode, learned
layer on).

- First batch, 301 messages (FR 207, EN 94), at 7c155bc before any fix: 10 wrong (FR 6, EN 4):
  "un negro spiritual" blocked as a slur (``negro``, ``fr.tsv``); "je vais te tuer si tu spoiles
  la fin" blocked as a threat (``je vais te tuer``, ``fr.tsv``); "les résultats de Parcoursup
  tombent ce soir, je vais mourir" held as imminent risk (``je vais mourir`` + ``ce soir``);
  nudged: "ta gueule c'est trop drôle 😂😂" (``ta gueule``, ``fr.tsv``), "shut up 😂 you did
  not" (``shut up``, ``en.tsv``: the idiom "shut up you did not" did not reach across the
  emoji), "t'es un clown toi ptdr" and "you're a clown bro 😂" (``clown``, ``fr.aggression.tsv``
  and ``en.tsv``); a low care flag on "j'en peux plus de ce groupe, vous êtes des génies"
  (``j'en peux plus``, ``fr.tsv``), "i'm dying, that meme is too good" (``i'm dying``,
  ``en.tsv``, cancelled only by laughter) and "finals week is killing me" (the English learned
  layer alone). None came from this morning's new rows.
- The fixes, general frames: the genre "negro spiritual(s)" (``idiom.ordinary``, ``fr.tsv``); a
  death threat over a spoiler, in both orders and languages ("je te tue si tu me spoiles",
  "si tu spoiles t'es mort", "spoil it and you're dead": ``idiom.hyperbole`` in
  ``fr.threats.patterns.tsv`` and ``en.threats.patterns.tsv``, gated on the spoiler words,
  while "je vais te tuer si tu parles" still blocks); "ta gueule / tg / tais-toi" followed by
  an exclamation of delight ("c'est trop drôle", "c'est ouf", "t'es trop drôle") and "shut up"
  followed, across laughter, by surprise ("no way", "you did not", "are you serious", "you're
  so funny"), while "ta gueule c'est nul" and "shut up you idiot" still nudge; "i'm dying" +
  a meme, a video or "too funny" within the sentence; "j'en peux plus de ce groupe / de cette
  série / de vous" with laughter or praise within the sentence ("de ma vie", "de tout" stay
  distress). After them: 4 of 301 wrong (FR 2, EN 2), in ``KNOWN_WRONG``.
- Second batch, 83 messages (FR 53, EN 30), written after those fixes and run once before any
  further fix: 3 wrong (FR 2, EN 1): "je vais te noyer dans la piscine de glaçons … mdr"
  (blocked), "t'es chiant mais t'es mon meilleur pote" (a mild vulgar reason), "shut up you're
  too funny" (nudged). The engine before any fix of this probe scored the same 3 of 83: the
  first fixes reached none of them, and none was needed elsewhere in the batch. The fix that
  generalises: "shut up" / "ta gueule" + "you're so funny" / "t'es trop drôle". After it: 2 of
  83.
- Third batch, 58 messages (FR 38, EN 20), written blind after the second fix, aimed at the
  look-alikes of the morning's new areas (a meeting, a parcel or a score said with the words of
  teen-chat threats; tiredness and impatience with the words of French care; groups named
  factually or kindly), run once before any further fix: 7 wrong (FR 5, EN 2), the same 7 for
  the engine before any fix of this probe: "je vais tout balancer dans le groupe : les horaires
  du bus" (blocked, ``je vais tout balancer``, ``fr.tsv``), "i know where you live, i'm bringing
  soup …" (blocked, ``i know where you live``, ``en.tsv``), a low care flag on "j'en peux plus
  d'attendre les vacances" (``j'en peux plus``) and "je suis vidé après le match" (the "je
  suis" + tiredness template of ``fr.patterns.tsv``), a care flag on "les personnes trans sont
  plus exposées au harcèlement" (``harcèlement``, ``fr.tsv``), a weak ``hate.generalization``
  on "les migrants sont souvent très jeunes" (the French "les X sont" template, last touched
  this morning), and a moderate flag from the English learned layer alone on "i want to end
  this essay tonight". Only that template row came from this morning's work.
- The third fixes: a friend who knows the house and brings soup, flowers or the reader's charger
  ("i know where you live, i'm bringing …", "je sais où t'habites, je t'apporte …"); "tout
  balancer dans le groupe :" announcing what follows, unless the reader's things follow; tiredness
  after an activity ("vidé / crevé / épuisé après le match, le cours, la soirée"); "j'en peux plus
  d'attendre"; a topic frame (``idiom.topic``, read in ``context.py``: "contre le harcèlement",
  "un exposé sur le cyberharcèlement", "exposées au harcèlement", "about cyberbullying") that
  cancels the word of being bullied it overlaps and nothing else; "jeunes", "nombreux",
  "mineurs", "originaires", "issus", "venus" (after "très", "assez") as neutral predicates of the
  weak French generalisation. After them: 1 of 58 wrong.
- Fourth batch, 25 messages (FR 13, EN 12), written blind after the third fixes (groups named
  in the spelling of chats, "ppl", "peeps", "folks"; boasts over games and food), run once before
  any further fix: 1 wrong, "i'm gonna end you in mario party" (blocked: the game frames named
  only a few games). The fix: the games teens name after "in", "at", "au", "à" (party, board and
  card games, fighting and sports games, bowling, laser tag) as ``idiom.game`` in
  ``en.threats.tsv`` and ``fr.threats.tsv``; "at school", "à la sortie" still block.
- Held-out figures of ``evaluate`` did not move.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict
from cocon.guard.evaluate import ABUSIVE_CATEGORIES

ABUSIVE = frozenset(ABUSIVE_CATEGORIES)
#: At most this many messages of the probe may be read wrongly (the strict xfails below).
MAX_WRONG = 7

FR_EVERYDAY: list[str] = [
    "c'est une dinguerie ce concert, j'en reviens pas",
    "il a tué le game avec son dernier son",
    "wesh toute la team, on se capte à quelle heure ?",
    "j'suis mort de rire devant ta vidéo",
    "ça tue ce morceau, mets-le en boucle",
    "frr t'as vu le but de Mbappé hier",
    "sah c'est la meilleure pizza du quartier",
    "la daronne a fait des crêpes, venez",
    "ça me saoule ce wifi qui coupe tout le temps",
    "chui deg, le match est annulé",
    "c'est malade ton dessin, t'as pris combien de temps ?",
    "j'capote, j'ai eu mes billets pour le show",
    "viens boire un verre une fois, on sera à la terrasse",
    "ça joue pour samedi, je ramène les chips",
    "t'es un monstre en dribble frère",
    "cette meuf chante comme une déesse, elle a tout cassé",
    "il a explosé le record du collège au 100 mètres",
    "la prof de français est grave stylée aujourd'hui",
    "ce film c'est une masterclass, j'ai pleuré de rire",
    "t'as massacré le karaoké hier soir mdr",
    "j'ai éclaté mon score sur Tetris",
    "on a détruit l'équipe d'en face 5-0",
    "c'est une tuerie ce burger",
    "elle a fumé tout le monde au cross",
    "bro t'as cuisiné avec ce freestyle",
    "jsuis pété de rire, arrête",
    "c'est chaud ce que t'as fait au skate",
    "ptdr la tête du chat quand il a vu le concombre",
    "wsh t'es où, on t'attend pour manger",
    "grave, on se fait un ciné ce soir ?",
    "j'suis éclaté de fatigue mais c'était trop bien",
    "ce mec est un génie, il a tout capté en deux secondes",
    "tu gères trop, franchement respect",
    "vas-y frérot, donne tout demain",
    "je kiffe trop ta nouvelle coupe",
    "elle est trop forte ma sœur, elle a eu son permis",
    "on est refait, la boulangerie a encore des croissants",
    "c'est abusé comme il fait beau",
    "j'ai la flemme de ranger ma chambre",
    "t'es le boss des maths toi",
    "je l'ai one shot au sniper, trop propre",
    "on rush le point B et on plante la bombe",
    "le boss final m'a tué trois fois d'affilée",
    "achève-le il lui reste 10 PV",
    "j'ai farmé toute la nuit pour avoir l'épée légendaire",
    "tu peux me revive ? je suis à terre",
    "il campe dans le coin avec son fusil à pompe, fais gaffe",
    "on a perdu à cause du lag, c'est une blague",
    "gg wp, vous nous avez détruits",
    "je vais te défoncer à Mario Kart ce soir mdr",
    "le nouveau skin de la kalash il est trop beau",
    "j'ai tué le dragon sans prendre un coup",
    "les zombies arrivent par la fenêtre, tire vite",
    "mon perso est mort, je respawn dans 10 sec",
    "t'es trop nul à Smash mdr, revanche ?",
    "on lance une ranked ou t'as la flemme",
    "ce jeu est une pépite, il faut que tu l'essaies",
    "le chargement dure une éternité, je vais craquer",
    "j'ai raté le headshot de peu, rage",
    "on fait une partie de loup-garou ce soir sur discord",
    "la manette a lâché en plein combat, je suis dégoûté",
    "faut buter le boss avant la phase deux",
    "il m'a volé mon kill le rat 😂",
    "j'ai pas dormi, on a fini la campagne à 4h",
    "on s'entraîne au stade à 18h, amène tes crampons",
    "l'arbitre a sifflé un penalty imaginaire",
    "il a pris un carton rouge pour un tacle par derrière",
    "j'ai couru 10 km ce matin, je suis cassé",
    "le coach nous a tués à l'entraînement",
    "le boxeur l'a mis KO au troisième round",
    "on a battu Lyon à domicile, quelle ambiance",
    "j'ai pris un coup de coude au basket, j'ai un bleu",
    "le gardien a sorti un arrêt de fou",
    "elle s'est fait une entorse à la cheville au hand",
    "demain on affronte les premiers du championnat",
    "je me suis mis au judo, on apprend les étranglements",
    "il a tiré une frappe de mule en pleine lucarne",
    "le Canadien a gagné en prolongation, mon père capotait",
    "on attaque la montée du col à vélo demain matin",
    "faut égorger le ballon, pas le caresser, disait mon coach en rigolant",
    "j'écoute du rap tout le temps en révisant",
    "ce son me donne des frissons à chaque fois",
    "le refrain reste dans ma tête depuis ce matin",
    "le rappeur parle de sa rue et de la galère dans son album",
    "dans le clip il brûle une voiture, c'est cinématographique",
    "j'apprends la guitare, j'ai mal au bout des doigts",
    "la chorale chante un negro spiritual pour le concert de fin d'année",
    "cette chanson parle d'un gars qui a perdu son frère",
    "ce feat est une bombe atomique",
    "on va au festival en juillet, j'ai trop hâte",
    "le batteur a cassé une baguette en plein solo",
    "la nouvelle de Stromae elle me met une claque",
    "le bac de philo c'est demain, je stresse",
    "j'ai raté mon partiel de stats, je vais devoir le repasser",
    "on a un exposé sur la Shoah en histoire",
    "la prof nous a expliqué le génocide des Tutsis au Rwanda",
    "en cours on a étudié la traite négrière et l'abolition de l'esclavage",
    "j'ai eu 7 en physique, ma mère va me tuer",
    "quelqu'un a les réponses de l'exo 4 ?",
    "le prof de SVT nous a montré comment on dissèque une grenouille",
    "on révise ensemble à la BU demain ?",
    "j'ai un oral d'anglais sur le mouvement des droits civiques",
    "le cours sur la guerre d'Algérie était passionnant",
    "on doit faire une dissert sur la colonisation",
    "mon prof de maths nous tue avec ses DM",
    "les résultats de Parcoursup tombent ce soir, je vais mourir",
    "j'ai enfin compris les dérivées, je suis trop fière",
    "le cégep commence lundi, j'ai hâte de voir ma gang",
    "en éco on parle de la crise de 1929",
    "on a visité le mémorial de Caen avec la classe",
    "j'ai un contrôle sur les croisades et les guerres de religion",
    "la prof d'histoire nous a parlé des camps de concentration, c'était dur à entendre",
    "il y a eu un attentat à la gare, j'espère que tout le monde va bien",
    "aux infos ils parlent des migrants qui traversent la Manche",
    "ma grand-mère est arrivée d'Algérie dans les années 60",
    "mes parents sont venus du Portugal pour travailler",
    "pendant le ramadan je mange après le coucher du soleil",
    "on fête Hanoukka chez mes cousins ce week-end",
    "mon pote juif m'a invité à sa bar-mitsva",
    "la mosquée du quartier organise une collecte pour les sans-abri",
    "je suis allée à la messe de Noël avec ma mamie",
    "le reportage sur les réfugiés syriens m'a bouleversée",
    "il y a eu une fusillade aux États-Unis, encore",
    "le procès du terroriste commence la semaine prochaine",
    "ils ont arrêté le gars qui avait poignardé un passant",
    "le documentaire sur l'apartheid était super bien fait",
    "mon arrière-grand-père a fait la guerre de 14",
    "on parle beaucoup de l'immigration aux élections",
    "j'ai fait un gâteau au chocolat, il est mortel",
    "faut battre les œufs en neige bien ferme",
    "coupe les oignons et fais-les revenir",
    "j'ai cramé les pâtes, la honte",
    "ma poutine était malade hier soir",
    "on se fait une raclette, ça joue ?",
    "je vais massacrer ce tacos",
    "la recette dit d'écraser l'ail avec le plat du couteau",
    "cette sauce piquante m'a tué la bouche",
    "on tue le cochon chez mon grand-père en hiver, c'est la tradition",
    "je crois que je suis en crush sur le gars de la cantine",
    "il m'a demandé mon insta, je suis trop contente",
    "il m'a fait un clin d'œil au self, je suis morte",
    "on sort ensemble depuis trois mois aujourd'hui",
    "mon chum m'a fait une surprise pour notre anniversaire",
    "ma blonde vient souper chez nous ce soir",
    "je sais pas comment lui dire que je l'aime bien",
    "on s'est embrassés au bal de fin d'année",
    "il est trop beau, je fonds",
    "ta photo de profil est trop stylée, c'est qui le photographe ?",
    "je vais lui écrire une lettre, c'est ringard ?",
    "on s'est mis ensemble hier, je suis sur un nuage",
    "mon petit frère m'a volé mon chargeur encore",
    "mon daron m'a appris à conduire ce week-end",
    "ma mère m'a grondée parce que j'ai pas fait la vaisselle",
    "ma sœur me saoule à squatter la salle de bain",
    "on part chez mes grands-parents pour les vacances",
    "mon père a fait un barbecue, tout le quartier est venu",
    "mon cousin s'est marié samedi, c'était magique",
    "ma tante a accouché, j'ai une petite cousine",
    "ma mère va me tuer si je rentre après minuit",
    "mes parents divorcent mais ça se passe bien",
    "t'es con mdr je t'adore",
    "ptdr t'es bête, mais je t'aime",
    "sale traître tu m'as pas attendu pour le ciné 😂",
    "t'es un clown toi ptdr",
    "ta gueule c'est trop drôle 😂😂",
    "je vais te tuer si tu spoiles la fin",
    "mdr t'es grave",
    "t'es vraiment un gros bébé quand t'as faim",
    "ce meme m'a achevé",
    "je suis mort 💀 le chat a sauté dans le bain",
    "on dirait mon prof de maths sur ce gif",
    "le pire c'est que c'est vrai mdr",
    "j'en peux plus de ce groupe, vous êtes des génies",
    "t'es une légende frère",
    "espèce de sandwich au jambon ptdr",
    "j'ai une angine, je reste au lit",
    "je me suis fait vacciner ce matin, j'ai mal au bras",
    "j'ai mes règles, je suis KO",
    "je vais chez le psy demain, ça me fait du bien",
    "ma mère a un cancer mais le traitement marche bien",
    "j'ai une migraine de l'enfer, je coupe mon tel",
    "j'ai arrêté de fumer depuis un mois",
    "je me suis cassé le poignet en skate",
    "on m'a enlevé les dents de sagesse, j'ai une tête de hamster",
    "le dentiste m'a fait une piqûre, j'ai plus senti ma joue",
    "je suis gay et je l'ai dit à toute ma famille, ils m'ont fait un câlin",
    "ma meilleure amie est lesbienne et elle est trop heureuse avec sa copine",
    "je suis trans et j'ai enfin mon nouveau prénom sur ma carte",
    "on va à la marche des fiertés ensemble ?",
    "je suis bi et mes parents l'ont super bien pris",
    "je suis noire et j'adore mes tresses africaines",
    "je suis musulmane et ma copine catho vient rompre le jeûne chez nous",
    "mon frère est autiste et il est trop drôle",
    "je suis handicapé et je fais du basket fauteuil",
    "je suis arabe et j'adore mes origines",
    "les personnes non binaires ont le droit d'exister tranquilles",
    "je suis juif et je suis fier de ma culture",
    "on a créé un club LGBT au lycée",
    "je suis en fauteuil et je vais au concert quand même",
]


FR_SAD: list[str] = [
    "je suis triste, mon chien est mort ce matin",
    "j'ai raté mon code, je me sens trop bête",
    "ma copine m'a quitté, j'ai le cœur brisé",
    "je me sens seul ces temps-ci",
    "j'ai pleuré toute la soirée après la dispute",
    "mon grand-père est décédé, on va à l'enterrement demain",
    "j'ai pas le moral aujourd'hui",
    "chui à bout avec les révisions",
]


EN_EVERYDAY: list[str] = [
    "that's sick, where'd you get those shoes",
    "you killed it on stage tonight",
    "slay queen, that outfit is everything",
    "she ate that performance and left no crumbs",
    "im dead 😂 that video",
    "this slaps so hard",
    "no cap that was the best burger i ever had",
    "lowkey want to skip the party and sleep",
    "bestie you look amazing",
    "bro is cooked, he forgot his essay",
    "that goal was insane",
    "you murdered that solo",
    "this beat goes crazy",
    "she's a beast on the court",
    "he's a savage at chess",
    "that's fire, send me the recipe",
    "we destroyed them 3-0",
    "i'm dying, that meme is too good",
    "the final boss killed me like ten times",
    "headshot from across the map, insane",
    "i'm gonna kill you at smash tonight lol",
    "we're camping the objective, watch the flank",
    "my character died and i lost all my loot",
    "shoot the zombies before they reach the gate",
    "he carried the whole team, absolute legend",
    "gg, you guys crushed us",
    "stab the vampire with the wooden stake, that's how you beat him",
    "i got knocked out in the first round of the tournament",
    "the boxer knocked him out cold in round two",
    "coach made us run till we dropped",
    "the ref robbed us of a goal",
    "i sprained my ankle at practice",
    "the song is about a girl who loses her mom",
    "that album hit different",
    "the bridge of this song gives me chills",
    "in the music video he sets a car on fire",
    "i learned the whole dance in one night",
    "we have a test on the holocaust tomorrow",
    "our history teacher explained the rwandan genocide",
    "we're studying slavery and the civil war in class",
    "my essay is about the partition of india",
    "i failed my chem exam, my mom is gonna kill me",
    "finals week is killing me",
    "can someone send me the notes from bio",
    "we watched a documentary about the atomic bomb",
    "the teacher talked about the armenian genocide today",
    "there was a shooting downtown, everyone stay safe",
    "my grandparents immigrated from mexico in the 80s",
    "we celebrate diwali with my cousins",
    "happy eid to everyone celebrating",
    "i'm fasting for lent this year",
    "the news said the refugees finally got housing",
    "i burned the cookies again lol",
    "beat the eggs and fold in the flour",
    "this hot sauce is lethal",
    "chop the onions really fine",
    "i have a crush on the guy in my math class",
    "she said yes to prom!!",
    "my girlfriend and i have been together a year today",
    "he texted me goodnight, i'm screaming",
    "you look so cute in that picture",
    "my little brother stole my hoodie again",
    "my dad taught me how to change a tire",
    "my mom's gonna kill me, i broke her vase",
    "family dinner tonight, grandma is cooking",
    "you're such an idiot lol love you",
    "shut up 😂 you did not",
    "you're a clown bro 😂",
    "stop it i'm crying 😂😂",
    "that meme killed me",
    "i have the flu, staying in bed",
    "just got my covid shot, arm hurts",
    "therapy today, feeling hopeful",
    "i broke my wrist skateboarding",
    "i'm gay and my grandma just asked when she meets my boyfriend",
    "i'm trans and today i got my new name on my id",
    "my best friend came out as bi and we're throwing her a party",
    "i'm black and i love my hair",
    "i'm muslim and ramadan starts tomorrow",
    "i'm autistic and i love trains",
    "pride parade this saturday, who's coming?",
    "as a disabled person i love adaptive sports",
    "i'm jewish and my bat mitzvah is next month",
    "that test was brutal",
    "this game is so addictive, i can't stop",
    "period cramps are destroying me today",
    "i'm so full, that food was killer",
    "we're gonna crush this project",
    "bro really said that with his chest 💀",
    "it's giving main character energy",
]


EN_SAD: list[str] = [
    "i'm sad, my cat died this morning",
    "feeling kinda lonely lately",
    "he broke up with me, i can't stop crying",
    "i failed my driving test again, i feel so dumb",
]


LATER_FR: list[str] = [
    "ce DJ a retourné la salle, c'était une dinguerie",
    "frr ton montage il est trop propre",
    "ma daronne m'a fait un tupperware pour la semaine",
    "j'ai bombardé ma playlist de sons de Jul",
    "il a plié le game en un album",
    "sah t'as géré ta présentation",
    "on s'est fait éclater au futsal mais on a kiffé",
    "c'est pas possible d'être aussi fort au Rubik's cube",
    "j'capote sur ta robe, elle est malade",
    "on va souper au resto une fois que t'es rentré",
    "ça joue pas, j'ai piscine à 17h",
    "tu viens au match samedi ? on va les démolir",
    "j'ai pécho la dernière part de tarte 😎",
    "ma prof d'allemand est une crème",
    "ce boss m'a massacré, j'y retourne",
    "j'ai crafté une armure en diamant",
    "le sniper adverse m'a eu de loin, bien joué à lui",
    "on a fait un tournoi de Uno, ma mère triche",
    "la prof a parlé de la colonisation de l'Afrique et des massacres",
    "exposé sur la guerre du Vietnam jeudi, qui a des sources ?",
    "on a étudié le génocide arménien en classe de seconde",
    "aux infos un homme a été tué dans une bagarre à la sortie d'une boîte",
    "mes arrière-grands-parents ont fui l'Espagne pendant la guerre civile",
    "le rabbin est venu parler au lycée de la tolérance",
    "l'imam et le curé ont fait une marche ensemble pour la paix",
    "on a cuisiné un tajine avec ma voisine marocaine",
    "hache les herbes et mets-les à la fin",
    "j'ai fait brûler le riz, l'alarme incendie a sonné mdr",
    "il m'a invitée au ciné, je suis en PLS",
    "je crois que je kiffe ma voisine de TD",
    "on a fêté nos six mois, il m'a offert un bouquet",
    "ma petite sœur a perdu sa première dent",
    "mon père ronfle comme un tracteur, j'ai pas dormi",
    "t'es vraiment une andouille mdr je t'aime",
    "t'es chiant mais t'es mon meilleur pote",
    "je vais te noyer dans la piscine de glaçons au prochain anniv mdr",
    "ce tiktok m'a tuée 😭😭",
    "je me suis fait une entorse en dansant, la honte",
    "j'ai commencé la muscu, j'ai des courbatures partout",
    "je suis lesbienne et ma mère m'a offert un drapeau arc-en-ciel",
    "je suis pansexuel et ça va très bien merci",
    "mon cousin est trisomique et c'est le plus gentil du monde",
    "je suis malentendante et j'apprends la LSF à mes potes",
    "je suis fatiguée mais j'ai fini mon mémoire",
    "je stresse pour mon entretien d'embauche demain",
    "mes notes sont pas terribles ce trimestre, je vais bosser plus",
    "j'ai le seum, on a perdu en finale",
    "trop hâte d'être en vacances, chui morte de fatigue",
    "cette série m'a détruit émotionnellement, la fin 😭",
    "je suis deg, ma série préférée est annulée",
]


LATER_FR_SAD: list[str] = [
    "mon meilleur ami déménage à Montréal, ça me rend triste",
    "j'ai pas été prise dans l'équipe, je suis déçue",
    "je me sens un peu perdue pour l'orientation",
]


LATER_EN: list[str] = [
    "this playlist goes hard",
    "she snapped on that essay",
    "bro is cooked, the teacher saw his phone",
    "that dunk was disrespectful 😭",
    "lowkey obsessed with this new album",
    "you ate that, no crumbs left",
    "bestie that haircut is everything",
    "he's lethal from the three point line",
    "i'm gonna smoke you in the race tomorrow lol",
    "the sniper took me out from across the map",
    "we slaughtered them in the quiz bowl",
    "our history class covered the trail of tears today",
    "my great grandpa fought in ww2",
    "we read anne frank's diary in english class",
    "the news covered the floods in pakistan",
    "whisk the butter until it's fluffy",
    "my mom makes the best jollof rice",
    "he asked me to homecoming omg",
    "my sister keeps stealing my makeup",
    "that joke killed me 💀",
    "i'm non binary and my friends use my pronouns, love them",
    "i'm a lesbian and i just got my first girlfriend",
    "i use a wheelchair and i just went skydiving",
    "got my braces off today!!",
    "tired af but the exam went well",
    "my calves are killing me after leg day",
    "you're a menace lmao, i love you",
    "shut up you're too funny",
]


LATER_EN_SAD: list[str] = [
    "my grandpa passed away last night, i miss him",
    "i didn't make the team this year, kinda bummed",
]

THIRD_FR: list[str] = [
    "on t'attend devant le ciné à 20h, prends ton pass",
    "descends, on est en bas avec les pizzas",
    "je passe chez toi après les cours pour te rendre ton sweat",
    "je sais où t'as laissé tes clés, sur la table de la cuisine",
    "t'as intérêt à venir à mon anniv samedi 😤",
    "fais gaffe à toi sur la route, il neige",
    "je vais te défoncer au ping-pong demain mdr",
    "on va te chercher à l'aéroport avec mon père",
    "à la sortie on va au kebab, tu viens ?",
    "tu vas voir, le film est trop bien",
    "je vais t'envoyer les photos de la soirée",
    "je vais tout balancer dans le groupe : les horaires du bus",
    "il a menacé de démissionner si on l'augmente pas, mon père mdr",
    "j'en ai marre de ce temps pourri",
    "je suis crevée, je vais dormir tôt",
    "j'ai envie de disparaître sous ma couette tout le week-end",
    "je me suis coupé en épluchant les carottes",
    "j'ai pris des médocs pour ma grippe, ça va mieux",
    "je veux en finir avec ce dossier ce soir",
    "j'en peux plus d'attendre les vacances",
    "je suis vidé après le match",
    "ce soir je dors chez ma grand-mère",
    "j'ai plus de batterie, je vous laisse, bisous",
    "adieu les vacances, bonjour les cours",
    "je me sens mieux depuis que je fais du sport",
    "ma pote a eu une semaine difficile, je lui ai fait un gâteau",
    "les juifs fêtent Yom Kippour cette semaine",
    "les musulmans de ma classe font le ramadan, on mange pas devant eux par respect",
    "les Noirs américains se sont battus pour leurs droits civiques",
    "les migrants sont souvent très jeunes, j'ai lu un article là-dessus",
    "les Roms ont été persécutés pendant la Seconde Guerre mondiale",
    "les femmes ont obtenu le droit de vote en 1944 en France",
    "les personnes trans sont plus exposées au harcèlement, faut les soutenir",
    "les Arabes ont transmis les chiffres qu'on utilise, la prof nous l'a montré",
    "les gays de mon lycée ont organisé un bal inclusif",
    "les handicapés ont droit à un tiers-temps aux examens",
    "les réfugiés ukrainiens sont arrivés dans notre village",
    "les chinois fêtent le nouvel an lunaire en février",
]


THIRD_EN: list[str] = [
    "we'll be waiting for you at the food court",
    "i know where you live, i'm bringing soup since you're sick",
    "watch out for the ice on the steps",
    "i'm coming for your high score tonight",
    "i'm so done with this weather",
    "i could just disappear into my bed all weekend",
    "i cut my finger on a can lid",
    "goodbye summer, hello school",
    "i want to end this essay tonight",
    "jews around the world are celebrating passover this week",
    "muslims in my school pray on fridays, we have a room for that",
    "black people fought hard for the civil rights act",
    "immigrants built a huge part of this city",
    "women are underrepresented in engineering, let's change that",
    "trans people deserve safe bathrooms",
    "gay couples can adopt in my country now",
    "refugees from sudan are joining our school next month",
    "disabled people should have access to every building",
    "my friend is having a rough week so i made her cookies",
    "i'm dead tired after the hike",
]


FOURTH_FR: list[str] = [
    "les gens du Nord sont trop accueillants, j'ai adoré Lille",
    "les Québécois disent « char » pour voiture, trop mignon",
    "les Belges ont les meilleures frites, débat clos",
    "les profs sont en grève jeudi, pas cours",
    "les vieux de mon immeuble m'ont offert des chocolats",
    "les filles de mon équipe de foot sont des tueuses sur le terrain",
    "les gars on se retrouve où pour le bowling ?",
    "ma coloc est chinoise, elle m'apprend à faire des raviolis",
    "on a un nouveau dans la classe, il vient du Sénégal, il est trop sympa",
    "je vais te faire la peau au Uno ce soir 😈",
    "t'inquiète je te couvre si ta mère demande",
    "je te jure je vais le tuer ce devoir de philo",
    "on se bat pour la dernière part de pizza",
]


FOURTH_EN: list[str] = [
    "black ppl invented so much of the music i love",
    "gay ppl at my school started a book club",
    "muslim peeps in our group chat, eid mubarak!",
    "trans folks in my class organized the bake sale",
    "asian ppl in my fam always overfeed me and i'm not complaining",
    "jewish ppl i know are hosting a seder, i'm invited",
    "immigrant parents are the hardest working people i know",
    "my team got destroyed but the vibes were immaculate",
    "i'll fight you for the last fry 😤",
    "i'm gonna end you in mario party",
    "this math homework is criminal",
    "she's lowkey a menace in dodgeball",
]


EVERYDAY = "everyday"
SAD = "sad"

ALL_CASES: list[tuple[str, str, str]] = (
    [(t, "fr", EVERYDAY) for t in FR_EVERYDAY]
    + [(t, "fr", SAD) for t in FR_SAD]
    + [(t, "en", EVERYDAY) for t in EN_EVERYDAY]
    + [(t, "en", SAD) for t in EN_SAD]
    + [(t, "fr", EVERYDAY) for t in LATER_FR]
    + [(t, "fr", SAD) for t in LATER_FR_SAD]
    + [(t, "en", EVERYDAY) for t in LATER_EN]
    + [(t, "en", SAD) for t in LATER_EN_SAD]
    + [(t, "fr", EVERYDAY) for t in THIRD_FR]
    + [(t, "en", EVERYDAY) for t in THIRD_EN]
    + [(t, "fr", EVERYDAY) for t in FOURTH_FR]
    + [(t, "en", EVERYDAY) for t in FOURTH_EN]
)

#: What the engine still reads wrongly, with the reason (strict xfails).
KNOWN_WRONG: dict[str, str] = {
    "les résultats de Parcoursup tombent ce soir, je vais mourir": (
        "held as imminent: 'je vais mourir' next to 'ce soir' is kept for the care team whatever"
        " the cause a message names before it (risk levels are risk.py's, owned elsewhere)"
    ),
    "t'es un clown toi ptdr": (
        "nudged: 'clown' aimed at the reader; laughter alone does not make teasing (as in"
        " test_golden_chat_aggression), only laughter next to a word of love"
    ),
    "you're a clown bro 😂": (
        "nudged: 'clown' aimed at the reader; laughter and 'bro' are no word of love, and"
        " bullies say them too"
    ),
    "je vais te noyer dans la piscine de glaçons au prochain anniv mdr": (
        "blocked: a violent verb aimed at the reader, said laughing but with no word of love;"
        " only the absurd scene tells a prank from a threat"
    ),
    "i want to end this essay tonight": (
        "a moderate care flag from the English learned layer alone ('i want to end … tonight'):"
        " no lexicon hit, so no idiom can tell the model the object is an essay (engine.py)"
    ),
    "t'es chiant mais t'es mon meilleur pote": (
        "allowed, but 'chiant' keeps a mild abuse.vulgar reason: 'mais t'es mon …' takes the"
        " put-down back, which no rule reads (as in test_golden_chat_aggression)"
    ),
}


def is_wrong(verdict: Verdict, family: str) -> str:
    """Return why ``verdict`` is wrong for a message of ``family``, or an empty string."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} ({verdict.rule}) risk={verdict.risk} {verdict.reasons}"
    if verdict.action != "allow" or cats & ABUSIVE:
        return got
    if family == EVERYDAY and verdict.care:
        return f"care flag: {got}"
    if family == SAD and verdict.risk not in ("none", "low"):
        return f"more care than a sad message deserves: {got}"
    return ""


@pytest.mark.parametrize(
    ("text", "lang", "family"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(reason=KNOWN_WRONG[case[0]], strict=True))
        if case[0] in KNOWN_WRONG
        else case
        for case in ALL_CASES
    ],
)
def test_everyday_message_passes_clean(guard: Guard, text: str, lang: str, family: str) -> None:
    wrong = is_wrong(guard.check(text), family)
    assert not wrong, f"{text!r}: {wrong}"


def test_whole_probe_passes(guard: Guard) -> None:
    """Count over the whole probe: at most ``MAX_WRONG`` messages read wrongly, none blocked
    as hate, and the learned layer alone nudges none of them."""
    verdicts = [(guard.check(text), family) for text, _, family in ALL_CASES]
    wrong = [v for v, family in verdicts if is_wrong(v, family)]
    assert len(wrong) <= MAX_WRONG
    assert not [v for v, _ in verdicts if v.rule == "hate"]
    assert not [v for v, _ in verdicts if v.rule.endswith(".learned")]


def test_probe_is_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_WRONG) <= set(texts)
    assert len(texts) >= 460
    earlier = earlier_texts("test_golden_everyday_blind")
    assert len(earlier) > 5000  # the earlier probes were found
    assert not earlier & set(texts)
