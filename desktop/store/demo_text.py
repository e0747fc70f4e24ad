"""The words and invented facts of the demo caseload (see :mod:`desktop.store.demo`).

Everything here is fictional. Each :class:`~forms.Text` holds the English used for
English-medium schools and the Welsh used for Welsh-medium ones; phrases meant to sit inside
sentences (``focus``) are written so that they need no mutation after "o ran" or "bod".
Slots in braces are filled by :mod:`desktop.store.demo`.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms import Text

LOCAL_AUTHORITIES: tuple[tuple[str, str], ...] = (("990", "Bro Derwen"), ("991", "Cwm Alaw"))
T = Text


@dataclass(frozen=True)
class DemoSchool:
    """One invented school of the demo caseload."""

    number: str
    name: str
    sector: str
    medium: str
    school_type: str
    headteacher: str
    deputy: str
    street: str
    town: str
    postcode: str
    pupils: int
    cluster: str
    religious_character: str | None = None

    @property
    def lang(self) -> str:
        """The language the partner writes this school's notes in."""
        return "cy" if self.medium == "Welsh medium" else "en"


@dataclass(frozen=True)
class Entry:
    """A priority the demo schools may choose: its area, title, a short focus phrase
    (used inside sentences: no initial capital, no mutation needed after "o ran")."""

    key: str
    area: str
    title: Text
    focus: Text
    description: Text


# -- the invented people and schools --------------------------------------------------------

ME = ("Elin Haf Morgan", "elin.morgan@consortiwm.example")
PIP = ("Dafydd Rowlands", "dafydd.rowlands@consortiwm.example")
OTHER_IP = ("Gareth Pritchard", "gareth.pritchard@consortiwm.example")
TEAM = "Bro Derwen / Cwm Alaw"

SCHOOLS: tuple[DemoSchool, ...] = (
    DemoSchool(
        "9902014",
        "Ysgol Gymraeg Nant y Pandy",
        "Primary",
        "Welsh medium",
        "Primary",
        "Mrs Nia Hopcyn",
        "Mr Iolo Bryn",
        "Heol y Pandy",
        "Llanfeirion",
        "ZZ4 7BD",
        212,
        "Clwstwr Derwen",
    ),
    DemoSchool(
        "9902031",
        "Heol Fach Primary School",
        "Primary",
        "English medium",
        "Primary",
        "Mr Andrew Pask",
        "Mrs Lisa Cawley",
        "Heol Fach",
        "Pentre Derwen",
        "ZZ4 2HF",
        338,
        "Clwstwr Derwen",
    ),
    DemoSchool(
        "9903012",
        "Ffynnon Fair Church in Wales Primary School",
        "Primary",
        "English with significant Welsh",
        "Primary",
        "Mrs Helen Bevan-Morris",
        "Mr Owen Trahearn",
        "Church Lane",
        "Llanfeirion",
        "ZZ4 7QA",
        164,
        "Clwstwr Derwen",
        "Church in Wales",
    ),
    DemoSchool(
        "9904011",
        "Ysgol Gyfun Gymraeg Bro Derwen",
        "Secondary",
        "Welsh medium",
        "Secondary (11-18)",
        "Mr Gethin ap Dafydd",
        "Mrs Catrin Elis",
        "Ffordd yr Ysgol",
        "Pentre Derwen",
        "ZZ4 3LX",
        987,
        "Clwstwr Derwen",
    ),
    DemoSchool(
        "9904023",
        "Maes-y-Coed High School",
        "Secondary",
        "English medium",
        "Secondary (11-16)",
        "Mrs Catherine Lloyd-Evans",
        "Mr Paul Venables",
        "Coed Road",
        "Treforgan",
        "ZZ5 1DE",
        742,
        "Treforgan Cluster",
    ),
    DemoSchool(
        "9907001",
        "Ysgol Arbennig Cae'r Onnen",
        "Special",
        "Bilingual (Type A)",
        "Special (3-19)",
        "Ms Sioned Garnon",
        "Mr Huw Pennant",
        "Lôn yr Onnen",
        "Treforgan",
        "ZZ5 6RN",
        96,
        "Treforgan Cluster",
    ),
    DemoSchool(
        "9901003",
        "Blodau'r Haf Nursery School",
        "Nursery",
        "English medium",
        "Nursery",
        "Mrs Rachel Tudor",
        "Miss Kerry Ashe",
        "Meadow Street",
        "Treforgan",
        "ZZ5 2PW",
        58,
        "Treforgan Cluster",
    ),
    DemoSchool(
        "9902045",
        "Ysgol Gynradd Pen y Waun",
        "Primary",
        "Dual stream",
        "Primary",
        "Mr Iwan Parri",
        "Mrs Sarah Kemble",
        "Ffordd y Waun",
        "Treforgan",
        "ZZ5 4TG",
        276,
        "Treforgan Cluster",
    ),
    DemoSchool(
        "9912007",
        "Ysgol Gymraeg Glan Alaw",
        "Primary",
        "Welsh medium",
        "Primary",
        "Mrs Eleri Wyn Bowen",
        "Mr Aled Rhisiart",
        "Stryd y Bont",
        "Pontalaw",
        "ZZ7 1AW",
        241,
        "Clwstwr Alaw Uchaf",
    ),
    DemoSchool(
        "9912019",
        "Pentre Alaw Community Primary School",
        "Primary",
        "English medium",
        "Primary",
        "Mr David Chiswell",
        "Mrs Amanda Price",
        "Station Road",
        "Pentre Alaw",
        "ZZ7 3GB",
        305,
        "Alaw Valley Cluster",
    ),
    DemoSchool(
        "9912033",
        "Ysgol Gynradd Llwyn Onn",
        "Primary",
        "Welsh medium",
        "Primary",
        "Mr Rhodri Gwynfor",
        "Mrs Mair Lewis",
        "Lôn Llwyn Onn",
        "Cefn Alaw",
        "ZZ7 5JY",
        127,
        "Clwstwr Alaw Uchaf",
    ),
    DemoSchool(
        "9914002",
        "Ysgol Gwaun Alaw",
        "Middle",
        "Welsh medium",
        "Middle (3-16)",
        "Dr Angharad Llwyd",
        "Mr Siôn Parry",
        "Ffordd Gwaun Alaw",
        "Cefn Alaw",
        "ZZ7 5LP",
        812,
        "Clwstwr Alaw Uchaf",
    ),
    DemoSchool(
        "9914018",
        "Millbrook Vale School",
        "Middle",
        "English medium",
        "Middle (3-16)",
        "Mr Simon Beddoe",
        "Mrs Joanne Rees",
        "Millbrook Way",
        "Pentre Alaw",
        "ZZ7 3QS",
        1104,
        "Alaw Valley Cluster",
    ),
    DemoSchool(
        "9914031",
        "Castell Alaw High School",
        "Secondary",
        "English medium",
        "Secondary (11-18)",
        "Mrs Joanne Prothero",
        "Mr Kieran Walsh",
        "Castle Hill",
        "Pentre Alaw",
        "ZZ7 4EN",
        1018,
        "Alaw Valley Cluster",
    ),
    DemoSchool(
        "9911101",
        "Y Bont Learning Centre",
        "PRU",
        "English medium",
        "Pupil referral unit",
        "Mr Kevin Hollis",
        "Ms Bethan Crowley",
        "Bridge Street",
        "Pontalaw",
        "ZZ7 1HT",
        38,
        "Alaw Valley Cluster",
    ),
    DemoSchool(
        "9917004",
        "Ysgol Glyn Eithin",
        "Special",
        "Welsh medium",
        "Special (3-19)",
        "Mrs Mererid Powell",
        "Mr Dewi Hafod",
        "Ffordd Glyn Eithin",
        "Pontalaw",
        "ZZ7 2EF",
        74,
        "Clwstwr Alaw Uchaf",
    ),
)


HEAD_ROLE = T("Headteacher", "Pennaeth")
DEPUTY_ROLE = T("Deputy headteacher", "Dirprwy bennaeth")
OFFICE_ROLE = T("School office", "Swyddfa'r ysgol")


@dataclass(frozen=True)
class Role:
    title: Text  # as listed among the attendees
    joined: Text  # as it follows "the headteacher" in a sentence ("and the ALNCo")


