# The receipt after a view has been sent, and the accessibility statement.

receipt-title = Tack för din synpunkt!
receipt-reference = Ditt referensnummer
receipt-reference-help = Spara numret om du vill fråga om din synpunkt senare.
# The language the view was written in, in running text: the name in the reader's language and
# case (lower case in Swedish), never the language's own name.
receipt-written-in = Skriven på { $lang ->
        [sv] svenska
        [fi] finska
        [fit] meänkieli
        [se] nordsamiska
        [smj] lulesamiska
        [sma] sydsamiska
       *[en] engelska
    }
receipt-dialogue = Dialog
# $date is a date written with common-date.
receipt-received = Mottagen { $date }
receipt-next-heading = Vad händer nu?
receipt-next-moderation = Vi läser alla synpunkter innan de publiceras. Det tar oftast några arbetsdagar.
receipt-next-published = Om du har godkänt det och synpunkten följer våra regler visas den på dialogens sida.
receipt-next-private = Du har valt att synpunkten inte ska publiceras. Stadsdelen läser den ändå och den räknas in i sammanställningen.
receipt-next-feedback = När dialogen har stängt sammanställer vi vad som kommit fram. På dialogens sida berättar vi vad vi hörde och vad som beslutades.
receipt-public-record = Din synpunkt är en allmän handling. Den sparas och kan lämnas ut om någon begär det.
receipt-back = Tillbaka till dialogen

a11y-title = Tillgänglighetsredogörelse
a11y-intro = { -district } stadsdelsförvaltning står bakom den här webbplatsen. Vi vill att alla ska kunna använda den, oavsett behov. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.
a11y-standard-heading = Hur tillgänglig är webbplatsen?
a11y-standard-text = Webbplatsen ska uppfylla nivå AA i WCAG 2.1, som krävs enligt standarden EN 301 549. Vi testar varje sida automatiskt med verktyget axe, med tangentbord och utan JavaScript, i mobilstorlek.
a11y-gaps-heading = Kända brister
a11y-gaps-translations = Texterna på finska, meänkieli och samiska är ännu inte granskade av personer med språket som modersmål.
a11y-gaps-manual = Webbplatsen har ännu inte granskats manuellt med skärmläsare av en extern granskare.
a11y-report-heading = Rapportera ett problem
a11y-report-text = Om något på webbplatsen inte fungerar för dig, berätta det för oss så rättar vi det. Skriv vilken sida det gäller och vad som hände.
a11y-contact-heading = Kontakt
a11y-contact-text = E-post: hasselby-vallingby@stockholm.se. Telefon: 08-508 00 508 (vardagar 8–16).
a11y-enforcement-heading = Tillsyn
a11y-enforcement-text = Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg.
a11y-updated = Redogörelsen uppdaterades { $date }.
