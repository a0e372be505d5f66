//! The county report's summary: who is in the picture, by kind, and where
//! the county is strongest and furthest from the minimum.

use super::analysis::tally;
use super::body::CountyBody;
use super::words::{counted, list_names};
use crate::domain::order;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::standards::StandardSet;

/// The summary's sentences, for any number of bodies from one.
pub fn summary_lines(q: &Questionnaire, set: &StandardSet, bodies: &[&CountyBody]) -> Vec<String> {
    let mut kinds: Vec<(String, usize)> = Vec::new();
    for k in q.body_kinds {
        let n = bodies.iter().filter(|b| b.kind() == k.id).count();
        if n > 0 {
            kinds.push((k.label.to_string(), n));
        }
    }
    let unknown = bodies
        .iter()
        .filter(|b| q.body_kind_label(b.kind()).is_none())
        .count();
    if unknown > 0 {
        kinds.push(("kind not given".into(), unknown));
    }
    let kinds: Vec<String> = kinds.iter().map(|(l, n)| format!("{l}: {n}")).collect();
    let who = format!(
        "{} in the picture. {}.",
        counted(bodies.len(), "body", "bodies"),
        kinds.join("; ")
    );
    let tallies = tally(set, bodies);
    let mut by_met: Vec<usize> = (0..tallies.len()).collect();
    order::sort_by_key(&mut by_met, |&i| {
        (std::cmp::Reverse(tallies[i].met.len()), i)
    });
    let mut by_short: Vec<usize> = (0..tallies.len()).collect();
    order::sort_by_key(&mut by_short, |&i| {
        (
            std::cmp::Reverse(tallies[i].not_met.len() + tallies[i].partly_met.len()),
            i,
        )
    });
    // Named only: the counts are said once, in the standards' chart and table.
    let strong: Vec<&str> = by_met
        .iter()
        .take(3)
        .filter(|&&i| !tallies[i].met.is_empty())
        .map(|&i| set.standards[i].short_title)
        .collect();
    let gaps: Vec<&str> = by_short
        .iter()
        .take(3)
        .filter(|&&i| tallies[i].falling_short() > 0)
        .map(|&i| set.standards[i].short_title)
        .collect();
    let mut lines = vec![who];
    if !strong.is_empty() {
        lines.push(format!("Most often met: {}.", list_names(&strong, "and")));
    }
    if !gaps.is_empty() {
        lines.push(format!(
            "Most often short of the minimum: {}.",
            list_names(&gaps, "and")
        ));
    }
    lines
}
