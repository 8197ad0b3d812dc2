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
# intentionally-same
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
# intentionally-same
export-format = Format
export-csv = CSV (opens in Excel)
# intentionally-same
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
participation-total-withheld = The number is withheld to protect those who took part.
participation-languages = Language
participation-ages = Age
participation-areas = Area
participation-people = Views
participation-rule = Groups of fewer than 5 are not shown as numbers, to protect the people in them. Rejected views are not counted.

audit-action-export-full = Full export

# The open-data page: the read-only API for anyone who wants the data.
opendata-nav = Open data
opendata-title = Open data
opendata-intro = The dialogues, the published views and the summaries of who took part are open data, for anyone who wants to examine, count or build something of their own. The interface is a read-only API answering in JSON.
opendata-endpoints = What you can fetch
opendata-endpoint-dialogues = Every published dialogue, with its texts in each language, dates, participation level, who decides, and the feedback once given.
opendata-endpoint-dialogue = One dialogue.
opendata-endpoint-views = A dialogue's published views, page by page (the cursor parameter), filtered by language (lang) and date (from, to).
opendata-endpoint-summary = The summary of who took part in a closed dialogue.
opendata-reference = Reference (from the API description)
opendata-description = The API's description (OpenAPI 3.1)
opendata-licence-heading = Terms
opendata-licence-figures = The summaries and the dialogues' facts may be used freely, without conditions (CC0 1.0).
opendata-licence-texts = Residents' views are public records. Only those whose writers agreed to publication are here, moderated and with personal data redacted. Quote them freely, but do not use them to map individual people.
opendata-limits = Small numbers are protected as in the reports (fewer than 5). Many requests from one address in a short time are slowed down.
