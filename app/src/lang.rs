//! The portal's languages. Shared by server and browser: it holds codes and names only; the
//! translations themselves stay on the server (see `i18n`).

use serde::{Deserialize, Serialize};

/// A language the portal speaks. Swedish is the source language and the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Sv,
    Fi,
    Fit,
    Se,
    Smj,
    Sma,
    En,
}

impl Lang {
    /// Every language, in the order the language switcher lists them.
    pub const ALL: [Lang; 7] = [
        Lang::Sv,
        Lang::Fi,
        Lang::Fit,
        Lang::Se,
        Lang::Smj,
        Lang::Sma,
        Lang::En,
    ];

    /// The BCP 47 code, used in URLs (`/se/...`), `lang` attributes and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::Fi => "fi",
            Lang::Fit => "fit",
            Lang::Se => "se",
            Lang::Smj => "smj",
            Lang::Sma => "sma",
            Lang::En => "en",
        }
    }

    /// The language with this code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in the language itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Sv => "Svenska",
            Lang::Fi => "Suomi",
            Lang::Fit => "Meänkieli",
            Lang::Se => "Davvisámegiella",
            Lang::Smj => "Julevsámegiella",
            Lang::Sma => "Åarjelsaemien gïele",
            Lang::En => "English",
        }
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::from_code(&code).ok_or_else(|| serde::de::Error::custom("unknown language"))
    }
}

/// The best language for an `Accept-Language` header value, if any matches. Weights are
/// respected; a regional tag (`fi-FI`) matches its language; North Sami's old code `sme`
/// matches `se`.
pub fn negotiate(accept_language: &str) -> Option<Lang> {
    let mut candidates: Vec<(f32, usize, Lang)> = Vec::new();
    for (position, part) in accept_language.split(',').enumerate() {
        let mut pieces = part.trim().split(';');
        let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let weight = pieces
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        let lang = match primary {
            "sme" => Some(Lang::Se),
            "nb" | "no" | "nn" | "da" => None,
            other => Lang::from_code(other),
        };
        if let Some(lang) = lang {
            if weight > 0.0 {
                candidates.push((weight, position, lang));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    candidates.first().map(|c| c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn accept_language_picks_the_highest_weight_we_speak() {
        assert_eq!(negotiate("de-DE, fi;q=0.8, en;q=0.9"), Some(Lang::En));
        assert_eq!(negotiate("fi-FI"), Some(Lang::Fi));
        assert_eq!(negotiate("sme, sv;q=0.5"), Some(Lang::Se));
        assert_eq!(negotiate("de, fr"), None);
        assert_eq!(negotiate("en;q=0, sv;q=0.1"), Some(Lang::Sv));
        assert_eq!(negotiate(""), None);
    }
}
