# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "asukasbudjetti" (medborgarbudget; Finnish municipalities call the process "osallistuva budjetointi", and "kansalaisbudjetti" was avoided: it also means a plain-language summary of a budget), "hanke" (projekt; or "projekti"), "äänestyslippu" (röstsedel), "äänestyskoodi" (röstkod), "vahvistaa tuloksen" (fastställa resultatet, certify).

## Refused ballots and voting codes

budget-ballot-empty = Valitse vähintään yksi hanke.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Olet valinnut liian monta hanketta. Poista jokin ja lähetä uudelleen.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Valitsemasi hankkeet maksavat enemmän kuin koko budjetti. Poista jokin ja lähetä uudelleen.
budget-ballot-unknown = Yksi hankkeista ei ole äänestyslipussa. Lataa sivu uudelleen ja valitse uudestaan.
budget-error-code = Koodia ei ole olemassa. Tarkista, että kirjoitit sen oikein.
budget-error-code-used = Tällä koodilla on jo äänestetty. Jokainen koodi antaa yhden äänen.

## The audit log

audit-action-budget-create = Loi asukasbudjetin
audit-action-budget-project = Lisäsi hankkeen äänestyslippuun
audit-action-budget-codes = Tulosti äänestyskoodit
audit-action-budget-certify = Vahvisti tuloksen

## The residents' pages: the list, a budget, its ballot and its result

# Machine draft, not reviewed by a native speaker. Check first: "saa rahoitusta" (får pengar),
# "tarkistussumma" (kontrollsumma), "kruunua" for kronor, and budget-codes-sheet and
# budget-code-slip, which put { $purpose } and { $title } after a colon to avoid inflecting them.

# In the main menu, and the heading of the list of budgets.
budget-nav = Asukasbudjetti
budget-list-intro = Asukasbudjetissa te, jotka asutte täällä, päätätte, miten rahasumma käytetään: te ehdotatte hankkeita ja äänestätte niistä.
budget-list-empty = Asukasbudjettia ei ole tällä hetkellä.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Jaettava summa: { $amount } kruunua
# $date: a date, already formatted.
budget-phase-information = Ideoita otetaan vastaan { $date } alkaen.
budget-phase-ideas = Ideoita otetaan vastaan { $date } asti.
budget-phase-review = Ideoita tarkastellaan. Äänestys alkaa { $date }.
budget-phase-voting = Äänestys on käynnissä { $date } asti.
budget-phase-counting = Äänestys on päättynyt. Tulos näytetään, kun äänet on laskettu ja tulos vahvistettu.
budget-phase-result = Tulos on vahvistettu.
budget-eligibility = Kuka saa äänestää
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Päätöksen tekee { $who } (diaarinumero { $number }).
budget-projects = Äänestyslipun hankkeet
budget-project-cost = Kustannus: { $amount } kruunua
budget-vote-heading = Äänestä
budget-vote-code = Äänestyskoodisi
budget-vote-code-hint = Koodi on saamassasi lapussa, esimerkiksi ABCDE-FGHJK. Jokainen koodi antaa yhden äänen.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Valitse yksi hanke.
   *[other] Valitse enintään { $max } hanketta.
}
budget-vote-choose-knapsack = Valitse hankkeita, jotka maksavat yhteensä enintään { $amount } kruunua.
budget-vote-age = Ikä (vapaaehtoinen, vain tilastoja varten)
budget-vote-area = Missä asut (vapaaehtoinen, vain tilastoja varten)
budget-vote-submit = Lähetä ääneni
budget-vote-refused = Ääntä ei voitu laskea.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Kiitos! Äänesi on laskettu. Kuittisi: { $receipt }
budget-result-heading = Tulos
budget-result-votes = { $count ->
    [one] Yksi ääni
   *[other] { $count } ääntä
}
budget-result-won = Saa rahoitusta
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] Yksi ääni laskettiin.
   *[other] { $count } ääntä laskettiin.
} Äänet ovat avointa dataa; tiedoston tarkistussumma (SHA-256) on { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Kaikki äänet (Pabulib-tiedosto)

## Staff: printed voting codes

budget-codes-title = Äänestyskoodit
budget-codes-intro = Koodit näytetään vain kerran. Tulosta sivu ja leikkaa laput irti toisistaan. Jokainen tulostus kirjataan lokiin nimelläsi.
budget-codes-count = Koodien määrä (enintään 2000)
budget-codes-purpose = Kenelle (koulu, kirjasto, tilaisuus)
budget-codes-submit = Luo tulostettavat koodit
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] Yksi koodi, kenelle: { $purpose }
   *[other] { $count } koodia, kenelle: { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Äänestä osoitteessa { $address }: { $title }
budget-codes-error = Kirjoita määrä väliltä 1–2000 ja kenelle koodit ovat.