ATTENDEE_ROLES = (
    Role(T("ALNCo", "CADY"), T("and the ALNCo", "a'r CADY")),
    Role(
        T("Chair of governors", "Cadeirydd y llywodraethwyr"),
        T("and the chair of governors", "a chadeirydd y llywodraethwyr"),
    ),
    Role(
        T("Literacy lead", "Arweinydd llythrennedd"),
        T("and the literacy lead", "a'r arweinydd llythrennedd"),
    ),
    Role(
        T("Assessment lead", "Arweinydd asesu"), T("and the assessment lead", "a'r arweinydd asesu")
    ),
    Role(T("Wellbeing lead", "Arweinydd lles"), T("and the wellbeing lead", "a'r arweinydd lles")),
)

ENHANCED_REASON = T(
    "Two of the three priorities were judged limited progress in the summer term and the"
    " school has had significant staffing turbulence. Agreed with the local authority and the"
    " principal improvement partner that the school needs enhanced support, with half-termly"
    " reviews.",
    "Barnwyd bod cynnydd cyfyngedig o ran dwy o'r tair blaenoriaeth yn nhymor yr haf, ac mae'r"
    " ysgol wedi cael cryn ansefydlogrwydd staffio. Cytunwyd gyda'r awdurdod lleol a'r prif"
    " bartner gwella fod angen cymorth ychwanegol ar yr ysgol, gydag adolygiadau bob hanner"
    " tymor.",
)
BACK_TO_CORE_REASON = T(
    "Strong progress on all priorities for two consecutive terms, and leadership capacity is"
    " now secure. Agreed with the local authority and the principal improvement partner to"
    " return the school to core support.",
    "Cynnydd cryf o ran pob blaenoriaeth am ddau dymor yn olynol, ac mae'r gallu arwain"
    " bellach yn gadarn. Cytunwyd gyda'r awdurdod lleol a'r prif bartner gwella i ddychwelyd"
    " yr ysgol i gymorth craidd.",
)

CLASSES: dict[str, tuple[Text, ...]] = {
    "Primary": tuple(T(f"Year {n}", f"Blwyddyn {n}") for n in (1, 2, 3, 4, 5, 6)),
    "Secondary": tuple(T(f"Year {n}", f"Blwyddyn {n}") for n in (7, 8, 9, 10, 11)),
    "Middle": tuple(T(f"Year {n}", f"Blwyddyn {n}") for n in (2, 4, 6, 7, 9, 10)),
    "Special": (
        T("Class 2", "Dosbarth 2"),
        T("Class 5", "Dosbarth 5"),
        T("Class 7", "Dosbarth 7"),
    ),
    "Nursery": (
        T("the morning nursery class", "dosbarth meithrin y bore"),
        T("the afternoon nursery class", "dosbarth meithrin y prynhawn"),
    ),
    "PRU": (
        T("the Year 8 and 9 group", "grŵp Blynyddoedd 8 a 9"),
        T("the Year 10 and 11 group", "grŵp Blynyddoedd 10 ac 11"),
    ),
}
# (English subject, Welsh subject as it stands after "gwers", i.e. soft-mutated)
SUBJECTS = (
    ("Maths", "fathemateg"),
    ("Science", "wyddoniaeth"),
    ("Welsh", "Gymraeg"),
    ("English", "Saesneg"),
    ("Humanities", "ddyniaethau"),
    ("Music", "gerddoriaeth"),
)

AREA_FOCUS = {
    "curriculum": T("implementing the Curriculum for Wales", "gweithredu Cwricwlwm i Gymru"),
    "assessment_evaluation": T("assessment and progression", "asesu a dilyniant"),
    "equity_excellence_wellbeing": T("learners' wellbeing", "lles dysgwyr"),
    "teaching": T("the quality of teaching", "ansawdd yr addysgu"),
    "leadership": T("leadership at all levels", "arweinyddiaeth ar bob lefel"),
}

