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

# How a proposal fared in a citizen budget, to the proposer who asked. $title: the budget's
# title; $proposal: the proposal's title.
# Machine draft, not reviewed by a native speaker. Check first: "Jienaid lohku" (Antal röster, as budget-codes-count "Kodaid lohku"), "gávpotoasi lávdegoddi" (stadsdelsnämnden, as report-print-hint), "sullasaš" (liknande), "boađussiidu" (resultatsidan, coined), "oktavuođadieđut" (kontaktuppgift).
mail-budget-outcome-subject = Boađus: { $title }
mail-budget-outcome-intro = Don buvttet evttohusa ”{ $proposal }” ássiidbudjehttii ”{ $title }”. Dál lea jienasteami boađus duođaštuvvon.
# $votes: the number of votes, written as a figure.
mail-budget-outcome-won = Evttohus lei jietnalihpus, ja dat lea okta dain mat ožžot ruđa. Jienaid lohku: { $votes }. Loahpalaš mearrádusa dahká gávpotoasi lávdegoddi.
mail-budget-outcome-not-won = Evttohus lei jietnalihpus, muhto dán háve dat ii ožžon doarvái jienaid vai oččošii ruđa. Jienaid lohku: { $votes }.
# $reason: the published reason the proposal was kept off the ballot.
mail-budget-outcome-declined = Evttohus ii beassan jietnalihppui. Ákka: { $reason }
# $into: the title of the proposal it was merged into.
mail-budget-outcome-merged = Evttohus ovttastuvvui sullasaš evttohusain: ”{ $into }”. Mo dasa manai, oainnát boađussiiddus.
mail-budget-outcome-page = Geahča olles boađu:
mail-budget-outcome-erased = Mii leat dál sihkkon du oktavuođadieđuid.

# A citizen budget's result by e-mail: the confirmation, then the result. $title: the budget's
# title.
# Machine draft, not reviewed by a native speaker. Check first: "boađu" (resultatet), "badjelgeahččat" (strunta i, as mail-confirm-ignore), "mii eat sádde šat maidege" (skickar vi inget mer), "jienaid lohku" (antal röster, as mail-budget-outcome-won), "Dát prošeavttat ožžot ruđa" (De här projekten får pengar).
mail-budget-follow-subject = Duođaš ahte háliidat boađu: { $title }
mail-budget-follow-intro = Don leat bivdán oažžut ássiidbudjeahta ”{ $title }” boađu e-boastta bokte. Duođaš ahte dát lea du e-boastačujuhus:
mail-budget-follow-ignore = Itgo don ieš leat bivdán dan? De sáhtát badjelgeahččat dán e-boastta. Jus čujuhus ii duođaštuvvo, de mii eat sádde šat maidege, ja čujuhus sihkkojuvvo go boađus lea duođaštuvvon.
mail-budget-result-intro = Ássiidbudjeahta ”{ $title }” jienasteami boađus lea duođaštuvvon. Dát prošeavttat ožžot ruđa:
# One funded project. $project: its title; $votes: its votes, as a figure.
mail-budget-result-project = – { $project } (jienaid lohku: { $votes })
mail-budget-result-erased = Mii leat dál sihkkon du e-boastačujuhusa.
