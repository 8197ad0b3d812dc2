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
