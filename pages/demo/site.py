"""Demo content for the resident-facing part of the site.

The home page, three neighbourhoods of the municipality of Utrecht (with their
contact people, news updates and upcoming events) and the standard pages about
the site, privacy and accessibility. The neighbourhoods are real Utrecht wijken
with their CBS codes; all people, phone numbers, e-mail addresses, buildings and
news items are fictional. Texts are plain Dutch (B1) with an English translation.

Dates are relative (``days_ago`` for updates, ``days_ahead`` for events) so the
demo always looks current when it is loaded.
"""

from feedback.follow import VOTE_COOKIE_MAX_AGE
from feedback.models.subscriptions import UNCONFIRMED_KEEP_DAYS, UNSUBSCRIBED_KEEP_DAYS
from feedback.privacy import SOCIALMAP_UNPUBLISHED_KEEP_DAYS
from feedback.submission import RATE_LIMIT_PERIOD

from .text import T

# The privacy page states these periods; they come from the code that applies them.
RATE_LIMIT_HOURS = RATE_LIMIT_PERIOD // 3600
VOTE_COOKIE_DAYS = VOTE_COOKIE_MAX_AGE // (24 * 60 * 60)

HOME = {
    "title": T("Meedoen", "Meedoen"),
    "intro": [
        T(
            "Op deze website zie je wat er gebeurt met de ideeën en zorgen uit jouw wijk. Ook "
            "als er (nog) niets mee gebeurt. Dan lees je waarom.",
            "On this website you can see what happens with the ideas and concerns from your "
            "neighbourhood. Also when nothing happens with them (yet). Then you can read why.",
        ),
        T(
            "Je vindt hier ook de bijeenkomsten in je buurt en de mensen met wie je kunt "
            "praten. Je hebt geen account nodig.",
            "You can also find the meetings in your area here, and the people you can talk to. "
            "You do not need an account.",
        ),
    ],
}

MUNICIPALITY = "Utrecht"

NEIGHBOURHOOD_INDEX = {
    "title": T("Wijken", "Neighbourhoods"),
    "intro": [
        T(
            "Kies je wijk. Je ziet dan het nieuws, de bijeenkomsten en de mensen die je kunt "
            "aanspreken. Je ziet ook wat er met de ideeën van bewoners is gebeurd.",
            "Choose your neighbourhood. You will then see the news, the meetings and the "
            "people you can talk to. You will also see what happened with residents' ideas.",
        ),
    ],
}

# Shared texts for events.
_NO_PREPARATION = T(
    "Je hoeft niets voor te bereiden. Je mag gewoon binnenlopen, ook als je je niet hebt "
    "aangemeld.",
    "You do not need to prepare anything. Just walk in, even if you have not signed up.",
)
_VOUCHER_15 = T(
    "Je krijgt een cadeaubon van 15 euro voor de supermarkt. Je hoeft nergens in te loggen.",
    "You get a 15 euro supermarket gift card. You do not need to log in anywhere.",
)
_COFFEE_TEA = T("Er is koffie, thee en iets lekkers.", "There is coffee, tea and something sweet.")

