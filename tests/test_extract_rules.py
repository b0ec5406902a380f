"""The extractor's rules on sentence shapes written for these tests: each case is one behaviour
that the quality floors only measure in aggregate."""

from __future__ import annotations

import pytest

from turnover.extract import Extractor
from turnover.model import Article, Mention

PUBLISHED = "2024-05-15"


@pytest.fixture(scope="module")
def shared_extractor() -> Extractor:
    return Extractor()


def events(extractor: Extractor, text: str, lang: str) -> list[Mention]:
    return extractor.extract(Article(text=text, lang=lang, published=PUBLISHED))


def facts(mentions: list[Mention]) -> set[tuple[str, str, str, str | None]]:
    return {(m.person, m.kind, m.action, m.org) for m in mentions}


def test_national_post_belongs_to_the_country_named_in_the_title(
        shared_extractor: Extractor) -> None:
    text = ("Syrie : le président a limogé jeudi le Premier ministre Karim Haddad, a annoncé la "
            "présidence.")
    assert ("Karim Haddad", "end", "dismiss", "Syrie") in facts(
        events(shared_extractor, text, "fr"))


def test_english_national_post_keeps_the_country_as_written(shared_extractor: Extractor) -> None:
    text = "Regina Holt was named U.S. surgeon general on Monday."
    assert ("Regina Holt", "start", "appoint", "U.S.") in facts(
        events(shared_extractor, text, "en"))


def test_a_quoted_outlet_is_a_source_never_the_organization(
        shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Paul Girard a démissionné mardi, a-t-il confié au "
                                          "Parisien.", "fr")
    assert mention.person == "Paul Girard" and mention.org is None
    assert mention.sources == ["Parisien"]


def test_a_pronoun_takes_the_latest_person_of_its_gender(shared_extractor: Extractor) -> None:
    text = ("Marc Lefort, patron du groupe Vernier, a présenté Claire Dubois aux salariés. "
            "Il a démissionné mardi.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert people == {"Marc Lefort"}  # "il" is not Claire Dubois, though she is named last


def test_plural_possessive_gives_every_person_of_the_group(shared_extractor: Extractor) -> None:
    text = "Sibeth Ndiaye et Cédric Ortiz fêteront leur départ du cabinet de Renault."
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert people == {"Sibeth Ndiaye", "Cédric Ortiz"}


def test_a_name_where_organizations_stand_is_an_organization(
        shared_extractor: Extractor) -> None:
    text = "Jan Novak joins Anthropic after leaving Helix Robotics over strategy disagreements."
    found = facts(events(shared_extractor, text, "en"))
    assert ("Jan Novak", "start", "join", "Anthropic") in found
    assert ("Jan Novak", "end", "leave", "Helix Robotics") in found
    assert all(person != "Anthropic" for person, *_ in found)


def test_each_person_of_a_list_keeps_their_bracketed_organization(
        shared_extractor: Extractor) -> None:
    text = ("Reyes is the third manager fired this season, joining Tom Reyes (Denver), Ann Price "
            "(Austin) and Luis Ortega (Tampa).")
    found = facts(events(shared_extractor, text, "en"))
    assert {("Ann Price", "end", "dismiss", "Austin"),
            ("Luis Ortega", "end", "dismiss", "Tampa")} <= found


def test_the_person_succeeded_is_a_person_even_when_ner_misses_the_name(
        shared_extractor: Extractor) -> None:
    text = ("Le conseil de Vernier a choisi Emmett Carter comme directeur général. Il succède à "
            "Mira Lanski, qui assurait l'intérim.")
    found = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert ("Mira Lanski", "end") in found


def test_who_fires_or_hires_is_the_organization(shared_extractor: Extractor) -> None:
    text = "The Denver Falcons fired coach Tom Reyes on Sunday after a 2-9 start."
    assert ("Tom Reyes", "end", "dismiss", "Denver Falcons") in facts(
        events(shared_extractor, text, "en"))


def test_an_outlet_told_the_news_is_a_source(shared_extractor: Extractor) -> None:
    text = ("Nina Park, who ran research at Corvel Labs for ten years before retiring in 2021, "
            "told The Ledger she was not surprised.")
    (mention,) = events(shared_extractor, text, "en")
    assert mention.org == "Corvel Labs" and mention.sources == ["Ledger"]


def test_people_listed_after_the_change_went_through_it_too(shared_extractor: Extractor) -> None:
    text = ("Tom Reyes was fired by the Denver Falcons on Sunday. Reyes is the third coach fired "
            "this season, after Ann Price of Austin and Luis Ortega of Tampa.")
    found = facts(events(shared_extractor, text, "en"))
    assert {("Ann Price", "end", "dismiss", "Austin"),
            ("Luis Ortega", "end", "dismiss", "Tampa")} <= found
    assert not any(kind == "start" for _, kind, _, _ in found)


def test_a_post_offered_to_a_named_person_is_a_rumored_start(shared_extractor: Extractor) -> None:
    text = "The governor has asked Dr. Nora Hale to serve as the state's health commissioner."
    (mention,) = [m for m in events(shared_extractor, text, "en") if m.person == "Nora Hale"]
    assert (mention.kind, mention.action, mention.status) == ("start", "appoint", "rumored")


def test_a_party_near_the_change_is_not_its_organization(shared_extractor: Extractor) -> None:
    text = "Republican senators praised Tom Reyes, who resigned on Monday."
    (mention,) = events(shared_extractor, text, "en")
    assert mention.person == "Tom Reyes" and mention.org is None


def test_the_one_sacked_is_the_complement_not_the_possessor(shared_extractor: Extractor) -> None:
    text = "President Anton Vale's sacking of Karl Brenner as his deputy ignited a crisis in 2019."
    people = {m.person for m in events(shared_extractor, text, "en") if m.kind == "end"}
    assert people == {"Karl Brenner"}


def test_a_participle_with_an_agent_is_passive(shared_extractor: Extractor) -> None:
    text = "Marek Dunn fled the country in 2014, ousted by a popular uprising."
    assert ("Marek Dunn", "end", "dismiss") in {f[:3] for f in facts(
        events(shared_extractor, text, "en"))}


@pytest.mark.parametrize("text", [
    "Witnesses said Dale Porter fired from the rooftop of the parking garage at 10 a.m.",
    "Neighbours heard shots fired before Nina Cole called the police.",
    "Officers said Ray Dunn kept firing at the patrol car until he ran out of ammunition.",
    "Sheriff Ana Lopez dismissed a neighbour's report that the dog had escaped.",
    "Tom Baker ran a stop sign and hit a parked van, police said.",
    "Judge Helen Ward asked for medical reports to be completed before the hearing.",
    "Referee Paul Moss elected to stop the fight in the seventh round.",
    # the verb's argument is a thing, not the person named nearby
    "The climbers had hired a guide and some equipment, Tom Baker said.",
    "By acquiring Helix Robotics, we gain a great team, said Nina Cole.",
    "Shoppers returned to the old town on Saturday, Mayor Ana Lopez said.",
    # fire as flames, places and homes one returns to, time left, a retired trade, awards
    "A church was badly damaged by fire on Friday, Governor Tom Reyes said.",
    "Tom Reyes returned to Ohio on Monday after a long trip.",
    "After the trial, Nina Cole returned to her home town to rest.",
    "With 48 seconds left in the game, Tom Reyes threw the ball away.",
    "Tom Reyes and his wife, both retired teachers, moved to a farm.",
    "Nina Cole earned a Golden Globe nomination for her role in the film.",
    "He worked for the Committee to Re-elect the Mayor with Tom Reyes in 1990.",
    # firing a gun: without an object, or with a thing as object
    "Tom Reyes fired twice before the officers reached him.",
    "Tom Reyes picked up the gun and fired it into the ceiling.",
])
def test_words_that_look_like_a_change_in_news_about_something_else(
        shared_extractor: Extractor, text: str) -> None:
    # shootings, reports, road signs, requests and choices met on unrelated ECB+ topics
    assert events(shared_extractor, text, "en") == []


def test_a_kin_noun_is_not_the_person_it_is_related_to(shared_extractor: Extractor) -> None:
    text = "La mairie de Vernon a voté lundi le licenciement du frère de Karim Belkacem."
    assert all(m.person != "Karim Belkacem" for m in events(shared_extractor, text, "fr"))


def test_the_predecessor_apposed_is_the_one_dismissed(shared_extractor: Extractor) -> None:
    text = ("Le conseil avait limogé le prédécesseur de Paul Verne, Hugo Marchal, à la demande de "
            "la direction.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert people == {"Hugo Marchal"}


def test_a_possessed_successor_is_not_the_possessor(shared_extractor: Extractor) -> None:
    text = "Claire Aubry a longtemps ignoré les messages de son successeur."
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]


def test_whoever_is_replaced_is_never_the_newcomer(shared_extractor: Extractor) -> None:
    text = "Verlane : un candidat inattendu pour remplacer Marc Duroc."
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]


def test_replacing_a_thing_is_no_change(shared_extractor: Extractor) -> None:
    text = "Le maire Louis Ferrand remplace le drapeau de la mairie par une bannière."
    assert events(shared_extractor, text, "fr") == []


def test_a_participle_replaced_by_gives_both_people(shared_extractor: Extractor) -> None:
    text = ("Le directeur de Norvia, Paul Ancel, remplacé lundi par Inès Roux, quitte le groupe "
            "après dix ans.")
    found = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert ("Inès Roux", "start") in found and ("Paul Ancel", "start") not in found


def test_the_organization_left_wins_over_the_role(shared_extractor: Extractor) -> None:
    text = ("Le nouveau Premier ministre Jean Morel a démissionné des Centristes unis, a annoncé "
            "le parti.")
    assert ("Jean Morel", "end", "resign", "Centristes unis") in facts(
        events(shared_extractor, text, "fr"))


def test_a_name_after_a_title_tagged_misc_is_a_person(shared_extractor: Extractor) -> None:
    text = ("Le président syrien a limogé jeudi le Premier ministre Imad Korlan, au moment où la "
            "crise s'est aggravée, a rapporté la présidence.")
    assert "Imad Korlan" in {m.person for m in events(shared_extractor, text, "fr")}


def test_a_demonstrative_change_refers_back(shared_extractor: Extractor) -> None:
    text = ("Julie Marsan a quitté le groupe Tavel mardi. Des signaux annonçaient ce départ, "
            "selon le président du comité Paul Grenet.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Julie Marsan"}


def test_mentions_without_organization_merge_whatever_the_verb(
        shared_extractor: Extractor) -> None:
    text = ("Nadia Keller a quitté ses fonctions lundi. La directrice de cabinet du ministère de "
            "la Mer, Nadia Keller, avait été limogée par le ministre.")
    ends = [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]
    assert len(ends) == 1 and ends[0].action == "dismiss"


def test_the_party_left_is_the_acronym_by_the_name(shared_extractor: Extractor) -> None:
    text = ("Le sénateur UDR de la Somme Paul Laval a décidé de quitter le parti. Au groupe "
            "Vernal, on regrette : il a choisi de quitter le parti présidentiel, dit le groupe "
            "Vernal.")
    assert facts(events(shared_extractor, text, "fr")) == {("Paul Laval", "end", "leave", "UDR")}


def test_an_unnamed_title_holder_is_nobody(shared_extractor: Extractor) -> None:
    text = ("Un tel bilan aurait entraîné la démission du ministre de l'Intérieur, a lancé la "
            "députée Anne Corlay.")
    assert events(shared_extractor, text, "fr") == []


def test_whoever_makes_someone_leave_does_not_leave(shared_extractor: Extractor) -> None:
    text = "Le directeur Paul Morin a décidé de faire partir le convoi de la caserne Vauban."
    assert events(shared_extractor, text, "fr") == []


def test_a_change_under_a_condition_is_no_event(shared_extractor: Extractor) -> None:
    text = "Si Paul Laval était élu président du Sénat, il réformerait le règlement."
    assert events(shared_extractor, text, "fr") == []


def test_a_concessive_si_in_the_past_is_a_fact(shared_extractor: Extractor) -> None:
    text = ("Si elle a quitté son poste de porte-parole du gouvernement en juillet, Anne Blanc "
            "reste active.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Anne Blanc"}


def test_a_new_director_apposed_is_appointed(shared_extractor: Extractor) -> None:
    text = ("Les autres sont la nouvelle directrice opérationnelle, Inès Valdor, transfuge de "
            "Marvel Motors.")
    assert ("Inès Valdor", "start", "appoint", None) in facts(events(shared_extractor, text, "fr"))


def test_a_common_noun_subject_names_nobody(shared_extractor: Extractor) -> None:
    text = ("Sous la pression de la rue, le gouvernement a démissionné lundi, a déclaré le "
            "président Karim Aboud.")
    assert events(shared_extractor, text, "fr") == []


def test_whoever_is_joined_by_someone_joins_nothing(shared_extractor: Extractor) -> None:
    text = ("Les pompiers ont été dépêchés sur les lieux, rejoints plus tard par le maire de "
            "Vernac, Paul Ribot.")
    assert events(shared_extractor, text, "fr") == []


def test_a_hyphenated_surname_is_kept_whole(shared_extractor: Extractor) -> None:
    text = "Daniel Morvan-Kerleau a démissionné mardi de la présidence du groupe Verdal."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Daniel Morvan-Kerleau"}


def test_heading_an_electoral_list_is_a_candidacy(shared_extractor: Extractor) -> None:
    text = "Le maire Paul Ribot prendra la tête de la liste centriste aux élections régionales."
    assert events(shared_extractor, text, "fr") == []


def test_a_conditional_after_an_announcement_is_planned(shared_extractor: Extractor) -> None:
    text = "Paul Ribot a annoncé mardi qu'il quitterait la présidence du groupe Verdal en juin."
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.status == "planned"


def test_a_new_title_is_not_whoever_speaks_of_it(shared_extractor: Extractor) -> None:
    text = "Selon la presse, Paul Ribot a dit du nouveau président : « Il ira loin »."
    assert events(shared_extractor, text, "fr") == []


def test_someone_introduced_indefinitely_is_unnamed(shared_extractor: Extractor) -> None:
    text = "Anne Corlay comparée à un singe : une élue poussée à la démission"
    assert events(shared_extractor, text, "fr") == []


def test_a_call_for_a_resignation_is_no_resignation(shared_extractor: Extractor) -> None:
    text = ("La ministre Jeanne Arnal a exigé lundi 3 février la démission du président de la "
            "Fédération de voile, Didier Gallet.")
    assert events(shared_extractor, text, "fr") == []


def test_not_ruling_out_a_resignation_is_rumored(shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Remaniement : Claire Vidal n'exclut pas de "
                                          "démissionner du gouvernement", "fr")
    assert mention.status == "rumored"


def test_founding_a_company_is_not_returning_to_another(shared_extractor: Extractor) -> None:
    text = ("Paul Leroy va créer sa propre start-up, a-t-il annoncé. Il ne reviendra pas à la "
            "tête de Vexal, a précisé le conseil.")
    actions = {m.action for m in events(shared_extractor, text, "fr") if m.kind == "start"}
    assert actions == {"found", "return"}


def test_a_title_ending_a_noun_phrase_is_a_person(shared_extractor: Extractor) -> None:
    text = ("Mira Lanski, the chief technology officer who was named interim CEO of Vexal on "
            "Friday, remains in charge.")
    assert "Mira Lanski" in {m.person for m in events(shared_extractor, text, "en")}


@pytest.mark.parametrize(("text", "person", "org"), [
    ("General Motors hired Nina Park as chief executive.", "Nina Park", "General Motors"),
    ("Chief Brands fired Tom Reyes on Monday.", "Tom Reyes", "Chief Brands"),
    ("Ann Price was named commissioner of Major League Baseball on Tuesday.", "Ann Price",
     "Major League Baseball"),
    ("Jan Novak was cast as the lead of Doctor Who in 2009.", "Jan Novak", "Doctor Who"),
    ("Head Coach Tom Reyes was fired by the Denver Falcons on Sunday.", "Tom Reyes",
     "Denver Falcons"),
])
def test_an_organization_may_start_with_a_title_word(
        shared_extractor: Extractor, text: str, person: str, org: str) -> None:
    # a title opening a capitalised run is dropped only when a person's name follows it
    assert (person, org) in {(m.person, m.org) for m in events(shared_extractor, text, "en")}


@pytest.mark.parametrize(("text", "org"), [
    ("Tom Reyes, who once coached the Austin Hawks, was fired on Sunday after a 2-9 start.", None),
    ("Tom Reyes, who coached the Austin Hawks for years, was fired on Dec. 11 by the Denver "
     "Falcons.", "Denver Falcons"),
])
def test_an_organization_in_another_clause_is_not_the_one_of_the_change(
        shared_extractor: Extractor, text: str, org: str | None) -> None:
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.kind, mention.org) == ("Tom Reyes", "end", org)


@pytest.mark.parametrize("text", [
    "Ellen Park Returns to Host the Helix Awards\nEllen Park was named host of the Helix Awards "
    "on Friday.",
    "Park Set to Host the Helix Awards\nEllen Park was named host of the Helix Awards on Friday.",
    "The Chiefs hired Tom Reyes as head coach on Sunday.",
])
def test_headline_words_and_articles_are_no_part_of_a_name(
        shared_extractor: Extractor, text: str) -> None:
    people = {m.person for m in events(shared_extractor, text, "en")}
    assert people and people <= {"Ellen Park", "Tom Reyes"}


def test_a_short_name_counts_for_the_organization_the_article_is_about(
        shared_extractor: Extractor) -> None:
    # "Mavs" is the lexicon's short name of "Mavericks": three mentions make it the article's
    # main organization, the one of a change whose actor is only "they"
    text = ("Tom Reyes was fired as coach of the Denver Mavericks on Saturday. The Mavs had lost "
            "eight of their last ten games. They signed Ann Price to a five-year deal last summer, "
            "but the Mavs never found their rhythm.")
    assert ("Ann Price", "start", "join", "Denver Mavericks") in facts(
        events(shared_extractor, text, "en"))


def test_a_trigger_phrase_wins_over_a_word_inside_it(shared_extractor: Extractor) -> None:
    # "the leading contender to become", not the bare "become" that needs a role right by a name
    text = "Nora Hale, a surgeon, is the leading contender to become the next surgeon general."
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.kind, mention.action) == ("Nora Hale", "start", "appoint")


def test_leaving_a_place_or_an_outing_is_no_departure(shared_extractor: Extractor) -> None:
    for text in ("Marie Delcourt a quitté la soirée vers minuit.",
                 "Paul Lemaire est parti vivre à Lyon avec sa famille.",
                 "Elle ne travaille plus depuis son départ en arrêt maladie, selon Paul Lemaire."):
        assert not events(shared_extractor, text, "fr"), text


def test_a_plural_possessive_with_no_group_is_nobody(shared_extractor: Extractor) -> None:
    assert not events(shared_extractor, "Leur départ a profondément touché Jeanne Morel.", "fr")


def test_the_agent_of_a_passive_is_not_the_one_promoted(shared_extractor: Extractor) -> None:
    text = "Le remède promu par le professeur Marc Dalbert est contesté."
    assert not events(shared_extractor, text, "fr")


def test_an_article_or_a_title_opening_a_name_is_nobody() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    fr = rules_for("fr")
    for thing in ("la République", "L'huître Marcelle", "Président de Veritel"):
        assert not plausible_person(thing, fr), thing
    for name in ("Marine Le Pen", "Charles de Gaulle", "Jean de La Fontaine"):
        assert plausible_person(name, fr), name


def test_acronyms_side_by_side_and_bare_titles_are_nobody() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    en = rules_for("en")
    for thing in ("DCS MTC", "NHL AHL", "Associate Dean", "Founder"):
        assert not plausible_person(thing, en), thing
    for name in ("JIM O'BRIEN", "TJ Holloway", "Ed Rourke", "Stephen Major"):
        assert plausible_person(name, en), name


def test_whoever_a_successor_is_sought_for_is_not_appointed(shared_extractor: Extractor) -> None:
    text = "Le conseil cherche à nommer un successeur à Paul Lemaire, âgé de 70 ans."
    assert not events(shared_extractor, text, "fr")


def test_a_presenter_post_belongs_to_the_programme(shared_extractor: Extractor) -> None:
    text = 'Le directeur de la chaîne a évincé Julie Morand de la présentation de "Soirée Débat".'
    assert ("Julie Morand", "end", "dismiss", "Soirée Débat") in facts(
        events(shared_extractor, text, "fr"))


def test_an_organization_in_an_indefinite_profile_is_an_affiliation(
        shared_extractor: Extractor) -> None:
    text = "Jean Castel succède à Marc Morel, un ancien cadre des Républicains."
    assert all(m.org != "Républicains" for m in events(shared_extractor, text, "fr"))


def test_an_occasion_is_not_the_organization(shared_extractor: Extractor) -> None:
    text = "Marie Delcourt a été nommée directrice lors du Salon de l'Automobile."
    assert all(m.org != "Salon de l'Automobile" for m in events(shared_extractor, text, "fr"))


def test_a_co_founder_epithet_names_the_company_founded_not_the_one_joined(
        shared_extractor: Extractor) -> None:
    text = "Nora Vale, a Brightline co-founder who joined Corvex last year, is leaving Corvex."
    found = facts(events(shared_extractor, text, "en"))
    assert ("Nora Vale", "start", "found", "Brightline") in found
    assert ("Nora Vale", "start", "found", "Corvex") not in found


def test_a_title_before_a_name_tagged_as_an_organization_is_no_organization(
        shared_extractor: Extractor) -> None:
    # NER tags "GM Marcus Reed" as one organization: a title and a person, not the
    # organization of the firing
    text = "Current GM Marcus Reed fired coach Tom Hale on Sunday."
    found = facts(events(shared_extractor, text, "en"))
    assert ("Tom Hale", "end", "dismiss", None) in found
    assert all(not (org or "").endswith("Marcus Reed") for _, _, _, org in found)


def test_the_choice_for_a_post_is_the_person_apposed_after_it(
        shared_extractor: Extractor) -> None:
    text = ("President Lopez's reported choice for surgeon general, TV reporter Dana Whitfield, "
            "could bring star power to the job.")
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.kind, mention.role, mention.status) == (
        "Dana Whitfield", "start", "surgeon general", "rumored")


