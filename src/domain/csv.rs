//! CSV for spreadsheets: one row per answer, one per standard and one per
//! action a workshop agreed, for one assessment or many. Cells that a
//! spreadsheet would run as a formula are defused.

use super::agreed::without_owners;
use super::assessment::Assessment;
use super::ids::OptionRef;
use super::questionnaire::Questionnaire;
use super::scoring::{score_all_as_of, with_sector_evidence, StandardScore};
use super::sector::{between_days, Gap, SectorQuestions, SectorSummary, SectorSurvey, HELD_BACK};
use super::standards::StandardSet;

pub const HEADER: [&str; 10] = [
    "assessment_id",
    "body",
    "kind",
    "date",
    "row_type",
    "question",
    "item_id",
    "item",
    "value",
    "detail",
];

/// Makes a value safe and quoted: a leading `=`, `+`, `-`, `@`, tab or
/// carriage return gets a `'` so spreadsheets show it as text.
pub fn cell(value: &str) -> String {
    let risky = value
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    let value = if risky {
        format!("'{value}")
    } else {
        value.to_string()
    };
    format!("\"{}\"", value.replace('"', "\"\""))
}

/// One line of quoted, formula-safe cells.
pub(crate) fn row(out: &mut String, cells: &[&str]) {
    let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// UTF-8 with a byte-order mark, so spreadsheet programs read accents right.
pub fn to_csv(
    assessments: &[&Assessment],
    q: &Questionnaire,
    set: &StandardSet,
    with_personal: bool,
) -> String {
    let mut out = String::from("\u{feff}");
    row(&mut out, &HEADER);
    for a in assessments {
        let answers = if with_personal {
            a.answers.clone()
        } else {
            a.answers.without_personal(q)
        };
        let kind = q.body_kind_label(&a.body.kind).unwrap_or("");
        let lead = [
            a.id.as_str(),
            a.body.name.as_str(),
            kind,
            a.body.date.as_str(),
        ];
        for question in q.questions {
            let number = question.label();
            for part in question.parts {
                for option in part.options {
                    let r = OptionRef::new(part.id, option.id);
                    let id = format!("{}.{}", part.id, option.id);
                    // An option never put to this record has a row of its
                    // own: not asked is not "no".
                    let (row_type, detail) = if answers.is_selected(part.id, option.id) {
                        ("answer", String::new())
                    } else if q.not_asked(&r, &a.questionnaire_version, &answers) {
                        let added = option.added_in.unwrap_or_default();
                        (
                            "not_asked",
                            format!(
                                "Not asked: added in questionnaire {added}, after the one this was answered in ({})",
                                a.questionnaire_version
                            ),
                        )
                    } else {
                        continue;
                    };
                    row(
                        &mut out,
                        &[
                            &lead[..],
                            &[row_type, &number, &id, part.label, option.label, &detail],
                        ]
                        .concat(),
                    );
                }
            }
            for field in question.fields {
                if let Some(text) = answers.text(field.id) {
                    row(
                        &mut out,
                        &[
                            &lead[..],
                            &["answer", &number, field.id, field.label, text, ""],
                        ]
                        .concat(),
                    );
                }
            }
        }
        // Without names, the sector's responses as a file without names
        // passes them on: summed, held as the last such file held them.
        let sector = if with_personal {
            a.sector.clone()
        } else {
            // Dated by the record: the CSV has no clock of its own.
            let made = [&a.updated_at, &a.created_at]
                .into_iter()
                .find(|d| d.len() >= 7)
                .map_or("", |d| d.as_str());
            a.sector.without_personal(a.display_name(), made)
        };
        let scores = score_all_as_of(set, q, &answers, &a.questionnaire_version);
        let scores = with_sector_evidence(scores, set, sector.evidence());
        for score in &scores {
            let standard = score.standard(set);
            let evidence: Vec<String> = score
                .evidence
                .iter()
                .map(ToString::to_string)
                .chain(score.not_asked_sentence())
                .collect();
            row(
                &mut out,
                &[
                    &lead[..],
                    &[
                        "standard",
                        "",
                        standard.id.as_str(),
                        standard.title,
                        score.label(),
                        &evidence.join("; "),
                    ],
                ]
                .concat(),
            );
        }
        sector_rows(&mut out, &lead, &sector, &scores, with_personal);
        // The room's agreed actions: the action plan, in the standards' order.
        let agreed = if with_personal {
            a.agreed.clone()
        } else {
            without_owners(&a.agreed)
        };
        for standard in set.standards.iter() {
            let Some(action) = agreed.get(standard.id.as_str()) else {
                continue;
            };
            let mut detail = Vec::new();
            if !action.owner.trim().is_empty() {
                detail.push(format!("Owner: {}", action.owner));
            }
            if !action.by.trim().is_empty() {
                detail.push(format!("By: {}", action.by));
            }
            row(
                &mut out,
                &[
                    &lead[..],
                    &[
                        "agreed_action",
                        "",
                        standard.id.as_str(),
                        standard.title,
                        &action.action,
                        &detail.join("; "),
                    ],
                ]
                .concat(),
            );
        }
    }
    out
}

/// The sector's view: how many responded and when; from five responses the
/// NI7-style figure and each item's counts with where the views part, and
/// what organisations wrote only when personal details are asked for.
/// Never a row per response, and a figure only from five answers with a
/// view to its question, as on screen.
fn sector_rows(
    out: &mut String,
    lead: &[&str],
    sector: &SectorSurvey,
    scores: &[StandardScore],
    with_personal: bool,
) {
    let view = sector.view(scores);
    if view.count == 0 {
        return;
    }
    let questions = SectorQuestions::bundled();
    let mut when: Vec<String> = view
        .collected
        .iter()
        .map(SectorSummary::counted_in_words)
        .collect();
    if let (Some(first), Some(last)) = (view.first_day, view.last_day) {
        when.push(format!("answered {}", between_days(first, last)));
    }
    let mut when = when.join("; ");
    if view.holds_back() {
        when = format!("{when}. {HELD_BACK}");
    }
    let count = view.count.to_string();
    let line = |out: &mut String, cells: [&str; 6]| row(out, &[lead, &cells[..]].concat());
    line(
        out,
        [
            "sector_responses",
            "",
            "count",
            "Responses from the sector",
            &count,
            &when,
        ],
    );
    let Some(figures) = view.figures else {
        return;
    };
    if let Some(percent) = figures.ni7.and_then(|f| Some((f, f.percent_text()?))) {
        let (f, percent) = percent;
        line(
            out,
            [
                "sector_ni7",
                "",
                "ni7",
                questions.ni7.asked_of_one_body,
                &percent,
                &format!(
                    "{} of the {} organisations that answered the invitation on the five-point scale: very positive or positive; don't know {}; not NI7, which was a national survey about all local statutory bodies",
                    f.positive, f.answered, f.dont_know
                ),
            ],
        );
    }
    for (i, (item, shares)) in questions.items.iter().zip(&figures.items).enumerate() {
        let Some(shares) = shares else {
            continue;
        };
        let gap = figures.gap_at(i).map(Gap::words);
        line(
            out,
            [
                "sector_item",
                "",
                item.standard.as_str(),
                item.text,
                &format!(
                    "yes {}; partly {}; no {}; don't know {}; not answered {}{}",
                    shares.yes,
                    shares.partly,
                    shares.no,
                    shares.dont_know,
                    shares.unanswered,
                    // Held at an earlier summary: these counts are of fewer.
                    match shares.counted() {
                        n if n < view.count =>
                            format!("; counts of {n} of the {} responses", view.count),
                        _ => String::new(),
                    }
                ),
                gap.unwrap_or(""),
            ],
        );
    }
    if with_personal {
        // Each comment with who it is from: the organisation where it gave
        // its name, or the collector that passed it on.
        let own = sector.counted().filter_map(|r| {
            let by = r.organisation.clone().unwrap_or_default();
            Some((r.comment.clone()?, by))
        });
        let passed_on = sector.summaries().into_iter().flat_map(|s| {
            let by = format!(
                "passed on by {}, with the organisation's agreement",
                s.collector
            );
            s.comments.into_iter().map(move |c| (c, by.clone()))
        });
        for (comment, by) in own.chain(passed_on) {
            line(
                out,
                [
                    "sector_comment",
                    "",
                    "comment",
                    "A comment from the sector",
                    &comment,
                    &by,
                ],
            );
        }
    }
}
