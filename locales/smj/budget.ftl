# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "viesátbudsjæhtta" (medborgarbudget, coined from "viesát" and "budsjæhtta"; the accusative "budsjæhtav"), "prosjækta" and its forms "prosjevtav", "prosjevta", "prosjevtajs" (least certain), "jienastimbábbár" (röstsedel), "jienastimkåvddå" (röstkod), "duodastit boadosav" (fastställa resultatet, certify; "duodastit" as in outcome-confirm-title).
# "Viesát" = invånare (as audit-action-report); "kåvddå" = kod (as outreach.ftl); "tjáledit" = skriva
# ut (as letters-print); "Ådåsmahte bielev" = ladda om sidan (as form-error-missing-key). The
# interface spelling with æ is kept.

## Refused ballots and voting codes

budget-ballot-empty = Vállji unnemusát avtav prosjevtav.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = La válljim ilá moadda prosjevta. Válde muhtem prosjevtav ierit ja sáddi vas.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Prosjevta majt válljiji, máksi ienebuv gå ålles budsjæhtta. Válde muhtem prosjevtav ierit ja sáddi vas.
budget-ballot-unknown = Akta prosjevtajs ij la jienastimbábbáran. Ådåsmahte bielev ja vállji vas.
budget-error-code = Dát kåvddå ij gávnnu. Dárkesta jut la dav riekta tjállám.
budget-error-code-used = Dát kåvddå l juo adnum jienastimen. Juohkka kåvdåjn máhtá jienastit dåssju akti.

## The audit log

audit-action-budget-create = Ásadij viesátbudsjæhtav
audit-action-budget-project = Biejaj prosjevtav jienastimbábbárij
audit-action-budget-codes = Tjáledij jienastimkåvdåjt
audit-action-budget-certify = Duodastij boadosav

## The residents' pages: the list, a budget, its ballot and its result

# Machine draft, not reviewed by a native speaker. Check first: "jiedna" (röst; plural "jiena"),
# "jienastibme" (omröstning), "ájádus" (idé), "kråvnnå" for krona (plural "kråvnå"),
# "dárkestimsubme" (kontrollsumma, coined), "bábbárbihtá" (the printed slips), the passives in
# -duvvat; budget-list-intro speaks of the residents ("viesáda") in the third person, not "you";
# budget-codes-sheet and budget-code-slip put { $purpose } and { $title } after a colon.

# In the main menu, and the heading of the list of budgets.
budget-nav = Viesátbudsjæhtta
budget-list-intro = Viesátbudsjæhtan viesáda iesj mierredi gåktu muhtem ruhtasubme adnuj: sij oajvvadi prosjevtajt ja jienasti dáj birra.
budget-list-empty = Dál ij gávnnu viesátbudsjæhtta.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Subme mij juogeduvvá: { $amount } kråvnå
# $date: a date, already formatted.
budget-phase-information = Mij vuosstájválldip ájádusájt { $date } rájes.
budget-phase-ideas = Mij vuosstájválldip ájádusájt { $date } rádjáj.
budget-phase-review = Ájádusá dárkestuvvi. Jienastibme álggá { $date }.
budget-phase-voting = Jienastibme bissu { $date } rádjáj.
budget-phase-counting = Jienastibme l låhpadum. Boados vuoseduvvá gå jiena li lågåduvvam ja boados l duodastuvvam.
budget-phase-result = Boados l duodastuvvam.
budget-eligibility = Guhti oadtju jienastit
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Mærrádusáv dahká { $who } (ássjenummar { $number }).
budget-projects = Prosjevta jienastimbábbáran
budget-project-cost = Gålo: { $amount } kråvnå
budget-vote-heading = Jienasta
budget-vote-code = Duv jienastimkåvddå
budget-vote-code-hint = Kåvddå l bábbárbihttán majt la oadtjum, dagu ABCDE-FGHJK. Juohkka kåvdåjn máhtá jienastit dåssju akti.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Vállji avtav prosjevtav.
    [two] Vállji ienemusát guokta prosjevta.
   *[other] Vállji ienemusát { $max } prosjevta.
}
budget-vote-choose-knapsack = Vállji prosjevtajt ma aktan máksi ienemusát { $amount } kråvnå.
budget-vote-age = Ahke (jus sidá, dåssju statistihkkaj)
budget-vote-area = Gånnå åro (jus sidá, dåssju statistihkkaj)
budget-vote-submit = Sáddi mu jienav
budget-vote-refused = Jiedna ij máhttám lågåduvvat.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Gijtto! Duv jiedna l lågåduvvam. Duv duodastus: { $receipt }
budget-result-heading = Boados
budget-result-votes = { $count ->
    [one] Akta jiedna
    [two] Guokta jiena
   *[other] { $count } jiena
}
budget-result-won = Oadtju ruhtav
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] Akta jiedna lågåduvvaj.
    [two] Guokta jiena lågåduvvijga.
   *[other] { $count } jiena lågåduvvin.
} Jiena li rabás dáhtá; fiilla dárkestimsubme (SHA-256) l { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Gájkka jiena (Pabulib-fiilla)

## Staff: printed voting codes

budget-codes-title = Jienastimkåvdå
budget-codes-intro = Kåvdå vuoseduvvi dåssju akti. Tjáleda bielev ja tjuohpa bábbárbihtájt sierra. Juohkka tjáledibme mærkkoduvvá loggåj duv namájn.
budget-codes-count = Kåvdåj låhko (ienemusát 2000)
budget-codes-purpose = Gænnaj (skåvllå, girjjevuorkká, tjåhkanibme)
budget-codes-submit = Ráhkada kåvdåjt tjáledibmáj
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] Akta kåvddå, gænnaj: { $purpose }
    [two] Guokta kåvdå, gænnaj: { $purpose }
   *[other] { $count } kåvdå, gænnaj: { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Jienasta adræssan { $address }: { $title }
budget-codes-error = Tjále låhkov 1 ja 2000 gaskan, ja gænnaj kåvdå li.
