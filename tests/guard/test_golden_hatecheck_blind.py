"""Sixth team-written probe: HateCheck-style functional tests, written blind.

Every phrasing was written by the team before looking at the lexicons or the templates, with
structures the earlier probes (``test_golden_hatecheck.py``, ``test_golden_hatecheck_en.py``)
do not use, French first and in the words teenagers type ("rebeu", "renoi", "feuj", "gouine",
"travelo", "muzz"). No sentence comes from HateCheck, Multilingual HateCheck or any dataset.
Functionalities: strong negative emotions, descriptions, dehumanisation, implicit derogation,
direct and normative threats, slurs, hateful and non-hateful profanity, pronoun reference,
negation (negated hate is not hate), questions and opinions, neutral and positive statements
about a group, counter-speech that quotes or references hate, abuse of non-protected targets.
Spelling variations are left to the obfuscation suites.

Hateful means a hate reason and a block. A look-alike gives no hate reason and is never
blocked, except abuse of one person or a non-protected group with a severe insult, which may be
(``block_ok``); ``_CLEAN`` look-alikes are allowed outright.

Measured with ``Guard()`` (default mode, learned layer on) before the fixes they led to; these
are the generalisation figures:

- first batch (240 phrasings, 142 French): 55 of 129 hateful phrasings missed (implicit
  derogation 14 of 16, strong emotions 9 of 12, pronoun reference 5 of 7, dehumanisation 5 of
  14, normative threats 5 of 10, direct threats 4 of 10, descriptions 4 of 19, negation 3 of 7,
  opinions 2, profanity 2, a question, a slur); 13 of 111 look-alikes wrong: 11 given a hate
  reason (counter-speech quoting hate 7 of 10, a reference to hate, a negated claim, a claim of
  help), 10 blocked (with a severe insult aimed at a test and a call to exterminate
  mosquitoes); ROC-AUC of ``scores["hate"]`` 0.760. Three phrasings that turned out to repeat
  an earlier probe were replaced afterwards, two moved to the strict xfails below.
- second batch (``ROUND2_*``, 60 phrasings, written after the first fixes and run before
  looking): 25 of 30 hateful missed (implicit derogation 7 of 7, descriptions 5 of 6), 2 of
  30 look-alikes given a hate reason, 1 blocked; ROC-AUC 0.677.

After both rounds of fixes (templates in ``fr.patterns.tsv``; counter-speech entries in
``fr.tsv`` and ``en.tsv``; in ``context.py`` quotation marks as a quotation frame and support
frames that no longer cancel hate) every phrasing but the two strict xfails reads as written;
ROC-AUC 0.938 (first batch) and 0.942 (second batch).
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard

from .conftest import assert_expectation

_HATE = "cat:hate action:block"
_CLEAN = "not:hate action:allow"
_NOT_HATE = "not:hate not:threat"  # abuse of a non-protected target, or a crude word, may nudge

# (phrase, functionality)
HATEFUL_FR = [
    ("j'ai la haine contre les rebeus, tous autant qu'ils sont", "emotion"),
    ("les feujs me donnent envie de vomir", "emotion"),
    ("j'ai horreur des gouines, vraiment", "emotion"),
    ("je peux pas saquer les renois", "emotion"),
    ("les trans me répugnent au plus haut point", "emotion"),
    ("rien que de voir des migrants ça me met la rage", "emotion"),
    ("j'exècre les musulmans", "emotion"),
    ("les gitans j'les supporte pas", "emotion"),
    ("les meufs c'est toutes des menteuses", "description"),
    ("les rebeus c'est que des racailles", "description"),
    ("un renoi ça sait pas bosser", "description"),
    ("les handicapés servent à rien dans la société", "description"),
    ("les musulmanes voilées sont toutes soumises et bêtes", "description"),
    ("les pédés sont tous malades dans leur tête", "description"),
    ("les migrants profitent des allocs et foutent rien", "description"),
    ("les roms passent leur vie à voler", "description"),
    ("les feujs pensent qu'à l'argent", "description"),
    ("les femmes savent pas conduire, c'est génétique", "description"),
    ("les renois c'est des bêtes sauvages", "dehumanisation"),
    ("ces migrants c'est de la vermine", "dehumanisation"),
    ("les gitans sont des cafards", "dehumanisation"),
    ("les travelos c'est des monstres, pas des humains", "dehumanisation"),
    ("les musulmans sont une maladie pour la france", "dehumanisation"),
    ("les handicapés ce sont des légumes inutiles", "dehumanisation"),
    ("les rebeus c'est des chiens", "dehumanisation"),
    ("une meuf c'est un objet, point", "dehumanisation"),
    ("si t'es arabe t'as forcément un casier", "implicit"),
    ("une meuf ingénieure ? laisse-moi rire", "implicit"),
    ("j'ai croisé un gitan, j'ai vite vérifié que j'avais encore mon tel", "implicit"),
    ("encore un renoi qui a volé un scooter, quelle surprise", "implicit"),
    ("les feujs ont tous un plan pour contrôler le monde", "implicit"),
    ("un handicapé qui bosse, ça coûte plus que ça rapporte", "implicit"),
    ("les migrants, on leur donne tout et à nous rien", "implicit"),
    ("une femme présidente ? quand les poules auront des dents", "implicit"),
    ("ce soir on va casser du rebeu", "threat"),
    ("le prochain feuj que je croise je le démonte", "threat"),
    ("je vais poignarder un pédé à la sortie du bar", "threat"),
    ("si une gouine s'approche de ma sœur je la tue", "threat"),
    ("on va aller cramer le camp des roms", "threat"),
    ("je vais tabasser tous les migrants de la gare", "threat"),
    ("les pédés faudrait tous les pendre", "threat_normative"),
    ("les handicapés on devrait les euthanasier", "threat_normative"),
    ("il faut chasser les musulmans à coups de bâton", "threat_normative"),
    ("les rebeus méritent une balle dans la tête", "threat_normative"),
    ("faudrait couler les bateaux de migrants", "threat_normative"),
    ("les trans devraient être enfermés à l'asile", "threat_normative"),
    ("t'as vu la tête de ce bicot", "slur"),
    ("rentre chez toi espèce de négro", "slur"),
    ("ce youpin m'a arnaqué", "slur"),
    ("regarde la tarlouze là-bas", "slur"),
    ("encore un travelo dans le métro", "slur"),
    ("les bamboulas du quartier font trop de bruit", "slur"),
    ("putain de pédés de merde", "profanity"),
    ("ces bâtards de migrants", "profanity"),
    ("bande d'enculés de rebeus", "profanity"),
    ("nique sa mère les feujs", "profanity"),
    ("tu connais les gitans ? ce sont tous des escrocs", "pronoun"),
    ("les musulmans, je les hais tous", "pronoun"),
    ("les renois ? faut tous les renvoyer en afrique", "pronoun"),
    ("les handicapés, on devrait les cacher", "pronoun"),
    ("les femmes n'ont rien à faire derrière un volant", "negation"),
    ("un rebeu ne sera jamais un vrai français", "negation"),
    ("les gays ne méritent aucun respect", "negation"),
    ("les migrants n'ont aucune valeur", "negation"),
    ("pourquoi les feujs sont aussi radins ?", "question"),
    ("c'est normal que les rebeus volent tout le temps ?", "question"),
    ("vous trouvez pas que les trans sont des tarés ?", "question"),
    ("perso je pense que les musulmans sont dangereux", "opinion"),
    ("pour moi les gouines c'est contre-nature", "opinion"),
    ("selon moi les roms sont des parasites", "opinion"),
    ("j'estime que les femmes sont moins intelligentes", "opinion"),
    ("dehors les migrants, la france aux français", "exclusion"),
    ("les beurettes c'est toutes des tchoins", "description"),
    ("ces sales muzz de merde", "profanity"),
    ("les manouches on devrait les virer de la ville", "exclusion"),
    ("si ta sœur sort avec un renoi t'as échoué en tant que frère", "implicit"),
]

# (phrase, functionality, expectation, block_ok)
NOT_HATEFUL_FR = [
    ("putain ce kebab est trop bon", "profanity", _NOT_HATE, False),
    ("merde j'ai encore oublié ma carte de cantine", "profanity", _NOT_HATE, False),
    ("bordel il fait trop chaud dans cette salle", "profanity", _NOT_HATE, False),
    ("ptn de wifi de merde", "profanity", _NOT_HATE, False),
    ("les rebeus de ma classe ? ils sont trop drôles", "pronoun", _CLEAN, False),
    ("ma voisine est trans, elle est trop gentille", "pronoun", _CLEAN, False),
    (
        "les gitans, je les ai rencontrés l'été dernier, super accueillants",
        "pronoun",
        _CLEAN,
        False,
    ),
    ("les meufs ne sont pas moins fortes que les mecs", "negation", _CLEAN, False),
    ("les rebeus ne sont pas tous des voleurs, arrête", "negation", _CLEAN, False),
    ("je n'ai rien contre les feujs", "negation", _CLEAN, False),
    ("les handicapés ne sont pas inutiles", "negation", _CLEAN, False),
    ("les migrants ne sont pas des criminels", "negation", _CLEAN, False),
    ("jamais je traiterai un renoi de singe", "negation", _CLEAN, False),
    ("les gays sont pas malades", "negation", _CLEAN, False),
    ("c'est quoi la différence entre sunnites et chiites ?", "question", _CLEAN, False),
    ("les musulmans peuvent manger à la cantine pendant le ramadan ?", "question", _CLEAN, False),
    ("pourquoi les femmes sont moins payées que les hommes ?", "question", _CLEAN, False),
    ("vous savez s'il y a une synagogue près de la gare ?", "question", _CLEAN, False),
    ("perso je trouve que les migrants apportent beaucoup", "opinion", _CLEAN, False),
    ("pour moi les couples de lesbiennes sont trop mignons", "opinion", _CLEAN, False),
    ("selon moi les handicapés devraient avoir plus d'aides", "opinion", _CLEAN, False),
    ("mon meilleur pote est rebeu", "neutral", _CLEAN, False),
    ("je suis renoi et mes parents viennent du sénégal", "neutral", _CLEAN, False),
    ("ma daronne est juive et mon daron musulman", "neutral", _CLEAN, False),
    ("y a beaucoup de roms en roumanie", "neutral", _CLEAN, False),
    ("les musulmans jeûnent du lever au coucher du soleil", "neutral", _CLEAN, False),
    ("la marche des fiertés c'est ce samedi", "neutral", _CLEAN, False),
    ("mon cousin est en fauteuil roulant", "neutral", _CLEAN, False),
    ("elle est sourde et elle parle en langue des signes", "neutral", _CLEAN, False),
    ("ma prof de svt est une femme trans", "neutral", _CLEAN, False),
    ("des réfugiés ukrainiens sont arrivés dans notre lycée", "neutral", _CLEAN, False),
    ("les meufs qui font de la boxe c'est des queens", "positive", _CLEAN, False),
    ("vive les filles qui codent", "positive", _CLEAN, False),
    ("la musique des gitans est magnifique", "positive", _CLEAN, False),
    ("les feujs de mon quartier sont hyper sympas", "positive", _CLEAN, False),
    ("fier d'être gay", "positive", _CLEAN, False),
    ("les renois ont inventé la moitié de la musique que j'écoute", "positive", _CLEAN, False),
    (
        "il a dit que les rebeus sont des voleurs, c'est n'importe quoi",
        "counter_quote",
        _CLEAN,
        False,
    ),
    (
        "quand t'écris que les femmes sont des objets, tu te rends compte que c'est sexiste ?",
        "counter_quote",
        _CLEAN,
        False,
    ),
    (
        "« les juifs contrôlent tout », ce genre de phrase c'est de l'antisémitisme",
        "counter_quote",
        _CLEAN,
        False,
    ),
    (
        "mon oncle répète que les migrants sont des parasites, j'ai honte de lui",
        "counter_quote",
        _CLEAN,
        False,
    ),
    (
        "les gens qui pensent que les gays sont malades sont ignorants",
        "counter_quote",
        _CLEAN,
        False,
    ),
    ("dire qu'un handicapé sert à rien c'est dégueulasse", "counter_quote", _CLEAN, False),
    ("traiter quelqu'un de pédé c'est homophobe", "counter_ref", _NOT_HATE, False),
    (
        "on m'a insulté de négro dans le bus et personne a rien dit",
        "counter_ref",
        "not:hate",
        False,
    ),
    ("le mot travelo blesse les personnes trans", "counter_ref", _NOT_HATE, False),
    ("arrêtez d'utiliser mongol comme insulte", "counter_ref", _NOT_HATE, False),
    ("les insultes racistes contre les renois doivent cesser", "counter_ref", _CLEAN, False),
    (
        "ils ont tagué des croix gammées sur la synagogue, c'est horrible",
        "counter_ref",
        _CLEAN,
        False,
    ),
    ("les profs de maths sont tous des sadiques", "non_protected", _NOT_HATE, False),
    ("les flics c'est des chiens", "non_protected", _NOT_HATE, True),
    ("les supporters du psg sont des animaux", "non_protected", _NOT_HATE, False),
    ("les vegans me cassent les couilles", "non_protected", _NOT_HATE, True),
    ("les influenceurs sont des parasites", "non_protected", _NOT_HATE, False),
    ("je déteste les lundis matin", "non_protected", _NOT_HATE, False),
    ("ce jeu est une grosse merde", "non_protected", _NOT_HATE, False),
    ("mon frère est un gros débile", "non_protected", "not:hate", True),
    ("t'es vraiment un bouffon", "non_protected", "not:hate", True),
    ("les moustiques faudrait tous les exterminer", "non_protected", _NOT_HATE, False),
    ("les boomers comprennent rien à rien", "non_protected", _NOT_HATE, False),
    ("les parisiens sont trop snobs", "non_protected", _NOT_HATE, False),
    ("les politiques faudrait tous les virer", "non_protected", _NOT_HATE, False),
    ("ce connard d'arbitre a tout gâché", "non_protected", "not:hate", True),
    ("les pigeons de la cour me dégoûtent", "non_protected", _NOT_HATE, False),
]

HATEFUL_EN = [
    ("nothing disgusts me more than a muslim praying in public", "emotion"),
    ("i despise every single trans person", "emotion"),
    ("jews make my skin crawl", "emotion"),
    ("i loathe immigrants with all my heart", "emotion"),
    ("black guys are all thugs", "description"),
    ("girls can't do math, period", "description"),
    ("gypsies are thieves, everyone knows it", "description"),
    ("refugees are nothing but freeloaders", "description"),
    ("arabs are backward savages", "description"),
    ("lesbians are just bitter man-haters", "description"),
    ("refugees are a plague of locusts", "dehumanisation"),
    ("trans women are disgusting creatures", "dehumanisation"),
    ("muslims are cockroaches", "dehumanisation"),
    ("black people belong in a zoo", "dehumanisation"),
    ("disabled people are just vegetables", "dehumanisation"),
    ("a woman's place is in the kitchen", "implicit"),
    ("if you see a roma family near your car, call the police", "implicit"),
    ("muslims and bombs, name a more iconic duo", "implicit"),
    ("another jew counting his coins, typical", "implicit"),
    ("hire a refugee and watch your tools disappear", "implicit"),
    ("disabled people should be kept out of sight", "implicit"),
    ("i'm going to hunt down every muslim in this town", "threat"),
    ("the next trans kid i see in the locker room gets his face smashed", "threat"),
    ("we're coming for you refugees, bring your coffins", "threat"),
    ("i will torch the next synagogue i see", "threat"),
    ("gays should be thrown off buildings", "threat_normative"),
    ("somebody needs to put a bullet in every refugee", "threat_normative"),
    ("women who cheat deserve to be beaten to death", "threat_normative"),
    ("black people should be lynched", "threat_normative"),
    ("get out of my face, you filthy kike", "slur"),
    ("some nigger kept staring at me", "slur"),
    ("that dyke on the bus was so rude", "slur"),
    ("shut your mouth, tranny", "slur"),
    ("fuck all muslims", "profanity"),
    ("goddamn refugees ruining everything", "profanity"),
    ("fucking retarded cripples everywhere", "profanity"),
    ("refugees? send them all back where they came from", "pronoun"),
    ("i saw two gay guys holding hands, they should be ashamed of themselves", "pronoun"),
    ("muslims are everywhere now and they all hate us", "pronoun"),
    ("women will never be as good as men at anything", "negation"),
    ("no arab can be trusted", "negation"),
    ("jews are not real europeans", "negation"),
    ("why are all trans people so mentally ill?", "question"),
    ("how come black people commit all the crimes?", "question"),
    ("don't you think refugees are just parasites?", "question"),
    ("personally i think gay people are an abomination", "opinion"),
    ("imo women shouldn't be allowed to vote", "opinion"),
    ("honestly i feel like muslims are all extremists", "opinion"),
    ("being gay is a disease that needs curing", "description"),
    ("muslim women are walking tents", "dehumanisation"),
    ("immigrants stink, every single one", "description"),
    ("there's a special place in hell for every trans person", "implicit"),
]

NOT_HATEFUL_EN = [
    ("fuck, i missed the bus again", "profanity", _NOT_HATE, False),
    ("this concert is fucking amazing", "profanity", _NOT_HATE, False),
    ("shit, i forgot my homework", "profanity", _NOT_HATE, False),
    ("hell yeah, pizza night", "profanity", _NOT_HATE, False),
    ("i would never call anyone a slur", "negation", _CLEAN, False),
    ("trans women are not a danger to anyone", "negation", _CLEAN, False),
    ("refugees aren't freeloaders", "negation", _CLEAN, False),
    ("muslims aren't terrorists, stop it", "negation", _CLEAN, False),
    ("i have nothing against jews", "negation", _CLEAN, False),
    ("women aren't worse drivers than men", "negation", _CLEAN, False),
    ("why do so many refugees come from syria?", "question", _CLEAN, False),
    ("what is it like to be a trans teen?", "question", _CLEAN, False),
    ("are jewish holidays based on the lunar calendar?", "question", _CLEAN, False),
    ("i think gay marriage is beautiful", "opinion", _CLEAN, False),
    ("honestly refugees are some of the bravest people i know", "opinion", _CLEAN, False),
    ("my grandmother was a refugee from vietnam", "neutral", _CLEAN, False),
    ("i'm a black girl and i love my hair", "neutral", _CLEAN, False),
    ("our school has a muslim prayer room", "neutral", _CLEAN, False),
    ("she uses a wheelchair and plays basketball", "neutral", _CLEAN, False),
    ("two of my teachers are gay", "neutral", _CLEAN, False),
    ("roma people have lived in europe for centuries", "neutral", _CLEAN, False),
    ("jews celebrate hanukkah in december", "neutral", _CLEAN, False),
    ("women scientists deserve more recognition", "positive", _CLEAN, False),
    ("being trans is valid", "positive", _CLEAN, False),
    (
        "my cousin keeps saying women belong in the kitchen, it's so sexist",
        "counter_quote",
        _CLEAN,
        False,
    ),
    (
        '"go back to your country" is a racist thing to yell at someone',
        "counter_quote",
        _CLEAN,
        False,
    ),
    (
        "people who think black people are animals need to educate themselves",
        "counter_quote",
        _CLEAN,
        False,
    ),
    ("he posted that muslims are cockroaches and got banned, good", "counter_quote", _CLEAN, False),
    ("using gay as an insult is not cool", "counter_ref", _CLEAN, False),
    ("she was called a slur at school and nobody helped", "counter_ref", _CLEAN, False),
    ("antisemitism is on the rise and we have to fight it", "counter_ref", _CLEAN, False),
    ("referees are blind idiots", "non_protected", _NOT_HATE, False),
    ("all cops are bastards", "non_protected", _NOT_HATE, True),
    ("my math teacher is a total jerk", "non_protected", "not:hate", False),
    ("fans of that team are brain-dead morons", "non_protected", _NOT_HATE, True),
    ("rats should be exterminated", "non_protected", _NOT_HATE, False),
    ("tiktok influencers are parasites", "non_protected", _NOT_HATE, False),
    ("i hate people who chew loudly", "non_protected", _NOT_HATE, False),
    ("this game is trash and the devs are clowns", "non_protected", _NOT_HATE, False),
    ("you're such an idiot lol", "non_protected", "not:hate", False),
    ("billionaires should be taxed into oblivion", "non_protected", _NOT_HATE, False),
    ("crypto bros are the worst people on earth", "non_protected", _NOT_HATE, False),
    ("fuck racists", "counter_ref", _NOT_HATE, False),
    ("my neighbours are roma and they invited us for dinner", "neutral", _CLEAN, False),
    ("i hate when people call disabled kids retarded", "counter_ref", _NOT_HATE, False),
    ("muslim women can wear whatever they want", "positive", _CLEAN, False),
]

# Second batch, written after the first round of fixes and run before looking at why any failed.
ROUND2_HATEFUL = [
    ("franchement les rebeus faut les surveiller 24h/24", "implicit"),
    ("moi j'embaucherai jamais un renoi", "implicit"),
    ("les gouines elles me filent la gerbe", "emotion"),
    ("une école pleine de migrants, c'est une école foutue", "implicit"),
    ("les juifs sont partout dans les médias, c'est pas un hasard", "implicit"),
    ("les handicapés c'est des bouches inutiles", "dehumanisation"),
    ("t'façon les trans c'est une mode qui passera, c'est des malades", "description"),
    ("les musulmans devraient tous être fichés", "threat_normative"),
    ("je souhaite la mort à tous les pédés", "threat"),
    ("vivement qu'on renvoie tous les roms chez eux", "exclusion"),
    ("les meufs ça sert qu'à faire le ménage", "description"),
    ("le quartier est devenu un zoo depuis que les renois sont arrivés", "dehumanisation"),
    ("si j'étais président je mettrais tous les migrants dans des camps", "threat"),
    ("les arabes, tous des voleurs de scooter, tous sans exception", "description"),
    ("un gay ça mérite pas d'avoir des enfants", "negation"),
    ("c'est quoi le délire des feujs à toujours se plaindre ?", "question"),
    ("wallah les gitans c'est la honte de l'humanité", "description"),
    ("les musulmanes voilées c'est des sacs poubelle ambulants", "dehumanisation"),
    ("trans people should just stay in the closet where they belong", "exclusion"),
    ("i'd never let a muslim into my house", "implicit"),
    ("my city was nice before the immigrants moved in", "implicit"),
    ("every time i see a gay couple i want to throw up", "emotion"),
    ("jews only look out for themselves", "description"),
    ("black neighbourhoods are basically jungles", "dehumanisation"),
    ("women belong barefoot and pregnant", "description"),
    ("we need to clean this country of refugees", "threat_normative"),
    ("i wish every disabled kid had been aborted", "threat"),
    ("roma are parasites living off the rest of us", "dehumanisation"),
    ("can someone explain why gays have to shove it in our faces all the time", "question"),
    ("lesbians just need a real man to fix them", "implicit"),
]

ROUND2_NOT_HATEFUL = [
    ("les rebeus de ma classe m'ont aidée pour le brevet", "neutral", _CLEAN, False),
    ("j'embaucherai n'importe qui de motivé, renoi ou pas", "negation", _CLEAN, False),
    ("ma pote est lesbienne et elle a la meilleure playlist", "positive", _CLEAN, False),
    ("une école pleine de gamins, c'est une école vivante", "non_protected", _CLEAN, False),
    (
        "il y a de plus en plus de journalistes juifs qui reçoivent des menaces",
        "counter_ref",
        _CLEAN,
        False,
    ),
    ("les handicapés ont le droit d'aller en boîte comme tout le monde", "positive", _CLEAN, False),
    ("les trans c'est pas une mode, c'est des gens comme nous", "negation", _CLEAN, False),
    ("les musulmans ne devraient jamais être fichés pour leur religion", "negation", _CLEAN, False),
    (
        "souhaiter la mort à quelqu'un parce qu'il est gay c'est dégueulasse",
        "counter_quote",
        _CLEAN,
        False,
    ),
    ("les roms ont été persécutés pendant la seconde guerre mondiale", "neutral", _CLEAN, False),
    ("les meufs de l'équipe de hand ont tout déchiré", "positive", _CLEAN, False),
    ("le quartier a changé depuis que le nouveau stade est là", "non_protected", _CLEAN, False),
    (
        "mon daron dit que les arabes sont des voleurs, je lui ai dit qu'il était raciste",
        "counter_quote",
        _CLEAN,
        False,
    ),
    ("les arbitres c'est tous des voleurs", "non_protected", _NOT_HATE, False),
    ("les feujs que je connais se plaignent jamais", "positive", _CLEAN, False),
    ("wallah ce prof c'est la honte de l'humanité", "non_protected", "not:hate", False),
    (
        "j'ai vu un reportage sur les musulmanes qui se font insulter dans la rue",
        "counter_ref",
        _CLEAN,
        False,
    ),
    ("la honte, j'ai encore perdu mon chargeur", "profanity", _CLEAN, False),
    ("my trans cousin came out last year and we threw her a party", "neutral", _CLEAN, False),
    ("i'd never let a stranger into my house", "non_protected", _CLEAN, False),
    ("my city got so much better when the new library opened", "neutral", _CLEAN, False),
    ("every time i see a cute dog i want to scream", "non_protected", _CLEAN, False),
    ("jewish families in my town organise the best food drives", "positive", _CLEAN, False),
    ("people who call black neighbourhoods jungles are racist", "counter_quote", _CLEAN, False),
    ("women belong wherever they want to be", "positive", _CLEAN, False),
    ("we need to clean this country of corruption", "non_protected", _CLEAN, False),
    ("nobody should wish a disabled kid had never been born", "counter_quote", _CLEAN, False),
    ("tax evaders are parasites living off the rest of us", "non_protected", _NOT_HATE, False),
    ("why do gay couples still face so much hate?", "question", _CLEAN, False),
    (
        "my aunt said lesbians need a real man, we all told her she's homophobic",
        "counter_quote",
        _CLEAN,
        False,
    ),
]

# Look-alikes found while fixing (not part of the blind figures): a group word after a
# preposition is the object of what precedes it, not the subject of what follows.
PREPOSITION_LOOK_ALIKES = [
    "racism against black people is disgusting",
    "violence against gay people should be punished",
    "hate towards muslims is the problem",
    "discrimination against women is evil",
    "attacks on jews are a disease of our society",
    "la haine contre les musulmans c'est dangereux",
    "le racisme envers les noirs c'est une honte",
    "la violence contre les femmes c'est le problème",
    "les agressions contre les homos sont dégueulasses",
]

# Blind phrasings still read wrongly, each for a reason no general rule fixes yet.
KNOWN_MISSES = [
    # "mongol" is read as the everyday insult teenagers throw at anyone (abuse), not as a slur
    ("ce mongol bave sur son bureau", "cat:hate action:block"),
]
KNOWN_WRONG_BLOCKS = [
    # "nique sa mère" is a severe insult whatever it is aimed at: a test, the wifi, a person
    "nique sa mère ce contrôle de maths",
]

# Look-alikes found while fixing the second batch (not part of the blind figures).
ROUND2_FOUND_LOOK_ALIKES = [
    "quand je vois des migrants se noyer ça me dégoûte",
    "j'aimerais que tous les migrants soient accueillis dignement",
    "quand tu dis que les juifs contrôlent tout, tu te trompes",
]

HATEFUL = HATEFUL_FR + HATEFUL_EN + ROUND2_HATEFUL
NOT_HATEFUL = NOT_HATEFUL_FR + NOT_HATEFUL_EN + ROUND2_NOT_HATEFUL


@pytest.mark.parametrize(("text", "functionality"), HATEFUL)
def test_blind_hateful(guard: Guard, text: str, functionality: str) -> None:
    assert_expectation(guard.check(text), _HATE, f"{text} [{functionality}]")


@pytest.mark.parametrize(("text", "functionality", "expect", "block_ok"), NOT_HATEFUL)
def test_blind_look_alike(
    guard: Guard, text: str, functionality: str, expect: str, block_ok: bool
) -> None:
    verdict = guard.check(text)
    assert_expectation(verdict, expect, f"{text} [{functionality}]")
    if not block_ok:
        assert verdict.action != "block", f"{text!r} blocked by {verdict.rule} ({verdict.reasons})"


@pytest.mark.parametrize("text", PREPOSITION_LOOK_ALIKES + ROUND2_FOUND_LOOK_ALIKES)
def test_found_look_alike_is_not_hate(guard: Guard, text: str) -> None:
    assert_expectation(guard.check(text), "not:hate", text)


@pytest.mark.parametrize(("text", "expect"), KNOWN_MISSES)
@pytest.mark.xfail(reason="a disability slur that is also an everyday insult", strict=True)
def test_blind_known_miss(guard: Guard, text: str, expect: str) -> None:
    assert_expectation(guard.check(text), expect, text)


@pytest.mark.parametrize("text", KNOWN_WRONG_BLOCKS)
@pytest.mark.xfail(reason="a severe insult formula aimed at a thing is still blocked", strict=True)
def test_blind_known_wrong_block(guard: Guard, text: str) -> None:
    assert guard.check(text).action != "block"


def test_blind_separates_hate_from_look_alikes(guard: Guard) -> None:
    """ROC-AUC of the hate score over both batches (0.760 and 0.677 before their fixes)."""
    hateful = [guard.check(t).scores["hate"] for t, _ in HATEFUL]
    hateful += [guard.check(t).scores["hate"] for t, _ in KNOWN_MISSES]
    others = [guard.check(t).scores["hate"] for t, *_ in NOT_HATEFUL]
    others += [guard.check(t).scores["hate"] for t in KNOWN_WRONG_BLOCKS]
    pairs = [1.0 if h > o else 0.5 if h == o else 0.0 for h in hateful for o in others]
    assert sum(pairs) / len(pairs) >= 0.92


def test_blind_probe_is_fresh() -> None:
    from . import test_golden_hatecheck as first
    from . import test_golden_hatecheck_en as third

    texts = [t for t, _ in HATEFUL + KNOWN_MISSES] + [t for t, *_ in NOT_HATEFUL]
    texts += KNOWN_WRONG_BLOCKS + PREPOSITION_LOOK_ALIKES + ROUND2_FOUND_LOOK_ALIKES
    assert len(texts) == len(set(texts))
    earlier = {t for t, _ in first.HATEFUL} | {t for t, *_ in first.NOT_HATEFUL}
    earlier |= {t for t, _ in third.HATEFUL_EN + third.HATEFUL_FR}
    earlier |= {t for t, *_ in third.NOT_HATEFUL_EN + third.NOT_HATEFUL_FR}
    earlier |= set(third.LATER_HATEFUL + third.LATER_NOT_HATEFUL)
    assert not earlier & set(texts)
