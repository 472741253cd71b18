"""The TIMEX3 tagger: seed expressions, ranges, vague periods, numeric dates, durations, sets,
and bad input (empty, huge, adversarial, malformed DCT)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from storyline.analyze import timex as timex_module
from storyline.analyze.timex import parse_dct, tag_timexes
from storyline.errors import InputError
from storyline.model import Document, Timex

ARTICLE_DCT = "2023-09-04T21:53"
NOTE_DCT = "2023-09-11"


def find(timexes: list[Timex], text: str) -> Timex:
    """The timex whose text is `text` (or contains it), failing with what was found."""
    for t in timexes:
        if t.text == text:
            return t
    for t in timexes:
        if text in t.text:
            return t
    raise AssertionError(f"{text!r} not tagged; found {[t.text for t in timexes]}")


def tag(text: str, dct: str = ARTICLE_DCT) -> list[Timex]:
    return tag_timexes(text, dct)


# --- the seed page -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def article(seed_article_doc: Document) -> list[Timex]:
    return tag_timexes(seed_article_doc.text, ARTICLE_DCT)


@pytest.fixture(scope="module")
def note(seed_note_doc: Document) -> list[Timex]:
    return tag_timexes(seed_note_doc.text, NOTE_DCT)


@pytest.mark.parametrize(
    ("text", "type_", "value", "mod", "start", "end"),
    [
        ("September", "DATE", "2023-09", None, "2023-09-01", "2023-09-30"),
        ("September 10-13", "DATE", "2023-09-10", None, "2023-09-10", "2023-09-13"),
        ("the 25th to the 27th", "DATE", "2023-07-25", None, "2023-07-25", "2023-07-27"),
        ("April 2022", "DATE", "2022-04", None, "2022-04-01", "2022-04-30"),
        ("September 4", "DATE", "2023-09-04", None, "2023-09-04", "2023-09-04"),
        ("July", "DATE", "2023-07", None, "2023-07-01", "2023-07-31"),
    ],
)
def test_seed_article(article, text, type_, value, mod, start, end):
    t = find(article, text)
    assert (t.type, t.value, t.mod, t.start, t.end) == (type_, value, mod, start, end)


def test_seed_article_several_months_now_is_a_vague_duration(article):
    t = find(article, "several months")
    assert (t.type, t.value, t.start, t.end) == ("DURATION", "PXM", None, None)


def test_seed_article_offsets_point_into_the_text(seed_article_doc, article):
    for t in article:
        assert seed_article_doc.text[t.start_char : t.end_char] == t.text


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("the end of July", "2023-07", "END"),
        ("June", "2023-06", None),
        ("2020", "2020", None),
        ("early November 2022", "2022-11", "START"),
        ("the end of December 2022", "2022-12", "END"),
        ("September 5, 2022", "2022-09-05", None),
        ("September 10-13", "2023-09-10", None),
    ],
)
def test_seed_note(note, text, value, mod):
    t = find(note, text)
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_seed_note_vague_references(note):
    coming = find(note, "the coming days")
    assert coming.value == "FUTURE_REF"
    assert coming.start is not None and coming.start > NOTE_DCT
    other = find(note, "The other day")
    assert other.value == "PAST_REF"
    assert other.end is not None and other.end < NOTE_DCT


def test_end_of_july_overlaps_the_25th_to_the_27th(article, note):
    """Shoigu's trip must be mergeable on the timeline: the two intervals overlap."""
    trip = find(article, "the 25th to the 27th")
    end_of_july = find(note, "the end of July")
    assert end_of_july.start <= trip.start and trip.end <= end_of_july.end


def test_that_same_day_is_the_day_in_focus_and_nothing_without_one():
    text = "The plane crashed on August 23. Earlier that day, he met officials. That same day..."
    assert [(t.text, t.value) for t in tag(text, "2023-08-30")] == [
        ("August 23", "2023-08-23"),
        ("that day", "2023-08-23"),
        ("That same day", "2023-08-23"),
    ]
    assert tag("That same day the talks ended.", "2023-08-30") == []


