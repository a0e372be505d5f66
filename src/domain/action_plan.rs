//! The next steps as one ordered list: the key driver of NI7 first, then the
//! standards not met, then those partly met.

use super::order;
use super::scoring::{StandardScore, Status};
use super::standards::{NextStep, Standard, StandardSet};

#[derive(Debug, Clone, PartialEq)]
pub struct Action<'a> {
    pub standard: &'a Standard,
    pub score: &'a StandardScore,
    pub step: &'a NextStep,
}

fn rank(standard: &Standard, status: Status) -> Option<u8> {
    match status {
        Status::NotMet | Status::PartlyMet if standard.key_driver => Some(0),
        Status::NotMet => Some(1),
        Status::PartlyMet => Some(2),
        Status::Met | Status::NotAnswered => None,
    }
}

/// Steps for every standard not yet met; standards not answered have no
/// steps until they are.
pub fn action_plan<'a>(scores: &'a [StandardScore], set: &'a StandardSet) -> Vec<Action<'a>> {
    let mut ranked: Vec<(u8, usize, &'a Standard, &'a StandardScore)> = scores
        .iter()
        .enumerate()
        .filter_map(|(i, score)| {
            let standard = set.standard(score.standard_id)?;
            rank(standard, score.status).map(|r| (r, i, standard, score))
        })
        .collect();
    order::sort_by_key(&mut ranked, |(r, i, _, _)| (*r, *i));
    ranked
        .into_iter()
        .flat_map(|(_, _, standard, score)| {
            score.next_steps(standard).iter().map(move |step| Action {
                standard,
                score,
                step,
            })
        })
        .collect()
}
