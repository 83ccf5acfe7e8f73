"""Stories: constructions that name a treaty's act, its parties or the instrument itself differently per
edition: a law signed (the act it enacts), one treaty under two headline nouns, a state's name that names an
instrument ("Singapore Convention"), companies as the signatories, a place heading an instrument's longer
name ("Riyadh Design Law Treaty").

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

import pytest

from pipeline.glossary import find_concepts
from pipeline.stories import headlines
from pipeline.stories.names import in_a_place_name
from pipeline.translit import name_key
from tests.story_data import apart, kept_apart, one_story, stories_of

# --------------------------------------------------------------------------------------------------
# A law signed is the act it enacts

_RATIFIED = [
    ("ru", "Узбекистан ратифицировал соглашение об учреждении Центральноазиатского банка развития",
     "Президент Шавкат Мирзиёев подписал закон о ратификации соглашения об учреждении Центральноазиатского "
     "банка развития."),
    ("az", "Özbəkistan Mərkəzi Asiya İnkişaf Bankının təsis edilməsi haqqında sazişi ratifikasiya edib", ""),
]


@pytest.mark.parametrize("law", [
    ("en", "Mirziyoyev signs law on Central Asian Development Bank",
     "Uzbekistan has ratified the Agreement on the Establishment of the Central Asian Development Bank after "
     "President Shavkat Mirziyoyev signed the law."),
    ("en", "Uzbek President signed law on Central Asian Development Bank agreement",
     "Uzbekistan ratified the agreement on the establishment of the Central Asian Development Bank."),
    ("ru", "Мирзиёев подписал закон о Центральноазиатском банке развития",
     "Узбекистан ратифицировал соглашение об учреждении Центральноазиатского банка развития."),
    ("az", "Mirziyoyev Mərkəzi Asiya İnkişaf Bankı haqqında qanunu imzalayıb",
     "Özbəkistan Mərkəzi Asiya İnkişaf Bankının təsis edilməsi haqqında sazişi ratifikasiya edib."),
])
def test_a_law_signed_on_a_treaty_is_the_ratification_it_enacts(make, law) -> None:
    *_, signed_law = one_story(make, [*_RATIFIED, law])
    options, fp = make
    # The agreement itself signed that day (a signature, not the law) stays its own story.
    signing = fp(4, law[0], {"en": "Uzbekistan, Kyrgyzstan sign agreement on Central Asian Development Bank",
                             "ru": "Узбекистан и Киргизия подписали соглашение о Центральноазиатском банке развития",
                             "az": "Özbəkistan və Qırğızıstan Mərkəzi Asiya İnkişaf Bankı haqqında saziş imzalayıb",
                             }[law[0]], at="2026-05-12T15:00:00+04:00")
    kept_apart(options, signed_law, signing)


# --------------------------------------------------------------------------------------------------
# One treaty under two headline nouns


@pytest.mark.parametrize("headline", [
    "Azerbaijan–Qatar double taxation convention enters into force",
    "Azerbaijan, Qatar double tax convention takes effect",
])
def test_a_headline_noun_other_than_the_treatys_own_is_no_other_treaty(make, headline) -> None:
    lead = ("The Agreement between the Government of the Republic of Azerbaijan and the Government of the State "
            "of Qatar for the avoidance of double taxation entered into force on 1 March 2026.")
    items = one_story(make, [
        ("ru", "Вступило в силу соглашение об избежании двойного налогообложения между Азербайджаном и Катаром"),
        ("az", "Azərbaycan ilə Qətər arasında ikiqat vergitutmanın aradan qaldırılması haqqında saziş qüvvəyə minib"),
        ("en", headline, lead),
    ])
    options, fp = make
    # A headline whose noun and lead name another instrument (the protocol amending it) stays apart.
    protocol = fp(4, "en", "Azerbaijan–Qatar protocol on double taxation enters into force",
                  "The Protocol amending the Agreement between Azerbaijan and Qatar for the avoidance of double "
                  "taxation entered into force on 1 March 2026.", at="2026-05-12T13:30:00+04:00")
    kept_apart(options, items[0], protocol)


# --------------------------------------------------------------------------------------------------
# A state's name that names an instrument is no party


@pytest.mark.parametrize("named", [
    ("az", "Sinqapur Konvensiyasına qoşulma haqqında qanun layihəsi Milli Məclisə göndərilib"),
    ("az", "Sinqapur Konvensiyasına qoşulmaq barədə qanun layihəsi parlamentə təqdim edilib"),
    ("en", "Bill on accession to Singapore Convention on Mediation submitted to parliament"),
    ("ru", "Законопроект о присоединении к Сингапурской конвенции направлен в Милли Меджлис"),
])
def test_a_convention_named_after_a_state_does_not_make_that_state_the_actor(make, named) -> None:
    _, bill = one_story(make, [("ru", "Ильхам Алиев направил в Милли Меджлис законопроект о присоединении "
                                      "Азербайджана к Сингапурской конвенции о медиации"), named])
    assert not bill.facts.foreign_actors


@pytest.mark.parametrize("party", [
    ("en", "Azerbaijan-Singapore Agreement on air services signed"),
    ("en", "Azerbaijan ratifies agreement with Singapore on air services"),
    ("ru", "Азербайджан ратифицировал соглашение с Сингапуром о воздушном сообщении"),
    ("az", "Azərbaycan Sinqapurla hava nəqliyyatı haqqında sazişi ratifikasiya edib"),
])
def test_a_state_named_as_a_party_before_a_treaty_noun_stays_a_party(make, party) -> None:
    _, fp = make
    assert "SG" in fp(1, *party).facts.title_states


# --------------------------------------------------------------------------------------------------
# Companies as the signatories


@pytest.mark.parametrize("edition", [
    ("ru", "SOCAR и «Туркменнефть» подписали соглашение о совместной разработке"),
    ("az", "SOCAR və “Türkmənneft” birgə işlənmə haqqında saziş imzalayıb"),
    ("en", "SOCAR, Turkmenneft ink agreement on joint development"),
    ("en", "SOCAR and Turkmenneft signed a joint development agreement"),
])
def test_companies_named_as_signatories_meet_across_languages(make, edition) -> None:
    one_story(make, [("en", "SOCAR, Turkmenneft sign agreement on joint development of offshore block"), edition])


def test_other_signatories_the_same_day_are_another_story(make) -> None:
    options, fp = make
    socar = fp(1, "en", "SOCAR, Turkmenneft sign agreement on joint development of offshore block")
    other = fp(2, "ru", "SOCAR и «Казмунайгаз» подписали соглашение о совместной разработке")
    assert stories_of(options, [socar, other]) == {"story-1", "story-2"}
    # Leaders' names with states in the headline still need the treaty to name the event.
    states = fp(3, "en", "Azerbaijan, Turkmenistan sign agreement on joint development")
    kept_apart(options, socar, states)


# --------------------------------------------------------------------------------------------------
# A place heading an instrument's longer name


@pytest.mark.parametrize("edition", [
    ("en", "Azerbaijan joins WIPO's Riyadh Design Law Treaty"),
    ("en", "Azerbaijan accedes to Riyadh Design Law Treaty"),
    ("ru", "Азербайджан присоединился к Эр-Риядскому договору о законах по промышленным образцам"),
    ("az", "Azərbaycan Ər-Riyad Müqaviləsinə qoşulub"),
])
def test_an_instrument_named_after_its_city_meets_when_english_puts_words_between(make, edition) -> None:
    one_story(make, [("ru", "Азербайджан присоединился к Эр-Риядскому договору"), edition])
    # Another city's treaty acceded the same day is another story.
    apart(make, edition, ("en", "Azerbaijan joins WIPO's Beijing Audiovisual Performances Treaty"))


def test_an_english_dh_is_the_russian_and_azerbaijani_d() -> None:
    assert name_key("Riyadh", "en") == name_key("Рияд", "ru") == name_key("Riyad", "az")
    assert name_key("Abu Dhabi", "en") == name_key("Абу-Даби", "ru")


# --------------------------------------------------------------------------------------------------
# A place's name is not the treaty's subject


_BORDER_CONTROL = [
    ("az", "Milli Məclis Gürcüstanla birgə sərhəd və gömrük nəzarəti haqqında sazişi ratifikasiya edib"),
    ("ru", "Милли Меджлис ратифицировал соглашение с Грузией о совместном пограничном и таможенном контроле"),
]


@pytest.mark.parametrize("place", [
    ("en", "Azerbaijani parliament ratifies Red Bridge joint control deal with Georgia"),
    ("en", "Milli Majlis ratifies agreement with Georgia on joint control at Red Bridge"),
    ("ru", "Милли Меджлис ратифицировал соглашение с Грузией о совместном контроле на «Красном мосту»"),
    ("ru", "Милли Меджлис ратифицировал соглашение с Грузией о контроле на пункте пропуска Красный Мост"),
    ("az", "Milli Məclis Gürcüstanla “Qırmızı Körpü”də birgə nəzarət haqqında sazişi ratifikasiya edib"),
    ("az", "Milli Məclis Gürcüstanla Qırmızı Körpü keçid məntəqəsində birgə nəzarət haqqında sazişi təsdiqləyib"),
])
def test_a_checkpoint_named_after_a_bridge_is_no_subject_of_bridges(make, place) -> None:
    one_story(make, [*_BORDER_CONTROL, place])


@pytest.mark.parametrize("place", [
    "Milli Məclis Gürcüstanla “Qırmızı Körpü” buraxılış məntəqəsində birgə nəzarət haqqında sazişi ratifikasiya edib",
    "Milli Məclis Gürcüstanla “Qırmızı körpü” və “Sadaxlı” məntəqələrində birgə nəzarət haqqında sazişi təsdiqləyib",
    "Milli Məclis Gürcüstanla “Qırmızı Körpü”, “Sadaxlı” məntəqələrində birgə nəzarət haqqında sazişi təsdiqləyib",
    "Milli Məclis Gürcüstanla “Qırmızı Körpü” sərhəd keçidində birgə nəzarət haqqında sazişi ratifikasiya edib",
    "Milli Məclis Gürcüstanla “Qırmızı Körpü” keçid məntəqəsindəki birgə nəzarət haqqında sazişi təsdiqləyib",
])
def test_a_quoted_bridge_before_its_checkpoint_in_the_locative_is_a_place(make, place) -> None:
    """Azerbaijani quotes the checkpoints' names and puts their noun, after them, in the locative: the
    names are where the control is, as "на «Красном мосту»" and "at Red Bridge" say."""
    assert not {t.id for t in find_concepts(place, "az") if not in_a_place_name(place, t, "az")} & {"bridges"}
    one_story(make, [*_BORDER_CONTROL, ("az", place)])


@pytest.mark.parametrize("bridge", [
    "Azərbaycan və Gürcüstan “Qırmızı Körpü”nün və “Sınıq Körpü”nün bərpası haqqında saziş imzalayacaq",
    "Azərbaycan və Gürcüstan “Qırmızı Körpü” və “Sınıq Körpü” körpülərinin təmiri haqqında saziş imzalayıb",
    "Gürcüstanla “Yeni Körpü” keçidinin tikintisi haqqında saziş ratifikasiya edilib",
])
def test_a_quoted_bridge_that_is_the_agreements_object_stays_its_subject(bridge) -> None:
    assert "bridges" in headlines.subjects(bridge, "az")


@pytest.mark.parametrize("bridge", [
    ("en", "Milli Majlis ratifies agreement with Georgia on construction of new bridge"),
    ("ru", "Милли Меджлис ратифицировал соглашение с Грузией о строительстве нового моста"),
    ("az", "Milli Məclis Gürcüstanla yeni körpünün tikintisi haqqında sazişi ratifikasiya edib"),
])
def test_an_agreement_about_a_bridge_is_not_the_border_control_one(make, bridge) -> None:
    apart(make, _BORDER_CONTROL[0], bridge)


@pytest.mark.parametrize(("language", "headline", "subject"), [
    ("en", "Azerbaijan joins Hague Child Protection Convention", "child_protection"),
    ("en", "Azerbaijan joins Hague Judgments Convention as President signs law", "foreign_judgments"),
    ("az", "“Mülki və ya kommersiya işləri üzrə xarici məhkəmə qərarlarının tanınması və icrası haqqında "
           "Konvensiya”ya qoşulmaq barədə Qanun", "foreign_judgments"),
    ("az", "“Dövlət qulluğu haqqında” qanun layihəsi qəbul edilib", None),
    ("en", "Azerbaijan, UAE CEPA ratified", "economic_cooperation"),
    ("az", "Rusiya Avropa Şurasının Korrupsiyaya görə cinayət məsuliyyəti haqqında Konvensiyasını denonsasiya edib",
     "corruption"),
    ("az", "Rusiya Avropa Şurasının Terrorizmin qarşısının alınması haqqında Konvensiyasını denonsasiya edib",
     "terrorism"),
])
def test_an_instruments_or_a_laws_name_keeps_its_subject(language, headline, subject) -> None:
    """Capitalised or quoted, the name of an instrument or a law is what it is about, not a place."""
    assert not any(in_a_place_name(headline, term, language) for term in find_concepts(headline, language))
    if subject:
        assert subject in headlines.subjects(headline, language)


@pytest.mark.parametrize("edition", [
    ("en", "Azerbaijan, Georgia to sign agreement on Red Bridge upgrade"),
    ("ru", "Азербайджан и Грузия подпишут соглашение о реконструкции «Красного моста»"),
    ("az", "\"Qırmızı Körpü\"nün yenidən qurulması haqqında saziş imzalanacaq"),
    ("az", "Azərbaycan və Gürcüstan “Qırmızı Körpü”nün bərpası haqqında saziş imzalayacaq"),
])
def test_a_bridge_named_as_what_an_agreement_is_about_stays_its_subject(make, edition) -> None:
    """Reconstruction of the Red Bridge is about a bridge: the name is the object, not where the act is."""
    _, fp = make
    assert "bridges" in fp(1, *edition).facts.subjects