CATALOGUE: tuple[Entry, ...] = (
    Entry(
        "writing",
        "curriculum",
        T(
            "Improve the quality of pupils' extended writing across the curriculum",
            "Gwella ansawdd ysgrifennu estynedig y disgyblion ar draws y cwricwlwm",
        ),
        T("extended writing", "ysgrifennu estynedig"),
        T(
            "Pupils write at length, for real purposes, in every Area of Learning and Experience.",
            "Mae'r disgyblion yn ysgrifennu'n estynedig, at ddibenion go iawn, ym mhob Maes Dysgu"
            " a Phrofiad.",
        ),
    ),
    Entry(
        "welsh",
        "curriculum",
        T("Raise standards of pupils' spoken Welsh", "Codi safonau Cymraeg llafar y disgyblion"),
        T("spoken Welsh", "Cymraeg llafar"),
        T(
            "More pupils use Welsh confidently in lessons and beyond, supported by the Welsh"
            " Language Charter.",
            "Mae mwy o ddisgyblion yn defnyddio'r Gymraeg yn hyderus yn y gwersi a thu hwnt iddynt,"
            " gyda chefnogaeth y Siarter Iaith.",
        ),
    ),
    Entry(
        "humanities",
        "curriculum",
        T(
            "Develop a purposeful humanities curriculum with clear progression",
            "Datblygu cwricwlwm dyniaethau pwrpasol sy'n dangos dilyniant clir",
        ),
        T("the humanities curriculum", "y cwricwlwm dyniaethau"),
        T(
            "Units are planned around the statements of what matters, with clear progression"
            " from year to year.",
            "Mae'r unedau wedi'u cynllunio o amgylch y datganiadau o'r hyn sy'n bwysig, gyda"
            " dilyniant clir o flwyddyn i flwyddyn.",
        ),
    ),
    Entry(
        "numeracy",
        "curriculum",
        T(
            "Develop pupils' numeracy skills in real-life contexts",
            "Datblygu sgiliau rhifedd y disgyblion mewn cyd-destunau go iawn",
        ),
        T("numeracy across the curriculum", "rhifedd ar draws y cwricwlwm"),
        T(
            "Pupils apply their numeracy in other Areas as confidently as in maths lessons.",
            "Mae'r disgyblion yn cymhwyso'u rhifedd mewn Meysydd eraill mor hyderus ag yn y"
            " gwersi mathemateg.",
        ),
    ),
    Entry(
        "afl",
        "assessment_evaluation",
        T(
            "Embed assessment for learning that helps pupils understand their next steps",
            "Gwreiddio asesu ar gyfer dysgu sy'n helpu'r disgyblion i ddeall eu camau nesaf",
        ),
        T("assessment for learning", "asesu ar gyfer dysgu"),
        T(
            "Teachers use ongoing assessment to adapt their teaching, and pupils can say what they"
            " need to do to improve.",
            "Mae'r athrawon yn defnyddio asesu parhaus i addasu'r addysgu, ac mae'r disgyblion yn"
            " gallu dweud beth sydd angen iddyn nhw ei wneud i wella.",
        ),
    ),
    Entry(
        "self_evaluation",
        "assessment_evaluation",
        T(
            "Base self-evaluation firmly on first-hand evidence of learning",
            "Sicrhau bod yr hunanwerthuso'n seiliedig ar dystiolaeth uniongyrchol o'r dysgu",
        ),
        T("self-evaluation", "hunanwerthuso"),
        T(
            "Leaders at all levels evaluate the impact on learners, not the completion of tasks.",
            "Mae arweinwyr ar bob lefel yn gwerthuso'r effaith ar ddysgwyr, nid cwblhau tasgau.",
        ),
    ),
    Entry(
        "progression",
        "assessment_evaluation",
        T(
            "Track learners' progress through the progression steps",
            "Olrhain cynnydd y dysgwyr drwy'r camau cynnydd",
        ),
        T("tracking progress", "olrhain cynnydd"),
        T(
            "A simple, shared way of knowing how well each learner is progressing, used to plan"
            " support.",
            "Ffordd syml a chyffredin o wybod pa mor dda y mae pob dysgwr yn gwneud cynnydd, a"
            " ddefnyddir i gynllunio cymorth.",
        ),
    ),
    Entry(
        "attendance",
        "equity_excellence_wellbeing",
        T(
            "Improve attendance, especially of pupils eligible for free school meals",
            "Gwella presenoldeb, yn enwedig presenoldeb disgyblion sy'n gymwys i gael prydau"
            " ysgol am ddim",
        ),
        T("attendance", "presenoldeb"),
        T(
            "Close the attendance gap between eFSM pupils and their peers through early work"
            " with families.",
            "Cau'r bwlch presenoldeb rhwng disgyblion PYDd a'u cyfoedion drwy weithio'n gynnar"
            " gyda theuluoedd.",
        ),
    ),
    Entry(
        "aln",
        "equity_excellence_wellbeing",
        T(
            "Implement the ALN reforms with person-centred individual development plans",
            "Gweithredu'r diwygiadau ADY gyda chynlluniau datblygu unigol sy'n canolbwyntio ar"
            " yr unigolyn",
        ),
        T("ALN reform", "diwygio ADY"),
        T(
            "Every learner with ALN has an IDP written with them and their family and reviewed"
            " on time.",
            "Mae gan bob dysgwr ag ADY gynllun datblygu unigol a luniwyd ar y cyd â'r dysgwr a'r"
            " teulu, ac a adolygir yn brydlon.",
        ),
    ),
    Entry(
        "wellbeing",
        "equity_excellence_wellbeing",
        T(
            "Develop a whole-school approach to emotional and mental wellbeing",
            "Datblygu dull ysgol gyfan o ymdrin â lles emosiynol a meddyliol",
        ),
        T("emotional wellbeing", "lles emosiynol"),
        T(
            "Staff recognise early signs of need and pupils know where to turn for help.",
            "Mae'r staff yn adnabod arwyddion cynnar o angen ac mae'r disgyblion yn gwybod ble i"
            " droi am help.",
        ),
    ),
    Entry(
        "reading",
        "equity_excellence_wellbeing",
        T(
            "Narrow the gap in reading between disadvantaged learners and their peers",
            "Cau'r bwlch darllen rhwng dysgwyr difreintiedig a'u cyfoedion",
        ),
        T("reading", "darllen"),
        T(
            "Targeted reading support and a love of reading for all, with reading ages checked"
            " each term.",
            "Cymorth darllen wedi'i dargedu a chariad at ddarllen i bawb, gyda'r oedran darllen"
            " yn cael ei wirio bob tymor.",
        ),
    ),
    Entry(
        "questioning",
        "teaching",
        T(
            "Use questioning consistently to challenge more able learners",
            "Sicrhau bod y cwestiynu'n herio dysgwyr mwy abl yn gyson",
        ),
        T("challenge through questioning", "her drwy gwestiynu"),
        T(
            "Teachers plan questions that deepen thinking, and more able pupils are stretched in"
            " every lesson.",
            "Mae'r athrawon yn cynllunio cwestiynau sy'n dyfnhau'r meddwl, ac mae'r disgyblion"
            " mwy abl yn cael eu hymestyn ym mhob gwers.",
        ),
    ),
    Entry(
        "independence",
        "teaching",
        T(
            "Develop pupils' independence as learners",
            "Datblygu annibyniaeth y disgyblion fel dysgwyr",
        ),
        T("independent learning", "dysgu annibynnol"),
        T(
            "Pupils choose how to tackle tasks, persevere and check their own work.",
            "Mae'r disgyblion yn dewis sut i fynd ati, yn dyfalbarhau ac yn gwirio'u gwaith eu"
            " hunain.",
        ),
    ),
    Entry(
        "feedback",
        "teaching",
        T(
            "Improve feedback so that pupils act on it",
            "Gwella adborth fel bod y disgyblion yn gweithredu arno",
        ),
        T("feedback", "adborth"),
        T(
            "Feedback is timely, mostly verbal, and pupils' next pieces of work show they have"
            " used it.",
            "Mae'r adborth yn amserol, ar lafar yn bennaf, ac mae gwaith nesaf y disgyblion yn"
            " dangos eu bod wedi'i ddefnyddio.",
        ),
    ),
    Entry(
        "middle_leaders",
        "leadership",
        T(
            "Develop middle leaders' role in monitoring and improving teaching",
            "Datblygu rôl arweinwyr canol wrth fonitro a gwella'r addysgu",
        ),
        T("middle leadership", "arweinyddiaeth ganol"),
        T(
            "Middle leaders monitor their areas, evaluate the impact on learners and lead"
            " improvements.",
            "Mae arweinwyr canol yn monitro'u meysydd, yn gwerthuso'r effaith ar ddysgwyr ac yn"
            " arwain gwelliannau.",
        ),
    ),
    Entry(
        "governance",
        "leadership",
        T(
            "Strengthen the governing body's role in challenging and supporting the school",
            "Cryfhau rôl y corff llywodraethu o ran herio a chefnogi'r ysgol",
        ),
        T("the governors' role", "rôl y llywodraethwyr"),
        T(
            "Governors know the priorities well, visit to see them in practice and ask"
            " searching questions.",
            "Mae'r llywodraethwyr yn adnabod y blaenoriaethau'n dda, yn ymweld i'w gweld ar waith"
            " ac yn gofyn cwestiynau treiddgar.",
        ),
    ),
    Entry(
        "professional_learning",
        "leadership",
        T(
            "Develop the school as a learning organisation",
            "Datblygu'r ysgol fel sefydliad sy'n dysgu",
        ),
        T("professional learning", "dysgu proffesiynol"),
        T(
            "Professional learning is planned around the priorities and its impact on teaching"
            " is evaluated.",
            "Mae'r dysgu proffesiynol wedi'i gynllunio o amgylch y blaenoriaethau ac mae ei"
            " effaith ar yr addysgu yn cael ei gwerthuso.",
        ),
    ),
)

