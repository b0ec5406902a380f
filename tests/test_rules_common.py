"""Rules across both languages, and the name and sentence handling under them."""

from __future__ import annotations

import pytest
from rules_helpers import events, facts

from turnover.extract import Extractor
from turnover.extract.rules import rules_for


def test_a_company_called_so_is_the_one_founded(shared_extractor: Extractor) -> None:
    got = facts(events(shared_extractor, "Paul Grant has co-founded a new company called "
                                         "Lumio.", "en"))
    assert got == {("Paul Grant", "start", "found", "Lumio")}
    got = facts(events(shared_extractor, "Hugo Marchal a fondé en 2019 une entreprise "
                                         "baptisée Vegetis.", "fr"))
    assert got == {("Hugo Marchal", "start", "found", "Vegetis")}


def test_a_founding_by_unnamed_people_is_nobody_s(shared_extractor: Extractor) -> None:
    text = "Paul Grant joined Vegetis, which was founded by former employees of Vexa."
    assert {m.action for m in events(shared_extractor, text, "en")} == {"join"}
    (found,) = events(shared_extractor, "Vegetis, fondée en 2018 par Maya Chen, emploie vingt "
                                        "personnes.", "fr")
    assert (found.person, found.action) == ("Maya Chen", "found")


def test_a_pronoun_opening_what_someone_said_is_the_speaker(shared_extractor: Extractor) -> None:
    text = ("Paul Durand dirigeait l'équipe avec Marc Leroy. Jean Petit, qui travaillait avec "
            "Marc Leroy, a fait savoir qu'il démissionnait.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Jean Petit"}
    (planned,) = events(shared_extractor, "Jean Petit, who worked with Marc Leroy, said he "
                                          "would resign from Vexa.", "en")
    assert (planned.person, planned.status) == ("Jean Petit", "planned")


def test_the_retirement_age_and_a_threat_to_resign_are_no_change(
        shared_extractor: Extractor) -> None:
    for text in ("Le gouvernement envisage un recul de l'âge de départ à la retraite, a indiqué "
                 "le ministre Paul Durand.",
                 "Le député Paul Durand menace de démissionner s'il doit licencier son épouse.",
                 "Le président du club menace Paul Durand de licenciement après six défaites."):
        assert events(shared_extractor, text, "fr") == [], text
    assert events(shared_extractor, "Paul Grant threatened to resign from Vexa.", "en") == []


def test_about_to_resign_is_planned(shared_extractor: Extractor) -> None:
    (fr,) = events(shared_extractor, "Jean-Claude Marly est sur le point de démissionner.", "fr")
    (en,) = events(shared_extractor, "Paul Grant is about to resign from Vexa.", "en")
    assert (fr.status, en.status) == ("planned", "planned")


def test_a_case_of_resignation_or_leaving_a_desk_is_no_change(
        shared_extractor: Extractor) -> None:
    for text in ("Indemnités chômage en cas de démission : la promesse de Paul Durand tarde.",
                 "Dernier à l'écran, Sébastien Cauvet a préféré quitter lui aussi son pupitre."):
        assert events(shared_extractor, text, "fr") == [], text
    assert events(shared_extractor, "In the event of a resignation, Paul Grant would lose his "
                                    "bonus.", "en") == []


def test_a_one_letter_title_needs_its_period() -> None:
    from turnover.extract.names import clean_name
    assert clean_name("M. Dupont", {"m", "mme"}) == "Dupont"
    assert clean_name("M Pokora", {"m", "mme"}) == "M Pokora"  # a stage name