def test_the_week_of_a_date_is_that_week():
    [week] = tag("a court hearing the week of March 6, the lawyer said", "2000-02-24")
    assert (week.text, week.value, week.start, week.end) == (
        "the week of March 6",
        "2000-W10",
        "2000-03-06",
        "2000-03-12",
    )


# --- tense of year-less months and weekdays ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The leader plans to visit Russia in September.", "2023-09-04", "2023-09"),
        ("In June, Bloomberg wrote that supplies resumed.", "2023-09-11", "2023-06"),
        ("The minister met him on Monday.", "2023-09-06", "2023-09-04"),
        ("The minister will meet him on Monday.", "2023-09-06", "2023-09-11"),
        ("The dividend is payable Jan. 2 to holders of record.", "1989-11-02", "1990-01-02"),
        ("He was arrested in December.", "2024-02-10", "2023-12"),
        ("They met last Friday.", "2023-09-08", "2023-09-01"),
        ("The talks continue next Friday.", "2023-09-08", "2023-09-15"),
        # `could` before a verb looks ahead; denied or perfect, it is the past of `can`
        ("The slick could reach the coast by Friday, experts said.", "2010-04-29", "2010-04-30"),
        ("Police could not confirm on Tuesday that he died.", "2010-04-29", "2010-04-27"),
        ("Neither he nor his aides could be located Wednesday.", "2000-01-06", "2000-01-05"),
        # a participle that modifies a noun tells no tense; the clause's verb does
        ("They clashed on Tuesday in their only scheduled debate.", "2024-09-11", "2024-09-10"),
        ("They shifted its expected landfall to Wednesday.", "2025-09-09", "2025-09-10"),
    ],
)
def test_tense_decides_the_year_or_week(text, dct, value):
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("They would look for ways around Wednesday's ruling.", "2000-01-07", "2000-01-05"),
        ("After Monday's talks, he left.", "2000-01-07", "2000-01-03"),
        ("Markets were calm ahead of Friday's vote.", "2000-01-04", "2000-01-07"),
    ],
)
def test_a_possessive_weekday_is_past_unless_a_word_puts_it_ahead(text, dct, value):
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Over the years the club has won many cups.", ["PXY"]),
        ("Most damage was done in the first days of the flood.", ["PXD"]),
        ("Rents climbed during the months that followed.", []),
        ("He was seen there in the weeks before the fire.", []),
        ("They left in the early hours of the morning.", []),
    ],
)
def test_the_plural_of_a_unit_after_a_preposition_is_a_vague_duration(text, values):
    assert [t.value for t in tag(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The driver, in his 40s, was unhurt.", []),
        ("Both sisters are in their late twenties.", []),
        ("Prices rose through the 1970s.", ["197"]),
    ],
)
def test_a_decade_after_a_possessive_is_an_age(text, values):
    assert [t.value for t in tag(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the shares were priced at the then current rate", "PAST_REF"),
        ("under the then-current rules", "PAST_REF"),
        ("under the current rules", "PRESENT_REF"),
    ],
)
def test_then_current_is_a_past_reference(text, value):
    assert [t.value for t in tag(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Thousands joined the annual March for Peace downtown.", []),
        ("She led the March of the Silent Mothers.", []),
        ("He resigned in March for family reasons.", ["2023-03"]),
        ("The law passed in March of 2021.", ["2021-03"]),
    ],
)
def test_march_before_a_name_is_a_walk_not_the_month(text, values):
    assert [t.value for t in tag(text, "2023-09-04")] == values


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a month within a quarter of the DCT is the nearest one, whatever the tense
        (
            "It said it would extend the offer, due to expire last Thursday, to Nov. 6.",
            "1989-10-30",
            "1989-11-06",
        ),
        ("The increased dividend will be paid Dec. 14.", "1989-10-26", "1989-12-14"),
        # farther off, a past clause takes the month before the DCT
        ("The plant was closed in March for repairs.", "1989-11-02", "1989-03"),
        ("It had revenue of $76 million for the year ended March 31.", "1989-10-31", "1989-03-31"),
        # a cue after a comma belongs to another clause
        (
            "A block of shares issued July 1, which will receive partial dividends.",
            "1989-10-27",
            "1989-07-01",
        ),
    ],
)
def test_year_of_a_month_near_the_dct(text, dct, value):
    assert tag(text, dct)[-1].value == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Paribas said Monday that it intends to bid for the stake.", "1989-10-27", "1989-10-23"),
        ("Horsley said on Friday that he would seek a new provider.", "1999-02-06", "1999-02-05"),
        ("The sale is scheduled to close Monday.", "1989-10-27", "1989-10-30"),
    ],
)
def test_a_reporting_verb_next_to_a_weekday_puts_it_in_the_past(text, dct, value):
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The talks are set to resume Monday in Belfast.", "1998-03-22", "1998-03-23"),
        ("The team planned to leave Nairobi on Thursday.", "1998-09-30", "1998-10-01"),
        ("He could be sent back to Cuba as early as Tuesday.", "2000-04-03", "2000-04-04"),
        (
            "The father would be traveling to the United States Thursday.",
            "2000-04-05",
            "2000-04-06",
        ),
    ],
)
def test_a_plan_or_an_intention_puts_a_weekday_ahead(text, dct, value):
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a cue in a clause that follows (`saying ... would`, `that ... could`) is not the weekday's
        (
            "The three countries issued a joint statement Friday saying their entry would help.",
            "1999-03-13",
            "1999-03-12",
        ),
        (
            "He ignored warnings from Moscow on Thursday that air strikes could split the allies.",
            "1998-02-13",
            "1998-02-12",
        ),
        # `could` is as often the past of `can` as a possibility
        (
            "His grandparents could not be located Wednesday in their hometown.",
            "2000-01-06",
            "2000-01-05",
        ),
        # a sentence that opens with the expression has its verb after the comma
        ("In January, American Medical brought in a new chief executive.", "1989-10-27", "1989-01"),
    ],
)
def test_the_clause_of_the_expression_decides_its_tense(text, dct, value):
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        (
            "On Thursday, the Association of Retired Teachers and Nurses plans to march.",
            "2021-05-10",
            "2021-05-13",
        ),
        (
            "On Thursday, the Association of Retired Teachers, Nurses and Doctors met again.",
            "2021-05-10",
            "2021-05-06",
        ),
    ],
)
def test_a_fronted_weekday_takes_the_verb_after_a_long_subject(text, dct, value):
    """`and` or a comma inside the subject does not end the clause the weekday opens."""
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        (
            "The council postponed until Thursday its vote on the budget.",
            "2022-06-14",
            "2022-06-16",
        ),
        (
            "The judge gave the defence until 5 p.m. Friday to file its papers.",
            "2022-06-14",
            "2022-06-17T17:00",
        ),
        # without a deferral, `until` says nothing: the past tense decides
        ("The shop stayed open until Saturday.", "2022-06-14", "2022-06-11"),
        # a deadline still running lies ahead, one that ran out behind
        ("The Commission has until August 4 to decide.", "2025-03-20", "2025-08-04"),
        ("Investors had until August 4 to tender.", "2025-03-20", "2024-08-04"),
        # `to` right before the date moves it ahead; `to` of an infinitive says nothing
        ("The speaker postponed the vote to Friday.", "2025-10-15", "2025-10-17"),
        ("The launch has been moved to Saturday.", "2026-04-16", "2026-04-18"),
        ("Bidders extended their offers to acquire the firm Friday.", "1989-10-30", "1989-10-27"),
    ],
)
def test_until_after_a_deferral_puts_the_deadline_ahead(text, dct, value):
    assert tag(text, dct)[-1].value == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Crews expected to have the fire contained by Friday.", "2025-08-11", "2025-08-15"),
        ("The fire was contained by Friday.", "2025-08-11", "2025-08-08"),
        (
            "Gunmen kidnapped aid workers of Hope Without Borders on Sunday.",
            "2025-09-15",
            "2025-09-14",
        ),
    ],
)
def test_a_participle_before_by_or_a_name_in_the_sentence_tells_no_tense(text, dct, value):
    assert tag(text, dct)[-1].value == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The day before last Friday's match, the coach resigned.", "2021-03-10", "2021-03-04"),
        ("She flew home the day after March 2.", "2021-03-10", "2021-03-03"),
        ("They will vote the day after next Monday.", "2021-03-10", "2021-03-16"),
    ],
)
def test_the_day_before_or_after_a_named_day_is_one_timex(text, dct, value):
    assert [(t.type, t.value) for t in tag(text, dct)] == [("DATE", value)]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # `resigned` after `who` is a verb in the past, as strong as `was`
        (
            "He replaces Ann Lee, who resigned as chair, treasurer and secretary in February.",
            "2021-10-20",
            "2021-02",
        ),
        # an `-ed` adjective says nothing: February stays the one ahead
        (
            "The board holds its long-delayed annual general meeting in February.",
            "2021-10-20",
            "2022-02",
        ),
    ],
)
def test_an_ed_verb_after_its_subject_pronoun_is_a_strong_past_cue(text, dct, value):
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The fair runs on June 11 and 12 in the old town.", ["2023-06-11", "2023-06-12"]),
        ("Polls open on Oct. 3 or 4, and 5 parties take part.", ["2023-10-03", "2023-10-04"]),
        # only a date that ends in its day lends its month
        ("He met them on Friday and 25 others on Monday.", ["2023-09-01", "2023-09-04"]),
        ("Between 10 and 25 people were hurt.", []),
    ],
)
def test_a_bare_day_joined_to_a_date_takes_its_month(text, values):
    assert [t.value for t in tag(text, "2023-09-04")] == values


