# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "viesátbudsjæhtta" (medborgarbudget, coined from "viesát" and "budsjæhtta"; the accusative "budsjæhtav"), "prosjækta" and its forms "prosjevtav", "prosjevta", "prosjevtajs" (least certain), "jienastimbábbár" (röstsedel), "jienastimkåvddå" (röstkod), "duodastit boadosav" (fastställa resultatet, certify; "duodastit" as in outcome-confirm-title). Staff sections (list, paper ballots, certify): "registrierit"/"registrieribme", plural "registrierime" (mata in / inmatning; the noun coined from the verb in enter-title), "li seamma" (stämmer), "duodastusnummar" (kvittonummer, coined from "duodastus" in budget-vote-counted), "Jienastimbábbára bábbáris" (röstsedlar på papper), "Stáhtus" (Skede, as editor-state), "e desti dåhkki" (slutar gälla), "guokta sierra ulmutja baktu" and "ij galga ájn lågåduvvat" (least certain).
# "Viesát" = invånare (as audit-action-report); "kåvddå" = kod (as outreach.ftl); "tjáledit" = skriva
# ut (as letters-print); "Ådåsmahte bielev" = ladda om sidan (as form-error-missing-key). The
# interface spelling with æ is kept.
# Check first, proposal sections (residents' proposals, reviewing proposals): "oajvvadus" (förslag, as level-influence-explained), "oajvvadiddje" (förslagsställare, coined), "Viesátoajvvadusa" (invånarnas förslag, a compound like viesátbudsjæhtta), "aktidit"/"aktiduváj"/"Aktidum" (slå ihop, least certain), "doajmmagålo" (driftkostnader, coined), "dárkestit" for prövning (as the phase name) beside "moderierit" for granskning ("Vuorddá moderierimev", "Moderierij", after editor-field-moderation "Moderieribme"), "Redaktera" (plural of redakterra), "duv mielas"/"Oajvvadiddje mielas" for the estimate (no noun for uppskattning: "árvvalus" is the draft in editor.ftl), "rehkenastá" (räknar), "oanes rubrihkka", "gatjálvisáj diehti"; the yes/no questions of budget-review-intro are written with "jus" (whether).

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

## Staff: the list of budgets

budget-staff-nav = Viesátbudsjæhta
budget-staff-title = Viesátbudsjæhta
budget-staff-unpublished = ij la almodum
budget-staff-budget = Budsjæhtta
budget-staff-phase = Stáhtus
budget-staff-actions = Dago
# Short names of a budget's phases (SKR's steps), for lists.
budget-phase-name-information = Diehtojuohkem
budget-phase-name-ideas = Ájádusá
budget-phase-name-review = Dárkestibme
budget-phase-name-voting = Jienastibme
budget-phase-name-counting = Jienastibme l låhpadum
budget-phase-name-result = Boados

## Staff: paper ballots, entered by two people

budget-paper-title = Jienastimbábbára bábbáris
budget-paper-intro = Juohkka jienastimbábbár registrieriduvvá guoktij, guokta sierra ulmutja baktu. Dat lågåduvvá dåssju gå guokta registrierime li seamma. Dan maŋŋela ij máhte jienastimbábbára kåvdåv næhtan adnet.
budget-paper-code = Kåvddå jienastimbábbáran
budget-paper-projects = Prosjevta ma li mærkkodum jienastimbábbáran
budget-paper-submit = Vuorkki registrierimev
budget-paper-first = Jienastimbábbár l registrieridum akti. Ietjá ulmusj galggá registrierit seamma jienastimbábbárav åvddål gå dat lågåduvvá.
# $receipt: the ballot's receipt number.
budget-paper-counted = Guokta registrierime li seamma. Jienastimbábbár l lågåduvvam, duodastusnummar { $receipt }.
budget-paper-disagree = Dát registrieribme ij la seamma gå åvdep registrieribme seamma jienastimbábbáris. Jienastimbábbár ij galga ájn lågåduvvat: gatjáda goalmát ulmutjav låhkåt jienastimbábbárav ja dav registrierit.
budget-paper-refused = Registrieribme ij la vuorkkiduvvam.
budget-paper-error-same-person = La juo registrieridum dáv jienastimbábbárav. Ietjá ulmusj galggá dav registrierit nubbe bále.
budget-paper-closed = Jienastimbábbárijt máhtá registrierit jienastime ájgen ja åvddål gå boados l duodastuvvam.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Vuorddá nubbe registrierimev: { $once }. Registrierime ma e li seamma: { $disagree }.

