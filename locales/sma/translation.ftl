# Machine draft, not reviewed by a native speaker.
# Translators' pages, working translations, the draft notice. Check first: barkoejarkoestimmie (coined), jarkoestæjja, linja/dåaresth, raajese, plural cases.

# "Jarkoestidh" / "jarkoestimmie" = translate / translation (as staff-needs-translation);
# "uvtelasse" = draft, "gïehtjedovveme" = reviewed (as editor.ftl); "vuajnoe" = view;
# "moderatovre" = moderator; "daaroen gïele" = Swedish; "govlesadteme" as in the glossary.
# "Barkoejarkoestimmie" (literally "work translation", coined) = arbetsöversättning: a
# translation of a resident's view into Swedish for staff only, never published.
# Accusative and illative plurals are written -ide/-jde (gïelide, vuajnojde).

role-translator = jarkoestæjja
staff-nav-translations = Jarkoestimmieh

translation-queue-title = Jarkoestimmieh
translation-your-languages = Dov gïelh
# Literally "You do not yet have any languages for translation. ..."
translation-no-languages = Ih annje naan gïelh jarkoestæmman utnieh. Gihtjh reeredæjjam dov gïelide lissiehtidh.
translation-queue-dialogues = Govlesadtemh mah datnem daarpesjieh
translation-queue-empty = Gaajhkh govlesadtemh leah dov gïelide jarkoestovveme jïh gïehtjedovveme.
translation-queue-views = Vuajnoeh mah jarkoestimmiem daarpesjieh
translation-views-intro = Moderatovre lea daejtie vuajnojde mïerhkesjamme. Tjaelieh barkoejarkoestimmiem daaroen gïelese juktie moderatovre maahta vuajnoem gïehtjedidh. Barre barkijh dam vuejnieh.
translation-views-empty = Ij naan vuajnoe dov gïeline jarkoestimmiem vuertieh.
# The three things a text can need in a language.
translation-need-stale = Daaroen tjaalege lea jarkelovveme jarkoestimmien mænngan
translation-need-missing = Jarkoestimmie fååtesje
translation-need-draft = Uvtelasse, ij leah gïehtjedovveme
translation-done-saved = Jarkoestimmie lea vöörhkesovveme.
# Literally "... The moderator sees it under the view."
translation-done-view = Barkoejarkoestimmie lea vöörhkesovveme. Moderatovre dam vuajnoen nuelesne vuajna.

# $title is the Swedish title, $language the language's own name (nominative, for
# example "Åarjelsaemien gïele"), so it follows a dash, as in editor-texts-legend, not an illative.
translation-page-title = Jarkoesth ”{ $title }” – { $language }
# Literally "Changes in the Swedish text" ("jorkestimmie" = change, as in editor.ftl).
translation-changes-heading = Jorkestimmieh daaroen tjaalegisnie
# Literally "... Across removed words is a line, under new words is a line."
translation-changes-intro = Daaroen tjaalege lea jarkelovveme jarkoestimmien mænngan. Domhkestovveme baakoej dåaresth lea linja, orre baakoej nuelesne lea linja.
translation-diff-removed = domhkestovveme
translation-diff-added = lissiehtovveme
# The language's name as a label: "Swedish".
translation-swedish = Daaroen gïele
translation-reviewed-hint = Mïerhkesjh gosse naaken gie gïelem ietniengïeline åtna, lea tjaalegem lohkeme. Dellie lohkijh eah vielie bïevnesem vuejnieh ahte jarkoestimmie ij leah gïehtjedovveme.
translation-save = Vöörhkh jarkoestimmiem
translation-back = Bååstede jarkoestimmide

