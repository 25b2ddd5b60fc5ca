from django.urls import path

from cocon.safety.views.messages import MessagesView
from cocon.safety.views.reports import ReportView

app_name = "safety"

urlpatterns = [
    path("report/", ReportView.as_view(), name="report"),
    path("messages/", MessagesView.as_view(), name="messages"),
]