## Staff: the certified result

budget-certify-title = Duodasta boadosav
budget-certify-intro = Jienastibme l låhpadum. Gå duodasta boadosav, de jiena lågåduvvi, boados almoduvvá dan fiilla dárkestimsubmijn mij sisadná gájkka jienajt, duv namma mærkkoduvvá loggåj, ja gájkka kåvdå ma e li adnum e desti dåhkki. Dav ij máhte maŋŋela rievddadit.
budget-certify-submit = Lågåda jienajt ja duodasta boadosav
budget-certify-done = Boados l duodastuvvam.
budget-certify-see = Vuoseda boadosav
budget-certify-not-yet = Boadosav máhtá duodastit gå jienastibme l låhpadum.

## Residents' proposals (the ideas phase)

budget-proposals = Viesátoajvvadusa
budget-proposal-heading = Oajvvada juojddá
budget-proposal-intro = I dárbaha kontov. Tjielgga masi sidá ruhtav adnet. Mij låhkåp oajvvadusáv åvddål gå dav dánna almodip, ja dan maŋŋela dat dárkestuvvá almulattjat: jus dat máhttá jienastimbábbárij boahtet jali ij, ja manen.
budget-proposal-title = Majt sidá oajvvadit? (oanes rubrihkka)
budget-proposal-description = Tjielgga oajvvadusáv
budget-proposal-area = Gånnå?
budget-proposal-whole-district = Ålles stádaoasse
budget-proposal-estimate-label = Man moadda kråvnå dat máksá, duv mielas? (jus diedá)
budget-proposal-estimate-hint = Tjále dåssju lågojt. La buorre aj jus i diede: stádaoasseháldadus rehkenastá gålojt.
budget-proposal-contact = Aktavuohta gatjálvisáj diehti (jus sidá)
budget-proposal-contact-hint = E-poassta jali telefåvnnå. Dåssju stádaoasseháldadus dav vuojnná, ja mij sihkkop dav gå ássje l mierredum.
budget-proposal-submit = Sáddi oajvvadusáv
budget-proposal-thanks = Gijtto oajvvadusá åvdås! Mij låhkåp dav åvddål gå dav dán bielen almodip.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = Oajvvadiddje mielas máksá: { $amount } kråvnå
budget-proposal-open = Oajvvadus dárkestuvvá.
# Followed by the reason the district gives.
budget-proposal-declined = Oajvvadus ij boahtám jienastimbábbárij:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = Oajvvadus aktiduváj ietjá oajvvadusájn:

## Staff: reviewing proposals

budget-review-title = Oajvvadusa ja dárkestibme
budget-review-intro = Moderatåvrå almodi jali tjiegadi ådå oajvvadusájt, nav gåk vuojnojt. Redaktera dárkesti almodum oajvvadusájt jienastime åvddål: jus dat gullu stádaoase åvddåsvásstádussaj, man ålov dat máksá, jus dat ij buvte ådå doajmmagålojt, ja jus dat l lága milta ja rabás gájkajda. Sivva almoduvvá.
budget-review-empty = Ájn ij gávnnu oajvvadus.
budget-review-state = Stáhtus
budget-review-status-proposed = Vuorddá moderierimev
budget-review-status-hidden = Tjiegadum
budget-review-status-open = Almodum, dárkestuvvá
budget-review-status-ballot = Jienastimbábbáran
budget-review-status-declined = Ij jienastimbábbáran
budget-review-status-merged = Aktidum
budget-review-publish = Almoda
budget-review-hide = Tjiega
budget-review-decision = Mærrádus
budget-review-decision-ballot = Jienastimbábbárij
budget-review-decision-decline = Ij jienastimbábbárij
budget-review-decision-merge = Aktida ietjá oajvvadusájn
budget-review-cost = Gålo kråvnåjn (jienastimbábbárij)
budget-review-into = Aktida oajvvadusájn
budget-review-reason = Sivva (almoduvvá)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Tjále gålojt ålles kråvnåjn: unnemusát 1 ja ienemusát ålles budsjæhta subme.
budget-review-submit = Vuorkki mærrádusáv
audit-action-budget-proposal-moderate = Moderierij viesátbudsjæhta oajvvadusáv
audit-action-budget-proposal-review = Dárkestij viesátbudsjæhta oajvvadusáv

