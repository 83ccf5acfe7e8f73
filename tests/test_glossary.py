"""Subject words of treaties in ru/az/en meet on shared concept ids, whatever their inflection."""

from __future__ import annotations

import pytest

from pipeline.glossary import Term, action_words, broader, concepts, find_treaty_types, terms, treaty_types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Agreement on mutual legal assistance in criminal matters", "en"),
        ("Соглашение о взаимной правовой помощи по уголовным делам", "ru"),
        ("Соглашения о взаимной правовой помощи по уголовным делам", "ru"),
        ("cinayət işləri üzrə qarşılıqlı hüquqi yardım haqqında Saziş", "az"),
        ("Cinayət işi üzrə qarşılıqlı hüquqi yardım haqqında Sazişin", "az"),
    ],
)
def test_mutual_legal_assistance_in_criminal_matters_in_three_languages(text: str, language: str) -> None:
    assert concepts(text, language) == {"mutual_legal_assistance", "criminal_matters"}
    assert treaty_types(text, language) == {"agreement"}


@pytest.mark.parametrize(
    ("text", "language", "concept"),
    [
        ("Agreement on the Transfer of Sentenced Persons", "en", "sentenced_persons_transfer"),
        ("Договор о передаче осужденных к лишению свободы", "ru", "sentenced_persons_transfer"),
        ("Məhkum edilmiş şəxslərin verilməsi haqqında Müqavilə", "az", "sentenced_persons_transfer"),
        ("Treaty on Extradition", "en", "extradition"),
        ("Договор о выдаче лиц для привлечения к уголовной ответственности", "ru", "extradition"),
        ("ekstradisiya haqqında Müqavilə", "az", "extradition"),
        ("agreement on international road transport", "en", "road_transport"),
        ("Соглашение о международном автомобильном сообщении", "ru", "road_transport"),
        ("beynəlxalq avtomobil nəqliyyatı haqqında Saziş", "az", "road_transport"),
        ("Convention for the avoidance of double taxation", "en", "double_taxation"),
        ("Конвенция об избежании двойного налогообложения", "ru", "double_taxation"),
        ("ikiqat vergitutmanın aradan qaldırılması haqqında Konvensiya", "az", "double_taxation"),
        ("visa-free travel for holders of diplomatic passports", "en", "visa_exemption"),
        ("о взаимной отмене визовых требований", "ru", "visa_exemption"),
        ("Readmission agreement", "en", "readmission"),
        ("о реадмиссии лиц", "ru", "readmission"),
    ],
)
def test_subjects_in_any_case_form(text: str, language: str, concept: str) -> None:
    assert concept in concepts(text, language)


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("в связи с визитом Президента", "ru", "visa_exemption"),  # "визит" is a visit, not a visa
        ("газета сообщила", "ru", "energy"),  # a newspaper is not gas
        ("Qazaxıstan ilə diplomatik münasibətlər", "az", "energy"),  # "Qazaxıstan" starts like "qaz" (gas)
        ("diplomatik münasibətlər", "az", "education"),  # "diplomatik" starts like "diplom"
        ("достигнута договоренность", "ru", "treaty"),  # an understanding reached is not a treaty
        ("mədəniyyət sahəsində əməkdaşlıq haqqında saziş", "az", "labour"),  # "əməkdaşlıq" is cooperation
        ("МИД Азербайджана опроверг сообщения", "ru", "diplomatic_consular"),  # who speaks, not a subject
        ("Foreign Ministry spokesperson said", "en", "diplomatic_consular"),
    ],
)
def test_look_alike_words_do_not_hit(text: str, language: str, absent: str) -> None:
    assert absent not in concepts(text, language) | treaty_types(text, language)


def test_treaty_type_mentions_have_spans() -> None:
    text = "подписали меморандум о взаимопонимании и протокол"
    assert find_treaty_types(text, "ru") == (Term("memorandum", 10, 20), Term("protocol", 41, 49))
    assert treaty_types("Convention and Memorandum of Understanding", "en") == {"convention", "memorandum"}
    assert treaty_types("Sazişin təsdiq edilməsi haqqında", "az") == {"agreement"}


