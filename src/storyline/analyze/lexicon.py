"""Word lists that analysis reads as data: cue verbs, modality cues, gazetteers.

Rules elsewhere look words up here; nothing here is tied to one document. The cue verbs were
chosen from the reporting and attitude verbs of news English, checked against how often each
lemma heads an attribution in the PolNeAR train split (the dev split is only scored).
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


# --- attribution cues ---------------------------------------------------------------------

#: Verbs that introduce what someone says, writes, thinks or wants (lemma -> stance).
#: The stance says how the content stands after the cue: "report" passes it on, "confirm"
#: vouches for it, "deny" rejects it, "claim" flags it as contested, "think" is an attitude.
CUE_VERBS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "say tell write report add note state announce explain remark comment reply respond "
            "answer declare mention recall tweet post testify describe quote repeat "
            "reiterate stress emphasize emphasise underline caution warn predict forecast "
            "indicate signal suggest hint point acknowledge concede admit disclose reveal "
            "inform brief relay recount publish print write report learn hear cite assure "
            "promise pledge vow threaten urge ask demand insist argue contend maintain "
            "complain lament observe conclude estimate calculate project speculate tweet "
            "retweet boast brag joke quip shout yell scream whisper mutter declare proclaim "
            "continue counter retort add elaborate clarify specify detail outline summarize "
            "characterize call label brand dub describe question wonder"
        ),
        "report",
    ),
    **dict.fromkeys(words("claim allege accuse charge assert"), "claim"),
    **dict.fromkeys(words("confirm verify show find prove establish demonstrate"), "confirm"),
    **dict.fromkeys(words("deny reject refute dismiss dispute rebut contradict"), "deny"),
    **dict.fromkeys(
        words(
            "want plan intend wish seek promise pledge vow threaten urge demand refuse decline "
            "aim encourage push press"
        ),
        "intend",
    ),
    **dict.fromkeys(
        words(
            "think believe feel fear hope expect worry doubt know guess suspect assume "
            "understand realize recognize agree disagree acknowledge seem appear"
        ),
        "think",
    ),
}

#: Verbs of stance toward something (`criticized X`, `endorsed Y`, `talked about Z`): their
#: object is the content. PolNeAR counts them as attributions; claims do not chain them.
EVALUATION_CUES = words(
    "support criticize criticise endorse praise defend oppose propose back mention discuss "
    "denounce challenge attack mock applaud thank echo highlight slam blast condemn welcome "
    "question dismiss blame tout hail lambaste chide fault rebuke ridicule embrace "
    "favor favour prefer recommend advocate champion decry deplore lament bemoan see offer "
    "consider share raise express view"
)

#: Prepositional verbs of speech whose prepositional object is the content.
PREP_CUES: dict[str, frozenset[str]] = {
    "talk": frozenset({"about"}),
    "speak": frozenset({"about", "of"}),
    "refer": frozenset({"to"}),
    "point": frozenset({"to"}),
    "focus": frozenset({"on"}),
    "vote": frozenset({"for", "against"}),
    "call": frozenset({"for"}),
    "complain": frozenset({"about"}),
    "write": frozenset({"about"}),
    "comment": frozenset({"on"}),
    "testify": frozenset({"about"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "ask": frozenset({"about", "for"}),
}

#: Cues whose object is who is told (`warned the cabinet that`): in the passive, the subject is
#: the one told, not the teller.
ADDRESSEE_CUES = words("tell warn inform assure advise notify brief remind")
#: Verbs of saying whose plain object is what was said (`said that`, `told the truth`).
SAY_VERBS = words("say tell write report add state declare repeat ask")

#: Verbs that only count as cues when they have a clausal complement (`X knows that ...`),
#: never with a bare object (`X knows the city`).
CLAUSE_ONLY_CUES = words(
    "know understand realize recognize feel see find show learn hear agree continue call point "
    "question wonder add suggest expect hope fear"
)

#: Cue verbs that, with a noun object instead of a clause, do something rather than say it
#: (`declare a state of emergency`, `order an evacuation`, `call an election`, `published its
#: analysis`, `will ask EU leaders for an extension`): a claim.
ACT_CUES = words("declare proclaim order call publish ask demand")
#: ... and what announcing makes public, an act of its own (`announced the final results on
#: Thursday`), where `announced plans to` and `announced the death of` tell what it says.
PUBLISHED_NOUNS = words(
    "result figure winner verdict outcome cabinet budget shortlist response decision tariff "
    "sanction"
)
#: Cue verbs whose telling is itself an occasion the story waits for (`Delorme will testify
#: next week`, then `Delorme testified on Wednesday that ...`): a claim, whatever it says.
OCCASION_CUES = words("testify")
#: ... and so is telling the bodies that hear testimony (`told MPs on Wednesday that ...`,
#: `told the committee`), and appearing before them (`will appear before MPs on Wednesday`).
HEARING_BODIES = words(
    "mp mps lawmaker legislator senator congressman committee panel parliament congress senate"
)  # `MPs` is lemmatized either way

#: Verbs whose object noun phrase is itself the content (`denies the allegations`,
#: `confirmed the visit of X to Y`, `announced plans to ...`).
NP_CONTENT_CUES = words(
    "confirm deny reject refute dismiss dispute rebut announce report reveal disclose "
    "claim allege accuse charge"
)

#: Of those, the cues that, done to a person, act on them (`dismissed coach Jorge Vilda`,
#: `charged three people over his death`): no words of theirs are told.
ACTING_ON_PEOPLE_CUES = words("dismiss reject charge")
#: What is granted or refused (`denied clemency to Darnell Hayes`, `refused him bail`): a cue of
#: denial with one of these for its object withholds it, an act, and denies no one's words.
GRANTED_THINGS = words(
    "clemency bail parole pardon asylum permission entry access visa request application "
    "appeal licence license permit approval leave refuge extension waiver exemption"
)

#: Works one writes, which are made, not told (`would write a book`).
WRITTEN_WORKS = words("book memoir novel biography poem song play script essay column")

#: Nouns that name the source's words or a media document (`the material`, `the report`).
MEDIA_ANAPHORS = words(
    "publication newspaper paper outlet magazine material article edition agency "
    "broadcaster channel tabloid daily weekly"
)

# --- modality -------------------------------------------------------------------------------

#: Modality cues as (lemma, negated) -> modality. `negated` True means the cue counts only
#: under negation (`not ruled out` is possible; `not certain` is uncertain).
MODALITY_CUES: dict[tuple[str, bool], str] = {
    ("plan", False): "planned",
    ("intend", False): "planned",
    ("intention", False): "planned",  # `had no intention of resigning`
    ("intent", False): "planned",
    ("prepare", False): "planned",
    ("preparation", False): "planned",  # `preparations are under way to evacuate the town`
    ("suppose", False): "planned",  # `was supposed to be buried at the Northern Cemetery`
    ("promise", False): "planned",  # `vowed to win the second round`: a plan of the one who vows
    ("pledge", False): "planned",
    ("vow", False): "planned",
    ("agree", False): "planned",  # `agreed to buy Nordfisk`, with an infinitive only
    ("schedule", False): "expected",
    ("summon", False): "expected",
    ("expect", False): "expected",
    ("hope", False): "expected",  # `hoped to be back on track before next week`
    ("should", False): "expected",
    ("will", False): "expected",
    ("shall", False): "expected",
    ("due", False): "expected",
    ("set", False): "expected",
    ("call", False): "expected",  # `called a summit for April 10`, with an event and a day only
    ("convene", False): "expected",
    ("invite", False): "expected",  # `invited them to a meeting`, with an event only
    ("likely", False): "likely",
    ("probably", False): "likely",
    ("probable", False): "likely",
    ("may", False): "possible",
    ("might", False): "possible",
    ("could", False): "possible",
    ("can", False): "possible",
    ("possible", False): "possible",
    ("possibly", False): "possible",
    ("potential", False): "possible",
    ("potentially", False): "possible",
    ("perhaps", False): "possible",
    ("maybe", False): "possible",
    ("consider", False): "possible",
    ("rule", True): "possible",
    ("exclude", True): "possible",
    ("certain", True): "uncertain",
    ("clear", True): "uncertain",
    ("know", True): "uncertain",
    ("confirm", True): "uncertain",
    ("unclear", False): "uncertain",
    ("uncertain", False): "uncertain",
    ("unknown", False): "uncertain",
    ("unconfirmed", False): "uncertain",
    ("doubtful", False): "uncertain",
}

#: Cues of a promise: a plan of the one who makes it (`vowed to win the second round`); as
#: nouns only with what is promised (`a promise to send refugees home`, not `kept his promise`).
PROMISE_CUES = words("promise pledge vow")

#: Nouns whose `that` clause is supposed, not asserted (`the theory that the crew were alive`).
SUPPOSITION_NOUNS = words(
    "theory possibility hypothesis speculation suspicion hope fear chance prospect assumption "
    "suggestion"
)

#: When several modality cues apply, the strongest hedge wins (earlier is stronger).
MODALITY_STRENGTH = (
    "denied",
    "uncertain",
    "possible",
    "likely",
    "expected",
    "planned",
    "reported",
    "asserted",
)

#: Verbs that only carry modality or aspect; the predicate is their complement
#: (`plans to visit` -> visit; `agreed to come` -> come).
LIGHT_VERBS = words(
    "plan intend want wish hope expect try seek attempt agree decide prepare aim "
    "continue begin start going go be likely able set due schedule make suppose promise pledge vow"
)

#: Implicative verbs: their complement is the predicate, and it happened (True: `managed to
#: free the ship`) or did not (False: `failed to pull the ship off`, `neglected to file`).
IMPLICATIVE_VERBS: dict[str, bool] = {
    "manage": True,
    "succeed": True,
    "finish": True,  # `has finished handing over its weapons`
    "complete": True,
    "fail": False,
    "neglect": False,
}

#: Verbs that let or stop a happening (`would not allow the crash to be probed`): the
#: predicate is the happening, its clause complement, and the verb's negation stays with it.
PERMISSION_VERBS = words("allow let permit")
#: Verbs that call someone to a happening (`summoned him to appear on September 15`): the
#: predicate is the happening, due.
SUMMONING_VERBS = words("summon")
#: Verbs that bid someone do a thing (`ordered the military to shoot it down`): the predicate
#: is the thing bidden, planned.
DIRECTIVE_VERBS = words("order instruct direct command")
#: Verbs that bind their subject to do a thing (`agreed on Monday to buy Nordfisk`): the day
#: told with them is when it was bound, not when the thing is due.
COMMITTING_VERBS = words("agree promise pledge vow")

# `The sheriff has denied that`: what is denied is what was just told.
DEMONSTRATIVES = words("that this it")
#: Nouns for what someone alleged (`denies the allegations`): the denial targets the claim
#: made before.
ALLEGATION_NOUNS = words(
    "allegation accusation claim charge report rumour rumor assertion suggestion story speculation "
    "account version"
)

#: A party's part in a deed (`denied that its equipment was involved`, `denies any
#: responsibility`): denying it denies the blame told just before.
RESPONSIBILITY_WORDS = words(
    "involve involvement responsible responsibility blame fault wrongdoing culpable"
)

#: Words that call a report false (`reports that X are inaccurate`): the report's content is
#: denied.
FALSITY_WORDS = words(
    "false untrue inaccurate incorrect wrong baseless groundless unfounded fabricated fake "
    "bogus nonsense lie lies fiction hoax mistaken"
)

#: What a report is said not to match when it is called false (`the reports ... do not
#: correspond to reality`), and the verbs that say so.
REALITY_NOUNS = words("reality truth facts fact")
MATCHING_VERBS = words("correspond reflect match")

#: Nouns for an agreement, whose infinitive (`a deal to end the strike`) is what was agreed.
AGREEMENT_NOUNS = words("agreement deal accord arrangement compromise")

#: Verbs that frame an event noun subject (`the visit ... is not ruled out`, `the meeting may
#: take place`): the predicate is the noun's.
EVENT_FRAME_VERBS = words(
    "take be rule happen occur hold expect plan schedule set confirm postpone cancel announce "
    "begin start open end continue resume exclude come go run"
)

#: Verbs whose intransitive subject undergoes them as a transitive one's object does: `the
#: search would end` ends the search that `ended the search` does.
UNDERGOING_VERBS = words("begin start open close end finish stop halt resume continue")
#: Words of a change in amount: `profit would fall` is a fall in profit, `a 12% fall in annual
#: profit` is one too (its `in` names the thing).
CHANGE_WORDS = words("rise fall increase decrease drop decline climb jump grow shrink slump")

#: Nouns in -ing that name a thing, not the doing of their verb (see `claims._activity`).
THING_GERUNDS = words("building housing clothing painting dwelling ceiling setting filling")

#: Event nouns that carry a predicate (`the visit of X to Y`, `arms sales to Russia`).
EVENT_NOUNS: dict[str, str] = {
    "visit": "visit",
    "trip": "visit",
    "tour": "visit",
    "arrival": "arrive",
    "decision": "decide",
    "meeting": "meet",
    "summit": "meet",
    "debate": "debate",
    "talk": "discuss",
    "talks": "discuss",
    "negotiation": "negotiate",
    "negotiations": "negotiate",
    "sale": "sell",
    "sales": "sell",
    "supply": "supply",
    "supplies": "supply",
    "delivery": "deliver",
    "deliveries": "deliver",
    "shipment": "ship",
    "purchase": "buy",
    "acquisition": "acquire",
    "attack": "attack",
    "strike": "strike",
    "walkout": "strike",
    "stoppage": "strike",
    "invasion": "invade",
    "election": "elect",
    "agreement": "agree",
    "deal": "agree",
    "exercise": "exercise",
    "exercises": "exercise",
    "launch": "launch",
    "debut": "debut",  # `jumped 25% in their Nasdaq debut`, `scored on his debut`
    "listing": "list",
    "test": "test",
    "medical": "test",
    "examination": "test",
    "arrest": "arrest",
    "resignation": "resign",
    "death": "die",
    "crash": "crash",
    "cooperation": "cooperate",
    "condolence": "condole",
    "condolences": "condole",
    "appeal": "appeal",
    "lawsuit": "sue",
    "trial": "try",
    "landfall": "landfall",
    "ceasefire": "ceasefire",
    "truce": "ceasefire",
    "match": "play",
    "final": "play",  # `beat Manchester City in the Champions League final`
    "semifinal": "play",
    "quarterfinal": "play",
    "game": "play",
    "victory": "win",
    "win": "win",
    "hearing": "hear",
    "deliberation": "deliberate",
    "sentencing": "sentence",
    "vote": "vote",
    "referendum": "vote",
    "evacuation": "evacuate",
    "investigation": "investigate",
    "inquiry": "investigate",
    "probe": "investigate",
    "warning": "warn",
    "consultation": "consult",
    "consultations": "consult",
    "verdict": "rule",
    "ruling": "rule",
    "judgment": "rule",
    "judgement": "rule",
    "vaccination": "vaccinate",
    "immunization": "vaccinate",
    "immunisation": "vaccinate",
    "rescue": "rescue",
    "sighting": "spot",
    "cut": "cut",
    "layoff": "cut",
    "pressure": "pressure",
    "funeral": "bury",
    "burial": "bury",
    "memorial": "commemorate",
    "vigil": "commemorate",
    "commemoration": "commemorate",
}

#: Happenings a day's possessive dates for the timeline (`Tuesday's explosion`, `Sunday's
#: election`), with the predicate each stands for.
HAPPENING_NOUNS: dict[str, str] = {
    **EVENT_NOUNS,
    "explosion": "explode",
    "blast": "explode",
    "bombing": "bomb",
    "shooting": "shoot",
    "earthquake": "quake",
    "quake": "quake",
    "collapse": "collapse",
    "fire": "burn",
    "flood": "flood",
    "derailment": "derail",
}

#: Gaps short enough that what follows a happening by them is on its day (`crashed minutes
#: after taking off on Sunday`).
SHORT_GAPS = words("second moment minute hour")

#: Nouns of an effort that a compound names (`a vaccination campaign`, `the rescue operation`).
EFFORT_NOUNS = words("campaign drive operation effort programme program mission")

#: Ranks and offices written before a person's name (`Commander Anders Holt`, `Lt. Berg`).
PERSON_TITLES = words(
    "mr mrs ms dr professor prof commander cmdr captain capt lieutenant lt colonel col general "
    "gen major maj sergeant sgt admiral adm judge justice senator sen rep governor gov mayor "
    "minister president inspector detective chancellor ambassador bishop father sister "
    "secretary director manager coach chairman chairwoman spokesman spokeswoman chief officer "
    "attorney executive deputy commissioner sheriff"
)

#: Verbs that enter the event their `on` phrase names (`went on strike`, `put him on trial`,
#: `went on sale`): the event is the predicate.
ENTERING_VERBS = words("go put")
#: ... and those that join the event their `in` phrase names (`participated in the talks`; `take
#: part in` is read apart, its `part` an object).
JOINING_VERBS = words("participate")
#: ... and those that, with `behind`, tell who did it (`a foreign state was behind the attack`).
BEHIND_VERBS = words("be")
#: Verbs of a choice among named candidates: the one chosen is what they act on (`has chosen
#: Britain's Babcock`), so that another choice can be told apart.
CHOICE_VERBS = words("choose pick select")
#: What a rule comes into, or takes, when it begins to apply (`came into force`, `took effect`).
EFFECT_NOUNS = words("force effect operation")

#: `waived extradition at a hearing`, `spoke during the summit`: the event a happening is
#: told at took place.
SETTING_PREPOSITIONS = words("at during in")  # `voted in elections`: an event noun only
#: What a court finds someone (`found Delorme guilty`): the verdict, as the predicate.
PLEAS = words("guilty")  # `pleaded guilty`, `pleaded not guilty`
#: What one wins against the others (`won the Harlow Prize`): a contest with one winner, so
#: named as what is won even inside a name.
PRIZE_NOUNS = words("prize cup trophy title championship")  # not `medal`: there are three
VERDICT_WORDS = {"guilty": "convict", "innocent": "acquit", "liable": "convict"}
#: Verbs of coming together, whose `for` names the event they came to: `filled the church for
#: a memorial service` (where `called for a ceasefire` tells of none).
GATHERING_VERBS = words("fill gather assemble attend crowd pack throng")
#: Verbs of an outcome, whose object is the event they decide (`lost a vote of no confidence`).
OUTCOME_VERBS = words("win lose survive")
#: Whom one appears before in a court appearance (`appeared in court`, `before a judge`).
COURT_NOUNS = words("court courtroom judge magistrate tribunal")

#: Verbs whose result is the happening (`led to the arrest of`, `resulted in his death`), and
#: nouns that only report one (`led to official confirmation of his death`): the predicate is
#: the event noun's.
RESULT_VERBS: dict[str, str] = {"lead": "to", "result": "in"}
REPORT_NOUNS = words("confirmation announcement news report")
#: What is cited as a reason, not as a source (`citing an oil leak`, `citing security concerns`).
CITED_REASONS = words(
    "reason concern leak fault problem issue lack shortage failure difficulty risk threat "
    "need fear weather damage cost condition circumstance demand slowdown downturn "
    "competition pressure uncertainty"
)

#: Verbs that say little but that an event noun object happens (`offered his condolences`,
#: `carried out tests`, `paid a visit`, `passed a medical`): the predicate is the noun's.
SUPPORT_VERBS = words(
    "offer express convey extend pay make hold conduct carry file lodge launch undergo pass "
    "deliver hand reach issue receive get begin start open resume put exert pursue submit "
    "tender send"
)
#: Verbs that move an event to another time or place (`shifted its expected landfall north`,
#: `postponed the hearing to Friday`): the claim is the event, where and when it now is.
RESCHEDULE_VERBS = words("shift move push bring delay postpone reschedule advance")
#: Past tenses the small tagger takes for a present or a noun, with their lemma (`Hidalgo
#: [swam] in the Seine` would be a swimming now, of a verb `swam`).
MISTAGGED_PASTS = {
    "swam": "swim", "foresaw": "foresee", "forgave": "forgive", "leapt": "leap",
    "strove": "strive", "clung": "cling", "slunk": "slink", "resold": "resell",
}  # fmt: skip
#: Verbs that fix a time for the event their object names (`set a hearing for Monday`, `set a
#: five-day trial to begin on October 17`): the event is due then.
SCHEDULING_VERBS = words("set schedule call convene")  # `called a summit for April 10`
BEGINNING_VERBS = words("begin start")  # `began flowing again`: a resuming
#: What one is on when one is foreseen to do a thing (`on track to meet its target`).
COURSE_NOUNS = words("track pace course schedule")
#: What a plan was, in `a day later than expected` (a plan moved).
PLANNED_WORDS = words("expected planned scheduled announced promised")
#: Verbs that, done to people, free them (`will release 50 women and children`), whatever
#: else they do to things (`released its forecasts`).
SETTING_FREE_VERBS = words("release")
#: People held (`hostages`, `prisoners`): those a release frees.
HELD_PEOPLE = words("hostage prisoner captive detainee inmate")
GOING_FREE_VERBS = words("walk go")  # `walked free`: freed
#: Nouns of an amount of what follows `of` (`a total of 50 hostages`, `dozens of people`).
AMOUNT_NOUNS = words("total number group dozen hundred thousand handful majority")
#: Nouns of a stage of what follows `of` (`pushed back the start of production`): what is
#: begun or ended is the thing acted on, as in `will begin production`.
STAGE_NOUNS = words("start beginning end completion")
INVITING_VERBS = words("invite")  # `invited the leaders to a meeting on May 9`: the meeting
#: ... and those that move only in time, whatever they move (`postponed his fiscal statement`).
DELAY_VERBS = words("delay postpone reschedule") | {"push back", "put back"}
#: Verbs that call off or avert the event a noun names: `The visit was cancelled` tells that no
#: visit will be, not that one was (a scrubbed launch is put off, not called off).
CANCEL_VERBS = words("cancel scrap abandon withdraw drop avert") | {"call off", "stave off"}
#: Nouns of an aim a cancel verb gives up (`abandoned its plan to raise capital`): what was to be
#: done is the claim, told as not to be.
AIM_NOUNS = words("plan bid attempt effort proposal offer intention")
#: Nouns of an intention a party has (`has plans to sell`, `had no intention of resigning`):
#: what it intends is the claim, planned, and `no` says it is not to be.
INTENT_NOUNS = words("plan intention intent")
#: Verbs that rule on a request or vote on a text put to them (`rejected the appeal`,
#: `dismissed the lawsuit`, `rejected a Republican bill`): a decision that was taken, which
#: tells the request was made, not a denial of something said.
DECISION_VERBS = words("reject dismiss uphold grant")
REQUEST_NOUNS = words(
    "appeal request bid offer proposal application motion plea petition lawsuit suit complaint "
    "bill measure amendment resolution budget deal agreement settlement treaty demand nomination"
)
#: Verbs a source adds its own account with (`denied it, blaming a faulty power supply`).
BLAME_VERBS = words("blame cite attribute")

#: Places one arrives at (`reached the area`, `reached the Suez Canal`): reaching them is arriving.
DESTINATION_NOUNS = words(
    "area scene shore coast city town capital island border canal plant site port airport camp"
)

#: Words that make a place name a site (`Porokhovskoye cemetery`, `the port of Gdynia`) rather
#: than a town or region: a site and a town never conflict (the cemetery may be in the town).
SITE_WORDS = words(
    "cemetery airport airfield hospital port harbour harbor church cathedral square street "
    "palace base station stadium hotel university school prison embassy pier dock shipyard "
    "center centre building plant factory"
)

# A subject that is no one negates its verb (`nobody was hurt`, `no fuel has leaked`).
NO_ONE = words("nobody none nothing neither no")
# What a page says of itself (`Published June 28, 2023`, `Updated: 4:50 pm`): no event.
PAGE_VERBS = words("publish update")
#: A sentence set `in an undated image` or `in this photo` describes a picture: a caption,
#: whose words are what the picture shows, not what anyone claims.
PICTURE_NOUNS = words("image photo photograph screengrab")
#: A line opened by one of these and a colon (`WATCH: the sheriff speaks`, `READ MORE: ...`)
#: labels a link, a video or a picture on the page, not a report.
PAGE_LABELS = words("watch video photo photos picture gallery listen read related more see")
# A clause opened by these happens when its main clause does (`killed when it crashed`).
SAME_MOMENT_MARKS = words("as when while")
#: Marks of a clause that tells a past happening in passing (`after the Greens voted against
#: him`): a claim of its own.
PASSING_MARKS = words("when after")
#: ... and of a clause, also `as` (`lined the streets as she was buried`; a participle `as`
#: tells a role, `grounded as a precaution`, no happening) and `since` (`in liquidation since a
#: court ordered it wound up on January 29`).
CLAUSE_PASSING_MARKS = PASSING_MARKS | words("as since")
#: Participles that date the verb they hang on by its start: `notified starting on October 20`.
ONSET_PARTICIPLES = words("starting beginning")
#: General nouns for a thing and the kinds of it they may stand for, so that `divert vessels`
#: and `two container ships were diverted` tell of one thing. Kinds of one general noun are not
#: one another (a tugboat is no tanker); `craft` and `vessel` cover what sails under water too.
GENERAL_THEMES: dict[str, frozenset[str]] = {
    "vessel": words("ship boat tanker freighter trawler ferry yacht liner submarine submersible"),
    "craft": words("vessel ship boat submarine submersible aircraft plane helicopter"),
    "ship": words("vessel boat tanker freighter trawler ferry liner"),
    "boat": words("vessel ship trawler ferry yacht"),
    "aircraft": words("plane jet airliner helicopter"),
    "plane": words("aircraft jet airliner"),
    "jet": words("aircraft plane airliner"),
    "talks": words("negotiation negotiations"),
    "building": words("hospital school church mosque house hotel factory plant station tower"),
    "exchange": words("swap"),
    "fire": words("blaze wildfire inferno flames bushfire"),
    "equipment": words("weapon arm tank gun artillery vehicle gear"),
    "account": words("analysis review report findings explanation"),
    "report": words("analysis review findings study"),
    "weapon": words("arm gun rifle missile artillery"),
    "deal": words("takeover purchase acquisition buyout merger transaction"),
    "takeover": words("deal purchase acquisition buyout transaction"),
    "purchase": words("deal takeover acquisition buyout transaction"),
    "power": words("electricity supply"),  # `supply would be restored`, `power was restored`
    "electricity": words("power supply"),
    "bill": words("measure legislation law"),  # `would sign the bill`, `signed legislation`
    "legislation": words("bill measure law"),
    "measure": words("bill legislation"),
}
#: Adverbs the parser takes a phrasal verb's particle for (`walked [out] at the terminal`, `went
#: [ahead] on Thursday`).
PARTICLES = words("out off down up away back over ahead ashore")
# Verbs whose preposition makes another verb (`broke into its systems` is no breaking), and
# phrasal verbs whose particle the parser takes for a preposition (`switched off the alarm`).
PREPOSITIONAL_VERBS = frozenset(
    {("break", "into"), ("hack", "into"), ("switch", "off"), ("switch", "on"), ("shut", "off")}
)
#: Verbs that, done to a person, are hosting a visit (`Erdogan received Zelensky in Ankara`).
HOSTING_VERBS = words("receive welcome greet host")
#: Verbs of motion whose destination is the claim's place.
MOTION_VERBS = words("visit come go travel arrive fly head return move tour")

# --- entities -------------------------------------------------------------------------------

#: Well-known people: canonical name -> other spellings. Different people are different keys,
#: so similar names (Kim Jong-il, Kim Yo Jong) are never merged into one another.
KNOWN_PEOPLE: dict[str, tuple[str, ...]] = {
    "Kim Jong-un": ("Kim Jong Un", "Kim Jong-Un", "Kim Jong Eun", "Kim Jongun"),
    "Kim Jong-il": ("Kim Jong Il", "Kim Jong-Il", "Kim Jongil"),
    "Kim Il-sung": ("Kim Il Sung", "Kim Il-Sung"),
    "Kim Yo-jong": ("Kim Yo Jong", "Kim Yo-Jong"),
    "Vladimir Putin": ("Vladimir Vladimirovich Putin",),
    "Sergei Shoigu": ("Sergey Shoigu",),
    "Volodymyr Zelensky": ("Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelenskyy"),
    "Alexander Lukashenko": ("Aleksandr Lukashenko", "Alyaksandr Lukashenka"),
    "Xi Jinping": (),
    "Joe Biden": ("Joseph Biden", "Joseph R. Biden"),
    "Donald Trump": ("Donald J. Trump",),
    "Hillary Clinton": ("Hillary Rodham Clinton",),
    "Bill Clinton": ("William Clinton",),
}

#: Countries: canonical name -> other names and abbreviations that mean it.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "North Korea": ("DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"),
    "South Korea": ("Republic of Korea", "ROK"),
    "Russia": ("Russian Federation", "the Russian Federation"),
    "United States": (
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "the United States",
        "United States of America",
        "America",
    ),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "Ukraine": (),
    "China": ("PRC", "People's Republic of China"),
    "Japan": (),
    "Iran": ("Islamic Republic of Iran",),
    "Belarus": (),
    "France": (),
    "Germany": (),
    "Israel": (),
    "Turkey": ("Türkiye",),
    "India": (),
    "Syria": (),
    "Mexico": (),
    "Canada": (),
}

#: Demonyms (`North Korean leader`) -> the country they name.
DEMONYMS: dict[str, str] = {
    "North Korean": "North Korea",
    "South Korean": "South Korea",
    "Russian": "Russia",
    "American": "United States",
    "British": "United Kingdom",
    "Ukrainian": "Ukraine",
    "Chinese": "China",
    "Japanese": "Japan",
    "Iranian": "Iran",
    "Belarusian": "Belarus",
    "French": "France",
    "German": "Germany",
    "Israeli": "Israel",
    "Turkish": "Turkey",
    "Indian": "India",
    "Syrian": "Syria",
    "Mexican": "Mexico",
    "Canadian": "Canada",
}

#: Places and buildings that speak for a government (metonyms) -> the country they stand for.
SEATS_OF_POWER: dict[str, str] = {
    "Pyongyang": "North Korea",
    "Washington": "United States",
    "Moscow": "Russia",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Beijing": "China",
    "Seoul": "South Korea",
    "Tokyo": "Japan",
    "London": "United Kingdom",
    "Paris": "France",
    "Berlin": "Germany",
    "Tehran": "Iran",
    "Minsk": "Belarus",
    "Ankara": "Turkey",
    "Damascus": "Syria",
    "Kremlin": "Russia",
    "White House": "United States",
    "Pentagon": "United States",
    "State Department": "United States",
    "Downing Street": "United Kingdom",
    "Elysee": "France",
    "Élysée": "France",
    "Blue House": "South Korea",
    "Zhongnanhai": "China",
}

#: Seats that are buildings: they always speak for the government; capitals only when they act.
SEAT_BUILDINGS = frozenset(
    [
        "Kremlin",
        "White",
        "House",
        "Pentagon",
        "State",
        "Department",
        "Downing",
        "Street",
        "Elysee",
        "Élysée",
        "Blue",
        "House",
        "Zhongnanhai",
    ]
) | {"White House", "State Department", "Downing Street", "Blue House"}

#: News media: canonical name -> abbreviations and other names.
MEDIA: dict[str, tuple[str, ...]] = {
    "The New York Times": ("NYT", "New York Times", "the Times"),
    "The Washington Post": ("Washington Post", "WaPo"),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "Interfax": (),
    "TASS": ("ITAR-TASS",),
    "RIA Novosti": ("RIA",),
    "Reuters": (),
    "Bloomberg": (),
    "Associated Press": ("AP", "The Associated Press"),
    "Agence France-Presse": ("AFP",),
    "UNIAN": (),
    "Yonhap": (),
    "KCNA": ("Korean Central News Agency",),
    "BBC": (),
    "CNN": (),
    "Politico": (),
    "The Guardian": ("Guardian",),
    "Axios": (),
    "Kommersant": (),
    "Ukrainska Pravda": (),
}

#: Words in an organization's name that make it a news medium.
MEDIA_NAME_WORDS = words(
    "Times Post News Journal Herald Tribune Gazette Telegraph Guardian Press Agency TV Radio "
    "Daily Weekly Magazine Pravda Izvestia Wire Observer Chronicle Mirror Express Independent "
    "Bloomberg Reuters"
)

#: Role nouns that describe a person by office (`the North Korean leader`).
ROLE_NOUNS = words(
    "leader president minister chancellor premier king queen dictator chairman chairwoman "
    "secretary spokesman spokeswoman spokesperson ambassador envoy governor mayor general "
    "commander chief head senator"
)

#: People named by their part in what happened (`the crew`, `the passengers`): the crew of
#: what the document is about.
PARTY_NOUNS = words(
    "people person passenger crew crewmember victim member resident civilian soldier troop "
    "man woman child family official worker staff tourist diver pilot"
)
#: Nouns for people: who a claim is about is its participants, never the thing it tells of.
PEOPLE_NOUNS = PARTY_NOUNS | ROLE_NOUNS

#: Words that are not initials in an acronym (`Democratic People's Republic of Korea` -> DPRK).
ACRONYM_SKIP = words("of the and for 's in on de")

#: Entity labels analysis keeps as entities.
ENTITY_LABELS = words("PERSON ORG GPE LOC NORP FAC EVENT PRODUCT LAW WORK_OF_ART")
