//! What the facilitator reads from for each question (`seeds/facilitation.json`):
//! minutes, prompts for the room, what the report found, and the wording a
//! slide uses where the questionnaire's speaks of a form.

use super::super::questionnaire::{Part, Question};

#[derive(Debug, Clone, PartialEq)]
pub struct Prompts {
    pub question: &'static str,
    /// Suggested minutes of discussion.
    pub minutes: u32,
    /// Open questions to put to the room.
    pub ask: &'static [&'static str],
    /// What the report found, its words in quotation marks.
    pub found: Option<&'static str>,
    pub found_source: Option<&'static str>,
    /// The question as a slide words it, where that differs.
    pub slide_text: Option<&'static str>,
    /// Option ("part.option") and part labels as a slide words them.
    pub slide_labels: &'static [(&'static str, &'static str)],
}

impl Prompts {
    /// The prompts for a question; every question has them (a test says so).
    pub fn of(question: &str) -> Option<&'static Prompts> {
        super::super::seeds::FACILITATION
            .iter()
            .find(|p| p.question == question)
    }

    fn slide_label(&self, key: &str) -> Option<&'static str> {
        self.slide_labels
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
    }
}

/// The question's text on a slide.
pub fn slide_text(question: &Question) -> &'static str {
    Prompts::of(question.id)
        .and_then(|p| p.slide_text)
        .unwrap_or(question.text)
}

/// A part's label on a slide; none where it says no more than the question.
pub fn slide_part_label(question: &Question, part: &Part) -> Option<&'static str> {
    let label = Prompts::of(question.id)
        .and_then(|p| p.slide_label(part.id))
        .unwrap_or(part.label);
    (question.parts.len() > 1 || label != question.title).then_some(label)
}

/// An option's label on a slide.
pub fn slide_option_label(question: &Question, part: &Part, option: &str) -> &'static str {
    let key = format!("{}.{option}", part.id);
    Prompts::of(question.id)
        .and_then(|p| p.slide_label(&key))
        .or_else(|| part.option(option).map(|o| o.label))
        .unwrap_or_default()
}

/// How many of the 2010 respondents chose each option ("part.option",
/// sorted), counted from `seeds/peers.json` when the app is built.
#[derive(Debug)]
pub struct PeerCounts {
    pub peers: usize,
    pub chosen: &'static [(&'static str, usize)],
}

impl PeerCounts {
    pub fn bundled() -> &'static PeerCounts {
        &super::super::seeds::PEER_COUNTS
    }

    pub fn chosen(&self, part: &str, option: &str) -> usize {
        let key = format!("{part}.{option}");
        self.chosen
            .binary_search_by(|(k, _)| k.cmp(&key.as_str()))
            .map_or(0, |i| self.chosen[i].1)
    }
}

/// Hertfordshire's 2010 figure for the question: how many of the fifteen
/// respondents chose each of its three most common answers, from the
/// report's Appendix 1 tables and its text as `seeds/peers.json` encodes them.
pub fn figure_2010(question: &Question, counts: &PeerCounts) -> Option<String> {
    let total = counts.peers;
    let mut top: Vec<(usize, &'static str)> = question
        .parts
        .iter()
        .flat_map(|part| part.options.iter().map(move |o| (part, o)))
        .filter(|(_, o)| !o.added_since_2010())
        .map(|(part, o)| (counts.chosen(part.id, o.id), o.label))
        .filter(|(n, _)| *n > 0)
        .collect();
    if top.is_empty() || total == 0 {
        return None;
    }
    top.sort_by_key(|c| std::cmp::Reverse(c.0));
    let named: Vec<String> = top
        .iter()
        .take(3)
        .map(|(n, label)| format!("“{label}” {n}"))
        .collect();
    Some(format!(
        "In 2010, of the {total} Hertfordshire respondents: {}.",
        named.join("; ")
    ))
}
