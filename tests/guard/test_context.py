"""Context rules: clause numbering, quotation marks, support frames."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocon.guard import Guard
from cocon.guard.context import _BOUNDARY, _SENTENCE, _closing_quote, clauses
from cocon.guard.lexicon import TOKEN

from .conftest import assert_expectation


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.!?;\n", max_size=60), st.booleans())
def test_clause_of_each_word_counts_the_bounds_before_it(body: str, with_words: bool) -> None:
    text = body.replace("a", "mais ").replace("b", "but x")
    spans = [m.span() for m in TOKEN.finditer(text)]
    tokens = [text[s:e] for s, e in spans]
    for pattern in (_BOUNDARY, _SENTENCE):
        bounds = [m.start() for m in pattern.finditer(text)]
        if with_words:
            bounds += [
                s for (s, _), tok in zip(spans, tokens, strict=True) if tok in ("mais", "but")
            ]
        expected = [sum(b <= s for b in bounds) for s, _ in spans]
        assert clauses(text, spans, pattern, tokens if with_words else None) == expected


def test_clauses_split_at_punctuation_and_at_but() -> None:
    text = "je vais bien, mais toi. et lui"
    spans = [m.span() for m in TOKEN.finditer(text)]
    tokens = [text[s:e] for s, e in spans]
    assert clauses(text, spans, _BOUNDARY, tokens) == [0, 0, 0, 2, 2, 3, 3]
    assert clauses(text, spans, _SENTENCE) == [0, 0, 0, 0, 0, 1, 1]


def test_closing_quote_is_found_only_around_the_words() -> None:
    text = "« les x sont nuls », c'est raciste"
    start, end = text.index("les"), text.index("nuls") + 4
    assert _closing_quote(text, start, end) == text.index("»")
    assert _closing_quote('"a" puis les x sont nuls', 11, 23) == -1  # the quotation closed before
    assert _closing_quote("« ok. » les x sont nuls", 9, 23) == -1


@pytest.mark.parametrize(
    ("text", "hate"),
    [
        ("« les juifs contrôlent tout », ce genre de phrase c'est de l'antisémitisme", False),
        ('"muslims are cockroaches" is such a racist thing to post', False),
        ("« les juifs contrôlent tout », c'est raciste mais vrai", True),
        ("les juifs contrôlent tout, c'est raciste", True),
    ],
)
def test_quoted_words_then_condemned_are_not_hate(
    lexicon_guard: Guard, text: str, hate: bool
) -> None:
    reasons = lexicon_guard.check(text).reasons
    assert any(r.startswith("hate") for r in reasons) is hate, (text, reasons)


def test_support_frame_does_not_cancel_hate(lexicon_guard: Guard) -> None:
    """A conditional addressed to the reader may carry a stereotype: it is not support."""
    verdict = lexicon_guard.check("si t'es arabe t'as forcément un casier")
    assert any(r.startswith("hate") for r in verdict.reasons), verdict.reasons
    assert lexicon_guard.check("si tu as des idées noires, appelle le 3114").risk == "none"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # an insult after the author's own copula is self-talk: distress, never abuse
        ("i'm such a moron, i forgot my keys at home", "cat:distress not:abuse action:allow"),
        ("im such a dumbass for believing him", "cat:distress not:abuse action:allow"),
        ("i am such a jackass sometimes", "cat:distress not:abuse action:allow"),
        ("je suis trop con des fois", "cat:distress not:abuse action:allow"),
        # said of a skill, it judges the skill, not the author's worth (like "nul en maths")
        ("i'm a total noob at chess", "clean"),
        ("i'm such a loser at bowling", "clean"),
        ("je suis un vrai boulet en maths", "clean"),
        ("i'm a loser at everything i try", "cat:distress not:abuse"),
        # negated, it says nothing about the author
        ("i'm not a moron, i just forgot", "clean"),
        # the same insult aimed at the reader, or at someone else, stays abuse
        ("you're such a moron", "cat:abuse"),
        ("i'm sure he is a moron", "cat:abuse not:distress"),
        ("i'm telling you, you moron", "cat:abuse not:distress"),
        # slang that merely holds the word after "i'm" is not about the author
        ("i'm out this bitch, see ya", "not:distress"),
        ("i'm cold as a bitch out here", "not:distress"),
    ],
)
def test_english_self_talk_after_i_m_is_read_like_je_suis(
    lexicon_guard: Guard, text: str, expect: str
) -> None:
    """ "i'm" reaches the tokeniser as "i", "m": the pair is the author's own copula."""
    assert_expectation(lexicon_guard.check(text), expect, text)


