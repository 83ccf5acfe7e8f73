"""A list of documents whose own predicate names no act ("The documents include:", "В их числе:") after a sentence
that says what was done with the documents takes that sentence as its predicate (lists._acting_intro), and a count
a list's colon ends ("подписан ряд документов: Соглашение ...") counts the documents, not the entry. Swept over
en/ru/az, intros and counts, with negatives of the same shape (a plan, a count with no list)."""

import pytest

from tests.events_support import acts, events_of

ENTRIES = {
    "en": "- Agreement on cooperation in culture;\n- Memorandum of Understanding on cooperation in the defence "
          "industry.",
    "ru": "- Соглашение о сотрудничестве в области культуры;\n- Меморандум о взаимопонимании в оборонной "
          "промышленности.",
    "az": "- Mədəniyyət sahəsində əməkdaşlıq haqqında Saziş;\n- Müdafiə sənayesində əməkdaşlığa dair Anlaşma "
          "Memorandumu.",
}
BOTH = {("signed", None, ("AZ", "IT"))}
TITLE = {"en": "Azerbaijan-Italy documents signed", "ru": "Азербайджан и Италия подписали документы",
         "az": "Azərbaycan və İtaliya sənədlər imzalayıb"}


@pytest.mark.parametrize(
    ("language", "acting", "intro"),
    [
        ("en", "After the talks, a number of documents were signed between Azerbaijan and Italy.",
         "The documents include:"),
        ("en", "Azerbaijan and Italy signed several documents in Rome on Monday.", "Among them:"),
        ("en", "Documents were signed between the two countries after the Intergovernmental Council met.",
         "They include:"),
        ("ru", "По итогам заседания межправительственного совета между Азербайджаном и Италией был подписан ряд "
               "документов.", "В их числе:"),
        ("ru", "Азербайджан и Италия подписали ряд документов.", "Документы включают:"),
        ("az", "Hökumətlərarası Şuranın iclasından sonra Azərbaycan ilə İtaliya arasında bir sıra sənədlər "
               "imzalanıb.", "Sənədlər bunlardır:"),
    ],
)
def test_a_list_without_a_verb_takes_the_act_of_the_sentence_about_its_documents(
        language: str, acting: str, intro: str) -> None:
    found = events_of(language, TITLE[language], acting, f"{intro}\n{ENTRIES[language]}")
    assert acts(found) == BOTH
    assert {e.treaty_key.split(":")[0] for e in found} == {"agreement", "memorandum"}


@pytest.mark.parametrize(
    ("language", "acting", "intro"),
    [
        ("en", "After the talks, a number of documents are expected to be signed between Azerbaijan and Italy.",
         "The documents include:"),
        ("en", "Azerbaijan and Italy will sign several documents in Rome on Monday.", "Among them:"),
        ("ru", "По итогам заседания между Азербайджаном и Италией планируется подписать ряд документов.",
         "В их числе:"),
    ],
)
def test_a_list_after_a_plan_for_its_documents_acts_on_none(language: str, acting: str, intro: str) -> None:
    assert events_of(language, "Azerbaijan, Italy hold talks", acting, f"{intro}\n{ENTRIES[language]}") == ()


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "Между Азербайджаном и Италией подписан ряд документов: Соглашение о сотрудничестве в области "
               "культуры.", {("signed", None, ("AZ", "IT"))}),
        ("ru", "Между Азербайджаном и Италией подписано два документа: Соглашение о сотрудничестве в области "
               "культуры.", {("signed", None, ("AZ", "IT"))}),
        ("en", "A number of documents were signed between Azerbaijan and Italy: Agreement on culture.",
         {("signed", None, ("AZ", "IT"))}),
        # a count with no list is several documents, none named
        ("ru", "Между Азербайджаном и Италией подписано два соглашения.", set()),
        ("en", "Two agreements were signed between Azerbaijan and Italy.", set()),
    ],
)
def test_a_count_the_lists_colon_ends_counts_the_documents(
        language: str, sentence: str, expected: set[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert acts(events_of(language, TITLE[language], sentence)) == expected
