//! What moved between two assessments of the same body.

use super::ids::StandardId;
use super::scoring::{StandardScore, Status};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Direction {
    Up,
    Down,
    Same,
    /// Answered in only one of the two, so not comparable.
    Unknown,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Up => "Up",
            Direction::Down => "Down",
            Direction::Same => "Same",
            Direction::Unknown => "Not comparable",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub standard_id: StandardId,
    pub before: Status,
    pub after: Status,
    pub direction: Direction,
}

/// Pairs the scores of the same standards; both lists are in the set's order.
pub fn compare(before: &[StandardScore], after: &[StandardScore]) -> Vec<Change> {
    before
        .iter()
        .zip(after)
        .map(|(b, a)| {
            let direction = match (b.status, a.status) {
                (Status::NotAnswered, _) | (_, Status::NotAnswered) => Direction::Unknown,
                (x, y) if y > x => Direction::Up,
                (x, y) if y < x => Direction::Down,
                _ => Direction::Same,
            };
            Change {
                standard_id: a.standard_id,
                before: b.status,
                after: a.status,
                direction,
            }
        })
        .collect()
}
