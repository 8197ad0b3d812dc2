# Status: machine-drafted, not yet reviewed by a native speaker.

# Moderation beyond approve and reject: residents' reports of published views, redacting part
# of a text, views that need translating, and views received on paper, by phone or at a meeting.
# "Reektehtidh" (report) is used for "anmäla", "bïevnese" (message) for "anmälan";
# a reviewer may prefer another verb.
# "Tjïekedh bieliem" (hide a part) is used for "maska" (redact).

# On the public dialogue page, under each published view: a small form to report it.
report-summary = Reektehth vuajnoem
# Literally "If the view does not follow the dialogue's rules, a moderator reads it again."
report-intro = Jis vuajnoe ij govlesadtemen njoelkedasside dåerede, dellie moderatovre dam vihth lohka.
report-reason = Man åvteste dam reektehth?
report-submit = Seedth bïevnesem
report-thanks-title = Gæjhtoe dov bïevnesen åvteste
# Literally "... Until then it is still shown."
report-thanks = Moderatovre vuajnoem vihth lohka. Dan raajan dïhte annje vuesiehtåvva.
report-back = Bååstede govlesadtemasse
report-error-rate = Datne leah jïjnjh bïevnesh seedteme åenehks tïjjesne. Vuertieh ånnetji jïh pryövh vihth.
report-error-gone = Vuajnoe ij leah vielie bæjhkoehtovveme.
# Shown to the public where a moderator has removed part of a view.
# Literally "[a moderator has removed (this)]".
redacted-marker = [moderatovre lea domhkestamme]

# The moderation queue: reported views.
# $count is the number of published views that residents have reported.
# [two] is the dual: exactly 2 ("göökte" = two).
staff-reported-count = { $count ->
    [0] Ij naan vuajnoe reektehtovveme.
    [one] Akte vuajnoe lea reektehtovveme.
    [two] Göökte vuajnoeh leah reektehtovveme.
   *[other] { $count } vuajnoeh leah reektehtovveme.
}
# Literally "Reason for the report".
staff-reported-as = Reektehtimmien fåantoe
# Literally "Leave (it) published (reject the report)".
staff-report-dismiss = Baajh bæjhkoehtovveme (nyöjhkh bïevnesem)
staff-done-dismissed = Bïevnese lea nyöjhkesovveme. Vuajnoe annje vuesiehtåvva.
staff-filter-reason = Fåantoe
staff-filter-reason-hint = Jis persovneles bïevnesh veeljh, dellie aaj vuajnoeh vuesiehtovvieh mah gïehtjedimmiem vuertieh jïh maehtieh dagkerh bïevnesh utnedh.

# Redacting a part of a view's text.
staff-redact = Tjïekh bieliem tjaalegistie
# "Kopijeeredh" = copy; a reviewer may prefer another form.
staff-redact-passage = Tjaalege mij edtja tjïekesovvedh (kopijeerh eensilaakan dam bieliem mij edtja domhkestovvedh)
staff-redact-reason = Fåantoe bieliem tjïekedh
# Literally "The part is hidden, and others no longer see it. ..."
staff-done-redacted = Bielie lea tjïekesovveme, jïh jeatjebh eah dam vielie vuejnieh. Originaale tjaalege annje arkijvesne gååvnese.
staff-error-passage = Dïhte tjaalege ij vuajnosne gååvnesh. Kopijeerh eensilaakan dam bieliem mij edtja domhkestovvedh.
staff-view-public-version = Naemhtie tjaalege gaajhkide vuesiehtåvva:

# Views in a language the moderator may not read.
staff-needs-translation = Jarkoestimmiem daarpesje
staff-mark-translation = Mïerhkesjh: jarkoestimmiem daarpesje
staff-done-translation = Vuajnoe lea mïerhkesjovveme: dïhte tjuara jarkoestovvedh åvtelen gïehtjedåvva.

# Views received on paper, by phone or at a meeting.
staff-view-channel = Kanaale
channel-web = Nedte
channel-paper = Paehpere
channel-phone = Telefovne
channel-meeting = Tjåanghkoe
staff-nav-enter = Registreerh vuajnoem
enter-title = Registreerh vuajnoem paehperistie, telefovneste jallh tjåanghkoste
# Literally "Write the view as the person gave it. ..."
enter-intro = Tjaelieh vuajnoem seamma goh almetje dam buekti. Dïhte seamma vuekine gïehtjedåvva goh vuajnoeh nedteste.
# An infinitive, as a button label: "to continue".
enter-choose-submit = Jåerhkedh
enter-channel = Guktie vuajnoe bööti?
enter-submit = Registreerh vuajnoem
# $reference is the new view's reference number.
enter-done = Vuajnoe lea registreeresovveme referansenummerinie { $reference }.
enter-error-closed = Govlesadteme ij daelie vuajnoeh dåastoeh.

audit-action-redact = Bieliem vuajnoste tjïekeli
audit-action-report = Årroje vuajnoem reektehti
audit-action-report-dismiss = Bïevnesem nyöjhki
audit-action-needs-translation = Jarkoestæmman mïerhkesji
audit-action-view-enter = Vuajnoem jeatjah kanaaleste registreeri

