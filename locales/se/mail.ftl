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
