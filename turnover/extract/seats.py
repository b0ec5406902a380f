"""Elected seats: the organization of a seat's change is its district ("député de la Somme",
"la 1re circonscription du Haut-Rhin", the district a clause about its seat follows, the
district named shortly before). A post kept while another is given up ("son mandat de maire de
Barentin") is set apart in orgs.py, beside former posts."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from turnover.extract.context import ArticleContext
from turnover.extract.syntax import text_of


class SeatRules(ArticleContext):
    """The district of an elected seat, and the clause that tells a change of it."""

    def _seat_title(self, role_text: str) -> bool:
        """The title is an elected seat's whose organization is its district ("député")."""
        seats = self.rules.seats
        return bool(seats and role_text and seats.roles.fullmatch(role_text.strip()))

    def _seat_org(self, span: Span, role_pos: tuple[int, int] | None,
                  orgs: list[tuple[int, int, str, bool]]) -> str | None:
        """The organization of a seat whose sentence names no district: the place after the
        title ("député de la Somme"), else the one place the sentence sets something in ("à
        la Réunion"), else the district the text named last within the two
        sentences before ("Dans la 5e circonscription de Seine-Maritime, X arrive en tête.
        ... X est en bonne position pour succéder au député PS Y"), else none (a party by the
        name is the person's colour, a town nearby another post's)."""
        doc = span.doc
        if role_pos is not None:
            for o in orgs:
                if 0 < o[0] - role_pos[1] <= 3 and all(
                        doc[k].lower_ in self.rules.org_preps | self.rules.determiners
                        for k in range(role_pos[1] + 1, o[0])):
                    return o[2]
        places = {o[2] for o in orgs if doc[o[0]].ent_type_ in self.rules.place_labels
                  and self._after_place_prep(span, o[0])}
        if len(places) == 1:  # "X, à la Réunion, a démissionné de son siège de députée"
            return places.pop()
        if self.rules.seats is None:
            return None
        text = self.article.text
        start = self.sentence_start  # the article's offset of the sentence being read
        last = None
        for d in self.rules.seats.district.finditer(text, 0, max(0, start)):
            last = d
        if last is None or len(re.findall(r"[.!?](?=\s*[A-ZÀ-Ý])", text[last.end():start])) > 2:
            return None
        return " ".join(last.group(0).split())

    def _after_place_prep(self, span: Span, first: int) -> bool:
        """The name starting at token `first` follows a place preposition ("à la Réunion",
        "dans le Maine-et-Loire"): where something is, not the complement of a title."""
        doc, k = span.doc, first - 1
        while k > span.start and doc[k].lower_ in self.rules.determiners:
            k -= 1
        return k >= span.start and (doc[k].lower_ in self.rules.place_preps
                                    or doc[k].lower_ in self.rules.contractions
                                    and doc[k].lower_ not in self.rules.org_preps)

    def _seat_district(self, trig: Token, span: Span, role_text: str) -> str | None:
        """The district of an elected seat as the sentence writes it ("la 1re circonscription
        du Haut-Rhin"), for a change whose title is that seat's ("député"); the nearest to the
        trigger where the sentence names several."""
        if self.rules.seats is None or not self._seat_title(role_text):
            return None
        district = self.rules.seats.district
        sentence = text_of(span.doc)[span.start_char:span.end_char]
        at = trig.idx - span.start_char
        found = min(district.finditer(sentence), default=None,
                    key=lambda d: min(abs(d.start() - at), abs(d.end() - at)))
        return " ".join(found.group(0).split()) if found else None

    def seat_of_clause(self, trig: Token, span: Span) -> str | None:
        """The district a clause about its seat follows ("Dans la 11e circonscription des
        Yvelines, où X a démissionné"), where the trigger stands in that clause."""
        seats = self.rules.seats
        if seats is None or seats.where is None:
            return None
        district, where = seats.district, seats.where
        sentence = text_of(span.doc)[span.start_char:span.end_char]
        at = trig.idx - span.start_char
        for d in district.finditer(sentence):
            opened = where.match(sentence, d.end())
            if opened and opened.end() <= at and not re.search(r"[.;:]", sentence[d.end():at]):
                return " ".join(d.group(0).split())
        return None
