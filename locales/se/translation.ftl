# Machine draft, not reviewed by a native speaker.
# Translators' pages, working translations, the draft notice. Check first: bargojorgalus (coined), jorgaleaddji, sárggis rastá/vuolde, heajos.

# "Jorgalit" / "jorgalus" = translate / translation (as staff-needs-translation); "luonus" = draft,
# "dárkkistuvvon" = reviewed (as editor.ftl); "oaivil" = view; "moderáhtor" = moderator.
# "Bargojorgalus" (literally "work translation", coined) = arbetsöversättning: a translation of
# a resident's view into Swedish for staff only, never published.

role-translator = jorgaleaddji
staff-nav-translations = Jorgalusat

translation-queue-title = Jorgalusat
translation-your-languages = Du gielat
translation-no-languages = Dus eai leat vel gielat maidda jorgalit. Bivdde hálddašeaddji lasihit du gielaid.
translation-queue-dialogues = Dialogat mat dárbbašit du
translation-queue-empty = Buot dialogat leat jorgaluvvon du gielaide ja dárkkistuvvon.
translation-queue-views = Oaivilat mat dárbbašit jorgaluvvot
translation-views-intro = Moderáhtor lea merken dáid oaiviliid. Čále bargojorgalusa ruoŧagillii, vai moderáhtor sáhttá dárkkistit oaivila. Dušše bargit oidnet dan.
translation-views-empty = Ii oktage oaivil du gielain vuorde jorgaleami.
# The three things a dialogue can need in a language.
translation-need-stale = Ruoŧagiel teaksta lea rievdan maŋŋel go jorgalus dahkkui
translation-need-missing = Jorgalus váilu
translation-need-draft = Luonus, ii leat dárkkistuvvon
translation-done-saved = Jorgalus lea vurkejuvvon.
# Literally "... The moderator sees it under the view."
translation-done-view = Bargojorgalus lea vurkejuvvon. Moderáhtor oaidná dan oaivila vuolde.

# $title is the dialogue's Swedish title, $language the language's own name (nominative, for
# example "Davvisámegiella"), so it follows a dash, as in editor-texts-legend, not an illative.
translation-page-title = Jorgal ”{ $title }” – { $language }
translation-changes-heading = Dát lea rievdan ruoŧagiel teavsttas
# Literally "... Deleted words have a line across them, new words a line under them."
translation-changes-intro = Ruoŧagiel teaksta lea rievdan maŋŋel go jorgalus dahkkui. Sihkkojuvvon sániid rastá lea sárggis, ođđa sániid vuolde lea sárggis.
translation-diff-removed = sihkkojuvvon
translation-diff-added = lasihuvvon
# The language's name as a label: "Swedish".
translation-swedish = Ruoŧagiella
translation-reviewed-hint = Merke go olmmoš geas lea giella eatnigiellan lea lohkan teavstta. Dalle lohkkit eai šat oainne dieđu das ahte jorgalus ii leat dárkkistuvvon.
translation-save = Vurke jorgalusa
translation-back = Ruovttoluotta jorgalusaide

translation-view-current = Bargojorgalus ruoŧagillii (dušše bargiide):
translation-view-add = Čále bargojorgalusa
translation-view-label = Bargojorgalus ruoŧagillii (dušše bargiide)
translation-view-submit = Vurke bargojorgalusa
translation-error-view-text = Čále jorgalusa (eanemusat 20 000 mearkka).
staff-done-translated = Bargojorgalus lea vurkejuvvon.

# Shown to readers where a text in their language is a translation no one has checked.
translation-draft-notice = Dát jorgalus ii leat vel dárkkistuvvon.
# "Dieđit" (report) as in report-summary; "heajos" = bad, poor.
translation-draft-report = Dieđit heajos jorgalusa

staff-admin-languages = Gielat maidda jorgalit
staff-admin-languages-hint = Guoská dušše jorgaleddjiide.
staff-admin-change-languages = Rievdat gielaid

version-action-translate = Jorgaluvvon
version-action-baseline = Álgodilli ovdal vuosttaš rievdadusa
audit-action-translate = Jorgalii dialoga
audit-action-view-translate = Jorgalii oaivila (bargojorgalus)
audit-action-languages-change = Rievdadii jorgaleaddji gielaid

# In the accessibility statement (pages.ftl).
# Literally "The site has seven languages. ... If a native speaker has not yet checked the text
# in your language, it says so on the page. ... write to us (the contact is below) ..."
a11y-translations-heading = Jorgalusat
a11y-translations-text = Neahttasiidus leat čieža giela. Ruoŧagiella lea originála. Jus olmmoš geas lea giella eatnigiellan ii leat vel dárkkistan teavstta du gillii, de dat čuožžu siiddus. Jus jorgalus lea boastut dahje váttis áddet, de mii háliidit diehtit dan: čále midjiide (oktavuohta lea vuolábealde) guđe siidui ja guđe cealkagii dat guoská.
a11y-locales-caption = Neahttasiiddu gielat ja leatgo dat dárkkistuvvon
a11y-locales-language = Giella
a11y-locales-status = Dilli
a11y-locales-when = Maŋimuš rievdaduvvon
a11y-locale-source = Originála
a11y-locale-drafted = Luonus, ii leat dárkkistuvvon
a11y-locale-reviewed = Dárkkistuvvon

# Machine draft, not reviewed by a native speaker.
# Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor.
# The switch on the Swedish dialogue page, and back.
dialogue-easy-link = Loga álkes ruoŧagillii
dialogue-easy-standard = Loga dábálaš ruoŧagillii
# $title is the dialogue's Swedish title.
easy-edit-title = Álkes ruoŧagiella: { $title }
easy-edit-intro = Čále dialoga álkes ruoŧagillii: oanehis cealkagat, dábálaš sánit, juohke ášši sierra. Dábálaš ruoŧagiel teaksta čájehuvvo juohke gietti bajábealde. Jus háliidat sihkkut álkes veršuvnna, de sihko buot teavsttaid.
easy-edit-saved = Álkes ruoŧagiel veršuvdna lea vurkejuvvon.
easy-edit-back = Ruovttoluotta dialogii
easy-standard = Dábálaš ruoŧagiella
easy-texts-legend = Teavsttat álkes ruoŧagillii
easy-feedback-legend = Máhcahus álkes ruoŧagillii
easy-feedback-hint = Čále dan go máhcahus lea almmuhuvvon. Dat čájehuvvo álkes ruoŧagiel siiddus dábálaš máhcahusa sajis.
easy-save = Vurke álkes ruoŧagiel veršuvnna
easy-state-written = Čállojuvvon
easy-questions-shared = Seammá go ruoŧagillii
