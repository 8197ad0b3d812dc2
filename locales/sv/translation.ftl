# Översättare: kön, översättningssidan, arbetsöversättningar av synpunkter, utkastmeddelandet
# för läsare och språkens status i tillgänglighetsredogörelsen.
# "Översättning" = translation; "granskad" = reviewed (checked by a native speaker);
# "arbetsöversättning" = a working translation for staff only, never published.

role-translator = översättare
staff-nav-translations = Översättningar

translation-queue-title = Översättningar
translation-your-languages = Dina språk
translation-no-languages = Du har inga språk att översätta till än. Be en administratör att lägga till dina språk.
translation-queue-dialogues = Dialoger som behöver dig
translation-queue-empty = Alla dialoger är översatta och granskade på dina språk.
translation-queue-views = Synpunkter som behöver översättas
translation-views-intro = En moderator har markerat de här synpunkterna. Skriv en arbetsöversättning till svenska så att moderatorn kan granska synpunkten. Den visas bara för personalen.
translation-views-empty = Inga synpunkter på dina språk väntar på översättning.
# The three things a dialogue can need in a language.
translation-need-stale = Den svenska texten har ändrats sedan översättningen gjordes
translation-need-missing = Översättning saknas
translation-need-draft = Utkast, inte granskat
translation-done-saved = Översättningen är sparad.
translation-done-view = Arbetsöversättningen är sparad. Moderatorn ser den vid synpunkten.

# $title is the dialogue's Swedish title, $language the language's own name.
translation-page-title = Översätt ”{ $title }” till { $language }
translation-changes-heading = Det här har ändrats på svenska
translation-changes-intro = Sedan översättningen gjordes har den svenska texten ändrats. Borttagna ord är överstrukna, nya ord understrukna.
translation-diff-removed = borttaget
translation-diff-added = tillagt
translation-swedish = Svenska
translation-reviewed-hint = Kryssa i när en person med språket som modersmål har läst texten. Då försvinner meddelandet om ogranskad översättning för läsarna.
translation-save = Spara översättningen
translation-back = Tillbaka till översättningarna

translation-view-current = Arbetsöversättning till svenska (visas bara för personalen):
translation-view-add = Skriv en arbetsöversättning
translation-view-label = Arbetsöversättning till svenska (visas bara för personalen)
translation-view-submit = Spara arbetsöversättningen
translation-error-view-text = Skriv översättningen (högst 20 000 tecken).
staff-done-translated = Arbetsöversättningen är sparad.

# Shown to readers where a text in their language is a translation no one has checked.
translation-draft-notice = Den här översättningen är inte granskad än.
translation-draft-report = Rapportera en dålig översättning

staff-admin-languages = Språk att översätta till
staff-admin-languages-hint = Gäller bara översättare.
staff-admin-change-languages = Ändra språk

version-action-translate = Översatt
version-action-baseline = Utgångsläge före första ändringen
audit-action-translate = Översatte en dialog
audit-action-view-translate = Översatte en synpunkt (arbetsöversättning)
audit-action-languages-change = Ändrade en översättares språk

a11y-translations-heading = Översättningar
a11y-translations-text = Webbplatsen finns på sju språk. Svenska är originalet. Där en text på ditt språk ännu inte är granskad av en person med språket som modersmål står det på sidan. Om en översättning är fel eller svår att förstå vill vi veta det: skriv till kontakten nedan vilken sida och vilken mening det gäller.
a11y-locales-caption = Webbplatsens språk och om de är granskade
a11y-locales-language = Språk
a11y-locales-status = Status
a11y-locales-when = Senast ändrad
a11y-locale-source = Original
a11y-locale-drafted = Utkast, inte granskat
a11y-locale-reviewed = Granskat

# Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor.
# The switch on the Swedish dialogue page, and back.
dialogue-easy-link = Läs på lättläst svenska
dialogue-easy-standard = Läs på vanlig svenska
# $title is the dialogue's Swedish title.
easy-edit-title = Lättläst svenska: { $title }
easy-edit-intro = Skriv dialogen på lättläst svenska: korta meningar, vanliga ord, en sak i taget. Den vanliga svenska texten står ovanför varje fält. Töm alla fält för att ta bort den lättlästa versionen.
easy-edit-saved = Den lättlästa versionen är sparad.
easy-edit-back = Tillbaka till dialogen
easy-standard = Vanlig svenska
easy-texts-legend = Texterna på lättläst svenska
easy-feedback-legend = Återkopplingen på lättläst svenska
easy-feedback-hint = Skriv den när återkopplingen är publicerad. Den visas på den lättlästa sidan i stället för den vanliga återkopplingen.
easy-save = Spara den lättlästa versionen
easy-state-written = Finns
easy-questions-shared = Samma som på svenska