def test_a_time_of_day_takes_the_weekday_after_its_time_zone():
    found = tag("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08")
    assert find(found, "10:35").value == "1998-08-07T10:35"


def test_an_initial_ends_no_sentence_and_next_to_is_a_place():
    """`U.S. users` keeps `would` in the weekday's sentence; `next to` tells no tense."""
    text = "TikTok would shut down its app for U.S. users on Sunday, two people said on Wednesday."
    assert find(tag(text, "2025-01-15"), "Sunday").value == "2025-01-19"
    text = "More than 100 people were killed in blasts next to the U.S. embassies on Friday."
    assert find(tag(text, "1998-08-08"), "Friday").value == "1998-08-07"


def test_a_time_of_day_takes_the_date_after_its_local_time():
    found = tag("It will touch down at 6:04 pm India time on August 23.", "2023-08-17")
    assert find(found, "6:04").value == "2023-08-23T18:04"
    found = tag("It will land at 6 p.m. Moscow time on Wednesday.", "2023-08-17")
    assert find(found, "6 p.m.").value == "2023-08-23T18:00"


def test_a_time_of_day_takes_the_day_in_focus_only_within_its_paragraph():
    text = (
        "Today he was buried. On August 23, his jet crashed, the agency said at 5 p.m.\n"
        "The ceremony had finished by 4 p.m. local time."
    )
    found = tag(text, "2023-08-29")
    assert find(found, "5 p.m.").value == "2023-08-23T17:00"
    assert find(found, "4 p.m.").value == "2023-08-29T16:00"


