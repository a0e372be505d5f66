//! Why a standard stands where it does, in two or three short points for a
//! slide the back of the room can read.

use super::super::scoring::{StandardScore, Status};
use super::super::standards::Standard;

/// At most this many answers are named in a point; the rest are counted.
const NAMED: usize = 2;

/// The points, each a sentence starting with a capital and ending with a
/// full stop. Free text the body wrote is named as "your own words", never
/// quoted: the slide is projected.
pub fn why_points(score: &StandardScore, standard: &Standard) -> Vec<String> {
    let met_when = sentence("Met when", &standard.met_when_in_full());
    let in_place = |plan: bool, lead: &str| -> Option<String> {
        let labels: Vec<String> = score
            .evidence
            .iter()
            .filter(|e| e.plan == plan)
            .map(|e| {
                if e.written {
                    "your own words".to_string()
                } else if !e.asked.is_empty() && e.answer.split_whitespace().count() <= 2 {
                    // A bare "Yes" says nothing without its question.
                    format!("“{}” to “{}”", e.answer, e.asked)
                } else {
                    format!("“{}”", e.answer)
                }
            })
            .collect();
        (!labels.is_empty()).then(|| format!("{lead}: {}.", named(&labels)))
    };
    let mut points = Vec::new();
    match score.status {
        Status::PartlyMet if score.planned => {
            points.extend(in_place(true, "Only planned so far"));
            points.push("A plan is not practice, so this is partly met at most.".to_string());
            points.push(met_when);
        }
        Status::NotMet => {
            points.push("None of the answers so far show this.".to_string());
            // Met first: "one of them" in some partly clauses means its list.
            points.push(met_when);
            if standard.partly.is_some() {
                points.push(sentence("Partly met when", standard.partly_when));
            } else if let Some(plan) = standard.planned_when {
                points.push(sentence("Partly met on a plan alone when", plan));
            }
        }
        Status::Met | Status::PartlyMet => {
            points.extend(in_place(false, "In place"));
            points.push(met_when);
        }
        Status::NotAnswered => {
            points.push("The questions that show this have not been answered yet.".to_string());
            points.push(met_when);
        }
    }
    points
}

/// "Lead clause." without the questionnaire's own numbers ("(question
/// 6.2)"), which are not the slides' numbers.
fn sentence(lead: &str, clause: &str) -> String {
    let clause = match clause.find(" (question") {
        Some(at) if clause.trim_end_matches('.').ends_with(')') => &clause[..at],
        _ => clause,
    };
    format!("{lead} {}.", clause.trim_end_matches('.'))
}

/// "“A”, “B” and 3 more".
fn named(labels: &[String]) -> String {
    let shown: Vec<String> = labels.iter().take(NAMED).cloned().collect();
    match labels.len().saturating_sub(NAMED) {
        0 => shown.join(" and "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}
