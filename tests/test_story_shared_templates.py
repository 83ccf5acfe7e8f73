"""Stories: two headlines written under one agency template, about different treaties.

An agency reports every bill, signing or announcement of a day in one sentence frame ("В Милли Меджлис
поступил законопроект о ратификации ..."), so two short headlines share most of their words and differ only in
what they are about: one names a subject and a partner, the other an organisation's convention. Text alone
joined them (``join_text``); a headline naming a subject, a foreign state or an organisation the other item
never names, while the other names one it never names, is another treaty's news (``clustering._named_apart``).
The negatives of its shape: an edition naming less than the other (the partner without the subject), and the
same headline from two agencies, stay one story.

Sentences written for these tests, in the agencies' styles."""

from __future__ import annotations

import pytest

from tests.story_data import apart, together

# (language, one treaty's headline, another's under the same frame): a state or a subject against an organisation
TEMPLATES = [
    ("ru", "В Милли Меджлис поступил законопроект о ратификации договора с Эстонией",
     "В Милли Меджлис поступил законопроект о ратификации договора с ЮНЕСКО"),
    ("ru", "В Милли Меджлис поступил законопроект о ратификации договора о выдаче",
     "В Милли Меджлис поступил законопроект о ратификации договора с ЮНЕСКО"),
    ("az", "Milli Məclisə Estoniya ilə müqavilənin təsdiq edilməsi barədə qanun layihəsi daxil olub",
     "Milli Məclisə YUNESKO ilə müqavilənin təsdiq edilməsi barədə qanun layihəsi daxil olub"),
    ("az", "Milli Məclisə ekstradisiya müqaviləsinin təsdiq edilməsi barədə qanun layihəsi daxil olub",
     "Milli Məclisə YUNESKO müqaviləsinin təsdiq edilməsi barədə qanun layihəsi daxil olub"),
    ("en", "Bill on ratification of the treaty with Estonia submitted to the Milli Majlis",
     "Bill on ratification of the UNESCO treaty submitted to the Milli Majlis"),
    ("en", "Bill on ratification of the extradition treaty submitted to the Milli Majlis",
     "Bill on ratification of the UNESCO treaty submitted to the Milli Majlis"),
]

# (language, a fuller edition, a shorter one of the same treaty under the same frame)
EDITIONS = [
    ("ru", "В Милли Меджлис поступил законопроект о ратификации договора о выдаче с Эстонией",
     "В Милли Меджлис поступил законопроект о ратификации договора с Эстонией"),
    ("az", "Milli Məclisə Estoniya ilə ekstradisiya müqaviləsinin təsdiq edilməsi barədə qanun layihəsi daxil olub",
     "Milli Məclisə Estoniya ilə müqavilənin təsdiq edilməsi barədə qanun layihəsi daxil olub"),
    ("en", "Bill on ratification of the extradition treaty with Estonia submitted to the Milli Majlis",
     "Bill on ratification of the treaty with Estonia submitted to the Milli Majlis"),
]

# (language, (headline naming the subject, lead naming the state), (headline naming the state, lead naming the
# subject)): each headline names what the other's lead names.
LEADS = [
    ("ru", ("В Милли Меджлис поступил законопроект о ратификации договора о выдаче",
            "Документ подписан с Эстонией в Таллине в марте."),
     ("В Милли Меджлис поступил законопроект о ратификации договора с Эстонией",
      "Договор о выдаче подписан в Таллине в марте.")),
    ("az", ("Milli Məclisə ekstradisiya müqaviləsinin təsdiq edilməsi barədə qanun layihəsi daxil olub",
            "Sənəd mart ayında Tallində Estoniya ilə imzalanıb."),
     ("Milli Məclisə Estoniya ilə müqavilənin təsdiq edilməsi barədə qanun layihəsi daxil olub",
      "Ekstradisiya müqaviləsi mart ayında Tallində imzalanıb.")),
    ("en", ("Bill on ratification of the extradition treaty submitted to the Milli Majlis",
            "The document was signed with Estonia in Tallinn in March."),
     ("Bill on ratification of the treaty with Estonia submitted to the Milli Majlis",
      "The extradition treaty was signed in Tallinn in March.")),
]


@pytest.mark.parametrize(("language", "one", "other"), TEMPLATES)
def test_one_frame_about_two_treaties_stays_apart(make, language, one, other) -> None:
    apart(make, (language, one), (language, other))


@pytest.mark.parametrize(("language", "fuller", "shorter"), EDITIONS)
def test_an_edition_naming_less_joins(make, language, fuller, shorter) -> None:
    together(make, (language, fuller), (language, shorter))


@pytest.mark.parametrize(("language", "one", "other"), LEADS)
def test_headlines_naming_what_the_others_lead_names_join(make, language, one, other) -> None:
    together(make, (language, *one), (language, *other))
