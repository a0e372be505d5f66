//! The change chart: where each standard stood at an earlier assessment and
//! where it stands now.

use super::frame::{draw_frame, row_labels, size, text, DrawResult, Guide, PLOT_LEFT, SMALL_FONT};
use super::palette::{DARK_BLUE, GRID, ORANGE, TEXT};
use super::svg::accessible;
use crate::domain::change::{Change, Direction};
use crate::domain::scoring::Status;
use crate::domain::standards::StandardSet;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const STEP: i32 = 215;

fn level_x(status: Status) -> Option<i32> {
    match status {
        Status::NotMet => Some(PLOT_LEFT + 10),
        Status::PartlyMet => Some(PLOT_LEFT + 10 + STEP),
        Status::Met => Some(PLOT_LEFT + 10 + 2 * STEP),
        Status::NotAnswered => None,
    }
}

pub fn change_chart_title() -> &'static str {
    "Change chart: each standard at the earlier assessment (hollow circle) and now (filled circle)"
}

pub fn change_chart_description(changes: &[Change], set: &StandardSet) -> String {
    let names = |d: Direction| -> Vec<&str> {
        changes
            .iter()
            .filter(|c| c.direction == d)
            .filter_map(|c| set.standard(c.standard_id).map(|s| s.short_title))
            .collect()
    };
    let mut desc = String::new();
    for (d, verb) in [
        (Direction::Up, "went up"),
        (Direction::Down, "went down"),
        (Direction::Same, "stayed the same"),
        (
            Direction::Unknown,
            "cannot be compared (not answered in one of the two)",
        ),
    ] {
        let list = names(d);
        if !list.is_empty() {
            desc.push_str(&format!("{} {verb}: {}. ", list.len(), list.join(", ")));
        }
    }
    desc.trim_end().to_string()
}

pub fn change_chart_svg(changes: &[Change], set: &StandardSet) -> String {
    let standards: Vec<_> = changes
        .iter()
        .filter_map(|c| set.standard(c.standard_id))
        .collect();
    let labels = row_labels(&standards);
    let mut raw = String::new();
    draw(&mut raw, &labels, changes).expect("drawing into a string cannot fail");
    accessible(
        &raw,
        "change-chart",
        size(changes.len()),
        change_chart_title(),
        &change_chart_description(changes, set),
    )
}

fn draw(out: &mut String, labels: &[String], changes: &[Change]) -> DrawResult {
    let right = PLOT_LEFT + 10 + 2 * STEP + 30;
    let headings = [
        (PLOT_LEFT + 10, "Not met", HPos::Center),
        (PLOT_LEFT + 10 + STEP, "Partly met", HPos::Center),
        (PLOT_LEFT + 10 + 2 * STEP, "Met", HPos::Center),
        (right, "Change", HPos::Left),
    ];
    let guides: Vec<Guide> = (0..=2)
        .map(|step| Guide {
            x: PLOT_LEFT + 10 + step * STEP,
            style: GRID.stroke_width(1),
        })
        .collect();
    draw_frame(out, labels, &headings, &guides, |area, i, y| {
        let c = &changes[i];
        let (from, to) = (level_x(c.before), level_x(c.after));
        if let (Some(a), Some(b)) = (from, to) {
            if a != b {
                let colour = if c.direction == Direction::Up {
                    DARK_BLUE
                } else {
                    ORANGE
                };
                area.draw(&PathElement::new(
                    vec![(a, y), (b, y)],
                    colour.stroke_width(5),
                ))?;
            }
        }
        if let Some(a) = from {
            area.draw(&Circle::new((a, y), 12, TEXT.stroke_width(3)))?;
        }
        if let Some(b) = to {
            area.draw(&Circle::new((b, y), 9, TEXT.filled()))?;
        }
        area.draw(&Text::new(
            c.direction.label(),
            (right, y),
            text(SMALL_FONT, &TEXT, HPos::Left),
        ))
    })
}
