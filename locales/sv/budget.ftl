# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.

## Refused ballots and voting codes

budget-ballot-empty = Välj minst ett projekt.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Du har valt för många projekt. Ta bort något och skicka igen.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Projekten du valt kostar mer än hela budgeten. Ta bort något och skicka igen.
budget-ballot-unknown = Ett av projekten finns inte på röstsedeln. Ladda om sidan och välj igen.
budget-error-code = Koden finns inte. Kontrollera att du skrivit av den rätt.
budget-error-code-used = Koden har redan använts för att rösta. Varje kod ger en röst.

## The audit log

audit-action-budget-create = Skapade medborgarbudget
audit-action-budget-project = Satte projekt på röstsedeln
audit-action-budget-codes = Skrev ut röstkoder
audit-action-budget-certify = Fastställde resultatet

## The residents' pages: the list, a budget, its ballot and its result

# In the main menu, and the heading of the list of budgets.
budget-nav = Medborgarbudget
budget-list-intro = I en medborgarbudget bestämmer ni som bor här hur en summa pengar används: ni föreslår projekt och röstar om dem.
budget-list-empty = Det finns ingen medborgarbudget just nu.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Summa att fördela: { $amount } kronor
# $date: a date, already formatted.
budget-phase-information = Idéer tas emot från { $date }.
budget-phase-ideas = Idéer tas emot till och med { $date }.
budget-phase-review = Idéerna granskas. Omröstningen börjar { $date }.
budget-phase-voting = Omröstningen pågår till och med { $date }.
budget-phase-counting = Omröstningen är slut. Resultatet visas när rösterna är räknade och resultatet fastställt.
budget-phase-result = Resultatet är fastställt.
budget-eligibility = Vem får rösta
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Beslutet fattas av { $who } (diarienummer { $number }).
budget-projects = Projekten på röstsedeln
budget-project-cost = Kostnad: { $amount } kronor
budget-vote-heading = Rösta
budget-vote-code = Din röstkod
budget-vote-code-hint = Koden står på lappen du fick, till exempel ABCDE-FGHJK. Varje kod ger en röst.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Välj ett projekt.
   *[other] Välj upp till { $max } projekt.
}
budget-vote-choose-knapsack = Välj projekt som tillsammans kostar högst { $amount } kronor.
budget-vote-age = Ålder (frivilligt, bara för statistiken)
budget-vote-area = Var du bor (frivilligt, bara för statistiken)
budget-vote-submit = Skicka min röst
budget-vote-refused = Rösten kunde inte räknas.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Tack! Din röst är räknad. Ditt kvitto: { $receipt }
budget-result-heading = Resultat
budget-result-votes = { $count ->
    [one] En röst
   *[other] { $count } röster
}
budget-result-won = Får pengar
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] En röst räknades.
   *[other] { $count } röster räknades.
} Rösterna finns som öppna data; filen har kontrollsumman (SHA-256) { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Alla röster (Pabulib-fil)

## Staff: printed voting codes

budget-codes-title = Röstkoder
budget-codes-intro = Koderna visas bara en gång. Skriv ut sidan och klipp isär lapparna. Varje utskrift loggas med ditt namn.
budget-codes-count = Antal koder (högst 2000)
budget-codes-purpose = Till vem (skola, bibliotek, möte)
budget-codes-submit = Skapa koder att skriva ut
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] En kod till { $purpose }
   *[other] { $count } koder till { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Rösta i { $title } på { $address }
budget-codes-error = Skriv ett antal mellan 1 och 2000 och vem koderna är till.

## Staff: the list of budgets

budget-staff-nav = Medborgarbudgetar
budget-staff-title = Medborgarbudgetar
budget-staff-unpublished = inte publicerad
budget-staff-budget = Budget
budget-staff-phase = Skede
budget-staff-actions = Att göra
# Short names of a budget's phases (SKR's steps), for lists.
budget-phase-name-information = Information
budget-phase-name-ideas = Idéer
budget-phase-name-review = Prövning
budget-phase-name-voting = Omröstning
budget-phase-name-counting = Omröstningen är slut
budget-phase-name-result = Resultat

## Staff: paper ballots, entered by two people

budget-paper-title = Röstsedlar på papper
budget-paper-intro = Varje sedel matas in två gånger, av två olika personer. Den räknas först när båda inmatningarna stämmer. Koden på sedeln kan sedan inte användas på webben.
budget-paper-code = Koden på sedeln
budget-paper-projects = Projekt som är kryssade på sedeln
budget-paper-submit = Spara inmatningen
budget-paper-first = Sedeln är inmatad en gång. En annan person matar in samma sedel innan den räknas.
# $receipt: the ballot's receipt number.
budget-paper-counted = Båda inmatningarna stämmer. Sedeln är räknad med kvittonummer { $receipt }.
budget-paper-disagree = Inmatningen skiljer sig från en tidigare inmatning av samma sedel. Sedeln räknas inte än: låt en tredje person läsa sedeln och mata in den.
budget-paper-refused = Inmatningen sparades inte.
budget-paper-error-same-person = Du har redan matat in den här sedeln. En annan person gör den andra inmatningen.
budget-paper-closed = Röstsedlar kan matas in under omröstningen och tills resultatet är fastställt.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Väntar på andra inmatning: { $once }. Inmatningar som skiljer sig: { $disagree }.

## Staff: the certified result

budget-certify-title = Fastställ resultatet
budget-certify-intro = Omröstningen är slut. När du fastställer resultatet räknas rösterna, resultatet publiceras med ditt namn i loggen och kontrollsumman för röstfilen, och alla oanvända koder slutar gälla. Det går inte att ångra.
budget-certify-submit = Räkna och fastställ resultatet
budget-certify-done = Resultatet är fastställt.
budget-certify-see = Se resultatet
budget-certify-not-yet = Resultatet kan fastställas när omröstningen är slut.

## Residents' proposals (the ideas phase)

budget-proposals = Invånarnas förslag
budget-proposal-heading = Lämna ett förslag
budget-proposal-intro = Du behöver inget konto. Beskriv vad du vill att pengarna ska användas till. Förslaget läses innan det publiceras här, och sedan prövas det öppet: om det kan komma med på röstsedeln eller inte, och varför.
budget-proposal-title = Vad vill du föreslå? (en kort rubrik)
budget-proposal-description = Beskriv förslaget
budget-proposal-area = Var?
budget-proposal-whole-district = Hela stadsdelen
budget-proposal-estimate-label = Vad tror du att det kostar, i kronor? (om du vet)
budget-proposal-estimate-hint = Bara siffror. Det gör inget om du inte vet: förvaltningen räknar på kostnaden.
budget-proposal-contact = Kontakt för frågor (om du vill)
budget-proposal-contact-hint = E-post eller telefon. Bara förvaltningen ser den, och den raderas när beslutet är fattat.
budget-proposal-submit = Skicka förslaget
budget-proposal-thanks = Tack för ditt förslag! Det läses innan det publiceras på den här sidan.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = Förslagsställarens uppskattning: { $amount } kr
budget-proposal-open = Förslaget prövas.
# Followed by the reason the district gives.
budget-proposal-declined = Förslaget kom inte med på röstsedeln:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = Förslaget slogs ihop med:

## Staff: reviewing proposals

budget-review-title = Förslag och prövning
budget-review-intro = Moderatorer publicerar eller döljer nya förslag, som synpunkter. Redaktörer prövar de publicerade innan omröstningen: ligger det inom stadsdelens ansvar, vad kostar det, blir det inga nya driftkostnader, är det lagligt och öppet för alla? Skälet publiceras.
budget-review-empty = Inga förslag än.
budget-review-state = Läge
budget-review-status-proposed = Väntar på granskning
budget-review-status-hidden = Dolt
budget-review-status-open = Publicerat, prövas
budget-review-status-ballot = På röstsedeln
budget-review-status-declined = Inte med på röstsedeln
budget-review-status-merged = Sammanslaget
budget-review-publish = Publicera
budget-review-hide = Dölj
budget-review-decision = Beslut
budget-review-decision-ballot = Med på röstsedeln
budget-review-decision-decline = Inte med på röstsedeln
budget-review-decision-merge = Slå ihop med ett annat förslag
budget-review-cost = Kostnad i kronor (för röstsedeln)
budget-review-into = Slå ihop med
budget-review-reason = Skäl (publiceras)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Skriv kostnaden i hela kronor, större än noll och högst hela budgetens summa.
budget-review-submit = Spara beslutet
audit-action-budget-proposal-moderate = Granskade ett budgetförslag
audit-action-budget-proposal-review = Prövade ett budgetförslag

## After the count: figures, the decision, the follow-up

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Vilka röstade
budget-figures-intro = Antal röstsedlar efter ålder och hur rösten kom in. Åldern fyllde den som röstade i själv, om hen ville.
budget-figures-by-age = Röstsedlar efter ålder
budget-figures-by-channel = Röstsedlar efter hur rösten kom in
budget-figures-channel = Hur
budget-figures-ballots = Röstsedlar
budget-figures-not-said = Inte angett
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Beslut: projektet får pengar.
budget-decision-not-funded = Beslut: projektet får inte pengar.
# Residents' page: a funded project's implementation.
budget-followup-heading = Genomförande
# $status: the newest step, e.g. "Påbörjat".
budget-followup-now = Läge: { $status }
budget-followup-status-planned = Planerat
budget-followup-status-started = Påbörjat
budget-followup-status-done = Klart
budget-followup-status-stopped = Avbrutet

## Staff: decision and follow-up

budget-followup-title = Beslut och uppföljning
budget-followup-intro = Efter det fastställda resultatet. Administratörer skriver in beslutet när det skiljer sig från omröstningen, alltid med ett skäl som publiceras. Redaktörer lägger till steg i genomförandet för projekten som får pengar.
budget-followup-not-yet = Uppföljningen börjar när resultatet är fastställt.
budget-followup-not-won = Vann inte omröstningen
budget-followup-fund = Får projektet pengar?
budget-followup-fund-yes = Ja, projektet får pengar
budget-followup-fund-no = Nej, projektet får inte pengar
budget-followup-reason = Skäl (publiceras)
budget-followup-decide = Spara beslutet
budget-followup-step = Steg
budget-followup-date = Datum
budget-followup-note = Vad har hänt? (publiceras)
budget-followup-add = Lägg till steget
audit-action-budget-decision = Skrev in beslut om ett budgetprojekt
audit-action-budget-milestone = Lade till ett steg i ett budgetprojekts genomförande

## Staff: writing a budget (the editor)

budget-editor-new-title = Ny medborgarbudget
budget-editor-new-intro = Skriv budgeten på svenska först. Den sparas som utkast; sedan lägger du till texterna på de andra språken och publicerar.
budget-editor-edit-title = Redigera medborgarbudget
budget-editor-swedish-texts = Texterna på svenska
budget-editor-settings = Inställningar
budget-editor-create = Skapa utkastet
budget-editor-title = Rubrik
budget-editor-summary = Sammanfattning: vad pengarna är till och hur det går till
budget-editor-eligibility = Vem får rösta och lämna förslag
budget-editor-total = Summa i kronor
budget-editor-total-hint = Hela kronor, till exempel 500 000.
budget-editor-method = Röstningssätt
budget-editor-method-approval = Välj ett antal projekt (rekommenderas)
budget-editor-method-knapsack = Välj projekt som ryms i budgeten
budget-editor-max-choices = Hur många projekt får man välja?
budget-editor-max-choices-hint = Bara när man väljer ett antal projekt: från 1 till 20.
budget-editor-rule = Hur rösterna räknas
budget-editor-rule-greedy = Flest röster först, så långt pengarna räcker
budget-editor-rule-equalshares = Lika andelar (Method of Equal Shares)
budget-editor-area = Område
budget-editor-whole-district = Hela stadsdelen
budget-editor-ideas-opens = Förslag tas emot från
budget-editor-ideas-closes = Förslag tas emot till och med
budget-editor-voting-opens = Röstningen öppnar
budget-editor-voting-closes = Röstningen stänger efter
budget-editor-decided-by = Vem beslutar
budget-editor-diarienummer = Diarienummer
budget-editor-error-phases-order = Röstningen kan öppna först efter den sista dagen för förslag.
budget-editor-settings-locked = Röstningen har öppnat, så inställningarna kan inte längre ändras. Texterna kan fortfarande rättas.
budget-editor-save-settings = Spara inställningarna
budget-editor-text-written = Skriven
# $language: the language's name in itself, e.g. "Suomi".
budget-editor-texts-in = Texterna på { $language }
budget-editor-save-texts = Spara texterna
budget-editor-publish-heading = Publicera
budget-editor-draft = Budgeten är ett utkast och syns inte för invånarna.
budget-editor-missing-languages = De här minoritetsspråken saknar texter. Invånarna ser då den svenska texten, märkt som svenska.
budget-editor-confirm = Publicera ändå, utan dessa språk
budget-editor-confirm-needed = Bekräfta att budgeten publiceras utan de språk som saknas, eller lägg till texterna först.
budget-editor-is-published = Budgeten är publicerad.
budget-editor-public-page = Se invånarnas sida
budget-editor-done-created = Utkastet är skapat. Lägg till texterna på de andra språken och publicera.
budget-editor-done-saved = Sparat.
budget-editor-done-published = Budgeten är publicerad och syns för invånarna.
budget-editor-versions = Versioner
budget-editor-version-number = Nr
budget-editor-version-when = När
budget-editor-version-who = Vem
budget-editor-version-what = Vad
budget-editor-action-create = Skapade utkastet
budget-editor-action-settings = Ändrade inställningarna
budget-editor-action-texts = Skrev texterna
budget-editor-action-publish = Publicerade
audit-action-budget-edit = Ändrade en medborgarbudget
audit-action-budget-publish = Publicerade en medborgarbudget

## Staff: proposals from paper, phone or meetings

budget-enter-heading = Skriv in ett förslag från papper, telefon eller möte
budget-enter-intro = Skriv förslaget som det lämnades, på det språk det är skrivet på. Det granskas och prövas sedan som alla andra förslag.
budget-enter-channel = Hur kom förslaget in?
budget-enter-language = Språket förslaget är skrivet på
budget-enter-description = Förslaget, som det är skrivet
budget-enter-estimate = Förslagsställarens uppskattning i kronor (om den finns)
budget-enter-contact = Förslagsställarens kontakt för frågor (om den finns)
budget-enter-submit = Spara förslaget
# $number: the proposal's number on this page.
budget-enter-done = Förslag nr { $number } är inskrivet. Det väntar på granskning.
audit-action-budget-proposal-enter = Skrev in ett budgetförslag från papper, telefon eller möte

## Voting codes by e-mail and open voting

budget-code-heading = Få en röstkod med e-post
budget-code-intro = Har du ingen röstkod? Skriv din e-postadress så skickar vi en kod som gäller en röst. Varje adress får en kod. Adressen sparas inte: bara ett kontrollvärde som inte går att räkna tillbaka, och det raderas när resultatet är fastställt.
budget-code-email = Din e-postadress
budget-code-submit = Skicka en röstkod till mig
budget-code-sent = Om adressen inte har fått en kod förut är en kod på väg. Titta i din e-post, även i skräpposten.
budget-vote-code-hint-open = Har du en kod, skriv den här. Den här gången går det också att rösta utan kod: lämna fältet tomt.
budget-figures-by-kind = Röstsedlar efter sätt att rösta
budget-figures-kind = Sätt
budget-credential-kind-printed = Utskriven röstkod
budget-credential-kind-email = Röstkod med e-post
budget-credential-kind-open = Utan kod (öppen röstning)
budget-editor-credentials = Sätt att rösta utöver utskrivna koder
budget-editor-credentials-hint = Utskrivna röstkoder finns alltid. Varje person har en röst, vilket sätt den än kommer på.
budget-editor-email-codes = Invånare kan få en röstkod med e-post
budget-editor-open-voting = Öppen röstning: det går att rösta utan kod
budget-editor-open-voting-hint = Bara när förvaltningen har beslutat det. Röster utan kod begränsas per adress som synpunkter och redovisas för sig i resultatet, så att de kan granskas i efterhand.

## Residents' proposal form: the outcome by mail

budget-proposal-outcome = Mejla mig hur det gick med förslaget
budget-proposal-outcome-hint = När resultatet är fastställt. Skriv då din e-postadress som kontakt. Den raderas när mejlet är skickat.

## The result by e-mail (any resident, voter or not)

budget-follow-heading = Få resultatet med e-post
budget-follow-intro = Vi mejlar dig en gång, när resultatet är fastställt. Din adress sparas inte tillsammans med någon röst, och den raderas när mejlet är skickat.
budget-follow-email = Din e-postadress
budget-follow-submit = Mejla mig resultatet
budget-follow-asked = Vi har skickat ett mejl till adressen. Öppna länken i det och bekräfta, annars skickar vi inget mer.
budget-follow-confirmed = Tack! Adressen är bekräftad. Du får ett mejl när resultatet är fastställt.
# $title: the budget's title.
budget-follow-confirm-text = Du har bett om att få resultatet av ”{ $title }” med e-post.
budget-follow-confirm-submit = Ja, mejla mig resultatet

## Voting stations: a staffed device where residents vote with their code

budget-station-title = Röststationer
budget-station-intro = En röststation är en dator eller surfplatta där invånare röstar med sin kod medan personal finns till hands, till exempel på biblioteket eller vid ett möte. Öppna stationen här och öppna sedan länken på enheten. Röster från enheten märks som lagda vid stationen. Stäng stationen när dagen är slut.
# $place: the place the editor named, for example "Vällingby bibliotek".
budget-station-opened = Röststationen { $place } är öppen. Öppna den här länken på enheten (den visas bara nu):
budget-station-place = Plats
budget-station-open = Öppna en röststation
budget-station-list = Röststationer för budgeten
budget-station-opened-at = Öppnad
budget-station-status = Läge
budget-station-status-open = Öppen
budget-station-status-closed = Stängd
# A button; $place names the station, so that each button says which it closes.
budget-station-close = Stäng { $place }
# Shown on the station's device above the ballot.
budget-station-here = Det här är en röststation: { $place }. Röster som läggs här märks som lagda vid stationen. Personalen hjälper gärna till.
budget-station-closed = Röststationen är stängd. Fråga personalen, eller rösta på webben med din kod.
audit-action-budget-station-open = Öppnade en röststation
audit-action-budget-station-close = Stängde en röststation

## Where ballots were cast, in the figures

budget-channel-web = På webben
budget-channel-paper = På papper
budget-channel-station = Vid en röststation
budget-credential-kind-class = Kod till en skolklass

## Children: class sessions and the ballot in easy Swedish (lättläst)

budget-codes-class = Koderna är till en skolklass
budget-codes-class-hint = Lapparna skickar barnen till röstsedeln på lättläst svenska, och deras röster räknas för sig.
# Printed on each slip of a class session, in easy Swedish. $address: the children's ballot.
budget-code-slip-children = Rösta på { $address } med koden här under.
budget-children-link = Röstsedel på lättläst svenska, för barn och unga
# Easy Swedish (lättläst): short sentences, common words.
budget-children-counted = Tack! Din röst är räknad. Ditt nummer är { $receipt }.
budget-children-choose = { $count ->
    [one] Välj ett förslag som du tycker om.
   *[other] Välj upp till { $count } förslag som du tycker om.
}
budget-children-choose-knapsack = Välj de förslag du tycker om. Alla tillsammans får kosta högst { $amount } kronor.
budget-children-code = Din kod
budget-children-code-hint = Koden står på lappen du fick.
budget-children-age = Hur gammal är du? (Du behöver inte svara.)
budget-children-submit = Rösta
budget-children-closed = Just nu kan du inte rösta.
budget-children-all = Se hela sidan om budgeten
budget-easy-title = Lättläst röstsedel
budget-easy-intro = Skriv budgeten och varje förslag på lättläst svenska, för barnens röstsedel. Korta meningar och vanliga ord. Lämnar du en ruta tom visas den vanliga svenska texten.
budget-easy-saved = Den lättlästa texten är sparad.
budget-easy-budget-title = Rubrik på lättläst svenska
budget-easy-budget-summary = Kort om budgeten på lättläst svenska
budget-easy-project-title = Förslagets namn på lättläst svenska
budget-easy-project-text = Förslaget på lättläst svenska
budget-easy-submit = Spara
budget-easy-see = Se röstsedeln för barn
audit-action-budget-easy-text = Skrev lättläst text till en budget
