# The staff side: signing in, and the moderation queue.

staff-login-title = Logga in som medarbetare
staff-login-intro = Inloggningen är bara för stadsdelens medarbetare. Som invånare behöver du inget konto.
staff-email = E-postadress
staff-password = Lösenord
staff-login-submit = Logga in
staff-login-error-bad-credentials = Fel e-postadress eller lösenord.
staff-login-error-throttled = För många försök. Vänta en minut och försök igen.
staff-logout = Logga ut
# $email is the signed-in person's address, $role their role (one of the role- messages).
staff-signed-in-as = Inloggad som { $email } ({ $role })
role-admin = administratör
role-editor = redaktör
role-moderator = moderator

staff-moderation-title = Granska synpunkter
staff-moderation-intro = Äldsta synpunkten först. Godkänn det som följer reglerna; avvisa med ett skäl ur modereringspolicyn. Inget raderas: allt sparas som allmän handling.
staff-moderation-count = { $count ->
    [0] Inga synpunkter väntar på granskning.
    [one] En synpunkt väntar på granskning.
   *[other] { $count } synpunkter väntar på granskning.
}
staff-view-dialogue = Dialog
staff-view-language = Språk
staff-view-received = Mottagen
staff-view-reference = Referensnummer
staff-view-consent = Får publiceras
staff-view-consent-no = Nej, bara för sammanställningen
staff-view-consent-yes = Ja
staff-view-flagged = Kan innehålla personuppgifter (personnummer, telefonnummer eller e-post). Läs noga.
staff-approve = Godkänn
staff-reject = Avvisa
staff-reject-reason = Skäl att avvisa
reason-personal-data = Personuppgifter
reason-threat = Hot eller hets
reason-offensive = Kränkande
reason-off-topic = Handlar inte om dialogen
reason-spam = Reklam eller skräp
reason-duplicate = Dubblett
staff-done-approved = Synpunkten är godkänd och publicerad.
staff-done-rejected = Synpunkten är avvisad. Den finns kvar i arkivet.

staff-error-not-signed-in = Du behöver logga in för att se den här sidan.
staff-error-forbidden = Din roll har inte behörighet till den här sidan.
staff-error-change-password-first = Ditt lösenord har återställts. Välj ett eget lösenord innan du fortsätter.
staff-error-csrf = Formuläret kunde inte kontrolleras. Ladda om sidan och försök igen.
staff-error-gone = Synpunkten har redan granskats av någon annan.

# The navigation between staff pages, and the audit log (administrators).
staff-nav-label = Medarbetarmeny
staff-nav-moderation = Granska synpunkter
staff-nav-audit = Logg
staff-audit-title = Logg över åtgärder
staff-audit-intro = Vem gjorde vad, när och varför. Loggen går inte att ändra eller radera. Nyaste först, högst 200 rader.
staff-audit-filter = Visa åtgärd
staff-audit-filter-any = Alla åtgärder
staff-audit-filter-submit = Visa
staff-audit-when = När
staff-audit-who = Vem
staff-audit-what = Åtgärd
staff-audit-target = Gäller
staff-audit-reason = Skäl
staff-audit-empty = Inga åtgärder att visa.
audit-action-login = Inloggning
audit-action-login-failed = Misslyckad inloggning
audit-action-approve = Godkände synpunkt
audit-action-reject = Avvisade synpunkt

# Hiding a published view (and showing it again): for what should not have been published.
staff-published-heading = Publicerade synpunkter (de 50 senaste)
staff-hidden-heading = Dolda synpunkter
staff-hide = Dölj
staff-hide-reason = Skäl att dölja
staff-restore = Visa igen
staff-done-hidden = Synpunkten är dold. Originalet finns kvar i arkivet.
staff-done-restored = Synpunkten visas igen.
audit-action-hide = Dolde synpunkt
audit-action-restore = Visade synpunkt igen

# Approving several pending views at once.
# Next to each pending view: the checkbox that selects it for approving together.
staff-bulk-select = Markera för att godkänna
staff-bulk-approve = Godkänn markerade
staff-done-approved-many = { $count ->
    [0] Ingen synpunkt var markerad.
    [one] En synpunkt godkändes och publicerades.
   *[other] { $count } synpunkter godkändes och publicerades.
}
