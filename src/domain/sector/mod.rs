//! The sector's view of one body, as NI7 asked it: what voluntary and
//! community organisations answer about a body (`seeds/sector.json`), the
//! invitation that asks them, the short code that brings each answer back
//! with no server, and what the answers add up to. Plain Rust.

mod code;
mod collection;
mod dates;
mod file;
mod invitation;
mod kept;
mod questions;
mod summary;
mod survey;
mod view;

pub use code::{
    find_codes, CodeError, ItemAnswer, SectorResponse, CODE_PREFIX, ID_BITS, MAX_CODE_LEN,
    MAX_REVISION,
};
pub use collection::Collection;
pub(crate) use dates::MONTHS;
pub use dates::{between_days, date_in_words, day_in_words, day_number, from_day_number};
pub use file::{
    response_file_link, response_json, response_mailto, Beside, MAX_COMMENT, RESPONSE_FORMAT,
};
pub use invitation::{Invitation, InvitationError, InvitationId};
pub use kept::KeptAnswers;
pub use questions::{Choice, Ni7Option, Ni7Question, SectorItem, SectorQuestions, SectorSources};
pub use summary::{SectorSummary, SummaryError, HELD_BACK, SUMMARY_FORMAT};
pub use survey::{Brought, ReceivedResponse, SectorIntake, SectorSurvey, SentInvitation};
pub use view::{one_decimal, Counts, Figures, Gap, ItemShares, Ni7Figure, SectorView, MIN_ANSWERS};

/// The parts one after another: for the phone's page, where `concat` and
/// `format!` each cost bytes it has not got.
#[inline(never)]
pub fn joined(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}