# ANSWERS[question][stage][variant]: stage 0 autumn (planning), 1 spring (under way),
# 2 summer (impact). Slots: {focus}, {cls}.
ANSWERS: dict[int, tuple[tuple[Text, Text], ...]] = {
    1: (
        (
            T(
                "Leaders judge {focus} to be an area for development. The self-evaluation report"
                " identifies inconsistency between classes and a lack of clear success criteria.",
                "Mae arweinwyr yn barnu bod angen datblygu'r ysgol o ran {focus}. Mae'r adroddiad"
                " hunanwerthuso yn nodi anghysondeb rhwng dosbarthiadau a diffyg meini prawf"
                " llwyddiant clir.",
            ),
            T(
                "Following last summer's review, the self-evaluation places {focus} among the"
                " school's priorities. Leaders feel the foundations are in place but practice"
                " varies between phases.",
                "Yn dilyn adolygiad yr haf diwethaf, mae'r hunanwerthusiad yn gosod {focus} ymhlith"
                " blaenoriaethau'r ysgol. Mae arweinwyr o'r farn bod y sylfeini yn eu lle ond bod"
                " yr arfer yn amrywio rhwng y cyfnodau.",
            ),
        ),
        (
            T(
                "Leaders now evaluate {focus} as improving. They point to more consistent practice"
                " since the autumn, but accept that it is not yet embedded in every class.",
                "Mae arweinwyr bellach yn gwerthuso bod gwelliant o ran {focus}. Maen nhw'n"
                " cyfeirio at arfer mwy cyson ers yr hydref, ond yn derbyn nad yw wedi'i wreiddio"
                " ym mhob dosbarth eto.",
            ),
            T(
                "The headteacher feels that {focus} is moving in the right direction. The"
                " self-evaluation was updated after the spring monitoring and is more evaluative"
                " than in the autumn.",
                "Mae'r pennaeth o'r farn bod {focus} yn symud i'r cyfeiriad iawn. Cafodd yr"
                " hunanwerthusiad ei ddiweddaru ar ôl y monitro yn ystod y gwanwyn ac mae'n fwy"
                " gwerthusol nag yn yr hydref.",
            ),
        ),
        (
            T(
                "Leaders evaluate {focus} as a strength in most classes and are realistic about the"
                " two or three areas where practice is still developing.",
                "Mae arweinwyr yn gwerthuso bod {focus} yn gryfder yn y rhan fwyaf o"
                " ddosbarthiadau, ac maen nhw'n realistig ynghylch y ddau neu dri maes lle mae'r"
                " arfer yn dal i ddatblygu.",
            ),
            T(
                "The school's end-of-year evaluation judges that the work on {focus} has largely"
                " achieved what was intended. Governors have received the same evaluation.",
                "Mae gwerthusiad diwedd blwyddyn yr ysgol yn barnu bod y gwaith o ran {focus} wedi"
                " cyflawni'r hyn a fwriadwyd i raddau helaeth. Mae'r llywodraethwyr wedi cael yr un"
                " gwerthusiad.",
            ),
        ),
    ),
    2: (
        (
            T(
                "Evidence so far comes mainly from the autumn book scrutiny and a staff"
                " questionnaire. Learner voice has not yet been gathered on this aspect.",
                "Daw'r dystiolaeth hyd yma yn bennaf o'r craffu ar lyfrau yn yr hydref ac o"
                " holiadur staff. Nid yw llais y dysgwr wedi'i gasglu eto ar yr agwedd hon.",
            ),
            T(
                "Leaders refer to the September baseline assessments and the notes from their first"
                " round of learning walks.",
                "Mae arweinwyr yn cyfeirio at asesiadau sylfaenol mis Medi a'r nodiadau o'u rownd"
                " gyntaf o deithiau dysgu.",
            ),
        ),
        (
            T(
                "Learning walks this term and a joint book look with the deputy headteacher show"
                " clearer expectations. Learner voice confirms that pupils can explain what they"
                " are learning and why.",
                "Mae teithiau dysgu y tymor hwn a chraffu ar lyfrau ar y cyd gyda'r dirprwy"
                " bennaeth yn dangos disgwyliadau cliriach. Mae llais y dysgwr yn cadarnhau bod y"
                " disgyblion yn gallu esbonio beth maen nhw'n ei ddysgu a pham.",
            ),
            T(
                "Middle leaders have carried out their own monitoring this term, and their findings"
                " match what we saw together on the learning walk.",
                "Mae arweinwyr canol wedi cynnal eu monitro eu hunain y tymor hwn, ac mae eu"
                " canfyddiadau'n cyd-fynd â'r hyn a welsom gyda'n gilydd ar y daith ddysgu.",
            ),
        ),
        (
            T(
                "Leaders triangulate lesson observation, work scrutiny and learner voice. Tracking"
                " shows that most pupils, including those eligible for free school meals, have made"
                " at least the expected progress.",
                "Mae arweinwyr yn cyfuno tystiolaeth o arsylwi gwersi, craffu ar waith a llais y"
                " dysgwr. Mae'r olrhain yn dangos bod y rhan fwyaf o'r disgyblion, gan gynnwys y"
                " rhai sy'n gymwys i gael prydau ysgol am ddim, wedi gwneud o leiaf y cynnydd"
                " disgwyliedig.",
            ),
            T(
                "The end-of-year review draws on a full cycle of monitoring. Evidence is stronger"
                " for the older pupils than for the younger ones, which leaders acknowledge.",
                "Mae adolygiad diwedd y flwyddyn yn seiliedig ar gylch monitro llawn. Mae'r"
                " dystiolaeth yn gryfach ar gyfer y disgyblion hŷn nag ar gyfer y rhai iau, ac mae"
                " arweinwyr yn cydnabod hynny.",
            ),
        ),
    ),
    3: (
        (
            T(
                "An action plan is in the SDP with named leads and termly milestones. Training for"
                " all staff is planned for the October INSET day.",
                "Mae cynllun gweithredu yn y CDY gydag arweinwyr penodol a cherrig milltir bob"
                " tymor. Mae hyfforddiant i'r holl staff wedi'i drefnu ar gyfer diwrnod HMS mis"
                " Hydref.",
            ),
            T(
                "Leaders plan to start with a small group of teachers this half term, then roll the"
                " approach out to the whole school after Christmas.",
                "Mae arweinwyr yn bwriadu dechrau gyda grŵp bach o athrawon yr hanner tymor hwn, ac"
                " yna cyflwyno'r dull i'r ysgol gyfan ar ôl y Nadolig.",
            ),
        ),
        (
            T(
                "All staff have completed the training and are using the approach in every class."
                " Two experienced teachers are coaching colleagues where practice is weaker.",
                "Mae'r holl staff wedi cwblhau'r hyfforddiant ac yn defnyddio'r dull ym mhob"
                " dosbarth. Mae dau athro profiadol yn hyfforddi cydweithwyr lle mae'r arfer yn"
                " wannach.",
            ),
            T(
                "The action plan was adjusted after the autumn review: fewer actions, each with a"
                " clear owner, and more time in staff meetings for sharing practice.",
                "Cafodd y cynllun gweithredu ei addasu ar ôl adolygiad yr hydref: llai o gamau, pob"
                " un â pherchennog clir, a mwy o amser mewn cyfarfodydd staff i rannu arfer.",
            ),
        ),
        (
            T(
                "The school intends to keep this in next year's SDP as a priority to sustain, and"
                " to share its practice with the cluster.",
                "Mae'r ysgol yn bwriadu cadw hyn yng nghynllun datblygu'r flwyddyn nesaf fel"
                " blaenoriaeth i'w chynnal, a rhannu ei harfer gyda'r clwstwr.",
            ),
            T(
                "Next steps are agreed for September: refresher training for new staff and a focus"
                " on the classes where impact has been slower.",
                "Cytunwyd ar y camau nesaf ar gyfer mis Medi: hyfforddiant gloywi i staff newydd a"
                " ffocws ar y dosbarthiadau lle bu'r effaith yn arafach.",
            ),
        ),
    ),
    4: (
        (
            T(
                "Success criteria are still rather broad. We agreed they should be turned into"
                " measurable outcomes for learners before the next visit.",
                "Mae'r meini prawf llwyddiant braidd yn eang o hyd. Cytunwyd y dylid eu troi'n"
                " ddeilliannau mesuradwy i ddysgwyr cyn yr ymweliad nesaf.",
            ),
            T(
                "Leaders will evaluate through their monitoring calendar: a learning walk and a"
                " book look each half term, reported to governors every term.",
                "Bydd arweinwyr yn gwerthuso drwy'r calendr monitro: taith ddysgu a chraffu ar"
                " lyfrau bob hanner tymor, gydag adroddiad i'r llywodraethwyr bob tymor.",
            ),
        ),
        (
            T(
                "Success criteria are now linked to pupils' outcomes. Leaders monitor half-termly"
                " and report to the governors' curriculum and standards committee.",
                "Mae'r meini prawf llwyddiant bellach yn gysylltiedig â deilliannau'r disgyblion."
                " Mae arweinwyr yn monitro bob hanner tymor ac yn adrodd i bwyllgor cwricwlwm a"
                " safonau'r llywodraethwyr.",
            ),
            T(
                "Monitoring so far records activity more than impact; we discussed how to focus the"
                " next round on what pupils can now do.",
                "Hyd yma mae'r monitro'n cofnodi gweithgarwch yn fwy nag effaith; buom yn trafod"
                " sut i ganolbwyntio'r rownd nesaf ar yr hyn y gall y disgyblion ei wneud bellach.",
            ),
        ),
        (
            T(
                "Leaders compared outcomes with the September baseline and reported the impact to"
                " governors in June. The evaluation focuses on learners' progress rather than on"
                " activity completed.",
                "Cymharodd arweinwyr y deilliannau â'r llinell sylfaen ym mis Medi ac adroddwyd ar"
                " yr effaith i'r llywodraethwyr ym mis Mehefin. Mae'r gwerthuso'n canolbwyntio ar"
                " gynnydd dysgwyr yn hytrach nag ar weithgareddau a gwblhawyd.",
            ),
            T(
                "Governors challenged the evaluation at their summer meeting and asked for the"
                " impact on vulnerable learners to be reported separately.",
                "Heriodd y llywodraethwyr y gwerthusiad yn eu cyfarfod yn yr haf a gofyn am adrodd"
                " ar wahân ar yr effaith ar ddysgwyr sy'n agored i niwed.",
            ),
        ),
    ),
    5: (
        (
            T(
                "The school would welcome support from the improvement partner to refine the"
                " success criteria, and a link with a school that has effective practice.",
                "Byddai'r ysgol yn croesawu cymorth gan y partner gwella i fireinio'r meini prawf"
                " llwyddiant, a chyswllt ag ysgol sydd ag arfer effeithiol.",
            ),
            T(
                "Professional learning from the consortium's programme for two teachers; the"
                " improvement partner to broker this before half term.",
                "Dysgu proffesiynol o raglen y consortiwm ar gyfer dau athro; y partner gwella i"
                " drefnu hyn cyn hanner tymor.",
            ),
        ),
        (
            T(
                "Two days of coaching from the hub have been brokered. No further support is needed"
                " at this stage.",
                "Trefnwyd dau ddiwrnod o hyfforddi gan yr hyb. Nid oes angen rhagor o gymorth ar"
                " hyn o bryd.",
            ),
            T(
                "The school would benefit from a peer enquiry visit with a partner school in the"
                " cluster, ideally before Easter.",
                "Byddai'r ysgol yn elwa ar ymweliad ymholi gan gymheiriaid gydag ysgol bartner yn y"
                " clwstwr, cyn y Pasg yn ddelfrydol.",
            ),
        ),
        (
            T(
                "No additional support is needed; the school could offer a workshop to other"
                " schools in the cluster next year.",
                "Nid oes angen cymorth ychwanegol; gallai'r ysgol gynnig gweithdy i ysgolion eraill"
                " yn y clwstwr y flwyddyn nesaf.",
            ),
            T(
                "Support to continue next year at a lower level: one day a term from the"
                " improvement partner to quality-assure the impact.",
                "Dylai'r cymorth barhau y flwyddyn nesaf ar lefel is: un diwrnod y tymor gan y"
                " partner gwella i sicrhau ansawdd yr effaith.",
            ),
        ),
    ),
}

