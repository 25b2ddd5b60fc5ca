"""Messages from the team move to the member's notifications (community), then the table goes.

Each ``safety.Message`` becomes a ``community.Notification`` of kind ``team`` with the same
recipient, code, text (already in the member's language), time and read state. Reversible:
going back recreates the table and moves the team notifications into it.
"""

from typing import Any

from django.db import migrations

BATCH = 1000


def to_notifications(apps: Any, schema_editor: Any) -> None:
    Message = apps.get_model("safety", "Message")
    Notification = apps.get_model("community", "Notification")
    db = schema_editor.connection.alias
    batch = []
    for m in Message.objects.using(db).order_by("id").iterator(chunk_size=BATCH):
        batch.append(
            Notification(
                recipient_id=m.member_id,
                kind="team",
                code=m.code,
                body=m.body,
                created_at=m.created_at,
                read_at=m.read_at,
            )
        )
        if len(batch) >= BATCH:
            Notification.objects.using(db).bulk_create(batch)
            batch = []
    Notification.objects.using(db).bulk_create(batch)


def to_messages(apps: Any, schema_editor: Any) -> None:
    Message = apps.get_model("safety", "Message")
    Notification = apps.get_model("community", "Notification")
    db = schema_editor.connection.alias
    team = Notification.objects.using(db).filter(kind="team")
    Message.objects.using(db).bulk_create(
        (
            Message(
                member_id=n.recipient_id,
                code=n.code,
                body=n.body,
                created_at=n.created_at,
                read_at=n.read_at,
            )
            for n in team.order_by("id").iterator(chunk_size=BATCH)
        ),
        batch_size=BATCH,
    )
    team.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("safety", "0004_member_notes"),
        ("community", "0004_notification_team_message"),
    ]

    operations = [
        migrations.RunPython(to_notifications, to_messages),
        migrations.DeleteModel(name="Message"),
    ]
