"""French rules: what the change is (kind, action, status, date) and the role taken."""

from __future__ import annotations

import pytest
from rules_helpers import Fact, events, facts, finder_for, roles

from turnover.extract import Extractor


def test_a_concessive_si_in_the_past_is_a_fact(shared_extractor: Extractor) -> None:
    text = ("Si elle a quitté son poste de porte-parole du gouvernement en juillet, Anne Blanc "
            "reste active.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Anne Blanc"}


@pytest.mark.parametrize(("text", "fact"), [
    pytest.param(
        "Les autres sont la nouvelle directrice opérationnelle, Inès Valdor, transfuge de "
        "Marvel Motors.",
        ("Inès Valdor", "start", "appoint", None),
        id="a-new-director-apposed-is-appointed"),
    pytest.param(
        "Paul Roux a annoncé dimanche qu'il rejoignait le Mouvement radical.",
        ("Paul Roux", "start", "join", "Mouvement radical"),
        id="every-tense-of-a-trigger-verb-fires-1"),
    pytest.param(
        "Marc Petit reprenait la direction du groupe Sorel en 2019.",
        ("Marc Petit", "start", "appoint", "Sorel"),
        id="every-tense-of-a-trigger-verb-fires-2"),
    pytest.param(
        "En 2012, Claire Dumas devenait directrice générale du groupe Sorel.",
        ("Claire Dumas", "start", "appoint", "Sorel"),
        id="every-tense-of-a-trigger-verb-fires-3"),
    pytest.param(
        "L'inspecteur général de la Fédération Alpine Marc Tissier a démissionné mercredi. "
        "Son arrivée en mai à ce poste avait surpris.",
        ("Marc Tissier", "start", "appoint", "Fédération Alpine"),
        id="an-arrival-at-this-post-in-a-month-is-a-start"),
    pytest.param(
        "En 2009, le groupe Sorel recruta Marc Tissier pour diriger ses ventes.",
        ("Marc Tissier", "start", "join", "Sorel"),
        id="past-historic-and-imperfect-forms-fire-1"),
    pytest.param(
        "En 2012, le groupe Sorel licencia Claire Fabre pour faute grave.",
        ("Claire Fabre", "end", "dismiss", "Sorel"),
        id="past-historic-and-imperfect-forms-fire-2"),
    pytest.param(
        "Le conseil de la Fédération Alpine désigna Paul Morel à sa tête en 2015.",
        ("Paul Morel", "start", "appoint", "Fédération Alpine"),
        id="past-historic-and-imperfect-forms-fire-3"),
    pytest.param(
        "Paul Verdier vient de démissionner de la présidence du groupe Vernier et pourrait "
        "rejoindre la société Lumio.",
        ("Paul Verdier", "start", "join", "Lumio"),
        id="a-second-verb-after-a-recent-past-has-the-same-subject"),
    pytest.param(
        "Le député Paul Verdier a démissionné vendredi de la mission parlementaire sur la "
        "Corse, présidée par Marc Dugand.",
        ("Paul Verdier", "end", "resign", "mission parlementaire"),
        id="leaving-a-body-named-by-a-common-noun-after-a-date"),
    pytest.param(
        "Claire Dubois a été choisie pour devenir directrice générale de Sorelia France.",
        ("Claire Dubois", "start", "appoint", "Sorelia France"),
        id="chosen-to-become-a-title-is-an-appointment"),
])
def test_the_fact_is_found(shared_extractor: Extractor, text: str, fact: Fact) -> None:
    assert fact in facts(events(shared_extractor, text, "fr"))


def test_the_title_before_the_name_is_the_post_left_not_the_addressee_s(
        shared_extractor: Extractor) -> None:
    text = "Le ministre de l'Économie Paul Verdier a présenté sa démission au Premier ministre."
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.role) == ("Paul Verdier", "ministre de l'économie")


@pytest.mark.parametrize(("text", "role"), [
    ("Paul Verdier a été nommé ministre de l'Agriculture et de la Pêche mardi.",
     "ministre de l'agriculture et de la pêche"),
    ("Anne Morel a été nommée ministre déléguée à la Jeunesse en mai.",
     "ministre déléguée à la jeunesse"),
    ("Le ministre des Finances Paul Verdier a démissionné au lendemain du vote.",
     "ministre des finances"),
    ("Paul Verdier, ministre de la Justice de 2015 à 2017, a démissionné mardi.",
     "ministre de la justice"),
], ids=["two-departments-joined-by-et-de", "delegated-to-a-department", "no-following-clause",
        "no-year-after-the-department"])
def test_a_minister_s_title_is_read_whole(shared_extractor: Extractor, text: str,
                                          role: str) -> None:
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.role == role


def test_a_high_commissioner_is_a_title_not_an_organization(shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor,
                        "Marc Delorme a été nommé haut-commissaire au Plan par le président.", "fr")
    assert (mention.role, mention.org) == ("haut-commissaire", "Plan")


def test_a_conditional_after_an_announcement_is_planned(shared_extractor: Extractor) -> None:
    text = "Paul Ribot a annoncé mardi qu'il quitterait la présidence du groupe Verdal en juin."
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.status == "planned"


def test_the_only_one_in_the_running_elected_is_a_fact(shared_extractor: Extractor) -> None:
    text = "Seule en lice, Julie Morel a été élue maire de Quimper par le conseil municipal."
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.status == "occurred"


@pytest.mark.parametrize("text", [
    "Paul Verdier n'a pas encore été nommé à la tête du groupe Sorel.",
    "Paul Verdier n'a pas encore quitté le groupe Sorel.",
])
def test_a_change_not_yet_made_is_planned(shared_extractor: Extractor, text: str) -> None:
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.status == "planned"


def test_not_yet_before_another_verb_leaves_the_change_alone(
        shared_extractor: Extractor) -> None:
    text = "Julie Morel n'a pas encore digéré la nomination de Paul Verdier à la tête de Sorel."
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"occurred"}


