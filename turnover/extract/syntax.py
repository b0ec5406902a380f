"""Reading spaCy's parse: small questions about tokens and docs that the extract rules ask
(is this verb passive, which token is at this offset, is this word capitalised...), and how a
run of sentences is handed to the parser."""

from __future__ import annotations

import itertools
import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from turnover.extract.rules import Rules, Trigger


def with_sentences(nlp: Language, text: str, spans: list[tuple[int, int]],
                    run: tuple[int, int]) -> Doc:
    """The run of sentences [first, last] tokenized, each of our sentences marked as one, so
    that the parser attaches no word across them (a headline without a full stop is not the
    subject of the next sentence) while each word still sees its neighbours."""
    first, last = run
    offset = spans[first][0]
    piece = text[offset:spans[last][1]]
    doc = nlp.make_doc(piece)
    starts = {s - offset for s, _ in spans[first:last + 1]}
    idx = doc.to_array(IDX).tolist()
    if len(doc) and not starts <= set(idx):
        doc = _split_at(nlp, doc, starts)
        idx = doc.to_array(IDX).tolist()
    # the tokenizer keeps every character: the doc's text is the piece (see `text_of`)
    doc.user_data["text"] = piece
    if not len(doc):
        return doc
    # set in one array: token by token, spaCy checks the doc's annotation at every token
    # (as long as the rest of the parse of a whole article)
    marks = numpy.array([1 if i in starts else -1 for i in idx],
                        dtype="int64")  # (3x faster than numpy.isin on a few starts)
    marks[0] = 1
    doc.from_array([SENT_START], marks.astype("uint64"))  # -1 (not a start) as spaCy stores it
    return doc


def _split_at(nlp: Language, doc: Doc, starts: set[int]) -> Doc:
    """The doc again, its tokens cut where a sentence starts inside one: a heading glued to
    the next sentence ("Paul MercierLe député ...") is one token for the tokenizer, which
    would hide the name from the recogniser and join the two sentences in the parse."""
    words: list[str] = []
    spaces: list[bool] = []
    for tok in doc:
        cuts = sorted(c - tok.idx for c in starts if tok.idx < c < tok.idx + len(tok.text))
        if not cuts:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            continue
        bounds = [0, *cuts, len(tok.text)]
        for lo, hi in itertools.pairwise(bounds):
            for part in nlp.make_doc(tok.text[lo:hi]):
                words.append(part.text)
                spaces.append(bool(part.whitespace_))
        spaces[-1] = bool(tok.whitespace_)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def verb_between(tok: Token, first: Token, last: Token) -> bool:
    """A verb on the way up from `tok` to the trigger (its tokens `first` to `last`), or the
    trigger not above it: `tok` belongs to another clause ("co-founder who joined Vexal")."""
    while not first.i <= tok.i <= last.i:
        if tok.head == tok:
            return True
        tok = tok.head
        if not first.i <= tok.i <= last.i and tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins every token again at each `doc.text`, which
    made the rules quadratic in the length of the parsed text."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def token_at(span: Span, char: int) -> Token | None:
    for tok in span:
        if tok.idx <= char < tok.idx + max(1, len(tok.text)):
            return tok
        if tok.idx > char:
            return tok
    return None


def capitalised(tok: Token) -> bool:
    """A word that can start a name: capitalised, or a number glued to letters ("76ers"),
    but not an ordinal ("21st", "3e"). A word of a sentence read for its names only has no
    part of speech: its shape decides."""
    numbered = tok.text[:1].isdigit() and tok.text[-1:].isalpha() and not re.fullmatch(
        r"\d+(?:st|nd|rd|th|e|er|ère|ème|eme)", tok.text, re.IGNORECASE)
    return (tok.text[:1].isupper() or numbered) and not tok.is_punct and tok.pos_ in (
        "PROPN", "NOUN", "ADJ", "X", "NUM", "")


def capitalised_pronoun(tok: Token) -> bool:
    """A capitalised pronoun continuing a capitalised run is part of a name: "Doctor Who"."""
    return tok.pos_ == "PRON" and tok.text[:1].isupper() and tok.text != "I"


