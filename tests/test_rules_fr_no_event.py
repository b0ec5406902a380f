"""French rules' precision: sentences that are no change of post, or not that person's."""

from __future__ import annotations

import pytest
from rules_helpers import events, facts, finder_for

from turnover.extract import Extractor
from turnover.extract.rules import rules_for


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param(
        "Au début des années 1970, Paul Verdier fonde alors le concept de néo-ruralisme, "
        "repris par de nombreux auteurs.",
        "start",
        id="founding-an-idea-is-no-founding-of-an-organization"),
    pytest.param(
        "Claire Aubry avait fondé tous ses espoirs sur la victoire de son club.",
        "start",
        id="founding-hopes-is-no-founding"),
    pytest.param(
        "Qui le conseil va-t-il nommer pour succéder à Paul Verdier ?",
        "start",
        id="the-one-a-purpose-clause-replaces-is-not-the-one-appointed"),
    pytest.param(
        "Le Premier ministre Karim Haddad a annoncé sa démission vendredi. Le nouveau Premier "
        "ministre va hériter d'une situation difficile.",
        "start",
        id="the-new-holder-of-a-post-is-not-the-one-the-article-tells-leaving-it"),
    pytest.param(
        "Le nouveau premier policier de France est issu de la droite, avait rallié Paul Verdier "
        "en 2017 en tant que ministre des Sports dans le précédent gouvernement.",
        "start",
        id="a-name-right-after-rallie-is-the-one-joined-whatever-the-parser-says"),
    pytest.param(
        "Paul Verdier a limogé l'inspecteur. « Je ne les pleure pas quand ils partent, il y "
        "aura toujours quelqu'un de meilleur pour les remplacer », a-t-il dit.",
        "start",
        id="the-subject-of-il-y-a-is-no-one"),
    pytest.param(
        "Les critiques visent la nomination de Paul Verdier, le président de la société Vexal, "
        "au rang d'officier de la Légion d'honneur.",
        "start",
        id="an-honour-is-no-post"),
    pytest.param(
        "La série Clem a perdu son héroïne. Clem quitte TF1 en juin, a annoncé la chaîne.",
        "end",
        id="a-work-s-title-is-nobody-wherever-ner-tags-it-a-person"),
    pytest.param(
        "A deux ans de la présidentielle, la nomination du \"monsieur Déconfinement\" à "
        "Matignon présente des avantages pour le président.",
        "start",
        id="a-name-in-a-short-quotation-is-a-nickname"),
    pytest.param(
        "Le Premier ministre Paul Verdier a invité vendredi à Matignon les 79 eurodéputés "
        "français fraîchement élus au Parlement européen.",
        "start",
        id="a-participle-tagged-an-adjective-describes-its-unnamed-noun"),
    pytest.param(
        "Paul Verdier s'est séparé de sa compagne Claire Aubry l'an dernier.",
        "end",
        id="parting-from-a-partner-is-no-dismissal"),
    pytest.param(
        "Claire Aubry a longtemps ignoré les messages de son successeur.",
        "start",
        id="a-possessed-successor-is-not-the-possessor"),
    pytest.param(
        "Verlane : un candidat inattendu pour remplacer Marc Duroc.",
        "start",
        id="whoever-is-replaced-is-never-the-newcomer"),
    pytest.param(
        "Élue Miss Bretagne en 2012 à Limoges, Marine Durand poursuit ses études de "
        "médecine.",
        "end",
        id="a-trigger-spelled-by-a-place-name-is-no-trigger"),
    pytest.param(
        "Paul Verdier, passé aux États-Unis pour ses études, revient en France.",
        "start",
        id="passing-through-a-country-is-no-move"),
    pytest.param(
        "Selon nos sources, Paul Verdier, l'ancien patron du groupe Sorel, a pu partir quand une "
        "société de gardiennage embauchée par Renault a levé sa surveillance.",
        "start",
        id="a-company-hired-is-nobody-hired"),
    pytest.param(
        "L'éviction de Claire Morel a entraîné une pétition réclamant sa \"réintégration sans "
        "délai\".",
        "start",
        id="a-reinstatement-demanded-is-a-demand"),
    pytest.param(
        "L'ancien footballeur remplace ainsi Paul Verdier à la présentation du show.",
        "start",
        id="the-name-after-replace-is-the-one-replaced-whatever-the-parse"),
    pytest.param(
        "Après trente ans de mandats, Paul Verdier passe la main à Quimper",
        "start",
        id="a-handover-in-a-town-is-to-nobody"),
    pytest.param(
        "Le départ de mardi s'explique par la nomination de Claire Aubry à la tête de Vexal.",
        "end",
        id="a-change-named-by-its-day-is-not-a-name-further-on"),
    pytest.param(
        "Ces trois chroniqueurs démissionnent pour protester contre l'arrivée de Paul Verdier.",
        "end",
        id="an-unnamed-group-resigning-is-not-the-name-it-protests"),
])
def test_no_change_of_that_kind(shared_extractor: Extractor, text: str, kind: str) -> None:
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == kind]


