//! Sources as numbered notes: a step's source ("001 Compact; 004
//! Commissioning") becomes a note number in the text and, at the end of
//! the report, the documents it names in full.

use super::body::CountyBody;
use super::next_steps::CountyStep;
use crate::domain::standards::StandardSet;

/// The report's notes, numbered from 1 in the order first cited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    cited: Vec<String>,
}

impl Notes {
    /// The note number for a source, given a new one if not yet cited.
    pub fn cite(&mut self, source: &str) -> usize {
        let source = source.trim();
        match self.cited.iter().position(|s| s == source) {
            Some(i) => i + 1,
            None => {
                self.cited.push(source.to_string());
                self.cited.len()
            }
        }
    }

    /// The number a source was given, if it was cited.
    pub fn number(&self, source: &str) -> Option<usize> {
        let source = source.trim();
        self.cited.iter().position(|s| s == source).map(|i| i + 1)
    }

    /// Each note in full, in number order.
    pub fn entries(&self, set: &StandardSet) -> Vec<String> {
        self.cited.iter().map(|s| in_full(s, set)).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.cited.is_empty()
    }
}

/// "001 Compact; 004 Commissioning" as "Hertfordshire Thriving Third
/// Sector report, …, February 2010: Compact. Thurrock: …: Commissioning."
pub fn in_full(source: &str, set: &StandardSet) -> String {
    source
        .split(';')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, rest) = part.split_once(' ').unwrap_or((part, ""));
            match set.sources.iter().find(|(k, _)| *k == key) {
                Some((_, document)) if rest.is_empty() => format!("{document}."),
                Some((_, document)) => format!("{document}: {rest}."),
                None => format!("{part}."),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The notes of the report: the recommendations' sources in the order
/// they are given, then the sources of the snapshots' quotations.
pub fn report_notes(steps: &[CountyStep], bodies: &[&CountyBody]) -> Notes {
    let mut notes = Notes::default();
    for step in steps {
        for group in &step.groups {
            for s in group.steps {
                notes.cite(s.source);
            }
        }
    }
    for b in bodies {
        for e in b.text_evidence {
            notes.cite(e.source);
        }
    }
    notes
}
