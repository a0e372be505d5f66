//! The facilitator's county picture: many bodies' assessments side by side,
//! in the manner of the 2010 report: Appendix 1's option-by-body tables, the
//! Analysis in words, county next steps, a snapshot per body, and what moved
//! between rounds. Plain Rust, tested natively.

mod analysis;
mod analyst_csv;
mod body;
mod export;
mod filter;
mod findings;
mod good_practice;
mod held;
mod matrix;
mod next_steps;
mod notes;
mod report_text;
mod rounds;
mod sector;
mod set;
mod spread;
mod status_names;
mod summary;
mod words;

pub use analysis::{part_sentences, standard_sentences, tally, StandardTally};
pub use analyst_csv::{answers_csv, free_text_csv, standards_csv, ANSWER_VALUES, BODY_COLUMNS};
pub use body::{BodyKey, CountyBody, Mark, Source};
pub use export::collection_json;
pub use filter::BodyFilter;
pub use findings::Findings;
pub use good_practice::{good_practice, Example, EXAMPLES_FIELD};
pub use held::{decode_held, encode_held};
pub use matrix::{part_matrices, part_matrix, OptionRow, PartMatrix};
pub use next_steps::{county_next_steps, CountyStep, StepGroup};
pub use notes::{in_full, report_notes, Notes};
pub use report_text::{
    kinds_in_words, month_year, respondents, when_made, ReportText, TextField, MAX_TEXT,
};
pub use rounds::{round_changes, standard_movements, BodyRounds, Movement};
pub use sector::{Asked, BodySector, CountySector, District, Districts};
pub use set::{Added, Clash, CountySet, FileOutcome, Intake, SetAside, Tally};
pub use spread::{median, overall, score_spread, Band, BANDS};
pub use status_names::{score_name, status_name, status_short, STATUS_KEY};
pub use summary::summary_lines;
pub use words::{capitalise, counted, list_names, number_words, of_the, the_whole};

/// Each body's rounds with their numbers from 1, oldest first.
fn numbered_rounds<'a, 'b>(
    rounds: &'b [Vec<&'a CountyBody>],
) -> impl Iterator<Item = (&'a CountyBody, usize)> + 'b {
    rounds
        .iter()
        .flat_map(|r| r.iter().enumerate().map(|(i, b)| (*b, i + 1)))
}
