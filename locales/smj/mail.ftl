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
