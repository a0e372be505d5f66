//! The facilitator's downloads: the matrices as CSV and the set as one
//! JSON collection, names and contact details left out unless asked for.

use super::analysis::tally;
use super::body::CountyBody;
use super::matrix::part_matrices;
use crate::domain::csv::cell;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::encode_export_all;
use crate::domain::scoring::Status;
use crate::domain::standards::StandardSet;

fn row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let line: Vec<String> = cells.into_iter().map(|c| cell(&c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// One row per option (Appendix 1) and per standard, a column per body:
/// "X" where the body chose the option, "T" where only the 2010 report's
/// text says so, "n/a" where it was never asked, and the status in words
/// per standard, "(fewer questions)" where options it reads were not asked.
/// Formula-safe like every CSV the app writes; UTF-8 with a byte-order mark.
pub fn matrices_csv(q: &Questionnaire, set: &StandardSet, bodies: &[&CountyBody]) -> String {
    let mut out = String::from("\u{feff}");
    let head = [
        "table",
        "question",
        "part",
        "item",
        "count",
        "count_from_report_text",
        "count_not_asked",
        "count_on_fewer_questions",
    ]
    .map(String::from);
    row(
        &mut out,
        head.into_iter()
            .chain(bodies.iter().map(|b| b.label.clone())),
    );
    for m in part_matrices(q, bodies) {
        for r in &m.rows {
            let lead = [
                "Appendix 1".to_string(),
                m.question.label(),
                m.part.label.to_string(),
                r.option.label.to_string(),
                r.count.to_string(),
                r.from_text.to_string(),
                r.not_asked.to_string(),
                String::new(),
            ];
            let marks = r.marks.iter().map(|m| m.symbol().to_string());
            row(&mut out, lead.into_iter().chain(marks));
        }
    }
    for (i, t) in tally(set, bodies).iter().enumerate() {
        let standard = &set.standards[i];
        let lead = [
            "Standards".to_string(),
            String::new(),
            "Met by".to_string(),
            standard.title.to_string(),
            t.met.len().to_string(),
            String::new(),
            String::new(),
            t.fewer_questions.to_string(),
        ];
        let statuses = bodies.iter().map(|b| {
            let s = &b.scores[i];
            let status = match s.status {
                Status::NotAnswered => "Not evidenced",
                _ => s.short_label(),
            };
            if s.on_fewer_questions() {
                format!("{status} (fewer questions)")
            } else {
                status.to_string()
            }
        });
        row(&mut out, lead.into_iter().chain(statuses));
    }
    out
}

/// The set as one collection file, which this app imports again.
pub fn collection_json(
    bodies: &[&CountyBody],
    q: &Questionnaire,
    set: &StandardSet,
    now: &str,
    with_personal: bool,
) -> String {
    let list: Vec<_> = bodies.iter().map(|b| &b.assessment).collect();
    encode_export_all(&list, q, set, now, with_personal)
}
