# Participation reports, exports, and the summary on a closed dialogue's page.

report-nav = Reports
report-title = Participation
report-period-summary = Views received from { $from } to { $to }, in every dialogue.
report-period-invalid = Write the dates as YYYY-MM-DD, the first no later than the last. The report shows this year so far.
report-from = From
report-to = To
report-show = Show
report-dialogue-heading = Participation:
report-dialogue-title = Participation: { $title }
report-dialogue-period = The dialogue was open from { $from } to { $to }.
report-total = { $count ->
    [one] { $count } view in total.
   *[other] { $count } views in total.
}
report-total-few = Fewer than 5 views in total.
report-rule = Small numbers protect people: a count under 5 is shown as “fewer than 5”, and where it could be worked out from the total, another figure is withheld too.
report-print-hint = Print this page (A4) to attach it to a report to the district council.
report-dimension-status = Status
report-dimension-language = Language
report-dimension-channel = Channel
report-dimension-age = Age
report-dimension-gender = Gender
report-dimension-area = Area
report-dimension-question = Questions
report-dimension-day = Views per day
report-dimension-dialogue = Dialogue
report-col-views = Views
report-col-answered = Answered
report-total-row = Total
report-fewer-than-5 = fewer than 5
report-withheld = withheld
report-not-answered = Not answered
report-earlier-text = Free text (before the list)
report-status-pending = Awaiting moderation
report-status-published = Published
report-status-rejected = Rejected
report-status-hidden = Hidden
report-summary-largest = Largest: { $label }, { $count } of { $total }.
report-summary-most-answered = Most answered: { $label }, { $count } of { $total } views.
report-summary-busiest-day = Most views came on { $label }: { $count } of { $total }.
report-summary-too-few = Too few views to show more.
report-days-table = The figures per day

export-heading = Export views
export-public-help = The open export holds published views whose writers agreed to publication, as everyone sees them (with redactions), with the name the writer chose to show and no other personal data.
export-format = Format
export-csv = CSV (opens in Excel)
export-json = JSON
export-public-submit = Download the open export
export-full-heading = Full export (administrators)
export-full-help = Holds every view, rejected and pending ones too, with the original text under redactions and the voluntary facts. The export is recorded in the log with who and why.
export-reason = Why are you exporting?
export-reason-help = For example “request for public documents” and its reference number.
export-full-submit = Download the full export

participation-heading = Who took part
participation-total = { $count ->
    [one] { $count } view came in.
   *[other] { $count } views came in.
}
participation-total-few = Fewer than 5 views came in.
participation-languages = Language
participation-ages = Age
participation-areas = Area
participation-people = Views
participation-rule = Groups of fewer than 5 are not shown as numbers, to protect the people in them. Rejected views are not counted.

audit-action-export-full = Full export
