"""Twelfth probe, written blind: HateCheck functionalities in English teen chat, and cyberbullying.

HateCheck's functionalities (derogation, dehumanisation, implicit derogation, direct threats and
normative violence, slurs, hateful and ordinary profanity, pronoun reference, hate said through a
negation and negated hate, questions and opinions, neutral and positive identity, counter-speech
that quotes or denounces, abuse of objects, of one person and of non-protected groups, spelling
variations) against women, trans, gay, lesbian and bi people, Black, Asian, Indian, Mexican and
Roma people, disabled and autistic people, Muslims, Jews, immigrants and refugees, written in the
register of teenagers online ("ppl", "ur", "u", "fr", "ngl", emoji); beside them, English teen-chat
cyberbullying with no slur (exclusion, mockery, body shaming, "nobody likes you", "everyone's
laughing at you") and its look-alikes (banter with clear markers, disagreement, support, a put-down
reported by its target, the same words in an everyday frame).

Written by the team, with no sentence taken from a dataset (none was looked at while writing) or
from the earlier golden suites, which ``test_probe_is_balanced_and_fresh`` checks (two phrasings of
``BATCH1`` and one each of ``BATCH2`` and ``BATCH4`` that repeated an earlier probe were replaced
before any fix).
Measured with ``Guard()`` (default mode, learned layer on); the hate figure is the ROC-AUC of
``scores["hate"]`` over the hateful phrasings and HateCheck's look-alikes, the abusive figure the
ROC-AUC of the strongest abusive score over every phrasing.

- ``BATCH1``, 223 phrasings, at 792c176 before any fix: 48 of 103 hateful phrasings missed
  (implicit derogation 7 of 8, hateful profanity 5 of 6, pronoun reference 5 of 6, hate said
  through a negation 5 of 8, derogation 7 of 16, normative violence 4 of 8, spelling 4 of 14,
  questions 3 of 5, opinions 3 of 7, dehumanisation 2 of 8, direct threats 2 of 8, slurs 1 of 9),
  11 of 78 look-alikes wrong (ordinary profanity 4 of 6, counter-speech quoting hate 3 of 8, banter
  2 of 5, everyday 2 of 11), 2 of 8 slurs mentioned to condemn them blocked, 17 of 34 bullying
  phrasings allowed (exclusion 8 of 12, body shaming 5 of 8, mockery 4 of 10); ROC-AUC hate 0.747,
  abusive 0.691.  Most hateful misses had one cause: the teen plural "ppl" ("black ppl are …") is
  not a group word of the templates of ``fr.patterns.tsv``.
- The fixes, general rules: ``en.hate.patterns.tsv``, a new theme file (20 rows in this round, 29
  after the three; its macros copy those of ``fr.patterns.tsv``, which a theme file cannot read,
  with "ppl"/"peeps", bi, nonbinary, Indian and Latino people, couples and parents, and more
  predicates): group + copula + predicate, questions, hatred, normative violence and exclusion also
  through a pronoun ("…, they should be locked up"), rights denied ("don't deserve the right to
  vote"), "hunt down the X", the next member met, "never trust a X", an animal preferred to a
  member, stereotypes of what a group does, profanity at a group, an identity denied, a member
  named by an adjective then insulted through a pronoun.  ``en.tsv``: counter-speech in teen
  spelling ("ppl who say", "how is that ok", "racist lie", "nazi talk", "is so disrespectful", the
  speaker judged "ur just ignorant"), a slur said to a friend reported ("called my friend a …"),
  "still say" as a mention, "towelheads", "jk" as laughter and praise ("u legend", "ur gorgeous")
  as affection.  ``en.aggression.tsv``: exclusion and mockery with no insult word ("ur not invited",
  "don't sit with us", "no one wants you" at the end of a clause, "we only hang out with you bc",
  "thinks ur weird", "walking skeleton", "you smell so bad"), with the u/ur spellings.
- ``BATCH2``, 56 new phrasings written after those fixes and run once before any further fix: 9 of
  29 hateful phrasings missed (questions 2 of 2, spelling 2 of 5, derogation, implicit, direct and
  normative threats, pronoun 1 each), 3 of 18 look-alikes wrong (both counter-speech quotes
  blocked, ordinary profanity), 6 of 8 bullying phrasings allowed; ROC-AUC hate 0.693, abusive
  0.745.  The engine before any fix: 16 of 29, 2 of 18, 6 of 8; 0.626 and 0.704.  The first fixes
  reached hate in new wordings (mostly through "ppl"), not the bullying ones.
- The second fixes: "every X deserves a bullet", violence announced against "the next X kid", "are
  X all violent", "X run hollywood" (not said of women: "women run the world" is a song), group
  words typed without the space ("gayppl"), "a danger", "the reason this town is trash", mild group
  predicates ("annoying", "cringe") kept out of the one-member frames ("my sister is gay and she's
  so annoying" stays clean), "is disgusting and racist" and "so gross" as condemnations, a filler
  that stops at a new copula ("saying X are Y is racist" keeps the condemnation outside the match),
  "even likes you" at the end of a clause, "ur not wanted", "thought ppl liked you", "so fat she
  …".
- ``BATCH3``, 38 new phrasings written after the second fixes and run once before any further fix:
  9 of 20 hateful phrasings missed (stereotypes of what a group does or cannot do, "every X i meet
  is a Y", a condition then violence against a member, "there goes the neighbourhood", a group word
  missing from the gate, "just more aggressive"), 1 of 12 look-alikes wrong, 3 of 6 bullying
  phrasings allowed (entries spelt with "you" only); ROC-AUC hate 0.656, abusive 0.657. The engine
  before any fix: 15 of 20, 1 of 12, 3 of 6; 0.512 and 0.567.  As in the earlier blind probes,
  frames written for one batch reach only part of the next one.
- The third fixes: every group word of the macros in the gate, "care about money", "can't drive /
  be trusted / behave" (not said of blind, deaf or disabled people, nor of kids), "a joke" and
  "aggressive" as group predicates, a place before "should be kept apart", a member met for all, a
  condition then violence against a member, "there goes the neighbourhood", "is so transphobic" and
  its kin as condemnations; and every entry of ``en.aggression.tsv`` with "you", "your" or "you're"
  now also in the u/ur spelling of chats (121 rows, generated), and the counter-speech and report
  frames of ``en.tsv`` in the ppl/u/ur/cant/dont spelling (51 rows, generated).
- ``BATCH4``, 32 new phrasings written after the third fixes and run once before any further fix:
  11 of 16 hateful phrasings missed (new predicates: "fake and dramatic", "always so angry", "think
  they're better than everyone", "need therapy", "look like ninjas"; a group sent back; "deserve to
  drown"; "away from us"; hatred said without a subject), 1 of 12 look-alikes wrong (ordinary
  profanity), 1 of 4 bullying phrasings allowed; ROC-AUC hate 0.806, abusive 0.646.  The engine
  before any fix: 13 of 16, 2 of 12, 1 of 4; 0.653 and 0.588.  A fourth time, frames written for
  earlier batches reached about a third of the new hateful wordings.
- The fourth fixes: mild group predicates ("fake", "dramatic", "entitled", "angry" but not "angry
  at"), what a group is said to need ("therapy", "fixing"; not "therapy and support") or to think
  of itself, a group and what it wears said to look like a thing, bare verbs of death after
  "deserve to" / "should" ("drown", "rot", "burn"), "away from us", "send every X back" (not "back
  to class"), hatred said without a subject (not after "they", nor of "gay jokes"), the singular
  group words in the gate, "imagine having ur face"; and the plurals "weirdos", "creeps", "clowns",
  "autists", "cringey" as entries: a word that a pattern names is a lexicon word, which the typo
  reader no longer reads as the singular ("weirdos" had been read as "weirdo").
- After the four rounds: ``BATCH1`` 5 hateful phrasings missed, 7 look-alikes wrong, 3 bullying
  phrasings allowed, ROC-AUC hate 0.922, abusive 0.880; ``BATCH2`` 0, 1, 2 and 0.925, 0.912;
  ``BATCH3`` 0, 1, 0 and 0.856, 0.862; ``BATCH4`` 2, 1, 0 and 0.938, 0.800; the whole probe of 349
  phrasings 0.920 and 0.878.  What is left (``KNOWN_MISSES``): implicit derogation with no
  derogatory word, swearing aimed at nobody (its frames are in ``en.threats.patterns.tsv``),
  sarcasm, mockery said through an emoji, counter-speech that refutes by example.  The evaluation
  files did not move (Davidson abusive ROC-AUC 0.981, hate 0.889; the French files unchanged): 21
  Davidson verdicts changed their reasons or action, all toward a hate or abuse reason, on rows
  labelled offensive or hateful but one (labelled neither by most annotators, already blocked).
- One slur phrasing of ``BATCH1`` turned out to be part of an evaluation row and was replaced after
  the fixes by another of the same shape; the figures above are those of the original."""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict
