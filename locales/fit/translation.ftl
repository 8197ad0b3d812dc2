# Machine draft, not reviewed by a native speaker.
# Translators: the queue, the translation page, working translations of views, the draft notice
# for readers, and the languages' status in the accessibility statement.
# Meänkieli: follows the other fit files: "dialoogi", "mielipie" (plural "mielipitheet"),
# "työntekijä", "administraattori", "moderaattori", "luonnos" (utkast), "tarkastaa" (granska,
# also a native speaker's check, as in editor-text-reviewed), "säästää" (save), "eli" for "or";
# "översättning" is "käännös", "arbetsöversättning" (staff only, never published) "työkäännös".
# Check first: "työkäännös", "Ruottiksi" (translation-swedish), "kielele { $language }"
# (translation-page-title), "Alkutilanne" (version-action-baseline), "yliviivattu"/"alleviivattu".

role-translator = kääntäjä
staff-nav-translations = Käännökset

translation-queue-title = Käännökset
translation-your-languages = Sinun kielet
translation-no-languages = Sulla ei ole vielä kieliä joile sie käännät. Pyyä administraattoria lisäämhään sinun kielet.
translation-queue-dialogues = Dialoogit jokka oottava sinua
translation-queue-empty = Kaikki dialoogit oon käännetty ja tarkastettu sinun kielilä.
translation-queue-views = Mielipitheet jokka pittää kääntää
translation-views-intro = Moderaattori oon merkinny nämä mielipitheet. Kirjota työkäännös ruottiksi, niin moderaattori saattaa tarkastaa mielipitheen. Se näkyy vain työntekijöile.
translation-views-empty = Ei ole mielipitheitä sinun kielilä jokka oottava käännöstä.
# The three things a dialogue can need in a language.
translation-need-stale = Ruottinkielistä tekstiä oon muutettu sen jälkhiin ko käännös tehthiin
translation-need-missing = Käännös puuttuu
translation-need-draft = Luonnos, ei tarkastettu
translation-done-saved = Käännös oon säästetty.
translation-done-view = Työkäännös oon säästetty. Moderaattori näkee sen mielipitheen kans.

# $title is the dialogue's Swedish title, $language the language's own name.
# Meänkieli: the name is not inflected, so it follows "kielele" (into the language).
translation-page-title = Käännä ”{ $title }” kielele { $language }
translation-changes-heading = Tämä oon muuttunu ruottinkielisessä tekstissä
translation-changes-intro = Ruottinkielistä tekstiä oon muutettu sen jälkhiin ko käännös tehthiin. Poistetut sanat oon yliviivattu, uuet sanat alleviivattu.
# Read aloud by screen readers before a removed or added passage: "[poistettu: …]".
translation-diff-removed = poistettu
translation-diff-added = lisätty
# A label before the Swedish original of each field: "Ruottiksi: …".
translation-swedish = Ruottiksi
translation-reviewed-hint = Ruksaa ko tekstin oon lukenu joku jonka äitinkieli se oon. Sillon lukijat ei enämpi näe tietoa ette käännöstä ei ole tarkastettu.
translation-save = Säästä käännös
translation-back = Takasin käännöksiin

translation-view-current = Työkäännös ruottiksi (näkyy vain työntekijöile):
translation-view-add = Kirjota työkäännös
translation-view-label = Työkäännös ruottiksi (näkyy vain työntekijöile)
translation-view-submit = Säästä työkäännös
translation-error-view-text = Kirjota käännös (korkeinthaan 20 000 merkkiä).
staff-done-translated = Työkäännös oon säästetty.

# Shown to readers where a text in their language is a translation no one has checked.
translation-draft-notice = Tätä käännöstä ei ole vielä tarkastettu.
translation-draft-report = Ilmota huonosta käännöksestä

staff-admin-languages = Kielet joile käännethään
staff-admin-languages-hint = Koskee vain kääntäjiä.
staff-admin-change-languages = Muuta kieliä

version-action-translate = Käännetty
version-action-baseline = Alkutilanne ennen ensimäistä muutosta
audit-action-translate = Käänsi dialoogin
audit-action-view-translate = Käänsi mielipitheen (työkäännös)
audit-action-languages-change = Muutti kääntäjän kielet

a11y-translations-heading = Käännökset
a11y-translations-text = Webbipaikka oon seittemälä kielelä. Ruottinkielinen teksti oon alkuperäinen. Jos tekstiä sinun kielelä ei ole vielä tarkastanu joku jonka äitinkieli se oon, sivula lukkee niin. Jos käännös oon väärin eli vaikea ymmärtää, met halvama tietää sen: kirjota kontaktile joka oon alla, mikä sivu ja mikä lause se oon.
a11y-locales-caption = Webbipaikan kielet: tarkastettu vai ei
a11y-locales-language = Kieli
a11y-locales-status = Staattys
a11y-locales-when = Viimeksi muutettu
a11y-locale-source = Alkuperäinen
a11y-locale-drafted = Luonnos, ei tarkastettu
a11y-locale-reviewed = Tarkastettu

# Machine draft, not reviewed by a native speaker.
# Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor.
# The switch on the Swedish dialogue page, and back.
dialogue-easy-link = Lue selkoruottiksi
dialogue-easy-standard = Lue tavalisela ruottila
# $title is the dialogue's Swedish title.
easy-edit-title = Selkoruotti: { $title }
easy-edit-intro = Kirjota dialoogi selkoruottiksi: lyhyesti, tavalisila sanoila, yks asia kerrallaan. Tavalinen ruottinkielinen teksti näkyy joka kentän yläpuolela. Tyhjennä kaikki kentät, niin selkoruottinkielinen versio poistethaan.
easy-edit-saved = Selkoruottinkielinen versio oon säästetty.
easy-edit-back = Takasin dialoogiin
easy-standard = Tavalinen ruotti
easy-texts-legend = Tekstit selkoruottiksi
easy-feedback-legend = Palaute selkoruottiksi
easy-feedback-hint = Kirjota se ko palaute oon julkastu. Se näkyy selkoruottinkieliselä sivula tavalisen palautheen sijasta.
easy-save = Säästä selkoruottinkielinen versio
easy-state-written = Kirjotettu
easy-questions-shared = Samat ko ruottiksi
