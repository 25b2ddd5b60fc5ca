"""Check-ins and posts, comments, supportive reactions, themes, blocks, mutes, notifications."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy


class Mood(models.IntegerChoices):
    VERY_LOW = 1, pgettext_lazy("mood", "Really not good")
    LOW = 2, pgettext_lazy("mood", "Not great")
    MIXED = 3, pgettext_lazy("mood", "So-so")
    GOOD = 4, pgettext_lazy("mood", "Good")
    VERY_GOOD = 5, pgettext_lazy("mood", "Really good")


MOOD_FACES = {1: "😢", 2: "😕", 3: "😐", 4: "🙂", 5: "😄"}


class Emotion(models.TextChoices):
    JOY = "joy", pgettext_lazy("emotion", "joy")
    CALM = "calm", pgettext_lazy("emotion", "calm")
    PRIDE = "pride", pgettext_lazy("emotion", "pride")
    GRATITUDE = "gratitude", pgettext_lazy("emotion", "gratitude")
    HOPE = "hope", pgettext_lazy("emotion", "hope")
    LOVE = "love", pgettext_lazy("emotion", "love")
    SADNESS = "sadness", pgettext_lazy("emotion", "sadness")
    LONELINESS = "loneliness", pgettext_lazy("emotion", "loneliness")
    ANXIETY = "anxiety", pgettext_lazy("emotion", "anxiety")
    STRESS = "stress", pgettext_lazy("emotion", "stress")
    ANGER = "anger", pgettext_lazy("emotion", "anger")
    FEAR = "fear", pgettext_lazy("emotion", "fear")
    SHAME = "shame", pgettext_lazy("emotion", "shame")
    TIREDNESS = "tiredness", pgettext_lazy("emotion", "tiredness")
    CONFUSION = "confusion", pgettext_lazy("emotion", "confusion")
    BOREDOM = "boredom", pgettext_lazy("emotion", "boredom")


class Need(models.TextChoices):
    VENT = "vent", pgettext_lazy("need", "To vent")
    ADVICE = "advice", pgettext_lazy("need", "Advice")
    ENCOURAGEMENT = "encouragement", pgettext_lazy("need", "Encouragement")
    TEAM = "team", pgettext_lazy("need", "To talk to the team")


class Visibility(models.TextChoices):
    COMMUNITY = "community", pgettext_lazy("visibility", "The community, under my pseudonym")
    ANONYMOUS = "anonymous", pgettext_lazy("visibility", "The community, anonymously")
    JOURNAL = "journal", pgettext_lazy("visibility", "My private journal")


PUBLIC_VISIBILITIES = (Visibility.COMMUNITY, Visibility.ANONYMOUS)


class Status(models.TextChoices):
    VISIBLE = "visible", pgettext_lazy("content status", "published")
    PENDING_NUDGE = "pending_nudge", pgettext_lazy("content status", "waiting for you to reread")
    HELD = "held", pgettext_lazy("content status", "being read by a moderator")
    BLOCKED = "blocked", pgettext_lazy("content status", "refused")
    DELETED = "deleted", pgettext_lazy("content status", "deleted")
    HIDDEN = "hidden", pgettext_lazy("content status", "hidden by the team")


# What the author's own feed ("my posts") shows of their public posts: not deleted or refused.
OWN_FEED_STATUSES = (Status.VISIBLE, Status.PENDING_NUDGE, Status.HELD, Status.HIDDEN)


class ReactionKind(models.TextChoices):
    HEART = "heart", "❤️"
    HUG = "hug", "🤗"
    STRENGTH = "strength", "💪"
    THANKS = "thanks", "🙏"
    STAR = "star", "🌟"


REACTION_LABELS = {
    ReactionKind.HEART: pgettext_lazy("reaction", "I am with you"),
    ReactionKind.HUG: pgettext_lazy("reaction", "A hug"),
    ReactionKind.STRENGTH: pgettext_lazy("reaction", "Courage"),
    ReactionKind.THANKS: pgettext_lazy("reaction", "Thank you"),
    ReactionKind.STAR: pgettext_lazy("reaction", "Well done"),
}


class Theme(models.Model):
    """What a check-in is about; administrators edit the list in the admin."""

    slug = models.SlugField(max_length=40, unique=True)
    name_fr = models.CharField(pgettext_lazy("theme field", "name (French)"), max_length=60)
    name_en = models.CharField(pgettext_lazy("theme field", "name (English)"), max_length=60)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = pgettext_lazy("model", "theme")
        verbose_name_plural = pgettext_lazy("model", "themes")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.localized(self.name_fr, self.name_en)

    @staticmethod
    def localized(name_fr: str, name_en: str) -> str:
        """Return the name in the active language (French unless English is active)."""
        return name_en if (get_language() or "fr").startswith("en") else name_fr


class Post(models.Model):
    """A check-in: mood, emotions, theme, need and a message, shared or kept in the journal."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="posts", null=True
    )
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="posts")
    mood = models.PositiveSmallIntegerField(choices=Mood.choices)
    emotions = models.JSONField(default=list)
    need = models.CharField(max_length=16, choices=Need.choices)
    visibility = models.CharField(max_length=16, choices=Visibility.choices)
    body = models.TextField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.VISIBLE)
    screening = models.JSONField(default=dict, blank=True)
    reply_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    # Set when the member's account is erased in "anonymise" mode: the post stays, detached.
    is_detached = models.BooleanField(default=False)

    class Meta:
        ordering = ["-id"]
        verbose_name = pgettext_lazy("model", "check-in")
        verbose_name_plural = pgettext_lazy("model", "check-ins")
        indexes = [
            # Feeds walk ids backwards (or forwards for "needs support") over public posts.
            models.Index(
                fields=["-id"],
                name="post_public_feed",
                condition=Q(status="visible", visibility__in=["community", "anonymous"]),
            ),
            models.Index(
                fields=["theme", "-id"],
                name="post_public_theme_feed",
                condition=Q(status="visible", visibility__in=["community", "anonymous"]),
            ),
            models.Index(
                fields=["id"],
                name="post_unanswered",
                condition=Q(
                    status="visible", visibility__in=["community", "anonymous"], reply_count=0
                ),
            ),
            models.Index(fields=["author", "visibility", "-id"], name="post_author"),
            # "My posts" (OWN_FEED_STATUSES) walks one author's ids backwards over both public
            # visibilities: read in order, it stops after a page instead of sorting them all.
            models.Index(
                fields=["author", "-id"],
                name="post_author_public",
                condition=Q(
                    visibility__in=["community", "anonymous"],
                    status__in=["visible", "pending_nudge", "held", "hidden"],
                ),
            ),
            models.Index(fields=["author", "created_at"], name="post_author_created"),
        ]

    def __str__(self) -> str:
        return f"post {self.pk}"

    @property
    def is_public(self) -> bool:
        return self.visibility in PUBLIC_VISIBILITIES

    @property
    def mood_face(self) -> str:
        return MOOD_FACES.get(self.mood, "")

    def emotion_labels(self) -> list[str]:
        labels = dict(Emotion.choices)
        return [str(labels[e]) for e in self.emotions if e in labels]