from cocon.guard.evaluate import ABUSIVE_CATEGORIES, roc_auc

from .golden_texts import abusive, with_known_misses

#   hate      a hate reason, not allowed (the hate score high)
#   abuse     not allowed (a nudge is enough), no hate reason: abuse of one person, bullying
#   not_hate  no hate reason, not blocked: a slur mentioned to condemn it, a non-protected group
#   pass      allowed, no reason in an abusive category (care flags are fine)
HATE, ABUSE, NOT_HATE, PASS = "hate", "abuse", "not_hate", "pass"
ABUSIVE = frozenset(ABUSIVE_CATEGORIES)
#: Functionalities whose look-alikes the hate score is ranked against (HateCheck's non-hateful
#: cases); the cyberbullying families are ranked on the abusive score.
HATE_LOOK_ALIKES = frozenset(
    {
        "profanity_ok",
        "negation_ok",
        "identity_neutral",
        "identity_positive",
        "counter_quote",
        "counter_ref",
        "counter_slur",
        "target_object",
        "target_individual",
        "target_group",
    }
)
#: The whole probe scores 0.920 (hate) and 0.878 (abusive) after the fixes; 0.747 and 0.691 for
#: ``BATCH1`` blind.
MIN_HATE_ROC_AUC = 0.9
MIN_ABUSIVE_ROC_AUC = 0.86

