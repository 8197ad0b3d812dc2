# Status: machine-drafted, not yet reviewed by a native speaker.

# The staff side: signing in, and the moderation queue.
# "Čálit sisa" / "čálit olggos" (from čálihit) = sign in / sign out; "bargi" = staff member.
# "Dárkkistit" (check) is used for "granska" (review), "dohkkehit" for approve, "hilgut" for reject.
# "Oaivil" (opinion) is used for "synpunkt" (view), as in form.ftl.

staff-login-title = Čálit sisa bargin
# Literally "As a resident you do not need an account."
staff-login-intro = Sisačáliheapmi lea dušše gávpotoasi bargiide. Ássin it dárbbaš konttu.
staff-email = E-boastačujuhus
staff-password = Beassansátni
staff-login-submit = Čálit sisa
staff-login-error-bad-credentials = Boasttu e-boastačujuhus dahje beassansátni.
staff-login-error-throttled = Menddo máŋga geahččaleami. Vuordde minuhta ja geahččal ođđasit.
staff-logout = Čálit olggos
# $email is the signed-in person's address, $role their role (one of the role- messages).
staff-signed-in-as = Čálihan sisa nugo { $email } ({ $role })
role-admin = hálddašeaddji
role-editor = doaimmaheaddji
role-moderator = moderáhtor

staff-moderation-title = Dárkkis oaiviliid
# "Moderenpolitihkka" = moderation policy; a reviewer may prefer another term.
staff-moderation-intro = Boarráseamos oaivil vuosttažin. Dohkket dan mii čuovvu njuolggadusaid; hilgo ákkain moderenpolitihkas. Mihkkege ii sihkkojuvvo: buot vurkejuvvo almmolaš áššebáhpárin.
# After a number of two or more the noun is in the genitive singular (oaivila), the verb in the plural.
staff-moderation-count = { $count ->
    [0] Ii oktage oaivil vuorde dárkkisteami.
    [one] Okta oaivil vuordá dárkkisteami.
    [two] Guokte oaivila vurdet dárkkisteami.
   *[other] { $count } oaivila vurdet dárkkisteami.
}
staff-view-dialogue = Dialoga
staff-view-language = Giella
# Literally "Arrived".
staff-view-received = Boahtán
staff-view-reference = Referánsanummar
staff-view-consent = Oažžu almmuhit
staff-view-consent-no = Ii, dušše čoahkkáigeassui
staff-view-consent-yes = Juo
staff-view-flagged = Sáhttá sisttisdoallat persovdnadieđuid (persovdnanummara, telefonnummara dahje e-boastačujuhusa). Loga dárkilit.
staff-approve = Dohkket
staff-reject = Hilgo
staff-reject-reason = Hilgunágga
reason-personal-data = Persovdnadieđut
# Literally "Threat or hateful speech".
reason-threat = Áitta dahje vašálaš hupman
reason-offensive = Loavkideaddji
reason-off-topic = Ii guoskka dialogii
# Literally "Advertising or other useless text".
reason-spam = Máinnus dahje eará ávkkeheapme teaksta
# Literally "The same view twice".
reason-duplicate = Seamma oaivil guktii
staff-done-approved = Oaivil lea dohkkehuvvon ja almmuhuvvon.
staff-done-rejected = Oaivil lea hilgojuvvon. Dat lea ain arkiivvas.

staff-error-not-signed-in = Don fertet čálihit sisa vai oainnát dán siiddu.
staff-error-forbidden = Du rollas ii leat beassanlohpi dán siidui.
# Machine draft, not reviewed by a native speaker.
staff-error-change-password-first = Du beassansátni lea ođasmahttojuvvon. Vállje iežat beassansáni ovdalgo joatkkát.
staff-error-csrf = Skovvi ii sáhttán dárkkistuvvot. Ođasmahte siiddu ja geahččal ođđasit.
staff-error-gone = Muhtin eará lea juo dárkkistan dán oaivila.

# The navigation between staff pages, and the audit log (administrators).
staff-nav-label = Bargiid fállu
staff-nav-moderation = Dárkkis oaiviliid
staff-nav-audit = Logga
staff-audit-title = Doaimmaid logga
staff-audit-intro = Gii dagai maid, goas ja manne. Logga ii sáhte rievdaduvvot iige sihkkojuvvot. Ođđaseamos vuosttažin, eanemusat 200 linjá.
staff-audit-filter = Čájet doaimma
staff-audit-filter-any = Buot doaimmat
staff-audit-filter-submit = Čájet
staff-audit-when = Goas
staff-audit-who = Gii
staff-audit-what = Doaibma
staff-audit-target = Guoská
staff-audit-reason = Ákka
staff-audit-empty = Eai leat doaimmat maid čájehit.
audit-action-login = Sisačáliheapmi
audit-action-login-failed = Eahpelihkostuvvan sisačáliheapmi
audit-action-approve = Dohkkehii oaivila
audit-action-reject = Hilggui oaivila
# Hiding a published view (and showing it again): for what should not have been published.
staff-published-heading = Almmuhuvvon oaivilat (50 maŋimuš)
staff-hidden-heading = Čihkkojuvvon oaivilat
staff-hide = Čiega
staff-hide-reason = Čiehkama sivva
staff-restore = Čájet fas
staff-done-hidden = Oaivil lea čihkkojuvvon. Originála báhcá arkiivii.
staff-done-restored = Oaivil čájehuvvo fas.
audit-action-hide = Čihkkii oaivila
audit-action-restore = Čájehii oaivila fas

# Approving several pending views at once.
# Next to each pending view: the checkbox that selects it for approving together.
staff-bulk-select = Vállje dohkkeheapmái
staff-bulk-approve = Dohkket válljejuvvon oaiviliid
staff-done-approved-many = { $count ->
    [0] Ii oktage oaivil lean válljejuvvon.
    [one] Okta oaivil dohkkehuvvui ja almmuhuvvui.
    [two] Guokte oaivila dohkkehuvvojedje ja almmuhuvvojedje.
   *[other] { $count } oaivila dohkkehuvvojedje ja almmuhuvvojedje.
}
