# Beyond the screen: meetings (residents' list, the dialogue page, calendar files, the editor's
# form) and the print kit (posters with QR codes, paper response forms, short codes).
# Machine-assisted draft, not reviewed by a native speaker.

common-nav-meetings = Meetings
editor-meetings = Meetings
editor-print = Posters and forms
audit-action-meeting-create = Added a meeting
audit-action-meeting-edit = Changed a meeting
audit-action-meeting-cancel = Cancelled a meeting
report-dimension-meeting = Meeting
enter-meeting = Which meeting?
enter-meeting-none = Choose a meeting
enter-code = Code from the paper form
enter-code-help = Five characters, for example K7M2Q. The code is at the top of the form.
enter-code-unknown = No published dialogue has that code. Check the code on the form.
enter-code-submit = Find the dialogue

## Meetings

meeting-error-time = Write a time as HH:MM, for example 18:00.
meeting-error-times-order = The end must be after the start.
# intentionally-same
# $date is a date written out ("3 December 2026"), $start and $end are times (18:00).
meeting-when = { $date }, { $start }–{ $end }
meeting-online = Online meeting
meeting-sign-language = Swedish Sign Language
meeting-interpreting-none = No interpreter
meeting-step-free = Step-free access to the venue
meeting-hearing-loop = Hearing loop
meeting-access-none = No accessibility information
meeting-registration-yes = Sign up beforehand with the contact person
meeting-registration-no = No need to sign up, come when you like
meeting-languages = Languages at the meeting
meeting-interpreting = Interpreting
meeting-access = Accessibility
meeting-registration = Signing up
meeting-contact = Contact
meeting-cancelled = This meeting is cancelled.
# $date and $time: when the meeting was first planned.
meeting-moved = This meeting has moved. It was first planned for { $date } at { $time }.
meeting-link = Link to the meeting
meeting-where = Place
meeting-calendar = Add to your calendar (.ics)
meeting-section = Meetings
meeting-all = All meetings
meeting-list-title = Meetings
meeting-list-intro = These are the coming meetings where you can meet us and say what you think. Views from the meetings count the same as views from the web.
meeting-list-empty = There are no coming meetings at the moment.
meeting-feed = Subscribe to all meetings in your calendar
meeting-feed-help = Add the link as a calendar subscription. New, moved and cancelled meetings then show in your calendar.
meeting-scheduled = Planned
meeting-when-label = Time
meeting-status = Status
# $title: the dialogue's title.
meeting-edit-title = Meetings: { $title }
meeting-edit-intro = Meetings are shown on the dialogue's page and in the list of all meetings. A meeting is never deleted: cancel it instead, so that everyone sees it will not take place.
meeting-done-saved = The meeting is saved.
meeting-done-cancelled = The meeting is cancelled.
meeting-new = Add a meeting
meeting-versions = Versions
# intentionally-same
meeting-version = Version
meeting-change = Change
meeting-changed-at = When
meeting-cancel-heading = Cancel the meeting
meeting-cancel-help = The meeting stays, shown as cancelled on the pages and in calendars.
meeting-cancel = Cancel the meeting
meeting-back = Back to the meetings
meeting-date = Date (YYYY-MM-DD)
meeting-start = Starts (HH:MM)
meeting-end = Ends (HH:MM)
meeting-online-choice = The meeting is online
meeting-online-help = Then write the link to the meeting. No venue or address is needed.
meeting-place = Area
meeting-place-none = Choose an area
meeting-venue = Venue
meeting-address = Address
meeting-registration-choice = Signing up is needed
meeting-save = Save the change
meeting-add = Add the meeting
# The title of a meeting in a calendar. $title: the dialogue's title.
meeting-event-title = Meeting: { $title }

## Print kit

# Read by screen readers for the QR code. $url: the address it holds.
print-qr-label = QR code for { $url }
# $from and $to: dates written out.
print-opens = Have your say from { $from } to { $to }
# $date: the last day to take part.
print-until = Have your say by { $date }
# $title: the dialogue's title.
print-poster-title = Poster: { $title }
print-ways = How to have your say
print-way-web = On the web:
print-way-web-text = Scan the QR code with your phone or type the address.
print-way-paper = On paper:
print-way-paper-text = Ask for a form at the library, at a meeting place or from the contact person.
print-way-phone = By phone:
# $phone: the contact's phone number.
print-way-phone-text = Call { $phone } and tell us what you think.
print-way-meetings = At meetings:
print-multi-heading = Poster in several languages
print-multi-submit = Show the poster
# $code: the dialogue's short code (five characters).
print-code = Code: { $code }
print-form-title = Form: { $title }
# $date: the last day to take part.
print-form-intro = Write your answers and hand in the form by { $date }. You do not have to answer everything. We type your answers into the portal, and they are checked like all other views.
print-form-post = I want to hear the outcome by letter
# $name and $email: the dialogue's contact.
print-form-return = Hand in the form to { $name } or send questions to { $email }.
print-kit-title = Posters and forms: { $title }
print-kit-unpublished = Publish the dialogue first. The posters and forms show the published dialogue.
print-kit-poster = Poster
print-kit-form = Form
print-kit-address = Short address
# $code: the dialogue's short code.
print-kit-code = The dialogue's code is { $code }. It is on the forms and in the short addresses; type it on the entry page to find the dialogue.
print-kit-intro = Print a poster and forms in each language. The QR code leads to the dialogue in the poster's language.
print-kit-languages = Languages
