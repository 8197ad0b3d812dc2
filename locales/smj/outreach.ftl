# Beyond the screen: meetings (residents' list, the dialogue page, calendar files, the editor's
# form) and the print kit (posters with QR codes, paper response forms, short codes).
# Machine draft, not reviewed by a native speaker.
# Check first: hiejtedit / hiejtedum (cancel / cancelled), kalendar (illative "kalænndarij"), kåvddå (code), gulloslinnga (hearing loop, coined), Svieriga sevvamgiella (Swedish Sign Language).

# "Tjåhkanibme" = möte (as channel-meeting in moderation.ftl); "sjiebmá" = blankett (as
# form.ftl), "bábbársjiebmá" = pappersblankett; "plakáhtta" = affisch; "kåvddå" = kod;
# "hiejtedit" = ställa in (cancel); "dålkkå" / "dålkkum" = tolk / tolkning;
# "diededit ietjas" = anmäla sig; "guládallamålmåj" = kontaktperson (as editor.ftl);
# "vuojnno" = synpunkt; "Javla mij duv mielas le" = "Tyck till" (as form-heading).
# The interface spelling with æ is kept. TT:MM = tijmma (hour), minuhtta (minute).

common-nav-meetings = Tjåhkanime
editor-meetings = Tjåhkanime
editor-print = Plakáhta ja sjiebmá
audit-action-meeting-create = Lasedij tjåhkanimev
audit-action-meeting-edit = Rievddadij tjåhkanimev
audit-action-meeting-cancel = Hiejtedij tjåhkanimev
report-dimension-meeting = Tjåhkanibme
enter-meeting = Makkir tjåhkanibme?
enter-meeting-none = Vállji tjåhkanimev
enter-code = Kåvddå bábbársjiebmás
enter-code-help = Vihtta mærka, buojkulvissan K7M2Q. Kåvddå l bajemusán sjiebmán.
enter-code-unknown = Dát kåvddå ij gávnnu almodum dialåvgåjn. Dárkesta kåvdåv sjiebmán.
enter-code-submit = Åhtså dialåvgåv

## Meetings

meeting-error-time = Tjále ájgev nav: TT:MM, buojkulvissan 18:00.
meeting-error-times-order = Hiejttemájgge galggá liehket álggoájge maŋŋela.
# intentionally-same
# $date is a date written out ("3 December 2026"), $start and $end are times (18:00).
meeting-when = { $date }, { $start }–{ $end }
meeting-online = Næhttatjåhkanibme
meeting-sign-language = Svieriga sevvamgiella
meeting-interpreting-none = Ij la dålkkå
meeting-step-free = Ladnjaj bæssá tráhpáj dagi
meeting-hearing-loop = Gulloslinnga
meeting-access-none = Ælla diedo anedahttevuoda birra
meeting-registration-yes = Diededa ietjat guládallamålmå baktu åvddål tjåhkanime
meeting-registration-no = I dárbaha diededit, boade goassa sidá
meeting-languages = Giela tjåhkanimen
meeting-interpreting = Dålkkum
meeting-access = Anedahttevuohta
meeting-registration = Diededibme
meeting-contact = Aktavuohta
meeting-cancelled = Tjåhkanibme l hiejtedum.
# $date and $time: when the meeting was first planned.
# Literally "The meeting's time has been changed. First it was <date>, <time>."
meeting-moved = Tjåhkanime ájgge l rievddadum. Vuostak lij dat { $date }, { $time }.
meeting-link = Liŋŋka tjåhkanibmáj
meeting-where = Bájkke
meeting-calendar = Laseda ietjat kalænndarij (.ics)
meeting-section = Tjåhkanime
meeting-all = Gájkka tjåhkanime
meeting-list-title = Tjåhkanime
# Literally "... Views from the meetings are used in the same way as views from the web."
meeting-list-intro = Dá li boahtte tjåhkanime gånnå máhtá mijájn æjvvalit ja javllat mij duv mielas le. Vuojno tjåhkanimijs aneduvvi seamma láhkáj gåk vuojno næhtas.
meeting-list-empty = Dálla ælla boahtte tjåhkanime.
meeting-feed = Diŋŋgo gájkka tjåhkanimijt ietjat kalænndarij
meeting-feed-help = Laseda liŋkav diŋŋgomin ietjat kalænndarij. Dalloj ådå, rievddadum ja hiejtedum tjåhkanime vuoseduvvi duv kalænndarin.
meeting-scheduled = Plánidum
meeting-when-label = Ájgge
meeting-status = Stáhtus
# $title: the dialogue's title.
meeting-edit-title = Tjåhkanime: { $title }
meeting-edit-intro = Tjåhkanime vuoseduvvi dialåvgå bielen ja tjåhkanimij listan. Tjåhkanimev ep goassak sihko: hiejteda dav, de gájkka vuojnni jut dat l hiejtedum.
meeting-done-saved = Tjåhkanibme l vuorkkiduvvam.
meeting-done-cancelled = Tjåhkanibme l hiejtedum.
meeting-new = Laseda tjåhkanimev
meeting-versions = Værsjåvnå
meeting-version = Værsjåvnnå
meeting-change = Rievddadus
meeting-changed-at = Goassa
meeting-cancel-heading = Hiejteda tjåhkanimev
meeting-cancel-help = Tjåhkanibme ájn gávnnu, ja bielijn ja kalænndarijn vuoseduvvá jut dat l hiejtedum.
meeting-cancel = Hiejteda tjåhkanimev
meeting-back = Ruopptot tjåhkanimijda
meeting-date = Biejvve (JJJJ-MM-BB)
meeting-start = Álggá (TT:MM)
meeting-end = Hiejttá (TT:MM)
meeting-online-choice = Tjåhkanibme l næhtan
meeting-online-help = Tjále dalloj liŋkav tjåhkanibmáj. Bájkkev ja adræssav i dárbaha tjállet.
meeting-place = Guovllo
meeting-place-none = Vállji guovlov
meeting-venue = Ladnja
meeting-address = Adræssa
meeting-registration-choice = Galggá ietjas diededit
meeting-save = Vuorkki rievddadusáv
meeting-add = Laseda tjåhkanimev
# The title of a meeting in a calendar. $title: the dialogue's title.
meeting-event-title = Tjåhkanibme: { $title }

