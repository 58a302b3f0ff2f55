"""Demo content: the toolkit "Meedoen met inwoners" (Taking part with residents).

Based on the facts of the toolkit by Toezicht Sociaal Domein (July 2024), rewritten in
plain Dutch (B1 level) with an English translation. Every string is a T(nl, en): one
paragraph or list item, plain text.

TOOLKIT_INDEX holds the title, intro and "about this toolkit" text of the index page.
CHAPTERS holds the chapters in reading order. Each chapter has a slug, an is_extra_tip
flag, a title, a one-sentence summary and a body: a list of (kind, value) tuples.
"""

from .text import T

TOOLKIT_INDEX = {
    "title": T("Meedoen met inwoners", "Taking part with residents"),
    "intro": [
        T(
            "Werk je als beleidsambtenaar en bereik je sommige inwoners maar moeilijk? "
            "Vaak zijn dat mensen in een kwetsbare situatie. "
            "Ze hebben bijvoorbeeld geldzorgen of geen goede plek om te wonen.",
            "Do you work as a policy officer and find some residents hard to reach? "
            "They are often people in a vulnerable situation. "
            "For example, they have money worries or no proper place to live.",
        ),
        T(
            "Hoe kom je met hen in contact? En hoe neem je hun ervaringen mee als je beleid "
            "schrijft? Deze toolkit helpt beleidsambtenaren en andere professionals daarbij. "
            "Je vindt er praktische ideeën en tips.",
            "How do you get in touch with them? And how do you use their experiences when you "
            "write policy? This toolkit helps policy officers and other professionals do that. "
            "It gives you practical ideas and tips.",
        ),
        T(
            "De kern is eenvoudig: ga de wijk in en doe mee. "
            "Zo win je vertrouwen en maak je beleid dat past bij wat inwoners nodig hebben.",
            "The core idea is simple: go into the neighbourhood and take part. "
            "That is how you gain trust and make policy that fits what residents need.",
        ),
    ],
    "about": [
        T(
            "Deze toolkit komt uit een praktijkonderzoek van Toezicht Sociaal Domein. "
            "Zij onderzochten hoe gemeenten inwoners die in armoede leven goed kunnen bereiken. "
            "En hoe ze deze inwoners kunnen betrekken bij het maken van passend beleid.",
            "This toolkit comes from action research by Toezicht Sociaal Domein "
            "(Social Domain Inspectorate). They looked at how municipalities can reach residents "
            "who live in poverty. And how they can involve these residents in making "
            "policy that fits.",
        ),
        T(
            "Een van de onderzoekers hielp ruim twee jaar mee bij de Voedselbank in "
            "Kanaleneiland. Dat is een wijk in Utrecht. De onderzoeker was er elke week een "
            "middag. "
            "De gedachte was: wil je armoede echt begrijpen, dan moet je in de wijk zijn, "
            "dicht bij de inwoners.",
            "For more than two years, one of the researchers spent one afternoon a week helping "
            "at the food bank in Kanaleneiland, a district of Utrecht. The idea was: if you "
            "really want to understand poverty, you have to be in the neighbourhood, close to "
            "the residents.",
        ),
        T(
            "In die twee jaar ontstond een netwerk. Daarin zitten sleutelpersonen, "
            "ervaringsdeskundigen, inwoners, uitvoerende organisaties en "
            "vrijwilligersorganisaties. Ook de afdeling aanpak armoede van de gemeente Utrecht "
            "en het Wijkinformatiepunt Kanaleneiland doen mee. Samen gaan zij schulden tegen.",
            "During those two years a network grew. It includes key persons, experts by "
            "experience, residents, service organisations and volunteer organisations. The "
            "poverty department of the City of Utrecht and the Kanaleneiland neighbourhood "
            "information point are part of it too. Together they work to prevent debt.",
        ),
        T(
            "Ook het programma Samen stad maken van de gemeente Utrecht en Gebruiker Centraal "
            "hielpen mee aan de toolkit. Veel inwoners praatten met de onderzoekers. Speciale "
            "dank gaat naar Fatima en Hakima, twee inwoners van Kanaleneiland die meewerkten.",
            "The City of Utrecht programme Samen stad maken (Making the city together) and "
            "Gebruiker Centraal (User Centred) also helped to make the toolkit. Many residents "
            "talked with the researchers. Special thanks go to Fatima and Hakima, two residents "
            "of Kanaleneiland who worked on it.",
        ),
        T(
            "Met deze toolkit delen de onderzoekers wat ze geleerd hebben met andere "
            "organisaties en gemeenten. De toolkit verscheen in juli 2024. Meer over het "
            "onderzoek lees en hoor je in het artikel en de podcast op toezichtsociaaldomein.nl.",
            "With this toolkit the researchers share what they learned with other organisations "
            "and municipalities. The toolkit was published in July 2024. You can read and hear "
            "more about the research in the article and the podcast on toezichtsociaaldomein.nl.",
        ),
    ],
}


