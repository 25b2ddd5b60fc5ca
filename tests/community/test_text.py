from __future__ import annotations

import pytest
from django.test import override_settings

from cocon.accounts.errors import CoconError
from cocon.community.text import clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Coucou <3", "Coucou <3"),
        ("😀🌈💪", "😀🌈💪"),
        ("  bonjour\n\n\n\nà tous  ", "bonjour\n\nà tous"),
        ("in\u200bvi\u2060si\ufeffble", "invisible"),
        ("dev 👩\u200d💻 ok", "dev 👩\u200d💻 ok"),
        ("mot\u200dcaché", "motcaché"),
        ("cloche\x07 \x00sonne", "cloche sonne"),
        ("e\u0301te\u0301", "été"),
        (
            "appelle le https://www.filsantejeunes.com/ si besoin",
            "appelle le https://www.filsantejeunes.com/ si besoin",
        ),
        ("note: demain contrôle", "note: demain contrôle"),
    ],
)
def test_clean_text_keeps_text_and_emoji_and_strips_invisible_characters(
    raw: str, expected: str
) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("<b>gras</b>", "text_html"),
        ('<img src="x" onerror="alert(1)">', "text_html"),
        ("<!-- caché -->", "text_html"),
        ("![chat](https://img.example/chat.png)", "text_markdown"),
        ("[clique](https://example.com)", "text_markdown"),
        ("data:image/png;base64,iVBORw0", "text_uri"),
        ("javascript:alert(1)", "text_uri"),
        ("écris-moi mailto:moi@example.com", "text_uri"),
        ("va sur https://example.com", "text_link"),
        ("snap: www.snapchat.com/add/moi", "text_link"),
        ("insta.gg/moi", "text_link"),
        ("   \u200b  ", "text_empty"),
        (None, "text_invalid"),
        (42, "text_invalid"),
        (["liste"], "text_invalid"),
    ],
)
def test_clean_text_refuses_markup_uris_links_and_non_text(raw: object, code: str) -> None:
    with pytest.raises(CoconError) as caught:
        clean_text(raw)
    assert caught.value.code == code
    assert caught.value.status == 400
    assert list(caught.value.fields) == ["body"]


def test_clean_text_limits_posts_to_2000_and_comments_to_1000_characters() -> None:
    assert len(clean_text("a" * 2000, kind="post")) == 2000
    with pytest.raises(CoconError) as caught:
        clean_text("a" * 2001, kind="post")
    assert caught.value.code == "text_too_long"
    assert (
        str(caught.value.message)
        == "Ton message fait 2001 caractères ; la limite est de 2000. Peux-tu le raccourcir ?"
    )
    with pytest.raises(CoconError):
        clean_text("a" * 1001, kind="comment")


@override_settings(COCON_COMMENT_MAX_CHARS=10, COCON_LINK_ALLOWLIST=["example.org"])
def test_clean_text_limits_and_allowlist_come_from_settings() -> None:
    assert clean_text("voir example.org/aide", kind="post") == "voir example.org/aide"
    with pytest.raises(CoconError):
        clean_text("onze lettres", kind="comment")
    with pytest.raises(CoconError):
        clean_text("https://www.filsantejeunes.com/", kind="post")
