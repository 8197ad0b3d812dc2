# Feedback (återkoppling): what was heard and decided, shown on the dialogue page; residents
# asking to be told the outcome by e-mail; the editors' feedback pages.
# Machine draft, not reviewed by a native speaker.

## On the dialogue page
feedback-heading = Ná dat manai
feedback-intro = Dát lea gávpotoasi máhcahus: maid gulaimet dialogas ja mii mearriduvvui.
# Shown when the feedback is not yet in the reader's language and the Swedish is shown.
feedback-fallback-notice = Máhcahus ii leat vel du gillii. Dá lea dat ruoŧagillii.
feedback-heard = Dán mii gulaimet
feedback-heard-per-question = Juohke gažaldaga mielde
feedback-decided = Dát mearriduvvui
feedback-decided-by = Mearrádusa dagai
feedback-reference = Áššenummar
feedback-decided-on = Mearrádusbeaivi
feedback-protocol = Beavdegirji mas mearrádus lea
feedback-next = Mii dáhpáhuvvá dál
# $date is when the feedback was published.
feedback-published = Almmuhuvvon { $date }
# $date: the day the decision is planned, in the future.
dialogue-decision-planned = Mearrádus dahkko { $date }
# $date: the day the decision was made, in the past.
dialogue-decision-made = Mearrádus dahkkui { $date }
dialogue-decision = Mearrádus

## Stages in the list
stage-upcoming = Boahttevaš
stage-open = Rabas
stage-awaiting-feedback = Gitta – máhcahus boahtá
stage-feedback-given = Máhcahus gávdno
list-filter-feedback = Dušše dialogat main lea máhcahus

## Asking to be told the outcome
outcome-field = Háliidatgo diehtit mii dáhpáhuvvá? Čále iežat e-boastačujuhusa (eaktodáhtolaš)
outcome-field-help = Mii sáddet dutnje e-boastta, ja das don duođaštat čujuhusa. Čujuhus ii vurkejuvvo du oaivila oktavuođas, ja dat sihkkojuvvo go máhcahus lea sáddejuvvon.
outcome-heading = Oačču diehtit mii dáhpáhuvvá
outcome-intro = Čále iežat e-boastačujuhusa, de mii sáddet dutnje e-boastta go máhcahus gávdno. Don it dárbbaš leat sádden makkárge oaivila.
outcome-email = E-boastačujuhus
outcome-submit = Sádde munnje máhcahusa
outcome-subscribed = Giitu! Mii leat sádden dutnje e-boastta. Raba liŋkka e-boasttas ja duođaš čujuhusa.
outcome-subscribed-already = Don leat juo bivdán máhcahusa dán dialoga birra. Oza min e-boastta, maiddái spámmamáhpas.
outcome-published-already = Máhcahus lea juo dás siiddus.
outcome-error-email = Čále e-boastačujuhusa, ovdamearkka dihte namma@ovdamearka.se.
outcome-confirm-title = Duođaš iežat e-boastačujuhusa
# $title is the dialogue's title.
outcome-confirm-text = Don leat bivdán e-boastta das, mii dáhpáhuvvá dialogain ”{ $title }”.
outcome-confirm-submit = Juo, sádde munnje máhcahusa e-boasttain
outcome-confirmed = Giitu! Čujuhus lea duođaštuvvon. Don oaččut e-boastta go máhcahus lea gearggus.
outcome-confirmed-already = Čujuhus lei juo duođaštuvvon. Don oaččut e-boastta go máhcahus lea gearggus.
outcome-unsubscribe-title = Ii šat e-boastta dialoga birra
outcome-unsubscribe-text = Itgo šat háliit e-boastta dialoga ”{ $title }” birra? Du čujuhus sihkkojuvvo dalán.
outcome-unsubscribe-submit = Sihko mu čujuhusa
outcome-unsubscribed = Gearggus. Du čujuhus lea sihkkojuvvon, ja don it šat oaččo e-boastta dialoga birra.
outcome-link-gone = Liŋka ii šat doaimma. Čujuhus sáhttá juo leat sihkkojuvvon, dahje liŋkka áigi lea nohkan.