@pytest.mark.parametrize(("lang", "text", "ents", "org"), [
    # NER runs an organization on into the co-founder named with it
    ("en", "Omar Haddad spoke. Petra Lind co-founded Quillon with Haddad.",
     [(0, 2, "PERSON"), (4, 6, "PERSON"), (9, 12, "ORG")], "Quillon"),
    # a name particle is part of the person's name, cut before the full name elsewhere
    ("fr", "François de Rugy a parlé. Elle dirigeait la Transition écologique François de Rugy.",
     [(0, 3, "PER"), (9, 14, "ORG")], "Transition écologique"),
])
def test_an_organization_ends_before_a_person_ner_ran_it_into(
        lang: str, text: str, ents: list[tuple[int, int, str]], org: str) -> None:
    from spacy.tokens import Span

    from turnover.extract.inventory import build_inventory
    from turnover.extract.nlp import pipeline
    from turnover.extract.rules import rules_for
    doc = pipeline(lang)(text)
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    inventory = build_inventory(text, list(doc.sents), rules_for(lang))
    assert org in inventory.orgs and not any(o.startswith(org + " ") for o in inventory.orgs)


def test_a_founder_title_is_the_role_of_the_founding_only(shared_extractor: Extractor) -> None:
    found = events(shared_extractor, "Greg Lorne, Norland Robotics' president and co-founder, "
                                     "quit on Friday.", "en")
    assert {(m.action, m.org, m.role) for m in found} == {
        ("found", "Norland Robotics", None), ("resign", "Norland Robotics", "president")}
    text = ("Ilya Morin, cofondateur et directeur scientifique de la société Vexal, quitte le "
            "groupe.")
    assert ("Ilya Morin", "start", "found", "Vexal") in facts(events(shared_extractor, text, "fr"))


def test_a_name_loses_the_sentence_end_glued_to_it() -> None:
    from turnover.extract.names import clean_name
    # OrangeSum bodies drop the space after a full stop: "... de l'UE.David Sassoli est né"
    assert clean_name("UE.Marco Bellini", set()) == "Marco Bellini"
    assert clean_name("conseil.Anne Roux", set()) == "Anne Roux"
    assert clean_name("P.J. Carlesimo", set()) == "P.J. Carlesimo"  # initials stay
    # and a quotation closing before it: a headline's word in quotes, then the name
    assert clean_name('"MENTEUR"Paul Roux', set()) == "Paul Roux"


def test_a_french_question_mark_glued_to_the_next_sentence() -> None:
    from turnover.extract.prefilter import split_sentences
    text = "QUI POUR LE REMPLACER ?Selon le site, Claire Fabre est pressentie."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "QUI POUR LE REMPLACER ?", "Selon le site, Claire Fabre est pressentie."]


def test_a_full_stop_after_a_capital_before_a_quote_ends_the_sentence() -> None:
    from turnover.extract.prefilter import split_sentences
    text = "Paul Verdier, le fondateur de SpaceX.\"Le trampoline fonctionne\", a-t-il dit."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Paul Verdier, le fondateur de SpaceX.", "\"Le trampoline fonctionne\", a-t-il dit."]


def test_a_preposition_before_an_organization_s_name_is_no_part_of_it() -> None:
    from turnover.extract.names import Inventory
    inv = Inventory("")
    for name in ("à Matignon", "chez Vandor", "at Helio Systems"):
        inv.add_org(name)
    assert set(inv.orgs) == {"Matignon", "Vandor", "Helio Systems"}


def test_the_start_of_a_glued_quotation_is_no_part_of_an_organization_s_name() -> None:
    from turnover.extract.names import Inventory
    inv = Inventory("")
    inv.add_org('Vandor."C')
    assert set(inv.orgs) == {"Vandor"}


def test_a_list_s_bullet_glued_after_a_stop_is_no_part_of_an_organization_s_name() -> None:
    from turnover.extract.names import Inventory
    inv = Inventory("")
    for name in ("PS.-", "Renouveau.•", "Saint-Denis"):
        inv.add_org(name)
    assert set(inv.orgs) == {"PS", "Renouveau", "Saint-Denis"}


def test_a_former_affiliation_after_an_organization_is_no_part_of_its_name() -> None:
    # NER runs "députée UDR ex-PRV" into one entity: the party left is not the party's name
    from turnover.extract.names import Inventory
    inv = Inventory("")
    inv.add_org("UDR ex-PRV")
    assert set(inv.orgs) == {"UDR"}


