"""Language-ID benchmark: ours against lingua and langdetect, and against ours before lingua, in one run.

Data: ``../shared/dev/langid-dev`` (Tatoeba az/ru/en sentences that must come back as such; FLORES-200
Turkish, Uzbek, Ukrainian, Kazakh, Tatar and Bashkir sentences that must NOT come back as az/ru/en), read
where it lies, never copied. Printed, for every detector:

* accuracy per file, overall, the worst file, and on the texts of 1–5 words (titles are that short);
* texts per CPU second once its models are loaded (over every third text of each file), and the CPU
  seconds its first pass took beyond that (loading models: a one-off per process). CPU time, not wall
  time: every detector here is single-threaded, and on a shared machine wall time measures the neighbours;

then, for ours before and after, what the harvest pays per page: ``detect_language`` on the page and
``foreign_paragraphs`` over its paragraphs, in CPU ms per page, on pages built from the same sentences (four
sentences to a paragraph, twelve paragraphs in the page's language and one in another language at a random
place), with how many pages got their language, how many of the planted paragraphs were found and how many
others were flagged; and the peak
memory (VmHWM) of a process that labels the whole set with ours. "Ours, lingua trigrams only" is ours with
``langid.HIGH_ACCURACY_CANDIDATES`` emptied: what the 1- to 5-gram models buy, and what they cost in memory.

A planted paragraph with letters Russian never uses (Kazakh, Tatar, Bashkir) can pass 1 % of a page's
Cyrillic letters and make a Russian page "other", before and after: the page figure is there to show it.

"Ours before" is ``pipeline/langid.py`` as of ``--before`` (default: the last commit with langdetect),
read with ``git show`` and loaded beside the current one; without git it is left out.

    .venv/bin/python bench/langid.py
    .venv/bin/python bench/langid.py --data ../shared/dev/langid-dev --before main
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import langid  # noqa: E402

OURS = ("az", "ru", "en")
FILES = (
    ("tatoeba.az.txt", "az", "az"), ("tatoeba.ru.txt", "ru", "ru"), ("tatoeba.en.txt", "en", "en"),
    ("flores-devtest.tur_Latn.txt", "tr", None), ("flores-devtest.uzn_Latn.txt", "uz", None),
    ("flores-devtest.ukr_Cyrl.txt", "uk", None), ("flores-devtest.kaz_Cyrl.txt", "kk", None),
    ("flores-devtest.tat_Cyrl.txt", "tt", None), ("flores-devtest.bak_Cyrl.txt", "ba", None),
)  # fmt: skip
"""(file, column, the label it must get; None: anything but az, ru, en)."""
SHORT_WORDS = 5
SPEED_SAMPLE = 3
BEFORE_REF = "ddbec98"
"""The last commit whose pipeline/langid.py weighed n-grams with langdetect."""
PARAGRAPH_SENTENCES, PAGE_PARAGRAPHS = 4, 12

Detect = Callable[[str], str]
TRIGRAMS_ONLY = "ours, lingua trigrams only"


@dataclass(frozen=True)
class DevFile:
    column: str
    want: str | None
    texts: tuple[str, ...]

    def right(self, label: str) -> bool:
        return label == self.want if self.want else label not in OURS


@dataclass(frozen=True)
class Score:
    per_file: dict[str, float]
    short: float
    texts_per_s: float
    loading_s: float

    @property
    def overall(self) -> float:
        return self.per_file["all"]


def load_dev(data: Path) -> list[DevFile]:
    def lines(name: str) -> tuple[str, ...]:
        return tuple(t.strip() for t in (data / name).read_text(encoding="utf-8").splitlines() if t.strip())

    return [DevFile(column, want, lines(name)) for name, column, want in FILES]


def score(detect: Detect, dev: Sequence[DevFile]) -> Score:
    """Accuracy from a first pass (which also loads the models), speed from a second one over every
    SPEED_SAMPLE-th text of each file (the slowest anchors would otherwise take minutes)."""
    started = time.process_time()
    labels = [[detect(text) for text in devfile.texts] for devfile in dev]
    first = time.process_time() - started
    sample = [text for devfile in dev for text in devfile.texts[::SPEED_SAMPLE]]
    started = time.process_time()
    for text in sample:
        detect(text)
    per_text = (time.process_time() - started) / len(sample)
    total = sum(len(devfile.texts) for devfile in dev)
    per_file = {f.column: 100 * sum(map(f.right, got)) / len(f.texts) for f, got in zip(dev, labels, strict=True)}
    per_file["all"] = 100 * sum(sum(map(f.right, got)) for f, got in zip(dev, labels, strict=True)) / total
    short = [f.right(label) for f, got in zip(dev, labels, strict=True)
             for text, label in zip(f.texts, got, strict=True) if len(text.split()) <= SHORT_WORDS]
    return Score(per_file, 100 * sum(short) / len(short), 1 / per_text, max(0.0, first - per_text * total))


@contextmanager
def trigrams_only() -> Iterator[None]:
    """Ours with every text weighed by lingua's trigram models only (the low-memory choice)."""
    chosen = langid.HIGH_ACCURACY_CANDIDATES
    langid.HIGH_ACCURACY_CANDIDATES = frozenset()
    langid._detector.cache_clear()
    try:
        yield
    finally:
        langid.HIGH_ACCURACY_CANDIDATES = chosen
        langid._detector.cache_clear()