## The editors' feedback pages
editor-feedback = Máhcahus
editor-feedback-title = Máhcahus: { $title }
editor-feedback-intro = Čále maid gulaidet ja mii mearriduvvui. Máhcahus čájehuvvo dialoga siiddu bajimusas, ja dat sáddejuvvo e-boasttain sidjiide geat leat dan bivdán.
editor-feedback-common-legend = Mearrádus
editor-feedback-texts-legend = Máhcahus – { $language }
editor-feedback-questions-legend = Dán mii gulaimet, juohke gažaldaga mielde ({ $language })
editor-field-reference = Áššenummar (diarienummer)
editor-field-decided-on = Mearrádusbeaivi
editor-field-protocol = Liŋka beavdegirjái
editor-field-protocol-hint = Čujuhus mii álgá dáinna: https://
editor-field-heard = Dán mii gulaimet (čoahkkáigeassu)
editor-field-decided = Dát mearriduvvui, dahje mearriduvvo
editor-field-decided-by = Gii mearrida
editor-field-next = Mii dáhpáhuvvá dál, ja goas
editor-error-url = Čále čujuhusa mii álgá dáinna: https:// dahje http://.
editor-feedback-saved = Máhcahus lea vurkejuvvon.
editor-feedback-published = Máhcahus lea almmuhuvvon.
# $count is the number of mails put in the outbox.
editor-feedback-mailed = { $count ->
    [one] Okta e-boasta sáddejuvvo.
    [two] Guokte e-boastta sáddejuvvojit.
   *[other] { $count } e-boastta sáddejuvvojit.
}
editor-feedback-state = Máhcahus
editor-feedback-not-published = Ii leat almmuhuvvon
editor-feedback-published-on = Almmuhuvvon { $date }
# $count: residents who confirmed that they want the outcome by e-mail.
editor-feedback-subscribers = { $count ->
    [one] Okta olmmoš lea duođaštan ahte son háliida oažžut máhcahusa.
    [two] Guokte olbmo leat duođaštan ahte soai háliideaba oažžut máhcahusa.
   *[other] { $count } olbmo leat duođaštan ahte sii háliidit oažžut máhcahusa.
}
editor-feedback-publish = Almmut máhcahusa
editor-feedback-publish-update = Almmut rievdadusaid
editor-feedback-send-update = Sádde rievdadusaid e-boasttain sidjiide geat leat bivdán máhcahusa
editor-feedback-keep = Vurke čujuhusaid eanemusat 30 beaivvi vai rievdadusaid sáhttá sáddet (muđui dat sihkkojuvvojit go e-boasttat leat sáddejuvvon)
editor-feedback-swedish-first = Čále máhcahusa vuos ruoŧagillii.
editor-feedback-overdue = Máhcahus lea maŋŋonan
editor-feedback-confirm-title = Almmuhit máhcahusa buot gielaid haga?
editor-feedback-confirm-intro = Máhcahus váilu dáin nationála unnitlohkogielain. Sii geat lohket daid, ožžot ruoŧagiel teavstta.

## In the audit log and the version history
audit-action-feedback-edit = Rievdadii máhcahusa
audit-action-feedback-publish = Almmuhii máhcahusa
audit-action-addresses-erased = Sihkui e-boastačujuhusaid go máhcahus lei sáddejuvvon
version-action-feedback-edit = Máhcahus rievdaduvvon
version-action-feedback-publish = Máhcahus almmuhuvvon
editor-feedback-confirm-check = Háliidan almmuhit máhcahusa goittot, daid gielaid haga mat váilot

## Letters by post, for those who took part on paper, by phone or at a meeting
editor-letters = Reivvet
# $title is the dialogue's title.
letters-title = Máhcahus boasttain: { $title }
letters-intro = Dát olbmot leat addán oaivila bábiris, telefovnnas dahje čoahkkimis, ja háliidit máhcahusa boasttain. Čujuhusat čájehuvvojit dušše go rabat daid, ja dat merkejuvvo loggii.
letters-language = Giella
letters-owed = Reivvet maid galgá sáddet
letters-print = Čálih reivve
letters-none = Ii oktage leat bivdán máhcahusa boasttain.
letters-no-feedback = Čále máhcahusa vuos ruoŧagillii: dat lea mielde reivviin.
letters-open = Čájet čujuhusaid
letters-addresses = Čujuhusat
letters-erase = Reivvet leat sáddejuvvon: sihko čujuhusaid
# $count: addresses deleted.
letters-erased = { $count ->
    [one] Okta čujuhus lea sihkkojuvvon.
    [two] Guokte čujuhusa leaba sihkkojuvvon.
   *[other] { $count } čujuhusa leat sihkkojuvvon.
}
letters-greeting = Bures!
letters-letter-intro = Don leat addán oaivila dialogas ”{ $title }” ja bivdán oažžut diehtit mii dáhpáhuvai. Dá lea gávpotoasi máhcahus.
letters-web = Don sáhtát maiddái lohkat máhcahusa neahtas:
entry-post = Háliida máhcahusa boasttain
entry-post-name = Vuostáiváldi namma
entry-post-address = Boastačujuhus
entry-post-help = Čujuhus ii vurkejuvvo oaivila oktavuođas. Dat sihkkojuvvo go reivvet leat sáddejuvvon.
audit-action-addresses-opened = Rabai boastačujuhusaid
