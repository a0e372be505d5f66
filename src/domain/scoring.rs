//! Scores answers against the standards and explains each verdict.

use super::answers::Answers;
use super::county::counted;
use super::ids::StandardId;
use super::questionnaire::Questionnaire;
use super::standards::{NextStep, Rule, Standard, StandardSet};
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
    /// A future plan, not current practice.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub plan: bool,
    /// Free text the user wrote: kept off the wall while projecting.
    #[serde(skip)]
    pub written: bool,
    /// What was asked, where a bare "Yes" needs it: a single-choice part's
    /// label (a multiple-choice part's label is an instruction); empty else.
    #[serde(skip)]
    pub asked: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardScore {
    #[serde(rename = "standard")]
    pub standard_id: StandardId,
    pub status: Status,
    /// Partly met on the strength of plans alone.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
    pub evidence: Vec<Evidence>,
    /// Options this standard reads that were added to the questionnaire
    /// after the version the record was answered in: never asked of it, so
    /// the verdict rests on fewer questions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_asked: Vec<&'static str>,
    /// The sector's responses that met it (their evidence line says so in
    /// the export).
    #[serde(skip)]
    pub sector: Option<SectorEvidence>,
    /// Met on the body's own answers, and lowered because most of the
    /// sector's answers to its item say no.
    #[serde(skip)]
    pub denied: bool,
}

/// Responses the sector gave to the body's invitation: those the body
/// brought in itself, and those a collector summed for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectorEvidence {
    pub own: Option<Responded>,
    pub collected: Vec<Responded>,
    /// The standards whose own item most of at least five answers with a
    /// view say yes to: for monitoring, that the body had asked before.
    pub confirmed: Vec<StandardId>,
    /// Those whose item most of at least five say no to.
    pub denied: Vec<StandardId>,
}

/// One set of responses: how many, how many answered a question with a
/// view, who collected them, and when they were answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Responded {
    pub responses: usize,
    /// Those answering at least one question other than "don't know": a
    /// blank response is no view of the support.
    pub with_a_view: usize,
    /// Who collected them; none for the body's own.
    pub collector: Option<String>,
    /// "between 3 March 2026 and 20 March 2026", "in December 2026".
    pub when: String,
}

impl Responded {
    /// "6 responses to your invitation, 5 of them answering at least one
    /// question with a view, answered between 3 March 2026 and 20 March 2026".
    fn described(&self) -> String {
        let responses = counted(self.responses, "response", "responses");
        let answered = if self.with_a_view == self.responses {
            match self.responses {
                1 => "answering at least one question with a view".to_string(),
                _ => "each answering at least one question with a view".to_string(),
            }
        } else {
            format!(
                "{} of them answering at least one question with a view",
                self.with_a_view
            )
        };
        let whose = self
            .collector
            .as_ref()
            .map_or_else(String::new, |c| format!(" collected by {c}"));
        format!(
            "{responses} to your invitation{whose}, {answered}, answered {}",
            self.when
        )
    }
}

impl SectorEvidence {
    /// Those answering a question with a view, from every source.
    pub fn with_a_view(&self) -> usize {
        self.own
            .iter()
            .chain(&self.collected)
            .map(|r| r.with_a_view)
            .sum()
    }

    /// Each source in turn, joined: "7 responses to your invitation
    /// collected by Dacorum CVS, …; and 2 responses to your invitation, …".
    pub fn described(&self) -> String {
        let parts: Vec<String> = self
            .collected
            .iter()
            .chain(&self.own)
            .map(Responded::described)
            .collect();
        parts.join("; and ")
    }

    /// "evidenced by 6 responses to your invitation, …".
    pub fn sentence(&self) -> String {
        format!("evidenced by {}", self.described())
    }
}

impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.question, self.answer)?;
        if self.plan {
            f.write_str(" (a plan)")?;
        }
        Ok(())
    }
}

