from django.contrib import admin
from django.urls import include, path

from cocon.accounts import views as account_views
from cocon.api.v1 import api

urlpatterns = [
    path("", account_views.HomeView.as_view(), name="home"),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("cocon.accounts.urls")),
    path("", include("cocon.community.urls")),
    path("help/", include("cocon.resources.urls")),
    path("console/", include("cocon.console.urls")),
    path("care/", include("cocon.care.urls")),
    path("safety/", include("cocon.safety.urls")),
    path("admin/", admin.site.urls),
]
