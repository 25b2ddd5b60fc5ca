from __future__ import annotations

from typing import Any

from cocon.community.models import Post


def test_checkin_api_creates_a_visible_post(member_api: Any, checkin_payload: dict[str, Any]) -> None:
    response = member_api.post("/api/v1/checkins", checkin_payload)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "visible"
    assert Post.objects.count() == 1
    feed = member_api.get("/api/v1/feed").json()
    assert [p["id"] for p in feed["posts"]] == [data["id"]]
