//! The words of the Analysis: for each option, what a body that chose it
//! reports ("grants or other funding"), loaded from `seeds/findings.json`.
//! Only the county view reads them, so only its binary carries them.

use crate::domain::ids::OptionRef;
use crate::domain::questionnaire::Questionnaire;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Findings {
    findings: BTreeMap<OptionRef, String>,
}

impl Findings {
    pub fn bundled() -> &'static Findings {
        static CELL: OnceLock<Findings> = OnceLock::new();
        crate::domain::seed(
            &CELL,
            include_str!("../../../seeds/findings.json"),
            "findings.json",
        )
    }

    /// The finding for an option; its label where the data has none, which
    /// `problems` reports.
    pub fn of<'a>(
        &'a self,
        part: &str,
        option: &'a crate::domain::questionnaire::AnswerOption,
    ) -> &'a str {
        self.findings
            .get(&OptionRef::new(part, option.id.as_str()))
            .map_or(option.label.as_str(), String::as_str)
    }

    /// Options with no finding, findings for no option, and blank ones.
    pub fn problems(&self, q: &Questionnaire) -> Vec<String> {
        let mut problems = Vec::new();
        for question in &q.questions {
            for part in &question.parts {
                for option in &part.options {
                    let r = OptionRef::new(part.id.as_str(), option.id.as_str());
                    match self.findings.get(&r) {
                        None => problems.push(format!("findings: no finding for {r}")),
                        Some(f) if f.trim().is_empty() => {
                            problems.push(format!("findings: {r} is blank"))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        for r in self.findings.keys() {
            if q.option(r).is_none() {
                problems.push(format!("findings: {r} is not an option"));
            }
        }
        problems
    }
}