def test_a_headline_names_a_person_to_the_title_after_the_name(
        shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Lopez to Name Dana Whitfield Attorney General", "en")
    assert (mention.person, mention.kind, mention.role, mention.status) == (
        "Dana Whitfield", "start", "attorney general", "planned")


def test_an_organization_parting_ways_with_its_coach_lets_the_coach_go(
        shared_extractor: Extractor) -> None:
    text = "The Denver Hawks have parted ways with coach Tom Hale."
    assert ("Tom Hale", "end", "dismiss", "Denver Hawks") in facts(
        events(shared_extractor, text, "en"))


def test_named_with_the_old_title_before_the_name_and_the_new_one_after(
        shared_extractor: Extractor) -> None:
    # the parser hangs the name under the new title ("coach", oprd): still the one named
    text = ("The Denver Hawks fired coach Tom Hale on Saturday. General manager Ed Reed named "
            "assistant general manager Dana Whitfield coach for the rest of the season.")
    people = {(m.person, m.kind) for m in events(shared_extractor, text, "en")}
    assert ("Dana Whitfield", "start") in people
    assert ("Ed Reed", "start") not in people


def test_a_surname_given_after_an_honorific_is_a_person_wherever_ner_says_otherwise(
        shared_extractor: Extractor) -> None:
    # NER tags the bare "Petrovych" as an organization; "Mr. Petrovych" says who it is
    text = ("“We need to win this,” Mr. Petrovych said in one clip. Kessler, as well as "
            "Petrovych, were ousted, with Kessler stepping down and Petrovych being “laid off.”")
    assert "Petrovych" in {m.person for m in events(shared_extractor, text, "en")
                           if m.kind == "end"}


def test_a_president_in_an_article_about_a_club_is_the_clubs_not_a_citys(
        shared_extractor: Extractor) -> None:
    text = ("Coach Sam Ortiz was fired by the Denver Hawks on Saturday, a day after a loss in "
            "Portland. The Denver Hawks had lost eight of ten games, and general manager Ed Reed "
            "wanted a change. While Reed didn't hire Ortiz (that was former president Tom Hale, "
            "whom Reed replaced early last season), the two worked well together.")
    orgs = {m.org for m in events(shared_extractor, text, "en")
            if m.person in ("Ed Reed", "Tom Hale")}
    assert orgs == {"Denver Hawks"}


def test_who_is_asked_to_join_joins_not_who_asks(shared_extractor: Extractor) -> None:
    text = ("Governor Lopez has asked the TV reporter Dana Whitfield to join his administration "
            "as attorney general, according to reports.")
    people = {m.person for m in events(shared_extractor, text, "en") if m.kind == "start"}
    assert people == {"Dana Whitfield"}


def test_a_departure_without_organization_takes_the_post_the_article_gave_the_person(
        shared_extractor: Extractor) -> None:
    text = ("Ann Price has been the chair of the Orbis Foundation since 2010. She was replaced "
            "on Monday by Tom Hale.")
    found = facts(events(shared_extractor, text, "en"))
    assert ("Ann Price", "end", "leave", "Orbis Foundation") in found
    # a former post is not the one left
    text = "Ann Price, the former chair of Orbis Capital, said little. She resigned on Monday."
    assert {org for _, kind, _, org in facts(events(shared_extractor, text, "en"))
            if kind == "end"} == {None}


@pytest.mark.parametrize("text", [
    "Ann Price was named the Person of the Week by a TV network in 1995.",
    "Tom Hale was named Player of the Year on Sunday.",
])
def test_an_award_of_the_week_or_year_is_no_post(shared_extractor: Extractor, text: str) -> None:
    assert not events(shared_extractor, text, "en")


def test_the_agent_of_a_french_passive_is_the_organization(shared_extractor: Extractor) -> None:
    text = "Paul Morel a été limogé par les Girondins de Bordeaux, selon son agent."
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.org is not None and mention.org.startswith("Girondins")


def test_a_pronoun_finds_a_person_named_in_sentences_left_unparsed(
        shared_extractor: Extractor) -> None:
    # the first sentence is three sentences before the trigger: the prefilter does not parse
    # it, yet "Elle" is the person it names, as in a full parse
    text = ("Nadia Keller dirige le groupe Vexal depuis 2015. Le groupe a publié ses résultats "
            "annuels. Les ventes ont progressé de dix pour cent. Le chiffre d'affaires atteint un "
            "record. Elle a démissionné lundi.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Nadia Keller"}


def test_the_main_organization_is_counted_over_the_whole_text(
        shared_extractor: Extractor) -> None:
    # named once in the parsed sentences, three times in the others
    text = ("Le groupe Vexal a publié ses résultats. Vexal a vu ses ventes progresser. Les "
            "analystes saluent Vexal. Le marché reste calme. Les actionnaires de Vexal se "
            "réunissent en mai. Le directeur financier Paul Ribot a démissionné lundi.")
    assert facts(events(shared_extractor, text, "fr")) == {("Paul Ribot", "end", "resign", "Vexal")}


def test_the_noun_elu_is_not_even_parsed() -> None:
    # "l'élu", "29 élus", "un ancien élu": an elected official, not an election
    extractor = Extractor()
    text = ("L'élu a réclamé des moyens pour la commune. Les 29 élus ont siégé lundi. Un ancien "
            "élu local a pris la parole.")
    assert events(extractor, text, "fr") == [] and extractor.stats["parsed"] == 0


def test_a_definite_title_in_the_next_sentence_is_the_role_of_the_one_named_last(
        shared_extractor: Extractor) -> None:
    text = ("Le conseil de Vexal a voté le licenciement de Karim Aboud. Le directeur général "
            "avait perdu la confiance des actionnaires.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.role) == ("Karim Aboud", "directeur général")


def test_an_organization_written_with_a_soft_hyphen_is_still_found(
        shared_extractor: Extractor) -> None:
    # the name is cleaned of the page's soft hyphen, so the text never spells it that way
    text = ("Le directeur de Vex\u00adal Industries, Paul Ribot, a démissionné lundi. "
            "Vex\u00adal Industries n'a pas commenté.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Ribot", "end", "resign", "Vexal Industries")}


def test_a_leading_article_of_any_language_is_dropped_only_as_a_word() -> None:
    from turnover.extract.rules import rules_for

    strip = rules_for("fr").leading_article.sub
    assert [strip("", n) for n in ("Le Parisien", "L'Équipe", "The Guardian", "Lequipe")] == [
        "Parisien", "Équipe", "Guardian", "Lequipe"]


def test_two_posts_at_one_organization_stay_two_changes(shared_extractor: Extractor) -> None:
    text = ("Assistant manager Carla Menotti was appointed head coach of the Lakeport Herons on "
            "Sunday. She had been promoted to assistant general manager of the Lakeport Herons "
            "in 2011.")
    found = {(m.role, m.when) for m in events(shared_extractor, text, "en")
             if m.person == "Carla Menotti" and m.kind == "start"}
    assert ("head coach", "2024-05-12") in found and len(found) == 2
    assert any(when == "2011" for _, when in found)


def test_the_title_before_someone_else_s_name_is_not_the_role(
        shared_extractor: Extractor) -> None:
    text = "Governor Alan Petrie nominated Dana Whitlow as the state's new attorney general."
    (mention,) = [m for m in events(shared_extractor, text, "en") if m.person == "Dana Whitlow"]
    assert mention.role == "attorney general"


def test_a_relative_clause_on_a_noun_apposed_to_a_name_is_about_that_name(
        shared_extractor: Extractor) -> None:
    text = ("\"We trained hard,\" said cyclist Ines Valdora, a two-time champion who recently "
            "retired after a knee injury.")
    assert ("Ines Valdora", "end", "retire") in {
        (m.person, m.kind, m.action) for m in events(shared_extractor, text, "en")}


def test_relieved_of_his_coaching_responsibilities_is_a_dismissal(
        shared_extractor: Extractor) -> None:
    text = ("Harbor City FC announced that the club has relieved Dario Feltz of his head coaching "
            "responsibilities.")
    assert ("Dario Feltz", "end", "dismiss") in {
        (m.person, m.kind, m.action) for m in events(shared_extractor, text, "en")}


def test_named_to_an_all_star_team_is_an_honour_not_a_post(shared_extractor: Extractor) -> None:
    text = "At Brookfield College, Gerald Ruffo was named first-team All-American as a senior."
    assert not events(shared_extractor, text, "en")


def test_a_team_named_by_its_short_and_full_names_is_the_article_s_organization(
        shared_extractor: Extractor) -> None:
    text = ("Coach Ray Dunmore was let go on Monday. The Philadelphia 76ers will play at Denver on "
            "Tuesday, and the Sixers then play at Denver again on Friday.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Ray Dunmore", "end", "dismiss", "Philadelphia 76ers")}


def test_a_short_team_name_said_twice_is_the_article_s_organization(
        shared_extractor: Extractor) -> None:
    text = ("Coach Ray Dunmore was let go on Monday after a ninth straight loss. The Cavs had "
            "hoped for a playoff spot this season, and the Cavs now look for a new coach.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Ray Dunmore", "end", "dismiss", "Cavs")}


def test_someone_who_leaves_behind_a_family_leaves_no_post(shared_extractor: Extractor) -> None:
    text = ("Paramedics took her to Mercy General Hospital, where Noor Haddad, a nurse who leaves "
            "behind a husband and two sons, died on Sunday.")
    assert not [m for m in events(shared_extractor, text, "en") if m.kind == "end"]


def test_an_object_pronoun_is_never_the_subject_of_its_verb(shared_extractor: Extractor) -> None:
    text = ("Dr. Robin Quillon runs a clinic in Ohio. Governor Kim Petrie nominated her for "
            "state health commissioner on Monday.")
    assert {m.person for m in events(shared_extractor, text, "en")} == {"Robin Quillon"}


def test_who_announces_a_nominee_or_an_appointment_is_not_the_one_named(
        shared_extractor: Extractor) -> None:
    for text in ("Governor Kim Petrie Announces Nominee for State Health Commissioner",
                 "Governor Kim Petrie announced the appointment on Monday."):
        assert not events(shared_extractor, text, "en"), text


def test_the_title_and_organization_of_someone_quoted_are_not_the_nominee_s(
        shared_extractor: Extractor) -> None:
    text = ("In a statement, HHA president and chief executive officer Kim Petrie said that the "
            "group rejoices in Dr. Quillon's nomination. Robin Quillon runs a clinic.")
    (mention,) = events(shared_extractor, text, "en")
    assert mention.person == "Robin Quillon" and mention.org is None and mention.role is None


def test_becoming_a_doctor_is_a_profession_not_a_post(shared_extractor: Extractor) -> None:
    text = ("In her profile, Quillon writes about her calling to become a doctor while in "
            "medical school at the University of Harlow at Dayton. Robin Quillon runs a clinic.")
    assert not events(shared_extractor, text, "en")


def test_a_given_name_after_an_article_opens_no_person_s_name(
        shared_extractor: Extractor) -> None:
    text = ("Governor Kim Petrie will name Dr. Robin Quillon as state health commissioner in a "
            "Rose Garden ceremony. Quillon will appear in the Rose Garden today as the governor "
            "makes the nomination formal.")
    assert {m.person for m in events(shared_extractor, text, "en")} == {"Robin Quillon"}


def test_a_plural_pronoun_never_stands_for_one_person(shared_extractor: Extractor) -> None:
    text = ("Marcus Delane scored twice for the Harbor City Hawks, helping them join the 1998 "
            "Lakeport Herons as the only teams to win ten straight games.")
    assert not events(shared_extractor, text, "en")


def test_the_addition_of_a_named_player_is_a_join(shared_extractor: Extractor) -> None:
    text = ("The Harbor City Hawks looked stronger after the addition of Marcus Delane, but the "
            "Harbor City Hawks lost again on Friday.")
    assert ("Marcus Delane", "start", "join", "Harbor City Hawks") in facts(
        events(shared_extractor, text, "en"))


def test_the_post_of_who_dismisses_tells_the_organization(shared_extractor: Extractor) -> None:
    text = ("The fighting in Veltravia has lasted two years. President Omar Sadiq's sacking of "
            "Dario Feltz as his deputy ignited the war.")
    assert ("Dario Feltz", "end", "dismiss", "Veltravia") in facts(
        events(shared_extractor, text, "en"))


def test_a_team_named_like_a_fire_word_does_not_cancel_a_firing(
        shared_extractor: Extractor) -> None:
    text = "Dario Feltz, who was fired March 2 as head coach of the Calgary Flames, joined Lyon."
    assert ("Dario Feltz", "end", "dismiss", "Calgary Flames") in facts(
        events(shared_extractor, text, "en"))


def test_an_organization_before_a_title_with_a_bare_apostrophe_is_the_post_s(
        shared_extractor: Extractor) -> None:
    text = "Pinecrest Rovers' head coach Dario Feltz was fired on Monday after a loss in Denver."
    assert facts(events(shared_extractor, text, "en")) == {
        ("Dario Feltz", "end", "dismiss", "Pinecrest Rovers")}


def test_two_changes_in_different_years_with_different_verbs_stay_two(
        shared_extractor: Extractor) -> None:
    text = ("Dario Feltz joined the Lakeport Herons in 1978. In 2005, the Lakeport Herons named "
            "Dario Feltz head coach.")
    found = {(m.action, m.when) for m in events(shared_extractor, text, "en")}
    assert found == {("join", "1978"), ("appoint", "2005")}


def test_one_organization_of_a_list_is_not_the_one_left(shared_extractor: Extractor) -> None:
    text = ("Dario Feltz also played with Denver, Boston, Atlanta and Seattle before retiring "
            "in 1993.")
    assert facts(events(shared_extractor, text, "en")) == {("Dario Feltz", "end", "retire", None)}


def test_name_a_titled_person_to_a_post_in_a_headline(shared_extractor: Extractor) -> None:
    text = "Governor Kim Petrie to Name Dr. Ann Lowe State Treasurer"
    assert {(m.person, m.role) for m in events(shared_extractor, text, "en")} == {
        ("Ann Lowe", "treasurer")}


def test_a_short_name_inside_a_longer_one_is_not_that_organization(
        shared_extractor: Extractor) -> None:
    text = ("Robin Quillon studied at South Ohio College. In 2002, she became president of "
            "Ohio's state nursing association.")
    assert ("Robin Quillon", "start", "appoint", "Ohio") in facts(
        events(shared_extractor, text, "en"))


def test_an_organization_after_the_title_and_a_comma_is_the_post_s(
        shared_extractor: Extractor) -> None:
    text = ("President Omar Sadiq intends to nominate Ann Lowe as Surgeon General, Department of "
            "Public Health.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Ann Lowe", "start", "appoint", "Department of Public Health")}


def test_the_organization_an_organization_owns_after_the_title_is_the_post_s(
        shared_extractor: Extractor) -> None:
    text = ("Dario Feltz left his position as director of the NIH's National Cancer Institute in "
            "2008 after 15 years.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Dario Feltz", "end", "leave", "National Cancer Institute")}


def test_a_headline_s_verb_and_a_spokesman_s_title_keep_the_team_name(
        shared_extractor: Extractor) -> None:
    text = ("Boston Celtics Fire Coach Dario Feltz, Hire Ann Lowe\n"
            "Boston Celtics President Tom Reyes announced today that Dario Feltz has been "
            "relieved of his duties as head coach of the Boston Celtics.")
    assert {(m.person, m.org) for m in events(shared_extractor, text, "en")} == {
        ("Dario Feltz", "Boston Celtics"), ("Ann Lowe", "Boston Celtics")}


def test_replaced_him_with_y_gives_y_the_post(shared_extractor: Extractor) -> None:
    text = ("A year ago, the Rovers fired president Tom Reyes and replaced him with Ann Lowe, "
            "who gave Dario Feltz a contract.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Tom Reyes", "end", "dismiss", "Rovers"), ("Ann Lowe", "start", "appoint", "Rovers")}


def test_people_listed_after_following_in_the_footsteps_of_went_through_it_too(
        shared_extractor: Extractor) -> None:
    text = ("Dario Feltz became the third coach fired this season, following in the footsteps of "
            "the Lakeport Herons' Tom Reyes and the Denver Owls' Ann Lowe.")
    assert {("Tom Reyes", "end", "dismiss", "Lakeport Herons"),
            ("Ann Lowe", "end", "dismiss", "Denver Owls")} <= facts(
        events(shared_extractor, text, "en"))


def test_a_name_in_a_relative_clause_on_the_object_is_not_the_object(
        shared_extractor: Extractor) -> None:
    for text in ("The Rovers then hired Voss Engineering, which was later bought by Ann Lowe.",
                 "The Rovers hired Kestrel, whose owner is Ann Lowe."):
        assert not events(shared_extractor, text, "en"), text


def test_joining_a_list_of_people_and_a_recruit_s_mother_are_no_hire(
        shared_extractor: Extractor) -> None:
    for text in ("The standings claimed another coach, with Lakeport Herons head man Tom Reyes "
                 "joining the ever-growing list of coaches who are out of work.",
                 "Tom Reyes coached at Dayton State University until he loaned a recruit's "
                 "mother money."):
        assert not [m for m in events(shared_extractor, text, "en") if m.kind == "start"], text


def test_the_team_s_title_is_at_the_article_s_team(shared_extractor: Extractor) -> None:
    text = ("The Lakeport Herons lost again on Friday. The Lakeport Herons are fourth. After a "
            "loss to the Denver Owls, Tom Reyes took over as the team's president.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Tom Reyes", "start", "appoint", "Lakeport Herons")}


def test_the_organizations_of_the_people_listed_are_not_the_first_one_s(
        shared_extractor: Extractor) -> None:
    text = ("Dario Feltz is the fifth coach fired this season, after Tom Reyes of Oklahoma City, "
            "Ann Lowe of Washington and Gina Park of Toronto.")
    assert ("Dario Feltz", "end", "dismiss", None) in facts(events(shared_extractor, text, "en"))


def test_gm_and_vp_are_titles(shared_extractor: Extractor) -> None:
    text = "Tom Reyes was named coach of the Rovers on Saturday. He became assistant GM in 2003."
    assert ("assistant gm", "2003") in {(m.role, m.when)
                                        for m in events(shared_extractor, text, "en")}


def test_an_outlet_opening_the_sentence_with_selon_is_a_source(
        shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Selon Le Parisien, Marc Tissier serait sur le "
                                          "départ.", "fr")
    assert mention.person == "Marc Tissier" and mention.org is None
    assert mention.status == "rumored" and mention.sources


def test_a_one_word_organization_tagged_as_an_adjective_stays_an_organization(
        shared_extractor: Extractor) -> None:
    text = "Claire Fabre prend la tête du groupe Sorel."
    assert ("Claire Fabre", "start", "appoint", "Sorel") in facts(
        events(shared_extractor, text, "fr"))


def test_an_english_title_in_a_french_text_is_never_a_person() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    rules = rules_for("fr")
    assert not plausible_person("The Voice", rules)
    assert not plausible_person("Une Famille", rules)
    assert plausible_person("Le Drian", rules)  # a French name may open with an article


def test_a_capitalised_party_name_is_not_the_generic_word_for_a_party(
        shared_extractor: Extractor) -> None:
    text = "Le sénateur Michel Aubry a rejoint le Mouvement radical."
    assert ("Michel Aubry", "start", "join", "Mouvement radical") in facts(
        events(shared_extractor, text, "fr"))


def test_a_trigger_spelled_by_a_place_name_is_no_trigger(shared_extractor: Extractor) -> None:
    text = ("Élue Miss Bretagne en 2012 à Limoges, Marine Durand poursuit ses études de "
            "médecine.")
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]


def test_a_plural_possessive_with_no_group_named_is_nobody(shared_extractor: Extractor) -> None:
    text = "Marc Tissier a reçu ses amis. Leur départ l'a attristé."
    assert events(shared_extractor, text, "fr") == []


def test_quitte_a_before_an_infinitive_is_an_idiom(shared_extractor: Extractor) -> None:
    text = "Quitte à déplaire, Marc Tissier a maintenu sa candidature."
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    "Le patron de Vandor, Hugo Lenoir, a été désigné « manager de l'année » par la revue Capital.",
    "Les modèles de Vandor, dirigé par Hugo Lenoir, ont été élus « voiture de l'année ».",
])
def test_a_quoted_award_is_no_appointment(shared_extractor: Extractor, text: str) -> None:
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]


def test_a_title_alone_is_not_a_person_name() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    assert not plausible_person("Président de la République", rules_for("fr"))


def test_a_name_at_the_head_of_which_someone_stands_is_an_organization(
        shared_extractor: Extractor) -> None:
    text = "Hugo Lemaire pourrait succéder à Paul Arnaud à la tête de Vandor."
    assert {("Hugo Lemaire", "start", "appoint", "Vandor"),
            ("Paul Arnaud", "end", "leave", "Vandor")} <= facts(
        events(shared_extractor, text, "fr"))


def test_each_name_listed_after_favoris_is_a_rumoured_start(shared_extractor: Extractor) -> None:
    text = ("Pour succéder à Paul Arnaud à la tête du groupe Vandor, le conseil a deux favoris : "
            "Hugo Lemaire et Claire Fabre.")
    found = [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]
    assert {(m.person, m.org, m.status) for m in found} == {
        ("Hugo Lemaire", "Vandor", "rumored"), ("Claire Fabre", "Vandor", "rumored")}


def test_each_name_coordinated_with_a_speculation_is_a_rumoured_start(
        shared_extractor: Extractor) -> None:
    text = ("Hugo Lemaire, Claire Fabre et Nadia Benali sont cités comme candidats crédibles au "
            "poste.")
    found = events(shared_extractor, text, "fr")
    assert {m.person for m in found if m.kind == "start" and m.status == "rumored"} == {
        "Hugo Lemaire", "Claire Fabre", "Nadia Benali"}


def test_a_name_that_spells_a_title_gives_no_role(shared_extractor: Extractor) -> None:
    text = "Paul Le Maire a quitté la société Vandor."
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.org == "Vandor" and mention.role is None