@pytest.mark.parametrize("text", [
    pytest.param(
        "Le maire Louis Ferrand remplace le drapeau de la mairie par une bannière.",
        id="replacing-a-thing-is-no-change"),
    pytest.param(
        "Un tel bilan aurait entraîné la démission du ministre de l'Intérieur, a lancé la "
        "députée Anne Corlay.",
        id="an-unnamed-title-holder-is-nobody"),
    pytest.param(
        "Le directeur Paul Morin a décidé de faire partir le convoi de la caserne Vauban.",
        id="whoever-makes-someone-leave-does-not-leave"),
    pytest.param(
        "Si Paul Laval était élu président du Sénat, il réformerait le règlement.",
        id="a-change-under-a-condition-is-no-event"),
    pytest.param(
        "Sous la pression de la rue, le gouvernement a démissionné lundi, a déclaré le "
        "président Karim Aboud.",
        id="a-common-noun-subject-names-nobody"),
    pytest.param(
        "Les pompiers ont été dépêchés sur les lieux, rejoints plus tard par le maire de "
        "Vernac, Paul Ribot.",
        id="whoever-is-joined-by-someone-joins-nothing"),
    pytest.param(
        "Le maire Paul Ribot prendra la tête de la liste centriste aux élections régionales.",
        id="heading-an-electoral-list-is-a-candidacy"),
    pytest.param(
        "Selon la presse, Paul Ribot a dit du nouveau président : « Il ira loin ».",
        id="a-new-title-is-not-whoever-speaks-of-it"),
    pytest.param(
        "Anne Corlay comparée à un singe : une élue poussée à la démission",
        id="someone-introduced-indefinitely-is-unnamed"),
    pytest.param(
        "La ministre Jeanne Arnal a exigé lundi 3 février la démission du président de la "
        "Fédération de voile, Didier Gallet.",
        id="a-call-for-a-resignation-is-no-resignation"),
    pytest.param(
        "Marc Tissier a reçu ses amis. Leur départ l'a attristé.",
        id="a-plural-possessive-with-no-group-named-is-nobody"),
    pytest.param(
        "Quitte à déplaire, Marc Tissier a maintenu sa candidature.",
        id="quitte-a-before-an-infinitive-is-an-idiom"),
    pytest.param(
        "Dans un entretien au Courrier, Paul Hervé reconnaît son erreur mais exclut de "
        "démissionner.",
        id="no-change-of-post-1"),
    pytest.param(
        "Le président pourrait surprendre en faisant entrer au gouvernement des figures de la "
        "société civile comme Anne Morel.",
        id="no-change-of-post-2"),
    pytest.param(
        "Paul Hervé a appris la nouvelle alors qu'il partait pour le Danemark.",
        id="no-change-of-post-3"),
    pytest.param(
        "Radio Horizon lance lundi un nouveau jeu animé par Paul Hervé, en remplacement du succès "
        "« Quiz Express ».",
        id="no-change-of-post-4"),
    pytest.param(
        "Pot de départ chez Paul Hervé : ses conseillers s'en vont.",
        id="no-change-of-post-5"),
    pytest.param(
        "La décence impose sa démission, a écrit le député Paul Hervé au sujet de son collègue "
        "Marc Vidal.",
        id="no-change-of-post-6"),
    pytest.param(
        "Julie Morel a quitté son mari en 2019.",
        id="leaving-someone-or-a-beauty-title-is-no-change-of-post-1"),
    pytest.param(
        "Julie Morel a quitté Paul Arnaud en 2019.",
        id="leaving-someone-or-a-beauty-title-is-no-change-of-post-2"),
    pytest.param(
        "Élue Miss Provence en 2015, Julie Morel est aujourd'hui avocate.",
        id="leaving-someone-or-a-beauty-title-is-no-change-of-post-3"),
    pytest.param(
        "Paul Arnaud a été désigné candidat du parti à la mairie de Brest.",
        id="a-candidacy-a-product-or-a-report-is-no-change-of-post-1"),
    pytest.param(
        "Le constructeur Lister Motor Company a confirmé l'arrivée de la version de production.",
        id="a-candidacy-a-product-or-a-report-is-no-change-of-post-2"),
    pytest.param(
        "En février, Julie Morel avait signalé à la police de Liège la disparition de son voisin.",
        id="a-candidacy-a-product-or-a-report-is-no-change-of-post-3"),
    pytest.param(
        "Dix-sept collaborateurs de Paul Arnaud ont décidé de quitter le cabinet ces "
        "dernières semaines.",
        id="an-unnamed-group-of-someone-s-staff-is-not-that-person"),
    pytest.param(
        "Le président a le droit de licencier n'importe quel fonctionnaire, a plaidé Paul Hervé.",
        id="a-power-to-dismiss-or-an-unnamed-one-dismissed-is-no-event-1"),
    pytest.param(
        "Le limogeage d'un inspecteur général du ministère continue de faire des vagues, a "
        "reconnu Paul Hervé.",
        id="a-power-to-dismiss-or-an-unnamed-one-dismissed-is-no-event-2"),
    pytest.param(
        "Paul Hervé, le candidat désigné par le parti, a fait campagne.",
        id="a-candidate-designated-by-a-party-is-a-candidacy"),
    pytest.param(
        "La ferme se trouve à Lormont, une ville de la circonscription où Paul Hervé était "
        "élu jusqu'à fin 2015.",
        id="an-office-held-until-or-since-a-date-is-a-holding-1"),
    pytest.param(
        "Paul Hervé, élu depuis 2008 dans le canton, a pris la parole.",
        id="an-office-held-until-or-since-a-date-is-a-holding-2"),
    pytest.param(
        "Anne Morel est convaincue qu'elle peut être élue présidente de la région en 2027.",
        id="someone-who-could-be-elected-is-a-candidate"),
    pytest.param(
        "Anne Morel fait son grand retour à l'Olympia avec un nouveau spectacle.",
        id="a-comeback-at-a-venue-is-no-return-to-a-post"),
    pytest.param(
        "Les élus du Parti vert ont ensuite rejoint la manifestation, derrière leur "
        "présidente Léa Vasseur.",
        id="joining-a-demonstration-or-an-award-nomination-is-no-post-1"),
    pytest.param(
        "Léa Vasseur est nommée meilleure comédienne pour son rôle dans la pièce.",
        id="joining-a-demonstration-or-an-award-nomination-is-no-post-2"),
    pytest.param(
        "Pour Léa Vasseur, il s'agit de sa troisième nomination aux Molières.",
        id="joining-a-demonstration-or-an-award-nomination-is-no-post-3"),
    pytest.param(
        "La star Dorothy Vale est l'une des premières figures du cinéma à nous quitter.",
        id="leaving-us-or-naming-someone-unnamed-is-no-change-1"),
    pytest.param(
        "Ils ont ordonné aux putschistes de nommer immédiatement un président.",
        id="leaving-us-or-naming-someone-unnamed-is-no-change-2"),
    pytest.param(
        "C'est incroyable de nommer quelqu'un qui vit si loin de la réalité, s'insurge "
        "Daria Klein.",
        id="leaving-us-or-naming-someone-unnamed-is-no-change-3"),
    pytest.param(
        "Comme plusieurs autres ministres, le chancelier de l'Échiquier a indiqué qu'il "
        "mettrait un point d'honneur à démissionner, a expliqué Boris Jonson.",
        id="a-pronoun-said-by-an-unnamed-title-names-nobody"),
    pytest.param(
        "Ce dernier a assuré que l'âge légal de départ reste fixé à 62 ans, selon Paul Durand.",
        id="thinking-of-resigning-or-a-legal-age-is-no-change-1"),
    pytest.param(
        "Le haut-commissaire Paul Durand est allé jusqu'à mettre sa démission dans la balance.",
        id="thinking-of-resigning-or-a-legal-age-is-no-change-2"),
    pytest.param(
        "Retraites : Paul Durand a \"pensé\" à démissionner.",
        id="thinking-of-resigning-or-a-legal-age-is-no-change-3"),
    pytest.param(
        "Paul Durand aurait hésité à démissionner.",
        id="thinking-of-resigning-or-a-legal-age-is-no-change-4"),
    pytest.param(
        "Se quitter : une décision pas facile pour Léa Vasseur.",
        id="thinking-of-resigning-or-a-legal-age-is-no-change-5"),
    pytest.param(
        "Il avait été candidat en septembre pour succéder à Richard Fernand à la tête du groupe.",
        id="candidacies-calls-requests-and-race-starts-are-no-change-1"),
    pytest.param(
        "Plusieurs élus demandent à ce que Richard Fernand démissionne de la présidence.",
        id="candidacies-calls-requests-and-race-starts-are-no-change-2"),
    pytest.param(
        "Le pape a répondu à la nouvelle demande de démission du cardinal Barbaran.",
        id="candidacies-calls-requests-and-race-starts-are-no-change-3"),
    pytest.param(
        "Le prochain départ du Tour de France est prévu pour le 7 juillet, selon Chris Frame.",
        id="candidacies-calls-requests-and-race-starts-are-no-change-4"),
    pytest.param(
        "Paul Durand aurait pris des décisions passibles de destitution, selon son ancien "
        "conseiller.",
        id="candidacies-calls-requests-and-race-starts-are-no-change-5"),
    pytest.param(
        "Nîmes : la sonnerie d'un collège remplacée par une chanson de Johnny Halliday",
        id="a-thing-replaced-by-a-thing-names-nobody-1"),
    pytest.param(
        "Des députés ont quitté la salle, a dénoncé le député Eric Coquerin.",
        id="a-thing-replaced-by-a-thing-names-nobody-2"),
    pytest.param(
        "Le président Paul Durand a annulé à la dernière minute son départ pour le New Jersey.",
        id="a-trip-or-a-resignation-in-the-balance-is-no-change-1"),
    pytest.param(
        "Le prince est revenu sur son départ au Canada, a expliqué Marc Leroy.",
        id="a-trip-or-a-resignation-in-the-balance-is-no-change-2"),
    pytest.param(
        "Olivier Favre estime que la démission de Gérard Colin est dans la balance.",
        id="a-trip-or-a-resignation-in-the-balance-is-no-change-3"),
    pytest.param(
        "L'actrice Julie Douin a pris la tête du cortège organisé en Seine-et-Marne.",
        id="heading-a-march-is-no-post"),
    pytest.param(
        "Valérie Pécrel veut que la radicalisation puisse être motif de licenciement.",
        id="degrees-grounds-shows-and-candidacies-are-no-change-1"),
    pytest.param(
        "Né le 11 juin 1920, licencié ès-lettres, Albin Chalendon entre dans la Résistance.",
        id="degrees-grounds-shows-and-candidacies-are-no-change-2"),
    pytest.param(
        "Lors de son départ du défilé Balmain, Kim Kardachian a été agressée.",
        id="degrees-grounds-shows-and-candidacies-are-no-change-3"),
    pytest.param(
        "Christophe Castel et la députée Aurore Berger ont annoncé leur candidature pour le "
        "remplacer.",
        id="degrees-grounds-shows-and-candidacies-are-no-change-4"),
    pytest.param(
        "Nicolas Hulet sommé de quitter le gouvernement",
        id="orders-game-wins-walkouts-and-group-retirements-are-no-change-1"),
    pytest.param(
        "Après 40 jours d'aventure, Frédéric Lemoine a été désigné par ses pairs comme le grand "
        "gagnant du jeu.",
        id="orders-game-wins-walkouts-and-group-retirements-are-no-change-2"),
    pytest.param(
        "La journaliste a vu Bernard Tapy quitter en direct le plateau de son interview.",
        id="orders-game-wins-walkouts-and-group-retirements-are-no-change-3"),
    pytest.param(
        "Le Premier ministre Edouard Philippon s'est abstenu sur une question concernant le départ "
        "à la retraite des cheminots.",
        id="orders-game-wins-walkouts-and-group-retirements-are-no-change-4"),
    pytest.param(
        "Dans sa version, Xavier Morin, élu d'extrême droite à Orange, a changé toutes les cases.",
        id="an-elected-official-a-race-a-sound-claim-and-a-prisoner-s-transfer-are-no-change-1"),
    pytest.param(
        "Le départ de la dernière étape du rallye de Paul Morin sera donné vendredi.",
        id="an-elected-official-a-race-a-sound-claim-and-a-prisoner-s-transfer-are-no-change-2"),
    pytest.param(
        "Les pressions ne portent pas sur le bien-fondé des poursuites contre Paul Morin.",
        id="an-elected-official-a-race-a-sound-claim-and-a-prisoner-s-transfer-are-no-change-3"),
    pytest.param(
        "Paul Morin a été extrait de sa cellule pour être transféré au palais de justice de Lyon.",
        id="an-elected-official-a-race-a-sound-claim-and-a-prisoner-s-transfer-are-no-change-4"),
    pytest.param(
        "Paul Verdier va quitter son HLM du 5e arrondissement.",
        id="french-figurative-moves-are-no-posts-1"),
    pytest.param(
        "Le juge Paul Verdier a de nouveau rallié le camp progressiste jeudi.",
        id="french-figurative-moves-are-no-posts-2"),
    pytest.param(
        "Paul Verdier va rejoindre les onze candidats déjà en lice pour la primaire.",
        id="french-figurative-moves-are-no-posts-3"),
    pytest.param(
        "Désigné par tirage au sort, Paul Verdier a ouvert le débat.",
        id="french-draws-rankings-trials-and-wishes-are-no-changes-1"),
    pytest.param(
        "Paul Verdier a été désigné comme étant l'acteur le mieux payé du pays.",
        id="french-draws-rankings-trials-and-wishes-are-no-changes-2"),
    pytest.param(
        "Procès en destitution : Paul Verdier fête son acquittement.",
        id="french-draws-rankings-trials-and-wishes-are-no-changes-3"),
    pytest.param(
        "Paul Verdier prend la tête d'une liste de comédiens bien payés.",
        id="french-draws-rankings-trials-and-wishes-are-no-changes-4"),
    pytest.param(
        "Paul Verdier aimerait que Marc Dubois soit nommé directeur de Vernier.",
        id="french-draws-rankings-trials-and-wishes-are-no-changes-5"),
    pytest.param(
        "Paul Verdier pousse Claire Fabre à prendre la tête de liste de la majorité.",
        id="french-lists-rankings-awards-and-breaks-are-no-posts-1"),
    pytest.param(
        "La présidente du parti, Claire Fabre, rejoint le trio de tête avec 26% d'avis "
        "positifs.",
        id="french-lists-rankings-awards-and-breaks-are-no-posts-2"),
    pytest.param(
        "Molières : Claire Fabre nommée, cérémonie le 23 juin.",
        id="french-lists-rankings-awards-and-breaks-are-no-posts-3"),
    pytest.param(
        "Claire Fabre quitte la série Lumio... pendant plusieurs mois !",
        id="french-lists-rankings-awards-and-breaks-are-no-posts-4"),
    pytest.param(
        "Le directeur de cabinet de Paul Verdier quitte ses fonctions. Paul Verdier le "
        "regrette. Paul Verdier est maire.",
        id="the-protagonist-is-not-the-possessor-nor-the-actor-1"),
    pytest.param(
        "Paul Verdier désignera sa candidate samedi, a dit Paul Verdier.",
        id="the-protagonist-is-not-the-possessor-nor-the-actor-2"),
    pytest.param(
        "Un dessin inédit de Paul Verdier, \"Départ du ballon\", s'est vendu 37.500 "
        "euros mercredi à Paris.",
        id="french-titles-of-works-and-pools-are-no-posts-1"),
    pytest.param(
        "Le crocodile Paul n'a jamais quitté son petit bassin, a dit Claire Fabre.",
        id="french-titles-of-works-and-pools-are-no-posts-2"),
    pytest.param(
        "Le député Paul Verdier affirme avoir été frappé alors qu'il quittait la "
        "manifestation samedi.",
        id="french-demos-homes-wishes-and-demands-are-no-changes-1"),
    pytest.param(
        "La démission de Verdier demandée par le Parti radical.",
        id="french-demos-homes-wishes-and-demands-are-no-changes-2"),
    pytest.param(
        "J'ai cinq enfants qui ont envie de partir, se justifie Paul Verdier, le "
        "président du groupe.",
        id="french-demos-homes-wishes-and-demands-are-no-changes-3"),
    pytest.param(
        "Dans quelques mois, Paul Verdier va quitter cette demeure qu'il occupe depuis "
        "huit ans.",
        id="french-demos-homes-wishes-and-demands-are-no-changes-4"),
    pytest.param(
        "Il avait à l'époque tout quitté pour reprendre ce restaurant, a dit Paul "
        "Verdier.",
        id="french-leaving-everything-a-spouse-and-a-company-resigning-are-no-changes-1"),
    pytest.param(
        "Marie-Line quitte François et part avec leur fils, a dit Paul Verdier.",
        id="french-leaving-everything-a-spouse-and-a-company-resigning-are-no-changes-2"),
    pytest.param(
        "Microsoft a annoncé lundi la fermeture de Mixer. Microsoft jette l'éponge, a dit "
        "Paul Verdier.",
        id="french-leaving-everything-a-spouse-and-a-company-resigning-are-no-changes-3"),
    pytest.param(
        "Il a failli pousser l'ancien président Paul Verdier à quitter sa femme.",
        id="french-leaving-everything-a-spouse-and-a-company-resigning-are-no-changes-4"),
    pytest.param(
        "L'élu devra rallier une majorité d'au moins 376 voix, a dit Paul Verdier.",
        id="french-leaving-everything-a-spouse-and-a-company-resigning-are-no-changes-5"),
    # a révocation or destitution only risked, a ground for one, one a ruling would bring
    pytest.param(
        "Alors qu'il risque la révocation, le pompier Paul Verdier a pris la parole dans Le "
        "Parisien.",
        id="risks-trips-honours-and-wishes-are-no-changes-1"),
    pytest.param(
        "Le pompier Paul Verdier risque sa révocation après ses propos.",
        id="risks-trips-honours-and-wishes-are-no-changes-2"),
    pytest.param(
        "Pour ses propos sur Claire Dubois, le pompier Paul Verdier risque le blâme et même la "
        "révocation.",
        id="risks-trips-honours-and-wishes-are-no-changes-3"),
    pytest.param(
        "Le président de la région, Paul Verdier, est visé par un recours contre sa condamnation "
        "qui, si elle était confirmée, entraînerait sa destitution.",
        id="risks-trips-honours-and-wishes-are-no-changes-4"),
    pytest.param(
        "Ces faits figuraient parmi les motifs de destitution retenus contre le président Paul "
        "Verdier en 1974.",
        id="risks-trips-honours-and-wishes-are-no-changes-5"),
    # trips, travels and deaths are no departures from a post
    pytest.param(
        "Paul Verdier, directeur de Valdeco, ne quitte pas le territoire français depuis sa mise "
        "en examen.",
        id="risks-trips-honours-and-wishes-are-no-changes-6"),
    pytest.param(
        "Le comédien Paul Verdier nous a quittés le 8 octobre, à l'âge de 88 ans.",
        id="risks-trips-honours-and-wishes-are-no-changes-7"),
    pytest.param(
        "Le conseil sera suivi du départ de Paul Verdier, président de Valdeco, pour une visite "
        "en Arménie.",
        id="risks-trips-honours-and-wishes-are-no-changes-8"),
    pytest.param(
        "Claire Dubois, présidente de Valdeco, est partie en visite privée à New York.",
        id="risks-trips-honours-and-wishes-are-no-changes-9"),
    pytest.param(
        "Le passager Paul Verdier a été débarqué de l'avion de la compagnie Valair en raison d'un "
        "surbooking.",
        id="risks-trips-honours-and-wishes-are-no-changes-10"),
    pytest.param(
        "Paul Verdier a rejoint samedi les Hautes-Pyrénées pour suivre l'étape du Tour de France.",
        id="risks-trips-honours-and-wishes-are-no-changes-11"),
    pytest.param(
        "Claire Dubois et son mari ont vendu leurs meubles afin de rallier l'Europe.",
        id="risks-trips-honours-and-wishes-are-no-changes-12"),
    # honours are no posts
    pytest.param(
        "La comédienne Claire Dubois a refusé d'être nommée à l'ordre des Arts et des Lettres.",
        id="risks-trips-honours-and-wishes-are-no-changes-13"),
    pytest.param(
        "La nomination de Paul Verdier au rang d'officier de la Légion d'honneur fait débat.",
        id="risks-trips-honours-and-wishes-are-no-changes-14"),
    # never elected, a hypothesis, a wish
    pytest.param(
        "À 36 ans, Paul Verdier n'a jamais été élu, mais il connaît bien les rouages du pouvoir.",
        id="risks-trips-honours-and-wishes-are-no-changes-15"),
    pytest.param(
        "Paul Verdier a déjà un plan au cas où Claire Dubois était élue présidente de la "
        "République en mai.",
        id="risks-trips-honours-and-wishes-are-no-changes-16"),
    pytest.param(
        "Claire Dubois a indiqué à l'AFP qu'elle ne souhaitait pas entrer au gouvernement.",
        id="risks-trips-honours-and-wishes-are-no-changes-17"),
    pytest.param(
        "Claire Dubois a indiqué à l'AFP qu'elle \"ne souhaitait pas\" entrer au gouvernement.",
        id="risks-trips-honours-and-wishes-are-no-changes-18"),
    pytest.param(
        "Paul Verdier a un plan au cas où la candidate écologiste Claire Dubois était élue "
        "présidente de la République en mai.",
        id="risks-trips-honours-and-wishes-are-no-changes-19"),
    pytest.param(
        "Paul Verdier a laissé entendre qu'il ne serait pas contre rejoindre les rangs du Parti "
        "radical.",
        id="risks-trips-honours-and-wishes-are-no-changes-20"),
    # a club just promoted is no one promoted; a departure asked for is no departure
    pytest.param(
        "Le club de Valdeco recevra le promu Amiens samedi, a déclaré son président Paul Verdier.",
        id="a-promoted-club-and-a-departure-asked-for-are-no-changes-1"),
    pytest.param(
        "Claire Dubois demande tout naturellement le départ de Paul Verdier, président de Valdeco.",
        id="a-promoted-club-and-a-departure-asked-for-are-no-changes-2"),
    # pressure or a call for a resignation states none, whoever is named
    pytest.param(
        "La pression monte sur Paul Verdier pour qu'il démissionne.",
        id="a-resignation-wanted-by-others-is-no-change-1"),
    pytest.param(
        "La pression monte sur le président Paul Verdier pour qu'il quitte le pouvoir.",
        id="a-resignation-wanted-by-others-is-no-change-2"),
    pytest.param(
        "Des milliers de personnes appelant M. Verdier à démissionner se sont rassemblées.",
        id="a-resignation-wanted-by-others-is-no-change-3"),
    pytest.param(
        "Claire Dubois renonce à devenir présidente de Valmont.",
        id="a-post-given-up-before-taking-it-is-no-change-1"),
    pytest.param(
        "Claire Dubois a renoncé à prendre la tête de Valmont.",
        id="a-post-given-up-before-taking-it-is-no-change-2"),
    pytest.param(
        "Claire Dubois rejoint la liste Ensemble pour Lyon aux municipales.",
        id="an-electoral-list-joined-is-a-candidacy"),
    pytest.param(
        "Celui-ci avait été licencié en juin pour faute lourde.",
        id="a-demonstrative-pronoun-is-nobody"),
    pytest.param(
        "Claire Dubois lui a dit de quitter leur petit appartement de Lyon.",
        id="a-home-left-is-no-post-even-with-an-adjective"),
    pytest.param(
        "La veille de la nomination du gouvernement Ravel II, le ministre de l'Agriculture "
        "patientait dans l'antichambre.",
        id="a-name-that-labels-a-government-is-nobody"),
    pytest.param(
        "Claire Morel souhaite qu'une absence répétée soit une faute susceptible de déclencher "
        "un licenciement.",
        id="a-change-noun-with-an-indefinite-article-is-anyone-s"),
    pytest.param(
        "Le ministre Paul Arnaud a évoqué une démission collective des médecins.",
        id="an-indefinite-change-of-unnamed-people-is-nobody-s"),
    pytest.param(
        "Le porte-parole Paul Arnaud s'est exprimé sur les indemnités que pourraient toucher "
        "les démissionnaires, comme le souhaite Claire Morel.",
        id="a-plural-change-noun-is-anyone-s"),
    pytest.param(
        "Jean Morel a déclaré vendredi vouloir succéder à Paul Arnaud.",
        id="a-wish-to-succeed-is-no-succession"),
    pytest.param(
        "Le contrôleur Paul Arnaud a refusé de quitter son poste tant que l'avion n'avait pas "
        "décollé.",
        id="refusing-to-leave-is-no-departure"),
    pytest.param(
        "Installée à la tête de Vandor depuis 2012, Claire Morel a reçu les syndicats mardi.",
        id="put-at-the-head-since-a-year-is-a-post-held"),
    pytest.param(
        "La nomination d'un hagiographe de Paul Verdier à la tête de Radio Vexa a été critiquée.",
        id="an-unnamed-nominee-described-by-someone-named-is-not-them"),
    pytest.param(
        "Le président Paul Verdier a engagé au pas de course le processus pour la remplacer.",
        id="starting-the-process-to-replace-someone-names-no-newcomer"),
    pytest.param(
        "Claire Morel a annoncé disposer de suffisamment de délégués pour sa nomination comme "
        "candidate des démocrates.",
        id="a-nomination-as-a-candidate-is-a-candidacy"),
    pytest.param(
        "Claire Morel s'est assurée de sa nomination par son parti pour la présidentielle.",
        id="a-nomination-by-one-s-party-is-a-candidacy"),
    pytest.param(
        "Sur les images, Lina Marchal, élue miss Bretagne en septembre 2015, est vue au bal.",
        id="a-beauty-title-in-lowercase-is-no-post"),
    pytest.param(
        "Claire Morel a demandé \"sans délai la démission du ministre de l'Intérieur Paul "
        "Verdier\".",
        id="a-resignation-demanded-in-quotes-is-a-demand"),
    pytest.param(
        "Limogé par Paul Verdier, l'ex-directeur de l'agence avertira jeudi le Congrès.",
        id="who-fires-is-not-the-one-fired-before-a-former-title"),
    pytest.param(
        "Le président Jean Dupont a limogé jeudi son Premier ministre au moment où le pays "
        "traverse une crise.",
        id="the-subject-of-an-active-dismissal-is-not-the-one-dismissed"),
    pytest.param(
        "Le ministre a remis sa démission à Paul Verdier.",
        id="the-one-a-resignation-is-handed-to-does-not-resign"),
    pytest.param(
        "Manifestation à Lyon : le ministre Paul Verdier accuse le préfet de police limogé",
        id="a-participle-describes-its-unnamed-noun-not-the-subject"),
    pytest.param(
        'Acte XVIII des "gilets jaunes" : Paul Verdier charge le préfet de police limogé',
        id="a-participle-describes-the-object-before-it-whatever-its-head"),
    pytest.param(
        "Après un discours de Paul Verdier devant le bureau, une cadre du parti Renouveau a "
        "annoncé son départ lundi.",
        id="the-possessive-of-an-unnamed-announcer-is-theirs"),
    pytest.param(
        "Paul Verdier remplace Quizz Mania en mars par un nouveau jeu.",
        id="a-thing-replaced-by-a-thing-is-no-change"),
    pytest.param(
        "Des manifestants ont protesté devant le discours de Paul Verdier, qui acceptait la "
        "nomination du parti républicain pour l'élection présidentielle.",
        id="a-party-nomination-for-an-election-is-a-candidacy"),
    pytest.param(
        "Depuis son éviction du second tour de la primaire des Verts, Claire Morel a du mal.",
        id="an-elimination-from-a-round-is-no-dismissal"),
    pytest.param(
        "Paul Verdier \"évincé\" d'un concours de pétanque", id="an-elimination-from-a-contest"),
    pytest.param(
        "Claire Morel a été désignée par les militants pour être tête de liste aux municipales.",
        id="chosen-to-lead-an-electoral-list-is-a-candidacy"),
    pytest.param(
        "Le président turc Marc Dupuis avait quitté prématurément Louisville, aux Etats-Unis, "
        "avant la fin des cérémonies.",
        id="leaving-a-place-past-an-adverb-is-a-trip"),
    pytest.param(
        "Paul Verdier a signé pour une \"toute dernière fois\" un édito pour Nice-Matin.",
        id="signing-an-editorial-is-no-contract"),
    pytest.param(
        "Lui succédant devant les députés, Claire Morel, ministre de la Santé entre 2007 et "
        "2010, a ensuite assuré qu'elle se garderait de donner des leçons.",
        id="speaking-after-someone-is-no-succession"),
    pytest.param(
        "M. Verdier demande à la ministre des explications sur les magistrats qu'elle compte "
        "nommer à des postes importants.",
        id="the-object-of-a-relative-clause-is-its-antecedent"),
    pytest.param(
        "Fraîchement nommé Premier ministre, il va devoir se frotter aux syndicats.",
        id="an-adverb-opening-a-sentence-is-nobody"),
    pytest.param(
        "\"Disqualifié, discrédité, il doit partir avec sa réforme\", estimait lundi le "
        "secrétaire national du parti, Fabien Roux.",
        id="a-participle-opening-a-quotation-is-nobody-nor-is-who-quotes"),
    pytest.param(
        "L'ancien président Ivan Rusu a quitté par avion spécial Chisinau dans la nuit pour "
        "Vienne.",
        id="leaving-a-city-by-plane-is-a-trip"),
    pytest.param(
        "Ancien patron de Norvalis, Paul Girard a pris un vol pour Lyon afin de rejoindre sa "
        "famille, a indiqué Norvalis.",
        id="joining-one-s-family-is-no-change"),
    pytest.param(
        "Paul Girard, qui présentait la matinale, est rejoint par Léa Vasseur, responsable des "
        "sports du groupe Vernac.",
        id="a-person-joined-by-someone-joins-nothing"),
    pytest.param(
        "Son avocat, Paul Girard, a indiqué que son client allait contester sa révocation "
        "devant le tribunal administratif.",
        id="a-possessive-under-an-unnamed-subject-is-not-the-one-named"),
    pytest.param(
        "Accusé par la ministre, le président de la fédération Paul Girard refuse ainsi de "
        "démissionner.",
        id="a-refusal-to-resign-past-an-adverb-is-no-resignation"),
    pytest.param(
        "Paul Verdier regrette la démission de la chef de file du parti à Lyon.",
        id="a-title-of-several-words-resigns-unnamed"),
    pytest.param(
        "Paul Verdier a quitté son ancien magasin de Lyon pour s'installer à Nantes.",
        id="leaving-a-former-shop-is-no-change-of-post"),
    pytest.param(
        "Les manifestants réclament aussi une nouvelle constitution et la démission du Premier "
        "ministre, Paul Verdier.",
        id="a-resignation-demanded-beside-another-demand-is-none"),
    pytest.param(
        "Les frondeurs appellent Paul Verdier à réunir au plus vite les instances dirigeantes "
        "du mouvement pour un vote et à quitter la présidence du groupe Sorel.",
        id="a-departure-asked-for-in-a-second-infinitive-is-none"),
    pytest.param(
        "Interrogée sur le nouveau directeur par Marc Tissier dans une vidéo diffusée mardi, "
        "Julie Morel n'a pas épargné son ancien collègue.",
        id="the-agent-after-a-new-title-is-not-its-holder"),
    pytest.param(
        "Julie Morel occupait ce poste depuis 2017 sur nomination de Paul Verdier.",
        id="who-appoints-on-sur-nomination-de-is-not-appointed"),
    pytest.param(
        "Paul Verdier : « Si un membre du gouvernement est mis en examen, il devra "
        "démissionner »",
        id="the-pronoun-of-someone-supposed-is-nobody-not-the-speaker"),
    pytest.param(
        "Paul Verdier a été reçu par les syndicats. Le parti a assuré lundi qu'aucun ministre "
        "ne quitterait le gouvernement.",
        id="a-subject-with-a-negative-determiner-is-nobody"),
    pytest.param(
        "Le livre raconte les coulisses de Bercy et de son patron, Paul Verdier. Le ministre "
        "de l'Économie y est désigné uniquement par son prénom.",
        id="designated-by-a-name-is-referred-to"),
    pytest.param(
        "Le syndicat affirme que Paul Gorin a été bousculé alors qu'il partait calmement de la "
        "manifestation.",
        id="leaving-a-demonstration-is-no-departure"),
    pytest.param(
        "Invitée du Buzz TV pour Le Matin, l'animatrice revient sur son arrivée à la tête du "
        "programme.",
        id="a-programme-named-like-a-channel-is-nobody"),
    pytest.param(
        "A quelques heures du départ à bord d'Air Force One de Paul Verdier, la Maison "
        "Blanche a annoncé qu'il ne se rendrait plus dans cet Etat.",
        id="a-departure-aboard-a-plane-is-a-trip"),
    pytest.param(
        "Claire Aubry n'est pas venue à Lyon pour récupérer le poste de directrice, mais pour "
        "une remise de médailles.",
        id="a-post-one-came-to-get-is-a-purpose"),
    pytest.param(
        "La ville de Valmont a été bombardée dimanche, a annoncé le maire Paul Verdier.",
        id="a-bombed-city-is-no-promotion"),
    pytest.param(
        "L'ancienne ministre Claire Dubois vit sous protection policière depuis qu'elle a "
        "quitté la capitale.",
        id="leaving-the-capital-is-a-move"),
    pytest.param(
        "Paul Laval se dit prêt à quitter la présidence de Renault si le conseil le lui demande.",
        id="being-ready-to-leave-is-no-departure"),
    pytest.param(
        "« Je quitte le parti », écrit la conseillère dans un courrier où elle reproche à la "
        "direction d'avoir soutenu Paul Laval contre elle.",
        id="a-name-far-after-a-first-person-quotation-is-not-its-speaker"),
    pytest.param(
        "Anne Verdier sur Facebook : une conseillère municipale poussée à la démission",
        id="a-name-before-a-colon-is-no-apposition"),
    pytest.param(
        "La maire d'un petit village breton a été contrainte de démissionner mercredi pour "
        "avoir partagé un message moquant Anne Verdier.",
        id="the-holder-of-a-title-of-something-unnamed-is-someone-new"),
    pytest.param(
        "Alors que la colère montait, la maire d'un petit village breton a été contrainte de "
        "démissionner, mardi, pour avoir partagé un message qui moquait Anne Verdier.",
        id="a-subject-of-a-title-of-something-unnamed-is-no-name-further-on"),
    pytest.param(
        "Avant de devenir la première adjointe de Paul Verdier à la mairie de Nantes, elle "
        "avait été directrice financière de Numéris.",
        id="the-name-completing-a-title-taken-is-whom-it-serves"),
    pytest.param(
        "Depuis 2017, le député de l'Essonne, qui a rallié Paul Verdier avant le premier tour, "
        "s'est engagé en Espagne.",
        id="the-person-a-subject-rallies-to-is-joined-not-joining"),
    pytest.param(
        "Claire Morel est journaliste. Après quelques années, elle est partie au Maroc pour un "
        "reportage.",
        id="gone-to-a-country-is-a-trip"),
    pytest.param(
        "À Valbourg, le Premier ministre désigné a reçu jeudi le président Paul Verdier.",
        id="a-subject-described-by-a-participle-is-not-the-name-its-verb-governs"),
    pytest.param(
        "Paul Verdier a critiqué le festival. Le bureau du festival a officialisé lundi sa "
        "démission collective.",
        id="a-body-s-collective-resignation-is-no-one-s"),
    pytest.param(
        "Marc Lowe se présente aux municipales pour tenter de succéder à Claire Aubry à la mairie "
        "de Brest.",
        id="an-attempt-to-succeed-is-no-succession"),
    pytest.param(
        "Le conseil de Vexal a essayé en vain de limoger Paul Verdier l'an dernier.",
        id="an-attempt-to-dismiss-is-no-dismissal"),
    pytest.param(
        "Paul Verdier a déjeuné avec Marc Lowe, candidat favori pour la présidence du parti.",
        id="the-favourite-candidate-of-an-election-is-no-appointment"),
    pytest.param(
        "Les militants ont salué la nomination de Claire Aubry, qui remplace Marc Lowe dans la "
        "course aux municipales à Lorient.",
        id="a-replacement-in-an-election-race-is-a-candidacy"),
    pytest.param(
        "Marc Lowe a été remplacé par Claire Aubry dans la course à la mairie de Lorient.",
        id="the-one-replaced-in-an-election-race-leaves-no-post"),
])
def test_no_event(shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    pytest.param(
        "Marie Delcourt a quitté la soirée vers minuit.",
        id="leaving-a-place-or-an-outing-is-no-departure-1"),
    pytest.param(
        "Paul Lemaire est parti vivre à Lyon avec sa famille.",
        id="leaving-a-place-or-an-outing-is-no-departure-2"),
    pytest.param(
        "Elle ne travaille plus depuis son départ en arrêt maladie, selon Paul Lemaire.",
        id="leaving-a-place-or-an-outing-is-no-departure-3"),
    pytest.param(
        "Paul Lemaire a quitté le dîner de gala avant le dessert.",
        id="leaving-a-place-or-an-outing-is-no-departure-4"),
    pytest.param(
        "Jeudi, Paul Lemaire quittait la compétition de Danse avec les stars, l'émission phare "
        "de la chaîne.",
        id="leaving-a-competition-is-no-departure"),
    pytest.param(
        "Le remède promu par le professeur Marc Dalbert est contesté.",
        id="the-agent-of-a-passive-is-not-the-one-promoted"),
    pytest.param(
        "Le conseil cherche à nommer un successeur à Paul Lemaire, âgé de 70 ans.",
        id="whoever-a-successor-is-sought-for-is-not-appointed"),
])
def test_nothing_extracted(shared_extractor: Extractor, text: str) -> None:
    assert not events(shared_extractor, text, "fr")


