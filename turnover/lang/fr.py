"""French: lexicon in fr.json, rules shared with the other languages in turnover.extract."""

from turnover.lang import Language, load_lexicon, register

register(Language(code="fr", name="FRENCH", model="fr_core_news_md", lexicon=load_lexicon("fr")))
