//! The thirteen items of recommended minimum support, with the rules that
//! score them, from `seeds/standards.json` (constants made at build time).

use super::answers::Answers;
use super::ids::{OptionRef, StandardId};
use super::questionnaire::Questionnaire;
use super::scoring::quoted_list;
use super::seeds::lookup;
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
pub struct StandardSet {
    pub source: &'static str,
    /// Short source key ("001") to the document it names.
    pub sources: &'static [(&'static str, &'static str)],
    pub standards: &'static [Standard],
}

/// What a standard means and why its rule reads as it does: shown on the
/// officer's pages only, so kept apart from the rules (and out of the
/// county pages' download).
#[derive(Debug, Clone, PartialEq)]
pub struct StandardNotes {
    pub id: StandardId,
    pub meaning: &'static str,
    /// Why the rule reads as it does, traced to the report: shown to the user.
    pub reason: &'static str,
    pub context: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ni7Context {
    pub paragraphs: &'static [&'static str],
    pub source: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Standard {
    pub id: StandardId,
    pub title: &'static str,
    /// For chart axes, where space is short.
    pub short_title: &'static str,
    pub source: &'static str,
    /// NI7's key driver: shown and acted on first.
    pub key_driver: bool,
    /// Current practice only: no plan may appear here.
    pub met: Rule,
    /// Current practice only; absent where only a plan can lift Not met.
    pub partly: Option<Rule>,
    /// Plans that lift Not met to Partly met, and no further.
    pub planned: Option<Rule>,
    /// The rules in plain English, shown to the user.
    pub met_when: &'static str,
    /// Met also on the sector's own responses, however the body answered.
    pub met_by_sector: Option<SectorRule>,
    /// Empty where there is no partly met rule.
    pub partly_when: &'static str,
    pub planned_when: Option<&'static str>,
    pub next_steps: NextSteps,
}

/// Enough responses from the sector to the body's invitation evidence the
/// standard: they show the body asked. They meet it only where the
/// sector's answers to the standard's own item say mostly yes; else they
/// lift it to partly met.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectorRule {
    pub responses: usize,
    /// The rule in plain English, after "or".
    pub when: &'static str,
    /// Why the responses alone lift it only to partly met.
    pub partly_when: &'static str,
    /// Why it is partly met where the body's own answers meet it and the
    /// sector's answers to its item say mostly no.
    pub denied_when: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NextSteps {
    pub not_met: &'static [NextStep],
    pub partly_met: &'static [NextStep],
    pub met: &'static [NextStep],
}

#[derive(Debug, Clone, PartialEq)]
pub struct NextStep {
    pub text: &'static str,
    pub source: &'static str,
}

/// A condition on the answers. In JSON: `{"option": "q2.lsp"}`,
/// `{"text": "q10_role"}`, `{"any": [...]}`, `{"all": [...]}`,
/// `{"at_least": {"count": 2, "of": [...]}}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The option is selected.
    Option(OptionRef),
    /// The field has non-blank text.
    Text(&'static str),
    Any(&'static [Rule]),
    All(&'static [Rule]),
    AtLeast {
        count: usize,
        of: &'static [Rule],
    },
}

impl Rule {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Rule::Option(r) => answers.is_selected(r.part, r.option),
            Rule::Text(field) => answers.text(field).is_some(),
            Rule::Any(rules) => rules.iter().any(|r| r.holds(answers)),
            Rule::All(rules) => rules.iter().all(|r| r.holds(answers)),
            Rule::AtLeast { count, of } => of.iter().filter(|r| r.holds(answers)).count() >= *count,
        }
    }

    /// Whether the questions the rule reads have been answered, so that it
    /// can tell "not met" from "not yet answered". A condition of several
    /// parts ("all") is answered only when each of them is: answering the
    /// Compact question does not answer the strategy question.
    pub fn answered(&self, q: &Questionnaire, answers: &Answers) -> bool {
        match self {
            Rule::Option(r) => answers.part_answered(r.part),
            Rule::Text(field) => {
                answers.text(field).is_some()
                    || q.field(field).is_some_and(|(question, _)| {
                        question.parts.iter().any(|p| answers.part_answered(p.id))
                    })
            }
            Rule::Any(rules) | Rule::AtLeast { of: rules, .. } => {
                rules.iter().any(|r| r.answered(q, answers))
            }
            Rule::All(rules) => rules.iter().all(|r| r.answered(q, answers)),
        }
    }

    /// Whether the rule can hold only with a plan among what holds it.
    pub fn needs_plan(&self, q: &Questionnaire) -> bool {
        match self {
            Rule::Option(r) => q.is_plan(r),
            Rule::Text(_) => false,
            Rule::Any(rules) => rules.iter().all(|r| r.needs_plan(q)),
            // Holds without a plan if enough of it can.
            Rule::AtLeast { count, of } => of.iter().filter(|r| !r.needs_plan(q)).count() < *count,
            Rule::All(rules) => rules.iter().any(|r| r.needs_plan(q)),
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

impl Standard {
    /// When it is met, every way: the answers' rule, and the sector's.
    pub fn met_when_in_full(&self) -> String {
        match &self.met_by_sector {
            Some(s) => format!("{}, or {}", self.met_when, s.when),
            None => self.met_when.to_string(),
        }
    }

    /// What it means, and the reason for its rule.
    pub fn notes(&self) -> &'static StandardNotes {
        super::seeds::STANDARD_NOTES
            .iter()
            .find(|n| n.id == self.id)
            .expect("the notes are written from the same list")
    }

    /// Every option or field reference of every rule, without repeats.
    pub fn references(&self) -> Vec<&Rule> {
        let mut seen = HashSet::new();
        self.practice_references()
            .into_iter()
            .chain(self.planned.iter().flat_map(Rule::references))
            .filter(|r| seen.insert(*r))
            .collect()
    }

    /// The references of the met and partly met rules: current practice.
    pub fn practice_references(&self) -> Vec<&Rule> {
        self.met
            .references()
            .into_iter()
            .chain(self.partly.iter().flat_map(Rule::references))
            .collect()
    }

    /// Where this standard reads options the 2010 questionnaire never asked,
    /// the 2010 figure rests on fewer questions: says which.
    pub fn fewer_questions_in_2010(&self, q: &Questionnaire) -> Option<String> {
        let added = self.options_added_since_2010(q);
        (!added.is_empty()).then(|| {
            format!(
                "The 2010 figure rests on fewer questions: the 2010 respondents were never asked {} (added since), so it shows only what the report states outright.",
                quoted_list(&added)
            )
        })
    }

    /// Options added to the 2010 questionnaire that this standard reads:
    /// the 2010 respondents were never asked them.
    pub fn options_added_since_2010<'q>(&self, q: &'q Questionnaire) -> Vec<&'q str> {
        self.references()
            .into_iter()
            .filter_map(|r| match r {
                Rule::Option(r) => q.option(r).filter(|(_, _, o)| o.added_since_2010()),
                _ => None,
            })
            .map(|(_, _, o)| o.label)
            .collect()
    }
}

impl StandardSet {
    /// The standards shipped in `seeds/standards.json`.
    pub fn bundled() -> &'static StandardSet {
        &super::seeds::STANDARDS
    }

