"""Throughput of the learned layer alone: µs per message and messages/s on one core.

Run: ``.venv/bin/python bench/guard_learned.py [--length 300] [--n 20000]``.  Reported, not
asserted (the test suite has its own, looser, bound).
"""

from __future__ import annotations

import argparse
import statistics
import time

from cocon.guard.learned import LearnedModel, normalize_for_model

# Hand-written, mixed French and English, kind and unkind: no dataset text.
SENTENCES = (
    "salut tout le monde, on se retrouve demain au lycée pour réviser le contrôle de maths ?",
    "t'es vraiment qu'un gros nul, personne veut de toi ici, va te cacher",
    "merci pour ton message, ça m'a fait du bien de lire ça ce soir",
    "honestly this is the best song i have heard all week, thanks for sharing",
    "je me sens seul en ce moment et j'ai du mal à dormir, quelqu'un a des conseils ?",
    "you are so stupid lol nobody asked for your opinion",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--length", type=int, default=300, help="characters per message")
    parser.add_argument("--n", type=int, default=20000, help="messages per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    model = LearnedModel.load()
    load_s = time.perf_counter() - started
    texts = []
    for i, sentence in enumerate(SENTENCES):
        text = " ".join([sentence] * (args.length // len(sentence) + 1))[: args.length]
        texts.append(normalize_for_model(text + str(i)))
    for text in texts:
        model.predict(text)

    per_message = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for i in range(args.n):
            model.predict(texts[i % len(texts)])
        per_message.append((time.perf_counter() - started) / args.n)
    best = min(per_message)
    median = statistics.median(per_message)
    print(f"load: {load_s * 1000:.0f} ms")
    print(
        f"predict, {args.length} chars: {median * 1e6:.1f} µs/message median "
        f"({best * 1e6:.1f} best), {1 / median:,.0f} msgs/s on one core"
    )


if __name__ == "__main__":
    main()
