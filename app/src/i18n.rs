//! Interface translations with Fluent, rendered on the server only: the browser bundle carries
//! no translations, and islands receive the few strings they need as props.
//!
//! Messages live in `locales/<code>/<area>.ftl` and are compiled into the binary, so a missing
//! file is a build error, not a runtime surprise.

use std::{collections::HashMap, sync::Arc};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;

use crate::lang::Lang;

/// The `.ftl` files every locale has, in load order.
pub const AREAS: [&str; 13] = [
    "common",
    "dialogue",
    "form",
    "pages",
    "staff",
    "editor",
    "moderation",
    "feedback",
    "mail",
    "report",
    "translation",
    "outreach",
    "budget",
];

/// Every area's file of one locale, in [`AREAS`] order, compiled in.
macro_rules! locale_files {
    ($code:literal) => {
        locale_files!($code; "common", "dialogue", "form", "pages", "staff", "editor", "moderation", "feedback", "mail", "report", "translation", "outreach", "budget")
    };
    ($code:literal; $($area:literal),+) => {
        [$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $code, "/", $area, ".ftl"))),+]
    };
}

/// The source text of each locale's files, in [`AREAS`] order.
pub fn sources(lang: Lang) -> [&'static str; AREAS.len()] {
    match lang {
        Lang::Sv => locale_files!("sv"),
        Lang::Fi => locale_files!("fi"),
        Lang::Fit => locale_files!("fit"),
        Lang::Se => locale_files!("se"),
        Lang::Smj => locale_files!("smj"),
        Lang::Sma => locale_files!("sma"),
        Lang::En => locale_files!("en"),
    }
}

/// Why the translations could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("{lang}/{area}.ftl does not parse: {detail}")]
    Syntax {
        lang: &'static str,
        area: &'static str,
        detail: String,
    },
    #[error("{lang}/{area}.ftl defines a message twice: {detail}")]
    Duplicate {
        lang: &'static str,
        area: &'static str,
        detail: String,
    },
}

/// Every locale's Fluent bundle, loaded once at start and shared.
pub struct Translations {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl Translations {
    /// Parses every locale's files.
    ///
    /// # Errors
    /// The first file that does not parse, or defines a message twice.
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let langid = plural_locale(lang).parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            for (area, source) in AREAS.into_iter().zip(sources(lang)) {
                let resource =
                    FluentResource::try_new(source.to_string()).map_err(|(_, errs)| {
                        I18nError::Syntax {
                            lang: lang.code(),
                            area,
                            detail: format!("{errs:?}"),
                        }
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errs| I18nError::Duplicate {
                        lang: lang.code(),
                        area,
                        detail: format!("{errs:?}"),
                    })?;
            }
            bundles.insert(lang, bundle);
        }
        Ok(Translations { bundles })
    }

    /// Formats message `id` in `lang`, falling back to Swedish when the locale lacks it (the
    /// locale tests make that a test failure, so this is a last resort, logged).
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        for lang in [lang, Lang::Sv] {
            let Some(bundle) = self.bundles.get(&lang) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(lang = lang.code(), id, ?errors, "fluent formatting error");
                }
                return text.into_owned();
            }
            tracing::warn!(lang = lang.code(), id, "missing message");
        }
        id.to_string()
    }
}

/// The locale whose CLDR plural rules a language follows.
///
/// Meänkieli has no CLDR plural data. Like Finnish, it distinguishes one from everything else,
/// so it is given Finnish rules explicitly rather than whatever the library falls back to
/// (tested below).
fn plural_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Fit => "fi",
        other => other.code(),
    }
}

/// The translations in the language of the page being rendered. Pages get it with
/// [`use_i18n`].
#[derive(Clone)]
pub struct I18n {
    pub lang: Lang,
    translations: Arc<Translations>,
}

impl I18n {
    pub fn new(lang: Lang, translations: Arc<Translations>) -> Self {
        I18n { lang, translations }
    }

    /// Message `id`, without variables.
    pub fn t(&self, id: &str) -> String {
        self.translations.format(self.lang, id, None)
    }

    /// Message `id` with variables.
    pub fn t_with(&self, id: &str, vars: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in vars {
            args.set(*name, value.clone());
        }
        self.translations.format(self.lang, id, Some(&args))
    }

    /// Message `id` with `$count`, picking the locale's plural form.
    pub fn count(&self, id: &str, count: usize) -> String {
        self.t_with(id, &[("count", FluentValue::from(count))])
    }

    /// A date, written the locale's way (`common-date` with the month's name).
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = self.t(&format!("common-month-{}", date.month()));
        self.t_with(
            "common-date",
            &[
                ("day", FluentValue::from(date.day())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }

    /// The name of a closed-list value: `<prefix>-<code>`.
    pub fn label(&self, prefix: &str, code: &str) -> String {
        self.t(&format!("{prefix}-{code}"))
    }
}

/// The page's translations. Provided by the language layout of every page.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Removes Fluent's Unicode isolation marks, for comparing text in tests.
pub fn strip_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n(lang: Lang) -> I18n {
        I18n::new(
            lang,
            Arc::new(Translations::load().expect("translations load")),
        )
    }

    #[test]
    fn swedish_and_english_counts_use_their_plural_forms() {
        let sv = i18n(Lang::Sv);
        assert_eq!(
            strip_isolation(&sv.count("list-count", 1)),
            "En dialog hittades."
        );
        assert_eq!(
            strip_isolation(&sv.count("list-count", 3)),
            "3 dialoger hittades."
        );
        assert_eq!(
            strip_isolation(&sv.count("list-count", 0)),
            "Inga dialoger hittades."
        );
        let en = i18n(Lang::En);
        assert_ne!(en.count("list-count", 3), sv.count("list-count", 3));
    }

    #[test]
    fn north_sami_uses_the_dual_for_two() {
        let se = i18n(Lang::Se);
        let (one, two, three) = (
            se.count("list-count", 1),
            se.count("list-count", 2),
            se.count("list-count", 3),
        );
        assert_ne!(
            two,
            three.replace('3', "2"),
            "two must not use the plural form"
        );
        assert_ne!(one, two);
    }

    #[test]
    fn meankieli_plural_rules_are_one_and_other() {
        let fit = i18n(Lang::Fit);
        let one = fit.count("list-count", 1);
        let many = [2usize, 5, 21]
            .map(|n| strip_isolation(&fit.count("list-count", n)).replace(&n.to_string(), "N"));
        assert!(
            many.iter().all(|m| *m == many[0]),
            "2, 5 and 21 share one form: {many:?}"
        );
        assert_ne!(strip_isolation(&one).replace('1', "N"), many[0]);
    }

    #[test]
    fn dates_are_written_with_the_locales_month_names() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 5, 4).expect("date");
        assert_eq!(strip_isolation(&i18n(Lang::Sv).date(date)), "4 maj 2026");
    }

    #[test]
    fn a_missing_message_falls_back_to_its_id_rather_than_failing() {
        assert_eq!(i18n(Lang::Sv).t("no-such-message"), "no-such-message");
    }
}
