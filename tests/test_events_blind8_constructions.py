"""Constructions read after the eighth blind set's en/ru failures, each swept over its neighbours (tenses,
word orders, treaty nouns, states, headline and body forms) with negatives of the same shape. The sentences are
written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import actions_and_actors, events_of

# --------------------------------------------------------------------------------------------------
# A financing agreement that a parliament or a law acts on is the state's treaty with its lender
# (extract._lawmakers_financing); its signing or a bank's approval of a loan stays a contract.


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Milli Majlis OKs loan agreement with ADB on water supply", {("adopted_by_parliament", "AZ")}),
        ("en", "Parliament ratifies loan agreement with World Bank on irrigation", {("adopted_by_parliament", "AZ")}),
        ("en", "Georgian parliament approves financing agreement with EBRD on East-West highway",
         {("adopted_by_parliament", "GE")}),
        ("en", "Azerbaijani MPs ratified the credit agreement with the Islamic Development Bank",
         {("adopted_by_parliament", "AZ")}),
        ("en", "Ilham Aliyev signs law approving loan agreement with Asian Development Bank",
         {("approved_by_law", "AZ")}),
        ("en", "President Aliyev signed a law on ratification of the grant agreement with the World Bank",
         {("ratified", "AZ")}),
        ("ru", "Милли Меджлис ратифицировал кредитное соглашение с Всемирным банком",
         {("adopted_by_parliament", "AZ")}),
        ("ru", "Парламент одобрил соглашение о займе с Азиатским банком развития", {("adopted_by_parliament", "AZ")}),
        ("ru", "Ильхам Алиев подписал закон об утверждении кредитного соглашения с ЕБРР", {("approved_by_law", "AZ")}),
        ("ru", "Алиев подписал закон о ратификации соглашения о финансировании с Исламским банком развития",
         {("ratified", "AZ")}),
        # negatives of the same shape: the loan signed or granted by the bank
        ("en", "Azerbaijan, ADB sign $300 million loan agreement for water supply", set()),
        ("en", "World Bank approves $150 million loan for Azerbaijan's irrigation", set()),
        ("en", "EBRD OKs $60 million loan to Azerenerji for grid upgrade", set()),
        ("ru", "Азербайджан и АБР подписали кредитное соглашение на $200 млн", set()),
        ("ru", "Всемирный банк одобрил Азербайджану кредит на 150 млн долларов", set()),
    ],
)
def test_a_parliament_or_a_law_makes_a_financing_agreement_a_treaty(language: str, title: str,
                                                                      expected: set[tuple[str, str]]) -> None:
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A book signing (events.yaml `autographs`): the verb of signing takes a book, copies or autographs


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Kazakh author signs copies of book on Caspian Convention in Baku"),
        ("en", "Professor signed 200 copies of his monograph on the Aarhus Convention"),
        ("en", "Diplomat signs his memoirs about the Kars Treaty for students"),
        ("en", "Book signing: new commentary on the Vienna Convention presented in Baku"),
        ("en", "Author of Minsk Convention guide signing autographs at book fair"),
        ("ru", "Автор комментария к Минской конвенции подписал книги для студентов"),
        ("ru", "Профессор подписал свою монографию о Венской конвенции"),
        ("ru", "Автор книги о Каспийской конвенции раздавал автографы на выставке"),
        ("ru", "Дипломат подписал экземпляры книги о Карсском договоре"),
    ],
)
def test_a_book_signing_signs_no_treaty(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Azerbaijan signs Convention on the international trade in books", {("signed", "AZ")}),
        ("en", "Azerbaijan and Georgia sign protocol on exchanging copies of archival documents",
         {("signed", None)}),
        ("ru", "Азербайджан и Грузия подписали соглашение об обмене книгами", {("signed", None)}),
    ],
)
def test_a_treaty_about_books_or_copies_is_still_signed(language: str, title: str,
                                                         expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A law's own title "On <act> of <treaty>" whose treaty's name holds a participle (headlines._named)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("On ratification of the Agreement between the Republic of Azerbaijan and the Republic of Moldova on the "
         "transfer of sentenced persons", {("ratified", "AZ")}),
        ("On ratification of the Convention on the protection of displaced persons", {("ratified", "AZ")}),
        ("On approval of the Agreement between the Government of the Republic of Azerbaijan and the Government of "
         "Georgia on mutual recognition of licensed pharmacists", {("approved_by_law", "AZ")}),
        ("On accession to the Convention on the recognition of qualifications concerning higher education",
         {("acceded", "AZ")}),
        ("On denunciation of the Agreement on the status of seconded personnel", {("denounced", "AZ")}),
        # a verb after the name still makes the noun a topic
        ("Ratification of the agreement with Moldova on the transfer of sentenced persons postponed", set()),
        ("Ratification of the Convention on Protection of Displaced Persons Delayed", set()),
    ],
)
def test_a_participle_inside_a_treaty_name_is_not_the_titles_verb(title: str,
                                                                    expected: set[tuple[str, str]]) -> None:
    assert actions_and_actors("en", title) == expected


# --------------------------------------------------------------------------------------------------
# Members of parliament act as their parliament (events.yaml `parliament`)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Uzbek senators back allied relations treaty with Azerbaijan", {("adopted_by_parliament", "UZ")}),
        ("Uzbek senators ratified the treaty on allied relations with Azerbaijan", {("adopted_by_parliament", "UZ")}),
        ("Kazakh deputies ratify agreement with Azerbaijan on tourism", {("adopted_by_parliament", "KZ")}),
        ("Georgian members of parliament approve agreement with Azerbaijan on tourism",
         {("adopted_by_parliament", "GE")}),
        ("Kazakh deputies have passed a bill on ratification of the agreement with Azerbaijan on tourism",
         {("adopted_by_parliament", "KZ")}),
        # a deputy minister is no member of parliament
        ("Kazakh deputy minister signs agreement with Azerbaijan on tourism", {("signed", None)}),
    ],
)
def test_members_of_parliament_act_as_their_parliament(title: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors("en", title) == expected


# --------------------------------------------------------------------------------------------------
# A government approving a bill drafts it for parliament (extract._government_bill); "decided to submit" has not
# sent it


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Kazakh government endorses bill on ratifying extradition treaty with Azerbaijan, to send it to "
               "Mazhilis", set()),
        ("en", "Kyrgyz cabinet approved a draft law on ratification of the agreement with Azerbaijan on tourism",
         set()),
        ("en", "The Government of Kazakhstan approved the bill on ratification of the agreement with Azerbaijan on "
               "tourism and decided to submit it to the Mazhilis", set()),
        ("ru", "Правительство Казахстана одобрило законопроект о ратификации договора с Азербайджаном о выдаче",
         set()),
        ("ru", "Кабинет министров Кыргызстана одобрил проект закона о ратификации соглашения с Азербайджаном",
         set()),
        # the same shapes with a parliament as subject, or the bill actually sent
        ("en", "Mazhilis approves government bill on ratification of extradition treaty with Azerbaijan",
         {("adopted_by_parliament", "KZ")}),
        ("en", "Kazakh government approves bill on ratification of treaty with Azerbaijan and submits it to "
               "Mazhilis", {("submitted_to_parliament", "KZ")}),
        ("ru", "Мажилис одобрил законопроект о ратификации договора с Азербайджаном о выдаче",
         {("adopted_by_parliament", "KZ")}),
        ("ru", "Правительство Казахстана одобрило законопроект о ратификации договора с Азербайджаном и "
               "направило его в Мажилис", {("submitted_to_parliament", "KZ")}),
    ],
)
def test_a_government_approving_a_bill_is_no_parliament_vote(language: str, title: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# ru: the copula negated after a short participle ("подписано не было")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Соглашение между Азербайджаном и Арменией о транзите подписано не было", set()),
        ("Никакого договора между Азербайджаном и Арменией о мире подписано не было", set()),
        ("Соглашение между Азербайджаном и Грузией о транзите ратифицировано не было", set()),
        ("Протокол между Азербайджаном и Грузией о транзите подписан не был", set()),
        ("Соглашение между Азербайджаном и Грузией о транзите было подписано в Баку", {("signed", None)}),
        ("Соглашение между Азербайджаном и Грузией о транзите подписано, не было никаких возражений",
         {("signed", None)}),
    ],
)
def test_a_copula_negated_after_the_participle_negates_the_act(title: str,
                                                              expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors("ru", title) == expected


# --------------------------------------------------------------------------------------------------
# en "<state> joins <others> in <act>ing <treaty>" (english._joined_in)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Azerbaijan joins CIS leaders in signing agreement on countering illegal migration", "signed"),
        ("Georgia joined 20 states in ratifying the Convention on cybercrime", "ratified"),
        ("Azerbaijan joins the Convention on cybercrime", "acceded"),
        ("Azerbaijan joins Apostille Convention in move to ease document checks", "acceded"),
    ],
)
def test_joining_others_in_an_act_is_that_act(title: str, expected: str) -> None:
    assert {action for action, _ in actions_and_actors("en", title)} == {expected}


def test_joining_others_in_a_future_act_is_no_act() -> None:
    assert actions_and_actors("en", "Azerbaijan will join CIS partners in signing the agreement on migration") == set()


# --------------------------------------------------------------------------------------------------
# A bare "the bill" voted on after a sentence that named it "проект закона «Об ...»" / "the draft law on ..."
# (laws.named_bills): the title opens at the law word inside the bill's name


_PLENARY = {"ru": "Состоялось пленарное заседание Милли Меджлиса", "en": "Milli Majlis holds plenary session"}


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        ("ru", ("Депутаты обсудили проект закона «Об утверждении Соглашения между Азербайджанской Республикой и "
                "Республикой Сербия о социальном обеспечении».", "Законопроект вынесен на голосование и принят."),
         {("adopted_by_parliament", "AZ")}),
        ("ru", ("Депутаты обсудили проекты законов. Был рассмотрен проект закона «О ратификации Договора между "
                "Азербайджанской Республикой и Грузией о туризме».", "Проект закона был принят в третьем чтении."),
         {("adopted_by_parliament", "AZ")}),
        ("en", ("MPs discussed the draft law on ratification of the Agreement between Azerbaijan and Serbia on social "
                "security.", "The draft law was put to a vote and adopted."), {("adopted_by_parliament", "AZ")}),
        # the same shape, the bill not voted
        ("ru", ("Депутаты обсудили проект закона «О ратификации Соглашения между Азербайджанской Республикой и "
                "Грузией о туризме».", "Законопроект отправлен на доработку."), set()),
        ("en", ("MPs discussed the draft law on ratification of the Agreement between Azerbaijan and Serbia on social "
                "security.", "The vote on the draft law was postponed."), set()),
    ],
)
def test_a_bill_named_with_its_law_word_is_the_bill_voted_later(language: str, paragraphs: tuple[str, str],
                                                                 expected: set[tuple[str, str]]) -> None:
    assert actions_and_actors(language, _PLENARY[language], *paragraphs) == expected


# --------------------------------------------------------------------------------------------------
# A law's date printed as "Date of signature:" (events.yaml `law_dated`), like "Date of signing:"


@pytest.mark.parametrize("label", ["Date of signature: 08.07.2026.", "Date of signing: 08.07.2026.",
                                   "Date of its signature – 8 July 2026."])
def test_a_laws_date_of_signature_dates_its_act(label: str) -> None:
    found = events_of("en", "On ratification of the Agreement between the Republic of Azerbaijan and the Republic "
                            "of Moldova on the transfer of sentenced persons",
                      f"Law of the Republic of Azerbaijan No. 1245-VIIQ. {label} Entered into force: 09.07.2026.",
                      published="2026-07-10T09:00:00+04:00")
    assert {(e.action, e.act_date.isoformat() if e.act_date else None) for e in found} == {("ratified", "2026-07-08")}


# --------------------------------------------------------------------------------------------------
# A name in brackets after the treaty noun, the name's link word after it (extent._parenthesised)


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("en", "The parliament ratified the Loan Agreement (Water Supply Improvement Project) between the Republic "
               "of Azerbaijan and the Asian Development Bank.",
         "Loan Agreement (Water Supply Improvement Project) between the Republic of Azerbaijan and the Asian "
         "Development Bank"),
        ("ru", "Милли Меджлис ратифицировал Соглашение о займе (Проект улучшения водоснабжения) между "
               "Азербайджанской Республикой и Всемирным банком.",
         "Соглашение о займе (Проект улучшения водоснабжения) между Азербайджанской Республикой и Всемирным банком"),
        # a remark in brackets is no part of the name
        ("en", "Azerbaijan and Georgia signed the agreement (signed in Tbilisi) on tourism.", "agreement"),
    ],
)
def test_a_bracketed_name_after_the_treaty_noun_stays_in_the_name(language: str, sentence: str, name: str) -> None:
    title = {"en": "Treaty news", "ru": "Новости договоров"}[language]
    assert {e.treaty_name for e in events_of(language, title, sentence)} == {name}
