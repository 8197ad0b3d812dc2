# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "asukasbudjetti" (medborgarbudget, coined), "budjetti" (a Meänkieli loan such as "pudjetti" may be more usual), "projekti", "äänestyslappu" (röstsedel), "äänestyskoodi" (röstkod), "vahvistaa tuloksen" (fastställa resultatet, certify).
# Meänkieli: follows the other fit files: "sie", "oon", "uuesti", "lähättää", "Päivitä sivu", "printata" (print), "koodi", "valitte" (imperative).

## Refused ballots and voting codes

budget-ballot-empty = Valitte ainaki yks projekti.
# The ballot had more choices than the budget allows.
budget-ballot-too-many = Sie olet valinnu liian monta projektia. Ota joku pois ja lähätä uuesti.
# A knapsack ballot: the chosen projects cost more than the whole budget.
budget-ballot-over = Projektit jokka sie olet valinnu maksava enämpi ko koko budjetti. Ota joku pois ja lähätä uuesti.
budget-ballot-unknown = Yks projekteista ei ole äänestyslapussa. Päivitä sivu ja valitte uuesti.
budget-error-code = Sitä koodia ei ole. Tarkasta ette sie olet kirjottanu sen oikein.
budget-error-code-used = Tällä koodilla oon jo äänestetty. Joka koodi antaa yhen äänen.

## The audit log

audit-action-budget-create = Loi asukasbudjetin
audit-action-budget-project = Pani projektin äänestyslappuun
audit-action-budget-codes = Printtasi äänestyskoodit
audit-action-budget-certify = Vahvisti tuloksen

## The residents' pages: the list, a budget, its ballot and its result

# Machine draft, not reviewed by a native speaker. Check first: "ääni" (röst), "kruunua" for
# kronor, "statistiikka", "pipluteekki" (as print-way-paper-text), "laskethiin", "vasthaan";
# budget-codes-sheet and budget-code-slip put { $purpose } and { $title } after a colon.

# In the main menu, and the heading of the list of budgets.
budget-nav = Asukasbudjetti
budget-list-intro = Asukasbudjetissa tet jokka asutta täälä päätättä miten yks rahasumma käytethään: tet ehotatta projektia ja äänestättä niistä.
budget-list-empty = Just nyt ei ole yhtäkään asukasbudjettia.
# $amount: a sum in kronor, already formatted (100 000).
budget-total = Summa jaettavaksi: { $amount } kruunua
# $date: a date, already formatted.
budget-phase-information = Ideoita otethaan vasthaan { $date } alkaen.
budget-phase-ideas = Ideoita otethaan vasthaan { $date } asti.
budget-phase-review = Ideoita tarkastethaan. Äänestys alkaa { $date }.
budget-phase-voting = Äänestys oon käynissä { $date } asti.
budget-phase-counting = Äänestys oon loppunu. Tulos näytethään ko äänet oon laskettu ja tulos oon vahvistettu.
budget-phase-result = Tulos oon vahvistettu.
budget-eligibility = Kuka saapi äänestää
# $who: who decides (Stadsdelsnämnden); $number: the case number.
budget-decided-by = Päätöksen tekkee { $who } (diaarinumero { $number }).
budget-projects = Projektit äänestyslapussa
budget-project-cost = Maksaa: { $amount } kruunua
budget-vote-heading = Äänestä
budget-vote-code = Sinun äänestyskoodi
budget-vote-code-hint = Koodi oon lapussa jonka sie sait, esimerkiksi ABCDE-FGHJK. Joka koodi antaa yhen äänen.
# $max: how many projects one may choose.
budget-vote-choose-approval = { $max ->
    [one] Valitte yks projekti.
   *[other] Valitte korkeinthaan { $max } projektia.
}
budget-vote-choose-knapsack = Valitte projektit jokka yhessä maksava korkeinthaan { $amount } kruunua.
budget-vote-age = Ikä (vapaehtosta, vain statistiikkaa varten)
budget-vote-area = Missä sie asut (vapaehtosta, vain statistiikkaa varten)
budget-vote-submit = Lähätä minun ääni
budget-vote-refused = Ääntä ei saatu laskettua.
# $receipt: the ballot's receipt number (MB-ABCD-EFGH).
budget-vote-counted = Kiitos! Sinun ääni oon laskettu. Sinun kuitti: { $receipt }
budget-result-heading = Tulos
budget-result-votes = { $count ->
    [one] Yks ääni
   *[other] { $count } ääntä
}
budget-result-won = Saapi rahhaa
# $count: ballots counted; $digest: a long hexadecimal checksum.
budget-result-ballots = { $count ->
    [one] Yks ääni laskethiin.
   *[other] { $count } ääntä laskethiin.
} Äänet löytyvät avoimena datana; tiedoston tarkistussumma (SHA-256) oon { $digest }.

# A link to the file of every ballot, for anyone to count again.
budget-result-file = Kaikki äänet (Pabulib-fiili)

## Staff: printed voting codes

budget-codes-title = Äänestyskoodit
budget-codes-intro = Koodit näkyvät vain yhen kerran. Printtaa sivu ja leikkaa laput erile. Joka printtaus kirjathaan lokhiin sinun nimelä.
budget-codes-count = Kooditten määrä (korkeinthaan 2000)
budget-codes-purpose = Kelle (koulu, pipluteekki, kokous)
budget-codes-submit = Tee koodit printattavaksi
# $count: how many codes; $purpose: for whom.
budget-codes-sheet = { $count ->
    [one] Yks koodi, kelle: { $purpose }
   *[other] { $count } koodia, kelle: { $purpose }
}
# On each slip. $title: the budget's title; $address: where to vote.
budget-code-slip = Äänestä osotheessa { $address }: { $title }
budget-codes-error = Kirjota luku 1:stä 2000:een ja kelle koodit oon.