translation-view-current = Barkoejarkoestimmie daaroen gïelese (barre barkijidie):
translation-view-add = Tjaelieh barkoejarkoestimmiem
translation-view-label = Barkoejarkoestimmie daaroen gïelese (barre barkijidie)
translation-view-submit = Vöörhkh barkoejarkoestimmiem
translation-error-view-text = Tjaelieh jarkoestimmiem (jeenemes 20 000 mïerhkh).
staff-done-translated = Barkoejarkoestimmie lea vöörhkesovveme.

# Shown to readers where a text in their language is a translation no one has checked.
translation-draft-notice = Daate jarkoestimmie ij leah annje gïehtjedovveme.
# "Reektehtidh" (report) as in report-summary; "nåake" = bad.
translation-draft-report = Reektehth nåake jarkoestimmiem

# Literally "Languages for translation".
staff-admin-languages = Gïelh jarkoestæmman
# Literally "Only for translators."
staff-admin-languages-hint = Barre jarkoestæjjide.
staff-admin-change-languages = Jarkelh gïelide

version-action-translate = Jarkoestovveme
version-action-baseline = Aalkoe åvtelen voestes jorkestimmiem
audit-action-translate = Govlesadtemem jarkoesti
audit-action-view-translate = Vuajnoem jarkoesti (barkoejarkoestimmie)
audit-action-languages-change = Jarkoestæjjan gïelide jarkeli

# In the accessibility statement (pages.ftl).
# Literally "... When a native speaker has not yet checked the text in your language, a notice is
# shown on the page. ... Write to us (address below) which page and which sentence it is."
a11y-translations-heading = Jarkoestimmieh
a11y-translations-text = Webbesijjie gååvnese tjïjhtje gïeline. Daaroen gïele lea originaale. Gosse naaken gie gïelem ietniengïeline åtna, ij annje leah dov gïelen tjaalegem gïehtjedamme, dellie sæjrosne bïevnese vuesiehtåvva. Jis jarkoestimmie ij leah rïektes jallh geerve guarkedh, dellie sïjhtebe dam daejredh: tjaelieh mijjese (adresse nuelesne) mij sæjroe jïh mij raajese lea.
# Literally "The site's languages and which are checked".
a11y-locales-caption = Webbesijjien gïelh jïh mah leah gïehtjedovveme
a11y-locales-language = Gïele
a11y-locales-status = Staatuse
a11y-locales-when = Minngemes jarkelovveme
a11y-locale-source = Originaale
a11y-locale-drafted = Uvtelasse, ij leah gïehtjedovveme
a11y-locale-reviewed = Gïehtjedovveme

# Machine draft, not reviewed by a native speaker.
# Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor.
# The switch on the Swedish dialogue page, and back.
dialogue-easy-link = Lohkh aelhkies daaroengïelesne
dialogue-easy-standard = Lohkh sïejhme daaroengïelesne
# $title is the dialogue's Swedish title.
easy-edit-title = Aelhkies daaroengïele: { $title }
easy-edit-intro = Tjaelieh govlesadtemem aelhkies daaroengïelesne: åenehks raajesh, sïejhme baakoeh, akte aamhtese akten aejkien. Sïejhme daaroen tjaalege fïerhten sijjien bijjelen vuesiehtåvva. Jis sïjhth aelhkies versjovnem domhkestidh, dellie domhkesth gaajhkh tjaalegh.
easy-edit-saved = Aelhkies daaroengïelen versjovne lea vöörhkesovveme.
easy-edit-back = Bååstede govlesadtemasse
easy-standard = Sïejhme daaroengïele
easy-texts-legend = Tjaalegh aelhkies daaroengïelesne
easy-feedback-legend = Moenedimmie aelhkies daaroengïelesne
easy-feedback-hint = Tjaelieh dam gosse moenedimmie lea bæjhkoehtovveme. Dïhte aelhkies daaroengïelen sæjrosne vuesiehtåvva sïejhme moenedimmien sijjeste.
easy-save = Vöörhkh aelhkies daaroengïelen versjovnem
easy-state-written = Tjaaleme
easy-questions-shared = Seamma goh daaroengïelesne
