"""Seed the help directory from docs HELP_RESOURCES.md (facts gathered up to January 2026).

The data is frozen here on purpose: later edits are made by administrators in the admin,
which records who verified what and when. Status follows the document: ✅ official page,
🟡 press or secondary source, ⚠️ old or conflicting, ❌ unverified (hidden from members until
an operator verifies it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import migrations

VERIFIED = dt.date(2026, 1, 1)  # the document's facts are dated January 2026
DOC = "HELP_RESOURCES.md (2026-01)"
STATUS_NOTE = {
    "official": "page officielle",
    "secondary": "presse ou source secondaire",
    "old_conflicting": "sources anciennes ou contradictoires",
    "unverified": "non vérifié",
}
H24_FR, H24_EN = "24h/24, 7j/7", "24/7"
FREE_FR, FREE_EN = "Gratuit", "Free"


def R(country: str, name: str, kind: str, status: str, priority: int, **kw: Any) -> dict[str, Any]:
    site = kw.pop("site", kw.get("url", ""))
    row: dict[str, Any] = {
        "country": country,
        "name": name,
        "kind": kind,
        "status": status,
        "priority": priority,
        "source": f"{DOC} · {site + ' · ' if site else ''}{STATUS_NOTE[status]}",
        "last_verified": VERIFIED,
    }
    row.update(kw)
    return row


def EMERGENCY(country: str, name: str, number: str, status: str, priority: int, fr: str, en: str, **kw: Any) -> dict[str, Any]:
    return R(
        country, name, "emergency", status, priority, phone=number, is_emergency=True,
        topics=["emergency"], description_fr=fr, description_en=en, hours_fr=H24_FR, hours_en=H24_EN,
        cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous", **kw,
    )


ENTRIES: list[dict[str, Any]] = [
    # France
    EMERGENCY("FR", "SAMU", "15", "secondary", 10, "Urgence médicale, y compris une mise en danger de soi.", "Medical emergency, including being in danger of hurting yourself."),
    EMERGENCY("FR", "Numéro d'urgence européen", "112", "secondary", 11, "Toutes les urgences, depuis n'importe quel téléphone.", "Any emergency, from any phone."),
    EMERGENCY("FR", "Police", "17", "secondary", 12, "Danger immédiat, violence.", "Immediate danger, violence."),
    EMERGENCY("FR", "Pompiers", "18", "secondary", 13, "Incendie, accident.", "Fire, accident."),
    EMERGENCY("FR", "114 (SMS d'urgence)", "", "secondary", 14, "Par SMS : si tu es sourd·e ou malentendant·e, ou si tu ne peux pas parler sans danger.", "By text: if you are deaf or hard of hearing, or cannot speak safely.", sms="114", url="urgence114.fr"),
    R("FR", "3114 — numéro national de prévention du suicide", "helpline", "official", 20, phone="3114", url="3114.fr", is_suicide_line=True,
      topics=["suicide", "self_harm", "distress"], description_fr="Idées suicidaires, crise, inquiétude pour un proche, deuil.", description_en="Suicidal thoughts, crisis, worry about someone close, bereavement.",
      hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous"),
    R("FR", "119 — Allô Enfance en Danger", "helpline", "official", 25, phone="119", url="allo119.gouv.fr",
      topics=["violence_at_home", "sexual_violence"], description_fr="Violences, maltraitance, négligence à la maison.", description_en="Violence, abuse or neglect at home.",
      hours_fr=H24_FR, hours_en=H24_EN, cost_fr="Gratuit, n'apparaît pas sur la facture", cost_en="Free, not shown on the phone bill", ages="mineurs, moins de 21 ans", age_max=20),
    R("FR", "3018 — e-Enfance (cyberharcèlement)", "helpline", "secondary", 26, phone="3018", url="3018.fr",
      topics=["cyberbullying", "sextortion"], description_fr="Cyberharcèlement, harcèlement scolaire, sextorsion, diffusion d'images intimes. Aussi par chat sur 3018.fr et l'appli 3018.", description_en="Cyberbullying, school bullying, sextortion, intimate images shared without consent. Also by chat on 3018.fr and the 3018 app.",
      hours_fr="Tous les jours, 9h–23h", hours_en="Every day, 9am–11pm", cost_fr="Gratuit", cost_en="Free", ages="jeunes, parents, témoins"),
    R("FR", "Fil Santé Jeunes", "helpline", "secondary", 30, phone="0 800 235 236", url="filsantejeunes.com",
      topics=["health", "sexual_health", "distress", "loneliness", "drugs"], description_fr="Santé, sexualité, mal-être, solitude, drogues. Aussi par chat.", description_en="Health, sexuality, feeling low, loneliness, drugs. Chat too.",
      hours_fr="Tous les jours, 9h–23h", hours_en="Every day, 9am–11pm", cost_fr="Gratuit et anonyme", cost_en="Free and anonymous", ages="12–25 ans", age_min=12, age_max=25),
    R("FR", "SOS Amitié", "helpline", "secondary", 35, phone="09 72 39 40 50", topics=["loneliness", "distress"],
      description_fr="Écoute quand tu te sens seul·e ou en détresse. Aussi par chat.", description_en="Someone to listen when you feel alone or in distress. Chat too.", hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    R("FR", "3919 — Violences Femmes Info", "helpline", "official", 40, phone="3919", topics=["violence_at_home", "sexual_violence"],
      description_fr="Violences dans le couple et violences sexuelles ; pour les femmes et leurs proches.", description_en="Partner and sexual violence; for women and those close to them.", hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="femmes, proches"),
    R("FR", "Viols Femmes Informations", "helpline", "secondary", 41, phone="0 800 05 95 95", topics=["sexual_violence"],
      description_fr="Viol, violences sexuelles.", description_en="Rape, sexual violence.", hours_fr="Du lundi au vendredi, 10h–19h", hours_en="Monday to Friday, 10am–7pm", cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous"),
    R("FR", "Le Refuge", "helpline", "official", 45, phone="06 31 59 69 50", sms="0631596950", topics=["lgbt"],
      description_fr="Jeunes LGBT+ rejeté·es par leur famille, hébergement. Appel ou SMS.", description_en="LGBT+ young people rejected by their family, housing. Call or text.", hours_fr=H24_FR, hours_en=H24_EN, ages="18–25 ans", age_min=18, age_max=25),
    R("FR", "SOS homophobie", "helpline", "unverified", 46, phone="01 48 06 42 41", topics=["lgbt"],
      description_fr="Discriminations LGBT+.", description_en="LGBT+ discrimination.", ages="tous"),
    R("FR", "Drogues Info Service", "helpline", "old_conflicting", 50, phone="0 800 23 13 13", url="drogues-info-service.fr", topics=["drugs"],
      description_fr="Drogues, addictions.", description_en="Drugs, addiction.", hours_fr="Tous les jours, 8h–2h", hours_en="Every day, 8am–2am", ages="tous"),
    R("FR", "Sexualités – Contraception – IVG (Planning familial)", "helpline", "secondary", 51, phone="0 800 08 11 11", topics=["sexual_health"],
      description_fr="Contraception, IVG, infections sexuellement transmissibles.", description_en="Contraception, abortion, sexually transmitted infections.", hours_fr="Horaires à confirmer", hours_en="Hours to be confirmed", cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous"),
    R("FR", "Anorexie Boulimie Info Écoute (FFAB)", "helpline", "unverified", 55, phone="09 69 325 900", topics=["eating_disorders"],
      description_fr="Troubles des conduites alimentaires.", description_en="Eating disorders.", ages="tous"),
    # Belgium (French-speaking). 1813 is the Dutch-language line and is deliberately absent.
    EMERGENCY("BE", "Urgences (ambulance, pompiers)", "112", "official", 10, "Urgence médicale, incendie, danger immédiat.", "Medical emergency, fire, immediate danger."),
    EMERGENCY("BE", "Police", "101", "official", 12, "Police.", "Police."),
    R("BE", "Centre de Prévention du Suicide", "helpline", "official", 20, phone="0800 32 123", url="preventionsuicide.be", is_suicide_line=True,
      topics=["suicide", "self_harm", "distress"], description_fr="Idées suicidaires, crise ; pour toi ou un proche.", description_en="Suicidal thoughts, crisis; for you or someone close.", hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous"),
    R("BE", "103 Écoute-Enfants", "helpline", "secondary", 25, phone="103", url="103ecoute.be",
      topics=["violence_at_home", "cyberbullying", "loneliness", "distress"], description_fr="Famille, harcèlement, maltraitance, solitude. Aussi par chat.", description_en="Family, bullying, abuse, loneliness. Chat too.",
      hours_fr="10h–24h (à confirmer)", hours_en="10am–midnight (to be confirmed)", cost_fr=FREE_FR, cost_en=FREE_EN, ages="enfants, ados"),
    R("BE", "Child Focus", "helpline", "secondary", 27, phone="116 000", topics=["sextortion", "cyberbullying"],
      description_fr="Sextorsion, grooming, enfants disparus.", description_en="Sextortion, grooming, missing children.", hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="mineurs", age_max=17),
    R("BE", "Télé-Accueil", "helpline", "secondary", 30, phone="107", topics=["loneliness", "distress", "cyberbullying"],
      description_fr="Écoute, solitude, angoisse. Aussi par chat.", description_en="Someone to listen: loneliness, anxiety. Chat too.", hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous"),
    R("BE", "Écoute Violences Conjugales", "helpline", "official", 40, phone="0800 30 030", topics=["violence_at_home"],
      description_fr="Violences dans le couple.", description_en="Partner violence.", hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous"),
    R("BE", "SOS Viol", "helpline", "secondary", 41, phone="0800 98 100", topics=["sexual_violence"],
      description_fr="Violences sexuelles.", description_en="Sexual violence.", hours_fr="Du lundi au vendredi, 8h–18h", hours_en="Monday to Friday, 8am–6pm", cost_fr=FREE_FR, cost_en=FREE_EN, ages="15 ans et plus", age_min=15),
    R("BE", "Centres de prise en charge des violences sexuelles (CPVS)", "walk_in", "official", 42, topics=["sexual_violence"],
      description_fr="Après une agression sexuelle récente : sans rendez-vous, à l'hôpital (Bruxelles Saint-Pierre, Liège, Charleroi, Namur, Arlon).", description_en="After a recent sexual assault: walk in at the hospital (Brussels Saint-Pierre, Liège, Charleroi, Namur, Arlon).",
      hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    R("BE", "Centres de planning familial", "web", "official", 45, url="monplanningfamilial.be", topics=["sexual_health"],
      description_fr="Contraception, sexualité, relations, aide psychologique et juridique ; pas besoin de l'accord des parents. 107 centres en Wallonie-Bruxelles.", description_en="Contraception, sexuality, relationships, psychological and legal help; no parental consent needed. 107 centres in Wallonia-Brussels.",
      hours_fr="Heures de bureau", hours_en="Office hours", ages="tous"),
    R("BE", "Infor-Drogues & Addictions", "helpline", "unverified", 50, phone="02 227 52 52", topics=["drugs"],
      description_fr="Drogues, alcool.", description_en="Drugs, alcohol.", ages="tous"),
    R("BE", "Centre Antipoisons", "helpline", "secondary", 60, phone="070 245 245", topics=["poisoning"],
      description_fr="Intoxication, empoisonnement.", description_en="Poisoning.", ages="tous"),
    # Switzerland (French-speaking)
    EMERGENCY("CH", "Ambulance", "144", "official", 10, "Urgence médicale.", "Medical emergency."),
    EMERGENCY("CH", "Numéro d'urgence européen", "112", "official", 11, "Toutes les urgences.", "Any emergency."),
    EMERGENCY("CH", "Police", "117", "official", 12, "Police, danger immédiat.", "Police, immediate danger."),
    EMERGENCY("CH", "Pompiers", "118", "official", 13, "Incendie.", "Fire."),
    R("CH", "Pro Juventute — 147", "helpline", "secondary", 20, phone="147", sms="147", is_suicide_line=True,
      topics=["suicide", "self_harm", "distress", "loneliness", "cyberbullying", "sextortion", "violence_at_home"], description_fr="Pour les jeunes, sur tous les sujets, y compris le suicide et le (cyber)harcèlement. Appel, SMS ou chat.", description_en="For young people, about anything, including suicide and (cyber)bullying. Call, text or chat.",
      hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="enfants et jeunes"),
    R("CH", "La Main Tendue — 143", "helpline", "official", 21, phone="143", url="143.ch", is_suicide_line=True,
      topics=["suicide", "distress", "loneliness"], description_fr="Détresse, idées suicidaires. Aussi par chat sur 143.ch.", description_en="Distress, suicidal thoughts. Chat too on 143.ch.",
      hours_fr=H24_FR, hours_en=H24_EN, cost_fr="Peut coûter CHF 0.20 par appel (sources contradictoires)", cost_en="May cost CHF 0.20 per call (sources disagree)", ages="surtout adultes"),
    R("CH", "Malatavie Ligne Ados (Genève)", "helpline", "secondary", 22, phone="022 372 42 42", topics=["suicide", "self_harm"],
      description_fr="Crise suicidaire, pour les jeunes (Genève).", description_en="Suicidal crisis, for young people (Geneva).", hours_fr=H24_FR, hours_en=H24_EN, ages="13–25 ans", age_min=13, age_max=25),
    R("CH", "ciao.ch", "web", "secondary", 30, url="ciao.ch",
      topics=["health", "sexual_health", "distress", "loneliness", "drugs", "cyberbullying", "eating_disorders"], description_fr="Site pour les jeunes romands : toutes les questions, réponses en ligne.", description_en="Website for young people in French-speaking Switzerland: any question, answered online.",
      hours_fr="En ligne", hours_en="Online", ages="11–25 ans", age_min=11, age_max=25),
    R("CH", "LGBTIQ Helpline", "helpline", "secondary", 45, phone="0800 133 133", topics=["lgbt"],
      description_fr="Coming out, actes de haine.", description_en="Coming out, hate crimes.", hours_fr="Mardi et vendredi en soirée (en français)", hours_en="Tuesday and Friday evenings (in French)", ages="tous"),
    R("CH", "Centres de santé sexuelle (réseau SANTÉ SEXUELLE Suisse)", "walk_in", "secondary", 46, topics=["sexual_health", "sexual_violence"],
      description_fr="Un centre par canton : contraception, IST, violences.", description_en="A centre in each canton: contraception, STIs, violence.", hours_fr="Heures de bureau", hours_en="Office hours", ages="ados et plus"),
    R("CH", "Addiction Suisse", "helpline", "secondary", 50, phone="0800 105 105", topics=["drugs"],
      description_fr="Alcool, drogues, écrans.", description_en="Alcohol, drugs, screens.", ages="tous"),
    R("CH", "Tox Info Suisse", "helpline", "official", 55, phone="145", topics=["poisoning"],
      description_fr="Intoxication, surdose.", description_en="Poisoning, overdose.", hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    # Canada / Québec
    EMERGENCY("CA", "Urgences", "911", "official", 10, "Police, ambulance, pompiers.", "Police, ambulance, fire."),
    R("CA", "1 866 APPELLE — ligne québécoise de prévention du suicide", "helpline", "official", 20, province="QC", phone="1 866 APPELLE (277-3553)", dial="18662773553", sms="535353", url="suicide.ca", is_suicide_line=True,
      topics=["suicide", "self_harm", "distress"], description_fr="Idées suicidaires, pour toi ou un proche. Texto au 535353, clavardage sur suicide.ca.", description_en="Suicidal thoughts, for you or someone close. Text 535353, chat on suicide.ca.",
      hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous", site="suicide.ca (AQPS)"),
    R("CA", "988 — Ligne d'aide en cas de crise de suicide", "helpline", "official", 20, not_in_province="QC", phone="988", sms="988", is_suicide_line=True,
      topics=["suicide", "self_harm", "distress"], description_fr="Appel ou texto, partout au Canada hors Québec.", description_en="Call or text, across Canada outside Québec.", hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="tous"),
    R("CA", "Tel-jeunes", "helpline", "secondary", 25, province="QC", phone="1 800 263-2266", sms="5146001002",
      topics=["distress", "loneliness", "cyberbullying", "sextortion", "violence_at_home", "sexual_health", "suicide"], description_fr="Pour les jeunes, sur tous les sujets. Texto au 514 600-1002.", description_en="For young people, about anything. Text 514 600-1002.",
      hours_fr="Téléphone 24h/24, 7j/7", hours_en="Phone 24/7", ages="12–20 ans", age_min=12, age_max=20),
    R("CA", "Jeunesse, J'écoute / Kids Help Phone", "helpline", "official", 26, phone="1 800 668-6868", sms="686868",
      topics=["distress", "loneliness", "cyberbullying", "sextortion", "violence_at_home", "suicide"], description_fr="Pour les jeunes, sur tous les sujets. Texto au 686868.", description_en="For young people, about anything. Text 686868.",
      hours_fr=H24_FR, hours_en=H24_EN, cost_fr=FREE_FR, cost_en=FREE_EN, ages="enfants, jeunes adultes"),
    R("CA", "Cyberaide.ca / AidezMoiSVP.ca", "web", "official", 27, url="cyberaide.ca", topics=["sextortion", "cyberbullying"],
      description_fr="Sextorsion, images intimes diffusées : signaler et faire retirer. Voir aussi AidezMoiSVP.ca.", description_en="Sextortion, intimate images shared: report them and get them removed. See also AidezMoiSVP.ca.",
      hours_fr="En ligne", hours_en="Online", ages="jeunes"),
    R("CA", "Info-Social 811", "helpline", "official", 30, province="QC", phone="811 (option 2)", dial="811",
      topics=["distress", "violence_at_home"], description_fr="Détresse, anxiété, difficultés familiales. Faire le 811 puis l'option 2.", description_en="Distress, anxiety, family difficulties. Dial 811 then option 2.", hours_fr=H24_FR, hours_en=H24_EN, ages="résident·es du Québec"),
    R("CA", "SOS violence conjugale", "helpline", "official", 40, province="QC", phone="1 800 363-9010", topics=["violence_at_home"],
      description_fr="Violence conjugale.", description_en="Domestic violence.", hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    R("CA", "Info-aide violence sexuelle", "helpline", "secondary", 41, province="QC", phone="1 888 933-9007", topics=["sexual_violence"],
      description_fr="Violences sexuelles.", description_en="Sexual violence.", hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    R("CA", "Interligne", "helpline", "secondary", 45, phone="1 888 505-1010", topics=["lgbt"],
      description_fr="Orientation sexuelle, identité de genre.", description_en="Sexual orientation, gender identity.", hours_fr="24h/24 (à confirmer)", hours_en="24/7 (to be confirmed)", ages="tous"),
    R("CA", "Drogue : aide et référence", "helpline", "official", 50, province="QC", phone="1 800 265-2626", topics=["drugs"],
      description_fr="Drogues, alcool.", description_en="Drugs, alcohol.", hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    # English fallback: members in another country who read English.
    EMERGENCY("GB", "Emergency services (UK)", "999", "secondary", 10, "Urgences au Royaume-Uni (le 112 fonctionne aussi).", "Emergencies in the UK (112 works too)."),
    R("GB", "Samaritans", "helpline", "secondary", 20, phone="116 123", is_suicide_line=True, topics=["suicide", "distress", "loneliness"],
      description_fr="Écoute, idées suicidaires (Royaume-Uni).", description_en="Someone to listen, suicidal thoughts (UK).", hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    R("GB", "HOPELINEUK", "helpline", "official", 21, phone="0800 068 4141", topics=["suicide", "self_harm"],
      description_fr="Prévention du suicide pour les moins de 35 ans (Royaume-Uni).", description_en="Suicide prevention for people under 35 (UK).", ages="moins de 35 ans", age_max=34),
    R("GB", "Shout", "chat", "secondary", 22, sms="85258", topics=["distress", "suicide"],
      description_fr="Par SMS au 85258 (Royaume-Uni).", description_en="Text 85258 (UK).", ages="tous"),
    R("GB", "Childline", "helpline", "secondary", 25, phone="0800 1111", topics=["cyberbullying", "violence_at_home", "distress"],
      description_fr="Pour les moins de 19 ans, sur tous les sujets (Royaume-Uni).", description_en="For under-19s, about anything (UK).", ages="moins de 19 ans", age_max=18),
    R("GB", "NHS 111", "helpline", "official", 30, phone="111", topics=["health"],
      description_fr="Santé, quand ce n'est pas une urgence vitale (Royaume-Uni).", description_en="Health, when it is not life-threatening (UK).", ages="tous"),
    EMERGENCY("US", "Emergency services (US)", "911", "secondary", 10, "Urgences aux États-Unis.", "Emergencies in the US."),
    R("US", "988 Suicide & Crisis Lifeline", "helpline", "secondary", 20, phone="988", sms="988", is_suicide_line=True, topics=["suicide", "self_harm", "distress"],
      description_fr="Appel ou texto (États-Unis).", description_en="Call or text (US).", hours_fr=H24_FR, hours_en=H24_EN, ages="tous"),
    R("US", "Crisis Text Line", "chat", "secondary", 22, sms="741741", topics=["distress", "suicide", "cyberbullying"],
      description_fr="Envoie HOME par SMS au 741741 (États-Unis).", description_en="Text HOME to 741741 (US).", ages="tous"),
    R("US", "Childhelp", "helpline", "official", 25, phone="1-800-422-4453", topics=["violence_at_home"],
      description_fr="Maltraitance d'enfants (États-Unis).", description_en="Child abuse (US).", ages="enfants, jeunes"),
    R("US", "RAINN", "helpline", "official", 30, phone="1-800-656-4673", topics=["sexual_violence"],
      description_fr="Violences sexuelles (États-Unis).", description_en="Sexual violence (US).", ages="tous"),
    R("US", "National Domestic Violence Hotline", "helpline", "official", 31, phone="1-800-799-7233", topics=["violence_at_home"],
      description_fr="Violences conjugales et familiales (États-Unis).", description_en="Domestic violence (US).", ages="tous"),
]


def _dial(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def seed(apps: Any, schema_editor: Any) -> None:
    HelpResource = apps.get_model("resources", "HelpResource")
    for row in ENTRIES:
        row = dict(row)
        if row.get("phone") and not row.get("dial"):
            row["dial"] = _dial(row["phone"])
        HelpResource.objects.create(**row)


def unseed(apps: Any, schema_editor: Any) -> None:
    apps.get_model("resources", "HelpResource").objects.filter(last_verified=VERIFIED, verified_by=None).delete()


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
