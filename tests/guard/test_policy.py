"""Policy: ordered rules, named decisions, validated configuration."""

from __future__ import annotations

import pytest

from cocon.guard import DEFAULT_POLICY, Guard, Policy, Rule


@pytest.mark.parametrize(
    ("text", "action", "rule"),
    [
        ("kys", "block", "incitement"),
        ("je vais te tuer", "block", "threat"),
        ("sale arabe", "block", "hate"),
        ("fdp", "block", "abuse.severe"),
        ("envoie des nudes", "hold", "sexual"),
        ("ajoute-moi sur snap", "hold", "personal_info"),
        ("t'es nul", "nudge", "abuse.mild"),
        ("j'ai acheté des médocs pour en finir", "hold", "care.high_risk"),
        ("je me scarifie", "allow", "default"),
        ("bonne soirée à tous", "allow", "default"),
    ],
)
def test_default_policy_for_a_youth_platform(
    lexicon_guard: Guard, text: str, action: str, rule: str
) -> None:
    verdict = lexicon_guard.check(text)
    assert (verdict.action, verdict.rule) == (action, rule)


def test_author_at_high_risk_is_held_even_when_the_message_also_insults(
    lexicon_guard: Guard,
) -> None:
    verdict = lexicon_guard.check("ta gueule, j'ai acheté des médocs et ce soir c'est fini")
    assert (verdict.action, verdict.rule) == ("hold", "care.high_risk")


def test_rules_are_tried_in_order() -> None:
    policy = Policy(
        rules=(Rule("first", "abuse", "nudge", 0.1), Rule("second", "abuse", "block", 0.1))
    )
    assert policy.decide({"abuse": 0.9}, "none") == ("nudge", "first")


def test_risk_rule_matches_from_its_level_up() -> None:
    policy = Policy(rules=(Rule("care", "risk", "hold", min_risk="moderate"),))
    assert policy.decide({}, "low") == ("allow", "default")
    assert policy.decide({}, "moderate") == ("hold", "care")
    assert policy.decide({}, "imminent") == ("hold", "care")


def test_rule_reads_evidence_unless_told_to_read_scores() -> None:
    evidence_rule = Policy(rules=(Rule("lex", "abuse", "nudge", 0.5),))
    score_rule = Policy(rules=(Rule("blend", "abuse", "nudge", 0.5, source="scores"),))
    assert evidence_rule.decide({"abuse": 0.9}, "none", {"abuse": 0.0}) == ("allow", "default")
    assert score_rule.decide({"abuse": 0.9}, "none", {"abuse": 0.0}) == ("nudge", "blend")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"action": "delete"},
        {"action": "block", "min_risk": "severe"},
        {"action": "block", "source": "model"},
    ],
)
def test_invalid_rules_are_refused_at_construction(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        Rule("bad", "abuse", **kwargs)  # type: ignore[arg-type]


def test_default_policy_never_blocks_on_risk() -> None:
    assert all(r.action != "block" for r in DEFAULT_POLICY.rules if r.category == "risk")


def test_policy_decides_like_each_rule_matches() -> None:
    for scores, risk, evidence in [
        ({"abuse": 0.9}, "none", {"abuse": 0.9}),
        ({"abuse": 0.98}, "low", {"abuse": 0.1}),
        ({"hate": 0.7}, "moderate", None),
        ({}, "high", {}),
        ({"sexual": 0.5}, "none", {"sexual": 0.5}),
    ]:
        for care in (False, True):
            expected = next(
                (
                    (r.action, r.name)
                    for r in DEFAULT_POLICY.rules
                    if r.matches(scores, risk, evidence, care=care)
                ),
                (DEFAULT_POLICY.default, "default"),
            )
            assert DEFAULT_POLICY.decide(scores, risk, evidence, care=care) == expected


def test_the_learned_layer_alone_never_nudges_a_message_that_raises_care() -> None:
    """A young person who says they are unwell is not asked to mind their words by the model
    alone; a nudge the lexicon evidence explains still applies."""
    learned_only = ({"abuse": 0.99, "hate": 0.99}, "low", {"abuse": 0.0, "hate": 0.0})
    assert DEFAULT_POLICY.decide(*learned_only) == ("nudge", "abuse.learned")
    assert DEFAULT_POLICY.decide(*learned_only, care=True) == ("allow", "default")
    explained = ({"abuse": 0.99}, "low", {"abuse": 0.7})
    assert DEFAULT_POLICY.decide(*explained, care=True) == ("nudge", "abuse.mild")
    assert {r.name for r in DEFAULT_POLICY.rules if r.spares_care} == {
        "abuse.learned",
        "hate.learned",
    }


def test_a_rule_subclass_keeps_its_own_matches() -> None:
    class Weekend(Rule):
        def matches(self, scores, risk, evidence=None):  # type: ignore[no-untyped-def]
            return scores.get("abuse", 0.0) > 0.0

    policy = Policy(rules=(Weekend("weekend", "abuse", "hold", 0.99), Rule("x", "hate", "nudge")))
    assert policy.decide({"abuse": 0.1}, "none") == ("hold", "weekend")
    assert policy.decide({"hate": 0.6}, "none") == ("nudge", "x")
