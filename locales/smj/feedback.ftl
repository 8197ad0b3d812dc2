# Feedback (återkoppling): what was heard and decided, shown on the dialogue page; residents
# asking to be told the outcome by e-mail; the editors' feedback pages.
# Machine draft, not reviewed by a native speaker.

## On the dialogue page
feedback-heading = Nav dat manáj
feedback-intro = Dát l stádaoase máhtsadus: majt lip gullam dialåvgån ja mij mierreduváj.
# Shown when the feedback is not yet in the reader's language and the Swedish is shown.
feedback-fallback-notice = Máhtsadus ij la vilá duv gielan. Dánna la dat dárogielan.
feedback-heard = Dáv lip gullam
feedback-heard-per-question = Juohkka gatjálvisá milta
feedback-decided = Dát mierreduváj
feedback-decided-by = Mærrádusáv dagáj
feedback-reference = Ássjenummar
feedback-decided-on = Mærrádusbiejvve
feedback-protocol = Bievddegirjje gånnå mærrádus le
feedback-next = Mij dal dáhpáduvvá
# $date is when the feedback was published.
feedback-published = Almodum { $date }
# $date: the day the decision is planned, in the future.
dialogue-decision-planned = Mærrádus dagáduvvá { $date }
# $date: the day the decision was made, in the past.
dialogue-decision-made = Mærrádus dagáduváj { $date }
dialogue-decision = Mærrádus

## Stages in the list
stage-upcoming = Boahtte
stage-open = Rabás
stage-awaiting-feedback = Dahpadum – máhtsadus boahtá
stage-feedback-given = Máhtsadus gávnnu
list-filter-feedback = Dåssju dialåvgå máhtsadusájn

## Asking to be told the outcome
outcome-field = Oattjo diehtet mij dáhpáduvvá – tjále ietjat e-poasstaadræssav (jus sidá)
outcome-field-help = Mij sáddip dunji e-poastav. Duodasta adræssav dan baktu. Adræssav ep vuorkki duv vuojnojn aktan, ja sihkkop dav gå máhtsadus l sáddidum.
outcome-heading = Oattjo diehtet mij dáhpáduvvá
outcome-intro = Tjále ietjat e-poasstaadræssav, de sáddip dunji e-poastav gå máhtsadus gávnnu. I dárbaha vuojnov sáddit.
outcome-email = E-poasstaadræssa
outcome-submit = Sáddi munji máhtsadusáv
outcome-subscribed = Gijtto! Mij lip sáddim dunji e-poastav. Raba liŋkav e-poastan ja duodasta adræssav.
outcome-subscribed-already = La juo åhtsåm máhtsadusáv dán dialåvgå birra. Gehtja mijá e-poastav, aj spámmamáhpan.
outcome-published-already = Máhtsadus juo gávnnu dán bielen.
outcome-error-email = Tjále e-poasstaadræssav, buojkulvissan namma@buojkulvis.se.
outcome-confirm-title = Duodasta ietjat e-poasstaadræssav
# $title is the dialogue's title.
outcome-confirm-text = La åhtsåm e-poastav das mij dáhpáduvvá dialåvgåjn ”{ $title }”.
outcome-confirm-submit = Jo, sáddi munji máhtsadusáv e-poasta baktu
outcome-confirmed = Gijtto! Adræssa l duodastuvvam. Oattjo e-poastav gå máhtsadus l gárves.
outcome-confirmed-already = Adræssa lij juo duodastuvvam. Oattjo e-poastav gå máhtsadus l gárves.
outcome-unsubscribe-title = Ij desti e-poasta dialåvgå birra
outcome-unsubscribe-text = I desti sidá e-poastajt dialåvgå ”{ $title }” birra? Duv adræssa sihkkoduvvá dallánagi.
outcome-unsubscribe-submit = Sihko mu adræssav
outcome-unsubscribed = Gárves. Duv adræssa l sihkkoduvvam, ja ep desti sáddi dunji e-poastajt dialåvgå birra.
outcome-link-gone = Liŋŋka ij desti doajma. Adræssa máhttá juo liehket sihkkoduvvam, jali liŋka ájgge l nåhkåm.

