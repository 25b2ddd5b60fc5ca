"""The :class:`Guard`: normalise, match lexicons, apply context, assess risk, decide."""

from __future__ import annotations

import math
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from cocon.guard.context import IDIOM_DYING, resolve
from cocon.guard.errors import DeepUnavailableError
from cocon.guard.langdetect import detect_lang
from cocon.guard.lexicon import CATEGORIES, TOKEN, Hit, Lexicon, load_lexicon, tokenize
from cocon.guard.normalize import Normalized, normalize
from cocon.guard.policy import DEFAULT_POLICY, Policy
from cocon.guard.risk import RISK_BY_CODE, assess_risk, raise_risk
from cocon.guard.typos import TypoReader, read_keep, reader_for
from cocon.guard.verdict import RISK_LEVELS, Span, Verdict

__all__ = ["Guard"]

# Score of one hit by severity; several hits combine as independent evidence (noisy-or), so two
# mid insults weigh as much as one severe one.
_WEIGHT = {1: 0.45, 2: 0.7, 3: 0.92}
# Self-harm score by risk level: the score follows the C-SSRS level, not the number of phrases.
_SELF_HARM_SCORE = {"none": 0.0, "low": 0.2, "moderate": 0.7, "high": 0.9, "imminent": 0.98}
_ZERO = dict.fromkeys(CATEGORIES, 0.0)
# Log-odds added by a lexicon score of 1 when blending with the learned layer (see _combine).
_LEXICON_LOGIT = 3.0
# Risk level the English self-harm model alone can set: a care flag, never a hold. The low floor
# is where the model alone flags less everyday English than the previous model (character
# n-grams across words) did at 0.6: on held-out Davidson tweets 13 care flags (36 before), for 188
# of 231 r/SuicideWatch posts (197).
_LEARNED_RISK = ((0.95, "moderate"), (0.8, "low"))
# Deep mode's probabilities are far more decided (most posts sit below 0.001 or above 0.999), so
# its floors are set where it flags no more everyday English text than the floors above do: on
# held-out Davidson tweets it alone sets 6 care flags where the fast layer sets 13. The encoder is
# multilingual, so in deep mode its self-harm head also reads French (0.1 % of French chat
# messages and tweets reach 0.95; there is no labelled French self-harm data to measure recall).
_DEEP_LEARNED_RISK = ((0.999, "moderate"), (0.95, "low"))
_SCORED = frozenset(CATEGORIES)
# Idioms that make dying a figure of speech or a game ("killing it", "every time i die").
_DEATH_IDIOMS = frozenset({"idiom.hyperbole", "idiom.game"})
_SPAN = re.Match.span
# Building the tuple directly skips the named tuple's Python-level __new__.
_new_hit = tuple.__new__


class _Model(Protocol):
    def predict(self, normalized: str) -> dict[str, float]: ...

    def learn(self, normalized_texts: Sequence[str]) -> None: ...


class _Deep(Protocol):
    def blend(self, fast: Mapping[str, float], normalized: str) -> dict[str, float]: ...


def _load_learned() -> _Model | None:
    # The learned layer is optional: the engine must work (lexicon only) before an artefact is
    # trained, and in a deployment that chooses not to ship numpy.
    try:
        from cocon.guard.learned import LearnedModel  # type: ignore[import-not-found,unused-ignore]

        model: _Model = LearnedModel.load()
    except Exception:  # noqa: BLE001 - any failure to load means "lexicon only"
        return None
    return model