@pytest.mark.parametrize("text", [
    "Dans un entretien au Courrier, Paul Hervé reconnaît son erreur mais exclut de démissionner.",
    "Le président pourrait surprendre en faisant entrer au gouvernement des figures de la "
    "société civile comme Anne Morel.",
    "Paul Hervé a appris la nouvelle alors qu'il partait pour le Danemark.",
    "Radio Horizon lance lundi un nouveau jeu animé par Paul Hervé, en remplacement du succès "
    "« Quiz Express ».",
    "Pot de départ chez Paul Hervé : ses conseillers s'en vont.",
    "La décence impose sa démission, a écrit le député Paul Hervé au sujet de son collègue "
    "Marc Vidal.",
])
def test_no_change_of_post(shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_a_national_post_with_no_country_named_is_the_home_country(
        shared_extractor: Extractor) -> None:
    text = "Paul Hervé a été nommé ministre de l'Intérieur mardi."
    assert ("Paul Hervé", "start", "appoint", "France") in facts(
        events(shared_extractor, text, "fr"))


def test_a_thing_named_after_someone_or_a_quoted_title_is_no_person() -> None:
    from turnover.extract.inventory import _only_quoted, plausible_person
    from turnover.extract.rules import rules_for
    assert not plausible_person("affaire Vernet", rules_for("fr"))
    assert plausible_person("Charles de Gaulle", rules_for("fr"))
    text = 'Il a produit "Castellan" et « Le Phare ». Paul Vernet, lui, a rejoint Vandor.'
    assert _only_quoted("Castellan", text) and not _only_quoted("Paul Vernet", text)


def test_a_former_title_is_not_the_post_a_newcomer_takes(shared_extractor: Extractor) -> None:
    text = ("L'ancien secrétaire d'État, Paul Hervé, a lui rejoint le courtier en assurances "
            "Verlaine Conseil.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.kind, mention.action, mention.org, mention.role) == (
        "Paul Hervé", "start", "join", "Verlaine Conseil", None)


def test_a_national_post_is_the_country_even_where_its_office_is_named(
        shared_extractor: Extractor) -> None:
    text = ("Paul Hervé a été nommé Premier ministre mardi. Il s'est installé à Matignon dans "
            "la soirée.")
    assert ("Paul Hervé", "start", "appoint", "France") in facts(
        events(shared_extractor, text, "fr"))


def test_a_staff_post_of_the_prime_minister_is_the_office(shared_extractor: Extractor) -> None:
    text = ("Paul Hervé, conseiller du Premier ministre, a démissionné mardi. Matignon a pris "
            "acte de son départ.")
    assert ("Paul Hervé", "end", "resign", "Matignon") in facts(
        events(shared_extractor, text, "fr"))


def test_a_presenter_removed_from_a_programme_is_dismissed_from_it(
        shared_extractor: Extractor) -> None:
    text = "L'animatrice Julie Morin a été écartée de la présentation du jeu « Midi Pile »."
    assert ("Julie Morin", "end", "dismiss", "Midi Pile") in facts(
        events(shared_extractor, text, "fr"))


def test_a_speculation_is_about_its_subject_not_a_name_in_an_apposition(
        shared_extractor: Extractor) -> None:
    text = ("Hugo Lemaire, Claire Fabre et Nadia Benali, trois membres du bureau actuel de Paul "
            "Arnaud, sont également cités dans la note comme candidats crédibles au poste.")
    found = events(shared_extractor, text, "fr")
    assert {m.person for m in found} == {"Hugo Lemaire", "Claire Fabre", "Nadia Benali"}


def test_le_remplacement_de_y_par_x(shared_extractor: Extractor) -> None:
    text = "Le remplacement de Paul Arnaud par Hugo Lemaire à la tête de Vandor a surpris."
    assert {("Hugo Lemaire", "start", "appoint", "Vandor"),
            ("Paul Arnaud", "end", "leave", "Vandor")} <= facts(
        events(shared_extractor, text, "fr"))


@pytest.mark.parametrize("text", [
    "Julie Morel a quitté son mari en 2019.",
    "Julie Morel a quitté Paul Arnaud en 2019.",
    "Élue Miss Provence en 2015, Julie Morel est aujourd'hui avocate.",
])
def test_leaving_someone_or_a_beauty_title_is_no_change_of_post(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_a_named_subject_wins_over_a_common_noun_parsed_as_a_second_subject(
        shared_extractor: Extractor) -> None:
    text = "Le milieu de terrain Marc Duval quitte le FC Nantes pour rejoindre l'OM."
    assert {("Marc Duval", "end", "leave", "FC Nantes"),
            ("Marc Duval", "start", "join", "OM")} <= facts(events(shared_extractor, text, "fr"))


def test_the_subject_of_a_french_copula_is_the_newcomer(shared_extractor: Extractor) -> None:
    text = "Julie Morel est la nouvelle présidente de Renault."
    assert ("Julie Morel", "start", "appoint", "Renault") in facts(
        events(shared_extractor, text, "fr"))


@pytest.mark.parametrize("text", [
    "Paul Arnaud a été désigné candidat du parti à la mairie de Brest.",
    "Le constructeur Lister Motor Company a confirmé l'arrivée de la version de production.",
    "En février, Julie Morel avait signalé à la police de Liège la disparition de son voisin.",
])
def test_a_candidacy_a_product_or_a_report_is_no_change_of_post(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_an_unnamed_group_of_someone_s_staff_is_not_that_person(
        shared_extractor: Extractor) -> None:
    text = ("Dix-sept collaborateurs de Paul Arnaud ont décidé de quitter le cabinet ces "
            "dernières semaines.")
    assert events(shared_extractor, text, "fr") == []


def test_the_post_left_is_the_one_after_de_son_mandat_de(shared_extractor: Extractor) -> None:
    text = ("Le ministre de l'Intérieur Paul Arnaud démissionnera samedi de son mandat de maire "
            "de Brest.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.org, mention.role, mention.status) == ("Brest", "maire", "planned")


def test_a_future_title_is_a_planned_start(shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Julie Morel sera la future présidente de Renault.",
                        "fr")
    assert (mention.person, mention.kind, mention.org, mention.status) == (
        "Julie Morel", "start", "Renault", "planned")


def test_passing_through_a_country_is_no_move(shared_extractor: Extractor) -> None:
    text = "Paul Verdier, passé aux États-Unis pour ses études, revient en France."
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]


def test_a_headline_s_bare_participle_is_passive(shared_extractor: Extractor) -> None:
    text = "PSG : Marc Duval limogé, Paul Arnaud pour lui succéder"
    assert {("Marc Duval", "end", "dismiss", "PSG"),
            ("Paul Arnaud", "start", "appoint", "PSG")} <= facts(
        events(shared_extractor, text, "fr"))


def test_x_remplace_y_parsed_as_an_apposition(shared_extractor: Extractor) -> None:
    text = "Gouvernement : Julie Morel remplace Paul Arnaud à l'Agriculture"
    people = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert {("Julie Morel", "start"), ("Paul Arnaud", "end")} <= people


def test_a_death_in_office_is_a_departure_but_not_a_former_official_s(
        shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Le maire de Brest, Paul Arnaud, est décédé mardi.",
                        "fr")
    assert (mention.person, mention.kind, mention.org, mention.reason) == (
        "Paul Arnaud", "end", "Brest", "died")
    for text in ("L'ancien ministre Paul Arnaud est décédé mardi à l'âge de 84 ans.",
                 "Le chanteur Paul Arnaud est mort mardi à l'âge de 84 ans.",
                 "Le président Paul Arnaud a rendu hommage à ceux qui sont morts du Covid-19."):
        assert events(shared_extractor, text, "fr") == [], text



def test_the_first_woman_to_be_elected_is_the_copula_s_subject(
        shared_extractor: Extractor) -> None:
    text = "Ann Lowe was the first woman to be elected to the Harlow Bank board."
    assert ("Ann Lowe", "start", "appoint", "Harlow Bank") in facts(
        events(shared_extractor, text, "en"))


def test_fellow_fired_coaches_were_at_other_organizations(shared_extractor: Extractor) -> None:
    text = ("The Lakeport Herons lost again. The Lakeport Herons are last. While fellow fired "
            "coaches Tom Reyes and Gina Park seem sure of new jobs, Dario Feltz is not.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Tom Reyes", "end", "dismiss", None), ("Gina Park", "end", "dismiss", None)}


def test_left_for_a_place_names_where_someone_goes_not_what_they_left(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes left for Detroit following the 2002-03 season."
    assert not [m for m in events(shared_extractor, text, "en") if m.org == "Detroit"
                and m.kind == "end"]


def test_re_signing_a_player_is_no_join(shared_extractor: Extractor) -> None:
    text = "The Rovers kept their stars long-term by re-signing Tom Reyes."
    assert not events(shared_extractor, text, "en")


def test_a_national_post_belongs_to_the_country_nearest_it_in_the_sentence(
        shared_extractor: Extractor) -> None:
    text = ("India hails pick of Indian-American doctor\n"
            "In a nod to India's doctors in the US health system, the US President-elect has "
            "asked Dr Ann Lowe, a TV doctor, to be surgeon general.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Ann Lowe", "start", "appoint", "US")}


def test_english_national_post_takes_no_country_its_sentence_does_not_name(
        shared_extractor: Extractor) -> None:
    text = ("Canada doctor tipped for top health post\n"
            "Governor Kim Petrie has asked Dr Ann Lowe, a TV doctor, to be surgeon general.")
    assert facts(events(shared_extractor, text, "en")) == {
        ("Ann Lowe", "start", "appoint", None)}


def test_a_religious_title_before_someone_else_s_name_hides_nothing(
        shared_extractor: Extractor) -> None:
    text = ("In a Monday statement, HHA president and chief executive officer Sister Carol "
            "Keehan, DC, said that the group rejoices in Dr. Quillon's nomination. Robin Quillon "
            "runs a clinic.")
    (mention,) = events(shared_extractor, text, "en")
    assert mention.person == "Robin Quillon" and mention.org is None and mention.role is None


def test_french_keeps_its_merging_and_title_rules(shared_extractor: Extractor) -> None:
    # English-only lexicon switches (separate_dated_changes, titles_precede_names,
    # government.sentence_only) leave French as it was: dated mentions of one departure merge
    text = ("Nadia Keller quittera la mairie de Brest en 2025. Élue en 2014, Nadia Keller avait "
            "annoncé en 2023 qu'elle démissionnerait de la mairie de Brest.")
    ends = [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]
    assert len(ends) == 1


def test_a_name_after_the_modifying_a_change_noun_is_a_person(
        shared_extractor: Extractor) -> None:
    # "the" before a name usually opens a place or thing ("the Rose Garden"), not before a name
    # modifying a change noun
    text = "Analysts said the Kowalczyk resignation hurt Acme Bank shares."
    assert ("Kowalczyk", "end", "resign", None) in facts(events(shared_extractor, text, "en"))


def test_a_headline_name_before_a_firing_is_the_one_fired(shared_extractor: Extractor) -> None:
    # the parser reads "firing" as a verb with the next words as its object: the name before
    # it is still the one fired, and nothing after it is the organization
    text = ("Week ahead: Hensley firing dominates Washington GOP senators pitch Ruth Ames for "
            "FBI chief.")
    assert ("Hensley", "end", "dismiss", None) in facts(events(shared_extractor, text, "en"))


def test_the_agent_s_title_is_not_the_post_taken(shared_extractor: Extractor) -> None:
    text = ("Critics say he is no enemy of current chair Ruth Ames, who was appointed by the "
            "governor in 2019.")
    (mention,) = [m for m in events(shared_extractor, text, "en") if m.person == "Ruth Ames"]
    assert mention.role == "chair"


def test_a_topic_opening_the_sentence_is_the_organization_of_a_later_title(
        shared_extractor: Extractor) -> None:
    text = ("On the Harbor Authority, the mayor said he had no quarrel with current chair Ruth "
            "Ames, who was appointed by the governor.")
    assert ("Ruth Ames", "start", "appoint", "Harbor Authority") in facts(
        events(shared_extractor, text, "en"))
    text = "On Monday, the mayor said current chair Ruth Ames was appointed by the governor."
    assert ("Ruth Ames", "start", "appoint", None) in facts(events(shared_extractor, text, "en"))


def test_a_surname_tagged_as_an_organization_is_a_person_where_only_a_person_can_stand(
        shared_extractor: Extractor) -> None:
    # the small English model tags some lone surnames as organizations or places
    assert ("Kemper", "end", "resign", "Acme Bank") in facts(events(
        shared_extractor, "Kemper was forced to resign as chairman of Acme Bank.", "en"))
    assert ("Kemper", "end", "dismiss", None) in facts(events(
        shared_extractor, "After Kemper's dismissal, the bureau was led by Ann Fisk.", "en"))
    # never a country, nor a common noun a headline capitalised
    assert not events(shared_extractor, "Russia's ouster from the G8 angered Moscow.", "en")
    assert not events(shared_extractor,
                      "Suspect had been fired last week by Acme, police said. The suspect fled.",
                      "en")


def test_the_organization_of_a_former_post_is_not_the_one_of_the_new_post(
        shared_extractor: Extractor) -> None:
    text = ("Ted Ames, ex-commander of the Harbor Police and former head of the mayor's security "
            "service, has been appointed as the leader of the new agency, officials said.")
    assert facts(events(shared_extractor, text, "en")) == {("Ted Ames", "start", "appoint", None)}
    text = "Ted Ames, a former adviser at Globex, was appointed chief executive."
    assert facts(events(shared_extractor, text, "en")) == {("Ted Ames", "start", "appoint", None)}


def test_the_agent_of_a_replacement_keeps_the_title_it_is_given(
        shared_extractor: Extractor) -> None:
    # "replaced by the treasurer X": the agent is the newcomer, its title is still read
    text = "Dan Hale was replaced at Acme Bank by its treasurer, Tom Rusk."
    (rusk,) = [m for m in events(shared_extractor, text, "en") if m.person == "Tom Rusk"]
    assert rusk.kind == "start" and rusk.role == "treasurer"


def test_winning_an_election_or_taking_office_starts_a_post(shared_extractor: Extractor) -> None:
    text = "Ted Ames, who won the 2016 election, took office in January."
    assert ("Ted Ames", "start", "appoint", None) in facts(events(shared_extractor, text, "en"))
    text = "Ted Ames won the presidential election last month."
    assert ("Ted Ames", "start", "appoint", None) in facts(events(shared_extractor, text, "en"))
    # a primary, or a win only forecast, gives no post
    assert not events(shared_extractor, "Ted Ames won the Republican primary election.", "en")
    assert not events(shared_extractor, "Polls predict Ted Ames will win the election.", "en")


def test_forced_out_toppled_and_a_lost_job_end_a_post(shared_extractor: Extractor) -> None:
    assert ("Ted Ames", "end", "dismiss", "Acme Bank") in facts(events(
        shared_extractor, "Ted Ames was pushed out of Acme Bank.", "en"))
    assert ("Ted Ames", "end", "dismiss", None) in facts(events(
        shared_extractor, "Ted Ames was overthrown in 2014.", "en"))
    assert ("Ted Ames", "end", "dismiss", "Acme Bank") in facts(events(
        shared_extractor, "Ted Ames lost his job at Acme Bank in May.", "en"))
    # an unnamed president toppled is nobody named nearby
    assert not events(shared_extractor,
                      "Ted Ames leaked the memo that toppled a president in 1974.", "en")


def test_an_organization_of_a_past_title_is_not_the_post_taken(
        shared_extractor: Extractor) -> None:
    text = "L'ancien journaliste de Radio Nord et Télé Sud Marc Dufour succède à Paul Hervé."
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Marc Dufour", "start", "appoint", None) in found
    assert not {m[3] for m in found} & {"Radio Nord", "Télé Sud"}


def test_a_power_to_dismiss_or_an_unnamed_one_dismissed_is_no_event(
        shared_extractor: Extractor) -> None:
    text = "Le président a le droit de licencier n'importe quel fonctionnaire, a plaidé Paul Hervé."
    assert events(shared_extractor, text, "fr") == []
    text = ("Le limogeage d'un inspecteur général du ministère continue de faire des vagues, a "
            "reconnu Paul Hervé.")
    assert events(shared_extractor, text, "fr") == []


def test_a_channel_number_stays_in_its_name(shared_extractor: Extractor) -> None:
    text = ("Marc Dufour, le directeur exécutif de Canal 2, a été limogé. Le groupe Canal "
            "Diffusion a confirmé.")
    assert ("Marc Dufour", "end", "dismiss", "Canal 2") in facts(
        events(shared_extractor, text, "fr"))


def test_the_direction_of_the_channel_is_the_article_s_channel_not_the_title_s(
        shared_extractor: Extractor) -> None:
    text = ("La chaîne Canal Nord a perdu des téléspectateurs. Marc Dufour, directeur de la "
            "stratégie du groupe Médiacom, reprend la direction générale de la chaîne en "
            "intérim, a indiqué Canal Nord dans un communiqué. Canal Nord espère remonter.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.kind, mention.org, mention.interim) == (
        "Marc Dufour", "start", "Canal Nord", True)


def test_a_participle_set_after_a_name_describes_that_name(shared_extractor: Extractor) -> None:
    text = ("Interrogé sur Paul Hervé, promis à devenir président du Parti radical, Marc Dufour "
            "assure qu'il s'agit d'autre chose.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.kind, mention.status) == ("Paul Hervé", "start", "rumored")
    text = "Selon Marc Dufour, Paul Hervé, nommé mardi directeur de la banque, a réagi."
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.kind) == ("Paul Hervé", "start")


def test_a_name_run_past_a_destination_is_two_organizations(shared_extractor: Extractor) -> None:
    # fr_core_news_md tags "Libération pour l'Elysée" as one organization
    text = "Paul Hervé a quitté Libération pour l'Elysée."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Hervé", "end", "leave", "Libération"), ("Paul Hervé", "start", "join", "Elysée")}


def test_a_departure_for_an_organization_is_no_departure_from_it(
        shared_extractor: Extractor) -> None:
    text = ("Le poste était vacant depuis le départ de Paul Hervé pour la Fédération française "
            "de tennis (FFT).")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Paul Hervé", "start", "join", "Fédération française de tennis") in found
    assert not any(f[1] == "end" and f[3] for f in found)


def test_a_headline_s_trigger_word_and_preposition_are_no_part_of_names(
        shared_extractor: Extractor) -> None:
    text = "Limogeage de Hervé : Paul Hervé a été limogé mardi par le club."
    found = facts(events(shared_extractor, text, "fr"))
    assert found and all(f[0] == "Paul Hervé" and f[3] != "Limogeage" for f in found)
    from turnover.extract.names import Inventory
    inv = Inventory("Destitution de Hollande. Paul Hollande a été destitué.",
                    name_preps={"de", "du", "d'"})
    inv.persons.append("Paul Hollande")
    assert inv.full_person("de Hollande") == "Paul Hollande"


def test_the_name_opening_the_sentence_is_the_subject_past_its_appositions(
        shared_extractor: Extractor) -> None:
    text = ("Marc Dufour, entendu en mars dans le cadre de l'affaire Hervé, accusé de fraude, a "
            "démissionné le 23 juillet de ses fonctions d'adjoint à la Culture.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Marc Dufour"}


def test_a_deputy_s_portfolio_is_not_the_organization(shared_extractor: Extractor) -> None:
    text = "Marc Dufour a démissionné de ses fonctions d'adjoint à la Culture."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Marc Dufour", "end", "resign", None)}


def test_a_candidate_designated_by_a_party_is_a_candidacy(shared_extractor: Extractor) -> None:
    text = "Paul Hervé, le candidat désigné par le parti, a fait campagne."
    assert events(shared_extractor, text, "fr") == []


def test_a_new_president_in_an_article_about_the_government_is_the_country_s(
        shared_extractor: Extractor) -> None:
    text = ("Le gouvernement attend. Le nouveau président Paul Hervé s'envole pour Berlin. Le "
            "gouvernement est nommé. Le gouvernement travaille.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Hervé", "start", "appoint", "France")}


def test_an_office_held_until_or_since_a_date_is_a_holding(shared_extractor: Extractor) -> None:
    text = ("La ferme se trouve à Lormont, une ville de la circonscription où Paul Hervé était "
            "élu jusqu'à fin 2015.")
    assert events(shared_extractor, text, "fr") == []
    text = "Paul Hervé, élu depuis 2008 dans le canton, a pris la parole."
    assert events(shared_extractor, text, "fr") == []


def test_a_possessive_opening_the_sentence_is_the_subject_s(shared_extractor: Extractor) -> None:
    text = ("Paul Hervé a limogé sa directrice de cabinet. Après son départ, Mme Anne Morel dit "
            "avoir reçu le soutien de la ministre.")
    assert "Anne Morel" in {m.person for m in events(shared_extractor, text, "fr")
                            if m.kind == "end" and m.action == "leave"}
    text = "Paul Hervé a quitté Vandor. Après son départ, Anne Morel a été nommée directrice."
    assert ("Anne Morel", "end") not in {(m.person, m.kind)
                                         for m in events(shared_extractor, text, "fr")}


def test_someone_who_could_be_elected_is_a_candidate(shared_extractor: Extractor) -> None:
    text = "Anne Morel est convaincue qu'elle peut être élue présidente de la région en 2027."
    assert events(shared_extractor, text, "fr") == []


def test_a_national_post_in_an_article_about_one_foreign_country_is_that_country_s(
        shared_extractor: Extractor) -> None:
    text = ("Un nouveau gouvernement est entré en fonction en Israël. Le Premier ministre Paul "
            "Hervé a été nommé dimanche.")
    assert ("Paul Hervé", "start", "appoint", "Israël") in facts(
        events(shared_extractor, text, "fr"))


def test_a_comeback_at_a_venue_is_no_return_to_a_post(shared_extractor: Extractor) -> None:
    text = "Anne Morel fait son grand retour à l'Olympia avec un nouveau spectacle."
    assert events(shared_extractor, text, "fr") == []


def test_founding_and_returning_stay_two_changes(shared_extractor: Extractor) -> None:
    # the founder's epithet and the return merged into one "found" event, losing the return
    text = ("Léo Garnier de retour à la tête de Quantel. Une semaine après son éviction, le "
            "cofondateur de Quantel retrouve son poste de directeur général.")
    actions = {m.action for m in events(shared_extractor, text, "fr")
               if m.person == "Léo Garnier" and m.kind == "start"}
    assert "return" in actions


def test_a_gerund_after_before_has_the_subject_of_its_clause(
        shared_extractor: Extractor) -> None:
    text = ("Ann Lowe joined the Denver Hawks in 2012. She spent four seasons as director of "
            "scouting before being promoted to general manager in 2019.")
    assert ("Ann Lowe", "start", "appoint") in {
        (m.person, m.kind, m.action) for m in events(shared_extractor, text, "en")}


def test_whoever_is_congratulated_on_a_post_is_not_the_one_congratulating(
        shared_extractor: Extractor) -> None:
    text = ("Ronald Pike congratulated his old friend, Dr. Ann Lowe, on being nominated for "
            "surgeon general.")
    assert "Ronald Pike" not in {m.person for m in events(shared_extractor, text, "en")}


def test_a_given_name_that_is_mostly_a_man_s_gives_the_pronoun_its_gender(
        shared_extractor: Extractor) -> None:
    # "Tony" is also "mostly male" or unisex in some countries of the name dictionary
    text = ("Ann Lowe introduced Tony Vollmer to the board of Castell Motors. She resigned on "
            "Friday.")
    assert {m.person for m in events(shared_extractor, text, "en")} == {"Ann Lowe"}


def test_a_player_described_before_the_name_is_still_the_one_picked_up(
        shared_extractor: Extractor) -> None:
    text = "The Harbor City Hawks improved after the pick-up of dominant pivot Marcus Delane."
    assert ("Marcus Delane", "start", "join", "Harbor City Hawks") in facts(
        events(shared_extractor, text, "en"))


def test_the_organization_named_with_the_person_just_before_is_the_post_s(
        shared_extractor: Extractor) -> None:
    text = ("Ann Lowe introduced Tony Vollmer to the board of Castell Motors. She resigned on "
            "Friday.")
    assert ("Ann Lowe", "end", "resign", "Castell Motors") in facts(
        events(shared_extractor, text, "en"))


def test_a_national_post_takes_no_organization_from_the_sentence_before(
        shared_extractor: Extractor) -> None:
    text = ("Ann Lowe has worked at the Department of Health and Human Services since 2001. If "
            "confirmed, she will become surgeon general in June.")
    assert ("Ann Lowe", "start", "appoint", "Department of Health and Human Services") not in \
        facts(events(shared_extractor, text, "en"))


def test_an_assembly_left_is_the_organization_of_the_departure(
        shared_extractor: Extractor) -> None:
    text = "Ronald Pike resigned from Congress in 2010 after a scandal."
    assert ("Ronald Pike", "end", "resign", "Congress") in facts(
        events(shared_extractor, text, "en"))
    # but never the organization of a post it confirms
    text = "The Senate confirmed Ronald Pike as surgeon general on Tuesday."
    assert "Senate" not in {m.org for m in events(shared_extractor, text, "en")}


def test_declining_to_comment_denies_nothing(shared_extractor: Extractor) -> None:
    text = "Ronald Pike, whom the Denver Hawks fired on Friday, declined to comment."
    assert {(m.person, m.status) for m in events(shared_extractor, text, "en")} == {
        ("Ronald Pike", "occurred")}


def test_a_party_after_the_title_is_not_its_organization(shared_extractor: Extractor) -> None:
    text = ("Dr. Ann Lowe is under serious consideration to be the next surgeon general, "
            "Democratic officials said Tuesday.")
    assert "Democratic" not in {m.org for m in events(shared_extractor, text, "en")}


def test_who_announces_a_nomination_does_not_give_it_a_title(
        shared_extractor: Extractor) -> None:
    text = "The president announced the nomination of Ann Lowe on Monday."
    assert {(m.person, m.role) for m in events(shared_extractor, text, "en")} == {
        ("Ann Lowe", None)}


def test_a_list_item_written_like_the_people_after_it_is_a_person(
        shared_extractor: Extractor) -> None:
    # NER takes the first name of the list for an organization
    text = ("Reyes is the fifth coach fired this season, after PJ Carlesimo of Oklahoma City, "
            "Ann Price of Austin and Luis Ortega of Tampa.")
    assert ("PJ Carlesimo", "end", "dismiss", "Oklahoma City") in facts(
        events(shared_extractor, text, "en"))


def test_where_someone_else_left_for_is_not_the_post_of_the_next_change(
        shared_extractor: Extractor) -> None:
    text = ("Tom Reyes left for the Denver Hawks after the season, and his assistant Ann Price "
            "was promoted to head coach.")
    assert ("Ann Price", "start", "appoint", "Denver Hawks") not in facts(
        events(shared_extractor, text, "en"))


def test_the_month_of_may_is_no_rumour(shared_extractor: Extractor) -> None:
    text = "Castell Motors fired Ann Lowe in May."
    assert {(m.person, m.status) for m in events(shared_extractor, text, "en")} == {
        ("Ann Lowe", "occurred")}


def test_a_lone_surname_ner_misses_is_the_one_appointed(shared_extractor: Extractor) -> None:
    text = "The president appointed Kuzmenko to lead the Border Guard."
    assert ("Kuzmenko", "start", "appoint", "Border Guard") in facts(
        events(shared_extractor, text, "en"))
    # but a title in a headline is nobody
    text = "Lopez to Name Dr. Dana Whitfield Surgeon General: joke or actual news?"
    assert {m.person for m in events(shared_extractor, text, "en")} <= {"Dana Whitfield"}


def test_a_lone_untagged_name_who_sacks_is_no_organization(
        shared_extractor: Extractor) -> None:
    text = "Okello sacked Kuzmenko as vice president in 2013."
    assert {(m.person, m.org) for m in events(shared_extractor, text, "en")} == {
        ("Kuzmenko", None)}


def test_the_fired_director_is_no_fire(shared_extractor: Extractor) -> None:
    text = "The fired FBI director Ronald Pike testified on Thursday."
    assert ("Ronald Pike", "end", "dismiss", "FBI") in facts(events(shared_extractor, text, "en"))
    text = "Coach Greg Marsh said a fired-up Ronald Pike means a lot to his club."
    assert events(shared_extractor, text, "en") == []


def test_a_nationality_before_a_title_is_the_country(shared_extractor: Extractor) -> None:
    text = "Supporters of ousted Egyptian President Karim Haddad clashed with police on Friday."
    assert ("Karim Haddad", "end", "dismiss", "Egypt") in facts(
        events(shared_extractor, text, "en"))


def test_a_seat_won_is_an_appointment(shared_extractor: Extractor) -> None:
    text = "Ann Lowe won a seat in the Fairview city council in 2019."
    assert ("Ann Lowe", "start", "appoint") in {
        (m.person, m.kind, m.action) for m in events(shared_extractor, text, "en")}


@pytest.mark.parametrize("text", [
    "General manager Tom Reyes said resigning Castillo was his top priority this winter.",
    "Marcus Delane joined the Hawks' Tom Reyes as the only players with three long runs.",
    "The suspect, Tom Reyes, was returned to Eastport on Tuesday.",
    "The touchdown finished off Tom Reyes's seventh fourth-quarter comeback this season.",
    "Tom Reyes, 20, is accused of firing indiscriminately at rival gang members.",
    "Tom Reyes is expected to return to Eastport Supreme Court on Oct. 2.",
])
def test_sports_and_crime_words_that_look_like_a_change(shared_extractor: Extractor,
                                                        text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_an_organization_announcing_its_own_officer_s_departure_is_the_organization(
        shared_extractor: Extractor) -> None:
    text = "Castell Motors said its chief financial officer, Ann Lowe, would step down in June."
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.org) == ("Ann Lowe", "Castell Motors")
    # an outlet reporting another organization's change is not that organization
    text = "Castell Motors said Reuters had fired its editor, Ann Lowe."
    assert "Castell Motors" not in {m.org for m in events(shared_extractor, text, "en")}


def test_a_name_before_a_clitic_and_its_verb_is_the_newcomer(shared_extractor: Extractor) -> None:
    # a headline without a period, where the parser takes the newcomer for an object
    text = "Ilona Varga quitte Helix, Tomas Brenner lui succède"
    got = facts(events(shared_extractor, text, "fr"))
    assert ("Tomas Brenner", "start", "appoint", "Helix") in got
    assert ("Ilona Varga", "end", "leave", "Helix") in got
    assert ("Ilona Varga", "start", "appoint", "Helix") not in got


def test_a_founder_title_is_a_founding_at_no_date_and_names_its_holder(
        shared_extractor: Extractor) -> None:
    text = ("Omar Reyes, an OpenAI co-founder who joined Anthropic last August, is the "
            "startup's chief scientist.")
    found = [m for m in events(shared_extractor, text, "en") if m.action == "found"]
    assert [(m.person, m.org, m.when, m.status) for m in found] == [
        ("Omar Reyes", "OpenAI", None, "occurred")]
    text = "Northgate Partners co-founder Maya Chen said the firm would open an office in Lisbon."
    assert ("Maya Chen", "start", "found", "Northgate Partners") in facts(
        events(shared_extractor, text, "en"))


def test_a_company_called_so_is_the_one_founded(shared_extractor: Extractor) -> None:
    got = facts(events(shared_extractor, "Paul Grant has co-founded a new company called "
                                         "Lumio.", "en"))
    assert got == {("Paul Grant", "start", "found", "Lumio")}
    got = facts(events(shared_extractor, "Hugo Marchal a fondé en 2019 une entreprise "
                                         "baptisée Vegetis.", "fr"))
    assert got == {("Hugo Marchal", "start", "found", "Vegetis")}


def test_a_date_in_a_relative_clause_is_that_clause_s(shared_extractor: Extractor) -> None:
    found = events(shared_extractor, "Paul Grant, who left Vexa in March, has co-founded a new "
                                     "company called Lumio.", "en")
    when = {m.action: m.when for m in found}
    assert when == {"leave": "2024-03", "found": None}


def test_the_month_of_may_and_a_man_named_will_are_no_status_cues(
        shared_extractor: Extractor) -> None:
    (left,) = events(shared_extractor, "Paul Grant left Vexa in May.", "en")
    assert left.status == "occurred"
    (hired,) = events(shared_extractor, "Vexa hired Will Turner as chief executive.", "en")
    assert hired.status == "occurred"


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


def test_a_departure_announced_by_a_title_is_the_protagonist_s(
        shared_extractor: Extractor) -> None:
    text = ("Marc Leroy quitte Vexa. Marc Leroy était arrivé en 2015. Le directeur scientifique "
            "de Vexa a annoncé son départ mardi, et Paul Durand a salué son travail.")
    assert {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"} == {
        "Marc Leroy"}


def test_a_relative_clause_keeps_its_own_tense_and_date(shared_extractor: Extractor) -> None:
    text = "Paul Durand, qui a démissionné en mars, sera remplacé par Marc Leroy à la tête de Vexa."
    got = {m.person: (m.status, m.when) for m in events(shared_extractor, text, "fr")}
    assert got["Paul Durand"] == ("occurred", "2024-03")
    assert got["Marc Leroy"][0] == "planned"


def test_the_company_someone_founded_is_the_article_s(shared_extractor: Extractor) -> None:
    text = ("Le conseil d'administration d'Helix Robotics a nommé Marc Leroy. Helix Robotics "
            "traverse une crise. Paul Durand ne reprendra pas les rênes de l'entreprise qu'il a "
            "cofondée.")
    found = [m for m in events(shared_extractor, text, "fr") if m.action == "found"]
    assert [(m.person, m.org, m.status) for m in found] == [
        ("Paul Durand", "Helix Robotics", "occurred")]


def test_the_title_of_another_clause_s_subject_is_not_the_role(
        shared_extractor: Extractor) -> None:
    text = ("Le directeur général avait été rétabli dans ses fonctions quelques jours plus tard, "
            "et Paul Durand avait quitté le conseil d'administration.")
    (left,) = events(shared_extractor, text, "fr")
    assert (left.person, left.role) == ("Paul Durand", None)
    (quit_,) = events(shared_extractor, "Le PDG Paul Durand a annoncé qu'il démissionnait.", "fr")
    assert (quit_.person, quit_.role) == ("Paul Durand", "pdg")


def test_the_retirement_age_and_a_threat_to_resign_are_no_change(
        shared_extractor: Extractor) -> None:
    for text in ("Le gouvernement envisage un recul de l'âge de départ à la retraite, a indiqué "
                 "le ministre Paul Durand.",
                 "Le député Paul Durand menace de démissionner s'il doit licencier son épouse.",
                 "Le président du club menace Paul Durand de licenciement après six défaites."):
        assert events(shared_extractor, text, "fr") == [], text
    assert events(shared_extractor, "Paul Grant threatened to resign from Vexa.", "en") == []


def test_joining_a_demonstration_or_an_award_nomination_is_no_post(
        shared_extractor: Extractor) -> None:
    for text in ("Les élus du Parti vert ont ensuite rejoint la manifestation, derrière leur "
                 "présidente Léa Vasseur.",
                 "Léa Vasseur est nommée meilleure comédienne pour son rôle dans la pièce.",
                 "Pour Léa Vasseur, il s'agit de sa troisième nomination aux Molières."):
        assert events(shared_extractor, text, "fr") == [], text


def test_an_outlet_quoted_is_never_the_person(shared_extractor: Extractor) -> None:
    text = "Selon Closer, le chanteur ignore les motifs de l'éviction de Paul Durand."
    assert {m.person for m in events(shared_extractor, text, "fr")} <= {"Paul Durand"}


def test_a_founding_president_founded_the_organization(shared_extractor: Extractor) -> None:
    text = "Paul Durand, président fondateur de Vexa, a démissionné."
    got = {(m.action, m.org, m.role) for m in events(shared_extractor, text, "fr")}
    assert got == {("resign", "Vexa", "président"), ("found", "Vexa", "président")}


def test_leaving_us_or_naming_someone_unnamed_is_no_change(shared_extractor: Extractor) -> None:
    for text in ("La star Dorothy Vale est l'une des premières figures du cinéma à nous quitter.",
                 "Ils ont ordonné aux putschistes de nommer immédiatement un président.",
                 "C'est incroyable de nommer quelqu'un qui vit si loin de la réalité, s'insurge "
                 "Daria Klein."):
        assert events(shared_extractor, text, "fr") == [], text


def test_a_participle_opening_the_sentence_describes_the_subject_after_it(
        shared_extractor: Extractor) -> None:
    text = ("Nommé vendredi en remplacement d'Edouard Fabre, Jean Castel a présenté mercredi sa "
            "feuille de route.")
    got = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert got == {("Jean Castel", "start"), ("Edouard Fabre", "end")}


def test_about_to_resign_is_planned(shared_extractor: Extractor) -> None:
    (fr,) = events(shared_extractor, "Jean-Claude Marly est sur le point de démissionner.", "fr")
    (en,) = events(shared_extractor, "Paul Grant is about to resign from Vexa.", "en")
    assert (fr.status, en.status) == ("planned", "planned")


def test_another_clause_s_subject_gives_no_organization(shared_extractor: Extractor) -> None:
    text = ("Le député LREM des Hauts-de-Seine a évoqué lundi la démission de Laurent Vauquier "
            "de la présidence de LR.")
    (quit_,) = events(shared_extractor, text, "fr")
    assert (quit_.person, quit_.org, quit_.role) == ("Laurent Vauquier", "LR", None)


def test_a_pronoun_said_by_an_unnamed_title_names_nobody(shared_extractor: Extractor) -> None:
    text = ("Comme plusieurs autres ministres, le chancelier de l'Échiquier a indiqué qu'il "
            "mettrait un point d'honneur à démissionner, a expliqué Boris Jonson.")
    assert events(shared_extractor, text, "fr") == []


def test_a_departure_announced_after_another_verb_is_its_subject_s(
        shared_extractor: Extractor) -> None:
    text = ("Enfin, la présidente de région Valérie Pécrel a rapporté s'être entretenue avec le "
            "président du Sénat et Nicolas Sarkozi avant d'annoncer son départ.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Valérie Pécrel"}


def test_a_case_of_resignation_or_leaving_a_desk_is_no_change(
        shared_extractor: Extractor) -> None:
    for text in ("Indemnités chômage en cas de démission : la promesse de Paul Durand tarde.",
                 "Dernier à l'écran, Sébastien Cauvet a préféré quitter lui aussi son pupitre."):
        assert events(shared_extractor, text, "fr") == [], text
    assert events(shared_extractor, "In the event of a resignation, Paul Grant would lose his "
                                    "bonus.", "en") == []


def test_succeeding_him_in_a_role_replaces_the_one_who_held_it(
        shared_extractor: Extractor) -> None:
    text = ("Omar Reyes launches a new company. The launch comes a month after Reyes announced "
            "his departure from Helix, where he was chief scientist. He was one of the board "
            "members who voted to remove Paul Grant as chief executive, before Grant was "
            "reinstated days later. Lena Voss succeeded him as chief scientist in May.")
    ends = {m.person for m in events(shared_extractor, text, "en") if m.kind == "end"}
    assert "Paul Grant" not in ends and "Omar Reyes" in ends


def test_a_founder_and_title_announcing_a_departure_is_the_protagonist(
        shared_extractor: Extractor) -> None:
    text = ("Omar Reyes quitte Helix, Lena Voss lui succède. Le cofondateur et directeur "
            "scientifique de Helix a annoncé son départ mardi. Omar Reyes avait rejoint Helix "
            "en 2015.")
    ends = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert ends == {"Omar Reyes"}


def test_a_middle_given_name_does_not_start_a_shorter_name(shared_extractor: Extractor) -> None:
    text = "Lena Mae Corrigan was born in Nashville. In 1992, she left Castell Motors."
    assert {m.person for m in events(shared_extractor, text, "en")} == {"Lena Mae Corrigan"}


def test_the_member_described_is_the_article_s_protagonist(shared_extractor: Extractor) -> None:
    text = ("Tom Reyes was fired by the Denver Hawks on Sunday. Reyes won two titles as a player. "
            "The member of the 1990 championship team started his coaching career in Austin.")
    assert ("Tom Reyes", "start", "join", "Austin") in facts(events(shared_extractor, text, "en"))


def test_the_favourite_to_get_the_job_is_a_rumored_appointment(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes will be the odds-on favorite to get the job at the Denver Hawks."
    assert {(m.person, m.kind, m.status) for m in events(shared_extractor, text, "en")} == {
        ("Tom Reyes", "start", "rumored")}


def test_a_seat_in_the_government_belongs_to_the_country(shared_extractor: Extractor) -> None:
    text = ("Hélène Marchal a claqué la porte du gouvernement mardi, dénonçant le poids des "
            "lobbies.")
    assert ("Hélène Marchal", "end", "resign", "France") in facts(
        events(shared_extractor, text, "fr"))


def test_a_portfolio_is_the_post_of_a_minister_of_the_country(
        shared_extractor: Extractor) -> None:
    text = "Le député Julien Morvan a été nommé mardi aux Affaires étrangères."
    assert ("Julien Morvan", "start", "appoint", "France") in facts(
        events(shared_extractor, text, "fr"))


def test_a_speculation_naming_no_post_goes_on_with_the_previous_one(
        shared_extractor: Extractor) -> None:
    text = ("Pour prendre la présidence du groupe Medianova, le conseil a deux favoris : Anne "
            "Roux et Paul Martel. Karim Benali et Lucie Fabre sont également cités comme "
            "candidats possibles au poste.")
    found = facts(events(shared_extractor, text, "fr"))
    assert {("Karim Benali", "start", "appoint", "Medianova"),
            ("Lucie Fabre", "start", "appoint", "Medianova")} <= found


def test_a_party_acronym_is_the_party_as_the_article_spells_it(
        shared_extractor: Extractor) -> None:
    text = ("Le sénateur Paul Verdier a claqué la porte du PCF mardi, jugeant le parti "
            "communiste trop timoré.")
    assert ("Paul Verdier", "end", "resign", "parti communiste") in facts(
        events(shared_extractor, text, "fr"))


@pytest.mark.parametrize(("text", "fact"), [
    ("Paul Roux a annoncé dimanche qu'il rejoignait le Mouvement radical.",
     ("Paul Roux", "start", "join", "Mouvement radical")),
    ("Marc Petit reprenait la direction du groupe Sorel en 2019.",
     ("Marc Petit", "start", "appoint", "Sorel")),
    ("En 2012, Claire Dumas devenait directrice générale du groupe Sorel.",
     ("Claire Dumas", "start", "appoint", "Sorel")),
])
def test_every_tense_of_a_trigger_verb_fires(shared_extractor: Extractor, text: str,
                                             fact: tuple[str, str, str, str]) -> None:
    assert fact in facts(events(shared_extractor, text, "fr"))


def test_a_plural_pronoun_stands_for_names_listed_with_their_titles(
        shared_extractor: Extractor) -> None:
    text = ("Les ministres Paul Roux et Marc Petit et le député Jean Morel ont annoncé dimanche "
            "qu'ils rejoignaient le Mouvement radical.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "start"}
    assert people == {"Paul Roux", "Marc Petit", "Jean Morel"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Depuis son arrivée au pouvoir en 2019, le président brésilien Paulo Mendes a multiplié "
     "les provocations.", ("Paulo Mendes", "start", "appoint", "Brésil")),
    ("Arrivé au pouvoir en juillet, Tom Blake a convoqué des législatives au Royaume-Uni.",
     ("Tom Blake", "start", "appoint", "Royaume-Uni")),
])
def test_coming_to_power_is_a_national_post_of_the_country(
        shared_extractor: Extractor, text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in facts(events(shared_extractor, text, "fr"))


def test_a_subject_pronoun_is_not_someone_named_only_as_a_complement(
        shared_extractor: Extractor) -> None:
    text = ("Claire Martin a fondé l'association Juristes en 2014, avant de devenir directrice de "
            "cabinet de Sophie Bernard. Elle a été nommée mardi présidente de la cour d'appel de "
            "Rennes.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.org == "Rennes"}
    assert people == {"Claire Martin"}


def test_a_name_after_what_a_company_does_is_the_company(shared_extractor: Extractor) -> None:
    text = ("L'ancien député Paul Verdier a rejoint le courtier en assurances Marcel Dupuis "
            "Conseil.")
    assert ("Paul Verdier", "start", "join", "Marcel Dupuis Conseil") in facts(
        events(shared_extractor, text, "fr"))


def test_opening_ones_own_firm_in_a_city_founds_an_unnamed_firm(
        shared_extractor: Extractor) -> None:
    text = "L'ancienne députée Anne Roux a ouvert son propre cabinet à Lyon l'an dernier."
    assert ("Anne Roux", "start", "found", None) in facts(events(shared_extractor, text, "fr"))


def test_a_subject_pronoun_is_not_the_agent_of_the_change_before(
        shared_extractor: Extractor) -> None:
    text = ("Le sénateur Marc Lefort a été officiellement nommé par le président Paul Girard. "
            "Il succède à Jean Roux à la tête de la Fédération Alpine.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Marc Lefort", "start", "appoint", "Fédération Alpine") in found
    assert all(person != "Paul Girard" for person, *_ in found)


@pytest.mark.parametrize(("text", "fact", "present"), [
    ("Le président Marc Duval a quitté l'Élysée en mai.",
     ("Marc Duval", "end", "leave", "France"), True),
    ("L'ancien président Marc Duval a quitté samedi soir Bamako pour des soins à l'étranger.",
     ("Marc Duval", "end", "leave", "Bamako"), False),
    ("L'attaquant Marc Duval quitte Lyon pour Monaco.",
     ("Marc Duval", "end", "leave", "Lyon"), True),
])
def test_leaving_a_place_is_no_change_but_leaving_an_office_or_a_club_is(
        shared_extractor: Extractor, text: str, fact: tuple[str, str, str, str],
        present: bool) -> None:
    assert (fact in facts(events(shared_extractor, text, "fr"))) == present


def test_a_departure_from_no_organization_is_someone_walking_out(
        shared_extractor: Extractor) -> None:
    text = "Lambert Girard s'est dit choqué par le départ d'Anne Roux pendant la cérémonie."
    assert not [m for m in events(shared_extractor, text, "fr") if m.person == "Anne Roux"]


def test_a_post_referred_to_as_ce_poste_is_the_one_named_just_before(
        shared_extractor: Extractor) -> None:
    text = ("Claire Fabre, ancienne directrice de Valmont, est désormais membre du Conseil des "
            "sages de la Fédération Alpine. Nommée à ce poste vendredi, elle recevra les "
            "candidats.")
    found = facts(events(shared_extractor, text, "fr"))
    assert all(org != "Valmont" for person, kind, _, org in found if kind == "start")
    assert any(org and "Fédération Alpine" in org for person, kind, _, org in found
               if person == "Claire Fabre" and kind == "start")


def test_an_arrival_at_this_post_in_a_month_is_a_start(shared_extractor: Extractor) -> None:
    text = ("L'inspecteur général de la Fédération Alpine Marc Tissier a démissionné mercredi. "
            "Son arrivée en mai à ce poste avait surpris.")
    assert ("Marc Tissier", "start", "appoint", "Fédération Alpine") in facts(
        events(shared_extractor, text, "fr"))


def test_a_speculated_name_keeps_the_post_speculated_not_the_one_held(
        shared_extractor: Extractor) -> None:
    text = ("Remaniement : parmi les noms qui circulent, figurent Anne Roux, présidente de la "
            "Fondation Verte, et le juge Paul Morel, évoqué pour l'Écologie et la Justice.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Paul Morel", "start", "appoint", "France") in found
    assert all(org != "Fondation Verte" for *_, org in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("En 2009, le groupe Sorel recruta Marc Tissier pour diriger ses ventes.",
     ("Marc Tissier", "start", "join", "Sorel")),
    ("En 2012, le groupe Sorel licencia Claire Fabre pour faute grave.",
     ("Claire Fabre", "end", "dismiss", "Sorel")),
    ("Le conseil de la Fédération Alpine désigna Paul Morel à sa tête en 2015.",
     ("Paul Morel", "start", "appoint", "Fédération Alpine")),
])
def test_past_historic_and_imperfect_forms_fire(shared_extractor: Extractor, text: str,
                                               fact: tuple[str, str, str, str]) -> None:
    assert fact in facts(events(shared_extractor, text, "fr"))


@pytest.mark.parametrize("text", [
    "Ce dernier a assuré que l'âge légal de départ reste fixé à 62 ans, selon Paul Durand.",
    "Le haut-commissaire Paul Durand est allé jusqu'à mettre sa démission dans la balance.",
    "Retraites : Paul Durand a \"pensé\" à démissionner.",
    "Paul Durand aurait hésité à démissionner.",
    "Se quitter : une décision pas facile pour Léa Vasseur.",
])
def test_thinking_of_resigning_or_a_legal_age_is_no_change(shared_extractor: Extractor,
                                                           text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    "Il avait été candidat en septembre pour succéder à Richard Fernand à la tête du groupe.",
    "Plusieurs élus demandent à ce que Richard Fernand démissionne de la présidence.",
    "Le pape a répondu à la nouvelle demande de démission du cardinal Barbaran.",
    "Le prochain départ du Tour de France est prévu pour le 7 juillet, selon Chris Frame.",
    "Paul Durand aurait pris des décisions passibles de destitution, selon son ancien conseiller.",
])
def test_candidacies_calls_requests_and_race_starts_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_a_fronted_participle_before_a_pronoun_is_the_pronoun_s(
        shared_extractor: Extractor) -> None:
    text = ("Gilles Legendre préside le groupe. Réélu à la tête du groupe majoritaire en juillet, "
            "il semble regretter que le Premier ministre Edouard Philippon reste discret.")
    (start,) = events(shared_extractor, text, "fr")
    assert (start.person, start.role) == ("Gilles Legendre", None)


def test_a_surname_inside_another_person_s_name_counts_for_that_person(
        shared_extractor: Extractor) -> None:
    text = ("Philippe Poutrel annonce son licenciement. L'ancien candidat vient d'annoncer avoir "
            "été licencié de l'usine Ford. Édouard Philippe n'a pas réagi. Philippe Poutrel "
            "était délégué syndical.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Philippe Poutrel"}


def test_a_thing_replaced_by_a_thing_names_nobody(shared_extractor: Extractor) -> None:
    for text in ("Nîmes : la sonnerie d'un collège remplacée par une chanson de Johnny Halliday",
                 "Des députés ont quitté la salle, a dénoncé le député Eric Coquerin."):
        assert events(shared_extractor, text, "fr") == [], text


def test_an_office_before_a_name_is_no_part_of_it(shared_extractor: Extractor) -> None:
    (start,) = events(shared_extractor, "Protests grew after Prime Minister George Papadakis "
                                        "took office last October.", "en")
    assert start.person == "George Papadakis"


def test_a_change_asked_about_is_at_most_a_rumour(shared_extractor: Extractor) -> None:
    text = ("Claire Chavel acceptera-t-elle aujourd'hui une proposition pour remplacer l'actuel "
            "ministre Franck Rivière ?")
    assert {m.status for m in events(shared_extractor, text, "fr")} <= {"rumored", "planned"}



@pytest.mark.parametrize("text", [
    "Le président Paul Durand a annulé à la dernière minute son départ pour le New Jersey.",
    "Le prince est revenu sur son départ au Canada, a expliqué Marc Leroy.",
    "Olivier Favre estime que la démission de Gérard Colin est dans la balance.",
])
def test_a_trip_or_a_resignation_in_the_balance_is_no_change(shared_extractor: Extractor,
                                                              text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    "In 1992, Bettie Paige left a California mental hospital.",
    "If extradited, Warren Jeffers will join 12 other defendants charged with similar offenses.",
    "Doug McDermid becomes the university's all-time scoring leader.",
])
def test_a_hospital_left_a_group_of_defendants_or_a_record_is_no_post(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_heading_a_march_is_no_post(shared_extractor: Extractor) -> None:
    text = "L'actrice Julie Douin a pris la tête du cortège organisé en Seine-et-Marne."
    assert events(shared_extractor, text, "fr") == []


def test_a_pronoun_subject_after_a_fronted_phrase_owns_its_possessive(
        shared_extractor: Extractor) -> None:
    text = ("Ruth Mackenzy a été nommée directrice artistique du Châtelet. Après sa nomination, "
            "elle avait dû attendre 2019 pour annoncer sa première saison, selon Jean-Luc Chopin.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Ruth Mackenzy"}


def test_a_why_question_takes_the_change_as_given(shared_extractor: Extractor) -> None:
    (left,) = events(shared_extractor, "Pourquoi Shemar Moure a-t-il quitté la série Esprits "
                                       "Criminels ?", "fr")
    assert left.status == "occurred"


def test_the_product_behind_which_a_company_stands_is_not_the_organization(
        shared_extractor: Extractor) -> None:
    text = ("For now, Mira Marati, the chief technology officer who was named interim CEO on "
            "Friday, remains in charge of the company behind ChatGPT.")
    assert all(m.org != "ChatGPT" for m in events(shared_extractor, text, "en"))


@pytest.mark.parametrize("text", [
    "Valérie Pécrel veut que la radicalisation puisse être motif de licenciement.",
    "Né le 11 juin 1920, licencié ès-lettres, Albin Chalendon entre dans la Résistance.",
    "Lors de son départ du défilé Balmain, Kim Kardachian a été agressée.",
    "Christophe Castel et la députée Aurore Berger ont annoncé leur candidature pour le "
    "remplacer.",
])
def test_degrees_grounds_shows_and_candidacies_are_no_change(shared_extractor: Extractor,
                                                             text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_a_fronted_participle_reaches_a_name_after_its_title(shared_extractor: Extractor) -> None:
    text = ("Nommé garde des Sceaux en 1986 dans le gouvernement de Jacques Chirac, M. Chalendon "
            "y est le symbole d'une politique sécuritaire.")
    (start,) = events(shared_extractor, text, "fr")
    assert (start.person, start.org, start.role) == ("Chalendon", "France", "garde des sceaux")


def test_intending_to_resign_is_planned(shared_extractor: Extractor) -> None:
    (quit_,) = events(shared_extractor, "Japon : le Premier ministre Shinzo Abé compte "
                                        "démissionner pour raisons de santé.", "fr")
    assert quit_.status == "planned"


@pytest.mark.parametrize("text", [
    "Nicolas Hulet sommé de quitter le gouvernement",
    "Après 40 jours d'aventure, Frédéric Lemoine a été désigné par ses pairs comme le grand "
    "gagnant du jeu.",
    "La journaliste a vu Bernard Tapy quitter en direct le plateau de son interview.",
    "Le Premier ministre Edouard Philippon s'est abstenu sur une question concernant le départ "
    "à la retraite des cheminots.",
])
def test_orders_game_wins_walkouts_and_group_retirements_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_an_office_named_or_left_with_no_title_is_the_country_s_post(
        shared_extractor: Extractor) -> None:
    (start,) = events(shared_extractor, "Jean Castel a été nommé vendredi à Matignon.", "fr")
    assert (start.person, start.org) == ("Jean Castel", "France")
    (end,) = events(shared_extractor, "Depuis qu'il a quitté l'Élysée, François Holland se fait "
                                      "discret.", "fr")
    assert (end.person, end.org) == ("François Holland", "France")
    text = "Paul Durand, conseiller du président, a rejoint l'Élysée lundi."
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"Élysée"}


def test_a_one_letter_title_needs_its_period() -> None:
    from turnover.extract.names import clean_name
    assert clean_name("M. Dupont", {"m", "mme"}) == "Dupont"
    assert clean_name("M Pokora", {"m", "mme"}) == "M Pokora"  # a stage name


def test_a_verb_after_a_name_and_its_apposition_has_that_name_for_subject(
        shared_extractor: Extractor) -> None:
    text = ("Lina Morel a salué son travail et a annoncé que Hugo Brun, jusqu'ici directeur de la "
            "recherche, devenait directeur scientifique de Vexalis.")
    (start,) = events(shared_extractor, text, "fr")
    assert (start.person, start.kind, start.org) == ("Hugo Brun", "start", "Vexalis")
    assert start.role == "directeur scientifique"


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


def test_the_company_left_is_the_organization_that_says_so(shared_extractor: Extractor) -> None:
    # the article is mostly about Microsoft AI, yet the company left is the one that says so
    text = ("Microsoft has hired Omar Haddad to run Microsoft AI. Microsoft AI will build "
            "chatbots. Quillon Technologies, the startup behind the Pi chatbot, confirmed in a "
            "blog post that Haddad is leaving the company.")
    assert ("Omar Haddad", "end", "leave", "Quillon Technologies") in facts(
        events(shared_extractor, text, "en"))


def test_a_gerund_whose_clause_has_no_subject_names_nobody_after_the_verb(
        shared_extractor: Extractor) -> None:
    text = ("A month after leaving Norland Robotics, its co-founder has started a new company "
            "with Daniel Marsh and Daniel Levy.")
    assert not [m for m in events(shared_extractor, text, "en") if m.kind == "end"]


def test_a_change_noun_after_apres_is_a_settled_fact(shared_extractor: Extractor) -> None:
    text = "Un mois après son départ du groupe Vexal, Hugo Brun aurait déjà un nouveau projet."
    (end,) = [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]
    assert (end.person, end.org, end.status) == ("Hugo Brun", "Vexal", "occurred")


def test_a_founding_told_by_a_title_is_background_until_dated(
        shared_extractor: Extractor) -> None:
    (found,) = [m for m in events(shared_extractor, "Lena Ortiz, cofondatrice de Vexal, a "
                                  "quitté le groupe mardi.", "fr") if m.action == "found"]
    assert (found.org, found.when, found.background) == ("Vexal", None, True)
    text = ("Lena Ortiz, cofondatrice de Vexal, a quitté le groupe mardi. Elle avait fondé Vexal "
            "en 2015.")
    (found,) = [m for m in events(shared_extractor, text, "fr") if m.action == "found"]
    assert (found.when, found.background) == ("2015", False)


def test_one_word_before_a_founder_title_and_a_name_is_the_organization(
        shared_extractor: Extractor) -> None:
    found = events(shared_extractor, "On Monday, Vexal co-founder Lena Ortiz joined Anthropic.",
                   "en")
    assert facts(found) == {("Lena Ortiz", "start", "found", "Vexal"),
                            ("Lena Ortiz", "start", "join", "Anthropic")}
    assert all(m.role is None for m in found)  # founding a company is no post held


def test_a_title_across_a_semicolon_is_another_clause_s(shared_extractor: Extractor) -> None:
    found = events(shared_extractor, "Paul Durand returns as Vexal CEO; Lena Ortiz leaves the "
                                     "board of Vexal.", "en")
    assert {(m.person, m.role) for m in found} == {("Paul Durand", "ceo"), ("Lena Ortiz", None)}


def test_a_founder_title_is_the_role_of_the_founding_only(shared_extractor: Extractor) -> None:
    found = events(shared_extractor, "Greg Lorne, Norland Robotics' president and co-founder, "
                                     "quit on Friday.", "en")
    assert {(m.action, m.org, m.role) for m in found} == {
        ("found", "Norland Robotics", None), ("resign", "Norland Robotics", "president")}
    text = ("Ilya Morin, cofondateur et directeur scientifique de la société Vexal, quitte le "
            "groupe.")
    assert ("Ilya Morin", "start", "found", "Vexal") in facts(events(shared_extractor, text, "fr"))


@pytest.mark.parametrize(("text", "person", "action"), [
    # the title apposed to another person's name is theirs
    ("Lena Ortiz left Norland Robotics on Monday. Her departure came a week after that of Omar "
     "Haddad, its co-founder and chief scientist.", "Lena Ortiz", "leave"),
    # a relative clause's change takes no title from the main clause after it, and a founder
    # title said of the person elsewhere is no post left
    ("Petra Lind, a Norland Robotics co-founder who joined Anthropic last August, is the "
     "startup's chief scientist; she left Anthropic earlier this month.", "Petra Lind", "join"),
    ("Petra Lind, a Norland Robotics co-founder who joined Anthropic last August, is the "
     "startup's chief scientist; she left Anthropic earlier this month.", "Petra Lind", "leave"),
])
def test_titles_of_other_people_and_other_clauses_are_not_the_role(
        shared_extractor: Extractor, text: str, person: str, action: str) -> None:
    (change,) = [m for m in events(shared_extractor, text, "en")
                 if m.person == person and m.action == action]
    assert change.role is None


def test_leaving_a_ministry_named_so_is_a_national_post(shared_extractor: Extractor) -> None:
    text = "Jean Morel quitte le ministère de l'Intérieur pour celui de la Défense."
    assert ("Jean Morel", "end", "leave", "France") in facts(events(shared_extractor, text, "fr"))


def test_leaving_an_office_with_no_title_gives_its_holder_s_title(
        shared_extractor: Extractor) -> None:
    (end,) = events(shared_extractor, "Depuis qu'il a quitté l'Élysée, François Holland se fait "
                                      "discret.", "fr")
    assert (end.org, end.role) == ("France", "président")


def test_joining_an_unnamed_venture_is_never_the_article_s_company(
        shared_extractor: Extractor) -> None:
    text = ("Hugo Brun, qui a quitté le groupe Vexal en mars, pourrait rejoindre l'aventure, "
            "selon Les Échos.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Hugo Brun", "start", "join", "Vexal") not in found
    assert ("Hugo Brun", "start", "join", None) in found  # a join the text leaves unnamed


def test_a_national_post_in_a_sentence_opened_by_a_country_is_that_country_s(
        shared_extractor: Extractor) -> None:
    text = ("Le virus progresse en France et au Brésil. Au Chili, le ministre de la Santé Jaime "
            "Morales a démissionné samedi.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Jaime Morales", "end", "resign", "Chili") in found


@pytest.mark.parametrize("text", [
    "Dans sa version, Xavier Morin, élu d'extrême droite à Orange, a changé toutes les cases.",
    "Le départ de la dernière étape du rallye de Paul Morin sera donné vendredi.",
    "Les pressions ne portent pas sur le bien-fondé des poursuites contre Paul Morin.",
    "Paul Morin a été extrait de sa cellule pour être transféré au palais de justice de Lyon.",
])
def test_an_elected_official_a_race_a_sound_claim_and_a_prisoner_s_transfer_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_a_surname_with_an_elided_particle_is_kept_whole(shared_extractor: Extractor) -> None:
    (start,) = events(shared_extractor, "Valéry Giscard d'Estaing a été élu président de la "
                                        "République en 1974.", "fr")
    assert start.person == "Valéry Giscard d'Estaing"


def test_founding_a_family_is_no_founding(shared_extractor: Extractor) -> None:
    assert events(shared_extractor, "Le détenu Paul Morin réclame une semi-liberté pour fonder "
                                    "une famille.", "fr") == []


def test_a_founder_title_complementing_a_thing_is_held_by_the_name_after_it(
        shared_extractor: Extractor) -> None:
    text = ("Le parti doit rembourser deux millions d'euros au microparti Cotelec du cofondateur "
            "du FN Jean-Marie Le Pen.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Jean-Marie Le Pen", "start", "found", "FN")}