# Answers that replace the usual ones where progress is limited: STRUGGLING[question].
STRUGGLING: dict[int, Text] = {
    1: T(
        "Leaders accept that progress on {focus} has been slower than planned. The"
        " self-evaluation is honest about the reasons, mainly staff turnover and too many"
        " initiatives at once.",
        "Mae arweinwyr yn derbyn bod y cynnydd o ran {focus} wedi bod yn arafach na'r disgwyl."
        " Mae'r hunanwerthusiad yn onest am y rhesymau, yn bennaf trosiant staff a gormod o"
        " fentrau ar yr un pryd.",
    ),
    5: T(
        "The school needs further support: the improvement partner will broker specialist"
        " input and review progress half-termly with the headteacher.",
        "Mae angen rhagor o gymorth ar yr ysgol: bydd y partner gwella yn trefnu cymorth"
        " arbenigol ac yn adolygu'r cynnydd bob hanner tymor gyda'r pennaeth.",
    ),
}

# A detail sentence for questions 2 and 3, by reform area: AREA_DETAIL[question][area][variant].
AREA_DETAIL: dict[int, dict[str, tuple[Text, Text]]] = {
    2: {
        "curriculum": (
            T(
                "Curriculum maps show progression, and pupils in {cls} could say how their topic"
                " connected to the statements of what matters.",
                "Mae'r mapiau cwricwlwm yn dangos dilyniant, ac roedd disgyblion {cls} yn gallu"
                " dweud sut roedd eu thema'n cysylltu â'r datganiadau o'r hyn sy'n bwysig.",
            ),
            T(
                "Planning shows a better balance between knowledge and skills, although the"
                " expressive arts are thinner than the other Areas.",
                "Mae'r cynllunio'n dangos gwell cydbwysedd rhwng gwybodaeth a sgiliau, er bod y"
                " celfyddydau mynegiannol yn llai amlwg na'r Meysydd eraill.",
            ),
        ),
        "assessment_evaluation": (
            T(
                "Teachers' assessment notes for {cls} are used to plan next steps, and"
                " moderation with the cluster agreed with most of the school's judgements.",
                "Defnyddir nodiadau asesu'r athrawon ar gyfer {cls} i gynllunio'r camau nesaf,"
                " ac roedd y cymedroli gyda'r clwstwr yn cytuno â'r rhan fwyaf o farnau'r ysgol.",
            ),
            T(
                "The tracking system now records progress against the school's own progression"
                " steps rather than levels.",
                "Mae'r system olrhain bellach yn cofnodi cynnydd yn erbyn camau dilyniant yr ysgol"
                " ei hun yn hytrach na lefelau.",
            ),
        ),
        "equity_excellence_wellbeing": (
            T(
                "Attendance of pupils eligible for free school meals has risen since the autumn,"
                " and the wellbeing survey shows more pupils feel they can turn to an adult in"
                " school.",
                "Mae presenoldeb disgyblion sy'n gymwys i gael prydau ysgol am ddim wedi codi ers"
                " yr hydref, ac mae'r arolwg lles yn dangos bod mwy o ddisgyblion yn teimlo y"
                " gallan nhw droi at oedolyn yn yr ysgol.",
            ),
            T(
                "The ALNCo's register and the individual development plans are up to date, and"
                " the learners with ALN we saw are making progress in line with their targets.",
                "Mae cofrestr y CADY a'r cynlluniau datblygu unigol yn gyfredol, ac mae'r dysgwyr"
                " ag ADY a welsom yn gwneud cynnydd yn unol â'u targedau.",
            ),
        ),
        "teaching": (
            T(
                "In the lessons seen, questioning was better matched to pupils' needs and more"
                " able pupils in {cls} were given open-ended challenges.",
                "Yn y gwersi a welwyd, roedd y cwestiynu wedi'i deilwra'n well i anghenion y"
                " disgyblion, ac roedd disgyblion mwy abl {cls} yn cael heriau penagored.",
            ),
            T(
                "Feedback in books is more focused and pupils act on it in the next lesson,"
                " though this is less consistent outside literacy and numeracy.",
                "Mae'r adborth yn y llyfrau yn fwy penodol ac mae'r disgyblion yn gweithredu arno"
                " yn y wers nesaf, er bod hyn yn llai cyson y tu hwnt i lythrennedd a rhifedd.",
            ),
        ),
        "leadership": (
            T(
                "Middle leaders now lead their own monitoring and present their findings to the"
                " senior team; the quality of their written evaluations is variable.",
                "Mae arweinwyr canol bellach yn arwain eu monitro eu hunain ac yn cyflwyno'u"
                " canfyddiadau i'r uwch dîm; mae ansawdd eu gwerthusiadau ysgrifenedig yn"
                " amrywio.",
            ),
            T(
                "Governors' minutes show sharper questions about the priorities, and the link"
                " governor has visited twice this year.",
                "Mae cofnodion y llywodraethwyr yn dangos cwestiynau mwy treiddgar am y"
                " blaenoriaethau, ac mae'r llywodraethwr cyswllt wedi ymweld ddwywaith eleni.",
            ),
        ),
    },
    3: {
        "curriculum": (
            T(
                "Each Area lead is revising one unit this term, using the cluster's shared"
                " progression framework.",
                "Mae pob arweinydd Maes yn adolygu un uned y tymor hwn, gan ddefnyddio fframwaith"
                " dilyniant cyffredin y clwstwr.",
            ),
            T(
                "Pupils are helping to plan the summer topic through a learner voice group.",
                "Mae'r disgyblion yn helpu i gynllunio thema'r haf drwy grŵp llais y dysgwr.",
            ),
        ),
        "assessment_evaluation": (
            T(
                "A staff meeting every fortnight is given over to moderating pupils' work against"
                " the progression steps.",
                "Mae cyfarfod staff bob pythefnos yn cael ei neilltuo i gymedroli gwaith y"
                " disgyblion yn erbyn y camau cynnydd.",
            ),
            T(
                "Leaders are simplifying the tracking system so that teachers record less and use"
                " the information more.",
                "Mae arweinwyr yn symleiddio'r system olrhain fel bod yr athrawon yn cofnodi llai"
                " ac yn defnyddio'r wybodaeth yn fwy.",
            ),
        ),
        "equity_excellence_wellbeing": (
            T(
                "A family engagement officer works with the families of persistent absentees, and"
                " the PDG funds a nurture group three mornings a week.",
                "Mae swyddog ymgysylltu â theuluoedd yn gweithio gyda theuluoedd y disgyblion sy'n"
                " absennol yn barhaus, ac mae'r GDD yn ariannu grŵp anogaeth dri bore'r wythnos.",
            ),
            T(
                "Wellbeing check-ins have been introduced at the start of each day, and two staff"
                " are training to provide emotional literacy support.",
                "Cyflwynwyd sesiynau lles ar ddechrau pob dydd, ac mae dau aelod o staff yn"
                " hyfforddi i gynnig cymorth llythrennedd emosiynol.",
            ),
        ),
        "teaching": (
            T(
                "Teachers work in triads to plan and observe one lesson each half term, focusing"
                " on challenge for more able pupils.",
                "Mae'r athrawon yn gweithio mewn triawdau i gynllunio ac arsylwi un wers bob"
                " hanner tymor, gan ganolbwyntio ar her i ddisgyblion mwy abl.",
            ),
            T(
                "The school has agreed a short feedback policy, and staff are trialling verbal"
                " feedback with {cls}.",
                "Mae'r ysgol wedi cytuno ar bolisi adborth byr, ac mae'r staff yn treialu adborth"
                " llafar gyda {cls}.",
            ),
        ),
        "leadership": (
            T(
                "The senior team has set clear roles for middle leaders, with time each half term"
                " to monitor their areas.",
                "Mae'r uwch dîm wedi pennu rolau clir ar gyfer arweinwyr canol, gydag amser bob"
                " hanner tymor i fonitro'u meysydd.",
            ),
            T(
                "Governors are linking each committee to a priority and will receive a short"
                " impact report each term.",
                "Mae'r llywodraethwyr yn cysylltu pob pwyllgor â blaenoriaeth, a byddant yn cael"
                " adroddiad byr ar yr effaith bob tymor.",
            ),
        ),
    },
}

