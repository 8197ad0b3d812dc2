# Citizen budgets (medborgarbudget): residents propose projects and vote on how a sum is spent.
# Source: Swedish.
# Machine draft, not reviewed by a native speaker.
# Check first: "asukasbudjetti" (medborgarbudget, coined), "budjetti" (a Meänkieli loan such as "pudjetti" may be more usual), "projekti", "äänestyslappu" (röstsedel), "äänestyskoodi" (röstkod), "vahvistaa tuloksen" (fastställa resultatet, certify). Staff sections (list, paper ballots, certify): "kirjata"/"kirjaus" (mata in / inmatning), "oon samat" (stämmer), "kuittinumero" (kvittonummer), "Tarkastus" (Prövning, the phase name), "Informasjuuni" (as level-information), "Näytä tulos" (Se resultatet).
# Meänkieli: follows the other fit files: "sie", "oon", "uuesti", "lähättää", "Päivitä sivu", "printata" (print), "koodi", "valitte" (imperative).
# Check first, proposal sections (residents' proposals, reviewing proposals): "ehotus" (förslag, as level-influence-explained), "ehottaja" (förslagsställare, coined), "yhistää"/"yhistettiin"/"Yhistetty" (slå ihop, the Meänkieli form is a guess), "Asukhaitten", "toisheen", "tiät"/"tiä", "tarkastaa"/"tarkastus" for prövning (as the phase name) beside "moderointi"/"Moderoi" for granskning (report-status-pending says "Oottaa tarkastusta"), "käyttökulut" (driftkostnader), "Hinta" (kostnad), "Staattys" (Läge, as dialogue-status).

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

## Staff: the list of budgets

budget-staff-nav = Asukasbudjetit
budget-staff-title = Asukasbudjetit
budget-staff-unpublished = ei julkastu
budget-staff-budget = Budjetti
budget-staff-phase = Vaihe
budget-staff-actions = Toimenpitheet
# Short names of a budget's phases (SKR's steps), for lists.
budget-phase-name-information = Informasjuuni
budget-phase-name-ideas = Ideat
budget-phase-name-review = Tarkastus
budget-phase-name-voting = Äänestys
budget-phase-name-counting = Äänestys oon loppunu
budget-phase-name-result = Tulos

## Staff: paper ballots, entered by two people

budget-paper-title = Äänestyslaput paperila
budget-paper-intro = Kaks eri henkilöä kirjaava joka äänestyslapun, kumpiki erikseen. Lappu laskethaan vasta ko molemat kirjaukset oon samat. Sen jälkhiin lapun koodia ei saata enämpi käyttää webbissä.
budget-paper-code = Koodi äänestyslapussa
budget-paper-projects = Projektit jokka oon ruksattu äänestyslapussa
budget-paper-submit = Säästä kirjaus
budget-paper-first = Äänestyslappu oon kirjattu yhen kerran. Toinen henkilö kirjaa saman lapun ennen ko se laskethaan.
# $receipt: the ballot's receipt number.
budget-paper-counted = Molemat kirjaukset oon samat. Äänestyslappu oon laskettu, kuittinumero { $receipt }.
budget-paper-disagree = Tämä kirjaus ei ole sama ko aikasempi kirjaus samasta lapusta. Lappua ei vielä lasketa: pyyä kolmatta henkilöä lukemhaan lapun ja kirjaamhaan sen.
budget-paper-refused = Kirjausta ei säästetty.
budget-paper-error-same-person = Sie olet jo kirjanu tämän äänestyslapun. Joku toinen tekkee toisen kirjauksen.
budget-paper-closed = Äänestyslappuja paperila saattaa kirjata äänestyksen aikana ja siihen asti ko tulos oon vahvistettu.
# $once: sheets entered once; $disagree: sheets whose entries differ.
budget-paper-waiting = Oottaa toista kirjausta: { $once }. Kirjaukset jokka ei ole samat: { $disagree }.

## Staff: the certified result

budget-certify-title = Vahvista tulos
budget-certify-intro = Äänestys oon loppunu. Ko sie vahvistat tuloksen, äänet laskethaan, tulos julkasthaan yhessä sen fiilin tarkistussumman kans jossa oon kaikki äänet, sinun nimi kirjathaan lokhiin ja kaikki käyttämättömät koodit lakkaava toimimasta. Tätä ei saata perua.
budget-certify-submit = Laske äänet ja vahvista tulos
budget-certify-done = Tulos oon vahvistettu.
budget-certify-see = Näytä tulos
budget-certify-not-yet = Tuloksen saattaa vahvistaa ko äänestys oon loppunu.

