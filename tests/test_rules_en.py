"""English rules: who changes post, where, what kind of change, and what is no change."""

from __future__ import annotations

import pytest
from rules_helpers import Fact, events, facts

from turnover.extract import Extractor


@pytest.mark.parametrize(("text", "fact"), [
    pytest.param(
        "Last week the Dallas Comets canned Greg Hanley and quickly hired Tom Wexler.",
        ("Tom Wexler", "start", "join", "Dallas Comets"),
        id="a-second-verb-without-subject-shares-the-first-one-s-actor"),
    pytest.param(
        "The Riverton Owls made a bold move this summer, firing head coach Greg Hanley.",
        ("Greg Hanley", "end", "dismiss", "Riverton Owls"),
        id="a-participle-clause-takes-the-actor-of-the-main-clause"),
    pytest.param(
        "The Owls made a bold move this summer, firing head coach Greg Hanley and replacing "
        "him with Tom Wexler.",
        ("Tom Wexler", "start", "appoint", "Owls"),
        id="who-replaces-one-person-with-another-is-the-organization"),
    pytest.param(
        "Much of it came out only after Koval fled Romania in 2014, ousted by a popular "
        "uprising, and the papers surfaced.",
        ("Koval", "end", "dismiss", "Romania"),
        id="a-ruler-ousted-by-an-uprising-loses-the-country-the-sentence-names"),
    pytest.param(
        "Much of it came out only after Zarnov fled Romania in 2014, ousted by a popular "
        "uprising, and the papers surfaced.",
        ("Zarnov", "end", "dismiss", "Romania"),
        id="a-surname-tagged-as-a-place-is-the-one-a-participle-says-was-ousted"),
    pytest.param(
        "Tom Reyes left for Detroit following the 2002-03 season, and his assistant was "
        "promoted.",
        ("Tom Reyes", "start", "join", "Detroit"),
        id="left-for-a-team-after-a-season-joins-it"),
    pytest.param(
        "The Dallas Comets named Tom Wexler head coach on Monday.",
        ("Tom Wexler", "start", "appoint", "Dallas Comets"),
        id="a-team-naming-someone-is-no-team-that-was-named"),
    pytest.param(
        "Governor Dana Pruitt of Veltravia, who was forced from office in 2015, spoke on "
        "Monday.",
        ("Dana Pruitt", "end", "dismiss", "Veltravia"),
        id="forced-from-office-ends-a-post"),
    pytest.param(
        "Grelford Bank has hired former Treasury official Tom Reyes as its new head of "
        "compliance.",
        ("Tom Reyes", "start", "join", "Grelford Bank"),
        id="an-organization-after-former-is-a-past-one-never-the-post-taken"),
    pytest.param(
        "Tom Reyes is reportedly in talks to become the next chief executive of Grelford Bank.",
        ("Tom Reyes", "start", "appoint", "Grelford Bank"),
        id="in-talks-to-become-is-the-subject-s-change"),
    pytest.param(
        "Castell Motors brought back Sam Keller as chief executive in 2022.",
        ("Sam Keller", "start", "return", "Castell Motors"),
        id="brought-back-before-the-name-is-a-return"),
    pytest.param(
        "Halvorsen Motors reinstated Tom Reyes as chief executive.",
        ("Tom Reyes", "start", "return", "Halvorsen Motors"),
        id="who-is-reinstated-is-the-object-never-who-reinstates"),
    pytest.param(
        "The company appointed Jane Fraser as interim chief financial officer.",
        ("Jane Fraser", "start", "appoint", None),
        id="a-name-after-an-organization-noun-and-a-verb-is-a-person"),
    pytest.param(
        "The bank fired Tom Reyes on Monday.",
        ("Tom Reyes", "end", "dismiss", None),
        id="a-name-after-an-organization-noun-and-a-verb-is-a-person-2"),
    pytest.param(
        "Ion Varga ran the country until he was ousted as Moldovan president in 2009.",
        ("Ion Varga", "end", "dismiss", "Moldova"),
        id="a-president-qualified-by-a-nationality-holds-that-country-s-post"),
    pytest.param(
        "The Tunisian opposition's campaign has failed to oust President Omar Farid, whose "
        "term ends next year.",
        ("Omar Farid", "end", "dismiss", "Tunisia"),
        id="a-president-of-no-named-organization-holds-the-sentence-s-country"),
    pytest.param(
        "The board fired Karim al-Masri on Monday.",
        ("Karim al-Masri", "end", "dismiss", None),
        id="a-surname-after-a-lowercase-particle-is-a-name"),
    pytest.param(
        "Dana Whitfield won election to the Senate in 2012.",
        ("Dana Whitfield", "start", "appoint", "Senate"),
        id="an-election-to-a-chamber-is-a-seat-in-it"),
    pytest.param(
        "Dana Pruitt became prime minister of Moldova in 2010.",
        ("Dana Pruitt", "start", "appoint", "Moldova"),
        id="a-national-post-of-any-country-the-sentence-names"),
    pytest.param(
        "Dana Pruitt, the Elmwood Party's new chairman, spoke on Monday.",
        ("Dana Pruitt", "start", "appoint", "Elmwood Party"),
        id="an-apposition-naming-the-new-title-after-its-owner"),
    pytest.param(
        "Dana Pruitt relinquished the chairmanship of Halvorsen Motors last year.",
        ("Dana Pruitt", "end", "resign", "Halvorsen Motors"),
        id="a-post-given-up-or-relinquished-ends-it"),
    pytest.param(
        "Dana Pruitt was brought in as head coach of the Denver Falcons in 2014.",
        ("Dana Pruitt", "start", "join", "Denver Falcons"),
        id="someone-brought-in-as-a-title-joins"),
    pytest.param(
        "Dana Pruitt, the club's director of scouting, will coach the Denver Falcons the "
        "rest of this season.",
        ("Dana Pruitt", "start", "appoint", "Denver Falcons"),
        id="a-stand-in-for-the-rest-of-the-season"),
    pytest.param(
        "Regina Holt was named U.S. surgeon general on Monday.",
        ("Regina Holt", "start", "appoint", "U.S."),
        id="english-national-post-keeps-the-country-as-written"),
    pytest.param(
        "The Denver Falcons fired coach Tom Reyes on Sunday after a 2-9 start.",
        ("Tom Reyes", "end", "dismiss", "Denver Falcons"),
        id="who-fires-or-hires-is-the-organization"),
    # "Mavs" is the lexicon's short name of "Mavericks": three mentions make it the article's
    # main organization, the one of a change whose actor is only "they"
    pytest.param(
        "Tom Reyes was fired as coach of the Denver Mavericks on Saturday. The Mavs had lost "
        "eight of their last ten games. They signed Ann Price to a five-year deal last summer, "
        "but the Mavs never found their rhythm.",
        ("Ann Price", "start", "join", "Denver Mavericks"),
        id="a-short-name-counts-for-the-organization-the-article-is-about"),
    pytest.param(
        "The Denver Hawks have parted ways with coach Tom Hale.",
        ("Tom Hale", "end", "dismiss", "Denver Hawks"),
        id="an-organization-parting-ways-with-its-coach-lets-the-coach-go"),
    pytest.param(
        "The Harbor City Hawks looked stronger after the addition of Marcus Delane, but the "
        "Harbor City Hawks lost again on Friday.",
        ("Marcus Delane", "start", "join", "Harbor City Hawks"),
        id="the-addition-of-a-named-player-is-a-join"),
    pytest.param(
        "The fighting in Veltravia has lasted two years. President Omar Sadiq's sacking of "
        "Dario Feltz as his deputy ignited the war.",
        ("Dario Feltz", "end", "dismiss", "Veltravia"),
        id="the-post-of-who-dismisses-tells-the-organization"),
    pytest.param(
        "Dario Feltz, who was fired March 2 as head coach of the Calgary Flames, joined Lyon.",
        ("Dario Feltz", "end", "dismiss", "Calgary Flames"),
        id="a-team-named-like-a-fire-word-does-not-cancel-a-firing"),
    pytest.param(
        "Robin Quillon studied at South Ohio College. In 2002, she became president of "
        "Ohio's state nursing association.",
        ("Robin Quillon", "start", "appoint", "Ohio"),
        id="a-short-name-inside-a-longer-one-is-not-that-organization"),
    pytest.param(
        "Dario Feltz is the fifth coach fired this season, after Tom Reyes of Oklahoma City, "
        "Ann Lowe of Washington and Gina Park of Toronto.",
        ("Dario Feltz", "end", "dismiss", None),
        id="the-organizations-of-the-people-listed-are-not-the-first-one-s"),
    pytest.param(
        "Ann Lowe was the first woman to be elected to the Harlow Bank board.",
        ("Ann Lowe", "start", "appoint", "Harlow Bank"),
        id="the-first-woman-to-be-elected-is-the-copula-s-subject"),
    # "the" before a name usually opens a place or thing ("the Rose Garden"), not before a name
    # modifying a change noun
    pytest.param(
        "Analysts said the Kowalczyk resignation hurt Acme Bank shares.",
        ("Kowalczyk", "end", "resign", None),
        id="a-name-after-the-modifying-a-change-noun-is-a-person"),
    # the parser reads "firing" as a verb with the next words as its object: the name before
    # it is still the one fired, and nothing after it is the organization
    pytest.param(
        "Week ahead: Hensley firing dominates Washington GOP senators pitch Ruth Ames for "
        "FBI chief.",
        ("Hensley", "end", "dismiss", None),
        id="a-headline-name-before-a-firing-is-the-one-fired"),
    pytest.param(
        "On the Harbor Authority, the mayor said he had no quarrel with current chair Ruth "
        "Ames, who was appointed by the governor.",
        ("Ruth Ames", "start", "appoint", "Harbor Authority"),
        id="a-topic-opening-the-sentence-is-the-organization-of-a-later-title-1"),
    pytest.param(
        "On Monday, the mayor said current chair Ruth Ames was appointed by the governor.",
        ("Ruth Ames", "start", "appoint", None),
        id="a-topic-opening-the-sentence-is-the-organization-of-a-later-title-2"),
    pytest.param(
        "The Harbor City Hawks improved after the pick-up of dominant pivot Marcus Delane.",
        ("Marcus Delane", "start", "join", "Harbor City Hawks"),
        id="a-player-described-before-the-name-is-still-the-one-picked-up"),
    pytest.param(
        "Ann Lowe introduced Tony Vollmer to the board of Castell Motors. She resigned on "
        "Friday.",
        ("Ann Lowe", "end", "resign", "Castell Motors"),
        id="the-organization-named-with-the-person-just-before-is-the-post-s"),
    # NER takes the first name of the list for an organization
    pytest.param(
        "Reyes is the fifth coach fired this season, after PJ Carlesimo of Oklahoma City, "
        "Ann Price of Austin and Luis Ortega of Tampa.",
        ("PJ Carlesimo", "end", "dismiss", "Oklahoma City"),
        id="a-list-item-written-like-the-people-after-it-is-a-person"),
    pytest.param(
        "Supporters of ousted Egyptian President Karim Haddad clashed with police on Friday.",
        ("Karim Haddad", "end", "dismiss", "Egypt"),
        id="a-nationality-before-a-title-is-the-country"),
    pytest.param(
        "Tom Reyes was fired by the Denver Hawks on Sunday. Reyes won two titles as a player. "
        "The member of the 1990 championship team started his coaching career in Austin.",
        ("Tom Reyes", "start", "join", "Austin"),
        id="the-member-described-is-the-article-s-protagonist"),
    # the article is mostly about Microsoft AI, yet the company left is the one that says so
    pytest.param(
        "Microsoft has hired Omar Haddad to run Microsoft AI. Microsoft AI will build "
        "chatbots. Quillon Technologies, the startup behind the Pi chatbot, confirmed in a "
        "blog post that Haddad is leaving the company.",
        ("Omar Haddad", "end", "leave", "Quillon Technologies"),
        id="the-company-left-is-the-organization-that-says-so"),
    pytest.param(
        "Ruth Calder became Brightwater Energy's first female chief executive in 2019.",
        ("Ruth Calder", "start", "appoint", "Brightwater Energy"),
        id="a-possessive-organization-and-a-first-may-stand-before-the-role-become-needs"),
    pytest.param(
        "Ruth Calder will hand over to Omar Siddiq in June.",
        ("Omar Siddiq", "start", "appoint", None),
        id="handing-over-to-someone-is-their-start"),
    pytest.param(
        "The Lakers named Tom Reyes as their new head coach on Tuesday.",
        ("Tom Reyes", "start", "appoint", "Lakers"),
        id="a-past-tense-read-as-a-participle-with-subject-and-object-is-active"),
])
def test_the_fact_is_found(shared_extractor: Extractor, text: str, fact: Fact) -> None:
    assert fact in facts(events(shared_extractor, text, "en"))


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


