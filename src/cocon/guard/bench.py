"""Throughput benchmark on a synthetic corpus (no dataset text).

Messages of 50 to 500 characters are assembled from a small hand-written vocabulary, with the
mix a chat sees: mostly ordinary talk, some insults (some obfuscated), some distress, accents,
emoji, numbers. Measured on one core, in this process.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time

from cocon.guard.engine import Guard

__all__ = ["corpus_from", "run_bench", "synthetic_corpus"]

_WORDS_FR = (
    "salut ça va trop bien demain on se voit au collège après les cours avec les autres "
    "j'ai fini mes devoirs le prof de maths nous a donné un contrôle vraiment difficile "
    "tu viens ce soir à la soirée chez Léa on regarde un film et on mange des pizzas "
    "franchement c'était génial le match hier soir l'équipe a gagné trois à zéro "
    "je suis fatiguée mais contente de mes notes ma mère est fière de moi "
    "wesh frère t'as vu la vidéo mdr jpp elle est trop drôle ptdr"
).split()
_WORDS_EN = (
    "hey how are you doing today i just finished my homework and the teacher was nice "
    "we should go to the park after school with everyone else and get some ice cream "
    "honestly that movie was amazing lol the ending surprised me so much"
).split()
_SPICE = (
    "connard",
    "c0nnnard",
    "t'es nul",
    "fdp",
    "ta gueule",
    "je suis nulle",
    "personne ne m'aime",
    "j'ai envie de mourir",
    "kys",
    "you're ugly",
    "mort de rire",
    "ce prof me tue",
    "🖕",
    "ajoute moi sur snap",
    "06 12 34 56 78",
    "é è à ç œ",
    "😂😂",
    "i want to die",
    "ｔｇ",
)


def synthetic_corpus(n: int, seed: int = 7) -> list[str]:
    """Return ``n`` messages of 50 to 500 characters, reproducibly.

    Examples
    --------
    >>> msgs = synthetic_corpus(100)
    >>> all(50 <= len(m) <= 500 for m in msgs)
    True
    """
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    out: list[str] = []
    for _ in range(n):
        target = int(rng.triangular(50, 500, 120))
        words = _WORDS_EN if rng.random() < 0.3 else _WORDS_FR
        parts: list[str] = []
        length = 0
        while length < target:
            piece = rng.choice(_SPICE) if rng.random() < 0.015 else rng.choice(words)
            parts.append(piece)
            length += len(piece) + 1
        text = " ".join(parts)[:target].strip()
        while len(text) < 50:
            text += " " + rng.choice(words)
        out.append(text[:500])
    return out


def corpus_from(path: str, n: int, seed: int = 7) -> list[str]:
    """Return ``n`` texts of 50 to 500 characters from a JSON Lines file (``text`` field),
    shuffled reproducibly: real messages, read at run time, never stored.

    The synthetic corpus repeats a small vocabulary, so every cache of the engine (the lexicon
    plan of a word, its typo reading, its learned-layer share) is warm after a few messages;
    real messages keep bringing new words, and this measures that.
    """
    texts: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                text = json.loads(line).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str) and 50 <= len(text) <= 500:
                texts.append(text)
    random.Random(seed).shuffle(texts)  # noqa: S311 - a reproducible sample, not a secret
    if not texts:
        raise ValueError(f"{path}: no text of 50 to 500 characters")
    return (texts * (n // len(texts) + 1))[:n]


def run_bench(
    n: int = 20_000,
    seed: int = 7,
    *,
    learned: bool = True,
    deep: bool = False,
    corpus_path: str | None = None,
    warm: bool = False,
    batch: int = 1,
) -> str:
    """Run the benchmark and return a printable report.

    ``corpus_path``: a JSON Lines file of real messages to use instead of the synthetic corpus.
    ``batch``: screen ``batch`` messages per :meth:`Guard.check_many` call (latency is then
    the batch's mean per message).
    ``warm``: screen the whole corpus once before timing it, so that every word has been met:
    the steady state of a long-running server, against the default cold start in which real
    messages keep bringing words the engine has never seen.
    """
    corpus = corpus_from(corpus_path, n, seed) if corpus_path else synthetic_corpus(n, seed)
    n = len(corpus)
    t0 = time.perf_counter()
    guard = Guard(learned=learned, deep=deep).load()
    ready = time.perf_counter() - t0
    for text in corpus if warm else corpus[:200]:  # warm the translation table and caches
        guard.check(text)
    # CPU time of this thread, not wall time: the figures then describe the engine, not
    # whatever else the machine is running.
    latencies: list[int] = []
    check = guard.check
    clock = time.thread_time_ns
    start = time.perf_counter()
    cpu_start = time.process_time()
    if batch > 1:
        # one Guard.check_many per batch: a message's latency is its batch's mean, and a
        # message waits for its whole batch
        for at in range(0, n, batch):
            chunk = corpus[at : at + batch]
            t = clock()
            guard.check_many(chunk)
            latencies.extend([(clock() - t) // len(chunk)] * len(chunk))
    else:
        for text in corpus:
            t = clock()
            check(text)
            latencies.append(clock() - t)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] / 1e6

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss_kb / 1024 if sys.platform != "darwin" else rss_kb / 1024 / 1024
    mean_len = sum(map(len, corpus)) / len(corpus)
    return (
        f"messages: {n} ({'from ' + corpus_path if corpus_path else 'synthetic'}, 50-500 chars, "
        f"mean {mean_len:.0f}; caches {'warm: every message seen once' if warm else 'cold'}), "
        "learned layer: "
        f"{'on' if guard.model_ is not None else 'off'}, deep mode: {'on' if deep else 'off'}, "
        f"{f'batches of {batch} (Guard.check_many)' if batch > 1 else 'one message per check'}\n"
        f"Guard() ready: {ready * 1000:.0f} ms\n"
        f"throughput: {n / cpu:,.0f} messages/s per core (CPU time; "
        f"{n / elapsed:,.0f}/s wall clock)\n"
        f"latency ms (CPU): p50 {pct(0.50):.3f}  p90 {pct(0.90):.3f}  p99 {pct(0.99):.3f}  "
        f"max {latencies[-1] / 1e6:.3f}\n"
        f"peak RSS: {rss_mb:.0f} MB"
    )
