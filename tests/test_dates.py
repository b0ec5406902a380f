"""Date phrases of French and English news resolved against the publication date.

Every case is published on Wednesday 15 May 2024: "mercredi" is that day, "lundi" the 13th,
"last month" April. A phrase without a year resolves to the nearest such date; `ahead` and
`behind` hold the readings the extractor takes when the sentence speaks of the future ("will
step down in January") or, well ahead of the publication, of the past ("a démissionné le 12
novembre").
"""

from __future__ import annotations

from datetime import date

import pytest

from turnover.extract import Extractor
from turnover.extract.dates import DateMention, parse_published
from turnover.extract.rules import rules_for
from turnover.model import Article

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def found(code: str, sentence: str, published: date | None = PUBLISHED) -> list[DateMention]:
    return rules_for(code).dates.find(sentence, published)


def only(code: str, sentence: str) -> DateMention:
    dates = found(code, sentence)
    assert len(dates) == 1, dates
    return dates[0]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Il a quitté le groupe en novembre 2023.", "novembre 2023", "2023-11"),
        ("Elle a été nommée le 1er mars 2022.", "1er mars 2022", "2022-03-01"),
        ("Il partira le 3 juillet.", "3 juillet", "2024-07-03"),
        ("Il a démissionné mercredi.", "mercredi", "2024-05-15"),
        ("Elle a démissionné lundi.", "lundi", "2024-05-13"),
        ("Il est parti vendredi dernier.", "vendredi dernier", "2024-05-10"),
        ("Il partira vendredi prochain.", "vendredi prochain", "2024-05-17"),
        ("Il a été limogé il y a presque un an.", "il y a presque un an", "2023"),
        ("Il a quitté l'entreprise il y a deux ans.", "il y a deux ans", "2022"),
        ("Il a quitté le club il y a tout juste 12 ans.", "il y a tout juste 12 ans", "2012"),
        ("Il a démissionné il y a trois semaines.", "il y a trois semaines", "2024-04"),
        ("Il a démissionné il y a un mois.", "il y a un mois", "2024-04"),
        ("Il a été nommé fin 2023.", "fin 2023", "2023"),
        ("Il a été élu début 2020.", "début 2020", "2020"),
        ("Il a démissionné en 2019.", "en 2019", "2019"),
        ("Il a quitté le groupe au printemps 2021.", "au printemps 2021", "2021"),
        ("Il a quitté ses fonctions hier.", "hier", "2024-05-14"),
        ("Il est arrivé le mois dernier.", "le mois dernier", "2024-04"),
        ("Il partira le mois prochain.", "le mois prochain", "2024-06"),
        ("Il a été nommé l'an dernier.", "l'an dernier", "2023"),
        ("Il part à la mi-juin.", "mi-juin", "2024-06"),
        ("Il quittera ses fonctions à la fin du mois de juin.", "fin du mois de juin", "2024-06"),
        ("Il partira fin août.", "fin août", "2024-08"),
        ("Il a démissionné le 5 janv. 2024.", "5 janv. 2024", "2024-01-05"),
        ("Il partira d'ici la fin de l'année.", "fin de l'année", "2024"),
        ("Il a été nommé en mars de l'année dernière.", "en mars de l'année dernière",
         "2023-03"),
        ("Il a été élu en fin d'année dernière.", "d'année dernière", "2023"),
        ("Il partira en début d'année prochaine.", "d'année prochaine", "2025"),
    ],
)
def test_french(sentence: str, phrase: str, value: str) -> None:
    d = only("fr", sentence)
    assert (sentence[d.start:d.end], d.value) == (phrase, value)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("He left last month.", "last month", "2024-04"),
        ("She resigned on Tuesday.", "Tuesday", "2024-05-14"),
        ("She resigned Wednesday.", "Wednesday", "2024-05-15"),
        ("He left last Friday.", "last Friday", "2024-05-10"),
        ("He will leave next Friday.", "next Friday", "2024-05-17"),
        ("He was hired in March 2019.", "March 2019", "2019-03"),
        ("He was appointed on March 3, 2020.", "March 3, 2020", "2020-03-03"),
        ("He was appointed on 3 March 2020.", "3 March 2020", "2020-03-03"),
        ("He was fired two years ago.", "two years ago", "2022"),
        ("He stepped down three weeks ago.", "three weeks ago", "2024-04"),
        ("She stepped down yesterday.", "yesterday", "2024-05-14"),
        ("He took over in 2021.", "in 2021", "2021"),
        ("He was named CEO in late 2023.", "late 2023", "2023"),
        ("He joined Google in mid-2022.", "mid-2022", "2022"),
        ("He will retire in June.", "in June", "2024-06"),
        ("He resigned earlier this month.", "this month", "2024-05"),
        ("She quit last week.", "last week", "2024-05"),
        ("He was ousted last year.", "last year", "2023"),
        ("He will step down at the end of the year.", "end of the year", "2024"),
        ("He left in the spring of 2021.", "of 2021", "2021"),
        ("He will retire in March of next year.", "in March of next year", "2025-03"),
    ],
)
def test_english(sentence: str, phrase: str, value: str) -> None:
    d = only("en", sentence)
    assert (sentence[d.start:d.end], d.value) == (phrase, value)