## Print kit

# Read by screen readers for the QR code. $url: the address it holds.
print-qr-label = QR-kåvddå adræssaj { $url }
# $from and $to: dates written out.
print-opens = Javla mij duv mielas le { $from } rájes { $to } rádjáj
# $date: the last day to take part.
print-until = Javla mij duv mielas le maŋemusát { $date }
# $title: the dialogue's title.
print-poster-title = Plakáhtta: { $title }
print-ways = Nav máhtá javllat mij duv mielas le
print-way-web = Næhtan:
print-way-web-text = Skánni QR-kåvdåv telefåvnåjn jali tjále adræssav.
print-way-paper = Bábbárin:
print-way-paper-text = Åhtså sjiebmáv girjjevuorkán, tjåhkanimsajen jali guládallamålmås.
print-way-phone = Telefåvnå baktu:
# $phone: the contact's phone number.
print-way-phone-text = Riŋŋgu nummarij { $phone } ja javla mij duv mielas le.
print-way-meetings = Tjåhkanimijn:
print-multi-heading = Plakáhtta ienep gielajn
print-multi-submit = Vuoseda plakáhtav
# $code: the dialogue's short code (five characters).
print-code = Kåvddå: { $code }
print-form-title = Sjiebmá: { $title }
# $date: the last day to take part.
print-form-intro = Tjále ietjat vásstádusájt ja vatte sjiebmáv maŋemusát { $date }. I dárbaha gájkka gatjálvisájda vásstedit. Mij tjállip duv vásstádusájt næhttaj, ja dajt dárkestip seamma láhkáj gåk gájkka ietjá vuojnojt.
print-form-post = Sidáv oadtjot diehtet boadosav poasta baktu
# $name and $email: the dialogue's contact.
# Literally "Give the form to the contact person (name) or send questions by e-mail: (email)."
print-form-return = Vatte sjiebmáv guládallamålmå lusi ({ $name }), jali sáddi gatjálvisájt e-poasta baktu: { $email }.
print-kit-title = Plakáhta ja sjiebmá: { $title }
print-kit-unpublished = Almoda dialåvgåv vuostak. Plakáhta ja sjiebmá vuosedi almodum dialåvgåv.
print-kit-poster = Plakáhtta
print-kit-form = Sjiebmá
print-kit-address = Oanes adræssa
# $code: the dialogue's short code.
print-kit-code = Dialåvgå kåvddå l { $code }. Dat gávnnu sjiebmájn ja oanes adræssajn. Tjále dav bælláj ”Registriera vuojnov”, de gávna dialåvgåv.
print-kit-intro = Tjáleda plakáhtav ja sjiebmájt juohkka giellaj. QR-kåvddå vuoset dialåvgåv plakáhta gielan.
print-kit-languages = Giela
