//! Shared helpers for the native tests.
#![allow(dead_code)]

use thriving_third_sector::domain::answers::Answers;
use thriving_third_sector::domain::questionnaire::Questionnaire;
use thriving_third_sector::domain::scoring::{score_standard, Status};
use thriving_third_sector::domain::standards::StandardSet;

pub fn q() -> &'static Questionnaire {
    Questionnaire::bundled()
}

pub fn standards() -> &'static StandardSet {
    StandardSet::bundled()
}

/// Answers from "part.option" references and (field, text) pairs, set
/// through the same code the app uses, so exclusivity rules apply.
pub fn answers(options: &[&str], texts: &[(&str, &str)]) -> Answers {
    let mut a = Answers::default();
    for reference in options {
        let (part, option) = reference.split_once('.').expect("part.option");
        assert!(
            q().part(part).and_then(|(_, p)| p.option(option)).is_some(),
            "test names an unknown option {reference}"
        );
        a.set_option(q(), part, option, true);
    }
    for (field, text) in texts {
        a.set_text(field, text);
    }
    a
}

pub fn status(standard: &str, a: &Answers) -> Status {
    let s = standards().standard(standard).expect("known standard");
    score_standard(s, q(), a, q().version).status
}

/// Whether the standard is partly met on the strength of plans alone.
pub fn planned(standard: &str, a: &Answers) -> bool {
    let s = standards().standard(standard).expect("known standard");
    score_standard(s, q(), a, q().version).planned
}

/// A copy of seed constants with a change, for tests that break the data to
/// see it caught (the copy lives as long as the test process).
pub fn edited<T: Clone>(items: &'static [T], change: impl FnOnce(&mut Vec<T>)) -> &'static [T] {
    let mut copy = items.to_vec();
    change(&mut copy);
    Vec::leak(copy)
}

/// Every option that can be ticked beside others, as "part.option".
pub fn every_option() -> Vec<String> {
    q().questions
        .iter()
        .flat_map(|question| question.parts)
        .flat_map(|p| {
            p.options
                .iter()
                .filter(|o| !o.exclusive)
                .map(move |o| format!("{}.{}", p.id, o.id))
        })
        .collect()
}

/// A CSV the app wrote, as rows of cells: enough of RFC 4180 for its own
/// output (quoted cells, doubled quotes, a byte-order mark).
pub fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cellbuf = String::new();
    let mut quoted = false;
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cellbuf.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cellbuf)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cellbuf));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cellbuf.push(c),
        }
    }
    rows
}

/// The words of an email as a mail app shows them, from the `mailto:`
/// link the sector's page writes (its body, percent-decoded).
pub fn email_text(mailto: &str) -> String {
    let body = mailto.split("&body=").nth(1).unwrap_or(mailto);
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&body[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}