class Comment(models.Model):
    """A reply to a post (one level, shown oldest first)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments", null=True
    )
    body = models.TextField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.VISIBLE)
    screening = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    is_detached = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]
        verbose_name = pgettext_lazy("model", "reply")
        verbose_name_plural = pgettext_lazy("model", "replies")
        indexes = [
            models.Index(fields=["post", "id"], name="comment_post"),
            models.Index(fields=["author", "-id"], name="comment_author"),
        ]

    def __str__(self) -> str:
        return f"comment {self.pk}"


class Reaction(models.Model):
    """One supportive emoji from one member on one post; each kind at most once."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(max_length=16, choices=ReactionKind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["post", "member", "kind"], name="reaction_once_per_kind"
            )
        ]
        indexes = [models.Index(fields=["member", "post"], name="reaction_member")]

    def __str__(self) -> str:
        return f"{self.kind} on post {self.post_id}"


class Block(models.Model):
    """``blocker`` no longer sees ``blocked`` and the other way round; no replies either way."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_received"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["blocker", "blocked"], name="block_once")]
        indexes = [models.Index(fields=["blocked", "blocker"], name="block_reverse")]

    def __str__(self) -> str:
        return f"block {self.blocker_id}→{self.blocked_id}"


class Mute(models.Model):
    """``muter`` no longer sees what ``muted`` writes; ``muted`` is not told."""

    muter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mutes_made"
    )
    muted = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mutes_received"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["muter", "muted"], name="mute_once")]

    def __str__(self) -> str:
        return f"mute {self.muter_id}→{self.muted_id}"


class NotificationKind(models.TextChoices):
    REPLY = "reply", pgettext_lazy("notification kind", "reply")
    SUPPORT = "support", pgettext_lazy("notification kind", "support")
    TEAM = "team", pgettext_lazy("notification kind", "message from the team")
    # The team wrote in the member's care conversation (the text stays in care, see
    # cocon.care.notices); unread, it is one notification whose count grows.
    CARE = "care", pgettext_lazy("notification kind", "message in the conversation with the team")


class Notification(models.Model):
    """Something for the recipient to see: a reply, support received (counted), a team message."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=16, choices=NotificationKind.choices)
    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    count = models.PositiveIntegerField(default=1)
    # A team message (kind "team") carries its text, written in the recipient's language when
    # it was sent, and what it is about (a code such as "strike" or "sanction.mute_24h").
    code = models.CharField(max_length=64, blank=True, default="")
    body = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-id"], name="notification_recipient"),
            models.Index(
                fields=["recipient"], name="notification_unread", condition=Q(read_at__isnull=True)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.pk,
            "kind": self.kind,
            "post_id": self.post_id,
            "comment_id": self.comment_id,
            "count": self.count,
            "code": self.code,
            "body": self.body,
            "created_at": self.created_at.isoformat(),
            "read": self.read_at is not None,
        }
