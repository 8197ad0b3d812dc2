# The form where a resident sends a view, and its error messages.

form-heading = Have your say
form-intro = Answer one or more of the questions. Everything else is optional. Please don't include personal identity numbers, phone numbers or email addresses in your answers.
form-general = Anything else you'd like to say?
form-about-you = About you (optional)
form-about-you-help = Your answers help us see who has had their say. They are never shown alongside your view.
form-name = Name to show with your view
form-name-help = Leave this blank to stay anonymous.
form-age = Age
form-gender = Gender
form-area = Where you live or spend your time
form-not-answered = Prefer not to answer
age-under-13 = Under 13
age-13-17 = 13 to 17
age-18-29 = 18 to 29
age-30-49 = 30 to 49
age-50-64 = 50 to 64
age-65-79 = 65 to 79
age-80-plus = 80 or over
gender-woman-girl = Woman or girl
gender-man-boy = Man or boy
gender-another = Other
gender-prefer-not-to-say = Prefer not to say

# The areas of the district a resident may say they live in (place names are not translated).
# intentionally-same
home-area-hasselby-gard = Hässelby gård
# intentionally-same
home-area-hasselby-strand = Hässelby strand
# intentionally-same
home-area-hasselby-villastad = Hässelby villastad
# intentionally-same
home-area-grimsta = Grimsta
# intentionally-same
home-area-kalvesta = Kälvesta
# intentionally-same
home-area-nalsta = Nälsta
# intentionally-same
home-area-racksta = Råcksta
# intentionally-same
home-area-vinsta = Vinsta
# intentionally-same
home-area-vallingby = Vällingby
home-area-elsewhere = Somewhere else
home-area-prefer-not-to-say = Prefer not to say
form-lang = The language you're writing in
form-consent = My view may be published on this page
form-consent-help = We only publish views that follow our rules. All views are public records, and the district reads them even if they are not published.
# A field that people never see; robots fill it in. Read out only if styles fail to load.
form-honeypot = Leave this field empty
form-submit = Send your view
form-sending = Sending…
form-sent-heading = Thank you! We've received your view.
# $reference is the view's reference number.
form-sent-reference = Reference number: { $reference }
form-sent-receipt-link = See your receipt

form-error-summary = Your view has not been sent. Please correct the highlighted fields:
form-error-empty = Please answer at least one question.
# $max is the greatest number of characters the field takes.
form-error-too-long = This text is too long. Please use no more than { $max } characters.
form-error-not-a-choice = Please choose one of the options in the list.
form-error-honeypot = The field “Leave this field empty” must be left empty.
form-error-missing-key = This form has expired. Please reload the page and send your view again.
form-error-not-open = This dialogue isn't accepting views at the moment.
form-error-rate-limited = You've sent a lot of views in a short time. Please wait a moment and try again.
form-error-internal = Something went wrong on our side and your view wasn't saved. Please try again in a little while.
form-error-network = We couldn't reach the server. Please check your connection and try again. Your view will only be saved once.
