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

## The moderator's desk
# Machine draft, not reviewed by a native speaker.
# No word for "kö" (the moderation queue) is used elsewhere in smj; these messages say
# "views" or "review" (dárkestibme) instead. "Vállji" for "markera" (check a box) as in
# staff-bulk-select, "tjiehkat" for "maska" (redact) as above.

# Literally "Choose which views are shown".
staff-filter-heading = Vállji makkir vuojno vuoseduvvi
staff-filter-submit = Vuoseda
# Literally "Only views marked for translation".
staff-filter-translation = Dåssju vuojno mærkkodum jårggålussaj
# Literally "Pages of the review".
staff-queue-pages = Dárkestime biele
# Followed by the list of reasons: literally "Reject the chosen views with this reason".
staff-bulk-reject = Hilggo válljidum vuojnojt dájna sivajn
# $reference: the view's reference number, so that each checkbox has its own name.
staff-bulk-select-one = Vállji { $reference }
# [two] is the dual, as in staff-done-approved-many.
staff-done-rejected-many = { $count ->
    [0] Ij aktak vuojnno lim válljidum.
    [one] Akta vuojnno hilgoduvvaj.
    [two] Guokta vuojno hilgoduvvijga.
   *[other] { $count } vuojno hilgoduvvin.
}
staff-more = Ienep
# What a highlighted passage looks like; shown in brackets before it, so that colour is not the only sign.
staff-personal-identity-number = Persåvnnånummar
staff-personal-phone = Telefåvnnånummar
staff-personal-email = E-poasstaadræssa
# A button that redacts one passage. $kind: what it looks like (Telefåvnnånummar); $passage: the text.
# $kind cannot take the accusative, so it stands in brackets: "Hide (Phone number): ...".
staff-redact-this = Tjiega ({ $kind }): { $passage }
# The staff bar: how many views wait, each a link to the queue. Literally "Views now".
staff-counts-label = Vuojno dálla
# As in staff-moderation-count, the verb is in the plural after two or more.
staff-count-pending = { $count ->
    [0] Ij aktak vuorde
    [one] Akta vuorddá
    [two] Guokta vuorddi
   *[other] { $count } vuorddi
}
staff-count-reported = { $count ->
    [0] Ij aktak diededum
    [one] Akta diededum
    [two] Guokta diededum
   *[other] { $count } diededum
}
# Literally "None / One / Two / N for translation" (as in audit-action-needs-translation).
staff-count-translation = { $count ->
    [0] Ij aktak jårggålussaj
    [one] Akta jårggålussaj
    [two] Guokta jårggålussaj
   *[other] { $count } jårggålussaj
}
staff-decided-by = Mierredusáv dagáj { $who }: { $action }, { $when }.

## The desk with JavaScript: one key per action, and the name redacted in one action
# Machine draft, not reviewed by a native speaker.
# "Jåhtelisboalo" (quick keys) is used for "kortkommandon"; a reviewer may prefer another word.
# "Boallobievde boalo" (the keyboard's keys) for "tangenterna", "boalo" alone for buttons
# (as in mail.ftl). As above, no word for "kö": the queue is "the list of views" (vuojnoj lista).
# "Mærkkodum" for "markerad" (a highlighted passage), as in form-error-summary.

# A button that redacts the name a view was sent with. $name: the name.
staff-redact-name = Tjiega namáv: { $name }
# Beside a name a moderator has redacted.
# Literally "hidden, the public does not see it".
staff-name-redacted = tjiegadum, álmmuk dav ij vuojne
staff-keys-heading = Jåhtelisboalo
# Literally "The keyboard's keys work only when the focus is in the list of views, and not when
# you write in a field. They are not needed: all buttons are still there."
staff-keys-intro = Boallobievde boalo doajmmi dåssju gå fokus l vuojnoj listan, ja e gå tjálá gieddáj. Dajt ij dárbaha adnet: gájkka boalo ájn gávnnuji.
staff-keys-toggle = Ane jåhtelisboalojt
# Each follows a key shown before it (J, K, A, R, M).
staff-keys-next = boahtte vuojnno
staff-keys-previous = åvdep vuojnno
staff-keys-approve = dåhkkida vuojnov
staff-keys-reject = hilggo sivajn mij l válljidum vuojnon
staff-keys-redact = tjiega vuostasj mærkkodum oasev
# Read aloud when a key moves to a view. $position and $total: numbers; $reference: the view's reference.
# "N / M"; a reviewer may prefer words ("view N of M") that read better aloud.
staff-keys-at = Vuojnno { $position } / { $total }: { $reference }
staff-keys-end = Dán bielen e gávnnu ienep vuojno.
# Literally "This view has nothing marked to hide."
staff-keys-nothing = Dán vuojnon ij la majdik mærkkodum tjiehkat.
# Literally "This could not be saved here. The page is renewed."
staff-desk-failed = Dáv ittjij máhte dáppe vuorkkit. Bielle ådåsmahteduvvá.
