# Mails to residents. Plain words: many read them on a phone. No HTML here; links are added
# by the portal on lines of their own.
# Machine draft, not reviewed by a native speaker.

mail-greeting = Hei!
mail-signature = Terveisin { -district }n kaupunginosahallinto
# $title is the dialogue's title.
mail-confirm-subject = Vahvista, että haluat palautteen: { $title }
mail-confirm-intro = Olet pyytänyt tietoa siitä, mitä vuoropuhelun ”{ $title }” jälkeen tapahtuu. Vahvista, että tämä on sinun sähköpostiosoitteesi:
mail-confirm-link = Avaa linkki ja paina painiketta:
mail-confirm-ignore = Etkö sinä pyytänyt tätä? Silloin sinun ei tarvitse tehdä mitään. Jos osoitetta ei vahvisteta, se poistetaan seitsemän päivän kuluttua.
mail-outcome-subject = Näin kävi: { $title }
mail-outcome-intro = Pyysit tietoa siitä, mitä vuoropuhelun ”{ $title }” jälkeen tapahtui. Tässä on kaupunginosan palaute.
mail-update-subject = Uutta tietoa: { $title }
mail-update-intro = Vuoropuhelun ”{ $title }” palaute on muuttunut. Tässä on uusi versio.
mail-outcome-in-swedish = Palautetta ei ole vielä suomeksi. Tässä se on ruotsiksi.
mail-outcome-page = Lue palaute verkossa:
mail-unsubscribe = Etkö halua enää sähköpostia tästä vuoropuhelusta? Poista osoitteesi täältä:
mail-erase-note = Poistamme sähköpostiosoitteesi, kun palaute on lähetetty.

# A one-time voting code for a citizen budget. $title: the budget's title.
# Machine draft, not reviewed by a native speaker. Check first: "äänestyskoodi" (röstkod), "asukasbudjettiin" (för, put before the title so the title is not inflected), "verkossa olevaan äänestyslippuun" (på röstsedeln på webben), "jättää huomiotta" (strunta i).
mail-budget-code-subject = Äänestyskoodisi: { $title }
mail-budget-code-intro = Tässä on äänestyskoodisi asukasbudjettiin ”{ $title }”. Kirjoita se verkossa olevaan äänestyslippuun.
mail-budget-code-vote = Äänestä täällä:
mail-budget-code-once = Koodi antaa yhden äänen. Älä anna sitä eteenpäin.
mail-budget-code-ignore = Etkö pyytänyt äänestyskoodia? Silloin voit jättää tämän viestin huomiotta.