## Residents' proposals (the ideas phase)

budget-proposals = Asukhaitten ehotukset
budget-proposal-heading = Tee ehotus
budget-proposal-intro = Sie et tartte kontoa. Kerro mihin sie halvaat ette rahat käytethään. Met luema ehotuksen ennen ko se julkasthaan täälä, ja sitte se tarkastethaan julkisesti: pääseekö se äänestyslappuun eli ei, ja miksi.
budget-proposal-title = Mitä sie ehotat? (lyhyt otsikko)
budget-proposal-description = Kerro sinun ehotuksesta
budget-proposal-area = Missä?
budget-proposal-whole-district = Koko kaupunkiosa
budget-proposal-estimate-label = Paljonko sie luulet ette se maksaa, kruunuissa? (jos sie tiät)
budget-proposal-estimate-hint = Vain numeroita. Ei se mithään jos sie et tiä: kaupunkiosahallinto laskee mitä se maksaa.
budget-proposal-contact = Kontakti kysymyksiä varten (jos sie halvaat)
budget-proposal-contact-hint = E-posti eli telefooni. Vain kaupunkiosahallinto näkkee sen, ja se poistethaan ko päätös oon tehty.
budget-proposal-submit = Lähätä ehotus
budget-proposal-thanks = Kiitos sinun ehotuksesta! Met luema sen ennen ko se julkasthaan tällä sivula.
# $amount: the proposer's own estimate, in kronor.
budget-proposal-estimate = Ehottajan arvio: { $amount } kruunua
budget-proposal-open = Ehotusta tarkastethaan.
# Followed by the reason the district gives.
budget-proposal-declined = Ehotus ei päässy äänestyslappuun:
# Followed by a link to the proposal it became part of.
budget-proposal-merged = Ehotus yhistettiin toisheen ehotukseen:

## Staff: reviewing proposals

budget-review-title = Ehotukset ja tarkastus
budget-review-intro = Moderaattorit julkaseva eli piilottava uusia ehotuksia samala laila ko mielipitheitä. Toimittajat tarkastava julkastuja ehotuksia ennen äänestystä: kuuluuko se kaupunkiosan vastuule, mitä se maksaa, tuleeko siitä uusia käyttökuluja, onko se laillinen ja avoin kaikile? Syy julkasthaan.
budget-review-empty = Ei vielä ehotuksia.
budget-review-state = Staattys
budget-review-status-proposed = Oottaa moderointia
budget-review-status-hidden = Piilotettu
budget-review-status-open = Julkastu, tarkastethaan
budget-review-status-ballot = Äänestyslapussa
budget-review-status-declined = Ei äänestyslapussa
budget-review-status-merged = Yhistetty
budget-review-publish = Julkase
budget-review-hide = Piilota
budget-review-decision = Päätös
budget-review-decision-ballot = Äänestyslappuun
budget-review-decision-decline = Ei äänestyslappuun
budget-review-decision-merge = Yhistä toisheen ehotukseen
budget-review-cost = Hinta kruunuissa (äänestyslappua varten)
budget-review-into = Yhistä ehotukseen
budget-review-reason = Syy (julkasthaan)
# A project's cost that is not a whole number of kronor within the budget.
budget-error-amount = Kirjota hinta kokonaisissa kruunuissa. Sen pittää olla enämpi ko nolla ja korkeinthaan koko budjetin summa.
budget-review-submit = Säästä päätös
audit-action-budget-proposal-moderate = Moderoi asukasbudjetin ehotuksen
audit-action-budget-proposal-review = Tarkasti asukasbudjetin ehotuksen

## After the count: figures, the decision, the follow-up
# Machine draft, not reviewed by a native speaker. Check first: "toteutus" (genomförande), "seuranta" (uppföljning), "vaihe" (steg; also the phase column, budget-staff-phase), "saapi rahhaa" (får pengar, as budget-result-won), "Alotettu"/"Keskeytetty" (påbörjat/avbrutet, the Meänkieli forms are a guess), "Ei ilmotettu" (inte angett).

