# Beyond the screen: meetings (residents' list, the dialogue page, calendar files, the editor's
# form) and the print kit (posters with QR codes, paper response forms, short codes).
# Machine draft, not reviewed by a native speaker.
# Check first: šluhttet (cancel a meeting), gullanslynga (hearing loop, coined), koda (code), Ruoŧa mearkagiella (Swedish Sign Language), dieđihit iežas (sign up).

# "Čoahkkin" = möte (as channel-meeting in moderation.ftl); "skovvi" = blankett (as the form in
# form.ftl), "báberskovvi" = pappersblankett; "plakáhta" = affisch; "koda" = kod;
# "šluhttet" = ställa in (cancel); "kaleandar" = kalender; "dulka" / "dulkon" = tolk / tolkning;
# "dieđihit iežas" = anmäla sig; "oktavuođaolmmoš" = kontaktperson (as editor.ftl);
# "oaivil" = synpunkt; "Muital maid oaivvildat" = "Tyck till" (as form-heading).
# DD:MM = diibmu (hour), minuhtta (minute); JJJJ-MM-BB as in editor-date-hint.

common-nav-meetings = Čoahkkimat
editor-meetings = Čoahkkimat
editor-print = Plakáhtat ja skovit
audit-action-meeting-create = Lasihii čoahkkima
audit-action-meeting-edit = Rievdadii čoahkkima
audit-action-meeting-cancel = Šluhttii čoahkkima
report-dimension-meeting = Čoahkkin
enter-meeting = Guđe čoahkkin?
enter-meeting-none = Vállje čoahkkima
enter-code = Koda báberskovis
enter-code-help = Vihtta mearkka, ovdamearkka dihte K7M2Q. Koda čuožžu skovi bajimusas.
enter-code-unknown = Dat koda ii gávdno almmuhuvvon dialogain. Dárkkis koda skovis.
enter-code-submit = Oza dialoga

## Meetings

meeting-error-time = Čále áiggi dán láhkai: DD:MM, ovdamearkka dihte 18:00.
meeting-error-times-order = Loahppanáigi ferte leat maŋŋel álgináiggi.
# intentionally-same
# $date is a date written out ("3 December 2026"), $start and $end are times (18:00).
meeting-when = { $date }, { $start }–{ $end }
meeting-online = Neahttačoahkkin
meeting-sign-language = Ruoŧa mearkagiella
meeting-interpreting-none = Ii leat dulka
meeting-step-free = Latnjii beassá tráhpaid haga
meeting-hearing-loop = Gullanslynga
meeting-access-none = Eai leat dieđut beasatlašvuođa birra
meeting-registration-yes = Dieđit iežat ovdagihtii oktavuođaolbmui
meeting-registration-no = Ii dárbbaš dieđihit, boađe goas háliidat
meeting-languages = Gielat čoahkkimis
meeting-interpreting = Dulkon
meeting-access = Beasatlašvuohta
meeting-registration = Dieđiheapmi
meeting-contact = Oktavuohta
meeting-cancelled = Čoahkkin lea šluhttejuvvon.
# $date and $time: when the meeting was first planned.
meeting-moved = Čoahkkin lea sirdojuvvon. Dat lei ovdal plánejuvvon { $date } dii. { $time }.
meeting-link = Liŋka čoahkkimii
meeting-where = Báiki
meeting-calendar = Lasit iežat kaleandarii (.ics)
meeting-section = Čoahkkimat
meeting-all = Buot čoahkkimat
meeting-list-title = Čoahkkimat
meeting-list-intro = Dás leat boahtte čoahkkimat gos sáhtát deaivvadit minguin ja muitalit maid oaivvildat. Oaivilat čoahkkimiin leat seammá dehálaččat go oaivilat neahtas.
meeting-list-empty = Dál eai leat boahtte čoahkkimat.
meeting-feed = Diŋgo buot čoahkkimiid iežat kaleandarii
meeting-feed-help = Lasit liŋkka kaleandardiŋgojupmin. Dalle oainnát iežat kaleandaris ođđa, sirdojuvvon ja šluhttejuvvon čoahkkimiid.
meeting-scheduled = Plánejuvvon
meeting-when-label = Áigi
meeting-status = Dilli
# $title: the dialogue's title.
meeting-edit-title = Čoahkkimat: { $title }
meeting-edit-intro = Čoahkkimat čájehuvvojit dialoga siiddus ja buot čoahkkimiid listtus. Čoahkkin ii goassege sihkkojuvvo: šluhtte dan baicca, vai buohkat oidnet ahte dat ii dollojuvvo.
meeting-done-saved = Čoahkkin lea vurkejuvvon.
meeting-done-cancelled = Čoahkkin lea šluhttejuvvon.
meeting-new = Lasit čoahkkima
meeting-versions = Veršuvnnat
meeting-version = Veršuvdna
meeting-change = Rievdadus
meeting-changed-at = Goas
meeting-cancel-heading = Šluhtte čoahkkima
meeting-cancel-help = Čoahkkin báhcá, ja siidduin ja kaleandariin čuožžu ahte dat lea šluhttejuvvon.
meeting-cancel = Šluhtte čoahkkima
meeting-back = Ruovttoluotta čoahkkimiidda
meeting-date = Beaivemearri (JJJJ-MM-BB)
meeting-start = Álgá (DD:MM)
meeting-end = Loahppá (DD:MM)
meeting-online-choice = Čoahkkin lea neahttačoahkkin
meeting-online-help = Čále dalle liŋkka čoahkkimii. Báiki ja čujuhus eai dárbbašuvvo.
meeting-place = Guovlu
meeting-place-none = Vállje guovllu
meeting-venue = Latnja
meeting-address = Čujuhus
meeting-registration-choice = Ferte dieđihit iežas
meeting-save = Vurke rievdadusa
meeting-add = Lasit čoahkkima
# The title of a meeting in a calendar. $title: the dialogue's title.
meeting-event-title = Čoahkkin: { $title }

