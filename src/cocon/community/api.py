"""The community part of the v1 API: check-ins, feeds, replies, support, blocks, notifications."""

from __future__ import annotations

from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from ninja import Field, Query, Router, Schema
from ninja import Status as HttpStatus

from cocon.accounts.errors import CoconError
from cocon.accounts.models import Member
from cocon.accounts.pseudonyms import fold_pseudonym
from cocon.accounts.ratelimit import check_rate_limit
from cocon.api.auth import member_auth
from cocon.care.queries.help import help_for_screening, help_offer_to_dict
from cocon.community.access import (
    access_own_comment_by_id,
    access_own_post_by_id,
    access_post_by_id,
    check_comment_permission,
    check_post_permission,
    check_react_permission,
)
from cocon.community.actions.checkins import do_create_checkin, do_send_post_anyway
from cocon.community.actions.comments import (
    do_create_comment,
    do_delete_comment,
    do_edit_comment,
    do_send_comment_anyway,
)
from cocon.community.actions.notifications import do_mark_notifications_read
from cocon.community.actions.posts import do_delete_post, do_edit_post
from cocon.community.actions.reactions import do_toggle_reaction
from cocon.community.actions.relations import (
    do_block_member,
    do_mute_member,
    do_unblock_member,
    do_unmute_member,
)
from cocon.community.models import (
    Emotion,
    Mood,
    Need,
    Notification,
    ReactionKind,
    Status,
    Theme,
    Visibility,
)
from cocon.community.presenters import (
    comment_to_dict,
    feed_row_to_dict,
    outcome_message,
    post_to_dict,
)
from cocon.community.queries.feeds import (
    FEED_KINDS,
    get_comments_for_member,
    get_feed_rows_for_member,
    get_reactions_for_post,
    parse_cursor,
)
from cocon.community.queries.journal import PERIODS, get_journal_stats
from cocon.community.text import clean_text
from cocon.community.validation import validate_checkin

router = Router(tags=["community"], auth=member_auth)


class CheckinIn(Schema):
    mood: Any = Field(None, description="1 (really not good) to 5 (really good)")
    emotions: Any = Field(None, description="one or more emotion codes, see GET /checkin-options")
    theme: Any = Field(None, description="a theme slug")
    need: Any = Field(None, description="vent | advice | encouragement | team")
    body: Any = Field(None, description="text and emoji only")
    visibility: Any = Field(None, description="community | anonymous | journal")


class TextIn(Schema):
    body: Any = None


class ReactionIn(Schema):
    kind: Any = Field(None, description="heart | hug | strength | thanks | star")


# A notification id is a database bigint: larger numbers are refused (422), never sent to the
# database, where SQLite cannot even take them as a parameter.
NotificationId = Annotated[int, Field(ge=1, le=2**63 - 1)]


class ReadIn(Schema):
    ids: list[NotificationId] | None = None


class FeedQuery(Schema):
    kind: str = "latest"
    theme: str | None = None
    cursor: str | None = None


def _member(request: HttpRequest) -> Member:
    return request.user  # type: ignore[return-value]


def _refused(post_or_comment_status: str) -> CoconError:
    message = outcome_message(post_or_comment_status)
    return CoconError("refused", message, fields={"body": [message]}, status=422)


def _status_code(status: str) -> int:
    return 202 if status == Status.HELD else 201


@router.get("/checkin-options", summary="The choices of each check-in step")
def checkin_options(request: HttpRequest) -> dict[str, Any]:
    return {
        "moods": [{"value": v, "label": str(label)} for v, label in Mood.choices],
        "emotions": [{"value": v, "label": str(label)} for v, label in Emotion.choices],
        "themes": [
            {"value": t.slug, "label": t.name} for t in Theme.objects.filter(is_active=True)
        ],
        "needs": [{"value": v, "label": str(label)} for v, label in Need.choices],
        "visibilities": [{"value": v, "label": str(label)} for v, label in Visibility.choices],
        "reactions": [{"value": v, "label": str(label)} for v, label in ReactionKind.choices],
    }


