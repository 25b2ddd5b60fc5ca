from django.urls import path

from cocon.console.views.audit import AuditLogView
from cocon.console.views.items import ItemClaimView, ItemDecideView, ItemRevealView, ItemView
from cocon.console.views.members import MemberView, SanctionLiftView
from cocon.console.views.queue import ClaimNextView, QueueView
from cocon.console.views.rules import RuleDeactivateView, RulesView
from cocon.console.views.stats import StatsView

app_name = "console"

urlpatterns = [
    path("", QueueView.as_view(), name="queue"),
    path("next/", ClaimNextView.as_view(), name="claim-next"),
    path("items/<int:item_id>/", ItemView.as_view(), name="item"),
    path("items/<int:item_id>/claim/", ItemClaimView.as_view(), name="item-claim"),
    path("items/<int:item_id>/reveal/", ItemRevealView.as_view(), name="item-reveal"),
    path("items/<int:item_id>/decide/", ItemDecideView.as_view(), name="item-decide"),
    path("rules/", RulesView.as_view(), name="rules"),
    path("rules/<int:rule_id>/deactivate/", RuleDeactivateView.as_view(), name="rule-deactivate"),
    path("members/<int:member_id>/", MemberView.as_view(), name="member"),
    path("sanctions/<int:sanction_id>/lift/", SanctionLiftView.as_view(), name="sanction-lift"),
    path("audit/", AuditLogView.as_view(), name="audit"),
    path("stats/", StatsView.as_view(), name="stats"),
]