## After the count: figures, the decision, the follow-up
# Machine draft, not reviewed by a native speaker. Check first: "tjadádibme" (genomförande), "tjuovvolibme" (uppföljning, coined after North Sami "čuovvoleapmi"), "lávkke" (steg), "oadtju ruhtav"/"ij oattjo ruhtav" (får / får inte pengar, as budget-result-won), "Hiejtedum" (avbrutet, as meeting-cancelled), "Ij la diededum" (inte angett).

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Gudi jienastin
budget-figures-intro = Jienastimbábbárij låhko ahke milta ja dan milta gåktu jiedna bådij. Jienastiddje ietja tjálij ahkes, jus sidáj.
budget-figures-by-age = Jienastimbábbára ahke milta
budget-figures-by-channel = Jienastimbábbára dan milta gåktu jiedna bådij
budget-figures-channel = Gåktu
budget-figures-ballots = Jienastimbábbára
budget-figures-not-said = Ij la diededum
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Mærrádus: prosjækta oadtju ruhtav.
budget-decision-not-funded = Mærrádus: prosjækta ij oattjo ruhtav.
# Residents' page: a funded project's implementation.
budget-followup-heading = Tjadádibme
# $status: the newest step, e.g. "Álgadum".
budget-followup-now = Stáhtus: { $status }
budget-followup-status-planned = Plánidum
budget-followup-status-started = Álgadum
budget-followup-status-done = Gárves
budget-followup-status-stopped = Hiejtedum

## Staff: decision and follow-up

budget-followup-title = Mærrádus ja tjuovvolibme
budget-followup-intro = Duodastum boadosa maŋŋela. Háldadiddje tjálli mærrádusáv gå dat ij la seamma gå jienastibme, álu sivajn mij almoduvvá. Redaktera lasedi tjadádime lávkkijt prosjevtajda ma oadtju ruhtav.
budget-followup-not-yet = Tjuovvolibme álggá gå boados l duodastuvvam.
budget-followup-not-won = Ij vuojttám jienastimev
budget-followup-fund = Oadtjugo prosjækta ruhtav?
budget-followup-fund-yes = Jo, prosjækta oadtju ruhtav
budget-followup-fund-no = Ij, prosjækta ij oattjo ruhtav
budget-followup-reason = Sivva (almoduvvá)
budget-followup-decide = Vuorkki mærrádusáv
budget-followup-step = Lávkke
budget-followup-date = Biejvve
budget-followup-note = Mij l dáhpáduvvam? (almoduvvá)
budget-followup-add = Laseda lávkev
audit-action-budget-decision = Tjálij mærrádusáv viesátbudsjæhta prosjevta birra
audit-action-budget-milestone = Lasedij lávkev viesátbudsjæhta prosjevta tjadádibmáj

## Staff: writing a budget (the editor)
# Machine draft, not reviewed by a native speaker. Check first, editor section: "hiebadusá" (inställningar, least certain), "Jienastimvuohke" (Röstningssätt, coined like "jienastimkåvddå"), "Seamma stuorra oase" (Lika andelar), "tjáhkki budsjæhttaj" (ryms i budgeten), "Vuostasj biejvve oajvvadusájda" / "Maŋemus biejvve oajvvadusájda" (Förslag tas emot från / till och med, written as the first and last day), "juoksá" (räcker), "Gávnnu" (Skriven, literally "exists", the opposite of editor-text-missing), "Nr." (Nr, for "nummar").

