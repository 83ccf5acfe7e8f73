"""Argos models run in batches: SentencePiece pieces in, CTranslate2 ``translate_batch`` by token budget.

Kept apart from the stage because it is the one place that loads models and touches CTranslate2: the
planning, caching and writing around it (``translation_jobs``, ``translate``) never see a tokenizer, and
``bench/translate.py`` times this engine on its own (one call per item against one call per run).
ctranslate2 and sentencepiece are imported when a model is first loaded, not with this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline import models as argos
from pipeline.errors import TranslationError
from pipeline.records import Settings

# Sentences a model may produce per source token (plus a few): real translations stay well under
# twice the source length, while a degenerate model repeating itself would otherwise run to 256 tokens.
DECODE_FACTOR = 2
DECODE_SLACK = 10

Progress = Callable[[str, int, int], None]
"""Called as ``progress(direction, sentences_done, sentences_total)`` while a model runs."""


@dataclass(frozen=True)
class EngineOptions:
    beam_size: int = 4
    """argostranslate's default; 1 (greedy) is about twice as fast and a little worse."""
    threads: int = 0
    """CTranslate2 intra-op threads; 0 lets CTranslate2 choose."""
    batch_tokens: int = 1024
    """Padded source tokens per translate_batch call: bounds memory whatever the sentence mix."""
    compute_type: str = "int8"
    """int8 on CPU is CTranslate2's fast path; Argos models are trained to tolerate it."""

    @classmethod
    def from_settings(cls, settings: Settings) -> EngineOptions:
        return cls(
            beam_size=settings.translation_beam_size,
            threads=settings.translation_threads,
            batch_tokens=settings.translation_batch_tokens,
        )


@dataclass(frozen=True)
class _Loaded:
    translator: Any  # ctranslate2.Translator
    tokenizer: Any  # sentencepiece.SentencePieceProcessor


def token_batches(lengths: Sequence[int], batch_tokens: int) -> list[list[int]]:
    """Indices grouped so that (count × longest) stays under ``batch_tokens``; similar lengths together."""
    batches: list[list[int]] = []
    current: list[int] = []
    # Shortest first, so the sentence being added is always the longest of its batch.
    for index in sorted(range(len(lengths)), key=lambda i: lengths[i]):
        if current and lengths[index] * (len(current) + 1) > batch_tokens:
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches


class Engine:
    """Models loaded for one run (loading costs seconds, so each is loaded once and reused)."""

    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        self._loaded: dict[str, _Loaded] = {}

    def _load(self, model: argos.InstalledModel) -> _Loaded:
        if model.key not in self._loaded:
            import ctranslate2
            import sentencepiece

            try:
                translator = ctranslate2.Translator(
                    str(model.model_dir),
                    device="cpu",
                    compute_type=self.options.compute_type,
                    intra_threads=self.options.threads,
                )
                tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(model.tokenizer))
            except (RuntimeError, OSError, ValueError) as error:
                raise TranslationError(f"{model.path}: cannot load model {model.key}: {error}") from error
            self._loaded[model.key] = _Loaded(translator, tokenizer)
        return self._loaded[model.key]

    def translate(
        self, model: argos.InstalledModel, sentences: Sequence[str], progress: Progress | None = None
    ) -> list[str]:
        """Translations of ``sentences`` in order, in as few translate_batch calls as the token budget allows."""
        loaded = self._load(model)
        tokens = [loaded.tokenizer.encode(sentence, out_type=str) for sentence in sentences]
        results = [""] * len(sentences)
        done = 0
        for batch in token_batches([len(t) for t in tokens], self.options.batch_tokens):
            source = [tokens[i] for i in batch]
            prefix = [[model.target_prefix] for _ in batch] if model.target_prefix else None
            try:
                outputs = loaded.translator.translate_batch(
                    source,
                    target_prefix=prefix,
                    beam_size=self.options.beam_size,
                    max_decoding_length=DECODE_FACTOR * max(len(t) for t in source) + DECODE_SLACK,
                )
            except RuntimeError as error:
                raise TranslationError(f"{model.path}: translation failed: {error}") from error
            for index, output in zip(batch, outputs, strict=True):
                pieces = output.hypotheses[0]
                if model.target_prefix and pieces[:1] == [model.target_prefix]:
                    pieces = pieces[1:]
                results[index] = loaded.tokenizer.decode(pieces).strip()
            done += len(batch)
            if progress:
                progress(model.direction, done, len(sentences))
        return results
