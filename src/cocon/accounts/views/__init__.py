from cocon.accounts.views.home import HomeView

__all__ = ["HomeView"]
