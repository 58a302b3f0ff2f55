"""Arabic translations of the demo texts on the resident's path.

Home page, neighbourhood index, the Zuidwest neighbourhood page with its contact
people, and the Zuidwest ideas register. Keys are the exact Dutch source texts;
values are Modern Standard Arabic in short, plain sentences. Place and organisation
names stay in Latin script so residents recognise them on signs.
"""

AR = {
    "Meedoen": "Meedoen (شارِك)",
    (
        "Op deze website zie je wat er gebeurt met de ideeën en zorgen uit jouw wijk. "
        "Ook als er (nog) niets mee gebeurt. Dan lees je waarom."
    ): (
        "في هذا الموقع ترى ماذا يحدث بالأفكار والمخاوف من حيّك. وترى ذلك أيضًا "
        "إذا لم يحدث بها شيء (حتى الآن). وعندها تقرأ السبب."
    ),
    (
        "Je vindt hier ook de bijeenkomsten in je buurt en de mensen met "
        "wie je kunt praten. Je hebt geen account nodig."
    ): "وتجد هنا أيضًا اللقاءات في منطقتك، والأشخاص الذين يمكنك أن تتكلم معهم. لا تحتاج إلى حساب.",
    "Wijken": "الأحياء",
    (
        "Kies je wijk. Je ziet dan het nieuws, de bijeenkomsten en de mensen die je kunt "
        "aanspreken. Je ziet ook wat er met de ideeën van bewoners is gebeurd."
    ): (
        "اختر حيّك. عندها ترى الأخبار واللقاءات، والأشخاص الذين يمكنك "
        "أن تتكلم معهم، وماذا حدث بأفكار السكان."
    ),
    "Zuidwest": "Zuidwest (الجنوب الغربي)",
    (
        "Zuidwest ligt langs het Merwedekanaal. Bij de wijk horen Kanaleneiland, "
        "Transwijk, Dichterswijk en Rivierenwijk. Er wonen veel gezinnen, en mensen uit "
        "veel verschillende landen. Er zijn markten, moskeeën, scholen en parken."
    ): (
        "يقع حي Zuidwest على طول قناة Merwedekanaal. يضم الحي Kanaleneiland "
        "(كانالنايلاند) و Transwijk و Dichterswijk و Rivierenwijk. تسكن هنا عائلات "
        "كثيرة، وناس من بلدان مختلفة كثيرة. وفي الحي أسواق ومساجد ومدارس وحدائق."
    ),
    (
        "Wil je meedoen? Kom naar een bijeenkomst, of spreek een van de mensen "
        "hieronder aan. Je kunt ook een idee insturen via deze website. Elk idee krijgt "
        "een antwoord."
    ): (
        "هل تريد أن تشارك؟ تعال إلى لقاء، أو تكلّم مع أحد الأشخاص المذكورين في الأسفل. "
        "ويمكنك أيضًا أن ترسل فكرة عن طريق هذا الموقع. كل فكرة تحصل على جواب."
    ),
    "Sleutelpersoon in Kanaleneiland": "وسيطة الحي في Kanaleneiland",
    (
        "Elke dinsdagochtend van 10.00 tot 12.00 uur in buurthuis De "
        "Kade. Ze spreekt Nederlands, Arabisch en Berbers."
    ): (
        "كل يوم ثلاثاء صباحًا من الساعة 10.00 إلى الساعة 12.00، في مركز الحي "
        "De Kade. تتكلم الهولندية والعربية والأمازيغية."
    ),
    "Wijkadviseur van de gemeente": "مستشار الحي من البلدية",
    (
        "Op woensdag van 13.00 tot 16.00 uur in wijkcentrum Het Anker. Je kunt "
        "ook bellen voor een afspraak bij jou in de buurt."
    ): (
        "يوم الأربعاء من الساعة 13.00 إلى الساعة 16.00، في مركز الحي Het Anker. "
        "ويمكنك أيضًا أن تتصل لتحدد موعدًا في مكان قريب منك."
    ),
    "Opbouwwerker": "عاملة اجتماعية في الحي",
    (
        "Op maandag en donderdag in buurthuis De Kade. Ze helpt bewoners die een plan "
        "voor de buurt willen maken. Ze spreekt Nederlands en Turks."
    ): (
        "يوم الاثنين ويوم الخميس، في مركز الحي De Kade. تساعد السكان الذين "
        "يريدون أن يصنعوا خطة للحي. تتكلم الهولندية والتركية."
    ),
    "Ideeën en terugkoppeling": "الأفكار والأجوبة",
    ("Hier zie je alle ideeën die bewoners ons gaven. Bij elk idee staat wat we ermee deden."): (
        "هنا ترى كل الأفكار التي أعطانا إياها السكان. مع كل فكرة تجد ماذا فعلنا بها."
    ),
    (
        "Doen we iets niet? Dan leggen we uit waarom. Binnen drie "
        "weken hoor je wat we met je idee doen."
    ): "إذا لم نفعل شيئًا، نشرح لك السبب. خلال ثلاثة أسابيع نخبرك ماذا سنفعل بفكرتك.",
    "Bankjes bij de speeltuin": "مقاعد عند ساحة اللعب",
    (
        "Ouders en grootouders staan lang bij de speeltuin aan de Churchilllaan. Er is "
        "nergens een plek om te zitten. Ze vragen om bankjes, ook in de schaduw."
    ): (
        "الآباء والأمهات والأجداد يقفون وقتًا طويلًا عند ساحة اللعب في شارع "
        "Churchilllaan (تشرشل لان). لا يوجد أي مكان للجلوس. يطلبون مقاعد، وبعضها في "
        "الظل."
    ),
    (
        "Bedankt voor je idee. We kijken waar bankjes kunnen staan. "
        "Ze mogen de kinderen niet in de weg staan."
    ): "شكرًا على فكرتك. نبحث أين يمكن أن نضع المقاعد. يجب ألّا تكون في طريق الأطفال.",
    (
        "Er komen drie bankjes. Eén bankje komt onder de grote "
        "boom. We plaatsen ze binnen twee maanden."
    ): "سنضع ثلاثة مقاعد. مقعد واحد سيكون تحت الشجرة الكبيرة. نضعها خلال شهرين.",
    (
        "De drie bankjes staan er. Eén staat in de schaduw, zoals je vroeg. Over "
        "drie weken vragen we aan ouders of het zo goed is."
    ): (
        "المقاعد الثلاثة موجودة الآن. واحد منها في الظل، كما طلبت. "
        "بعد ثلاثة أسابيع نسأل الأهل هل هذا جيد."
    ),
    "Een nieuw buurthuis in Kanaleneiland-Noord": "مركز حي جديد في Kanaleneiland-Noord",
    (
        "In het noorden van Kanaleneiland is geen plek waar buren elkaar binnen kunnen "
        "ontmoeten. Een sleutelpersoon vroeg namens veel bewoners om een nieuw "
        "buurthuis."
    ): (
        "في شمال Kanaleneiland لا يوجد مكان داخلي يلتقي فيه الجيران. طلبت "
        "وسيطة الحي مركز حي جديدًا، باسم كثير من السكان."
    ),
    (
        "We hebben je idee gekregen. We bespreken het met de "
        "collega's die over gebouwen in de wijk gaan."
    ): "وصلتنا فكرتك. نتكلم عنها مع الزملاء المسؤولين عن البنايات في الحي.",
    (
        "We zoeken naar een gebouw of een stuk grond. We praten ook met het "
        "welzijnswerk over wat buren echt nodig hebben."
    ): (
        "نبحث عن بناية أو قطعة أرض. ونتكلم أيضًا مع منظمة الرعاية "
        "الاجتماعية عمّا يحتاجه الجيران فعلًا."
    ),
    ("We bouwen geen nieuw buurthuis. We zorgen wel voor een andere ontmoetingsplek."): (
        "لن نبني مركز حي جديدًا. لكننا سنوفّر مكانًا آخر للقاء."
    ),
    (
        "Er is in dit deel van de wijk geen vrije grond en een nieuw gebouw kost jaren. "
        "Daarom staat er vanaf nu elke woensdag een koffiekar op het plein. Medewerkers "
        "van het welzijnswerk schenken gratis koffie en thee en helpen je verder "
        "met vragen."
    ): (
        "لا توجد أرض فارغة في هذا الجزء من الحي، وبناء بناية جديدة يأخذ سنوات. لذلك "
        "توجد من الآن عربة قهوة في الساحة كل يوم أربعاء. موظفو منظمة الرعاية الاجتماعية "
        "يقدّمون القهوة والشاي مجانًا، ويساعدونك في أسئلتك."
    ),
    "Drempel tegen hard rijden bij de school": "مطبّ لتخفيف السرعة عند المدرسة",
    (
        "Auto's rijden hard door de straat langs de basisschool. Ouders zijn bang dat "
        "er een ongeluk gebeurt. Ze vragen om een verkeersdrempel."
    ): (
        "السيارات تسير بسرعة في الشارع بجانب المدرسة الابتدائية. الأهل "
        "خائفون من وقوع حادث. يطلبون مطبًّا في الشارع."
    ),
    ("Bedankt. We meten een week lang hoe hard auto's hier rijden."): (
        "شكرًا. نقيس لمدة أسبوع سرعة السيارات هنا."
    ),
    ("Er komt geen drempel. We doen wel andere dingen om de straat veiliger te maken."): (
        "لن نضع مطبًّا. لكننا نفعل أشياء أخرى لنجعل الشارع أكثر أمانًا."
    ),
    (
        "Door deze straat rijdt een bus. Op een busroute mag volgens de regels geen "
        "drempel liggen, omdat die gevaarlijk is voor bus en ambulance. Wel hangen we "
        "een bord dat laat zien hoe hard je rijdt. En handhavers komen vaker als de "
        "school begint en uitgaat."
    ): (
        "تمرّ حافلة في هذا الشارع. القواعد لا تسمح بوضع مطبّ على طريق الحافلات، لأنه "
        "خطير على الحافلة وعلى سيارة الإسعاف. لكننا سنعلّق لوحة تُظهر سرعتك. وسيأتي "
        "مراقبو البلدية أكثر عند بداية المدرسة ونهايتها."
    ),
    "Hulp bij brieven bij de voedselbank": "مساعدة في فهم الرسائل في بنك الطعام",
    (
        "Vrijwilligers van de voedselbank in Kanaleneiland zien dat veel mensen hun "
        "brieven niet begrijpen. Ze vragen om iemand die op de uitgiftedag helpt met "
        "brieven en formulieren."
    ): (
        "متطوعو بنك الطعام (Voedselbank) في Kanaleneiland يرون أن كثيرًا من الناس لا "
        "يفهمون رسائلهم. يطلبون شخصًا يساعد في الرسائل والاستمارات في يوم توزيع الطعام."
    ),
    ("Goed idee. We praten met de voedselbank en het Buurtteam over hoe dit kan."): (
        "فكرة جيدة. نتكلم مع بنك الطعام ومع Buurtteam (فريق الحي) عن طريقة لفعل ذلك."
    ),
    (
        "Vanaf volgende maand zit er elke donderdag iemand van het Buurtteam "
        "bij de uitgifte. Je hoeft geen afspraak te maken."
    ): (
        "من الشهر القادم يكون شخص من Buurtteam (فريق الحي) حاضرًا كل "
        "يوم خميس وقت التوزيع. لا تحتاج إلى موعد."
    ),
    (
        "De hulp is begonnen. Over drie weken vragen we aan "
        "bezoekers en vrijwilligers hoe het gaat."
    ): "بدأت المساعدة. بعد ثلاثة أسابيع نسأل الزوار والمتطوعين كيف تسير الأمور.",
    (
        "Elke week komen er ongeveer twaalf mensen met hun brieven. Bezoekers "
        "zeggen dat het helpt. Daarom blijft de hulp op donderdag."
    ): (
        "يأتي كل أسبوع تقريبًا اثنا عشر شخصًا مع رسائلهم. الزوار يقولون إن "
        "هذا يساعدهم. لذلك تستمر المساعدة يوم الخميس."
    ),
    "Vocht en schimmel in de flats": "الرطوبة والعفن في العمارات السكنية",
    (
        "Op de informatiemarkt vertelden veel huurders over schimmel in hun badkamer en "
        "slaapkamer. Hun kinderen hoesten vaak. Ze vragen de gemeente om te helpen."
    ): (
        "في معرض المعلومات حكى كثير من المستأجرين عن العفن في الحمّام وفي غرفة "
        "النوم. أطفالهم يسعلون كثيرًا. يطلبون من البلدية أن تساعدهم."
    ),
    (
        "Sorry dat je lang moest wachten op een antwoord. We hebben "
        "alle verhalen van de markt op een rij gezet."
    ): "نعتذر لأنك انتظرت الجواب وقتًا طويلًا. جمعنا كل القصص من المعرض ورتّبناها.",
    "We hebben je vraag doorgegeven aan de woningcorporatie.": "أرسلنا سؤالك إلى مؤسسة الإسكان.",
    (
        "De flats zijn van de woningcorporatie. Zij moeten het onderhoud doen, niet de "
        "gemeente. We hebben alle meldingen van de markt naar hen gestuurd. Over zes "
        "weken vragen we hen wat ze hebben gedaan."
    ): (
        "العمارات ملك لمؤسسة الإسكان. هي المسؤولة عن الصيانة، وليس البلدية. أرسلنا "
        "إليها كل البلاغات من المعرض. بعد ستة أسابيع نسألها ماذا فعلت."
    ),
    (
        "Woonstichting De Vaart. Meld schimmel bij hun klantenservice. Het "
        "telefoonnummer staat op je huurcontract en op hun website. Lukt dat niet? Het "
        "Buurtteam helpt je met de melding."
    ): (
        "Woonstichting De Vaart (مؤسسة الإسكان). أبلِغ عن العفن عند خدمة الزبائن عندهم. "
        "رقم الهاتف موجود في عقد الإيجار وعلى موقعهم على الإنترنت. لا تستطيع؟ Buurtteam "
        "(فريق الحي) يساعدك في البلاغ."
    ),
    "Taalles voor moeders op school": "دروس لغة للأمهات في المدرسة",
    (
        "Een organisatie van migranten vraagt om Nederlandse les voor moeders, in de "
        "school van hun kinderen. Dan kunnen ze beter praten met de juf en helpen met "
        "huiswerk."
    ): (
        "منظمة للمهاجرين تطلب دروسًا في اللغة الهولندية للأمهات، في مدرسة أطفالهن. هكذا "
        "يستطعن التكلم مع المعلمة بسهولة أكبر، ومساعدة أطفالهن في الواجبات المدرسية."
    ),
    ("Bedankt. We kijken wie deze lessen het beste kan geven."): (
        "شكرًا. نبحث من هو الأفضل لإعطاء هذه الدروس."
    ),
    ("Het Taalhuis van de bibliotheek gaat de lessen geven."): (
        "Taalhuis (بيت اللغة) في المكتبة سيعطي الدروس."
    ),
    (
        "Het Taalhuis geeft al taalles in de wijk en heeft goede vrijwilligers. Zij "
        "willen een groep starten in de school. De school geeft een lokaal."
    ): (
        "Taalhuis يعطي دروس لغة في الحي منذ مدة، وعنده متطوعون جيدون. يريدون أن "
        "يبدأوا مجموعة في المدرسة. والمدرسة تعطي قاعة للدروس."
    ),
    (
        "Het Taalhuis in de bibliotheek Kanaleneiland. Loop binnen op maandag of "
        "woensdag tussen 10 en 12 uur. Je kunt ook bellen met de bibliotheek."
    ): (
        "Taalhuis (بيت اللغة) في مكتبة Kanaleneiland. تعال بدون موعد يوم الاثنين أو يوم "
        "الأربعاء بين الساعة 10 والساعة 12. ويمكنك أيضًا أن تتصل بالمكتبة."
    ),
    "Een wandelgroep voor ouderen": "مجموعة مشي لكبار السن",
    (
        "Een sleutelpersoon vertelt dat veel ouderen alleen thuis zitten. Ze willen "
        "graag naar buiten, maar niet alleen. Een vaste wandelgroep zou helpen."
    ): (
        "وسيطة الحي تخبرنا أن كثيرًا من كبار السن يجلسون وحدهم في البيت. يحبون "
        "الخروج، لكن ليس وحدهم. مجموعة مشي منتظمة ستساعدهم."
    ),
    ("Mooi idee. We vragen het welzijnswerk of zij kunnen helpen."): (
        "فكرة جميلة. نسأل منظمة الرعاية الاجتماعية هل يمكنها أن تساعد."
    ),
    ("Het welzijnswerk doet mee. Ze zoeken twee vrijwilligers die de groep gaan leiden."): (
        "منظمة الرعاية الاجتماعية تشارك. تبحث عن متطوعَين اثنين ليقودا المجموعة."
    ),
    (
        "De eerste wandeling was op dinsdag. Er liepen negen mensen mee. Over "
        "drie weken kijken we samen met de groep hoe het gaat."
    ): (
        "كان المشي الأول يوم الثلاثاء. مشى فيه تسعة أشخاص. بعد ثلاثة "
        "أسابيع ننظر مع المجموعة كيف تسير الأمور."
    ),
    "Samen bewegen in het park": "الرياضة معًا في الحديقة",
    (
        "Een bewoner wil samen oefeningen doen in het park. Voor mensen die geen geld "
        "hebben voor een sportschool of die niet alleen willen sporten."
    ): (
        "أحد السكان يريد أن يقوم الناس بتمارين رياضية معًا في الحديقة. هذا للناس الذين "
        "ليس عندهم مال لنادي رياضي، أو الذين لا يريدون ممارسة الرياضة وحدهم."
    ),
    (
        "Dit idee lijkt veel op het idee voor een wandelgroep voor ouderen. We pakken "
        "ze samen op. Na elke wandeling doet de groep rustige oefeningen in het park. "
        "Iedereen mag meedoen, ook als je jonger bent."
    ): (
        "هذه الفكرة تشبه كثيرًا فكرة مجموعة المشي لكبار السن. لذلك نعمل على الفكرتين "
        "معًا. بعد كل مشي تقوم المجموعة بتمارين خفيفة في الحديقة. يمكن للجميع المشاركة، "
        "حتى الأصغر سنًّا."
    ),
    "Licht op het fietspad langs het kanaal": "إنارة على طريق الدراجات بجانب القناة",
    (
        "Een bewoner schreef ons een brief. Het fietspad langs het kanaal is 's avonds "
        "erg donker. Vooral vrouwen en jongeren voelen zich daar niet veilig."
    ): (
        "كتب لنا أحد السكان رسالة. طريق الدراجات بجانب القناة مظلم جدًا في "
        "المساء. النساء والشباب خاصةً لا يشعرون بالأمان هناك."
    ),
    (
        "Bedankt voor je brief. We zijn 's avonds gaan kijken. Je "
        "hebt gelijk: er staan te weinig lampen."
    ): "شكرًا على رسالتك. ذهبنا لنرى المكان في المساء. معك حق: المصابيح قليلة جدًا.",
    ("Voor nu komen er geen nieuwe lampen. We kijken er in het voorjaar opnieuw naar."): (
        "الآن لن نضع مصابيح جديدة. سننظر في الأمر مرة أخرى في الربيع."
    ),
    (
        "Nieuwe lampen over de hele lengte kosten ongeveer 60.000 euro. Het geld voor "
        "verlichting is dit jaar al op. We vragen het geld aan bij de voorjaarsnota. "
        "Daarna hoor je of het doorgaat."
    ): (
        "المصابيح الجديدة على طول الطريق كله تكلّف تقريبًا 60.000 يورو. المال المخصص "
        "للإنارة انتهى هذه السنة. سنطلب هذا المال في ميزانية الربيع (voorjaarsnota). "
        "بعد ذلك نخبرك هل سيتم المشروع."
    ),
    "Een rustige huiswerkplek voor jongeren": "مكان هادئ للشباب لعمل الواجبات المدرسية",
    (
        "Veel jongeren wonen met grote gezinnen in kleine huizen. Thuis is het te druk "
        "om te leren. Ze vragen om een rustige plek met wifi, ook na schooltijd."
    ): (
        "كثير من الشباب يعيشون مع عائلات كبيرة في بيوت صغيرة. في البيت ضجيج كثير ولا "
        "يستطيعون الدراسة. يطلبون مكانًا هادئًا فيه إنترنت (wifi)، وأيضًا بعد وقت "
        "المدرسة."
    ),
    "Spreekuur over de energierekening": "وقت للأسئلة عن فاتورة الطاقة",
    (
        "Op een bijeenkomst vertelden bewoners dat ze hun energierekening niet snappen. "
        "Sommigen hebben al schulden. Ze willen een spreekuur in de wijk."
    ): (
        "في أحد اللقاءات قال السكان إنهم لا يفهمون فاتورة الطاقة (الكهرباء والغاز). "
        "بعضهم عليه ديون الآن. يريدون وقتًا ثابتًا في الحي ليسألوا فيه أسئلتهم."
    ),
    ("Bedankt. We hebben je idee gekregen. Binnen drie weken hoor je wat we ermee doen."): (
        "شكرًا. وصلتنا فكرتك. خلال ثلاثة أسابيع نخبرك ماذا سنفعل بها."
    ),
    (
        "We praten met het Energieloket. Zij willen graag in de wijk "
        "komen. We zoeken nu een plek en een vaste dag."
    ): (
        "نتكلم مع Energieloket (مكتب نصائح الطاقة). هم يريدون أن يأتوا "
        "إلى الحي. الآن نبحث عن مكان وعن يوم ثابت."
    ),
    "Samen koken en eten": "الطبخ والأكل معًا",
    (
        "Vrijwilligers van een moskee willen één keer per maand samen koken met buren. "
        "Iedereen eet mee voor een klein bedrag. Ze vragen hulp bij een keuken en "
        "boodschappen."
    ): (
        "متطوعون من أحد المساجد يريدون أن يطبخوا مع الجيران مرة واحدة في الشهر. الجميع "
        "يمكنهم الأكل مقابل مبلغ صغير. يطلبون المساعدة في إيجاد مطبخ وفي شراء الطعام."
    ),
    (
        "Mooi plan. We kijken of de keuken van het wijkcentrum vrij is "
        "en of het initiatievenbudget kan helpen."
    ): "خطة جميلة. ننظر هل مطبخ مركز الحي متاح، وهل يمكن أن تساعد ميزانية مبادرات السكان.",
    (
        "Het gaat door. Je mag de keuken van het wijkcentrum gratis gebruiken. Je "
        "krijgt 800 euro voor boodschappen voor het eerste half jaar. De eerste "
        "maaltijd komt in het najaar."
    ): (
        "الخطة ستتم. يمكنكم استخدام مطبخ مركز الحي مجانًا. تحصلون على 800 يورو لشراء "
        "الطعام في الأشهر الستة الأولى. أول وجبة ستكون في الخريف."
    ),
}
