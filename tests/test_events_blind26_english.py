"""Constructions read from blind25/blind26's English misses and false events, each swept over ru and az where the
construction exists there, with negatives of the same shape. The sentences are written for these tests.

- a sum of money before a treaty noun ("ratifies $250 million loan agreement", "250 milyon dollarlıq kredit
  sazişini"): no count of documents (mentions._amount);
- a loan agreement ratified by anyone ("President Aliyev ratifies World Bank loan deal"): the state's treaty with
  the lender, as when a parliament or a law acts on it; a bank that approves a loan, or a loan signed, stays as it
  was (mention_filters._lawmakers_financing);
- a headline's gerund in a law's title ("signs law on joining Hague Evidence Convention"): the law on accession
  (events.yaml ``laws``);
- a chamber's "final approval" given to a treaty: its vote (events.yaml ``phrases.adopt``);
- a parliament's vote to accede ("votes to join", "voted in favour of accession", "проголосовал за присоединение"):
  its vote, as a vote to ratify (verb_acts._a_vote);
- a state's adjective before businesses or political parties ("Georgian opposition parties sign pact", "Грузинские
  компании подписали", "Gürcüstan müxalifət partiyaları"): they sign, not the state (roles.names_a_company);
- a present entry into force with a counted term ("takes effect on the first day of the second month after the last
  notification"): the treaty's clause, not its entry into force (english._counted_term);
- a past form right after a treaty named as a noun's object ("discussed implementation of the agreement ... signed in
  Budapest last November"): a reduced relative clause, background (verb_roles._object_of_a_noun);
- a protocol's name cut before "to the <parent convention>" with no comma ("Protocol on ... in a Transboundary
  Context to the Framework Convention ..."): one protocol, the convention is its parent (mentions._PARENT_LINK).
"""

import pytest

from tests.events_support import actions_and_actors, events_of


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        # a sum of money before the treaty noun
        ("en", "Milli Majlis ratifies $250 million loan agreement with Asian Development Bank",
         {("adopted_by_parliament", "AZ")}),
        ("en", "Azerbaijan, Georgia sign $50 million agreement on energy cooperation", {("signed", None)}),
        ("az", "Milli Məclis 250 milyon dollarlıq kredit sazişini ratifikasiya edib",
         {("adopted_by_parliament", "AZ")}),
        # a loan agreement ratified
        ("en", "President Aliyev ratifies World Bank loan deal on rural water supply", {("ratified", "AZ")}),
        ("en", "Azerbaijan ratifies $300mn ADB railway loan agreement", {("ratified", "AZ")}),
        ("ru", "Президент Азербайджана ратифицировал кредитное соглашение с Всемирным банком", {("ratified", "AZ")}),
        ("az", "Prezident Dünya Bankı ilə kredit sazişini ratifikasiya edib", {("ratified", "AZ")}),
        # a law on joining
        ("en", "Ilham Aliyev signs law on joining Hague Evidence Convention", {("acceded", "AZ")}),
        ("en", "Milli Majlis passes bill on joining Hague Evidence Convention", {("adopted_by_parliament", "AZ")}),
        # final approval given by a chamber
        ("en", "Italian Senate gives final approval to investment agreement with Azerbaijan",
         {("adopted_by_parliament", "IT")}),
        # a parliament's vote to accede
        ("en", "Azerbaijani parliament votes to join Budapest Treaty on deposit of microorganisms",
         {("adopted_by_parliament", "AZ")}),
        ("en", "Parliament voted in favour of accession to the Budapest Treaty", {("adopted_by_parliament", "AZ")}),
        ("ru", "Милли Меджлис проголосовал за присоединение к Будапештскому договору",
         {("adopted_by_parliament", "AZ")}),
        # states sign, as before
        ("en", "The Azerbaijani and Georgian parties signed a protocol on border demarcation", {("signed", None)}),
        ("ru", "Грузинская и азербайджанская стороны подписали протокол о демаркации границы", {("signed", None)}),
        ("az", "Azərbaycan və Gürcüstan tərəfləri sərhədin demarkasiyası haqqında protokol imzalayıb",
         {("signed", None)}),
        ("en", "Azerbaijan joins Budapest Treaty on deposit of microorganisms", {("acceded", "AZ")}),
        ("ru", "Азербайджан присоединился к Будапештскому договору", {("acceded", "AZ")}),
    ],
)
def test_headline_constructions(language: str, title: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title) == expected


