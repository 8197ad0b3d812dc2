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
