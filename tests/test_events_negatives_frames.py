"""False events from frames that report no act, read after the ninth blind set's negatives, each swept over its
neighbours in en, ru and az with positive twins of the same shape that must still be found: a title that tells
history ("How ... signed", "как ... заключил", "necə ratifikasiya etdi", "a look back", "хроника"); a draft of a
treaty (not yet signed, so no act of any kind is on it); a law that amends a law whose title names a treaty act;
a contract whose party is a holding or a sports body. The sentences are written for these tests."""

import pytest

from tests.events_support import actions_and_actors

# --------------------------------------------------------------------------------------------------
# A title that tells history (events.yaml `history_title`, history.tells_history): its undated acts are the
# history's.


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("en", "How Azerbaijan signed the ceasefire agreement: a look back", ""),
        ("en", "How Georgia ratified the Association Agreement", ""),
        ("en", "How the Treaty of Kars was concluded", "The treaty was signed by the delegations of four states."),
        ("en", "Turkmenchay: how the peace treaty was signed", "The treaty was signed in a village near Tabriz."),
        ("en", "How Kazakhstan joined the Apostille Convention", "Kazakhstan acceded to the convention."),
        ("en", "Azerbaijan and the Council of Europe: a timeline",
         "Azerbaijan signed the European Convention on Human Rights and ratified it."),
        ("en", "Looking back at the Contract of the Century", "The agreement was signed at Gulustan Palace."),
        ("ru", "Как Азербайджан подписал соглашение о прекращении огня", ""),
        ("ru", "Батумский договор: как Азербайджан впервые заключил международный договор", ""),
        ("ru", "Как Азербайджан присоединялся к конвенции об апостиле", "Азербайджан присоединился к Конвенции."),
        ("ru", "Как Грузия ратифицировала Соглашение об ассоциации с ЕС", ""),
        ("ru", "Азербайджан в Совете Европы: хроника",
         "Азербайджан подписал Европейскую конвенцию о защите прав человека."),
        ("ru", "Историческая справка: Карсский договор", "Договор был подписан представителями четырех государств."),
        ("az", "Gürcüstan Assosiasiya Sazişini necə ratifikasiya etdi", ""),
        ("az", "Azərbaycan atəşkəs sazişini necə imzaladı: tarixə nəzər", ""),
        ("az", "Qazaxıstan Apostil Konvensiyasına necə qoşuldu", "Qazaxıstan Konvensiyaya qoşulub."),
        ("az", "Azərbaycan və Avropa Şurası: xronologiya",
         "Azərbaycan Avropa İnsan Hüquqları Konvensiyasını imzalayıb."),
    ],
)
def test_a_title_that_tells_history_reports_no_act(language: str, title: str, body: str) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        # an explainer: "how" with no past verb, the act in the body is news
        ("en", "How the new visa agreement changes travel to Georgia",
         "Azerbaijan and Georgia signed an agreement on visa-free travel.", {("signed", None)}),
        ("en", "Here is how the deal works: Kazakhstan ratifies transit agreement with Azerbaijan", "",
         {("ratified", "KZ")}),
        ("ru", "Азербайджан, как и ожидалось, ратифицировал соглашение с Грузией о транзите", "", {("ratified", "AZ")}),
        ("ru", "Как изменятся правила поездок", "Азербайджан и Грузия подписали соглашение о безвизовом режиме.",
         {("signed", None)}),
        ("ru", "Казахстан ратифицировал соглашение с Азербайджаном, как сообщает пресс-служба", "",
         {("ratified", "KZ")}),
        ("az", "Qazaxıstan Azərbaycanla tranzit haqqında sazişi ratifikasiya edib", "", {("ratified", "KZ")}),
    ],
)
def test_a_how_that_frames_no_history_keeps_the_act(language: str, title: str, body: str,
                                                    expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == expected


# --------------------------------------------------------------------------------------------------
# A draft of a treaty is not yet signed: sending it back, presenting it to deputies or approving it is no act on
# a treaty (extract._sentence_events); a bill on its ratification is.


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Kazakh Senate returns draft agreement on Caspian transit to government"),
        ("en", "Draft treaty on alliance with Uzbekistan presented to MPs"),
        ("en", "Parliament committee discusses draft protocol with Georgia on border crossing"),
        ("en", "Senate sends draft convention on tax matters back for revision"),
        ("ru", "Проект соглашения с Грузией об охране окружающей среды представлен депутатам"),
        ("ru", "Сенат Казахстана вернул проект соглашения о транзите в правительство"),
        ("ru", "В комитете Милли Меджлиса обсудили проект договора с Узбекистаном о союзничестве"),
        ("az", "Gürcüstanla ətraf mühitin mühafizəsi haqqında saziş layihəsi deputatlara təqdim olunub"),
        ("az", "Milli Məclisin komitəsində Özbəkistanla müqavilə layihəsi müzakirə edilib"),
    ],
)
def test_a_draft_treaty_carries_no_act(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Bill on ratification of transit agreement with Kazakhstan submitted to Milli Majlis",
         {("submitted_to_parliament", "AZ")}),
        ("ru", "В Милли Меджлис внесен законопроект о ратификации соглашения с Казахстаном о транзите",
         {("submitted_to_parliament", "AZ")}),
        ("en", "Kazakh Senate ratifies agreement on Caspian transit with Azerbaijan",
         {("adopted_by_parliament", "KZ")}),
    ],
)
def test_a_bill_on_a_treaty_is_still_read(language: str, title: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected


# --------------------------------------------------------------------------------------------------
# A law that amends a law on a treaty act (events.yaml `amended_law`, not_acted_on._in_amended_law): the act in the old
# law's title is not the news. A protocol that amends a treaty still is.


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", 'President Ilham Aliyev signed a law amending the Law "On accession to the Convention Abolishing the '
               'Requirement of Legalisation for Foreign Public Documents".'),
        ("en", "The President signed a law on amendments to the Law on ratification of the Agreement between "
               "Azerbaijan and Georgia on air transport."),
        ("en", "Parliament adopted changes to the law on approval of the agreement with Turkey on social security."),
        ("ru", "Президент подписал закон о внесении изменений в Закон «О присоединении Азербайджанской Республики к "
               "Конвенции, отменяющей требование легализации иностранных официальных документов»."),
        ("ru", "Ильхам Алиев подписал закон о внесении изменения в Закон «Об утверждении Соглашения между "
               "Азербайджаном и Грузией о воздушном сообщении»."),
        ("ru", "Милли Меджлис принял изменения и дополнения в закон о ратификации Конвенции о правах ребенка."),
        ("az", 'Prezident "Xarici rəsmi sənədlərin leqallaşdırılması tələbini ləğv edən Konvensiyaya qoşulmaq '
               'haqqında" Qanuna dəyişiklik edilməsi barədə qanun imzalayıb.'),
        ("az", 'Prezident "Azərbaycan Respublikası ilə Gürcüstan arasında hava nəqliyyatı haqqında Sazişin təsdiq '
               'edilməsi barədə" Azərbaycan Respublikası Qanununa dəyişikliklər edilməsi haqqında qanun imzalayıb.'),
    ],
)
def test_amending_a_law_on_a_treaty_act_is_no_act(language: str, body: str) -> None:
    assert actions_and_actors(language, "Law signed", body) == set()


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "President Ilham Aliyev signed a law on approval of the Protocol on amendments to the Agreement "
               "between Azerbaijan and Georgia on air transport.", {("approved_by_law", "AZ")}),
        ("ru", "Ильхам Алиев подписал закон об утверждении Протокола о внесении изменений в Соглашение между "
               "Азербайджаном и Грузией о воздушном сообщении.", {("approved_by_law", "AZ")}),
        ("az", 'Prezident "Azərbaycan Respublikası ilə Gürcüstan arasında hava nəqliyyatı haqqında Saziş"ə '
               'dəyişikliklər edilməsi barədə Protokolun təsdiq edilməsi haqqında qanun imzalayıb.',
         {("approved_by_law", "AZ")}),
    ],
)
def test_a_protocol_amending_a_treaty_is_still_an_act(language: str, body: str,
                                                      expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, "Law signed", body) == expected


