"""The care part of the v1 API."""

from ninja import Router

router = Router(tags=["care"])
