from django.urls import path

from cocon.accounts import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.SignupView.as_view(), name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password/reset/", views.PasswordResetRequestView.as_view(), name="password-reset"),
    path(
        "password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path("settings/", views.SettingsView.as_view(), name="settings"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("privacy/export/", views.ExportDataView.as_view(), name="export"),
    path("privacy/delete/", views.DeleteAccountView.as_view(), name="delete"),
    path("charter/", views.CharterView.as_view(), name="charter"),
    path("language/", views.LanguageView.as_view(), name="language"),
    path("parent/confirm/<str:token>/", views.ParentConfirmView.as_view(), name="parent-confirm"),
]