def load_before(ref: str) -> ModuleType | None:
    """pipeline/langid.py as of ``ref``, loaded as ``pipeline._langid_before`` (its relative imports work)."""
    try:
        source = subprocess.run(["git", "show", f"{ref}:pipeline/langid.py"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"ours before ({ref}) left out: {error}", file=sys.stderr)
        return None
    spec = importlib.util.spec_from_loader("pipeline._langid_before", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "pipeline"
    sys.modules[spec.name] = module  # dataclasses look their module up there
    exec(compile(source, f"{ref}:pipeline/langid.py", "exec"), module.__dict__)  # noqa: S102
    return module


def lingua_detector(names: Sequence[str]) -> Detect:
    """lingua restricted to ``names``, high-accuracy mode (its default); not ours is "other"."""
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in names)).build()
    ours = {Language.AZERBAIJANI: "az", Language.RUSSIAN: "ru", Language.ENGLISH: "en"}
    return lambda text: ours.get(detector.detect_language_of(text), "other")  # type: ignore[arg-type]


def langdetect_detector() -> Detect:
    """langdetect with all its profiles, seeded (it samples n-grams at random); it has no Azerbaijani."""
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def label(text: str) -> str:
        try:
            return detect(text)
        except LangDetectException:
            return "other"

    return label


def make_pages(dev: Sequence[DevFile], seed: int = 1) -> list[tuple[str, list[str], int]]:
    """(page language, paragraphs, index of the planted foreign paragraph) for each page."""
    rng = random.Random(seed)
    paragraphs = {
        f.column: [" ".join(f.texts[i:i + PARAGRAPH_SENTENCES]) for i in range(0, len(f.texts), PARAGRAPH_SENTENCES)]
        for f in dev
    }
    pages = []
    for language in OURS:
        own = paragraphs[language]
        for start in range(0, len(own) - PAGE_PARAGRAPHS + 1, PAGE_PARAGRAPHS):
            body = own[start:start + PAGE_PARAGRAPHS]
            foreign = rng.choice([column for column in paragraphs if column != language])
            planted = rng.randrange(len(body) + 1)
            body.insert(planted, rng.choice(paragraphs[foreign]))
            pages.append((language, body, planted))
    return pages


@dataclass(frozen=True)
class PageCost:
    detect_ms: float
    foreign_ms: float
    page_right: int
    """Pages labelled with their language (the planted paragraph may tip a page: see the module docstring)."""
    found: int
    false_flags: int


def page_cost(detect: Callable[[str], str], foreign: Callable[[list[str], str], tuple[int, ...]],
              pages: Sequence[tuple[str, list[str], int]]) -> PageCost:
    for language, body, _ in pages[:3]:  # models loaded before timing
        detect("\n\n".join(body))
        foreign(body, language)
    started = time.process_time()
    labels = [detect("\n\n".join(body)) for _, body, _ in pages]
    detect_s = time.process_time() - started
    right = sum(label == language for label, (language, _, _) in zip(labels, pages, strict=True))
    started = time.process_time()
    flagged = [foreign(body, language) for language, body, _ in pages]
    foreign_s = time.process_time() - started
    found = sum(planted in flags for (_, _, planted), flags in zip(pages, flagged, strict=True))
    false_flags = sum(len(set(flags) - {planted}) for (_, _, planted), flags in zip(pages, flagged, strict=True))
    return PageCost(1000 * detect_s / len(pages), 1000 * foreign_s / len(pages), right, found, false_flags)


