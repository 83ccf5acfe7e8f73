"""A headline acts on a treaty by a short or packed name, the body names it at length in a sentence whose act the
extractor does not read as such, or reads as the same act ("voted to ratify ...", "voted in favour of the bill on
...", "проголосовали за законопроект о ратификации ...", "the draft law on ratification of ... was included in the
agenda"): the event keeps the headline's act and takes the body's full name (item._told_at_length). Swept over
actions, treaty nouns (agreement/deal, convention, protocol, statute, treaty; соглашение, конвенция, протокол,
договор), states, title shapes (a short title, a packed subject, "<State>-<State> ... agreement") and body
wordings, with negatives of the same shape: a body treaty on another subject, of another type, one that drops the
parties the title names, two candidate treaties, a treaty the gazetteer links. Sentences written for these tests,
not taken from the dev set."""

import pytest

from tests.events_support import events_of

# (language, title, lead, action, actor, the full name's start)
AT_LENGTH = [
    ("en", "Georgian parliament greenlights Lanzarote Convention",
     "Georgia's Parliament on Thursday voted to ratify the Council of Europe Convention on the Protection of "
     "Children against Sexual Exploitation and Sexual Abuse.",
     "adopted_by_parliament", "GE", "Council of Europe Convention on the Protection of Children"),
    ("en", "Armenian parliament greenlights Oviedo Convention",
     "Armenia's National Assembly on Wednesday voted to ratify the Convention for the Protection of Human Rights "
     "and Dignity of the Human Being with regard to the Application of Biology and Medicine.",
     "adopted_by_parliament", "AM", "Convention for the Protection of Human Rights and Dignity"),
    ("ru", "Сейм Латвии одобрил Эспоосскую конвенцию",
     "Депутаты Сейма проголосовали за законопроект о ратификации Конвенции об оценке воздействия на окружающую "
     "среду в трансграничном контексте.",
     "adopted_by_parliament", "LV", "Конвенции об оценке воздействия на окружающую среду"),
    ("en", "Azerbaijani MPs back Lankaran fishing deal with Iran",
     "The Milli Majlis voted on Tuesday to ratify the agreement with Iran on joint fishing and the protection "
     "of fish stocks off Lankaran.",
     "adopted_by_parliament", "AZ", "agreement with Iran on joint fishing"),
    ("en", "Milli Majlis approves protocol amending pension agreement with Moldova",
     "MPs voted in a single reading the bill on approval of the Protocol on amendments to the Agreement between "
     "the Republic of Azerbaijan and the Republic of Moldova on cooperation in the field of pensions.",
     "adopted_by_parliament", "AZ", "Protocol on amendments to the Agreement between the Republic of Azerbaijan"),
    ("en", "Plenary agenda includes bill on ratification of Azerbaijan-Oman air services agreement",
     "The draft law on ratification of the Agreement between the Government of the Republic of Azerbaijan and "
     "the Government of the Sultanate of Oman on air services has been included in the agenda of the plenary "
     "session.",
     "submitted_to_parliament", "AZ", "Agreement between the Government of the Republic of Azerbaijan"),
    ("en", "Slovenia's withdrawal from the Espoo Convention takes effect",
     "Slovenia formally ceased to be a party to the Convention on Environmental Impact Assessment in a "
     "Transboundary Context on 3 February.",
     "denounced", "SI", "Convention on Environmental Impact Assessment"),
    ("en", "Turkish parliament greenlights Kars railway bridge agreement with Georgia",
     "Turkish MPs voted today in favour of the bill on the agreement between Türkiye and Georgia on building a "
     "railway bridge over the Kura river near Kars.",
     "adopted_by_parliament", "TR", "agreement between Türkiye and Georgia on building a railway bridge"),
    ("ru", "Парламент Грузии одобрил конвенцию с Латвией об избежании двойного налогообложения",
     "Депутаты парламента Грузии проголосовали за законопроект о ратификации Конвенции между Грузией и "
     "Латвийской Республикой об избежании двойного налогообложения в отношении налогов на доходы.",
     "adopted_by_parliament", "GE", "Конвенции между Грузией и Латвийской Республикой"),
    ("ru", "Эстония вышла из Оттавской конвенции",
     "Президент Эстонии 5 февраля провозгласил закон о выходе страны из Конвенции о запрещении применения, "
     "накопления запасов, производства и передачи противопехотных мин и об их уничтожении.",
     "denounced", "EE", "Конвенции о запрещении применения"),
    ("ru", "Милли Меджлис одобрил договор с Монголией о правовой помощи",
     "Депутаты Милли Меджлиса проголосовали за законопроект о ратификации Договора между Азербайджанской "
     "Республикой и Монголией о правовой помощи по гражданским и уголовным делам.",
     "adopted_by_parliament", "AZ", "Договора между Азербайджанской Республикой и Монголией"),
]


