# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "årrojebudsjedte" (medborgarbudget, coined from "årroje" and "budsjedte"), "prosjekte" (projekt), "veeljemepaehpere" (röstsedel; "veeljeme" is also a filter's choice in list-empty), "veeljemekode" (röstkod), "illedahkem vihtiestidh" (fastställa resultatet, certify; "vihtiestidh" as in outcome-confirm-title, not "nænnoestidh", the political decision), "maeksieh" (cost). Staff sections (list, paper ballots, certify): "registreeredh"/"registreereme", plural "registreeremh" (mata in / inmatning; the noun coined from the verb in enter-title), "seammalaakan" (stämmer), "vihtiesleahpanummere" (kvittonummer, coined from "vihtiesleahpa" in budget-vote-counted), "Veeljemepaehperh paehperistie" (röstsedlar på papper), "mïerhkesjovveme" (kryssad), "Staatuse" (Skede, as editor-state), "ryöknesovvh" (the negative passive), "bååstede jarkelidh" (ångra).
# "Årroje" = invånare (as audit-action-report); "kode" = kod (as outreach.ftl); "olkese tjaeledh" =
# skriva ut (as letters-print); "Orresth sæjroem" = ladda om sidan (as form-error-missing-key).
# The audit log puts the object first, as the other sma audit-action messages do.
# Check first, proposal sections (residents' proposals, reviewing proposals): "raeriestimmie" (förslag, as level-influence-explained; budget-list-intro has "uvtedidh" for föreslå, and "uvtelasse" is the draft in editor.ftl), "raeriestæjja" (förslagsställare, coined), "ektiedidh"/"ektiedovvi"/"Ektiedovveme" (slå ihop, least certain), "Buektieh raeriestimmiem" (Lämna ett förslag), "Årroji" (genitive plural), "gïehtjedidh" for prövning (as the phase name) beside "Moderasjovne"/"modereeredh" for granskning ("Moderasjovnem vuarta", "modereeri", after editor-field-moderation), "orre maeksieh fïerhte jaepien" (driftkostnader, a paraphrase), "rïhpeslaakan" (öppet), "mejtie" (whether), "idtji ... båetieh" (did not go on), "Raeriestæjja tuhtje" (the estimate, no noun for uppskattning), "taalh" (siffror).

## Refused ballots and voting codes

budget-ballot-empty = Veeljh unnemes aktem prosjektem.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Datne leah fer jïjnjh prosjekth veeljeme. Domhkesth aktem jïh seedth vihth.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Prosjekth mejtie veeljih, jienebe maeksieh goh abpe budsjedte. Domhkesth aktem jïh seedth vihth.
budget-ballot-unknown = Akte prosjektijste ij veeljemepaehperisnie gååvnesh. Orresth sæjroem jïh veeljh vihth.
budget-error-code = Daate kode ij gååvnesh. Gïehtjh ahte dam rïektes tjaelih.
budget-error-code-used = Daate kode lea joe veeljemisnie nuhtjesovveme. Fïerhte kodine maahtah akten aejkien veeljedh.

## The audit log

audit-action-budget-create = Årrojebudsjedtem sjugniedi
audit-action-budget-project = Prosjektem veeljemepaehperasse bïeji
audit-action-budget-codes = Veeljemekodide olkese tjaeli
audit-action-budget-certify = Illedahkem vihtiesti

## The residents' pages: the list, a budget, its ballot and its result

# Machine draft, not reviewed by a native speaker. Check first: no noun for a vote was found
# ("gïele" is the portal's word for language), so the counts name ballots ("veeljemepaehpere")
# and "dov veeljeme" stands for your vote; "Veeljedh" (the heading), "åssjalommes" (idé),
# "uvtedidh" (föreslå), "kråvna" (krona), "gïehtjedimmiesumme" (kontrollsumma, coined),
# "paehperebiehkie" (the printed slips), "nåhkeme"; budget-list-intro speaks of the residents
# ("årrojh") in the third person; budget-codes-sheet and budget-code-slip put { $purpose } and
# { $title } after a colon.