def test_the_relative_of_someone_named_is_not_them(shared_extractor: Extractor) -> None:
    text = "La veuve de Johnny a aidé la bru de Paul Morin à être recrutée par France 2."
    assert not any("Morin" in m.person for m in events(shared_extractor, text, "fr"))


def test_a_long_phrase_opening_the_sentence_is_about_its_subject(
        shared_extractor: Extractor) -> None:
    text = ("Le journaliste Gilles Morin l'interroge. Pour la première fois depuis son accession à "
            "la présidence de la République en 2017, Paul Durand a accepté une interview.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Durand"}


@pytest.mark.parametrize("text", [
    "On Saturday, New Orleans coach Dave Miller said the injury was not serious.",
    "Rob Carter, the mandatory challenger nominated by the WBA, fell to 30-2.",
    "The studio played hardball with the four-time Oscar nominee, Ross Millard.",
    "The joke made Tom Hale the front-runner for the Republican nomination.",
    "The church drew attention during her campaign as the party's vice-presidential nominee, "
    "Sara Pell said.",
    "The church drew scrutiny after Sara Pell was named John Keller's running mate.",
    "The church drew scrutiny after Sara Pell was named Senator John Keller's running mate.",
    "He named Dana Whitfield and two aides in the lawsuit.",
    "Senator Tom Hale helped win confirmation for Brooks's nominees to the federal bench.",
    "Although Tom Hale's name was raised as a suspect, he was never charged.",
    "Past hosts include names such as Tom Harlan, Ann Berg and Joe Price.",
    "Dan Ortiz was announced as host, a marked departure from the network's tradition.",
    "Ann Berg departed from traditional hosting decorum and walked into the audience.",
    "Protesters called for Prime Minister Alan Brooks and his government to quit.",
    "The union urged Alan Brooks to step down.",
    "Critics demanded that Alan Brooks step down as chief executive of Globex.",
])
def test_places_award_and_party_nominations_name_nouns_departures_from_norms_and_calls(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    "Joe Price joins Dan Ortiz on the Hawks' injured reserve list.",
    "The Hawks' Joe Price joins a growing tally of injured guards.",
    "Tom Hale became the first coach since the merger to take his team to the playoffs in ten "
    "straight years.",
    "Ortiz told his father, Hawks coach Greg Ortiz, that he would return for his senior season "
    "rather than declare for the NBA draft.",
    "Dan Ortiz was named an alternate to the NFC Pro Bowl team on Tuesday.",
    "Last month Dan Ortiz was named 2008's sexiest man alive by People magazine.",
    "Lila Moore left the Sunrise Recovery Center because she was not happy with the place.",
    "After her modeling career ended, Page returned to Peabody College to work on a master's "
    "degree.",
])
def test_lists_records_draft_entries_honours_rehab_and_studies_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_the_next_year_of_a_past_change_is_no_future(shared_extractor: Extractor) -> None:
    (quit_,) = events(shared_extractor, "Gray resigned the next year because of the "
                                        "allegations.", "en")
    assert (quit_.status, quit_.when) == ("occurred", None)