def test_a_plural_possessive_with_no_group_is_nobody(shared_extractor: Extractor) -> None:
    assert not events(shared_extractor, "Leur départ a profondément touché Jeanne Morel.", "fr")


def test_an_article_or_a_title_opening_a_name_is_nobody() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    fr = rules_for("fr")
    for thing in ("la République", "L'huître Marcelle", "Président de Veritel"):
        assert not plausible_person(thing, fr), thing
    for name in ("Marine Le Pen", "Charles de Gaulle", "Jean de La Fontaine"):
        assert plausible_person(name, fr), name


@pytest.mark.parametrize("text", [
    "Le patron de Vandor, Hugo Lenoir, a été désigné « manager de l'année » par la revue Capital.",
    "Les modèles de Vandor, dirigé par Hugo Lenoir, ont été élus « voiture de l'année ».",
    # unquoted or after "comme", of the year or of the month: an award all the same
    "Claire Morel a été élue joueuse de l'année par la fédération.",
    "La fondation Vexal a élu Claire Morel comme \"jeune Européenne de l'année\".",
])
def test_a_quoted_award_is_no_appointment(shared_extractor: Extractor, text: str) -> None:
    assert not [m for m in events(shared_extractor, text, "fr") if m.kind == "start"]


def test_a_title_alone_is_not_a_person_name() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    assert not plausible_person("Président de la République", rules_for("fr"))


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


