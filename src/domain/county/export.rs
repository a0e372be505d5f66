//! The set as one JSON collection, names and contact details left out
//! unless asked for, with the county report's texts.

use super::body::CountyBody;
use super::report_text::ReportText;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::encode_collection;
use crate::domain::standards::StandardSet;

/// The set as one collection file, which this app imports again.
pub fn collection_json(
    bodies: &[&CountyBody],
    q: &Questionnaire,
    set: &StandardSet,
    now: &str,
    with_personal: bool,
    report: &ReportText,
) -> String {
    let list: Vec<_> = bodies.iter().map(|b| &b.assessment).collect();
    encode_collection(&list, q, set, now, with_personal, Some(report))
}