def test_handing_over_the_reins_is_no_reason(shared_extractor: Extractor) -> None:
    text = "Ruth Calder handed over the reins to Omar Siddiq on Friday."
    found = events(shared_extractor, text, "en")
    assert {(m.person, m.kind) for m in found} == {("Ruth Calder", "end"), ("Omar Siddiq", "start")}
    assert all(m.reason is None for m in found)


def test_a_post_offered_to_a_named_person_is_a_rumored_start(shared_extractor: Extractor) -> None:
    text = "The governor has asked Dr. Nora Hale to serve as the state's health commissioner."
    (mention,) = [m for m in events(shared_extractor, text, "en") if m.person == "Nora Hale"]
    assert (mention.kind, mention.action, mention.status) == ("start", "appoint", "rumored")


@pytest.mark.parametrize(("text", "lang"), [
    ("The shareholders failed to oust chairman Tom Reyes.", "en"),
    ("Les actionnaires ont échoué à évincer le président Jean Dupont.", "fr"),
])
def test_a_change_someone_failed_to_make_is_denied(shared_extractor: Extractor, text: str,
                                                   lang: str) -> None:
    mention, = events(shared_extractor, text, lang)
    assert (mention.kind, mention.action, mention.status) == ("end", "dismiss", "denied")


@pytest.mark.parametrize("text", [
    "Tom Reyes has not yet been named chief executive of Sorel.",
    "Tom Reyes hasn't yet resigned from Sorel.",
    "Tom Reyes is yet to join Sorel as chief executive.",
    "Sorel said Tom Reyes would be stepping aside as chief executive.",
])
def test_a_change_not_yet_made_is_planned(shared_extractor: Extractor, text: str) -> None:
    (mention,) = events(shared_extractor, text, "en")
    assert mention.status == "planned"


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
    pytest.param(
        "Pruitt, Elmwood's new career scoring leader, approached midcourt.",
        id="a-new-record-holder-is-no-new-title-holder"),
    pytest.param(
        "Secretary of State Dana Pruitt will present a draft Security Council resolution "
        "against piracy from Moldova next week.",
        id="a-draft-text-is-no-sports-draft"),
    pytest.param(
        "Witnesses said Dale Porter fired from the rooftop of the parking garage at 10 a.m.",
        id="words-that-look-like-a-change-in-news-about-something-else-1"),
    pytest.param(
        "Neighbours heard shots fired before Nina Cole called the police.",
        id="words-that-look-like-a-change-in-news-about-something-else-2"),
    pytest.param(
        "Officers said Ray Dunn kept firing at the patrol car until he ran out of ammunition.",
        id="words-that-look-like-a-change-in-news-about-something-else-3"),
    pytest.param(
        "Sheriff Ana Lopez dismissed a neighbour's report that the dog had escaped.",
        id="words-that-look-like-a-change-in-news-about-something-else-4"),
    pytest.param(
        "Tom Baker ran a stop sign and hit a parked van, police said.",
        id="words-that-look-like-a-change-in-news-about-something-else-5"),
    pytest.param(
        "Judge Helen Ward asked for medical reports to be completed before the hearing.",
        id="words-that-look-like-a-change-in-news-about-something-else-6"),
    pytest.param(
        "Referee Paul Moss elected to stop the fight in the seventh round.",
        id="words-that-look-like-a-change-in-news-about-something-else-7"),
    # the verb's argument is a thing, not the person named nearby
    pytest.param(
        "The climbers had hired a guide and some equipment, Tom Baker said.",
        id="words-that-look-like-a-change-in-news-about-something-else-8"),
    pytest.param(
        "By acquiring Helix Robotics, we gain a great team, said Nina Cole.",
        id="words-that-look-like-a-change-in-news-about-something-else-9"),
    pytest.param(
        "Shoppers returned to the old town on Saturday, Mayor Ana Lopez said.",
        id="words-that-look-like-a-change-in-news-about-something-else-10"),
    # fire as flames, places and homes one returns to, time left, a retired trade, awards
    pytest.param(
        "A church was badly damaged by fire on Friday, Governor Tom Reyes said.",
        id="words-that-look-like-a-change-in-news-about-something-else-11"),
    pytest.param(
        "Tom Reyes returned to Ohio on Monday after a long trip.",
        id="words-that-look-like-a-change-in-news-about-something-else-12"),
    pytest.param(
        "After the trial, Nina Cole returned to her home town to rest.",
        id="words-that-look-like-a-change-in-news-about-something-else-13"),
    pytest.param(
        "With 48 seconds left in the game, Tom Reyes threw the ball away.",
        id="words-that-look-like-a-change-in-news-about-something-else-14"),
    pytest.param(
        "Tom Reyes and his wife, both retired teachers, moved to a farm.",
        id="words-that-look-like-a-change-in-news-about-something-else-15"),
    pytest.param(
        "Nina Cole earned a Golden Globe nomination for her role in the film.",
        id="words-that-look-like-a-change-in-news-about-something-else-16"),
    pytest.param(
        "He worked for the Committee to Re-elect the Mayor with Tom Reyes in 1990.",
        id="words-that-look-like-a-change-in-news-about-something-else-17"),
    # firing a gun: without an object, or with a thing as object
    pytest.param(
        "Tom Reyes fired twice before the officers reached him.",
        id="words-that-look-like-a-change-in-news-about-something-else-18"),
    # shootings, reports, road signs, requests and choices met on unrelated ECB+ topics
    pytest.param(
        "Tom Reyes picked up the gun and fired it into the ceiling.",
        id="words-that-look-like-a-change-in-news-about-something-else-19"),
    pytest.param(
        "General manager Tom Reyes said resigning Castillo was his top priority this winter.",
        id="sports-and-crime-words-that-look-like-a-change-1"),
    pytest.param(
        "Marcus Delane joined the Hawks' Tom Reyes as the only players with three long runs.",
        id="sports-and-crime-words-that-look-like-a-change-2"),
    pytest.param(
        "The suspect, Tom Reyes, was returned to Eastport on Tuesday.",
        id="sports-and-crime-words-that-look-like-a-change-3"),
    pytest.param(
        "The touchdown finished off Tom Reyes's seventh fourth-quarter comeback this season.",
        id="sports-and-crime-words-that-look-like-a-change-4"),
    pytest.param(
        "Tom Reyes, 20, is accused of firing indiscriminately at rival gang members.",
        id="sports-and-crime-words-that-look-like-a-change-5"),
    pytest.param(
        "Tom Reyes is expected to return to Eastport Supreme Court on Oct. 2.",
        id="sports-and-crime-words-that-look-like-a-change-6"),
    pytest.param(
        "In 1992, Bettie Paige left a California mental hospital.",
        id="a-hospital-left-a-group-of-defendants-or-a-record-is-no-post-1"),
    pytest.param(
        "If extradited, Warren Jeffers will join 12 other defendants charged with similar "
        "offenses.",
        id="a-hospital-left-a-group-of-defendants-or-a-record-is-no-post-2"),
    pytest.param(
        "Doug McDermid becomes the university's all-time scoring leader.",
        id="a-hospital-left-a-group-of-defendants-or-a-record-is-no-post-3"),
    pytest.param(
        "On Saturday, New Orleans coach Dave Miller said the injury was not serious.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-1"),
    pytest.param(
        "Rob Carter, the mandatory challenger nominated by the WBA, fell to 30-2.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-2"),
    pytest.param(
        "The studio played hardball with the four-time Oscar nominee, Ross Millard.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-3"),
    pytest.param(
        "The joke made Tom Hale the front-runner for the Republican nomination.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-4"),
    pytest.param(
        "The church drew attention during her campaign as the party's vice-presidential nominee, "
        "Sara Pell said.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-5"),
    pytest.param(
        "The church drew scrutiny after Sara Pell was named John Keller's running mate.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-6"),
    pytest.param(
        "The church drew scrutiny after Sara Pell was named Senator John Keller's running mate.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-7"),
    pytest.param(
        "He named Dana Whitfield and two aides in the lawsuit.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-8"),
    pytest.param(
        "Senator Tom Hale helped win confirmation for Brooks's nominees to the federal bench.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-9"),
    pytest.param(
        "Although Tom Hale's name was raised as a suspect, he was never charged.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-10"),
    pytest.param(
        "Past hosts include names such as Tom Harlan, Ann Berg and Joe Price.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-11"),
    pytest.param(
        "Dan Ortiz was announced as host, a marked departure from the network's tradition.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-12"),
    pytest.param(
        "Ann Berg departed from traditional hosting decorum and walked into the audience.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-13"),
    pytest.param(
        "Protesters called for Prime Minister Alan Brooks and his government to quit.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-14"),
    pytest.param(
        "The union urged Alan Brooks to step down.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-15"),
    pytest.param(
        "Critics demanded that Alan Brooks step down as chief executive of Globex.",
        id="places-award-and-party-nominations-name-nouns-departures-from-norms-and-calls-16"),
    pytest.param(
        "Joe Price joins Dan Ortiz on the Hawks' injured reserve list.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-1"),
    pytest.param(
        "The Hawks' Joe Price joins a growing tally of injured guards.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-2"),
    pytest.param(
        "Tom Hale became the first coach since the merger to take his team to the playoffs in ten "
        "straight years.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-3"),
    pytest.param(
        "Ortiz told his father, Hawks coach Greg Ortiz, that he would return for his senior season "
        "rather than declare for the NBA draft.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-4"),
    pytest.param(
        "Dan Ortiz was named an alternate to the NFC Pro Bowl team on Tuesday.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-5"),
    pytest.param(
        "Last month Dan Ortiz was named 2008's sexiest man alive by People magazine.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-6"),
    pytest.param(
        "Lila Moore left the Sunrise Recovery Center because she was not happy with the place.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-7"),
    pytest.param(
        "After her modeling career ended, Page returned to Peabody College to work on a master's "
        "degree.",
        id="lists-records-draft-entries-honours-rehab-and-studies-are-no-change-8"),
    pytest.param(
        "Mark Teixon of the Hawks said he hopes to sign by Christmas.",
        id="deadlines-meetings-casualties-records-unnamed-hires-and-lineups-are-no-change-1"),
    pytest.param(
        "Super-agent Scott Bora said leaving the Winter Meetings that it would take an eight-year "
        "deal.",
        id="deadlines-meetings-casualties-records-unnamed-hires-and-lineups-are-no-change-2"),
    pytest.param(
        "The storm hit Globex's plant, leaving at least 70 people injured, said Tom Hale.",
        id="deadlines-meetings-casualties-records-unnamed-hires-and-lineups-are-no-change-3"),
    pytest.param(
        "Dan Ortiz scored twice, helping the Hawks join the 1998 Falcons as the only teams to win "
        "ten games after losing twelve.",
        id="deadlines-meetings-casualties-records-unnamed-hires-and-lineups-are-no-change-4"),
    pytest.param(
        "Chris Arreola has been named and hyped but would probably be stopped in a round or two.",
        id="deadlines-meetings-casualties-records-unnamed-hires-and-lineups-are-no-change-5"),
    pytest.param(
        "He bragged about bugging the civil rights leader Martin King and opposed the hiring of "
        "women agents by the FBI.",
        id="deadlines-meetings-casualties-records-unnamed-hires-and-lineups-are-no-change-6"),
    pytest.param(
        "Early in the second half, Coach Roy Wills yanked out all five starters and replaced them "
        "with a Blue Team.",
        id="deadlines-meetings-casualties-records-unnamed-hires-and-lineups-are-no-change-7"),
    pytest.param(
        "After her modeling career ended, Ann Page made a comeback two decades later, signing "
        "memorabilia at conventions.",
        id="comebacks-returns-from-sick-leave-clinics-and-retreats-are-no-change-1"),
    pytest.param(
        "Hawks coach Chuck Pagan, who is undergoing treatment for leukemia, plans to rejoin the "
        "team "
        "this week.",
        id="comebacks-returns-from-sick-leave-clinics-and-retreats-are-no-change-2"),
    pytest.param(
        "Globex chief executive Tom Hale returned to the company after a medical leave.",
        id="comebacks-returns-from-sick-leave-clinics-and-retreats-are-no-change-3"),
    pytest.param(
        "Lila Moore Leaves Sunset Clinic, Checks Into Malibu Rehab",
        id="comebacks-returns-from-sick-leave-clinics-and-retreats-are-no-change-4"),
    pytest.param(
        "It is also where Mel Gibbs retired to after his 2006 accident.",
        id="comebacks-returns-from-sick-leave-clinics-and-retreats-are-no-change-5"),
    pytest.param(
        "Public Advocate Bill Delby, a Democratic candidate for mayor this year, also came to "
        "the area on Monday night.",
        id="a-party-s-candidate-for-an-elected-office-is-a-candidacy"),
    pytest.param(
        "Rahm, the two-time heavyweight champion who stepped in as a replacement opponent last "
        "month, struggled to get inside.",
        id="a-stand-in-opponent-takes-no-post"),
    pytest.param(
        "Rules in force when Mayor Tom Hale takes office in January will be harder to undo.",
        id="future-inaugurations-as-dates-questions-and-counterfactuals-are-no-change-1"),
    pytest.param(
        "Alan Steen said the gunman entered Tom Hale's office and asked him twice if he wanted to "
        "be "
        "shot.",
        id="future-inaugurations-as-dates-questions-and-counterfactuals-are-no-change-2"),
    pytest.param(
        "Without Hale's information, the scandal would never have come to light, and Tom Brook "
        "wouldn't have resigned in disgrace.",
        id="future-inaugurations-as-dates-questions-and-counterfactuals-are-no-change-3"),
    pytest.param(
        "It is true that I would have welcomed an appointment as FBI director when Hoover died, "
        "said "
        "Tom Brook.",
        id="future-inaugurations-as-dates-questions-and-counterfactuals-are-no-change-4"),
    pytest.param(
        "Agents said Mr. Gatti would change into elegant clothes and read or watch television "
        "before "
        "retiring.",
        id="bedtime-a-move-between-clinics-and-a-thin-roster-are-no-change-1"),
    pytest.param(
        "Lila Moore has left the Betty Ford Center and is moving to a rehab facility in Malibu.",
        id="bedtime-a-move-between-clinics-and-a-thin-roster-are-no-change-2"),
    pytest.param(
        "With Hale out, Dan Ortiz's injury leaves the Denver Hawks thin at guard.",
        id="bedtime-a-move-between-clinics-and-a-thin-roster-are-no-change-3"),
    pytest.param(
        "Tom Hale, chief executive of Globex, joined the conversation on Twitter.",
        id="conversations-podiums-habits-and-microphones-are-no-post-1"),
    pytest.param(
        "Tom Hale, Globex's chief executive, stepped down from the podium after his speech.",
        id="conversations-podiums-habits-and-microphones-are-no-post-2"),
    pytest.param(
        "Tom Hale, Globex's CEO, quit smoking last year.",
        id="conversations-podiums-habits-and-microphones-are-no-post-3"),
    pytest.param(
        "Tom Hale, Globex's CEO, took over the microphone.",
        id="conversations-podiums-habits-and-microphones-are-no-post-4"),
    pytest.param(
        "Globex chief executive Tom Hale returned to the company's headquarters on Monday.",
        id="offices-marks-negotiations-and-task-forces-are-no-post-1"),
    pytest.param(
        "Tom Hale, the Hawks' coach, left his mark on the league.",
        id="offices-marks-negotiations-and-task-forces-are-no-post-2"),
    pytest.param(
        "Tom Hale, Globex's CEO, left nothing to chance.",
        id="offices-marks-negotiations-and-task-forces-are-no-post-3"),
    pytest.param(
        "Tom Hale, Globex's CEO, took charge of the negotiations.",
        id="offices-marks-negotiations-and-task-forces-are-no-post-4"),
    pytest.param(
        "Tom Hale, Globex's CEO, was appointed to a task force on trade.",
        id="offices-marks-negotiations-and-task-forces-are-no-post-5"),
    pytest.param(
        "Tom Hale, Globex's CEO, was elected to the Hall of Fame.",
        id="halls-of-fame-and-good-company-are-no-post-1"),
    pytest.param(
        "Tom Hale, the Hawks' former coach, was named to the Basketball Hall of Fame on Monday.",
        id="halls-of-fame-and-good-company-are-no-post-2"),
    pytest.param(
        "Tom Hale, Globex's CEO, joined the company of other billionaires.",
        id="halls-of-fame-and-good-company-are-no-post-3"),
    # a demand with a long subject before "to quit": no change yet
    pytest.param(
        "Thousands of protesters have been calling for the Veloran Prime Minister Tom Reyes and "
        "his "
        "entire cabinet to quit.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-1"),
    # an order to fire somebody is not the firing
    pytest.param(
        "The governor ordered the agency's acting chief Ann Lowe to fire Tom Reyes twice that "
        "spring.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-2"),
    # a team considering or pursuing a player has not signed him
    pytest.param(
        "The Harbor City Hawks had considered signing Tom Reyes before the trade deadline.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-3"),
    pytest.param(
        "The Hawks are making progress in their quest to sign Tom Reyes, according to a league "
        "source.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-4"),
    # ships are not people
    pytest.param(
        "HMS Brightwater, which replaced the frigate HMS Corwen last month, will sail for the "
        "gulf.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-5"),
    # passed over as somebody's successor: nobody took the post
    pytest.param(
        "Tom Reyes had been passed over by the board as Ann Lowe's successor at Grelford Bank.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-6"),
    # becoming a kind of figure is no post (even with a role word inside a name)
    pytest.param(
        "Ann Lowe grew up in Ohio. She became a Paul Dean type of 'outlaw' figure for a generation "
        "of listeners.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-7"),
    # replacing a player at a field position is a game's lineup, not a post
    pytest.param(
        "The Hawks moved Tom Reyes to left field, with Ann Lowe replacing Reyes at first base.",
        id="sports-orders-ships-and-figures-in-news-about-something-else-8"),
    # staff facing termination are threatened, not fired; the official who says so neither
    pytest.param(
        "With the largest number of Harlow Transit employees ever facing termination or "
        "disciplinary action because of one incident, said Inspector General Tom Reyes.",
        id="threats-hopes-products-and-titles-are-no-changes-1"),
    # people urging an appointment are no appointment
    pytest.param(
        "The archive holds the urgings of former agents and several retired board members to "
        "appoint Tom Reyes as director.",
        id="threats-hopes-products-and-titles-are-no-changes-2"),
    # a past hope of being named that the text does not say came true
    pytest.param(
        "Tom Reyes had expected to be named to succeed Ann Lowe, who had run the agency for 20 "
        "years.",
        id="threats-hopes-products-and-titles-are-no-changes-3"),
    # a product added to a company's line is no hire
    pytest.param(
        "Norvell keeps pace with its rivals through the addition of Opal Ridge to its range of "
        "tablets.",
        id="threats-hopes-products-and-titles-are-no-changes-4"),
    # a title between single quotes is a work, not a director hired
    pytest.param(
        "If Ann Lowe asks too much, the studio could hire a new director similar to the "
        "‘Silver Harbor’ films.",
        id="threats-hopes-products-and-titles-are-no-changes-5"),
    pytest.param(
        "Gunman had been fired last month by Ohio trucking firm",
        id="a-capitalised-word-for-an-unnamed-person-is-no-surname"),
    # a team that is the front-runner for a player has not got him, and he got no post
    pytest.param(
        "The Hawks, considered to be the front-runner for Tom Reyes, have also put in a bid.",
        id="a-pursuit-of-a-player-is-no-signing-1"),
    pytest.param(
        "Tom Reyes left Dayton. The Hawks, seen as the favorite for Reyes, are said to be close.",
        id="a-pursuit-of-a-player-is-no-signing-2"),
    # an effort to convince somebody to sign is no signing (nor his agent's)
    pytest.param(
        "The Hawks' owner flew to Dayton to meet free agent Tom Reyes and his agent, Ann Lowe, in "
        "an "
        "effort to convince the slugger to sign with the Hawks.",
        id="a-pursuit-of-a-player-is-no-signing-3"),
    # "he" is the minister, never the police unit named last
    pytest.param(
        "RCMP officers searched the compound in May. The minister said he asked Harlan RCMP "
        "to reopen the case shortly after he was elected.",
        id="a-name-holding-an-acronym-the-text-names-as-an-organization-is-nobody"),
    pytest.param(
        "Senator Mark Ellis said the rule could trigger a firing at any agency.",
        id="a-change-noun-with-an-indefinite-article-is-anyone-s"),
    pytest.param(
        "Tom Reyes met the unions. The party said no minister would leave the government.",
        id="a-subject-with-a-negative-determiner-is-nobody"),
    pytest.param(
        "Tom Reyes was mocked online. The mayor of a small town in Ohio resigned on Tuesday "
        "after sharing the post.",
        id="the-holder-of-a-title-of-something-unnamed-is-someone-new"),
    pytest.param(
        "Tom Reyes rejoined after the summer break.",
        id="a-motion-verb-naming-nothing-joined-is-a-trip"),
])
def test_no_event(shared_extractor: Extractor, text: str) -> None:
    assert events(shared_extractor, text, "en") == []


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