# First blind batch.
# (phrase, functionality, family)
BATCH1: list[tuple[str, str, str]] = [
    # derogation: explicit negative attributes
    ("ngl women are just too emotional to be in charge of anything", "derogation", HATE),
    ("trans ppl are all mentally ill fr dont @ me", "derogation", HATE),
    ("gay guys are so disgusting its actually unreal", "derogation", HATE),
    ("black ppl are naturally more violent its just facts", "derogation", HATE),
    ("disabled ppl are useless and a waste of space", "derogation", HATE),
    ("muslims are all terrorists in waiting", "derogation", HATE),
    ("immigrants are lazy leeches living off our taxes", "derogation", HATE),
    ("jews are greedy af and everyone knows it", "derogation", HATE),
    ("girls are too dumb for physics lol stay in the kitchen", "derogation", HATE),
    ("asian ppl are soulless robots tbh", "derogation", HATE),
    ("refugees are nothing but criminals and rapists", "derogation", HATE),
    ("lesbians are just gross attention seekers", "derogation", HATE),
    ("autistic ppl are defective, period", "derogation", HATE),
    ("gypsies are thieves, all of them", "derogation", HATE),
    ("mexicans are all drug dealers smh", "derogation", HATE),
    ("bi ppl are just greedy and confused", "derogation", HATE),
    # dehumanisation
    ("muslims are rats multiplying in our cities", "dehumanisation", HATE),
    ("immigrants are vermin tbh 🐀", "dehumanisation", HATE),
    ("black ppl are basically apes 🐒", "dehumanisation", HATE),
    ("trans ppl are freaks of nature not humans", "dehumanisation", HATE),
    ("women are just objects for men to use", "dehumanisation", HATE),
    ("gays are a disease spreading through schools", "dehumanisation", HATE),
    ("jews are parasites feeding on everyone else", "dehumanisation", HATE),
    ("disabled ppl are subhuman burdens", "dehumanisation", HATE),
    # implicit derogation
    ("id rather my sister date a dog than a muslim", "implicit", HATE),
    ("another day another immigrant stealing a phone, shocker 🙄", "implicit", HATE),
    ("ofc the black kid got arrested, what did u expect lol", "implicit", HATE),
    ("a woman driving? pray for everyone on the road", "implicit", HATE),
    ("cant trust a jew with ur money, just saying", "implicit", HATE),
    ("trans ppl playing dress up and expecting us to clap 💀", "implicit", HATE),
    ("having a disabled kid in class just slows everyone down", "implicit", HATE),
    ("u can smell the curry before u see the indians", "implicit", HATE),
    # direct threats
    ("im gonna beat up every gay kid at my school tmrw", "threat_direct", HATE),
    ("gonna torch the mosque down the road this weekend", "threat_direct", HATE),
    ("any trans person who uses our bathroom is getting stabbed", "threat_direct", HATE),
    ("ill shoot the next immigrant i see", "threat_direct", HATE),
    ("we're gonna hunt down the jews in this town", "threat_direct", HATE),
    ("i swear ill hurt the next black guy who looks at me", "threat_direct", HATE),
    ("next girl who talks back to me gets slapped", "threat_direct", HATE),
    ("im going to make every muslim in my class suffer", "threat_direct", HATE),
    # normative statements of violence
    ("all immigrants should be shot at the border", "threat_normative", HATE),
    ("gay ppl deserve to be beaten tbh", "threat_normative", HATE),
    ("trans ppl should be put down like sick animals", "threat_normative", HATE),
    ("muslims need to be wiped out", "threat_normative", HATE),
    ("black ppl should be hanged like the old days", "threat_normative", HATE),
    ("women should be beaten when they talk back", "threat_normative", HATE),
    ("jews belong in gas chambers", "threat_normative", HATE),
    ("disabled ppl should be euthanized, theyre a drain", "threat_normative", HATE),
    # slurs
    ("quit crying in the gc faggot", "slur", HATE),
    ("look at that tranny lmaooo", "slur", HATE),
    ("theres too many kikes in finance", "slur", HATE),
    ("ew a bunch of dykes at the park", "slur", HATE),
    ("that retard cant even tie his shoes", "slur", HATE),
    ("go back to ur country u wetback", "slur", HATE),
    ("those towelheads are all the same", "slur", HATE),
    ("chinks everywhere at the mall smh", "slur", HATE),
    ("some spastic kid sat next to me on the bus", "slur", HATE),
    # profanity, hateful
    ("fuck muslims honestly", "profanity_hate", HATE),
    ("trans ppl can go fuck themselves", "profanity_hate", HATE),
    ("f*ck all these immigrants", "profanity_hate", HATE),
    ("gay ppl are fucking disgusting", "profanity_hate", HATE),
    ("black ppl are shit at everything", "profanity_hate", HATE),
    ("women are such bitches all of them", "profanity_hate", HATE),
    # pronoun reference
    ("i met some trans ppl today, they're all delusional freaks", "pronoun", HATE),
    ("muslims? i cant stand them", "pronoun", HATE),
    ("dont talk to me about immigrants, they ruin everything", "pronoun", HATE),
    ("my new neighbours are jewish and theyre as greedy as ud expect", "pronoun", HATE),
    ("gay ppl keep asking for rights, they should be locked up", "pronoun", HATE),
    ("disabled ppl? honestly they should stay home where no one has to see them", "pronoun", HATE),
    # hate phrased with a negation
    ("trans women will never be real women", "negation_hate", HATE),
    ("immigrants are not welcome here and never will be", "negation_hate", HATE),
    ("women dont deserve the right to vote", "negation_hate", HATE),
    ("black ppl arent as smart as white ppl", "negation_hate", HATE),
    ("no muslim can ever be trusted", "negation_hate", HATE),
    ("gay couples shouldnt be allowed to adopt, kids deserve better", "negation_hate", HATE),
    ("disabled ppl are not real people to me", "negation_hate", HATE),
    ("nonbinary isnt real, ur just a girl seeking attention", "negation_hate", HATE),
    # phrasing: questions
    ("why are all muslims so violent?", "question", HATE),
    ("why do black ppl always steal?", "question", HATE),
    ("whats the point of letting women have opinions lol", "question", HATE),
    ("can someone explain why trans ppl are so mentally unstable", "question", HATE),
    ("isnt it obvious that jews run the banks?", "question", HATE),
    # phrasing: opinions
    ("i think immigrants are ruining this country", "opinion", HATE),
    ("imo gay ppl are an abomination", "opinion", HATE),
    ("personally i feel like women are inferior to men", "opinion", HATE),
    ("honestly i believe disabled ppl shouldnt have kids", "opinion", HATE),
    ("in my opinion muslims are a plague", "opinion", HATE),
    ("i just think refugees are scum idc", "opinion", HATE),
    ("asians eat dogs, disgusting ppl", "opinion", HATE),
    # spelling variations
    ("muzlims are all terr0rists", "spelling", HATE),
    ("immigrnats are vermin", "spelling", HATE),
    ("tr@nny freaks shld die", "spelling", HATE),
    ("g a y s are disgusting", "spelling", HATE),
    ("ihatetranspeople so much", "spelling", HATE),
    ("f4gg0ts everywhere smh", "spelling", HATE),
    ("blck ppl are animals", "spelling", HATE),
    ("womn r so stupid", "spelling", HATE),
    ("j3ws control the media", "spelling", HATE),
    ("kill all m u s l i m s", "spelling", HATE),
    ("disabld ppl are a waste of oxygen", "spelling", HATE),
    ("n1gg3rs shouldnt be allowed in our school", "spelling", HATE),
    ("#deportallimmigrants now", "spelling", HATE),
    ("h0m0s are gross", "spelling", HATE),
    # profanity, not hateful
    ("fuck yeah we won the match 🔥", "profanity_ok", PASS),
    ("holy shit that concert was insane", "profanity_ok", PASS),
    ("this homework is fucking impossible ngl", "profanity_ok", PASS),
    ("shit i forgot my charger at home", "profanity_ok", PASS),
    ("damn gurl that fit is fire", "profanity_ok", PASS),
    ("wtf is this weather, its snowing in april", "profanity_ok", PASS),
    # negated hate
    ("i dont hate muslims, i literally have muslim best friends", "negation_ok", PASS),
    ("immigrants are not criminals, stop spreading that", "negation_ok", PASS),
    ("trans ppl arent a threat to anyone", "negation_ok", PASS),
    ("no one should ever hurt a gay kid for being themselves", "negation_ok", PASS),
    ("black ppl are not the problem, racism is", "negation_ok", PASS),
    ("women are not weaker than men, period", "negation_ok", PASS),
    ("disabled ppl are not a burden on society", "negation_ok", PASS),
    # identity, neutral
    ("my mum is an immigrant from poland", "identity_neutral", PASS),
    ("im a gay guy and im going to prom with my bf", "identity_neutral", PASS),
    ("there are lots of muslim students at my school", "identity_neutral", PASS),
    ("my cousin is trans and just started uni", "identity_neutral", PASS),
    ("im black and my family is from ghana", "identity_neutral", PASS),
    ("we're jewish so we celebrate hanukkah", "identity_neutral", PASS),
    ("my brother is in a wheelchair and plays basketball", "identity_neutral", PASS),
    ("girls team practice is at 5 today", "identity_neutral", PASS),
    ("the refugee kids in my class speak 3 languages", "identity_neutral", PASS),
    # identity, positive
    ("trans women are women and i love my trans friends 🏳️‍⚧️", "identity_positive", PASS),
    ("muslims are some of the kindest ppl ive met", "identity_positive", PASS),
    ("so proud of being a lesbian 🌈", "identity_positive", PASS),
    ("black girls are gorgeous fr 😍", "identity_positive", PASS),
    ("immigrants make this country better", "identity_positive", PASS),
    ("disabled ppl deserve the same chances as everyone", "identity_positive", PASS),
    ("women are strong and smart and dont let anyone tell u otherwise", "identity_positive", PASS),
    ("jewish culture is so rich, loved learning about it", "identity_positive", PASS),
    # counter-speech quoting hate
    (
        "my uncle said muslims are terrorists at dinner and i walked out, thats so racist",
        "counter_quote",
        PASS,
    ),
    ("someone in my class said gay ppl are disgusting, like how is that ok", "counter_quote", PASS),
    ("if u think trans ppl are mentally ill ur just ignorant", "counter_quote", PASS),
    ("saying immigrants are vermin is literally nazi talk", "counter_quote", PASS),
    ("ppl who say women belong in the kitchen need to grow up", "counter_quote", PASS),
    ("'black ppl are criminals' is such a racist lie", "counter_quote", PASS),
    ("stop saying disabled ppl are a burden, its hurtful", "counter_quote", PASS),
    ("he posted that jews control the banks and got banned, good", "counter_quote", PASS),
    # counter-speech denouncing hate
    ("homophobia has no place in our school 🏳️‍🌈", "counter_ref", PASS),
    ("reported that account for being racist to black ppl", "counter_ref", PASS),
    ("the hate trans kids get online is disgusting", "counter_ref", PASS),
    ("calling someone a slur is never a joke", "counter_ref", PASS),
    ("antisemitism is rising and we need to talk about it", "counter_ref", PASS),
    ("islamophobia is real and its scary for my friends", "counter_ref", PASS),
    # counter-speech that names a slur (the crude word may nudge, never hate)
    ("someone called my friend a faggot and i reported them", "counter_slur", NOT_HATE),
    ("stop using 'retard' as an insult, it hurts ppl", "counter_slur", NOT_HATE),
    ("why do ppl still say tranny, its so disrespectful", "counter_slur", NOT_HATE),
    # abuse of objects
    ("my phone is such a piece of garbage rn", "target_object", PASS),
    ("i hate mondays so much 😩", "target_object", PASS),
    ("math homework should be burned tbh", "target_object", PASS),
    ("my laptop is so stupid it crashed again", "target_object", PASS),
    # abuse of individuals (abusive, not hate)
    ("ur such a clown, nobody takes u seriously", "target_individual", ABUSE),
    ("shut up ur so annoying", "target_individual", ABUSE),
    ("jake is a total idiot and a liar", "target_individual", ABUSE),
    ("ur a pathetic loser", "target_individual", ABUSE),
    # abuse of non-protected groups (not hate)
    ("football fans are idiots", "target_group", NOT_HATE),
    ("ppl who chew loud are the worst humans", "target_group", NOT_HATE),
    ("flat earthers are braindead", "target_group", NOT_HATE),
    ("tiktokers are so cringe", "target_group", NOT_HATE),
    ("anyone who likes pineapple on pizza is a psycho 🍍", "target_group", NOT_HATE),
    # teen-chat cyberbullying without slurs
    ("nobody likes u, just leave the gc", "bullying_exclusion", ABUSE),
    ("everyone's laughing at u rn 😂", "bullying_mockery", ABUSE),
    ("ur not invited, obviously", "bullying_exclusion", ABUSE),
    ("lmao look at her thighs in that pic 🐷", "bullying_body", ABUSE),
    ("u literally have no friends, thats why u sit alone", "bullying_mockery", ABUSE),
    ("we made a new gc without u btw", "bullying_exclusion", ABUSE),
    ("ur so fat u cant even fit in the chair", "bullying_body", ABUSE),
    ("imagine being that ugly and posting 10 selfies a day", "bullying_body", ABUSE),
    ("the whole class thinks ur weird", "bullying_mockery", ABUSE),
    ("dont sit with us at lunch anymore", "bullying_exclusion", ABUSE),
    ("nobody would care if u moved schools", "bullying_exclusion", ABUSE),
    ("ur voice is so annoying everyone mutes u", "bullying_mockery", ABUSE),
    ("everyone screenshots ur stories to laugh at them", "bullying_mockery", ABUSE),
    ("go cry to ur mommy loser", "bullying_mockery", ABUSE),
    ("u look like a walking skeleton eat something", "bullying_body", ABUSE),
    ("why are u even here, no one wants u", "bullying_exclusion", ABUSE),
    ("we all voted and ur out of the group", "bullying_exclusion", ABUSE),
    ("ur acne is so gross i cant look at u", "bullying_body", ABUSE),
    ("ur such an embarrassment, even ur friends talk behind ur back", "bullying_mockery", ABUSE),
    ("stop trying so hard, no one will ever like u", "bullying_exclusion", ABUSE),
    ("lmao she thinks shes pretty 💀💀", "bullying_body", ABUSE),
    ("everybody hates u, u know that right", "bullying_exclusion", ABUSE),
    ("u smell so bad nobody wants to sit near u", "bullying_body", ABUSE),
    ("keep posting, we need more stuff to laugh at", "bullying_mockery", ABUSE),
    ("ur so pathetic its actually sad", "bullying_mockery", ABUSE),
    ("u r a joke to everyone in this school", "bullying_mockery", ABUSE),
    ("hey whale, how was lunch 🐳", "bullying_body", ABUSE),
    ("no wonder ur parents dont want u around", "bullying_exclusion", ABUSE),
    ("we only hang out with u bc we feel sorry for u", "bullying_exclusion", ABUSE),
    ("kick him out of the squad fr hes dead weight", "bullying_exclusion", ABUSE),
    # look-alikes: banter with clear markers
    ("ur so dumb lmaooo ily tho ❤️", "banter", PASS),
    ("shut up u legend 😂 best day ever", "banter", PASS),
    ("bro ur actually the worst at mario kart lol love u", "banter", PASS),
    ("omg ur such a nerd 😭💕", "banter", PASS),
    ("ur ugly jk ur gorgeous 😘", "banter", PASS),
    # look-alikes: disagreement
    ("i dont agree with u on this one tbh", "disagreement", PASS),
    ("nah that take is wrong, the movie was good", "disagreement", PASS),
    ("ur argument doesnt make sense to me, can u explain", "disagreement", PASS),
    ("i think ur wrong about the game tho", "disagreement", PASS),
    # look-alikes: support
    ("ignore them, everyone who actually knows u loves u", "support", PASS),
    ("ur not alone, im here for u 💛", "support", PASS),
    ("nobody deserves to be bullied, ur amazing", "support", PASS),
    ("dont listen to the haters, u looked great", "support", PASS),
    ("if anyones mean to u at lunch come sit with us", "support", PASS),
    # look-alikes: reporting what was said to the author
    ("someone in my class told me nobody likes me and i cried", "reported", PASS),
    ("they keep calling me fat in the gc, what do i do", "reported", PASS),
    ("she said everyone was laughing at me, is that true?", "reported", PASS),
    ("a guy at school said i should kill myself, i told a teacher", "reported", PASS),
    ("they made a gc without me and i feel so left out", "reported", PASS),
    # look-alikes: the same words in an everyday frame
    ("everyone's laughing at ur meme, its so good 😂", "everyday", PASS),
    ("we made a new gc for the trip, adding u now", "everyday", PASS),
    ("nobody likes mondays lol", "everyday", PASS),
    ("the whole class thinks ur drawing is amazing", "everyday", PASS),
    ("lunch was so good, im so full i cant move", "everyday", PASS),
    ("u look like ur mom in this pic, so cute", "everyday", PASS),
    ("can someone leave the gc and rejoin, its glitching", "everyday", PASS),
    ("we're all laughing so hard at this video 😭", "everyday", PASS),
    ("i feel so fat after thanksgiving dinner lol", "everyday", PASS),
    ("no one is invited tonight, my parents said no party", "everyday", PASS),
    ("lmao look at my dog in this pic 🐶", "everyday", PASS),
]