# With the certified result: who voted, from what voters chose to say about themselves.
budget-figures-heading = Kuka äänesti
budget-figures-intro = Äänestyslappuitten määrä iän mukhaan ja sen mukhaan kunka ääni tuli. Se joka äänesti kirjotti iän itte, jos hään halusi.
budget-figures-by-age = Äänestyslaput iän mukhaan
budget-figures-by-channel = Äänestyslaput sen mukhaan kunka ääni tuli
budget-figures-channel = Kunka
budget-figures-ballots = Äänestyslaput
budget-figures-not-said = Ei ilmotettu
# The council decided otherwise than the vote; followed by the published reason.
budget-decision-funded = Päätös: projekti saapi rahhaa.
budget-decision-not-funded = Päätös: projekti ei saa rahhaa.
# Residents' page: a funded project's implementation.
budget-followup-heading = Toteutus
# $status: the newest step, e.g. "Alotettu".
budget-followup-now = Staattys: { $status }
budget-followup-status-planned = Planeerattu
budget-followup-status-started = Alotettu
budget-followup-status-done = Valmis
budget-followup-status-stopped = Keskeytetty

## Staff: decision and follow-up

budget-followup-title = Päätös ja seuranta
budget-followup-intro = Vahvistetun tuloksen jälkhiin. Administraattorit kirjaava päätöksen ko se ei ole sama ko äänestys, aina syyn kans joka julkasthaan. Toimittajat lisäävä toteutuksen vaiheita niihin projekthiin jokka saava rahhaa.
budget-followup-not-yet = Seuranta alkaa ko tulos oon vahvistettu.
budget-followup-not-won = Ei voittanu äänestystä
budget-followup-fund = Saapiko projekti rahhaa?
budget-followup-fund-yes = Jaa, projekti saapi rahhaa
budget-followup-fund-no = Ei, projekti ei saa rahhaa
budget-followup-reason = Syy (julkasthaan)
budget-followup-decide = Säästä päätös
budget-followup-step = Vaihe
budget-followup-date = Päivämäärä
budget-followup-note = Mitä oon tapahtunu? (julkasthaan)
budget-followup-add = Lisää vaihe
audit-action-budget-decision = Kirjasi päätöksen asukasbudjetin projektista
audit-action-budget-milestone = Lisäsi vaiheen asukasbudjetin projektin toteutukseen

## Staff: writing a budget (the editor)
# Machine draft, not reviewed by a native speaker. Check first, editor section: "Asetukset" (Inställningar; the Finnish word, a Meänkieli loan may be more usual), "Äänestystapa" (Röstningssätt), "Tasaset osuuet" (Lika andelar, the Meänkieli form is a guess), "mahtuva budjethiin" (ryms i budgeten), "Ensimäinen päivä ehotuksille" / "Viimeinen päivä ehotuksille" (Förslag tas emot från / till och med, written as the first and last day), "Äänestyksen viimeinen päivä" (Röstningen stänger efter), "minuriteettikielet" (minoritetsspråken, as editor-feedback-confirm-intro), "Nro" (Nr).

