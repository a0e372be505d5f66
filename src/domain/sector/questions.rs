//! The questions the sector answers about one body: the NI7 question on
//! the national survey's scale, one item per standard, and who answered
//! by kind and size (never by name unless the invitation asks).

use crate::domain::ids::StandardId;
use crate::domain::scoring::StandardScore;
use crate::domain::standards::StandardSet;

#[derive(Debug, Clone, PartialEq)]
pub struct SectorQuestions {
    pub ni7: Ni7Question,
    /// Yes, partly, no, don't know: the answers to every item.
    pub answers: &'static [Choice],
    pub items: &'static [SectorItem],
    pub kinds: &'static [Choice],
    pub sizes: &'static [Choice],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ni7Question {
    /// As the national survey asked it, of the statutory bodies together.
    pub question: &'static str,
    /// The same, of the one body invited.
    pub asked_of_one_body: &'static str,
    pub options: &'static [Ni7Option],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ni7Option {
    pub id: &'static str,
    pub label: &'static str,
    /// Counts towards the NI7 score (very positive or positive).
    pub positive: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

/// One plain-words question from the sector's side, reflecting a standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectorItem {
    pub standard: StandardId,
    pub text: &'static str,
}

/// Where the questions come from (`seeds/sector.json`): a static of its
/// own, so that the sector's page, which never shows them, does not carry
/// them.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorSources {
    pub ni7: &'static str,
    /// One per item, in the items' order.
    pub items: &'static [&'static str],
}

impl SectorSources {
    pub fn bundled() -> &'static SectorSources {
        &crate::domain::seeds::SECTOR_SOURCES
    }
}

impl Ni7Option {
    /// On the national survey's five-point scale: "don't know" is beside
    /// it, no view either way.
    pub fn is_a_view(&self) -> bool {
        self.id != "dont_know"
    }
}

impl Ni7Question {
    /// Why a body's own figure is not NI7, in one sentence, from 001's
    /// account of how NI7 was measured.
    pub fn not_ni7(&self) -> &'static str {
        "This is not NI7 and cannot be compared with its figures: NI7 came from a national survey, in which 49,000 Third Sector organisations took part in autumn 2008, asking about the local statutory bodies in their area together; here a body invites organisations of its own choosing (and anyone with its link can answer) to say how it alone treats them."
    }
}

impl SectorItem {
    /// The body's own verdict on the standard this item reflects.
    pub fn own_score<'a>(&self, scores: &'a [StandardScore]) -> Option<&'a StandardScore> {
        scores.iter().find(|s| s.standard_id == self.standard)
    }
}

impl SectorQuestions {
    pub fn bundled() -> &'static SectorQuestions {
        &crate::domain::seeds::SECTOR
    }

    /// What is wrong with the questions against the standards: none when
    /// every standard has exactly one item, each a single question with
    /// its source, and the scales are those the response code can carry.
    pub fn problems(&self, set: &StandardSet) -> Vec<String> {
        let mut problems = Vec::new();
        for s in set.standards {
            let n = self.items.iter().filter(|i| i.standard == s.id).count();
            if n != 1 {
                problems.push(format!("standard {} has {n} sector items", s.id.as_str()));
            }
        }
        let sources = SectorSources::bundled();
        if sources.items.len() != self.items.len() || sources.ni7.trim().is_empty() {
            problems.push("every question has its source".into());
        }
        for (item, source) in self.items.iter().zip(sources.items) {
            if set.standard(item.standard).is_none() {
                problems.push(format!(
                    "item on unknown standard {}",
                    item.standard.as_str()
                ));
            }
            let questions = item.text.matches('?').count();
            if questions != 1 || !item.text.ends_with('?') {
                problems.push(format!(
                    "item {} is not one question",
                    item.standard.as_str()
                ));
            }
            if source.trim().is_empty() {
                problems.push(format!("item {} has no source", item.standard.as_str()));
            }
        }
        if self.answers.iter().map(|a| a.id).collect::<Vec<_>>()
            != ["yes", "partly", "no", "dont_know"]
        {
            problems
                .push("the answers must be yes, partly, no and don't know, in that order".into());
        }
        if self.ni7.options.len() != 6
            || self.ni7.options.iter().filter(|o| o.positive).count() != 2
        {
            problems.push("NI7 has five points and don't know, two of them positive".into());
        }
        if self.kinds.len() > 7 || self.sizes.len() > 7 {
            problems.push("a response code carries at most seven kinds and sizes".into());
        }
        problems
    }
}
