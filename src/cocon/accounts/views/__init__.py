from cocon.accounts.views.charter import CharterView
from cocon.accounts.views.home import HomeView
from cocon.accounts.views.language import LanguageView
from cocon.accounts.views.login import LoginView, LogoutView
from cocon.accounts.views.parental import ParentConfirmView
from cocon.accounts.views.password_reset import PasswordResetConfirmView, PasswordResetRequestView
from cocon.accounts.views.privacy import DeleteAccountView, ExportDataView, PrivacyView
from cocon.accounts.views.settings import SettingsView
from cocon.accounts.views.signup import SignupView

__all__ = [
    "CharterView",
    "DeleteAccountView",
    "ExportDataView",
    "HomeView",
    "LanguageView",
    "LoginView",
    "LogoutView",
    "ParentConfirmView",
    "PasswordResetConfirmView",
    "PasswordResetRequestView",
    "PrivacyView",
    "SettingsView",
    "SignupView",
]
