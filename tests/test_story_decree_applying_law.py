"""Stories: a decree or order putting a law into effect ("President signs decree on measures to implement law
on ratification", "указ о применении закона о ратификации ...", "... Qanununun qüvvəyə minməsi ilə bağlı
Fərman") is the head of state's act days after the law. It names the law's treaty, action and parties, and
joined the ratification's story; it is a story of its own, and its editions are one story.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.stories import cluster, headline_acts, similarity


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "President Aliyev signs decree on measures to implement law on ratification"),
    ("en", "Ilham Aliyev signed a decree on implementation of the law on accession to the Hague convention"),
    ("en", "Decree on the application of the Law on approval of the air services agreement with Qatar"),
    ("en", "Aliyev signs order on implementing laws ratifying three agreements with Uzbekistan"),
    ("en", "President issues decree bringing into force law on ratification of tax protocol with Türkiye"),
    ("en", "Law ratifying visa agreement with Oman put into effect by presidential decree"),
    ("en", "Law on accession to Apostille Convention brought into force by decree"),
    ("ru", "Ильхам Алиев подписал указ о применении закона о ратификации протокола с Турцией"),
    ("ru", "Президент подписал указ о мерах по реализации Закона об утверждении соглашения с Катаром"),
    ("ru", "Указ Президента Азербайджанской Республики о применении Закона «О присоединении к Конвенции»"),
    ("ru", "Подписано распоряжение об исполнении закона о ратификации договора с Узбекистаном"),
    ("ru", "Указ о введении в действие закона о ратификации соглашения с Оманом"),
    ("ru", "Закон о ратификации соглашения с Оманом введен в действие указом Президента"),
    ("ru", "Закон о присоединении к Гаагской конвенции вступил в силу указом главы государства"),
    ("az", "Türkiyə ilə protokolun ratifikasiya edilməsi barədə Qanunun tətbiq edilməsi haqqında Fərman"),
    ("az", "“Konvensiyaya qoşulmaq barədə” Azərbaycan Respublikası Qanununun qüvvəyə minməsi ilə bağlı Fərman"),
    ("az", "Prezident Qətərlə sazişin təsdiq edilməsi barədə qanunun tətbiqi haqqında fərman imzalayıb"),
    ("az", "Özbəkistanla müqavilənin ratifikasiyası haqqında qanunun icrasının təmin edilməsi barədə sərəncam"),
    ("az", "Omanla sazişin ratifikasiyası haqqında Qanununun həyata keçirilməsi ilə bağlı Fərman imzalanıb"),
])
def test_a_decree_putting_a_law_into_effect_is_read(language, headline) -> None:
    assert headline_acts.applies_a_law(headline, language)


@pytest.mark.parametrize(("language", "headline"), [
    ("en", "Decree of the President on approval of the air services agreement with Qatar"),  # approves the treaty
    ("en", "President Aliyev signs law on ratification of tax protocol with Türkiye"),  # the law itself
    ("en", "Mirziyoyev signs decree easing visa rules for Azerbaijani citizens"),
    ("en", "Law on ratification of visa agreement with Oman enters into force"),  # no decree
    ("en", "Sides discuss implementation of the agreement; new law on investment adopted"),
    ("ru", "Указ Президента об утверждении соглашения с Катаром о воздушном сообщении"),
    ("ru", "Ильхам Алиев подписал закон о ратификации протокола с Турцией"),
    ("ru", "Закон о ратификации соглашения с Оманом вступил в силу"),
    ("ru", "Президент подписал указ о назначении посла в Катаре"),
    ("az", "Qətərlə sazişin təsdiq edilməsi barədə Azərbaycan Respublikası Prezidentinin Fərmanı"),
    ("az", "Prezident Türkiyə ilə protokolun ratifikasiyası haqqında qanunu imzalayıb"),
    ("az", "Omanla sazişin ratifikasiyası haqqında qanun qüvvəyə minib"),
    ("az", "Prezident yeni “Arbitraj haqqında” Qanunu imzalayıb: Konvensiyanın standartları tətbiq olunacaq"),
])
def test_a_treaty_approved_or_a_law_signed_is_no_decree_applying_a_law(language, headline) -> None:
    assert not headline_acts.applies_a_law(headline, language)


RATIFIED = [
    ("ru", "Ильхам Алиев ратифицировал протокол с Турцией о двойном налогообложении", "2026-06-30T11:00:00+04:00"),
    ("az", "Prezident Türkiyə ilə ikiqat vergitutma konvensiyasına dəyişiklik protokolunu ratifikasiya etdi",
     "2026-06-30T11:40:00+04:00"),
    ("en", "President Aliyev ratifies protocol amending double taxation convention with Türkiye",
     "2026-06-30T12:10:00+04:00"),
]


DECREE = [
    ("ru", "Ильхам Алиев подписал указ о применении закона о ратификации протокола с Турцией о двойном "
           "налогообложении", "2026-07-03T14:00:00+04:00"),
    ("az", "Türkiyə ilə ikiqat vergitutma konvensiyasına dəyişiklik protokolunun ratifikasiya edilməsi barədə "
           "Qanunun tətbiq edilməsi haqqında Fərman", "2026-07-03T14:10:00+04:00"),
    ("en", "President Aliyev signs decree on measures to implement law ratifying double taxation protocol with "
           "Türkiye", "2026-07-03T14:20:00+04:00"),
]


def test_the_decree_applying_the_law_stays_apart_from_the_ratification(make) -> None:
    options, fp = make
    ratified = [fp(n, language, title, at=at) for n, (language, title, at) in enumerate(RATIFIED, 1)]
    decree = [fp(n, language, title, at=at) for n, (language, title, at) in enumerate(DECREE, 10)]
    assert all(similarity(d, r, options) is None for d in decree for r in ratified)
    stories = {a.item_id: a.story_id for a in cluster([*ratified, *decree], options)}
    assert len({stories[fp.item_id] for fp in ratified}) == 1
    assert len({stories[fp.item_id] for fp in decree}) == 1
    assert not {stories[fp.item_id] for fp in ratified} & {stories[fp.item_id] for fp in decree}


def test_a_decree_applying_the_law_the_same_day_still_stays_apart(make) -> None:
    """Published within hours of the ratification (the window where a vote and a law are one act told two
    ways), the decree is still another act."""
    options, fp = make
    ratified = fp(1, "en", RATIFIED[2][1], at="2026-06-30T11:00:00+04:00")
    decree = fp(2, "en", DECREE[2][1], at="2026-06-30T13:00:00+04:00")
    assert similarity(ratified, decree, options) is None


@pytest.mark.parametrize(("language", "headline"), [
    ("ru", "Указ о применении закона о присоединении к Гаагской конвенции о получении доказательств"),
    ("en", "Law on accession to Hague Evidence Convention put into effect by presidential decree"),
    ("az", "Sübutların əldə edilməsi haqqında Haaqa Konvensiyasına qoşulma barədə Qanunun tətbiqi haqqında Fərman"),
])
def test_an_accession_is_apart_from_the_decree_applying_its_law(make, language, headline) -> None:
    options, fp = make
    acceded = fp(1, language, {
        "ru": "Азербайджан присоединился к Гаагской конвенции о получении доказательств",
        "en": "Azerbaijan accedes to Hague Evidence Convention",
        "az": "Azərbaycan sübutların əldə edilməsi haqqında Haaqa Konvensiyasına qoşulub",
    }[language], at="2026-05-11T12:00:00+04:00")
    assert similarity(acceded, fp(2, language, headline, at="2026-05-14T12:00:00+04:00"), options) is None
