from typing import Any

from django.db import migrations


def add_themes(apps: Any, schema_editor: Any) -> None:
    from cocon.community.themes import ensure_themes

    ensure_themes(apps.get_model("community", "Theme"))


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial")]

    operations = [migrations.RunPython(add_themes, migrations.RunPython.noop)]