@pytest.mark.parametrize(("text", "fact", "present"), [
    ("Le président Marc Duval a quitté l'Élysée en mai.",
     ("Marc Duval", "end", "leave", "France"), True),
    ("L'ancien président Marc Duval a quitté samedi soir Bamako pour des soins à l'étranger.",
     ("Marc Duval", "end", "leave", "Bamako"), False),
    ("L'attaquant Marc Duval quitte Lyon pour Monaco.",
     ("Marc Duval", "end", "leave", "Lyon"), True),
    # a place in the lexicon's list is a whole word, never the start of a name or a day
    ("Marc Duval a quitté jeudi la présidence du groupe Vernier.",
     ("Marc Duval", "end", "leave", "Vernier"), True),
    ("Marc Duval a quitté Barclays pour Goldman Sachs en mai.",
     ("Marc Duval", "end", "leave", "Barclays"), True),
    # a country's name that is also a given name opens a channel's name
    ("Marc Duval a quitté France Télévisions en mai.",
     ("Marc Duval", "end", "leave", "France Télévisions"), True),
])
def test_leaving_a_place_is_no_change_but_leaving_an_office_or_a_club_is(
        shared_extractor: Extractor, text: str, fact: tuple[str, str, str, str],
        present: bool) -> None:
    assert (fact in facts(events(shared_extractor, text, "fr"))) == present


