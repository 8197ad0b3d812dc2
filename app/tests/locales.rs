//! Checks every locale against the Swedish source: the same message ids, no variable the
//! Swedish does not pass, `[two]` in Sami plurals, and no message silently left in Swedish.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;

const LOCALES: [&str; 7] = ["sv", "fi", "fit", "se", "smj", "sma", "en"];
/// The files each locale has: the same list the portal loads.
use app::i18n::AREAS;
/// Locales whose plural categories are one / two / other.
const DUAL: [&str; 3] = ["se", "smj", "sma"];
/// The comment that marks a message as meant to be identical to the Swedish.
const SAME: &str = "intentionally-same";

struct Message {
    text: String,
    variables: BTreeSet<String>,
    /// For each select on a variable: its variant keys.
    selects: Vec<BTreeSet<String>>,
    intentionally_same: bool,
}

fn locale_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn load(lang: &str) -> BTreeMap<String, Message> {
    let mut messages = BTreeMap::new();
    for area in AREAS {
        let path = locale_dir().join(lang).join(format!("{area}.ftl"));
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{area}.ftl does not parse: {errors:?}"));
        for entry in resource.body {
            let (id, pattern, comment) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.comment),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.comment),
                _ => continue,
            };
            let Some(pattern) = pattern else { continue };
            let mut message = Message {
                text: String::new(),
                variables: BTreeSet::new(),
                selects: Vec::new(),
                intentionally_same: comment
                    .map(|c| c.content.iter().any(|l| l.contains(SAME)))
                    .unwrap_or(false),
            };
            walk(&pattern, &mut message);
            assert!(
                messages.insert(id.clone(), message).is_none(),
                "{lang}: {id} defined twice"
            );
        }
    }
    messages
}

fn walk(pattern: &ast::Pattern<&str>, message: &mut Message) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => message.text.push_str(value),
            PatternElement::Placeable { expression } => expression_of(expression, message),
        }
    }
}

fn expression_of(expression: &Expression<&str>, message: &mut Message) {
    match expression {
        Expression::Inline(inline) => inline_of(inline, message),
        Expression::Select { selector, variants } => {
            inline_of(selector, message);
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            message.selects.push(keys);
            for variant in variants {
                walk(&variant.value, message);
            }
        }
    }
}

fn inline_of(inline: &InlineExpression<&str>, message: &mut Message) {
    match inline {
        InlineExpression::VariableReference { id } => {
            message.variables.insert(id.name.to_string());
            message.text.push_str(&format!("{{${}}}", id.name));
        }
        InlineExpression::TermReference { id, .. } => {
            message.text.push_str(&format!("{{-{}}}", id.name))
        }
        InlineExpression::MessageReference { id, .. } => {
            message.text.push_str(&format!("{{{}}}", id.name))
        }
        InlineExpression::StringLiteral { value } => message.text.push_str(value),
        InlineExpression::NumberLiteral { value } => message.text.push_str(value),
        InlineExpression::Placeable { expression } => expression_of(expression, message),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_of(arg, message);
            }
        }
    }
}

#[test]
fn every_locale_has_exactly_the_swedish_message_ids() {
    let sv = load("sv");
    for lang in LOCALES {
        let messages = load(lang);
        let missing: Vec<_> = sv.keys().filter(|id| !messages.contains_key(*id)).collect();
        let extra: Vec<_> = messages.keys().filter(|id| !sv.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids Swedish lacks: {extra:?}");
    }
}

#[test]
fn translations_use_only_variables_the_swedish_message_passes() {
    let sv = load("sv");
    for lang in LOCALES {
        for (id, message) in load(lang) {
            let Some(source) = sv.get(&id) else { continue };
            let unknown: Vec<_> = message.variables.difference(&source.variables).collect();
            assert!(
                unknown.is_empty(),
                "{lang} {id} uses {unknown:?}, which Swedish does not pass"
            );
        }
    }
}

#[test]
fn sami_plurals_have_a_dual() {
    for lang in DUAL {
        for (id, message) in load(lang) {
            for keys in &message.selects {
                if keys.contains("one") || keys.contains("other") {
                    assert!(
                        keys.contains("two"),
                        "{lang} {id} has no [two] variant: {keys:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn no_message_is_left_in_swedish_unless_marked() {
    let sv = load("sv");
    for lang in LOCALES.into_iter().filter(|l| *l != "sv") {
        let same: Vec<_> = load(lang)
            .into_iter()
            .filter(|(id, m)| !m.intentionally_same && sv.get(id).is_some_and(|s| s.text == m.text))
            .map(|(id, _)| id)
            .collect();
        assert!(
            same.is_empty(),
            "{lang}: identical to Swedish without `# {SAME}`: {same:?}"
        );
    }
}

/// One concept of `locales/glossary.toml`.
#[derive(serde::Deserialize)]
struct Concept {
    /// Words a locale must not use, any inflection (matched as a stem, ignoring case).
    #[serde(default)]
    avoid: BTreeMap<String, Vec<String>>,
    /// Messages that name the concept and must use the approved stem.
    #[serde(default, rename = "in")]
    required: BTreeMap<String, Required>,
    /// The approved term per language.
    #[serde(flatten)]
    terms: BTreeMap<String, toml::Value>,
}

#[derive(serde::Deserialize)]
struct Required {
    stem: String,
    messages: Vec<String>,
}

fn glossary() -> BTreeMap<String, Concept> {
    let path = locale_dir().join("glossary.toml");
    let text = std::fs::read_to_string(&path).expect("locales/glossary.toml");
    toml::from_str(&text).expect("the glossary parses")
}

#[test]
fn every_locale_uses_the_glossarys_terms() {
    let glossary = glossary();
    assert!(
        glossary.contains_key("dialogue"),
        "the glossary names the portal's concepts"
    );
    let mut drift = Vec::new();
    for lang in LOCALES {
        let messages = load(lang);
        for (name, concept) in &glossary {
            assert!(
                concept.terms.contains_key("sv"),
                "{name}: every concept has its Swedish term"
            );
            for word in concept.avoid.get(lang).into_iter().flatten() {
                let word = word.to_lowercase();
                for (id, message) in &messages {
                    if message.text.to_lowercase().contains(&word) {
                        drift.push(format!(
                            "{lang}/{id}: \"{word}\" ({name}): {}",
                            message.text
                        ));
                    }
                }
            }
            if let Some(required) = concept.required.get(lang) {
                for id in &required.messages {
                    let text = &messages
                        .get(id)
                        .unwrap_or_else(|| {
                            panic!("{lang}: glossary names {id}, which does not exist")
                        })
                        .text;
                    if !text.to_lowercase().contains(&required.stem.to_lowercase()) {
                        drift.push(format!(
                            "{lang}/{id}: lacks \"{}\" ({name}): {text}",
                            required.stem
                        ));
                    }
                }
            }
        }
    }
    assert!(
        drift.is_empty(),
        "terms the glossary forbids or requires:\n{}",
        drift.join("\n")
    );
}