def test_the_day_a_span_runs_to_puts_no_day_in_focus():
    text = (
        "Congress passed a bill late on Saturday to keep the government open until November 17."
        "\n\nPresident Joe Biden signed it shortly before midnight."
    )
    assert find(tag(text, "2023-09-30"), "midnight").value == "2023-09-30T24:00"


# --- ranges, vague periods, numeric and ISO dates, times -----------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value", "start", "end"),
    [
        ("from 25 to 27 July", "2023-09-04", "2023-07-25", "2023-07-25", "2023-07-27"),
        ("in 1990-91", "1995-01-01", "1990", "1990-01-01", "1991-12-31"),
        ("on 25/12/2022", "2023-09-04", "2022-12-25", "2022-12-25", "2022-12-25"),
        ("on 9/4/2023", "2023-09-04", "2023-09-04", "2023-09-04", "2023-09-04"),
        ("on 4.9.2023", "2023-09-04", "2023-09-04", "2023-09-04", "2023-09-04"),
        ("dated 2023-09-04", "2020-01-01", "2023-09-04", "2023-09-04", "2023-09-04"),
        ("the 1990s", "2023-09-04", "199", "1990-01-01", "1999-12-31"),
        ("the third quarter of 1998", "2023-09-04", "1998-Q3", "1998-07-01", "1998-09-30"),
        ("fiscal 1998", "2023-09-04", "1998", "1998-01-01", "1998-12-31"),
        ("the summer of 1998", "2023-09-04", "1998-SU", "1998-06-01", "1998-08-31"),
        ("last week", "2023-09-04", "2023-W35", "2023-08-28", "2023-09-03"),
        ("two years ago", "2023-09-04", "2021", "2021-01-01", "2021-12-31"),
        ("yesterday", "2023-09-04", "2023-09-03", "2023-09-03", "2023-09-03"),
        ("the 20th century", "2023-09-04", "19", "1900-01-01", "1999-12-31"),
        ("Christmas", "2023-12-01", "2023-12-25", "2023-12-25", "2023-12-25"),
    ],
)
def test_dates(text, dct, value, start, end):
    t = tag(text, dct)[-1]
    assert (t.type, t.value, t.start, t.end) == ("DATE", value, start, end)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("sales fell between 1985 and 1987", ["1985", "1987"]),
        ("he was cited twice from 1991 to 1997", ["1991", "1997"]),
    ],
)
def test_year_ranges_in_words_are_two_timexes_as_in_timebank(text, values):
    assert [t.value for t in tag(text)] == values


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("early November 2022", "2022-11", "START"),
        ("at the end of December 2022", "2022-12", "END"),
        ("in mid-1996", "1996", "MID"),
        ("late 1990s", "199", "END"),
        ("earlier this year", "2023", "START"),
    ],
)
def test_vague_periods(text, value, mod):
    t = tag(text)[-1]
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at 10:35 a.m. EST Friday", "2023-09-01T10:35"),
        ("just before 7:10 a.m. ET September 6", "2023-09-06T07:10"),  # a one-letter zone
        ("at 5 p.m.", "2023-09-04T17:00"),
        ("stamped 2023-09-04T21:53Z", "2023-09-04T21:53"),
        ("this morning", "2023-09-04TMO"),
        ("last night", "2023-09-03TNI"),
    ],
)
def test_times(text, value):
    t = tag(text, "2023-09-04")[-1]
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("for three months", "P3M", None),
        ("for several months now", "PXM", None),
        ("a decade", "P10Y", None),
        ("2 1/2 years", "P2Y6M", None),
        ("five-hour", "PT5H", None),
        ("about an hour", "PT1H", "APPROX"),
        ("more than four hours", "PT4H", "MORE_THAN"),
        ("the past three months", "P3M", None),
    ],
)
def test_durations(text, value, mod):
    t = tag(text)[-1]
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("after their second day-long session", "P1D"),
        ("an end to the weeks-long standoff", "PXW"),
        ("a decades-long rivalry between the clubs", "PXDE"),
        ("a two-hour-long hearing", "PT2H"),
    ],
)
def test_a_unit_long_adjective_is_a_duration(text, value):
    """`day-long` is the length of its noun, as `two-day` is; a plural unit is a vague one."""
    assert [(t.type, t.value) for t in tag(text)] == [("DURATION", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("after three days of questioning", "P3D"),
        ("turning its back on 210 years of loyalty", "P210Y"),
        ("revenue for the first nine months of the year", "P9M"),
    ],
)
def test_durations_before_of(text, value):
    t = tag(text)[0]
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It returned to profit after several quarters of decline.", ["PXQ"]),
        ("Three quarters of the members voted yes.", []),
    ],
)
def test_a_vague_count_of_quarters_is_a_duration_not_a_fraction(text, values):
    assert [t.value for t in tag(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "accounting for more than a quarter of the market",
        "Iraq imports about three-quarters of its food",
        "A second group of directors",
        "it will be a second betrayal",
    ],
)
def test_fractions_and_ordinals_are_not_durations(text):
    assert tag(text) == []