## The moderator's desk
# Machine draft, not reviewed by a native speaker.
# No word for "kö" (the moderation queue) is used elsewhere in sma; these messages say
# "views" or "review" (gïehtjedimmie) instead. "Veeljedh" for "markera" (check a box) as in
# staff-bulk-select, "tjïekedh" for "maska" (redact) as above; "almetjenummere" as in
# staff-view-flagged (form.ftl has "persovnenummere": a reviewer should choose one).

# Literally "Choose which views are shown".
staff-filter-heading = Veeljh mah vuajnoeh vuesiehtovvieh
staff-filter-submit = Vuesehth
staff-filter-translation = Barre vuajnoeh mah jarkoestimmiem daarpesjieh
# Literally "Pages of the review".
staff-queue-pages = Gïehtjedimmien sæjroeh
# Followed by the list of reasons: literally "Reject the chosen views with this reason".
staff-bulk-reject = Nyöjhkh veeljeme vuajnoeh daejnie fåantojne
# $reference: the view's reference number, so that each checkbox has its own name.
staff-bulk-select-one = Veeljh { $reference }
# [two] is the dual: exactly 2 ("göökte" = two), as in staff-done-approved-many.
staff-done-rejected-many = { $count ->
    [0] Ij naan vuajnoe veeljesovveme.
    [one] Akte vuajnoe lea nyöjhkesovveme.
    [two] Göökte vuajnoeh leah nyöjhkesovveme.
   *[other] { $count } vuajnoeh leah nyöjhkesovveme.
}
staff-more = Vielie
# What a highlighted passage looks like; shown in brackets before it, so that colour is not the only sign.
staff-personal-identity-number = Almetjenummere
staff-personal-phone = Telefovnenummere
staff-personal-email = E-påasteadresse
# A button that redacts one passage. $kind: what it looks like (Telefovnenummere); $passage: the text.
# $kind cannot take the accusative, so it stands in brackets: "Hide (Phone number): ...".
staff-redact-this = Tjïekh ({ $kind }): { $passage }
# The staff bar: how many views wait, each a link to the queue. Literally "Views now".
staff-counts-label = Vuajnoeh daelie
# As in staff-moderation-count, the verb is in the plural after two or more.
staff-count-pending = { $count ->
    [0] Ij naan vuertieh
    [one] Akte vuarta
    [two] Göökte vuertieh
   *[other] { $count } vuertieh
}
staff-count-reported = { $count ->
    [0] Ij naan reektehtovveme
    [one] Akte reektehtovveme
    [two] Göökte reektehtovveme
   *[other] { $count } reektehtovveme
}
staff-count-translation = { $count ->
    [0] Ij naan jarkoestimmiem daarpesjh
    [one] Akte jarkoestimmiem daarpesje
    [two] Göökte jarkoestimmiem daarpesjieh
   *[other] { $count } jarkoestimmiem daarpesjieh
}
staff-decided-by = Nænnoestimmiem dorjeme { $who }: { $action }, { $when }.

## The desk with JavaScript: one key per action, and the name redacted in one action
# Machine draft, not reviewed by a native speaker.
# "Tastatuvren båalloeh" (the keyboard's keys) is used for "kortkommandon" and "tangenterna";
# "båalloeh" alone for buttons (as in mail.ftl). As above, no word for "kö": the queue is
# "the list of views" (vuajnoej lïste). "Mïerhkesjovveme" for "markerad" (a highlighted
# passage), as in form-error-summary; "tjïekedh" for "maska" (redact) as above.

# A button that redacts the name a view was sent with. $name: the name.
staff-redact-name = Tjïekh nommem: { $name }
# Beside a name a moderator has redacted.
# Literally "hidden, others do not see it" (as in staff-done-redacted).
staff-name-redacted = tjïekesovveme, jeatjebh eah dam vuejnieh
# Literally "The keyboard's keys".
staff-keys-heading = Tastatuvren båalloeh
# Literally "The keys work only when the focus is in the list of views, and not when you write
# in a field. They are not necessary: all buttons are still there."
staff-keys-intro = Båalloeh barre barkoeh gosse fokuse lea vuajnoej lïstesne, jïh eah gosse datne sijjese tjaalah. Dah eah daerpies: gaajhkh båalloeh annje gååvnesieh.
staff-keys-toggle = Nuhtjh tastatuvren båalloeh
# Each follows a key shown before it (J, K, A, R, M).
staff-keys-next = båetije vuajnoe
staff-keys-previous = åvtebe vuajnoe
staff-keys-approve = jååhkesjh vuajnoem
staff-keys-reject = nyöjhkh dejnie fåantojne mij vuajnosne lea veeljesovveme
staff-keys-redact = tjïekh voestes mïerhkesjovveme bieliem
# Read aloud when a key moves to a view. $position and $total: numbers; $reference: the view's reference.
# "N / M"; a reviewer may prefer words ("view N of M") that read better aloud.
staff-keys-at = Vuajnoe { $position } / { $total }: { $reference }
staff-keys-end = Daennie sæjrosne eah vielie vuajnoeh gååvnesh.
# Literally "In this view nothing is marked that should be hidden."
staff-keys-nothing = Daennie vuajnosne ij naan mïerhkesjovveme mij edtja tjïekesovvedh.
# Literally "It could not be saved here. The page is renewed."
staff-desk-failed = Ij gåaredh daesnie vöörhkedh. Sæjroe orreståvva.
