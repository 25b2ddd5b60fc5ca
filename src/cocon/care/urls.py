from django.urls import path

from cocon.care.views import cases, member, metrics

app_name = "care"

urlpatterns = [
    path("", cases.CaseListView.as_view(), name="cases"),
    path("duty/", cases.DutyView.as_view(), name="duty"),
    path("metrics/", metrics.MetricsView.as_view(), name="metrics"),
    path("cases/<int:case_id>/", cases.CaseDetailView.as_view(), name="case"),
    path("cases/<int:case_id>/<slug:step>/", cases.CaseStepView.as_view(), name="case_step"),
    path(
        "referrals/<int:referral_id>/outcome/",
        cases.ReferralOutcomeView.as_view(),
        name="referral_outcome",
    ),
    path("inbox/", member.InboxView.as_view(), name="inbox"),
    path("answer/", member.AnswerView.as_view(), name="answer"),
    path("contact/", member.ContactView.as_view(), name="contact"),
]
