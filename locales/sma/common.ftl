# Status: machine-drafted, not yet reviewed by a native speaker.
# Shared texts: the portal's name, navigation, dates and error pages.
# Terms (starting with -) are used inside other messages.
# South Sami note: a place name takes its case ending straight after the term,
# e.g. { -district }n is the genitive "Hässelby-Vällingbyn" (Hässelby-Vällingby's).

# "Medborgardialog" is rendered as "govlesadteme årrojigujmie" (dialogue with the residents).
-portal = Hässelby-Vällingbyn govlesadteme årrojigujmie
# intentionally-same
-district = Hässelby-Vällingby

# The name in the page header and at the end of every page title.
# intentionally-same
common-portal-name = { -portal }
# A link for keyboard users, first on the page, that skips the header.
common-skip-link = Mïnnh sisvegasse
common-nav-label = Åejviemeny
common-nav-dialogues = Gaajhkh govlesadtemh
common-nav-accessibility = Jaksoesvoete
common-language-label = Gïele
common-footer-owner = { -district }n staaredajvereereme, Stockholmen staare
common-footer-contact = Gyhtjelassh govlesadtemi bïjre: hasselby-vallingby@stockholm.se jallh 08-508 00 508.
# What search engines show under the page's title (meta description); under 160 characters.
# Machine draft, not reviewed by a native speaker.
common-meta-description = Jiehtieh maam tuhtjh dan bïjre mij { -district }sne deahpede: staaredajvereeremen rïhpes govlesadtemh, tjåanghkoeh jïh årrojebudsjedte, tjïjhtje gïeline.

# Dates. Fluent has no date function, so each locale says how a date is written.
# $day is the day of the month, $month the month's name below, $year the year.
# South Sami writes the month first, in the genitive, then the day followed by "b." (day):
# "suehpeden 4.b. 2026" (4 May 2026). So the month names below are genitive forms.
common-date = { $month } { $day }.b. { $year }
common-month-1 = tsïengelen
common-month-2 = goevten
common-month-3 = njoktjen
common-month-4 = voerhtjen
common-month-5 = suehpeden
common-month-6 = ruffien
common-month-7 = snjaltjen
common-month-8 = mïetsken
common-month-9 = skïereden
common-month-10 = golken
common-month-11 = rahkan
common-month-12 = goeven

not-found-title = Sæjroe ij gååvnesh
not-found-text = Ibie gaavnh dam sæjroem maam ohtsh. Dïhte kaanne lea sertiestovveme, jallh adresse ij leah rïektes.
not-found-link = Gaajhkide govlesadtemidie

# Shown when the server refuses a request before the page could handle it.
error-page-title = Naakede båajhtode sjïdti
error-too-large = Dïhte maam seedtih lij fer stoerre. Tjaalegem åeniehkåbpoe darjoeh jïh pryövh vihth.
error-rate-limited = Datne leah gellien aejkien seedteme åenehks tïjjesne. Vuertieh ånnetji jïh pryövh vihth.
error-internal = Naakede båajhtode sjïdti mijjen luvnie. Pryövh vihth ånnetji mænngan.
# After a fault: the id that is also in the server log, for the help desk.
# Machine draft, not reviewed by a native speaker.
error-request-id = Jis mijjine govlesjidh, vuesehth fiejlegevuesiehtimmiem { $id }.
error-back = Bååstede åejviesæjrose
