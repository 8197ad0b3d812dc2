# Moderation beyond approve and reject: residents' reports of published views, redacting part
# of a text, views that need translating, and views received on paper, by phone or at a meeting.

# On the public dialogue page, under each published view: a small form to report it.
report-summary = Report this view
report-intro = Does this view break the rules for the dialogue? If so, a moderator will read it again.
report-reason = Why are you reporting it?
report-submit = Send report
report-thanks-title = Thank you for your report
report-thanks = A moderator will read the view again. It will stay on the page until then.
report-back = Back to the dialogue
report-error-rate = You've sent a lot of reports in a short time. Please wait a moment and try again.
report-error-gone = This view is no longer published.
# Shown to the public where a moderator has removed part of a view.
redacted-marker = [removed by a moderator]

# The moderation queue: reported views.
# $count is the number of published views that residents have reported.
staff-reported-count = { $count ->
    [0] No reported views.
    [one] One reported view.
   *[other] { $count } reported views.
}
staff-reported-as = Reported as
staff-report-dismiss = Keep published (dismiss the report)
staff-done-dismissed = The report has been dismissed. The view stays published.
staff-filter-reason = Reason
staff-filter-reason-hint = If you choose personal data, pending views that may contain personal data are also shown.

# Redacting a part of a view's text.
staff-redact = Redact part of the text
staff-redact-passage = Text to redact (copy exactly the part to be removed)
staff-redact-reason = Reason for redacting
staff-done-redacted = The part has been redacted for the public. The original text stays in the archive.
staff-error-passage = That text is not in the view. Copy exactly the part to be removed.
staff-view-public-version = This is how the text is shown to the public:

# Views in a language the moderator may not read.
staff-needs-translation = Needs translating
staff-mark-translation = Mark as needing translation
staff-done-translation = The view has been marked: it needs translating before it is reviewed.

# Views received on paper, by phone or at a meeting.
staff-view-channel = Channel
channel-web = Website
channel-paper = Paper
channel-phone = Phone
channel-meeting = Meeting
staff-nav-enter = Record a view
enter-title = Record a view received on paper, by phone or at a meeting
enter-intro = Enter the view as it was given. It is reviewed in the same way as views sent through the website.
enter-choose-submit = Continue
enter-channel = How was the view received?
enter-submit = Record the view
# $reference is the new view's reference number.
enter-done = The view has been recorded with reference number { $reference }.
enter-error-closed = This dialogue isn't accepting views at the moment.

audit-action-redact = Redacted part of a view
audit-action-report = A resident reported a view
audit-action-report-dismiss = Dismissed a report
audit-action-needs-translation = Marked for translation
audit-action-view-enter = Recorded a view from another channel

## The moderator's desk

staff-filter-heading = Filter the queue
staff-filter-submit = Show
staff-filter-translation = Only views that need translation
staff-queue-pages = Pages of the queue
staff-bulk-reject = Reject checked with the reason
# $reference: the view's reference number, so that each checkbox has its own name.
staff-bulk-select-one = Check { $reference }
staff-done-rejected-many = { $count ->
    [0] No view was checked.
    [one] One view was rejected.
   *[other] { $count } views were rejected.
}
staff-more = More
# What a highlighted passage looks like; shown in brackets before it, so that colour is not the only sign.
staff-personal-identity-number = Personal identity number
staff-personal-phone = Phone number
staff-personal-email = E-mail address
# A button that redacts one passage. $kind: what it looks like (Phone number); $passage: the text.
staff-redact-this = Redact { $kind }: { $passage }
# The staff bar: how many views wait, each a link to the queue.
staff-counts-label = The queue now
staff-count-pending = { $count ->
    [0] None waiting
    [one] One waiting
   *[other] { $count } waiting
}
staff-count-reported = { $count ->
    [0] None reported
    [one] One reported
   *[other] { $count } reported
}
staff-count-translation = { $count ->
    [0] None needs translation
    [one] One needs translation
   *[other] { $count } need translation
}
# A second moderator was too late. $who: an e-mail address; $action: what was done; $when: date and time.
staff-decided-by = Decided by { $who }: { $action }, { $when }.

## The desk with JavaScript: one key per action, and the name redacted in one action

# A button that redacts the name a view was sent with. $name: the name.
staff-redact-name = Redact the name: { $name }
# Beside a name a moderator has redacted.
staff-name-redacted = redacted, not shown to the public
staff-keys-heading = Keyboard shortcuts
staff-keys-intro = The keys work only when focus is in the queue, and not while you type in a field. Nothing needs them: every button stays.
staff-keys-toggle = Use keyboard shortcuts
# Each follows a key shown before it (J, K, A, R, M).
staff-keys-next = next view
staff-keys-previous = previous view
staff-keys-approve = approve the view
staff-keys-reject = reject with the reason chosen in the view
staff-keys-redact = redact the first highlighted passage
# Read aloud when a key moves to a view. $position and $total: numbers; $reference: the view's reference.
staff-keys-at = View { $position } of { $total }: { $reference }
staff-keys-end = There are no more views on this page.
staff-keys-nothing = This view has nothing highlighted to redact.
staff-desk-failed = This could not be saved here. The page reloads.
