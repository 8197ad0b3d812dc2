# Mails to residents. Plain words: many read them on a phone. No HTML here; links are added
# by the portal on lines of their own.
# Machine draft, not reviewed by a native speaker.

mail-greeting = Bures!
mail-signature = Dearvvuođat, Hässelby-Vällingby gávpotoasi hálddahus
# $title is the dialogue's title.
mail-confirm-subject = Duođaš ahte háliidat máhcahusa: { $title }
mail-confirm-intro = Don leat bivdán oažžut diehtit mii dáhpáhuvvá dialogain ”{ $title }”. Duođaš ahte dát lea du e-boastačujuhus:
mail-confirm-link = Raba liŋkka ja deaddil boalu:
mail-confirm-ignore = Itgo don ieš leat bivdán dan? De sáhtát badjelgeahččat dán e-boastta. Jus čujuhus ii duođaštuvvo, de dat sihkkojuvvo čieža beaivvi geažes.
mail-outcome-subject = Ná dat manai: { $title }
mail-outcome-intro = Don leat bivdán oažžut diehtit mii dáhpáhuvai dialogain ”{ $title }”. Dá lea gávpotoasi máhcahus.
mail-update-subject = Ođđa dieđut: { $title }
mail-update-intro = Dialoga ”{ $title }” máhcahus lea rievdaduvvon. Dá lea ođđa veršuvdna.
mail-outcome-in-swedish = Máhcahus ii leat vel du gillii. Dá lea dat ruoŧagillii.
mail-outcome-page = Loga máhcahusa neahtas:
mail-unsubscribe = Itgo šat háliit e-boastta dialoga birra? Sihko iežat čujuhusa dás:
mail-erase-note = Mii sihkkut du e-boastačujuhusa go máhcahus lea sáddejuvvon.

# A one-time voting code for a citizen budget. $title: the budget's title.
# Machine draft, not reviewed by a native speaker. Check first: "ássiidbudjehttii" (för, put before the title so the title is not inflected), "jietnalihppui neahtas" (på röstsedeln på webben), "Ale sádde dan earáide" (Skicka den inte vidare), "badjelgeahččat" (strunta i, as mail-confirm-ignore).
mail-budget-code-subject = Du jienastankoda: { $title }
mail-budget-code-intro = Dá lea du jienastankoda ássiidbudjehttii ”{ $title }”. Čále dan jietnalihppui neahtas.
mail-budget-code-vote = Jienas dás:
mail-budget-code-once = Koda addá ovtta jiena. Ale sádde dan earáide.
mail-budget-code-ignore = Itgo don leat bivdán jienastankoda? De sáhtát badjelgeahččat dán e-boastta.
