import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cocon.config.settings")
application = get_wsgi_application()

if os.environ.get("COCON_PRELOAD_ENGINE", "1") == "1":
    # Load the moderation engine now so the first message is not the slow one.
    from cocon.safety.screening import warm_up

    warm_up()