NEIGHBOURHOODS = [
    # --- Zuidwest -----------------------------------------------------------
    {
        "slug": "zuidwest",
        "title": T("Zuidwest", "Zuidwest"),
        "cbs_code": "WK034408",
        "intro": [
            T(
                "Zuidwest ligt langs het Merwedekanaal. Bij de wijk horen Kanaleneiland, "
                "Transwijk, Dichterswijk en Rivierenwijk. Er wonen veel gezinnen, en mensen uit "
                "veel verschillende landen. Er zijn markten, moskeeën, scholen en parken.",
                "Zuidwest lies along the Merwede Canal. The neighbourhood includes "
                "Kanaleneiland, Transwijk, Dichterswijk and Rivierenwijk. Many families live "
                "here, and people from many different countries. There are markets, mosques, "
                "schools and parks.",
            ),
            T(
                "Wil je meedoen? Kom naar een bijeenkomst, of spreek een van de mensen hieronder "
                "aan. Je kunt ook een idee insturen via deze website. Elk idee krijgt een "
                "antwoord.",
                "Would you like to take part? Come to a meeting, or talk to one of the people "
                "below. You can also send in an idea through this website. Every idea gets an "
                "answer.",
            ),
        ],
        "contacts": [
            {
                "name": "Samira El Idrissi",
                "role": T("Sleutelpersoon in Kanaleneiland", "Key person in Kanaleneiland"),
                "where_and_when": T(
                    "Elke dinsdagochtend van 10.00 tot 12.00 uur in buurthuis De Kade. Ze "
                    "spreekt Nederlands, Arabisch en Berbers.",
                    "Every Tuesday morning from 10:00 to 12:00 at De Kade community centre. She "
                    "speaks Dutch, Arabic and Berber.",
                ),
                "phone": "030-5550141",
                "email": "samira.elidrissi@example.org",
            },
            {
                "name": "Jeroen de Vries",
                "role": T("Wijkadviseur van de gemeente", "Neighbourhood adviser, municipality"),
                "where_and_when": T(
                    "Op woensdag van 13.00 tot 16.00 uur in wijkcentrum Het Anker. Je kunt ook "
                    "bellen voor een afspraak bij jou in de buurt.",
                    "On Wednesdays from 13:00 to 16:00 at Het Anker community centre. You can "
                    "also call to meet somewhere near you.",
                ),
                "phone": "030-5550142",
                "email": "jeroen.devries@example.org",
            },
            {
                "name": "Ayşe Yıldız",
                "role": T("Opbouwwerker", "Community worker"),
                "where_and_when": T(
                    "Op maandag en donderdag in buurthuis De Kade. Ze helpt bewoners die een "
                    "plan voor de buurt willen maken. Ze spreekt Nederlands en Turks.",
                    "On Mondays and Thursdays at De Kade community centre. She helps residents "
                    "who want to make a plan for the neighbourhood. She speaks Dutch and "
                    "Turkish.",
                ),
                "phone": "030-5550143",
                "email": "ayse.yildiz@example.org",
            },
        ],
        "updates": [
            {
                "slug": "nieuwe-bankjes-bij-het-speelveld",
                "title": T("Nieuwe bankjes bij het speelveld", "New benches by the playing field"),
                "days_ago": 5,
                "summary": T(
                    "Bewoners vroegen om meer plekken om te zitten. Nu staan er vier nieuwe "
                    "bankjes bij het speelveld aan de Marshallaan.",
                    "Residents asked for more places to sit. Now there are four new benches by "
                    "the playing field on the Marshallaan.",
                ),
                "body": [
                    T(
                        "Op een bijeenkomst eerder dit jaar zeiden bewoners dat ze een plek om te "
                        "zitten misten. Vooral ouderen en ouders met kleine kinderen.",
                        "At a meeting earlier this year, residents said they missed somewhere to "
                        "sit. Especially older people and parents with young children.",
                    ),
                    T(
                        "Er staan nu vier nieuwe bankjes naast het speelveld. Twee bankjes hebben "
                        "leuningen. Dan kun je makkelijker opstaan.",
                        "There are now four new benches next to the playing field. Two of them "
                        "have armrests. That makes it easier to stand up.",
                    ),
                    T(
                        "Dank aan iedereen die meedacht over de beste plek.",
                        "Thanks to everyone who helped choose the best spot.",
                    ),
                ],
            },
            {
                "slug": "wat-we-hoorden-over-geldzorgen",
                "title": T(
                    "Wat we hoorden op de bijeenkomst over geldzorgen",
                    "What we heard at the meeting about money worries",
                ),
                "days_ago": 12,
                "summary": T(
                    "Ongeveer dertig bewoners praatten mee over rondkomen met weinig geld. Dit "
                    "zijn de belangrijkste punten, en dit gaan we doen.",
                    "About thirty residents joined the conversation about making ends meet on "
                    "little money. These are the main points, and this is what we will do.",
                ),
                "body": [
                    T(
                        "In buurthuis De Kade kwamen ongeveer dertig bewoners bij elkaar. We "
                        "praatten over rondkomen met weinig geld en over regelingen van de "
                        "gemeente.",
                        "About thirty residents came together at De Kade community centre. We "
                        "talked about making ends meet on little money and about the "
                        "municipality's support schemes.",
                    ),
                    T(
                        "Veel mensen vinden de formulieren moeilijk. Ze weten niet welke hulp er "
                        "is. En sommigen schamen zich om hulp te vragen.",
                        "Many people find the forms difficult. They do not know what help is "
                        "available. And some feel ashamed to ask for help.",
                    ),
                    T(
                        "Wat gaan we doen? We maken een korte folder in eenvoudige taal. En we "
                        "houden een informatiemarkt. Daar stel je je vraag meteen aan de goede "
                        "organisatie.",
                        "What will we do? We are making a short leaflet in plain language. And "
                        "we are holding an information market. There you can ask your question "
                        "straight away to the right organisation.",
                    ),
                    T(
                        "Binnenkort is er een terugkomochtend. Daar laten we zien wat we met "
                        "jullie ideeën hebben gedaan.",
                        "Soon there will be a follow-up meeting. There we will show what we "
                        "have done with your ideas.",
                    ),
                ],
            },
            {
                "slug": "maak-kennis-met-samira",
                "title": T(
                    "Maak kennis met Samira, sleutelpersoon in Kanaleneiland",
                    "Meet Samira, key person in Kanaleneiland",
                ),
                "days_ago": 20,
                "summary": T(
                    "Samira woont al twintig jaar in Kanaleneiland. Heb je een vraag en weet je "
                    "niet waar je moet beginnen? Loop dan bij haar binnen.",
                    "Samira has lived in Kanaleneiland for twenty years. Do you have a question "
                    "and not know where to start? Then drop in and see her.",
                ),
                "body": [
                    T(
                        "Samira El Idrissi woont al twintig jaar in Kanaleneiland. Ze kent veel "
                        "mensen in de wijk, en veel mensen kennen haar.",
                        "Samira El Idrissi has lived in Kanaleneiland for twenty years. She knows "
                        "many people in the neighbourhood, and many people know her.",
                    ),
                    T(
                        "Heb je een vraag over geld, school of zorg? Samira luistert naar je. "
                        "Daarna zoekt ze samen met jou de juiste hulp.",
                        "Do you have a question about money, school or care? Samira will listen "
                        "to you. Then she will look for the right help together with you.",
                    ),
                    T(
                        "Je vindt haar elke dinsdagochtend in buurthuis De Kade. Een afspraak "
                        "maken is niet nodig.",
                        "You can find her every Tuesday morning at De Kade community centre. "
                        "You do not need an appointment.",
                    ),
                ],
            },
            {
                "slug": "voorlopig-geen-nieuwe-lampen-langs-het-kanaal",
                "title": T(
                    "Fietspad langs het kanaal: voorlopig geen nieuwe lampen",
                    "Cycle path along the canal: no new lights for now",
                ),
                "days_ago": 30,
                "summary": T(
                    "Bewoners vroegen om meer licht op het fietspad langs het Merwedekanaal. Dat "
                    "lukt dit jaar niet. We leggen uit waarom, en wat we wel doen.",
                    "Residents asked for more light on the cycle path along the Merwede Canal. "
                    "That is not possible this year. We explain why, and what we will do.",
                ),
                "body": [
                    T(
                        "Bewoners vroegen om meer lampen op het fietspad langs het "
                        "Merwedekanaal. Ze voelen zich daar 's avonds niet veilig.",
                        "Residents asked for more lights on the cycle path along the Merwede "
                        "Canal. They do not feel safe there in the evening.",
                    ),
                    T(
                        "Dit jaar komen er geen nieuwe lampen. Het geld voor straatverlichting "
                        "gaat eerst naar plekken waar meer ongelukken gebeuren.",
                        "There will be no new lights this year. The money for street lighting "
                        "goes first to places where more accidents happen.",
                    ),
                    T(
                        "We vergeten het niet. Na de zomer kijken we er opnieuw naar. Tot die "
                        "tijd snoeien we de struiken langs het pad. Dan is het er lichter en "
                        "kun je verder kijken.",
                        "We will not forget about it. After the summer we will look at it "
                        "again. Until then, we will cut back the bushes along the path. That "
                        "makes it lighter and you can see further.",
                    ),
                ],
            },
        ],
        "events": [
            {
                "slug": "terugkombijeenkomst-geldzorgen",
                "title": T(
                    "Terugkomochtend: wat deden we met jullie ideeën over geldzorgen?",
                    "Follow-up meeting: what did we do with your ideas about money worries?",
                ),
                "event_type": "evaluation",
                "days_ahead": 9,
                "start_time": "10:00",
                "duration_minutes": 90,
                "location_name": "Buurthuis De Kade",
                "address": "Marshallaan 140, 3527 TK Utrecht",
                "food_and_drink": T(
                    "Er is koffie, thee en soep.", "There is coffee, tea and soup."
                ),
                "payment": "voucher",
                "payment_details": _VOUCHER_15,
                "languages": ["nl", "ar", "ber", "tr"],
                "description": [
                    T(
                        "Een paar weken geleden praatten we samen over rondkomen met weinig "
                        "geld. Nu laten we zien wat we met jullie ideeën hebben gedaan. En wat "
                        "(nog) niet lukt, en waarom.",
                        "A few weeks ago we talked together about making ends meet on little "
                        "money. Now we will show what we have done with your ideas. And what "
                        "has not worked out (yet), and why.",
                    ),
                    T(
                        "Samira, Jeroen van de gemeente en iemand van de schuldhulp zijn er ook. "
                        "Was je de vorige keer niet? Je bent ook welkom.",
                        "Samira, Jeroen from the municipality and someone from debt support will "
                        "also be there. Were you not there last time? You are welcome too.",
                    ),
                    _NO_PREPARATION,
                ],
            },
            {
                "slug": "informatiemarkt-geld-en-regelingen",
                "title": T(
                    "Informatiemarkt: hulp bij geld en regelingen",
                    "Information market: help with money and support schemes",
                ),
                "event_type": "information_market",
                "days_ahead": 23,
                "start_time": "14:00",
                "duration_minutes": 180,
                "location_name": "Wijkcentrum Het Anker",
                "address": "Columbuslaan 90, 3526 EP Utrecht",
                "food_and_drink": _COFFEE_TEA,
                "payment": "none",
                "payment_details": None,
                "languages": ["nl", "ar", "tr", "so", "en"],
                "description": [
                    T(
                        "Op de informatiemarkt staan organisaties die kunnen helpen met geld. "
                        "Bijvoorbeeld de schuldhulp, de Voedselbank, het buurtteam en de "
                        "belastingwinkel.",
                        "At the information market you will find organisations that can help "
                        "with money. For example debt support, the food bank, the neighbourhood "
                        "team and the tax help desk.",
                    ),
                    T(
                        "Loop langs wanneer je wilt. Stel je vraag meteen aan de goede persoon. "
                        "Weet je niet bij welke stand je moet zijn? Vraag het aan iemand met een "
                        "geel hesje.",
                        "Drop by whenever you like. Ask your question straight away to the right "
                        "person. Not sure which stand to go to? Ask someone wearing a yellow "
                        "vest.",
                    ),
                    T(
                        "Neem een brief mee als je daar een vraag over hebt. Verder hoef je "
                        "niets mee te nemen.",
                        "Bring a letter if you have a question about it. You do not need to "
                        "bring anything else.",
                    ),
                ],
            },
            {
                "slug": "bijeenkomst-speelplekken-transwijk",
                "title": T(
                    "Bijeenkomst: hoe maken we de speelplekken in Transwijk beter?",
                    "Meeting: how can we improve the play areas in Transwijk?",
                ),
                "event_type": "meeting",
                "days_ahead": 37,
                "start_time": "15:30",
                "duration_minutes": 90,
                "location_name": "Wijkcentrum Het Anker",
                "address": "Columbuslaan 90, 3526 EP Utrecht",
                "food_and_drink": T(
                    "Er is limonade, fruit, koffie en thee.",
                    "There is squash, fruit, coffee and tea.",
                ),
                "payment": "voucher",
                "payment_details": T(
                    "Volwassenen krijgen een cadeaubon van 10 euro voor de supermarkt. Kinderen "
                    "krijgen een klein cadeautje.",
                    "Adults get a 10 euro supermarket gift card. Children get a small present.",
                ),
                "languages": ["nl", "ar", "tr"],
                "description": [
                    T(
                        "De gemeente wil de speelplekken in Transwijk opknappen. Wat vinden "
                        "kinderen en ouders belangrijk? Dat willen we van jullie horen.",
                        "The municipality wants to do up the play areas in Transwijk. What do "
                        "children and parents think is important? We want to hear it from you.",
                    ),
                    T(
                        "Kinderen tekenen hun droomspeelplek. Ouders praten in kleine groepen "
                        "over wat goed gaat en wat beter kan.",
                        "Children draw their dream play area. Parents talk in small groups "
                        "about what works well and what could be better.",
                    ),
                    _NO_PREPARATION,
                ],
            },
        ],
    },
    # --- Overvecht ----------------------------------------------------------
    {
        "slug": "overvecht",
        "title": T("Overvecht", "Overvecht"),
        "cbs_code": "WK034403",
        "intro": [
            T(
                "Overvecht ligt in het noorden van Utrecht. De wijk is gebouwd in de jaren "
                "zestig en zeventig. Er staan veel flats en er is veel groen. Er wonen mensen "
                "uit veel verschillende landen.",
                "Overvecht is in the north of Utrecht. The neighbourhood was built in the 1960s "
                "and 1970s. There are many blocks of flats and lots of green space. People from "
                "many different countries live here.",
            ),
            T(
                "In Overvecht zijn veel bewoners actief, bijvoorbeeld in de buurtmoestuin en het "
                "taalcafé. Wil je meedoen of heb je een idee? Spreek een van de mensen hieronder "
                "aan, of kom naar een bijeenkomst.",
                "Many residents are active in Overvecht, for example in the community garden "
                "and the language café. Would you like to join in or do you have an idea? Talk "
                "to one of the people below, or come to a meeting.",
            ),
        ],
        "contacts": [
            {
                "name": "Mohamed Abdi",
                "role": T(
                    "Sleutelpersoon voor de Somalische gemeenschap",
                    "Key person for the Somali community",
                ),
                "where_and_when": T(
                    "Op vrijdagmiddag van 14.00 tot 16.00 uur in wijkcentrum De Dreef. Je mag "
                    "hem ook gewoon bellen. Hij spreekt Nederlands, Somalisch en Engels.",
                    "On Friday afternoons from 14:00 to 16:00 at De Dreef community centre. You "
                    "are also welcome to just call him. He speaks Dutch, Somali and English.",
                ),
                "phone": "030-5550241",
                "email": "mohamed.abdi@example.org",
            },
            {
                "name": "Marieke Jansen",
                "role": T("Wijkadviseur van de gemeente", "Neighbourhood adviser, municipality"),
                "where_and_when": T(
                    "Op dinsdag van 9.00 tot 12.00 uur in wijkcentrum De Dreef. Ze is ook vaak "
                    "bij bijeenkomsten in de wijk.",
                    "On Tuesdays from 9:00 to 12:00 at De Dreef community centre. She also often "
                    "comes to meetings in the neighbourhood.",
                ),
                "phone": "030-5550242",
                "email": "marieke.jansen@example.org",
            },
            {
                "name": "Kasia Nowak",
                "role": T(
                    "Coördinator vrijwilligers van het taalcafé",
                    "Volunteer coordinator of the language café",
                ),
                "where_and_when": T(
                    "Op donderdagavond en zaterdagochtend in buurthuis Het Zand. Ze spreekt "
                    "Nederlands, Pools en Engels.",
                    "On Thursday evenings and Saturday mornings at Het Zand community centre. "
                    "She speaks Dutch, Polish and English.",
                ),
                "phone": "030-5550243",
                "email": "kasia.nowak@example.org",
            },
        ],
        "updates": [
            {
                "slug": "taalcafe-nu-ook-op-zaterdag",
                "title": T("Taalcafé nu ook op zaterdag", "Language café now also on Saturdays"),
                "days_ago": 3,
                "summary": T(
                    "Veel mensen werken doordeweeks. Daarom is het taalcafé in Het Zand nu ook "
                    "op zaterdagochtend open.",
                    "Many people work during the week. That is why the language café at Het "
                    "Zand is now also open on Saturday mornings.",
                ),
                "body": [
                    T(
                        "Bewoners vertelden ons dat ze graag Nederlands willen oefenen. Maar op "
                        "donderdagavond moeten veel van hen werken.",
                        "Residents told us they would like to practise Dutch. But many of them "
                        "have to work on Thursday evenings.",
                    ),
                    T(
                        "Vanaf nu is het taalcafé ook op zaterdag open, van 10.00 tot 12.00 uur. "
                        "Vijf nieuwe vrijwilligers helpen mee.",
                        "From now on the language café is also open on Saturdays, from 10:00 to "
                        "12:00. Five new volunteers are helping out.",
                    ),
                    T(
                        "Je hoeft je niet aan te melden. Kinderen mogen mee, er is een speelhoek.",
                        "You do not need to sign up. Children are welcome, there is a play corner.",
                    ),
                ],
            },
            {
                "slug": "uitkomst-bijeenkomst-afval",
                "title": T(
                    "Volle containers: dit is er veranderd",
                    "Overflowing containers: this is what has changed",
                ),
                "days_ago": 10,
                "summary": T(
                    "Veel bewoners ergerden zich aan volle afvalcontainers. We legen de "
                    "containers aan de Zamenhofdreef nu twee keer per week.",
                    "Many residents were annoyed by full waste containers. We now empty the "
                    "containers on the Zamenhofdreef twice a week.",
                ),
                "body": [
                    T(
                        "Op de bijeenkomst over een schone wijk ging het vaak over afval. "
                        "Containers zaten vol, en er lagen zakken op straat.",
                        "At the meeting about a clean neighbourhood, waste came up a lot. "
                        "Containers were full, and there were bags lying in the street.",
                    ),
                    T(
                        "We legen de containers aan de Zamenhofdreef nu twee keer per week, in "
                        "plaats van één keer. Bij de flats aan de Tigrisdreef komt een extra "
                        "container.",
                        "We now empty the containers on the Zamenhofdreef twice a week instead "
                        "of once. An extra container is coming at the flats on the "
                        "Tigrisdreef.",
                    ),
                    T(
                        "Zie je nog steeds een volle container? Meld het bij de gemeente. Dan "
                        "weten wij waar het nog misgaat.",
                        "Do you still see a full container? Report it to the municipality. Then "
                        "we know where things are still going wrong.",
                    ),
                ],
            },
            {
                "slug": "buurtmoestuin-zoekt-tuiniers",
                "title": T(
                    "Buurtmoestuin zoekt nieuwe tuiniers",
                    "Community garden looking for new gardeners",
                ),
                "days_ago": 16,
                "summary": T(
                    "De buurtmoestuin bij buurthuis Het Zand heeft nog vier bakken vrij. Je hebt "
                    "geen ervaring nodig.",
                    "The community garden at Het Zand community centre still has four beds "
                    "free. You do not need any experience.",
                ),
                "body": [
                    T(
                        "Twee jaar geleden hadden bewoners het idee voor een moestuin. Nu "
                        "groeien er tomaten, bonen en kruiden.",
                        "Two years ago residents came up with the idea of a vegetable garden. "
                        "Now tomatoes, beans and herbs are growing there.",
                    ),
                    T(
                        "Er zijn nog vier bakken vrij. Je krijgt hulp van ervaren tuiniers. "
                        "Gereedschap en zaden zijn er al.",
                        "There are still four beds free. Experienced gardeners will help you. "
                        "Tools and seeds are already there.",
                    ),
                    T(
                        "Interesse? Loop op zaterdagochtend even langs, of bel Kasia.",
                        "Interested? Drop by on a Saturday morning, or call Kasia.",
                    ),
                ],
            },
        ],
        "events": [
            {
                "slug": "bijeenkomst-veilig-over-straat",
                "title": T(
                    "Bijeenkomst: voel jij je veilig op straat?",
                    "Meeting: do you feel safe in the street?",
                ),
                "event_type": "meeting",
                "days_ahead": 6,
                "start_time": "19:00",
                "duration_minutes": 120,
                "location_name": "Wijkcentrum De Dreef",
                "address": "Zamenhofdreef 210, 3562 JW Utrecht",
                "food_and_drink": T(
                    "Er is koffie, thee, soep en brood.",
                    "There is coffee, tea, soup and bread.",
                ),
                "payment": "voucher",
                "payment_details": _VOUCHER_15,
                "languages": ["nl", "so", "ar", "tr", "pl"],
                "description": [
                    T(
                        "Waar voel je je veilig in Overvecht, en waar niet? Dat willen we van "
                        "bewoners zelf horen.",
                        "Where do you feel safe in Overvecht, and where not? We want to hear it "
                        "from residents themselves.",
                    ),
                    T(
                        "We werken met gekleurde briefjes. Op rood schrijf je waar je boos om "
                        "wordt. Op groen schrijf je wat je verdrietig maakt, en op blauw waar je "
                        "blij van wordt. Daarna praten we erover.",
                        "We use coloured notes. On red you write what makes you angry. On green "
                        "you write what makes you sad, and on blue what makes you happy. Then we "
                        "talk about it.",
                    ),
                    T(
                        "De wijkagent, Marieke van de gemeente en Mohamed zijn er ook. Er zijn "
                        "tolken voor Somalisch en Arabisch.",
                        "The community police officer, Marieke from the municipality and "
                        "Mohamed will also be there. There are interpreters for Somali and "
                        "Arabic.",
                    ),
                    _NO_PREPARATION,
                ],
            },
            {
                "slug": "terugkomavond-schone-wijk",
                "title": T(
                    "Terugkomavond: een schone wijk",
                    "Follow-up evening: a clean neighbourhood",
                ),
                "event_type": "evaluation",
                "days_ahead": 14,
                "start_time": "19:00",
                "duration_minutes": 60,
                "location_name": "Buurthuis Het Zand",
                "address": "Tigrisdreef 50, 3561 AZ Utrecht",
                "food_and_drink": _COFFEE_TEA,
                "payment": "cash",
                "payment_details": T(
                    "Je krijgt 10 euro contant voor je tijd. Heb je een uitkering? Vraag ons "
                    "gerust wat dit voor jou betekent.",
                    "You get 10 euros in cash for your time. Do you receive benefits? Feel free "
                    "to ask us what this means for you.",
                ),
                "languages": ["nl", "ar", "tr"],
                "description": [
                    T(
                        "Op de vorige bijeenkomst gaf je ons tips voor een schonere wijk. We "
                        "vertellen wat we ermee hebben gedaan. Ook wat niet is gelukt.",
                        "At the last meeting you gave us tips for a cleaner neighbourhood. We "
                        "will tell you what we did with them. Including what did not work out.",
                    ),
                    T(
                        "Daarna vragen we je mening. Is het beter geworden in jouw straat?",
                        "Then we ask for your opinion. Has it got better in your street?",
                    ),
                    _NO_PREPARATION,
                ],
            },
            {
                "slug": "informatiemarkt-energie-en-wonen",
                "title": T(
                    "Informatiemarkt: een lagere energierekening",
                    "Information market: a lower energy bill",
                ),
                "event_type": "information_market",
                "days_ahead": 28,
                "start_time": "13:00",
                "duration_minutes": 180,
                "location_name": "Wijkcentrum De Dreef",
                "address": "Zamenhofdreef 210, 3562 JW Utrecht",
                "food_and_drink": _COFFEE_TEA,
                "payment": "none",
                "payment_details": None,
                "languages": ["nl", "en", "pl", "so"],
                "description": [
                    T(
                        "Hoe bespaar je energie in je huis? En welke hulp is er als je je "
                        "rekening niet kunt betalen? Op de informatiemarkt krijg je antwoord.",
                        "How can you save energy at home? And what help is there if you cannot "
                        "pay your bill? At the information market you will get answers.",
                    ),
                    T(
                        "Er staan energiecoaches, de woningcorporatie, het buurtteam en de "
                        "schuldhulp. Energiecoaches kunnen ook een keer bij je thuis komen.",
                        "Energy coaches, the housing association, the neighbourhood team and "
                        "debt support will be there. Energy coaches can also visit you at home.",
                    ),
                    T(
                        "Neem als het kan je laatste energierekening mee.",
                        "If you can, bring your latest energy bill.",
                    ),
                ],
            },
        ],
    },
    # --- Noordwest ----------------------------------------------------------
    {
        "slug": "noordwest",
        "title": T("Noordwest", "Noordwest"),
        "cbs_code": "WK034402",
        "intro": [
            T(
                "Bij Noordwest horen buurten als Zuilen, Ondiep, Pijlsweerd en Elinkwijk. Door "
                "de wijk loopt de Amsterdamsestraatweg, met winkels uit alle delen van de "
                "wereld. Veel mensen wonen hier al hun hele leven. Er komen ook veel nieuwe "
                "bewoners bij.",
                "Noordwest includes areas such as Zuilen, Ondiep, Pijlsweerd and Elinkwijk. "
                "The Amsterdamsestraatweg runs through it, with shops from all over the world. "
                "Many people have lived here all their lives. Many new residents are also "
                "moving in.",
            ),
            T(
                "Heb je een idee voor je buurt, of maak je je ergens zorgen over? Vertel het aan "
                "een van de mensen hieronder, of kom naar een bijeenkomst. We laten altijd weten "
                "wat we ermee doen.",
                "Do you have an idea for your area, or are you worried about something? Tell "
                "one of the people below, or come to a meeting. We will always let you know "
                "what we do with it.",
            ),
        ],
        "contacts": [
            {
                "name": "Ingrid Visser",
                "role": T("Wijkadviseur van de gemeente", "Neighbourhood adviser, municipality"),
                "where_and_when": T(
                    "Op maandag van 13.00 tot 16.00 uur in buurthuis De Schakel. Bel of mail "
                    "voor een afspraak op een ander moment.",
                    "On Mondays from 13:00 to 16:00 at De Schakel community centre. Call or "
                    "e-mail to meet at another time.",
                ),
                "phone": "030-5550341",
                "email": "ingrid.visser@example.org",
            },
            {
                "name": "Yusuf Demir",
                "role": T("Jongerenwerker", "Youth worker"),
                "where_and_when": T(
                    "Op woensdag- en vrijdagmiddag in de jongerenruimte van buurthuis De "
                    "Schakel. Je kunt hem ook appen.",
                    "On Wednesday and Friday afternoons in the youth room at De Schakel "
                    "community centre. You can also send him a message.",
                ),
                "phone": "030-5550342",
                "email": "yusuf.demir@example.org",
            },
            {
                "name": "Henk Bakker",
                "role": T(
                    "Vrijwilliger bij de koffieochtend voor ouderen",
                    "Volunteer at the coffee morning for older people",
                ),
                "where_and_when": T(
                    "Elke donderdagochtend van 10.00 tot 12.00 uur in wijkcentrum Zuilen.",
                    "Every Thursday morning from 10:00 to 12:00 at the Zuilen community centre.",
                ),
                "phone": "030-5550343",
                "email": "henk.bakker@example.org",
            },
        ],
        "updates": [
            {
                "slug": "veiliger-oversteken-bij-de-school",
                "title": T(
                    "Veiliger oversteken bij de school in Zuilen",
                    "Safer crossing by the school in Zuilen",
                ),
                "days_ago": 7,
                "summary": T(
                    "Ouders maakten zich zorgen over het oversteken bij de basisschool. Er komt "
                    "een zebrapad met een verhoging in de weg.",
                    "Parents were worried about crossing the road by the primary school. A "
                    "zebra crossing with a speed ramp is coming.",
                ),
                "body": [
                    T(
                        "Veel ouders vertelden dat auto's hard rijden bij de school. Kinderen "
                        "durven daar niet goed over te steken.",
                        "Many parents said that cars drive fast near the school. Children are "
                        "afraid to cross there.",
                    ),
                    T(
                        "De gemeente legt een zebrapad aan met een verhoging in de weg. Dan "
                        "moeten auto's langzamer rijden. Het werk begint na de zomervakantie.",
                        "The municipality is putting in a zebra crossing with a ramp in the "
                        "road. That makes cars slow down. Work starts after the summer holidays.",
                    ),
                    T(
                        "Tijdens het werk helpen verkeersbrigadiers de kinderen oversteken.",
                        "During the work, crossing guards will help the children cross.",
                    ),
                ],
            },
            {
                "slug": "wat-ouderen-zeiden-over-alleen-zijn",
                "title": T(
                    "Wat ouderen vertelden over je alleen voelen",
                    "What older people told us about feeling lonely",
                ),
                "days_ago": 14,
                "summary": T(
                    "Twintig ouderen praatten mee over eenzaamheid. Er komt een belcirkel en de "
                    "koffieochtend krijgt een vervoersdienst.",
                    "Twenty older people talked with us about loneliness. There will be a phone "
                    "circle, and the coffee morning will get a transport service.",
                ),
                "body": [
                    T(
                        "Op de koffieochtend in wijkcentrum Zuilen praatten we met twintig "
                        "ouderen. Veel van hen voelen zich soms alleen, vooral in het weekend.",
                        "At the coffee morning at the Zuilen community centre we talked with "
                        "twenty older people. Many of them sometimes feel lonely, especially at "
                        "the weekend.",
                    ),
                    T(
                        "Sommigen komen niet meer naar activiteiten, omdat lopen moeilijk is. "
                        "Daarom rijden vrijwilligers hen voortaan naar de koffieochtend.",
                        "Some no longer come to activities because walking is hard for them. "
                        "So from now on volunteers will drive them to the coffee morning.",
                    ),
                    T(
                        "Ook start er een belcirkel. Elke ochtend belt iemand uit de groep de "
                        "volgende. Zo weet je dat er iemand aan je denkt.",
                        "A phone circle is also starting. Every morning someone from the group "
                        "calls the next person. That way you know someone is thinking of you.",
                    ),
                    T(
                        "Een bankje bij de bushalte kan nog niet. Die plek is van de "
                        "vervoerder. We hebben de vraag aan hen doorgegeven.",
                        "A bench at the bus stop is not possible yet. That spot belongs to the "
                        "transport company. We have passed the request on to them.",
                    ),
                ],
            },
            {
                "slug": "maak-kennis-met-yusuf",
                "title": T(
                    "Maak kennis met Yusuf, jongerenwerker",
                    "Meet Yusuf, youth worker",
                ),
                "days_ago": 22,
                "summary": T(
                    "Yusuf is de nieuwe jongerenwerker in Noordwest. Hij wil weten wat jongeren "
                    "missen in de wijk.",
                    "Yusuf is the new youth worker in Noordwest. He wants to know what young "
                    "people miss in the neighbourhood.",
                ),
                "body": [
                    T(
                        "Yusuf Demir is opgegroeid in Ondiep. Nu werkt hij als jongerenwerker in "
                        "de wijk.",
                        "Yusuf Demir grew up in Ondiep. Now he works as a youth worker in the "
                        "neighbourhood.",
                    ),
                    T(
                        "Hij helpt jongeren met vragen over school, werk of geld. En hij wil "
                        "weten wat jongeren missen. Een plek om te sporten? Een ruimte om muziek "
                        "te maken?",
                        "He helps young people with questions about school, work or money. And "
                        "he wants to know what young people miss. A place to play sports? A "
                        "room to make music?",
                    ),
                    T(
                        "Je vindt hem op woensdag- en vrijdagmiddag in buurthuis De Schakel.",
                        "You can find him on Wednesday and Friday afternoons at De Schakel "
                        "community centre.",
                    ),
                ],
            },
        ],
        "events": [
            {
                "slug": "informatiemarkt-ouder-worden-in-zuilen",
                "title": T(
                    "Informatiemarkt: prettig ouder worden in Zuilen",
                    "Information market: growing older comfortably in Zuilen",
                ),
                "event_type": "information_market",
                "days_ahead": 11,
                "start_time": "10:00",
                "duration_minutes": 150,
                "location_name": "Wijkcentrum Zuilen",
                "address": "Marnixlaan 110, 3552 HG Utrecht",
                "food_and_drink": T(
                    "Er is koffie, thee en een broodje.",
                    "There is coffee, tea and a sandwich.",
                ),
                "payment": "none",
                "payment_details": None,
                "languages": ["nl", "tr", "ar"],
                "description": [
                    T(
                        "Wil je zo lang mogelijk thuis blijven wonen? Op deze markt hoor je "
                        "welke hulp er is. Bijvoorbeeld bij het huishouden, vervoer of een "
                        "aanpassing in je huis.",
                        "Do you want to keep living at home for as long as possible? At this "
                        "market you will hear what help is available. For example with "
                        "housework, transport or adapting your home.",
                    ),
                    T(
                        "Er staan het buurtteam, de wijkverpleging, de woningcorporatie en "
                        "vrijwilligers van de koffieochtend.",
                        "The neighbourhood team, district nurses, the housing association and "
                        "volunteers from the coffee morning will be there.",
                    ),
                    T(
                        "Slecht ter been? Bel Henk. Een vrijwilliger komt je met de auto halen en "
                        "brengt je weer thuis.",
                        "Not very mobile? Call Henk. A volunteer will pick you up by car and "
                        "take you home again.",
                    ),
                ],
            },
            {
                "slug": "bijeenkomst-julianapark",
                "title": T(
                    "Bijeenkomst: wat wil jij in het Julianapark?",
                    "Meeting: what would you like in the Julianapark?",
                ),
                "event_type": "meeting",
                "days_ahead": 25,
                "start_time": "16:00",
                "duration_minutes": 90,
                "location_name": "Buurthuis De Schakel",
                "address": "Amsterdamsestraatweg 450, 3553 EE Utrecht",
                "food_and_drink": T(
                    "Er is fris, koffie, thee en pizza.",
                    "There are soft drinks, coffee, tea and pizza.",
                ),
                "payment": "voucher",
                "payment_details": T(
                    "Je krijgt een cadeaubon van 15 euro die je in veel winkels kunt gebruiken. "
                    "Je hoeft nergens in te loggen.",
                    "You get a 15 euro gift card that you can use in many shops. You do not need "
                    "to log in anywhere.",
                ),
                "languages": ["nl", "en", "tr", "ar", "pl"],
                "description": [
                    T(
                        "Het Julianapark krijgt een opknapbeurt. Wat moet er blijven, en wat "
                        "mist er? Jongeren, ouders en ouderen zijn allemaal welkom.",
                        "The Julianapark is getting a makeover. What should stay, and what is "
                        "missing? Young people, parents and older people are all welcome.",
                    ),
                    T(
                        "We maken samen een tijdlijn op een lange rol papier. Hoe was het park "
                        "vroeger, hoe is het nu, en hoe zou het kunnen worden?",
                        "Together we make a timeline on a long roll of paper. What was the park "
                        "like in the past, what is it like now, and what could it become?",
                    ),
                    _NO_PREPARATION,
                ],
            },
        ],
    },
]

