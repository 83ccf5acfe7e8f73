"""Stories: a state's law that is no treaty, named by its subject ("Закон «О дорожном движении»", "“Yol
hərəkəti haqqında” qanun", "road traffic law"; the law on international treaties by its own name), is one story
in its three editions; a law on another subject passed the same day is another.

Sentences written for these tests, in the agencies' styles; each construction with a negative of its shape."""

from __future__ import annotations

from tests.story_data import apart, one_story


def test_the_editions_of_one_amended_law_named_by_its_subject_are_one_story(make) -> None:
    one_story(make, [
        ("az", "“Yol hərəkəti haqqında” qanuna dəyişiklik ikinci oxunuşda qəbul edilib", ""),
        ("ru", "Парламент одобрил поправки в Закон «О дорожном движении»", ""),
        ("en", "Milli Majlis passes road traffic law amendments on speed limits", ""),
    ])


def test_the_editions_of_the_law_on_treaties_amended_are_one_story(make) -> None:
    one_story(make, [
        ("ru", "Президент подписал закон о внесении изменений в закон о международных договорах", ""),
        ("az", "“Azərbaycan Respublikasının beynəlxalq müqavilələri haqqında” Qanuna dəyişiklik edilməsi barədə "
               "Azərbaycan Respublikasının Qanunu", ""),
        ("en", "President signs amendment to law on Azerbaijan's international treaties", ""),
    ])


def test_laws_on_two_subjects_passed_the_same_day_stay_apart(make) -> None:
    apart(make, ("ru", "Парламент одобрил поправки в Закон «О дорожном движении»"),
          ("en", "Milli Majlis passes amendments to the law on tourism"))
