# Status: machine-drafted, not yet reviewed by a native speaker.
# Shared texts: the portal's name, navigation, dates and error pages.
# Terms (starting with -) are used inside other messages.
# Lule Sami note: -district is only used before a noun (in the genitive position,
# e.g. "Hässelby-Vällingby stádaoasseháldadus"), where the name is not inflected.

-portal = Hässelby-Vällingby viesádijdialåvggå
# intentionally-same
-district = Hässelby-Vällingby

# The name in the page header and at the end of every page title.
# intentionally-same
common-portal-name = { -portal }
# A link for keyboard users, first on the page, that skips the header.
common-skip-link = Mana njuolgga sisadnuj
common-nav-label = Oajvvemenijja
common-nav-dialogues = Gájkka dialåvgå
# "Anedahttevuohta" (from anedahtte, usable) is used here for accessibility;
# a reviewer may prefer another established term.
common-nav-accessibility = Anedahttevuohta
common-language-label = Giella
common-footer-owner = { -district } stádaoasseháldadus, Stockholma stáda
common-footer-contact = Gatjálvisá dialåvgåj birra: hasselby-vallingby@stockholm.se jali 08-508 00 508.
# What search engines show under the page's title (meta description); under 160 characters.
# Machine draft, not reviewed by a native speaker.
common-meta-description = Javla mij duv mielas le dan birra mij dáhpáduvvá { -district } stádaoasen: háldadusá rabás dialåvgå, tjåhkanime ja viesátbudsjæhtta, gietjav gielan.

# Dates. Fluent has no date function, so each locale says how a date is written.
# $day is the day of the month, $month the month's name below, $year the year.
# Lule Sami writes the month in the genitive, then the day and "biejve" (day),
# e.g. "ådåjakmáno 5. biejve 2025". So the month names below are genitive forms.
common-date = { $month } { $day }. biejve { $year }
common-month-1 = ådåjakmáno
common-month-2 = guovvamáno
common-month-3 = sjnjuktjamáno
common-month-4 = vuoratjismáno
common-month-5 = moarmesmáno
common-month-6 = biehtsemáno
common-month-7 = sjnjilltjamáno
common-month-8 = bårggemáno
common-month-9 = ragátmáno
common-month-10 = gålgådismáno
common-month-11 = basádismáno
common-month-12 = javllamáno

not-found-title = Bielle ij gávnnu
not-found-text = Ep gávna bielev majt åtså. Dat máhttá liehket ietjá sajen, jali adræssa l boasstot.
not-found-link = Gájkka dialåvgåjda

# Shown when the server refuses a request before the page could handle it.
error-page-title = Juoga manáj boasstot
error-too-large = Dat majt sáddiji, lij ilá stuorre. Oaneda tevstav ja gæhttjala vas.
error-rate-limited = La sáddim moadda bále oanes ájgen. Vuorde binnáv ja gæhttjala vas.
error-internal = Juoga manáj boasstot mijá bielen. Gæhttjala vas binnáv maŋŋela.
# After a fault: the id that is also in the server log, for the help desk.
# Machine draft, not reviewed by a native speaker.
error-request-id = Jus válldá aktavuodav mijájn, subtsasta mäddodahtjujuhusáv { $id }.
error-back = Ruopptot álggobælláj