/// Option labels in quotation marks, a comma between: "“A”, “B”".
pub(crate) fn quoted_list(labels: &[&str]) -> String {
    labels
        .iter()
        .map(|l| format!("\u{201c}{l}\u{201d}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How a verdict reached on plans alone is named wherever it is shown.
pub const PLANNED_LABEL: &str = "Partly met: planned, not yet in place";

impl StandardScore {
    /// Points towards the overall figure, in quarters of a standard met so
    /// that a plan weighs less than practice: met 4, partly met in practice
    /// 2, partly met on a plan alone 1.
    pub fn points(&self) -> u32 {
        match self.status {
            Status::Met => 4,
            Status::PartlyMet if self.planned => 1,
            Status::PartlyMet => 2,
            Status::NotMet | Status::NotAnswered => 0,
        }
    }

    /// The level out of 2 in the overall figure's terms, "½" for a plan
    /// alone (the gap chart draws a plan alone hollow, at partly met).
    pub fn level(&self) -> &'static str {
        match self.points() {
            4 => "2",
            2 => "1",
            1 => "½",
            _ => "0",
        }
    }

    /// The verdict rests on fewer questions than today's questionnaire asks.
    pub fn on_fewer_questions(&self) -> bool {
        !self.not_asked.is_empty()
    }

    /// "Not asked when this was answered: “…”, “…”.", for the explanation.
    pub fn not_asked_sentence(&self) -> Option<String> {
        self.on_fewer_questions().then(|| {
            let one = self.not_asked.len() == 1;
            format!(
                "This verdict rests on fewer questions: {} {} added to the questionnaire after this assessment was answered, so {} never asked.",
                quoted_list(&self.not_asked),
                if one { "was" } else { "were" },
                if one { "it was" } else { "they were" },
            )
        })
    }

    /// The verdict in a few words, for charts and tables.
    pub fn short_label(&self) -> &'static str {
        if self.planned {
            "Partly met (planned)"
        } else {
            self.status.label()
        }
    }

    /// The verdict in words, saying so when it rests on plans.
    pub fn label(&self) -> &'static str {
        if self.planned {
            PLANNED_LABEL
        } else {
            self.status.label()
        }
    }

    pub fn standard<'a>(&self, set: &'a StandardSet) -> &'a Standard {
        set.standard(self.standard_id)
            .expect("scores are made from this set")
    }

    /// Why the status is what it is, and what it takes to rise a level.
    pub fn explanation(&self, standard: &Standard) -> String {
        let met_when = standard.met_when_in_full();
        match self.status {
            Status::Met => match &self.sector {
                Some(sector) => format!(
                    "Met because {}: {}.",
                    standard.met_by_sector.map_or(standard.met_when, |r| r.when),
                    sector.sentence()
                ),
                None => format!("Met because {}.", standard.met_when),
            },
            Status::PartlyMet if self.planned => format!(
                "Partly met on a plan only: {}. A plan is not practice, so it lifts this no higher than partly met. It is met when {met_when}.",
                standard.planned_when.unwrap_or_default()
            ),
            Status::PartlyMet => match (&self.sector, standard.met_by_sector) {
                (Some(sector), Some(rule)) => format!(
                    "Partly met because {}: {}. To meet it: {}.",
                    if self.denied { rule.denied_when } else { rule.partly_when },
                    sector.sentence(),
                    if self.denied { rule.when } else { &met_when }
                ),
                _ => format!(
                    "Partly met because {}. To meet it: {met_when}.",
                    standard.partly_when
                ),
            },
            Status::NotMet => match partly_needs(standard) {
                Some(partly) => format!(
                    "Not met: none of the answers so far show this. {partly}. It is met when {met_when}."
                ),
                None => format!("Not met: it is met when {met_when}."),
            },
            Status::NotAnswered => format!(
                "The questions that evidence this have not been answered yet. It is met when {met_when}."
            ),
        }
    }

    /// The steps for this verdict. Partly met on a plan alone takes the
    /// steps for not met, since nothing is in place yet, unless the standard
    /// can only ever be partly met on a plan.
    pub fn next_steps<'a>(&self, standard: &'a Standard) -> &'a [NextStep] {
        match self.status {
            Status::Met => standard.next_steps.met,
            _ if self.takes_not_met_steps(standard) => standard.next_steps.not_met,
            _ => standard.next_steps.partly_met,
        }
    }

    /// Not met, not answered, or partly met on a plan where practice could
    /// have partly met it: nothing is in place yet.
    pub fn takes_not_met_steps(&self, standard: &Standard) -> bool {
        match self.status {
            Status::NotMet | Status::NotAnswered => true,
            Status::PartlyMet => self.planned && standard.partly.is_some(),
            Status::Met => false,
        }
    }
}

/// What it takes to be partly met, in practice or at least on a plan; none
/// where the standard is met or not, with nothing between.
fn partly_needs(standard: &Standard) -> Option<String> {
    match (&standard.partly, &standard.planned_when) {
        (Some(_), Some(plan)) => Some(format!(
            "It is partly met when {}, or on a plan alone when {plan}",
            standard.partly_when
        )),
        (None, Some(plan)) => Some(format!("It is partly met only on a plan: when {plan}")),
        (Some(_), None) => Some(format!("It is partly met when {}", standard.partly_when)),
        (None, None) => None,
    }
}