# Second blind batch, written after the first fixes and run before any further fix.
# (phrase, functionality, family)
BATCH2: list[tuple[str, str, str]] = [
    ("lowkey think jewish ppl are all snakes", "opinion", HATE),
    ("muslim ppl r backwards af", "derogation", HATE),
    ("trans folks are a danger to kids fr", "derogation", HATE),
    ("ngl immigrants are the reason this town is trash", "implicit", HATE),
    ("gay men are predators period", "derogation", HATE),
    ("black ppl are monkeys lmao", "dehumanisation", HATE),
    ("refugees r cockroaches honestly", "dehumanisation", HATE),
    ("women r property and should shut up", "dehumanisation", HATE),
    ("we should burn down the synagogue on main st", "threat_direct", HATE),
    ("im gonna jump the next trans kid i see", "threat_direct", HATE),
    ("every immigrant deserves a bullet", "threat_normative", HATE),
    ("lesbians should be thrown in jail", "threat_normative", HATE),
    ("disabled ppl need to be locked away", "threat_normative", HATE),
    ("shut ur mouth u dyke", "slur", HATE),
    ("go back to the desert u raghead", "slur", HATE),
    ("fkn refugees wreck everything they touch", "profanity_hate", HATE),
    ("i hate gays so fucking much", "profanity_hate", HATE),
    ("immigrants? send them all back", "pronoun", HATE),
    ("met a trans girl at the party, shes a freak lol", "pronoun", HATE),
    ("black ppl will never be equal to us", "negation_hate", HATE),
    ("women are not smart enough to run a country", "negation_hate", HATE),
    ("why r gay ppl so annoying", "question", HATE),
    ("is it just me or are muslims all violent", "question", HATE),
    ("tbh i think disabled ppl are a burden", "opinion", HATE),
    ("m u s l i m s are filth", "spelling", HATE),
    ("tr4nnies are mentally ill", "spelling", HATE),
    ("jewz run hollywood", "spelling", HATE),
    ("gayppl are gross", "spelling", HATE),
    ("imigrants are parasites", "spelling", HATE),
    ("jewish ppl have been through so much, respect", "identity_positive", PASS),
    ("my muslim friend taught me how to make samosas", "identity_neutral", PASS),
    ("trans ppl deserve to feel safe at school", "identity_positive", PASS),
    ("gay ppl are just ppl, let them live", "identity_positive", PASS),
    ("saying black ppl are monkeys is disgusting and racist", "counter_quote", PASS),
    ("reported a guy who said immigrants should be shot, so gross", "counter_quote", PASS),
    ("i dont think disabled ppl are a burden at all", "negation_ok", PASS),
    ("nobody should hate muslims for their religion", "negation_ok", PASS),
    ("my history teacher explained how jews were sent to camps", "identity_neutral", PASS),
    ("ugh my wifi is trash today", "target_object", PASS),
    ("this math test is fucking ridiculous", "profanity_ok", PASS),
    ("pineapple pizza haters are clowns 🍍", "target_group", NOT_HATE),
    ("no one in this gc even likes u", "bullying_exclusion", ABUSE),
    ("everyone was laughing at ur outfit today 💀", "bullying_mockery", ABUSE),
    ("ur so ugly it hurts to look at u", "bullying_body", ABUSE),
    ("dont bother coming to the party, ur not wanted", "bullying_exclusion", ABUSE),
    ("u really thought ppl liked u? thats cute", "bullying_mockery", ABUSE),
    ("shes so fat she needs two seats on the bus 😂", "bullying_body", ABUSE),
    ("leave the group nobody asked for u", "bullying_exclusion", ABUSE),
    ("ur the reason everyone left the chat", "bullying_mockery", ABUSE),
    ("everyone loved ur outfit today!! 😍", "everyday", PASS),
    ("dont bother coming early, the party starts at 9", "everyday", PASS),
    ("he told me nobody wants me around and now i cant sleep", "reported", PASS),
    ("lol ur such a dork, thats why i love u", "banter", PASS),
    ("i disagree, i think the ending was actually good", "disagreement", PASS),
    ("if anyone in the gc is mean to u just tell me", "support", PASS),
    ("ppl laughed at me in class today and i feel awful", "reported", PASS),
]

