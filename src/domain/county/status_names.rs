//! One set of names for a standard's status across the county report, on
//! screen and in its files: a body that gave no answer to what a standard
//! reads has given no evidence, which is "not evidenced", never "none".

use crate::domain::scoring::{StandardScore, Status};

/// "Met", "Partly met", "Not met", "Not evidenced".
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Met => "Met",
        Status::PartlyMet => "Partly met",
        Status::NotMet => "Not met",
        Status::NotAnswered => "Not evidenced",
    }
}

/// The name in full, saying when partly met rests on a plan alone.
pub fn score_name(score: &StandardScore) -> &'static str {
    match score.status {
        Status::PartlyMet if score.planned => "Partly met on a plan alone",
        status => status_name(status),
    }
}

/// The short form in a matrix cell or a chart's column, explained by
/// [`STATUS_KEY`]: "Met", "Part", "Plan", "Not", "N/E".
pub fn status_short(status: Status, planned: bool) -> &'static str {
    match status {
        Status::Met => "Met",
        Status::PartlyMet if planned => "Plan",
        Status::PartlyMet => "Part",
        Status::NotMet => "Not",
        Status::NotAnswered => "N/E",
    }
}

/// The key to the short forms.
pub const STATUS_KEY: &str = "Met: met. Part: partly met. Plan: partly met on a plan alone, nothing yet in place. Not: not met. N/E: not evidenced (the questions it reads were not answered).";
