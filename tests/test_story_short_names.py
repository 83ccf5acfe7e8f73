"""Stories: editions that name one treaty or act by different constructions (a short name against the full
title, a phrasal verb, amendments against the protocol, a law signed against the vote before it).

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.events.records import ItemText
from pipeline.events.rules import load_rules
from pipeline.stories import Hasher, StoryItem, cluster, fingerprint, load_options
from pipeline.treaties import load_gazetteer
from tests.story_data import apart, kept_apart, meets, one_story, stories_of, together


@pytest.mark.parametrize("short", [
    ("en", "Milli Majlis ratifies double tax treaty with Latvia"),
    ("en", "Parliament approves tax convention with Latvia"),
    ("en", "Azerbaijan ratifies tax treaty with Latvia"),
    ("ru", "Милли Меджлис ратифицировал налоговую конвенцию с Латвией"),
    ("az", "Milli Məclis Latviya ilə vergi konvensiyasını ratifikasiya edib"),
])
def test_a_tax_treatys_short_name_is_the_double_taxation_convention(make, short) -> None:
    full = ("ru", "Парламент ратифицировал конвенцию с Латвией об избежании двойного налогообложения")
    one_story(make, [full, ("az", "Milli Məclis Latviya ilə ikiqat vergitutmanın aradan qaldırılması haqqında "
                                  "konvensiyanı ratifikasiya edib"), short])
    # The same short name with another state is another treaty.
    apart(make, full, (short[0], short[1].replace("Latvia", "Estonia").replace("Латвией", "Эстонией")
                       .replace("Latviya", "Estoniya")))


def test_mla_is_mutual_legal_assistance_in_every_edition(make) -> None:
    mla = ("en", "Azerbaijan, Serbia sign MLA treaty in criminal matters")
    one_story(make, [
        ("az", "Azərbaycan ilə Serbiya arasında cinayət işləri üzrə hüquqi yardım haqqında müqavilə imzalanıb"),
        ("ru", "Азербайджан и Сербия подписали договор о правовой помощи"),
        mla,
    ])
    apart(make, mla, ("en", "Azerbaijan, Serbia sign extradition treaty"))


@pytest.mark.parametrize("short", [
    ("en", "Azerbaijan, UAE CEPA ratified"),
    ("az", "BƏƏ ilə CEPA ratifikasiya edildi"),
    ("ru", "Азербайджан ратифицировал CEPA с ОАЭ"),
])
def test_cepa_is_the_economic_partnership_agreement(make, short) -> None:
    together(make, ("ru", "Ратифицировано соглашение о всеобъемлющем экономическом партнерстве между "
                          "Азербайджаном и ОАЭ"), short)
    apart(make, ("en", "Azerbaijan, UAE visa exemption agreement ratified"), short)


def test_a_convention_on_child_protection_meets_in_three_languages(make) -> None:
    english = ("en", "Azerbaijan joins child protection convention")
    one_story(make, [("ru", "Азербайджан присоединяется к конвенции о защите детей"), english,
                     ("az", "Azərbaycan uşaqların müdafiəsi haqqında konvensiyaya qoşulur")])
    # Another convention acceded the same day is another story.
    apart(make, english, ("en", "Azerbaijan joins convention on cybercrime"))


@pytest.mark.parametrize("title", [
    "Azerbaijan-Oman air services agreement in force",
    "Azerbaijan, Oman air services agreement now in force",
])
def test_a_headline_saying_in_force_reports_the_entry_into_force(make, title) -> None:
    entered = ("ru", "Вступило в силу соглашение о воздушном сообщении между Азербайджаном и Оманом")
    _, in_force = one_story(make, [entered, ("en", title)])
    assert in_force.facts.title_actions == {"entered_into_force"}
    apart(make, ("en", "Azerbaijan, Oman sign air services agreement"), ("en", title))


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Tokayev signs off on extradition treaty with Azerbaijan"),
    ("en", "Kazakh president signed off on the extradition treaty with Azerbaijan"),
])
def test_signing_off_on_a_treaty_is_approving_it(make, language, title) -> None:
    options, fp = make
    facts = fp(1, language, title).facts
    assert "ratified" in facts.title_actions


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Азербайджан и Узбекистан внесли изменения в соглашение об автоперевозках"),
    ("ru", "Азербайджан и Узбекистан подписали поправки к соглашению об автоперевозках"),
    ("en", "Azerbaijan, Uzbekistan sign amendments to road transport agreement"),
    ("az", "Azərbaycan və Özbəkistan avtomobil nəqliyyatı haqqında Sazişə dəyişikliklər edib"),
])
def test_amendments_to_an_agreement_are_the_protocol_that_amends_it(make, language, title) -> None:
    options, fp = make
    amended = fp(1, language, title)
    assert "submitted" not in amended.facts.title_actions
    assert "protocol" in amended.facts.title_types
    if amended.facts.title_actions:  # a verb of signing: joins the report naming the protocol
        protocol = fp(2, "en", "Azerbaijan, Uzbekistan sign road transport protocol")
        meets(options, amended, protocol)
    # Amending one agreement is not another agreement's story; a bill sent to parliament is still submitted.
    kept_apart(options, amended, fp(3, "en", "Azerbaijan, Uzbekistan sign energy agreement"))
    sent = fp(4, "ru", "Правительство внесло в Милли Меджлис соглашение с Узбекистаном об автоперевозках")
    assert "submitted" in sent.facts.title_actions


def test_a_law_signed_after_the_vote_the_same_day_is_its_own_story(make) -> None:
    options, fp = make
    votes = [
        fp(1, "ru", "Милли Меджлис ратифицировал соглашение с Китаем о безвизовом режиме",
           at="2026-06-03T09:20:00+04:00"),
        fp(2, "az", "Çinlə vizasız rejim haqqında saziş parlamentdə təsdiqlənib", at="2026-06-03T09:40:00+04:00"),
    ]
    laws = [
        fp(3, "az", "Prezident Çinlə vizasız rejim sazişinin ratifikasiyası haqqında qanunu imzalayıb",
           at="2026-06-03T18:00:00+04:00"),
        fp(4, "ru", "Ильхам Алиев подписал закон о ратификации соглашения с Китаем о безвизовом режиме",
           at="2026-06-03T18:10:00+04:00"),
        fp(5, "en", "President signs law on ratifying visa-free travel deal with China",
           at="2026-06-03T18:20:00+04:00"),
    ]
    assert all(law.facts.reports_law for law in laws) and not any(vote.facts.reports_law for vote in votes)
    assert stories_of(options, [*votes, *laws]) == {"story-1", "story-3"}


@pytest.mark.parametrize("title", [
    ("en", "Azerbaijani MPs OK road transit deal with Georgia"),
    ("ru", "Парламент Азербайджана одобрил соглашение с Грузией о транзите грузов"),
    ("az", "Milli Məclis Gürcüstanla yüklərin avtomobil tranziti haqqında sazişi ratifikasiya etdi"),
])
def test_a_treaty_named_by_two_subjects_meets_an_edition_naming_one(make, title) -> None:
    together(make, ("ru", "Милли Меджлис ратифицировал соглашение с Грузией о международных транзитных автоперевозках"),
             title)
    # Two agreements with different subjects are still two stories.
    apart(make, title, ("en", "Azerbaijani MPs OK air services deal with Georgia"))


@pytest.mark.parametrize(("language", "law"), [
    ("ru", "Ильхам Алиев утвердил закон о ратификации соглашения с Саудовской Аравией о защите инвестиций"),
    ("en", "President signs law on ratification of Azerbaijan-Saudi Arabia investment agreement"),
    ("az", "Prezident Səudiyyə Ərəbistanı ilə investisiyaların qorunması sazişinin ratifikasiyası haqqında qanunu "
           "imzalayıb"),
])
def test_each_edition_of_the_law_stays_apart_from_the_vote_and_with_the_other_law_editions(make, language, law) -> None:
    options, fp = make
    vote = fp(1, "en", "Milli Majlis passes law on ratifying investment protection agreement with Saudi Arabia",
              at="2026-06-03T10:00:00+04:00")
    other_law = fp(2, "en", "Ilham Aliyev signs law ratifying investment protection deal with Saudi Arabia",
                   at="2026-06-03T17:00:00+04:00")
    told = fp(3, language, law, at="2026-06-03T17:30:00+04:00")
    assert not vote.facts.reports_law and told.facts.reports_law
    assert stories_of(options, [vote, other_law, told]) == {"story-1", "story-2"}
    assert {a.story_id for a in cluster([vote, other_law, told], options) if a.item_id == 3} == {"story-2"}


@pytest.mark.parametrize(("language", "title", "treaty_act"), [
    ("en", "Azerbaijani wrestler signs autograph for Uzbek President at Tashkent reception", False),
    ("ru", "Азербайджанский борец подписал автограф для президента Узбекистана в Ташкенте", False),
    ("az", "Azərbaycanlı güləşçi Daşkənddə Özbəkistan Prezidentinə avtoqraf imzalayıb", False),
    ("en", "Azerbaijan, Uzbekistan sign documents in Tashkent", True),
    ("ru", "Азербайджан и Узбекистан подписали документы в Ташкенте", True),
    ("az", "Azərbaycan və Özbəkistan Daşkənddə sənədlər imzalayıb", True),
])
def test_a_signing_that_names_no_treaty_or_document_is_no_treaty_act(make, language, title, treaty_act) -> None:
    options, fp = make
    item = fp(1, language, title)
    assert bool(item.facts.title_actions) is treaty_act
    protocol = fp(2, "en", "Road transport protocol signed in Tashkent by Azerbaijan and Uzbekistan")
    if not treaty_act:
        kept_apart(options, item, protocol)


def test_a_memorandum_the_body_recalls_does_not_veto_the_headlines_pact(make) -> None:
    options, rules, gazetteer = load_options(), load_rules(), load_gazetteer()
    hasher = Hasher.of(options)
    at = datetime.fromisoformat("2026-06-03T13:00:00+04:00")
    text = ItemText(2, "en", "Energy pact signed with Turkmenistan covers joint field", "",
                    "The agreement on energy cooperation signed by Azerbaijan and Turkmenistan today covers the "
                    "joint field.\n\nThe two countries signed a memorandum on the field back in 2021.", at)
    pact = fingerprint(StoryItem(text, "\n\n".join(text.paragraphs), "en"), rules, gazetteer, hasher)
    assert "memorandum::" not in pact.facts.treaties and pact.facts.treaties
    _, fp = make
    signed = fp(1, "en", "Azerbaijan, Turkmenistan sign energy cooperation agreement", at="2026-06-03T11:00:00+04:00")
    meets(options, signed, pact)


@pytest.mark.parametrize(("language", "vote"), [
    ("en", "Milli Majlis votes to quit CIS convention on migrant workers"),
    ("ru", "Милли Меджлис одобрил выход Азербайджана из конвенции СНГ о трудящихся-мигрантах"),
    ("az", "MDB-nin əmək miqrantları haqqında Konvensiyasının denonsasiyası Milli Məclisdə qəbul olunub"),
])
def test_a_vote_to_leave_a_convention_is_its_denunciation(make, language, vote) -> None:
    day = "2026-06-03T{}:00+04:00"
    together(make, ("en", "Azerbaijan denounces CIS convention on migrant workers"), (language, vote), day)
    # The same day's vote to accede to another convention of the CIS is not the denunciation.
    apart(make, ("en", "Azerbaijan accedes to CIS convention on legal assistance"), (language, vote), day)


def test_a_foreign_parliaments_vote_reported_the_next_day_is_still_its_ratification(make) -> None:
    options, fp = make
    evening = fp(1, "ru", "Госсобрание Венгрии ратифицировало соглашение с Азербайджаном о безвизовом режиме",
                 at="2026-06-03T18:00:00+04:00")
    next_day = fp(2, "en", "Hungarian National Assembly approves visa exemption agreement with Azerbaijan",
                  at="2026-06-04T12:00:00+04:00")
    meets(options, evening, next_day)
    # Azerbaijan's own vote a day later is a step of its own (its law follows), not Hungary's ratification.
    home = fp(3, "en", "Milli Majlis approves visa exemption agreement with Hungary", at="2026-06-04T12:00:00+04:00")
    kept_apart(options, evening, home)


@pytest.mark.parametrize(("language", "title"), [
    ("en", "Azerbaijan joins Beijing Treaty on audiovisual performances"),
    ("ru", "Азербайджан присоединился к Пекинскому договору об аудиовизуальных исполнениях"),
    ("az", "Azərbaycan audiovizual ifalar üzrə Pekin müqaviləsinə qoşulub"),
])
def test_an_instrument_named_after_a_capital_meets_however_each_language_spells_the_city(make, language, title) -> None:
    options, fp = make
    english = fp(1, "en", "Azerbaijan accedes to the Beijing Treaty")
    assert "i:treaty~CN" in fp(2, language, title).facts.keys
    meets(options, english, fp(2, language, title))
    # Another city's treaty acceded the same day is another story.
    assert "i:treaty~CN" not in fp(3, "ru", "Азербайджан присоединился к Марракешскому договору").facts.keys


@pytest.mark.parametrize(("language", "title"), [
    ("ru", "Главы тюркских государств подписали Габалинскую декларацию"),
    ("en", "Turkic leaders adopt Gabala Declaration"),
    ("az", "Türk dövlətlərinin başçıları Qəbələ Bəyannaməsini imzalayıblar"),
])
def test_a_russian_place_adjective_in_insk_is_keyed_as_its_place(make, language, title) -> None:
    _, fp = make
    assert "i:declaration~hbl" in fp(1, language, title).facts.keys
    assert "i:declaration~hbl" not in fp(2, "ru", "Участники подписали Бакинскую декларацию").facts.keys


def test_a_capitalised_treaty_names_its_type_and_a_lower_case_one_any_type(make) -> None:
    apart(make, ("ru", "Азербайджан и Узбекистан подписали декларацию о союзнических отношениях"),
          ("en", "Azerbaijan, Uzbekistan sign Treaty on Allied Relations"))
    together(make, ("ru", "Азербайджан и Узбекистан подписали конвенцию об избежании двойного налогообложения"),
             ("en", "Azerbaijan, Uzbekistan sign double tax treaty"))