@pytest.mark.parametrize(("text", "kinds"), [
    # no post, no organization, nothing named after the motion verb: a trip
    ("Après trois semaines de soins, Paul Verdier a quitté en fauteuil roulant les couloirs "
     "de la clinique.", set()),
    ("Claire Dubois a dû partir en pleine nuit avec ses enfants.", set()),
    ("Les sinistrés n'ont pas le choix, explique Marc Lenoir : il faut partir.", set()),
    # a post, an object pronoun or a quoted title: a change, even with no organization
    ("Paul Verdier quittera toutes ses fonctions en juin.", {("Paul Verdier", "end")}),
    ("Laurence Martel arrive sur la station, tandis que Paul Verdier la quitte.",
     {("Paul Verdier", "end")}),
    ('Paul Verdier quitte "Les Matins du monde".', {("Paul Verdier", "end")}),
])
def test_a_motion_verb_naming_nothing_left_is_a_trip(
        shared_extractor: Extractor, text: str, kinds: set[tuple[str, str]]) -> None:
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "fr")} == kinds


def test_a_departure_from_no_organization_is_someone_walking_out(
        shared_extractor: Extractor) -> None:
    text = "Lambert Girard s'est dit choqué par le départ d'Anne Roux pendant la cérémonie."
    assert not [m for m in events(shared_extractor, text, "fr") if m.person == "Anne Roux"]


