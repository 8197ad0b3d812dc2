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
