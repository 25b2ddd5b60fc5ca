"""The notification list; opening it marks everything read."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views import View

from cocon.community.actions.notifications import do_mark_notifications_read
from cocon.community.models import Notification
from cocon.community.views.common import member_of, render_page


class NotificationListView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        items = list(
            Notification.objects.filter(recipient=member_of(request))
            .select_related("post", "comment")
            .order_by("-id")[:50]
        )
        return render_page(request, "notifications", {"notifications": items})

    def post(self, request: HttpRequest) -> HttpResponse:
        do_mark_notifications_read(member_of(request))
        return HttpResponseRedirect(reverse("community:notifications"))
