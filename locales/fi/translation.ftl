# Machine draft, not reviewed by a native speaker.
# Translators: the queue, the translation page, working translations of views, the draft notice
# for readers, and the languages' status in the accessibility statement.
# Finnish: "översättning" is "käännös"; "arbetsöversättning" (staff only, never published)
# "työkäännös"; "granskad" (checked by a native speaker) "tarkistettu", as in editor-text-reviewed;
# "granska" a view (moderation) "tarkastaa", as in staff.ftl; "utkast" "luonnos"; "synpunkt"
# "mielipide", "dialog" "vuoropuhelu", "administratör" "ylläpitäjä".
# Check first: "työkäännös", "Ruotsiksi" (translation-swedish), "kielelle { $language }"
# (translation-page-title), "Lähtötilanne" (version-action-baseline).

role-translator = kääntäjä
staff-nav-translations = Käännökset

translation-queue-title = Käännökset
translation-your-languages = Kielesi
translation-no-languages = Sinulle ei ole vielä lisätty kieliä, joille käännät. Pyydä ylläpitäjää lisäämään kielesi.
translation-queue-dialogues = Sinua odottavat vuoropuhelut
translation-queue-empty = Kaikki vuoropuhelut on käännetty ja tarkistettu kielilläsi.
translation-queue-views = Käännettävät mielipiteet
translation-views-intro = Moderaattori on merkinnyt nämä mielipiteet. Kirjoita työkäännös ruotsiksi, jotta moderaattori voi tarkastaa mielipiteen. Se näkyy vain työntekijöille.
translation-views-empty = Kielilläsi ei ole käännöstä odottavia mielipiteitä.
# The three things a dialogue can need in a language.
translation-need-stale = Ruotsinkielistä tekstiä on muutettu käännöksen jälkeen
translation-need-missing = Käännös puuttuu
translation-need-draft = Luonnos, ei tarkistettu
translation-done-saved = Käännös on tallennettu.
translation-done-view = Työkäännös on tallennettu. Moderaattori näkee sen mielipiteen yhteydessä.

# $title is the dialogue's Swedish title, $language the language's own name.
# Finnish: the name is not inflected, so it follows "kielelle" (into the language).
translation-page-title = Käännä ”{ $title }” kielelle { $language }
translation-changes-heading = Mitä ruotsinkielisessä tekstissä on muuttunut
translation-changes-intro = Ruotsinkielistä tekstiä on muutettu käännöksen jälkeen. Poistetut sanat on yliviivattu ja uudet sanat alleviivattu.
# Read aloud by screen readers before a removed or added passage: "[poistettu: …]".
translation-diff-removed = poistettu
translation-diff-added = lisätty
# A label before the Swedish original of each field: "Ruotsiksi: …".
translation-swedish = Ruotsiksi
translation-reviewed-hint = Rastita, kun äidinkielinen puhuja on lukenut tekstin. Silloin lukijat eivät enää näe ilmoitusta tarkistamattomasta käännöksestä.
translation-save = Tallenna käännös
translation-back = Takaisin käännöksiin

translation-view-current = Työkäännös ruotsiksi (näkyy vain työntekijöille):
translation-view-add = Kirjoita työkäännös
translation-view-label = Työkäännös ruotsiksi (näkyy vain työntekijöille)
translation-view-submit = Tallenna työkäännös
translation-error-view-text = Kirjoita käännös (enintään 20 000 merkkiä).
staff-done-translated = Työkäännös on tallennettu.

# Shown to readers where a text in their language is a translation no one has checked.
translation-draft-notice = Tätä käännöstä ei ole vielä tarkistettu.
translation-draft-report = Ilmoita huonosta käännöksestä

staff-admin-languages = Kielet, joille käännetään
staff-admin-languages-hint = Koskee vain kääntäjiä.
staff-admin-change-languages = Vaihda kielet

version-action-translate = Käännetty
version-action-baseline = Lähtötilanne ennen ensimmäistä muutosta
audit-action-translate = Käänsi vuoropuhelun
audit-action-view-translate = Käänsi mielipiteen (työkäännös)
audit-action-languages-change = Vaihtoi kääntäjän kielet

a11y-translations-heading = Käännökset
a11y-translations-text = Sivusto on saatavilla seitsemällä kielellä. Alkuperäinen kieli on ruotsi. Jos äidinkielinen puhuja ei ole vielä tarkistanut tekstiä sinun kielelläsi, siitä kerrotaan sivulla. Jos käännös on virheellinen tai vaikea ymmärtää, haluamme tietää sen: kirjoita alla oleviin yhteystietoihin, mitä sivua ja mitä lausetta asia koskee.
a11y-locales-caption = Sivuston kielet ja se, onko ne tarkistettu
a11y-locales-language = Kieli
a11y-locales-status = Tila
a11y-locales-when = Muutettu viimeksi
a11y-locale-source = Alkuperäinen
a11y-locale-drafted = Luonnos, ei tarkistettu
a11y-locale-reviewed = Tarkistettu

# Machine draft, not reviewed by a native speaker.
# Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor.
# The switch on the Swedish dialogue page, and back.
dialogue-easy-link = Lue selkoruotsiksi
dialogue-easy-standard = Lue tavallisella ruotsilla
# $title is the dialogue's Swedish title.
easy-edit-title = Selkoruotsi: { $title }
easy-edit-intro = Kirjoita vuoropuhelu selkoruotsiksi: lyhyitä lauseita, tavallisia sanoja, yksi asia kerrallaan. Tavallinen ruotsinkielinen teksti näkyy jokaisen kentän yläpuolella. Tyhjennä kaikki kentät, jos haluat poistaa selkoruotsinkielisen version.
easy-edit-saved = Selkoruotsinkielinen versio on tallennettu.
easy-edit-back = Takaisin vuoropuheluun
easy-standard = Tavallinen ruotsi
easy-texts-legend = Tekstit selkoruotsiksi
easy-feedback-legend = Palaute selkoruotsiksi
easy-feedback-hint = Kirjoita se, kun palaute on julkaistu. Se näytetään selkoruotsinkielisellä sivulla tavallisen palautteen sijasta.
easy-save = Tallenna selkoruotsinkielinen versio
easy-state-written = Kirjoitettu
easy-questions-shared = Samat kuin ruotsiksi
