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

## Staff: writing a budget (the editor)
# Machine draft, not reviewed by a native speaker. Check first, editor section: "heivehusat" (inställningar, least certain), "Jienastanvuohki" (Röstningssätt, coined like "jienastankoda"), "Dássásaš oasit" (Lika andelar), "čáhket budjehttii" (ryms i budgeten), "Vuosttaš beaivi evttohusaide" / "Maŋimus beaivi evttohusaide" (Förslag tas emot från / till och med, written as the first and last day), "Jienasteami maŋimus beaivi" (Röstningen stänger efter), "unnitlohkogielat" (minoritetsspråken, as editor-feedback-confirm-intro), "Nr." (Nr, for "nummar").

budget-editor-new-title = Ođđa ássiidbudjeahtta
budget-editor-new-intro = Čále budjeahta vuos ruoŧagillii. Dat vurkejuvvo luonusin; dasto lasihat teavsttaid eará gielaide ja almmuhat.
budget-editor-edit-title = Rievdat ássiidbudjeahta
budget-editor-swedish-texts = Ruoŧagiel teavsttat
budget-editor-settings = Heivehusat
budget-editor-create = Ráhkat luonusa
budget-editor-title = Bajilčála
budget-editor-summary = Čoahkkáigeassu: maidda ruđat leat ja movt ássiidbudjeahtta doaibmá
budget-editor-eligibility = Gii oažžu jienastit ja evttohit
budget-editor-total = Supmi kruvnnuin
budget-editor-total-hint = Olles kruvnnuin, ovdamearkka dihte 500 000.
budget-editor-method = Jienastanvuohki
budget-editor-method-approval = Jienasteaddji vállje muhtin logu prošeavttaid (ávžžuhuvvo)
budget-editor-method-knapsack = Jienasteaddji vállje prošeavttaid mat čáhket budjehttii
budget-editor-max-choices = Galle prošeavtta sáhttá válljet?
budget-editor-max-choices-hint = Dušše go jienasteaddji vállje muhtin logu prošeavttaid: 1 rájes 20 rádjái.
budget-editor-rule = Movt jienat lohkkojuvvojit
budget-editor-rule-greedy = Eanemus jienaid ožžon vuos, nu guhkás go ruđat ollet
budget-editor-rule-equalshares = Dássásaš oasit (Method of Equal Shares)
budget-editor-area = Guovlu
budget-editor-whole-district = Olles gávpotoassi
budget-editor-ideas-opens = Vuosttaš beaivi evttohusaide
budget-editor-ideas-closes = Maŋimus beaivi evttohusaide
budget-editor-voting-opens = Jienasteapmi álgá
budget-editor-voting-closes = Jienasteami maŋimus beaivi
budget-editor-decided-by = Gii mearrida
budget-editor-diarienummer = Áššenummar (diarienummer)
budget-editor-error-phases-order = Jienasteapmi sáhttá álgit easkka evttohusaid maŋimus beaivvi maŋŋá.
budget-editor-settings-locked = Jienasteapmi lea álgán, danin heivehusaid ii sáhte šat rievdadit. Teavsttaid sáhttá ain divvut.
budget-editor-save-settings = Vurke heivehusaid
budget-editor-text-written = Čállojuvvon
# $language: the language's name in itself, e.g. "Suomi".
# Written "Teavsttat – Davvisámegiella", as editor-texts-legend: the name cannot be inflected.
budget-editor-texts-in = Teavsttat – { $language }
budget-editor-save-texts = Vurke teavsttaid
budget-editor-publish-heading = Almmut
budget-editor-draft = Budjeahtta lea luonus, ja ássit eai oainne dan.
budget-editor-missing-languages = Dáin unnitlohkogielain váilot teavsttat. Ássit oidnet dalle ruoŧagiel teavstta, merkejuvvon ruoŧagiellan.
budget-editor-confirm = Almmut goittot, daid gielaid haga
budget-editor-confirm-needed = Duođaš ahte budjeahtta almmuhuvvo daid gielaid haga mat váilot, dahje lasit teavsttaid vuos.
budget-editor-is-published = Budjeahtta lea almmuhuvvon.
budget-editor-public-page = Geahča ássiid siiddu
budget-editor-done-created = Luonus lea ráhkaduvvon. Lasit teavsttaid eará gielaide ja almmut.
budget-editor-done-saved = Vurkejuvvon.
budget-editor-done-published = Budjeahtta lea almmuhuvvon, ja ássit oidnet dan.
budget-editor-versions = Veršuvnnat
# "Nr." abbreviates "nummar"; it differs from the Swedish "Nr" only by the full stop.
budget-editor-version-number = Nr.
budget-editor-version-when = Goas
budget-editor-version-who = Gii
budget-editor-version-what = Rievdadus
budget-editor-action-create = Ráhkadii luonusa
budget-editor-action-settings = Rievdadii heivehusaid
budget-editor-action-texts = Čálii teavsttaid
budget-editor-action-publish = Almmuhii
audit-action-budget-edit = Rievdadii ássiidbudjeahta
audit-action-budget-publish = Almmuhii ássiidbudjeahta