def other_clause(org: Span, trig: Token, triggers: list[Trigger]) -> bool:
    """The organization hangs from another verb than the trigger's chain ("X, who coached the
    Y, was fired by the Z": not Y for the firing; "left to join Y": not Y for the leaving)."""
    chain = {a.i for a in trig.ancestors} | {trig.i}

    def apart(tok: Token) -> bool:
        while tok.i not in chain:
            if tok.head == tok:
                return True  # another tree: another sentence of the parsed chunk
            # the task of the post stays ("nominated X to lead the Y"), not a change of its
            # own ("left to join the Y")
            if tok.head.i not in chain and tok.head.pos_ in ("VERB", "AUX") and not (
                    tok.head.dep_ == "xcomp" and tok.head.head.i in chain
                    and not any(t.regex.match(tok.head.text) for t in triggers)):
                return True
            tok = tok.head
        return False

    # any word of the name will do: the parser may split a name ("Doctor Who"); never a
    # quote around it, which the parser may hang anywhere
    return all(apart(tok) for tok in org if not tok.is_punct)


def reacts_to(tok: Token, trig: Token, rules: Rules) -> bool:
    """The name at `tok` is the subject of a clause a change is only the time of, inside
    another noun ("Dès l'annonce de la nomination de X, l'USM a dénoncé ...", "Peu après
    l'annonce de la nomination, Y a appelé ..."): it reacts to the change, it is not in it."""
    deps = rules.deps
    while tok.dep_ in deps["appos"] and tok.head != tok:  # "l'Union ... (USM)"
        tok = tok.head
    if tok.dep_ not in deps["subj"]:
        return False
    top = trig
    while top.head != top and top.head != tok.head:
        top = top.head
    return top.head == tok.head and trig.pos_ == "NOUN" and trig.head == top != trig and any(
        c.dep_ == "case" and c.lower_ in rules.time_preps for c in top.children)


def without_object(verb: Token, deps: dict[str, set[str]]) -> bool:
    """An active verb whose subject is a name or a pronoun and which has no object, nor its
    conjuncts ("he fired twice"; but "X was fired", "the coach fired this season")."""
    subjects = [c for c in verb.children if c.dep_ in deps["subj"]]
    if len(subjects) > 1 and subjects[0].i < verb.i < subjects[-1].i:
        return False  # "le conseil a désigné Hugo Lenoir": a second "subject" is its object
    if subjects and subjects[0].i > verb.i and "Part" in verb.morph.get("VerbForm"):
        return False  # "en nommant X": a participle's "subject" after it is its object
    return verb.pos_ == "VERB" and not is_passive(verb, deps) and any(
        c.pos_ in ("PRON", "PROPN") for c in subjects
    ) and not any(c.dep_ in deps["obj"] | {"ccomp", "xcomp", "oprd"}
                  for v in [verb, *verb.conjuncts] for c in v.children)


def clause_of(tok: Token, deps: set[str]) -> Token | None:
    """The head of the nearest clause of one of the `deps` ("relcl", "advcl") `tok` is in,
    itself included; None when none."""
    return next((a for a in (tok, *tok.ancestors) if a.dep_ in deps), None)


def complement(tok: Token, deps: dict[str, set[str]]) -> bool:
    """A complement of a noun with a preposition or a possessive ("de Y", "to Y", "Y's")."""
    return tok.dep_ in deps["poss"] or tok.dep_ == "prep" or any(
        c.dep_ == "case" for c in tok.children)