def test_a_trigger_phrase_wins_over_a_word_inside_it(shared_extractor: Extractor) -> None:
    # "the leading contender to become", not the bare "become" that needs a role right by a name
    text = "Nora Hale, a surgeon, is the leading contender to become the next surgeon general."
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.kind, mention.action) == ("Nora Hale", "start", "appoint")


def test_acronyms_side_by_side_and_bare_titles_are_nobody() -> None:
    from turnover.extract.inventory import plausible_person
    from turnover.extract.rules import rules_for
    en = rules_for("en")
    for thing in ("DCS MTC", "NHL AHL", "Associate Dean", "Founder"):
        assert not plausible_person(thing, en), thing
    for name in ("JIM O'BRIEN", "TJ Holloway", "Ed Rourke", "Stephen Major"):
        assert plausible_person(name, en), name


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
    pytest.param(
        "Ann Price was named the Person of the Week by a TV network in 1995.",
        id="an-award-of-the-week-or-year-is-no-post-1"),
    pytest.param(
        "Tom Hale was named Player of the Year on Sunday.",
        id="an-award-of-the-week-or-year-is-no-post-2"),
    pytest.param(
        "At Brookfield College, Gerald Ruffo was named first-team All-American as a senior.",
        id="named-to-an-all-star-team-is-an-honour-not-a-post"),
    pytest.param(
        "Governor Kim Petrie Announces Nominee for State Health Commissioner",
        id="who-announces-a-nominee-or-an-appointment-is-not-the-one-named-1"),
    pytest.param(
        "Governor Kim Petrie announced the appointment on Monday.",
        id="who-announces-a-nominee-or-an-appointment-is-not-the-one-named-2"),
    pytest.param(
        "In her profile, Quillon writes about her calling to become a doctor while in "
        "medical school at the University of Harlow at Dayton. Robin Quillon runs a clinic.",
        id="becoming-a-doctor-is-a-profession-not-a-post"),
    pytest.param(
        "Marcus Delane scored twice for the Harbor City Hawks, helping them join the 1998 "
        "Lakeport Herons as the only teams to win ten straight games.",
        id="a-plural-pronoun-never-stands-for-one-person"),
    pytest.param(
        "The Rovers then hired Voss Engineering, which was later bought by Ann Lowe.",
        id="a-name-in-a-relative-clause-on-the-object-is-not-the-object-1"),
    pytest.param(
        "The Rovers hired Kestrel, whose owner is Ann Lowe.",
        id="a-name-in-a-relative-clause-on-the-object-is-not-the-object-2"),
    pytest.param(
        "The Rovers kept their stars long-term by re-signing Tom Reyes.",
        id="re-signing-a-player-is-no-join"),
])
def test_nothing_extracted(shared_extractor: Extractor, text: str) -> None:
    assert not events(shared_extractor, text, "en")


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


