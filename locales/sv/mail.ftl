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