def test_the_start_of_a_glued_sentence_is_no_part_of_a_name() -> None:
    from turnover.extract.names import clean_name
    assert clean_name('Pierre Dupré.-"En', set()) == "Pierre Dupré"
    assert clean_name("J.-P. Dupont", set()) == "J.-P. Dupont"



@pytest.mark.parametrize(("code", "sentence", "role", "country"), [
    ("fr", "Le Premier ministre italien Paul Girard a démissionné.", "premier ministre", "Italie"),
    ("fr", "La présidente de la Moldavie, Anne Rusu, a démissionné.", "présidente", "Moldavie"),
    ("fr", "Le président de l'Autriche a démissionné.", "président", "Autriche"),
    ("fr", "Le Premier ministre Paul Girard a reçu l'ambassadeur italien.", "premier ministre",
     None),
    ("en", "The President of Moldova, Ann Rusu, resigned.", "president", "Moldova"),
])
def test_the_country_a_national_title_names(code: str, sentence: str, role: str,
                                            country: str | None) -> None:
    assert rules_for(code).country_of_title(sentence, role) == country


def test_a_surname_s_fullest_form_drops_the_titles_before_it() -> None:
    from turnover.extract.names import Inventory
    from turnover.extract.rules import rules_for
    text = "The protest was a blow to Prime Minister Tom Reyes's plans. Reyes took office."
    inv = Inventory(text, titles=rules_for("en").titles)
    assert inv.full_person("Reyes") == "Tom Reyes"


def test_a_name_is_not_expanded_into_a_lowercase_phrase_that_only_mentions_it() -> None:
    # an entity the recogniser ran from a lowercase noun ("l'affaire des Mutuelles Armor", "la
    # métropole de Lyon"): not the fullest form of the name it mentions
    from turnover.extract.names import Inventory
    inv = Inventory("")
    inv.orgs["affaire des Mutuelles Armor"] += 1
    inv.add_org("Mutuelles Armor")
    assert inv.full_org("Mutuelles Armor") == "Mutuelles Armor"


def test_an_organization_run_on_by_a_person_s_name_is_not_its_fullest_form() -> None:
    # NER runs a party into the name of the one whose title it is ("du Parti radical Hélène
    # Garnier"), cutting anywhere; the article names her without her given name elsewhere
    from turnover.extract.names import Inventory
    text = ("La présidente du Parti radical Hélène Garnier était à Dax. Mme Garnier a parlé. "
            "Le Fonds Hélène Marsan paie.")
    inv = Inventory(text)
    for name in ("Parti radical Hélène", "Parti radical", "Fonds Hélène Marsan", "Fonds"):
        inv.add_org(name)
    assert inv.full_org("Parti radical") == "Parti radical"
    assert inv.full_org("Fonds") == "Fonds Hélène Marsan"  # a founder's name, said only there


def test_a_party_s_acronym_before_a_name_is_no_part_of_it() -> None:
    from turnover.extract.names import clean_name
    assert clean_name("RN Paul Roux", set()) == "Paul Roux"
    assert clean_name("JR Smith", set()) == "JR Smith"  # a nickname
    assert clean_name("ACB Data Systems", set()) == "ACB Data Systems"  # a firm


def test_a_name_is_never_split_at_its_particle() -> None:
    # ("le ticket von der Leyen/Lagarde" made "der Leyen" commoner in the text than the full
    # name, which was split into two people, "Ursula von" and "der Leyen")
    import spacy
    from spacy.tokens import Doc

    from turnover.extract.inventory import name_spans
    words = ["Anna", "van", "der", "Berg", "arrive", "."]
    doc = Doc(spacy.blank("fr").vocab, words=words,
              ents=["B-PER", "I-PER", "I-PER", "I-PER", "O", "O"])
    text = "Anna van der Berg arrive. Le duo van der Berg/Morel plaît, van der Berg sourit."
    assert name_spans(doc.ents[0], text, rules_for("fr")) == [(0, 4)]