def peak_rss_mb(data: Path, *, trigrams: bool = False, label: bool = True) -> int:
    """Peak resident memory (VmHWM) of a fresh process that labels the dev set with ours (``trigrams``:
    with lingua's trigram models only), or that only imports ours (``label=False``)."""
    names = [name for name, _, _ in FILES]
    code = f"import sys, pathlib; sys.path.insert(0, {str(ROOT)!r}); from pipeline import langid; "
    if trigrams:
        code += "langid.HIGH_ACCURACY_CANDIDATES = frozenset(); "
    if label:
        code += (f"[langid.detect_language(t) for n in {names!r} "
                 f"for t in (pathlib.Path({str(data)!r}) / n).read_text(encoding='utf-8').splitlines()]; ")
    code += "print(next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM')))"
    return int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "dev" / "langid-dev")
    parser.add_argument("--before", default=BEFORE_REF, help="git revision of 'ours before'")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"{args.data}: no such directory (the langid-dev set of ../shared/dev); pass --data")
    dev = load_dev(args.data)
    before = load_before(args.before)

    detectors: list[tuple[str, Detect]] = [("ours (lingua + evidence)", langid.language_of),
                                           (TRIGRAMS_ONLY, langid.language_of)]
    if before is not None:
        old = before.LanguageDetector()
        detectors.append((f"ours before ({args.before}, langdetect)",
                          lambda t: before.detect_language(t, old).language))
    detectors += [
        ("lingua az/ru/en/tr/uk/kk (#11)", lingua_detector(
            ["AZERBAIJANI", "RUSSIAN", "ENGLISH", "TURKISH", "UKRAINIAN", "KAZAKH"])),
        ("lingua ours + every look-alike", lingua_detector(
            ["AZERBAIJANI", "RUSSIAN", "ENGLISH", "TURKISH", "UKRAINIAN", "KAZAKH", "BELARUSIAN", "BULGARIAN",
             "MACEDONIAN", "SERBIAN", "MONGOLIAN"])),
        ("langdetect, all profiles", langdetect_detector()),
    ]
    columns = [column for _, column, _ in FILES]
    print(f"{len(dev)} files, {sum(len(f.texts) for f in dev)} texts; accuracy in %\n")
    print(f"{'detector':38s} " + " ".join(f"{c:>5s}" for c in columns)
          + f" {'all':>6s} {'worst':>9s} {'1-5 w':>6s} {'texts/s':>8s} {'load s':>6s}")
    print(f"{'':38s} " + " ".join(f"{'':5s}" for _ in columns) + f" {'':6s} {'':9s} {'':6s} {'CPU':>8s} {'CPU':>6s}")
    scores = {}
    for name, detect in detectors:
        variant: AbstractContextManager[None] = trigrams_only() if name == TRIGRAMS_ONLY else nullcontext()
        with variant:
            result = scores[name] = score(detect, dev)
        worst = min(columns, key=result.per_file.__getitem__)
        print(f"{name:38s} " + " ".join(f"{result.per_file[c]:5.1f}" for c in columns)
              + f" {result.overall:6.2f} {result.per_file[worst]:5.1f} {worst:3s} {result.short:6.1f}"
              f" {result.texts_per_s:8.0f} {result.loading_s:6.2f}", flush=True)
    anchor = scores["ours (lingua + evidence)"]
    for name, result in scores.items():
        print(f"  speed of {name}: {result.texts_per_s / anchor.texts_per_s:.2f}× ours")

    pages = make_pages(dev)
    print(f"\nPer page ({len(pages)} pages of {PAGE_PARAGRAPHS} paragraphs × {PARAGRAPH_SENTENCES} sentences "
          "+ 1 planted paragraph in another language):")
    costs = {"after": page_cost(langid.language_of, langid.foreign_paragraphs, pages)}
    if before is not None:
        costs["before"] = page_cost(lambda text: before.detect_language(text, old).language,
                                    lambda body, language: before.foreign_paragraphs(body, language, old), pages)
    for name, cost in costs.items():
        print(f"  {name:6s} detect_language {cost.detect_ms:6.3f} ms, page right {cost.page_right}/{len(pages)};"
              f"  foreign_paragraphs {cost.foreign_ms:6.3f} ms, planted found {cost.found}/{len(pages)},"
              f" other paragraphs flagged {cost.false_flags}")
    if "before" in costs:
        print(f"  foreign_paragraphs after/before: {costs['after'].foreign_ms / costs['before'].foreign_ms:.2f}×;"
              f" detect_language after/before: {costs['after'].detect_ms / costs['before'].detect_ms:.2f}×")

    print(f"\nPeak RSS of a process labelling the set with ours: {peak_rss_mb(args.data)} MB; with lingua "
          f"trigrams only: {peak_rss_mb(args.data, trigrams=True)} MB; importing ours and labelling nothing: "
          f"{peak_rss_mb(args.data, label=False)} MB")


if __name__ == "__main__":
    main()
