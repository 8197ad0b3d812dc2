# Status: machine-drafted, not yet reviewed by a native speaker.

# Moderation beyond approve and reject: residents' reports of published views, redacting part
# of a text, views that need translating, and views received on paper, by phone or at a meeting.
# "Dieđihit" (report) is used for "anmäla", "dieđáhus" for "anmälan".
# "Čiehkat oasi" (hide a part) is used for "maska" (redact); a reviewer may prefer another verb.

# On the public dialogue page, under each published view: a small form to report it.
report-summary = Dieđit oaivila
report-intro = Rihkkugo oaivil dialoga njuolggadusaid? Dalle moderáhtor lohká dan ođđasit.
report-reason = Manne dieđihat dan?
report-submit = Sádde dieđáhusa
report-thanks-title = Giitu du dieđáhusa ovddas
# Literally "... Until then it is still shown."
report-thanks = Moderáhtor lohká oaivila ođđasit. Dassážii dat čájehuvvo ain.
report-back = Ruovttoluotta dialogii
report-error-rate = Don leat sádden máŋga dieđáhusa oanehis áiggi siste. Vuordde veaháš ja geahččal ođđasit.
report-error-gone = Oaivil ii leat šat almmuhuvvon.
# Shown to the public where a moderator has removed part of a view.
# Literally "[a moderator has taken away]".
redacted-marker = [moderáhtor lea váldán eret]

# The moderation queue: reported views.
# $count is the number of published views that residents have reported.
# After a number of two or more the noun is in the genitive singular (oaivila).
staff-reported-count = { $count ->
    [0] Ii oktage dieđihuvvon oaivil.
    [one] Okta dieđihuvvon oaivil.
    [two] Guokte dieđihuvvon oaivila.
   *[other] { $count } dieđihuvvon oaivila.
}
# Literally "Reason for the report".
staff-reported-as = Dieđihanákka
staff-report-dismiss = Bisut almmuhuvvon (hilgo dieđáhusa)
staff-done-dismissed = Dieđáhus lea hilgojuvvon. Oaivil čájehuvvo ain.
staff-filter-reason = Ákka
staff-filter-reason-hint = Jus válljet persovdnadieđuid, de čájehuvvojit maiddái oaivilat mat vurdet dárkkisteami ja mat sáhttet sisttisdoallat daid.

# Redacting a part of a view's text.
staff-redact = Čiega oasi teavsttas
staff-redact-passage = Teaksta mii galgá čihkkojuvvot (máŋge dárkilit dan oasi mii galgá eret)
staff-redact-reason = Oasi čiehkama sivva
# Literally "The part is hidden, and others do not see it. ..."
staff-done-redacted = Oassi lea čihkkojuvvon, ja earát eai oainne dan. Originálateaksta báhcá arkiivii.
staff-error-passage = Dat teaksta ii gávdno oaivilis. Máŋge dárkilit dan oasi mii galgá eret.
staff-view-public-version = Ná teaksta čájehuvvo buohkaide:

# Views in a language the moderator may not read.
staff-needs-translation = Dárbbaša jorgaluvvot
staff-mark-translation = Merke: dárbbaša jorgaluvvot
staff-done-translation = Oaivil lea merkejuvvon: dat galgá jorgaluvvot ovdal go dárkkistuvvo.

# Views received on paper, by phone or at a meeting.
staff-view-channel = Kanála
channel-web = Neahtta
channel-paper = Bábir
channel-phone = Telefovdna
channel-meeting = Čoahkkin
staff-nav-enter = Registrere oaivila
enter-title = Registrere oaivila mii boahtá bábiris, telefovnnas dahje čoahkkimis
enter-intro = Čále oaivila nu go dat addojuvvui. Dat dárkkistuvvo seammá láhkai go oaivilat neahtas.
enter-choose-submit = Joatkke
enter-channel = Movt oaivil bođii?
enter-submit = Registrere oaivila
# $reference is the new view's reference number.
enter-done = Oaivil lea registrerejuvvon referánsanummariin { $reference }.
enter-error-closed = Dialoga ii váldde vuostá oaiviliid dál.

audit-action-redact = Čihkkii oasi oaivilis
audit-action-report = Ássi dieđihii oaivila
audit-action-report-dismiss = Hilggui dieđáhusa
audit-action-needs-translation = Merkii jorgaleapmái
audit-action-view-enter = Registrerii oaivila eará kanálas

