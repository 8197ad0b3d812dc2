//! What changed in a Swedish text, word by word, for the translator who must follow it.

use similar::{ChangeTag, TextDiff};

/// One run of words in a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// The words of `new` against those of `old`, with removed and added runs joined up.
pub fn words(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::from_words(old, new);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (change.tag(), pieces.last_mut()) {
            (ChangeTag::Equal, Some(Piece::Same(run)))
            | (ChangeTag::Delete, Some(Piece::Removed(run)))
            | (ChangeTag::Insert, Some(Piece::Added(run))) => run.push_str(text),
            (ChangeTag::Equal, _) => pieces.push(Piece::Same(text.to_string())),
            (ChangeTag::Delete, _) => pieces.push(Piece::Removed(text.to_string())),
            (ChangeTag::Insert, _) => pieces.push(Piece::Added(text.to_string())),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_is_removed_and_added_and_the_rest_kept() {
        assert_eq!(
            words("Lekplatsen byggs i maj.", "Lekplatsen byggs i juni."),
            vec![
                Piece::Same("Lekplatsen byggs i ".into()),
                Piece::Removed("maj.".into()),
                Piece::Added("juni.".into()),
            ]
        );
    }

    #[test]
    fn the_same_text_has_no_change() {
        assert!(words("Samma text.", "Samma text.")
            .iter()
            .all(|p| matches!(p, Piece::Same(_))));
    }
}