def indefinite(tok: Token) -> bool:
    """A noun introduced by an indefinite article ("un adjoint", "une élue", "a manager"):
    someone the text does not name."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and "Ind" in c.morph.get("Definite")
                                      for c in tok.children)


def misread_relative(tok: Token, deps: dict[str, set[str]]) -> bool:
    """A past tense the parser read as a participle describing the name before it: "The
    Comets named Tom Wexler coach" parsed as "the Comets (that were) named ...". A participle
    hung on a proper name whose object holds another proper name is that name's verb, the
    one before it its subject (a passive participle takes no named object)."""
    if tok.dep_ not in deps.get("reduced_relative", ()) or tok.head.pos_ != "PROPN" or \
            tok.head.i > tok.i or any(c.dep_ == "agent" or c.dep_.startswith("aux")
                                      for c in tok.children):
        return False
    return any(c.dep_ in deps["obj"] and (c.pos_ == "PROPN" or any(
        g.pos_ == "PROPN" and g.dep_ in deps["appos"] for g in c.children))
               for c in tok.children)


def is_passive(tok: Token, deps: dict[str, set[str]]) -> bool:
    if "Pass" in tok.morph.get("Voice"):
        # (but "qu'elle n'a pas nommé": a tense's auxiliary and an active subject, maybe hung
        # on the auxiliary, no passive's auxiliary, whatever the tagger's voice; "a été élu"
        # may have its "été" taken for a copula)
        auxes = [c for c in tok.children if c.dep_.startswith("aux")]
        subjects = [c for w in (tok, *auxes) for c in w.children
                    if c.dep_ in deps["subj"] and c.dep_ not in deps["passive_subj"]]
        return not (auxes and subjects and not any(
            c.dep_ in deps["passive_aux"] or c.dep_ in deps["passive_subj"] or c.dep_ == "cop"
            for c in tok.children))
    if any(c.dep_ == "agent" for c in tok.children):  # "ousted by a revolution"
        return True
    if tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and \
            "Past" in tok.morph.get("Tense") and not any(c.dep_.startswith("aux")
                                                         for c in tok.children) and \
            not misread_relative(tok, deps) and not (
                any(c.dep_ in deps["subj"] and c.dep_ not in deps["passive_subj"]
                    for c in tok.children) and any(
                    c.dep_ in deps["obj"] and c.pos_ == "PROPN" and c.ent_type_
                    for c in tok.children)):
        # "X fled the country, ousted by ...", "X, remplacé par Y", "a coach fired by", and
        # a headline's bare participle: "PSG : X limogé", "X nommé directeur général" (but a
        # subject and a named object make a past tense the tagger misread: "The Lakers named
        # X as coach")
        return True
    return any(c.dep_ in deps["passive_aux"] or c.dep_ in deps["passive_subj"]
               for c in tok.children)


def name_below(tok: Token, people: list[tuple[int, int, str]],
                skip: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The name inside the subtree of `tok` closest to it ("le PDG Jean Dupont", "CNN
    reporter Dr. Sanjay Gupta"), leaving out the subtrees of children labelled `skip`."""
    hidden = {t.i for c in tok.children if c.dep_ in skip for t in c.subtree}
    inside = [(abs(s - tok.i), name) for s, e, name in people
              if tok.left_edge.i <= s and e - 1 <= tok.right_edge.i and s not in hidden]
    return min(inside)[1] if inside else None


def quoted(span: Span, closed: bool = False) -> set[int]:
    """The indices of the tokens inside the span's quotations («...», “...”, "..."); with
    `closed`, of those that close in the span (a quotation glued to the next word,
    '"surprise"Cette', may never seem to)."""
    inside, found, current = False, set(), set()
    for tok in span:
        if tok.text in ("«", "“") or (tok.text == '"' and not inside):
            inside = True
        elif tok.text in ("»", "”", '"'):
            inside = False
            found |= current
            current = set()
        elif inside:
            current.add(tok.i)
    return found if closed else found | current


def preposition(tok: Token) -> str | None:
    """The preposition a complement opens with: the token itself in English parses ("to" →
    "the president"), its "case" child in Universal Dependencies ones ("au")."""
    if tok.pos_ == "ADP":
        return tok.lower_
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), None)


def split_after_preposition(doc: Doc, start: int, end: int) -> bool:
    """The name doc[start:end] follows a preposition hung on one of its words: the parser split
    it ("le parti de Marie | Le Roux"), and its other words are no apposition."""
    return any(c.dep_ == "case" and c.i < start for k in doc[start:end] for c in k.children)


def after_bare_participle(verb: Token, stop: set[str]) -> Span | None:
    """The prepositions, articles and proper nouns right after a participle with no
    auxiliary ("élu | de Valbourg Paul X | a salué"), up to one of `stop` (an agent's
    preposition); None for any other verb. A title's phrase the parser cut at the
    participle goes on there, to the name the title belongs to."""
    if "Part" not in verb.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") for c in verb.children):
        return None
    k = verb.i + 1
    while k < len(verb.doc) and verb.doc[k].pos_ in ("ADP", "DET", "PROPN") and \
            verb.doc[k].lower_ not in stop:
        k += 1
    return verb.doc[verb.i + 1:k]
