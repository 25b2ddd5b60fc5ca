"""Risk levels for the author's own safety (C-SSRS-inspired)."""

from __future__ import annotations

import pytest

from cocon.guard import Guard


@pytest.mark.parametrize(
    ("text", "risk", "code"),
    [
        ("personne ne m'aime", "low", "distress.hopeless"),
        ("j'aimerais ne plus exister", "moderate", "self_harm.passive"),
        ("je me scarifie", "moderate", "self_harm.act"),
        ("je sais comment je vais faire", "high", "self_harm.plan"),
        ("j'ai acheté des médocs", "high", "self_harm.means"),
        ("j'ai fait une tentative de suicide", "high", "self_harm.attempt"),
        ("adieu à tous", "imminent", "self_harm.farewell"),
        ("ce soir j'en finis", "imminent", "self_harm.timeframe"),
    ],
)
def test_each_level_is_reached_and_says_why(
    lexicon_guard: Guard, text: str, risk: str, code: str
) -> None:
    verdict = lexicon_guard.check(text)
    assert verdict.risk == risk
    assert code in verdict.reasons
    assert verdict.care


def test_a_timeframe_far_from_the_ideation_does_not_make_it_imminent(
    lexicon_guard: Guard,
) -> None:
    text = (
        "demain j'ai un contrôle de maths et franchement je stresse beaucoup parce que le prof "
        "est sévère et que je n'ai pas assez révisé cette semaine. parfois je veux mourir"
    )
    assert lexicon_guard.check(text).risk == "moderate"


def test_a_method_alone_is_no_risk_but_counts_with_ideation(lexicon_guard: Guard) -> None:
    assert lexicon_guard.check("j'ai une boîte de doliprane").risk == "none"
    assert lexicon_guard.check("je veux mourir, j'ai une boîte de doliprane").risk == "high"


def test_the_self_harm_score_follows_the_level(lexicon_guard: Guard) -> None:
    scores = [
        lexicon_guard.check(t).scores["self_harm"]
        for t in (
            "bonjour",
            "personne ne m'aime",
            "je me scarifie",
            "j'ai acheté des médocs",
            "adieu à tous",
        )
    ]
    assert scores == sorted(scores)
    assert scores[0] == 0.0


# The care markers of fr.care.patterns.tsv, read by assess_risk.


def test_a_goodbye_alone_is_nothing_and_with_ideation_a_farewell(lexicon_guard: Guard) -> None:
    assert lexicon_guard.check("prenez soin de vous pendant les vacances").risk == "none"
    assert lexicon_guard.check("j'ai donné mes vieux jeux à mon cousin").risk == "none"
    verdict = lexicon_guard.check("je veux mourir. prenez soin de vous")
    assert (verdict.risk, "self_harm.farewell" in verdict.reasons) == ("imminent", True)


def test_a_goodbye_inside_the_ideation_adds_nothing(lexicon_guard: Guard) -> None:
    # "pour toujours" belongs to the wish: passive ideation, not a farewell
    assert lexicon_guard.check("je veux disparaître pour toujours").risk == "moderate"


def test_a_goodbye_and_a_word_of_finality_are_a_farewell(lexicon_guard: Guard) -> None:
    assert lexicon_guard.check("dites à ma mère que c'est pas sa faute").risk == "imminent"
    assert lexicon_guard.check("dites à ma mère que j'arrive à 18h").risk == "none"


def test_a_word_of_finality_makes_a_named_method_count(lexicon_guard: Guard) -> None:
    assert lexicon_guard.check("je suis sur le pont avec ma classe").risk == "none"
    # finality and the place together: a farewell
    assert lexicon_guard.check("c'est fini pour moi, je suis sur le pont").risk == "imminent"


def test_self_harm_told_before_a_recovery_is_a_low_flag(lexicon_guard: Guard) -> None:
    verdict = lexicon_guard.check("il y a un an je me scarifiais, maintenant ça va mieux")
    assert (verdict.risk, verdict.action, verdict.care) == ("low", "allow", True)
    assert "self_harm.past" in verdict.reasons
    # words after the recovery are today's: they keep their level
    relapse = lexicon_guard.check("maintenant ça va mieux mais des fois je veux mourir")
    assert relapse.risk == "moderate"