budget-editor-new-title = Uusi asukasbudjetti
budget-editor-new-intro = Kirjota budjetti ensin ruottiksi. Se säästethään luonnoksena; sitte sie lisäät tekstit muila kielilä ja julkaset.
budget-editor-edit-title = Muokkaa asukasbudjettia
budget-editor-swedish-texts = Ruottinkieliset tekstit
budget-editor-settings = Asetukset
budget-editor-create = Luo luonnos
budget-editor-title = Otsikko
budget-editor-summary = Lyhyt kuvaus: mihin rahat oon tarkotettu ja kunka asukasbudjetti toimii
budget-editor-eligibility = Kuka saapi äänestää ja ehottaa
budget-editor-total = Summa kruunuissa
budget-editor-total-hint = Kokonaisissa kruunuissa, esimerkiksi 500 000.
budget-editor-method = Äänestystapa
budget-editor-method-approval = Valithaan tietty määrä projektia (suositelthaan)
budget-editor-method-knapsack = Valithaan projektit jokka mahtuva budjethiin
budget-editor-max-choices = Kunka monta projektia saapi valita?
budget-editor-max-choices-hint = Vain ko valithaan tietty määrä projektia: 1:stä 20:een.
budget-editor-rule = Kunka äänet laskethaan
budget-editor-rule-greedy = Eniten ääniä ensin, niin pitkälle ko rahat riittävä
budget-editor-rule-equalshares = Tasaset osuuet (Method of Equal Shares)
budget-editor-area = Alue
budget-editor-whole-district = Koko kaupunkiosa
budget-editor-ideas-opens = Ensimäinen päivä ehotuksille
budget-editor-ideas-closes = Viimeinen päivä ehotuksille
budget-editor-voting-opens = Äänestys alkaa
budget-editor-voting-closes = Äänestyksen viimeinen päivä
budget-editor-decided-by = Kuka päättää
budget-editor-diarienummer = Diaarinumero
budget-editor-error-phases-order = Äänestys saattaa alkaa vasta ehotusten viimeisen päivän jälkhiin.
budget-editor-settings-locked = Äänestys oon alkanu, niin asetuksia ei saata enämpi muuttaa. Tekstit saattaa vielä korjata.
budget-editor-save-settings = Säästä asetukset
budget-editor-text-written = Kirjotettu
# $language: the language's name in itself, e.g. "Suomi".
# Written "Tekstit – Meänkieli", as editor-texts-legend: the name cannot be inflected.
budget-editor-texts-in = Tekstit – { $language }
budget-editor-save-texts = Säästä tekstit
budget-editor-publish-heading = Julkase
budget-editor-draft = Budjetti oon luonnos, eikä asukhaat näe sitä.
budget-editor-missing-languages = Näilä minuriteettikielilä puuttuva tekstit. Asukhaat näkevä sillon ruottinkielisen tekstin, ja se oon merkitty ruottinkieliseksi.
budget-editor-confirm = Julkase kuitenki, ilman näitä kieliä
budget-editor-confirm-needed = Vahvista ette budjetti julkasthaan ilman niitä kieliä jokka puuttuva, eli lisää tekstit ensin.
budget-editor-is-published = Budjetti oon julkastu.
budget-editor-public-page = Näytä asukhaitten sivu
budget-editor-done-created = Luonnos oon luotu. Lisää tekstit muila kielilä ja julkase.
budget-editor-done-saved = Säästetty.
budget-editor-done-published = Budjetti oon julkastu ja asukhaat näkevä sen.
budget-editor-versions = Versiot
budget-editor-version-number = Nro
budget-editor-version-when = Milloin
budget-editor-version-who = Kuka
budget-editor-version-what = Muutos
budget-editor-action-create = Loi luonnoksen
budget-editor-action-settings = Muutti asetuksia
budget-editor-action-texts = Kirjotti tekstit
budget-editor-action-publish = Julkasi
audit-action-budget-edit = Muutti asukasbudjettia
audit-action-budget-publish = Julkasi asukasbudjetin

## Staff: proposals from paper, phone or meetings
# Machine draft, not reviewed by a native speaker. Check first: "kirjata" (skriva in, as enter-title), "ehottaja" (förslagsställare, coined), "moderaattori lukkee sen" (granskas, as report-intro) beside "tarkastethaan" (prövas), "kokous" (möte, as channel-meeting), "jos se oon annettu" (om den finns).

budget-enter-heading = Kirjaa ehotus joka tuli paperila, telefoonila eli kokouksessa
budget-enter-intro = Kirjota ehotus niin ko se annethiin, sillä kielelä jolla se oon kirjotettu. Sitte moderaattori lukkee sen ja se tarkastethaan samala laila ko kaikki muut ehotukset.
budget-enter-channel = Kunka ehotus tuli?
budget-enter-language = Kieli jolla ehotus oon kirjotettu
budget-enter-description = Ehotus, niin ko se oon kirjotettu
budget-enter-estimate = Ehottajan arvio kruunuissa (jos se oon annettu)
budget-enter-contact = Ehottajan kontakti kysymyksiä varten (jos se oon annettu)
budget-enter-submit = Säästä ehotus
# $number: the proposal's number on this page.
budget-enter-done = Ehotus nro { $number } oon kirjattu. Se oottaa moderointia.
audit-action-budget-proposal-enter = Kirjasi asukasbudjetin ehotuksen joka tuli paperila, telefoonila eli kokouksessa

## Voting codes by e-mail and open voting
# Machine draft, not reviewed by a native speaker. Check first: "pyyä" (be om, as budget-paper-disagree), "tarkistusarvo" (kontrollvärde), "avoin äänestys" (öppen röstning), "tapa" (sätt; "Äänestystapa" is already Röstningssätt), "rajotethaan osotetta kohti" (begränsas per adress).

