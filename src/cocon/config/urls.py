from django.contrib import admin
from django.urls import include, path

from cocon.api.v1 import api
from cocon.accounts import views as account_views

urlpatterns = [
    path("", account_views.HomeView.as_view(), name="home"),
    path("api/v1/", api.urls),
    path("", include("cocon.accounts.urls")),
    path("admin/", admin.site.urls),
]
