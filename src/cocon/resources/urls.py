from django.urls import path

from cocon.resources.views.help import HelpIndexView
from cocon.resources.views.sos import SosRequestView, SosView
from cocon.resources.views.survival_kit import SurvivalKitView

app_name = "resources"

urlpatterns = [
    path("", HelpIndexView.as_view(), name="index"),
    path("sos/", SosView.as_view(), name="sos"),
    path("sos/request/", SosRequestView.as_view(), name="sos-request"),
    path("survival-kit/", SurvivalKitView.as_view(), name="survival-kit"),
]