RATIONALES: dict[str, tuple[Text, Text]] = {
    "very_good": (
        T(
            "The approach to {focus} is now consistent across the school and learners' work shows"
            " clear impact. Leaders have the capacity to sustain it.",
            "Mae'r dull o ran {focus} bellach yn gyson ar draws yr ysgol ac mae gwaith y dysgwyr"
            " yn dangos effaith glir. Mae gan arweinwyr y gallu i'w gynnal.",
        ),
        T(
            "The priority for {focus} is addressed in all respects: work in books, learner voice"
            " and tracking all show very good impact.",
            "Rhoddwyd sylw i'r flaenoriaeth o ran {focus} ym mhob agwedd: mae'r gwaith yn y"
            " llyfrau, llais y dysgwr a'r olrhain i gyd yn dangos effaith dda iawn.",
        ),
    ),
    "strong": (
        T(
            "Most aspects of the priority are in place and the impact on learners is positive;"
            " only minor aspects of {focus} need attention, mainly consistency in a few classes.",
            "Mae'r rhan fwyaf o agweddau'r flaenoriaeth yn eu lle ac mae'r effaith ar ddysgwyr yn"
            " gadarnhaol; dim ond mân agweddau o ran {focus} sydd angen sylw, yn bennaf cysondeb"
            " mewn ambell ddosbarth.",
        ),
        T(
            "Good progress on {focus} since last term; the impact is clear in most classes and"
            " only minor work remains.",
            "Cynnydd da o ran {focus} ers y tymor diwethaf; mae'r effaith yn glir yn y rhan fwyaf"
            " o ddosbarthiadau a mân waith sydd ar ôl.",
        ),
    ),
    "satisfactory": (
        T(
            "Actions for {focus} are under way and many aspects are addressed, but the impact on"
            " learners' progress is not yet strong enough. Monitoring needs to focus on outcomes,"
            " not activity.",
            "Mae'r camau o ran {focus} ar y gweill a rhoddwyd sylw i lawer o agweddau, ond nid"
            " yw'r effaith ar gynnydd dysgwyr yn ddigon cryf eto. Dylai'r monitro ganolbwyntio ar"
            " ddeilliannau, nid ar weithgarwch.",
        ),
        T(
            "Several important aspects of {focus} still need significant attention, especially"
            " consistency between classes; leaders are aware and have adjusted the plan.",
            "Mae angen sylw sylweddol o hyd ar sawl agwedd bwysig o ran {focus}, yn enwedig"
            " cysondeb rhwng dosbarthiadau; mae arweinwyr yn ymwybodol o hyn ac wedi addasu'r"
            " cynllun.",
        ),
    ),
    "limited": (
        T(
            "Little discernible impact yet on {focus}. Key actions have slipped because of"
            " staffing changes, and the school needs further support to secure the improvement.",
            "Prin yw'r effaith amlwg hyd yma o ran {focus}. Mae camau allweddol wedi llithro"
            " oherwydd newidiadau staffio, ac mae angen cymorth pellach ar yr ysgol i sicrhau'r"
            " gwelliant.",
        ),
        T(
            "The school does not yet meet the requirements of the priority for {focus}. Many"
            " important actions have still to start, and its capacity to improve without support"
            " is limited.",
            "Nid yw'r ysgol yn bodloni gofynion y flaenoriaeth o ran {focus} eto. Nid yw llawer o"
            " gamau pwysig wedi dechrau, ac mae ei gallu i wella heb gymorth yn gyfyngedig.",
        ),
    ),
}

