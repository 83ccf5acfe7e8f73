"""Items that look back or deny (history.tells_history, events.yaml ``denial`` and ``retrospective``): a "how"
title whose verb is past though no verb of acting ("How the 1996 agreement shaped ..."), a denial in its "-ing"
form, an anniversary counted in words ("five years since"); with twins of the same shape that stay news.

The sentences are written for these tests; the dev set (bench/devset/) is never a fixture.
"""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-06-15T12:00:00+04:00"


# --------------------------------------------------------------------------------------------------
# "How" titles with a past verb: the item tells history


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "How the 1999 Energy Charter Treaty shaped Caspian investment",
         "Azerbaijan ratified the Energy Charter Treaty in 1997. The treaty was signed by fifty states."),
        ("en", "How the Caspian Convention reshaped the sea's legal status",
         "The convention was ratified by Azerbaijan, Kazakhstan and Russia."),
        ("ru", "Как Каспийская конвенция изменила правовой статус моря",
         "Конвенция была ратифицирована Азербайджаном, Казахстаном и Россией."),
        ("az", "Xəzər Konvensiyası dənizin hüquqi statusunu necə dəyişdi",
         "Konvensiya Azərbaycan, Qazaxıstan və Rusiya tərəfindən ratifikasiya edilib."),
        ("az", "Tərəfdaşlıq Sazişi Azərbaycan-AB münasibətlərini necə formalaşdırıb",
         "Saziş Azərbaycan tərəfindən ratifikasiya edilib."),
    ],
)
def test_a_how_title_with_a_past_verb_tells_history(language: str, title: str, lead: str) -> None:
    assert events_of(language, title, lead, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "How the new visa agreement changes travel to Uzbekistan",
         "Azerbaijan ratified the agreement on mutual visa exemption with Uzbekistan today."),
        ("en", "How the proposed treaty changes trade",
         "Azerbaijan ratified the agreement on free trade with Uzbekistan today."),
        ("az", "Özbəkistanla vizasız rejim haqqında yeni saziş səfərləri necə dəyişəcək",
         "Milli Məclis bu gün Özbəkistanla vizalardan qarşılıqlı azadolma haqqında sazişi ratifikasiya edib."),
    ],
)
def test_a_how_title_that_explains_keeps_its_news(language: str, title: str, lead: str) -> None:
    assert events_of(language, title, lead, published=PUBLISHED) != ()


# --------------------------------------------------------------------------------------------------
# A denial in its "-ing" form


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Uzbekistan joined the Apostille Convention long ago and is not considering any new accession, the "
               "ministry said, denying media reports."),
        ("en", "Kazakhstan has not ratified the agreement on gas transit, the ministry said, refuting reports."),
        ("ru", "Узбекистан не присоединялся к новой конвенции, заявили в министерстве, опровергая сообщения СМИ."),
        ("az", "Nazirlik mediada yayılan məlumatları təkzib edərək Özbəkistanın Konvensiyaya qoşulduğunu bildirib."),
    ],
)
def test_a_denial_in_its_ing_form_reports_no_act(language: str, sentence: str) -> None:
    assert events_of(language, "x", sentence, published=PUBLISHED) == ()


# --------------------------------------------------------------------------------------------------
# An anniversary counted in words


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("en", "Shusha Declaration marks five years",
         "The Shusha Declaration was ratified by the parliaments of both states and entered into force."),
        ("ru", "Исполнилось пять лет Шушинской декларации",
         "Декларация была ратифицирована парламентами обеих стран и вступила в силу."),
        ("az", "Şuşa Bəyannaməsinin imzalanmasından beş il ötür",
         "Bəyannamə hər iki ölkənin parlamenti tərəfindən ratifikasiya edilib və qüvvəyə minib."),
        ("az", "Qars müqaviləsinin imzalanmasından on beş il keçir",
         "Müqavilə hər iki ölkənin parlamenti tərəfindən ratifikasiya edilib."),
    ],
)
def test_an_anniversary_counted_in_words_looks_back(language: str, title: str, lead: str) -> None:
    assert events_of(language, title, lead, published=PUBLISHED) == ()


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Azerbaijan ratifies agreement with Uzbekistan on five years of visa-free travel"),
        ("ru", "Азербайджан ратифицировал соглашение с Узбекистаном о безвизовом режиме на пять лет"),
        ("az", "Azərbaycan Özbəkistanla beş il müddətinə vizasız rejim haqqında sazişi ratifikasiya edib"),
    ],
)
def test_years_counted_in_a_treatys_subject_are_no_anniversary(language: str, title: str) -> None:
    assert {e.action for e in events_of(language, title, published=PUBLISHED)} == {"ratified"}
