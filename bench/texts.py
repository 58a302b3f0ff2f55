"""Generated texts: a few plain sentences per kind, in Dutch, English and Arabic.

The pages need realistic lengths (the benchmark reports HTML bytes), not
realistic variety; a small pool combined with a place name and a number is enough.
"""

import random

PLACES = [
    ("het speelveld", "the playing field", "ملعب الحي"),
    ("de bibliotheek", "the library", "المكتبة"),
    ("het buurthuis", "the community centre", "المركز المجتمعي"),
    ("de markt", "the market", "السوق"),
    ("het park", "the park", "الحديقة"),
    ("de school", "the school", "المدرسة"),
    ("het winkelcentrum", "the shopping centre", "المركز التجاري"),
    ("de bushalte", "the bus stop", "موقف الحافلات"),
]

IDEAS = [
    ("Meer bankjes bij {p}", "More benches at {p}", "مقاعد أكثر عند {p}"),
    ("Betere verlichting bij {p}", "Better lighting at {p}", "إضاءة أفضل عند {p}"),
    ("Een moestuin naast {p}", "A vegetable garden next to {p}", "حديقة خضار بجانب {p}"),
    ("Veilig oversteken bij {p}", "Safe crossing at {p}", "عبور آمن عند {p}"),
    ("Een taalcafé in {p}", "A language café in {p}", "مقهى لغة في {p}"),
    ("Minder afval rond {p}", "Less litter around {p}", "قمامة أقل حول {p}"),
]

SUMMARY = (
    "Bewoners vragen dit voor {p}. Veel mensen komen daar elke dag. Zij willen dat het "
    "er prettiger en veiliger wordt, ook voor kinderen en ouderen.",
    "Residents ask for this at {p}. Many people go there every day. They want it to be "
    "nicer and safer, also for children and older people.",
    "يطلب السكان هذا عند {p}. يذهب كثير من الناس إلى هناك كل يوم. يريدون أن يصبح المكان "
    "أجمل وأكثر أمانًا، للأطفال وكبار السن أيضًا.",
)

MESSAGES = {
    "under_review": (
        "We kijken wat mogelijk is. We praten met de beheerder van de plek.",
        "We are looking at what is possible. We talk to the manager of the place.",
        "نحن ندرس ما هو ممكن. نتحدث مع مسؤول المكان.",
    ),
    "planned": (
        "We gaan dit doen. Het plan is klaar en het geld is er.",
        "We are going to do this. The plan is ready and the money is there.",
        "سنقوم بهذا. الخطة جاهزة والمال متوفر.",
    ),
    "in_progress": (
        "We zijn nu bezig. De aannemer werkt er deze maand aan.",
        "We are working on it now. The contractor works on it this month.",
        "نعمل على ذلك الآن. يعمل المقاول عليه هذا الشهر.",
    ),
    "done": (
        "Het is klaar. Dank voor het idee!",
        "It is done. Thank you for the idea!",
        "تم الانتهاء. شكرًا على الفكرة!",
    ),
    "not_doing": (
        "We doen dit niet. Lees hieronder waarom.",
        "We are not doing this. Read why below.",
        "لن نقوم بهذا. اقرأ السبب أدناه.",
    ),
    "on_hold": (
        "Nu gebeurt er niets. We kijken later opnieuw.",
        "For now nothing happens. We look again later.",
        "لا شيء يحدث الآن. سننظر مرة أخرى لاحقًا.",
    ),
    "referred": (
        "Een andere organisatie pakt dit op.",
        "Another organisation takes this up.",
        "منظمة أخرى تتولى هذا.",
    ),
    "merged": (
        "We nemen dit samen met een ander idee.",
        "We handle this together with another idea.",
        "نعالج هذا مع فكرة أخرى.",
    ),
}

REASON = (
    "Daar is nu geen geld voor. We leggen het voor bij de begroting van volgend jaar.",
    "There is no money for it now. We bring it up at next year's budget.",
    "لا يوجد مال لذلك الآن. سنطرحه في ميزانية العام المقبل.",
)

NEWS = (
    "Nieuws uit de wijk: {p}",
    "News from the neighbourhood: {p}",
    "أخبار الحي: {p}",
)
NEWS_BODY = (
    "<p>Er is nieuws over {p}. De gemeente en bewoners werkten samen. Lees wat er "
    "veranderde en wat er nog komt.</p><p>Vragen? Kom naar het spreekuur in het buurthuis.</p>",
    "<p>There is news about {p}. The municipality and residents worked together. Read "
    "what changed and what is still to come.</p><p>Questions? Come to the drop-in hour "
    "in the community centre.</p>",
    "<p>هناك أخبار عن {p}. عملت البلدية والسكان معًا. اقرأ ما تغير وما سيأتي.</p>"
    "<p>أسئلة؟ تعال إلى ساعة الاستقبال في المركز المجتمعي.</p>",
)
EVENT = ("Bewonersavond over {p}", "Residents' evening about {p}", "أمسية للسكان حول {p}")
EVENT_BODY = (
    "<p>Praat mee over {p}. Er is koffie en thee. Je hoeft je niet aan te melden.</p>",
    "<p>Have your say about {p}. There is coffee and tea. You do not need to sign up.</p>",
    "<p>شارك في الحديث عن {p}. يوجد قهوة وشاي. لا حاجة للتسجيل.</p>",
)
NEIGHBOURHOOD_INTRO = (
    "<p>Welkom in {p}. Hier lees je wat er speelt, wie je kunt spreken en wat er met "
    "ideeën van bewoners gebeurde.</p>",
    "<p>Welcome to {p}. Here you read what is going on, whom to talk to and what "
    "happened with residents' ideas.</p>",
    "<p>مرحبًا بك في {p}. هنا تقرأ ما يحدث، ومن يمكنك التحدث إليه، وماذا حدث لأفكار السكان.</p>",
)
PRACTICE = (
    "Samen aan tafel in {p}",
    "Around one table in {p}",
    "حول طاولة واحدة في {p}",
)
PRACTICE_SUMMARY = (
    "Een gemeente zocht bewoners op waar ze al komen: {p}. Zo deden veel meer mensen mee.",
    "A municipality met residents where they already go: {p}. Many more people took part.",
    "التقت بلدية بالسكان حيث يذهبون: {p}. شارك عدد أكبر بكثير من الناس.",
)
PRACTICE_BODY = (
    "Ze begonnen klein, met sleutelpersonen uit de wijk. Na elke bijeenkomst hoorden "
    "bewoners binnen drie weken wat er met hun ideeën gebeurde.",
    "They started small, with key persons from the neighbourhood. After every meeting, "
    "residents heard within three weeks what happened with their ideas.",
    "بدأوا بشكل صغير مع أشخاص رئيسيين من الحي. بعد كل اجتماع، عرف السكان خلال ثلاثة "
    "أسابيع ما حدث لأفكارهم.",
)

LANGUAGE_INDEX = {"nl": 0, "en": 1, "ar": 2}


def pick(rng: random.Random, pool):
    return pool[rng.randrange(len(pool))]


def fill(triple, language, place):
    return triple[LANGUAGE_INDEX[language]].format(p=place[LANGUAGE_INDEX[language]])
