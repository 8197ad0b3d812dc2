# Beyond the screen: meetings (residents' list, the dialogue page, calendar files, the editor's
# form) and the print kit (posters with QR codes, paper response forms, short codes).
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "peruttu"/"Peru tilaisuus" (ställa in), "Esteettömyys" for a venue (the website's
# own accessibility is "saavutettavuus"), "Induktiosilmukka", "Tilaa ... kalenteriisi"
# (calendar subscription), "kirjaussivu" (print-kit-code).
# Finnish: "möte" (a public meeting) is "tilaisuus", never the word for a personal appointment; "dialog" is
# "vuoropuhelu", "synpunkt" "mielipide", "blankett" "lomake", "affisch" "juliste",
# "ställa in" "perua", "läge" "tilanne". Times stay as the placeables give them (18:00), with "klo".

common-nav-meetings = Tilaisuudet
editor-meetings = Tilaisuudet
editor-print = Julisteet ja lomakkeet
audit-action-meeting-create = Lisäsi tilaisuuden
audit-action-meeting-edit = Muokkasi tilaisuutta
audit-action-meeting-cancel = Perui tilaisuuden
report-dimension-meeting = Tilaisuus
enter-meeting = Mikä tilaisuus?
enter-meeting-none = Valitse tilaisuus
enter-code = Paperilomakkeen koodi
enter-code-help = Viisi merkkiä, esimerkiksi K7M2Q. Koodi on lomakkeen yläreunassa.
enter-code-unknown = Millään julkaistulla vuoropuhelulla ei ole tätä koodia. Tarkista lomakkeessa oleva koodi.
enter-code-submit = Etsi vuoropuhelu

## Meetings

meeting-error-time = Kirjoita aika muodossa TT:MM, esimerkiksi 18:00.
meeting-error-times-order = Päättymisajan on oltava alkamisajan jälkeen.
# $date is a date written out ("3. joulukuuta 2026"), $start and $end are times (18:00).
meeting-when = { $date } klo { $start }–{ $end }
meeting-online = Verkkotilaisuus
meeting-sign-language = Ruotsalainen viittomakieli
meeting-interpreting-none = Ei tulkkia
meeting-step-free = Tilaan pääsee ilman portaita
meeting-hearing-loop = Induktiosilmukka
meeting-access-none = Ei tietoa esteettömyydestä
meeting-registration-yes = Ilmoittaudu etukäteen yhteyshenkilölle
meeting-registration-no = Ei ilmoittautumista, tule milloin haluat
meeting-languages = Tilaisuuden kielet
meeting-interpreting = Tulkkaus
meeting-access = Esteettömyys
meeting-registration = Ilmoittautuminen
meeting-contact = Yhteystiedot
meeting-cancelled = Tilaisuus on peruttu.
# $date and $time: when the meeting was first planned.
meeting-moved = Tilaisuus on siirretty. Alun perin se oli määrä pitää { $date } klo { $time }.
meeting-link = Linkki tilaisuuteen
meeting-where = Paikka
meeting-calendar = Lisää kalenteriisi (.ics)
meeting-section = Tilaisuudet
meeting-all = Kaikki tilaisuudet
meeting-list-title = Tilaisuudet
meeting-list-intro = Tässä ovat tulevat tilaisuudet, joissa voit tavata meidät ja kertoa mielipiteesi. Tilaisuuksissa annetut mielipiteet otetaan huomioon samalla tavalla kuin verkossa annetut.
meeting-list-empty = Tulevia tilaisuuksia ei ole juuri nyt.
meeting-feed = Tilaa kaikki tilaisuudet kalenteriisi
meeting-feed-help = Lisää linkki kalenteriisi tilauksena. Silloin uudet, siirretyt ja perutut tilaisuudet näkyvät kalenterissasi.
meeting-scheduled = Suunniteltu
meeting-when-label = Aika
meeting-status = Tilanne
# $title: the dialogue's title.
meeting-edit-title = Tilaisuudet: { $title }
meeting-edit-intro = Tilaisuudet näkyvät vuoropuhelun sivulla ja kaikkien tilaisuuksien luettelossa. Tilaisuutta ei koskaan poisteta. Peru se sen sijaan, niin kaikki näkevät, ettei sitä pidetä.
meeting-done-saved = Tilaisuus on tallennettu.
meeting-done-cancelled = Tilaisuus on peruttu.
meeting-new = Lisää tilaisuus
meeting-versions = Versiot
meeting-version = Versio
meeting-change = Muutos
meeting-changed-at = Milloin
meeting-cancel-heading = Peru tilaisuus
meeting-cancel-help = Tilaisuus säilyy, ja se näkyy sivuilla ja kalentereissa peruttuna.
meeting-cancel = Peru tilaisuus
meeting-back = Takaisin tilaisuuksiin
meeting-date = Päivämäärä (VVVV-KK-PP)
meeting-start = Alkaa (TT:MM)
meeting-end = Päättyy (TT:MM)
meeting-online-choice = Tilaisuus pidetään verkossa
meeting-online-help = Kirjoita silloin linkki tilaisuuteen. Paikkaa ja osoitetta ei tarvita.
meeting-place = Alue
meeting-place-none = Valitse alue
meeting-venue = Tilan nimi
meeting-address = Osoite
meeting-registration-choice = Ilmoittautuminen tarvitaan
meeting-save = Tallenna muutos
meeting-add = Lisää tilaisuus
# The title of a meeting in a calendar. $title: the dialogue's title.
meeting-event-title = Tilaisuus: { $title }

## Print kit

# Read by screen readers for the QR code. $url: the address it holds.
print-qr-label = QR-koodi osoitteeseen { $url }
# $from and $to: dates written out.
print-opens = Kerro mielipiteesi { $from } – { $to }
# $date: the last day to take part.
print-until = Kerro mielipiteesi viimeistään { $date }
# $title: the dialogue's title.
print-poster-title = Juliste: { $title }
print-ways = Näin kerrot mielipiteesi
print-way-web = Verkossa:
print-way-web-text = Skannaa QR-koodi puhelimella tai kirjoita osoite.
print-way-paper = Paperilla:
print-way-paper-text = Kysy lomaketta kirjastosta, kohtaamispaikasta tai yhteyshenkilöltä.
print-way-phone = Puhelimitse:
# $phone: the contact's phone number.
print-way-phone-text = Soita numeroon { $phone } ja kerro mielipiteesi.
print-way-meetings = Tilaisuuksissa:
print-multi-heading = Juliste usealla kielellä
print-multi-submit = Näytä juliste
# $code: the dialogue's short code (five characters).
print-code = Koodi: { $code }
print-form-title = Lomake: { $title }
# $date: the last day to take part.
print-form-intro = Kirjoita vastauksesi ja palauta lomake viimeistään { $date }. Kaikkiin kysymyksiin ei tarvitse vastata. Kirjoitamme vastauksesi verkkoon, ja ne tarkastetaan samalla tavalla kuin kaikki muut mielipiteet.
print-form-post = Haluan tiedon lopputuloksesta kirjeellä
# $name and $email: the dialogue's contact.
print-form-return = Palauta lomake henkilölle { $name } tai lähetä kysymyksiä osoitteeseen { $email }.
print-kit-title = Julisteet ja lomakkeet: { $title }
print-kit-unpublished = Julkaise vuoropuhelu ensin. Julisteissa ja lomakkeissa näkyy julkaistu vuoropuhelu.
print-kit-poster = Juliste
print-kit-form = Lomake
print-kit-address = Lyhyt osoite
# $code: the dialogue's short code.
print-kit-code = Vuoropuhelun koodi on { $code }. Se on lomakkeissa ja lyhyissä osoitteissa. Kirjoita se kirjaussivulla, niin löydät vuoropuhelun.
print-kit-intro = Tulosta juliste ja lomakkeet jokaisella kielellä. QR-koodi vie vuoropuheluun julisteen kielellä.
print-kit-languages = Kielet
