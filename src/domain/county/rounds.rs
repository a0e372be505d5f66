//! Change between rounds: for a body assessed twice or more, what moved from
//! its previous round to its latest, and across the county per standard.

use super::body::CountyBody;
use crate::domain::change::{compare, Change, Direction};
use crate::domain::ids::StandardId;
use crate::domain::standards::StandardSet;

#[derive(Debug, Clone, PartialEq)]
pub struct BodyRounds<'a> {
    pub before: &'a CountyBody,
    pub after: &'a CountyBody,
    pub changes: Vec<Change>,
}

impl BodyRounds<'_> {
    pub fn moved(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(|c| matches!(c.direction, Direction::Up | Direction::Down))
    }
}

/// Each body's previous round against its latest, from `CountySet::rounds`.
pub fn round_changes<'a>(rounds: &[Vec<&'a CountyBody>]) -> Vec<BodyRounds<'a>> {
    rounds
        .iter()
        .filter_map(|list| {
            let [.., before, after] = list.as_slice() else {
                return None;
            };
            Some(BodyRounds {
                before,
                after,
                changes: compare(&before.scores, &after.scores),
            })
        })
        .collect()
}

/// Across the county: how many bodies moved up and down on one standard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Movement {
    pub standard_id: StandardId,
    pub up: usize,
    pub down: usize,
    pub same: usize,
    pub not_comparable: usize,
}

pub fn standard_movements(set: &StandardSet, changes: &[BodyRounds]) -> Vec<Movement> {
    set.standards
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut m = Movement {
                standard_id: s.id,
                up: 0,
                down: 0,
                same: 0,
                not_comparable: 0,
            };
            for body in changes {
                match body.changes[i].direction {
                    Direction::Up => m.up += 1,
                    Direction::Down => m.down += 1,
                    Direction::Same => m.same += 1,
                    Direction::Unknown => m.not_comparable += 1,
                }
            }
            m
        })
        .collect()
}
