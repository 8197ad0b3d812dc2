# Moderation beyond approve and reject: residents' reports of published views, redacting part
# of a text, views that need translating, and views received on paper, by phone or at a meeting.

# On the public dialogue page, under each published view: a small form to report it.
report-summary = Anmäl synpunkten
report-intro = Bryter synpunkten mot reglerna för dialogen? Då läser en moderator den igen.
report-reason = Varför anmäler du den?
report-submit = Skicka anmälan
report-thanks-title = Tack för din anmälan
report-thanks = En moderator läser synpunkten igen. Den ligger kvar tills dess.
report-back = Tillbaka till dialogen
report-error-rate = Du har skickat många anmälningar på kort tid. Vänta en stund och försök igen.
report-error-gone = Synpunkten finns inte längre bland de publicerade.
# Shown to the public where a moderator has removed part of a view.
redacted-marker = [borttaget av moderator]

# The moderation queue: reported views.
# $count is the number of published views that residents have reported.
staff-reported-count = { $count ->
    [0] Inga anmälda synpunkter.
    [one] En anmäld synpunkt.
   *[other] { $count } anmälda synpunkter.
}
staff-reported-as = Anmäld som
staff-report-dismiss = Behåll publicerad (avfärda anmälan)
staff-done-dismissed = Anmälan är avfärdad. Synpunkten ligger kvar.
staff-filter-reason = Skäl
staff-filter-reason-hint = Väljer du personuppgifter visas också väntande synpunkter som kan innehålla sådana.

# Redacting a part of a view's text.
staff-redact = Maska en del av texten
staff-redact-passage = Text som ska maskas (kopiera exakt den del som ska bort)
staff-redact-reason = Skäl att maska
staff-done-redacted = Delen är maskad för allmänheten. Originaltexten finns kvar i arkivet.
staff-error-passage = Den texten finns inte i synpunkten. Kopiera exakt den del som ska bort.
staff-view-public-version = Så här visas texten för allmänheten:

# Views in a language the moderator may not read.
staff-needs-translation = Behöver översättas
staff-mark-translation = Markera: behöver översättas
staff-done-translation = Synpunkten är markerad: den behöver översättas innan den granskas.

# Views received on paper, by phone or at a meeting.
staff-view-channel = Kanal
channel-web = Webben
channel-paper = Papper
channel-phone = Telefon
channel-meeting = Möte
staff-nav-enter = Registrera synpunkt
enter-title = Registrera en synpunkt från papper, telefon eller möte
enter-intro = Skriv in synpunkten så som den lämnades. Den granskas på samma sätt som synpunkter från webben.
enter-choose-submit = Fortsätt
enter-channel = Hur kom synpunkten in?
enter-submit = Registrera synpunkten
# $reference is the new view's reference number.
enter-done = Synpunkten är registrerad med referensnummer { $reference }.
enter-error-closed = Dialogen tar inte emot synpunkter just nu.

audit-action-redact = Maskade del av synpunkt
audit-action-report = Invånare anmälde synpunkt
audit-action-report-dismiss = Avfärdade anmälan
audit-action-needs-translation = Markerade för översättning
audit-action-view-enter = Registrerade synpunkt från annan kanal

## The moderator's desk

staff-filter-heading = Filtrera kön
staff-filter-submit = Visa
staff-filter-translation = Bara synpunkter som behöver översättning
staff-queue-pages = Sidor i kön
staff-bulk-reject = Avvisa markerade med skälet
# $reference: the view's reference number, so that each checkbox has its own name.
staff-bulk-select-one = Markera { $reference }
staff-done-rejected-many = { $count ->
    [0] Ingen synpunkt var markerad.
    [one] En synpunkt avvisades.
   *[other] { $count } synpunkter avvisades.
}
staff-more = Fler val
# What a highlighted passage looks like; shown in brackets before it, so that colour is not the only sign.
staff-personal-identity-number = Personnummer
staff-personal-phone = Telefonnummer
staff-personal-email = E-postadress
# A button that redacts one passage. $kind: what it looks like (Telefonnummer); $passage: the text.
staff-redact-this = Maska { $kind }: { $passage }
# The staff bar: how many views wait, each a link to the queue.
staff-counts-label = Kön just nu
staff-count-pending = { $count ->
    [0] Inga väntar
    [one] En väntar
   *[other] { $count } väntar
}
staff-count-reported = { $count ->
    [0] Inga anmälda
    [one] En anmäld
   *[other] { $count } anmälda
}
staff-count-translation = { $count ->
    [0] Ingen behöver översättning
    [one] En behöver översättning
   *[other] { $count } behöver översättning
}
# A second moderator was too late. $who: an e-mail address; $action: what was done ("Godkände synpunkt"); $when: date and time.
staff-decided-by = Beslutet togs av { $who }: { $action }, { $when }.

## The desk with JavaScript: one key per action, and the name redacted in one action

# A button that redacts the name a view was sent with. $name: the name.
staff-redact-name = Maska namnet: { $name }
# Beside a name a moderator has redacted.
staff-name-redacted = maskerat, visas inte för allmänheten
staff-keys-heading = Kortkommandon
staff-keys-intro = Tangenterna fungerar bara när fokus är i kön och inte när du skriver i ett fält. Inget kräver dem: alla knappar finns kvar.
staff-keys-toggle = Använd kortkommandon
# Each follows a key shown before it (J, K, A, R, M).
staff-keys-next = nästa synpunkt
staff-keys-previous = föregående synpunkt
staff-keys-approve = godkänn synpunkten
staff-keys-reject = avvisa med skälet som är valt i synpunkten
staff-keys-redact = maska den första markerade uppgiften
# Read aloud when a key moves to a view. $position and $total: numbers; $reference: the view's reference.
staff-keys-at = Synpunkt { $position } av { $total }: { $reference }
staff-keys-end = Det finns inga fler synpunkter på den här sidan.
staff-keys-nothing = Den här synpunkten har inget markerat att maska.
staff-desk-failed = Det gick inte att spara här. Sidan laddas om.
