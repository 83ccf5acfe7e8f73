"""Names and labels in the reader's language (ru, az, en) for the digest.

States are ISO codes named by CLDR (``states.state_name``, via babel); events written before states were
codes carry English names, which are read back to codes first. Publishers' names come from
``publishers.yaml``; labels are ours. Azerbaijani capitalises ``i`` as ``İ`` ("İmzalanma", not "Imzalanma"),
which ``str.upper`` does not know.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

import yaml

from .states import find_states, state_name

PUBLISHERS_FILE = Path(__file__).with_name("publishers.yaml")
STATE_CODE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class Labels:
    heading: str
    counts: str
    """Format with ``new`` and ``updated``."""
    updated: str
    translated: str
    """Format with ``language`` (the original's, upper case)."""
    pending: str
    """Said next to a title shown in its original language: its translation has not been made yet."""
    pending_note: str
    """Format with ``count`` and ``language`` (the reader's, by name): why some titles are not translated."""
    other_news: str
    sources: str
    official: str
    confirmed_by: str
    """Format with ``who``."""
    depositary: str
    zone: str
    """Appended to every time: the zone it is in."""
    revision: str
    footer: str
    actions: Mapping[str, str]


LABELS: Mapping[str, Labels] = MappingProxyType({
    "en": Labels(
        heading="Legal news digest", counts="{new} new, {updated} updated", updated="updated",
        translated="machine translation from {language}", pending="translation pending",
        pending_note="Headlines not yet translated into {language}: {count}. They are shown in their original"
                     " language, marked with it; their machine translation is pending.",
        other_news="Other news", sources="Sources", official="official", confirmed_by="confirmed by {who}",
        depositary="the depositary (UN Treaty Collection)", zone="Baku time, UTC+4", revision="revision",
        footer="Sent by legalnews to {email}.",
        actions=MappingProxyType({
            "signed": "signature", "ratified": "ratification", "approved_by_law": "approval by law",
            "acceded": "accession", "adopted_by_parliament": "adoption by parliament",
            "submitted_to_parliament": "submission to parliament", "entered_into_force": "entry into force",
            "denounced": "denunciation", "reservations_declarations": "reservations and declarations",
            "authorities_designated": "designation of authorities",
        }),
    ),
    "ru": Labels(
        heading="Дайджест правовых новостей", counts="новых: {new}, обновлённых: {updated}", updated="обновлено",
        translated="машинный перевод с {language}", pending="перевод ожидается",
        pending_note="Заголовков ещё без перевода на {language}: {count}. Они даны на языке оригинала с его"
                     " пометкой; машинный перевод ожидается.",
        other_news="Другие новости", sources="Источники", official="официальный", confirmed_by="подтверждено: {who}",
        depositary="депозитарий (Собрание договоров ООН)", zone="время бакинское, UTC+4", revision="версия",
        footer="Отправлено legalnews на адрес {email}.",
        actions=MappingProxyType({
            "signed": "подписание", "ratified": "ратификация", "approved_by_law": "утверждение законом",
            "acceded": "присоединение", "adopted_by_parliament": "принятие парламентом",
            "submitted_to_parliament": "внесение в парламент", "entered_into_force": "вступление в силу",
            "denounced": "денонсация", "reservations_declarations": "оговорки и заявления",
            "authorities_designated": "назначение компетентных органов",
        }),
    ),
    "az": Labels(
        heading="Hüquqi xəbərlər icmalı", counts="yeni: {new}, yenilənmiş: {updated}", updated="yeniləndi",
        translated="{language} dilindən maşın tərcüməsi", pending="tərcümə gözlənilir",
        pending_note="Hələ {language} dilinə tərcümə edilməmiş başlıqlar: {count}. Onlar orijinal dildə, dil"
                     " işarəsi ilə verilib; maşın tərcüməsi gözlənilir.",
        other_news="Digər xəbərlər", sources="Mənbələr", official="rəsmi", confirmed_by="təsdiqləyib: {who}",
        depositary="depozitari (BMT Müqavilələr Toplusu)", zone="Bakı vaxtı, UTC+4", revision="versiya",
        footer="legalnews tərəfindən {email} ünvanına göndərilib.",
        actions=MappingProxyType({
            "signed": "imzalanma", "ratified": "ratifikasiya", "approved_by_law": "qanunla təsdiq",
            "acceded": "qoşulma", "adopted_by_parliament": "parlament tərəfindən qəbul",
            "submitted_to_parliament": "parlamentə təqdim", "entered_into_force": "qüvvəyə minmə",
            "denounced": "denonsasiya", "reservations_declarations": "qeyd-şərtlər və bəyanatlar",
            "authorities_designated": "səlahiyyətli orqanların təyini",
        }),
    ),
})


def capitalise(text: str, language: str) -> str:
    """First letter upper case, the Azerbaijani (and Turkish) way for ``i``."""
    if not text:
        return text
    first = "İ" if language == "az" and text[0] == "i" else text[0].upper()
    return first + text[1:]


def state_label(value: str, language: str) -> str:
    """A state (ISO code, or an English name as older events store it) by its name in ``language``."""
    if STATE_CODE.fullmatch(value):
        return state_name(value, language)
    mentions = find_states(value, "en")
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(value):
        return state_name(mentions[0].code, language)
    return value


def language_name(code: str, language: str) -> str:
    """``en`` in Russian is "английский" (CLDR), for the pending-translation note."""
    from babel import Locale  # noqa: PLC0415 - babel's locale data loads on first use

    return str(Locale.parse(language).languages.get(code, code))


@cache
def _publishers() -> Mapping[str, Mapping[str, str]]:
    data = yaml.safe_load(PUBLISHERS_FILE.read_text(encoding="utf-8")) or {}
    return MappingProxyType({str(k): MappingProxyType(v) for k, v in data.items()})


def source_label(name: str, language: str) -> str:
    """"President of the Republic of Azerbaijan (English)" read by a Russian reader: "Президент
    Азербайджанской Республики" (the edition's language is shown as a badge beside it)."""
    publisher = name.split(" (")[0].strip() or name
    return _publishers().get(publisher, {}).get(language, publisher)


@dataclass(frozen=True)
class PageLabels:
    """The Datasette front page's own words (``/?lang=ru``); names and actions come from ``LABELS``."""

    language_name: str
    """This language's name in itself, for the switch between languages."""
    actions_on: str
    """Format with ``day``."""
    day_note: str
    another_day: str
    show: str
    by: str
    reported_by: str
    """Format with ``who``: an action no official source confirmed yet."""
    languages: str
    last_stored: str
    side_by_side: str
    its_events: str
    published: str
    stored_text: str
    nothing_on: str
    """Format with ``day``."""
    nothing_today: str
    """Format with ``today`` and ``day`` (the latest day with an action)."""
    look_further: str


PAGE_LABELS: Mapping[str, PageLabels] = MappingProxyType({
    "en": PageLabels(
        language_name="English", actions_on="Treaty actions on {day}",
        day_note="(Baku day; times below are Baku time, UTC+4)", another_day="Another day", show="Show",
        by="by", reported_by="reported by {who}, not yet confirmed by an official source", languages="Languages",
        last_stored="last report stored", side_by_side="side by side in ru, az, en", its_events="its events",
        published="published", stored_text="stored text", nothing_on="No treaty action was reported on {day}.",
        nothing_today="Nothing reported today ({today}); showing {day}, the latest day with a treaty action.",
        look_further="Look further",
    ),
    "ru": PageLabels(
        language_name="Русский", actions_on="Действия с договорами {day}",
        day_note="(бакинский день; время ниже — бакинское, UTC+4)", another_day="Другой день", show="Показать",
        by="сторона:", reported_by="сообщили: {who}; официальный источник ещё не подтвердил",
        languages="Языки", last_stored="последнее сообщение сохранено", side_by_side="рядом на ru, az, en",
        its_events="события", published="опубликовано", stored_text="сохранённый текст",
        nothing_on="{day} о действиях с договорами не сообщалось.",
        nothing_today="Сегодня ({today}) сообщений нет; показан {day}, последний день с действием по договору.",
        look_further="Дальше",
    ),
    "az": PageLabels(
        language_name="Azərbaycanca", actions_on="{day} tarixində müqavilələrlə bağlı hərəkətlər",
        day_note="(Bakı günü; aşağıdakı vaxtlar Bakı vaxtıdır, UTC+4)", another_day="Başqa gün", show="Göstər",
        by="tərəf:", reported_by="xəbər verib: {who}; rəsmi mənbə hələ təsdiqləməyib", languages="Dillər",
        last_stored="son xəbər saxlanılıb", side_by_side="ru, az, en dillərində yan-yana", its_events="hadisələr",
        published="dərc edilib", stored_text="saxlanılmış mətn",
        nothing_on="{day} tarixində müqavilələrlə bağlı hərəkət barədə xəbər olmayıb.",
        nothing_today="Bu gün ({today}) xəbər yoxdur; müqavilə ilə bağlı hərəkət olan son gün göstərilir: {day}.",
        look_further="Daha ətraflı",
    ),
})
