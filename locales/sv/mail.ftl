# Mails to residents. Plain words: many read them on a phone. No HTML here; links are added
# by the portal on lines of their own.

mail-greeting = Hej!
mail-signature = Hälsningar, Hässelby-Vällingby stadsdelsförvaltning
# $title is the dialogue's title.
mail-confirm-subject = Bekräfta att du vill få återkoppling: { $title }
mail-confirm-intro = Du har bett om att få veta vad som händer med dialogen ”{ $title }”. Bekräfta att det är din e-postadress:
mail-confirm-link = Öppna länken och tryck på knappen:
mail-confirm-ignore = Var det inte du som bad om det? Då kan du strunta i mejlet. Utan bekräftelse tas adressen bort efter sju dagar.
mail-outcome-subject = Så blev det: { $title }
mail-outcome-intro = Du bad om att få veta vad som hände med dialogen ”{ $title }”. Här är stadsdelens återkoppling.
mail-update-subject = Ny information: { $title }
mail-update-intro = Återkopplingen för dialogen ”{ $title }” har ändrats. Här är den nya versionen.
mail-outcome-in-swedish = Återkopplingen finns inte på ditt språk än. Här är den på svenska.
mail-outcome-page = Läs återkopplingen på webben:
mail-unsubscribe = Vill du inte få fler mejl om dialogen? Ta bort din adress här:
mail-erase-note = Vi tar bort din e-postadress när återkopplingen är skickad.

# A one-time voting code for a citizen budget. $title: the budget's title.
mail-budget-code-subject = Din röstkod: { $title }
mail-budget-code-intro = Här är din röstkod för ”{ $title }”. Skriv den på röstsedeln på webben.
mail-budget-code-vote = Rösta här:
mail-budget-code-once = Koden gäller en röst. Skicka den inte vidare.
mail-budget-code-ignore = Har du inte bett om en röstkod? Då kan du strunta i det här mejlet.

# How a proposal fared in a citizen budget, to the proposer who asked. $title: the budget's
# title; $proposal: the proposal's title.
mail-budget-outcome-subject = Resultatet: { $title }
mail-budget-outcome-intro = Du lämnade förslaget ”{ $proposal }” till ”{ $title }”. Nu är resultatet av omröstningen fastställt.
# $votes: the number of votes, written as a figure.
mail-budget-outcome-won = Förslaget stod på röstsedeln och är ett av dem som får pengar. Antal röster: { $votes }. Stadsdelsnämnden fattar det slutliga beslutet.
mail-budget-outcome-not-won = Förslaget stod på röstsedeln men fick inte tillräckligt många röster för att få pengar den här gången. Antal röster: { $votes }.
# $reason: the published reason the proposal was kept off the ballot.
mail-budget-outcome-declined = Förslaget kom inte med på röstsedeln. Skälet: { $reason }
# $into: the title of the proposal it was merged into.
mail-budget-outcome-merged = Förslaget slogs ihop med ett liknande förslag: ”{ $into }”. Hur det gick står på resultatsidan.
mail-budget-outcome-page = Se hela resultatet:
mail-budget-outcome-erased = Vi har nu raderat din kontaktuppgift.

# A citizen budget's result by e-mail: the confirmation, then the result. $title: the budget's
# title.
mail-budget-follow-subject = Bekräfta att du vill få resultatet: { $title }
mail-budget-follow-intro = Du har bett om att få resultatet av ”{ $title }” med e-post. Bekräfta att det är din e-postadress:
mail-budget-follow-ignore = Var det inte du som bad om det? Då kan du strunta i mejlet. Utan bekräftelse skickar vi inget mer, och adressen raderas när resultatet är fastställt.
mail-budget-result-intro = Resultatet av omröstningen i ”{ $title }” är fastställt. De här projekten får pengar:
# One funded project. $project: its title; $votes: its votes, as a figure.
mail-budget-result-project = – { $project } (antal röster: { $votes })
mail-budget-result-erased = Vi har nu raderat din e-postadress.
