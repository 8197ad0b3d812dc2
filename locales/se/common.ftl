# Status: machine-drafted, not yet reviewed by a native speaker.

# Shared texts: the portal's name, navigation, dates and error pages.
# Terms (starting with -) are used inside other messages.

# "Ássiiddialoga" = residents' dialogue (ássit = residents), for "Medborgardialog".
-portal = Ássiiddialoga Hässelby-Vällingby
# intentionally-same
-district = Hässelby-Vällingby

# The name in the page header and at the end of every page title.
# intentionally-same
common-portal-name = { -portal }
# A link for keyboard users, first on the page, that skips the header.
common-skip-link = Njuike sisdollui
common-nav-label = Váldofállu
common-nav-dialogues = Buot dialogat
common-nav-accessibility = Beasatlašvuohta
common-language-label = Giella
# "gávpotoasi hálddahus" = city district administration (stadsdelsförvaltning).
common-footer-owner = { -district } gávpotoasi hálddahus, Stockholbma gávpot
common-footer-contact = Gažaldagat dialogaid birra: hasselby-vallingby@stockholm.se dahje 08-508 00 508.
# What search engines show under the page's title (meta description); under 160 characters.
# Machine draft, not reviewed by a native speaker.
common-meta-description = Muital maid oaivvildat das mii dáhpáhuvvá { -district } gávpotoasis: gávpotoasi hálddahusa rabas dialogat, čoahkkimat ja ássiidbudjeahtta, čiežá gillii.

# Dates. Fluent has no date function, so each locale says how a date is written.
# $day is the day of the month, $month the month's name below, $year the year.
# North Sami writes the month in the genitive, then the day as an ordinal
# followed by "b." (beaivi, "day"), then the year: "geassemánu 15. b. 2025".
# The month names below are therefore in the genitive (ođđajagemánnu -> ođđajagemánu).
common-date = { $month } { $day }. b. { $year }
common-month-1 = ođđajagemánu
common-month-2 = guovvamánu
common-month-3 = njukčamánu
common-month-4 = cuoŋománu
common-month-5 = miessemánu
common-month-6 = geassemánu
common-month-7 = suoidnemánu
common-month-8 = borgemánu
common-month-9 = čakčamánu
common-month-10 = golggotmánu
common-month-11 = skábmamánu
common-month-12 = juovlamánu

not-found-title = Siidu ii gávdno
not-found-text = Mii eat gávdna siiddu maid don ozat. Dat sáhttá leat sirdojuvvon, dahje čujuhus lea boastut.
not-found-link = Buot dialogaide

# Shown when the server refuses a request before the page could handle it.
error-page-title = Juoga manai boastut
error-too-large = Dat maid don sáddejit, lei menddo stuoris. Oanit teavstta ja geahččal ođđasit.
error-rate-limited = Don leat sádden máŋgii oanehis áiggi siste. Vuordde veaháš ja geahččal ođđasit.
error-internal = Juoga manai boastut min bealde. Geahččal ođđasit veaháš maŋŋil.
# After a fault: the id that is also in the server log, for the help desk.
# Machine draft, not reviewed by a native speaker.
error-request-id = Jos váldá oktavuođa minguin, muital meattáhusčujuhusa { $id }.
error-back = Ruovttoluotta álgosiidui
