"""Constructions read after the seventh blind set's en/ru failures, each with negatives of the same shape. The
sentences are written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-10T12:00:00+04:00"


def _dated(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None, str | None]]:
    """(action, actor, act date) of each event of an item published on 10 July 2026."""
    return {(e.action, e.actor, e.act_date.isoformat() if e.act_date else None)
            for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


# --------------------------------------------------------------------------------------------------
# The law's date restated in a sentence of its own (events.yaml `law_dated`, laws.law_date)


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        ("ru", "Алиев подписал закон о ратификации соглашения с Литвой о морском транспорте",
         "Президент Азербайджана подписал закон о ратификации соглашения с Литвой о морском транспорте. "
         "Закон подписан 8 июля.", ("ratified", "AZ", "2026-07-08")),
        ("ru", "Токаев утвердил соглашение с Азербайджаном о туризме",
         "Президент Казахстана подписал указ об утверждении соглашения с Азербайджаном о сотрудничестве в "
         "области туризма. Указ был подписан 7 июля.", ("approved_by_law", "KZ", "2026-07-07")),
        ("ru", "Мирзиёев подписал закон о присоединении к Конвенции о правах инвалидов",
         "Президент Узбекистана подписал закон о присоединении к Конвенции о правах инвалидов. "
         "Закон от 06.07.2026 г. опубликован в Национальной базе данных законодательства.",
         ("acceded", "UZ", "2026-07-06")),
        ("ru", "Путин подписал закон о денонсации конвенции Совета Европы о защите животных",
         "Президент России подписал закон о денонсации Европейской конвенции о защите домашних животных. "
         "Документ опубликован на портале правовой информации, дата подписания – 05.07.2026.",
         ("denounced", "RU", "2026-07-05")),
        ("ru", "Закон Азербайджанской Республики о ратификации Соглашения с Грузией о железнодорожном сообщении",
         "Ратифицировать Соглашение между Азербайджанской Республикой и Грузией о железнодорожном сообщении.\n"
         "Ильхам Алиев, Президент Азербайджанской Республики\nг. Баку, 4 июля 2026 года",
         ("ratified", "AZ", "2026-07-04")),
        ("en", "Aliyev signs law ratifying agreement with Lithuania on maritime transport",
         "President Ilham Aliyev has signed a law on ratification of the agreement with Lithuania on maritime "
         "transport. The law was signed on 8 July.", ("ratified", "AZ", "2026-07-08")),
        ("en", "Tokayev approves tourism agreement with Azerbaijan",
         "Kazakh President Kassym-Jomart Tokayev signed a decree approving the agreement with Azerbaijan on "
         "cooperation in tourism. The decree is dated 7 July 2026.", ("approved_by_law", "KZ", "2026-07-07")),
        ("en", "Putin signs law on denunciation of animal protection convention",
         "Russian President Vladimir Putin signed the law on denunciation of the European Convention for the "
         "Protection of Pet Animals. Date of signing: 5 July 2026.", ("denounced", "RU", "2026-07-05")),
    ],
)
def test_a_law_dated_in_a_sentence_of_its_own_dates_its_act(language: str, title: str, body: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert _dated(language, title, body) == {expected}


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # a parliament's earlier vote on the law dates no signing of it
        ("ru", "Путин подписал закон о ратификации соглашения с Азербайджаном о туризме",
         "Президент России подписал закон о ратификации соглашения с Азербайджаном о туризме. "
         "Госдума приняла закон 1 июля.", ("ratified", "RU", "2026-07-10")),
        ("en", "Putin signs law ratifying tourism agreement with Azerbaijan",
         "Russian President Vladimir Putin has signed the law on ratification of the agreement with Azerbaijan "
         "on tourism. The State Duma passed the law on 1 July.", ("ratified", "RU", "2026-07-10")),
        # the treaty's own signing is no date of the law
        ("ru", "Алиев подписал закон о ратификации соглашения с Литвой о морском транспорте",
         "Президент Азербайджана подписал закон о ратификации соглашения с Литвой о морском транспорте. "
         "Документ подписан 8 июля.", ("ratified", "AZ", "2026-07-10")),
        # a law dated long ago is another law
        ("ru", "Алиев подписал закон о ратификации соглашения с Литвой о морском транспорте",
         "Президент Азербайджана подписал закон о ратификации соглашения с Литвой о морском транспорте. "
         "Закон от 12.05.2005 г. «О международных договорах» при этом не изменяется.",
         ("ratified", "AZ", "2026-07-10")),
        # a date printed for the act itself stays
        ("en", "Aliyev signs law ratifying agreement with Lithuania on maritime transport",
         "President Ilham Aliyev signed a law on ratification of the agreement with Lithuania on maritime "
         "transport on 9 July. The law was signed on 8 July, the press service added.",
         ("ratified", "AZ", "2026-07-09")),
    ],
)
def test_a_law_date_of_another_kind_is_not_the_acts(language: str, title: str, body: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert _dated(language, title, body) == {expected}


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("ru", "Путин подписал Федеральный закон от 08.07.2026 «О ратификации Соглашения с Азербайджаном о туризме»",
         ""),
        ("ru", "Токаев подписал закон",
         "Президент Казахстана подписал Закон Республики Казахстан от 8 июля 2026 года № 212-VIII «О ратификации "
         "Соглашения между Республикой Казахстан и Азербайджанской Республикой о туризме»."),
        ("en", "Tokayev signs law",
         "Kazakh President Kassym-Jomart Tokayev signed Law No. 212-VIII of 08.07.2026 on ratification of the "
         "agreement with Azerbaijan on tourism."),
    ],
)
def test_a_law_title_reads_across_the_dots_of_its_reference(language: str, title: str, body: str) -> None:
    assert {(a, actor) for a, actor, _ in _dated(language, title, *([body] if body else []))} \
        == {("ratified", "RU" if "Путин" in title else "KZ")}


# --------------------------------------------------------------------------------------------------
# A document's own date ("от 22 января 1993 года", "of 2 July 2019"): part of its name, no year for the news


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ru", "Президент Кыргызстана подписал закон «О денонсации Соглашения об организации Межгосударственного "
         "банка от 22 января 1993 года», сообщила пресс-служба 8 июля.", ("denounced", "KG", "2026-07-08")),
        ("ru", "Президент Казахстана подписал закон о присоединении к Конвенции о признании иностранных судебных "
         "решений от 2 июля 2019 года, сообщила пресс-служба.", ("acceded", "KZ", "2026-07-10")),
        ("en", "Kyrgyz President Sadyr Japarov signed the law on denunciation of the Agreement on the establishment "
         "of the Interstate Bank of 22 January 1993, his press service said on 8 July.",
         ("denounced", "KG", "2026-07-08")),
        ("en", "Kazakhstan deposited its instrument of accession to the Hague Convention of 30 June 2005 on Choice "
         "of Court Agreements with the depositary on 7 July.", ("acceded", "KZ", "2026-07-07")),
        ("ru", "Казахстан сдал на хранение документ о присоединении к Конвенции от 19 октября 1996 года о "
         "юрисдикции и сотрудничестве в отношении защиты детей 7 июля.", ("acceded", "KZ", "2026-07-07")),
    ],
)
def test_a_document_date_gives_no_year_to_the_acts_date(language: str, body: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert _dated(language, "", body) == {expected}


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("en", "Kazakhstan deposited its instrument of accession to the Hague Convention of 30 June 2005 on Choice "
         "of Court Agreements with the depositary on 7 July.",
         "Hague Convention of 30 June 2005 on Choice of Court Agreements"),
        ("en", "Uzbekistan acceded to the Convention of 2 July 2019 on the Recognition of Foreign Judgments.",
         "Convention of 2 July 2019 on the Recognition of Foreign Judgments"),
        ("ru", "Казахстан присоединился к Конвенции от 19 октября 1996 года о юрисдикции и сотрудничестве в "
         "отношении защиты детей.", "Конвенции от 19 октября 1996 года о юрисдикции и сотрудничестве в "
         "отношении защиты детей"),
        # a date after the name with nothing after it is the name's end
        ("ru", "Казахстан присоединился к Конвенции о защите детей от 19 октября 1996 года.",
         "Конвенции о защите детей"),
    ],
)
def test_a_dated_title_reads_on_after_its_date(language: str, body: str, name: str) -> None:
    assert {e.treaty_name for e in events_of(language, "", body, published=PUBLISHED)} == {name}