    /// Why an option feeds no standard, if the data says it does not.
    pub fn context_reason(&self, option: &OptionRef) -> Option<&'static str> {
        lookup(super::seeds::CONTEXT_ONLY, |r| r.cmp(option))
    }

    /// What NI7 measured and why influence leads, shown with the results.
    pub fn ni7(&self) -> &'static Ni7Context {
        &super::seeds::NI7
    }

    pub fn standard(&self, id: impl AsRef<str>) -> Option<&Standard> {
        let id = id.as_ref();
        self.standards.iter().find(|s| s.id == id)
    }

    /// Every reference that names no option or field of the questionnaire,
    /// every plan that could meet a standard, every standard without next
    /// steps or reason, every unknown source key.
    pub fn problems(&self, q: &Questionnaire) -> Vec<String> {
        self.problems_given(q, super::seeds::STANDARD_NOTES, super::seeds::CONTEXT_ONLY)
    }

    /// The same, with these notes and options that feed no standard.
    pub fn problems_given(
        &self,
        q: &Questionnaire,
        notes: &[StandardNotes],
        context_only: &[(OptionRef, &'static str)],
    ) -> Vec<String> {
        let mut problems = Vec::new();
        let mut ids = HashSet::new();
        for s in self.standards {
            if !ids.insert(s.id.as_str()) {
                problems.push(format!("standard {} is repeated", s.id));
            }
            for r in s.references() {
                match r {
                    Rule::Option(reference) if q.option(reference).is_none() => {
                        problems.push(format!("{}: no option {reference}", s.id));
                    }
                    Rule::Text(field) if q.field(field).is_none() => {
                        problems.push(format!("{}: no field {field}", s.id));
                    }
                    _ => {}
                }
            }
            // Plans are not practice: they may only lift Not met to Partly met.
            for r in s.practice_references() {
                if let Rule::Option(reference) = r {
                    if q.is_plan(reference) {
                        problems.push(format!("{}: the plan {reference} could meet it", s.id));
                    }
                }
            }
            // A planned rule may read current practice only as a condition
            // beside a plan ("we use our Compact instead", where there is one).
            if s.planned.as_ref().is_some_and(|r| !r.needs_plan(q)) {
                problems.push(format!(
                    "{}: the planned rule can hold without a plan",
                    s.id
                ));
            }
            if s.planned.is_some() != s.planned_when.is_some() {
                problems.push(format!("{}: a planned rule needs its words", s.id));
            }
            if s.partly.is_some() == s.partly_when.trim().is_empty() {
                problems.push(format!("{}: a partly met rule needs its words", s.id));
            }
            let steps = &s.next_steps;
            let reason = notes.iter().find(|n| n.id == s.id).map_or("", |n| n.reason);
            if reason.trim().is_empty() {
                problems.push(format!("{}: no reason given for the rule", s.id));
            }
            for (status, list) in [
                ("not met", steps.not_met),
                ("partly met", steps.partly_met),
                ("met", steps.met),
            ] {
                // A standard with nothing between met and not met never
                // shows partly met steps, so it must have none.
                let reachable = status != "partly met" || s.partly.is_some() || s.planned.is_some();
                if list.is_empty() == reachable {
                    let what = if reachable {
                        "no next step"
                    } else {
                        "unreachable steps"
                    };
                    problems.push(format!("{}: {what} when {status}", s.id));
                }
                for step in list {
                    let known = step
                        .source
                        .split(|c: char| !c.is_ascii_digit())
                        .filter(|k| k.len() == 3)
                        .any(|k| lookup(self.sources, |s| s.cmp(&k)).is_some());
                    if !known || step.text.trim().is_empty() {
                        problems.push(format!("{}: step without a known source", s.id));
                    }
                }
            }
        }
        problems.extend(self.context_problems(q, context_only));
        problems
    }

    /// Every option must feed a standard or say, in `context_only`, why not.
    fn context_problems(
        &self,
        q: &Questionnaire,
        context_only: &[(OptionRef, &'static str)],
    ) -> Vec<String> {
        let used: HashSet<&OptionRef> = self
            .standards
            .iter()
            .flat_map(Standard::references)
            .filter_map(|r| match r {
                Rule::Option(reference) => Some(reference),
                _ => None,
            })
            .collect();
        let mut problems = Vec::new();
        for question in q.questions {
            for part in question.parts {
                for option in part.options {
                    let r = OptionRef::new(part.id, option.id);
                    let reason = lookup(context_only, |c| c.cmp(&r));
                    match (used.contains(&r), reason) {
                        (true, Some(_)) => {
                            problems.push(format!("{r} feeds a standard and is context only"))
                        }
                        (false, None) => {
                            problems.push(format!("{r} feeds no standard and gives no reason"))
                        }
                        (false, Some(why)) if why.trim().is_empty() => {
                            problems.push(format!("{r} gives an empty reason"))
                        }
                        _ => {}
                    }
                }
            }
        }
        for (r, _) in context_only {
            if q.option(r).is_none() {
                problems.push(format!("context_only names no option {r}"));
            }
        }
        problems
    }
}