@pytest.mark.parametrize(("text", "fact"), [
    pytest.param(
        "\"We trained hard,\" said cyclist Ines Valdora, a two-time champion who recently "
        "retired after a knee injury.",
        ("Ines Valdora", "end", "retire"),
        id="a-relative-clause-on-a-noun-apposed-to-a-name-is-about-that-name"),
    pytest.param(
        "Harbor City FC announced that the club has relieved Dario Feltz of his head coaching "
        "responsibilities.",
        ("Dario Feltz", "end", "dismiss"),
        id="relieved-of-his-coaching-responsibilities-is-a-dismissal"),
    pytest.param(
        "Ann Lowe joined the Denver Hawks in 2012. She spent four seasons as director of "
        "scouting before being promoted to general manager in 2019.",
        ("Ann Lowe", "start", "appoint"),
        id="a-gerund-after-before-has-the-subject-of-its-clause"),
    pytest.param(
        "Ann Lowe won a seat in the Fairview city council in 2019.",
        ("Ann Lowe", "start", "appoint"),
        id="a-seat-won-is-an-appointment"),
])
def test_the_person_kind_and_action_are_found(
        shared_extractor: Extractor, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in {(m.person, m.kind, m.action) for m in events(shared_extractor, text, "en")}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Coach Ray Dunmore was let go on Monday. The Philadelphia 76ers will play at Denver on "
        "Tuesday, and the Sixers then play at Denver again on Friday.",
        {
         ("Ray Dunmore", "end", "dismiss", "Philadelphia 76ers")},
        id="a-team-named-by-its-short-and-full-names-is-the-article-s-organization"),
    pytest.param(
        "Coach Ray Dunmore was let go on Monday after a ninth straight loss. The Cavs had "
        "hoped for a playoff spot this season, and the Cavs now look for a new coach.",
        {
         ("Ray Dunmore", "end", "dismiss", "Cavs")},
        id="a-short-team-name-said-twice-is-the-article-s-organization"),
    pytest.param(
        "Pinecrest Rovers' head coach Dario Feltz was fired on Monday after a loss in Denver.",
        {
         ("Dario Feltz", "end", "dismiss", "Pinecrest Rovers")},
        id="an-organization-before-a-title-with-a-bare-apostrophe-is-the-post-s"),
    pytest.param(
        "Harlow Motors named Ines Valdora CFO and Tom Reyes COO on Monday.",
        {("Ines Valdora", "start", "appoint", "Harlow Motors"),
         ("Tom Reyes", "start", "appoint", "Harlow Motors")},
        id="an-abbreviated-title-glued-after-a-name-is-no-part-of-it"),
    pytest.param(
        "\"I am leaving Harlow Motors at the end of the month,\" Ines Valdora told reporters.",
        {("Ines Valdora", "end", "leave", "Harlow Motors")},
        id="a-change-told-in-the-first-person-is-the-speaker-s"),
    pytest.param(
        "Dario Feltz also played with Denver, Boston, Atlanta and Seattle before retiring "
        "in 1993.",
        {("Dario Feltz", "end", "retire", None)},
        id="one-organization-of-a-list-is-not-the-one-left"),
    pytest.param(
        "President Omar Sadiq intends to nominate Ann Lowe as Surgeon General, Department of "
        "Public Health.",
        {
         ("Ann Lowe", "start", "appoint", "Department of Public Health")},
        id="an-organization-after-the-title-and-a-comma-is-the-post-s"),
    pytest.param(
        "Dario Feltz left his position as director of the NIH's National Cancer Institute in "
        "2008 after 15 years.",
        {
         ("Dario Feltz", "end", "leave", "National Cancer Institute")},
        id="the-organization-an-organization-owns-after-the-title-is-the-post-s"),
    pytest.param(
        "A year ago, the Rovers fired president Tom Reyes and replaced him with Ann Lowe, "
        "who gave Dario Feltz a contract.",
        {
         ("Tom Reyes", "end", "dismiss", "Rovers"), ("Ann Lowe", "start", "appoint", "Rovers")},
        id="replaced-him-with-y-gives-y-the-post"),
    pytest.param(
        "The Lakeport Herons lost again on Friday. The Lakeport Herons are fourth. After a "
        "loss to the Denver Owls, Tom Reyes took over as the team's president.",
        {
         ("Tom Reyes", "start", "appoint", "Lakeport Herons")},
        id="the-team-s-title-is-at-the-article-s-team"),
    pytest.param(
        "The Lakeport Herons lost again. The Lakeport Herons are last. While fellow fired "
        "coaches Tom Reyes and Gina Park seem sure of new jobs, Dario Feltz is not.",
        {
         ("Tom Reyes", "end", "dismiss", None), ("Gina Park", "end", "dismiss", None)},
        id="fellow-fired-coaches-were-at-other-organizations"),
    pytest.param(
        "India hails pick of Indian-American doctor\n"
        "In a nod to India's doctors in the US health system, the US President-elect has "
        "asked Dr Ann Lowe, a TV doctor, to be surgeon general.",
        {
         ("Ann Lowe", "start", "appoint", "US")},
        id="a-national-post-belongs-to-the-country-nearest-it-in-the-sentence"),
    pytest.param(
        "Canada doctor tipped for top health post\n"
        "Governor Kim Petrie has asked Dr Ann Lowe, a TV doctor, to be surgeon general.",
        {
         ("Ann Lowe", "start", "appoint", None)},
        id="english-national-post-takes-no-country-its-sentence-does-not-name"),
    pytest.param(
        "Ted Ames, ex-commander of the Harbor Police and former head of the mayor's security "
        "service, has been appointed as the leader of the new agency, officials said.",
        {("Ted Ames", "start", "appoint", None)},
        id="the-organization-of-a-former-post-is-not-the-one-of-the-new-post-1"),
    pytest.param(
        "Ted Ames, a former adviser at Globex, was appointed chief executive.",
        {("Ted Ames", "start", "appoint", None)},
        id="the-organization-of-a-former-post-is-not-the-one-of-the-new-post-2"),
])
def test_the_only_facts(shared_extractor: Extractor, text: str, expected: set[Fact]) -> None:
    assert facts(events(shared_extractor, text, "en")) == expected


