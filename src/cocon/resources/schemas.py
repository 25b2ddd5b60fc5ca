"""API schemas of the help directory."""

from __future__ import annotations

import datetime as dt

from ninja import Schema


class EntryOut(Schema):
    id: int
    country: str
    province: str
    name: str
    kind: str
    kind_label: str
    description: str
    phone: str
    tel: str
    sms: str
    sms_link: str
    url: str
    web_link: str
    hours: str
    cost: str
    ages: str
    topics: list[str]
    topic_labels: list[str]
    source: str
    status: str
    status_label: str
    last_verified: str | None
    is_emergency: bool
    is_suicide_line: bool


class ResourcesOut(Schema):
    country: str
    province: str
    topic: str
    language: str
    items: list[EntryOut]


class EmergencyOut(Schema):
    country: str
    province: str
    emergency: list[EntryOut]
    suicide_lines: list[EntryOut]


class TopicOut(Schema):
    code: str
    label: str


class KitSectionOut(Schema):
    key: str
    title: str
    intro: str
    steps: list[str]


class SurvivalKitOut(Schema):
    country: str
    province: str
    sections: list[KitSectionOut]
    who_to_call: list[EntryOut]
    emergency: list[EntryOut]


class SosIn(Schema):
    message: str | None = None


class SosOut(Schema):
    id: int
    created_at: dt.datetime
    created: bool
    message: str


class PartnerOut(Schema):
    id: int
    name: str
    country: str
    region: str
    postcode_prefixes: list[str]
    topics: list[str]
    age_min: int | None
    age_max: int | None
    contact: str
    hours: str