def test_a_swear_word_inside_an_insult_said_of_oneself_is_not_a_vulgarity(
    lexicon_guard: Guard,
) -> None:
    """ "i'm a worthless piece of shit" is self-talk: no vulgarity left to nudge about."""
    own = lexicon_guard.check("i'm a worthless piece of shit")
    assert own.action == "allow"
    assert "distress.worthless" in own.reasons
    assert "abuse.vulgar" not in own.reasons
    # aimed at someone, the same words stay abuse, the swear word with them
    aimed = lexicon_guard.check("you're a worthless piece of shit")
    assert aimed.action != "allow"
    assert {"abuse.insult", "abuse.vulgar"} <= set(aimed.reasons)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # dying said alone, in the same clause as a game, is the player's character's death
        ("i always die at the final boss", "clean"),
        ("if i die in this level i quit", "clean"),
        ("whenever i die in this game i lose everything", "clean"),
        ("je meurs tout le temps sur ce boss", "clean"),
        ("quand je meurs dans fortnite je rage", "clean"),
        ("si je meurs dans le jeu je perds tout", "clean"),
        # a wish to die stays one, game or not, and so does the game of life
        ("j'ai envie de mourir sur ce jeu tellement il est dur", "risk>=moderate"),
        ("i want to die, this game is the only thing keeping me going", "risk>=moderate"),
        ("i die inside in this game of life", "risk>=low"),
        ("je meurs à l'intérieur dans ce jeu de la vie", "risk>=low"),
        # in another clause the game says nothing of the death
        ("i lost the game. i just want to die", "risk>=moderate"),
    ],
)
def test_a_death_in_a_game_is_the_players_character(guard: Guard, text: str, expect: str) -> None:
    """A care flag alerts moderators at once: a character's death in a game must not raise
    one. With the learned layer on, since it reads "die" too, it must not raise one alone."""
    assert_expectation(guard.check(text), expect, text)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a negation governs its own clause: a threat or a wish to die that opens with its own
        # subject, after it, is out of its reach
        ("tu bouges pas t'es mort", "cat:threat action:block"),
        ("ne bouge pas, on arrive pour te défoncer", "cat:threat action:block"),
        ("tu bouges pas de la sortie, on t'attend", "cat:threat action:block"),
        ("fais pas le malin t'es mort", "cat:threat action:block"),
        ("bouge pas tu vas finir a l'hopital", "cat:threat action:block"),
        ("ne me touche pas sinon t'es mort", "cat:threat action:block"),
        ("don't move you're dead", "cat:threat action:block"),
        ("si tu paies pas je te defonce", "cat:threat action:block"),
        ("je sais pas je veux mourir", "cat:self_harm"),
        ("no i want to die", "cat:self_harm"),
        # the negation of the clause itself still cancels it
        ("je vais pas te frapper", "not:threat"),
        ("personne va te defoncer", "not:threat"),
        ("je te ferai jamais de mal", "not:threat"),
        ("je ne veux pas mourir", "not:self_harm"),
        ("t'es pas nul", "not:abuse"),
        # a negation of the main verb reaches a clause under "que" or a verb of thinking
        ("je crois pas qu'on va te frapper", "not:threat"),
        # "jamais" put first negates the clause it opens
        ("jamais je te toucherai", "not:threat"),
    ],
)
def test_a_negation_cancels_only_what_it_governs(
    lexicon_guard: Guard, text: str, expect: str
) -> None:
    """ "tu bouges pas, t'es mort": the "pas" negates "bouges", not the threat after it."""
    assert_expectation(lexicon_guard.check(text), expect, text)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a support frame that starts inside a threat is its condition, not support
        ("descends si t'es un homme", "cat:threat action:block"),
        ("si t'as des idees noires, viens me voir", "not:threat"),
        # a violent threat said laughing next to a word of love is teasing
        ("jvais te frapper tellement t'es bete mdr jtm", "not:threat action:allow"),
        ("jvais te frapper tellement t'es bete mdr", "cat:threat"),
        ("jvais te frapper tellement t'es bete jtm", "cat:threat"),
    ],
)
def test_support_and_teasing_frames_around_threats(
    lexicon_guard: Guard, text: str, expect: str
) -> None:
    assert_expectation(lexicon_guard.check(text), expect, text)