def test_founding_a_family_is_no_founding(shared_extractor: Extractor) -> None:
    assert events(shared_extractor, "Le détenu Paul Morin réclame une semi-liberté pour fonder "
                                    "une famille.", "fr") == []


def test_the_relative_of_someone_named_is_not_them(shared_extractor: Extractor) -> None:
    text = "La veuve de Johnny a aidé la bru de Paul Morin à être recrutée par France 2."
    assert not any("Morin" in m.person for m in events(shared_extractor, text, "fr"))


def test_a_headline_topic_before_a_colon_is_nobody(shared_extractor: Extractor) -> None:
    text = "Lyon : une adjointe au maire démissionne après une dispute."
    assert events(shared_extractor, text, "fr") == []
    text = "Bordeaux : Paul Verdier démissionne de la présidence du club."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Verdier"}


def test_french_places_and_chants_are_no_posts(shared_extractor: Extractor) -> None:
    for text in ("Paul Verdier et Marc Dubois rejoindront ensuite leur QG de campagne à Lyon.",
                 "On voit bien ce qui se passe au Sénat, a dit Paul Verdier.",
                 "Le ministère a affirmé que Paul Verdier avait quitté le consulat mardi.",
                 "Les manifestantes ont scandé \"Verdier démission\" devant le ministère."):
        assert events(shared_extractor, text, "fr") == [], text
    text = "Paul Verdier est passé au Parti radical en mars."
    assert ("Paul Verdier", "start", "join", "Parti radical") in facts(
        events(shared_extractor, text, "fr"))


