"""Translation benchmark: our batched engine against one call per item, with the same model, in one run.

No real Argos model can be downloaded here, so the model is the tests' random-weight Transformer
(``tests/translation_model.py``), sized by ``--layers``/``--dim`` and biased to stop after a sentence-like
length. Its output is gibberish: the figures measure the plumbing (batching, cache), not translation
quality. Printed:

* sentences per second batched across all items (one ``Engine.translate`` call over the whole run)
  against one call per item (what argostranslate does: ``translate(text)`` batches only the sentences
  of one text), and their ratio — the machine-independent figure;
* the share of sentences the cache skips when an article is revised, and on a plain rerun;
* peak resident memory of the process.

    .venv/bin/python bench/translate.py                       # 60 items × 12 sentences, 3 layers, d=256
    .venv/bin/python bench/translate.py --items 20 --dim 128  # a quick look
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sentencepiece
import sqlite_utils

from pipeline import models
from pipeline.records import Settings
from pipeline.schema import migrate
from pipeline.sentences import split_sentences
from pipeline.translate import translate_items
from pipeline.translation_engine import Engine, EngineOptions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.translation_model import SAMPLE_TEXT, build_argosmodel  # noqa: E402

# Sentence lengths of agency prose, in words: leads run long, datelines short.
MIN_WORDS, MAX_WORDS = 8, 30


def make_articles(count: int, sentences: int, seed: int = 1) -> list[list[str]]:
    """Russian-looking articles: sentences drawn from the sample vocabulary, each unique."""
    rng = random.Random(seed)
    words = [w for line in SAMPLE_TEXT[:3] for w in line.rstrip(".").split()]
    return [
        [
            " ".join(rng.choice(words) for _ in range(rng.randint(MIN_WORDS, MAX_WORDS))).capitalize()
            + f" {item * 100 + n}."
            for n in range(sentences)
        ]
        for item in range(count)
    ]


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def throughput(
    model: models.InstalledModel, articles: list[list[str]], options: EngineOptions
) -> tuple[float, float, float, float]:
    """(batched sentences/s, per-item sentences/s, mean source tokens, mean output tokens)."""
    engine = Engine(options)
    engine.translate(model, articles[0][:2])  # load the model outside the timings
    sentences = [s for article in articles for s in article]
    per_item = timed(lambda: [engine.translate(model, article) for article in articles])
    outputs: list[str] = []
    batched = timed(lambda: outputs.extend(engine.translate(model, sentences)))
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(model.tokenizer))
    tokens_in = sum(len(tokenizer.encode(s)) for s in sentences) / len(sentences)
    tokens_out = sum(len(tokenizer.encode(s)) for s in outputs) / len(outputs)
    return len(sentences) / batched, len(sentences) / per_item, tokens_in, tokens_out


def cache_shares(
    models_dir: Path, articles: list[list[str]], changed: int, workdir: Path
) -> tuple[float, float, int]:
    """(share skipped after revising one article, share skipped on a rerun, sentences in the article)."""
    db = sqlite_utils.Database(workdir / "bench.db")
    migrate(db)
    db["sources"].insert({"id": "bench"})
    db["items"].insert_all(
        {"id": i + 1, "source_id": "bench", "url": f"u{i}", "title": a[0], "lead": "", "body": " ".join(a[1:]),
         "language": "ru", "relevant": 1, "content_hash": "h", "revision": 1, "first_seen_at": "x"}
        for i, a in enumerate(articles)
    )
    settings = Settings(models_dir=str(models_dir), translation_beam_size=2)
    translate_items(db, settings, languages=("ru", "en"))
    revised = list(articles[0])
    for n in range(1, changed + 1):
        revised[n] = revised[n].replace(" ", " и ", 1)
    db["items"].update(1, {"body": " ".join(revised[1:]), "revision": 2})
    after_revision = translate_items(db, settings, [1], languages=("ru", "en"))
    rerun = translate_items(db, settings, languages=("ru", "en"))
    article_sentences = len(split_sentences(" ".join(revised[1:])))

    def skipped(report: object) -> float:
        done = report.translated + report.cached  # type: ignore[attr-defined]
        return report.cached / done if done else 1.0  # type: ignore[attr-defined]

    assert rerun.translated == 0, "a rerun must translate nothing"
    return skipped(after_revision), skipped(rerun), article_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--sentences", type=int, default=12, help="sentences per item")
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--dim", type=int, default=256)
    parser.add_argument("--beam", type=int, default=4, help="beam size (argostranslate's default: 4)")
    parser.add_argument("--threads", type=int, default=0, help="CTranslate2 threads (0: its default)")
    parser.add_argument("--batch-tokens", type=int, default=1024)
    parser.add_argument("--changed", type=int, default=2, help="sentences changed in the revised article")
    parser.add_argument("--end-bias", type=float, default=2.0,
                        help="logit bias of </s>: 2.0 makes outputs about as long as inputs, like a trained model's")
    args = parser.parse_args()

    articles = make_articles(args.items, args.sentences)
    options = EngineOptions(beam_size=args.beam, threads=args.threads, batch_tokens=args.batch_tokens)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        vocabulary_text = tuple(s for article in make_articles(50, args.sentences, seed=2) for s in article)
        build = timed(lambda: models.install_file(
            build_argosmodel(workdir, "ru", "en", layers=args.layers, dim=args.dim, end_bias=args.end_bias,
                             training_text=vocabulary_text + SAMPLE_TEXT, vocab_size=1000),
            workdir / "models",
        ))
        (model,) = models.installed_models(workdir / "models")
        size_mb = sum(f.stat().st_size for f in model.model_dir.iterdir()) / 1e6
        batched, per_item, tokens_in, tokens_out = throughput(model, articles, options)
        revision_share, rerun_share, article_sentences = cache_shares(
            workdir / "models", articles, args.changed, workdir
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("model", f"random Transformer {args.layers}+{args.layers} layers, d={args.dim}, {size_mb:.1f} MB "
                  f"(built in {build:.1f} s), "
                  f"mean tokens in/out {tokens_in:.0f}/{tokens_out:.0f}"),
        ("workload", f"{args.items} items × {args.sentences} sentences, beam {args.beam}, "
                     f"batch {args.batch_tokens} tokens, threads {args.threads or 'default'}"),
        ("one call per item", f"{per_item:8.1f} sentences/s"),
        ("batched across items", f"{batched:8.1f} sentences/s"),
        ("speed-up (same run)", f"{batched / per_item:8.2f} ×"),
        ("cache, revised article", f"{revision_share:8.1%} of sentences skipped "
                                   f"({args.changed} of {article_sentences + 1} changed, ru→en)"),
        ("cache, rerun", f"{rerun_share:8.1%} of sentences skipped"),
        ("peak memory (RSS)", f"{peak_mb:8.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