@pytest.mark.parametrize(
    ("text", "language", "action"),
    [
        ("Kazakhstan ratifies agreement with Azerbaijan", "en", "ratified"),
        ("Токаев ратифицировал соглашение с Азербайджаном", "ru", "ratified"),
        ("Qazaxıstan Prezidenti Azərbaycanla sazişi ratifikasiya edib", "az", "ratified"),
        ("Azerbaijan, Malaysia ink agreement", "en", "signed"),
        ("Азербайджан и Узбекистан подписали соглашение", "ru", "signed"),
        ("Azərbaycan və Özbəkistan saziş imzalayıb", "az", "signed"),
        ("Saziş qüvvəyə minib", "az", "entered_into_force"),
        # Future and perfective forms a headline announcing the act uses, and verb phrases of the act.
        ("Грузия подпишет с Арменией меморандум", "ru", "signed"),
        ("Сенат утвердит договор в среду", "ru", "approved"),
        ("Nazirlər protokola imza atıblar", "az", "signed"),
        ("The visa waiver comes into force on Monday", "en", "entered_into_force"),
        ("New customs rules went into effect", "en", "entered_into_force"),
        ("Ceremony marks the signature of the accord", "en", "signed"),
    ],
)
def test_action_words_in_any_tense(text: str, language: str, action: str) -> None:
    assert action in action_words(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("подписчики канала выросли", "ru"), ("imzasız məktub", "az"),
     ("the force of the argument came into view", "en")],
)
def test_look_alikes_of_action_words_are_no_action(text: str, language: str) -> None:
    assert not action_words(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("fight against organized crime", "en"), ("борьба с организованной преступностью", "ru"),
     ("mütəşəkkil cinayətkarlığa qarşı mübarizə", "az"), ("transmilli cinayətkarlıq", "az")],
)
def test_organised_crime_is_one_concept_in_every_language(text: str, language: str) -> None:
    assert "organised_crime" in concepts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("an organised visit of the delegation", "en"), ("организованная группа туристов", "ru"),
     ("mütəşəkkil şəkildə keçirilən tədbir", "az")],
)
def test_organised_alone_is_no_crime(text: str, language: str) -> None:
    assert "organised_crime" not in concepts(text, language)