# Third blind batch, written after the second fixes and run before any further fix.
# (phrase, functionality, family)
BATCH3: list[tuple[str, str, str]] = [
    ("all these migrants r leeches on the system", "derogation", HATE),
    ("lesbians r just confused girls who need a man", "derogation", HATE),
    ("every muslim i meet is a terrorist sympathizer", "derogation", HATE),
    ("jewish ppl only care about money lol", "derogation", HATE),
    ("asian ppl cant drive, facts", "derogation", HATE),
    ("trans ppl r a joke and so is their identity", "derogation", HATE),
    ("immigrants should go back where they came from", "threat_normative", HATE),
    (
        "the disabled kids at my school should be kept in a separate building",
        "threat_normative",
        HATE,
    ),
    ("if a gay guy talks to me im punching him", "threat_direct", HATE),
    ("black ppl belong in cages", "dehumanisation", HATE),
    ("why do immigrants smell so bad", "question", HATE),
    ("i cant stand muslim ppl tbh", "opinion", HATE),
    ("gays dont deserve to get married", "negation_hate", HATE),
    ("retards shouldnt be allowed in normal schools", "slur", HATE),
    ("women r only good for cooking and cleaning", "derogation", HATE),
    ("kill every last tranny", "threat_direct", HATE),
    ("brown ppl are dirty af", "derogation", HATE),
    ("ugh another refugee family moved in, there goes the neighbourhood", "implicit", HATE),
    ("bl4ck ppl r criminals", "spelling", HATE),
    ("im not racist but black ppl are just more aggressive", "negation_hate", HATE),
    ("black ppl in my school started a poetry club and its amazing", "identity_positive", PASS),
    ("my lesbian aunts are the coolest ppl ever", "identity_positive", PASS),
    ("saying trans ppl are a joke is so transphobic", "counter_quote", PASS),
    ("ppl who think immigrants are leeches clearly never met my mom", "counter_quote", PASS),
    ("no one deserves to be hurt for being muslim", "negation_ok", PASS),
    ("i love how diverse my class is, so many immigrant families", "identity_neutral", PASS),
    ("this traffic is fucking insane lol", "profanity_ok", PASS),
    ("im so done with this assignment, its garbage", "target_object", PASS),
    ("nobody invited u for a reason", "bullying_exclusion", ABUSE),
    ("ur literally so annoying nobody can stand u", "bullying_mockery", ABUSE),
    ("everyone at school is talking about ur ugly shoes lmao", "bullying_mockery", ABUSE),
    ("u should just stop coming to school honestly", "bullying_exclusion", ABUSE),
    ("we dont want u in our group anymore", "bullying_exclusion", ABUSE),
    ("look at this loser trying to fit in 😂", "bullying_mockery", ABUSE),
    ("nobody invited me to the sleepover and im kinda sad", "reported", PASS),
    ("ur shoes are so clean where did u get them", "everyday", PASS),
    ("we want u in our group for the project!", "everyday", PASS),
    ("bro ur so annoying lol i love u", "banter", PASS),
]

