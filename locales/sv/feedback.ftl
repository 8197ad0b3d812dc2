# Feedback (återkoppling): what was heard and decided, shown on the dialogue page; residents
# asking to be told the outcome by e-mail; the editors' feedback pages.

## On the dialogue page
feedback-heading = Så blev det
feedback-intro = Det här är stadsdelens återkoppling: vad vi hörde i dialogen och vad som beslutades.
# Shown when the feedback is not yet in the reader's language and the Swedish is shown.
feedback-fallback-notice = Återkopplingen finns inte på ditt språk än. Här är den på svenska.
feedback-heard = Det här hörde vi
feedback-heard-per-question = Per fråga
feedback-decided = Det här beslutades
feedback-decided-by = Beslutet fattades av
feedback-reference = Diarienummer
feedback-decided-on = Beslutsdatum
feedback-protocol = Protokollet med beslutet
feedback-next = Så händer nu
# $date is when the feedback was published.
feedback-published = Publicerad { $date }
# $date: the day the decision is planned, in the future.
dialogue-decision-planned = Beslut fattas { $date }
# $date: the day the decision was made, in the past.
dialogue-decision-made = Beslut fattades { $date }
dialogue-decision = Beslut

## Stages in the list
stage-upcoming = Kommande
stage-open = Öppen
stage-awaiting-feedback = Stängd – återkoppling kommer
stage-feedback-given = Återkoppling finns
list-filter-feedback = Bara dialoger med återkoppling

## Asking to be told the outcome
outcome-field = Vill du få veta vad som händer? Skriv din e-postadress (frivilligt)
outcome-field-help = Vi skickar ett mejl där du bekräftar adressen. Adressen sparas inte med din synpunkt och tas bort när återkopplingen är skickad.
outcome-heading = Få veta vad som händer
outcome-intro = Skriv din e-postadress så mejlar vi dig när det finns återkoppling. Du behöver inte ha skickat någon synpunkt.
outcome-email = E-postadress
outcome-submit = Skicka mig återkopplingen
outcome-subscribed = Tack! Vi har skickat ett mejl till dig. Öppna länken i mejlet för att bekräfta adressen.
outcome-subscribed-already = Du har redan bett om återkoppling för den här dialogen. Titta efter vårt mejl, även i skräpposten.
outcome-published-already = Återkopplingen finns redan här på sidan.
outcome-error-email = Skriv en e-postadress, till exempel namn@exempel.se.
outcome-confirm-title = Bekräfta din e-postadress
# $title is the dialogue's title.
outcome-confirm-text = Du har bett om att få mejl om vad som händer med dialogen ”{ $title }”.
outcome-confirm-submit = Ja, mejla mig återkopplingen
outcome-confirmed = Tack! Adressen är bekräftad. Du får ett mejl när återkopplingen är klar.
outcome-confirmed-already = Adressen var redan bekräftad. Du får ett mejl när återkopplingen är klar.
outcome-unsubscribe-title = Sluta få mejl om dialogen
outcome-unsubscribe-text = Vill du inte längre få mejl om dialogen ”{ $title }”? Din adress tas bort direkt.
outcome-unsubscribe-submit = Ta bort min adress
outcome-unsubscribed = Klart. Din adress är borttagen och du får inga fler mejl om dialogen.
outcome-link-gone = Länken fungerar inte längre. Adressen kan redan vara borttagen, eller så har länken gått ut.

## The editors' feedback pages
editor-feedback = Återkoppling
editor-feedback-title = Återkoppling: { $title }
editor-feedback-intro = Skriv vad ni hörde och vad som beslutades. Återkopplingen visas överst på dialogens sida och mejlas till dem som bett om den.
editor-feedback-common-legend = Beslutet
editor-feedback-texts-legend = Återkopplingen på { $language }
editor-feedback-questions-legend = Det här hörde vi, per fråga ({ $language })
editor-field-reference = Diarienummer
editor-field-decided-on = Beslutsdatum
editor-field-protocol = Länk till protokollet
editor-field-protocol-hint = En adress som börjar med https://
editor-field-heard = Det här hörde vi (sammanfattning)
editor-field-decided = Det här beslutades, eller kommer att beslutas
editor-field-decided-by = Vem som beslutar
editor-field-next = Så händer nu, och när
editor-error-url = Skriv en adress som börjar med https:// eller http://.
editor-feedback-saved = Återkopplingen är sparad.
editor-feedback-published = Återkopplingen är publicerad.
# $count is the number of mails put in the outbox.
editor-feedback-mailed = { $count ->
    [one] { $count } mejl skickas.
   *[other] { $count } mejl skickas.
}
editor-feedback-state = Återkopplingen
editor-feedback-not-published = Inte publicerad
editor-feedback-published-on = Publicerad { $date }
# $count: residents who confirmed that they want the outcome by e-mail.
editor-feedback-subscribers = { $count ->
    [one] { $count } person har bekräftat att de vill få återkopplingen.
   *[other] { $count } personer har bekräftat att de vill få återkopplingen.
}
editor-feedback-publish = Publicera återkopplingen
editor-feedback-publish-update = Publicera ändringarna
editor-feedback-send-update = Mejla ändringarna till dem som bett om återkoppling
editor-feedback-keep = Spara adresserna i högst 30 dagar för att kunna skicka ändringar (annars tas de bort när mejlen är skickade)
editor-feedback-swedish-first = Skriv återkopplingen på svenska först.
editor-feedback-overdue = Återkopplingen är försenad
editor-feedback-confirm-title = Publicera återkopplingen utan alla språk?
editor-feedback-confirm-intro = Återkopplingen saknas på de här nationella minoritetsspråken. De som läser på dem får den svenska texten.

## In the audit log and the version history
audit-action-feedback-edit = Ändrade återkopplingen
audit-action-feedback-publish = Publicerade återkopplingen
audit-action-addresses-erased = Tog bort e-postadresser när återkopplingen var skickad
version-action-feedback-edit = Återkopplingen ändrad
version-action-feedback-publish = Återkopplingen publicerad
editor-feedback-confirm-check = Jag vill publicera återkopplingen ändå, utan de språk som saknas

## Letters by post, for those who took part on paper, by phone or at a meeting
editor-letters = Brev
# $title is the dialogue's title.
letters-title = Återkoppling med post: { $title }
letters-intro = De här personerna har lämnat synpunkter på papper, per telefon eller på ett möte och vill få återkopplingen med post. Adresserna visas bara när du öppnar dem, och det loggas.
letters-language = Språk
letters-owed = Brev att skicka
letters-print = Skriv ut brevet
letters-none = Ingen har bett om återkopplingen med post.
letters-no-feedback = Skriv återkopplingen på svenska först: breven innehåller den.
letters-open = Visa adresserna
letters-addresses = Adresser
letters-erase = Breven är skickade: ta bort adresserna
# $count: addresses deleted.
letters-erased = { $count ->
    [one] { $count } adress är borttagen.
   *[other] { $count } adresser är borttagna.
}
letters-greeting = Hej!
letters-letter-intro = Du har lämnat en synpunkt i dialogen ”{ $title }” och bett om att få veta vad som hände. Här är stadsdelens återkoppling.
letters-web = Du kan också läsa återkopplingen på webben:
entry-post = Vill ha återkopplingen med post
entry-post-name = Namn på brevet
entry-post-address = Postadress
entry-post-help = Adressen sparas inte med synpunkten. Den tas bort när breven är skickade.
audit-action-addresses-opened = Öppnade postadresser