@router.post("/checkins", response={201: dict, 202: dict}, summary="Share a check-in in one call")
def create_checkin(request: HttpRequest, payload: CheckinIn) -> HttpStatus[Any]:
    member = _member(request)
    permission = check_post_permission(member)
    data = validate_checkin(payload.dict())
    check_rate_limit(request, "post", key=f"member:{member.pk}")
    post = do_create_checkin(member, data, permission=permission)
    if post.status == Status.BLOCKED:
        raise _refused(post.status)
    offer = help_for_screening(member, post.screening)
    return HttpStatus(
        _status_code(post.status),
        {**post_to_dict(post, member), "help": help_offer_to_dict(offer, member.language)},
    )


def _unknown_theme(slug: str | None) -> bool:
    return bool(slug) and not Theme.objects.filter(slug=slug).exists()


def _unknown_theme_error() -> CoconError:
    message = pgettext("feed error", "Unknown theme.")
    return CoconError("invalid", message, fields={"theme": [message]})


@router.get("/feed", summary="One page of a feed; pass next_cursor back as cursor")
def feed(request: HttpRequest, query: Query[FeedQuery]) -> dict[str, Any]:
    member = _member(request)
    if query.kind not in FEED_KINDS:
        raise CoconError(
            "invalid",
            pgettext("feed error", "Unknown feed."),
            fields={"kind": [", ".join(FEED_KINDS)]},
        )
    theme = query.theme[:40] if query.theme else None
    try:
        cursor = parse_cursor(query.cursor)
    except CoconError:
        if _unknown_theme(theme):
            raise _unknown_theme_error() from None
        raise
    # The theme is looked up by its slug inside the feed query; only an empty page (or a
    # feed that ignores themes) needs to ask whether it exists.
    page = get_feed_rows_for_member(member, query.kind, theme_slug=theme, cursor=cursor)
    if (not page.rows or query.kind not in ("latest", "support")) and _unknown_theme(theme):
        raise _unknown_theme_error()
    return {
        "posts": [feed_row_to_dict(row, member) for row in page.rows],
        "next_cursor": page.next_cursor,
    }


@router.get("/posts/{post_id}", summary="A post with its replies")
def get_post(request: HttpRequest, post_id: int) -> dict[str, Any]:
    member = _member(request)
    post = access_post_by_id(member, post_id)
    mine, count = get_reactions_for_post(member, post)
    data = post_to_dict(post, member, mine, count)
    data["comments"] = [comment_to_dict(c, member) for c in get_comments_for_member(member, post)]
    return data


@router.patch("/posts/{post_id}", summary="Edit my post (within the edit window; screened again)")
def edit_post(request: HttpRequest, post_id: int, payload: TextIn) -> dict[str, Any]:
    member = _member(request)
    post = access_own_post_by_id(member, post_id)
    body = clean_text(
        payload.body, kind="journal" if post.visibility == Visibility.JOURNAL else "post"
    )
    do_edit_post(member, post, body)
    if post.status == Status.BLOCKED:
        raise _refused(post.status)
    return post_to_dict(post, member)


@router.post("/posts/{post_id}/send-anyway", summary="Publish a nudged post as it is")
def send_post_anyway(request: HttpRequest, post_id: int) -> dict[str, Any]:
    member = _member(request)
    post = access_own_post_by_id(member, post_id)
    do_send_post_anyway(member, post)
    return post_to_dict(post, member)


@router.delete("/posts/{post_id}", response={204: None}, summary="Delete my post")
def delete_post(request: HttpRequest, post_id: int) -> HttpStatus[Any]:
    member = _member(request)
    do_delete_post(member, access_own_post_by_id(member, post_id))
    return HttpStatus(204, None)


@router.post(
    "/posts/{post_id}/comments", response={201: dict, 202: dict}, summary="Reply to a post"
)
def create_comment(request: HttpRequest, post_id: int, payload: TextIn) -> HttpStatus[Any]:
    member = _member(request)
    post = access_post_by_id(member, post_id)
    check_comment_permission(member, post)
    body = clean_text(payload.body, kind="comment")
    check_rate_limit(request, "post", key=f"member:{member.pk}")
    comment = do_create_comment(member, post, body)
    if comment.status == Status.BLOCKED:
        raise _refused(comment.status)
    return HttpStatus(_status_code(comment.status), comment_to_dict(comment, member))