# In the main menu, and the heading of the list of budgets.
budget-nav = Årrojebudsjedte
budget-list-intro = Årrojebudsjedtesne årrojh jïjtje mieriedieh guktie akte beetnegesumme nuhtjesåvva: dah prosjekth uvtedieh jïh dej bïjre veeljieh.
budget-list-empty = Daelie ij naan årrojebudsjedte gååvnesh.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Summe mij juakasåvva: { $amount } kråvnah
# $date: a date, already formatted.
budget-phase-information = Åssjalommesh vuastalibie { $date } raejeste.
budget-phase-ideas = Åssjalommesh vuastalibie { $date } raajan.
budget-phase-review = Mijjieh åssjalommesidie gïehtjedibie. Veeljeme aalka { $date }.
budget-phase-voting = Veeljeme jåhta { $date } raajan.
budget-phase-counting = Veeljeme lea nåhkeme. Illedahke vuesiehtåvva gosse veeljemepaehperh leah ryöknesovveme jïh illedahke lea vihtiestovveme.
budget-phase-result = Illedahke lea vihtiestovveme.
budget-eligibility = Gie maahta veeljedh
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Nænnoestimmiem { $who } dorje (aamhtesenummere { $number }).
budget-projects = Prosjekth veeljemepaehperisnie
budget-project-cost = Maeksieh: { $amount } kråvnah
budget-vote-heading = Veeljedh
budget-vote-code = Dov veeljemekode
budget-vote-code-hint = Kode lea dan paehperebiehkesne maam leah åådtjeme, vuesiehtimmien gaavhtan ABCDE-FGHJK. Fïerhte kodine maahtah akten aejkien veeljedh.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Veeljh aktem prosjektem.
    [two] Veeljh jeenjemes göökte prosjekth.
   *[other] Veeljh jeenjemes { $max } prosjekth.
}
budget-vote-choose-knapsack = Veeljh prosjekth mah ektesne jeenjemes { $amount } kråvnah maeksieh.
budget-vote-age = Aaltere (jis sïjhth, barre statistihkese)
budget-vote-area = Gusnie årroeh (jis sïjhth, barre statistihkese)
budget-vote-submit = Seedth mov veeljemem
budget-vote-refused = Ij gåaredh dov veeljemem ryöknedh.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Gæjhtoe! Dov veeljeme lea ryöknesovveme. Dov vihtiesleahpa: { $receipt }
budget-result-heading = Illedahke
budget-result-votes = { $count ->
    [one] Akte veeljemepaehpere
    [two] Göökte veeljemepaehperh
   *[other] { $count } veeljemepaehperh
}
budget-result-won = Beetnegh åådtje
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] Akte veeljemepaehpere ryöknesovvi.
    [two] Göökte veeljemepaehperh ryöknesovvin.
   *[other] { $count } veeljemepaehperh ryöknesovvin.
} Veeljemepaehperh leah rïhpes daatah; fijlen gïehtjedimmiesumme (SHA-256) lea { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Gaajhkh veeljemepaehperh (Pabulib-fijle)

## Staff: printed voting codes

budget-codes-title = Veeljemekodh
budget-codes-intro = Kodh barre akten aejkien vuesiehtuvvieh. Tjaelieh sæjroem olkese jïh bietskh paehperebiehkieh sjïere. Mijjieh fïerhte olkesetjaelemem dov nommine loggose tjaelebe.
budget-codes-count = Man gellie kodh (jeenjemes 2000)
budget-codes-purpose = Gïese (skuvle, gærjagåetie, tjåanghkoe)
budget-codes-submit = Sjugniedh kodh olkesetjaelemasse
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] Akte kode, gïese: { $purpose }
    [two] Göökte kodh, gïese: { $purpose }
   *[other] { $count } kodh, gïese: { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Veeljh { $address } baaktoe: { $title }
budget-codes-error = Tjaelieh låhkoem 1 jïh 2000 gaskem, jïh gïese kodh leah.

## Staff: the list of budgets

budget-staff-nav = Årrojebudsjedth
budget-staff-title = Årrojebudsjedth
budget-staff-unpublished = ij leah bæjhkoehtovveme
budget-staff-budget = Budsjedte
budget-staff-phase = Staatuse
budget-staff-actions = Darjomh
# Short names of a budget's phases (SKR's steps), for lists.
budget-phase-name-information = Bïevnesh
budget-phase-name-ideas = Åssjalommesh
budget-phase-name-review = Gïehtjedimmie
budget-phase-name-voting = Veeljeme
budget-phase-name-counting = Veeljeme lea nåhkeme
budget-phase-name-result = Illedahke

## Staff: paper ballots, entered by two people

budget-paper-title = Veeljemepaehperh paehperistie
budget-paper-intro = Göökte ovmessie almetjh fïerhte veeljemepaehperem sjïere registreerieh. Veeljemepaehpere barre dellie ryöknesåvva gosse dah göökte registreeremh leah seammalaakan. Dan mænngan ij gåaredh veeljemepaehperen kodem nedtesne nuhtjedh.
budget-paper-code = Kode veeljemepaehperisnie
budget-paper-projects = Prosjekth mah leah veeljemepaehperisnie mïerhkesjovveme
budget-paper-submit = Vöörhkh registreeremem
budget-paper-first = Veeljemepaehpere lea akten aejkien registreeresovveme. Jeatjah almetje tjuara seamma veeljemepaehperem registreeredh åvtelen dïhte ryöknesåvva.
# $receipt: the ballot's receipt number.
budget-paper-counted = Dah göökte registreeremh leah seammalaakan. Veeljemepaehpere lea ryöknesovveme, vihtiesleahpanummere { $receipt }.
budget-paper-disagree = Daate registreereme ij leah seammalaakan goh aarebi registreereme seamma veeljemepaehperistie. Veeljemepaehpere ij annje ryöknesovvh: gihtjh gåalmede almetjem veeljemepaehperem lohkedh jïh dam registreeredh.
budget-paper-refused = Ij gåaredh registreeremem vöörhkedh.
budget-paper-error-same-person = Datne leah joe daam veeljemepaehperem registreereme. Jeatjah almetje dam mubpie registreeremem dorje.
budget-paper-closed = Maahtah veeljemepaehperh registreeredh gosse veeljeme jåhta, jïh goske illedahke lea vihtiestovveme.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Mubpie registreeremem vuarta: { $once }. Registreeremh mah eah leah seammalaakan: { $disagree }.

## Staff: the certified result

budget-certify-title = Vihtiesth illedahkem
budget-certify-intro = Veeljeme lea nåhkeme. Gosse datne illedahkem vihtiesth, veeljemepaehperh ryöknesuvvieh, illedahke bæjhkoehtåvva dan fijlen gïehtjedimmiesummine mesnie gaajhkh veeljemepaehperh leah, mijjieh dov nommem loggose tjaelebe, jïh ij vielie gåaredh dejtie kodide nuhtjedh mah eah leah nuhtjesovveme. Daam ij gåaredh bååstede jarkelidh.
budget-certify-submit = Ryöknh veeljemepaehperh jïh vihtiesth illedahkem
budget-certify-done = Illedahke lea vihtiestovveme.
budget-certify-see = Vuesehth illedahkem
budget-certify-not-yet = Illedahkem gåarede vihtiestidh gosse veeljeme lea nåhkeme.

## Residents' proposals (the ideas phase)

budget-proposals = Årroji raeriestimmieh
budget-proposal-heading = Buektieh raeriestimmiem
budget-proposal-intro = Ih daarpesjh naan kontoem. Buerkiesth maam sïjhth beetnegigujmie darjodh. Mijjieh dov raeriestimmiem lohkebe åvtelen daesnie bæjhkoehtibie, jïh dan mænngan dïhte rïhpeslaakan gïehtjedåvva: mejtie veeljemepaehperasse båata jallh ij, jïh man åvteste.
budget-proposal-title = Maam sïjhth raeriestidh? (åenehks bijjiebaakoe)
budget-proposal-description = Buerkiesth dov raeriestimmiem
budget-proposal-area = Gusnie?
budget-proposal-whole-district = Abpe staaredajve
budget-proposal-estimate-label = Man gellie kråvnah tuhtjh dïhte maeksa? (jis daajrah)
budget-proposal-estimate-hint = Tjaelieh barre taalh. Ij leah dåeriesmoere jis ih daejrieh: staaredajvereereme ryökneste man jïjnje dïhte maeksa.
budget-proposal-contact = Govlehtalledh gyhtjelassi gaavhtan (jis sïjhth)
budget-proposal-contact-hint = E-påaste jallh telefovne. Barre staaredajvereereme dam vuajna, jïh mijjieh dam domhkestibie gosse nænnoestimmie lea dorjesovveme.
budget-proposal-submit = Seedth raeriestimmiem
budget-proposal-thanks = Gæjhtoe dov raeriestimmien åvteste! Mijjieh dam lohkebe åvtelen daan sæjrosne bæjhkoehtibie.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = Raeriestæjja tuhtje dïhte maeksa: { $amount } kråvnah
budget-proposal-open = Raeriestimmie gïehtjedåvva.
# Followed by the reason the district gives.
budget-proposal-declined = Raeriestimmie idtji veeljemepaehperasse båetieh:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = Raeriestimmie jeatjah raeriestimmine ektiedovvi:

## Staff: reviewing proposals

budget-review-title = Raeriestimmieh jïh gïehtjedimmie
budget-review-intro = Moderatovrh orre raeriestimmieh bæjhkoehtieh jallh tjïekieh, seamma goh vuajnoeh. Redaktöörh bæjhkoehtovveme raeriestimmieh gïehtjedieh åvtelen veeljeme aalka: mejtie staaredajven dïedtesne lea, man jïjnje maeksa, mejtie orre maeksieh fïerhte jaepien vadta, mejtie laaken mietie lea jïh gaajhkide gaahpode. Fåantoe bæjhkoehtåvva.
budget-review-empty = Annje ij naan raeriestimmie gååvnesh.
budget-review-state = Staatuse
budget-review-status-proposed = Moderasjovnem vuarta
budget-review-status-hidden = Tjïekesovveme
budget-review-status-open = Bæjhkoehtovveme, gïehtjedåvva
budget-review-status-ballot = Veeljemepaehperisnie
budget-review-status-declined = Ij veeljemepaehperisnie
budget-review-status-merged = Ektiedovveme
budget-review-publish = Bæjhkoehth
budget-review-hide = Tjïekh
budget-review-decision = Nænnoestimmie
budget-review-decision-ballot = Veeljemepaehperasse
budget-review-decision-decline = Ij veeljemepaehperasse
budget-review-decision-merge = Ektiedh jeatjah raeriestimmine
budget-review-cost = Maeksieh kråvnine (veeljemepaehperasse)
budget-review-into = Ektiedh raeriestimmine
budget-review-reason = Fåantoe (bæjhkoehtåvva)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Tjaelieh maeksieh ellies kråvnine: unnemes 1 jïh jeenjemes abpe budsjedten summe.
budget-review-submit = Vöörhkh nænnoestimmiem
audit-action-budget-proposal-moderate = Årrojebudsjedten raeriestimmiem modereeri
audit-action-budget-proposal-review = Årrojebudsjedten raeriestimmiem gïehtjedi

## After the count: figures, the decision, the follow-up
# Machine draft, not reviewed by a native speaker. Check first: "tjïrrehtimmie" (genomförande), "dåeriedimmie" (uppföljning, coined from "dåeredh"), "boelhke" (steg; a period or phase, no word for a step was found), "Aelkeme" (påbörjat), "beetnegh åådtje"/"ij beetnegh åadtjoeh" (får / får inte pengar, as budget-result-won), "Ij naan vaestiedasse" (inte angett).

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Gïeh veeljin
budget-figures-intro = Man gellie veeljemepaehperh aalteren mietie jïh guktie veeljeme bööti. Dïhte gie veelji, jïjtje aalteremse tjaeli, jis sïjhti.
budget-figures-by-age = Veeljemepaehperh aalteren mietie
budget-figures-by-channel = Veeljemepaehperh guktie veeljeme bööti
budget-figures-channel = Guktie
budget-figures-ballots = Veeljemepaehperh
budget-figures-not-said = Ij naan vaestiedasse
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Nænnoestimmie: prosjekte beetnegh åådtje.
budget-decision-not-funded = Nænnoestimmie: prosjekte ij beetnegh åadtjoeh.
# Residents' page: a funded project's implementation.
budget-followup-heading = Tjïrrehtimmie
# $status: the newest step, e.g. "Aelkeme".
budget-followup-now = Staatuse: { $status }
budget-followup-status-planned = Soejkesjovveme
budget-followup-status-started = Aelkeme
budget-followup-status-done = Gaervies
budget-followup-status-stopped = Sluvhtesovveme

## Staff: decision and follow-up

budget-followup-title = Nænnoestimmie jïh dåeriedimmie
budget-followup-intro = Vihtiestovveme illedahken mænngan. Reeredæjjah nænnoestimmiem tjaelieh gosse ij leah seammalaakan goh veeljeme, iktesth fåantojne mij bæjhkoehtåvva. Redaktöörh tjïrrehtimmien boelhkh lissiehtieh dejtie prosjektide mah beetnegh åadtjoeh.
budget-followup-not-yet = Dåeriedimmie aalka gosse illedahke lea vihtiestovveme.
budget-followup-not-won = Idtji veeljemisnie vitnh
budget-followup-fund = Åådtje prosjekte beetnegh?
budget-followup-fund-yes = Jaavoe, prosjekte beetnegh åådtje
budget-followup-fund-no = Ijje, prosjekte ij beetnegh åadtjoeh
budget-followup-reason = Fåantoe (bæjhkoehtåvva)
budget-followup-decide = Vöörhkh nænnoestimmiem
budget-followup-step = Boelhke
budget-followup-date = Daatoe
budget-followup-note = Mij lea deahpadamme? (bæjhkoehtåvva)
budget-followup-add = Lissiehth boelhkem
audit-action-budget-decision = Nænnoestimmiem årrojebudsjedten prosjekten bïjre tjaeli
audit-action-budget-milestone = Boelhkem årrojebudsjedten prosjekten tjïrrehtæmman lissiehti

## Staff: writing a budget (the editor)
# Machine draft, not reviewed by a native speaker. Check first, editor section: "sjiehteladtemh" (inställningar, least certain), "Veeljemevuekie" (Röstningssätt, coined), "Seamma stoerre åasah" (Lika andelar), "sjïehtieh" (ryms), "jaksieh" (räcker), "Voestes biejjie raeriestimmide" / "Minngemes biejjie raeriestimmide" (Förslag tas emot från / till och med, written as the first and last day), "unnebelåhkoegïelh" (minoritetsspråken, as editor-feedback-confirm-intro), "Gååvnese" (Skriven, literally "exists", the opposite of editor-text-missing).

budget-editor-new-title = Orre årrojebudsjedte
budget-editor-new-intro = Tjaelieh budsjedtem voestegh daaroen gïelesne. Dïhte uvtelassine vöörhkesåvva; dan mænngan lissiehth tjaalegh jeatjah gïelide jïh bæjhkoehth.
budget-editor-edit-title = Jarkelh årrojebudsjedtem
budget-editor-swedish-texts = Tjaalegh daaroen gïelesne
budget-editor-settings = Sjiehteladtemh
budget-editor-create = Sjugniedh uvtelassem
budget-editor-title = Bijjiebaakoe
budget-editor-summary = Iktedimmie: maam beetnegigujmie dorjesåvva jïh guktie årrojebudsjedte jåhta
budget-editor-eligibility = Gie maahta veeljedh jïh raeriestidh
budget-editor-total = Summe kråvnine
budget-editor-total-hint = Ellies kråvnine, vuesiehtimmien gaavhtan 500 000.
budget-editor-method = Veeljemevuekie
budget-editor-method-approval = Veeljedh naan låhkoem prosjektijste (raeriestibie)
budget-editor-method-knapsack = Veeljedh prosjekth mah budsjedtese sjïehtieh
budget-editor-max-choices = Man gellie prosjekth maahta veeljedh?
budget-editor-max-choices-hint = Barre jis naan låhkoem prosjektijste veeljie: 1 raejeste 20 raajan.
budget-editor-rule = Guktie veeljemepaehperh ryöknesuvvieh
budget-editor-rule-greedy = Jeenjemes veeljemepaehperh voestegh, dan guhkiem goh beetnegh jaksieh
budget-editor-rule-equalshares = Seamma stoerre åasah (Method of Equal Shares)
budget-editor-area = Dajve
budget-editor-whole-district = Abpe staaredajve
budget-editor-ideas-opens = Voestes biejjie raeriestimmide
budget-editor-ideas-closes = Minngemes biejjie raeriestimmide
budget-editor-voting-opens = Veeljeme aalka
budget-editor-voting-closes = Veeljemen minngemes biejjie
budget-editor-decided-by = Gie nænnoste
budget-editor-diarienummer = Aamhtesenummere (diarienummer)
budget-editor-error-phases-order = Veeljeme maahta barre aelkedh gosse minngemes biejjie raeriestimmide lea vaasseme.
budget-editor-settings-locked = Veeljeme lea aelkeme, dan åvteste ij vielie gåaredh sjiehteladtemh jarkelidh. Tjaalegh annje maahtah staeredh.
budget-editor-save-settings = Vöörhkh sjiehteladtemh
# Literally "Exists", the opposite of editor-text-missing ("Fååtesje").
budget-editor-text-written = Gååvnese
# $language: the language's name in itself, e.g. "Suomi".
# Written "Tjaalegh – Åarjelsaemien", as editor-texts-legend: the name cannot be inflected.
budget-editor-texts-in = Tjaalegh – { $language }
budget-editor-save-texts = Vöörhkh tjaalegh
budget-editor-publish-heading = Bæjhkoehth
budget-editor-draft = Budsjedte lea uvtelasse, jïh årrojh eah dam vuejnieh.
budget-editor-missing-languages = Tjaalegh eah gååvnesh daejnie unnebelåhkoegïelajgujmie. Årrojh dellie daaroen tjaalegem vuejnieh, jïh dïhte lea mïerhkesjovveme goh daaroen gïele.
budget-editor-confirm = Bæjhkoehth læjhkan, dej gïeli namhtah
budget-editor-confirm-needed = Vihtiesth ahte budsjedte bæjhkoehtåvva dej gïeli namhtah mah fååtesieh, jallh lissiehth tjaalegh voestegh.
budget-editor-is-published = Budsjedte lea bæjhkoehtovveme.
budget-editor-public-page = Gïehtjh årroji sæjroem
budget-editor-done-created = Uvtelasse lea sjugniedovveme. Lissiehth tjaalegh jeatjah gïelide jïh bæjhkoehth.
budget-editor-done-saved = Vöörhkesovveme.
budget-editor-done-published = Budsjedte lea bæjhkoehtovveme, jïh årrojh dam vuejnieh.
budget-editor-versions = Versjovnh
# "Nr." abbreviates "nummere"; it differs from the Swedish "Nr" only by the full stop.
budget-editor-version-number = Nr.
budget-editor-version-when = Gåessie
budget-editor-version-who = Gie
budget-editor-version-what = Jorkestimmie
# The version actions put the object first, as the audit-action messages do.
budget-editor-action-create = Uvtelassem sjugniedi
budget-editor-action-settings = Sjiehteladtemh jarkeli
budget-editor-action-texts = Tjaalegh tjaeli
budget-editor-action-publish = Bæjhkoehti
audit-action-budget-edit = Årrojebudsjedtem jarkeli
audit-action-budget-publish = Årrojebudsjedtem bæjhkoehti

## Staff: proposals from paper, phone or meetings
# Machine draft, not reviewed by a native speaker. Check first: "registreeredh" (skriva in, as enter-title and the paper ballots), "raeriestæjja" (förslagsställare, coined), "modereeresåvva" (granskas, passive coined from "modereeredh") beside "gïehtjedåvva" (prövas), "Gïele mesnie almetje raeriestimmiem tjaeli" (språket förslaget är skrivet på), "jis gååvnese" (om den finns).

budget-enter-heading = Registreerh raeriestimmiem paehperistie, telefovneste jallh tjåanghkoste
budget-enter-intro = Tjaelieh raeriestimmiem seamma goh almetje dam buekti, seamma gïelesne. Dan mænngan dïhte modereeresåvva jïh gïehtjedåvva seamma vuekine goh gaajhkh jeatjah raeriestimmieh.
budget-enter-channel = Guktie raeriestimmie bööti?
budget-enter-language = Gïele mesnie almetje raeriestimmiem tjaeli
budget-enter-description = Raeriestimmie, seamma goh almetje dam tjaeli
budget-enter-estimate = Man gellie kråvnah raeriestæjja tuhtje dïhte maeksa (jis gååvnese)
budget-enter-contact = Raeriestæjjan govlehtalledh gyhtjelassi gaavhtan (jis gååvnese)
budget-enter-submit = Vöörhkh raeriestimmiem
# $number: the proposal's number on this page.
budget-enter-done = Raeriestimmie nr. { $number } lea registreeresovveme. Dïhte moderasjovnem vuarta.
audit-action-budget-proposal-enter = Årrojebudsjedten raeriestimmiem paehperistie, telefovneste jallh tjåanghkoste registreeri

## Voting codes by e-mail and open voting
# Machine draft, not reviewed by a native speaker. Check first: "gïehtjedimmiesumme" (kontrollvärde; the file's coinage for kontrollsumma), "rïhpes veeljeme" (öppen röstning), "olkese tjaelesovveme" (utskriven), "gaertjiedovvieh adressen mietie" (begränsas per adress), "gaajhkh vuekieh ektesne" (vilket sätt den än kommer på, least certain).

budget-code-heading = Gihtjh veeljemekodem e-påasten baaktoe
budget-code-intro = Ih veeljemekodem utnieh? Tjaelieh dov e-påasteadressem, dellie mijjieh dutnjien kodem seedtebe. Kodine maahtah akten aejkien veeljedh. Fïerhte adresse aktem kodem åådtje. Adresse ij vöörhkesovvh: barre akte gïehtjedimmiesumme mestie ij gåaredh adressem bååstede ryöknedh, jïh dïhte domhkeståvva gosse illedahke lea vihtiestovveme.
budget-code-email = Dov e-påasteadresse
budget-code-submit = Seedth munnjien veeljemekodem
budget-code-sent = Jis adresse ij leah aarebi kodem åådtjeme, dellie kode lea seedtesovveme. Gïehtjh dov e-påastem, aaj raatepåastesne.
budget-vote-code-hint-open = Jis kodem utnieh, tjaelieh dam daesnie. Daan aejkien maahtah aaj koden namhtah veeljedh: baajh daam sijjiem gåaroes.
budget-figures-by-kind = Veeljemepaehperh guktie almetjh veeljin
budget-figures-kind = Vuekie
budget-credential-kind-printed = Olkese tjaelesovveme veeljemekode
budget-credential-kind-email = Veeljemekode e-påasten baaktoe
budget-credential-kind-open = Koden namhtah (rïhpes veeljeme)
budget-editor-credentials = Jeatjah vuekieh veeljedh goh olkese tjaelesovveme kodh
budget-editor-credentials-hint = Olkese tjaelesovveme veeljemekodh iktesth gååvnesieh. Fïerhte almetje maahta barre akten aejkien veeljedh, gaajhkh vuekieh ektesne.
budget-editor-email-codes = Årrojh maehtieh veeljemekodem e-påasten baaktoe åadtjodh
budget-editor-open-voting = Rïhpes veeljeme: maahta koden namhtah veeljedh
budget-editor-open-voting-hint = Barre jis staaredajvereereme lea dam nænnoestamme. Veeljemepaehperh koden namhtah adressen mietie gaertjiedovvieh seamma goh vuajnoeh, jïh sjïere illedahkesne vuesiehtuvvieh, juktie dejtie mænngan gïehtjedidh.

## Residents' proposal form: the outcome by mail
# Machine draft, not reviewed by a native speaker. Check first: "guktie raeriestimmine sjïdti" (hur det gick med förslaget), "govlehtallemen gaavhtan" (som kontakt; the form's field is "Govlehtalledh", budget-proposal-contact), "vihtiestovveme" (fastställt), "domhkeståvva" (raderas, as mail-confirm-ignore).

budget-proposal-outcome = Seedth munnjien e-påasten baaktoe guktie raeriestimmine sjïdti
budget-proposal-outcome-hint = Gosse illedahke lea vihtiestovveme. Tjaelieh dellie dov e-påasteadressem govlehtallemen gaavhtan. Dïhte domhkeståvva gosse e-påaste lea seedtesovveme.

## The result by e-mail (any resident, voter or not)
# Machine draft, not reviewed by a native speaker. Check first: "Gihtjh illedahkem" (Få resultatet, as budget-code-heading), "naan veeljemepaehperinie ektesne" (tillsammans med någon röst; a ballot, no noun for a vote, as budget-result-votes), "vihtiestovveme" (both bekräftad and fastställt, as outcome-confirmed and budget-phase-result), "ibie maam vielie seedth" (skickar vi inget mer), "adressese" (till adressen).

budget-follow-heading = Gihtjh illedahkem e-påasten baaktoe
budget-follow-intro = Mijjieh dutnjien akten aejkien e-påastem seedtebe, gosse illedahke lea vihtiestovveme. Dov adresse ij vöörhkesovvh naan veeljemepaehperinie ektesne, jïh dïhte domhkeståvva gosse e-påaste lea seedtesovveme.
budget-follow-email = Dov e-påasteadresse
budget-follow-submit = Seedth munnjien illedahkem e-påasten baaktoe
budget-follow-asked = Mijjieh libie e-påastem daan adressese seedteme. Geehpehth lïenghkem e-påastesne jïh vihtiesth. Jis ih vihtiesth, dellie mijjieh ibie maam vielie seedth.
budget-follow-confirmed = Gæjhtoe! Adresse lea vihtiestovveme. Datne e-påastem åadtjoeh gosse illedahke lea vihtiestovveme.
# $title: the budget's title.
budget-follow-confirm-text = Datne leah birreme årrojebudsjedten ”{ $title }” illedahkem e-påasten baaktoe åadtjodh.
budget-follow-confirm-submit = Jaavoe, seedth munnjien illedahkem e-påasten baaktoe

## Voting stations: a staffed device where residents vote with their code
# Machine draft, not reviewed by a native speaker. Check first: "veeljemesijjie" (röststation, coined like "veeljemekode"), "daatore" (enheten; it also stands for the tablet), "skuvleklaasse" (skolklass), "sjïere ryöknesuvvieh" (räknas för sig), "aelhkies daaroengïele" (lättläst svenska, as translation.ftl), "lyjhkedh" (tycka om, in budget-children-choose).

budget-station-title = Veeljemesijjieh
budget-station-intro = Veeljemesijjie lea daatore jallh tablehte gusnie årrojh kodine veeljieh, jïh barkijh viehkiehtieh, vuesiehtimmien gaavhtan gærjagåetesne jallh tjåanghkosne. Rïhpesth veeljemesijjiem daesnie, jïh dan mænngan geehpehth lïenghkem daatoresne. Veeljemepaehperh daehtie daatoreste mïerhkesjuvvieh goh veeljemesijjien veeljemepaehperh. Steegkh veeljemesijjiem gosse biejjie lea nåhkeme.
# $place: the place the editor named, for example "Vällingby bibliotek". Put after a colon so that it need not be inflected.
budget-station-opened = Veeljemesijjie lea gaahpode: { $place }. Geehpehth daam lïenghkem daatoresne (dïhte barre daelie vuesiehtåvva):
budget-station-place = Sijjie
budget-station-open = Rïhpesth veeljemesijjiem
budget-station-list = Budsjedten veeljemesijjieh
budget-station-opened-at = Rïhpesovveme
budget-station-status = Staatuse
budget-station-status-open = Gaahpode
budget-station-status-closed = Steegkesovveme
# A button; $place names the station, so that each button says which it closes.
budget-station-close = Steegkh veeljemesijjiem: { $place }
# Shown on the station's device above the ballot.
budget-station-here = Daate lea veeljemesijjie: { $place }. Veeljemepaehperh daesnie mïerhkesjuvvieh goh veeljemesijjien veeljemepaehperh. Barkijh sïjhtieh dutnjien viehkiehtidh.
budget-station-closed = Veeljemesijjie lea steegkesovveme. Gihtjh barkijidie, jallh veeljh nedtesne dov kodine.
# The audit log puts the object first, as the other sma audit-action messages do.
audit-action-budget-station-open = Veeljemesijjiem rïhpesti
audit-action-budget-station-close = Veeljemesijjiem steegki

## Where ballots were cast, in the figures

budget-channel-web = Nedtesne
budget-channel-paper = Paehperisnie
budget-channel-station = Veeljemesijjesne
budget-credential-kind-class = Kode skuvleklaassese

## Children: class sessions and the ballot in easy Swedish (lättläst)

budget-codes-class = Kodh leah skuvleklaassese
budget-codes-class-hint = Paehperebiehkieh maanide veeljemepaehperem aelhkies daaroengïelesne vuesiehtieh, jïh dej veeljemepaehperh sjïere ryöknesuvvieh.
# Printed on each slip of a class session (this text is the South Sami page's; slips use the Swedish one). $address: the children's ballot.
budget-code-slip-children = Veeljh { $address } baaktoe. Kode lea daesnie vuelelen.
budget-children-link = Veeljemepaehpere aelhkies daaroengïelesne, maanide jïh noeride
# Plain language for children: short sentences, common words.
budget-children-counted = Gæjhtoe! Dov veeljeme lea ryöknesovveme. Dov nummere lea { $receipt }.
budget-children-choose = { $count ->
    [one] Veeljh aktem raeriestimmiem maam datne lyjhkh.
    [two] Veeljh jeenjemes göökte raeriestimmieh mejtie datne lyjhkh.
   *[other] Veeljh jeenjemes { $count } raeriestimmieh mejtie datne lyjhkh.
}
budget-children-choose-knapsack = Veeljh raeriestimmieh mejtie datne lyjhkh. Ektesne dah jeenjemes { $amount } kråvnah maehtieh maeksedh.
budget-children-code = Dov kode
budget-children-code-hint = Kode lea dan paehperebiehkesne maam leah åådtjeme.
budget-children-age = Man båeries datne leah? (Ih daarpesjh vaestiedidh.)
budget-children-submit = Veeljh
budget-children-closed = Daelie ih maehtieh veeljedh.
budget-children-all = Gïehtjh abpe sæjroem budsjedten bïjre
budget-easy-title = Veeljemepaehpere aelhkies daaroengïelesne
budget-easy-intro = Tjaelieh budsjedtem jïh fïerhten prosjektem aelhkies daaroengïelesne, maanaj veeljemepaehperasse. Åenehks raajesh jïh sïejhme baakoeh. Jis naan sijjie gåaroes lea, dellie sïejhme daaroen tjaalege vuesiehtåvva.
budget-easy-saved = Aelhkies daaroengïelen tjaalege lea vöörhkesovveme.
budget-easy-budget-title = Bijjiebaakoe aelhkies daaroengïelesne
budget-easy-budget-summary = Iktedimmie aelhkies daaroengïelesne
budget-easy-project-title = Prosjekten nomme aelhkies daaroengïelesne
budget-easy-project-text = Prosjekte aelhkies daaroengïelesne
budget-easy-submit = Vöörhkh
budget-easy-see = Gïehtjh maanaj veeljemepaehperem
audit-action-budget-easy-text = Årrojebudsjedten tjaalegh aelhkies daaroengïelesne tjaeli