@pytest.mark.parametrize(
    ("text", "language", "concept"),
    [
        # Subjects of real treaty families that had no concept, so two of them signed or ratified by one
        # state on one day could not be told apart, and the editions of one could not meet.
        ("agreement on cooperation in geological exploration and subsoil use", "en", "geology_subsoil"),
        ("соглашение о сотрудничестве в области геологии и использования недр", "ru", "geology_subsoil"),
        ("geologiya və yerin təkindən istifadə sahəsində əməkdaşlıq haqqında saziş", "az", "geology_subsoil"),
        ("a new production-sharing agreement for the block", "en", "production_sharing"),
        ("соглашение о разделе продукции по блоку", "ru", "production_sharing"),
        ("blok üzrə hasilatın pay bölgüsü haqqında saziş", "az", "production_sharing"),
        ("Convention on the Use of Electronic Communications in International Contracts", "en",
         "electronic_commerce"),
        ("Конвенция об использовании электронных сообщений в международных договорах", "ru", "electronic_commerce"),
        ("beynəlxalq müqavilələrdə elektron kommunikasiyalardan istifadə haqqında Konvensiya", "az",
         "electronic_commerce"),
        ("convention on safety at football matches", "en", "youth_sport"),
        ("конвенция о безопасности на футбольных матчах", "ru", "youth_sport"),
        ("futbol matçlarında təhlükəsizlik haqqında konvensiya", "az", "youth_sport"),
        ("memorandum on cooperation in postal services", "en", "postal"),
        ("соглашение о сотрудничестве в области почтовой связи", "ru", "postal"),
        ("poçt rabitəsi sahəsində əməkdaşlıq haqqında saziş", "az", "postal"),
        ("agreement on cooperation in standardization, metrology and accreditation", "en", "standards_metrology"),
        ("соглашение о сотрудничестве в области стандартизации и метрологии", "ru", "standards_metrology"),
        ("standartlaşdırma və metrologiya sahəsində əməkdaşlıq haqqında saziş", "az", "standards_metrology"),
        ("agreement on cooperation in archival affairs", "en", "archives"),
        ("соглашение о сотрудничестве в архивном деле", "ru", "archives"),
        ("arxiv işi sahəsində əməkdaşlıq haqqında saziş", "az", "archives"),
        ("memorandum on hydrometeorology", "en", "meteorology"),
        ("меморандум о сотрудничестве в области гидрометеорологии", "ru", "meteorology"),
        ("hidrometeorologiya sahəsində memorandum", "az", "meteorology"),
        ("agreement on fisheries and aquaculture", "en", "fisheries"),
        ("соглашение о сотрудничестве в области рыболовства", "ru", "fisheries"),
        ("balıqçılıq sahəsində əməkdaşlıq haqqında saziş", "az", "fisheries"),
        ("agreement on the construction of a new bridge over the river", "en", "bridges"),
        ("соглашение о строительстве нового Красного моста", "ru", "bridges"),
        ("Qırmızı körpünün tikintisi haqqında saziş", "az", "bridges"),
        ("agreement on mutual recognition of driving licences", "en", "driving_licences"),
        ("соглашение о взаимном признании водительских удостоверений", "ru", "driving_licences"),
        ("sürücülük vəsiqələrinin qarşılıqlı tanınması haqqında saziş", "az", "driving_licences"),
        # Private-law conventions whose editions share no other subject word.
        ("Parliament backs the Convention on Choice of Court Agreements", "en", "choice_of_court"),
        ("закон о присоединении к конвенции о соглашениях о выборе суда", "ru", "choice_of_court"),
        ("Məhkəmənin seçilməsi haqqında razılaşmalar barədə Konvensiya", "az", "choice_of_court"),
        ("Georgia joins the Judgments Convention", "en", "foreign_judgments"),
        ("конвенция о признании и исполнении иностранных судебных решений", "ru", "foreign_judgments"),
        ("xarici məhkəmə qərarlarının tanınması haqqında konvensiya", "az", "foreign_judgments"),
        ("Kazakhstan leaves a CIS pact on economic disputes", "en", "economic_disputes"),
        ("соглашение о разрешении хозяйственных споров", "ru", "economic_disputes"),
        ("təsərrüfat mübahisələrinin həlli haqqında saziş", "az", "economic_disputes"),
        ("a convention against match-fixing", "en", "youth_sport"),
        # Domestic laws' subjects: two laws of one parliament's day are told apart by them.
        ("amendments to the Tax Code", "en", "tax_code"),
        ("закон о внесении изменений в Налоговый кодекс", "ru", "tax_code"),
        ("Vergi Məcəlləsinə dəyişikliklər edilməsi haqqında", "az", "tax_code"),
        ("the civil service bill passed its third reading", "en", "civil_service"),
        ("закон о государственной службе принят в третьем чтении", "ru", "civil_service"),
        ("“Dövlət qulluğu haqqında” qanun layihəsi", "az", "civil_service"),
        ("борьба с договорными матчами", "ru", "youth_sport"),
    ],
)
def test_more_treaty_subjects_in_three_languages(text: str, language: str, concept: str) -> None:
    assert concept in concepts(text, language)


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("the minister said the partnership is strong", "en", "production_sharing"),  # "sharing" alone
        ("раздел сайта обновлен", "ru", "production_sharing"),  # a section is no production sharing
        ("elektrik enerjisi ixracı", "az", "electronic_commerce"),  # electricity is not electronic commerce
        ("Qazaxıstan nümayəndə heyəti", "az", "geology_subsoil"),
        ("выборы судей Конституционного суда", "ru", "choice_of_court"),  # elections of judges
        ("the court's judgment was upheld on appeal", "en", "foreign_judgments"),  # one court's judgment
        ("экономическое сотрудничество двух стран", "ru", "economic_disputes"),  # economy without a dispute
        ("Государственная миграционная служба", "ru", "civil_service"),  # a state service is no civil service
        ("Dövlət Miqrasiya Xidməti", "az", "civil_service"),
    ],
)
def test_new_subjects_have_no_look_alikes(text: str, language: str, absent: str) -> None:
    assert absent not in concepts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Parliament OKs air transport deal with Romania", "en"), ("Senate okays treaty", "en")],
)
def test_headline_ok_is_approval(text: str, language: str) -> None:
    assert action_words(text, language) == {"approved"}


