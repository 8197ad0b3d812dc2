# Beyond the screen: meetings (residents' list, the dialogue page, calendar files, the editor's
# form) and the print kit (posters with QR codes, paper response forms, short codes).
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "juliste" (affisch; a Meänkieli loan may be more usual), "peruttu"/"Peru kokous"
# (ställa in), "koodi" (or "kooti"), "Etuilmotus" (anmälan to a meeting; "ilmotus" elsewhere is
# a resident's report of a view), "lukaali" (lokal).
# Meänkieli: follows the other fit files: "dialoogi", "mielipie" (plural "mielipitheet"),
# "kokous" (a public meeting, as in channel-meeting), "planketti" (form), "säästää" (save),
# "e-posti", "telefooni", "eli" for "or"; "läge" is "tilanne". Times keep "kl." as Meänkieli
# notices do.

common-nav-meetings = Kokoukset
editor-meetings = Kokoukset
editor-print = Julisteet ja planketit
audit-action-meeting-create = Lisäsi kokouksen
audit-action-meeting-edit = Muokkasi kokousta
audit-action-meeting-cancel = Perui kokouksen
report-dimension-meeting = Kokous
enter-meeting = Mikä kokous?
enter-meeting-none = Valitte kokous
enter-code = Koodi paperiplanketista
enter-code-help = Viis merkkiä, esimerkiksi K7M2Q. Koodi oon ylhäälä planketissa.
enter-code-unknown = Ei ole yhtään julkastua dialoogia jolla oon se koodi. Tarkasta koodi planketissa.
enter-code-submit = Etsi dialoogi

## Meetings

meeting-error-time = Kirjota aika näin: TT:MM, esimerkiksi 18:00.
meeting-error-times-order = Loppuajan pittää olla alkuajan jälkhiin.
# $date is a date written out ("3. joulukuuta 2026"), $start and $end are times (18:00).
meeting-when = { $date } kl. { $start }–{ $end }
meeting-online = Digitaalinen kokous
meeting-sign-language = Ruottalainen viittomakieli
meeting-interpreting-none = Ei tulkkia
meeting-step-free = Lukaalhiin pääsee ilman trappuja
meeting-hearing-loop = Induktiosilmukka
meeting-access-none = Ei ole tietoa saavutettavuuesta
meeting-registration-yes = Ilmota kontaktihenkilöle ennen ko sie tulet
meeting-registration-no = Ei tartte ilmottaa, tule ko sie halvaat
meeting-languages = Kokouksen kielet
meeting-interpreting = Tulkkaus
meeting-access = Saavutettavuus
meeting-registration = Etuilmotus
meeting-contact = Kontakti
meeting-cancelled = Kokous oon peruttu.
# $date and $time: when the meeting was first planned.
meeting-moved = Kokous oon siirretty. Ensin se oli planeerattu { $date } kl. { $time }.
meeting-link = Linkki kokouksheen
meeting-where = Paikka
meeting-calendar = Lisää sinun kalenterhiin (.ics)
meeting-section = Kokoukset
meeting-all = Kaikki kokoukset
meeting-list-title = Kokoukset
meeting-list-intro = Tässä oon tulevat kokoukset joissa sie saatat tavata meitä ja sanoa mitä sie tykkäät. Mielipitheet kokouksista laskethaan samala laila ko mielipitheet webbistä.
meeting-list-empty = Tällä hetkelä ei ole tulevia kokouksia.
meeting-feed = Tilaa kaikki kokoukset sinun kalenterhiin
meeting-feed-help = Lisää linkki kalenterhiin tilauksena. Sillon uuet, siirretyt ja perutut kokoukset näkyy sinun kalenterissa.
meeting-scheduled = Planeerattu
meeting-when-label = Aika
meeting-status = Tilanne
# $title: the dialogue's title.
meeting-edit-title = Kokoukset: { $title }
meeting-edit-intro = Kokoukset näkyy dialoogin sivula ja kaikitten kokouksitten listassa. Kokousta ei koskhaan poisteta. Peru se, niin kaikki näkevä ette sitä ei pietä.
meeting-done-saved = Kokous oon säästetty.
meeting-done-cancelled = Kokous oon peruttu.
meeting-new = Lisää kokous
meeting-versions = Versiot
meeting-version = Versio
meeting-change = Muutos
meeting-changed-at = Milloin
meeting-cancel-heading = Peru kokous
meeting-cancel-help = Kokous jääpi ja näkyy peruttuna sivuila ja kalentereissa.
meeting-cancel = Peru kokous
meeting-back = Takasin kokouksiin
meeting-date = Päivämäärä (VVVV-KK-PP)
meeting-start = Alkaa (TT:MM)
meeting-end = Loppuu (TT:MM)
meeting-online-choice = Kokous oon digitaalinen
meeting-online-help = Kirjota sillon linkki kokouksheen. Paikkaa ja osotetta ei tartte.
meeting-place = Alue
meeting-place-none = Valitte alue
meeting-venue = Lukaali
meeting-address = Osote
meeting-registration-choice = Pittää ilmottaa ennen
meeting-save = Säästä muutos
meeting-add = Lisää kokous
# The title of a meeting in a calendar. $title: the dialogue's title.
meeting-event-title = Kokous: { $title }

## Print kit

# Read by screen readers for the QR code. $url: the address it holds.
print-qr-label = QR-koodi, osote { $url }
# $from and $to: dates written out.
print-opens = Sano mitä sie tykkäät { $from } – { $to }
# $date: the last day to take part.
print-until = Sano mitä sie tykkäät viimisthään { $date }
# $title: the dialogue's title.
print-poster-title = Juliste: { $title }
print-ways = Näin sie saatat sanoa mitä sie tykkäät
print-way-web = Webbissä:
print-way-web-text = Skannaa QR-koodi mupiilila eli kirjota osote.
print-way-paper = Paperila:
print-way-paper-text = Kysy plankettia pipluteekista, kohtauspaikasta eli kontaktihenkilöltä.
print-way-phone = Telefoonila:
# $phone: the contact's phone number.
print-way-phone-text = Soita { $phone } ja kerro mitä sie tykkäät.
print-way-meetings = Kokouksissa:
print-multi-heading = Juliste monela kielelä
print-multi-submit = Näytä juliste
# $code: the dialogue's short code (five characters).
print-code = Koodi: { $code }
print-form-title = Planketti: { $title }
# $date: the last day to take part.
print-form-intro = Kirjota sinun vastaukset ja jätä planketti viimisthään { $date }. Sie et tartte vastata kaikheen. Met kirjotama sinun vastaukset webbipaikale, ja net tarkastethaan niinku kaikki muut mielipitheet.
print-form-post = Mie halvan saaha tietää tuloksen kirjeelä
# $name and $email: the dialogue's contact.
print-form-return = Jätä planketti henkilöle { $name } eli lähätä kysymyksiä e-postila: { $email }.
print-kit-title = Julisteet ja planketit: { $title }
print-kit-unpublished = Julkase dialoogi ensin. Julisteet ja planketit näyttävä julkastun dialoogin.
print-kit-poster = Juliste
print-kit-form = Planketti
print-kit-address = Lyhyt osote
# $code: the dialogue's short code.
print-kit-code = Dialoogin koodi oon { $code }. Se oon planketeissa ja lyhyissä osotheissa. Kirjota se kirjaussivula, niin sie löyät dialoogin.
print-kit-intro = Printtaa juliste ja planketit joka kielelä. QR-koodi vie dialoogiin julisteen kielelä.
print-kit-languages = Kielet
