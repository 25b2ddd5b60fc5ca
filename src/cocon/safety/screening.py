"""The one place where every text a member writes is screened before anyone else sees it.

Posts, comments, journal entries, bios and pseudonyms all go through ``screen_text``; callers
honour the action it returns (allow, nudge, hold, block) and store ``verdict`` with the content.

The moderators' own watched rules run first (``cocon.safety.queries.rules``), then the
cocon.guard engine; the stricter action wins. A rule whose action is ``flag`` publishes the
text and queues it for a moderator.

Side effects (``record=True``, the default, when ``author`` is a member): a blocked text gives
the author a strike (and an immediate suspension for incitement, threat or hate); non-allowed
outcomes are kept to detect harassment across messages. Pass in ``context`` what is known:
``target_member_id`` (the member addressed, e.g. the author of the post a comment answers),
``target_type``/``target_id`` (the thread, e.g. ``"community.post"``, 12), and the engine's
own keys ``reply_to`` and ``history``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Literal

from cocon.safety.queries.rules import ACTION_ORDER, match_rules, strictest

Action = Literal["allow", "nudge", "hold", "block"]
TextKind = Literal["post", "comment", "journal", "bio", "pseudonym"]

_guard_lock = threading.Lock()
_guard: Any = None


@dataclass(frozen=True)
class Screening:
    """What the screening decided, with everything needed to explain it later."""

    action: Action
    rule: str
    risk: str = "none"
    reasons: tuple[str, ...] = ()
    spans: tuple[dict[str, Any], ...] = ()
    verdict: dict[str, Any] = field(default_factory=dict)
    # Watched-rule hits: {"rule_id", "category", "action", "start", "end"}.
    watched: tuple[dict[str, Any], ...] = ()

    @property
    def is_visible(self) -> bool:
        return self.action == "allow"

    @property
    def flagged(self) -> bool:
        """Published, but a watched rule asked a moderator to look."""
        return any(hit["action"] == "flag" for hit in self.watched)

    @property
    def categories(self) -> tuple[str, ...]:
        """Categories behind the decision, from spans and reason codes."""
        cats = {str(s.get("category", "")) for s in self.spans} | {
            r.split(".")[0] for r in self.reasons
        }
        return tuple(sorted(c for c in cats if c and c != "watched"))


def get_guard() -> Any:
    """Return the process-wide engine, built once on first use (thread-safe)."""
    global _guard
    if _guard is None:
        with _guard_lock:
            if _guard is None:
                from django.conf import settings

                from cocon.guard import Guard

                _guard = Guard(deep=settings.COCON_GUARD_DEEP)
    return _guard


def warm_up() -> None:
    """Build the engine and run it once, so that no member's message pays for loading it."""
    get_guard().check("bonjour")


def screen_text(
    text: str,
    *,
    author: Any = None,
    kind: TextKind = "post",
    context: dict[str, Any] | None = None,
    record: bool = True,
) -> Screening:
    """Screen ``text`` with the moderators' rules and cocon.guard and return the decision."""
    hits = match_rules(text)
    guard = get_guard()
    country = getattr(author, "country", None)
    lang = getattr(author, "language", None)
    engine_context = dict(context or {})
    if "reply_to" not in engine_context and isinstance(engine_context.get("post_body"), str):
        engine_context["reply_to"] = engine_context["post_body"]
    verdict = guard.check(text, country=country, context=engine_context)
    data = verdict.to_dict()
    engine_action = str(data["action"])
    watched = tuple(
        {
            "rule_id": h.rule_id,
            "category": h.category,
            "action": h.action,
            "start": h.start,
            "end": h.end,
        }
        for h in hits
    )
    rule_action = strictest([h.action for h in hits])
    action = strictest([engine_action, rule_action])
    if action == "flag":
        action = "allow"
    rule = str(data.get("rule", ""))
    order = ("allow", *ACTION_ORDER)
    if hits and rule_action != "flag" and order.index(rule_action) >= order.index(engine_action):
        deciding = max(hits, key=lambda h: ACTION_ORDER.index(h.action))
        rule = f"watched.{deciding.rule_id}"
    reasons = tuple(sorted({*data.get("reasons", ()), *(f"{h.category}.watched" for h in hits)}))
    spans = tuple(data.get("spans", ())) + tuple(
        {"start": h.start, "end": h.end, "category": h.category, "code": h.code} for h in hits
    )
    spans = tuple(sorted(spans, key=lambda s: (s["start"], s["end"], s["category"])))
    screening = Screening(
        action=action,  # type: ignore[arg-type]
        rule=rule,
        risk=str(data.get("risk", "none")),
        reasons=reasons,
        spans=spans,
        verdict={
            **data,
            "action": action,
            "rule": rule,
            "engine_action": engine_action,
            "engine_rule": data.get("rule", ""),
            "watched": list(watched),
            "author_language": lang,
        },
        watched=watched,
    )
    # A private journal is never seen by others: no strikes or patterns for what is written there.
    if (
        record
        and kind != "journal"
        and author is not None
        and getattr(author, "pk", None) is not None
    ):
        from cocon.safety.actions.screenings import do_record_screening

        do_record_screening(screening, text=text, author=author, kind=kind, context=context or {})
    return screening