def test_a_persons_initials_are_no_organization(shared_extractor: Extractor) -> None:
    text = ("Laure Kerval-Mondin s'apprête à démissionner du Conseil de Paris. LKM devrait "
            "faire parvenir sa lettre de démission ce vendredi.")
    assert {m.org for m in events(shared_extractor, text, "fr")} == {"Conseil de Paris"}


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


def test_a_feminine_description_is_not_a_male_protagonist(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier a nommé Claire Fabre rectrice. Paul Verdier a démenti. Selon le "
            "journal, l'intéressée aurait déjà prévenu ses équipes de son départ.")
    assert "Paul Verdier" not in {m.person for m in events(shared_extractor, text, "fr")}


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


def test_generic_subjects_and_unnamed_replacements_name_nobody(
        shared_extractor: Extractor) -> None:
    for text in ("Paris, tu l'aimes et tu la quittes, lance Claire Fabre dans une tribune "
                 "contre la maire Anne Dubois.",
                 "Paul Verdier rompt avec la marque Lumio qui l'avait remplacé par un acteur "
                 "chinois."):
        assert [m for m in events(shared_extractor, text, "fr") if m.kind == "start"
                or "tribune" in text] == [], text


def test_a_visit_to_an_office_s_seat_is_no_change(shared_extractor: Extractor) -> None:
    text = ("Paul Verdier est arrivé à la Maison Blanche en janvier 2017. Le 3 mars, Claire "
            "Dubois est arrivée à la Maison Blanche pour une rencontre avec lui. Elle a été reçue "
            "à l'Élysée en avril, puis s'est rendue au Kremlin.")
    assert facts(events(shared_extractor, text, "fr")) == {
        ("Paul Verdier", "start", "appoint", "États-Unis")}


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


