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

# How a proposal fared in a citizen budget, to the proposer who asked. $title: the budget's
# title; $proposal: the proposal's title.
# Machine draft, not reviewed by a native speaker. Check first: "Äänimäärä" (Antal röster), "kaupunginosalautakunta" (stadsdelsnämnden, as report-print-hint), "saavat rahoitusta" (får pengar, as budget-result-won), "tulossivu" (resultatsidan), "yhteystieto" (kontaktuppgift, as budget-proposal-contact).
mail-budget-outcome-subject = Tulos: { $title }
mail-budget-outcome-intro = Teit ehdotuksen ”{ $proposal }” asukasbudjettiin ”{ $title }”. Nyt äänestyksen tulos on vahvistettu.
# $votes: the number of votes, written as a figure.
mail-budget-outcome-won = Ehdotus oli äänestyslipussa, ja se on yksi niistä, jotka saavat rahoitusta. Äänimäärä: { $votes }. Lopullisen päätöksen tekee kaupunginosalautakunta.
mail-budget-outcome-not-won = Ehdotus oli äänestyslipussa, mutta se ei tällä kertaa saanut rahoitukseen riittävästi ääniä. Äänimäärä: { $votes }.
# $reason: the published reason the proposal was kept off the ballot.
mail-budget-outcome-declined = Ehdotus ei päässyt äänestyslippuun. Syy: { $reason }
# $into: the title of the proposal it was merged into.
mail-budget-outcome-merged = Ehdotus yhdistettiin samankaltaiseen ehdotukseen: ”{ $into }”. Tulossivulta näet, miten sille kävi.
mail-budget-outcome-page = Katso koko tulos:
mail-budget-outcome-erased = Olemme nyt poistaneet yhteystietosi.

# A citizen budget's result by e-mail: the confirmation, then the result. $title: the budget's
# title.
# Machine draft, not reviewed by a native speaker. Check first: "tuloksen" (resultatet), "jättää huomiotta" (strunta i, as mail-budget-code-ignore), "vahvistettu" (fastställt; "vahvista" is also bekräfta), "äänimäärä" (antal röster, as mail-budget-outcome-won), "hankkeet saavat rahoitusta" (projekten får pengar).
mail-budget-follow-subject = Vahvista, että haluat tuloksen: { $title }
mail-budget-follow-intro = Olet pyytänyt, että asukasbudjetin ”{ $title }” tulos lähetetään sinulle sähköpostilla. Vahvista, että tämä on sinun sähköpostiosoitteesi:
mail-budget-follow-ignore = Etkö sinä pyytänyt tätä? Silloin voit jättää tämän viestin huomiotta. Jos osoitetta ei vahvisteta, emme lähetä mitään enempää, ja osoite poistetaan, kun tulos on vahvistettu.
mail-budget-result-intro = Asukasbudjetin ”{ $title }” äänestyksen tulos on vahvistettu. Nämä hankkeet saavat rahoitusta:
# One funded project. $project: its title; $votes: its votes, as a figure.
mail-budget-result-project = – { $project } (äänimäärä: { $votes })
mail-budget-result-erased = Olemme nyt poistaneet sähköpostiosoitteesi.
