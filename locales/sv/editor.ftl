# Writing dialogues (editors): the list of dialogues, the editor with its language panel,
# publishing, preview and the version history. Also every staff member's own account, and
# the administrators' page of staff accounts.

staff-nav-dialogues = Dialoger
staff-nav-account = Mitt konto
staff-nav-staff = Medarbetare

editor-list-title = Dialoger
editor-list-intro = Alla dialoger, även utkast och avslutade. Skriv dialogen på svenska först och lägg sedan till översättningarna språk för språk.
editor-new = Ny dialog
editor-state = Läge
editor-state-draft = Utkast
editor-state-published = Publicerad
editor-state-closed = Avslutad
editor-edit = Redigera
editor-history = Historik

editor-new-title = Ny dialog
# $title is the dialogue's Swedish title.
editor-edit-title = Redigera: { $title }
editor-common-legend = Gäller alla språk
# $language is the name of a language, written in that language (for example "suomi").
editor-texts-legend = Texter – { $language }
# $language as above.
editor-questions-legend = Frågor – { $language }
editor-field-title = Rubrik
editor-field-summary = Sammanfattning (visas i listan över dialoger)
editor-field-body = Beskrivning
editor-field-influence = Det här kan invånarna påverka
editor-field-not-influence = Det här kan invånarna inte påverka
editor-field-decides = Vem som beslutar, och hur synpunkterna används
editor-field-reviewed = Texterna på det här språket är granskade av någon som har språket som modersmål
editor-field-place = Plats
editor-field-level = Delaktighetsnivå
editor-field-groups = Målgrupper
editor-field-themes = Teman
editor-field-opens = Öppnar
editor-field-closes = Stänger
editor-field-decision = Beslut väntas (frivilligt)
editor-field-contact-name = Kontaktperson
editor-field-contact-email = Kontaktpersonens e-post
editor-field-contact-phone = Kontaktpersonens telefon (frivilligt)
editor-field-moderation = Moderering
editor-moderation-pre = Förhandsgranskning: en synpunkt publiceras först när en moderator har godkänt den (rekommenderas)
editor-moderation-post = Efterhandsgranskning: en synpunkt publiceras direkt och granskas i efterhand
# $number is the question's position: 1, 2, 3...
editor-field-question = Fråga { $number }
editor-field-new-question = Ny fråga (lämna tomt om du inte vill lägga till någon)
editor-date-hint = Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-31.
editor-save = Spara
editor-saved = Ändringarna är sparade som en ny version.
editor-created = Dialogen är skapad som utkast. Den syns inte för invånare förrän den publiceras.

editor-error-summary = Dialogen kunde inte sparas. Rätta det som är markerat. Inget av det du skrev har försvunnit.
editor-error-required = Fyll i det här fältet.
editor-error-date = Skriv ett datum som ÅÅÅÅ-MM-DD.
editor-error-dates-order = Stängningsdatumet kan inte vara före öppningsdatumet.
editor-error-choose = Välj minst ett alternativ.
editor-error-swedish-first = Skriv dialogen på svenska först. Översättningarna läggs till när den svenska texten finns.
editor-error-state = Dialogen har redan det läget, eller så har någon annan ändrat den under tiden.

editor-panel-heading = Språk
editor-panel-intro = Vilka texter som finns på varje språk. Ett utkast har ännu inte granskats av någon som har språket som modersmål.
editor-panel-language = Språk
editor-panel-texts = Texter
editor-panel-questions = Frågor
editor-text-missing = Saknas
editor-text-draft = Utkast
editor-text-reviewed = Granskad
# $done is how many questions have a text in this language, $total how many questions there are.
editor-panel-questions-count = { $done } av { $total }
editor-panel-actions = Åtgärder
editor-panel-edit = Redigera texterna
editor-panel-preview = Förhandsgranska

editor-publish = Publicera
editor-close = Avsluta dialogen
editor-done-published = Dialogen är publicerad och syns för invånarna.
editor-done-closed = Dialogen är avslutad. Den tar inte emot fler synpunkter.
editor-confirm-title = Publicera utan alla språk?
editor-confirm-intro = Texterna saknas på de här språken. Den som läser på något av dem får se den svenska texten och en upplysning om att översättningen saknas.
editor-confirm-check = Jag vill publicera dialogen ändå, utan de språk som saknas
editor-confirm-submit = Publicera ändå
editor-confirm-cancel = Tillbaka till dialogen utan att publicera
editor-confirm-required = Kryssa i rutan för att bekräfta att dialogen ska publiceras utan alla språk.
editor-preview-notice = Förhandsgranskning: så här ser invånarna dialogen på det här språket. Den tar inte emot synpunkter härifrån.

editor-history-title = Versioner
editor-history-intro = Varje sparad ändring är en egen version. Ingen version skrivs över eller raderas.
# $number is the version's number: 1, 2, 3...
editor-version = Version { $number }
editor-version-who = Av
editor-version-when = När
editor-version-what = Ändring
version-action-create = Skapad
version-action-edit = Redigerad
version-action-publish = Publicerad
version-action-close = Avslutad
editor-version-show = Visa innehållet i den här versionen

audit-action-dialogue-create = Skapade dialog
audit-action-dialogue-edit = Redigerade dialog
audit-action-dialogue-publish = Publicerade dialog
audit-action-dialogue-close = Avslutade dialog

# Every staff member's own account page.
account-title = Mitt konto
account-password-heading = Byt lösenord
account-current-password = Nuvarande lösenord
account-new-password = Nytt lösenord (minst 12 tecken)
account-new-password-again = Nytt lösenord en gång till
account-password-submit = Byt lösenord
account-done-password = Lösenordet är bytt. Dina andra inloggningar är utloggade.
account-error-current = Det nuvarande lösenordet stämmer inte.
account-error-short = Lösenordet måste ha minst 12 tecken.
account-error-long = Lösenordet får ha högst 200 tecken.
account-error-mismatch = De två nya lösenorden är inte lika.

# The administrators' page of staff accounts.
staff-admin-title = Medarbetare
staff-admin-intro = Lägg till medarbetare, ändra roll eller stäng av ett konto. Konton raderas aldrig: loggen ska alltid kunna visa vem som gjorde vad.
staff-admin-add-heading = Lägg till medarbetare
staff-admin-initial-password = Tillfälligt lösenord (minst 12 tecken). Be personen byta det vid första inloggningen.
staff-admin-add = Lägg till
staff-admin-role = Roll
staff-admin-account = Konto
staff-admin-active = Aktivt
staff-admin-disabled = Avstängt
staff-admin-change-role = Ändra roll
staff-admin-disable = Stäng av kontot
staff-admin-reset = Återställ lösenordet
staff-admin-reset-password = Nytt tillfälligt lösenord
staff-admin-enable = Aktivera kontot
staff-admin-done-added = Medarbetaren är tillagd.
staff-admin-done-updated = Kontot är ändrat.
staff-admin-done-reset = Lösenordet är återställt. Personen väljer ett eget lösenord nästa gång hen loggar in.
staff-admin-error-taken = Det finns redan ett konto med den e-postadressen.
staff-admin-error-email = Skriv en e-postadress, till exempel namn@stockholm.se.
staff-admin-error-self = Du kan inte stänga av ditt eget konto eller ändra din egen roll.

audit-action-staff-add = La till medarbetare
audit-action-staff-disable = Stängde av konto
audit-action-staff-enable = Aktiverade konto
audit-action-role-change = Ändrade roll
audit-action-password-change = Bytte lösenord
audit-action-password-reset = Återställde lösenord
