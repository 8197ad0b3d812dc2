# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "ássiidbudjeahtta" (medborgarbudget, coined from "ássi" and "budjeahtta"), "prošeakta" (projekt), "jietnalihppu" (röstsedel), "jienastankoda" (röstkod), "duođaštit boađu" (fastställa resultatet, certify; "duođaštit" as in outcome-confirm-title). Staff sections (list, paper ballots, certify): "registreret"/"registreren", plural "registreremat" (mata in / inmatning; the noun coined from the verb in enter-title), "heivet oktii" (stämma), "earránit" (skilja sig), "duođaštusnummar" (kvittonummer, coined from "duođaštus" in budget-vote-counted), "Jietnalihput bábiris" (röstsedlar på papper), "Dilli" (Skede, as editor-state), "gomihit" (ångra), "geavatkeahtes" (oanvänd).
# "Ássi" = invånare (as audit-action-report); "koda" = kod (as outreach.ftl); "čálihit" = skriva ut
# (as letters-print); "Ođasmahte siiddu" = ladda om sidan (as form-error-missing-key).
# Check first, proposal sections (residents' proposals, reviewing proposals): "evttohus" (förslag, as level-influence-explained), "evttoheaddji" (förslagsställare, coined), "ovttastit"/"ovttastuvvui"/"Ovttastuvvon" (slå ihop / sammanslaget), "Buvtte evttohusa" (Lämna ett förslag), "árvvoštallan" (uppskattning), "doaibmagolut" (driftkostnader), "rahpasit" (öppet), "dárkkistit" for prövning (as the phase name) beside "moderet" for granskning ("Vuordá moderema", "Moderii", after editor-field-moderation "Moderen"; report-status-pending says "Vuordá dárkkisteami"), "Ákka" (skäl, as staff-filter-reason).

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

## Staff: the list of budgets

budget-staff-nav = Ássiidbudjeahtat
budget-staff-title = Ássiidbudjeahtat
budget-staff-unpublished = ii leat almmuhuvvon
budget-staff-budget = Budjeahtta
budget-staff-phase = Dilli
budget-staff-actions = Doaimmat
# Short names of a budget's phases (SKR's steps), for lists.
budget-phase-name-information = Diehtojuohkin
budget-phase-name-ideas = Jurdagat
budget-phase-name-review = Dárkkisteapmi
budget-phase-name-voting = Jienasteapmi
budget-phase-name-counting = Jienasteapmi lea nohkan
budget-phase-name-result = Boađus

## Staff: paper ballots, entered by two people

budget-paper-title = Jietnalihput bábiris
budget-paper-intro = Guokte sierra olbmo registrerejit juohke jietnalihpu, goabbáge sierra. Jietnalihppu lohkkojuvvo easka go goappašat registreremat heivejit oktii. Dan maŋŋá ii sáhte jietnalihpu koda šat geavahit neahtas.
budget-paper-code = Koda jietnalihpus
budget-paper-projects = Prošeavttat mat leat merkejuvvon jietnalihppui
budget-paper-submit = Vurke registrerema
budget-paper-first = Jietnalihppu lea registrerejuvvon oktii. Eará olmmoš registrere seamma jietnalihpu ovdal go dat lohkkojuvvo.
# $receipt: the ballot's receipt number.
budget-paper-counted = Goappašat registreremat heivejit oktii. Jietnalihppu lea lohkkojuvvon, duođaštusnummar { $receipt }.
budget-paper-disagree = Dát registreren earrána seamma jietnalihpu ovddit registreremis. Jietnalihppu ii lohkkojuvvo vel: bivdde goalmmát olbmo lohkat jietnalihpu ja registreret dan.
budget-paper-refused = Registreren ii vurkejuvvon.
budget-paper-error-same-person = Don leat juo registreren dán jietnalihpu. Eará olmmoš dahká nuppi registrerema.
budget-paper-closed = Jietnalihpuid sáhttá registreret jienasteami áigge ja dassážii go boađus lea duođaštuvvon.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Vuordá nuppi registrerema: { $once }. Registreremat mat earránit: { $disagree }.

## Staff: the certified result

budget-certify-title = Duođaš boađu
budget-certify-intro = Jienasteapmi lea nohkan. Go don duođaštat boađu, de jienat lohkkojuvvojit, boađus almmuhuvvo ovttas dan fiilla dárkkistansupmiin mas leat buot jienat, du namma merkejuvvo loggii, ja buot geavatkeahtes kodat heitet doaibmamis. Dan ii sáhte gomihit.
budget-certify-submit = Loga jienaid ja duođaš boađu
budget-certify-done = Boađus lea duođaštuvvon.
budget-certify-see = Čájet boađu
budget-certify-not-yet = Boađu sáhttá duođaštit go jienasteapmi lea nohkan.

## Residents' proposals (the ideas phase)

