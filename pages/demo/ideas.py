"""Demo content for the feedback register: residents' ideas and what happened with them.

The toolkit "Meedoen met inwoners" asks municipalities to always tell residents what
happened with their input, also when (for now) nothing happens, and to explain why. This
module gives every demo neighbourhood (``zuidwest`` with Kanaleneiland, ``overvecht`` and
``noordwest``) a register of ideas with a public timeline of feedback updates.

IDEAS maps a neighbourhood slug to a list of ideas. Each idea has a slug (unique within
its neighbourhood), a title, a short summary, a theme slug (see ``practices.THEMES``), a
source (``feedback.status.Source``), ``received_days_ago`` and a list of updates, oldest
first. Dates are relative to the day the demo is loaded, so the register always looks
current. An idea without updates has the status "received".

Each update has ``days_ago``, a ``status`` (``feedback.status.Status``) and a message.
Not doing, on hold and referred always carry a reason code (see migration
``feedback/0002_reason_codes``) and a reason written for this idea; referred says to whom
and how residents reach them; on hold says in how many days from today we look again
(negative when that date has passed); merged names the slug of the other idea.

The data is varied on purpose: most ideas are answered on time under the feedback
promise (first answer within 21 days, then at least every 42 days until closed), a few
got a late first answer, and at least two per neighbourhood are overdue now, so the
staff dashboard and the on-time figures have something to show.

All texts are plain Dutch (B1), with "we" for the municipality and "je" for the
resident, and a natural English translation. They never name residents.
"""

from .text import T


def _update(
    days_ago,
    status,
    message,
    *,
    reason_code=None,
    reason=None,
    referred_to=None,
    revisit_in_days=None,
    merged_into=None,
):
    """One feedback update, with every key present so the loader can read them all."""
    return {
        "days_ago": days_ago,
        "status": status,
        "message": message,
        "reason_code": reason_code,
        "reason": reason,
        "referred_to": referred_to,
        "revisit_in_days": revisit_in_days,
        "merged_into": merged_into,
    }


# --- Zuidwest (with Kanaleneiland) -----------------------------------------