## The moderator's desk
# Machine draft, not reviewed by a native speaker.
# "Ráidu" (row, line) is used for "kö" (the moderation queue); a reviewer should check it.
# "Ráddjet" (filter) as in list-filter-heading, "válljet" for "markera" (check a box) as in
# staff-bulk-select, "čiehkat" for "maska" (redact) as above.

staff-filter-heading = Ráddje ráiddu
staff-filter-submit = Čájet
staff-filter-translation = Dušše oaivilat mat dárbbašit jorgaluvvot
staff-queue-pages = Ráiddu siiddut
# Followed by the list of reasons: literally "Reject the selected views with this reason".
staff-bulk-reject = Hilgo válljejuvvon oaiviliid dáinna ákkain
# $reference: the view's reference number, so that each checkbox has its own name.
staff-bulk-select-one = Vállje { $reference }
# [two] is the dual; as in staff-done-approved-many, the noun after two or more is oaivila.
staff-done-rejected-many = { $count ->
    [0] Ii oktage oaivil lean válljejuvvon.
    [one] Okta oaivil hilgojuvvui.
    [two] Guokte oaivila hilgojuvvojedje.
   *[other] { $count } oaivila hilgojuvvojedje.
}
staff-more = Eanet molssaeavttut
# What a highlighted passage looks like; shown in brackets before it, so that colour is not the only sign.
staff-personal-identity-number = Persovdnanummar
staff-personal-phone = Telefonnummar
staff-personal-email = E-boastačujuhus
# A button that redacts one passage. $kind: what it looks like (Telefonnummar); $passage: the text.
# $kind cannot take the accusative, so it stands in brackets: "Hide (Phone number): ...".
staff-redact-this = Čiega ({ $kind }): { $passage }
# The staff bar: how many views wait, each a link to the queue.
staff-counts-label = Ráidu dál
# As in staff-moderation-count, the verb is in the plural after two or more.
staff-count-pending = { $count ->
    [0] Ii oktage vuorde
    [one] Okta vuordá
    [two] Guokte vurdet
   *[other] { $count } vurdet
}
staff-count-reported = { $count ->
    [0] Ii oktage dieđihuvvon
    [one] Okta dieđihuvvon
    [two] Guokte dieđihuvvon
   *[other] { $count } dieđihuvvon
}
staff-count-translation = { $count ->
    [0] Ii oktage dárbbaš jorgaluvvot
    [one] Okta dárbbaša jorgaluvvot
    [two] Guokte dárbbašit jorgaluvvot
   *[other] { $count } dárbbašit jorgaluvvot
}
staff-decided-by = Mearrádusa dagai { $who }: { $action }, { $when }.

## The desk with JavaScript: one key per action, and the name redacted in one action
# Machine draft, not reviewed by a native speaker.
# "Jođánisboalut" (quick keys) is used for "kortkommandon"; a reviewer may prefer another word.
# "Boallobeavdde boalut" (the keyboard's keys) for "tangenterna", so as not to be read as
# "boalut" (buttons, as in mail.ftl). "Merkejuvvon" for "markerad" (a highlighted passage),
# as in form-error-summary; "čiehkat" for "maska" (redact) and "ráidu" for "kö" as above.

# A button that redacts the name a view was sent with. $name: the name.
staff-redact-name = Čiega nama: { $name }
# Beside a name a moderator has redacted.
staff-name-redacted = čihkkojuvvon, ii čájehuvvo buohkaide
staff-keys-heading = Jođánisboalut
# Literally "... Nobody needs to use them: all buttons are still here."
staff-keys-intro = Boallobeavdde boalut doibmet dušše go fokus lea ráiddus, muhto eai go čálát gieddái. Daid ii dárbbaš geavahit: buot boalut leat ain dás.
staff-keys-toggle = Geavat jođánisboaluid
# Each follows a key shown before it (J, K, A, R, M).
staff-keys-next = boahtte oaivil
staff-keys-previous = ovddit oaivil
staff-keys-approve = dohkket oaivila
staff-keys-reject = hilgo dan ákkain mii lea válljejuvvon oaivila luhtte
staff-keys-redact = čiega vuosttaš merkejuvvon oasi
# Read aloud when a key moves to a view. $position and $total: numbers; $reference: the view's reference.
# Literally "View N, in all M: ...", so that it reads well aloud.
staff-keys-at = Oaivil { $position }, oktiibuot { $total }: { $reference }
staff-keys-end = Dán siiddus eai leat eanet oaivilat.
staff-keys-nothing = Dán oaivilis ii leat mihkkege merkejuvvon maid čiehkat.
staff-desk-failed = Dás ii lihkostuvvan vurket. Siidu ođasmahttojuvvo.