budget-proposals = Ássiid evttohusat
budget-proposal-heading = Buvtte evttohusa
budget-proposal-intro = It dárbbaš konttu. Čilge maidda don háliidat ahte ruđat geavahuvvojit. Mii lohkat evttohusa ovdal go almmuhit dan dáppe, ja dan maŋŋá dat dárkkistuvvo rahpasit: sáhttágo dat beassat jietnalihppui vai ii, ja manne.
budget-proposal-title = Maid don evttohat? (oanehis bajilčála)
budget-proposal-description = Čilge evttohusa
budget-proposal-area = Gos?
budget-proposal-whole-district = Olles gávpotoassi
budget-proposal-estimate-label = Man ollu don jáhkát dat máksá, kruvnnuin? (jus dieđát)
budget-proposal-estimate-hint = Čále dušše loguid. Ii leat váttisvuohta jus it dieđe: gávpotoasi hálddahus rehkenastá golaid.
budget-proposal-contact = Oktavuohta gažaldagaid várás (jus háliidat)
budget-proposal-contact-hint = E-boasta dahje telefovdna. Dušše gávpotoasi hálddahus oaidná dan, ja mii sihkkut dan go mearrádus lea dahkkon.
budget-proposal-submit = Sádde evttohusa
budget-proposal-thanks = Giitu du evttohusa ovddas! Mii lohkat dan ovdal go almmuhit dan dán siiddus.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = Evttoheaddji árvvoštallan: { $amount } kruvnnu
budget-proposal-open = Evttohus dárkkistuvvo.
# Followed by the reason the district gives.
budget-proposal-declined = Evttohus ii beassan jietnalihppui:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = Evttohus ovttastuvvui eará evttohusain:

## Staff: reviewing proposals

budget-review-title = Evttohusat ja dárkkisteapmi
budget-review-intro = Moderáhtorat almmuhit dahje čihket ođđa evttohusaid, nugo oaiviliid. Doaimmaheaddjit dárkkistit almmuhuvvon evttohusaid ovdal jienasteami: gullágo dat gávpotoasi ovddasvástádussii, man ollu dat máksá, iigo dat buvtte ođđa doaibmagoluid, leago dat lágalaš ja rabas buohkaide? Ákka almmuhuvvo.
budget-review-empty = Ii vel oktage evttohus.
budget-review-state = Dilli
budget-review-status-proposed = Vuordá moderema
budget-review-status-hidden = Čihkkojuvvon
budget-review-status-open = Almmuhuvvon, dárkkistuvvo
budget-review-status-ballot = Jietnalihpus
budget-review-status-declined = Ii jietnalihpus
budget-review-status-merged = Ovttastuvvon
budget-review-publish = Almmut
budget-review-hide = Čiega
budget-review-decision = Mearrádus
budget-review-decision-ballot = Jietnalihppui
budget-review-decision-decline = Ii jietnalihppui
budget-review-decision-merge = Ovttastit eará evttohusain
budget-review-cost = Golut kruvnnuin (jietnalihpu várás)
budget-review-into = Ovttastit evttohusain
budget-review-reason = Ákka (almmuhuvvo)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Čális golaid olles kruvnnuin: unnimusat 1 ja eanemusat olles budjeahta supmi.
budget-review-submit = Vurke mearrádusa
audit-action-budget-proposal-moderate = Moderii ássiidbudjeahta evttohusa
audit-action-budget-proposal-review = Dárkkistii ássiidbudjeahta evttohusa

## After the count: figures, the decision, the follow-up
# Machine draft, not reviewed by a native speaker. Check first: "čađaheapmi" (genomförande), "čuovvoleapmi" (uppföljning), "lávki" (steg), "oažžu ruđa"/"ii oaččo ruđa" (får / får inte pengar, as budget-result-won), "Heaittihuvvon" (avbrutet; a cancelled meeting is "šluhttejuvvon"), "Ii dieđihuvvon" (inte angett).

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Geat jienastedje
budget-figures-intro = Jietnalihpuid lohku agi mielde ja dan mielde movt jietna bođii. Jienasteaddji ieš čálii agi, jus háliidii.
budget-figures-by-age = Jietnalihput agi mielde
budget-figures-by-channel = Jietnalihput dan mielde movt jietna bođii
budget-figures-channel = Movt
budget-figures-ballots = Jietnalihput
budget-figures-not-said = Ii dieđihuvvon
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Mearrádus: prošeakta oažžu ruđa.
budget-decision-not-funded = Mearrádus: prošeakta ii oaččo ruđa.
# Residents' page: a funded project's implementation.
budget-followup-heading = Čađaheapmi
# $status: the newest step, e.g. "Álggahuvvon".
budget-followup-now = Dilli: { $status }
budget-followup-status-planned = Plánejuvvon
budget-followup-status-started = Álggahuvvon
budget-followup-status-done = Gearggus
budget-followup-status-stopped = Heaittihuvvon

## Staff: decision and follow-up

budget-followup-title = Mearrádus ja čuovvoleapmi
budget-followup-intro = Duođaštuvvon boađu maŋŋá. Hálddašeaddjit čállet mearrádusa go dat earrána jienasteamis, álo ákkain mii almmuhuvvo. Doaimmaheaddjit lasihit čađaheami lávkkiid prošeavttaide mat ožžot ruđa.
budget-followup-not-yet = Čuovvoleapmi álgá go boađus lea duođaštuvvon.
budget-followup-not-won = Ii vuoitán jienasteami
budget-followup-fund = Oažžugo prošeakta ruđa?
budget-followup-fund-yes = Juo, prošeakta oažžu ruđa
budget-followup-fund-no = Ii, prošeakta ii oaččo ruđa
budget-followup-reason = Ákka (almmuhuvvo)
budget-followup-decide = Vurke mearrádusa
budget-followup-step = Lávki
budget-followup-date = Beaivemearri
budget-followup-note = Mii lea dáhpáhuvvan? (almmuhuvvo)
budget-followup-add = Lasit lávkki
audit-action-budget-decision = Čálii mearrádusa ássiidbudjeahta prošeavtta birra
audit-action-budget-milestone = Lasihii lávkki ássiidbudjeahta prošeavtta čađaheapmái