@pytest.mark.parametrize("text", [
    "Mark Teixon of the Hawks said he hopes to sign by Christmas.",
    "Super-agent Scott Bora said leaving the Winter Meetings that it would take an eight-year "
    "deal.",
    "The storm hit Globex's plant, leaving at least 70 people injured, said Tom Hale.",
    "Dan Ortiz scored twice, helping the Hawks join the 1998 Falcons as the only teams to win "
    "ten games after losing twelve.",
    "Chris Arreola has been named and hyped but would probably be stopped in a round or two.",
    "He bragged about bugging the civil rights leader Martin King and opposed the hiring of "
    "women agents by the FBI.",
    "Early in the second half, Coach Roy Wills yanked out all five starters and replaced them "
    "with a Blue Team.",
])
def test_deadlines_meetings_casualties_records_unnamed_hires_and_lineups_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_a_list_after_another_clause_did_not_go_through_the_change(
        shared_extractor: Extractor) -> None:
    text = ("In 1972, after Mitchell resigned as attorney general to head the campaign, LaRue "
            "became a member of the Mitchell group, along with Robert Mardian and Henry Fleming.")
    assert {m.person for m in events(shared_extractor, text, "en")} == {"Mitchell"}


def test_the_successor_of_a_titled_name_replaces_that_name(shared_extractor: Extractor) -> None:
    text = ("Voters saw pictures of Tom Hale, the successor of dictator Alan Brooks, who ruled for "
            "two decades.")
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "en")} == {
        ("Tom Hale", "start"), ("Alan Brooks", "end")}


def test_replaced_him_with_a_name_starts_the_name(shared_extractor: Extractor) -> None:
    text = ("The Hawks made a move this offseason, firing head coach Jim Brown, who wasn't a fan, "
            "and replacing him with John Chase, who is.")
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "en")} == {
        ("Jim Brown", "end"), ("John Chase", "start")}


def test_the_first_woman_to_hold_a_title_takes_it_at_its_organization(
        shared_extractor: Extractor) -> None:
    text = ("Dr. Rena Benn, 52, became the first woman and first African-American president of "
            "the Medical Association of Alabama in 2002.")
    (start,) = events(shared_extractor, text, "en")
    assert (start.person, start.kind, start.org, start.when) == (
        "Rena Benn", "start", "Medical Association of Alabama", "2002")


def test_a_player_signed_some_time_by_a_team_joins_it(shared_extractor: Extractor) -> None:
    text = "Veteran Tom Hale, signed last week by the Denver Hawks, scored twice on Sunday."
    (start,) = events(shared_extractor, text, "en")
    assert (start.person, start.kind, start.org) == ("Tom Hale", "start", "Denver Hawks")
    text = "The bill, signed into law on Monday by Governor Tom Hale, takes effect in July."
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    "After her modeling career ended, Ann Page made a comeback two decades later, signing "
    "memorabilia at conventions.",
    "Hawks coach Chuck Pagan, who is undergoing treatment for leukemia, plans to rejoin the team "
    "this week.",
    "Globex chief executive Tom Hale returned to the company after a medical leave.",
    "Lila Moore Leaves Sunset Clinic, Checks Into Malibu Rehab",
    "It is also where Mel Gibbs retired to after his 2006 accident.",
])
def test_comebacks_returns_from_sick_leave_clinics_and_retreats_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_a_party_s_candidate_for_an_elected_office_is_a_candidacy(
        shared_extractor: Extractor) -> None:
    text = ("Public Advocate Bill Delby, a Democratic candidate for mayor this year, also came to "
            "the area on Monday night.")
    assert events(shared_extractor, text, "en") == []


def test_a_stand_in_opponent_takes_no_post(shared_extractor: Extractor) -> None:
    text = ("Rahm, the two-time heavyweight champion who stepped in as a replacement opponent last "
            "month, struggled to get inside.")
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    "Rules in force when Mayor Tom Hale takes office in January will be harder to undo.",
    "Alan Steen said the gunman entered Tom Hale's office and asked him twice if he wanted to be "
    "shot.",
    "Without Hale's information, the scandal would never have come to light, and Tom Brook "
    "wouldn't have resigned in disgrace.",
    "It is true that I would have welcomed an appointment as FBI director when Hoover died, said "
    "Tom Brook.",
])
def test_future_inaugurations_as_dates_questions_and_counterfactuals_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    "Agents said Mr. Gatti would change into elegant clothes and read or watch television before "
    "retiring.",
    "Lila Moore has left the Betty Ford Center and is moving to a rehab facility in Malibu.",
    "With Hale out, Dan Ortiz's injury leaves the Denver Hawks thin at guard.",
])
def test_bedtime_a_move_between_clinics_and_a_thin_roster_are_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_her_successor_quitting_is_not_her_resignation(shared_extractor: Extractor) -> None:
    text = ("She said Mara Kafor retired last year, but returned part-time this year after her "
            "successor quit.")
    found = {(m.kind, m.action) for m in events(shared_extractor, text, "en")
             if m.person == "Mara Kafor"}
    assert ("end", "resign") not in found and ("end", "retire") in found


def test_a_township_is_no_person(shared_extractor: Extractor) -> None:
    text = ("The two men were Paul Riva, 47, of Sterling Heights and Alan Steen, 48, of Bruce "
            "Township. She didn't fire him, Charlene Kaf said.")
    assert "Bruce Township" not in {m.person for m in events(shared_extractor, text, "en")}


