"""Text and emoji only: the one validator for posts, comments, journal entries and bios.

It cleans what can be cleaned silently (control and zero-width characters, Unicode
normalisation, surrounding space) and refuses, with a stable code and a message in the
member's language, everything that could carry media, markup or a link out of Cocon.
The caller keeps the typed text and gives it back with the message: nothing is lost.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from django.utils.translation import pgettext_lazy

from cocon.accounts.errors import CoconError
from cocon.community import conf

TextKind = Literal["post", "comment", "journal", "bio"]

# Invisible characters used to hide words from the screening or to break layouts.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x180E, 0x200B, 0x200C, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)
_ZWJ = "\u200d"

_HTML_TAG = re.compile(r"<!--|</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MARKDOWN_LINK = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|^\s*\[[^\]\n]+\]:\s*\S+", re.MULTILINE)
_DATA_URI = re.compile(r"\bdata\s*:\s*[a-z]+/[a-z0-9.+-]+", re.IGNORECASE)
_SCHEME_URI = re.compile(
    r"\b(?:javascript|vbscript|file|ftp|sftp|mailto|tel|sms|blob|intent|ws|wss|ipfs|magnet|about|chrome|data)\s*:",
    re.IGNORECASE,
)
_TLDS = (
    "com|fr|net|org|be|ch|ca|io|ly|gg|me|tv|app|co|info|xyz|link|site|online|eu|uk|us|de|it|es|"
    "re|lu|qc|biz|club|live|shop|store|page|dev|ai|to|gl|gd|cc|ws|ru|tk|ml|ga|cf|top|bit"
)
_LINK = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"]+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:"
    + _TLDS
    + r")\b(?:/[^\s]*)?)",
    re.IGNORECASE,
)
_HOST = re.compile(r"^(?:https?://)?(?P<host>[^/\s:?#]+)", re.IGNORECASE)

MESSAGES = {
    "text_invalid": pgettext_lazy("text error", "Please write your message as text."),
    "text_empty": pgettext_lazy("text error", "Your message is empty. Write a few words or emoji."),
    "text_too_long": pgettext_lazy(
        "text error",
        "Your message is %(length)s characters long; the limit is %(limit)s. Could you shorten it?",
    ),
    "text_html": pgettext_lazy(
        "text error",
        "Cocon only takes text and emoji: please remove the HTML tags (like <b> or <img>).",
    ),
    "text_markdown": pgettext_lazy(
        "text error",
        "Cocon only takes text and emoji: please remove the image or link markup ([…](…)).",
    ),
    "text_uri": pgettext_lazy(
        "text error",
        "Cocon only takes text and emoji: please remove the address starting with “%(scheme)s”.",
    ),
    "text_link": pgettext_lazy(
        "text error",
        "To keep everyone safe, links are not allowed (except to help sites). Please remove “%(link)s”.",
    ),
    "text_attachment": pgettext_lazy(
        "text error", "Cocon only takes text and emoji: files and pictures cannot be attached."
    ),
}


def text_limit(kind: TextKind) -> int:
    if kind == "comment":
        return conf.comment_max_chars()
    if kind == "bio":
        return conf.bio_max_chars()
    return conf.post_max_chars()


def _is_emoji_part(char: str) -> bool:
    return unicodedata.category(char) in {"So", "Sk", "Mn"} or 0x1F000 <= ord(char) <= 0x1FAFF


def strip_invisible(text: str) -> str:
    """Remove control and zero-width characters, keeping line breaks and emoji joiners."""
    out: list[str] = []
    for i, char in enumerate(text):
        if char in "\n\t":
            out.append(" " if char == "\t" else char)
            continue
        if char == "\r":
            continue
        if char == _ZWJ:
            # A joiner between two emoji builds one emoji (👩‍💻); anywhere else it hides words.
            before = out[-1] if out else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before and after and _is_emoji_part(before) and _is_emoji_part(after):
                out.append(char)
            continue
        if ord(char) in _INVISIBLE:
            continue
        category = unicodedata.category(char)
        if category in {"Cc", "Cs"}:
            continue
        # Format characters are invisible, except the tags that spell subdivision flags (🏴).
        if category == "Cf" and not 0xE0020 <= ord(char) <= 0xE007F:
            continue
        out.append(char)
    return "".join(out)


def clean_text(raw: object, *, kind: TextKind = "post", field: str = "body") -> str:
    """Return ``raw`` cleaned and normalised, or raise a CoconError with a stable code."""
    if not isinstance(raw, str):
        raise _refuse("text_invalid", field)
    text = unicodedata.normalize("NFC", strip_invisible(raw))
    # Collapse runs of blank lines; keep single line breaks that give a message its shape.
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise _refuse("text_empty", field)
    limit = text_limit(kind)
    if len(text) > limit:
        raise _refuse("text_too_long", field, length=len(text), limit=limit)
    if _HTML_TAG.search(text):
        raise _refuse("text_html", field)
    if _MARKDOWN_IMAGE.search(text) or _MARKDOWN_LINK.search(text):
        raise _refuse("text_markdown", field)
    scheme = _DATA_URI.search(text) or _SCHEME_URI.search(text)
    if scheme:
        raise _refuse("text_uri", field, scheme=scheme.group(0).split(":")[0].strip() + ":")
    for match in _LINK.finditer(text):
        url = match.group("url")
        if not is_allowed_link(url):
            raise _refuse("text_link", field, link=url[:60])
    return text


def is_allowed_link(url: str) -> bool:
    """Return whether ``url`` points to a help site of the administrators' allowlist."""
    found = _HOST.match(url.strip())
    if not found:
        return False
    host = found.group("host").lower().rstrip(".")
    host = host.removeprefix("www.")
    return any(host == domain or host.endswith("." + domain) for domain in conf.link_allowlist())


def _refuse(code: str, field: str, **params: object) -> CoconError:
    message = MESSAGES[code] % params if params else MESSAGES[code]
    return CoconError(code, message, fields={field: [str(message)]})


def attachment_error(field: str = "body") -> CoconError:
    return _refuse("text_attachment", field)
