# Beyond the screen: meetings (residents' list, the dialogue page, calendar files, the editor's
# form) and the print kit (posters with QR codes, paper response forms, short codes).
# Machine draft, not reviewed by a native speaker.
# Check first: sluvhtedh / sluvhtesovveme (cancel / cancelled), kode (code), biejjielåhkoe (calendar), govlemeslynge and væhtagïele (hearing loop, sign language: both coined), bïeljelidh (sign up).

# "Tjåanghkoe" = möte (as channel-meeting in moderation.ftl); "skjeema" = blankett (as
# form.ftl); "plakaate" = affisch; "kode" = kod; "sluvhtedh" ("sluta, avsluta") = ställa in
# (cancel); "biejjielåhkoe" = kalender; "toelhke" / "toelhkestimmie" = tolk / tolkning;
# "bïeljelidh" ("meddela") = anmäla sig; "kontaktealmetje" = kontaktperson (as editor.ftl);
# "vuajnoe" = synpunkt; "govlesadteme" = dialog (glossary); "Jiehtieh maam tuhtjh" = "Tyck
# till" (as form-heading). TT:MM = tæjmoe (hour), minuhte (minute); the date format is
# spelled out as in editor-date-hint.

common-nav-meetings = Tjåanghkoeh
editor-meetings = Tjåanghkoeh
editor-print = Plakaath jïh skjeemah
audit-action-meeting-create = Tjåanghkoem lissiehti
audit-action-meeting-edit = Tjåanghkoem jarkeli
audit-action-meeting-cancel = Tjåanghkoem sluvhti
report-dimension-meeting = Tjåanghkoe
enter-meeting = Mij tjåanghkoe?
enter-meeting-none = Veeljh tjåanghkoem
# Literally "Code from the paper".
enter-code = Kode paehperistie
enter-code-help = Vïjhte mïerhkh, vuesiehtimmien gaavhtan K7M2Q. Kode lea skjeeman bijjemes bielesne.
enter-code-unknown = Ij naan bæjhkoehtovveme govlesadteme daam kodem åtna. Gïehtjh kodem paehperisnie.
enter-code-submit = Ohtsh govlesadtemem

## Meetings

meeting-error-time = Tjaelieh tïjjem naemhtie: TT:MM, vuesiehtimmien gaavhtan 18:00.
# Literally "The meeting must end after it starts."
meeting-error-times-order = Tjåanghkoe tjuara aalkoen mænngan galhkedh.
# intentionally-same
# $date is a date written out ("3 December 2026"), $start and $end are times (18:00).
meeting-when = { $date }, { $start }–{ $end }
meeting-online = Nedtetjåanghkoe
meeting-sign-language = Sveerjen væhtagïele
meeting-interpreting-none = Ij naan toelhke
meeting-step-free = Tjïehtjelem maahta tråahpi namhtah jaksedh
meeting-hearing-loop = Govlemeslynge
meeting-access-none = Ij naan bïevnesh jaksoesvoeten bïjre
# Literally "Tell the contact person before the meeting".
meeting-registration-yes = Bïeljelh kontaktealmetjen gåajkoe åvtelen tjåanghkoem
meeting-registration-no = Ih daarpesjh bïeljelidh, båetieh gåessie sïjhth
meeting-languages = Gïelh tjåanghkosne
meeting-interpreting = Toelhkestimmie
meeting-access = Jaksoesvoete
meeting-registration = Bïeljelimmie
meeting-contact = Govlehtalledh
meeting-cancelled = Tjåanghkoe lea sluvhtesovveme.
# $date and $time: when the meeting was first planned.
meeting-moved = Tjåanghkoe lea sertiestovveme. Dïhte lij voestegh soejkesjovveme { $date }, { $time }.
meeting-link = Lïenghke tjåanghkose
meeting-where = Sijjie
meeting-calendar = Lissiehth dov biejjielåhkose (.ics)
meeting-section = Tjåanghkoeh
meeting-all = Gaajhkh tjåanghkoeh
meeting-list-title = Tjåanghkoeh
meeting-list-intro = Daesnie båetije tjåanghkoeh gusnie maahtah mijjem råakedh jïh jiehtedh maam tuhtjh. Vuajnoeh tjåanghkojste seamma vuekine nuhtjesuvvieh goh vuajnoeh nedteste.
meeting-list-empty = Daelie eah naan båetije tjåanghkoeh gååvnesh.
meeting-feed = Abonneerh gaajhkh tjåanghkoeh dov biejjielåhkose
meeting-feed-help = Lissiehth lïenghkem dov biejjielåhkose. Dellie orre, sertiestovveme jïh sluvhtesovveme tjåanghkoeh dov biejjielåhkosne vuesiehtuvvieh.
meeting-scheduled = Soejkesjovveme
meeting-when-label = Tïjje
meeting-status = Staatuse
# $title: the dialogue's title.
meeting-edit-title = Tjåanghkoeh: { $title }
meeting-edit-intro = Tjåanghkoeh vuesiehtuvvieh govlesadtemen sæjrosne jïh tjåanghkoej læstosne. Ibie gåessie gænnah tjåanghkoem domhkesth: sluvhth dam, dellie gaajhkesh vuejnieh ahte tjåanghkoe ij sjïdth.
meeting-done-saved = Tjåanghkoe lea vöörhkesovveme.
meeting-done-cancelled = Tjåanghkoe lea sluvhtesovveme.
meeting-new = Lissiehth tjåanghkoem
meeting-versions = Versjovnh
meeting-version = Versjovne
meeting-change = Jorkestimmie
meeting-changed-at = Gåessie
meeting-cancel-heading = Sluvhth tjåanghkoem
meeting-cancel-help = Tjåanghkoe annje gååvnese, jïh sæjrojne jïh biejjielåhkojne vuesiehtåvva ahte lea sluvhtesovveme.
meeting-cancel = Sluvhth tjåanghkoem
meeting-back = Bååstede tjåanghkojde
meeting-date = Daatoe (jaepie-askh-biejjie)
meeting-start = Aalka (TT:MM)
meeting-end = Galhka (TT:MM)
meeting-online-choice = Tjåanghkoe lea nedtesne
meeting-online-help = Dellie tjaelieh lïenghkem tjåanghkose. Ih daarpesjh sijjiem jïh adressem tjaeledh.
meeting-place = Dajve
meeting-place-none = Veeljh dajvem
meeting-venue = Tjïehtjele
meeting-address = Adresse
meeting-registration-choice = Tjuara bïeljelidh
meeting-save = Vöörhkh jorkestimmiem
meeting-add = Lissiehth tjåanghkoem
# The title of a meeting in a calendar. $title: the dialogue's title.
meeting-event-title = Tjåanghkoe: { $title }

