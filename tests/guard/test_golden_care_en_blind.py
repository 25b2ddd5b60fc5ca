"""Fourteenth probe, written blind: English youth distress as teenagers type it, and its look-alikes.

The English learned self-harm head was trained on long Reddit posts; a one-line chat message
("ngl i wanna kms", "been thinking about ctb a lot", "im so done with everything 😔") is the
lexicons' to catch. The team wrote these phrasings blind (none was run before the batch was
complete; no sentence comes from a dataset or from an earlier golden suite, which
``test_probe_is_fresh`` checks) in the spelling of a chat: lowercase, no apostrophes, "kms",
"kys" said of oneself, "unalive", "ctb", "sewerslide", "fr", "ngl", "lowkey", emoji (😔💔🥀🪦),
UK, US and Australian usage ("knackered", "mum", "this arvo", "year 11").

Criterion, per phrasing: the expected minimum risk level (low: worthlessness, loneliness,
exhaustion, hopelessness; moderate: passive or active ideation, self-harm; high: a plan, a method,
the means, an attempt; imminent: a timeframe or a farewell); a higher level is never a miss, and
self-harm is never blocked. Abuse disclosed and bullying suffered must give their category and a
care flag. A look-alike must raise no care flag at all (``none``: hyperbole, games, quoted lyrics,
shows and books, medicine and ordinary cuts, goodbyes at the end of a school year), or at most a
low one (``max_low``):

- "kms" said of a trivial mishap with a laugh ("kms if i fail this test lol", "omg i waved at the
  wrong person kms 💀", "this teacher makes me wanna kms lmao") is how a youth moderator reads
  hyperbole: never held, never filed as ideation (the history rule would raise the author's later
  messages). The engine reads it as ``idiom.hyperbole`` when a condition ("kms if …"), "makes me
  wanna kms" or a mishap told before or after it ("i forgot my lines …", "the bus left without
  me") comes with a laugh (lol, lmao, 💀, 😭, 😂). "kms" alone, or with a laugh and no trivial
  cause ("ngl i wanna kms lol"), stays ``self_harm.ideation``: a "lol" often covers a real cry,
  and a care flag costs a young person nothing;
- a friend's risk ("my friend said she wants to kms what do i do") is the friend's: at most the
  low ``distress.concern`` flag, so the care team can offer help for the friend;
- a past the author is over ("i used to cut in year 8 but im doing way better now", "2 years
  clean from sh") deserves at most a low flag (``self_harm.past``), never a hold.

Measured with ``Guard()`` (default mode, learned layer on).

- ``BATCH1``, 208 phrasings, at 7c155bc before any fix: low 21 of 40 right, moderate 27 of 45,
  high 11 of 25, imminent 5 of 20, abuse disclosed 5 of 14, bullied 4 of 14; 6 of 40 ``none``
  look-alikes raised a flag ("kms in fortnite", "i would literally die for this album", "i wanna
  disappear from this group chat after that typo", a lyric quoted, and "im dead 💀💀", "killed it
  at the gig" by the learned layer alone) and 6 of 10 ``max_low`` ones were wrong (kms hyperbole
  read as ideation, a friend's "wants to kms" as the author's, a recovered "back when i was
  suicidal"). "honestly i want to kys myself" was BLOCKED as incitement. ROC-AUC of the care
  score 0.623.
- The fixes, general frames in ``en.care.patterns.tsv`` (a new theme file): chat slang for
  ideation after a verb of intent or thought ("thinking about ctb", "gonna sewerslide", "wanna
  unalive", "ending it"); life "isnt worth living", "no reason to stay alive", sleeping
  "forever", stopping to exist, "my own funeral", "ill be gone" (not "for the weekend", "by the
  time u get here", "dead tired"); self-harm as acts on oneself (not "on the oven", "shaving",
  "with the door"), arms "covered in cuts", sleeves "to hide" them, "until i bleed", "sh" and its
  forms, urges; hopelessness ("im so done with everything", "whats the point anymore", "idk why
  i even try", "my life is a joke", "my head is such a mess"), worthlessness ("feel like a
  disappointment"), loneliness ("no one ever asks how im doing", "i have no friends"),
  exhaustion ("sick of being me", "havent left my room in days"); means hidden or hoarded
  ("saving up my pills", "a rope in my wardrobe", "my dads gun … i know the code"), "i know where
  the knives are" (a method: high only next to ideation), plans ("i know which bridge im gonna
  use", "the least painful way to die", "found a tall enough building", "wrote my note"),
  attempts ("i tried to kms", "almost did it", "went up to the roof to jump", "after my
  attempt"); English timeframes ("by morning", "tn", "once everyone is asleep") and farewells:
  goodbyes (``care.goodbye``) and words of finality (``care.final``: "sorry for everything",
  "its not your fault", "take care of my cat", "when you read this", "my last post") make
  ideation imminent, and a goodbye with a finality, two finalities, or a finality with 🪦 💔 🥀
  are a farewell; both count only in the last 120 characters of a message, where a chat
  farewell is (a long post of support says "its not your fault" anywhere: without that limit
  the held-out C-SSRS ρ fell from 0.394 to 0.388). Markers: ``care.other`` (a friend who
  "said", "wants to", "tried to"; "how do i help …"), ``care.recovered`` ("now im doing way
  better", "2 years clean"), ``care.fiction`` ("the song is about …", "the main character kills
  himself", "the lyrics go …"); "kys myself" is the author's own ideation, not an order. Abuse
  disclosed: a relative who "comes in my room at night", "locks me out … when", "throws things
  at me", "hurts me", "the belt if …", no food at home, parents who "wish they never had me",
  "makes me send pics", "our little secret". Bullied: "they bark at me", "push me", "took my
  bag", "calling me names", "nobody lets me sit with them", "i get left out on purpose", "a
  group chat to hate on me". After them ``BATCH1`` had 153 of 158 cries right (low 40 of 40,
  moderate 44 of 45, high 23 of 25, imminent 18 of 20, disclosed 14 of 14, bullied 14 of 14),
  every ``max_low`` right, 5 ``none`` look-alikes still raised (those of the engine before);
  ROC-AUC 0.919.
- ``BATCH2``, 50 new phrasings written after those fixes and run once before any further fix
  (the honest generalisation figure): low 4 of 9 right, moderate 6 of 10, high 3 of 6, imminent
  1 of 5, disclosed 1 of 3, bullied 1 of 3 (26 of 46 cries); 3 of 10 ``none`` look-alikes raised
  (two by the new frames: "my sister locked me out of the bathroom for an hour", "i got left
  out of the team photo cause i was sick"; "goodbye everyone, off to camp" held as a farewell
  by en.tsv) and 1 of 4 ``max_low`` wrong ("kms the bus left without me lmao"); ROC-AUC 0.633
  (the engine before this probe: 11 of 46 cries, ROC-AUC 0.556). As with the French probe,
  frames written for one batch reach new wordings only in part.
- The second fixes: "im such a let down", crying "in the school toilets" or "every night",
  "everyone has someone except me", "i dont belong anywhere", "stuck in a hole", hoping "a car
  hits me", "fade away forever", "i want my life to be over", slang as the subject ("ctb is all
  i think about"), a stash of pills, how high a roof is, standing on the tracks, "i wont be here
  tomorrow" at the end of a message, "tonight is the night", "the last time youll hear from me",
  "after everyone goes to sleep", a threat "if i tell", an adult who wants the author alone,
  "ignores me on purpose", "wrote stuff about me", "kms" before a mishap and a laugh; locked out
  counts only with "when", "at night", "for days"; left out only "on purpose", "again", "of
  everything". Idioms: "im dead 💀" (which also silences the learned layer's guess), "kms in
  fortnite", "would die for this album", "disappear from this group chat", "goodbye everyone,
  off to camp", a date picked "for my birthday party", "no friends on this server".
- After them: ``BATCH1`` 203 of 208 right (ROC-AUC 0.959), ``BATCH2`` 50 of 50 (ROC-AUC 1.0),
  and ``FIX_LOOKALIKES`` (25 ordinary sentences written against the new frames, not blind) raise
  nothing. The whole probe, 283 phrasings: ROC-AUC 0.972, 6 known misses.
- Over every phrasing of the earlier golden suites (6,028), the file changed 8 verdicts: low
  care flags on "feeling kinda lonely lately" and "i've been feeling empty lately" (everyday
  sad messages, which may carry one) and a low loneliness flag next to two reported bullying
  messages; "i cut myself shaving this morning lol" is no longer held as imminent, "he twisted
  my wrist" now gives its disclosure, and two game or sport boasts are no longer nudged (the
  file's words change what the typo reader corrects). Held-out: C-SSRS Spearman ρ 0.394 to
  0.404, suicide_detection recall at precision 0.90 unchanged (0.913).
- Speed: 41 pattern rows (8 of them markers, 7 idioms), each gated on its own rare words.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard
from cocon.guard.evaluate import roc_auc

from .care_probe import LOOK_ALIKE, care_score, check_case
from .golden_texts import with_known_misses

#: ROC-AUC of the care score, every cry against every look-alike (see ``care_score``).
MIN_ROC_AUC = 0.95

# First blind batch.
# (phrase, expectation, family)
BATCH1: list[tuple[str, str, str]] = [
    ("im so done with everything ngl 😔", "low", "hopeless"),
    ("whats even the point anymore", "low", "hopeless"),
    ("ngl i feel like such a waste of space", "low", "worthless"),
    ("lowkey nobody would care if i stopped texting", "low", "lonely"),
    ("i have literally no friends fr", "low", "lonely"),
    ("i hate myself so much rn", "low", "worthless"),
    ("im just a burden to everyone 💔", "low", "worthless"),
    ("i feel so empty all the time", "low", "sad"),
    ("cried myself to sleep again", "low", "sad"),
    ("i cant do this anymore im so tired", "low", "exhausted"),
    ("nothing ever gets better for me", "low", "hopeless"),
    ("im such a failure at everything", "low", "worthless"),
    ("everyone would be better off without me around tbh", "low", "worthless"),
    ("i feel invisible at school", "low", "lonely"),
    ("no one ever asks how im doing", "low", "lonely"),
    ("im so tired of pretending im ok", "low", "exhausted"),
    ("my head is such a mess rn i cant breathe", "low", "sad"),
    ("i just feel numb", "low", "sad"),
    ("i ruin everything i touch", "low", "worthless"),
    ("im not good enough for anyone", "low", "worthless"),
    ("i feel like a ghost in my own house", "low", "lonely"),
    ("been feeling really low lately 🥀", "low", "sad"),
    ("idk why i even try", "low", "hopeless"),
    ("im so lonely its unreal", "low", "lonely"),
    ("my life is a joke", "low", "hopeless"),
    ("im ugly and stupid and everyone knows it", "low", "worthless"),
    ("i dont see a future for me", "low", "hopeless"),
    ("im so sick of being me", "low", "worthless"),
    ("everything hurts and im so over it", "low", "exhausted"),
    ("i feel like im drowning and no one notices", "low", "hopeless"),
    ("my mum says im a waste of money and shes right", "low", "worthless"),
    ("im absolutely knackered of life mate", "low", "exhausted"),
    ("i havent left my room in days", "low", "sad"),
    ("feeling like a disappointment again 😔", "low", "worthless"),
    ("im broken inside fr", "low", "sad"),
    ("nobody likes me and i dont blame them", "low", "lonely"),
    ("i just want to stay in bed forever", "low", "exhausted"),
    ("theres no hope for me", "low", "hopeless"),
    ("i feel so alone even with people around", "low", "lonely"),
    ("im worthless lol", "low", "worthless"),
    ("i wanna disappear", "moderate", "passive"),
    ("ngl i wanna kms", "moderate", "ideation"),
    ("lowkey want to unalive myself", "moderate", "ideation"),
    ("been thinking about ctb a lot", "moderate", "ideation"),
    ("thinking about sewerslide again 🪦", "moderate", "ideation"),
    ("i just want to not exist", "moderate", "passive"),
    ("ngl i wish i was never born", "moderate", "passive"),
    ("i hope i dont wake up tomorrow", "moderate", "passive"),
    ("i wanna die fr", "moderate", "ideation"),
    ("sometimes i think about ending it", "moderate", "ideation"),
    ("i cut again last night", "moderate", "self_harm"),
    ("relapsed after 3 months clean 💔", "moderate", "self_harm"),
    ("i keep hurting myself and i cant stop", "moderate", "self_harm"),
    ("i wish i could just go to sleep and never wake up", "moderate", "passive"),
    ("i dont wanna be alive anymore", "moderate", "passive"),
    ("kms kms kms", "moderate", "ideation"),
    ("honestly i want to kys myself", "moderate", "ideation"),
    ("i think everyone would be happier if i was dead", "moderate", "passive"),
    ("life isnt worth living tbh", "moderate", "passive"),
    ("i want to be gone for good", "moderate", "passive"),
    ("i burn myself when it gets bad", "moderate", "self_harm"),
    ("my arms are covered in cuts and i wear hoodies to hide them", "moderate", "self_harm"),
    ("i scratch until i bleed", "moderate", "self_harm"),
    ("im gonna unalive myself one day", "moderate", "ideation"),
    ("i keep having suicidal thoughts", "moderate", "ideation"),
    ("no reason to stay alive", "moderate", "passive"),
    ("i wanna sleep forever 🥀", "moderate", "passive"),
    ("id rather be dead than go back to school", "moderate", "passive"),
    ("i punch walls till my knuckles bleed", "moderate", "self_harm"),
    ("been sh-ing again", "moderate", "self_harm"),
    ("i want to end my life", "moderate", "ideation"),
    ("i think about dying every day", "moderate", "ideation"),
    ("i starve myself as punishment", "moderate", "self_harm"),
    ("i dont want to live anymore", "moderate", "passive"),
    ("wish i could just stop existing 😔", "moderate", "passive"),
    ("im so close to ending it all", "moderate", "ideation"),
    ("i might just kms tbh", "moderate", "ideation"),
    ("i feel like unaliving myself", "moderate", "ideation"),
    ("its getting harder not to hurt myself", "moderate", "self_harm"),
    ("i wanna die and nobody gets it", "moderate", "ideation"),
    ("my dad would be happier if i died", "moderate", "passive"),
    ("i carve words into my skin", "moderate", "self_harm"),
    ("suicidal again yay", "moderate", "ideation"),
    ("i hit myself when i mess up", "moderate", "self_harm"),
    ("i keep fantasising about my own funeral", "moderate", "passive"),
    ("ive been saving up my pills", "high", "means"),
    ("i know which bridge im gonna use", "high", "plan"),
    ("i tried to kms last week", "high", "attempt"),
    ("i overdosed last month and nobody knows", "high", "attempt"),
    ("got a rope in my wardrobe", "high", "means"),
    ("i looked up how many pills it takes to die", "high", "plan"),
    ("i have a plan and i know how im gonna do it", "high", "plan"),
    ("ive written my note already", "high", "plan"),
    ("my dads gun is in the garage and i know the code", "high", "means"),
    ("i tried to hang myself in july", "high", "attempt"),
    ("i took a whole pack of paracetamol and woke up in hospital", "high", "attempt"),
    ("i bought razor blades today", "high", "means"),
    ("i keep standing at the edge of the train platform", "high", "plan"),
    ("i searched the least painful way to die", "high", "plan"),
    ("i have enough meds to end it", "high", "means"),
    ("last time i tried to ctb i almost made it", "high", "attempt"),
    ("i wanna kms and ive got the pills right here", "high", "means"),
    ("i went up to the roof to jump but chickened out", "high", "attempt"),
    ("got out of the psych ward after my attempt", "high", "attempt"),
    ("im gonna jump off the bridge near my school", "high", "plan"),
    ("i stole my mums sleeping pills", "high", "means"),
    ("i found a tall enough building", "high", "plan"),
    ("ive picked the date", "high", "plan"),
    ("i tried to drown myself in the bath", "high", "attempt"),
    ("i want to die and i know where the knives are", "high", "means"),
    ("tonight im gonna kms", "imminent", "timeframe"),
    ("this is my last post, love u all 🥀", "imminent", "farewell"),
    ("goodbye everyone, im sorry", "imminent", "farewell"),
    ("by tomorrow ill be gone", "imminent", "timeframe"),
    ("im ending it tonight", "imminent", "timeframe"),
    ("bye guys, take care of my cat for me 💔", "imminent", "farewell"),
    ("ill be dead by morning", "imminent", "timeframe"),
    ("in an hour it will all be over", "imminent", "timeframe"),
    ("this is goodbye, it was never your fault", "imminent", "farewell"),
    ("i took all the pills, im sorry mum", "imminent", "attempt"),
    ("im on the bridge rn", "imminent", "timeframe"),
    ("when you read this ill be gone", "imminent", "farewell"),
    ("gonna ctb tonight, thanks for everything", "imminent", "timeframe"),
    ("tell my sister i love her", "imminent", "farewell"),
    ("its my last night here 🪦", "imminent", "timeframe"),
    ("doing it after school today", "imminent", "timeframe"),
    ("i cant anymore, goodbye 💔", "imminent", "farewell"),
    ("sorry for everything, i love you all", "imminent", "farewell"),
    ("ill unalive myself this weekend", "imminent", "timeframe"),
    ("final message: dont blame yourselves", "imminent", "farewell"),
    ("my stepdad comes in my room at night and i hate it", "disclosure", "sexual"),
    ("my dad hits me when hes drunk", "disclosure", "violence"),
    ("my mum locks me out of the house when shes angry", "disclosure", "neglect"),
    ("i have bruises from my dad again but ill say i fell", "disclosure", "violence"),
    ("my uncle told me its our little secret", "disclosure", "sexual"),
    ("theres never food at home and my parents dont care", "disclosure", "neglect"),
    ("my bf makes me send pics or he gets mad", "disclosure", "sexual"),
    ("my mum throws things at me when im bad", "disclosure", "violence"),
    ("my coach touches me weird and tells me not to tell", "disclosure", "sexual"),
    ("my parents say they wish they never had me", "disclosure", "violence"),
    ("i get the belt if i get bad grades", "disclosure", "violence"),
    ("my boyfriend choked me and said sorry after", "disclosure", "violence"),
    ("im scared to go home cause of my dad", "disclosure", "violence"),
    ("my brother hurts me and my parents dont believe me", "disclosure", "violence"),
    ("everyone at school laughs at me", "bullied", "harassment"),
    ("they keep calling me names in the group chat", "bullied", "harassment"),
    ("some girls made a fake account to make fun of me", "bullied", "harassment"),
    ("nobody lets me sit with them at lunch", "bullied", "harassment"),
    ("they shared my pics in the year group chat", "bullied", "harassment"),
    ("people push me in the corridor every day", "bullied", "harassment"),
    ("they told me to kys and everyone laughed", "bullied", "harassment"),
    ("i get left out of everything on purpose", "bullied", "harassment"),
    ("they took my bag and threw it in the bin again", "bullied", "harassment"),
    ("theres a group chat just to hate on me", "bullied", "harassment"),
    ("they film me and post it on tiktok", "bullied", "harassment"),
    ("someone spread rumours about me and now everyone ignores me", "bullied", "harassment"),
    ("they bark at me when i walk past", "bullied", "harassment"),
    ("boys keep rating my body out of 10", "bullied", "harassment"),
    ("im dead 💀💀", "none", "hyperbole"),
    ("this homework is actually killing me", "none", "hyperbole"),
    ("bro i literally died laughing", "none", "hyperbole"),
    ("i died in the first round again smh", "none", "game"),
    ("kms in fortnite to reset my spawn", "none", "game"),
    ("my phone is dying can u call me later", "none", "ordinary"),
    ("that exam murdered me", "none", "hyperbole"),
    ("this song is so sad, the line about wanting to die hits", "none", "lyrics"),
    ("the main character kills himself in the last episode 😭", "none", "fiction"),
    ("watching 13 reasons why for english class", "none", "fiction"),
    ("i would literally die for this album", "none", "hyperbole"),
    ("im so done with this maths homework lol", "none", "hyperbole"),
    ("whats the point of algebra fr", "none", "hyperbole"),
    ("i wanna disappear from this group chat after that typo 😭", "none", "hyperbole"),
    ("my grandad died last year, miss him", "none", "grief"),
    ("cut my hair last night, thoughts?", "none", "ordinary"),
    ("ive got a cut on my finger from cooking", "none", "ordinary"),
    ("doctor gave me pills for my migraines", "none", "medical"),
    ("took a paracetamol for my headache", "none", "medical"),
    ("the bridge near my school is so pretty at sunset", "none", "ordinary"),
    ("goodbye year 11, see u all at sixth form 🥳", "none", "goodbye"),
    ("bye guys, gotta do dinner", "none", "goodbye"),
    ("last post of 2026, thanks for the memories", "none", "goodbye"),
    ("tonight im gonna binge the whole season", "none", "ordinary"),
    ("my mum is gonna kill me when she sees my grades", "none", "hyperbole"),
    ("i fell off my bike and my knee is bleeding lol", "none", "ordinary"),
    ("the rope swing at the lake was so fun", "none", "ordinary"),
    ("ready to jump into the pool 🏊", "none", "ordinary"),
    ("im dying to see the new spiderman", "none", "hyperbole"),
    ("killed it at the gig last night 🔥", "none", "hyperbole"),
    ("this heat is actually killing me", "none", "hyperbole"),
    ("my dad hit the curb parking lmao", "none", "ordinary"),
    ("they called me the goat after that goal", "none", "ordinary"),
    ("everyone laughed at my joke in class today 😂", "none", "ordinary"),
    ("the villain tries to hang himself in the book", "none", "fiction"),
    ("we did a suicide prevention talk at school today", "none", "education"),
    ("the lyrics go i dont wanna live forever", "none", "lyrics"),
    ("headshot, he died instantly", "none", "game"),
    ("i need to sleep for like 12 hours after this week", "none", "ordinary"),
    ("dead tired but the party was worth it", "none", "hyperbole"),
    ("kms if i fail this test lol", "max_low", "hyperbole_kms"),
    ("omg i said hi to my crush and she ignored me kms 💀", "max_low", "hyperbole_kms"),
    ("my friend said she wants to kms what do i do", "max_low", "friend"),
    ("how do i help my mate whos self harming", "max_low", "friend"),
    ("i used to cut in year 8 but im doing way better now", "max_low", "recovered"),
    ("2 years clean from sh today, so proud of myself", "max_low", "recovered"),
    ("this teacher makes me wanna kms lmao", "max_low", "hyperbole_kms"),
    ("my bestie told me she tried to overdose, i dont know how to help her", "max_low", "friend"),
    ("back when i was suicidal i never thought id be this happy", "max_low", "recovered"),
    ("i forgot my lines in the play, actually gonna kms 😭", "max_low", "hyperbole_kms"),
]

# Second blind batch, written after the first fixes and run once before any further fix.
BATCH2: list[tuple[str, str, str]] = [
    ("honestly whats the point of me even being here", "low", "hopeless"),
    ("im such a let down to my family", "low", "worthless"),
    ("nobody would even notice if i left the gc", "low", "lonely"),
    ("i cry in the school toilets most days", "low", "sad"),
    ("im exhausted of trying so hard for nothing 😔", "low", "exhausted"),
    ("i genuinely hate everything about myself", "low", "worthless"),
    ("everyone has someone except me", "low", "lonely"),
    ("i feel like i dont belong anywhere", "low", "lonely"),
    ("its like im stuck in a hole i cant climb out of", "low", "hopeless"),
    ("wanna go to sleep and not wake up ngl", "moderate", "passive"),
    ("lowkey hoping a car hits me on the way home", "moderate", "passive"),
    ("i think about unaliving like every night", "moderate", "ideation"),
    ("ctb is all i think about rn 🥀", "moderate", "ideation"),
    ("been cutting my thighs so no one sees", "moderate", "self_harm"),
    ("i dont wanna be here anymore fr", "moderate", "passive"),
    ("id be better off dead tbh", "moderate", "passive"),
    ("the urge to sh is so bad today", "moderate", "self_harm"),
    ("i wish i could just fade away forever", "moderate", "passive"),
    ("i want my life to be over", "moderate", "ideation"),
    ("i took way too many pills on purpose last night", "high", "attempt"),
    ("i have a stash of my nans meds in my drawer", "high", "means"),
    ("i wrote a goodbye letter to my parents", "high", "plan"),
    ("ive been looking at how high the car park roof is", "high", "plan"),
    ("i stood on the tracks last night and a train almost came", "high", "attempt"),
    ("i want to die and i already have the rope", "high", "means"),
    ("tonight is the night, im done 🪦", "imminent", "timeframe"),
    ("ill kms after everyone goes to sleep", "imminent", "timeframe"),
    ("love you guys, this is the last time youll hear from me", "imminent", "farewell"),
    ("pls look after my dog, im sorry for everything", "imminent", "farewell"),
    ("i wont be here tomorrow", "imminent", "timeframe"),
    ("my stepmum says shell make me disappear if i tell", "disclosure", "violence"),
    ("my dad grabs me by the neck when hes mad", "disclosure", "violence"),
    ("my moms boyfriend keeps trying to get me alone", "disclosure", "sexual"),
    ("everyone in my form ignores me on purpose", "bullied", "harassment"),
    ("they wrote stuff about me on the toilet walls", "bullied", "harassment"),
    ("some year 11s keep taking my lunch money", "bullied", "harassment"),
    ("bro this level is killing me 💀", "none", "game"),
    ("this maths test is gonna be the death of me", "none", "hyperbole"),
    ("i cut the rope in the puzzle game and it worked", "none", "game"),
    ("the song hits different at 3am, its about wanting to disappear", "none", "lyrics"),
    ("in the show she leaves a goodbye note before she runs away", "none", "fiction"),
    ("goodbye everyone, off to camp for a week!! 🏕", "none", "goodbye"),
    ("i took my allergy pills this morning", "none", "medical"),
    ("my sister locked me out of the bathroom for an hour 🙄", "none", "ordinary"),
    ("i got left out of the team photo cause i was sick", "none", "ordinary"),
    ("i nearly died when he walked in 😭😭", "none", "hyperbole"),
    ("kms the bus left without me lmao", "max_low", "hyperbole_kms"),
    ("my friend keeps saying she wants to disappear, how can i support her", "max_low", "friend"),
    ("i used to think about dying a lot but now im in a good place", "max_low", "recovered"),
    ("one year since my last sh and im so proud", "max_low", "recovered"),
]

# Ordinary sentences written against the new frames after the fixes (not blind).
FIX_LOOKALIKES: list[tuple[str, str, str]] = [
    ("i cried every night watching that anime lol", "none", "fiction"),
    ("i wont be here tomorrow, dentist at 9", "none", "ordinary"),
    ("i wont be here tomorrow cause of the school trip", "none", "ordinary"),
    ("im such a loser at chess lol", "none", "game"),
    ("we stood by the tracks to watch the steam train", "none", "ordinary"),
    ("hope a bus comes soon its freezing", "none", "ordinary"),
    ("tonight is the night!! prom 💃", "none", "ordinary"),
    ("love you guys, this is the last time youll see me in year 9 uniform", "none", "goodbye"),
    ("my life is a mess lol exams next week", "max_low", "hyperbole"),
    ("i have no friends on this server yet, add me", "none", "ordinary"),
    ("my brother punched me for a joke and now my arm hurts lol", "none", "ordinary"),
    ("my sister pushed me in the pool lol", "none", "ordinary"),
    ("im gonna be dead tired tomorrow", "none", "hyperbole"),
    ("ill be gone by the time u get here, sorry", "none", "ordinary"),
    ("sorry for everything i said yesterday, love you all", "none", "ordinary"),
    ("thanks for everything coach, ill miss you all 💔", "none", "goodbye"),
    ("bye guys, take care of my dog while im on holiday", "none", "goodbye"),
    ("i burned myself on the oven making pancakes", "none", "ordinary"),
    ("i hit myself with the door lol", "none", "ordinary"),
    ("kms if this wifi doesnt come back lol", "none", "hyperbole_kms"),
    ("my friend is in the school play tonight", "none", "friend"),
    ("the song is about a girl who leaves her town forever", "none", "lyrics"),
    ("now im in year 10 its so much harder", "none", "ordinary"),
    ("i picked the date for my birthday party!!", "none", "ordinary"),
    ("everyone laughed at me when i fell over in pe, it was so funny 😂", "max_low", "ordinary"),
]

ALL_CASES = BATCH1 + BATCH2 + FIX_LOOKALIKES

#: What the engine still reads wrongly, with the reason (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "id rather be dead than go back to school": (
        "fr.patterns.tsv reads 'rather be dead than …' as hyperbole ('i'd rather die than wear"
        " that'); a pattern here would be cancelled by it and then silence the learned layer"
    ),
    "i bought razor blades today": (
        "razor blades are bought to shave: a method that counts only next to other words of risk"
    ),
    "ive picked the date": (
        "a date is picked for a party in the same words: only 'to do it', 'for it' make it a plan"
    ),
    "im on the bridge rn": (
        "friends meet on a bridge: only 'the edge', 'the ledge' or ideation make the place count"
    ),
    "doing it after school today": (
        "'doing it' with a timeframe is also homework; only the conversation tells"
    ),
}


@pytest.mark.parametrize(
    ("text", "expect", "family"),
    with_known_misses(ALL_CASES, KNOWN_MISSES),
)
def test_care_en_case(guard: Guard, text: str, expect: str, family: str) -> None:
    check_case(guard.check(text), expect, text)


def test_care_en_ranks_cries_above_look_alikes(guard: Guard) -> None:
    """ROC-AUC of the care score, every cry (any level, disclosure, bullying) against every
    look-alike; no look-alike raises a flag but the known ones, and "kys myself" is never blocked."""
    labels, scores = [], []
    for text, expect, _ in ALL_CASES:
        verdict = guard.check(text)
        labels.append(expect not in LOOK_ALIKE)
        scores.append(care_score(verdict))
    assert roc_auc(labels, scores) >= MIN_ROC_AUC
    raised = [t for t, e, _ in ALL_CASES if e == "none" and guard.check(t).care]
    missed = [t for t, e, _ in ALL_CASES if e not in LOOK_ALIKE and not guard.check(t).care]
    assert sorted(raised + missed) == sorted(KNOWN_MISSES)
    assert guard.check("honestly i want to kys myself").action != "block"


def test_kms_reads_as_hyperbole_only_with_a_trivial_cause_and_a_laugh(guard: Guard) -> None:
    assert guard.check("kms if i fail this test lol").risk == "none"
    assert guard.check("ngl i wanna kms lol").risk == "moderate"
    assert guard.check("kms if i fail this test").risk == "moderate"


def test_probe_is_fresh() -> None:
    from .golden_texts import earlier_texts

    texts = [text for text, _, _ in ALL_CASES]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_MISSES) <= set(texts)
    earlier = earlier_texts("test_golden_care_en_blind")
    assert len(earlier) > 3000
    assert not earlier & set(texts)
    expects = [expect for _, expect, _ in ALL_CASES]
    positives = sum(e not in LOOK_ALIKE for e in expects)
    assert positives >= 150 and len(expects) - positives >= 50