def test_someone_who_leaves_behind_a_family_leaves_no_post(shared_extractor: Extractor) -> None:
    text = ("Paramedics took her to Mercy General Hospital, where Noor Haddad, a nurse who leaves "
            "behind a husband and two sons, died on Sunday.")
    assert not [m for m in events(shared_extractor, text, "en") if m.kind == "end"]


@pytest.mark.parametrize(("text", "people"), [
    pytest.param(
        "Dr. Robin Quillon runs a clinic in Ohio. Governor Kim Petrie nominated her for "
        "state health commissioner on Monday.",
        {"Robin Quillon"},
        id="an-object-pronoun-is-never-the-subject-of-its-verb"),
    pytest.param(
        "Governor Kim Petrie will name Dr. Robin Quillon as state health commissioner in a "
        "Rose Garden ceremony. Quillon will appear in the Rose Garden today as the governor "
        "makes the nomination formal.",
        {"Robin Quillon"},
        id="a-given-name-after-an-article-opens-no-person-s-name"),
    # "Tony" is also "mostly male" or unisex in some countries of the name dictionary
    pytest.param(
        "Ann Lowe introduced Tony Vollmer to the board of Castell Motors. She resigned on "
        "Friday.",
        {"Ann Lowe"},
        id="a-given-name-that-is-mostly-a-man-s-gives-the-pronoun-its-gender"),
    pytest.param(
        "Lena Mae Corrigan was born in Nashville. In 1992, she left Castell Motors.",
        {"Lena Mae Corrigan"},
        id="a-middle-given-name-does-not-start-a-shorter-name"),
    pytest.param(
        "In 1972, after Mitchell resigned as attorney general to head the campaign, LaRue "
        "became a member of the Mitchell group, along with Robert Mardian and Henry Fleming.",
        {"Mitchell"},
        id="a-list-after-another-clause-did-not-go-through-the-change"),
    # the recogniser tags the title with the name
    pytest.param(
        "The Hawks named assistant GM Dana Whitfield as their interim coach on Monday.",
        {"Dana Whitfield"},
        id="a-title-tagged-with-the-name-is-no-part-of-it"),
])
def test_the_people_found(shared_extractor: Extractor, text: str, people: set[str]) -> None:
    assert {m.person for m in events(shared_extractor, text, "en")} == people