def test_a_friends_risk_is_a_low_flag_for_the_worried_author(lexicon_guard: Guard) -> None:
    verdict = lexicon_guard.check("ma pote a des idées noires, je fais quoi")
    assert (verdict.risk, verdict.action, verdict.care) == ("low", "allow", True)
    assert "distress.concern" in verdict.reasons
    # the author's own words after the friend's keep their level
    own = lexicon_guard.check("ma pote dit que je suis nulle, jveux mourir")
    assert own.risk == "moderate"


def test_words_inside_a_work_or_a_quoted_song_are_no_ones_risk(lexicon_guard: Guard) -> None:
    assert lexicon_guard.check("le livre parle d'une fille qui a des idées noires").risk == "none"
    assert lexicon_guard.check("la chanson dit « je veux mourir », trop belle").risk == "none"
    # the author's own words next to a work keep their level
    assert lexicon_guard.check("cette chanson me donne envie de mourir").risk == "moderate"


def test_a_friend_said_to_want_to_die_is_a_low_flag_for_the_author(lexicon_guard: Guard) -> None:
    verdict = lexicon_guard.check("mon amie dit qu'elle veut mourir, je fais quoi ?")
    assert (verdict.risk, verdict.action, verdict.reasons) == (
        "low",
        "allow",
        ("distress.concern",),
    )
    assert lexicon_guard.check("mon frère veut sauter en parachute cet été").risk == "none"


# The English care markers of en.care.patterns.tsv, read by the same rules (chat spelling).


@pytest.mark.parametrize(
    ("text", "risk", "code"),
    [
        ("whats the point anymore", "low", "distress.hopeless"),
        ("been thinking about ctb a lot", "moderate", "self_harm.ideation"),
        ("i carve words into my skin", "moderate", "self_harm.act"),
        ("i know which bridge im gonna use", "high", "self_harm.plan"),
        ("ive been saving up my pills", "high", "self_harm.means"),
        ("i tried to kms last week", "high", "self_harm.attempt"),
        ("i cant anymore, goodbye", "imminent", "self_harm.farewell"),
        ("gonna ctb tn", "imminent", "self_harm.timeframe"),
    ],
)
def test_each_level_is_reached_in_english_chat(
    lexicon_guard: Guard, text: str, risk: str, code: str
) -> None:
    verdict = lexicon_guard.check(text)
    assert verdict.risk == risk
    assert code in verdict.reasons


def test_english_farewell_words_count_at_the_end_of_a_message(lexicon_guard: Guard) -> None:
    # a chat farewell is the message's last words; support says "its not your fault" anywhere
    assert lexicon_guard.check("i want to die. its not your fault").risk == "imminent"
    support = (
        "its not your fault, honestly. i went through the same thing last year and i know how "
        "heavy it feels when everything piles up at once, school, friends, family, all of it. "
        "some nights i wanted to die too"
    )
    assert lexicon_guard.check(support).risk == "moderate"


def test_english_markers_a_friend_a_past_a_song(lexicon_guard: Guard) -> None:
    friend = lexicon_guard.check("my friend said she wants to kms what do i do")
    assert (friend.risk, friend.action) == ("low", "allow")
    assert "distress.concern" in friend.reasons
    past = lexicon_guard.check("i kept cutting myself in year 8, now im doing way better")
    assert (past.risk, past.action) == ("low", "allow")
    assert lexicon_guard.check("the main character kills himself in the finale").risk == "none"


def test_kms_with_a_trivial_cause_and_a_laugh_is_hyperbole(lexicon_guard: Guard) -> None:
    assert lexicon_guard.check("kms if i fail this test lol").risk == "none"
    assert (
        lexicon_guard.check("omg i waved at someone who wasnt waving at me kms 💀").risk == "none"
    )
    # "kms" alone, even laughing, stays ideation: a "lol" often covers a real cry
    assert lexicon_guard.check("ngl i wanna kms lol").risk == "moderate"


def test_kys_said_of_oneself_is_ideation_and_never_blocked(lexicon_guard: Guard) -> None:
    verdict = lexicon_guard.check("i want to kys myself")
    assert (verdict.risk, verdict.action != "block") == ("moderate", True)
    assert "incitement.self_harm" not in verdict.reasons
