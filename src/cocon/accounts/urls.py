from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from cocon.accounts.views.parental import ParentConfirmView

app_name = "accounts"

urlpatterns = [
    path("parent/confirm/<str:token>/", ParentConfirmView.as_view(), name="parent-confirm"),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html", success_url=reverse_lazy("accounts:login")
        ),
        name="password-reset-confirm",
    ),
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="accounts/login.html"),
        name="login",
    ),
]