def test_the_title_and_organization_of_someone_quoted_are_not_the_nominee_s(
        shared_extractor: Extractor) -> None:
    text = ("In a statement, HHA president and chief executive officer Kim Petrie said that the "
            "group rejoices in Dr. Quillon's nomination. Robin Quillon runs a clinic.")
    (mention,) = events(shared_extractor, text, "en")
    assert mention.person == "Robin Quillon" and mention.org is None and mention.role is None


def test_two_changes_in_different_years_with_different_verbs_stay_two(
        shared_extractor: Extractor) -> None:
    text = ("Dario Feltz joined the Lakeport Herons in 1978. In 2005, the Lakeport Herons named "
            "Dario Feltz head coach.")
    found = {(m.action, m.when) for m in events(shared_extractor, text, "en")}
    assert found == {("join", "1978"), ("appoint", "2005")}


def test_name_a_titled_person_to_a_post_in_a_headline(shared_extractor: Extractor) -> None:
    text = "Governor Kim Petrie to Name Dr. Ann Lowe State Treasurer"
    assert {(m.person, m.role) for m in events(shared_extractor, text, "en")} == {
        ("Ann Lowe", "treasurer")}


def test_a_headline_s_verb_and_a_spokesman_s_title_keep_the_team_name(
        shared_extractor: Extractor) -> None:
    text = ("Boston Celtics Fire Coach Dario Feltz, Hire Ann Lowe\n"
            "Boston Celtics President Tom Reyes announced today that Dario Feltz has been "
            "relieved of his duties as head coach of the Boston Celtics.")
    assert {(m.person, m.org) for m in events(shared_extractor, text, "en")} == {
        ("Dario Feltz", "Boston Celtics"), ("Ann Lowe", "Boston Celtics")}


def test_people_listed_after_following_in_the_footsteps_of_went_through_it_too(
        shared_extractor: Extractor) -> None:
    text = ("Dario Feltz became the third coach fired this season, following in the footsteps of "
            "the Lakeport Herons' Tom Reyes and the Denver Owls' Ann Lowe.")
    assert {("Tom Reyes", "end", "dismiss", "Lakeport Herons"),
            ("Ann Lowe", "end", "dismiss", "Denver Owls")} <= facts(
        events(shared_extractor, text, "en"))


def test_joining_a_list_of_people_and_a_recruit_s_mother_are_no_hire(
        shared_extractor: Extractor) -> None:
    for text in ("The standings claimed another coach, with Lakeport Herons head man Tom Reyes "
                 "joining the ever-growing list of coaches who are out of work.",
                 "Tom Reyes coached at Dayton State University until he loaned a recruit's "
                 "mother money."):
        assert not [m for m in events(shared_extractor, text, "en") if m.kind == "start"], text


def test_gm_and_vp_are_titles(shared_extractor: Extractor) -> None:
    text = "Tom Reyes was named coach of the Rovers on Saturday. He became assistant GM in 2003."
    assert ("assistant gm", "2003") in {(m.role, m.when)
                                        for m in events(shared_extractor, text, "en")}


def test_left_for_a_place_names_where_someone_goes_not_what_they_left(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes left for Detroit following the 2002-03 season."
    assert not [m for m in events(shared_extractor, text, "en") if m.org == "Detroit"
                and m.kind == "end"]
    # a trip is no change of post
    assert not events(shared_extractor, "Senator Tom Reyes left for Washington on Tuesday.",
                      "en")


def test_a_religious_title_before_someone_else_s_name_hides_nothing(
        shared_extractor: Extractor) -> None:
    text = ("In a Monday statement, HHA president and chief executive officer Sister Carol "
            "Keehan, DC, said that the group rejoices in Dr. Quillon's nomination. Robin Quillon "
            "runs a clinic.")
    (mention,) = events(shared_extractor, text, "en")
    assert mention.person == "Robin Quillon" and mention.org is None and mention.role is None


def test_the_agent_s_title_is_not_the_post_taken(shared_extractor: Extractor) -> None:
    text = ("Critics say he is no enemy of current chair Ruth Ames, who was appointed by the "
            "governor in 2019.")
    (mention,) = [m for m in events(shared_extractor, text, "en") if m.person == "Ruth Ames"]
    assert mention.role == "chair"


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


def test_the_agent_of_a_replacement_is_the_newcomer_whose_title_is_not_the_post(
        shared_extractor: Extractor) -> None:
    # "replaced by the treasurer X": the agent is the newcomer; "treasurer" is the post X
    # holds, not the one X takes
    text = "Dan Hale was replaced at Acme Bank by its treasurer, Tom Rusk."
    (rusk,) = [m for m in events(shared_extractor, text, "en") if m.person == "Tom Rusk"]
    assert rusk.kind == "start" and rusk.role is None


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


def test_whoever_is_congratulated_on_a_post_is_not_the_one_congratulating(
        shared_extractor: Extractor) -> None:
    text = ("Ronald Pike congratulated his old friend, Dr. Ann Lowe, on being nominated for "
            "surgeon general.")
    assert "Ronald Pike" not in {m.person for m in events(shared_extractor, text, "en")}


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


def test_an_organization_announcing_its_own_officer_s_departure_is_the_organization(
        shared_extractor: Extractor) -> None:
    text = "Castell Motors said its chief financial officer, Ann Lowe, would step down in June."
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.org) == ("Ann Lowe", "Castell Motors")
    # an outlet reporting another organization's change is not that organization
    text = "Castell Motors said Reuters had fired its editor, Ann Lowe."
    assert "Castell Motors" not in {m.org for m in events(shared_extractor, text, "en")}


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


def test_succeeding_him_in_a_role_replaces_the_one_who_held_it(
        shared_extractor: Extractor) -> None:
    text = ("Omar Reyes launches a new company. The launch comes a month after Reyes announced "
            "his departure from Helix, where he was chief scientist. He was one of the board "
            "members who voted to remove Paul Grant as chief executive, before Grant was "
            "reinstated days later. Lena Voss succeeded him as chief scientist in May.")
    # (the vote to remove Paul Grant is a dismissal of its own)
    ends = {m.person for m in events(shared_extractor, text, "en") if m.kind == "end" and any(
        "succeeded" in e["trigger"] for e in m.to_dict()["evidence"])}
    assert ends == {"Omar Reyes"}