budget-code-heading = Pyyä äänestyskoodi e-postila
budget-code-intro = Eikö sulla ole äänestyskoodia? Kirjota sinun e-postiosote, niin met lähätämä sulle koodin joka antaa yhen äänen. Joka osote saapi yhen koodin. Osotetta ei säästetä: vain tarkistusarvo jota ei saata laskea takasin osotheeksi, ja se poistethaan ko tulos oon vahvistettu.
budget-code-email = Sinun e-postiosote
budget-code-submit = Lähätä mulle äänestyskoodi
budget-code-sent = Jos osote ei ole ennen saanu koodia, koodi oon tulossa. Etsi sitä sinun e-postista, myös roskapostista.
budget-vote-code-hint-open = Jos sulla oon koodi, kirjota se tähän. Tällä kertaa saattaa äänestää myös ilman koodia: jätä kenttä tyhjäksi.
budget-figures-by-kind = Äänestyslaput sen mukhaan kunka äänestethiin
budget-figures-kind = Tapa
budget-credential-kind-printed = Printattu äänestyskoodi
budget-credential-kind-email = Äänestyskoodi e-postila
budget-credential-kind-open = Ilman koodia (avoin äänestys)
budget-editor-credentials = Muut tavat äänestää printattuitten kooditten lisäksi
budget-editor-credentials-hint = Printatut äänestyskoodit oon aina käytössä. Joka henkilölä oon yks ääni, kunka se ääni sitte tullee.
budget-editor-email-codes = Asukhaat saattava saaha äänestyskoodin e-postila
budget-editor-open-voting = Avoin äänestys: saattaa äänestää ilman koodia
budget-editor-open-voting-hint = Vain jos kaupunkiosahallinto oon päättäny niin. Ääniä ilman koodia rajotethaan osotetta kohti samala laila ko mielipitheitä, ja net näytethään tuloksessa erikseen, niin ette niitä saattaa tarkastaa jälkhiin.

## Residents' proposal form: the outcome by mail
# Machine draft, not reviewed by a native speaker. Check first: "kunka ehotuksen kans meni" (hur det gick med förslaget), "kontaktiksi" (som kontakt, as budget-proposal-contact), "vahvistettu" (fastställt), "poistethaan" (raderas, as mail-confirm-ignore).

budget-proposal-outcome = Kerro mulle e-postila kunka ehotuksen kans meni
budget-proposal-outcome-hint = Ko tulos oon vahvistettu. Kirjota sillon sinun e-postiosote kontaktiksi. Se poistethaan ko e-posti oon lähätetty.

## The result by e-mail (any resident, voter or not)
# Machine draft, not reviewed by a native speaker. Check first: "Pyyä tulos e-postila" (Få resultatet med e-post, as budget-code-heading), "yhessä äänitten kans" (tillsammans med någon röst), "vahvistettu" (both bekräftad and fastställt), "met emmä lähätä mithään enämpi" (annars skickar vi inget mer).

budget-follow-heading = Pyyä tulos e-postila
budget-follow-intro = Met lähätämä sulle e-postin yhen kerran, ko tulos oon vahvistettu. Sinun osotetta ei säästetä yhessä äänitten kans, ja se poistethaan ko e-posti oon lähätetty.
budget-follow-email = Sinun e-postiosote
budget-follow-submit = Lähätä tulos minule e-postila
budget-follow-asked = Met lähätimä sulle e-postin. Avaa linkki e-postissa ja vahvista, muuten met emmä lähätä mithään enämpi.
budget-follow-confirmed = Kiitos! Osote oon vahvistettu. Sie saat e-postin ko tulos oon vahvistettu.
# $title: the budget's title.
budget-follow-confirm-text = Sie olet pyytäny ette met lähätämä asukasbudjetin ”{ $title }” tuloksen sulle e-postila.
budget-follow-confirm-submit = Jaa, lähätä tulos minule e-postila

## Voting stations: a staffed device where residents vote with their code
# Machine draft, not reviewed by a native speaker. Check first: "äänestyspiste" (röststation, taken from Finnish), "laite"/"laitheela" (enheten, the station's computer or tablet; the Meänkieli form is a guess, a loan may be more usual), "koululuokka" (skolklass; "klassi" may be more usual), "laskethaan erikseen" (räknas för sig), "selkoruotti" (lättläst svenska, as translation.ftl, unconfirmed), "työntekijät" (personalen, as translation.ftl).

