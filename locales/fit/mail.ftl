# Mails to residents. Plain words: many read them on a phone. No HTML here; links are added
# by the portal on lines of their own.
# Machine draft, not reviewed by a native speaker.

mail-greeting = Hei!
mail-signature = Terveisin { -district }n kaupunkiosahallinto
# $title is the dialogue's title.
mail-confirm-subject = Vahvista ette sie halvaat palautetta: { $title }
mail-confirm-intro = Sie olet pyytäny ette met kerroma mitä tapahtuu dialoogin ”{ $title }” kans. Vahvista ette tämä oon sinun e-postiosote:
mail-confirm-link = Avaa linkki ja paina knappia:
mail-confirm-ignore = Etkö sie pyytäny tätä? Sillon sie et tartte tehhä mithään. Jos osotetta ei vahvisteta, se poistethaan viikon päästä.
mail-outcome-subject = Näin se meni: { $title }
mail-outcome-intro = Sie pyysit ette met kerroma mitä tapahtu dialoogin ”{ $title }” kans. Tässä oon kaupunkiosan palaute.
mail-update-subject = Uutta tietoa: { $title }
mail-update-intro = Dialoogin ”{ $title }” palaute oon muuttunu. Tässä oon uusi versio.
mail-outcome-in-swedish = Palautetta ei ole vielä meänkielelä. Tässä se oon ruottiksi.
mail-outcome-page = Lue palaute webbissä:
mail-unsubscribe = Etkö sie halva enämpi e-postia dialoogista? Poista sinun osote täälä:
mail-erase-note = Met poistama sinun e-postiosotheen ko palaute oon lähätetty.

# A one-time voting code for a citizen budget. $title: the budget's title.
# Machine draft, not reviewed by a native speaker. Check first: "asukasbudjethiin" (för, put before the title so the title is not inflected), "äänestyslappu" (röstsedel), "Älä anna sitä toisile" (Skicka den inte vidare), "et tartte tehhä mithään" (kan strunta i, as mail-confirm-ignore).
mail-budget-code-subject = Sinun äänestyskoodi: { $title }
mail-budget-code-intro = Tässä oon sinun äänestyskoodi asukasbudjethiin ”{ $title }”. Kirjota se äänestyslappuun webbissä.
mail-budget-code-vote = Äänestä täälä:
mail-budget-code-once = Koodi antaa yhen äänen. Älä anna sitä toisile.
mail-budget-code-ignore = Etkö sie pyytäny äänestyskoodia? Sillon sie et tartte tehhä mithään tämän e-postin kans.

# How a proposal fared in a citizen budget, to the proposer who asked. $title: the budget's
# title; $proposal: the proposal's title.
# Machine draft, not reviewed by a native speaker. Check first: "Äänimäärä" (Antal röster), "kaupunkiosalautakunta" (stadsdelsnämnden, as report-print-hint), "saava rahhaa" (får pengar, as budget-result-won), "tulossivu" (resultatsidan), "kontakti" (kontaktuppgift, as budget-proposal-contact).
mail-budget-outcome-subject = Tulos: { $title }
mail-budget-outcome-intro = Sie teit ehotuksen ”{ $proposal }” asukasbudjethiin ”{ $title }”. Nyt äänestyksen tulos oon vahvistettu.
# $votes: the number of votes, written as a figure.
mail-budget-outcome-won = Ehotus oli äänestyslapussa, ja se oon yks niistä jokka saava rahhaa. Äänimäärä: { $votes }. Lopullisen päätöksen tekkee kaupunkiosalautakunta.
mail-budget-outcome-not-won = Ehotus oli äänestyslapussa, mutta tällä kertaa se ei saanu niin paljon ääniä ette se olis saanu rahhaa. Äänimäärä: { $votes }.
# $reason: the published reason the proposal was kept off the ballot.
mail-budget-outcome-declined = Ehotus ei päässy äänestyslappuun. Syy: { $reason }
# $into: the title of the proposal it was merged into.
mail-budget-outcome-merged = Ehotus yhistettiin toisheen ehotukseen joka oli samanlainen: ”{ $into }”. Kunka sille kävi, sen näkkee tulossivula.
mail-budget-outcome-page = Lue koko tulos:
mail-budget-outcome-erased = Sinun kontakti oon nyt poistettu.

# A citizen budget's result by e-mail: the confirmation, then the result. $title: the budget's
# title.
# Machine draft, not reviewed by a native speaker. Check first: "et tartte tehhä mithään" (kan strunta i, as mail-confirm-ignore), "met emmä lähätä mithään enämpi" (skickar vi inget mer), "Nämät projektit saava rahhaa" (De här projekten får pengar), "äänimäärä" (antal röster, as mail-budget-outcome-won).
mail-budget-follow-subject = Vahvista ette sie halvaat tuloksen: { $title }
mail-budget-follow-intro = Sie olet pyytäny ette met lähätämä asukasbudjetin ”{ $title }” tuloksen sulle e-postila. Vahvista ette tämä oon sinun e-postiosote:
mail-budget-follow-ignore = Etkö sie pyytäny tätä? Sillon sie et tartte tehhä mithään. Jos osotetta ei vahvisteta, met emmä lähätä mithään enämpi, ja osote poistethaan ko tulos oon vahvistettu.
mail-budget-result-intro = Asukasbudjetin ”{ $title }” äänestyksen tulos oon vahvistettu. Nämät projektit saava rahhaa:
# One funded project. $project: its title; $votes: its votes, as a figure.
mail-budget-result-project = – { $project } (äänimäärä: { $votes })
mail-budget-result-erased = Sinun e-postiosote oon nyt poistettu.
