"""Golden suite, English: hand-written phrasings that must be caught, and look-alikes that must not.

A miss is a failing test. Every phrase here was written by the team; none comes from a dataset.
"""

from __future__ import annotations

import pytest

from cocon.guard import Guard

from .conftest import assert_expectation

SELF_HARM = [
    ("i want to die", "risk:moderate"),
    ("i wanna die tonight", "risk:imminent action:hold"),
    ("i'm going to kill myself", "risk:moderate"),
    ("im gonna kms", "risk:moderate"),
    ("i wish i was never born", "risk:moderate"),
    ("everyone would be better off without me", "risk:moderate"),
    ("i don't want to be here anymore", "risk:moderate"),
    ("i've been cutting again", "risk:moderate"),
    ("i cut myself last night", "risk:moderate"),
    ("i bought pills to end it", "risk:high action:hold"),
    ("i have a rope in my closet", "risk:high"),
    ("i know how i'm going to do it", "risk:high"),
    ("i wrote my suicide note", "risk:high"),
    ("i tried to kill myself last year", "risk:high"),
    ("goodbye everyone", "risk:imminent"),
    ("this is my last post", "risk:imminent"),
    ("by the time you read this i'll be gone", "risk:imminent"),
    ("i want to end it tonight", "risk:imminent"),
    ("i'm gonna kill myself tomorrow", "risk:imminent"),
    ("i want to die, i have pills", "risk:high"),
    ("nobody loves me", "risk:low"),
    ("i feel so alone", "risk:low"),
    ("i hate myself", "risk:low"),
    ("i'm so ugly", "risk:low not:abuse"),
    ("i'm such a failure", "risk:low"),
    ("i'm worthless", "risk:low"),
    ("i can't do this anymore", "risk:low"),
    ("i feel empty", "risk:low"),
    ("I W4NT T0 D1E", "risk:moderate"),
    ("i think about suicide every day", "risk:moderate"),
    ("i'm suicidal", "risk:moderate"),
    ("imma kms tonight", "risk:imminent"),
    ("i want to end it all", "risk:moderate"),
]
SELF_HARM_NEGATIVES = [
    ("lmao i'm dead", "clean"),
    ("i'm dying 😂", "clean"),
    ("you're killing it!", "clean"),
    ("she killed it on stage", "clean"),
    ("i don't want to die", "risk:none"),
    ("my mom is going to kill me if i'm late", "clean"),
    ("i'm dying to see that movie", "clean"),
    ("bored to death in math class", "clean"),
    ("i took a tylenol for my headache", "clean"),
    ("we walked across the bridge", "clean"),
    ("the character dies at the end", "clean"),
    ("that test killed me lol", "not:self_harm not:threat"),
    ("suicide prevention day is important", "risk:none"),
    # dying in a game, and dying of embarrassment
    ("every time i die i have to restart the whole level", "risk:none"),
    ("each time i die on this boss i lose all my runes lol", "risk:none"),
    ("every time i see him i die a little inside", "risk:none"),
    # ... while a wish to die in the same words still counts
    ("every time i wake up i want to die", "risk:moderate"),
]
ABUSE = [
    ("you're ugly", "cat:abuse"),
    ("ur so stupid", "cat:abuse"),
    ("shut up loser", "cat:abuse"),
    ("stfu", "cat:abuse action:block"),
    ("gtfo", "cat:abuse"),
    ("fuck you", "cat:abuse action:block"),
    ("f u c k  y o u", "cat:abuse"),
    ("fvck you", "not:hate"),
    ("you're a piece of shit", "cat:abuse"),
    ("you dumb bitch", "cat:abuse"),
    ("b1tch", "cat:abuse"),
    ("a$$hole", "cat:abuse"),
    ("nobody likes you", "cat:abuse"),
    ("you're fat and disgusting", "cat:abuse"),
    ("what a loser", "cat:abuse"),
    ("🖕", "cat:abuse"),
    ("you're pathetic", "cat:abuse"),
    ("youre such an idiot", "cat:abuse"),
    ("f*ck you", "cat:abuse"),
    ("stupid b*tch", "cat:abuse"),
    ("k*ll yourself", "cat:incitement action:block"),
]
ABUSE_NEGATIVES = [
    ("this homework is stupid", "not:abuse"),
    ("the weather is ugly today", "clean"),
    ("you're not stupid at all", "not:abuse"),
    ("great job on the test!", "clean"),
    ("see you at 5pm", "clean"),
    ("i'm 14 and in 9th grade", "clean"),
    ("there's a monkey at the zoo", "clean"),
    ("we took a trip along the niger river", "clean"),
    ("your trash talk is funny", "not:abuse"),
    ("he is rapping on the stage", "clean"),
    ("i love bananas 🍌", "clean"),
]
REPORTED = [
    ("he called me a loser", "cat:bullied not:abuse"),
    ("they call me fat every day", "cat:bullied not:abuse"),
    ("she told me to kill myself", "cat:bullied not:incitement"),
    ("i'm being bullied at school", "cat:bullied"),
    ("they make fun of me in class", "cat:bullied"),
    ("someone leaked my nudes", "cat:bullied"),
    ("i keep getting bullied online", "cat:bullied"),
    ("my stepdad hits me", "cat:abuse_disclosure"),
    ("my dad beats me when he's drunk", "cat:abuse_disclosure"),
    ("i'm scared to go home", "cat:abuse_disclosure"),
    ("he touched me and i didn't want it", "cat:abuse_disclosure"),
    # crying oneself to sleep, hating one's looks, laughed at or pushed around, a name kept
    # being called, violence or touching at home (the eighth probe's English gaps)
    ("i've been crying myself to sleep since the move", "cat:distress"),
    ("i hate the way i look in every photo", "cat:distress"),
    ("the older kids laughed at me on the bus again", "cat:bullied"),
    ("a group of boys pushes me around at lunch", "cat:bullied"),
    ("they kept calling me ugly in the comments", "cat:bullied not:abuse"),
    ("my dad slaps me when he's angry", "cat:abuse_disclosure"),
    ("my mum's new boyfriend frightens me", "cat:abuse_disclosure"),
    ("i'm terrified of my stepfather", "cat:abuse_disclosure"),
    ("he twisted my wrist so hard it left a bruise", "cat:abuse_disclosure"),
    ("my cousin touched me when we were alone", "cat:abuse_disclosure"),
    ("my neighbour keeps touching me and i hate it", "cat:abuse_disclosure"),
]
REPORTED_NEGATIVES = [
    # the same words in ordinary talk
    ("i'm exhausted, long day at practice", "clean"),
    ("my grandpa's letter touched me so much", "clean"),
    ("my coach touched me on the shoulder to say well done", "clean"),
    ("my friend grabbed my arm when the ride dropped", "clean"),
    ("my mom is calling me, brb", "clean"),
    ("this new track slaps", "clean"),
    ("my teacher says i'm mature for my age in my writing", "clean"),
    ("he says i'm mature for my age and wants to meet", "cat:bullied"),
]
HATE = [
    ("go back to your country", "cat:hate action:block"),
    ("you're a f4ggot", "cat:hate action:block"),
    ("dirty muslim", "cat:hate"),
    ("you're a monkey", "cat:hate"),
    ("you 🐒", "cat:hate"),
    ("get back in the kitchen", "cat:hate"),
    ("tranny", "cat:hate"),
    ("subhuman trash", "cat:hate"),
    ("deport all the muslims", "cat:hate action:block"),
    ("immigrants go home", "cat:hate action:block"),
    ("muslims are animals", "cat:hate action:block"),
]
HATE_NEGATIVES = [
    ("i'm gay and proud", "clean"),
    ("my best friend is muslim", "clean"),
    ("i'm queer", "clean"),
    ("my country is beautiful", "clean"),
    ("refugees are people too", "action:allow"),
]
THREAT_INCITEMENT = [
    ("i'll kill you", "cat:threat action:block"),
    ("i know where you live", "cat:threat"),
    ("watch your back", "cat:threat"),
    ("you're dead after school", "cat:threat"),
    ("i'll 🔪 you", "cat:threat"),
    ("kys", "cat:incitement action:block"),
    ("k y s", "cat:incitement"),
    ("kill yourself", "cat:incitement action:block"),
    ("k1ll yours3lf", "cat:incitement"),
    ("go die", "cat:incitement"),
    ("nobody would miss you", "cat:incitement"),
    ("drink bleach", "cat:incitement"),
    ("hang yourself", "cat:incitement"),
    ("the world would be better without you", "cat:incitement"),
]
THREAT_NEGATIVES = [
    ("i'll kill you in fortnite", "not:threat"),
    ("you're dead serious?", "not:threat"),
    ("that song slaps", "clean"),
]
SEXUAL_PERSONAL = [
    ("send nudes", "cat:sexual action:hold"),
    ("are you home alone? it's our little secret", "cat:sexual action:hold"),
    ("don't tell your parents about us", "cat:sexual"),
    ("show me your body", "cat:sexual"),
    ("add me on snap", "cat:personal_info action:hold"),
    ("my insta is @lily.rose_09", "cat:personal_info"),
    ("text me at (514) 555-0199", "cat:personal_info"),
    ("email me at lily.rose@example.com", "cat:personal_info"),
    ("email me: lily at gmail dot com", "cat:personal_info"),
    ("i live at 42 maple street", "cat:personal_info"),
    ("what school do you go to", "cat:personal_info"),
    ("join discord.gg/abcdef", "cat:personal_info"),
]
SEXUAL_PERSONAL_NEGATIVES = [
    ("i got 18 out of 20", "clean"),
    ("the bus leaves at 7:45", "clean"),
    ("how old is your dog?", "not:sexual"),
]

CASES = [
    *SELF_HARM,
    *SELF_HARM_NEGATIVES,
    *ABUSE,
    *ABUSE_NEGATIVES,
    *REPORTED,
    *REPORTED_NEGATIVES,
    *HATE,
    *HATE_NEGATIVES,
    *THREAT_INCITEMENT,
    *THREAT_NEGATIVES,
    *SEXUAL_PERSONAL,
    *SEXUAL_PERSONAL_NEGATIVES,
]


@pytest.mark.parametrize(("text", "expect"), CASES, ids=[c[0][:40] for c in CASES])
def test_golden_en(lexicon_guard: Guard, text: str, expect: str) -> None:
    assert_expectation(lexicon_guard.check(text), expect, text)
