"""Languages are data plus a small module each, found through this registry.

A language module (e.g. `turnover.lang.fr`) calls `register(Language(...))` at import; adding a
language is adding a module and its lexicon file, never an `if lang == ...` elsewhere.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

# Modules imported on first use of the registry; append here when adding a language.
LANGUAGE_MODULES = ("turnover.lang.fr", "turnover.lang.en")

_REGISTRY: dict[str, Language] = {}


@dataclass
class Language:
    code: str  # ISO 639-1, as in the `lang` field of articles and gold files
    name: str  # English name, as lingua spells it (e.g. "FRENCH")
    model: str  # importable spaCy pipeline package
    lexicon: dict[str, Any] = field(default_factory=dict)  # turnover/lang/<code>.json
    hooks: Any = None  # the language module itself, for language-specific rules


def register(language: Language) -> None:
    _REGISTRY[language.code] = language


def load_lexicon(code: str) -> dict[str, Any]:
    return json.loads((Path(__file__).parent / f"{code}.json").read_text(encoding="utf-8"))


@cache
def _load_all() -> None:
    for module in LANGUAGE_MODULES:
        importlib.import_module(module)


def get(code: str) -> Language:
    _load_all()
    try:
        return _REGISTRY[code]
    except KeyError:
        raise KeyError(
            f"unsupported language {code!r}: turnover knows {', '.join(supported())}"
        ) from None


def supported() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)