def test_the_favourite_to_get_the_job_is_a_rumored_appointment(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes will be the odds-on favorite to get the job at the Denver Hawks."
    assert {(m.person, m.kind, m.status) for m in events(shared_extractor, text, "en")} == {
        ("Tom Reyes", "start", "rumored")}


def test_an_office_before_a_name_is_no_part_of_it(shared_extractor: Extractor) -> None:
    (start,) = events(shared_extractor, "Protests grew after Prime Minister George Papadakis "
                                        "took office last October.", "en")
    assert start.person == "George Papadakis"


def test_the_product_behind_which_a_company_stands_is_not_the_organization(
        shared_extractor: Extractor) -> None:
    text = ("For now, Mira Marati, the chief technology officer who was named interim CEO on "
            "Friday, remains in charge of the company behind ChatGPT.")
    assert all(m.org != "ChatGPT" for m in events(shared_extractor, text, "en"))


def test_a_gerund_whose_clause_has_no_subject_names_nobody_after_the_verb(
        shared_extractor: Extractor) -> None:
    text = ("A month after leaving Norland Robotics, its co-founder has started a new company "
            "with Daniel Marsh and Daniel Levy.")
    assert not [m for m in events(shared_extractor, text, "en") if m.kind == "end"]


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


def test_the_next_year_of_a_past_change_is_no_future(shared_extractor: Extractor) -> None:
    (quit_,) = events(shared_extractor, "Gray resigned the next year because of the "
                                        "allegations.", "en")
    assert (quit_.status, quit_.when) == ("occurred", None)


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


@pytest.mark.parametrize(("text", "status"), [
    ("Tom Reyes has left Halvorsen Motors to join rival Grelford Bank.", "occurred"),
    ("Tom Reyes will leave Halvorsen Motors to join Grelford Bank.", "planned"),
])
def test_leaving_to_join_is_as_settled_as_the_departure(shared_extractor: Extractor, text: str,
                                                        status: str) -> None:
    got = {(m.kind, m.org, m.status) for m in events(shared_extractor, text, "en")}
    assert got == {("end", "Halvorsen Motors", status), ("start", "Grelford Bank", status)}


def test_each_coordinated_change_keeps_its_own_date_and_interim(
        shared_extractor: Extractor) -> None:
    text = "Ann Lowe left Halvorsen Motors in March and joined Grelford Bank in June."
    got = {(m.kind, m.when) for m in events(shared_extractor, text, "en")}
    assert got == {("end", "2024-03"), ("start", "2024-06")}
    text = "The Dallas Comets fired head coach Tom Reyes and named Ann Lowe interim coach."
    got = {(m.person, m.interim) for m in events(shared_extractor, text, "en")}
    assert got == {("Tom Reyes", False), ("Ann Lowe", True)}


def test_the_one_replaced_after_a_new_title_does_not_take_it(shared_extractor: Extractor) -> None:
    text = "Castell Motors named Ann Lowe as its new chief executive, replacing Tom Reyes."
    starts = {m.person for m in events(shared_extractor, text, "en") if m.kind == "start"}
    assert starts == {"Ann Lowe"}


def test_a_firm_named_after_people_and_a_sentence_s_first_word_name_nobody(
        shared_extractor: Extractor) -> None:
    text = ("Kessler resigned from the campaign in August amid growing heat over his ties to "
            "Moldova's government. Through Kessler's consulting company, Daniel Kessler & Lowe, "
            "the pair had advised the governor.")
    got = {(m.person, m.kind, m.org) for m in events(shared_extractor, text, "en")}
    assert ("Kessler", "end", "campaign") in got
    assert not any("&" in p or p.startswith("Through") for p, _, _ in got)


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


def test_a_title_through_a_branch_is_at_the_organization_not_the_branch_s_place(
        shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Paul Grant resigned Monday as chairman of the Ohio chapter "
                                   "of the Veterans League.", "en")
    assert [(m.person, m.kind, m.org) for m in got] == [("Paul Grant", "end", "Veterans League")]


def test_a_departure_told_as_also_leaves_the_organization_left_just_before(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes left Vexal in March. Ann Lowe is also leaving, the company said."
    got = [(m.person, m.kind, m.org) for m in events(shared_extractor, text, "en")]
    assert ("Ann Lowe", "end", "Vexal") in got


def test_a_change_told_in_the_present_for_a_later_day_is_planned(
        shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Ann Lowe steps down as chief executive of Vexal on June "
                                   "30.", "en")  # published 2024-05-15
    assert [(m.person, m.status, m.when) for m in got] == [("Ann Lowe", "planned", "2024-06-30")]


def test_a_relative_clause_telling_the_post_held_gives_the_organization_left(
        shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Tom Reyes, who ran Vexal Foods for a decade, was fired on "
                                   "Monday.", "en")
    assert [(m.person, m.kind, m.org) for m in got] == [("Tom Reyes", "end", "Vexal Foods")]


def test_a_name_ending_in_a_company_word_is_no_person(shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Ann Lowe left Vexal Foods to join Orbital Labs as chief "
                                   "financial officer.", "en")
    assert facts(got) == {("Ann Lowe", "end", "leave", "Vexal Foods"),
                          ("Ann Lowe", "start", "join", "Orbital Labs")}
    got = events(shared_extractor, "Tom Reyes, Orbital Labs' chief technology officer, has "
                                   "left the company, a spokesperson said.", "en")
    assert facts(got) == {("Tom Reyes", "end", "leave", "Orbital Labs")}


def test_a_head_of_title_stops_before_a_preposition(shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Ann Lowe joined Microsoft as head of research in 2020.",
                 "en")
    assert [(m.person, m.role, m.when) for m in got] == [("Ann Lowe", "head of research", "2020")]


@pytest.mark.parametrize(("text", "status"), [
    pytest.param("Ann Lowe announced her intention to leave Vexal Foods.", "planned",
                 id="an-intention-announced"),
    pytest.param("Ann Lowe has no plans to leave Vexal Foods, she told Reuters.", "denied",
                 id="no-plans"),
    pytest.param("Reports that Ann Lowe will leave Vexal Foods are false, the company said.",
                 "denied", id="reports-said-false"),
])
def test_an_intention_is_its_holder_s_change(shared_extractor: Extractor, text: str,
                                             status: str) -> None:
    got = events(shared_extractor, text, "en")
    assert [(m.person, m.org, m.status) for m in got] == [("Ann Lowe", "Vexal Foods", status)]


def test_a_region_is_no_organization_returned_to(shared_extractor: Extractor) -> None:
    text = "Sheriff Tom Reyes, away at a convention, made plans to return to Southern California."
    assert events(shared_extractor, text, "en") == []


@pytest.mark.parametrize(("text", "fact"), [
    pytest.param("Vexal Foods announced the departure of Ann Lowe, its finance chief.",
                 ("Ann Lowe", "end", "leave", "Vexal Foods"), id="the-announcer-of-its-own"),
    pytest.param("Ann Lowe, who founded Orbital Labs in 2015, stepped down as its CEO.",
                 ("Ann Lowe", "end", "resign", "Orbital Labs"), id="the-name-its-stands-for"),
])
def test_its_is_the_organization_named_before(shared_extractor: Extractor, text: str,
                                              fact: Fact) -> None:
    assert fact in facts(events(shared_extractor, text, "en"))


def test_a_title_held_until_now_is_not_the_post_taken(shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Ann Lowe, previously chief financial officer, was named "
                                   "chief executive of Vexal Foods.", "en")
    assert [(m.person, m.role) for m in got] == [("Ann Lowe", "chief executive")]
    got = events(shared_extractor, "Vexal Foods named Ann Lowe, previously its chief financial "
                                   "officer, to succeed Tom Reyes.", "en")
    assert {(m.person, m.role) for m in got} == {("Ann Lowe", None), ("Tom Reyes", None)}


def test_an_outlet_after_its_medium_noun_is_a_source(shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Ann Lowe resigned as chief executive of Vexal Foods, "
                                   "according to the newspaper Daily Ledger.", "en")
    assert [(m.person, m.org, m.sources) for m in got] == [
        ("Ann Lowe", "Vexal Foods", ["Daily Ledger"])]



def test_a_future_in_the_past_after_said_that_is_planned(shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Vexal Foods said on Monday that its chief executive, Ann "
                                   "Lowe, would retire in June.", "en")
    assert [(m.person, m.status) for m in got] == [("Ann Lowe", "planned")]


def test_joining_from_a_place_leaves_no_organization(shared_extractor: Extractor) -> None:
    got = events(shared_extractor, "Ann Lowe joined Orbital Labs from London.", "en")
    assert facts(got) == {("Ann Lowe", "start", "join", "Orbital Labs")}


def test_the_speaker_of_an_assembly_is_a_title(shared_extractor: Extractor) -> None:
    (mention,) = events(shared_extractor, "Tom Reyes was elected speaker of the Senate.", "en")
    assert mention.role == "speaker"
    (mention,) = events(shared_extractor,
                        "The speaker of the conference, Tom Reyes, resigned from Sorel.", "en")
    assert mention.role is None


def test_a_span_of_time_after_which_someone_leaves_is_no_reason(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes is stepping down after a decade at the helm of Sorel."
    (mention,) = events(shared_extractor, text, "en")
    assert mention.reason is None
    text = "Tom Reyes resigned from Sorel after a string of losses."
    (mention,) = events(shared_extractor, text, "en")
    assert mention.reason == "a string of losses"


def test_brought_on_as_is_a_hire(shared_extractor: Extractor) -> None:
    text = "Sorel Industries brought on Tom Reyes as chief operating officer."
    found = facts(events(shared_extractor, text, "en"))
    assert ("Tom Reyes", "start", "join", "Sorel Industries") in found


def test_a_minister_named_by_portfolio_keeps_it_in_the_role(shared_extractor: Extractor) -> None:
    text = "President Ann Price sacked her defense minister, Tom Reyes, on Sunday."
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.role) == ("Tom Reyes", "defense minister")


def test_the_quoted_programme_a_role_is_in_is_the_organization(
        shared_extractor: Extractor) -> None:
    text = "Little-known actor Tom Reyes will take over the title role in the series “Star Harbor.”"
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.person, mention.org, mention.role) == ("Tom Reyes", "Star Harbor", "title role")


def test_one_of_a_count_of_departures_and_an_indefinite_successor(
        shared_extractor: Extractor) -> None:
    text = "Tom Reyes is the third executive to leave Sorel Industries this year."
    (mention,) = events(shared_extractor, text, "en")
    assert (mention.kind, mention.status) == ("end", "occurred")
    text = "Tom Reyes said he would step down once a successor is found."
    assert {(m.person, m.kind) for m in events(shared_extractor, text, "en")} == {
        ("Tom Reyes", "end")}


def test_the_title_left_in_a_relative_clause_is_not_the_one_taken(
        shared_extractor: Extractor) -> None:
    text = "Ann Price, who resigned last year as chief executive of Vexal Foods, has joined Sorel."
    roles = {(m.kind, m.role) for m in events(shared_extractor, text, "en")}
    assert roles == {("end", "chief executive"), ("start", None)}


def test_a_gerund_s_change_is_its_clause_subject_s(shared_extractor: Extractor) -> None:
    text = "By resigning on Monday, the senator distanced herself from her colleague John Smith."
    assert not events(shared_extractor, text, "en")


def test_a_negated_factive_verb_does_not_deny_the_change(shared_extractor: Extractor) -> None:
    text = "Jane Doe does not regret leaving Acme in May."
    assert [m.status for m in events(shared_extractor, text, "en")] == ["occurred"]


def test_a_title_past_but_is_another_clause_s(shared_extractor: Extractor) -> None:
    text = "Jane Doe resigned on Monday, but the chief executive stayed."
    assert [m.role for m in events(shared_extractor, text, "en")] == [None]


def test_a_new_holder_in_office_since_a_date_took_it_then(shared_extractor: Extractor) -> None:
    text = "The agency's new director, Anne Moreau, in office since March 4, faces a strike."
    assert [(m.person, m.when) for m in events(shared_extractor, text, "en")] == [
        ("Anne Moreau", "2024-03-04")]


def test_who_the_reins_are_handed_to_does_not_leave(shared_extractor: Extractor) -> None:
    text = "At the ceremony, the outgoing chairman handed the reins to Jane Moss, a former banker."
    assert [(m.person, m.kind) for m in events(shared_extractor, text, "en")] == [
        ("Jane Moss", "start")]


def test_a_company_whose_board_the_article_names_is_no_outlet(
        shared_extractor: Extractor) -> None:
    text = ("The board of Batival voted on Thursday to remove Mark Taylor as chairman, "
            "according to Batival.")
    assert [m.org for m in events(shared_extractor, text, "en")] == ["Batival"]


def test_a_change_someone_wants_is_planned(shared_extractor: Extractor) -> None:
    text = "Paul Stone wants to resign as chairman of Batival."
    assert [m.status for m in events(shared_extractor, text, "en")] == ["planned"]


def test_leaving_for_another_organization_leaves_the_article_s_own(
        shared_extractor: Extractor) -> None:
    text = ("The Comets lost again on Sunday. The Comets fired their coach in May. Tom Reyes "
            "left for Denver after the 2019 season.")
    left = [m for m in events(shared_extractor, text, "en") if m.kind == "end"]
    assert [(m.person, m.org, m.to) for m in left] == [("Tom Reyes", "Comets", "Denver")]


def test_an_office_noun_after_the_change_gives_its_title(shared_extractor: Extractor) -> None:
    text = "Jane Porter resigned on Monday from the chairmanship of Batival."
    assert [(m.person, m.role) for m in events(shared_extractor, text, "en")] == [
        ("Jane Porter", "chair")]


def test_an_attempt_to_oust_is_no_dismissal(shared_extractor: Extractor) -> None:
    text = "Shareholders of Batival tried to oust Paul Stone as chief executive last spring."
    assert events(shared_extractor, text, "en") == []


def test_a_replacement_in_an_election_race_is_a_candidacy(shared_extractor: Extractor) -> None:
    text = "The party picked Jane Moss to replace Paul Stone in the race for governor."
    assert events(shared_extractor, text, "en") == []


def test_a_title_held_under_someone_is_not_the_post_a_founder_takes(
        shared_extractor: Extractor) -> None:
    text = "A deputy secretary under Obama, Paul Stone co-founded Batival in 2019."
    assert [(m.person, m.action, m.role) for m in events(shared_extractor, text, "en")] == [
        ("Paul Stone", "found", None)]


def test_a_change_named_by_its_day_is_not_a_name_further_on(
        shared_extractor: Extractor) -> None:
    text = "Tuesday's resignation came after the board appointed Jane Moss as editor."
    assert [(m.person, m.kind) for m in events(shared_extractor, text, "en")] == [
        ("Jane Moss", "start")]


def test_a_change_noun_said_to_be_scheduled_is_planned(shared_extractor: Extractor) -> None:
    text = "Paul Stone's scheduled retirement as chairman of Batival was confirmed."
    assert [m.status for m in events(shared_extractor, text, "en")] == ["planned"]


def test_a_change_still_negotiated_is_rumored(shared_extractor: Extractor) -> None:
    text = "Paul Stone is in final talks with the Comets to return as head coach."
    assert [m.status for m in events(shared_extractor, text, "en")] == ["rumored"]


def test_a_newcomer_takes_the_title_of_the_one_replaced(shared_extractor: Extractor) -> None:
    text = "John Smith will replace chief executive Mary Jones at Acme, the board said."
    assert {(m.person, m.kind, m.role) for m in events(shared_extractor, text, "en")} == {
        ("John Smith", "start", "chief executive"), ("Mary Jones", "end", "chief executive")}


def test_a_possessive_s_holder_is_no_complement_after_it(shared_extractor: Extractor) -> None:
    text = "His resignation was accepted by Mark Hale on Monday."
    assert not events(shared_extractor, text, "en")


def test_a_date_of_birth_is_never_the_change_s(shared_extractor: Extractor) -> None:
    text = "Paul Stone, born in Ohio in 1950, resigned as chairman of Batival."
    assert [m.when for m in events(shared_extractor, text, "en")] != ["1950"]


def test_respectively_gives_each_person_their_own_title(shared_extractor: Extractor) -> None:
    text = ("Anne Moss and Paul Stone were named chief financial officer and chief operating "
            "officer respectively.")
    assert {(m.person, m.role) for m in events(shared_extractor, text, "en")} == {
        ("Anne Moss", "chief financial officer"), ("Paul Stone", "chief operating officer")}


def test_a_reason_cut_short_loses_its_open_aside(shared_extractor: Extractor) -> None:
    text = ("Tom Hale resigned as chairman of Brightwater Energy citing poor results (a loss of "
            "12.5 million dollars in the first quarter of the year after three difficult years "
            "for the whole sector) last week.")
    assert [m.reason for m in events(shared_extractor, text, "en")] == ["poor results"]


def test_the_body_a_newcomer_is_appointed_to_serve_on_is_the_organization(
        shared_extractor: Extractor) -> None:
    text = ("The governor appointed Acme Bank chairman Tom Hale to serve on the Port Authority "
            "board.")
    assert [m.org for m in events(shared_extractor, text, "en")] == ["Port Authority"]