ZUIDWEST = [
    {
        "slug": "bankjes-bij-de-speeltuin",
        "title": T("Bankjes bij de speeltuin", "Benches by the playground"),
        "summary": T(
            "Ouders en grootouders staan lang bij de speeltuin aan de Churchilllaan. "
            "Er is nergens een plek om te zitten. Ze vragen om bankjes, ook in de schaduw.",
            "Parents and grandparents stand by the playground on the Churchilllaan for a "
            "long time. There is nowhere to sit. They ask for benches, also in the shade.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "meeting",
        "received_days_ago": 120,
        "updates": [
            _update(
                112,
                "under_review",
                T(
                    "Bedankt voor je idee. We kijken waar bankjes kunnen staan. "
                    "Ze mogen de kinderen niet in de weg staan.",
                    "Thank you for your idea. We are looking at where benches can go. "
                    "They must not get in the way of the children.",
                ),
            ),
            _update(
                80,
                "planned",
                T(
                    "Er komen drie bankjes. Eén bankje komt onder de grote boom. "
                    "We plaatsen ze binnen twee maanden.",
                    "Three benches are coming. One bench will go under the big tree. "
                    "We will put them in within two months.",
                ),
            ),
            _update(
                30,
                "done",
                T(
                    "De drie bankjes staan er. Eén staat in de schaduw, zoals je vroeg. "
                    "Over drie weken vragen we aan ouders of het zo goed is.",
                    "The three benches are in place. One is in the shade, as you asked. "
                    "In three weeks we will ask parents whether it works well.",
                ),
            ),
        ],
    },
    {
        "slug": "nieuw-buurthuis-kanaleneiland-noord",
        "title": T(
            "Een nieuw buurthuis in Kanaleneiland-Noord",
            "A new community centre in Kanaleneiland-Noord",
        ),
        "summary": T(
            "In het noorden van Kanaleneiland is geen plek waar buren elkaar binnen kunnen "
            "ontmoeten. Een sleutelpersoon vroeg namens veel bewoners om een nieuw buurthuis.",
            "In the north of Kanaleneiland there is no indoor place where neighbours can "
            "meet. A key person asked for a new community centre on behalf of many residents.",
        ),
        "theme": "ontmoeting",
        "source": "key_person",
        "received_days_ago": 200,
        "updates": [
            _update(
                190,
                "received",
                T(
                    "We hebben je idee gekregen. We bespreken het met de collega's die over "
                    "gebouwen in de wijk gaan.",
                    "We have received your idea. We are discussing it with the colleagues "
                    "who deal with buildings in the neighbourhood.",
                ),
            ),
            _update(
                160,
                "under_review",
                T(
                    "We zoeken naar een gebouw of een stuk grond. We praten ook met het "
                    "welzijnswerk over wat buren echt nodig hebben.",
                    "We are looking for a building or a plot of land. We are also talking to "
                    "the welfare workers about what neighbours really need.",
                ),
            ),
            _update(
                95,
                "not_doing",
                T(
                    "We bouwen geen nieuw buurthuis. We zorgen wel voor een andere "
                    "ontmoetingsplek.",
                    "We are not building a new community centre. We are providing another "
                    "place to meet instead.",
                ),
                reason_code="done-differently",
                reason=T(
                    "Er is in dit deel van de wijk geen vrije grond en een nieuw gebouw kost "
                    "jaren. Daarom staat er vanaf nu elke woensdag een koffiekar op het plein. "
                    "Medewerkers van het welzijnswerk schenken gratis koffie en thee "
                    "en helpen je verder met vragen.",
                    "There is no free land in this part of the neighbourhood and a new "
                    "building takes years. So from now on there is a coffee cart on the square "
                    "every Wednesday. Welfare workers serve free coffee and tea and help you "
                    "with questions.",
                ),
            ),
        ],
    },
    {
        "slug": "drempel-bij-de-basisschool",
        "title": T("Drempel tegen hard rijden bij de school", "Speed bump near the school"),
        "summary": T(
            "Auto's rijden hard door de straat langs de basisschool. "
            "Ouders zijn bang dat er een ongeluk gebeurt. Ze vragen om een verkeersdrempel.",
            "Cars drive fast down the street past the primary school. "
            "Parents are afraid there will be an accident. They ask for a speed bump.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "meeting",
        "received_days_ago": 150,
        "updates": [
            _update(
                143,
                "under_review",
                T(
                    "Bedankt. We meten een week lang hoe hard auto's hier rijden.",
                    "Thank you. For one week we are measuring how fast cars drive here.",
                ),
            ),
            _update(
                100,
                "not_doing",
                T(
                    "Er komt geen drempel. We doen wel andere dingen om de straat veiliger "
                    "te maken.",
                    "There will be no speed bump. We are doing other things to make the "
                    "street safer.",
                ),
                reason_code="legal-barrier",
                reason=T(
                    "Door deze straat rijdt een bus. Op een busroute mag volgens de regels "
                    "geen drempel liggen, omdat die gevaarlijk is voor bus en ambulance. "
                    "Wel hangen we een bord dat laat zien hoe hard je rijdt. "
                    "En handhavers komen vaker als de school begint en uitgaat.",
                    "A bus runs along this street. The rules do not allow a speed bump on a "
                    "bus route, because it is dangerous for buses and ambulances. "
                    "We will put up a sign that shows how fast you are driving. "
                    "And enforcement officers will come more often when school starts and ends.",
                ),
            ),
        ],
    },
    {
        "slug": "hulp-bij-brieven-bij-de-voedselbank",
        "title": T("Hulp bij brieven bij de voedselbank", "Help with letters at the food bank"),
        "summary": T(
            "Vrijwilligers van de voedselbank in Kanaleneiland zien dat veel mensen hun "
            "brieven niet begrijpen. Ze vragen om iemand die op de uitgiftedag helpt met "
            "brieven en formulieren.",
            "Volunteers at the food bank in Kanaleneiland see that many people do not "
            "understand their letters. They ask for someone to help with letters and forms "
            "on the day food parcels are handed out.",
        ),
        "theme": "armoede-en-geldzorgen",
        "source": "volunteer_organisation",
        "received_days_ago": 180,
        "updates": [
            _update(
                176,
                "under_review",
                T(
                    "Goed idee. We praten met de voedselbank en het Buurtteam over hoe dit kan.",
                    "Good idea. We are talking to the food bank and the Buurtteam about how "
                    "to do this.",
                ),
            ),
            _update(
                140,
                "planned",
                T(
                    "Vanaf volgende maand zit er elke donderdag iemand van het Buurtteam bij "
                    "de uitgifte. Je hoeft geen afspraak te maken.",
                    "From next month, someone from the Buurtteam will be at the hand-out "
                    "every Thursday. You do not need an appointment.",
                ),
            ),
            _update(
                100,
                "in_progress",
                T(
                    "De hulp is begonnen. Over drie weken vragen we aan bezoekers en "
                    "vrijwilligers hoe het gaat.",
                    "The help has started. In three weeks we will ask visitors and volunteers "
                    "how it is going.",
                ),
            ),
            _update(
                45,
                "done",
                T(
                    "Elke week komen er ongeveer twaalf mensen met hun brieven. "
                    "Bezoekers zeggen dat het helpt. Daarom blijft de hulp op donderdag.",
                    "About twelve people come with their letters every week. "
                    "Visitors say it helps. So the help on Thursdays will stay.",
                ),
            ),
        ],
    },
    {
        "slug": "schimmel-in-de-flats",
        "title": T("Vocht en schimmel in de flats", "Damp and mould in the flats"),
        "summary": T(
            "Op de informatiemarkt vertelden veel huurders over schimmel in hun badkamer "
            "en slaapkamer. Hun kinderen hoesten vaak. Ze vragen de gemeente om te helpen.",
            "At the information market many tenants told us about mould in their bathroom "
            "and bedroom. Their children often cough. They ask the municipality to help.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "information_market",
        "received_days_ago": 90,
        "updates": [
            _update(
                63,
                "under_review",
                T(
                    "Sorry dat je lang moest wachten op een antwoord. We hebben alle "
                    "verhalen van de markt op een rij gezet.",
                    "Sorry that you had to wait a long time for an answer. We have put all "
                    "the stories from the market together.",
                ),
            ),
            _update(
                55,
                "referred",
                T(
                    "We hebben je vraag doorgegeven aan de woningcorporatie.",
                    "We have passed your question on to the housing corporation.",
                ),
                reason_code="not-a-municipal-task",
                reason=T(
                    "De flats zijn van de woningcorporatie. Zij moeten het onderhoud doen, "
                    "niet de gemeente. We hebben alle meldingen van de markt naar hen gestuurd. "
                    "Over zes weken vragen we hen wat ze hebben gedaan.",
                    "The flats belong to the housing corporation. It has to do the "
                    "maintenance, not the municipality. We have sent them all the reports from "
                    "the market. In six weeks we will ask them what they have done.",
                ),
                referred_to=T(
                    "Woonstichting De Vaart. Meld schimmel bij hun klantenservice. Het "
                    "telefoonnummer staat op je huurcontract en op hun website. Lukt dat niet? "
                    "Het Buurtteam helpt je met de melding.",
                    "Woonstichting De Vaart. Report mould to their customer service. The "
                    "phone number is on your tenancy agreement and on their website. Is that "
                    "not working? The Buurtteam will help you make the report.",
                ),
            ),
        ],
    },
    {
        "slug": "taalles-voor-moeders-op-school",
        "title": T("Taalles voor moeders op school", "Language lessons for mothers at school"),
        "summary": T(
            "Een organisatie van migranten vraagt om Nederlandse les voor moeders, in de "
            "school van hun kinderen. Dan kunnen ze beter praten met de juf en helpen met "
            "huiswerk.",
            "A migrant organisation asks for Dutch lessons for mothers, in their children's "
            "school. Then they can talk to the teacher more easily and help with homework.",
        ),
        "theme": "zorg-en-welzijn",
        "source": "volunteer_organisation",
        "received_days_ago": 60,
        "updates": [
            _update(
                55,
                "under_review",
                T(
                    "Bedankt. We kijken wie deze lessen het beste kan geven.",
                    "Thank you. We are looking at who is best placed to give these lessons.",
                ),
            ),
            _update(
                41,
                "referred",
                T(
                    "Het Taalhuis van de bibliotheek gaat de lessen geven.",
                    "The library's Taalhuis (language centre) will give the lessons.",
                ),
                reason_code="handled-by-partner",
                reason=T(
                    "Het Taalhuis geeft al taalles in de wijk en heeft goede vrijwilligers. "
                    "Zij willen een groep starten in de school. De school geeft een lokaal.",
                    "The Taalhuis already gives language lessons in the neighbourhood and has "
                    "good volunteers. They want to start a group in the school. The school "
                    "provides a classroom.",
                ),
                referred_to=T(
                    "Het Taalhuis in de bibliotheek Kanaleneiland. Loop binnen op maandag of "
                    "woensdag tussen 10 en 12 uur. Je kunt ook bellen met de bibliotheek.",
                    "The Taalhuis in the Kanaleneiland library. Walk in on Monday or Wednesday "
                    "between 10 and 12. You can also phone the library.",
                ),
            ),
        ],
    },
    {
        "slug": "wandelgroep-voor-ouderen",
        "title": T("Een wandelgroep voor ouderen", "A walking group for older people"),
        "summary": T(
            "Een sleutelpersoon vertelt dat veel ouderen alleen thuis zitten. Ze willen graag "
            "naar buiten, maar niet alleen. Een vaste wandelgroep zou helpen.",
            "A key person tells us that many older people sit at home alone. They would like "
            "to go outside, but not on their own. A regular walking group would help.",
        ),
        "theme": "ouder-worden",
        "source": "key_person",
        "received_days_ago": 75,
        "updates": [
            _update(
                70,
                "under_review",
                T(
                    "Mooi idee. We vragen het welzijnswerk of zij kunnen helpen.",
                    "Lovely idea. We are asking the welfare workers whether they can help.",
                ),
            ),
            _update(
                50,
                "planned",
                T(
                    "Het welzijnswerk doet mee. Ze zoeken twee vrijwilligers die de groep "
                    "gaan leiden.",
                    "The welfare workers are taking part. They are looking for two "
                    "volunteers to lead the group.",
                ),
            ),
            _update(
                20,
                "in_progress",
                T(
                    "De eerste wandeling was op dinsdag. Er liepen negen mensen mee. "
                    "Over drie weken kijken we samen met de groep hoe het gaat.",
                    "The first walk was on Tuesday. Nine people joined. "
                    "In three weeks we will look at how it is going, together with the group.",
                ),
            ),
        ],
    },
    {
        "slug": "samen-bewegen-in-het-park",
        "title": T("Samen bewegen in het park", "Exercising together in the park"),
        "summary": T(
            "Een bewoner wil samen oefeningen doen in het park. Voor mensen die geen geld "
            "hebben voor een sportschool of die niet alleen willen sporten.",
            "A resident wants to do exercises together in the park. For people who cannot "
            "afford a gym or who do not want to exercise alone.",
        ),
        "theme": "gezondheid",
        "source": "online_form",
        "received_days_ago": 48,
        "updates": [
            _update(
                44,
                "merged",
                T(
                    "Dit idee lijkt veel op het idee voor een wandelgroep voor ouderen. "
                    "We pakken ze samen op. Na elke wandeling doet de groep rustige oefeningen "
                    "in het park. Iedereen mag meedoen, ook als je jonger bent.",
                    "This idea is very similar to the idea for a walking group for older "
                    "people. We are handling them together. After each walk the group does "
                    "gentle exercises in the park. Everyone can join, also if you are younger.",
                ),
                merged_into="wandelgroep-voor-ouderen",
            ),
        ],
    },
    {
        "slug": "licht-op-het-fietspad-langs-het-kanaal",
        "title": T(
            "Licht op het fietspad langs het kanaal", "Lights on the cycle path by the canal"
        ),
        "summary": T(
            "Een bewoner schreef ons een brief. Het fietspad langs het kanaal is 's avonds "
            "erg donker. Vooral vrouwen en jongeren voelen zich daar niet veilig.",
            "A resident wrote us a letter. The cycle path along the canal is very dark in "
            "the evening. Women and young people in particular do not feel safe there.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "letter_or_phone",
        "received_days_ago": 130,
        "updates": [
            _update(
                118,
                "under_review",
                T(
                    "Bedankt voor je brief. We zijn 's avonds gaan kijken. Je hebt gelijk: "
                    "er staan te weinig lampen.",
                    "Thank you for your letter. We went to look in the evening. You are right: "
                    "there are too few lights.",
                ),
            ),
            _update(
                85,
                "on_hold",
                T(
                    "Voor nu komen er geen nieuwe lampen. We kijken er in het voorjaar "
                    "opnieuw naar.",
                    "For now there will be no new lights. We will look at it again in the spring.",
                ),
                reason_code="no-budget",
                reason=T(
                    "Nieuwe lampen over de hele lengte kosten ongeveer 60.000 euro. Het geld "
                    "voor verlichting is dit jaar al op. We vragen het geld aan bij de "
                    "voorjaarsnota. Daarna hoor je of het doorgaat.",
                    "New lights along the whole length cost about 60,000 euros. The money for "
                    "lighting has already been spent this year. We will ask for the money in "
                    "the spring budget. After that you will hear whether it goes ahead.",
                ),
                revisit_in_days=50,
            ),
        ],
    },
    {
        "slug": "rustige-huiswerkplek-voor-jongeren",
        "title": T(
            "Een rustige huiswerkplek voor jongeren", "A quiet place for young people to study"
        ),
        "summary": T(
            "Veel jongeren wonen met grote gezinnen in kleine huizen. Thuis is het te druk "
            "om te leren. Ze vragen om een rustige plek met wifi, ook na schooltijd.",
            "Many young people live with large families in small homes. It is too busy at "
            "home to study. They ask for a quiet place with wifi, also after school hours.",
        ),
        "theme": "opgroeien",
        "source": "online_form",
        "received_days_ago": 40,
        "updates": [],
    },
    {
        "slug": "spreekuur-over-de-energierekening",
        "title": T("Spreekuur over de energierekening", "Drop-in session about the energy bill"),
        "summary": T(
            "Op een bijeenkomst vertelden bewoners dat ze hun energierekening niet snappen. "
            "Sommigen hebben al schulden. Ze willen een spreekuur in de wijk.",
            "At a meeting, residents said they do not understand their energy bill. "
            "Some already have debts. They want a drop-in session in the neighbourhood.",
        ),
        "theme": "armoede-en-geldzorgen",
        "source": "meeting",
        "received_days_ago": 25,
        "updates": [
            _update(
                22,
                "received",
                T(
                    "Bedankt. We hebben je idee gekregen. Binnen drie weken hoor je wat we "
                    "ermee doen.",
                    "Thank you. We have received your idea. Within three weeks you will hear "
                    "what we are doing with it.",
                ),
            ),
            _update(
                8,
                "under_review",
                T(
                    "We praten met het Energieloket. Zij willen graag in de wijk komen. "
                    "We zoeken nu een plek en een vaste dag.",
                    "We are talking to the Energieloket (energy advice desk). They would like "
                    "to come to the neighbourhood. We are now looking for a place and a fixed day.",
                ),
            ),
        ],
    },
    {
        "slug": "samen-koken-en-eten",
        "title": T("Samen koken en eten", "Cooking and eating together"),
        "summary": T(
            "Vrijwilligers van een moskee willen één keer per maand samen koken met buren. "
            "Iedereen eet mee voor een klein bedrag. Ze vragen hulp bij een keuken en "
            "boodschappen.",
            "Volunteers from a mosque want to cook with neighbours once a month. Everyone "
            "can eat for a small amount. They ask for help with a kitchen and groceries.",
        ),
        "theme": "buurtinitiatieven",
        "source": "volunteer_organisation",
        "received_days_ago": 110,
        "updates": [
            _update(
                100,
                "under_review",
                T(
                    "Mooi plan. We kijken of de keuken van het wijkcentrum vrij is en of het "
                    "initiatievenbudget kan helpen.",
                    "A great plan. We are checking whether the kitchen of the community centre "
                    "is free and whether the initiatives budget can help.",
                ),
            ),
            _update(
                63,
                "planned",
                T(
                    "Het gaat door. Je mag de keuken van het wijkcentrum gratis gebruiken. "
                    "Je krijgt 800 euro voor boodschappen voor het eerste half jaar. "
                    "De eerste maaltijd komt in het najaar.",
                    "It is going ahead. You may use the community centre kitchen for free. "
                    "You get 800 euros for groceries for the first six months. "
                    "The first meal will be in the autumn.",
                ),
            ),
        ],
    },
]


# --- Overvecht ---------------------------------------------------------------

OVERVECHT = [
    {
        "slug": "speeltoestel-achter-de-flat",
        "title": T("Kapot speeltoestel achter de flat", "Broken play equipment behind the flat"),
        "summary": T(
            "Het klimrek achter de flat is al maanden kapot. Kinderen kunnen er niet meer "
            "spelen. Ouders vroegen ons om het te maken.",
            "The climbing frame behind the flat has been broken for months. Children can no "
            "longer play there. Parents asked us to repair it.",
        ),
        "theme": "opgroeien",
        "source": "key_person",
        "received_days_ago": 70,
        "updates": [
            _update(
                65,
                "under_review",
                T(
                    "Bedankt. We zoeken eerst uit van wie de grond en het klimrek zijn.",
                    "Thank you. First we are finding out who owns the land and the climbing frame.",
                ),
            ),
            _update(
                52,
                "referred",
                T(
                    "We hebben je vraag doorgegeven aan de woningcorporatie.",
                    "We have passed your question on to the housing corporation.",
                ),
                reason_code="not-a-municipal-task",
                reason=T(
                    "De grond achter de flat is van de woningcorporatie. Het klimrek ook. "
                    "Wij mogen daar niets aan doen. We hebben de corporatie gevraagd het "
                    "klimrek snel te maken of weg te halen als het gevaarlijk is.",
                    "The land behind the flat belongs to the housing corporation. So does the "
                    "climbing frame. We are not allowed to do anything there. We have asked "
                    "the corporation to repair it quickly, or remove it if it is dangerous.",
                ),
                referred_to=T(
                    "Woningcorporatie Vechtwonen. Meld het in hun app of bel hun "
                    "klantenservice. Het nummer hangt ook in de hal van je flat.",
                    "Vechtwonen housing corporation. Report it in their app or phone their "
                    "customer service. The number is also posted in the hall of your flat.",
                ),
            ),
        ],
    },
    {
        "slug": "hondenlosloopveld-in-het-park",
        "title": T("Losloopveld voor honden in het park", "Off-leash dog area in the park"),
        "summary": T(
            "Hondenbezitters willen dat hun hond vrij kan rennen op het grote grasveld in "
            "het park. Nu moet de hond overal aan de lijn.",
            "Dog owners want their dogs to be able to run free on the large lawn in the "
            "park. Now dogs must be on a lead everywhere.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "online_form",
        "received_days_ago": 160,
        "updates": [
            _update(
                133,
                "under_review",
                T(
                    "Sorry voor het late antwoord. We vragen ook andere bewoners wat zij van "
                    "dit idee vinden.",
                    "Sorry for the late answer. We are also asking other residents what they "
                    "think of this idea.",
                ),
            ),
            _update(
                100,
                "not_doing",
                T(
                    "Het grasveld wordt geen losloopveld.",
                    "The lawn will not become an off-leash area.",
                ),
                reason_code="conflicts-with-other-wishes",
                reason=T(
                    "Veel ouders willen juist dat het grasveld een speelveld blijft voor "
                    "kinderen. Ook de school gebruikt het veld voor gym. Aan de rand van het "
                    "Gagelbos, op tien minuten lopen, mag je hond wel los.",
                    "Many parents want the lawn to stay a play area for children. The school "
                    "also uses it for PE. At the edge of the Gagelbos, a ten-minute walk away, "
                    "your dog may run free.",
                ),
            ),
        ],
    },
    {
        "slug": "pinautomaat-bij-het-winkelcentrum",
        "title": T("Pinautomaat terug bij het winkelcentrum", "Bring back the cash machine"),
        "summary": T(
            "De pinautomaat bij het winkelcentrum is weg. Veel ouderen betalen graag "
            "contant. Nu moeten ze ver lopen of de bus nemen om geld te halen.",
            "The cash machine at the shopping centre is gone. Many older people like to pay "
            "in cash. Now they have to walk a long way or take the bus to get money.",
        ),
        "theme": "ouder-worden",
        "source": "meeting",
        "received_days_ago": 95,
        "updates": [
            _update(
                90,
                "under_review",
                T(
                    "We begrijpen het probleem. We vragen de banken of de pinautomaat terug "
                    "kan komen.",
                    "We understand the problem. We are asking the banks whether the cash "
                    "machine can come back.",
                ),
            ),
            _update(
                60,
                "not_doing",
                T(
                    "De pinautomaat komt niet terug. Er is wel andere hulp.",
                    "The cash machine is not coming back. There is other help, though.",
                ),
                reason_code="not-a-municipal-task",
                reason=T(
                    "De banken beslissen zelf waar een pinautomaat staat. De gemeente kan dat "
                    "niet afdwingen. De banken zeggen dat er hier te weinig mensen pinnen. "
                    "In de supermarkt kun je bij de kassa wel geld opnemen. En in de "
                    "bibliotheek helpen vrijwilligers je met betalen via je telefoon.",
                    "The banks decide for themselves where a cash machine goes. The "
                    "municipality cannot force them. The banks say too few people use a cash "
                    "machine here. You can take out cash at the checkout in the supermarket. "
                    "And at the library, volunteers help you pay with your phone.",
                ),
            ),
        ],
    },
    {
        "slug": "inloop-voor-vragen-over-geld",
        "title": T("Inloop voor vragen over geld", "Walk-in for questions about money"),
        "summary": T(
            "Een organisatie van migranten vroeg om een vaste plek waar mensen zonder "
            "afspraak vragen over geld en brieven kunnen stellen. Als het nodig is in hun eigen "
            "taal.",
            "A migrant organisation asked for a fixed place where people can ask questions "
            "about money and letters without an appointment. In their own language if needed.",
        ),
        "theme": "armoede-en-geldzorgen",
        "source": "volunteer_organisation",
        "received_days_ago": 210,
        "updates": [
            _update(
                205,
                "under_review",
                T(
                    "Bedankt. We praten met het Buurtteam en met de organisatie zelf.",
                    "Thank you. We are talking to the Buurtteam and to the organisation itself.",
                ),
            ),
            _update(
                175,
                "planned",
                T(
                    "Er komt een inloop op maandagochtend in het buurthuis. Vrijwilligers van "
                    "de organisatie helpen met vertalen in het Arabisch en Turks.",
                    "There will be a walk-in on Monday mornings in the community centre. "
                    "Volunteers from the organisation help translate into Arabic and Turkish.",
                ),
            ),
            _update(
                140,
                "in_progress",
                T(
                    "De inloop is begonnen. Na drie weken kijken we samen met bezoekers hoe "
                    "het gaat.",
                    "The walk-in has started. After three weeks we will look at how it is "
                    "going, together with visitors.",
                ),
            ),
            _update(
                110,
                "done",
                T(
                    "Bezoekers zijn blij met de inloop. Elke week komen er zo'n vijftien "
                    "mensen. Daarom blijft de inloop elke maandagochtend open.",
                    "Visitors are happy with the walk-in. About fifteen people come every "
                    "week. So the walk-in will stay open every Monday morning.",
                ),
            ),
        ],
    },
    {
        "slug": "prullenbak-bij-de-bushalte",
        "title": T("Prullenbak bij de bushalte", "Litter bin at the bus stop"),
        "summary": T(
            "Een bewoner belde ons. Bij de bushalte ligt veel afval op straat, omdat er "
            "geen prullenbak staat.",
            "A resident phoned us. There is a lot of litter at the bus stop, because there "
            "is no bin.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "letter_or_phone",
        "received_days_ago": 45,
        "updates": [
            _update(
                41,
                "planned",
                T(
                    "Bedankt voor je telefoontje. We zetten er een prullenbak neer.",
                    "Thank you for your call. We will put a bin there.",
                ),
            ),
            _update(
                12,
                "done",
                T(
                    "De prullenbak staat er. We legen hem twee keer per week.",
                    "The bin is in place. We empty it twice a week.",
                ),
            ),
        ],
    },
    {
        "slug": "avondplek-voor-jongeren",
        "title": T("Een plek voor jongeren in de avond", "An evening place for young people"),
        "summary": T(
            "Jongeren willen een plek waar ze 's avonds binnen kunnen zitten. Nu hangen ze "
            "buiten op het plein en krijgen ze klachten van buren.",
            "Young people want a place where they can sit indoors in the evening. Now they "
            "hang around outside on the square and neighbours complain.",
        ),
        "theme": "opgroeien",
        "source": "meeting",
        "received_days_ago": 180,
        "updates": [
            _update(
                172,
                "under_review",
                T(
                    "Bedankt dat je dit kwam vertellen. We praten met het jongerenwerk.",
                    "Thank you for coming to tell us this. We are talking to the youth workers.",
                ),
            ),
            _update(
                140,
                "on_hold",
                T(
                    "Voor nu gebeurt er nog niets. We kijken opnieuw als de verbouwing klaar is.",
                    "For now nothing happens yet. We will look again when the renovation is "
                    "finished.",
                ),
                reason_code="postponed",
                reason=T(
                    "We verbouwen eerst het jongerencentrum. Daarna kijken we of het ook "
                    "'s avonds open kan. Het jongerenwerk wil dat graag, maar heeft dan wel "
                    "extra mensen nodig.",
                    "We are renovating the youth centre first. After that we will see whether "
                    "it can also open in the evening. The youth workers would like that, but "
                    "they will need extra staff.",
                ),
                revisit_in_days=-12,
            ),
        ],
    },
    {
        "slug": "sporten-voor-vrouwen",
        "title": T("Sporten voor vrouwen in een eigen zaal", "Women-only sports sessions"),
        "summary": T(
            "Een vrouwenorganisatie vraagt om sportlessen alleen voor vrouwen, in een zaal "
            "waar je niet naar binnen kunt kijken. Veel vrouwen sporten nu niet.",
            "A women's organisation asks for sports classes for women only, in a hall where "
            "no one can look in. Many women do not exercise at the moment.",
        ),
        "theme": "gezondheid",
        "source": "volunteer_organisation",
        "received_days_ago": 95,
        "updates": [
            _update(
                88,
                "under_review",
                T(
                    "Bedankt. We zoeken een zaal en een trainer.",
                    "Thank you. We are looking for a hall and a trainer.",
                ),
            ),
            _update(
                35,
                "on_hold",
                T(
                    "Er is een zaal, maar nog geen geld voor een trainer. We kijken er in "
                    "januari opnieuw naar.",
                    "There is a hall, but no money for a trainer yet. We will look at it again "
                    "in January.",
                ),
                reason_code="no-budget",
                reason=T(
                    "Het geld voor sport in de wijk is dit jaar al verdeeld. Een trainer kost "
                    "ongeveer 3.000 euro per jaar. We nemen het idee mee in de nieuwe "
                    "subsidieronde. Die begint in januari.",
                    "The money for sport in the neighbourhood has already been shared out this "
                    "year. A trainer costs about 3,000 euros a year. We are including the idea "
                    "in the new subsidy round. That starts in January.",
                ),
                revisit_in_days=75,
            ),
        ],
    },
    {
        "slug": "maatjes-voor-ouderen",
        "title": T("Maatjes voor ouderen die alleen zijn", "Buddies for older people living alone"),
        "summary": T(
            "Een sleutelpersoon kent veel ouderen die bijna niemand meer zien. Ze vraagt om "
            "buurtgenoten die één keer per week op bezoek gaan.",
            "A key person knows many older people who hardly see anyone any more. She asks "
            "for neighbours who visit them once a week.",
        ),
        "theme": "ouder-worden",
        "source": "key_person",
        "received_days_ago": 100,
        "updates": [
            _update(
                94,
                "under_review",
                T(
                    "Bedankt. We vragen het steunpunt vrijwilligerswerk om mee te denken.",
                    "Thank you. We are asking the volunteer centre to help think this through.",
                ),
            ),
            _update(
                70,
                "planned",
                T(
                    "Het steunpunt zoekt vrijwilligers uit de buurt. Zij krijgen eerst een "
                    "korte training.",
                    "The volunteer centre is looking for volunteers from the neighbourhood. "
                    "They first get a short training.",
                ),
            ),
            _update(
                28,
                "in_progress",
                T(
                    "Er zijn nu acht maatjes. Zij gaan bij twaalf ouderen op bezoek. "
                    "We zoeken nog meer vrijwilligers. Wil je meedoen? Meld je bij het buurthuis.",
                    "There are now eight buddies. They visit twelve older people. "
                    "We are looking for more volunteers. Do you want to take part? Sign up at "
                    "the community centre.",
                ),
            ),
        ],
    },
    {
        "slug": "bezoek-aan-eenzame-buren",
        "title": T("Iemand die langskomt bij eenzame buren", "Someone to visit lonely neighbours"),
        "summary": T(
            "Op de informatiemarkt vroeg een bewoner om vrijwilligers die langsgaan bij buren "
            "die eenzaam zijn. Vooral in de winter, als mensen minder buiten komen.",
            "At the information market a resident asked for volunteers to visit neighbours "
            "who are lonely. Especially in winter, when people go out less.",
        ),
        "theme": "ontmoeting",
        "source": "information_market",
        "received_days_ago": 80,
        "updates": [
            _update(
                75,
                "under_review",
                T(
                    "Bedankt. Er is al een vergelijkbaar idee. We kijken of we ze samen "
                    "kunnen doen.",
                    "Thank you. There is already a similar idea. We are checking whether we "
                    "can do them together.",
                ),
            ),
            _update(
                66,
                "merged",
                T(
                    "We voegen dit idee samen met het idee voor maatjes voor ouderen. "
                    "De maatjes gaan ook langs bij jongere buren die alleen zijn.",
                    "We are combining this idea with the idea for buddies for older people. "
                    "The buddies will also visit younger neighbours who are on their own.",
                ),
                merged_into="maatjes-voor-ouderen",
            ),
        ],
    },
    {
        "slug": "watertappunt-bij-het-sportveld",
        "title": T("Watertappunt bij het sportveld", "Drinking water tap at the sports field"),
        "summary": T(
            "Kinderen sporten veel op het veld, maar er is geen water. Ouders vragen om een "
            "kraan, zodat kinderen geen frisdrank hoeven te kopen.",
            "Children do a lot of sport on the field, but there is no water. Parents ask for "
            "a tap, so children do not have to buy soft drinks.",
        ),
        "theme": "gezondheid",
        "source": "online_form",
        "received_days_ago": 9,
        "updates": [],
    },
    {
        "slug": "geldles-voor-jongeren",
        "title": T("Les over omgaan met geld voor jongeren", "Money lessons for young people"),
        "summary": T(
            "Een sleutelpersoon ziet dat jongeren snel schulden maken, bijvoorbeeld door "
            "achteraf betalen. Ze vraagt om lessen over geld, op school of in het jongerenwerk.",
            "A key person sees young people quickly getting into debt, for example through "
            "buy now, pay later. She asks for lessons about money, at school or at youth clubs.",
        ),
        "theme": "armoede-en-geldzorgen",
        "source": "key_person",
        "received_days_ago": 70,
        "updates": [
            _update(
                64,
                "under_review",
                T(
                    "Goed idee. We praten met twee middelbare scholen en het jongerenwerk.",
                    "Good idea. We are talking to two secondary schools and the youth workers.",
                ),
            ),
        ],
    },
    {
        "slug": "licht-in-de-onderdoorgang",
        "title": T("Meer licht in de onderdoorgang", "More light in the underpass"),
        "summary": T(
            "Op de informatiemarkt zeiden veel bewoners dat ze de onderdoorgang naar het "
            "station eng vinden. Het is er donker en er zijn geen ramen.",
            "At the information market many residents said they find the underpass to the "
            "station frightening. It is dark and there are no windows.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "information_market",
        "received_days_ago": 50,
        "updates": [
            _update(
                36,
                "under_review",
                T(
                    "Bedankt. We gaan 's avonds met bewoners door de onderdoorgang lopen.",
                    "Thank you. We will walk through the underpass with residents one evening.",
                ),
            ),
            _update(
                12,
                "planned",
                T(
                    "Er komen felle lampen en we schilderen de muren wit. Jongeren uit de "
                    "wijk maken er samen met een kunstenaar een muurschildering.",
                    "Bright lights are coming and we will paint the walls white. Young "
                    "people from the neighbourhood will make a mural there with an artist.",
                ),
            ),
        ],
    },
]


# --- Noordwest -----------------------------------------------------------------

NOORDWEST = [
    {
        "slug": "repaircafe-in-zuilen",
        "title": T("Repaircafé in Zuilen", "Repair café in Zuilen"),
        "summary": T(
            "Vrijwilligers willen een repaircafé beginnen. Dan hoeven mensen met weinig geld "
            "hun kapotte spullen niet weg te gooien. Ze zochten een ruimte en wat geld voor "
            "gereedschap.",
            "Volunteers want to start a repair café. Then people with little money do not "
            "have to throw away their broken things. They were looking for a room and some "
            "money for tools.",
        ),
        "theme": "buurtinitiatieven",
        "source": "volunteer_organisation",
        "received_days_ago": 260,
        "updates": [
            _update(
                255,
                "under_review",
                T(
                    "Wat een goed plan. We kijken welke ruimte vrij is.",
                    "What a good plan. We are checking which room is free.",
                ),
            ),
            _update(
                230,
                "planned",
                T(
                    "Het buurthuis geeft gratis ruimte. Uit het initiatievenbudget krijg je "
                    "1.500 euro voor gereedschap.",
                    "The community centre provides a room for free. You get 1,500 euros for "
                    "tools from the initiatives budget.",
                ),
            ),
            _update(
                190,
                "done",
                T(
                    "Het repaircafé is open op elke eerste zaterdag van de maand. "
                    "De eerste keer maakten de vrijwilligers dertig dingen weer heel.",
                    "The repair café is open on the first Saturday of every month. "
                    "The first time, the volunteers repaired thirty items.",
                ),
            ),
        ],
    },
    {
        "slug": "stoepen-voor-rollators",
        "title": T(
            "Stoepen waar je met een rollator over kunt", "Pavements you can use with a walker"
        ),
        "summary": T(
            "Een sleutelpersoon vertelt dat ouderen met een rollator niet meer naar de winkel "
            "durven. De stoepen zijn scheef en er staan veel fietsen op.",
            "A key person tells us that older people with a walker no longer dare to go to "
            "the shops. The pavements are uneven and full of bikes.",
        ),
        "theme": "ouder-worden",
        "source": "key_person",
        "received_days_ago": 140,
        "updates": [
            _update(
                137,
                "under_review",
                T(
                    "Bedankt. We lopen de route naar de winkels samen met een paar ouderen.",
                    "Thank you. We will walk the route to the shops with a few older people.",
                ),
            ),
            _update(
                110,
                "in_progress",
                T(
                    "We maken de stoepen op de route weer vlak. Er komen ook extra "
                    "fietsenrekken, zodat de stoep vrij blijft.",
                    "We are making the pavements on the route level again. Extra bike racks "
                    "are also coming, so the pavement stays clear.",
                ),
            ),
            _update(
                60,
                "done",
                T(
                    "De stoepen zijn klaar en de fietsenrekken staan er. "
                    "Drie weken later liepen we de route opnieuw met de ouderen. "
                    "Ze zeggen dat het veel beter gaat.",
                    "The pavements are finished and the bike racks are in place. "
                    "Three weeks later we walked the route again with the older people. "
                    "They say it is much better now.",
                ),
            ),
        ],
    },
    {
        "slug": "weekmarkt-in-ondiep",
        "title": T("Een weekmarkt in Ondiep", "A weekly market in Ondiep"),
        "summary": T(
            "Op een bijeenkomst vroegen bewoners om een markt op het plein. Daar kun je "
            "goedkoop groente en fruit kopen en kom je buren tegen.",
            "At a meeting, residents asked for a market on the square. There you can buy "
            "cheap fruit and vegetables and you meet your neighbours.",
        ),
        "theme": "ontmoeting",
        "source": "meeting",
        "received_days_ago": 220,
        "updates": [
            _update(
                192,
                "under_review",
                T(
                    "Sorry dat ons antwoord zo lang duurde. We vragen marktkooplui of ze hier "
                    "willen staan.",
                    "Sorry that our answer took so long. We are asking market traders whether "
                    "they would like to set up here.",
                ),
            ),
            _update(
                150,
                "not_doing",
                T(
                    "Er komt geen weekmarkt op het plein.",
                    "There will be no weekly market on the square.",
                ),
                reason_code="not-feasible",
                reason=T(
                    "We hebben het met de marktkooplui onderzocht. Maar vier kooplui willen "
                    "hier staan. Dat is te weinig voor een markt. Wel komt er in de zomer elke "
                    "maand een groentekraam op het plein. Probeer het, dan kijken we of het "
                    "later groter kan.",
                    "We looked into it with the market traders. Only four traders want to set "
                    "up here. That is too few for a market. But in the summer a vegetable stall "
                    "will come to the square every month. Give it a try, and we will see "
                    "whether it can grow later.",
                ),
            ),
        ],
    },
    {
        "slug": "buurtteam-op-zaterdag",
        "title": T("Spreekuur van het Buurtteam op zaterdag", "Buurtteam drop-in on Saturdays"),
        "summary": T(
            "Mensen die werken kunnen niet naar het Buurtteam, want het is alleen open op "
            "werkdagen. Op de informatiemarkt vroegen ze om een spreekuur op zaterdag.",
            "People who work cannot go to the Buurtteam, because it is only open on "
            "weekdays. At the information market they asked for a drop-in on Saturdays.",
        ),
        "theme": "zorg-en-welzijn",
        "source": "information_market",
        "received_days_ago": 150,
        "updates": [
            _update(
                144,
                "under_review",
                T(
                    "Bedankt. We bespreken het met het Buurtteam.",
                    "Thank you. We are discussing it with the Buurtteam.",
                ),
            ),
            _update(
                100,
                "on_hold",
                T(
                    "Voor nu komt er geen spreekuur op zaterdag. Je kunt wel op dinsdagavond "
                    "bellen.",
                    "For now there will be no drop-in on Saturdays. You can phone on Tuesday "
                    "evenings, though.",
                ),
                reason_code="postponed",
                reason=T(
                    "Het Buurtteam heeft nu te weinig medewerkers. Eerst moeten er nieuwe "
                    "mensen bij komen. Daarna kijken we opnieuw naar een spreekuur op zaterdag. "
                    "Tot die tijd is het Buurtteam op dinsdag tot 20 uur te bellen.",
                    "The Buurtteam does not have enough staff right now. New people have to "
                    "join first. Then we will look again at a drop-in on Saturdays. "
                    "Until then you can phone the Buurtteam until 8 pm on Tuesdays.",
                ),
                revisit_in_days=-5,
            ),
        ],
    },
    {
        "slug": "stank-in-de-sloot",
        "title": T("Stank en dode vissen in de sloot", "Bad smell and dead fish in the ditch"),
        "summary": T(
            "Een bewoner belde ons. Het water in de sloot achter de huizen stinkt en er "
            "drijven dode vissen. Buren maken zich zorgen om hun kinderen en honden.",
            "A resident phoned us. The water in the ditch behind the houses smells and dead "
            "fish are floating in it. Neighbours are worried about their children and dogs.",
        ),
        "theme": "wonen-en-leefbaarheid",
        "source": "letter_or_phone",
        "received_days_ago": 30,
        "updates": [
            _update(
                29,
                "under_review",
                T(
                    "Bedankt voor je melding. We zijn gaan kijken en hebben foto's gemaakt.",
                    "Thank you for your report. We went to look and took photos.",
                ),
            ),
            _update(
                27,
                "referred",
                T(
                    "We hebben je melding doorgegeven aan het waterschap.",
                    "We have passed your report on to the water board.",
                ),
                reason_code="not-a-municipal-task",
                reason=T(
                    "Het waterschap zorgt voor schoon water in sloten en singels. Zij kunnen het "
                    "water meten en zo nodig schoonmaken. We hebben je melding en onze foto's "
                    "naar hen gestuurd. Houd je hond zolang uit het water.",
                    "The water board looks after clean water in ditches and canals. They can "
                    "test the water and clean it if needed. We have sent them your report and "
                    "our photos. Keep your dog out of the water for now.",
                ),
                referred_to=T(
                    "Het waterschap. Meld stank of dode vissen via het meldformulier op hun "
                    "website, of bel hun storingsnummer. Dat kan dag en nacht.",
                    "The water board. Report bad smells or dead fish through the report form on "
                    "their website, or phone their emergency number. You can do that day and "
                    "night.",
                ),
            ),
        ],
    },
    {
        "slug": "buurtmoestuin-op-het-lege-veld",
        "title": T(
            "Buurtmoestuin op het lege veld", "Community vegetable garden on the empty field"
        ),
        "summary": T(
            "Bewoners willen op het lege veld naast de school samen groente kweken. "
            "Zo eten mensen gezonder en leren buren elkaar kennen.",
            "Residents want to grow vegetables together on the empty field next to the "
            "school. That way people eat more healthily and neighbours get to know each other.",
        ),
        "theme": "buurtinitiatieven",
        "source": "meeting",
        "received_days_ago": 85,
        "updates": [
            _update(
                80,
                "under_review",
                T(
                    "Leuk plan. We kijken of het veld de komende jaren vrij blijft.",
                    "Nice plan. We are checking whether the field will stay free for the next "
                    "few years.",
                ),
            ),
            _update(
                58,
                "planned",
                T(
                    "Het veld blijft minstens vijf jaar vrij. Je mag het gebruiken. "
                    "We betalen hout voor de bakken en een watertank.",
                    "The field will stay free for at least five years. You may use it. "
                    "We will pay for wood for the planters and a water tank.",
                ),
            ),
            _update(
                33,
                "in_progress",
                T(
                    "De bakken zijn gebouwd. Twintig buren hebben zich aangemeld. "
                    "Wil je ook een bak? Er zijn er nog vier vrij.",
                    "The planters have been built. Twenty neighbours have signed up. "
                    "Would you like a planter too? There are four left.",
                ),
            ),
        ],
    },
    {
        "slug": "groente-kweken-met-schoolkinderen",
        "title": T(
            "Groente kweken met kinderen van school", "Growing vegetables with schoolchildren"
        ),
        "summary": T(
            "Een leerkracht wil met haar klas groente kweken in de buurt. Kinderen leren zo "
            "waar eten vandaan komt.",
            "A teacher wants to grow vegetables in the neighbourhood with her class. That "
            "way children learn where food comes from.",
        ),
        "theme": "opgroeien",
        "source": "key_person",
        "received_days_ago": 62,
        "updates": [
            _update(
                57,
                "under_review",
                T(
                    "Bedankt. We zien dat bewoners ook een moestuin willen naast de school.",
                    "Thank you. We see that residents also want a vegetable garden next to the "
                    "school.",
                ),
            ),
            _update(
                50,
                "merged",
                T(
                    "We voegen dit idee samen met de buurtmoestuin. De school krijgt daar twee "
                    "eigen bakken voor de klas.",
                    "We are combining this idea with the community vegetable garden. The "
                    "school gets two planters of its own there for the class.",
                ),
                merged_into="buurtmoestuin-op-het-lege-veld",
            ),
        ],
    },
    {
        "slug": "zitplekken-langs-de-vecht",
        "title": T("Meer zitplekken langs de Vecht", "More seating along the Vecht"),
        "summary": T(
            "Ouderen wandelen graag langs de Vecht, maar er zijn weinig bankjes. Na een "
            "stukje lopen moeten ze rusten. Nu gaan ze vaak niet meer.",
            "Older people like to walk along the Vecht, but there are few benches. After a "
            "short walk they need to rest. Now they often no longer go.",
        ),
        "theme": "ouder-worden",
        "source": "letter_or_phone",
        "received_days_ago": 33,
        "updates": [],
    },
    {
        "slug": "uitleg-over-toeslagen",
        "title": T("Uitleg over toeslagen in eenvoudige taal", "Plain-language help with benefits"),
        "summary": T(
            "Vrijwilligers van een huiswerkclub zien dat ouders niet weten op welke toeslagen "
            "ze recht hebben. Ze vragen om een avond met uitleg in eenvoudige taal.",
            "Volunteers at a homework club see that parents do not know which benefits they "
            "are entitled to. They ask for an evening with explanations in plain language.",
        ),
        "theme": "armoede-en-geldzorgen",
        "source": "volunteer_organisation",
        "received_days_ago": 12,
        "updates": [
            _update(
                10,
                "received",
                T(
                    "Bedankt. We hebben je idee gekregen. Binnen drie weken hoor je wat we "
                    "ermee doen.",
                    "Thank you. We have received your idea. Within three weeks you will hear "
                    "what we are doing with it.",
                ),
            ),
        ],
    },
    {
        "slug": "ontmoetingsplek-voor-mantelzorgers",
        "title": T("Een ontmoetingsplek voor mantelzorgers", "A meeting place for carers"),
        "summary": T(
            "Mensen die voor een ziek familielid zorgen, voelen zich vaak alleen. "
            "Een sleutelpersoon vraagt om een plek waar ze elkaar kunnen spreken.",
            "People who care for a sick family member often feel alone. "
            "A key person asks for a place where they can talk to each other.",
        ),
        "theme": "zorg-en-welzijn",
        "source": "key_person",
        "received_days_ago": 40,
        "updates": [
            _update(
                26,
                "under_review",
                T(
                    "Bedankt. We vragen het steunpunt mantelzorg wat er al is in de wijk.",
                    "Thank you. We are asking the carers' support centre what already exists "
                    "in the neighbourhood.",
                ),
            ),
            _update(
                5,
                "under_review",
                T(
                    "Het steunpunt wil een koffieochtend starten. We zoeken samen een plek "
                    "waar ook iemand op je familielid kan letten.",
                    "The support centre wants to start a coffee morning. Together we are "
                    "looking for a place where someone can also look after your family member.",
                ),
            ),
        ],
    },
    {
        "slug": "zwemles-voor-alle-kinderen",
        "title": T("Zwemles voor alle kinderen", "Swimming lessons for every child"),
        "summary": T(
            "Op een bijeenkomst zeiden ouders dat zwemles te duur is. Veel kinderen in de "
            "wijk hebben geen zwemdiploma. Dat is gevaarlijk met zoveel water in de buurt.",
            "At a meeting, parents said swimming lessons are too expensive. Many children "
            "in the neighbourhood have no swimming certificate. That is dangerous with so "
            "much water nearby.",
        ),
        "theme": "opgroeien",
        "source": "meeting",
        "received_days_ago": 35,
        "updates": [
            _update(
                7,
                "under_review",
                T(
                    "Sorry, je hebt te lang op ons antwoord gewacht. We kijken nu met de "
                    "zwembaden en scholen hoe meer kinderen les kunnen krijgen.",
                    "Sorry, you waited too long for our answer. We are now looking with the "
                    "swimming pools and schools at how more children can get lessons.",
                ),
            ),
        ],
    },
    {
        "slug": "aed-in-de-straat",
        "title": T("Een AED in de straat", "A defibrillator in the street"),
        "summary": T(
            "Een bewoner vroeg via het formulier om een AED in de straat. De dichtstbijzijnde "
            "hangt nu te ver weg om op tijd te helpen bij een hartstilstand.",
            "A resident used the form to ask for a defibrillator in the street. The nearest "
            "one is now too far away to help in time with a cardiac arrest.",
        ),
        "theme": "gezondheid",
        "source": "online_form",
        "received_days_ago": 120,
        "updates": [
            _update(
                116,
                "under_review",
                T(
                    "Bedankt. We kijken waar een AED kan hangen en wie hem kan controleren.",
                    "Thank you. We are looking at where a defibrillator can go and who can "
                    "check it.",
                ),
            ),
            _update(
                70,
                "planned",
                T(
                    "Er komt een AED aan de muur van het buurthuis. Hij hangt in een kast die "
                    "dag en nacht open kan. Buren kunnen een gratis cursus reanimeren volgen.",
                    "A defibrillator will go on the wall of the community centre. It will be in "
                    "a cabinet that can be opened day and night. Neighbours can take a free "
                    "resuscitation course.",
                ),
            ),
        ],
    },
]


# Neighbourhood slug -> ideas, in the order the register lists them by default.
IDEAS = {
    "zuidwest": ZUIDWEST,
    "overvecht": OVERVECHT,
    "noordwest": NOORDWEST,
}