budget-editor-new-title = Ådå viesátbudsjæhtta
budget-editor-new-intro = Tjále budsjæhtav vuostak dárogiellaj. Dat vuorkkiduvvá árvvalussan; dan maŋŋela laseda tevstajt ietjá gielaj ja almoda.
budget-editor-edit-title = Rievddada viesátbudsjæhtav
budget-editor-swedish-texts = Tevsta dárogielan
budget-editor-settings = Hiebadusá
budget-editor-create = Ásada árvvalusáv
budget-editor-title = Rubrihkka
budget-editor-summary = Tjoahkkájgæsos: masi ruhta l ja gåktu viesátbudsjæhtta doajmmá
budget-editor-eligibility = Guhti oadtju jienastit ja oajvvadit
budget-editor-total = Subme kråvnåjn
budget-editor-total-hint = Ålles kråvnåjn, dagu 500 000.
budget-editor-method = Jienastimvuohke
budget-editor-method-approval = Jienastiddje vállji muhtem låhkov prosjevtajs (ævtoduvvá)
budget-editor-method-knapsack = Jienastiddje vállji prosjevtajt ma tjáhkki budsjæhttaj
budget-editor-max-choices = Man moadda prosjevta máhtá válljit?
budget-editor-max-choices-hint = Dåssju gå jienastiddje vállji muhtem låhkov prosjevtajs: 1 rájes 20 rádjáj.
budget-editor-rule = Gåktu jiena lågåduvvi
budget-editor-rule-greedy = Ienemus jiena vuostak, nav guhkás gå ruhta juoksá
budget-editor-rule-equalshares = Seamma stuorra oase (Method of Equal Shares)
budget-editor-area = Guovllo
budget-editor-whole-district = Ålles stádaoasse
budget-editor-ideas-opens = Vuostasj biejvve oajvvadusájda
budget-editor-ideas-closes = Maŋemus biejvve oajvvadusájda
budget-editor-voting-opens = Jienastibme álggá
budget-editor-voting-closes = Jienastime maŋemus biejvve
budget-editor-decided-by = Guhti mierret
budget-editor-diarienummer = Ássjenummar (diarienummer)
budget-editor-error-phases-order = Jienastibme máhttá álggit dåssju oajvvadusáj maŋemus biejve maŋŋela.
budget-editor-settings-locked = Jienastibme l álggám, danen ij máhte hiebadusájt desti rievddadit. Tevstajt máhtá ájn rievddadit.
budget-editor-save-settings = Vuorkki hiebadusájt
# Literally "Exists", the opposite of editor-text-missing ("Ij gávnnu").
budget-editor-text-written = Gávnnu
# $language: the language's name in itself, e.g. "Suomi".
# Written "Tevsta – Julevsámegiella", as editor-texts-legend: the name cannot be inflected.
budget-editor-texts-in = Tevsta – { $language }
budget-editor-save-texts = Vuorkki tevstajt
budget-editor-publish-heading = Almoda
budget-editor-draft = Budsjæhtta l árvvalus, ja viesáda e dav vuojne.
budget-editor-missing-languages = Dáj unneplågogielaj e gávnnu tevsta. Viesáda de vuojnni tevstav dárogielan, mærkkodum dárogiellan.
budget-editor-confirm = Almoda huoman, dáj gielaj dagi
budget-editor-confirm-needed = Duodasta jut budsjæhtta almoduvvá dáj gielaj dagi ma e gávnnu, jali laseda tevstajt vuostak.
budget-editor-is-published = Budsjæhtta l almoduvvam.
budget-editor-public-page = Gehtja viesádij bielev
budget-editor-done-created = Árvvalus l ásaduvvam. Laseda tevstajt ietjá gielaj ja almoda.
budget-editor-done-saved = Vuorkkiduvvam.
budget-editor-done-published = Budsjæhtta l almoduvvam, ja viesáda dav vuojnni.
budget-editor-versions = Værsjåvnå
# "Nr." abbreviates "nummar"; it differs from the Swedish "Nr" only by the full stop.
budget-editor-version-number = Nr.
budget-editor-version-when = Goassa
budget-editor-version-who = Guhti
budget-editor-version-what = Rievddadus
budget-editor-action-create = Ásadij árvvalusáv
budget-editor-action-settings = Rievddadij hiebadusájt
budget-editor-action-texts = Tjálij tevstajt
budget-editor-action-publish = Almodij
audit-action-budget-edit = Rievddadij viesátbudsjæhtav
audit-action-budget-publish = Almodij viesátbudsjæhtav

