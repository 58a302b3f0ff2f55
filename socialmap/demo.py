"""Demo organisations for the social map of the three demo neighbourhoods.

All organisations, people, addresses, phone numbers (030-555 range) and
e-mail addresses are fictional; the streets are real Utrecht streets. Texts
are plain Dutch (B1) as T pairs with an English translation, like the rest
of the demo content (``pages/demo``). Entries are not translated on the site
(see ``socialmap.models``); the English is there for when they are.

Besides the published entries the demo has one new entry that waits for
approval and one published entry with a change that waits, so staff see
both kinds of work in the admin.

``load()`` is idempotent: entries are looked up by slug and only created
when missing; the waiting change is only made together with its entry.
"""

from django.db import transaction
from django.utils import timezone

from wagtail.search import index

from pages.demo.text import T
from pages.locales import default_locale
from pages.models import NeighbourhoodPage, Theme

from .models import Organisation

CITY = "Utrecht"

ORGANISATIONS = [
    {
        "slug": "buurtteam-zuidwest",
        "name": "Buurtteam Zuidwest",
        "summary": T(
            "Heb je vragen over geld, werk, opvoeden of je gezondheid? Of maak je je zorgen "
            "over iemand? Het buurtteam denkt met je mee en helpt je verder. Het is gratis. Je "
            "hebt geen verwijzing nodig.",
            "Do you have questions about money, work, raising children or your health? Or are "
            "you worried about someone? The neighbourhood team thinks along with you and helps "
            "you further. It is free. You do not need a referral.",
        ),
        "address": "Briandlaan 12",
        "postcode": "3527 HE",
        "opening_hours": T(
            "Maandag tot en met vrijdag van 9.00 tot 17.00 uur. Binnenlopen zonder afspraak "
            "kan op dinsdag en donderdag van 9.00 tot 12.00 uur.",
            "Monday to Friday from 9:00 to 17:00. You can walk in without an appointment on "
            "Tuesday and Thursday from 9:00 to 12:00.",
        ),
        "phone": "030-5550201",
        "email": "zuidwest@buurtteam.example.org",
        "website": "https://buurtteam.example.org/zuidwest",
        "languages": ["nl", "en", "ar", "tr", "ber"],
        "themes": ["zorg-en-welzijn", "armoede-en-geldzorgen", "opgroeien"],
        "neighbourhoods": ["zuidwest"],
    },
    {
        "slug": "voedselbank-overvecht",
        "name": "Voedselbank, uitgiftepunt Overvecht",
        "summary": T(
            "Heb je te weinig geld voor eten? Bij de voedselbank krijg je elke week een pakket "
            "met eten. Eerst kijken we samen of je er recht op hebt. Neem je post over je "
            "inkomen en je vaste lasten mee.",
            "Do you have too little money for food? At the food bank you get a food parcel "
            "every week. First we look together at whether you can get one. Bring your letters "
            "about your income and your fixed costs.",
        ),
        "address": "Gloriantdreef 8",
        "postcode": "3561 HR",
        "opening_hours": T(
            "Pakketten ophalen op vrijdag van 13.00 tot 15.00 uur. Aanmelden kan op woensdag "
            "van 10.00 tot 12.00 uur.",
            "Collect parcels on Friday from 13:00 to 15:00. You can sign up on Wednesday from "
            "10:00 to 12:00.",
        ),
        "phone": "030-5550202",
        "email": "overvecht@voedselbank.example.org",
        "website": "https://voedselbank.example.org",
        "languages": ["nl", "en", "ar"],
        "themes": ["armoede-en-geldzorgen"],
        "neighbourhoods": ["overvecht", "noordwest"],
        # A change the food bank sent in; it waits for staff to publish it.
        "pending_change": {
            "opening_hours": T(
                "Pakketten ophalen op vrijdag van 12.00 tot 14.00 uur. Aanmelden kan op "
                "woensdag en donderdag van 10.00 tot 12.00 uur.",
                "Collect parcels on Friday from 12:00 to 14:00. You can sign up on Wednesday "
                "and Thursday from 10:00 to 12:00.",
            ),
            "contact": ("Anton Smit", "anton.smit@voedselbank.example.org"),
        },
    },
    {
        "slug": "taalhuis-bibliotheek-overvecht",
        "name": "Taalhuis in de bibliotheek Overvecht",
        "summary": T(
            "Wil je beter Nederlands leren lezen, schrijven of spreken? Of wil je leren werken "
            "met de computer? In het Taalhuis vind je een cursus of een taalmaatje. Je mag ook "
            "gewoon langskomen om te oefenen.",
            "Would you like to read, write or speak Dutch better? Or learn to use a computer? "
            "At the Language House you find a course or a language buddy. You can also just "
            "drop in to practise.",
        ),
        "address": "Zamenhofdreef 1",
        "postcode": "3562 JT",
        "opening_hours": T(
            "Dinsdag en donderdag van 10.00 tot 12.00 uur. Taalcafé op zaterdag van 11.00 tot "
            "12.30 uur.",
            "Tuesday and Thursday from 10:00 to 12:00. Language café on Saturday from 11:00 to "
            "12:30.",
        ),
        "phone": "030-5550203",
        "email": "taalhuis.overvecht@bibliotheek.example.org",
        "website": "https://bibliotheek.example.org/taalhuis",
        "languages": ["nl", "en", "ar", "pl", "uk"],
        "themes": ["ontmoeting"],
        "neighbourhoods": ["overvecht"],
    },
    {
        "slug": "vrouwenvereniging-al-amal",
        "name": "Marokkaanse Vrouwenvereniging Al Amal",
        "summary": T(
            "Een plek voor vrouwen om elkaar te ontmoeten. We praten over gezondheid, opvoeden "
            "en geld. We helpen ook met brieven en formulieren. De vrijwilligers spreken "
            "Arabisch en Berbers.",
            "A place for women to meet each other. We talk about health, raising children and "
            "money. We also help with letters and forms. The volunteers speak Arabic and "
            "Berber.",
        ),
        "address": "Livingstonelaan 30",
        "postcode": "3526 HT",
        "opening_hours": T(
            "Woensdag van 9.30 tot 12.00 uur. Naailes op vrijdag van 13.00 tot 15.00 uur.",
            "Wednesday from 9:30 to 12:00. Sewing class on Friday from 13:00 to 15:00.",
        ),
        "phone": "06-55500204",
        "email": "info@alamal.example.org",
        "website": "",
        "languages": ["nl", "ar", "ber"],
        "themes": ["ontmoeting", "gezondheid", "opgroeien"],
        "neighbourhoods": ["zuidwest"],
    },
    {
        "slug": "turks-buurtcentrum-birlik",
        "name": "Turks Buurtcentrum Birlik",
        "summary": T(
            "Een buurtcentrum voor iedereen uit Zuilen en Ondiep. Er is koffie en thee, en een "
            "spreekuur voor vragen over brieven, zorg en wonen. Ouderen komen samen op dinsdag. "
            "Jongeren maken hier huiswerk op donderdag.",
            "A community centre for everyone from Zuilen and Ondiep. There is coffee and tea, "
            "and a drop-in hour for questions about letters, care and housing. Older people "
            "meet on Tuesdays. Young people do their homework here on Thursdays.",
        ),
        "address": "Marnixlaan 56",
        "postcode": "3552 HE",
        "opening_hours": T(
            "Maandag tot en met zaterdag van 10.00 tot 22.00 uur. Spreekuur op maandag van "
            "19.00 tot 21.00 uur.",
            "Monday to Saturday from 10:00 to 22:00. Drop-in hour on Monday from 19:00 to 21:00.",
        ),
        "phone": "030-5550205",
        "email": "bestuur@birlik.example.org",
        "website": "https://birlik.example.org",
        "languages": ["nl", "tr"],
        "themes": ["ontmoeting", "ouder-worden", "wonen-en-leefbaarheid"],
        "neighbourhoods": ["noordwest"],
    },
    {
        "slug": "eritrese-vereniging-selam",
        "name": "Eritrese Vereniging Selam",
        "summary": T(
            "Wij helpen nieuwkomers uit Eritrea hun weg te vinden. Bijvoorbeeld bij de "
            "huisarts, op school en bij de gemeente. Wil je dat iemand meegaat naar een "
            "afspraak? Dan gaat een sleutelpersoon met je mee.",
            "We help newcomers from Eritrea find their way. For example at the doctor's, at "
            "school and at the municipality. Would you like someone to go with you to an "
            "appointment? Then a key person goes with you.",
        ),
        "address": "Moezeldreef 400",
        "postcode": "3561 GK",
        "opening_hours": T(
            "Zondag van 14.00 tot 18.00 uur. Op andere dagen kun je bellen voor een afspraak.",
            "Sunday from 14:00 to 18:00. On other days you can call to make an appointment.",
        ),
        "phone": "06-55500206",
        "email": "selam@eritrea-utrecht.example.org",
        "website": "",
        "languages": ["nl", "ti", "ar", "en"],
        "themes": ["zorg-en-welzijn", "ontmoeting", "gezondheid"],
        "neighbourhoods": ["overvecht"],
    },
    {
        "slug": "samen-uit-de-schulden",
        "name": "Samen uit de Schulden",
        "summary": T(
            "Vrijwilligers helpen je om overzicht te krijgen in je geld en je post. Ze gaan "
            "mee naar de schuldhulp van de gemeente. We oordelen niet. We praten met niemand "
            "over jou zonder dat jij het weet.",
            "Volunteers help you get an overview of your money and your post. They go with you "
            "to the municipality's debt help. We do not judge. We do not talk to anyone about "
            "you without you knowing.",
        ),
        "address": "",
        "postcode": "",
        "opening_hours": T(
            "Bel of mail ons. Een vrijwilliger komt bij je thuis, of jullie spreken af in de "
            "bibliotheek.",
            "Call or e-mail us. A volunteer visits you at home, or you meet at the library.",
        ),
        "phone": "030-5550207",
        "email": "hulp@samenuitdeschulden.example.org",
        "website": "https://samenuitdeschulden.example.org",
        "languages": ["nl", "en", "ar", "tr"],
        "themes": ["armoede-en-geldzorgen"],
        "neighbourhoods": ["noordwest", "overvecht"],
    },
    {
        "slug": "jongerencentrum-de-sprong",
        "name": "Jongerencentrum De Sprong",
        "summary": T(
            "Voor jongeren van 12 tot 23 jaar. Je kunt hier chillen, sporten, muziek maken en "
            "huiswerk maken. Jongerenwerkers helpen je als je vragen hebt over school, werk of "
            "thuis.",
            "For young people aged 12 to 23. Here you can hang out, do sports, make music and "
            "do your homework. Youth workers help you with questions about school, work or "
            "home.",
        ),
        "address": "Columbuslaan 120",
        "postcode": "3526 EP",
        "opening_hours": T(
            "Maandag tot en met vrijdag van 15.00 tot 21.00 uur. Zaterdag van 13.00 tot 17.00 uur.",
            "Monday to Friday from 15:00 to 21:00. Saturday from 13:00 to 17:00.",
        ),
        "phone": "030-5550208",
        "email": "desprong@jongerenwerk.example.org",
        "website": "https://jongerenwerk.example.org/de-sprong",
        "languages": ["nl", "en", "ar", "tr", "so"],
        "themes": ["opgroeien", "ontmoeting"],
        "neighbourhoods": ["zuidwest"],
    },
    {
        "slug": "sociaal-loket-moskee-an-nour",
        "name": "Sociaal loket Moskee An-Nour",
        "summary": T(
            "Vrijwilligers van de moskee helpen iedereen met vragen over brieven, toeslagen en "
            "zorg. Je hoeft geen moslim te zijn. Vrouwen kunnen ook met een vrouwelijke "
            "vrijwilliger praten.",
            "Volunteers from the mosque help everyone with questions about letters, benefits "
            "and care. You do not need to be a Muslim. Women can also talk to a female "
            "volunteer.",
        ),
        "address": "Marshallaan 60",
        "postcode": "3527 TK",
        "opening_hours": T(
            "Zaterdag en zondag van 14.00 tot 16.00 uur.",
            "Saturday and Sunday from 14:00 to 16:00.",
        ),
        "phone": "030-5550209",
        "email": "loket@an-nour.example.org",
        "website": "",
        "languages": ["nl", "ar", "ber", "so"],
        "themes": ["zorg-en-welzijn", "armoede-en-geldzorgen"],
        "neighbourhoods": ["zuidwest"],
    },
    {
        "slug": "stichting-brugfiguren-utrecht",
        "name": "Stichting Brugfiguren Utrecht",
        "summary": T(
            "Brugfiguren zijn sleutelpersonen: bewoners die veel mensen kennen in hun "
            "gemeenschap. Ze helpen je de weg te vinden naar hulp. En ze vertellen de gemeente "
            "wat er speelt. Bel of app ons, dan zoeken we iemand die jouw taal spreekt.",
            "Bridge builders are key persons: residents who know many people in their "
            "community. They help you find your way to help. And they tell the municipality "
            "what is going on. Call or text us, and we find someone who speaks your language.",
        ),
        "address": "",
        "postcode": "",
        "opening_hours": T(
            "Bellen of appen kan van maandag tot en met vrijdag van 9.00 tot 20.00 uur.",
            "You can call or text Monday to Friday from 9:00 to 20:00.",
        ),
        "phone": "06-55500210",
        "email": "contact@brugfiguren.example.org",
        "website": "https://brugfiguren.example.org",
        "languages": ["nl", "ar", "tr", "ber", "so", "ti", "pl", "fa"],
        "themes": ["zorg-en-welzijn", "buurtinitiatieven", "ontmoeting"],
        "neighbourhoods": ["zuidwest", "overvecht", "noordwest"],
    },
    {
        # Sent in through the form and not yet approved: not on the public site.
        "slug": "oekraiense-ontmoetingsplek-nadiya",
        "name": "Oekraïense Ontmoetingsplek Nadiya",
        "summary": T(
            "Elke week komen Oekraïense vrouwen en kinderen samen. We drinken thee, oefenen "
            "Nederlands en helpen elkaar met school en werk zoeken.",
            "Every week Ukrainian women and children meet. We drink tea, practise Dutch and "
            "help each other with school and finding work.",
        ),
        "address": "Amsterdamsestraatweg 480",
        "postcode": "3553 EG",
        "opening_hours": T("Donderdag van 14.00 tot 16.30 uur.", "Thursday from 14:00 to 16:30."),
        "phone": "06-55500211",
        "email": "nadiya@example.org",
        "website": "",
        "languages": ["uk", "nl", "en"],
        "themes": ["ontmoeting"],
        "neighbourhoods": ["noordwest"],
        "draft": True,
        "contact": ("Olena Kovalenko", "olena.kovalenko@example.org"),
    },
]