CHAPTERS = [
    # ------------------------------------------------------------------
    {
        "slug": "het-belang-van-meedoen-in-de-wijk",
        "is_extra_tip": False,
        "title": T(
            "Het belang van meedoen in de wijk",
            "Why taking part in the neighbourhood matters",
        ),
        "summary": T(
            "Ga vaak de wijk in en bouw relaties op, zodat je beleid beter past bij wat "
            "inwoners nodig hebben.",
            "Go into the neighbourhood often and build relationships, so your policy fits "
            "better with what residents need.",
        ),
        "body": [
            (
                "text",
                {
                    "heading": T("Waarom meedoen?", "Why take part?"),
                    "paragraphs": [
                        T(
                            "Wil je beleid maken dat past bij inwoners? Dan moet je inwoners "
                            "erbij betrekken. Dat lukt het best als je een band met hen opbouwt.",
                            "Do you want to make policy that suits residents? Then you need to "
                            "involve them. That works best when you build a relationship "
                            "with them.",
                        ),
                        T(
                            "Door dat contact zie je beter wat er in de wijk speelt. "
                            "Zo kun je je beleid laten aansluiten bij wat inwoners nodig hebben.",
                            "Through that contact you get a better picture of what is going on "
                            "in the neighbourhood. This helps you match your policy to what "
                            "residents need.",
                        ),
                        T(
                            "Ga naar de wijk en praat met mensen. Luister goed naar wat er speelt. "
                            "Waar maken zij zich zorgen over?",
                            "Go to the neighbourhood and talk with people. Listen carefully to "
                            "what is going on. What are they worried about?",
                        ),
                        T(
                            "Ga niet één keer, maar kom steeds terug. Zo bouw je een relatie op "
                            "die blijft. En zo groeit het vertrouwen.",
                            "Do not go just once, but keep coming back. That way you build a "
                            "lasting relationship. And that is how trust grows.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Hoe doe je dat?", "How do you do it?"),
                    "intro": T(
                        "Er zijn verschillende manieren om mee te doen in de wijk. "
                        "In de volgende hoofdstukken lees je er meer over.",
                        "There are several ways to take part in the neighbourhood. "
                        "You can read more about them in the next chapters.",
                    ),
                    "steps": [
                        {
                            "title": T("Zoek sleutelpersonen op", "Meet the key persons"),
                            "text": T(
                                "Zij kennen veel mensen in de wijk. Ze wijzen je de weg in hun "
                                "netwerk en vertellen wat er speelt onder inwoners.",
                                "They know many people in the neighbourhood. They show you "
                                "around their network and tell you what is on residents' minds.",
                            ),
                        },
                        {
                            "title": T(
                                "Loop mee met een vrijwilligersorganisatie",
                                "Join a volunteer organisation",
                            ),
                            "text": T(
                                "Doe dit regelmatig. Zeker als je beleid maakt voor deze wijk.",
                                "Do this regularly. Especially if you make policy for this "
                                "neighbourhood.",
                            ),
                        },
                        {
                            "title": T("Organiseer een bijeenkomst", "Organise a meeting"),
                            "text": T(
                                "Nodig inwoners uit om samen te praten over een onderwerp.",
                                "Invite residents to talk together about a topic.",
                            ),
                        },
                        {
                            "title": T(
                                "Organiseer een informatiemarkt",
                                "Organise an information market",
                            ),
                            "text": T(
                                "Breng organisaties en inwoners samen op een bekende plek "
                                "in de wijk.",
                                "Bring organisations and residents together at a familiar "
                                "place in the neighbourhood.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Het kan ook eenvoudiger", "It can be simpler too"),
                    "text": [
                        T(
                            "Contact maken in de wijk hoeft niet groot te zijn. Neem bijvoorbeeld "
                            "eens je laptop mee en werk een dag in een buurthuis.",
                            "Making contact in the neighbourhood does not have to be a big "
                            "thing. For example, take your laptop and work in a community "
                            "centre for a day.",
                        ),
                        T(
                            "Je kunt ook aansluiten bij een bijeenkomst die al in de wijk is. "
                            "Of doe mee met een actie zoals NLdoet.",
                            "You can also join a meeting that is already taking place in the "
                            "neighbourhood. Or take part in an event such as NLdoet, the "
                            "national volunteering days.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Je ziet nooit iedereen", "You never see everyone"),
                    "paragraphs": [
                        T(
                            "Je netwerk bestaat altijd uit een deel van de mensen in de wijk. "
                            "Sommige inwoners blijf je dus niet zien. Houd daar rekening mee.",
                            "Your network always covers only part of the people in the "
                            "neighbourhood. So there are always residents you do not see. "
                            "Keep that in mind.",
                        ),
                        T(
                            "Toch wordt je netwerk steeds groter. Elke nieuwe persoon of "
                            "organisatie die je ontmoet, helpt daarbij.",
                            "Still, your network keeps growing. Every new person or "
                            "organisation you meet adds to it.",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "We spreken als ambtenaren wel mensen in de stad. Maar het zou mooi zijn "
                        "als we meer inwoners spreken. Niet alleen cliëntenplatforms, maar ook "
                        "groepen die een beetje buiten die kaders vallen.",
                        "As civil servants we do talk to people in the city. But it would be "
                        "good to talk to more residents. Not only client panels, but also "
                        "groups that fall a little outside those frameworks.",
                    ),
                    "role": "policy_adviser",
                    "context": None,
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Iedereen wil inwoners graag meenemen in het beleid. Het gaat om de "
                        "continuïteit. Niet af en toe de wijk in omdat het moet. Maar hoe doe je "
                        "dat structureel goed, en hoe bouw je zelf een netwerk op?",
                        "Everyone is very willing to include residents in policy. It is about "
                        "continuity. Not going into the neighbourhood now and then because you "
                        "have to. But how do you do it well for the long term, and how do you "
                        "build your own network?",
                    ),
                    "role": "district_worker",
                    "context": None,
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "sleutelpersonen",
        "is_extra_tip": False,
        "title": T(
            "Benut de kracht van sleutelpersonen",
            "Make use of the strength of key persons",
        ),
        "summary": T(
            "Sleutelpersonen zijn actieve bewoners die veel mensen kennen en vertrouwen "
            "genieten: bouw een netwerk met hen op.",
            "Key persons are active residents who know many people and are trusted: "
            "build a network with them.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat zijn sleutelpersonen?", "What are key persons?"),
                    "paragraphs": [
                        T(
                            "Sleutelpersonen zijn actieve bewoners met een centrale rol in hun "
                            "gemeenschap. Ze zetten zich in voor de wijk, zonder er zelf iets "
                            "voor terug te willen.",
                            "Key persons are active residents with a central role in their "
                            "community. They work for the neighbourhood without wanting "
                            "anything in return.",
                        ),
                        T(
                            "Vaak hebben ze zelf hetzelfde meegemaakt als andere inwoners. "
                            "Daarom vertrouwen inwoners hen.",
                            "They have often been through the same things as other residents. "
                            "That is why residents trust them.",
                        ),
                        T(
                            "Dat vertrouwen helpt. Inwoners schamen zich dan minder en vragen "
                            "sneller om hulp, bijvoorbeeld als ze schulden hebben.",
                            "That trust helps. Residents feel less ashamed and ask for help "
                            "sooner, for example when they are in debt.",
                        ),
                        T(
                            "Ook een welzijnswerker kan een sleutelpersoon zijn.",
                            "A social welfare worker can also be a key person.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Hoe doe je dat?", "How do you do it?"),
                    "intro": None,
                    "steps": [
                        {
                            "title": T("Bouw een netwerk op", "Build a network"),
                            "text": T(
                                "Leer sleutelpersonen kennen en heb regelmatig contact met hen.",
                                "Get to know key persons and stay in regular contact with them.",
                            ),
                        },
                        {
                            "title": T("Zoek verder", "Keep looking"),
                            "text": T(
                                "Ken je voor een groep of gemeenschap nog geen sleutelpersoon? "
                                "Ga dan zoeken. Dat is de moeite waard.",
                                "Do you not know a key person yet for a certain group or "
                                "community? Then go and look for one. It is worth the effort.",
                            ),
                        },
                        {
                            "title": T("Vraag het in de wijk", "Ask in the neighbourhood"),
                            "text": T(
                                "Organisaties die in de wijk werken, weten vaak wie de "
                                "sleutelpersonen zijn. Denk aan het wijkbureau of het buurtteam.",
                                "Organisations that work in the neighbourhood often know who "
                                "the key persons are. Think of the district office or the "
                                "neighbourhood team.",
                            ),
                        },
                        {
                            "title": T("Kijk op de sociale kaart", "Check the social map"),
                            "text": T(
                                "Op de sociale kaart staan de organisaties in de wijk. Je ziet wat "
                                "ze doen en waar ze zitten. Het wijkbureau of het buurtteam maakt "
                                "deze kaart vaak.",
                                "The social map lists the organisations in the neighbourhood. "
                                "It shows what they do and where to find them. The district "
                                "office or the neighbourhood team often makes this map.",
                            ),
                        },
                        {
                            "title": T("Ga naar het buurthuis", "Visit the community centre"),
                            "text": T(
                                "In buurthuizen kom je vaak sleutelpersonen tegen. "
                                "Ga er langs om hen te ontmoeten.",
                                "You often find key persons in community centres. "
                                "Drop by to meet them.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": T(
                        "Tip: geef sleutelpersonen een vaste plek",
                        "Tip: give key persons a formal position",
                    ),
                    "text": [
                        T(
                            "Sleutelpersonen bereiken via hun eigen netwerk veel inwoners. "
                            "Zet je hen als gemeente bewust in? Geef hen dan een formele positie.",
                            "Key persons reach many residents through their informal network. "
                            "Does your municipality deliberately work with them? Then consider "
                            "giving them a formal position.",
                        ),
                        T(
                            "Je kunt bijvoorbeeld een stichting oprichten, zoals de Stichting "
                            "Sleutelpersonen Utrecht. Zo werk je op een professionele manier "
                            "met sleutelpersonen samen.",
                            "For example, you can set up a foundation, like the Stichting "
                            "Sleutelpersonen Utrecht (Utrecht Key Persons Foundation). That way "
                            "you work with key persons on a professional basis.",
                        ),
                        T(
                            "Kijk ook of je sleutelpersonen kunt betalen voor hun inzet.",
                            "Also find out whether you can pay key persons for their work.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T(
                        "Je hoeft niet alles zelf te doen",
                        "You do not have to do it all yourself",
                    ),
                    "paragraphs": [
                        T(
                            "Niet elke ambtenaar hoeft zelf een groot netwerk in de wijk te "
                            "hebben. Het is belangrijker dat je de mensen weet te vinden die "
                            "zo'n netwerk wel hebben.",
                            "Not every civil servant needs a large network in the neighbourhood. "
                            "It matters more that you know how to find the people who do have "
                            "such a network.",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Het contact is van mens tot mens. Als je bij Amina binnenloopt, kijkt "
                        "ze samen met jou wat er mogelijk is. Ze weet heel veel uit de wijk.",
                        "The contact is person to person. When you drop in on Amina, she looks "
                        "at what is possible together with you. She knows a lot about the "
                        "neighbourhood.",
                    ),
                    "role": "resident",
                    "context": T("Over een sleutelpersoon", "About a key person"),
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Ik vind het mooi als ambtenaren uit hun kantoor naar de wijk komen. "
                        "Mensen zoals ik kunnen hen een plek geven.",
                        "I think it is a good thing when civil servants leave their office and "
                        "come to the neighbourhood. People like me can help them find "
                        "their place.",
                    ),
                    "role": "key_person",
                    "context": None,
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "vrijwilligersorganisatie",
        "is_extra_tip": False,
        "title": T(
            "Kijk mee met een vrijwilligersorganisatie",
            "Join in with a volunteer organisation",
        ),
        "summary": T(
            "Help regelmatig mee bij een vrijwilligersorganisatie in de wijk en leer zo "
            "inwoners echt kennen.",
            "Help out regularly at a volunteer organisation in the neighbourhood and get to "
            "know residents properly.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "Je gaat regelmatig langs bij een vrijwilligersorganisatie in de wijk "
                            "en helpt mee. Zo help je de organisatie, maar je leert zelf ook veel.",
                            "You regularly visit a volunteer organisation in the neighbourhood "
                            "and lend a hand. This helps the organisation, and you learn a lot "
                            "yourself.",
                        ),
                        T(
                            "Vrijwilligers hebben een band met de inwoners. Daardoor zien ze veel "
                            "wat anderen niet zien. Wat jij daar hoort en ziet, kun je bij de "
                            "gemeente op de agenda zetten.",
                            "Volunteers have a bond of trust with residents. Because of that "
                            "they see a lot that others do not. What you hear and see there, "
                            "you can put on the agenda at the municipality.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T(
                        "Zo bouw je een netwerk op",
                        "This is how you build a network",
                    ),
                    "paragraphs": [
                        T(
                            "Meedoen bij een vrijwilligersorganisatie helpt je ook aan een "
                            "netwerk. Vrijwilligers kennen de buurt goed.",
                            "Joining a volunteer organisation also helps you build a network. "
                            "Volunteers know the area well.",
                        ),
                        T(
                            "Ze brengen je in contact met inwoners en organisaties. Die kunnen "
                            "je verder helpen met de vraag waar je aan werkt.",
                            "They put you in touch with residents and organisations. These can "
                            "help you with the issue you are working on.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Hoe doe je het?", "How do you do it?"),
                    "intro": None,
                    "steps": [
                        {
                            "title": T("Neem de tijd", "Take your time"),
                            "text": T(
                                "Het kost tijd om inwoners echt te leren kennen. "
                                "Maak die tijd vrij.",
                                "It takes time to really get to know residents. "
                                "Set that time aside.",
                            ),
                        },
                        {
                            "title": T("Kies een organisatie", "Choose an organisation"),
                            "text": T(
                                "Zoek een vrijwilligersorganisatie die weet wat er in de wijk "
                                "speelt. Ga er vaak langs en help af en toe mee. Zo raak je "
                                "makkelijk met inwoners in gesprek.",
                                "Find a volunteer organisation that knows what is going on in "
                                "the neighbourhood. Visit often and help out now and then. "
                                "That makes it easy to start talking with residents.",
                            ),
                        },
                        {
                            "title": T("Leer inwoners eerst kennen", "Get to know residents first"),
                            "text": T(
                                "Stel nog niet meteen vragen over jouw onderwerp. "
                                "Bouw eerst een relatie op.",
                                "Do not start asking about your topic straight away. "
                                "Build a relationship first.",
                            ),
                        },
                        {
                            "title": T("Wees open", "Be open"),
                            "text": T(
                                "Vertel waarom je de organisatie interessant vindt. En leg uit "
                                "waarom je er af en toe bent.",
                                "Explain why you are interested in the organisation. And say "
                                "why you are there from time to time.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T(
                        "Voorbeeld: de Voedselbank in Kanaleneiland",
                        "Example: the food bank in Kanaleneiland",
                    ),
                    "text": [
                        T(
                            "Een onderzoeker van Toezicht Sociaal Domein hielp ruim twee jaar "
                            "mee bij de Voedselbank in Kanaleneiland in Utrecht. Dat gebeurde "
                            "elke week een middag. Zo ontstond een netwerk dat samen "
                            "schulden tegengaat.",
                            "A researcher from Toezicht Sociaal Domein helped at the food bank "
                            "in Kanaleneiland, Utrecht, one afternoon a week for more than two "
                            "years. This grew into a network that works together to prevent "
                            "debt.",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Onderschat niet hoe belangrijk je als persoon of als professional in "
                        "een wijk bent. Dit zijn geen hobbybaantjes. Het is serieus werk dat "
                        "veel kan betekenen voor mensen.",
                        "Do not underestimate how much you matter in a neighbourhood, as a "
                        "person or as a professional. These are not hobby jobs. It is serious "
                        "work that can mean a lot to people.",
                    ),
                    "role": "district_worker",
                    "context": T(
                        "Over ambtenaren die meehelpen bij een vrijwilligersorganisatie in de wijk",
                        "About civil servants who help out at a volunteer organisation in the "
                        "neighbourhood",
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "bijeenkomst",
        "is_extra_tip": False,
        "title": T("Organiseer een bijeenkomst", "Organise a meeting"),
        "summary": T(
            "Nodig inwoners uit op een vertrouwde plek in de wijk om samen te praten over een "
            "onderwerp dat hen raakt.",
            "Invite residents to a familiar place in the neighbourhood to talk together about "
            "a topic that affects them.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "Je organiseert een bijeenkomst over een onderwerp waarover je de "
                            "mening van inwoners wilt horen. Zo ben je er voor inwoners en luister "
                            "je naar hen. En je krijgt informatie voor je werk.",
                            "You organise a meeting on a topic you want residents' views on. "
                            "This way you are there for residents and you listen to them. "
                            "And you gather information for your work.",
                        ),
                        T(
                            "Het is een makkelijke manier om in contact te komen. Onderwerpen zijn "
                            "bijvoorbeeld: leven in armoede, regelingen aanvragen, sociale "
                            "activiteiten, de inrichting van de wijk, buurtinitiatieven, veilig "
                            "wonen en contact in de buurt.",
                            "It is an easy, accessible way to get in touch. Topics could be: "
                            "living in poverty, applying for support schemes, social "
                            "activities, the layout of the neighbourhood, local initiatives, "
                            "living safely and community ties.",
                        ),
                        T(
                            "Inwoners kunnen vragen stellen. Ze ontmoeten mensen die in dezelfde "
                            "situatie zitten. En jij merkt als ambtenaar wat er leeft.",
                            "Residents can ask questions. They meet people who are in the same "
                            "situation. And as a civil servant you get a feel for what "
                            "matters to people.",
                        ),
                        T(
                            "Ben je al vaker in de wijk geweest? Dan kennen en vertrouwen mensen "
                            "je al. Dan is het makkelijker om inwoners uit te nodigen.",
                            "Have you been to the neighbourhood often before? Then people "
                            "already know and trust you. That makes it easier to invite "
                            "residents.",
                        ),
                    ],
                },
            ),
            (
                "experience",
                {
                    "heading": T("Wat ervaren inwoners?", "What do residents experience?"),
                    "items": [
                        T(
                            "Een open gesprek in een ontspannen sfeer.",
                            "An open conversation in a relaxed setting.",
                        ),
                        T(
                            "Een bekende plek, dicht bij huis.",
                            "A familiar place, close to home.",
                        ),
                        T(
                            "Ambtenaren die de moeite nemen om naar hen toe te komen en te "
                            "luisteren.",
                            "Civil servants who make the effort to come to them and listen.",
                        ),
                    ],
                },
            ),
            (
                "tips",
                {
                    "heading": T("Tips voor je bijeenkomst", "Tips for your meeting"),
                    "tips": [
                        T(
                            "Houd de bijeenkomst in de wijk en niet in het gemeentehuis.",
                            "Hold the meeting in the neighbourhood, not at the town hall.",
                        ),
                        T(
                            "Ontvang mensen hartelijk. Begin met koffie en thee, en geef ruimte "
                            "om even bij te praten.",
                            "Give people a warm welcome. Start with coffee and tea, and leave "
                            "room for a chat.",
                        ),
                        T(
                            "Zorg dat het gesprek twee kanten op gaat. Daar zijn verschillende "
                            "werkvormen voor. Ideeën vind je bij 'Maak je bijeenkomst "
                            "interactief'.",
                            "Make sure the conversation goes both ways. There are several "
                            "methods for this. You can find ideas under 'Make your meeting "
                            "interactive'.",
                        ),
                        T(
                            "Geef inwoners een passende vergoeding.",
                            "Give residents a suitable payment.",
                        ),
                        T(
                            "Maak een flyer en geef die het liefst zelf aan mensen. Zet er kort "
                            "en in eenvoudige taal op wanneer en waar het is. Vermeld of er eten "
                            "en drinken is en of mensen betaald krijgen.",
                            "Make a flyer and preferably hand it out in person. State briefly "
                            "and in simple language when and where the meeting is. Mention "
                            "whether there is food and drink and whether people will be paid.",
                        ),
                        T(
                            "Nodig ook professionals, hulpverleners en sleutelpersonen uit die in "
                            "de wijk werken. Zo groeit je netwerk.",
                            "Also invite professionals, care workers and key persons who work in "
                            "the neighbourhood. This helps your network grow.",
                        ),
                        T(
                            "Schrijf een samenvatting van de bijeenkomst. Bespreek die met de hele "
                            "groep bij de evaluatie. Denk eraan dat niet iedereen goed met "
                            "computers kan werken of goed Nederlands begrijpt.",
                            "Write a summary of the meeting. Share it with the whole group at "
                            "the evaluation. Keep in mind that not everyone is good with "
                            "computers or understands Dutch well.",
                        ),
                        T(
                            "Bespreek de bijeenkomst na ongeveer drie weken samen met de "
                            "inwoners. Houd het kort en duidelijk. Vraag ook sleutelpersonen en "
                            "andere professionals hoe zij het vonden.",
                            "Look back on the meeting with the residents about three weeks "
                            "later. Keep it short and to the point. Also ask key persons and "
                            "other professionals about their experience.",
                        ),
                        T(
                            "Denk erover na om mensen ook voor hun inbreng bij de evaluatie te "
                            "betalen.",
                            "Consider paying people for their input at the evaluation as well.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "important",
                    "heading": T(
                        "Laat altijd weten wat er gebeurt",
                        "Always report back",
                    ),
                    "text": [
                        T(
                            "Vertel inwoners altijd wat er met hun ideeën en informatie is "
                            "gebeurd.",
                            "Always tell residents what happened with their ideas and information.",
                        ),
                        T(
                            "Doe dit ook als er (nog) niets mee gebeurt. Leg dan uit waarom.",
                            "Do this even if nothing has been done with it (yet). "
                            "Then explain why.",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Jij had als ambtenaar al een band met de mensen, dus je kon ons "
                        "persoonlijk uitnodigen. Anders was driekwart niet gekomen. Ik kwam voor "
                        "de tegoedkaart, voor jou als persoon, en omdat ik de overheid wil "
                        "vertellen waar ik last van heb.",
                        "As a civil servant you already had a bond of trust with people, so "
                        "you could invite us personally. Otherwise three quarters would not "
                        "have come. I came for the voucher card, for you as a person, and "
                        "because I want to tell the government what bothers me.",
                    ),
                    "role": "resident",
                    "context": T(
                        "Over een ambtenaar die in de wijk had meegewerkt",
                        "About a civil servant who had worked along in the neighbourhood",
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "informatiemarkt",
        "is_extra_tip": False,
        "title": T("Organiseer een informatiemarkt", "Organise an information market"),
        "summary": T(
            "Breng organisaties naar de wijk, zodat inwoners op een ontspannen manier hulp en "
            "antwoorden vinden.",
            "Bring organisations to the neighbourhood, so residents can find help and answers "
            "in a relaxed way.",
        ),
        "body": [
            (
                "what_is_it",
                {
                    "heading": T("Wat is het?", "What is it?"),
                    "paragraphs": [
                        T(
                            "Op een informatiemarkt vinden inwoners de juiste organisatie voor "
                            "hun vraag. Dat gebeurt in een ontspannen sfeer.",
                            "At an information market, residents find the right organisation "
                            "for their question or need for help. This happens in a relaxed "
                            "setting.",
                        ),
                        T(
                            "Verschillende organisaties hebben elk een kraam. Welke organisaties "
                            "dat zijn, hangt af van het onderwerp. Gaat het over armoede? Dan "
                            "komen organisaties die inwoners daarbij helpen. Ook sleutelpersonen "
                            "en vrijwilligersorganisaties kunnen meedoen.",
                            "Different organisations each staff a stand. Which ones depends on "
                            "the topic. Is it about poverty? Then organisations come that help "
                            "residents with that. Key persons and volunteer organisations can "
                            "take part too.",
                        ),
                        T(
                            "Inwoners hoeven zelf niet te zoeken: de informatie komt naar hen "
                            "toe. En er is tijd om met elkaar te praten.",
                            "Residents do not have to search for themselves: the information "
                            "comes to them. And there is time to talk with each other.",
                        ),
                        T(
                            "Ook voor hulpverleners en ambtenaren is dit waardevol. Ze horen "
                            "soms over problemen die ze nog niet kenden.",
                            "This is also valuable for care workers and civil servants. They "
                            "sometimes hear about problems they did not know about yet.",
                        ),
                    ],
                },
            ),
            (
                "experience",
                {
                    "heading": T("Wat ervaren inwoners?", "What do residents experience?"),
                    "items": [
                        T(
                            "Het is makkelijker om te komen dan naar een afspraak bij een loket.",
                            "It is easier to come than to go to an appointment at a service desk.",
                        ),
                        T(
                            "Er is geen verplichting. De plek is dichtbij en bekend.",
                            "There is no obligation. The place is nearby and familiar.",
                        ),
                        T(
                            "Het is een andere manier om een ambtenaar te ontmoeten en een vraag "
                            "te stellen.",
                            "It is a different way to meet a civil servant and ask a question.",
                        ),
                        T(
                            "Door de informele sfeer durven mensen eerder vragen te stellen.",
                            "The informal setting makes people feel free to ask questions.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Hoe doe je het?", "How do you do it?"),
                    "intro": None,
                    "steps": [
                        {
                            "title": T("Kies een goede plek", "Choose a good place"),
                            "text": T(
                                "Kies een plek in de wijk waar inwoners makkelijk naartoe gaan.",
                                "Choose a place in the neighbourhood where residents easily go.",
                            ),
                        },
                        {
                            "title": T("Bereid het samen voor", "Prepare it together"),
                            "text": T(
                                "Bespreek met alle organisaties hoe de markt eruit komt te zien. "
                                "Spreek samen een doel af. Wat kunnen de organisaties bieden? "
                                "En hoe helpen zij inwoners met vragen?",
                                "Discuss with all the organisations how the market will be set "
                                "up. Agree on a shared goal. What can the organisations offer? "
                                "And how will they help residents with questions?",
                            ),
                        },
                        {
                            "title": T("Nodig mensen persoonlijk uit", "Invite people in person"),
                            "text": T(
                                "Nodig inwoners zelf uit. Ken je nog niet veel mensen in de wijk? "
                                "Vraag dan sleutelpersonen en organisaties die inwoners "
                                "vertrouwen om mensen uit te nodigen.",
                                "Invite residents yourself. Do you not know many people in the "
                                "neighbourhood yet? Then ask key persons and organisations that "
                                "residents trust to invite people.",
                            ),
                        },
                        {
                            "title": T("Help direct waar het kan", "Help on the spot if you can"),
                            "text": T(
                                "Professionals staan in de kramen. Inwoners lopen langs voor "
                                "informatie en krijgen waar het kan meteen hulp. Past een vraag "
                                "bij geen enkele kraam? Verwijs de inwoner dan door naar het "
                                "juiste loket.",
                                "Professionals staff the stands. Residents drop by for "
                                "information and get help on the spot where possible. Does a "
                                "question not fit any of the stands? Then refer the resident to "
                                "the right service desk for further help.",
                            ),
                        },
                        {
                            "title": T("Neem zelf het initiatief", "Take the initiative"),
                            "text": T(
                                "Twijfelt iemand? Stap op die persoon af en wijs de weg naar de "
                                "goede kraam.",
                                "Is someone unsure? Walk up to them and show them the way to the "
                                "right stand.",
                            ),
                        },
                        {
                            "title": T("Deel informatie na afloop", "Share information afterwards"),
                            "text": T(
                                "Deel na de markt nuttige informatie. Het antwoord op de vraag "
                                "van één inwoner kan ook anderen helpen.",
                                "Share useful information after the market. The answer to one "
                                "resident's question may help others too.",
                            ),
                        },
                        {
                            "title": T("Denk aan een vergoeding", "Consider a payment"),
                            "text": T(
                                "Bekijk of een vergoeding voor de mensen die je uitnodigt ook "
                                "hier past.",
                                "Consider whether a payment for the people you invite is "
                                "suitable here too.",
                            ),
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Praten in een buurthuis is makkelijker. Voor een afspraak naar de "
                        "gemeente gaan is anders, je voelt je opgesloten. In je eigen buurt voel "
                        "je je op je gemak. En reizen kost geld, bussen zijn hartstikke duur.",
                        "Talking in a community centre is easier. Going to the municipality for "
                        "an appointment is different, you feel shut in. In your own "
                        "neighbourhood you feel at ease. And travelling costs money, buses are "
                        "really expensive.",
                    ),
                    "role": "resident",
                    "context": None,
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "interactieve-bijeenkomst",
        "is_extra_tip": True,
        "title": T("Maak je bijeenkomst interactief", "Make your meeting interactive"),
        "summary": T(
            "Drie werkvormen om het gesprek tijdens je bijeenkomst op gang te brengen: tekenen, "
            "glad-sad-mad en een tijdlijn.",
            "Three methods to get the conversation going at your meeting: drawing, "
            "glad-sad-mad and a timeline.",
        ),
        "body": [
            (
                "text",
                {
                    "heading": None,
                    "paragraphs": [
                        T(
                            "Wil je dat inwoners echt met elkaar en met jou praten? Probeer dan "
                            "een van deze drie werkvormen.",
                            "Do you want residents to really talk with each other and with you? "
                            "Then try one of these three methods.",
                        ),
                    ],
                },
            ),
            (
                "method",
                {
                    "name": T("Tekenen", "Drawing"),
                    "intro": [
                        T(
                            "Bij tekenen is iedereen gelijk. Ook inwoners die niet goed "
                            "Nederlands spreken, of die moeilijk zeggen wat ze bedoelen, "
                            "doen mee.",
                            "Drawing puts everyone on an equal footing. Residents who do not "
                            "speak Dutch well, or who find it hard to put things into words, "
                            "can take part too.",
                        ),
                    ],
                    "steps": [
                        {
                            "label": T("Stap 1", "Step 1"),
                            "text": T(
                                "Stel een vraag over het onderwerp. Iedereen tekent een antwoord. "
                                "Geef mensen daar 10 minuten voor.",
                                "Ask a question about the topic. Everyone draws an answer. "
                                "Give people 10 minutes for this.",
                            ),
                        },
                        {
                            "label": T("Stap 2", "Step 2"),
                            "text": T(
                                "Praat samen over de tekeningen. Wat heb je getekend? Wat "
                                "betekent het? Waar loop je tegenaan?",
                                "Talk together about the drawings. What did you draw? What does "
                                "it mean? What problems do you run into?",
                            ),
                        },
                    ],
                    "outro": [],
                },
            ),
            (
                "method",
                {
                    "name": T("Glad-sad-mad-methode", "Glad-sad-mad method"),
                    "intro": [
                        T(
                            "Met deze methode ontdek je wat er speelt rond het onderwerp waar jij "
                            "aan werkt. Mensen laten zien waar ze boos, verdrietig en blij "
                            "van worden.",
                            "This method shows you what is going on around the issue you are "
                            "working on. People share what makes them angry, sad and happy.",
                        ),
                        T(
                            "Welke onderwerpen passen goed? Bijvoorbeeld armoede of het contact "
                            "tussen inwoners en gemeente. Of voorzieningen die inwoners kunnen "
                            "aanvragen. Ook het werk van de gemeente in de wijk is geschikt.",
                            "Good topics include poverty, contact between residents and the "
                            "municipality, services residents can apply for, and the "
                            "municipality's work in the neighbourhood.",
                        ),
                    ],
                    "steps": [
                        {
                            "label": T("Stap 1", "Step 1"),
                            "text": T(
                                "Iedereen schrijft korte antwoorden op post-its. Elke kleur hoort "
                                "bij een vraag.",
                                "Everyone writes short answers on sticky notes. Each colour "
                                "goes with one question.",
                            ),
                        },
                        {
                            "label": T("Rood", "Red"),
                            "text": T("Waar word je boos van?", "What makes you angry?"),
                        },
                        {
                            "label": T("Groen", "Green"),
                            "text": T(
                                "Waar word je verdrietig van? Wat raakt je?",
                                "What makes you sad? What touches you?",
                            ),
                        },
                        {
                            "label": T("Blauw", "Blue"),
                            "text": T("Waar word je blij van?", "What makes you happy?"),
                        },
                        {
                            "label": T("Stap 2", "Step 2"),
                            "text": T(
                                "In de ruimte hangen grote vellen papier: een rood, een groen en "
                                "een blauw vel. Iedereen plakt zijn post-its op het goede vel. "
                                "Zo ontstaan mooie gesprekken. Inwoners herkennen elkaars "
                                "verhalen.",
                                "Large sheets of paper hang around the room: a red, a green and "
                                "a blue one. Everyone sticks their notes on the right sheet. "
                                "This starts valuable conversations. Residents recognise each "
                                "other's stories.",
                            ),
                        },
                        {
                            "label": T("Stap 3", "Step 3"),
                            "text": T(
                                "Hangen alle post-its? Vertel dan kort wat erop staat. Vraag of "
                                "iemand het wil uitleggen. Zo ontdek je beter wat mensen "
                                "nodig hebben.",
                                "Are all the notes up? Then briefly say what they say. Ask if "
                                "anyone wants to explain. This way you find out more about what "
                                "people need.",
                            ),
                        },
                    ],
                    "outro": [],
                },
            ),
            (
                "method",
                {
                    "name": T("Tijdlijn maken", "Making a timeline"),
                    "intro": [
                        T(
                            "Met deze methode maak je een probleem duidelijk. Je kijkt naar "
                            "vroeger, nu en later.",
                            "This method helps make a problem clear. You look at the past, the "
                            "present and the future.",
                        ),
                    ],
                    "steps": [
                        {
                            "label": T("Verleden", "Past"),
                            "text": T(
                                "Wat speelde er vroeger rond dit onderwerp? Denk aan de politiek, "
                                "de samenleving en je eigen leven.",
                                "What was going on around this topic in the past? Think of "
                                "politics, society and your own life.",
                            ),
                        },
                        {
                            "label": T("Heden", "Present"),
                            "text": T(
                                "Wat speelt er nu? Wat houdt je tegen en welke kansen zijn er?",
                                "What is going on now? What is holding you back and what "
                                "opportunities are there?",
                            ),
                        },
                        {
                            "label": T("Toekomst", "Future"),
                            "text": T(
                                "Welke oplossingen zijn er later mogelijk voor het probleem?",
                                "What solutions could there be for the problem in the future?",
                            ),
                        },
                    ],
                    "outro": [
                        T(
                            "Teken de tijdlijn echt op papier, bijvoorbeeld op een behangrol.",
                            "Draw the timeline on actual paper, for example on a roll of "
                            "wallpaper.",
                        ),
                        T(
                            "Laat één persoon het gesprek leiden. Die persoon verzamelt alle "
                            "informatie en zet die op de tijdlijn.",
                            "Let one person lead the conversation. That person collects all the "
                            "information and puts it on the timeline.",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Tekenen was leuk. Het was serieus. Het voelde echt en niet nep. "
                        "Er was oprechte interesse in elkaar.",
                        "Drawing was fun. It was serious. It felt real, not fake. "
                        "People were genuinely interested in each other.",
                    ),
                    "role": "resident",
                    "context": None,
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "open-communicatie",
        "is_extra_tip": True,
        "title": T("Wees open in je communicatie", "Be open in how you communicate"),
        "summary": T(
            "Zes tips om eerlijk en duidelijk met inwoners te praten, ook als je geen "
            "oplossing hebt.",
            "Six tips for talking with residents honestly and clearly, even when you have no "
            "solution.",
        ),
        "body": [
            (
                "text",
                {
                    "heading": None,
                    "paragraphs": [
                        T(
                            "Open en eerlijk praten helpt om vertrouwen op te bouwen. "
                            "Deze zes tips helpen je daarbij.",
                            "Talking openly and honestly helps to build trust. "
                            "These six tips will help you do that.",
                        ),
                    ],
                },
            ),
            (
                "tips",
                {
                    "heading": T(
                        "Zes tips voor open communicatie",
                        "Six tips for open communication",
                    ),
                    "tips": [
                        T(
                            "Vertel wie je bent en wat je doet. Zo groeit het vertrouwen.",
                            "Say who you are and what you do. That is how trust grows.",
                        ),
                        T(
                            "Weet wat je kunt als professional en wat je komt brengen.",
                            "Be aware of your own skills as a professional and of what you "
                            "have to offer.",
                        ),
                        T(
                            "Let op hoe inwoners zich voelen. Mensen willen serieus genomen "
                            "worden.",
                            "Pay attention to how residents feel. People want to be taken "
                            "seriously.",
                        ),
                        T(
                            "Stel vragen. Wat speelt er? Wat houdt iemand bezig?",
                            "Ask questions. What is going on? What is on someone's mind?",
                        ),
                        T(
                            "Praat op B1-niveau. Kies makkelijke woorden die bijna iedereen kent.",
                            "Speak at B1 level: plain language. Choose easy words that almost "
                            "everyone knows.",
                        ),
                        T(
                            "Krijg je een vraag waar je geen antwoord op hebt? Zeg dat eerlijk. "
                            "Leg duidelijk uit: 'Dit kan ik niet doen, want ...'",
                            "Do you get a question you cannot answer? Be honest about it. "
                            "Explain clearly: 'I cannot do this, because ...'",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Je moet als ambtenaar niet bang zijn. Wees duidelijk, ook als je geen "
                        "oplossing hebt.",
                        "As a civil servant you should not be afraid. Be clear, even when you "
                        "do not have a solution.",
                    ),
                    "role": "volunteer_coordinator",
                    "context": None,
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Ambtenaren moeten gewoon praten. Het is eigenlijk heel simpel: "
                        "durven praten.",
                        "Civil servants should just talk. It is actually very simple: "
                        "dare to talk.",
                    ),
                    "role": "resident",
                    "context": None,
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "inwoners-betalen",
        "is_extra_tip": True,
        "title": T(
            "Betaal inwoners op een passende manier",
            "Pay residents in a suitable way",
        ),
        "summary": T(
            "Inwoners geven je waardevolle informatie: geef hen daarvoor een vergoeding die "
            "bij hen past.",
            "Residents give you valuable information: give them a payment for it that suits them.",
        ),
        "body": [
            (
                "text",
                {
                    "heading": T("Waarom betalen?", "Why pay?"),
                    "paragraphs": [
                        T(
                            "Inwoners zijn voor jou een belangrijke bron van informatie. "
                            "Ze steken er tijd en moeite in. Daar hoort een passende "
                            "betaling bij.",
                            "Residents are a valuable source of information for you. "
                            "They put time and effort into it. That deserves a suitable "
                            "payment.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Hoe doe je dat?", "How do you do it?"),
                    "intro": None,
                    "steps": [
                        {
                            "title": T("Kies iets tastbaars", "Choose something tangible"),
                            "text": T(
                                "Geef het liefst iets wat mensen in handen hebben. Bijvoorbeeld "
                                "een cadeaubon die je in de winkel kunt gebruiken, zonder "
                                "inlogcode voor een website. Veel inwoners hebben geen toegang "
                                "tot computer of internet.",
                                "Preferably give something people can hold in their hands. For "
                                "example, a gift voucher they can use in a shop, without a login "
                                "code for a website. Many residents have no access to digital "
                                "tools.",
                            ),
                        },
                        {
                            "title": T("Bepaal het bedrag", "Decide on the amount"),
                            "text": T(
                                "Denk na over hoeveel geld passend is. Zoek uit welk budget jouw "
                                "gemeente hiervoor heeft.",
                                "Think about what amount is suitable. Find out what budget your "
                                "own municipality has for this.",
                            ),
                        },
                        {
                            "title": T(
                                "Kort meedoen: een cadeaubon",
                                "Short involvement: a gift voucher",
                            ),
                            "text": T(
                                "Doen inwoners maar kort mee? Dan is een cadeaubon genoeg. "
                                "Bijvoorbeeld van een supermarkt, of een bon die je bij "
                                "meerdere winkels kunt gebruiken.",
                                "Are residents only involved for a short time? Then a gift "
                                "voucher is enough. For example, one from a supermarket, or a "
                                "voucher you can use at several shops.",
                            ),
                        },
                        {
                            "title": T(
                                "Langer meedoen: een contract",
                                "Longer involvement: a contract",
                            ),
                            "text": T(
                                "Wil je inwoners langer betrekken? Maak dan een contract en "
                                "betaal hen op vaste momenten.",
                                "Do you want to involve residents for longer? Then draw up a "
                                "contract and pay them on a regular basis.",
                            ),
                        },
                        {
                            "title": T("Betaal via een organisatie", "Pay through an organisation"),
                            "text": T(
                                "Een vaste vergoeding kan ook via een uitvoerende organisatie "
                                "lopen. Bijvoorbeeld een sociale organisatie die "
                                "bewonersinitiatieven ondersteunt.",
                                "A regular payment can also go through a service organisation. "
                                "For example, a social organisation that works with residents' "
                                "initiatives.",
                            ),
                        },
                        {
                            "title": T("Let op uitkeringen", "Watch out for benefits"),
                            "text": T(
                                "Denk aan de regels, bijvoorbeeld als iemand een uitkering heeft. "
                                "Zorg dat inwoners er financieel niet op achteruitgaan.",
                                "Think about the conditions, for example when someone receives "
                                "benefits. Make sure the payment does not leave residents "
                                "worse off financially.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T(
                        "Vergoeding bij bijeenkomsten",
                        "Payment for meetings",
                    ),
                    "text": [
                        T(
                            "Betaal inwoners ook als ze naar een bijeenkomst of informatiemarkt "
                            "komen. Denk ook aan een vergoeding voor de evaluatie achteraf.",
                            "Also pay residents when they come to a meeting or information "
                            "market. And consider a payment for the evaluation afterwards.",
                        ),
                        T(
                            "Zet op de flyer dat mensen een vergoeding krijgen. Voor sommige "
                            "inwoners is dat een belangrijke reden om te komen.",
                            "Mention on the flyer that people will be paid. For some residents "
                            "that is an important reason to come.",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Ambtenaren moeten naar de wijk en vragen wat mensen nodig hebben. Als je "
                        "zomaar vraagt hoe het met iemands geld zit, krijg je geen antwoord. "
                        "Daar moet je een vertrouwensband voor hebben.",
                        "Civil servants need to go to the neighbourhood and ask people what "
                        "they need. If you just ask how someone is doing financially, they "
                        "will not answer. You need a bond of trust for that.",
                    ),
                    "role": "resident",
                    "context": None,
                },
            ),
        ],
    },
]
