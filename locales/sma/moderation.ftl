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
