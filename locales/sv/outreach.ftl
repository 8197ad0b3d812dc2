# Beyond the screen: meetings (residents' list, the dialogue page, calendar files, the editor's
# form) and the print kit (posters with QR codes, paper response forms, short codes).
# Källa: svenska.

common-nav-meetings = Möten
editor-meetings = Möten
editor-print = Affischer och blanketter
audit-action-meeting-create = Lade till möte
audit-action-meeting-edit = Ändrade möte
audit-action-meeting-cancel = Ställde in möte
report-dimension-meeting = Möte
enter-meeting = Vilket möte?
enter-meeting-none = Välj möte
enter-code = Kod från pappersblanketten
enter-code-help = Fem tecken, till exempel K7M2Q. Koden står längst upp på blanketten.
enter-code-unknown = Ingen publicerad dialog har den koden. Kontrollera koden på blanketten.
enter-code-submit = Hitta dialogen

## Meetings

meeting-error-time = Skriv en tid som TT:MM, till exempel 18:00.
meeting-error-times-order = Sluttiden måste vara efter starttiden.
# $date is a date written out ("3 december 2026"), $start and $end are times (18:00).
meeting-when = { $date }, { $start }–{ $end }
meeting-online = Digitalt möte
meeting-sign-language = Svenskt teckenspråk
meeting-interpreting-none = Ingen tolk
meeting-step-free = Lokalen går att nå utan trappsteg
meeting-hearing-loop = Hörslinga
meeting-access-none = Inga uppgifter om tillgänglighet
meeting-registration-yes = Anmäl dig i förväg till kontaktpersonen
meeting-registration-no = Ingen anmälan, kom när du vill
meeting-languages = Språk på mötet
meeting-interpreting = Tolkning
meeting-access = Tillgänglighet
meeting-registration = Anmälan
meeting-contact = Kontakt
meeting-cancelled = Mötet är inställt.
# $date and $time: when the meeting was first planned.
meeting-moved = Mötet har flyttats. Det var tidigare planerat till { $date } kl. { $time }.
meeting-link = Länk till mötet
meeting-where = Plats
meeting-calendar = Lägg till i din kalender (.ics)
meeting-section = Möten
meeting-all = Alla möten
meeting-list-title = Möten
meeting-list-intro = Här är de kommande mötena där du kan träffa oss och säga vad du tycker. Synpunkter från mötena räknas på samma sätt som synpunkter från webben.
meeting-list-empty = Det finns inga kommande möten just nu.
meeting-feed = Prenumerera på alla möten i din kalender
meeting-feed-help = Lägg in länken som en kalenderprenumeration. Nya, flyttade och inställda möten syns då i din kalender.
meeting-scheduled = Planerat
meeting-when-label = Tid
meeting-status = Läge
# $title: the dialogue's title.
meeting-edit-title = Möten: { $title }
meeting-edit-intro = Möten visas på dialogens sida och i listan över alla möten. Ett möte tas aldrig bort: ställ in det i stället, så ser alla att det inte blir av.
meeting-done-saved = Mötet är sparat.
meeting-done-cancelled = Mötet är inställt.
meeting-new = Lägg till ett möte
meeting-versions = Versioner
meeting-version = Version
meeting-change = Ändring
meeting-changed-at = När
meeting-cancel-heading = Ställ in mötet
meeting-cancel-help = Mötet finns kvar och visas som inställt på sidorna och i kalendrarna.
meeting-cancel = Ställ in mötet
meeting-back = Tillbaka till mötena
meeting-date = Datum (ÅÅÅÅ-MM-DD)
meeting-start = Börjar (TT:MM)
meeting-end = Slutar (TT:MM)
meeting-online-choice = Mötet är digitalt
meeting-online-help = Skriv då länken till mötet. Plats och adress behövs inte.
meeting-place = Område
meeting-place-none = Välj område
meeting-venue = Lokal
meeting-address = Adress
meeting-registration-choice = Anmälan behövs
meeting-save = Spara ändringen
meeting-add = Lägg till mötet
# The title of a meeting in a calendar. $title: the dialogue's title.
meeting-event-title = Möte: { $title }

## Print kit

# Read by screen readers for the QR code. $url: the address it holds.
print-qr-label = QR-kod till { $url }
# $from and $to: dates written out.
print-opens = Tyck till från { $from } till { $to }
# $date: the last day to take part.
print-until = Tyck till senast { $date }
# $title: the dialogue's title.
print-poster-title = Affisch: { $title }
print-ways = Så här tycker du till
print-way-web = På webben:
print-way-web-text = Skanna QR-koden med mobilen eller skriv adressen.
print-way-paper = På papper:
print-way-paper-text = Fråga efter en blankett på biblioteket, på en träffpunkt eller hos kontaktpersonen.
print-way-phone = Per telefon:
# $phone: the contact's phone number.
print-way-phone-text = Ring { $phone } och berätta vad du tycker.
print-way-meetings = På möten:
print-multi-heading = Affisch på flera språk
print-multi-submit = Visa affischen
# $code: the dialogue's short code (five characters).
print-code = Kod: { $code }
print-form-title = Blankett: { $title }
# $date: the last day to take part.
print-form-intro = Skriv dina svar och lämna blanketten senast { $date }. Du behöver inte svara på allt. Vi skriver in dina svar på webben, och de granskas som alla andra synpunkter.
print-form-post = Jag vill få veta resultatet med brev
# $name and $email: the dialogue's contact.
print-form-return = Lämna blanketten till { $name } eller skicka frågor till { $email }.
print-kit-title = Affischer och blanketter: { $title }
print-kit-unpublished = Publicera dialogen först. Affischerna och blanketterna visar den publicerade dialogen.
print-kit-poster = Affisch
print-kit-form = Blankett
print-kit-address = Kort adress
# $code: the dialogue's short code.
print-kit-code = Dialogens kod är { $code }. Den står på blanketterna och i de korta adresserna; skriv den på registreringssidan för att hitta dialogen.
print-kit-intro = Skriv ut en affisch och blanketter på varje språk. QR-koden leder till dialogen på affischens språk.
print-kit-languages = Språk