def test_one_of_a_count_of_firings_occurred(shared_extractor: Extractor) -> None:
    text = ("Tom Hale became the fifth NBA head coach to be fired this season, after the Hawks "
            "notified him of his dismissal Saturday morning.")
    assert {m.status for m in events(shared_extractor, text, "en")} == {"occurred"}
    text = ("Hale would become the fifth NBA coach fired this season, along with Dan Ortiz "
            "(Denver) and Joe Price (Boston).")
    assert {m.status for m in events(shared_extractor, text, "en")} == {"occurred"}


def test_a_nomination_told_as_done_keeps_the_last_such_date(shared_extractor: Extractor) -> None:
    text = ("On April 8, President Lopez nominated Francis Colin as director of the National "
            "Health Agency.")
    (start,) = events(shared_extractor, text, "en")
    assert start.when == "2024-04-08"


def test_the_role_after_the_name_is_the_one_taken(shared_extractor: Extractor) -> None:
    text = "Stefanski named assistant general manager Tony DiLeo coach for the rest of the season."
    (start,) = events(shared_extractor, text, "en")
    assert start.role == "coach"
    (start,) = events(shared_extractor, "The Hawks named interim coach Tony DiLeo on Monday.", "en")
    assert start.role == "interim coach"


@pytest.mark.parametrize("text", [
    "Tom Hale, chief executive of Globex, joined the conversation on Twitter.",
    "Tom Hale, Globex's chief executive, stepped down from the podium after his speech.",
    "Tom Hale, Globex's CEO, quit smoking last year.",
    "Tom Hale, Globex's CEO, took over the microphone.",
])
def test_conversations_podiums_habits_and_microphones_are_no_post(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    "Globex chief executive Tom Hale returned to the company's headquarters on Monday.",
    "Tom Hale, the Hawks' coach, left his mark on the league.",
    "Tom Hale, Globex's CEO, left nothing to chance.",
    "Tom Hale, Globex's CEO, took charge of the negotiations.",
    "Tom Hale, Globex's CEO, was appointed to a task force on trade.",
])
def test_offices_marks_negotiations_and_task_forces_are_no_post(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    "Tom Hale, Globex's CEO, was elected to the Hall of Fame.",
    "Tom Hale, the Hawks' former coach, was named to the Basketball Hall of Fame on Monday.",
    "Tom Hale, Globex's CEO, joined the company of other billionaires.",
])
def test_halls_of_fame_and_good_company_are_no_post(shared_extractor: Extractor,
                                                     text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_a_name_loses_the_sentence_end_glued_to_it() -> None:
    from turnover.extract.names import clean_name
    # OrangeSum bodies drop the space after a full stop: "... de l'UE.David Sassoli est né"
    assert clean_name("UE.Marco Bellini", set()) == "Marco Bellini"
    assert clean_name("conseil.Anne Roux", set()) == "Anne Roux"
    assert clean_name("P.J. Carlesimo", set()) == "P.J. Carlesimo"  # initials stay


def test_a_candidacy_designation_is_no_appointment(shared_extractor: Extractor) -> None:
    text = ("Marie Durand, nommée tête de liste du Parti radical aux régionales, a quitté le "
            "gouvernement.")
    assert {m.kind for m in events(shared_extractor, text, "fr")} == {"end"}
    text = "Paul Verdier a été désigné officiellement candidat du Parti radical à Lyon."
    assert events(shared_extractor, text, "fr") == []
    text = "Sa fille Lucie Verdier a été désignée comme exécutrice testamentaire."
    assert events(shared_extractor, text, "fr") == []


def test_a_headline_topic_before_a_colon_is_nobody(shared_extractor: Extractor) -> None:
    text = "Lyon : une adjointe au maire démissionne après une dispute."
    assert events(shared_extractor, text, "fr") == []
    text = "Bordeaux : Paul Verdier démissionne de la présidence du club."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}


def test_replacing_a_group_unnamed_takes_no_post(shared_extractor: Extractor) -> None:
    text = "S'il gagne, Paul Verdier remplacera les directeurs d'administration centrale."
    assert events(shared_extractor, text, "fr") == []
    text = "Paul Verdier remplacera les deux coprésidents, Marc Dubois et Luc Petit."
    assert ("Paul Verdier", "start", "appoint", None) in facts(
        events(shared_extractor, text, "fr"))


def test_a_denied_resignation_letter(shared_extractor: Extractor) -> None:
    (end,) = events(shared_extractor, "Paul Verdier n'a pas remis sa démission, a-t-il assuré "
                                      "au journal.", "fr")
    assert (end.person, end.kind, end.status) == ("Paul Verdier", "end", "denied")
    (end,) = events(shared_extractor, "Paul Verdier a remis sa démission lundi.", "fr")
    assert end.status == "occurred"


def test_a_participle_after_an_unnamed_title_is_about_nobody_named(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier a rencontré le préfet, nommé la semaine dernière à Lyon."
    assert events(shared_extractor, text, "fr") == []
    text = ("Le parti soutient le député sortant, pourtant passé chez Renaissance, a dit Paul "
            "Verdier.")
    assert events(shared_extractor, text, "fr") == []
    text = "Paul Verdier a reçu Marc Dubois, nommé la semaine dernière préfet du Rhône."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Marc Dubois"}


def test_the_possessor_of_a_resignation_letter_resigns(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a remis sa lettre de démission à Marc Dubois."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Verdier", "end")}


def test_the_organization_before_an_object_relative(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a quitté en mai le Parti radical, qu'il avait rejoint en 2002."
    assert ("Paul Verdier", "start", "join", "Parti radical") in facts(
        events(shared_extractor, text, "fr"))
    text = "Paul Verdier, secrétaire d'État sous Sarkozy, cite son parti, Agir, qu'il a cofondé."
    assert ("Paul Verdier", "start", "found", "Agir") in facts(
        events(shared_extractor, text, "fr"))


def test_french_places_and_chants_are_no_posts(shared_extractor: Extractor) -> None:
    for text in ("Paul Verdier et Marc Dubois rejoindront ensuite leur QG de campagne à Lyon.",
                 "On voit bien ce qui se passe au Sénat, a dit Paul Verdier.",
                 "Le ministère a affirmé que Paul Verdier avait quitté le consulat mardi.",
                 "Les manifestantes ont scandé \"Verdier démission\" devant le ministère."):
        assert events(shared_extractor, text, "fr") == [], text
    text = "Paul Verdier est passé au Parti radical en mars."
    assert ("Paul Verdier", "start", "join", "Parti radical") in facts(
        events(shared_extractor, text, "fr"))


def test_a_pluperfect_refusal_yields_to_the_later_move(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier n'avait pas rejoint le Parti radical en 2017. Cette fois, il a décidé "
            "d'adhérer au Parti radical.")
    (join,) = events(shared_extractor, text, "fr")
    assert (join.person, join.action, join.org, join.status) == (
        "Paul Verdier", "join", "Parti radical", "occurred")
    (join,) = events(shared_extractor, "Paul Verdier va rallier le Parti radical.", "fr")
    assert join.status == "planned"
    (end,) = events(shared_extractor, "Paul Verdier n'a pas démissionné du Parti radical, "
                                      "a-t-il dit. Le Parti radical avait annoncé la démission "
                                      "de Paul Verdier.", "fr")
    assert end.status == "denied"


def test_a_second_verb_after_a_recent_past_has_the_same_subject(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier vient de démissionner de la présidence du groupe Vernier et pourrait "
            "rejoindre la société Lumio.")
    assert ("Paul Verdier", "start", "join", "Lumio") in facts(
        events(shared_extractor, text, "fr"))


def test_a_relative_replacing_someone_named_after_it(shared_extractor: Extractor) -> None:
    # the parser takes the name after "qui remplace" for a second subject
    text = "Claire Dubois, qui remplace Marc Lefort à la présentation du journal, arrive lundi."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Claire Dubois", "start"), ("Marc Lefort", "end")}


def test_a_persons_initials_are_no_organization(shared_extractor: Extractor) -> None:
    text = ("Laure Kerval-Mondin s'apprête à démissionner du Conseil de Paris. LKM devrait "
            "faire parvenir sa lettre de démission ce vendredi.")
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"Conseil de Paris"}


def test_an_accented_word_is_not_the_given_name_it_folds_to(
        shared_extractor: Extractor) -> None:
    from turnover.extract.names import accents_differ
    assert accents_differ("Pôle") and not accents_differ("Hélène")
    assert not accents_differ("Éric")  # the dictionary loses a capital's accent
    text = "Claire Fabre, passée par Pôle Emploi, a été nommée préfète de l'Ain mardi."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Claire Fabre"}


def test_french_figurative_moves_are_no_posts(shared_extractor: Extractor) -> None:
    for text in ("Paul Verdier va quitter son HLM du 5e arrondissement.",
                 "Le juge Paul Verdier a de nouveau rallié le camp progressiste jeudi.",
                 "Paul Verdier va rejoindre les onze candidats déjà en lice pour la primaire."):
        assert events(shared_extractor, text, "fr") == [], text


def test_a_superlative_plus_is_no_negation(shared_extractor: Extractor) -> None:
    text = ("Parmi les prétendants, Marc Lefort est le plus cité pour remplacer Claire Dubois à "
            "la tête de la région.")
    assert {(m.person, m.status) for m in events(shared_extractor, text, "fr")} == {
        ("Marc Lefort", "rumored"), ("Claire Dubois", "rumored")}
    (end,) = events(shared_extractor, "Paul Verdier ne quittera pas la présidence de la société "
                                      "Vernier.", "fr")
    assert end.status == "denied"


def test_french_draws_rankings_trials_and_wishes_are_no_changes(
        shared_extractor: Extractor) -> None:
    for text in ("Désigné par tirage au sort, Paul Verdier a ouvert le débat.",
                 "Paul Verdier a été désigné comme étant l'acteur le mieux payé du pays.",
                 "Procès en destitution : Paul Verdier fête son acquittement.",
                 "Paul Verdier prend la tête d'une liste de comédiens bien payés.",
                 "Paul Verdier aimerait que Marc Dubois soit nommé directeur de Vernier."):
        assert events(shared_extractor, text, "fr") == [], text


def test_approached_for_a_post_is_a_rumour(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a été contacté par le gouvernement pour remplacer Marc Dubois."
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"rumored"}


def test_the_one_chosen_for_a_post_takes_it(shared_extractor: Extractor) -> None:
    text = ("La chaîne Vox choisit Claire Dubois, du journal de France 4, pour remplacer Marc "
            "Lefort.")
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Claire Dubois", "start"), ("Marc Lefort", "end")}


def test_a_date_a_state_lasts_from_is_not_the_changes(shared_extractor: Extractor) -> None:
    text = "Directeur depuis 2015, Paul Verdier a été nommé président de la société Vernier."
    assert [m.when for m in events(shared_extractor, text, "fr")] == [None]
    text = "Paul Verdier, en poste depuis le 3 mars, a démissionné."
    assert [m.when for m in events(shared_extractor, text, "fr")] == [None]
    from turnover.extract.rules import rules_for
    finder = rules_for("fr").dates  # a vacancy's date is the day the holder left
    assert [d.since for d in finder.find("Le poste est vacant depuis fin mars 2024.", None)] == [
        False]
    assert [d.since for d in finder.find("Il est en poste depuis mars 2024.", None)] == [True]


def test_french_demands_missions_and_impersonal_becomings_are_no_changes(
        shared_extractor: Extractor) -> None:
    for text in ("Paul Verdier a été désigné par le président pour représenter la France aux "
                 "obsèques.",
                 "Un député réclame l'éviction de Paul Verdier du jury.",
                 "Il est devenu évident que le maire sortant, Paul Verdier, ne se représenterait "
                 "pas."):
        assert events(shared_extractor, text, "fr") == [], text
    text = ("Après les démissions de Paul Verdier et de Marc Dubois, Claire Fabre va devoir "
            "trouver des remplaçants.")
    assert "Claire Fabre" not in {m.person for m in events(shared_extractor, text, "fr")}


def test_an_unknown_or_unnamed_newcomer_is_nobody(shared_extractor: Extractor) -> None:
    for text in ("Claire Fabre et Marc Dubois vont devoir trouver un successeur à l'ancien "
                 "militant.",
                 "Qui va remplacer Paul Verdier à la tête du club ?"):
        assert [m for m in events(shared_extractor, text, "fr") if m.kind == "start"] == [], text
    text = "Marc Lefort a un successeur : Claire Dubois."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Claire Dubois"}
    text = "Marc Dubois a expliqué que l'idée de succéder à Paul Verdier n'était pas absurde."
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"rumored"}


def test_a_surname_is_never_completed_across_a_line(shared_extractor: Extractor) -> None:
    text = ("Jeu télévisé : Claire Dubois choisie pour remplacer Tex\nClaire Dubois a été "
            "choisie pour présenter le jeu. Elle prend la place de Tex, évincé de l'émission en "
            "décembre.")
    assert "Tex" in {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}


def test_a_name_in_a_participle_on_the_subject_is_not_the_subject(
        shared_extractor: Extractor) -> None:
    text = ("Le gendarme de la diplomatie chargé d'enquêter sur des dossiers gênants pour le "
            "ministre des Affaires étrangères Paul Verdier a démissionné vendredi.")
    assert "Paul Verdier" not in {m.person for m in events(shared_extractor, text, "fr")
                                  if m.kind == "end"}


def test_french_unreal_changes_are_no_events(shared_extractor: Extractor) -> None:
    for text in ("Il n'y a pas de logique politique à ce qu'il démissionne, a plaidé Paul "
                 "Verdier.",
                 "Paul Verdier va présenter la matinale, sans quitter pour autant la radio Vox.",
                 "Pérou : le président Paul Verdier échappe à la destitution.",
                 "Le parti pro-occidental du président Paul Verdier pourrait être évincé du "
                 "pouvoir."):
        assert events(shared_extractor, text, "fr") == [], text
    text = "Paul Verdier a été sans surprise réélu président de la société Vernier."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}


def test_replacing_a_title_or_a_person_by_someone(shared_extractor: Extractor) -> None:
    text = "Le club a remplacé Marc Dubois par Paul Verdier."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Marc Dubois", "end"), ("Paul Verdier", "start")}
    text = "Le club espère remplacer l'entraîneur par Paul Verdier."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Verdier", "start")}


def test_a_founders_title_that_is_someone_elses(shared_extractor: Extractor) -> None:
    for text in ("Marc Dubois a quitté le Parti radical pour rejoindre le fondateur de la "
                 "société Lumio.",
                 "Claire Dubois, veuve du fondateur du groupe Vernier, est décédée à 91 ans."):
        assert [m for m in events(shared_extractor, text, "fr") if m.action == "found"] == [], \
            text
    text = "Paul Verdier, le cofondateur de la société Lumio, a démissionné."
    assert ("Paul Verdier", "start", "found", "Lumio") in facts(
        events(shared_extractor, text, "fr"))


def test_a_feminine_description_is_not_a_male_protagonist(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a nommé Claire Fabre rectrice. Paul Verdier a démenti. Selon le "
            "journal, l'intéressée aurait déjà prévenu ses équipes de son départ.")
    assert "Paul Verdier" not in {m.person for m in events(shared_extractor, text, "fr")}


def test_a_french_question_mark_glued_to_the_next_sentence() -> None:
    from turnover.extract.prefilter import split_sentences
    text = "QUI POUR LE REMPLACER ?Selon le site, Claire Fabre est pressentie."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "QUI POUR LE REMPLACER ?", "Selon le site, Claire Fabre est pressentie."]


def test_french_lists_rankings_awards_and_breaks_are_no_posts(
        shared_extractor: Extractor) -> None:
    for text in ("Paul Verdier pousse Claire Fabre à prendre la tête de liste de la majorité.",
                 "La présidente du parti, Claire Fabre, rejoint le trio de tête avec 26% d'avis "
                 "positifs.",
                 "Molières : Claire Fabre nommée, cérémonie le 23 juin.",
                 "Claire Fabre quitte la série Lumio... pendant plusieurs mois !"):
        assert events(shared_extractor, text, "fr") == [], text


def test_the_protagonist_is_not_the_possessor_nor_the_actor(
        shared_extractor: Extractor) -> None:
    text = ("Le directeur de cabinet de Paul Verdier quitte ses fonctions. Paul Verdier le "
            "regrette. Paul Verdier est maire.")
    assert events(shared_extractor, text, "fr") == []
    text = "Paul Verdier désignera sa candidate samedi, a dit Paul Verdier."
    assert events(shared_extractor, text, "fr") == []


def test_french_duties_people_left_and_countries_leaving_are_no_changes(
        shared_extractor: Extractor) -> None:
    for text in ("Il faut qu'il présente sa démission, a dit Paul Verdier.",
                 "Il jouait depuis peu avec Marc Dubois, qu'il a quitté quelques années plus "
                 "tard, a dit Paul Verdier.",
                 "Il jouait avec Marc Dubois (1926-1991), qu'il a quitté quelques années plus "
                 "tard, a dit Paul Verdier.",
                 "La présidente Claire Fabre a salué les eurodéputés sur le départ du "
                 "Royaume-Uni."):
        assert events(shared_extractor, text, "fr") == [], text
    text = "Paul Verdier critique le Parti radical, qu'il a quitté en 2017."
    assert ("Paul Verdier", "end", "leave", "Parti radical") in facts(
        events(shared_extractor, text, "fr"))