## Staff: proposals from paper, phone or meetings
# Machine draft, not reviewed by a native speaker. Check first: "registrierit" (skriva in, as enter-title and the paper ballots), "oajvvadiddje" (förslagsställare, coined), "moderieriduvvá" (granskas, passive coined from "moderierit") beside "dárkestuvvá" (prövas), "Giella masi oajvvadus l tjáledum" (språket förslaget är skrivet på), "jus dat l diededum" (om den finns, as budget-figures-not-said).

budget-enter-heading = Registriera oajvvadusáv bábbáris, telefåvnås jali tjåhkanimes
budget-enter-intro = Tjále oajvvadusáv nav gåk ulmusj dav javlaj jali tjálij, ja seamma giellaj. Dan maŋŋela dat moderieriduvvá ja dárkestuvvá nav gåk gájkka ietjá oajvvadusa.
budget-enter-channel = Gåktu oajvvadus bådij?
budget-enter-language = Giella masi oajvvadus l tjáledum
budget-enter-description = Oajvvadus, nav gåk dat l tjáledum
budget-enter-estimate = Man moadda kråvnå dat máksá oajvvadiddje mielas (jus dat l diededum)
budget-enter-contact = Oajvvadiddje aktavuohta gatjálvisáj diehti (jus dat l diededum)
budget-enter-submit = Vuorkki oajvvadusáv
# $number: the proposal's number on this page.
budget-enter-done = Oajvvadus nr. { $number } l registrieridum. Dat vuorddá moderierimev.
audit-action-budget-proposal-enter = Registrierij viesátbudsjæhta oajvvadusáv bábbáris, telefåvnås jali tjåhkanimes

## Voting codes by e-mail and open voting
# Machine draft, not reviewed by a native speaker. Check first: "dárkestimárvvo" (kontrollvärde, coined like "dárkestimsubme"), "rabás jienastibme" (öppen röstning), "tjáledum" (utskriven), "ráddjiduvvi adræssa milta" (begränsas per adress, coined passive), "gájkka vuoge aktan" (vilket sätt den än kommer på, least certain).

budget-code-heading = Oattjo jienastimkåvdåv e-poasta baktu
budget-code-intro = Jus i la jienastimkåvdåv oadtjum, de tjále ietjat e-poasstaadræssav, ja mij sáddip dunji kåvdåv. Kåvdåjn máhtá jienastit dåssju akti. Juohkka adræssa oadtju dåssju avtav kåvdåv. Adræssav ep vuorkki: vuorkkip dåssju dárkestimárvov mas ij máhte adræssav rehkenastit, ja dav sihkkop gå boados l duodastuvvam.
budget-code-email = Duv e-poasstaadræssa
budget-code-submit = Sáddi munji jienastimkåvdåv
budget-code-sent = Jus adræssa ij la åvddål oadtjum kåvdåv, de kåvddå l boahtemin. Gehtja ietjat e-poastav, aj spámmamáhpan.
budget-vote-code-hint-open = Jus la kåvdåv oadtjum, tjále dav dási. Dán bále máhtá aj jienastit kåvdå dagi: ale majdik dási tjále.
budget-figures-by-kind = Jienastimbábbára dan milta gåktu jienastin
budget-figures-kind = Vuohke
budget-credential-kind-printed = Tjáledum jienastimkåvddå
budget-credential-kind-email = Jienastimkåvddå e-poasta baktu
budget-credential-kind-open = Kåvdå dagi (rabás jienastibme)
budget-editor-credentials = Ietjá vuoge jienastit gå tjáledum kåvdå
budget-editor-credentials-hint = Tjáledum jienastimkåvdå gávnnuji álu. Juohkka ulmusj oadtju jienastit dåssju akti, gájkka vuoge aktan.
budget-editor-email-codes = Viesáda máhtti oadtjot jienastimkåvdåv e-poasta baktu
budget-editor-open-voting = Rabás jienastibme: máhtá jienastit kåvdå dagi
budget-editor-open-voting-hint = Dåssju jus stádaoasseháldadus l dav mierredam. Jiena kåvdå dagi ráddjiduvvi adræssa milta nav gåk vuojno, ja vuoseduvvi sierra boadosin, vaj dajt máhtá maŋŋela dárkestit.

