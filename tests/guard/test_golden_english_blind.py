"""A probe written blind: English comment toxicity and teen cyberbullying, not hate templates.

Written by the team (no sentence copied from any dataset or from the earlier golden suites, which
``test_probe_is_fresh`` checks) and run only once written: Wikipedia-talk style insults,
obscenity aimed at someone, identity attacks, threats and "severe toxic" comments; gaming trash
talk; Instagram and TikTok bullying (body shaming, exclusion, rumours); sarcastic and indirect
put-downs. Beside them, the look-alikes that must be allowed: swearing aimed at nobody, banter
between friends, a put-down reported or quoted by its target, talk about bullying, lyrics and
film lines, sport and games, anatomy and medicine, self-deprecation ("dumb question but …"),
negated insults, abuse of things, slang compliments and words that hide a rude one.

Measured with ``Guard()`` (default mode, learned layer on); the abusive score is the strongest of
abuse, hate, threat, sexual and incitement, as in ``evaluate``.

- ``BATCH1``, 158 phrasings, at 3f96d60 before its fixes: 44 of 80 positives allowed (body shaming 9
  of 9, sarcasm 13 of 14, gaming 5 of 10, exclusion 4 of 7, rumours 3 of 4, talk-page insults 3 of 8,
  identity attacks 3 of 6, threats 3 of 6, obscenity 1 of 10) and 11 of 78 look-alikes not allowed
  (swearing as an intensifier 4 of 12, a negated insult 2 of 3, a slur talked about, bullying talked
  about, self-deprecation, banter, a garden hoe); ROC-AUC of the abusive score 0.658.  After the
  fixes (``en.aggression.tsv``: talk-page and gaming insults, body-shaming nicknames, exclusion,
  old put-downs; ``en.tsv``: bullying named as such and insults denied as counter-speech, joy said
  with a swear word, xenophobic and sexist phrases; ``en.threats.tsv``: violence to the reader's
  body; ``en.threats.patterns.tsv``: swearing as an intensifier read as ordinary, "who asked",
  "imagine being this ugly", superlatives, parents ashamed, group chats without you, "no wonder
  no one likes you", body parts mocked, sexual rumours, "worthless, just like you", death wishes
  by accident): 5 positives and 3 look-alikes still wrong (``KNOWN_MISSES``), ROC-AUC 0.865: the
  learned layer alone scores the swearing look-alikes at 0.92-0.99, which no lexicon lowers.
- ``BATCH2``, 64 new phrasings written after those fixes and run once before any further fix: 25
  of 32 positives allowed (insults 7 of 8, body shaming 4 of 4, sarcasm 4 of 5, exclusion 3 of 4,
  threats 2 of 3, identity 2 of 2) and 3 of 32 look-alikes not allowed; ROC-AUC 0.587.  The
  engine before the first fixes did no better on them (25 and 3, 0.601): the first fixes were
  frames of their own phrasings and did not reach new wordings.  After the second fixes
  (general frames rather than phrases: any insult noun after "you" with up to three insulting
  adjectives, "you dress / type / look like a …", "you look like you smell", superlatives with
  "alive" or "ever", "we're all laughing at you", "pls leave the gc", "don't invite her, she's
  …", "your voice is so annoying", "nobody cares about your opinion", "the world would be a
  better place if you weren't in it", a challenge to fight, a swear word said to oneself before
  what went wrong): 3 positives and 1 look-alike still wrong, ROC-AUC 0.854; the whole probe
  0.860.  Checked on the English evaluation files (Davidson, suicide_detection, C-SSRS: verdicts
  before and after): an insult denied is read only after "you're not a" ("i'm not a …" stays
  the crude word annotators count as abusive), "inbred" only in a phrase (a typo of "in bed"
  read as it), and someone's feelings said back to them ("why do you feel like you're a
  disappointment") are support, not a put-down.
- ``BATCH3``, 42 new phrasings written after the second fixes, run once before any further fix:
  12 of 21 positives allowed (insults 4 of 5, exclusion 2 of 3, sarcasm 2 of 2, a conditional
  threat, a sexist comparison, a body joke) and 3 of 21 look-alikes not allowed ("dead weight"
  blocked as "you're dead", "so dumb" said of a film's plot, advice to someone called ugly);
  ROC-AUC 0.819, against 13 and 3 missed, 0.760 for the engine before the first fixes: general
  frames reached a few new wordings, phrases did not.  After its fixes ("you're dead" only
  where "dead" ends the words, "so dumb" only aimed at someone, advice frames, more verbs and
  images in comparisons, "keep talking and you'll regret it", "you're out of the friend group",
  "regret having you"): all but one read as written (a swear word before a thing: reading it as
  ordinary cost the Davidson figure, so it stays a known miss), ROC-AUC 0.952; the whole probe
  of 264 phrasings 0.875.
- Later, ``context.py`` reads an insult after "i'm", "im" or "i am" as self-talk, like "je suis"
  ("i'm such an idiot, i locked myself out again" is allowed with a low care flag, no longer
  nudged): ``BATCH1`` 5 positives and 2 look-alikes wrong, ROC-AUC 0.873; the whole probe 0.880.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard, Verdict
from cocon.guard.evaluate import ABUSIVE_CATEGORIES, roc_auc

from .golden_texts import with_known_misses

# Families of expected verdicts.
#   abuse    an abuse or hate reason, not allowed (a nudge is enough)
#   severe   an abusive reason (abuse, hate, threat, incitement), blocked
#   threat   a threat reason, blocked
#   incite   an incitement reason, blocked
#   hate     a hate reason, blocked
#   harass   an abusive reason of any kind (abuse, hate, threat, sexual, incitement), not allowed
#   allow    allowed, no threat or hate reason (care flags are fine)
ABUSE, SEVERE, THREAT, INCITE = "abuse", "severe", "threat", "incite"
HATE, HARASS, ALLOW = "hate", "harass", "allow"
POSITIVE = frozenset({ABUSE, SEVERE, THREAT, INCITE, HATE, HARASS})
ABUSIVE = ABUSIVE_CATEGORIES

# (phrase, functionality, family)
BATCH1: list[tuple[str, str, str]] = [
    # talk-page insults
    ("you are clearly too stupid to be editing this article", "insult", ABUSE),
    ("stop reverting my edits you pathetic little troll", "insult", ABUSE),
    ("what kind of moron writes a paragraph like this", "insult", ABUSE),
    ("you're a clueless hack and everyone on this page knows it", "insult", ABUSE),
    ("get a life you sad basement dweller", "insult", ABUSE),
    ("only an imbecile like you would believe that source", "insult", ABUSE),
    ("your opinion is worthless, just like you", "insult", ABUSE),
    ("you ignorant buffoon, read the policy before you comment", "insult", ABUSE),
    # obscenity aimed at someone
    ("fuck you and your stupid edits", "obscene", ABUSE),
    ("go fuck yourself, admin", "obscene", ABUSE),
    ("eat shit and die", "obscene", SEVERE),
    ("you're a piece of shit, you know that?", "obscene", ABUSE),
    ("suck my dick you loser", "obscene", HARASS),
    ("shut the fuck up nobody asked you", "obscene", ABUSE),
    ("kiss my ass", "obscene", ABUSE),
    ("you absolute dickhead", "obscene", ABUSE),
    ("what a fucking douchebag", "obscene", ABUSE),
    ("stop being such a whiny little bitch", "obscene", ABUSE),
    # identity attacks
    ("go back to your own country you filthy immigrant", "identity", HATE),
    ("of course the gay admin deleted it, fags always stick together", "identity", HATE),
    ("typical jew, always about money", "identity", HATE),
    ("shut up tranny", "identity", HATE),
    ("women like you belong in the kitchen", "identity", HATE),
    ("retarded people like you shouldn't be allowed online", "identity", HATE),
    # threats
    ("i know where you live and i'm coming for you", "threat", THREAT),
    ("keep it up and i'll break your jaw", "threat", THREAT),
    ("i hope you trip down the stairs and break your neck", "threat", HARASS),
    ("someone needs to put a bullet in your head", "threat", THREAT),
    ("delete this post or i'll make your life hell", "threat", THREAT),
    ("i'm going to find you after school and smash your face in", "threat", THREAT),
    # severe toxic
    ("fuck off and die you worthless cunt", "severe", SEVERE),
    ("you disgusting piece of trash, nobody would miss you if you died", "severe", SEVERE),
    ("kill yourself you fat retard", "severe", INCITE),
    ("you should just hang yourself, loser", "severe", INCITE),
    # gaming trash talk
    ("uninstall the game you braindead noob", "gaming", ABUSE),
    ("kys noob", "gaming", INCITE),
    ("you're so trash at this, go back to minecraft you little kid", "gaming", ABUSE),
    ("ez, get rekt you dogshit player", "gaming", ABUSE),
    ("our support is a useless retard, report him", "gaming", ABUSE),
    ("1v1 me you pussy", "gaming", ABUSE),
    ("stupid mf can't even aim", "gaming", ABUSE),
    ("shut your mouth you smelly little virgin", "gaming", ABUSE),
    ("your mom should've swallowed you", "gaming", ABUSE),
    ("worst jungler ever, you should be banned for being this dumb", "gaming", ABUSE),
    # body shaming
    ("you look like a beached whale in that bikini", "body", ABUSE),
    ("ew why is she so fat lmao", "body", ABUSE),
    ("nobody wants to see your ugly face on their feed", "body", ABUSE),
    ("pizza face strikes again 🤮", "body", ABUSE),
    ("flat as a board lol no wonder no guy likes you", "body", ABUSE),
    ("did you get hit with the ugly stick or what", "body", ABUSE),
    ("your nose is so big it has its own zip code", "body", ABUSE),
    ("you're built like a fridge, stop posting", "body", ABUSE),
    ("skinny ugly twig, eat a sandwich", "body", ABUSE),
    # exclusion
    ("nobody likes you, just leave", "exclusion", ABUSE),
    ("we made a new group chat without you lol", "exclusion", ABUSE),
    ("no one invited you so stop showing up", "exclusion", ABUSE),
    ("everyone in class hates you, you know that right", "exclusion", ABUSE),
    ("you're not welcome here, go find other friends", "exclusion", ABUSE),
    ("leave the group, nobody wants you here", "exclusion", ABUSE),
    ("you have zero friends and it shows", "exclusion", ABUSE),
    # rumours
    ("everyone knows she slept with the whole team", "rumour", HARASS),
    ("spread the word: jake still wets the bed", "rumour", HARASS),
    ("she's such a slut, she'll sleep with anyone", "rumour", HARASS),
    ("don't talk to emma, she has lice and she stinks", "rumour", HARASS),
    # sarcastic and indirect put-downs
    ("wow you managed to be even more annoying than usual, impressive", "sarcasm", ABUSE),
    ("congrats on being the dumbest person in this chat", "sarcasm", ABUSE),
    ("do the world a favour and stop talking forever", "sarcasm", ABUSE),
    ("imagine being this ugly and still posting selfies", "sarcasm", ABUSE),
    ("your parents must be so disappointed in you", "sarcasm", ABUSE),
    ("were you dropped on your head as a baby?", "sarcasm", ABUSE),
    ("nice haircut, did a blind kid do it", "sarcasm", ABUSE),
    ("i'd explain it to you but i don't have any crayons", "sarcasm", ABUSE),
    ("the cringe is unbearable, just delete your account already", "sarcasm", ABUSE),
    ("not even your own mother wants you around", "sarcasm", ABUSE),
    ("who asked? literally nobody", "sarcasm", ABUSE),
    ("you're the human equivalent of a participation trophy", "sarcasm", ABUSE),
    ("ok loser, go cry about it", "sarcasm", ABUSE),
    ("bet you cry yourself to sleep every night, crybaby", "sarcasm", ABUSE),
    # sexual harassment in comments
    ("send nudes or i'll tell everyone you're a whore", "sexual", HARASS),
    ("nice tits, show more", "sexual", HARASS),
    # swearing aimed at nobody
    ("this exam is fucking hard", "swearing", ALLOW),
    ("holy shit that's amazing", "swearing", ALLOW),
    ("fuck yeah we won the finals", "swearing", ALLOW),
    ("shit, i forgot my keys again", "swearing", ALLOW),
    ("what the hell just happened in that episode", "swearing", ALLOW),
    ("damn this pizza is good", "swearing", ALLOW),
    ("i'm so fucking tired of homework", "swearing", ALLOW),
    ("this song is badass", "swearing", ALLOW),
    ("well that was a shitty day", "swearing", ALLOW),
    ("oh crap i missed the bus", "swearing", ALLOW),
    ("bloody hell it's cold outside", "swearing", ALLOW),
    ("that concert was fucking insane", "swearing", ALLOW),
    # banter between friends
    ("shut up you nerd 😂 see you tomorrow", "banter", ALLOW),
    ("lmao you're such an idiot, love you", "banter", ALLOW),
    ("you're a dork but you're my dork", "banter", ALLOW),
    ("haha you suck at bowling, rematch tomorrow?", "banter", ALLOW),
    ("omg you little gremlin, you ate my fries 😂", "banter", ALLOW),
    ("you're crazy lol that's why we're friends", "banter", ALLOW),
    # a put-down reported or quoted by its target
    ("he called me a loser in front of everyone and i cried", "reported", ALLOW),
    ("someone commented 'ugly' on my selfie and it ruined my day", "reported", ALLOW),
    ("the word retard is really hurtful, please stop using it", "reported", ALLOW),
    ("my brother keeps calling me fat and i hate it", "reported", ALLOW),
    ("she told me to kill myself and i reported her", "reported", ALLOW),
    ("saying 'you throw like a girl' is sexist", "reported", ALLOW),
    # talk about bullying
    ("how do i block someone who keeps harassing me on instagram", "discussion", ALLOW),
    ("body shaming is never okay, everyone is beautiful", "discussion", ALLOW),
    ("cyberbullying made me quit tiktok for a month", "discussion", ALLOW),
    ("we had an assembly about bullying today", "discussion", ALLOW),
    (
        "if someone tells you nobody likes you, that's bullying and you should tell an adult",
        "discussion",
        ALLOW,
    ),
    ("telling people to kys is not a joke", "discussion", ALLOW),
    # lyrics and film lines
    ("'i'm the king of the world' is such an iconic line", "quote", ALLOW),
    ("i can't stop singing bad guy by billie eilish", "quote", ALLOW),
    ("the villain says 'you will all die' and then the credits roll", "quote", ALLOW),
    ("favourite movie quote: 'you talking to me?'", "quote", ALLOW),
    ("that scene where he yells 'get out' gave me chills", "quote", ALLOW),
    # sport and games
    ("we killed it at the tournament today", "sport", ALLOW),
    ("they destroyed us 6-0, brutal", "sport", ALLOW),
    ("our goalie got absolutely murdered out there", "sport", ALLOW),
    ("i finally killed the final boss after 3 hours", "sport", ALLOW),
    ("headshot the sniper on the roof, nice", "sport", ALLOW),
    ("we got wrecked in ranked lol", "sport", ALLOW),
    ("gg wp everyone, that was close", "sport", ALLOW),
    ("i'm trash at this game but it's fun", "sport", ALLOW),
    ("that dunk was sick", "sport", ALLOW),
    ("she's an animal on the court, unstoppable", "sport", ALLOW),
    ("let's crush them in the second half", "sport", ALLOW),
    # anatomy and medicine
    ("my doctor said the lump in my breast is nothing to worry about", "medical", ALLOW),
    ("we learned about the penis and vagina in sex ed today", "medical", ALLOW),
    ("testicular cancer checks are important for teen boys", "medical", ALLOW),
    ("i have a pain near my anus when i sit, should i see a doctor", "medical", ALLOW),
    ("breastfeeding in public is normal", "medical", ALLOW),
    # self-deprecation
    ("dumb question but how do i reset my password", "self", ALLOW),
    ("stupid me forgot my charger at home", "self", ALLOW),
    ("i'm such an idiot, i locked myself out again", "self", ALLOW),
    ("sorry if this is a stupid question, what's the homework", "self", ALLOW),
    ("i look so ugly in this picture lol", "self", ALLOW),
    # negated insults
    ("you're not stupid, you just need more practice", "negation", ALLOW),
    ("nobody thinks you're ugly, stop worrying", "negation", ALLOW),
    ("you're not a loser for asking for help", "negation", ALLOW),
    # abuse of things
    ("this update is absolute garbage", "thing", ALLOW),
    ("the new season is trash, what were they thinking", "thing", ALLOW),
    ("my wifi is so stupid today", "thing", ALLOW),
    ("this chemistry homework is slowly killing me", "thing", ALLOW),
    ("nobody likes mondays", "thing", ALLOW),
    ("everyone hates the new uniform", "thing", ALLOW),
    # slang compliments
    ("you're killing it girl, keep going", "compliment", ALLOW),
    ("that outfit is fire 🔥", "compliment", ALLOW),
    ("she's a savage on stage", "compliment", ALLOW),
    ("your art is insane, how are you this good", "compliment", ALLOW),
    ("you're sick at drawing", "compliment", ALLOW),
    ("this edit is so nasty, in a good way", "compliment", ALLOW),
    ("i hope you die of laughter at this meme", "compliment", ALLOW),
    # words that hide a rude one
    ("we live near scunthorpe", "hidden", ALLOW),
    ("the cockpit of the plane was tiny", "hidden", ALLOW),
    ("i went bass fishing with my grandpa", "hidden", ALLOW),
    ("our analysis of the data is due friday", "hidden", ALLOW),
    ("dick's sporting goods has a sale this weekend", "hidden", ALLOW),
    ("the hoe is in the garden shed", "hidden", ALLOW),
]

# Written after the first fixes, run once before any further fix: the honest figure.
BATCH2: list[tuple[str, str, str]] = [
    ("nobody in this thread cares about your garbage opinion", "insult", ABUSE),
    ("you type like a toddler having a stroke", "insult", ABUSE),
    ("lmao look at her teeth, she could eat corn through a fence", "body", ABUSE),
    ("ratio + you fell off + nobody likes you", "exclusion", ABUSE),
    ("go outside and get some sunlight, you pale goblin", "body", ABUSE),
    ("ur literally so annoying pls leave the gc", "exclusion", ABUSE),
    ("this is why your dad left", "sarcasm", ABUSE),
    ("get off the internet, you absolute walnut", "insult", ABUSE),
    ("you're a waste of a human being", "insult", ABUSE),
    ("sit down, clown, the adults are talking", "sarcasm", ABUSE),
    ("honestly the world would be a better place if you weren't in it", "severe", HARASS),
    ("go jump off a bridge you freak", "severe", INCITE),
    ("i swear i'll beat your ass at the bus stop", "threat", THREAT),
    ("say that to my face and see what happens", "threat", THREAT),
    ("you better sleep with your door locked tonight", "threat", THREAT),
    ("your whole family is a bunch of inbred hicks", "insult", ABUSE),
    ("stop crying you little snowflake", "insult", ABUSE),
    ("thicc? more like thick as a whale lol", "body", ABUSE),
    ("fix your face before you post, ew", "body", ABUSE),
    ("bro really thought he ate with that outfit 💀 clown behaviour", "sarcasm", ABUSE),
    ("your voice is so annoying it makes my ears bleed", "insult", ABUSE),
    ("we're all laughing at you in the group chat rn", "exclusion", ABUSE),
    ("don't invite her, she's a weird loner", "exclusion", ABUSE),
    ("he's gay lol that's why he cries so much", "identity", HARASS),
    ("shut up you autistic freak", "identity", HATE),
    ("you dress like a homeless person", "insult", ABUSE),
    ("no offense but you're genuinely the most boring person alive", "sarcasm", ABUSE),
    ("uninstall life", "gaming", HARASS),
    ("noob team, all of you are braindead monkeys", "gaming", HARASS),
    ("suck it loser, git gud", "gaming", ABUSE),
    ("everyone knows he's a creep who stares at girls in the locker room", "rumour", HARASS),
    ("you look like you smell like cheese and regret", "sarcasm", ABUSE),
    ("fuck, i burned the pasta again", "swearing", ALLOW),
    ("that goal was so fucking clean", "swearing", ALLOW),
    ("our coach said we played like garbage and honestly he's right", "sport", ALLOW),
    ("i'm the worst at mario kart lmao", "self", ALLOW),
    ("my sister called me annoying and then hugged me lol", "reported", ALLOW),
    ("they roasted me on the group chat for my haircut and i laughed", "reported", ALLOW),
    ("stop being so humble, your drawing is amazing", "compliment", ALLOW),
    ("i hate it when people say 'nobody likes you', it's cruel", "discussion", ALLOW),
    ("is it weird that i still sleep with a stuffed animal", "self", ALLOW),
    ("that horror movie scared the shit out of me", "swearing", ALLOW),
    ("we absolutely destroyed the other team, 40 to 12", "sport", ALLOW),
    ("i'd kill for a pizza right now", "thing", ALLOW),
    ("the teacher said my essay was garbage, i'm so sad", "reported", ALLOW),
    ("ugh my face is so oily today", "self", ALLOW),
    ("my dog is such a fat little potato and i love him", "thing", ALLOW),
    ("you dropped this 👑", "compliment", ALLOW),
    ("my nose is so big in this pic lmao", "self", ALLOW),
    ("crybaby by melanie martinez is my favourite song", "quote", ALLOW),
    ("i got kicked from the server for spamming, my bad", "self", ALLOW),
    ("our group chat without you is boring, come back!", "banter", ALLOW),
    ("the villain in that anime is a total psycho", "quote", ALLOW),
    ("go to bed, you need sleep", "banter", ALLOW),
    ("imagine being this rich, must be nice", "thing", ALLOW),
    ("why is she so pretty, not fair", "compliment", ALLOW),
    ("bitchin' playlist dude", "compliment", ALLOW),
    ("please don't call yourself stupid, you're learning", "negation", ALLOW),
    ("she stinks at hiding her feelings lol", "banter", ALLOW),
    ("this game is trash but i can't stop playing", "thing", ALLOW),
    ("he told me to shut up and i told a teacher", "reported", ALLOW),
    ("hell yeah, friday night pizza!", "swearing", ALLOW),
    ("everyone in class loves you, stop worrying", "negation", ALLOW),
    ("who asked for extra cheese?", "hidden", ALLOW),
]

# Written after the second fixes, run once before any further fix: do general frames generalise?
BATCH3: list[tuple[str, str, str]] = [
    ("you're such a try hard it's embarrassing", "insult", ABUSE),
    ("nobody is ever going to date someone as ugly as you", "body", ABUSE),
    ("delete the app, nobody wants your dancing videos", "exclusion", ABUSE),
    ("you sound like a dying goat when you sing", "sarcasm", ABUSE),
    ("your forehead is bigger than my future", "body", ABUSE),
    ("keep talking and you'll regret it", "threat", THREAT),
    ("you're a literal walking L", "insult", ABUSE),
    ("opinion rejected, you're irrelevant", "insult", ABUSE),
    ("ur such a pick me, it's pathetic", "insult", ABUSE),
    ("everybody at school thinks you're a freak", "exclusion", ABUSE),
    ("go back to the kitchen and make me food", "identity", HATE),
    ("you throw like a girl, pathetic", "identity", ABUSE),
    ("stupid whore, nobody will ever want you", "obscene", ABUSE),
    ("we voted and you're out of the friend group", "exclusion", ABUSE),
    ("i'll find out where you live, trust me", "threat", THREAT),
    ("your mom must regret having you", "sarcasm", ABUSE),
    ("you're so dumb it hurts to read your comments", "insult", ABUSE),
    ("kill urself already, nobody cares", "severe", INCITE),
    ("quit the team, you're dead weight", "gaming", ABUSE),
    ("cry more, loser", "gaming", ABUSE),
    ("you fat pig, stop eating", "body", ABUSE),
    ("damn, this new album goes hard", "swearing", ALLOW),
    ("holy crap i passed my driving test", "swearing", ALLOW),
    ("she's so extra lol, love her", "banter", ALLOW),
    ("my little brother is such a pest but i love him", "banter", ALLOW),
    ("my friends roast me about my height all the time and it's funny", "reported", ALLOW),
    ("i felt like a failure after that test but i'm okay now", "self", ALLOW),
    ("the coach said we looked like zombies out there, fair", "sport", ALLOW),
    ("i'm dead tired, goodnight everyone", "self", ALLOW),
    ("sick trick on the skateboard bro", "compliment", ALLOW),
    ("nobody cares about the dress code anymore", "thing", ALLOW),
    ("the villain's plan to destroy the city was so dumb", "quote", ALLOW),
    ("if anyone calls you ugly, block them and tell someone", "discussion", ALLOW),
    ("i look like a potato in my passport photo lol", "self", ALLOW),
    ("why is the wifi so slow today", "thing", ALLOW),
    ("you're not annoying, i was just tired", "negation", ALLOW),
    ("we crushed them in the debate tournament", "sport", ALLOW),
    ("this fucking song is stuck in my head", "swearing", ALLOW),
    ("you look like a princess in that dress", "compliment", ALLOW),
    ("she told me i sing like an angel 😭", "compliment", ALLOW),
    ("my cat is a fat little loaf", "thing", ALLOW),
    ("the mosquitoes are eating me alive", "thing", ALLOW),
]

ALL_CASES = BATCH1 + BATCH2 + BATCH3

# Still read wrongly, and not fixable in the English lexicons: phrasing -> why.
KNOWN_MISSES: dict[str, str] = {
    "spread the word: jake still wets the bed": "a rumour with no word of its own",
    "don't talk to emma, she has lice and she stinks": (
        "exclusion urged about someone absent: 'she stinks' is a mild third-person put-down"
    ),
    "wow you managed to be even more annoying than usual, impressive": (
        "sarcasm: the adjective is too far from 'you' for the subject rule"
    ),
    "nice haircut, did a blind kid do it": "sarcasm that needs world knowledge",
    "you're the human equivalent of a participation trophy": (
        "an image whose meaning needs world knowledge (the same frame carries compliments)"
    ),
    "shut up you nerd 😂 see you tomorrow": (
        "banter with laughter but no word of affection: only the friendship tells"
    ),
    "the hoe is in the garden shed": "a garden tool spelt like the insult",
    "lmao look at her teeth, she could eat corn through a fence": (
        "body shaming said as an image that needs world knowledge"
    ),
    "he's gay lol that's why he cries so much": (
        "an identity used as an insult with no slur: only the 'that's why' reads it"
    ),
    "everyone knows he's a creep who stares at girls in the locker room": (
        "a rumour about someone absent: 'he's a creep' is a mild third-person put-down"
    ),
    "bitchin' playlist dude": (
        "the learned layer alone scores the slang compliment at 0.99 (abuse.learned)"
    ),
    "this fucking song is stuck in my head": (
        "the learned layer scores it 0.95; cancelling a swear word before a thing lowers the"
        " Davidson abusive ROC-AUC (its annotators count such tweets as offensive)"
    ),
}


def check_family(verdict: Verdict, family: str, text: str) -> None:
    """Assert that ``verdict`` belongs to ``family`` (see the families above)."""
    cats = {r.split(".")[0] for r in verdict.reasons}
    got = f"{verdict.action} ({verdict.rule}) {verdict.reasons}"
    if family == ABUSE:
        assert cats & {"abuse", "hate"} and verdict.action != "allow", f"{text!r}: {got}"
    elif family == SEVERE:
        assert cats & {"abuse", "hate", "threat", "incitement"}, f"{text!r}: {got}"
        assert verdict.action == "block", f"{text!r}: {got}"
    elif family == THREAT:
        assert "threat" in cats and verdict.action == "block", f"{text!r}: {got}"
    elif family == INCITE:
        assert "incitement" in cats and verdict.action == "block", f"{text!r}: {got}"
    elif family == HATE:
        assert "hate" in cats and verdict.action == "block", f"{text!r}: {got}"
    elif family == HARASS:
        assert cats & set(ABUSIVE) and verdict.action != "allow", f"{text!r}: {got}"
    elif family == ALLOW:
        assert not cats & {"threat", "hate"} and verdict.action == "allow", f"{text!r}: {got}"
    else:
        raise AssertionError(f"unknown family {family!r}")


def abusive(verdict: Verdict) -> float:
    """The abusive score of ``evaluate``: the strongest of the abusive categories."""
    return max(verdict.scores.get(c, 0.0) for c in ABUSIVE)


@pytest.mark.parametrize(
    ("text", "functionality", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_english_blind_case(guard: Guard, text: str, functionality: str, family: str) -> None:
    check_family(guard.check(text), family, text)


def test_english_blind_ranks_abuse_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC of the abusive score, every positive against every look-alike."""
    verdicts = [(guard.check(text), family) for text, _, family in ALL_CASES]
    labels = [family in POSITIVE for _, family in verdicts]
    assert roc_auc(labels, [abusive(v) for v, _ in verdicts]) >= 0.85


def test_probe_is_balanced_and_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_english_blind")
    assert len(earlier) > 1000
    assert not earlier & set(texts)
    families = [family for _, _, family in ALL_CASES]
    positives = sum(family in POSITIVE for family in families)
    assert positives >= 70 and len(families) - positives >= 70
