"""Acts that name a treaty noun but are no state's act on a treaty (extract._not_a_treaty_act), in en/ru/az:
parliaments signing a document of their own with each other, and a vote on a law of another subject that a
treaty is only named with. Each negative has positives of the same shape beside it. Sentences are written here,
in the agencies' styles; none is taken from a dev set."""

from __future__ import annotations

import pytest

from tests.events_support import events_of


def _actions(language: str, title: str, *paragraphs: str) -> list[str]:
    return [e.action for e in events_of(language, title, *paragraphs)]


PARLIAMENTS_DOCUMENTS = [
    ("en", "Milli Majlis and Hungarian National Assembly sign interparliamentary cooperation protocol"),
    ("en", "Azerbaijani and Hungarian parliaments sign memorandum of cooperation"),
    ("en", "A memorandum on cooperation between the parliaments of Azerbaijan and Serbia was signed in Belgrade"),
    ("en", "Protocol on inter-parliamentary cooperation signed by Azerbaijani and Polish speakers"),
    ("en", "The Milli Majlis and the Sejm of Poland have signed a memorandum of understanding"),
    ("ru", "Милли Меджлис и Национальное собрание Венгрии подписали протокол о межпарламентском сотрудничестве"),
    ("ru", "Парламенты Азербайджана и Венгрии подписали меморандум о сотрудничестве"),
    ("ru", "Подписан меморандум о сотрудничестве между Милли Меджлисом и Сеймом Польши"),
    ("ru", "Протокол о межпарламентском сотрудничестве с Сербией подписан в Белграде"),
    ("az", "Milli Məclis ilə Macarıstan Milli Assambleyası arasında parlamentlərarası əməkdaşlıq protokolu imzalanıb"),
    ("az", "Azərbaycan və Macarıstan parlamentləri arasında əməkdaşlıq memorandumu imzalanıb"),
    ("az", "Milli Məclis və Polşa Seymi əməkdaşlıq haqqında memorandum imzalayıb"),
    ("az", "Milli Məclis ilə Serbiya Xalq Skupşinası arasında anlaşma memorandumu imzalandı"),
    ("az", "Parlamentlərarası əməkdaşlığa dair protokol Belqradda imzalanmışdır"),
]


@pytest.mark.parametrize(("language", "title"), PARLIAMENTS_DOCUMENTS)
def test_a_document_parliaments_sign_with_each_other_is_no_treaty(language: str, title: str) -> None:
    assert _actions(language, title) == []


@pytest.mark.parametrize(("language", "title", "action"), [
    # A state's treaty, a parliament's vote on it, and a convention named after an assembly of parliaments.
    ("en", "Azerbaijan and Hungary sign agreement on cooperation in education", "signed"),
    ("en", "Hungarian parliament ratifies agreement with Azerbaijan on air services", "adopted_by_parliament"),
    ("en", "Moldova withdraws from CIS Interparliamentary Assembly convention", "denounced"),
    ("ru", "Азербайджан и Венгрия подписали соглашение о сотрудничестве в области образования", "signed"),
    ("ru", "Парламент Венгрии ратифицировал соглашение с Азербайджаном о воздушном сообщении",
     "adopted_by_parliament"),
    ("az", "Azərbaycan və Macarıstan təhsil sahəsində əməkdaşlıq haqqında saziş imzalayıb", "signed"),
    ("az", "Milli Məclis Azərbaycan ilə Macarıstan arasında hava əlaqəsi haqqında sazişi ratifikasiya edib",
     "adopted_by_parliament"),
    ("az", "Macarıstan Milli Assambleyası Azərbaycanla hava əlaqəsi haqqında sazişi ratifikasiya edib",
     "adopted_by_parliament"),
    ("az", "Moldova MDB Parlamentlərarası Assambleyası haqqında Konvensiyanı denonsasiya edib", "denounced"),
])
def test_states_treaties_and_parliaments_votes_stay_events(language: str, title: str, action: str) -> None:
    assert _actions(language, title) == [action]