# EVIDENCE[kind][stance]: slots {cls}, {subject}, {gwers}, {pct}, {att}, {att_prev},
# {responses}, {focus}.
EVIDENCE: dict[str, dict[str, tuple[Text, ...]]] = {
    "observation": {
        "strength": (
            T(
                "{subject} lesson ({cls}): clear modelling by the teacher, then well-judged"
                " questioning that moved pupils from recall to explaining their reasoning. Most"
                " pupils could justify their answers.",
                "Gwers {gwers} ({cls}): modelu clir gan yr athro, yna cwestiynu pwrpasol a"
                " symudodd y disgyblion o gofio ffeithiau i esbonio'u rhesymu. Roedd y rhan fwyaf"
                " o'r disgyblion yn gallu cyfiawnhau eu hatebion.",
            ),
            T(
                "{subject} lesson ({cls}): pupils worked independently for long periods and used"
                " the success criteria to check their own work before asking an adult.",
                "Gwers {gwers} ({cls}): roedd y disgyblion yn gweithio'n annibynnol am gyfnodau"
                " hir ac yn defnyddio'r meini prawf llwyddiant i wirio'u gwaith eu hunain cyn"
                " gofyn i oedolyn.",
            ),
        ),
        "concern": (
            T(
                "{subject} lesson ({cls}): the pace was slow and the task did not stretch more"
                " able pupils; several finished early and were given more of the same.",
                "Gwers {gwers} ({cls}): roedd y cyflymder yn araf ac nid oedd y dasg yn ymestyn y"
                " disgyblion mwy abl; gorffennodd sawl un yn gynnar a chael rhagor o'r un math o"
                " waith.",
            ),
        ),
    },
    "learning_walk": {
        "strength": (
            T(
                "Learning walk with the deputy headteacher ({cls} and two other classes):"
                " consistent routines, purposeful talk and working walls that pupils actually use.",
                "Taith ddysgu gyda'r dirprwy bennaeth ({cls} a dau ddosbarth arall): arferion"
                " cyson, trafod pwrpasol a waliau gweithio y mae'r disgyblion yn eu defnyddio go"
                " iawn.",
            ),
        ),
        "concern": (
            T(
                "Learning walk ({cls} and three other classes): the agreed approach to {focus} is"
                " visible in some classes but not yet in others; expectations vary.",
                "Taith ddysgu ({cls} a thri dosbarth arall): mae'r dull y cytunwyd arno o ran"
                " {focus} i'w weld mewn rhai dosbarthiadau ond nid mewn eraill eto; mae'r"
                " disgwyliadau'n amrywio.",
            ),
        ),
    },
    "work_scrutiny": {
        "strength": (
            T(
                "Book look ({cls}): writing shows clear progress since September, with longer"
                " pieces and more ambitious vocabulary. Pupils respond to feedback in purple pen.",
                "Craffu ar lyfrau ({cls}): mae'r ysgrifennu'n dangos cynnydd clir ers mis Medi,"
                " gyda darnau hirach a geirfa fwy uchelgeisiol. Mae'r disgyblion yn ymateb i"
                " adborth mewn beiro borffor.",
            ),
        ),
        "concern": (
            T(
                "Book look ({cls}): too much reliance on worksheets, and little evidence of pupils"
                " applying their numeracy skills in other Areas of Learning.",
                "Craffu ar lyfrau ({cls}): gormod o ddibyniaeth ar daflenni gwaith, ac ychydig o"
                " dystiolaeth bod y disgyblion yn cymhwyso'u sgiliau rhifedd mewn Meysydd Dysgu"
                " eraill.",
            ),
        ),
    },
    "learner_voice": {
        "strength": (
            T(
                "Learner voice ({cls}, six pupils): they talked confidently about what they were"
                " learning and why, and knew how to improve their work.",
                "Llais y dysgwr ({cls}, chwe disgybl): roedden nhw'n siarad yn hyderus am yr hyn"
                " roedden nhw'n ei ddysgu a pham, ac yn gwybod sut i wella'u gwaith.",
            ),
        ),
        "concern": (
            T(
                "Learner voice ({cls}, six pupils): pupils enjoy school but could not say what"
                " they needed to do to improve; two said the work was often too easy.",
                "Llais y dysgwr ({cls}, chwe disgybl): mae'r disgyblion yn mwynhau'r ysgol ond nid"
                " oedden nhw'n gallu dweud beth roedd angen iddyn nhw ei wneud i wella; dywedodd"
                " dau fod y gwaith yn rhy hawdd yn aml.",
            ),
        ),
    },
    "staff": {
        "strength": (
            T(
                "Discussion with the literacy lead: a clear, well-sequenced plan, and staff say"
                " the professional learning has changed how they plan.",
                "Trafodaeth gyda'r arweinydd llythrennedd: cynllun clir wedi'i drefnu'n dda, ac"
                " mae'r staff yn dweud bod y dysgu proffesiynol wedi newid y ffordd maen nhw'n"
                " cynllunio.",
            ),
        ),
        "concern": (
            T(
                "Staff discussion: teachers are positive about the approach but say time to plan"
                " together has been squeezed this term.",
                "Trafodaeth gyda'r staff: mae'r athrawon yn gadarnhaol am y dull ond yn dweud bod"
                " llai o amser i gynllunio gyda'i gilydd y tymor hwn.",
            ),
        ),
    },
    "governors": {
        "strength": (
            T(
                "Meeting with the chair of governors: governors receive regular reports on the"
                " priorities and gave examples of the questions they had asked leaders.",
                "Cyfarfod gyda chadeirydd y llywodraethwyr: mae'r llywodraethwyr yn cael"
                " adroddiadau rheolaidd ar y blaenoriaethau, a rhoesant enghreifftiau o'r"
                " cwestiynau roedden nhw wedi'u gofyn i arweinwyr.",
            ),
        ),
        "concern": (
            T(
                "Chair of governors: governors rely mainly on the headteacher's report and have"
                " not yet visited to see how the work on {focus} is developing.",
                "Cadeirydd y llywodraethwyr: mae'r llywodraethwyr yn dibynnu'n bennaf ar"
                " adroddiad y pennaeth ac nid ydynt wedi ymweld eto i weld sut mae'r gwaith o"
                " ran {focus} yn datblygu.",
            ),
        ),
    },
    "parents": {
        "strength": (
            T(
                "Parent questionnaire ({responses} responses): parents value the weekly updates on"
                " learning, and {pct}% say their child is happy and safe at school.",
                "Holiadur rhieni ({responses} ymateb): mae'r rhieni'n gwerthfawrogi'r"
                " diweddariadau wythnosol am y dysgu, ac mae {pct}% yn dweud bod eu plentyn yn"
                " hapus ac yn ddiogel yn yr ysgol.",
            ),
        ),
    },
    "data": {
        "neutral": (
            T(
                "Attendance to date {att}% (last year {att_prev}%); persistent absence of pupils"
                " eligible for free school meals is still about twice that of their peers.",
                "Presenoldeb hyd yma {att}% (y llynedd {att_prev}%); mae absenoldeb parhaus"
                " disgyblion sy'n gymwys i gael prydau ysgol am ddim tua dwywaith yn uwch nag"
                " absenoldeb eu cyfoedion o hyd.",
            ),
        ),
        "strength": (
            T(
                "Tracking data ({cls}): {pct}% of pupils are on track against the school's"
                " expectations, including most of those eligible for free school meals.",
                "Data olrhain ({cls}): mae {pct}% o'r disgyblion ar y trywydd iawn yn erbyn"
                " disgwyliadau'r ysgol, gan gynnwys y rhan fwyaf o'r rhai sy'n gymwys i gael"
                " prydau ysgol am ddim.",
            ),
        ),
        "concern": (
            T(
                "Reading data ({cls}): more pupils than in September have a reading age over a"
                " year below their chronological age.",
                "Data darllen ({cls}): o'i gymharu â mis Medi, mae gan fwy o ddisgyblion oedran"
                " darllen sydd dros flwyddyn yn is na'u hoedran cronolegol.",
            ),
        ),
    },
    "documents": {
        "neutral": (
            T(
                "School development plan and monitoring calendar reviewed: actions for {focus}"
                " are costed, with named leads and termly milestones.",
                "Adolygwyd cynllun datblygu'r ysgol a'r calendr monitro: mae costau'r camau o ran"
                " {focus} wedi'u nodi, gydag arweinwyr penodol a cherrig milltir bob tymor.",
            ),
        ),
        "concern": (
            T(
                "Minutes of the governors' curriculum and standards committee: {focus} has not"
                " been discussed since the autumn.",
                "Cofnodion pwyllgor cwricwlwm a safonau'r llywodraethwyr: nid yw'r gwaith o ran"
                " {focus} wedi'i drafod ers yr hydref.",
            ),
        ),
    },
}

SUMMARIES: tuple[Text, ...] = (
    T(
        "Productive visit with the headteacher {role}. We focused on {topics} and looked"
        " at first-hand evidence together. The school's evaluation is broadly accurate; the"
        " actions we agreed are listed below.",
        "Ymweliad buddiol gyda'r pennaeth {role}. Y ffocws oedd {topics}, ac edrychwyd ar"
        " dystiolaeth uniongyrchol gyda'n gilydd. Mae gwerthusiad yr ysgol yn gywir ar y cyfan;"
        " mae'r camau y cytunwyd arnynt wedi'u rhestru isod.",
    ),
    T(
        "Met the headteacher {role} to review {topics}. Leaders are honest about what"
        " still needs to improve; the next visit will look at the impact in classrooms.",
        "Cyfarfod gyda'r pennaeth {role} i adolygu'r gwaith o ran {topics}. Mae arweinwyr yn"
        " onest am yr hyn sydd angen ei wella o hyd; bydd yr ymweliad nesaf yn edrych ar yr"
        " effaith yn yr ystafelloedd dosbarth.",
    ),
)


@dataclass(frozen=True)
class ActionText:
    text: Text
    owner: Text | None  # None: the improvement partner


ACTIONS: list[ActionText] = [
    ActionText(
        T(
            "Turn the success criteria of each priority into measurable outcomes for learners",
            "Troi meini prawf llwyddiant pob blaenoriaeth yn ddeilliannau mesuradwy i ddysgwyr",
        ),
        HEAD_ROLE,
    ),
    ActionText(
        T(
            "Share the findings of the learner voice sessions with staff and governors",
            "Rhannu canfyddiadau'r sesiynau llais y dysgwr gyda'r staff a'r llywodraethwyr",
        ),
        DEPUTY_ROLE,
    ),
    ActionText(
        T(
            "Arrange a visit to a school in the cluster with effective practice in this area",
            "Trefnu ymweliad ag ysgol yn y clwstwr sydd ag arfer effeithiol yn y maes hwn",
        ),
        None,
    ),
    ActionText(
        T(
            "Complete the review of individual development plans with the ALNCo",
            "Cwblhau'r adolygiad o'r cynlluniau datblygu unigol gyda'r CADY",
        ),
        T("ALNCo", "CADY"),
    ),
    ActionText(
        T(
            "Update the self-evaluation report with the evidence from this term's monitoring",
            "Diweddaru'r adroddiad hunanwerthuso gyda thystiolaeth monitro'r tymor hwn",
        ),
        HEAD_ROLE,
    ),
    ActionText(
        T(
            "Present the PDG spending plan and its intended impact to the governing body",
            "Cyflwyno cynllun gwario'r GDD a'r effaith a fwriedir i'r corff llywodraethu",
        ),
        HEAD_ROLE,
    ),
    ActionText(
        T(
            "Plan a joint book look with middle leaders before half term",
            "Cynllunio sesiwn craffu ar lyfrau ar y cyd gydag arweinwyr canol cyn hanner tymor",
        ),
        DEPUTY_ROLE,
    ),
    ActionText(
        T(
            "Send the note of visit and the agreed support plan to the headteacher",
            "Anfon nodyn yr ymweliad a'r cynllun cymorth y cytunwyd arno at y pennaeth",
        ),
        None,
    ),
    ActionText(
        T(
            "Broker two days of coaching from the hub for the teachers concerned",
            "Trefnu dau ddiwrnod o hyfforddi gan yr hyb ar gyfer yr athrawon dan sylw",
        ),
        None,
    ),
    ActionText(
        T(
            "Curriculum and standards committee to visit and see the priority in practice",
            "Pwyllgor cwricwlwm a safonau'r llywodraethwyr i ymweld i weld y flaenoriaeth ar waith",
        ),
        T("Chair of governors", "Cadeirydd y llywodraethwyr"),
    ),
    ActionText(
        T(
            "Analyse the attendance of pupils eligible for free school meals by year group",
            "Dadansoddi presenoldeb disgyblion sy'n gymwys i gael prydau ysgol am ddim fesul"
            " grŵp blwyddyn",
        ),
        DEPUTY_ROLE,
    ),
]


