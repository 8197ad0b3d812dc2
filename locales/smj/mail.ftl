# Mails to residents. Plain words: many read them on a phone. No HTML here; links are added
# by the portal on lines of their own.
# Machine draft, not reviewed by a native speaker.

mail-greeting = Buoris!
mail-signature = Buorre sávadusáj, Hässelby-Vällingby stádaoasseháldadus
# $title is the dialogue's title.
mail-confirm-subject = Duodasta jut sidá máhtsadusáv: { $title }
mail-confirm-intro = La åhtsåm oadtjot diehtet mij dáhpáduvvá dialåvgåjn ”{ $title }”. Duodasta jut dát l duv e-poasstaadræssa:
mail-confirm-link = Raba liŋkav ja diede boalov:
mail-confirm-ignore = Jus i la dån dav åhtsåm, de i dárbaha majdik dahkat. Jus i adræssav duodasta, de dat sihkkoduvvá gietjav biejve maŋŋela.
mail-outcome-subject = Nav dat manáj: { $title }
mail-outcome-intro = La åhtsåm diehtet mij dáhpáduváj dialåvgåjn ”{ $title }”. Dánna la stádaoase máhtsadus.
mail-update-subject = Ådå diedo: { $title }
mail-update-intro = Dialåvgå ”{ $title }” máhtsadus l rievddadum. Dánna la ådå værsjåvnnå.
mail-outcome-in-swedish = Máhtsadus ij la vilá duv gielan. Dánna la dat dárogielan.
mail-outcome-page = Låhkå máhtsadusáv næhtan:
mail-unsubscribe = I desti sidá e-poastajt dialåvgå birra? Sihko ietjat adræssav dánna:
mail-erase-note = Mij sihkkop duv e-poasstaadræssav gå máhtsadus l sáddidum.

# A one-time voting code for a citizen budget. $title: the budget's title.
# Machine draft, not reviewed by a native speaker. Check first: "viesátbudsjæhttaj" (för, put before the title so the title is not inflected), "jienastimbábbárij næhtan" (på röstsedeln på webben), "Ale dav ietjájda sáddi" (Skicka den inte vidare), "i dárbaha majdik dahkat" (kan strunta i, as mail-confirm-ignore).
mail-budget-code-subject = Duv jienastimkåvddå: { $title }
mail-budget-code-intro = Dánna la duv jienastimkåvddå viesátbudsjæhttaj ”{ $title }”. Tjále dav jienastimbábbárij næhtan.
mail-budget-code-vote = Jienasta dánna:
mail-budget-code-once = Kåvdåjn máhtá jienastit dåssju akti. Ale dav ietjájda sáddi.
mail-budget-code-ignore = Jus i la jienastimkåvdåv åhtsåm, de i dárbaha majdik dahkat.

# How a proposal fared in a citizen budget, to the proposer who asked. $title: the budget's
# title; $proposal: the proposal's title.
# Machine draft, not reviewed by a native speaker. Check first: "Jienaj låhko" (Antal röster, as budget-codes-count "Kåvdåj låhko"), "stádaoassenammadus" (stadsdelsnämnden, as report-print-hint, least certain), "avtalágásj" (liknande), "boadosbielle" (resultatsidan, coined), "aktavuohta" (kontaktuppgift, as budget-proposal-contact).
mail-budget-outcome-subject = Boados: { $title }
mail-budget-outcome-intro = La sáddim oajvvadusáv ”{ $proposal }” viesátbudsjæhttaj ”{ $title }”. Dál l jienastime boados duodastuvvam.
# $votes: the number of votes, written as a figure.
mail-budget-outcome-won = Oajvvadus lij jienastimbábbáran, ja dat l akta dajs ma oadtju ruhtav. Jienaj låhko: { $votes }. Loahpalasj mærrádusáv dahká stádaoassenammadus.
mail-budget-outcome-not-won = Oajvvadus lij jienastimbábbáran, valla dat ij dán bále oadtjum nuoges jienajt, ja danen ij oattjo ruhtav. Jienaj låhko: { $votes }.
# $reason: the published reason the proposal was kept off the ballot.
mail-budget-outcome-declined = Oajvvadus ij boahtám jienastimbábbárij. Sivva: { $reason }
# $into: the title of the proposal it was merged into.
mail-budget-outcome-merged = Oajvvadus aktiduváj ietjá avtalágásj oajvvadusájn: ”{ $into }”. Gåktu dasi manáj, vuojná boadosbielen.
mail-budget-outcome-page = Gehtja ålles boadosav:
mail-budget-outcome-erased = Mij lip dál sihkkum duv aktavuodav.

# A citizen budget's result by e-mail: the confirmation, then the result. $title: the budget's
# title.
# Machine draft, not reviewed by a native speaker. Check first: "boadosav" (resultatet), "i dárbaha majdik dahkat" (kan strunta i, as mail-confirm-ignore), "ep desti majdik sáddi" (skickar vi inget mer), "jienaj låhko" (antal röster, as mail-budget-outcome-won), "Dá prosjevta oadtju ruhtav" (De här projekten får pengar).
mail-budget-follow-subject = Duodasta jut sidá boadosav: { $title }
mail-budget-follow-intro = La åhtsåm oadtjot viesátbudsjæhta ”{ $title }” boadosav e-poasta baktu. Duodasta jut dát l duv e-poasstaadræssa:
mail-budget-follow-ignore = Jus i la dån dav åhtsåm, de i dárbaha majdik dahkat. Jus i adræssav duodasta, de ep desti majdik sáddi, ja adræssa sihkkoduvvá gå boados l duodastuvvam.
mail-budget-result-intro = Viesátbudsjæhta ”{ $title }” jienastime boados l duodastuvvam. Dá prosjevta oadtju ruhtav:
# One funded project. $project: its title; $votes: its votes, as a figure.
mail-budget-result-project = – { $project } (jienaj låhko: { $votes })
mail-budget-result-erased = Mij lip dál sihkkum duv e-poasstaadræssav.
