# Status: machine-drafted, not yet reviewed by a native speaker.
# The staff side: signing in, and the moderation queue.
# Finnish: as in dialogue.ftl, "synpunkt" is "mielipide" and "dialog" "vuoropuhelu";
# "granska" is "tarkastaa", "godkänna" "hyväksyä", "avvisa" "hylätä".

staff-login-title = Kirjaudu sisään työntekijänä
staff-login-intro = Kirjautuminen on tarkoitettu vain kaupunginosahallinnon työntekijöille. Asukkaana et tarvitse käyttäjätiliä.
staff-email = Sähköpostiosoite
staff-password = Salasana
staff-login-submit = Kirjaudu sisään
staff-login-error-bad-credentials = Väärä sähköpostiosoite tai salasana.
staff-login-error-throttled = Liian monta yritystä. Odota minuutti ja yritä uudelleen.
staff-logout = Kirjaudu ulos
# $email is the signed-in person's address, $role their role (one of the role- messages).
staff-signed-in-as = Kirjautuneena: { $email } ({ $role })
# Finnish: role names are lowercase and in the nominative, as they appear in parentheses in staff-signed-in-as.
role-admin = ylläpitäjä
role-editor = toimittaja
role-moderator = moderaattori

staff-moderation-title = Tarkasta mielipiteet
# Finnish: "allmän handling" is "yleinen asiakirja", as in form.ftl.
staff-moderation-intro = Vanhin mielipide ensin. Hyväksy se, mikä noudattaa sääntöjä; hylkää muut ja valitse syy moderointiperiaatteista. Mitään ei poisteta: kaikki säilytetään yleisinä asiakirjoina.
staff-moderation-count = { $count ->
    [0] Tarkastusta odottavia mielipiteitä ei ole.
    [one] Yksi mielipide odottaa tarkastusta.
   *[other] { $count } mielipidettä odottaa tarkastusta.
}
staff-view-dialogue = Vuoropuhelu
staff-view-language = Kieli
staff-view-received = Vastaanotettu
staff-view-reference = Viitenumero
staff-view-consent = Saa julkaista
staff-view-consent-no = Ei, vain yhteenvetoon
staff-view-consent-yes = Kyllä
staff-view-flagged = Voi sisältää henkilötietoja (henkilötunnus, puhelinnumero tai sähköpostiosoite). Lue huolellisesti.
staff-approve = Hyväksy
staff-reject = Hylkää
staff-reject-reason = Hylkäämisen syy
reason-personal-data = Henkilötietoja
# "hets" is incitement (hets mot folkgrupp = kiihottaminen kansanryhmää vastaan).
reason-threat = Uhkaus tai kiihottaminen
reason-offensive = Loukkaava
reason-off-topic = Ei liity vuoropuheluun
reason-spam = Mainos tai roskaviesti
reason-duplicate = Kaksoiskappale
staff-done-approved = Mielipide on hyväksytty ja julkaistu.
staff-done-rejected = Mielipide on hylätty. Se säilyy arkistossa.

staff-error-not-signed-in = Kirjaudu sisään, jotta näet tämän sivun.
staff-error-forbidden = Roolillasi ei ole pääsyä tälle sivulle.
# Machine draft, not reviewed by a native speaker.
staff-error-change-password-first = Salasanasi on nollattu. Valitse oma salasana ennen kuin jatkat.
staff-error-csrf = Lomaketta ei voitu tarkistaa. Lataa sivu uudelleen ja yritä uudestaan.
staff-error-gone = Joku muu on jo tarkastanut tämän mielipiteen.

# The navigation between staff pages, and the audit log (administrators).
staff-nav-label = Työntekijävalikko
staff-nav-moderation = Tarkasta mielipiteet
staff-nav-audit = Loki
staff-audit-title = Toimintaloki
staff-audit-intro = Kuka teki mitä, milloin ja miksi. Lokia ei voi muuttaa eikä poistaa. Uusimmat ensin, enintään 200 riviä.
staff-audit-filter = Näytä toiminto
staff-audit-filter-any = Kaikki toiminnot
staff-audit-filter-submit = Näytä
staff-audit-when = Milloin
staff-audit-who = Kuka
staff-audit-what = Toiminto
staff-audit-target = Koskee
staff-audit-reason = Syy
staff-audit-empty = Ei näytettäviä toimintoja.
audit-action-login = Kirjautuminen
audit-action-login-failed = Epäonnistunut kirjautuminen
audit-action-approve = Hyväksyi mielipiteen
audit-action-reject = Hylkäsi mielipiteen
# Hiding a published view (and showing it again): for what should not have been published.
staff-published-heading = Julkaistut mielipiteet (50 viimeisintä)
staff-hidden-heading = Piilotetut mielipiteet
staff-hide = Piilota
staff-hide-reason = Syy piilottamiseen
staff-restore = Näytä uudelleen
staff-done-hidden = Mielipide on piilotettu. Alkuperäinen säilyy arkistossa.
staff-done-restored = Mielipide näytetään taas.
audit-action-hide = Piilotti mielipiteen
audit-action-restore = Näytti mielipiteen uudelleen

# Approving several pending views at once.
# Next to each pending view: the checkbox that selects it for approving together.
staff-bulk-select = Valitse hyväksyttäväksi
staff-bulk-approve = Hyväksy valitut
staff-done-approved-many = { $count ->
    [0] Yhtään mielipidettä ei ollut valittu.
    [one] Yksi mielipide hyväksyttiin ja julkaistiin.
   *[other] { $count } mielipidettä hyväksyttiin ja julkaistiin.
}