## Print kit

# Read by screen readers for the QR code. $url: the address it holds.
print-qr-label = QR-kode adressese { $url }
# $from and $to: dates written out.
print-opens = Jiehtieh maam tuhtjh { $from } raejeste { $to } raajan
# $date: the last day to take part.
print-until = Jiehtieh maam tuhtjh minngemes { $date }
# $title: the dialogue's title.
print-poster-title = Plakaate: { $title }
print-ways = Naemhtie maahtah jiehtedh maam tuhtjh
print-way-web = Nedtesne:
print-way-web-text = Skanneerh QR-kodem dov telefovnine jallh tjaelieh adressem.
print-way-paper = Paehperisnie:
# Literally "You get a form at the library, at a meeting place or from the contact person."
print-way-paper-text = Skjeemam åadtjoeh gærjagåetesne, tjåanghkoesijjesne jallh kontaktealmetjen luvnie.
print-way-phone = Telefovnen baaktoe:
# $phone: the contact's phone number.
print-way-phone-text = Ringkh { $phone } jïh soptsesth mijjese maam tuhtjh.
print-way-meetings = Tjåanghkojne:
print-multi-heading = Plakaate gellie gïeline
print-multi-submit = Vuesehth plakaatem
# $code: the dialogue's short code (five characters).
print-code = Kode: { $code }
print-form-title = Skjeema: { $title }
# $date: the last day to take part.
print-form-intro = Tjaelieh dov vaestiedassh jïh vedtieh skjeemam minngemes { $date }. Ih daarpesjh gaajhkide gyhtjelasside vaestiedidh. Mijjieh dov vaestiedassh nedtese tjaelebe, jïh dah seamma vuekine gïehtjeduvvieh goh gaajhkh jeatjah vuajnoeh.
print-form-post = Sïjhtem illedahkem prieven baaktoe åadtjodh
# $name and $email: the dialogue's contact.
# Literally "Give the form to the contact person (name), or send questions by e-mail: (email)."
print-form-return = Vedtieh skjeemam kontaktealmetjen gåajkoe ({ $name }), jallh seedth gyhtjelassh e-påasten baaktoe: { $email }.
print-kit-title = Plakaath jïh skjeemah: { $title }
print-kit-unpublished = Bæjhkoehth govlesadtemem voestegh. Plakaath jïh skjeemah bæjhkoehtovveme govlesadtemem vuesiehtieh.
print-kit-poster = Plakaate
print-kit-form = Skjeema
print-kit-address = Åenehks adresse
# $code: the dialogue's short code.
print-kit-code = Govlesadtemen kode lea { $code }. Dïhte skjeemesne jïh åenehks adressesne gååvnese. Tjaelieh dam sæjrose ”Registreerh vuajnoem”, dellie govlesadtemem gaavnh.
print-kit-intro = Tjaelieh plakaatem jïh skjeemah fïerhten gïelesne olkese. QR-kode govlesadtemem plakaaten gïelesne vuesehte.
print-kit-languages = Gïelh
