//! Scores answers against the standards and explains each verdict.

use super::answers::Answers;
use super::questionnaire::Questionnaire;
use super::standards::{split_option, NextStep, Rule, Standard, StandardSet};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotAnswered,
    NotMet,
    PartlyMet,
    Met,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotAnswered => "Not yet answered",
            Status::NotMet => "Not met",
            Status::PartlyMet => "Partly met",
            Status::Met => "Met",
        }
    }

    /// Points towards the overall figure: met 2, partly met 1.
    pub fn points(self) -> u32 {
        match self {
            Status::Met => 2,
            Status::PartlyMet => 1,
            Status::NotMet | Status::NotAnswered => 0,
        }
    }

    pub fn css_class(self) -> &'static str {
        match self {
            Status::NotAnswered => "not-answered",
            Status::NotMet => "not-met",
            Status::PartlyMet => "partly-met",
            Status::Met => "met",
        }
    }
}

/// One answer that the rule looked at and found given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// "Question 2".
    pub question: String,
    /// The option's label, or the field's label and text.
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardScore {
    #[serde(rename = "standard")]
    pub standard_id: String,
    pub status: Status,
    pub evidence: Vec<Evidence>,
}

impl StandardScore {
    pub fn standard<'a>(&self, set: &'a StandardSet) -> &'a Standard {
        set.standard(&self.standard_id)
            .expect("scores are made from this set")
    }

    /// Why the status is what it is, and what it takes to rise a level.
    pub fn explanation(&self, standard: &Standard) -> String {
        match self.status {
            Status::Met => format!("Met because {}.", standard.met_when),
            Status::PartlyMet => format!(
                "Partly met because {}. To meet it: {}.",
                standard.partly_when, standard.met_when
            ),
            Status::NotMet => format!(
                "Not met: none of the answers so far show this. Partly met needs {}; met needs {}.",
                standard.partly_when, standard.met_when
            ),
            Status::NotAnswered => format!(
                "The questions that evidence this have not been answered yet. Met needs {}.",
                standard.met_when
            ),
        }
    }

    pub fn next_steps<'a>(&self, standard: &'a Standard) -> &'a [NextStep] {
        match self.status {
            Status::Met => &standard.next_steps.met,
            Status::PartlyMet => &standard.next_steps.partly_met,
            Status::NotMet | Status::NotAnswered => &standard.next_steps.not_met,
        }
    }
}

/// Scores one standard. Not yet answered when no question it draws on has
/// any answer; otherwise the highest level whose rule holds.
pub fn score_standard(standard: &Standard, q: &Questionnaire, answers: &Answers) -> StandardScore {
    let references = standard.references();
    let answered = references.iter().any(|r| match r {
        Rule::Option(reference) => answers.part_answered(split_option(reference).0),
        Rule::Text(field) => {
            answers.text(field).is_some()
                || q.field(field).is_some_and(|(question, _)| {
                    question.parts.iter().any(|p| answers.part_answered(&p.id))
                })
        }
        _ => false,
    });
    let status = if !answered {
        Status::NotAnswered
    } else if standard.met.holds(answers) {
        Status::Met
    } else if standard.partly.holds(answers) {
        Status::PartlyMet
    } else {
        Status::NotMet
    };
    let evidence = references
        .iter()
        .filter(|r| r.holds(answers))
        .filter_map(|r| evidence_for(r, q, answers))
        .collect();
    StandardScore {
        standard_id: standard.id.clone(),
        status,
        evidence,
    }
}

fn evidence_for(rule: &Rule, q: &Questionnaire, answers: &Answers) -> Option<Evidence> {
    match rule {
        Rule::Option(reference) => {
            let (part_id, option_id) = split_option(reference);
            let (question, part) = q.part(part_id)?;
            Some(Evidence {
                question: question.label(),
                answer: part.option(option_id)?.label.clone(),
            })
        }
        Rule::Text(field_id) => {
            let (question, field) = q.field(field_id)?;
            Some(Evidence {
                question: question.label(),
                answer: format!("{}: {}", field.label, answers.text(field_id)?),
            })
        }
        _ => None,
    }
}

/// Scores every standard, in the set's order (the key driver first).
pub fn score_all(set: &StandardSet, q: &Questionnaire, answers: &Answers) -> Vec<StandardScore> {
    set.standards
        .iter()
        .map(|s| score_standard(s, q, answers))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    pub met: usize,
    pub partly_met: usize,
    pub not_met: usize,
    pub not_answered: usize,
    /// Points (met 2, partly 1) as a whole percentage of the maximum.
    pub percent: u32,
}

impl Summary {
    pub fn of(scores: &[StandardScore]) -> Summary {
        let count = |s: Status| scores.iter().filter(|x| x.status == s).count();
        let points: u32 = scores.iter().map(|s| s.status.points()).sum();
        let max = 2 * scores.len() as u32;
        Summary {
            met: count(Status::Met),
            partly_met: count(Status::PartlyMet),
            not_met: count(Status::NotMet),
            not_answered: count(Status::NotAnswered),
            percent: (points * 100 + max / 2).checked_div(max).unwrap_or(0),
        }
    }
}

/// What the overall percentage means, stated wherever it is shown.
pub const PERCENT_DEFINITION: &str =
    "Each standard met counts 2 points and each partly met 1; the figure is the points as a share of the 26 possible.";