OTHER_LAWS = [
    ("en", "Armenian parliament passes referendum law linked to peace treaty"),
    ("en", "Armenia's National Assembly adopted the law on referendum needed for the peace agreement"),
    ("en", "Armenian lawmakers approve constitutional law tied to peace treaty with Azerbaijan"),
    ("ru", "Парламент Армении принял закон о референдуме в связи с мирным договором"),
    ("ru", "Национальное собрание Армении одобрило закон о референдуме, необходимый для мирного договора"),
    ("az", "Ermənistan parlamenti sülh sazişi ilə bağlı referendum qanununu qəbul edib"),
    ("az", "Ermənistan Milli Assambleyası sülh müqaviləsi üçün referendum qanunu qəbul edilib"),
    ("az", "Ermənistan parlamenti sülh sazişinə görə konstitusiya qanununu qəbul etdi"),
    ("az", "Ermənistan parlamentində sülh sazişi ilə bağlı seçki qanunu təsdiqlənib"),
]


@pytest.mark.parametrize(("language", "title"), OTHER_LAWS)
def test_a_vote_on_a_law_of_another_subject_is_no_act_on_the_treaty(language: str, title: str) -> None:
    assert _actions(language, title) == []


@pytest.mark.parametrize(("language", "title", "action"), [
    ("en", "Armenian parliament passes law on ratification of agreement with Georgia", "adopted_by_parliament"),
    ("en", "Aliyev signs law ratifying agreement with Georgia", "ratified"),
    ("ru", "Парламент Армении принял закон о ратификации соглашения с Грузией", "adopted_by_parliament"),
    ("az", "Ermənistan parlamenti Gürcüstanla sazişin ratifikasiyası haqqında qanunu qəbul edib",
     "adopted_by_parliament"),
    ("az", "Milli Məclis Gürcüstanla sazişin ratifikasiya edilməsi barədə qanunu qəbul edib", "adopted_by_parliament"),
    ("az", "Milli Məclis Gürcüstanla sazişin təsdiq edilməsi haqqında Azərbaycan Respublikasının Qanununu qəbul edib",
     "adopted_by_parliament"),
    ("az", "Milli Məclis Gürcüstanla sazişi ratifikasiya edən qanunu qəbul edib", "adopted_by_parliament"),
])
def test_a_vote_on_the_law_on_the_treaty_stays_its_event(language: str, title: str, action: str) -> None:
    assert _actions(language, title) == [action]


# A treaty named by its count of sides or as intergovernmental is between states, though a headline names none.
BETWEEN_STATES = [
    ("en", "Quadrilateral agreement on green energy signed in Bucharest", "signed"),
    ("en", "Trilateral memorandum on the Caspian cable signed", "signed"),
    ("en", "Intergovernmental agreement on road transport signed in Tashkent", "signed"),
    ("ru", "В Бухаресте подписано четырехстороннее соглашение о партнерстве в области зеленой энергетики", "signed"),
    ("ru", "Подписан трехсторонний меморандум по Каспийскому кабелю", "signed"),
    ("ru", "Межправительственное соглашение об автомобильном транспорте подписано в Ташкенте", "signed"),
    ("az", "Buxarestdə yaşıl enerji sahəsində dördtərəfli saziş imzalanıb", "signed"),
    ("az", "Xəzər kabeli üzrə üçtərəfli memorandum imzalandı", "signed"),
    ("az", "Daşkənddə avtomobil nəqliyyatı haqqında hökumətlərarası saziş imzalanmışdır", "signed"),
    ("az", "Beştərəfli saziş ratifikasiya olunub", "ratified"),
]


@pytest.mark.parametrize(("language", "title", "action"), BETWEEN_STATES)
def test_a_treaty_named_as_between_states_is_a_states_act(language: str, title: str, action: str) -> None:
    assert _actions(language, title) == [action]


@pytest.mark.parametrize(("language", "title"), [
    ("en", "SOCAR, BP and Equinor sign trilateral memorandum"),
    ("en", "Azercell, Bakcell and Nar ink tripartite agreement on roaming"),
    ("ru", "SOCAR, BP и Equinor подписали трехсторонний меморандум"),
    ("az", "SOCAR, BP və Equinor üçtərəfli memorandum imzalayıb"),
    ("az", "Azercell, Bakcell və Nar şirkətləri üçtərəfli saziş imzalayıb"),
    ("az", "Azercell, Bakcell və Nar üçtərəfli memorandum imzalayıb"),
    ("ru", "Azercell, Bakcell и Nar подписали трехсторонний меморандум о роуминге"),
    ("az", "Üçtərəfli saziş imzalanacaq"),
])
def test_companies_trilateral_contracts_and_plans_stay_no_events(language: str, title: str) -> None:
    assert _actions(language, title) == []
