"""A tiny but real Argos package: random-weight CTranslate2 Transformer + trained SentencePiece model.

No real model can be downloaded here, so tests and the benchmark build one in well under a second.
Its output is gibberish; what it exercises is everything around the model: packaging, installing,
tokenizing, batching, decoding, caching. Also used by ``bench/translate.py`` (hence no pytest import).
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import sentencepiece
from ctranslate2.specs import TransformerSpec, model_spec

from pipeline.models import DIRECTIONS

SAMPLE_TEXT = (
    "Президент Азербайджанской Республики Ильхам Алиев подписал закон об утверждении Конвенции.",
    "Конвенция против киберпреступности была принята Генеральной Ассамблеей ООН 24 декабря 2024 года.",
    "Ратификация Конвенции укрепит деятельность органов безопасности и правоохранительных органов.",
    "Azərbaycan Respublikasının Prezidenti İlham Əliyev Konvensiyanın təsdiq edilməsi haqqında qanunu imzalayıb.",
    "Kibercinayətkarlığa qarşı Konvensiya BMT Baş Assambleyası tərəfindən 24 dekabr 2024-cü ildə qəbul edilib.",
    "Milli Məclis sazişi ratifikasiya edib, qanun № 1234-VIQ imzalanıb.",
    "President Ilham Aliyev signed the law on the approval of the UN Convention against Cybercrime.",
    "The agreement was ratified by the Milli Majlis on 23 February 2026, see https://president.az/en.",
    "Azerbaijan took part in drafting the Convention; 193 states adopted it in New York.",
    "0123456789 .,;:!?-–—()[]«»\"'/№%",
)


def _fill(spec: TransformerSpec, rng: np.random.Generator, vocab: int, dim: int, ffn: int) -> None:
    """Random weights for every variable the spec still lacks, shaped by its role in the Transformer."""

    def shape(name: str) -> tuple[int, ...]:
        if "embeddings" in name or "projection" in name:
            return (vocab, dim) if name.endswith("weight") else (vocab,)
        if "ffn/linear_0" in name:
            return (ffn, dim)
        if "ffn/linear_1" in name:
            return (dim, ffn)
        if "self_attention/linear_0" in name:
            return (3 * dim, dim)  # fused query, key, value
        if "/attention/linear_1" in name:
            return (2 * dim, dim)  # fused key, value of the encoder output
        return (dim, dim)

    def fill(layer: object, name: str, value: object) -> None:
        if value is not None:
            return
        attribute = name.rsplit("/", 1)[-1]
        if attribute == "gamma":
            array = np.ones(dim, np.float32)
        elif attribute == "beta":
            array = np.zeros(dim, np.float32)
        else:  # scaled by fan-in, as trained weights roughly are, so logits stay near unit scale
            dims = shape(name)
            array = rng.normal(0.0, dims[-1] ** -0.5, dims).astype(np.float32)
        setattr(layer, attribute, array)

    model_spec.visit_spec(spec, fill)


def build_argosmodel(
    directory: Path,
    source: str,
    target: str,
    *,
    version: str = "1.0",
    layers: int = 1,
    dim: int = 32,
    seed: int = 0,
    end_bias: float = 0.0,
    training_text: tuple[str, ...] = SAMPLE_TEXT,
    vocab_size: int = 200,
) -> Path:
    """Write ``translate-<source>_<target>-<version>.argosmodel`` into ``directory`` and return its path.

    ``end_bias`` raises the logit of ``</s>`` so that outputs stop early, as a trained model's do (the
    benchmark uses it; with 0 the model runs to the decoding limit). A bigger ``vocab_size`` trained on
    ``training_text`` gives word-sized pieces, as a real package's 32k vocabulary does.
    """
    pieces = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(training_text * 3),
        model_writer=pieces,
        vocab_size=vocab_size,
        model_type="bpe",  # the unigram trainer keeps near-character pieces on so little text
        hard_vocab_limit=False,
        character_coverage=1.0,
        minloglevel=2,
    )
    processor = sentencepiece.SentencePieceProcessor(model_proto=pieces.getvalue())
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    spec = TransformerSpec.from_config(layers, 2)
    _fill(spec, np.random.default_rng(seed), len(vocabulary), dim, 2 * dim)
    spec.decoder.projection.bias = np.where(
        np.arange(len(vocabulary)) == processor.eos_id(), end_bias, 0.0
    ).astype(np.float32)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=None)
    name = f"translate-{source}_{target}-{version.replace('.', '_')}"
    metadata = {
        "package_version": version,
        "argos_version": "1.0",
        "from_code": source,
        "from_name": source,
        "to_code": target,
        "to_name": target,
        "type": "translate",
    }
    archive_path = directory / f"{name}.argosmodel"
    with tempfile.TemporaryDirectory() as staging:
        (Path(staging) / "model").mkdir()
        spec.save(str(Path(staging) / "model"))
        with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted((Path(staging) / "model").iterdir()):
                archive.write(file, f"{name}/model/{file.name}")
            archive.writestr(f"{name}/sentencepiece.model", pieces.getvalue())
            archive.writestr(f"{name}/metadata.json", json.dumps(metadata))
            archive.writestr(f"{name}/README.md", "Random weights, for tests only.\n")
    return archive_path


def build_packages(directory: Path, directions: tuple[str, ...] = DIRECTIONS) -> dict[str, Path]:
    """One ``.argosmodel`` per direction (different seeds, so each direction translates differently)."""
    directory.mkdir(parents=True, exist_ok=True)
    return {
        direction: build_argosmodel(directory, *direction.split("-"), seed=seed)
        for seed, direction in enumerate(directions)
    }
