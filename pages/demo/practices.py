"""Demo content for the good practices library.

Good practices are examples from Dutch municipalities that other municipalities
can browse and filter. The facts come from the seed documents (the hand-out with
good practices from the webinar of 20 April 2023, the five elements of inclusive
participation and the toolkit "Meedoen met inwoners"); the texts are written in
the project's own words, in plain Dutch (B1) with an English translation.

The taxonomies (themes, target groups, methods, municipalities) are tuples of
``(slug, name, description)``; the five elements of inclusive participation have
fixed slugs. Every practice refers to these by slug, and to toolkit chapters by
their chapter slug.
"""

from .text import T

# --- Taxonomies -------------------------------------------------------------

THEMES = [
    (
        "armoede-en-geldzorgen",
        T("Armoede en geldzorgen", "Poverty and money worries"),
        T(
            "Rondkomen met weinig geld, schulden en de weg vinden naar hulp.",
            "Making ends meet on little money, debts and finding the way to help.",
        ),
    ),
    (
        "gezondheid",
        T("Gezondheid", "Health"),
        T(
            "Gezond eten, bewegen, ontspannen en je goed voelen in je eigen buurt.",
            "Eating well, moving, relaxing and feeling good in your own neighbourhood.",
        ),
    ),
    (
        "ouder-worden",
        T("Ouder worden", "Growing older"),
        T(
            "Zo lang mogelijk zelfstandig wonen en mee blijven doen als je ouder wordt.",
            "Living independently for as long as possible and staying involved as you get older.",
        ),
    ),
    (
        "opgroeien",
        T("Opgroeien", "Growing up"),
        T(
            "Een goede start voor baby's, en ruimte voor kinderen en jongeren om te spelen, "
            "te leren en mee te praten.",
            "A good start for babies, and room for children and young people to play, "
            "learn and have their say.",
        ),
    ),
    (
        "wonen-en-leefbaarheid",
        T("Wonen en leefbaarheid", "Housing and liveability"),
        T(
            "Een goed huis en een prettige, veilige en groene buurt of dorp.",
            "A good home and a pleasant, safe and green neighbourhood or village.",
        ),
    ),
    (
        "ontmoeting",
        T("Ontmoeting en contact", "Meeting people"),
        T(
            "Elkaar leren kennen, samen iets doen en je minder alleen voelen.",
            "Getting to know each other, doing things together and feeling less alone.",
        ),
    ),
    (
        "buurtinitiatieven",
        T("Buurtinitiatieven", "Community initiatives"),
        T(
            "Plannen die bewoners zelf bedenken en samen uitvoeren.",
            "Plans that residents come up with themselves and carry out together.",
        ),
    ),
    (
        "zorg-en-welzijn",
        T("Zorg en welzijn", "Care and wellbeing"),
        T(
            "Hulp en steun dicht bij huis, van buren, vrijwilligers en professionals.",
            "Help and support close to home, from neighbours, volunteers and professionals.",
        ),
    ),
]

TARGET_GROUPS = [
    (
        "kinderen",
        T("Kinderen", "Children"),
        T("Kinderen van de basisschool.", "Children of primary school age."),
    ),
    (
        "jongeren",
        T("Jongeren", "Young people"),
        T(
            "Tieners en jonge mensen tot ongeveer 25 jaar.",
            "Teenagers and young people up to about 25.",
        ),
    ),
    (
        "ouders",
        T("(Aanstaande) ouders", "Parents and parents-to-be"),
        T(
            "Ouders van jonge kinderen en mensen die een kind verwachten.",
            "Parents of young children and people who are expecting a child.",
        ),
    ),
    (
        "ouderen",
        T("Ouderen", "Older people"),
        T(
            "Inwoners van ongeveer 55 jaar en ouder.",
            "Residents aged about 55 and over.",
        ),
    ),
    (
        "migratieachtergrond",
        T("Inwoners met een migratieachtergrond", "Residents with a migration background"),
        T(
            "Mensen die zelf in een ander land zijn geboren, of van wie de ouders daar "
            "vandaan komen.",
            "People who were born in another country themselves, or whose parents come from there.",
        ),
    ),
    (
        "weinig-geld",
        T("Mensen met weinig geld", "People with little money"),
        T(
            "Mensen die moeilijk rondkomen of schulden hebben.",
            "People who struggle to make ends meet or who have debts.",
        ),
    ),
    (
        "lvb",
        T(
            "Mensen met een licht verstandelijke beperking",
            "People with a mild intellectual disability",
        ),
        T(
            "Mensen die meer tijd en eenvoudige uitleg nodig hebben om informatie te begrijpen.",
            "People who need more time and simple explanations to understand information.",
        ),
    ),
    (
        "moeite-met-lezen",
        T(
            "Mensen die moeite hebben met lezen en schrijven",
            "People who find reading and writing hard",
        ),
        T(
            "Voor hen werken gesprekken, beelden en eenvoudige taal beter dan lange teksten.",
            "For them, conversations, pictures and plain language work better than long texts.",
        ),
    ),
    (
        "dorpsbewoners",
        T("Dorpsbewoners", "Villagers"),
        T(
            "Inwoners van dorpen en het platteland.",
            "Residents of villages and the countryside.",
        ),
    ),
]

METHODS = [
    (
        "sleutelpersonen",
        T("Sleutelpersonen", "Key persons"),
        T(
            "Samenwerken met actieve bewoners die veel mensen kennen en die door hen vertrouwd "
            "worden.",
            "Working with active residents who know many people and whom people trust.",
        ),
    ),
    (
        "foto-onderzoek",
        T("Foto-onderzoek met kinderen", "Photo research with children"),
        T(
            "Kinderen maken foto's van hun buurt en praten daarna over wat ze zien.",
            "Children take photos of their neighbourhood and then talk about what they see.",
        ),
    ),
    (
        "spel-en-bijeenkomsten",
        T("Spelvormen en bijeenkomsten", "Games and meetings"),
        T(
            "Bewoners komen samen en praten met behulp van een spel over hun buurt of dorp.",
            "Residents come together and use a game to talk about their neighbourhood or village.",
        ),
    ),
    (
        "wijkplan",
        T("Wijkplan", "Neighbourhood plan"),
        T(
            "Bewoners en gemeente maken samen een plan voor de wijk of het dorp en voeren het uit.",
            "Residents and the municipality make a plan for the neighbourhood or village "
            "together and carry it out.",
        ),
    ),
    (
        "gesprekken-kleine-groepen",
        T("Gesprekken in kleine groepen", "Small group conversations"),
        T(
            "Praten met een paar bewoners tegelijk, zodat iedereen aan het woord komt.",
            "Talking with a few residents at a time, so everyone gets a chance to speak.",
        ),
    ),
    (
        "leefplekmeter",
        T("Leefplekmeter", "Leefplekmeter"),
        T(
            "Bewoners geven hun omgeving een cijfer op een aantal thema's en praten daarover.",
            "Residents give their surroundings a score on a number of themes and talk about it.",
        ),
    ),
    (
        "vrijwilligers",
        T("Samenwerken met vrijwilligers", "Working with volunteers"),
        T(
            "Vrijwilligers en buurtgenoten helpen elkaar, vaak samen met professionals.",
            "Volunteers and neighbours help each other, often together with professionals.",
        ),
    ),
    (
        "informatiemarkt",
        T("Informatiemarkt", "Information market"),
        T(
            "Organisaties staan met een stand in de wijk, zodat bewoners hun vraag meteen kunnen "
            "stellen.",
            "Organisations have a stand in the neighbourhood, so residents can ask their "
            "question straight away.",
        ),
    ),
    (
        "huisbezoek",
        T("Huisbezoek", "Home visits"),
        T(
            "Langsgaan bij mensen thuis, of bellen, voor een rustig gesprek.",
            "Visiting people at home, or calling them, for a calm conversation.",
        ),
    ),
]