## Staff: proposals from paper, phone or meetings
# Machine draft, not reviewed by a native speaker. Check first: "registreret" (skriva in, as enter-title and the paper ballots), "evttoheaddji" (förslagsställare, coined), "moderejuvvo" (granskas, passive coined from "moderet") beside "dárkkistuvvo" (prövas), "Giella masa evttohus lea čállojuvvon" (språket förslaget är skrivet på), "jus dat addojuvvui" (om den finns).

budget-enter-heading = Registrere evttohusa mii boahtá bábiris, telefovnnas dahje čoahkkimis
budget-enter-intro = Čále evttohusa nu go dat addojuvvui, seamma gillii go dat lea čállojuvvon. Dan maŋŋá dat moderejuvvo ja dárkkistuvvo nugo buot eará evttohusat.
budget-enter-channel = Movt evttohus bođii?
budget-enter-language = Giella masa evttohus lea čállojuvvon
budget-enter-description = Evttohus, nu go dat lea čállojuvvon
budget-enter-estimate = Evttoheaddji árvvoštallan kruvnnuin (jus dat addojuvvui)
budget-enter-contact = Evttoheaddji oktavuohta gažaldagaid várás (jus dat addojuvvui)
budget-enter-submit = Vurke evttohusa
# $number: the proposal's number on this page.
budget-enter-done = Evttohus nr. { $number } lea registrerejuvvon. Dat vuordá moderema.
audit-action-budget-proposal-enter = Registrerii ássiidbudjeahta evttohusa mii bođii bábiris, telefovnnas dahje čoahkkimis

## Voting codes by e-mail and open voting
# Machine draft, not reviewed by a native speaker. Check first: "dárkkistanárvu" (kontrollvärde, coined like "dárkkistansupmi"), "rabas jienasteapmi" (öppen röstning), "vuohki" (sätt; "Jienastanvuohki" is already Röstningssätt), "čálihuvvon" (utskriven), "ráddjejuvvojit čujuhusa mielde" (begränsas per adress).

