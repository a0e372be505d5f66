//! The gap chart: where the body stands on each standard against the
//! recommended minimum (met).

use super::frame::{draw_frame, row_labels, text, DrawResult, Guide, FONT, PLOT_LEFT};
use super::palette::{level_colour, GRID, TEXT};
use super::svg::accessible;
use crate::domain::scoring::{StandardScore, Status, Summary};
use crate::domain::standards::StandardSet;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// Width of one level: partly met ends at one step, met at two.
const STEP: i32 = 230;
/// Width of the stub that marks "not met".
const NOT_MET_STUB: i32 = 12;

/// Levels as bar lengths. "Not met" is a stub and "not answered" a dotted
/// line, so the two never look alike, and every row carries its status in
/// words, so colour never carries meaning alone.
fn bar_steps(status: Status) -> i32 {
    match status {
        Status::Met => 2,
        Status::PartlyMet => 1,
        Status::NotMet | Status::NotAnswered => 0,
    }
}

pub fn gap_chart_title() -> &'static str {
    "Gap chart: each standard of minimum support against the target of met"
}

/// One sentence per status with the standards in it, for `<desc>`.
pub fn gap_chart_description(scores: &[StandardScore], set: &StandardSet) -> String {
    let summary = Summary::of(scores);
    let mut desc = format!(
        "{} standards: {} met, {} partly met, {} not met, {} not yet answered.",
        scores.len(),
        summary.met,
        summary.partly_met,
        summary.not_met,
        summary.not_answered
    );
    for status in [Status::NotMet, Status::PartlyMet, Status::Met] {
        let names: Vec<_> = scores
            .iter()
            .filter(|s| s.status == status)
            .map(|s| {
                let title = &s.standard(set).short_title;
                if s.planned {
                    format!("{title} (planned only)")
                } else {
                    title.to_string()
                }
            })
            .collect();
        if !names.is_empty() {
            desc.push_str(&format!(" {}: {}.", status.label(), names.join(", ")));
        }
    }
    desc
}

pub fn gap_chart_svg(scores: &[StandardScore], set: &StandardSet) -> String {
    let standards: Vec<_> = scores.iter().map(|s| s.standard(set)).collect();
    let labels = row_labels(&standards);
    let mut raw = String::new();
    draw(&mut raw, &labels, scores).expect("drawing into a string cannot fail");
    accessible(
        &raw,
        "gap-chart",
        super::frame::size(scores.len()),
        gap_chart_title(),
        &gap_chart_description(scores, set),
    )
}

fn draw(out: &mut String, labels: &[String], scores: &[StandardScore]) -> DrawResult {
    let headings = [
        (PLOT_LEFT, "Not met", HPos::Left),
        (PLOT_LEFT + STEP, "Partly met", HPos::Center),
        (PLOT_LEFT + 2 * STEP, "Target: met", HPos::Center),
    ];
    // Light lines for the levels, a heavy one for the target.
    let guides = [
        Guide {
            x: PLOT_LEFT,
            style: GRID.stroke_width(1),
        },
        Guide {
            x: PLOT_LEFT + STEP,
            style: GRID.stroke_width(1),
        },
        Guide {
            x: PLOT_LEFT + 2 * STEP,
            style: TEXT.stroke_width(3),
        },
    ];
    draw_frame(out, labels, &headings, &guides, |area, i, y| {
        let status = scores[i].status;
        let end = PLOT_LEFT + bar_steps(status) * STEP;
        // A verdict on plans alone is drawn hollow: nothing is in place yet.
        let style = if scores[i].planned {
            level_colour(status).stroke_width(3)
        } else {
            level_colour(status).filled()
        };
        let label_at = match status {
            Status::NotMet => {
                area.draw(&Rectangle::new(
                    [(PLOT_LEFT, y - 15), (PLOT_LEFT + NOT_MET_STUB, y + 15)],
                    level_colour(status).filled(),
                ))?;
                PLOT_LEFT + NOT_MET_STUB
            }
            Status::NotAnswered => {
                for x in (PLOT_LEFT + 6..PLOT_LEFT + STEP).step_by(16) {
                    area.draw(&Circle::new((x, y), 3, TEXT.filled()))?;
                }
                PLOT_LEFT + STEP
            }
            _ => {
                area.draw(&Rectangle::new([(PLOT_LEFT, y - 15), (end, y + 15)], style))?;
                end
            }
        };
        area.draw(&Text::new(
            scores[i].short_label(),
            (label_at + 10, y),
            text(FONT, &TEXT, HPos::Left),
        ))
    })
}