## Residents' proposal form: the outcome by mail
# Machine draft, not reviewed by a native speaker. Check first: "gåktu oajvvadussaj manáj" (hur det gick med förslaget), "aktavuohtan" (som kontakt, as budget-proposal-contact), "duodastuvvam" (fastställt), "sihkkoduvvá" (raderas, as mail-confirm-ignore).

budget-proposal-outcome = Sáddi munji e-poasta baktu gåktu oajvvadussaj manáj
budget-proposal-outcome-hint = Gå boados l duodastuvvam. Tjále de ietjat e-poasstaadræssav aktavuohtan. Dat sihkkoduvvá gå e-poassta l sáddidum.

## The result by e-mail (any resident, voter or not)
# Machine draft, not reviewed by a native speaker. Check first: "Oattjo boadosav" (Få resultatet, as budget-code-heading), "aktan jienaj" (tillsammans med någon röst, least certain), "duodastuvvam" (both bekräftad and fastställt, as outcome-confirmed and budget-phase-result), "ep desti majdik sáddi" (skickar vi inget mer), "adræssaj" (till adressen).

budget-follow-heading = Oattjo boadosav e-poasta baktu
budget-follow-intro = Mij sáddip dunji e-poastav akti, gå boados l duodastuvvam. Duv adræssav ep vuorkki aktan jienaj, ja dat sihkkoduvvá gå e-poassta l sáddidum.
budget-follow-email = Duv e-poasstaadræssa
budget-follow-submit = Sáddi munji boadosav e-poasta baktu
budget-follow-asked = Mij lip sáddim e-poastav adræssaj. Raba liŋkav e-poastan ja duodasta. Jus i duodasta, de ep desti majdik sáddi.
budget-follow-confirmed = Gijtto! Adræssa l duodastuvvam. Oattjo e-poastav gå boados l duodastuvvam.
# $title: the budget's title.
budget-follow-confirm-text = La åhtsåm oadtjot viesátbudsjæhta ”{ $title }” boadosav e-poasta baktu.
budget-follow-confirm-submit = Jo, sáddi munji boadosav e-poasta baktu

## Voting stations: a staffed device where residents vote with their code
# Machine draft, not reviewed by a native speaker. Check first: "jienastimbájkke" (röststation, coined like "jienastimkåvddå"), "dáhtår" (enheten; it also stands for the tablet), "skåvllåklássa" (skolklass), "lågåduvvi sierra" (räknas för sig), "álkkes dárogiella" (lättläst svenska, as translation.ftl), "Rahpam" (Öppnad, least certain).

