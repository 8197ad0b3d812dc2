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