@dataclass(frozen=True)
class SupportOffer:
    kind: str  # a key of forms/data/support_kinds.toml
    provider: Text
    description: Text
    days: float
    impact: Text


SUPPORT: list[SupportOffer] = [
    SupportOffer(
        "ip",
        T("", ""),
        T(
            "Support to refine self-evaluation and the success criteria",
            "Cymorth i fireinio'r hunanwerthuso a'r meini prawf llwyddiant",
        ),
        1.5,
        T(
            "Success criteria are now measurable and middle leaders use them when monitoring.",
            "Mae'r meini prawf llwyddiant bellach yn fesuradwy ac mae arweinwyr canol yn eu"
            " defnyddio wrth fonitro.",
        ),
    ),
    SupportOffer(
        "hub",
        T("{la} Teaching Hub", "Hyb Addysgu {la}"),
        T(
            "Coaching for teachers on questioning and challenge",
            "Hyfforddi athrawon ar gwestiynu a herio",
        ),
        2,
        T(
            "Lessons observed show more consistent challenge; the two teachers coached now"
            " model the practice for colleagues.",
            "Mae'r gwersi a arsylwyd yn dangos her fwy cyson; mae'r ddau athro a hyfforddwyd"
            " bellach yn modelu'r arfer i'w cydweithwyr.",
        ),
    ),
    SupportOffer(
        "specialist",
        T("Welsh in Education officer", "Swyddog y Gymraeg mewn Addysg"),
        T(
            "Working with staff and the Language Charter pupils on spoken Welsh",
            "Gweithio gyda'r staff a disgyblion y Siarter Iaith ar Gymraeg llafar",
        ),
        3,
        T(
            "More pupils use Welsh at break times, and the Charter survey shows more"
            " positive attitudes.",
            "Mae mwy o ddisgyblion yn defnyddio'r Gymraeg amser chwarae, ac mae arolwg y"
            " Siarter yn dangos agweddau mwy cadarnhaol.",
        ),
    ),
    SupportOffer(
        "peer_school",
        T("", ""),
        T(
            "Peer enquiry visit focusing on assessment for learning",
            "Ymweliad ymholi gan gymheiriaid yn canolbwyntio ar asesu ar gyfer dysgu",
        ),
        1,
        T(
            "Leaders have adopted the partner school's approach to learning conversations.",
            "Mae arweinwyr wedi mabwysiadu dull yr ysgol bartner o gynnal sgyrsiau dysgu.",
        ),
    ),
    SupportOffer(
        "la",
        T("Local authority ALN team", "Tîm ADY yr awdurdod lleol"),
        T(
            "Support for the ALNCo with person-centred individual development plans",
            "Cymorth i'r CADY gyda chynlluniau datblygu unigol sy'n canolbwyntio ar yr unigolyn",
        ),
        2,
        T(
            "All IDPs reviewed on time; families say they feel listened to.",
            "Adolygwyd pob CDU yn brydlon; mae'r teuluoedd yn dweud eu bod yn teimlo bod"
            " rhywun yn gwrando arnyn nhw.",
        ),
    ),
    SupportOffer(
        "professional_learning",
        T("Consortium literacy programme", "Rhaglen llythrennedd y consortiwm"),
        T(
            "Professional learning on teaching extended writing",
            "Dysgu proffesiynol ar addysgu ysgrifennu estynedig",
        ),
        2.5,
        T(
            "Pieces of extended writing are longer and better structured in most classes.",
            "Mae darnau o ysgrifennu estynedig yn hirach ac wedi'u strwythuro'n well yn y"
            " rhan fwyaf o ddosbarthiadau.",
        ),
    ),
]

NOTES: list[Text] = [
    T(
        "The headteacher is on a phased return after illness; the deputy is leading day to day"
        " until half term.",
        "Mae'r pennaeth yn dychwelyd yn raddol ar ôl salwch; mae'r dirprwy yn arwain o ddydd i"
        " ddydd tan hanner tymor.",
    ),
    T(
        "An Estyn inspection is expected within the next two terms; the school has asked for a"
        " review in the style of an inspection in the spring.",
        "Disgwylir arolygiad Estyn o fewn y ddau dymor nesaf; mae'r ysgol wedi gofyn am"
        " adolygiad yn null arolygiad yn y gwanwyn.",
    ),
    T(
        "New ALNCo appointed from September: keep an eye on the move to IDPs.",
        "Penodwyd CADY newydd o fis Medi: angen cadw llygad ar y newid i CDUau.",
    ),
    T(
        "Building work on the new hall will disrupt the summer term; arrange visits around it.",
        "Bydd gwaith adeiladu ar y neuadd newydd yn tarfu ar dymor yr haf; angen trefnu"
        " ymweliadau o'i gwmpas.",
    ),
    T(
        "Falling roll: 14 fewer pupils than last year, which will affect the budget and staffing.",
        "Mae nifer y disgyblion yn gostwng: 14 yn llai na'r llynedd, a fydd yn effeithio ar y"
        " gyllideb a'r staffio.",
    ),
]


@dataclass(frozen=True)
class PracticeText:
    title: Text
    description: Text
    area: str


PRACTICE: list[PracticeText] = [
    PracticeText(
        T("Pupil-led learning conferences", "Cynadleddau dysgu dan arweiniad disgyblion"),
        T(
            "Pupils present their learning to their parents each term using their own"
            " portfolios; the number of parents attending has doubled.",
            "Mae'r disgyblion yn cyflwyno'u dysgu i'w rhieni bob tymor gan ddefnyddio'u"
            " portffolios eu hunain; mae nifer y rhieni sy'n dod wedi dyblu.",
        ),
        "assessment_evaluation",
    ),
    PracticeText(
        T("Daily wellbeing check-ins", "Sesiynau lles dyddiol"),
        T(
            "A five-minute check-in at the start of each day helps staff spot pupils who"
            " need support early.",
            "Mae sesiwn bum munud ar ddechrau pob dydd yn helpu'r staff i sylwi'n gynnar ar"
            " ddisgyblion sydd angen cymorth.",
        ),
        "equity_excellence_wellbeing",
    ),
    PracticeText(
        T("Outdoor numeracy trails", "Llwybrau rhifedd yn yr awyr agored"),
        T(
            "Pupils design measuring and data trails around the school grounds for younger"
            " classes.",
            "Mae'r disgyblion yn cynllunio llwybrau mesur a data o amgylch tir yr ysgol ar"
            " gyfer y dosbarthiadau iau.",
        ),
        "curriculum",
    ),
    PracticeText(
        T("Middle leaders' monitoring triads", "Triawdau monitro arweinwyr canol"),
        T(
            "Middle leaders monitor in threes across departments, which has made their"
            " evaluations sharper and more consistent.",
            "Mae arweinwyr canol yn monitro mewn grwpiau o dri ar draws adrannau, ac mae hyn"
            " wedi gwneud eu gwerthusiadau'n fwy miniog ac yn fwy cyson.",
        ),
        "leadership",
    ),
    PracticeText(
        T(
            "Language Charter ambassadors at break time",
            "Llysgenhadon y Siarter Iaith amser chwarae",
        ),
        T(
            "Year 6 ambassadors lead Welsh games at break time; more pupils now choose to"
            " speak Welsh outside lessons.",
            "Mae llysgenhadon Blwyddyn 6 yn arwain gemau Cymraeg amser chwarae; mae mwy o"
            " ddisgyblion bellach yn dewis siarad Cymraeg y tu allan i'r gwersi.",
        ),
        "curriculum",
    ),
]