budget-station-title = Jienastimbájke
budget-station-intro = Jienastimbájkke l dáhtår jali tablehtta gånnå viesáda kåvdåjn jienasti, ja bargge viehkedi, dagu girjjevuorkán jali tjåhkanimen. Raba jienastimbájkkev dánna, ja raba de liŋkav dáhtåran. Jiena dan dáhtåris mærkkoduvvi jienastimbájke jienan. Dahpada jienastimbájkkev biejve gietjen.
# $place: the place the editor named, for example "Vällingby bibliotek". Put after a colon so that it need not be inflected.
budget-station-opened = Jienastimbájkke l rabás: { $place }. Raba dáv liŋkav dáhtåran (dat vuoseduvvá dåssju dál):
budget-station-place = Bájkke
budget-station-open = Raba jienastimbájkkev
budget-station-list = Budsjæhta jienastimbájke
budget-station-opened-at = Rahpam
budget-station-status = Stáhtus
budget-station-status-open = Rabás
budget-station-status-closed = Dahpadum
# A button; $place names the station, so that each button says which it closes.
budget-station-close = Dahpada jienastimbájkkev: { $place }
# Shown on the station's device above the ballot.
budget-station-here = Dát l jienastimbájkke: { $place }. Jiena dánna mærkkoduvvi jienastimbájke jienan. Bargge sihti dunji viehkedit.
budget-station-closed = Jienastimbájkke l dahpadum. Gatjáda barggijs, jali jienasta næhtan ietjat kåvdåjn.
audit-action-budget-station-open = Rabáj jienastimbájkkev
audit-action-budget-station-close = Dahpadij jienastimbájkkev

## Where ballots were cast, in the figures

budget-channel-web = Næhtan
budget-channel-paper = Bábbáran
budget-channel-station = Jienastimbájken
budget-credential-kind-class = Kåvddå skåvllåklássaj

## Children: class sessions and the ballot in easy Swedish (lättläst)

budget-codes-class = Kåvdå li skåvllåklássaj
budget-codes-class-hint = Bábbárbihtá vuosedi mánájda jienastimbábbárav álkkes dárogielan, ja sijá jiena lågåduvvi sierra.
# Printed on each slip of a class session (this text is the Lule Sami page's; slips use the Swedish one). $address: the children's ballot.
budget-code-slip-children = Jienasta adræssan { $address } kåvdåjn mij l dá vuolen.
budget-children-link = Jienastimbábbár álkkes dárogielan, mánájda ja nuorajda
# Plain language for children: short sentences, common words.
budget-children-counted = Gijtto! Duv jiedna l lågåduvvam. Duv nummar l { $receipt }.
budget-children-choose = { $count ->
    [one] Vállji avtav oajvvadusáv mij duv mielas l buorre.
    [two] Vállji ienemusát guokta oajvvadusá ma duv mielas li buore.
   *[other] Vállji ienemusát { $count } oajvvadusá ma duv mielas li buore.
}
budget-children-choose-knapsack = Vállji oajvvadusájt ma duv mielas li buore. Aktan dá oadtju ienemusát { $amount } kråvnå máksit.
budget-children-code = Duv kåvddå
budget-children-code-hint = Kåvddå l bábbárbihttán majt la oadtjum.
budget-children-age = Man vuoras la? (I dárbaha vásstedit.)
budget-children-submit = Jienasta
budget-children-closed = Dál i máhte jienastit.
budget-children-all = Gehtja ålles bielev budsjæhta birra
budget-easy-title = Jienastimbábbár álkkes dárogielan
budget-easy-intro = Tjále budsjæhtav ja juohkka prosjevtav álkkes dárogiellaj, mánáj jienastimbábbárij. Oanes gárgadisá ja dábálasj bágo. Jus i tjále majdik gieddáj, de vuoseduvvá tevsta dábálasj dárogielan.
budget-easy-saved = Tevsta álkkes dárogielan l vuorkkiduvvam.
budget-easy-budget-title = Rubrihkka álkkes dárogielan
budget-easy-budget-summary = Tjoahkkájgæsos álkkes dárogielan
budget-easy-project-title = Prosjevta namma álkkes dárogielan
budget-easy-project-text = Prosjækta álkkes dárogielan
budget-easy-submit = Vuorkki
budget-easy-see = Gehtja mánáj jienastimbábbárav
audit-action-budget-easy-text = Tjálij viesátbudsjæhta tevstajt álkkes dárogiellaj
