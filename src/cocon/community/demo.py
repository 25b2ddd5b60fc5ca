"""Demo content for ``make run``: themes, a few members, check-ins and replies written by the team."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from cocon.accounts.models import Member
from cocon.community.models import Comment, Post, Reaction, Status, Theme
from cocon.community.themes import ensure_themes

DEMO_PASSWORD = "cocon-demo-2026"  # noqa: S105 - printed by `make run`, demo accounts only

MEMBERS = (
    ("Lune_bleue", 2008, "FR", "fr"),
    ("Sacha.k", 2006, "BE", "fr"),
    ("Maelle_qc", 2007, "CA", "fr"),
    ("Tom_ok", 2005, "CH", "en"),
)

# (author, theme, mood, emotions, need, visibility, hours ago, body, replies [(author, body)], reactions [(member, kind)])
POSTS: tuple[tuple[Any, ...], ...] = (
    (
        "Lune_bleue",
        "school",
        2,
        ["stress", "anxiety"],
        "encouragement",
        "community",
        30,
        "Bac blanc de maths demain matin. J'ai révisé mais j'ai l'impression que tout se mélange 😵‍💫",
        [
            (
                "Sacha.k",
                "Tu as révisé, c'est déjà énorme. Relis juste tes fiches ce soir et dors bien 💪",
            ),
            (
                "Tom_ok",
                "Same here last year. Sleep matters more than one more hour of revision, promise 🌟",
            ),
        ],
        [("Sacha.k", "strength"), ("Tom_ok", "heart")],
    ),
    (
        "Sacha.k",
        "friends",
        3,
        ["loneliness", "confusion"],
        "advice",
        "anonymous",
        20,
        "Mon groupe d'amis fait des sorties sans moi depuis deux semaines. Je ne sais pas si je dois leur en parler.",
        [
            (
                "Maelle_qc",
                "Moi je leur demanderais simplement, sans reproche. Souvent c'est un malentendu 🤗",
            )
        ],
        [("Lune_bleue", "hug")],
    ),
    (
        "Maelle_qc",
        "leisure",
        5,
        ["joy", "pride"],
        "vent",
        "community",
        8,
        "J'ai fini mon premier dessin à l'aquarelle, je suis trop fière 🎨✨",
        [],
        [("Lune_bleue", "star")],
    ),
    (
        "Tom_ok",
        "future-orientation",
        2,
        ["stress", "confusion"],
        "advice",
        "community",
        3,
        "I have to choose my studies next month and I still have no idea what I want to do.",
        [],
        [],
    ),
    (
        "Lune_bleue",
        "family",
        3,
        ["tiredness", "sadness"],
        "vent",
        "journal",
        50,
        "Dispute à la maison ce soir. Je l'écris ici pour vider ma tête.",
        [],
        [],
    ),
    (
        "Lune_bleue",
        "school",
        4,
        ["calm", "hope"],
        "vent",
        "journal",
        2,
        "Finalement le bac blanc s'est mieux passé que prévu 🙂",
        [],
        [],
    ),
)


def seed() -> list[tuple[str, str]]:
    """Create the demo content if missing; return (pseudonym, password) of the accounts created."""
    created: list[tuple[str, str]] = []
    with transaction.atomic():
        ensure_themes(Theme)
        members: dict[str, Member] = {}
        for pseudonym, birth_year, country, language in MEMBERS:
            member = Member.objects.filter(pseudonym=pseudonym).first()
            if member is None:
                member = Member.objects.create_user(
                    pseudonym,
                    DEMO_PASSWORD,
                    birth_year=birth_year,
                    birth_month=3,
                    country=country,
                    province="QC" if country == "CA" else "",
                    language=language,
                )
                created.append((pseudonym, DEMO_PASSWORD))
            members[pseudonym] = member
        if Post.objects.filter(author__in=members.values()).exists():
            return created
        themes = {t.slug: t for t in Theme.objects.all()}
        now = timezone.now()
        for (
            author,
            theme,
            mood,
            emotions,
            need,
            visibility,
            hours,
            body,
            replies,
            reactions,
        ) in POSTS:
            at = now - dt.timedelta(hours=hours)
            post = Post.objects.create(
                author=members[author],
                theme=themes[theme],
                mood=mood,
                emotions=emotions,
                need=need,
                visibility=visibility,
                body=body,
                status=Status.VISIBLE,
                created_at=at,
                screening={"action": "allow", "rule": "demo", "reasons": []},
            )
            for i, (replier, text) in enumerate(replies):
                Comment.objects.create(
                    post=post,
                    author=members[replier],
                    body=text,
                    created_at=at + dt.timedelta(minutes=20 * (i + 1)),
                    screening={"action": "allow", "rule": "demo", "reasons": []},
                )
            post.reply_count = len(replies)
            post.save(update_fields=["reply_count"])
            for reactor, kind in reactions:
                Reaction.objects.create(post=post, member=members[reactor], kind=kind)
    return created
