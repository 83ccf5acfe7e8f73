import hashlib
import re
import unicodedata

import pytest

from pipeline import dedupe
from pipeline.records import Article, StoreOutcome


def article(title="Konvensiya təsdiq edildi", lead="Bakı. Trend:", body=("Birinci abzas.",)):
    return Article(url="http://az.trend.test/1.html", title=title, lead=lead, body=body, published=None)


def test_whitespace_and_case_do_not_make_a_new_version():
    assert dedupe.content_hash(article()) == dedupe.content_hash(article(title="  KONVENSIYA   təsdiq edildi "))


def test_a_changed_number_makes_a_new_version():
    assert dedupe.content_hash(article(body=("12 dövlət.",))) != dedupe.content_hash(article(body=("13 dövlət.",)))


def test_body_hash_ignores_the_title_but_content_hash_does_not():
    retitled = article(title="Konvensiya təsdiq edildi (Yenilənib)")
    assert dedupe.body_hash(retitled) == dedupe.body_hash(article())
    assert dedupe.content_hash(retitled) != dedupe.content_hash(article())


def test_paragraph_boundaries_matter():
    assert dedupe.body_hash(article(body=("a b", "c"))) != dedupe.body_hash(article(body=("a", "b c")))


def test_fingerprints_of_stored_items_stay_what_earlier_versions_computed():
    """A changed formula would make every stored item look updated on the next run."""
    def earlier(*parts):
        text = " \u241e ".join(re.sub(r"\s+", " ", unicodedata.normalize("NFC", p)).strip().casefold() for p in parts)
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    a = article(title=" Ko\u0301nvensiya\u00a0TƏSDİQ ", lead="Bakı.\tTrend: ", body=("Ё ё  abzas.", " İkinci\n abzas"))
    assert dedupe.fingerprints(a) == (earlier(a.title, a.lead, *a.body), earlier(a.lead, *a.body))


def test_classify_orders_identity_before_body():
    stored = dedupe.Stored(item_id=1, content_hash="h1", revision=1)
    assert dedupe.classify("h1", stored, None) is StoreOutcome.UNCHANGED
    assert dedupe.classify("h2", stored, stored) is StoreOutcome.UPDATED
    assert dedupe.classify("h2", None, stored) is StoreOutcome.DUPLICATE
    assert dedupe.classify("h2", None, None) is StoreOutcome.NEW


@pytest.mark.parametrize(
    "part",
    ["Президент подписал закон.", "two  spaces", " leading", "trailing ", "tab\there", "no\u00a0break",
     "line\u2028separator", "new\nline", "e\u0301 combining", "", " ", "İLHAM Əliyev", "a\u3000b"],
)
def test_whitespace_and_unicode_form_are_normalised_as_the_plain_formula_does(part: str) -> None:
    assert dedupe._normalised(part) == " ".join(unicodedata.normalize("NFC", part).split()).casefold()


def test_every_whitespace_character_but_the_space_is_unprintable_so_the_quick_check_sees_it() -> None:
    """``_normalised`` rejoins a printable text's whitespace only for double or edge spaces: that is right
    only if every other character ``str.split`` splits at is unprintable, in all of Unicode."""
    splitting = [chr(c) for c in range(0x110000) if len(f"a{chr(c)}b".split()) == 2]
    assert len(splitting) > 20 and " " in splitting
    assert [c for c in splitting if c != " " and c.isprintable()] == []
    for c in splitting:
        assert dedupe._normalised(f"Закон{c}утвержден") == "закон утвержден"