MUNICIPALITIES = [
    ("utrecht", "Utrecht", "Utrecht"),
    ("zwolle", "Zwolle", "Overijssel"),
    ("groningen", "Groningen", "Groningen"),
    ("roosendaal", "Roosendaal", "Noord-Brabant"),
    ("achtkarspelen", "Achtkarspelen", "Fryslân"),
    ("berg-en-dal", "Berg en Dal", "Gelderland"),
    ("tilburg", "Tilburg", "Noord-Brabant"),
    ("noardeast-fryslan", "Noardeast-Fryslân", "Fryslân"),
]

# The five elements of inclusive participation: early, close by, together,
# proactive and flexible. Their names and descriptions live with the page model.
ELEMENTS = ["early", "close-by", "together", "proactive", "flexible"]

# --- Index page ---------------------------------------------------------------

GOOD_PRACTICES_INDEX = {
    "title": T("Goede voorbeelden", "Good practices"),
    "intro": [
        T(
            "Hoe laat je inwoners echt meedoen? Hier lees je hoe andere gemeenten dat aanpakken. "
            "Van kinderen met een camera tot vrijwilligers die bij ouderen op bezoek gaan.",
            "How do you really involve residents? Here you can read how other municipalities "
            "go about it. From children with a camera to volunteers who visit older people.",
        ),
        T(
            "Zoek op thema, doelgroep, werkwijze of gemeente. Bij elk voorbeeld zie je ook welke "
            "van de vijf elementen erin zitten die meedoen voor iedereen makkelijker maken.",
            "Search by theme, target group, method or municipality. For each example you can "
            "also see which of the five elements that make taking part easier for everyone it "
            "shows.",
        ),
        T(
            "Elk voorbeeld verwijst naar een hoofdstuk uit de toolkit Meedoen met inwoners. "
            "Daar lees je hoe je zelf aan de slag gaat.",
            "Each example links to a chapter of the toolkit Meedoen met inwoners. There you "
            "can read how to get started yourself.",
        ),
    ],
}

# --- Practices ---------------------------------------------------------------

_LESSONS = T("Wat kun je hiervan leren?", "What can you learn from this?")