def test_anchored_duration_has_the_interval_up_to_the_dct():
    t = tag("over the past three months")[-1]
    assert (t.start, t.end) == ("2023-06-04", "2023-09-04")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("weekly", "P1W"),
        ("daily", "P1D"),
        ("every Thursday", "XXXX-WXX-4"),
        ("each July", "XXXX-07"),
        ("every two weeks", "P2W"),
        ("twice a year", "P1Y"),
    ],
)
def test_sets(text, value):
    t = tag(text)[-1]
    assert (t.type, t.value, t.start, t.end) == ("SET", value, None, None)


@pytest.mark.parametrize(
    "text", ["travelling at 49 miles per hour", "15 million instructions per second"]
)
def test_a_speed_is_no_time(text):
    assert tag(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("the future", "FUTURE_REF"),
        ("recently", "PAST_REF"),
        ("the other day", "PAST_REF"),
        ("in recent years", "PAST_REF"),
        ("in recent days", "PAST_REF"),
        ("its current financial difficulties", "PRESENT_REF"),
    ],
)
def test_references(text, value):
    t = tag(text)[-1]
    assert (t.type, t.value) == ("DATE", value)


def test_the_current_quarter_is_still_a_quarter():
    assert [t.value for t in tag("with the current quarter begun", "1989-10-26")] == ["1989-Q4"]


def test_words_that_only_look_like_dates_are_left_alone():
    text = "She may march in. The 6-year-old boy. Shares rose 2.5% to 1,995. It fell to 2082.1."
    assert tag(text) == []


def test_ages_are_not_durations():
    assert tag("a 52-year-old man and a 6-year-old") == []


# --- bad input -------------------------------------------------------------------------------


def test_empty_text():
    assert tag_timexes("", ARTICLE_DCT) == []


def test_without_dct_relative_expressions_stay_unresolved():
    found = tag_timexes("In September, on Monday, on September 5, 2022.", None)
    assert [t.value for t in found] == ["XXXX-09", "XXXX-XX-XX", "2022-09-05"]


def test_dates_that_do_not_exist_give_no_timex():
    assert tag("on February 30, 2023 and on 31/02/2023") == []


def test_absurd_years_are_not_years():
    assert tag("in 12345 and in 99999999") == []


def test_dct_forms():
    assert parse_dct("2023-09-04") == dt.datetime(2023, 9, 4)
    assert parse_dct("2023-09-04T21:53") == dt.datetime(2023, 9, 4, 21, 53)
    assert tag_timexes("yesterday", dt.date(2023, 9, 4))[0].value == "2023-09-03"
    assert tag_timexes("yesterday", dt.datetime(2023, 9, 4, 8))[0].value == "2023-09-03"


@pytest.mark.parametrize(
    "bad",
    ["", "yesterday", "2023-13-01", "2023-02-30", "04/09/2023", "2023-09-04T25:00", "2023-9-4"],
)
def test_malformed_dct_is_a_clear_input_error(bad):
    with pytest.raises(InputError, match="document creation time"):
        parse_dct(bad)
    with pytest.raises(InputError):
        tag_timexes("on Monday", bad)


def test_text_must_be_a_string():
    with pytest.raises(InputError):
        tag_timexes(None, ARTICLE_DCT)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "chunk",
    [
        "1 ",
        "the ",
        "early ",
        "1-",
        "September ",
        "a ",
        " " * 7,
        "12/",
        "between 1999 and ",
        "the past three ",
        "more than ",
        "1990-",
        "Monday, ",
        "of the ",
    ],
)
def test_adversarial_strings_finish_quickly(chunk):
    """No catastrophic backtracking: 50 KB of a repeated grammar piece tags in linear time."""
    text = chunk * (50_000 // len(chunk))
    started = time.perf_counter()
    tag_timexes(text, ARTICLE_DCT)
    assert time.perf_counter() - started < 15


def test_megabytes_of_text_are_tagged():
    text = "On September 4, it became known that the visit took place in July. " * 40_000
    started = time.perf_counter()
    found = tag_timexes(text, ARTICLE_DCT)
    assert len(found) == 80_000
    assert time.perf_counter() - started < 60


def test_fast_path_equals_trying_every_rule_everywhere(seed_article_doc, seed_note_doc):
    """The trigger-word shortcut must give exactly what trying each rule at each position
    gives (a missing trigger or opener word would lose timexes)."""
    text = (
        seed_article_doc.text
        + "\n"
        + seed_note_doc.text
        + (
            "\nthe year-earlier quarter, year-end, 60 Minutes, the 1990s, '90s, nineteen "
            "ninety-six, 10:35 a.m., a while, some time, Mondays, fiscal 1989, FY98, mid-afternoon,"
            " as soon as possible, the first half of 1990, tonight, overnight, half a year,"
            " the current market, three days of talks, between 1985 and 1987, 1990-91,"
            " the corresponding period last year, last year's quarter, the quarter a year ago"
        )
    )
    reference, pos = [], 0
    for start in range(len(text)):
        if start >= pos and (found := timex_module._match_at(text, start)) is not None:
            reference.append(found[0].span())
            pos = found[0].end()
    assert [m.span() for m, _ in timex_module._matches(text)] == reference


# --- financial reports: the quarter a report is about ---------------------------------------


def values(text: str, dct: str = "1989-11-01") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_the_latest_quarter_is_the_reported_one_not_a_later_aside():
    text = (
        "Third-quarter net rose. A fourth-quarter charge will follow. Lines fell in the "
        "latest quarter, from $6 million a year ago."
    )
    assert values(text, "1989-11-02")[-2:] == [
        ("the latest quarter", "1989-Q3"),
        ("a year ago", "1988-Q3"),
    ]


def test_an_aside_on_an_earlier_quarter_keeps_the_reported_one():
    text = (
        "Kimberly-Clark posted a gain in third-quarter net. After a flat second quarter, it "
        "cited charges in the year-earlier period. In the 1989 period also, rates fell."
    )
    assert values(text)[-2:] == [
        ("the year-earlier period", "1988-Q3"),
        ("the 1989 period", "1989-Q3"),
    ]


def test_a_later_report_names_its_own_quarter():
    text = (
        "Delta's earnings soared in the fiscal first quarter. Separately, America West "
        "reported third-quarter profit rose from $4 million a year earlier."
    )
    assert values(text, "1989-10-26")[-1] == ("a year earlier", "1988-Q3")


@pytest.mark.parametrize(
    "phrase",
    [
        "the year-ago quarter",
        "the corresponding period last year",
        "last year's quarter",
        "the quarter a year ago",
        "the same period a year earlier",
    ],
)
def test_the_year_ago_quarter_is_the_reported_quarter_a_year_back(phrase):
    text = f"Coast's third-quarter earnings for the quarter ended Sept. 30 beat {phrase}."
    assert values(text)[-1] == (phrase, "1988-Q3")


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("a minute and a half later, a pilot called", "DURATION", "PT1M30S"),
        ("it will not change for a couple of years", "DURATION", "P2Y"),
        ("rates may fall in coming weeks", "DURATION", "PXW"),
        ("to pay investors in the weeks ahead", "DURATION", "PXW"),
        ("equipment to buy in the coming years", "DURATION", "PXY"),
        ("Islam will one day be the second religion", "DATE", "FUTURE_REF"),
        ("the talks lasted one day", "DURATION", "P1D"),
    ],
)
def test_durations_and_vague_futures(text, type_, value):
    t = tag(text, "1998-01-14")[-1]
    assert (t.type, t.value) == (type_, value)


def test_quoted_titles_are_not_times():
    text = "Baker said on ABC's \"This Week\" and on CBS's ``60 Minutes'' this week."
    assert values(text, "1991-02-25") == [("this week", "1991-W09")]


def test_a_quarter_to_quarter_comparison_names_no_quarter():
    assert tag("The quarter-to-quarter comparison was enhanced.", "1989-11-01") == []


def test_a_year_earlier_than_the_first_nine_months_is_a_year():
    text = (
        "Third-quarter net rose from $4 million a year earlier. In the first nine months, "
        "net was $30 million, compared with $25 million a year earlier."
    )
    assert [v for _, v in values(text)] == ["1989-Q3", "1988-Q3", "P9M", "1988"]


@pytest.mark.parametrize(
    "text",
    [
        "It had been due to expire Friday evening.",
        "The offer previously had been scheduled to expire at midnight Friday.",
    ],
)
def test_a_plan_in_the_past_perfect_is_past(text):
    assert tag(text, "1989-10-30")[-1].value.startswith("1989-10-27")


def test_a_plan_in_the_present_perfect_is_still_ahead():
    assert values("The vote has been scheduled for Friday.", "1989-10-30") == [
        ("Friday", "1989-11-03")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Power would be fully restored by Friday, the utility said.", "2025-09-19"),
        ("The evacuation orders take effect on Tuesday at noon.", "2025-09-16T12:00"),
        ("The evacuation orders took effect on Tuesday at noon.", "2025-09-09T12:00"),
    ],
)
def test_a_schedule_and_a_passive_with_an_adverb_keep_their_tense(text, value):
    """Said on Monday 2025-09-15: `would be fully restored` is ahead (the adverb does not
    make `restored` a past tense), and so is what `takes effect`."""
    assert tag(text, "2025-09-15")[0].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ceasefire took effect at noon on Sunday.", "2025-04-20T12:00"),
        ("The ceasefire will take effect at noon on Sunday.", "2025-04-27T12:00"),
    ],
)
def test_noon_on_a_weekday_is_one_time(text, value):
    [found] = tag(text, "2025-04-21")
    assert (found.text, found.value) == ("noon on Sunday", value)


def test_a_time_of_day_keeps_the_day_ahead_in_focus_across_a_paragraph():
    ahead = "Unions will march on Saturday.\n\nThe march will start at noon."
    assert [t.value for t in tag(ahead, "2026-09-14")] == ["2026-09-19", "2026-09-19T12:00"]
    past = "Unions marched on Saturday.\n\nThe minister spoke at noon."
    assert [t.value for t in tag(past, "2026-09-21")] == ["2026-09-19", "2026-09-21T12:00"]


@pytest.mark.parametrize("text", ["Posted 7: 21 AM", "at 19 p.m.", "at 9:75 on Monday"])
def test_a_clock_that_does_not_exist_is_no_time(text):
    assert not any(t.type == "TIME" for t in tag_timexes(text, "2010-09-10"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Limits could end no earlier than June 21.", "2021-06-21"),  # a bound, no past
        ("Reilly will take charge for Wednesday's cup match.", "2021-02-24"),
        ("Dahl will watch Saturday's match from the stands.", "2021-02-27"),
        ("He would look for ways around Wednesday's ruling.", "2021-02-17"),
        ("He will appeal Friday's verdict.", "2021-02-19"),
    ],
)
def test_a_possessive_day_owning_an_event_ahead_is_the_coming_one(text, value):
    [found] = tag_timexes(text, "2021-02-22")
    assert found.value == value


def test_a_modal_far_back_in_the_same_clause_still_looks_ahead():
    """`would cut gas flows through ... to 20% of its capacity from Wednesday`: `to 20%` is a
    figure, no clause, and the `would` of its clause says the coming Wednesday."""
    text = (
        "Gazprom said on Monday it would cut gas flows through the Nord Stream 1 pipeline to 20% "
        "of its capacity from Wednesday, because another turbine needed repairs."
    )
    assert find(tag(text, "2022-07-25"), "Wednesday").value == "2022-07-27"


def test_later_in_the_current_period_starts_after_the_dct() -> None:
    (week,) = tag("The mission will arrive there later this week.", "2022-08-29")
    assert (week.value, week.start, week.end) == ("2022-W35", "2022-08-30", "2022-09-04")
    (late,) = tag("They will meet late this year.", "2022-08-29")
    assert (late.start, late.end) == ("2022-09-01", "2022-12-31")  # the last third, as before


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ban could last until the autumn.", "2025-FA"),  # `last` the verb, no past
        ("The ban will last until autumn.", "2025-FA"),  # a bare season after `until`
        ("The reservoirs had recovered by spring.", "2025-SP"),
        ("Last autumn was dry.", "2024-FA"),
    ],
)
def test_a_season_follows_its_clause_and_last_after_a_modal_is_a_verb(text, value):
    [found] = tag_timexes(text, "2025-07-14")
    assert found.value == value


@pytest.mark.parametrize(
    "text", ["The judge set a trial date of January 12.", "The judge set the trial for January 12."]
)
def test_a_day_set_for_a_thing_lies_ahead(text):
    [found] = tag_timexes(text, "2025-06-09")
    assert found.value == "2026-01-12"