## The editors' feedback pages
editor-feedback = Máhtsadus
editor-feedback-title = Máhtsadus: { $title }
editor-feedback-intro = Tjále majt lihpit gullam ja mij mierreduváj. Máhtsadus vuoseduvvá bajemusán dialåvgå bielen, ja sáddiduvvá e-poasta baktu sidjij gudi li dav åhtsåm.
editor-feedback-common-legend = Mærrádus
editor-feedback-texts-legend = Máhtsadus – { $language }
editor-feedback-questions-legend = Dáv lip gullam, juohkka gatjálvisá milta ({ $language })
editor-field-reference = Ássjenummar (diarienummer)
editor-field-decided-on = Mærrádusbiejvve
editor-field-protocol = Liŋŋka bievddegirjjáj
editor-field-protocol-hint = Adræssa mij álggá nav: https://
editor-field-heard = Dáv lip gullam (tjoahkkájgæsos)
editor-field-decided = Dát mierreduváj, jali mierreduvvá
editor-field-decided-by = Gut mierret
editor-field-next = Mij dal dáhpáduvvá, ja goassa
editor-error-url = Tjále adræssav mij álggá nav: https:// jali http://.
editor-feedback-saved = Máhtsadus l vuorkkiduvvam.
editor-feedback-published = Máhtsadus l almoduvvam.
# $count is the number of mails put in the outbox.
editor-feedback-mailed = { $count ->
    [one] Akta e-poassta sáddiduvvá.
    [two] Guokta e-poasta sáddiduvvi.
   *[other] { $count } e-poasta sáddiduvvi.
}
editor-feedback-state = Máhtsadus
editor-feedback-not-published = Ij la almodum
editor-feedback-published-on = Almodum { $date }
# $count: residents who confirmed that they want the outcome by e-mail.
editor-feedback-subscribers = { $count ->
    [one] Akta ulmusj la duodastam jut sån sihtá máhtsadusáv.
    [two] Guokta ulmutja li duodastam jut såj sihtaba máhtsadusáv.
   *[other] { $count } ulmutja li duodastam jut sij sihti máhtsadusáv.
}
editor-feedback-publish = Almoda máhtsadusáv
editor-feedback-publish-update = Almoda rievddadusájt
editor-feedback-send-update = Sáddi rievddadusájt e-poasta baktu sidjij gudi li máhtsadusáv åhtsåm
editor-feedback-keep = Vuorkki adræssajt ienemusát 30 biejve vaj máhttep rievddadusájt sáddit (ietján sihkkoduvvi gå e-poasta li sáddidum)
editor-feedback-swedish-first = Tjále máhtsadusáv vuostak dárogiellaj.
editor-feedback-overdue = Máhtsadus l maŋŋunam
editor-feedback-confirm-title = Almodit máhtsadusáv gájkka gielaj dagi?
editor-feedback-confirm-intro = Máhtsadus ij gávnnu dáj nasjonálalasj unneplågogielaj. Guhti låhkå muhtem dáj gielaj, oadtju máhtsadusáv dárogielan.

## In the audit log and the version history
audit-action-feedback-edit = Rievddadij máhtsadusáv
audit-action-feedback-publish = Almodij máhtsadusáv
audit-action-addresses-erased = Sihkoj e-poasstaadræssajt gå máhtsadus lij sáddidum
version-action-feedback-edit = Máhtsadus rievddadum
version-action-feedback-publish = Máhtsadus almodum
editor-feedback-confirm-check = Sidáv almodit máhtsadusáv huoman, dáj gielaj dagi ma e gávnnu

## Letters by post, for those who took part on paper, by phone or at a meeting
editor-letters = Girje
# $title is the dialogue's title.
letters-title = Máhtsadus poasta baktu: { $title }
letters-intro = Dá ulmutja li vaddám vuojnojt bábbáris, telefåvnås jali tjåhkanimes, ja sihti máhtsadusáv poasta baktu. Adræssa vuoseduvvi dåssju gå rabá dajt, ja dat vuoseduvvá loggån.
letters-language = Giella
letters-owed = Girje ma galggi sáddiduvvat
letters-print = Tjáleda girjev
letters-none = Ij aktak la máhtsadusáv poasta baktu åhtsåm.
letters-no-feedback = Tjále máhtsadusáv vuostak dárogiellaj: dat gávnnu girjijn.
letters-open = Vuoseda adræssajt
letters-addresses = Adræssa
letters-erase = Girje li sáddidum: sihko adræssajt
# $count: addresses deleted.
letters-erased = { $count ->
    [one] Akta adræssa l sihkkoduvvam.
    [two] Guokta adræssa li sihkkoduvvam.
   *[other] { $count } adræssa li sihkkoduvvam.
}
letters-greeting = Buoris!
letters-letter-intro = La vaddám vuojnov dialåvgån ”{ $title }” ja åhtsåm diehtet mij dáhpáduváj. Dánna la stádaoase máhtsadus.
letters-web = Máhtá aj låhkåt máhtsadusáv næhtan:
entry-post = Sihtá máhtsadusáv poasta baktu
entry-post-name = Namma girjjáj
entry-post-address = Poasstaadræssa
entry-post-help = Adræssav ep vuorkki vuojnojn aktan. Dat sihkkoduvvá gå girje li sáddidum.
audit-action-addresses-opened = Rabáj poasstaadræssajt
