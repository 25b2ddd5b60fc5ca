from django.urls import path

from cocon.care.consumers import CareAlertConsumer

websocket_urlpatterns = [path("ws/care/alerts/", CareAlertConsumer.as_asgi())]