def test_walking_off_a_set_with_an_adverb_is_no_departure(shared_extractor: Extractor) -> None:
    text = ("\"Vous pouvez continuer sans moi\", s'est agacé Paul Verdier avant de quitter "
            "subitement le plateau de Télé Vexa.")
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    # a need denied
    "\"Il n'est pas nécessaire de quitter mon poste\", a ajouté la maire de Valmont, Claire "
    "Morel.",
    "Pour Paul Verdier, il n'est pas question de démissionner de la présidence de Vexa.",
    # a counterfactual
    "Il a dû signer l'autorisation, sinon il aurait démissionné, raconte Paul Verdier.",
    # someone's forecast or opinion, no rumour
    "Jean-Luc Durand prédit que Paul Verdier quittera le gouvernement dans six mois.",
    "Pour Jean-Marie Durand, Paul Verdier devrait quitter la vice-présidence du parti.",
])
def test_a_need_denied_a_counterfactual_or_an_opinion_states_no_change(
        shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize("text", [
    "Le député Paul Verdier appelle Marc Duval à démissionner.",
    "Paul Verdier a demandé à Marc Duval de démissionner de la présidence de Vexa.",
])
def test_asking_someone_to_leave_is_nobody_s_departure(shared_extractor: Extractor,
                                                         text: str) -> None:
    assert events(shared_extractor, text, "fr") == []


def test_a_finite_clause_said_is_never_the_sayer_s_change(shared_extractor: Extractor) -> None:
    # the parser hangs "un manifestant" elsewhere and leaves "était décédé" subjectless
    text = ("Le ministre de l'Intérieur Paul Verdier a indiqué qu'un manifestant, selon une "
            "première version, était décédé après l'explosion d'un projectile.")
    assert events(shared_extractor, text, "fr") == []


def test_a_document_signed_somewhere_is_no_signing_with_a_club(
        shared_extractor: Extractor) -> None:
    text = ("Le 27 avril, avait été signé à Paris le décret abolissant l'esclavage, porté "
            "notamment par Paul Verdier.")
    assert events(shared_extractor, text, "fr") == []


@pytest.mark.parametrize(("text", "person"), [
    pytest.param(
        "Le ministre Paul Verdier a reçu le directeur limogé Jean Castel.", "Jean Castel",
        id="a-participle-describes-its-named-noun"),
    pytest.param(
        "Une figure du cinéma, Paul Verdier, a annoncé mardi sa démission.", "Paul Verdier",
        id="an-indefinite-announcer-named-in-apposition-is-that-name"),
    pytest.param(
        "Farouche adversaire du maire de Lyon, Marcel Dufresne a lancé un mouvement baptisé "
        "Lyon Libre.", "Marcel Dufresne",
        id="a-capitalised-adjective-opening-the-sentence-is-nobody"),
])
def test_only_that_person_changes_post(shared_extractor: Extractor, text: str,
                                       person: str) -> None:
    assert {m.person for m in events(shared_extractor, text, "fr")} == {person}


def test_advice_against_a_move_is_no_change(shared_extractor: Extractor) -> None:
    for text in ("Un ami de l'animateur Paul Verdier lui déconseille de rejoindre la matinale "
                 "de Radio Valdor.",
                 "Ses proches ont dissuadé Paul Verdier de quitter Valdeco."):
        assert events(shared_extractor, text, "fr") == []


def test_a_name_after_its_title_in_a_complement_is_never_a_subject() -> None:
    # the parser sometimes makes the name after "pour le ministre" the subject of the
    # sentence's verb ("L'inspecteur chargé d'examiner des contrats pour le ministre X
    # démissionne"): a parse built by hand, as it came out on a news article
    from spacy.tokens import Doc

    from turnover.extract.nlp import pipeline

    vocab = pipeline("fr").vocab
    parses = {
        "misread": (["L'", "inspecteur", "chargé", "d'", "examiner", "des", "contrats", "pour",
                     "le", "ministre", "Paul", "Verdier", "démissionne", "."],
                    [1, 1, 1, 4, 2, 6, 4, 9, 9, 6, 12, 10, 6, 1],
                    ["det", "ROOT", "acl", "case", "xcomp", "det", "obj", "case", "det", "nmod",
                     "nsubj", "flat:name", "acl", "punct"],
                    ["DET", "NOUN", "VERB", "ADP", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN",
                     "PROPN", "PROPN", "VERB", "PUNCT"], 10),
        "subject": (["Le", "ministre", "Paul", "Verdier", "démissionne", "."],
                    [1, 4, 1, 2, 4, 4], ["det", "nsubj", "appos", "flat:name", "ROOT", "punct"],
                    ["DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], 2),
    }
    found = {}
    for key, (words, heads, deps, pos, name) in parses.items():
        doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
        finder = finder_for(doc)
        found[key] = finder._title_in_a_complement(doc[name], [(name, name + 2, "Paul Verdier")])
    assert found == {"misread": True, "subject": False}


def test_a_ruler_overthrown_is_not_the_one_named_after_him(shared_extractor: Extractor) -> None:
    text = "Les militaires détiennent le président renversé et son Premier ministre Paul Ndiaye."
    assert [m.person for m in events(shared_extractor, text, "fr")] == []


def test_a_departure_from_the_country_is_a_trip() -> None:
    # (the article's main organization stands in for the one left when none is named, so a
    # flight abroad came out as a departure from the country the article is about)
    depart = next(t for t in rules_for("fr").triggers if t.regex.pattern == r"\b(?:d[ée]parts?\b)")
    assert depart.unless is not None
    assert depart.unless.search("le flou règne sur les conditions de son départ du pays")
    assert not depart.unless.search("les conditions de son départ du parti")


def test_they_after_people_left_unnamed_is_not_the_names_before(
        shared_extractor: Extractor) -> None:
    text = ("Proche de la première heure du président Paul Girard, Marc Lenoir a limogé en 2017 "
            "des adjoints, parce qu'ils refusaient d'adhérer au Mouvement radical.")
    assert [m for m in events(shared_extractor, text, "fr") if m.action == "join"] == []


def test_designated_to_represent_is_no_post(shared_extractor: Extractor) -> None:
    text = "Le gouvernement a désigné Paul Vidal pour représenter le pays aux obsèques du roi."
    assert not events(shared_extractor, text, "fr")


def test_an_unnamed_one_on_the_way_out_is_nobody(shared_extractor: Extractor) -> None:
    text = "Cinq mois après les adieux de Julien, un ancien proche sur le départ ?"
    assert not events(shared_extractor, text, "fr")


def test_leaving_a_room_is_no_change(shared_extractor: Extractor) -> None:
    text = "Furieux, le député Paul Roux a quitté une salle d'audition de l'Assemblée mardi."
    assert not events(shared_extractor, text, "fr")


def test_an_opinion_that_someone_should_leave_is_no_change(shared_extractor: Extractor) -> None:
    text = ("La syndicaliste Julie Roux juge que le directeur Paul Vidal devrait quitter la "
            "société Sorel au plus vite.")
    assert not events(shared_extractor, text, "fr")


def test_chosen_to_lead_an_electoral_list_is_no_post(shared_extractor: Extractor) -> None:
    text = "Anne Roux a été désignée pour conduire la liste écologiste aux municipales de Brest."
    assert not events(shared_extractor, text, "fr")


def test_leaving_a_region_for_a_city_is_no_change(shared_extractor: Extractor) -> None:
    text = "L'été dernier, la chanteuse Anna Roux a quitté le sud de la France pour Montréal."
    assert not events(shared_extractor, text, "fr")


@pytest.mark.parametrize("text", [
    "Elle l'a encouragé à quitter ses fonctions de ministre, raconte Julie Morel à propos de Paul "
    "Roux.",
    "Anne Roux a encouragé Paul Vidal à quitter la présidence du club.",
])
def test_encouraged_to_leave_has_not_left(shared_extractor: Extractor, text: str) -> None:
    assert not events(shared_extractor, text, "fr")


def test_a_plural_participle_with_its_article_is_an_unnamed_group(
        shared_extractor: Extractor) -> None:
    text = "Les évincés du mandat Vidal songent-ils à un nouveau parti ?"
    assert not events(shared_extractor, text, "fr")
    text = "Les limogés Paul Roux et Anne Morel ont protesté."
    assert {m.person for m in events(shared_extractor, text, "fr")} == {"Paul Roux", "Anne Morel"}


def test_a_departure_from_a_port_is_no_change(shared_extractor: Extractor) -> None:
    text = ("Le cargo appartient à l'armateur Paul Roux. Son départ du port de Brest a été "
            "retardé par la tempête.")
    assert not events(shared_extractor, text, "fr")


def test_tipped_to_be_removed_is_no_appointment(shared_extractor: Extractor) -> None:
    text = "Pressenti pour être écarté de la direction à la rentrée, Paul Roux garde le silence."
    assert all(m.kind != "start" for m in events(shared_extractor, text, "fr"))
    # (but tipped to replace someone is)
    text = "Anne Roux serait pressentie pour remplacer Paul Vidal à la tête de la rédaction."
    assert ("Anne Roux", "start") in {(m.person, m.kind) for m in events(
        shared_extractor, text, "fr")}


def test_a_departure_demanded_past_a_date_has_not_happened(shared_extractor: Extractor) -> None:
    text = ("Le syndicat a exigé lundi 3 juin, le départ « immédiat » du président brésilien Paul "
            "Vidal.")
    assert not events(shared_extractor, text, "fr")


def test_must_resign_is_a_demand_not_a_plan(shared_extractor: Extractor) -> None:
    text = "« Pour nous, la directrice Anne Morel doit démissionner », a lancé un salarié."
    assert not events(shared_extractor, text, "fr")
    dated = "Anne Morel doit démissionner vendredi de la présidence du club."
    assert [m.status for m in events(shared_extractor, dated, "fr")] == ["planned"]


def test_a_change_in_the_main_clause_of_a_condition_has_not_happened(
        shared_extractor: Extractor) -> None:
    for text in ("Si l'enquête la met en cause, la ministre Anne Morel devra démissionner.",
                 "Selon le maire, si Paul Roux perdait son procès, il serait renvoyé de la "
                 "présidence de Vexal."):
        assert not events(shared_extractor, text, "fr"), text
    # (a source is no condition)
    text = "Si l'on en croit la presse locale, Anne Morel démissionnera lundi."
    assert [m.person for m in events(shared_extractor, text, "fr")] == ["Anne Morel"]


def test_an_opinion_or_a_purpose_past_a_long_subject_is_no_change(
        shared_extractor: Extractor) -> None:
    for text in ('Pour le syndicat, qui juge que le directeur de la police, Paul Roux, doit '
                 '"s\'en aller", la coupe est pleine.',
                 "Paul Roux se bat pour que la présidente de la fédération, Anne Morel, "
                 "démissionne avant l'été."):
        assert not events(shared_extractor, text, "fr"), text


def test_the_great_replacement_theory_is_no_replacement(shared_extractor: Extractor) -> None:
    text = "Anne Morel a rompu avec Paul Roux quand il a repris la thèse du grand remplacement."
    assert not events(shared_extractor, text, "fr")


def test_what_it_takes_and_a_quoted_counterfactual_are_no_change(
        shared_extractor: Extractor) -> None:
    for text in ("Pour Paul Roux, il ne suffit pas de quitter le PS : encore faut-il convaincre.",
                 'Si Anne Morel l\'avait demandé, Paul Roux aurait "pris la direction" de Vexal, '
                 "dit-il."):
        assert not events(shared_extractor, text, "fr"), text


def test_the_party_of_someone_leaving_its_premises_is_not_that_person(
        shared_extractor: Extractor) -> None:
    # (the parser splits "Marie Le Roux", hanging "Roux" on "mouvement" like an apposition)
    text = "Le mouvement de Marie Le Roux va quitter son siège de Vexal."
    assert not events(shared_extractor, text, "fr")


def test_asking_someone_to_dismiss_is_no_dismissal(shared_extractor: Extractor) -> None:
    for text in ("Le syndicat a demandé au conseil de limoger le directeur Luc Vidal.",
                 "En mars 2019, le syndicat avait écrit au préfet pour demander la révocation du "
                 "maire Luc Vidal."):
        assert not events(shared_extractor, text, "fr"), text


def test_left_out_of_a_wedding_is_no_dismissal(shared_extractor: Extractor) -> None:
    text = "La compagne de l'acteur, Anne Morel, aurait été évincée du mariage de sa cousine."
    assert not events(shared_extractor, text, "fr")


def test_who_names_someone_in_a_relative_clause_is_not_named(shared_extractor: Extractor
                                                             ) -> None:
    # a tense's auxiliary, not a passive, whatever voice the tagger gives the participle
    text = "Claire Dumas dit avoir été menacée par un élu qu'elle n'a pas nommé."
    assert not events(shared_extractor, text, "fr")
    # the relative clause hung on another verb: its object is still the noun before it
    text = ("L'ex-animatrice Claire Dumas a expliqué jeudi sur Instagram avoir reçu des "
            "\"insultes\" par téléphone d'une \"bande rivale\" qu'elle n'a pas nommée.")
    assert not events(shared_extractor, text, "fr")


def test_a_complement_after_passing_the_baton_is_no_newcomer(shared_extractor: Extractor
                                                             ) -> None:
    text = "Au bout de 25 ans, Paul Roux veut passer le relais à la tête de cette Fédération."
    assert all(m.kind == "end" for m in events(shared_extractor, text, "fr"))


def test_the_revocation_of_a_thing_dismisses_nobody(shared_extractor: Extractor) -> None:
    text = ("Selon l'avocat Paul Roux, la révocation de la licence du bar serait une sanction "
            "lourde.")
    assert not events(shared_extractor, text, "fr")


def test_a_starting_grid_is_no_departure(shared_extractor: Extractor) -> None:
    text = ("Paul Roux présente le jeu Valmont. Les membres du club Valmont tenteront de décrocher "
            "leur place sur la grille de départ avec un bolide de leur invention.")
    assert not events(shared_extractor, text, "fr")