class MissingDemoSite(Exception):
    pass


def _values(data, neighbourhoods, themes):
    return {
        "name": data["name"],
        "summary": data["summary"].nl,
        "address": data["address"],
        "postcode": data["postcode"],
        "city": CITY if data["address"] or data["postcode"] else "",
        "opening_hours": data["opening_hours"].nl,
        "phone": data["phone"],
        "email": data["email"],
        "website": data["website"],
        "languages": data["languages"],
        "themes": [themes[slug] for slug in data["themes"] if slug in themes],
        "neighbourhoods": [neighbourhoods[slug] for slug in data["neighbourhoods"]],
    }


@transaction.atomic
def load(log=print):
    """Create the demo organisations that are missing; return how many were created."""
    neighbourhoods = {
        page.slug: page for page in NeighbourhoodPage.objects.filter(locale_id=default_locale().id)
    }
    wanted = {slug for data in ORGANISATIONS for slug in data["neighbourhoods"]}
    missing = sorted(wanted - neighbourhoods.keys())
    if missing:
        raise MissingDemoSite(
            f"Neighbourhoods {', '.join(missing)} not found: run load_demo_content first."
        )
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    created = 0
    for data in ORGANISATIONS:
        if Organisation.objects.filter(slug=data["slug"]).exists():
            continue
        contact_name, contact_email = data.get("contact", ("", ""))
        organisation = Organisation(
            slug=data["slug"],
            live=False,
            contact_name=contact_name,
            contact_email=contact_email,
            submitted_at=timezone.now() if data.get("draft") else None,
        )
        organisation.apply_public_values(_values(data, neighbourhoods, themes))
        organisation.save()
        revision = organisation.save_revision()
        if not data.get("draft"):
            revision.publish()
        if "pending_change" in data:
            change = data["pending_change"]
            values = _values(data, neighbourhoods, themes)
            values["opening_hours"] = change["opening_hours"].nl
            name, email = change["contact"]
            organisation.submit_change(values, contact_name=name, contact_email=email)
        # Index now: the search index task would otherwise wait for a worker.
        index.insert_or_update_object(Organisation.objects.get(pk=organisation.pk))
        created += 1
    log(f"Social map: {created} new organisation(s) created.")
    return created