# Hand-written: who a self-harm phrase is about, and words after it that make it ordinary.
@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a will that is someone else's: not the author's wish to die
        ("mon cousin veut me tuer à mario kart", "risk:none"),
        ("mes soeurs veulent me tuer parce que j'ai pris la salle de bain", "risk:none"),
        ("my brother wants me to die in the game lol", "not:self_harm"),
        # the author's own body, heart or head stays the author
        ("mon coeur veut mourir", "risk>=moderate"),
        ("je veux me tuer", "risk>=moderate"),
        # leaving with a destination is a move; with the beyond, it is not
        ("je vais partir pour toujours en Australie avec mes parents", "risk:none"),
        ("je vais partir pour toujours", "risk>=moderate"),
        ("je veux disparaître à jamais", "risk>=moderate"),
        # "tout" opening a noun phrase is not "everything"
        ("j'en ai marre de tout ce vent aujourd'hui", "risk:none"),
        ("j'en ai marre de tout", "risk:low"),
        ("j'en ai marre de tout ce qui m'arrive", "risk:low"),
    ],
)
def test_who_a_self_harm_phrase_is_about_and_what_follows_it(
    lexicon_guard: Guard, text: str, expect: str
) -> None:
    assert_expectation(lexicon_guard.check(text), expect, text)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # the authors denying what they are take back a slur, not an insult thrown after it
        ("on est pas gouines, on est juste potes", "not:hate"),
        ("on est pas grosse vache", "cat:abuse"),
        # a denial of a claim takes back the insult in it, past a subject and its copula
        ("personne pense que t'es moche, t'inquiète", "not:abuse"),
        ("je trouve pas que t'es bête du tout", "not:abuse"),
        ("i don't think you're ugly at all", "not:abuse"),
        ("je trouve que t'es bête", "cat:abuse"),
    ],
)
def test_a_denial_takes_back_what_it_denies(guard: Guard, text: str, expect: str) -> None:
    assert_expectation(guard.check(text), expect, text)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # harassment named as a subject of school, a campaign or a statistic is not suffered
        ("demain c'est la journée contre le harcèlement, on fait des affiches", "clean"),
        ("notre exposé sur le cyberharcèlement est prêt", "clean"),
        ("les élèves LGBT sont plus exposés au harcèlement selon l'étude", "not:bullied"),
        ("our group did a poster about cyberbullying", "clean"),
        # the author's own report keeps its care flag
        ("je subis du harcèlement depuis la rentrée", "cat:bullied"),
        ("ils me harcèlent sur snap", "cat:bullied"),
        ("i'm a victim of cyberbullying", "cat:bullied"),
    ],
)
def test_a_topic_frame_cancels_only_the_word_of_being_bullied(
    lexicon_guard: Guard, text: str, expect: str
) -> None:
    assert_expectation(lexicon_guard.check(text), expect, text)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # the words that silence, said in delight or surprise
        ("tg c'est ouf 😂 t'as eu des places au premier rang", "not:abuse"),
        ("shut up u legend", "not:abuse"),
        ("shut up 😂 no way you got in", "not:abuse"),
        ("ta gueule, c'est pas possible d'être aussi lourd", "cat:abuse"),
        ("ta gueule c'est nul ce que tu racontes", "cat:abuse"),
        ("shut up you idiot", "cat:abuse"),
        # a death threat over a spoiler is a fan's hyperbole; over anything else it stays a threat
        ("si tu me spoiles la saison 3 je te tue", "not:threat"),
        ("i'll kill you if you spoil the finale", "not:threat"),
        ("je vais te tuer si tu parles à quelqu'un", "cat:threat"),
        ("i'll kill you if you tell anyone", "cat:threat"),
        # a friend who knows the house and brings something kind
        ("je sais où t'habites, je t'apporte de la soupe ce soir", "not:threat"),
        ("je sais où t'habites, j'arrive avec mes potes", "cat:threat"),
        ("i know where you live, i'm bringing my brothers", "cat:threat"),
        # announcing what follows, unless the reader's things follow
        ("je vais tout balancer dans le groupe : le planning des révisions", "not:threat"),
        ("je vais tout balancer dans le groupe : tes messages", "cat:threat"),
    ],
)
def test_everyday_frames_around_silencing_threats_and_exposure(
    guard: Guard, text: str, expect: str
) -> None:
    assert_expectation(guard.check(text), expect, text)
