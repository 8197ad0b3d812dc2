# Shared texts: the portal's name, navigation, dates and error pages.
# Terms (starting with -) are used inside other messages.

-portal = Citizen dialogue Hässelby-Vällingby
# intentionally-same
-district = Hässelby-Vällingby

# The name in the page header and at the end of every page title.
# intentionally-same
common-portal-name = { -portal }
# A link for keyboard users, first on the page, that skips the header.
common-skip-link = Skip to main content
common-nav-label = Main menu
common-nav-dialogues = All dialogues
common-nav-accessibility = Accessibility
common-language-label = Language
common-footer-owner = { -district } District Administration, City of Stockholm
common-footer-contact = Questions about the dialogues: hasselby-vallingby@stockholm.se or 08-508 00 508.
# What search engines show under the page's title (meta description); under 160 characters.
common-meta-description = Say what you think about what happens in { -district }: open dialogues, meetings and the citizen budget of the district administration, in seven languages.

# Dates. Fluent has no date function, so each locale says how a date is written.
# $day is the day of the month, $month the month's name below, $year the year.
# intentionally-same
common-date = { $day } { $month } { $year }
common-month-1 = January
common-month-2 = February
common-month-3 = March
common-month-4 = April
common-month-5 = May
common-month-6 = June
common-month-7 = July
common-month-8 = August
common-month-9 = September
common-month-10 = October
common-month-11 = November
common-month-12 = December

not-found-title = Page not found
not-found-text = We can't find the page you're looking for. It may have moved, or the address may be wrong.
not-found-link = Go to all dialogues

# Shown when the server refuses a request before the page could handle it.
error-page-title = Something went wrong
error-too-large = What you sent was too long. Please shorten your text and try again.
error-rate-limited = You've sent a lot in a short time. Please wait a moment and try again.
error-internal = Something went wrong on our side. Please try again in a little while.
# After a fault: the id that is also in the server log, for the help desk.
error-request-id = If you contact us, please quote the error reference { $id }.
error-back = Back to the home page
