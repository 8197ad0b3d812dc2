# Status: machine-drafted, not yet reviewed by a native speaker.

# Moderation beyond approve and reject: residents' reports of published views, redacting part
# of a text, views that need translating, and views received on paper, by phone or at a meeting.
# "Diededit" (report) is used for "anmäla", "diededibme" for "anmälan".
# "Tjiehkat oasev" (hide a part) is used for "maska" (redact); a reviewer may prefer another verb.

# On the public dialogue page, under each published view: a small form to report it.
report-summary = Diededa vuojnov
# Literally "If the view does not follow the dialogue's rules, a moderator reads it again."
report-intro = Jus vuojnno ij tjuovo dialåvgå njuolgadusájt, de moderatåvrrå dav vas låhkå.
report-reason = Manen dav diededa?
report-submit = Sáddi diededimev
report-thanks-title = Gijtto duv diededime åvdås
# Literally "... Until then the view is still shown."
report-thanks = Moderatåvrrå vuojnov vas låhkå. Dan rádjáj vuojnno ájn vuoseduvvá.
report-back = Ruopptot dialåvggåj
report-error-rate = La sáddim moadda diededime oanes ájgen. Vuorde binnáv ja gæhttjala vas.
report-error-gone = Vuojnno ij la desti almodum.
# Shown to the public where a moderator has removed part of a view.
# Literally "[a moderator removed (this)]".
redacted-marker = [moderatåvrrå gádodij]

# The moderation queue: reported views.
# $count is the number of published views that residents have reported.
# After a number of two or more the noun is in the genitive singular (vuojno).
staff-reported-count = { $count ->
    [0] Ij aktak diededum vuojnno.
    [one] Akta diededum vuojnno.
    [two] Guokta diededum vuojno.
   *[other] { $count } diededum vuojno.
}
# Literally "Reason for the report".
staff-reported-as = Diededime sivva
# Literally "The view remains published (reject the report)".
staff-report-dismiss = Vuojnno báhtsá almodum (hilggo diededimev)
staff-done-dismissed = Diededibme l hilgoduvvam. Vuojnno ájn vuoseduvvá.
staff-filter-reason = Sivva
staff-filter-reason-hint = Jus vállji persåvnnådiedojt, de vuoseduvvi aj vuojno ma vuorddi dárkestimev ja máhtti dakkirijt sisadnet.

# Redacting a part of a view's text.
staff-redact = Tjiega oasev tevstas
staff-redact-passage = Tevsta mij galggá tjiegaduvvat (kopiera dárkkelit dav oasev mij galggá ierit)
staff-redact-reason = Oase tjiegadime sivva
staff-done-redacted = Oasse l tjiegadum álmmugis. Originálla ájn gávnnu arkijvan.
staff-error-passage = Dát tevsta ij gávnnu vuojnon. Kopiera dárkkelit dav oasev mij galggá ierit.
staff-view-public-version = Nav tevsta vuoseduvvá álmmugij:

# Views in a language the moderator may not read.
staff-needs-translation = Dárbaj jårggåluvvat
staff-mark-translation = Mærkkoda: dárbaj jårggåluvvat
staff-done-translation = Vuojnno l mærkkodum: dat dárbaj jårggåluvvat åvddål gå dárkestuvvá.

# Views received on paper, by phone or at a meeting.
staff-view-channel = Kanálla
channel-web = Næhtta
channel-paper = Bábbár
channel-phone = Telefåvnnå
channel-meeting = Tjåhkanibme
staff-nav-enter = Registriera vuojnov
enter-title = Registriera vuojnov bábbáris, telefåvnås jali tjåhkanimes
# Literally "Write the view as the person said or wrote it. ..."
enter-intro = Tjále vuojnov nav gåk ulmusj dav javlaj jali tjálij. Dat dárkestuvvá seamma láhkáj gåk vuojno næhtas.
enter-choose-submit = Joarke
enter-channel = Gåktu vuojnno bådij?
enter-submit = Registriera vuojnov
# $reference is the new view's reference number.
enter-done = Vuojnno l registrieridum referánssanummarijn { $reference }.
enter-error-closed = Dialåvggå ij dálla vuosstájválde vuojnojt.

audit-action-redact = Tjiegadij oasev vuojnos
audit-action-report = Viesát diededij vuojnov
audit-action-report-dismiss = Hilgoj diededimev
audit-action-needs-translation = Mærkkodij jårggålussaj
audit-action-view-enter = Registrierij vuojnov ietjá kanálas
