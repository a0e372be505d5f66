//! The gap chart: where the body stands on each standard against the
//! recommended minimum (met).

use super::palette::{DARK_BLUE, DARK_GREY, DARK_PINK, GRID, TEXT, TURQUOISE};
use super::svg::accessible;
use crate::domain::scoring::{StandardScore, Status, Summary};
use crate::domain::standards::StandardSet;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const WIDTH: u32 = 1000;
const ROW: i32 = 46;
const TOP: i32 = 56;
const LABEL_RIGHT: i32 = 330;
const BAR_LEFT: i32 = 345;
/// Width of one level: partly met ends at one step, met at two.
const STEP: i32 = 250;
/// plotters draws text at 1/1.24 of this size: about 21 units in 1000.
const FONT: u32 = 26;

fn height(rows: usize) -> u32 {
    (TOP + ROW * rows as i32 + 16) as u32
}

fn bar_colour(status: Status) -> RGBColor {
    match status {
        Status::Met => DARK_BLUE,
        Status::PartlyMet => TURQUOISE,
        Status::NotMet => DARK_PINK,
        Status::NotAnswered => DARK_GREY,
    }
}

/// Levels as bar lengths; "not met" and "not answered" have no bar, and
/// every row carries its status in words, so colour never carries meaning alone.
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
            .map(|s| s.standard(set).short_title.as_str())
            .collect();
        if !names.is_empty() {
            desc.push_str(&format!(" {}: {}.", status.label(), names.join(", ")));
        }
    }
    desc
}

pub fn gap_chart_svg(scores: &[StandardScore], set: &StandardSet) -> String {
    let size = (WIDTH, height(scores.len()));
    let mut raw = String::new();
    draw(&mut raw, size, scores, set).expect("drawing into a string cannot fail");
    accessible(
        &raw,
        "gap-chart",
        size,
        gap_chart_title(),
        &gap_chart_description(scores, set),
    )
}

fn draw(
    out: &mut String,
    size: (u32, u32),
    scores: &[StandardScore],
    set: &StandardSet,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let root = SVGBackend::with_string(out, size).into_drawing_area();
    root.fill(&WHITE)?;
    let font = |colour: &RGBColor, h: HPos| {
        ("sans-serif", FONT)
            .into_font()
            .color(colour)
            .pos(Pos::new(h, VPos::Center))
    };
    let bottom = TOP + ROW * scores.len() as i32;

    // Level guides: not met at the axis, partly met, and the target (met).
    for (step, label) in [(0, "Not met"), (1, "Partly met"), (2, "Target: met")] {
        let x = BAR_LEFT + step * STEP;
        let style = if step == 2 {
            TEXT.stroke_width(3)
        } else {
            GRID.stroke_width(1)
        };
        root.draw(&PathElement::new(vec![(x, TOP - 8), (x, bottom)], style))?;
        let anchor = if step == 0 { HPos::Left } else { HPos::Center };
        root.draw(&Text::new(label, (x, TOP - 26), font(&TEXT, anchor)))?;
    }

    for (i, score) in scores.iter().enumerate() {
        let standard = score.standard(set);
        let y = TOP + ROW * i as i32 + ROW / 2;
        let label = if standard.key_driver {
            format!("{} (key driver)", standard.short_title)
        } else {
            standard.short_title.clone()
        };
        root.draw(&Text::new(
            label,
            (LABEL_RIGHT, y),
            font(&TEXT, HPos::Right),
        ))?;
        let end = BAR_LEFT + bar_steps(score.status) * STEP;
        if end > BAR_LEFT {
            root.draw(&Rectangle::new(
                [(BAR_LEFT, y - 14), (end, y + 14)],
                bar_colour(score.status).filled(),
            ))?;
        }
        root.draw(&Text::new(
            score.status.label(),
            (end + 10, y),
            font(&TEXT, HPos::Left),
        ))?;
    }
    root.present()?;
    Ok(())
}