budget-code-heading = Bivdde jienastankoda e-boastta bokte
budget-code-intro = Iigo dus leat jienastankoda? Čále iežat e-boastačujuhusa, de mii sáddet dutnje koda mii addá ovtta jiena. Juohke čujuhus oažžu ovtta koda. Čujuhus ii vurkejuvvo: dušše dárkkistanárvu mas ii sáhte rehkenastit čujuhusa ruovttoluotta, ja dat sihkkojuvvo go boađus lea duođaštuvvon.
budget-code-email = Du e-boastačujuhus
budget-code-submit = Sádde munnje jienastankoda
budget-code-sent = Jus čujuhus ii leat ovdal ožžon koda, de koda lea boahtimin. Geahča iežat e-boastta, maiddái spámmamáhpas.
budget-vote-code-hint-open = Jus dus lea koda, čále dan dása. Dán háve sáhttá maiddái jienastit koda haga: guođe gietti guorusin.
budget-figures-by-kind = Jietnalihput dan mielde movt olbmot jienastedje
budget-figures-kind = Vuohki
budget-credential-kind-printed = Čálihuvvon jienastankoda
budget-credential-kind-email = Jienastankoda e-boastta bokte
budget-credential-kind-open = Koda haga (rabas jienasteapmi)
budget-editor-credentials = Eará vuogit jienastit čálihuvvon kodaid lassin
budget-editor-credentials-hint = Čálihuvvon jienastankodat leat álo geavahusas. Juohkehaččas lea okta jietna, vaikko makkár vugiin dat boahtá.
budget-editor-email-codes = Ássit sáhttet oažžut jienastankoda e-boastta bokte
budget-editor-open-voting = Rabas jienasteapmi: sáhttá jienastit koda haga
budget-editor-open-voting-hint = Dušše jus gávpotoasi hálddahus lea mearridan dan. Jienat koda haga ráddjejuvvojit čujuhusa mielde nugo oaivilat, ja dat čájehuvvojit sierra bohtosis, vai daid sáhttá dárkkistit maŋŋelaččas.

## Residents' proposal form: the outcome by mail
# Machine draft, not reviewed by a native speaker. Check first: "mo evttohussii manai" (hur det gick med förslaget), "oktavuohtan" (som kontakt, as budget-proposal-contact), "duođaštuvvon" (fastställt), "sihkkojuvvo" (raderas, as mail-confirm-ignore).

budget-proposal-outcome = Sádde munnje e-boastta mo evttohussii manai
budget-proposal-outcome-hint = Go boađus lea duođaštuvvon. Čále dalle iežat e-boastačujuhusa oktavuohtan. Dat sihkkojuvvo go e-boasta lea sáddejuvvon.

## The result by e-mail (any resident, voter or not)
# Machine draft, not reviewed by a native speaker. Check first: "Bivdde boađu" (Få resultatet, as budget-code-heading), "ovttas makkárge jienain" (tillsammans med någon röst), "duođaštuvvon" (both bekräftad and fastställt, as outcome-confirmed and budget-phase-result), "muđui mii eat sádde šat maidege" (annars skickar vi inget mer).

budget-follow-heading = Bivdde boađu e-boastta bokte
budget-follow-intro = Mii sáddet dutnje e-boastta oktii, go boađus lea duođaštuvvon. Du čujuhus ii vurkejuvvo ovttas makkárge jienain, ja dat sihkkojuvvo go e-boasta lea sáddejuvvon.
budget-follow-email = Du e-boastačujuhus
budget-follow-submit = Sádde munnje boađu e-boasttain
budget-follow-asked = Mii leat sádden e-boastta čujuhussii. Raba liŋkka e-boasttas ja duođaš čujuhusa, muđui mii eat sádde šat maidege.
budget-follow-confirmed = Giitu! Čujuhus lea duođaštuvvon. Don oaččut e-boastta go boađus lea duođaštuvvon.
# $title: the budget's title.
budget-follow-confirm-text = Don leat bivdán oažžut ássiidbudjeahta ”{ $title }” boađu e-boastta bokte.
budget-follow-confirm-submit = Juo, sádde munnje boađu e-boasttain

## Voting stations: a staffed device where residents vote with their code
# Machine draft, not reviewed by a native speaker. Check first: "jienastanbáiki" (röststation, coined like "jienastankoda"), "dihtor" (enheten; it also stands for the tablet), "skuvlaluohkká" (skolklass), "lohkkojuvvojit sierra" (räknas för sig), "álkes ruoŧagiella" (lättläst svenska, as translation.ftl), "Rahpojuvvon" (Öppnad).

