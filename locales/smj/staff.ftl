# Status: machine-drafted, not yet reviewed by a native speaker.

# The staff side: signing in, and the moderation queue.
# "Tjáledit sisi" / "tjáledit ålgus" = sign in / sign out; "bargge" = staff member.
# "Dárkestit" (check) is used for "granska" (review), "dåhkkidit" for approve, "hilggot" for reject.
# "Vuojnno" is used for "synpunkt" (view), as in form.ftl.

# Literally "Signing in for staff".
staff-login-title = Sisi tjáledibme barggijda
staff-login-intro = Dåssju stádaoase bargge máhtti sisi tjáledit. Viesáda e dárbaha kontov.
staff-email = E-poasstaadræssa
staff-password = Bessambáhko
staff-login-submit = Tjáleda sisi
staff-login-error-bad-credentials = E-poasstaadræssa jali bessambáhko l boasstot.
staff-login-error-throttled = Ilá moadda gæhttjalime. Vuorde minuhtav ja gæhttjala vas.
staff-logout = Tjáleda ålgus
# $email is the signed-in person's address, $role their role (one of the role- messages).
staff-signed-in-as = Sisi tjáledam: { $email } ({ $role })
role-admin = háldadiddje
role-editor = redakterra
role-moderator = moderatåvrrå

staff-moderation-title = Dárkesta vuojnojt
# "Moderierimpolitihkka" = moderation policy; a reviewer may prefer another term.
staff-moderation-intro = Boarrásamos vuojnno vuostak. Dåhkkida dav mij tjuovvu njuolgadusájt; hilggo sivajn moderierimpolitihkas. Ep majdik sihko: gájkka vuorkkiduvvá almulasj dokumænntan.
# After a number of two or more the noun is in the genitive singular (vuojno), the verb in the plural.
staff-moderation-count = { $count ->
    [0] Ij aktak vuojnno vuorde dárkestimev.
    [one] Akta vuojnno vuorddá dárkestimev.
    [two] Guokta vuojno vuorddi dárkestimev.
   *[other] { $count } vuojno vuorddi dárkestimev.
}
staff-view-dialogue = Dialåvggå
staff-view-language = Giella
staff-view-received = Vuosstájváldedum
staff-view-reference = Referánssanummar
staff-view-consent = Oadtju almoduvvat
staff-view-consent-no = Ij, dåssju tjoahkkájgessussaj
staff-view-consent-yes = Jo
staff-view-flagged = Máhttá sisadnet persåvnnådiedojt (persåvnnånummarav, telefåvnnånummarav jali e-poasstaadræssav). Låhkå dárkkelit.
staff-approve = Dåhkkida
staff-reject = Hilggo
staff-reject-reason = Hilggomsivva
reason-personal-data = Persåvnnådiedo
# Literally "Threat or hate".
reason-threat = Ájtto jali vassje
# Literally "Mockery, insult".
reason-offensive = Bilkkedibme
reason-off-topic = Ij guoska dialåvggåj
reason-spam = Reklábma jali spámma
# Literally "The same view more than once".
reason-duplicate = Seamma vuojnno ienep gå akti
staff-done-approved = Vuojnno l dåhkkiduvvam ja almoduvvam.
staff-done-rejected = Vuojnno l hilgoduvvam. Dat ájn gávnnu arkijvan.

# Literally "Sign in if you want to see this page."
staff-error-not-signed-in = Tjáleda sisi jus sidá dáv bielev vuojnnet.
staff-error-forbidden = Duv roallan ij la loahpe dán bælláj.
# Machine draft, not reviewed by a native speaker.
staff-error-change-password-first = Du bæssansáno l ådåsmahtedum. Válljiji iesj bæssansánev åvdål gå joarkká.
staff-error-csrf = Sjiebmáv ittjij máhte dárkestit. Ådåsmahte bielev ja gæhttjala vas.
staff-error-gone = Guhtik ietjá la juo dáv vuojnov dárkestam.

# The navigation between staff pages, and the audit log (administrators).
staff-nav-label = Barggij miennu
staff-nav-moderation = Dárkesta vuojnojt
staff-nav-audit = Loggå
staff-audit-title = Dagoj loggå
staff-audit-intro = Guhti dagáj majt, goassa ja manen. Loggåv ij máhte rievddadit jali sihkkot. Ådåsamos vuostak, ienemusát 200 linjá.
staff-audit-filter = Vuoseda dagov
staff-audit-filter-any = Gájkka dago
staff-audit-filter-submit = Vuoseda
staff-audit-when = Goassa
staff-audit-who = Guhti
staff-audit-what = Dahko
staff-audit-target = Guoská
staff-audit-reason = Sivva
staff-audit-empty = Ij makkirak dahko vuosedit.
audit-action-login = Sisi tjáledibme
audit-action-login-failed = Boasstot sisi tjáledibme
audit-action-approve = Dåhkkidij vuojnov
audit-action-reject = Hilgoj vuojnov
# Hiding a published view (and showing it again): for what should not have been published.
staff-published-heading = Almoduvvam vuojno (50 maŋemus)
staff-hidden-heading = Tjiegadum vuojno
staff-hide = Tjiega
staff-hide-reason = Tjiegadime sivva
staff-restore = Vuoseda virtásit
staff-done-hidden = Vuojnno l tjiegadum. Originálla ájn gávnnu arkijvan.
staff-done-restored = Vuojnno vuosedaduvvá virtásit.
audit-action-hide = Tjiegadij vuojnov
audit-action-restore = Vuosedij vuojnov virtásit

# Approving several pending views at once.
# Next to each pending view: the checkbox that selects it for approving together.
staff-bulk-select = Vállji dåhkkidibmáj
staff-bulk-approve = Dåhkkida válljidum vuojnojt
staff-done-approved-many = { $count ->
    [0] Ij aktak vuojnno lim válljidum.
    [one] Akta vuojnno dåhkkiduvvaj ja almoduvvaj.
    [two] Guokta vuojno dåhkkiduvvijga ja almoduvvijga.
   *[other] { $count } vuojno dåhkkiduvvin ja almoduvvin.
}
