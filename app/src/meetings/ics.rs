//! iCalendar (RFC 5545) for meetings: one file per meeting, and the feed of all upcoming
//! meetings that residents subscribe to. Times carry the `Europe/Stockholm` zone with its rules,
//! so a calendar anywhere shows the meeting at the right moment. A change raises `SEQUENCE`;
//! a cancelled meeting stays in the file with `STATUS:CANCELLED`, so calendars that subscribed
//! remove it or mark it, rather than keep a meeting that will not happen.

use chrono::{DateTime, NaiveDateTime, Utc};

use super::model::Meeting;
use super::service::to_meeting;
use crate::db::entities::meeting;

/// One meeting as a calendar event: its dialogue's title in the reader's language, where and
/// how, and the link back to the dialogue.
pub struct Event {
    pub meeting: meeting::Model,
    pub title: String,
    /// The address of the dialogue page, in the reader's language.
    pub url: String,
    /// The lines of the description, already in the reader's language.
    pub description: Vec<String>,
    /// Where: the venue and address, or the online link.
    pub location: String,
}

/// The rules of Stockholm's zone since 1996 (EU summer time): what a calendar needs to read
/// `TZID=Europe/Stockholm` without its own zone database.
const STOCKHOLM: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Stockholm\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// A calendar holding `events`, named `name`. `host` makes the events' UIDs unique worldwide.
pub fn calendar(name: &str, host: &str, events: &[Event]) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Stockholms stad//Medborgardialog//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push(&mut out, line);
    }
    push(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    push(&mut out, "X-WR-TIMEZONE:Europe/Stockholm");
    out.push_str(STOCKHOLM);
    for event in events {
        write_event(&mut out, host, event);
    }
    push(&mut out, "END:VCALENDAR");
    out
}

fn write_event(out: &mut String, host: &str, event: &Event) {
    let m: Meeting = to_meeting(&event.meeting);
    push(out, "BEGIN:VEVENT");
    push(out, &format!("UID:meeting-{}@{host}", m.id));
    push(out, &format!("DTSTAMP:{}", utc(event.meeting.updated_at)));
    push(out, &format!("SEQUENCE:{}", m.sequence));
    push(
        out,
        &format!("DTSTART;TZID=Europe/Stockholm:{}", wall(m.starts)),
    );
    push(
        out,
        &format!("DTEND;TZID=Europe/Stockholm:{}", wall(m.ends)),
    );
    push(out, &format!("SUMMARY:{}", escape(&event.title)));
    push(out, &format!("LOCATION:{}", escape(&event.location)));
    push(out, &format!("URL:{}", event.url));
    push(
        out,
        &format!("DESCRIPTION:{}", escape(&event.description.join("\n"))),
    );
    let status = if m.cancelled {
        "CANCELLED"
    } else {
        "CONFIRMED"
    };
    push(out, &format!("STATUS:{status}"));
    push(out, "END:VEVENT");
}

/// A UTC time as iCalendar writes it.
fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A wall-clock time as iCalendar writes it (the zone is in `TZID`).
fn wall(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Adds a content line, folded at 75 octets without splitting a character (RFC 5545 3.1).
fn push(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_within_75_octets_and_text_is_escaped() {
        let mut out = String::new();
        push(
            &mut out,
            &format!("SUMMARY:{}", escape(&"Å, ä; ö\\".repeat(20))),
        );
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert!(unfolded.starts_with("SUMMARY:Å\\, ä\\; ö\\\\Å"));
    }
}
