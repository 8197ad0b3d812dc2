# Status: machine-drafted, not yet reviewed by a native speaker.

# The staff side: signing in, and the moderation queue.
# "Tjaeledh sïjse" / "tjaeledh olkese" = sign in / sign out; "barkije" = staff member.
# "Gïehtjedidh" (check) is used for "granska" (review), "jååhkesjidh" for approve, "nyöjhkedh" for reject.
# "Vuajnoe" is used for "synpunkt" (view), as in form.ftl.

staff-login-title = Tjaelieh sïjse barkijinie
staff-login-intro = Barre staaredajven barkijh maehtieh sïjse tjaeledh. Årrojh eah daarpesjh naan kontoem.
staff-email = E-påasteadresse
# "Baahtsemebaakoe" = password (Giellagáldu term).
staff-password = Baahtsemebaakoe
staff-login-submit = Tjaelieh sïjse
staff-login-error-bad-credentials = E-påasteadresse jallh baahtsemebaakoe ij leah rïektes.
staff-login-error-throttled = Fer jïjnjh pryövenassh. Vuertieh aktem minuhtem jïh pryövh vihth.
staff-logout = Tjaelieh olkese
# $email is the signed-in person's address, $role their role (one of the role- messages).
staff-signed-in-as = Sïjse tjaaleme: { $email } ({ $role })
role-admin = reeredæjja
role-editor = redaktööre
role-moderator = moderatovre

staff-moderation-title = Gïehtjh vuajnoeh
# "Moderasjovnepolitihke" = moderation policy. The last sentence says literally
# "All views are kept as public records, also those that are rejected."
staff-moderation-intro = Båarasommes vuajnoe voestegh. Jååhkesjh dam mij njoelkedasside dåerede; nyöjhkh fåantojne moderasjovnepolitihkeste. Gaajhkh vuajnoeh vöörhkesuvvieh byögkeles tjaatseginie, aaj dah mah nyöjhkesuvvieh.
# [two] is the dual: exactly 2 ("göökte" = two).
staff-moderation-count = { $count ->
    [0] Ij naan vuajnoe gïehtjedimmiem vuertieh.
    [one] Akte vuajnoe gïehtjedimmiem vuarta.
    [two] Göökte vuajnoeh gïehtjedimmiem vuertieh.
   *[other] { $count } vuajnoeh gïehtjedimmiem vuertieh.
}
staff-view-dialogue = Govlesadteme
staff-view-language = Gïele
staff-view-received = Dååsteme
staff-view-reference = Referansenummere
staff-view-consent = Maahta bæjhkoehtovvedh
staff-view-consent-no = Ijje, barre iktedæmman
staff-view-consent-yes = Jaavoe
staff-view-flagged = Maahta persovneles bïevnesh utnedh (almetjenummerem, telefovnenummerem jallh e-påasteadressem). Lohkh eensilaakan.
staff-approve = Jååhkesjh
staff-reject = Nyöjhkh
staff-reject-reason = Nyöjhkemen fåantoe
reason-personal-data = Persovneles bïevnesh
# Literally "Threat or hate".
reason-threat = Aajhtoe jallh aassjoe
# "Irhkeme" = harassment, insulting; a reviewer may prefer another word.
reason-offensive = Irhkeme
reason-off-topic = Ij govlesadtemen bïjre
reason-spam = Reklaame jallh raate
# Literally "The same view more than once".
reason-duplicate = Seamma vuajnoe vielie goh akten aejkien
staff-done-approved = Vuajnoe lea jååhkesjovveme jïh bæjhkoehtovveme.
staff-done-rejected = Vuajnoe lea nyöjhkesovveme. Dïhte annje arkijvesne gååvnese.

staff-error-not-signed-in = Datne tjoerh sïjse tjaeledh juktie daam sæjroem vuejnedh.
# "Dåemiedimmie" = role (function).
staff-error-forbidden = Dov dåemiedimmie ij luhpiem vedtieh daan sæjrose.
# Machine draft, not reviewed by a native speaker.
staff-error-change-password-first = Dov baakoe orrestahteme. Veeljh jïjtje baakoem åvtelen guhkiebasse jåhkah.
staff-error-csrf = Skjeemam ij gåaredh gïehtjedidh. Orresth sæjroem jïh pryövh vihth.
staff-error-gone = Naaken jeatjah lea joe daam vuajnoem gïehtjedamme.

# The navigation between staff pages, and the audit log (administrators).
staff-nav-label = Barkiji menyve
staff-nav-moderation = Gïehtjh vuajnoeh
staff-nav-audit = Loggo
staff-audit-title = Darjoej loggo
staff-audit-intro = Gie mam dorjeme, gåessie jïh man åvteste. Loggoem ij maehtieh jarkelidh jallh jaemiedidh. Orremes voestegh, jeenemes 200 linjh.
staff-audit-filter = Vuesehth darjomem
staff-audit-filter-any = Gaajhkh darjomh
staff-audit-filter-submit = Vuesehth
staff-audit-when = Gåessie
staff-audit-who = Gie
staff-audit-what = Darjome
staff-audit-target = Man bïjre
staff-audit-reason = Fåantoe
staff-audit-empty = Ij naan darjome vuesiehtidh.
audit-action-login = Sïjse tjaeledimmie
audit-action-login-failed = Sïjse tjaeledimmie ij lyjhkesovvi
audit-action-approve = Vuajnoem jååhkesji
audit-action-reject = Vuajnoem nyöjhki
# Hiding a published view (and showing it again): for what should not have been published.
staff-published-heading = Bæjhkoehtovveme vuajnoeh (50 minngemes)
staff-hidden-heading = Tjïekeldihkie vuajnoeh
staff-hide = Tjïekh
staff-hide-reason = Tjïekedimmien fåantoe
staff-restore = Vuesehth vihth
staff-done-hidden = Vuajnoe lea tjïekesovveme. Originaale annje arkijvesne gååvnese.
staff-done-restored = Vuajnoe vihth vuesiehtovvoe.
audit-action-hide = Vuajnoem tjïekeli
audit-action-restore = Vuajnoem vihth vuesiehti

# Approving several pending views at once.
# Next to each pending view: the checkbox that selects it for approving together.
staff-bulk-select = Veeljh jååhkesjidh
staff-bulk-approve = Jååhkesjh veeljeme vuajnoeh
staff-done-approved-many = { $count ->
    [0] Ij naan vuajnoe veeljesovveme.
    [one] Akte vuajnoe lea jååhkesjovveme jïh bæjhkoehtovveme.
    [two] Göökte vuajnoeh leah jååhkesjovveme jïh bæjhkoehtovveme.
   *[other] { $count } vuajnoeh leah jååhkesjovveme jïh bæjhkoehtovveme.
}