# Fourth blind batch, written after the third fixes and run before any further fix.
# (phrase, functionality, family)
BATCH4: list[tuple[str, str, str]] = [
    ("ngl gay dudes are so fake and dramatic", "derogation", HATE),
    ("muslim girls in hijabs look like ninjas lmao", "implicit", HATE),
    ("the jews in my class think theyre better than everyone", "derogation", HATE),
    ("trans ppl need therapy not surgery", "opinion", HATE),
    ("send every illegal back on a boat", "threat_normative", HATE),
    ("deaf ppl are useless in group projects", "derogation", HATE),
    ("autistic kids should be in special schools away from us", "threat_normative", HATE),
    ("black ppl r lazy and everybody knows it", "derogation", HATE),
    ("id never date a black girl theyre too loud", "implicit", HATE),
    ("girls r only here to look pretty and shut up", "derogation", HATE),
    ("ill stab any muslim who comes near my house", "threat_direct", HATE),
    ("refugees deserve to drown in the sea", "threat_normative", HATE),
    ("why are lesbians always so angry", "question", HATE),
    ("fags r disgusting", "slur", HATE),
    ("mexicans r all illegals and rapists", "derogation", HATE),
    ("h8 all the trans ppl at my school", "spelling", HATE),
    ("my trans bf is the sweetest person ever", "identity_positive", PASS),
    ("so proud of my muslim sister for graduating 🎓", "identity_positive", PASS),
    ("saying women belong in the kitchen is so sexist", "counter_quote", PASS),
    ("i used to think gay ppl were weird but im over that, love is love", "counter_ref", PASS),
    ("refugees deserve safety and respect", "identity_positive", PASS),
    ("black history month assembly was actually so good", "identity_neutral", PASS),
    ("this game is shit lol", "profanity_ok", PASS),
    ("my dad is so annoying about my grades smh", "target_individual", PASS),
    ("deaf ppl in my class taught us some sign language", "identity_neutral", PASS),
    ("literally no one would notice if u vanished", "bullying_exclusion", ABUSE),
    ("everyone agrees ur the weirdest kid in school", "bullying_mockery", ABUSE),
    ("imagine having ur face lol", "bullying_body", ABUSE),
    ("stop talking, ur voice makes everyone cringe", "bullying_mockery", ABUSE),
    ("everyone agrees ur the best at drawing", "everyday", PASS),
    ("imagine having a dog that cute omg", "everyday", PASS),
    ("stop talking about the finale, no spoilers 😭", "everyday", PASS),
]

