# Shared texts: the portal's name, navigation, dates and error pages.
# Terms (starting with -) are used inside other messages.

-portal = Medborgardialog Hässelby-Vällingby
-district = Hässelby-Vällingby

# The name in the page header and at the end of every page title.
common-portal-name = { -portal }
# A link for keyboard users, first on the page, that skips the header.
common-skip-link = Hoppa till innehållet
common-nav-label = Huvudmeny
common-nav-dialogues = Alla dialoger
common-nav-accessibility = Tillgänglighet
common-language-label = Språk
common-footer-owner = { -district } stadsdelsförvaltning, Stockholms stad
common-footer-contact = Frågor om dialogerna: hasselby-vallingby@stockholm.se eller 08-508 00 508.
# What search engines show under the page's title (meta description); under 160 characters.
common-meta-description = Säg vad du tycker om det som händer i { -district }: öppna dialoger, möten och medborgarbudget från stadsdelsförvaltningen, på sju språk.

# Dates. Fluent has no date function, so each locale says how a date is written.
# $day is the day of the month, $month the month's name below, $year the year.
common-date = { $day } { $month } { $year }
common-month-1 = januari
common-month-2 = februari
common-month-3 = mars
common-month-4 = april
common-month-5 = maj
common-month-6 = juni
common-month-7 = juli
common-month-8 = augusti
common-month-9 = september
common-month-10 = oktober
common-month-11 = november
common-month-12 = december

not-found-title = Sidan finns inte
not-found-text = Vi hittar inte sidan du letar efter. Den kan ha flyttats, eller så är adressen fel.
not-found-link = Till alla dialoger

# Shown when the server refuses a request before the page could handle it.
error-page-title = Något gick fel
error-too-large = Det du skickade var för stort. Korta texten och försök igen.
error-rate-limited = Du har skickat många gånger på kort tid. Vänta en stund och försök igen.
error-internal = Något gick fel hos oss. Försök igen om en stund.
# After a fault: the id that is also in the server log, for the help desk.
error-request-id = Om du kontaktar oss, ange felreferensen { $id }.
error-back = Tillbaka till startsidan
