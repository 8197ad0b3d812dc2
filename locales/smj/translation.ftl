# Machine draft, not reviewed by a native speaker.
# Translators' pages, working translations, the draft notice. Check first: barggojårggålus (coined), jårggåliddje, sárgge, nievres, dalloj.

# "Jårggålit" / "jårggålus" = translate / translation (as staff-needs-translation); "árvvalus" =
# draft, "dárkestuvvam" = reviewed (as editor.ftl); "vuojnno" = view; "moderatåvrrå" = moderator;
# "dárogiella" = Swedish (as dialogue.ftl and editor.ftl).
# "Barggojårggålus" (literally "work translation", coined) = arbetsöversättning: a translation
# of a resident's view into Swedish for staff only, never published.

role-translator = jårggåliddje
staff-nav-translations = Jårggålusá

translation-queue-title = Jårggålusá
translation-your-languages = Duv giela
translation-no-languages = Dujna ælla vilá giela majda jårggålit. Gatjáda háldadiddjev lasedit duv gielajt.
translation-queue-dialogues = Dialåvgå ma duv dárbaji
translation-queue-empty = Gájkka dialåvgå li jårggåluvvam duv gielajda ja dárkestuvvam.
translation-queue-views = Vuojno ma dárbaji jårggåluvvat
translation-views-intro = Moderatåvrrå l mærkkodam dáj vuojnojt. Tjále barggojårggålusáv dárogiellaj vaj moderatåvrrå máhttá vuojnov dárkestit. Dåssju bargge dav vuojnni.
translation-views-empty = Ij aktak vuojnno duv gielajn vuorde jårggålimev.
# The three things a dialogue can need in a language.
# Literally "The text in Swedish has changed after the translating".
translation-need-stale = Tevsta dárogielan l rievddadum jårggålime maŋŋela
translation-need-missing = Jårggålus ij gávnnu
translation-need-draft = Árvvalus, ij la dárkestuvvam
translation-done-saved = Jårggålus l vuorkkiduvvam.
# Literally "... The moderator sees it under the view."
translation-done-view = Barggojårggålus l vuorkkiduvvam. Moderatåvrrå vuojnná dav vuojno vuolen.

# $title is the dialogue's Swedish title, $language the language's own name (nominative, for
# example "Julevsámegiella"), so it follows a dash, as in editor-texts-legend, not an illative.
translation-page-title = Jårggåla ”{ $title }” – { $language }
# Literally "Changes in Swedish".
translation-changes-heading = Rievddadusá dárogielan
# Literally "... Deleted words have a line across them, new words a line under them."
translation-changes-intro = Tevsta dárogielan l rievddadum jårggålime maŋŋela. Sihkkodum bágoj rastá la sárgge, ådå bágoj vuolen la sárgge.
translation-diff-removed = sihkkodum
translation-diff-added = lasedum
# The language's name as a label: "Swedish".
translation-swedish = Dárogiella
# Literally "... Then people who read the text no longer see the notice that the translation is not checked."
translation-reviewed-hint = Mærkkoda gå ulmusj gesn le giella iednegiellan l låhkåm tevstav. Dalloj ulmutja gudi tevstav låhkki e desti vuojne diedov jut jårggålus ij la dárkestuvvam.
translation-save = Vuorkki jårggålusáv
translation-back = Ruopptot jårggålusájda

translation-view-current = Barggojårggålus dárogiellaj (dåssju barggijda):
translation-view-add = Tjále barggojårggålusáv
translation-view-label = Barggojårggålus dárogiellaj (dåssju barggijda)
translation-view-submit = Vuorkki barggojårggålusáv
translation-error-view-text = Tjále jårggålusáv (ienemusát 20 000 mærka).
staff-done-translated = Barggojårggålus l vuorkkiduvvam.

# Shown to readers where a text in their language is a translation no one has checked.
translation-draft-notice = Dát jårggålus ij la vilá dárkestuvvam.
# "Diededit" (report) as in report-summary; "nievres" = bad.
translation-draft-report = Diededa nievres jårggålusáv

staff-admin-languages = Giela majda jårggålit
staff-admin-languages-hint = Guoská dåssju jårggåliddjijda.
staff-admin-change-languages = Rievddada gielajt

version-action-translate = Jårggålum
version-action-baseline = Álggodille vuostasj rievddadusá åvddål
audit-action-translate = Jårggålij dialåvgåv
audit-action-view-translate = Jårggålij vuojnov (barggojårggålus)
audit-action-languages-change = Rievddadij jårggåliddje gielajt

# In the accessibility statement (pages.ftl).
# Literally "The site has seven languages. ... If a native speaker has not yet checked the text
# in your language, a notice about it is shown on the page. ... Write to us (the contact is
# below) on which page and in which text it is."
a11y-translations-heading = Jårggålusá
a11y-translations-text = Næhttabájken li gietjav giela. Dárogiella l originálla. Jus ulmusj gesn le giella iednegiellan ij la vilá dárkestam tevstav duv gielan, de bielen vuoseduvvá diehto dan birra. Jus jårggålus l boasstot jali gássjel åddåt, de sidáp dav diehtet. Tjále midjij (aktavuohta l vuolen) makkir bielen ja makkir tevstan dat la.
# Literally "The site's languages and which languages are checked".
a11y-locales-caption = Næhttabájke giela ja makkir giela li dárkestuvvam
a11y-locales-language = Giella
a11y-locales-status = Stáhtus
a11y-locales-when = Maŋemusát rievddadum
a11y-locale-source = Originálla
a11y-locale-drafted = Árvvalus, ij la dárkestuvvam
a11y-locale-reviewed = Dárkestuvvam

# Machine draft, not reviewed by a native speaker.
# Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor.
# The switch on the Swedish dialogue page, and back.
dialogue-easy-link = Låhkå álkkes dárogielan
dialogue-easy-standard = Låhkå dábálasj dárogielan
# $title is the dialogue's Swedish title.
easy-edit-title = Álkkes dárogiella: { $title }
easy-edit-intro = Tjále dialåvgåv álkkes dárogiellaj: oanes gárgadisá, dábálasj bágo, juohkka ássje sierra. Tevsta dábálasj dárogielan vuoseduvvá juohkka giedde badjelin. Jus sidá álkkes værsjåvnåv sihkkot, de sihko gájkka tevstajt.
easy-edit-saved = Værsjåvnnå álkkes dárogielan l vuorkkiduvvam.
easy-edit-back = Ruopptot dialåvggåj
easy-standard = Dábálasj dárogiella
easy-texts-legend = Tevsta álkkes dárogielan
easy-feedback-legend = Máhtsadus álkkes dárogielan
easy-feedback-hint = Tjále dav gå máhtsadus l almoduvvam. Dat vuoseduvvá bielen mij l álkkes dárogielan, dábálasj máhtsadusá sadjáj.
easy-save = Vuorkki værsjåvnåv álkkes dárogielan
easy-state-written = Tjáleduvvam
easy-questions-shared = Sæmmi gå dárogielan