/// Scores one standard for a record answered in questionnaire `version`:
/// the highest level whose rule holds, where a plan lifts Not met to Partly
/// met and no further; Not yet answered while no question on current
/// practice that it draws on has an answer.
pub fn score_standard(
    standard: &Standard,
    q: &Questionnaire,
    answers: &Answers,
    version: &str,
) -> StandardScore {
    // Answered once a question about current practice is: plans alone
    // cannot make a standard "not met", only lift it to partly met. Where
    // the record was never asked about current practice at all (the 2010
    // questionnaire asked about staff only as plans), its answer on plans
    // is all there is, and a verdict that rests on fewer questions.
    let practice_answered = standard.met.answered(q, answers)
        || standard
            .partly
            .as_ref()
            .is_some_and(|r| r.answered(q, answers));
    let practice_asked = standard.practice_references().into_iter().any(|r| match r {
        Rule::Option(r) => !q.not_asked(r, version, answers),
        Rule::Text(_) | Rule::Any(_) | Rule::All(_) | Rule::AtLeast { .. } => true,
    });
    let answered = practice_answered
        || (!practice_asked
            && standard
                .planned
                .as_ref()
                .is_some_and(|r| r.answered(q, answers)));
    let holds = |rule: &Option<Rule>| rule.as_ref().is_some_and(|r| r.holds(answers));
    let mut planned = false;
    let status = if standard.met.holds(answers) {
        Status::Met
    } else if holds(&standard.partly) {
        Status::PartlyMet
    } else if holds(&standard.planned) {
        planned = true;
        Status::PartlyMet
    } else if answered {
        Status::NotMet
    } else {
        Status::NotAnswered
    };
    let references = standard.references();
    let evidence = references
        .iter()
        .filter(|r| r.holds(answers))
        .filter_map(|r| evidence_for(r, q, answers))
        .collect();
    // Only a verdict that more questions could raise rests on fewer.
    let not_asked = references
        .iter()
        .filter(|_| status != Status::Met)
        .filter_map(|r| match r {
            Rule::Option(r) if q.not_asked(r, version, answers) => q.option(r),
            _ => None,
        })
        .map(|(_, _, o)| o.label)
        .collect();
    StandardScore {
        standard_id: standard.id,
        status,
        planned,
        evidence,
        not_asked,
        sector: None,
        denied: false,
    }
}

/// Raises each standard that the sector's responses evidence, with the
/// responses as its evidence: the body asked, and the sector answered. It
/// is met where the sector confirms the standard's own item, and partly
/// met else; a verdict already as high, in practice, stays as it was,
/// unless it is met on the body's word and the sector denies it.
pub fn with_sector_evidence(
    mut scores: Vec<StandardScore>,
    set: &StandardSet,
    sector: Option<SectorEvidence>,
) -> Vec<StandardScore> {
    let Some(sector) = sector else {
        return scores;
    };
    for score in &mut scores {
        let enough = set
            .standard(score.standard_id)
            .and_then(|s| s.met_by_sector)
            .is_some_and(|rule| sector.with_a_view() >= rule.responses);
        let status = if sector.confirmed.contains(&score.standard_id) {
            Status::Met
        } else {
            Status::PartlyMet
        };
        let denied = score.status == Status::Met && sector.denied.contains(&score.standard_id);
        if enough && (status > score.status || score.planned || denied) {
            score.denied = denied;
            score.status = status;
            score.planned = false;
            score.not_asked.clear();
            score.sector = Some(sector.clone());
            score.evidence.push(Evidence {
                question: "The sector's view".to_string(),
                answer: sector.described(),
                plan: false,
                written: false,
                asked: "",
            });
        }
    }
    scores
}

fn evidence_for(rule: &Rule, q: &Questionnaire, answers: &Answers) -> Option<Evidence> {
    match rule {
        Rule::Option(reference) => {
            let (question, part, option) = q.option(reference)?;
            Some(Evidence {
                question: question.label(),
                answer: option.label.to_string(),
                plan: part.is_plan(option),
                written: false,
                asked: if part.multiple { "" } else { part.label },
            })
        }
        Rule::Text(field_id) => {
            let (question, field) = q.field(field_id)?;
            Some(Evidence {
                question: question.label(),
                answer: format!("{}: {}", field.label, answers.text(field_id)?),
                plan: false,
                written: true,
                asked: field.label,
            })
        }
        _ => None,
    }
}

/// Scores every standard, in the set's order (the key driver first), for
/// answers given in today's questionnaire.
pub fn score_all(set: &StandardSet, q: &Questionnaire, answers: &Answers) -> Vec<StandardScore> {
    score_all_as_of(set, q, answers, q.version)
}

/// Scores every standard for answers given in questionnaire `version`: what
/// was added since is not asked of them.
pub fn score_all_as_of(
    set: &StandardSet,
    q: &Questionnaire,
    answers: &Answers,
    version: &str,
) -> Vec<StandardScore> {
    set.standards
        .iter()
        .map(|s| score_standard(s, q, answers, version))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    pub met: usize,
    pub partly_met: usize,
    pub not_met: usize,
    pub not_answered: usize,
    /// Of the partly met, those there on a plan alone.
    pub planned: usize,
    /// Points (met 4, partly met 2, on a plan alone 1) as a whole
    /// percentage of the maximum.
    pub percent: u32,
}

impl Summary {
    pub fn of(scores: &[StandardScore]) -> Summary {
        let count = |s: Status| scores.iter().filter(|x| x.status == s).count();
        let points: u32 = scores.iter().map(StandardScore::points).sum();
        let max = 4 * scores.len() as u32;
        Summary {
            met: count(Status::Met),
            partly_met: count(Status::PartlyMet),
            not_met: count(Status::NotMet),
            not_answered: count(Status::NotAnswered),
            planned: scores.iter().filter(|s| s.planned).count(),
            percent: (points * 100 + max / 2).checked_div(max).unwrap_or(0),
        }
    }
}

/// What the overall percentage means, stated wherever it is shown.
pub const PERCENT_DEFINITION: &str =
    "Each standard met counts 2 points, each partly met in practice 1, and each partly met on a plan alone half a point (a plan is not practice); the figure is the points as a share of the 26 possible.";