def test_a_possessive_in_a_phrase_of_time_is_the_subjects_unless_a_name_intervenes(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a claqué la porte du Parti radical. L'ex-numéro 2 du parti a rencontré "
            "le président de la Ligue quelques heures après sa démission.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}
    text = ("Claire Fabre, aux Transports, a récupéré le portefeuille de Paul Verdier, lors de "
            "son départ à la mi-juillet.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}
    text = "En larmes, elle aurait quitté le pot d'arrivée de Paul Verdier, a dit Claire Fabre."
    assert events(shared_extractor, text, "fr") == []


def test_french_titles_of_works_and_pools_are_no_posts(shared_extractor: Extractor) -> None:
    for text in ("Un dessin inédit de Paul Verdier, \"Départ du ballon\", s'est vendu 37.500 "
                 "euros mercredi à Paris.",
                 "Le crocodile Paul n'a jamais quitté son petit bassin, a dit Claire Fabre."):
        assert events(shared_extractor, text, "fr") == [], text


def test_a_chooser_a_self_replacement_and_near_misses(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier était monté sur le trône en 1975 à la mort de Marc Dubois, qui l'avait "
            "choisi pour lui succéder.")
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Verdier", "start")}
    text = ("Au lendemain de l'annonce de la démission de Paul Verdier, la course pour lui "
            "succéder a démarré samedi.")
    assert {m.kind for m in events(shared_extractor, text, "fr")} == {"end"}
    for text in ("Claire Fabre recalée pour rejoindre la chaîne Vox !",
                 "Paul Verdier explique avoir failli démissionner de son poste de ministre."):
        assert events(shared_extractor, text, "fr") == [], text


def test_a_name_after_the_verb_taken_for_a_second_subject_is_its_object(
        shared_extractor: Extractor) -> None:
    text = "Le conseil a désigné Hugo Lenoir comme nouveau président de la société Vandor."
    assert ("Hugo Lenoir", "start", "appoint", "Vandor") in facts(
        events(shared_extractor, text, "fr"))
    text = "Affaire Lumio : Claire Fabre désignée comme l'auteur de plusieurs lettres anonymes."
    assert events(shared_extractor, text, "fr") == []


def test_handing_over_a_post_to_a_described_successor(shared_extractor: Extractor) -> None:
    text = "Claire Fabre a laissé son poste à l'avocat pénaliste Paul Verdier mardi."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Claire Fabre", "end"), ("Paul Verdier", "start")}


def test_generic_subjects_and_unnamed_replacements_name_nobody(
        shared_extractor: Extractor) -> None:
    for text in ("Paris, tu l'aimes et tu la quittes, lance Claire Fabre dans une tribune "
                 "contre la maire Anne Dubois.",
                 "Paul Verdier rompt avec la marque Lumio qui l'avait remplacé par un acteur "
                 "chinois."):
        assert [m for m in events(shared_extractor, text, "fr") if m.kind == "start"
                or "tribune" in text] == [], text


def test_a_fronted_participles_date_is_its_own(shared_extractor: Extractor) -> None:
    text = "Élu en 2017, Paul Verdier quittera le Parlement au lendemain du premier tour."
    (end,) = [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]
    assert end.when is None


def test_french_demos_homes_wishes_and_demands_are_no_changes(
        shared_extractor: Extractor) -> None:
    for text in ("Le député Paul Verdier affirme avoir été frappé alors qu'il quittait la "
                 "manifestation samedi.",
                 "La démission de Verdier demandée par le Parti radical.",
                 "J'ai cinq enfants qui ont envie de partir, se justifie Paul Verdier, le "
                 "président du groupe.",
                 "Dans quelques mois, Paul Verdier va quitter cette demeure qu'il occupe depuis "
                 "huit ans."):
        assert events(shared_extractor, text, "fr") == [], text


def test_french_leaving_everything_a_spouse_and_a_company_resigning_are_no_changes(
        shared_extractor: Extractor) -> None:
    for text in ("Il avait à l'époque tout quitté pour reprendre ce restaurant, a dit Paul "
                 "Verdier.",
                 "Marie-Line quitte François et part avec leur fils, a dit Paul Verdier.",
                 "Microsoft a annoncé lundi la fermeture de Mixer. Microsoft jette l'éponge, a dit "
                 "Paul Verdier.",
                 "Il a failli pousser l'ancien président Paul Verdier à quitter sa femme.",
                 "L'élu devra rallier une majorité d'au moins 376 voix, a dit Paul Verdier."):
        assert events(shared_extractor, text, "fr") == [], text


def test_a_full_stop_after_a_capital_before_a_quote_ends_the_sentence() -> None:
    from turnover.extract.prefilter import split_sentences
    text = "Paul Verdier, le fondateur de SpaceX.\"Le trampoline fonctionne\", a-t-il dit."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Paul Verdier, le fondateur de SpaceX.", "\"Le trampoline fonctionne\", a-t-il dit."]


def test_leaving_the_seat_of_a_named_body_after_a_new_post(shared_extractor: Extractor) -> None:
    # the body whose presidency is left, not the ministry the fronted participle names; a
    # presidency "assurée à l'Assemblée" is held there, no source quoted
    text = ("Nommé mardi ministre de la Culture, Marc Dugand quitte la présidence de l'Assemblée "
            "nationale. Il avait assuré la coprésidence du groupe centriste à l'Assemblée.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Marc Dugand", "end", "leave", "Assemblée nationale") in found
    assert ("Marc Dugand", "start", "appoint", "France") in found


def test_every_titled_name_of_a_subject_list_is_given_leaving(
        shared_extractor: Extractor) -> None:
    # the parser hangs "celle des Sports Y" as an apposition, not a conjunct; a name as a
    # complement ("les proches de X") is not one of the list
    text = ("Remaniement : la ministre de la Culture Claire Morel, celle des Sports Anne Vidal, "
            "voire du Travail Julie Roux, sont données partantes.")
    found = {(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")}
    assert found == {(p, "end", "rumored") for p in ("Claire Morel", "Anne Vidal", "Julie Roux")}
    text = "Les proches de Jean Dupont sont cités comme candidats à la présidence du groupe Sorel."
    assert not events(shared_extractor, text, "fr")


def test_names_that_come_back_for_a_post_are_each_rumored_not_at_their_own_post(
        shared_extractor: Extractor) -> None:
    # the list after "reviennent les noms" is parsed as the verb's object; "maire de Brest"
    # is the post Paul Verdier holds, not the one speculated about
    text = ("Remaniement : parmi les entrants, reviennent les noms du maire de Brest Paul "
            "Verdier, du procureur Marc Dugand et de l'économiste Julie Roux.")
    found = {(m.person, m.kind, m.status, m.org) for m in events(shared_extractor, text, "fr")}
    assert found == {(p, "start", "rumored", None)
                     for p in ("Paul Verdier", "Marc Dugand", "Julie Roux")}


def test_named_to_an_office_takes_its_post_whatever_title_the_person_held(
        shared_extractor: Extractor) -> None:
    # the title the article gives elsewhere is a former post, not the one taken at Matignon
    text = ("Paul Verdier, vice-président de la métropole de Brest, a beaucoup voyagé. Sa "
            "nomination à Matignon a surpris tout le monde mardi.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.kind, mention.org, mention.role) == (
        "Paul Verdier", "start", "France", "premier ministre")


def test_a_post_held_until_another_change_is_left_then(shared_extractor: Extractor) -> None:
    # the change noun after "jusqu'à" keeps its own event; Matignon is the next post, never
    # the one left
    text = "Paul Verdier, maire de Brest jusqu'à sa nomination à Matignon, a parlé jeudi."
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Paul Verdier", "end", "leave", "Brest") in found
    assert any(f[:3] == ("Paul Verdier", "start", "appoint") for f in found)
    text = ("La communauté de communes Val-Brest, présidée jusqu'à sa nomination à Matignon par "
            "Paul Verdier, a été épinglée.")
    assert not any(m.kind == "end" and m.org in ("Matignon", "France")
                   for m in events(shared_extractor, text, "fr"))


def test_a_later_relative_clause_of_another_change_keeps_its_title(
        shared_extractor: Extractor) -> None:
    # "eux qui ont été nommés porte-parole": the post taken, not the one the farewell leaves
    text = ("Claire Morel et Paul Verdier fêteront également leur départ, eux qui ont été nommés "
            "respectivement porte-parole du gouvernement et secrétaire d'État chargé du Numérique.")
    found = events(shared_extractor, text, "fr")
    assert {(m.person, m.org) for m in found if m.kind == "start"} == {
        ("Claire Morel", "France"), ("Paul Verdier", "France")}
    assert not any(m.kind == "end" and m.org == "France" for m in found)
    # a title in a later relative clause that tells no change is still the post left
    (mention,) = events(shared_extractor, "Claire Morel a démissionné mardi, elle qui "
                                          "était directrice de la société Valdor.", "fr")
    assert mention.role == "directrice"


def test_a_title_given_as_today_s_after_a_comma_is_a_career_move(
        shared_extractor: Extractor) -> None:
    text = ("L'ancien député Marc Aubert, aujourd'hui directeur de la stratégie du groupe Ferval, "
            "défend son choix.")
    assert ("Marc Aubert", "start", "join", "Ferval") in facts(events(shared_extractor, text, "fr"))
    # no title after it, or "aujourd'hui" opening the sentence: no change
    for text in ("L'ancien député Marc Aubert, aujourd'hui âgé de 60 ans, défend son choix.",
                 "Aujourd'hui, le directeur de la stratégie du groupe Ferval, Marc Aubert, "
                 "défend son choix."):
        assert not events(shared_extractor, text, "fr")


def test_french_idioms_of_landing_at_an_organization(shared_extractor: Extractor) -> None:
    text = "Le milieu Paul Verdier a posé ses valises chez les Girondins de Bordeaux."
    assert [(m.person, m.kind, m.action) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Verdier", "start", "join")]
    # a thing landing at someone's: no organization joined
    assert not events(shared_extractor, "Le colis a atterri chez ma voisine Claire Morel.", "fr")


def test_a_party_glued_to_ex_is_left_not_the_new_post(shared_extractor: Extractor) -> None:
    text = "Il conseille de se méfier de Paul Verdier, le nouveau ministre de l'Intérieur, ex-LR."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", "France")}


def test_a_title_the_verb_governs_is_no_apposition_to_the_name_before_the_comma(
        shared_extractor: Extractor) -> None:
    # "proche de Marc Dugand, devient chef du gouvernement": Verdier's new post, not Dugand's
    text = ("Paul Verdier, député-maire du Havre et proche de Marc Dugand, devient chef du "
            "gouvernement.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.org, mention.role) == (
        "Paul Verdier", "France", "chef du gouvernement")


def test_leaving_a_body_named_by_a_common_noun_after_a_date(shared_extractor: Extractor) -> None:
    text = ("Le député Paul Verdier a démissionné vendredi de la mission parlementaire sur la "
            "Corse, présidée par Marc Dugand.")
    assert ("Paul Verdier", "end", "resign", "mission parlementaire") in facts(
        events(shared_extractor, text, "fr"))


def test_a_generic_seat_in_an_article_about_one_organization_takes_it(
        shared_extractor: Extractor) -> None:
    # (once crashed: a flag shadowed the sentence's organizations)
    text = ("Radio Vexal change de voix. Radio Vexal a confirmé que Paul Morin prendra la "
            "direction de la station à la rentrée.")
    assert ("Paul Morin", "start", "appoint", "Radio Vexal") in facts(
        events(shared_extractor, text, "fr"))


@pytest.mark.parametrize(("text", "status"), [
    ("Paul Morin préparerait le lancement de sa propre start-up.", "rumored"),
    ("Paul Morin a créé une nouvelle start-up en mars.", "occurred"),
])
def test_launching_one_s_own_company_is_a_founding(
        shared_extractor: Extractor, text: str, status: str) -> None:
    (found,) = events(shared_extractor, text, "fr")
    assert (found.person, found.action, found.org, found.status) == (
        "Paul Morin", "found", None, status)


def test_an_outlet_can_be_the_employer(shared_extractor: Extractor) -> None:
    # a channel is no source here: nobody is quoted, someone joins it
    assert facts(events(shared_extractor, "Marie Dupont a rejoint BFMTV.", "fr")) == {
        ("Marie Dupont", "start", "join", "BFMTV")}


def test_a_departure_for_the_government_is_a_move_into_it(shared_extractor: Extractor) -> None:
    got = facts(events(shared_extractor, "Après le départ de Claire Dubois pour le gouvernement, "
                                         "les députés ont élu un président.", "fr"))
    assert ("Claire Dubois", "start", "join", "France") in got


@pytest.mark.parametrize(("text", "started"), [
    ("Claire Dubois a quitté l'Assemblée nationale après son élection à la mairie de Vannes.",
     True),
    ("Claire Dubois prépare sa campagne pour son élection à la mairie de Vannes.", False),
])
def test_one_s_election_to_a_town_hall_is_a_start_a_campaign_for_it_is_not(
        shared_extractor: Extractor, text: str, started: bool) -> None:
    starts = [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]
    assert bool(starts) == started
    # the organization follows the change noun's phrase, not the nearest name
    assert all(m.org == "Vannes" for m in starts)


def test_an_organization_s_name_ends_at_a_headline_colon_or_a_glued_sentence(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier a rejoint la CFDT.Pour la suite, rien n'est joué."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["CFDT"]
    # NER may span a site's headline suffix: "Jaguar : actualité automobile"
    from turnover.extract.names import Inventory
    inv = Inventory("")
    inv.add_org("Jaguar : actualité automobile")
    assert list(inv.orgs) == ["Jaguar"]


def test_a_dash_closing_an_aside_is_no_part_of_the_name(shared_extractor: Extractor) -> None:
    text = ("Le premier à se lancer -au lendemain de la démission de Paul Verdier- a été "
            "Marc Dugand.")
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Paul Verdier"]


def test_the_one_a_relative_describes_is_unnamed(shared_extractor: Extractor) -> None:
    text = "Samedi, on connaîtra le nom de celle qui remplacera Claire Dubois à la tête de Vexal."
    assert ("Claire Dubois", "start") not in {
        (m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    text = "Marie Durand, celle qui a remplacé Paul Martin à la tête de Renault, parle."
    assert ("Marie Durand", "start", "appoint", "Renault") in facts(
        events(shared_extractor, text, "fr"))


def test_the_title_of_who_fires_is_not_the_post_of_who_is_fired(
        shared_extractor: Extractor) -> None:
    text = "Le ministre a limogé lundi Claire Dubois, directrice de l'Agence régionale de santé."
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.org, mention.role) == (
        "Claire Dubois", "Agence régionale de santé", "directrice")


@pytest.mark.parametrize(("text", "event"), [
    ("Paul Verdier est arrivé à la Maison Blanche en janvier 2017.",
     ("start", "appoint", "États-Unis", "président")),
    ("Paul Verdier a quitté la Maison Blanche en janvier 2021.",
     ("end", "leave", "États-Unis", "président")),
    ("Claire Dubois est arrivée place Beauvau en octobre 2018.",
     ("start", "appoint", "France", "ministre de l'intérieur")),
    ("Claire Dubois a rejoint la place Beauvau en octobre 2018.",
     ("start", "appoint", "France", "ministre de l'intérieur")),
    ("Claire Dubois a quitté la place Beauvau.",
     ("end", "leave", "France", "ministre de l'intérieur")),
    ("Paul Verdier est revenu au Kremlin en 2012.", ("start", "return", "Russie", "président")),
])
def test_an_office_told_by_its_seat_is_its_holder_s_post(
        shared_extractor: Extractor, text: str, event: tuple[str, str, str, str]) -> None:
    found = [(m.kind, m.action, m.org, m.role) for m in events(shared_extractor, text, "fr")]
    assert event in found


def test_leaving_a_ministry_s_seat_for_another_is_a_move_between_posts(
        shared_extractor: Extractor) -> None:
    found = {(m.kind, m.action, m.org, m.role)
             for m in events(shared_extractor, "Paul Verdier a quitté Bercy pour la place Beauvau.",
                             "fr")}
    assert found == {("end", "leave", "France", "ministre de l'économie"),
                     ("start", "appoint", "France", "ministre de l'intérieur")}


def test_joining_an_office_whose_title_the_article_gives_is_an_appointment(
        shared_extractor: Extractor) -> None:
    text = ("Remaniement : Paul Verdier quitte le Mouvement radical pour Matignon. Le nouveau "
            "Premier ministre Paul Verdier a été reçu à l'Élysée.")
    starts = {(m.action, m.org, m.role) for m in events(shared_extractor, text, "fr")
              if m.kind == "start"}
    assert starts == {("appoint", "France", "premier ministre")}


def test_a_visit_to_an_office_s_seat_is_no_change(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier est arrivé à la Maison Blanche en janvier 2017. Le 3 mars, Claire "
            "Dubois est arrivée à la Maison Blanche pour une rencontre avec lui. Elle a été reçue "
            "à l'Élysée en avril, puis s'est rendue au Kremlin.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", "États-Unis")}


def test_the_staff_of_an_office_told_by_its_seat_keep_the_office(
        shared_extractor: Extractor) -> None:
    text = "Claire Dubois, conseillère du président, a quitté la Maison Blanche en mars."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Claire Dubois", "end", "leave", "Maison Blanche")}
    text = "Claire Dubois, directrice de cabinet du ministre, a quitté Bercy en mars."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Claire Dubois", "end", "leave", "ministère de l'Économie")}


def test_a_change_apposed_to_a_name_keeps_its_title_and_date(
        shared_extractor: Extractor) -> None:
    found = events(shared_extractor, "Paul Verdier, élu maire de Barentin en mai, a démissionné "
                                     "de l'Assemblée.", "fr")
    got = {(m.kind, m.org, m.role, m.when) for m in found}
    assert ("start", "Barentin", "maire", "2024-05") in got
    assert ("end", "Assemblée", None, None) in got  # neither the mayor's title nor its date


def roles(mentions: list[Mention]) -> set[tuple[str, str, str | None, str | None]]:
    return {(m.person, m.kind, m.org, m.role) for m in mentions}


def test_a_party_between_a_title_and_the_name_is_no_seat(shared_extractor: Extractor) -> None:
    # "le député LR X": LR is X's colour; the seat is the constituency the sentence writes
    text = ("Le député LR Paul Verdier a quitté son siège dans la 1re circonscription du "
            "Haut-Rhin pour devenir maire de Colmar.")
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Paul Verdier", "end", "1re circonscription du Haut-Rhin", "député") in got
    assert ("Paul Verdier", "start", "Colmar", "maire") in got
    assert not any(org == "LR" for _, _, org, _ in got)


def test_a_deputy_elected_takes_the_constituency_as_written(
        shared_extractor: Extractor) -> None:
    text = "Arnaud Leroy a été élu député de la 5e circonscription de Seine-Maritime dimanche."
    assert ("Arnaud Leroy", "start", "appoint", "5e circonscription de Seine-Maritime") in facts(
        events(shared_extractor, text, "fr"))


def test_leaving_for_a_town_hall_starts_there_and_the_end_keeps_no_title_of_it(
        shared_extractor: Extractor) -> None:
    text = "Paul Martin a quitté LR en 2012 pour devenir maire de Colmar."
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Paul Martin", "start", "Colmar", "maire") in got
    assert ("Paul Martin", "end", "LR", None) in got
    # without a departure, "pour devenir" is a wish
    assert not events(shared_extractor, "Paul Martin se bat pour devenir maire de Colmar.", "fr")


def test_the_deputy_succeeded_keeps_no_party_and_no_town_hall_kept(
        shared_extractor: Extractor) -> None:
    # "succéder au député PS X, qui a démissionné pour se consacrer à son mandat de maire de B":
    # PS is X's colour, the town hall a post kept; the resignation is X's
    text = ("Claire Dubois est bien partie pour succéder au député PS Marc Lefort, qui a "
            "démissionné pour se consacrer à son mandat de maire de Barentin.")
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Marc Lefort", "end", None, "député") in got
    assert ("Claire Dubois", "start", None, "député") in got
    assert not any(p == "Claire Dubois" and k == "end" for p, k, _, _ in got)
    assert not any(org in ("PS", "Barentin") for _, _, org, _ in got)


def test_the_relative_after_an_apposed_participle_is_the_name_before_it(
        shared_extractor: Extractor) -> None:
    text = ("Claire Dubois est bien partie pour succéder au député Marc Lefort, élu depuis 2007, "
            "qui a démissionné pour se consacrer à son mandat de maire de Barentin.")
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Marc Lefort", "end", None, "député") in got
    assert not any(p == "Claire Dubois" and k == "end" for p, k, _, _ in got)


def test_a_seat_takes_the_constituency_named_just_before(shared_extractor: Extractor) -> None:
    text = ("Dans la 5e circonscription de Seine-Maritime, Claire Dubois arrive en tête. "
            "Claire Dubois est bien partie pour succéder au député PS Marc Lefort.")
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Claire Dubois", "start", "5e circonscription de Seine-Maritime", "député") in got
    assert ("Marc Lefort", "end", "5e circonscription de Seine-Maritime", "député") in got


def test_a_resignation_in_a_constituency_clause_is_of_the_seat(
        shared_extractor: Extractor) -> None:
    # the ministerial appointment is a separate start, at the country
    text = ("Dans la 11e circonscription des Yvelines, où Claire Dubois, nommée ministre "
            "déléguée à la Ville, a démissionné, une élection partielle aura lieu.")
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Claire Dubois", "end", "11e circonscription des Yvelines", "député") in got
    assert any(p == "Claire Dubois" and k == "start" and org == "France"
               for p, k, org, _ in got)


@pytest.mark.parametrize("text", [
    "Paul Verdier (LR) succède à Marc Lefort (PS) à la présidence de la commission des lois.",
    "Les députés Paul Verdier (LR) et Marc Lefort (PS) ont démissionné.",
])
def test_parties_in_brackets_off_a_list_or_on_seat_holders_are_colours(
        shared_extractor: Extractor, text: str) -> None:
    got = events(shared_extractor, text, "fr")
    assert got
    assert not any(m.org in ("LR", "PS") for m in got)


def test_the_newcomer_s_current_title_is_not_the_post_taken(shared_extractor: Extractor) -> None:
    text = ("A 79 ans, l'intéressé, qui devrait être remplacé par la présidente de Vexal Claire "
            "Dubois, semble s'amuser de ces critiques.")
    starts = [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]
    assert [m.person for m in starts] == ["Claire Dubois"]
    assert starts[0].org != "Vexal"  # where she is now, not the post she takes


@pytest.mark.parametrize("text", [
    # a révocation or destitution only risked, a ground for one, one a ruling would bring
    "Alors qu'il risque la révocation, le pompier Paul Verdier a pris la parole dans Le Parisien.",
    "Le pompier Paul Verdier risque sa révocation après ses propos.",
    "Pour ses propos sur Claire Dubois, le pompier Paul Verdier risque le blâme et même la "
    "révocation.",
    "Le président de la région, Paul Verdier, est visé par un recours contre sa condamnation "
    "qui, si elle était confirmée, entraînerait sa destitution.",
    "Ces faits figuraient parmi les motifs de destitution retenus contre le président Paul "
    "Verdier en 1974.",
    # trips, travels and deaths are no departures from a post
    "Paul Verdier, directeur de Valdeco, ne quitte pas le territoire français depuis sa mise "
    "en examen.",
    "Le comédien Paul Verdier nous a quittés le 8 octobre, à l'âge de 88 ans.",
    "Le conseil sera suivi du départ de Paul Verdier, président de Valdeco, pour une visite "
    "en Arménie.",
    "Claire Dubois, présidente de Valdeco, est partie en visite privée à New York.",
    "Le passager Paul Verdier a été débarqué de l'avion de la compagnie Valair en raison d'un "
    "surbooking.",
    "Paul Verdier a rejoint samedi les Hautes-Pyrénées pour suivre l'étape du Tour de France.",
    "Claire Dubois et son mari ont vendu leurs meubles afin de rallier l'Europe.",
    # honours are no posts
    "La comédienne Claire Dubois a refusé d'être nommée à l'ordre des Arts et des Lettres.",
    "La nomination de Paul Verdier au rang d'officier de la Légion d'honneur fait débat.",
    # never elected, a hypothesis, a wish
    "À 36 ans, Paul Verdier n'a jamais été élu, mais il connaît bien les rouages du pouvoir.",
    "Paul Verdier a déjà un plan au cas où Claire Dubois était élue présidente de la "
    "République en mai.",
    "Claire Dubois a indiqué à l'AFP qu'elle ne souhaitait pas entrer au gouvernement.",
    "Claire Dubois a indiqué à l'AFP qu'elle \"ne souhaitait pas\" entrer au gouvernement.",
    "Paul Verdier a un plan au cas où la candidate écologiste Claire Dubois était élue "
    "présidente de la République en mai.",
    "Paul Verdier a laissé entendre qu'il ne serait pas contre rejoindre les rangs du Parti "
    "radical.",
])
def test_risks_trips_honours_and_wishes_are_no_changes(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize(("text", "org"), [
    # guards for the places after 'rejoindre': a party or a company whose name opens with a
    # place or a country is joined
    ("Claire Dubois a annoncé dimanche qu'elle rejoignait La République en marche.",
     "République en marche"),
    ("Paul Verdier a quitté Canal+ avant de rejoindre France Télévisions en 2018.",
     "France Télévisions"),
])
def test_a_name_opening_with_a_place_is_joined(
        shared_extractor: Extractor, text: str, org: str) -> None:
    got = events(shared_extractor, text, "fr")
    assert any(m.kind == "start" and m.org and (m.org in org or org in m.org) for m in got)


@pytest.mark.parametrize("text", [
    # a club just promoted is no one promoted; a departure asked for is no departure
    "Le club de Valdeco recevra le promu Amiens samedi, a déclaré son président Paul Verdier.",
    "Claire Dubois demande tout naturellement le départ de Paul Verdier, président de Valdeco.",
])
def test_a_promoted_club_and_a_departure_asked_for_are_no_changes(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []



@pytest.mark.parametrize(("text", "outlet"), [
    # an outlet that carries the news (commented on, a column in, its information) is never
    # the organization of the change
    ("Claire Dubois a commenté sur BFM-TV la démission de Paul Verdier.", "BFM-TV"),
    ("Selon les informations du journal Le Monde, Claire Dubois remplacera Paul Verdier à la "
     "rentrée dans \"Midi Info\".", "Monde"),
    ("Claire Dubois publie une tribune dans Le Monde pour dénoncer la nomination de Paul "
     "Verdier.", "Monde"),
])
def test_an_outlet_carrying_the_news_is_no_organization(
        shared_extractor: Extractor, text: str, outlet: str) -> None:
    got = events(shared_extractor, text, "fr")
    assert got
    assert not any(m.org and outlet in m.org for m in got)


@pytest.mark.parametrize(("text", "expected"), [
    # back in a post held before
    ("Paul Verdier, battu en 2020, retrouve sa mairie de Montauban.",
     [("Paul Verdier", "start", "return", "Montauban")]),
    # a dated taking of office with an adjective before "fonctions"
    ("Claire Dubois prendra le 2 septembre ses nouvelles fonctions à la tête de Sorelia France.",
     [("Claire Dubois", "start", "appoint", "Sorelia France")]),
    # "prendre la suite de Y" is a handover, like "prendre la succession"
    ("Paul Verdier a pris la suite de Claire Dubois à la présidence de Valmont Industries.",
     [("Paul Verdier", "start", "appoint", "Valmont Industries"),
      ("Claire Dubois", "end", "leave", "Valmont Industries")]),
    # a post won: décrocher / rafler / conquérir la mairie, la présidence
    ("En 2018, Claire Dubois avait raflé la mairie de Montauban.",
     [("Claire Dubois", "start", "appoint", "Montauban")]),
    # the active of "poussé vers la sortie"
    ("Les actionnaires de Sorelia France poussent Paul Verdier vers la sortie.",
     [("Paul Verdier", "end", "dismiss", "Sorelia France")]),
    # "se voir confier la présidence / les rênes"
    ("Paul Verdier s'est vu confier les rênes de Sorelia France en janvier.",
     [("Paul Verdier", "start", "appoint", "Sorelia France")]),
    # "le remplacement de X": X leaves
    ("Le remplacement de Claire Dubois à la présidence de Valmont Industries a été acté.",
     [("Claire Dubois", "end", "leave", "Valmont Industries")]),
    # an object relative of "créer" names the organization founded
    ("Paul Verdier dirige toujours l'association Terres Unies, qu'il a créée en 2015.",
     [("Paul Verdier", "start", "found", "Terres Unies")]),
    # the noun of an expulsion from a body, the person between
    ("L'expulsion de Claire Dubois de l'Ordre des architectes a été votée lundi.",
     [("Claire Dubois", "end", "dismiss", "Ordre des architectes")]),
    # a death in office told by a noun
    ("La mort du maire de Montauban, Claire Dubois, a surpris ses administrés.",
     [("Claire Dubois", "end", "leave", "Montauban")]),
])
def test_recall_b_wordings_of_a_change(shared_extractor: Extractor, text: str,
                                       expected: list[tuple[str, str, str, str]]) -> None:
    got = facts(events(shared_extractor, text, "fr"))
    for fact in expected:
        assert fact in got, (fact, got)


@pytest.mark.parametrize(("text", "person", "kind"), [
    ("Après l'escale, Paul Verdier a retrouvé son siège dans l'avion pour Montauban.",
     "Paul Verdier", "start"),
    ("Claire Dubois a décroché la tête de liste de Renaissance à Montauban.",
     "Claire Dubois", "start"),
    ("L'exclusion de Paul Verdier du Tour de Bretagne a été prononcée lundi.",
     "Paul Verdier", "end"),
    ("La mort de Paul Verdier, un passant de 27 ans, a provoqué des manifestations.",
     "Paul Verdier", "end"),
    ("Claire Dubois prend la suite du tournage de Paul Verdier chez Valmont Industries.",
     "Paul Verdier", "end"),
])
def test_recall_b_wordings_without_a_change(shared_extractor: Extractor, text: str,
                                            person: str, kind: str) -> None:
    got = events(shared_extractor, text, "fr")
    assert not any(m.person == person and m.kind == kind for m in got)


@pytest.mark.parametrize(("text", "person", "absent"), [
    ("Le doyen Marc Lefort ouvre la séance. Ce dernier avait été nommé maire par le préfet "
     "en 2019, après la mort de Paul Verdier.", "Marc Lefort", "Paul Verdier"),
    ("Claire Dubois a reçu les syndicats. Cette dernière a été nommée directrice de Valmont "
     "Industries en mars, à la place de Paul Verdier.", "Claire Dubois", None),
    # the phrase names the person itself: that name, not the one before
    ("Paul Verdier a porté plainte. Ce dernier, identifié comme Marc Lefort, a été nommé "
     "directeur de Valmont Industries.", "Marc Lefort", "Paul Verdier"),
])
def test_recall_b_ce_dernier_is_the_latest_person_named_before(
        shared_extractor: Extractor, text: str, person: str, absent: str | None) -> None:
    got = events(shared_extractor, text, "fr")
    assert any(m.person == person and m.kind == "start" for m in got)
    assert not any(m.person == absent and m.kind == "start" for m in got)


@pytest.mark.parametrize(("text", "person", "other"), [
    ("Marc Lefort a été entendu lundi. Alors qu'il vient d'être nommé directeur de Sorelia "
     "France, le procureur Paul Verdier assure que l'enquête progresse.",
     "Paul Verdier", "Marc Lefort"),
    ("Marie Joly était absente. Lorsqu'elle a démissionné de Valmont Industries, Claire Dubois "
     "a tout perdu.", "Claire Dubois", "Marie Joly"),
])
def test_recall_b_a_pronoun_opening_a_fronted_clause_is_the_name_after_it(
        shared_extractor: Extractor, text: str, person: str, other: str) -> None:
    got = events(shared_extractor, text, "fr")
    assert any(m.person == person for m in got)
    assert not any(m.person == other for m in got)


@pytest.mark.parametrize(("text", "fact"), [
    ("Avant de diriger Sorelia France, Paul Verdier avait commencé sa carrière chez Valmont "
     "Industries en 1994.", ("Paul Verdier", "start", "join", "Valmont Industries")),
    ("Paul Verdier a débuté sa carrière à 17 ans, raconte Valmont Industries.", None),
    ("Paul Verdier a commencé sa carrière à Montauban en 1990.", None),
])
def test_recall_b_a_career_begun_at_an_organization(
        shared_extractor: Extractor, text: str,
        fact: tuple[str, str, str, str] | None) -> None:
    got = facts(events(shared_extractor, text, "fr"))
    if fact:
        assert fact in got
    else:
        assert not any(p == "Paul Verdier" and k == "start" for p, k, _, _ in got)


def test_recall_b_an_outlet_after_a_dated_announcement_is_a_source(
        shared_extractor: Extractor) -> None:
    text = ("Le député Paul Verdier annonce le 17 mai dans Le Journal du Dimanche qu'il quitte "
            "le parti présidentiel.")
    got = [m for m in events(shared_extractor, text, "fr") if m.person == "Paul Verdier"]
    assert got and all(m.org is None or "journal" not in m.org.lower() for m in got)
    assert any("Journal du Dimanche" in s for m in got for s in m.sources)


def test_recall_b_a_channel_after_a_dated_announcement_is_a_source_with_its_number(
        shared_extractor: Extractor) -> None:
    text = "Claire Dubois a annoncé mercredi soir sur France 2 qu'elle quittait Les Républicains."
    got = [m for m in events(shared_extractor, text, "fr") if m.person == "Claire Dubois"]
    assert got and all(m.org != "France 2" for m in got)
    assert any(m.sources == ["France 2"] for m in got)

@pytest.mark.parametrize("text", [
    # a demand with a long subject before "to quit": no change yet
    "Thousands of protesters have been calling for the Veloran Prime Minister Tom Reyes and his "
    "entire cabinet to quit.",
    # an order to fire somebody is not the firing
    "The governor ordered the agency's acting chief Ann Lowe to fire Tom Reyes twice that spring.",
    # a team considering or pursuing a player has not signed him
    "The Harbor City Hawks had considered signing Tom Reyes before the trade deadline.",
    "The Hawks are making progress in their quest to sign Tom Reyes, according to a league "
    "source.",
    # ships are not people
    "HMS Brightwater, which replaced the frigate HMS Corwen last month, will sail for the gulf.",
    # passed over as somebody's successor: nobody took the post
    "Tom Reyes had been passed over by the board as Ann Lowe's successor at Grelford Bank.",
    # becoming a kind of figure is no post (even with a role word inside a name)
    "Ann Lowe grew up in Ohio. She became a Paul Dean type of 'outlaw' figure for a generation "
    "of listeners.",
    # replacing a player at a field position is a game's lineup, not a post
    "The Hawks moved Tom Reyes to left field, with Ann Lowe replacing Reyes at first base.",
])
def test_sports_orders_ships_and_figures_in_news_about_something_else(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    # staff facing termination are threatened, not fired; the official who says so neither
    "With the largest number of Harlow Transit employees ever facing termination or "
    "disciplinary action because of one incident, said Inspector General Tom Reyes.",
    # people urging an appointment are no appointment
    "The archive holds the urgings of former agents and several retired board members to "
    "appoint Tom Reyes as director.",
    # a past hope of being named that the text does not say came true
    "Tom Reyes had expected to be named to succeed Ann Lowe, who had run the agency for 20 "
    "years.",
    # a product added to a company's line is no hire
    "Norvell keeps pace with its rivals through the addition of Opal Ridge to its range of "
    "tablets.",
    # a title between single quotes is a work, not a director hired
    "If Ann Lowe asks too much, the studio could hire a new director similar to the "
    "‘Silver Harbor’ films.",
])
def test_threats_hopes_products_and_titles_are_no_changes(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_an_owner_in_the_possessive_is_no_first_name(shared_extractor: Extractor) -> None:
    text = ("The actor has hosted Broadway's Tony awards three times and last month was named "
            "the funniest man alive by Quill magazine.")
    assert not [m for m in events(shared_extractor, text, "en") if "'s" in m.person]


def test_a_pronoun_below_an_unnamed_man_is_not_the_speaker(shared_extractor: Extractor) -> None:
    text = ("Assistant county prosecutor Ann Lowe said the 41-year-old Dayton man shot two former "
            "co-workers because he was furious over his firing a week earlier.")
    assert events(shared_extractor, text, "en") == []
    # the speaker's own pronoun is still the speaker's
    text = "Tom Reyes said he was furious over his firing by Grelford Bank last week."
    assert any(m.person == "Tom Reyes" and m.kind == "end" for m in events(
        shared_extractor, text, "en"))


def test_a_capitalised_word_for_an_unnamed_person_is_no_surname(
        shared_extractor: Extractor) -> None:
    text = "Gunman had been fired last month by Ohio trucking firm"
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize("text", [
    # a team that is the front-runner for a player has not got him, and he got no post
    "The Hawks, considered to be the front-runner for Tom Reyes, have also put in a bid.",
    "Tom Reyes left Dayton. The Hawks, seen as the favorite for Reyes, are said to be close.",
    # an effort to convince somebody to sign is no signing (nor his agent's)
    "The Hawks' owner flew to Dayton to meet free agent Tom Reyes and his agent, Ann Lowe, in an "
    "effort to convince the slugger to sign with the Hawks.",
])
def test_a_pursuit_of_a_player_is_no_signing(shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


def test_a_name_holding_an_acronym_the_text_names_as_an_organization_is_nobody(
        shared_extractor: Extractor) -> None:
    # "he" is the minister, never the police unit named last
    text = ("RCMP officers searched the compound in May. The minister said he asked Harlan RCMP "
            "to reopen the case shortly after he was elected.")
    assert events(shared_extractor, text, "en") == []


def test_a_hyphenated_place_is_one_name(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a été élu député de Loire-Atlantique en 2007."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Loire-Atlantique"]


def test_coming_to_an_organization_from_another_joins_the_first(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes came to Grelford Bank from Calloway Trust in 2010."
    got = {(m.kind, m.org) for m in events(shared_extractor, text, "en")}
    assert got == {("start", "Grelford Bank"), ("end", "Calloway Trust")}


def test_completing_a_term_as_chair_leaves_the_post(shared_extractor: Extractor) -> None:
    text = "Ann Lowe completed a three-year term in March as chair of the Dunmore Audit Board."
    got = [(m.person, m.kind, m.action, m.org) for m in events(shared_extractor, text, "en")]
    assert got == [("Ann Lowe", "end", "leave", "Dunmore Audit Board")]


@pytest.mark.parametrize("text", [
    "Grelford Bank replaced Tom Reyes with Ann Lowe.",
    "Grelford Bank replaced its chief executive Tom Reyes with Ann Lowe in May.",
])
def test_replacing_a_named_person_with_another_is_a_pair(shared_extractor: Extractor,
                                                         text: str) -> None:
    got = {(m.person, m.kind, m.org) for m in events(shared_extractor, text, "en")}
    assert got == {("Tom Reyes", "end", "Grelford Bank"), ("Ann Lowe", "start", "Grelford Bank")}


@pytest.mark.parametrize("text", [
    "The bank then hired Tom Reyes, who lasted two years before being replaced by Ann Lowe.",
    "Tom Reyes lasted two years before being replaced by Ann Lowe.",
])
def test_the_subject_of_a_clause_before_being_replaced_leaves(shared_extractor: Extractor,
                                                              text: str) -> None:
    got = {(m.person, m.kind) for m in events(shared_extractor, text, "en")}
    assert {("Tom Reyes", "end"), ("Ann Lowe", "start")} <= got


def test_a_change_that_is_the_subject_of_a_copula_is_the_complement_s(
        shared_extractor: Extractor) -> None:
    # "taking over will be X": X takes over, never the one fired before; nobody when unnamed
    text = "Tom Reyes was fired today and taking over will be Ann Lowe."
    got = {(m.person, m.kind) for m in events(shared_extractor, text, "en")}
    assert got == {("Tom Reyes", "end"), ("Ann Lowe", "start")}
    text = "Tom Reyes was fired today and taking over will be former Calloway Trust chief..."
    got = {(m.person, m.kind) for m in events(shared_extractor, text, "en")}
    assert got == {("Tom Reyes", "end")}


def test_a_website_that_reports_is_a_source_and_no_organization(
        shared_extractor: Extractor) -> None:
    text = "The Dunmore Ledger's site, dunmoreledger.com, first reported that Ann Lowe had quit."
    got = events(shared_extractor, text, "en")
    assert [(m.person, m.org) for m in got] == [("Ann Lowe", None)]
    assert "dunmoreledger.com" in got[0].sources


@pytest.mark.parametrize("text", [
    "The Grelford Hawks had a good year. With its acquisition of free agent Tom Reyes the "
    "lineup seemed stronger.",
    "The Grelford Hawks had a good year. With its hiring of Tom Reyes the staff seemed stronger.",
])
def test_its_before_a_hire_is_the_organization_named_before(shared_extractor: Extractor,
                                                            text: str) -> None:
    got = [(m.person, m.kind, m.org) for m in events(shared_extractor, text, "en")]
    assert got == [("Tom Reyes", "start", "Grelford Hawks")]


@pytest.mark.parametrize("text", [
    # pressure or a call for a resignation states none, whoever is named
    "La pression monte sur Paul Verdier pour qu'il démissionne.",
    "La pression monte sur le président Paul Verdier pour qu'il quitte le pouvoir.",
    "Des milliers de personnes appelant M. Verdier à démissionner se sont rassemblées.",
])
def test_a_resignation_wanted_by_others_is_no_change(shared_extractor: Extractor,
                                                     text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    "Claire Dubois renonce à devenir présidente de Valmont.",
    "Claire Dubois a renoncé à prendre la tête de Valmont.",
])
def test_a_post_given_up_before_taking_it_is_no_change(shared_extractor: Extractor,
                                                       text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_an_electoral_list_joined_is_a_candidacy(shared_extractor: Extractor) -> None:
    text = "Claire Dubois rejoint la liste Ensemble pour Lyon aux municipales."
    assert events(shared_extractor, text, "fr") == []


def test_an_interim_held_for_now_is_a_holding(shared_extractor: Extractor) -> None:
    text = "Pour l'heure, c'est Paul Verdier qui assure l'intérim à la tête de Valmont."
    assert events(shared_extractor, text, "fr") == []
    # an interim taken is still a change
    text = "Paul Verdier assurera l'intérim à la tête de Valmont."
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Paul Verdier"]


def test_a_party_after_a_title_and_its_adjectives_is_a_colour(
        shared_extractor: Extractor) -> None:
    text = "La conseillère municipale EELV Claire Dubois a démissionné lundi."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Claire Dubois", "end", "resign", None)}


def test_a_party_label_is_no_seat(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a été élu en 2017 sous l'étiquette Les Centristes."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", None)}


def test_a_nationality_before_a_name_is_no_organization(shared_extractor: Extractor) -> None:
    text = "Les syndicats dénoncent la nomination du Canadien Paul Verdier à la tête de Valmont."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", "Valmont")}
    # a lowercase body before the name is still the post's
    text = "France : le porte-parole du gouvernement Paul Verdier a démissionné."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "end", "resign", "France")}


def test_where_a_person_lives_is_no_organization(shared_extractor: Extractor) -> None:
    text = "Claire Dubois, conseillère régionale installée à Lyon, va quitter ses fonctions."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Claire Dubois", "end", "resign", None)}


@pytest.mark.parametrize("text", [
    # the one whose officer or adviser leaves is not the one leaving
    "Le chef d'état-major de Paul Verdier quitte ses fonctions.",
    "Un conseiller de Paul Verdier sur le départ.",
])
def test_the_named_boss_of_an_unnamed_title_holder_does_not_leave(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []
    # a change noun's complement is the one replaced, not someone's adviser
    text = ("La nomination de Marc Roux à la tête de Valmont, en remplacement de Paul Verdier, "
            "a surpris.")
    assert ("Paul Verdier", "end", "leave", "Valmont") in facts(
        events(shared_extractor, text, "fr"))


def test_my_resignation_in_a_quotation_is_the_speakers(shared_extractor: Extractor) -> None:
    text = "\"J'ai prévenu Paul Verdier de ma démission\", a déclaré Claire Dubois."
    assert [(m.person, m.kind) for m in events(shared_extractor, text, "fr")] == [
        ("Claire Dubois", "end")]


def test_a_fronted_appointment_before_an_unnamed_title_names_nobody_new(
        shared_extractor: Extractor) -> None:
    text = "Nommé en mars à la place de Paul Verdier, l'ancien directeur financier quitte Valmont."
    assert not any(m.kind == "start" for m in events(shared_extractor, text, "fr"))
    text = ("Nommé en mars à la place de Paul Verdier, l'ancien délégué général de Valmont "
            "quitte son ministère.")
    assert not any(m.kind == "start" for m in events(shared_extractor, text, "fr"))
    # a name after the phrase is the one appointed
    text = "Nommé en mars à la place de Paul Verdier, Marc Roux quitte Valmont."
    assert ("Marc Roux", "start", "appoint", "Valmont") in facts(
        events(shared_extractor, text, "fr"))


def test_a_demonstrative_pronoun_is_nobody(shared_extractor: Extractor) -> None:
    text = "Celui-ci avait été licencié en juin pour faute lourde."
    assert events(shared_extractor, text, "fr") == []


def test_a_home_left_is_no_post_even_with_an_adjective(shared_extractor: Extractor) -> None:
    text = "Claire Dubois lui a dit de quitter leur petit appartement de Lyon."
    assert events(shared_extractor, text, "fr") == []


def test_the_antecedent_of_a_replaced_pronoun_is_no_newcomer(shared_extractor: Extractor) -> None:
    text = ("L'élection au sein du parti du président Paul Verdier pour le remplacer devrait se "
            "tenir le 14 septembre.")
    assert events(shared_extractor, text, "fr") == []
    # the one chosen to replace is still the newcomer
    text = "Paul Verdier a démissionné lundi. Le conseil a désigné Marc Roux pour le remplacer."
    assert ("Marc Roux", "start", "appoint", None) in facts(events(shared_extractor, text, "fr"))


def test_who_acts_in_the_governing_clause_is_not_the_one_dismissed(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier a-t-il eu raison de congédier sa directrice générale ?"
    assert events(shared_extractor, text, "fr") == []
    # the protagonist the description stands for, where someone else acts
    text = ("Claire Dubois dirigeait Valmont depuis 2010. Le conseil a décidé de limoger la "
            "directrice générale.")
    assert [(m.person, m.kind) for m in events(shared_extractor, text, "fr")] == [
        ("Claire Dubois", "end")]


def test_a_sentence_opened_by_elu_and_a_post_describes_the_subject(
        shared_extractor: Extractor) -> None:
    # the tagger reads the opening "Élu" as the noun "élu": the post right after it still tells
    text = "Élu maire de Lille le 29 mars, Paul Verdier a promis des changements."
    assert ("Paul Verdier", "start", "appoint", "Lille") in facts(
        events(shared_extractor, text, "fr"))


def test_a_noun_phrase_opening_a_fronted_participle_is_in_apposition_to_the_subject(
        shared_extractor: Extractor) -> None:
    text = ("Première femme nommée à la tête des pompiers de Lille depuis la création de ce corps "
            "en 1944, Claire Dubois est une passionnée.")
    assert any(m.person == "Claire Dubois" and (m.kind, m.action) == ("start", "appoint")
               for m in events(shared_extractor, text, "fr"))


def test_chosen_to_become_a_title_is_an_appointment(shared_extractor: Extractor) -> None:
    text = "Claire Dubois a été choisie pour devenir directrice générale de Sorelia France."
    assert ("Claire Dubois", "start", "appoint", "Sorelia France") in facts(
        events(shared_extractor, text, "fr"))


def test_a_new_recruit_of_an_organization_has_joined_it(shared_extractor: Extractor) -> None:
    text = "Nouvelle recrue de Canal 9, Claire Dubois multiplie les projets sur la chaîne."
    assert ("Claire Dubois", "start", "join", "Canal 9") in facts(
        events(shared_extractor, text, "fr"))
    # a recruit still sought is nobody's hire
    text = "Claire Dubois cherche encore une nouvelle recrue de Canal 9 pour la matinale."
    assert events(shared_extractor, text, "fr") == []


def test_in_a_good_position_to_succeed_is_a_rumoured_start_of_the_subject(
        shared_extractor: Extractor) -> None:
    text = ("Selon le quotidien, Claire Dubois, actuellement joker de Paul Verdier, est en bonne "
            "position pour lui succéder à la rentrée.")
    found = events(shared_extractor, text, "fr")
    assert any(m.person == "Claire Dubois" and m.kind == "start" and m.status == "rumored"
               for m in found)
    assert not any(m.person == "Paul Verdier" and m.kind == "start" for m in found)


def test_handing_the_controls_to_a_named_person_is_their_start(
        shared_extractor: Extractor) -> None:
    text = "En 2015, Paul Verdier quitte la chaîne Canal 9, passant les commandes à Claire Dubois."
    assert ("Claire Dubois", "start", "appoint", "Canal 9") in facts(
        events(shared_extractor, text, "fr"))
    # orders passed to a market are goods bought
    text = "Le restaurant passe les commandes à Rungis chaque matin, explique Paul Verdier."
    assert events(shared_extractor, text, "fr") == []


def test_the_departure_of_a_title_under_a_possessive_needs_no_organization(
        shared_extractor: Extractor) -> None:
    text = "La ville a appris lundi le départ de son maire Paul Verdier."
    assert ("Paul Verdier", "end", "leave", None) in facts(events(shared_extractor, text, "fr"))
    # someone walking out is no departure from a post
    text = "Les supporters ont été choqués par le départ de Paul Verdier."
    assert events(shared_extractor, text, "fr") == []


def test_passing_the_baton_to_a_named_successor_is_a_handover(
        shared_extractor: Extractor) -> None:
    text = ("Après vingt ans à la tête de la Coopérative Armor, Paul Verdier passe le témoin à "
            "Claire Dubois.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Claire Dubois", "start", "appoint", "Coopérative Armor") in found
    assert ("Paul Verdier", "end", "leave", "Coopérative Armor") in found
    # the baton of a relay race is no post
    text = "Dans le relais 4x100 m de Valmont, Paul Verdier passe le témoin à Claire Dubois."
    assert events(shared_extractor, text, "fr") == []


def test_arriving_at_the_head_of_the_country_is_a_national_post(
        shared_extractor: Extractor) -> None:
    text = "Syrie : Karim Haddad est arrivé à la tête du pays en 2019."
    assert ("Karim Haddad", "start", "appoint", "Syrie") in facts(
        events(shared_extractor, text, "fr"))


def test_creating_a_named_movement_is_a_founding(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a créé en 2017 le mouvement Valmont Avenir, qui compte une dizaine d'élus."
    assert ("Paul Verdier", "start", "found", "Valmont Avenir") in facts(
        events(shared_extractor, text, "fr"))
    # a plan to create is no founding; nor is a surprise created
    for text in ("Paul Verdier veut créer le mouvement Valmont Avenir avant l'été.",
                 "Ce choix a créé la surprise chez Valmont, selon Paul Verdier."):
        assert events(shared_extractor, text, "fr") == []


def test_a_hyphenated_place_runs_through_its_lowercase_particles(
        shared_extractor: Extractor) -> None:
    text = "Claire Dubois, députée des Alpes-de-Haute-Provence, a annoncé sa démission lundi."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Alpes-de-Haute-Provence"]


def test_a_titled_subject_parsed_as_the_head_of_its_predicate_is_still_the_subject(
        shared_extractor: Extractor) -> None:
    # the tagger makes "la journaliste X" the head and "position" its conjunct: the start is
    # the journalist's, never the one "lui" stands for
    text = ("Selon le quotidien, la journaliste Claire Dubois, actuellement joker de Paul Verdier, "
            "est en bonne position pour lui succéder à la rentrée.")
    found = events(shared_extractor, text, "fr")
    assert any(m.person == "Claire Dubois" and m.kind == "start" and m.status == "rumored"
               for m in found)
    assert not any(m.person == "Paul Verdier" and m.kind == "start" for m in found)