@pytest.mark.parametrize(("language", "title", "lead", "action", "actor", "name"), AT_LENGTH)
def test_the_headline_act_takes_the_body_full_name(language: str, title: str, lead: str, action: str,
                                                   actor: str, name: str) -> None:
    (event,) = events_of(language, title, lead)
    assert (event.action, event.actor) == (action, actor)
    assert event.treaty_name.startswith(name)


def test_the_full_name_gives_the_treaty_its_parties_and_subject() -> None:
    (event,) = events_of("en", "Parliament backs border-crossing deal with Georgia",
                         "The Milli Majlis on Tuesday voted in the third reading to ratify the agreement between "
                         "Azerbaijan and Georgia on simplified crossing of the state border by residents of border "
                         "districts.")
    assert event.treaty_name.startswith("agreement between Azerbaijan and Georgia on simplified crossing")
    assert event.parties == ("AZ", "GE")
    assert event.treaty_key.startswith("agreement:AZ-GE:")


# (language, title, lead, the title's name kept): negatives of the same shape.
TITLE_NAME_KEPT = [
    # the body's treaty is on another subject (no concept, no word shared)
    ("en", "Azerbaijani MPs back Lankaran fishing deal with Iran",
     "On the same day, MPs discussed the agreement with Iran on air services and the opening of new routes.",
     "Lankaran fishing deal with Iran"),
    ("ru", "Парламент Грузии одобрил конвенцию с Латвией об избежании двойного налогообложения",
     "Депутаты также проголосовали за законопроект о ратификации Соглашения между Грузией и Латвийской "
     "Республикой о воздушном сообщении.",
     "конвенцию с Латвией об избежании двойного налогообложения"),
    ("ru", "Мажилис одобрил соглашение с Азербайджаном об Актауском паромном терминале",
     "Депутаты также обсудили соглашение с Азербайджаном о воздушном сообщении и открытии новых регулярных "
     "пассажирских рейсов.",
     "соглашение с Азербайджаном об Актауском паромном терминале"),
    # the body's treaty is of another type
    ("en", "Georgian parliament greenlights Lanzarote Convention",
     "Georgia's Parliament also voted to ratify the memorandum of understanding with the Council of Europe "
     "on the protection of children.",
     "Lanzarote Convention"),
    # the body's name drops the parties the title names: it says less
    ("en", "Plenary agenda includes bill on ratification of Azerbaijan-Oman air services agreement",
     "Deputies will discuss the draft law on ratification of the agreement on air services and the opening of new "
     "scheduled passenger routes.",
     "Azerbaijan-Oman air services agreement"),
    ("ru", "Парламент Грузии одобрил конвенцию с Латвией об избежании двойного налогообложения",
     "Депутаты обсудили законопроект о ратификации конвенции об избежании двойного налогообложения "
     "в отношении налогов на доходы.",
     "конвенцию с Латвией об избежании двойного налогообложения"),
    # two treaties the body names could be the title's: which one is not said
    ("en", "Armenian parliament greenlights Oviedo Convention",
     "The vote was preceded by a debate on the Convention for the Protection of Human Rights and Dignity of the "
     "Human Being with regard to the Application of Biology and Medicine.\n\nSpeakers also cited the Convention "
     "on Access to Information and Public Participation in Decision-making.",
     "Oviedo Convention"),
    ("ru", "Эстония вышла из Оттавской конвенции",
     "Рийгикогу обсудил законопроект о Конвенции о запрещении применения противопехотных мин.\n\nСтрана "
     "остаётся участницей Конвенции о кассетных боеприпасах и Конвенции о биологическом оружии.",
     "Оттавской конвенции"),
]


@pytest.mark.parametrize(("language", "title", "lead", "kept"), TITLE_NAME_KEPT)
def test_the_headline_name_stays_where_the_body_does_not_name_its_treaty_alone(
        language: str, title: str, lead: str, kept: str) -> None:
    titled = [e for e in events_of(language, title, lead) if e.evidence == title]
    assert titled
    assert all(e.treaty_name == kept for e in titled)