@router.patch(
    "/comments/{comment_id}", summary="Edit my reply (within the edit window; screened again)"
)
def edit_comment(request: HttpRequest, comment_id: int, payload: TextIn) -> dict[str, Any]:
    member = _member(request)
    comment = access_own_comment_by_id(member, comment_id)
    do_edit_comment(member, comment, clean_text(payload.body, kind="comment"))
    if comment.status == Status.BLOCKED:
        raise _refused(comment.status)
    return comment_to_dict(comment, member)


@router.post("/comments/{comment_id}/send-anyway", summary="Publish a nudged reply as it is")
def send_comment_anyway(request: HttpRequest, comment_id: int) -> dict[str, Any]:
    member = _member(request)
    comment = access_own_comment_by_id(member, comment_id)
    do_send_comment_anyway(member, comment)
    return comment_to_dict(comment, member)


@router.delete("/comments/{comment_id}", response={204: None}, summary="Delete my reply")
def delete_comment(request: HttpRequest, comment_id: int) -> HttpStatus[Any]:
    member = _member(request)
    do_delete_comment(member, access_own_comment_by_id(member, comment_id))
    return HttpStatus(204, None)


@router.post("/posts/{post_id}/reactions", summary="Send or take back a supportive reaction")
def toggle_reaction(request: HttpRequest, post_id: int, payload: ReactionIn) -> dict[str, Any]:
    member = _member(request)
    post = access_post_by_id(member, post_id)
    if not isinstance(payload.kind, str) or payload.kind not in ReactionKind.values:
        message = pgettext("reaction error", "Choose one of ❤️ 🤗 💪 🙏 🌟.")
        raise CoconError("invalid", message, fields={"kind": [message]})
    check_react_permission(member, post)
    on = do_toggle_reaction(member, post, payload.kind)
    return {"kind": payload.kind, "on": on}


def _target(pseudonym: str) -> Member:
    return get_object_or_404(Member, pseudonym_key=fold_pseudonym(pseudonym[:64]), is_active=True)


@router.put("/members/{pseudonym}/block", summary="Block a member (hides both ways, no replies)")
def block(request: HttpRequest, pseudonym: str) -> dict[str, Any]:
    return {"blocked": True, "changed": do_block_member(_member(request), _target(pseudonym))}


@router.delete("/members/{pseudonym}/block", summary="Unblock a member")
def unblock(request: HttpRequest, pseudonym: str) -> dict[str, Any]:
    return {"blocked": False, "changed": do_unblock_member(_member(request), _target(pseudonym))}


@router.put("/members/{pseudonym}/mute", summary="Mute a member (hides theirs from me)")
def mute(request: HttpRequest, pseudonym: str) -> dict[str, Any]:
    return {"muted": True, "changed": do_mute_member(_member(request), _target(pseudonym))}


@router.delete("/members/{pseudonym}/mute", summary="Unmute a member")
def unmute(request: HttpRequest, pseudonym: str) -> dict[str, Any]:
    return {"muted": False, "changed": do_unmute_member(_member(request), _target(pseudonym))}


@router.get("/notifications", summary="My latest notifications and the unread count")
def notifications(request: HttpRequest) -> dict[str, Any]:
    member = _member(request)
    items = list(Notification.objects.filter(recipient=member).order_by("-id")[:50])
    unread = Notification.objects.filter(recipient=member, read_at__isnull=True).count()
    return {"unread": unread, "notifications": [n.as_dict() for n in items]}


@router.post("/notifications/read", summary="Mark my notifications read (all, or the given ids)")
def read_notifications(request: HttpRequest, payload: ReadIn) -> dict[str, Any]:
    return {"marked": do_mark_notifications_read(_member(request), payload.ids)}


@router.get("/journal/stats", summary="My mood per day and my most frequent emotions")
def journal_stats(request: HttpRequest, days: int = 30) -> dict[str, Any]:
    if days not in PERIODS:
        raise CoconError(
            "invalid", _("Some answers need another look."), fields={"days": ["7, 30, 90"]}
        )
    stats = get_journal_stats(_member(request), days)
    return {
        "days": days,
        "checkins": stats.checkins,
        "moods": [
            {"day": d.day.isoformat(), "average": d.average, "count": d.count} for d in stats.moods
        ],
        "emotions": [
            {"emotion": code, "label": label, "count": n} for code, label, n in stats.emotions
        ],
    }
