from django.urls import path

from cocon.community.views.checkin import CheckinStartView, CheckinStepView
from cocon.community.views.comments import CommentDeleteView, CommentEditView, CommentSendAnywayView
from cocon.community.views.feeds import FeedView
from cocon.community.views.journal import JournalView
from cocon.community.views.notifications import NotificationListView
from cocon.community.views.posts import (
    PostDeleteView,
    PostDetailView,
    PostEditView,
    PostReactView,
    PostSendAnywayView,
)
from cocon.community.views.relations import MemberRelationView

app_name = "community"

urlpatterns = [
    path("feed/", FeedView.as_view(kind="latest"), name="feed"),
    path("feed/support/", FeedView.as_view(kind="support"), name="feed-support"),
    path("feed/mine/", FeedView.as_view(kind="mine"), name="feed-mine"),
    path("journal/", JournalView.as_view(), name="journal"),
    path("checkin/", CheckinStartView.as_view(), name="checkin"),
    path("checkin/<int:step>/", CheckinStepView.as_view(), name="checkin-step"),
    path("posts/<int:post_id>/", PostDetailView.as_view(), name="post"),
    path("posts/<int:post_id>/react/", PostReactView.as_view(), name="post-react"),
    path("posts/<int:post_id>/edit/", PostEditView.as_view(), name="post-edit"),
    path("posts/<int:post_id>/send/", PostSendAnywayView.as_view(), name="post-send"),
    path("posts/<int:post_id>/delete/", PostDeleteView.as_view(), name="post-delete"),
    path("comments/<int:comment_id>/edit/", CommentEditView.as_view(), name="comment-edit"),
    path("comments/<int:comment_id>/send/", CommentSendAnywayView.as_view(), name="comment-send"),
    path("comments/<int:comment_id>/delete/", CommentDeleteView.as_view(), name="comment-delete"),
    path("members/<str:pseudonym>/relation/", MemberRelationView.as_view(), name="member-relation"),
    path("notifications/", NotificationListView.as_view(), name="notifications"),
]