def test_well_placed_to_succeed_is_rumored(shared_extractor: Extractor) -> None:
    text = "Dans cette circonscription, Claire Aubry est bien partie pour succéder à Paul Ribot."
    got = {(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")}
    assert ("Claire Aubry", "start", "rumored") in got


def test_not_ruling_out_a_resignation_is_rumored(shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Remaniement : Claire Vidal n'exclut pas de "
                                          "démissionner du gouvernement", "fr")
    assert mention.status == "rumored"


def test_founding_a_company_is_not_returning_to_another(shared_extractor: Extractor) -> None:
    text = ("Paul Leroy va créer sa propre start-up, a-t-il annoncé. Il ne reviendra pas à la "
            "tête de Vexal, a précisé le conseil.")
    actions = {m.action for m in events(shared_extractor, text, "fr") if m.kind == "start"}
    assert actions == {"found", "return"}


def test_a_definite_title_in_the_next_sentence_is_the_role_of_the_one_named_last(
        shared_extractor: Extractor) -> None:
    text = ("Le conseil de Vexal a voté le licenciement de Karim Aboud. Le directeur général "
            "avait perdu la confiance des actionnaires.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.role) == ("Karim Aboud", "directeur général")


def test_a_title_whose_complement_is_the_person_is_someone_else_s(
        shared_extractor: Extractor) -> None:
    text = ("Marc Lenoir a été reçu mardi par la directrice de cabinet de Paul Verdier. Ce "
            "dernier démissionnera en juin.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.role) == ("Paul Verdier", None)


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


def test_a_former_title_is_not_the_post_a_newcomer_takes(shared_extractor: Extractor) -> None:
    text = ("L'ancien secrétaire d'État, Paul Hervé, a lui rejoint le courtier en assurances "
            "Verlaine Conseil.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.kind, mention.action, mention.org, mention.role) == (
        "Paul Hervé", "start", "join", "Verlaine Conseil", None)


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


def test_an_organization_of_a_past_title_is_not_the_post_taken(
        shared_extractor: Extractor) -> None:
    text = "L'ancien journaliste de Radio Nord et Télé Sud Marc Dufour succède à Paul Hervé."
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Marc Dufour", "start", "appoint", None) in found
    assert not {m[3] for m in found} & {"Radio Nord", "Télé Sud"}


def test_a_title_after_a_participle_apposed_to_the_name_is_the_main_clause_s(
        shared_extractor: Extractor) -> None:
    text = ("Bernard Lemaire, récemment nommé à la tête de Banque Lumière en France, connaît le "
            "chef de l'État depuis 2008.")
    assert roles(events(shared_extractor, text, "fr")) == {
        ("Bernard Lemaire", "start", "Banque Lumière", None)}


def test_founding_and_returning_stay_two_changes(shared_extractor: Extractor) -> None:
    # the founder's epithet and the return merged into one "found" event, losing the return
    text = ("Léo Garnier de retour à la tête de Quantel. Une semaine après son éviction, le "
            "cofondateur de Quantel retrouve son poste de directeur général.")
    actions = {m.action for m in events(shared_extractor, text, "fr")
               if m.person == "Léo Garnier" and m.kind == "start"}
    assert "return" in actions


def test_a_relative_clause_keeps_its_own_tense_and_date(shared_extractor: Extractor) -> None:
    text = "Paul Durand, qui a démissionné en mars, sera remplacé par Marc Leroy à la tête de Vexa."
    got = {m.person: (m.status, m.when) for m in events(shared_extractor, text, "fr")}
    assert got["Paul Durand"] == ("occurred", "2024-03")
    assert got["Marc Leroy"][0] == "planned"


def test_the_title_of_another_clause_s_subject_is_not_the_role(
        shared_extractor: Extractor) -> None:
    text = ("Le directeur général avait été rétabli dans ses fonctions quelques jours plus tard, "
            "et Paul Durand avait quitté le conseil d'administration.")
    (left,) = events(shared_extractor, text, "fr")
    assert (left.person, left.role) == ("Paul Durand", None)
    (quit_,) = events(shared_extractor, "Le PDG Paul Durand a annoncé qu'il démissionnait.", "fr")
    assert (quit_.person, quit_.role) == ("Paul Durand", "pdg")


def test_a_founding_president_founded_the_organization(shared_extractor: Extractor) -> None:
    text = "Paul Durand, président fondateur de Vexa, a démissionné."
    got = {(m.action, m.org, m.role) for m in events(shared_extractor, text, "fr")}
    assert got == {("resign", "Vexa", "président"), ("found", "Vexa", "président")}


def test_a_change_asked_about_is_at_most_a_rumour(shared_extractor: Extractor) -> None:
    text = ("Claire Chavel acceptera-t-elle aujourd'hui une proposition pour remplacer l'actuel "
            "ministre Franck Rivière ?")
    assert {m.status for m in events(shared_extractor, text, "fr")} <= {"rumored", "planned"}


def test_a_why_question_takes_the_change_as_given(shared_extractor: Extractor) -> None:
    (left,) = events(shared_extractor, "Pourquoi Shemar Moure a-t-il quitté la série Esprits "
                                       "Criminels ?", "fr")
    assert left.status == "occurred"


def test_intending_to_resign_is_planned(shared_extractor: Extractor) -> None:
    (quit_,) = events(shared_extractor, "Japon : le Premier ministre Shinzo Abé compte "
                                        "démissionner pour raisons de santé.", "fr")
    assert quit_.status == "planned"


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


def test_leaving_an_office_with_no_title_gives_its_holder_s_title(
        shared_extractor: Extractor) -> None:
    (end,) = events(shared_extractor, "Depuis qu'il a quitté l'Élysée, François Holland se fait "
                                      "discret.", "fr")
    assert (end.org, end.role) == ("France", "président")


def test_a_candidacy_designation_is_no_appointment(shared_extractor: Extractor) -> None:
    text = ("Marie Durand, nommée tête de liste du Parti radical aux régionales, a quitté le "
            "gouvernement.")
    assert {m.kind for m in events(shared_extractor, text, "fr")} == {"end"}
    text = "Paul Verdier a été désigné officiellement candidat du Parti radical à Lyon."
    assert events(shared_extractor, text, "fr") == []
    text = "Sa fille Lucie Verdier a été désignée comme exécutrice testamentaire."
    assert events(shared_extractor, text, "fr") == []


def test_a_denied_resignation_letter(shared_extractor: Extractor) -> None:
    (end,) = events(shared_extractor, "Paul Verdier n'a pas remis sa démission, a-t-il assuré "
                                      "au journal.", "fr")
    assert (end.person, end.kind, end.status) == ("Paul Verdier", "end", "denied")
    (end,) = events(shared_extractor, "Paul Verdier a remis sa démission lundi.", "fr")
    assert end.status == "occurred"


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


def test_a_superlative_plus_is_no_negation(shared_extractor: Extractor) -> None:
    text = ("Parmi les prétendants, Marc Lefort est le plus cité pour remplacer Claire Dubois à "
            "la tête de la région.")
    assert {(m.person, m.status) for m in events(shared_extractor, text, "fr")} == {
        ("Marc Lefort", "rumored"), ("Claire Dubois", "rumored")}
    (end,) = events(shared_extractor, "Paul Verdier ne quittera pas la présidence de la société "
                                      "Vernier.", "fr")
    assert end.status == "denied"


def test_approached_for_a_post_is_a_rumour(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a été contacté par le gouvernement pour remplacer Marc Dubois."
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"rumored"}


def test_a_date_a_state_lasts_from_is_not_the_changes(shared_extractor: Extractor) -> None:
    text = "Directeur depuis 2015, Paul Verdier a été nommé président de la société Vernier."
    assert [m.when for m in events(shared_extractor, text, "fr")] == ["2024-05-15"]  # news
    text = "Paul Verdier, en poste depuis le 3 mars, a démissionné."
    assert [m.when for m in events(shared_extractor, text, "fr")] == ["2024-05-15"]
    from turnover.extract.rules import rules_for
    finder = rules_for("fr").dates  # a vacancy's date is the day the holder left
    assert [d.since for d in finder.find("Le poste est vacant depuis fin mars 2024.", None)] == [
        False]
    assert [d.since for d in finder.find("Il est en poste depuis mars 2024.", None)] == [True]


def test_a_fronted_participles_date_is_its_own(shared_extractor: Extractor) -> None:
    text = "Élu en 2017, Paul Verdier quittera le Parlement au lendemain du premier tour."
    (end,) = [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]
    assert end.when is None


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


@pytest.mark.parametrize(("text", "names"), [
    # the list after "reviennent les noms" is parsed as the verb's object
    pytest.param("Remaniement : parmi les entrants, reviennent les noms du maire de Brest Paul "
                 "Verdier, du procureur Marc Dugand et de l'économiste Julie Roux.",
                 ("Paul Verdier", "Marc Dugand", "Julie Roux"), id="the-verb-s-object"),
    # ", du juge Y, ou encore de Z" is parsed outside the list's subtree, on the verb
    pytest.param("Pour le poste, reviennent les noms du préfet de Lyon Paul Garnier (ex-PS), du "
                 "juge Anne Morel, ou encore de l'avocat Luc Bernard, passé par Bercy.",
                 ("Paul Garnier", "Anne Morel", "Luc Bernard"), id="items-hung-on-the-verb"),
])
def test_names_that_come_back_for_a_post_are_each_rumored_not_at_their_own_post(
        shared_extractor: Extractor, text: str, names: tuple[str, ...]) -> None:
    # "maire de Brest", "préfet de Lyon": the post each name holds, neither the organization
    # nor the role speculated about
    found = {(m.person, m.kind, m.status, m.org, m.role)
             for m in events(shared_extractor, text, "fr")}
    assert found == {(p, "start", "rumored", None, None) for p in names}


def test_a_title_told_as_the_post_speculated_about_is_its_role(
        shared_extractor: Extractor) -> None:
    # the title set off after the name is the one held
    text = ("Selon nos sources, Nathalie Girard, directrice adjointe, est favorite pour devenir "
            "présidente du groupe Sorel.")
    assert roles(events(shared_extractor, text, "fr")) == {
        ("Nathalie Girard", "start", "Sorel", "présidente")}


@pytest.mark.parametrize("text", [
    "Marc Lenoir a nommé Paul Verdier, maire de Quimper et président du conseil "
    "départemental, vice-président délégué de Renouveau.",
    "Le bureau a élu Paul Verdier, maire de Quimper, vice-président de Renouveau.",
])
def test_the_titles_apposed_to_the_one_named_are_held_the_title_after_them_is_taken(
        shared_extractor: Extractor, text: str) -> None:
    assert roles(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "Renouveau", "vice-président")}


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


def test_a_title_the_verb_governs_is_no_apposition_to_the_name_before_the_comma(
        shared_extractor: Extractor) -> None:
    # "proche de Marc Dugand, devient chef du gouvernement": Verdier's new post, not Dugand's
    text = ("Paul Verdier, député-maire du Havre et proche de Marc Dugand, devient chef du "
            "gouvernement.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.org, mention.role) == (
        "Paul Verdier", "France", "chef du gouvernement")


@pytest.mark.parametrize(("text", "status"), [
    ("Paul Morin préparerait le lancement de sa propre start-up.", "rumored"),
    ("Paul Morin a créé une nouvelle start-up en mars.", "occurred"),
])
def test_launching_one_s_own_company_is_a_founding(
        shared_extractor: Extractor, text: str, status: str) -> None:
    (found,) = events(shared_extractor, text, "fr")
    assert (found.person, found.action, found.org, found.status) == (
        "Paul Morin", "found", None, status)


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


def test_a_change_apposed_to_a_name_keeps_its_title_and_date(
        shared_extractor: Extractor) -> None:
    found = events(shared_extractor, "Paul Verdier, élu maire de Barentin en mai, a démissionné "
                                     "de l'Assemblée.", "fr")
    got = {(m.kind, m.org, m.role, m.when) for m in found}
    assert ("start", "Barentin", "maire", "2024-05") in got
    assert ("end", "Assemblée", None, None) in got  # neither the mayor's title nor its date


def test_a_party_between_a_title_and_the_name_is_no_seat(shared_extractor: Extractor) -> None:
    # "le député LR X": LR is X's colour; the seat is the constituency the sentence writes
    text = ("Le député LR Paul Verdier a quitté son siège dans la 1re circonscription du "
            "Haut-Rhin pour devenir maire de Colmar.")
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Paul Verdier", "end", "1re circonscription du Haut-Rhin", "député") in got
    assert ("Paul Verdier", "start", "Colmar", "maire") in got
    assert not any(org == "LR" for _, _, org, _ in got)


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


def test_an_interim_held_for_now_is_a_holding(shared_extractor: Extractor) -> None:
    text = "Pour l'heure, c'est Paul Verdier qui assure l'intérim à la tête de Valmont."
    assert events(shared_extractor, text, "fr") == []
    # an interim taken is still a change
    text = "Paul Verdier assurera l'intérim à la tête de Valmont."
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Paul Verdier"]


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


def test_creating_a_named_movement_is_a_founding(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a créé en 2017 le mouvement Valmont Avenir, qui compte une dizaine d'élus."
    assert ("Paul Verdier", "start", "found", "Valmont Avenir") in facts(
        events(shared_extractor, text, "fr"))
    # a plan to create is no founding; nor is a surprise created
    for text in ("Paul Verdier veut créer le mouvement Valmont Avenir avant l'été.",
                 "Ce choix a créé la surprise chez Valmont, selon Paul Verdier."):
        assert events(shared_extractor, text, "fr") == []


def test_preparing_one_s_departure_is_planned(shared_extractor: Extractor) -> None:
    text = "Après quinze ans à la tête de Vandor, Paul Arnaud prépare son départ de l'entreprise."
    assert {(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Arnaud", "end", "planned")}


def test_a_verbless_headline_question_is_a_rumour(shared_extractor: Extractor) -> None:
    text = "Paul Verdier, le nouveau conseiller de Claire Morel ?"
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["rumored"]



def test_what_someone_was_first_meant_to_do_is_denied(shared_extractor: Extractor) -> None:
    # "devait initialement": a plan the text tells as given up
    text = ("Selon Le Courrier de Vexa, le président devait initialement nommer Paul Verdier à "
            "la tête de la Cour.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.status) == ("Paul Verdier", "denied")


def test_the_title_after_en_tant_que_is_the_post_taken(shared_extractor: Extractor) -> None:
    # the title before the name is the seat held; "Etat" written without its accent
    text = ("Ce vendredi, le député de la Somme Paul Verdier est nommé au sein de l'exécutif, "
            "en tant que secrétaire d'Etat à la Mer.")
    assert roles(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "France", "secrétaire d'etat à la mer")}


def test_an_intention_to_appoint_is_a_plan(shared_extractor: Extractor) -> None:
    text = "Le président a l'intention de nommer Claire Morel à la tête de l'agence Vexa."
    assert [(m.person, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("Claire Morel", "planned")]


def test_a_hyphenated_title_and_its_adjective_are_no_organization(
        shared_extractor: Extractor) -> None:
    text = ("Alain Dupuis succédera ainsi à l'ancien Premier-ministre socialiste Marc Duval au "
            "Conseil des sages.")
    orgs = {m.org for m in events(shared_extractor, text, "fr")}
    assert not any(o and ("socialiste" in o or "ministre" in o.lower()) for o in orgs)


def test_someone_on_the_way_out_is_a_plan_and_a_headline_question_a_rumour(
        shared_extractor: Extractor) -> None:
    text = "Yann Dupont sur le départ, Laurent Martin livre quelques indices sur son successeur."
    assert [(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("Yann Dupont", "end", "planned")]
    asked = "Télé Vexa : Claire Morel bientôt sur le départ ?"
    assert [(m.person, m.status) for m in events(shared_extractor, asked, "fr")] == [
        ("Claire Morel", "rumored")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le ministre de la Culture Paul Verdier ou celui de l'Intérieur Anne Morel "
                 "semblent aussi menacés, à divers degrés.",
                 {("Paul Verdier", "end", "dismiss", "rumored"),
                  ("Anne Morel", "end", "dismiss", "rumored")}, id="a-list-threatened"),
    pytest.param("Selon un hebdomadaire, la présentatrice vedette Anne Morel serait sur la "
                 "sellette.", {("Anne Morel", "end", "dismiss", "rumored")}, id="sellette"),
    pytest.param("Le maire de Brest Paul Verdier est menacé de mort depuis sa décision.", set(),
                 id="a-threat-to-life"),
])
def test_a_post_under_threat_is_a_rumoured_dismissal(
        shared_extractor: Extractor, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = {(m.person, m.kind, m.action, m.status) for m in events(shared_extractor, text, "fr")}
    assert got == expected


def test_an_overthrown_ruler_s_country_is_the_one_next_to_his_name(
        shared_extractor: Extractor) -> None:
    text = ("L'ex-président de la Moldavie, Ivan Rusu, soigné depuis samedi en Autriche, "
            "réclame sa liberté trois semaines après son renversement par des militaires.")
    got = {(m.person, m.action, m.org) for m in events(shared_extractor, text, "fr")}
    assert got == {("Ivan Rusu", "dismiss", "Moldavie")}


@pytest.mark.parametrize(("text", "status"), [
    pytest.param("Anne Morel prend ses fonctions à la tête du groupe Sorel le 3 juin.",
                 "planned", id="a-present-with-a-day-to-come"),
    pytest.param("Paul Verdier quitte le groupe Sorel fin 2026.", "planned",
                 id="a-present-with-a-year-to-come"),
    pytest.param("Paul Verdier a quitté le groupe Sorel le 2 mai.", "occurred",
                 id="a-past-tense-is-done"),
    pytest.param("Anne Morel succède à Paul Verdier, tête de liste aux élections du 9 juin.",
                 "occurred", id="the-date-of-a-noun-is-not-the-change-s"),
    pytest.param("Paul Verdier quitte le groupe Sorel début octobre.", "occurred",
                 id="a-month-without-its-year-may-be-a-past-one-told-in-the-present"),
])
def test_a_change_told_in_the_present_for_a_later_date_is_planned(
        shared_extractor: Extractor, text: str, status: str) -> None:
    got = events(shared_extractor, text, "fr")  # published 2024-05-15
    assert got and {m.status for m in got} == {status}


def test_a_relative_clause_telling_the_post_held_gives_the_organization_left(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier, qui dirigeait Sorel Industries depuis 2015, a été remercié mardi."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "end", "dismiss", "Sorel Industries")}


@pytest.mark.parametrize(("text", "status"), [
    pytest.param("Paul Verdier a annoncé mardi son intention de quitter le groupe Sorel.",
                 "planned", id="an-intention-announced"),
    pytest.param("Paul Verdier n'a pas l'intention de quitter le groupe Sorel, a-t-il assuré.",
                 "denied", id="no-intention"),
    pytest.param("Le procureur Paul Verdier a assuré n'avoir aucune intention de démissionner.",
                 "denied", id="no-intention-at-all"),
    pytest.param("Les rumeurs selon lesquelles Paul Verdier quitterait Sorel sont "
                 "infondées, a indiqué un porte-parole.", "denied", id="rumours-said-unfounded"),
])
def test_an_intention_is_its_holder_s_change(shared_extractor: Extractor, text: str,
                                             status: str) -> None:
    got = events(shared_extractor, text, "fr")
    assert [(m.person, m.kind, m.status) for m in got] == [("Paul Verdier", "end", status)]


def test_a_title_held_until_now_is_neither_the_post_taken_nor_the_predecessor_s(
        shared_extractor: Extractor) -> None:
    text = ("Le groupe Sorel change de patron. Paul Verdier cède la place à Anne Morel, "
            "jusqu'ici directrice financière.")
    got = {(m.person, m.kind, m.role) for m in events(shared_extractor, text, "fr")}
    assert got == {("Paul Verdier", "end", None), ("Anne Morel", "start", None)}


def test_each_person_named_with_a_title_after_a_naming_verb_takes_that_title(
        shared_extractor: Extractor) -> None:
    for text, want in (
            ("Le groupe Sorel a nommé Anne Morel directrice financière et Paul Verdier "
             "directeur commercial.", {("Anne Morel", "directrice financière"),
                                       ("Paul Verdier", "directeur commercial")}),
            ("Le président a nommé Anne Morel ministre des Armées et Paul Verdier ministre de "
             "l'Intérieur.", {("Anne Morel", "ministre des armées"),
                              ("Paul Verdier", "ministre de l'intérieur")})):
        assert {(m.person, m.role) for m in events(shared_extractor, text, "fr")} == want


def test_the_bare_title_of_whom_a_resignation_goes_to_or_who_accepts_it_is_theirs(
        shared_extractor: Extractor) -> None:
    for text in ("Paul Verdier a présenté sa démission au Premier ministre.",
                 "La démission de Paul Verdier a été acceptée par le président."):
        (mention,) = events(shared_extractor, text, "fr")
        assert (mention.person, mention.kind, mention.role) == ("Paul Verdier", "end", None), text
    # (and the title of whom someone is replaced by is where the newcomer is now, not the
    # post taken)
    text = "Paul Verdier a été remplacé par la directrice de l'Opéra de Rennes Anne Morel."
    assert ("Anne Morel", None) in {
        (m.person, m.role) for m in events(shared_extractor, text, "fr")}


def test_about_to_take_over_is_planned(shared_extractor: Extractor) -> None:
    text = "Paul Verdier est en passe de succéder à Anne Morel à la tête de la Compagnie Vexal."
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"planned"}


@pytest.mark.parametrize(("text", "lang"), [
    ("La tourmente de mars 2021 a laissé des traces chez Valmont. Lors de cette crise, "
     "les actionnaires avaient obtenu le limogeage de Paul Verdier.", "fr"),
    ("The turmoil of March 2021 left its mark on Valmont. During that crisis, the "
     "shareholders forced out Paul Verdier.", "en"),
])
def test_a_change_told_in_an_episode_dated_before_takes_its_date(
        shared_extractor: Extractor, text: str, lang: str) -> None:
    (mention,) = events(shared_extractor, text, lang)
    assert (mention.person, mention.when) == ("Paul Verdier", "2021-03")


def test_not_kept_on_is_a_departure_planned_when_said_rumored_when_reported(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a confirmé jeudi 16 mai à ses équipes qu'il ne serait pas reconduit à "
            "la tête de la rédaction de Radio Vexal.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.kind, mention.action, mention.status) == ("end", "leave", "planned")
    text = "Selon Le Parisien, Paul Verdier ne serait pas reconduit à la tête de Radio Vexal."
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.kind, mention.status) == ("end", "rumored")



@pytest.mark.parametrize(("text", "lang"), [
    ("Le milieu Paul Verdier s'est engagé avec le FC Vexal jusqu'en 2027.", "fr"),
    ("Midfielder Tom Reyes signed with the Vexal Rovers through 2027.", "en"),
])
def test_the_end_of_a_contract_is_not_the_date_of_the_start(
        shared_extractor: Extractor, text: str, lang: str) -> None:
    (mention,) = events(shared_extractor, text, lang)
    assert (mention.kind, mention.when) == ("start", None)


def test_a_change_noun_after_a_la_suite_de_is_settled_and_no_reason(
        shared_extractor: Extractor) -> None:
    text = ("À la suite des démissions de Claire Dubois et de Paul Laval, le gouvernement va "
            "devoir trouver des remplaçants.")
    found = events(shared_extractor, text, "fr")
    assert {(m.person, m.status, m.reason) for m in found} == {
        ("Claire Dubois", "occurred", None), ("Paul Laval", "occurred", None)}


def test_suite_a_an_indefinite_noun_is_a_reason(shared_extractor: Extractor) -> None:
    text = "Paul Laval a démissionné suite à des désaccords avec la direction de Vantis."
    assert [m.reason for m in events(shared_extractor, text, "fr")] == [
        "des désaccords avec la direction de Vantis"]


@pytest.mark.parametrize(("text", "when"), [
    # the news itself, told in the present, the perfect or the future: the day it is told
    ("Paul Verdier devient président du groupe Sorel.", "2024-05-15"),
    ("Paul Verdier quittera le groupe Sorel.", "2024-05-15"),  # the announcement's date
    # a narrative past, a rumour, a span of time: no date the text gives
    ("Paul Verdier avait quitté le groupe Sorel.", None),
    ("Paul Verdier aurait quitté le groupe Sorel.", None),
    ("Paul Verdier a quitté le groupe Sorel la semaine suivante.", None),
    # a state since the change: background
    ("Depuis que Paul Verdier est devenu président de la société Vexal, sa femme Julie a été "
     "propulsée au rang des personnalités publiques.", None),
    # a date the article gives elsewhere comes first
    ("Paul Verdier quitte le groupe Sorel. Il a annoncé en avril son départ du groupe Sorel.",
     "2024-04"),
])
def test_a_change_told_as_news_without_a_date_is_dated_by_the_article(
        shared_extractor: Extractor, text: str, when: str | None) -> None:
    assert [m.when for m in events(shared_extractor, text, "fr")] == [when]


@pytest.mark.parametrize(("text", "org"), [
    # the organization set off after the name is where the person is now
    ("Kevin Marlow, l'ancien responsable des plateformes de streaming de Vexal (Vexal+, Lumi "
     "et Sport+), va prendre la tête du très populaire réseau social TikTok le 1er juin, a "
     "annoncé lundi le groupe chinois ByteDance.", "TikTok"),
    # unless the sentence names no other: a promotion where the person is
    ("Paul Verdier, directeur de Renault, devient directeur général.", "Renault"),
])
def test_the_organization_apposed_to_a_newcomer_is_the_one_held(
        shared_extractor: Extractor, text: str, org: str) -> None:
    assert [m.org for m in events(shared_extractor, text, "fr") if m.kind == "start"] == [org]


def test_a_re_election_as_a_title_is_a_start(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier, député depuis 2002, a démissionné après sa réélection comme maire de "
            "Quimper.")
    assert ("Paul Verdier", "start", "Quimper", "maire") in roles(
        events(shared_extractor, text, "fr"))


@pytest.mark.parametrize(("text", "lang", "when"), [
    # the date of the report, for a change reported with none of its own: the last Monday
    ("Le groupe Vexal a annoncé lundi que Paul Verdier quitterait la présidence.", "fr",
     "2024-05-13"),
    ("Acme said on Monday that Tom Reyes would step down as chief executive.", "en",
     "2024-05-13"),
    # a date of its own comes first
    ("Le groupe Vexal a annoncé lundi que Paul Verdier quitterait la présidence le 1er juillet.",
     "fr", "2024-07-01"),
    # but a date of another verb is not the change's: the report's is
    ("Face à la crise, le groupe Vexal a annoncé vendredi qu'il licenciait son collaborateur "
     "Paul Verdier, filmé en train de frapper un manifestant le 1er mai.", "fr", "2024-05-10"),
])
def test_a_reported_change_without_a_date_takes_its_report_s(
        shared_extractor: Extractor, text: str, lang: str, when: str) -> None:
    assert [m.when for m in events(shared_extractor, text, lang)] == [when]


def test_a_month_of_last_year_is_a_date_not_an_award(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a été nommé président de la société Vexal en janvier de l'année dernière."
    assert [(m.person, m.kind, m.when) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Verdier", "start", "2023-01")]


def test_a_relative_s_title_is_not_the_person_s(shared_extractor: Extractor) -> None:
    # (the father's title, set after "Henri et Luc Martin", was given to the son who left)
    text = ("Paul Martin a quitté le conseil de Valdor, a-t-on appris vendredi. Son père Henri "
            "Martin et son frère Luc Martin ont salué son travail. « Il a beaucoup apporté », ont "
            "dit Henri et Luc Martin, respectivement président et directeur général de Valdor.")
    found = [m for m in events(shared_extractor, text, "fr") if m.person == "Paul Martin"]
    assert found and all(m.role is None for m in found)


def test_a_reason_ends_where_its_quotation_closes(shared_extractor: Extractor) -> None:
    text = ("« Paul Roux a choisi de quitter la présidence du club en juin, afin de se consacrer "
            "à sa famille », a indiqué le club dans un communiqué.")
    assert [m.reason for m in events(shared_extractor, text, "fr")] == [
        "se consacrer à sa famille"]


def test_the_title_a_staff_post_serves_is_not_the_post(shared_extractor: Extractor) -> None:
    text = ("Le colonel Paul Roux, chef de l'état-major particulier du président de la "
            "République, quittera son poste en septembre.")
    found = events(shared_extractor, text, "fr")
    assert found and all(m.role != "président de la république" for m in found)


def test_a_date_after_a_title_is_no_part_of_it(shared_extractor: Extractor) -> None:
    text = "Paul Roux a été nommé secrétaire d'État chargé du numérique mardi 3 mars."
    assert [m.role for m in events(shared_extractor, text, "fr")] == [
        "secrétaire d'état chargé du numérique"]


def test_s_appreter_a_is_planned(shared_extractor: Extractor) -> None:
    text = ("Anne Dumas, qui s'apprête à quitter la direction du groupe pour se lancer en "
            "politique, reste discrète.")
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["planned"]


@pytest.mark.parametrize(("text", "role"), [
    ("Le diplomate Paul Arnal sera nommé ministre des Affaires étrangères du Portugal.",
     "ministre des affaires étrangères"),
    ("Luc Brun, ministre de l'Action et des Comptes publics, a été limogé mardi.",
     "ministre de l'action et des comptes publics"),
])
def test_a_ministry_s_adjective_is_part_of_the_title(
        shared_extractor: Extractor, text: str, role: str) -> None:
    assert [m.role for m in events(shared_extractor, text, "fr")] == [role]


def test_a_title_followed_by_the_person_s_name_is_theirs_past_a_complement(
        shared_extractor: Extractor) -> None:
    text = ("Le gouverneur a limogé mardi soir, sur les conseils de Paulo Guedes, le directeur "
            "adjoint de l'agence de l'eau Carlos Mendes.")
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Carlos Mendes", "directeur adjoint")]


def test_a_title_past_mais_is_another_clause_s(shared_extractor: Extractor) -> None:
    text = ("La secrétaire d'État Julie Roux hésite. Elle pourrait quitter le gouvernement en "
            "juin, mais le ministre du Budget s'y oppose.")
    assert [m.role for m in events(shared_extractor, text, "fr")] == ["secrétaire d'état"]


def test_a_country_named_once_in_passing_is_not_the_government_s(
        shared_extractor: Extractor) -> None:
    text = ("Julie Roux quitte le gouvernement. Elle avait passé ses vacances au Japon l'été "
            "dernier.")
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"France"}


def test_a_ministry_s_title_stops_before_the_government_and_a_lowercase_word_after_et(
        shared_extractor: Extractor) -> None:
    text = ("Paul Arnal, ministre des Affaires étrangères du gouvernement de coalition, a "
            "démissionné. Jean Roux a été nommé ministre de la Transition écologique et "
            "quelques semaines plus tard Anne Vial devient ministre de l'Agriculture et de "
            "l'Alimentation.")
    assert {m.role for m in events(shared_extractor, text, "fr")} == {
        "ministre des affaires étrangères", "ministre de la transition écologique",
        "ministre de l'agriculture et de l'alimentation"}


def test_juge_as_a_verb_is_no_title(shared_extractor: Extractor) -> None:
    text = ("Le porte-parole du parti Avenir, Luc Morin, juge que le remaniement arrive trop "
            "tard et annonce son départ.")
    assert [m.role for m in events(shared_extractor, text, "fr")] == ["porte-parole"]
    text = "La juge Anne Roux a été nommée juge d'instruction à Lyon."
    assert [m.role for m in events(shared_extractor, text, "fr")] == ["juge"]


def test_a_negated_factive_verb_does_not_deny_the_change(shared_extractor: Extractor) -> None:
    text = "Paul Roux ne regrette pas d'avoir quitté le groupe Sorel en mai."
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["occurred"]


def test_a_change_in_view_is_planned(shared_extractor: Extractor) -> None:
    text = ("Anne Roux a été auditionnée mardi par les sénateurs en vue de sa nomination à la "
            "tête de l'Autorité des marchés.")
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["planned"]


def test_a_reason_ends_where_who_said_it_begins(shared_extractor: Extractor) -> None:
    text = ("Luc Morel quittera la présidence du club Sorel à l'été pour se consacrer à sa "
            "famille, a annoncé jeudi le club.")
    assert [m.reason for m in events(shared_extractor, text, "fr")] == [
        "se consacrer à sa famille"]


def test_a_title_before_another_s_name_past_its_place_is_theirs(
        shared_extractor: Extractor) -> None:
    text = ("Adversaire déclaré du maire de Lille Anne Morel, Paul Vidal a fondé une association "
            "de riverains.")
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Vidal", None)]
    # (but a title serving a named person is the one apposed to it)
    text = "Paul Vidal devient le conseiller spécial d'Emmanuel Morel."
    assert [m.role for m in events(shared_extractor, text, "fr")] == ["conseiller spécial"]


def test_the_post_a_change_leaves_is_not_the_one_its_purpose_takes(
        shared_extractor: Extractor) -> None:
    text = ("Paul Roux a quitté en mars son poste de directeur financier de la société Lacta pour "
            "rejoindre le groupe Sorel.")
    assert roles(events(shared_extractor, text, "fr")) == {
        ("Paul Roux", "end", "Lacta", "directeur financier"),
        ("Paul Roux", "start", "Sorel", None)}


def test_a_change_never_even_told_is_denied(shared_extractor: Extractor) -> None:
    text = "Le maire Paul Vidal n'a jamais annoncé sa démission, assure son entourage."
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["denied"]
    # (but a change not commented on did happen)
    text = "Paul Vidal n'a pas commenté son départ du groupe Sorel."
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["occurred"]


def test_still_to_be_elected_is_planned(shared_extractor: Extractor) -> None:
    text = ("Choisie par le bureau, Anne Roux doit encore être confirmée par l'assemblée "
            "générale pour succéder à Paul Vidal.")
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"planned"}


def test_a_title_before_a_name_with_an_accented_capital_is_that_name_s(
        shared_extractor: Extractor) -> None:
    text = ("Selon le Premier ministre Édouard Vidal, la démission de Nicolas Morel ne change "
            "rien.")
    found = events(shared_extractor, text, "fr")
    assert found and all(m.role != "premier ministre" for m in found)


@pytest.mark.parametrize("text", [
    "Paul Roux s'engage à nommer Anne Morel directrice de l'office du tourisme dès septembre.",
    "Paul Roux a promis de nommer Anne Morel à la tête de la commission.",
])
def test_a_change_promised_is_planned(shared_extractor: Extractor, text: str) -> None:
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["planned"]


def test_neither_offered_nor_considered_is_denied(shared_extractor: Extractor) -> None:
    text = ("Interrogé mardi, l'entraîneur Paul Roux a assuré qu'il n'avait ni annoncé ni prévu "
            "de démissionner.")
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["denied"]


def test_the_post_a_candidacy_seeks_is_not_the_one_left(shared_extractor: Extractor) -> None:
    text = ("Le ministre Paul Roux quitte le gouvernement pour préparer sa candidature au poste "
            "de directeur général de l'Unesco.")
    assert [m.role for m in events(shared_extractor, text, "fr")] == ["ministre"]


def test_a_departure_refused_past_a_date_is_denied(shared_extractor: Extractor) -> None:
    text = "Le conseil avait refusé, jeudi 4 avril, que le directeur Paul Roux quitte son poste."
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["denied"]


def test_an_abdication_is_a_resignation(shared_extractor: Extractor) -> None:
    text = "Depuis l'abdication du roi Carlos Ier en 2014, son fils règne."
    assert [(m.person, m.kind, m.action) for m in events(shared_extractor, text, "fr")] == [
        ("Carlos Ier", "end", "resign")]


def test_a_new_holder_in_post_since_a_date_took_it_then(shared_extractor: Extractor) -> None:
    text = ("Anne Morel, nouvelle ministre de la Culture en poste depuis le 3 mai, prépare son "
            "budget.")
    assert [(m.person, m.when) for m in events(shared_extractor, text, "fr")] == [
        ("Anne Morel", "2024-05-03")]
    # a date a post was held from is never the date of a departure
    text = "Anne Morel, en poste depuis le 3 mai, a démissionné mercredi."
    assert [m.when for m in events(shared_extractor, text, "fr")] == ["2024-05-15"]


def test_neither_confirmed_nor_denied_is_a_rumour(shared_extractor: Extractor) -> None:
    text = ("Interrogée, la société Vexal ne veut ni confirmer ni infirmer le départ de sa "
            "directrice Jeanne Perrot.")
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["rumored"]


def test_a_change_whose_aim_only_is_negated_happened(shared_extractor: Extractor) -> None:
    text = "Paul Roux n'a pas quitté Vexal pour gagner plus, mais pour diriger enfin une équipe."
    assert [(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", "end", "occurred")]


def test_a_weekday_before_a_date_is_that_date(shared_extractor: Extractor) -> None:
    text = "Nommée mardi 4 septembre, Anne Morel prend la tête de Vexal."
    assert [m.when for m in events(shared_extractor, text, "fr")] == ["2023-09-04"]


def test_a_title_held_before_the_change_is_not_the_post_taken(
        shared_extractor: Extractor) -> None:
    text = "Nommé au ministère de la Culture, Paul Roux arrive après avoir été président du Sénat."
    assert [(m.org, m.role) for m in events(shared_extractor, text, "fr")] == [("France", None)]


def test_a_title_after_what_someone_leads_is_theirs(shared_extractor: Extractor) -> None:
    text = ("Candidate sur la liste du maire sortant, Anne Morel a rendu sa carte du parti "
            "Renouveau.")
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Anne Morel", None)]


def test_a_weekday_confirms_the_nearest_year_of_its_date(shared_extractor: Extractor) -> None:
    text = ("La directrice de Vexal, Anne Morel, doit quitter ses fonctions, a-t-on appris mardi "
            "14 mai auprès de la direction.")
    assert [m.when for m in events(shared_extractor, text, "fr")] == ["2024-05-14"]


def test_well_placed_to_succeed_is_a_rumour(shared_extractor: Extractor) -> None:
    text = ("La chroniqueuse Anne de Vaux, remplaçante habituelle de Paul Roux, semble bien placée "
            "pour lui succéder.")
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"rumored"}


def test_a_change_someone_will_have_to_make_is_planned(shared_extractor: Extractor) -> None:
    text = ("Candidat à la mairie, le ministre de l'Agriculture Paul Roux va devoir quitter son "
            "ministère et remettre sa démission au président.")
    assert {m.status for m in events(shared_extractor, text, "fr")} == {"planned"}


def test_determined_to_leave_is_planned(shared_extractor: Extractor) -> None:
    text = "Anne Morel est déterminée à quitter la direction de Vexal, quoi qu'en dise le conseil."
    assert [(m.person, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("Anne Morel", "planned")]



def test_a_current_title_is_not_the_post_taken(shared_extractor: Extractor) -> None:
    text = ("Pour succéder à Paul Roux, le ministère a retenu l'actuelle procureure de Brest, Anne "
            "Morel.")
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")
            if m.kind == "start"] == [("Anne Morel", None)]


def test_a_title_after_ex_is_the_one_left(shared_extractor: Extractor) -> None:
    text = "Anne Morel, ex-adjointe à la maire de Brest, a quitté mardi le conseil municipal."
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Anne Morel", "adjointe à la maire")]


def test_a_reason_ends_before_a_main_clause_with_a_named_subject(
        shared_extractor: Extractor) -> None:
    text = ("Nommé mardi à la présidence de Vexal après Paul Roux, démissionnaire pour raisons "
            "familiales, Luc Vidal a réuni le conseil.")
    assert {m.reason for m in events(shared_extractor, text, "fr") if m.kind == "end"} \
        == {"raisons familiales"}


def test_a_purpose_of_a_move_to_come_is_planned(shared_extractor: Extractor) -> None:
    text = "Anne Morel va déménager à Lyon pour rejoindre la Cour des comptes."
    assert [(m.kind, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("start", "planned")]


def test_a_junior_minister_s_title_ends_before_whom_they_serve(
        shared_extractor: Extractor) -> None:
    text = ("Anne Morel devient secrétaire d'État chargée du Tourisme auprès du ministre des "
            "Affaires étrangères.")
    assert {m.role for m in events(shared_extractor, text, "fr") if m.kind == "start"} == {
        "secrétaire d'état chargée du tourisme"}


def test_a_reason_ends_before_a_main_clause(shared_extractor: Extractor) -> None:
    text = ("Sitôt connue l'intention de Paul Roux de démissionner pour des raisons familiales, "
            "plusieurs administrateurs ont apporté leur soutien à Luc Vidal.")
    assert {m.reason for m in events(shared_extractor, text, "fr") if m.person == "Paul Roux"} \
        == {"des raisons familiales"}


def test_the_minister_of_an_era_has_no_portfolio(shared_extractor: Extractor) -> None:
    text = "À 31 ans, Paul Roux devient le plus jeune ministre de l'histoire du pays."
    assert [m.role for m in events(shared_extractor, text, "fr")] == ["ministre"]


def test_a_weekday_that_recurs_dates_nothing(shared_extractor: Extractor) -> None:
    text = ("Paul Roux a été nommé à la présentation de l'émission \"Tout en chansons\", "
            "diffusée le dimanche.")
    assert [m.when for m in events(shared_extractor, text, "fr")] == ["2024-05-15"]


def test_a_second_outlet_after_selon_is_a_source(shared_extractor: Extractor) -> None:
    text = "Paul Roux va quitter la direction de Vexal, selon Le Monde et le site Infomédias."
    found = events(shared_extractor, text, "fr")
    assert [(m.org, m.sources) for m in found] == [("Vexal", ["Monde", "Infomédias"])]


def test_a_guest_of_a_programme_names_its_source(shared_extractor: Extractor) -> None:
    text = "Invitée du Grand Rendez-vous, Anne Morel a annoncé sa démission de la tête de Vexal."
    assert [m.sources for m in events(shared_extractor, text, "fr")] == [["Grand Rendez-vous"]]


def test_a_title_before_a_clause_of_the_person_s_own_is_not_theirs(
        shared_extractor: Extractor) -> None:
    text = ("Anne Morel a été nommée secrétaire d'État au Numérique, tandis que Paul Roux a quitté "
            "le parti Renouveau.")
    assert {m.role for m in events(shared_extractor, text, "fr") if m.person == "Paul Roux"} \
        <= {None}
    # (but a clause that goes on with the same subject: the post it named)
    text = ("Il visait le poste de maire de Brest, mais a dû s'incliner devant Paul Roux, élu un "
            "an plus tard à la mairie.")
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", "maire")]


def test_a_junior_minister_s_title_ends_before_a_name(shared_extractor: Extractor) -> None:
    text = "Luc Vidal, secrétaire d'État au Commerce extérieur de Paul Roux, a démissionné lundi."
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Luc Vidal", "secrétaire d'état au commerce extérieur")]


def test_a_title_after_someone_s_party_is_theirs(shared_extractor: Extractor) -> None:
    text = "Paul Roux a été réélu en juin sous l'étiquette Renouveau, le parti du président."
    assert [m.role for m in events(shared_extractor, text, "fr")] == [None]


def test_a_date_may_stand_between_devenir_and_the_title(shared_extractor: Extractor) -> None:
    text = "Anne Morel deviendra à compter du 1er septembre la présidente de Vexal."
    assert [(m.org, m.role, m.when, m.status) for m in events(shared_extractor, text, "fr")] \
        == [("Vexal", "présidente", "2024-09-01", "planned")]


def test_a_fronted_participle_the_tagger_reads_as_a_noun_keeps_its_date(
        shared_extractor: Extractor) -> None:
    text = "Nommé en 2015, Paul Roux a été démis de ses fonctions par le conseil."
    found = {m.kind: m.when for m in events(shared_extractor, text, "fr")}
    assert found["start"] == "2015" and found["end"] != "2015"


@pytest.mark.parametrize(("text", "when"), [
    # a day of the week before, told with a present, is the week's news
    ("Désigné ce lundi directeur général, Paul Roux quitte la présidence du conseil de Vexal.",
     "2024-05-13"),
    # guards: the participle's phrase runs to the main clause's subject, whatever commas
    # stand inside it; told in a past tense, the changes follow one another
    ("Nommée ministre le 3 mars 2015, au lendemain du départ de Luc Ferrand, Anne Morel a lancé "
     "une réforme.", "2015-03-03"),
    ("Élu le 13 mai trésorier du parti Avenir, Paul Roux a finalement démissionné.", None),
])
def test_a_fronted_participle_shares_its_date_with_the_same_news(
        shared_extractor: Extractor, text: str, when: str | None) -> None:
    assert {m.when for m in events(shared_extractor, text, "fr") if m.kind == "end"} == {when}


def test_a_date_before_a_conjunction_is_the_change_told_before_it(
        shared_extractor: Extractor) -> None:
    # the parser hangs the second change elsewhere: each still takes its own phrase's date
    text = "Anne Morel quitte Vexal en 2012 et s'engage chez Lumio en 2016."
    assert {(m.kind, m.when) for m in events(shared_extractor, text, "fr")} == {
        ("end", "2012"), ("start", "2016")}


def test_the_title_of_whom_someone_is_replaced_by_is_neither_post(
        shared_extractor: Extractor) -> None:
    text = "Paul Roux, rapporteur du budget, a été remplacé mardi par le député Luc Ferrand."
    assert {m.role for m in events(shared_extractor, text, "fr")} == {None}
    # (a title of the one replaced still names the post)
    text = ("Le patron de Vexal, Paul Roux, a été remplacé par la directrice financière du groupe "
            "Lumio, Claire Aubry.")
    assert {m.role for m in events(shared_extractor, text, "fr")} == {"patron"}


def test_named_as_a_possible_successor_is_a_rumour(shared_extractor: Extractor) -> None:
    text = "Luc Ferrand est souvent cité pour remplacer Paul Roux à la tête de Vexal."
    assert {(m.person, m.status) for m in events(shared_extractor, text, "fr")
            if m.kind == "start"} == {("Luc Ferrand", "rumored")}


def test_an_imperfect_the_tagger_calls_a_conditional_tells_no_rumour(
        shared_extractor: Extractor) -> None:
    # the tagger reads "rendait" as a conditional: no conditional ends that way
    text = ("Paul Roux est haut-commissaire. Son arrivée au gouvernement en mai rendait ce double "
            "emploi interdit.")
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["occurred"]
    # (a true conditional still is one)
    assert [m.status for m in events(shared_extractor, "Paul Roux quitterait Vexal.", "fr")] == [
        "rumored"]


def test_coming_back_to_someone_s_departure_plans_nothing() -> None:
    # "sur le départ" says a departure is near only without a complement ("X est sur le
    # départ"); "revient sur le départ de X" speaks of it
    from turnover.extract.nlp import pipeline

    text = "Dans son livre, elle revient sur le départ de Paul Roux, parti en 2019 chez Lumio."
    doc = pipeline("fr")(text)
    finder = finder_for(doc)
    leaving = next(t for t in doc if t.text == "départ")
    assert finder.status_of(leaving, text, leaving.idx)[0] == "occurred"


def test_a_title_beside_an_interim_word_is_its_holder_s_only(
        shared_extractor: Extractor) -> None:
    # the departed's own title stands after the change noun, past an adjective
    text = ("Claire Dulac, sénatrice, est devenue présidente par intérim après la démission du "
            "président libéral Paul Verdier en mars 2019.")
    left = next(m for m in events(shared_extractor, text, "fr") if m.person == "Paul Verdier")
    assert (left.role, left.interim) == ("président", False)


def test_a_title_apposed_to_the_newcomer_past_an_age_is_not_the_post_left(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a démissionné. Il sera remplacé par Mark Lowe, 54 ans, directeur "
            "financier.")
    left = next(m for m in events(shared_extractor, text, "fr") if m.person == "Paul Verdier")
    assert left.role is None


def test_the_relative_clause_of_the_one_replaced_is_not_the_newcomer_s_post(
        shared_extractor: Extractor) -> None:
    text = "Anne Morel succédera à Paul Verdier, qui était directeur par intérim depuis mars."
    got = {m.person: m.interim for m in events(shared_extractor, text, "fr")}
    assert got == {"Anne Morel": False, "Paul Verdier": True}


@pytest.mark.parametrize("text", [
    "Paul Verdier veut démissionner de la présidence de Vexal.",
    "Le conseil souhaite limoger Paul Verdier avant l'été.",
    "Le conseil espère remplacer Paul Verdier par Marc Lowe.",
])
def test_a_change_someone_wants_is_planned(shared_extractor: Extractor, text: str) -> None:
    got = events(shared_extractor, text, "fr")
    assert got and {m.status for m in got} == {"planned"}


def test_a_replacement_denied_says_nothing_of_the_departure(
        shared_extractor: Extractor) -> None:
    text = ("Marc Lowe a prévenu qu'il ne remplacerait pas Paul Verdier, démissionnaire de Vexal "
            "depuis mai.")
    got = {(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")}
    assert got == {("Marc Lowe", "start", "denied"), ("Paul Verdier", "end", "occurred")}


@pytest.mark.parametrize(("text", "role"), [
    ("Hugo Marchal a démissionné mardi de la présidence de la Ligue bretonne de voile.",
     "président"),
    ("Claire Aubry, évincée de la vice-présidence de l'association, a dénoncé une manœuvre.",
     "vice-présidente"),
    ("Claire Aubry a été nommée à la direction générale de Vexal.", "directrice générale"),
    ("Paul Verdier, le PDG de Vexal, a été écarté de la présidence du conseil d'administration.",
     "président du conseil d'administration"),
    ("Claire Aubry quitte la rédaction en chef du Courrier de l'Ouest après dix ans.",
     "rédactrice en chef"),
    ("Paul Verdier prendra la direction de la rédaction du Courrier de l'Ouest en septembre.",
     "directeur de la rédaction"),
])
def test_an_office_noun_after_the_change_gives_its_title(
        shared_extractor: Extractor, text: str, role: str) -> None:
    assert [m.role for m in events(shared_extractor, text, "fr")] == [role]


def test_a_presidency_a_change_happens_under_is_someone_else_s(
        shared_extractor: Extractor) -> None:
    text = "Claire Aubry a claqué la porte du gouvernement sous la présidence de Marc Lowe."
    # (neither président nor présidente: the presidency is Marc Lowe's)
    assert not any((m.role or "").startswith("président")
                   for m in events(shared_extractor, text, "fr"))


def test_a_title_held_under_someone_is_not_the_post_a_founder_takes(
        shared_extractor: Extractor) -> None:
    text = "Ministre du Budget sous Marc Lowe, Paul Verdier a fondé le mouvement Élan au printemps."
    (found,) = [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]
    assert (found.person, found.action, found.org, found.role) == (
        "Paul Verdier", "found", "Élan", None)


def test_a_departure_to_run_in_a_race_still_leaves(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a démissionné de Vexal pour se lancer dans la course à la mairie de Brest."
    assert [(m.person, m.kind) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Verdier", "end")]


def test_a_title_ends_before_the_verb_after_it(shared_extractor: Extractor) -> None:
    text = ("Claire Aubry prépare un livre. D'après une radio, la secrétaire d'État aurait mûri ce "
            "projet depuis son départ du gouvernement.")
    assert [m.role for m in events(shared_extractor, text, "fr") if m.kind == "end"] == [
        "secrétaire d'état"]


@pytest.mark.parametrize("text", [
    "Le départ prévu de Paul Verdier pousse la société Vexal à réorganiser sa direction.",
    "Le départ programmé de Paul Verdier de la société Vexal inquiète les salariés.",
])
def test_a_change_noun_said_to_be_scheduled_is_planned(
        shared_extractor: Extractor, text: str) -> None:
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["planned"]



def test_a_coming_change_with_a_pronoun_before_its_verb_is_planned(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier va la remplacer à la tête du groupe Vexal."
    got = {m.person: m.status for m in events(shared_extractor, text, "fr") if m.kind == "start"}
    assert got == {"Paul Verdier": "planned"}


def test_a_change_still_negotiated_is_rumored(shared_extractor: Extractor) -> None:
    text = "Paul Verdier négocie son retour à la tête du groupe Vexal."
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["rumored"]


def test_a_presidency_run_for_is_not_the_post_left(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a démissionné de Vexal pour être candidat à la présidence de la région."
    assert "président" not in {m.role for m in events(shared_extractor, text, "fr")}


@pytest.mark.parametrize(("text", "person", "role"), [
    # the title of the one replaced is the post the newcomer takes ...
    ("Claire Dubois remplace la directrice Anne Morel à la tête de Vexal.", "Claire Dubois",
     "directrice"),
    ("Paul Roux succède au président Marc Lefort à la tête de Vexal.", "Paul Roux", "président"),
    # ... but not its feminine form for a man
    ("Paul Roux succède à la présidente Anne Morel à la tête de Vexal.", "Paul Roux", None),
])
def test_a_newcomer_takes_the_title_of_the_one_replaced(
        shared_extractor: Extractor, text: str, person: str, role: str | None) -> None:
    got = {(m.person, m.kind): m.role for m in events(shared_extractor, text, "fr")}
    assert got[(person, "start")] == role


@pytest.mark.parametrize("text", [
    "Paul Roux a quitté la mairie de Brest lundi, sous les critiques de la sénatrice EELV "
    "Anne Morel.",
    "Paul Roux a démissionné de son poste, a regretté la députée LR Anne Morel.",
    "Paul Roux a démissionné de son poste, a regretté la députée Anne Morel.",
])
def test_a_title_before_someone_else_s_party_and_name_is_theirs(
        shared_extractor: Extractor, text: str) -> None:
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", None)]


def test_the_agent_of_a_replacement_keeps_its_own_title(shared_extractor: Extractor) -> None:
    # (the parser hangs "par la députée" on "clé": the agent is found by its preposition)
    text = "Paul Roux a été remplacé au sein de la cellule-clé par la députée LREM Anne Morel."
    assert {(m.person, m.role) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Roux", None), ("Anne Morel", None)}


def test_a_title_the_next_one_depends_on_is_the_role(shared_extractor: Extractor) -> None:
    # "conseiller spécial du chef de l'État": the head of state is whom the adviser serves
    text = "Paul Roux, conseiller spécial du chef de l'État, a remis sa démission."
    assert [m.role for m in events(shared_extractor, text, "fr")] == ["conseiller spécial"]


@pytest.mark.parametrize("text", [
    "Le club va nommer Paul Roux à la présidence.",
    "Le conseil allait limoger Paul Roux.",
])
def test_a_change_governed_by_aller_or_devoir_is_planned(
        shared_extractor: Extractor, text: str) -> None:
    assert [m.status for m in events(shared_extractor, text, "fr")] == ["planned"]


def test_the_one_named_past_a_purpose_clause_is_the_newcomer(
        shared_extractor: Extractor) -> None:
    text = "La ministre Claire Dubois va nommer pour le remplacer Paul Roux, jusqu'ici adjoint."
    assert [(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", "start", "planned")]


def test_a_feminine_title_is_never_a_man_s_role(shared_extractor: Extractor) -> None:
    text = "Paul Roux quitte la rédaction d'Orvan, a annoncé sa directrice."
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", None)]


def test_what_a_newcomer_is_now_is_not_the_post_of_a_replacement(
        shared_extractor: Extractor) -> None:
    text = ("Chez Orvan, le directeur financier Paul Roux est remplacé par Marc Lefort, "
            "président du cabinet Balvin Conseil.")
    got = events(shared_extractor, text, "fr")
    assert {m.person for m in got} == {"Paul Roux", "Marc Lefort"}
    assert not any(m.org == "Balvin Conseil" or m.role == "président" for m in got)
    # guard: a relative clause may tell a post kept, which is the newcomer's too
    text = ("Paul Roux sera remplacé par Marc Lefort, qui conserve son poste de ministre de la "
            "Culture.")
    assert {(m.person, m.role) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Roux", None), ("Marc Lefort", "ministre de la culture")}


def test_respectivement_gives_each_person_their_own_title(shared_extractor: Extractor) -> None:
    text = ("Anne Morel et Paul Roux ont été nommés respectivement directrice financière et "
            "directeur de la communication du groupe Balvin.")
    assert {(m.person, m.role) for m in events(shared_extractor, text, "fr")} == {
        ("Anne Morel", "directrice financière"), ("Paul Roux", "directeur")}


@pytest.mark.parametrize("text", [
    "Nommée mardi, Claire Dubois a reçu les félicitations du député et premier questeur Marc "
    "Lefort.",
    "Nommée mardi, Claire Dubois a reçu les félicitations du maire et sénateur Marc Lefort.",
])
def test_titles_joined_before_someone_else_s_name_are_theirs(
        shared_extractor: Extractor, text: str) -> None:
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Claire Dubois", None)]


def test_the_ministry_of_relations_with_parliament_is_one_title(
        shared_extractor: Extractor) -> None:
    text = "Le député Paul Roux a été nommé ministre des Relations avec le Parlement."
    assert [m.role for m in events(shared_extractor, text, "fr")] == [
        "ministre des relations avec le parlement"]


def test_a_reason_goes_on_past_a_decimal_comma(shared_extractor: Extractor) -> None:
    # the comma of "7,9 %" ends no reason, and an aside is kept whole
    text = ("Claire Dumas a démissionné de la présidence du parti Agir en raison du recul de 2,5 "
            "points de sa liste aux régionales, selon ses proches.")
    assert [m.reason for m in events(shared_extractor, text, "fr")] == [
        "recul de 2,5 points de sa liste aux régionales"]



def test_a_long_reason_ends_at_a_whole_word(shared_extractor: Extractor) -> None:
    text = ("Le préfet a prononcé jeudi la révocation de Paul Roux, maire de Dax, soupçonné de "
            "favoritisme lors de l'attribution de marchés publics pour rénover toutes les écoles "
            "maternelles du secteur.")
    reasons = [m.reason for m in events(shared_extractor, text, "fr")]
    assert reasons and all(r and text.find(r + " ") > 0 for r in reasons), reasons


def test_the_title_a_newcomer_is_new_in_is_the_role(shared_extractor: Extractor) -> None:
    text = ("Mardi, la nouvelle directrice générale Claire Dumas a rejeté le plan, d'après le "
            "président du comité d'entreprise de Valmont, Luc Vidal.")
    found = [m for m in events(shared_extractor, text, "fr") if m.person == "Claire Dumas"]
    assert [m.role for m in found] == ["directrice générale"]


def test_the_title_of_who_names_in_a_relative_clause_is_not_the_post(
        shared_extractor: Extractor) -> None:
    text = ("Le plan a été soutenu par le patron du mouvement, qui a en outre nommé Luc Vidal au "
            "service de presse du parti.")
    found = events(shared_extractor, text, "fr")
    assert found and all(m.role is None for m in found)
