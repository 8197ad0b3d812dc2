# Status: machine-drafted, not yet reviewed by a native speaker.
# Shared texts: the portal's name, navigation, dates and error pages.
# Terms (starting with -) are used inside other messages.
# Meänkieli inflects place names; other messages attach case endings
# directly to { -district } (e.g. { -district }n = genitive, { -district }ssä = inessive).

-portal = Kansalaisdialoogi Hässelby-Vällingby
# intentionally-same
-district = Hässelby-Vällingby

# The name in the page header and at the end of every page title.
# intentionally-same
common-portal-name = { -portal }
# A link for keyboard users, first on the page, that skips the header.
common-skip-link = Hyppää sisälthöön
common-nav-label = Päämenyy
common-nav-dialogues = Kaikki dialoogit
common-nav-accessibility = Saavutettavuus
common-language-label = Kieli
common-footer-owner = { -district }n kaupunkiosahallinto, Stockholmin kaupunki
common-footer-contact = Kysymyksiä dialoogista: hasselby-vallingby@stockholm.se eli 08-508 00 508.
# What search engines show under the page's title (meta description); under 160 characters.
# Machine draft, not reviewed by a native speaker.
common-meta-description = Sano mitä sie tykkäät siitä mitä { -district }ssä tapahtuu: kaupunkiosahallinnon avoimet dialoogit, kokoukset ja asukasbudjetti seittemälä kielelä.

# Dates. Fluent has no date function, so each locale says how a date is written.
# $day is the day of the month, $month the month's name below, $year the year.
# Meänkieli pattern: "5. toukokuuta 2025", so the month names are in the partitive (-kuuta).
common-date = { $day }. { $month } { $year }
common-month-1 = tammikuuta
common-month-2 = helmikuuta
common-month-3 = maaliskuuta
common-month-4 = huhtikuuta
common-month-5 = toukokuuta
common-month-6 = kesäkuuta
common-month-7 = heinäkuuta
common-month-8 = elokuuta
common-month-9 = syyskuuta
common-month-10 = lokakuuta
common-month-11 = marraskuuta
common-month-12 = joulukuuta

not-found-title = Sivua ei ole
not-found-text = Met emmä löyä sitä sivua mitä sie haet. Se oon saattanu muuttaa toisheen paikkhaan, eli osote oon väärä.
not-found-link = Kaikki dialoogit

# Shown when the server refuses a request before the page could handle it.
error-page-title = Jotaki meni väärin
error-too-large = Se mitä sie lähätit oli liian suuri. Lyhennä tekstiä ja yritä uuesti.
error-rate-limited = Sie olet lähättäny monta kertaa lyhyessä aijassa. Oota hetki ja yritä uuesti.
error-internal = Meilä meni jotaki väärin. Yritä uuesti hetken päästä.
# After a fault: the id that is also in the server log, for the help desk.
# Machine draft, not reviewed by a native speaker.
error-request-id = Jos otat meihin yhtheyttä, mainittele virheviite { $id }.
error-back = Takasin alkusivule
