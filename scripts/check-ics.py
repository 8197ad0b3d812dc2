#!/usr/bin/env python3
"""Reads an iCalendar file on stdin with `icalendar` (a parser that is not ours) and prints its
events as JSON, times in UTC, so that the tests check what a calendar would show."""
import json
import sys
from datetime import timezone

import icalendar

calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    if start.tzinfo is None or end.tzinfo is None:
        sys.exit("an event without a time zone")
    events.append(
        {
            "uid": str(event["UID"]),
            "sequence": int(event.get("SEQUENCE", 0)),
            "status": str(event.get("STATUS", "")),
            "start": start.astimezone(timezone.utc).isoformat(),
            "end": end.astimezone(timezone.utc).isoformat(),
            "tzid": str(event["DTSTART"].params.get("TZID", "")),
            "summary": str(event["SUMMARY"]),
            "location": str(event.get("LOCATION", "")),
            "url": str(event.get("URL", "")),
            "description": str(event.get("DESCRIPTION", "")),
        }
    )
json.dump({"name": str(calendar.get("X-WR-CALNAME", "")), "events": events}, sys.stdout)
