//! Examples of good practice (question 7), the heart of the 2010 report's
//! Appendix 2: every round of every body in the picture, each with the
//! body and the date it was given, contact details hidden unless asked for.

use super::body::CountyBody;
use super::numbered_rounds;
use crate::domain::order;
use crate::domain::presentation::redact_contacts;

/// The question whose free text holds the examples.
pub const EXAMPLES_FIELD: &str = "q7_examples";

/// One body's examples, as given in one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub body: String,
    /// `YYYY-MM-DD`, or empty when the assessment gave none.
    pub date: String,
    pub text: String,
}

/// Every round's examples, by body name then date, newest round first
/// within a body; `with_personal` keeps contact details in.
pub fn good_practice(rounds: &[Vec<&CountyBody>], with_personal: bool) -> Vec<Example> {
    let mut list: Vec<Example> = numbered_rounds(rounds)
        .filter_map(|(b, _)| {
            let text = b.assessment.answers.text(EXAMPLES_FIELD)?.trim();
            let text = if with_personal {
                text.to_string()
            } else {
                redact_contacts(text).0
            };
            Some(Example {
                body: b.label.clone(),
                date: b.date().to_string(),
                text,
            })
        })
        .collect();
    order::sort_by(&mut list, |a, b| {
        a.body.cmp(&b.body).then_with(|| b.date.cmp(&a.date))
    });
    list
}
