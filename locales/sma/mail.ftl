# Mails to residents. Plain words: many read them on a phone. No HTML here; links are added
# by the portal on lines of their own.
# Machine draft, not reviewed by a native speaker.

mail-greeting = Buaregh!
mail-signature = Buerie heelsegh, Hässelby-Vällingbyn staaredajvereereme
# $title is the dialogue's title.
mail-confirm-subject = Vihtiesth ahte moenedimmiem sïjhth: { $title }
mail-confirm-intro = Datne leah birreme daejredh mij govlesadteminie ”{ $title }” deahpede. Vihtiesth ahte daate lea dov e-påasteadresse:
mail-confirm-link = Geehpehth lïenghkem jïh dïedtellh båaloem:
mail-confirm-ignore = Jis ih datne leah dam birreme, dellie maahtah daam e-påastem baajedh. Jis adresse ij vihtiestovvh, dellie dïhte tjïjhtje biejjien mænngan domhkeståvva.
mail-outcome-subject = Naemhtie sjïdti: { $title }
mail-outcome-intro = Datne leah birreme daejredh mij govlesadteminie ”{ $title }” deahpadi. Daesnie lea staaredajven moenedimmie.
mail-update-subject = Orre bïevnesh: { $title }
mail-update-intro = Govlesadtemen ”{ $title }” moenedimmie lea jarkelovveme. Daesnie lea orre versjovne.
mail-outcome-in-swedish = Moenedimmie ij annje dov gïelesne gååvnesh. Daesnie dïhte lea daaroen gïelesne.
mail-outcome-page = Lohkh moenedimmiem nedtesne:
mail-unsubscribe = Ih vielie sïjhth e-påastide govlesadtemen bïjre? Domhkesth dov adressem daesnie:
mail-erase-note = Mijjieh dov e-påasteadressem domhkestibie gosse moenedimmie lea seedtesovveme.

# A one-time voting code for a citizen budget. $title: the budget's title.
# Machine draft, not reviewed by a native speaker. Check first: "årrojebudsjedtese" (för, put before the title so the title is not inflected), "veeljemepaehperasse nedtesne" (på röstsedeln på webben), "Aellieh dam jeatjebidie seedth" (Skicka den inte vidare), "baajedh" (strunta i, as mail-confirm-ignore).
mail-budget-code-subject = Dov veeljemekode: { $title }
mail-budget-code-intro = Daesnie lea dov veeljemekode årrojebudsjedtese ”{ $title }”. Tjaelieh dam veeljemepaehperasse nedtesne.
mail-budget-code-vote = Veeljh daesnie:
mail-budget-code-once = Kodine maahtah akten aejkien veeljedh. Aellieh dam jeatjebidie seedth.
mail-budget-code-ignore = Jis ih datne leah veeljemekodem birreme, dellie maahtah daam e-påastem baajedh.

# How a proposal fared in a citizen budget, to the proposer who asked. $title: the budget's
# title; $proposal: the proposal's title.
# Machine draft, not reviewed by a native speaker. Check first: "Veeljemepaehperh:" before the figure (Antal röster; no noun for a vote, as budget-result-votes), "staaredajvemoenehtse" (stadsdelsnämnden, as report-print-hint), "mij lea seammalaakan" (liknande), "illedahkesæjroe" (resultatsidan, coined), "govlehtallemebïevnesh" (kontaktuppgift, coined).
mail-budget-outcome-subject = Illedahke: { $title }
mail-budget-outcome-intro = Datne leah raeriestimmiem ”{ $proposal }” årrojebudsjedtese ”{ $title }” seedteme. Daelie veeljemen illedahke lea vihtiestovveme.
# $votes: the number of votes, written as a figure.
mail-budget-outcome-won = Raeriestimmie veeljemepaehperisnie lij, jïh dïhte lea akte dejstie mah beetnegh åadtjoeh. Veeljemepaehperh: { $votes }. Staaredajvemoenehtse minngemes nænnoestimmiem dorje.
mail-budget-outcome-not-won = Raeriestimmie veeljemepaehperisnie lij, men daan aejkien idtji nuekie veeljemepaehperh åadtjoeh juktie beetnegh åadtjodh. Veeljemepaehperh: { $votes }.
# $reason: the published reason the proposal was kept off the ballot.
mail-budget-outcome-declined = Raeriestimmie idtji veeljemepaehperasse båetieh. Fåantoe: { $reason }
# $into: the title of the proposal it was merged into.
mail-budget-outcome-merged = Raeriestimmie ektiedovvi jeatjah raeriestimmine mij lea seammalaakan: ”{ $into }”. Guktie dïhte sjïdti, illedahkesæjrosne vuesiehtåvva.
mail-budget-outcome-page = Gïehtjh abpe illedahkem:
mail-budget-outcome-erased = Mijjieh libie daelie dov govlehtallemebïevnesh domhkestamme.

# A citizen budget's result by e-mail: the confirmation, then the result. $title: the budget's
# title.
# Machine draft, not reviewed by a native speaker. Check first: "illedahkem" (resultatet), "baajedh" (strunta i, as mail-confirm-ignore), "ibie maam vielie seedth" (skickar vi inget mer), "veeljemepaehperh" (antal röster; no noun for a vote, as mail-budget-outcome-won), "Daah prosjekth beetnegh åadtjoeh" (De här projekten får pengar).
mail-budget-follow-subject = Vihtiesth ahte illedahkem sïjhth: { $title }
mail-budget-follow-intro = Datne leah birreme årrojebudsjedten ”{ $title }” illedahkem e-påasten baaktoe åadtjodh. Vihtiesth ahte daate lea dov e-påasteadresse:
mail-budget-follow-ignore = Jis ih datne leah dam birreme, dellie maahtah daam e-påastem baajedh. Jis adresse ij vihtiestovvh, dellie mijjieh ibie maam vielie seedth, jïh adresse domhkeståvva gosse illedahke lea vihtiestovveme.
mail-budget-result-intro = Årrojebudsjedten ”{ $title }” veeljemen illedahke lea vihtiestovveme. Daah prosjekth beetnegh åadtjoeh:
# One funded project. $project: its title; $votes: its votes, as a figure.
mail-budget-result-project = – { $project } (veeljemepaehperh: { $votes })
mail-budget-result-erased = Mijjieh libie daelie dov e-påasteadressem domhkestamme.