GOOD_PRACTICES = [
    {
        "slug": "kansrijke-start-utrecht",
        "title": T(
            "Kansrijke Start Utrecht: moeders helpen elkaar",
            "Kansrijke Start Utrecht: mothers helping each other",
        ),
        "municipality": "utrecht",
        "summary": T(
            "In Utrecht werken ouders, professionals en beleidsmakers samen aan een goede start "
            "voor kinderen. In de groep 'Wij, Moeders voor elkaar' steunen moeders elkaar.",
            "In Utrecht, parents, professionals and policy makers work together on a good start "
            "for children. In the group 'Wij, Moeders voor elkaar' mothers support each other.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "Kansrijke Start gaat over de eerste duizend dagen van een kind. "
                            "Dat is de tijd van de zwangerschap tot ongeveer de tweede "
                            "verjaardag.",
                            "Kansrijke Start (a promising start) is about the first thousand "
                            "days of a child's life. That is the time from pregnancy until "
                            "about the second birthday.",
                        ),
                        T(
                            "In Utrecht is er een coalitie Kansrijke Start. Daarin werken "
                            "professionals, beleidsmakers en (aanstaande) ouders samen. Samen "
                            "bouwen ze aan netwerken in de wijk.",
                            "Utrecht has a Kansrijke Start coalition. In it, professionals, "
                            "policy makers and parents and parents-to-be work together. "
                            "Together they build networks in the neighbourhood.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Wij, Moeders voor elkaar", "Wij, Moeders voor elkaar"),
                    "paragraphs": [
                        T(
                            "Een voorbeeld is de groep 'Wij, Moeders voor elkaar'. In deze groep "
                            "helpen moeders elkaar. Ze staan voor elkaar klaar.",
                            "One example is the group 'Wij, Moeders voor elkaar' (We, mothers "
                            "for each other). In this group, mothers help each other. They are "
                            "there for one another.",
                        ),
                        T(
                            "Ouders denken ook mee over projecten en werken eraan mee. Zo passen "
                            "die projecten beter bij wat ouders echt nodig hebben.",
                            "Parents also help to shape projects and work on them. That way the "
                            "projects fit better with what parents really need.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Wat levert het op?", "What does it bring?"),
                    "paragraphs": [
                        T(
                            "Beleidsmakers horen wat er in de wijk speelt. Die kennis gebruiken "
                            "ze als ze nieuw beleid maken.",
                            "Policy makers hear what is going on in the neighbourhood. They use "
                            "that knowledge when they make new policy.",
                        ),
                        T(
                            "De samenwerking is niet eenmalig. Ouders blijven meedenken en "
                            "meedoen, ook na het eerste project.",
                            "The cooperation is not a one-off. Parents keep thinking along and "
                            "taking part, also after the first project.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": _LESSONS,
                    "text": [
                        T(
                            "Samenwerken met ouders vraagt een andere houding van professionals. "
                            "Je bent niet de deskundige die alles weet. Je luistert en je "
                            "werkt samen.",
                            "Working with parents asks professionals to take a different "
                            "attitude. You are not the expert who knows everything. You listen "
                            "and you work together.",
                        ),
                        T(
                            "Begin vroeg. Laat ouders meedenken voordat een plan klaar is, en "
                            "niet pas aan het eind.",
                            "Start early. Let parents think along before a plan is finished, "
                            "not only at the end.",
                        ),
                    ],
                },
            ),
        ],
        "themes": ["opgroeien", "gezondheid", "ontmoeting", "zorg-en-welzijn"],
        "target_groups": ["ouders"],
        "methods": ["gesprekken-kleine-groepen"],
        "elements": ["early", "close-by", "together"],
        "chapters": ["het-belang-van-meedoen-in-de-wijk", "open-communicatie"],
        "links": [],
    },
    {
        "slug": "kinderen-zwolle",
        "title": T(
            "Kinderen in Zwolle onderzoeken hun wijk",
            "Children in Zwolle explore their neighbourhood",
        ),
        "municipality": "zwolle",
        "summary": T(
            "Kinderen gingen als junior-onderzoekers met een camera de wijk in. Met hun foto's "
            "lieten ze zien waar ze graag spelen en eten, en waar juist niet.",
            "Children went into the neighbourhood with a camera as junior researchers. With "
            "their photos they showed where they like to play and eat, and where they do not.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "Hoe kijken kinderen naar hun wijk? Wat helpt hen om gezond te leven, "
                            "en wat houdt hen tegen? De gemeente Zwolle vroeg het aan de "
                            "kinderen zelf.",
                            "How do children see their neighbourhood? What helps them to live "
                            "healthily, and what holds them back? The municipality of Zwolle "
                            "asked the children themselves.",
                        ),
                        T(
                            "Een groep kinderen werd junior-onderzoeker. Ze gingen met een "
                            "camera op pad in hun eigen wijk.",
                            "A group of children became junior researchers. They set out with a "
                            "camera in their own neighbourhood.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Hoe ging het?", "How did it work?"),
                    "intro": None,
                    "steps": [
                        {
                            "title": T("Foto's maken", "Taking photos"),
                            "text": T(
                                "De kinderen maakten foto's van plekken waar ze graag spelen of "
                                "eten. En van plekken waar ze dat liever niet doen.",
                                "The children took photos of places where they like to play or "
                                "eat. And of places where they would rather not.",
                            ),
                        },
                        {
                            "title": T("Praten over de foto's", "Talking about the photos"),
                            "text": T(
                                "Daarna praatten de kinderen met de onderzoekers over hun "
                                "foto's. Wat zie je? Waarom vind je deze plek wel of niet fijn?",
                                "Then the children talked with the researchers about their "
                                "photos. What do you see? Why do you like this place or not?",
                            ),
                        },
                        {
                            "title": T("Thema's kiezen", "Choosing themes"),
                            "text": T(
                                "Met de foto's en de gesprekken bepaalden de kinderen zelf de "
                                "belangrijkste thema's.",
                                "Using the photos and the conversations, the children decided "
                                "on the most important themes themselves.",
                            ),
                        },
                        {
                            "title": T("Samen oplossingen bedenken", "Finding solutions together"),
                            "text": T(
                                "Tot slot bespraken ze wat er moet gebeuren om de wijk gezonder "
                                "te maken.",
                                "Finally, they discussed what needs to happen to make the "
                                "neighbourhood healthier.",
                            ),
                        },
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Waarom werkt dit?", "Why does this work?"),
                    "paragraphs": [
                        T(
                            "Een foto zegt vaak meer dan een vragenlijst. Kinderen hoeven niet "
                            "goed te kunnen schrijven of praten in een groep om mee te doen.",
                            "A photo often says more than a questionnaire. Children do not need "
                            "to be good at writing or speaking in a group to take part.",
                        ),
                        T(
                            "Je ziet de wijk door de ogen van kinderen. Zo ontdek je dingen die "
                            "volwassenen vaak over het hoofd zien.",
                            "You see the neighbourhood through the eyes of children. That way "
                            "you discover things that adults often overlook.",
                        ),
                    ],
                },
            ),
            (
                "tips",
                {
                    "heading": T("Tips als je dit zelf wilt doen", "Tips if you want to try this"),
                    "tips": [
                        T(
                            "Laat kinderen zelf kiezen wat ze fotograferen.",
                            "Let children choose for themselves what they photograph.",
                        ),
                        T(
                            "Praat over elke foto. Het gesprek is net zo belangrijk als het beeld.",
                            "Talk about every photo. The conversation matters as much as the "
                            "picture.",
                        ),
                        T(
                            "Laat kinderen ook meedenken over oplossingen, niet alleen over "
                            "problemen.",
                            "Let children think about solutions too, not only about problems.",
                        ),
                        T(
                            "Vertel de kinderen achteraf wat er met hun ideeën is gebeurd.",
                            "Tell the children afterwards what happened with their ideas.",
                        ),
                    ],
                },
            ),
        ],
        "themes": ["opgroeien", "gezondheid", "wonen-en-leefbaarheid"],
        "target_groups": ["kinderen"],
        "methods": ["foto-onderzoek"],
        "elements": ["early", "close-by", "together", "flexible"],
        "chapters": ["interactieve-bijeenkomst", "het-belang-van-meedoen-in-de-wijk"],
        "links": [],
    },
    {
        "slug": "dorpen-noordoost-friesland",
        "title": T(
            "Studenten en Doarpswurk brengen leven in Friese dorpen",
            "Students and Doarpswurk bring new life to Frisian villages",
        ),
        "municipality": "noardeast-fryslan",
        "summary": T(
            "Studenten van NHL Stenden bedachten met Doarpswurk een aanpak met spelvormen en "
            "bijeenkomsten. In vijf Friese dorpen gingen bewoners daardoor meer samenwerken.",
            "Students from NHL Stenden worked with Doarpswurk on an approach with games and "
            "meetings. In five Frisian villages it helped residents to work together more.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "Doarpswurk is een organisatie die zich inzet voor prettig wonen en "
                            "leven in de dorpen van Fryslân.",
                            "Doarpswurk is an organisation that works to make the villages of "
                            "Friesland good places to live.",
                        ),
                        T(
                            "Studenten van NHL Stenden Hogeschool maakten samen met Doarpswurk "
                            "een nieuwe aanpak. Het doel: weer meer beweging en samenwerking in "
                            "het dorp.",
                            "Students from NHL Stenden University of Applied Sciences created a "
                            "new approach together with Doarpswurk. The aim: more energy and "
                            "cooperation in the village again.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Hoe werkt het?", "How does it work?"),
                    "paragraphs": [
                        T(
                            "Bewoners komen samen op bijeenkomsten. Met spelvormen praten ze over "
                            "hun dorp en zoeken ze samen naar oplossingen.",
                            "Residents come together at meetings. Using games, they talk about "
                            "their village and look for solutions together.",
                        ),
                        T(
                            "Een spel maakt meedoen makkelijker. Je hoeft niet gewend te zijn "
                            "aan vergaderen om je mening te geven.",
                            "A game makes taking part easier. You do not need to be used to "
                            "meetings to give your opinion.",
                        ),
                        T(
                            "De studenten probeerden de aanpak uit in vijf Friese dorpen.",
                            "The students tried out the approach in five Frisian villages.",
                        ),
                    ],
                },
            ),
            (
                "experience",
                {
                    "heading": T("Wat leverde het op?", "What did it bring?"),
                    "items": [
                        T(
                            "Bewoners werken meer met elkaar samen.",
                            "Residents work together more.",
                        ),
                        T(
                            "Er kwamen nieuwe ideeën, en bewoners begonnen zelf projecten.",
                            "New ideas came up, and residents started projects themselves.",
                        ),
                        T(
                            "De dorpen kregen meer vertrouwen in hun eigen kracht.",
                            "The villages gained more confidence in their own strength.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": _LESSONS,
                    "text": [
                        T(
                            "Volgens Doarpswurk kunnen andere dorpen deze aanpak ook gebruiken. "
                            "Zo kan het leven op het platteland prettiger worden.",
                            "According to Doarpswurk, other villages can use this approach too. "
                            "It can make life in the countryside more pleasant.",
                        ),
                        T(
                            "Werk samen met een hogeschool. Studenten kijken met een frisse blik "
                            "en hebben tijd om iets nieuws te proberen.",
                            "Work with a university of applied sciences. Students bring a fresh "
                            "view and have time to try something new.",
                        ),
                    ],
                },
            ),
        ],
        "themes": ["wonen-en-leefbaarheid", "buurtinitiatieven", "ontmoeting"],
        "target_groups": ["dorpsbewoners"],
        "methods": ["spel-en-bijeenkomsten"],
        "elements": ["close-by", "together", "flexible"],
        "chapters": ["interactieve-bijeenkomst", "bijeenkomst"],
        "links": [(T("Doarpswurk", "Doarpswurk"), "https://www.doarpswurk.frl/")],
    },
    {
        "slug": "sunny-selwerd",
        "title": T(
            "Sunny Selwerd: samen een gezondere wijk",
            "Sunny Selwerd: a healthier neighbourhood together",
        ),
        "municipality": "groningen",
        "summary": T(
            "In de Groningse wijk Selwerd maakten bewoners zelf een wijkplan. Ze legden onder "
            "meer een beweegtuin aan en organiseerden workshops gezond koken.",
            "In the Groningen neighbourhood of Selwerd, residents made their own neighbourhood "
            "plan. Among other things, they created an outdoor exercise garden and organised "
            "healthy cooking workshops.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Over de wijk", "About the neighbourhood"),
                    "paragraphs": [
                        T(
                            "Selwerd is een wijk in Groningen die na de Tweede Wereldoorlog is "
                            "gebouwd. Veel bewoners hebben weinig geld. Ook stress en "
                            "gezondheidsklachten komen er veel voor.",
                            "Selwerd is a neighbourhood in Groningen that was built after the "
                            "Second World War. Many residents have little money. Stress and "
                            "health problems are also common there.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Een plan voor en door bewoners", "A plan for and by residents"),
                    "paragraphs": [
                        T(
                            "Bewoners maakten samen het wijkplan Sunny Selwerd. Het doel is een "
                            "wijk die gezonder en fijner is om in te wonen.",
                            "Residents made the neighbourhood plan Sunny Selwerd together. The "
                            "aim is a neighbourhood that is healthier and nicer to live in.",
                        ),
                        T(
                            "De afgelopen jaren deden veel bewoners mee aan projecten. Zo kwam er "
                            "een beweegtuin, een buitenplek om samen te sporten. En er waren "
                            "workshops om gezond te leren koken.",
                            "In recent years many residents took part in projects. An outdoor "
                            "exercise garden was created, a place to work out together. And "
                            "there were workshops to learn healthy cooking.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("De rol van de gemeente", "The role of the municipality"),
                    "paragraphs": [
                        T(
                            "De gemeente steunt de plannen van bewoners. Ze moedigt bewoners aan "
                            "om mee te denken en mee te doen. Maar de bewoners bepalen wat "
                            "belangrijk is.",
                            "The municipality supports the residents' plans. It encourages "
                            "residents to think along and take part. But the residents decide "
                            "what matters.",
                        ),
                    ],
                },
            ),
            (
                "tips",
                {
                    "heading": _LESSONS,
                    "tips": [
                        T(
                            "Laat de wijk zelf bepalen wat eerst moet.",
                            "Let the neighbourhood decide for itself what comes first.",
                        ),
                        T(
                            "Houd wat geld achter de hand. Dan kun je meteen helpen als bewoners "
                            "met een goed idee komen. Dat geeft vertrouwen.",
                            "Keep some money in reserve. Then you can help straight away when "
                            "residents come up with a good idea. That builds trust.",
                        ),
                        T(
                            "Let op je woorden. Gebruik de taal van bewoners, niet de taal van "
                            "beleidsnota's.",
                            "Watch your words. Use the language of residents, not the language "
                            "of policy papers.",
                        ),
                    ],
                },
            ),
        ],
        "themes": [
            "gezondheid",
            "armoede-en-geldzorgen",
            "buurtinitiatieven",
            "wonen-en-leefbaarheid",
        ],
        "target_groups": ["weinig-geld"],
        "methods": ["wijkplan"],
        "elements": ["early", "close-by", "together"],
        "chapters": ["het-belang-van-meedoen-in-de-wijk", "bijeenkomst"],
        "links": [(T("Sunny Selwerd", "Sunny Selwerd"), "https://www.sunnyselwerd.nl/")],
    },
    {
        "slug": "voor-elkaar-teams-roosendaal",
        "title": T(
            "Voor Elkaar-teams in Roosendaal: buren helpen buren",
            "Voor Elkaar teams in Roosendaal: neighbours helping neighbours",
        ),
        "municipality": "roosendaal",
        "summary": T(
            "In Roosendaal helpen vrijwilligers en professionals samen bewoners met vragen over "
            "geld, zorg en wonen. Zo kunnen mensen langer zelfstandig thuis blijven wonen.",
            "In Roosendaal, volunteers and professionals together help residents with questions "
            "about money, care and housing. That way people can keep living independently at "
            "home for longer.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "In Roosendaal zijn Voor Elkaar-teams actief. Daarin werken "
                            "vrijwilligers en professionals samen. Vaak zijn het buurtgenoten "
                            "die andere buurtgenoten helpen.",
                            "In Roosendaal, Voor Elkaar (For Each Other) teams are active. In "
                            "them, volunteers and professionals work together. They are often "
                            "neighbours helping other neighbours.",
                        ),
                        T(
                            "De teams geven informatie en advies, en helpen problemen op te "
                            "lossen. Ze kijken daarbij goed naar de situatie van elke bewoner.",
                            "The teams give information and advice, and help to solve problems. "
                            "In doing so, they look closely at each resident's situation.",
                        ),
                    ],
                },
            ),
            (
                "experience",
                {
                    "heading": T(
                        "Waarvoor kun je bij hen terecht?", "What can you go to them for?"
                    ),
                    "items": [
                        T(
                            "Je hebt moeite om rond te komen, of je hebt vragen over geld.",
                            "You find it hard to make ends meet, or you have questions about "
                            "money.",
                        ),
                        T(
                            "Je wilt iets doen voor een ander, of je maakt je zorgen over iemand.",
                            "You want to do something for someone else, or you are worried "
                            "about someone.",
                        ),
                        T(
                            "Je wilt zelfstandig blijven wonen, of je wilt meedoen in de buurt.",
                            "You want to keep living independently, or you want to join in "
                            "with the neighbourhood.",
                        ),
                        T(
                            "Je ziet het even niet meer zitten, of je voelt je alleen.",
                            "You are feeling low for a while, or you feel lonely.",
                        ),
                        T(
                            "Je vindt lezen of schrijven moeilijk.",
                            "You find reading or writing difficult.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Samen met de wijk", "Together with the neighbourhood"),
                    "paragraphs": [
                        T(
                            "De teams werken nauw samen met andere organisaties in de wijk. Zo "
                            "komt een vraag snel op de goede plek.",
                            "The teams work closely with other organisations in the "
                            "neighbourhood. That way a question quickly reaches the right place.",
                        ),
                        T(
                            "Het doel is dat bewoners zo lang mogelijk zelfstandig wonen. En dat "
                            "ze zelf oplossingen vinden voor de problemen die ze hebben.",
                            "The aim is for residents to live independently for as long as "
                            "possible. And for them to find their own solutions to the problems "
                            "they face.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": _LESSONS,
                    "text": [
                        T(
                            "Een buurtgenoot is vaak makkelijker te benaderen dan een loket. "
                            "Mensen durven hun vraag eerder te stellen aan iemand die ze kennen.",
                            "A neighbour is often easier to approach than a service desk. People "
                            "are more willing to ask their question to someone they know.",
                        ),
                        T(
                            "Zorg dat vrijwilligers steun krijgen van professionals. Dan weten ze "
                            "waar ze iemand naartoe kunnen sturen als het te zwaar wordt.",
                            "Make sure volunteers are backed up by professionals. Then they know "
                            "where to send someone when things get too much.",
                        ),
                    ],
                },
            ),
        ],
        "themes": [
            "zorg-en-welzijn",
            "armoede-en-geldzorgen",
            "ouder-worden",
            "ontmoeting",
            "wonen-en-leefbaarheid",
        ],
        "target_groups": ["ouderen", "weinig-geld", "moeite-met-lezen", "lvb"],
        "methods": ["vrijwilligers"],
        "elements": ["close-by", "together", "flexible"],
        "chapters": ["vrijwilligersorganisatie", "sleutelpersonen"],
        "links": [],
    },
    {
        "slug": "gezond-achtkarspelen",
        "title": T(
            "Gezond Achtkarspelen: inwoners praten mee over gezondheid",
            "Gezond Achtkarspelen: residents have their say on health",
        ),
        "municipality": "achtkarspelen",
        "summary": T(
            "De gemeente Achtkarspelen sprak in kleine groepen met inwoners over gezondheid. Wat "
            "zij vertelden, staat nu in het lokale gezondheidsbeleid.",
            "The municipality of Achtkarspelen talked with residents about health in small "
            "groups. What they said is now part of the local health policy.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "De gemeente Achtkarspelen wilde weten wat inwoners belangrijk vinden "
                            "voor hun gezondheid. Daarom nodigde ze inwoners uit voor een "
                            "gesprek.",
                            "The municipality of Achtkarspelen wanted to know what residents "
                            "find important for their health. So it invited residents to a "
                            "conversation.",
                        ),
                        T(
                            "De gesprekken waren in kleine groepen. Ze gingen over eten, bewegen, "
                            "ontspannen en contact met anderen.",
                            "The conversations were held in small groups. They were about food, "
                            "exercise, relaxing and contact with other people.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T(
                        "Wat gebeurde er met de gesprekken?",
                        "What happened with the conversations?",
                    ),
                    "paragraphs": [
                        T(
                            "Inwoners deelden hun ideeën. Ze vertelden ook waar ze tegenaan "
                            "lopen. De gemeente gebruikte dit voor de nota lokaal "
                            "gezondheidsbeleid.",
                            "Residents shared their ideas. They also said what gets in their "
                            "way. The municipality used this for its local health policy paper.",
                        ),
                        T(
                            "De uitkomsten staan ook in een infographic, een plaat met korte "
                            "teksten en tekeningen. Zo kan iedereen zien wat er met de "
                            "gesprekken is gedaan.",
                            "The results are also shown in an infographic, a poster with short "
                            "texts and drawings. That way everyone can see what was done with "
                            "the conversations.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T(
                        "Initiatieven van inwoners en organisaties",
                        "Initiatives of residents and organisations",
                    ),
                    "paragraphs": [
                        T(
                            "Mei Elkoar Yn Drogeham (MEYD): inwoners en professionals werken "
                            "samen aan een gezonde buurt. Er is bijvoorbeeld een werkgroep Fit "
                            "en Sûn.",
                            "Mei Elkoar Yn Drogeham (MEYD): residents and professionals work "
                            "together on a healthy neighbourhood. For example, there is a Fit en "
                            "Sûn (fit and healthy) working group.",
                        ),
                        T(
                            "Trynwâlderein: een netwerk van ouderen voor ouderen. Ze komen op "
                            "voor ouderen en kijken welke zorg van vrijwilligers en "
                            "professionals nodig is en welke er al is.",
                            "Trynwâlderein: a network of older people for older people. They "
                            "stand up for older residents and look at which care from "
                            "volunteers and professionals is needed and which is already there.",
                        ),
                        T(
                            "Tuinen verbinden Buitenpost: bewoners verbinden tuinen met elkaar en "
                            "zorgen voor meer planten en dieren in het groen. Ze planten "
                            "bijvoorbeeld bollen in de berm en zaaien bloemen.",
                            "Tuinen verbinden Buitenpost (gardens connect Buitenpost): residents "
                            "link gardens together and bring more plants and wildlife to green "
                            "spaces. For example, they plant bulbs along the roadside and sow "
                            "flowers.",
                        ),
                        T(
                            "'t Stationnetje: een plek in Hurdegaryp en in Buitenpost voor "
                            "jongeren. Ze werken er aan een doel, zoals een schoolkeuze, werk "
                            "zoeken of een talent. En ze ontmoeten er anderen.",
                            "'t Stationnetje (the little station): a place for young people in "
                            "Hurdegaryp and in Buitenpost. They work there on a goal, such as "
                            "choosing a school, finding work or developing a talent. And they "
                            "meet other people there.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": _LESSONS,
                    "text": [
                        T(
                            "Houd de groepen klein. In een kleine groep durven meer mensen iets "
                            "te zeggen.",
                            "Keep the groups small. In a small group more people dare to speak.",
                        ),
                        T(
                            "Laat zien wat je met de gesprekken doet, bijvoorbeeld met een plaat "
                            "in eenvoudige taal. Zo weten inwoners dat hun verhaal telt.",
                            "Show what you do with the conversations, for example with a poster "
                            "in plain language. That way residents know their story counts.",
                        ),
                    ],
                },
            ),
        ],
        "themes": ["gezondheid", "buurtinitiatieven", "ouder-worden", "opgroeien"],
        "target_groups": ["dorpsbewoners", "jongeren", "ouderen"],
        "methods": ["gesprekken-kleine-groepen"],
        "elements": ["early", "together"],
        "chapters": ["bijeenkomst", "interactieve-bijeenkomst", "open-communicatie"],
        "links": [],
    },
    {
        "slug": "leefplekmeter-berg-en-dal",
        "title": T(
            "De Leefplekmeter in Stekkenberg, Berg en Dal",
            "The Leefplekmeter in Stekkenberg, Berg en Dal",
        ),
        "municipality": "berg-en-dal",
        "summary": T(
            "In de wijk Stekkenberg geven bewoners hun buurt een cijfer met de Leefplekmeter. "
            "Sleutelpersonen uit de wijk, getraind door Pharos, voeren het gesprek erover.",
            "In the Stekkenberg neighbourhood, residents score their area with the "
            "Leefplekmeter. Key persons from the neighbourhood, trained by Pharos, lead the "
            "conversation about it.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "De Leefplekmeter is een hulpmiddel. Bewoners geven daarmee een "
                            "cijfer aan veertien thema's over hun omgeving. Het gaat om dingen "
                            "die invloed hebben op je gezondheid.",
                            "The Leefplekmeter (living place meter) is a tool. With it, "
                            "residents give a score to fourteen themes about their "
                            "surroundings. These are things that affect your health.",
                        ),
                        T(
                            "De gemeente Berg en Dal gebruikt de Leefplekmeter in de wijk "
                            "Stekkenberg. Zo ziet de gemeente goed wat er in de wijk speelt. En "
                            "bewoners krijgen een stem en een rol in wat er daarna gebeurt.",
                            "The municipality of Berg en Dal uses the Leefplekmeter in the "
                            "Stekkenberg neighbourhood. That gives the municipality a clear "
                            "picture of what is going on. And residents get a voice and a role "
                            "in what happens next.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Hoe pakte Berg en Dal het aan?", "How did Berg en Dal do it?"),
                    "intro": None,
                    "steps": [
                        {
                            "title": T("Eenvoudige taal", "Plain language"),
                            "text": T(
                                "De gewone Leefplekmeter is herschreven in taal op B1-niveau. "
                                "Ook is hij aangepast aan deze wijk.",
                                "The standard Leefplekmeter was rewritten in language at B1 "
                                "level. It was also adapted to this neighbourhood.",
                            ),
                        },
                        {
                            "title": T("Sleutelpersonen trainen", "Training key persons"),
                            "text": T(
                                "Pharos trainde sleutelpersonen uit de wijk. Zij leerden hoe ze "
                                "de Leefplekmeter samen met bewoners invullen.",
                                "Pharos trained key persons from the neighbourhood. They "
                                "learned how to fill in the Leefplekmeter together with "
                                "residents.",
                            ),
                        },
                        {
                            "title": T("Het gesprek voeren", "Having the conversation"),
                            "text": T(
                                "De sleutelpersonen praten met bewoners over hun cijfers. Waarom "
                                "geef je dit cijfer? Wat kan beter?",
                                "The key persons talk with residents about their scores. Why "
                                "do you give this score? What could be better?",
                            ),
                        },
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Het gesprek is de winst", "The conversation is the gain"),
                    "paragraphs": [
                        T(
                            "Het cijfer zelf is niet het belangrijkste. De meeste waarde zit in "
                            "het gesprek over het cijfer. Daar hoor je wat bewoners echt "
                            "bezighoudt.",
                            "The score itself is not the most important thing. Most of the value "
                            "lies in the conversation about the score. That is where you hear "
                            "what really matters to residents.",
                        ),
                        T(
                            "Door de eenvoudige taal kunnen meer mensen meedoen. Ook mensen die "
                            "moeite hebben met lezen, of die een licht verstandelijke beperking "
                            "hebben.",
                            "Thanks to the plain language, more people can take part. Including "
                            "people who find reading hard, or who have a mild intellectual "
                            "disability.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": _LESSONS,
                    "text": [
                        T(
                            "Maak een bestaand hulpmiddel passend voor jouw wijk, en schrijf het "
                            "in eenvoudige taal.",
                            "Adapt an existing tool to your neighbourhood, and write it in plain "
                            "language.",
                        ),
                        T(
                            "Laat sleutelpersonen het gesprek voeren. Bewoners kennen hen en "
                            "vertrouwen hen.",
                            "Let key persons lead the conversation. Residents know them and "
                            "trust them.",
                        ),
                        T(
                            "Wil je praten met mensen met een licht verstandelijke beperking? "
                            "Kijk dan ook naar de gereedschapskist 'Praat met mij' van Movisie.",
                            "Do you want to talk with people with a mild intellectual "
                            "disability? Then also have a look at the 'Praat met mij' (Talk to "
                            "me) toolbox by Movisie.",
                        ),
                    ],
                },
            ),
        ],
        "themes": ["wonen-en-leefbaarheid", "gezondheid"],
        "target_groups": ["lvb", "moeite-met-lezen"],
        "methods": ["leefplekmeter", "sleutelpersonen"],
        "elements": ["close-by", "together", "proactive", "flexible"],
        "chapters": ["sleutelpersonen", "open-communicatie"],
        "links": [(T("Pharos", "Pharos"), "https://www.pharos.nl/")],
    },
    {
        "slug": "gezond-en-gelukkig-oud-tilburg",
        "title": T("Gezond en gelukkig oud in Tilburg", "Healthy and happy ageing in Tilburg"),
        "municipality": "tilburg",
        "summary": T(
            "In Tilburg organiseren vrijwilligers en ouderen samen activiteiten. Zo blijven "
            "ouderen langer zelfstandig en leren ze nieuwe mensen kennen.",
            "In Tilburg, volunteers and older people organise activities together. That way "
            "older people stay independent for longer and get to know new people.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "In het project Gezond en gelukkig oud organiseren vrijwilligers en "
                            "ouderen zelf allerlei activiteiten.",
                            "In the project Gezond en gelukkig oud (healthy and happy ageing), "
                            "volunteers and older people organise all kinds of activities "
                            "themselves.",
                        ),
                        T(
                            "Het doel is dat ouderen zelfstandig blijven. En dat ze nieuwe "
                            "contacten krijgen.",
                            "The aim is for older people to stay independent. And for them to "
                            "make new contacts.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Vier voorbeelden", "Four examples"),
                    "paragraphs": [
                        T(
                            "ANWB AutoMaatje: vrijwilligers rijden met hun eigen auto ouderen "
                            "die minder goed ter been zijn. Bijvoorbeeld naar de dokter of het "
                            "ziekenhuis, maar ook naar familie of naar de stad voor een kop "
                            "koffie. Een coördinator van ContourdeTwern zoekt en begeleidt de "
                            "vrijwilligers.",
                            "ANWB AutoMaatje: volunteers use their own car to drive older people "
                            "who are less mobile. For example to the doctor or the hospital, but "
                            "also to family or into town for a cup of coffee. A coordinator from "
                            "ContourdeTwern recruits and supports the volunteers.",
                        ),
                        T(
                            "Fijn Thuis-gesprekken: getrainde vrijwilligers gaan op bezoek bij "
                            "ouderen, of ze bellen. Alle 75-jarigen krijgen een brief. Andere "
                            "ouderen worden bereikt via hun eigen netwerk en via partners. Er is "
                            "vooral aandacht voor 65-plussers die iets ingrijpends meemaken.",
                            "Fijn Thuis (feeling at home) conversations: trained volunteers "
                            "visit older people, or call them. Everyone who turns 75 gets a "
                            "letter. Other older people are reached through their own network "
                            "and through partners. The focus is on people over 65 who are going "
                            "through a major life event.",
                        ),
                        T(
                            "Gezond en gelukkig oud in je wijk of dorp: de gemeente praat met "
                            "inwoners van 55 of 65 jaar en ouder. Zijn er genoeg geschikte "
                            "woningen? Welke voorzieningen en ontmoetingsplekken zijn er, en kun "
                            "je die goed bereiken? Is er aandacht voor mensen met "
                            "geheugenproblemen of dementie? Daarna maken bewoners en gemeente "
                            "samen een actieplan en voeren dat uit.",
                            "Healthy and happy ageing in your neighbourhood or village: the "
                            "municipality talks with residents aged 55 or 65 and over. Are there "
                            "enough suitable homes? Which facilities and meeting places are "
                            "there, and are they easy to get to? Is there attention for people "
                            "with memory problems or dementia? Then residents and the "
                            "municipality make an action plan together and carry it out.",
                        ),
                        T(
                            "Netwerken in wijk en dorp: de gemeente bracht in kaart wie er "
                            "samenwerkt rond ouder worden. Denk aan mensen uit wonen, zorg, de "
                            "huisarts, welzijn en de gemeente. Maar ook actieve ouderen, de "
                            "wijkraad, ondernemers en vrijwilligersorganisaties.",
                            "Networks in neighbourhood and village: the municipality mapped who "
                            "works together on growing older. Think of people from housing, "
                            "care, the GP, welfare and the municipality. But also active older "
                            "people, the neighbourhood council, local businesses and volunteer "
                            "organisations.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": _LESSONS,
                    "text": [
                        T(
                            "Wacht niet tot ouderen zelf om hulp vragen. Een brief of een bezoek "
                            "op het goede moment kan veel doen.",
                            "Do not wait for older people to ask for help themselves. A letter "
                            "or a visit at the right moment can make a big difference.",
                        ),
                        T(
                            "Vrijwilligerswerk geeft ook de vrijwilligers iets. De chauffeurs "
                            "vinden hun werk zinvol.",
                            "Volunteering gives something to the volunteers too. The drivers "
                            "find their work meaningful.",
                        ),
                        T(
                            "Maak het plan samen met bewoners, en voer het ook samen uit.",
                            "Make the plan together with residents, and carry it out together too.",
                        ),
                    ],
                },
            ),
        ],
        "themes": [
            "ouder-worden",
            "zorg-en-welzijn",
            "ontmoeting",
            "wonen-en-leefbaarheid",
            "gezondheid",
        ],
        "target_groups": ["ouderen", "dorpsbewoners"],
        "methods": ["huisbezoek", "vrijwilligers", "wijkplan"],
        "elements": ["close-by", "together", "proactive", "flexible"],
        "chapters": ["vrijwilligersorganisatie", "het-belang-van-meedoen-in-de-wijk"],
        "links": [],
    },
    {
        "slug": "voedselbank-kanaleneiland",
        "title": T(
            "Twee jaar meehelpen bij de Voedselbank in Kanaleneiland",
            "Two years of helping out at the food bank in Kanaleneiland",
        ),
        "municipality": "utrecht",
        "summary": T(
            "Een onderzoeker van Toezicht Sociaal Domein hielp twee jaar lang elke week mee bij "
            "de Voedselbank in Kanaleneiland. Zo ontstond een netwerk dat samen schulden aanpakt.",
            "A researcher from Toezicht Sociaal Domein helped out at the food bank in "
            "Kanaleneiland every week for two years. This grew into a network that tackles debt "
            "together.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "Hoe bereik je als gemeente inwoners die in armoede leven? Toezicht "
                            "Sociaal Domein onderzocht dat in de Utrechtse wijk Kanaleneiland.",
                            "How does a municipality reach residents who live in poverty? "
                            "Toezicht Sociaal Domein looked into this in the Utrecht "
                            "neighbourhood of Kanaleneiland.",
                        ),
                        T(
                            "Een van de onderzoekers werkte ruim twee jaar lang elke week een "
                            "middag mee bij de Voedselbank. Dicht bij de mensen, in de wijk zelf.",
                            "One of the researchers worked at the food bank one afternoon a "
                            "week for more than two years. Close to the people, in the "
                            "neighbourhood itself.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Een netwerk tegen schulden", "A network against debt"),
                    "paragraphs": [
                        T(
                            "In die twee jaar groeide er een netwerk. Daarin zitten "
                            "sleutelpersonen, ervaringsdeskundigen, inwoners en "
                            "vrijwilligersorganisaties. Ook organisaties die hulp geven, het "
                            "Wijkinformatiepunt Kanaleneiland en de afdeling aanpak armoede van "
                            "de gemeente Utrecht doen mee.",
                            "In those two years a network grew. It includes key persons, "
                            "experts by experience, residents and volunteer organisations. "
                            "Organisations that provide help, the Kanaleneiland neighbourhood "
                            "information point and the City of Utrecht's anti-poverty "
                            "department also take part.",
                        ),
                        T(
                            "Het netwerk werkt samen om schulden tegen te gaan.",
                            "The network works together to fight debt.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T(
                        "Van de wijk naar de toolkit", "From the neighbourhood to the toolkit"
                    ),
                    "paragraphs": [
                        T(
                            "Wat de onderzoekers leerden, staat in de toolkit Meedoen met "
                            "inwoners. Bijvoorbeeld hoe je een bijeenkomst of een "
                            "informatiemarkt in de wijk houdt. En hoe je inwoners eerlijk "
                            "betaalt voor hun tijd.",
                            "What the researchers learned is in the toolkit Meedoen met "
                            "inwoners. For example, how to hold a meeting or an information "
                            "market in the neighbourhood. And how to pay residents fairly for "
                            "their time.",
                        ),
                        T(
                            "Twee bewoners uit Kanaleneiland werkten mee aan de toolkit. Ook het "
                            "programma Samen stad maken van de gemeente Utrecht en Gebruiker "
                            "Centraal dachten mee.",
                            "Two residents of Kanaleneiland helped to make the toolkit. The City "
                            "of Utrecht's Samen stad maken (making the city together) programme "
                            "and Gebruiker Centraal also contributed.",
                        ),
                    ],
                },
            ),
            (
                "tips",
                {
                    "heading": _LESSONS,
                    "tips": [
                        T(
                            "Neem de tijd. Vertrouwen groeit niet in één middag, maar in maanden.",
                            "Take your time. Trust does not grow in one afternoon, but over "
                            "months.",
                        ),
                        T(
                            "Kom vaak terug, het liefst op een vaste dag. Dan weten mensen je te "
                            "vinden.",
                            "Come back often, ideally on a fixed day. Then people know where to "
                            "find you.",
                        ),
                        T(
                            "Help mee met het gewone werk. Zo leer je bewoners kennen voordat je "
                            "hun iets vraagt.",
                            "Help with the everyday work. That way you get to know residents "
                            "before you ask them anything.",
                        ),
                        T(
                            "Vertel eerlijk wie je bent en waarom je er bent.",
                            "Be honest about who you are and why you are there.",
                        ),
                    ],
                },
            ),
        ],
        "themes": ["armoede-en-geldzorgen", "zorg-en-welzijn"],
        "target_groups": ["weinig-geld", "migratieachtergrond"],
        "methods": ["vrijwilligers", "sleutelpersonen", "informatiemarkt"],
        "elements": ["close-by", "together", "proactive"],
        "chapters": ["vrijwilligersorganisatie", "informatiemarkt", "inwoners-betalen"],
        "links": [
            (
                T("Toezicht Sociaal Domein", "Toezicht Sociaal Domein"),
                "https://www.toezichtsociaaldomein.nl/",
            )
        ],
    },
    {
        "slug": "stichting-sleutelpersonen-utrecht",
        "title": T(
            "Stichting Sleutelpersonen Utrecht: een vaste plek voor sleutelpersonen",
            "Stichting Sleutelpersonen Utrecht: a formal place for key persons",
        ),
        "municipality": "utrecht",
        "summary": T(
            "In Utrecht hebben sleutelpersonen een eigen stichting. Daardoor kan de gemeente op "
            "een professionele manier met hen samenwerken.",
            "In Utrecht, key persons have their own foundation. This allows the municipality to "
            "work with them in a professional way.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat zijn sleutelpersonen?", "What are key persons?"),
                    "paragraphs": [
                        T(
                            "Sleutelpersonen zijn actieve bewoners met een belangrijke rol in hun "
                            "gemeenschap. Ze zetten zich in voor de wijk, zonder er zelf beter "
                            "van te worden.",
                            "Key persons are active residents with an important role in their "
                            "community. They work for the neighbourhood without expecting "
                            "anything in return.",
                        ),
                        T(
                            "Vaak hebben ze hetzelfde meegemaakt als andere bewoners. Daarom "
                            "vertrouwen mensen hen. Dan is het makkelijker om over je schaamte "
                            "heen te stappen en hulp te vragen, bijvoorbeeld bij schulden.",
                            "They have often been through the same things as other residents. "
                            "That is why people trust them. It then becomes easier to get past "
                            "your shame and ask for help, for example with debts.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Een stichting geeft houvast", "A foundation gives structure"),
                    "paragraphs": [
                        T(
                            "Sleutelpersonen bereiken via hun eigen netwerk veel inwoners. In "
                            "Utrecht hebben ze een formele plek gekregen in de Stichting "
                            "Sleutelpersonen Utrecht.",
                            "Key persons reach many residents through their own network. In "
                            "Utrecht they have been given a formal place in the Stichting "
                            "Sleutelpersonen Utrecht (Utrecht Key Persons Foundation).",
                        ),
                        T(
                            "Zo kan de gemeente op een professionele manier met hen samenwerken. "
                            "Het wordt ook makkelijker om te kijken of er een vergoeding "
                            "tegenover hun inzet kan staan.",
                            "This allows the municipality to work with them in a professional "
                            "way. It also becomes easier to see whether their efforts can be "
                            "paid for.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Waar vind je sleutelpersonen?", "Where do you find key persons?"),
                    "paragraphs": [
                        T(
                            "Je vindt sleutelpersonen waar mensen vrijwilligerswerk doen. Maar "
                            "ook op scholen, in moskeeën, kerken, bibliotheken en buurthuizen.",
                            "You find key persons where people do voluntary work. But also at "
                            "schools, in mosques, churches, libraries and community centres.",
                        ),
                        T(
                            "Vraag het ook aan het wijkbureau of het buurtteam. Of kijk op de "
                            "sociale kaart van de wijk.",
                            "You can also ask the neighbourhood office or the neighbourhood "
                            "team. Or look at the neighbourhood's social map.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "important",
                    "heading": T("Samen achter de voordeur", "Together behind the front door"),
                    "text": [
                        T(
                            "Veel mensen wantrouwen de gemeente. Een sleutelpersoon kennen ze "
                            "wel. Ga daarom samen op pad als er zorgen zijn achter de voordeur. "
                            "Dan doet iemand eerder open, en gaat het gesprek makkelijker.",
                            "Many people distrust the municipality. But they do know the key "
                            "person. So go together when there are worries behind the front "
                            "door. People are more likely to open up, and the conversation goes "
                            "more easily.",
                        ),
                    ],
                },
            ),
            (
                "tips",
                {
                    "heading": _LESSONS,
                    "tips": [
                        T(
                            "Bouw een netwerk van sleutelpersonen op en houd regelmatig contact.",
                            "Build a network of key persons and stay in touch regularly.",
                        ),
                        T(
                            "Zorg voor korte lijnen met migrantenorganisaties. Zij weten hoe je "
                            "moeilijke onderwerpen bespreekbaar maakt.",
                            "Keep in close contact with migrant organisations. They know how to "
                            "open up difficult subjects for discussion.",
                        ),
                        T(
                            "Denk aan tijd en geld. Een vergoeding voor reiskosten of de "
                            "telefoon hoort erbij.",
                            "Think about time and money. Paying for travel or phone costs is "
                            "part of it.",
                        ),
                    ],
                },
            ),
        ],
        "themes": ["armoede-en-geldzorgen", "zorg-en-welzijn", "ontmoeting"],
        "target_groups": ["migratieachtergrond", "weinig-geld"],
        "methods": ["sleutelpersonen"],
        "elements": ["close-by", "together", "proactive"],
        "chapters": ["sleutelpersonen", "inwoners-betalen"],
        "links": [],
    },
]