class Guard:
    """Moderation and risk engine.

    Parameters
    ----------
    policy : Policy, optional
        Rules from scores to actions; :data:`cocon.guard.policy.DEFAULT_POLICY` by default.
    learned : bool, default True
        Combine the learned layer's probabilities with the lexicon evidence when its artefact is
        available. Explanations (spans, reasons) always come from the lexicons.
    langs : tuple of str, default ("fr", "en")
        Lexicons to load. Both are matched on every message, since people mix them.
    deep : bool, default False
        Correct the learned layer with a multilingual sentence encoder (:mod:`cocon.guard.deep`):
        better scores at 1-10 ms per message instead of 0.1 ms. Needs ``cocon[deep]`` and the
        learned layer; loading fails loudly (:class:`~cocon.guard.deep.DeepUnavailableError`)
        rather than quietly screening without it.

    Notes
    -----
    Nothing is read when the object is created: lexicons and the model load on the first
    :meth:`check` (or :meth:`load`), once, under a lock. The object is then read-only and can be
    shared between threads.

    Examples
    --------
    >>> guard = Guard(learned=False)
    >>> v = guard.check("t'es qu'un c0nnnard")
    >>> v.action, v.rule, v.reasons
    ('nudge', 'abuse.mild', ('abuse.insult',))
    >>> v = guard.check("ce soir j'en finis, j'ai tout préparé")
    >>> v.risk, v.action
    ('imminent', 'hold')
    """

    def __init__(
        self,
        *,
        policy: Policy = DEFAULT_POLICY,
        learned: bool = True,
        langs: tuple[str, ...] = ("fr", "en"),
        deep: bool = False,
    ) -> None:
        if deep and not learned:
            raise ValueError("deep mode corrects the learned layer: it needs learned=True")
        self.policy = policy
        self.learned = learned
        self.langs = langs
        self.deep = deep
        self._lock = threading.Lock()
        self._lexicon: Lexicon | None = None
        self._model: _Model | None = None
        self._deep: _Deep | None = None
        self._typos: TypoReader | None = None
        self._quiet: tuple[str, str] = ("allow", "default")

    def load(self) -> Guard:
        """Load lexicons (and the learned model) now rather than on the first check."""
        if self._lexicon is None:
            with self._lock:
                if self._lexicon is None:
                    lexicon = load_lexicon(self.langs)
                    self._typos = reader_for(lexicon, read_keep())
                    self._model = _load_learned() if self.learned else None
                    if self.deep:
                        from cocon.guard.deep import DeepModel

                        if self._model is None:
                            raise DeepUnavailableError("deep mode needs the learned artefact")
                        self._deep = DeepModel.load()
                    self._quiet = self.policy.decide(_ZERO, "none", _ZERO)
                    self.lexicon_ = lexicon
                    self.model_ = self._model
                    self._lexicon = lexicon
        return self

    def check(
        self,
        text: str,
        *,
        lang: str | None = None,
        country: str | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> Verdict:
        """Return the verdict on ``text``.

        Parameters
        ----------
        text : str
            The message, as typed.
        lang : {"fr", "en"}, optional
            Skip language detection.
        country : str, optional
            ISO country code of the author (reserved for country-specific rules).
        context : mapping, optional
            ``reply_to`` (str): the message this one answers; ``history`` (sequence of str): the
            author's recent messages, oldest first.

        Returns
        -------
        Verdict
        """
        return self._verdict(*self._read(text, lang, context))

    def check_many(
        self,
        texts: Sequence[str],
        *,
        langs: Sequence[str | None] | None = None,
        contexts: Sequence[Mapping[str, Any] | None] | None = None,
    ) -> list[Verdict]:
        """Return the verdict on each of ``texts``: the same verdicts as :meth:`check`.

        ``langs`` and ``contexts``, when given, hold one entry per text (see :meth:`check`).
        For screening many messages at once (an export, a queue): the learned layer hashes the
        words it has not met in one pass for the whole batch, where :meth:`check` pays numpy's
        per-call overhead (some thirty calls) for each message that brings a new word.

        Examples
        --------
        >>> guard = Guard()
        >>> [v.action for v in guard.check_many(["merci !", "t'es qu'un connard"])]
        ['allow', 'nudge']
        """
        if (langs is not None and len(langs) != len(texts)) or (
            contexts is not None and len(contexts) != len(texts)
        ):
            raise ValueError("langs and contexts need one entry per text")
        read = [
            self._read(
                text,
                langs[i] if langs is not None else None,
                contexts[i] if contexts is not None else None,
            )
            for i, text in enumerate(texts)
        ]
        if self._model is not None and len(read) > 1:
            self._model.learn([r[4] for r in read])
        return [self._verdict(*r) for r in read]

    def _read(
        self, text: str, lang: str | None, context: Mapping[str, Any] | None
    ) -> tuple[Normalized, list[Hit], str, str, str]:
        """Everything :meth:`_verdict` needs: the normalised text, the hits after context, the
        language, the risk the author's history carries and the text the learned layer reads."""
        lexicon = self._lexicon
        if lexicon is None:
            lexicon = self.load()._lexicon
            assert lexicon is not None  # noqa: S101 - load() always sets it
        n = normalize(text)
        if self._typos is not None:
            # A masked word ("p*te") or one broken by an emoji is a deliberate disguise of a
            # known word: every layer reads the word.
            undisguised = self._typos.undisguise(n)
            if undisguised is not None:
                n = undisguised
        tokens = tokenize(n.text)
        # The learned layers read the text as they were trained on it, typos included.
        model_text = n.text
        words = set(tokens)
        fixed = self._typos.fix(n, words) if self._typos is not None else None
        if fixed is not None:
            # a misspelt key word ("muslmis") is matched as the word; spans stay on the original
            n = fixed
            tokens = tokenize(n.text)
            words = set(tokens)
        hits = lexicon.match_tokens(tokens, words)
        if lexicon.groups_:
            hits.extend(lexicon.match_patterns(n.text, n.raw, words))
        detected = lang if lang in ("fr", "en") else detect_lang(words)
        reply_at_risk = False
        history_risk = "none"
        if context:
            reply_to = context.get("reply_to")
            if isinstance(reply_to, str) and reply_to:
                reply_at_risk = self._risk_only(reply_to) not in ("none", "low")
            history = context.get("history")
            if isinstance(history, Sequence) and not isinstance(history, str):
                for past in list(history)[-20:]:
                    if isinstance(past, str):
                        history_risk = raise_risk(history_risk, self._risk_only(past))
        # Laughter, idioms, report frames and timeframes only matter next to a real hit.
        if hits and any(h.category in _SCORED for h in hits):
            spans = list(map(_SPAN, TOKEN.finditer(n.text)))
            hits = _place(hits, spans)
            hits = resolve(tokens, n.text, spans, hits, reply_at_risk=reply_at_risk)
        else:
            # A hyperbole or a game with nothing scored beside it ("killed it at the gig",
            # "this essay is killing me") still tells the learned layer its self-harm guess is
            # about an idiom, as resolve does when an idiom cancels a word of dying.
            hits = [h._replace(code=IDIOM_DYING) for h in hits if h.code in _DEATH_IDIOMS][:1]
        return n, hits, detected, history_risk, model_text

    def _risk_only(self, text: str) -> str:
        """Return the lexicon risk level of a context message."""
        lexicon = self._lexicon
        assert lexicon is not None  # noqa: S101
        n = normalize(text)
        tokens = tokenize(n.text)
        hits = lexicon.match_tokens(tokens) + lexicon.match_patterns(n.text, n.raw)
        if not hits:
            return "none"
        spans = list(map(_SPAN, TOKEN.finditer(n.text)))
        hits = resolve(tokens, n.text, spans, _place(hits, spans))
        return assess_risk(hits)[0]

    def _verdict(
        self,
        n: Normalized,
        hits: list[Hit],
        lang: str,
        history_risk: str,
        model_text: str,
    ) -> Verdict:
        if not hits and self._model is None:
            # The common case: nothing found, nothing to blend; the policy's answer on all-zero
            # scores was computed once at load.
            action, rule = self._quiet
            return Verdict(scores=dict(_ZERO), risk="none", action=action, rule=rule, lang=lang)
        scores = dict(_ZERO)
        risk = "none"
        reasons: set[str] = set()
        out_spans: list[Span] = []
        if hits:
            # A method named alone ("le pont", "doliprane") is no risk and no reason to show.
            if any(h.code == "self_harm.method" for h in hits) and not any(
                h.code in RISK_BY_CODE and h.code != "self_harm.method" for h in hits
            ):
                hits = [h for h in hits if h.code != "self_harm.method"]
            risk, risk_code = assess_risk(hits)
            if risk_code is not None:
                reasons.add(risk_code)
            if risk_code == "self_harm.timeframe":
                # show the moderator the "ce soir" that made it imminent
                for hit in hits:
                    if hit.category == "timeframe":
                        view_span = n.raw_span if hit.view == "raw" else n.span
                        start, end = view_span(hit.start, hit.end)
                        out_spans.append(Span(start, end, "self_harm", "self_harm.timeframe"))
            # Overlapping hits of one category are one piece of evidence ("sale pute" and
            # "pute", "you're ugly" and "ugly"): each cluster counts once, at its strongest.
            hits = sorted(hits, key=lambda h: (h.category, h.view, h.start, h.end))
            cluster_key: tuple[str, str] = ("", "")
            cluster_end = -1
            cluster_weight = 0.0
            for hit in hits:
                cat = hit.category
                if cat not in scores:
                    continue
                reasons.add(hit.code)
                if cat != "self_harm":
                    weight = _WEIGHT[hit.severity]
                    if (cat, hit.view) == cluster_key and hit.start < cluster_end:
                        # same cluster: replace its weight by the stronger one
                        if weight > cluster_weight:
                            scores[cat] = 1.0 - (1.0 - scores[cat]) / (1.0 - cluster_weight) * (
                                1.0 - weight
                            )
                            cluster_weight = weight
                        cluster_end = max(cluster_end, hit.end)
                    else:
                        scores[cat] = 1.0 - (1.0 - scores[cat]) * (1.0 - weight)
                        cluster_key, cluster_end, cluster_weight = (cat, hit.view), hit.end, weight
                if hit.view == "raw":
                    start, end = n.raw_span(hit.start, hit.end)
                else:
                    start, end = n.span(hit.start, hit.end)
                out_spans.append(Span(start, end, cat, hit.code))
            if history_risk != "none" and risk != "none":
                raised = raise_risk(risk, min(history_risk, "high", key=RISK_LEVELS.index))
                if raised != risk:
                    risk = raised
                    reasons.add("self_harm.history")
        evidence = dict(scores)
        evidence["self_harm"] = _SELF_HARM_SCORE[risk]
        learned: dict[str, float] = {}
        if self._model is not None:
            learned = self._model.predict(model_text)
            if self._deep is not None:
                learned = self._deep.blend(learned, model_text)
            risk = self._combine(
                scores,
                learned,
                lang,
                risk,
                reasons,
                deep=self._deep is not None,
                idiom=bool(hits) and any(h.code == IDIOM_DYING for h in hits),
            )
        scores["self_harm"] = max(scores["self_harm"], _SELF_HARM_SCORE[risk])
        care = risk != "none" or scores["abuse_disclosure"] > 0.0 or scores["bullied"] > 0.0
        action, rule = self.policy.decide(scores, risk, evidence, care=care)
        out_spans.sort(key=lambda s: (s.start, s.end, s.category))
        return Verdict(
            scores=scores,
            risk=risk,
            action=action,
            rule=rule,
            spans=tuple(out_spans),
            lang=lang,
            reasons=tuple(sorted(reasons)),
            care=care,
            learned=learned,
            evidence=evidence if learned else {},
        )

    @staticmethod
    def _combine(
        scores: dict[str, float],
        learned: Mapping[str, float],
        lang: str,
        risk: str,
        reasons: set[str],
        *,
        deep: bool = False,
        idiom: bool = False,
    ) -> str:
        """Blend the learned probabilities into the lexicon scores; return the risk level.

        Abuse and hate add the lexicon evidence to the model's log-odds
        (``logit(p) + 3 * lexicon``): where the lexicon is silent the model's ranking is kept,
        and a lexicon hit lifts a message well above what the model says alone. The policy
        reads the lexicon evidence for every block, hold and ordinary nudge, so the model alone
        can only trigger the ``*.learned`` nudges. The self-harm model was trained on English
        posts only: French risk rests on the lexicon, except in deep mode, whose encoder carries
        what it learned from English over to French. Where the lexicon read the words of dying
        as an idiom or a game (``idiom``: "every time i die", "i always die at the final boss"),
        the model, which reads the same words, raises no care flag on its own.
        """
        # The model's "abusive" covers every abusive category, so all their evidence counts.
        abusive = max(scores["abuse"], scores["hate"], scores["threat"], scores["sexual"],
                      scores["incitement"])  # fmt: skip
        for cat, key, lexicon in (("abuse", "abusive", abusive), ("hate", "hate", scores["hate"])):
            p = min(max(float(learned.get(key, 0.0)), 1e-4), 1.0 - 1e-4)
            z = math.log(p / (1.0 - p)) + _LEXICON_LOGIT * lexicon
            scores[cat] = 1.0 / (1.0 + math.exp(-z))
        if lang == "en" or deep:
            self_harm = float(learned.get("self_harm", 0.0))
            base = max(scores["self_harm"], _SELF_HARM_SCORE[risk])
            scores["self_harm"] = 1.0 - (1.0 - base) * (1.0 - self_harm)
            if idiom:
                return risk
            for floor, level in _DEEP_LEARNED_RISK if deep else _LEARNED_RISK:
                if self_harm >= floor and RISK_LEVELS.index(risk) < RISK_LEVELS.index(level):
                    reasons.add("self_harm.learned")
                    return level
        return risk


def _place(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    """Give every hit both token positions and character positions in the normalised text."""
    placed: list[Hit] = []
    append = placed.append
    starts: list[int] | None = None
    ends: list[int] = []
    for hit in hits:
        first = hit[0]
        if first >= 0:
            append(_new_hit(Hit, (*hit[:6], spans[first][0], spans[hit[1] - 1][1], "text")))
        elif hit.view == "text":
            if starts is None:  # only regular-expression hits on the folded text need these
                starts = [s for s, _ in spans]
                ends = [e for _, e in spans]
            first = bisect_left(ends, hit.start + 1)
            last = max(first + 1, bisect_right(starts, hit.end - 1))
            if first >= len(spans):
                append(hit)
                continue
            append(
                Hit(
                    first,
                    min(last, len(spans)),
                    hit.category,
                    hit.code,
                    hit.severity,
                    hit.flags,
                    hit.start,
                    hit.end,
                    "text",
                )  # fmt: skip
            )
        else:
            append(hit)
    return placed