budget-station-title = Äänestyspisteet
budget-station-intro = Äänestyspiste oon tietokone eli tabletti jolla asukhaat äänestävä koodila ko työntekijät oon paikala auttamassa, esimerkiksi pipluteekissa eli kokouksessa. Avaa äänestyspiste täälä ja avaa sitte linkki laitheela. Äänet jokka annethaan laitheela merkithään annetuiksi äänestyspisteessä. Sulje äänestyspiste ko päivä loppuu.
# $place: the place the editor named, for example "Vällingby bibliotek". Put after a colon so that it need not be inflected.
budget-station-opened = Äänestyspiste oon auki: { $place }. Avaa tämä linkki laitheela (se näkyy vain nyt):
budget-station-place = Paikka
budget-station-open = Avaa äänestyspiste
budget-station-list = Budjetin äänestyspisteet
budget-station-opened-at = Avattu
budget-station-status = Staattys
budget-station-status-open = Auki
budget-station-status-closed = Suljettu
# A button; $place names the station, so that each button says which it closes.
budget-station-close = Sulje äänestyspiste: { $place }
# Shown on the station's device above the ballot.
budget-station-here = Tämä oon äänestyspiste: { $place }. Äänet jokka annethaan täälä merkithään annetuiksi äänestyspisteessä. Työntekijät auttava mielelään.
budget-station-closed = Äänestyspiste oon suljettu. Kysy työntekijöiltä, eli äänestä webbissä sinun koodila.
audit-action-budget-station-open = Avasi äänestyspisteen
audit-action-budget-station-close = Sulki äänestyspisteen

## Where ballots were cast, in the figures

budget-channel-web = Webbissä
budget-channel-paper = Paperila
budget-channel-station = Äänestyspisteessä
budget-credential-kind-class = Koodi koululuokale

## Children: class sessions and the ballot in easy Swedish (lättläst)

budget-codes-class = Koodit oon koululuokale
budget-codes-class-hint = Lapuista kläpit löytävä äänestyslapun selkoruottiksi, ja niitten äänet laskethaan erikseen.
# Printed on each slip of a class session (this text is the Meänkieli page's; slips use the Swedish one). $address: the children's ballot.
budget-code-slip-children = Äänestä osotheessa { $address } koodila joka oon alla.
budget-children-link = Äänestyslappu selkoruottiksi, kläpile ja nuorile
# Plain language for children: short sentences, common words.
budget-children-counted = Kiitos! Sinun ääni oon laskettu. Sinun numero oon { $receipt }.
budget-children-choose = { $count ->
    [one] Valitte yks ehotus josta sie tykkäät.
   *[other] Valitte korkeinthaan { $count } ehotusta joista sie tykkäät.
}
budget-children-choose-knapsack = Valitte ehotukset joista sie tykkäät. Yhessä net saava maksaa korkeinthaan { $amount } kruunua.
budget-children-code = Sinun koodi
budget-children-code-hint = Koodi oon lapussa jonka sie sait.
budget-children-age = Kunka vanha sie olet? (Sie et tartte vastata.)
budget-children-submit = Äänestä
budget-children-closed = Just nyt sie et saata äänestää.
budget-children-all = Kato koko sivu budjetista
budget-easy-title = Äänestyslappu selkoruottiksi
budget-easy-intro = Kirjota budjetti ja joka projekti selkoruottiksi, kläppitten äänestyslappua varten. Lyhyitä lauseita ja tavalisia sanoja. Jos sie jätät kentän tyhjäksi, näytethään tavalinen ruottinkielinen teksti.
budget-easy-saved = Selkoruottinkielinen teksti oon säästetty.
budget-easy-budget-title = Otsikko selkoruottiksi
budget-easy-budget-summary = Lyhyt kuvaus budjetista selkoruottiksi
budget-easy-project-title = Projektin nimi selkoruottiksi
budget-easy-project-text = Projekti selkoruottiksi
budget-easy-submit = Säästä
budget-easy-see = Näytä kläppitten äänestyslappu
audit-action-budget-easy-text = Kirjotti asukasbudjetin tekstit selkoruottiksi