@pytest.mark.parametrize(
    ("code", "sentence", "value", "ahead", "behind"),
    [
        # a date without a year: the nearest one, and the readings for either tense
        ("fr", "Il partira le 31 décembre.", "2023-12-31", "2024-12-31", None),
        ("fr", "Il a démissionné le 12 novembre.", "2024-11-12", None, "2023-11-12"),
        ("fr", "Il est parti en janvier.", "2024-01", "2025-01", None),
        ("en", "He resigned on Nov. 3.", "2024-11-03", None, "2023-11-03"),
        ("en", "He joined in January.", "2024-01", "2025-01", None),
        # close ahead, a past tense may give the date a change takes effect, where the
        # sentence says so: no "behind"; else the last one
        ("en", "It appointed him, effective June 1.", "2024-06-01", None, None),
        ("fr", "Elle a été nommée à compter du 1er juin.", "2024-06-01", None, None),
        ("fr", "Il a démissionné le 1er juin.", "2024-06-01", None, "2023-06-01"),
        ("en", "He resigned on June 1.", "2024-06-01", None, "2023-06-01"),
        ("en", "She resigned on Monday.", "2024-05-13", "2024-05-20", None),
        # a year, a weekday named "last", "next", "dernier" or "prochain": one reading only
        ("fr", "Il a été nommé le 1er mars 2022.", "2022-03-01", None, None),
        ("en", "He left last Monday.", "2024-05-13", None, None),
    ],
)
def test_readings_for_the_future_and_the_past(code: str, sentence: str, value: str,
                                              ahead: str | None, behind: str | None) -> None:
    d = only(code, sentence)
    assert (d.value, d.ahead, d.behind) == (value, ahead, behind)


@pytest.mark.parametrize(
    ("code", "sentence", "value"),
    [
        # a month marked as the past or the coming one: the last or the next such date, one
        # reading only, whatever the tense
        ("fr", "Il a démissionné le 3 juillet dernier.", "2023-07-03"),
        ("fr", "Elle avait quitté le parti en septembre dernier.", "2023-09"),
        ("fr", "Sa démission prendra effet en mars prochain.", "2025-03"),
        ("en", "She was hired last September.", "2023-09"),
        ("en", "He will retire next March.", "2025-03"),
    ],
)
def test_a_month_said_to_be_past_or_coming(code: str, sentence: str, value: str) -> None:
    d = only(code, sentence)
    assert (d.value, d.ahead, d.behind) == (value, None, None)


def test_several_dates_in_order() -> None:
    sentence = "Nommé en février 2023, il a pris ses fonctions le 1er mars 2023."
    assert [d.value for d in found("fr", sentence)] == ["2023-02", "2023-03-01"]


def test_without_a_publication_date_only_absolute_dates() -> None:
    assert [d.value for d in found("fr", "Il est parti en novembre 2023.", None)] == ["2023-11"]
    assert found("fr", "Il est parti mercredi.", None) == []
    assert found("fr", "Il partira le 3 juillet.", None) == []  # the year is unknown
    assert found("en", "He left last month.", None) == []


def test_no_date_in_ordinary_words() -> None:
    assert found("en", "The mayor may step down.") == []
    assert found("fr", "Il a démissionné de son mandat.") == []


def test_date_words() -> None:
    fr, en = rules_for("fr").dates, rules_for("en").dates
    assert fr.is_date_word("Samedi") and fr.is_date_word("janv.") and fr.is_date_word("mars")
    assert en.is_date_word("Saturday") and en.is_date_word("Sept.")
    assert not en.is_date_word("Google") and not fr.is_date_word("Renault")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-05-15", date(2024, 5, 15)), ("2024-05-15T10:30:00Z", date(2024, 5, 15)),
     (None, None), ("", None), ("le 15 mai", None)],
)
def test_parse_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


# -- the readings the extractor takes, from the tense of the sentence --------------------------
@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("code", "text", "when"),
    [
        ("fr", "Pierre Lemaire quittera la présidence du groupe Valmont en janvier.", "2025-01"),
        ("fr", "Pierre Lemaire a démissionné le 12 novembre de la présidence du groupe Valmont.",
         "2023-11-12"),
        ("en", "Laura Finch will step down as chief executive of Brightwater Energy on Monday.",
         "2024-05-20"),
        ("en", "Harbor Bank has appointed Michael Osei as chief risk officer, effective June 1.",
         "2024-06-01"),
        ("en", "John Hale resigned as chief financial officer of Acme Freight on Monday.",
         "2024-05-13"),
        # a planned change dated only by its announcement: the announcement's date, past
        ("fr", "Depuis que Pierre Lemaire a annoncé fin avril son intention de quitter la "
         "présidence du groupe Valmont, les candidats se pressent.", "2024-04"),
        # a change noun takes the tense of the verb it hangs on
        ("fr", "Un rapport accablant avait précipité la démission de Pierre Lemaire en "
         "septembre.", "2023-09"),
        # an infinitive has no tense: "dernier" says which November
        ("fr", "Le scandale révélé en novembre dernier a forcé Pierre Lemaire à quitter la "
         "présidence du groupe Valmont.", "2023-11"),
    ],
)
def test_events_take_the_reading_of_their_tense(extractor: Extractor, code: str, text: str,
                                                when: str) -> None:
    mentions = extractor.extract(Article(text=text, lang=code, published=PUBLISHED.isoformat()))
    assert [m.when for m in mentions] == [when], [m.to_dict(with_evidence=False) for m in mentions]


def test_that_year_is_no_date_of_the_publication() -> None:
    assert found("fr", "Cette année-là, il quitte la présidence du club.") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Paul Roux, né à Brest en 1947, a démissionné."),
    ("fr", "Anne Morel (née le 3 mai 1961) a quitté Orvan."),
    ("en", "Paul Stone, born in Ohio in 1950, resigned."),
])
def test_a_date_of_birth_is_no_date(lang: str, text: str) -> None:
    assert not found(lang, text)
