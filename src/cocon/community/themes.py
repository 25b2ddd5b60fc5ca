"""The themes Cocon starts with; administrators edit them afterwards in the admin."""

from __future__ import annotations

from typing import Any

DEFAULT_THEMES: tuple[tuple[str, str, str], ...] = (
    ("school", "École", "School"),
    ("family", "Famille", "Family"),
    ("friends", "Amis", "Friends"),
    ("love", "Amour", "Love"),
    ("body-health", "Corps et santé", "Body & health"),
    ("identity-sexuality", "Identité et sexualité", "Identity & sexuality"),
    ("harassment", "Harcèlement", "Harassment"),
    ("future-orientation", "Avenir et orientation", "Future & orientation"),
    ("leisure", "Loisirs", "Leisure"),
    ("other", "Autre", "Other"),
)


def ensure_themes(theme_model: Any) -> int:
    """Create the default themes that are missing (never overwrite edits); return how many."""
    created = 0
    for position, (slug, name_fr, name_en) in enumerate(DEFAULT_THEMES):
        _obj, was_created = theme_model.objects.get_or_create(
            slug=slug, defaults={"name_fr": name_fr, "name_en": name_en, "position": position * 10}
        )
        created += was_created
    return created