STANDARD_PAGES = [
    {
        "slug": "over-meedoen",
        "title": T("Over Meedoen", "About Meedoen"),
        "body": [
            (
                "text",
                {
                    "heading": None,
                    "paragraphs": [
                        T(
                            "Meedoen is de website van de gemeente Utrecht over meedoen in je "
                            "wijk. Hier zie je wat er gebeurt met de ideeën en zorgen van "
                            "bewoners.",
                            "Meedoen is the City of Utrecht's website about taking part in your "
                            "neighbourhood. Here you can see what happens with residents' ideas "
                            "and concerns.",
                        ),
                    ],
                },
            ),
            (
                "what_is_it",
                {
                    "heading": T("Waarom deze website?", "Why this website?"),
                    "paragraphs": [
                        T(
                            "Bewoners vertellen ons vaak wat ze belangrijk vinden. Op een "
                            "bijeenkomst, bij een informatiemarkt of via een sleutelpersoon. "
                            "Maar daarna horen ze vaak niets meer. Dat willen we anders doen.",
                            "Residents often tell us what they think is important. At a meeting, "
                            "at an information market or through a key person. But afterwards "
                            "they often hear nothing more. We want to change that.",
                        ),
                        T(
                            "Sommige wijken krijgen veel vragen van de gemeente. Dan is het extra "
                            "belangrijk om te laten zien wat we met de antwoorden doen.",
                            "Some neighbourhoods are asked a lot of questions by the "
                            "municipality. Then it is even more important to show what we do "
                            "with the answers.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Zo werkt het", "How it works"),
                    "intro": T("Elk idee volgt dezelfde weg.", "Every idea follows the same path."),
                    "steps": [
                        {
                            "title": T("Je deelt een idee", "You share an idea"),
                            "text": T(
                                "Dat kan op een bijeenkomst, bij een sleutelpersoon, per brief "
                                "of telefoon, of op deze website.",
                                "You can do this at a meeting, through a key person, by letter "
                                "or phone, or on this website.",
                            ),
                        },
                        {
                            "title": T("Wij zetten het op de website", "We put it on the website"),
                            "text": T(
                                "We beschrijven het idee kort en in gewone taal. Je naam zetten "
                                "we er nooit bij.",
                                "We describe the idea briefly and in plain language. We never "
                                "add your name.",
                            ),
                        },
                        {
                            "title": T(
                                "Binnen drie weken een eerste antwoord",
                                "A first answer within three weeks",
                            ),
                            "text": T(
                                "Daarin staat wat we met het idee gaan doen, of waarom niet.",
                                "It says what we will do with the idea, or why not.",
                            ),
                        },
                        {
                            "title": T("We houden je op de hoogte", "We keep you informed"),
                            "text": T(
                                "Elke stap zie je op de pagina van het idee. Wil je een bericht "
                                "krijgen? Volg dan het idee of je wijk met je e-mailadres.",
                                "You can see every step on the idea's page. Would you like to "
                                "get a message? Then follow the idea or your neighbourhood with "
                                "your e-mail address.",
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "important",
                    "heading": T("Ook als er niets gebeurt", "Also when nothing happens"),
                    "text": [
                        T(
                            "Niet elk idee kunnen we uitvoeren. Soms is er geen geld. Soms gaat "
                            "een andere organisatie erover. Ook dan krijg je een antwoord, en "
                            "we leggen altijd uit waarom.",
                            "We cannot carry out every idea. Sometimes there is no money. "
                            "Sometimes another organisation is responsible. Even then you get an "
                            "answer, and we always explain why.",
                        ),
                        T(
                            "Zetten we een idee even in de wacht? Dan zeggen we ook wanneer we "
                            "er opnieuw naar kijken.",
                            "Are we putting an idea on hold for a while? Then we also say when "
                            "we will look at it again.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Waarom we dit doen", "Why we do this"),
                    "paragraphs": [
                        T(
                            "Vertrouwen groeit als je ziet dat je stem telt. Daarom zijn we "
                            "eerlijk over wat wel en niet kan.",
                            "Trust grows when you see that your voice counts. That is why we are "
                            "honest about what is and is not possible.",
                        ),
                        T(
                            "Deze website hoort bij de toolkit Meedoen met inwoners. Daarin "
                            "staat hoe medewerkers van de gemeente de wijk in gaan en met "
                            "bewoners praten.",
                            "This website goes with the toolkit Meedoen met inwoners. It "
                            "describes how municipal staff go out into the neighbourhood and "
                            "talk with residents.",
                        ),
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Ik kreeg een antwoord, ook al was het nee. Nu weet ik tenminste waar "
                        "ik aan toe ben.",
                        "I got an answer, even though it was no. At least now I know where I "
                        "stand.",
                    ),
                    "role": "resident",
                    "context": T("Bewoner uit Overvecht", "Resident of Overvecht"),
                },
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": T("Privacy", "Privacy"),
        "body": [
            (
                "text",
                {
                    "heading": None,
                    "paragraphs": [
                        T(
                            "We gaan zorgvuldig om met je gegevens. Hier lees je welke gegevens "
                            "we bewaren, waarom en hoe lang.",
                            "We handle your data with care. Here you can read which data we "
                            "keep, why and for how long.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Je hebt geen account nodig", "You do not need an account"),
                    "paragraphs": [
                        T(
                            "Je kunt alles op deze website lezen zonder in te loggen. We vragen "
                            "niet om je naam.",
                            "You can read everything on this website without logging in. We do "
                            "not ask for your name.",
                        ),
                        T(
                            "We gebruiken alleen cookies die nodig zijn om de website te laten "
                            "werken. We volgen niet wat je op de website doet.",
                            "We only use cookies that are needed to make the website work. We do "
                            "not track what you do on the website.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Wat bewaren we?", "What do we keep?"),
                    "paragraphs": [
                        T(
                            "Stuur je een idee in? Dan bewaren we je idee. Op de website zetten "
                            "we alleen een korte samenvatting, zonder namen.",
                            "Do you send in an idea? Then we keep your idea. On the website we "
                            "only put a short summary, without names.",
                        ),
                        T(
                            "Geef je bij je idee je e-mailadres? Dan vragen we eerst of je "
                            "berichten over je idee wilt. Bij het idee zelf bewaren we je "
                            "e-mailadres niet.",
                            "Do you give your e-mail address with your idea? Then we first ask "
                            "if you want messages about your idea. We do not keep your e-mail "
                            "address with the idea itself.",
                        ),
                        T(
                            "Volg je een wijk of een idee? Dan bewaren we je e-mailadres. We "
                            "gebruiken het alleen om je berichten te sturen over die wijk of dat "
                            "idee. We onthouden ook welke berichten we je stuurden.",
                            "Do you follow a neighbourhood or an idea? Then we keep your e-mail "
                            "address. We only use it to send you messages about that "
                            "neighbourhood or idea. We also remember which messages we sent you.",
                        ),
                        T(
                            "Meld je een organisatie aan voor de sociale kaart? Dan bewaren we de "
                            "naam en het e-mailadres van de contactpersoon. Alleen medewerkers "
                            "van de gemeente zien die. Zo kunnen ze vragen stellen over de "
                            "aanmelding.",
                            "Do you sign up an organisation for the social map? Then we keep the "
                            "name and e-mail address of the contact person. Only staff of the "
                            "municipality see them. That way they can ask questions about the "
                            "sign-up.",
                        ),
                        T(
                            "We laten je e-mailadres nooit zien op de website. We zetten het "
                            "niet in open data, en we geven het aan niemand anders.",
                            "We never show your e-mail address on the website. We do not put it "
                            "in open data, and we do not give it to anyone else.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T(
                        "Hoe lang bewaren we je gegevens?", "How long do we keep your data?"
                    ),
                    "paragraphs": [
                        T(
                            "Je e-mailadres bewaren we zolang je iets volgt. In elk bericht "
                            "staat een link om je af te melden. Meld je je af? Dan wissen we je "
                            f"e-mailadres binnen {UNSUBSCRIBED_KEEP_DAYS} dagen.",
                            "We keep your e-mail address for as long as you follow something. "
                            "Every message has a link to unsubscribe. If you unsubscribe, we "
                            f"delete your e-mail address within {UNSUBSCRIBED_KEEP_DAYS} days.",
                        ),
                        T(
                            "Je krijgt eerst een mail om je aanmelding te bevestigen. Doe je dat "
                            f"niet binnen {UNCONFIRMED_KEEP_DAYS} dagen? Dan wissen we je "
                            "e-mailadres.",
                            "You first get an e-mail to confirm that you want to sign up. If you "
                            f"do not confirm within {UNCONFIRMED_KEEP_DAYS} days, we delete your "
                            "e-mail address.",
                        ),
                        T(
                            "Zet de gemeente een aangemelde organisatie niet binnen "
                            f"{SOCIALMAP_UNPUBLISHED_KEEP_DAYS} dagen op de sociale kaart? Dan "
                            "wissen we de aanmelding, ook de naam en het e-mailadres van de "
                            "contactpersoon.",
                            "If the municipality does not put an organisation on the social map "
                            f"within {SOCIALMAP_UNPUBLISHED_KEEP_DAYS} days, we delete the "
                            "sign-up, with the name and e-mail address of the contact person.",
                        ),
                        T(
                            "Stuur je veel formulieren kort na elkaar? Dan onthouden we dat "
                            f"{RATE_LIMIT_HOURS} uur. We bewaren daarvoor niet het adres van je "
                            "computer, maar een code. Met die code kan niemand zien wie je bent.",
                            "Do you send many forms in a short time? Then we remember that for "
                            f"{RATE_LIMIT_HOURS} hour. For this we do not keep the address of "
                            "your computer, but a code. Nobody can tell who you are from that "
                            "code.",
                        ),
                        T(
                            "Zeg je of een antwoord duidelijk is? Dan onthoudt je browser "
                            f"{VOTE_COOKIE_DAYS} dagen dat je dat deed. Wij bewaren niet wie het "
                            "zei.",
                            "Do you tell us whether an answer is clear? Then your browser "
                            f"remembers for {VOTE_COOKIE_DAYS} days that you did. We do not keep "
                            "who said it.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Jouw rechten", "Your rights"),
                    "paragraphs": [
                        T(
                            "Volgens de privacywet (de AVG) mag je vragen welke gegevens we van "
                            "je hebben. Je mag ook vragen om ze te verbeteren of te wissen.",
                            "Under the privacy law (the GDPR) you may ask which data we hold "
                            "about you. You may also ask us to correct or delete it.",
                        ),
                        T(
                            "Vraag je om je gegevens? Dan sturen we je alles wat bij je "
                            "e-mailadres hoort. Vraag je om ze te wissen? Dan wissen we alles "
                            "wat bij je e-mailadres hoort.",
                            "Do you ask for your data? Then we send you everything that belongs "
                            "to your e-mail address. Do you ask us to delete it? Then we delete "
                            "everything that belongs to your e-mail address.",
                        ),
                        T(
                            "Je mag ook bezwaar maken als je het niet eens bent met hoe we je "
                            "gegevens gebruiken.",
                            "You may also object if you do not agree with how we use your data.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "heading": T("Vragen of een klacht?", "Questions or a complaint?"),
                    "text": [
                        T(
                            "Mail naar privacy@example.org. Je krijgt binnen vier weken "
                            "antwoord van de privacy-medewerker van de gemeente.",
                            "E-mail privacy@example.org. You will get an answer within four "
                            "weeks from the municipality's privacy officer.",
                        ),
                        T(
                            "Ben je niet tevreden met ons antwoord? Dan kun je een klacht "
                            "indienen bij de Autoriteit Persoonsgegevens.",
                            "Not happy with our answer? Then you can file a complaint with the "
                            "Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
                        ),
                    ],
                },
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "title": T("Toegankelijkheid", "Accessibility"),
        "body": [
            (
                "text",
                {
                    "heading": None,
                    "paragraphs": [
                        T(
                            "Iedereen moet deze website kunnen gebruiken. Ook als je slecht "
                            "ziet, slecht hoort, moeite hebt met lezen of geen muis gebruikt.",
                            "Everyone should be able to use this website. Also if you have poor "
                            "eyesight or hearing, find reading hard or do not use a mouse.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Wat is ons doel?", "What is our aim?"),
                    "paragraphs": [
                        T(
                            "Overheden moeten hun websites toegankelijk maken. Wij volgen "
                            "daarvoor de richtlijnen WCAG 2.2, niveau AA.",
                            "Public bodies must make their websites accessible. To do so, we "
                            "follow the WCAG 2.2 guidelines, level AA.",
                        ),
                        T(
                            "Bij elke wijziging testen we elke soort pagina in een echte "
                            "browser. Dat doen we in het Nederlands en in het Arabisch. Het "
                            "programma axe-core kijkt of de pagina aan WCAG 2.2 A en AA voldoet.",
                            "With every change we test every type of page in a real browser. "
                            "We do this in Dutch and in Arabic. The program axe-core checks "
                            "whether the page meets WCAG 2.2 A and AA.",
                        ),
                        T(
                            "We testen ook of alles werkt met alleen het toetsenbord. En of "
                            "het overzicht van ideeën goed op A4 past als je het print.",
                            "We also test that everything works with the keyboard alone, and "
                            "that the overview of ideas fits on A4 when you print it.",
                        ),
                        T(
                            "Een test met een schermlezer door mensen hebben we nog niet gedaan.",
                            "People have not yet tested the site with a screen reader.",
                        ),
                    ],
                },
            ),
            (
                "experience",
                {
                    "heading": T("Wat kun je verwachten?", "What can you expect?"),
                    "items": [
                        T(
                            "De website werkt ook zonder JavaScript en op een eenvoudige telefoon.",
                            "The website also works without JavaScript and on a basic phone.",
                        ),
                        T(
                            "Je kunt alles bedienen met het toetsenbord.",
                            "You can use everything with the keyboard.",
                        ),
                        T(
                            "De website werkt met een schermlezer.",
                            "The website works with a screen reader.",
                        ),
                        T(
                            "We schrijven in eenvoudige taal, op B1-niveau.",
                            "We write in plain language, at B1 level.",
                        ),
                        T(
                            "Je kunt pagina's printen. Zo neem je een overzicht van de ideeën uit "
                            "je wijk mee op papier.",
                            "You can print pages. That way you can take an overview of the "
                            "ideas from your neighbourhood with you on paper.",
                        ),
                        T(
                            "De website is er in het Nederlands, Engels, Arabisch, Turks en "
                            "Pools. Arabisch lees je van rechts naar links.",
                            "The website is available in Dutch, English, Arabic, Turkish and "
                            "Polish. Arabic reads from right to left.",
                        ),
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": T("Wat werkt nog niet goed?", "What does not work well yet?"),
                    "paragraphs": [
                        T(
                            "Niet alle teksten zijn al vertaald. Nieuwe berichten staan soms "
                            "eerst alleen in het Nederlands.",
                            "Not all texts have been translated yet. New messages are sometimes "
                            "only in Dutch at first.",
                        ),
                        T(
                            "Sommige oudere pdf-bestanden zijn nog niet toegankelijk. Heb je zo'n "
                            "bestand nodig? Vraag ons om een andere versie.",
                            "Some older PDF files are not accessible yet. Do you need one of "
                            "these files? Ask us for a different version.",
                        ),
                    ],
                },
            ),
            (
                "steps",
                {
                    "heading": T("Een probleem melden", "Reporting a problem"),
                    "intro": T(
                        "Loop je ergens tegenaan? Laat het ons weten.",
                        "Did you run into a problem? Let us know.",
                    ),
                    "steps": [
                        {
                            "title": T("Vertel wat er misgaat", "Tell us what goes wrong"),
                            "text": T(
                                "Mail naar toegankelijkheid@example.org. Of bel 030-5550100 op "
                                "werkdagen van 9.00 tot 17.00 uur. Zeg op welke pagina het was.",
                                "E-mail toegankelijkheid@example.org. Or call 030-5550100 on "
                                "weekdays from 9:00 to 17:00. Tell us which page it was.",
                            ),
                        },
                        {
                            "title": T(
                                "Binnen vijf werkdagen antwoord",
                                "An answer within five working days",
                            ),
                            "text": T(
                                "We laten weten wat we gaan doen en wanneer het klaar is.",
                                "We will tell you what we are going to do and when it will be "
                                "done.",
                            ),
                        },
                        {
                            "title": T("Niet tevreden?", "Not satisfied?"),
                            "text": T(
                                "Dan kun je een klacht indienen bij de gemeente. Lukt het dan "
                                "nog niet? Dan kun je naar de ombudsman.",
                                "Then you can make a complaint to the municipality. If that "
                                "does not solve it, you can go to the ombudsman.",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]
