//! The thirteen items of recommended minimum support, with the rules that
//! score them, loaded from `seeds/standards.json`.

use super::answers::Answers;
use super::questionnaire::Questionnaire;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StandardSet {
    pub source: String,
    /// Short source key ("001") to the document it names.
    pub sources: BTreeMap<String, String>,
    pub standards: Vec<Standard>,
    /// Options that feed no standard, with the reason: "q1.premises" to why.
    pub context_only: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Standard {
    pub id: String,
    pub title: String,
    /// For chart axes, where space is short.
    pub short_title: String,
    pub meaning: String,
    pub source: String,
    /// NI7's key driver: shown and acted on first.
    #[serde(default)]
    pub key_driver: bool,
    pub met: Rule,
    pub partly: Rule,
    /// The rules in plain English, shown to the user.
    pub met_when: String,
    pub partly_when: String,
    #[serde(default)]
    pub context: Option<String>,
    pub next_steps: NextSteps,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NextSteps {
    pub not_met: Vec<NextStep>,
    pub partly_met: Vec<NextStep>,
    pub met: Vec<NextStep>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NextStep {
    pub text: String,
    pub source: String,
}

/// A condition on the answers. In JSON: `{"option": "q2.lsp"}`,
/// `{"text": "q10_role"}`, `{"any": [...]}`, `{"all": [...]}`,
/// `{"at_least": {"count": 2, "of": [...]}}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// "part.option" is selected.
    Option(String),
    /// The field has non-blank text.
    Text(String),
    Any(Vec<Rule>),
    All(Vec<Rule>),
    AtLeast {
        count: usize,
        of: Vec<Rule>,
    },
}

impl Rule {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Rule::Option(r) => {
                let (part, option) = split_option(r);
                answers.is_selected(part, option)
            }
            Rule::Text(field) => answers.text(field).is_some(),
            Rule::Any(rules) => rules.iter().any(|r| r.holds(answers)),
            Rule::All(rules) => rules.iter().all(|r| r.holds(answers)),
            Rule::AtLeast { count, of } => of.iter().filter(|r| r.holds(answers)).count() >= *count,
        }
    }

    /// The option and field references in the rule, in order.
    pub fn references(&self) -> Vec<&Rule> {
        match self {
            Rule::Option(_) | Rule::Text(_) => vec![self],
            Rule::Any(rules) | Rule::All(rules) | Rule::AtLeast { of: rules, .. } => {
                rules.iter().flat_map(Rule::references).collect()
            }
        }
    }
}

/// Splits "part.option"; a reference without a dot names no option.
pub fn split_option(reference: &str) -> (&str, &str) {
    reference.split_once('.').unwrap_or((reference, ""))
}

impl Standard {
    /// Every option or field reference of both rules, without repeats.
    pub fn references(&self) -> Vec<&Rule> {
        let mut seen = HashSet::new();
        self.met
            .references()
            .into_iter()
            .chain(self.partly.references())
            .filter(|r| seen.insert(*r))
            .collect()
    }
}

impl StandardSet {
    /// The standards shipped in `seeds/standards.json`, parsed once.
    pub fn bundled() -> &'static StandardSet {
        static CELL: OnceLock<StandardSet> = OnceLock::new();
        super::seed(
            &CELL,
            include_str!("../../seeds/standards.json"),
            "standards.json",
        )
    }

    pub fn standard(&self, id: &str) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    /// Every reference that names no option or field of the questionnaire,
    /// every standard without next steps, every unknown source key.
    pub fn problems(&self, q: &Questionnaire) -> Vec<String> {
        let mut problems = Vec::new();
        let mut ids = HashSet::new();
        for s in &self.standards {
            if !ids.insert(s.id.as_str()) {
                problems.push(format!("standard {} is repeated", s.id));
            }
            for r in s.references() {
                match r {
                    Rule::Option(reference) => {
                        let (part, option) = split_option(reference);
                        if q.part(part).and_then(|(_, p)| p.option(option)).is_none() {
                            problems.push(format!("{}: no option {reference}", s.id));
                        }
                    }
                    Rule::Text(field) if q.field(field).is_none() => {
                        problems.push(format!("{}: no field {field}", s.id));
                    }
                    _ => {}
                }
            }
            let steps = &s.next_steps;
            for (status, list) in [
                ("not met", &steps.not_met),
                ("partly met", &steps.partly_met),
                ("met", &steps.met),
            ] {
                if list.is_empty() {
                    problems.push(format!("{}: no next step when {status}", s.id));
                }
                for step in list {
                    let known = step
                        .source
                        .split(|c: char| !c.is_ascii_digit())
                        .filter(|k| k.len() == 3)
                        .any(|k| self.sources.contains_key(k));
                    if !known || step.text.trim().is_empty() {
                        problems.push(format!("{}: step without a known source", s.id));
                    }
                }
            }
        }
        problems
    }
}