## Print kit

# Read by screen readers for the QR code. $url: the address it holds.
print-qr-label = QR-koda čujuhussii { $url }
# $from and $to: dates written out.
print-opens = Muital maid oaivvildat { $from } rájes { $to } rádjái
# $date: the last day to take part.
print-until = Muital maid oaivvildat maŋimusat { $date }
# $title: the dialogue's title.
print-poster-title = Plakáhta: { $title }
print-ways = Ná muitalat maid oaivvildat
print-way-web = Neahtas:
print-way-web-text = Skánne QR-koda telefovnnain dahje čále čujuhusa.
print-way-paper = Bábiris:
print-way-paper-text = Bivdde skovi girjerádjosis, deaivvadanbáikkis dahje oktavuođaolbmos.
print-way-phone = Telefovnnain:
# $phone: the contact's phone number.
print-way-phone-text = Riŋge nummarii { $phone } ja muital maid oaivvildat.
print-way-meetings = Čoahkkimiin:
print-multi-heading = Plakáhta máŋgga gielain
print-multi-submit = Čájet plakáhta
# $code: the dialogue's short code (five characters).
print-code = Koda: { $code }
print-form-title = Skovvi: { $title }
# $date: the last day to take part.
print-form-intro = Čále iežat vástádusaid ja atte skovi maŋimusat { $date }. It dárbbaš vástidit buot gažaldagaide. Mii čállit du vástádusaid neahttii, ja dat dárkkistuvvojit seammá láhkai go buot eará oaivilat.
print-form-post = Háliidan diehtit boađu reivviin
# $name and $email: the dialogue's contact.
print-form-return = Atte skovi oktavuođaolbmui ({ $name }) dahje sádde gažaldagaid e-boasttain: { $email }.
print-kit-title = Plakáhtat ja skovit: { $title }
print-kit-unpublished = Almmut dialoga vuos. Plakáhtat ja skovit čájehit almmuhuvvon dialoga.
print-kit-poster = Plakáhta
print-kit-form = Skovvi
print-kit-address = Oanehis čujuhus
# $code: the dialogue's short code.
print-kit-code = Dialoga koda lea { $code }. Dat čuožžu skoviin ja oanehis čujuhusain. Čále dan siidui ”Registrere oaivila”, de gávnnat dialoga.
print-kit-intro = Čálih plakáhta ja skoviid juohke gillii. QR-koda doalvu dialogii seammá gillii go plakáhta.
print-kit-languages = Gielat