@pytest.mark.parametrize(
    ("language", "title"),
    [
        # a count of documents stays a count
        ("en", "Azerbaijan and Georgia sign 3 agreements on energy"),
        ("az", "Milli Məclis 3 sazişi ratifikasiya edib"),
        # a bank's approval, a loan signed with a bank: as before
        ("en", "ADB approves $150 million loan for Azerbaijan's railways"),
        ("en", "World Bank approves loan agreement with Azerbaijan"),
        ("ru", "Всемирный банк одобрил кредитное соглашение с Азербайджаном"),
        ("az", "Dünya Bankı Azərbaycanla kredit sazişini təsdiqləyib"),
        ("en", "Azerbaijan ratifies production sharing agreement with BP"),
        # a law on joining something else
        ("en", "Aliyev signs law on joining forces against cybercrime"),
        # approval given by a government, or to come
        ("en", "Government gives approval to agreement with Azerbaijan on tourism"),
        ("en", "Italian Senate to give final approval to investment agreement with Azerbaijan"),
        # a vote to come
        ("en", "Parliament will vote to join Budapest Treaty"),
        # businesses and political parties of a state
        ("en", "Georgian opposition parties sign pact ahead of local elections"),
        ("en", "Georgian companies sign memorandum on cooperation"),
        ("ru", "Грузинские оппозиционные партии подписали пакт перед выборами"),
        ("ru", "Грузинские компании подписали меморандум о сотрудничестве"),
        ("az", "Gürcüstan müxalifət partiyaları seçkilər öncəsi pakt imzalayıb"),
    ],
)
def test_headline_negatives(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == set()


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a counted term of entry into force
        ("en", "Both sides have completed domestic procedures; the agreement takes effect on the first day of the "
               "second month after the last notification.", set()),
        ("en", "The agreement enters into force on the thirtieth day after the date of the last notification.", set()),
        ("en", "The agreement takes effect 30 days after the exchange of instruments of ratification.", set()),
        ("en", "The agreement enters into force from the date of receipt of the last notification.", set()),
        ("ru", "Соглашение вступает в силу в первый день второго месяца после получения последнего уведомления.",
         set()),
        ("az", "Saziş sonuncu bildirişin alındığı tarixdən qüvvəyə minir.", set()),
        ("en", "The agreement between Azerbaijan and Georgia enters into force today.", {("entered_into_force", None)}),
        ("en", "The agreement between Azerbaijan and Georgia took effect on Monday.", {("entered_into_force", None)}),
        # a treaty named as a noun's object, then a past form
        ("en", "The sides discussed implementation of the agreement on water management cooperation signed in "
               "Budapest last November, gas supplies and preparations.", set()),
        ("en", "Part of the agreement signed in Budapest concerns water.", set()),
        ("ru", "Стороны обсудили реализацию соглашения о сотрудничестве в управлении водными ресурсами, подписанного "
               "в Будапеште в ноябре.", set()),
        ("en", "Azerbaijan and Hungary signed the agreement on water management cooperation in Budapest.",
         {("signed", None)}),
        ("en", "The ministers discussed the implementation of the agreement on water management cooperation signed "
               "today.", {("signed", None)}),
    ],
)
def test_body_constructions(language: str, body: str, expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, "Hungarian FM meets Aliyev in Baku", "", body,
                              published="2026-02-03T12:00:00+04:00") == expected


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Kazakhstan ratifies Protocol on Environmental Impact Assessment in a Transboundary Context to the "
               "Framework Convention for the Protection of the Marine Environment of the Caspian Sea"),
        ("ru", "Казахстан ратифицировал Протокол об оценке воздействия на окружающую среду в трансграничном контексте "
               "к Рамочной конвенции по защите морской среды Каспийского моря"),
    ],
)
def test_protocol_to_its_parent_is_one_act(language: str, title: str) -> None:
    assert actions_and_actors(language, title) == {("ratified", "KZ")}


@pytest.mark.parametrize(
    ("language", "title", "name"),
    [
        # a "between" list of official names with their organ: the comma lists parties inside the name
        ("en", "Kazakhstan ratified the Agreement between the Governments of the Republic of Kazakhstan, the Republic "
               "of Azerbaijan and Georgia on the development of the Trans-Caspian route",
         "Agreement between the Governments of the Republic of Kazakhstan, the Republic of Azerbaijan and Georgia on "
         "the development of the Trans-Caspian route"),
        ("ru", "Казахстан ратифицировал Соглашение между Правительством Республики Казахстан, Правительством "
               "Азербайджанской Республики и Правительством Грузии о развитии Транскаспийского маршрута",
         "Соглашение между Правительством Республики Казахстан, Правительством Азербайджанской Республики и "
         "Правительством Грузии о развитии Транскаспийского маршрута"),
        # ... and a comma after a closed pair ends it
        ("en", "Kazakhstan ratified the Agreement between the Government of the Republic of Kazakhstan and the "
               "Government of Azerbaijan, the ministry said",
         "Agreement between the Government of the Republic of Kazakhstan and the Government of Azerbaijan"),
    ],
)
def test_between_list_of_official_names(language: str, title: str, name: str) -> None:
    assert [e.treaty_name for e in events_of(language, title)] == [name]
