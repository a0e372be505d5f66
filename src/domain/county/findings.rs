//! The words of the Analysis: for each option, what a body that chose it
//! reports ("grants or other funding"), from `seeds/findings.json`
//! (constants made at build time by `tools/seeds.rs`).
//! Only the county view reads them, so only its binary carries them.

use crate::domain::ids::OptionRef;
use crate::domain::questionnaire::{AnswerOption, Questionnaire};
use crate::domain::seeds::lookup;

#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    /// Sorted by reference.
    pub(crate) findings: &'static [(OptionRef, &'static str)],
    /// For an option added since 2010, what the report itself found on the
    /// point, with its source. Sorted by reference.
    pub(crate) when_not_asked: &'static [(OptionRef, &'static str)],
}

impl Findings {
    pub fn bundled() -> &'static Findings {
        &crate::domain::seeds::FINDINGS
    }

    /// The finding for an option; its label where the data has none, which
    /// `problems` reports.
    pub fn of(&self, part: &str, option: &AnswerOption) -> &'static str {
        self.get(part, option.id).unwrap_or(option.label)
    }

    /// What the report found on an option it never asked, if it speaks to it.
    pub fn when_not_asked(&self, part: &str, option: &str) -> Option<&'static str> {
        lookup(self.when_not_asked, |r| {
            (r.part, r.option).cmp(&(part, option))
        })
    }

    fn get(&self, part: &str, option: &str) -> Option<&'static str> {
        lookup(self.findings, |r| (r.part, r.option).cmp(&(part, option)))
    }

    /// Options with no finding, findings for no option, and blank ones.
    pub fn problems(&self, q: &Questionnaire) -> Vec<String> {
        let mut problems = Vec::new();
        for question in q.questions {
            for part in question.parts {
                for option in part.options {
                    let r = OptionRef::new(part.id, option.id);
                    match self.get(part.id, option.id) {
                        None => problems.push(format!("findings: no finding for {r}")),
                        Some(f) if f.trim().is_empty() => {
                            problems.push(format!("findings: {r} is blank"))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        for (r, _) in self.when_not_asked {
            if !q.option(r).is_some_and(|(_, _, o)| o.added_since_2010()) {
                problems.push(format!("findings: {r} in when_not_asked was asked in 2010"));
            }
        }
        for (r, _) in self.findings {
            if q.option(r).is_none() {
                problems.push(format!("findings: {r} is not an option"));
            }
        }
        problems
    }
}