budget-station-title = Jienastanbáikkit
budget-station-intro = Jienastanbáiki lea dihtor dahje tablehtta mas ássit jienastit kodain, ja bargit leat das veahkkin, ovdamearkka dihte girjerádjosis dahje čoahkkimis. Raba jienastanbáikki dáppe, ja raba dasto liŋkka dihtoris. Jienat dan dihtoris merkejuvvojit jienastanbáikki jienan. Gidde jienastanbáikki beaivvi loahpas.
# $place: the place the editor named, for example "Vällingby bibliotek". Put after a colon so that it need not be inflected.
budget-station-opened = Jienastanbáiki lea rabas: { $place }. Raba dán liŋkka dihtoris (dat čájehuvvo dušše dál):
budget-station-place = Báiki
budget-station-open = Raba jienastanbáikki
budget-station-list = Budjeahta jienastanbáikkit
budget-station-opened-at = Rahpojuvvon
budget-station-status = Dilli
budget-station-status-open = Rabas
budget-station-status-closed = Gitta
# A button; $place names the station, so that each button says which it closes.
budget-station-close = Gidde jienastanbáikki: { $place }
# Shown on the station's device above the ballot.
budget-station-here = Dát lea jienastanbáiki: { $place }. Jienat dáppe merkejuvvojit jienastanbáikki jienan. Bargit veahkehit mielas.
budget-station-closed = Jienastanbáiki lea giddejuvvon. Jeara bargiin, dahje jienas neahtas iežat kodain.
audit-action-budget-station-open = Rabai jienastanbáikki
audit-action-budget-station-close = Giddii jienastanbáikki

## Where ballots were cast, in the figures

budget-channel-web = Neahtas
budget-channel-paper = Bábiris
budget-channel-station = Jienastanbáikkis
budget-credential-kind-class = Koda skuvlaluohkkái

## Children: class sessions and the ballot in easy Swedish (lättläst)

budget-codes-class = Kodat leat skuvlaluohkkái
budget-codes-class-hint = Lihpuid bokte mánát gávdnet jietnalihpu álkes ruoŧagillii, ja sin jienat lohkkojuvvojit sierra.
# Printed on each slip of a class session (this text is the North Sami page's; slips use the Swedish one). $address: the children's ballot.
budget-code-slip-children = Jienas čujuhusas { $address } kodain mii lea dás vuolábealde.
budget-children-link = Jietnalihppu álkes ruoŧagillii, mánáide ja nuoraide
# Plain language for children: short sentences, common words.
budget-children-counted = Giitu! Du jietna lea lohkkojuvvon. Du nummar lea { $receipt }.
budget-children-choose = { $count ->
    [one] Vállje ovtta evttohusa masa don liikot.
    [two] Vállje eanemusat guokte evttohusa maidda don liikot.
   *[other] Vállje eanemusat { $count } evttohusa maidda don liikot.
}
budget-children-choose-knapsack = Vállje evttohusaid maidda don liikot. Oktiibuot dat ožžot máksit eanemusat { $amount } kruvnnu.
budget-children-code = Du koda
budget-children-code-hint = Koda lea lihpus maid don oaččut.
budget-children-age = Man boaris don leat? (It dárbbaš vástidit.)
budget-children-submit = Jienas
budget-children-closed = Dál it sáhte jienastit.
budget-children-all = Geahča olles siiddu budjeahta birra
budget-easy-title = Jietnalihppu álkes ruoŧagillii
budget-easy-intro = Čále budjeahta ja juohke prošeavtta álkes ruoŧagillii, mánáid jietnalihppui. Oanehis cealkagat ja dábálaš sánit. Jus guođát gietti guorusin, de čájehuvvo dábálaš ruoŧagiel teaksta.
budget-easy-saved = Álkes ruoŧagiel teaksta lea vurkejuvvon.
budget-easy-budget-title = Bajilčála álkes ruoŧagillii
budget-easy-budget-summary = Čoahkkáigeassu álkes ruoŧagillii
budget-easy-project-title = Prošeavtta namma álkes ruoŧagillii
budget-easy-project-text = Prošeakta álkes ruoŧagillii
budget-easy-submit = Vurke
budget-easy-see = Geahča mánáid jietnalihpu
audit-action-budget-easy-text = Čálii ássiidbudjehttii teavsttaid álkes ruoŧagillii
