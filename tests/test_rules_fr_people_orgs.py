"""French rules: who changes post and at which organization (names, pronouns, sources)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from rules_helpers import Fact, events, facts, finder_for, roles

from turnover.extract import Extractor


@pytest.mark.parametrize(("text", "fact"), [
    pytest.param(
        "Dans une semaine, Anne Morel quittera Lyon pour s'asseoir dans le fauteuil de "
        "première présidente de la Cour d'appel de Rennes.",
        ("Anne Morel", "start", "appoint", "Cour d'appel de Rennes"),
        id="an-entity-with-lowercase-words-closing-on-a-name-is-one-organization"),
    pytest.param(
        "En 1999 Marc Delorme rejoint Peugeot et concevra pour le constructeur des modèles "
        "tels que la Peugeot X-Type, la plus vendue.",
        ("Marc Delorme", "start", "join", "Peugeot"),
        id="a-maker-s-name-with-a-model-after-it-is-a-product-not-a-fuller-name"),
    pytest.param(
        "Les militants Paul Tanguy et Léa Morin quittaient Rosalba, un parti politique, en mars.",
        ("Léa Morin", "end", "leave", "Rosalba"),
        id="a-name-an-organization-noun-is-apposed-to-is-an-organization"),
    pytest.param(
        "Jean Ravier, entré mardi 3 septembre au gouvernement, est chargé des retraites.",
        ("Jean Ravier", "start", "appoint", "France"),
        id="a-date-between-entrer-and-au-gouvernement"),
    pytest.param(
        "Le groupe Valdeco a annoncé mardi la nomination de Claire Aubry au poste de "
        "directrice générale, en remplacement de Paul Verdier.",
        ("Paul Verdier", "end", "leave", "Valdeco"),
        id="the-one-replaced-leaves-the-post-another-trigger-gives-the-successor"),
    pytest.param(
        "Huit candidats s'affrontaient pour succéder à Paul Verdier (LR) devenu maire de "
        "Valdor, tandis que sa suppléante est entrée au gouvernement.",
        ("Paul Verdier", "start", "appoint", "Valdor"),
        id="a-participle-after-a-name-and-its-bracketed-party-is-that-name-s"),
    pytest.param(
        "Syrie : le président a limogé jeudi le Premier ministre Karim Haddad, a annoncé la "
        "présidence.",
        ("Karim Haddad", "end", "dismiss", "Syrie"),
        id="national-post-belongs-to-the-country-named-in-the-title"),
    pytest.param(
        "Le nouveau Premier ministre Jean Morel a démissionné des Centristes unis, a annoncé "
        "le parti.",
        ("Jean Morel", "end", "resign", "Centristes unis"),
        id="the-organization-left-wins-over-the-role"),
    pytest.param(
        'Le directeur de la chaîne a évincé Julie Morand de la présentation de "Soirée Débat".',
        ("Julie Morand", "end", "dismiss", "Soirée Débat"),
        id="a-presenter-post-belongs-to-the-programme"),
    pytest.param(
        "Claire Fabre prend la tête du groupe Sorel.",
        ("Claire Fabre", "start", "appoint", "Sorel"),
        id="a-one-word-organization-tagged-as-an-adjective-stays-an-organization"),
    pytest.param(
        "Le sénateur Michel Aubry a rejoint le Mouvement radical.",
        ("Michel Aubry", "start", "join", "Mouvement radical"),
        id="a-capitalised-party-name-is-not-the-generic-word-for-a-party"),
    pytest.param(
        "Claire Aubry a été choisie pour présider la Fédération française de judo.",
        ("Claire Aubry", "start", "appoint", "Fédération française de judo"),
        id="the-organization-of-the-verb-a-trigger-ends-with"),
    pytest.param(
        "Le président sénégalais, Karim Ndiaye, démissionnera le 1er juin, a annoncé la "
        "présidence de la République.",
        ("Karim Ndiaye", "end", "resign", "Sénégal"),
        id="a-head-of-state-s-country-adjective-names-the-country"),
    pytest.param(
        "Paul Hervé a été nommé ministre de l'Intérieur mardi.",
        ("Paul Hervé", "start", "appoint", "France"),
        id="a-national-post-with-no-country-named-is-the-home-country"),
    pytest.param(
        "Paul Hervé a été nommé Premier ministre mardi. Il s'est installé à Matignon dans "
        "la soirée.",
        ("Paul Hervé", "start", "appoint", "France"),
        id="a-national-post-is-the-country-even-where-its-office-is-named"),
    pytest.param(
        "Paul Hervé, conseiller du Premier ministre, a démissionné mardi. Matignon a pris "
        "acte de son départ.",
        ("Paul Hervé", "end", "resign", "Matignon"),
        id="a-staff-post-of-the-prime-minister-is-the-office"),
    pytest.param(
        "L'animatrice Julie Morin a été écartée de la présentation du jeu « Midi Pile ».",
        ("Julie Morin", "end", "dismiss", "Midi Pile"),
        id="a-presenter-removed-from-a-programme-is-dismissed-from-it"),
    pytest.param(
        "Julie Morel est la nouvelle présidente de Renault.",
        ("Julie Morel", "start", "appoint", "Renault"),
        id="the-subject-of-a-french-copula-is-the-newcomer"),
    pytest.param(
        "Marc Dufour, le directeur exécutif de Canal 2, a été limogé. Le groupe Canal "
        "Diffusion a confirmé.",
        ("Marc Dufour", "end", "dismiss", "Canal 2"),
        id="a-channel-number-stays-in-its-name"),
    pytest.param(
        "Un nouveau gouvernement est entré en fonction en Israël. Le Premier ministre Paul "
        "Hervé a été nommé dimanche.",
        ("Paul Hervé", "start", "appoint", "Israël"),
        id="a-national-post-in-an-article-about-one-foreign-country-is-that-country-s"),
    pytest.param(
        "Hélène Marchal a claqué la porte du gouvernement mardi, dénonçant le poids des "
        "lobbies.",
        ("Hélène Marchal", "end", "resign", "France"),
        id="a-seat-in-the-government-belongs-to-the-country"),
    pytest.param(
        "Le député Julien Morvan a été nommé mardi aux Affaires étrangères.",
        ("Julien Morvan", "start", "appoint", "France"),
        id="a-portfolio-is-the-post-of-a-minister-of-the-country"),
    pytest.param(
        "Le sénateur Paul Verdier a claqué la porte du PCF mardi, jugeant le parti "
        "communiste trop timoré.",
        ("Paul Verdier", "end", "resign", "parti communiste"),
        id="a-party-acronym-is-the-party-as-the-article-spells-it"),
    pytest.param(
        "Depuis son arrivée au pouvoir en 2019, le président brésilien Paulo Mendes a multiplié "
        "les provocations.",
        ("Paulo Mendes", "start", "appoint", "Brésil"),
        id="coming-to-power-is-a-national-post-of-the-country-1"),
    pytest.param(
        "Arrivé au pouvoir en juillet, Tom Blake a convoqué des législatives au Royaume-Uni.",
        ("Tom Blake", "start", "appoint", "Royaume-Uni"),
        id="coming-to-power-is-a-national-post-of-the-country-2"),
    pytest.param(
        "L'ancien député Paul Verdier a rejoint le courtier en assurances Marcel Dupuis "
        "Conseil.",
        ("Paul Verdier", "start", "join", "Marcel Dupuis Conseil"),
        id="a-name-after-what-a-company-does-is-the-company"),
    pytest.param(
        "L'ancienne députée Anne Roux a ouvert son propre cabinet à Lyon l'an dernier.",
        ("Anne Roux", "start", "found", None),
        id="opening-ones-own-firm-in-a-city-founds-an-unnamed-firm"),
    pytest.param(
        "Jean Morel quitte le ministère de l'Intérieur pour celui de la Défense.",
        ("Jean Morel", "end", "leave", "France"),
        id="leaving-a-ministry-named-so-is-a-national-post"),
    pytest.param(
        "Paul Verdier a quitté en mai le Parti radical, qu'il avait rejoint en 2002.",
        ("Paul Verdier", "start", "join", "Parti radical"),
        id="the-organization-before-an-object-relative-1"),
    pytest.param(
        "Paul Verdier, secrétaire d'État sous Sarkozy, cite son parti, Agir, qu'il a cofondé.",
        ("Paul Verdier", "start", "found", "Agir"),
        id="the-organization-before-an-object-relative-2"),
    # (once crashed: a flag shadowed the sentence's organizations)
    pytest.param(
        "Radio Vexal change de voix. Radio Vexal a confirmé que Paul Morin prendra la "
        "direction de la station à la rentrée.",
        ("Paul Morin", "start", "appoint", "Radio Vexal"),
        id="a-generic-seat-in-an-article-about-one-organization-takes-it"),
    pytest.param(
        "Arnaud Leroy a été élu député de la 5e circonscription de Seine-Maritime dimanche.",
        ("Arnaud Leroy", "start", "appoint", "5e circonscription de Seine-Maritime"),
        id="a-deputy-elected-takes-the-constituency-as-written"),
    # the tagger reads the opening "Élu" as the noun "élu": the post right after it still tells
    pytest.param(
        "Élu maire de Lille le 29 mars, Paul Verdier a promis des changements.",
        ("Paul Verdier", "start", "appoint", "Lille"),
        id="a-sentence-opened-by-elu-and-a-post-describes-the-subject"),
    pytest.param(
        "Syrie : Karim Haddad est arrivé à la tête du pays en 2019.",
        ("Karim Haddad", "start", "appoint", "Syrie"),
        id="arriving-at-the-head-of-the-country-is-a-national-post"),
    pytest.param(
        "L'Anglais Paul Hatcher a été nommé directeur général de Lotus.",
        ("Paul Hatcher", "start", "appoint", "Lotus"),
        id="a-demonym-before-a-name-is-no-part-of-it"),
    # the tagger may read the adverb before the participle as a noun
    pytest.param(
        "Julie Morel était en colère. Selon Le Point, elle aurait quitté la fête de Paul "
        "Verdier, alors fraîchement nommé Premier ministre, en pleurant.",
        ("Paul Verdier", "start", "appoint", "France"),
        id="a-participle-after-a-name-and-adverbs-is-that-name-s"),
    pytest.param(
        "Le maire de Quimper, Paul Verdier, a passé la main à l'ancienne sénatrice (LR) Julie "
        "Morel à la tête de la ville.",
        ("Julie Morel", "start", "appoint", "Quimper"),
        id="a-handover-to-a-title-and-a-bracketed-party-names-the-successor"),
    pytest.param(
        "L'ancien président de la République joue l'apaisement, au lendemain de l'éviction de "
        "Julie Morel de la vice-présidence du parti Les Centristes.",
        ("Julie Morel", "end", "dismiss", "Centristes"),
        id="another-clause-s-subject-s-title-is-not-the-post-s"),
    pytest.param(
        "Après vingt ans, Paul Arnaud, le directeur du design de Vexal, cédera sa place à "
        "compter du 1er juillet prochain à Julie Morel, l'actuelle directrice adjointe.",
        ("Julie Morel", "start", "appoint", "Vexal"),
        id="a-place-handed-over-past-a-long-date-names-the-successor"),
    pytest.param(
        "Remaniement : Paul Verdier quitte le Parti radical pour Matignon. Le nouveau Premier "
        "ministre a démissionné du Parti radical vendredi matin.",
        ("Paul Verdier", "start", "appoint", "France"),
        id="a-new-title-as-a-subject-with-no-name-in-its-sentence-is-the-one-described"),
    pytest.param(
        "Le général Marc Dubois est pressenti pour succéder au général Paul Verdier comme grand "
        "chancelier de la Légion d'honneur.",
        ("Marc Dubois", "start", "appoint", "Légion d'honneur"),
        id="the-head-of-an-order-holds-a-post-its-members-an-honour"),
    pytest.param(
        "Paul Verdier va céder la présidence de la Compagnie Atlantique à Inès Carrel.",
        ("Inès Carrel", "start", "appoint", "Compagnie Atlantique"),
        id="a-post-handed-over-with-its-organization-names-the-successor-after-it"),
    pytest.param(
        "La sénatrice Inès Carrel intègre le gouvernement.",
        ("Inès Carrel", "start", "appoint", "France"),
        id="integrating-the-government-is-a-seat-in-it"),
    pytest.param(
        "Paul Verdier a été mis à l'écart de la direction de la Compagnie Atlantique.",
        ("Paul Verdier", "end", "dismiss", "Compagnie Atlantique"),
        id="sidelined-from-the-direction-is-a-dismissal"),
    pytest.param(
        "Inès Carrel a été plébiscitée à la tête de la Fédération française de voile.",
        ("Inès Carrel", "start", "appoint", "Fédération française de voile"),
        id="acclaimed-at-the-head-is-an-appointment"),
    pytest.param(
        "Inès Carrel remporte la mairie de Quimper au second tour.",
        ("Inès Carrel", "start", "appoint", "Quimper"),
        id="winning-the-town-hall-is-an-appointment"),
    pytest.param(
        "Paul Verdier succède à Claire Aubry à Matignon.",
        ("Claire Aubry", "end", "leave", "France"),
        id="the-office-after-the-one-succeeded-is-the-post-s"),
    pytest.param(
        "Dans le nouveau gouvernement, Claire Aubry hérite de la Culture.",
        ("Claire Aubry", "start", "appoint", "France"),
        id="inheriting-a-portfolio-by-its-name-is-an-appointment"),
    pytest.param(
        "Paul Verdier est député. Le député de Vexal a débuté la mandature comme président de "
        "l'Assemblée, avant de décrocher le ministère de la Transition écologique en 2018.",
        ("Paul Verdier", "start", "appoint", "France"),
        id="a-ministry-won-is-the-country-s-post"),
    pytest.param(
        "Anne Morel part favorite, selon un proche d'Anne Morel. • Paul Verdier, le retour des "
        "ambitionsLe député de Vexal a quitté le gouvernement en 2019.",
        ("Paul Verdier", "end", "leave", "France"),
        id="a-profile-under-a-bulleted-name-and-its-tagline-is-that-person-s"),
    pytest.param(
        "Le groupe Sogena a renouvelé sa direction lundi. Parmi les sortants figurent Claire "
        "Fabre et Marc Tissier.",
        ("Marc Tissier", "end", "leave", "Sogena"),
        id="a-list-opened-by-a-verb-names-everyone-who-leaves"),
    pytest.param(
        "Paul Verdier nommé directeur général de Radio Vexal\nLe groupe a confirmé jeudi.",
        ("Paul Verdier", "start", "appoint", "Radio Vexal"),
        id="a-headline-s-bare-participle-with-a-title-after-it-stays-passive"),
    pytest.param(
        "Anne Morel est une énarque. Cette recrue, qui avait comme camarade à l'ENA le Premier "
        "ministre Marc Tissier, a quitté son poste de directrice des affaires publiques et de "
        "la communication chez Valmont Industries.",
        ("Anne Morel", "end", "resign", "Valmont Industries"),
        id="the-employer-after-a-long-title-is-the-post-s-organization"),
])
def test_the_fact_is_found(shared_extractor: Extractor, text: str, fact: Fact) -> None:
    assert fact in facts(events(shared_extractor, text, "fr"))


def test_an_outlet_quoted_at_the_end_of_a_title_is_nobody(shared_extractor: Extractor) -> None:
    text = ("Une enquête visant un proche de Paul Verdier close après sa nomination à Matignon, "
            "selon Mediapart\nSelon la procureure, l'enquête a été stoppée trois jours après sa "
            "nomination à Matignon, assure lundi Mediapart.")
    assert not [m for m in events(shared_extractor, text, "fr") if m.person == "Mediapart"]


@pytest.mark.parametrize(("text", "orgs"), [
    pytest.param(
        "Grève SNCF : la direction chiffre ses pertes\nMarc Petit, successeur de Paul Roux à la "
        "tête de la SNCF, regrette la grève des contrôleurs.",
        {"SNCF"},
        id="a-heading-s-topic-is-no-part-of-the-name"),
    pytest.param(
        "Paul Verdier, chef du service d'ordre du PS, a été licencié en octobre, a révélé en "
        "début de semaine Le Parisien. Le PS n'a pas commenté, selon Le Parisien.",
        {"PS"},
        id="a-party-acronym-is-no-outlet-s-name"),
    pytest.param(
        "Le maire PS démissionne\nPaul Verdier a annoncé mardi sa démission.",
        {None},
        id="an-acronym-glued-to-a-title-is-a-label"),
    pytest.param(
        "Quand Paul Verdier a été élu maire, il portait les couleurs du Parti radical.",
        {None},
        id="the-colours-someone-wears-are-a-label"),
    pytest.param(
        "Dimanche, la candidate LR Anne Roux a devancé ses rivaux. Elle devrait succéder à "
        "Paul Verdier, qui a démissionné en juin.",
        {None},
        id="a-party-between-a-noun-for-a-person-and-the-name-the-sentence-before-is-a-label"),
    pytest.param(
        "Claire Aubry a été élue présidente de la commission des Finances de l'Assemblée.",
        {"commission des Finances"},
        id="a-commission-named-after-a-portfolio-is-no-ministry"),
    pytest.param(
        "Paul Verdier quitte la présidence du conseil départemental du Morbihan.",
        {"conseil départemental du Morbihan"},
        id="a-public-body-is-its-common-noun-and-its-complement"),
    pytest.param(
        "Le député Matthieu Bertin a récemment quitté La République en marche.",
        {"République en marche"},
        id="a-party-s-full-name-runs-on-in-lowercase-words"),
    pytest.param(
        "Paul Verdier a quitté la France insoumise en mai.",
        {"France insoumise"},
        id="a-party-named-after-the-country-is-no-departure-from-the-country"),
    pytest.param(
        "La Fédération Nationale des Chasseurs a annoncé mardi la nomination de Claire Aubry.",
        {"Fédération Nationale des Chasseurs"},
        id="the-last-word-of-a-name-is-no-organization-of-its-own"),
    pytest.param(
        "Au micro de France 2, le président de la République a aussi salué la carrière du "
        "général Paul Verdier, qui va remplacer Marc Dubois au poste de chef d'état-major des "
        "armées.",
        {"France"},
        id="the-republic-as-an-organization-is-the-country"),
])
def test_the_change_s_organization_is(shared_extractor: Extractor, text: str,
                                      orgs: set[str | None]) -> None:
    assert {m.org for m in events(shared_extractor, text, "fr")} == orgs


@pytest.mark.parametrize(("text", "people"), [
    pytest.param(
        "Julie Morel « choquée » qu'Anne Roux remplace son mari à la mairie de Quimper",
        {"Anne Roux"},
        id="a-name-before-the-conjunction-of-a-clause-is-not-its-subject"),
    pytest.param(
        "Paul Verdier veut revenir. Revenu sur les bancs de l'Hémicycle après sa démission du "
        "gouvernement, il assure avoir pu observer ses collègues.",
        {"Paul Verdier"},
        id="a-capitalised-common-noun-after-an-article-is-nobody"),
    # a title whose holder is named after it is theirs
    pytest.param(
        "Paul Verdier a été interrogé sur la démission du chef d'état-major des armées, Marc "
        "Dubois, survenue mardi.",
        {"Marc Dubois"},
        id="a-title-s-holder-apposed-past-the-title-s-complement"),
    pytest.param(
        "Après la démission de son numéro deux, Marc Dubois, le parti Vox a tenté de rassurer.",
        {"Marc Dubois"},
        id="a-title-s-holder-apposed-past-the-title"),
    pytest.param(
        "Marc Dubois quitte l'armée. Démission du général Dubois : Paul Verdier regrette.",
        {"Marc Dubois"},
        id="a-title-s-holder-s-surname-after-it"),
    pytest.param(
        "Le président de la Fédération a limogé vendredi soir, à la demande de Paul Dubreuil, "
        "l'entraîneur de l'équipe de France Marc Lantier.",
        {"Marc Lantier"},
        id="who-asks-for-a-dismissal-in-a-complement-is-not-dismissed"),
    pytest.param(
        "Le journal croit savoir que c'est un proche de Jean Dupuis qui devrait hériter du "
        "poste de Paul Martin.",
        set(),
        id="a-relative-after-un-proche-de-x-is-the-relative-s"),
    pytest.param(
        "Marc Dubois aime les couleurs. Lors de sa nomination par Paul Verdier au poste de "
        "directeur, il portait une cravate verte.",
        {"Marc Dubois"},
        id="the-agent-of-a-fronted-change-noun-is-not-the-pronoun-after-it"),
    pytest.param(
        "Qui le conseil va-t-il nommer pour succéder à Paul Verdier ? Démissionnaire mardi "
        "pour se consacrer à sa famille, ce dernier laissera sa place en juin au troisième "
        "directeur de la fondation, battant le record détenu par Julie Morel.",
        {"Paul Verdier"},
        id="ce-dernier-after-a-fronted-adjective-is-the-last-one-named-even-as-a-complement"),
    pytest.param(
        "Paul Verdier est arrivé mardi. Ce dernier démissionnera en juin.",
        {"Paul Verdier"},
        id="ce-dernier-parsed-as-a-modifier-of-its-verb-is-still-its-subject"),
    pytest.param(
        "Paul Verdier a été nommé Premier ministre vendredi. Le nouveau Premier ministre a "
        "démissionné des Centristes unis.",
        {"Paul Verdier"},
        id="premier-opening-a-tagged-person-is-a-title-s-word-never-a-name"),
    pytest.param(
        "Le chef indien Paulo Tanari a rencontré Macron. Il a dénoncé la déforestation. Depuis "
        "son arrivée au pouvoir, le président brésilien a encouragé l'exploitation minière sur "
        "les terres indigènes.",
        set(),
        id="a-head-of-state-by-nationality-is-not-a-protagonist-never-given-that-title"),
    pytest.param(
        "Le président brésilien Jair Bolsonaro a parlé. Depuis son arrivée au pouvoir, le "
        "président brésilien a encouragé l'exploitation minière.",
        {"Jair Bolsonaro"},
        id="a-head-of-state-by-nationality-is-the-one-given-that-title"),
    pytest.param(
        "Paul Verdier a réagi mardi. \"Je pense que c'est douloureux pour lui comme pour Julie "
        "Morel\", a-t-il estimé, se rappelant de son propre départ de l'UMP.",
        {"Paul Verdier"},
        id="a-possessive-in-a-present-participle-s-clause-is-its-verb-s-subject-s"),
])
def test_the_people_who_change_post_are(shared_extractor: Extractor, text: str,
                                        people: set[str]) -> None:
    assert {m.person for m in events(shared_extractor, text, "fr")} == people


@pytest.mark.parametrize("text", [
    pytest.param("Les députés Paul Verdier et Marc Tissier ont rejoint dimanche le groupe "
                 "Horizons. Exclus du parti Les Républicains, ils siègent désormais avec la "
                 "majorité.", id="after-a-fronted-participle"),
    pytest.param("Le maire a longtemps travaillé avec Paul Verdier et Marc Tissier. Ils ont "
                 "démissionné lundi du conseil municipal de Quimper.", id="as-a-subject"),
])
def test_a_plural_pronoun_opening_a_sentence_is_the_list_before(
        shared_extractor: Extractor, text: str) -> None:
    ends = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert ends == {"Paul Verdier", "Marc Tissier"}


def test_a_quoted_outlet_is_a_source_never_the_organization(
        shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Paul Girard a démissionné mardi, a-t-il confié au "
                                          "Parisien.", "fr")
    assert mention.person == "Paul Girard" and mention.org is None
    assert mention.sources == ["Parisien"]
    # (so is a station a change was announced on live)
    (mention,) = events(shared_extractor, "Dix jours après sa démission, annoncée en direct sur "
                                          "France Inter, Paul Verdier s'est confié à la presse.",
                        "fr")
    assert (mention.org, mention.sources) == (None, ["France Inter"])


def test_a_pronoun_takes_the_latest_person_of_its_gender(shared_extractor: Extractor) -> None:
    text = ("Marc Lefort, patron du groupe Vernier, a présenté Claire Dubois aux salariés. "
            "Il a démissionné mardi.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert people == {"Marc Lefort"}  # "il" is not Claire Dubois, though she is named last


def test_lui_before_its_verb_is_of_either_gender(shared_extractor: Extractor) -> None:
    text = ("Marc Lefort a salué sa nomination. Anne Morel a d'abord été l'adjointe de Claire "
            "Dubois à la rédaction de Vox, avant de lui succéder en 2016.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert people == {"Claire Dubois"}  # "lui" is her, not the last man named


def test_a_title_told_without_a_name_is_its_holder_s_of_its_gender(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier, ministre de l'Agriculture, a reçu Marc Lefort. Marc Lefort a critiqué "
            "la réforme. L'actuel ministre de l'Agriculture a démissionné mercredi.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}
    text = ("Claire Morel dirige Vox. Claire Morel a reçu Paul Verdier. Le président du groupe "
            "Sorel a démissionné mardi.")
    assert events(shared_extractor, text, "fr") == []  # "le président" is not Claire Morel


def test_plural_possessive_gives_every_person_of_the_group(shared_extractor: Extractor) -> None:
    text = "Sibeth Ndiaye et Cédric Ortiz fêteront leur départ du cabinet de Renault."
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert people == {"Sibeth Ndiaye", "Cédric Ortiz"}


def test_the_person_succeeded_is_a_person_even_when_ner_misses_the_name(
        shared_extractor: Extractor) -> None:
    text = ("Le conseil de Vernier a choisi Emmett Carter comme directeur général. Il succède à "
            "Mira Lanski, qui assurait l'intérim.")
    found = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert ("Mira Lanski", "end") in found


def test_a_kin_noun_is_not_the_person_it_is_related_to(shared_extractor: Extractor) -> None:
    text = "La mairie de Vernon a voté lundi le licenciement du frère de Karim Belkacem."
    assert all(m.person != "Karim Belkacem" for m in events(shared_extractor, text, "fr"))


def test_the_predecessor_apposed_is_the_one_dismissed(shared_extractor: Extractor) -> None:
    text = ("Le conseil avait limogé le prédécesseur de Paul Verne, Hugo Marchal, à la demande de "
            "la direction.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert people == {"Hugo Marchal"}


def test_a_participle_replaced_by_gives_both_people(shared_extractor: Extractor) -> None:
    text = ("Le directeur de Norvia, Paul Ancel, remplacé lundi par Inès Roux, quitte le groupe "
            "après dix ans.")
    found = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert ("Inès Roux", "start") in found and ("Paul Ancel", "start") not in found


def test_a_name_after_a_title_tagged_misc_is_a_person(shared_extractor: Extractor) -> None:
    text = ("Le président syrien a limogé jeudi le Premier ministre Imad Korlan, au moment où la "
            "crise s'est aggravée, a rapporté la présidence.")
    assert "Imad Korlan" in {m.person for m in events(shared_extractor, text, "fr")}


@pytest.mark.parametrize(("text", "people"), [
    pytest.param(
        "Julie Marsan a quitté le groupe Tavel mardi. Des signaux annonçaient ce départ, "
        "selon le président du comité Paul Grenet.",
        {"Julie Marsan"},
        id="a-demonstrative-change-refers-back"),
    pytest.param(
        "Daniel Morvan-Kerleau a démissionné mardi de la présidence du groupe Verdal.",
        {"Daniel Morvan-Kerleau"},
        id="a-hyphenated-surname-is-kept-whole"),
    # the first sentence is three sentences before the trigger: the prefilter does not parse
    # it, yet "Elle" is the person it names, as in a full parse
    pytest.param(
        "Nadia Keller dirige le groupe Vexal depuis 2015. Le groupe a publié ses résultats "
        "annuels. Les ventes ont progressé de dix pour cent. Le chiffre d'affaires atteint un "
        "record. Elle a démissionné lundi.",
        {"Nadia Keller"},
        id="a-pronoun-finds-a-person-named-in-sentences-left-unparsed"),
    pytest.param(
        "Marc Dufour, entendu en mars dans le cadre de l'affaire Hervé, accusé de fraude, a "
        "démissionné le 23 juillet de ses fonctions d'adjoint à la Culture.",
        {"Marc Dufour"},
        id="the-name-opening-the-sentence-is-the-subject-past-its-appositions"),
    pytest.param(
        "Enfin, la présidente de région Valérie Pécrel a rapporté s'être entretenue avec le "
        "président du Sénat et Nicolas Sarkozi avant d'annoncer son départ.",
        {"Valérie Pécrel"},
        id="a-departure-announced-after-another-verb-is-its-subject-s"),
    pytest.param(
        "Philippe Poutrel annonce son licenciement. L'ancien candidat vient d'annoncer avoir "
        "été licencié de l'usine Ford. Édouard Philippe n'a pas réagi. Philippe Poutrel "
        "était délégué syndical.",
        {"Philippe Poutrel"},
        id="a-surname-inside-another-person-s-name-counts-for-that-person"),
    pytest.param(
        "Ruth Mackenzy a été nommée directrice artistique du Châtelet. Après sa nomination, "
        "elle avait dû attendre 2019 pour annoncer sa première saison, selon Jean-Luc Chopin.",
        {"Ruth Mackenzy"},
        id="a-pronoun-subject-after-a-fronted-phrase-owns-its-possessive"),
    pytest.param(
        "Le journaliste Gilles Morin l'interroge. Pour la première fois depuis son accession à "
        "la présidence de la République en 2017, Paul Durand a accepté une interview.",
        {"Paul Durand"},
        id="a-long-phrase-opening-the-sentence-is-about-its-subject"),
])
def test_the_people_found(shared_extractor: Extractor, text: str, people: set[str]) -> None:
    assert {m.person for m in events(shared_extractor, text, "fr")} == people


def test_mentions_without_organization_merge_whatever_the_verb(
        shared_extractor: Extractor) -> None:
    text = ("Nadia Keller a quitté ses fonctions lundi. La directrice de cabinet du ministère de "
            "la Mer, Nadia Keller, avait été limogée par le ministre.")
    ends = [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]
    assert len(ends) == 1 and ends[0].action == "dismiss"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Le sénateur UDR de la Somme Paul Laval a décidé de quitter le parti. Au groupe "
        "Vernal, on regrette : il a choisi de quitter le parti présidentiel, dit le groupe "
        "Vernal.",
        {("Paul Laval", "end", "leave", "UDR")},
        id="the-party-left-is-the-acronym-by-the-name"),
    # named once in the parsed sentences, three times in the others
    pytest.param(
        "Le groupe Vexal a publié ses résultats. Vexal a vu ses ventes progresser. Les "
        "analystes saluent Vexal. Le marché reste calme. Les actionnaires de Vexal se "
        "réunissent en mai. Le directeur financier Paul Ribot a démissionné lundi.",
        {("Paul Ribot", "end", "resign", "Vexal")},
        id="the-main-organization-is-counted-over-the-whole-text"),
    # the name is cleaned of the page's soft hyphen, so the text never spells it that way
    pytest.param(
        "Le directeur de Vex\u00adal Industries, Paul Ribot, a démissionné lundi. "
        "Vex\u00adal Industries n'a pas commenté.",
        {
         ("Paul Ribot", "end", "resign", "Vexal Industries")},
        id="an-organization-written-with-a-soft-hyphen-is-still-found"),
    # fr_core_news_md tags "Libération pour l'Elysée" as one organization
    pytest.param(
        "Paul Hervé a quitté Libération pour l'Elysée.",
        {
         ("Paul Hervé", "end", "leave", "Libération"), ("Paul Hervé", "start", "join", "Elysée")},
        id="a-name-run-past-a-destination-is-two-organizations"),
    pytest.param(
        "Marc Dufour a démissionné de ses fonctions d'adjoint à la Culture.",
        {
         ("Marc Dufour", "end", "resign", None)},
        id="a-deputy-s-portfolio-is-not-the-organization"),
    pytest.param(
        "Le gouvernement attend. Le nouveau président Paul Hervé s'envole pour Berlin. Le "
        "gouvernement est nommé. Le gouvernement travaille.",
        {
         ("Paul Hervé", "start", "appoint", "France")},
        id="a-new-president-in-an-article-about-the-government-is-the-country-s"),
    pytest.param(
        "Le parti doit rembourser deux millions d'euros au microparti Cotelec du cofondateur "
        "du FN Jean-Marie Le Pen.",
        {
         ("Jean-Marie Le Pen", "start", "found", "FN")},
        id="a-founder-title-complementing-a-thing-is-held-by-the-name-after-it"),
    pytest.param(
        "Il conseille de se méfier de Paul Verdier, le nouveau ministre de l'Intérieur, ex-LR.",
        {
         ("Paul Verdier", "start", "appoint", "France")},
        id="a-party-glued-to-ex-is-left-not-the-new-post"),
    pytest.param(
        "Claire Dubois, conseillère du président, a quitté la Maison Blanche en mars.",
        {
         ("Claire Dubois", "end", "leave", "Maison Blanche")},
        id="the-staff-of-an-office-told-by-its-seat-keep-the-office-1"),
    pytest.param(
        "Dans quelques semaines, Paul Verdier va quitter la Maison-Blanche.",
        {
         ("Paul Verdier", "end", "leave", "États-Unis")},
        id="an-office-spelled-with-a-hyphen-is-that-office"),
    pytest.param(
        "Marc Dupuis a démissionné du Conseil de Paris mi-novembre.",
        {
         ("Marc Dupuis", "end", "resign", "Conseil de Paris")},
        id="a-date-glued-to-a-prefix-is-no-part-of-a-name"),
    pytest.param(
        "La journaliste Laurence Marin est passée à France 2 en janvier.",
        {
         ("Laurence Marin", "start", "join", "France 2")},
        id="a-country-opening-a-channel-s-name-is-no-place"),
    pytest.param(
        "Le Mali pleure un ancien chef. Paul Keba a dirigé le Mali pendant vingt ans. Formé en "
        "France, Paul Keba était devenu président de la République en 1969. Le Mali lui rend "
        "hommage.",
        {
         ("Paul Keba", "start", "appoint", "Mali")},
        id="a-national-post-in-an-article-about-a-foreign-country-is-that-country-s"),
    pytest.param(
        "« Paul Verdier doit quitter le groupe Sorel », estime Marc Dupuis.",
        {
         ("Paul Verdier", "end", "leave", "Sorel")},
        id="who-quotes-a-change-is-not-the-one-changed"),
    pytest.param(
        "Fraîchement nommé ministre de la Santé, Paul Verdier prend ses fonctions lundi.",
        {
         ("Paul Verdier", "start", "appoint", "France")},
        id="an-adverb-before-a-fronted-participle-leaves-it-the-subject-s"),
    pytest.param(
        "Claire Dubois, directrice de cabinet du ministre, a quitté Bercy en mars.",
        {
         ("Claire Dubois", "end", "leave", "ministère de l'Économie")},
        id="the-staff-of-an-office-told-by-its-seat-keep-the-office-2"),
    pytest.param(
        "La conseillère municipale EELV Claire Dubois a démissionné lundi.",
        {
         ("Claire Dubois", "end", "resign", None)},
        id="a-party-after-a-title-and-its-adjectives-is-a-colour"),
    pytest.param(
        "Paul Verdier a été élu en 2017 sous l'étiquette Les Centristes.",
        {
         ("Paul Verdier", "start", "appoint", None)},
        id="a-party-label-is-no-seat"),
    pytest.param(
        "Les syndicats dénoncent la nomination du Canadien Paul Verdier à la tête de Valmont.",
        {
         ("Paul Verdier", "start", "appoint", "Valmont")},
        id="a-nationality-before-a-name-is-no-organization-1"),
    # a lowercase body before the name is still the post's
    pytest.param(
        "France : le porte-parole du gouvernement Paul Verdier a démissionné.",
        {
         ("Paul Verdier", "end", "resign", "France")},
        id="a-nationality-before-a-name-is-no-organization-2"),
    pytest.param(
        "Claire Dubois, conseillère régionale installée à Lyon, va quitter ses fonctions.",
        {
         ("Claire Dubois", "end", "resign", None)},
        id="where-a-person-lives-is-no-organization"),
    pytest.param(
        "« Nous voulons grandir », confie Paul Verdier, tout nouveau président du groupe "
        "Renault.",
        {("Paul Verdier", "start", "appoint", "Renault")},
        id="an-adverb-before-new-keeps-the-apposition"),
    pytest.param(
        "Exclue de l'UDR en mars, la sénatrice Claire Dubois a adhéré cette semaine au "
        "Mouvement radical.",
        {("Claire Dubois", "end", "dismiss", "UDR"),
         ("Claire Dubois", "start", "join", "Mouvement radical")},
        id="joining-a-party-past-a-time-phrase"),
    pytest.param(
        "Paul Laval dirige Vantis depuis que des grèves massives ont poussé son "
        "prédécesseur Jean Morel à la démission.",
        {("Jean Morel", "end", "dismiss", "Vantis")},
        id="who-was-pushed-to-resign-by-an-active-verb-is-ousted"),
    pytest.param(
        "Claire Dubois est mise en examen. Claire Dubois conteste les faits. L'affaire avait "
        "conduit cette fidèle de Paul Martin à quitter le gouvernement en 2019.",
        {("Claire Dubois", "end", "leave", "France")},
        id="a-person-described-as-someone-s-follower-is-not-that-someone"),
    pytest.param(
        "Claire Dubois préside la région. À peine nommée ministre de la Culture en 2019, "
        "elle avait dû affronter une grève.",
        {("Claire Dubois", "start", "appoint", "France")},
        id="a-participle-after-a-peine-is-the-main-subject-s"),
    pytest.param(
        "Arrivé aux commandes du pays en 2007, Paul Laval a tout réformé.",
        {("Paul Laval", "start", "appoint", "France")},
        id="taking-the-country-s-helm-is-a-national-post"),
    pytest.param(
        "À la suite des démissions de Claire Dubois, Paul Laval et de Marc Aubry, le "
        "gouvernement va devoir trouver des remplaçants.",
        {("Claire Dubois", "end", "resign", None), ("Paul Laval", "end", "resign", None),
         ("Marc Aubry", "end", "resign", None)},
        id="every-name-listed-after-a-plural-change-noun"),
    pytest.param(
        "Claire Dubois l'avait annoncé en mai : les démissions de Claire Dubois, Paul Laval et "
        "Jean Morel ont suivi.",
        {("Claire Dubois", "end", "resign", None), ("Paul Laval", "end", "resign", None),
         ("Jean Morel", "end", "resign", None)},
        id="a-list-after-a-change-noun-starts-at-its-complement-not-at-an-earlier-mention"),
    pytest.param(
        "Après les démissions de Claire Dubois, Paul Laval a été félicité par ses pairs.",
        {("Claire Dubois", "end", "resign", None)},
        id="a-name-after-a-change-noun-and-a-comma-is-no-list"),
    pytest.param(
        "Claire Dubois dirige Vantis depuis 2019. ► 3 mars 2019 : nommée présidente de "
        "Vantis, à la suite du départ de Paul Laval.",
        {("Paul Laval", "end", "leave", "Vantis")},
        id="a-feminine-participle-is-never-a-man-s-change"),
    pytest.param(
        "« J'ai décidé de quitter la présidence de Renault », a annoncé Paul Laval jeudi.",
        {("Paul Laval", "end", "leave", "Renault")},
        id="a-change-told-in-the-first-person-is-the-speaker-s-after-the-quotation"),
    pytest.param(
        "Claire Dubois l'a confirmé lundi : « Je démissionne de mon poste de maire ».",
        {("Claire Dubois", "end", "resign", None)},
        id="a-change-told-in-the-first-person-is-the-speaker-s-before-the-quotation"),
])
def test_the_only_facts(shared_extractor: Extractor, text: str, expected: set[Fact]) -> None:
    assert facts(events(shared_extractor, text, "fr")) == expected


def test_an_organization_in_an_indefinite_profile_is_an_affiliation(
        shared_extractor: Extractor) -> None:
    text = "Jean Castel succède à Marc Morel, un ancien cadre des Républicains."
    assert all(m.org != "Républicains" for m in events(shared_extractor, text, "fr"))
    # the parser hangs this description on the verb, as its object
    text = "Paul Verdier remplace Anne Morel, une ancienne militante du parti Renouveau."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", None), ("Anne Morel", "end", "leave", None)}


def test_an_occasion_is_not_the_organization(shared_extractor: Extractor) -> None:
    text = "Marie Delcourt a été nommée directrice lors du Salon de l'Automobile."
    assert all(m.org != "Salon de l'Automobile" for m in events(shared_extractor, text, "fr"))


def test_the_agent_of_a_french_passive_is_the_organization(shared_extractor: Extractor) -> None:
    text = "Paul Morel a été limogé par les Girondins de Bordeaux, selon son agent."
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.org is not None and mention.org.startswith("Girondins")


def test_the_noun_elu_is_not_even_parsed() -> None:
    # "l'élu", "29 élus", "un ancien élu": an elected official, not an election
    extractor = Extractor()
    text = ("L'élu a réclamé des moyens pour la commune. Les 29 élus ont siégé lundi. Un ancien "
            "élu local a pris la parole.")
    assert events(extractor, text, "fr") == [] and extractor.stats["parsed"] == 0


def test_a_leading_article_of_any_language_is_dropped_only_as_a_word() -> None:
    from turnover.extract.rules import rules_for

    strip = rules_for("fr").leading_article.sub
    assert [strip("", n) for n in ("Le Parisien", "L'Équipe", "The Guardian", "Lequipe")] == [
        "Parisien", "Équipe", "Guardian", "Lequipe"]


def test_an_outlet_opening_the_sentence_with_selon_is_a_source(
        shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Selon Le Parisien, Marc Tissier serait sur le "
                                          "départ.", "fr")
    assert mention.person == "Marc Tissier" and mention.org is None
    assert mention.status == "rumored" and mention.sources


def test_an_english_title_in_a_french_text_is_never_a_person() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    rules = rules_for("fr")
    assert not plausible_person("The Voice", rules)
    assert not plausible_person("Une Famille", rules)
    assert plausible_person("Le Drian", rules)  # a French name may open with an article


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Hugo Lemaire pourrait succéder à Paul Arnaud à la tête de Vandor.",
        {("Hugo Lemaire", "start", "appoint", "Vandor"),
         ("Paul Arnaud", "end", "leave", "Vandor")},
        id="a-name-at-the-head-of-which-someone-stands-is-an-organization"),
    pytest.param(
        "Le remplacement de Paul Arnaud par Hugo Lemaire à la tête de Vandor a surpris.",
        {("Hugo Lemaire", "start", "appoint", "Vandor"),
         ("Paul Arnaud", "end", "leave", "Vandor")},
        id="le-remplacement-de-y-par-x"),
    pytest.param(
        "Le milieu de terrain Marc Duval quitte le FC Nantes pour rejoindre l'OM.",
        {("Marc Duval", "end", "leave", "FC Nantes"),
         ("Marc Duval", "start", "join", "OM")},
        id="a-named-subject-wins-over-a-common-noun-parsed-as-a-second-subject"),
    pytest.param(
        "PSG : Marc Duval limogé, Paul Arnaud pour lui succéder",
        {("Marc Duval", "end", "dismiss", "PSG"),
         ("Paul Arnaud", "start", "appoint", "PSG")},
        id="a-headline-s-bare-participle-is-passive"),
])
def test_the_facts_are_found(shared_extractor: Extractor, text: str, expected: set[Fact]) -> None:
    assert expected <= facts(events(shared_extractor, text, "fr"))


def test_a_thing_named_after_someone_or_a_quoted_title_is_no_person() -> None:
    from turnover.extract.inventory import _only_quoted, plausible_person
    from turnover.extract.rules import rules_for
    assert not plausible_person("affaire Vernet", rules_for("fr"))
    assert plausible_person("Charles de Gaulle", rules_for("fr"))
    text = 'Il a produit "Castellan" et « Le Phare ». Paul Vernet, lui, a rejoint Vandor.'
    assert _only_quoted("Castellan", text) and not _only_quoted("Paul Vernet", text)


def test_a_speculation_is_about_its_subject_not_a_name_in_an_apposition(
        shared_extractor: Extractor) -> None:
    text = ("Hugo Lemaire, Claire Fabre et Nadia Benali, trois membres du bureau actuel de Paul "
            "Arnaud, sont également cités dans la note comme candidats crédibles au poste.")
    found = events(shared_extractor, text, "fr")
    assert {m.person for m in found} == {"Hugo Lemaire", "Claire Fabre", "Nadia Benali"}


def test_x_remplace_y_parsed_as_an_apposition(shared_extractor: Extractor) -> None:
    text = "Gouvernement : Julie Morel remplace Paul Arnaud à l'Agriculture"
    people = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert {("Julie Morel", "start"), ("Paul Arnaud", "end")} <= people


def test_french_keeps_its_merging_and_title_rules(shared_extractor: Extractor) -> None:
    # English-only lexicon switches (separate_dated_changes, titles_precede_names,
    # government.sentence_only) leave French as it was: dated mentions of one departure merge
    text = ("Nadia Keller quittera la mairie de Brest en 2025. Élue en 2014, Nadia Keller avait "
            "annoncé en 2023 qu'elle démissionnerait de la mairie de Brest.")
    ends = [m for m in events(shared_extractor, text, "fr") if m.kind == "end"]
    assert len(ends) == 1


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


def test_a_departure_for_an_organization_is_no_departure_from_it(
        shared_extractor: Extractor) -> None:
    text = ("Le poste était vacant depuis le départ de Paul Hervé pour la Fédération française "
            "de tennis (FFT).")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Paul Hervé", "start", "join", "Fédération française de tennis") in found
    assert not any(f[1] == "end" and f[3] for f in found)


def test_a_possessive_opening_the_sentence_is_the_subject_s(shared_extractor: Extractor) -> None:
    text = ("Paul Hervé a limogé sa directrice de cabinet. Après son départ, Mme Anne Morel dit "
            "avoir reçu le soutien de la ministre.")
    assert "Anne Morel" in {m.person for m in events(shared_extractor, text, "fr")
                            if m.kind == "end" and m.action == "leave"}
    text = "Paul Hervé a quitté Vandor. Après son départ, Anne Morel a été nommée directrice."
    assert ("Anne Morel", "end") not in {(m.person, m.kind)
                                         for m in events(shared_extractor, text, "fr")}


def test_a_name_before_a_clitic_and_its_verb_is_the_newcomer(shared_extractor: Extractor) -> None:
    # a headline without a period, where the parser takes the newcomer for an object
    text = "Ilona Varga quitte Helix, Tomas Brenner lui succède"
    got = facts(events(shared_extractor, text, "fr"))
    assert ("Tomas Brenner", "start", "appoint", "Helix") in got
    assert ("Ilona Varga", "end", "leave", "Helix") in got
    assert ("Ilona Varga", "start", "appoint", "Helix") not in got


def test_a_departure_announced_by_a_title_is_the_protagonist_s(
        shared_extractor: Extractor) -> None:
    text = ("Marc Leroy quitte Vexa. Marc Leroy était arrivé en 2015. Le directeur scientifique "
            "de Vexa a annoncé son départ mardi, et Paul Durand a salué son travail.")
    assert {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"} == {
        "Marc Leroy"}


def test_the_company_someone_founded_is_the_article_s(shared_extractor: Extractor) -> None:
    text = ("Le conseil d'administration d'Helix Robotics a nommé Marc Leroy. Helix Robotics "
            "traverse une crise. Paul Durand ne reprendra pas les rênes de l'entreprise qu'il a "
            "cofondée.")
    found = [m for m in events(shared_extractor, text, "fr") if m.action == "found"]
    assert [(m.person, m.org, m.status) for m in found] == [
        ("Paul Durand", "Helix Robotics", "occurred")]


def test_an_outlet_quoted_is_never_the_person(shared_extractor: Extractor) -> None:
    text = "Selon Closer, le chanteur ignore les motifs de l'éviction de Paul Durand."
    assert {m.person for m in events(shared_extractor, text, "fr")} <= {"Paul Durand"}


def test_a_participle_opening_the_sentence_describes_the_subject_after_it(
        shared_extractor: Extractor) -> None:
    text = ("Nommé vendredi en remplacement d'Edouard Fabre, Jean Castel a présenté mercredi sa "
            "feuille de route.")
    got = {(m.person, m.kind) for m in events(shared_extractor, text, "fr")}
    assert got == {("Jean Castel", "start"), ("Edouard Fabre", "end")}


def test_another_clause_s_subject_gives_no_organization(shared_extractor: Extractor) -> None:
    text = ("La députée LREM de l'Essonne a commenté lundi la démission de Paul Verdier de la "
            "présidence de LR.")
    (quit_,) = events(shared_extractor, text, "fr")
    # (the post is the one the change names, never the speaker's "députée")
    assert (quit_.person, quit_.org, quit_.role) == ("Paul Verdier", "LR", "président")


def test_a_founder_and_title_announcing_a_departure_is_the_protagonist(
        shared_extractor: Extractor) -> None:
    text = ("Omar Reyes quitte Helix, Lena Voss lui succède. Le cofondateur et directeur "
            "scientifique de Helix a annoncé son départ mardi. Omar Reyes avait rejoint Helix "
            "en 2015.")
    ends = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}
    assert ends == {"Omar Reyes"}


def test_a_speculation_naming_no_post_goes_on_with_the_previous_one(
        shared_extractor: Extractor) -> None:
    text = ("Pour prendre la présidence du groupe Medianova, le conseil a deux favoris : Anne "
            "Roux et Paul Martel. Karim Benali et Lucie Fabre sont également cités comme "
            "candidats possibles au poste.")
    found = facts(events(shared_extractor, text, "fr"))
    assert {("Karim Benali", "start", "appoint", "Medianova"),
            ("Lucie Fabre", "start", "appoint", "Medianova")} <= found


def test_a_plural_pronoun_stands_for_names_listed_with_their_titles(
        shared_extractor: Extractor) -> None:
    text = ("Les ministres Paul Roux et Marc Petit et le député Jean Morel ont annoncé dimanche "
            "qu'ils rejoignaient le Mouvement radical.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "start"}
    assert people == {"Paul Roux", "Marc Petit", "Jean Morel"}


def test_a_subject_pronoun_is_not_someone_named_only_as_a_complement(
        shared_extractor: Extractor) -> None:
    text = ("Claire Martin a fondé l'association Juristes en 2014, avant de devenir directrice de "
            "cabinet de Sophie Bernard. Elle a été nommée mardi présidente de la cour d'appel de "
            "Rennes.")
    people = {m.person for m in events(shared_extractor, text, "fr") if m.org == "Rennes"}
    assert people == {"Claire Martin"}


def test_a_subject_pronoun_is_not_the_agent_of_the_change_before(
        shared_extractor: Extractor) -> None:
    text = ("Le sénateur Marc Lefort a été officiellement nommé par le président Paul Girard. "
            "Il succède à Jean Roux à la tête de la Fédération Alpine.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Marc Lefort", "start", "appoint", "Fédération Alpine") in found
    assert all(person != "Paul Girard" for person, *_ in found)


def test_a_post_referred_to_as_ce_poste_is_the_one_named_just_before(
        shared_extractor: Extractor) -> None:
    text = ("Claire Fabre, ancienne directrice de Valmont, est désormais membre du Conseil des "
            "sages de la Fédération Alpine. Nommée à ce poste vendredi, elle recevra les "
            "candidats.")
    found = facts(events(shared_extractor, text, "fr"))
    assert all(org != "Valmont" for person, kind, _, org in found if kind == "start")
    assert any(org and "Fédération Alpine" in org for person, kind, _, org in found
               if person == "Claire Fabre" and kind == "start")


def test_a_speculated_name_keeps_the_post_speculated_not_the_one_held(
        shared_extractor: Extractor) -> None:
    text = ("Remaniement : parmi les noms qui circulent, figurent Anne Roux, présidente de la "
            "Fondation Verte, et le juge Paul Morel, évoqué pour l'Écologie et la Justice.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Paul Morel", "start", "appoint", "France") in found
    assert all(org != "Fondation Verte" for *_, org in found)


def test_a_fronted_participle_before_a_pronoun_is_the_pronoun_s(
        shared_extractor: Extractor) -> None:
    text = ("Gilles Legendre préside le groupe. Réélu à la tête du groupe majoritaire en juillet, "
            "il semble regretter que le Premier ministre Edouard Philippon reste discret.")
    (start,) = events(shared_extractor, text, "fr")
    assert (start.person, start.role) == ("Gilles Legendre", None)


def test_a_fronted_participle_reaches_a_name_after_its_title(shared_extractor: Extractor) -> None:
    text = ("Nommé garde des Sceaux en 1986 dans le gouvernement de Jacques Chirac, M. Chalendon "
            "y est le symbole d'une politique sécuritaire.")
    (start,) = events(shared_extractor, text, "fr")
    assert (start.person, start.org, start.role) == ("Chalendon", "France", "garde des sceaux")


def test_an_office_named_or_left_with_no_title_is_the_country_s_post(
        shared_extractor: Extractor) -> None:
    (start,) = events(shared_extractor, "Jean Castel a été nommé vendredi à Matignon.", "fr")
    assert (start.person, start.org) == ("Jean Castel", "France")
    (end,) = events(shared_extractor, "Depuis qu'il a quitté l'Élysée, François Holland se fait "
                                      "discret.", "fr")
    assert (end.person, end.org) == ("François Holland", "France")
    text = "Paul Durand, conseiller du président, a rejoint l'Élysée lundi."
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"Élysée"}


def test_a_verb_after_a_name_and_its_apposition_has_that_name_for_subject(
        shared_extractor: Extractor) -> None:
    text = ("Lina Morel a salué son travail et a annoncé que Hugo Brun, jusqu'ici directeur de la "
            "recherche, devenait directeur scientifique de Vexalis.")
    (start,) = events(shared_extractor, text, "fr")
    assert (start.person, start.kind, start.org) == ("Hugo Brun", "start", "Vexalis")
    assert start.role == "directeur scientifique"


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


def test_a_surname_with_an_elided_particle_is_kept_whole(shared_extractor: Extractor) -> None:
    (start,) = events(shared_extractor, "Valéry Giscard d'Estaing a été élu président de la "
                                        "République en 1974.", "fr")
    assert start.person == "Valéry Giscard d'Estaing"


def test_replacing_a_group_unnamed_takes_no_post(shared_extractor: Extractor) -> None:
    text = "S'il gagne, Paul Verdier remplacera les directeurs d'administration centrale."
    assert events(shared_extractor, text, "fr") == []
    text = "Paul Verdier remplacera les deux coprésidents, Marc Dubois et Luc Petit."
    assert ("Paul Verdier", "start", "appoint", None) in facts(
        events(shared_extractor, text, "fr"))


def test_a_participle_after_an_unnamed_title_is_about_nobody_named(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier a rencontré le préfet, nommé la semaine dernière à Lyon."
    assert events(shared_extractor, text, "fr") == []
    text = ("Le parti soutient le député sortant, pourtant passé chez Renaissance, a dit Paul "
            "Verdier.")
    assert events(shared_extractor, text, "fr") == []
    text = "Paul Verdier a reçu Marc Dubois, nommé la semaine dernière préfet du Rhône."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Marc Dubois"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Paul Verdier a remis sa lettre de démission à Marc Dubois.",
        {
         ("Paul Verdier", "end")},
        id="the-possessor-of-a-resignation-letter-resigns"),
    # the parser takes the name after "qui remplace" for a second subject
    pytest.param(
        "Claire Dubois, qui remplace Marc Lefort à la présentation du journal, arrive lundi.",
        {
         ("Claire Dubois", "start"), ("Marc Lefort", "end")},
        id="a-relative-replacing-someone-named-after-it"),
    pytest.param(
        "La chaîne Vox choisit Claire Dubois, du journal de France 4, pour remplacer Marc "
        "Lefort.",
        {
         ("Claire Dubois", "start"), ("Marc Lefort", "end")},
        id="the-one-chosen-for-a-post-takes-it"),
    pytest.param(
        "Marc Lefort quittera la chaîne Vox en mai. Pour lui succéder, Paul Verdier a choisi "
        "Claire Dubois.",
        {
         ("Claire Dubois", "start"), ("Marc Lefort", "end")},
        id="the-one-chosen-after-a-fronted-purpose-takes-it"),
    pytest.param(
        "Le club a remplacé Marc Dubois par Paul Verdier.",
        {
         ("Marc Dubois", "end"), ("Paul Verdier", "start")},
        id="replacing-a-title-or-a-person-by-someone-1"),
    pytest.param(
        "Le club espère remplacer l'entraîneur par Paul Verdier.",
        {
         ("Paul Verdier", "start")},
        id="replacing-a-title-or-a-person-by-someone-2"),
    pytest.param(
        "Claire Fabre a laissé son poste à l'avocat pénaliste Paul Verdier mardi.",
        {
         ("Claire Fabre", "end"), ("Paul Verdier", "start")},
        id="handing-over-a-post-to-a-described-successor"),
])
def test_the_people_and_kinds_found(
        shared_extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == expected


def test_an_accented_word_is_not_the_given_name_it_folds_to(
        shared_extractor: Extractor) -> None:
    from turnover.extract.names import accents_differ
    assert accents_differ("Pôle") and not accents_differ("Hélène")
    assert not accents_differ("Éric")  # the dictionary loses a capital's accent
    text = "Claire Fabre, passée par Pôle Emploi, a été nommée préfète de l'Ain mardi."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Claire Fabre"}


def test_a_surname_is_never_completed_across_a_line(shared_extractor: Extractor) -> None:
    text = ("Jeu télévisé : Claire Dubois choisie pour remplacer Tex\nClaire Dubois a été "
            "choisie pour présenter le jeu. Elle prend la place de Tex, évincé de l'émission en "
            "décembre.")
    assert "Tex" in {m.person for m in events(shared_extractor, text, "fr") if m.kind == "end"}


def test_a_founders_title_that_is_someone_elses(shared_extractor: Extractor) -> None:
    for text in ("Marc Dubois a quitté le Parti radical pour rejoindre le fondateur de la "
                 "société Lumio.",
                 "Claire Dubois, veuve du fondateur du groupe Vernier, est décédée à 91 ans."):
        assert [m for m in events(shared_extractor, text, "fr") if m.action == "found"] == [], \
            text
    text = "Paul Verdier, le cofondateur de la société Lumio, a démissionné."
    assert ("Paul Verdier", "start", "found", "Lumio") in facts(
        events(shared_extractor, text, "fr"))


def test_a_possessive_in_a_phrase_of_time_is_the_subjects_unless_a_name_intervenes(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a claqué la porte du Parti radical. L'ex-numéro 2 du parti a rencontré "
            "le président de la Ligue quelques heures après sa démission.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}
    text = ("Claire Fabre, aux Transports, a récupéré le portefeuille de Paul Verdier, lors de "
            "son départ à la mi-juillet.")
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Verdier", "end"), ("Claire Fabre", "start")}  # she took over his portfolio
    text = "En larmes, elle aurait quitté le pot d'arrivée de Paul Verdier, a dit Claire Fabre."
    assert events(shared_extractor, text, "fr") == []


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


def test_leaving_the_seat_of_a_named_body_after_a_new_post(shared_extractor: Extractor) -> None:
    # the body whose presidency is left, not the ministry the fronted participle names; a
    # presidency "assurée à l'Assemblée" is held there, no source quoted
    text = ("Nommé mardi ministre de la Culture, Marc Dugand quitte la présidence de l'Assemblée "
            "nationale. Il avait assuré la coprésidence du groupe centriste à l'Assemblée.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Marc Dugand", "end", "leave", "Assemblée nationale") in found
    assert ("Marc Dugand", "start", "appoint", "France") in found


def test_french_idioms_of_landing_at_an_organization(shared_extractor: Extractor) -> None:
    text = "Le milieu Paul Verdier a posé ses valises chez les Girondins de Bordeaux."
    assert [(m.person, m.kind, m.action) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Verdier", "start", "join")]
    # a thing landing at someone's: no organization joined
    assert not events(shared_extractor, "Le colis a atterri chez ma voisine Claire Morel.", "fr")


def test_an_outlet_can_be_the_employer(shared_extractor: Extractor) -> None:
    # a channel is no source here: nobody is quoted, someone joins it
    assert facts(events(shared_extractor, "Marie Dupont a rejoint BFMTV.", "fr")) == {
        ("Marie Dupont", "start", "join", "BFMTV")}


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


def test_the_relative_after_an_apposed_participle_is_the_name_before_it(
        shared_extractor: Extractor) -> None:
    text = ("Claire Dubois est bien partie pour succéder au député Marc Lefort, élu depuis 2007, "
            "qui a démissionné pour se consacrer à son mandat de maire de Barentin.")
    got = roles(events(shared_extractor, text, "fr"))
    assert ("Marc Lefort", "end", None, "député") in got
    assert not any(p == "Claire Dubois" and k == "end" for p, k, _, _ in got)


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


def test_a_hyphenated_place_is_one_name(shared_extractor: Extractor) -> None:
    text = "Paul Verdier a été élu député de Loire-Atlantique en 2007."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Loire-Atlantique"]


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


def test_a_noun_phrase_opening_a_fronted_participle_is_in_apposition_to_the_subject(
        shared_extractor: Extractor) -> None:
    text = ("Première femme nommée à la tête des pompiers de Lille depuis la création de ce corps "
            "en 1944, Claire Dubois est une passionnée.")
    assert any(m.person == "Claire Dubois" and (m.kind, m.action) == ("start", "appoint")
               for m in events(shared_extractor, text, "fr"))


def test_the_departure_of_a_title_under_a_possessive_needs_no_organization(
        shared_extractor: Extractor) -> None:
    text = "La ville a appris lundi le départ de son maire Paul Verdier."
    assert ("Paul Verdier", "end", "leave", None) in facts(events(shared_extractor, text, "fr"))
    # someone walking out is no departure from a post
    text = "Les supporters ont été choqués par le départ de Paul Verdier."
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


def test_a_minister_s_name_hung_on_the_portfolio_is_the_subject(shared_extractor: Extractor
                                                                ) -> None:
    text = ("La ministre de la Santé Claire Morin a été nommée. Le ministre de l'Intérieur "
            "Christophe Castel a démissionné.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Christophe Castel", "end", "resign", "France") in found
    assert ("Claire Morin", "end", "resign", "France") not in found


def test_a_portfolio_glued_to_a_minister_s_name_is_no_part_of_it() -> None:
    from spacy.tokens import Span

    from turnover.extract.inventory import title_words
    from turnover.extract.nlp import pipeline
    from turnover.extract.rules import rules_for
    doc = pipeline("fr").make_doc("remplacée par la ministre des Transports Claire Besson.")
    ent = Span(doc, 5, 8, label="ORG")  # as NER tags it for some names
    assert ent.text == "Transports Claire Besson"
    assert title_words(ent, rules_for("fr")) == 1
    assert title_words(Span(doc, 6, 8, label="ORG"), rules_for("fr")) == 0


def test_a_hyphenated_surname_is_one_name_even_where_the_text_repeats_its_end(
        shared_extractor: Extractor) -> None:
    text = ("Éric Vasseur-Malet nommé : un magistrat claque la porte\nAprès la nomination "
            "d'Éric Vasseur-Malet au poste de garde des Sceaux, un procureur a décidé de partir. "
            "Sa décision est liée à la nomination de M. Vasseur-Malet, a-t-il dit.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Éric Vasseur-Malet"}


def test_a_title_after_a_comma_parsed_as_a_list_item_is_the_name_s_apposition(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier, tout nouveau président du Musée Vandor, a reçu la presse."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", "Musée Vandor")}


@pytest.mark.parametrize("text", [
    "Le président a reçu à la Maison Blanche Youssef al-Amiri, nommé en mai.",
    "Paul Verdier a démissionné. Le conseiller de la Maison Blanche Peter Norvell a été "
    "limogé.",
])
def test_an_office_s_building_is_no_part_of_the_name_after_it(shared_extractor: Extractor,
                                                               text: str) -> None:
    people = {m.person for m in events(shared_extractor, text, "fr")}
    assert not any("Blanche" in p for p in people)
    if "limogé" in text:
        assert ("Peter Norvell", "end", "dismiss", "Maison Blanche") in facts(
            events(shared_extractor, text, "fr"))


def test_a_title_after_a_kin_noun_is_the_relative_s(shared_extractor: Extractor) -> None:
    text = ("La nomination de Claire Morel, présentée comme une proche du chef de l'État, à la "
            "tête de Radio Vexa a été critiquée.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Claire Morel", "start", "appoint", "Radio Vexa")}


def test_not_leaving_entirely_is_no_denial_of_the_departure(shared_extractor: Extractor) -> None:
    text = ("La chroniqueuse Claire Morel a annoncé jeudi son départ de \"Soirée Débat\" sur C8. "
            "Dans Télé Vexa, la chroniqueuse se confie sur les raisons de son départ. Claire "
            "Morel ne quitte pas totalement la chaîne.")
    found = events(shared_extractor, text, "fr")
    assert {(m.person, m.kind, m.org, m.status) for m in found} == {
        ("Claire Morel", "end", "Soirée Débat", "occurred")}



def test_an_office_named_makes_its_country_the_national_post_s_one(
        shared_extractor: Extractor) -> None:
    # the only country written is a birthplace; the Élysée says whose government it is
    text = ("L'Élysée a annoncé mardi le nom de la nouvelle ministre des Sports. Il s'agit de la "
            "nageuse Claire Morel, née en 1980 en Roumanie. Claire Morel a été nommée ministre "
            "des Sports.")
    assert {(m.person, m.org) for m in events(shared_extractor, text, "fr")} == {
        ("Claire Morel", "France")}


def test_a_subject_pronoun_is_never_the_one_its_verb_names(shared_extractor: Extractor) -> None:
    # "Il succède à X": whoever "il" is, not X, though X was named last
    text = ("Paul Verdier a été nommé ministre de la Mer en remplacement de Marc Duval. Il "
            "succède à Marc Duval, qui avait démissionné la semaine précédente.")
    found = events(shared_extractor, text, "fr")
    assert {(m.person, m.kind) for m in found} == {("Paul Verdier", "start"), ("Marc Duval", "end")}


def test_who_a_verb_s_complement_names_is_not_its_subject(shared_extractor: Extractor) -> None:
    # the one who gives up the seat is the unnamed chairman, never the successor after "à"
    text = ("\"Ce n'est pas légitime\", insiste le président du groupe Vexa, qui cédera sa place "
            "ce vendredi 1er novembre à Marc Duval.")
    assert not any(m.person == "Marc Duval" and m.kind == "end"
                   for m in events(shared_extractor, text, "fr"))


def test_a_founding_by_someone_s_relatives_is_not_that_person_s(
        shared_extractor: Extractor) -> None:
    text = "La chaîne en ligne a été fondée par des proches de Paul Verdier."
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    "Vegetis a été fondée en 2015 par Paul Verdier et Claire Morel.",
    "Vegetis, fondée par Paul Verdier et Claire Morel, emploie cinquante personnes.",
])
def test_a_founding_in_the_passive_is_each_founder_s_at_its_subject(
        shared_extractor: Extractor, text: str) -> None:
    # the tagger reads the unknown company name as a place: the passive's subject all the same
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "found", "Vegetis"),
        ("Claire Morel", "start", "found", "Vegetis")}


def test_a_fronted_participle_is_the_pronoun_s_past_its_complements(
        shared_extractor: Extractor) -> None:
    # the phrase names the one who left; "il" is who was appointed, and "aura défendu" (a
    # future perfect looking back) makes no plan of the appointment
    text = ("Paul Verdier est un homme discret. Nommé ministre de la Mer le 26 août 2014, à la "
            "suite du départ de Marc Duval, il aura défendu la réforme pendant un an.")
    found = {(m.person, m.kind, m.status) for m in events(shared_extractor, text, "fr")}
    assert ("Paul Verdier", "start", "occurred") in found
    assert not any(p == "Marc Duval" and k == "start" for p, k, _ in found)


def test_who_is_forced_to_leave_is_the_forcing_verb_s_object(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier a contraint Marc Duval à quitter la présidence de Vexa."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Marc Duval", "end", "leave", "Vexa")}


def test_who_admits_pushing_someone_out_is_not_the_one_who_left(
        shared_extractor: Extractor) -> None:
    text = ("Marc Duval a présidé Vexa pendant dix ans. Il aurait pu refuser, raconte dans son "
            "livre Claire Morel, qui admet l'avoir encouragé à quitter ses fonctions.")
    assert not any(m.person == "Claire Morel" for m in events(shared_extractor, text, "fr"))


def test_a_seat_given_up_later_goes_to_the_one_named_after_a_and_the_article_s_company(
        shared_extractor: Extractor) -> None:
    # a date between "sa place" and "à"; "du groupe ferroviaire" names the article's company
    text = ("La compagnie Railvex va changer de patron. \"Ce n'est pas légitime\", insiste le "
            "président-directeur général du groupe ferroviaire, qui cédera sa place ce vendredi "
            "à Jean-Paul Verdier. La compagnie Railvex a confirmé.")
    assert ("Jean-Paul Verdier", "start", "appoint", "Railvex") in facts(
        events(shared_extractor, text, "fr"))


def test_a_gerund_naming_someone_to_a_portfolio_is_a_national_post(
        shared_extractor: Extractor) -> None:
    # the parser reads the name after "en nommant" as its subject; "à l'Intérieur" is a
    # minister's post, the country's
    text = ("Le président a procédé mardi à son premier remaniement d'ampleur, en nommant Paul "
            "Verdier à l'Intérieur et huit nouveaux ministres.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", "France")}


def test_a_title_joined_to_a_kin_noun_is_the_named_relative_s_own(
        shared_extractor: Extractor) -> None:
    text = ("« Nous le craignions », a déclaré John Durand, petit-fils de Paul Verdier et "
            "récemment nommé président de Vexa.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("John Durand", "start", "appoint", "Vexa")}


def test_people_on_the_way_out_left_unnamed_are_nobody_s_departure(
        shared_extractor: Extractor) -> None:
    text = ("\"Nous ne serons jamais loin\", a promis la présidente de la Commission européenne "
            "Claire Morel aux eurodéputés sur le départ, lors d'un débat avant le scrutin.")
    assert events(shared_extractor, text, "fr") == []


def test_every_name_apposed_to_a_plural_noun_changes_post(shared_extractor: Extractor) -> None:
    text = ("Les députés Paul Martin, Claire Morel et Marc Duval ont annoncé lundi rejoindre le "
            "groupe Vexa.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {
        "Paul Martin", "Claire Morel", "Marc Duval"}


def test_where_a_departure_goes_is_never_what_it_leaves(shared_extractor: Extractor) -> None:
    # the article's main organization is the destination of this departure
    text = ("Les députés quittent LREM pour le groupe MoDem. Le MoDem compte désormais 60 "
            "membres, selon le MoDem. Claire Morel a elle aussi confirmé son départ pour le "
            "groupe MoDem, tout en soulignant qu'elle restait dans la majorité.")
    assert not any(m.kind == "end" and m.org == "MoDem"
                   for m in events(shared_extractor, text, "fr"))


def test_a_name_in_a_listed_item_s_complement_is_not_listed(shared_extractor: Extractor) -> None:
    text = ("Emmanuel Durand a procédé mardi 16 octobre à son premier remaniement ministériel "
            "d'ampleur, en nommant Paul Verdier à l'Intérieur et huit nouveaux ministres. Parmi "
            "les nouveaux venus : Franck Duval, nommé ministre de la Culture en remplacement de "
            "Françoise Morel.")
    assert not any(m.person == "Françoise Morel" and m.kind == "start"
                   for m in events(shared_extractor, text, "fr"))


def test_a_participle_after_a_name_in_a_complement_is_the_clause_subject_s(
        shared_extractor: Extractor) -> None:
    # "du gouvernement de X" names the government: who was ousted is "il"
    text = ("François Durand a été nommé en 2017. Il n'est pas resté longtemps ministre de la "
            "Justice du gouvernement de Paul Martin, évincé par une affaire d'emplois fictifs.")
    found = events(shared_extractor, text, "fr")
    assert ("François Durand", "end") in {(m.person, m.kind) for m in found}
    assert not any(m.person == "Paul Martin" for m in found)


def test_an_indefinite_successor_is_nobody_s_start(shared_extractor: Extractor) -> None:
    text = ("Paul Martin est malade. M. Martin, qui détenait le record de longévité pour un "
            "Premier ministre japonais, a refusé vendredi d'exprimer une préférence pour un "
            "successeur, affirmant que « toutes les personnes dont les noms circulent sont des "
            "gens très capables ».")
    assert not any(m.kind == "start" for m in events(shared_extractor, text, "fr"))


def test_every_name_of_a_list_the_parser_split_into_subjects_changes_post(
        shared_extractor: Extractor) -> None:
    # the parser hangs the first name on the plural noun and the rest on the verb apart
    text = ("Les sénateurs Marc Dubois (Loiret), Anne Fabre (Cher) et Luc Perrin (Indre) ont "
            "annoncé mardi rejoindre le groupe Union centriste.")
    assert {m.person for m in events(shared_extractor, text, "fr") if m.kind == "start"} == {
        "Marc Dubois", "Anne Fabre", "Luc Perrin"}


def test_a_seat_of_an_organization_named_by_a_common_noun_is_the_article_s_one(
        shared_extractor: Extractor) -> None:
    # not the city of the title before the name
    text = ("Paul Morel devient président de Val Agglo. Le maire de Brignoles Paul Morel a été "
            "élu vendredi à la tête de l'agglomération, qui compte 30 communes. Val Agglo était "
            "présidée par la droite depuis vingt ans.")
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"Val Agglo"}


def test_a_common_noun_followed_by_a_name_is_that_name(shared_extractor: Extractor) -> None:
    # "le groupe" alone would be the article's organization; here the name follows it
    text = ("Les chaînes de Télé Sud perdent une figure. Claire Morin a annoncé qu'elle "
            "quittait le groupe Canal Ouest après vingt ans. Télé Sud lui rend hommage.")
    assert ("Claire Morin", "end", "Canal Ouest") in {
        (m.person, m.kind, m.org) for m in events(shared_extractor, text, "fr")}


def test_an_acronym_the_article_defines_in_brackets_is_its_full_name(
        shared_extractor: Extractor) -> None:
    # the initials of lowercase words count too ("nationale", "pêcheurs"), not "des"
    text = ("L'Union nationale des pêcheurs (UNP) tient son congrès à Brest. Paul Martin a "
            "quitté lundi la présidence de l'UNP.")
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Union nationale des pêcheurs"]


def test_a_common_noun_before_a_list_s_bullet_is_no_organization() -> None:
    # NER tags "l'entreprise.- Licenciement" (a bullet glued after a stop) as an organization:
    # once the bullet ends the name, a lowercase common noun is left, which names none
    from turnover.extract.nlp import pipeline

    doc = pipeline("fr")("Les messages restés sur les serveurs de l'entreprise.- Licenciement")
    finder = finder_for(doc)
    start = next(t.i for t in doc if "entreprise" in t.text)
    assert finder._org_name(doc[start:]) is None


def test_a_title_is_cut_only_at_a_whole_word_of_a_name() -> None:
    # a bad name the inventory holds ("de la Culture", from a line of a cabinet list) must
    # not cut "garde des Sceaux" inside "garde"
    from turnover.extract.nlp import pipeline

    text = "Claire Morel est nommée garde des Sceaux."
    finder = finder_for(pipeline("fr")(text))
    finder.inv.persons.append("de la Culture")
    start = text.index("garde")
    assert text[start:finder._title_end(text, start, len(text) - 1)] == "garde des Sceaux"


def test_a_successor_takes_the_post_the_article_says_was_left(
        shared_extractor: Extractor) -> None:
    # "lui succède" names no post: the one Paul Verdier left, said the sentence before
    text = "Le PDG de Renault, Paul Verdier, a démissionné lundi. Anne Morel lui succède."
    assert roles(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "end", "Renault", "pdg"), ("Anne Morel", "start", "Renault", "pdg")}


def test_a_successor_s_own_apposition_names_neither_post(shared_extractor: Extractor) -> None:
    # "secrétaire général de Renouveau et ancien dirigeant des Verts" is what Marc Lenoir is;
    # the post he might take is the one Paul Verdier left, said the sentence before
    text = ("Le ministre Paul Verdier a démissionné du gouvernement. Marc Lenoir, le secrétaire "
            "général de Renouveau et ancien dirigeant des Verts, a expliqué que l'idée de "
            "succéder à Paul Verdier n'était pas absurde.")
    assert {(m.person, m.kind, m.org) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Verdier", "end", "France"), ("Marc Lenoir", "start", "France")}


def test_a_name_in_the_quoted_title_of_a_work_is_nobody_who_changes(
        shared_extractor: Extractor) -> None:
    # the director is unnamed; the film is about Paul Verdier
    text = ('Le réalisateur du documentaire "Paul Verdier, une ambition française" a été nommé '
            "par le conseil à la tête de la chaîne publique.")
    assert all(m.person != "Paul Verdier" for m in events(shared_extractor, text, "fr"))


def test_the_official_journal_publishes_a_change_and_holds_no_post(
        shared_extractor: Extractor) -> None:
    text = "Un décret du Journal officiel a confirmé mardi la destitution du maire Paul Verdier."
    assert roles(events(shared_extractor, text, "fr")) == {("Paul Verdier", "end", None, "maire")}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Paul Verdier a été nommé lundi. Peu après sa nomination, des critiques sont "
                 "venues de nombreux sénateurs LR.",
                 {("Paul Verdier", "start", "appoint", None)}, id="others-party"),
    pytest.param("Paul Verdier a été élu jeudi à la tête des députés LR.",
                 {("Paul Verdier", "start", "appoint", "LR")}, id="the-group-headed"),
])
def test_a_party_after_a_plural_title_is_those_peoples(
        shared_extractor: Extractor, text: str, expected: set[Fact]) -> None:
    assert facts(events(shared_extractor, text, "fr")) == expected


def test_a_rank_the_article_keeps_naming_is_no_organization(
        shared_extractor: Extractor) -> None:
    text = ("Anne Morel a été nommée mardi au gouvernement. \"Le titre de ministre d'Etat ne "
            "m'intéresse pas\", a-t-elle dit. \"Elle aurait mérité d'être ministre d'Etat\", a "
            "jugé Paul Verdier. Après sa nomination, le débat sur son rang a repris.")
    assert all(m.org != "ministre d'Etat" for m in events(shared_extractor, text, "fr"))


def test_a_list_of_leavers_goes_with_the_office_left_a_few_sentences_before(
        shared_extractor: Extractor) -> None:
    # "le Château" is the Élysée; those listed are its staff, not presidents
    text = ("Une douzaine de conseillers du chef de l'Etat vont quitter le Château d'ici l'été. "
            "Un dîner d'adieu est prévu le 3 juin. Le président y assistera. Parmi les partants : "
            "Paul Verdier, Anne Morel ou encore Luc Bernard.")
    assert roles(events(shared_extractor, text, "fr")) == {
        (p, "end", "Élysée", None) for p in ("Paul Verdier", "Anne Morel", "Luc Bernard")}


@pytest.mark.parametrize("text", [
    pytest.param("Les nouveaux visages du conseil.• Anne MorelLa sénatrice du Cantal, maire de "
                 "Riom pendant douze ans, a quitté les Verts en 2014. Paul Verdier, son rival, "
                 "préside le conseil.", id="heading-glued-to-the-profile"),
    pytest.param("Paul Verdier préside le conseil, où Verdier a nommé deux adjoints.\n• Anne "
                 "Morel\nLa sénatrice du Cantal a quitté les Verts en 2014.",
                 id="heading-on-its-own-line"),
])
def test_a_profile_under_a_heading_is_the_heading_s_person(
        shared_extractor: Extractor, text: str) -> None:
    # a list of portraits: each opens with the name alone, then describes that person
    assert ("Anne Morel", "end", "leave", "Verts") in facts(events(shared_extractor, text, "fr"))


def test_a_demonstrative_description_is_the_person_the_sentence_named_before(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier dirige le groupe depuis 2015. • Anne Morel Née à Lyon il y a 40 ans, "
            "cette économiste a rejoint Valdeco en 2016.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Anne Morel", "start", "join", "Valdeco")}


def test_a_year_after_an_organization_is_no_part_of_its_name(
        shared_extractor: Extractor) -> None:
    # the recogniser runs "En Marche en 2017" into one name
    assert facts(events(shared_extractor, "Anne Morel a rejoint En Marche en 2017.", "fr")) == {
        ("Anne Morel", "start", "join", "En Marche")}


def test_people_listed_with_their_departments_join_the_group_named(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier (Gard) et Anne Morel (Vendée), venus de la gauche, rejoignent à "
            "leur tour le groupe Agir ensemble en mars 2021.")
    assert facts(events(shared_extractor, text, "fr")) == {
        (p, "start", "join", "Agir ensemble") for p in ("Paul Verdier", "Anne Morel")}


def test_a_title_through_a_branch_is_at_the_organization(shared_extractor: Extractor) -> None:
    text = ("Après sa démission de son poste de président de la fédération départementale des "
            "Verts, Paul Verdier a annoncé sa candidature aux municipales à Brest.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "end", "resign", "Verts")}


def test_a_magazine_that_tells_a_departure_from_elsewhere_is_a_source(
        shared_extractor: Extractor) -> None:
    text = ("Le magazine Ciné Loisirs a annoncé le départ de Paul Verdier, figure historique "
            "de la chaîne.")
    assert all(m.org != "Ciné Loisirs" for m in events(shared_extractor, text, "fr"))
    text = "Le quotidien Nord Matin a annoncé le départ de Paul Verdier, son directeur."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "end", "leave", "Nord Matin")}


def test_a_new_body_named_only_by_what_it_is_for_has_no_organization(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier va créer une association pour les enfants du Sahel."
    assert facts(events(shared_extractor, text, "fr")) == {("Paul Verdier", "start", "found", None)}


def test_the_one_replaced_is_never_the_newcomer_s_organization(
        shared_extractor: Extractor) -> None:
    # initials the recogniser takes for an organization's
    text = "Paul Verdier remplace PPD à la présentation du journal de 20 heures."
    assert all(m.org != "PPD" for m in events(shared_extractor, text, "fr"))


def test_a_change_noun_naming_its_person_takes_no_name_after_the_phrase(
        shared_extractor: Extractor) -> None:
    text = ("Après la nomination d'Anne Morel comme nouvelle présidente du club de Valdor, Paul "
            "Verdier a tenu à saluer son travail.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Anne Morel"}


@pytest.mark.parametrize("text", [
    "Lors de sa nomination par Anne Morel au poste de directeur, il portait une veste rouge.",
    "Paul Verdier préside Valdeco. Lors de sa nomination par Anne Morel au poste de directeur, "
    "il portait une veste Mickey.",
])
def test_who_names_by_a_change_noun_is_not_the_one_named(
        shared_extractor: Extractor, text: str) -> None:
    assert "Anne Morel" not in {m.person for m in events(shared_extractor, text, "fr")}


def test_the_one_succeeded_leaves_the_organization_of_the_title_before_his_name(
        shared_extractor: Extractor) -> None:
    text = ("La commission entendra mercredi l'ancien patron d'Air Valdor Paul Verdier et Anne "
            "Morel, qui lui a succédé en novembre.")
    assert ("Paul Verdier", "end", "leave", "Air Valdor") in facts(
        events(shared_extractor, text, "fr"))


def test_a_departure_told_as_also_leaves_the_organization_left_just_before(
        shared_extractor: Extractor) -> None:
    text = ("Luc Bernard et Marc Petit ont quitté Valdeco en mars. Paul Verdier et Anne Morel "
            "fêteront également leur départ, eux qui ont été nommés ministres.")
    got = facts(events(shared_extractor, text, "fr"))
    assert {(p, "end", "leave", "Valdeco") for p in ("Paul Verdier", "Anne Morel")} <= got


def test_a_name_inside_an_institution_s_name_is_nobody_who_changes(
        shared_extractor: Extractor) -> None:
    text = ("Anne Morel va être nommée mercredi à la présidence du Musée du Quai Branly-Jacques "
            "Chirac en remplacement de Paul Verdier.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Anne Morel",
                                                                       "Paul Verdier"}


def test_who_reacts_to_a_change_it_dates_is_not_its_organization(
        shared_extractor: Extractor) -> None:
    for text in ("Dès l'annonce du limogeage de Paul Verdier, la Confédération des cadres (CDC) "
                 "a réclamé des explications.",
                 "Dès la publication de la nomination de Paul Verdier au Journal officiel, "
                 "l'Association des élus ruraux (AER) a exprimé sa colère."):
        assert [m.org for m in events(shared_extractor, text, "fr")] == [None]


def test_who_speaks_right_after_a_change_is_announced_is_not_in_it(
        shared_extractor: Extractor) -> None:
    text = ("Quelques minutes après l'annonce de la nomination, le candidat écologiste Paul "
            "Verdier a appelé le conseil à attendre.")
    assert events(shared_extractor, text, "fr") == []


def test_who_hands_in_the_resignation_of_his_government_resigns(
        shared_extractor: Extractor) -> None:
    text = ("Le Premier ministre Paul Girard a remis lundi la démission de son gouvernement au "
            "président Marc Lenoir.")
    assert {(m.person, m.kind, m.org) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Girard", "end", "France")}


def test_a_national_title_s_country_is_the_one_it_names(shared_extractor: Extractor) -> None:
    text = "Le Premier ministre italien Paul Girard a présenté la démission de son gouvernement."
    assert {(m.person, m.org) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Girard", "Italie")}


def test_a_participle_after_a_description_is_the_described_one_s(
        shared_extractor: Extractor) -> None:
    text = ("Le dernier mot de Marc Lenoir.\nL'ancien directeur de la campagne de Paul Girard, "
            "empêtré dans une affaire de factures, devenu député européen, ne se représentera "
            "pas en 2019.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Marc Lenoir"}


def test_a_subject_pronoun_is_the_subject_above_not_a_name_in_a_complement(
        shared_extractor: Extractor) -> None:
    text = ("Paul Girard est un candidat à la succession de Marc Lenoir, mais il ne fait pas "
            "l'unanimité, notamment parce qu'il a quitté le parti Renouveau en 1993.")
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Paul Girard", "end")}


def test_the_name_after_a_title_and_its_organization_is_the_title_s_holder(
        shared_extractor: Extractor) -> None:
    text = ("Le président de la Fédération a limogé vendredi l'inspecteur général du ministère "
            "des Sports Marc Lantier.")
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.person == "Marc Lantier"
    assert mention.role == "inspecteur général"  # not the title of who dismisses
    # an apposition the parser reads as a list is the title's holder too
    text = ("L'inspecteur général de la police nationale, Marc Lantier, limogé mi-mai par M. "
            "Dubreuil, a expliqué que le ministère savait qu'il enquêtait sur deux dossiers.")
    (mention,) = events(shared_extractor, text, "fr")
    assert (mention.person, mention.role) == ("Marc Lantier", "inspecteur général")


def test_an_outlet_that_believes_it_knows_is_a_source_after_a_comma(
        shared_extractor: Extractor) -> None:
    text = ("Concernant la direction, le JDD croit savoir que Marc Dupuis quittera la présidence "
            "du groupe Vernier en mai.")
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.sources == ["Le JDD"] and mention.org == "Vernier"


def test_a_country_adjective_in_a_quotation_names_no_government(
        shared_extractor: Extractor) -> None:
    text = ('Paul Verdier, "le couteau suisse" du parti, nommé à Matignon. Le président a nommé '
            "vendredi Paul Verdier au poste de Premier ministre.")
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"France"}


def test_a_count_after_a_name_is_no_part_of_it(shared_extractor: Extractor) -> None:
    text = ("Le président a réuni lundi à l'Élysée 17 collaborateurs sur le départ. Paul "
            "Verdier, conseiller spécial, a quitté l'Élysée en mars.")
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"Élysée"}


def test_a_post_at_a_body_after_an_announcing_verb_is_no_outlet(
        shared_extractor: Extractor) -> None:
    text = ("En octobre, Paul Verdier annonçait démissionner de son poste à la Métropole "
            "européenne de Lille.")
    (mention,) = events(shared_extractor, text, "fr")
    assert mention.org == "Métropole européenne de Lille" and mention.sources == []


def _hand_parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                 morphs: list[str]) -> tuple[Any, Any, Any]:
    """(rules, finder, doc) for one sentence whose parse is built by hand, as the parser gave
    it on a news article (a misreading our own sentences do not reproduce)."""
    from spacy.tokens import Doc

    from turnover.extract.nlp import pipeline

    doc = Doc(pipeline("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    finder = finder_for(doc)
    return finder.rules, finder, doc


def test_the_name_right_before_the_verb_an_infinitive_completes_is_its_subject() -> None:
    # the parser sometimes hangs a second clause's verb on the first clause, its subject on
    # something else ("X est allé marcher sur la Lune, et Y vient de quitter la présidence"):
    # the name right before the verb is still its subject, never the first clause's
    words = ["Paul", "Girard", "est", "allé", "marcher", ",", "et", "Jean", "de", "Morel",
             "vient", "de", "quitter", "Valdeco", "."]
    heads = [3, 0, 3, 3, 3, 7, 7, 4, 9, 7, 4, 12, 10, 12, 3]
    deps = ["nsubj", "flat:name", "aux:tense", "ROOT", "xcomp", "punct", "cc", "conj", "case",
            "nmod", "advcl", "mark", "xcomp", "obj", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "VERB", "PUNCT", "CCONJ", "PROPN", "ADP", "PROPN",
           "VERB", "ADP", "VERB", "PROPN", "PUNCT"]
    morphs = [""] * 10 + ["Mood=Ind|Tense=Pres|VerbForm=Fin", "", "VerbForm=Inf", "", ""]
    rules, finder, doc = _hand_parsed(words, heads, deps, pos, morphs)
    quit_ = next(t for t in rules.triggers if t.arg == "subj" and t.regex.match("quitter"))
    people = [(0, 2, "Paul Girard"), (7, 10, "Jean de Morel")]
    assert finder.persons_for(doc[12], quit_, people, doc[:]) == (["Jean de Morel"], True)


def test_a_settled_departure_takes_no_tense_from_another_clause() -> None:
    # the parser may hang the main clause on a change noun after "depuis": its future ("sera")
    # is that clause's, the departure a settled fact
    words = ["Depuis", "le", "départ", "de", "Paul", "Roux", ",", "la", "réforme", "sera",
             "lente", "."]
    heads = [2, 2, 2, 4, 2, 4, 9, 8, 9, 2, 9, 2]
    deps = ["case", "det", "ROOT", "case", "nmod", "flat:name", "punct", "det", "nsubj", "acl",
            "xcomp", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "ADJ",
           "PUNCT"]
    morphs = [""] * 9 + ["Mood=Ind|Tense=Fut|VerbForm=Fin", "", ""]
    _, finder, doc = _hand_parsed(words, heads, deps, pos, morphs)
    assert finder.status_of(doc[2], doc.text, doc[2].idx) == ("occurred", False)


def test_a_clause_conjoined_to_the_change_s_verb_receives_nothing() -> None:
    # "Alors qu'elle vient de remettre sa démission, X est critiquée": the parser hung the
    # main clause on the infinitive; its subject is not one the resignation is handed to
    words = ["Alors", "qu'", "elle", "vient", "de", "remettre", "sa", "démission", ",", "Anne",
             "Morel", "est", "critiquée", "par", "la", "presse", "."]
    heads = [3, 0, 3, 3, 5, 3, 7, 5, 5, 12, 9, 12, 5, 15, 15, 12, 3]
    deps = ["mark", "fixed", "nsubj", "ROOT", "mark", "xcomp", "det", "obj", "punct",
            "nsubj:pass", "flat:name", "aux:pass", "conj", "case", "det", "obl:agent", "punct"]
    pos = ["ADV", "SCONJ", "PRON", "VERB", "ADP", "VERB", "DET", "NOUN", "PUNCT", "PROPN",
           "PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    morphs = ["", "", "Gender=Fem|Number=Sing|Person=3", "Mood=Ind|Tense=Pres|VerbForm=Fin", "",
              "VerbForm=Inf", "Gender=Fem|Number=Sing|Poss=Yes", "Gender=Fem|Number=Sing", "",
              "", "", "Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", "", "",
              "", ""]
    rules, finder, doc = _hand_parsed(words, heads, deps, pos, morphs)
    resign = next(t for t in rules.triggers if t.arg == "noun" and t.regex.match("démission"))
    assert finder.persons_for(doc[7], resign, [(9, 11, "Anne Morel")], doc[:]) == (
        ["Anne Morel"], True)


def test_a_past_infinitive_keeps_a_fronted_phrase_verbless() -> None:
    # "Deux heures après avoir annoncé sa démission, X se retrouve ...", the main clause hung
    # by the parser on the participle: the phrase opening the sentence has no finite verb, its
    # possessive is the subject's after the comma
    words = ["Deux", "heures", "après", "avoir", "annoncé", "sa", "démission", ",", "Paul",
             "Roux", "se", "retrouve", "seul", "."]
    heads = [1, 4, 4, 4, 4, 6, 4, 4, 11, 8, 11, 4, 11, 4]
    deps = ["det", "obl:mod", "mark", "aux:tense", "ROOT", "det", "obj", "punct", "nsubj",
            "flat:name", "expl:comp", "advcl", "xcomp", "punct"]
    pos = ["DET", "NOUN", "ADP", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PRON",
           "VERB", "ADJ", "PUNCT"]
    morphs = ["", "", "", "VerbForm=Inf", "Tense=Past|VerbForm=Part",
              "Gender=Fem|Number=Sing|Poss=Yes", "Gender=Fem|Number=Sing", "", "", "", "",
              "Mood=Ind|Tense=Pres|VerbForm=Fin", "", ""]
    rules, finder, doc = _hand_parsed(words, heads, deps, pos, morphs)
    resign = next(t for t in rules.triggers if t.arg == "noun" and t.regex.match("démission"))
    assert finder.persons_for(doc[6], resign, [(8, 10, "Paul Roux")], doc[:]) == (
        ["Paul Roux"], True)


def test_no_intention_to_resign_in_the_first_person_is_a_denial(
        shared_extractor: Extractor) -> None:
    text = "Non, je n'ai pas l'intention de démissionner, a dit Paul Roux."
    assert [(m.person, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", "denied")]


def test_an_outlet_after_its_medium_noun_is_a_source_not_the_organization(
        shared_extractor: Extractor) -> None:
    text = "Paul Girard a pris sa retraite en 2018, selon le magazine Capitales."
    got = events(shared_extractor, text, "fr")
    assert [(m.person, m.org, m.sources) for m in got] == [("Paul Girard", None, ["Capitales"])]


def test_the_outlet_an_interview_was_given_to_is_not_the_organization(
        shared_extractor: Extractor) -> None:
    text = ("Dans une interview qu'il a accordée à Capitales, Paul Verdier révèle les raisons de "
            "sa démission.")
    assert [(m.person, m.org, m.sources) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Verdier", None, ["Capitales"])]


def test_the_outlet_someone_testified_in_is_a_source(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a été licencié mardi par la société Vexal, a témoigné le quadragénaire "
            "dans Capitales.")
    assert [(m.person, m.org, m.sources) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Verdier", "Vexal", ["Capitales"])]


def test_an_event_named_after_a_place_is_no_organization(shared_extractor: Extractor) -> None:
    text = ("Depuis les attentats de Lyon, Jean Ravel ne travaillait plus. Les attentats de Lyon "
            "ont tout changé. Jean Ravel a été licencié lundi.")
    (mention,) = events(shared_extractor, text, "fr")
    assert "attentats" not in (mention.org or "")


def test_a_given_name_ner_tags_a_place_is_part_of_the_name() -> None:
    # (NER tagged "Florence" a city and the surname alone a person: the city became the
    # organization left)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from turnover.extract.people import PeopleRules
    from turnover.extract.rules import rules_for
    rules = SimpleNamespace(rules=rules_for("fr"))
    doc = Doc(Vocab(), words=["la", "démission", "de", "Florence", "Castagnet", "du", "parti"])
    found = PeopleRules._with_name_before(rules, doc[:], [(4, 5, "Florence Castagnet")])
    assert found == [(3, 5, "Florence Castagnet")]
    # an organization's name holding the name is the organization's
    doc = Doc(Vocab(), words=["fonde", "la", "Clinique", "Florence", "Castagnet", "."],
              ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    found = PeopleRules._with_name_before(rules, doc[:], [(4, 5, "Florence Castagnet")])
    assert found == [(4, 5, "Florence Castagnet")]


def test_a_capitalised_noun_opening_a_descriptive_phrase_is_no_organization() -> None:
    # (NER tagged "Novice" an organization in "Novice en politique, X a été élue")
    import spacy
    from spacy.tokens import Doc

    from turnover.extract.orgs import OrgRules
    vocab = spacy.blank("fr").vocab
    words = ["Novice", "en", "politique", ",", "Claire", "Aubry", "a", "été", "élue", "."]
    pos = ["NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "AUX", "AUX", "VERB", "PUNCT"]
    doc = Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * 9)
    assert OrgRules._fronted_descriptor(doc[0])
    doc = Doc(vocab, words=["Orange", "a", "nommé", "Claire", "Aubry", "."],
              pos=["NOUN", "AUX", "VERB", "PROPN", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 5)
    assert not OrgRules._fronted_descriptor(doc[0])


def test_a_name_after_chez_is_a_firm_s() -> None:
    # (NER tagged "Morgan Stanley" a person in "un entretien d'embauche chez Morgan Stanley",
    # who then was recruited)
    import spacy
    from spacy.tokens import Doc

    from turnover.extract.people import PeopleRules
    from turnover.extract.rules import rules_for
    words = ["un", "entretien", "chez", "Valérie", "Marchand", "et", "Paul", "Roux"]
    doc = Doc(spacy.blank("fr").vocab, words=words,
              ents=["O", "O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER"])
    assert PeopleRules._employer_names(SimpleNamespace(rules=rules_for("fr")), doc[:]) == {3, 4}


def test_a_tagged_phrase_opening_with_an_indefinite_is_no_organization() -> None:
    # (a heading glued to its text, "Un seul siège LREM est remis en jeu", gave a deputy's
    # resignation the organization "Un seul siège LREM")
    import spacy
    from spacy.tokens import Doc

    from turnover.extract.inventory import build_inventory
    from turnover.extract.rules import rules_for
    words = ["Un", "seul", "siège", "LREM", "est", "remis", "en", "jeu", "."]
    doc = Doc(spacy.blank("fr").vocab, words=words,
              pos=["DET", "ADJ", "NOUN", "PROPN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
              morphs=["Definite=Ind|Gender=Masc|Number=Sing|PronType=Art", *[""] * 8],
              ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"])
    inv = build_inventory(doc.text, [doc[:]], rules_for("fr"))
    assert not any("seul" in o for o in inv.orgs)


def test_a_given_name_inside_a_place_ner_ran_over_is_part_of_the_name() -> None:
    # (NER tagged "Valtor-Ouest Albin X" one place and X alone a person: "Valtor-Ouest
    # Albin" became the organization of X's later presidency)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from turnover.extract.people import PeopleRules
    from turnover.extract.rules import rules_for
    rules = SimpleNamespace(rules=rules_for("fr"))
    doc = Doc(Vocab(), words=["ex-PDG", "de", "Valtor-Ouest", "Albin", "Roussel", "est", "mort"],
              ents=["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O"])
    found = PeopleRules._with_name_before(rules, doc[:], [(4, 5, "Albin Roussel")])
    assert found == [(3, 5, "Albin Roussel")]
    # (not where NER tagged the whole an organization: "Paris Match")
    doc = Doc(Vocab(), words=["licenciée", "par", "Paris", "Match"],
              ents=["O", "O", "B-ORG", "I-ORG"])
    assert PeopleRules._with_name_before(rules, doc[:], [(3, 4, "Paris Match")]) == [
        (3, 4, "Paris Match")]


def test_a_name_glued_after_an_organization_s_in_one_entity_is_the_name_alone() -> None:
    # (NER tagged "Valtor-Ouest Albin Roussel" one person, the article naming Albin Roussel
    # apart too)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from turnover.extract.inventory import name_spans
    from turnover.extract.rules import rules_for
    words = ["PDG", "Valtor-Ouest", "Albin", "Roussel", ".", "Albin", "Roussel", "dirige"]
    doc = Doc(Vocab(), words=words, ents=["O", "B-PER", "I-PER", "I-PER", "O", "B-PER",
                                          "I-PER", "O"])
    assert name_spans(doc.ents[0], doc.text, rules_for("fr")) == [(2, 4)]


def test_a_pronoun_in_a_relative_on_a_fronted_title_is_the_subject_s() -> None:
    # (the last man named in the sentences before, the subject's father, was taken to have
    # left the company)
    from turnover.extract import nlp
    from turnover.extract.people import PeopleRules
    from turnover.extract.rules import rules_for
    doc = nlp.pipeline("fr")("Ancien directeur général de Vectis Media, qu'il a quitté après "
                             "son rachat par Vivendi, Marc Duval anime désormais un fonds.")
    start = next(t.i for t in doc if t.text == "Marc")
    people = [(start, start + 2, "Marc Duval")]
    ctx = SimpleNamespace(rules=rules_for("fr"), _sentence_of=lambda tok: doc[:],
                          person_at=lambda tok, ppl: "Marc Duval" if tok.i == start else None)
    il = next(t for t in doc if t.text == "il")
    assert PeopleRules._fronted_relative_subject(ctx, il, people, "m") == "Marc Duval"
    assert PeopleRules._fronted_relative_subject(ctx, il, people, "f") is None


def test_a_title_s_complement_in_a_change_noun_is_not_the_one_changed(
        shared_extractor: Extractor) -> None:
    text = ("Les révélations du journal ont précipité le limogeage de la directrice de cabinet "
            "de Paul Martin, la préfète Anne Roux.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Anne Roux", "end", "dismiss", None) in found
    assert not any(f[0] == "Paul Martin" for f in found)
    text = "La démission du directeur de campagne de Paul Martin a surpris ses proches."
    assert not events(shared_extractor, text, "fr")


def test_a_british_honorific_is_no_part_of_a_name(shared_extractor: Extractor) -> None:
    text = ("Le patron de Norlis Motors, Sir Paul Hartley, quittera ses fonctions en septembre. "
            "Paul Hartley avait pris la tête du constructeur en 2010.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Hartley"}


def test_a_surname_two_people_share_goes_to_the_one_with_the_title_before_it(
        shared_extractor: Extractor) -> None:
    text = ("Anne Roux, l'épouse de l'ancien président Paul Roux, a été élue maire de Valdor "
            "dimanche. Le président Roux avait quitté ses fonctions en 2019.")
    found = facts(events(shared_extractor, text, "fr"))
    assert ("Paul Roux", "end", "resign", None) in found
    assert ("Anne Roux", "end", "resign", None) not in found


def test_a_place_ner_ran_into_a_full_name_after_de_is_no_part_of_it() -> None:
    # ("le décès du maire de Roubaix Jean Dumas", tagged one person)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from turnover.extract.inventory import name_spans
    from turnover.extract.rules import rules_for
    doc = Doc(Vocab(), words=["le", "maire", "de", "Roubaix", "Jean", "Dumas", "est", "mort"],
              ents=["O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O"])
    assert name_spans(doc.ents[0], doc.text, rules_for("fr")) == [(4, 6)]
    # (a given name opening the entity keeps it whole)
    doc = Doc(Vocab(), words=["le", "parti", "de", "Marine", "Le", "Pen"],
              ents=["O", "O", "O", "B-PER", "I-PER", "I-PER"])
    assert name_spans(doc.ents[0], doc.text, rules_for("fr")) == [(3, 6)]


def test_the_post_someone_leaves_for_is_not_the_one_left() -> None:
    from turnover.extract.rules import rules_for
    next_post = rules_for("fr").next_post
    assert next_post is not None
    assert next_post.search("quitter le ministère pour redevenir ")
    assert next_post.search("quitter le ministère pour devenir ")


def test_the_question_of_a_departure_is_a_rumour() -> None:
    # (not any question: "la question du rang protocolaire a été soulevée")
    from turnover.extract.rules import rules_for
    rumored = rules_for("fr").status["rumored"]
    assert rumored.search("la question de son départ de la présidence se pose")
    assert rumored.search("la question du remplacement de X reste ouverte")
    assert not rumored.search("la question du rang protocolaire a été soulevée")


def test_a_capitalised_word_after_an_indefinite_is_no_name(shared_extractor: Extractor) -> None:
    text = ("Jeudi, l'écologiste Anne Morel a pris la présidence de la Métropole, avant "
            "l'intronisation d'un second Vert, Jean Dumas, dimanche à l'hôtel de ville.")
    assert "Vert" not in {m.person for m in events(shared_extractor, text, "fr")}


def test_a_given_name_alone_has_its_gender(shared_extractor: Extractor) -> None:
    # ("elle" stood for the presenter's late husband, named by his given name only)
    text = ("La célèbre animatrice de la radio avait perdu son époux Philippe au printemps. Elle "
            "a été remplacée pendant un mois par ses confrères Marc Lenoir et Julie Vasseur.")
    assert "Philippe" not in {m.person for m in events(shared_extractor, text, "fr")}


def test_a_tagged_topic_opening_a_headline_is_no_organization() -> None:
    import spacy
    from spacy.tokens import Doc

    from turnover.extract.inventory import opening_phrase
    from turnover.extract.rules import rules_for
    vocab, rules = spacy.blank("fr").vocab, rules_for("fr")
    words = ["Harcèlement", "moral", "dans", "le", "cyclisme", ":", "Paul", "Roux", "part"]
    topic = Doc(vocab, words=words, pos=["NOUN", "ADJ", "ADP", "DET", "NOUN", "PUNCT", "PROPN",
                                         "PROPN", "VERB"],
                ents=["B-MISC", "I-MISC", "O", "O", "O", "O", "B-PER", "I-PER", "O"])
    assert opening_phrase(topic.ents[0], 0, topic.text, rules)
    # (not a phrase the article also writes after another word, nor an organization's noun)
    assert not opening_phrase(topic.ents[0], 0, "contre le Harcèlement moral au travail", rules)
    bank = Doc(vocab, words=["Banque", "mondiale", ":", "Paul", "Roux", "part"],
               pos=["NOUN", "ADJ", "PUNCT", "PROPN", "PROPN", "VERB"],
               ents=["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"])
    assert not opening_phrase(bank.ents[0], 0, bank.text, rules)


def test_a_fronted_founding_participle_s_founders_are_its_agents(
        shared_extractor: Extractor) -> None:
    text = "Cofondé en 2004 par deux groupes de presse, Norlis a accompagné le mandat de Paul Roux."
    assert not events(shared_extractor, text, "fr")
    text = "Fondée en 2015 par Paul Roux et Anne Dumas, la start-up Lumio a levé des fonds."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Roux", "Anne Dumas"}


def test_a_time_of_day_is_no_organization() -> None:
    from turnover.extract.orgs import _TIME
    assert all(_TIME.fullmatch(w) for w in ("11h", "11h30", "9 a.m.", "10:30"))
    assert not any(_TIME.fullmatch(w) for w in ("13H", "20H", "76ers", "2019"))


def test_an_outlet_after_its_medium_noun_and_any_adjective_is_a_source(
        shared_extractor: Extractor) -> None:
    text = ("Paul Roux quitte la présidence du club de Valdor, le quotidien breton Le Télégramme "
            "a révélé l'information mardi.")
    found = events(shared_extractor, text, "fr")
    assert found and all(m.org != "Télégramme" and "Le Télégramme" in m.sources for m in found)


def test_a_newcomer_after_pour_is_the_subject_of_the_verb_it_hangs_on(
        shared_extractor: Extractor) -> None:
    text = ("Anna Roussel a quitté la troupe Alma pour le Ballet de Rome, où elle retrouve la "
            "danseuse Carla Benzi.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Anna Roussel"}


@pytest.mark.parametrize(("text", "sources"), [
    ("Paul Bravo a fondé un cabinet de conseil, d'après le Journal du Dimanche.",
     ["Journal du Dimanche"]),
    ("Selon les informations de la Voix du Nord, Paul Rey a démissionné de la présidence du "
     "club.", ["Voix du Nord"]),
    ("D'après Le Monde, Paul Rey a démissionné de la présidence du club.", ["Le Monde"]),
])
def test_an_outlet_s_name_is_whole_past_its_small_words(
        shared_extractor: Extractor, text: str, sources: list[str]) -> None:
    assert [m.sources for m in events(shared_extractor, text, "fr")] == [sources]


def test_a_channel_a_speaker_talked_on_is_a_source_not_the_post_s(
        shared_extractor: Extractor) -> None:
    text = ("Paul Lemaire a estimé hier soir sur Radio Centre que la démission de Jeanne Vidal "
            "était attendue.")
    (found,) = events(shared_extractor, text, "fr")
    assert (found.person, found.org, found.sources) == ("Jeanne Vidal", None, ["Radio Centre"])


def test_a_name_that_is_both_the_person_and_the_organization_is_no_change() -> None:
    from turnover.extract.article import names_itself
    from turnover.model import Mention
    # (a traffic service's name, misspelt once, taken for a person leaving it)
    assert names_itself(Mention("Castor Malen", "end", "leave", org="Castor Malin"))
    assert not names_itself(Mention("Paul Roux", "end", "leave", org="Castor Malin"))
    assert not names_itself(Mention("Paul Roux", "end", "leave"))


def test_a_description_s_change_is_not_the_protagonist_s_named_as_someone_else(
        shared_extractor: Extractor) -> None:
    text = "La ministre des Sports a remis jeudi sa démission au président Paul Vidal."
    assert not events(shared_extractor, text, "fr")


@pytest.mark.parametrize(("text", "source"), [
    ("Paul Roux devrait reprendre la présentation du journal, selon les informations de « La "
     "lettre des ondes ».", "La lettre des ondes"),
    ("Selon le « Canard enchaîné », Paul Roux a démissionné de la présidence du club.",
     "Canard enchaîné"),
])
def test_a_quoted_outlet_is_whole_to_its_closing_quote(
        shared_extractor: Extractor, text: str, source: str) -> None:
    (found,) = events(shared_extractor, text, "fr")
    assert found.sources == [source] and found.org is None


def test_an_election_is_no_organization(shared_extractor: Extractor) -> None:
    text = "Le parti a confirmé dimanche l'éviction de Jean Morel, candidat aux Européennes."
    assert [m.org for m in events(shared_extractor, text, "fr")] == [None]


def test_a_people_is_no_source(shared_extractor: Extractor) -> None:
    text = "Paul Roux quittera le ministère en juin, a-t-il expliqué aux Français mardi soir."
    found = events(shared_extractor, text, "fr")
    assert found and all(m.sources == [] for m in found)


def test_the_subject_of_a_wanted_or_refused_que_clause_is_someone_else(
        shared_extractor: Extractor) -> None:
    text = ("L'évêque Paul Morel a rencontré le primat Léon à Lyon. Léon a refusé qu'il "
            "démissionne avant le synode.")
    assert [(m.person, m.status) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Morel", "denied")]


def test_the_official_journal_is_no_organization(shared_extractor: Extractor) -> None:
    text = ("Le JO de ce jeudi publie la nomination de Paul Roux comme directeur de l'hôpital de "
            "Brest.")
    found = events(shared_extractor, text, "fr")
    assert found and all("JO" not in (m.org, m.to) for m in found)


def test_a_gerund_s_change_is_its_clause_subject_s(shared_extractor: Extractor) -> None:
    text = ("En démissionnant dès lundi, la sénatrice se démarquerait de son voisin de banc Paul "
            "Roux, resté muet.")
    assert not events(shared_extractor, text, "fr")
    text = "En quittant le groupe Sorel, Paul Roux a surpris ses collègues."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Roux"}


def test_a_change_noun_after_a_colon_is_not_the_indefinite_noun_s(
        shared_extractor: Extractor) -> None:
    text = ("Un motif de colère pour les pilotes : la nomination de l'Australien Paul Smith à la "
            "tête du groupe.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Smith"}


def test_an_editor_s_note_is_no_part_of_an_organization() -> None:
    from turnover.extract.names import ORG_NAME_END
    assert ORG_NAME_END.split("Sorel NDLR")[0] == "Sorel"
    assert ORG_NAME_END.split("Sorel ndlr")[0] == "Sorel"


def test_who_proposes_a_name_to_replace_someone_is_not_the_newcomer(
        shared_extractor: Extractor) -> None:
    text = ("Paul Roux a assuré qu'il proposerait bientôt un candidat, celui d'un magistrat, pour "
            "remplacer la directrice Anne Morel.")
    assert "Paul Roux" not in {m.person for m in events(shared_extractor, text, "fr")}


def test_everyone_taking_over_by_a_passive_is_named(shared_extractor: Extractor) -> None:
    text = "À la tête du festival, la relève est assurée par Anne Roux, Paul Vidal et Luc Morel."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Anne Roux", "start"), ("Paul Vidal", "start"), ("Luc Morel", "start")}


def test_replaced_by_someone_unnamed_names_no_newcomer(shared_extractor: Extractor) -> None:
    text = ("« On a un ministre remplacé par un ministre encore plus libéral », a déploré Paul "
            "Roux samedi.")
    assert not events(shared_extractor, text, "fr")


def test_a_verb_conjoined_to_a_name_is_that_name_s(shared_extractor: Extractor) -> None:
    # (a guard: the parser's misreading the rule mends was met in an article and could not be
    # reproduced in words of our own; this sentence must keep its reading)
    text = ("Paul Roux, ex-directeur de la chaîne, n'est plus adhérent du syndicat depuis son "
            "soutien à Anne Vidal mais n'a pas rejoint le syndicat rival Renouveau.")
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Paul Roux"]


def test_d_day_is_no_organization(shared_extractor: Extractor) -> None:
    text = "Jour J pour Paul Roux, nommé mardi à la tête du conseil."
    found = events(shared_extractor, text, "fr")
    assert found and all(m.org != "Jour J" for m in found)


def test_the_first_woman_to_take_the_head_is_the_subject(shared_extractor: Extractor) -> None:
    text = ("Jeanne Perrot est devenue la première femme à prendre la tête de la vieille union "
            "régionale des meuniers, l'UEMF.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Jeanne Perrot", "start", "appoint", "UEMF")}


def test_the_first_woman_to_lead_past_a_weekday(shared_extractor: Extractor) -> None:
    text = "Jeanne Perrot est devenue samedi la première femme à diriger l'UEMF."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Jeanne Perrot", "start", "appoint", "UEMF")}


def test_an_organization_described_before_its_name_is_that_name(
        shared_extractor: Extractor) -> None:
    text = ("Déjà à la tête de la Fédération Morvan, Jeanne Perrot est devenue jeudi la première "
            "femme à prendre les rênes d'une vieille union de meuniers européens, l'UEMF.")
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"UEMF"}


def test_the_organization_a_person_led_until_then_is_the_one_left(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a été limogé mardi. Selon ses proches, Paul Verdier dirigeait jusqu'en "
            "mars l'Agence Fédérale des Vaccins.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "end", "dismiss", "Agence Fédérale des Vaccins")}


def test_the_station_a_guest_speaks_on_is_a_source(shared_extractor: Extractor) -> None:
    text = "Invitée de Radio Azur, Anne Morel a annoncé sa démission de la présidence de Vexal."
    assert [(m.org, m.sources) for m in events(shared_extractor, text, "fr")] == [
        (None, ["Radio Azur"])]
    text = "Invité sur Canal 8, Paul Roux a commenté la nomination d'Anne Morel à la Santé."
    assert [(m.person, m.sources) for m in events(shared_extractor, text, "fr")] == [
        ("Anne Morel", ["Canal 8"])]


def test_an_appointment_to_a_ministry_named_in_full_is_the_country_s(
        shared_extractor: Extractor) -> None:
    text = ("Devant l'Élysée, des militants s'opposent à la nomination de Paul Roux au ministère "
            "de la Culture.")
    assert [(m.person, m.org, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", "France", None)]


def test_a_guest_opening_a_sentence_is_no_organization(shared_extractor: Extractor) -> None:
    # (a guard: once the station a guest speaks on became a source, NER's "Invitée" at the
    # start of a sentence of a news article was taken for the organization left; our own
    # sentences do not reproduce that tagging, so the article is read from the shared corpus)
    from turnover.evaluate import _join_texts, shared_dir
    from turnover.model import Article

    docs: list[dict[str, Any]] = [{"id": "orangesum-20768"}]
    try:
        _join_texts(docs, shared_dir())
    except FileNotFoundError:
        pytest.skip(f"the OrangeSum corpus is not under {shared_dir()}")
    article = Article(text=docs[0]["text"], lang="fr", published=docs[0].get("published"))
    found = shared_extractor.extract(article)
    assert found and all(m.org is None or not m.org.startswith("Invit") for m in found)


def test_a_successor_noun_runs_into_its_name(shared_extractor: Extractor) -> None:
    text = ("L'enquête concerne l'ancien directeur du musée Paul Roux ou son successeur "
            "aujourd'hui en fonction Luc Vidal.")
    starts = {m.person for m in events(shared_extractor, text, "fr") if m.kind == "start"}
    assert starts == {"Luc Vidal"}


def test_a_relative_s_name_hung_as_a_complement_is_the_relative(
        shared_extractor: Extractor) -> None:
    text = "On se souvient de l'abdication de son oncle Baudouin en 1951."
    assert [(m.person, m.action) for m in events(shared_extractor, text, "fr")] == [
        ("Baudouin", "resign")]
    # (not a name the parser split after its preposition: the one a successor is found for)
    text = "Pékin pourrait vouloir nommer lui-même un successeur au Dalaï Lama."
    assert not events(shared_extractor, text, "fr")


def test_a_name_with_its_particle_is_no_complement(shared_extractor: Extractor) -> None:
    # (a guard for the split-name rules: "de" inside "Anne de Vaux" is no preposition before it)
    text = ("La chroniqueuse Anne de Vaux, remplaçante habituelle de Paul Roux, semble bien placée "
            "pour lui succéder.")
    found = events(shared_extractor, text, "fr")
    assert {m.person for m in found if m.kind == "start"} == {"Anne de Vaux"}
    assert {m.person for m in found if m.kind == "end"} == {"Paul Roux"}


def test_a_departure_noun_leaves_what_follows_the_name(shared_extractor: Extractor) -> None:
    text = "Le départ de Luc Ferrand du ministère des Finances a surpris ses collaborateurs."
    assert [(m.person, m.org) for m in events(shared_extractor, text, "fr")] == [
        ("Luc Ferrand", "France")]
    # (not where the person goes: "au gouvernement" is the next post)
    text = ("Depuis le départ de Paul Girard au gouvernement, son fauteuil de président de "
            "l'Assemblée reste vide.")
    assert [(m.person, m.org) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Girard", "Assemblée")]


def test_who_the_reins_are_handed_to_does_not_leave(shared_extractor: Extractor) -> None:
    text = ("Au siège, le tout nouveau ministre des Finances a passé les rênes à Paul Roux, son "
            "ancien adjoint.")
    assert [(m.person, m.kind) for m in events(shared_extractor, text, "fr")] == [
        ("Paul Roux", "start")]


def test_a_body_that_hands_in_its_resignation_is_no_person(shared_extractor: Extractor) -> None:
    text = ("Anne Morel dirige l'étude depuis 2020. Le comité d'éthique a critiqué la méthode "
            "puis a présenté sa démission.")
    assert not events(shared_extractor, text, "fr")


def test_a_body_s_name_goes_on_with_its_adjective(shared_extractor: Extractor) -> None:
    text = "Ancienne ministre, Anne Morel a rejoint en mars le Conseil constitutionnel."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Conseil constitutionnel"]
    # (not with one that tells its state)
    text = "Le Parlement sortant a élu Anne Morel à sa présidence jeudi."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Parlement"]


def test_leaving_a_name_to_join_another_joins_it(shared_extractor: Extractor) -> None:
    # (NER tags a name it does not know as a place: after a departure, the one joined)
    text = "Anne Morel a quitté Vexal pour rejoindre Lumio."
    assert {(m.kind, m.org) for m in events(shared_extractor, text, "fr")} == {
        ("end", "Vexal"), ("start", "Lumio")}


def test_an_organization_stops_before_a_full_name_the_article_gives(
        shared_extractor: Extractor) -> None:
    text = ("Delphine Morel dirige le groupe depuis 2015. Paul Roux, directeur de cabinet de la "
            "PDG de Radio Azur Delphine Morel, a démissionné mardi.")
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Radio Azur"]


def test_the_keeper_of_the_seals_names_no_town(shared_extractor: Extractor) -> None:
    text = ("Le juriste Paul Roux est entré en fonctions ce lundi 6 juillet. Il succède à Anne "
            "Morel. L'ex-garde des Sceaux lui a souhaité bonne chance. « Je veux être un garde des "
            "Sceaux à l'écoute », a-t-il déclaré. « Un garde des Sceaux doit rassembler ».")
    assert "Sceaux" not in {m.org for m in events(shared_extractor, text, "fr")}


def test_the_reins_of_a_programme_name_it(shared_extractor: Extractor) -> None:
    text = "En septembre, Paul Roux prendra les rênes du magazine culturel « Tout en chansons »."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Tout en chansons"]


def test_an_outlet_holds_an_organization_only_as_whole_words(
        shared_extractor: Extractor) -> None:
    text = "Selon Le Parisien, l'adjoint au maire de Paris Paul Roux a démissionné mardi."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Paris"]
    # (nor is Le Média part of Médiapart, which a source names)
    text = "Selon Libération et Médiapart, Anne Morel a quitté en juillet la présidence du Média."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Média"]


def test_whom_a_resignation_is_handed_to_names_no_organization(
        shared_extractor: Extractor) -> None:
    text = "Le maire Paul Roux a adressé mardi sa démission au préfet du Gard."
    assert [m.org for m in events(shared_extractor, text, "fr")] == [None]


def test_a_company_telling_its_own_news_is_still_the_organization(
        shared_extractor: Extractor) -> None:
    text = ("Les administrateurs de la société Vexal ont décidé de révoquer Paul Roux, président "
            "de Vexal depuis 2015. « Le choix a été unanime », indique Vexal dans un communiqué.")
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Vexal"]


def test_an_appointment_noun_reaches_its_post_past_the_name(
        shared_extractor: Extractor) -> None:
    text = "La nomination de Paul Roux à Matignon a surpris les députés."
    assert [(m.org, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("France", "premier ministre")]


def test_a_name_right_after_an_infinitive_is_its_object(shared_extractor: Extractor) -> None:
    # the parser takes the one to replace for the subject of the infinitive: an infinitive's
    # subject never follows it, so he takes no post
    text = "Pour remplacer Gérard Martin à la Défense, le président cherche un profil solide."
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]


def test_a_title_cut_at_its_participle_is_the_name_s_after_it(
        shared_extractor: Extractor) -> None:
    # the parser ends the title's phrase at "élu" (its subject) and leaves the name after the
    # place alone: the title and the town are that name's, never the other change's
    text = ("Claire Aubry dirige Vexal depuis mardi. Le maire récemment élu de Valbourg Luc "
            "Ferrand a salué la nomination de Claire Aubry.")
    assert roles(events(shared_extractor, text, "fr")) == {
        ("Luc Ferrand", "start", "Valbourg", "maire"), ("Claire Aubry", "start", None, None)}


def test_a_second_name_with_its_own_preposition_is_appointed_too(
        shared_extractor: Extractor) -> None:
    text = ("Le gouvernement a confirmé la nomination de Paul Roux à la Défense et de Claire Aubry "
            "au Travail.")
    found = events(shared_extractor, text, "fr")
    assert facts(found) == {
        ("Paul Roux", "start", "appoint", "France"), ("Claire Aubry", "start", "appoint", "France")}
    assert all(m.sources == [] for m in found)  # a portfolio is no outlet it was told to


def test_a_portfolio_runs_into_no_longer_name() -> None:
    from turnover.extract.nlp import pipeline

    doc = pipeline("fr")("Le gouvernement a annoncé la nomination de Paul Roux aux Transports.")
    finder = finder_for(doc)
    # a name the recogniser glued elsewhere in the article ("le ministre des Transports en
    # commun"): the portfolio does not run into it
    finder.inv.add_org("Transports en commun")
    start = next(t.i for t in doc if t.text == "Transports")
    assert finder._org_name(doc[start:start + 1]) == "Transports"
    # (but a portfolio goes on into another: "la Transition écologique et des Transports")
    finder.inv.add_org("Transition écologique et des Transports")
    assert finder.inv.full_org("Transition écologique") == \
        "Transition écologique et des Transports"


def test_a_post_handed_over_is_the_country_s_for_a_portfolio(
        shared_extractor: Extractor) -> None:
    # the post the sentence before names is a portfolio, so the country's; whom it is handed
    # to takes it
    text = ("Anne Morel a cessé d'être ministre de la Justice. Elle a laissé son poste à Paul Roux "
            "lors d'une brève cérémonie.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Anne Morel", "end", "leave", "France"), ("Paul Roux", "start", "appoint", "France")}


def test_a_title_an_adjective_of_change_describes_is_someone_else(
        shared_extractor: Extractor) -> None:
    text = "Paul Roux a longtemps soutenu le maire démissionnaire."
    assert events(shared_extractor, text, "fr") == []
    # (but the title apposed to a name is that name's)
    text = "Paul Roux, trésorier démissionnaire du parti Avenir, conduira la liste."
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Roux", "end", "resign", "parti Avenir")}


@pytest.mark.parametrize(("text", "org"), [
    ("Paul Roux a rallié dès 2016 les rangs d'En Marche!, après vingt ans au Parti socialiste.",
     "En Marche!"),
    ("La présentatrice Claire Aubry a annoncé son départ d'On ne lâche rien.", "On ne lâche rien"),
    ("Anne Morel a annoncé son départ de la série Plus belle la ville.", "Plus belle la ville"),
])
def test_a_capitalised_function_word_after_a_lowercase_one_opens_a_name(
        shared_extractor: Extractor, text: str, org: str) -> None:
    assert org in {m.org for m in events(shared_extractor, text, "fr")}


def test_whom_a_government_s_resignation_is_handed_to_does_not_resign(
        shared_extractor: Extractor) -> None:
    text = "Lundi, Paul Roux a présenté la démission de son équipe à Luc Ferrand."
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Paul Roux"]
    # (but a post named after "à" is no one's hand: "la nomination à la Santé de X")
    text = "Les syndicats contestent la nomination à la Santé de Claire Aubry."
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Claire Aubry"]


def test_the_party_left_is_never_the_outlet_quoted(shared_extractor: Extractor) -> None:
    text = ("Selon RTL, le parti Avenir exige que Paul Roux retire sa candidature, faute de quoi "
            "il devra quitter le parti.")
    assert "RTL" not in {m.org for m in events(shared_extractor, text, "fr")}


def test_a_programme_quoted_after_a_succession_is_the_post_s(
        shared_extractor: Extractor) -> None:
    text = "Anne Morel succède à Paul Roux dans « Tout en chansons » dès la rentrée."
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"Tout en chansons"}


def test_a_letter_alone_names_no_organization() -> None:
    # the recogniser cuts "C à vous" to "C", which any name holding a "c" would then contain
    from turnover.extract.nlp import pipeline

    doc = pipeline("fr")("Anne Morel a animé C à vous pendant quatre ans.")
    finder = finder_for(doc)
    letter = next(t.i for t in doc if t.text == "C")
    assert finder._org_name(doc[letter:letter + 1]) is None


def test_a_board_s_acronym_is_its_company_s(shared_extractor: Extractor) -> None:
    text = "Paul Roux a démissionné du CA de Vexal mardi."
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Vexal"]


def test_what_follows_a_change_noun_and_a_colon_names_no_organization(
        shared_extractor: Extractor) -> None:
    # a heading's comment on the change, words in quotes the recogniser may take for names
    text = 'Démission de Paul Roux : "désordre", "Waterloo"...'
    assert [m.org for m in events(shared_extractor, text, "fr")] == [None]


def test_a_company_whose_board_the_article_names_is_no_outlet(
        shared_extractor: Extractor) -> None:
    # it tells its own news in a statement: a source, and still the post's organization
    text = ("Réuni jeudi, le conseil d'administration de Batival a décidé de révoquer Marc "
            "Tellier de la présidence, annonce Batival dans un communiqué.")
    assert [m.org for m in events(shared_extractor, text, "fr")] == ["Batival"]


def test_a_lowercase_title_ends_a_name_the_recogniser_ran_on(
        shared_extractor: Extractor) -> None:
    # the recogniser tags the name, the title and its complement as one person
    text = "La ministre a nommé mardi Anne de Lattre directrice de l'hôpital de Valbourg."
    assert [(m.person, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("Anne de Lattre", "directrice")]


def test_the_seat_a_replacement_names_is_the_post_s_organization(
        shared_extractor: Extractor) -> None:
    # what the sentence says later of the newcomers (a former employer, another's relative
    # clause) names neither their post nor its organization
    text = ("Paul Verdier a été remplacé à la tête du groupe Vexal par Mark Lowe, 61 ans, ancien "
            "directeur de Norem, et par Louis Camus, lui-même PDG du groupe Orlane depuis 2010.")
    got = {(m.person, m.org, m.role) for m in events(shared_extractor, text, "fr")}
    assert got == {("Paul Verdier", "Vexal", None), ("Mark Lowe", "Vexal", None)}


def test_a_party_in_brackets_before_a_name_is_the_person_s_label(
        shared_extractor: Extractor) -> None:
    text = ("Après vingt ans de mandat, le maire Paul Verdier cède son fauteuil à la sénatrice "
            "(PS) Anne Morel.")
    got = events(shared_extractor, text, "fr")
    assert len(got) == 2 and "PS" not in {m.org for m in got}


def test_whose_ally_the_person_is_is_not_the_post_s_organization(
        shared_extractor: Extractor) -> None:
    text = "Paul Verdier devrait nommer son allié du MoDem, Marc Roux, au poste de médiateur."
    got = events(shared_extractor, text, "fr")
    assert [m.person for m in got] == ["Marc Roux"] and got[0].org != "MoDem"


def test_a_quote_around_a_name_does_not_bring_it_into_the_change_s_clause() -> None:
    # the parser hangs the closing quote of "lancer le parti « X »" on the noun the change
    # serves; the name itself is the object of another verb
    from turnover.extract.syntax import other_clause

    words = ["Paul", "Roux", "lie", "sa", "démission", "au", "désir", "de", "lancer", "le",
             "parti", '"', "Cap", "Avenir", '"', "."]
    heads = [2, 0, 2, 4, 2, 6, 2, 8, 6, 10, 8, 10, 8, 12, 6, 2]
    deps = ["nsubj", "flat:name", "ROOT", "det", "obj", "case", "obl", "mark", "acl", "det",
            "obj", "punct", "obl:mod", "flat:name", "punct", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "VERB", "DET", "NOUN",
           "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT"]
    rules, _, doc = _hand_parsed(words, heads, deps, pos, [""] * len(words))
    assert other_clause(doc[11:15], doc[4], rules.triggers)


def test_a_country_is_never_a_longer_name_run_on_by_a_lowercase_word(
        shared_extractor: Extractor) -> None:
    # (and a consul is a title)
    text = "Paul Verdier, nommé consul de France à Boston, est critiqué par la France insoumise."
    assert [(m.org, m.role) for m in events(shared_extractor, text, "fr")] == [
        ("France", "consul")]


@pytest.mark.parametrize("text, expected", [
    # the parser hangs "par Y" on the object: the newcomer all the same
    ("Le club a remplacé l'entraîneur Paul Roux par Marc Lowe.",
     {("Paul Roux", "end"), ("Marc Lowe", "start")}),
    # a title for the one replaced, the newcomer below it; never a name in the subject
    ("L'équipe Barrow espère remplacer le procureur par Ray Dalton, actuel patron de la "
     "commission des marchés.", {("Ray Dalton", "start")}),
    # an infinitive whose arguments the parser hangs on the verb before it
    ("Le conseil va remplacer Paul Verdier par Marc Lowe.",
     {("Paul Verdier", "end"), ("Marc Lowe", "start")}),
])
def test_the_newcomer_of_replacer_x_par_y(shared_extractor: Extractor, text: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == expected


def test_a_described_subject_tied_to_a_named_person_is_not_that_person(
        shared_extractor: Extractor) -> None:
    # the resignation is handed to the one named in the subject's complement
    text = "Le conseiller du président Paul Verdier lui a remis sa démission."
    assert events(shared_extractor, text, "fr") == []


def test_an_office_s_staff_named_by_their_title_keep_it(shared_extractor: Extractor) -> None:
    text = "L'Élysée a licencié mardi son collaborateur Paul Verdier après une enquête interne."
    assert [(m.org, m.role) for m in events(shared_extractor, text, "fr")] == [("Élysée", None)]


def test_a_possessive_set_before_a_subject_pronoun_is_that_pronoun_s(
        shared_extractor: Extractor) -> None:
    text = ("Paul Verdier quitte l'association, qui a pour marraine Claire Aubry. Dans sa lettre "
            "de démission, il dénonce des pressions.")
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}


def test_a_body_left_after_the_name_of_a_change_noun_is_its_organization(
        shared_extractor: Extractor) -> None:
    text = ("Marc Lefort a confirmé lundi la démission de Paul Roux de la mission parlementaire "
            "Cap Nord.")
    assert [m.org for m in events(shared_extractor, text, "fr")] == [
        "mission parlementaire Cap Nord"]


@pytest.mark.parametrize("text", [
    "Sa démission a été acceptée par Marc Lefort lundi.",
    "La conseillère a expliqué mardi que sa démission, négociée avec Marc Lefort depuis "
    "l'été, interviendrait en juin.",
])
def test_a_possessive_s_holder_is_no_complement_after_it(
        shared_extractor: Extractor, text: str) -> None:
    assert not any(m.person == "Marc Lefort" for m in events(shared_extractor, text, "fr"))


@pytest.mark.parametrize("text", [
    "Paul Roux a confié à Marc Lefort que sa démission serait officielle fin juin.",
    "Anne Morel a reçu Paul Roux. Il a confié à Marc Lefort que sa démission interviendrait "
    "en juin.",
])
def test_a_possessive_change_in_a_reported_clause_is_the_reporter_s(
        shared_extractor: Extractor, text: str) -> None:
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Paul Roux"]


def test_the_name_after_an_organization_noun_is_the_organization_left(
        shared_extractor: Extractor) -> None:
    # (the article's main organization is the one joined: never the one left)
    text = ("Claire Dubois quitte le groupe Les Indépendants et rejoint Agir. Agir compte un "
            "élu de plus. Agir se réjouit.")
    got = {(m.kind, m.org) for m in events(shared_extractor, text, "fr")}
    assert got == {("start", "Agir"), ("end", "Indépendants")}


def test_a_former_member_s_label_is_not_the_organization_s_name(
        shared_extractor: Extractor) -> None:
    text = "L'ex-PS Paul Roux siège ailleurs. Anne Morel a rejoint le PS en mars."
    assert [(m.person, m.org) for m in events(shared_extractor, text, "fr")] == [
        ("Anne Morel", "PS")]


def test_a_description_is_never_the_other_party_of_its_verb(shared_extractor: Extractor
                                                            ) -> None:
    # the one handing over, described and unnamed, is not the one who takes over
    text = "La nouvelle ministre a passé le relais à Claire Dumas lundi."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == {
        ("Claire Dumas", "start")}


def test_who_a_choice_verb_opts_for_takes_the_post(shared_extractor: Extractor) -> None:
    text = ("Le ministre des Sports a finalement opté pour Claire Dumas pour prendre la "
            "succession de Paul Roux à la tête de Valmont.")
    found = events(shared_extractor, text, "fr")
    assert {(m.person, m.kind) for m in found} == {("Claire Dumas", "start"),
                                                  ("Paul Roux", "end")}
    # the chooser's title is not the post
    assert all(m.role != "ministre des sports" for m in found)


def test_the_chooser_s_title_is_not_the_post_taken(shared_extractor: Extractor) -> None:
    for text in ("La ministre des Sports a retenu Claire Dumas pour prendre la succession de "
                 "Paul Roux.",
                 # ("afin de": the parser hangs the purpose on the adverb)
                 "Le ministre des Armées a désigné Claire Dumas afin de remplacer Paul Roux."):
        found = [m for m in events(shared_extractor, text, "fr") if m.person == "Claire Dumas"]
        assert found and all(m.role is None for m in found), text


def test_a_party_joined_before_is_neither_the_destination_nor_the_date(
        shared_extractor: Extractor) -> None:
    text = ("Luc Vidal a claqué la porte du groupe Agir, lui qui militait pour l'écologie depuis "
            "qu'il a rejoint le Parti radical en mars 2016.")
    found = [m for m in events(shared_extractor, text, "fr")
             if m.kind == "end"]
    assert [(m.org, m.to, m.when) for m in found] == [("Agir", None, None)]


def test_the_date_of_a_relative_clause_s_change_is_its_own(shared_extractor: Extractor) -> None:
    text = "Luc Vidal a quitté le groupe Agir, qu'il avait rejoint en mars 2016."
    found = [m for m in events(shared_extractor, text, "fr")
             if m.kind == "end"]
    assert [(m.org, m.when) for m in found] == [("Agir", None)]


def test_a_founder_s_title_joined_to_another_stands_by_its_name(shared_extractor: Extractor
                                                                ) -> None:
    text = ("Des abonnés ont apostrophé Marc Olier, le président et cofondateur de Deezer, en lui "
            "reprochant son mutisme envers les fans de Paul Roux.")
    assert [(m.person, m.action) for m in events(shared_extractor, text, "fr")] == [
        ("Marc Olier", "found")]


def test_the_body_a_newcomer_is_chosen_to_sit_in_is_the_organization(
        shared_extractor: Extractor) -> None:
    text = "La présidente de la Cour d'appel de Dax, Claire Dumas, a été nommée pour siéger au " \
        "Conseil d'État."
    found = [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]
    assert [m.org for m in found] == ["Conseil d'État"]
    # (not the purpose of a verb joined to the change)
    text = ("Luc Vidal fut nommé directeur de Valmont en 2008, puis quitta ce groupe pour siéger "
            "au Sénat.")
    assert [m.org for m in events(shared_extractor, text, "fr") if m.kind == "start"] == [
        "Valmont"]


def test_a_gerund_s_subject_is_never_a_name_after_a_preposition(shared_extractor: Extractor
                                                                ) -> None:
    # the parser makes "Outre X" a second subject of the verb the gerund hangs on
    text = ("Outre Paul Roux, promu à l'Intérieur, l'ancienne ministre Claire Dumas revient au "
            "premier plan en prenant les rênes du ministère des Sports.")
    assert ("Claire Dumas", "start") in {(m.person, m.kind)
                                          for m in events(shared_extractor, text, "fr")}


def test_a_committee_s_portfolio_keeps_its_adjective(shared_extractor: Extractor) -> None:
    text = "Claire Dumas quitte la présidence de la commission des Affaires européennes."
    assert [m.org for m in events(shared_extractor, text, "fr")] == [
        "commission des Affaires européennes"]
