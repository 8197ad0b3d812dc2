# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "ássiidbudjeahtta" (medborgarbudget, coined from "ássi" and "budjeahtta"), "prošeakta" (projekt), "jietnalihppu" (röstsedel), "jienastankoda" (röstkod), "duođaštit boađu" (fastställa resultatet, certify; "duođaštit" as in outcome-confirm-title).
# "Ássi" = invånare (as audit-action-report); "koda" = kod (as outreach.ftl); "čálihit" = skriva ut
# (as letters-print); "Ođasmahte siiddu" = ladda om sidan (as form-error-missing-key).

## Refused ballots and voting codes

budget-ballot-empty = Vállje unnimusat ovtta prošeavtta.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Don leat válljen menddo olu prošeavttaid. Váldde muhtin eret ja sádde ođđasit.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Prošeavttat maid válljejit, mákset eambbo go olles budjeahtta. Váldde muhtin eret ja sádde ođđasit.
budget-ballot-unknown = Okta prošeavttain ii leat jietnalihpus. Ođasmahte siiddu ja vállje ođđasit.
budget-error-code = Dat koda ii gávdno. Dárkkis ahte leat čállán dan riekta.
budget-error-code-used = Dát koda lea juo geavahuvvon jienasteapmái. Juohke koda addá ovtta jiena.

## The audit log

audit-action-budget-create = Ráhkadii ássiidbudjeahta
audit-action-budget-project = Bijai prošeavtta jietnalihppui
audit-action-budget-codes = Čálihii jienastankodaid
audit-action-budget-certify = Duođaštii boađu

## The residents' pages: the list, a budget, its ballot and its result

# Machine draft, not reviewed by a native speaker. Check first: "jietna" (röst; dual and plural
# "jiena"), "jienasteapmi" (omröstning), "Jienas" (the imperative, as a heading), "jurdda"
# (idé), "kruvdnu" for krona, "dárkkistansupmi" (kontrollsumma, coined), "lihppu" (the printed
# slip); budget-codes-sheet and budget-code-slip put { $purpose } and { $title } after a colon.

# In the main menu, and the heading of the list of budgets.
budget-nav = Ássiidbudjeahtta
budget-list-intro = Ássiidbudjeahtas dii geat orubehtet dáppe mearridehpet movt muhtin ruhtasupmi geavahuvvo: dii evttohehpet prošeavttaid ja jienastehpet daid birra.
budget-list-empty = Dál ii leat oktage ássiidbudjeahtta.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Supmi mii juogaduvvo: { $amount } kruvnnu
# $date: a date, already formatted.
budget-phase-information = Jurdagat váldojuvvojit vuostá { $date } rájes.
budget-phase-ideas = Jurdagat váldojuvvojit vuostá { $date } rádjái.
budget-phase-review = Jurdagat dárkkistuvvojit. Jienasteapmi álgá { $date }.
budget-phase-voting = Jienasteapmi bistá { $date } rádjái.
budget-phase-counting = Jienasteapmi lea nohkan. Boađus čájehuvvo go jienat leat lohkkojuvvon ja boađus lea duođaštuvvon.
budget-phase-result = Boađus lea duođaštuvvon.
budget-eligibility = Gii oažžu jienastit
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Mearrádusa dahká { $who } (áššenummar { $number }).
budget-projects = Prošeavttat jietnalihpus
budget-project-cost = Golut: { $amount } kruvnnu
budget-vote-heading = Jienas
budget-vote-code = Du jienastankoda
budget-vote-code-hint = Koda lea lihpus maid don oaččut, ovdamearkka dihte ABCDE-FGHJK. Juohke koda addá ovtta jiena.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Vállje ovtta prošeavtta.
    [two] Vállje eanemusat guokte prošeavtta.
   *[other] Vállje eanemusat { $max } prošeavtta.
}
budget-vote-choose-knapsack = Vállje prošeavttaid mat oktiibuot mákset eanemusat { $amount } kruvnnu.
budget-vote-age = Ahki (eaktodáhtolaš, dušše statistihka várás)
budget-vote-area = Gos don orut (eaktodáhtolaš, dušše statistihka várás)
budget-vote-submit = Sádde mu jiena
budget-vote-refused = Jiena ii sáhttán lohkat.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Giitu! Du jietna lea lohkkojuvvon. Du duođaštus: { $receipt }
budget-result-heading = Boađus
budget-result-votes = { $count ->
    [one] Okta jietna
    [two] Guokte jiena
   *[other] { $count } jiena
}
budget-result-won = Oažžu ruđa
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] Okta jietna lohkkojuvvui.
    [two] Guokte jiena lohkkojuvvojedje.
   *[other] { $count } jiena lohkkojuvvojedje.
} Jienat leat rabas dáhtat; fiilla dárkkistansupmi (SHA-256) lea { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Buot jienat (Pabulib-fiila)

## Staff: printed voting codes

budget-codes-title = Jienastankodat
budget-codes-intro = Kodat čájehuvvojit dušše oktii. Čálih siiddu ja čuohpa lihpuid sierra. Juohke čálihus merkejuvvo loggii du namain.
budget-codes-count = Kodaid lohku (eanemusat 2000)
budget-codes-purpose = Geasa (skuvla, girjerájus, čoahkkin)
budget-codes-submit = Ráhkat kodaid čálihan várás
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] Okta koda, geasa: { $purpose }
    [two] Guokte koda, geasa: { $purpose }
   *[other] { $count } koda, geasa: { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Jienas čujuhusas { $address }: { $title }
budget-codes-error = Čális logu 1 ja 2000 gaskka, ja geasa kodat leat.
