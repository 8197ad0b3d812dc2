# Status: machine-drafted, not yet reviewed by a native speaker.
# The staff side: signing in, and the moderation queue.
# Meänkieli: follows the other fit files: "dialoogi", "mielipie" (plural "mielipitheet"),
# "e-posti", "planketti" (form), "referensinumero", "julkinen asiakirja", "eli" for "or".

staff-login-title = Kirjaudu sisäle työntekijänä
staff-login-intro = Kirjautuminen oon vain kaupunkiosan työntekijöile. Asukhaana sie et tartte kontoa.
staff-email = E-postiosote
staff-password = Salasana
staff-login-submit = Kirjaudu sisäle
staff-login-error-bad-credentials = Väärä e-postiosote eli salasana.
staff-login-error-throttled = Liian monta yritystä. Oota minuutti ja yritä uuesti.
staff-logout = Kirjaudu ulos
# $email is the signed-in person's address, $role their role (one of the role- messages).
staff-signed-in-as = Kirjautunu sisäle: { $email } ({ $role })
# Role names are lowercase and in the nominative, as they appear in parentheses in staff-signed-in-as.
role-admin = administraattori
role-editor = toimittaja
role-moderator = moderaattori

staff-moderation-title = Tarkasta mielipitheet
staff-moderation-intro = Vanhin mielipie ensin. Hyväksy se mikä seuraa sääntöjä; hylkää muut ja valitte syy moderointisäännöistä. Mithään ei poisteta: kaikki säilytethään julkisina asiakirjoina.
staff-moderation-count = { $count ->
    [0] Yhtään mielipiettä ei oota tarkastusta.
    [one] Yks mielipie oottaa tarkastusta.
   *[other] { $count } mielipiettä oottaa tarkastusta.
}
staff-view-dialogue = Dialoogi
staff-view-language = Kieli
staff-view-received = Vasthaanotettu
staff-view-reference = Referensinumero
staff-view-consent = Saa julkasta
staff-view-consent-no = Ei, vain yhtheenvethoon
staff-view-consent-yes = Jaa
staff-view-flagged = Saattaa sisältää henkilötietoja (henkilönumero, telefooninumero eli e-posti). Lue tarkasti.
staff-approve = Hyväksy
staff-reject = Hylkää
staff-reject-reason = Syy hylkäämisheen
reason-personal-data = Henkilötietoja
# "hets" is incitement, as in "hets mot folkgrupp".
reason-threat = Uhkaus eli yllytys
reason-offensive = Loukkaava
reason-off-topic = Ei koske dialoogia
reason-spam = Reklaami eli roska
# A view sent twice ("dubblett").
reason-duplicate = Kahesti lähätetty
staff-done-approved = Mielipie oon hyväksytty ja julkastu.
staff-done-rejected = Mielipie oon hylätty. Se jääpi arkiivhiin.

staff-error-not-signed-in = Sinun pittää kirjautua sisäle ennen ko sie näet tämän sivun.
staff-error-forbidden = Sinun roolila ei ole oikeutta tähän sivhuun.
# Machine draft, not reviewed by a native speaker.
staff-error-change-password-first = Sinun salasana on nollattu. Valitte oman salasanan ennen ko jatkat.
staff-error-csrf = Plankettia ei saatu tarkastettua. Päivitä sivu ja yritä uuesti.
staff-error-gone = Joku toinen oon jo tarkastanu tämän mielipitheen.

# The navigation between staff pages, and the audit log (administrators).
staff-nav-label = Työntekijämeny
staff-nav-moderation = Tarkasta mielipitheet
staff-nav-audit = Loki
staff-audit-title = Loki toimenpitheistä
staff-audit-intro = Kuka teki mitä, milloin ja miksi. Lokia ei saata muuttaa eikä poistaa. Uusimmat ensin, enintään 200 riviä.
staff-audit-filter = Näytä toimenpie
staff-audit-filter-any = Kaikki toimenpitheet
staff-audit-filter-submit = Näytä
staff-audit-when = Milloin
staff-audit-who = Kuka
staff-audit-what = Toimenpie
staff-audit-target = Koskee
staff-audit-reason = Syy
staff-audit-empty = Ei ole toimenpitheitä näyttää.
audit-action-login = Kirjautuminen
audit-action-login-failed = Epäonnistunu kirjautuminen
audit-action-approve = Hyväksyi mielipitheen
audit-action-reject = Hylkäsi mielipitheen
# Hiding a published view (and showing it again): for what should not have been published.
staff-published-heading = Julkastut mielipitheet (50 viimisintä)
staff-hidden-heading = Piilotetut mielipitheet
staff-hide = Piilota
staff-hide-reason = Syy piilottamisheen
staff-restore = Näytä uuesti
staff-done-hidden = Mielipie oon piilotettu. Alkuperäinen jääpi arkiivhiin.
staff-done-restored = Mielipie näytethään uuesti.
audit-action-hide = Piilotti mielipitheen
audit-action-restore = Näytti mielipitheen uuesti

# Approving several pending views at once.
# Next to each pending view: the checkbox that selects it for approving together.
staff-bulk-select = Valitse hyväksyttäväksi
staff-bulk-approve = Hyväksy valitut
staff-done-approved-many = { $count ->
    [0] Yhtään mielipiettä ei olt valittu.
    [one] Yks mielipie hyväksythiin ja julkasthiin.
   *[other] { $count } mielipiettä hyväksythiin ja julkasthiin.
}