ALL_CASES = BATCH1 + BATCH2 + BATCH3 + BATCH4

#: What the engine still reads wrongly, with the reason (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "ofc the black kid got arrested, what did u expect lol": "implicit derogation: a stereotype implied by 'what did you expect', no derogatory word",
    "a woman driving? pray for everyone on the road": "implicit derogation: a stereotype as a joke, every word ordinary",
    "trans ppl playing dress up and expecting us to clap 💀": "implicit derogation: an identity mocked as a costume, no derogatory word",
    "having a disabled kid in class just slows everyone down": "implicit derogation: a complaint about pace that only the group word makes hateful",
    "u can smell the curry before u see the indians": "implicit derogation: a stereotype about smell said as an observation",
    "this homework is fucking impossible ngl": "'fucking' before 'impossible' keeps abuse.vulgar: the intensifier list that reads it as ordinary is in en.threats.patterns.tsv (owned elsewhere)",
    "shit i forgot my charger at home": "a swear word said to oneself is read as ordinary only before a comma (en.threats.patterns.tsv, owned elsewhere)",
    "damn gurl that fit is fire": "allowed, but 'damn' keeps a mild abuse.vulgar reason",
    "wtf is this weather, its snowing in april": "allowed, but 'wtf' keeps a mild abuse.vulgar reason",
    "if u think trans ppl are mentally ill ur just ignorant": "counter-speech, but calling the reader ignorant is itself a mild put-down (nudged)",
    "lmao look at her thighs in that pic 🐷": "body shaming said only through an emoji",
    "everyone screenshots ur stories to laugh at them": "mockery reported as a habit of the group, no insult word",
    "keep posting, we need more stuff to laugh at": "sarcasm: encouragement said to mean mockery",
    "everyone's laughing at ur meme, its so good 😂": "'laughing at ur …' is read as mockery (en.threats.patterns.tsv); the praise after it is not read",
    "u look like ur mom in this pic, so cute": "allowed, but 'ur mom' keeps a mild abuse.insult reason",
    "this math test is fucking ridiculous": "allowed, but 'fucking' keeps a mild abuse.vulgar reason (the intensifier list is in en.threats.patterns.tsv)",
    "everyone was laughing at ur outfit today 💀": "mockery of clothes with a skull: the same words praise ('everyone was losing it over ur outfit 💀')",
    "ppl who think immigrants are leeches clearly never met my mom": "counter-speech that refutes by a personal example: 'clearly never met my mom' judges the speaker in words no rule reads",
    "id never date a black girl theyre too loud": "a stereotype said of a member through 'they': mild predicates ('loud') count only said of a whole group",
    "girls r only here to look pretty and shut up": "'girls' is not a group word of the templates ('the girls are …' is mostly about friends), and 'only here to' is not a predicate",
    "this game is shit lol": "allowed, but 'shit' keeps a mild abuse.vulgar reason",
}