# --------------------------------------------------------------------------------------------------
# A holding or a sports body as a party makes the document a contract (events.yaml `commercial`).


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "AZCON Holding and Georgian Railway sign memorandum of understanding"),
        ("en", "Azerbaijan and Kyrgyzstan sign agreement with FIFA on youth tournament"),
        ("en", "Football federations of Azerbaijan and Turkey sign cooperation memorandum with UEFA"),
        ("ru", "Азербайджан и Кыргызстан подписали соглашение с ФИФА о проведении турнира"),
        ("ru", "Холдинг AZCON и Грузинская железная дорога подписали меморандум"),
        ("az", "AZCON Holding ilə Gürcüstan Dəmir Yolu arasında anlaşma memorandumu imzalanıb"),
        ("az", "Azərbaycan və Qırğızıstan FIFA ilə turnir haqqında saziş imzalayıb"),
    ],
)
def test_a_holding_or_sports_body_signs_a_contract(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("en", "Azerbaijan and Georgia sign agreement on railway transport", {("signed", None)}),
        ("ru", "Азербайджан и Грузия подписали соглашение о железнодорожном транспорте", {("signed", None)}),
        ("az", "Azərbaycan və Gürcüstan dəmir yolu nəqliyyatı haqqında saziş imzalayıb", {("signed", None)}),
        ("az", "Azərbaycan və Qırğızıstan idman sahəsində əməkdaşlıq haqqında saziş imzalayıb", {("signed", None)}),
    ],
)
def test_states_signing_on_railways_or_sport_still_sign(language: str, title: str,
                                                        expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected
