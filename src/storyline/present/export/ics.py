"""iCalendar: each dated timeline entry as an all-day event, for any calendar program.

Plans are TENTATIVE, facts CONFIRMED; the sources go in the description. DTEND is exclusive in
iCalendar, so an entry of September 10-13 ends on the 14th.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from storyline import __version__
from storyline.present.views import chain_text, entry_dates, gather
from storyline.store import Store

__all__ = ["export_ics"]


def export_ics(store: Store, story_id: str | None) -> str:
    dossier = gather(store, story_id)
    calendar = Calendar()
    calendar.add("prodid", f"-//Storyline {__version__}//storyline//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", dossier.story.title if dossier.story else "Storyline dossier")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for record in dossier.timeline:
        entry = record.entry
        start, end = entry_dates(entry)
        if start is None:
            continue
        event = Event()
        event.add("uid", f"{entry.id}@storyline")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", (end or start) + timedelta(days=1))
        event.add("summary", ("Planned: " if entry.is_plan else "") + entry.summary)
        event.add("status", "TENTATIVE" if entry.is_plan else "CONFIRMED")
        sources = [
            f"{s.doc_id}: {s.sentence}" + (f" ({chain_text(s.attribution)})" * bool(s.attribution))
            for s in entry.sources
        ]
        event.add("description", f"{entry.value}\n" + "\n".join(sources))
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")
