# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "årrojebudsjedte" (medborgarbudget, coined from "årroje" and "budsjedte"), "prosjekte" (projekt), "veeljemepaehpere" (röstsedel; "veeljeme" is also a filter's choice in list-empty), "veeljemekode" (röstkod), "illedahkem vihtiestidh" (fastställa resultatet, certify; "vihtiestidh" as in outcome-confirm-title, not "nænnoestidh", the political decision), "maeksieh" (cost).
# "Årroje" = invånare (as audit-action-report); "kode" = kod (as outreach.ftl); "olkese tjaeledh" =
# skriva ut (as letters-print); "Orresth sæjroem" = ladda om sidan (as form-error-missing-key).
# The audit log puts the object first, as the other sma audit-action messages do.

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
