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
    let met_when = sentence("Met when", standard.met_when);
    let answers = |plan: bool| {
        let labels: Vec<String> = score
            .evidence
            .iter()
            .filter(|e| e.plan == plan)
            .map(|e| {
                if e.written {
                    "your own words".to_string()
                } else if e.answer.split_whitespace().count() <= 2 {
                    // A bare "Yes" says nothing without its question.
                    format!("“{}” to “{}”", e.answer, e.asked)
                } else {
                    format!("“{}”", e.answer)
                }
            })
            .collect();
        named(&labels)
    };
    match score.status {
        Status::Met => vec![format!("In place: {}.", answers(false)), met_when],
        Status::PartlyMet if score.planned => vec![
            format!("Only planned so far: {}.", answers(true)),
            "A plan is not practice, so this is partly met at most.".to_string(),
            met_when,
        ],
        Status::PartlyMet => vec![format!("In place: {}.", answers(false)), met_when],
        Status::NotMet => {
            let mut points = vec!["None of the answers so far show this.".to_string()];
            // The shorter of the two ways up: in practice where there is one.
            if standard.partly.is_some() {
                points.push(sentence("Partly met when", standard.partly_when));
            } else if let Some(plan) = standard.planned_when {
                points.push(sentence("A plan would make it partly met: when", plan));
            }
            points.push(met_when);
            points
        }
        Status::NotAnswered => vec![
            "The questions that show this have not been answered yet.".to_string(),
            met_when,
        ],
    }
}

fn sentence(lead: &str, clause: &str) -> String {
    format!("{lead} {}.", clause.trim_end_matches('.'))
}

/// "“A”, “B” and 3 more".
fn named(labels: &[String]) -> String {
    let shown: Vec<String> = labels.iter().take(NAMED).cloned().collect();
    match labels.len().saturating_sub(NAMED) {
        0 => match shown.as_slice() {
            [] => "nothing named".to_string(),
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            _ => shown.join(", "),
        },
        more => format!("{} and {more} more", shown.join(", ")),
    }
}
