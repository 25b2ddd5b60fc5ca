"""The cyberbullying survival kit, for victims and witnesses; the text lives in the catalogues."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class KitSection:
    key: str
    title: Promise
    intro: Promise
    steps: tuple[Promise, ...]


SECTIONS: tuple[KitSection, ...] = (
    KitSection(
        key="now",
        title=pgettext_lazy("survival kit", "What to do right now"),
        intro=pgettext_lazy(
            "survival kit",
            "What is happening to you is not your fault, and you do not have to face it alone.",
        ),
        steps=(
            pgettext_lazy(
                "survival kit",
                "Do not answer the person who is attacking you: answering often makes it worse, and it is not your job to convince them.",
            ),
            pgettext_lazy(
                "survival kit",
                "Step away from the screen for a moment: mute the notifications, put the phone down, breathe.",
            ),
            pgettext_lazy(
                "survival kit",
                "Talk about it today with someone you trust: a friend, a parent, a teacher, a school nurse, or a help line below.",
            ),
            pgettext_lazy(
                "survival kit",
                "If someone threatens you, or if you think about hurting yourself, call an emergency number or a suicide line now.",
            ),
        ),
    ),
    KitSection(
        key="evidence",
        title=pgettext_lazy("survival kit", "Keep the evidence"),
        intro=pgettext_lazy(
            "survival kit",
            "Evidence helps the team, the platforms, the school and, if needed, the police to act.",
        ),
        steps=(
            pgettext_lazy(
                "survival kit",
                "Take screenshots of the messages, comments and profiles, with the date, the time and the pseudonym visible.",
            ),
            pgettext_lazy(
                "survival kit",
                "Write down the links (addresses) of the pages and the dates when it happened.",
            ),
            pgettext_lazy(
                "survival kit",
                "Keep everything in one folder, and send a copy to an adult you trust.",
            ),
            pgettext_lazy(
                "survival kit",
                "Do not delete the messages before you have kept a copy, even if you want them gone.",
            ),
            pgettext_lazy(
                "survival kit",
                "Never forward intimate images, not even as evidence: describe them and report them instead.",
            ),
        ),
    ),
    KitSection(
        key="here",
        title=pgettext_lazy("survival kit", "Block and report here, on Cocon"),
        intro=pgettext_lazy(
            "survival kit",
            "On Cocon, harassment does not stay online: the team reads every report.",
        ),
        steps=(
            pgettext_lazy(
                "survival kit",
                "Block the person: they can no longer see what you write or write to you, and they are not told.",
            ),
            pgettext_lazy(
                "survival kit",
                'Report each message or profile with the "Report" button: a moderator looks at it and hidden content stays hidden until then.',
            ),
            pgettext_lazy(
                "survival kit",
                "Several messages from the same person? Report them all: the team sees repeated harassment across messages.",
            ),
            pgettext_lazy(
                "survival kit",
                "Want to talk to the team? Use the SOS button at any time: the team will contact you.",
            ),
        ),
    ),
    KitSection(
        key="call",
        title=pgettext_lazy("survival kit", "Who to call in your country"),
        intro=pgettext_lazy(
            "survival kit",
            "These lines are free or cheap, confidential, and used to it. You can also call for a friend.",
        ),
        steps=(),
    ),
    KitSection(
        key="friend",
        title=pgettext_lazy("survival kit", "How to help a friend"),
        intro=pgettext_lazy(
            "survival kit",
            "If you witness harassment, you can change a lot, without putting yourself in danger.",
        ),
        steps=(
            pgettext_lazy(
                "survival kit",
                "Do not like, share or laugh at the messages: the audience is what keeps harassment going.",
            ),
            pgettext_lazy(
                "survival kit",
                "Write to your friend privately: tell them you saw it, that it is not OK and that you are on their side.",
            ),
            pgettext_lazy(
                "survival kit", "Report the messages here and help your friend keep the evidence."
            ),
            pgettext_lazy(
                "survival kit",
                "Encourage them to talk to an adult or a help line, and offer to go with them or to call together.",
            ),
            pgettext_lazy(
                "survival kit",
                "If your friend talks about wanting to die or to hurt themselves, take it seriously: call a suicide line or an emergency number with them, and tell the team.",
            ),
        ),
    ),
)