@pytest.mark.parametrize(
    ("text", "language", "present"),
    [
        ("закон о государственной службе", "ru", True),
        ("руководитель Государственной миграционной службы", "ru", False),
        ("в Государственной миграционной службе", "ru", False),
    ],
)
def test_words_joined_by_plus_admit_no_word_between(text: str, language: str, present: bool) -> None:
    assert ("civil_service" in concepts(text, language)) is present


@pytest.mark.parametrize(
    ("text", "language", "concept"),
    [
        ("no agreement on the deployment of foreign troops", "en", "foreign_military_presence"),
        ("размещение иностранных военных баз", "ru", "foreign_military_presence"),
        ("xarici hərbi bazaların yerləşdirilməsi", "az", "foreign_military_presence"),
        ("joining a military alliance", "en", "military_alliance"),
        ("вступление в военный блок", "ru", "military_alliance"),
        ("heç bir hərbi alyansa qoşulmaq", "az", "military_alliance"),
    ],
)
def test_military_presence_and_alliances_are_subjects_narrowing_defence(text: str, language: str, concept: str) -> None:
    assert concept in concepts(text, language)
    assert broader(concept) == "defence"
    assert broader("defence") is None


@pytest.mark.parametrize(
    ("text", "language", "organisation"),
    [
        ("25 years since Azerbaijan's accession to the Council of Europe", "en", "council_of_europe"),
        ("со дня вступления Азербайджана в Совет Европы", "ru", "council_of_europe"),
        ("Azərbaycanın Avropa Şurasına üzv olmasından 25 il ötür", "az", "council_of_europe"),
        ("summit of the Organization of Turkic States", "en", "turkic_states"),
        ("саммит Организации тюркских государств", "ru", "turkic_states"),
        ("Türk Dövlətləri Təşkilatının zirvə görüşü", "az", "turkic_states"),
        ("соглашение СНГ", "ru", "cis"),
        ("MDB-nin sazişi", "az", "cis"),
        ("EU and Georgia sign visa facilitation protocol", "en", "european_union"),
        ("Грузия и ЕС подписали протокол об упрощении визового режима", "ru", "european_union"),
        ("Gürcüstan və Aİ viza rejiminin sadələşdirilməsi protokolunu imzalayıb", "az", "european_union"),
    ],
)
def test_organisations_have_one_id_in_every_language(text: str, language: str, organisation: str) -> None:
    assert organisation in terms(text, language).organisations


def test_abbreviations_that_are_common_words_name_no_organisation() -> None:
    assert not terms("the minister who signed it, un-signed copies", "en").organisations


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("agreement on cooperation in the field of physical culture and sport", "en"),
        ("Physical Culture and Sports Agreement", "en"),
        ("memorandum on physical education", "en"),
        ("соглашение о сотрудничестве в области физической культуры и спорта", "ru"),
        ("Соглашения о сотрудничестве в сфере физической культуры", "ru"),
        ("меморандум о физическом воспитании молодежи", "ru"),
        ("bədən tərbiyəsi və idman sahəsində əməkdaşlıq haqqında Saziş", "az"),
        ("Bədən tərbiyəsinə dair memorandum", "az"),
    ],
)
def test_a_term_inside_a_longer_term_of_another_concept_is_not_read(text: str, language: str) -> None:
    """The longest term wins: "physical culture" is sport, and its "culture" (en/ru) is no second subject."""
    assert concepts(text, language) == {"youth_sport"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Culture alone, or beside sport as a field of its own, is still culture.
        ("agreement on cooperation in culture and sport", "en", {"culture", "youth_sport"}),
        ("соглашение о сотрудничестве в области культуры и спорта", "ru", {"culture", "youth_sport"}),
        ("mədəniyyət və idman sahəsində əməkdaşlıq haqqında Saziş", "az", {"culture", "youth_sport"}),
        ("physical culture of the region and its cultural heritage", "en", {"culture", "youth_sport"}),
        # Words apart are no longer term: "physical" and "culture" with a word between.
        ("physical and spiritual culture", "en", {"culture"}),
        ("физической и духовной культуры", "ru", {"culture"}),
    ],
)
def test_terms_side_by_side_or_apart_are_both_read(text: str, language: str, expected: set[str]) -> None:
    assert concepts(text, language) == expected
