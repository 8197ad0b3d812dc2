# Status: machine-drafted, not yet reviewed by a native speaker.
# Shared texts: the portal's name, navigation, dates and error pages.
# Terms (starting with -) are used inside other messages.
# Finnish: -district is a Swedish proper name and is not inflected inside the term.
# Messages add the Finnish case ending right after it, e.g. { -district }n (genitive),
# { -district }ssä (inessive). Term references get no isolation marks, so this renders cleanly.

-portal = Hässelby-Vällingbyn asukasvuoropuhelu
# intentionally-same
-district = Hässelby-Vällingby

# The name in the page header and at the end of every page title.
# intentionally-same
common-portal-name = { -portal }
# A link for keyboard users, first on the page, that skips the header.
common-skip-link = Siirry sisältöön
common-nav-label = Päävalikko
common-nav-dialogues = Kaikki vuoropuhelut
common-nav-accessibility = Saavutettavuus
common-language-label = Kieli
common-footer-owner = { -district }n kaupunginosahallinto, Tukholman kaupunki
common-footer-contact = Kysymyksiä vuoropuheluista: hasselby-vallingby@stockholm.se tai 08-508 00 508.
# What search engines show under the page's title (meta description); under 160 characters.
# Machine draft, not reviewed by a native speaker.
common-meta-description = Kerro mielipiteesi siitä, mitä { -district }ssä tapahtuu: kaupunginosahallinnon avoimet vuoropuhelut, tilaisuudet ja asukasbudjetti seitsemällä kielellä.

# Dates. Fluent has no date function, so each locale says how a date is written.
# $day is the day of the month, $month the month's name below, $year the year.
# Finnish: "5. tammikuuta 2025". Month names are lowercase and in the partitive
# (tammikuuta), the form used after an ordinal day number.
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

not-found-title = Sivua ei löydy
not-found-text = Emme löydä sivua, jota etsit. Se on ehkä siirretty, tai osoite on väärä.
not-found-link = Kaikkiin vuoropuheluihin

# Shown when the server refuses a request before the page could handle it.
error-page-title = Jokin meni vikaan
error-too-large = Lähettämäsi sisältö oli liian suuri. Lyhennä tekstiä ja yritä uudelleen.
error-rate-limited = Olet lähettänyt monta kertaa lyhyessä ajassa. Odota hetki ja yritä uudelleen.
error-internal = Meillä meni jokin vikaan. Yritä uudelleen hetken kuluttua.
# After a fault: the id that is also in the server log, for the help desk.
# Machine draft, not reviewed by a native speaker.
error-request-id = Jos otat meihin yhteyttä, mainitse virheviite { $id }.
error-back = Takaisin etusivulle