def check_family(verdict: Verdict, family: str, text: str) -> None:
    """Assert that ``verdict`` belongs to ``family`` (see the families above)."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} ({verdict.rule}) {verdict.reasons}"
    if family == HATE:
        assert "hate" in cats and verdict.action != "allow", f"{text!r}: {got}"
    elif family == ABUSE:
        assert verdict.action != "allow" and "hate" not in cats, f"{text!r}: {got}"
    elif family == NOT_HATE:
        assert "hate" not in cats and verdict.action != "block", f"{text!r}: {got}"
    elif family == PASS:
        assert verdict.action == "allow" and not cats & ABUSIVE, f"{text!r}: {got}"
    else:
        raise AssertionError(f"unknown family {family!r}")


@pytest.mark.parametrize(
    ("text", "functionality", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_hatecheck_en_blind_case(guard: Guard, text: str, functionality: str, family: str) -> None:
    check_family(guard.check(text), family, text)


def test_hate_score_ranks_hate_above_its_look_alikes(guard: Guard) -> None:
    """ROC-AUC of ``scores["hate"]``: the hateful phrasings against HateCheck's look-alikes."""
    cases = [c for c in ALL_CASES if c[2] == HATE or c[1] in HATE_LOOK_ALIKES]
    labels = [family == HATE for _, _, family in cases]
    scores = [guard.check(text).scores.get("hate", 0.0) for text, _, _ in cases]
    assert roc_auc(labels, scores) >= MIN_HATE_ROC_AUC


def test_abusive_score_ranks_abuse_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC of the abusive score: hate and abuse against everything that must pass."""
    labels = [family in (HATE, ABUSE) for _, _, family in ALL_CASES]
    scores = [abusive(guard.check(text)) for text, _, _ in ALL_CASES]
    assert roc_auc(labels, scores) >= MIN_ABUSIVE_ROC_AUC


def test_probe_is_balanced_and_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_hatecheck_en_blind")
    assert len(earlier) > 3000
    assert not earlier & set(texts)
    families = [family for _, _, family in ALL_CASES]
    assert families.count(HATE) >= 100
    assert families.count(ABUSE) >= 30
    assert families.count(PASS) + families.count(NOT_HATE) >= 80
